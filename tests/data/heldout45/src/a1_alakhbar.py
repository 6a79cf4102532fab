from build import build
L = [
'الجيش يستعيد سلمى: سقوط «عاصمة» المسلحين في ريف اللاذقية',
'سيطر الجيش السوري وحلفاؤه، أمس، على بلدة سلمى الاستراتيجية في جبل الأكراد بريف اللاذقية الشمالي، بعد معارك عنيفة استمرت ثلاثة أيام مع مسلحي «جبهة النصرة» و«الحزب الإسلامي التركستاني» و«أحرار الشام»، في أكبر تقدّم للجيش في المنطقة منذ عام 2012.',
'وقال مصدر ميداني لـ«الأخبار» إن وحدات من الجيش و«الدفاع الوطني» اقتحمت البلدة من ثلاثة محاور، بعدما سيطر الجيش فجر الاثنين على تلة دورين وقرية المريج المشرفتين عليها من الجهة الجنوبية.',
'وأضاف المصدر أن المسلحين انسحبوا من سلمى نحو بلدة كنسبا وريف جسر الشغور، تاركين خلفهم عشرات الجثث، فيما تعمل وحدات الهندسة على تفكيك العبوات الناسفة في شوارع البلدة.',
'وجاء التقدّم تحت غطاء ناري كثيف من سلاح الجو الروسي، الذي شنّ أكثر من 40 غارة على مواقع المسلحين في سلمى ومحيطها خلال الساعات الـ48 الماضية، بحسب المصدر نفسه.',
'في المقابل، أقرّ «المرصد السوري لحقوق الإنسان» المعارض بسقوط البلدة، مشيراً إلى مقتل 23 مسلحاً على الأقل، بينهم قياديان في «النصرة».',
'كما نفت «حركة أحرار الشام» في بيان أن يكون مقاتلوها قد انسحبوا من جبل الأكراد، متحدثة عن «إعادة تموضع» على خطوط دفاعية جديدة «بسبب كثافة القصف الروسي».',
'وفي موسكو، أعلنت وزارة الدفاع الروسية أن طائراتها نفّذت منذ الجمعة الماضي 164 طلعة في أرياف اللاذقية وحماة وإدلب وحلب، أصابت خلالها أكثر من 500 «هدف إرهابي».',
'وتكتسب سلمى أهمية خاصة، إذ تقع على ارتفاع نحو 800 متر وتشرف على مساحات واسعة من ريفي اللاذقية وإدلب، وقد سيطر عليها المسلحون منذ تموز 2012 وحوّلوها إلى منطلق لقصف مدينة اللاذقية بالقذائف.',
'ويستعد الجيش، وفق مصادر عسكرية، لاستكمال عملياته باتجاه بلدة ربيعة في جبل التركمان قرب الحدود التركية، حيث يتحصّن مئات من مسلحي الفصائل التركمانية المدعومة من أنقرة.',
'وكان الجيش قد أطلق عمليته في ريف اللاذقية الشمالي منتصف تشرين الأول الماضي، بعد أسبوعين من بدء الغارات الروسية في سوريا، واستعاد منذ ذلك الحين عشرات القرى والتلال في جبلي الأكراد والتركمان.',
]
D = '2016-01-13'   # Wednesday; Beirut print daily dated the day after the news
TUE = '2016-01-12'
MON = '2016-01-11'
NU = 'NUSRA'
TIP = 'OTHER:turkistan-islamic-party'
AHR = 'OTHER:ahrar-al-sham'
PGM = 'OTHER:pro-government-militias'
TM = 'OTHER:turkmen-factions'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:سلمى','LOCATION','salma'), ('L0:المسلحين','ACTOR',NU), ('L0:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:بلدة سلمى','LOCATION','salma'), ('L1:جبل الأكراد','LOCATION','jabal-al-akrad'),
 ('L1:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'), ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L1:جبهة النصرة','ACTOR',NU), ('L1:الحزب الإسلامي التركستاني','ACTOR',TIP), ('L1:أحرار الشام','ACTOR',AHR),
 ('L1:لجيش#1','ACTOR','SY_GOV'), ('L1:المنطقة','LOCATION','latakia-north-countryside'),
 ('L2:الأخبار','ORG','alakhbar'), ('L2:الجيش#0','ACTOR','SY_GOV'), ('L2:الدفاع الوطني','ACTOR',PGM), ('L2:البلدة','LOCATION','salma'),
 ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:الجيش#1','ACTOR','SY_GOV'), ('L2:تلة دورين','LOCATION','durin-hill'),
 ('L2:قرية المريج','LOCATION','al-murij'),
 ('L3:المسلحين','ACTOR',NU), ('L3:سلمى','LOCATION','salma'), ('L3:بلدة كنسبا','LOCATION','kinsabba'),
 ('L3:ريف جسر الشغور','LOCATION','jisr-al-shughur-countryside'), ('L3:عشرات الجثث','QUANTITY',None,([24, 99],True,'killed')),
 ('L3:وحدات الهندسة','ACTOR','SY_GOV'), ('L3:العبوات الناسفة','WEAPON','ieds'), ('L3:شوارع البلدة','LOCATION','salma'),
 ('L4:سلاح الجو الروسي','ACTOR','RU'), ('L4:أكثر من 40 غارة','QUANTITY',None,(40,True,'other')), ('L4:المسلحين','ACTOR',NU),
 ('L4:سلمى','LOCATION','salma'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:البلدة','LOCATION','salma'), ('L5:23 مسلحاً على الأقل','QUANTITY',None,(23,True,'killed')),
 ('L5:قياديان','QUANTITY',None,(2,False,'killed')), ('L5:النصرة','ACTOR',NU),
 ('L6:حركة أحرار الشام','ACTOR',AHR), ('L6:جبل الأكراد','LOCATION','jabal-al-akrad'),
 ('L7:موسكو','LOCATION','moscow'), ('L7:وزارة الدفاع الروسية','ACTOR','RU'), ('L7:164 طلعة','QUANTITY',None,(164,False,'other')),
 ('L7:أرياف اللاذقية','LOCATION','latakia-countryside'), ('L7:حماة','LOCATION','hama-countryside'), ('L7:إدلب','LOCATION','idlib-countryside'),
 ('L7:حلب','LOCATION','aleppo-countryside'), ('L7:أكثر من 500 «هدف إرهابي»','QUANTITY',None,(500,True,'other')),
 ('L8:سلمى','LOCATION','salma'), ('L8:نحو 800 متر','QUANTITY',None,(800,True,'other')), ('L8:ريفي اللاذقية','LOCATION','latakia-countryside'),
 ('L8:إدلب','LOCATION','idlib-countryside'), ('L8:المسلحون','ACTOR',NU), ('L8:مدينة اللاذقية','LOCATION','latakia'),
 ('L8:القذائف','WEAPON','shells'),
 ('L9:الجيش','ACTOR','SY_GOV'), ('L9:بلدة ربيعة','LOCATION','rabia-latakia'), ('L9:جبل التركمان','LOCATION','jabal-al-turkman'),
 ('L9:الحدود التركية','LOCATION','syria-turkey-border'), ('L9:مئات','QUANTITY',None,([100, 999],True,'fighters')),
 ('L9:الفصائل التركمانية المدعومة من أنقرة','ACTOR',TM),
 ('L10:الجيش','ACTOR','SY_GOV'), ('L10:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'),
 ('L10:أسبوعين','QUANTITY',None,(2,False,'other')), ('L10:سوريا','LOCATION','syria'),
 ('L10:عشرات القرى','QUANTITY',None,([24, 99],True,'other')), ('L10:جبلي الأكراد','LOCATION','jabal-al-akrad'),
 ('L10:التركمان','LOCATION','jabal-al-turkman'),
]
times = [
 ('L1:أمس', TUE, 'day'),
 ('L1:منذ عام 2012', '2012/2016', 'year'),
 ('L2:فجر الاثنين', MON, 'part-of-day', {'part': 'morning'}),
 ('L4:خلال الساعات الـ48 الماضية', MON + '/' + D, 'day'),
 ('L7:منذ الجمعة الماضي', '2016-01-08/' + D, 'day'),
 ('L8:منذ تموز 2012', '2012-07/2016-01', 'month'),
 ('L10:منتصف تشرين الأول الماضي', '2015-10', 'month'),
]
Y = 'L1:أمس'
SRC = 'مصدر ميداني'
SOHR = 'المرصد السوري لحقوق الإنسان'
AH = 'حركة أحرار الشام'
MOD = 'وزارة الدفاع الروسية'
MIL = 'مصادر عسكرية'
ALL = [NU, TIP, AHR]
events = [
 dict(type='CONTROL', trig='L1:سيطر', time=Y, actors=['SY_GOV'], targets=ALL, loc='L1:بلدة سلمى'),                             # 1
 dict(type='ATTACK', trig='L1:معارك', time=Y, actors=['SY_GOV'] + ALL, loc='L1:بلدة سلمى', qty=['L1:ثلاثة أيام']),               # 2
 dict(type='MOVEMENT', trig='L1:تقدّم', time=Y, actors=['SY_GOV'], loc='L1:المنطقة'),                                            # 3
 dict(type='ATTACK', trig='L2:اقتحمت', time=Y, actors=['SY_GOV', PGM], targets=ALL, loc='L2:البلدة', qty=['L2:ثلاثة محاور'], attr=SRC),  # 4
 dict(type='CONTROL', trig='L2:سيطر', time='L2:فجر الاثنين', actors=['SY_GOV'], loc='L2:تلة دورين', attr=SRC),                  # 5
 dict(type='WITHDRAWAL', trig='L3:انسحبوا', time=Y, actors=[NU], loc='L3:سلمى', attr=SRC),                                      # 6
 dict(type='OPERATION', trig='L3:تفكيك', actors=['SY_GOV'], loc='L3:شوارع البلدة', attr=SRC),                                   # 7
 dict(type='MOVEMENT', trig='L4:التقدّم', time=Y, actors=['SY_GOV'], attr=SRC),                                                  # 8
 dict(type='ATTACK', trig='L4:غارة', time='L4:خلال الساعات الـ48 الماضية', actors=['RU'], targets=[NU], loc='L4:سلمى',
      qty=['L4:أكثر من 40 غارة'], attr=SRC),                                                                                     # 9
 dict(type='CONTROL', trig='L5:سقوط', time=Y, actors=['SY_GOV'], targets=[NU], loc='L5:البلدة', attr=SOHR),                      # 10
 dict(type='ATTACK', trig='L5:مقتل', time=Y, actors=['SY_GOV'], targets=[NU], qty=['L5:23 مسلحاً على الأقل', 'L5:قياديان'], attr=SOHR),  # 11
 dict(type='STATEMENT', trig='L6:بيان', actors=[AHR], attr=AH),                                                                  # 12
 dict(type='WITHDRAWAL', trig='L6:انسحبوا', mod='denied', actors=[AHR], loc='L6:جبل الأكراد', attr=AH),                          # 13
 dict(type='MOVEMENT', trig='L6:إعادة تموضع', actors=[AHR], attr=AH),                                                            # 14
 dict(type='ATTACK', trig='L6:القصف', actors=['RU'], targets=[AHR], attr=AH),                                                     # 15
 dict(type='STATEMENT', trig='L7:أعلنت', actors=['RU'], attr=MOD),                                                               # 16
 dict(type='ATTACK', trig='L7:نفّذت', time='L7:منذ الجمعة الماضي', actors=['RU'], loc='L7:أرياف اللاذقية',
      qty=['L7:164 طلعة', 'L7:أكثر من 500 «هدف إرهابي»'], attr=MOD),                                                            # 17
 dict(type='CONTROL', trig='L8:سيطر', time='L8:منذ تموز 2012', actors=[NU], loc='L8:سلمى'),                                      # 18
 dict(type='ATTACK', trig='L8:قصف', time='L8:منذ تموز 2012', actors=[NU], loc='L8:مدينة اللاذقية', weapons=['L8:القذائف']),     # 19
 dict(type='OPERATION', trig='L9:عملياته', mod='planned', actors=['SY_GOV'], targets=[TM], loc='L9:بلدة ربيعة', attr=MIL),       # 20
 dict(type='OPERATION', trig='L10:عمليته', time='L10:منتصف تشرين الأول الماضي', actors=['SY_GOV'], loc='L10:ريف اللاذقية الشمالي'),  # 21
 dict(type='ATTACK', trig='L10:الغارات', actors=['RU'], loc='L10:سوريا'),                                                        # 22
 dict(type='CONTROL', trig='L10:استعاد', time='L10:منتصف تشرين الأول الماضي', actors=['SY_GOV'], loc='L10:جبلي الأكراد',
      qty=['L10:عشرات القرى']),                                                                                                  # 23
]
TD = (TUE, 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة سلمى', 'salma'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', line=1, events=[2]),
 dict(actor=NU, loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', line=1, events=[2]),
 dict(actor=TIP, loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', line=1, events=[2]),
 dict(actor=AHR, loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', assets='وحدات', loc=('البلدة', 'salma'), as_of=TD, status='present', source=SRC, line=2, events=[4]),
 dict(actor=PGM, loc=('البلدة', 'salma'), as_of=TD, status='present', source=SRC, line=2, events=[4]),
 dict(actor='SY_GOV', loc=('تلة دورين', 'durin-hill'), as_of=(MON, 'part-of-day'), status='controls', source=SRC, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('قرية المريج', 'al-murij'), as_of=(MON, 'part-of-day'), status='controls', source=SRC, line=2, events=[5]),
 dict(actor=NU, loc=('سلمى', 'salma'), as_of=TD, status='withdrawn', source=SRC, line=3, events=[6]),
 dict(actor=NU, assets='مواقع', loc=('سلمى', 'salma'), as_of=(MON + '/' + D, 'day'), status='attacked', source=SRC, line=4, events=[9]),
 dict(actor=NU, loc=('سلمى', 'salma'), as_of=('2012-07/2016-01', 'month'), status='controls', line=8, events=[18]),
 dict(actor=TM, strength=([100, 999], True, 'fighters'), loc=('بلدة ربيعة', 'rabia-latakia'), as_of=(D, 'day'), status='present',
      source=MIL, line=9),
]
build('alakhbar-salma-jabal-al-akrad', None, 'الأخبار', D, L, ents, times, events, forces)
