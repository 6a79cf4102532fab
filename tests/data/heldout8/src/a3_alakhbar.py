from build import build
L = [
'المقاومة تطبق على «النصرة» في وادي الخيل: جرود عرسال تتهاوى',
'واصل مقاتلو حزب الله، أمس، تقدمهم في جرود عرسال، وسيطروا على تلال ضهر الهوا ووادي الخيل، حيث المقر الرئيسي لأمير «جبهة النصرة» في القلمون أبو مالك التلي.',
'وقال مصدر ميداني في المقاومة لـ«الأخبار» إن «أكثر من 70 في المئة» من المساحة التي كانت تسيطر عليها «النصرة» في الجرود باتت في يد المقاومة، وإن من تبقى من المسلحين «محاصرون في بقعة لا تتجاوز 20 كيلومتراً مربعاً».',
'وفي المقلب السوري من الحدود، تقدم الجيش السوري ومقاتلو المقاومة في جرود فليطة، وسيطروا على معبر الزمراني غير الشرعي، بالتزامن مع غارات شنها الطيران الحربي السوري على مواقع «النصرة» في جرود الجراجير.',
'وبحسب المصدر، قُتل منذ انطلاق المعركة فجر الجمعة الماضي أكثر من 150 مسلحاً من «النصرة»، فيما سقط 19 شهيداً للمقاومة، وأُسر عدد من مقاتلي الجبهة.',
'في المقابل، عزز الجيش اللبناني انتشاره في محيط بلدة عرسال وعند حواجزه في وادي حميد، واستهدفت مدفعيته تحركات لمسلحي «النصرة» حاولوا التسلل من الجرود نحو البلدة، من دون أن يشارك في المعارك الدائرة.',
'وعلمت «الأخبار» أن مفاوضات تجري عبر وسطاء من أهالي عرسال، يتابعها اللواء عباس إبراهيم، لإخراج التلي ومن تبقى من مسلحيه مع عائلاتهم إلى محافظة إدلب، مقابل الإفراج عن أسرى للمقاومة لدى «النصرة».',
'كما أبلغت «سرايا أهل الشام»، التابعة لـ«الجيش الحر» والمنتشرة في الجرود الشرقية لعرسال، الوسطاء استعدادها للانسحاب مع عائلات مقاتليها نحو بلدة الرحيبة في القلمون الشرقي.',
'وفي جرود رأس بعلبك، حيث ينتشر نحو 600 مسلح من تنظيم «داعش»، قصفت مدفعية الجيش اللبناني مواقع للتنظيم، وسط توقعات بأن يطلق الجيش معركة لطردهم خلال الأسابيع المقبلة.',
'وكان رئيس الحكومة سعد الحريري قد أكد، الأسبوع الماضي، أن الجيش «سيقوم بعملية مدروسة» في جرود عرسال، فيما قال الأمين العام لحزب الله السيد حسن نصر الله إن المقاومة «ستنهي هذا الملف» إذا فشلت المفاوضات.',
]
D = '2017-07-24'
Y = '2017-07-23'
LB = 'OTHER:lebanon'
SAHS = 'OTHER:saraya-ahl-al-sham'
ents = [
 ('L0:المقاومة','ACTOR','HEZBOLLAH'), ('L0:النصرة','ACTOR','NUSRA'), ('L0:وادي الخيل','LOCATION','wadi-al-khayl'), ('L0:جرود عرسال','LOCATION','arsal-outskirts'),
 ('L1:حزب الله','ACTOR','HEZBOLLAH'), ('L1:جرود عرسال','LOCATION','arsal-outskirts'), ('L1:ضهر الهوا','LOCATION','dahr-al-hawa'),
 ('L1:وادي الخيل','LOCATION','wadi-al-khayl'), ('L1:جبهة النصرة','ACTOR','NUSRA'), ('L1:القلمون','LOCATION','qalamoun'),
 ('L1:أبو مالك التلي','PERSON','abu-malik-al-talli'),
 ('L2:المقاومة#0','ACTOR','HEZBOLLAH'), ('L2:الأخبار','ORG','alakhbar'), ('L2:أكثر من 70 في المئة','QUANTITY',None,(70,True,'other')),
 ('L2:النصرة','ACTOR','NUSRA'), ('L2:الجرود','LOCATION','arsal-outskirts'), ('L2:المقاومة#1','ACTOR','HEZBOLLAH'), ('L2:المسلحين','ACTOR','NUSRA'),
 ('L2:20 كيلومتراً مربعاً','QUANTITY',None,(20,True,'other')),
 ('L3:الحدود','LOCATION','lebanon-syria-border'), ('L3:الجيش السوري','ACTOR','SY_GOV'), ('L3:المقاومة','ACTOR','HEZBOLLAH'),
 ('L3:جرود فليطة','LOCATION','flita-outskirts'), ('L3:معبر الزمراني','LOCATION','zamrani-crossing'), ('L3:الطيران الحربي السوري','ACTOR','SY_GOV'),
 ('L3:النصرة','ACTOR','NUSRA'), ('L3:جرود الجراجير','LOCATION','jarajir-outskirts'),
 ('L4:أكثر من 150 مسلحاً','QUANTITY',None,(150,True,'killed')), ('L4:النصرة','ACTOR','NUSRA'), ('L4:19 شهيداً','QUANTITY',None,(19,False,'killed')),
 ('L4:لمقاومة','ACTOR','HEZBOLLAH'), ('L4:الجبهة','ACTOR','NUSRA'),
 ('L5:الجيش اللبناني','ACTOR',LB), ('L5:بلدة عرسال','LOCATION','arsal'), ('L5:وادي حميد','LOCATION','wadi-hmeid'), ('L5:مدفعيته','WEAPON','artillery'),
 ('L5:النصرة','ACTOR','NUSRA'), ('L5:الجرود','LOCATION','arsal-outskirts'), ('L5:البلدة','LOCATION','arsal'),
 ('L6:الأخبار','ORG','alakhbar'), ('L6:عرسال','LOCATION','arsal'), ('L6:عباس إبراهيم','PERSON','abbas-ibrahim'), ('L6:التلي','PERSON','abu-malik-al-talli'),
 ('L6:محافظة إدلب','LOCATION','idlib-governorate'), ('L6:لمقاومة','ACTOR','HEZBOLLAH'), ('L6:النصرة','ACTOR','NUSRA'),
 ('L7:سرايا أهل الشام','ACTOR',SAHS), ('L7:الجيش الحر','ACTOR','FSA'), ('L7:الجرود الشرقية لعرسال','LOCATION','arsal-eastern-outskirts'),
 ('L7:بلدة الرحيبة','LOCATION','ruhaybah'), ('L7:القلمون الشرقي','LOCATION','eastern-qalamoun'),
 ('L8:جرود رأس بعلبك','LOCATION','ras-baalbek-outskirts'), ('L8:نحو 600 مسلح','QUANTITY',None,(600,True,'fighters')), ('L8:تنظيم «داعش»','ACTOR','ISIS'),
 ('L8:مدفعية الجيش اللبناني','ACTOR',LB), ('L8:لتنظيم','ACTOR','ISIS'), ('L8:الجيش#1','ACTOR',LB),
 ('L9:سعد الحريري','PERSON','saad-hariri'), ('L9:الجيش','ACTOR',LB), ('L9:جرود عرسال','LOCATION','arsal-outskirts'), ('L9:حزب الله','ACTOR','HEZBOLLAH'),
 ('L9:حسن نصر الله','PERSON','hassan-nasrallah'), ('L9:المقاومة','ACTOR','HEZBOLLAH'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L4:فجر الجمعة الماضي', '2017-07-21', 'part-of-day', {'part':'morning'}),
 ('L8:خلال الأسابيع المقبلة', D+'/', 'vague', {'relation':'after'}),
 ('L9:الأسبوع الماضي', '2017-07-17/2017-07-23', 'week'),
]
SRC = 'مصدر ميداني في المقاومة (الأخبار)'
HAR = 'سعد الحريري'
NAS = 'حسن نصر الله'
events = [
 dict(type='MOVEMENT', trig='L1:تقدمهم', time='L1:أمس', actors=['HEZBOLLAH'], loc='L1:جرود عرسال'),
 dict(type='CONTROL', trig='L1:سيطروا', time='L1:أمس', actors=['HEZBOLLAH'], targets=['NUSRA'], loc='L1:ضهر الهوا'),
 dict(type='BASE', trig='L1:المقر', actors=['NUSRA'], loc='L1:وادي الخيل'),
 dict(type='CONTROL', trig='L2:تسيطر', actors=['NUSRA'], loc='L2:الجرود', attr=SRC),
 dict(type='CONTROL', trig='L2:في يد', actors=['HEZBOLLAH'], loc='L2:الجرود', attr=SRC, qty=['L2:أكثر من 70 في المئة']),
 dict(type='OPERATION', trig='L2:محاصرون', actors=['HEZBOLLAH'], targets=['NUSRA'], loc='L2:الجرود', attr=SRC, qty=['L2:20 كيلومتراً مربعاً']),
 dict(type='MOVEMENT', trig='L3:تقدم', actors=['SY_GOV','HEZBOLLAH'], loc='L3:جرود فليطة'),
 dict(type='CONTROL', trig='L3:سيطروا', actors=['SY_GOV','HEZBOLLAH'], targets=['NUSRA'], loc='L3:معبر الزمراني'),
 dict(type='ATTACK', trig='L3:غارات', actors=['SY_GOV'], targets=['NUSRA'], loc='L3:جرود الجراجير'),
 dict(type='OPERATION', trig='L4:المعركة', time='L4:فجر الجمعة الماضي', actors=['HEZBOLLAH'], targets=['NUSRA'], attr=SRC),
 dict(type='ATTACK', trig='L4:قُتل', time='L4:فجر الجمعة الماضي', targets=['NUSRA'], attr=SRC, qty=['L4:أكثر من 150 مسلحاً']),
 dict(type='ATTACK', trig='L4:سقط', time='L4:فجر الجمعة الماضي', targets=['HEZBOLLAH'], attr=SRC, qty=['L4:19 شهيداً']),
 dict(type='ARREST', trig='L4:أُسر', time='L4:فجر الجمعة الماضي', targets=['NUSRA'], attr=SRC),
 dict(type='MOVEMENT', trig='L5:عزز', actors=[LB], loc='L5:بلدة عرسال'),
 dict(type='ATTACK', trig='L5:استهدفت', actors=[LB], targets=['NUSRA'], loc='L5:الجرود', weapons=['L5:مدفعيته']),
 dict(type='MOVEMENT', trig='L5:التسلل', actors=['NUSRA'], loc='L5:البلدة'),
 dict(type='ATTACK', trig='L5:المعارك', mod='denied', actors=[LB]),
 dict(type='AGREEMENT', trig='L6:مفاوضات', mod='planned', actors=['HEZBOLLAH','NUSRA'], attr='الأخبار'),
 dict(type='WITHDRAWAL', trig='L6:إخراج', mod='planned', actors=['NUSRA'], loc='L6:محافظة إدلب', attr='الأخبار'),
 dict(type='WITHDRAWAL', trig='L7:انسحاب', mod='planned', actors=[SAHS], loc='L7:الجرود الشرقية لعرسال', attr='سرايا أهل الشام'),
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['ISIS'], loc='L8:جرود رأس بعلبك', qty=['L8:نحو 600 مسلح']),
 dict(type='ATTACK', trig='L8:قصفت', actors=[LB], targets=['ISIS'], loc='L8:جرود رأس بعلبك'),
 dict(type='OPERATION', trig='L8:معركة', mod='planned', time='L8:خلال الأسابيع المقبلة', actors=[LB], targets=['ISIS'], loc='L8:جرود رأس بعلبك'),
 dict(type='STATEMENT', trig='L9:أكد', time='L9:الأسبوع الماضي', actors=[LB], attr=HAR),
 dict(type='OPERATION', trig='L9:عملية', mod='planned', actors=[LB], targets=['NUSRA'], loc='L9:جرود عرسال', attr=HAR),
 dict(type='STATEMENT', trig='L9:قال', actors=['HEZBOLLAH'], attr=NAS),
 dict(type='OPERATION', trig='L9:ستنهي', mod='planned', actors=['HEZBOLLAH'], targets=['NUSRA'], attr=NAS),
 dict(type='AGREEMENT', trig='L9:المفاوضات', mod='planned', actors=['HEZBOLLAH','NUSRA'], attr=NAS),
]
YD = (Y, 'day')
OD = (D, 'day')
forces = [
 dict(actor='HEZBOLLAH', loc=('جرود عرسال','arsal-outskirts'), as_of=YD, status='present', line=1, events=[1]),
 dict(actor='HEZBOLLAH', loc=('ضهر الهوا','dahr-al-hawa'), as_of=YD, status='controls', line=1, events=[2]),
 dict(actor='HEZBOLLAH', loc=('وادي الخيل','wadi-al-khayl'), as_of=YD, status='controls', line=1, events=[2]),
 dict(actor='NUSRA', assets='المقر الرئيسي لأبو مالك التلي', loc=('وادي الخيل','wadi-al-khayl'), as_of=YD, status='present', line=1, events=[3]),
 dict(actor='HEZBOLLAH', loc=('الجرود','arsal-outskirts'), as_of=OD, status='controls', source=SRC, line=2, events=[5]),
 dict(actor='HEZBOLLAH', loc=('الجرود','arsal-outskirts'), as_of=OD, status='present', source=SRC, line=2, events=[6]),
 dict(actor='NUSRA', assets='بقعة لا تتجاوز 20 كيلومتراً مربعاً', loc=('الجرود','arsal-outskirts'), as_of=OD, status='present', source=SRC, line=2, events=[6]),
 dict(actor='SY_GOV', loc=('جرود فليطة','flita-outskirts'), as_of=OD, status='present', line=3, events=[7]),
 dict(actor='HEZBOLLAH', loc=('جرود فليطة','flita-outskirts'), as_of=OD, status='present', line=3, events=[7]),
 dict(actor='SY_GOV', loc=('معبر الزمراني','zamrani-crossing'), as_of=OD, status='controls', line=3, events=[8]),
 dict(actor='HEZBOLLAH', loc=('معبر الزمراني','zamrani-crossing'), as_of=OD, status='controls', line=3, events=[8]),
 dict(actor='NUSRA', assets='مواقع', loc=('جرود الجراجير','jarajir-outskirts'), as_of=OD, status='attacked', line=3, events=[9]),
 dict(actor=LB, loc=('بلدة عرسال','arsal'), as_of=OD, status='reinforced', line=5, events=[14]),
 dict(actor=LB, assets='حواجز', loc=('وادي حميد','wadi-hmeid'), as_of=OD, status='reinforced', line=5, events=[14]),
 dict(actor='NUSRA', loc=('الجرود','arsal-outskirts'), as_of=OD, status='attacked', line=5, events=[15]),
 dict(actor=SAHS, loc=('الجرود الشرقية لعرسال','arsal-eastern-outskirts'), as_of=OD, status='present', source='سرايا أهل الشام', line=7, events=[]),
 dict(actor='ISIS', strength=(600, True, 'fighters'), loc=('جرود رأس بعلبك','ras-baalbek-outskirts'), as_of=OD, status='present', line=8, events=[21]),
 dict(actor='ISIS', assets='مواقع', loc=('جرود رأس بعلبك','ras-baalbek-outskirts'), as_of=OD, status='attacked', line=8, events=[22]),
]
build('alakhbar-arsal-outskirts', None, 'الأخبار', D, L, ents, times, events, forces)
