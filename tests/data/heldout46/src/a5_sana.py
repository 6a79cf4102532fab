from build import build
L = [
'الجيش يحرر بلدة سلمى الاستراتيجية في ريف اللاذقية الشمالي',
'اللاذقية-سانا',
'أعلن مصدر عسكري اليوم أن وحدات من الجيش العربي السوري بالتعاون مع مجموعات الدفاع الشعبي أحكمت سيطرتها على بلدة سلمى في ريف اللاذقية الشمالي، بعد معارك عنيفة مع إرهابيي تنظيم "جبهة النصرة" والمجموعات التكفيرية المرتبطة به.',
'وأوضح المصدر في تصريح لـ سانا أن وحدات الجيش تقدمت فجر اليوم من ثلاثة محاور باتجاه البلدة، بعد أن أحكمت السيطرة خلال الأيام القليلة الماضية على قريتي مرج خوخة وكفر دلبة والتلال المشرفة عليهما، وطوقت الإرهابيين داخل سلمى قبل اقتحامها.',
'وأشار المصدر إلى أن العمليات أسفرت عن مقتل أعداد كبيرة من الإرهابيين بينهم عدد من الأجانب، وتدمير 4 دبابات و9 سيارات مزودة برشاشات ثقيلة، إضافة إلى الاستيلاء على كميات من الأسلحة والذخيرة.',
'وبيّن المصدر أن وحدات الهندسة تعمل على تفكيك العبوات الناسفة والألغام التي زرعها الإرهابيون في شوارع البلدة ومنازلها، فيما فرّ من تبقى منهم باتجاه بلدة كنسبا والحدود التركية.',
'وكانت التنظيمات الإرهابية تسيطر على سلمى منذ تموز 2012، إذ تشرف البلدة بموقعها المرتفع على مساحات واسعة من جبل الأكراد، وكانت تستخدمها لاستهداف مدينة اللاذقية بالقذائف الصاروخية.',
'وذكر المصدر أن سلاح الجو في الجيش العربي السوري والقوات الجوية الفضائية الروسية نفذا خلال الساعات الـ48 الماضية غارات مكثفة على تحصينات الإرهابيين وخطوط إمدادهم في محيط سلمى وفي جبل التركمان.',
'وفي دير الزور، أحبطت وحدات من الجيش محاولة تسلل لإرهابيي تنظيم "داعش" باتجاه نقاط عسكرية في محيط مطار دير الزور العسكري، ما أسفر عن مقتل 17 منهم وتدمير عربة مفخخة قبل وصولها إلى هدفها.',
'ويأتي تحرير سلمى قبل نحو أسبوعين من موعد انطلاق الحوار السوري السوري في جنيف، المقرر في الخامس والعشرين من كانون الثاني الجاري برعاية الأمم المتحدة، وفق ما أعلنه المبعوث الأممي ستافان دي ميستورا.',
'وكانت وحدات الجيش قد بدأت عملية واسعة في ريف اللاذقية الشمالي منتصف تشرين الأول الماضي، بعد أسبوعين من بدء الطيران الروسي ضرباته الجوية ضد التنظيمات الإرهابية في سورية في الثلاثين من أيلول الماضي.',
]
D = '2016-01-12'   # Tuesday; web copy of its own day
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:بلدة سلمى','LOCATION','salma'), ('L0:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'),
 ('L1:اللاذقية','LOCATION','latakia'), ('L1:سانا','ORG','sana'),
 ('L2:وحدات من الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:مجموعات الدفاع الشعبي','ACTOR',PGM), ('L2:بلدة سلمى','LOCATION','salma'),
 ('L2:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'), ('L2:إرهابيي تنظيم "جبهة النصرة"','ACTOR','NUSRA'),
 ('L2:المجموعات التكفيرية المرتبطة به','ACTOR','FSA'),
 ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:البلدة','LOCATION','salma'), ('L3:قريتي مرج خوخة','LOCATION','marj-khokha'), ('L3:كفر دلبة','LOCATION','kafr-dulbeh'),
 ('L3:التلال المشرفة عليهما','LOCATION','marj-khokha-hills'), ('L3:الإرهابيين','ACTOR','NUSRA'), ('L3:سلمى','LOCATION','salma'),
 ('L4:الإرهابيين','ACTOR','NUSRA'), ('L4:4 دبابات','QUANTITY',None,(4,False,'vehicles')), ('L4:دبابات','WEAPON','tanks'),
 ('L4:9 سيارات','QUANTITY',None,(9,False,'vehicles')), ('L4:سيارات مزودة برشاشات ثقيلة','WEAPON','technicals'),
 ('L4:الأسلحة','WEAPON','weapons'), ('L4:الذخيرة','WEAPON','ammunition'),
 ('L5:وحدات الهندسة','ACTOR','SY_GOV'), ('L5:العبوات الناسفة','WEAPON','ieds'), ('L5:الألغام','WEAPON','mines'),
 ('L5:الإرهابيون','ACTOR','NUSRA'), ('L5:شوارع البلدة','LOCATION','salma'), ('L5:بلدة كنسبا','LOCATION','kinsabba'),
 ('L5:الحدود التركية','LOCATION','syria-turkey-border'),
 ('L6:التنظيمات الإرهابية','ACTOR','FSA'), ('L6:سلمى','LOCATION','salma'), ('L6:البلدة','LOCATION','salma'),
 ('L6:جبل الأكراد','LOCATION','jabal-al-akrad'), ('L6:مدينة اللاذقية','LOCATION','latakia'), ('L6:القذائف الصاروخية','WEAPON','rockets'),
 ('L7:سلاح الجو في الجيش العربي السوري','ACTOR','SY_GOV'), ('L7:القوات الجوية الفضائية الروسية','ACTOR','RU'),
 ('L7:الإرهابيين','ACTOR','NUSRA'), ('L7:محيط سلمى','LOCATION','salma'), ('L7:جبل التركمان','LOCATION','jabal-al-turkman'),
 ('L8:دير الزور#0','LOCATION','deir-ez-zor'), ('L8:وحدات من الجيش','ACTOR','SY_GOV'), ('L8:إرهابيي تنظيم "داعش"','ACTOR','ISIS'),
 ('L8:نقاط عسكرية','LOCATION','deir-ez-zor-airbase-posts'), ('L8:محيط مطار دير الزور العسكري','LOCATION','deir-ez-zor-airbase'),
 ('L8:17','QUANTITY',None,(17,False,'killed')), ('L8:عربة مفخخة','WEAPON','vbied'),
 ('L9:سلمى','LOCATION','salma'), ('L9:نحو أسبوعين','QUANTITY',None,(2,True,'other')), ('L9:جنيف','LOCATION','geneva'),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:ستافان دي ميستورا','PERSON','staffan-de-mistura'),
 ('L10:وحدات الجيش','ACTOR','SY_GOV'), ('L10:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'),
 ('L10:أسبوعين','QUANTITY',None,(2,False,'other')), ('L10:الطيران الروسي','ACTOR','RU'), ('L10:التنظيمات الإرهابية','ACTOR','FSA'),
 ('L10:سورية','LOCATION','syria'),
]
times = [
 ('L2:اليوم', D, 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:خلال الأيام القليلة الماضية', None, 'vague', {'relation': 'before'}),
 ('L6:منذ تموز 2012', '2012-07/2016-01', 'month'),
 ('L7:خلال الساعات الـ48 الماضية', '2016-01-10/2016-01-12', 'day'),
 ('L9:الخامس والعشرين من كانون الثاني الجاري', '2016-01-25', 'day'),
 ('L10:منتصف تشرين الأول الماضي', '2015-10', 'month'),
 ('L10:الثلاثين من أيلول الماضي', '2015-09-30', 'day'),
]
T = 'L2:اليوم'
F = 'L3:فجر اليوم'
MS = 'مصدر عسكري (سانا)'
G = ['SY_GOV', PGM]
events = [
 dict(type='CONTROL', trig='L2:أحكمت سيطرتها', time=T, actors=G, targets=['NUSRA', 'FSA'], loc='L2:بلدة سلمى', attr=MS),          # 1
 dict(type='ATTACK', trig='L2:معارك', time=T, actors=G + ['NUSRA', 'FSA'], loc='L2:بلدة سلمى', attr=MS),                           # 2
 dict(type='MOVEMENT', trig='L3:تقدمت', time=F, actors=['SY_GOV'], loc='L3:البلدة', qty=['L3:ثلاثة محاور'], attr=MS),               # 3
 dict(type='CONTROL', trig='L3:أحكمت السيطرة', time='L3:خلال الأيام القليلة الماضية', actors=['SY_GOV'], targets=['NUSRA'],
      loc='L3:قريتي مرج خوخة', attr=MS),                                                                                          # 4
 dict(type='OPERATION', trig='L3:طوقت', time=F, actors=['SY_GOV'], targets=['NUSRA'], loc='L3:سلمى', attr=MS),                     # 5
 dict(type='ATTACK', trig='L3:اقتحامها', time=F, actors=['SY_GOV'], targets=['NUSRA'], loc='L3:سلمى', attr=MS),                    # 6
 dict(type='OPERATION', trig='L4:العمليات', time=T, actors=['SY_GOV'], targets=['NUSRA'], attr=MS),                                # 7
 dict(type='OPERATION', trig='L5:تفكيك', time=T, actors=['SY_GOV'], loc='L5:شوارع البلدة', weapons=['L5:العبوات الناسفة', 'L5:الألغام'], attr=MS),  # 8
 dict(type='WITHDRAWAL', trig='L5:فرّ', time=T, actors=['NUSRA'], loc='L5:شوارع البلدة', attr=MS),                                 # 9
 dict(type='CONTROL', trig='L6:تسيطر', time='L6:منذ تموز 2012', actors=['FSA'], loc='L6:سلمى'),                                     # 10
 dict(type='ATTACK', trig='L6:لاستهداف', time='L6:منذ تموز 2012', actors=['FSA'], loc='L6:مدينة اللاذقية', weapons=['L6:القذائف الصاروخية']),  # 11
 dict(type='ATTACK', trig='L7:غارات', time='L7:خلال الساعات الـ48 الماضية', actors=['SY_GOV', 'RU'], targets=['NUSRA'], loc='L7:محيط سلمى', attr=MS),  # 12
 dict(type='ATTACK', trig='L8:أحبطت', actors=['SY_GOV'], targets=['ISIS'], loc='L8:محيط مطار دير الزور العسكري', qty=['L8:17']),  # 13
 dict(type='MOVEMENT', trig='L8:تسلل', actors=['ISIS'], loc='L8:محيط مطار دير الزور العسكري'),                                      # 14
 dict(type='CONTROL', trig='L9:تحرير', time=T, actors=['SY_GOV'], targets=['NUSRA'], loc='L9:سلمى'),                               # 15
 dict(type='AGREEMENT', trig='L9:الحوار', mod='planned', time='L9:الخامس والعشرين من كانون الثاني الجاري', loc='L9:جنيف', attr='ستافان دي ميستورا'),  # 16
 dict(type='STATEMENT', trig='L9:أعلنه', attr='ستافان دي ميستورا'),                                                                 # 17
 dict(type='OPERATION', trig='L10:عملية', time='L10:منتصف تشرين الأول الماضي', actors=['SY_GOV'], loc='L10:ريف اللاذقية الشمالي'), # 18
 dict(type='ATTACK', trig='L10:ضرباته الجوية', time='L10:الثلاثين من أيلول الماضي', actors=['RU'], targets=['FSA'], loc='L10:سورية'),  # 19
]
TD = (D, 'day')
FM = (D, 'part-of-day')
H48 = ('2016-01-10/2016-01-12', 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة سلمى', 'salma'), as_of=TD, status='controls', source=MS, line=2, events=[1]),
 dict(actor=PGM, loc=('بلدة سلمى', 'salma'), as_of=TD, status='controls', source=MS, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', source=MS, line=2, events=[2]),
 dict(actor=PGM, loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', source=MS, line=2, events=[2]),
 dict(actor='NUSRA', loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', source=MS, line=2, events=[2]),
 dict(actor='FSA', loc=('بلدة سلمى', 'salma'), as_of=TD, status='present', source=MS, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('البلدة', 'salma'), as_of=FM, status='arrived', source=MS, line=3, events=[3, 6]),
 dict(actor='SY_GOV', loc=('قريتي مرج خوخة', 'marj-khokha'), as_of=(None, 'vague'), status='controls', source=MS, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('كفر دلبة', 'kafr-dulbeh'), as_of=(None, 'vague'), status='controls', source=MS, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('التلال المشرفة عليهما', 'marj-khokha-hills'), as_of=(None, 'vague'), status='controls', source=MS, line=3, events=[4]),
 dict(actor='NUSRA', loc=('سلمى', 'salma'), as_of=FM, status='present', source=MS, line=3, events=[5]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('شوارع البلدة', 'salma'), as_of=TD, status='present', source=MS, line=5, events=[8]),
 dict(actor='NUSRA', loc=('شوارع البلدة', 'salma'), as_of=TD, status='withdrawn', source=MS, line=5, events=[9]),
 dict(actor='FSA', loc=('سلمى', 'salma'), as_of=('2012-07/2016-01', 'month'), status='controls', line=6, events=[10]),
 dict(actor='NUSRA', assets='تحصينات وخطوط إمداد', loc=('محيط سلمى', 'salma'), as_of=H48, status='attacked', source=MS, line=7, events=[12]),
 dict(actor='NUSRA', assets='تحصينات وخطوط إمداد', loc=('جبل التركمان', 'jabal-al-turkman'), as_of=H48, status='attacked', source=MS, line=7, events=[12]),
 dict(actor='SY_GOV', assets='نقاط عسكرية', loc=('محيط مطار دير الزور العسكري', 'deir-ez-zor-airbase'), as_of=TD, status='present', line=8, events=[13]),
 dict(actor='ISIS', loc=('محيط مطار دير الزور العسكري', 'deir-ez-zor-airbase'), as_of=TD, status='present', line=8, events=[13, 14]),
]
build('sana-salma-liberation', None, 'سانا', D, L, ents, times, events, forces)
