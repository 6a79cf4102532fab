from build import build
L = [
'يارالله يعلن تحرير راوة بالكامل ورفع العلم العراقي فوق مبنى القائمقامية',
'{الأنبار:الفرات نيوز} أعلن قائد عمليات تحرير غرب الأنبار الفريق الركن عبد الأمير رشيد يارالله، اليوم الجمعة، تحرير قضاء راوة بالكامل من عصابات داعش الإرهابية، ورفع العلم العراقي فوق مبنى القائمقامية.',
'وقال يارالله في بيان تلقت {الفرات نيوز} نسخة منه، إن "قطعات الفرقة السابعة وقيادة عمليات الجزيرة والحشد العشائري اقتحمت القضاء فجر اليوم من ثلاثة محاور، بإسناد من طيران الجيش والقوة الجوية العراقية".',
'وأضاف أن "القطعات سيطرت على جسر راوة والمستشفى العام وحي العمال، وقتلت 40 إرهابياً ودمرت سبع عجلات مفخخة"، مشيراً إلى أن فرق الجهد الهندسي باشرت تفكيك العبوات الناسفة في أحياء المدينة.',
'من جهته، أفاد مصدر في الحشد الشعبي لـ{الفرات نيوز} بأن "فلول داعش فرّت من المدينة نحو صحراء الجزيرة باتجاه الحدود السورية بعد انهيار دفاعاتها"، لافتاً إلى أن ألوية الحشد تحاصر الوديان المحيطة بالقضاء.',
'وهنأ رئيس الوزراء القائد العام للقوات المسلحة حيدر العبادي، في بيان، "الشعب العراقي والقوات البطلة بتحرير راوة، آخر معاقل داعش في العراق"، مؤكداً أن "عمليات تطهير الصحراء الغربية ستنطلق خلال الأيام المقبلة".',
'وكانت القوات العراقية قد استعادت قضاء القائم الحدودي في الثالث من تشرين الثاني الجاري، بعد نحو شهرين من تحرير قضاء عنة المجاور في أيلول الماضي.',
'بدوره، قال المتحدث باسم التحالف الدولي العقيد ريان ديلون إن طائرات التحالف نفذت 11 ضربة جوية على مواقع التنظيم في محيط راوة خلال الأيام الثلاثة الماضية، مقدراً عدد عناصر داعش الذين كانوا في القضاء بنحو 300 مسلح.',
'في المقابل، نفى مصدر أمني في الأنبار أن تكون القوات قد تعرضت لأي هجوم مضاد بعد التحرير، مبيناً أن "قطعات من الفرقة السابعة انتشرت عند مداخل القضاء وعلى الطريق الرابط بين راوة والقائم".',
'وتستعد قوات حرس الحدود لتسلم الشريط الحدودي مع سوريا من قطعات الجيش، فيما يتمركز نحو ألفي مقاتل من الحشد الشعبي في منطقة عكاشات جنوب القائم، بحسب المصدر.',
]
D = '2017-11-17'   # Friday; Baghdad news site, copy of its day
PMF = 'OTHER:pmf'
TRB = 'OTHER:arab-tribes'
ents = [
 ('L0:يارالله','PERSON','abdul-amir-yarallah'), ('L0:راوة','LOCATION','rawa'), ('L0:مبنى القائمقامية','LOCATION','rawa-district-building'),
 ('L1:الأنبار#0','LOCATION','anbar'), ('L1:الفرات نيوز','ORG','alforat-news'), ('L1:غرب الأنبار','LOCATION','western-anbar'),
 ('L1:عبد الأمير رشيد يارالله','PERSON','abdul-amir-yarallah'), ('L1:قضاء راوة','LOCATION','rawa'), ('L1:داعش','ACTOR','ISIS'),
 ('L1:مبنى القائمقامية','LOCATION','rawa-district-building'),
 ('L2:يارالله','PERSON','abdul-amir-yarallah'), ('L2:الفرات نيوز','ORG','alforat-news'), ('L2:الفرقة السابعة','ACTOR','IQ_GOV'),
 ('L2:قيادة عمليات الجزيرة','ACTOR','IQ_GOV'), ('L2:الحشد العشائري','ACTOR',TRB), ('L2:القضاء','LOCATION','rawa'),
 ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:طيران الجيش','ACTOR','IQ_GOV'), ('L2:القوة الجوية العراقية','ACTOR','IQ_GOV'),
 ('L3:القطعات','ACTOR','IQ_GOV'), ('L3:جسر راوة','LOCATION','rawa-bridge'), ('L3:المستشفى العام','LOCATION','rawa-general-hospital'),
 ('L3:حي العمال','LOCATION','hay-al-ummal-rawa'), ('L3:40','QUANTITY',None,(40,False,'killed')), ('L3:إرهابياً','ACTOR','ISIS'),
 ('L3:سبع عجلات مفخخة','QUANTITY',None,(7,False,'vehicles')), ('L3:عجلات مفخخة','WEAPON','car-bombs'), ('L3:فرق الجهد الهندسي','ACTOR','IQ_GOV'),
 ('L3:العبوات الناسفة','WEAPON','ieds'), ('L3:أحياء المدينة','LOCATION','rawa'),
 ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:الفرات نيوز','ORG','alforat-news'), ('L4:داعش','ACTOR','ISIS'), ('L4:المدينة','LOCATION','rawa'),
 ('L4:صحراء الجزيرة','LOCATION','jazira-desert'), ('L4:الحدود السورية','LOCATION','iraq-syria-border'), ('L4:ألوية الحشد','ACTOR',PMF),
 ('L4:الوديان المحيطة بالقضاء','LOCATION','rawa-valleys'),
 ('L5:لقوات المسلحة','ACTOR','IQ_GOV'), ('L5:حيدر العبادي','PERSON','haider-al-abadi'), ('L5:القوات البطلة','ACTOR','IQ_GOV'),
 ('L5:راوة','LOCATION','rawa'), ('L5:داعش','ACTOR','ISIS'), ('L5:العراق#1','LOCATION','iraq'), ('L5:الصحراء الغربية','LOCATION','western-desert'),
 ('L6:القوات العراقية','ACTOR','IQ_GOV'), ('L6:قضاء القائم','LOCATION','al-qaim'), ('L6:نحو شهرين','QUANTITY',None,(2,True,'other')),
 ('L6:قضاء عنة','LOCATION','anah'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:ريان ديلون','PERSON','ryan-dillon'), ('L7:طائرات','WEAPON','warplanes'),
 ('L7:التحالف#1','ACTOR','COALITION'), ('L7:11 ضربة جوية','QUANTITY',None,(11,False,'other')), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:راوة','LOCATION','rawa'), ('L7:داعش','ACTOR','ISIS'), ('L7:القضاء','LOCATION','rawa'), ('L7:نحو 300 مسلح','QUANTITY',None,(300,True,'fighters')),
 ('L8:الأنبار','LOCATION','anbar'), ('L8:القوات','ACTOR','IQ_GOV'), ('L8:الفرقة السابعة','ACTOR','IQ_GOV'), ('L8:القضاء','LOCATION','rawa'),
 ('L8:الطريق','LOCATION','rawa-qaim-road'), ('L8:راوة','LOCATION','rawa'), ('L8:القائم','LOCATION','al-qaim'),
 ('L9:قوات حرس الحدود','ACTOR','IQ_GOV'), ('L9:الشريط الحدودي','LOCATION','iraq-syria-border'), ('L9:سوريا','LOCATION','syria'),
 ('L9:قطعات الجيش','ACTOR','IQ_GOV'), ('L9:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')), ('L9:الحشد الشعبي','ACTOR',PMF),
 ('L9:منطقة عكاشات','LOCATION','akashat'), ('L9:القائم','LOCATION','al-qaim'),
]
times = [
 ('L1:اليوم الجمعة', D, 'day'),
 ('L2:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L6:الثالث من تشرين الثاني الجاري', '2017-11-03', 'day'),
 ('L6:أيلول الماضي', '2017-09', 'month'),
 ('L7:خلال الأيام الثلاثة الماضية', '2017-11-14/' + D, 'day'),
]
T = 'L1:اليوم الجمعة'
F = 'L2:فجر اليوم'
Y = 'عبد الأمير رشيد يارالله'
PS = 'مصدر في الحشد الشعبي'
SS = 'مصدر أمني في الأنبار'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['IQ_GOV'], attr=Y),                                                          # 1
 dict(type='CONTROL', trig='L1:تحرير#1', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L1:قضاء راوة', attr=Y),                    # 2
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=['IQ_GOV'], attr=Y),                                                            # 3
 dict(type='ATTACK', trig='L2:اقتحمت', time=F, actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L2:القضاء', qty=['L2:ثلاثة محاور'], attr=Y),  # 4
 dict(type='ATTACK', trig='L2:إسناد', time=F, actors=['IQ_GOV'], targets=['ISIS'], attr=Y),                                          # 5
 dict(type='CONTROL', trig='L3:سيطرت', time=T, actors=['IQ_GOV'], loc='L3:جسر راوة', attr=Y),                                        # 6
 dict(type='ATTACK', trig='L3:قتلت', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L3:40'], attr=Y),                             # 7
 dict(type='OPERATION', trig='L3:تفكيك', time=T, actors=['IQ_GOV'], loc='L3:أحياء المدينة', attr=Y),                                 # 8
 dict(type='WITHDRAWAL', trig='L4:فرّت', time=T, actors=['ISIS'], loc='L4:المدينة', attr=PS),                                        # 9
 dict(type='OPERATION', trig='L4:تحاصر', time=T, actors=[PMF], targets=['ISIS'], loc='L4:الوديان المحيطة بالقضاء', attr=PS),          # 10
 dict(type='STATEMENT', trig='L5:بيان', time=T, actors=['IQ_GOV'], attr='حيدر العبادي'),                                             # 11
 dict(type='CONTROL', trig='L5:تحرير', time=T, actors=['IQ_GOV'], loc='L5:راوة', attr='حيدر العبادي'),                              # 12
 dict(type='OPERATION', trig='L5:عمليات', mod='planned', time='L5:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L5:الصحراء الغربية',
      attr='حيدر العبادي'),                                                                                                       # 13
 dict(type='CONTROL', trig='L6:استعادت', time='L6:الثالث من تشرين الثاني الجاري', actors=['IQ_GOV'], loc='L6:قضاء القائم'),         # 14
 dict(type='CONTROL', trig='L6:تحرير', time='L6:أيلول الماضي', actors=['IQ_GOV'], loc='L6:قضاء عنة'),                               # 15
 dict(type='STATEMENT', trig='L7:قال', actors=['COALITION'], attr='ريان ديلون'),                                                     # 16
 dict(type='ATTACK', trig='L7:نفذت', time='L7:خلال الأيام الثلاثة الماضية', actors=['COALITION'], targets=['ISIS'], loc='L7:راوة',
      weapons=['L7:طائرات'], qty=['L7:11 ضربة جوية'], attr='ريان ديلون'),                                                          # 17
 dict(type='ATTACK', trig='L8:هجوم', mod='denied', time=T, targets=['IQ_GOV'], attr=SS),                                            # 18
 dict(type='CONTROL', trig='L8:التحرير', time=T, actors=['IQ_GOV'], attr=SS),                                                         # 19
 dict(type='MOVEMENT', trig='L8:انتشرت', time=T, actors=['IQ_GOV'], loc='L8:القضاء', attr=SS),                                       # 20
 dict(type='CONTROL', trig='L9:تسلم', mod='planned', actors=['IQ_GOV'], loc='L9:الشريط الحدودي', attr=SS),                          # 21
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=[PMF], loc='L9:منطقة عكاشات', qty=['L9:نحو ألفي مقاتل'], attr=SS),                   # 22
]
TD = (D, 'day')
FD = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('قضاء راوة', 'rawa'), as_of=TD, status='controls', source=Y, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('القضاء', 'rawa'), as_of=FD, status='present', source=Y, line=2, events=[4]),
 dict(actor=TRB, loc=('القضاء', 'rawa'), as_of=FD, status='present', source=Y, line=2, events=[4]),
 dict(actor='IQ_GOV', loc=('جسر راوة', 'rawa-bridge'), as_of=TD, status='controls', source=Y, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('المستشفى العام', 'rawa-general-hospital'), as_of=TD, status='controls', source=Y, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('حي العمال', 'hay-al-ummal-rawa'), as_of=TD, status='controls', source=Y, line=3, events=[6]),
 dict(actor='ISIS', loc=('المدينة', 'rawa'), as_of=TD, status='withdrawn', source=PS, line=4, events=[9]),
 dict(actor=PMF, loc=('الوديان المحيطة بالقضاء', 'rawa-valleys'), as_of=TD, status='present', source=PS, line=4, events=[10]),
 dict(actor='IQ_GOV', loc=('قضاء القائم', 'al-qaim'), as_of=('2017-11-03', 'day'), status='controls', line=6, events=[14]),
 dict(actor='IQ_GOV', loc=('قضاء عنة', 'anah'), as_of=('2017-09', 'month'), status='controls', line=6, events=[15]),
 dict(actor='ISIS', loc=('راوة', 'rawa'), as_of=('2017-11-14/' + D, 'day'), status='attacked', source='ريان ديلون', line=7, events=[17]),
 dict(actor='ISIS', strength=(300, True, 'fighters'), loc=('القضاء', 'rawa'), as_of=(None, 'vague'), status='present', source='ريان ديلون', line=7),
 dict(actor='IQ_GOV', loc=('القضاء', 'rawa'), as_of=TD, status='arrived', source=SS, line=8, events=[20]),
 dict(actor='IQ_GOV', loc=('الطريق الرابط بين راوة والقائم', 'rawa-qaim-road'), as_of=TD, status='arrived', source=SS, line=8, events=[20]),
 dict(actor='IQ_GOV', loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=TD, status='planned', source=SS, line=9, events=[21]),
 dict(actor=PMF, strength=(2000, True, 'fighters'), loc=('منطقة عكاشات', 'akashat'), as_of=TD, status='present', source=SS, line=9, events=[22]),
]
build('alforat-rawa-liberation', None, 'الفرات نيوز', D, L, ents, times, events, forces)
