from build import build
L = [
'"تحرير الشام" تدخل دارة عزة بعد انسحاب "الزنكي" نحو عفرين',
'سيطرت "هيئة تحرير الشام" على مدينة دارة عزة في ريف حلب الغربي، اليوم الخميس 3 من كانون الثاني، بعد انسحاب "حركة نور الدين الزنكي" منها، في اليوم الثالث من الهجوم الذي تشنه الهيئة على الحركة.',
'وقال مراسل عنب بلدي في ريف حلب الغربي إن أرتال الهيئة دخلت المدينة صباح اليوم من محوري قبتان الجبل والشيخ سليمان دون مواجهات تذكر، بعد أن سيطرت مساء أمس على بلدات عنجارة وكفرناها والهوتة القريبة منها.',
'وأعلنت الحركة، في بيان نشرته عبر معرفاتها في "تلغرام"، انسحابها من ريف حلب الغربي "حقناً للدماء"، متهمة فصائل "الجبهة الوطنية للتحرير" بـ"التخاذل" عن مؤازرتها، فيما أفاد ناشطون بوصول مئات من مقاتليها مع عائلاتهم إلى مدينة عفرين عبر معبر الغزاوية.',
'وتخضع عفرين منذ آذار 2018 لسيطرة الجيش التركي وفصائل "الجيش الوطني" المدعومة منه، إثر عملية "غصن الزيتون" التي انتهت بانسحاب "وحدات حماية الشعب" الكردية من المنطقة.',
'وبحسب "المرصد السوري لحقوق الإنسان"، قتل 23 مقاتلاً من الطرفين وخمسة مدنيين منذ اندلاع الاشتباكات فجر الثلاثاء الماضي، بينهم امرأة وطفلان قضوا بقصف بقذائف الهاون طال بلدة كفرنوران.',
'في المقابل، نفت "تحرير الشام" في رد على أسئلة عنب بلدي أن تكون قد استهدفت المدنيين، وقالت إن عملياتها تطال "المفسدين الذين اعتدوا على عناصرنا" فقط.',
'وكانت "الجبهة الوطنية للتحرير"، التي تنضوي "الزنكي" في صفوفها، قد أعلنت أمس "النفير العام"، فيما دفعت "حركة أحرار الشام" بتعزيزات إلى محيط مدينة الأتارب المجاورة.',
'ويأتي الهجوم بعد أيام من اتهام الهيئة لـ"الزنكي" بقتل خمسة من عناصرها في بلدة تقاد غربي حلب.',
'ويتزامن ذلك مع وجود نقطة مراقبة تركية على تلة الشيخ عقيل المطلة على دارة عزة، أقامها الجيش التركي في تشرين الثاني 2017 بموجب اتفاق "خفض التصعيد" الموقع في أستانة، دون أن يصدر عن أنقرة أي تعليق حتى ساعة إعداد هذا التقرير.',
]
D = '2019-01-03'   # Thursday; web copy of its own day
WED = '2019-01-02'
ZNK = 'OTHER:nour-al-din-al-zenki'
NFL = 'OTHER:national-front-for-liberation'
AHR = 'OTHER:ahrar-al-sham'
ents = [
 ('L0:تحرير الشام','ACTOR','NUSRA'), ('L0:دارة عزة','LOCATION','darat-izza'), ('L0:الزنكي','ACTOR',ZNK), ('L0:عفرين','LOCATION','afrin'),
 ('L1:هيئة تحرير الشام','ACTOR','NUSRA'), ('L1:مدينة دارة عزة','LOCATION','darat-izza'), ('L1:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L1:حركة نور الدين الزنكي','ACTOR',ZNK), ('L1:الهيئة','ACTOR','NUSRA'), ('L1:الحركة','ACTOR',ZNK),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:ريف حلب الغربي','LOCATION','aleppo-west-countryside'), ('L2:الهيئة','ACTOR','NUSRA'),
 ('L2:المدينة','LOCATION','darat-izza'), ('L2:قبتان الجبل','LOCATION','qabtan-al-jabal'), ('L2:الشيخ سليمان','LOCATION','sheikh-suleiman'),
 ('L2:بلدات عنجارة','LOCATION','anjara'), ('L2:كفرناها','LOCATION','kafr-naha'), ('L2:الهوتة','LOCATION','al-hota'),
 ('L3:الحركة','ACTOR',ZNK), ('L3:تلغرام','ORG','telegram'), ('L3:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L3:فصائل "الجبهة الوطنية للتحرير"','ACTOR',NFL), ('L3:مئات','QUANTITY',None,([100,999],True,'fighters')),
 ('L3:مدينة عفرين','LOCATION','afrin'), ('L3:معبر الغزاوية','LOCATION','ghazawiya-crossing'),
 ('L4:عفرين','LOCATION','afrin'), ('L4:الجيش التركي','ACTOR','TR'), ('L4:فصائل "الجيش الوطني"','ACTOR','FSA'),
 ('L4:وحدات حماية الشعب','ACTOR','YPG'), ('L4:المنطقة','LOCATION','afrin'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:23 مقاتلاً','QUANTITY',None,(23,False,'killed')),
 ('L5:خمسة مدنيين','QUANTITY',None,(5,False,'killed')), ('L5:طفلان','QUANTITY',None,(2,False,'killed')),
 ('L5:قذائف الهاون','WEAPON','mortars'), ('L5:بلدة كفرنوران','LOCATION','kafr-nouran'),
 ('L6:تحرير الشام','ACTOR','NUSRA'), ('L6:عنب بلدي','ORG','enab-baladi'), ('L6:المفسدين','ACTOR',ZNK),
 ('L7:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L7:الزنكي','ACTOR',ZNK), ('L7:حركة أحرار الشام','ACTOR',AHR),
 ('L7:مدينة الأتارب','LOCATION','al-atarib'),
 ('L8:الهيئة','ACTOR','NUSRA'), ('L8:الزنكي','ACTOR',ZNK), ('L8:خمسة','QUANTITY',None,(5,False,'killed')),
 ('L8:بلدة تقاد','LOCATION','taqad'), ('L8:حلب','LOCATION','aleppo'),
 ('L9:تلة الشيخ عقيل','LOCATION','sheikh-aqil-hill-aleppo'), ('L9:دارة عزة','LOCATION','darat-izza'), ('L9:الجيش التركي','ACTOR','TR'),
 ('L9:أستانة','LOCATION','astana'), ('L9:أنقرة','ACTOR','TR'),
]
times = [
 ('L1:اليوم الخميس 3 من كانون الثاني', D, 'day'),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L2:مساء أمس', WED, 'part-of-day', {'part': 'evening'}),
 ('L4:منذ آذار 2018', '2018-03/2019-01', 'month'),
 ('L5:فجر الثلاثاء الماضي', '2019-01-01', 'part-of-day', {'part': 'morning'}),
 ('L7:أمس', WED, 'day'),
 ('L9:تشرين الثاني 2017', '2017-11', 'month'),
]
T = 'L1:اليوم الخميس 3 من كانون الثاني'
TUE = 'L5:فجر الثلاثاء الماضي'
COR = 'مراسل عنب بلدي'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=T, actors=['NUSRA'], targets=[ZNK], loc='L1:مدينة دارة عزة'),                    # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=T, actors=[ZNK], loc='L1:مدينة دارة عزة'),                                  # 2
 dict(type='OPERATION', trig='L1:الهجوم', time=TUE, actors=['NUSRA'], targets=[ZNK], loc='L1:ريف حلب الغربي'),               # 3
 dict(type='MOVEMENT', trig='L2:دخلت', time='L2:صباح اليوم', actors=['NUSRA'], loc='L2:المدينة', attr=COR),                  # 4
 dict(type='CONTROL', trig='L2:سيطرت', time='L2:مساء أمس', actors=['NUSRA'], targets=[ZNK], loc='L2:بلدات عنجارة', attr=COR),  # 5
 dict(type='STATEMENT', trig='L3:أعلنت', actors=[ZNK], attr='حركة نور الدين الزنكي'),                                       # 6
 dict(type='WITHDRAWAL', trig='L3:انسحابها', time=T, actors=[ZNK], loc='L3:ريف حلب الغربي', attr='حركة نور الدين الزنكي'),   # 7
 dict(type='MOVEMENT', trig='L3:بوصول', time=T, actors=[ZNK], loc='L3:مدينة عفرين', qty=['L3:مئات'], attr='ناشطون'),         # 8
 dict(type='CONTROL', trig='L4:تخضع', time='L4:منذ آذار 2018', actors=['TR', 'FSA'], loc='L4:عفرين'),                         # 9
 dict(type='OPERATION', trig='L4:عملية', actors=['TR', 'FSA'], targets=['YPG'], loc='L4:المنطقة'),                           # 10
 dict(type='WITHDRAWAL', trig='L4:بانسحاب', actors=['YPG'], loc='L4:المنطقة'),                                              # 11
 dict(type='ATTACK', trig='L5:الاشتباكات', time=TUE, actors=['NUSRA', ZNK], qty=['L5:23 مقاتلاً', 'L5:خمسة مدنيين'], attr=SOHR),  # 12
 dict(type='ATTACK', trig='L5:بقصف', loc='L5:بلدة كفرنوران', weapons=['L5:قذائف الهاون'], qty=['L5:طفلان'], attr=SOHR),       # 13
 dict(type='ATTACK', trig='L6:استهدفت', mod='denied', actors=['NUSRA'], attr='تحرير الشام'),                                 # 14
 dict(type='STATEMENT', trig='L6:قالت', actors=['NUSRA'], attr='تحرير الشام'),                                              # 15
 dict(type='OPERATION', trig='L6:عملياتها', time=TUE, actors=['NUSRA'], targets=[ZNK], attr='تحرير الشام'),                   # 16
 dict(type='ATTACK', trig='L6:اعتدوا', actors=[ZNK], targets=['NUSRA'], attr='تحرير الشام'),                                 # 17
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:أمس', actors=[NFL], attr='الجبهة الوطنية للتحرير'),                        # 18
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:أمس', actors=[AHR], loc='L7:مدينة الأتارب'),                                  # 19
 dict(type='OPERATION', trig='L8:الهجوم', time=TUE, actors=['NUSRA'], targets=[ZNK]),                                        # 20
 dict(type='ATTACK', trig='L8:بقتل', actors=[ZNK], targets=['NUSRA'], loc='L8:بلدة تقاد', qty=['L8:خمسة'], attr='هيئة تحرير الشام'),  # 21
 dict(type='BASE', trig='L9:أقامها', time='L9:تشرين الثاني 2017', actors=['TR'], loc='L9:تلة الشيخ عقيل'),                   # 22
 dict(type='AGREEMENT', trig='L9:اتفاق', loc='L9:أستانة'),                                                                  # 23
]
TD = (D, 'day')
DM = (D, 'part-of-day')
WE = (WED, 'part-of-day')
SI = ('2018-03/2019-01', 'month')
forces = [
 dict(actor='NUSRA', loc=('مدينة دارة عزة', 'darat-izza'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor=ZNK, loc=('مدينة دارة عزة', 'darat-izza'), as_of=TD, status='withdrawn', line=1, events=[2]),
 dict(actor='NUSRA', assets='أرتال', loc=('المدينة', 'darat-izza'), as_of=DM, status='arrived', source=COR, line=2, events=[4]),
 dict(actor='NUSRA', loc=('بلدات عنجارة', 'anjara'), as_of=WE, status='controls', source=COR, line=2, events=[5]),
 dict(actor='NUSRA', loc=('كفرناها', 'kafr-naha'), as_of=WE, status='controls', source=COR, line=2, events=[5]),
 dict(actor='NUSRA', loc=('الهوتة', 'al-hota'), as_of=WE, status='controls', source=COR, line=2, events=[5]),
 dict(actor=ZNK, loc=('ريف حلب الغربي', 'aleppo-west-countryside'), as_of=TD, status='withdrawn', source='حركة نور الدين الزنكي', line=3, events=[7]),
 dict(actor=ZNK, strength=([100, 999], True, 'fighters'), loc=('مدينة عفرين', 'afrin'), as_of=TD, status='arrived', source='ناشطون', line=3, events=[8]),
 dict(actor='TR', loc=('عفرين', 'afrin'), as_of=SI, status='controls', line=4, events=[9]),
 dict(actor='FSA', loc=('عفرين', 'afrin'), as_of=SI, status='controls', line=4, events=[9]),
 dict(actor='YPG', loc=('المنطقة', 'afrin'), as_of=('2018-03', 'month'), status='withdrawn', line=4, events=[11]),
 dict(actor=AHR, loc=('مدينة الأتارب', 'al-atarib'), as_of=(WED, 'day'), status='reinforced', line=7, events=[19]),
 dict(actor='TR', assets='نقطة مراقبة', loc=('تلة الشيخ عقيل', 'sheikh-aqil-hill-aleppo'), as_of=TD, status='present', line=9, events=[22]),
]
build('enab-darat-izza-zenki', None, 'عنب بلدي', D, L, ents, times, events, forces)
