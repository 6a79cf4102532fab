from build import build
L = [
'الجيش السوري وحلفاؤه يحرّرون القريتين.. والبادية تنفتح نحو دير الزور',
'أحكم الجيش السوري، بمؤازرة القوات الرديفة، سيطرته الكاملة أمس على مدينة القريتين في ريف حمص الجنوبي الشرقي، بعد معارك عنيفة مع إرهابيي تنظيم "داعش" استمرت ثلاثة أيام، بغطاء جوي من سلاح الجو السوري والطيران الروسي.',
'وأكد مصدر عسكري لـ"البناء" أن وحدات الجيش والمقاومة اقتحمت المدينة من محورين، غربي انطلاقاً من بلدة مهين وشرقي من جهة طريق تدمر، بعد أن سيطرت ليل السبت - الأحد على التلال المشرفة عليها.',
'وأضاف المصدر أن أكثر من 100 إرهابي قتلوا في المعارك، فيما فرّ من تبقى منهم باتجاه بلدة السخنة في عمق البادية، تاركين خلفهم كميات من الأسلحة والذخائر.',
'وأشار إلى أن وحدات الهندسة باشرت تفكيك مئات العبوات الناسفة والألغام التي زرعها الإرهابيون في الشوارع والمنازل، نافياً ما روّجته حسابات التنظيم عن "كمائن" أوقعت خسائر في صفوف الجيش عند مدخل المدينة.',
'وشارك في العملية مقاتلون من "حزب الله" ووحدات من "الدفاع الوطني"، فيما شنّت المقاتلات الروسية 46 غارة على مواقع "داعش" في محيط القريتين ومهين خلال يومي السبت والأحد، وفق ما أعلنت وزارة الدفاع الروسية.',
'وتأتي استعادة القريتين بعد أسبوع على تحرير مدينة تدمر في 27 آذار الماضي، ما يضع الجيش على مسافة نحو 70 كيلومتراً من بلدة السخنة، آخر معاقل "داعش" في ريف حمص الشرقي والبوابة نحو دير الزور المحاصرة.',
'وفي ريف حلب الجنوبي، صدّت وحدات الجيش فجر أمس هجوماً عنيفاً شنّه إرهابيو "جبهة النصرة" و"جند الأقصى" على بلدة الحاضر، بعد يومين من سيطرتهم على تلة العيس المجاورة، في خرق جديد لاتفاق وقف الأعمال القتالية.',
'وفي العراق، أعلنت خلية الإعلام الحربي أن القوات العراقية، بإسناد من طيران التحالف الدولي، اقتحمت قضاء هيت غربي الأنبار وسيطرت على الأحياء الشمالية منه، فيما يتحصن نحو 400 مسلح من "داعش" في أحياء وسط القضاء.',
'يذكر أن "داعش" سيطر على القريتين في آب 2015، وخطف أكثر من 200 من سكانها بينهم عشرات المسيحيين، ودمّر دير مار إليان الأثري.',
]
D = '2016-04-04'   # Monday; a Beirut print daily: its أمس is Sunday 2016-04-03
Y = '2016-04-03'
PGM = 'OTHER:pro-government-militias'
JUND = 'OTHER:jund-al-aqsa'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:القريتين','LOCATION','al-qaryatayn'), ('L0:البادية','LOCATION','syrian-desert'),
 ('L0:دير الزور','LOCATION','deir-ez-zor'),
 ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:القوات الرديفة','ACTOR',PGM), ('L1:مدينة القريتين','LOCATION','al-qaryatayn'),
 ('L1:ريف حمص الجنوبي الشرقي','LOCATION','homs-southeast-countryside'), ('L1:تنظيم "داعش"','ACTOR','ISIS'),
 ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L1:سلاح الجو السوري','ACTOR','SY_GOV'), ('L1:الطيران الروسي','ACTOR','RU'),
 ('L2:البناء','ORG','albinaa'), ('L2:الجيش','ACTOR','SY_GOV'), ('L2:المقاومة','ACTOR','HEZBOLLAH'), ('L2:المدينة','LOCATION','al-qaryatayn'),
 ('L2:بلدة مهين','LOCATION','mahin'), ('L2:طريق تدمر','LOCATION','palmyra-road'), ('L2:التلال المشرفة عليها','LOCATION','al-qaryatayn-hills'),
 ('L3:أكثر من 100 إرهابي','QUANTITY',None,(100,True,'killed')), ('L3:بلدة السخنة','LOCATION','al-sukhnah'), ('L3:البادية','LOCATION','syrian-desert'),
 ('L3:الأسلحة والذخائر','WEAPON','weapons-and-ammunition'),
 ('L4:مئات العبوات الناسفة','QUANTITY',None,([100,999],True,'other')), ('L4:العبوات الناسفة','WEAPON','ieds'), ('L4:الألغام','WEAPON','mines'),
 ('L4:الإرهابيون','ACTOR','ISIS'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:الجيش','ACTOR','SY_GOV'), ('L4:مدخل المدينة','LOCATION','al-qaryatayn-entrance'),
 ('L5:حزب الله','ACTOR','HEZBOLLAH'), ('L5:الدفاع الوطني','ACTOR',PGM), ('L5:المقاتلات','WEAPON','warplanes'),
 ('L5:46 غارة','QUANTITY',None,(46,False,'other')), ('L5:داعش','ACTOR','ISIS'), ('L5:القريتين','LOCATION','al-qaryatayn'), ('L5:مهين','LOCATION','mahin'),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L6:القريتين','LOCATION','al-qaryatayn'), ('L6:مدينة تدمر','LOCATION','palmyra'), ('L6:الجيش','ACTOR','SY_GOV'),
 ('L6:نحو 70 كيلومتراً','QUANTITY',None,(70,True,'km')), ('L6:بلدة السخنة','LOCATION','al-sukhnah'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:ريف حمص الشرقي','LOCATION','homs-east-countryside'), ('L6:دير الزور','LOCATION','deir-ez-zor'),
 ('L7:ريف حلب الجنوبي','LOCATION','aleppo-south-countryside'), ('L7:الجيش','ACTOR','SY_GOV'), ('L7:جبهة النصرة','ACTOR','NUSRA'),
 ('L7:جند الأقصى','ACTOR',JUND), ('L7:بلدة الحاضر','LOCATION','al-hader'), ('L7:تلة العيس','LOCATION','al-eis-hill'),
 ('L8:العراق#0','LOCATION','iraq'), ('L8:خلية الإعلام الحربي','ACTOR','IQ_GOV'), ('L8:القوات العراقية','ACTOR','IQ_GOV'),
 ('L8:طيران التحالف الدولي','ACTOR','COALITION'), ('L8:قضاء هيت','LOCATION','hit'), ('L8:الأنبار','LOCATION','anbar'),
 ('L8:الأحياء الشمالية','LOCATION','hit-northern-districts'), ('L8:نحو 400 مسلح','QUANTITY',None,(400,True,'fighters')), ('L8:داعش','ACTOR','ISIS'),
 ('L8:أحياء وسط القضاء','LOCATION','hit-central-districts'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:القريتين','LOCATION','al-qaryatayn'), ('L9:أكثر من 200','QUANTITY',None,(200,True,'arrested')),
 ('L9:عشرات المسيحيين','QUANTITY',None,([24,99],True,'arrested')), ('L9:دير مار إليان','LOCATION','mar-elian-monastery'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L2:ليل السبت - الأحد', '2016-04-02', 'part-of-day', {'part':'night'}),
 ('L5:يومي السبت والأحد', '2016-04-02/2016-04-03', 'day'),
 ('L6:27 آذار الماضي', '2016-03-27', 'day'),
 ('L7:فجر أمس', Y, 'part-of-day', {'part':'morning'}),
 ('L9:آب 2015', '2015-08', 'month'),
]
SRC = 'مصدر عسكري (البناء)'
RMOD = 'وزارة الدفاع الروسية'
CELL = 'خلية الإعلام الحربي'
SUN = 'L1:أمس'
events = [
 dict(type='CONTROL', trig='L1:أحكم', time=SUN, actors=['SY_GOV',PGM], targets=['ISIS'], loc='L1:مدينة القريتين'),                    # 1
 dict(type='ATTACK', trig='L1:معارك', actors=['SY_GOV',PGM,'ISIS','RU'], loc='L1:مدينة القريتين', qty=['L1:ثلاثة أيام']),           # 2
 dict(type='ATTACK', trig='L2:اقتحمت', time=SUN, actors=['SY_GOV','HEZBOLLAH'], loc='L2:المدينة', attr=SRC),                         # 3
 dict(type='CONTROL', trig='L2:سيطرت', time='L2:ليل السبت - الأحد', actors=['SY_GOV','HEZBOLLAH'], loc='L2:التلال المشرفة عليها', attr=SRC),  # 4
 dict(type='ATTACK', trig='L3:المعارك', actors=['SY_GOV'], targets=['ISIS'], attr=SRC, qty=['L3:أكثر من 100 إرهابي']),               # 5
 dict(type='WITHDRAWAL', trig='L3:فرّ', actors=['ISIS'], attr=SRC),                                                                   # 6
 dict(type='OPERATION', trig='L4:تفكيك', actors=['SY_GOV'], attr=SRC, qty=['L4:مئات العبوات الناسفة']),                              # 7
 dict(type='ATTACK', trig='L4:كمائن', mod='denied', actors=['ISIS'], targets=['SY_GOV'], loc='L4:مدخل المدينة', attr=SRC),            # 8
 dict(type='OPERATION', trig='L5:العملية', actors=['HEZBOLLAH',PGM]),                                                                  # 9
 dict(type='ATTACK', trig='L5:غارة', time='L5:يومي السبت والأحد', actors=['RU'], targets=['ISIS'], loc='L5:القريتين', attr=RMOD,
      weapons=['L5:المقاتلات'], qty=['L5:46 غارة']),                                                                                   # 10
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['RU'], attr=RMOD),                                                                   # 11
 dict(type='CONTROL', trig='L6:استعادة', time=SUN, actors=['SY_GOV'], loc='L6:القريتين'),                                              # 12
 dict(type='CONTROL', trig='L6:تحرير', time='L6:27 آذار الماضي', actors=['SY_GOV'], loc='L6:مدينة تدمر'),                             # 13
 dict(type='OPERATION', trig='L6:المحاصرة', loc='L6:دير الزور'),                                                                       # 14
 dict(type='ATTACK', trig='L7:صدّت', time='L7:فجر أمس', actors=['SY_GOV'], targets=['NUSRA',JUND], loc='L7:بلدة الحاضر'),            # 15
 dict(type='ATTACK', trig='L7:هجوماً', time='L7:فجر أمس', actors=['NUSRA',JUND], targets=['SY_GOV'], loc='L7:بلدة الحاضر'),          # 16
 dict(type='CONTROL', trig='L7:سيطرتهم', actors=['NUSRA',JUND], loc='L7:تلة العيس'),                                                  # 17
 dict(type='AGREEMENT', trig='L7:اتفاق'),                                                                                              # 18
 dict(type='STATEMENT', trig='L8:أعلنت', actors=['IQ_GOV'], attr=CELL),                                                               # 19
 dict(type='ATTACK', trig='L8:اقتحمت', actors=['IQ_GOV','COALITION'], targets=['ISIS'], loc='L8:قضاء هيت', attr=CELL),               # 20
 dict(type='CONTROL', trig='L8:سيطرت', actors=['IQ_GOV'], loc='L8:الأحياء الشمالية', attr=CELL),                                     # 21
 dict(type='CONTROL', trig='L9:سيطر', time='L9:آب 2015', actors=['ISIS'], loc='L9:القريتين'),                                         # 22
 dict(type='ARREST', trig='L9:خطف', time='L9:آب 2015', actors=['ISIS'], loc='L9:القريتين', qty=['L9:أكثر من 200','L9:عشرات المسيحيين']),  # 23
 dict(type='ATTACK', trig='L9:دمّر', time='L9:آب 2015', actors=['ISIS'], loc='L9:دير مار إليان'),                                    # 24
]
YD = (Y, 'day')
OD = (D, 'day')
NT = ('2016-04-02', 'part-of-day')
DAWN = (Y, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة القريتين','al-qaryatayn'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor=PGM, loc=('مدينة القريتين','al-qaryatayn'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة القريتين','al-qaryatayn'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor=PGM, loc=('مدينة القريتين','al-qaryatayn'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('مدينة القريتين','al-qaryatayn'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('المدينة','al-qaryatayn'), as_of=YD, status='present', source=SRC, line=2, events=[3]),
 dict(actor='HEZBOLLAH', loc=('المدينة','al-qaryatayn'), as_of=YD, status='present', source=SRC, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('التلال المشرفة عليها','al-qaryatayn-hills'), as_of=NT, status='controls', source=SRC, line=2, events=[4]),
 dict(actor='HEZBOLLAH', loc=('التلال المشرفة عليها','al-qaryatayn-hills'), as_of=NT, status='controls', source=SRC, line=2, events=[4]),
 dict(actor='HEZBOLLAH', loc=('القريتين','al-qaryatayn'), as_of=YD, status='present', line=5, events=[9]),
 dict(actor=PGM, loc=('القريتين','al-qaryatayn'), as_of=YD, status='present', line=5, events=[9]),
 dict(actor='ISIS', assets='مواقع', loc=('القريتين','al-qaryatayn'), as_of=('2016-04-02/2016-04-03', 'day'), status='attacked', source=RMOD,
      line=5, events=[10]),
 dict(actor='ISIS', assets='مواقع', loc=('مهين','mahin'), as_of=('2016-04-02/2016-04-03', 'day'), status='attacked', source=RMOD,
      line=5, events=[10]),
 dict(actor='SY_GOV', loc=('القريتين','al-qaryatayn'), as_of=YD, status='controls', line=6, events=[12]),
 dict(actor='SY_GOV', loc=('مدينة تدمر','palmyra'), as_of=('2016-03-27', 'day'), status='controls', line=6, events=[13]),
 dict(actor='ISIS', loc=('بلدة السخنة','al-sukhnah'), as_of=OD, status='controls', line=6, events=[]),
 dict(actor='SY_GOV', loc=('بلدة الحاضر','al-hader'), as_of=DAWN, status='present', line=7, events=[15, 16]),
 dict(actor='NUSRA', loc=('بلدة الحاضر','al-hader'), as_of=DAWN, status='present', line=7, events=[15, 16]),
 dict(actor=JUND, loc=('بلدة الحاضر','al-hader'), as_of=DAWN, status='present', line=7, events=[15, 16]),
 dict(actor='NUSRA', loc=('تلة العيس','al-eis-hill'), as_of=OD, status='controls', line=7, events=[17]),
 dict(actor=JUND, loc=('تلة العيس','al-eis-hill'), as_of=OD, status='controls', line=7, events=[17]),
 dict(actor='IQ_GOV', loc=('قضاء هيت','hit'), as_of=(None, 'vague'), status='present', source=CELL, line=8, events=[20]),
 dict(actor='IQ_GOV', loc=('الأحياء الشمالية','hit-northern-districts'), as_of=(None, 'vague'), status='controls', source=CELL, line=8, events=[21]),
 dict(actor='ISIS', strength=(400, True, 'fighters'), loc=('أحياء وسط القضاء','hit-central-districts'), as_of=OD, status='present',
      source=CELL, line=8, events=[]),
 dict(actor='ISIS', loc=('القريتين','al-qaryatayn'), as_of=('2015-08', 'month'), status='controls', line=9, events=[22]),
]
build('albinaa-qaryatayn', None, 'البناء', D, L, ents, times, events, forces)
