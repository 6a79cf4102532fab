from build import build
L = [
'عشرة قتلى من "الحشد" بهجوم لـ"داعش" قرب مكيشيفة.. وتعزيزات عسكرية إلى تخوم سامراء',
'بغداد/ العالم الجديد',
'قُتل عشرة من عناصر الحشد الشعبي وأصيب أربعة آخرون، فجر اليوم السبت، بهجوم شنه مسلحو تنظيم داعش على نقاط مرابطة قرب ناحية مكيشيفة جنوبي تكريت في محافظة صلاح الدين، بحسب ما أفاد مصدر أمني لـ"العالم الجديد".',
'وأوضح المصدر، الذي طلب عدم الكشف عن اسمه، أن "نحو 20 مسلحاً تسللوا من جهة جزيرة سامراء وهاجموا ثلاث نقاط للحشد بالأسلحة المتوسطة وبنادق القنص، ثم فجروا عبوة ناسفة على عجلة تقل تعزيزات كانت في طريقها إلى النقاط المستهدفة".',
'وأضاف أن الاشتباكات استمرت قرابة ساعتين قبل أن ينسحب المهاجمون باتجاه الجزيرة، مشيراً إلى أن طيران الجيش نفذ بعد ذلك ضربتين جويتين على تجمعات لهم في بساتين مطيبيجة.',
'من جانبها، ذكرت هيئة الحشد الشعبي في بيان أن قواتها "تصدت لهجوم إرهابي غادر على قاطع مكيشيفة وكبّدت الدواعش خسائر فادحة"، مؤكدة أنها "أحكمت سيطرتها على جميع النقاط التي تعرضت للاعتداء".',
'وفي السياق، أعلنت قيادة العمليات المشتركة، ظهر اليوم، أنها دفعت بتعزيزات من الجيش العراقي، بينها نحو 40 عجلة عسكرية، ونحو 300 مقاتل من الحشد إلى ناحية مكيشيفة، وأنها ستطلق خلال الساعات المقبلة عملية واسعة لتفتيش بساتين مطيبيجة وجزيرة سامراء.',
'ويأتي الهجوم بعد أيام من تفجير انتحاري استهدف مقر مديرية الاستخبارات في كركوك، الثلاثاء الماضي، وأسفر عن إصابة ثلاثة من منتسبيها، وتبناه التنظيم عبر وكالة "أعماق".',
'وكانت خلية الإعلام الأمني قد أعلنت، الأربعاء الماضي، مقتل ثلاثة من عناصر التنظيم بضربة جوية لطيران التحالف الدولي في وادي الشاي جنوب كركوك.',
'ويرى الخبير في الشؤون الأمنية هشام العبيدي، في حديث لـ"العالم الجديد"، أن التنظيم "يستغل انشغال القوات الأمنية بتطبيق حظر التجوال لمواجهة فيروس كورونا"، فضلاً عن انسحاب قوات التحالف في آذار الماضي من قواعد القائم والقيارة و"كي 1" في كركوك.',
'وتشير تقديرات أمنية إلى أن ما بين 2500 و3000 مسلح من "داعش" ما زالوا ينتشرون في المناطق الوعرة بين صلاح الدين وكركوك وديالى، ولا سيما في سلسلة جبال حمرين.',
]
D = '2020-05-02'   # Saturday; Baghdad news site, web copy of its own day
PMF = 'OTHER:pmf'
ents = [
 ('L0:عشرة قتلى','QUANTITY',None,(10,False,'killed')), ('L0:الحشد','ACTOR',PMF), ('L0:داعش','ACTOR','ISIS'),
 ('L0:مكيشيفة','LOCATION','mkeishifa'), ('L0:سامراء','LOCATION','samarra'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:العالم الجديد','ORG','alaalem-aljadeed'),
 ('L2:عشرة','QUANTITY',None,(10,False,'killed')), ('L2:الحشد الشعبي','ACTOR',PMF), ('L2:أربعة','QUANTITY',None,(4,False,'wounded')),
 ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:ناحية مكيشيفة','LOCATION','mkeishifa'), ('L2:تكريت','LOCATION','tikrit'),
 ('L2:محافظة صلاح الدين','LOCATION','salahuddin-governorate'), ('L2:العالم الجديد','ORG','alaalem-aljadeed'),
 ('L3:نحو 20 مسلحاً','QUANTITY',None,(20,True,'fighters')), ('L3:جزيرة سامراء','LOCATION','samarra-island'),
 ('L3:ثلاث نقاط','QUANTITY',None,(3,False,'other')), ('L3:لحشد','ACTOR',PMF), ('L3:الأسلحة المتوسطة','WEAPON','medium-weapons'),
 ('L3:بنادق القنص','WEAPON','sniper-rifles'), ('L3:عبوة ناسفة','WEAPON','ied'), ('L3:عجلة','WEAPON','vehicle'),
 ('L4:قرابة ساعتين','QUANTITY',None,(2,True,'other')), ('L4:الجزيرة','LOCATION','samarra-island'), ('L4:طيران الجيش','ACTOR','IQ_GOV'),
 ('L4:ضربتين جويتين','QUANTITY',None,(2,False,'other')), ('L4:بساتين مطيبيجة','LOCATION','mutaibija-orchards'),
 ('L5:هيئة الحشد الشعبي','ACTOR',PMF), ('L5:قاطع مكيشيفة','LOCATION','mkeishifa'), ('L5:الدواعش','ACTOR','ISIS'),
 ('L6:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L6:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L6:نحو 40 عجلة عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L6:عجلة عسكرية','WEAPON','military-vehicles'),
 ('L6:نحو 300 مقاتل','QUANTITY',None,(300,True,'fighters')), ('L6:الحشد','ACTOR',PMF), ('L6:ناحية مكيشيفة','LOCATION','mkeishifa'),
 ('L6:بساتين مطيبيجة','LOCATION','mutaibija-orchards'), ('L6:جزيرة سامراء','LOCATION','samarra-island'),
 ('L7:مقر مديرية الاستخبارات','LOCATION','kirkuk-intelligence-hq'), ('L7:كركوك','LOCATION','kirkuk'),
 ('L7:ثلاثة','QUANTITY',None,(3,False,'wounded')), ('L7:التنظيم','ACTOR','ISIS'), ('L7:أعماق','ORG','amaq'),
 ('L8:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L8:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:طيران التحالف الدولي','ACTOR','COALITION'), ('L8:وادي الشاي','LOCATION','wadi-al-shay'), ('L8:كركوك','LOCATION','kirkuk'),
 ('L9:هشام العبيدي','PERSON','hisham-al-obaidi'), ('L9:العالم الجديد','ORG','alaalem-aljadeed'), ('L9:التنظيم','ACTOR','ISIS'),
 ('L9:القوات الأمنية','ACTOR','IQ_GOV'), ('L9:قوات التحالف','ACTOR','COALITION'), ('L9:قواعد القائم','LOCATION','al-qaim-base'),
 ('L9:القيارة','LOCATION','qayyarah-airbase'), ('L9:كي 1','LOCATION','k1-base'), ('L9:كركوك','LOCATION','kirkuk'),
 ('L10:ما بين 2500 و3000 مسلح','QUANTITY',None,([2500, 3000],True,'fighters')), ('L10:داعش','ACTOR','ISIS'),
 ('L10:المناطق الوعرة','LOCATION','salahuddin-kirkuk-diyala-rugged-areas'), ('L10:صلاح الدين','LOCATION','salahuddin-governorate'),
 ('L10:كركوك','LOCATION','kirkuk-governorate'), ('L10:ديالى','LOCATION','diyala-governorate'),
 ('L10:سلسلة جبال حمرين','LOCATION','hamrin-mountains'),
]
times = [
 ('L2:فجر اليوم السبت', D, 'part-of-day', {'part': 'morning'}),
 ('L6:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L6:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L7:الثلاثاء الماضي', '2020-04-28', 'day'),
 ('L8:الأربعاء الماضي', '2020-04-29', 'day'),
 ('L9:آذار الماضي', '2020-03', 'month'),
]
DAWN = 'L2:فجر اليوم السبت'
SRC = 'مصدر أمني'
HAY = 'هيئة الحشد الشعبي'
JOC = 'قيادة العمليات المشتركة'
events = [
 dict(type='ATTACK', trig='L2:هجوم', time=DAWN, actors=['ISIS'], targets=[PMF], loc='L2:ناحية مكيشيفة',
      qty=['L2:عشرة', 'L2:أربعة'], attr=SRC),                                                                                 # 1
 dict(type='MOVEMENT', trig='L3:تسللوا', time=DAWN, actors=['ISIS'], loc='L3:جزيرة سامراء', qty=['L3:نحو 20 مسلحاً'], attr=SRC),  # 2
 dict(type='ATTACK', trig='L3:هاجموا', time=DAWN, actors=['ISIS'], targets=[PMF],
      weapons=['L3:الأسلحة المتوسطة', 'L3:بنادق القنص'], qty=['L3:ثلاث نقاط'], attr=SRC),                                     # 3
 dict(type='ATTACK', trig='L3:فجروا', time=DAWN, actors=['ISIS'], targets=[PMF], weapons=['L3:عبوة ناسفة'], attr=SRC),         # 4
 dict(type='ATTACK', trig='L4:الاشتباكات', time=DAWN, actors=['ISIS', PMF], qty=['L4:قرابة ساعتين'], attr=SRC),                 # 5
 dict(type='WITHDRAWAL', trig='L4:ينسحب', time=DAWN, actors=['ISIS'], attr=SRC),                                              # 6
 dict(type='ATTACK', trig='L4:ضربتين', actors=['IQ_GOV'], targets=['ISIS'], loc='L4:بساتين مطيبيجة',
      qty=['L4:ضربتين جويتين'], attr=SRC),                                                                                      # 7
 dict(type='STATEMENT', trig='L5:بيان', actors=[PMF], attr=HAY),                                                              # 8
 dict(type='ATTACK', trig='L5:تصدت', time=DAWN, actors=[PMF], targets=['ISIS'], loc='L5:قاطع مكيشيفة', attr=HAY),             # 9
 dict(type='ATTACK', trig='L5:هجوم', time=DAWN, actors=['ISIS'], targets=[PMF], loc='L5:قاطع مكيشيفة', attr=HAY),             # 10
 dict(type='CONTROL', trig='L5:أحكمت سيطرتها', time=DAWN, actors=[PMF], attr=HAY),                                            # 11
 dict(type='STATEMENT', trig='L6:أعلنت', time='L6:ظهر اليوم', actors=['IQ_GOV'], attr=JOC),                                    # 12
 dict(type='MOVEMENT', trig='L6:دفعت', time='L6:ظهر اليوم', actors=['IQ_GOV', PMF], loc='L6:ناحية مكيشيفة',
      weapons=['L6:عجلة عسكرية'], qty=['L6:نحو 40 عجلة عسكرية', 'L6:نحو 300 مقاتل'], attr=JOC),                               # 13
 dict(type='OPERATION', trig='L6:عملية', mod='planned', time='L6:خلال الساعات المقبلة', actors=['IQ_GOV'],
      loc='L6:بساتين مطيبيجة', attr=JOC),                                                                                      # 14
 dict(type='ATTACK', trig='L7:الهجوم', time=DAWN, actors=['ISIS'], targets=[PMF]),                                             # 15
 dict(type='ATTACK', trig='L7:تفجير انتحاري', time='L7:الثلاثاء الماضي', actors=['ISIS'], targets=['IQ_GOV'],
      loc='L7:مقر مديرية الاستخبارات', qty=['L7:ثلاثة']),                                                                       # 16
 dict(type='STATEMENT', trig='L8:أعلنت', time='L8:الأربعاء الماضي', actors=['IQ_GOV'], attr='خلية الإعلام الأمني'),            # 17
 dict(type='ATTACK', trig='L8:ضربة جوية', time='L8:الأربعاء الماضي', actors=['COALITION'], targets=['ISIS'],
      loc='L8:وادي الشاي', qty=['L8:ثلاثة'], attr='خلية الإعلام الأمني'),                                                        # 18
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time='L9:آذار الماضي', actors=['COALITION'], loc='L9:قواعد القائم', attr='هشام العبيدي'),  # 19
 dict(type='MOVEMENT', trig='L10:ينتشرون', actors=['ISIS'], loc='L10:المناطق الوعرة',
      qty=['L10:ما بين 2500 و3000 مسلح'], attr='تقديرات أمنية'),                                                                # 20
]
DP = (D, 'part-of-day')
TD = (D, 'day')
MAR = ('2020-03', 'month')
forces = [
 dict(actor=PMF, assets='نقاط مرابطة', loc=('ناحية مكيشيفة', 'mkeishifa'), as_of=DP, status='attacked', source=SRC, line=2, events=[1]),
 dict(actor=PMF, loc=('ناحية مكيشيفة', 'mkeishifa'), as_of=DP, status='present', source=SRC, line=2, events=[1]),
 dict(actor='ISIS', loc=('ناحية مكيشيفة', 'mkeishifa'), as_of=DP, status='present', source=SRC, line=2, events=[1]),
 dict(actor='ISIS', assets='تجمعات', loc=('بساتين مطيبيجة', 'mutaibija-orchards'), as_of=TD, status='attacked', source=SRC, line=4, events=[7]),
 dict(actor=PMF, loc=('قاطع مكيشيفة', 'mkeishifa'), as_of=DP, status='attacked', source=HAY, line=5, events=[10]),
 dict(actor=PMF, loc=('قاطع مكيشيفة', 'mkeishifa'), as_of=DP, status='present', source=HAY, line=5, events=[9, 10]),
 dict(actor='ISIS', loc=('قاطع مكيشيفة', 'mkeishifa'), as_of=DP, status='present', source=HAY, line=5, events=[9, 10]),
 dict(actor='IQ_GOV', strength=(40, True, 'vehicles'), assets='تعزيزات من الجيش العراقي، نحو 40 عجلة عسكرية',
      loc=('ناحية مكيشيفة', 'mkeishifa'), as_of=TD, status='reinforced', source=JOC, line=6, events=[13]),
 dict(actor=PMF, strength=(300, True, 'fighters'), loc=('ناحية مكيشيفة', 'mkeishifa'), as_of=TD, status='reinforced', source=JOC, line=6, events=[13]),
 dict(actor='IQ_GOV', assets='مقر مديرية الاستخبارات', loc=('مقر مديرية الاستخبارات', 'kirkuk-intelligence-hq'), as_of=('2020-04-28', 'day'),
      status='attacked', line=7, events=[16]),
 dict(actor='ISIS', loc=('وادي الشاي', 'wadi-al-shay'), as_of=('2020-04-29', 'day'), status='attacked', source='خلية الإعلام الأمني', line=8, events=[18]),
 dict(actor='COALITION', loc=('قواعد القائم', 'al-qaim-base'), as_of=MAR, status='withdrawn', source='هشام العبيدي', line=9, events=[19]),
 dict(actor='COALITION', loc=('القيارة', 'qayyarah-airbase'), as_of=MAR, status='withdrawn', source='هشام العبيدي', line=9, events=[19]),
 dict(actor='COALITION', loc=('كي 1', 'k1-base'), as_of=MAR, status='withdrawn', source='هشام العبيدي', line=9, events=[19]),
 dict(actor='ISIS', strength=([2500, 3000], True, 'fighters'), loc=('المناطق الوعرة بين صلاح الدين وكركوك وديالى', 'salahuddin-kirkuk-diyala-rugged-areas'),
      as_of=TD, status='present', source='تقديرات أمنية', line=10, events=[20]),
 dict(actor='ISIS', loc=('سلسلة جبال حمرين', 'hamrin-mountains'), as_of=TD, status='present', source='تقديرات أمنية', line=10, events=[20]),
]
build('alaalem-mkeishifa-pmf-attack', None, 'العالم الجديد', D, L, ents, times, events, forces)
