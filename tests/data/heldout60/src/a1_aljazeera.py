from build import build
L = [
'ضربة أميركية على قيادات "حراس الدين" شمال إدلب بعد ساعات من هدنة روسية',
'أعلنت القيادة المركزية الأميركية (سنتكوم) أن قواتها نفذت مساء أمس السبت ضربة استهدفت قيادات في تنظيم القاعدة داخل منشأة شمال مدينة إدلب، قائلة إنهم مسؤولون عن "التخطيط لهجمات خارجية تهدد المواطنين الأميركيين وشركاءنا".',
'وقال ناشطون للجزيرة نت إن عدة صواريخ أصابت مقراً لتنظيم "حراس الدين" بين بلدتي معرتمصرين وكفريا في ريف إدلب الشمالي، حيث كان قادة من التنظيم يعقدون اجتماعاً.',
'وأفاد المرصد السوري لحقوق الإنسان بأن حصيلة القتلى ارتفعت إلى أكثر من 40، بينهم ستة قياديين من جنسيات غير سورية، مشيراً إلى أن الضربة طالت أيضاً عناصر من جماعة "أنصار التوحيد".',
'في المقابل، قالت وزارة الدفاع الروسية إن واشنطن لم تبلغ موسكو ولا أنقرة مسبقاً بالضربة، معتبرة أنها "تهدد بإفشال" وقف إطلاق النار الذي بدأ سريانه صباح السبت.',
'وكان مركز المصالحة الروسي في قاعدة حميميم قد أعلن من جانب واحد وقفاً لإطلاق النار في منطقة خفض التصعيد بإدلب اعتباراً من السادسة صباح السبت، وأعلن جيش النظام التزامه به.',
'وساد هدوء حذر على جبهات ريف إدلب الجنوبي وريف حماة الشمالي منذ بدء سريان الهدنة، رغم قصف مدفعي متقطع لقوات النظام استهدف صباح اليوم الأحد بلدتي كفرسجنة وركايا سجنة، بحسب الدفاع المدني السوري.',
'ولم تعلق "هيئة تحرير الشام"، التي تسيطر على معظم مساحة محافظة إدلب، على الضربة، في حين نعت حسابات مقربة من "حراس الدين" عدداً من قادته.',
'وتأتي الهدنة بعد أن سيطرت قوات النظام، بدعم جوي روسي، على مدينة خان شيخون وبلدات ريف حماة الشمالي الأسبوع الماضي، في إطار هجوم بدأته أواخر نيسان/أبريل الماضي وأدى إلى نزوح أكثر من 400 ألف شخص.',
'وفي ريف حماة الشمالي، لا تزال نقطة المراقبة التركية في مورك محاصرة من قبل قوات النظام، وتضم نحو 200 جندي، فيما أرسل الجيش التركي يوم الجمعة رتلاً من نحو 30 آلية إلى نقطته في بلدة الصرمان شرقي معرة النعمان.',
'وسبق أن قُتل ثمانية من عناصر "حراس الدين" في غارة أميركية على اجتماع لقادته في ريف حلب الغربي، في 30 حزيران/يونيو الماضي.',
]
D = '2019-09-01'   # Sunday; web copy of its own day (أمس السبت, صباح اليوم الأحد)
SAT = '2019-08-31'
LASTWEEK = '2019-08-19/2019-08-25'
HD = 'OTHER:hurras-al-din'
AQ = 'OTHER:al-qaeda'
AT = 'OTHER:ansar-al-tawhid'
ents = [
 ('L0:حراس الدين','ACTOR',HD), ('L0:إدلب','LOCATION','idlib'),
 ('L1:القيادة المركزية الأميركية','ACTOR','US'), ('L1:سنتكوم','ACTOR','US'), ('L1:تنظيم القاعدة','ACTOR',AQ), ('L1:مدينة إدلب','LOCATION','idlib'),
 ('L2:لجزيرة نت','ORG','aljazeera-net'), ('L2:عدة صواريخ','QUANTITY',None,([3,9],True,'missiles')), ('L2:صواريخ','WEAPON','missiles'),
 ('L2:تنظيم "حراس الدين"','ACTOR',HD), ('L2:بلدتي معرتمصرين','LOCATION','maarat-misrin'), ('L2:كفريا','LOCATION','kafriya'),
 ('L2:ريف إدلب الشمالي','LOCATION','idlib-north-countryside'), ('L2:التنظيم','ACTOR',HD),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:أكثر من 40','QUANTITY',None,(40,True,'killed')),
 ('L3:ستة قياديين','QUANTITY',None,(6,False,'killed')), ('L3:جماعة "أنصار التوحيد"','ACTOR',AT),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:واشنطن','ACTOR','US'), ('L4:موسكو','ACTOR','RU'), ('L4:أنقرة','ACTOR','TR'),
 ('L5:مركز المصالحة الروسي','ACTOR','RU'), ('L5:قاعدة حميميم','LOCATION','hmeimim-airbase'),
 ('L5:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'), ('L5:إدلب','LOCATION','idlib'), ('L5:جيش النظام','ACTOR','SY_GOV'),
 ('L6:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L6:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:بلدتي كفرسجنة','LOCATION','kafr-sijnah'), ('L6:ركايا سجنة','LOCATION','rakaya-sijnah'),
 ('L6:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L7:هيئة تحرير الشام','ACTOR','NUSRA'), ('L7:محافظة إدلب','LOCATION','idlib-governorate'), ('L7:حراس الدين','ACTOR',HD),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:مدينة خان شيخون','LOCATION','khan-shaykhun'),
 ('L8:بلدات ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L8:أكثر من 400 ألف شخص','QUANTITY',None,(400000,True,'people')),
 ('L9:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L9:نقطة المراقبة التركية','LOCATION','morek-observation-post'),
 ('L9:مورك','LOCATION','morek'), ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:نحو 200 جندي','QUANTITY',None,(200,True,'troops')),
 ('L9:الجيش التركي','ACTOR','TR'), ('L9:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L9:آلية','WEAPON','military-vehicles'),
 ('L9:بلدة الصرمان','LOCATION','al-surman'), ('L9:معرة النعمان','LOCATION','maarat-al-numan'),
 ('L10:ثمانية','QUANTITY',None,(8,False,'killed')), ('L10:حراس الدين','ACTOR',HD), ('L10:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
]
times = [
 ('L1:مساء أمس السبت', SAT, 'part-of-day', {'part': 'evening'}),
 ('L4:صباح السبت', SAT, 'part-of-day', {'part': 'morning'}),
 ('L5:السادسة صباح السبت', SAT, 'part-of-day', {'part': 'morning'}),
 ('L6:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L8:الأسبوع الماضي', LASTWEEK, 'week'),
 ('L8:أواخر نيسان/أبريل الماضي', '2019-04', 'month'),
 ('L9:يوم الجمعة', '2019-08-30', 'day'),
 ('L10:30 حزيران/يونيو الماضي', '2019-06-30', 'day'),
]
EV = 'L1:مساء أمس السبت'
CC = 'القيادة المركزية الأميركية (سنتكوم)'
ACT = 'ناشطون (الجزيرة نت)'
SOHR = 'المرصد السوري لحقوق الإنسان'
RMD = 'وزارة الدفاع الروسية'
RRC = 'مركز المصالحة الروسي في قاعدة حميميم'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', actors=['US'], attr=CC),                                                                  # 1
 dict(type='ATTACK', trig='L1:ضربة', time=EV, actors=['US'], targets=[AQ], loc='L1:مدينة إدلب', attr=CC),                          # 2
 dict(type='ATTACK', trig='L2:أصابت', time=EV, actors=['US'], targets=[HD], loc='L2:بلدتي معرتمصرين', weapons=['L2:صواريخ'],
      qty=['L2:عدة صواريخ'], attr=ACT),                                                                                            # 3
 dict(type='ATTACK', trig='L3:الضربة', time=EV, actors=['US'], targets=[HD, AT], qty=['L3:أكثر من 40', 'L3:ستة قياديين'], attr=SOHR),  # 4
 dict(type='STATEMENT', trig='L4:قالت', actors=['RU'], attr=RMD),                                                                  # 5
 dict(type='ATTACK', trig='L4:بالضربة', time=EV, actors=['US'], attr=RMD),                                                         # 6
 dict(type='AGREEMENT', trig='L4:وقف إطلاق النار', time='L4:صباح السبت', actors=['RU', 'SY_GOV'], attr=RMD),                         # 7
 dict(type='STATEMENT', trig='L5:أعلن#0', actors=['RU'], attr=RRC),                                                                # 8
 dict(type='AGREEMENT', trig='L5:وقفاً لإطلاق النار', time='L5:السادسة صباح السبت', actors=['RU', 'SY_GOV'],
      loc='L5:منطقة خفض التصعيد', attr=RRC),                                                                                       # 9
 dict(type='STATEMENT', trig='L5:أعلن#1', actors=['SY_GOV'], attr='جيش النظام'),                                                  # 10
 dict(type='AGREEMENT', trig='L6:الهدنة', actors=['RU', 'SY_GOV']),                                                               # 11
 dict(type='ATTACK', trig='L6:قصف', time='L6:صباح اليوم الأحد', actors=['SY_GOV'], loc='L6:بلدتي كفرسجنة', attr='الدفاع المدني السوري'),  # 12
 dict(type='CONTROL', trig='L7:تسيطر', actors=['NUSRA'], loc='L7:محافظة إدلب'),                                                   # 13
 dict(type='ATTACK', trig='L7:الضربة', time=EV, actors=['US'], targets=[HD]),                                                     # 14
 dict(type='CONTROL', trig='L8:سيطرت', time='L8:الأسبوع الماضي', actors=['SY_GOV'], loc='L8:مدينة خان شيخون'),                     # 15
 dict(type='ATTACK', trig='L8:بدعم جوي', time='L8:الأسبوع الماضي', actors=['RU']),                                                # 16
 dict(type='OPERATION', trig='L8:هجوم', time='L8:أواخر نيسان/أبريل الماضي', actors=['SY_GOV']),                                   # 17
 dict(type='OPERATION', trig='L9:محاصرة', actors=['SY_GOV'], targets=['TR'], loc='L9:نقطة المراقبة التركية'),                      # 18
 dict(type='MOVEMENT', trig='L9:أرسل', time='L9:يوم الجمعة', actors=['TR'], loc='L9:بلدة الصرمان', weapons=['L9:آلية'],
      qty=['L9:نحو 30 آلية']),                                                                                                     # 19
 dict(type='ATTACK', trig='L10:قُتل', time='L10:30 حزيران/يونيو الماضي', actors=['US'], targets=[HD], loc='L10:ريف حلب الغربي',
      qty=['L10:ثمانية']),                                                                                                          # 20
]
SE = (SAT, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor=AQ, assets='منشأة', loc=('شمال مدينة إدلب', 'idlib'), as_of=SE, status='attacked', source=CC, line=1, events=[2]),
 dict(actor=HD, assets='مقر', loc=('بلدتي معرتمصرين وكفريا', 'maarat-misrin'), as_of=SE, status='attacked', source=ACT, line=2, events=[3]),
 dict(actor='NUSRA', loc=('محافظة إدلب', 'idlib-governorate'), as_of=DD, status='controls', line=7, events=[13]),
 dict(actor='SY_GOV', loc=('مدينة خان شيخون', 'khan-shaykhun'), as_of=(LASTWEEK, 'week'), status='controls', line=8, events=[15]),
 dict(actor='SY_GOV', loc=('بلدات ريف حماة الشمالي', 'hama-north-countryside'), as_of=(LASTWEEK, 'week'), status='controls', line=8, events=[15]),
 dict(actor='TR', strength=(200, True, 'troops'), assets='نقطة المراقبة التركية', loc=('مورك', 'morek'), as_of=DD, status='present', line=9, events=[18]),
 dict(actor='SY_GOV', loc=('مورك', 'morek'), as_of=DD, status='present', line=9, events=[18]),
 dict(actor='TR', strength=(30, True, 'vehicles'), assets='رتل', loc=('بلدة الصرمان', 'al-surman'), as_of=('2019-08-30', 'day'),
      status='reinforced', line=9, events=[19]),
 dict(actor=HD, assets='اجتماع لقادته', loc=('ريف حلب الغربي', 'aleppo-west-countryside'), as_of=('2019-06-30', 'day'), status='attacked', line=10, events=[20]),
]
build('aljazeera-hurras-al-din-strike', None, 'الجزيرة نت', D, L, ents, times, events, forces)
