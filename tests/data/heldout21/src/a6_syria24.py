from build import build
L = [
'تسعة قتلى بغارة روسية على سوق للخضار في جسر الشغور غربي إدلب',
'قُتل تسعة مدنيين وأصيب أكثر من 30 آخرين، ظهر اليوم الأحد، جراء غارة جوية شنتها طائرة حربية روسية على سوق الهال في مدينة جسر الشغور بريف إدلب الغربي، وفق ما أفاد مراسل سوريا 24.',
'وقال الدفاع المدني السوري (الخوذ البيضاء) إن فرقه انتشلت الضحايا من بين الأنقاض وأسعفت الجرحى إلى مشافي المنطقة، مشيراً إلى أن الغارة تعد «الأكثر دموية منذ مطلع العام الجاري».',
'وتزامن ذلك مع غارات روسية أخرى استهدفت محيط قرية الشيخ يوسف قرب مدينة إدلب، ومنطقة جبل الأربعين في جبل الزاوية، من دون ورود معلومات عن إصابات، بحسب مراصد الطيران المحلية.',
'في المقابل، زعمت وزارة الدفاع الروسية في بيان أن طائراتها «دمرت مقرات لجبهة النصرة» في ريف إدلب، رداً على «قصف مواقع الجيش السوري» في ريف اللاذقية، من دون أن تأتي على ذكر السوق.',
'من جهتها، ردت «هيئة تحرير الشام» بقصف صاروخي ومدفعي طال مواقع قوات النظام والميليشيات الإيرانية في بلدتي كفرنبل وحزارين بريف إدلب الجنوبي، وفق ما أعلنته «غرفة عمليات الفتح المبين».',
'ويأتي التصعيد بعد أيام من الجولة العشرين من مسار أستانا في العاصمة الكازاخية، التي أكدت فيها روسيا وتركيا وإيران التزامها بـ«التهدئة» في إدلب، وفق اتفاق موسكو الموقع في آذار 2020.',
'وتنتشر في إدلب وريفها نحو 12 ألف جندي تركي موزعين على أكثر من 60 قاعدة ونقطة عسكرية، بحسب تقديرات مراكز أبحاث، في حين دفع الجيش التركي الأسبوع الماضي برتل جديد ضم نحو 30 آلية عبر معبر كفرلوسين.',
'وأحصى «فريق منسقو استجابة سوريا» مقتل 12 مدنياً وإصابة 57 آخرين في هجمات قوات النظام وروسيا على شمال غربي سوريا منذ بداية حزيران الجاري.',
'وكانت قوات النظام قد قصفت، فجر الخميس الماضي، بلدتي البارة وكنصفرة في جبل الزاوية بقذائف المدفعية، ما أدى إلى مقتل مدني وإصابة طفلين، بحسب الدفاع المدني.',
]
D = '2023-06-25'   # Sunday; web copy of its day
IBM = 'OTHER:iran-backed-militias'
FM = 'OTHER:fateh-mubin-operations-room'
ents = [
 ('L0:تسعة قتلى','QUANTITY',None,(9,False,'killed')), ('L0:سوق للخضار','LOCATION','jisr-al-shughur-market'), ('L0:جسر الشغور','LOCATION','jisr-al-shughur'),
 ('L0:إدلب','LOCATION','idlib'),
 ('L1:تسعة مدنيين','QUANTITY',None,(9,False,'killed')), ('L1:أكثر من 30','QUANTITY',None,(30,True,'wounded')), ('L1:طائرة حربية','WEAPON','warplane'),
 ('L1:سوق الهال','LOCATION','jisr-al-shughur-market'), ('L1:مدينة جسر الشغور','LOCATION','jisr-al-shughur'), ('L1:ريف إدلب الغربي','LOCATION','idlib-west-countryside'),
 ('L1:سوريا 24','ORG','syria24'),
 ('L2:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L2:الخوذ البيضاء','ORG','syria-civil-defence'),
 ('L3:قرية الشيخ يوسف','LOCATION','sheikh-yusuf'), ('L3:مدينة إدلب','LOCATION','idlib'), ('L3:منطقة جبل الأربعين','LOCATION','jabal-al-arbaeen'),
 ('L3:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:جبهة النصرة','ACTOR','NUSRA'), ('L4:ريف إدلب','LOCATION','idlib-countryside'),
 ('L4:الجيش السوري','ACTOR','SY_GOV'), ('L4:ريف اللاذقية','LOCATION','latakia-countryside'), ('L4:السوق','LOCATION','jisr-al-shughur-market'),
 ('L5:هيئة تحرير الشام','ACTOR','NUSRA'), ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:الميليشيات الإيرانية','ACTOR',IBM),
 ('L5:بلدتي كفرنبل','LOCATION','kafranbel'), ('L5:حزارين','LOCATION','hazarin'), ('L5:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L5:غرفة عمليات الفتح المبين','ACTOR',FM),
 ('L6:أستانا','LOCATION','astana'), ('L6:العاصمة الكازاخية','LOCATION','astana'), ('L6:روسيا','ACTOR','RU'), ('L6:تركيا','ACTOR','TR'),
 ('L6:إيران','ACTOR','IR'), ('L6:إدلب','LOCATION','idlib'), ('L6:موسكو','LOCATION','moscow'),
 ('L7:إدلب','LOCATION','idlib'), ('L7:نحو 12 ألف جندي','QUANTITY',None,(12000,True,'troops')), ('L7:جندي تركي','ACTOR','TR'),
 ('L7:أكثر من 60 قاعدة ونقطة عسكرية','QUANTITY',None,(60,True,'other')), ('L7:الجيش التركي','ACTOR','TR'),
 ('L7:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L7:آلية','WEAPON','vehicles'), ('L7:معبر كفرلوسين','LOCATION','kafr-lusin-crossing'),
 ('L8:فريق منسقو استجابة سوريا','ORG','response-coordinators'), ('L8:12 مدنياً','QUANTITY',None,(12,False,'killed')),
 ('L8:57','QUANTITY',None,(57,False,'wounded')), ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:روسيا','ACTOR','RU'), ('L8:شمال غربي سوريا','LOCATION','northwest-syria'),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:بلدتي البارة','LOCATION','al-bara'), ('L9:كنصفرة','LOCATION','kansafra'), ('L9:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L9:قذائف المدفعية','WEAPON','artillery-shells'), ('L9:طفلين','QUANTITY',None,(2,False,'wounded')), ('L9:الدفاع المدني','ORG','syria-civil-defence'),
]
times = [
 ('L1:ظهر اليوم الأحد', D, 'part-of-day', {'part': 'noon'}),
 ('L2:منذ مطلع العام الجاري', '2023-01/2023-06', 'month'),
 ('L6:آذار 2020', '2020-03', 'month'),
 ('L7:الأسبوع الماضي', '2023-06-12/2023-06-18', 'week'),
 ('L8:منذ بداية حزيران الجاري', '2023-06/2023-06', 'month'),
 ('L9:فجر الخميس الماضي', '2023-06-22', 'part-of-day', {'part': 'morning'}),
]
T = 'L1:ظهر اليوم الأحد'
COR = 'مراسل سوريا 24'
MOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='ATTACK', trig='L1:غارة', time=T, actors=['RU'], loc='L1:سوق الهال', weapons=['L1:طائرة حربية'],
      qty=['L1:تسعة مدنيين', 'L1:أكثر من 30'], attr=COR),                                                                       # 1
 dict(type='STATEMENT', trig='L2:قال', attr='الدفاع المدني السوري'),                                                               # 2
 dict(type='ATTACK', trig='L2:الغارة', time=T, actors=['RU'], attr='الدفاع المدني السوري'),                                          # 3
 dict(type='ATTACK', trig='L3:غارات', time=T, actors=['RU'], loc='L3:قرية الشيخ يوسف', attr='مراصد الطيران المحلية'),                   # 4
 dict(type='STATEMENT', trig='L4:بيان', actors=['RU'], attr=MOD),                                                                 # 5
 dict(type='ATTACK', trig='L4:دمرت', actors=['RU'], targets=['NUSRA'], loc='L4:ريف إدلب', attr=MOD),                                 # 6
 dict(type='ATTACK', trig='L4:قصف', actors=['NUSRA'], targets=['SY_GOV'], loc='L4:ريف اللاذقية', attr=MOD),                          # 7
 dict(type='ATTACK', trig='L5:ردت', time=T, actors=['NUSRA'], targets=['SY_GOV', IBM], loc='L5:بلدتي كفرنبل', attr='غرفة عمليات الفتح المبين'),  # 8
 dict(type='AGREEMENT', trig='L6:التهدئة', actors=['RU', 'TR', 'IR'], loc='L6:إدلب'),                                               # 9
 dict(type='AGREEMENT', trig='L6:اتفاق', time='L6:آذار 2020', actors=['RU', 'TR'], loc='L6:موسكو'),                                 # 10
 dict(type='MOVEMENT', trig='L7:تنتشر', actors=['TR'], loc='L7:إدلب', qty=['L7:نحو 12 ألف جندي', 'L7:أكثر من 60 قاعدة ونقطة عسكرية'], attr='تقديرات مراكز أبحاث'),  # 11
 dict(type='MOVEMENT', trig='L7:دفع', time='L7:الأسبوع الماضي', actors=['TR'], loc='L7:معبر كفرلوسين', weapons=['L7:آلية'], qty=['L7:نحو 30 آلية']),  # 12
 dict(type='ATTACK', trig='L8:هجمات', time='L8:منذ بداية حزيران الجاري', actors=['SY_GOV', 'RU'], loc='L8:شمال غربي سوريا',
      qty=['L8:12 مدنياً', 'L8:57'], attr='فريق منسقو استجابة سوريا'),                                                           # 13
 dict(type='ATTACK', trig='L9:قصفت', time='L9:فجر الخميس الماضي', actors=['SY_GOV'], loc='L9:بلدتي البارة', weapons=['L9:قذائف المدفعية'],
      qty=['L9:طفلين'], attr='الدفاع المدني'),                                                                                  # 14
]
TP = (D, 'part-of-day')
TD = (D, 'day')
W = ('2023-06-12/2023-06-18', 'week')
forces = [
 dict(actor='NUSRA', loc=('ريف إدلب', 'idlib-countryside'), as_of=TD, status='attacked', source=MOD, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('ريف اللاذقية', 'latakia-countryside'), as_of=TD, status='attacked', source=MOD, line=4, events=[7]),
 dict(actor='SY_GOV', loc=('بلدتي كفرنبل', 'kafranbel'), as_of=TP, status='attacked', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor='SY_GOV', loc=('حزارين', 'hazarin'), as_of=TP, status='attacked', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor=IBM, loc=('بلدتي كفرنبل', 'kafranbel'), as_of=TP, status='attacked', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor=IBM, loc=('حزارين', 'hazarin'), as_of=TP, status='attacked', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor='SY_GOV', loc=('بلدتي كفرنبل', 'kafranbel'), as_of=TP, status='present', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor='SY_GOV', loc=('حزارين', 'hazarin'), as_of=TP, status='present', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor=IBM, loc=('بلدتي كفرنبل', 'kafranbel'), as_of=TP, status='present', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor=IBM, loc=('حزارين', 'hazarin'), as_of=TP, status='present', source='غرفة عمليات الفتح المبين', line=5, events=[8]),
 dict(actor='TR', strength=(12000, True, 'troops'), loc=('إدلب', 'idlib'), as_of=TD, status='present', source='تقديرات مراكز أبحاث', line=7, events=[11]),
 dict(actor='TR', strength=(30, True, 'vehicles'), loc=('معبر كفرلوسين', 'kafr-lusin-crossing'), as_of=W, status='reinforced', line=7, events=[12]),
]
build('syria24-jisr-al-shughur-market', None, 'سوريا 24', D, L, ents, times, events, forces)
