from build import build
L = [
'صاروخ كاتيوشا يستهدف مقر الشركات النفطية في البرجسية.. و"إكسون موبيل" تجلي موظفيها الأجانب',
'البصرة - المربد: سقط صاروخ كاتيوشا، فجر اليوم الأربعاء، داخل موقع البرجسية الذي يضم مقار ومساكن شركات نفطية أجنبية غربي البصرة، ما أدى إلى إصابة ثلاثة موظفين عراقيين بجروح، بحسب ما أفادت به قيادة شرطة البصرة.',
'وقال مدير إعلام الشرطة العقيد حيدر جاسم لـ"المربد" إن "الصاروخ أُطلق من بستان في منطقة الزبير، وعثرت القوات الأمنية على منصة الإطلاق وعليها صاروخان لم ينطلقا".',
'وأضاف أن "قوة من قيادة عمليات البصرة انتشرت حول الموقع وباشرت عمليات تفتيش في القرى المحيطة بحثاً عن المنفذين"، مشيراً إلى عدم تبني أي جهة للهجوم حتى الآن.',
'من جهتها، قررت شركة "إكسون موبيل" الأمريكية إجلاء نحو 20 من موظفيها الأجانب من حقل غرب القرنة 1 ونقلهم جواً إلى دبي، وفقاً لمسؤول في شركة نفط البصرة أكد أن "العمليات الإنتاجية لم تتأثر".',
'ويعد الهجوم الرابع من نوعه خلال أسبوع، إذ سقطت قذائف هاون على قاعدة بلد الجوية يوم الجمعة الماضي، واستهدفت صواريخ معسكر التاجي شمالي بغداد يوم الاثنين، قبل أن يسقط صاروخان قرب قاعدة القيارة جنوبي الموصل أمس الثلاثاء.',
'ويتمركز نحو 5200 عسكري أمريكي في العراق ضمن التحالف الدولي، يتوزع عدد منهم على قواعد بلد والتاجي والقيارة.',
'وكانت واشنطن قد سحبت في أيار الماضي موظفيها غير الأساسيين من سفارتها في بغداد وقنصليتها في أربيل، بسبب ما وصفته بـ"تهديدات وشيكة" من فصائل مسلحة مرتبطة بإيران.',
'في المقابل، نفت كتائب حزب الله في بيان أي علاقة لها بالهجمات الأخيرة، معتبرة أنها "محاولة لخلط الأوراق وتبرير بقاء القوات الأمريكية".',
'وأمر رئيس الوزراء عادل عبد المهدي، بحسب بيان لمكتبه، بتشكيل لجنة أمنية عليا للتحقيق في الهجمات، مؤكداً أن الحكومة "لن تسمح بتحويل العراق إلى ساحة لتصفية الحسابات".',
'وتعد البرجسية مقراً لعدد من الشركات العاملة في حقول الرميلة وغرب القرنة والزبير، التي تنتج معظم صادرات العراق النفطية البالغة نحو 3.5 مليون برميل يومياً.',
]
D = '2019-06-19'   # Wednesday; Basra radio's news site, web copy of its own day
WEEK = '2019-06-12/' + D
KH = 'OTHER:kataib-hezbollah'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:صاروخ كاتيوشا','WEAPON','katyusha'), ('L0:البرجسية','LOCATION','burjesia'), ('L0:إكسون موبيل','ORG','exxonmobil'),
 ('L1:البصرة#0','LOCATION','basra'), ('L1:المربد','ORG','almirbad'), ('L1:صاروخ كاتيوشا','WEAPON','katyusha'), ('L1:موقع البرجسية','LOCATION','burjesia'),
 ('L1:البصرة#1','LOCATION','basra'), ('L1:ثلاثة موظفين','QUANTITY',None,(3,False,'wounded')), ('L1:قيادة شرطة البصرة','ACTOR','IQ_GOV'),
 ('L2:الشرطة','ACTOR','IQ_GOV'), ('L2:حيدر جاسم','PERSON','haider-jassim'), ('L2:المربد','ORG','almirbad'), ('L2:الصاروخ','WEAPON','katyusha'),
 ('L2:منطقة الزبير','LOCATION','zubair'), ('L2:القوات الأمنية','ACTOR','IQ_GOV'), ('L2:منصة الإطلاق','WEAPON','launcher'),
 ('L2:صاروخان','QUANTITY',None,(2,False,'missiles')), ('L2:صاروخان#0','WEAPON','rockets'),
 ('L3:قيادة عمليات البصرة','ACTOR','IQ_GOV'), ('L3:الموقع','LOCATION','burjesia'), ('L3:القرى المحيطة','LOCATION','burjesia-villages'),
 ('L4:إكسون موبيل','ORG','exxonmobil'), ('L4:نحو 20','QUANTITY',None,(20,True,'people')), ('L4:حقل غرب القرنة 1','LOCATION','west-qurna-1'),
 ('L4:دبي','LOCATION','dubai'), ('L4:شركة نفط البصرة','ORG','basra-oil-company'),
 ('L5:قذائف هاون','WEAPON','mortars'), ('L5:قاعدة بلد الجوية','LOCATION','balad-airbase'), ('L5:صواريخ','WEAPON','rockets'),
 ('L5:معسكر التاجي','LOCATION','camp-taji'), ('L5:بغداد','LOCATION','baghdad'), ('L5:صاروخان','QUANTITY',None,(2,False,'missiles')),
 ('L5:صاروخان#0','WEAPON','rockets'), ('L5:قاعدة القيارة','LOCATION','qayyarah-airbase'), ('L5:الموصل','LOCATION','mosul'),
 ('L6:نحو 5200 عسكري','QUANTITY',None,(5200,True,'troops')), ('L6:عسكري أمريكي','ACTOR','US'), ('L6:العراق','LOCATION','iraq'),
 ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:قواعد بلد','LOCATION','balad-airbase'), ('L6:التاجي','LOCATION','camp-taji'),
 ('L6:القيارة','LOCATION','qayyarah-airbase'),
 ('L7:واشنطن','ACTOR','US'), ('L7:بغداد','LOCATION','baghdad'), ('L7:أربيل','LOCATION','erbil'), ('L7:فصائل مسلحة مرتبطة بإيران','ACTOR',IBM),
 ('L8:كتائب حزب الله','ACTOR',KH), ('L8:القوات الأمريكية','ACTOR','US'),
 ('L9:عادل عبد المهدي','PERSON','adil-abdul-mahdi'), ('L9:الحكومة','ACTOR','IQ_GOV'), ('L9:العراق','LOCATION','iraq'),
 ('L10:البرجسية','LOCATION','burjesia'), ('L10:حقول الرميلة','LOCATION','rumaila-oilfield'), ('L10:غرب القرنة','LOCATION','west-qurna'),
 ('L10:الزبير','LOCATION','zubair-oilfield'), ('L10:العراق','LOCATION','iraq'), ('L10:نحو 3.5 مليون برميل','QUANTITY',None,(3500000,True,'other')),
]
times = [
 ('L1:فجر اليوم الأربعاء', D, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال أسبوع', WEEK, 'week'),
 ('L5:يوم الجمعة الماضي', '2019-06-14', 'day'),
 ('L5:يوم الاثنين', '2019-06-17', 'day'),
 ('L5:أمس الثلاثاء', '2019-06-18', 'day'),
 ('L7:أيار الماضي', '2019-05', 'month'),
]
F = 'L1:فجر اليوم الأربعاء'
POL = 'قيادة شرطة البصرة'
HJ = 'حيدر جاسم'
events = [
 dict(type='ATTACK', trig='L1:سقط', time=F, loc='L1:موقع البرجسية', weapons=['L1:صاروخ كاتيوشا'], qty=['L1:ثلاثة موظفين'], attr=POL),  # 1
 dict(type='STATEMENT', trig='L2:قال', actors=['IQ_GOV'], attr=HJ),                                                                # 2
 dict(type='ATTACK', trig='L2:أُطلق', time=F, loc='L2:منطقة الزبير', weapons=['L2:الصاروخ'], attr=HJ),                               # 3
 dict(type='MOVEMENT', trig='L3:انتشرت', time=F, actors=['IQ_GOV'], loc='L3:الموقع', attr=HJ),                                     # 4
 dict(type='OPERATION', trig='L3:عمليات تفتيش', time=F, actors=['IQ_GOV'], loc='L3:القرى المحيطة', attr=HJ),                       # 5
 dict(type='ATTACK', trig='L3:لهجوم', time=F, attr=HJ),                                                                          # 6
 dict(type='ATTACK', trig='L5:الهجوم', time=F),                                                                                    # 7
 dict(type='ATTACK', trig='L5:سقطت', time='L5:يوم الجمعة الماضي', loc='L5:قاعدة بلد الجوية', weapons=['L5:قذائف هاون']),              # 8
 dict(type='ATTACK', trig='L5:استهدفت', time='L5:يوم الاثنين', loc='L5:معسكر التاجي', weapons=['L5:صواريخ']),                        # 9
 dict(type='ATTACK', trig='L5:يسقط', time='L5:أمس الثلاثاء', loc='L5:قاعدة القيارة', weapons=['L5:صاروخان#0'], qty=['L5:صاروخان']),   # 10
 dict(type='MOVEMENT', trig='L6:يتمركز', actors=['US'], loc='L6:العراق', qty=['L6:نحو 5200 عسكري']),                                 # 11
 dict(type='ATTACK', trig='L7:تهديدات', mod='expected', time='L7:أيار الماضي', actors=[IBM], targets=['US'], attr='واشنطن'),          # 12
 dict(type='ATTACK', trig='L8:الهجمات', mod='denied', time='L5:خلال أسبوع', actors=[KH], attr='كتائب حزب الله'),                      # 13
 dict(type='STATEMENT', trig='L9:بيان', actors=['IQ_GOV'], attr='مكتب عادل عبد المهدي'),                                             # 14
 dict(type='ATTACK', trig='L9:الهجمات', time='L5:خلال أسبوع', attr='مكتب عادل عبد المهدي'),                                          # 15
]
OD = (D, 'day')
MP = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', assets='قوة من قيادة عمليات البصرة', loc=('الموقع', 'burjesia'), as_of=MP, status='present', source=HJ, line=3, events=[4]),
 dict(actor='IQ_GOV', loc=('القرى المحيطة', 'burjesia-villages'), as_of=MP, status='present', source=HJ, line=3, events=[5]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق', 'iraq'), as_of=OD, status='present', line=6, events=[11]),
 dict(actor='US', loc=('قواعد بلد', 'balad-airbase'), as_of=OD, status='present', line=6, events=[11]),
 dict(actor='US', loc=('التاجي', 'camp-taji'), as_of=OD, status='present', line=6, events=[11]),
 dict(actor='US', loc=('القيارة', 'qayyarah-airbase'), as_of=OD, status='present', line=6, events=[11]),
]
build('almirbad-burjesia-rocket', None, 'المربد', D, L, ents, times, events, forces)
