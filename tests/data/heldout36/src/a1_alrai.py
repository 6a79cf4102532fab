from build import build
L = [
'الجيش السوري يستعيد مخافر الحدود مع الأردن في بادية السويداء',
'عمان - الرأي - وكالات',
'أعلنت القيادة العامة للجيش العربي السوري، أمس الثلاثاء، أن وحداتها، بالتعاون مع «القوات الرديفة»، استعادت السيطرة على 12 مخفراً حدودياً على امتداد نحو 30 كيلومتراً من الحدود الأردنية في ريف السويداء الشرقي.',
'ونقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري أن الوحدات تقدمت فجر الاثنين من محيط بلدة الشعاب باتجاه منطقة الزلف وتلة الدلوة، و«قضت على عشرات الإرهابيين»، فيما باشرت وحدات الهندسة تفكيك الألغام التي زرعها المسلحون على الطرق المؤدية إلى الشريط الحدودي.',
'في المقابل، قال مصدر في «جيش أحرار العشائر» المعارض لـ«الرأي» إن مقاتلي الفصيل انسحبوا مساء الاثنين من مواقعهم في محيط الزلف بعد اشتباكات استمرت يومين، مؤكداً أن قوات النظام تقدمت بإسناد من الطيران الروسي و«ميليشيات تدعمها إيران» يقدّر عدد عناصرها بنحو ألف مقاتل.',
'وأضاف المصدر أن نحو 150 مقاتلاً من الفصيل توجهوا مع عائلاتهم شرقاً نحو منطقة التنف، حيث تتمركز قوات أميركية وبريطانية تدرّب مقاتلي «مغاوير الثورة» في قاعدة قرب المثلث الحدودي بين سوريا والأردن والعراق.',
'وفي عمان، قال وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة الدكتور محمد المومني لـ«الرأي» إن القوات المسلحة الأردنية «تتابع ما يجري على حدودنا الشمالية الشرقية على مدار الساعة، ولن تسمح لأي ميليشيات طائفية أو إرهابية بالاقتراب منها».',
'وأكد مصدر عسكري أردني أن وحدات حرس الحدود عززت انتشارها في المنطقة المقابلة لبادية السويداء بنحو 40 آلية مدرعة خلال الأيام الثلاثة الماضية، «تحسباً لأي محاولة تسلل أو تهريب».',
'ويأتي تقدم الجيش السوري بعد نحو شهر من اتفاق وقف إطلاق النار في جنوب غرب سوريا، الذي توصلت إليه عمّان وواشنطن وموسكو في السابع من تموز الماضي، ولا تشمل مناطقه بادية السويداء الشرقية.',
'وتشير تقديرات إلى أن قوات النظام وحلفاءها باتت تسيطر على معظم البادية الممتدة بين السويداء والحدود العراقية، فيما لا تزال فصائل «الجبهة الجنوبية» تسيطر على معبر نصيب الحدودي وأجزاء واسعة من ريف درعا الشرقي.',
'وكان الأردن قد أغلق معبر جابر المقابل لنصيب في نيسان 2015، إثر سيطرة فصائل المعارضة على الجانب السوري منه بعد معارك مع قوات النظام.',
]
D = '2017-08-09'   # Wednesday; Jordanian print daily, dated the day after the news
TUE = '2017-08-08'
MON = '2017-08-07'
JO = 'OTHER:jordan'
UK = 'OTHER:uk'
PGM = 'OTHER:pro-government-militias'
IBM = 'OTHER:iran-backed-militias'
ASH = 'OTHER:jaish-ahrar-al-ashair'
MAG = 'OTHER:maghawir-al-thawra'
SF = 'OTHER:southern-front'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:الحدود','LOCATION','syria-jordan-border'), ('L0:الأردن','LOCATION','jordan'),
 ('L0:بادية السويداء','LOCATION','suwayda-desert'),
 ('L1:عمان','LOCATION','amman'), ('L1:الرأي','ORG','alrai'),
 ('L2:القيادة العامة للجيش العربي السوري','ACTOR','SY_GOV'), ('L2:القوات الرديفة','ACTOR',PGM),
 ('L2:12 مخفراً حدودياً','QUANTITY',None,(12,False,'other')), ('L2:نحو 30 كيلومتراً','QUANTITY',None,(30,True,'km')),
 ('L2:الحدود الأردنية','LOCATION','syria-jordan-border'), ('L2:ريف السويداء الشرقي','LOCATION','suwayda-east-countryside'),
 ('L3:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L3:سانا','ORG','sana'), ('L3:بلدة الشعاب','LOCATION','al-shaab'),
 ('L3:منطقة الزلف','LOCATION','al-zalaf'), ('L3:تلة الدلوة','LOCATION','tal-dalwa'),
 ('L3:عشرات','QUANTITY',None,([24,99],True,'killed')), ('L3:الإرهابيين','ACTOR','FSA'),
 ('L3:وحدات الهندسة','ACTOR','SY_GOV'), ('L3:الألغام','WEAPON','mines'), ('L3:الشريط الحدودي','LOCATION','syria-jordan-border'),
 ('L4:جيش أحرار العشائر','ACTOR',ASH), ('L4:الرأي','ORG','alrai'), ('L4:الزلف','LOCATION','al-zalaf'),
 ('L4:يومين','QUANTITY',None,(2,False,'other')), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:الطيران الروسي','ACTOR','RU'),
 ('L4:ميليشيات تدعمها إيران','ACTOR',IBM), ('L4:نحو ألف مقاتل','QUANTITY',None,(1000,True,'fighters')),
 ('L5:نحو 150 مقاتلاً','QUANTITY',None,(150,True,'fighters')), ('L5:منطقة التنف','LOCATION','al-tanf'),
 ('L5:قوات أميركية','ACTOR','US'), ('L5:مغاوير الثورة','ACTOR',MAG), ('L5:المثلث الحدودي','LOCATION','syria-jordan-iraq-triangle'),
 ('L5:سوريا','LOCATION','syria'), ('L5:الأردن','LOCATION','jordan'), ('L5:العراق','LOCATION','iraq'),
 ('L6:عمان','LOCATION','amman'), ('L6:الحكومة','ACTOR',JO), ('L6:محمد المومني','PERSON','mohammad-al-momani'),
 ('L6:الرأي','ORG','alrai'), ('L6:القوات المسلحة الأردنية','ACTOR',JO), ('L6:حدودنا الشمالية الشرقية','LOCATION','jordan-northeast-border'),
 ('L7:وحدات حرس الحدود','ACTOR',JO), ('L7:المنطقة المقابلة لبادية السويداء','LOCATION','jordan-border-opposite-suwayda-desert'),
 ('L7:نحو 40 آلية مدرعة','QUANTITY',None,(40,True,'vehicles')), ('L7:آلية مدرعة','WEAPON','armoured-vehicles'),
 ('L8:الجيش السوري','ACTOR','SY_GOV'), ('L8:جنوب غرب سوريا','LOCATION','southwest-syria'), ('L8:عمّان','ACTOR',JO),
 ('L8:واشنطن','ACTOR','US'), ('L8:موسكو','ACTOR','RU'), ('L8:بادية السويداء الشرقية','LOCATION','suwayda-desert'),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:البادية','LOCATION','suwayda-desert'), ('L9:السويداء','LOCATION','suwayda'),
 ('L9:الحدود العراقية','LOCATION','syria-iraq-border'), ('L9:فصائل «الجبهة الجنوبية»','ACTOR',SF),
 ('L9:معبر نصيب الحدودي','LOCATION','nassib-crossing'), ('L9:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L10:الأردن','ACTOR',JO), ('L10:معبر جابر','LOCATION','jaber-crossing'), ('L10:نصيب','LOCATION','nassib-crossing'),
 ('L10:فصائل المعارضة','ACTOR','FSA'), ('L10:الجانب السوري','LOCATION','nassib-crossing'), ('L10:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:أمس الثلاثاء', TUE, 'day'),
 ('L3:فجر الاثنين', MON, 'part-of-day', {'part': 'morning'}),
 ('L4:مساء الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L7:خلال الأيام الثلاثة الماضية', '2017-08-06/' + D, 'day'),
 ('L8:السابع من تموز الماضي', '2017-07-07', 'day'),
 ('L10:نيسان 2015', '2015-04', 'month'),
]
GC = 'القيادة العامة للجيش العربي السوري'
SANA = 'مصدر عسكري (سانا)'
ASRC = 'مصدر في جيش أحرار العشائر'
ADV = 'L3:فجر الاثنين'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:أمس الثلاثاء', actors=['SY_GOV'], attr=GC),                                  # 1
 dict(type='CONTROL', trig='L2:استعادت السيطرة', time='L2:أمس الثلاثاء', actors=['SY_GOV', PGM], loc='L2:الحدود الأردنية',
      qty=['L2:12 مخفراً حدودياً', 'L2:نحو 30 كيلومتراً'], attr=GC),                                                             # 2
 dict(type='MOVEMENT', trig='L3:تقدمت', time=ADV, actors=['SY_GOV'], loc='L3:منطقة الزلف', attr=SANA),                           # 3
 dict(type='ATTACK', trig='L3:قضت', time=ADV, actors=['SY_GOV'], targets=['FSA'], qty=['L3:عشرات'], attr=SANA),                   # 4
 dict(type='OPERATION', trig='L3:تفكيك', actors=['SY_GOV'], attr=SANA),                                                         # 5
 dict(type='WITHDRAWAL', trig='L4:انسحبوا', time='L4:مساء الاثنين', actors=[ASH], loc='L4:الزلف', attr=ASRC),                     # 6
 dict(type='ATTACK', trig='L4:اشتباكات', time='L4:مساء الاثنين', actors=[ASH, 'SY_GOV'], loc='L4:الزلف', qty=['L4:يومين'], attr=ASRC),  # 7
 dict(type='MOVEMENT', trig='L4:تقدمت', time=ADV, actors=['SY_GOV', IBM], qty=['L4:نحو ألف مقاتل'], attr=ASRC),                  # 8
 dict(type='ATTACK', trig='L4:بإسناد', time=ADV, actors=['RU', IBM], targets=[ASH], attr=ASRC),                                      # 9
 dict(type='MOVEMENT', trig='L5:توجهوا', actors=[ASH], loc='L5:منطقة التنف', qty=['L5:نحو 150 مقاتلاً'], attr=ASRC),             # 10
 dict(type='MOVEMENT', trig='L5:تتمركز', actors=['US', UK], loc='L5:منطقة التنف', attr=ASRC),                                   # 11
 dict(type='TRAINING', trig='L5:تدرّب', actors=['US', UK, MAG], loc='L5:منطقة التنف', attr=ASRC),                                # 12
 dict(type='STATEMENT', trig='L6:قال', actors=[JO], attr='محمد المومني'),                                                        # 13
 dict(type='MOVEMENT', trig='L7:عززت', time='L7:خلال الأيام الثلاثة الماضية', actors=[JO], loc='L7:المنطقة المقابلة لبادية السويداء',
      weapons=['L7:آلية مدرعة'], qty=['L7:نحو 40 آلية مدرعة'], attr='مصدر عسكري أردني'),                                        # 14
 dict(type='MOVEMENT', trig='L8:تقدم', time=ADV, actors=['SY_GOV']),                                                            # 15
 dict(type='AGREEMENT', trig='L8:اتفاق', time='L8:السابع من تموز الماضي', actors=[JO, 'US', 'RU'], loc='L8:جنوب غرب سوريا'),     # 16
 dict(type='CONTROL', trig='L9:تسيطر#0', actors=['SY_GOV'], loc='L9:البادية', attr='تقديرات'),                                   # 17
 dict(type='CONTROL', trig='L9:تسيطر#1', actors=[SF], loc='L9:معبر نصيب الحدودي', attr='تقديرات'),                               # 18
 dict(type='CONTROL', trig='L10:سيطرة', time='L10:نيسان 2015', actors=['FSA'], targets=['SY_GOV'], loc='L10:الجانب السوري'),    # 19
 dict(type='ATTACK', trig='L10:معارك', time='L10:نيسان 2015', actors=['FSA', 'SY_GOV'], loc='L10:الجانب السوري'),               # 20
]
TD = (TUE, 'day')
ME = (MON, 'part-of-day')
NOW = (D, 'day')
APR = ('2015-04', 'month')
forces = [
 dict(actor='SY_GOV', assets='12 مخفراً حدودياً', loc=('الحدود الأردنية', 'syria-jordan-border'), as_of=TD, status='controls', source=GC, line=2, events=[2]),
 dict(actor=PGM, loc=('الحدود الأردنية', 'syria-jordan-border'), as_of=TD, status='controls', source=GC, line=2, events=[2]),
 dict(actor=ASH, loc=('الزلف', 'al-zalaf'), as_of=ME, status='withdrawn', source=ASRC, line=4, events=[6]),
 dict(actor=ASH, loc=('الزلف', 'al-zalaf'), as_of=ME, status='present', source=ASRC, line=4, events=[7]),
 dict(actor='SY_GOV', loc=('الزلف', 'al-zalaf'), as_of=ME, status='present', source=ASRC, line=4, events=[7]),
 dict(actor=IBM, strength=(1000, True, 'fighters'), loc=('الزلف', 'al-zalaf'), as_of=ME, status='present', source=ASRC, line=4, events=[8]),
 dict(actor='US', assets='قاعدة', loc=('منطقة التنف', 'al-tanf'), as_of=NOW, status='present', source=ASRC, line=5, events=[11, 12]),
 dict(actor=UK, assets='قاعدة', loc=('منطقة التنف', 'al-tanf'), as_of=NOW, status='present', source=ASRC, line=5, events=[11, 12]),
 dict(actor=MAG, loc=('منطقة التنف', 'al-tanf'), as_of=NOW, status='present', source=ASRC, line=5, events=[12]),
 dict(actor=JO, strength=(40, True, 'vehicles'), assets='آليات مدرعة', loc=('المنطقة المقابلة لبادية السويداء', 'jordan-border-opposite-suwayda-desert'),
      as_of=('2017-08-06/' + D, 'day'), status='reinforced', source='مصدر عسكري أردني', line=7, events=[14]),
 dict(actor='SY_GOV', loc=('البادية', 'suwayda-desert'), as_of=NOW, status='controls', source='تقديرات', line=9, events=[17]),
 dict(actor=SF, loc=('معبر نصيب الحدودي', 'nassib-crossing'), as_of=NOW, status='controls', source='تقديرات', line=9, events=[18]),
 dict(actor=SF, loc=('ريف درعا الشرقي', 'daraa-east-countryside'), as_of=NOW, status='controls', source='تقديرات', line=9, events=[18]),
 dict(actor='FSA', loc=('الجانب السوري', 'nassib-crossing'), as_of=APR, status='controls', line=10, events=[19]),
 dict(actor='FSA', loc=('الجانب السوري', 'nassib-crossing'), as_of=APR, status='present', line=10, events=[20]),
 dict(actor='SY_GOV', loc=('الجانب السوري', 'nassib-crossing'), as_of=APR, status='present', line=10, events=[20]),
]
build('alrai-suwayda-border', None, 'الرأي', D, L, ents, times, events, forces)
