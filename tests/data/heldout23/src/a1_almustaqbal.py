from build import build
L = [
'«حزب الله» يعلن السيطرة على تلة موسى.. والثوار: انسحاب تكتيكي والمعركة «كرّ وفرّ»',
'بيروت ـ «المستقبل»: أعلنت ميليشيا «حزب الله»، أمس الثلاثاء، عبر قناة «المنار» الناطقة باسمها، سيطرتها مع جيش النظام السوري على تلة موسى، أعلى قمم جرود القلمون الغربي، بعد معارك مع مقاتلي «جيش الفتح» استمرت ثلاثة أيام.',
'غير أن مصادر في المعارضة السورية المسلحة أكدت لـ«المستقبل» أن الثوار انسحبوا من التلة «انسحاباً تكتيكياً» بعد تعرضها لأكثر من 200 غارة وقذيفة صاروخية في يومين، وأنهم ما زالوا يتحصنون في جرود الجبة ورأس المعرة.',
'وأضافت المصادر أن مقاتلي «جيش الفتح» شنوا ليل أمس هجوماً معاكساً على مواقع الحزب في محيط جرود عسال الورد، وقتلوا ثمانية من عناصره، ودمروا آلية رباعية الدفع مزودة برشاش ثقيل.',
'في المقابل، زعم «الإعلام الحربي» التابع للحزب أن «أكثر من 30 إرهابياً» قتلوا في المعارك، وأن وحداته «تطارد فلول المسلحين» باتجاه جرود عرسال.',
'ويقدّر ناشطون في القلمون عدد مقاتلي الحزب المنتشرين في الجرود بنحو ثلاثة آلاف عنصر، تساندهم وحدات من الفرقة الثالثة في جيش الأسد تتمركز في بلدتي فليطة والجبة، فيما يشن الطيران الحربي غارات يومية على مواقع المسلحين.',
'وعلى الجانب اللبناني، عزز الجيش اللبناني انتشاره على التلال المشرفة على عرسال ورأس بعلبك، ودفع بنحو 300 عنصر من فوج المغاوير إلى محيط وادي حميد، تحسباً لهجمات قد يشنها المسلحون على مواقعه، بحسب مصدر أمني.',
'ونفى مصدر عسكري لبناني لـ«المستقبل» أن يكون الجيش قد شارك في معارك القلمون «بأي شكل»، مؤكداً أن وحداته «تلتزم حماية الحدود وعرسال وأهلها».',
'وكان الأمين العام للحزب حسن نصرالله قد أعلن في الخامس من أيار الجاري أن «معركة القلمون بدأت»، رافضاً الإفصاح عن توقيتها أو حدودها الجغرافية.',
'سياسياً، قال رئيس كتلة «المستقبل» النيابية الرئيس فؤاد السنيورة إن «تورط الحزب في الحرب السورية يجرّ لبنان إلى الهاوية»، داعياً الحكومة إلى نشر الجيش على كامل الحدود الشرقية.',
]
D = '2015-05-13'   # Wednesday; Beirut daily, web copy of its day
TUE = '2015-05-12'
HZ = 'HEZBOLLAH'
JF = 'OTHER:jaish-al-fateh'
LB = 'OTHER:lebanon'
ents = [
 ('L0:حزب الله','ACTOR',HZ), ('L0:تلة موسى','LOCATION','tallat-moussa'), ('L0:الثوار','ACTOR','FSA'),
 ('L1:بيروت','LOCATION','beirut'), ('L1:المستقبل','ORG','almustaqbal'), ('L1:حزب الله','ACTOR',HZ), ('L1:المنار','ORG','almanar'),
 ('L1:جيش النظام السوري','ACTOR','SY_GOV'), ('L1:تلة موسى','LOCATION','tallat-moussa'), ('L1:جرود القلمون الغربي','LOCATION','western-qalamoun-heights'),
 ('L1:جيش الفتح','ACTOR',JF), ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L2:المعارضة السورية المسلحة','ACTOR','FSA'), ('L2:المستقبل','ORG','almustaqbal'), ('L2:الثوار','ACTOR','FSA'), ('L2:التلة','LOCATION','tallat-moussa'),
 ('L2:أكثر من 200 غارة','QUANTITY',None,(200,True,'other')), ('L2:قذيفة صاروخية','WEAPON','rockets'), ('L2:يومين','QUANTITY',None,(2,False,'other')),
 ('L2:جرود الجبة','LOCATION','jubbah-heights'), ('L2:رأس المعرة','LOCATION','ras-al-maarra'),
 ('L3:جيش الفتح','ACTOR',JF), ('L3:الحزب','ACTOR',HZ), ('L3:جرود عسال الورد','LOCATION','assal-al-ward-heights'),
 ('L3:ثمانية','QUANTITY',None,(8,False,'killed')), ('L3:آلية رباعية الدفع','WEAPON','4x4-vehicle'), ('L3:رشاش ثقيل','WEAPON','heavy-machine-gun'),
 ('L4:الإعلام الحربي','ORG','hezbollah-war-media'), ('L4:لحزب','ACTOR',HZ), ('L4:أكثر من 30 إرهابياً','QUANTITY',None,(30,True,'killed')),
 ('L4:جرود عرسال','LOCATION','arsal-heights'),
 ('L5:القلمون','LOCATION','qalamoun'), ('L5:الحزب','ACTOR',HZ), ('L5:الجرود','LOCATION','western-qalamoun-heights'),
 ('L5:نحو ثلاثة آلاف عنصر','QUANTITY',None,(3000,True,'fighters')), ('L5:الفرقة الثالثة','ACTOR','SY_GOV'), ('L5:جيش الأسد','ACTOR','SY_GOV'),
 ('L5:بلدتي فليطة','LOCATION','flita'), ('L5:الجبة','LOCATION','jubbah'), ('L5:الطيران الحربي','WEAPON','warplanes'),
 ('L6:الجيش اللبناني','ACTOR',LB), ('L6:عرسال','LOCATION','arsal'), ('L6:رأس بعلبك','LOCATION','ras-baalbek'),
 ('L6:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L6:فوج المغاوير','ACTOR',LB), ('L6:وادي حميد','LOCATION','wadi-hmeid'),
 ('L7:المستقبل','ORG','almustaqbal'), ('L7:الجيش','ACTOR',LB), ('L7:القلمون','LOCATION','qalamoun'), ('L7:الحدود','LOCATION','lebanon-syria-border'),
 ('L7:عرسال','LOCATION','arsal'),
 ('L8:لحزب','ACTOR',HZ), ('L8:حسن نصرالله','PERSON','hassan-nasrallah'), ('L8:القلمون','LOCATION','qalamoun'),
 ('L9:كتلة «المستقبل» النيابية','ORG','future-bloc'), ('L9:فؤاد السنيورة','PERSON','fouad-siniora'), ('L9:الحزب','ACTOR',HZ),
 ('L9:لبنان','LOCATION','lebanon'), ('L9:الحكومة','ACTOR',LB), ('L9:الجيش','ACTOR',LB), ('L9:الحدود الشرقية','LOCATION','lebanon-syria-border'),
]
times = [
 ('L1:أمس الثلاثاء', TUE, 'day'),
 ('L3:ليل أمس', TUE, 'part-of-day', {'part': 'night'}),
 ('L8:الخامس من أيار الجاري', '2015-05-05', 'day'),
]
T = 'L1:أمس الثلاثاء'
OPP = 'مصادر في المعارضة السورية المسلحة'
ACT = 'ناشطون في القلمون'
SEC = 'مصدر أمني'
NAS = 'حسن نصرالله'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=[HZ], attr='حزب الله (المنار)'),                                            # 1
 dict(type='CONTROL', trig='L1:سيطرتها', time=T, actors=[HZ, 'SY_GOV'], targets=[JF], loc='L1:تلة موسى', attr='حزب الله (المنار)'),   # 2
 dict(type='ATTACK', trig='L1:معارك', actors=[HZ, 'SY_GOV', JF], qty=['L1:ثلاثة أيام'], attr='حزب الله (المنار)'),                  # 3
 dict(type='WITHDRAWAL', trig='L2:انسحبوا', time=T, actors=['FSA'], loc='L2:التلة', attr=OPP),                                      # 4
 dict(type='ATTACK', trig='L2:غارة', targets=['FSA'], loc='L2:التلة', weapons=['L2:قذيفة صاروخية'],
      qty=['L2:أكثر من 200 غارة', 'L2:يومين'], attr=OPP),                                                                         # 5
 dict(type='ATTACK', trig='L3:هجوماً', time='L3:ليل أمس', actors=[JF], targets=[HZ], loc='L3:جرود عسال الورد', attr=OPP),           # 6
 dict(type='ATTACK', trig='L3:قتلوا', time='L3:ليل أمس', actors=[JF], targets=[HZ], qty=['L3:ثمانية'], attr=OPP),                   # 7
 dict(type='ATTACK', trig='L3:دمروا', time='L3:ليل أمس', actors=[JF], targets=[HZ], attr=OPP),                                      # 8
 dict(type='ATTACK', trig='L4:المعارك', actors=[HZ, 'SY_GOV', JF], qty=['L4:أكثر من 30 إرهابياً'], attr='الإعلام الحربي'),           # 9
 dict(type='OPERATION', trig='L4:تطارد', actors=[HZ], attr='الإعلام الحربي'),                                                       # 10
 dict(type='MOVEMENT', trig='L5:المنتشرين', actors=[HZ], loc='L5:الجرود', qty=['L5:نحو ثلاثة آلاف عنصر'], attr=ACT),                 # 11
 dict(type='MOVEMENT', trig='L5:تتمركز', actors=['SY_GOV'], loc='L5:بلدتي فليطة', attr=ACT),                                        # 12
 dict(type='ATTACK', trig='L5:غارات', weapons=['L5:الطيران الحربي'], attr=ACT),                                                     # 13
 dict(type='MOVEMENT', trig='L6:عزز', actors=[LB], loc='L6:عرسال', attr=SEC),                                                       # 14
 dict(type='MOVEMENT', trig='L6:دفع', actors=[LB], loc='L6:وادي حميد', qty=['L6:نحو 300 عنصر'], attr=SEC),                          # 15
 dict(type='ATTACK', trig='L6:لهجمات', mod='expected', targets=[LB], attr=SEC),                                                     # 16
 dict(type='ATTACK', trig='L7:معارك', mod='denied', actors=[LB], loc='L7:القلمون', attr='مصدر عسكري لبناني'),                        # 17
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:الخامس من أيار الجاري', actors=[HZ], attr=NAS),                                    # 18
 dict(type='OPERATION', trig='L8:معركة', time='L8:الخامس من أيار الجاري', actors=[HZ], loc='L8:القلمون', attr=NAS),                  # 19
 dict(type='STATEMENT', trig='L9:قال', attr='فؤاد السنيورة'),                                                                      # 20
 dict(type='MOVEMENT', trig='L9:نشر', mod='planned', actors=[LB], loc='L9:الحدود الشرقية', attr='فؤاد السنيورة'),                    # 21
]
TD = (TUE, 'day')
TN = (TUE, 'part-of-day')
DD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor=HZ, loc=('تلة موسى', 'tallat-moussa'), as_of=TD, status='controls', source='حزب الله (المنار)', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('تلة موسى', 'tallat-moussa'), as_of=TD, status='controls', source='حزب الله (المنار)', line=1, events=[2]),
 dict(actor='FSA', loc=('التلة', 'tallat-moussa'), as_of=TD, status='withdrawn', source=OPP, line=2, events=[4]),
 dict(actor='FSA', loc=('التلة', 'tallat-moussa'), as_of=V, status='attacked', source=OPP, line=2, events=[5]),
 dict(actor='FSA', loc=('جرود الجبة', 'jubbah-heights'), as_of=DD, status='present', source=OPP, line=2),
 dict(actor='FSA', loc=('رأس المعرة', 'ras-al-maarra'), as_of=DD, status='present', source=OPP, line=2),
 dict(actor=JF, loc=('جرود عسال الورد', 'assal-al-ward-heights'), as_of=TN, status='present', source=OPP, line=3, events=[6]),
 dict(actor=HZ, loc=('جرود عسال الورد', 'assal-al-ward-heights'), as_of=TN, status='present', source=OPP, line=3, events=[6]),
 dict(actor=HZ, strength=(3000, True, 'fighters'), loc=('الجرود', 'western-qalamoun-heights'), as_of=DD, status='present', source=ACT, line=5, events=[11]),
 dict(actor='SY_GOV', loc=('بلدتي فليطة', 'flita'), as_of=DD, status='present', source=ACT, line=5, events=[12]),
 dict(actor='SY_GOV', loc=('الجبة', 'jubbah'), as_of=DD, status='present', source=ACT, line=5, events=[12]),
 dict(actor=LB, loc=('عرسال', 'arsal'), as_of=DD, status='reinforced', source=SEC, line=6, events=[14]),
 dict(actor=LB, loc=('رأس بعلبك', 'ras-baalbek'), as_of=DD, status='reinforced', source=SEC, line=6, events=[14]),
 dict(actor=LB, strength=(300, True, 'troops'), assets='فوج المغاوير', loc=('وادي حميد', 'wadi-hmeid'), as_of=DD, status='reinforced', source=SEC, line=6, events=[15]),
]
build('almustaqbal-tallat-moussa', None, 'المستقبل', D, L, ents, times, events, forces)
