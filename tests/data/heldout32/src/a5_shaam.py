from build import build
L = [
'الثوار يحررون "اللواء 52" أحد أكبر معاقل الأسد في ريف درعا الشرقي',
'شبكة شام - درعا',
'أحكم ثوار "الجبهة الجنوبية" صباح اليوم الثلاثاء سيطرتهم الكاملة على مقر "اللواء 52" التابع لقوات الأسد قرب بلدة الحراك في ريف درعا الشرقي، بعد ساعات من انطلاق معركة شارك فيها أكثر من 40 فصيلاً.',
'وقال الناطق الرسمي باسم "الجبهة الجنوبية" النقيب أبو حمزة الحوراني لشبكة شام إن الثوار اقتحموا اللواء من ثلاثة محاور بعد تمهيد مكثف بالمدفعية وصواريخ "غراد"، ما دفع عناصر الأسد إلى الفرار باتجاه بلدة المليحة الغربية ومطار الثعلة العسكري في ريف السويداء الغربي.',
'وأضاف الحوراني أن الثوار قتلوا أكثر من 30 عنصراً من قوات الأسد وأسروا ستة آخرين، واغتنموا دبابتين وعربة "شيلكا" وكميات كبيرة من الذخائر، فيما استشهد خمسة من الثوار خلال المعارك.',
'ويُعد "اللواء 52" ثاني أكبر ثكنة عسكرية لقوات الأسد في الجنوب السوري، إذ تمتد مساحته على نحو 20 كيلومتراً مربعاً، وكان يتمركز فيه قرابة ألفي عنصر قبل بدء الهجوم، وفق مصادر عسكرية في المعارضة.',
'وفي رد انتقامي، ألقى الطيران المروحي التابع للأسد أكثر من 25 برميلاً متفجراً على بلدات الحراك ورخم والصورة وناحتة، ما أدى إلى استشهاد سبعة مدنيين بينهم طفلان، وفق ناشطين.',
'في المقابل، زعم التلفزيون الرسمي التابع للأسد أن وحدات الجيش "أعادت انتشارها" في محيط اللواء، وأنها "تخوض اشتباكات عنيفة مع المجموعات الإرهابية المسلحة"، من دون أن يعترف بخسارته.',
'وتأتي السيطرة على "اللواء 52" بعد تحرير الثوار معبر نصيب الحدودي مع الأردن في الأول من نيسان/أبريل الماضي، ومدينة بصرى الشام أواخر آذار/مارس.',
'ويرى ناشطون أن سقوط اللواء يفتح الطريق أمام الثوار نحو مطار الثعلة في السويداء ومدينة إزرع، أحد أهم معاقل قوات الأسد المتبقية في محافظة درعا.',
'وأعلنت غرفة عمليات "الجبهة الجنوبية" مساء اليوم أن الثوار سيبدأون خلال ساعات معركة للسيطرة على مطار الثعلة، داعية أهالي السويداء إلى "النأي بأنفسهم عن قوات الأسد".',
]
D = '2015-06-09'   # Tuesday; opposition news network, web copy of its own day
SF = 'OTHER:southern-front'
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:اللواء 52','LOCATION','brigade-52-base'), ('L0:الأسد','ACTOR','SY_GOV'),
 ('L0:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L1:شبكة شام','ORG','shaam-news'), ('L1:درعا','LOCATION','daraa'),
 ('L2:ثوار "الجبهة الجنوبية"','ACTOR',SF), ('L2:مقر "اللواء 52"','LOCATION','brigade-52-base'), ('L2:قوات الأسد','ACTOR','SY_GOV'),
 ('L2:بلدة الحراك','LOCATION','al-hirak'), ('L2:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L2:أكثر من 40 فصيلاً','QUANTITY',None,(40,True,'other')),
 ('L3:الجبهة الجنوبية','ACTOR',SF), ('L3:أبو حمزة الحوراني','PERSON','abu-hamza-al-hourani'), ('L3:شبكة شام','ORG','shaam-news'),
 ('L3:الثوار','ACTOR','FSA'), ('L3:اللواء','LOCATION','brigade-52-base'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:المدفعية','WEAPON','artillery'), ('L3:صواريخ "غراد"','WEAPON','grad'), ('L3:عناصر الأسد','ACTOR','SY_GOV'),
 ('L3:بلدة المليحة الغربية','LOCATION','al-mulayha-al-gharbiya'), ('L3:مطار الثعلة العسكري','LOCATION','thaala-airbase'),
 ('L3:ريف السويداء الغربي','LOCATION','suwayda-west-countryside'),
 ('L4:الحوراني','PERSON','abu-hamza-al-hourani'), ('L4:الثوار#0','ACTOR','FSA'), ('L4:أكثر من 30 عنصراً','QUANTITY',None,(30,True,'killed')),
 ('L4:قوات الأسد','ACTOR','SY_GOV'), ('L4:ستة','QUANTITY',None,(6,False,'arrested')), ('L4:دبابتين','QUANTITY',None,(2,False,'vehicles')),
 ('L4:دبابتين#0','WEAPON','tanks'), ('L4:عربة "شيلكا"','WEAPON','shilka'), ('L4:الذخائر','WEAPON','ammunition'),
 ('L4:خمسة','QUANTITY',None,(5,False,'killed')), ('L4:الثوار#1','ACTOR','FSA'),
 ('L5:اللواء 52','LOCATION','brigade-52-base'), ('L5:قوات الأسد','ACTOR','SY_GOV'), ('L5:الجنوب السوري','LOCATION','south-syria'),
 ('L5:نحو 20 كيلومتراً مربعاً','QUANTITY',None,(20,True,'other')), ('L5:قرابة ألفي عنصر','QUANTITY',None,(2000,True,'troops')),
 ('L5:المعارضة','ACTOR','FSA'),
 ('L6:الطيران المروحي','WEAPON','helicopters'), ('L6:لأسد','ACTOR','SY_GOV'), ('L6:أكثر من 25 برميلاً متفجراً','QUANTITY',None,(25,True,'other')),
 ('L6:برميلاً متفجراً','WEAPON','barrel-bombs'), ('L6:بلدات الحراك','LOCATION','al-hirak'), ('L6:رخم','LOCATION','rakham'),
 ('L6:الصورة','LOCATION','al-soura'), ('L6:ناحتة','LOCATION','nahta'), ('L6:سبعة مدنيين','QUANTITY',None,(7,False,'killed')),
 ('L6:طفلان','QUANTITY',None,(2,False,'killed')),
 ('L7:التلفزيون الرسمي','ORG','syrian-tv'), ('L7:لأسد','ACTOR','SY_GOV'), ('L7:وحدات الجيش','ACTOR','SY_GOV'), ('L7:اللواء','LOCATION','brigade-52-base'),
 ('L7:المجموعات الإرهابية المسلحة','ACTOR','FSA'),
 ('L8:اللواء 52','LOCATION','brigade-52-base'), ('L8:الثوار','ACTOR','FSA'), ('L8:معبر نصيب الحدودي','LOCATION','nassib-crossing'),
 ('L8:الأردن','LOCATION','jordan'), ('L8:مدينة بصرى الشام','LOCATION','busra-al-sham'),
 ('L9:اللواء','LOCATION','brigade-52-base'), ('L9:الثوار','ACTOR','FSA'), ('L9:مطار الثعلة','LOCATION','thaala-airbase'),
 ('L9:السويداء','LOCATION','suwayda'), ('L9:مدينة إزرع','LOCATION','izraa'), ('L9:قوات الأسد','ACTOR','SY_GOV'),
 ('L9:محافظة درعا','LOCATION','daraa-governorate'),
 ('L10:غرفة عمليات "الجبهة الجنوبية"','ACTOR',SF), ('L10:الثوار','ACTOR','FSA'), ('L10:مطار الثعلة','LOCATION','thaala-airbase'),
 ('L10:السويداء','LOCATION','suwayda'), ('L10:قوات الأسد','ACTOR','SY_GOV'),
]
times = [
 ('L2:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L8:الأول من نيسان/أبريل الماضي', '2015-04-01', 'day'),
 ('L8:أواخر آذار/مارس', '2015-03', 'month'),
 ('L10:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L10:خلال ساعات', D + '/', 'vague', {'relation': 'after'}),
]
M = 'L2:صباح اليوم الثلاثاء'
HOU = 'أبو حمزة الحوراني'
OPP = 'مصادر عسكرية في المعارضة'
ACT = 'ناشطون'
TV = 'التلفزيون الرسمي'
events = [
 dict(type='CONTROL', trig='L2:أحكم', time=M, actors=[SF], targets=['SY_GOV'], loc='L2:مقر "اللواء 52"'),                              # 1
 dict(type='OPERATION', trig='L2:معركة', time=M, actors=[SF], targets=['SY_GOV'], qty=['L2:أكثر من 40 فصيلاً']),                     # 2
 dict(type='STATEMENT', trig='L3:قال', actors=[SF], attr=HOU),                                                                          # 3
 dict(type='ATTACK', trig='L3:اقتحموا', time=M, actors=['FSA'], targets=['SY_GOV'], loc='L3:اللواء', qty=['L3:ثلاثة محاور'], attr=HOU),  # 4
 dict(type='ATTACK', trig='L3:تمهيد', time=M, actors=['FSA'], targets=['SY_GOV'], loc='L3:اللواء',
      weapons=['L3:المدفعية', 'L3:صواريخ "غراد"'], attr=HOU),                                                                          # 5
 dict(type='WITHDRAWAL', trig='L3:الفرار', time=M, actors=['SY_GOV'], loc='L3:اللواء', attr=HOU),                                      # 6
 dict(type='ATTACK', trig='L4:قتلوا', time=M, actors=['FSA'], targets=['SY_GOV'], qty=['L4:أكثر من 30 عنصراً'], attr=HOU),             # 7
 dict(type='ARREST', trig='L4:أسروا', time=M, actors=['FSA'], targets=['SY_GOV'], qty=['L4:ستة'], attr=HOU),                           # 8
 dict(type='ATTACK', trig='L4:استشهد', time=M, targets=['FSA'], qty=['L4:خمسة'], attr=HOU),                                             # 9
 dict(type='MOVEMENT', trig='L5:يتمركز', actors=['SY_GOV'], loc='L5:اللواء 52', qty=['L5:قرابة ألفي عنصر'], attr=OPP),                  # 10
 dict(type='ATTACK', trig='L5:الهجوم', time=M, actors=[SF], targets=['SY_GOV'], loc='L5:اللواء 52', attr=OPP),                          # 11
 dict(type='ATTACK', trig='L6:ألقى', time=M, actors=['SY_GOV'], loc='L6:بلدات الحراك', weapons=['L6:الطيران المروحي', 'L6:برميلاً متفجراً'],
      qty=['L6:أكثر من 25 برميلاً متفجراً', 'L6:سبعة مدنيين'], attr=ACT),                                                             # 12
 dict(type='MOVEMENT', trig='L7:أعادت انتشارها', actors=['SY_GOV'], loc='L7:اللواء', attr=TV),                                         # 13
 dict(type='ATTACK', trig='L7:اشتباكات', actors=['SY_GOV', 'FSA'], loc='L7:اللواء', attr=TV),                                          # 14
 dict(type='CONTROL', trig='L8:السيطرة', time=M, actors=[SF], targets=['SY_GOV'], loc='L8:اللواء 52'),                                 # 15
 dict(type='CONTROL', trig='L8:تحرير', time='L8:الأول من نيسان/أبريل الماضي', actors=['FSA'], targets=['SY_GOV'],
      loc='L8:معبر نصيب الحدودي'),                                                                                                     # 16
 dict(type='CONTROL', trig='L9:سقوط', time=M, actors=[SF], targets=['SY_GOV'], loc='L9:اللواء', attr=ACT),                             # 17
 dict(type='STATEMENT', trig='L10:أعلنت', time='L10:مساء اليوم', actors=[SF], attr='غرفة عمليات الجبهة الجنوبية'),                    # 18
 dict(type='OPERATION', trig='L10:معركة', mod='planned', time='L10:خلال ساعات', actors=['FSA'], targets=['SY_GOV'], loc='L10:مطار الثعلة',
      attr='غرفة عمليات الجبهة الجنوبية'),                                                                                               # 19
]
MP = (D, 'part-of-day')
V = (None, 'vague')
forces = [
 dict(actor=SF, loc=('مقر "اللواء 52"', 'brigade-52-base'), as_of=MP, status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=('اللواء', 'brigade-52-base'), as_of=MP, status='present', source=HOU, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('اللواء', 'brigade-52-base'), as_of=MP, status='present', source=HOU, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('اللواء', 'brigade-52-base'), as_of=MP, status='withdrawn', source=HOU, line=3, events=[6]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), loc=('اللواء 52', 'brigade-52-base'), as_of=V, status='present', source=OPP,
      line=5, events=[10]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('اللواء', 'brigade-52-base'), as_of=(D, 'day'), status='present', source=TV, line=7,
      events=[13, 14]),
 dict(actor='FSA', loc=('معبر نصيب الحدودي', 'nassib-crossing'), as_of=('2015-04-01', 'day'), status='controls', line=8, events=[16]),
 dict(actor='FSA', loc=('مدينة بصرى الشام', 'busra-al-sham'), as_of=('2015-03', 'month'), status='controls', line=8, events=[16]),
 dict(actor='SY_GOV', loc=('مدينة إزرع', 'izraa'), as_of=(D, 'day'), status='controls', source=ACT, line=9),
]
build('shaam-brigade-52', None, 'شبكة شام', D, L, ents, times, events, forces)
