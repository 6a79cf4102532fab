from build import build
L = [
'قافلة "سرايا أهل الشام" تغادر جرود عرسال نحو الرحيبة.. والجيش اللبناني يتسلم مواقعها',
'انطلقت ظهر اليوم الاثنين قافلة تقل مسلحي "سرايا أهل الشام" وعائلاتهم من منطقة وادي حميد في جرود عرسال باتجاه بلدة الرحيبة في القلمون الشرقي، تنفيذاً للاتفاق الذي أنجزه المدير العام للأمن العام اللواء عباس إبراهيم.',
'وأفاد مراسل المنار بأن نحو 40 حافلة وعشرات السيارات نقلت قرابة ثلاثة آلاف شخص، بينهم نحو 350 مسلحاً يحملون أسلحتهم الفردية، بعدما عبرت حاجز الجيش اللبناني في وادي حميد ثم معبر الزمراني.',
'وعند المعبر، تسلمت وحدات من الجيش السوري القافلة وواكبتها عبر طريق فليطة - الناصرية، على أن تصل إلى الرحيبة في ساعات المساء.',
'وبالتزامن، تسلم الجيش اللبناني المواقع التي أخلتها "السرايا" في وادي حميد والملاهي، ورفع العلم اللبناني فوقها، بعدما مشطتها وحدات الهندسة بحثاً عن ألغام وعبوات.',
'وقال مصدر عسكري لبناني لموقع المنار إن انسحاب "السرايا" يضع الجيش وجهاً لوجه مع تنظيم "داعش" في جرود رأس بعلبك والقاع، حيث ينتشر نحو 700 مسلح من التنظيم على مساحة تقارب 120 كيلومتراً مربعاً.',
'وكانت مدفعية الجيش وطوافاته قد استهدفت صباح اليوم بصواريخ موجهة تجمعات للتنظيم في وادي مرطبيا وجرود القاع، ما أدى إلى تدمير آليتين ومقتل عدد من المسلحين.',
'في المقلب السوري، تحشد المقاومة والجيش السوري قواتهما في جرود قارة والجراجير، استعداداً لمعركة تطهير القلمون الغربي من التنظيم، وسط ترجيحات بأن تنطلق خلال أيام.',
'ويأتي خروج "السرايا" بعد أسبوعين على إجلاء مسلحي "جبهة النصرة" وعائلاتهم إلى إدلب، في ختام معركة جرود عرسال التي أطلقتها المقاومة في 21 تموز الماضي، وأنجزت خلالها صفقة لتبادل الأسرى مع الجبهة.',
'وكان الأمين العام لحزب الله السيد حسن نصر الله قد أكد الأسبوع الماضي أن المقاومة والجيش السوري سيهاجمان "داعش" من الجهة السورية بالتزامن مع عملية الجيش اللبناني في الجرود.',
]
D = '2017-08-14'   # Monday; Al-Manar website, copy of its own day
LB = 'OTHER:lebanon'
HZ = 'HEZBOLLAH'
SAHS = 'OTHER:saraya-ahl-al-sham'
ents = [
 ('L0:سرايا أهل الشام','ACTOR',SAHS), ('L0:جرود عرسال','LOCATION','arsal-outskirts'), ('L0:الرحيبة','LOCATION','ruhaybah'), ('L0:الجيش اللبناني','ACTOR',LB),
 ('L1:سرايا أهل الشام','ACTOR',SAHS), ('L1:منطقة وادي حميد','LOCATION','wadi-hmeid'), ('L1:جرود عرسال','LOCATION','arsal-outskirts'),
 ('L1:بلدة الرحيبة','LOCATION','ruhaybah'), ('L1:القلمون الشرقي','LOCATION','eastern-qalamoun'), ('L1:لأمن العام','ACTOR',LB), ('L1:عباس إبراهيم','PERSON','abbas-ibrahim'),
 ('L2:المنار','ORG','almanar'), ('L2:نحو 40 حافلة','QUANTITY',None,(40,True,'vehicles')), ('L2:عشرات السيارات','QUANTITY',None,([24,99],True,'vehicles')),
 ('L2:قرابة ثلاثة آلاف شخص','QUANTITY',None,(3000,True,'people')), ('L2:نحو 350 مسلحاً','QUANTITY',None,(350,True,'fighters')),
 ('L2:أسلحتهم الفردية','WEAPON','small-arms'), ('L2:الجيش اللبناني','ACTOR',LB), ('L2:وادي حميد','LOCATION','wadi-hmeid'), ('L2:معبر الزمراني','LOCATION','zamrani-crossing'),
 ('L3:المعبر','LOCATION','zamrani-crossing'), ('L3:الجيش السوري','ACTOR','SY_GOV'), ('L3:طريق فليطة - الناصرية','LOCATION','flita-nasiriyah-road'),
 ('L3:الرحيبة','LOCATION','ruhaybah'),
 ('L4:الجيش اللبناني','ACTOR',LB), ('L4:المواقع','LOCATION','saraya-positions'), ('L4:السرايا','ACTOR',SAHS), ('L4:وادي حميد','LOCATION','wadi-hmeid'),
 ('L4:الملاهي','LOCATION','al-malahi'), ('L4:وحدات الهندسة','ACTOR',LB), ('L4:ألغام','WEAPON','mines'), ('L4:عبوات','WEAPON','ieds'),
 ('L5:موقع المنار','ORG','almanar'), ('L5:السرايا','ACTOR',SAHS), ('L5:الجيش','ACTOR',LB), ('L5:تنظيم "داعش"','ACTOR','ISIS'),
 ('L5:جرود رأس بعلبك','LOCATION','ras-baalbek-outskirts'), ('L5:القاع','LOCATION','qaa-outskirts'), ('L5:نحو 700 مسلح','QUANTITY',None,(700,True,'fighters')),
 ('L5:التنظيم','ACTOR','ISIS'), ('L5:تقارب 120 كيلومتراً مربعاً','QUANTITY',None,(120,True,'other')),
 ('L6:مدفعية الجيش','ACTOR',LB), ('L6:صواريخ موجهة','WEAPON','guided-missiles'), ('L6:لتنظيم','ACTOR','ISIS'), ('L6:وادي مرطبيا','LOCATION','wadi-martabiya'),
 ('L6:جرود القاع','LOCATION','qaa-outskirts'), ('L6:آليتين','QUANTITY',None,(2,False,'vehicles')), ('L6:آليتين#0','WEAPON','vehicles'), ('L6:المسلحين','ACTOR','ISIS'),
 ('L7:المقاومة','ACTOR',HZ), ('L7:الجيش السوري','ACTOR','SY_GOV'), ('L7:جرود قارة','LOCATION','qara-outskirts'), ('L7:الجراجير','LOCATION','jarajir-outskirts'),
 ('L7:القلمون الغربي','LOCATION','western-qalamoun'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L8:السرايا','ACTOR',SAHS), ('L8:جبهة النصرة','ACTOR','NUSRA'), ('L8:إدلب','LOCATION','idlib-governorate'), ('L8:جرود عرسال','LOCATION','arsal-outskirts'),
 ('L8:المقاومة','ACTOR',HZ), ('L8:الجبهة','ACTOR','NUSRA'),
 ('L9:حزب الله','ACTOR',HZ), ('L9:حسن نصر الله','PERSON','hassan-nasrallah'), ('L9:المقاومة','ACTOR',HZ), ('L9:الجيش السوري','ACTOR','SY_GOV'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:الجهة السورية','LOCATION','syria'), ('L9:الجيش اللبناني','ACTOR',LB), ('L9:الجرود','LOCATION','ras-baalbek-outskirts'),
]
times = [
 ('L1:ظهر اليوم الاثنين', D, 'part-of-day', {'part': 'noon'}),
 ('L3:ساعات المساء', D, 'part-of-day', {'part': 'evening'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L8:21 تموز الماضي', '2017-07-21', 'day'),
 ('L9:الأسبوع الماضي', '2017-08-07/2017-08-13', 'week'),
]
N = 'L1:ظهر اليوم الاثنين'
COR = 'مراسل المنار'
SRC = 'مصدر عسكري لبناني'
NAS = 'حسن نصر الله'
events = [
 dict(type='WITHDRAWAL', trig='L1:انطلقت', time=N, actors=[SAHS], loc='L1:منطقة وادي حميد'),                                              # 1
 dict(type='AGREEMENT', trig='L1:للاتفاق', actors=[SAHS, LB]),                                                                           # 2
 dict(type='WITHDRAWAL', trig='L2:نقلت', time=N, actors=[SAHS], weapons=['L2:أسلحتهم الفردية'],
      qty=['L2:نحو 40 حافلة', 'L2:عشرات السيارات', 'L2:قرابة ثلاثة آلاف شخص', 'L2:نحو 350 مسلحاً'], attr=COR),                            # 3
 dict(type='MOVEMENT', trig='L2:عبرت', time=N, actors=[SAHS], loc='L2:معبر الزمراني', attr=COR),                                          # 4
 dict(type='MOVEMENT', trig='L3:واكبتها', time=N, actors=['SY_GOV'], loc='L3:طريق فليطة - الناصرية'),                                      # 5
 dict(type='MOVEMENT', trig='L3:تصل', mod='planned', time='L3:ساعات المساء', actors=[SAHS], loc='L3:الرحيبة'),                             # 6
 dict(type='CONTROL', trig='L4:تسلم', time=N, actors=[LB], loc='L4:وادي حميد'),                                                           # 7
 dict(type='WITHDRAWAL', trig='L4:أخلتها', time=N, actors=[SAHS], loc='L4:المواقع'),                                                       # 8
 dict(type='OPERATION', trig='L4:مشطتها', time=N, actors=[LB], loc='L4:المواقع', weapons=[]),                                              # 9
 dict(type='WITHDRAWAL', trig='L5:انسحاب', time=N, actors=[SAHS], attr=SRC),                                                               # 10
 dict(type='MOVEMENT', trig='L5:ينتشر', actors=['ISIS'], loc='L5:جرود رأس بعلبك', qty=['L5:نحو 700 مسلح'], attr=SRC),                      # 11
 dict(type='ATTACK', trig='L6:استهدفت', time='L6:صباح اليوم', actors=[LB], targets=['ISIS'], loc='L6:وادي مرطبيا', weapons=['L6:صواريخ موجهة']),  # 12
 dict(type='MOVEMENT', trig='L7:تحشد', actors=[HZ, 'SY_GOV'], loc='L7:جرود قارة'),                                                        # 13
 dict(type='OPERATION', trig='L7:لمعركة', mod='planned', time='L7:خلال أيام', actors=[HZ, 'SY_GOV'], targets=['ISIS'], loc='L7:القلمون الغربي'),  # 14
 dict(type='WITHDRAWAL', trig='L8:خروج', time=N, actors=[SAHS]),                                                                           # 15
 dict(type='WITHDRAWAL', trig='L8:إجلاء', actors=['NUSRA'], loc='L8:إدلب'),                                                                # 16
 dict(type='OPERATION', trig='L8:معركة', time='L8:21 تموز الماضي', actors=[HZ], targets=['NUSRA'], loc='L8:جرود عرسال'),                    # 17
 dict(type='AGREEMENT', trig='L8:صفقة', actors=[HZ, 'NUSRA']),                                                                             # 18
 dict(type='ATTACK', trig='L9:سيهاجمان', mod='planned', actors=[HZ, 'SY_GOV'], targets=['ISIS'], loc='L9:الجهة السورية', attr=NAS),         # 19
 dict(type='OPERATION', trig='L9:عملية', mod='planned', actors=[LB], targets=['ISIS'], loc='L9:الجرود', attr=NAS),                         # 20
]
NP = (D, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor=SAHS, loc=('منطقة وادي حميد', 'wadi-hmeid'), as_of=NP, status='withdrawn', line=1, events=[1]),
 dict(actor=SAHS, loc=('جرود عرسال', 'arsal-outskirts'), as_of=NP, status='withdrawn', line=1, events=[1]),
 dict(actor=LB, assets='حاجز', loc=('وادي حميد', 'wadi-hmeid'), as_of=NP, status='present', source=COR, line=2, events=[]),
 dict(actor='SY_GOV', loc=('المعبر', 'zamrani-crossing'), as_of=NP, status='present', line=3, events=[5]),
 dict(actor='SY_GOV', loc=('طريق فليطة - الناصرية', 'flita-nasiriyah-road'), as_of=NP, status='present', line=3, events=[5]),
 dict(actor=LB, loc=('وادي حميد', 'wadi-hmeid'), as_of=NP, status='controls', line=4, events=[7]),
 dict(actor=LB, loc=('الملاهي', 'al-malahi'), as_of=NP, status='controls', line=4, events=[7]),
 dict(actor=SAHS, loc=('وادي حميد', 'wadi-hmeid'), as_of=NP, status='withdrawn', line=4, events=[8]),
 dict(actor=SAHS, loc=('الملاهي', 'al-malahi'), as_of=NP, status='withdrawn', line=4, events=[8]),
 dict(actor='ISIS', strength=(700, True, 'fighters'), loc=('جرود رأس بعلبك', 'ras-baalbek-outskirts'), as_of=TD, status='present', source=SRC, line=5, events=[11]),
 dict(actor='ISIS', strength=(700, True, 'fighters'), loc=('القاع', 'qaa-outskirts'), as_of=TD, status='present', source=SRC, line=5, events=[11]),
 dict(actor='ISIS', assets='تجمعات', loc=('وادي مرطبيا', 'wadi-martabiya'), as_of=NP, status='attacked', line=6, events=[12]),
 dict(actor='ISIS', assets='تجمعات', loc=('جرود القاع', 'qaa-outskirts'), as_of=NP, status='attacked', line=6, events=[12]),
 dict(actor=HZ, loc=('جرود قارة', 'qara-outskirts'), as_of=TD, status='reinforced', line=7, events=[13]),
 dict(actor=HZ, loc=('الجراجير', 'jarajir-outskirts'), as_of=TD, status='reinforced', line=7, events=[13]),
 dict(actor='SY_GOV', loc=('جرود قارة', 'qara-outskirts'), as_of=TD, status='reinforced', line=7, events=[13]),
 dict(actor='SY_GOV', loc=('الجراجير', 'jarajir-outskirts'), as_of=TD, status='reinforced', line=7, events=[13]),
 dict(actor=HZ, loc=('جرود عرسال', 'arsal-outskirts'), as_of=('2017-07-21', 'day'), status='present', line=8, events=[17]),
]
build('almanar-saraya-ahl-al-sham-exit', None, 'المنار', D, L, ents, times, events, forces)
