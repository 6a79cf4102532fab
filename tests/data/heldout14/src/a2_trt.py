from build import build
L = [
'المعارضة السورية تستعيد سراقب وتقطع الطريق الدولي "M5" أمام قوات النظام',
'TRT عربي - وكالات',
'استعادت فصائل المعارضة السورية، اليوم الخميس، السيطرة على مدينة سراقب الاستراتيجية شرقي إدلب، بعد معارك عنيفة مع قوات النظام السوري والمجموعات الإرهابية الأجنبية المدعومة من إيران، وفق ما أفاد به مراسل وكالة الأناضول.',
'وقال الناطق باسم "الجبهة الوطنية للتحرير" النقيب ناجي مصطفى لـ"TRT عربي" إن مقاتلي المعارضة اقتحموا المدينة فجر اليوم من ثلاثة محاور بإسناد من المدفعية التركية، وتمكنوا من السيطرة على مقطع من الطريق الدولي حلب-دمشق "M5"، الذي كانت قوات النظام قد سيطرت عليه مطلع الشهر الجاري.',
'وأضاف مصطفى أن الفصائل قتلت أكثر من 40 عنصراً من قوات النظام والميليشيات الموالية لها وأسرت ثلاثة آخرين، ودمرت ثلاث دبابات ومدفعاً ثقيلاً، فيما تواصل وحدات الهندسة تمشيط الأحياء الشرقية للمدينة بحثاً عن الألغام.',
'من جهتها، أعلنت وزارة الدفاع التركية "تحييد" 114 عنصراً من قوات النظام خلال الـ24 ساعة الماضية، وتدمير 5 دبابات و3 مدافع هاوتزر ومستودع للذخيرة، رداً على هجمات استهدفت نقاط المراقبة التركية في المنطقة.',
'وكان جنديان تركيان قد قُتلا وأصيب اثنان آخران، أمس الأربعاء، في قصف مدفعي لقوات النظام على موقع للجيش التركي في ريف إدلب الجنوبي، بحسب بيان لولاية هطاي التركية.',
'وتنتشر في إدلب 12 نقطة مراقبة تركية أقيمت بموجب تفاهمات أستانا، إلى جانب عشرات المواقع العسكرية التي أنشأها الجيش التركي خلال شباط/فبراير الجاري، فيما تحاصر قوات النظام عدداً منها، بينها نقطة مورك في ريف حماة الشمالي.',
'في المقابل، زعم مركز المصالحة الروسي في قاعدة حميميم أن "مسلحي هيئة تحرير الشام" شنوا الهجوم على سراقب بدعم مباشر من الجيش التركي، مؤكداً أن الطيران الروسي نفذ غارات على تجمعاتهم في محيط المدينة.',
'ميدانياً، قُتل ستة مدنيين على الأقل، بينهم طفلان، وأصيب آخرون بغارات جوية روسية استهدفت مدينة أريحا وبلدات في جبل الزاوية جنوبي إدلب، بحسب الدفاع المدني السوري "الخوذ البيضاء".',
'ويأتي التصعيد قبل أيام من قمة مرتقبة بين الرئيسين رجب طيب أردوغان وفلاديمير بوتين، فيما كان أردوغان قد أمهل قوات النظام حتى نهاية شباط/فبراير الجاري للانسحاب إلى ما وراء نقاط المراقبة التركية، متوعداً بإجبارها على ذلك "براً وجواً".',
]
D = '2020-02-27'   # Thursday; web copy of its own day
ents = [
 ('L0:المعارضة السورية','ACTOR','FSA'), ('L0:سراقب','LOCATION','saraqib'), ('L0:الطريق الدولي "M5"','LOCATION','m5-highway'), ('L0:قوات النظام','ACTOR','SY_GOV'),
 ('L1:TRT عربي','ORG','trt-arabi'),
 ('L2:فصائل المعارضة السورية','ACTOR','FSA'), ('L2:مدينة سراقب','LOCATION','saraqib'), ('L2:إدلب','LOCATION','idlib'),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'), ('L2:المجموعات الإرهابية الأجنبية المدعومة من إيران','ACTOR','OTHER:iran-backed-militias'),
 ('L2:الأناضول','ORG','anadolu'),
 ('L3:الجبهة الوطنية للتحرير','ACTOR','OTHER:national-front-for-liberation'), ('L3:ناجي مصطفى','PERSON','naji-mustafa'), ('L3:TRT عربي','ORG','trt-arabi'),
 ('L3:المعارضة','ACTOR','FSA'), ('L3:المدينة','LOCATION','saraqib'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:المدفعية التركية','ACTOR','TR'), ('L3:الطريق الدولي حلب-دمشق "M5"','LOCATION','m5-highway'), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L4:مصطفى','PERSON','naji-mustafa'), ('L4:الفصائل','ACTOR','FSA'), ('L4:أكثر من 40 عنصراً','QUANTITY',None,(40,True,'killed')),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:الميليشيات الموالية لها','ACTOR','OTHER:pro-government-militias'),
 ('L4:ثلاثة آخرين','QUANTITY',None,(3,False,'arrested')), ('L4:ثلاث دبابات','QUANTITY',None,(3,False,'vehicles')), ('L4:دبابات','WEAPON','tanks'),
 ('L4:مدفعاً ثقيلاً','WEAPON','heavy-artillery'), ('L4:الأحياء الشرقية للمدينة','LOCATION','saraqib-eastern-districts'), ('L4:الألغام','WEAPON','mines'),
 ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:114 عنصراً','QUANTITY',None,(114,False,'killed')), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:5 دبابات','QUANTITY',None,(5,False,'vehicles')), ('L5:دبابات','WEAPON','tanks'), ('L5:3 مدافع هاوتزر','QUANTITY',None,(3,False,'other')),
 ('L5:مدافع هاوتزر','WEAPON','howitzers'), ('L5:المنطقة','LOCATION','idlib-region'),
 ('L6:جنديان تركيان','ACTOR','TR'), ('L6:جنديان تركيان#0','QUANTITY',None,(2,False,'killed')), ('L6:اثنان آخران','QUANTITY',None,(2,False,'wounded')),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:لجيش التركي','ACTOR','TR'), ('L6:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L6:ولاية هطاي','LOCATION','hatay'),
 ('L7:إدلب','LOCATION','idlib'), ('L7:12 نقطة مراقبة','QUANTITY',None,(12,False,'other')), ('L7:أستانا','LOCATION','astana'),
 ('L7:عشرات المواقع العسكرية','QUANTITY',None,([24, 99],True,'other')), ('L7:الجيش التركي','ACTOR','TR'), ('L7:قوات النظام','ACTOR','SY_GOV'),
 ('L7:نقطة مورك','LOCATION','morek-post'), ('L7:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L8:مركز المصالحة الروسي','ACTOR','RU'), ('L8:قاعدة حميميم','LOCATION','hmeimim-airbase'), ('L8:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L8:سراقب','LOCATION','saraqib'), ('L8:الجيش التركي','ACTOR','TR'), ('L8:الطيران الروسي','ACTOR','RU'), ('L8:المدينة','LOCATION','saraqib'),
 ('L9:ستة مدنيين على الأقل','QUANTITY',None,(6,True,'killed')), ('L9:طفلان','QUANTITY',None,(2,False,'killed')),
 ('L9:مدينة أريحا','LOCATION','ariha'), ('L9:بلدات في جبل الزاوية','LOCATION','jabal-al-zawiya-towns'), ('L9:إدلب','LOCATION','idlib'),
 ('L9:الدفاع المدني السوري','ORG','syrian-civil-defence'), ('L9:الخوذ البيضاء','ORG','syrian-civil-defence'),
 ('L10:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L10:فلاديمير بوتين','PERSON','vladimir-putin'), ('L10:أردوغان#1','PERSON','recep-tayyip-erdogan'),
 ('L10:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:اليوم الخميس', D, 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:مطلع الشهر الجاري', '2020-02', 'month'),
 ('L5:خلال الـ24 ساعة الماضية', '2020-02-26/2020-02-27', 'day'),
 ('L6:أمس الأربعاء', '2020-02-26', 'day'),
 ('L7:خلال شباط/فبراير الجاري', '2020-02', 'month'),
 ('L10:نهاية شباط/فبراير الجاري', '2020-02', 'month'),
]
AA = 'مراسل الأناضول'
NAJI = 'ناجي مصطفى (TRT عربي)'
TMOD = 'وزارة الدفاع التركية'
HATAY = 'ولاية هطاي'
RCC = 'مركز المصالحة الروسي'
CD = 'الدفاع المدني السوري'
ERD = 'رجب طيب أردوغان'
NFL = 'OTHER:national-front-for-liberation'
IBM = 'OTHER:iran-backed-militias'
PGM = 'OTHER:pro-government-militias'
TODAY = 'L2:اليوم الخميس'
DAWN = 'L3:فجر اليوم'
events = [
 dict(type='CONTROL', trig='L2:استعادت', time=TODAY, actors=['FSA'], targets=['SY_GOV', IBM], loc='L2:مدينة سراقب', attr=AA),          # 1
 dict(type='ATTACK', trig='L2:معارك', time=TODAY, actors=['FSA','SY_GOV',IBM], loc='L2:مدينة سراقب', attr=AA),                           # 2
 dict(type='STATEMENT', trig='L3:قال', actors=[NFL], attr=NAJI),                                                                        # 3
 dict(type='ATTACK', trig='L3:اقتحموا', time=DAWN, actors=['FSA','TR'], targets=['SY_GOV'], loc='L3:المدينة', attr=NAJI, qty=['L3:ثلاثة محاور']),  # 4
 dict(type='CONTROL', trig='L3:السيطرة', time=DAWN, actors=['FSA'], targets=['SY_GOV'], loc='L3:الطريق الدولي حلب-دمشق "M5"', attr=NAJI),  # 5
 dict(type='CONTROL', trig='L3:سيطرت', time='L3:مطلع الشهر الجاري', actors=['SY_GOV'], loc='L3:الطريق الدولي حلب-دمشق "M5"', attr=NAJI),   # 6
 dict(type='ATTACK', trig='L4:قتلت', time=DAWN, actors=['FSA'], targets=['SY_GOV', PGM], attr=NAJI, qty=['L4:أكثر من 40 عنصراً']),       # 7
 dict(type='ARREST', trig='L4:أسرت', time=DAWN, actors=['FSA'], targets=['SY_GOV', PGM], attr=NAJI, qty=['L4:ثلاثة آخرين']),             # 8
 dict(type='ATTACK', trig='L4:دمرت', time=DAWN, actors=['FSA'], targets=['SY_GOV'], attr=NAJI, qty=['L4:ثلاث دبابات']),                  # 9
 dict(type='OPERATION', trig='L4:تمشيط', actors=['FSA'], loc='L4:الأحياء الشرقية للمدينة', attr=NAJI),                                  # 10
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['TR'], attr=TMOD),                                                                     # 11
 dict(type='ATTACK', trig='L5:تحييد', time='L5:خلال الـ24 ساعة الماضية', actors=['TR'], targets=['SY_GOV'], attr=TMOD, qty=['L5:114 عنصراً']),  # 12
 dict(type='ATTACK', trig='L5:تدمير', time='L5:خلال الـ24 ساعة الماضية', actors=['TR'], targets=['SY_GOV'], attr=TMOD,
      qty=['L5:5 دبابات','L5:3 مدافع هاوتزر']),                                                                                        # 13
 dict(type='ATTACK', trig='L5:هجمات', targets=['TR'], loc='L5:المنطقة', attr=TMOD),                                                     # 14
 dict(type='ATTACK', trig='L6:قصف مدفعي', time='L6:أمس الأربعاء', actors=['SY_GOV'], targets=['TR'], loc='L6:ريف إدلب الجنوبي', attr=HATAY,
      qty=['L6:جنديان تركيان#0','L6:اثنان آخران']),                                                                                   # 15
 dict(type='MOVEMENT', trig='L7:تنتشر', actors=['TR'], loc='L7:إدلب', qty=['L7:12 نقطة مراقبة']),                                      # 16
 dict(type='BASE', trig='L7:أقيمت', actors=['TR'], loc='L7:إدلب'),                                                                      # 17
 dict(type='AGREEMENT', trig='L7:تفاهمات', actors=[]),                                                                                 # 18
 dict(type='BASE', trig='L7:أنشأها', time='L7:خلال شباط/فبراير الجاري', actors=['TR'], loc='L7:إدلب', qty=['L7:عشرات المواقع العسكرية']),  # 19
 dict(type='OPERATION', trig='L7:تحاصر', actors=['SY_GOV'], targets=['TR'], loc='L7:نقطة مورك'),                                       # 20
 dict(type='STATEMENT', trig='L8:زعم', actors=['RU'], attr=RCC),                                                                        # 21
 dict(type='ATTACK', trig='L8:الهجوم', time=DAWN, actors=['NUSRA','TR'], targets=['SY_GOV'], loc='L8:سراقب', attr=RCC),                 # 22
 dict(type='ATTACK', trig='L8:غارات', actors=['RU'], targets=['NUSRA'], loc='L8:المدينة', attr=RCC),                                    # 23
 dict(type='ATTACK', trig='L9:بغارات جوية', actors=['RU'], loc='L9:مدينة أريحا', attr=CD, qty=['L9:ستة مدنيين على الأقل','L9:طفلان']),   # 24
 dict(type='OPERATION', trig='L10:بإجبارها', mod='planned', actors=['TR'], targets=['SY_GOV'], attr=ERD),                                # 25
]
OD = (D, 'day')
MORN = (D, 'part-of-day')
forces = [
 dict(actor='FSA', loc=('مدينة سراقب','saraqib'), as_of=OD, status='controls', source=AA, line=2, events=[1]),
 dict(actor='FSA', loc=('مدينة سراقب','saraqib'), as_of=OD, status='present', source=AA, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة سراقب','saraqib'), as_of=OD, status='present', source=AA, line=2, events=[2]),
 dict(actor=IBM, loc=('مدينة سراقب','saraqib'), as_of=OD, status='present', source=AA, line=2, events=[2]),
 dict(actor='FSA', loc=('المدينة','saraqib'), as_of=MORN, status='present', source=NAJI, line=3, events=[4]),
 dict(actor='FSA', loc=('الطريق الدولي حلب-دمشق "M5"','m5-highway'), as_of=MORN, status='controls', source=NAJI, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('الطريق الدولي حلب-دمشق "M5"','m5-highway'), as_of=('2020-02', 'month'), status='controls', source=NAJI, line=3, events=[6]),
 dict(actor='FSA', loc=('الأحياء الشرقية للمدينة','saraqib-eastern-districts'), as_of=OD, status='present', source=NAJI, line=4, events=[10]),
 dict(actor='TR', assets='نقاط المراقبة التركية', loc=('المنطقة','idlib-region'), as_of=OD, status='attacked', source=TMOD, line=5, events=[14]),
 dict(actor='TR', assets='نقاط المراقبة التركية', loc=('المنطقة','idlib-region'), as_of=OD, status='present', source=TMOD, line=5, events=[14]),
 dict(actor='TR', assets='موقع', loc=('ريف إدلب الجنوبي','idlib-south-countryside'), as_of=('2020-02-26', 'day'), status='attacked', source=HATAY,
      line=6, events=[15]),
 dict(actor='TR', assets='موقع', loc=('ريف إدلب الجنوبي','idlib-south-countryside'), as_of=('2020-02-26', 'day'), status='present', source=HATAY,
      line=6, events=[15]),
 dict(actor='TR', strength=(12, False, 'other'), assets='12 نقطة مراقبة، عشرات المواقع العسكرية', loc=('إدلب','idlib'), as_of=OD, status='present',
      line=7, events=[16, 17, 19]),
 dict(actor='SY_GOV', loc=('نقطة مورك','morek-post'), as_of=OD, status='present', line=7, events=[20]),
 dict(actor='TR', assets='نقطة مراقبة', loc=('نقطة مورك','morek-post'), as_of=OD, status='present', line=7, events=[20]),
 dict(actor='RU', assets='مركز المصالحة الروسي', loc=('قاعدة حميميم','hmeimim-airbase'), as_of=OD, status='present', source=RCC, line=8, events=[]),
 dict(actor='NUSRA', loc=('المدينة','saraqib'), as_of=OD, status='attacked', source=RCC, line=8, events=[23]),
]
build('trt-saraqib', None, 'TRT عربي', D, L, ents, times, events, forces)
