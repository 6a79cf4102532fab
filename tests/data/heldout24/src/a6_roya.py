from build import build
L = [
'المهندس يتهم واشنطن بالوقوف وراء استهداف مخازن الحشد.. والفياض: البيان لا يمثلنا',
'حمّل نائب رئيس هيئة الحشد الشعبي في العراق أبو مهدي المهندس، أمس الأربعاء، القوات الأمريكية مسؤولية سلسلة الانفجارات التي طالت مخازن أسلحة ومقرات للحشد خلال الأسابيع الماضية، وآخرها انفجار مخزن قرب قاعدة بلد الجوية في محافظة صلاح الدين مساء الثلاثاء.',
'وقال المهندس في بيان إن "لدينا معلومات دقيقة ومؤكدة بأن الأمريكيين أدخلوا هذا العام أربع طائرات مسيّرة إسرائيلية عن طريق أذربيجان لتعمل ضمن أسطولهم على تنفيذ طلعات تستهدف مقرات عسكرية عراقية".',
'وأضاف أن الحشد سيعتبر أي طائرات أجنبية تحلق فوق مواقعه دون علم الحكومة "طائرات معادية"، وسيتعامل معها "بكل وسائل الردع المتاحة".',
'لكن رئيس هيئة الحشد فالح الفياض قال في بيان صدر ليل أمس، إن ما صدر عن نائبه "لا يمثل الموقف الرسمي للحشد"، مؤكداً أن الموقف الرسمي "يعبر عنه القائد العام للقوات المسلحة والحكومة العراقية".',
'وأفاد مصدر أمني لـ"رؤيا" بأن الانفجار وقع في مستودع للعتاد يقع على بعد نحو كيلومترين من قاعدة بلد، التي يعمل فيها متعاقدون أمريكيون، وتسبب في حريق كبير سُمع دويه في أرجاء قضاء بلد، من دون تسجيل إصابات.',
'في المقابل، نفت وزارة الدفاع الأمريكية (البنتاغون) أي تورط لقواتها في الانفجارات، وقالت متحدثة باسمها إن الوزارة "تدعم سيادة العراق" وإن القوات الأمريكية موجودة في البلاد بدعوة من حكومته لمحاربة "داعش".',
'من جهته، لمّح رئيس الوزراء الإسرائيلي بنيامين نتنياهو، اليوم الخميس، إلى وقوف بلاده وراء الهجمات، قائلاً في مقابلة تلفزيونية إن "إيران لا تتمتع بالحصانة في أي مكان"، وإن إسرائيل "تعمل في ساحات عديدة".',
'وشهد العراق منذ تموز الماضي أربعة انفجارات على الأقل في مواقع للحشد، أبرزها انفجار معسكر الصقر جنوبي بغداد في 12 آب الجاري، الذي أسفر عن مقتل شخص وإصابة 29 آخرين، فضلاً عن قصف بطائرة مسيّرة استهدف معسكر الشهداء في آمرلي في 19 تموز.',
'وعلى إثر انفجار الصقر، ألغى رئيس الوزراء عادل عبد المهدي جميع موافقات الطيران في الأجواء العراقية، بما فيها طائرات التحالف الدولي، إلا بموافقة منه، وأمر بنقل مخازن العتاد إلى خارج المدن.',
'وينتشر في العراق قرابة خمسة آلاف جندي أمريكي في قواعد أبرزها عين الأسد غربي الأنبار وبلد، فيما دعت فصائل مسلحة بينها "كتائب حزب الله" و"عصائب أهل الحق" إلى "الرد" على الهجمات وإخراج هذه القوات من البلاد.',
]
D = '2019-08-22'   # Thursday; Jordanian TV news site, copy of its day
Y = '2019-08-21'   # Wednesday
TUE = '2019-08-20'
PMF = 'OTHER:pmf'
ISR = 'OTHER:israel'
KH = 'OTHER:kataib-hezbollah'
AAH = 'OTHER:asaib-ahl-al-haq'
ents = [
 ('L0:المهندس','PERSON','abu-mahdi-al-muhandis'), ('L0:واشنطن','ACTOR','US'), ('L0:الحشد','ACTOR',PMF), ('L0:الفياض','PERSON','falih-al-fayyadh'),
 ('L1:هيئة الحشد الشعبي','ACTOR',PMF), ('L1:العراق','LOCATION','iraq'), ('L1:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'),
 ('L1:القوات الأمريكية','ACTOR','US'), ('L1:لحشد#1','ACTOR',PMF), ('L1:قاعدة بلد الجوية','LOCATION','balad-airbase'),
 ('L1:محافظة صلاح الدين','LOCATION','salahuddin'),
 ('L2:المهندس','PERSON','abu-mahdi-al-muhandis'), ('L2:الأمريكيين','ACTOR','US'), ('L2:أربع طائرات مسيّرة إسرائيلية','QUANTITY',None,(4,False,'aircraft')),
 ('L2:طائرات مسيّرة إسرائيلية','WEAPON','drones'), ('L2:أذربيجان','LOCATION','azerbaijan'),
 ('L3:الحشد','ACTOR',PMF), ('L3:طائرات أجنبية','WEAPON','aircraft'), ('L3:الحكومة','ACTOR','IQ_GOV'), ('L3:طائرات معادية','WEAPON','aircraft'),
 ('L4:هيئة الحشد','ACTOR',PMF), ('L4:فالح الفياض','PERSON','falih-al-fayyadh'), ('L4:لحشد#1','ACTOR',PMF), ('L4:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L5:رؤيا','ORG','roya'), ('L5:نحو كيلومترين','QUANTITY',None,(2,True,'km')), ('L5:قاعدة بلد','LOCATION','balad-airbase'),
 ('L5:قضاء بلد','LOCATION','balad'),
 ('L6:وزارة الدفاع الأمريكية','ACTOR','US'), ('L6:البنتاغون','ACTOR','US'), ('L6:الوزارة','ACTOR','US'), ('L6:العراق','LOCATION','iraq'),
 ('L6:القوات الأمريكية','ACTOR','US'), ('L6:البلاد','LOCATION','iraq'), ('L6:داعش','ACTOR','ISIS'),
 ('L7:بنيامين نتنياهو','PERSON','benjamin-netanyahu'), ('L7:إيران','ACTOR','IR'), ('L7:إسرائيل#1','ACTOR',ISR),
 ('L8:العراق','LOCATION','iraq'), ('L8:أربعة انفجارات على الأقل','QUANTITY',None,(4,True,'other')), ('L8:لحشد','ACTOR',PMF),
 ('L8:معسكر الصقر','LOCATION','saqr-camp'), ('L8:بغداد','LOCATION','baghdad'), ('L8:29','QUANTITY',None,(29,False,'wounded')),
 ('L8:طائرة مسيّرة','WEAPON','drone'), ('L8:معسكر الشهداء','LOCATION','al-shuhada-camp-amerli'), ('L8:آمرلي','LOCATION','amerli'),
 ('L9:الصقر','LOCATION','saqr-camp'), ('L9:عادل عبد المهدي','PERSON','adil-abdul-mahdi'), ('L9:الأجواء العراقية','LOCATION','iraqi-airspace'),
 ('L9:طائرات','WEAPON','aircraft'), ('L9:التحالف الدولي','ACTOR','COALITION'),
 ('L10:العراق','LOCATION','iraq'), ('L10:قرابة خمسة آلاف جندي','QUANTITY',None,(5000,True,'troops')), ('L10:جندي أمريكي','ACTOR','US'),
 ('L10:عين الأسد','LOCATION','ain-al-asad'), ('L10:الأنبار','LOCATION','anbar'), ('L10:بلد','LOCATION','balad-airbase'),
 ('L10:كتائب حزب الله','ACTOR',KH), ('L10:عصائب أهل الحق','ACTOR',AAH), ('L10:القوات','ACTOR','US'), ('L10:البلاد','LOCATION','iraq'),
]
times = [
 ('L1:أمس الأربعاء', Y, 'day'),
 ('L1:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
 ('L1:مساء الثلاثاء', TUE, 'part-of-day', {'part': 'evening'}),
 ('L2:هذا العام', '2019', 'year'),
 ('L4:ليل أمس', Y, 'part-of-day', {'part': 'night'}),
 ('L7:اليوم الخميس', D, 'day'),
 ('L8:منذ تموز الماضي', '2019-07/2019-08', 'month'),
 ('L8:12 آب الجاري', '2019-08-12', 'day'),
 ('L8:19 تموز', '2019-07-19', 'day'),
]
WED = 'L1:أمس الأربعاء'
BAL = 'L1:مساء الثلاثاء'
SAQR = 'L8:12 آب الجاري'
MUH = 'أبو مهدي المهندس'
FAY = 'فالح الفياض'
SEC = 'مصدر أمني (رؤيا)'
PEN = 'البنتاغون'
NET = 'بنيامين نتنياهو'
FAC = 'فصائل مسلحة'
events = [
 dict(type='ATTACK', trig='L1:الانفجارات', time='L1:خلال الأسابيع الماضية', actors=['US'], targets=[PMF], attr=MUH),               # 1
 dict(type='ATTACK', trig='L1:انفجار#1', time=BAL, actors=['US'], targets=[PMF], loc='L1:قاعدة بلد الجوية', attr=MUH),                 # 2
 dict(type='STATEMENT', trig='L2:قال', time=WED, actors=[PMF], attr=MUH),                                                           # 3
 dict(type='MOVEMENT', trig='L2:أدخلوا', time='L2:هذا العام', actors=['US'], weapons=['L2:طائرات مسيّرة إسرائيلية'],
      qty=['L2:أربع طائرات مسيّرة إسرائيلية'], attr=MUH),                                                                      # 4
 dict(type='ATTACK', trig='L2:طلعات', actors=['US'], targets=[PMF], weapons=['L2:طائرات مسيّرة إسرائيلية'], attr=MUH),              # 5
 dict(type='ATTACK', trig='L3:سيتعامل', mod='planned', actors=[PMF], attr=MUH),                                                     # 6
 dict(type='STATEMENT', trig='L4:قال', time='L4:ليل أمس', actors=[PMF], attr=FAY),                                                  # 7
 dict(type='ATTACK', trig='L5:الانفجار', time=BAL, targets=[PMF], loc='L5:قاعدة بلد', attr=SEC),                                     # 8
 dict(type='ATTACK', trig='L6:الانفجارات', mod='denied', actors=['US'], targets=[PMF], attr=PEN),                                    # 9
 dict(type='STATEMENT', trig='L6:قالت', actors=['US'], attr=PEN),                                                                   # 10
 dict(type='ATTACK', trig='L7:الهجمات', actors=[ISR], targets=[PMF], attr=NET),                                                     # 11
 dict(type='ATTACK', trig='L8:انفجارات', time='L8:منذ تموز الماضي', targets=[PMF], loc='L8:العراق', qty=['L8:أربعة انفجارات على الأقل']),  # 12
 dict(type='ATTACK', trig='L8:انفجار#1', time=SAQR, targets=[PMF], loc='L8:معسكر الصقر', qty=['L8:29']),                               # 13
 dict(type='ATTACK', trig='L8:قصف', time='L8:19 تموز', targets=[PMF], loc='L8:معسكر الشهداء', weapons=['L8:طائرة مسيّرة']),          # 14
 dict(type='ATTACK', trig='L9:انفجار', time=SAQR, targets=[PMF], loc='L9:الصقر'),                                                   # 15
 dict(type='MOVEMENT', trig='L10:ينتشر', actors=['US'], loc='L10:العراق', qty=['L10:قرابة خمسة آلاف جندي']),                          # 16
 dict(type='ATTACK', trig='L10:الرد', mod='planned', actors=[KH, AAH], attr=FAC),                                                   # 17
 dict(type='ATTACK', trig='L10:الهجمات', targets=[PMF], attr=FAC),                                                                  # 18
 dict(type='WITHDRAWAL', trig='L10:إخراج', mod='planned', actors=['US'], loc='L10:البلاد', attr=FAC),                                # 19
]
TP = ('2019-08-20', 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor=PMF, assets='مخزن', loc=('قاعدة بلد الجوية', 'balad-airbase'), as_of=TP, status='attacked', source=MUH, line=1, events=[2]),
 dict(actor=PMF, assets='مستودع للعتاد', loc=('قاعدة بلد', 'balad-airbase'), as_of=TP, status='attacked', source=SEC, line=5, events=[8]),
 dict(actor='US', loc=('البلاد', 'iraq'), as_of=DD, status='present', source=PEN, line=6),
 dict(actor=PMF, loc=('معسكر الصقر', 'saqr-camp'), as_of=('2019-08-12', 'day'), status='attacked', line=8, events=[13]),
 dict(actor=PMF, loc=('معسكر الصقر', 'saqr-camp'), as_of=('2019-08-12', 'day'), status='present', line=8, events=[13]),
 dict(actor=PMF, loc=('معسكر الشهداء', 'al-shuhada-camp-amerli'), as_of=('2019-07-19', 'day'), status='attacked', line=8, events=[14]),
 dict(actor=PMF, loc=('معسكر الشهداء', 'al-shuhada-camp-amerli'), as_of=('2019-07-19', 'day'), status='present', line=8, events=[14]),
 dict(actor='US', strength=(5000, True, 'troops'), loc=('العراق', 'iraq'), as_of=DD, status='present', line=10, events=[16]),
 dict(actor='US', loc=('عين الأسد', 'ain-al-asad'), as_of=DD, status='present', line=10, events=[16]),
 dict(actor='US', loc=('بلد', 'balad-airbase'), as_of=DD, status='present', line=10, events=[16]),
]
build('roya-pmf-depots', None, 'رؤيا', D, L, ents, times, events, forces)
