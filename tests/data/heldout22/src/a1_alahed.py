from build import build
L = [
'المقاومة تحرر تلة موسى أعلى قمم القلمون.. والمسلحون يفرون نحو جرود عرسال',
'حرر مجاهدو المقاومة الإسلامية، بالتعاون مع وحدات من الجيش العربي السوري، اليوم الثلاثاء، تلة موسى الاستراتيجية، أعلى قمة في سلسلة جبال القلمون الغربي، بعد معارك عنيفة مع إرهابيي "جبهة النصرة" بدأت فجر الأحد.',
'وأفاد مراسل موقع "العهد" في القلمون بأن المجاهدين تقدموا على ثلاثة محاور انطلاقاً من جرود الجبة وعسال الورد، وتمركزوا على قمة التلة التي يبلغ ارتفاعها نحو 2570 متراً، في حين فرّ من تبقى من مسلحي "النصرة" باتجاه جرود عرسال.',
'وبحسب الإعلام الحربي، أسفرت المعارك عن مقتل أكثر من 40 مسلحاً وتدمير ست آليات مزودة برشاشات ثقيلة، بينما عثر المجاهدون على مخازن أسلحة وذخائر تركها المسلحون خلفهم.',
'وأشار المراسل إلى أن سلاح الجو السوري شن صباح اليوم غارات مكثفة على تجمعات المسلحين وخطوط إمدادهم في جرود رأس المعرة وفليطة، تزامناً مع قصف مدفعي نفذته المقاومة على معابرهم نحو الأراضي اللبنانية.',
'وكانت المقاومة قد سيطرت، الأسبوع الماضي، على مرتفعات قرنة النحلة وتلة الثلاجة المشرفة على بلدة الجبة، في إطار عملية واسعة انطلقت في الرابع من أيار الجاري لتأمين القرى الحدودية اللبنانية والسورية من خطر الجماعات التكفيرية.',
'في المقابل، نفى مصدر ميداني في المقاومة ما روجته صفحات المسلحين عن "هجوم معاكس" على التلة، مؤكداً أن فرق الهندسة باشرت تفكيك العبوات الناسفة التي زرعها التكفيريون على الطرق المؤدية إليها.',
'وعلى الجانب اللبناني، استهدف الجيش اللبناني بالمدفعية الثقيلة، ليل أمس، تجمعات لمسلحي "داعش" و"النصرة" في جرود عرسال ورأس بعلبك، فيما عزز مواقعه في محيط وادي حميد بآليات وعناصر إضافية.',
'وكان الأمين العام لحزب الله سماحة السيد حسن نصر الله قد أكد في كلمته الثلاثاء الماضي أن المقاومة ستواصل عملياتها في القلمون "حتى تطهير الجرود وإبعاد الخطر عن قرانا"، في حين تقدّر مصادر ميدانية عدد المسلحين المتحصنين في جرود القلمون وعرسال بنحو ألفي مسلح من "النصرة" و"داعش".',
]
D = '2015-05-12'   # Tuesday; Hezbollah's news site, copy of its day
SUN = '2015-05-10'
MON = '2015-05-11'
HZ = 'HEZBOLLAH'
LB = 'OTHER:lebanon'
ents = [
 ('L0:المقاومة','ACTOR',HZ), ('L0:تلة موسى','LOCATION','tal-moussa'), ('L0:القلمون','LOCATION','qalamoun'), ('L0:جرود عرسال','LOCATION','arsal-outskirts'),
 ('L1:المقاومة الإسلامية','ACTOR',HZ), ('L1:الجيش العربي السوري','ACTOR','SY_GOV'), ('L1:تلة موسى','LOCATION','tal-moussa'),
 ('L1:سلسلة جبال القلمون الغربي','LOCATION','western-qalamoun'), ('L1:جبهة النصرة','ACTOR','NUSRA'),
 ('L2:العهد','ORG','alahed'), ('L2:القلمون','LOCATION','qalamoun'), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L2:جرود الجبة','LOCATION','jubba-outskirts'), ('L2:عسال الورد','LOCATION','assal-al-ward'), ('L2:قمة التلة','LOCATION','tal-moussa'),
 ('L2:نحو 2570 متراً','QUANTITY',None,(2570,True,'other')), ('L2:النصرة','ACTOR','NUSRA'), ('L2:جرود عرسال','LOCATION','arsal-outskirts'),
 ('L3:الإعلام الحربي','ORG','hezbollah-war-media'), ('L3:أكثر من 40 مسلحاً','QUANTITY',None,(40,True,'killed')),
 ('L3:ست آليات','QUANTITY',None,(6,False,'vehicles')), ('L3:آليات','WEAPON','vehicles'), ('L3:رشاشات ثقيلة','WEAPON','heavy-machine-guns'),
 ('L3:أسلحة','WEAPON','weapons'), ('L3:ذخائر','WEAPON','ammunition'),
 ('L4:سلاح الجو السوري','ACTOR','SY_GOV'), ('L4:جرود رأس المعرة','LOCATION','ras-al-maarra-outskirts'), ('L4:فليطة','LOCATION','flita'),
 ('L4:المقاومة','ACTOR',HZ), ('L4:الأراضي اللبنانية','LOCATION','lebanon'),
 ('L5:المقاومة','ACTOR',HZ), ('L5:مرتفعات قرنة النحلة','LOCATION','qurnat-al-nahla'), ('L5:تلة الثلاجة','LOCATION','tal-al-thallaja'),
 ('L5:بلدة الجبة','LOCATION','jubba'),
 ('L6:المقاومة','ACTOR',HZ), ('L6:التلة','LOCATION','tal-moussa'), ('L6:العبوات الناسفة','WEAPON','ieds'), ('L6:التكفيريون','ACTOR','NUSRA'),
 ('L7:الجيش اللبناني','ACTOR',LB), ('L7:المدفعية الثقيلة','WEAPON','heavy-artillery'), ('L7:داعش','ACTOR','ISIS'), ('L7:النصرة','ACTOR','NUSRA'),
 ('L7:جرود عرسال','LOCATION','arsal-outskirts'), ('L7:رأس بعلبك','LOCATION','ras-baalbek'), ('L7:وادي حميد','LOCATION','wadi-hmeid'),
 ('L7:آليات','WEAPON','vehicles'),
 ('L8:حزب الله','ACTOR',HZ), ('L8:حسن نصر الله','PERSON','hassan-nasrallah'), ('L8:المقاومة','ACTOR',HZ), ('L8:القلمون#0','LOCATION','qalamoun'),
 ('L8:الجرود','LOCATION','qalamoun-outskirts'), ('L8:جرود القلمون','LOCATION','qalamoun-outskirts'), ('L8:عرسال','LOCATION','arsal-outskirts'),
 ('L8:نحو ألفي مسلح','QUANTITY',None,(2000,True,'fighters')), ('L8:النصرة','ACTOR','NUSRA'), ('L8:داعش','ACTOR','ISIS'),
]
times = [
 ('L1:اليوم الثلاثاء', D, 'day'),
 ('L1:فجر الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L4:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:الأسبوع الماضي', '2015-05-04/2015-05-10', 'week'),
 ('L5:الرابع من أيار الجاري', '2015-05-04', 'day'),
 ('L7:ليل أمس', MON, 'part-of-day', {'part': 'night'}),
 ('L8:الثلاثاء الماضي', '2015-05-05', 'day'),
]
T = 'L1:اليوم الثلاثاء'
S = 'L1:فجر الأحد'
COR = 'مراسل موقع "العهد"'
WM = 'الإعلام الحربي'
FLD = 'مصدر ميداني في المقاومة'
events = [
 dict(type='CONTROL', trig='L1:حرر', time=T, actors=[HZ, 'SY_GOV'], targets=['NUSRA'], loc='L1:تلة موسى'),                                 # 1
 dict(type='ATTACK', trig='L1:معارك', time=S, actors=[HZ, 'SY_GOV', 'NUSRA'], loc='L1:تلة موسى'),                                         # 2
 dict(type='MOVEMENT', trig='L2:تقدموا', time=T, actors=[HZ], loc='L2:جرود الجبة', qty=['L2:ثلاثة محاور'], attr=COR),                        # 3
 dict(type='MOVEMENT', trig='L2:تمركزوا', time=T, actors=[HZ], loc='L2:قمة التلة', attr=COR),                                              # 4
 dict(type='WITHDRAWAL', trig='L2:فرّ', time=T, actors=['NUSRA'], loc='L2:قمة التلة', attr=COR),                                             # 5
 dict(type='ATTACK', trig='L3:المعارك', time=S, actors=[HZ, 'SY_GOV', 'NUSRA'], qty=['L3:أكثر من 40 مسلحاً', 'L3:ست آليات'], attr=WM),       # 6
 dict(type='ATTACK', trig='L4:غارات', time='L4:صباح اليوم', actors=['SY_GOV'], loc='L4:جرود رأس المعرة', attr=COR),                         # 7
 dict(type='ATTACK', trig='L4:قصف', time='L4:صباح اليوم', actors=[HZ], attr=COR),                                                         # 8
 dict(type='CONTROL', trig='L5:سيطرت', time='L5:الأسبوع الماضي', actors=[HZ], loc='L5:مرتفعات قرنة النحلة'),                                # 9
 dict(type='OPERATION', trig='L5:عملية', time='L5:الرابع من أيار الجاري', actors=[HZ]),                                                   # 10
 dict(type='ATTACK', trig='L6:هجوم', mod='denied', actors=['NUSRA'], targets=[HZ], loc='L6:التلة', attr=FLD),                                # 11
 dict(type='OPERATION', trig='L6:تفكيك', actors=[HZ], attr=FLD),                                                                         # 12
 dict(type='ATTACK', trig='L7:استهدف', time='L7:ليل أمس', actors=[LB], targets=['ISIS', 'NUSRA'], loc='L7:جرود عرسال',
      weapons=['L7:المدفعية الثقيلة']),                                                                                                  # 13
 dict(type='MOVEMENT', trig='L7:عزز', time='L7:ليل أمس', actors=[LB], loc='L7:وادي حميد', weapons=['L7:آليات']),                              # 14
 dict(type='OPERATION', trig='L8:عملياتها', mod='planned', actors=[HZ], loc='L8:القلمون#0', attr='حسن نصر الله'),                              # 15
]
TD = (D, 'day')
SD = (SUN, 'part-of-day')
ND = (MON, 'part-of-day')
WK = ('2015-05-04/2015-05-10', 'week')
forces = [
 dict(actor=HZ, loc=('تلة موسى', 'tal-moussa'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('تلة موسى', 'tal-moussa'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor='NUSRA', loc=('تلة موسى', 'tal-moussa'), as_of=SD, status='present', line=1, events=[2]),
 dict(actor=HZ, loc=('قمة التلة', 'tal-moussa'), as_of=TD, status='arrived', source=COR, line=2, events=[3, 4]),
 dict(actor='NUSRA', loc=('قمة التلة', 'tal-moussa'), as_of=TD, status='withdrawn', source=COR, line=2, events=[5]),
 dict(actor=HZ, loc=('مرتفعات قرنة النحلة', 'qurnat-al-nahla'), as_of=WK, status='controls', line=5, events=[9]),
 dict(actor=HZ, loc=('تلة الثلاجة', 'tal-al-thallaja'), as_of=WK, status='controls', line=5, events=[9]),
 dict(actor='ISIS', loc=('جرود عرسال', 'arsal-outskirts'), as_of=ND, status='attacked', line=7, events=[13]),
 dict(actor='NUSRA', loc=('جرود عرسال', 'arsal-outskirts'), as_of=ND, status='attacked', line=7, events=[13]),
 dict(actor='ISIS', loc=('رأس بعلبك', 'ras-baalbek'), as_of=ND, status='attacked', line=7, events=[13]),
 dict(actor='NUSRA', loc=('رأس بعلبك', 'ras-baalbek'), as_of=ND, status='attacked', line=7, events=[13]),
 dict(actor=LB, assets='آليات وعناصر إضافية', loc=('وادي حميد', 'wadi-hmeid'), as_of=ND, status='reinforced', line=7, events=[14]),
 dict(actor='NUSRA', strength=(2000, True, 'fighters'), loc=('جرود القلمون', 'qalamoun-outskirts'), as_of=TD, status='present', source='مصادر ميدانية', line=8),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('جرود القلمون', 'qalamoun-outskirts'), as_of=TD, status='present', source='مصادر ميدانية', line=8),
 dict(actor='NUSRA', strength=(2000, True, 'fighters'), loc=('عرسال', 'arsal-outskirts'), as_of=TD, status='present', source='مصادر ميدانية', line=8),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('عرسال', 'arsal-outskirts'), as_of=TD, status='present', source='مصادر ميدانية', line=8),
]
build('alahed-tal-moussa', None, 'العهد', D, L, ents, times, events, forces)
