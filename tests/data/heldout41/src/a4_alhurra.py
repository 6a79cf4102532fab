from build import build
L = [
'قوات أميركية تنتشر في منبج لمنع الاشتباكات بين "قسد" والفصائل المدعومة من تركيا',
'أعلنت وزارة الدفاع الأميركية (البنتاغون) الاثنين أن القوات الأميركية نشرت "عددا صغيرا" من جنودها داخل مدينة منبج وفي محيطها شمالي سوريا، في خطوة تهدف إلى "طمأنة" الأطراف المتنافسة وردعها عن مهاجمة بعضها بعضا.',
'وقال المتحدث باسم البنتاغون جيف ديفيس للصحافيين إن انتشار الجنود "إشارة واضحة" على التزام واشنطن بالتركيز على قتال تنظيم داعش، رافضا الكشف عن عددهم.',
'وأظهرت صور تداولها ناشطون منذ السبت رتلا من عربات "سترايكر" و"همفي" ترفع الأعلام الأميركية يسيّر دوريات على الطريق الواصل بين منبج وقرية العريمة غربي المدينة.',
'وكان مجلس منبج العسكري، المنضوي في قوات سوريا الديمقراطية، قد أعلن الخميس الماضي التوصل إلى اتفاق برعاية روسية يقضي بتسليم قرى خط التماس غربي منبج لقوات النظام السوري، لتكون حاجزا بينه وبين فصائل "درع الفرات".',
'وقال رئيس هيئة العمليات في الأركان الروسية الجنرال سيرغي رودسكوي إن وحدات من قوات النظام انتشرت الجمعة في تلك القرى برفقة عسكريين روس، مضيفا أن "الهدنة في المنطقة صامدة حتى الآن".',
'وجاءت هذه التطورات بعد اشتباكات عنيفة اندلعت الأربعاء الماضي بين مقاتلي المجلس وفصائل "درع الفرات" المدعومة من أنقرة قرب قرية العريمة، قتل خلالها 15 مقاتلا على الأقل من الطرفين، بحسب المرصد السوري لحقوق الإنسان.',
'وكانت هذه الفصائل قد سيطرت على مدينة الباب في 23 فبراير الماضي بعد معارك استمرت أكثر من شهرين مع تنظيم داعش، بدعم مباشر من الجيش التركي.',
'من جانبه، أكد الرئيس التركي رجب طيب أردوغان أن منبج ستكون "الهدف التالي" لعملية "درع الفرات"، مطالبا "وحدات حماية الشعب" الكردية بالانسحاب إلى شرق نهر الفرات.',
'وفي سياق متصل، أفاد مصدر عسكري أميركي لموقع "الحرة" بأن نحو 500 عنصر من القوات الخاصة الأميركية ينتشرون في شمال سوريا لتقديم المشورة والدعم لقوات سوريا الديمقراطية في معركة الرقة.',
'وأشار المصدر إلى أن التحالف الدولي يدرس إرسال تعزيزات إضافية إلى المنطقة "خلال الأسابيع المقبلة"، بينها بطاريات مدفعية لدعم الهجوم المرتقب على الرقة.',
]
D = '2017-03-06'   # Monday; web copy of its own day
SAT = '2017-03-04'
THU = '2017-03-02'
FRI = '2017-03-03'
WED = '2017-03-01'
MMC = 'OTHER:manbij-military-council'
ents = [
 ('L0:قوات أميركية','ACTOR','US'), ('L0:منبج','LOCATION','manbij'), ('L0:قسد','ACTOR','SDF'), ('L0:الفصائل المدعومة من تركيا','ACTOR','FSA'),
 ('L1:وزارة الدفاع الأميركية','ACTOR','US'), ('L1:البنتاغون','ACTOR','US'), ('L1:القوات الأميركية','ACTOR','US'),
 ('L1:مدينة منبج','LOCATION','manbij'), ('L1:شمالي سوريا','LOCATION','north-syria'),
 ('L2:البنتاغون','ACTOR','US'), ('L2:جيف ديفيس','PERSON','jeff-davis'), ('L2:واشنطن','ACTOR','US'), ('L2:تنظيم داعش','ACTOR','ISIS'),
 ('L3:عربات "سترايكر"','WEAPON','stryker'), ('L3:همفي','WEAPON','humvee'), ('L3:الطريق','LOCATION','manbij-arima-road'),
 ('L3:منبج','LOCATION','manbij'), ('L3:قرية العريمة','LOCATION','al-arima'), ('L3:المدينة','LOCATION','manbij'),
 ('L4:مجلس منبج العسكري','ACTOR',MMC), ('L4:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L4:قرى خط التماس','LOCATION','manbij-contact-line-villages'),
 ('L4:منبج#1','LOCATION','manbij'), ('L4:قوات النظام السوري','ACTOR','SY_GOV'), ('L4:فصائل "درع الفرات"','ACTOR','FSA'),
 ('L5:الأركان الروسية','ACTOR','RU'), ('L5:سيرغي رودسكوي','PERSON','sergei-rudskoy'), ('L5:وحدات من قوات النظام','ACTOR','SY_GOV'),
 ('L5:القرى','LOCATION','manbij-contact-line-villages'), ('L5:عسكريين روس','ACTOR','RU'), ('L5:المنطقة','LOCATION','manbij'),
 ('L6:المجلس','ACTOR',MMC), ('L6:فصائل "درع الفرات" المدعومة من أنقرة','ACTOR','FSA'), ('L6:قرية العريمة','LOCATION','al-arima'),
 ('L6:15 مقاتلا على الأقل','QUANTITY',None,(15,True,'killed')), ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L7:الفصائل','ACTOR','FSA'), ('L7:مدينة الباب','LOCATION','al-bab'), ('L7:أكثر من شهرين','QUANTITY',None,(2,True,'other')),
 ('L7:تنظيم داعش','ACTOR','ISIS'), ('L7:الجيش التركي','ACTOR','TR'),
 ('L8:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L8:منبج','LOCATION','manbij'), ('L8:وحدات حماية الشعب','ACTOR','YPG'),
 ('L8:شرق نهر الفرات','LOCATION','east-of-euphrates'),
 ('L9:الحرة','ORG','alhurra'), ('L9:نحو 500 عنصر','QUANTITY',None,(500,True,'troops')), ('L9:القوات الخاصة الأميركية','ACTOR','US'),
 ('L9:شمال سوريا','LOCATION','north-syria'), ('L9:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L9:الرقة','LOCATION','raqqa'),
 ('L10:التحالف الدولي','ACTOR','COALITION'), ('L10:المنطقة','LOCATION','north-syria'), ('L10:بطاريات مدفعية','WEAPON','artillery'),
 ('L10:الرقة','LOCATION','raqqa'),
]
times = [
 ('L1:الاثنين', D, 'day'),
 ('L3:منذ السبت', SAT + '/' + D, 'day'),
 ('L4:الخميس الماضي', THU, 'day'),
 ('L5:الجمعة', FRI, 'day'),
 ('L6:الأربعاء الماضي', WED, 'day'),
 ('L7:23 فبراير الماضي', '2017-02-23', 'day'),
 ('L10:خلال الأسابيع المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L1:الاثنين'
PENT = 'البنتاغون'
DAV = 'جيف ديفيس'
ACT = 'ناشطون'
MMCS = 'مجلس منبج العسكري'
RUD = 'سيرغي رودسكوي'
SOHR = 'المرصد السوري لحقوق الإنسان'
ERD = 'رجب طيب أردوغان'
USS = 'مصدر عسكري أميركي (الحرة)'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['US'], attr=PENT),                                                    # 1
 dict(type='MOVEMENT', trig='L1:نشرت', time=T, actors=['US'], loc='L1:مدينة منبج', attr=PENT),                                 # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['US'], attr=DAV),                                                               # 3
 dict(type='MOVEMENT', trig='L2:انتشار', time=T, actors=['US'], attr=DAV),                                                     # 4
 dict(type='TRAINING', trig='L3:دوريات', time='L3:منذ السبت', actors=['US'], loc='L3:الطريق',
      weapons=['L3:عربات "سترايكر"', 'L3:همفي'], attr=ACT),                                                                     # 5
 dict(type='STATEMENT', trig='L4:أعلن', time='L4:الخميس الماضي', actors=[MMC], attr=MMCS),                                      # 6
 dict(type='AGREEMENT', trig='L4:اتفاق', time='L4:الخميس الماضي', actors=[MMC, 'SY_GOV', 'RU'], attr=MMCS),                       # 7
 dict(type='CONTROL', trig='L4:تسليم', mod='planned', actors=['SY_GOV'], loc='L4:قرى خط التماس', attr=MMCS),                     # 8
 dict(type='STATEMENT', trig='L5:قال', actors=['RU'], attr=RUD),                                                               # 9
 dict(type='MOVEMENT', trig='L5:انتشرت', time='L5:الجمعة', actors=['SY_GOV', 'RU'], loc='L5:القرى', attr=RUD),                   # 10
 dict(type='AGREEMENT', trig='L5:الهدنة', loc='L5:المنطقة', attr=RUD),                                                          # 11
 dict(type='ATTACK', trig='L6:اشتباكات', time='L6:الأربعاء الماضي', actors=[MMC, 'FSA'], loc='L6:قرية العريمة',
      qty=['L6:15 مقاتلا على الأقل'], attr=SOHR),                                                                              # 12
 dict(type='CONTROL', trig='L7:سيطرت', time='L7:23 فبراير الماضي', actors=['FSA', 'TR'], targets=['ISIS'], loc='L7:مدينة الباب'),  # 13
 dict(type='ATTACK', trig='L7:معارك', actors=['FSA', 'ISIS'], loc='L7:مدينة الباب', qty=['L7:أكثر من شهرين']),                    # 14
 dict(type='OPERATION', trig='L8:عملية', mod='planned', actors=['TR', 'FSA'], loc='L8:منبج', attr=ERD),                          # 15
 dict(type='WITHDRAWAL', trig='L8:بالانسحاب', mod='planned', actors=['YPG'], attr=ERD),                                         # 16
 dict(type='MOVEMENT', trig='L9:ينتشرون', actors=['US'], loc='L9:شمال سوريا', qty=['L9:نحو 500 عنصر'], attr=USS),                 # 17
 dict(type='OPERATION', trig='L9:معركة', actors=['SDF', 'US'], loc='L9:الرقة', attr=USS),                                        # 18
 dict(type='MOVEMENT', trig='L10:إرسال', mod='planned', time='L10:خلال الأسابيع المقبلة', actors=['COALITION'], loc='L10:المنطقة',
      weapons=['L10:بطاريات مدفعية'], attr=USS),                                                                                 # 19
 dict(type='OPERATION', trig='L10:الهجوم', mod='planned', actors=['SDF'], loc='L10:الرقة', attr=USS),                            # 20
]
TD = (D, 'day')
forces = [
 dict(actor='US', assets='عدد صغير من الجنود', loc=('مدينة منبج', 'manbij'), as_of=TD, status='present', source=PENT, line=1, events=[2]),
 dict(actor='US', assets='رتل من عربات سترايكر وهمفي', loc=('الطريق', 'manbij-arima-road'), as_of=(SAT + '/' + D, 'day'), status='present',
      source=ACT, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('قرى خط التماس', 'manbij-contact-line-villages'), as_of=(THU, 'day'), status='planned', source=MMCS, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('القرى', 'manbij-contact-line-villages'), as_of=(FRI, 'day'), status='present', source=RUD, line=5, events=[10]),
 dict(actor='RU', assets='عسكريون روس', loc=('القرى', 'manbij-contact-line-villages'), as_of=(FRI, 'day'), status='present', source=RUD,
      line=5, events=[10]),
 dict(actor=MMC, loc=('قرية العريمة', 'al-arima'), as_of=(WED, 'day'), status='present', source=SOHR, line=6, events=[12]),
 dict(actor='FSA', loc=('قرية العريمة', 'al-arima'), as_of=(WED, 'day'), status='present', source=SOHR, line=6, events=[12]),
 dict(actor='FSA', loc=('مدينة الباب', 'al-bab'), as_of=('2017-02-23', 'day'), status='controls', line=7, events=[13]),
 dict(actor='FSA', loc=('مدينة الباب', 'al-bab'), as_of=('2017-02-23', 'day'), status='present', line=7, events=[14]),
 dict(actor='ISIS', loc=('مدينة الباب', 'al-bab'), as_of=('2017-02-23', 'day'), status='present', line=7, events=[14]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('شمال سوريا', 'north-syria'), as_of=TD, status='present', source=USS, line=9, events=[17]),
 dict(actor='COALITION', assets='تعزيزات إضافية بينها بطاريات مدفعية', loc=('المنطقة', 'north-syria'), as_of=(D + '/', 'vague'),
      status='planned', source=USS, line=10, events=[19]),
]
build('alhurra-manbij-deployment', None, 'الحرة', D, L, ents, times, events, forces)
