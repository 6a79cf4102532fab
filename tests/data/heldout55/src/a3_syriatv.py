from build import build
L = [
'قتلى وجرحى بقصف روسي ومدفعي من قوات النظام على إدلب لليوم الخامس على التوالي',
'قُتل خمسة مدنيين وأصيب 14 آخرون، اليوم الإثنين، بغارات شنها الطيران الروسي على أطراف مدينة إدلب وبلدة كفرتخاريم شمال غربي سوريا، بحسب ما أفاد الدفاع المدني السوري.',
'وقال مراسل تلفزيون سوريا إن قوات النظام المتمركزة في مدينة سراقب ومحيط معرة النعمان قصفت براجمات الصواريخ والمدفعية الثقيلة مدينة دارة عزة وبلدات سرمين والنيرب وآفس، ما أدى إلى دمار واسع في منازل المدنيين.',
'وأحصى الدفاع المدني مقتل 46 شخصاً، بينهم 13 طفلاً، وإصابة أكثر من 230 آخرين، في أكثر من 200 هجوم نفذتها قوات النظام وروسيا منذ مساء الخميس الماضي، في أعنف تصعيد تشهده المنطقة منذ توقيع اتفاق موسكو بين روسيا وتركيا في آذار 2020.',
'ويأتي التصعيد بعد اتهام النظام فصائل المعارضة بالوقوف وراء الهجوم بطائرات مسيّرة على حفل تخريج في الكلية الحربية بمدينة حمص يوم الخميس، والذي أودى بحياة 89 شخصاً بحسب حكومة النظام.',
'في المقابل، نفت "هيئة تحرير الشام" وفصائل "الجبهة الوطنية للتحرير" أي علاقة لها بالهجوم، مؤكدة في بيان مشترك أن "النظام يحاول التغطية على فشله الأمني".',
'وردّت غرفة عمليات "الفتح المبين" باستهداف مواقع لقوات النظام على محور ميزناز بريف حلب الغربي بقذائف المدفعية، معلنة مقتل سبعة عناصر من قوات النظام وتدمير دبابة.',
'وفي سياق متصل، دخل رتل عسكري تركي يضم نحو 30 آلية من معبر كفرلوسين الحدودي، واتجه إلى النقاط التركية في جبل الزاوية جنوبي إدلب، بحسب مصادر محلية.',
'وكانت وزارة الدفاع الروسية قد أعلنت، أمس الأحد، أن طائراتها دمرت مقرات لـ"هيئة تحرير الشام" في ريف إدلب، مشيرة إلى أنها "ستواصل الرد" على أي اعتداءات من منطقة خفض التصعيد.',
'وتسبب القصف بموجة نزوح جديدة من ريف إدلب الجنوبي والشرقي باتجاه المخيمات القريبة من الحدود التركية، حيث قدّرت الأمم المتحدة عدد النازحين بأكثر من 78 ألف شخص خلال أربعة أيام.',
'ويقطن في شمال غربي سوريا أكثر من أربعة ملايين نسمة، معظمهم نازحون، في مناطق تسيطر عليها "هيئة تحرير الشام" وفصائل "الجيش الوطني السوري".',
]
D = '2023-10-09'   # Monday; opposition TV channel's website, copy of its day
THU = '2023-10-05'
SINCE = THU + '/' + D
FM = 'OTHER:fateh-mubin-operations-room'
ents = [
 ('L0:قوات النظام','ACTOR','SY_GOV'), ('L0:إدلب','LOCATION','idlib'),
 ('L1:خمسة مدنيين','QUANTITY',None,(5,False,'killed')), ('L1:14','QUANTITY',None,(14,False,'wounded')), ('L1:الطيران الروسي','ACTOR','RU'),
 ('L1:أطراف مدينة إدلب','LOCATION','idlib'), ('L1:بلدة كفرتخاريم','LOCATION','kafr-takharim'), ('L1:شمال غربي سوريا','LOCATION','northwest-syria'),
 ('L1:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L2:تلفزيون سوريا','ORG','syria-tv'), ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:مدينة سراقب','LOCATION','saraqib'),
 ('L2:محيط معرة النعمان','LOCATION','maarat-al-numan'), ('L2:راجمات الصواريخ','WEAPON','rocket-launchers'), ('L2:المدفعية الثقيلة','WEAPON','heavy-artillery'),
 ('L2:مدينة دارة عزة','LOCATION','darat-izza'), ('L2:بلدات سرمين','LOCATION','sarmin'), ('L2:النيرب','LOCATION','al-nayrab'), ('L2:آفس','LOCATION','afis'),
 ('L3:الدفاع المدني','ORG','syria-civil-defence'), ('L3:46 شخصاً','QUANTITY',None,(46,False,'killed')), ('L3:13 طفلاً','QUANTITY',None,(13,False,'killed')),
 ('L3:أكثر من 230','QUANTITY',None,(230,True,'wounded')), ('L3:أكثر من 200 هجوم','QUANTITY',None,(200,True,'other')),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:روسيا#0','ACTOR','RU'), ('L3:المنطقة','LOCATION','idlib-region'), ('L3:موسكو','LOCATION','moscow'),
 ('L3:روسيا#1','ACTOR','RU'), ('L3:تركيا','ACTOR','TR'),
 ('L4:النظام#0','ACTOR','SY_GOV'), ('L4:فصائل المعارضة','ACTOR','FSA'), ('L4:طائرات مسيّرة','WEAPON','drones'),
 ('L4:الكلية الحربية','LOCATION','homs-military-academy'), ('L4:مدينة حمص','LOCATION','homs'), ('L4:89 شخصاً','QUANTITY',None,(89,False,'killed')),
 ('L4:حكومة النظام','ACTOR','SY_GOV'),
 ('L5:هيئة تحرير الشام','ACTOR','NUSRA'), ('L5:فصائل "الجبهة الوطنية للتحرير"','ACTOR','FSA'), ('L5:النظام','ACTOR','SY_GOV'),
 ('L6:غرفة عمليات "الفتح المبين"','ACTOR',FM), ('L6:قوات النظام#0','ACTOR','SY_GOV'), ('L6:محور ميزناز','LOCATION','mizanaz'),
 ('L6:ريف حلب الغربي','LOCATION','aleppo-west-countryside'), ('L6:قذائف المدفعية','WEAPON','artillery-shells'), ('L6:سبعة','QUANTITY',None,(7,False,'killed')),
 ('L6:قوات النظام#1','ACTOR','SY_GOV'), ('L6:دبابة','WEAPON','tanks'),
 ('L7:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L7:آلية','WEAPON','military-vehicles'), ('L7:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'),
 ('L7:النقاط التركية','LOCATION','turkish-posts-idlib'), ('L7:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L7:إدلب','LOCATION','idlib'),
 ('L8:وزارة الدفاع الروسية','ACTOR','RU'), ('L8:هيئة تحرير الشام','ACTOR','NUSRA'), ('L8:ريف إدلب','LOCATION','idlib-countryside'),
 ('L8:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'),
 ('L9:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L9:الحدود التركية','LOCATION','syria-turkey-border'), ('L9:الأمم المتحدة','ORG','un'),
 ('L9:أكثر من 78 ألف شخص','QUANTITY',None,(78000,True,'people')),
 ('L10:شمال غربي سوريا','LOCATION','northwest-syria'), ('L10:أكثر من أربعة ملايين نسمة','QUANTITY',None,(4000000,True,'people')),
 ('L10:هيئة تحرير الشام','ACTOR','NUSRA'), ('L10:فصائل "الجيش الوطني السوري"','ACTOR','FSA'),
]
times = [
 ('L0:لليوم الخامس على التوالي', SINCE, 'day'),
 ('L1:اليوم الإثنين', D, 'day'),
 ('L3:منذ مساء الخميس الماضي', SINCE, 'day'),
 ('L3:آذار 2020', '2020-03', 'month'),
 ('L4:يوم الخميس', THU, 'day'),
 ('L8:أمس الأحد', '2023-10-08', 'day'),
 ('L9:خلال أربعة أيام', SINCE, 'day'),
]
T = 'L1:اليوم الإثنين'
S = 'L3:منذ مساء الخميس الماضي'
CD = 'الدفاع المدني السوري'
COR = 'مراسل تلفزيون سوريا'
GOV = 'النظام'
DEN = 'هيئة تحرير الشام والجبهة الوطنية للتحرير (بيان مشترك)'
FMA = 'غرفة عمليات الفتح المبين'
LS = 'مصادر محلية'
RMD = 'وزارة الدفاع الروسية'
events = [
 dict(type='ATTACK', trig='L1:قُتل', time=T, actors=['RU'], loc='L1:أطراف مدينة إدلب', qty=['L1:خمسة مدنيين', 'L1:14'], attr=CD),            # 1
 dict(type='MOVEMENT', trig='L2:المتمركزة', actors=['SY_GOV'], loc='L2:مدينة سراقب', attr=COR),                                            # 2
 dict(type='ATTACK', trig='L2:قصفت', actors=['SY_GOV'], loc='L2:مدينة دارة عزة', weapons=['L2:راجمات الصواريخ', 'L2:المدفعية الثقيلة'], attr=COR),  # 3
 dict(type='ATTACK', trig='L3:هجوم', time=S, actors=['SY_GOV', 'RU'],
      qty=['L3:46 شخصاً', 'L3:13 طفلاً', 'L3:أكثر من 230', 'L3:أكثر من 200 هجوم'], attr='الدفاع المدني'),                                   # 4
 dict(type='AGREEMENT', trig='L3:اتفاق', time='L3:آذار 2020', actors=['RU', 'TR'], loc='L3:موسكو'),                                        # 5
 dict(type='ATTACK', trig='L4:الهجوم', time='L4:يوم الخميس', actors=['FSA'], targets=['SY_GOV'], loc='L4:الكلية الحربية',
      weapons=['L4:طائرات مسيّرة'], qty=['L4:89 شخصاً'], attr=GOV),                                                                     # 6
 dict(type='ATTACK', trig='L5:بالهجوم', mod='denied', time='L4:يوم الخميس', actors=['NUSRA', 'FSA'], targets=['SY_GOV'], attr=DEN),         # 7
 dict(type='STATEMENT', trig='L5:بيان', actors=['NUSRA', 'FSA'], attr=DEN),                                                               # 8
 dict(type='ATTACK', trig='L6:باستهداف', actors=[FM], targets=['SY_GOV'], loc='L6:محور ميزناز', weapons=['L6:قذائف المدفعية'], attr=FMA),     # 9
 dict(type='ATTACK', trig='L6:مقتل', actors=[FM], targets=['SY_GOV'], qty=['L6:سبعة'], attr=FMA),                                          # 10
 dict(type='ATTACK', trig='L6:تدمير', actors=[FM], targets=['SY_GOV'], attr=FMA),                                                         # 11
 dict(type='MOVEMENT', trig='L7:دخل', actors=['TR'], loc='L7:معبر كفرلوسين الحدودي', weapons=['L7:آلية'], qty=['L7:نحو 30 آلية'], attr=LS),  # 12
 dict(type='STATEMENT', trig='L8:أعلنت', time='L8:أمس الأحد', actors=['RU'], attr=RMD),                                                    # 13
 dict(type='ATTACK', trig='L8:دمرت', time='L8:أمس الأحد', actors=['RU'], targets=['NUSRA'], loc='L8:ريف إدلب', attr=RMD),                   # 14
 dict(type='ATTACK', trig='L8:الرد', mod='planned', actors=['RU'], targets=['NUSRA'], loc='L8:منطقة خفض التصعيد', attr=RMD),                # 15
 dict(type='ATTACK', trig='L9:القصف', time=S, actors=['SY_GOV', 'RU'], loc='L9:ريف إدلب الجنوبي'),                                         # 16
 dict(type='CONTROL', trig='L10:تسيطر', time=T, actors=['NUSRA', 'FSA'], loc='L10:شمال غربي سوريا'),                                      # 17
]
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة سراقب', 'saraqib'), as_of=TD, status='present', source=COR, line=2, events=[2, 3]),
 dict(actor='SY_GOV', loc=('محيط معرة النعمان', 'maarat-al-numan'), as_of=TD, status='present', source=COR, line=2, events=[2, 3]),
 dict(actor='SY_GOV', loc=('الكلية الحربية', 'homs-military-academy'), as_of=(THU, 'day'), status='attacked', source=GOV, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('محور ميزناز', 'mizanaz'), as_of=TD, status='attacked', source=FMA, line=6, events=[9]),
 dict(actor='SY_GOV', loc=('محور ميزناز', 'mizanaz'), as_of=TD, status='present', source=FMA, line=6, events=[9]),
 dict(actor='TR', assets='رتل عسكري يضم نحو 30 آلية', loc=('جبل الزاوية', 'jabal-al-zawiya'), as_of=TD, status='reinforced', source=LS, line=7, events=[12]),
 dict(actor='NUSRA', loc=('ريف إدلب', 'idlib-countryside'), as_of=('2023-10-08', 'day'), status='attacked', source=RMD, line=8, events=[14]),
 dict(actor='NUSRA', loc=('شمال غربي سوريا', 'northwest-syria'), as_of=TD, status='controls', line=10, events=[17]),
 dict(actor='FSA', loc=('شمال غربي سوريا', 'northwest-syria'), as_of=TD, status='controls', line=10, events=[17]),
]
build('syriatv-idlib-escalation-homs-academy', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
