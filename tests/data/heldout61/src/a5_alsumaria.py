from build import build
L = [
'العبادي يعلن تحرير الجانب الأيسر من الموصل بالكامل.. و"داعش" يقصف الأحياء المحررة',
'السومرية نيوز/ نينوى',
'أعلن رئيس الوزراء القائد العام للقوات المسلحة حيدر العبادي، الثلاثاء، تحرير الجانب الأيسر لمدينة الموصل بالكامل من سيطرة عصابات "داعش" الإرهابية، بعد نحو مئة يوم على انطلاق عمليات "قادمون يا نينوى".',
'وقال العبادي في مؤتمر صحافي عقده ببغداد، إن "قطعات جهاز مكافحة الإرهاب والجيش والشرطة الاتحادية أكملت تحرير آخر أحياء الساحل الأيسر"، مؤكداً أن "القوات ستنتقل قريباً إلى الجانب الأيمن".',
'من جانبه، قال قائد عمليات "قادمون يا نينوى" الفريق الركن عبد الأمير رشيد يارالله، في بيان تلقت "السومرية نيوز" نسخة منه، إن قطعات الفرقة السادسة عشرة حررت، أمس، حي الرشيدية وقرى الشلالات شمالي المدينة، آخر المناطق التي كان يتحصن فيها التنظيم شرق نهر دجلة.',
'وأضاف يارالله أن القطعات قتلت خلال المعارك الأخيرة أكثر من 120 إرهابياً، ودمرت 17 عجلة مفخخة وتسع طائرات مسيرة كان التنظيم يستخدمها لإلقاء القنابل على القوات.',
'في المقابل، أفاد مصدر أمني في نينوى لـ"السومرية نيوز"، بأن عناصر "داعش" قصفوا، صباح اليوم، بقذائف الهاون أحياء الزهور والمثنى والنبي يونس انطلاقاً من الجانب الأيمن، ما أسفر عن مقتل ستة مدنيين وإصابة 14 آخرين.',
'وأوضح المصدر أن نحو ألف منتسب من الشرطة المحلية انتشروا منذ الأحد الماضي في أحياء الجانب الأيسر لمسك الأرض، فيما تتمركز قطعات الجيش على ضفاف دجلة قبالة الجسور الخمسة التي دمرتها غارات التحالف الدولي خلال الأشهر الماضية.',
'بدوره، قال المتحدث باسم التحالف الدولي الكولونيل جون دوريان، إن طائرات التحالف ستواصل إسناد القوات العراقية في المرحلة المقبلة، مقدراً أعداد مسلحي "داعش" في الجانب الأيمن بما بين ألف وألفي مسلح.',
'وتشير تقديرات الأمم المتحدة إلى أن نحو 650 ألف مدني ما زالوا يعيشون في الجانب الأيمن، وسط مخاوف من موجات نزوح واسعة مع اقتراب المعارك.',
'يذكر أن تنظيم "داعش" سيطر على الموصل في العاشر من حزيران 2014، وأعلن زعيمه أبو بكر البغدادي منها ما سماه "دولة الخلافة" في تموز من العام نفسه.',
]
D = '2017-01-24'   # Tuesday; web copy of its own day
MON = '2017-01-23'
ents = [
 ('L0:العبادي','PERSON','haider-al-abadi'), ('L0:الجانب الأيسر','LOCATION','mosul-left-bank'), ('L0:الموصل','LOCATION','mosul'),
 ('L0:داعش','ACTOR','ISIS'), ('L0:الأحياء المحررة','LOCATION','mosul-left-bank-districts'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:نينوى','LOCATION','nineveh-governorate'),
 ('L2:لقوات المسلحة','ACTOR','IQ_GOV'), ('L2:حيدر العبادي','PERSON','haider-al-abadi'), ('L2:الجانب الأيسر','LOCATION','mosul-left-bank'),
 ('L2:مدينة الموصل','LOCATION','mosul'), ('L2:عصابات "داعش" الإرهابية','ACTOR','ISIS'),
 ('L3:العبادي','PERSON','haider-al-abadi'), ('L3:بغداد','LOCATION','baghdad'), ('L3:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L3:الجيش','ACTOR','IQ_GOV'), ('L3:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L3:أحياء الساحل الأيسر','LOCATION','mosul-left-bank-districts'),
 ('L3:القوات','ACTOR','IQ_GOV'), ('L3:الجانب الأيمن','LOCATION','mosul-right-bank'),
 ('L4:عبد الأمير رشيد يارالله','PERSON','abdul-amir-yarallah'), ('L4:السومرية نيوز','ORG','alsumaria'), ('L4:الفرقة السادسة عشرة','ACTOR','IQ_GOV'),
 ('L4:حي الرشيدية','LOCATION','al-rashidiya'), ('L4:قرى الشلالات','LOCATION','al-shallalat'), ('L4:المدينة','LOCATION','mosul'),
 ('L4:آخر المناطق','LOCATION','al-rashidiya-al-shallalat'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:نهر دجلة','LOCATION','tigris'),
 ('L5:يارالله','PERSON','abdul-amir-yarallah'), ('L5:القطعات','ACTOR','IQ_GOV'), ('L5:أكثر من 120 إرهابياً','QUANTITY',None,(120,True,'killed')),
 ('L5:17 عجلة مفخخة','QUANTITY',None,(17,False,'vehicles')), ('L5:عجلة مفخخة','WEAPON','car-bombs'),
 ('L5:تسع طائرات مسيرة','QUANTITY',None,(9,False,'aircraft')), ('L5:طائرات مسيرة','WEAPON','drones'), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:القنابل','WEAPON','bombs'), ('L5:القوات','ACTOR','IQ_GOV'),
 ('L6:نينوى','LOCATION','nineveh-governorate'), ('L6:السومرية نيوز','ORG','alsumaria'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:قذائف الهاون','WEAPON','mortars'), ('L6:أحياء الزهور','LOCATION','al-zuhur'), ('L6:المثنى','LOCATION','al-muthanna'),
 ('L6:النبي يونس','LOCATION','al-nabi-yunus'), ('L6:الجانب الأيمن','LOCATION','mosul-right-bank'),
 ('L6:ستة مدنيين','QUANTITY',None,(6,False,'killed')), ('L6:14','QUANTITY',None,(14,False,'wounded')),
 ('L7:نحو ألف منتسب','QUANTITY',None,(1000,True,'troops')), ('L7:الشرطة المحلية','ACTOR','IQ_GOV'),
 ('L7:أحياء الجانب الأيسر','LOCATION','mosul-left-bank-districts'), ('L7:الجيش','ACTOR','IQ_GOV'), ('L7:ضفاف دجلة','LOCATION','tigris-banks-mosul'),
 ('L7:الجسور الخمسة','LOCATION','mosul-bridges'), ('L7:التحالف الدولي','ACTOR','COALITION'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:جون دوريان','PERSON','john-dorrian'), ('L8:طائرات','WEAPON','warplanes'),
 ('L8:التحالف#1','ACTOR','COALITION'), ('L8:القوات العراقية','ACTOR','IQ_GOV'), ('L8:داعش','ACTOR','ISIS'),
 ('L8:الجانب الأيمن','LOCATION','mosul-right-bank'), ('L8:ما بين ألف وألفي مسلح','QUANTITY',None,([1000, 2000],True,'fighters')),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:نحو 650 ألف مدني','QUANTITY',None,(650000,True,'people')), ('L9:الجانب الأيمن','LOCATION','mosul-right-bank'),
 ('L10:تنظيم "داعش"','ACTOR','ISIS'), ('L10:الموصل','LOCATION','mosul'), ('L10:أبو بكر البغدادي','PERSON','abu-bakr-al-baghdadi'),
]
times = [
 ('L2:الثلاثاء', D, 'day'),
 ('L3:قريباً', f'{D}/', 'vague', {'relation': 'after'}),
 ('L4:أمس', MON, 'day'),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ الأحد الماضي', '2017-01-22/2017-01-24', 'day'),
 ('L7:خلال الأشهر الماضية', None, 'vague', {'relation': 'before'}),
 ('L10:العاشر من حزيران 2014', '2014-06-10', 'day'),
 ('L10:تموز من العام نفسه', '2014-07', 'month'),
]
T = 'L2:الثلاثاء'
A = 'حيدر العبادي'
Y = 'عبد الأمير رشيد يارالله (بيان)'
SRC = 'مصدر أمني في نينوى (السومرية نيوز)'
JD = 'جون دوريان'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=T, actors=['IQ_GOV'], attr=A),                                                          # 1
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:الجانب الأيسر', attr=A),                   # 2
 dict(type='OPERATION', trig='L2:عمليات', actors=['IQ_GOV'], targets=['ISIS'], attr=A),                                               # 3
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['IQ_GOV'], attr=A),                                                           # 4
 dict(type='CONTROL', trig='L3:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L3:أحياء الساحل الأيسر', attr=A),              # 5
 dict(type='MOVEMENT', trig='L3:ستنتقل', mod='planned', time='L3:قريباً', actors=['IQ_GOV'], loc='L3:الجانب الأيمن', attr=A),            # 6
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=Y),                                                                   # 7
 dict(type='CONTROL', trig='L4:حررت', time='L4:أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L4:حي الرشيدية', attr=Y),                # 8
 dict(type='ATTACK', trig='L5:قتلت', actors=['IQ_GOV'], targets=['ISIS'], qty=['L5:أكثر من 120 إرهابياً'], attr=Y),                     # 9
 dict(type='ATTACK', trig='L5:لإلقاء', actors=['ISIS'], targets=['IQ_GOV'], weapons=['L5:طائرات مسيرة', 'L5:القنابل'], attr=Y),          # 10
 dict(type='ATTACK', trig='L6:قصفوا', time='L6:صباح اليوم', actors=['ISIS'], loc='L6:أحياء الزهور', weapons=['L6:قذائف الهاون'],
      qty=['L6:ستة مدنيين', 'L6:14'], attr=SRC),                                                                                      # 11
 dict(type='MOVEMENT', trig='L7:انتشروا', time='L7:منذ الأحد الماضي', actors=['IQ_GOV'], loc='L7:أحياء الجانب الأيسر', qty=['L7:نحو ألف منتسب'],
      attr=SRC),                                                                                                                     # 12
 dict(type='MOVEMENT', trig='L7:تتمركز', actors=['IQ_GOV'], loc='L7:ضفاف دجلة', attr=SRC),                                            # 13
 dict(type='ATTACK', trig='L7:غارات', time='L7:خلال الأشهر الماضية', actors=['COALITION'], loc='L7:الجسور الخمسة', attr=SRC),          # 14
 dict(type='STATEMENT', trig='L8:قال', actors=['COALITION'], attr=JD),                                                               # 15
 dict(type='ATTACK', trig='L8:إسناد', mod='planned', actors=['COALITION'], targets=['ISIS'], weapons=['L8:طائرات'], attr=JD),           # 16
 dict(type='CONTROL', trig='L10:سيطر', time='L10:العاشر من حزيران 2014', actors=['ISIS'], targets=['IQ_GOV'], loc='L10:الموصل'),       # 17
 dict(type='STATEMENT', trig='L10:أعلن', time='L10:تموز من العام نفسه', actors=['ISIS'], attr='أبو بكر البغدادي'),                    # 18
]
forces = [
 dict(actor='IQ_GOV', loc=('الجانب الأيسر', 'mosul-left-bank'), as_of=(D, 'day'), status='controls', source=A, line=2, events=[2]),
 dict(actor='IQ_GOV', assets='قطعات جهاز مكافحة الإرهاب والجيش والشرطة الاتحادية', loc=('أحياء الساحل الأيسر', 'mosul-left-bank-districts'),
      as_of=(D, 'day'), status='controls', source=A, line=3, events=[5]),
 dict(actor='IQ_GOV', loc=('الجانب الأيمن', 'mosul-right-bank'), as_of=(f'{D}/', 'vague'), status='planned', source=A, line=3, events=[6]),
 dict(actor='IQ_GOV', assets='الفرقة السادسة عشرة', loc=('حي الرشيدية', 'al-rashidiya'), as_of=(MON, 'day'), status='controls', source=Y,
      line=4, events=[8]),
 dict(actor='IQ_GOV', assets='الفرقة السادسة عشرة', loc=('قرى الشلالات', 'al-shallalat'), as_of=(MON, 'day'), status='controls', source=Y,
      line=4, events=[8]),
 dict(actor='ISIS', loc=('الجانب الأيمن', 'mosul-right-bank'), as_of=(D, 'part-of-day'), status='present', source=SRC, line=6, events=[11]),
 dict(actor='IQ_GOV', strength=(1000, True, 'troops'), assets='الشرطة المحلية', loc=('أحياء الجانب الأيسر', 'mosul-left-bank-districts'),
      as_of=('2017-01-22/2017-01-24', 'day'), status='arrived', source=SRC, line=7, events=[12]),
 dict(actor='IQ_GOV', assets='قطعات الجيش', loc=('ضفاف دجلة', 'tigris-banks-mosul'), as_of=(D, 'day'), status='present', source=SRC, line=7, events=[13]),
 dict(actor='ISIS', strength=([1000, 2000], True, 'fighters'), loc=('الجانب الأيمن', 'mosul-right-bank'), as_of=(D, 'day'), status='present',
      source=JD, line=8, events=[]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=('2014-06-10', 'day'), status='controls', line=10, events=[17]),
]
build('alsumaria-mosul-left-bank', None, 'السومرية نيوز', D, L, ents, times, events, forces)
