from build import build
L = [
'الجيش يحرر كامل منطقة حوض اليرموك من إرهابيي "داعش" ويبسط سيطرته على الحدود مع الأردن',
'درعا-سانا',
'أعلنت القيادة العامة للجيش والقوات المسلحة اليوم تحرير كامل منطقة حوض اليرموك في ريف درعا الغربي من إرهابيي ما يسمى "جيش خالد بن الوليد" المرتبط بتنظيم "داعش" الإرهابي، بعد عمليات مكثفة نفذتها وحدات الجيش العربي السوري والقوات الرديفة على عدة محاور بإسناد من سلاح الجو السوري والروسي.',
'وذكر مراسل سانا أن وحدات الجيش أحكمت سيطرتها صباح اليوم على قرى عابدين وكويا ومعرية وبيت آرة المحاذية لخط الحدود مع الأردن، بعد أن حررت أمس بلدة الشجرة، آخر معاقل الإرهابيين في المنطقة، وقضت على أعداد كبيرة منهم.',
'وأضاف المراسل أن وحدات الهندسة باشرت تمشيط القرى المحررة وتفكيك العبوات الناسفة والألغام التي زرعها الإرهابيون في الطرقات والمنازل، فيما عثرت وحدات الجيش على مستودع يضم دبابتين وعشرات القذائف الصاروخية في بلدة عين ذكر.',
'وكانت وحدات الجيش قد حررت في الخامس والعشرين من تموز الجاري بلدة جلين بعد معارك استمرت أكثر من 72 ساعة، ثم تابعت تقدمها جنوباً محررة بلدات سحم الجولان وحيط ونافعة.',
'وفي تصريح لسانا، قال مصدر عسكري إن "عشرات الإرهابيين سلّموا أنفسهم مع أسلحتهم إلى وحدات الجيش، فيما قُتل آخرون أثناء محاولتهم الفرار باتجاه الحدود الأردنية"، مشيراً إلى أن عدد الإرهابيين في الحوض كان يقدر بنحو 1200 إرهابي قبل بدء العملية.',
'وكان طيران العدو الإسرائيلي قد اعتدى في الرابع والعشرين من تموز الجاري على طائرة حربية سورية من طراز "سوخوي-22" أثناء تنفيذها مهمة ضد تجمعات الإرهابيين في منطقة حوض اليرموك، ما أدى إلى استشهاد قائدها، في تأكيد جديد على "الدعم الذي يقدمه كيان الاحتلال للتنظيمات الإرهابية".',
'وفي ريف القنيطرة، انتشرت وحدات من الجيش في 12 نقطة على خط فصل القوات مع الجولان السوري المحتل، بعد خروج آخر دفعة من الإرهابيين الرافضين للتسوية مع عائلاتهم باتجاه إدلب في 23 حافلة.',
'وفي موسكو، أعلنت وزارة الدفاع الروسية أن الشرطة العسكرية الروسية ستنشر ثماني نقاط مراقبة على امتداد خط فصل القوات، لدعم عودة قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) إلى مواقعها في المنطقة.',
'ويأتي تحرير حوض اليرموك تتويجاً للعملية العسكرية التي أطلقها الجيش في التاسع عشر من حزيران الماضي في ريف درعا الشرقي، والتي أعادت محافظتي درعا والقنيطرة بالكامل إلى سيطرة الدولة السورية.',
]
D = '2018-07-31'   # Tuesday; state news agency, web copy of its own day
MON = '2018-07-30'
PGM = 'OTHER:pro-government-militias'
IL = 'OTHER:israel'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:منطقة حوض اليرموك','LOCATION','yarmouk-basin'), ('L0:داعش','ACTOR','ISIS'), ('L0:الحدود','LOCATION','syria-jordan-border'),
 ('L0:الأردن','LOCATION','jordan'),
 ('L1:درعا','LOCATION','daraa'), ('L1:سانا','ORG','sana'),
 ('L2:القيادة العامة للجيش والقوات المسلحة','ACTOR','SY_GOV'), ('L2:منطقة حوض اليرموك','LOCATION','yarmouk-basin'),
 ('L2:ريف درعا الغربي','LOCATION','daraa-west-countryside'), ('L2:جيش خالد بن الوليد','ACTOR','ISIS'), ('L2:تنظيم "داعش"','ACTOR','ISIS'),
 ('L2:الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:القوات الرديفة','ACTOR',PGM), ('L2:عدة محاور','QUANTITY',None,([3, 9],True,'other')),
 ('L2:سلاح الجو السوري','ACTOR','SY_GOV'),
 ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:قرى عابدين','LOCATION','abdin'), ('L3:كويا','LOCATION','koya-daraa'),
 ('L3:معرية','LOCATION','maariya'), ('L3:بيت آرة','LOCATION','beit-ara'), ('L3:خط الحدود','LOCATION','syria-jordan-border'), ('L3:الأردن','LOCATION','jordan'),
 ('L3:بلدة الشجرة','LOCATION','al-shajara'), ('L3:الإرهابيين','ACTOR','ISIS'), ('L3:المنطقة','LOCATION','yarmouk-basin'),
 ('L4:وحدات الهندسة','ACTOR','SY_GOV'), ('L4:القرى المحررة','LOCATION','yarmouk-basin-villages'), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L4:الألغام','WEAPON','mines'), ('L4:الإرهابيون','ACTOR','ISIS'), ('L4:وحدات الجيش','ACTOR','SY_GOV'),
 ('L4:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L4:دبابتين#0','WEAPON','tanks'),
 ('L4:عشرات القذائف الصاروخية','QUANTITY',None,([24, 99],True,'other')), ('L4:القذائف الصاروخية','WEAPON','rockets'), ('L4:بلدة عين ذكر','LOCATION','ain-dhakar'),
 ('L5:وحدات الجيش','ACTOR','SY_GOV'), ('L5:بلدة جلين','LOCATION','jillin'), ('L5:أكثر من 72 ساعة','QUANTITY',None,(72,True,'other')),
 ('L5:بلدات سحم الجولان','LOCATION','saham-al-jawlan'), ('L5:حيط','LOCATION','hayt'), ('L5:نافعة','LOCATION','nafaa'),
 ('L6:سانا','ORG','sana'), ('L6:عشرات','QUANTITY',None,([24, 99],True,'arrested')), ('L6:الإرهابيين#0','ACTOR','ISIS'),
 ('L6:وحدات الجيش','ACTOR','SY_GOV'), ('L6:الحدود الأردنية','LOCATION','syria-jordan-border'), ('L6:الإرهابيين#1','ACTOR','ISIS'),
 ('L6:الحوض','LOCATION','yarmouk-basin'), ('L6:نحو 1200','QUANTITY',None,(1200,True,'fighters')),
 ('L7:طيران العدو الإسرائيلي','ACTOR',IL), ('L7:طائرة حربية سورية من طراز "سوخوي-22"','WEAPON','su-22'), ('L7:الإرهابيين','ACTOR','ISIS'),
 ('L7:منطقة حوض اليرموك','LOCATION','yarmouk-basin'), ('L7:كيان الاحتلال','ACTOR',IL), ('L7:لتنظيمات الإرهابية','ACTOR','ISIS'),
 ('L8:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L8:الجيش','ACTOR','SY_GOV'), ('L8:12 نقطة','QUANTITY',None,(12,False,'other')),
 ('L8:خط فصل القوات','LOCATION','golan-disengagement-line'), ('L8:الجولان السوري المحتل','LOCATION','golan'), ('L8:الإرهابيين','ACTOR','FSA'),
 ('L8:إدلب','LOCATION','idlib'), ('L8:23 حافلة','QUANTITY',None,(23,False,'vehicles')),
 ('L9:موسكو','LOCATION','moscow'), ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L9:ثماني نقاط مراقبة','QUANTITY',None,(8,False,'other')), ('L9:خط فصل القوات','LOCATION','golan-disengagement-line'),
 ('L9:قوة الأمم المتحدة لمراقبة فض الاشتباك','ORG','undof'), ('L9:أندوف','ORG','undof'), ('L9:المنطقة','LOCATION','golan'),
 ('L10:حوض اليرموك','LOCATION','yarmouk-basin'), ('L10:الجيش','ACTOR','SY_GOV'), ('L10:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L10:محافظتي درعا','LOCATION','daraa-governorate'), ('L10:القنيطرة','LOCATION','quneitra-governorate'), ('L10:الدولة السورية','ACTOR','SY_GOV'),
]
times = [
 ('L2:اليوم', D, 'day'),
 ('L3:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:أمس', MON, 'day'),
 ('L5:الخامس والعشرين من تموز الجاري', '2018-07-25', 'day'),
 ('L7:الرابع والعشرين من تموز الجاري', '2018-07-24', 'day'),
 ('L10:التاسع عشر من حزيران الماضي', '2018-06-19', 'day'),
]
T = 'L2:اليوم'
M = 'L3:صباح اليوم'
GC = 'القيادة العامة للجيش والقوات المسلحة'
COR = 'مراسل سانا'
SRC = 'مصدر عسكري (سانا)'
RMOD = 'وزارة الدفاع الروسية'
J25 = 'L5:الخامس والعشرين من تموز الجاري'
J24 = 'L7:الرابع والعشرين من تموز الجاري'
J19 = 'L10:التاسع عشر من حزيران الماضي'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['SY_GOV'], attr=GC),                                                          # 1
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=['SY_GOV', PGM], targets=['ISIS'], loc='L2:منطقة حوض اليرموك', attr=GC),          # 2
 dict(type='OPERATION', trig='L2:عمليات مكثفة', actors=['SY_GOV', PGM, 'RU'], targets=['ISIS'], qty=['L2:عدة محاور'], attr=GC),        # 3
 dict(type='ATTACK', trig='L2:إسناد', actors=['SY_GOV', 'RU'], targets=['ISIS'], attr=GC),                                             # 4
 dict(type='CONTROL', trig='L3:أحكمت سيطرتها', time=M, actors=['SY_GOV'], targets=['ISIS'], loc='L3:قرى عابدين', attr=COR),            # 5
 dict(type='CONTROL', trig='L3:حررت', time='L3:أمس', actors=['SY_GOV'], targets=['ISIS'], loc='L3:بلدة الشجرة', attr=COR),            # 6
 dict(type='ATTACK', trig='L3:قضت', time='L3:أمس', actors=['SY_GOV'], targets=['ISIS'], loc='L3:بلدة الشجرة', attr=COR),               # 7
 dict(type='OPERATION', trig='L4:تمشيط', actors=['SY_GOV'], loc='L4:القرى المحررة', attr=COR),                                         # 8
 dict(type='OPERATION', trig='L4:تفكيك', actors=['SY_GOV'], weapons=['L4:العبوات الناسفة', 'L4:الألغام'], attr=COR),                  # 9
 dict(type='CONTROL', trig='L5:حررت', time=J25, actors=['SY_GOV'], targets=['ISIS'], loc='L5:بلدة جلين'),                              # 10
 dict(type='ATTACK', trig='L5:معارك', time=J25, actors=['SY_GOV', 'ISIS'], loc='L5:بلدة جلين', qty=['L5:أكثر من 72 ساعة']),           # 11
 dict(type='MOVEMENT', trig='L5:تقدمها', actors=['SY_GOV'], loc='L5:بلدات سحم الجولان'),                                              # 12
 dict(type='CONTROL', trig='L5:محررة', actors=['SY_GOV'], targets=['ISIS'], loc='L5:بلدات سحم الجولان'),                               # 13
 dict(type='STATEMENT', trig='L6:قال', actors=['SY_GOV'], attr=SRC),                                                                   # 14
 dict(type='ARREST', trig='L6:سلّموا أنفسهم', actors=['SY_GOV'], targets=['ISIS'], qty=['L6:عشرات'], attr=SRC),                       # 15
 dict(type='ATTACK', trig='L6:قُتل', targets=['ISIS'], attr=SRC),                                                                      # 16
 dict(type='WITHDRAWAL', trig='L6:الفرار', actors=['ISIS'], loc='L6:الحدود الأردنية', attr=SRC),                                     # 17
 dict(type='OPERATION', trig='L6:العملية', time=J19, actors=['SY_GOV'], targets=['ISIS'], attr=SRC),                                   # 18
 dict(type='ATTACK', trig='L7:اعتدى', time=J24, actors=[IL], targets=['SY_GOV'], loc='L7:منطقة حوض اليرموك'),                        # 19
 dict(type='ATTACK', trig='L7:مهمة', time=J24, actors=['SY_GOV'], targets=['ISIS'], loc='L7:منطقة حوض اليرموك',
      weapons=['L7:طائرة حربية سورية من طراز "سوخوي-22"']),                                                                           # 20
 dict(type='MOVEMENT', trig='L8:انتشرت', actors=['SY_GOV'], loc='L8:خط فصل القوات', qty=['L8:12 نقطة']),                               # 21
 dict(type='WITHDRAWAL', trig='L8:خروج', actors=['FSA'], loc='L8:ريف القنيطرة', qty=['L8:23 حافلة']),                                  # 22
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['RU'], attr=RMOD),                                                                    # 23
 dict(type='BASE', trig='L9:ستنشر', mod='planned', actors=['RU'], loc='L9:خط فصل القوات', qty=['L9:ثماني نقاط مراقبة'], attr=RMOD),     # 24
 dict(type='CONTROL', trig='L10:تحرير', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L10:حوض اليرموك'),                           # 25
 dict(type='OPERATION', trig='L10:عملية', time=J19, actors=['SY_GOV'], loc='L10:ريف درعا الشرقي'),                          # 26
 dict(type='CONTROL', trig='L10:سيطرة', time=T, actors=['SY_GOV'], loc='L10:محافظتي درعا'),                                           # 27
]
OD = (D, 'day')
MP = (D, 'part-of-day')
MN = (MON, 'day')
V = (None, 'vague')
forces = [
 dict(actor='SY_GOV', loc=('منطقة حوض اليرموك', 'yarmouk-basin'), as_of=OD, status='controls', source=GC, line=2, events=[2]),
 dict(actor=PGM, loc=('منطقة حوض اليرموك', 'yarmouk-basin'), as_of=OD, status='controls', source=GC, line=2, events=[2]),
]
for place, slug in (('قرى عابدين', 'abdin'), ('كويا', 'koya-daraa'), ('معرية', 'maariya'), ('بيت آرة', 'beit-ara')):
    forces.append(dict(actor='SY_GOV', loc=(place, slug), as_of=MP, status='controls', source=COR, line=3, events=[5]))
