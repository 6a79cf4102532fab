from build import build
L = [
'الاحتلال يتوغل في ريف القنيطرة بعد سيطرته على قمة جبل الشيخ.. ومئات الغارات على مواقع الجيش السوري',
'واصلت قوات الاحتلال الإسرائيلي، اليوم الثلاثاء، توغلها في المنطقة العازلة بمحافظة القنيطرة جنوب غربي سوريا، حيث دخلت دبابات وجرافات إسرائيلية بلدة الحميدية وقرية القحطانية، بعد سيطرتها الأحد على قمة جبل الشيخ.',
'وقال مراسل الجزيرة إن قوة من جيش الاحتلال مؤلفة من نحو 15 آلية عسكرية تقدمت من تل أبو الندى باتجاه مدينة البعث، وأقامت نقطة عسكرية عند مدخلها الغربي، في حين طالبت مكبرات الصوت السكان بعدم مغادرة منازلهم.',
'وقال الجيش الإسرائيلي، في بيان، إن قواته "تنتشر مؤقتاً" في المنطقة العازلة وفي "عدة نقاط دفاعية ضرورية"، نافياً ما تداولته وسائل إعلام عربية عن تقدم دباباته نحو بلدة قطنا التي تبعد نحو 25 كيلومتراً عن دمشق.',
'وبالتوازي، شنّ سلاح الجو الإسرائيلي منذ فجر الأحد أكثر من 300 غارة على مواقع الجيش السوري في أنحاء البلاد، بينها مطارات المزة والضمير وخلخلة العسكرية ومركز البحوث العلمية في برزة، وفق ما أعلنه المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي.',
'وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد أعلن الأحد "انهيار" اتفاقية فك الاشتباك الموقعة مع سوريا عام 1974، وأمر الجيش بالسيطرة على المنطقة العازلة والمواقع المشرفة عليها.',
'من جهتها، قالت قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) إن وجود القوات الإسرائيلية في المنطقة العازلة "غير مقبول"، مشيرة إلى أن عناصرها ما زالوا في مواقعهم قرب قرية الرفيد.',
'ولم يصدر أي تعليق عن "إدارة العمليات العسكرية" التي تقودها "هيئة تحرير الشام" وتسيطر على دمشق منذ الأحد، في حين انسحب ما تبقى من عناصر الجيش السوري من مواقعهم في ريف القنيطرة وريف دمشق الغربي خلال الأيام الماضية.',
'وأفاد ناشطون محليون بأن قوة من جيش الاحتلال اعتقلت، مساء أمس، ثلاثة شبان من قرية الحرية شمالي القنيطرة، واقتادتهم إلى جهة مجهولة.',
'وفي واشنطن، قال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن بلاده تتوقع أن يكون الانتشار الإسرائيلي "مؤقتاً"، داعياً إلى احترام اتفاق فك الاشتباك.',
]
D = '2024-12-10'   # Tuesday; web copy of its own day
SUN = '2024-12-08'
ISR = 'OTHER:israel'
MOC = 'OTHER:military-operations-command'
ents = [
 ('L0:الاحتلال','ACTOR',ISR), ('L0:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L0:مئات الغارات','QUANTITY',None,([100, 999],True,'other')), ('L0:قمة جبل الشيخ','LOCATION','mount-hermon-summit'), ('L0:الجيش السوري','ACTOR','SY_GOV'),
 ('L1:قوات الاحتلال الإسرائيلي','ACTOR',ISR), ('L1:المنطقة العازلة','LOCATION','golan-buffer-zone'), ('L1:محافظة القنيطرة','LOCATION','quneitra-governorate'),
 ('L1:سوريا','LOCATION','syria'), ('L1:دبابات','WEAPON','tanks'), ('L1:جرافات','WEAPON','bulldozers'), ('L1:بلدة الحميدية','LOCATION','al-hamidiyah'),
 ('L1:قرية القحطانية','LOCATION','al-qahtaniyah'), ('L1:قمة جبل الشيخ','LOCATION','mount-hermon-summit'),
 ('L2:الجزيرة','ORG','al-jazeera'), ('L2:جيش الاحتلال','ACTOR',ISR), ('L2:نحو 15 آلية عسكرية','QUANTITY',None,(15,True,'vehicles')),
 ('L2:آلية عسكرية','WEAPON','military-vehicles'), ('L2:تل أبو الندى','LOCATION','tal-abu-al-nada'), ('L2:مدينة البعث','LOCATION','madinat-al-baath'),
 ('L3:الجيش الإسرائيلي','ACTOR',ISR), ('L3:المنطقة العازلة','LOCATION','golan-buffer-zone'), ('L3:عدة نقاط دفاعية','QUANTITY',None,([3, 9],True,'other')),
 ('L3:بلدة قطنا','LOCATION','qatana'), ('L3:نحو 25 كيلومتراً','QUANTITY',None,(25,True,'km')), ('L3:دمشق','LOCATION','damascus'),
 ('L4:سلاح الجو الإسرائيلي','ACTOR',ISR), ('L4:أكثر من 300 غارة','QUANTITY',None,(300,True,'other')), ('L4:الجيش السوري','ACTOR','SY_GOV'),
 ('L4:البلاد','LOCATION','syria'), ('L4:مطارات المزة','LOCATION','mezzeh-airport'), ('L4:الضمير','LOCATION','dumayr-airport'),
 ('L4:خلخلة','LOCATION','khalkhalah-airport'), ('L4:مركز البحوث العلمية','LOCATION','barzeh-research-centre'), ('L4:برزة','LOCATION','barzeh'),
 ('L4:الجيش الإسرائيلي','ACTOR',ISR), ('L4:أفيخاي أدرعي','PERSON','avichay-adraee'),
 ('L5:بنيامين نتنياهو','PERSON','benjamin-netanyahu'), ('L5:سوريا','ACTOR','SY_GOV'), ('L5:الجيش','ACTOR',ISR), ('L5:المنطقة العازلة','LOCATION','golan-buffer-zone'),
 ('L5:المواقع المشرفة عليها','LOCATION','golan-buffer-zone-heights'),
 ('L6:قوة الأمم المتحدة لمراقبة فض الاشتباك','ORG','undof'), ('L6:أندوف','ORG','undof'), ('L6:القوات الإسرائيلية','ACTOR',ISR),
 ('L6:المنطقة العازلة','LOCATION','golan-buffer-zone'), ('L6:قرية الرفيد','LOCATION','al-rafid'),
 ('L7:إدارة العمليات العسكرية','ACTOR',MOC), ('L7:هيئة تحرير الشام','ACTOR','NUSRA'), ('L7:دمشق#0','LOCATION','damascus'), ('L7:الجيش السوري','ACTOR','SY_GOV'),
 ('L7:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L7:ريف دمشق الغربي','LOCATION','damascus-west-countryside'),
 ('L8:جيش الاحتلال','ACTOR',ISR), ('L8:ثلاثة شبان','QUANTITY',None,(3,False,'arrested')), ('L8:قرية الحرية','LOCATION','al-hurriya'), ('L8:القنيطرة','LOCATION','quneitra'),
 ('L9:واشنطن','LOCATION','washington'), ('L9:وزارة الخارجية الأمريكية','ACTOR','US'), ('L9:ماثيو ميلر','PERSON','matthew-miller'),
]
times = [
 ('L1:اليوم الثلاثاء', D, 'day'),
 ('L1:الأحد', SUN, 'day'),
 ('L4:منذ فجر الأحد', SUN + '/' + D, 'day'),
 ('L5:الأحد', SUN, 'day'),
 ('L5:عام 1974', '1974', 'year'),
 ('L7:منذ الأحد', SUN + '/' + D, 'day'),
 ('L7:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L8:مساء أمس', '2024-12-09', 'part-of-day', {'part': 'evening'}),
]
T = 'L1:اليوم الثلاثاء'
COR = 'مراسل الجزيرة'
IDF = 'الجيش الإسرائيلي'
ADR = 'أفيخاي أدرعي (الجيش الإسرائيلي)'
NET = 'بنيامين نتنياهو'
MIL = 'ماثيو ميلر (وزارة الخارجية الأمريكية)'
events = [
 dict(type='MOVEMENT', trig='L1:توغلها', time=T, actors=[ISR], loc='L1:المنطقة العازلة'),                                               # 1
 dict(type='MOVEMENT', trig='L1:دخلت', time=T, actors=[ISR], loc='L1:بلدة الحميدية', weapons=['L1:دبابات', 'L1:جرافات']),              # 2
 dict(type='CONTROL', trig='L1:سيطرتها', time='L1:الأحد', actors=[ISR], loc='L1:قمة جبل الشيخ'),                                       # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', actors=[ISR], loc='L2:مدينة البعث', weapons=['L2:آلية عسكرية'], qty=['L2:نحو 15 آلية عسكرية'],
      attr=COR),                                                                                                                          # 4
 dict(type='BASE', trig='L2:أقامت', actors=[ISR], loc='L2:مدينة البعث', attr=COR),                                                     # 5
 dict(type='STATEMENT', trig='L3:قال', actors=[ISR], attr=IDF),                                                                         # 6
 dict(type='MOVEMENT', trig='L3:تنتشر', actors=[ISR], loc='L3:المنطقة العازلة', qty=['L3:عدة نقاط دفاعية'], attr=IDF),                 # 7
 dict(type='MOVEMENT', trig='L3:تقدم', mod='denied', actors=[ISR], loc='L3:بلدة قطنا', attr=IDF),                                      # 8
 dict(type='ATTACK', trig='L4:غارة', time='L4:منذ فجر الأحد', actors=[ISR], targets=['SY_GOV'], loc='L4:البلاد', qty=['L4:أكثر من 300 غارة'],
      attr=ADR),                                                                                                                          # 9
 dict(type='STATEMENT', trig='L4:أعلنه', actors=[ISR], attr=ADR),                                                                       # 10
 dict(type='STATEMENT', trig='L5:أعلن', time='L5:الأحد', actors=[ISR], attr=NET),                                                       # 11
 dict(type='AGREEMENT', trig='L5:اتفاقية فك الاشتباك', time='L5:عام 1974', actors=[ISR, 'SY_GOV'], attr=NET),                           # 12
 dict(type='CONTROL', trig='L5:بالسيطرة', mod='planned', time='L5:الأحد', actors=[ISR], loc='L5:المنطقة العازلة', attr=NET),            # 13
 dict(type='STATEMENT', trig='L6:قالت', attr='أندوف'),                                                                                  # 14
 dict(type='CONTROL', trig='L7:تسيطر', time='L7:منذ الأحد', actors=[MOC, 'NUSRA'], loc='L7:دمشق#0'),                                     # 15
 dict(type='WITHDRAWAL', trig='L7:انسحب', time='L7:خلال الأيام الماضية', actors=['SY_GOV'], loc='L7:ريف القنيطرة'),                     # 16
 dict(type='ARREST', trig='L8:اعتقلت', time='L8:مساء أمس', actors=[ISR], loc='L8:قرية الحرية', qty=['L8:ثلاثة شبان'], attr='ناشطون محليون'),  # 17
 dict(type='STATEMENT', trig='L9:قال', actors=['US'], attr=MIL),                                                                        # 18
 dict(type='MOVEMENT', trig='L9:الانتشار', actors=[ISR], attr=MIL),                                                                     # 19
 dict(type='AGREEMENT', trig='L9:اتفاق فك الاشتباك', actors=[ISR, 'SY_GOV'], attr=MIL),                                                 # 20
]
TD = (D, 'day')
S = (SUN, 'day')
SI = (SUN + '/' + D, 'day')
V = (None, 'vague')
forces = [
 dict(actor=ISR, loc=('المنطقة العازلة', 'golan-buffer-zone'), as_of=TD, status='present', line=1, events=[1]),
 dict(actor=ISR, assets='دبابات وجرافات', loc=('بلدة الحميدية', 'al-hamidiyah'), as_of=TD, status='arrived', line=1, events=[2]),
 dict(actor=ISR, assets='دبابات وجرافات', loc=('قرية القحطانية', 'al-qahtaniyah'), as_of=TD, status='arrived', line=1, events=[2]),
 dict(actor=ISR, loc=('قمة جبل الشيخ', 'mount-hermon-summit'), as_of=S, status='controls', line=1, events=[3]),
 dict(actor=ISR, strength=(15, True, 'vehicles'), loc=('مدينة البعث', 'madinat-al-baath'), as_of=TD, status='arrived', source=COR, line=2, events=[4]),
 dict(actor=ISR, assets='نقطة عسكرية', loc=('مدينة البعث', 'madinat-al-baath'), as_of=TD, status='present', source=COR, line=2, events=[5]),
 dict(actor=ISR, assets='عدة نقاط دفاعية', loc=('المنطقة العازلة', 'golan-buffer-zone'), as_of=TD, status='present', source=IDF, line=3, events=[7]),
 dict(actor='SY_GOV', assets='مواقع', loc=('مطارات المزة', 'mezzeh-airport'), as_of=SI, status='attacked', source=ADR, line=4, events=[9]),
 dict(actor='SY_GOV', assets='مواقع', loc=('الضمير', 'dumayr-airport'), as_of=SI, status='attacked', source=ADR, line=4, events=[9]),
 dict(actor='SY_GOV', assets='مواقع', loc=('خلخلة', 'khalkhalah-airport'), as_of=SI, status='attacked', source=ADR, line=4, events=[9]),
 dict(actor='SY_GOV', assets='مواقع', loc=('مركز البحوث العلمية في برزة', 'barzeh-research-centre'), as_of=SI, status='attacked', source=ADR, line=4, events=[9]),
 dict(actor=ISR, loc=('المنطقة العازلة', 'golan-buffer-zone'), as_of=TD, status='present', source='أندوف', line=6, events=[]),
 dict(actor=MOC, loc=('دمشق', 'damascus'), as_of=SI, status='controls', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('ريف القنيطرة', 'quneitra-countryside'), as_of=V, status='withdrawn', line=7, events=[16]),
 dict(actor='SY_GOV', loc=('ريف دمشق الغربي', 'damascus-west-countryside'), as_of=V, status='withdrawn', line=7, events=[16]),
]
build('aljazeera-quneitra-buffer-zone', None, 'الجزيرة نت', D, L, ents, times, events, forces)
