from build import build
L = [
'داعش يقتحم الأحياء الشرقية لكوباني.. وأردوغان: المدينة على وشك السقوط',
'عواصم - وكالات',
'اقتحم مسلحو تنظيم داعش، أمس، الأحياء الشرقية لمدينة عين العرب (كوباني) الكردية السورية على الحدود مع تركيا، بعد أن رفعوا رايتهم السوداء أمس الأول على تلة مشتة النور المطلة على المدينة، في حين يخوض المقاتلون الأكراد معارك شوارع عنيفة لصد تقدمهم، وفقاً للمرصد السوري لحقوق الإنسان.',
'وقال رئيس المرصد رامي عبد الرحمن لوكالة "فرانس برس" إن التنظيم بات يسيطر على ثلاثة أحياء في شرق المدينة، مشيراً إلى أن أكثر من 400 شخص قتلوا منذ بدء الهجوم على المدينة في السادس عشر من سبتمبر الماضي، بينهم نحو 220 من عناصر داعش.',
'وفي مدينة غازي عنتاب التركية، قال الرئيس التركي رجب طيب أردوغان أمس إن "كوباني على وشك السقوط"، مؤكداً أن الغارات الجوية وحدها لن تكفي لهزيمة داعش، ومطالباً بعملية برية وبإقامة منطقة عازلة وحظر للطيران على طول الحدود.',
'وفي المقابل، شنت طائرات التحالف الدولي بقيادة الولايات المتحدة خمس غارات على مواقع التنظيم جنوب كوباني وشرقها ليل الاثنين - الثلاثاء، دمرت خلالها مدرعة وثلاث آليات مسلحة، بحسب بيان للقيادة المركزية الأمريكية، فيما قال متحدث باسم وحدات حماية الشعب إن الغارات "غير كافية".',
'وعلى الجانب التركي من الحدود، تواصل دبابات الجيش التركي تمركزها على التلال المشرفة على كوباني من دون أن تتدخل، رغم تفويض البرلمان التركي الحكومة الخميس الماضي بشن عمليات عسكرية في سوريا والعراق، بينما لجأ أكثر من 160 ألف كردي سوري إلى تركيا منذ منتصف الشهر الماضي.',
'وامتدت تداعيات المعركة إلى الداخل التركي، إذ قتل 12 شخصاً على الأقل في اشتباكات بين الشرطة التركية ومحتجين أكراد في عدة مدن بجنوب شرق البلاد، خرجوا للتنديد بما وصفوه بـ"تخاذل" أنقرة عن نجدة كوباني، ما دفع السلطات إلى فرض حظر التجول في ست ولايات.',
]
D = '2014-10-08'   # Wednesday; print daily, أمس = Tuesday 7 October
TUE = '2014-10-07'
MON = '2014-10-06'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:الأحياء الشرقية لكوباني','LOCATION','kobani-eastern-districts'), ('L0:المدينة','LOCATION','kobani'),
 ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:الأحياء الشرقية لمدينة عين العرب','LOCATION','kobani-eastern-districts'),
 ('L2:كوباني','LOCATION','kobani'), ('L2:الحدود','LOCATION','syria-turkey-border'), ('L2:تركيا','LOCATION','turkey'),
 ('L2:تلة مشتة النور','LOCATION','mishtenour-hill'), ('L2:المدينة','LOCATION','kobani'), ('L2:المقاتلون الأكراد','ACTOR','YPG'),
 ('L2:لمرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:المرصد','ORG','sohr'), ('L3:رامي عبد الرحمن','PERSON','rami-abdulrahman'), ('L3:فرانس برس','ORG','afp'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:ثلاثة أحياء','QUANTITY',None,(3,False,'other')), ('L3:المدينة#0','LOCATION','kobani'),
 ('L3:أكثر من 400 شخص','QUANTITY',None,(400,True,'killed')), ('L3:المدينة#1','LOCATION','kobani'),
 ('L3:نحو 220','QUANTITY',None,(220,True,'killed')), ('L3:داعش','ACTOR','ISIS'),
 ('L4:مدينة غازي عنتاب','LOCATION','gaziantep'), ('L4:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L4:كوباني','LOCATION','kobani'),
 ('L4:داعش','ACTOR','ISIS'), ('L4:منطقة عازلة','LOCATION','buffer-zone'), ('L4:الحدود','LOCATION','syria-turkey-border'),
 ('L5:طائرات','WEAPON','aircraft'), ('L5:التحالف الدولي','ACTOR','COALITION'), ('L5:الولايات المتحدة','ACTOR','US'),
 ('L5:خمس غارات','QUANTITY',None,(5,False,'other')), ('L5:التنظيم','ACTOR','ISIS'), ('L5:كوباني','LOCATION','kobani'),
 ('L5:مدرعة','WEAPON','armoured-vehicle'), ('L5:ثلاث آليات مسلحة','QUANTITY',None,(3,False,'vehicles')),
 ('L5:آليات مسلحة','WEAPON','armed-vehicles'), ('L5:لقيادة المركزية الأمريكية','ACTOR','US'), ('L5:وحدات حماية الشعب','ACTOR','YPG'),
 ('L6:الجانب التركي من الحدود','LOCATION','turkish-side-of-border'), ('L6:دبابات','WEAPON','tanks'), ('L6:الجيش التركي','ACTOR','TR'),
 ('L6:التلال المشرفة على كوباني','LOCATION','kobani-overlooking-hills'), ('L6:البرلمان التركي','ACTOR','TR'), ('L6:الحكومة','ACTOR','TR'),
 ('L6:سوريا','LOCATION','syria'), ('L6:العراق','LOCATION','iraq'), ('L6:أكثر من 160 ألف كردي','QUANTITY',None,(160000,True,'people')),
 ('L6:تركيا','LOCATION','turkey'),
 ('L7:12 شخصاً على الأقل','QUANTITY',None,(12,True,'killed')), ('L7:الشرطة التركية','ACTOR','TR'),
 ('L7:جنوب شرق البلاد','LOCATION','southeast-turkey'), ('L7:أنقرة','ACTOR','TR'), ('L7:كوباني','LOCATION','kobani'),
 ('L7:ست ولايات','QUANTITY',None,(6,False,'other')),
]
times = [
 ('L2:أمس#0', TUE, 'day'),
 ('L2:أمس الأول', MON, 'day'),
 ('L3:السادس عشر من سبتمبر الماضي', '2014-09-16', 'day'),
 ('L4:أمس', TUE, 'day'),
 ('L5:ليل الاثنين - الثلاثاء', MON, 'part-of-day', {'part': 'night'}),
 ('L6:الخميس الماضي', '2014-10-02', 'day'),
 ('L6:منذ منتصف الشهر الماضي', '2014-09/2014-10', 'month'),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
RAMI = 'رامي عبد الرحمن (فرانس برس)'
ERD = 'رجب طيب أردوغان'
CENT = 'القيادة المركزية الأمريكية'
YPGS = 'متحدث باسم وحدات حماية الشعب'
START = 'L3:السادس عشر من سبتمبر الماضي'
NIGHT = 'L5:ليل الاثنين - الثلاثاء'
events = [
 dict(type='ATTACK', trig='L2:اقتحم', time='L2:أمس#0', actors=['ISIS'], targets=['YPG'], loc='L2:الأحياء الشرقية لمدينة عين العرب', attr=SOHR),  # 1
 dict(type='CONTROL', trig='L2:رفعوا رايتهم', time='L2:أمس الأول', actors=['ISIS'], loc='L2:تلة مشتة النور', attr=SOHR),                # 2
 dict(type='ATTACK', trig='L2:معارك شوارع', time='L2:أمس#0', actors=['YPG','ISIS'], loc='L2:المدينة', attr=SOHR),                       # 3
 dict(type='CONTROL', trig='L3:يسيطر', actors=['ISIS'], targets=['YPG'], loc='L3:المدينة#0', attr=RAMI, qty=['L3:ثلاثة أحياء']),          # 4
 dict(type='OPERATION', trig='L3:الهجوم', time=START, actors=['ISIS'], loc='L3:المدينة#1', attr=RAMI,
      qty=['L3:أكثر من 400 شخص','L3:نحو 220']),                                                                                          # 5
 dict(type='STATEMENT', trig='L4:قال', time='L4:أمس', actors=['TR'], attr=ERD),                                                         # 6
 dict(type='CONTROL', trig='L4:السقوط', mod='expected', time='L4:أمس', actors=['ISIS'], loc='L4:كوباني', attr=ERD),                     # 7
 dict(type='OPERATION', trig='L4:بعملية برية', mod='planned', targets=['ISIS'], attr=ERD),                                            # 8
 dict(type='ATTACK', trig='L5:غارات#0', time=NIGHT, actors=['COALITION'], targets=['ISIS'], loc='L5:كوباني', attr=CENT,
      weapons=['L5:طائرات'], qty=['L5:خمس غارات']),                                                                                     # 9
 dict(type='ATTACK', trig='L5:دمرت', time=NIGHT, actors=['COALITION'], targets=['ISIS'], attr=CENT, qty=['L5:ثلاث آليات مسلحة']),      # 10
 dict(type='ATTACK', trig='L5:الغارات', time=NIGHT, actors=['COALITION'], targets=['ISIS'], attr=YPGS),                              # 11
 dict(type='MOVEMENT', trig='L6:تمركزها', actors=['TR'], loc='L6:التلال المشرفة على كوباني', weapons=['L6:دبابات']),                    # 12
 dict(type='OPERATION', trig='L6:عمليات عسكرية', mod='planned', actors=['TR'], loc='L6:سوريا'),                                        # 13
 dict(type='OPERATION', trig='L7:المعركة', time=START),                                                                              # 14
 dict(type='ATTACK', trig='L7:اشتباكات', actors=['TR'], loc='L7:جنوب شرق البلاد', qty=['L7:12 شخصاً على الأقل']),                      # 15
]
OD = (D, 'day')
TUED = (TUE, 'day')
forces = [
 dict(actor='ISIS', loc=('الأحياء الشرقية لمدينة عين العرب','kobani-eastern-districts'), as_of=TUED, status='present', source=SOHR, line=2, events=[1]),
 dict(actor='ISIS', loc=('تلة مشتة النور','mishtenour-hill'), as_of=(MON, 'day'), status='controls', source=SOHR, line=2, events=[2]),
 dict(actor='YPG', loc=('المدينة','kobani'), as_of=TUED, status='present', source=SOHR, line=2, events=[3]),
 dict(actor='ISIS', loc=('المدينة','kobani'), as_of=TUED, status='present', source=SOHR, line=2, events=[3]),
 dict(actor='ISIS', assets='ثلاثة أحياء في شرق المدينة', loc=('شرق المدينة','kobani'), as_of=OD, status='controls', source=RAMI, line=3, events=[4]),
 dict(actor='ISIS', loc=('المدينة','kobani'), as_of=('2014-09-16/2014-10-08', 'day'), status='present', source=RAMI, line=3, events=[5]),
 dict(actor='ISIS', loc=('جنوب كوباني وشرقها','kobani'), as_of=(MON, 'part-of-day'), status='attacked', source=CENT, line=5, events=[9, 10]),
 dict(actor='TR', assets='دبابات', loc=('التلال المشرفة على كوباني','kobani-overlooking-hills'), as_of=OD, status='present', line=6, events=[12]),
]
build('shorouk-kobani', None, 'الشروق', D, L, ents, times, events, forces)
