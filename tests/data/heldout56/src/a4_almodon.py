from build import build
L = [
'"اللواء الثامن" يعلن حل نفسه.. وأرتال وزارة الدفاع تدخل بصرى الشام',
'دخلت أرتال تابعة لوزارة الدفاع السورية، صباح الاثنين، مدينة بصرى الشام في ريف درعا الشرقي، وتسلمت المقر الرئيسي لـ"اللواء الثامن" قرب قلعة المدينة، بعد ساعات من إعلان اللواء حل نفسه ووضع عناصره وسلاحه "بتصرف الوزارة".',
'وقال المتحدث باسم اللواء محمد الحوراني، في تسجيل مصور بثه مساء الأحد، إن القيادة أقرّت "حل التشكيل بشكل كامل"، وسلّمت "كافة المقدرات العسكرية والبشرية" إلى وزارة الدفاع، "حقناً للدماء وحفاظاً على السلم الأهلي في حوران".',
'وأفادت مصادر محلية لـ"المدن" بأن نحو 60 آلية عسكرية، بينها دبابات وعربات "بي إم بي"، دخلت المدينة من محورَي معربة والسهوة بمرافقة عناصر من الأمن العام، وانتشرت في محيط القلعة وعلى المداخل الرئيسية.',
'وجاء الإعلان بعد أيام من التوتر بدأ الخميس الماضي، إثر مقتل بلال المقداد، القيادي في مجموعة محلية منضوية في وزارة الدفاع، برصاص عناصر من اللواء الثامن خلال اشتباك عند المدخل الغربي لبصرى الشام.',
'وفرضت قوات الوزارة في اليوم التالي طوقاً على المدينة من جهتيها الغربية والشمالية، واستقدمت تعزيزات من إزرع وداعل، فيما أسفرت اشتباكات متقطعة على أطراف المدينة عن مقتل عنصرين من الأمن العام وإصابة ستة من عناصر اللواء.',
'وقال مصدر في وزارة الدفاع لـ"المدن" إن قرار الحل "خطوة في الاتجاه الصحيح"، موضحاً أن عناصر اللواء الراغبين بالانضمام إلى الجيش "سيخضعون لدورات تأهيل" قبل فرزهم إلى تشكيلات المنطقة الجنوبية.',
'ولم يظهر قائد اللواء أحمد العودة في التسجيل، ولم يصدر عنه أي تعليق حتى ساعة إعداد هذا التقرير.',
'وتشكّل اللواء الثامن عام 2018 بدعم روسي ضمن "الفيلق الخامس" عقب اتفاق التسوية، ويضم نحو 1500 مقاتل، وكان يسيطر على بصرى الشام وعدد من بلدات الريف الشرقي، قبل أن يشارك في السيطرة على مدينة درعا في كانون الأول/ديسمبر الماضي.',
'وبالتوازي، توغلت قوة إسرائيلية مؤلفة من دبابتين وأربع عربات عسكرية، صباح اليوم، في محيط قرية معرية بمنطقة حوض اليرموك غربي درعا، وأقامت حاجزاً مؤقتاً على طريقها، بحسب "تجمع أحرار حوران".',
]
D = '2025-04-14'   # Monday; Beirut web daily, copy of its own day
SUN = '2025-04-13'
THU = '2025-04-10'
FRI = '2025-04-11'
EB = 'OTHER:eighth-brigade'
IL = 'OTHER:israel'
BS = 'busra-al-sham'
ents = [
 ('L0:اللواء الثامن','ACTOR',EB), ('L0:وزارة الدفاع','ACTOR','SY_GOV'), ('L0:بصرى الشام','LOCATION',BS),
 ('L1:وزارة الدفاع السورية','ACTOR','SY_GOV'), ('L1:مدينة بصرى الشام','LOCATION',BS), ('L1:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L1:المقر الرئيسي','LOCATION','eighth-brigade-hq-busra'), ('L1:اللواء الثامن','ACTOR',EB), ('L1:قلعة المدينة','LOCATION','busra-citadel'),
 ('L1:اللواء#1','ACTOR',EB), ('L1:الوزارة','ACTOR','SY_GOV'),
 ('L2:اللواء','ACTOR',EB), ('L2:محمد الحوراني','PERSON','mohammad-al-hourani'), ('L2:القيادة','ACTOR',EB), ('L2:التشكيل','ACTOR',EB),
 ('L2:وزارة الدفاع','ACTOR','SY_GOV'), ('L2:حوران#1','LOCATION','hauran'),
 ('L3:المدن','ORG','almodon'), ('L3:نحو 60 آلية عسكرية','QUANTITY',None,(60,True,'vehicles')), ('L3:آلية عسكرية','WEAPON','military-vehicles'),
 ('L3:دبابات','WEAPON','tanks'), ('L3:عربات "بي إم بي"','WEAPON','bmp'), ('L3:المدينة','LOCATION',BS), ('L3:معربة','LOCATION','maaraba'),
 ('L3:السهوة','LOCATION','al-sahwa'), ('L3:الأمن العام','ACTOR','SY_GOV'), ('L3:القلعة','LOCATION','busra-citadel'),
 ('L3:المداخل الرئيسية','LOCATION','busra-entrances'),
 ('L4:بلال المقداد','PERSON','bilal-al-miqdad'), ('L4:مجموعة محلية','ACTOR','SY_GOV'), ('L4:وزارة الدفاع','ACTOR','SY_GOV'),
 ('L4:اللواء الثامن','ACTOR',EB), ('L4:المدخل الغربي','LOCATION','busra-west-entrance'), ('L4:بصرى الشام','LOCATION',BS),
 ('L5:قوات الوزارة','ACTOR','SY_GOV'), ('L5:المدينة#0','LOCATION',BS), ('L5:إزرع','LOCATION','izraa'), ('L5:داعل','LOCATION','dael'),
 ('L5:المدينة#1','LOCATION',BS), ('L5:عنصرين','QUANTITY',None,(2,False,'killed')), ('L5:الأمن العام','ACTOR','SY_GOV'),
 ('L5:ستة','QUANTITY',None,(6,False,'wounded')), ('L5:اللواء','ACTOR',EB),
 ('L6:وزارة الدفاع','ACTOR','SY_GOV'), ('L6:المدن','ORG','almodon'), ('L6:اللواء','ACTOR',EB), ('L6:الجيش','ACTOR','SY_GOV'),
 ('L6:المنطقة الجنوبية','LOCATION','south-syria'),
 ('L7:اللواء','ACTOR',EB), ('L7:أحمد العودة','PERSON','ahmad-al-awda'),
 ('L8:اللواء الثامن','ACTOR',EB), ('L8:الفيلق الخامس','ACTOR','SY_GOV'), ('L8:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')),
 ('L8:بصرى الشام','LOCATION',BS), ('L8:الريف الشرقي','LOCATION','daraa-east-countryside'), ('L8:مدينة درعا','LOCATION','daraa'),
 ('L9:قوة إسرائيلية','ACTOR',IL), ('L9:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L9:دبابتين#0','WEAPON','tanks'),
 ('L9:أربع عربات عسكرية','QUANTITY',None,(4,False,'vehicles')), ('L9:عربات عسكرية','WEAPON','military-vehicles'),
 ('L9:قرية معرية','LOCATION','maariya'), ('L9:منطقة حوض اليرموك','LOCATION','yarmouk-basin'), ('L9:درعا','LOCATION','daraa'),
 ('L9:تجمع أحرار حوران','ORG','ahrar-horan'),
]
times = [
 ('L1:صباح الاثنين', D, 'part-of-day', {'part': 'morning'}),
 ('L2:مساء الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L4:الخميس الماضي', THU, 'day'),
 ('L5:اليوم التالي', FRI, 'day'),
 ('L8:عام 2018', '2018', 'year'),
 ('L8:كانون الأول/ديسمبر الماضي', '2024-12', 'month'),
 ('L9:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
]
MORN = 'L1:صباح الاثنين'
SUNE = 'L2:مساء الأحد'
SPK = 'محمد الحوراني'
SRC = 'مصادر محلية (المدن)'
events = [
 dict(type='MOVEMENT', trig='L1:دخلت', time=MORN, actors=['SY_GOV'], loc='L1:مدينة بصرى الشام'),                                   # 1
 dict(type='CONTROL', trig='L1:تسلمت', time=MORN, actors=['SY_GOV'], loc='L1:المقر الرئيسي'),                                      # 2
 dict(type='WITHDRAWAL', trig='L1:حل', time=SUNE, actors=[EB], loc='L1:مدينة بصرى الشام'),                                          # 3
 dict(type='STATEMENT', trig='L2:قال', time=SUNE, actors=[EB], attr=SPK),                                                           # 4
 dict(type='WITHDRAWAL', trig='L2:حل', time=SUNE, actors=[EB], attr=SPK),                                                           # 5
 dict(type='CONTROL', trig='L2:سلّمت', time=SUNE, actors=['SY_GOV'], attr=SPK),                                                      # 6
 dict(type='MOVEMENT', trig='L3:دخلت', time=MORN, actors=['SY_GOV'], loc='L3:المدينة',
      weapons=['L3:آلية عسكرية', 'L3:دبابات', 'L3:عربات "بي إم بي"'], qty=['L3:نحو 60 آلية عسكرية'], attr=SRC),                    # 7
 dict(type='MOVEMENT', trig='L3:انتشرت', time=MORN, actors=['SY_GOV'], loc='L3:القلعة', attr=SRC),                                   # 8
 dict(type='ATTACK', trig='L4:اشتباك', time='L4:الخميس الماضي', actors=[EB], targets=['SY_GOV'], loc='L4:المدخل الغربي'),             # 9
 dict(type='OPERATION', trig='L5:طوقاً', time='L5:اليوم التالي', actors=['SY_GOV'], targets=[EB], loc='L5:المدينة#0'),              # 10
 dict(type='MOVEMENT', trig='L5:استقدمت', time='L5:اليوم التالي', actors=['SY_GOV'], loc='L5:المدينة#0'),                           # 11
 dict(type='ATTACK', trig='L5:اشتباكات', actors=['SY_GOV', EB], loc='L5:المدينة#1', qty=['L5:عنصرين', 'L5:ستة']),                   # 12
 dict(type='TRAINING', trig='L6:دورات', mod='planned', actors=['SY_GOV', EB], attr='مصدر في وزارة الدفاع (المدن)'),                  # 13
 dict(type='AGREEMENT', trig='L8:اتفاق', time='L8:عام 2018', actors=['SY_GOV', 'RU']),                                               # 14
 dict(type='CONTROL', trig='L8:يسيطر', actors=[EB], loc='L8:بصرى الشام', qty=['L8:نحو 1500 مقاتل']),                                # 15
 dict(type='CONTROL', trig='L8:السيطرة', time='L8:كانون الأول/ديسمبر الماضي', actors=[EB], loc='L8:مدينة درعا'),                    # 16
 dict(type='MOVEMENT', trig='L9:توغلت', time='L9:صباح اليوم', actors=[IL], loc='L9:قرية معرية',
      weapons=['L9:دبابتين#0', 'L9:عربات عسكرية'], qty=['L9:دبابتين', 'L9:أربع عربات عسكرية'], attr='تجمع أحرار حوران'),              # 17
 dict(type='BASE', trig='L9:أقامت', time='L9:صباح اليوم', actors=[IL], loc='L9:قرية معرية', attr='تجمع أحرار حوران'),                # 18
]
MP = (D, 'part-of-day')
FD = (FRI, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة بصرى الشام', BS), as_of=MP, status='arrived', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('المقر الرئيسي', 'eighth-brigade-hq-busra'), as_of=MP, status='controls', line=1, events=[2]),
 dict(actor=EB, loc=('مدينة بصرى الشام', BS), as_of=(SUN, 'part-of-day'), status='withdrawn', line=1, events=[3]),
 dict(actor='SY_GOV', strength=(60, True, 'vehicles'), assets='نحو 60 آلية عسكرية بينها دبابات وعربات بي إم بي', loc=('المدينة', BS),
      as_of=MP, status='arrived', source=SRC, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('القلعة', 'busra-citadel'), as_of=MP, status='present', source=SRC, line=3, events=[8]),
 dict(actor='SY_GOV', loc=('المداخل الرئيسية', 'busra-entrances'), as_of=MP, status='present', source=SRC, line=3, events=[8]),
 dict(actor=EB, loc=('المدخل الغربي لبصرى الشام', 'busra-west-entrance'), as_of=(THU, 'day'), status='present', line=4, events=[9]),
 dict(actor='SY_GOV', loc=('المدخل الغربي لبصرى الشام', 'busra-west-entrance'), as_of=(THU, 'day'), status='present', line=4, events=[9]),
 dict(actor='SY_GOV', loc=('المدينة', BS), as_of=FD, status='present', line=5, events=[10, 12]),
 dict(actor='SY_GOV', assets='تعزيزات من إزرع وداعل', loc=('المدينة', BS), as_of=FD, status='reinforced', line=5, events=[11]),
 dict(actor=EB, loc=('المدينة', BS), as_of=FD, status='present', line=5, events=[12]),
 dict(actor=EB, strength=(1500, True, 'fighters'), loc=('بصرى الشام', BS), as_of=(None, 'vague'), status='controls', line=8, events=[15]),
 dict(actor=EB, loc=('مدينة درعا', 'daraa'), as_of=('2024-12', 'month'), status='controls', line=8, events=[16]),
 dict(actor=IL, assets='دبابتان وأربع عربات عسكرية', loc=('قرية معرية', 'maariya'), as_of=MP, status='arrived', source='تجمع أحرار حوران',
      line=9, events=[17, 18]),
]
build('almodon-busra-eighth-brigade', None, 'المدن', D, L, ents, times, events, forces)
