from build import build
L = [
'التحالف يقصف رتلاً لقوات الأسد وميليشيات إيرانية قرب التنف.. وموسكو: «غير مقبول»',
'عواصم - «البلاد»، وكالات: قصفت طائرات التحالف الدولي بقيادة الولايات المتحدة، بعد ظهر الخميس، رتلاً لقوات النظام السوري وميليشيات موالية لإيران في منطقة ظاظا على طريق دمشق - بغداد الدولي، على بعد نحو 27 كيلومتراً من قاعدة التنف العسكرية عند المثلث الحدودي السوري العراقي الأردني، ما أدى إلى تدمير دبابة وجرافة على الأقل، بحسب ما أعلن مسؤولون أمريكيون.',
'وقال المتحدث باسم التحالف الكولونيل ريان ديلون إن الرتل، المؤلف من نحو 20 آلية، كان يتقدم داخل «منطقة عدم الاشتباك» المحددة بـ55 كيلومتراً حول القاعدة، ولم يستجب لتحذيرات متكررة، مؤكداً أن الضربة جاءت «دفاعاً عن النفس» بعد محاولات روسية فاشلة لثني القوة عن التقدم.',
'وتضم قاعدة التنف مدربين من القوات الخاصة الأمريكية والبريطانية يشرفون على تدريب مقاتلي «جيش مغاوير الثورة» المعارض، الذي يقاتل تنظيم «داعش» في البادية السورية.',
'في المقابل، نقلت وكالة الأنباء السورية «سانا» عن مصدر عسكري قوله إن «طيران التحالف الأمريكي اعتدى على إحدى نقاطنا العسكرية على طريق التنف»، ما أسفر عن استشهاد عدد من العسكريين وإلحاق أضرار مادية، واصفاً الضربة بأنها «إرهاب دولة».',
'ونفى المصدر أن تكون الوحدات المستهدفة قد اقتربت من القاعدة، مؤكداً أنها كانت «تلاحق فلول داعش» على بعد عشرات الكيلومترات منها.',
'وفي موسكو، وصف نائب وزير الخارجية الروسي غينادي غاتيلوف الضربة، أمس الجمعة، بأنها «غير مقبولة على الإطلاق» و«انتهاك لسيادة سوريا»، فيما قال وزير الدفاع الأمريكي جيمس ماتيس إن بلاده «لا تنوي توسيع دورها» في الحرب السورية، لكنها ستدافع عن قواتها إذا تعرضت لـ«خطوات عدوانية».',
'وأفاد المرصد السوري لحقوق الإنسان بأن الغارات قتلت ثمانية عناصر على الأقل معظمهم من غير السوريين، مشيراً إلى أن قوات النظام والميليشيات الإيرانية دفعت خلال الأسبوعين الماضيين بأكثر من 3 آلاف مقاتل إلى منطقة السبع بيار في بادية ريف دمشق الشرقي.',
'وتسعى هذه القوات إلى الوصول إلى الحدود العراقية وفتح طريق بري يربط طهران ببيروت مروراً ببغداد ودمشق، في سباق مع فصائل «الجيش الحر» التي أطلقت الشهر الماضي معركة «الأرض لنا» لطرد «داعش» من البادية.',
'وتأتي الضربة، وهي الأولى من نوعها للتحالف ضد قوات النظام في البادية، عشية القمة العربية الإسلامية الأمريكية التي تستضيفها الرياض غداً الأحد بمشاركة الرئيس الأمريكي دونالد ترامب.',
]
D = '2017-05-20'   # Saturday; Saudi print daily (Jeddah), dated the day after the news
THU = '2017-05-18'
FRI = '2017-05-19'
IBM = 'OTHER:iran-backed-militias'
MAG = 'OTHER:maghawir-al-thawra'
UK = 'OTHER:uk'
ents = [
 ('L0:التحالف','ACTOR','COALITION'), ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:ميليشيات إيرانية','ACTOR',IBM),
 ('L0:التنف','LOCATION','al-tanf'), ('L0:موسكو','ACTOR','RU'),
 ('L1:البلاد','ORG','albilad'), ('L1:طائرات','WEAPON','aircraft'), ('L1:التحالف الدولي','ACTOR','COALITION'),
 ('L1:الولايات المتحدة','ACTOR','US'), ('L1:قوات النظام السوري','ACTOR','SY_GOV'), ('L1:ميليشيات موالية لإيران','ACTOR',IBM),
 ('L1:منطقة ظاظا','LOCATION','zaza'), ('L1:طريق دمشق - بغداد الدولي','LOCATION','damascus-baghdad-highway'),
 ('L1:نحو 27 كيلومتراً','QUANTITY',None,(27,True,'km')), ('L1:قاعدة التنف العسكرية','LOCATION','al-tanf-base'),
 ('L1:المثلث الحدودي السوري العراقي الأردني','LOCATION','syria-iraq-jordan-border-triangle'),
 ('L1:دبابة','WEAPON','tank'), ('L1:جرافة','WEAPON','bulldozer'),
 ('L2:التحالف','ACTOR','COALITION'), ('L2:ريان ديلون','PERSON','ryan-dillon'),
 ('L2:نحو 20 آلية','QUANTITY',None,(20,True,'vehicles')), ('L2:آلية','WEAPON','military-vehicles'),
 ('L2:منطقة عدم الاشتباك','LOCATION','al-tanf-deconfliction-zone'), ('L2:55 كيلومتراً','QUANTITY',None,(55,False,'km')),
 ('L2:القاعدة','LOCATION','al-tanf-base'),
 ('L3:قاعدة التنف','LOCATION','al-tanf-base'), ('L3:القوات الخاصة الأمريكية','ACTOR','US'), ('L3:جيش مغاوير الثورة','ACTOR',MAG),
 ('L3:تنظيم «داعش»','ACTOR','ISIS'), ('L3:البادية السورية','LOCATION','syrian-badia'),
 ('L4:وكالة الأنباء السورية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:طيران التحالف الأمريكي','ACTOR','COALITION'),
 ('L4:طريق التنف','LOCATION','al-tanf-road'),
 ('L5:القاعدة','LOCATION','al-tanf-base'), ('L5:داعش','ACTOR','ISIS'), ('L5:عشرات الكيلومترات','QUANTITY',None,([24, 99],True,'km')),
 ('L6:موسكو','LOCATION','moscow'), ('L6:غينادي غاتيلوف','PERSON','gennady-gatilov'), ('L6:سوريا','LOCATION','syria'),
 ('L6:جيمس ماتيس','PERSON','james-mattis'),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L7:ثمانية عناصر على الأقل','QUANTITY',None,(8,True,'killed')),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:الميليشيات الإيرانية','ACTOR',IBM),
 ('L7:أكثر من 3 آلاف مقاتل','QUANTITY',None,(3000,True,'fighters')), ('L7:منطقة السبع بيار','LOCATION','sab-biyar'),
 ('L7:بادية ريف دمشق الشرقي','LOCATION','damascus-east-countryside-badia'),
 ('L8:الحدود العراقية','LOCATION','syria-iraq-border'), ('L8:طهران','LOCATION','tehran'), ('L8:بيروت','LOCATION','beirut'),
 ('L8:بغداد','LOCATION','baghdad'), ('L8:دمشق','LOCATION','damascus'), ('L8:فصائل «الجيش الحر»','ACTOR','FSA'),
 ('L8:داعش','ACTOR','ISIS'), ('L8:البادية','LOCATION','syrian-badia'),
 ('L9:لتحالف','ACTOR','COALITION'), ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:البادية','LOCATION','syrian-badia'),
 ('L9:الرياض','LOCATION','riyadh'), ('L9:دونالد ترامب','PERSON','donald-trump'),
]
times = [
 ('L1:بعد ظهر الخميس', THU, 'part-of-day', {'part': 'noon'}),
 ('L6:أمس الجمعة', FRI, 'day'),
 ('L7:خلال الأسبوعين الماضيين', '2017-05-06/' + D, 'week'),
 ('L8:الشهر الماضي', '2017-04', 'month'),
 ('L9:غداً الأحد', '2017-05-21', 'day'),
]
T = 'L1:بعد ظهر الخميس'
US_OFF = 'مسؤولون أمريكيون'
DIL = 'ريان ديلون'
SRC = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
W2 = 'L7:خلال الأسبوعين الماضيين'
events = [
 dict(type='ATTACK', trig='L1:قصفت', time=T, actors=['COALITION'], targets=['SY_GOV', IBM], loc='L1:منطقة ظاظا',
      weapons=['L1:طائرات'], attr=US_OFF),                                                                                      # 1
 dict(type='STATEMENT', trig='L2:قال', actors=['COALITION'], attr=DIL),                                                          # 2
 dict(type='MOVEMENT', trig='L2:يتقدم', time=T, actors=['SY_GOV', IBM], loc='L2:منطقة عدم الاشتباك', weapons=['L2:آلية'],
      qty=['L2:نحو 20 آلية'], attr=DIL),                                                                                        # 3
 dict(type='ATTACK', trig='L2:الضربة', time=T, actors=['COALITION'], targets=['SY_GOV', IBM], attr=DIL),                          # 4
 dict(type='TRAINING', trig='L3:تدريب', actors=['US', UK, MAG], loc='L3:قاعدة التنف'),                                           # 5
 dict(type='OPERATION', trig='L3:يقاتل', actors=[MAG], targets=['ISIS'], loc='L3:البادية السورية'),                              # 6
 dict(type='ATTACK', trig='L4:اعتدى', time=T, actors=['COALITION'], targets=['SY_GOV'], loc='L4:طريق التنف', attr=SRC),          # 7
 dict(type='MOVEMENT', trig='L5:اقتربت', mod='denied', time=T, actors=['SY_GOV'], loc='L5:القاعدة', attr=SRC),                   # 8
 dict(type='OPERATION', trig='L5:تلاحق', time=T, actors=['SY_GOV'], targets=['ISIS'], attr=SRC),                                 # 9
 dict(type='STATEMENT', trig='L6:وصف', time='L6:أمس الجمعة', actors=['RU'], attr='غينادي غاتيلوف'),                               # 10
 dict(type='ATTACK', trig='L6:الضربة', time=T, actors=['COALITION'], targets=['SY_GOV', IBM], attr='غينادي غاتيلوف'),             # 11
 dict(type='STATEMENT', trig='L6:قال', actors=['US'], attr='جيمس ماتيس'),                                                        # 12
 dict(type='ATTACK', trig='L7:الغارات', time=T, actors=['COALITION'], targets=['SY_GOV', IBM], qty=['L7:ثمانية عناصر على الأقل'],
      attr=SOHR),                                                                                                               # 13
 dict(type='MOVEMENT', trig='L7:دفعت', time=W2, actors=['SY_GOV', IBM], loc='L7:منطقة السبع بيار', qty=['L7:أكثر من 3 آلاف مقاتل'],
      attr=SOHR),                                                                                                               # 14
 dict(type='MOVEMENT', trig='L8:الوصول', mod='planned', actors=['SY_GOV', IBM], loc='L8:الحدود العراقية'),                       # 15
 dict(type='OPERATION', trig='L8:معركة', time='L8:الشهر الماضي', actors=['FSA'], targets=['ISIS'], loc='L8:البادية'),             # 16
 dict(type='ATTACK', trig='L9:الضربة', time=T, actors=['COALITION'], targets=['SY_GOV'], loc='L9:البادية'),                      # 17
]
TP = (THU, 'part-of-day')
TD = (D, 'day')
W = ('2017-05-06/' + D, 'week')
APR = ('2017-04', 'month')
forces = [
 dict(actor='SY_GOV', assets='رتل (دبابة وجرافة على الأقل)', loc=('منطقة ظاظا', 'zaza'), as_of=TP, status='attacked', source=US_OFF,
      line=1, events=[1]),
 dict(actor=IBM, assets='رتل', loc=('منطقة ظاظا', 'zaza'), as_of=TP, status='attacked', source=US_OFF, line=1, events=[1]),
 dict(actor='SY_GOV', assets='رتل من نحو 20 آلية (مع الميليشيات)', loc=('منطقة عدم الاشتباك', 'al-tanf-deconfliction-zone'), as_of=TP,
      status='present', source=DIL, line=2, events=[3]),
 dict(actor=IBM, assets='رتل من نحو 20 آلية (مع قوات النظام)', loc=('منطقة عدم الاشتباك', 'al-tanf-deconfliction-zone'), as_of=TP,
      status='present', source=DIL, line=2, events=[3]),
 dict(actor='US', assets='مدربون من القوات الخاصة', loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=3, events=[5]),
 dict(actor=UK, assets='مدربون من القوات الخاصة', loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=3, events=[5]),
 dict(actor=MAG, loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=3, events=[5]),
 dict(actor=MAG, loc=('البادية السورية', 'syrian-badia'), as_of=TD, status='present', line=3, events=[6]),
 dict(actor='ISIS', loc=('البادية السورية', 'syrian-badia'), as_of=TD, status='present', line=3, events=[6]),
 dict(actor='SY_GOV', assets='إحدى النقاط العسكرية', loc=('طريق التنف', 'al-tanf-road'), as_of=TP, status='attacked', source=SRC,
      line=4, events=[7]),
 dict(actor='SY_GOV', assets='أكثر من 3 آلاف مقاتل (مع الميليشيات الإيرانية)', loc=('منطقة السبع بيار', 'sab-biyar'), as_of=W,
      status='reinforced', source=SOHR, line=7, events=[14]),
 dict(actor=IBM, assets='أكثر من 3 آلاف مقاتل (مع قوات النظام)', loc=('منطقة السبع بيار', 'sab-biyar'), as_of=W,
      status='reinforced', source=SOHR, line=7, events=[14]),
 dict(actor='FSA', loc=('البادية', 'syrian-badia'), as_of=APR, status='present', line=8, events=[16]),
 dict(actor='ISIS', loc=('البادية', 'syrian-badia'), as_of=APR, status='present', line=8, events=[16]),
]
build('albilad-tanf-convoy-strike', None, 'البلاد', D, L, ents, times, events, forces)
