from build import build
L = [
'المعارضة السورية تسيطر على حماة.. وقوات الأسد تنسحب نحو حمص',
'ترك برس',
'أعلنت "إدارة العمليات العسكرية" التابعة لفصائل المعارضة السورية، أمس الخميس، السيطرة الكاملة على مدينة حماة وسط سوريا، بعد معارك استمرت عدة أيام مع قوات نظام الأسد والميليشيات الإيرانية المساندة لها، وذلك في إطار عملية "ردع العدوان" التي انطلقت في 27 نوفمبر/ تشرين الثاني الماضي.',
'وقال القائد العسكري في الإدارة حسن عبد الغني، في بيان عبر منصة "تلغرام"، إن مقاتلي المعارضة دخلوا المدينة من محاورها الشمالية والشرقية بعد السيطرة على جبل زين العابدين وبلدة قمحانة، وأطلقوا سراح مئات المعتقلين من سجن حماة المركزي.',
'في المقابل، قالت وزارة الدفاع في حكومة النظام إن وحداتها "أعادت انتشارها وتموضعها خارج المدينة" حفاظاً على أرواح المدنيين، فيما أفادت مصادر محلية بأن أرتالاً من قوات النظام انسحبت على عجل باتجاه مدينة حمص عبر الطريق الدولي "M5"، تاركة خلفها دبابات وذخائر.',
'وفي ريف حلب الشمالي، أعلن "الجيش الوطني السوري" استكمال السيطرة على مدينة تل رفعت والقرى المحيطة بها ضمن عملية "فجر الحرية"، بعد انسحاب عناصر تنظيم "بي كي كي/ واي بي جي" الإرهابي منها، وسط أنباء عن حشود للتنظيم في مدينة منبج.',
'من جهته، قال وزير الخارجية التركي هاكان فيدان إن على النظام السوري "الدخول في مصالحة حقيقية مع شعبه"، مؤكداً أن أنقرة لن تسمح لتنظيم "بي كي كي" باستغلال الفوضى لتهديد حدودها الجنوبية.',
'ميدانياً، شن الطيران الحربي الروسي غارات على مدينة إدلب أمس، ما أدى إلى مقتل 9 مدنيين وإصابة نحو 30 آخرين بحسب الدفاع المدني السوري "الخوذ البيضاء"، في حين بدأت فصائل المعارضة التقدم نحو مدينة الرستن شمالي حمص.',
'يذكر أن فصائل المعارضة كانت قد سيطرت على معظم أحياء مدينة حلب ومطار حلب الدولي في 30 نوفمبر/ تشرين الثاني الماضي، بينما تحتفظ "قسد" بالسيطرة على حيي الشيخ مقصود والأشرفية شمالي المدينة.',
]
D = '2024-12-06'   # Friday; a Turkish-run Arabic news site; its أمس (الخميس) is 2024-12-05
Y = '2024-12-05'
MOC = 'OTHER:military-operations-command'
IRM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:المعارضة السورية','ACTOR','FSA'), ('L0:حماة','LOCATION','hama'), ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:حمص','LOCATION','homs'),
 ('L1:ترك برس','ORG','turkpress'),
 ('L2:إدارة العمليات العسكرية','ACTOR',MOC), ('L2:فصائل المعارضة السورية','ACTOR','FSA'), ('L2:مدينة حماة','LOCATION','hama'),
 ('L2:وسط سوريا','LOCATION','central-syria'), ('L2:قوات نظام الأسد','ACTOR','SY_GOV'), ('L2:الميليشيات الإيرانية','ACTOR',IRM),
 ('L3:الإدارة','ACTOR',MOC), ('L3:حسن عبد الغني','PERSON','hassan-abdul-ghani'), ('L3:المعارضة','ACTOR','FSA'), ('L3:المدينة','LOCATION','hama'),
 ('L3:جبل زين العابدين','LOCATION','jabal-zayn-al-abidin'), ('L3:بلدة قمحانة','LOCATION','qamhana'),
 ('L3:مئات المعتقلين','QUANTITY',None,([100,999],True,'people')), ('L3:سجن حماة المركزي','LOCATION','hama-central-prison'),
 ('L4:وزارة الدفاع في حكومة النظام','ACTOR','SY_GOV'), ('L4:المدينة','LOCATION','hama'), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L4:مدينة حمص','LOCATION','homs'), ('L4:الطريق الدولي "M5"','LOCATION','m5-highway'), ('L4:دبابات وذخائر','WEAPON','tanks-and-ammunition'),
 ('L5:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'), ('L5:الجيش الوطني السوري','ACTOR','FSA'), ('L5:مدينة تل رفعت','LOCATION','tal-rifaat'),
 ('L5:القرى المحيطة بها','LOCATION','tal-rifaat-villages'), ('L5:تنظيم "بي كي كي/ واي بي جي"','ACTOR','YPG'), ('L5:لتنظيم','ACTOR','YPG'),
 ('L5:مدينة منبج','LOCATION','manbij'),
 ('L6:هاكان فيدان','PERSON','hakan-fidan'), ('L6:النظام السوري','ACTOR','SY_GOV'), ('L6:أنقرة','ACTOR','TR'), ('L6:تنظيم "بي كي كي"','ACTOR','PKK'),
 ('L7:الطيران الحربي الروسي','ACTOR','RU'), ('L7:مدينة إدلب','LOCATION','idlib'), ('L7:9 مدنيين','QUANTITY',None,(9,False,'killed')),
 ('L7:نحو 30 آخرين','QUANTITY',None,(30,True,'wounded')), ('L7:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L7:الخوذ البيضاء','ORG','syria-civil-defence'), ('L7:فصائل المعارضة','ACTOR','FSA'), ('L7:مدينة الرستن','LOCATION','rastan'), ('L7:حمص','LOCATION','homs'),
 ('L8:فصائل المعارضة','ACTOR','FSA'), ('L8:معظم أحياء مدينة حلب','LOCATION','aleppo-most-districts'), ('L8:مطار حلب الدولي','LOCATION','aleppo-airport'),
 ('L8:قسد','ACTOR','SDF'), ('L8:حيي الشيخ مقصود','LOCATION','sheikh-maqsoud'), ('L8:الأشرفية','LOCATION','ashrafieh'), ('L8:المدينة','LOCATION','aleppo'),
]
times = [
 ('L2:أمس الخميس', Y, 'day'),
 ('L2:27 نوفمبر/ تشرين الثاني الماضي', '2024-11-27', 'day'),
 ('L7:أمس', Y, 'day'),
 ('L8:30 نوفمبر/ تشرين الثاني الماضي', '2024-11-30', 'day'),
]
MOCS = 'إدارة العمليات العسكرية'
HAG = 'حسن عبد الغني'
SMOD = 'وزارة الدفاع في حكومة النظام'
LOC = 'مصادر محلية'
SNA = 'الجيش الوطني السوري'
FID = 'هاكان فيدان'
CD = 'الدفاع المدني السوري'
THU = 'L2:أمس الخميس'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=THU, actors=[MOC], attr=MOCS),                                                        # 1
 dict(type='CONTROL', trig='L2:السيطرة', time=THU, actors=[MOC], targets=['SY_GOV'], loc='L2:مدينة حماة', attr=MOCS),             # 2
 dict(type='ATTACK', trig='L2:معارك', actors=[MOC,'SY_GOV',IRM], loc='L2:مدينة حماة', attr=MOCS),                                  # 3
 dict(type='OPERATION', trig='L2:عملية', time='L2:27 نوفمبر/ تشرين الثاني الماضي', actors=[MOC], targets=['SY_GOV']),               # 4
 dict(type='STATEMENT', trig='L3:قال', actors=[MOC], attr=HAG),                                                                     # 5
 dict(type='MOVEMENT', trig='L3:دخلوا', time=THU, actors=['FSA'], loc='L3:المدينة', attr=HAG),                                     # 6
 dict(type='CONTROL', trig='L3:السيطرة', time=THU, actors=['FSA'], loc='L3:جبل زين العابدين', attr=HAG),                          # 7
 dict(type='STATEMENT', trig='L4:قالت', actors=['SY_GOV'], attr=SMOD),                                                              # 8
 dict(type='WITHDRAWAL', trig='L4:أعادت انتشارها', time=THU, actors=['SY_GOV'], loc='L4:المدينة', attr=SMOD),                       # 9
 dict(type='WITHDRAWAL', trig='L4:انسحبت', time=THU, actors=['SY_GOV'], attr=LOC),                                                  # 10
 dict(type='STATEMENT', trig='L5:أعلن', actors=['FSA'], attr=SNA),                                                                  # 11
 dict(type='CONTROL', trig='L5:السيطرة', actors=['FSA'], targets=['YPG'], loc='L5:مدينة تل رفعت', attr=SNA),                       # 12
 dict(type='OPERATION', trig='L5:عملية', actors=['FSA'], targets=['YPG'], attr=SNA),                                                # 13
 dict(type='WITHDRAWAL', trig='L5:انسحاب', actors=['YPG'], loc='L5:مدينة تل رفعت', attr=SNA),                                     # 14
 dict(type='MOVEMENT', trig='L5:حشود', actors=['YPG'], loc='L5:مدينة منبج'),                                                        # 15
 dict(type='STATEMENT', trig='L6:قال', actors=['TR'], attr=FID),                                                                    # 16
 dict(type='ATTACK', trig='L7:غارات', time='L7:أمس', actors=['RU'], loc='L7:مدينة إدلب', attr=CD, qty=['L7:9 مدنيين','L7:نحو 30 آخرين']),  # 17
 dict(type='MOVEMENT', trig='L7:التقدم', time='L7:أمس', actors=['FSA']),                                                            # 18
 dict(type='CONTROL', trig='L8:سيطرت', time='L8:30 نوفمبر/ تشرين الثاني الماضي', actors=['FSA'], loc='L8:معظم أحياء مدينة حلب'),   # 19
 dict(type='CONTROL', trig='L8:تحتفظ', actors=['SDF'], loc='L8:حيي الشيخ مقصود'),                                                  # 20
]
YD = (Y, 'day')
OD = (D, 'day')
N30 = ('2024-11-30', 'day')
forces = [
 dict(actor=MOC, loc=('مدينة حماة','hama'), as_of=YD, status='controls', source=MOCS, line=2, events=[2]),
 dict(actor=MOC, loc=('مدينة حماة','hama'), as_of=YD, status='present', source=MOCS, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('مدينة حماة','hama'), as_of=YD, status='present', source=MOCS, line=2, events=[3]),
 dict(actor=IRM, loc=('مدينة حماة','hama'), as_of=YD, status='present', source=MOCS, line=2, events=[3]),
 dict(actor='FSA', loc=('المدينة','hama'), as_of=YD, status='arrived', source=HAG, line=3, events=[6]),
 dict(actor='FSA', loc=('جبل زين العابدين','jabal-zayn-al-abidin'), as_of=YD, status='controls', source=HAG, line=3, events=[7]),
 dict(actor='FSA', loc=('بلدة قمحانة','qamhana'), as_of=YD, status='controls', source=HAG, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('المدينة','hama'), as_of=YD, status='withdrawn', source=SMOD, line=4, events=[9]),
 dict(actor='FSA', loc=('مدينة تل رفعت','tal-rifaat'), as_of=OD, status='controls', source=SNA, line=5, events=[12]),
 dict(actor='FSA', loc=('القرى المحيطة بها','tal-rifaat-villages'), as_of=OD, status='controls', source=SNA, line=5, events=[12]),
 dict(actor='YPG', loc=('مدينة تل رفعت','tal-rifaat'), as_of=(None, 'vague'), status='withdrawn', source=SNA, line=5, events=[14]),
 dict(actor='YPG', assets='حشود', loc=('مدينة منبج','manbij'), as_of=OD, status='reinforced', line=5, events=[15]),
 dict(actor='FSA', loc=('معظم أحياء مدينة حلب','aleppo-most-districts'), as_of=N30, status='controls', line=8, events=[19]),
 dict(actor='FSA', loc=('مطار حلب الدولي','aleppo-airport'), as_of=N30, status='controls', line=8, events=[19]),
 dict(actor='SDF', loc=('حيي الشيخ مقصود','sheikh-maqsoud'), as_of=OD, status='controls', line=8, events=[20]),
 dict(actor='SDF', loc=('الأشرفية','ashrafieh'), as_of=OD, status='controls', line=8, events=[20]),
]
build('turkpress-hama', None, 'ترك برس', D, L, ents, times, events, forces)
