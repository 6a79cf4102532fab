from build import build
L = [
'انطلاق عمليات "إرادة النصر".. الحشد الشعبي والقوات الأمنية تطهّر صحراء الجزيرة حتى الحدود السورية',
'بغداد – الاتجاه',
'أعلنت قيادة العمليات المشتركة، اليوم الاثنين، أن قطعاتها حققت "أهدافاً مهمة" في اليوم الثاني من عمليات "إرادة النصر"، التي انطلقت فجر أمس الأحد لتطهير المناطق الصحراوية الممتدة بين محافظات صلاح الدين ونينوى والأنبار وصولاً إلى الشريط الحدودي مع سوريا.',
'وقال الناطق باسم قيادة العمليات المشتركة العميد تحسين الخفاجي لـ"الاتجاه" إن القوات الأمنية تتقدم على ستة محاور في مساحة تبلغ أكثر من 25 ألف كيلومتر مربع، مبيناً أنها عثرت على 12 نفقاً ومضافة للدواعش ودمّرت عدداً من أوكارهم، وقتلت أربعة إرهابيين في صحراء الحضر جنوب غرب الموصل.',
'وأضاف الخفاجي أن العمليات تجري بمشاركة قطعات الجيش العراقي والشرطة الاتحادية وألوية الحشد الشعبي والحشد العشائري، وبإسناد من طيران الجيش والقوة الجوية العراقية، مؤكداً أن المرحلة الثانية ستنطلق "قريباً" في مناطق شمال بغداد وديالى.',
'من جهتها، ذكرت هيئة الحشد الشعبي في بيان أن قوات اللواءين 45 و46 أكملت تطهير صحراء الجزيرة غرب قضاء بيجي، وفككت أكثر من 40 عبوة ناسفة، فيما أحبطت محاولة تسلل لعناصر من "داعش" قرب بحيرة الثرثار فجر اليوم.',
'وأفاد مراسل "الاتجاه" بأن تعزيزات من اللواء 45 وصلت صباح اليوم إلى منطقة عكاشات غربي الأنبار قادمة من قضاء القائم، لتأمين الشريط الحدودي ومنع تسلل عناصر "داعش" من الجانب السوري، حيث تنتشر قوات الحشد على امتداد نحو 100 كيلومتر من الحدود.',
'وفي الوقت الذي نفت فيه مصادر في الحشد تنفيذ طيران التحالف الأمريكي أي غارات في مناطق العملية، ذكر بيان للتحالف الدولي أن طائراته نفذت ثلاث ضربات على مخابئ للتنظيم في صحراء الجزيرة "دعماً للقوات العراقية".',
'وتأتي العملية وسط مطالبات نيابية متصاعدة، يقودها تحالف "الفتح"، بإخراج قوات الاحتلال الأمريكي من البلاد، والتي يقدر عددها بأكثر من 5 آلاف جندي يتمركز معظمهم في قاعدة عين الأسد بالأنبار وقاعدة حرير في أربيل.',
'يذكر أن رئيس الوزراء السابق حيدر العبادي أعلن في التاسع من كانون الأول 2017 النصر النهائي على "داعش"، إلا أن خلايا التنظيم ما زالت تشن هجمات متفرقة في المناطق الصحراوية وسلسلة جبال حمرين.',
]
D = '2019-07-08'   # Monday; Iraqi satellite channel's news site, web copy of its own day
SUN = '2019-07-07'
PMF = 'OTHER:pmf'
TRB = 'OTHER:arab-tribes'
ents = [
 ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:صحراء الجزيرة','LOCATION','jazira-desert'),
 ('L0:الحدود السورية','LOCATION','syria-iraq-border'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الاتجاه','ORG','aletejah'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:المناطق الصحراوية','LOCATION','jazira-desert'),
 ('L2:محافظات صلاح الدين','LOCATION','salahuddin-governorate'), ('L2:نينوى','LOCATION','nineveh-governorate'),
 ('L2:الأنبار','LOCATION','anbar-governorate'), ('L2:الشريط الحدودي','LOCATION','syria-iraq-border'), ('L2:سوريا','LOCATION','syria'),
 ('L3:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L3:تحسين الخفاجي','PERSON','tahseen-al-khafaji'), ('L3:الاتجاه','ORG','aletejah'),
 ('L3:القوات الأمنية','ACTOR','IQ_GOV'), ('L3:ستة محاور','QUANTITY',None,(6,False,'other')),
 ('L3:أكثر من 25 ألف كيلومتر مربع','QUANTITY',None,(25000,True,'other')), ('L3:12 نفقاً','QUANTITY',None,(12,False,'other')),
 ('L3:لدواعش','ACTOR','ISIS'), ('L3:أربعة','QUANTITY',None,(4,False,'killed')), ('L3:إرهابيين','ACTOR','ISIS'),
 ('L3:صحراء الحضر','LOCATION','hatra-desert'), ('L3:الموصل','LOCATION','mosul'),
 ('L4:الخفاجي','PERSON','tahseen-al-khafaji'), ('L4:قطعات الجيش العراقي','ACTOR','IQ_GOV'), ('L4:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L4:ألوية الحشد الشعبي','ACTOR',PMF), ('L4:الحشد العشائري','ACTOR',TRB), ('L4:طيران الجيش','ACTOR','IQ_GOV'),
 ('L4:القوة الجوية العراقية','ACTOR','IQ_GOV'), ('L4:مناطق شمال بغداد','LOCATION','north-baghdad'), ('L4:ديالى','LOCATION','diyala'),
 ('L5:هيئة الحشد الشعبي','ACTOR',PMF), ('L5:اللواءين 45 و46','ACTOR',PMF), ('L5:صحراء الجزيرة','LOCATION','jazira-desert'),
 ('L5:قضاء بيجي','LOCATION','baiji'), ('L5:أكثر من 40 عبوة ناسفة','QUANTITY',None,(40,True,'other')),
 ('L5:عبوة ناسفة','WEAPON','ieds'), ('L5:داعش','ACTOR','ISIS'), ('L5:بحيرة الثرثار','LOCATION','tharthar-lake'),
 ('L6:الاتجاه','ORG','aletejah'), ('L6:اللواء 45','ACTOR',PMF), ('L6:منطقة عكاشات','LOCATION','akashat'),
 ('L6:الأنبار','LOCATION','anbar-governorate'), ('L6:قضاء القائم','LOCATION','al-qaim'), ('L6:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L6:داعش','ACTOR','ISIS'), ('L6:الجانب السوري','LOCATION','syria'), ('L6:قوات الحشد','ACTOR',PMF),
 ('L6:نحو 100 كيلومتر','QUANTITY',None,(100,True,'km')), ('L6:الحدود#1','LOCATION','syria-iraq-border'),
 ('L7:الحشد','ACTOR',PMF), ('L7:طيران التحالف الأمريكي','ACTOR','COALITION'), ('L7:لتحالف الدولي','ACTOR','COALITION'),
 ('L7:ثلاث ضربات','QUANTITY',None,(3,False,'other')), ('L7:لتنظيم','ACTOR','ISIS'), ('L7:صحراء الجزيرة','LOCATION','jazira-desert'),
 ('L7:لقوات العراقية','ACTOR','IQ_GOV'),
 ('L8:تحالف "الفتح"','ORG','fatah-alliance'), ('L8:قوات الاحتلال الأمريكي','ACTOR','US'), ('L8:البلاد','LOCATION','iraq'),
 ('L8:أكثر من 5 آلاف جندي','QUANTITY',None,(5000,True,'troops')), ('L8:قاعدة عين الأسد','LOCATION','ain-al-asad-base'),
 ('L8:الأنبار','LOCATION','anbar-governorate'), ('L8:قاعدة حرير','LOCATION','harir-base'), ('L8:أربيل','LOCATION','erbil'),
 ('L9:حيدر العبادي','PERSON','haider-al-abadi'), ('L9:داعش','ACTOR','ISIS'), ('L9:التنظيم','ACTOR','ISIS'),
 ('L9:المناطق الصحراوية','LOCATION','iraq-desert-areas'), ('L9:سلسلة جبال حمرين','LOCATION','hamrin-mountains'),
]
times = [
 ('L2:اليوم الاثنين', D, 'day'),
 ('L2:فجر أمس الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L4:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L5:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:التاسع من كانون الأول 2017', '2017-12-09', 'day'),
]
JOC = 'قيادة العمليات المشتركة'
KHF = 'تحسين الخفاجي (الاتجاه)'
HAY = 'هيئة الحشد الشعبي'
COR = 'مراسل الاتجاه'
CO = 'التحالف الدولي'
T = 'L2:فجر أمس الأحد'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:اليوم الاثنين', actors=['IQ_GOV'], attr=JOC),                                  # 1
 dict(type='OPERATION', trig='L2:عمليات#1', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:المناطق الصحراوية', attr=JOC),    # 2
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=KHF),                                                             # 3
 dict(type='MOVEMENT', trig='L3:تتقدم', actors=['IQ_GOV'], qty=['L3:ستة محاور'], attr=KHF),                                       # 4
 dict(type='ATTACK', trig='L3:دمّرت', actors=['IQ_GOV'], targets=['ISIS'], attr=KHF),                                            # 5
 dict(type='ATTACK', trig='L3:قتلت', actors=['IQ_GOV'], targets=['ISIS'], loc='L3:صحراء الحضر', qty=['L3:أربعة'], attr=KHF),      # 6
 dict(type='OPERATION', trig='L4:العمليات', time=T, actors=['IQ_GOV', PMF, TRB], targets=['ISIS'], attr=KHF),                    # 7
 dict(type='ATTACK', trig='L4:إسناد', actors=['IQ_GOV'], targets=['ISIS'], attr=KHF),                                            # 8
 dict(type='OPERATION', trig='L4:ستنطلق', mod='planned', time='L4:قريباً', actors=['IQ_GOV'], targets=['ISIS'],
      loc='L4:مناطق شمال بغداد', attr=KHF),                                                                                     # 9
 dict(type='STATEMENT', trig='L5:بيان', actors=[PMF], attr=HAY),                                                                 # 10
 dict(type='OPERATION', trig='L5:تطهير', actors=[PMF], targets=['ISIS'], loc='L5:صحراء الجزيرة', attr=HAY),                      # 11
 dict(type='OPERATION', trig='L5:فككت', actors=[PMF], weapons=['L5:عبوة ناسفة'], qty=['L5:أكثر من 40 عبوة ناسفة'], attr=HAY),     # 12
 dict(type='ATTACK', trig='L5:أحبطت', time='L5:فجر اليوم', actors=[PMF], targets=['ISIS'], loc='L5:بحيرة الثرثار', attr=HAY),     # 13
 dict(type='MOVEMENT', trig='L5:تسلل', time='L5:فجر اليوم', actors=['ISIS'], loc='L5:بحيرة الثرثار', attr=HAY),                  # 14
 dict(type='MOVEMENT', trig='L6:وصلت', time='L6:صباح اليوم', actors=[PMF], loc='L6:منطقة عكاشات', attr=COR),                     # 15
 dict(type='MOVEMENT', trig='L6:تنتشر', actors=[PMF], loc='L6:الحدود#1', qty=['L6:نحو 100 كيلومتر'], attr=COR),                    # 16
 dict(type='ATTACK', trig='L7:غارات', mod='denied', actors=['COALITION'], targets=['ISIS'], attr='مصادر في الحشد'),              # 17
 dict(type='STATEMENT', trig='L7:بيان', actors=['COALITION'], attr=CO),                                                          # 18
 dict(type='ATTACK', trig='L7:ضربات', actors=['COALITION'], targets=['ISIS'], loc='L7:صحراء الجزيرة', qty=['L7:ثلاث ضربات'],
      attr=CO),                                                                                                                 # 19
 dict(type='OPERATION', trig='L8:العملية', time=T, actors=['IQ_GOV', PMF, TRB], targets=['ISIS']),                               # 20
 dict(type='WITHDRAWAL', trig='L8:بإخراج', mod='planned', actors=['US'], loc='L8:البلاد', attr='تحالف الفتح'),                    # 21
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=['US'], loc='L8:قاعدة عين الأسد', qty=['L8:أكثر من 5 آلاف جندي']),               # 22
 dict(type='STATEMENT', trig='L9:أعلن', time='L9:التاسع من كانون الأول 2017', actors=['IQ_GOV'], attr='حيدر العبادي'),            # 23
 dict(type='ATTACK', trig='L9:هجمات', actors=['ISIS'], loc='L9:المناطق الصحراوية'),                                              # 24
]
TD = (D, 'day')
DM = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', assets='قطعات قيادة العمليات المشتركة', loc=('المناطق الصحراوية', 'jazira-desert'), as_of=TD, status='present',
      source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('صحراء الحضر', 'hatra-desert'), as_of=TD, status='present', source=KHF, line=3, events=[6]),
 dict(actor='ISIS', loc=('صحراء الحضر', 'hatra-desert'), as_of=TD, status='present', source=KHF, line=3, events=[6]),
 dict(actor=PMF, assets='قوات اللواءين 45 و46', loc=('صحراء الجزيرة', 'jazira-desert'), as_of=TD, status='present', source=HAY,
      line=5, events=[11]),
 dict(actor=PMF, assets='تعزيزات من اللواء 45', loc=('منطقة عكاشات', 'akashat'), as_of=DM, status='reinforced', source=COR,
      line=6, events=[15]),
 dict(actor=PMF, assets='قوات الحشد على نحو 100 كيلومتر من الحدود', loc=('الحدود', 'syria-iraq-border'), as_of=TD, status='present',
      source=COR, line=6, events=[16]),
 dict(actor='ISIS', assets='مخابئ', loc=('صحراء الجزيرة', 'jazira-desert'), as_of=TD, status='attacked', source=CO, line=7, events=[19]),
 dict(actor='US', strength=(5000, True, 'troops'), loc=('البلاد', 'iraq'), as_of=TD, status='present', line=8, events=[22]),
 dict(actor='US', assets='معظم القوات الأمريكية', loc=('قاعدة عين الأسد', 'ain-al-asad-base'), as_of=TD, status='present', line=8,
      events=[22]),
 dict(actor='US', loc=('قاعدة حرير', 'harir-base'), as_of=TD, status='present', line=8, events=[22]),
 dict(actor='ISIS', assets='خلايا', loc=('المناطق الصحراوية', 'iraq-desert-areas'), as_of=TD, status='present', line=9, events=[24]),
 dict(actor='ISIS', assets='خلايا', loc=('سلسلة جبال حمرين', 'hamrin-mountains'), as_of=TD, status='present', line=9, events=[24]),
]
build('aletejah-will-of-victory', None, 'الاتجاه', D, L, ents, times, events, forces)
