from build import build
L = [
'ميليشيات الأسد تعلن السيطرة على كامل مدينة دير الزور بعد انسحاب تنظيم الدولة من آخر أحيائها',
'أعلنت قيادة جيش النظام، أمس الجمعة، سيطرة قواتها والميليشيات المساندة لها على كامل مدينة دير الزور، بعد معارك استمرت نحو شهرين مع تنظيم الدولة، وبغطاء جوي كثيف من الطيران الروسي.',
'وقال مراسل فرات بوست إن عناصر التنظيم انسحبوا ليل الخميس من أحياء الحميدية والعرضي والشيخ ياسين والحويقة باتجاه جزيرة حويجة قاطع، بعد حصار خانق فرضته ميليشيات الأسد عليها منذ منتصف تشرين الأول الماضي.',
'وأضاف أن ميليشيا "الحرس الجمهوري" و"قوات النمر"، إلى جانب ميليشيات عراقية و"حزب الله" اللبناني، اقتحمت الأحياء صباح الجمعة، وسط عمليات تمشيط واسعة.',
'وشن الطيران الروسي خلال الساعات الـ48 الماضية أكثر من 60 غارة على الأحياء الشرقية وجزيرة حويجة قاطع، ما أدى إلى مقتل 11 مدنياً على الأقل بينهم نساء وأطفال، بحسب ما وثقه ناشطون.',
'من جهتها، قالت وزارة الدفاع الروسية في بيان إن "تحرير" دير الزور جاء بعد فك الحصار الذي فرضه التنظيم على المدينة لثلاث سنوات، في الخامس من أيلول الماضي، مؤكدة مقتل أكثر من 400 "إرهابي" خلال المعارك.',
'ولا يزال العشرات من عناصر التنظيم محاصرين في جزيرة حويجة قاطع وسط نهر الفرات، حيث تتعرض لقصف مدفعي متواصل من ميليشيات الأسد المتمركزة في حي الرشدية المقابل.',
'وعلى الضفة الشرقية للفرات، تواصل ميليشيا "قسد" المدعومة من التحالف الدولي تقدمها باتجاه بلدة الصور في ريف دير الزور الشمالي، بعد سيطرتها على حقل "كونيكو" للغاز في أيلول الماضي.',
'أما في الريف الشرقي، فتحشد ميليشيات الأسد والميليشيات الإيرانية في مدينة الميادين، التي سيطرت عليها منتصف الشهر الماضي، تمهيداً لهجوم على مدينة البوكمال، آخر معاقل التنظيم الكبرى في سوريا.',
'ويتزامن ذلك مع إعلان القوات العراقية، أمس، استعادة مدينة القائم المقابلة لها على الجانب الآخر من الحدود، بمساندة طيران التحالف.',
'في غضون ذلك، اعتقلت ميليشيا "الأمن العسكري" خلال اليومين الماضيين أكثر من 30 شاباً من أبناء حي الجورة بتهمة "التعاون مع داعش"، بحسب مصادر محلية لفرات بوست.',
]
D = '2017-11-04'   # Saturday; Furat Post web copy of its own day
FRI = '2017-11-03'
THU = '2017-11-02'
PGM = 'OTHER:pro-government-militias'
IQM = 'OTHER:iraqi-militias'
IRM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:ميليشيات الأسد','ACTOR','SY_GOV'), ('L0:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L0:تنظيم الدولة','ACTOR','ISIS'),
 ('L0:آخر أحيائها','LOCATION','deir-ez-zor-last-districts'),
 ('L1:قيادة جيش النظام','ACTOR','SY_GOV'), ('L1:الميليشيات المساندة لها','ACTOR',PGM), ('L1:مدينة دير الزور','LOCATION','deir-ez-zor'),
 ('L1:نحو شهرين','QUANTITY',None,(2,True,'other')), ('L1:تنظيم الدولة','ACTOR','ISIS'), ('L1:الطيران الروسي','ACTOR','RU'),
 ('L2:فرات بوست','ORG','furatpost'), ('L2:التنظيم','ACTOR','ISIS'), ('L2:أحياء الحميدية','LOCATION','hamidiya-deir-ez-zor'),
 ('L2:العرضي','LOCATION','ardi-deir-ez-zor'), ('L2:الشيخ ياسين','LOCATION','sheikh-yassin-deir-ez-zor'),
 ('L2:الحويقة','LOCATION','huwayqa-deir-ez-zor'), ('L2:جزيرة حويجة قاطع','LOCATION','huwayjat-qati'), ('L2:ميليشيات الأسد','ACTOR','SY_GOV'),
 ('L3:الحرس الجمهوري','ACTOR','SY_GOV'), ('L3:قوات النمر','ACTOR','SY_GOV'), ('L3:ميليشيات عراقية','ACTOR',IQM),
 ('L3:حزب الله','ACTOR','HEZBOLLAH'), ('L3:الأحياء','LOCATION','deir-ez-zor-last-districts'),
 ('L4:الطيران الروسي','ACTOR','RU'), ('L4:أكثر من 60 غارة','QUANTITY',None,(60,True,'other')),
 ('L4:الأحياء الشرقية','LOCATION','deir-ez-zor-east-districts'), ('L4:جزيرة حويجة قاطع','LOCATION','huwayjat-qati'),
 ('L4:11 مدنياً على الأقل','QUANTITY',None,(11,True,'killed')),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:دير الزور','LOCATION','deir-ez-zor'), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:المدينة','LOCATION','deir-ez-zor'), ('L5:ثلاث سنوات','QUANTITY',None,(3,False,'other')),
 ('L5:أكثر من 400','QUANTITY',None,(400,True,'killed')), ('L5:إرهابي','ACTOR','ISIS'),
 ('L6:العشرات','QUANTITY',None,([24,99],True,'fighters')), ('L6:التنظيم','ACTOR','ISIS'),
 ('L6:جزيرة حويجة قاطع','LOCATION','huwayjat-qati'), ('L6:نهر الفرات','LOCATION','euphrates'), ('L6:ميليشيات الأسد','ACTOR','SY_GOV'),
 ('L6:حي الرشدية','LOCATION','rushdiya-deir-ez-zor'),
 ('L7:الضفة الشرقية للفرات','LOCATION','euphrates-east-bank'), ('L7:قسد','ACTOR','SDF'), ('L7:التحالف الدولي','ACTOR','COALITION'),
 ('L7:بلدة الصور','LOCATION','al-sur'), ('L7:ريف دير الزور الشمالي','LOCATION','deir-ez-zor-north-countryside'),
 ('L7:حقل "كونيكو" للغاز','LOCATION','conoco-gas-field'),
 ('L8:الريف الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L8:ميليشيات الأسد','ACTOR','SY_GOV'),
 ('L8:الميليشيات الإيرانية','ACTOR',IRM), ('L8:مدينة الميادين','LOCATION','mayadin'), ('L8:مدينة البوكمال','LOCATION','albu-kamal'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:سوريا','LOCATION','syria'),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:مدينة القائم','LOCATION','al-qaim'), ('L9:الحدود','LOCATION','syria-iraq-border'),
 ('L9:طيران التحالف','ACTOR','COALITION'),
 ('L10:الأمن العسكري','ACTOR','SY_GOV'), ('L10:أكثر من 30 شاباً','QUANTITY',None,(30,True,'arrested')),
 ('L10:حي الجورة','LOCATION','jura-deir-ez-zor'), ('L10:داعش','ACTOR','ISIS'), ('L10:فرات بوست','ORG','furatpost'),
]
times = [
 ('L1:أمس الجمعة', FRI, 'day'),
 ('L2:ليل الخميس', THU, 'part-of-day', {'part': 'night'}),
 ('L2:منذ منتصف تشرين الأول الماضي', '2017-10/2017-11', 'month'),
 ('L3:صباح الجمعة', FRI, 'part-of-day', {'part': 'morning'}),
 ('L4:خلال الساعات الـ48 الماضية', THU + '/' + D, 'day'),
 ('L5:الخامس من أيلول الماضي', '2017-09-05', 'day'),
 ('L7:أيلول الماضي', '2017-09', 'month'),
 ('L8:منتصف الشهر الماضي', '2017-10', 'month'),
 ('L9:أمس', FRI, 'day'),
 ('L10:خلال اليومين الماضيين', THU + '/' + D, 'day'),
]
Y = 'L1:أمس الجمعة'
COR = 'مراسل فرات بوست'
MOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=Y, actors=['SY_GOV'], attr='قيادة جيش النظام'),                                     # 1
 dict(type='CONTROL', trig='L1:سيطرة', time=Y, actors=['SY_GOV', PGM], targets=['ISIS'], loc='L1:مدينة دير الزور',
      attr='قيادة جيش النظام'),                                                                                                # 2
 dict(type='ATTACK', trig='L1:معارك', actors=['SY_GOV', PGM, 'ISIS'], loc='L1:مدينة دير الزور', qty=['L1:نحو شهرين'],
      attr='قيادة جيش النظام'),                                                                                                # 3
 dict(type='ATTACK', trig='L1:بغطاء', actors=['RU'], targets=['ISIS'], loc='L1:مدينة دير الزور', attr='قيادة جيش النظام'),         # 4
 dict(type='WITHDRAWAL', trig='L2:انسحبوا', time='L2:ليل الخميس', actors=['ISIS'], loc='L2:أحياء الحميدية', attr=COR),            # 5
 dict(type='OPERATION', trig='L2:حصار', time='L2:منذ منتصف تشرين الأول الماضي', actors=['SY_GOV'], targets=['ISIS'],
      loc='L2:أحياء الحميدية', attr=COR),                                                                                       # 6
 dict(type='ATTACK', trig='L3:اقتحمت', time='L3:صباح الجمعة', actors=['SY_GOV', IQM, 'HEZBOLLAH'], targets=['ISIS'],
      loc='L3:الأحياء', attr=COR),                                                                                              # 7
 dict(type='OPERATION', trig='L3:عمليات تمشيط', time='L3:صباح الجمعة', actors=['SY_GOV', IQM, 'HEZBOLLAH'], loc='L3:الأحياء',
      attr=COR),                                                                                                              # 8
 dict(type='ATTACK', trig='L4:غارة', time='L4:خلال الساعات الـ48 الماضية', actors=['RU'], loc='L4:الأحياء الشرقية',
      qty=['L4:أكثر من 60 غارة', 'L4:11 مدنياً على الأقل'], attr='ناشطون'),                                                       # 9
 dict(type='STATEMENT', trig='L5:قالت', actors=['RU'], attr=MOD),                                                             # 10
 dict(type='CONTROL', trig='L5:تحرير', time=Y, actors=['SY_GOV'], targets=['ISIS'], loc='L5:دير الزور', attr=MOD),              # 11
 dict(type='OPERATION', trig='L5:فك الحصار', time='L5:الخامس من أيلول الماضي', actors=['SY_GOV'], targets=['ISIS'],
      loc='L5:المدينة', attr=MOD),                                                                                              # 12
 dict(type='ATTACK', trig='L5:مقتل', actors=['SY_GOV', 'RU'], targets=['ISIS'], qty=['L5:أكثر من 400'], attr=MOD),               # 13
 dict(type='OPERATION', trig='L6:محاصرين', actors=['SY_GOV'], targets=['ISIS'], loc='L6:جزيرة حويجة قاطع',
      qty=['L6:العشرات']),                                                                                                      # 14
 dict(type='ATTACK', trig='L6:قصف', actors=['SY_GOV'], targets=['ISIS'], loc='L6:جزيرة حويجة قاطع'),                          # 15
 dict(type='MOVEMENT', trig='L6:المتمركزة', actors=['SY_GOV'], loc='L6:حي الرشدية'),                                          # 16
 dict(type='MOVEMENT', trig='L7:تقدمها', actors=['SDF'], loc='L7:بلدة الصور'),                                                 # 17
 dict(type='CONTROL', trig='L7:سيطرتها', time='L7:أيلول الماضي', actors=['SDF'], loc='L7:حقل "كونيكو" للغاز'),                   # 18
 dict(type='MOVEMENT', trig='L8:تحشد', actors=['SY_GOV', IRM], loc='L8:مدينة الميادين'),                                       # 19
 dict(type='CONTROL', trig='L8:سيطرت', time='L8:منتصف الشهر الماضي', actors=['SY_GOV', IRM], loc='L8:مدينة الميادين'),           # 20
 dict(type='ATTACK', trig='L8:لهجوم', mod='planned', actors=['SY_GOV', IRM], targets=['ISIS'], loc='L8:مدينة البوكمال'),          # 21
 dict(type='STATEMENT', trig='L9:إعلان', time='L9:أمس', actors=['IQ_GOV'], attr='القوات العراقية'),                             # 22
 dict(type='CONTROL', trig='L9:استعادة', time='L9:أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:مدينة القائم',
      attr='القوات العراقية'),                                                                                                 # 23
 dict(type='ATTACK', trig='L9:بمساندة', time='L9:أمس', actors=['COALITION'], targets=['ISIS'], loc='L9:مدينة القائم'),          # 24
 dict(type='ARREST', trig='L10:اعتقلت', time='L10:خلال اليومين الماضيين', actors=['SY_GOV'], loc='L10:حي الجورة',
      qty=['L10:أكثر من 30 شاباً'], attr='مصادر محلية'),                                                                        # 25
]
FD = (FRI, 'day')
TN = (THU, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=FD, status='controls', source='قيادة جيش النظام', line=1, events=[2]),
 dict(actor=PGM, loc=('مدينة دير الزور', 'deir-ez-zor'), as_of=FD, status='controls', source='قيادة جيش النظام', line=1, events=[2]),
 dict(actor='ISIS', loc=('أحياء الحميدية', 'hamidiya-deir-ez-zor'), as_of=TN, status='withdrawn', source=COR, line=2, events=[5]),
 dict(actor='ISIS', loc=('العرضي', 'ardi-deir-ez-zor'), as_of=TN, status='withdrawn', source=COR, line=2, events=[5]),
 dict(actor='ISIS', loc=('الشيخ ياسين', 'sheikh-yassin-deir-ez-zor'), as_of=TN, status='withdrawn', source=COR, line=2, events=[5]),
 dict(actor='ISIS', loc=('الحويقة', 'huwayqa-deir-ez-zor'), as_of=TN, status='withdrawn', source=COR, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('الأحياء', 'deir-ez-zor-last-districts'), as_of=(FRI, 'part-of-day'), status='present', source=COR, line=3, events=[7, 8]),
 dict(actor=IQM, loc=('الأحياء', 'deir-ez-zor-last-districts'), as_of=(FRI, 'part-of-day'), status='present', source=COR, line=3, events=[7, 8]),
 dict(actor='HEZBOLLAH', loc=('الأحياء', 'deir-ez-zor-last-districts'), as_of=(FRI, 'part-of-day'), status='present', source=COR, line=3, events=[7, 8]),
 dict(actor='ISIS', strength=([24, 99], True, 'fighters'), loc=('جزيرة حويجة قاطع', 'huwayjat-qati'), as_of=TD, status='present', line=6, events=[14]),
 dict(actor='ISIS', loc=('جزيرة حويجة قاطع', 'huwayjat-qati'), as_of=TD, status='attacked', line=6, events=[15]),
 dict(actor='SY_GOV', assets='مدفعية', loc=('حي الرشدية', 'rushdiya-deir-ez-zor'), as_of=TD, status='present', line=6, events=[16]),
 dict(actor='SDF', loc=('حقل "كونيكو" للغاز', 'conoco-gas-field'), as_of=('2017-09', 'month'), status='controls', line=7, events=[18]),
 dict(actor='SY_GOV', loc=('مدينة الميادين', 'mayadin'), as_of=TD, status='reinforced', line=8, events=[19]),
 dict(actor=IRM, loc=('مدينة الميادين', 'mayadin'), as_of=TD, status='reinforced', line=8, events=[19]),
 dict(actor='SY_GOV', loc=('مدينة الميادين', 'mayadin'), as_of=('2017-10', 'month'), status='controls', line=8, events=[20]),
 dict(actor=IRM, loc=('مدينة الميادين', 'mayadin'), as_of=('2017-10', 'month'), status='controls', line=8, events=[20]),
 dict(actor='IQ_GOV', loc=('مدينة القائم', 'al-qaim'), as_of=FD, status='controls', source='القوات العراقية', line=9, events=[23]),
]
build('furatpost-deir-ez-zor-city', None, 'فرات بوست', D, L, ents, times, events, forces)
