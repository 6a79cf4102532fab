from build import build
L = [
'قتلى وجرحى بقصف صاروخي ومسيّر للحرس الثوري على مقرات أحزاب كوردية إيرانية في كويه والسليمانية',
'السليمانية - NRT عربية: قُتل 13 شخصاً وأصيب 58 آخرون، اليوم الأربعاء، بقصف صاروخي وهجمات بطائرات مسيّرة شنها الحرس الثوري الإيراني على مقرات لأحزاب كوردية إيرانية معارضة في قضاء كويه ومنطقة زركويز وناحية بردي، بحسب وزارة الصحة في إقليم كوردستان.',
'وأفاد مراسل NRT عربية في كويه بأن أكثر من عشرة صواريخ أرض-أرض سقطت صباح اليوم على مقر الحزب الديمقراطي الكوردستاني الإيراني ومخيم لعائلات عناصره قرب المدينة، تلتها ضربات بطائرات مسيّرة استهدفت فرق الإنقاذ.',
'وفي السليمانية، استهدفت مسيّرتان مقراً لحزب «كومله» في زركويز، فيما طال القصف مقر حزب «الحرية الكوردستاني» (باك) في بردي التابعة لمحافظة كركوك.',
'من جانبه، قال الحرس الثوري في بيان نقلته وكالة «تسنيم» إن قواته البرية استهدفت «مقرات الجماعات الإرهابية الانفصالية» شمال العراق بصواريخ دقيقة وطائرات مسيّرة انتحارية، متوعداً بمواصلة العملية «حتى نزع سلاحها بالكامل».',
'وأعلنت القيادة المركزية الأمريكية أن مقاتلة من طراز «إف-15» أسقطت طائرة مسيّرة إيرانية من طراز «مهاجر-6» كانت تتجه نحو أربيل، حيث تتمركز قوات التحالف الدولي، معتبرة الهجمات «تهديداً لأرواح الأمريكيين».',
'واستدعت وزارة الخارجية العراقية السفير الإيراني محمد كاظم آل صادق لتسليمه مذكرة احتجاج، فيما وصفت حكومة إقليم كوردستان القصف بأنه «عدوان سافر»، داعية الحكومة الاتحادية إلى «التحرك لوقف الانتهاكات».',
'وكان الحرس الثوري يقصف بالمدفعية منذ السبت الماضي مناطق حدودية في قضاء سيدكان بمحافظة أربيل، بالتزامن مع حشد تعزيزات عسكرية على الحدود، متهماً الأحزاب الكوردية بإذكاء الاحتجاجات التي تشهدها إيران منذ وفاة الشابة مهسا أميني في 16 أيلول الجاري.',
'ويتخذ الحزب الديمقراطي الكوردستاني الإيراني من كويه مقراً رئيسياً له منذ عقود، فيما يتمركز مقاتلو «كومله» في محيط السليمانية، ويقدر عدد مقاتلي الحزبين بنحو ألفي مسلح، وفق تقديرات مراكز بحثية.',
'ويأتي القصف بعد أشهر من هجوم صاروخي تبناه الحرس الثوري في آذار الماضي على مبنى قرب القنصلية الأمريكية في أربيل، قال إنه «مركز استراتيجي إسرائيلي».',
]
D = '2022-09-28'   # Wednesday; Sulaymaniyah-based channel's site, copy of its day
SAT = '2022-09-24'
KDPI = 'OTHER:kdpi'
KOM = 'OTHER:komala'
PAK = 'OTHER:pak'
KRG = 'OTHER:krg'
ents = [
 ('L0:لحرس الثوري','ACTOR','IR'), ('L0:كويه','LOCATION','koya'), ('L0:السليمانية','LOCATION','sulaymaniyah'),
 ('L1:السليمانية','LOCATION','sulaymaniyah'), ('L1:NRT عربية','ORG','nrt'), ('L1:13 شخصاً','QUANTITY',None,(13,False,'killed')),
 ('L1:58','QUANTITY',None,(58,False,'wounded')), ('L1:طائرات مسيّرة','WEAPON','drones'), ('L1:الحرس الثوري الإيراني','ACTOR','IR'),
 ('L1:قضاء كويه','LOCATION','koya'), ('L1:منطقة زركويز','LOCATION','zrgwez'), ('L1:ناحية بردي','LOCATION','pirde'),
 ('L1:وزارة الصحة في إقليم كوردستان','ORG','krg-health-ministry'),
 ('L2:NRT عربية','ORG','nrt'), ('L2:كويه','LOCATION','koya'), ('L2:أكثر من عشرة صواريخ','QUANTITY',None,(10,True,'missiles')),
 ('L2:صواريخ أرض-أرض','WEAPON','surface-to-surface-missiles'), ('L2:الحزب الديمقراطي الكوردستاني الإيراني','ACTOR',KDPI),
 ('L2:المدينة','LOCATION','koya'), ('L2:طائرات مسيّرة','WEAPON','drones'),
 ('L3:السليمانية','LOCATION','sulaymaniyah'), ('L3:مسيّرتان','QUANTITY',None,(2,False,'aircraft')), ('L3:مسيّرتان#0','WEAPON','drones'),
 ('L3:كومله','ACTOR',KOM), ('L3:زركويز','LOCATION','zrgwez'), ('L3:الحرية الكوردستاني','ACTOR',PAK), ('L3:باك','ACTOR',PAK),
 ('L3:بردي','LOCATION','pirde'), ('L3:محافظة كركوك','LOCATION','kirkuk-governorate'),
 ('L4:الحرس الثوري','ACTOR','IR'), ('L4:تسنيم','ORG','tasnim'), ('L4:الجماعات الإرهابية الانفصالية','ACTOR',KDPI), ('L4:شمال العراق','LOCATION','north-iraq'),
 ('L4:صواريخ دقيقة','WEAPON','missiles'), ('L4:طائرات مسيّرة انتحارية','WEAPON','suicide-drones'),
 ('L5:القيادة المركزية الأمريكية','ACTOR','US'), ('L5:مقاتلة من طراز «إف-15»','WEAPON','f-15'),
 ('L5:طائرة مسيّرة إيرانية من طراز «مهاجر-6»','WEAPON','mohajer-6'), ('L5:أربيل','LOCATION','erbil'), ('L5:قوات التحالف الدولي','ACTOR','COALITION'),
 ('L5:الأمريكيين','ACTOR','US'),
 ('L6:وزارة الخارجية العراقية','ACTOR','IQ_GOV'), ('L6:محمد كاظم آل صادق','PERSON','mohammad-kazem-al-e-sadegh'), ('L6:حكومة إقليم كوردستان','ACTOR',KRG),
 ('L6:الحكومة الاتحادية','ACTOR','IQ_GOV'),
 ('L7:الحرس الثوري','ACTOR','IR'), ('L7:المدفعية','WEAPON','artillery'), ('L7:قضاء سيدكان','LOCATION','sidakan'), ('L7:محافظة أربيل','LOCATION','erbil-governorate'),
 ('L7:الحدود','LOCATION','iran-iraq-border'), ('L7:إيران','LOCATION','iran'), ('L7:مهسا أميني','PERSON','mahsa-amini'),
 ('L8:الحزب الديمقراطي الكوردستاني الإيراني','ACTOR',KDPI), ('L8:كويه','LOCATION','koya'), ('L8:كومله','ACTOR',KOM), ('L8:السليمانية','LOCATION','sulaymaniyah'),
 ('L8:نحو ألفي مسلح','QUANTITY',None,(2000,True,'fighters')),
 ('L9:الحرس الثوري','ACTOR','IR'), ('L9:القنصلية الأمريكية','LOCATION','us-consulate-erbil'), ('L9:أربيل','LOCATION','erbil'),
]
times = [
 ('L1:اليوم الأربعاء', D, 'day'),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ السبت الماضي', SAT + '/' + D, 'day'),
 ('L7:16 أيلول الجاري', '2022-09-16', 'day'),
 ('L9:آذار الماضي', '2022-03', 'month'),
]
T = 'L1:اليوم الأربعاء'
M = 'L2:صباح اليوم'
HM = 'وزارة الصحة في إقليم كوردستان'
COR = 'مراسل NRT عربية'
IRGC = 'الحرس الثوري (تسنيم)'
CENT = 'القيادة المركزية الأمريكية'
SINCE = 'L7:منذ السبت الماضي'
events = [
 dict(type='ATTACK', trig='L1:قصف', time=T, actors=['IR'], targets=[KDPI, KOM, PAK], loc='L1:قضاء كويه',
      qty=['L1:13 شخصاً', 'L1:58'], attr=HM),                                                                                    # 1
 dict(type='ATTACK', trig='L1:هجمات', time=T, actors=['IR'], targets=[KDPI, KOM, PAK], loc='L1:قضاء كويه', weapons=['L1:طائرات مسيّرة'], attr=HM),  # 2
 dict(type='ATTACK', trig='L2:سقطت', time=M, actors=['IR'], targets=[KDPI], loc='L2:كويه', weapons=['L2:صواريخ أرض-أرض'],
      qty=['L2:أكثر من عشرة صواريخ'], attr=COR),                                                                        # 3
 dict(type='ATTACK', trig='L2:ضربات', time=M, actors=['IR'], loc='L2:المدينة', weapons=['L2:طائرات مسيّرة'], attr=COR),           # 4
 dict(type='ATTACK', trig='L3:استهدفت', time=T, actors=['IR'], targets=[KOM], loc='L3:زركويز', weapons=['L3:مسيّرتان#0'], qty=['L3:مسيّرتان']),  # 5
 dict(type='ATTACK', trig='L3:القصف', time=T, actors=['IR'], targets=[PAK], loc='L3:بردي'),                                      # 6
 dict(type='STATEMENT', trig='L4:قال', time=T, actors=['IR'], attr=IRGC),                                                      # 7
 dict(type='ATTACK', trig='L4:استهدفت', time=T, actors=['IR'], targets=[KDPI, KOM, PAK], loc='L4:شمال العراق',
      weapons=['L4:صواريخ دقيقة', 'L4:طائرات مسيّرة انتحارية'], attr=IRGC),                                                     # 8
 dict(type='OPERATION', trig='L4:العملية', mod='planned', actors=['IR'], targets=[KDPI], attr=IRGC),                            # 9
 dict(type='STATEMENT', trig='L5:أعلنت', time=T, actors=['US'], attr=CENT),                                                     # 10
 dict(type='ATTACK', trig='L5:أسقطت', time=T, actors=['US'], targets=['IR'], weapons=['L5:مقاتلة من طراز «إف-15»'], attr=CENT),   # 11
 dict(type='MOVEMENT', trig='L5:تتمركز', actors=['COALITION'], loc='L5:أربيل', attr=CENT),                                       # 12
 dict(type='ATTACK', trig='L5:الهجمات', time=T, actors=['IR'], attr=CENT),                                                      # 13
 dict(type='ATTACK', trig='L6:القصف', time=T, actors=['IR'], attr='حكومة إقليم كوردستان'),                                      # 14
 dict(type='ATTACK', trig='L7:يقصف', time=SINCE, actors=['IR'], loc='L7:قضاء سيدكان', weapons=['L7:المدفعية']),                   # 15
 dict(type='MOVEMENT', trig='L7:حشد', time=SINCE, actors=['IR'], loc='L7:الحدود'),                                              # 16
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=[KOM], loc='L8:السليمانية', attr='تقديرات مراكز بحثية'),                          # 17
 dict(type='ATTACK', trig='L9:القصف', time=T, actors=['IR']),                                                                    # 18
 dict(type='ATTACK', trig='L9:هجوم', time='L9:آذار الماضي', actors=['IR'], loc='L9:أربيل'),                                      # 19
 dict(type='STATEMENT', trig='L9:قال', time='L9:آذار الماضي', actors=['IR'], attr='الحرس الثوري'),                               # 20
]
TD = (D, 'day')
TP = (D, 'part-of-day')
SN = (SAT + '/' + D, 'day')
forces = [
 dict(actor=KDPI, loc=('قضاء كويه', 'koya'), as_of=TD, status='attacked', source=HM, line=1, events=[1, 2]),
 dict(actor=KOM, loc=('منطقة زركويز', 'zrgwez'), as_of=TD, status='attacked', source=HM, line=1, events=[1, 2]),
 dict(actor=PAK, loc=('ناحية بردي', 'pirde'), as_of=TD, status='attacked', source=HM, line=1, events=[1, 2]),
 dict(actor=KDPI, loc=('كويه', 'koya'), as_of=TP, status='attacked', source=COR, line=2, events=[3]),
 dict(actor=KDPI, loc=('كويه', 'koya'), as_of=TP, status='present', source=COR, line=2, events=[3]),
 dict(actor=KOM, loc=('زركويز', 'zrgwez'), as_of=TD, status='attacked', line=3, events=[5]),
 dict(actor=KOM, loc=('زركويز', 'zrgwez'), as_of=TD, status='present', line=3, events=[5]),
 dict(actor=PAK, loc=('بردي', 'pirde'), as_of=TD, status='attacked', line=3, events=[6]),
 dict(actor=PAK, loc=('بردي', 'pirde'), as_of=TD, status='present', line=3, events=[6]),
 dict(actor='COALITION', loc=('أربيل', 'erbil'), as_of=TD, status='present', source=CENT, line=5, events=[12]),
 dict(actor='IR', loc=('الحدود', 'iran-iraq-border'), as_of=SN, status='reinforced', line=7, events=[16]),
 dict(actor=KDPI, strength=(2000, True, 'fighters'), loc=('كويه', 'koya'), as_of=TD, status='present', source='تقديرات مراكز بحثية', line=8),
 dict(actor=KOM, strength=(2000, True, 'fighters'), loc=('السليمانية', 'sulaymaniyah'), as_of=TD, status='present', source='تقديرات مراكز بحثية', line=8, events=[17]),
]
build('nrt-koya-irgc-strikes', None, 'NRT عربية', D, L, ents, times, events, forces)
