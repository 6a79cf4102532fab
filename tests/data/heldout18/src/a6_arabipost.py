from build import build
L = [
'إسرائيل تقصف القنصلية الإيرانية في دمشق وتقتل قادة بالحرس الثوري.. وطهران تتوعد بالرد',
'قُتل سبعة من عناصر الحرس الثوري الإيراني، بينهم القيادي البارز في «فيلق القدس» العميد محمد رضا زاهدي، في غارة جوية إسرائيلية استهدفت مساء أمس الاثنين مبنى القنصلية الإيرانية الملاصق لمبنى السفارة في حي المزة غربي العاصمة السورية دمشق.',
'وقالت وكالة الأنباء الإيرانية الرسمية (إرنا) إن من بين القتلى نائب زاهدي العميد محمد هادي حاجي رحيمي، فيما قال السفير الإيراني لدى سوريا حسين أكبري إن مقاتلات إسرائيلية من طراز "F-35" أطلقت ستة صواريخ على المبنى من جهة الجولان المحتل.',
'وأعلنت وزارة الدفاع السورية في بيان أن "العدو الإسرائيلي" شن عدواناً جوياً من اتجاه الجولان السوري المحتل، وأن وسائط الدفاع الجوي تصدت لعدد من الصواريخ وأسقطت بعضها، فيما تفقد وزير الخارجية فيصل المقداد موقع الاستهداف برفقة السفير الإيراني حسين أكبري.',
'ولم يعلق جيش الاحتلال الإسرائيلي رسمياً على الهجوم، إذ قال المتحدث باسمه دانيال هاغاري إن الجيش "لا يعلق على تقارير في وسائل الإعلام الأجنبية"، لكن أربعة مسؤولين إسرائيليين أكدوا لصحيفة "نيويورك تايمز" الأمريكية أن تل أبيب تقف وراء الضربة، نافين أن يكون المبنى "منشأة دبلوماسية".',
'وتوعد المرشد الإيراني علي خامنئي بأن "الكيان الصهيوني سيعاقب على هذه الجريمة ويندم عليها"، فيما قال الرئيس إبراهيم رئيسي إن "هذه الجريمة الجبانة لن تمر دون رد"، وحمّلت الخارجية الإيرانية الولايات المتحدة "المسؤولية بصفتها الداعم الأول لإسرائيل".',
'ويأتي الهجوم بعد أيام من غارات إسرائيلية استهدفت فجر الجمعة الماضي مستودعات صواريخ لـ"حزب الله" قرب مطار حلب الدولي وبلدة جبرين، وأسفرت بحسب المرصد السوري لحقوق الإنسان عن مقتل 42 شخصاً بينهم 36 جندياً سورياً وستة من عناصر الحزب، في أعلى حصيلة منذ بدء الحرب على غزة في السابع من أكتوبر/تشرين الأول الماضي.',
'وكان جيش الاحتلال قد أقر فجر أمس بأن طائرة مسيّرة "أطلقت من الشرق" أصابت مبنى في قاعدة بحرية بمدينة إيلات، في هجوم تبنته "المقاومة الإسلامية في العراق" المدعومة من طهران.',
]
D = '2024-04-02'   # Tuesday; web copy of its day
MON = '2024-04-01'
ISR = 'OTHER:israel'
IRI = 'OTHER:islamic-resistance-iraq'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:إسرائيل','ACTOR',ISR), ('L0:القنصلية الإيرانية','LOCATION','iran-consulate-damascus'), ('L0:دمشق','LOCATION','damascus'),
 ('L0:الحرس الثوري','ACTOR','IR'), ('L0:طهران','ACTOR','IR'),
 ('L1:سبعة','QUANTITY',None,(7,False,'killed')), ('L1:الحرس الثوري الإيراني','ACTOR','IR'), ('L1:فيلق القدس','ACTOR','IR'),
 ('L1:محمد رضا زاهدي','PERSON','mohammad-reza-zahedi'), ('L1:مبنى القنصلية الإيرانية','LOCATION','iran-consulate-damascus'),
 ('L1:مبنى السفارة','LOCATION','iran-embassy-damascus'), ('L1:حي المزة','LOCATION','mezzeh'), ('L1:دمشق','LOCATION','damascus'),
 ('L2:وكالة الأنباء الإيرانية','ORG','irna'), ('L2:إرنا','ORG','irna'), ('L2:زاهدي','PERSON','mohammad-reza-zahedi'),
 ('L2:محمد هادي حاجي رحيمي','PERSON','mohammad-hadi-haji-rahimi'), ('L2:حسين أكبري','PERSON','hossein-akbari'),
 ('L2:مقاتلات إسرائيلية من طراز "F-35"','WEAPON','f-35'), ('L2:ستة صواريخ','QUANTITY',None,(6,False,'missiles')), ('L2:صواريخ','WEAPON','missiles'),
 ('L2:الجولان','LOCATION','golan'),
 ('L3:وزارة الدفاع السورية','ACTOR','SY_GOV'), ('L3:العدو الإسرائيلي','ACTOR',ISR), ('L3:الجولان','LOCATION','golan'),
 ('L3:وسائط الدفاع الجوي','WEAPON','air-defence'), ('L3:الصواريخ','WEAPON','missiles'), ('L3:فيصل المقداد','PERSON','faisal-mekdad'), ('L3:حسين أكبري','PERSON','hossein-akbari'),
 ('L4:جيش الاحتلال الإسرائيلي','ACTOR',ISR), ('L4:دانيال هاغاري','PERSON','daniel-hagari'), ('L4:الجيش','ACTOR',ISR),
 ('L4:نيويورك تايمز','ORG','nyt'), ('L4:تل أبيب','ACTOR',ISR),
 ('L5:علي خامنئي','PERSON','ali-khamenei'), ('L5:الكيان الصهيوني','ACTOR',ISR), ('L5:إبراهيم رئيسي','PERSON','ebrahim-raisi'),
 ('L5:الخارجية الإيرانية','ACTOR','IR'), ('L5:الولايات المتحدة','ACTOR','US'), ('L5:إسرائيل','ACTOR',ISR),
 ('L6:صواريخ','WEAPON','missiles'), ('L6:حزب الله','ACTOR',HZ), ('L6:مطار حلب الدولي','LOCATION','aleppo-airport'), ('L6:بلدة جبرين','LOCATION','jibrin'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:42 شخصاً','QUANTITY',None,(42,False,'killed')), ('L6:36 جندياً','QUANTITY',None,(36,False,'killed')),
 ('L6:جندياً سورياً','ACTOR','SY_GOV'), ('L6:ستة','QUANTITY',None,(6,False,'killed')), ('L6:الحزب','ACTOR',HZ), ('L6:غزة','LOCATION','gaza'),
 ('L7:جيش الاحتلال','ACTOR',ISR), ('L7:طائرة مسيّرة','WEAPON','drone'), ('L7:مدينة إيلات','LOCATION','eilat'),
 ('L7:المقاومة الإسلامية في العراق','ACTOR',IRI),
]
times = [
 ('L1:مساء أمس الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L6:فجر الجمعة الماضي', '2024-03-29', 'part-of-day', {'part': 'morning'}),
 ('L6:السابع من أكتوبر/تشرين الأول الماضي', '2023-10-07', 'day'),
 ('L7:فجر أمس', MON, 'part-of-day', {'part': 'morning'}),
]
Y = 'L1:مساء أمس الاثنين'
AKB = 'حسين أكبري'
MOD = 'وزارة الدفاع السورية'
NYT = 'أربعة مسؤولين إسرائيليين (نيويورك تايمز)'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='ATTACK', trig='L1:غارة', time=Y, actors=[ISR], targets=['IR'], loc='L1:مبنى القنصلية الإيرانية', qty=['L1:سبعة']),       # 1
 dict(type='STATEMENT', trig='L2:قال#1', actors=['IR'], attr=AKB),                                                                  # 2
 dict(type='ATTACK', trig='L2:أطلقت', time=Y, actors=[ISR], targets=['IR'], attr=AKB,
      weapons=['L2:مقاتلات إسرائيلية من طراز "F-35"', 'L2:صواريخ'], qty=['L2:ستة صواريخ']),                                         # 3
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['SY_GOV'], attr=MOD),                                                              # 4
 dict(type='ATTACK', trig='L3:عدواناً', time=Y, actors=[ISR], attr=MOD),                                                             # 5
 dict(type='ATTACK', trig='L3:تصدت', time=Y, actors=['SY_GOV'], targets=[ISR], attr=MOD, weapons=['L3:وسائط الدفاع الجوي']),         # 6
 dict(type='ATTACK', trig='L4:الهجوم', time=Y),                                                                                      # 7
 dict(type='STATEMENT', trig='L4:قال', actors=[ISR], attr='دانيال هاغاري'),                                                          # 8
 dict(type='ATTACK', trig='L4:الضربة', time=Y, actors=[ISR], attr=NYT),                                                              # 9
 dict(type='ATTACK', trig='L5:سيعاقب', mod='planned', actors=['IR'], targets=[ISR], attr='علي خامنئي'),                              # 10
 dict(type='STATEMENT', trig='L5:قال', actors=['IR'], attr='إبراهيم رئيسي'),                                                         # 11
 dict(type='ATTACK', trig='L5:رد', mod='planned', actors=['IR'], targets=[ISR], attr='إبراهيم رئيسي'),                                # 12
 dict(type='ATTACK', trig='L6:الهجوم', time=Y),                                                                                      # 13
 dict(type='ATTACK', trig='L6:غارات', time='L6:فجر الجمعة الماضي', actors=[ISR], targets=[HZ], loc='L6:مطار حلب الدولي', attr=SOHR,
      qty=['L6:42 شخصاً', 'L6:36 جندياً', 'L6:ستة']),                                                                              # 14
 dict(type='ATTACK', trig='L7:أصابت', time='L7:فجر أمس', actors=[IRI], targets=[ISR], loc='L7:مدينة إيلات', attr='جيش الاحتلال',
      weapons=['L7:طائرة مسيّرة']),                                                                                                 # 15
 dict(type='ATTACK', trig='L7:هجوم', time='L7:فجر أمس', actors=[IRI], targets=[ISR], loc='L7:مدينة إيلات', attr='المقاومة الإسلامية في العراق'),  # 16
]
EVE = (MON, 'part-of-day')
FRI = ('2024-03-29', 'part-of-day')
forces = [
 dict(actor='IR', loc=('مبنى القنصلية الإيرانية', 'iran-consulate-damascus'), as_of=EVE, status='attacked', line=1, events=[1]),
 dict(actor='IR', loc=('مبنى القنصلية الإيرانية', 'iran-consulate-damascus'), as_of=EVE, status='present', line=1, events=[1]),
 dict(actor=HZ, loc=('مطار حلب الدولي', 'aleppo-airport'), as_of=FRI, status='attacked', source=SOHR, line=6, events=[14]),
 dict(actor=HZ, loc=('مطار حلب الدولي', 'aleppo-airport'), as_of=FRI, status='present', source=SOHR, line=6, events=[14]),
 dict(actor=HZ, loc=('بلدة جبرين', 'jibrin'), as_of=FRI, status='attacked', source=SOHR, line=6, events=[14]),
 dict(actor=HZ, loc=('بلدة جبرين', 'jibrin'), as_of=FRI, status='present', source=SOHR, line=6, events=[14]),
 dict(actor=ISR, loc=('مدينة إيلات', 'eilat'), as_of=EVE[:1] + ('part-of-day',), status='attacked', source='جيش الاحتلال', line=7, events=[15, 16]),
 dict(actor=ISR, loc=('مدينة إيلات', 'eilat'), as_of=EVE[:1] + ('part-of-day',), status='present', source='جيش الاحتلال', line=7, events=[15]),
]
build('arabipost-damascus-consulate', None, 'عربي بوست', D, L, ents, times, events, forces)
