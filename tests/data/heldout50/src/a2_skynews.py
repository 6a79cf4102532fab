from build import build
L = [
'روسيا تنشر مروحيات في مطار القامشلي شمال شرقي سوريا',
'سكاي نيوز عربية - أبوظبي',
'نشرت القوات الروسية مروحيات قتالية ومنظومة دفاع جوي في مطار القامشلي بمحافظة الحسكة، في أول تمركز جوي روسي دائم شرق نهر الفرات، حسبما أفادت وزارة الدفاع الروسية، الجمعة.',
'وأوضحت الوزارة أن ثلاث مروحيات من طراز "مي-35" ومروحية نقل من طراز "مي-8" وصلت إلى المطار مساء الخميس، ترافقها وحدة من الشرطة العسكرية قوامها نحو 100 عنصر.',
'وقال مسؤول عسكري روسي لوكالة "إنترفاكس" إن المروحيات ستؤمّن الدوريات المشتركة التي تسيّرها موسكو وأنقرة على طول الحدود، بموجب مذكرة سوتشي الموقعة في 22 أكتوبر الماضي.',
'ويأتي الانتشار الروسي بعد أسابيع من انسحاب القوات الأميركية من قاعدة صرين جنوبي مدينة عين العرب (كوباني) ومن مواقعها قرب منبج، إثر بدء تركيا عملية "نبع السلام" في التاسع من أكتوبر.',
'في المقابل، أكد المتحدث باسم البنتاغون أن نحو 600 جندي أميركي سيبقون في شمال شرقي سوريا، معظمهم في محيط حقول النفط بمحافظتي دير الزور والحسكة، لمنع عودة تنظيم "داعش".',
'وعلى الأرض، قالت مصادر محلية لسكاي نيوز عربية إن رتلاً من 20 آلية روسية عبر بلدة تل تمر صباح اليوم متجهاً إلى مدينة عامودا، فيما عزز الجيش السوري نقاطه في محيط بلدة عين عيسى شمالي الرقة.',
'وشهد الريف الشرقي لمدينة رأس العين، ليل الخميس الجمعة، اشتباكات متقطعة بين "قسد" وفصائل "الجيش الوطني" الموالية لأنقرة قرب قرية المناجير، وفق المرصد السوري لحقوق الإنسان.',
'وأضاف المرصد أن طائرة مسيّرة تركية قصفت فجر اليوم سيارة عسكرية تابعة لـ"قسد" على طريق تل تمر - أبو راسين، ما أسفر عن مقتل ثلاثة من عناصرها.',
'ونفت وزارة الدفاع التركية في بيان استهداف أي مواقع مدنية، مؤكدة أن قواتها "حيّدت" خمسة من مسلحي "وحدات حماية الشعب" خلال الساعات الـ24 الماضية.',
'وتتقاسم دمشق و"قسد" السيطرة على مدينة القامشلي، إذ يحتفظ الجيش السوري بالمطار وبمربع أمني وسط المدينة.',
]
D = '2019-11-15'   # Friday; web copy of its day
THU = '2019-11-14'
ents = [
 ('L0:روسيا','ACTOR','RU'), ('L0:مطار القامشلي','LOCATION','qamishli-airport'), ('L0:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L1:سكاي نيوز عربية','ORG','skynews-arabia'), ('L1:أبوظبي','LOCATION','abu-dhabi'),
 ('L2:القوات الروسية','ACTOR','RU'), ('L2:مروحيات قتالية','WEAPON','helicopters'), ('L2:منظومة دفاع جوي','WEAPON','air-defence-system'),
 ('L2:مطار القامشلي','LOCATION','qamishli-airport'), ('L2:محافظة الحسكة','LOCATION','hasakah-governorate'),
 ('L2:شرق نهر الفرات','LOCATION','east-of-euphrates'), ('L2:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L3:الوزارة','ACTOR','RU'), ('L3:ثلاث مروحيات','QUANTITY',None,(3,False,'aircraft')), ('L3:مروحيات من طراز "مي-35"','WEAPON','mi-35'),
 ('L3:مروحية نقل من طراز "مي-8"','WEAPON','mi-8'), ('L3:المطار','LOCATION','qamishli-airport'), ('L3:الشرطة العسكرية','ACTOR','RU'),
 ('L3:نحو 100 عنصر','QUANTITY',None,(100,True,'troops')),
 ('L4:إنترفاكس','ORG','interfax'), ('L4:المروحيات','WEAPON','helicopters'), ('L4:موسكو','ACTOR','RU'), ('L4:أنقرة','ACTOR','TR'),
 ('L4:الحدود','LOCATION','syria-turkey-border'), ('L4:سوتشي','LOCATION','sochi'),
 ('L5:القوات الأميركية','ACTOR','US'), ('L5:قاعدة صرين','LOCATION','sarrin-base'), ('L5:مدينة عين العرب','LOCATION','kobani'),
 ('L5:كوباني','LOCATION','kobani'), ('L5:منبج','LOCATION','manbij'), ('L5:تركيا','ACTOR','TR'),
 ('L6:البنتاغون','ACTOR','US'), ('L6:نحو 600 جندي','QUANTITY',None,(600,True,'troops')), ('L6:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L6:محيط حقول النفط','LOCATION','syria-oilfields'), ('L6:محافظتي دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L6:الحسكة','LOCATION','hasakah-governorate'), ('L6:تنظيم "داعش"','ACTOR','ISIS'),
 ('L7:سكاي نيوز عربية','ORG','skynews-arabia'), ('L7:20 آلية','QUANTITY',None,(20,False,'vehicles')), ('L7:آلية','WEAPON','vehicles'),
 ('L7:بلدة تل تمر','LOCATION','tal-tamr'), ('L7:مدينة عامودا','LOCATION','amuda'), ('L7:الجيش السوري','ACTOR','SY_GOV'),
 ('L7:محيط بلدة عين عيسى','LOCATION','ain-issa-surroundings'), ('L7:الرقة','LOCATION','raqqa'),
 ('L8:الريف الشرقي لمدينة رأس العين','LOCATION','ras-al-ain-east-countryside'), ('L8:قسد','ACTOR','SDF'),
 ('L8:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L8:أنقرة','ACTOR','TR'), ('L8:قرية المناجير','LOCATION','manajir'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L9:المرصد','ORG','sohr'), ('L9:طائرة مسيّرة تركية','WEAPON','drones'), ('L9:سيارة عسكرية','WEAPON','vehicles'), ('L9:قسد','ACTOR','SDF'),
 ('L9:طريق تل تمر - أبو راسين','LOCATION','tal-tamr-abu-rasin-road'), ('L9:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L10:وزارة الدفاع التركية','ACTOR','TR'), ('L10:خمسة','QUANTITY',None,(5,False,'killed')), ('L10:وحدات حماية الشعب','ACTOR','YPG'),
 ('L11:دمشق','ACTOR','SY_GOV'), ('L11:قسد','ACTOR','SDF'), ('L11:مدينة القامشلي','LOCATION','qamishli'), ('L11:الجيش السوري','ACTOR','SY_GOV'),
 ('L11:المطار','LOCATION','qamishli-airport'), ('L11:مربع أمني','LOCATION','qamishli-security-square'), ('L11:المدينة','LOCATION','qamishli'),
]
times = [
 ('L2:الجمعة', D, 'day'),
 ('L3:مساء الخميس', THU, 'part-of-day', {'part': 'evening'}),
 ('L4:22 أكتوبر الماضي', '2019-10-22', 'day'),
 ('L5:التاسع من أكتوبر', '2019-10-09', 'day'),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:ليل الخميس الجمعة', THU, 'part-of-day', {'part': 'night'}),
 ('L9:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L10:خلال الساعات الـ24 الماضية', THU + '/' + D, 'day'),
]
MOD = 'وزارة الدفاع الروسية'
SOHR = 'المرصد السوري لحقوق الإنسان'
TMOD = 'وزارة الدفاع التركية'
events = [
 dict(type='MOVEMENT', trig='L2:نشرت', time='L2:الجمعة', actors=['RU'], loc='L2:مطار القامشلي',
      weapons=['L2:مروحيات قتالية', 'L2:منظومة دفاع جوي'], attr=MOD),                                                 # 1
 dict(type='MOVEMENT', trig='L3:وصلت', time='L3:مساء الخميس', actors=['RU'], loc='L3:المطار',
      weapons=['L3:مروحيات من طراز "مي-35"', 'L3:مروحية نقل من طراز "مي-8"'], qty=['L3:ثلاث مروحيات', 'L3:نحو 100 عنصر'], attr=MOD),  # 2
 dict(type='TRAINING', trig='L4:الدوريات المشتركة', actors=['RU', 'TR'], loc='L4:الحدود', attr='مسؤول عسكري روسي'),         # 3
 dict(type='AGREEMENT', trig='L4:مذكرة', time='L4:22 أكتوبر الماضي', actors=['RU', 'TR'], loc='L4:سوتشي'),                   # 4
 dict(type='MOVEMENT', trig='L5:الانتشار', time='L2:الجمعة', actors=['RU']),                                                # 5
 dict(type='WITHDRAWAL', trig='L5:انسحاب', actors=['US'], loc='L5:قاعدة صرين'),                                              # 6
 dict(type='OPERATION', trig='L5:عملية', time='L5:التاسع من أكتوبر', actors=['TR'], targets=['SDF']),                        # 7
 dict(type='MOVEMENT', trig='L7:عبر', time='L7:صباح اليوم', actors=['RU'], loc='L7:بلدة تل تمر', weapons=['L7:آلية'],
      qty=['L7:20 آلية'], attr='مصادر محلية'),                                                                          # 8
 dict(type='MOVEMENT', trig='L7:عزز', time='L7:صباح اليوم', actors=['SY_GOV'], loc='L7:محيط بلدة عين عيسى', attr='مصادر محلية'),  # 9
 dict(type='ATTACK', trig='L8:اشتباكات', time='L8:ليل الخميس الجمعة', actors=['SDF', 'FSA'], loc='L8:قرية المناجير', attr=SOHR),  # 10
 dict(type='ATTACK', trig='L9:قصفت', time='L9:فجر اليوم', actors=['TR'], targets=['SDF'], loc='L9:طريق تل تمر - أبو راسين',
      weapons=['L9:طائرة مسيّرة تركية'], qty=['L9:ثلاثة'], attr=SOHR),                                                   # 11
 dict(type='STATEMENT', trig='L10:بيان', actors=['TR'], attr=TMOD),                                                        # 12
 dict(type='ATTACK', trig='L10:استهداف', mod='denied', actors=['TR'], attr=TMOD),                                            # 13
 dict(type='ATTACK', trig='L10:حيّدت', time='L10:خلال الساعات الـ24 الماضية', actors=['TR'], targets=['YPG'], qty=['L10:خمسة'], attr=TMOD),  # 14
 dict(type='CONTROL', trig='L11:تتقاسم', time='L2:الجمعة', actors=['SY_GOV', 'SDF'], loc='L11:مدينة القامشلي'),               # 15
 dict(type='CONTROL', trig='L11:يحتفظ', time='L2:الجمعة', actors=['SY_GOV'], loc='L11:المطار'),                              # 16
]
DD = (D, 'day')
forces = [
 dict(actor='RU', assets='مروحيات قتالية ومنظومة دفاع جوي', loc=('مطار القامشلي', 'qamishli-airport'), as_of=DD, status='arrived', source=MOD, line=2, events=[1]),
 dict(actor='RU', strength=(100, True, 'troops'), assets='ثلاث مروحيات "مي-35" ومروحية نقل "مي-8"، وحدة من الشرطة العسكرية',
      loc=('المطار', 'qamishli-airport'), as_of=(THU, 'part-of-day'), status='arrived', source=MOD, line=3, events=[2]),
 dict(actor='RU', loc=('الحدود', 'syria-turkey-border'), as_of=DD, status='present', source='مسؤول عسكري روسي', line=4, events=[3]),
 dict(actor='TR', loc=('الحدود', 'syria-turkey-border'), as_of=DD, status='present', source='مسؤول عسكري روسي', line=4, events=[3]),
 dict(actor='US', loc=('قاعدة صرين', 'sarrin-base'), as_of=(None, 'vague'), status='withdrawn', line=5, events=[6]),
 dict(actor='US', loc=('منبج', 'manbij'), as_of=(None, 'vague'), status='withdrawn', line=5, events=[6]),
 dict(actor='US', strength=(600, True, 'troops'), loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=DD, status='present', source='البنتاغون', line=6),
 dict(actor='US', loc=('محيط حقول النفط', 'syria-oilfields'), as_of=DD, status='present', source='البنتاغون', line=6),
 dict(actor='SY_GOV', assets='نقاط', loc=('محيط بلدة عين عيسى', 'ain-issa-surroundings'), as_of=(D, 'part-of-day'), status='reinforced',
      source='مصادر محلية', line=7, events=[9]),
 dict(actor='SDF', loc=('قرية المناجير', 'manajir'), as_of=(THU, 'part-of-day'), status='present', source=SOHR, line=8, events=[10]),
 dict(actor='FSA', loc=('قرية المناجير', 'manajir'), as_of=(THU, 'part-of-day'), status='present', source=SOHR, line=8, events=[10]),
 dict(actor='SDF', assets='سيارة عسكرية', loc=('طريق تل تمر - أبو راسين', 'tal-tamr-abu-rasin-road'), as_of=(D, 'part-of-day'),
      status='attacked', source=SOHR, line=9, events=[11]),
 dict(actor='SY_GOV', loc=('مدينة القامشلي', 'qamishli'), as_of=DD, status='controls', line=11, events=[15]),
 dict(actor='SDF', loc=('مدينة القامشلي', 'qamishli'), as_of=DD, status='controls', line=11, events=[15]),
 dict(actor='SY_GOV', loc=('المطار', 'qamishli-airport'), as_of=DD, status='controls', line=11, events=[16]),
 dict(actor='SY_GOV', loc=('مربع أمني', 'qamishli-security-square'), as_of=DD, status='controls', line=11, events=[16]),
]
build('skynews-qamishli-russian-helicopters', None, 'سكاي نيوز عربية', D, L, ents, times, events, forces)
