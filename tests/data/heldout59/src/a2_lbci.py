from build import build
L = [
'خمسة انتحاريين يفجرون أنفسهم بالجيش خلال دهم مخيمات النازحين في عرسال',
'نفذ الجيش اللبناني فجر اليوم الجمعة عمليتي دهم في مخيمي "النور" و"القارية" للنازحين السوريين في بلدة عرسال، تخللهما تفجير خمسة انتحاريين أنفسهم بالقوة المداهمة، ما أدى إلى إصابة سبعة عسكريين بجروح مختلفة.',
'وأوضحت قيادة الجيش - مديرية التوجيه في بيان أن "انتحارياً فجر نفسه بدورية للجيش عند مدخل مخيم النور، ثم أقدم ثلاثة آخرون على تفجير أنفسهم داخل المخيم، فيما فجر الخامس نفسه في مخيم القارية عند اقتراب القوة منه".',
'وأشار البيان إلى مقتل طفلة من إحدى العائلات النازحة جراء أحد التفجيرات، وإلى توقيف نحو 350 شخصاً، بينهم مطلوبون بجرم الانتماء إلى تنظيم "داعش" و"جبهة النصرة"، وضبط أحزمة ناسفة وعبوات معدة للتفجير.',
'وقالت مصادر أمنية لـLBCI إن الانتحاريين ينتمون إلى خلية تابعة لتنظيم "داعش" كانت تخطط لتنفيذ تفجيرات في الداخل اللبناني انطلاقاً من المخيمات.',
'وبعد الظهر، استقدم الجيش تعزيزات إضافية إلى محيط عرسال ووادي حميد، ونشر حواجز ثابتة على الطرق المؤدية إلى الجرود، فيما سيّر دوريات مؤللة داخل أحياء البلدة.',
'كما استهدفت مدفعية الجيش مساء اليوم تحركات لمسلحين في جرود عرسال ووادي الخيل بعشرات القذائف، بحسب مراسل LBCI في البقاع.',
'ونفت مصادر عسكرية ما تداولته مواقع التواصل عن سقوط قتلى في صفوف الجيش، مؤكدة أن حالة الجرحى مستقرة وأن ثلاثة منهم غادروا المستشفى.',
'ويأتي ذلك فيما لا يزال مصير تسعة عسكريين خطفهم "داعش" خلال معركة عرسال في آب 2014 مجهولاً، بعدما أفرجت "النصرة" عن 16 عسكرياً ضمن صفقة تبادل في كانون الأول 2015.',
'سياسياً، قال رئيس الحكومة سعد الحريري إن "الجيش يحظى بالغطاء الكامل لاجتثاث الإرهاب"، فيما أكد وزير الداخلية نهاد المشنوق أن "لا مظلة فوق أي مخيم يؤوي إرهابيين".',
'وتشير تقديرات أمنية إلى أن نحو ألف مسلح من "النصرة" ونحو 600 من "داعش" ينتشرون في جرود عرسال ورأس بعلبك، فيما يحشد "حزب الله" مقاتليه على الجهة السورية من الحدود استعداداً لمعركة يُتوقع أن تنطلق خلال أسابيع.',
]
D = '2017-06-30'   # Friday; LBCI web copy of its own day
LB = 'OTHER:lebanon'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:الجيش','ACTOR',LB), ('L0:عرسال','LOCATION','arsal'),
 ('L1:الجيش اللبناني','ACTOR',LB), ('L1:عمليتي دهم','QUANTITY',None,(2,False,'other')), ('L1:مخيمي "النور"','LOCATION','al-nour-camp'),
 ('L1:القارية','LOCATION','al-qariya-camp'), ('L1:بلدة عرسال','LOCATION','arsal'), ('L1:خمسة انتحاريين','QUANTITY',None,(5,False,'fighters')),
 ('L1:سبعة عسكريين','QUANTITY',None,(7,False,'wounded')),
 ('L2:قيادة الجيش - مديرية التوجيه','ACTOR',LB), ('L2:لجيش#1','ACTOR',LB), ('L2:مخيم النور','LOCATION','al-nour-camp'), ('L2:ثلاثة','QUANTITY',None,(3,False,'fighters')),
 ('L2:المخيم','LOCATION','al-nour-camp'), ('L2:مخيم القارية','LOCATION','al-qariya-camp'),
 ('L3:نحو 350 شخصاً','QUANTITY',None,(350,True,'arrested')), ('L3:تنظيم "داعش"','ACTOR','ISIS'), ('L3:جبهة النصرة','ACTOR','NUSRA'),
 ('L3:أحزمة ناسفة','WEAPON','explosive-belts'), ('L3:عبوات','WEAPON','ieds'),
 ('L4:LBCI','ORG','lbci'), ('L4:تنظيم "داعش"','ACTOR','ISIS'), ('L4:الداخل اللبناني','LOCATION','lebanon'), ('L4:المخيمات','LOCATION','arsal-camps'),
 ('L5:الجيش','ACTOR',LB), ('L5:محيط عرسال','LOCATION','arsal-surroundings'), ('L5:وادي حميد','LOCATION','wadi-hmeid'), ('L5:الطرق','LOCATION','arsal-outskirts-roads'),
 ('L5:الجرود','LOCATION','arsal-outskirts'), ('L5:أحياء البلدة','LOCATION','arsal'),
 ('L6:مدفعية الجيش','ACTOR',LB), ('L6:جرود عرسال','LOCATION','arsal-outskirts'), ('L6:وادي الخيل','LOCATION','wadi-al-khayl'),
 ('L6:عشرات القذائف','QUANTITY',None,([24,99],True,'other')), ('L6:القذائف','WEAPON','shells'), ('L6:LBCI','ORG','lbci'), ('L6:البقاع','LOCATION','bekaa'),
 ('L7:الجيش','ACTOR',LB), ('L7:ثلاثة','QUANTITY',None,(3,False,'wounded')), ('L7:المستشفى','LOCATION','hospital'),
 ('L8:تسعة عسكريين','QUANTITY',None,(9,False,'arrested')), ('L8:داعش','ACTOR','ISIS'), ('L8:عرسال','LOCATION','arsal'), ('L8:النصرة','ACTOR','NUSRA'),
 ('L8:16 عسكرياً','QUANTITY',None,(16,False,'other')),
 ('L9:سعد الحريري','PERSON','saad-hariri'), ('L9:الجيش','ACTOR',LB), ('L9:نهاد المشنوق','PERSON','nohad-machnouk'),
 ('L10:نحو ألف مسلح','QUANTITY',None,(1000,True,'fighters')), ('L10:النصرة','ACTOR','NUSRA'), ('L10:نحو 600','QUANTITY',None,(600,True,'fighters')),
 ('L10:داعش','ACTOR','ISIS'), ('L10:جرود عرسال','LOCATION','arsal-outskirts'), ('L10:رأس بعلبك','LOCATION','ras-baalbek-outskirts'),
 ('L10:حزب الله','ACTOR',HZ), ('L10:الحدود','LOCATION','lebanon-syria-border'),
]
times = [
 ('L1:فجر اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L5:بعد الظهر', D, 'part-of-day', {'part': 'noon'}),
 ('L6:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L8:آب 2014', '2014-08', 'month'),
 ('L8:كانون الأول 2015', '2015-12', 'month'),
 ('L10:خلال أسابيع', D + '/', 'vague', {'relation': 'after'}),
]
F = 'L1:فجر اليوم الجمعة'
CMD = 'قيادة الجيش - مديرية التوجيه'
SEC = 'مصادر أمنية'
events = [
 dict(type='ARREST', trig='L1:دهم', time=F, actors=[LB], loc='L1:مخيمي "النور"', qty=['L1:عمليتي دهم']),                                 # 1
 dict(type='ATTACK', trig='L1:تفجير', time=F, targets=[LB], loc='L1:مخيمي "النور"', qty=['L1:خمسة انتحاريين', 'L1:سبعة عسكريين']),         # 2
 dict(type='STATEMENT', trig='L2:بيان', actors=[LB], attr=CMD),                                                                         # 3
 dict(type='ATTACK', trig='L2:فجر#0', time=F, targets=[LB], loc='L2:مخيم النور', attr=CMD),                                              # 4
 dict(type='ATTACK', trig='L2:تفجير', time=F, targets=[LB], loc='L2:المخيم', qty=['L2:ثلاثة'], attr=CMD),                                 # 5
 dict(type='ATTACK', trig='L2:فجر#1', time=F, targets=[LB], loc='L2:مخيم القارية', attr=CMD),                                            # 6
 dict(type='ATTACK', trig='L3:التفجيرات', time=F, targets=[LB], attr=CMD),                                                              # 7
 dict(type='ARREST', trig='L3:توقيف', time=F, actors=[LB], targets=['ISIS', 'NUSRA'], qty=['L3:نحو 350 شخصاً'], attr=CMD),               # 8
 dict(type='ATTACK', trig='L4:تفجيرات', mod='planned', actors=['ISIS'], loc='L4:الداخل اللبناني', attr=SEC),                              # 9
 dict(type='MOVEMENT', trig='L5:استقدم', time='L5:بعد الظهر', actors=[LB], loc='L5:محيط عرسال'),                                         # 10
 dict(type='MOVEMENT', trig='L5:نشر', time='L5:بعد الظهر', actors=[LB], loc='L5:الطرق'),                                                # 11
 dict(type='TRAINING', trig='L5:دوريات', time='L5:بعد الظهر', actors=[LB], loc='L5:أحياء البلدة'),                                       # 12
 dict(type='ATTACK', trig='L6:استهدفت', time='L6:مساء اليوم', actors=[LB], loc='L6:جرود عرسال', weapons=['L6:القذائف'],
      qty=['L6:عشرات القذائف'], attr='مراسل LBCI في البقاع'),                                                                            # 13
 dict(type='ATTACK', trig='L7:سقوط', mod='denied', time=F, targets=[LB], attr='مصادر عسكرية'),                                           # 14
 dict(type='ARREST', trig='L8:خطفهم', time='L8:آب 2014', actors=['ISIS'], targets=[LB], loc='L8:عرسال', qty=['L8:تسعة عسكريين']),         # 15
 dict(type='ATTACK', trig='L8:معركة', time='L8:آب 2014', actors=['ISIS', LB], loc='L8:عرسال'),                                           # 16
 dict(type='AGREEMENT', trig='L8:صفقة', time='L8:كانون الأول 2015', actors=['NUSRA', LB], qty=['L8:16 عسكرياً']),                        # 17
 dict(type='STATEMENT', trig='L9:قال', actors=[LB], attr='سعد الحريري'),                                                                # 18
 dict(type='MOVEMENT', trig='L10:ينتشرون', actors=['NUSRA', 'ISIS'], loc='L10:جرود عرسال', qty=['L10:نحو ألف مسلح', 'L10:نحو 600'],
      attr='تقديرات أمنية'),                                                                                                            # 19
 dict(type='MOVEMENT', trig='L10:يحشد', actors=[HZ], loc='L10:الحدود'),                                                                 # 20
 dict(type='OPERATION', trig='L10:لمعركة', mod='planned', time='L10:خلال أسابيع', actors=[HZ], targets=['NUSRA', 'ISIS']),               # 21
]
FD = (D, 'part-of-day')
TD = (D, 'day')
AUG = ('2014-08', 'month')
forces = [
 dict(actor=LB, loc=('مخيمي "النور"', 'al-nour-camp'), as_of=FD, status='present', line=1, events=[1]),
 dict(actor=LB, loc=('القارية', 'al-qariya-camp'), as_of=FD, status='present', line=1, events=[1]),
 dict(actor=LB, loc=('مخيمي "النور"', 'al-nour-camp'), as_of=FD, status='attacked', line=1, events=[2]),
 dict(actor=LB, loc=('القارية', 'al-qariya-camp'), as_of=FD, status='attacked', line=1, events=[2]),
 dict(actor=LB, assets='دورية', loc=('مخيم النور', 'al-nour-camp'), as_of=FD, status='attacked', source=CMD, line=2, events=[4, 5]),
 dict(actor=LB, loc=('مخيم القارية', 'al-qariya-camp'), as_of=FD, status='attacked', source=CMD, line=2, events=[6]),
 dict(actor=LB, assets='تعزيزات إضافية', loc=('محيط عرسال', 'arsal-surroundings'), as_of=(D, 'part-of-day'), status='reinforced', line=5, events=[10]),
 dict(actor=LB, assets='تعزيزات إضافية', loc=('وادي حميد', 'wadi-hmeid'), as_of=(D, 'part-of-day'), status='reinforced', line=5, events=[10]),
 dict(actor=LB, assets='حواجز ثابتة', loc=('الطرق', 'arsal-outskirts-roads'), as_of=(D, 'part-of-day'), status='present', line=5, events=[11]),
 dict(actor=LB, assets='دوريات مؤللة', loc=('أحياء البلدة', 'arsal'), as_of=(D, 'part-of-day'), status='present', line=5, events=[12]),
 dict(actor='ISIS', loc=('عرسال', 'arsal'), as_of=AUG, status='present', line=8, events=[16]),
 dict(actor=LB, loc=('عرسال', 'arsal'), as_of=AUG, status='present', line=8, events=[16]),
 dict(actor='NUSRA', strength=(1000, True, 'fighters'), loc=('جرود عرسال', 'arsal-outskirts'), as_of=TD, status='present', source='تقديرات أمنية', line=10, events=[19]),
 dict(actor='NUSRA', strength=(1000, True, 'fighters'), loc=('رأس بعلبك', 'ras-baalbek-outskirts'), as_of=TD, status='present', source='تقديرات أمنية', line=10, events=[19]),
 dict(actor='ISIS', strength=(600, True, 'fighters'), loc=('جرود عرسال', 'arsal-outskirts'), as_of=TD, status='present', source='تقديرات أمنية', line=10, events=[19]),
 dict(actor='ISIS', strength=(600, True, 'fighters'), loc=('رأس بعلبك', 'ras-baalbek-outskirts'), as_of=TD, status='present', source='تقديرات أمنية', line=10, events=[19]),
 dict(actor=HZ, assets='مقاتليه', loc=('الحدود', 'lebanon-syria-border'), as_of=TD, status='reinforced', line=10, events=[20]),
]
build('lbci-arsal-camps-raid', None, 'LBCI', D, L, ents, times, events, forces)
