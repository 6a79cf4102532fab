from build import build
L = [
'قوات سوريا الديمقراطية تحرر بلدة الدشيشة من مرتزقة داعش',
'الحسكة - أعلنت قوات سوريا الديمقراطية، أمس الاثنين، تحرير بلدة الدشيشة في ريف الحسكة الجنوبي بشكل كامل من مرتزقة داعش، ضمن المرحلة الثانية من حملة "عاصفة الجزيرة" التي أطلقتها في الأول من أيار الماضي.',
'وقالت الناطقة الرسمية باسم الحملة ليلوى العبد الله لوكالتنا إن المقاتلين اقتحموا البلدة من ثلاثة محاور بعد حصار استمر نحو أسبوعين، وخاضوا اشتباكات عنيفة مع المرتزقة داخل الأحياء السكنية، قبل أن يفر من تبقى منهم باتجاه الحدود العراقية.',
'وأضافت العبد الله أن 47 مرتزقاً قُتلوا خلال المعارك، بينهم قياديان من جنسيات أجنبية، فيما أُسر 6 آخرون، في حين استشهد 3 من مقاتلي قوات سوريا الديمقراطية.',
'وأوضحت أن طائرات التحالف الدولي قدمت إسناداً جوياً للمقاتلين طوال أيام الحملة، واستهدفت تجمعات للمرتزقة ومستودعات أسلحة جنوب البلدة.',
'وبالتزامن، نشر الجيش العراقي وحدات من قوات حرس الحدود والحشد الشعبي على الجانب العراقي من الحدود مقابل منطقة الدشيشة، لمنع تسلل المرتزقة، وذلك بالتنسيق مع قوات سوريا الديمقراطية.',
'وكان الطيران العراقي قد شن خلال الأشهر الماضية عدة غارات على مواقع لداعش داخل الأراضي السورية، بموافقة من الحكومة السورية والتحالف، آخرها في بلدة هجين بريف دير الزور الشرقي.',
'وتعد الدشيشة من أهم معاقل المرتزقة في ريف الحسكة، إذ استخدمها داعش منذ عام 2014 ممراً لنقل المقاتلين والأسلحة بين سوريا والعراق.',
'وبحسب مجلس دير الزور العسكري، تستعد القوات للمرحلة التالية من الحملة والتي تستهدف جيب هجين، آخر مناطق سيطرة داعش شرق نهر الفرات، حيث يتحصن نحو 2000 من المرتزقة.',
'وتنتشر في المنطقة قوات أمريكية وفرنسية ضمن التحالف الدولي، تتمركز في قاعدة الشدادي جنوب الحسكة، على بعد نحو 60 كيلومتراً من الدشيشة.',
'من جهتها، نفت القيادة العامة لقوات سوريا الديمقراطية ما تداولته صفحات على مواقع التواصل الاجتماعي عن انسحاب مقاتليها من قرى محيط الشدادي، مؤكدة أن "قواتنا في مواقعها".',
]
D = '2018-06-26'   # Tuesday; AANES-area agency, web copy of its own day
MON = '2018-06-25'
PMF = 'OTHER:pmf'
DMC = 'OTHER:deir-ez-zor-military-council'
FR = 'OTHER:france'
ents = [
 ('L0:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L0:بلدة الدشيشة','LOCATION','dashisha'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:الحسكة#0','LOCATION','hasakah'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:بلدة الدشيشة','LOCATION','dashisha'),
 ('L1:ريف الحسكة الجنوبي','LOCATION','hasakah-south-countryside'), ('L1:داعش','ACTOR','ISIS'),
 ('L2:ليلوى العبد الله','PERSON','lilwa-al-abdullah'), ('L2:البلدة','LOCATION','dashisha'), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L2:نحو أسبوعين','QUANTITY',None,(2,True,'other')), ('L2:المرتزقة','ACTOR','ISIS'), ('L2:الأحياء السكنية','LOCATION','dashisha'),
 ('L2:الحدود العراقية','LOCATION','syria-iraq-border'),
 ('L3:العبد الله','PERSON','lilwa-al-abdullah'), ('L3:47','QUANTITY',None,(47,False,'killed')), ('L3:قياديان','QUANTITY',None,(2,False,'killed')),
 ('L3:6','QUANTITY',None,(6,False,'arrested')), ('L3:3','QUANTITY',None,(3,False,'killed')), ('L3:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:لمرتزقة','ACTOR','ISIS'), ('L4:جنوب البلدة','LOCATION','dashisha-south'),
 ('L5:الجيش العراقي','ACTOR','IQ_GOV'), ('L5:قوات حرس الحدود','ACTOR','IQ_GOV'), ('L5:الحشد الشعبي','ACTOR',PMF),
 ('L5:الجانب العراقي من الحدود','LOCATION','syria-iraq-border-iraqi-side'), ('L5:منطقة الدشيشة','LOCATION','dashisha'), ('L5:المرتزقة','ACTOR','ISIS'),
 ('L5:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L6:الطيران العراقي','ACTOR','IQ_GOV'), ('L6:عدة غارات','QUANTITY',None,([3, 9],True,'other')), ('L6:داعش','ACTOR','ISIS'),
 ('L6:الأراضي السورية','LOCATION','syria'), ('L6:الحكومة السورية','ACTOR','SY_GOV'), ('L6:التحالف','ACTOR','COALITION'),
 ('L6:بلدة هجين','LOCATION','hajin'), ('L6:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L7:الدشيشة','LOCATION','dashisha'), ('L7:المرتزقة','ACTOR','ISIS'), ('L7:ريف الحسكة','LOCATION','hasakah-countryside'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:سوريا','LOCATION','syria'), ('L7:العراق','LOCATION','iraq'),
 ('L8:مجلس دير الزور العسكري','ACTOR',DMC), ('L8:القوات','ACTOR','SDF'), ('L8:جيب هجين','LOCATION','hajin-pocket'), ('L8:داعش','ACTOR','ISIS'),
 ('L8:شرق نهر الفرات','LOCATION','east-of-euphrates'), ('L8:نحو 2000','QUANTITY',None,(2000,True,'fighters')), ('L8:المرتزقة','ACTOR','ISIS'),
 ('L9:المنطقة','LOCATION','hasakah-south-countryside'), ('L9:قوات أمريكية','ACTOR','US'), ('L9:التحالف الدولي','ACTOR','COALITION'),
 ('L9:قاعدة الشدادي','LOCATION','shaddadi-base'), ('L9:الحسكة','LOCATION','hasakah'), ('L9:نحو 60 كيلومتراً','QUANTITY',None,(60,True,'km')),
 ('L9:الدشيشة','LOCATION','dashisha'),
 ('L10:القيادة العامة لقوات سوريا الديمقراطية','ACTOR','SDF'), ('L10:قرى محيط الشدادي','LOCATION','shaddadi-surroundings'),
]
times = [
 ('L1:أمس الاثنين', MON, 'day'),
 ('L1:الأول من أيار الماضي', '2018-05-01', 'day'),
 ('L6:خلال الأشهر الماضية', None, 'vague', {'relation': 'before'}),
 ('L7:منذ عام 2014', '2014/2018', 'year'),
]
M = 'L1:أمس الاثنين'
MAY = 'L1:الأول من أيار الماضي'
SDF_ = 'قوات سوريا الديمقراطية'
LA = 'ليلوى العبد الله (هاوار)'
DM = 'مجلس دير الزور العسكري'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=M, actors=['SDF'], attr=SDF_),                                                     # 1
 dict(type='CONTROL', trig='L1:تحرير', time=M, actors=['SDF'], targets=['ISIS'], loc='L1:بلدة الدشيشة', attr=SDF_),             # 2
 dict(type='OPERATION', trig='L1:حملة', time=MAY, actors=['SDF'], targets=['ISIS'], attr=SDF_),                                  # 3
 dict(type='STATEMENT', trig='L2:قالت', actors=['SDF'], attr=LA),                                                                # 4
 dict(type='ATTACK', trig='L2:اقتحموا', time=M, actors=['SDF'], targets=['ISIS'], loc='L2:البلدة', qty=['L2:ثلاثة محاور'], attr=LA),  # 5
 dict(type='OPERATION', trig='L2:حصار', actors=['SDF'], targets=['ISIS'], loc='L2:البلدة', qty=['L2:نحو أسبوعين'], attr=LA),   # 6
 dict(type='ATTACK', trig='L2:اشتباكات', time=M, actors=['SDF', 'ISIS'], loc='L2:الأحياء السكنية', attr=LA),                   # 7
 dict(type='WITHDRAWAL', trig='L2:يفر', time=M, actors=['ISIS'], loc='L2:البلدة', attr=LA),                                     # 8
 dict(type='ATTACK', trig='L3:المعارك', time=M, actors=['SDF', 'ISIS'], qty=['L3:47', 'L3:قياديان'], attr=LA),                 # 9
 dict(type='ARREST', trig='L3:أُسر', time=M, actors=['SDF'], targets=['ISIS'], qty=['L3:6'], attr=LA),                          # 10
 dict(type='ATTACK', trig='L3:استشهد', time=M, actors=['ISIS'], targets=['SDF'], qty=['L3:3'], attr=LA),                        # 11
 dict(type='ATTACK', trig='L4:إسناداً جوياً', actors=['COALITION'], targets=['ISIS'], attr=LA),                                 # 12
 dict(type='ATTACK', trig='L4:استهدفت', actors=['COALITION'], targets=['ISIS'], loc='L4:جنوب البلدة', attr=LA),                 # 13
 dict(type='MOVEMENT', trig='L5:نشر', actors=['IQ_GOV', PMF], loc='L5:الجانب العراقي من الحدود'),                              # 14
 dict(type='MOVEMENT', trig='L5:تسلل', mod='expected', actors=['ISIS']),                                                         # 15
 dict(type='ATTACK', trig='L6:غارات', time='L6:خلال الأشهر الماضية', actors=['IQ_GOV'], targets=['ISIS'], loc='L6:الأراضي السورية',
      qty=['L6:عدة غارات']),                                                                                                        # 16
 dict(type='OPERATION', trig='L8:الحملة', mod='planned', actors=['SDF'], targets=['ISIS'], loc='L8:جيب هجين', attr=DM),         # 17
 dict(type='CONTROL', trig='L8:سيطرة', actors=['ISIS'], loc='L8:جيب هجين', attr=DM),                                            # 18
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['US', FR, 'COALITION'], loc='L9:المنطقة'),                                      # 19
 dict(type='MOVEMENT', trig='L9:تتمركز', actors=['US', FR, 'COALITION'], loc='L9:قاعدة الشدادي'),                               # 20
 dict(type='WITHDRAWAL', trig='L10:انسحاب', mod='denied', actors=['SDF'], loc='L10:قرى محيط الشدادي',
      attr='القيادة العامة لقوات سوريا الديمقراطية'),                                                                               # 21
]
MD = (MON, 'day')
OD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='SDF', loc=('بلدة الدشيشة', 'dashisha'), as_of=MD, status='controls', source=SDF_, line=1, events=[2]),
 dict(actor='SDF', loc=('البلدة', 'dashisha'), as_of=MD, status='present', source=LA, line=2, events=[5, 7]),
 dict(actor='ISIS', loc=('البلدة', 'dashisha'), as_of=MD, status='present', source=LA, line=2, events=[7]),
 dict(actor='ISIS', loc=('البلدة', 'dashisha'), as_of=MD, status='withdrawn', source=LA, line=2, events=[8]),
 dict(actor='ISIS', assets='تجمعات ومستودعات أسلحة', loc=('جنوب البلدة', 'dashisha-south'), as_of=V, status='attacked', source=LA, line=4, events=[13]),
 dict(actor='IQ_GOV', assets='وحدات من قوات حرس الحدود', loc=('الجانب العراقي من الحدود', 'syria-iraq-border-iraqi-side'), as_of=OD,
      status='reinforced', line=5, events=[14]),
 dict(actor=PMF, loc=('الجانب العراقي من الحدود', 'syria-iraq-border-iraqi-side'), as_of=OD, status='reinforced', line=5, events=[14]),
 dict(actor='ISIS', assets='مواقع', loc=('بلدة هجين', 'hajin'), as_of=V, status='attacked', line=6, events=[16]),
 dict(actor='ISIS', loc=('الدشيشة', 'dashisha'), as_of=('2014/2018', 'year'), status='present', line=7),
 dict(actor='ISIS', loc=('جيب هجين', 'hajin-pocket'), as_of=OD, status='controls', source=DM, line=8, events=[18]),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('جيب هجين', 'hajin-pocket'), as_of=OD, status='present', source=DM, line=8),
 dict(actor='US', loc=('قاعدة الشدادي', 'shaddadi-base'), as_of=OD, status='present', line=9, events=[20]),
 dict(actor=FR, loc=('قاعدة الشدادي', 'shaddadi-base'), as_of=OD, status='present', line=9, events=[20]),
 dict(actor='SDF', loc=('قرى محيط الشدادي', 'shaddadi-surroundings'), as_of=OD, status='present', source='القيادة العامة لقوات سوريا الديمقراطية', line=10),
]
build('hawar-dashisha-liberation', None, 'هاوار', D, L, ents, times, events, forces)
