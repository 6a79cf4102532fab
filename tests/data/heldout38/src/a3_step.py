from build import build
L = [
'"تحرير الشام" تقتحم مقرات "جند الله" بريف جسر الشغور.. واتفاق يقضي بخروج "جنود الشام"',
'ستيب نيوز - خاص',
'سيطرت "هيئة تحرير الشام"، صباح اليوم الثلاثاء، على مقرات فصيل "جند الله" في قرية الحمبوشية بريف جسر الشغور الغربي، بعد اشتباكات عنيفة بدأت مساء الأحد الماضي، أسفرت عن مقتل ستة عناصر من الطرفين.',
'وقال مراسل وكالة ستيب الإخبارية في إدلب إن الهيئة دفعت بنحو 40 آلية عسكرية، بينها دبابتان، إلى المنطقة، وفرضت طوقاً أمنياً حول الحمبوشية وقرى جبل التركمان في ريف اللاذقية الشمالي، ومنعت دخول المدنيين إليها.',
'وأضاف المراسل أن عناصر الهيئة اعتقلوا 15 عنصراً من "جند الله"، فيما انسحب بقية عناصر الفصيل من القرية نحو الجبال المحاذية للحدود التركية.',
'من جهتها، قالت "تحرير الشام" في بيان عبر معرفاتها الرسمية على "تلغرام" إن الحملة تستهدف "خلايا متورطة بعمليات خطف واغتيال وتؤوي مطلوبين لتنظيم داعش"، نافية أن تكون قد قصفت منازل المدنيين في القرية.',
'وفي السياق، توصلت الهيئة إلى اتفاق مع فصيل "جنود الشام" الذي يقوده مسلم الشيشاني، برعاية "الحزب الإسلامي التركستاني"، يقضي بخروج مقاتليه من جبل التركمان خلال 72 ساعة.',
'وكان الشيشاني قد رفض في وقت سابق طلب الهيئة حلّ فصيله أو الانضمام إليها، متهماً إياها بـ"التضييق على المهاجرين".',
'بالتزامن، شن الطيران الروسي، اليوم، خمس غارات على محيط بلدتي البارة وكنصفرة في جبل الزاوية جنوبي إدلب، فيما قصفت قوات النظام بالمدفعية الثقيلة قرية سفوهن، بحسب فرق "الدفاع المدني السوري".',
'وفي ريف حلب الشمالي، أدخل الجيش التركي رتلاً عسكرياً يضم نحو 30 آلية، مساء أمس، إلى قاعدة كلجبرين قرب مدينة مارع عبر معبر باب السلامة، وسط تصاعد تهديدات أنقرة بشن عملية عسكرية ضد "قسد" في تل رفعت ومنبج.',
'وينتشر في محافظة إدلب ومحيطها نحو 10 آلاف جندي تركي موزعين على أكثر من 60 نقطة وقاعدة عسكرية، وفق تقديرات محلية، فيما تسيطر "تحرير الشام" على معظم مساحة المحافظة منذ مطلع عام 2019.',
]
D = '2021-10-26'   # Tuesday; Syrian opposition agency, copy of its day
JA = 'OTHER:jund-allah'
JS = 'OTHER:junud-al-sham'
TIP = 'OTHER:turkistan-islamic-party'
ents = [
 ('L0:تحرير الشام','ACTOR','NUSRA'), ('L0:جند الله','ACTOR',JA), ('L0:جسر الشغور','LOCATION','jisr-al-shughur'), ('L0:جنود الشام','ACTOR',JS),
 ('L1:ستيب نيوز','ORG','step-news'),
 ('L2:هيئة تحرير الشام','ACTOR','NUSRA'), ('L2:فصيل "جند الله"','ACTOR',JA), ('L2:قرية الحمبوشية','LOCATION','al-hamboushiya'),
 ('L2:ريف جسر الشغور الغربي','LOCATION','jisr-al-shughur-west-countryside'), ('L2:ستة عناصر','QUANTITY',None,(6,False,'killed')),
 ('L3:وكالة ستيب الإخبارية','ORG','step-news'), ('L3:إدلب','LOCATION','idlib'), ('L3:الهيئة','ACTOR','NUSRA'),
 ('L3:نحو 40 آلية عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L3:آلية عسكرية','WEAPON','military-vehicles'),
 ('L3:دبابتان','QUANTITY',None,(2,False,'vehicles')), ('L3:دبابتان#0','WEAPON','tanks'), ('L3:المنطقة','LOCATION','jisr-al-shughur-west-countryside'),
 ('L3:الحمبوشية','LOCATION','al-hamboushiya'), ('L3:قرى جبل التركمان','LOCATION','jabal-al-turkman'), ('L3:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'),
 ('L4:الهيئة','ACTOR','NUSRA'), ('L4:15 عنصراً','QUANTITY',None,(15,False,'arrested')), ('L4:جند الله','ACTOR',JA), ('L4:الفصيل','ACTOR',JA),
 ('L4:القرية','LOCATION','al-hamboushiya'), ('L4:الجبال المحاذية للحدود التركية','LOCATION','turkish-border-mountains'),
 ('L5:تحرير الشام','ACTOR','NUSRA'), ('L5:تلغرام','ORG','telegram'), ('L5:تنظيم داعش','ACTOR','ISIS'), ('L5:القرية','LOCATION','al-hamboushiya'),
 ('L6:الهيئة','ACTOR','NUSRA'), ('L6:فصيل "جنود الشام"','ACTOR',JS), ('L6:مسلم الشيشاني','PERSON','muslim-al-shishani'),
 ('L6:الحزب الإسلامي التركستاني','ACTOR',TIP), ('L6:جبل التركمان','LOCATION','jabal-al-turkman'),
 ('L7:الشيشاني','PERSON','muslim-al-shishani'), ('L7:الهيئة','ACTOR','NUSRA'),
 ('L8:الطيران الروسي','ACTOR','RU'), ('L8:خمس غارات','QUANTITY',None,(5,False,'other')), ('L8:بلدتي البارة','LOCATION','al-bara'),
 ('L8:كنصفرة','LOCATION','kansafra'), ('L8:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L8:إدلب','LOCATION','idlib'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:المدفعية الثقيلة','WEAPON','heavy-artillery'), ('L8:قرية سفوهن','LOCATION','sfuhun'),
 ('L8:الدفاع المدني السوري','ORG','syrian-civil-defence'),
 ('L9:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'), ('L9:الجيش التركي','ACTOR','TR'), ('L9:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')),
 ('L9:آلية','WEAPON','military-vehicles'), ('L9:قاعدة كلجبرين','LOCATION','kaljibrin-base'), ('L9:مدينة مارع','LOCATION','marea'),
 ('L9:معبر باب السلامة','LOCATION','bab-al-salama-crossing'), ('L9:أنقرة','ACTOR','TR'), ('L9:قسد','ACTOR','SDF'), ('L9:تل رفعت','LOCATION','tal-rifaat'),
 ('L9:منبج','LOCATION','manbij'),
 ('L10:محافظة إدلب','LOCATION','idlib-governorate'), ('L10:نحو 10 آلاف جندي تركي','QUANTITY',None,(10000,True,'troops')), ('L10:جندي تركي','ACTOR','TR'),
 ('L10:أكثر من 60 نقطة','QUANTITY',None,(60,True,'other')), ('L10:تحرير الشام','ACTOR','NUSRA'), ('L10:المحافظة','LOCATION','idlib-governorate'),
]
times = [
 ('L2:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L2:مساء الأحد الماضي', '2021-10-24', 'part-of-day', {'part': 'evening'}),
 ('L6:خلال 72 ساعة', D + '/', 'vague', {'relation': 'after'}),
 ('L7:في وقت سابق', None, 'vague', {'relation': 'before'}),
 ('L8:اليوم', D, 'day'),
 ('L9:مساء أمس', '2021-10-25', 'part-of-day', {'part': 'evening'}),
 ('L10:منذ مطلع عام 2019', '2019-01/2021-10', 'month'),
]
M = 'L2:صباح اليوم الثلاثاء'
COR = 'مراسل وكالة ستيب الإخبارية'
HTS = 'تحرير الشام'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=M, actors=['NUSRA'], targets=[JA], loc='L2:قرية الحمبوشية'),                              # 1
 dict(type='ATTACK', trig='L2:اشتباكات', time='L2:مساء الأحد الماضي', actors=['NUSRA'], targets=[JA], loc='L2:قرية الحمبوشية',
      qty=['L2:ستة عناصر']),                                                                                                      # 2
 dict(type='MOVEMENT', trig='L3:دفعت', time=M, actors=['NUSRA'], loc='L3:المنطقة', weapons=['L3:آلية عسكرية', 'L3:دبابتان#0'],
      qty=['L3:نحو 40 آلية عسكرية', 'L3:دبابتان'], attr=COR),                                                                      # 3
 dict(type='OPERATION', trig='L3:طوقاً', time=M, actors=['NUSRA'], targets=[JA], loc='L3:الحمبوشية', attr=COR),                      # 4
 dict(type='ARREST', trig='L4:اعتقلوا', time=M, actors=['NUSRA'], targets=[JA], qty=['L4:15 عنصراً'], attr=COR),                      # 5
 dict(type='WITHDRAWAL', trig='L4:انسحب', time=M, actors=[JA], loc='L4:القرية', attr=COR),                                          # 6
 dict(type='STATEMENT', trig='L5:قالت', time=M, actors=['NUSRA'], attr=HTS),                                                        # 7
 dict(type='OPERATION', trig='L5:الحملة', time=M, actors=['NUSRA'], targets=[JA], attr=HTS),                                        # 8
 dict(type='ARREST', trig='L5:خطف', attr=HTS),                                                                                      # 9
 dict(type='ATTACK', trig='L5:اغتيال', attr=HTS),                                                                                   # 10
 dict(type='ATTACK', trig='L5:قصفت', mod='denied', time=M, actors=['NUSRA'], loc='L5:القرية', attr=HTS),                             # 11
 dict(type='AGREEMENT', trig='L6:اتفاق', time=M, actors=['NUSRA', JS, TIP]),                                                        # 12
 dict(type='WITHDRAWAL', trig='L6:خروج', mod='planned', time='L6:خلال 72 ساعة', actors=[JS], loc='L6:جبل التركمان'),                # 13
 dict(type='ATTACK', trig='L8:غارات', time='L8:اليوم', actors=['RU'], loc='L8:بلدتي البارة', qty=['L8:خمس غارات'],
      attr='الدفاع المدني السوري'),                                                                                               # 14
 dict(type='ATTACK', trig='L8:قصفت', time='L8:اليوم', actors=['SY_GOV'], loc='L8:قرية سفوهن', weapons=['L8:المدفعية الثقيلة'],
      attr='الدفاع المدني السوري'),                                                                                               # 15
 dict(type='MOVEMENT', trig='L9:أدخل', time='L9:مساء أمس', actors=['TR'], loc='L9:قاعدة كلجبرين', weapons=['L9:آلية'],
      qty=['L9:نحو 30 آلية']),                                                                                                    # 16
 dict(type='OPERATION', trig='L9:عملية', mod='planned', actors=['TR'], targets=['SDF'], loc='L9:تل رفعت'),                            # 17
 dict(type='MOVEMENT', trig='L10:ينتشر', actors=['TR'], loc='L10:محافظة إدلب', qty=['L10:نحو 10 آلاف جندي تركي'], attr='تقديرات محلية'),  # 18
 dict(type='CONTROL', trig='L10:تسيطر', time='L10:منذ مطلع عام 2019', actors=['NUSRA'], loc='L10:المحافظة'),                         # 19
]
TD = (D, 'day')
MD = (D, 'part-of-day')
forces = [
 dict(actor='NUSRA', loc=('قرية الحمبوشية', 'al-hamboushiya'), as_of=MD, status='controls', line=2, events=[1]),
 dict(actor='NUSRA', loc=('قرية الحمبوشية', 'al-hamboushiya'), as_of=MD, status='present', line=2, events=[2]),
 dict(actor=JA, loc=('قرية الحمبوشية', 'al-hamboushiya'), as_of=MD, status='present', line=2, events=[2]),
 dict(actor='NUSRA', strength=(40, True, 'vehicles'), assets='نحو 40 آلية عسكرية، بينها دبابتان', loc=('المنطقة', 'jisr-al-shughur-west-countryside'),
      as_of=MD, status='reinforced', source=COR, line=3, events=[3]),
 dict(actor='NUSRA', loc=('الحمبوشية', 'al-hamboushiya'), as_of=MD, status='present', source=COR, line=3, events=[4]),
 dict(actor='NUSRA', loc=('قرى جبل التركمان', 'jabal-al-turkman'), as_of=MD, status='present', source=COR, line=3, events=[4]),
 dict(actor=JA, loc=('القرية', 'al-hamboushiya'), as_of=MD, status='withdrawn', source=COR, line=4, events=[6]),
 dict(actor=JS, loc=('جبل التركمان', 'jabal-al-turkman'), as_of=TD, status='present', line=6, events=[13]),
 dict(actor='TR', strength=(30, True, 'vehicles'), assets='رتل عسكري', loc=('قاعدة كلجبرين', 'kaljibrin-base'), as_of=('2021-10-25', 'part-of-day'),
      status='reinforced', line=9, events=[16]),
 dict(actor='TR', strength=(10000, True, 'troops'), assets='أكثر من 60 نقطة وقاعدة عسكرية', loc=('محافظة إدلب', 'idlib-governorate'), as_of=TD,
      status='present', source='تقديرات محلية', line=10, events=[18]),
 dict(actor='NUSRA', loc=('المحافظة', 'idlib-governorate'), as_of=TD, status='controls', line=10, events=[19]),
]
build('step-hamboushiya-jund-allah', None, 'ستيب نيوز', D, L, ents, times, events, forces)
