from build import build
L = [
'عملية عسكرية لتأمين طريق كركوك - بغداد بعد قتل داعش للمختطفين',
'أربيل (رووداو) - أطلقت القوات العراقية، صباح اليوم الأحد، عملية عسكرية واسعة لملاحقة مسلحي داعش على طول طريق كركوك - بغداد وفي سلسلة جبال حمرين، بعد أيام من العثور على جثث ستة من منتسبي القوات الأمنية والحشد الشعبي كان التنظيم قد اختطفهم.',
'وقالت قيادة العمليات المشتركة، في بيان، إن "قطعات من الجيش والشرطة الاتحادية والحشد الشعبي تشارك في العملية من أربعة محاور، بإسناد من طيران الجيش والقوة الجوية".',
'وأوضح مصدر أمني في كركوك لرووداو أن "نحو ٥٠٠٠ عنصر انتشروا منذ مساء أمس على الطريق الممتد من داقوق حتى طوزخورماتو"، مشيراً إلى أن العملية ستشمل لاحقاً قرى وادي الشاي جنوب غرب كركوك.',
'وكان رئيس الوزراء العراقي حيدر العبادي قد توعد، الخميس الماضي، بالقصاص من القتلة، وأمر بتنفيذ أحكام الإعدام بحق المدانين بالإرهاب، بعد العثور على جثث المختطفين قرب الطريق يوم ٢٧ حزيران.',
'وأعلنت خلية الإعلام الأمني، مساء أمس السبت، أن طائرات "إف-16" عراقية دمرت مضافة للتنظيم في وادي الشاي وقتلت ثمانية من مسلحيه.',
'من جهته، قال الأمين العام لوزارة البيشمركة جبار ياور لرووداو، إن "الفراغ الأمني الذي خلفه انسحاب البيشمركة من تلك المناطق في تشرين الأول الماضي سمح لداعش بإعادة تنظيم صفوفه".',
'وأضاف ياور أن "نحو ٣ آلاف مقاتل من البيشمركة يرابطون حالياً على خطوط التماس بين كفري وقرهتبه"، داعياً بغداد إلى إعادة تفعيل مراكز التنسيق المشتركة بين الجانبين.',
'ويتهم مسؤولون عراقيون جماعة مسلحة تطلق على نفسها "الرايات البيض" وتنشط في جبال حمرين بالتعاون مع داعش، فيما نفت قيادة العمليات المشتركة في وقت سابق أن تكون الجماعة قد سيطرت على أي قرية في المنطقة.',
'وكانت القوات العراقية قد سيطرت على كركوك والمناطق المتنازع عليها في السادس عشر من تشرين الأول ٢٠١٧، بعد انسحاب البيشمركة منها إثر استفتاء الاستقلال الذي أجراه إقليم كوردستان.',
]
D = '2018-07-01'   # Sunday; web copy of its own day
SAT = '2018-06-30'
PMF = 'OTHER:pmf'
WF = 'OTHER:white-flags'
ROAD = 'kirkuk-baghdad-road'
ents = [
 ('L0:طريق كركوك - بغداد','LOCATION',ROAD), ('L0:داعش','ACTOR','ISIS'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:رووداو','ORG','rudaw'), ('L1:القوات العراقية','ACTOR','IQ_GOV'), ('L1:داعش','ACTOR','ISIS'),
 ('L1:طريق كركوك - بغداد','LOCATION',ROAD), ('L1:سلسلة جبال حمرين','LOCATION','hamrin-mountains'), ('L1:ستة','QUANTITY',None,(6,False,'killed')),
 ('L1:القوات الأمنية','ACTOR','IQ_GOV'), ('L1:الحشد الشعبي','ACTOR',PMF), ('L1:التنظيم','ACTOR','ISIS'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:الجيش#0','ACTOR','IQ_GOV'), ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L2:الحشد الشعبي','ACTOR',PMF), ('L2:أربعة محاور','QUANTITY',None,(4,False,'other')), ('L2:طيران الجيش','ACTOR','IQ_GOV'),
 ('L2:القوة الجوية','ACTOR','IQ_GOV'),
 ('L3:كركوك#0','LOCATION','kirkuk'), ('L3:رووداو','ORG','rudaw'), ('L3:نحو ٥٠٠٠ عنصر','QUANTITY',None,(5000,True,'troops')),
 ('L3:الطريق','LOCATION',ROAD), ('L3:داقوق','LOCATION','daquq'), ('L3:طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L3:قرى وادي الشاي','LOCATION','wadi-al-shay'), ('L3:جنوب غرب كركوك','LOCATION','southwest-kirkuk'),
 ('L4:حيدر العبادي','PERSON','haider-al-abadi'), ('L4:الطريق','LOCATION',ROAD),
 ('L5:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L5:طائرات "إف-16" عراقية','WEAPON','f16'), ('L5:لتنظيم','ACTOR','ISIS'),
 ('L5:وادي الشاي','LOCATION','wadi-al-shay'), ('L5:ثمانية','QUANTITY',None,(8,False,'killed')),
 ('L6:وزارة البيشمركة','ACTOR','PESHMERGA'), ('L6:جبار ياور','PERSON','jabar-yawar'), ('L6:رووداو','ORG','rudaw'),
 ('L6:البيشمركة#1','ACTOR','PESHMERGA'), ('L6:تلك المناطق','LOCATION','disputed-territories'), ('L6:داعش','ACTOR','ISIS'),
 ('L7:ياور','PERSON','jabar-yawar'), ('L7:نحو ٣ آلاف مقاتل','QUANTITY',None,(3000,True,'fighters')), ('L7:البيشمركة','ACTOR','PESHMERGA'),
 ('L7:خطوط التماس','LOCATION','kifri-qaratapa-line'), ('L7:كفري','LOCATION','kifri'), ('L7:قرهتبه','LOCATION','qaratapa'),
 ('L7:بغداد','ACTOR','IQ_GOV'),
 ('L8:الرايات البيض','ACTOR',WF), ('L8:جبال حمرين','LOCATION','hamrin-mountains'), ('L8:داعش','ACTOR','ISIS'),
 ('L8:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L8:الجماعة','ACTOR',WF), ('L8:المنطقة','LOCATION','hamrin-mountains'),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:كركوك','LOCATION','kirkuk'), ('L9:المناطق المتنازع عليها','LOCATION','disputed-territories'),
 ('L9:البيشمركة','ACTOR','PESHMERGA'), ('L9:إقليم كوردستان','LOCATION','kurdistan-region'),
]
times = [
 ('L1:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ مساء أمس', '2018-06-30/2018-07-01', 'day'),
 ('L3:لاحقاً', None, 'vague', {'relation': 'after'}),
 ('L4:الخميس الماضي', '2018-06-28', 'day'),
 ('L4:٢٧ حزيران', '2018-06-27', 'day'),
 ('L5:مساء أمس السبت', SAT, 'part-of-day', {'part': 'evening'}),
 ('L6:تشرين الأول الماضي', '2017-10', 'month'),
 ('L8:في وقت سابق', None, 'vague', {'relation': 'before'}),
 ('L9:السادس عشر من تشرين الأول ٢٠١٧', '2017-10-16', 'day'),
]
M = 'L1:صباح اليوم الأحد'
JOC = 'قيادة العمليات المشتركة'
SRC = 'مصدر أمني في كركوك (رووداو)'
YAW = 'جبار ياور (رووداو)'
CELL = 'خلية الإعلام الأمني'
O17 = 'L9:السادس عشر من تشرين الأول ٢٠١٧'
events = [
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=M, actors=['IQ_GOV'], targets=['ISIS'], loc='L1:طريق كركوك - بغداد'),                  # 1
 dict(type='ARREST', trig='L1:اختطفهم', actors=['ISIS'], targets=['IQ_GOV', PMF], qty=['L1:ستة']),                                         # 2
 dict(type='STATEMENT', trig='L2:قالت', time=M, actors=['IQ_GOV'], attr=JOC),                                                             # 3
 dict(type='OPERATION', trig='L2:العملية', time=M, actors=['IQ_GOV', PMF], targets=['ISIS'], qty=['L2:أربعة محاور'], attr=JOC),             # 4
 dict(type='ATTACK', trig='L2:بإسناد', time=M, actors=['IQ_GOV'], targets=['ISIS'], attr=JOC),                                            # 5
 dict(type='MOVEMENT', trig='L3:انتشروا', time='L3:منذ مساء أمس', actors=['IQ_GOV'], loc='L3:الطريق', qty=['L3:نحو ٥٠٠٠ عنصر'], attr=SRC),   # 6
 dict(type='OPERATION', trig='L3:العملية', mod='planned', time='L3:لاحقاً', actors=['IQ_GOV'], targets=['ISIS'], loc='L3:قرى وادي الشاي', attr=SRC),  # 7
 dict(type='ATTACK', trig='L4:بالقصاص', mod='planned', time='L4:الخميس الماضي', actors=['IQ_GOV'], targets=['ISIS'], attr='حيدر العبادي'),  # 8
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:مساء أمس السبت', actors=['IQ_GOV'], attr=CELL),                                        # 9
 dict(type='ATTACK', trig='L5:دمرت', time='L5:مساء أمس السبت', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:وادي الشاي',
      weapons=['L5:طائرات "إف-16" عراقية'], qty=['L5:ثمانية'], attr=CELL),                                                              # 10
 dict(type='STATEMENT', trig='L6:قال', time=M, actors=['PESHMERGA'], attr=YAW),                                                           # 11
 dict(type='WITHDRAWAL', trig='L6:انسحاب', time='L6:تشرين الأول الماضي', actors=['PESHMERGA'], loc='L6:تلك المناطق', attr=YAW),           # 12
 dict(type='MOVEMENT', trig='L7:يرابطون', actors=['PESHMERGA'], loc='L7:خطوط التماس', qty=['L7:نحو ٣ آلاف مقاتل'], attr=YAW),              # 13
 dict(type='AGREEMENT', trig='L7:التنسيق', mod='planned', actors=['PESHMERGA', 'IQ_GOV'], attr=YAW),                                      # 14
 dict(type='CONTROL', trig='L8:سيطرت', mod='denied', time='L8:في وقت سابق', actors=[WF], loc='L8:المنطقة', attr=JOC),                      # 15
 dict(type='CONTROL', trig='L9:سيطرت', time=O17, actors=['IQ_GOV'], targets=['PESHMERGA'], loc='L9:كركوك'),                               # 16
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time=O17, actors=['PESHMERGA'], loc='L9:كركوك'),                                                 # 17
]
DD = (D, 'day')
O = ('2017-10-16', 'day')
forces = [
 dict(actor='IQ_GOV', strength=(5000, True, 'troops'), loc=('الطريق', ROAD), as_of=('2018-06-30/2018-07-01', 'day'), status='present',
      source=SRC, line=3, events=[6]),
 dict(actor='ISIS', assets='مضافة', loc=('وادي الشاي', 'wadi-al-shay'), as_of=(SAT, 'part-of-day'), status='attacked', source=CELL, line=5, events=[10]),
 dict(actor='PESHMERGA', loc=('تلك المناطق', 'disputed-territories'), as_of=('2017-10', 'month'), status='withdrawn', source=YAW, line=6, events=[12]),
 dict(actor='PESHMERGA', strength=(3000, True, 'fighters'), loc=('خطوط التماس', 'kifri-qaratapa-line'), as_of=DD, status='present', source=YAW,
      line=7, events=[13]),
 dict(actor=WF, loc=('جبال حمرين', 'hamrin-mountains'), as_of=DD, status='present', source='مسؤولون عراقيون', line=8, events=[]),
 dict(actor='IQ_GOV', loc=('كركوك', 'kirkuk'), as_of=O, status='controls', line=9, events=[16]),
 dict(actor='IQ_GOV', loc=('المناطق المتنازع عليها', 'disputed-territories'), as_of=O, status='controls', line=9, events=[16]),
 dict(actor='PESHMERGA', loc=('كركوك', 'kirkuk'), as_of=O, status='withdrawn', line=9, events=[17]),
 dict(actor='PESHMERGA', loc=('المناطق المتنازع عليها', 'disputed-territories'), as_of=O, status='withdrawn', line=9, events=[17]),
]
build('rudaw-kirkuk-baghdad-road', None, 'رووداو', D, L, ents, times, events, forces)
