from build import build
L = [
'القاع تحت الصدمة: ثمانية انتحاريين في يوم واحد.. والجيش يطوق مشاريع القاع',
'عاشت بلدة القاع البقاعية أمس يوماً دامياً، بعدما فجر أربعة انتحاريين أنفسهم فجراً في أحد أحيائها، ما أدى إلى سقوط خمسة قتلى و15 جريحاً، قبل أن يفجر أربعة آخرون أنفسهم ليلاً قرب كنيسة البلدة.',
'وأعلنت قيادة الجيش - مديرية التوجيه أن "أحد الإرهابيين فجر نفسه قرابة الرابعة فجراً أمام منزل أحد المواطنين، ثم فجر ثلاثة آخرون أنفسهم تباعاً بالمواطنين الذين تجمعوا لإسعاف الجرحى وبدورية للجيش حضرت إلى المكان"، ما أدى إلى إصابة أربعة عسكريين.',
'وأضافت القيادة أن وحدات الجيش باشرت عمليات دهم واسعة في منطقة مشاريع القاع وتجمعات النازحين السوريين المحيطة بها، أوقفت خلالها 103 أشخاص لا يحملون أوراقاً ثبوتية.',
'وقالت مصادر أمنية لـ"الجمهورية" إن الانتحاريين تسللوا من جرود القاع ورأس بعلبك، حيث ينتشر مسلحو تنظيم "داعش"، ولم يدخلوا من مخيمات النازحين كما أشيع، فيما لم يتبن أي تنظيم الهجومين حتى ساعة متأخرة من ليل أمس.',
'ودفع الجيش بتعزيزات كبيرة إلى البلدة، تضم نحو 400 عسكري من فوج المجوقل مع ملالات وآليات مدرعة، وأقام حواجز عند مداخلها وعلى طريق رأس بعلبك - القاع.',
'ونفى مصدر عسكري ما تردد عن انتشار مسلحين من "حزب الله" في شوارع البلدة، مؤكداً أن "أمن القاع مسؤولية الجيش وحده"، فيما حمل عدد من الأهالي السلاح أمام منازلهم.',
'واستهدفت مدفعية الجيش ليلاً تحركات مشبوهة في جرود القاع ووادي ميرا، بحسب مصدر أمني.',
'وكانت مجموعة من "داعش" قد نصبت كميناً لدورية للجيش في جرود رأس بعلبك في الثاني من كانون الأول 2014، قتل فيه ستة عسكريين.',
'ويقدر مصدر عسكري عدد عناصر الجيش المنتشرين على الحدود الشرقية بين عرسال والقاع بنحو خمسة آلاف، في حين يتمركز مقاتلو "حزب الله" في التلال المقابلة داخل الأراضي السورية منذ سقوط القصير في حزيران 2013.',
'سياسياً، قال رئيس الحكومة تمام سلام بعد اجتماع أمني طارئ في السراي مساء أمس إن "لبنان لن يسمح بأن يكون ممراً للإرهاب"، داعياً إلى "التعامل بمسؤولية مع ملف النازحين".',
]
D = '2016-06-28'   # Tuesday; Beirut print daily, «أمس» is Monday 27 June
Y = '2016-06-27'
LB = 'OTHER:lebanon'
HZ = 'HEZBOLLAH'
UN = 'UNKNOWN'
ents = [
 ('L0:القاع#0','LOCATION','qaa'), ('L0:ثمانية انتحاريين','QUANTITY',None,(8,False,'fighters')), ('L0:الجيش','ACTOR',LB), ('L0:مشاريع القاع','LOCATION','mashari-al-qaa'),
 ('L1:بلدة القاع','LOCATION','qaa'), ('L1:أربعة انتحاريين','QUANTITY',None,(4,False,'fighters')), ('L1:خمسة قتلى','QUANTITY',None,(5,False,'killed')),
 ('L1:15 جريحاً','QUANTITY',None,(15,False,'wounded')), ('L1:أربعة#1','QUANTITY',None,(4,False,'fighters')), ('L1:كنيسة البلدة','LOCATION','qaa-church'),
 ('L2:قيادة الجيش - مديرية التوجيه','ACTOR',LB), ('L2:الإرهابيين','ACTOR',UN), ('L2:ثلاثة','QUANTITY',None,(3,False,'fighters')), ('L2:لجيش#1','ACTOR',LB),
 ('L2:أربعة عسكريين','QUANTITY',None,(4,False,'wounded')),
 ('L3:القيادة','ACTOR',LB), ('L3:وحدات الجيش','ACTOR',LB), ('L3:منطقة مشاريع القاع','LOCATION','mashari-al-qaa'),
 ('L3:تجمعات النازحين السوريين','LOCATION','qaa-refugee-camps'), ('L3:103 أشخاص','QUANTITY',None,(103,False,'arrested')),
 ('L4:الجمهورية','ORG','aljoumhouria'), ('L4:جرود القاع','LOCATION','qaa-outskirts'), ('L4:رأس بعلبك','LOCATION','ras-baalbek-outskirts'),
 ('L4:تنظيم "داعش"','ACTOR','ISIS'), ('L4:مخيمات النازحين','LOCATION','qaa-refugee-camps'),
 ('L5:الجيش','ACTOR',LB), ('L5:البلدة','LOCATION','qaa'), ('L5:نحو 400 عسكري','QUANTITY',None,(400,True,'troops')), ('L5:فوج المجوقل','ACTOR',LB),
 ('L5:ملالات','WEAPON','apcs'), ('L5:آليات مدرعة','WEAPON','armoured-vehicles'), ('L5:طريق رأس بعلبك - القاع','LOCATION','ras-baalbek-qaa-road'),
 ('L6:حزب الله','ACTOR',HZ), ('L6:شوارع البلدة','LOCATION','qaa'), ('L6:القاع','LOCATION','qaa'), ('L6:الجيش','ACTOR',LB),
 ('L7:مدفعية الجيش','ACTOR',LB), ('L7:جرود القاع','LOCATION','qaa-outskirts'), ('L7:وادي ميرا','LOCATION','wadi-mira'),
 ('L8:داعش','ACTOR','ISIS'), ('L8:لجيش','ACTOR',LB), ('L8:جرود رأس بعلبك','LOCATION','ras-baalbek-outskirts'), ('L8:ستة عسكريين','QUANTITY',None,(6,False,'killed')),
 ('L9:الجيش','ACTOR',LB), ('L9:الحدود الشرقية','LOCATION','lebanon-syria-border'), ('L9:عرسال','LOCATION','arsal'), ('L9:القاع','LOCATION','qaa'),
 ('L9:نحو خمسة آلاف','QUANTITY',None,(5000,True,'troops')), ('L9:حزب الله','ACTOR',HZ), ('L9:التلال المقابلة','LOCATION','qalamoun-border-hills'),
 ('L9:الأراضي السورية','LOCATION','syria'), ('L9:القصير','LOCATION','qusayr'),
 ('L10:تمام سلام','PERSON','tammam-salam'), ('L10:السراي','LOCATION','grand-serail'), ('L10:لبنان','ACTOR',LB),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L1:فجراً', Y, 'part-of-day', {'part': 'morning'}),
 ('L1:ليلاً', Y, 'part-of-day', {'part': 'night'}),
 ('L2:قرابة الرابعة فجراً', Y, 'part-of-day', {'part': 'morning'}),
 ('L4:ليل أمس', Y, 'part-of-day', {'part': 'night'}),
 ('L7:ليلاً', Y, 'part-of-day', {'part': 'night'}),
 ('L8:الثاني من كانون الأول 2014', '2014-12-02', 'day'),
 ('L9:حزيران 2013', '2013-06', 'month'),
 ('L10:مساء أمس', Y, 'part-of-day', {'part': 'evening'}),
]
DAWN = 'L1:فجراً'
NIGHT = 'L1:ليلاً'
CMD = 'قيادة الجيش - مديرية التوجيه'
SEC = 'مصادر أمنية'
events = [
 dict(type='ATTACK', trig='L1:فجر#0', time=DAWN, actors=[UN], loc='L1:بلدة القاع', qty=['L1:أربعة انتحاريين', 'L1:خمسة قتلى', 'L1:15 جريحاً']),  # 1
 dict(type='ATTACK', trig='L1:يفجر', time=NIGHT, actors=[UN], loc='L1:كنيسة البلدة', qty=['L1:أربعة#1']),                                # 2
 dict(type='STATEMENT', trig='L2:أعلنت', actors=[LB], attr=CMD),                                                                        # 3
 dict(type='ATTACK', trig='L2:فجر#0', time='L2:قرابة الرابعة فجراً', actors=[UN], attr=CMD),                                              # 4
 dict(type='ATTACK', trig='L2:فجر#2', time=DAWN, actors=[UN], targets=[LB], qty=['L2:ثلاثة', 'L2:أربعة عسكريين'], attr=CMD),              # 5
 dict(type='ARREST', trig='L3:دهم', time='L1:أمس', actors=[LB], loc='L3:منطقة مشاريع القاع', attr=CMD),                                   # 6
 dict(type='ARREST', trig='L3:أوقفت', time='L1:أمس', actors=[LB], loc='L3:منطقة مشاريع القاع', qty=['L3:103 أشخاص'], attr=CMD),            # 7
 dict(type='MOVEMENT', trig='L4:تسللوا', actors=[UN], loc='L4:جرود القاع', attr=SEC),                                                    # 8
 dict(type='MOVEMENT', trig='L4:ينتشر', actors=['ISIS'], loc='L4:جرود القاع', attr=SEC),                                                 # 9
 dict(type='MOVEMENT', trig='L4:يدخلوا', mod='denied', actors=[UN], loc='L4:مخيمات النازحين', attr=SEC),                                  # 10
 dict(type='ATTACK', trig='L4:الهجومين', time=DAWN, actors=[UN]),                                                                        # 11
 dict(type='MOVEMENT', trig='L5:دفع', time='L1:أمس', actors=[LB], loc='L5:البلدة', weapons=['L5:ملالات', 'L5:آليات مدرعة'], qty=['L5:نحو 400 عسكري']),  # 12
 dict(type='BASE', trig='L5:أقام', time='L1:أمس', actors=[LB], loc='L5:طريق رأس بعلبك - القاع'),                                          # 13
 dict(type='MOVEMENT', trig='L6:انتشار', mod='denied', actors=[HZ], loc='L6:شوارع البلدة', attr='مصدر عسكري'),                            # 14
 dict(type='ATTACK', trig='L7:استهدفت', time='L7:ليلاً', actors=[LB], loc='L7:جرود القاع', attr='مصدر أمني'),                              # 15
 dict(type='ATTACK', trig='L8:كميناً', time='L8:الثاني من كانون الأول 2014', actors=['ISIS'], targets=[LB], loc='L8:جرود رأس بعلبك',
      qty=['L8:ستة عسكريين']),                                                                                                          # 16
 dict(type='MOVEMENT', trig='L9:المنتشرين', actors=[LB], loc='L9:الحدود الشرقية', qty=['L9:نحو خمسة آلاف'], attr='مصدر عسكري'),             # 17
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=[HZ], loc='L9:التلال المقابلة', attr='مصدر عسكري'),                  # 18
 dict(type='CONTROL', trig='L9:سقوط', time='L9:حزيران 2013', loc='L9:القصير'),                                                              # 19
 dict(type='STATEMENT', trig='L10:قال', time='L10:مساء أمس', actors=[LB], attr='تمام سلام'),                                              # 20
]
YD = (Y, 'day')
TD = (D, 'day')
DEC = ('2014-12-02', 'day')
forces = [
 dict(actor=LB, loc=('منطقة مشاريع القاع', 'mashari-al-qaa'), as_of=YD, status='present', source=CMD, line=3, events=[6, 7]),
 dict(actor=LB, loc=('تجمعات النازحين السوريين', 'qaa-refugee-camps'), as_of=YD, status='present', source=CMD, line=3, events=[6]),
 dict(actor='ISIS', loc=('جرود القاع', 'qaa-outskirts'), as_of=TD, status='present', source=SEC, line=4, events=[9]),
 dict(actor='ISIS', loc=('رأس بعلبك', 'ras-baalbek-outskirts'), as_of=TD, status='present', source=SEC, line=4, events=[9]),
 dict(actor=LB, strength=(400, True, 'troops'), assets='ملالات وآليات مدرعة', loc=('البلدة', 'qaa'), as_of=YD, status='reinforced', line=5, events=[12]),
 dict(actor=LB, assets='حواجز', loc=('طريق رأس بعلبك - القاع', 'ras-baalbek-qaa-road'), as_of=YD, status='present', line=5, events=[13]),
 dict(actor='ISIS', loc=('جرود رأس بعلبك', 'ras-baalbek-outskirts'), as_of=DEC, status='present', line=8, events=[16]),
 dict(actor=LB, assets='دورية', loc=('جرود رأس بعلبك', 'ras-baalbek-outskirts'), as_of=DEC, status='attacked', line=8, events=[16]),
 dict(actor=LB, strength=(5000, True, 'troops'), loc=('الحدود الشرقية', 'lebanon-syria-border'), as_of=TD, status='present', source='مصدر عسكري', line=9, events=[17]),
 dict(actor=HZ, loc=('التلال المقابلة', 'qalamoun-border-hills'), as_of=('2013-06/2016-06', 'month'), status='present', source='مصدر عسكري', line=9, events=[18]),
]
build('aljoumhouria-qaa-bombings', None, 'الجمهورية', D, L, ents, times, events, forces)
