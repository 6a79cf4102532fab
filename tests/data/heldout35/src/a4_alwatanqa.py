from build import build
L = [
'الثوار يحررون بصرى الشام ويطردون قوات الأسد وميليشيات "حزب الله" من قلعتها التاريخية',
'عواصم - الوطن والوكالات:',
'سيطرت فصائل "الجبهة الجنوبية" التابعة للجيش السوري الحر، أمس، على مدينة بصرى الشام الأثرية في ريف درعا الشرقي بشكل كامل، بعد معارك استمرت خمسة أيام مع قوات النظام وعناصر من ميليشيا "حزب الله" اللبنانية و"اللجان الشعبية" الموالية لهما.',
'وقال المتحدث باسم "الجبهة الجنوبية" الرائد عصام الريس لـ"الوطن" إن الثوار اقتحموا المدينة فجر أمس من ثلاثة محاور بعد تمهيد مدفعي مكثف، وسيطروا على القلعة الأثرية ومبنى الأمن العسكري، مضيفاً أن "الغنائم تضم ثلاث دبابات وعربة شيلكا وكميات من الذخائر".',
'وأوضح الريس أن قوات النظام وعناصر الميليشيات انسحبوا من بصرى ليل الثلاثاء باتجاه بلدة خربا ومحافظة السويداء بعد أن أطبق الثوار الحصار على المدينة، مشيراً إلى مقتل أكثر من 60 عنصراً منهم وأسر 12 آخرين.',
'في المقابل، ذكر التلفزيون السوري الرسمي أن "وحدات من الجيش أعادت تموضعها في محيط بصرى الشام بعد أن قضت على أعداد كبيرة من الإرهابيين"، من دون أن يشير إلى سقوط المدينة.',
'وأفاد ناشطون بأن الطيران المروحي التابع للنظام ألقى مساء أمس ما لا يقل عن عشرة براميل متفجرة على أحياء المدينة، ما أدى إلى مقتل ستة مدنيين بينهم طفلان، فيما نزحت عشرات العائلات نحو بلدة معربة المجاورة.',
'ويأتي سقوط بصرى الشام بعد أسابيع من الهجوم الواسع الذي شنته قوات النظام، بمشاركة "حزب الله" وضباط من الحرس الثوري الإيراني، في فبراير الماضي على ما يعرف بـ"مثلث الموت" بين ريف دمشق الجنوبي الغربي ودرعا والقنيطرة.',
'وتكتسب المدينة أهمية استراتيجية لقربها من الحدود الأردنية والطريق الدولي بين دمشق وعمّان، فيما لا يزال النظام يحتفظ بمطار الثعلة العسكري في ريف السويداء الغربي و"اللواء 52" قرب بلدة الحراك.',
'ويرى مراقبون أن الثوار باتوا على بعد نحو 30 كيلومتراً من معبر نصيب الحدودي مع الأردن، آخر المعابر التي يسيطر عليها النظام على الحدود الأردنية.',
]
D = '2015-03-26'   # Thursday; Qatari print daily, dated the day after the news
WED = '2015-03-25'
SF = 'OTHER:southern-front'
PGM = 'OTHER:pro-government-militias'
HZ = 'HEZBOLLAH'
RAY = 'عصام الريس'
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:بصرى الشام','LOCATION','busra-al-sham'), ('L0:قوات الأسد','ACTOR','SY_GOV'),
 ('L0:حزب الله','ACTOR',HZ), ('L0:قلعتها التاريخية','LOCATION','busra-citadel'),
 ('L1:الوطن','ORG','alwatan-qatar'),
 ('L2:فصائل "الجبهة الجنوبية"','ACTOR',SF), ('L2:لجيش السوري الحر','ACTOR','FSA'), ('L2:مدينة بصرى الشام الأثرية','LOCATION','busra-al-sham'),
 ('L2:ريف درعا الشرقي','LOCATION','daraa-east-countryside'), ('L2:خمسة أيام','QUANTITY',None,(5,False,'other')),
 ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:حزب الله','ACTOR',HZ), ('L2:اللجان الشعبية','ACTOR',PGM),
 ('L3:الجبهة الجنوبية','ACTOR',SF), ('L3:عصام الريس','PERSON','issam-al-rayyes'), ('L3:الوطن','ORG','alwatan-qatar'),
 ('L3:الثوار','ACTOR','FSA'), ('L3:المدينة','LOCATION','busra-al-sham'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:القلعة الأثرية','LOCATION','busra-citadel'), ('L3:مبنى الأمن العسكري','LOCATION','busra-military-security'),
 ('L3:ثلاث دبابات','QUANTITY',None,(3,False,'vehicles')), ('L3:دبابات','WEAPON','tanks'), ('L3:عربة شيلكا','WEAPON','shilka'),
 ('L3:الذخائر','WEAPON','ammunition'),
 ('L4:الريس','PERSON','issam-al-rayyes'), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:الميليشيات','ACTOR',PGM), ('L4:بصرى','LOCATION','busra-al-sham'),
 ('L4:بلدة خربا','LOCATION','kharaba'), ('L4:محافظة السويداء','LOCATION','suwayda-governorate'), ('L4:الثوار','ACTOR','FSA'),
 ('L4:المدينة','LOCATION','busra-al-sham'), ('L4:أكثر من 60 عنصراً','QUANTITY',None,(60,True,'killed')),
 ('L4:12','QUANTITY',None,(12,False,'arrested')),
 ('L5:التلفزيون السوري الرسمي','ORG','syrian-tv'), ('L5:الجيش','ACTOR','SY_GOV'), ('L5:بصرى الشام','LOCATION','busra-al-sham'),
 ('L5:الإرهابيين','ACTOR','FSA'), ('L5:المدينة','LOCATION','busra-al-sham'),
 ('L6:الطيران المروحي','WEAPON','helicopters'), ('L6:لنظام','ACTOR','SY_GOV'),
 ('L6:ما لا يقل عن عشرة براميل متفجرة','QUANTITY',None,(10,True,'other')), ('L6:براميل متفجرة','WEAPON','barrel-bombs'),
 ('L6:أحياء المدينة','LOCATION','busra-al-sham'), ('L6:ستة مدنيين','QUANTITY',None,(6,False,'killed')),
 ('L6:طفلان','QUANTITY',None,(2,False,'killed')), ('L6:عشرات العائلات','QUANTITY',None,([24, 99],True,'other')),
 ('L6:بلدة معربة','LOCATION','maaraba'),
 ('L7:بصرى الشام','LOCATION','busra-al-sham'), ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:حزب الله','ACTOR',HZ),
 ('L7:الحرس الثوري الإيراني','ACTOR','IR'), ('L7:مثلث الموت','LOCATION','triangle-of-death'),
 ('L7:ريف دمشق الجنوبي الغربي','LOCATION','damascus-southwest-countryside'), ('L7:درعا','LOCATION','daraa-governorate'),
 ('L7:القنيطرة','LOCATION','quneitra-governorate'),
 ('L8:المدينة','LOCATION','busra-al-sham'), ('L8:الحدود الأردنية','LOCATION','syria-jordan-border'), ('L8:الطريق الدولي','LOCATION','damascus-amman-highway'),
 ('L8:دمشق','LOCATION','damascus'), ('L8:عمّان','LOCATION','amman'), ('L8:النظام','ACTOR','SY_GOV'),
 ('L8:مطار الثعلة العسكري','LOCATION','thaala-airbase'), ('L8:ريف السويداء الغربي','LOCATION','suwayda-west-countryside'),
 ('L8:اللواء 52','LOCATION','brigade-52-base'), ('L8:بلدة الحراك','LOCATION','al-hrak'),
 ('L9:الثوار','ACTOR','FSA'), ('L9:نحو 30 كيلومتراً','QUANTITY',None,(30,True,'km')), ('L9:معبر نصيب الحدودي','LOCATION','nassib-crossing'),
 ('L9:الأردن#0','LOCATION','jordan'), ('L9:النظام','ACTOR','SY_GOV'), ('L9:الحدود الأردنية','LOCATION','syria-jordan-border'),
]
times = [
 ('L2:أمس', WED, 'day'),
 ('L3:فجر أمس', WED, 'part-of-day', {'part': 'morning'}),
 ('L4:ليل الثلاثاء', '2015-03-24', 'part-of-day', {'part': 'night'}),
 ('L6:مساء أمس', WED, 'part-of-day', {'part': 'evening'}),
 ('L7:فبراير الماضي', '2015-02', 'month'),
]
Y = 'L2:أمس'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=Y, actors=[SF], loc='L2:مدينة بصرى الشام الأثرية'),                               # 1
 dict(type='ATTACK', trig='L2:معارك', time=Y, actors=[SF, 'SY_GOV', HZ, PGM], loc='L2:مدينة بصرى الشام الأثرية', qty=['L2:خمسة أيام']),  # 2
 dict(type='STATEMENT', trig='L3:قال', actors=[SF], attr=RAY),                                                                # 3
 dict(type='ATTACK', trig='L3:اقتحموا', time='L3:فجر أمس', actors=['FSA'], targets=['SY_GOV'], loc='L3:المدينة',
      qty=['L3:ثلاثة محاور'], attr=RAY),                                                                                       # 4
 dict(type='ATTACK', trig='L3:تمهيد', time='L3:فجر أمس', actors=['FSA'], targets=['SY_GOV'], loc='L3:المدينة', attr=RAY),       # 5
 dict(type='CONTROL', trig='L3:سيطروا', time='L3:فجر أمس', actors=['FSA'], loc='L3:القلعة الأثرية', attr=RAY),                  # 6
 dict(type='WITHDRAWAL', trig='L4:انسحبوا', time='L4:ليل الثلاثاء', actors=['SY_GOV', PGM], loc='L4:بصرى', attr=RAY),          # 7
 dict(type='OPERATION', trig='L4:الحصار', actors=['FSA'], targets=['SY_GOV'], loc='L4:المدينة', attr=RAY),                     # 8
 dict(type='ATTACK', trig='L4:مقتل', actors=['FSA'], targets=['SY_GOV', PGM], qty=['L4:أكثر من 60 عنصراً'], attr=RAY),          # 9
 dict(type='ARREST', trig='L4:أسر', actors=['FSA'], targets=['SY_GOV', PGM], qty=['L4:12'], attr=RAY),                         # 10
 dict(type='MOVEMENT', trig='L5:أعادت تموضعها', actors=['SY_GOV'], loc='L5:بصرى الشام', attr='التلفزيون السوري الرسمي'),        # 11
 dict(type='ATTACK', trig='L5:قضت', actors=['SY_GOV'], targets=['FSA'], attr='التلفزيون السوري الرسمي'),                       # 12
 dict(type='ATTACK', trig='L6:ألقى', time='L6:مساء أمس', actors=['SY_GOV'], loc='L6:أحياء المدينة',
      weapons=['L6:الطيران المروحي', 'L6:براميل متفجرة'],
      qty=['L6:ما لا يقل عن عشرة براميل متفجرة', 'L6:ستة مدنيين', 'L6:طفلان'], attr='ناشطون'),                                  # 13
 dict(type='CONTROL', trig='L7:سقوط', time=Y, actors=[SF], loc='L7:بصرى الشام'),                                               # 14
 dict(type='OPERATION', trig='L7:الهجوم', time='L7:فبراير الماضي', actors=['SY_GOV', HZ, 'IR'], loc='L7:مثلث الموت'),           # 15
 dict(type='CONTROL', trig='L8:يحتفظ', actors=['SY_GOV'], loc='L8:مطار الثعلة العسكري'),                                        # 16
 dict(type='CONTROL', trig='L9:يسيطر', actors=['SY_GOV'], loc='L9:معبر نصيب الحدودي', attr='مراقبون'),                          # 17
]
WD = (WED, 'day')
WM = (WED, 'part-of-day')
TUE = ('2015-03-24', 'part-of-day')
FEB = ('2015-02', 'month')
TD = (D, 'day')
forces = [
 dict(actor=SF, loc=('مدينة بصرى الشام الأثرية', 'busra-al-sham'), as_of=WD, status='controls', line=2, events=[1]),
 dict(actor=SF, loc=('مدينة بصرى الشام الأثرية', 'busra-al-sham'), as_of=WD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة بصرى الشام الأثرية', 'busra-al-sham'), as_of=WD, status='present', line=2, events=[2]),
 dict(actor=HZ, loc=('مدينة بصرى الشام الأثرية', 'busra-al-sham'), as_of=WD, status='present', line=2, events=[2]),
 dict(actor=PGM, loc=('مدينة بصرى الشام الأثرية', 'busra-al-sham'), as_of=WD, status='present', line=2, events=[2]),
 dict(actor='FSA', loc=('المدينة', 'busra-al-sham'), as_of=WM, status='present', source=RAY, line=3, events=[4, 5]),
 dict(actor='SY_GOV', loc=('المدينة', 'busra-al-sham'), as_of=WM, status='present', source=RAY, line=3, events=[4, 5]),
 dict(actor='FSA', loc=('القلعة الأثرية', 'busra-citadel'), as_of=WM, status='controls', source=RAY, line=3, events=[6]),
 dict(actor='FSA', loc=('مبنى الأمن العسكري', 'busra-military-security'), as_of=WM, status='controls', source=RAY, line=3, events=[6]),
 dict(actor='SY_GOV', loc=('بصرى', 'busra-al-sham'), as_of=TUE, status='withdrawn', source=RAY, line=4, events=[7]),
 dict(actor=PGM, loc=('بصرى', 'busra-al-sham'), as_of=TUE, status='withdrawn', source=RAY, line=4, events=[7]),
 dict(actor='FSA', loc=('المدينة', 'busra-al-sham'), as_of=TUE, status='present', source=RAY, line=4, events=[8]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('بصرى الشام', 'busra-al-sham'), as_of=WD, status='present', source='التلفزيون السوري الرسمي', line=5, events=[11]),
 dict(actor='SY_GOV', loc=('مثلث الموت', 'triangle-of-death'), as_of=FEB, status='present', line=7, events=[15]),
 dict(actor=HZ, loc=('مثلث الموت', 'triangle-of-death'), as_of=FEB, status='present', line=7, events=[15]),
 dict(actor='IR', assets='ضباط', loc=('مثلث الموت', 'triangle-of-death'), as_of=FEB, status='present', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('مطار الثعلة العسكري', 'thaala-airbase'), as_of=TD, status='controls', line=8, events=[16]),
 dict(actor='SY_GOV', loc=('اللواء 52', 'brigade-52-base'), as_of=TD, status='controls', line=8, events=[16]),
 dict(actor='SY_GOV', loc=('معبر نصيب الحدودي', 'nassib-crossing'), as_of=TD, status='controls', source='مراقبون', line=9, events=[17]),
]
build('alwatanqa-busra-al-sham', None, 'الوطن', D, L, ents, times, events, forces)