forces += [
 dict(actor='SY_GOV', loc=('بلدة الشجرة', 'al-shajara'), as_of=MN, status='controls', source=COR, line=3, events=[6]),
 dict(actor='SY_GOV', loc=('بلدة جلين', 'jillin'), as_of=('2018-07-25', 'day'), status='controls', line=5, events=[10]),
]
for place, slug in (('بلدات سحم الجولان', 'saham-al-jawlan'), ('حيط', 'hayt'), ('نافعة', 'nafaa')):
    forces.append(dict(actor='SY_GOV', loc=(place, slug), as_of=V, status='controls', line=5, events=[13]))
forces += [
 dict(actor='ISIS', strength=(1200, True, 'fighters'), loc=('الحوض', 'yarmouk-basin'), as_of=V, status='present', source=SRC, line=6),
 dict(actor='ISIS', assets='تجمعات', loc=('منطقة حوض اليرموك', 'yarmouk-basin'), as_of=('2018-07-24', 'day'), status='attacked', line=7, events=[20]),
 dict(actor='SY_GOV', assets='طائرة حربية من طراز سوخوي-22', loc=('منطقة حوض اليرموك', 'yarmouk-basin'), as_of=('2018-07-24', 'day'),
      status='attacked', line=7, events=[19]),
 dict(actor='SY_GOV', assets='12 نقطة', loc=('خط فصل القوات', 'golan-disengagement-line'), as_of=OD, status='present', line=8, events=[21]),
 dict(actor='FSA', loc=('ريف القنيطرة', 'quneitra-countryside'), as_of=V, status='withdrawn', line=8, events=[22]),
 dict(actor='RU', assets='ثماني نقاط مراقبة للشرطة العسكرية', loc=('خط فصل القوات', 'golan-disengagement-line'), as_of=OD, status='planned',
      source=RMOD, line=9, events=[24]),
 dict(actor='SY_GOV', loc=('محافظتي درعا', 'daraa-governorate'), as_of=OD, status='controls', line=10, events=[27]),
 dict(actor='SY_GOV', loc=('القنيطرة', 'quneitra-governorate'), as_of=OD, status='controls', line=10, events=[27]),
]
build('sana-yarmouk-basin', None, 'سانا', D, L, ents, times, events, forces)
