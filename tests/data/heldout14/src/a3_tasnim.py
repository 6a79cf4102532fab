from build import build
L = [
'الجيش السوري وحلفاؤه يحررون البوكمال بالكامل.. ومحور المقاومة يطوي صفحة "داعش" على الحدود',
'دمشق - تسنيم',
'أفاد مراسل وكالة تسنيم الدولية للأنباء بأن الجيش السوري والقوات الحليفة أحكموا، صباح اليوم الأحد، سيطرتهم الكاملة على مدينة البوكمال في ريف دير الزور الشرقي، آخر معقل رئيسي لعصابات داعش التكفيرية في سوريا، بعد معارك عنيفة استمرت ثلاثة أيام.',
'وأوضح المراسل أن وحدات الجيش وفصائل المقاومة اقتحمت الأحياء الشمالية والغربية للمدينة فجر اليوم، بعد أن استعادت أمس السبت قرية الحمدان ومطار الحمدان الزراعي، فيما فرّ من تبقى من الإرهابيين باتجاه بلدتي الباغوز والسوسة على الضفة الشرقية لنهر الفرات.',
'وكان تكفيريو داعش قد شنوا هجوماً معاكساً واسعاً على المدينة في 11 تشرين الثاني/نوفمبر الجاري، بعد يومين من إعلان القيادة العامة للجيش السوري تحريرها، مستخدمين نحو عشر عربات مفخخة وعشرات الانتحاريين، ما أجبر القوات المدافعة على التراجع إلى أطرافها الجنوبية.',
'وذكرت مصادر ميدانية لـ"تسنيم" أن مقاتلين من الحشد الشعبي العراقي عبروا الحدود من جهة القائم وشاركوا في معارك الأحياء الشمالية، قبل أن يلتقوا بالقوات السورية عند المعبر الحدودي، في أول التحام بري بين البلدين منذ عام 2014.',
'وقال قائد ميداني في حزب الله لـ"تسنيم" إن "تحرير البوكمال يعني قطع آخر خطوط الإمداد التي حاول الأمريكيون إبقاءها مفتوحة لداعش بين سوريا والعراق"، مؤكداً أن "المقاومة ستلاحق فلول التكفيريين في البادية".',
'وكانت وزارة الدفاع الروسية قد أعلنت الثلاثاء الماضي أن ست قاذفات بعيدة المدى من طراز "تو-22 إم 3" أقلعت من الأراضي الروسية وأغارت على مواقع لداعش في محيط البوكمال، متهمة التحالف الأمريكي بتأمين غطاء لعناصر التنظيم المنسحبين من المدينة، وهو ما نفته واشنطن.',
'وأشار مراسل تسنيم إلى أن وحدات الهندسة بدأت تفكيك مئات العبوات الناسفة والألغام التي زرعها الإرهابيون في شوارع المدينة، تمهيداً لعودة أهاليها الذين نزحوا إلى ريف الميادين.',
'وعلى الجانب العراقي، أعلنت قيادة العمليات المشتركة الجمعة تحرير قضاء راوة بالكامل، آخر مدينة كانت تحت سيطرة داعش في العراق، فيما تنتشر ميليشيات "قسد" المدعومة أمريكياً على الضفة الشرقية للفرات قبالة البوكمال.',
]
D = '2017-11-19'   # Sunday; web copy of its own day
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:البوكمال','LOCATION','albu-kamal'), ('L0:محور المقاومة','ACTOR','OTHER:iran-backed-militias'),
 ('L0:داعش','ACTOR','ISIS'), ('L0:الحدود','LOCATION','syria-iraq-border'),
 ('L1:تسنيم','ORG','tasnim'),
 ('L2:وكالة تسنيم الدولية للأنباء','ORG','tasnim'), ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:القوات الحليفة','ACTOR','OTHER:iran-backed-militias'),
 ('L2:مدينة البوكمال','LOCATION','albu-kamal'), ('L2:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L2:داعش','ACTOR','ISIS'), ('L2:سوريا','LOCATION','syria'), ('L2:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L3:الجيش','ACTOR','SY_GOV'), ('L3:فصائل المقاومة','ACTOR','OTHER:iran-backed-militias'), ('L3:الأحياء الشمالية والغربية للمدينة','LOCATION','albu-kamal-north-west'),
 ('L3:قرية الحمدان','LOCATION','al-hamdan'), ('L3:مطار الحمدان الزراعي','LOCATION','hamdan-airport'), ('L3:الإرهابيين','ACTOR','ISIS'),
 ('L3:الباغوز','LOCATION','baghouz'), ('L3:السوسة','LOCATION','al-susah'), ('L3:الضفة الشرقية لنهر الفرات','LOCATION','euphrates-east-bank'),
 ('L4:داعش','ACTOR','ISIS'), ('L4:المدينة','LOCATION','albu-kamal'), ('L4:القيادة العامة للجيش السوري','ACTOR','SY_GOV'),
 ('L4:نحو عشر عربات مفخخة','QUANTITY',None,(10,True,'vehicles')), ('L4:عربات مفخخة','WEAPON','vbied'),
 ('L4:عشرات الانتحاريين','QUANTITY',None,([24, 99],True,'fighters')), ('L4:أطرافها الجنوبية','LOCATION','albu-kamal-south-outskirts'),
 ('L5:تسنيم','ORG','tasnim'), ('L5:الحشد الشعبي','ACTOR','OTHER:pmf'), ('L5:الحدود#0','LOCATION','syria-iraq-border'), ('L5:القائم','LOCATION','al-qaim'),
 ('L5:الأحياء الشمالية','LOCATION','albu-kamal-north'), ('L5:القوات السورية','ACTOR','SY_GOV'), ('L5:المعبر الحدودي','LOCATION','albu-kamal-crossing'),
 ('L6:حزب الله','ACTOR','HEZBOLLAH'), ('L6:تسنيم','ORG','tasnim'), ('L6:البوكمال','LOCATION','albu-kamal'), ('L6:الأمريكيون','ACTOR','US'),
 ('L6:داعش','ACTOR','ISIS'), ('L6:سوريا','LOCATION','syria'), ('L6:العراق','LOCATION','iraq'), ('L6:المقاومة','ACTOR','HEZBOLLAH'),
 ('L6:التكفيريين','ACTOR','ISIS'), ('L6:البادية','LOCATION','syrian-badia'),
 ('L7:وزارة الدفاع الروسية','ACTOR','RU'), ('L7:التحالف الأمريكي','ACTOR','COALITION'), ('L7:داعش','ACTOR','ISIS'), ('L7:البوكمال','LOCATION','albu-kamal'),
 ('L7:ست قاذفات بعيدة المدى','QUANTITY',None,(6,False,'aircraft')), ('L7:قاذفات بعيدة المدى من طراز "تو-22 إم 3"','WEAPON','tu-22m3'),
 ('L7:الأراضي الروسية','LOCATION','russia'), ('L7:المدينة','LOCATION','albu-kamal'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:واشنطن','ACTOR','US'),
 ('L8:تسنيم','ORG','tasnim'), ('L8:مئات العبوات الناسفة','QUANTITY',None,([100, 999],True,'other')), ('L8:العبوات الناسفة','WEAPON','ied'),
 ('L8:الألغام','WEAPON','mines'), ('L8:الإرهابيون','ACTOR','ISIS'), ('L8:المدينة','LOCATION','albu-kamal'), ('L8:ريف الميادين','LOCATION','mayadin-countryside'),
 ('L9:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L9:قضاء راوة','LOCATION','rawa'), ('L9:داعش','ACTOR','ISIS'), ('L9:العراق#1','LOCATION','iraq'),
 ('L9:قسد','ACTOR','SDF'), ('L9:الضفة الشرقية للفرات','LOCATION','euphrates-east-bank'), ('L9:البوكمال','LOCATION','albu-kamal'),
]
times = [
 ('L2:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:أمس السبت', '2017-11-18', 'day'),
 ('L4:11 تشرين الثاني/نوفمبر الجاري', '2017-11-11', 'day'),
 ('L5:منذ عام 2014', '2014/2017', 'year'),
 ('L7:الثلاثاء الماضي', '2017-11-14', 'day'),
 ('L9:الجمعة', '2017-11-17', 'day'),
]
COR = 'مراسل تسنيم'
FS = 'مصادر ميدانية (تسنيم)'
HZ = 'قائد ميداني في حزب الله (تسنيم)'
RMOD = 'وزارة الدفاع الروسية'
JOC = 'قيادة العمليات المشتركة'
IBM = 'OTHER:iran-backed-militias'
MORN = 'L2:صباح اليوم الأحد'
DAWN = 'L3:فجر اليوم'
events = [
 dict(type='CONTROL', trig='L2:أحكموا', time=MORN, actors=['SY_GOV', IBM], targets=['ISIS'], loc='L2:مدينة البوكمال', attr=COR),            # 1
 dict(type='ATTACK', trig='L2:معارك', actors=['SY_GOV', IBM, 'ISIS'], loc='L2:مدينة البوكمال', attr=COR, qty=['L2:ثلاثة أيام']),            # 2
 dict(type='ATTACK', trig='L3:اقتحمت', time=DAWN, actors=['SY_GOV', IBM], targets=['ISIS'], loc='L3:الأحياء الشمالية والغربية للمدينة', attr=COR),  # 3
 dict(type='CONTROL', trig='L3:استعادت', time='L3:أمس السبت', actors=['SY_GOV', IBM], targets=['ISIS'], loc='L3:قرية الحمدان', attr=COR),  # 4
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=DAWN, actors=['ISIS'], attr=COR),                                                          # 5
 dict(type='ATTACK', trig='L4:هجوماً معاكساً', time='L4:11 تشرين الثاني/نوفمبر الجاري', actors=['ISIS'], targets=['SY_GOV'], loc='L4:المدينة',
      weapons=['L4:عربات مفخخة'], qty=['L4:نحو عشر عربات مفخخة','L4:عشرات الانتحاريين']),                                               # 6
 dict(type='CONTROL', trig='L4:تحريرها', actors=['SY_GOV'], targets=['ISIS'], loc='L4:المدينة'),                                        # 7
 dict(type='WITHDRAWAL', trig='L4:التراجع', time='L4:11 تشرين الثاني/نوفمبر الجاري', actors=['SY_GOV']),                                # 8
 dict(type='MOVEMENT', trig='L5:عبروا', actors=['OTHER:pmf'], loc='L5:الحدود#0', attr=FS),                                               # 9
 dict(type='ATTACK', trig='L5:معارك', actors=['OTHER:pmf'], loc='L5:الأحياء الشمالية', attr=FS),                                        # 10
 dict(type='MOVEMENT', trig='L5:يلتقوا', actors=['OTHER:pmf','SY_GOV'], loc='L5:المعبر الحدودي', attr=FS),                             # 11
 dict(type='CONTROL', trig='L6:تحرير', time=MORN, actors=['SY_GOV', IBM], targets=['ISIS'], loc='L6:البوكمال', attr=HZ),                  # 12
 dict(type='OPERATION', trig='L6:ستلاحق', mod='planned', actors=['HEZBOLLAH'], targets=['ISIS'], loc='L6:البادية', attr=HZ),            # 13
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:الثلاثاء الماضي', actors=['RU'], attr=RMOD),                                          # 14
 dict(type='ATTACK', trig='L7:أغارت', time='L7:الثلاثاء الماضي', actors=['RU'], targets=['ISIS'], loc='L7:البوكمال', attr=RMOD,
      weapons=['L7:قاذفات بعيدة المدى من طراز "تو-22 إم 3"'], qty=['L7:ست قاذفات بعيدة المدى']),                                       # 15
 dict(type='OPERATION', trig='L8:تفكيك', actors=['SY_GOV'], loc='L8:المدينة', attr=COR, qty=['L8:مئات العبوات الناسفة']),               # 16
 dict(type='STATEMENT', trig='L9:أعلنت', time='L9:الجمعة', actors=['IQ_GOV'], attr=JOC),                                               # 17
 dict(type='CONTROL', trig='L9:تحرير', time='L9:الجمعة', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:قضاء راوة', attr=JOC),             # 18
 dict(type='CONTROL', trig='L9:سيطرة', actors=['ISIS'], loc='L9:قضاء راوة', attr=JOC),                                                  # 19
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['SDF'], loc='L9:الضفة الشرقية للفرات'),                                                # 20
]
OD = (D, 'day')
M = (D, 'part-of-day')
NOV11 = ('2017-11-11', 'day')
V = (None, 'vague')
forces = [
 dict(actor='SY_GOV', loc=('مدينة البوكمال','albu-kamal'), as_of=M, status='controls', source=COR, line=2, events=[1]),
 dict(actor=IBM, loc=('مدينة البوكمال','albu-kamal'), as_of=M, status='controls', source=COR, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة البوكمال','albu-kamal'), as_of=M, status='present', source=COR, line=2, events=[2]),
 dict(actor=IBM, loc=('مدينة البوكمال','albu-kamal'), as_of=M, status='present', source=COR, line=2, events=[2]),
 dict(actor='ISIS', loc=('مدينة البوكمال','albu-kamal'), as_of=M, status='present', source=COR, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('الأحياء الشمالية والغربية للمدينة','albu-kamal-north-west'), as_of=M, status='present', source=COR, line=3, events=[3]),
 dict(actor=IBM, loc=('الأحياء الشمالية والغربية للمدينة','albu-kamal-north-west'), as_of=M, status='present', source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('قرية الحمدان','al-hamdan'), as_of=('2017-11-18', 'day'), status='controls', source=COR, line=3, events=[4]),
 dict(actor=IBM, loc=('قرية الحمدان','al-hamdan'), as_of=('2017-11-18', 'day'), status='controls', source=COR, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('مطار الحمدان الزراعي','hamdan-airport'), as_of=('2017-11-18', 'day'), status='controls', source=COR, line=3, events=[4]),
 dict(actor=IBM, loc=('مطار الحمدان الزراعي','hamdan-airport'), as_of=('2017-11-18', 'day'), status='controls', source=COR, line=3, events=[4]),
 dict(actor='ISIS', loc=('المدينة','albu-kamal'), as_of=NOV11, status='present', line=4, events=[6]),
 dict(actor='SY_GOV', loc=('المدينة','albu-kamal'), as_of=NOV11, status='present', line=4, events=[6]),
 dict(actor='SY_GOV', loc=('المدينة','albu-kamal'), as_of=V, status='controls', line=4, events=[7]),
 dict(actor='OTHER:pmf', loc=('الأحياء الشمالية','albu-kamal-north'), as_of=OD, status='present', source=FS, line=5, events=[10]),
 dict(actor='OTHER:pmf', loc=('المعبر الحدودي','albu-kamal-crossing'), as_of=OD, status='present', source=FS, line=5, events=[11]),
 dict(actor='SY_GOV', loc=('المعبر الحدودي','albu-kamal-crossing'), as_of=OD, status='present', source=FS, line=5, events=[11]),
 dict(actor='ISIS', assets='مواقع', loc=('البوكمال','albu-kamal'), as_of=('2017-11-14', 'day'), status='attacked', source=RMOD, line=7, events=[15]),
 dict(actor='IQ_GOV', loc=('قضاء راوة','rawa'), as_of=('2017-11-17', 'day'), status='controls', source=JOC, line=9, events=[18]),
 dict(actor='SDF', loc=('الضفة الشرقية للفرات','euphrates-east-bank'), as_of=OD, status='present', line=9, events=[20]),
]
build('tasnim-albu-kamal', None, 'تسنيم', D, L, ents, times, events, forces)
