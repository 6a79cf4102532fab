from build import build
L = [
'مقتل قيادي بارز في "العمال الكردستاني" بقصف تركي قرب سنجار',
'الغد برس/ نينوى',
'أفاد مصدر أمني في محافظة نينوى، اليوم الخميس، بأن القيادي في حزب العمال الكردستاني إسماعيل أوزدن المعروف بـ"مام زكي شنكالي" قُتل مساء أمس الأربعاء مع أربعة من مرافقيه بقصف جوي تركي استهدف موكبه عند مدخل مجمع كوجو جنوبي قضاء سنجار.',
'وأوضح المصدر أن طائرتين حربيتين تركيتين استهدفتا سيارتين كانتا تقلان شنكالي ومرافقيه لدى عودتهم من مراسم إحياء الذكرى الرابعة لمجزرة كوجو التي ارتكبها تنظيم داعش في آب 2014.',
'من جهتها، أعلنت رئاسة الأركان التركية في بيان أن قواتها "حيّدت" القيادي في منظمة "بي كا كا" الإرهابية إسماعيل أوزدن، في عملية نفذتها بالتنسيق مع جهاز الاستخبارات في منطقة سنجار شمالي العراق.',
'بدوره، قال المتحدث باسم "وحدات مقاومة سنجار" خديدا إلياس في تصريح للغد برس إن القصف "اعتداء سافر على السيادة العراقية"، محملاً الحكومة الاتحادية مسؤولية "الصمت" إزاء الضربات التركية المتكررة في القضاء.',
'وفي بغداد، استدعت وزارة الخارجية السفير التركي فاتح يلدز وسلمته مذكرة احتجاج، طالبت فيها أنقرة بوقف عملياتها العسكرية داخل الأراضي العراقية وسحب قواتها منها.',
'ويأتي ذلك بعد أن أعلن الرئيس التركي رجب طيب أردوغان في حزيران/يونيو الماضي أن الجيش التركي أقام 11 قاعدة عسكرية داخل إقليم كردستان، وتوغل لمسافة 30 كيلومتراً باتجاه جبال قنديل، المعقل الرئيسي للحزب.',
'ميدانياً، أفاد مصدر في "الحشد الشعبي" بأن قوة من الحشد قوامها نحو 200 مقاتل انتشرت صباح اليوم على الطريق الرابط بين سنجار وكوجو، ونصبت نقاط تفتيش جديدة تحسباً لأي توتر أمني في القضاء.',
'وكان الحزب قد أعلن في آذار/مارس الماضي سحب مقاتليه من سنجار وتسليم مواقعهم إلى "وحدات مقاومة سنجار"، إلا أن أنقرة تتهمه بالإبقاء على قيادات له في القضاء وتهدد بشن عملية عسكرية واسعة هناك.',
]
D = '2018-08-16'   # Thursday; Iraqi news site, copy of its own day
WED = '2018-08-15'
YBS = 'OTHER:ybs'
PMF = 'OTHER:pmf'
ents = [
 ('L0:العمال الكردستاني','ACTOR','PKK'), ('L0:سنجار','LOCATION','sinjar'),
 ('L1:الغد برس','ORG','alghad-press'), ('L1:نينوى','LOCATION','nineveh'),
 ('L2:محافظة نينوى','LOCATION','nineveh'), ('L2:حزب العمال الكردستاني','ACTOR','PKK'), ('L2:إسماعيل أوزدن','PERSON','ismail-ozden'),
 ('L2:مام زكي شنكالي','PERSON','ismail-ozden'), ('L2:أربعة','QUANTITY',None,(4,False,'killed')), ('L2:مجمع كوجو','LOCATION','kocho'),
 ('L2:قضاء سنجار','LOCATION','sinjar-district'),
 ('L3:طائرتين حربيتين تركيتين','QUANTITY',None,(2,False,'aircraft')), ('L3:طائرتين حربيتين تركيتين#0','WEAPON','warplanes'),
 ('L3:سيارتين','QUANTITY',None,(2,False,'vehicles')), ('L3:شنكالي','PERSON','ismail-ozden'), ('L3:كوجو','LOCATION','kocho'),
 ('L3:تنظيم داعش','ACTOR','ISIS'),
 ('L4:رئاسة الأركان التركية','ACTOR','TR'), ('L4:منظمة "بي كا كا"','ACTOR','PKK'), ('L4:إسماعيل أوزدن','PERSON','ismail-ozden'),
 ('L4:جهاز الاستخبارات','ACTOR','TR'), ('L4:منطقة سنجار','LOCATION','sinjar-district'), ('L4:العراق','LOCATION','iraq'),
 ('L5:وحدات مقاومة سنجار','ACTOR',YBS), ('L5:خديدا إلياس','PERSON','khodeida-ilyas'), ('L5:لغد برس','ORG','alghad-press'),
 ('L5:الحكومة الاتحادية','ACTOR','IQ_GOV'), ('L5:القضاء','LOCATION','sinjar-district'),
 ('L6:بغداد','LOCATION','baghdad'), ('L6:وزارة الخارجية','ACTOR','IQ_GOV'), ('L6:فاتح يلدز','PERSON','fatih-yildiz'), ('L6:أنقرة','ACTOR','TR'),
 ('L6:الأراضي العراقية','LOCATION','iraq'),
 ('L7:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:الجيش التركي','ACTOR','TR'), ('L7:11 قاعدة عسكرية','QUANTITY',None,(11,False,'other')),
 ('L7:إقليم كردستان','LOCATION','kurdistan-region'), ('L7:30 كيلومتراً','QUANTITY',None,(30,False,'km')), ('L7:جبال قنديل','LOCATION','qandil'),
 ('L7:لحزب','ACTOR','PKK'),
 ('L8:الحشد الشعبي','ACTOR',PMF), ('L8:الحشد#1','ACTOR',PMF), ('L8:نحو 200 مقاتل','QUANTITY',None,(200,True,'fighters')),
 ('L8:الطريق','LOCATION','sinjar-kocho-road'), ('L8:سنجار','LOCATION','sinjar'), ('L8:كوجو','LOCATION','kocho'), ('L8:القضاء','LOCATION','sinjar-district'),
 ('L9:الحزب','ACTOR','PKK'), ('L9:سنجار#0','LOCATION','sinjar'), ('L9:وحدات مقاومة سنجار','ACTOR',YBS), ('L9:أنقرة','ACTOR','TR'),
 ('L9:القضاء','LOCATION','sinjar-district'),
]
times = [
 ('L2:اليوم الخميس', D, 'day'),
 ('L2:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L3:آب 2014', '2014-08', 'month'),
 ('L7:حزيران/يونيو الماضي', '2018-06', 'month'),
 ('L8:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:آذار/مارس الماضي', '2018-03', 'month'),
]
E = 'L2:مساء أمس الأربعاء'
SEC = 'مصدر أمني في محافظة نينوى'
TGS = 'رئاسة الأركان التركية'
KI = 'خديدا إلياس'
ERD = 'رجب طيب أردوغان'
PMS = 'مصدر في الحشد الشعبي'
events = [
 dict(type='ATTACK', trig='L2:قصف', time=E, actors=['TR'], targets=['PKK'], loc='L2:مجمع كوجو', qty=['L2:أربعة'], attr=SEC),           # 1
 dict(type='ATTACK', trig='L3:استهدفتا', time=E, actors=['TR'], targets=['PKK'], weapons=['L3:طائرتين حربيتين تركيتين#0'],
      qty=['L3:طائرتين حربيتين تركيتين', 'L3:سيارتين'], attr=SEC),                                                                    # 2
 dict(type='ATTACK', trig='L3:مجزرة', time='L3:آب 2014', actors=['ISIS'], loc='L3:كوجو'),                                              # 3
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['TR'], attr=TGS),                                                                      # 4
 dict(type='ATTACK', trig='L4:حيّدت', time=E, actors=['TR'], targets=['PKK'], loc='L4:منطقة سنجار', attr=TGS),                          # 5
 dict(type='STATEMENT', trig='L5:قال', actors=[YBS], attr=KI),                                                                         # 6
 dict(type='ATTACK', trig='L5:القصف', time=E, actors=['TR'], targets=['PKK'], attr=KI),                                                 # 7
 dict(type='ATTACK', trig='L5:الضربات', actors=['TR'], loc='L5:القضاء', attr=KI),                                                       # 8
 dict(type='WITHDRAWAL', trig='L6:سحب', mod='planned', actors=['TR'], loc='L6:الأراضي العراقية', attr='وزارة الخارجية العراقية'),       # 9
 dict(type='STATEMENT', trig='L7:أعلن', time='L7:حزيران/يونيو الماضي', actors=['TR'], attr=ERD),                                        # 10
 dict(type='BASE', trig='L7:أقام', actors=['TR'], loc='L7:إقليم كردستان', qty=['L7:11 قاعدة عسكرية'], attr=ERD),                       # 11
 dict(type='MOVEMENT', trig='L7:توغل', actors=['TR'], loc='L7:جبال قنديل', qty=['L7:30 كيلومتراً'], attr=ERD),                         # 12
 dict(type='MOVEMENT', trig='L8:انتشرت', time='L8:صباح اليوم', actors=[PMF], loc='L8:الطريق', qty=['L8:نحو 200 مقاتل'], attr=PMS),      # 13
 dict(type='BASE', trig='L8:نصبت', time='L8:صباح اليوم', actors=[PMF], loc='L8:الطريق', attr=PMS),                                      # 14
 dict(type='STATEMENT', trig='L9:أعلن', time='L9:آذار/مارس الماضي', actors=['PKK']),                                                   # 15
 dict(type='WITHDRAWAL', trig='L9:سحب', time='L9:آذار/مارس الماضي', actors=['PKK'], loc='L9:سنجار#0'),                                  # 16
 dict(type='OPERATION', trig='L9:عملية عسكرية', mod='planned', actors=['TR'], targets=['PKK'], loc='L9:القضاء', attr='أنقرة'),          # 17
]
EP = (WED, 'part-of-day')
forces = [
 dict(actor='PKK', assets='موكب', loc=('مجمع كوجو', 'kocho'), as_of=EP, status='attacked', source=SEC, line=2, events=[1]),
 dict(actor='PKK', loc=('منطقة سنجار', 'sinjar-district'), as_of=EP, status='attacked', source=TGS, line=4, events=[5]),
 dict(actor='TR', assets='11 قاعدة عسكرية', loc=('إقليم كردستان', 'kurdistan-region'), as_of=('2018-06', 'month'), status='present',
      source=ERD, line=7, events=[11]),
 dict(actor='PKK', loc=('جبال قنديل', 'qandil'), as_of=(D, 'day'), status='controls', line=7),
 dict(actor=PMF, strength=(200, True, 'fighters'), assets='نقاط تفتيش', loc=('الطريق الرابط بين سنجار وكوجو', 'sinjar-kocho-road'),
      as_of=(D, 'part-of-day'), status='arrived', source=PMS, line=8, events=[13, 14]),
 dict(actor='PKK', loc=('سنجار', 'sinjar'), as_of=('2018-03', 'month'), status='withdrawn', line=9, events=[16]),
 dict(actor='PKK', assets='قيادات', loc=('القضاء', 'sinjar-district'), as_of=(D, 'day'), status='present', source='أنقرة', line=9),
]
build('alghadpress-sinjar-shingali', None, 'الغد برس', D, L, ents, times, events, forces)
