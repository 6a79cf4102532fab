from build import build
L = [
'"تنظيم الدولة" يسيطر على حقل "الشاعر" للغاز شرق حمص بعد معارك دامية مع قوات الأسد',
'حمص - زمان الوصل',
'سيطر مقاتلو تنظيم "الدولة الإسلامية" على حقل "الشاعر" للغاز في بادية حمص الشرقية، أمس الخميس، إثر هجوم واسع بدأ ليل الأربعاء-الخميس على الحواجز المحيطة بالحقل، وانتهى بمقتل العشرات من عناصر النظام وميليشيا "الدفاع الوطني".',
'وقال الناشط الإعلامي أبو محمد التدمري لـ"زمان الوصل" إن مقاتلي التنظيم هاجموا الحقل من ثلاثة محاور، وفجّروا عربة مفخخة عند الحاجز الرئيسي، قبل أن يقتحموا مساكن العاملين ومحطة الضخ مستخدمين رشاشات ثقيلة وقذائف هاون.',
'وأضاف التدمري أن نحو 270 عنصراً من قوات الحراسة و"الدفاع الوطني" كانوا يتمركزون في الحقل لحظة الهجوم، إلى جانب عشرات الموظفين المدنيين، مشيراً إلى أن مصير كثيرين منهم لا يزال مجهولاً.',
'بدوره، أكد المرصد السوري لحقوق الإنسان مقتل ما لا يقل عن 115 من عناصر قوات النظام والمسلحين الموالين لها، بينهم عدد أُعدموا ميدانياً بعد أسرهم، في حين قُتل 11 من مقاتلي التنظيم.',
'في المقابل، نقلت وكالة "سانا" عن مصدر عسكري أن وحدات من الجيش "تخوض اشتباكات عنيفة مع إرهابيي داعش في محيط حقل الشاعر"، نافياً سقوط الحقل، ومؤكداً أن "تعزيزات كبيرة وصلت إلى المنطقة".',
'وبحسب مصادر معارضة في ريف حمص، فإن رتلاً من نحو 30 آلية عسكرية وصل مساء أمس إلى محيط الحقل قادماً من مطار "التيفور" العسكري، في حين شن الطيران الحربي التابع للنظام أكثر من 20 غارة على الحقل وتلال جبل الشاعر.',
'ويعد حقل الشاعر من أكبر حقول الغاز في سوريا، إذ ينتج نحو 3 ملايين متر مكعب يومياً، ويغذي محطات توليد الكهرباء في حمص ودمشق والساحل.',
'ويأتي الهجوم بعد أسبوعين من سيطرة التنظيم على حقل "العمر" النفطي في ريف دير الزور الشرقي، إثر انسحاب "جبهة النصرة" منه مطلع تموز/يوليو الجاري، وبعد نحو شهر من اجتياحه مدينة الموصل العراقية.',
'ويخشى ناشطون أن يتجه التنظيم بعد الشاعر نحو مطار "التيفور" ومدينة تدمر، حيث تتمركز قوات كبيرة للنظام، وسط أنباء عن حشود لمقاتليه في بلدة السخنة شمال شرقي تدمر.',
]
D = '2014-07-18'   # Friday; web copy of its own day
THU = '2014-07-17'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:تنظيم الدولة','ACTOR','ISIS'), ('L0:حقل "الشاعر" للغاز','LOCATION','shaer-gas-field'), ('L0:حمص','LOCATION','homs'),
 ('L0:قوات الأسد','ACTOR','SY_GOV'),
 ('L1:حمص','LOCATION','homs'), ('L1:زمان الوصل','ORG','zaman-alwasl'),
 ('L2:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L2:حقل "الشاعر" للغاز','LOCATION','shaer-gas-field'),
 ('L2:بادية حمص الشرقية','LOCATION','homs-eastern-desert'), ('L2:الحواجز المحيطة بالحقل','LOCATION','shaer-checkpoints'),
 ('L2:العشرات','QUANTITY',None,([24, 99],True,'killed')), ('L2:النظام','ACTOR','SY_GOV'), ('L2:الدفاع الوطني','ACTOR',PGM),
 ('L3:أبو محمد التدمري','PERSON','abu-mohammed-al-tadmuri'), ('L3:زمان الوصل','ORG','zaman-alwasl'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:الحقل','LOCATION','shaer-gas-field'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:عربة مفخخة','WEAPON','vbied'),
 ('L3:الحاجز الرئيسي','LOCATION','shaer-main-checkpoint'), ('L3:مساكن العاملين','LOCATION','shaer-workers-housing'),
 ('L3:محطة الضخ','LOCATION','shaer-pumping-station'), ('L3:رشاشات ثقيلة','WEAPON','heavy-machine-guns'), ('L3:قذائف هاون','WEAPON','mortars'),
 ('L4:التدمري','PERSON','abu-mohammed-al-tadmuri'), ('L4:نحو 270 عنصراً','QUANTITY',None,(270,True,'troops')),
 ('L4:قوات الحراسة','ACTOR','SY_GOV'), ('L4:الدفاع الوطني','ACTOR',PGM), ('L4:الحقل','LOCATION','shaer-gas-field'),
 ('L4:عشرات الموظفين','QUANTITY',None,([24, 99],True,'people')),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:ما لا يقل عن 115','QUANTITY',None,(115,True,'killed')),
 ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:المسلحين الموالين لها','ACTOR',PGM), ('L5:11#1','QUANTITY',None,(11,False,'killed')),
 ('L5:التنظيم','ACTOR','ISIS'),
 ('L6:سانا','ORG','sana'), ('L6:وحدات من الجيش','ACTOR','SY_GOV'), ('L6:إرهابيي داعش','ACTOR','ISIS'),
 ('L6:محيط حقل الشاعر','LOCATION','shaer-gas-field'), ('L6:الحقل','LOCATION','shaer-gas-field'), ('L6:المنطقة','LOCATION','shaer-gas-field'),
 ('L7:ريف حمص','LOCATION','homs-countryside'), ('L7:نحو 30 آلية عسكرية','QUANTITY',None,(30,True,'vehicles')),
 ('L7:آلية عسكرية','WEAPON','military-vehicles'), ('L7:محيط الحقل','LOCATION','shaer-gas-field'),
 ('L7:مطار "التيفور" العسكري','LOCATION','t4-airbase'), ('L7:الطيران الحربي','WEAPON','warplanes'), ('L7:لنظام','ACTOR','SY_GOV'),
 ('L7:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')), ('L7:الحقل#1','LOCATION','shaer-gas-field'),
 ('L7:تلال جبل الشاعر','LOCATION','jabal-al-shaer'),
 ('L8:حقل الشاعر','LOCATION','shaer-gas-field'), ('L8:سوريا','LOCATION','syria'),
 ('L8:نحو 3 ملايين متر مكعب','QUANTITY',None,(3000000,True,'other')), ('L8:حمص','LOCATION','homs'), ('L8:دمشق','LOCATION','damascus'),
 ('L8:الساحل','LOCATION','syrian-coast'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:حقل "العمر" النفطي','LOCATION','al-omar-oilfield'), ('L9:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L9:جبهة النصرة','ACTOR','NUSRA'), ('L9:مدينة الموصل','LOCATION','mosul'),
 ('L10:التنظيم','ACTOR','ISIS'), ('L10:الشاعر','LOCATION','shaer-gas-field'), ('L10:مطار "التيفور"','LOCATION','t4-airbase'),
 ('L10:مدينة تدمر','LOCATION','palmyra'), ('L10:لنظام','ACTOR','SY_GOV'), ('L10:بلدة السخنة','LOCATION','al-sukhnah'),
 ('L10:تدمر#1','LOCATION','palmyra'),
]
times = [
 ('L2:أمس الخميس', THU, 'day'),
 ('L2:ليل الأربعاء-الخميس', '2014-07-16', 'part-of-day', {'part': 'night'}),
 ('L7:مساء أمس', THU, 'part-of-day', {'part': 'evening'}),
 ('L9:مطلع تموز/يوليو الجاري', '2014-07', 'month'),
]
T = 'L2:أمس الخميس'
N = 'L2:ليل الأربعاء-الخميس'
TAD = 'أبو محمد التدمري'
SOHR = 'المرصد السوري لحقوق الإنسان'
SANA = 'مصدر عسكري (سانا)'
OPP = 'مصادر معارضة في ريف حمص'
R = ['SY_GOV', PGM]
events = [
 dict(type='CONTROL', trig='L2:سيطر', time=T, actors=['ISIS'], targets=R, loc='L2:حقل "الشاعر" للغاز'),                          # 1
 dict(type='ATTACK', trig='L2:هجوم', time=N, actors=['ISIS'], targets=R, loc='L2:الحواجز المحيطة بالحقل', qty=['L2:العشرات']),   # 2
 dict(type='ATTACK', trig='L3:هاجموا', time=N, actors=['ISIS'], targets=R, loc='L3:الحقل', qty=['L3:ثلاثة محاور'], attr=TAD),     # 3
 dict(type='ATTACK', trig='L3:فجّروا', time=N, actors=['ISIS'], targets=R, loc='L3:الحاجز الرئيسي', weapons=['L3:عربة مفخخة'], attr=TAD),  # 4
 dict(type='ATTACK', trig='L3:يقتحموا', time=N, actors=['ISIS'], targets=R, loc='L3:مساكن العاملين',
      weapons=['L3:رشاشات ثقيلة', 'L3:قذائف هاون'], attr=TAD),                                                                    # 5
 dict(type='MOVEMENT', trig='L4:يتمركزون', time=N, actors=R, loc='L4:الحقل', qty=['L4:نحو 270 عنصراً'], attr=TAD),               # 6
 dict(type='ATTACK', trig='L4:الهجوم', time=N, actors=['ISIS'], targets=R, attr=TAD),                                             # 7
 dict(type='ATTACK', trig='L5:مقتل', time=N, actors=['ISIS'], targets=R, qty=['L5:ما لا يقل عن 115'], attr=SOHR),                 # 8
 dict(type='ATTACK', trig='L5:أُعدموا', time=N, actors=['ISIS'], targets=R, attr=SOHR),                                          # 9
 dict(type='ARREST', trig='L5:أسرهم', time=N, actors=['ISIS'], targets=R, attr=SOHR),                                            # 10
 dict(type='ATTACK', trig='L5:قُتل', time=N, actors=R, targets=['ISIS'], qty=['L5:11#1'], attr=SOHR),                              # 11
 dict(type='ATTACK', trig='L6:اشتباكات', actors=['SY_GOV', 'ISIS'], loc='L6:محيط حقل الشاعر', attr=SANA),                       # 12
 dict(type='CONTROL', trig='L6:سقوط', mod='denied', actors=['ISIS'], targets=['SY_GOV'], loc='L6:الحقل', attr=SANA),             # 13
 dict(type='MOVEMENT', trig='L6:وصلت', actors=['SY_GOV'], loc='L6:المنطقة', attr=SANA),                                         # 14
 dict(type='MOVEMENT', trig='L7:وصل', time='L7:مساء أمس', actors=['SY_GOV'], loc='L7:محيط الحقل',
      weapons=['L7:آلية عسكرية'], qty=['L7:نحو 30 آلية عسكرية'], attr=OPP),                                                       # 15
 dict(type='ATTACK', trig='L7:غارة', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L7:الحقل#1',
      weapons=['L7:الطيران الحربي'], qty=['L7:أكثر من 20 غارة'], attr=OPP),                                                        # 16
 dict(type='ATTACK', trig='L9:الهجوم', time=N, actors=['ISIS'], targets=R),                                                       # 17
 dict(type='CONTROL', trig='L9:سيطرة', time='L9:مطلع تموز/يوليو الجاري', actors=['ISIS'], targets=['NUSRA'], loc='L9:حقل "العمر" النفطي'),  # 18
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time='L9:مطلع تموز/يوليو الجاري', actors=['NUSRA'], loc='L9:حقل "العمر" النفطي'),        # 19
 dict(type='CONTROL', trig='L9:اجتياحه', actors=['ISIS'], loc='L9:مدينة الموصل'),                                                # 20
 dict(type='MOVEMENT', trig='L10:يتجه', mod='expected', actors=['ISIS'], loc='L10:مطار "التيفور"', attr='ناشطون'),              # 21
 dict(type='MOVEMENT', trig='L10:تتمركز', actors=['SY_GOV'], loc='L10:مدينة تدمر', attr='ناشطون'),                             # 22
 dict(type='MOVEMENT', trig='L10:حشود', actors=['ISIS'], loc='L10:بلدة السخنة', attr='أنباء'),                                  # 23
]
TD = (THU, 'day')
NT = ('2014-07-16', 'part-of-day')
OD = (D, 'day')
JUL = ('2014-07', 'month')
forces = [
 dict(actor='ISIS', loc=('حقل "الشاعر" للغاز', 'shaer-gas-field'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', assets='حواجز', loc=('الحواجز المحيطة بالحقل', 'shaer-checkpoints'), as_of=NT, status='attacked', line=2, events=[2]),
 dict(actor=PGM, assets='حواجز', loc=('الحواجز المحيطة بالحقل', 'shaer-checkpoints'), as_of=NT, status='attacked', line=2, events=[2]),
 dict(actor='ISIS', loc=('الحقل', 'shaer-gas-field'), as_of=NT, status='present', source=TAD, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('الحقل', 'shaer-gas-field'), as_of=NT, status='present', source=TAD, line=3, events=[3]),
 dict(actor=PGM, loc=('الحقل', 'shaer-gas-field'), as_of=NT, status='present', source=TAD, line=3, events=[3]),
 dict(actor='SY_GOV', assets='حاجز', loc=('الحاجز الرئيسي', 'shaer-main-checkpoint'), as_of=NT, status='attacked', source=TAD, line=3, events=[4]),
 dict(actor='SY_GOV', strength=(270, True, 'troops'), assets='قوات الحراسة', loc=('الحقل', 'shaer-gas-field'), as_of=NT, status='present',
      source=TAD, line=4, events=[6]),
 dict(actor=PGM, strength=(270, True, 'troops'), assets='الدفاع الوطني', loc=('الحقل', 'shaer-gas-field'), as_of=NT, status='present',
      source=TAD, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('محيط حقل الشاعر', 'shaer-gas-field'), as_of=OD, status='present', source=SANA, line=6, events=[12]),
 dict(actor='ISIS', loc=('محيط حقل الشاعر', 'shaer-gas-field'), as_of=OD, status='present', source=SANA, line=6, events=[12]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة', loc=('المنطقة', 'shaer-gas-field'), as_of=OD, status='reinforced', source=SANA, line=6, events=[14]),
 dict(actor='SY_GOV', strength=(30, True, 'vehicles'), assets='رتل', loc=('محيط الحقل', 'shaer-gas-field'), as_of=(THU, 'part-of-day'),
      status='reinforced', source=OPP, line=7, events=[15]),
 dict(actor='ISIS', loc=('الحقل', 'shaer-gas-field'), as_of=TD, status='attacked', source=OPP, line=7, events=[16]),
 dict(actor='ISIS', loc=('تلال جبل الشاعر', 'jabal-al-shaer'), as_of=TD, status='attacked', source=OPP, line=7, events=[16]),
 dict(actor='ISIS', loc=('حقل "العمر" النفطي', 'al-omar-oilfield'), as_of=JUL, status='controls', line=9, events=[18]),
 dict(actor='NUSRA', loc=('حقل "العمر" النفطي', 'al-omar-oilfield'), as_of=JUL, status='withdrawn', line=9, events=[19]),
 dict(actor='ISIS', loc=('مدينة الموصل', 'mosul'), as_of=(None, 'vague'), status='controls', line=9, events=[20]),
 dict(actor='SY_GOV', assets='قوات كبيرة', loc=('مطار "التيفور"', 't4-airbase'), as_of=OD, status='present', source='ناشطون', line=10, events=[22]),
 dict(actor='SY_GOV', assets='قوات كبيرة', loc=('مدينة تدمر', 'palmyra'), as_of=OD, status='present', source='ناشطون', line=10, events=[22]),
 dict(actor='ISIS', assets='حشود', loc=('بلدة السخنة', 'al-sukhnah'), as_of=OD, status='present', source='أنباء', line=10, events=[23]),
]
build('zamanalwasl-shaer-gas-field', None, 'زمان الوصل', D, L, ents, times, events, forces)
