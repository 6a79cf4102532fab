from build import build
L = [
'"داعش" يهاجم القريتين بثلاث سيارات مفخخة.. والجيش السوري يعيد تموضعه على أطراف البلدة',
'أفاد مراسل الميادين في حمص بأن مسلحي تنظيم "داعش" سيطروا فجر اليوم الخميس على معظم أحياء بلدة القريتين في ريف حمص الجنوبي الشرقي، بعد هجوم واسع بدأ مساء أمس الأربعاء.',
'وأوضح مراسلنا أن الهجوم افتُتح بتفجير ثلاث سيارات مفخخة يقودها انتحاريون عند حواجز الجيش على المدخلين الشمالي والغربي للبلدة، تلاه اقتحام شارك فيه نحو 400 مسلح قدموا من جهة تدمر والبادية.',
'وأضاف أن وحدات الجيش السوري وعناصر من الدفاع الوطني خاضت اشتباكات عنيفة داخل الأحياء الشمالية استمرت أكثر من عشر ساعات، قبل أن تعيد تموضعها على التلال الغربية المشرفة على البلدة.',
'مصدر عسكري سوري قال للميادين إن سلاح الجو شنّ منذ ساعات الصباح أكثر من 25 غارة على تجمعات المسلحين وآلياتهم في القريتين ومحيطها، ما أدى إلى مقتل العشرات منهم وتدمير عدد من العربات المزودة برشاشات.',
'وبحسب المصدر، فإن الجيش استقدم تعزيزات من مطار التيفور العسكري وبلدة مهين إلى محيط القريتين، تمهيداً لهجوم معاكس "خلال الساعات المقبلة".',
'من جهتها، ذكرت مصادر أهلية للميادين أن التنظيم خطف نحو 230 من أهالي البلدة، بينهم عشرات المسيحيين، واقتادهم إلى جهة مجهولة.',
'في المقابل، نفى المصدر العسكري ما تداولته حسابات مقربة من "داعش" عن أسر عشرات الجنود، مؤكداً أن الوحدات المنسحبة "وصلت بكامل عتادها إلى مواقعها الجديدة".',
'وتكتسب القريتين أهمية خاصة لوقوعها على الطريق الواصل بين تدمر والقلمون الشرقي، وعلى بعد نحو 60 كيلومتراً من الطريق الدولي بين دمشق وحمص.',
'وكان "داعش" قد سيطر على مدينة تدمر في أيار الماضي بعد انسحاب الجيش منها، كما خطف الأب جاك مراد من دير مار إليان في القريتين في الشهر نفسه.',
'وفي ريف دمشق، واصل الجيش السوري والمقاومة اللبنانية عملياتهما في مدينة الزبداني، حيث سيطرا على كتل أبنية جديدة في محيط ساحة المحطة، وسط غارات مكثفة على مواقع المسلحين المحاصرين في وسط المدينة.',
]
D = '2015-08-06'   # Thursday; web copy of its own day
WED = '2015-08-05'
PGM = 'OTHER:pro-government-militias'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:القريتين','LOCATION','al-qaryatayn'), ('L0:ثلاث سيارات مفخخة','QUANTITY',None,(3,False,'vehicles')),
 ('L0:سيارات مفخخة','WEAPON','car-bombs'), ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:أطراف البلدة','LOCATION','al-qaryatayn'),
 ('L1:الميادين','ORG','almayadeen'), ('L1:حمص#0','LOCATION','homs'), ('L1:مسلحي تنظيم "داعش"','ACTOR','ISIS'),
 ('L1:بلدة القريتين','LOCATION','al-qaryatayn'), ('L1:ريف حمص الجنوبي الشرقي','LOCATION','homs-southeast-countryside'),
 ('L2:ثلاث سيارات مفخخة','QUANTITY',None,(3,False,'vehicles')), ('L2:سيارات مفخخة','WEAPON','car-bombs'), ('L2:الجيش','ACTOR','SY_GOV'),
 ('L2:المدخلين الشمالي والغربي للبلدة','LOCATION','al-qaryatayn-entrances'), ('L2:نحو 400 مسلح','QUANTITY',None,(400,True,'fighters')),
 ('L2:تدمر','LOCATION','palmyra'), ('L2:البادية','LOCATION','syrian-desert'),
 ('L3:وحدات الجيش السوري','ACTOR','SY_GOV'), ('L3:الدفاع الوطني','ACTOR',PGM), ('L3:الأحياء الشمالية','LOCATION','al-qaryatayn-north'),
 ('L3:أكثر من عشر ساعات','QUANTITY',None,(10,True,'other')), ('L3:التلال الغربية المشرفة على البلدة','LOCATION','al-qaryatayn-west-hills'),
 ('L4:لميادين','ORG','almayadeen'), ('L4:سلاح الجو','ACTOR','SY_GOV'), ('L4:أكثر من 25 غارة','QUANTITY',None,(25,True,'other')),
 ('L4:القريتين','LOCATION','al-qaryatayn'), ('L4:العشرات','QUANTITY',None,([24,99],True,'killed')),
 ('L4:العربات المزودة برشاشات','WEAPON','technicals'),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:مطار التيفور العسكري','LOCATION','t4-airbase'), ('L5:بلدة مهين','LOCATION','mahin'),
 ('L5:محيط القريتين','LOCATION','al-qaryatayn'),
 ('L6:لميادين','ORG','almayadeen'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:نحو 230','QUANTITY',None,(230,True,'arrested')),
 ('L6:البلدة','LOCATION','al-qaryatayn'), ('L6:عشرات المسيحيين','QUANTITY',None,([24,99],True,'arrested')),
 ('L7:داعش','ACTOR','ISIS'), ('L7:عشرات الجنود','QUANTITY',None,([24,99],True,'arrested')), ('L7:الوحدات المنسحبة','ACTOR','SY_GOV'),
 ('L8:القريتين','LOCATION','al-qaryatayn'), ('L8:الطريق#0','LOCATION','palmyra-qalamoun-road'), ('L8:تدمر','LOCATION','palmyra'),
 ('L8:القلمون الشرقي','LOCATION','eastern-qalamoun'), ('L8:نحو 60 كيلومتراً','QUANTITY',None,(60,True,'km')),
 ('L8:الطريق الدولي','LOCATION','m5-highway'), ('L8:دمشق','LOCATION','damascus'), ('L8:حمص','LOCATION','homs'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:مدينة تدمر','LOCATION','palmyra'), ('L9:الجيش','ACTOR','SY_GOV'), ('L9:جاك مراد','PERSON','jacques-mourad'),
 ('L9:دير مار إليان','LOCATION','mar-elian-monastery'), ('L9:القريتين','LOCATION','al-qaryatayn'),
 ('L10:ريف دمشق','LOCATION','damascus-countryside'), ('L10:الجيش السوري','ACTOR','SY_GOV'), ('L10:المقاومة اللبنانية','ACTOR','HEZBOLLAH'),
 ('L10:مدينة الزبداني','LOCATION','zabadani'), ('L10:محيط ساحة المحطة','LOCATION','zabadani-station-square'),
 ('L10:وسط المدينة','LOCATION','zabadani-centre'),
]
times = [
 ('L1:فجر اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L1:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L4:منذ ساعات الصباح', D, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L9:أيار الماضي', '2015-05', 'month'),
 ('L9:الشهر نفسه', '2015-05', 'month'),
]
F = 'L1:فجر اليوم الخميس'
W = 'L1:مساء أمس الأربعاء'
COR = 'مراسل الميادين'
MS = 'مصدر عسكري سوري (الميادين)'
LOCAL = 'مصادر أهلية (الميادين)'
MAY = 'L9:أيار الماضي'
ENT = 'L2:المدخلين الشمالي والغربي للبلدة'
events = [
 dict(type='CONTROL', trig='L1:سيطروا', time=F, actors=['ISIS'], targets=['SY_GOV'], loc='L1:بلدة القريتين', attr=COR),            # 1
 dict(type='ATTACK', trig='L1:هجوم', time=W, actors=['ISIS'], targets=['SY_GOV'], loc='L1:بلدة القريتين', attr=COR),                # 2
 dict(type='ATTACK', trig='L2:الهجوم', time=W, actors=['ISIS'], targets=['SY_GOV'], loc=ENT, attr=COR),                             # 3
 dict(type='ATTACK', trig='L2:تفجير', time=W, actors=['ISIS'], targets=['SY_GOV'], loc=ENT, weapons=['L2:سيارات مفخخة'],
      qty=['L2:ثلاث سيارات مفخخة'], attr=COR),                                                                                     # 4
 dict(type='ATTACK', trig='L2:اقتحام', time=W, actors=['ISIS'], targets=['SY_GOV'], loc=ENT, qty=['L2:نحو 400 مسلح'], attr=COR),   # 5
 dict(type='ATTACK', trig='L3:اشتباكات', time=F, actors=['SY_GOV', PGM, 'ISIS'], loc='L3:الأحياء الشمالية',
      qty=['L3:أكثر من عشر ساعات'], attr=COR),                                                                                     # 6
 dict(type='MOVEMENT', trig='L3:تعيد تموضعها', time=F, actors=['SY_GOV', PGM], loc='L3:التلال الغربية المشرفة على البلدة', attr=COR),  # 7
 dict(type='ATTACK', trig='L4:غارة', time='L4:منذ ساعات الصباح', actors=['SY_GOV'], targets=['ISIS'], loc='L4:القريتين',
      qty=['L4:أكثر من 25 غارة', 'L4:العشرات'], attr=MS),                                                                         # 8
 dict(type='MOVEMENT', trig='L5:استقدم', actors=['SY_GOV'], loc='L5:محيط القريتين', attr=MS),                                     # 9
 dict(type='ATTACK', trig='L5:لهجوم', mod='planned', time='L5:خلال الساعات المقبلة', actors=['SY_GOV'], targets=['ISIS'],
      loc='L5:محيط القريتين', attr=MS),                                                                                             # 10
 dict(type='ARREST', trig='L6:خطف', actors=['ISIS'], loc='L6:البلدة', qty=['L6:نحو 230', 'L6:عشرات المسيحيين'], attr=LOCAL),       # 11
 dict(type='ARREST', trig='L7:أسر', mod='denied', actors=['ISIS'], targets=['SY_GOV'], qty=['L7:عشرات الجنود'], attr=MS),          # 12
 dict(type='WITHDRAWAL', trig='L7:المنسحبة', time=F, actors=['SY_GOV'], attr=MS),                                                 # 13
 dict(type='MOVEMENT', trig='L7:وصلت', time=F, actors=['SY_GOV'], attr=MS),                                                       # 14
 dict(type='CONTROL', trig='L9:سيطر', time=MAY, actors=['ISIS'], targets=['SY_GOV'], loc='L9:مدينة تدمر'),                        # 15
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time=MAY, actors=['SY_GOV'], loc='L9:مدينة تدمر'),                                     # 16
 dict(type='ARREST', trig='L9:خطف', time='L9:الشهر نفسه', actors=['ISIS'], loc='L9:دير مار إليان'),                              # 17
 dict(type='OPERATION', trig='L10:عملياتهما', actors=['SY_GOV', HZ], targets=['FSA'], loc='L10:مدينة الزبداني'),                 # 18
 dict(type='CONTROL', trig='L10:سيطرا', actors=['SY_GOV', HZ], targets=['FSA'], loc='L10:محيط ساحة المحطة'),                    # 19
 dict(type='ATTACK', trig='L10:غارات', actors=['SY_GOV'], targets=['FSA'], loc='L10:وسط المدينة'),                               # 20
 dict(type='OPERATION', trig='L10:المحاصرين', actors=['SY_GOV', HZ], targets=['FSA'], loc='L10:وسط المدينة'),                    # 21
]
TD = (D, 'day')
FM = (D, 'part-of-day')
WE = (WED, 'part-of-day')
forces = [
 dict(actor='ISIS', loc=('بلدة القريتين', 'al-qaryatayn'), as_of=FM, status='controls', source=COR, line=1, events=[1]),
 dict(actor='SY_GOV', assets='حواجز الجيش', loc=('المدخلين الشمالي والغربي للبلدة', 'al-qaryatayn-entrances'), as_of=WE, status='attacked',
      source=COR, line=2, events=[4]),
 dict(actor='ISIS', strength=(400, True, 'fighters'), loc=('المدخلين الشمالي والغربي للبلدة', 'al-qaryatayn-entrances'), as_of=WE,
      status='present', source=COR, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('الأحياء الشمالية', 'al-qaryatayn-north'), as_of=TD, status='present', source=COR, line=3, events=[6]),
 dict(actor=PGM, loc=('الأحياء الشمالية', 'al-qaryatayn-north'), as_of=TD, status='present', source=COR, line=3, events=[6]),
 dict(actor='ISIS', loc=('الأحياء الشمالية', 'al-qaryatayn-north'), as_of=TD, status='present', source=COR, line=3, events=[6]),
 dict(actor='SY_GOV', loc=('التلال الغربية المشرفة على البلدة', 'al-qaryatayn-west-hills'), as_of=TD, status='present', source=COR, line=3, events=[7]),
 dict(actor=PGM, loc=('التلال الغربية المشرفة على البلدة', 'al-qaryatayn-west-hills'), as_of=TD, status='present', source=COR, line=3, events=[7]),
 dict(actor='ISIS', assets='تجمعات وآليات', loc=('القريتين', 'al-qaryatayn'), as_of=FM, status='attacked', source=MS, line=4, events=[8]),
 dict(actor='SY_GOV', assets='تعزيزات من مطار التيفور وبلدة مهين', loc=('محيط القريتين', 'al-qaryatayn'), as_of=TD, status='reinforced',
      source=MS, line=5, events=[9]),
 dict(actor='ISIS', loc=('مدينة تدمر', 'palmyra'), as_of=('2015-05', 'month'), status='controls', line=9, events=[15]),
 dict(actor='SY_GOV', loc=('مدينة تدمر', 'palmyra'), as_of=('2015-05', 'month'), status='withdrawn', line=9, events=[16]),
 dict(actor='SY_GOV', loc=('مدينة الزبداني', 'zabadani'), as_of=TD, status='present', line=10, events=[18]),
 dict(actor=HZ, loc=('مدينة الزبداني', 'zabadani'), as_of=TD, status='present', line=10, events=[18]),
 dict(actor='SY_GOV', assets='كتل أبنية', loc=('محيط ساحة المحطة', 'zabadani-station-square'), as_of=TD, status='controls', line=10, events=[19]),
 dict(actor=HZ, assets='كتل أبنية', loc=('محيط ساحة المحطة', 'zabadani-station-square'), as_of=TD, status='controls', line=10, events=[19]),
 dict(actor='FSA', assets='مواقع المسلحين المحاصرين', loc=('وسط المدينة', 'zabadani-centre'), as_of=TD, status='attacked', line=10, events=[20]),
 dict(actor='FSA', loc=('وسط المدينة', 'zabadani-centre'), as_of=TD, status='present', line=10, events=[21]),
]
build('almayadeen-qaryatayn-isis', None, 'الميادين', D, L, ents, times, events, forces)
