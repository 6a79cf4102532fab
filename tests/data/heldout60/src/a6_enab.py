from build import build
L = [
'اعتصام على "M4" يختصر أول دورية روسية- تركية في إدلب',
'انطلقت اليوم الأحد 15 من آذار، أول دورية مشتركة بين القوات الروسية والتركية على الطريق الدولي حلب- اللاذقية (M4)، بموجب الاتفاق الذي وقّعه الرئيسان التركي رجب طيب أردوغان والروسي فلاديمير بوتين في موسكو، في 5 من آذار الحالي.',
'وقال مراسل عنب بلدي في إدلب إن الدورية انطلقت من بلدة ترنبة غربي سراقب، وضمت عربات مدرعة روسية وتركية، وسط تحليق لطائرات استطلاع تركية في أجواء المنطقة.',
'وأضاف المراسل أن الدورية لم تتجاوز محيط بلدة النيرب، بعدما قطع محتجون الطريق باعتصام مفتوح بدأ منذ أيام، رفضاً لمرور القوات الروسية في المنطقة.',
'وأعلنت وزارة الدفاع الروسية، في بيان، أن مسار الدورية "جرى تقليصه" بسبب "استفزازات" من قبل "جماعات إرهابية" استخدمت المدنيين دروعاً بشرية، مشيرة إلى أنها منحت الجانب التركي وقتاً إضافياً "لتحييد" هذه الجماعات.',
'في المقابل، قالت وزارة الدفاع التركية إن الدورية "أُنجزت بنجاح" بمشاركة عربات مدرعة من الجانبين، مؤكدة اتخاذ "التدابير اللازمة" لمنع أي استفزاز خلال الدوريات المقبلة.',
'وينص البروتوكول الإضافي على إنشاء ممر آمن بعمق ستة كيلومترات شمال الطريق ومثلها جنوبه، على أن تُسيَّر الدوريات المشتركة من بلدة ترنبة وصولاً إلى قرية عين الحور في أقصى ريف إدلب الغربي.',
'ميدانياً، ساد هدوء حذر على خطوط التماس في جبل الزاوية وريف حلب الغربي، باستثناء قصف مدفعي لقوات النظام استهدف صباح اليوم أطراف بلدتي كنصفرة والفطيرة، بحسب مراصد عسكرية محلية.',
'كما دخل رتل عسكري تركي يضم نحو 70 آلية ليلة أمس عبر معبر كفرلوسين، واتجه إلى النقاط التركية في محيط مدينة إدلب، ليرتفع عدد الآليات التي دخلت منذ بدء وقف إطلاق النار إلى أكثر من 1000 آلية، بحسب "المرصد السوري لحقوق الإنسان".',
'ولم تعلن "هيئة تحرير الشام"، التي تسيطر على أجزاء واسعة من الطريق، موقفاً رسمياً من الدوريات، فيما رفضت فصائل في "الجبهة الوطنية للتحرير" مرافقة القوات الروسية.',
'وجاء الاتفاق بعد هجوم واسع لقوات النظام بدعم روسي سيطرت خلاله على الطريق الدولي حلب- دمشق (M5) ومدينتي معرة النعمان وسراقب، وتصعيد تركي إثر مقتل 34 جندياً تركياً بغارة على بلدة بليون في 27 من شباط الماضي.',
]
D = '2020-03-15'   # Sunday; web copy of its own day (اليوم الأحد 15 من آذار)
SAT = '2020-03-14'
NFL = 'OTHER:national-front-for-liberation'
ents = [
 ('L0:M4','LOCATION','m4-highway'), ('L0:إدلب','LOCATION','idlib'),
 ('L1:القوات الروسية','ACTOR','RU'), ('L1:الطريق الدولي','LOCATION','m4-highway'), ('L1:حلب','LOCATION','aleppo'), ('L1:اللاذقية','LOCATION','latakia'),
 ('L1:M4','LOCATION','m4-highway'), ('L1:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L1:فلاديمير بوتين','PERSON','vladimir-putin'),
 ('L1:موسكو','LOCATION','moscow'),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:إدلب','LOCATION','idlib'), ('L2:بلدة ترنبة','LOCATION','tarnaba'), ('L2:سراقب','LOCATION','saraqib'),
 ('L2:عربات مدرعة','WEAPON','armoured-vehicles'), ('L2:طائرات استطلاع','WEAPON','reconnaissance-drones'), ('L2:المنطقة','LOCATION','tarnaba'),
 ('L3:محيط بلدة النيرب','LOCATION','al-nayrab'), ('L3:الطريق','LOCATION','m4-highway'), ('L3:القوات الروسية','ACTOR','RU'), ('L3:المنطقة','LOCATION','al-nayrab'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:جماعات إرهابية','ACTOR','NUSRA'), ('L4:الجانب التركي','ACTOR','TR'),
 ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:عربات مدرعة','WEAPON','armoured-vehicles'),
 ('L6:ممر آمن','LOCATION','m4-security-corridor'), ('L6:ستة كيلومترات','QUANTITY',None,(6,False,'km')), ('L6:شمال الطريق','LOCATION','north-of-m4'),
 ('L6:بلدة ترنبة','LOCATION','tarnaba'), ('L6:قرية عين الحور','LOCATION','ain-al-hawr'), ('L6:ريف إدلب الغربي','LOCATION','idlib-west-countryside'),
 ('L7:خطوط التماس','LOCATION','idlib-front-lines'), ('L7:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L7:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:أطراف بلدتي كنصفرة','LOCATION','kansafra'), ('L7:الفطيرة','LOCATION','al-fatira'),
 ('L8:نحو 70 آلية','QUANTITY',None,(70,True,'vehicles')), ('L8:آلية#0','WEAPON','military-vehicles'), ('L8:معبر كفرلوسين','LOCATION','kafr-lusin-crossing'),
 ('L8:النقاط التركية','LOCATION','turkish-posts-idlib'), ('L8:محيط مدينة إدلب','LOCATION','idlib'),
 ('L8:أكثر من 1000 آلية','QUANTITY',None,(1000,True,'vehicles')), ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L9:هيئة تحرير الشام','ACTOR','NUSRA'), ('L9:الطريق','LOCATION','m4-highway'), ('L9:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L9:القوات الروسية','ACTOR','RU'),
 ('L10:قوات النظام','ACTOR','SY_GOV'), ('L10:الطريق الدولي','LOCATION','m5-highway'), ('L10:حلب','LOCATION','aleppo'), ('L10:دمشق','LOCATION','damascus'),
 ('L10:M5','LOCATION','m5-highway'), ('L10:مدينتي معرة النعمان','LOCATION','maarat-al-numan'), ('L10:سراقب','LOCATION','saraqib'),
 ('L10:34 جندياً','QUANTITY',None,(34,False,'killed')), ('L10:بلدة بليون','LOCATION','balyun'),
]
times = [
 ('L1:اليوم الأحد 15 من آذار', D, 'day'),
 ('L1:5 من آذار الحالي', '2020-03-05', 'day'),
 ('L3:منذ أيام', None, 'vague', {'relation': 'before'}),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:ليلة أمس', SAT, 'part-of-day', {'part': 'night'}),
 ('L10:27 من شباط الماضي', '2020-02-27', 'day'),
]
T = 'L1:اليوم الأحد 15 من آذار'
MAR5 = 'L1:5 من آذار الحالي'
COR = 'مراسل عنب بلدي'
RMD = 'وزارة الدفاع الروسية'
TMOD = 'وزارة الدفاع التركية'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='TRAINING', trig='L1:دورية', time=T, actors=['RU', 'TR'], loc='L1:الطريق الدولي'),                                          # 1
 dict(type='AGREEMENT', trig='L1:الاتفاق', time=MAR5, actors=['TR', 'RU'], loc='L1:موسكو'),                                            # 2
 dict(type='TRAINING', trig='L2:الدورية', time=T, actors=['RU', 'TR'], loc='L2:بلدة ترنبة', weapons=['L2:عربات مدرعة'], attr=COR),      # 3
 dict(type='TRAINING', trig='L3:الدورية', time=T, actors=['RU', 'TR'], loc='L3:محيط بلدة النيرب', attr=COR),                           # 4
 dict(type='STATEMENT', trig='L4:أعلنت', time=T, actors=['RU'], attr=RMD),                                                           # 5
 dict(type='ATTACK', trig='L4:لتحييد', mod='planned', actors=['TR'], targets=['NUSRA'], attr=RMD),                                   # 6
 dict(type='STATEMENT', trig='L5:قالت', time=T, actors=['TR'], attr=TMOD),                                                           # 7
 dict(type='TRAINING', trig='L5:الدورية', time=T, actors=['RU', 'TR'], weapons=['L5:عربات مدرعة'], attr=TMOD),                         # 8
 dict(type='TRAINING', trig='L5:الدوريات', mod='planned', actors=['RU', 'TR'], attr=TMOD),                                           # 9
 dict(type='AGREEMENT', trig='L6:البروتوكول', time=MAR5, actors=['TR', 'RU']),                                                       # 10
 dict(type='TRAINING', trig='L6:الدوريات', mod='planned', actors=['RU', 'TR'], loc='L6:بلدة ترنبة'),                                  # 11
 dict(type='ATTACK', trig='L7:قصف', time='L7:صباح اليوم', actors=['SY_GOV'], loc='L7:أطراف بلدتي كنصفرة', attr='مراصد عسكرية محلية'),    # 12
 dict(type='MOVEMENT', trig='L8:دخل#0', time='L8:ليلة أمس', actors=['TR'], loc='L8:معبر كفرلوسين', weapons=['L8:آلية#0'],
      qty=['L8:نحو 70 آلية'], attr=SOHR),                                                                                            # 13
 dict(type='MOVEMENT', trig='L8:اتجه', time='L8:ليلة أمس', actors=['TR'], loc='L8:محيط مدينة إدلب', attr=SOHR),                        # 14
 dict(type='MOVEMENT', trig='L8:دخلت', actors=['TR'], qty=['L8:أكثر من 1000 آلية'], attr=SOHR),                                       # 15
 dict(type='AGREEMENT', trig='L8:وقف إطلاق النار', actors=['TR', 'RU']),                                                              # 16
 dict(type='CONTROL', trig='L9:تسيطر', time=T, actors=['NUSRA'], loc='L9:الطريق'),                                                    # 17
 dict(type='AGREEMENT', trig='L10:الاتفاق', time=MAR5, actors=['TR', 'RU']),                                                          # 18
 dict(type='OPERATION', trig='L10:هجوم', actors=['SY_GOV', 'RU']),                                                                   # 19
 dict(type='CONTROL', trig='L10:سيطرت', actors=['SY_GOV'], loc='L10:الطريق الدولي'),                                                  # 20
 dict(type='ATTACK', trig='L10:مقتل', time='L10:27 من شباط الماضي', targets=['TR'], loc='L10:بلدة بليون', qty=['L10:34 جندياً']),       # 21
]
DD = (D, 'day')
VG = (None, 'vague')
forces = [
 dict(actor='TR', strength=(70, True, 'vehicles'), assets='رتل عسكري', loc=('محيط مدينة إدلب', 'idlib'), as_of=(SAT, 'part-of-day'),
      status='reinforced', source=SOHR, line=8, events=[13, 14]),
 dict(actor='NUSRA', loc=('الطريق', 'm4-highway'), as_of=DD, status='controls', line=9, events=[17]),
 dict(actor='SY_GOV', loc=('الطريق الدولي حلب- دمشق (M5)', 'm5-highway'), as_of=VG, status='controls', line=10, events=[20]),
 dict(actor='SY_GOV', loc=('مدينتي معرة النعمان', 'maarat-al-numan'), as_of=VG, status='controls', line=10, events=[20]),
 dict(actor='SY_GOV', loc=('سراقب', 'saraqib'), as_of=VG, status='controls', line=10, events=[20]),
 dict(actor='TR', loc=('بلدة بليون', 'balyun'), as_of=('2020-02-27', 'day'), status='attacked', line=10, events=[21]),
]
build('enab-m4-first-joint-patrol', None, 'عنب بلدي', D, L, ents, times, events, forces)
