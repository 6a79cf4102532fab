from build import build
L = [
'العبادي يعلن النصر النهائي على "داعش" وبسط السيطرة على كامل الحدود مع سوريا',
'{بغداد:الفرات نيوز} أعلن رئيس الوزراء القائد العام للقوات المسلحة حيدر العبادي، اليوم السبت، النصر النهائي على عصابات داعش الإرهابية، بعد أن بسطت القوات العراقية سيطرتها الكاملة على الحدود العراقية السورية.',
'وقال العبادي في كلمة متلفزة من مقر وزارة الدفاع في بغداد إن "قواتنا البطلة وصلت إلى آخر نقطة على الشريط الحدودي مع سوريا، وأصبحت الأرض العراقية كلها محررة"، محذراً من أن "العدو سيحاول استهداف أمن العراق مجدداً".',
'ويأتي ذلك بعد ساعات من إعلان قيادة العمليات المشتركة انتهاء المرحلة الثانية من عمليات تطهير صحراء الجزيرة وأعالي الفرات، التي انطلقت في الثالث والعشرين من تشرين الثاني الماضي على محاور عدة.',
'وقال قائد العمليات المشتركة الفريق الركن عبد الأمير رشيد يار الله في بيان تلقت {الفرات نيوز} نسخة منه إن "قطعات الجيش والحشد الشعبي والحشد العشائري حررت مساحة 29 ألف كيلومتر مربع وأحكمت سيطرتها على 80 قرية، وقتلت العشرات من الإرهابيين في الوديان الحدودية".',
'وأوضح يار الله أن "قوات حرس الحدود بدأت الانتشار على طول الشريط الحدودي من منفذ القائم جنوباً حتى ربيعة شمالاً، تمهيداً لإقامة 20 مخفراً جديداً".',
'من جهته، أكد المتحدث باسم التحالف الدولي العقيد ريان ديلون أن "داعش فقد 95 بالمئة من الأراضي التي كان يسيطر عليها في العراق وسوريا"، لافتاً إلى أن قوات التحالف "ستبقى في العراق ما دامت الحاجة قائمة".',
'وفي السياق، أفاد مصدر أمني في الأنبار لـ{الفرات نيوز} بأن "قطعات من الفرقة السابعة انسحبت صباح اليوم من بلدة عكاشات إلى قاعدة عين الأسد، فيما تسلم لواءان من الحشد العشائري قاطع المسؤولية في البلدة".',
'وحدد العبادي يوم غد الأحد عطلة رسمية في عموم البلاد احتفالاً بالنصر، فيما من المقرر أن تقام استعراضات عسكرية في بغداد والمحافظات المحررة خلال الأيام المقبلة.',
'يذكر أن تنظيم داعش سيطر في حزيران 2014 على مدينة الموصل وأجزاء واسعة من محافظات نينوى وصلاح الدين والأنبار وكركوك وديالى، قبل أن تطلق القوات العراقية عمليات استعادتها تباعاً.',
]
D = '2017-12-09'   # Saturday; Baghdad news site, web copy of its own day
PMF = 'OTHER:pmf'
TRB = 'OTHER:arab-tribes'   # as heldout38's Al-Furat and heldout47's Al-Sabah
ents = [
 ('L0:العبادي','PERSON','haider-al-abadi'), ('L0:داعش','ACTOR','ISIS'), ('L0:الحدود','LOCATION','iraq-syria-border'), ('L0:سوريا','LOCATION','syria'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الفرات نيوز','ORG','alforat-news'), ('L1:لقوات المسلحة','ACTOR','IQ_GOV'),
 ('L1:حيدر العبادي','PERSON','haider-al-abadi'), ('L1:عصابات داعش الإرهابية','ACTOR','ISIS'), ('L1:القوات العراقية','ACTOR','IQ_GOV'),
 ('L1:الحدود العراقية السورية','LOCATION','iraq-syria-border'),
 ('L2:العبادي','PERSON','haider-al-abadi'), ('L2:مقر وزارة الدفاع','LOCATION','defence-ministry-baghdad'), ('L2:بغداد','LOCATION','baghdad'),
 ('L2:الشريط الحدودي','LOCATION','iraq-syria-border'), ('L2:سوريا','LOCATION','syria'), ('L2:الأرض العراقية','LOCATION','iraq'),
 ('L2:العدو','ACTOR','ISIS'), ('L2:العراق#1','LOCATION','iraq'),
 ('L3:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L3:صحراء الجزيرة','LOCATION','jazira-desert'), ('L3:أعالي الفرات','LOCATION','upper-euphrates'),
 ('L3:محاور عدة','QUANTITY',None,([3,9],True,'other')),
 ('L4:العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:عبد الأمير رشيد يار الله','PERSON','abdul-amir-yarallah'), ('L4:الفرات نيوز','ORG','alforat-news'),
 ('L4:قطعات الجيش','ACTOR','IQ_GOV'), ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:الحشد العشائري','ACTOR',TRB),
 ('L4:29 ألف كيلومتر مربع','QUANTITY',None,(29000,False,'other')), ('L4:80 قرية','QUANTITY',None,(80,False,'other')),
 ('L4:العشرات','QUANTITY',None,([24,99],True,'killed')), ('L4:الوديان الحدودية','LOCATION','border-valleys'),
 ('L5:يار الله','PERSON','abdul-amir-yarallah'), ('L5:قوات حرس الحدود','ACTOR','IQ_GOV'), ('L5:الشريط الحدودي','LOCATION','iraq-syria-border'),
 ('L5:منفذ القائم','LOCATION','al-qaim-crossing'), ('L5:ربيعة','LOCATION','rabia'), ('L5:20 مخفراً','QUANTITY',None,(20,False,'other')),
 ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:ريان ديلون','PERSON','ryan-dillon'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:95 بالمئة','QUANTITY',None,(95,False,'other')), ('L6:العراق#0','LOCATION','iraq'), ('L6:سوريا','LOCATION','syria'),
 ('L6:قوات التحالف','ACTOR','COALITION'), ('L6:العراق#1','LOCATION','iraq'),
 ('L7:الأنبار','LOCATION','anbar'), ('L7:الفرات نيوز','ORG','alforat-news'), ('L7:الفرقة السابعة','ACTOR','IQ_GOV'),
 ('L7:بلدة عكاشات','LOCATION','akashat'), ('L7:قاعدة عين الأسد','LOCATION','ain-al-asad'), ('L7:لواءان','QUANTITY',None,(2,False,'other')),
 ('L7:الحشد العشائري','ACTOR',TRB), ('L7:البلدة','LOCATION','akashat'),
 ('L8:العبادي','PERSON','haider-al-abadi'), ('L8:البلاد','LOCATION','iraq'), ('L8:بغداد','LOCATION','baghdad'),
 ('L8:المحافظات المحررة','LOCATION','liberated-governorates'),
 ('L9:تنظيم داعش','ACTOR','ISIS'), ('L9:مدينة الموصل','LOCATION','mosul'), ('L9:محافظات نينوى','LOCATION','nineveh'),
 ('L9:صلاح الدين','LOCATION','salahuddin'), ('L9:الأنبار','LOCATION','anbar'), ('L9:كركوك','LOCATION','kirkuk'), ('L9:ديالى','LOCATION','diyala'),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'),
]
times = [
 ('L1:اليوم السبت', D, 'day'),
 ('L3:الثالث والعشرين من تشرين الثاني الماضي', '2017-11-23', 'day'),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:يوم غد الأحد', '2017-12-10', 'day'),
 ('L8:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L9:حزيران 2014', '2014-06', 'month'),
]
T = 'L1:اليوم السبت'
AB = 'حيدر العبادي'
YR = 'عبد الأمير رشيد يار الله'
SEC = 'مصدر أمني في الأنبار'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['IQ_GOV'], attr=AB),                                                       # 1
 dict(type='CONTROL', trig='L1:بسطت', time=T, actors=['IQ_GOV'], loc='L1:الحدود العراقية السورية', attr=AB),                        # 2
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=['IQ_GOV'], attr=AB),                                                        # 3
 dict(type='MOVEMENT', trig='L2:وصلت', time=T, actors=['IQ_GOV'], loc='L2:الشريط الحدودي', attr=AB),                                # 4
 dict(type='CONTROL', trig='L2:محررة', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:الأرض العراقية', attr=AB),              # 5
 dict(type='ATTACK', trig='L2:استهداف', mod='expected', actors=['ISIS'], loc='L2:العراق#1', attr=AB),                                # 6
 dict(type='STATEMENT', trig='L3:إعلان', time=T, actors=['IQ_GOV'], attr='قيادة العمليات المشتركة'),                                 # 7
 dict(type='OPERATION', trig='L3:عمليات تطهير', time='L3:الثالث والعشرين من تشرين الثاني الماضي', actors=['IQ_GOV'], targets=['ISIS'],
      loc='L3:صحراء الجزيرة', qty=['L3:محاور عدة'], attr='قيادة العمليات المشتركة'),                                              # 8
 dict(type='STATEMENT', trig='L4:قال', time=T, actors=['IQ_GOV'], attr=YR),                                                         # 9
 dict(type='CONTROL', trig='L4:حررت', actors=['IQ_GOV', PMF, TRB], targets=['ISIS'], qty=['L4:29 ألف كيلومتر مربع'], attr=YR),      # 10
 dict(type='CONTROL', trig='L4:أحكمت سيطرتها', actors=['IQ_GOV', PMF, TRB], targets=['ISIS'], qty=['L4:80 قرية'], attr=YR),         # 11
 dict(type='ATTACK', trig='L4:قتلت', actors=['IQ_GOV', PMF, TRB], targets=['ISIS'], loc='L4:الوديان الحدودية', qty=['L4:العشرات'], attr=YR),  # 12
 dict(type='MOVEMENT', trig='L5:الانتشار', time=T, actors=['IQ_GOV'], loc='L5:الشريط الحدودي', attr=YR),                             # 13
 dict(type='BASE', trig='L5:لإقامة', mod='planned', actors=['IQ_GOV'], loc='L5:الشريط الحدودي', qty=['L5:20 مخفراً'], attr=YR),     # 14
 dict(type='CONTROL', trig='L6:فقد', targets=['ISIS'], qty=['L6:95 بالمئة'], attr='ريان ديلون'),                                    # 15
 dict(type='CONTROL', trig='L6:يسيطر', actors=['ISIS'], loc='L6:العراق#0', attr='ريان ديلون'),                                     # 16
 dict(type='WITHDRAWAL', trig='L7:انسحبت', time='L7:صباح اليوم', actors=['IQ_GOV'], loc='L7:بلدة عكاشات', attr=SEC),               # 17
 dict(type='CONTROL', trig='L7:تسلم', time='L7:صباح اليوم', actors=[TRB], loc='L7:البلدة', qty=['L7:لواءان'], attr=SEC),             # 18
 dict(type='CONTROL', trig='L9:سيطر', time='L9:حزيران 2014', actors=['ISIS'], targets=['IQ_GOV'], loc='L9:مدينة الموصل'),           # 19
 dict(type='OPERATION', trig='L9:عمليات', actors=['IQ_GOV'], targets=['ISIS']),                                                    # 20
]
OD = (D, 'day')
MP = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('الحدود العراقية السورية', 'iraq-syria-border'), as_of=OD, status='controls', source=AB, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=OD, status='arrived', source=AB, line=2, events=[4]),
 dict(actor='IQ_GOV', loc=('الأرض العراقية', 'iraq'), as_of=OD, status='controls', source=AB, line=2, events=[5]),
 dict(actor='IQ_GOV', loc=('الوديان الحدودية', 'border-valleys'), as_of=OD, status='present', source=YR, line=4, events=[12]),
 dict(actor=PMF, loc=('الوديان الحدودية', 'border-valleys'), as_of=OD, status='present', source=YR, line=4, events=[12]),
 dict(actor=TRB, loc=('الوديان الحدودية', 'border-valleys'), as_of=OD, status='present', source=YR, line=4, events=[12]),
 dict(actor='ISIS', loc=('الوديان الحدودية', 'border-valleys'), as_of=OD, status='present', source=YR, line=4, events=[12]),
 dict(actor='IQ_GOV', assets='قوات حرس الحدود', loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=OD, status='present', source=YR, line=5, events=[13]),
 dict(actor='IQ_GOV', assets='قوات حرس الحدود', loc=('منفذ القائم', 'al-qaim-crossing'), as_of=OD, status='present', source=YR, line=5, events=[13]),
 dict(actor='IQ_GOV', assets='قوات حرس الحدود', loc=('ربيعة', 'rabia'), as_of=OD, status='present', source=YR, line=5, events=[13]),
 dict(actor='IQ_GOV', assets='20 مخفراً', loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=OD, status='planned', source=YR, line=5, events=[14]),
 dict(actor='IQ_GOV', assets='قطعات من الفرقة السابعة', loc=('بلدة عكاشات', 'akashat'), as_of=MP, status='withdrawn', source=SEC, line=7, events=[17]),
 dict(actor=TRB, assets='لواءان', loc=('البلدة', 'akashat'), as_of=MP, status='controls', source=SEC, line=7, events=[18]),
 dict(actor='ISIS', loc=('مدينة الموصل', 'mosul'), as_of=('2014-06', 'month'), status='controls', line=9, events=[19]),
]
build('alforat-final-victory-border', None, 'الفرات نيوز', D, L, ents, times, events, forces)
