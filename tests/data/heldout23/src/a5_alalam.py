from build import build
L = [
'حرس الثورة يدكّ مقرات «داعش» في دير الزور بالصواريخ.. وموسكو تعلّق التنسيق الجوي مع واشنطن',
'طهران - العالم: أعلن حرس الثورة الإسلامية في بيان، ليل أمس الأحد، أن وحداته الصاروخية أطلقت ستة صواريخ أرض-أرض متوسطة المدى من محافظتي كرمانشاه وكردستان غرب إيران على مقرات قيادة جماعة «داعش» الإرهابية في منطقة دير الزور شرق سوريا.',
'وأوضح البيان أن العملية جاءت «رداً على الهجومين الإرهابيين» اللذين تبناهما «داعش» على مجلس الشورى الإسلامي ومرقد الإمام الخميني في طهران في السابع من حزيران الجاري وأسفرا عن استشهاد 17 شخصاً، مؤكداً أن الصواريخ «قتلت عدداً كبيراً من الإرهابيين» ودمرت مقراتهم.',
'ونقلت وكالة «تسنيم» عن مصادر مطلعة أن طائرات مسيّرة تابعة للحرس رصدت إصابة الصواريخ أهدافها بدقة، فيما حذر المتحدث باسم الحرس العميد رمضان شريف من «ردود أقوى» إذا تكررت الاعتداءات على الأراضي الإيرانية.',
'ميدانياً، واصل الجيش السوري وحلفاؤه تقدمهم في البادية، وسيطروا أمس على حقل الثورة النفطي جنوب مدينة الرصافة بريف الرقة الجنوبي الغربي، بعد اشتباكات عنيفة مع عناصر «داعش» وبغطاء جوي روسي، بحسب مصدر عسكري سوري.',
'وفي تطور لافت، أسقطت مقاتلة تابعة للتحالف الأميركي، مساء الأحد، طائرة حربية سورية من طراز «سوخوي-22» قرب بلدة جعدين جنوب الرصافة، خلال تنفيذها مهمة قتالية ضد الإرهابيين، وفق بيان للقيادة العامة للجيش السوري أكد أن مصير الطيار لا يزال مجهولاً.',
'وردّت وزارة الدفاع الروسية، اليوم الاثنين، بتعليق العمل بمذكرة منع الحوادث في الأجواء السورية مع واشنطن، وأعلنت أن منظومات الدفاع الجوي الروسية ستتعامل مع طائرات التحالف التي تحلّق غرب نهر الفرات بوصفها «أهدافاً».',
'وفي سياق متصل، أفادت مصادر ميدانية بأن «قوات سوريا الديمقراطية» المدعومة أميركياً اشتبكت مع وحدات الجيش السوري قرب جعدين، في أول مواجهة مباشرة بين الطرفين في ريف الرقة، بالتزامن مع إسقاط الطائرة.',
'وتنشر الولايات المتحدة نحو ألفي عسكري في شمال سوريا، بينهم مستشارون يرافقون «قسد» في معركة الرقة التي انطلقت في السادس من حزيران الجاري، فيما تقيم قاعدة في التنف قرب الحدود الأردنية وصفتها دمشق بأنها «احتلال».',
]
D = '2017-06-19'   # Monday; Iranian Arabic channel's site, copy of its day
SUN = '2017-06-18'
ents = [
 ('L0:حرس الثورة','ACTOR','IR'), ('L0:داعش','ACTOR','ISIS'), ('L0:دير الزور','LOCATION','deir-ez-zor'), ('L0:الصواريخ','WEAPON','missiles'),
 ('L0:موسكو','ACTOR','RU'), ('L0:واشنطن','ACTOR','US'),
 ('L1:طهران','LOCATION','tehran'), ('L1:العالم','ORG','alalam'), ('L1:حرس الثورة الإسلامية','ACTOR','IR'),
 ('L1:ستة صواريخ','QUANTITY',None,(6,False,'missiles')), ('L1:صواريخ أرض-أرض متوسطة المدى','WEAPON','surface-to-surface-missiles'),
 ('L1:محافظتي كرمانشاه','LOCATION','kermanshah'), ('L1:كردستان','LOCATION','iran-kurdistan-province'), ('L1:إيران','LOCATION','iran'),
 ('L1:جماعة «داعش»','ACTOR','ISIS'), ('L1:منطقة دير الزور','LOCATION','deir-ez-zor'), ('L1:سوريا','LOCATION','syria'),
 ('L2:داعش','ACTOR','ISIS'), ('L2:مجلس الشورى الإسلامي','LOCATION','iran-parliament'), ('L2:مرقد الإمام الخميني','LOCATION','khomeini-mausoleum'),
 ('L2:طهران','LOCATION','tehran'), ('L2:17 شخصاً','QUANTITY',None,(17,False,'killed')), ('L2:الصواريخ','WEAPON','missiles'),
 ('L2:الإرهابيين#1','ACTOR','ISIS'),
 ('L3:تسنيم','ORG','tasnim'), ('L3:طائرات مسيّرة','WEAPON','drones'), ('L3:لحرس#0','ACTOR','IR'), ('L3:الصواريخ','WEAPON','missiles'),
 ('L3:الحرس','ACTOR','IR'), ('L3:رمضان شريف','PERSON','ramezan-sharif'), ('L3:الأراضي الإيرانية','LOCATION','iran'),
 ('L4:الجيش السوري','ACTOR','SY_GOV'), ('L4:البادية','LOCATION','syrian-badia'), ('L4:حقل الثورة النفطي','LOCATION','al-thawra-oilfield'),
 ('L4:مدينة الرصافة','LOCATION','resafa'), ('L4:ريف الرقة الجنوبي الغربي','LOCATION','raqqa-southwest-countryside'), ('L4:داعش','ACTOR','ISIS'),
 ('L5:مقاتلة','WEAPON','warplane'), ('L5:لتحالف الأميركي','ACTOR','COALITION'), ('L5:طائرة حربية سورية من طراز «سوخوي-22»','WEAPON','su-22'),
 ('L5:بلدة جعدين','LOCATION','jaadin'), ('L5:الرصافة','LOCATION','resafa'), ('L5:الإرهابيين','ACTOR','ISIS'),
 ('L5:لقيادة العامة للجيش السوري','ACTOR','SY_GOV'),
 ('L6:وزارة الدفاع الروسية','ACTOR','RU'), ('L6:الأجواء السورية','LOCATION','syrian-airspace'), ('L6:واشنطن','ACTOR','US'),
 ('L6:منظومات الدفاع الجوي الروسية','WEAPON','air-defence-systems'), ('L6:طائرات','WEAPON','warplanes'), ('L6:التحالف','ACTOR','COALITION'),
 ('L6:نهر الفرات','LOCATION','euphrates'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:الجيش السوري','ACTOR','SY_GOV'), ('L7:جعدين','LOCATION','jaadin'), ('L7:ريف الرقة','LOCATION','raqqa-countryside'),
 ('L8:الولايات المتحدة','ACTOR','US'), ('L8:نحو ألفي عسكري','QUANTITY',None,(2000,True,'troops')), ('L8:شمال سوريا','LOCATION','north-syria'),
 ('L8:قسد','ACTOR','SDF'), ('L8:الرقة','LOCATION','raqqa'), ('L8:التنف','LOCATION','al-tanf'), ('L8:الحدود الأردنية','LOCATION','jordan-syria-border'),
 ('L8:دمشق','ACTOR','SY_GOV'),
]
times = [
 ('L1:ليل أمس الأحد', SUN, 'part-of-day', {'part': 'night'}),
 ('L2:السابع من حزيران الجاري', '2017-06-07', 'day'),
 ('L4:أمس', SUN, 'day'),
 ('L5:مساء الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L6:اليوم الاثنين', D, 'day'),
 ('L8:السادس من حزيران الجاري', '2017-06-06', 'day'),
]
N = 'L1:ليل أمس الأحد'
E = 'L5:مساء الأحد'
IRGC = 'حرس الثورة الإسلامية'
GC = 'القيادة العامة للجيش السوري'
RMOD = 'وزارة الدفاع الروسية'
FLD = 'مصادر ميدانية'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=N, actors=['IR'], attr=IRGC),                                                        # 1
 dict(type='ATTACK', trig='L1:أطلقت', time=N, actors=['IR'], targets=['ISIS'], loc='L1:منطقة دير الزور',
      weapons=['L1:صواريخ أرض-أرض متوسطة المدى'], qty=['L1:ستة صواريخ'], attr=IRGC),                                             # 2
 dict(type='OPERATION', trig='L2:العملية', time=N, actors=['IR'], targets=['ISIS'], attr=IRGC),                                   # 3
 dict(type='ATTACK', trig='L2:الهجومين', time='L2:السابع من حزيران الجاري', actors=['ISIS'], loc='L2:مجلس الشورى الإسلامي',
      qty=['L2:17 شخصاً'], attr=IRGC),                                                                                           # 4
 dict(type='ATTACK', trig='L2:قتلت', time=N, actors=['IR'], targets=['ISIS'], weapons=['L2:الصواريخ'], attr=IRGC),                # 5
 dict(type='ATTACK', trig='L2:دمرت', time=N, actors=['IR'], targets=['ISIS'], weapons=['L2:الصواريخ'], attr=IRGC),                # 6
 dict(type='ATTACK', trig='L3:إصابة', time=N, actors=['IR'], targets=['ISIS'], weapons=['L3:الصواريخ'], attr='مصادر مطلعة (تسنيم)'),  # 7
 dict(type='ATTACK', trig='L3:ردود', mod='planned', actors=['IR'], attr='رمضان شريف'),                                             # 8
 dict(type='MOVEMENT', trig='L4:تقدمهم', actors=['SY_GOV'], loc='L4:البادية', attr='مصدر عسكري سوري'),                             # 9
 dict(type='CONTROL', trig='L4:سيطروا', time='L4:أمس', actors=['SY_GOV'], targets=['ISIS'], loc='L4:حقل الثورة النفطي', attr='مصدر عسكري سوري'),  # 10
 dict(type='ATTACK', trig='L4:اشتباكات', time='L4:أمس', actors=['SY_GOV', 'ISIS'], attr='مصدر عسكري سوري'),                       # 11
 dict(type='ATTACK', trig='L5:أسقطت', time=E, actors=['COALITION'], targets=['SY_GOV'], loc='L5:بلدة جعدين', weapons=['L5:مقاتلة'], attr=GC),  # 12
 dict(type='OPERATION', trig='L5:مهمة قتالية', time=E, actors=['SY_GOV'], targets=['ISIS'], attr=GC),                              # 13
 dict(type='STATEMENT', trig='L5:بيان', time=E, actors=['SY_GOV'], attr=GC),                                                       # 14
 dict(type='AGREEMENT', trig='L6:بمذكرة', actors=['RU', 'US'], loc='L6:الأجواء السورية', attr=RMOD),                               # 15
 dict(type='STATEMENT', trig='L6:أعلنت', time='L6:اليوم الاثنين', actors=['RU'], attr=RMOD),                                      # 16
 dict(type='ATTACK', trig='L6:ستتعامل', mod='planned', actors=['RU'], targets=['COALITION'], weapons=['L6:منظومات الدفاع الجوي الروسية'], attr=RMOD),  # 17
 dict(type='ATTACK', trig='L7:اشتبكت', time=E, actors=['SDF', 'SY_GOV'], loc='L7:جعدين', attr=FLD),                                # 18
 dict(type='ATTACK', trig='L7:إسقاط', time=E, actors=['COALITION'], targets=['SY_GOV'], attr=FLD),                                 # 19
 dict(type='MOVEMENT', trig='L8:تنشر', actors=['US'], loc='L8:شمال سوريا', qty=['L8:نحو ألفي عسكري']),                             # 20
 dict(type='MOVEMENT', trig='L8:يرافقون', actors=['US']),                                                                          # 21
 dict(type='OPERATION', trig='L8:معركة', time='L8:السادس من حزيران الجاري', actors=['SDF'], loc='L8:الرقة'),                        # 22
 dict(type='BASE', trig='L8:تقيم', actors=['US'], loc='L8:التنف'),                                                                 # 23
]
EP = (SUN, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='ISIS', loc=('منطقة دير الزور', 'deir-ez-zor'), as_of=EP, status='attacked', source=IRGC, line=1, events=[2]),
 dict(actor='SY_GOV', loc=('حقل الثورة النفطي', 'al-thawra-oilfield'), as_of=(SUN, 'day'), status='controls', source='مصدر عسكري سوري', line=4, events=[10]),
 dict(actor='SY_GOV', loc=('بلدة جعدين', 'jaadin'), as_of=EP, status='attacked', source=GC, line=5, events=[12]),
 dict(actor='SDF', loc=('جعدين', 'jaadin'), as_of=EP, status='present', source=FLD, line=7, events=[18]),
 dict(actor='SY_GOV', loc=('جعدين', 'jaadin'), as_of=EP, status='present', source=FLD, line=7, events=[18]),
 dict(actor='US', strength=(2000, True, 'troops'), loc=('شمال سوريا', 'north-syria'), as_of=DD, status='present', line=8, events=[20]),
 dict(actor='US', assets='قاعدة', loc=('التنف', 'al-tanf'), as_of=DD, status='present', line=8, events=[23]),
]
build('alalam-irgc-deir-ez-zor-missiles', None, 'العالم', D, L, ents, times, events, forces)
