from build import build
L = [
'الحشد الشعبي يحرر مطار تلعفر ويطبق الخناق على "داعش" غرب الموصل',
'أعلنت هيئة الحشد الشعبي، اليوم الأربعاء، تحرير مطار تلعفر العسكري بالكامل من عصابات "داعش" الإرهابية، ضمن عمليات محور غرب الموصل، بعد معارك استمرت منذ فجر الثلاثاء.',
'وقال المتحدث باسم الحشد أحمد الأسدي، في مؤتمر صحفي عقده في قاطع العمليات، إن "أبطال الحشد اقتحموا المطار من ثلاثة محاور، وقتلوا أكثر من 70 إرهابياً، ودمروا تسع عجلات مفخخة"، مؤكداً أن المطار بات "خاضعاً بالكامل لسيطرة الحشد".',
'وأوضح مراسل قناة النجباء أن فصائل المقاومة الإسلامية، وفي مقدمتها حركة النجباء وكتائب حزب الله ومنظمة بدر، شاركت في الهجوم بإسناد من مدفعية الحشد وطيران الجيش العراقي، فيما تولت فرق الجهد الهندسي تطهير مدرج المطار ومبانيه من العبوات الناسفة.',
'وأضاف المراسل أن القطعات واصلت تقدمها بعد التحرير نحو قرية تل الزلط جنوب غربي المطار، وسط فرار العشرات من الدواعش باتجاه مركز قضاء تلعفر، الذي يبعد نحو ثمانية كيلومترات إلى الشمال.',
'من جهته، توعد الأمين العام لحركة النجباء الشيخ أكرم الكعبي بأن "مجاهدي الحشد سيحررون تلعفر خلال الأيام المقبلة"، محذراً من أن "أي تدخل تركي في المعركة سيواجَه بالسلاح".',
'وكانت أنقرة قد أبدت مراراً اعتراضها على دور الحشد في تلعفر، ودفع الجيش التركي مطلع الشهر الجاري بدبابات ومدافع ثقيلة إلى بلدة سيلوبي الحدودية مع العراق، فيما يتمركز نحو 500 جندي تركي في معسكر بعشيقة شمال شرقي الموصل، رغم مطالبة بغداد بسحبهم.',
'وعلى المحور الشرقي، أعلنت قيادة العمليات المشتركة أن قوات جهاز مكافحة الإرهاب واصلت تقدمها داخل الأحياء الشرقية لمدينة الموصل، وسيطرت على حي الخضراء بعد اشتباكات عنيفة مع عناصر التنظيم.',
'وتأتي هذه التطورات بعد شهر على انطلاق عمليات "قادمون يا نينوى" في السابع عشر من تشرين الأول الماضي، بمشاركة الجيش والشرطة الاتحادية والحشد الشعبي والبيشمركة، فيما يكتفي التحالف الأمريكي بغارات جوية تقول فصائل المقاومة إنها "لم تمنع هروب الدواعش نحو سوريا".',
'ويسعى الحشد، بحسب قادته، إلى قطع طريق الإمداد الرابط بين تلعفر وسنجار والحدود السورية، لعزل الموصل عن معاقل التنظيم في الرقة ودير الزور.',
]
D = '2016-11-16'   # Wednesday; PMF-aligned TV channel, web copy of its own day
PMF = 'OTHER:pmf'
NUJ = 'OTHER:nujaba'
KH = 'OTHER:kataib-hezbollah'
BADR = 'OTHER:badr'
IRI = 'OTHER:islamic-resistance-iraq'
ents = [
 ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:مطار تلعفر','LOCATION','tal-afar-airport'), ('L0:داعش','ACTOR','ISIS'), ('L0:الموصل','LOCATION','mosul'),
 ('L1:هيئة الحشد الشعبي','ACTOR',PMF), ('L1:مطار تلعفر العسكري','LOCATION','tal-afar-airport'),
 ('L1:عصابات "داعش" الإرهابية','ACTOR','ISIS'), ('L1:الموصل','LOCATION','mosul'),
 ('L2:الحشد#0','ACTOR',PMF), ('L2:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L2:الحشد#1','ACTOR',PMF), ('L2:المطار#0','LOCATION','tal-afar-airport'),
 ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:أكثر من 70 إرهابياً','QUANTITY',None,(70,True,'killed')),
 ('L2:تسع عجلات مفخخة','QUANTITY',None,(9,False,'vehicles')), ('L2:عجلات مفخخة','WEAPON','vbieds'),
 ('L2:المطار#1','LOCATION','tal-afar-airport'), ('L2:الحشد#2','ACTOR',PMF),
 ('L3:قناة النجباء','ORG','nujaba-tv'), ('L3:فصائل المقاومة الإسلامية','ACTOR',IRI), ('L3:حركة النجباء','ACTOR',NUJ),
 ('L3:كتائب حزب الله','ACTOR',KH), ('L3:منظمة بدر','ACTOR',BADR), ('L3:مدفعية الحشد','ACTOR',PMF),
 ('L3:طيران الجيش العراقي','ACTOR','IQ_GOV'), ('L3:فرق الجهد الهندسي','ACTOR',PMF), ('L3:مدرج المطار','LOCATION','tal-afar-airport'),
 ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L4:قرية تل الزلط','LOCATION','tal-al-zalat'), ('L4:المطار','LOCATION','tal-afar-airport'),
 ('L4:العشرات','QUANTITY',None,([24,99],True,'fighters')), ('L4:الدواعش','ACTOR','ISIS'), ('L4:مركز قضاء تلعفر','LOCATION','tal-afar'),
 ('L4:نحو ثمانية كيلومترات','QUANTITY',None,(8,True,'km')),
 ('L5:حركة النجباء','ACTOR',NUJ), ('L5:أكرم الكعبي','PERSON','akram-al-kaabi'), ('L5:الحشد','ACTOR',PMF), ('L5:تلعفر','LOCATION','tal-afar'),
 ('L6:أنقرة','ACTOR','TR'), ('L6:الحشد','ACTOR',PMF), ('L6:تلعفر','LOCATION','tal-afar'), ('L6:الجيش التركي','ACTOR','TR'),
 ('L6:دبابات','WEAPON','tanks'), ('L6:مدافع ثقيلة','WEAPON','heavy-artillery'), ('L6:بلدة سيلوبي','LOCATION','silopi'),
 ('L6:العراق','LOCATION','iraq'), ('L6:نحو 500 جندي','QUANTITY',None,(500,True,'troops')), ('L6:جندي تركي','ACTOR','TR'),
 ('L6:معسكر بعشيقة','LOCATION','bashiqa-camp'), ('L6:الموصل','LOCATION','mosul'), ('L6:بغداد','ACTOR','IQ_GOV'),
 ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L7:الأحياء الشرقية لمدينة الموصل','LOCATION','mosul-eastern-districts'), ('L7:حي الخضراء','LOCATION','al-khadra'),
 ('L7:التنظيم','ACTOR','ISIS'),
 ('L8:الجيش','ACTOR','IQ_GOV'), ('L8:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L8:الحشد الشعبي','ACTOR',PMF),
 ('L8:البيشمركة','ACTOR','PESHMERGA'), ('L8:التحالف الأمريكي','ACTOR','COALITION'), ('L8:فصائل المقاومة','ACTOR',IRI),
 ('L8:الدواعش','ACTOR','ISIS'), ('L8:سوريا','LOCATION','syria'),
 ('L9:الحشد','ACTOR',PMF), ('L9:طريق الإمداد','LOCATION','tal-afar-sinjar-road'), ('L9:تلعفر','LOCATION','tal-afar'),
 ('L9:سنجار','LOCATION','sinjar'), ('L9:الحدود السورية','LOCATION','iraq-syria-border'), ('L9:الموصل','LOCATION','mosul'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:الرقة','LOCATION','raqqa'), ('L9:دير الزور','LOCATION','deir-ez-zor'),
]
times = [
 ('L1:اليوم الأربعاء', D, 'day'),
 ('L1:منذ فجر الثلاثاء', '2016-11-15/' + D, 'day'),
 ('L5:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L6:مطلع الشهر الجاري', '2016-11', 'month'),
 ('L8:السابع عشر من تشرين الأول الماضي', '2016-10-17', 'day'),
]
T = 'L1:اليوم الأربعاء'
SINCE = 'L1:منذ فجر الثلاثاء'
ASADI = 'أحمد الأسدي'
COR = 'مراسل قناة النجباء'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=[PMF], attr='هيئة الحشد الشعبي'),                                        # 1
 dict(type='CONTROL', trig='L1:تحرير', time=T, actors=[PMF], targets=['ISIS'], loc='L1:مطار تلعفر العسكري', attr='هيئة الحشد الشعبي'),  # 2
 dict(type='OPERATION', trig='L1:عمليات', actors=[PMF], targets=['ISIS'], loc='L1:الموصل'),                                      # 3
 dict(type='ATTACK', trig='L1:معارك', time=SINCE, actors=[PMF, 'ISIS'], loc='L1:مطار تلعفر العسكري'),                             # 4
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=[PMF], attr=ASADI),                                                        # 5
 dict(type='ATTACK', trig='L2:اقتحموا', time=SINCE, actors=[PMF], targets=['ISIS'], loc='L2:المطار#0',
      qty=['L2:ثلاثة محاور', 'L2:أكثر من 70 إرهابياً'], attr=ASADI),                                                             # 6
 dict(type='CONTROL', trig='L2:خاضعاً بالكامل لسيطرة', time=T, actors=[PMF], loc='L2:المطار#1', attr=ASADI),                     # 7
 dict(type='ATTACK', trig='L3:الهجوم', time=SINCE, actors=[IRI, NUJ, KH, BADR], targets=['ISIS'], attr=COR),                      # 8
 dict(type='ATTACK', trig='L3:بإسناد', time=SINCE, actors=[PMF, 'IQ_GOV'], targets=['ISIS'], attr=COR),                          # 9
 dict(type='OPERATION', trig='L3:تطهير', time=T, actors=[PMF], loc='L3:مدرج المطار', attr=COR),                                  # 10
 dict(type='MOVEMENT', trig='L4:تقدمها', time=T, actors=[PMF], loc='L4:قرية تل الزلط', attr=COR),                                # 11
 dict(type='CONTROL', trig='L4:التحرير', time=T, actors=[PMF], loc='L4:المطار', attr=COR),                                       # 12
 dict(type='WITHDRAWAL', trig='L4:فرار', time=T, actors=['ISIS'], qty=['L4:العشرات'], attr=COR),                                 # 13
 dict(type='CONTROL', trig='L5:سيحررون', mod='planned', time='L5:خلال الأيام المقبلة', actors=[PMF], targets=['ISIS'],
      loc='L5:تلعفر', attr='أكرم الكعبي'),                                                                                      # 14
 dict(type='MOVEMENT', trig='L6:دفع', time='L6:مطلع الشهر الجاري', actors=['TR'], loc='L6:بلدة سيلوبي',
      weapons=['L6:دبابات', 'L6:مدافع ثقيلة']),                                                                                 # 15
 dict(type='MOVEMENT', trig='L6:يتمركز', time=T, actors=['TR'], loc='L6:معسكر بعشيقة', qty=['L6:نحو 500 جندي']),                  # 16
 dict(type='WITHDRAWAL', trig='L6:بسحبهم', mod='planned', actors=['TR'], loc='L6:معسكر بعشيقة', attr='بغداد'),                     # 17
 dict(type='STATEMENT', trig='L7:أعلنت', actors=['IQ_GOV'], attr='قيادة العمليات المشتركة'),                                      # 18
 dict(type='MOVEMENT', trig='L7:تقدمها', actors=['IQ_GOV'], loc='L7:الأحياء الشرقية لمدينة الموصل', attr='قيادة العمليات المشتركة'),  # 19
 dict(type='CONTROL', trig='L7:سيطرت', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:حي الخضراء', attr='قيادة العمليات المشتركة'),    # 20
 dict(type='ATTACK', trig='L7:اشتباكات', actors=['IQ_GOV', 'ISIS'], loc='L7:حي الخضراء', attr='قيادة العمليات المشتركة'),          # 21
 dict(type='OPERATION', trig='L8:انطلاق', time='L8:السابع عشر من تشرين الأول الماضي', actors=['IQ_GOV', PMF, 'PESHMERGA'],
      targets=['ISIS']),                                                                                                       # 22
 dict(type='ATTACK', trig='L8:غارات', actors=['COALITION'], targets=['ISIS']),                                                    # 23
 dict(type='WITHDRAWAL', trig='L8:هروب', actors=['ISIS'], attr='فصائل المقاومة'),                                                  # 24
 dict(type='ATTACK', trig='L9:قطع', mod='planned', actors=[PMF], targets=['ISIS'], loc='L9:طريق الإمداد', attr='قادة الحشد'),       # 25
]
TD = (D, 'day')
SI = ('2016-11-15/' + D, 'day')
forces = [
 dict(actor=PMF, loc=('مطار تلعفر العسكري', 'tal-afar-airport'), as_of=TD, status='controls', source='هيئة الحشد الشعبي', line=1, events=[2]),
 dict(actor=PMF, loc=('مطار تلعفر العسكري', 'tal-afar-airport'), as_of=SI, status='present', source='هيئة الحشد الشعبي', line=1, events=[4]),
 dict(actor='ISIS', loc=('مطار تلعفر العسكري', 'tal-afar-airport'), as_of=SI, status='present', source='هيئة الحشد الشعبي', line=1, events=[4]),
 dict(actor=PMF, loc=('المطار', 'tal-afar-airport'), as_of=SI, status='present', source=ASADI, line=2, events=[6]),
 dict(actor='ISIS', loc=('المطار', 'tal-afar-airport'), as_of=SI, status='present', source=ASADI, line=2, events=[6]),
 dict(actor=PMF, loc=('المطار', 'tal-afar-airport'), as_of=TD, status='controls', source=ASADI, line=2, events=[7]),
 dict(actor=IRI, loc=('مدرج المطار', 'tal-afar-airport'), as_of=SI, status='present', source=COR, line=3, events=[8]),
 dict(actor=NUJ, loc=('مدرج المطار', 'tal-afar-airport'), as_of=SI, status='present', source=COR, line=3, events=[8]),
 dict(actor=KH, loc=('مدرج المطار', 'tal-afar-airport'), as_of=SI, status='present', source=COR, line=3, events=[8]),
 dict(actor=BADR, loc=('مدرج المطار', 'tal-afar-airport'), as_of=SI, status='present', source=COR, line=3, events=[8]),
 dict(actor=PMF, loc=('مدرج المطار', 'tal-afar-airport'), as_of=TD, status='present', source=COR, line=3, events=[10]),
 dict(actor='TR', assets='دبابات ومدافع ثقيلة', loc=('بلدة سيلوبي', 'silopi'), as_of=('2016-11', 'month'), status='reinforced', line=6, events=[15]),
 dict(actor='TR', strength=(500, True, 'troops'), loc=('معسكر بعشيقة', 'bashiqa-camp'), as_of=TD, status='present', line=6, events=[16]),
 dict(actor='IQ_GOV', loc=('الأحياء الشرقية لمدينة الموصل', 'mosul-eastern-districts'), as_of=TD, status='present', source='قيادة العمليات المشتركة', line=7, events=[19]),
 dict(actor='IQ_GOV', loc=('حي الخضراء', 'al-khadra'), as_of=TD, status='controls', source='قيادة العمليات المشتركة', line=7, events=[20]),
 dict(actor='IQ_GOV', loc=('حي الخضراء', 'al-khadra'), as_of=TD, status='present', source='قيادة العمليات المشتركة', line=7, events=[21]),
 dict(actor='ISIS', loc=('حي الخضراء', 'al-khadra'), as_of=TD, status='present', source='قيادة العمليات المشتركة', line=7, events=[21]),
]
build('nujaba-tal-afar-airport', None, 'قناة النجباء', D, L, ents, times, events, forces)
