from build import build
L = [
'الفصائل تصد محاولة تقدم جديدة لقوات الأسد على تلة الكبينة في ريف اللاذقية',
'بلدي نيوز - ريف اللاذقية (خاص)',
'صدّت فصائل المعارضة، فجر اليوم الثلاثاء، محاولة تقدم جديدة لقوات الأسد والميليشيات الموالية لها على محور تلة الكبينة في جبل الأكراد بريف اللاذقية الشمالي، هي السابعة من نوعها خلال أسبوعين.',
'وقال مراسل بلدي نيوز إن مقاتلي "الجبهة الوطنية للتحرير" و"هيئة تحرير الشام" خاضوا اشتباكات عنيفة استمرت نحو خمس ساعات مع مجموعات من "الفرقة الرابعة" و"قوات النمر"، انتهت بانسحاب المهاجمين نحو مواقعهم في محيط بلدة كنسبا.',
'وأضاف المراسل أن الفصائل قتلت أكثر من 25 عنصراً من قوات الأسد، ودمّرت دبابة من طراز "T-72" بصاروخ موجّه مضاد للدروع، في حين قُتل أربعة من مقاتلي الفصائل خلال التصدي للهجوم.',
'وسبق الهجوم تمهيد ناري عنيف، إذ شن الطيران الحربي الروسي خلال ليل الإثنين – الثلاثاء أكثر من 30 غارة على محيط التلة وبلدة كبانة، بالتزامن مع قصف صاروخي من معسكر جورين في سهل الغاب.',
'من جهتها، قالت "الجبهة الوطنية للتحرير" في بيان إن مقاتليها "أفشلوا الهجوم" رغم مشاركة ضباط من القوات الخاصة الروسية في إدارة المعركة، وهو ما لم يتسنَّ لبلدي نيوز التحقق منه.',
'في المقابل، زعمت وسائل إعلام النظام أن "وحدات الجيش" سيطرت على "عدة نقاط حاكمة" في محيط الكبينة، في حين نفى مصدر عسكري في "هيئة تحرير الشام" لبلدي نيوز تقدّم قوات الأسد "ولو متراً واحداً"، مؤكداً أن خطوط التماس لم تتغير.',
'ويحشد النظام منذ أسابيع نحو ألفي عنصر على محور الكبينة، بينهم مجموعات من "الفيلق الخامس" الذي أسسته روسيا، وفق تقديرات فصائل المعارضة.',
'وتكتسب التلة أهمية استراتيجية كونها تشرف على سهل الغاب ومدينة جسر الشغور، وتعد من آخر المرتفعات التي تسيطر عليها الفصائل في جبل الأكراد.',
'وتأتي المعارك ضمن حملة عسكرية يشنها النظام وروسيا منذ 26 نيسان الماضي على ريفي حماة الشمالي وإدلب الجنوبي، سيطرت خلالها قوات الأسد على بلدتي قلعة المضيق وكفرنبودة، وأدت إلى نزوح أكثر من 200 ألف مدني بحسب فريق "منسقو استجابة سوريا".',
]
D = '2019-05-14'   # Tuesday; opposition news site, web copy of its own day
MON = '2019-05-13'
NFL = 'OTHER:national-front-for-liberation'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الفصائل','ACTOR','FSA'), ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:تلة الكبينة','LOCATION','kabana-hill'), ('L0:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L1:بلدي نيوز','ORG','baladi-news'), ('L1:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L2:فصائل المعارضة','ACTOR','FSA'), ('L2:قوات الأسد','ACTOR','SY_GOV'), ('L2:الميليشيات الموالية لها','ACTOR',PGM),
 ('L2:تلة الكبينة','LOCATION','kabana-hill'), ('L2:جبل الأكراد','LOCATION','jabal-al-akrad'), ('L2:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'),
 ('L3:بلدي نيوز','ORG','baladi-news'), ('L3:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L3:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L3:نحو خمس ساعات','QUANTITY',None,(5,True,'other')), ('L3:الفرقة الرابعة','ACTOR','SY_GOV'), ('L3:قوات النمر','ACTOR','SY_GOV'),
 ('L3:بلدة كنسبا','LOCATION','kinsabba'),
 ('L4:الفصائل#0','ACTOR','FSA'), ('L4:أكثر من 25 عنصراً','QUANTITY',None,(25,True,'killed')), ('L4:قوات الأسد','ACTOR','SY_GOV'),
 ('L4:دبابة من طراز "T-72"','WEAPON','t-72'), ('L4:صاروخ موجّه مضاد للدروع','WEAPON','atgm'), ('L4:أربعة','QUANTITY',None,(4,False,'killed')),
 ('L4:الفصائل#1','ACTOR','FSA'),
 ('L5:الطيران الحربي الروسي','ACTOR','RU'), ('L5:أكثر من 30 غارة','QUANTITY',None,(30,True,'other')), ('L5:التلة','LOCATION','kabana-hill'),
 ('L5:بلدة كبانة','LOCATION','kabani'), ('L5:معسكر جورين','LOCATION','jurin-camp'), ('L5:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L6:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L6:القوات الخاصة الروسية','ACTOR','RU'), ('L6:بلدي نيوز','ORG','baladi-news'),
 ('L7:النظام','ACTOR','SY_GOV'), ('L7:وحدات الجيش','ACTOR','SY_GOV'), ('L7:الكبينة','LOCATION','kabana-hill'), ('L7:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L7:بلدي نيوز','ORG','baladi-news'), ('L7:قوات الأسد','ACTOR','SY_GOV'),
 ('L8:النظام','ACTOR','SY_GOV'), ('L8:نحو ألفي عنصر','QUANTITY',None,(2000,True,'troops')), ('L8:الكبينة','LOCATION','kabana-hill'),
 ('L8:الفيلق الخامس','ACTOR','SY_GOV'), ('L8:روسيا','ACTOR','RU'), ('L8:فصائل المعارضة','ACTOR','FSA'),
 ('L9:التلة','LOCATION','kabana-hill'), ('L9:سهل الغاب','LOCATION','al-ghab-plain'), ('L9:مدينة جسر الشغور','LOCATION','jisr-al-shughur'),
 ('L9:الفصائل','ACTOR','FSA'), ('L9:جبل الأكراد','LOCATION','jabal-al-akrad'),
 ('L10:النظام','ACTOR','SY_GOV'), ('L10:روسيا','ACTOR','RU'), ('L10:ريفي حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L10:إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L10:قوات الأسد','ACTOR','SY_GOV'), ('L10:بلدتي قلعة المضيق','LOCATION','qalaat-al-madiq'),
 ('L10:كفرنبودة','LOCATION','kafr-nabudah'), ('L10:أكثر من 200 ألف مدني','QUANTITY',None,(200000,True,'people')),
 ('L10:منسقو استجابة سوريا','ORG','response-coordinators-syria'),
]
W2 = '2019-04-30/' + D
SINCE = '2019-04-26/' + D
times = [
 ('L2:فجر اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L2:خلال أسبوعين', W2, 'week'),
 ('L5:ليل الإثنين – الثلاثاء', MON, 'part-of-day', {'part': 'night'}),
 ('L8:منذ أسابيع', None, 'vague', {'relation': 'before'}),
 ('L10:منذ 26 نيسان الماضي', SINCE, 'day'),
]
F = 'L2:فجر اليوم الثلاثاء'
N = 'L5:ليل الإثنين – الثلاثاء'
COR = 'مراسل بلدي نيوز'
NFLS = 'الجبهة الوطنية للتحرير'
REG = 'وسائل إعلام النظام'
HTS = 'مصدر عسكري في هيئة تحرير الشام (بلدي نيوز)'
OPP = 'تقديرات فصائل المعارضة'
events = [
 dict(type='ATTACK', trig='L2:صدّت', time=F, actors=['FSA'], targets=['SY_GOV', PGM], loc='L2:تلة الكبينة'),                           # 1
 dict(type='MOVEMENT', trig='L2:تقدم', time=F, actors=['SY_GOV', PGM], loc='L2:تلة الكبينة'),                                          # 2
 dict(type='ATTACK', trig='L3:اشتباكات', time=F, actors=[NFL, 'NUSRA', 'SY_GOV'], qty=['L3:نحو خمس ساعات'], attr=COR),                # 3
 dict(type='WITHDRAWAL', trig='L3:انسحاب', time=F, actors=['SY_GOV'], attr=COR),                                                       # 4
 dict(type='ATTACK', trig='L4:قتلت', time=F, actors=['FSA'], targets=['SY_GOV'], qty=['L4:أكثر من 25 عنصراً'], attr=COR),              # 5
 dict(type='ATTACK', trig='L4:دمّرت', time=F, actors=['FSA'], targets=['SY_GOV'], weapons=['L4:صاروخ موجّه مضاد للدروع'], attr=COR),    # 6
 dict(type='ATTACK', trig='L4:قُتل', time=F, targets=['FSA'], qty=['L4:أربعة'], attr=COR),                                              # 7
 dict(type='ATTACK', trig='L4:التصدي', time=F, actors=['FSA'], targets=['SY_GOV'], attr=COR),                                          # 8
 dict(type='ATTACK', trig='L4:لهجوم', time=F, actors=['SY_GOV'], targets=['FSA'], attr=COR),                                           # 9
 dict(type='ATTACK', trig='L5:الهجوم', time=F, actors=['SY_GOV'], targets=['FSA']),                                                    # 10
 dict(type='ATTACK', trig='L5:تمهيد ناري', time=N, actors=['RU', 'SY_GOV'], targets=['FSA'], loc='L5:التلة'),                         # 11
 dict(type='ATTACK', trig='L5:شن', time=N, actors=['RU'], targets=['FSA'], loc='L5:التلة', qty=['L5:أكثر من 30 غارة']),                 # 12
 dict(type='ATTACK', trig='L5:قصف صاروخي', time=N, actors=['SY_GOV'], targets=['FSA']),                                                # 13
 dict(type='STATEMENT', trig='L6:قالت', actors=[NFL], attr=NFLS),                                                                      # 14
 dict(type='ATTACK', trig='L6:أفشلوا', time=F, actors=[NFL], targets=['SY_GOV'], attr=NFLS),                                           # 15
 dict(type='ATTACK', trig='L6:الهجوم', time=F, actors=['SY_GOV'], targets=[NFL], attr=NFLS),                                           # 16
 dict(type='CONTROL', trig='L7:سيطرت', time=F, actors=['SY_GOV'], targets=['FSA'], loc='L7:الكبينة', attr=REG),                        # 17
 dict(type='MOVEMENT', trig='L7:تقدّم', mod='denied', time=F, actors=['SY_GOV'], attr=HTS),                                            # 18
 dict(type='MOVEMENT', trig='L8:يحشد', time='L8:منذ أسابيع', actors=['SY_GOV'], loc='L8:الكبينة', qty=['L8:نحو ألفي عنصر'], attr=OPP),  # 19
 dict(type='CONTROL', trig='L9:تسيطر', actors=['FSA'], loc='L9:جبل الأكراد'),                                                           # 20
 dict(type='ATTACK', trig='L10:المعارك', time=F, actors=['SY_GOV', 'FSA']),                                                             # 21
 dict(type='OPERATION', trig='L10:حملة عسكرية', time='L10:منذ 26 نيسان الماضي', actors=['SY_GOV', 'RU'], loc='L10:ريفي حماة الشمالي'),  # 22
 dict(type='CONTROL', trig='L10:سيطرت', time='L10:منذ 26 نيسان الماضي', actors=['SY_GOV'], targets=['FSA'], loc='L10:بلدتي قلعة المضيق'),  # 23
]
FP = (D, 'part-of-day')
OD = (D, 'day')
SI = (SINCE, 'day')
forces = [
 dict(actor='FSA', loc=('تلة الكبينة', 'kabana-hill'), as_of=FP, status='present', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('تلة الكبينة', 'kabana-hill'), as_of=FP, status='present', line=2, events=[2]),
 dict(actor=PGM, loc=('تلة الكبينة', 'kabana-hill'), as_of=FP, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة كنسبا', 'kinsabba'), as_of=FP, status='present', source=COR, line=3, events=[4]),
 dict(actor='FSA', loc=('التلة', 'kabana-hill'), as_of=(MON, 'part-of-day'), status='attacked', line=5, events=[11, 12]),
 dict(actor='SY_GOV', assets='معسكر', loc=('معسكر جورين', 'jurin-camp'), as_of=(MON, 'part-of-day'), status='present', line=5, events=[13]),
 dict(actor='SY_GOV', loc=('الكبينة', 'kabana-hill'), as_of=FP, status='controls', source=REG, line=7, events=[17]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), loc=('الكبينة', 'kabana-hill'), as_of=OD, status='present', source=OPP, line=8, events=[19]),
 dict(actor='FSA', loc=('التلة', 'kabana-hill'), as_of=OD, status='controls', line=9, events=[20]),
 dict(actor='FSA', loc=('جبل الأكراد', 'jabal-al-akrad'), as_of=OD, status='controls', line=9, events=[20]),
 dict(actor='SY_GOV', loc=('بلدتي قلعة المضيق', 'qalaat-al-madiq'), as_of=SI, status='controls', line=10, events=[23]),
 dict(actor='SY_GOV', loc=('كفرنبودة', 'kafr-nabudah'), as_of=SI, status='controls', line=10, events=[23]),
]
build('baladi-kabana-hill', None, 'بلدي نيوز', D, L, ents, times, events, forces)
