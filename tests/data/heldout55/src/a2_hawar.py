from build import build
L = [
'قوات سوريا الديمقراطية تعلن الحصيلة النهائية لهجوم مرتزقة داعش على سجن الصناعة في الحسكة',
'أعلنت قوات سوريا الديمقراطية، اليوم الاثنين، الحصيلة النهائية لهجوم مرتزقة داعش على سجن الصناعة في حي غويران جنوب مدينة الحسكة، الذي بدأ مساء الخميس 20 كانون الثاني واستمر سبعة أيام.',
'وجاء في بيان صادر عن المركز الإعلامي لقوات سوريا الديمقراطية أن 121 شخصاً استشهدوا خلال المعارك، بينهم 77 من حراس السجن والعاملين فيه و40 مقاتلاً من قوات سوريا الديمقراطية وأربعة مدنيين، فيما قُتل 374 مرتزقاً داخل السجن وفي محيطه.',
'وأوضح البيان أن قرابة 3500 معتقل من المرتزقة سلّموا أنفسهم بعد محاصرتهم في مهاجع الجناح الشمالي، وأُفرج عن 23 من الحراس الذين احتجزهم المرتزقة رهائن.',
'كما أشار البيان إلى أن خلايا المرتزقة تسللت إلى حي غويران قبل أيام من الهجوم، وأن قسماً منها قدِم من المناطق التي يحتلها جيش الاحتلال التركي في سري كانيه، متهماً دولة الاحتلال بـ"تسهيل" تحركاتها.',
'وفي السياق، أنهت قوى الأمن الداخلي، أمس الأحد، حملة تمشيط واسعة في حيي غويران والزهور، اعتقلت خلالها 28 مشتبهاً بالتعامل مع خلايا المرتزقة، بمشاركة وحدات من قوات سوريا الديمقراطية.',
'وبحسب مراسل وكالتنا، بدأت مئات العائلات بالعودة إلى منازلها في حي غويران صباح اليوم، بعد رفع حظر التجوال الذي فرضته الإدارة الذاتية على مدينة الحسكة منذ 21 كانون الثاني، فيما أبقت قوى الأمن الداخلي على حواجز في محيط السجن.',
'من جهته، قال المتحدث باسم التحالف الدولي، الكولونيل جو بوتشينو، إن قوات التحالف قدمت "دعماً جوياً محدوداً" لقوات سوريا الديمقراطية، وإنها ستواصل ملاحقة خلايا داعش شمال شرق سوريا.',
'وكانت قوات سوريا الديمقراطية قد أعلنت، يوم الأربعاء الماضي، السيطرة الكاملة على السجن، بعد استسلام آخر مجموعة من المرتزقة تحصنت في الطوابق السفلية منه.',
'ويضم سجن الصناعة نحو 5 آلاف معتقل من مرتزقة داعش من أكثر من 50 جنسية، فيما تطالب الإدارة الذاتية منذ سنوات بإنشاء محكمة دولية لمحاكمتهم.',
'وتلاحق قوات سوريا الديمقراطية بدعم من التحالف الدولي خلايا داعش في مناطق شمال وشرق سوريا، منذ أن قضت على آخر معاقله في بلدة الباغوز في آذار 2019.',
]
D = '2022-01-31'   # Monday; AANES agency (ANHA), web copy of its day
ASY = 'OTHER:asayish'
ents = [
 ('L0:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L0:مرتزقة داعش','ACTOR','ISIS'), ('L0:سجن الصناعة','LOCATION','ghwayran-prison'),
 ('L0:الحسكة','LOCATION','hasakah'),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:مرتزقة داعش','ACTOR','ISIS'), ('L1:سجن الصناعة','LOCATION','ghwayran-prison'),
 ('L1:حي غويران','LOCATION','ghwayran'), ('L1:مدينة الحسكة','LOCATION','hasakah'), ('L1:سبعة أيام','QUANTITY',None,(7,False,'other')),
 ('L2:المركز الإعلامي لقوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:121 شخصاً','QUANTITY',None,(121,False,'killed')),
 ('L2:77','QUANTITY',None,(77,False,'killed')), ('L2:السجن#0','LOCATION','ghwayran-prison'), ('L2:40 مقاتلاً','QUANTITY',None,(40,False,'killed')),
 ('L2:قوات سوريا الديمقراطية#1','ACTOR','SDF'), ('L2:أربعة مدنيين','QUANTITY',None,(4,False,'killed')),
 ('L2:374 مرتزقاً','QUANTITY',None,(374,False,'killed')), ('L2:السجن#1','LOCATION','ghwayran-prison'),
 ('L3:قرابة 3500 معتقل','QUANTITY',None,(3500,True,'arrested')), ('L3:المرتزقة#0','ACTOR','ISIS'), ('L3:مهاجع الجناح الشمالي','LOCATION','ghwayran-prison-north-wing'),
 ('L3:23','QUANTITY',None,(23,False,'people')), ('L3:المرتزقة#1','ACTOR','ISIS'),
 ('L4:المرتزقة','ACTOR','ISIS'), ('L4:حي غويران','LOCATION','ghwayran'), ('L4:جيش الاحتلال التركي','ACTOR','TR'), ('L4:سري كانيه','LOCATION','ras-al-ain'),
 ('L4:دولة الاحتلال','ACTOR','TR'),
 ('L5:قوى الأمن الداخلي','ACTOR',ASY), ('L5:حيي غويران','LOCATION','ghwayran'), ('L5:الزهور','LOCATION','al-zuhur'),
 ('L5:28 مشتبهاً','QUANTITY',None,(28,False,'arrested')), ('L5:المرتزقة','ACTOR','ISIS'), ('L5:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L6:مئات العائلات','QUANTITY',None,([100,999],True,'other')), ('L6:حي غويران','LOCATION','ghwayran'), ('L6:الإدارة الذاتية','ORG','aanes'),
 ('L6:مدينة الحسكة','LOCATION','hasakah'), ('L6:قوى الأمن الداخلي','ACTOR',ASY), ('L6:محيط السجن','LOCATION','ghwayran-prison'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:جو بوتشينو','PERSON','joe-buccino'), ('L7:قوات التحالف','ACTOR','COALITION'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:داعش','ACTOR','ISIS'), ('L7:شمال شرق سوريا','LOCATION','northeast-syria'),
 ('L8:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L8:السجن','LOCATION','ghwayran-prison'), ('L8:المرتزقة','ACTOR','ISIS'),
 ('L8:الطوابق السفلية','LOCATION','ghwayran-prison-basement'),
 ('L9:سجن الصناعة','LOCATION','ghwayran-prison'), ('L9:نحو 5 آلاف معتقل','QUANTITY',None,(5000,True,'people')), ('L9:مرتزقة داعش','ACTOR','ISIS'),
 ('L9:أكثر من 50 جنسية','QUANTITY',None,(50,True,'other')), ('L9:الإدارة الذاتية','ORG','aanes'),
 ('L10:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L10:التحالف الدولي','ACTOR','COALITION'), ('L10:داعش','ACTOR','ISIS'),
 ('L10:مناطق شمال وشرق سوريا','LOCATION','northeast-syria'), ('L10:بلدة الباغوز','LOCATION','baghouz'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L1:مساء الخميس 20 كانون الثاني', '2022-01-20', 'part-of-day', {'part': 'evening'}),
 ('L5:أمس الأحد', '2022-01-30', 'day'),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:منذ 21 كانون الثاني', '2022-01-21/' + D, 'day'),
 ('L8:يوم الأربعاء الماضي', '2022-01-26', 'day'),
 ('L9:منذ سنوات', None, 'vague', {'relation': 'before'}),
 ('L10:آذار 2019', '2019-03', 'month'),
]
T = 'L1:اليوم الاثنين'
H = 'L1:مساء الخميس 20 كانون الثاني'
W = 'L8:يوم الأربعاء الماضي'
ST = 'المركز الإعلامي لقوات سوريا الديمقراطية (بيان)'
COR = 'مراسل وكالتنا (هاوار)'
BUC = 'جو بوتشينو'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['SDF'], attr='قوات سوريا الديمقراطية'),                                    # 1
 dict(type='ATTACK', trig='L1:هجوم', time=H, actors=['ISIS'], targets=['SDF'], loc='L1:سجن الصناعة', qty=['L1:سبعة أيام']),             # 2
 dict(type='STATEMENT', trig='L2:بيان', time=T, actors=['SDF'], attr=ST),                                                           # 3
 dict(type='ATTACK', trig='L2:استشهدوا', time=H, actors=['ISIS'], targets=['SDF'],
      qty=['L2:121 شخصاً', 'L2:77', 'L2:40 مقاتلاً', 'L2:أربعة مدنيين'], attr=ST),                                                   # 4
 dict(type='ATTACK', trig='L2:قُتل', time=H, actors=['SDF'], targets=['ISIS'], loc='L2:السجن#1', qty=['L2:374 مرتزقاً'], attr=ST),       # 5
 dict(type='ARREST', trig='L3:سلّموا أنفسهم', actors=['SDF'], targets=['ISIS'], loc='L3:مهاجع الجناح الشمالي', qty=['L3:قرابة 3500 معتقل'], attr=ST),  # 6
 dict(type='OPERATION', trig='L3:محاصرتهم', actors=['SDF'], targets=['ISIS'], loc='L3:مهاجع الجناح الشمالي', attr=ST),                # 7
 dict(type='ARREST', trig='L3:احتجزهم', actors=['ISIS'], targets=['SDF'], qty=['L3:23'], attr=ST),                                     # 8
 dict(type='MOVEMENT', trig='L4:تسللت', actors=['ISIS'], loc='L4:حي غويران', attr=ST),                                                # 9
 dict(type='ATTACK', trig='L4:الهجوم', time=H, actors=['ISIS'], targets=['SDF'], attr=ST),                                            # 10
 dict(type='CONTROL', trig='L4:يحتلها', actors=['TR'], loc='L4:سري كانيه', attr=ST),                                                  # 11
 dict(type='OPERATION', trig='L5:حملة تمشيط', time='L5:أمس الأحد', actors=[ASY, 'SDF'], targets=['ISIS'], loc='L5:حيي غويران'),        # 12
 dict(type='ARREST', trig='L5:اعتقلت', time='L5:أمس الأحد', actors=[ASY], targets=['ISIS'], loc='L5:حيي غويران', qty=['L5:28 مشتبهاً']),  # 13
 dict(type='STATEMENT', trig='L7:قال', actors=['COALITION'], attr=BUC),                                                              # 14
 dict(type='ATTACK', trig='L7:دعماً جوياً', actors=['COALITION'], targets=['ISIS'], attr=BUC),                                        # 15
 dict(type='OPERATION', trig='L7:ملاحقة', mod='planned', actors=['COALITION'], targets=['ISIS'], loc='L7:شمال شرق سوريا', attr=BUC),    # 16
 dict(type='STATEMENT', trig='L8:أعلنت', time=W, actors=['SDF']),                                                                    # 17
 dict(type='CONTROL', trig='L8:السيطرة', time=W, actors=['SDF'], targets=['ISIS'], loc='L8:السجن'),                                    # 18
 dict(type='ARREST', trig='L8:استسلام', time=W, actors=['SDF'], targets=['ISIS'], loc='L8:الطوابق السفلية'),                          # 19
 dict(type='OPERATION', trig='L10:تلاحق', actors=['SDF', 'COALITION'], targets=['ISIS'], loc='L10:مناطق شمال وشرق سوريا'),            # 20
 dict(type='ATTACK', trig='L10:قضت', time='L10:آذار 2019', actors=['SDF'], targets=['ISIS'], loc='L10:بلدة الباغوز'),                   # 21
]
HE = ('2022-01-20', 'part-of-day')
SU = ('2022-01-30', 'day')
forces = [
 dict(actor='ISIS', loc=('سجن الصناعة', 'ghwayran-prison'), as_of=HE, status='present', line=1, events=[2]),
 dict(actor='SDF', loc=('سجن الصناعة', 'ghwayran-prison'), as_of=HE, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('حي غويران', 'ghwayran'), as_of=(None, 'vague'), status='arrived', source=ST, line=4, events=[9]),
 dict(actor='TR', loc=('سري كانيه', 'ras-al-ain'), as_of=(D, 'day'), status='controls', source=ST, line=4, events=[11]),
 dict(actor=ASY, loc=('حيي غويران', 'ghwayran'), as_of=SU, status='present', line=5, events=[12, 13]),
 dict(actor=ASY, loc=('الزهور', 'al-zuhur'), as_of=SU, status='present', line=5, events=[12, 13]),
 dict(actor='SDF', loc=('حيي غويران', 'ghwayran'), as_of=SU, status='present', line=5, events=[12]),
 dict(actor='SDF', loc=('الزهور', 'al-zuhur'), as_of=SU, status='present', line=5, events=[12]),
 dict(actor=ASY, assets='حواجز', loc=('محيط السجن', 'ghwayran-prison'), as_of=(D, 'part-of-day'), status='present', source=COR, line=6),
 dict(actor='SDF', loc=('السجن', 'ghwayran-prison'), as_of=('2022-01-26', 'day'), status='controls', line=8, events=[18]),
 dict(actor='SDF', loc=('بلدة الباغوز', 'baghouz'), as_of=('2019-03', 'month'), status='present', line=10, events=[21]),
 dict(actor='ISIS', loc=('بلدة الباغوز', 'baghouz'), as_of=('2019-03', 'month'), status='present', line=10, events=[21]),
]
build('hawar-ghwayran-prison-toll', None, 'هاوار', D, L, ents, times, events, forces)
