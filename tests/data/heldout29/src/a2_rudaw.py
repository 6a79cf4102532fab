from build import build
L = [
'اشتباكات بين البيشمركة والقوات العراقية في بردي.. والبيشمركة تنسحب شمالاً',
'أربيل (رووداو) – اندلعت اشتباكات عنيفة، صباح اليوم الجمعة، بين قوات البيشمركة من جهة والجيش العراقي وقوات الحشد الشعبي من جهة أخرى في ناحية بردي (آلتون كوبري) الواقعة على الطريق بين كركوك وأربيل، بعد أن شنت القوات العراقية هجوماً على مواقع البيشمركة جنوبي الناحية.',
'وقال مراسل رووداو إن القوات العراقية استخدمت نحو ٢٠ دبابة من طراز أبرامز وعربات همفي ومدفعية ثقيلة، وإن المعارك مع البيشمركة تركزت عند جسر الناحية ومدخلها الجنوبي، واستمرت قرابة ثلاث ساعات.',
'وأعلنت القيادة العامة لقوات البيشمركة في بيان أن مقاتليها «صدّوا الهجوم» ودمّروا خمس عربات همفي ودبابتين، متهمة «الحشد الشعبي» و«الحرس الثوري الإيراني» بقيادة الهجوم.',
'في المقابل، ذكرت قيادة العمليات المشتركة في بيان أن قطعات الجيش والشرطة الاتحادية «فرضت الأمن» على ناحية بردي بعد انسحاب البيشمركة منها ظهر اليوم، نافية أن تكون قواتها قد استهدفت أحياء الناحية بالمدفعية.',
'وأكد مسؤول في البيشمركة لرووداو أن قواته «أعادت انتشارها» على الضفة الشمالية لنهر الزاب الصغير «لتجنب إراقة المزيد من الدماء»، مشيراً إلى أن نحو ٣٠٠٠ مقاتل من البيشمركة يتمركزون حالياً على الطريق بين بردي وأربيل، على بعد نحو ٤٥ كيلومتراً من عاصمة الإقليم.',
'وبحسب مصادر طبية في أربيل، قُتل اثنان من مقاتلي البيشمركة وأصيب ١٢ آخرون في الاشتباكات، في حين لم تعلن الحكومة العراقية عن خسائر في صفوف قواتها.',
'وحمّل مجلس أمن إقليم كوردستان الحكومة العراقية مسؤولية «التصعيد»، مطالباً التحالف الدولي بالتدخل لوقف «تقدم القوات العراقية والميليشيات» نحو حدود الإقليم.',
'وتأتي المعارك بعد أربعة أيام من سيطرة القوات العراقية والحشد الشعبي على مدينة كركوك وحقول النفط المحيطة بها، إثر انسحاب البيشمركة منها يوم الاثنين الماضي، رداً على استفتاء الاستقلال الذي أجري في ٢٥ أيلول الماضي.',
'وأفاد مصدر أمني في كركوك لرووداو بأن الجيش العراقي دفع مساء اليوم بتعزيزات جديدة تضم نحو ٤٠ آلية عسكرية إلى ناحية بردي، فيما انتشرت قوات من الرد السريع في قرية تازة جنوبي كركوك.',
'ومن المقرر أن تنطلق محادثات عسكرية بين وزارة البيشمركة وقيادة العمليات المشتركة الأسبوع المقبل لبحث إدارة المناطق المتنازع عليها، وسط دعوات أمريكية للطرفين إلى وقف التحركات العسكرية.',
]
D = '2017-10-20'   # Friday; Erbil-based network's Arabic site, web copy of its own day
MON = '2017-10-16'
PM = 'PESHMERGA'
PMF = 'OTHER:pmf'
KRG = 'OTHER:krg'
ents = [
 ('L0:البيشمركة#0','ACTOR',PM), ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:بردي','LOCATION','altun-kupri'), ('L0:البيشمركة#1','ACTOR',PM),
 ('L1:أربيل#0','LOCATION','erbil'), ('L1:رووداو','ORG','rudaw'), ('L1:قوات البيشمركة','ACTOR',PM), ('L1:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L1:قوات الحشد الشعبي','ACTOR',PMF), ('L1:ناحية بردي','LOCATION','altun-kupri'), ('L1:آلتون كوبري','LOCATION','altun-kupri'),
 ('L1:الطريق','LOCATION','kirkuk-erbil-road'), ('L1:كركوك','LOCATION','kirkuk'), ('L1:أربيل#1','LOCATION','erbil'),
 ('L1:القوات العراقية','ACTOR','IQ_GOV'), ('L1:البيشمركة#1','ACTOR',PM), ('L1:الناحية','LOCATION','altun-kupri'),
 ('L2:رووداو','ORG','rudaw'), ('L2:القوات العراقية','ACTOR','IQ_GOV'), ('L2:نحو ٢٠ دبابة','QUANTITY',None,(20,True,'vehicles')),
 ('L2:دبابة من طراز أبرامز','WEAPON','abrams'), ('L2:عربات همفي','WEAPON','humvees'), ('L2:مدفعية ثقيلة','WEAPON','heavy-artillery'),
 ('L2:البيشمركة','ACTOR',PM), ('L2:جسر الناحية','LOCATION','altun-kupri-bridge'), ('L2:قرابة ثلاث ساعات','QUANTITY',None,(3,True,'other')),
 ('L3:القيادة العامة لقوات البيشمركة','ACTOR',PM), ('L3:خمس عربات همفي','QUANTITY',None,(5,False,'vehicles')), ('L3:عربات همفي','WEAPON','humvees'),
 ('L3:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L3:دبابتين#0','WEAPON','tanks'), ('L3:الحشد الشعبي','ACTOR',PMF),
 ('L3:الحرس الثوري الإيراني','ACTOR','IR'),
 ('L4:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:قطعات الجيش','ACTOR','IQ_GOV'), ('L4:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L4:ناحية بردي','LOCATION','altun-kupri'), ('L4:البيشمركة','ACTOR',PM), ('L4:أحياء الناحية','LOCATION','altun-kupri'), ('L4:المدفعية','WEAPON','artillery'),
 ('L5:البيشمركة#0','ACTOR',PM), ('L5:رووداو','ORG','rudaw'), ('L5:نهر الزاب الصغير','LOCATION','little-zab'),
 ('L5:نحو ٣٠٠٠ مقاتل','QUANTITY',None,(3000,True,'fighters')), ('L5:البيشمركة#1','ACTOR',PM), ('L5:الطريق','LOCATION','altun-kupri-erbil-road'),
 ('L5:بردي','LOCATION','altun-kupri'), ('L5:أربيل','LOCATION','erbil'), ('L5:نحو ٤٥ كيلومتراً','QUANTITY',None,(45,True,'km')),
 ('L5:عاصمة الإقليم','LOCATION','erbil'),
 ('L6:أربيل','LOCATION','erbil'), ('L6:اثنان','QUANTITY',None,(2,False,'killed')), ('L6:البيشمركة','ACTOR',PM), ('L6:١٢','QUANTITY',None,(12,False,'wounded')),
 ('L6:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L7:مجلس أمن إقليم كوردستان','ACTOR',KRG), ('L7:الحكومة العراقية','ACTOR','IQ_GOV'), ('L7:التحالف الدولي','ACTOR','COALITION'),
 ('L7:القوات العراقية','ACTOR','IQ_GOV'), ('L7:الميليشيات','ACTOR',PMF), ('L7:الإقليم','LOCATION','kurdistan-region'),
 ('L8:القوات العراقية','ACTOR','IQ_GOV'), ('L8:الحشد الشعبي','ACTOR',PMF), ('L8:مدينة كركوك','LOCATION','kirkuk'),
 ('L8:حقول النفط المحيطة بها','LOCATION','kirkuk-oilfields'), ('L8:البيشمركة','ACTOR',PM),
 ('L9:كركوك#0','LOCATION','kirkuk'), ('L9:رووداو','ORG','rudaw'), ('L9:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L9:نحو ٤٠ آلية عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L9:آلية عسكرية','WEAPON','military-vehicles'), ('L9:ناحية بردي','LOCATION','altun-kupri'),
 ('L9:الرد السريع','ACTOR','IQ_GOV'), ('L9:قرية تازة','LOCATION','taza'), ('L9:كركوك#1','LOCATION','kirkuk'),
 ('L10:وزارة البيشمركة','ACTOR',PM), ('L10:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L10:المناطق المتنازع عليها','LOCATION','disputed-territories'),
]
times = [
 ('L1:صباح اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L4:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L8:يوم الاثنين الماضي', MON, 'day'),
 ('L8:٢٥ أيلول الماضي', '2017-09-25', 'day'),
 ('L9:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L10:الأسبوع المقبل', '2017-10-23/2017-10-29', 'week'),
]
M = 'L1:صباح اليوم الجمعة'
COR = 'مراسل رووداو'
PGC = 'القيادة العامة لقوات البيشمركة'
JOC = 'قيادة العمليات المشتركة'
PMO = 'مسؤول في البيشمركة (رووداو)'
MED = 'مصادر طبية في أربيل'
KSC = 'مجلس أمن إقليم كوردستان'
SEC = 'مصدر أمني في كركوك (رووداو)'
events = [
 dict(type='ATTACK', trig='L1:اشتباكات', time=M, actors=[PM, 'IQ_GOV', PMF], loc='L1:ناحية بردي'),                                    # 1
 dict(type='ATTACK', trig='L1:هجوماً', time=M, actors=['IQ_GOV'], targets=[PM], loc='L1:الناحية'),                                    # 2
 dict(type='ATTACK', trig='L2:المعارك', time=M, actors=['IQ_GOV', PM], loc='L2:جسر الناحية',
      weapons=['L2:دبابة من طراز أبرامز', 'L2:عربات همفي', 'L2:مدفعية ثقيلة'], qty=['L2:نحو ٢٠ دبابة', 'L2:قرابة ثلاث ساعات'], attr=COR),  # 3
 dict(type='STATEMENT', trig='L3:أعلنت', actors=[PM], attr=PGC),                                                                     # 4
 dict(type='ATTACK', trig='L3:صدّوا', time=M, actors=[PM], targets=['IQ_GOV', PMF], attr=PGC),                                       # 5
 dict(type='ATTACK', trig='L3:الهجوم#0', time=M, actors=['IQ_GOV', PMF], targets=[PM], attr=PGC),                                    # 6
 dict(type='ATTACK', trig='L3:دمّروا', time=M, actors=[PM], targets=['IQ_GOV'], attr=PGC),                                           # 7
 dict(type='ATTACK', trig='L3:الهجوم#1', time=M, actors=[PMF, 'IR'], targets=[PM], attr=PGC),                                        # 8
 dict(type='STATEMENT', trig='L4:بيان', actors=['IQ_GOV'], attr=JOC),                                                                 # 9
 dict(type='CONTROL', trig='L4:فرضت الأمن', time='L4:ظهر اليوم', actors=['IQ_GOV'], targets=[PM], loc='L4:ناحية بردي', attr=JOC),     # 10
 dict(type='WITHDRAWAL', trig='L4:انسحاب', time='L4:ظهر اليوم', actors=[PM], loc='L4:ناحية بردي', attr=JOC),                         # 11
 dict(type='ATTACK', trig='L4:استهدفت', mod='denied', actors=['IQ_GOV'], loc='L4:أحياء الناحية', weapons=['L4:المدفعية'], attr=JOC),  # 12
 dict(type='MOVEMENT', trig='L5:أعادت انتشارها', time='L4:ظهر اليوم', actors=[PM], loc='L5:نهر الزاب الصغير', attr=PMO),            # 13
 dict(type='MOVEMENT', trig='L5:يتمركزون', actors=[PM], loc='L5:الطريق', qty=['L5:نحو ٣٠٠٠ مقاتل'], attr=PMO),                      # 14
 dict(type='ATTACK', trig='L6:قُتل', time=M, targets=[PM], qty=['L6:اثنان', 'L6:١٢'], attr=MED),                                      # 15
 dict(type='MOVEMENT', trig='L7:تقدم', actors=['IQ_GOV', PMF], loc='L7:الإقليم', attr=KSC),                                          # 16
 dict(type='ATTACK', trig='L8:المعارك', time=M, actors=['IQ_GOV', PMF, PM]),                                                        # 17
 dict(type='CONTROL', trig='L8:سيطرة', time='L8:يوم الاثنين الماضي', actors=['IQ_GOV', PMF], targets=[PM], loc='L8:مدينة كركوك'),    # 18
 dict(type='WITHDRAWAL', trig='L8:انسحاب', time='L8:يوم الاثنين الماضي', actors=[PM], loc='L8:مدينة كركوك'),                        # 19
 dict(type='MOVEMENT', trig='L9:دفع', time='L9:مساء اليوم', actors=['IQ_GOV'], loc='L9:ناحية بردي', weapons=['L9:آلية عسكرية'],
      qty=['L9:نحو ٤٠ آلية عسكرية'], attr=SEC),                                                                                      # 20
 dict(type='MOVEMENT', trig='L9:انتشرت', time='L9:مساء اليوم', actors=['IQ_GOV'], loc='L9:قرية تازة', attr=SEC),                    # 21
 dict(type='AGREEMENT', trig='L10:محادثات', mod='planned', time='L10:الأسبوع المقبل', actors=[PM, 'IQ_GOV'],
      loc='L10:المناطق المتنازع عليها'),                                                                                              # 22
]
MP = (D, 'part-of-day')
OD = (D, 'day')
MN = (MON, 'day')
forces = [
 dict(actor=PM, loc=('ناحية بردي', 'altun-kupri'), as_of=MP, status='present', line=1, events=[1]),
 dict(actor='IQ_GOV', loc=('ناحية بردي', 'altun-kupri'), as_of=MP, status='present', line=1, events=[1]),
 dict(actor=PMF, loc=('ناحية بردي', 'altun-kupri'), as_of=MP, status='present', line=1, events=[1]),
 dict(actor=PM, assets='مواقع', loc=('الناحية', 'altun-kupri'), as_of=MP, status='attacked', line=1, events=[2]),
 dict(actor='IQ_GOV', assets='نحو ٢٠ دبابة أبرامز، عربات همفي، مدفعية ثقيلة', loc=('جسر الناحية', 'altun-kupri-bridge'), as_of=MP,
      status='present', source=COR, line=2, events=[3]),
 dict(actor=PM, loc=('جسر الناحية', 'altun-kupri-bridge'), as_of=MP, status='present', source=COR, line=2, events=[3]),
 dict(actor='IQ_GOV', loc=('ناحية بردي', 'altun-kupri'), as_of=MP, status='controls', source=JOC, line=4, events=[10]),
 dict(actor=PM, loc=('ناحية بردي', 'altun-kupri'), as_of=MP, status='withdrawn', source=JOC, line=4, events=[11]),
 dict(actor=PM, loc=('نهر الزاب الصغير', 'little-zab'), as_of=OD, status='present', source=PMO, line=5, events=[13]),
 dict(actor=PM, strength=(3000, True, 'fighters'), loc=('الطريق', 'altun-kupri-erbil-road'), as_of=OD, status='present', source=PMO,
      line=5, events=[14]),
 dict(actor='IQ_GOV', loc=('مدينة كركوك', 'kirkuk'), as_of=MN, status='controls', line=8, events=[18]),
 dict(actor=PMF, loc=('مدينة كركوك', 'kirkuk'), as_of=MN, status='controls', line=8, events=[18]),
 dict(actor='IQ_GOV', loc=('حقول النفط المحيطة بها', 'kirkuk-oilfields'), as_of=MN, status='controls', line=8, events=[18]),
 dict(actor=PMF, loc=('حقول النفط المحيطة بها', 'kirkuk-oilfields'), as_of=MN, status='controls', line=8, events=[18]),
 dict(actor=PM, loc=('مدينة كركوك', 'kirkuk'), as_of=MN, status='withdrawn', line=8, events=[19]),
 dict(actor='IQ_GOV', strength=(40, True, 'vehicles'), assets='آليات عسكرية', loc=('ناحية بردي', 'altun-kupri'), as_of=(D, 'part-of-day'),
      status='reinforced', source=SEC, line=9, events=[20]),
 dict(actor='IQ_GOV', assets='قوات الرد السريع', loc=('قرية تازة', 'taza'), as_of=(D, 'part-of-day'), status='present', source=SEC,
      line=9, events=[21]),
]
build('rudaw-altun-kupri', None, 'روداو', D, L, ents, times, events, forces)
