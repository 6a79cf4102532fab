from build import build
L = [
'بايدن: مقتل زعيم داعش أبو إبراهيم القرشي في عملية أميركية شمالي سوريا',
'أبوظبي - سكاي نيوز عربية',
'أعلن الرئيس الأميركي جو بايدن، الخميس، أن القوات الأميركية قتلت زعيم تنظيم داعش أبو إبراهيم الهاشمي القرشي، خلال عملية لمكافحة الإرهاب نفذتها قوات خاصة ليل الأربعاء في بلدة أطمة بمحافظة إدلب، قرب الحدود مع تركيا.',
'وقال بايدن في كلمة من البيت الأبيض إن القرشي "فجّر قنبلة قتلته مع أفراد من عائلته، بينهم نساء وأطفال" مع وصول القوات الأميركية إلى المنزل الذي كان يتحصن فيه، مؤكدا أن أي عسكري أميركي لم يصب في العملية.',
'وذكرت مصادر محلية ومنظمة "الخوذ البيضاء" أن 13 شخصا على الأقل، بينهم ستة أطفال وأربع نساء، قتلوا خلال العملية التي شاركت فيها مروحيات هبطت في محيط البلدة، واستمرت الاشتباكات فيها نحو ساعتين.',
'وأفاد شهود عيان لـ"سكاي نيوز عربية" بأن القوات الأميركية وجهت نداءات عبر مكبرات الصوت إلى سكان المنزل تطالبهم بالاستسلام، قبل أن تقتحمه بمساندة طائرات مسيّرة.',
'ونقلت وكالة "أسوشيتد برس" عن مسؤولين أميركيين أن المروحيات أقلعت من قاعدة في شمال شرق سوريا، وأن نحو 24 عنصرا من القوات الخاصة شاركوا في العملية.',
'وتعد هذه أكبر عملية أميركية في إدلب منذ مقتل زعيم التنظيم السابق أبو بكر البغدادي في بلدة باريشا القريبة في أكتوبر 2019.',
'ويأتي ذلك بعد أيام من استعادة "قسد" السيطرة الكاملة على سجن غويران في مدينة الحسكة، الذي هاجمه عناصر من داعش في 20 يناير الماضي في محاولة لتحرير آلاف المعتقلين من رفاقهم.',
'ولا يزال نحو 900 جندي أميركي ينتشرون في مناطق سيطرة "قسد" شمال شرقي سوريا ضمن التحالف الدولي لمحاربة داعش، فيما تسيطر "هيئة تحرير الشام" على معظم محافظة إدلب، حيث تنتشر أيضا قوات تركية في عشرات النقاط العسكرية.',
'وفي واشنطن، قال المتحدث باسم وزارة الدفاع الأميركية جون كيربي إن التحضير لهذه العملية بدأ منذ أشهر، مؤكدا أن بلاده "ستواصل ملاحقة قادة داعش أينما كانوا".',
]
D = '2022-02-03'   # Thursday; web copy of its own day
WED = '2022-02-02'
ents = [
 ('L0:بايدن','PERSON','joe-biden'), ('L0:داعش','ACTOR','ISIS'), ('L0:أبو إبراهيم القرشي','PERSON','abu-ibrahim-al-qurashi'),
 ('L0:شمالي سوريا','LOCATION','north-syria'),
 ('L1:أبوظبي','LOCATION','abu-dhabi'), ('L1:سكاي نيوز عربية','ORG','sky-news-arabia'),
 ('L2:جو بايدن','PERSON','joe-biden'), ('L2:القوات الأميركية','ACTOR','US'), ('L2:تنظيم داعش','ACTOR','ISIS'),
 ('L2:أبو إبراهيم الهاشمي القرشي','PERSON','abu-ibrahim-al-qurashi'), ('L2:قوات خاصة','ACTOR','US'), ('L2:بلدة أطمة','LOCATION','atmeh'),
 ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:الحدود','LOCATION','syria-turkey-border'), ('L2:تركيا','LOCATION','turkey'),
 ('L3:بايدن','PERSON','joe-biden'), ('L3:البيت الأبيض','LOCATION','white-house'), ('L3:القرشي','PERSON','abu-ibrahim-al-qurashi'),
 ('L3:قنبلة','WEAPON','bomb'), ('L3:القوات الأميركية','ACTOR','US'), ('L3:عسكري أميركي','ACTOR','US'),
 ('L4:الخوذ البيضاء','ORG','white-helmets'), ('L4:13 شخصا','QUANTITY',None,(13,True,'killed')), ('L4:ستة أطفال','QUANTITY',None,(6,False,'killed')),
 ('L4:أربع نساء','QUANTITY',None,(4,False,'killed')), ('L4:مروحيات','WEAPON','helicopters'), ('L4:البلدة','LOCATION','atmeh'),
 ('L4:نحو ساعتين','QUANTITY',None,(2,True,'other')),
 ('L5:سكاي نيوز عربية','ORG','sky-news-arabia'), ('L5:القوات الأميركية','ACTOR','US'), ('L5:طائرات مسيّرة','WEAPON','drones'),
 ('L6:أسوشيتد برس','ORG','ap'), ('L6:المروحيات','WEAPON','helicopters'), ('L6:شمال شرق سوريا','LOCATION','northeast-syria'),
 ('L6:نحو 24 عنصرا','QUANTITY',None,(24,True,'troops')), ('L6:القوات الخاصة','ACTOR','US'),
 ('L7:إدلب','LOCATION','idlib-governorate'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:أبو بكر البغدادي','PERSON','abu-bakr-al-baghdadi'),
 ('L7:بلدة باريشا','LOCATION','barisha'),
 ('L8:قسد','ACTOR','SDF'), ('L8:سجن غويران','LOCATION','ghwayran-prison'), ('L8:مدينة الحسكة','LOCATION','hasakah'), ('L8:داعش','ACTOR','ISIS'),
 ('L8:آلاف المعتقلين','QUANTITY',None,([1000,9999],True,'arrested')),
 ('L9:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L9:جندي أميركي','ACTOR','US'), ('L9:قسد','ACTOR','SDF'),
 ('L9:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L9:التحالف الدولي','ACTOR','COALITION'), ('L9:داعش','ACTOR','ISIS'),
 ('L9:هيئة تحرير الشام','ACTOR','NUSRA'), ('L9:محافظة إدلب','LOCATION','idlib-governorate'), ('L9:قوات تركية','ACTOR','TR'),
 ('L9:عشرات النقاط العسكرية','QUANTITY',None,([24,99],True,'other')),
 ('L10:واشنطن','LOCATION','washington'), ('L10:وزارة الدفاع الأميركية','ACTOR','US'), ('L10:جون كيربي','PERSON','john-kirby'),
 ('L10:داعش','ACTOR','ISIS'),
]
times = [
 ('L2:الخميس', D, 'day'),
 ('L2:ليل الأربعاء', WED, 'part-of-day', {'part': 'night'}),
 ('L7:أكتوبر 2019', '2019-10', 'month'),
 ('L8:20 يناير الماضي', '2022-01-20', 'day'),
]
T = 'L2:الخميس'
N = 'L2:ليل الأربعاء'
BID = 'جو بايدن'
LOCS = 'مصادر محلية والخوذ البيضاء'
AP = 'مسؤولون أميركيون (أسوشيتد برس)'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=T, actors=['US'], attr=BID),                                                           # 1
 dict(type='ATTACK', trig='L2:قتلت', time=N, actors=['US'], targets=['ISIS'], loc='L2:بلدة أطمة', attr=BID),                          # 2
 dict(type='OPERATION', trig='L2:عملية', time=N, actors=['US'], targets=['ISIS'], loc='L2:بلدة أطمة', attr=BID),                      # 3
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['US'], attr=BID),                                                            # 4
 dict(type='ATTACK', trig='L3:فجّر', time=N, actors=['ISIS'], weapons=['L3:قنبلة'], attr=BID),                                      # 5
 dict(type='MOVEMENT', trig='L3:وصول', time=N, actors=['US'], attr=BID),                                                            # 6
 dict(type='OPERATION', trig='L3:العملية', time=N, actors=['US'], targets=['ISIS'], attr=BID),                                       # 7
 dict(type='OPERATION', trig='L4:العملية', time=N, actors=['US'], targets=['ISIS'], qty=['L4:13 شخصا', 'L4:ستة أطفال', 'L4:أربع نساء'], attr=LOCS),  # 8
 dict(type='MOVEMENT', trig='L4:هبطت', time=N, actors=['US'], loc='L4:البلدة', weapons=['L4:مروحيات'], attr=LOCS),                   # 9
 dict(type='ATTACK', trig='L4:الاشتباكات', time=N, actors=['US', 'ISIS'], loc='L4:البلدة', qty=['L4:نحو ساعتين'], attr=LOCS),         # 10
 dict(type='ATTACK', trig='L5:تقتحمه', time=N, actors=['US'], targets=['ISIS'], weapons=['L5:طائرات مسيّرة'], attr='شهود عيان'),       # 11
 dict(type='MOVEMENT', trig='L6:أقلعت', time=N, actors=['US'], loc='L6:شمال شرق سوريا', weapons=['L6:المروحيات'], attr=AP),            # 12
 dict(type='OPERATION', trig='L6:العملية', time=N, actors=['US'], targets=['ISIS'], qty=['L6:نحو 24 عنصرا'], attr=AP),                 # 13
 dict(type='OPERATION', trig='L7:عملية', time=N, actors=['US'], loc='L7:إدلب'),                                                      # 14
 dict(type='ATTACK', trig='L7:مقتل', time='L7:أكتوبر 2019', actors=['US'], targets=['ISIS'], loc='L7:بلدة باريشا'),                    # 15
 dict(type='CONTROL', trig='L8:استعادة', actors=['SDF'], targets=['ISIS'], loc='L8:سجن غويران'),                                      # 16
 dict(type='ATTACK', trig='L8:هاجمه', time='L8:20 يناير الماضي', actors=['ISIS'], targets=['SDF'], loc='L8:سجن غويران'),              # 17
 dict(type='MOVEMENT', trig='L9:ينتشرون', actors=['US'], loc='L9:شمال شرقي سوريا', qty=['L9:نحو 900 جندي']),                          # 18
 dict(type='CONTROL', trig='L9:سيطرة', actors=['SDF'], loc='L9:شمال شرقي سوريا'),                                                    # 19
 dict(type='CONTROL', trig='L9:تسيطر', actors=['NUSRA'], loc='L9:محافظة إدلب'),                                                      # 20
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['TR'], loc='L9:محافظة إدلب', qty=['L9:عشرات النقاط العسكرية']),                        # 21
 dict(type='STATEMENT', trig='L10:قال', actors=['US'], attr='جون كيربي'),                                                          # 22
 dict(type='OPERATION', trig='L10:العملية', time=N, actors=['US'], targets=['ISIS'], attr='جون كيربي'),                              # 23
 dict(type='OPERATION', trig='L10:ملاحقة', mod='planned', actors=['US'], targets=['ISIS'], attr='جون كيربي'),                         # 24
]
NP = (WED, 'part-of-day')
TD = (D, 'day')
JAN = ('2022-01-20', 'day')
forces = [
 dict(actor='US', assets='قوات خاصة', loc=('بلدة أطمة', 'atmeh'), as_of=NP, status='present', source=BID, line=2, events=[3]),
 dict(actor='ISIS', loc=('بلدة أطمة', 'atmeh'), as_of=NP, status='present', source=BID, line=2, events=[3]),
 dict(actor='US', assets='مروحيات', loc=('البلدة', 'atmeh'), as_of=NP, status='arrived', source=LOCS, line=4, events=[9]),
 dict(actor='US', loc=('البلدة', 'atmeh'), as_of=NP, status='present', source=LOCS, line=4, events=[10]),
 dict(actor='ISIS', loc=('البلدة', 'atmeh'), as_of=NP, status='present', source=LOCS, line=4, events=[10]),
 dict(actor='US', assets='قاعدة، مروحيات', loc=('شمال شرق سوريا', 'northeast-syria'), as_of=NP, status='present', source=AP, line=6, events=[12]),
 dict(actor='SDF', loc=('سجن غويران', 'ghwayran-prison'), as_of=TD, status='controls', line=8, events=[16]),
 dict(actor='SDF', loc=('سجن غويران', 'ghwayran-prison'), as_of=JAN, status='attacked', line=8, events=[17]),
 dict(actor='SDF', loc=('سجن غويران', 'ghwayran-prison'), as_of=JAN, status='present', line=8, events=[17]),
 dict(actor='ISIS', loc=('سجن غويران', 'ghwayran-prison'), as_of=JAN, status='present', line=8, events=[17]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=TD, status='present', line=9, events=[18]),
 dict(actor='SDF', loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=TD, status='controls', line=9, events=[19]),
 dict(actor='NUSRA', loc=('محافظة إدلب', 'idlib-governorate'), as_of=TD, status='controls', line=9, events=[20]),
 dict(actor='TR', assets='عشرات النقاط العسكرية', loc=('محافظة إدلب', 'idlib-governorate'), as_of=TD, status='present', line=9, events=[21]),
]
build('skynews-atmeh-qurashi-raid', None, 'سكاي نيوز عربية', D, L, ents, times, events, forces)
