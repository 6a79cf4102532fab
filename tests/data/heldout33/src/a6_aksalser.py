from build import build
L = [
'أول دورية تركية أمريكية مشتركة قرب منبج.. ومدفعية أنقرة تواصل قصف "الوحدات" شرق الفرات',
'ريف حلب – عكس السير',
'سيّرت القوات التركية والأمريكية، ظهر اليوم الخميس، أول دورية عسكرية مشتركة على خط التماس الفاصل بين مدينة منبج ومناطق سيطرة فصائل "الجيش الحر" في ريف حلب الشمالي، تطبيقاً لـ"خارطة الطريق" التي توصلت إليها أنقرة وواشنطن في حزيران الماضي.',
'وقالت وزارة الدفاع التركية في بيان إن عربات مدرعة تركية وأمريكية تحركت بالتزامن من جانبي نهر الساجور وسارت على طول خط التماس، مشيرة إلى أن الدوريات المشتركة ستُسيّر بشكل منتظم خلال الأيام المقبلة.',
'وبالتزامن، قصفت المدفعية التركية المتمركزة على الحدود، لليوم الخامس على التوالي، مواقع لميليشيا "وحدات حماية الشعب" الكردية في قرية زور مغار وقرى أخرى غربي عين العرب (كوباني)، ما أدى إلى تدمير عدد من التحصينات، بحسب مصادر محلية.',
'وكان الرئيس التركي رجب طيب أردوغان قد أعلن الثلاثاء أن بلاده أنهت استعداداتها لعملية عسكرية "شاملة" شرق الفرات، قائلاً: "سندمر الهيكل الإرهابي هناك قريباً".',
'في المقابل، أعلنت "قوات سوريا الديمقراطية" (قسد) أمس الأربعاء تعليق عملياتها ضد تنظيم "داعش" في جيب هجين بريف دير الزور الشرقي "بشكل مؤقت"، متهمة تركيا بـ"تخفيف الضغط" عن التنظيم.',
'وبحسب مراسل "عكس السير" في دير الزور، فإن "قسد" سحبت خلال اليومين الماضيين مئات المقاتلين من محاور جيب هجين باتجاه مدينة عين العرب، بعد هجوم معاكس شنه التنظيم الجمعة الماضي على بلدتي السوسة والباغوز تحت غطاء عاصفة رملية، قُتل خلاله أكثر من 70 عنصراً من "قسد".',
'من جهته، نفى "مجلس منبج العسكري" التابع لـ"قسد" ما تداولته وسائل إعلام تركية عن دخول وحدات من الجيش التركي إلى مركز مدينة منبج، مؤكداً أن الدوريات "تقتصر على خط الساجور".',
'ويتمركز في منبج ومحيطها نحو 300 جندي من قوات التحالف الدولي، بحسب مصادر محلية، فيما ينتشر الجيش التركي في نحو 15 نقطة عسكرية على خط الجبهة مع "قسد" شمالي المدينة.',
'وتعتبر أنقرة "وحدات حماية الشعب"، العمود الفقري لـ"قسد"، امتداداً لـ"حزب العمال الكردستاني" الذي يخوض تمرداً مسلحاً ضد الدولة التركية منذ عام 1984.',
]
D = '2018-11-01'   # Thursday; Syrian opposition site, web copy of its own day
WED = '2018-10-31'
MMC = 'OTHER:manbij-military-council'
ents = [
 ('L0:منبج','LOCATION','manbij'), ('L0:أنقرة','ACTOR','TR'), ('L0:الوحدات','ACTOR','YPG'), ('L0:شرق الفرات','LOCATION','east-of-euphrates'),
 ('L1:ريف حلب','LOCATION','aleppo-countryside'), ('L1:عكس السير','ORG','aksalser'),
 ('L2:القوات التركية','ACTOR','TR'), ('L2:خط التماس','LOCATION','manbij-contact-line'), ('L2:مدينة منبج','LOCATION','manbij'),
 ('L2:فصائل "الجيش الحر"','ACTOR','FSA'), ('L2:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L2:أنقرة','ACTOR','TR'), ('L2:واشنطن','ACTOR','US'),
 ('L3:وزارة الدفاع التركية','ACTOR','TR'), ('L3:عربات مدرعة','WEAPON','armoured-vehicles'), ('L3:نهر الساجور','LOCATION','sajur-river'),
 ('L3:خط التماس','LOCATION','manbij-contact-line'),
 ('L4:المدفعية التركية','ACTOR','TR'), ('L4:الحدود','LOCATION','syria-turkey-border'), ('L4:وحدات حماية الشعب','ACTOR','YPG'),
 ('L4:قرية زور مغار','LOCATION','zor-maghar'), ('L4:عين العرب','LOCATION','kobani'), ('L4:كوباني','LOCATION','kobani'),
 ('L5:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L5:شرق الفرات','LOCATION','east-of-euphrates'),
 ('L6:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L6:قسد','ACTOR','SDF'), ('L6:تنظيم "داعش"','ACTOR','ISIS'),
 ('L6:جيب هجين','LOCATION','hajin-pocket'), ('L6:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L6:تركيا','ACTOR','TR'), ('L6:التنظيم','ACTOR','ISIS'),
 ('L7:عكس السير','ORG','aksalser'), ('L7:دير الزور','LOCATION','deir-ez-zor'), ('L7:قسد#0','ACTOR','SDF'),
 ('L7:مئات المقاتلين','QUANTITY',None,([100, 999],True,'fighters')), ('L7:جيب هجين','LOCATION','hajin-pocket'),
 ('L7:مدينة عين العرب','LOCATION','kobani'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:بلدتي السوسة','LOCATION','al-susa'),
 ('L7:الباغوز','LOCATION','baghouz'), ('L7:أكثر من 70 عنصراً','QUANTITY',None,(70,True,'killed')), ('L7:قسد#1','ACTOR','SDF'),
 ('L8:مجلس منبج العسكري','ACTOR',MMC), ('L8:قسد','ACTOR','SDF'), ('L8:الجيش التركي','ACTOR','TR'),
 ('L8:مركز مدينة منبج','LOCATION','manbij'), ('L8:خط الساجور','LOCATION','sajur-river'),
 ('L9:منبج','LOCATION','manbij'), ('L9:نحو 300 جندي','QUANTITY',None,(300,True,'troops')), ('L9:قوات التحالف الدولي','ACTOR','COALITION'),
 ('L9:الجيش التركي','ACTOR','TR'), ('L9:نحو 15 نقطة عسكرية','QUANTITY',None,(15,True,'other')), ('L9:خط الجبهة','LOCATION','manbij-front-line'),
 ('L9:قسد','ACTOR','SDF'), ('L9:المدينة','LOCATION','manbij'),
 ('L10:أنقرة','ACTOR','TR'), ('L10:وحدات حماية الشعب','ACTOR','YPG'), ('L10:قسد','ACTOR','SDF'),
 ('L10:حزب العمال الكردستاني','ACTOR','PKK'), ('L10:الدولة التركية','ACTOR','TR'),
]
times = [
 ('L2:ظهر اليوم الخميس', D, 'part-of-day', {'part': 'noon'}),
 ('L2:حزيران الماضي', '2018-06', 'month'),
 ('L3:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L5:الثلاثاء', '2018-10-30', 'day'),
 ('L5:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L6:أمس الأربعاء', WED, 'day'),
 ('L7:خلال اليومين الماضيين', '2018-10-30/' + D, 'day'),
 ('L7:الجمعة الماضي', '2018-10-26', 'day'),
 ('L10:منذ عام 1984', '1984/2018', 'year'),
]
NOON = 'L2:ظهر اليوم الخميس'
TMOD = 'وزارة الدفاع التركية'
LOC = 'مصادر محلية'
COR = 'مراسل عكس السير'
events = [
 dict(type='TRAINING', trig='L2:دورية', time=NOON, actors=['TR', 'US'], loc='L2:خط التماس'),                                   # 1
 dict(type='CONTROL', trig='L2:سيطرة', actors=['FSA'], loc='L2:ريف حلب الشمالي'),                                              # 2
 dict(type='AGREEMENT', trig='L2:خارطة الطريق', time='L2:حزيران الماضي', actors=['TR', 'US']),                                 # 3
 dict(type='STATEMENT', trig='L3:قالت', actors=['TR'], attr=TMOD),                                                             # 4
 dict(type='MOVEMENT', trig='L3:تحركت', time=NOON, actors=['TR', 'US'], loc='L3:نهر الساجور', weapons=['L3:عربات مدرعة'], attr=TMOD),  # 5
 dict(type='TRAINING', trig='L3:الدوريات المشتركة', mod='planned', time='L3:خلال الأيام المقبلة', actors=['TR', 'US'], attr=TMOD),  # 6
 dict(type='ATTACK', trig='L4:قصفت', actors=['TR'], targets=['YPG'], loc='L4:قرية زور مغار', attr=LOC),                        # 7
 dict(type='STATEMENT', trig='L5:أعلن', time='L5:الثلاثاء', actors=['TR'], attr='رجب طيب أردوغان'),                             # 8
 dict(type='OPERATION', trig='L5:عملية عسكرية', mod='planned', actors=['TR'], loc='L5:شرق الفرات', attr='رجب طيب أردوغان'),      # 9
 dict(type='ATTACK', trig='L5:سندمر', mod='planned', time='L5:قريباً', actors=['TR'], attr='رجب طيب أردوغان'),                  # 10
 dict(type='STATEMENT', trig='L6:أعلنت', time='L6:أمس الأربعاء', actors=['SDF'], attr='قوات سوريا الديمقراطية'),               # 11
 dict(type='OPERATION', trig='L6:عملياتها', actors=['SDF'], targets=['ISIS'], loc='L6:جيب هجين', attr='قوات سوريا الديمقراطية'),  # 12
 dict(type='WITHDRAWAL', trig='L7:سحبت', time='L7:خلال اليومين الماضيين', actors=['SDF'], loc='L7:جيب هجين', qty=['L7:مئات المقاتلين'],
      attr=COR),                                                                                                              # 13
 dict(type='ATTACK', trig='L7:هجوم معاكس', time='L7:الجمعة الماضي', actors=['ISIS'], targets=['SDF'], loc='L7:بلدتي السوسة',
      qty=['L7:أكثر من 70 عنصراً'], attr=COR),                                                                                   # 14
 dict(type='MOVEMENT', trig='L8:دخول', mod='denied', actors=['TR'], loc='L8:مركز مدينة منبج', attr='مجلس منبج العسكري'),         # 15
 dict(type='TRAINING', trig='L8:الدوريات', time=NOON, actors=['TR', 'US'], loc='L8:خط الساجور', attr='مجلس منبج العسكري'),      # 16
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=['COALITION'], loc='L9:منبج', qty=['L9:نحو 300 جندي'], attr=LOC),              # 17
 dict(type='MOVEMENT', trig='L9:ينتشر', actors=['TR'], loc='L9:خط الجبهة', qty=['L9:نحو 15 نقطة عسكرية'], attr=LOC),           # 18
 dict(type='OPERATION', trig='L10:تمرداً مسلحاً', time='L10:منذ عام 1984', actors=['PKK'], targets=['TR']),                     # 19
]
NP = (D, 'part-of-day')
TD = (D, 'day')
FRI = ('2018-10-26', 'day')
forces = [
 dict(actor='TR', assets='دورية عسكرية مشتركة', loc=('خط التماس', 'manbij-contact-line'), as_of=NP, status='present', line=2, events=[1]),
 dict(actor='US', assets='دورية عسكرية مشتركة', loc=('خط التماس', 'manbij-contact-line'), as_of=NP, status='present', line=2, events=[1]),
 dict(actor='FSA', loc=('ريف حلب الشمالي', 'aleppo-north-countryside'), as_of=TD, status='controls', line=2, events=[2]),
 dict(actor='TR', assets='المدفعية', loc=('الحدود', 'syria-turkey-border'), as_of=TD, status='present', source=LOC, line=4, events=[7]),
 dict(actor='YPG', assets='مواقع', loc=('قرية زور مغار', 'zor-maghar'), as_of=TD, status='attacked', source=LOC, line=4, events=[7]),
 dict(actor='SDF', loc=('جيب هجين', 'hajin-pocket'), as_of=(WED, 'day'), status='present', source='قوات سوريا الديمقراطية', line=6, events=[12]),
 dict(actor='ISIS', loc=('جيب هجين', 'hajin-pocket'), as_of=(WED, 'day'), status='present', source='قوات سوريا الديمقراطية', line=6, events=[12]),
 dict(actor='SDF', strength=([100, 999], True, 'fighters'), loc=('جيب هجين', 'hajin-pocket'), as_of=('2018-10-30/' + D, 'day'),
      status='withdrawn', source=COR, line=7, events=[13]),
 dict(actor='ISIS', loc=('بلدتي السوسة', 'al-susa'), as_of=FRI, status='present', source=COR, line=7, events=[14]),
 dict(actor='ISIS', loc=('الباغوز', 'baghouz'), as_of=FRI, status='present', source=COR, line=7, events=[14]),
 dict(actor='SDF', loc=('بلدتي السوسة', 'al-susa'), as_of=FRI, status='present', source=COR, line=7, events=[14]),
 dict(actor='SDF', loc=('الباغوز', 'baghouz'), as_of=FRI, status='present', source=COR, line=7, events=[14]),
 dict(actor='COALITION', strength=(300, True, 'troops'), loc=('منبج', 'manbij'), as_of=TD, status='present', source=LOC, line=9, events=[17]),
 dict(actor='TR', assets='نحو 15 نقطة عسكرية', loc=('خط الجبهة', 'manbij-front-line'), as_of=TD, status='present', source=LOC, line=9, events=[18]),
]
build('aksalser-manbij-joint-patrol', None, 'عكس السير', D, L, ents, times, events, forces)
