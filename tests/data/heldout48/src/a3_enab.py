from build import build
L = [
'"تحرير الشام" تتسلم معبر باب الهوى بعد انسحاب "أحرار الشام" منه',
'تسلمت "هيئة تحرير الشام" معبر باب الهوى الحدودي مع تركيا، اليوم الأحد 23 من تموز، بعد انسحاب مقاتلي "حركة أحرار الشام الإسلامية" منه، تطبيقًا لاتفاق وقف إطلاق النار الذي توصل إليه الطرفان مساء الجمعة الماضي.',
'وقال مراسل عنب بلدي في ريف إدلب الشمالي إن رتلًا من نحو 20 سيارة تابعة للحركة خرج من المعبر صباح اليوم باتجاه جبل الزاوية، فيما انتشر عناصر الهيئة على البوابة الرئيسية وفي ساحة الشاحنات.',
'وجاء الاتفاق بعد أربعة أيام من الاشتباكات بين الطرفين، بدأت فجر الثلاثاء الماضي في بلدات ريف إدلب الشمالي وامتدت إلى مدينة سراقب، وأسفرت عن مقتل 15 مدنيًا على الأقل، بحسب "الدفاع المدني السوري".',
'وخلال المواجهات سيطرت "تحرير الشام" على مدينتي الدانا وسرمدا، وعلى عشرات الحواجز والمقرات التابعة لـ"الأحرار"، بينما انضمت كتائب من الحركة في ريف حلب الغربي إلى الهيئة بكامل عتادها.',
'ونص الاتفاق، الذي نشرته الهيئة عبر معرفاتها الرسمية في "تلغرام"، على تسليم إدارة المعبر إلى "إدارة مدنية"، وإطلاق سراح الموقوفين لدى الطرفين، وانسحاب مقاتلي الحركة من مدينة إدلب إلى جبل الزاوية وسهل الغاب.',
'في المقابل، نفى المسؤول الإعلامي في "أحرار الشام" محمد أبو زيد، في حديث إلى عنب بلدي، أن تكون الحركة قد انسحبت من مدينة أريحا، مؤكدًا أن مقاتليها "ما زالوا في مواقعهم" داخل المدينة وفي محيط جبل الأربعين.',
'وكانت الهيئة قد حشدت، بحسب ناشطين، أكثر من ألف مقاتل من ريف إدلب الجنوبي باتجاه معبر باب الهوى، الخميس الماضي، قبل أن تدخل بلدة سرمدا المجاورة.',
'من جهتها، قالت وزارة الخارجية التركية إنها تتابع "بقلق" التطورات في إدلب، فيما أغلقت السلطات التركية معبر باب الهوى أمام الشاحنات التجارية منذ الأربعاء الماضي.',
'وتعد هذه المواجهات الأعنف بين الطرفين منذ تشكيل "هيئة تحرير الشام" في أواخر كانون الثاني الماضي، إثر اندماج "جبهة فتح الشام" (النصرة سابقًا) مع فصائل أخرى.',
'وتسيطر الهيئة اليوم على معظم الشريط الحدودي مع تركيا في محافظة إدلب، إلى جانب مدينة إدلب، في حين تتركز "أحرار الشام" في جبل الزاوية وسهل الغاب وريف حماة الشمالي.',
]
D = '2017-07-23'   # Sunday; web copy of its own day
AHR = 'OTHER:ahrar-al-sham'
ents = [
 ('L0:تحرير الشام','ACTOR','NUSRA'), ('L0:معبر باب الهوى','LOCATION','bab-al-hawa-crossing'), ('L0:أحرار الشام','ACTOR',AHR),
 ('L1:هيئة تحرير الشام','ACTOR','NUSRA'), ('L1:معبر باب الهوى','LOCATION','bab-al-hawa-crossing'), ('L1:تركيا','LOCATION','turkey'),
 ('L1:حركة أحرار الشام الإسلامية','ACTOR',AHR),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:ريف إدلب الشمالي','LOCATION','idlib-north-countryside'),
 ('L2:نحو 20 سيارة','QUANTITY',None,(20,True,'vehicles')), ('L2:سيارة','WEAPON','vehicles'), ('L2:لحركة','ACTOR',AHR),
 ('L2:المعبر','LOCATION','bab-al-hawa-crossing'), ('L2:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L2:الهيئة','ACTOR','NUSRA'),
 ('L2:البوابة الرئيسية','LOCATION','bab-al-hawa-gate'), ('L2:ساحة الشاحنات','LOCATION','bab-al-hawa-truck-yard'),
 ('L3:أربعة أيام','QUANTITY',None,(4,False,'other')), ('L3:بلدات ريف إدلب الشمالي','LOCATION','idlib-north-countryside'),
 ('L3:مدينة سراقب','LOCATION','saraqib'), ('L3:15 مدنيًا على الأقل','QUANTITY',None,(15,True,'killed')),
 ('L3:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L4:تحرير الشام','ACTOR','NUSRA'), ('L4:مدينتي الدانا','LOCATION','dana'), ('L4:سرمدا','LOCATION','sarmada'),
 ('L4:عشرات الحواجز','QUANTITY',None,([24, 99],True,'other')), ('L4:الأحرار','ACTOR',AHR), ('L4:الحركة','ACTOR',AHR),
 ('L4:ريف حلب الغربي','LOCATION','aleppo-west-countryside'), ('L4:الهيئة','ACTOR','NUSRA'),
 ('L5:الهيئة','ACTOR','NUSRA'), ('L5:تلغرام','ORG','telegram'), ('L5:المعبر','LOCATION','bab-al-hawa-crossing'),
 ('L5:إدارة مدنية','ORG','bab-al-hawa-civil-administration'), ('L5:الحركة','ACTOR',AHR), ('L5:مدينة إدلب','LOCATION','idlib'),
 ('L5:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L5:سهل الغاب','LOCATION','ghab-plain'),
 ('L6:أحرار الشام','ACTOR',AHR), ('L6:محمد أبو زيد','PERSON','mohammed-abu-zeid'), ('L6:عنب بلدي','ORG','enab-baladi'),
 ('L6:الحركة','ACTOR',AHR), ('L6:مدينة أريحا','LOCATION','ariha'), ('L6:المدينة','LOCATION','ariha'), ('L6:جبل الأربعين','LOCATION','jabal-al-arbaeen'),
 ('L7:الهيئة','ACTOR','NUSRA'), ('L7:أكثر من ألف مقاتل','QUANTITY',None,(1000,True,'fighters')),
 ('L7:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L7:معبر باب الهوى','LOCATION','bab-al-hawa-crossing'),
 ('L7:بلدة سرمدا','LOCATION','sarmada'),
 ('L8:وزارة الخارجية التركية','ACTOR','TR'), ('L8:إدلب','LOCATION','idlib-governorate'), ('L8:السلطات التركية','ACTOR','TR'),
 ('L8:معبر باب الهوى','LOCATION','bab-al-hawa-crossing'),
 ('L9:هيئة تحرير الشام','ACTOR','NUSRA'), ('L9:جبهة فتح الشام','ACTOR','NUSRA'), ('L9:النصرة','ACTOR','NUSRA'),
 ('L10:الهيئة','ACTOR','NUSRA'), ('L10:الشريط الحدودي','LOCATION','idlib-turkey-border-strip'), ('L10:تركيا','LOCATION','turkey'),
 ('L10:محافظة إدلب','LOCATION','idlib-governorate'), ('L10:مدينة إدلب','LOCATION','idlib'), ('L10:أحرار الشام','ACTOR',AHR),
 ('L10:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L10:سهل الغاب','LOCATION','ghab-plain'),
 ('L10:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
]
times = [
 ('L1:اليوم الأحد 23 من تموز', D, 'day'),
 ('L1:مساء الجمعة الماضي', '2017-07-21', 'part-of-day', {'part': 'evening'}),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:فجر الثلاثاء الماضي', '2017-07-18', 'part-of-day', {'part': 'morning'}),
 ('L7:الخميس الماضي', '2017-07-20', 'day'),
 ('L8:منذ الأربعاء الماضي', '2017-07-19/' + D, 'day'),
 ('L9:أواخر كانون الثاني الماضي', '2017-01', 'month'),
 ('L10:اليوم', D, 'day'),
]
T = 'L1:اليوم الأحد 23 من تموز'
FRI = 'L1:مساء الجمعة الماضي'
TUE = 'L3:فجر الثلاثاء الماضي'
THU = 'L7:الخميس الماضي'
COR = 'مراسل عنب بلدي في ريف إدلب الشمالي'
events = [
 dict(type='CONTROL', trig='L1:تسلمت', time=T, actors=['NUSRA'], targets=[AHR], loc='L1:معبر باب الهوى'),                         # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=T, actors=[AHR], loc='L1:معبر باب الهوى'),                                       # 2
 dict(type='AGREEMENT', trig='L1:اتفاق', time=FRI, actors=['NUSRA', AHR]),                                                     # 3
 dict(type='WITHDRAWAL', trig='L2:خرج', time='L2:صباح اليوم', actors=[AHR], loc='L2:المعبر', weapons=['L2:سيارة'],
      qty=['L2:نحو 20 سيارة'], attr=COR),                                                                                   # 4
 dict(type='MOVEMENT', trig='L2:انتشر', time='L2:صباح اليوم', actors=['NUSRA'], loc='L2:البوابة الرئيسية', attr=COR),              # 5
 dict(type='AGREEMENT', trig='L3:الاتفاق', time=FRI, actors=['NUSRA', AHR]),                                                   # 6
 dict(type='ATTACK', trig='L3:الاشتباكات', time=TUE, actors=['NUSRA', AHR], loc='L3:بلدات ريف إدلب الشمالي',
      qty=['L3:أربعة أيام', 'L3:15 مدنيًا على الأقل'], attr='الدفاع المدني السوري'),                                               # 7
 dict(type='ATTACK', trig='L4:المواجهات', time=TUE, actors=['NUSRA', AHR]),                                                   # 8
 dict(type='CONTROL', trig='L4:سيطرت', actors=['NUSRA'], targets=[AHR], loc='L4:مدينتي الدانا', qty=['L4:عشرات الحواجز']),         # 9
 dict(type='AGREEMENT', trig='L5:الاتفاق', time=FRI, actors=['NUSRA', AHR], attr='هيئة تحرير الشام'),                           # 10
 dict(type='CONTROL', trig='L5:تسليم', mod='planned', loc='L5:المعبر', attr='هيئة تحرير الشام'),                                 # 11
 dict(type='WITHDRAWAL', trig='L5:انسحاب', mod='planned', actors=[AHR], loc='L5:مدينة إدلب', attr='هيئة تحرير الشام'),            # 12
 dict(type='WITHDRAWAL', trig='L6:انسحبت', mod='denied', actors=[AHR], loc='L6:مدينة أريحا', attr='محمد أبو زيد'),                # 13
 dict(type='MOVEMENT', trig='L7:حشدت', time=THU, actors=['NUSRA'], loc='L7:معبر باب الهوى', qty=['L7:أكثر من ألف مقاتل'], attr='ناشطين'),  # 14
 dict(type='MOVEMENT', trig='L7:تدخل', time=THU, actors=['NUSRA'], loc='L7:بلدة سرمدا', attr='ناشطين'),                          # 15
 dict(type='STATEMENT', trig='L8:قالت', actors=['TR'], attr='وزارة الخارجية التركية'),                                          # 16
 dict(type='ATTACK', trig='L9:المواجهات', time=TUE, actors=['NUSRA', AHR]),                                                   # 17
 dict(type='CONTROL', trig='L10:تسيطر', time='L10:اليوم', actors=['NUSRA'], loc='L10:الشريط الحدودي'),                          # 18
 dict(type='MOVEMENT', trig='L10:تتركز', actors=[AHR], loc='L10:جبل الزاوية'),                                                 # 19
]
TD = (D, 'day')
MO = (D, 'part-of-day')
FIGHT = ('2017-07-18/2017-07-21', 'day')
forces = [
 dict(actor='NUSRA', loc=('معبر باب الهوى', 'bab-al-hawa-crossing'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor=AHR, loc=('معبر باب الهوى', 'bab-al-hawa-crossing'), as_of=TD, status='withdrawn', line=1, events=[2]),
 dict(actor=AHR, strength=(20, True, 'vehicles'), assets='رتل من نحو 20 سيارة', loc=('المعبر', 'bab-al-hawa-crossing'), as_of=MO,
      status='withdrawn', source=COR, line=2, events=[4]),
 dict(actor='NUSRA', loc=('البوابة الرئيسية', 'bab-al-hawa-gate'), as_of=MO, status='present', source=COR, line=2, events=[5]),
 dict(actor='NUSRA', loc=('ساحة الشاحنات', 'bab-al-hawa-truck-yard'), as_of=MO, status='present', source=COR, line=2, events=[5]),
 dict(actor='NUSRA', loc=('بلدات ريف إدلب الشمالي', 'idlib-north-countryside'), as_of=FIGHT, status='present', source='الدفاع المدني السوري', line=3, events=[7]),
 dict(actor=AHR, loc=('بلدات ريف إدلب الشمالي', 'idlib-north-countryside'), as_of=FIGHT, status='present', source='الدفاع المدني السوري', line=3, events=[7]),
 dict(actor='NUSRA', loc=('مدينة سراقب', 'saraqib'), as_of=FIGHT, status='present', source='الدفاع المدني السوري', line=3, events=[7]),
 dict(actor=AHR, loc=('مدينة سراقب', 'saraqib'), as_of=FIGHT, status='present', source='الدفاع المدني السوري', line=3, events=[7]),
 dict(actor='NUSRA', loc=('مدينتي الدانا', 'dana'), as_of=FIGHT, status='controls', line=4, events=[9]),
 dict(actor='NUSRA', loc=('سرمدا', 'sarmada'), as_of=FIGHT, status='controls', line=4, events=[9]),
 dict(actor=AHR, loc=('مدينة أريحا', 'ariha'), as_of=TD, status='present', source='محمد أبو زيد (عنب بلدي)', line=6, events=[13]),
 dict(actor=AHR, loc=('جبل الأربعين', 'jabal-al-arbaeen'), as_of=TD, status='present', source='محمد أبو زيد (عنب بلدي)', line=6, events=[13]),
 dict(actor='NUSRA', strength=(1000, True, 'fighters'), loc=('معبر باب الهوى', 'bab-al-hawa-crossing'), as_of=('2017-07-20', 'day'),
      status='reinforced', source='ناشطون', line=7, events=[14]),
 dict(actor='NUSRA', loc=('بلدة سرمدا', 'sarmada'), as_of=('2017-07-20', 'day'), status='arrived', source='ناشطون', line=7, events=[15]),
 dict(actor='NUSRA', loc=('الشريط الحدودي', 'idlib-turkey-border-strip'), as_of=TD, status='controls', line=10, events=[18]),
 dict(actor='NUSRA', loc=('مدينة إدلب', 'idlib'), as_of=TD, status='controls', line=10, events=[18]),
 dict(actor=AHR, loc=('جبل الزاوية', 'jabal-al-zawiya'), as_of=TD, status='present', line=10, events=[19]),
 dict(actor=AHR, loc=('سهل الغاب', 'ghab-plain'), as_of=TD, status='present', line=10, events=[19]),
 dict(actor=AHR, loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=TD, status='present', line=10, events=[19]),
]
build('enab-bab-al-hawa-ahrar', None, 'عنب بلدي', D, L, ents, times, events, forces)
