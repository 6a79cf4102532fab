from build import build
L = [
'"وحدات الحماية" الكردية تطرد "النصرة" من رأس العين وتسيطر على معبرها الحدودي',
'سيطرت وحدات حماية الشعب الكردية، صباح اليوم الأربعاء، على مدينة رأس العين في ريف الحسكة الشمالي ومعبرها الحدودي مع تركيا، بعد اشتباكات عنيفة مع مقاتلي "جبهة النصرة" و"الدولة الإسلامية في العراق والشام" استمرت نحو 24 ساعة، بحسب ما أفاد ناشطون أكراد لقناة "الآن".',
'وقال الناطق باسم الوحدات ريدور خليل لـ"الآن" إن المواجهات اندلعت فجر الثلاثاء، عندما هاجم عناصر من "النصرة" حاجزاً للوحدات عند المدخل الشرقي للمدينة، واعتقلوا اثنين من مقاتليها، قبل أن تمتد إلى معظم الأحياء.',
'وأضاف خليل أن مقاتلي الوحدات سيطروا فجر اليوم على معبر رأس العين الحدودي المقابل لبلدة جيلان بينار التركية، بعد انسحاب عناصر الفصيلين منه باتجاه قرية تل حلف غرب المدينة، مشيراً إلى مقتل 11 منهم وأسر 13 آخرين، مقابل مقتل اثنين من مقاتلي الوحدات.',
'في المقابل، اتهمت "جبهة النصرة"، في بيان نشرته على موقع "تويتر"، "الميليشيات الكردية" بالتنسيق مع نظام الأسد، ونفت أن يكون مقاتلوها قد خسروا مواقعهم في الريف الغربي للمدينة، مؤكدة أن "المعركة مستمرة".',
'وعلى الجانب الآخر من الحدود، ردت المدفعية التركية على قذائف سقطت داخل بلدة جيلان بينار، ما أدى إلى مقتل مواطن تركي وإصابة اثنين آخرين، بحسب وكالة الأناضول، فيما عززت أنقرة وحداتها العسكرية على الشريط الحدودي المقابل لرأس العين.',
'وأفاد ناشطون بأن "الدولة الإسلامية في العراق والشام" دفعت بعد ظهر اليوم بتعزيزات تضم نحو 20 سيارة مزودة برشاشات ثقيلة من مدينة تل أبيض إلى قرية تل حلف، تمهيداً لهجوم معاكس على المدينة.',
'وأشار المرصد السوري لحقوق الإنسان إلى أن اشتباكات متقطعة لا تزال تدور بين الوحدات ومقاتلي "النصرة" في قريتي تل حلف وتل خنزير، وسط انتشار كثيف لعناصر الوحدات عند المداخل الغربية للمدينة.',
'ويأتي ذلك بعد ثمانية أشهر من دخول كتائب من "الجيش الحر" و"جبهة النصرة" إلى رأس العين في تشرين الثاني الماضي، قبل أن تتوصل إلى هدنة مع المقاتلين الأكراد في شباط برعاية شخصيات معارضة.',
'وتحتفظ قوات النظام بوجود محدود في مدينة الحسكة ومطار القامشلي، فيما تسيطر الوحدات الكردية على معظم المدن ذات الغالبية الكردية في شمال شرق سوريا، منذ انسحاب القوات الحكومية منها في تموز من العام الماضي.',
]
D = '2013-07-17'   # Wednesday; Dubai-based TV channel, web copy of its own day
TUE = '2013-07-16'
ents = [
 ('L0:وحدات الحماية','ACTOR','YPG'), ('L0:النصرة','ACTOR','NUSRA'), ('L0:رأس العين','LOCATION','ras-al-ain'),
 ('L0:معبرها الحدودي','LOCATION','ras-al-ain-crossing'),
 ('L1:وحدات حماية الشعب','ACTOR','YPG'), ('L1:مدينة رأس العين','LOCATION','ras-al-ain'), ('L1:ريف الحسكة الشمالي','LOCATION','hasakah-north-countryside'),
 ('L1:معبرها الحدودي','LOCATION','ras-al-ain-crossing'), ('L1:تركيا','LOCATION','turkey'), ('L1:جبهة النصرة','ACTOR','NUSRA'),
 ('L1:الدولة الإسلامية في العراق والشام','ACTOR','ISIS'), ('L1:نحو 24 ساعة','QUANTITY',None,(24,True,'other')), ('L1:الآن','ORG','alaan-tv'),
 ('L2:الوحدات','ACTOR','YPG'), ('L2:ريدور خليل','PERSON','redur-xelil'), ('L2:الآن','ORG','alaan-tv'), ('L2:النصرة','ACTOR','NUSRA'),
 ('L2:لوحدات#1','ACTOR','YPG'), ('L2:المدخل الشرقي للمدينة','LOCATION','ras-al-ain-east-entrance'),
 ('L2:اثنين','QUANTITY',None,(2,False,'arrested')), ('L2:الأحياء','LOCATION','ras-al-ain'),
 ('L3:خليل','PERSON','redur-xelil'), ('L3:الوحدات#0','ACTOR','YPG'), ('L3:معبر رأس العين الحدودي','LOCATION','ras-al-ain-crossing'),
 ('L3:بلدة جيلان بينار','LOCATION','ceylanpinar'), ('L3:قرية تل حلف','LOCATION','tal-halaf'), ('L3:المدينة','LOCATION','ras-al-ain'),
 ('L3:11','QUANTITY',None,(11,False,'killed')), ('L3:13','QUANTITY',None,(13,False,'arrested')),
 ('L3:اثنين','QUANTITY',None,(2,False,'killed')), ('L3:الوحدات#1','ACTOR','YPG'),
 ('L4:جبهة النصرة','ACTOR','NUSRA'), ('L4:تويتر','ORG','twitter'), ('L4:الميليشيات الكردية','ACTOR','YPG'),
 ('L4:نظام الأسد','ACTOR','SY_GOV'), ('L4:الريف الغربي للمدينة','LOCATION','ras-al-ain-west-countryside'),
 ('L5:الحدود#0','LOCATION','syria-turkey-border'), ('L5:المدفعية التركية','ACTOR','TR'), ('L5:قذائف','WEAPON','shells'), ('L5:بلدة جيلان بينار','LOCATION','ceylanpinar'),
 ('L5:اثنين','QUANTITY',None,(2,False,'wounded')), ('L5:الأناضول','ORG','anadolu'), ('L5:أنقرة','ACTOR','TR'),
 ('L5:الشريط الحدودي','LOCATION','syria-turkey-border'), ('L5:رأس العين','LOCATION','ras-al-ain'),
 ('L6:الدولة الإسلامية في العراق والشام','ACTOR','ISIS'), ('L6:نحو 20 سيارة','QUANTITY',None,(20,True,'vehicles')),
 ('L6:سيارة','WEAPON','vehicles'), ('L6:رشاشات ثقيلة','WEAPON','heavy-machine-guns'), ('L6:مدينة تل أبيض','LOCATION','tal-abyad'),
 ('L6:قرية تل حلف','LOCATION','tal-halaf'), ('L6:المدينة','LOCATION','ras-al-ain'),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L7:الوحدات#0','ACTOR','YPG'), ('L7:النصرة','ACTOR','NUSRA'),
 ('L7:قريتي تل حلف','LOCATION','tal-halaf'), ('L7:تل خنزير','LOCATION','tal-khanzir'), ('L7:الوحدات#1','ACTOR','YPG'),
 ('L7:المداخل الغربية للمدينة','LOCATION','ras-al-ain-west-entrances'),
 ('L8:ثمانية أشهر','QUANTITY',None,(8,False,'other')), ('L8:الجيش الحر','ACTOR','FSA'), ('L8:جبهة النصرة','ACTOR','NUSRA'),
 ('L8:رأس العين','LOCATION','ras-al-ain'), ('L8:المقاتلين الأكراد','ACTOR','YPG'),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:مدينة الحسكة','LOCATION','hasakah'), ('L9:مطار القامشلي','LOCATION','qamishli-airport'),
 ('L9:الوحدات الكردية','ACTOR','YPG'), ('L9:المدن ذات الغالبية الكردية','LOCATION','kurdish-majority-towns'),
 ('L9:شمال شرق سوريا','LOCATION','northeast-syria'), ('L9:القوات الحكومية','ACTOR','SY_GOV'),
]
times = [
 ('L1:صباح اليوم الأربعاء', D, 'part-of-day', {'part': 'morning'}),
 ('L2:فجر الثلاثاء', TUE, 'part-of-day', {'part': 'morning'}),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:بعد ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L8:تشرين الثاني الماضي', '2012-11', 'month'),
 ('L8:شباط', '2013-02', 'month'),
 ('L9:تموز من العام الماضي', '2012-07', 'month'),
]
AM = 'L1:صباح اليوم الأربعاء'
TUEF = 'L2:فجر الثلاثاء'
DAWN = 'L3:فجر اليوم'
ACT = 'ناشطون أكراد'
XEL = 'ريدور خليل'
NUS = 'جبهة النصرة'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=AM, actors=['YPG'], targets=['NUSRA', 'ISIS'], loc='L1:مدينة رأس العين', attr=ACT),     # 1
 dict(type='ATTACK', trig='L1:اشتباكات', time=TUEF, actors=['YPG', 'NUSRA', 'ISIS'], loc='L1:مدينة رأس العين',
      qty=['L1:نحو 24 ساعة'], attr=ACT),                                                                                      # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['YPG'], attr=XEL),                                                              # 3
 dict(type='ATTACK', trig='L2:المواجهات', time=TUEF, actors=['YPG', 'NUSRA'], attr=XEL),                                       # 4
 dict(type='ATTACK', trig='L2:هاجم', time=TUEF, actors=['NUSRA'], targets=['YPG'], loc='L2:المدخل الشرقي للمدينة', attr=XEL),    # 5
 dict(type='ARREST', trig='L2:اعتقلوا', time=TUEF, actors=['NUSRA'], targets=['YPG'], qty=['L2:اثنين'], attr=XEL),               # 6
 dict(type='CONTROL', trig='L3:سيطروا', time=DAWN, actors=['YPG'], targets=['NUSRA', 'ISIS'], loc='L3:معبر رأس العين الحدودي', attr=XEL),  # 7
 dict(type='WITHDRAWAL', trig='L3:انسحاب', time=DAWN, actors=['NUSRA', 'ISIS'], loc='L3:معبر رأس العين الحدودي', attr=XEL),     # 8
 dict(type='ATTACK', trig='L3:مقتل#0', time=TUEF, actors=['YPG', 'NUSRA', 'ISIS'], qty=['L3:11', 'L3:اثنين'], attr=XEL),          # 9
 dict(type='ARREST', trig='L3:أسر', time=TUEF, actors=['YPG'], targets=['NUSRA', 'ISIS'], qty=['L3:13'], attr=XEL),              # 10
 dict(type='STATEMENT', trig='L4:بيان', actors=['NUSRA'], attr=NUS),                                                           # 11
 dict(type='CONTROL', trig='L4:خسروا', mod='denied', targets=['NUSRA'], loc='L4:الريف الغربي للمدينة', attr=NUS),                # 12
 dict(type='ATTACK', trig='L4:المعركة', time=TUEF, actors=['NUSRA', 'YPG'], attr=NUS),                                         # 13
 dict(type='ATTACK', trig='L5:ردت', actors=['TR'], attr='الأناضول'),                                                           # 14
 dict(type='ATTACK', trig='L5:سقطت', loc='L5:بلدة جيلان بينار', weapons=['L5:قذائف'], qty=['L5:اثنين'], attr='الأناضول'),        # 15
 dict(type='MOVEMENT', trig='L5:عززت', actors=['TR'], loc='L5:الشريط الحدودي'),                                                # 16
 dict(type='MOVEMENT', trig='L6:دفعت', time='L6:بعد ظهر اليوم', actors=['ISIS'], loc='L6:قرية تل حلف',
      weapons=['L6:سيارة', 'L6:رشاشات ثقيلة'], qty=['L6:نحو 20 سيارة'], attr='ناشطون'),                                         # 17
 dict(type='ATTACK', trig='L6:لهجوم', mod='planned', actors=['ISIS'], targets=['YPG'], loc='L6:المدينة', attr='ناشطون'),         # 18
 dict(type='ATTACK', trig='L7:اشتباكات', actors=['YPG', 'NUSRA'], loc='L7:قريتي تل حلف', attr=SOHR),                            # 19
 dict(type='MOVEMENT', trig='L7:انتشار', actors=['YPG'], loc='L7:المداخل الغربية للمدينة', attr=SOHR),                            # 20
 dict(type='MOVEMENT', trig='L8:دخول', time='L8:تشرين الثاني الماضي', actors=['FSA', 'NUSRA'], loc='L8:رأس العين'),             # 21
 dict(type='AGREEMENT', trig='L8:هدنة', time='L8:شباط', actors=['FSA', 'NUSRA', 'YPG']),                                       # 22
 dict(type='CONTROL', trig='L9:تسيطر', time='L9:تموز من العام الماضي', actors=['YPG'], loc='L9:المدن ذات الغالبية الكردية'),      # 23
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time='L9:تموز من العام الماضي', actors=['SY_GOV'], loc='L9:المدن ذات الغالبية الكردية'),  # 24
]
DM = (D, 'part-of-day')
TD = (D, 'day')
TM = (TUE, 'part-of-day')
NOV = ('2012-11', 'month')
JUL = ('2012-07', 'month')
forces = [
 dict(actor='YPG', loc=('مدينة رأس العين', 'ras-al-ain'), as_of=DM, status='controls', source=ACT, line=1, events=[1]),
 dict(actor='YPG', loc=('معبرها الحدودي', 'ras-al-ain-crossing'), as_of=DM, status='controls', source=ACT, line=1, events=[1]),
 dict(actor='YPG', loc=('مدينة رأس العين', 'ras-al-ain'), as_of=TD, status='present', source=ACT, line=1, events=[2]),
 dict(actor='NUSRA', loc=('مدينة رأس العين', 'ras-al-ain'), as_of=TD, status='present', source=ACT, line=1, events=[2]),
 dict(actor='ISIS', loc=('مدينة رأس العين', 'ras-al-ain'), as_of=TD, status='present', source=ACT, line=1, events=[2]),
 dict(actor='YPG', assets='حاجز', loc=('المدخل الشرقي للمدينة', 'ras-al-ain-east-entrance'), as_of=TM, status='attacked', source=XEL, line=2, events=[5]),
 dict(actor='YPG', assets='حاجز', loc=('المدخل الشرقي للمدينة', 'ras-al-ain-east-entrance'), as_of=TM, status='present', source=XEL, line=2, events=[5]),
 dict(actor='NUSRA', loc=('المدخل الشرقي للمدينة', 'ras-al-ain-east-entrance'), as_of=TM, status='present', source=XEL, line=2, events=[5]),
 dict(actor='YPG', loc=('معبر رأس العين الحدودي', 'ras-al-ain-crossing'), as_of=DM, status='controls', source=XEL, line=3, events=[7]),
 dict(actor='NUSRA', loc=('معبر رأس العين الحدودي', 'ras-al-ain-crossing'), as_of=DM, status='withdrawn', source=XEL, line=3, events=[8]),
 dict(actor='ISIS', loc=('معبر رأس العين الحدودي', 'ras-al-ain-crossing'), as_of=DM, status='withdrawn', source=XEL, line=3, events=[8]),
 dict(actor='TR', loc=('الشريط الحدودي', 'syria-turkey-border'), as_of=TD, status='reinforced', line=5, events=[16]),
 dict(actor='ISIS', strength=(20, True, 'vehicles'), assets='نحو 20 سيارة مزودة برشاشات ثقيلة', loc=('قرية تل حلف', 'tal-halaf'),
      as_of=DM, status='reinforced', source='ناشطون', line=6, events=[17]),
 dict(actor='YPG', loc=('قريتي تل حلف', 'tal-halaf'), as_of=TD, status='present', source=SOHR, line=7, events=[19]),
 dict(actor='NUSRA', loc=('قريتي تل حلف', 'tal-halaf'), as_of=TD, status='present', source=SOHR, line=7, events=[19]),
 dict(actor='YPG', loc=('تل خنزير', 'tal-khanzir'), as_of=TD, status='present', source=SOHR, line=7, events=[19]),
 dict(actor='NUSRA', loc=('تل خنزير', 'tal-khanzir'), as_of=TD, status='present', source=SOHR, line=7, events=[19]),
 dict(actor='YPG', loc=('المداخل الغربية للمدينة', 'ras-al-ain-west-entrances'), as_of=TD, status='present', source=SOHR, line=7, events=[20]),
 dict(actor='FSA', loc=('رأس العين', 'ras-al-ain'), as_of=NOV, status='arrived', line=8, events=[21]),
 dict(actor='NUSRA', loc=('رأس العين', 'ras-al-ain'), as_of=NOV, status='arrived', line=8, events=[21]),
 dict(actor='SY_GOV', loc=('مدينة الحسكة', 'hasakah'), as_of=TD, status='present', line=9),
 dict(actor='SY_GOV', loc=('مطار القامشلي', 'qamishli-airport'), as_of=TD, status='present', line=9),
 dict(actor='YPG', loc=('المدن ذات الغالبية الكردية', 'kurdish-majority-towns'), as_of=TD, status='controls', line=9, events=[23]),
 dict(actor='SY_GOV', loc=('المدن ذات الغالبية الكردية', 'kurdish-majority-towns'), as_of=JUL, status='withdrawn', line=9, events=[24]),
]
build('alaan-ras-al-ain', None, 'قناة الآن', D, L, ents, times, events, forces)
