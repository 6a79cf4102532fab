from build import build
L = [
'الدفاعات السورية تُسقط مقاتلة إسرائيلية من طراز “إف 16”.. وتل أبيب تقصف 12 هدفاً “سورياً وإيرانياً”',
'القدس المحتلة – دمشق – “رأي اليوم” – وكالات: أسقطت الدفاعات الجوية السورية، صباح اليوم السبت، مقاتلة إسرائيلية من طراز “إف 16” بعد مشاركتها في غارة على قاعدة عسكرية في المنطقة الوسطى، في أول حادثة من نوعها منذ عام 1982.',
'وقال مصدر عسكري سوري لوكالة “سانا” إن وسائط الدفاع الجوي تصدت لـ“عدوان إسرائيلي جديد” استهدف إحدى القواعد العسكرية، وأصابت إحدى الطائرات المغيرة، فيما أكد الجيش الإسرائيلي أن الطيارَين قفزا من المقاتلة قبل سقوطها قرب مستوطنة “هاردوف” في الجليل، وأن أحدهما أصيب بجروح بالغة.',
'وبحسب رواية جيش الاحتلال، فإن الغارة جاءت رداً على طائرة مسيّرة إيرانية أُطلقت من مطار “التيفور” العسكري في ريف حمص الشرقي واخترقت الأجواء الإسرائيلية عند الساعة الرابعة والنصف فجراً، قبل أن تُسقطها مروحية من طراز “أباتشي” فوق منطقة بيسان.',
'وأضاف المتحدث باسم الجيش الإسرائيلي رونين منليس أن المقاتلات دمّرت “منظومة التحكم” بالطائرة المسيّرة داخل القاعدة، ثم شنّت موجة ثانية من الغارات طالت اثني عشر هدفاً، بينها ثلاث بطاريات دفاع جوي سورية وأربعة أهداف “إيرانية” في محيط دمشق.',
'في المقابل، نفى المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي أن تكون أي طائرة إيرانية قد اخترقت الأجواء الإسرائيلية، واصفاً الرواية الإسرائيلية بـ“المثيرة للسخرية”، ومؤكداً أن وجود المستشارين العسكريين الإيرانيين في سوريا جاء “بطلب رسمي من الحكومة السورية”.',
'من جهته، قال “حزب الله” في بيان إن إسقاط الطائرة “يؤكد سقوط المعادلات القديمة”، وإن مرحلة استراتيجية جديدة بدأت في المنطقة.',
'وفي موسكو، دعت وزارة الخارجية الروسية جميع الأطراف إلى “ضبط النفس”، معتبرة أن تعريض حياة العسكريين الروس الموجودين في سوريا للخطر “أمر غير مقبول على الإطلاق”، فيما أجرى الرئيس فلاديمير بوتين اتصالاً هاتفياً برئيس الوزراء الإسرائيلي بنيامين نتنياهو.',
'ميدانياً، أفادت مصادر محلية بأن دوي انفجارات عنيفة سُمع في محيط مطار “التيفور”، الذي تتمركز فيه عناصر من “الحرس الثوري” الإيراني إلى جانب قوات روسية.',
'وأعلن جيش الاحتلال رفع حالة التأهب على الحدود الشمالية ونشر بطاريات إضافية من منظومة “القبة الحديدية” في هضبة الجولان المحتلة، تحسباً لرد سوري أو إيراني خلال الساعات المقبلة.',
'وتشن إسرائيل منذ عام 2013 عشرات الغارات على ما تقول إنها شحنات أسلحة متجهة إلى “حزب الله” ومواقع لقوات إيرانية في سوريا، لكنها نادراً ما تعلن مسؤوليتها عنها.',
]
D = '2018-02-10'   # Saturday; Rai Al-Youm web copy of its day
ISR = 'OTHER:israel'
ents = [
 ('L0:الدفاعات السورية','ACTOR','SY_GOV'), ('L0:مقاتلة إسرائيلية من طراز “إف 16”','WEAPON','f-16'), ('L0:تل أبيب','ACTOR',ISR),
 ('L0:12 هدفاً','QUANTITY',None,(12,False,'other')),
 ('L1:القدس','LOCATION','jerusalem'), ('L1:دمشق','LOCATION','damascus'), ('L1:رأي اليوم','ORG','raialyoum'),
 ('L1:الدفاعات الجوية السورية','ACTOR','SY_GOV'), ('L1:مقاتلة إسرائيلية من طراز “إف 16”','WEAPON','f-16'),
 ('L1:المنطقة الوسطى','LOCATION','syria-central-region'),
 ('L2:سانا','ORG','sana'), ('L2:وسائط الدفاع الجوي','ACTOR','SY_GOV'), ('L2:الطائرات المغيرة','WEAPON','warplanes'),
 ('L2:الجيش الإسرائيلي','ACTOR',ISR), ('L2:المقاتلة','WEAPON','f-16'), ('L2:مستوطنة “هاردوف”','LOCATION','harduf'),
 ('L2:الجليل','LOCATION','galilee'),
 ('L3:جيش الاحتلال','ACTOR',ISR), ('L3:طائرة مسيّرة إيرانية','WEAPON','drones'), ('L3:مطار “التيفور” العسكري','LOCATION','t4-airbase'),
 ('L3:ريف حمص الشرقي','LOCATION','homs-east-countryside'), ('L3:الأجواء الإسرائيلية','LOCATION','israeli-airspace'),
 ('L3:مروحية من طراز “أباتشي”','WEAPON','apache'), ('L3:منطقة بيسان','LOCATION','beit-shean'),
 ('L4:الجيش الإسرائيلي','ACTOR',ISR), ('L4:رونين منليس','PERSON','ronen-manelis'), ('L4:المقاتلات','WEAPON','fighter-jets'),
 ('L4:منظومة التحكم','WEAPON','drone-control-system'), ('L4:الطائرة المسيّرة','WEAPON','drones'), ('L4:القاعدة','LOCATION','t4-airbase'),
 ('L4:اثني عشر هدفاً','QUANTITY',None,(12,False,'other')), ('L4:ثلاث بطاريات دفاع جوي','QUANTITY',None,(3,False,'other')),
 ('L4:بطاريات دفاع جوي','WEAPON','air-defence-batteries'), ('L4:أربعة أهداف','QUANTITY',None,(4,False,'other')),
 ('L4:دمشق','LOCATION','damascus'),
 ('L5:وزارة الخارجية الإيرانية','ACTOR','IR'), ('L5:بهرام قاسمي','PERSON','bahram-qasemi'), ('L5:طائرة إيرانية','WEAPON','drones'),
 ('L5:الأجواء الإسرائيلية','LOCATION','israeli-airspace'), ('L5:المستشارين العسكريين الإيرانيين','ACTOR','IR'),
 ('L5:سوريا','LOCATION','syria'), ('L5:الحكومة السورية','ACTOR','SY_GOV'),
 ('L6:حزب الله','ACTOR','HEZBOLLAH'), ('L6:الطائرة','WEAPON','f-16'),
 ('L7:موسكو','LOCATION','moscow'), ('L7:وزارة الخارجية الروسية','ACTOR','RU'), ('L7:العسكريين الروس','ACTOR','RU'),
 ('L7:سوريا','LOCATION','syria'), ('L7:فلاديمير بوتين','PERSON','vladimir-putin'), ('L7:بنيامين نتنياهو','PERSON','benjamin-netanyahu'),
 ('L8:مطار “التيفور”','LOCATION','t4-airbase'), ('L8:الحرس الثوري','ACTOR','IR'), ('L8:قوات روسية','ACTOR','RU'),
 ('L9:جيش الاحتلال','ACTOR',ISR), ('L9:الحدود الشمالية','LOCATION','israel-northern-border'),
 ('L9:منظومة “القبة الحديدية”','WEAPON','iron-dome'), ('L9:هضبة الجولان','LOCATION','golan'),
 ('L10:إسرائيل','ACTOR',ISR), ('L10:عشرات الغارات','QUANTITY',None,([24,99],True,'other')), ('L10:شحنات أسلحة','WEAPON','arms-shipments'),
 ('L10:حزب الله','ACTOR','HEZBOLLAH'), ('L10:قوات إيرانية','ACTOR','IR'), ('L10:سوريا','LOCATION','syria'),
]
times = [
 ('L1:صباح اليوم السبت', D, 'part-of-day', {'part': 'morning'}),
 ('L1:منذ عام 1982', '1982/2018', 'year'),
 ('L3:الساعة الرابعة والنصف فجراً', D, 'part-of-day', {'part': 'morning'}),
 ('L9:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L10:منذ عام 2013', '2013/2018', 'year'),
]
T = 'L1:صباح اليوم السبت'
H = 'L3:الساعة الرابعة والنصف فجراً'
SRC = 'مصدر عسكري سوري (سانا)'
IDF = 'جيش الاحتلال'
MAN = 'رونين منليس'
LOC = 'مصادر محلية'
events = [
 dict(type='ATTACK', trig='L1:أسقطت', time=T, actors=['SY_GOV'], targets=[ISR]),                                                    # 1
 dict(type='ATTACK', trig='L1:غارة', time=T, actors=[ISR], targets=['SY_GOV'], loc='L1:المنطقة الوسطى'),                             # 2
 dict(type='ATTACK', trig='L2:تصدت', time=T, actors=['SY_GOV'], targets=[ISR], attr=SRC),                                           # 3
 dict(type='ATTACK', trig='L2:عدوان', time=T, actors=[ISR], targets=['SY_GOV'], attr=SRC),                                          # 4
 dict(type='ATTACK', trig='L2:أصابت', time=T, actors=['SY_GOV'], targets=[ISR], attr=SRC),                                          # 5
 dict(type='ATTACK', trig='L3:الغارة', time=T, actors=[ISR], targets=['SY_GOV'], attr=IDF),                                         # 6
 dict(type='MOVEMENT', trig='L3:أُطلقت', time=H, actors=['IR'], loc='L3:مطار “التيفور” العسكري', weapons=['L3:طائرة مسيّرة إيرانية'], attr=IDF),  # 7
 dict(type='MOVEMENT', trig='L3:اخترقت', time=H, actors=['IR'], loc='L3:الأجواء الإسرائيلية', weapons=['L3:طائرة مسيّرة إيرانية'], attr=IDF),     # 8
 dict(type='ATTACK', trig='L3:تُسقطها', time=H, actors=[ISR], targets=['IR'], loc='L3:منطقة بيسان', weapons=['L3:مروحية من طراز “أباتشي”'], attr=IDF),  # 9
 dict(type='ATTACK', trig='L4:دمّرت', time=T, actors=[ISR], targets=['IR'], loc='L4:القاعدة', weapons=['L4:المقاتلات'], attr=MAN),     # 10
 dict(type='ATTACK', trig='L4:شنّت', time=T, actors=[ISR], targets=['SY_GOV', 'IR'], loc='L4:دمشق', weapons=['L4:المقاتلات'],
      qty=['L4:اثني عشر هدفاً', 'L4:ثلاث بطاريات دفاع جوي', 'L4:أربعة أهداف'], attr=MAN),                                           # 11
 dict(type='MOVEMENT', trig='L5:اخترقت', mod='denied', time=H, actors=['IR'], loc='L5:الأجواء الإسرائيلية', weapons=['L5:طائرة إيرانية'],
      attr='بهرام قاسمي'),                                                                                                          # 12
 dict(type='STATEMENT', trig='L6:قال', actors=['HEZBOLLAH'], attr='حزب الله'),                                                     # 13
 dict(type='ATTACK', trig='L6:إسقاط', time=T, actors=['SY_GOV'], targets=[ISR], attr='حزب الله'),                                   # 14
 dict(type='ATTACK', trig='L8:انفجارات', time=T, loc='L8:مطار “التيفور”', attr=LOC),                                               # 15
 dict(type='MOVEMENT', trig='L8:تتمركز', actors=['IR', 'RU'], loc='L8:مطار “التيفور”', attr=LOC),                                   # 16
 dict(type='STATEMENT', trig='L9:أعلن', actors=[ISR], attr=IDF),                                                                   # 17
 dict(type='MOVEMENT', trig='L9:نشر', actors=[ISR], loc='L9:هضبة الجولان', weapons=['L9:منظومة “القبة الحديدية”'], attr=IDF),       # 18
 dict(type='ATTACK', trig='L9:رد', mod='expected', time='L9:خلال الساعات المقبلة', actors=['SY_GOV', 'IR'], targets=[ISR], attr=IDF),  # 19
 dict(type='ATTACK', trig='L10:تشن', time='L10:منذ عام 2013', actors=[ISR], targets=['HEZBOLLAH', 'IR'], loc='L10:سوريا',
      qty=['L10:عشرات الغارات']),                                                                                                   # 20
]
TP = (D, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='SY_GOV', assets='قاعدة عسكرية', loc=('المنطقة الوسطى', 'syria-central-region'), as_of=TP, status='attacked', line=1, events=[2]),
 dict(actor='IR', assets='طائرة مسيّرة', loc=('مطار “التيفور” العسكري', 't4-airbase'), as_of=TP, status='present', source=IDF, line=3, events=[7]),
 dict(actor='IR', assets='منظومة التحكم بالطائرة المسيّرة', loc=('القاعدة', 't4-airbase'), as_of=TP, status='attacked', source=MAN, line=4, events=[10]),
 dict(actor='SY_GOV', assets='ثلاث بطاريات دفاع جوي', loc=('دمشق', 'damascus'), as_of=TP, status='attacked', source=MAN, line=4, events=[11]),
 dict(actor='IR', assets='أربعة أهداف', loc=('دمشق', 'damascus'), as_of=TP, status='attacked', source=MAN, line=4, events=[11]),
 dict(actor='IR', assets='مستشارون عسكريون', loc=('سوريا', 'syria'), as_of=DD, status='present', source='بهرام قاسمي', line=5),
 dict(actor='RU', loc=('سوريا', 'syria'), as_of=DD, status='present', source='وزارة الخارجية الروسية', line=7),
 dict(actor='IR', assets='عناصر من الحرس الثوري', loc=('مطار “التيفور”', 't4-airbase'), as_of=DD, status='present', source=LOC, line=8, events=[16]),
 dict(actor='RU', loc=('مطار “التيفور”', 't4-airbase'), as_of=DD, status='present', source=LOC, line=8, events=[16]),
 dict(actor=ISR, assets='بطاريات إضافية من القبة الحديدية', loc=('هضبة الجولان', 'golan'), as_of=DD, status='reinforced', source=IDF, line=9, events=[18]),
 dict(actor='IR', loc=('سوريا', 'syria'), as_of=('2013/2018', 'year'), status='attacked', line=10, events=[20]),
]
build('raialyoum-t4-f16', None, 'رأي اليوم', D, L, ents, times, events, forces)
