from build import build
L = [
'قوات النمر تستعيد مدينة مسكنة وتقترب من الحدود الإدارية لمحافظة الرقة',
'المصدر نيوز – حلب',
'استعادت وحدات الجيش العربي السوري، بقيادة قوات النمر، صباح اليوم الأحد، السيطرة الكاملة على مدينة مسكنة، آخر معاقل تنظيم "داعش" في ريف حلب الشرقي، بعد معارك استمرت أربعة أيام.',
'وقال مصدر عسكري ميداني لـ"المصدر نيوز" إن القوات دخلت المدينة من محورين، الأول من جهة قرية دبسي فرج غرباً والثاني من بلدة الخفسة شمالاً، بعد تمهيد ناري كثيف أجبر مسلحي التنظيم على الانسحاب شرقاً باتجاه قرية دبسي عفنان.',
'وأضاف المصدر أن أكثر من 40 مسلحاً قُتلوا خلال المعارك، ودُمّرت ثلاث عربات مفخخة حاول التنظيم من خلالها وقف تقدم القوات عند مدخل المدينة الغربي، فيما تعمل وحدات الهندسة على تفكيك العبوات الناسفة في أحيائها.',
'وقدّم سلاح الجو الروسي وسلاح الجو السوري إسناداً مكثفاً للعملية، عبر عشرات الغارات على خطوط إمداد التنظيم وتحصيناته في محيط المدينة ومحطة الضخ القريبة منها.',
'ومع استعادة مسكنة، باتت قوات النمر على بعد نحو 10 كيلومترات من الحدود الإدارية لمحافظة الرقة، بعد أن سيطرت خلال الأيام الماضية على أكثر من 30 قرية ومزرعة على الضفة الجنوبية لبحيرة الأسد.',
'وتكتسب المدينة أهمية استراتيجية كونها تؤمّن محطة ضخ مياه الخفسة التي تغذي مدينة حلب، وتفتح الطريق أمام الجيش للتقدم نحو بلدة الرصافة وحقول النفط في ريف الرقة الجنوبي.',
'في المقابل، تواصل "قوات سوريا الديمقراطية" المدعومة من واشنطن حشد مقاتليها على أطراف مدينة الرقة، بعد سيطرتها على مدينة الطبقة وسدها الشهر الماضي، وسط أنباء عن قرب بدء الهجوم على المدينة.',
'ويقدّر مصدر في "قسد" عدد مسلحي "داعش" المتحصنين داخل الرقة بنحو 4 آلاف مسلح، بينهم مئات الأجانب.',
'وكان الجيش السوري قد أطلق عمليته في ريف حلب الشرقي منتصف كانون الثاني الماضي، واستعاد خلالها أكثر من 200 بلدة وقرية، بينها دير حافر ومطار الجراح العسكري.',
]
D = '2017-06-04'   # Sunday; pro-government site's Arabic edition, web copy of its own day
ents = [
 ('L0:قوات النمر','ACTOR','SY_GOV'), ('L0:مدينة مسكنة','LOCATION','maskanah'),
 ('L0:الحدود الإدارية لمحافظة الرقة','LOCATION','raqqa-governorate-boundary'),
 ('L1:المصدر نيوز','ORG','almasdar'), ('L1:حلب','LOCATION','aleppo'),
 ('L2:الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:قوات النمر','ACTOR','SY_GOV'), ('L2:مدينة مسكنة','LOCATION','maskanah'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:ريف حلب الشرقي','LOCATION','aleppo-east-countryside'), ('L2:أربعة أيام','QUANTITY',None,(4,False,'other')),
 ('L3:المصدر نيوز','ORG','almasdar'), ('L3:القوات','ACTOR','SY_GOV'), ('L3:المدينة','LOCATION','maskanah'), ('L3:محورين','QUANTITY',None,(2,False,'other')),
 ('L3:قرية دبسي فرج','LOCATION','dibsi-faraj'), ('L3:بلدة الخفسة','LOCATION','al-khafsa'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:قرية دبسي عفنان','LOCATION','dibsi-afnan'),
 ('L4:أكثر من 40 مسلحاً','QUANTITY',None,(40,True,'killed')), ('L4:ثلاث عربات مفخخة','QUANTITY',None,(3,False,'vehicles')),
 ('L4:عربات مفخخة','WEAPON','vbied'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:القوات','ACTOR','SY_GOV'),
 ('L4:مدخل المدينة الغربي','LOCATION','maskanah-west-entrance'), ('L4:وحدات الهندسة','ACTOR','SY_GOV'), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L5:سلاح الجو الروسي','ACTOR','RU'), ('L5:سلاح الجو السوري','ACTOR','SY_GOV'), ('L5:عشرات الغارات','QUANTITY',None,([24, 99],True,'other')),
 ('L5:التنظيم','ACTOR','ISIS'), ('L5:محيط المدينة','LOCATION','maskanah-surroundings'), ('L5:محطة الضخ','LOCATION','khafsa-pumping-station'),
 ('L6:مسكنة','LOCATION','maskanah'), ('L6:قوات النمر','ACTOR','SY_GOV'), ('L6:نحو 10 كيلومترات','QUANTITY',None,(10,True,'km')),
 ('L6:الحدود الإدارية لمحافظة الرقة','LOCATION','raqqa-governorate-boundary'), ('L6:أكثر من 30 قرية','QUANTITY',None,(30,True,'other')),
 ('L6:الضفة الجنوبية لبحيرة الأسد','LOCATION','lake-assad-south-bank'),
 ('L7:المدينة','LOCATION','maskanah'), ('L7:محطة ضخ مياه الخفسة','LOCATION','khafsa-pumping-station'), ('L7:مدينة حلب','LOCATION','aleppo'),
 ('L7:الجيش','ACTOR','SY_GOV'), ('L7:بلدة الرصافة','LOCATION','resafa'), ('L7:حقول النفط','LOCATION','raqqa-south-oilfields'),
 ('L7:ريف الرقة الجنوبي','LOCATION','raqqa-south-countryside'),
 ('L8:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L8:واشنطن','ACTOR','US'), ('L8:أطراف مدينة الرقة','LOCATION','raqqa-outskirts'),
 ('L8:مدينة الطبقة','LOCATION','tabqa'), ('L8:المدينة','LOCATION','raqqa'),
 ('L9:قسد','ACTOR','SDF'), ('L9:داعش','ACTOR','ISIS'), ('L9:الرقة','LOCATION','raqqa'), ('L9:نحو 4 آلاف مسلح','QUANTITY',None,(4000,True,'fighters')),
 ('L9:مئات الأجانب','QUANTITY',None,([100, 999],True,'fighters')),
 ('L10:الجيش السوري','ACTOR','SY_GOV'), ('L10:ريف حلب الشرقي','LOCATION','aleppo-east-countryside'),
 ('L10:أكثر من 200 بلدة','QUANTITY',None,(200,True,'other')), ('L10:دير حافر','LOCATION','deir-hafer'), ('L10:مطار الجراح العسكري','LOCATION','jirah-airbase'),
]
times = [
 ('L2:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L8:الشهر الماضي', '2017-05', 'month'),
 ('L10:منتصف كانون الثاني الماضي', '2017-01', 'month'),
]
T = 'L2:صباح اليوم الأحد'
SRC = 'مصدر عسكري ميداني (المصدر نيوز)'
SDFS = 'مصدر في قسد'
events = [
 dict(type='CONTROL', trig='L2:استعادت', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L2:مدينة مسكنة'),                                        # 1
 dict(type='ATTACK', trig='L2:معارك', actors=['SY_GOV', 'ISIS'], loc='L2:مدينة مسكنة', qty=['L2:أربعة أيام']),                                       # 2
 dict(type='MOVEMENT', trig='L3:دخلت', time=T, actors=['SY_GOV'], loc='L3:المدينة', qty=['L3:محورين'], attr=SRC),                                   # 3
 dict(type='ATTACK', trig='L3:تمهيد ناري', actors=['SY_GOV'], targets=['ISIS'], loc='L3:المدينة', attr=SRC),                                        # 4
 dict(type='WITHDRAWAL', trig='L3:الانسحاب', time=T, actors=['ISIS'], loc='L3:المدينة', attr=SRC),                                                  # 5
 dict(type='ATTACK', trig='L4:المعارك', actors=['SY_GOV', 'ISIS'], qty=['L4:أكثر من 40 مسلحاً'], attr=SRC),                                        # 6
 dict(type='ATTACK', trig='L4:دُمّرت', actors=['SY_GOV'], targets=['ISIS'], loc='L4:مدخل المدينة الغربي', weapons=['L4:عربات مفخخة'],
      qty=['L4:ثلاث عربات مفخخة'], attr=SRC),                                                                                                          # 7
 dict(type='MOVEMENT', trig='L4:تقدم', actors=['SY_GOV'], loc='L4:مدخل المدينة الغربي', attr=SRC),                                                  # 8
 dict(type='OPERATION', trig='L4:تفكيك', time=T, actors=['SY_GOV'], weapons=['L4:العبوات الناسفة'], attr=SRC),                                      # 9
 dict(type='OPERATION', trig='L5:للعملية', actors=['SY_GOV', 'RU'], targets=['ISIS']),                                                              # 10
 dict(type='ATTACK', trig='L5:الغارات', actors=['RU', 'SY_GOV'], targets=['ISIS'], loc='L5:محيط المدينة', qty=['L5:عشرات الغارات']),                 # 11
 dict(type='CONTROL', trig='L6:استعادة', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L6:مسكنة'),                                              # 12
 dict(type='CONTROL', trig='L6:سيطرت', time='L6:خلال الأيام الماضية', actors=['SY_GOV'], targets=['ISIS'], loc='L6:الضفة الجنوبية لبحيرة الأسد',
      qty=['L6:أكثر من 30 قرية']),                                                                                                                      # 13
 dict(type='MOVEMENT', trig='L7:للتقدم', mod='planned', actors=['SY_GOV'], loc='L7:بلدة الرصافة'),                                                  # 14
 dict(type='MOVEMENT', trig='L8:حشد', time=T, actors=['SDF'], loc='L8:أطراف مدينة الرقة'),                                                           # 15
 dict(type='CONTROL', trig='L8:سيطرتها', time='L8:الشهر الماضي', actors=['SDF'], targets=['ISIS'], loc='L8:مدينة الطبقة'),                          # 16
 dict(type='OPERATION', trig='L8:الهجوم', mod='planned', actors=['SDF', 'US'], targets=['ISIS'], loc='L8:المدينة'),                                 # 17
 dict(type='OPERATION', trig='L10:عمليته', time='L10:منتصف كانون الثاني الماضي', actors=['SY_GOV'], loc='L10:ريف حلب الشرقي'),                     # 18
 dict(type='CONTROL', trig='L10:استعاد', actors=['SY_GOV'], loc='L10:دير حافر', qty=['L10:أكثر من 200 بلدة']),                                      # 19
]
TD = (D, 'day')
V = (None, 'vague')
SINCE = ('2017-01/2017-06', 'month')
forces = [
 dict(actor='SY_GOV', assets='قوات النمر', loc=('مدينة مسكنة', 'maskanah'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة مسكنة', 'maskanah'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='ISIS', loc=('مدينة مسكنة', 'maskanah'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('المدينة', 'maskanah'), as_of=TD, status='arrived', source=SRC, line=3, events=[3]),
 dict(actor='ISIS', loc=('المدينة', 'maskanah'), as_of=TD, status='withdrawn', source=SRC, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('مدخل المدينة الغربي', 'maskanah-west-entrance'), as_of=TD, status='present', source=SRC, line=4, events=[7]),
 dict(actor='ISIS', assets='ثلاث عربات مفخخة', loc=('مدخل المدينة الغربي', 'maskanah-west-entrance'), as_of=TD, status='present', source=SRC, line=4, events=[7]),
 dict(actor='ISIS', assets='خطوط إمداد وتحصينات', loc=('محيط المدينة', 'maskanah-surroundings'), as_of=TD, status='attacked', line=5, events=[11]),
 dict(actor='ISIS', assets='خطوط إمداد وتحصينات', loc=('محطة الضخ', 'khafsa-pumping-station'), as_of=TD, status='attacked', line=5, events=[11]),
 dict(actor='SY_GOV', loc=('الضفة الجنوبية لبحيرة الأسد', 'lake-assad-south-bank'), as_of=V, status='controls', line=6, events=[13]),
 dict(actor='SDF', loc=('أطراف مدينة الرقة', 'raqqa-outskirts'), as_of=TD, status='reinforced', line=8, events=[15]),
 dict(actor='SDF', loc=('مدينة الطبقة', 'tabqa'), as_of=('2017-05', 'month'), status='controls', line=8, events=[16]),
 dict(actor='ISIS', strength=(4000, True, 'fighters'), loc=('الرقة', 'raqqa'), as_of=TD, status='present', source=SDFS, line=9, events=[]),
 dict(actor='SY_GOV', loc=('دير حافر', 'deir-hafer'), as_of=SINCE, status='controls', line=10, events=[19]),
 dict(actor='SY_GOV', loc=('مطار الجراح العسكري', 'jirah-airbase'), as_of=SINCE, status='controls', line=10, events=[19]),
]
build('almasdar-maskanah', None, 'المصدر نيوز', D, L, ents, times, events, forces)
