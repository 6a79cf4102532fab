from build import build
L = [
'الجيش السوري يدخل عين الفيجة.. والحافلات تتجمع لنقل المسلحين إلى إدلب',
'دخلت وحدات من الجيش السوري ومقاتلون من "حزب الله"، أمس السبت، بلدة عين الفيجة في وادي بردى بريف دمشق الشمالي الغربي، ورفعت العلم السوري فوق منشأة النبع التي تغذي العاصمة بنحو 70 في المئة من حاجتها من مياه الشرب.',
'وجاء الدخول تنفيذاً لاتفاق تم التوصل إليه الخميس الماضي بين الحكومة السورية ووجهاء قرى الوادي والفصائل المسلحة، يقضي بخروج المسلحين الرافضين للتسوية إلى محافظة إدلب، وتسوية أوضاع الراغبين بالبقاء، ودخول ورش الصيانة إلى النبع.',
'وقالت مراسلة "الجديد" إن الحافلات الخضراء بدأت صباح اليوم بالتجمع عند مدخل بلدة دير قانون، تمهيداً لنقل نحو 1800 شخص، بينهم قرابة 700 مسلح، على دفعتين باتجاه الشمال السوري بإشراف الهلال الأحمر.',
'وأفادت المراسلة بأن ورش المؤسسة العامة لمياه الشرب دخلت النبع ترافقها عناصر من الجيش لتقييم الأضرار، تمهيداً لإعادة ضخ المياه إلى دمشق المقطوعة عنها منذ 22 كانون الأول الماضي.',
'وكان الجيش، بمساندة مقاتلي "حزب الله"، قد أطلق أواخر كانون الأول عملية عسكرية في وادي بردى، بعد أن اتهمت دمشق المسلحين بتفجير منشآت النبع، وهو ما نفته الفصائل التي اتهمت الطيران السوري بقصف النبع.',
'وشهد الوادي خلال الأسابيع الماضية معارك عنيفة تمكن خلالها الجيش من السيطرة على بلدات بسيمة وعين الخضرة ودير مقرن، فيما تعثرت مفاوضات سابقة إثر اغتيال اللواء المتقاعد أحمد الغضبان، المكلف بملف المصالحة، برصاص مجهولين في 14 كانون الثاني الجاري.',
'من جهته، قال مصدر ميداني لـ"الجديد" إن نحو 400 عنصر من "جبهة فتح الشام" كانوا يتمركزون في قرى الوادي، وإن معظمهم سيغادرون مع الدفعة الأولى، على أن تنتشر وحدات من الجيش في القرى بعد خروجهم.',
'وفي سياق متصل، أعلنت وزارة الدفاع الروسية أن مركز المصالحة في حميميم سجل 9 خروقات لوقف إطلاق النار الشامل المعلن منذ 30 كانون الأول، معظمها في ريف دمشق، متهمة "جبهة النصرة" بالوقوف وراءها.',
'ويعد وادي بردى، الذي يضم 13 قرية، آخر معاقل الفصائل المسلحة في ريف دمشق الغربي، بعد خروج مقاتلي داريا والمعضمية وقدسيا والهامة إلى إدلب خلال الأشهر الماضية.',
]
D = '2017-01-29'   # Sunday; Beirut TV channel's website, web copy of its own day
SAT = '2017-01-28'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:عين الفيجة','LOCATION','ain-al-fijeh'), ('L0:إدلب','LOCATION','idlib'),
 ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:حزب الله','ACTOR',HZ), ('L1:بلدة عين الفيجة','LOCATION','ain-al-fijeh'),
 ('L1:وادي بردى','LOCATION','wadi-barada'), ('L1:ريف دمشق الشمالي الغربي','LOCATION','damascus-northwest-countryside'),
 ('L1:منشأة النبع','LOCATION','ain-al-fijeh-spring'), ('L1:العاصمة','LOCATION','damascus'), ('L1:نحو 70 في المئة','QUANTITY',None,(70,True,'other')),
 ('L2:الحكومة السورية','ACTOR','SY_GOV'), ('L2:قرى الوادي','LOCATION','wadi-barada-villages'), ('L2:الفصائل المسلحة','ACTOR','FSA'),
 ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:النبع','LOCATION','ain-al-fijeh-spring'),
 ('L3:الجديد','ORG','aljadeed'), ('L3:بلدة دير قانون','LOCATION','deir-qanun'), ('L3:نحو 1800 شخص','QUANTITY',None,(1800,True,'people')),
 ('L3:قرابة 700 مسلح','QUANTITY',None,(700,True,'fighters')), ('L3:دفعتين','QUANTITY',None,(2,False,'other')),
 ('L3:الشمال السوري','LOCATION','north-syria'), ('L3:الهلال الأحمر','ORG','sarc'),
 ('L4:المؤسسة العامة لمياه الشرب','ORG','damascus-water-establishment'), ('L4:النبع','LOCATION','ain-al-fijeh-spring'),
 ('L4:الجيش','ACTOR','SY_GOV'), ('L4:دمشق','LOCATION','damascus'),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:حزب الله','ACTOR',HZ), ('L5:وادي بردى','LOCATION','wadi-barada'), ('L5:دمشق','ACTOR','SY_GOV'),
 ('L5:منشآت النبع','LOCATION','ain-al-fijeh-spring'), ('L5:الفصائل','ACTOR','FSA'), ('L5:الطيران السوري','ACTOR','SY_GOV'),
 ('L5:النبع#1','LOCATION','ain-al-fijeh-spring'),
 ('L6:الوادي','LOCATION','wadi-barada'), ('L6:الجيش','ACTOR','SY_GOV'), ('L6:بلدات بسيمة','LOCATION','basima'),
 ('L6:عين الخضرة','LOCATION','ain-al-khadra'), ('L6:دير مقرن','LOCATION','deir-miqrin'), ('L6:أحمد الغضبان','PERSON','ahmad-al-ghadban'),
 ('L6:مجهولين','ACTOR','UNKNOWN'),
 ('L7:الجديد','ORG','aljadeed'), ('L7:نحو 400 عنصر','QUANTITY',None,(400,True,'fighters')), ('L7:جبهة فتح الشام','ACTOR','NUSRA'),
 ('L7:قرى الوادي','LOCATION','wadi-barada-villages'), ('L7:الجيش','ACTOR','SY_GOV'), ('L7:القرى','LOCATION','wadi-barada-villages'),
 ('L8:وزارة الدفاع الروسية','ACTOR','RU'), ('L8:مركز المصالحة','ACTOR','RU'), ('L8:حميميم','LOCATION','hmeimim-base'),
 ('L8:9 خروقات','QUANTITY',None,(9,False,'other')), ('L8:ريف دمشق','LOCATION','rif-dimashq'), ('L8:جبهة النصرة','ACTOR','NUSRA'),
 ('L9:وادي بردى','LOCATION','wadi-barada'), ('L9:13 قرية','QUANTITY',None,(13,False,'other')), ('L9:الفصائل المسلحة','ACTOR','FSA'),
 ('L9:ريف دمشق الغربي','LOCATION','damascus-west-countryside'), ('L9:داريا','LOCATION','darayya'), ('L9:المعضمية','LOCATION','moadamiyeh'),
 ('L9:قدسيا','LOCATION','qudsaya'), ('L9:الهامة','LOCATION','al-hamah'), ('L9:إدلب','LOCATION','idlib'),
]
times = [
 ('L1:أمس السبت', SAT, 'day'),
 ('L2:الخميس الماضي', '2017-01-26', 'day'),
 ('L3:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:منذ 22 كانون الأول الماضي', '2016-12-22/' + D, 'day'),
 ('L5:أواخر كانون الأول', '2016-12', 'month'),
 ('L6:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
 ('L6:14 كانون الثاني الجاري', '2017-01-14', 'day'),
 ('L8:منذ 30 كانون الأول', '2016-12-30/' + D, 'day'),
 ('L9:خلال الأشهر الماضية', None, 'vague', {'relation': 'before'}),
]
Y = 'L1:أمس السبت'
COR = 'مراسلة الجديد'
DEC = 'L5:أواخر كانون الأول'
WK = 'L6:خلال الأسابيع الماضية'
FLD = 'مصدر ميداني (الجديد)'
RMOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='MOVEMENT', trig='L1:دخلت', time=Y, actors=['SY_GOV', HZ], loc='L1:بلدة عين الفيجة'),                                     # 1
 dict(type='CONTROL', trig='L1:رفعت العلم', time=Y, actors=['SY_GOV', HZ], loc='L1:منشأة النبع'),                                    # 2
 dict(type='MOVEMENT', trig='L2:الدخول', time=Y, actors=['SY_GOV', HZ]),                                                               # 3
 dict(type='AGREEMENT', trig='L2:اتفاق', time='L2:الخميس الماضي', actors=['SY_GOV', 'FSA'], loc='L2:قرى الوادي'),                     # 4
 dict(type='WITHDRAWAL', trig='L2:خروج', mod='planned', actors=['FSA'], loc='L2:قرى الوادي'),                                         # 5
 dict(type='AGREEMENT', trig='L2:تسوية#1', mod='planned', actors=['SY_GOV', 'FSA']),                                                   # 6
 dict(type='WITHDRAWAL', trig='L3:نقل', mod='planned', time='L3:صباح اليوم', actors=['FSA'], loc='L3:بلدة دير قانون',
      qty=['L3:نحو 1800 شخص', 'L3:قرابة 700 مسلح', 'L3:دفعتين'], attr=COR),                                                          # 7
 dict(type='MOVEMENT', trig='L4:ترافقها', actors=['SY_GOV'], loc='L4:النبع', attr=COR),                                               # 8
 dict(type='OPERATION', trig='L5:عملية عسكرية', time=DEC, actors=['SY_GOV', HZ], targets=['FSA'], loc='L5:وادي بردى'),                # 9
 dict(type='ATTACK', trig='L5:تفجير', time=DEC, actors=['FSA'], loc='L5:منشآت النبع', attr='دمشق'),                                  # 10
 dict(type='ATTACK', trig='L5:قصف', time=DEC, actors=['SY_GOV'], loc='L5:النبع#1', attr='الفصائل'),                                  # 11
 dict(type='ATTACK', trig='L6:معارك', time=WK, actors=['SY_GOV', 'FSA'], loc='L6:الوادي'),                                            # 12
 dict(type='CONTROL', trig='L6:السيطرة', time=WK, actors=['SY_GOV'], targets=['FSA'], loc='L6:بلدات بسيمة'),                          # 13
 dict(type='AGREEMENT', trig='L6:مفاوضات', actors=['SY_GOV', 'FSA'], loc='L6:الوادي'),                                                # 14
 dict(type='ATTACK', trig='L6:اغتيال', time='L6:14 كانون الثاني الجاري', actors=['UNKNOWN']),                                         # 15
 dict(type='MOVEMENT', trig='L7:يتمركزون', actors=['NUSRA'], loc='L7:قرى الوادي', qty=['L7:نحو 400 عنصر'], attr=FLD),                # 16
 dict(type='WITHDRAWAL', trig='L7:سيغادرون', mod='planned', actors=['NUSRA'], loc='L7:قرى الوادي', attr=FLD),                         # 17
 dict(type='MOVEMENT', trig='L7:تنتشر', mod='planned', actors=['SY_GOV'], loc='L7:القرى', attr=FLD),                                 # 18
 dict(type='WITHDRAWAL', trig='L7:خروجهم', mod='planned', actors=['NUSRA'], loc='L7:القرى', attr=FLD),                                # 19
 dict(type='STATEMENT', trig='L8:أعلنت', actors=['RU'], attr=RMOD),                                                                    # 20
 dict(type='ATTACK', trig='L8:خروقات', time='L8:منذ 30 كانون الأول', actors=['NUSRA'], loc='L8:ريف دمشق', qty=['L8:9 خروقات'],
      attr=RMOD),                                                                                                                     # 21
 dict(type='AGREEMENT', trig='L8:وقف إطلاق النار الشامل', time='L8:منذ 30 كانون الأول', attr=RMOD),                                    # 22
 dict(type='WITHDRAWAL', trig='L9:خروج', time='L9:خلال الأشهر الماضية', actors=['FSA'], loc='L9:داريا'),                              # 23
]
YD = (SAT, 'day')
OD = (D, 'day')
V = (None, 'vague')
FJ = ('بلدة عين الفيجة', 'ain-al-fijeh')
SP = ('منشأة النبع', 'ain-al-fijeh-spring')
WB = ('وادي بردى', 'wadi-barada')
forces = [
 dict(actor='SY_GOV', loc=FJ, as_of=YD, status='arrived', line=1, events=[1]),
 dict(actor=HZ, loc=FJ, as_of=YD, status='arrived', line=1, events=[1]),
 dict(actor='SY_GOV', loc=SP, as_of=YD, status='controls', line=1, events=[2]),
 dict(actor=HZ, loc=SP, as_of=YD, status='controls', line=1, events=[2]),
 dict(actor='SY_GOV', loc=WB, as_of=('2016-12', 'month'), status='present', line=5, events=[9]),
 dict(actor=HZ, loc=WB, as_of=('2016-12', 'month'), status='present', line=5, events=[9]),
 dict(actor='SY_GOV', loc=('الوادي', 'wadi-barada'), as_of=V, status='present', line=6, events=[12]),
 dict(actor='FSA', loc=('الوادي', 'wadi-barada'), as_of=V, status='present', line=6, events=[12]),
]
for place, slug in (('بلدات بسيمة', 'basima'), ('عين الخضرة', 'ain-al-khadra'), ('دير مقرن', 'deir-miqrin')):
    forces.append(dict(actor='SY_GOV', loc=(place, slug), as_of=V, status='controls', line=6, events=[13]))
forces += [
 dict(actor='NUSRA', strength=(400, True, 'fighters'), loc=('قرى الوادي', 'wadi-barada-villages'), as_of=OD, status='present', source=FLD,
      line=7, events=[16]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('القرى', 'wadi-barada-villages'), as_of=OD, status='planned', source=FLD, line=7,
      events=[18]),
 dict(actor='FSA', assets='آخر معاقل الفصائل', loc=WB, as_of=OD, status='controls', line=9),
]
for place, slug in (('داريا', 'darayya'), ('المعضمية', 'moadamiyeh'), ('قدسيا', 'qudsaya'), ('الهامة', 'al-hamah')):
    forces.append(dict(actor='FSA', loc=(place, slug), as_of=V, status='withdrawn', line=9, events=[23]))
build('aljadeed-ain-al-fijeh', None, 'الجديد', D, L, ents, times, events, forces)
