from build import build
L = [
'الجيش السوري يسيطر على قلعة الحصن.. ومقتل العشرات خلال فرارهم نحو الحدود اللبنانية',
'"ليبانون ديبايت" - سيطر الجيش السوري، فجر اليوم الخميس، على بلدة الحصن وقلعة الحصن التاريخية المعروفة بـ"قلعة الفرسان" في ريف حمص الغربي، بعد معارك استمرت نحو ثلاثة أسابيع مع مسلحي "جند الشام"، بحسب ما أعلن التلفزيون السوري الرسمي.',
'وبث التلفزيون مشاهد لجنود يرفعون العلم السوري فوق أسوار القلعة، فيما قال مصدر عسكري إن وحدات الهندسة تعمل على تفكيك العبوات الناسفة التي زرعها المسلحون في أزقة البلدة قبل انسحابهم منها.',
'وأفادت مصادر أمنية لبنانية لـ"ليبانون ديبايت" بأن عشرات المسلحين حاولوا الفرار من الحصن باتجاه الحدود اللبنانية عبر الطرق الجبلية، قبل أن يقعوا في كمين نصبه عناصر من "حزب الله" والجيش السوري في محيط بلدة الزارة، ما أدى إلى مقتل 40 منهم على الأقل، بينهم قياديون لبنانيون.',
'وفي وادي خالد، استنفر الجيش اللبناني وحداته المنتشرة على الحدود الشمالية، ودفع صباح اليوم بتعزيزات إضافية إلى بلدتي المشيرفة وحنيدر، فيما نُقل 12 جريحاً سورياً إلى مستشفيات عكار.',
'وفي سياق متصل، قال مصدر مقرب من "حزب الله" لـ"ليبانون ديبايت" إن سقوط الحصن "يقفل آخر طرق التهريب بين ريف حمص والشمال اللبناني"، بعد أيام على استعادة مدينة يبرود في القلمون الأحد الماضي.',
'في المقابل، نفى "الائتلاف الوطني السوري" المعارض في بيان سقوط القلعة بالكامل، مؤكداً أن "الثوار انسحبوا انسحاباً تكتيكياً حفاظاً على أرواح المدنيين"، ومتهماً قوات النظام بقصف البلدة بالبراميل المتفجرة على مدى أسابيع.',
'وكانت القوات السورية قد سيطرت في الثامن من آذار الجاري على قرية الزارة المجاورة، لتطبق الحصار على الحصن من ثلاث جهات.',
'يُذكر أن مئات العائلات من سكان الحصن والقرى المحيطة نزحت خلال الأسابيع الماضية إلى وادي خالد وعكار، حيث تشير أرقام المفوضية العليا لشؤون اللاجئين إلى وجود أكثر من 950 ألف لاجئ سوري في لبنان.',
]
D = '2014-03-20'   # Thursday; Lebanese news site, web copy of its own day
JS = 'OTHER:jund-al-sham'
HZ = 'HEZBOLLAH'
LB = 'OTHER:lebanon'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:قلعة الحصن','LOCATION','krak-des-chevaliers'),
 ('L0:العشرات','QUANTITY',None,([24, 99],True,'killed')), ('L0:الحدود اللبنانية','LOCATION','syria-lebanon-border'),
 ('L1:ليبانون ديبايت','ORG','lebanon-debate'), ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:بلدة الحصن','LOCATION','al-hosn'),
 ('L1:قلعة الحصن','LOCATION','krak-des-chevaliers'), ('L1:قلعة الفرسان','LOCATION','krak-des-chevaliers'),
 ('L1:ريف حمص الغربي','LOCATION','homs-west-countryside'), ('L1:نحو ثلاثة أسابيع','QUANTITY',None,(3,True,'other')),
 ('L1:جند الشام','ACTOR',JS), ('L1:التلفزيون السوري الرسمي','ORG','syrian-tv'),
 ('L2:التلفزيون','ORG','syrian-tv'), ('L2:القلعة','LOCATION','krak-des-chevaliers'), ('L2:وحدات الهندسة','ACTOR','SY_GOV'),
 ('L2:العبوات الناسفة','WEAPON','ieds'), ('L2:البلدة','LOCATION','al-hosn'),
 ('L3:ليبانون ديبايت','ORG','lebanon-debate'), ('L3:عشرات المسلحين','QUANTITY',None,([24, 99],True,'fighters')),
 ('L3:الحصن','LOCATION','al-hosn'), ('L3:الحدود اللبنانية','LOCATION','syria-lebanon-border'), ('L3:حزب الله','ACTOR',HZ),
 ('L3:الجيش السوري','ACTOR','SY_GOV'), ('L3:بلدة الزارة','LOCATION','al-zara'), ('L3:40','QUANTITY',None,(40,True,'killed')),
 ('L4:وادي خالد','LOCATION','wadi-khaled'), ('L4:الجيش اللبناني','ACTOR',LB), ('L4:الحدود الشمالية','LOCATION','syria-lebanon-border'),
 ('L4:بلدتي المشيرفة','LOCATION','al-mashairfa'), ('L4:حنيدر','LOCATION','hnaider'),
 ('L4:12 جريحاً','QUANTITY',None,(12,False,'wounded')), ('L4:عكار','LOCATION','akkar'),
 ('L5:حزب الله','ACTOR',HZ), ('L5:ليبانون ديبايت','ORG','lebanon-debate'), ('L5:الحصن','LOCATION','al-hosn'),
 ('L5:ريف حمص','LOCATION','homs-countryside'), ('L5:الشمال اللبناني','LOCATION','north-lebanon'), ('L5:مدينة يبرود','LOCATION','yabroud'),
 ('L5:القلمون','LOCATION','qalamoun'),
 ('L6:الائتلاف الوطني السوري','ORG','syrian-national-coalition'), ('L6:القلعة','LOCATION','krak-des-chevaliers'), ('L6:الثوار','ACTOR','FSA'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:البلدة','LOCATION','al-hosn'), ('L6:البراميل المتفجرة','WEAPON','barrel-bombs'),
 ('L7:القوات السورية','ACTOR','SY_GOV'), ('L7:قرية الزارة','LOCATION','al-zara'), ('L7:الحصن','LOCATION','al-hosn'),
 ('L7:ثلاث جهات','QUANTITY',None,(3,False,'other')),
 ('L8:مئات العائلات','QUANTITY',None,([100, 999],True,'other')), ('L8:الحصن','LOCATION','al-hosn'),
 ('L8:القرى المحيطة','LOCATION','al-hosn-villages'), ('L8:وادي خالد','LOCATION','wadi-khaled'), ('L8:عكار','LOCATION','akkar'),
 ('L8:المفوضية العليا لشؤون اللاجئين','ORG','unhcr'), ('L8:أكثر من 950 ألف لاجئ','QUANTITY',None,(950000,True,'people')),
 ('L8:لبنان','LOCATION','lebanon'),
]
times = [
 ('L1:فجر اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L4:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:الأحد الماضي', '2014-03-16', 'day'),
 ('L7:الثامن من آذار الجاري', '2014-03-08', 'day'),
 ('L8:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
]
DAWN = 'L1:فجر اليوم الخميس'
TV = 'التلفزيون السوري الرسمي'
MIL = 'مصدر عسكري'
LSEC = 'مصادر أمنية لبنانية (ليبانون ديبايت)'
HZS = 'مصدر مقرب من حزب الله (ليبانون ديبايت)'
SNC = 'الائتلاف الوطني السوري'
M8 = 'L7:الثامن من آذار الجاري'
events = [
 dict(type='CONTROL', trig='L1:سيطر', time=DAWN, actors=['SY_GOV'], targets=[JS], loc='L1:بلدة الحصن', attr=TV),               # 1
 dict(type='ATTACK', trig='L1:معارك', actors=['SY_GOV', JS], loc='L1:بلدة الحصن', qty=['L1:نحو ثلاثة أسابيع'], attr=TV),          # 2
 dict(type='CONTROL', trig='L2:يرفعون العلم', time=DAWN, actors=['SY_GOV'], loc='L2:القلعة', attr=TV),                          # 3
 dict(type='OPERATION', trig='L2:تفكيك', actors=['SY_GOV'], loc='L2:البلدة', weapons=['L2:العبوات الناسفة'], attr=MIL),          # 4
 dict(type='WITHDRAWAL', trig='L2:انسحابهم', actors=[JS], loc='L2:البلدة', attr=MIL),                                           # 5
 dict(type='WITHDRAWAL', trig='L3:الفرار', actors=[JS], loc='L3:الحصن', qty=['L3:عشرات المسلحين'], attr=LSEC),                   # 6
 dict(type='ATTACK', trig='L3:كمين', actors=[HZ, 'SY_GOV'], targets=[JS], loc='L3:بلدة الزارة', qty=['L3:40'], attr=LSEC),        # 7
 dict(type='MOVEMENT', trig='L4:دفع', time='L4:صباح اليوم', actors=[LB], loc='L4:بلدتي المشيرفة'),                              # 8
 dict(type='CONTROL', trig='L5:سقوط', time=DAWN, actors=['SY_GOV'], targets=[JS], loc='L5:الحصن', attr=HZS),                    # 9
 dict(type='CONTROL', trig='L5:استعادة', time='L5:الأحد الماضي', loc='L5:مدينة يبرود', attr=HZS),                                # 10
 dict(type='STATEMENT', trig='L6:بيان', attr=SNC),                                                                             # 11
 dict(type='CONTROL', trig='L6:سقوط', mod='denied', time=DAWN, actors=['SY_GOV'], targets=['FSA'], loc='L6:القلعة', attr=SNC),    # 12
 dict(type='WITHDRAWAL', trig='L6:انسحبوا', actors=['FSA'], attr=SNC),                                                          # 13
 dict(type='ATTACK', trig='L6:بقصف', actors=['SY_GOV'], targets=['FSA'], loc='L6:البلدة', weapons=['L6:البراميل المتفجرة'], attr=SNC),  # 14
 dict(type='CONTROL', trig='L7:سيطرت', time=M8, actors=['SY_GOV'], loc='L7:قرية الزارة'),                                      # 15
 dict(type='OPERATION', trig='L7:الحصار', time=M8, actors=['SY_GOV'], loc='L7:الحصن', qty=['L7:ثلاث جهات']),                    # 16
]
DP = (D, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة الحصن', 'al-hosn'), as_of=DP, status='controls', source=TV, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('قلعة الحصن', 'krak-des-chevaliers'), as_of=DP, status='controls', source=TV, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('بلدة الحصن', 'al-hosn'), as_of=TD, status='present', source=TV, line=1, events=[2]),
 dict(actor=JS, loc=('بلدة الحصن', 'al-hosn'), as_of=TD, status='present', source=TV, line=1, events=[2]),
 dict(actor=JS, loc=('البلدة', 'al-hosn'), as_of=TD, status='withdrawn', source=MIL, line=2, events=[5]),
 dict(actor=JS, strength=([24, 99], True, 'fighters'), loc=('الحصن', 'al-hosn'), as_of=TD, status='withdrawn', source=LSEC, line=3, events=[6]),
 dict(actor=HZ, loc=('بلدة الزارة', 'al-zara'), as_of=TD, status='present', source=LSEC, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('بلدة الزارة', 'al-zara'), as_of=TD, status='present', source=LSEC, line=3, events=[7]),
 dict(actor=JS, loc=('بلدة الزارة', 'al-zara'), as_of=TD, status='attacked', source=LSEC, line=3, events=[7]),
 dict(actor=LB, assets='وحدات', loc=('الحدود الشمالية', 'syria-lebanon-border'), as_of=TD, status='present', line=4),
 dict(actor=LB, assets='تعزيزات إضافية', loc=('بلدتي المشيرفة', 'al-mashairfa'), as_of=DP, status='reinforced', line=4, events=[8]),
 dict(actor=LB, assets='تعزيزات إضافية', loc=('حنيدر', 'hnaider'), as_of=DP, status='reinforced', line=4, events=[8]),
 dict(actor='SY_GOV', loc=('قرية الزارة', 'al-zara'), as_of=('2014-03-08', 'day'), status='controls', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('الحصن', 'al-hosn'), as_of=('2014-03-08', 'day'), status='present', line=7, events=[16]),
]
build('lebanondebate-krak-des-chevaliers', None, 'ليبانون ديبايت', D, L, ents, times, events, forces)
