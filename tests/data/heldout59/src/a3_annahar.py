from build import build
L = [
'هجوم لـ«النصرة» على مواقع «حزب الله» في جرود بريتال وعشرات القتلى',
'شن مسلحون من «جبهة النصرة» فجر أمس هجوماً واسعاً انطلاقاً من جرود القلمون السورية على مواقع لـ«حزب الله» في جرود بلدة بريتال البقاعية، قرب تلة عين الساعة، واستمرت الاشتباكات العنيفة حتى ما بعد الظهر.',
'وأفادت معلومات «النهار» بأن نحو 300 مسلح شاركوا في الهجوم على ثلاثة محاور، وتمكنوا في ساعاته الأولى من السيطرة على موقعين متقدمين للحزب، قبل أن يستعيدهما مقاتلوه بعد استقدام تعزيزات من بعلبك والنبي شيت.',
'وأعلنت «النصرة» عبر حسابها على «تويتر» أن مقاتليها «اقتحموا ثلاثة مواقع للحزب وقتلوا العشرات من عناصره»، ونشرت صوراً لأسلحة وذخائر تؤكد أنها غنمتها.',
'في المقابل، نقلت قناة «المنار» عن مصدر ميداني أن مقاتلي الحزب «صدوا الهجوم وكبدوا المهاجمين خسائر فادحة»، نافياً أن يكون المسلحون قد سيطروا على أي موقع، ومشيراً إلى مقتل 16 مسلحاً على الأقل وسقوط ثمانية شهداء للمقاومة.',
'وتزامناً مع الهجوم، شن الطيران الحربي السوري غارات عدة على تجمعات للمسلحين في جرود عسال الورد والجبة المقابلة، فيما قصفت مدفعية الحزب خطوط إمداد المهاجمين من الجانب اللبناني.',
'وعزز الجيش اللبناني انتشاره في محيط بريتال وحام ومعربون، وأقام حواجز جديدة على الطريق بين بعلبك والحدود، من دون أن يشارك في المعارك، بحسب مصدر عسكري تحدث لـ«النهار».',
'وفي بيروت، ترأس رئيس الحكومة تمام سلام اجتماعاً أمنياً طارئاً في السراي الحكومي، قال بعده إن «الدولة لن تسمح بتحويل البقاع ساحة لحروب الآخرين».',
'ويأتي الهجوم بعد شهرين على معركة عرسال في آب الماضي، التي خطف خلالها مسلحو «النصرة» و«داعش» أكثر من 30 عسكرياً ودركياً لا يزالون في قبضتهم، وأعدم التنظيمان ثلاثة منهم.',
'وترجح مصادر أمنية أن يكرر المسلحون هجماتهم مع اقتراب الشتاء، سعياً إلى فتح ممر نحو القرى البقاعية، بعدما ضيّق «حزب الله» والجيش السوري الخناق عليهم منذ سقوط يبرود في آذار الماضي.',
]
D = '2014-10-06'   # Monday; Beirut print daily, «أمس» is Sunday 5 October
Y = '2014-10-05'
LB = 'OTHER:lebanon'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:النصرة','ACTOR','NUSRA'), ('L0:حزب الله','ACTOR',HZ), ('L0:جرود بريتال','LOCATION','brital-outskirts'),
 ('L1:جبهة النصرة','ACTOR','NUSRA'), ('L1:جرود القلمون السورية','LOCATION','qalamoun-outskirts'), ('L1:حزب الله','ACTOR',HZ),
 ('L1:جرود بلدة بريتال','LOCATION','brital-outskirts'), ('L1:تلة عين الساعة','LOCATION','ain-al-saa-hill'),
 ('L2:النهار','ORG','annahar'), ('L2:نحو 300 مسلح','QUANTITY',None,(300,True,'fighters')), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L2:موقعين','QUANTITY',None,(2,False,'other')), ('L2:موقعين متقدمين','LOCATION','brital-outskirts-positions'), ('L2:لحزب','ACTOR',HZ),
 ('L2:بعلبك','LOCATION','baalbek'), ('L2:النبي شيت','LOCATION','nabi-sheet'),
 ('L3:النصرة','ACTOR','NUSRA'), ('L3:تويتر','ORG','twitter'), ('L3:ثلاثة مواقع','QUANTITY',None,(3,False,'other')), ('L3:لحزب','ACTOR',HZ),
 ('L3:العشرات','QUANTITY',None,([24,99],True,'killed')), ('L3:أسلحة','WEAPON','weapons'), ('L3:ذخائر','WEAPON','ammunition'),
 ('L4:المنار','ORG','almanar'), ('L4:الحزب','ACTOR',HZ), ('L4:المسلحون','ACTOR','NUSRA'), ('L4:16 مسلحاً على الأقل','QUANTITY',None,(16,True,'killed')),
 ('L4:ثمانية شهداء','QUANTITY',None,(8,False,'killed')), ('L4:لمقاومة','ACTOR',HZ),
 ('L5:الطيران الحربي السوري','ACTOR','SY_GOV'), ('L5:لمسلحين','ACTOR','NUSRA'), ('L5:جرود عسال الورد','LOCATION','assal-al-ward-outskirts'),
 ('L5:الجبة','LOCATION','al-jubba'), ('L5:مدفعية الحزب','ACTOR',HZ), ('L5:الجانب اللبناني','LOCATION','lebanon'),
 ('L6:الجيش اللبناني','ACTOR',LB), ('L6:محيط بريتال','LOCATION','brital'), ('L6:حام','LOCATION','ham'), ('L6:معربون','LOCATION','maarboun'),
 ('L6:الطريق','LOCATION','baalbek-border-road'), ('L6:بعلبك','LOCATION','baalbek'), ('L6:الحدود','LOCATION','lebanon-syria-border'), ('L6:النهار','ORG','annahar'),
 ('L7:بيروت','LOCATION','beirut'), ('L7:تمام سلام','PERSON','tammam-salam'), ('L7:السراي الحكومي','LOCATION','grand-serail'), ('L7:البقاع','LOCATION','bekaa'),
 ('L8:عرسال','LOCATION','arsal'), ('L8:النصرة','ACTOR','NUSRA'), ('L8:داعش','ACTOR','ISIS'), ('L8:أكثر من 30 عسكرياً','QUANTITY',None,(30,True,'arrested')),
 ('L8:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L9:المسلحون','ACTOR','NUSRA'), ('L9:القرى البقاعية','LOCATION','bekaa-villages'), ('L9:حزب الله','ACTOR',HZ), ('L9:الجيش السوري','ACTOR','SY_GOV'),
 ('L9:يبرود','LOCATION','yabroud'),
]
times = [
 ('L1:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L1:بعد الظهر', Y, 'part-of-day', {'part': 'noon'}),
 ('L8:آب الماضي', '2014-08', 'month'),
 ('L9:آذار الماضي', '2014-03', 'month'),
]
F = 'L1:فجر أمس'
NH = 'معلومات «النهار»'
MN = 'مصدر ميداني (المنار)'
events = [
 dict(type='ATTACK', trig='L1:هجوماً', time=F, actors=['NUSRA'], targets=[HZ], loc='L1:جرود بلدة بريتال'),                               # 1
 dict(type='ATTACK', trig='L1:الاشتباكات', time=F, actors=['NUSRA', HZ], loc='L1:جرود بلدة بريتال'),                                      # 2
 dict(type='ATTACK', trig='L2:الهجوم', time=F, actors=['NUSRA'], targets=[HZ], qty=['L2:نحو 300 مسلح', 'L2:ثلاثة محاور'], attr=NH),        # 3
 dict(type='CONTROL', trig='L2:السيطرة', time=F, actors=['NUSRA'], targets=[HZ], loc='L2:موقعين متقدمين', qty=['L2:موقعين'], attr=NH),     # 4
 dict(type='CONTROL', trig='L2:يستعيدهما', time=F, actors=[HZ], targets=['NUSRA'], loc='L2:موقعين متقدمين', attr=NH),                      # 5
 dict(type='MOVEMENT', trig='L2:استقدام', time=F, actors=[HZ], attr=NH),                                                                   # 6
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['NUSRA'], attr='النصرة'),                                                                 # 7
 dict(type='ATTACK', trig='L3:اقتحموا', time=F, actors=['NUSRA'], targets=[HZ], qty=['L3:ثلاثة مواقع'], attr='النصرة'),                    # 8
 dict(type='ATTACK', trig='L3:قتلوا', time=F, actors=['NUSRA'], targets=[HZ], qty=['L3:العشرات'], attr='النصرة'),                          # 9
 dict(type='ATTACK', trig='L4:صدوا', time=F, actors=[HZ], targets=['NUSRA'], attr=MN),                                                     # 10
 dict(type='ATTACK', trig='L4:الهجوم', time=F, actors=['NUSRA'], targets=[HZ], attr=MN),                                                   # 11
 dict(type='CONTROL', trig='L4:سيطروا', mod='denied', time=F, actors=['NUSRA'], targets=[HZ], attr=MN),                                    # 12
 dict(type='ATTACK', trig='L4:مقتل', time=F, actors=[HZ], targets=['NUSRA'], qty=['L4:16 مسلحاً على الأقل'], attr=MN),                     # 13
 dict(type='ATTACK', trig='L4:سقوط', time=F, targets=[HZ], qty=['L4:ثمانية شهداء'], attr=MN),                                             # 14
 dict(type='ATTACK', trig='L5:الهجوم', time=F, actors=['NUSRA'], targets=[HZ]),                                                           # 15
 dict(type='ATTACK', trig='L5:غارات', time=F, actors=['SY_GOV'], targets=['NUSRA'], loc='L5:جرود عسال الورد'),                             # 16
 dict(type='ATTACK', trig='L5:قصفت', time=F, actors=[HZ], targets=['NUSRA']),                                                             # 17
 dict(type='MOVEMENT', trig='L6:عزز', actors=[LB], loc='L6:محيط بريتال', attr='مصدر عسكري'),                                               # 18
 dict(type='BASE', trig='L6:أقام', actors=[LB], loc='L6:الطريق', attr='مصدر عسكري'),                                                      # 19
 dict(type='ATTACK', trig='L6:المعارك', mod='denied', actors=[LB], attr='مصدر عسكري'),                                                    # 20
 dict(type='STATEMENT', trig='L7:قال', actors=[LB], attr='تمام سلام'),                                                                    # 21
 dict(type='ATTACK', trig='L8:الهجوم', time=F, actors=['NUSRA'], targets=[HZ]),                                                           # 22
 dict(type='ATTACK', trig='L8:معركة', time='L8:آب الماضي', actors=['NUSRA', 'ISIS', LB], loc='L8:عرسال'),                                  # 23
 dict(type='ARREST', trig='L8:خطف', time='L8:آب الماضي', actors=['NUSRA', 'ISIS'], targets=[LB], loc='L8:عرسال', qty=['L8:أكثر من 30 عسكرياً']),  # 24
 dict(type='ATTACK', trig='L8:أعدم', actors=['NUSRA', 'ISIS'], targets=[LB], qty=['L8:ثلاثة']),                                            # 25
 dict(type='ATTACK', trig='L9:هجماتهم', mod='expected', actors=['NUSRA'], loc='L9:القرى البقاعية', attr='مصادر أمنية'),                    # 26
 dict(type='OPERATION', trig='L9:الخناق', actors=[HZ, 'SY_GOV'], targets=['NUSRA']),                                                       # 27
 dict(type='CONTROL', trig='L9:سقوط', time='L9:آذار الماضي', loc='L9:يبرود'),                                                             # 28
]
FP = (Y, 'part-of-day')
TD = (D, 'day')
AUG = ('2014-08', 'month')
forces = [
 dict(actor='NUSRA', loc=('جرود بلدة بريتال', 'brital-outskirts'), as_of=FP, status='present', line=1, events=[1, 2]),
 dict(actor=HZ, loc=('جرود بلدة بريتال', 'brital-outskirts'), as_of=FP, status='present', line=1, events=[2]),
 dict(actor=HZ, assets='مواقع', loc=('جرود بلدة بريتال', 'brital-outskirts'), as_of=FP, status='attacked', line=1, events=[1]),
 dict(actor='NUSRA', loc=('جرود القلمون السورية', 'qalamoun-outskirts'), as_of=FP, status='present', line=1, events=[1]),
 dict(actor='NUSRA', assets='تجمعات', loc=('جرود عسال الورد', 'assal-al-ward-outskirts'), as_of=FP, status='attacked', line=5, events=[16]),
 dict(actor='NUSRA', assets='تجمعات', loc=('الجبة', 'al-jubba'), as_of=FP, status='attacked', line=5, events=[16]),
 dict(actor=LB, loc=('محيط بريتال', 'brital'), as_of=TD, status='reinforced', source='مصدر عسكري', line=6, events=[18]),
 dict(actor=LB, loc=('حام', 'ham'), as_of=TD, status='reinforced', source='مصدر عسكري', line=6, events=[18]),
 dict(actor=LB, loc=('معربون', 'maarboun'), as_of=TD, status='reinforced', source='مصدر عسكري', line=6, events=[18]),
 dict(actor=LB, assets='حواجز جديدة', loc=('الطريق', 'baalbek-border-road'), as_of=TD, status='present', source='مصدر عسكري', line=6, events=[19]),
 dict(actor='NUSRA', loc=('عرسال', 'arsal'), as_of=AUG, status='present', line=8, events=[23]),
 dict(actor='ISIS', loc=('عرسال', 'arsal'), as_of=AUG, status='present', line=8, events=[23]),
]
build('annahar-brital-outskirts', None, 'النهار', D, L, ents, times, events, forces)
