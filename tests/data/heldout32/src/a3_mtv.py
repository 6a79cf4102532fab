from build import build
L = [
'مقتل سليماني والمهندس بغارة أميركية قرب مطار بغداد... وخامنئي يتوعّد بـ"انتقام قاسٍ"',
'قُتل قائد "فيلق القدس" في الحرس الثوري الإيراني اللواء قاسم سليماني ونائب رئيس هيئة "الحشد الشعبي" في العراق أبو مهدي المهندس، فجر اليوم الجمعة، بغارة نفذتها طائرة أميركية مسيّرة استهدفت موكبهما على طريق مطار بغداد الدولي.',
'وأعلنت وزارة الدفاع الأميركية (البنتاغون) في بيان أن الجيش الأميركي نفذ الضربة "بتوجيه من الرئيس" دونالد ترامب، بهدف "ردع خطط هجومية إيرانية مستقبلية"، متهمة سليماني بالتخطيط لهجمات على دبلوماسيين وعسكريين أميركيين في العراق والمنطقة.',
'وأكدت هيئة "الحشد الشعبي" في بيان مقتل المهندس وسليماني وثمانية من مرافقيهما، بينهم مسؤول التشريفات في الهيئة محمد رضا الجابري، بعدما أصاب صاروخان سيارتين لدى خروجهما من مطار بغداد.',
'وفي طهران، توعّد المرشد الإيراني علي خامنئي "المجرمين" بـ"انتقام قاسٍ"، معلناً الحداد العام لثلاثة أيام، فيما عُيّن العميد إسماعيل قاآني قائداً لـ"فيلق القدس" خلفاً لسليماني.',
'ونعى الأمين العام لـ"حزب الله" حسن نصرالله سليماني، مؤكداً في بيان أن "القصاص العادل من القتلة" هو "مسؤولية وأمانة وفعل كل المقاومين".',
'وفي بغداد، دان رئيس حكومة تصريف الأعمال عادل عبد المهدي الغارة، واصفاً إياها بـ"العدوان على العراق" و"الخرق الفاضح" لشروط وجود القوات الأميركية، ودعا مجلس النواب إلى جلسة استثنائية.',
'في المقابل، أعلن البنتاغون إرسال نحو ثلاثة آلاف جندي إضافي من الفرقة 82 المحمولة جواً إلى الكويت خلال الأيام المقبلة، لينضموا إلى نحو 750 جندياً وصلوا إليها مطلع الأسبوع، فيما يبلغ عدد الجنود الأميركيين في العراق نحو 5200 جندي.',
'كما دعت السفارة الأميركية في بغداد رعاياها إلى مغادرة العراق "فوراً"، بعدما اقتحم عناصر ومناصرون لـ"الحشد الشعبي" مجمع السفارة يوم الثلاثاء الماضي وأضرموا النار في بوابته الرئيسية.',
'وجاء ذلك احتجاجاً على غارات شنتها مقاتلات أميركية الأحد الماضي على خمسة مواقع لـ"كتائب حزب الله" في منطقة القائم غرب الأنبار وقرب البوكمال السورية، قتل فيها 25 من عناصرها، بعد هجوم صاروخي على قاعدة "كي 1" قرب كركوك أودى بحياة متعاقد أميركي.',
'وتأتي الضربة في ذروة تصعيد بين واشنطن وطهران منذ انسحاب الولايات المتحدة من الاتفاق النووي في أيار/مايو 2018، فيما قفزت أسعار النفط بأكثر من 4 في المئة فور انتشار النبأ.',
]
D = '2020-01-03'   # Friday; Lebanese TV website, copy of its own day
TUE = '2019-12-31'
SUN = '2019-12-29'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:سليماني','PERSON','qasem-soleimani'), ('L0:المهندس','PERSON','abu-mahdi-al-muhandis'), ('L0:مطار بغداد','LOCATION','baghdad-airport'),
 ('L0:خامنئي','PERSON','ali-khamenei'),
 ('L1:فيلق القدس','ACTOR','IR'), ('L1:الحرس الثوري الإيراني','ACTOR','IR'), ('L1:قاسم سليماني','PERSON','qasem-soleimani'),
 ('L1:هيئة "الحشد الشعبي"','ACTOR',PMF), ('L1:العراق','LOCATION','iraq'), ('L1:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'),
 ('L1:طائرة أميركية مسيّرة','WEAPON','drone'), ('L1:طريق مطار بغداد الدولي','LOCATION','baghdad-airport-road'),
 ('L2:وزارة الدفاع الأميركية','ACTOR','US'), ('L2:البنتاغون','ACTOR','US'), ('L2:الجيش الأميركي','ACTOR','US'),
 ('L2:دونالد ترامب','PERSON','donald-trump'), ('L2:سليماني','PERSON','qasem-soleimani'), ('L2:عسكريين أميركيين','ACTOR','US'),
 ('L2:العراق','LOCATION','iraq'), ('L2:المنطقة','LOCATION','middle-east'),
 ('L3:هيئة "الحشد الشعبي"','ACTOR',PMF), ('L3:المهندس','PERSON','abu-mahdi-al-muhandis'), ('L3:سليماني','PERSON','qasem-soleimani'),
 ('L3:ثمانية','QUANTITY',None,(8,False,'killed')), ('L3:الهيئة','ACTOR',PMF), ('L3:محمد رضا الجابري','PERSON','mohammed-ridha-al-jabri'),
 ('L3:صاروخان','QUANTITY',None,(2,False,'missiles')), ('L3:صاروخان#0','WEAPON','missiles'), ('L3:سيارتين','QUANTITY',None,(2,False,'vehicles')),
 ('L3:مطار بغداد','LOCATION','baghdad-airport'),
 ('L4:طهران','LOCATION','tehran'), ('L4:علي خامنئي','PERSON','ali-khamenei'), ('L4:المجرمين','ACTOR','US'),
 ('L4:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L4:إسماعيل قاآني','PERSON','esmail-qaani'), ('L4:فيلق القدس','ACTOR','IR'),
 ('L4:سليماني','PERSON','qasem-soleimani'),
 ('L5:حزب الله','ACTOR',HZ), ('L5:حسن نصرالله','PERSON','hassan-nasrallah'), ('L5:سليماني','PERSON','qasem-soleimani'), ('L5:القتلة','ACTOR','US'),
 ('L6:بغداد','LOCATION','baghdad'), ('L6:عادل عبد المهدي','PERSON','adel-abdul-mahdi'), ('L6:العراق','LOCATION','iraq'),
 ('L6:القوات الأميركية','ACTOR','US'), ('L6:مجلس النواب','ORG','iraqi-parliament'),
 ('L7:البنتاغون','ACTOR','US'), ('L7:نحو ثلاثة آلاف جندي','QUANTITY',None,(3000,True,'troops')), ('L7:الفرقة 82 المحمولة جواً','ACTOR','US'),
 ('L7:الكويت','LOCATION','kuwait'), ('L7:نحو 750 جندياً','QUANTITY',None,(750,True,'troops')), ('L7:الجنود الأميركيين','ACTOR','US'),
 ('L7:العراق','LOCATION','iraq'), ('L7:نحو 5200 جندي','QUANTITY',None,(5200,True,'troops')),
 ('L8:السفارة الأميركية','ORG','us-embassy-baghdad'), ('L8:بغداد','LOCATION','baghdad'), ('L8:العراق','LOCATION','iraq'),
 ('L8:الحشد الشعبي','ACTOR',PMF), ('L8:مجمع السفارة','LOCATION','us-embassy-baghdad'),
 ('L9:مقاتلات أميركية','WEAPON','fighter-jets'), ('L9:خمسة مواقع','QUANTITY',None,(5,False,'other')), ('L9:كتائب حزب الله','ACTOR',KH),
 ('L9:منطقة القائم','LOCATION','al-qaim'), ('L9:غرب الأنبار','LOCATION','west-anbar'), ('L9:البوكمال','LOCATION','albu-kamal'),
 ('L9:25','QUANTITY',None,(25,False,'killed')), ('L9:قاعدة "كي 1"','LOCATION','k1-base'), ('L9:كركوك','LOCATION','kirkuk'),
 ('L10:واشنطن','ACTOR','US'), ('L10:طهران','ACTOR','IR'), ('L10:الولايات المتحدة','ACTOR','US'),
 ('L10:أكثر من 4 في المئة','QUANTITY',None,(4,True,'other')),
]
times = [
 ('L1:فجر اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L7:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L7:مطلع الأسبوع', '2019-12-30/2020-01-05', 'week'),
 ('L8:يوم الثلاثاء الماضي', TUE, 'day'),
 ('L9:الأحد الماضي', SUN, 'day'),
 ('L10:أيار/مايو 2018', '2018-05', 'month'),
]
F = 'L1:فجر اليوم الجمعة'
PEN = 'وزارة الدفاع الأميركية (البنتاغون)'
PMFS = 'هيئة الحشد الشعبي'
KHA = 'علي خامنئي'
NAS = 'حسن نصرالله'
AM = 'عادل عبد المهدي'
PEN2 = 'البنتاغون'
events = [
 dict(type='ATTACK', trig='L1:غارة', time=F, actors=['US'], targets=['IR', PMF], loc='L1:طريق مطار بغداد الدولي',
      weapons=['L1:طائرة أميركية مسيّرة']),                                                                                             # 1
 dict(type='STATEMENT', trig='L2:أعلنت', actors=['US'], attr=PEN),                                                                     # 2
 dict(type='ATTACK', trig='L2:الضربة', time=F, actors=['US'], targets=['IR', PMF], attr=PEN),                                          # 3
 dict(type='ATTACK', trig='L2:لهجمات', mod='planned', actors=['IR'], targets=['US'], loc='L2:العراق', attr=PEN),                       # 4
 dict(type='STATEMENT', trig='L3:بيان', actors=[PMF], attr=PMFS),                                                                      # 5
 dict(type='ATTACK', trig='L3:مقتل', time=F, actors=['US'], targets=['IR', PMF], loc='L3:مطار بغداد', weapons=['L3:صاروخان#0'],
      qty=['L3:ثمانية', 'L3:صاروخان', 'L3:سيارتين'], attr=PMFS),                                                                       # 6
 dict(type='ATTACK', trig='L4:انتقام', mod='planned', actors=['IR'], targets=['US'], attr=KHA),                                        # 7
 dict(type='STATEMENT', trig='L5:بيان', actors=[HZ], attr=NAS),                                                                        # 8
 dict(type='ATTACK', trig='L5:القصاص', mod='planned', actors=[HZ], targets=['US'], attr=NAS),                                          # 9
 dict(type='ATTACK', trig='L6:الغارة', time=F, actors=['US'], targets=['IR', PMF], attr=AM),                                           # 10
 dict(type='STATEMENT', trig='L7:أعلن', actors=['US'], attr=PEN2),                                                                     # 11
 dict(type='MOVEMENT', trig='L7:إرسال', mod='planned', time='L7:خلال الأيام المقبلة', actors=['US'], loc='L7:الكويت',
      qty=['L7:نحو ثلاثة آلاف جندي'], attr=PEN2),                                                                                      # 12
 dict(type='MOVEMENT', trig='L7:وصلوا', time='L7:مطلع الأسبوع', actors=['US'], loc='L7:الكويت', qty=['L7:نحو 750 جندياً'], attr=PEN2),  # 13
 dict(type='ATTACK', trig='L8:اقتحم', time='L8:يوم الثلاثاء الماضي', actors=[PMF], targets=['US'], loc='L8:مجمع السفارة'),             # 14
 dict(type='ATTACK', trig='L8:أضرموا', time='L8:يوم الثلاثاء الماضي', actors=[PMF], targets=['US'], loc='L8:مجمع السفارة'),            # 15
 dict(type='ATTACK', trig='L9:غارات', time='L9:الأحد الماضي', actors=['US'], targets=[KH], loc='L9:منطقة القائم',
      weapons=['L9:مقاتلات أميركية'], qty=['L9:خمسة مواقع', 'L9:25']),                                                               # 16
 dict(type='ATTACK', trig='L9:هجوم صاروخي', targets=['US'], loc='L9:قاعدة "كي 1"'),                                                     # 17
 dict(type='ATTACK', trig='L10:الضربة', time=F, actors=['US'], targets=['IR', PMF]),                                                   # 18
]
FP = (D, 'part-of-day')
forces = [
 dict(actor='IR', assets='موكب', loc=('طريق مطار بغداد الدولي', 'baghdad-airport-road'), as_of=FP, status='attacked', line=1, events=[1]),
 dict(actor=PMF, assets='موكب', loc=('طريق مطار بغداد الدولي', 'baghdad-airport-road'), as_of=FP, status='attacked', line=1, events=[1]),
 dict(actor='IR', assets='سيارتان', loc=('مطار بغداد', 'baghdad-airport'), as_of=FP, status='attacked', source=PMFS, line=3, events=[6]),
 dict(actor=PMF, assets='سيارتان', loc=('مطار بغداد', 'baghdad-airport'), as_of=FP, status='attacked', source=PMFS, line=3, events=[6]),
 dict(actor='US', strength=(3000, True, 'troops'), assets='الفرقة 82 المحمولة جواً', loc=('الكويت', 'kuwait'), as_of=(D + '/', 'vague'),
      status='planned', source=PEN2, line=7, events=[12]),
 dict(actor='US', strength=(750, True, 'troops'), loc=('الكويت', 'kuwait'), as_of=('2019-12-30/2020-01-05', 'week'), status='arrived',
      source=PEN2, line=7, events=[13]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق', 'iraq'), as_of=(D, 'day'), status='present', source=PEN2, line=7),
 dict(actor='US', assets='السفارة الأميركية', loc=('مجمع السفارة', 'us-embassy-baghdad'), as_of=(TUE, 'day'), status='attacked', line=8,
      events=[14, 15]),
 dict(actor=KH, assets='خمسة مواقع', loc=('منطقة القائم', 'al-qaim'), as_of=(SUN, 'day'), status='attacked', line=9, events=[16]),
 dict(actor='US', loc=('قاعدة "كي 1"', 'k1-base'), as_of=(None, 'vague'), status='attacked', line=9, events=[17]),
]
build('mtv-soleimani-baghdad-airport', None, 'إم تي في', D, L, ents, times, events, forces)
