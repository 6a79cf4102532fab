from build import build
L = [
'مطار الموصل ومعسكر الغزلاني بقبضة القوات العراقية.. و"داعش" يزج بالمفخخات والطائرات المسيرة',
'السومرية نيوز/ نينوى',
'مطار الموصل ومعسكر الغزلاني باتا، الخميس، تحت سيطرة القوات العراقية بالكامل، بعد ساعات من اقتحامهما على ثلاثة محاور جنوبي المدينة، في اليوم الخامس من عمليات استعادة الجانب الأيمن.',
'وأعلن قائد عمليات "قادمون يا نينوى" الفريق الركن عبد الأمير رشيد يار الله، في بيان تلقت "السومرية نيوز" نسخة منه، أن "قطعات الشرطة الاتحادية وقوات الرد السريع حررت مطار الموصل بالكامل ورفعت العلم العراقي فوق مبانيه، فيما حررت قوات جهاز مكافحة الإرهاب معسكر الغزلاني والمجمع السكني المجاور له".',
'وكانت القوات الأمنية قد استعادت، الاثنين، قرية البوسيف المطلة على المطار، بعد يوم من انطلاق عمليات تحرير الجانب الأيمن من الموصل، التي أعلنها رئيس الوزراء حيدر العبادي فجر الأحد.',
'وبحسب مصدر أمني في محافظة نينوى تحدث لـ"السومرية نيوز"، فإن "عناصر داعش زجوا بأكثر من عشر عجلات مفخخة وعدد من الطائرات المسيرة المحملة بالقنابل لإعاقة تقدم القطعات، إلا أن طيران الجيش وطيران التحالف الدولي دمرا معظمها قبل وصولها".',
'وأضاف المصدر أن "مدرج المطار ومعظم مبانيه دُمّرت قبل انسحاب عناصر التنظيم منه باتجاه حي المأمون، فيما زُرعت الطرق المؤدية إليه بعشرات العبوات الناسفة"، مبيناً أن "فرق الجهد الهندسي باشرت بتطهيرها".',
'في السياق ذاته، قال المتحدث باسم خلية الإعلام الحربي العميد يحيى رسول، إن "15 ضربة جوية نُفذت صباح اليوم من قبل طيران التحالف الدولي والقوة الجوية العراقية على مواقع التنظيم في حي المأمون وحي الطيران ومنطقة الجوسق".',
'ويقدّر ضباط في الجيش العراقي عدد عناصر "داعش" المتبقين في الجانب الأيمن بنحو ألفي مسلح، يتحصن معظمهم بين المدنيين في أزقة المدينة القديمة.',
'في المقابل، تقدّر الأمم المتحدة عدد المدنيين العالقين في تلك الأحياء بنحو 750 ألفاً، محذرة من أن نقص الغذاء والدواء "يهدد حياة الآلاف منهم".',
'وكان قائد التحالف الدولي الفريق ستيفن تاونسند قد أكد، الاثنين، أن مستشارين عسكريين أميركيين يرافقون القطعات العراقية قرب خطوط المواجهة، مبيناً أن عددهم في محافظة نينوى "لا يتجاوز 450 مستشاراً".',
'يذكر أن تنظيم "داعش" سيطر على الموصل في العاشر من حزيران 2014، فيما أعلن العبادي في الرابع والعشرين من كانون الثاني الماضي تحرير الجانب الأيسر من المدينة بالكامل.',
]
D = '2017-02-23'   # Thursday; Iraqi TV news site, web copy of its own day
MON = '2017-02-20'
SUN = '2017-02-19'
YAR = 'عبد الأمير رشيد يار الله'
SEC = 'مصدر أمني في محافظة نينوى'
RAS = 'يحيى رسول'
ents = [
 ('L0:مطار الموصل','LOCATION','mosul-airport'), ('L0:معسكر الغزلاني','LOCATION','ghizlani-camp'), ('L0:القوات العراقية','ACTOR','IQ_GOV'),
 ('L0:داعش','ACTOR','ISIS'), ('L0:المفخخات','WEAPON','vbieds'), ('L0:الطائرات المسيرة','WEAPON','drones'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:نينوى','LOCATION','nineveh'),
 ('L2:مطار الموصل','LOCATION','mosul-airport'), ('L2:معسكر الغزلاني','LOCATION','ghizlani-camp'), ('L2:القوات العراقية','ACTOR','IQ_GOV'),
 ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:المدينة','LOCATION','mosul'), ('L2:الجانب الأيمن','LOCATION','west-mosul'),
 ('L3:عبد الأمير رشيد يار الله','PERSON','abdul-amir-yarallah'), ('L3:السومرية نيوز','ORG','alsumaria'), ('L3:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L3:قوات الرد السريع','ACTOR','IQ_GOV'), ('L3:مطار الموصل','LOCATION','mosul-airport'), ('L3:قوات جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L3:معسكر الغزلاني','LOCATION','ghizlani-camp'), ('L3:المجمع السكني المجاور له','LOCATION','ghizlani-housing-complex'),
 ('L4:القوات الأمنية','ACTOR','IQ_GOV'), ('L4:قرية البوسيف','LOCATION','albu-saif'), ('L4:المطار','LOCATION','mosul-airport'),
 ('L4:الجانب الأيمن','LOCATION','west-mosul'), ('L4:الموصل','LOCATION','mosul'), ('L4:حيدر العبادي','PERSON','haider-al-abadi'),
 ('L5:محافظة نينوى','LOCATION','nineveh'), ('L5:السومرية نيوز','ORG','alsumaria'), ('L5:داعش','ACTOR','ISIS'),
 ('L5:أكثر من عشر عجلات مفخخة','QUANTITY',None,(10,True,'vehicles')), ('L5:عجلات مفخخة','WEAPON','vbieds'),
 ('L5:الطائرات المسيرة','WEAPON','drones'), ('L5:القطعات','ACTOR','IQ_GOV'), ('L5:طيران الجيش','ACTOR','IQ_GOV'),
 ('L5:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L6:مدرج المطار','LOCATION','mosul-airport'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:حي المأمون','LOCATION','al-mamoun'),
 ('L6:عشرات العبوات الناسفة','QUANTITY',None,([24,99],True,'other')), ('L6:العبوات الناسفة','WEAPON','ieds'), ('L6:فرق الجهد الهندسي','ACTOR','IQ_GOV'),
 ('L7:خلية الإعلام الحربي','ACTOR','IQ_GOV'), ('L7:يحيى رسول','PERSON','yahya-rasool'), ('L7:15 ضربة جوية','QUANTITY',None,(15,False,'other')),
 ('L7:طيران التحالف الدولي','ACTOR','COALITION'), ('L7:القوة الجوية العراقية','ACTOR','IQ_GOV'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:حي المأمون','LOCATION','al-mamoun'), ('L7:حي الطيران','LOCATION','al-tayaran'), ('L7:منطقة الجوسق','LOCATION','al-jawsaq'),
 ('L8:الجيش العراقي','ACTOR','IQ_GOV'), ('L8:داعش','ACTOR','ISIS'), ('L8:الجانب الأيمن','LOCATION','west-mosul'),
 ('L8:نحو ألفي مسلح','QUANTITY',None,(2000,True,'fighters')), ('L8:المدينة القديمة','LOCATION','mosul-old-city'),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:نحو 750 ألفاً','QUANTITY',None,(750000,True,'people')), ('L9:الآلاف','QUANTITY',None,([1000,9999],True,'people')),
 ('L10:التحالف الدولي','ACTOR','COALITION'), ('L10:ستيفن تاونسند','PERSON','stephen-townsend'), ('L10:مستشارين عسكريين أميركيين','ACTOR','US'),
 ('L10:القطعات العراقية','ACTOR','IQ_GOV'), ('L10:محافظة نينوى','LOCATION','nineveh'),
 ('L10:لا يتجاوز 450 مستشاراً','QUANTITY',None,(450,True,'troops')),
 ('L11:داعش','ACTOR','ISIS'), ('L11:الموصل','LOCATION','mosul'), ('L11:العبادي','PERSON','haider-al-abadi'),
 ('L11:الجانب الأيسر','LOCATION','east-mosul'), ('L11:المدينة','LOCATION','mosul'),
]
times = [
 ('L2:الخميس', D, 'day'),
 ('L4:الاثنين', MON, 'day'),
 ('L4:فجر الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L10:الاثنين', MON, 'day'),
 ('L11:العاشر من حزيران 2014', '2014-06-10', 'day'),
 ('L11:الرابع والعشرين من كانون الثاني الماضي', '2017-01-24', 'day'),
]
T = 'L2:الخميس'
S = 'L4:فجر الأحد'
events = [
 dict(type='CONTROL', trig='L2:سيطرة', time=T, actors=['IQ_GOV'], loc='L2:مطار الموصل'),                                         # 1
 dict(type='ATTACK', trig='L2:اقتحامهما', time=T, actors=['IQ_GOV'], loc='L2:مطار الموصل', qty=['L2:ثلاثة محاور']),                # 2
 dict(type='OPERATION', trig='L2:عمليات', time=S, actors=['IQ_GOV'], loc='L2:الجانب الأيمن'),                                     # 3
 dict(type='STATEMENT', trig='L3:أعلن', time=T, actors=['IQ_GOV'], attr=YAR),                                                      # 4
 dict(type='CONTROL', trig='L3:حررت#0', time=T, actors=['IQ_GOV'], loc='L3:مطار الموصل', attr=YAR),                               # 5
 dict(type='CONTROL', trig='L3:رفعت العلم', time=T, actors=['IQ_GOV'], loc='L3:مطار الموصل', attr=YAR),                           # 6
 dict(type='CONTROL', trig='L3:حررت#1', time=T, actors=['IQ_GOV'], loc='L3:معسكر الغزلاني', attr=YAR),                            # 7
 dict(type='CONTROL', trig='L4:استعادت', time='L4:الاثنين', actors=['IQ_GOV'], loc='L4:قرية البوسيف'),                             # 8
 dict(type='OPERATION', trig='L4:عمليات', time=S, actors=['IQ_GOV'], loc='L4:الجانب الأيمن', attr='حيدر العبادي'),               # 9
 dict(type='STATEMENT', trig='L4:أعلنها', time=S, actors=['IQ_GOV'], attr='حيدر العبادي'),                                        # 10
 dict(type='ATTACK', trig='L5:زجوا', time=T, actors=['ISIS'], targets=['IQ_GOV'], weapons=['L5:عجلات مفخخة', 'L5:الطائرات المسيرة'],
      qty=['L5:أكثر من عشر عجلات مفخخة'], attr=SEC),                                                                            # 11
 dict(type='ATTACK', trig='L5:دمرا', time=T, actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], attr=SEC),                          # 12
 dict(type='WITHDRAWAL', trig='L6:انسحاب', time=T, actors=['ISIS'], loc='L6:مدرج المطار', attr=SEC),                              # 13
 dict(type='OPERATION', trig='L6:تطهيرها', time=T, actors=['IQ_GOV'], attr=SEC),                                                  # 14
 dict(type='STATEMENT', trig='L7:قال', actors=['IQ_GOV'], attr=RAS),                                                               # 15
 dict(type='ATTACK', trig='L7:ضربة جوية', time='L7:صباح اليوم', actors=['COALITION', 'IQ_GOV'], targets=['ISIS'], loc='L7:حي المأمون',
      qty=['L7:15 ضربة جوية'], attr=RAS),                                                                                        # 16
 dict(type='MOVEMENT', trig='L10:يرافقون', time='L10:الاثنين', actors=['US'], qty=['L10:لا يتجاوز 450 مستشاراً'], attr='ستيفن تاونسند'),  # 17
 dict(type='CONTROL', trig='L11:سيطر', time='L11:العاشر من حزيران 2014', actors=['ISIS'], loc='L11:الموصل'),                        # 18
 dict(type='STATEMENT', trig='L11:أعلن', time='L11:الرابع والعشرين من كانون الثاني الماضي', actors=['IQ_GOV'], attr='العبادي'),      # 19
 dict(type='CONTROL', trig='L11:تحرير', time='L11:الرابع والعشرين من كانون الثاني الماضي', actors=['IQ_GOV'], targets=['ISIS'],
      loc='L11:الجانب الأيسر', attr='العبادي'),                                                                                   # 20
]
DD = (D, 'day')
MD = (MON, 'day')
DP = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('مطار الموصل', 'mosul-airport'), as_of=DD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('معسكر الغزلاني', 'ghizlani-camp'), as_of=DD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('مطار الموصل', 'mosul-airport'), as_of=DD, status='controls', source=YAR, line=3, events=[5, 6]),
 dict(actor='IQ_GOV', loc=('معسكر الغزلاني', 'ghizlani-camp'), as_of=DD, status='controls', source=YAR, line=3, events=[7]),
 dict(actor='IQ_GOV', loc=('المجمع السكني المجاور له', 'ghizlani-housing-complex'), as_of=DD, status='controls', source=YAR, line=3, events=[7]),
 dict(actor='IQ_GOV', loc=('قرية البوسيف', 'albu-saif'), as_of=MD, status='controls', line=4, events=[8]),
 dict(actor='ISIS', loc=('مدرج المطار', 'mosul-airport'), as_of=DD, status='withdrawn', source=SEC, line=6, events=[13]),
 dict(actor='ISIS', assets='مواقع', loc=('حي المأمون', 'al-mamoun'), as_of=DP, status='attacked', source=RAS, line=7, events=[16]),
 dict(actor='ISIS', assets='مواقع', loc=('حي الطيران', 'al-tayaran'), as_of=DP, status='attacked', source=RAS, line=7, events=[16]),
 dict(actor='ISIS', assets='مواقع', loc=('منطقة الجوسق', 'al-jawsaq'), as_of=DP, status='attacked', source=RAS, line=7, events=[16]),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('الجانب الأيمن', 'west-mosul'), as_of=DD, status='present',
      source='ضباط في الجيش العراقي', line=8),
 dict(actor='ISIS', loc=('المدينة القديمة', 'mosul-old-city'), as_of=DD, status='present', source='ضباط في الجيش العراقي', line=8),
 dict(actor='US', strength=(450, True, 'troops'), assets='مستشارون عسكريون', loc=('محافظة نينوى', 'nineveh'), as_of=MD, status='present',
      source='ستيفن تاونسند', line=10, events=[17]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=('2014-06-10', 'day'), status='controls', line=11, events=[18]),
 dict(actor='IQ_GOV', loc=('الجانب الأيسر', 'east-mosul'), as_of=('2017-01-24', 'day'), status='controls', source='العبادي', line=11, events=[20]),
]
build('alsumaria-mosul-airport', None, 'السومرية نيوز', D, L, ents, times, events, forces)
