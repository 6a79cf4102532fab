from build import build
L = [
'الجيش يحبط هجوماً واسعاً لإرهابيي "النصرة" على مدينة البعث.. وطيران العدو الإسرائيلي يعتدي على أحد مواقعه في ريف القنيطرة',
'القنيطرة-سانا',
'أحبطت وحدات من الجيش العربي السوري اليوم هجوماً واسعاً شنه إرهابيو تنظيم "جبهة النصرة" والمجموعات التكفيرية المرتبطة به على مدينة البعث وبلدة خان أرنبة في ريف القنيطرة الأوسط، وأوقعت في صفوفهم خسائر كبيرة بالأفراد والعتاد.',
'وذكر مراسل سانا في القنيطرة أن أكثر من 500 إرهابي هاجموا فجراً نقاط الجيش من محوري جباتا الخشب والتلول الحمر، بعد أن فجّروا عربتين مفخختين عند الأطراف الشمالية لمدينة البعث، واستهدفوا الأحياء السكنية بعشرات القذائف الصاروخية.',
'ولفت المراسل إلى أن وحدات الجيش خاضت اشتباكات عنيفة مع المهاجمين استمرت أكثر من ست ساعات، أسفرت عن مقتل ما لا يقل عن 40 إرهابياً وتدمير 3 عربات مزودة برشاشات ثقيلة ودبابة، فيما فرّ من تبقى منهم باتجاه بلدة جباتا الخشب.',
'وفي تصعيد جديد يؤكد الارتباط العضوي بين كيان الاحتلال والتنظيمات الإرهابية، اعتدى طيران العدو الإسرائيلي بعد ظهر اليوم بصاروخين على أحد مواقع الجيش في محيط بلدة خان أرنبة، ما أدى إلى استشهاد جندي وإصابة اثنين آخرين ووقوع أضرار مادية.',
'وقالت القيادة العامة للجيش والقوات المسلحة في بيان تلقت سانا نسخة منه إن "هذا العدوان السافر يأتي في محاولة يائسة لرفع معنويات الإرهابيين المنهارة"، محذرة من "التداعيات الخطيرة لمثل هذه الأعمال العدوانية".',
'من جهته، زعم جيش الاحتلال الإسرائيلي في بيان أن طائراته استهدفت "دبابتين وموقعاً للمدفعية" تابعة للجيش السوري، رداً على سقوط نحو عشر قذائف في الجزء المحتل من الجولان السوري.',
'وفي درعا، خرق الإرهابيون وقف الأعمال القتالية الذي أعلنته القيادة العامة في السابع عشر من حزيران الجاري، واستهدفوا بقذائف الهاون حيي السحاري والكاشف في مدينة درعا، ما أدى إلى إصابة 4 مدنيين بجروح.',
'ويحتل كيان الاحتلال الإسرائيلي الجولان السوري منذ عام 1967، وتتهمه دمشق بتقديم الدعم العسكري واللوجستي للمجموعات الإرهابية في المنطقة الفاصلة وعلاج جرحاها في مشافيه.',
]
D = '2017-06-24'   # Saturday; web copy of its own day
ISR = 'OTHER:israel'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:إرهابيي "النصرة"','ACTOR','NUSRA'), ('L0:مدينة البعث','LOCATION','baath-city'),
 ('L0:طيران العدو الإسرائيلي','ACTOR',ISR), ('L0:ريف القنيطرة','LOCATION','quneitra-countryside'),
 ('L1:القنيطرة','LOCATION','quneitra'), ('L1:سانا','ORG','sana'),
 ('L2:وحدات من الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:إرهابيو تنظيم "جبهة النصرة"','ACTOR','NUSRA'),
 ('L2:المجموعات التكفيرية المرتبطة به','ACTOR','FSA'), ('L2:مدينة البعث','LOCATION','baath-city'), ('L2:بلدة خان أرنبة','LOCATION','khan-arnabah'),
 ('L2:ريف القنيطرة الأوسط','LOCATION','quneitra-central-countryside'),
 ('L3:سانا','ORG','sana'), ('L3:القنيطرة','LOCATION','quneitra'), ('L3:أكثر من 500','QUANTITY',None,(500,True,'fighters')),
 ('L3:الجيش','ACTOR','SY_GOV'), ('L3:جباتا الخشب','LOCATION','jubata-al-khashab'), ('L3:التلول الحمر','LOCATION','al-tulul-al-humr'),
 ('L3:عربتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L3:عربتين مفخختين#0','WEAPON','car-bombs'),
 ('L3:الأطراف الشمالية لمدينة البعث','LOCATION','baath-city'), ('L3:الأحياء السكنية','LOCATION','baath-city'),
 ('L3:عشرات القذائف الصاروخية','QUANTITY',None,([24,99],True,'missiles')), ('L3:القذائف الصاروخية','WEAPON','rockets'),
 ('L4:وحدات الجيش','ACTOR','SY_GOV'), ('L4:أكثر من ست ساعات','QUANTITY',None,(6,True,'other')),
 ('L4:ما لا يقل عن 40','QUANTITY',None,(40,True,'killed')), ('L4:3 عربات','QUANTITY',None,(3,False,'vehicles')),
 ('L4:عربات مزودة برشاشات ثقيلة','WEAPON','technicals'), ('L4:دبابة','WEAPON','tanks'), ('L4:بلدة جباتا الخشب','LOCATION','jubata-al-khashab'),
 ('L5:كيان الاحتلال','ACTOR',ISR), ('L5:التنظيمات الإرهابية','ACTOR','FSA'), ('L5:طيران العدو الإسرائيلي','ACTOR',ISR),
 ('L5:صاروخين','QUANTITY',None,(2,False,'missiles')), ('L5:صاروخين#0','WEAPON','missiles'), ('L5:الجيش','ACTOR','SY_GOV'),
 ('L5:محيط بلدة خان أرنبة','LOCATION','khan-arnabah'), ('L5:اثنين','QUANTITY',None,(2,False,'wounded')),
 ('L6:القيادة العامة للجيش والقوات المسلحة','ACTOR','SY_GOV'), ('L6:سانا','ORG','sana'), ('L6:الإرهابيين','ACTOR','NUSRA'),
 ('L7:جيش الاحتلال الإسرائيلي','ACTOR',ISR), ('L7:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L7:دبابتين#0','WEAPON','tanks'),
 ('L7:لمدفعية','WEAPON','artillery'), ('L7:لجيش السوري','ACTOR','SY_GOV'), ('L7:نحو عشر قذائف','QUANTITY',None,(10,True,'other')),
 ('L7:قذائف','WEAPON','shells'), ('L7:الجزء المحتل من الجولان السوري','LOCATION','occupied-golan'),
 ('L8:درعا#0','LOCATION','daraa'), ('L8:الإرهابيون','ACTOR','FSA'), ('L8:القيادة العامة','ACTOR','SY_GOV'),
 ('L8:قذائف الهاون','WEAPON','mortars'), ('L8:حيي السحاري','LOCATION','al-sahari'), ('L8:الكاشف','LOCATION','al-kashef'),
 ('L8:مدينة درعا','LOCATION','daraa'), ('L8:4 مدنيين','QUANTITY',None,(4,False,'wounded')),
 ('L9:كيان الاحتلال الإسرائيلي','ACTOR',ISR), ('L9:الجولان السوري','LOCATION','golan-heights'), ('L9:دمشق','ACTOR','SY_GOV'),
 ('L9:لمجموعات الإرهابية','ACTOR','FSA'), ('L9:المنطقة الفاصلة','LOCATION','golan-buffer-zone'),
]
times = [
 ('L2:اليوم', D, 'day'),
 ('L3:فجراً', D, 'part-of-day', {'part': 'morning'}),
 ('L5:بعد ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L8:السابع عشر من حزيران الجاري', '2017-06-17', 'day'),
 ('L9:منذ عام 1967', '1967/2017', 'year'),
]
T = 'L2:اليوم'
F = 'L3:فجراً'
N = 'L5:بعد ظهر اليوم'
J17 = 'L8:السابع عشر من حزيران الجاري'
COR = 'مراسل سانا'
GC = 'القيادة العامة للجيش والقوات المسلحة'
IDF = 'جيش الاحتلال الإسرائيلي'
events = [
 dict(type='ATTACK', trig='L2:أحبطت', time=T, actors=['SY_GOV'], targets=['NUSRA', 'FSA'], loc='L2:مدينة البعث'),                   # 1
 dict(type='ATTACK', trig='L2:هجوماً', time=F, actors=['NUSRA', 'FSA'], targets=['SY_GOV'], loc='L2:مدينة البعث'),                  # 2
 dict(type='ATTACK', trig='L3:هاجموا', time=F, actors=['NUSRA'], targets=['SY_GOV'], loc='L3:الأطراف الشمالية لمدينة البعث',
      qty=['L3:أكثر من 500'], attr=COR),                                                                                           # 3
 dict(type='ATTACK', trig='L3:فجّروا', time=F, actors=['NUSRA'], targets=['SY_GOV'], loc='L3:الأطراف الشمالية لمدينة البعث',
      weapons=['L3:عربتين مفخختين#0'], qty=['L3:عربتين مفخختين'], attr=COR),                                                       # 4
 dict(type='ATTACK', trig='L3:استهدفوا', time=F, actors=['NUSRA'], loc='L3:الأحياء السكنية', weapons=['L3:القذائف الصاروخية'],
      qty=['L3:عشرات القذائف الصاروخية'], attr=COR),                                                                               # 5
 dict(type='ATTACK', trig='L4:اشتباكات', time=T, actors=['SY_GOV', 'NUSRA'], qty=['L4:أكثر من ست ساعات', 'L4:ما لا يقل عن 40'], attr=COR),  # 6
 dict(type='WITHDRAWAL', trig='L4:فرّ', time=T, actors=['NUSRA'], attr=COR),                                                      # 7
 dict(type='ATTACK', trig='L5:اعتدى', time=N, actors=[ISR], targets=['SY_GOV'], loc='L5:محيط بلدة خان أرنبة',
      weapons=['L5:صاروخين#0'], qty=['L5:صاروخين', 'L5:اثنين']),                                                                  # 8
 dict(type='STATEMENT', trig='L6:قالت', time=T, actors=['SY_GOV'], attr=GC),                                                      # 9
 dict(type='ATTACK', trig='L6:العدوان#0', time=N, actors=[ISR], targets=['SY_GOV'], attr=GC),                                        # 10
 dict(type='ATTACK', trig='L7:استهدفت', time=N, actors=[ISR], targets=['SY_GOV'], attr=IDF),                                       # 11
 dict(type='ATTACK', trig='L7:سقوط', loc='L7:الجزء المحتل من الجولان السوري', weapons=['L7:قذائف'], qty=['L7:نحو عشر قذائف'], attr=IDF),  # 12
 dict(type='ATTACK', trig='L8:خرق', actors=['FSA'], targets=['SY_GOV']),                                                          # 13
 dict(type='AGREEMENT', trig='L8:وقف الأعمال القتالية', time=J17, actors=['SY_GOV']),                                             # 14
 dict(type='STATEMENT', trig='L8:أعلنته', time=J17, actors=['SY_GOV'], attr='القيادة العامة'),                                     # 15
 dict(type='ATTACK', trig='L8:استهدفوا', actors=['FSA'], loc='L8:حيي السحاري', weapons=['L8:قذائف الهاون'], qty=['L8:4 مدنيين']),  # 16
 dict(type='CONTROL', trig='L9:يحتل', time='L9:منذ عام 1967', actors=[ISR], loc='L9:الجولان السوري'),                             # 17
]
TD = (D, 'day')
FM = (D, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة البعث', 'baath-city'), as_of=TD, status='present', line=2, events=[1, 2]),
 dict(actor='SY_GOV', loc=('بلدة خان أرنبة', 'khan-arnabah'), as_of=TD, status='present', line=2, events=[1, 2]),
 dict(actor='NUSRA', loc=('مدينة البعث', 'baath-city'), as_of=TD, status='present', line=2, events=[1, 2]),
 dict(actor='NUSRA', loc=('بلدة خان أرنبة', 'khan-arnabah'), as_of=TD, status='present', line=2, events=[1, 2]),
 dict(actor='FSA', loc=('مدينة البعث', 'baath-city'), as_of=TD, status='present', line=2, events=[1, 2]),
 dict(actor='FSA', loc=('بلدة خان أرنبة', 'khan-arnabah'), as_of=TD, status='present', line=2, events=[1, 2]),
 dict(actor='NUSRA', strength=(500, True, 'fighters'), assets='عربتان مفخختان', loc=('الأطراف الشمالية لمدينة البعث', 'baath-city'), as_of=FM,
      status='present', source=COR, line=3, events=[3, 4]),
 dict(actor='SY_GOV', assets='نقاط الجيش', loc=('الأطراف الشمالية لمدينة البعث', 'baath-city'), as_of=FM, status='attacked', source=COR, line=3, events=[3, 4]),
 dict(actor='SY_GOV', assets='أحد مواقع الجيش', loc=('محيط بلدة خان أرنبة', 'khan-arnabah'), as_of=FM, status='attacked', line=5, events=[8]),
 dict(actor=ISR, loc=('الجولان السوري', 'golan-heights'), as_of=('1967/2017', 'year'), status='controls', line=9, events=[17]),
]
build('sana-baath-city-quneitra', None, 'سانا', D, L, ents, times, events, forces)
