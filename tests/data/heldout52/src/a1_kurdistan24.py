from build import build
L = [
'اشتباكات عنيفة بين البيشمركة والقوات العراقية والحشد الشعبي قرب معبر فيشخابور',
'دهوك (كوردستان 24) – تجددت صباح اليوم الخميس الاشتباكات بين قوات البيشمركة من جهة، والجيش العراقي وميليشيات الحشد الشعبي من جهة أخرى، في محيط قرية المحمودية غربي ناحية زمار، على بعد نحو 25 كيلومتراً من معبر فيشخابور الحدودي.',
'وقال قائد محور زمار في البيشمركة العميد سربست حسين لكوردستان 24 إن القوات العراقية شنت عند السادسة صباحاً هجوماً بالدبابات والمدفعية الثقيلة على مواقع البيشمركة من ثلاثة محاور، مؤكداً أن مقاتليه "صدوا المهاجمين ودمروا خمس عربات همفي ودبابة أبرامز".',
'وأضاف أن ثلاثة من مقاتلي البيشمركة قُتلوا وأصيب ثمانية آخرون نُقلوا إلى مستشفى زاخو، فيما لم تعلن بغداد حصيلة خسائر قواتها.',
'في المقابل، نفت قيادة العمليات المشتركة في بيان أن تكون قطعاتها قد شنت أي هجوم، مؤكدة أنها "تتقدم لتأمين الحدود الدولية" وأنها تعرضت لإطلاق نار من "مجاميع خارجة عن القانون" قرب المحمودية.',
'وتسعى بغداد إلى بسط سيطرتها على معبر فيشخابور الذي يربط الإقليم بسوريا، والواقع على مقربة من الحدود التركية، وهو ما ترفضه أربيل قبل التوصل إلى اتفاق شامل.',
'وكانت حكومة إقليم كوردستان قد اقترحت، مساء أمس الأربعاء، تجميد نتائج استفتاء 25 أيلول ووقفاً فورياً لإطلاق النار وبدء حوار مع الحكومة الاتحادية، غير أن رئيس الوزراء حيدر العبادي اشترط "إلغاء الاستفتاء" قبل أي حوار.',
'وبحسب مصادر ميدانية، دفع الجيش العراقي منذ أمس بتعزيزات تضم نحو 60 آلية عسكرية وعشرات الدبابات إلى ناحية ربيعة، فيما تتمركز قوات من الحشد الشعبي في بلدة زمار التي انسحبت منها البيشمركة في السابع عشر من تشرين الأول الجاري.',
'وأكد المتحدث باسم وزارة البيشمركة هلكورد حكمت أن نحو ألفي مقاتل من البيشمركة يتمركزون على خط دفاعي يمتد من سحيلا إلى فيشخابور، مضيفاً أن قواته "لن تسمح بدخول الميليشيات إلى المعبر".',
'من جهتها، قالت السفارة الأمريكية في بغداد في بيان إنها "قلقة من الاشتباكات"، داعية الطرفين إلى وقف التحركات العسكرية وحل الخلافات على أساس الدستور.',
'وتأتي هذه المواجهات عقب سيطرة القوات العراقية على مدينة كركوك وحقولها النفطية في السادس عشر من الشهر الجاري، إثر انسحاب البيشمركة منها دون قتال.',
]
D = '2017-10-26'   # Thursday; Erbil-based channel's Arabic site, web copy of its own day
WED = '2017-10-25'
PM = 'PESHMERGA'
PMF = 'OTHER:pmf'
KRG = 'OTHER:krg'
ents = [
 ('L0:البيشمركة','ACTOR',PM), ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:معبر فيشخابور','LOCATION','faysh-khabur-crossing'),
 ('L1:دهوك','LOCATION','duhok'), ('L1:كوردستان 24','ORG','kurdistan24'), ('L1:قوات البيشمركة','ACTOR',PM), ('L1:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L1:ميليشيات الحشد الشعبي','ACTOR',PMF), ('L1:محيط قرية المحمودية','LOCATION','mahmudiya'), ('L1:ناحية زمار','LOCATION','zummar'),
 ('L1:نحو 25 كيلومتراً','QUANTITY',None,(25,True,'km')), ('L1:معبر فيشخابور الحدودي','LOCATION','faysh-khabur-crossing'),
 ('L2:زمار','LOCATION','zummar'), ('L2:البيشمركة#0','ACTOR',PM), ('L2:سربست حسين','PERSON','sarbast-hussein'), ('L2:كوردستان 24','ORG','kurdistan24'),
 ('L2:القوات العراقية','ACTOR','IQ_GOV'), ('L2:الدبابات','WEAPON','tanks'), ('L2:المدفعية الثقيلة','WEAPON','heavy-artillery'),
 ('L2:البيشمركة#1','ACTOR',PM), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L2:خمس عربات همفي','QUANTITY',None,(5,False,'vehicles')), ('L2:عربات همفي','WEAPON','humvees'), ('L2:دبابة أبرامز','WEAPON','abrams'),
 ('L3:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L3:البيشمركة','ACTOR',PM), ('L3:ثمانية','QUANTITY',None,(8,False,'wounded')),
 ('L3:مستشفى زاخو','LOCATION','zakho-hospital'), ('L3:بغداد','ACTOR','IQ_GOV'),
 ('L4:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:الحدود الدولية','LOCATION','iraq-international-border'),
 ('L4:مجاميع خارجة عن القانون','ACTOR',PM), ('L4:المحمودية','LOCATION','mahmudiya'),
 ('L5:بغداد','ACTOR','IQ_GOV'), ('L5:معبر فيشخابور','LOCATION','faysh-khabur-crossing'), ('L5:الإقليم','LOCATION','kurdistan-region'),
 ('L5:سوريا','LOCATION','syria'), ('L5:الحدود التركية','LOCATION','turkish-border'), ('L5:أربيل','ACTOR',KRG),
 ('L6:حكومة إقليم كوردستان','ACTOR',KRG), ('L6:الحكومة الاتحادية','ACTOR','IQ_GOV'), ('L6:حيدر العبادي','PERSON','haider-al-abadi'),
 ('L7:الجيش العراقي','ACTOR','IQ_GOV'), ('L7:نحو 60 آلية عسكرية','QUANTITY',None,(60,True,'vehicles')), ('L7:آلية عسكرية','WEAPON','military-vehicles'),
 ('L7:عشرات الدبابات','QUANTITY',None,([24,99],True,'vehicles')), ('L7:الدبابات','WEAPON','tanks'), ('L7:ناحية ربيعة','LOCATION','rabia'),
 ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:بلدة زمار','LOCATION','zummar'), ('L7:البيشمركة','ACTOR',PM),
 ('L8:وزارة البيشمركة','ACTOR',PM), ('L8:هلكورد حكمت','PERSON','halgurd-hikmat'), ('L8:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')),
 ('L8:البيشمركة#1','ACTOR',PM), ('L8:سحيلا','LOCATION','suhaila'), ('L8:فيشخابور','LOCATION','faysh-khabur'), ('L8:الميليشيات','ACTOR',PMF),
 ('L8:المعبر','LOCATION','faysh-khabur-crossing'),
 ('L9:السفارة الأمريكية','ACTOR','US'), ('L9:بغداد','LOCATION','baghdad'),
 ('L10:القوات العراقية','ACTOR','IQ_GOV'), ('L10:مدينة كركوك','LOCATION','kirkuk'), ('L10:حقولها النفطية','LOCATION','kirkuk-oilfields'),
 ('L10:البيشمركة','ACTOR',PM),
]
times = [
 ('L1:صباح اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L2:السادسة صباحاً', D, 'part-of-day', {'part': 'morning'}),
 ('L6:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L6:25 أيلول', '2017-09-25', 'day'),
 ('L7:منذ أمس', WED + '/' + D, 'day'),
 ('L7:السابع عشر من تشرين الأول الجاري', '2017-10-17', 'day'),
 ('L10:السادس عشر من الشهر الجاري', '2017-10-16', 'day'),
]
M = 'L1:صباح اليوم الخميس'
CMD = 'سربست حسين'
JOC = 'قيادة العمليات المشتركة'
FLD = 'مصادر ميدانية'
events = [
 dict(type='ATTACK', trig='L1:الاشتباكات', time=M, actors=[PM, 'IQ_GOV', PMF], loc='L1:محيط قرية المحمودية'),                       # 1
 dict(type='STATEMENT', trig='L2:قال', actors=[PM], attr=CMD),                                                                    # 2
 dict(type='ATTACK', trig='L2:هجوماً', time='L2:السادسة صباحاً', actors=['IQ_GOV'], targets=[PM],
      weapons=['L2:الدبابات', 'L2:المدفعية الثقيلة'], qty=['L2:ثلاثة محاور'], attr=CMD),                                          # 3
 dict(type='ATTACK', trig='L2:صدوا', time='L2:السادسة صباحاً', actors=[PM], targets=['IQ_GOV'], attr=CMD),                        # 4
 dict(type='ATTACK', trig='L2:دمروا', time='L2:السادسة صباحاً', actors=[PM], targets=['IQ_GOV'], attr=CMD),                       # 5
 dict(type='ATTACK', trig='L3:قُتلوا', time=M, targets=[PM], qty=['L3:ثلاثة', 'L3:ثمانية'], attr=CMD),                              # 6
 dict(type='ATTACK', trig='L4:هجوم', mod='denied', time=M, actors=['IQ_GOV'], targets=[PM], attr=JOC),                              # 7
 dict(type='MOVEMENT', trig='L4:تتقدم', time=M, actors=['IQ_GOV'], loc='L4:الحدود الدولية', attr=JOC),                              # 8
 dict(type='ATTACK', trig='L4:إطلاق نار', time=M, actors=[PM], targets=['IQ_GOV'], loc='L4:المحمودية', attr=JOC),                  # 9
 dict(type='CONTROL', trig='L5:بسط سيطرتها', mod='planned', actors=['IQ_GOV'], loc='L5:معبر فيشخابور'),                             # 10
 dict(type='AGREEMENT', trig='L5:اتفاق', mod='planned', actors=[KRG, 'IQ_GOV']),                                                   # 11
 dict(type='AGREEMENT', trig='L6:وقفاً فورياً لإطلاق النار', mod='planned', actors=[KRG, 'IQ_GOV'], attr='حكومة إقليم كوردستان'),   # 12
 dict(type='AGREEMENT', trig='L6:حوار#0', mod='planned', actors=[KRG, 'IQ_GOV'], attr='حكومة إقليم كوردستان'),                      # 13
 dict(type='MOVEMENT', trig='L7:دفع', time='L7:منذ أمس', actors=['IQ_GOV'], loc='L7:ناحية ربيعة',
      weapons=['L7:آلية عسكرية', 'L7:الدبابات'], qty=['L7:نحو 60 آلية عسكرية', 'L7:عشرات الدبابات'], attr=FLD),                    # 14
 dict(type='MOVEMENT', trig='L7:تتمركز', time=M, actors=[PMF], loc='L7:بلدة زمار', attr=FLD),                                       # 15
 dict(type='WITHDRAWAL', trig='L7:انسحبت', time='L7:السابع عشر من تشرين الأول الجاري', actors=[PM], loc='L7:بلدة زمار', attr=FLD),  # 16
 dict(type='MOVEMENT', trig='L8:يتمركزون', actors=[PM], loc='L8:سحيلا', qty=['L8:نحو ألفي مقاتل'], attr='هلكورد حكمت'),              # 17
 dict(type='STATEMENT', trig='L9:قالت', actors=['US'], attr='السفارة الأمريكية في بغداد'),                                          # 18
 dict(type='ATTACK', trig='L9:الاشتباكات', time=M, actors=[PM, 'IQ_GOV', PMF], attr='السفارة الأمريكية في بغداد'),                  # 19
 dict(type='ATTACK', trig='L10:المواجهات', time=M, actors=[PM, 'IQ_GOV', PMF]),                                                     # 20
 dict(type='CONTROL', trig='L10:سيطرة', time='L10:السادس عشر من الشهر الجاري', actors=['IQ_GOV'], targets=[PM], loc='L10:مدينة كركوك'),  # 21
 dict(type='WITHDRAWAL', trig='L10:انسحاب', time='L10:السادس عشر من الشهر الجاري', actors=[PM], loc='L10:مدينة كركوك'),            # 22
]
MP = (D, 'part-of-day')
OD = (D, 'day')
K16 = ('2017-10-16', 'day')
forces = [
 dict(actor=PM, loc=('محيط قرية المحمودية', 'mahmudiya'), as_of=MP, status='present', line=1, events=[1]),
 dict(actor='IQ_GOV', loc=('محيط قرية المحمودية', 'mahmudiya'), as_of=MP, status='present', line=1, events=[1]),
 dict(actor=PMF, loc=('محيط قرية المحمودية', 'mahmudiya'), as_of=MP, status='present', line=1, events=[1]),
 dict(actor='IQ_GOV', loc=('المحمودية', 'mahmudiya'), as_of=MP, status='attacked', source=JOC, line=4, events=[9]),
 dict(actor='IQ_GOV', strength=(60, True, 'vehicles'), assets='آليات عسكرية، عشرات الدبابات', loc=('ناحية ربيعة', 'rabia'),
      as_of=(WED + '/' + D, 'day'), status='reinforced', source=FLD, line=7, events=[14]),
 dict(actor=PMF, loc=('بلدة زمار', 'zummar'), as_of=OD, status='present', source=FLD, line=7, events=[15]),
 dict(actor=PM, loc=('بلدة زمار', 'zummar'), as_of=('2017-10-17', 'day'), status='withdrawn', source=FLD, line=7, events=[16]),
 dict(actor=PM, strength=(2000, True, 'fighters'), loc=('سحيلا', 'suhaila'), as_of=OD, status='present', source='هلكورد حكمت', line=8, events=[17]),
 dict(actor=PM, strength=(2000, True, 'fighters'), loc=('فيشخابور', 'faysh-khabur'), as_of=OD, status='present', source='هلكورد حكمت', line=8, events=[17]),
 dict(actor='IQ_GOV', loc=('مدينة كركوك', 'kirkuk'), as_of=K16, status='controls', line=10, events=[21]),
 dict(actor='IQ_GOV', loc=('حقولها النفطية', 'kirkuk-oilfields'), as_of=K16, status='controls', line=10, events=[21]),
 dict(actor=PM, loc=('مدينة كركوك', 'kirkuk'), as_of=K16, status='withdrawn', line=10, events=[22]),
]
build('kurdistan24-faysh-khabur-clashes', None, 'كوردستان 24', D, L, ents, times, events, forces)
