from build import build
L = [
'«جيش الفتح» يسيطر على مدينة إدلب.. ثاني مركز محافظة يخرج من قبضة الأسد',
'عواصم - اليوم، وكالات: سيطرت فصائل «جيش الفتح»، التي تضم «جبهة النصرة» و«حركة أحرار الشام» وفصائل إسلامية أخرى، أمس السبت، على مدينة إدلب في شمال غربي سوريا بشكل كامل، بعد معارك استمرت خمسة أيام مع قوات النظام السوري والميليشيات الموالية له، لتصبح إدلب ثاني مركز محافظة يخرج عن سيطرة نظام الأسد بعد الرقة.',
'وقالت مصادر في المعارضة إن مقاتلي «جيش الفتح» اقتحموا المدينة من محاور عدة، أبرزها محور المسطومة جنوباً ومحور بنش شرقاً، ورفعوا أعلامهم فوق مبنى المحافظة ومقر فرع الأمن العسكري، فيما انسحبت قوات النظام من المدينة باتجاه معسكر المسطومة وبلدة أريحا.',
'وقال المتحدث باسم «حركة أحرار الشام» أحمد قره علي لـ«اليوم» إن «معركة تحرير إدلب» التي انطلقت فجر الثلاثاء الماضي «لن تتوقف عند حدود المدينة»، مشيراً إلى أن الفصائل أسرت أكثر من 30 عنصراً من قوات النظام وغنمت ثلاث دبابات وكميات كبيرة من الذخائر.',
'في المقابل، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري أن وحدات الجيش «أعادت تجميع صفوفها في محيط المدينة» بعد «معارك بطولية مع آلاف الإرهابيين القادمين من تركيا»، نافية أن تكون المدينة قد سقطت بالكامل.',
'وألقت مروحيات النظام، مساء أمس، براميل متفجرة على أحياء المدينة وعلى بلدتي سرمين وبنش، ما أسفر عن مقتل 12 مدنياً بينهم أربعة أطفال، بحسب ناشطين والمرصد السوري لحقوق الإنسان، الذي قال إن أكثر من ألفي عائلة نزحت من المدينة خلال اليومين الماضيين.',
'وفي سياق متصل، استقدمت قوات النظام تعزيزات عسكرية إلى معسكر المسطومة ومدينة جسر الشغور ضمت نحو 40 آلية وعشرات العناصر من «قوات الدفاع الوطني» وميليشيا «حزب الله» اللبناني، وفق مصادر ميدانية، وسط توقعات بهجوم معاكس لاستعادة المدينة.',
'وتأتي سيطرة «جيش الفتح» على إدلب بعد أيام من سيطرة فصائل «الجبهة الجنوبية» في الجيش الحر على مدينة بصرى الشام في ريف درعا الأربعاء الماضي، في وقت تواصل فيه قوات التحالف بقيادة المملكة عملية «عاصفة الحزم» ضد ميليشيات الحوثي في اليمن لليوم الرابع على التوالي.',
]
D = '2015-03-29'   # Sunday; Dammam daily, web copy of its day
SAT = '2015-03-28'
JAF = 'OTHER:jaish-al-fateh'
AHRAR = 'OTHER:ahrar-al-sham'
NDF = 'OTHER:ndf'
HZ = 'HEZBOLLAH'
SAC = 'OTHER:saudi-led-coalition'
HOU = 'OTHER:houthis'
ents = [
 ('L0:جيش الفتح','ACTOR',JAF), ('L0:مدينة إدلب','LOCATION','idlib'), ('L0:الأسد','ACTOR','SY_GOV'),
 ('L1:اليوم','ORG','alyaum'), ('L1:فصائل «جيش الفتح»','ACTOR',JAF), ('L1:جبهة النصرة','ACTOR','NUSRA'), ('L1:حركة أحرار الشام','ACTOR',AHRAR),
 ('L1:مدينة إدلب','LOCATION','idlib'), ('L1:شمال غربي سوريا','LOCATION','northwest-syria'), ('L1:خمسة أيام','QUANTITY',None,(5,False,'other')),
 ('L1:قوات النظام السوري','ACTOR','SY_GOV'), ('L1:إدلب#1','LOCATION','idlib'), ('L1:نظام الأسد','ACTOR','SY_GOV'), ('L1:الرقة','LOCATION','raqqa'),
 ('L2:جيش الفتح','ACTOR',JAF), ('L2:المسطومة','LOCATION','mastumah'), ('L2:بنش','LOCATION','binnish'), ('L2:مبنى المحافظة','LOCATION','idlib-governorate-building'),
 ('L2:مقر فرع الأمن العسكري','LOCATION','idlib-military-security'), ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:معسكر المسطومة','LOCATION','mastumah-camp'),
 ('L2:بلدة أريحا','LOCATION','ariha'),
 ('L3:حركة أحرار الشام','ACTOR',AHRAR), ('L3:أحمد قره علي','PERSON','ahmad-qara-ali'), ('L3:اليوم','ORG','alyaum'), ('L3:إدلب','LOCATION','idlib'),
 ('L3:الفصائل','ACTOR',JAF), ('L3:أكثر من 30 عنصراً','QUANTITY',None,(30,True,'arrested')), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L3:ثلاث دبابات','QUANTITY',None,(3,False,'vehicles')), ('L3:دبابات','WEAPON','tanks'), ('L3:الذخائر','WEAPON','ammunition'),
 ('L4:وكالة الأنباء السورية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:الجيش','ACTOR','SY_GOV'),
 ('L4:آلاف الإرهابيين','QUANTITY',None,([1000,9999],True,'fighters')), ('L4:الإرهابيين','ACTOR',JAF), ('L4:تركيا','LOCATION','turkey'),
 ('L5:مروحيات','WEAPON','helicopters'), ('L5:النظام','ACTOR','SY_GOV'), ('L5:براميل متفجرة','WEAPON','barrel-bombs'),
 ('L5:بلدتي سرمين','LOCATION','sarmin'), ('L5:بنش','LOCATION','binnish'), ('L5:12 مدنياً','QUANTITY',None,(12,False,'killed')),
 ('L5:أربعة أطفال','QUANTITY',None,(4,False,'killed')), ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L5:أكثر من ألفي عائلة','QUANTITY',None,(2000,True,'other')),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:معسكر المسطومة','LOCATION','mastumah-camp'), ('L6:مدينة جسر الشغور','LOCATION','jisr-al-shughur'),
 ('L6:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L6:آلية','WEAPON','vehicles'), ('L6:عشرات العناصر','QUANTITY',None,([24,99],True,'fighters')),
 ('L6:قوات الدفاع الوطني','ACTOR',NDF), ('L6:حزب الله','ACTOR',HZ),
 ('L7:جيش الفتح','ACTOR',JAF), ('L7:إدلب','LOCATION','idlib'), ('L7:فصائل «الجبهة الجنوبية»','ACTOR','FSA'), ('L7:الجيش الحر','ACTOR','FSA'),
 ('L7:مدينة بصرى الشام','LOCATION','bosra'), ('L7:ريف درعا','LOCATION','daraa-countryside'), ('L7:قوات التحالف','ACTOR',SAC),
 ('L7:الحوثي','ACTOR',HOU), ('L7:اليمن','LOCATION','yemen'),
]
times = [
 ('L1:أمس السبت', SAT, 'day'),
 ('L3:فجر الثلاثاء الماضي', '2015-03-24', 'part-of-day', {'part': 'morning'}),
 ('L5:مساء أمس', SAT, 'part-of-day', {'part': 'evening'}),
 ('L5:خلال اليومين الماضيين', '2015-03-27/2015-03-29', 'day'),
 ('L7:الأربعاء الماضي', '2015-03-25', 'day'),
]
Y = 'L1:أمس السبت'
OPP = 'مصادر في المعارضة'
QA = 'أحمد قره علي'
SANA = 'مصدر عسكري (سانا)'
FLD = 'مصادر ميدانية'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=Y, actors=[JAF], targets=['SY_GOV'], loc='L1:مدينة إدلب'),                               # 1
 dict(type='ATTACK', trig='L1:معارك', time=Y, actors=[JAF, 'SY_GOV'], loc='L1:مدينة إدلب', qty=['L1:خمسة أيام']),                    # 2
 dict(type='ATTACK', trig='L2:اقتحموا', time=Y, actors=[JAF], targets=['SY_GOV'], attr=OPP),                                        # 3
 dict(type='CONTROL', trig='L2:رفعوا', time=Y, actors=[JAF], loc='L2:مبنى المحافظة', attr=OPP),                                      # 4
 dict(type='WITHDRAWAL', trig='L2:انسحبت', time=Y, actors=['SY_GOV'], attr=OPP),                                                    # 5
 dict(type='STATEMENT', trig='L3:قال', actors=[AHRAR], attr=QA),                                                                     # 6
 dict(type='OPERATION', trig='L3:معركة', time='L3:فجر الثلاثاء الماضي', actors=[JAF], targets=['SY_GOV'], loc='L3:إدلب', attr=QA),     # 7
 dict(type='ARREST', trig='L3:أسرت', actors=[JAF], targets=['SY_GOV'], attr=QA, qty=['L3:أكثر من 30 عنصراً']),                       # 8
 dict(type='MOVEMENT', trig='L4:تجميع', actors=['SY_GOV'], attr=SANA),                                                               # 9
 dict(type='ATTACK', trig='L4:معارك', actors=['SY_GOV', JAF], attr=SANA),                                                            # 10
 dict(type='CONTROL', trig='L4:سقطت', mod='denied', actors=[JAF], attr=SANA),                                                         # 11
 dict(type='ATTACK', trig='L5:ألقت', time='L5:مساء أمس', actors=['SY_GOV'], loc='L5:بلدتي سرمين', attr='ناشطين والمرصد السوري لحقوق الإنسان',
      weapons=['L5:مروحيات', 'L5:براميل متفجرة'], qty=['L5:12 مدنياً', 'L5:أربعة أطفال']),                                         # 12
 dict(type='MOVEMENT', trig='L6:استقدمت', actors=['SY_GOV', NDF, HZ], loc='L6:معسكر المسطومة', attr=FLD,
      weapons=['L6:آلية'], qty=['L6:نحو 40 آلية', 'L6:عشرات العناصر']),                                                             # 13
 dict(type='ATTACK', trig='L6:بهجوم', mod='expected', actors=['SY_GOV'], attr=FLD),                                                 # 14
 dict(type='CONTROL', trig='L7:سيطرة', time=Y, actors=[JAF], loc='L7:إدلب'),                                                         # 15
 dict(type='CONTROL', trig='L7:سيطرة#1', time='L7:الأربعاء الماضي', actors=['FSA'], loc='L7:مدينة بصرى الشام'),                     # 16
 dict(type='OPERATION', trig='L7:عملية', actors=[SAC], targets=[HOU], loc='L7:اليمن'),                                               # 17
]
SATD = (SAT, 'day')
OD = (D, 'day')
forces = [
 dict(actor=JAF, loc=('مدينة إدلب', 'idlib'), as_of=SATD, status='controls', line=1, events=[1]),
 dict(actor=JAF, loc=('مدينة إدلب', 'idlib'), as_of=SATD, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة إدلب', 'idlib'), as_of=SATD, status='present', line=1, events=[2]),
 dict(actor=JAF, loc=('مبنى المحافظة', 'idlib-governorate-building'), as_of=SATD, status='controls', source=OPP, line=2, events=[4]),
 dict(actor=JAF, loc=('مقر فرع الأمن العسكري', 'idlib-military-security'), as_of=SATD, status='controls', source=OPP, line=2, events=[4]),
 dict(actor='SY_GOV', loc=('المدينة', 'idlib'), as_of=SATD, status='withdrawn', source=OPP, line=2, events=[5]),
 dict(actor='SY_GOV', strength=(40, True, 'vehicles'), loc=('معسكر المسطومة', 'mastumah-camp'), as_of=OD, status='reinforced', source=FLD, line=6, events=[13]),
 dict(actor='SY_GOV', loc=('مدينة جسر الشغور', 'jisr-al-shughur'), as_of=OD, status='reinforced', source=FLD, line=6, events=[13]),
 dict(actor=JAF, loc=('إدلب', 'idlib'), as_of=SATD, status='controls', line=7, events=[15]),
 dict(actor='FSA', loc=('مدينة بصرى الشام', 'bosra'), as_of=('2015-03-25', 'day'), status='controls', line=7, events=[16]),
]
build('alyaum-idlib-fateh', None, 'اليوم', D, L, ents, times, events, forces)
