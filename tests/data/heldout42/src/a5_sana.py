from build import build
L = [
'الجيش يحرر مدينة معرة النعمان وعدداً من القرى المحيطة بها في ريف إدلب الجنوبي',
'إدلب-سانا',
'أعلن مصدر عسكري اليوم أن وحدات من الجيش العربي السوري أحكمت سيطرتها على مدينة معرة النعمان بريف إدلب الجنوبي، بعد معارك عنيفة مع إرهابيي تنظيم "جبهة النصرة" والمجموعات التابعة له، كبدتهم خسائر كبيرة بالأفراد والعتاد.',
'وأوضح المصدر في تصريح لـ سانا أن وحدات الجيش تقدمت خلال الساعات الـ 48 الماضية على عدة محاور، وحررت قرى معرشمارين وتلمنس والدير الشرقي والدير الغربي ومعرشورين، قبل أن تطوق المدينة من ثلاث جهات وتدخلها صباح اليوم.',
'ولفت المصدر إلى أن وحدات الهندسة بدأت بتمشيط أحياء المدينة لتفكيك العبوات الناسفة والألغام التي زرعها الإرهابيون قبل فرارهم باتجاه بلدتي كفرنبل وحاس غرباً.',
'وكان مراسل سانا قد أفاد أمس بأن المجموعات الإرهابية استهدفت بعشرات القذائف الصاروخية أحياء سكنية في مدينة حلب وبلدة السقيلبية في ريف حماة الشمالي الغربي، ما أسفر عن استشهاد ثلاثة مدنيين وإصابة 11 آخرين.',
'وفي الأثناء، دفعت قوات الاحتلال التركي بأكثر من 70 آلية بين دبابات وعربات مدرعة وشاحنات محملة بالذخائر إلى ريف إدلب عبر معبر كفرلوسين الحدودي، وفق ما ذكرته مصادر أهلية، في خرق جديد للقانون الدولي وللسيادة السورية.',
'وكانت وحدات الجيش قد استأنفت عملياتها في ريف إدلب الجنوبي في التاسع عشر من كانون الأول الماضي، رداً على خروقات الإرهابيين المتكررة لاتفاق خفض التصعيد الذي توصلت إليه روسيا وتركيا في سوتشي في أيلول 2018.',
'وتكتسب معرة النعمان أهمية استراتيجية بوقوعها على الطريق الدولي حلب-دمشق، وكانت المجموعات الإرهابية تتخذ منها منذ عام 2012 منطلقاً لاعتداءاتها على القرى الآمنة في ريف حماة الشمالي.',
'من جهة أخرى، نفت وزارة الدفاع الروسية ما روجته وسائل إعلام غربية عن استهداف الطائرات الروسية مشافي في ريف إدلب، مؤكدة أن الطيران الروسي لم ينفذ أي غارة على المنطقة خلال الأيام الماضية.',
]
D = '2020-01-28'   # Tuesday; web copy of its own day
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:مدينة معرة النعمان','LOCATION','maarat-al-numan'),
 ('L0:القرى المحيطة بها','LOCATION','maarat-al-numan-surroundings'), ('L0:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L1:إدلب','LOCATION','idlib'), ('L1:سانا','ORG','sana'),
 ('L2:وحدات من الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:مدينة معرة النعمان','LOCATION','maarat-al-numan'),
 ('L2:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L2:إرهابيي تنظيم "جبهة النصرة"','ACTOR','NUSRA'),
 ('L2:المجموعات التابعة له','ACTOR','FSA'),
 ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:عدة محاور','QUANTITY',None,([3, 9],True,'other')),
 ('L3:قرى معرشمارين','LOCATION','maarshamarin'), ('L3:تلمنس','LOCATION','talmenes'), ('L3:الدير الشرقي','LOCATION','deir-sharqi'),
 ('L3:الدير الغربي','LOCATION','deir-gharbi'), ('L3:معرشورين','LOCATION','maarshurin'), ('L3:المدينة','LOCATION','maarat-al-numan'),
 ('L3:ثلاث جهات','QUANTITY',None,(3,False,'other')),
 ('L4:وحدات الهندسة','ACTOR','SY_GOV'), ('L4:أحياء المدينة','LOCATION','maarat-al-numan'), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L4:الألغام','WEAPON','mines'), ('L4:الإرهابيون','ACTOR','NUSRA'), ('L4:بلدتي كفرنبل','LOCATION','kafranbel'), ('L4:حاس','LOCATION','hass'),
 ('L5:سانا','ORG','sana'), ('L5:المجموعات الإرهابية','ACTOR','FSA'), ('L5:عشرات','QUANTITY',None,([24, 99],True,'other')),
 ('L5:القذائف الصاروخية','WEAPON','rockets'), ('L5:أحياء سكنية','LOCATION','aleppo-residential'), ('L5:مدينة حلب','LOCATION','aleppo'),
 ('L5:بلدة السقيلبية','LOCATION','suqaylabiyah'), ('L5:ريف حماة الشمالي الغربي','LOCATION','hama-northwest-countryside'),
 ('L5:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')), ('L5:11','QUANTITY',None,(11,False,'wounded')),
 ('L6:قوات الاحتلال التركي','ACTOR','TR'), ('L6:أكثر من 70 آلية','QUANTITY',None,(70,True,'vehicles')), ('L6:آلية','WEAPON','military-vehicles'),
 ('L6:دبابات','WEAPON','tanks'), ('L6:عربات مدرعة','WEAPON','armoured-vehicles'), ('L6:شاحنات','WEAPON','trucks'),
 ('L6:الذخائر','WEAPON','ammunition'), ('L6:ريف إدلب','LOCATION','idlib-countryside'),
 ('L6:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'),
 ('L7:وحدات الجيش','ACTOR','SY_GOV'), ('L7:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L7:الإرهابيين','ACTOR','FSA'),
 ('L7:روسيا','ACTOR','RU'), ('L7:تركيا','ACTOR','TR'), ('L7:سوتشي','LOCATION','sochi'),
 ('L8:معرة النعمان','LOCATION','maarat-al-numan'), ('L8:الطريق الدولي','LOCATION','m5-highway'), ('L8:حلب','LOCATION','aleppo'),
 ('L8:دمشق','LOCATION','damascus'), ('L8:المجموعات الإرهابية','ACTOR','FSA'), ('L8:القرى الآمنة','LOCATION','hama-north-villages'),
 ('L8:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:الطائرات الروسية','WEAPON','warplanes'), ('L9:مشافي','LOCATION','idlib-hospitals'),
 ('L9:ريف إدلب','LOCATION','idlib-countryside'), ('L9:الطيران الروسي','ACTOR','RU'), ('L9:المنطقة','LOCATION','idlib-countryside'),
]
times = [
 ('L2:اليوم', D, 'day'),
 ('L3:خلال الساعات الـ 48 الماضية', '2020-01-26/2020-01-28', 'day'),
 ('L3:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:أمس', '2020-01-27', 'day'),
 ('L7:التاسع عشر من كانون الأول الماضي', '2019-12-19', 'day'),
 ('L7:أيلول 2018', '2018-09', 'month'),
 ('L8:منذ عام 2012', '2012/2020', 'year'),
 ('L9:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
T = 'L2:اليوم'
H48 = 'L3:خلال الساعات الـ 48 الماضية'
MOR = 'L3:صباح اليوم'
MS = 'مصدر عسكري (سانا)'
COR = 'مراسل سانا'
MOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='CONTROL', trig='L2:أحكمت سيطرتها', time=T, actors=['SY_GOV'], targets=['NUSRA', 'FSA'], loc='L2:مدينة معرة النعمان', attr=MS),  # 1
 dict(type='ATTACK', trig='L2:معارك', actors=['SY_GOV', 'NUSRA', 'FSA'], loc='L2:مدينة معرة النعمان', attr=MS),                       # 2
 dict(type='MOVEMENT', trig='L3:تقدمت', time=H48, actors=['SY_GOV'], qty=['L3:عدة محاور'], attr=MS),                                  # 3
 dict(type='CONTROL', trig='L3:حررت', time=H48, actors=['SY_GOV'], targets=['NUSRA'], loc='L3:قرى معرشمارين', attr=MS),               # 4
 dict(type='OPERATION', trig='L3:تطوق', actors=['SY_GOV'], targets=['NUSRA'], loc='L3:المدينة', qty=['L3:ثلاث جهات'], attr=MS),      # 5
 dict(type='MOVEMENT', trig='L3:تدخلها', time=MOR, actors=['SY_GOV'], loc='L3:المدينة', attr=MS),                                    # 6
 dict(type='OPERATION', trig='L4:بتمشيط', time=T, actors=['SY_GOV'], loc='L4:أحياء المدينة', weapons=['L4:العبوات الناسفة', 'L4:الألغام'], attr=MS),  # 7
 dict(type='WITHDRAWAL', trig='L4:فرارهم', actors=['NUSRA'], loc='L4:أحياء المدينة', attr=MS),                                        # 8
 dict(type='ATTACK', trig='L5:استهدفت', time='L5:أمس', actors=['FSA'], loc='L5:أحياء سكنية', weapons=['L5:القذائف الصاروخية'],
      qty=['L5:عشرات', 'L5:ثلاثة مدنيين', 'L5:11'], attr=COR),                                                                        # 9
 dict(type='MOVEMENT', trig='L6:دفعت', actors=['TR'], loc='L6:ريف إدلب',
      weapons=['L6:آلية', 'L6:دبابات', 'L6:عربات مدرعة', 'L6:شاحنات', 'L6:الذخائر'], qty=['L6:أكثر من 70 آلية'], attr='مصادر أهلية'),  # 10
 dict(type='OPERATION', trig='L7:عملياتها', time='L7:التاسع عشر من كانون الأول الماضي', actors=['SY_GOV'], loc='L7:ريف إدلب الجنوبي'),  # 11
 dict(type='ATTACK', trig='L7:خروقات', actors=['FSA']),                                                                               # 12
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:أيلول 2018', actors=['RU', 'TR'], loc='L7:سوتشي'),                                 # 13
 dict(type='ATTACK', trig='L8:لاعتداءاتها', time='L8:منذ عام 2012', actors=['FSA'], loc='L8:القرى الآمنة'),                           # 14
 dict(type='ATTACK', trig='L9:استهداف', mod='denied', actors=['RU'], loc='L9:مشافي', weapons=['L9:الطائرات الروسية'], attr=MOD),      # 15
 dict(type='ATTACK', trig='L9:غارة', mod='denied', time='L9:خلال الأيام الماضية', actors=['RU'], loc='L9:المنطقة', attr=MOD),          # 16
]
TD = (D, 'day')
HD = ('2020-01-26/2020-01-28', 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة معرة النعمان', 'maarat-al-numan'), as_of=TD, status='controls', source=MS, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة معرة النعمان', 'maarat-al-numan'), as_of=TD, status='present', source=MS, line=2, events=[2]),
 dict(actor='NUSRA', loc=('مدينة معرة النعمان', 'maarat-al-numan'), as_of=TD, status='present', source=MS, line=2, events=[2]),
 dict(actor='FSA', loc=('مدينة معرة النعمان', 'maarat-al-numan'), as_of=TD, status='present', source=MS, line=2, events=[2]),
]
for p, c in (('قرى معرشمارين', 'maarshamarin'), ('تلمنس', 'talmenes'), ('الدير الشرقي', 'deir-sharqi'),
             ('الدير الغربي', 'deir-gharbi'), ('معرشورين', 'maarshurin')):
    forces.append(dict(actor='SY_GOV', loc=(p, c), as_of=HD, status='controls', source=MS, line=3, events=[4]))
forces += [
 dict(actor='SY_GOV', loc=('المدينة', 'maarat-al-numan'), as_of=(D, 'part-of-day'), status='arrived', source=MS, line=3, events=[5, 6]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('أحياء المدينة', 'maarat-al-numan'), as_of=TD, status='present', source=MS, line=4, events=[7]),
 dict(actor='NUSRA', loc=('أحياء المدينة', 'maarat-al-numan'), as_of=TD, status='withdrawn', source=MS, line=4, events=[8]),
 dict(actor='TR', strength=(70, True, 'vehicles'), assets='دبابات وعربات مدرعة وشاحنات محملة بالذخائر', loc=('ريف إدلب', 'idlib-countryside'),
      as_of=TD, status='reinforced', source='مصادر أهلية', line=6, events=[10]),
]
build('sana-maarat-al-numan', None, 'سانا', D, L, ents, times, events, forces)
