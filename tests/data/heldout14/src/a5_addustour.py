from build import build
L = [
'مفاوضات في بصرى الشام برعاية روسية.. والأردن: الحدود مغلقة والمساعدات مستمرة',
'عمان - الدستور - وكالات',
'عقد ممثلون عن فصائل المعارضة السورية في الجنوب وضباط روس، أمس، جولة مفاوضات في مدينة بصرى الشام بريف درعا الشرقي، بحثت وقف العمليات العسكرية وتسليم السلاح الثقيل، في وقت واصلت فيه قوات النظام السوري تقدمها بغطاء جوي روسي مكثف.',
'وقالت مصادر في المعارضة لـ"الدستور" إن الجانب الروسي اشترط تسليم معبر نصيب الحدودي مع الأردن لقوات النظام، وإن الوفد المفاوض رفض الشروط "بصيغتها الحالية"، على أن تستأنف المفاوضات اليوم.',
'ميدانياً، سيطرت قوات النظام خلال الأيام الخمسة الماضية على بلدات بصر الحرير ومليحة العطش والحراك وناحتة في ريف درعا الشرقي، فيما أعلنت بلدات داعل وإبطع وطفس انضمامها إلى "المصالحة" منذ الجمعة، بحسب المرصد السوري لحقوق الإنسان.',
'وقدّر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية عدد النازحين منذ بدء الهجوم في 19 حزيران الماضي بأكثر من 160 ألف شخص، تجمّع نحو 60 ألفاً منهم قرب معبر نصيب - جابر والشريط الحدودي مع الأردن، فيما لجأ آخرون إلى المناطق المحاذية للجولان المحتل.',
'وفي عمّان، جدد وزير الخارجية أيمن الصفدي التأكيد على أن الأردن "لن يفتح حدوده" أمام موجة لجوء جديدة، مشيراً إلى أن المملكة تعمل مع واشنطن وموسكو على "وقف لإطلاق النار يحمي المدنيين ويبقيهم في أرضهم".',
'من جهتها، أعلنت القوات المسلحة الأردنية - الجيش العربي أن وحداتها المنتشرة على الحدود الشمالية أدخلت أمس 65 شاحنة محمّلة بالمواد الغذائية والطبية إلى داخل الأراضي السورية، مؤكدة أن "حرس الحدود" رفع درجة الجاهزية تحسباً لأي طارئ.',
'وفي الجولان، أعلن الجيش الإسرائيلي تعزيز قواته على خط وقف إطلاق النار بدبابات وبطاريات مدفعية، مؤكداً أنه "لن يسمح" بدخول أي قوات سورية إلى المنطقة العازلة المحددة في اتفاق فك الاشتباك لعام 1974.',
]
D = '2018-07-01'   # Sunday; print daily, its أمس is Saturday
SAT = '2018-06-30'
ents = [
 ('L0:بصرى الشام','LOCATION','busra-al-sham'), ('L0:الأردن','ACTOR','OTHER:jordan'), ('L0:الحدود','LOCATION','jordan-syria-border'),
 ('L1:عمان','LOCATION','amman'), ('L1:الدستور','ORG','addustour'),
 ('L2:فصائل المعارضة السورية','ACTOR','FSA'), ('L2:الجنوب','LOCATION','southern-syria'), ('L2:ضباط روس','ACTOR','RU'),
 ('L2:مدينة بصرى الشام','LOCATION','busra-al-sham'), ('L2:ريف درعا الشرقي','LOCATION','daraa-east-countryside'), ('L2:السلاح الثقيل','WEAPON','heavy-weapons'),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'),
 ('L3:المعارضة','ACTOR','FSA'), ('L3:الدستور','ORG','addustour'), ('L3:الجانب الروسي','ACTOR','RU'), ('L3:معبر نصيب الحدودي','LOCATION','nassib-crossing'),
 ('L3:الأردن','LOCATION','jordan'), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:بصر الحرير','LOCATION','busr-al-harir'), ('L4:مليحة العطش','LOCATION','mlihat-al-atash'),
 ('L4:الحراك','LOCATION','al-harak'), ('L4:ناحتة','LOCATION','nahta'), ('L4:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L4:داعل','LOCATION','dael'), ('L4:إبطع','LOCATION','ibta'), ('L4:طفس','LOCATION','tafas'), ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L5:مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية','ORG','ocha'), ('L5:أكثر من 160 ألف شخص','QUANTITY',None,(160000,True,'people')),
 ('L5:نحو 60 ألفاً','QUANTITY',None,(60000,True,'people')), ('L5:معبر نصيب - جابر','LOCATION','nassib-jaber-crossing'),
 ('L5:الشريط الحدودي','LOCATION','jordan-syria-border'), ('L5:الأردن','LOCATION','jordan'), ('L5:المناطق المحاذية للجولان المحتل','LOCATION','golan-adjacent-areas'),
 ('L6:عمّان','LOCATION','amman'), ('L6:أيمن الصفدي','PERSON','ayman-safadi'), ('L6:الأردن','ACTOR','OTHER:jordan'), ('L6:المملكة','ACTOR','OTHER:jordan'),
 ('L6:واشنطن','ACTOR','US'), ('L6:موسكو','ACTOR','RU'),
 ('L7:القوات المسلحة الأردنية','ACTOR','OTHER:jordan'), ('L7:الجيش العربي','ACTOR','OTHER:jordan'), ('L7:الحدود الشمالية','LOCATION','jordan-northern-border'),
 ('L7:65 شاحنة','QUANTITY',None,(65,False,'vehicles')), ('L7:الأراضي السورية','LOCATION','syria'), ('L7:حرس الحدود','ACTOR','OTHER:jordan'),
 ('L8:الجولان','LOCATION','golan'), ('L8:الجيش الإسرائيلي','ACTOR','OTHER:israel'), ('L8:خط وقف إطلاق النار','LOCATION','golan-ceasefire-line'),
 ('L8:دبابات','WEAPON','tanks'), ('L8:بطاريات مدفعية','WEAPON','artillery'), ('L8:المنطقة العازلة','LOCATION','golan-buffer-zone'),
]
times = [
 ('L2:أمس', SAT, 'day'),
 ('L3:اليوم', D, 'day'),
 ('L4:خلال الأيام الخمسة الماضية', '2018-06-26/2018-07-01', 'day'),
 ('L4:منذ الجمعة', '2018-06-29/2018-07-01', 'day'),
 ('L5:19 حزيران الماضي', '2018-06-19', 'day'),
 ('L7:أمس', SAT, 'day'),
 ('L8:عام 1974', '1974', 'year'),
]
OPP = 'مصادر في المعارضة (الدستور)'
SOHR = 'المرصد السوري لحقوق الإنسان'
OCHA = 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية'
SAF = 'أيمن الصفدي'
JAF = 'القوات المسلحة الأردنية - الجيش العربي'
IDF = 'الجيش الإسرائيلي'
JO = 'OTHER:jordan'
IL = 'OTHER:israel'
FIVE = 'L4:خلال الأيام الخمسة الماضية'
events = [
 dict(type='AGREEMENT', trig='L2:مفاوضات', mod='planned', time='L2:أمس', actors=['FSA','RU'], loc='L2:مدينة بصرى الشام'),             # 1
 dict(type='MOVEMENT', trig='L2:تقدمها', time='L2:أمس', actors=['SY_GOV','RU']),                                                      # 2
 dict(type='CONTROL', trig='L3:تسليم', mod='planned', actors=['SY_GOV'], targets=['FSA'], loc='L3:معبر نصيب الحدودي', attr=OPP),        # 3
 dict(type='AGREEMENT', trig='L3:المفاوضات', mod='planned', time='L3:اليوم', actors=['FSA','RU'], attr=OPP),                           # 4
 dict(type='CONTROL', trig='L4:سيطرت', time=FIVE, actors=['SY_GOV'], targets=['FSA'], loc='L4:بصر الحرير', attr=SOHR),                  # 5
 dict(type='AGREEMENT', trig='L4:المصالحة', time='L4:منذ الجمعة', actors=[], loc='L4:داعل', attr=SOHR),                                 # 6
 dict(type='OPERATION', trig='L5:الهجوم', time='L5:19 حزيران الماضي', actors=[], attr=OCHA),                                           # 7
 dict(type='STATEMENT', trig='L6:جدد', actors=[JO], attr=SAF),                                                                        # 8
 dict(type='AGREEMENT', trig='L6:وقف لإطلاق النار', mod='planned', actors=[JO,'US','RU'], attr=SAF),                                   # 9
 dict(type='STATEMENT', trig='L7:أعلنت', actors=[JO], attr=JAF),                                                                       # 10
 dict(type='STATEMENT', trig='L8:أعلن', actors=[IL], attr=IDF),                                                                        # 11
 dict(type='MOVEMENT', trig='L8:تعزيز', actors=[IL], loc='L8:خط وقف إطلاق النار', attr=IDF, weapons=['L8:دبابات','L8:بطاريات مدفعية']),  # 12
 dict(type='MOVEMENT', trig='L8:بدخول', mod='denied', actors=['SY_GOV'], loc='L8:المنطقة العازلة', attr=IDF),                          # 13
 dict(type='AGREEMENT', trig='L8:اتفاق فك الاشتباك', time='L8:عام 1974', actors=[]),                                                   # 14
]
FV = ('2018-06-26/2018-07-01', 'day')
forces = [
 dict(actor='SY_GOV', loc=('بصر الحرير','busr-al-harir'), as_of=FV, status='controls', source=SOHR, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('مليحة العطش','mlihat-al-atash'), as_of=FV, status='controls', source=SOHR, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('الحراك','al-harak'), as_of=FV, status='controls', source=SOHR, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('ناحتة','nahta'), as_of=FV, status='controls', source=SOHR, line=4, events=[5]),
 dict(actor=JO, assets='وحدات', loc=('الحدود الشمالية','jordan-northern-border'), as_of=(SAT, 'day'), status='present', source=JAF, line=7, events=[]),
 dict(actor=IL, assets='دبابات وبطاريات مدفعية', loc=('خط وقف إطلاق النار','golan-ceasefire-line'), as_of=(None, 'vague'), status='reinforced',
      source=IDF, line=8, events=[12]),
]
build('addustour-busra-talks', None, 'الدستور', D, L, ents, times, events, forces)
