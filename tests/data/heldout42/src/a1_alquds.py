from build import build
L = [
'قوات النظام تستعيد السخنة شرقي حمص بغطاء جوي روسي.. والطريق إلى دير الزور يُفتح أمامها',
'حمص – «القدس العربي»:',
'بسطت قوات النظام السوري والميليشيات المساندة لها، أمس السبت، سيطرتها الكاملة على مدينة السخنة في بادية حمص الشرقية، آخر معقل كبير لتنظيم «الدولة» في المحافظة، بعد أسبوع من المعارك رافقها قصف جوي روسي كثيف.',
'ونقلت وكالة «سانا» عن مصدر عسكري قوله إن وحدات الجيش «أعادت الأمن والاستقرار» إلى المدينة والتلال المحيطة بها، وإن فرق الهندسة باشرت تفكيك العبوات الناسفة التي زرعها التنظيم في الشوارع والمنازل.',
'وكان المرصد السوري لحقوق الإنسان قد أفاد بأن قوات النظام اقتحمت الأحياء الشمالية للسخنة فجر الأحد الماضي، قبل أن يشن التنظيم هجوماً معاكساً بثلاث عربات مفخخة قرب حقل الهيل للغاز، قُتل فيه 18 عنصراً من القوات المهاجمة.',
'وأضاف المرصد أن الطائرات الحربية الروسية شنت خلال الأيام الخمسة الأخيرة ما يزيد على 120 غارة على المدينة وأطرافها، فيما انسحب معظم مقاتلي التنظيم شرقاً نحو بلدة كباجب على الطريق الواصل بين تدمر ودير الزور.',
'وقال مصدر ميداني في المعارضة لـ«القدس العربي» إن مقاتلين من «لواء فاطميون» الأفغاني و«حزب الله» اللبناني شاركوا في الاقتحام من محورين، الأول من جهة جبل الطنطور غرباً، والثاني من حقل الهيل جنوباً.',
'وبحسب المصدر نفسه، دفع النظام خلال الأيام الماضية بنحو 1500 عنصر من «قوات النمر» إلى محيط السخنة، تمهيداً لهجوم مرتقب باتجاه مدينة دير الزور، حيث يحاصر التنظيم الأحياء الغربية من المدينة ومطارها العسكري منذ مطلع عام 2015.',
'في المقابل، نفت وكالة «أعماق» التابعة للتنظيم خسارة المدينة، وزعمت أن مقاتليه قتلوا «أكثر من 40 جندياً» في كمين قرب قرية الطيبة شمال شرقي السخنة.',
'إلى ذلك، أعلنت وزارة الدفاع الروسية أن شرطتها العسكرية نشرت نقاط تفتيش ومراقبة جديدة على حدود منطقة «خفض التصعيد» في ريف حمص الشمالي، بموجب اتفاق جرى توقيعه مع فصائل معارضة في القاهرة مطلع الشهر الجاري.',
'ويرى مراقبون أن خسارة السخنة تفتح أمام النظام وحلفائه الطريق نحو دير الزور، في سباق مع «قوات سوريا الديمقراطية» المدعومة أمريكياً، التي تقاتل التنظيم داخل مدينة الرقة منذ حزيران/يونيو الماضي.',
]
D = '2017-08-13'   # Sunday; London daily, print copy dated the day after the news (أمس السبت)
SAT = '2017-08-12'
PGM = 'OTHER:pro-government-militias'
FAT = 'OTHER:fatemiyoun'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:قوات النظام','ACTOR','SY_GOV'), ('L0:السخنة','LOCATION','al-sukhnah'), ('L0:حمص','LOCATION','homs'),
 ('L0:دير الزور','LOCATION','deir-ez-zor'),
 ('L1:حمص','LOCATION','homs'), ('L1:القدس العربي','ORG','alquds-alarabi'),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'), ('L2:الميليشيات المساندة لها','ACTOR',PGM), ('L2:مدينة السخنة','LOCATION','al-sukhnah'),
 ('L2:بادية حمص الشرقية','LOCATION','homs-eastern-desert'), ('L2:تنظيم «الدولة»','ACTOR','ISIS'), ('L2:المحافظة','LOCATION','homs-governorate'),
 ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:المدينة','LOCATION','al-sukhnah'),
 ('L3:التلال المحيطة بها','LOCATION','al-sukhnah-hills'), ('L3:فرق الهندسة','ACTOR','SY_GOV'), ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L3:التنظيم','ACTOR','ISIS'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L4:الأحياء الشمالية للسخنة','LOCATION','al-sukhnah-north'), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:ثلاث عربات مفخخة','QUANTITY',None,(3,False,'vehicles')), ('L4:عربات مفخخة','WEAPON','vbied'),
 ('L4:حقل الهيل للغاز','LOCATION','al-hail-gas-field'), ('L4:18 عنصراً','QUANTITY',None,(18,False,'killed')),
 ('L5:المرصد','ORG','sohr'), ('L5:الطائرات الحربية الروسية','WEAPON','warplanes'),
 ('L5:ما يزيد على 120 غارة','QUANTITY',None,(120,True,'other')), ('L5:المدينة','LOCATION','al-sukhnah'),
 ('L5:أطرافها','LOCATION','al-sukhnah-outskirts'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:بلدة كباجب','LOCATION','kabajeb'),
 ('L5:الطريق','LOCATION','palmyra-deir-ez-zor-road'), ('L5:تدمر','LOCATION','palmyra'), ('L5:دير الزور','LOCATION','deir-ez-zor'),
 ('L6:المعارضة','ACTOR','FSA'), ('L6:القدس العربي','ORG','alquds-alarabi'), ('L6:لواء فاطميون','ACTOR',FAT),
 ('L6:حزب الله','ACTOR',HZ), ('L6:محورين','QUANTITY',None,(2,False,'other')), ('L6:جبل الطنطور','LOCATION','jabal-al-tantour'),
 ('L6:حقل الهيل','LOCATION','al-hail-gas-field'),
 ('L7:النظام','ACTOR','SY_GOV'), ('L7:نحو 1500 عنصر','QUANTITY',None,(1500,True,'troops')), ('L7:قوات النمر','ACTOR','SY_GOV'),
 ('L7:السخنة','LOCATION','al-sukhnah'), ('L7:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:الأحياء الغربية','LOCATION','deir-ez-zor-west'), ('L7:مطارها العسكري','LOCATION','deir-ez-zor-airport'),
 ('L8:أعماق','ORG','amaq'), ('L8:لتنظيم','ACTOR','ISIS'), ('L8:المدينة','LOCATION','al-sukhnah'),
 ('L8:أكثر من 40 جندياً','QUANTITY',None,(40,True,'killed')), ('L8:قرية الطيبة','LOCATION','al-taybah-homs'),
 ('L8:السخنة','LOCATION','al-sukhnah'),
 ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:منطقة «خفض التصعيد»','LOCATION','north-homs-de-escalation-zone'),
 ('L9:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L9:فصائل معارضة','ACTOR','FSA'), ('L9:القاهرة','LOCATION','cairo'),
 ('L10:السخنة','LOCATION','al-sukhnah'), ('L10:النظام','ACTOR','SY_GOV'), ('L10:دير الزور','LOCATION','deir-ez-zor'),
 ('L10:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L10:التنظيم','ACTOR','ISIS'), ('L10:مدينة الرقة','LOCATION','raqqa'),
]
times = [
 ('L2:أمس السبت', SAT, 'day'),
 ('L4:فجر الأحد الماضي', '2017-08-06', 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الأيام الخمسة الأخيرة', '2017-08-08/2017-08-13', 'day'),
 ('L7:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L7:منذ مطلع عام 2015', '2015-01/2017-08', 'month'),
 ('L9:مطلع الشهر الجاري', '2017-08', 'month'),
 ('L10:منذ حزيران/يونيو الماضي', '2017-06/2017-08', 'month'),
]
Y = 'L2:أمس السبت'
SUN = 'L4:فجر الأحد الماضي'
FIVE = 'L5:خلال الأيام الخمسة الأخيرة'
SANA = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
OPP = 'مصدر ميداني في المعارضة (القدس العربي)'
events = [
 dict(type='CONTROL', trig='L2:بسطت', time=Y, actors=['SY_GOV', PGM], targets=['ISIS'], loc='L2:مدينة السخنة'),                     # 1
 dict(type='ATTACK', trig='L2:المعارك', actors=['SY_GOV', PGM, 'ISIS'], loc='L2:مدينة السخنة'),                                      # 2
 dict(type='ATTACK', trig='L2:قصف جوي', actors=['RU'], targets=['ISIS'], loc='L2:مدينة السخنة'),                                     # 3
 dict(type='CONTROL', trig='L3:أعادت الأمن', time=Y, actors=['SY_GOV'], targets=['ISIS'], loc='L3:المدينة', attr=SANA),             # 4
 dict(type='OPERATION', trig='L3:تفكيك', actors=['SY_GOV'], weapons=['L3:العبوات الناسفة'], attr=SANA),                             # 5
 dict(type='ATTACK', trig='L4:اقتحمت', time=SUN, actors=['SY_GOV'], targets=['ISIS'], loc='L4:الأحياء الشمالية للسخنة', attr=SOHR),  # 6
 dict(type='ATTACK', trig='L4:هجوماً معاكساً', actors=['ISIS'], targets=['SY_GOV'], loc='L4:حقل الهيل للغاز',
      weapons=['L4:عربات مفخخة'], qty=['L4:ثلاث عربات مفخخة', 'L4:18 عنصراً'], attr=SOHR),                                          # 7
 dict(type='ATTACK', trig='L5:غارة', time=FIVE, actors=['RU'], targets=['ISIS'], loc='L5:المدينة',
      weapons=['L5:الطائرات الحربية الروسية'], qty=['L5:ما يزيد على 120 غارة'], attr=SOHR),                                            # 8
 dict(type='WITHDRAWAL', trig='L5:انسحب', time=FIVE, actors=['ISIS'], loc='L5:المدينة', attr=SOHR),                                 # 9
 dict(type='ATTACK', trig='L6:الاقتحام', time=SUN, actors=[FAT, HZ], targets=['ISIS'], qty=['L6:محورين'], attr=OPP),                # 10
 dict(type='MOVEMENT', trig='L7:دفع', time='L7:خلال الأيام الماضية', actors=['SY_GOV'], loc='L7:السخنة', qty=['L7:نحو 1500 عنصر'], attr=OPP),  # 11
 dict(type='OPERATION', trig='L7:لهجوم', mod='planned', actors=['SY_GOV'], targets=['ISIS'], loc='L7:مدينة دير الزور', attr=OPP),  # 12
 dict(type='OPERATION', trig='L7:يحاصر', time='L7:منذ مطلع عام 2015', actors=['ISIS'], loc='L7:الأحياء الغربية', attr=OPP),        # 13
 dict(type='CONTROL', trig='L8:خسارة', mod='denied', time=Y, loc='L8:المدينة', attr='وكالة أعماق'),                                 # 14
 dict(type='ATTACK', trig='L8:كمين', actors=['ISIS'], targets=['SY_GOV'], loc='L8:قرية الطيبة', qty=['L8:أكثر من 40 جندياً'], attr='وكالة أعماق'),  # 15
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['RU'], attr='وزارة الدفاع الروسية'),                                             # 16
 dict(type='MOVEMENT', trig='L9:نشرت', actors=['RU'], loc='L9:منطقة «خفض التصعيد»', attr='وزارة الدفاع الروسية'),                   # 17
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:مطلع الشهر الجاري', actors=['RU', 'FSA'], loc='L9:القاهرة', attr='وزارة الدفاع الروسية'),  # 18
 dict(type='CONTROL', trig='L10:خسارة', time=Y, loc='L10:السخنة'),                                                                   # 19
 dict(type='ATTACK', trig='L10:تقاتل', time='L10:منذ حزيران/يونيو الماضي', actors=['SDF'], targets=['ISIS'], loc='L10:مدينة الرقة'),  # 20
]
YD = (SAT, 'day')
SUND = ('2017-08-06', 'part-of-day')
V = (None, 'vague')
forces = [
 dict(actor='SY_GOV', loc=('مدينة السخنة', 'al-sukhnah'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor=PGM, loc=('مدينة السخنة', 'al-sukhnah'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('المدينة', 'al-sukhnah'), as_of=YD, status='controls', source=SANA, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('التلال المحيطة بها', 'al-sukhnah-hills'), as_of=YD, status='controls', source=SANA, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('الأحياء الشمالية للسخنة', 'al-sukhnah-north'), as_of=SUND, status='present', source=SOHR, line=4, events=[6]),
 dict(actor='ISIS', loc=('الأحياء الشمالية للسخنة', 'al-sukhnah-north'), as_of=SUND, status='present', source=SOHR, line=4, events=[6]),
 dict(actor='SY_GOV', assets='ثلاث عربات مفخخة', loc=('حقل الهيل للغاز', 'al-hail-gas-field'), as_of=V, status='attacked', source=SOHR, line=4, events=[7]),
 dict(actor='ISIS', loc=('حقل الهيل للغاز', 'al-hail-gas-field'), as_of=V, status='present', source=SOHR, line=4, events=[7]),
 dict(actor='ISIS', loc=('المدينة', 'al-sukhnah'), as_of=('2017-08-08/2017-08-13', 'day'), status='attacked', source=SOHR, line=5, events=[8]),
 dict(actor='ISIS', loc=('المدينة', 'al-sukhnah'), as_of=('2017-08-08/2017-08-13', 'day'), status='withdrawn', source=SOHR, line=5, events=[9]),
 dict(actor=FAT, loc=('جبل الطنطور', 'jabal-al-tantour'), as_of=SUND, status='present', source=OPP, line=6, events=[10]),
 dict(actor=FAT, loc=('حقل الهيل', 'al-hail-gas-field'), as_of=SUND, status='present', source=OPP, line=6, events=[10]),
 dict(actor=HZ, loc=('جبل الطنطور', 'jabal-al-tantour'), as_of=SUND, status='present', source=OPP, line=6, events=[10]),
 dict(actor=HZ, loc=('حقل الهيل', 'al-hail-gas-field'), as_of=SUND, status='present', source=OPP, line=6, events=[10]),
 dict(actor='SY_GOV', strength=(1500, True, 'troops'), assets='قوات النمر', loc=('السخنة', 'al-sukhnah'), as_of=V, status='reinforced', source=OPP, line=7, events=[11]),
 dict(actor='ISIS', loc=('الأحياء الغربية', 'deir-ez-zor-west'), as_of=('2015-01/2017-08', 'month'), status='present', source=OPP, line=7, events=[13]),
 dict(actor='ISIS', loc=('مطارها العسكري', 'deir-ez-zor-airport'), as_of=('2015-01/2017-08', 'month'), status='present', source=OPP, line=7, events=[13]),
 dict(actor='SY_GOV', loc=('قرية الطيبة', 'al-taybah-homs'), as_of=V, status='attacked', source='وكالة أعماق', line=8, events=[15]),
 dict(actor='ISIS', loc=('قرية الطيبة', 'al-taybah-homs'), as_of=V, status='present', source='وكالة أعماق', line=8, events=[15]),
 dict(actor='RU', assets='الشرطة العسكرية: نقاط تفتيش ومراقبة جديدة', loc=('منطقة «خفض التصعيد»', 'north-homs-de-escalation-zone'),
      as_of=(D, 'day'), status='present', source='وزارة الدفاع الروسية', line=9, events=[17]),
 dict(actor='SDF', loc=('مدينة الرقة', 'raqqa'), as_of=('2017-06/2017-08', 'month'), status='present', line=10, events=[20]),
 dict(actor='ISIS', loc=('مدينة الرقة', 'raqqa'), as_of=('2017-06/2017-08', 'month'), status='present', line=10, events=[20]),
]
build('alquds-sukhnah', None, 'القدس العربي', D, L, ents, times, events, forces)
