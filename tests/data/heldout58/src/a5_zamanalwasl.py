from build import build
L = [
'13 قتيلاً بانفجار سيارة مفخخة وسط تل أبيض.. وأنقرة تتهم "الوحدات الكردية"',
'قُتل 13 مدنياً وأصيب أكثر من 20 آخرين، ظهر اليوم السبت، جراء انفجار سيارة مفخخة في سوق شعبي وسط مدينة تل أبيض بريف الرقة الشمالي، الخاضعة لسيطرة "الجيش الوطني" المدعوم من تركيا، بحسب مراسل "زمان الوصل".',
'واتهمت وزارة الدفاع التركية، في تغريدة على "تويتر"، "وحدات حماية الشعب" الكردية بالوقوف وراء التفجير، وتوعدت بالرد عليه.',
'وانتشرت عناصر من الشرطة العسكرية التابعة لـ"الجيش الوطني" في محيط موقع الانفجار وأغلقت مداخل المدينة، فيما اعتقلت ثلاثة أشخاص يُشتبه بتورطهم في الهجوم، وفق المراسل.',
'وهذا التفجير هو الثاني الذي يضرب المدينة منذ سيطرة فصائل "الجيش الوطني" والجيش التركي عليها في 13 تشرين الأول الماضي، ضمن عملية "نبع السلام"، بعد انفجار دراجة نارية مفخخة قرب حاجز عند مدخلها الجنوبي الأسبوع الماضي.',
'في غضون ذلك، تجددت صباح اليوم الاشتباكات بين فصائل "الجيش الوطني" وميليشيا "قسد" على محور قرية المناجير جنوب رأس العين، وسط قصف مدفعي تركي على مواقع الميليشيا في بلدة أبو راسين.',
'كما دفعت قوات الأسد بنحو 20 آلية عسكرية إلى بلدة تل تمر وريفها، لتعزيز نقاطها التي انتشرت فيها أواخر الشهر الماضي بموجب الاتفاق مع "قسد" برعاية روسية.',
'ومن المقرر أن تسيّر القوات الروسية والتركية دورية مشتركة جديدة، الثلاثاء المقبل، في ريف مدينة عين العرب (كوباني)، وفق ما أعلنته وزارة الدفاع التركية.',
'وكان الرئيس التركي رجب طيب أردوغان قد هدد، أمس الجمعة، باستئناف العملية العسكرية إذا لم تنسحب "الوحدات الكردية" من الشريط الحدودي بعمق 30 كيلومتراً.',
'في المقابل، كانت وزارة الدفاع الروسية قد أعلنت، الثلاثاء الماضي، استكمال انسحاب "الوحدات الكردية" من الشريط الحدودي قبل انتهاء مهلة الـ150 ساعة التي حددها تفاهم سوتشي.',
'وتسيطر ميليشيا "قسد" على بلدة عين عيسى، التي تبعد نحو 40 كيلومتراً جنوب تل أبيض، وتنتشر فيها نقاط لقوات الأسد والشرطة العسكرية الروسية منذ منتصف الشهر الماضي.',
]
D = '2019-11-02'   # Saturday; Zaman al-Wasl web copy of its own day
ents = [
 ('L0:13 قتيلاً','QUANTITY',None,(13,False,'killed')), ('L0:سيارة مفخخة','WEAPON','car-bomb'), ('L0:تل أبيض','LOCATION','tal-abyad'),
 ('L0:أنقرة','ACTOR','TR'), ('L0:الوحدات الكردية','ACTOR','YPG'),
 ('L1:13 مدنياً','QUANTITY',None,(13,False,'killed')), ('L1:أكثر من 20','QUANTITY',None,(20,True,'wounded')),
 ('L1:سيارة مفخخة','WEAPON','car-bomb'), ('L1:سوق شعبي','LOCATION','tal-abyad-market'), ('L1:مدينة تل أبيض','LOCATION','tal-abyad'),
 ('L1:ريف الرقة الشمالي','LOCATION','raqqa-north-countryside'), ('L1:الجيش الوطني','ACTOR','FSA'), ('L1:تركيا','ACTOR','TR'),
 ('L1:زمان الوصل','ORG','zamanalwasl'),
 ('L2:وزارة الدفاع التركية','ACTOR','TR'), ('L2:تويتر','ORG','twitter'), ('L2:وحدات حماية الشعب','ACTOR','YPG'),
 ('L3:الشرطة العسكرية','ACTOR','FSA'), ('L3:الجيش الوطني','ACTOR','FSA'), ('L3:محيط موقع الانفجار','LOCATION','tal-abyad-blast-site'),
 ('L3:مداخل المدينة','LOCATION','tal-abyad-entrances'), ('L3:ثلاثة أشخاص','QUANTITY',None,(3,False,'arrested')),
 ('L4:المدينة','LOCATION','tal-abyad'), ('L4:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L4:الجيش التركي','ACTOR','TR'),
 ('L4:دراجة نارية مفخخة','WEAPON','motorcycle-bomb'),
 ('L5:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L5:قسد','ACTOR','SDF'), ('L5:محور قرية المناجير','LOCATION','manajir'),
 ('L5:رأس العين','LOCATION','ras-al-ain'), ('L5:الميليشيا','ACTOR','SDF'), ('L5:بلدة أبو راسين','LOCATION','abu-rasin'),
 ('L6:قوات الأسد','ACTOR','SY_GOV'), ('L6:نحو 20 آلية عسكرية','QUANTITY',None,(20,True,'vehicles')), ('L6:آلية عسكرية','WEAPON','military-vehicles'),
 ('L6:بلدة تل تمر','LOCATION','tal-tamr'), ('L6:قسد','ACTOR','SDF'),
 ('L7:القوات الروسية','ACTOR','RU'), ('L7:ريف مدينة عين العرب','LOCATION','kobani-countryside'), ('L7:كوباني','LOCATION','kobani'),
 ('L7:وزارة الدفاع التركية','ACTOR','TR'),
 ('L8:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L8:الوحدات الكردية','ACTOR','YPG'), ('L8:الشريط الحدودي','LOCATION','syria-turkey-border-strip'),
 ('L8:30 كيلومتراً','QUANTITY',None,(30,False,'km')),
 ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:الوحدات الكردية','ACTOR','YPG'), ('L9:الشريط الحدودي','LOCATION','syria-turkey-border-strip'),
 ('L9:الـ150 ساعة','QUANTITY',None,(150,False,'other')), ('L9:سوتشي','LOCATION','sochi'),
 ('L10:قسد','ACTOR','SDF'), ('L10:بلدة عين عيسى','LOCATION','ain-issa'), ('L10:نحو 40 كيلومتراً','QUANTITY',None,(40,True,'km')),
 ('L10:تل أبيض','LOCATION','tal-abyad'), ('L10:قوات الأسد','ACTOR','SY_GOV'), ('L10:الشرطة العسكرية الروسية','ACTOR','RU'),
]
times = [
 ('L1:ظهر اليوم السبت', D, 'part-of-day', {'part': 'noon'}),
 ('L4:13 تشرين الأول الماضي', '2019-10-13', 'day'),
 ('L4:الأسبوع الماضي', '2019-10-21/2019-10-27', 'week'),
 ('L5:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:أواخر الشهر الماضي', '2019-10', 'month'),
 ('L7:الثلاثاء المقبل', '2019-11-05', 'day'),
 ('L8:أمس الجمعة', '2019-11-01', 'day'),
 ('L9:الثلاثاء الماضي', '2019-10-29', 'day'),
 ('L10:منذ منتصف الشهر الماضي', '2019-10/2019-11', 'month'),
]
NOON = 'L1:ظهر اليوم السبت'
COR = 'مراسل زمان الوصل'
TMOD = 'وزارة الدفاع التركية'
events = [
 dict(type='ATTACK', trig='L1:قُتل', time=NOON, loc='L1:مدينة تل أبيض', weapons=['L1:سيارة مفخخة'],
      qty=['L1:13 مدنياً', 'L1:أكثر من 20'], attr=COR),                                                                          # 1
 dict(type='CONTROL', trig='L1:الخاضعة لسيطرة', time=NOON, actors=['FSA'], loc='L1:مدينة تل أبيض', attr=COR),                  # 2
 dict(type='ATTACK', trig='L2:التفجير', time=NOON, actors=['YPG'], loc=None, attr=TMOD),                                         # 3
 dict(type='ATTACK', trig='L2:بالرد', mod='planned', actors=['TR'], targets=['YPG'], attr=TMOD),                                  # 4
 dict(type='MOVEMENT', trig='L3:انتشرت', time=NOON, actors=['FSA'], loc='L3:محيط موقع الانفجار', attr=COR),                     # 5
 dict(type='ARREST', trig='L3:اعتقلت', time=NOON, actors=['FSA'], qty=['L3:ثلاثة أشخاص'], attr=COR),                            # 6
 dict(type='ATTACK', trig='L3:الهجوم', time=NOON, attr=COR),                                                                  # 7
 dict(type='ATTACK', trig='L4:التفجير', time=NOON, loc='L4:المدينة'),                                                          # 8
 dict(type='CONTROL', trig='L4:سيطرة', time='L4:13 تشرين الأول الماضي', actors=['FSA', 'TR'], targets=['SDF'], loc='L4:المدينة'),  # 9
 dict(type='OPERATION', trig='L4:عملية', actors=['TR', 'FSA'], targets=['SDF']),                                               # 10
 dict(type='ATTACK', trig='L4:انفجار', time='L4:الأسبوع الماضي', weapons=['L4:دراجة نارية مفخخة']),                               # 11
 dict(type='ATTACK', trig='L5:الاشتباكات', time='L5:صباح اليوم', actors=['FSA', 'SDF'], loc='L5:محور قرية المناجير'),               # 12
 dict(type='ATTACK', trig='L5:قصف', time='L5:صباح اليوم', actors=['TR'], targets=['SDF'], loc='L5:بلدة أبو راسين'),               # 13
 dict(type='MOVEMENT', trig='L6:دفعت', actors=['SY_GOV'], loc='L6:بلدة تل تمر', weapons=['L6:آلية عسكرية'],
      qty=['L6:نحو 20 آلية عسكرية']),                                                                                          # 14
 dict(type='MOVEMENT', trig='L6:انتشرت', time='L6:أواخر الشهر الماضي', actors=['SY_GOV'], loc='L6:بلدة تل تمر'),                  # 15
 dict(type='AGREEMENT', trig='L6:الاتفاق', time='L6:أواخر الشهر الماضي', actors=['SY_GOV', 'SDF', 'RU']),                         # 16
 dict(type='TRAINING', trig='L7:دورية', time='L7:الثلاثاء المقبل', mod='planned', actors=['RU', 'TR'],
      loc='L7:ريف مدينة عين العرب', attr=TMOD),                                                                                # 17
 dict(type='STATEMENT', trig='L7:أعلنته', actors=['TR'], attr=TMOD),                                                         # 18
 dict(type='OPERATION', trig='L8:باستئناف', time='L8:أمس الجمعة', mod='planned', actors=['TR'], targets=['YPG'],
      attr='رجب طيب أردوغان'),                                                                                                # 19
 dict(type='WITHDRAWAL', trig='L8:تنسحب', mod='planned', actors=['YPG'], loc='L8:الشريط الحدودي', qty=['L8:30 كيلومتراً'],
      attr='رجب طيب أردوغان'),                                                                                                # 20
 dict(type='STATEMENT', trig='L9:أعلنت', time='L9:الثلاثاء الماضي', actors=['RU'], attr='وزارة الدفاع الروسية'),                 # 21
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time='L9:الثلاثاء الماضي', actors=['YPG'], loc='L9:الشريط الحدودي',
      attr='وزارة الدفاع الروسية'),                                                                                           # 22
 dict(type='AGREEMENT', trig='L9:تفاهم', actors=['RU', 'TR'], loc='L9:سوتشي', attr='وزارة الدفاع الروسية'),                      # 23
 dict(type='CONTROL', trig='L10:تسيطر', actors=['SDF'], loc='L10:بلدة عين عيسى'),                                                # 24
 dict(type='MOVEMENT', trig='L10:تنتشر', time='L10:منذ منتصف الشهر الماضي', actors=['SY_GOV', 'RU'], loc='L10:بلدة عين عيسى'),       # 25
]
TD = (D, 'day')
forces = [
 dict(actor='FSA', loc=('مدينة تل أبيض', 'tal-abyad'), as_of=TD, status='controls', source=COR, line=1, events=[2]),
 dict(actor='FSA', loc=('المدينة', 'tal-abyad'), as_of=('2019-10-13', 'day'), status='controls', line=4, events=[9]),
 dict(actor='TR', loc=('المدينة', 'tal-abyad'), as_of=('2019-10-13', 'day'), status='controls', line=4, events=[9]),
 dict(actor='FSA', loc=('محور قرية المناجير', 'manajir'), as_of=(D, 'part-of-day'), status='present', line=5, events=[12]),
 dict(actor='SDF', loc=('محور قرية المناجير', 'manajir'), as_of=(D, 'part-of-day'), status='present', line=5, events=[12]),
 dict(actor='SDF', assets='مواقع', loc=('بلدة أبو راسين', 'abu-rasin'), as_of=(D, 'part-of-day'), status='attacked', line=5, events=[13]),
 dict(actor='SY_GOV', strength=(20, True, 'vehicles'), assets='نحو 20 آلية عسكرية', loc=('بلدة تل تمر', 'tal-tamr'), as_of=TD,
      status='reinforced', line=6, events=[14]),
 dict(actor='YPG', loc=('الشريط الحدودي', 'syria-turkey-border-strip'), as_of=('2019-10-29', 'day'), status='withdrawn',
      source='وزارة الدفاع الروسية', line=9, events=[22]),
 dict(actor='SDF', loc=('بلدة عين عيسى', 'ain-issa'), as_of=TD, status='controls', line=10, events=[24]),
 dict(actor='SY_GOV', assets='نقاط', loc=('بلدة عين عيسى', 'ain-issa'), as_of=('2019-10/2019-11', 'month'), status='present', line=10, events=[25]),
 dict(actor='RU', assets='الشرطة العسكرية الروسية', loc=('بلدة عين عيسى', 'ain-issa'), as_of=('2019-10/2019-11', 'month'), status='present',
      line=10, events=[25]),
]
build('zamanalwasl-tal-abyad-car-bomb', None, 'زمان الوصل', D, L, ents, times, events, forces)
