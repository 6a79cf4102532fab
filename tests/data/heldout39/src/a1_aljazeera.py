from build import build
L = [
'قوات النظام تسيطر على الشيخ مسكين بدرعا بغطاء جوي روسي',
'سيطرت قوات النظام السوري والمليشيات الموالية لها اليوم الثلاثاء على مدينة الشيخ مسكين في ريف درعا الشمالي، بعد معارك مع فصائل المعارضة المسلحة استمرت أكثر من أربعة أسابيع، وسط غارات مكثفة شنها الطيران الحربي الروسي على المدينة ومحيطها.',
'وقال مراسل الجزيرة نت في درعا إن مقاتلي المعارضة انسحبوا فجر اليوم من الأحياء الشرقية للمدينة باتجاه بلدتي إبطع وداعل، بعد أن تعرضت مواقعهم لأكثر من ستين غارة جوية خلال الساعات الـ48 الماضية.',
'وأضاف أن قوات النظام تقدمت من جهة مقر اللواء 82 شمالي المدينة مدعومة بعناصر من حزب الله اللبناني، واستخدمت دبابات من طراز "تي 72" وراجمات صواريخ في قصف الأحياء السكنية.',
'من جهته، أكد القائد الميداني في "الجبهة الجنوبية" أبو محمد الحوراني للجزيرة نت أن مقاتلي المعارضة قتلوا نحو 40 عنصرا من قوات النظام والمليشيات، ودمروا ثلاث دبابات وعربة "بي إم بي" على الأطراف الشمالية للمدينة.',
'في المقابل، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري قوله إن "وحدات من الجيش والقوات الرديفة أعادت الأمن والاستقرار إلى مدينة الشيخ مسكين بالكامل"، وإن وحدات الهندسة تعمل على تفكيك العبوات الناسفة في شوارعها.',
'وتعد الشيخ مسكين عقدة مواصلات استراتيجية، إذ تقع على الطريق الدولي بين دمشق وعمّان، وتربط ريف درعا الشرقي بالغربي، وكانت المعارضة قد سيطرت على معظم أحيائها في ديسمبر/كانون الأول 2014.',
'وكان النظام قد بدأ هجومه على المدينة في 28 ديسمبر/كانون الأول الماضي، مستفيدا من الغارات الروسية التي بدأت في سوريا يوم 30 سبتمبر/أيلول 2015.',
'وفي سياق متصل، أفاد ناشطون بأن النظام دفع بتعزيزات عسكرية تضم نحو 30 آلية ومئات العناصر إلى بلدة عتمان شمال مدينة درعا، وسط مخاوف من هجوم وشيك على بلدة إبطع.',
'ونفت وزارة الدفاع الروسية في بيان أمس الاثنين أن تكون طائراتها قد استهدفت مستشفى ميدانيا في بلدة داعل، ووصفت هذه التقارير بأنها "حملة إعلامية مضللة".',
'وتأتي هذه التطورات قبل أيام من انطلاق مفاوضات جنيف بين وفدي النظام والمعارضة، المقررة يوم الجمعة المقبل برعاية الأمم المتحدة.',
]
D = '2016-01-26'   # Tuesday; web copy of its own day
MON = '2016-01-25'
PGM = 'OTHER:pro-government-militias'
HZ = 'HEZBOLLAH'
SF = 'OTHER:southern-front'
ents = [
 ('L0:قوات النظام','ACTOR','SY_GOV'), ('L0:الشيخ مسكين','LOCATION','sheikh-miskin'), ('L0:درعا','LOCATION','daraa-governorate'),
 ('L1:قوات النظام السوري','ACTOR','SY_GOV'), ('L1:المليشيات الموالية لها','ACTOR',PGM), ('L1:مدينة الشيخ مسكين','LOCATION','sheikh-miskin'),
 ('L1:ريف درعا الشمالي','LOCATION','daraa-north-countryside'), ('L1:فصائل المعارضة المسلحة','ACTOR','FSA'),
 ('L1:أكثر من أربعة أسابيع','QUANTITY',None,(4,True,'other')), ('L1:الطيران الحربي الروسي','ACTOR','RU'), ('L1:المدينة','LOCATION','sheikh-miskin'),
 ('L2:الجزيرة نت','ORG','aljazeera-net'), ('L2:درعا','LOCATION','daraa-governorate'), ('L2:المعارضة','ACTOR','FSA'),
 ('L2:الأحياء الشرقية للمدينة','LOCATION','sheikh-miskin-east'), ('L2:بلدتي إبطع','LOCATION','ibta'), ('L2:داعل','LOCATION','dael'),
 ('L2:أكثر من ستين غارة جوية','QUANTITY',None,(60,True,'other')),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:مقر اللواء 82','LOCATION','brigade-82-base'), ('L3:المدينة','LOCATION','sheikh-miskin'),
 ('L3:حزب الله اللبناني','ACTOR',HZ), ('L3:دبابات من طراز "تي 72"','WEAPON','t-72'), ('L3:راجمات صواريخ','WEAPON','mrl'),
 ('L3:الأحياء السكنية','LOCATION','sheikh-miskin'),
 ('L4:الجبهة الجنوبية','ACTOR',SF), ('L4:أبو محمد الحوراني','PERSON','abu-mohammed-al-hourani'), ('L4:لجزيرة نت','ORG','aljazeera-net'),
 ('L4:المعارضة','ACTOR','FSA'), ('L4:نحو 40 عنصرا','QUANTITY',None,(40,True,'killed')), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L4:المليشيات','ACTOR',PGM), ('L4:ثلاث دبابات','QUANTITY',None,(3,False,'vehicles')), ('L4:دبابات','WEAPON','tanks'),
 ('L4:عربة "بي إم بي"','WEAPON','bmp'), ('L4:الأطراف الشمالية للمدينة','LOCATION','sheikh-miskin-north'),
 ('L5:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L5:سانا','ORG','sana'), ('L5:وحدات من الجيش','ACTOR','SY_GOV'),
 ('L5:القوات الرديفة','ACTOR',PGM), ('L5:مدينة الشيخ مسكين','LOCATION','sheikh-miskin'), ('L5:وحدات الهندسة','ACTOR','SY_GOV'),
 ('L5:العبوات الناسفة','WEAPON','ieds'),
 ('L6:الشيخ مسكين','LOCATION','sheikh-miskin'), ('L6:الطريق الدولي','LOCATION','damascus-amman-highway'), ('L6:دمشق','LOCATION','damascus'),
 ('L6:عمّان','LOCATION','amman'), ('L6:ريف درعا الشرقي','LOCATION','daraa-east-countryside'), ('L6:المعارضة','ACTOR','FSA'),
 ('L7:النظام','ACTOR','SY_GOV'), ('L7:المدينة','LOCATION','sheikh-miskin'), ('L7:سوريا','LOCATION','syria'),
 ('L8:النظام','ACTOR','SY_GOV'), ('L8:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'),
 ('L8:مئات العناصر','QUANTITY',None,([100,999],True,'troops')), ('L8:بلدة عتمان','LOCATION','atman'), ('L8:مدينة درعا','LOCATION','daraa'),
 ('L8:بلدة إبطع','LOCATION','ibta'),
 ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:مستشفى ميدانيا','LOCATION','dael-field-hospital'), ('L9:بلدة داعل','LOCATION','dael'),
 ('L10:جنيف','LOCATION','geneva'), ('L10:النظام','ACTOR','SY_GOV'), ('L10:المعارضة','ACTOR','FSA'), ('L10:الأمم المتحدة','ORG','un'),
]
times = [
 ('L1:اليوم الثلاثاء', D, 'day'),
 ('L2:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L2:خلال الساعات الـ48 الماضية', '2016-01-24/' + D, 'day'),
 ('L6:ديسمبر/كانون الأول 2014', '2014-12', 'month'),
 ('L7:28 ديسمبر/كانون الأول الماضي', '2015-12-28', 'day'),
 ('L7:30 سبتمبر/أيلول 2015', '2015-09-30', 'day'),
 ('L9:أمس الاثنين', MON, 'day'),
 ('L10:يوم الجمعة المقبل', '2016-01-29', 'day'),
]
T = 'L1:اليوم الثلاثاء'
DAWN = 'L2:فجر اليوم'
COR = 'مراسل الجزيرة نت في درعا'
HUR = 'أبو محمد الحوراني'
SANA = 'مصدر عسكري (سانا)'
ACT = 'ناشطون'
RMOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=T, actors=['SY_GOV', PGM], targets=['FSA'], loc='L1:مدينة الشيخ مسكين'),                 # 1
 dict(type='ATTACK', trig='L1:معارك', time=T, actors=['SY_GOV', PGM, 'FSA'], loc='L1:مدينة الشيخ مسكين',
      qty=['L1:أكثر من أربعة أسابيع']),                                                                                               # 2
 dict(type='ATTACK', trig='L1:غارات', time=T, actors=['RU'], targets=['FSA'], loc='L1:المدينة'),                                       # 3
 dict(type='WITHDRAWAL', trig='L2:انسحبوا', time=DAWN, actors=['FSA'], loc='L2:الأحياء الشرقية للمدينة', attr=COR),                   # 4
 dict(type='ATTACK', trig='L2:غارة', time='L2:خلال الساعات الـ48 الماضية', targets=['FSA'], qty=['L2:أكثر من ستين غارة جوية'], attr=COR),  # 5
 dict(type='MOVEMENT', trig='L3:تقدمت', actors=['SY_GOV', HZ], loc='L3:مقر اللواء 82', attr=COR),                                    # 6
 dict(type='ATTACK', trig='L3:قصف', actors=['SY_GOV'], loc='L3:الأحياء السكنية',
      weapons=['L3:دبابات من طراز "تي 72"', 'L3:راجمات صواريخ'], attr=COR),                                                           # 7
 dict(type='ATTACK', trig='L4:قتلوا', actors=['FSA'], targets=['SY_GOV', PGM], qty=['L4:نحو 40 عنصرا'], attr=HUR),                  # 8
 dict(type='ATTACK', trig='L4:دمروا', actors=['FSA'], targets=['SY_GOV'], loc='L4:الأطراف الشمالية للمدينة', attr=HUR),             # 9
 dict(type='CONTROL', trig='L5:أعادت الأمن', time=T, actors=['SY_GOV', PGM], loc='L5:مدينة الشيخ مسكين', attr=SANA),                # 10
 dict(type='OPERATION', trig='L5:تفكيك', actors=['SY_GOV'], loc='L5:مدينة الشيخ مسكين', weapons=['L5:العبوات الناسفة'], attr=SANA),  # 11
 dict(type='CONTROL', trig='L6:سيطرت', time='L6:ديسمبر/كانون الأول 2014', actors=['FSA'], loc='L6:الشيخ مسكين'),                     # 12
 dict(type='OPERATION', trig='L7:هجومه', time='L7:28 ديسمبر/كانون الأول الماضي', actors=['SY_GOV'], loc='L7:المدينة'),               # 13
 dict(type='ATTACK', trig='L7:الغارات', time='L7:30 سبتمبر/أيلول 2015', actors=['RU'], loc='L7:سوريا'),                              # 14
 dict(type='MOVEMENT', trig='L8:دفع', actors=['SY_GOV'], loc='L8:بلدة عتمان', weapons=['L8:آلية'],
      qty=['L8:نحو 30 آلية', 'L8:مئات العناصر'], attr=ACT),                                                                           # 15
 dict(type='ATTACK', trig='L8:هجوم', mod='expected', actors=['SY_GOV'], targets=['FSA'], loc='L8:بلدة إبطع', attr=ACT),             # 16
 dict(type='ATTACK', trig='L9:استهدفت', mod='denied', actors=['RU'], loc='L9:مستشفى ميدانيا', attr=RMOD),                           # 17
 dict(type='AGREEMENT', trig='L10:مفاوضات', mod='planned', time='L10:يوم الجمعة المقبل', actors=['SY_GOV', 'FSA'], loc='L10:جنيف'),  # 18
]
TD = (D, 'day')
TP = (D, 'part-of-day')
V = (None, 'vague')
SM = ('مدينة الشيخ مسكين', 'sheikh-miskin')
forces = [
 dict(actor='SY_GOV', loc=SM, as_of=TD, status='controls', line=1, events=[1]),
 dict(actor=PGM, loc=SM, as_of=TD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=SM, as_of=TD, status='present', line=1, events=[2]),
 dict(actor=PGM, loc=SM, as_of=TD, status='present', line=1, events=[2]),
 dict(actor='FSA', loc=SM, as_of=TD, status='present', line=1, events=[2]),
 dict(actor='FSA', loc=('الأحياء الشرقية للمدينة', 'sheikh-miskin-east'), as_of=TP, status='withdrawn', source=COR, line=2, events=[4]),
 dict(actor='SY_GOV', loc=('مقر اللواء 82', 'brigade-82-base'), as_of=TD, status='present', source=COR, line=3, events=[6]),
 dict(actor=HZ, loc=('مقر اللواء 82', 'brigade-82-base'), as_of=TD, status='present', source=COR, line=3, events=[6]),
 dict(actor='FSA', loc=('الأطراف الشمالية للمدينة', 'sheikh-miskin-north'), as_of=V, status='present', source=HUR, line=4, events=[9]),
 dict(actor='SY_GOV', assets='ثلاث دبابات وعربة بي إم بي', loc=('الأطراف الشمالية للمدينة', 'sheikh-miskin-north'), as_of=V,
      status='present', source=HUR, line=4, events=[9]),
 dict(actor='SY_GOV', loc=SM, as_of=TD, status='controls', source=SANA, line=5, events=[10]),
 dict(actor=PGM, loc=SM, as_of=TD, status='controls', source=SANA, line=5, events=[10]),
 dict(actor='FSA', loc=('الشيخ مسكين', 'sheikh-miskin'), as_of=('2014-12', 'month'), status='controls', line=6, events=[12]),
 dict(actor='SY_GOV', strength=([100, 999], True, 'troops'), assets='نحو 30 آلية', loc=('بلدة عتمان', 'atman'), as_of=TD,
      status='reinforced', source=ACT, line=8, events=[15]),
]
build('aljazeera-sheikh-miskin', None, 'الجزيرة نت', D, L, ents, times, events, forces)
