from build import build
L = [
'بعد ساعات من هجوم عين الأسد.. قصف أمريكي يطال مقرات لـ"كتائب حزب الله" في جرف النصر',
'شفق نيوز/ أفاد مصدر أمني في محافظة بابل، فجر اليوم الأربعاء، بأن طائرات أمريكية شنت غارتين على مقرين لـ"كتائب حزب الله" في ناحية جرف النصر شمالي المحافظة، ما أسفر عن مقتل ثمانية من عناصر الفصيل وإصابة آخرين.',
'وقال المصدر لوكالة شفق نيوز، إن الغارة الأولى استهدفت مقراً للعمليات قرب طريق جرف النصر – المسيب، فيما طالت الثانية مخزناً يضم طائرات مسيّرة، مبيناً أن سيارات الإسعاف نقلت الجرحى إلى مستشفى الحلة التعليمي.',
'من جهتها، أعلنت وزارة الدفاع الأمريكية (البنتاغون) أن الضربات جاءت "رداً مباشراً" على هجوم بصاروخ باليستي قصير المدى استهدف قاعدة عين الأسد الجوية غربي الأنبار، مساء أمس الثلاثاء، وأسفر عن إصابات طفيفة بين العسكريين الأمريكيين.',
'وأضاف البنتاغون في بيان، أن طائرة أمريكية من طراز "إيه سي-130" قصفت بعد الهجوم مباشرة عجلة تقل عناصر من الفصيل قرب قضاء أبو غريب غربي بغداد، وهو ما أكدته الكتائب في نعي لأحد مقاتليها.',
'في المقابل، وصف المتحدث باسم الحكومة العراقية باسم العوادي القصف بأنه "انتهاك واضح للسيادة"، مؤكداً رفض الحكومة "أي اعتداء" سواء استهدف البعثات والقواعد التي تستضيف مستشاري التحالف الدولي أو الأراضي العراقية.',
'بدورها، توعدت "المقاومة الإسلامية في العراق"، في بيان نشرته عبر "تلغرام"، بمواصلة عملياتها ضد "قوات الاحتلال الأمريكي" في العراق وسوريا، معلنة استهداف قاعدة حرير شمالي أربيل بطائرة مسيّرة، صباح اليوم.',
'وبحسب إحصائية نشرها البنتاغون، تعرضت القوات الأمريكية منذ 17 تشرين الأول/أكتوبر الماضي لأكثر من 60 هجوماً بالصواريخ والطائرات المسيّرة، نصفها تقريباً في العراق والنصف الآخر في سوريا، ولا سيما في قاعدتي التنف وحقل العمر.',
'ويبلغ عدد القوات الأمريكية في العراق نحو 2500 جندي، مقابل نحو 900 في سوريا، ضمن التحالف الدولي لمحاربة "داعش"، وتتمركز بشكل رئيسي في قاعدتي عين الأسد وحرير ومطار أربيل.',
'وكانت القوات الأمريكية قد شنت في 12 من الشهر الجاري غارات على منشأتين تستخدمهما فصائل موالية لإيران في البوكمال والميادين شرقي سوريا، فيما تعد ضربات اليوم الأولى على مقرات الفصائل داخل الأراضي العراقية منذ بدء التصعيد.',
'ويخضع جرف النصر، الذي كان يُعرف باسم جرف الصخر، لسيطرة "كتائب حزب الله" بشكل كامل منذ عام 2014، فيما يُمنع نحو 100 ألف من سكانه من العودة إليه.',
]
D = '2023-11-22'   # Wednesday; Iraqi news agency, web copy of its day
Y = '2023-11-21'   # Tuesday
KH = 'OTHER:kataib-hezbollah'
IRI = 'OTHER:islamic-resistance-iraq'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:عين الأسد','LOCATION','ain-al-asad'), ('L0:كتائب حزب الله','ACTOR',KH), ('L0:جرف النصر','LOCATION','jurf-al-nasr'),
 ('L1:شفق نيوز','ORG','shafaq'), ('L1:محافظة بابل','LOCATION','babil'), ('L1:طائرات أمريكية','WEAPON','warplanes'),
 ('L1:غارتين','QUANTITY',None,(2,False,'other')), ('L1:مقرين','QUANTITY',None,(2,False,'other')), ('L1:كتائب حزب الله','ACTOR',KH),
 ('L1:ناحية جرف النصر','LOCATION','jurf-al-nasr'), ('L1:المحافظة','LOCATION','babil'), ('L1:ثمانية','QUANTITY',None,(8,False,'killed')),
 ('L1:الفصيل','ACTOR',KH),
 ('L2:وكالة شفق نيوز','ORG','shafaq'), ('L2:طريق جرف النصر – المسيب','LOCATION','jurf-al-nasr-musayyib-road'),
 ('L2:طائرات مسيّرة','WEAPON','drones'), ('L2:مستشفى الحلة التعليمي','LOCATION','hilla-teaching-hospital'),
 ('L3:وزارة الدفاع الأمريكية','ACTOR','US'), ('L3:البنتاغون','ACTOR','US'), ('L3:صاروخ باليستي قصير المدى','WEAPON','ballistic-missile'),
 ('L3:قاعدة عين الأسد الجوية','LOCATION','ain-al-asad'), ('L3:الأنبار','LOCATION','anbar'), ('L3:العسكريين الأمريكيين','ACTOR','US'),
 ('L4:البنتاغون','ACTOR','US'), ('L4:طائرة أمريكية من طراز "إيه سي-130"','WEAPON','ac-130'), ('L4:عجلة','WEAPON','vehicle'),
 ('L4:الفصيل','ACTOR',KH), ('L4:قضاء أبو غريب','LOCATION','abu-ghraib'), ('L4:بغداد','LOCATION','baghdad'), ('L4:الكتائب','ACTOR',KH),
 ('L5:الحكومة العراقية','ACTOR','IQ_GOV'), ('L5:باسم العوادي','PERSON','basim-al-awadi'), ('L5:الحكومة#1','ACTOR','IQ_GOV'),
 ('L5:التحالف الدولي','ACTOR','COALITION'), ('L5:الأراضي العراقية','LOCATION','iraq'),
 ('L6:المقاومة الإسلامية في العراق','ACTOR',IRI), ('L6:تلغرام','ORG','telegram'), ('L6:قوات الاحتلال الأمريكي','ACTOR','US'),
 ('L6:العراق#1','LOCATION','iraq'), ('L6:سوريا','LOCATION','syria'), ('L6:قاعدة حرير','LOCATION','harir'), ('L6:أربيل','LOCATION','erbil'),
 ('L6:طائرة مسيّرة','WEAPON','drone'),
 ('L7:البنتاغون','ACTOR','US'), ('L7:القوات الأمريكية','ACTOR','US'), ('L7:أكثر من 60 هجوماً','QUANTITY',None,(60,True,'other')),
 ('L7:الصواريخ','WEAPON','rockets'), ('L7:الطائرات المسيّرة','WEAPON','drones'), ('L7:العراق','LOCATION','iraq'), ('L7:سوريا','LOCATION','syria'),
 ('L7:قاعدتي التنف','LOCATION','al-tanf'), ('L7:حقل العمر','LOCATION','al-omar-oilfield'),
 ('L8:القوات الأمريكية','ACTOR','US'), ('L8:العراق','LOCATION','iraq'), ('L8:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')),
 ('L8:نحو 900','QUANTITY',None,(900,True,'troops')), ('L8:سوريا','LOCATION','syria'), ('L8:التحالف الدولي','ACTOR','COALITION'),
 ('L8:داعش','ACTOR','ISIS'), ('L8:قاعدتي عين الأسد','LOCATION','ain-al-asad'), ('L8:حرير','LOCATION','harir'), ('L8:مطار أربيل','LOCATION','erbil-airport'),
 ('L9:القوات الأمريكية','ACTOR','US'), ('L9:منشأتين','QUANTITY',None,(2,False,'other')), ('L9:فصائل موالية لإيران','ACTOR',IBM),
 ('L9:البوكمال','LOCATION','albu-kamal'), ('L9:الميادين','LOCATION','mayadin'), ('L9:شرقي سوريا','LOCATION','eastern-syria'),
 ('L9:الفصائل','ACTOR',IBM), ('L9:الأراضي العراقية','LOCATION','iraq'),
 ('L10:جرف النصر','LOCATION','jurf-al-nasr'), ('L10:جرف الصخر','LOCATION','jurf-al-nasr'), ('L10:كتائب حزب الله','ACTOR',KH),
 ('L10:نحو 100 ألف','QUANTITY',None,(100000,True,'people')),
]
SINCE_OCT = '2023-10-17/' + D
SINCE_14 = '2014/2023'
times = [
 ('L1:فجر اليوم الأربعاء', D, 'part-of-day', {'part': 'morning'}),
 ('L3:مساء أمس الثلاثاء', Y, 'part-of-day', {'part': 'evening'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ 17 تشرين الأول/أكتوبر الماضي', SINCE_OCT, 'day'),
 ('L9:12 من الشهر الجاري', '2023-11-12', 'day'),
 ('L9:اليوم', D, 'day'),
 ('L10:منذ عام 2014', SINCE_14, 'year'),
]
T = 'L1:فجر اليوم الأربعاء'
TUE = 'L3:مساء أمس الثلاثاء'
SRC = 'مصدر أمني في محافظة بابل'
PEN = 'البنتاغون'
AWA = 'باسم العوادي'
events = [
 dict(type='ATTACK', trig='L1:شنت', time=T, actors=['US'], targets=[KH], loc='L1:ناحية جرف النصر', weapons=['L1:طائرات أمريكية'],
      qty=['L1:غارتين', 'L1:مقرين', 'L1:ثمانية'], attr=SRC),                                                                      # 1
 dict(type='ATTACK', trig='L2:الغارة', time=T, actors=['US'], targets=[KH], loc='L2:طريق جرف النصر – المسيب', attr=SRC),              # 2
 dict(type='ATTACK', trig='L2:طالت', time=T, actors=['US'], targets=[KH], attr=SRC),                                                 # 3
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['US'], attr=PEN),                                                                  # 4
 dict(type='ATTACK', trig='L3:الضربات', time=T, actors=['US'], targets=[KH], attr=PEN),                                              # 5
 dict(type='ATTACK', trig='L3:هجوم', time=TUE, targets=['US'], loc='L3:قاعدة عين الأسد الجوية', weapons=['L3:صاروخ باليستي قصير المدى'], attr=PEN),  # 6
 dict(type='STATEMENT', trig='L4:بيان', actors=['US'], attr=PEN),                                                                   # 7
 dict(type='ATTACK', trig='L4:قصفت', time=TUE, actors=['US'], targets=[KH], loc='L4:قضاء أبو غريب',
      weapons=['L4:طائرة أمريكية من طراز "إيه سي-130"'], attr=PEN),                                                               # 8
 dict(type='ATTACK', trig='L4:الهجوم', time=TUE, targets=['US'], attr=PEN),                                                         # 9
 dict(type='ATTACK', trig='L5:القصف', time=T, actors=['US'], targets=[KH], attr=AWA),                                                # 10
 dict(type='ATTACK', trig='L6:عملياتها', mod='planned', actors=[IRI], targets=['US'], loc='L6:العراق#1', attr='المقاومة الإسلامية في العراق'),  # 11
 dict(type='STATEMENT', trig='L6:بيان', actors=[IRI], attr='المقاومة الإسلامية في العراق'),                                          # 12
 dict(type='ATTACK', trig='L6:استهداف', time='L6:صباح اليوم', actors=[IRI], targets=['US'], loc='L6:قاعدة حرير', weapons=['L6:طائرة مسيّرة'],
      attr='المقاومة الإسلامية في العراق'),                                                                                       # 13
 dict(type='ATTACK', trig='L7:هجوماً', time='L7:منذ 17 تشرين الأول/أكتوبر الماضي', targets=['US'], loc='L7:العراق',
      weapons=['L7:الصواريخ', 'L7:الطائرات المسيّرة'], qty=['L7:أكثر من 60 هجوماً'], attr=PEN),                                     # 14
 dict(type='MOVEMENT', trig='L8:تتمركز', actors=['US'], loc='L8:قاعدتي عين الأسد', qty=['L8:نحو 2500 جندي', 'L8:نحو 900']),          # 15
 dict(type='ATTACK', trig='L9:غارات', time='L9:12 من الشهر الجاري', actors=['US'], targets=[IBM], loc='L9:البوكمال', qty=['L9:منشأتين']),  # 16
 dict(type='ATTACK', trig='L9:ضربات', time='L9:اليوم', actors=['US'], targets=[KH], loc='L9:الأراضي العراقية'),                       # 17
 dict(type='CONTROL', trig='L10:يخضع', time='L10:منذ عام 2014', actors=[KH], loc='L10:جرف النصر'),                                  # 18
]
TP = (D, 'part-of-day')
YP = (Y, 'part-of-day')
DD = (D, 'day')
SO = (SINCE_OCT, 'day')
NOV12 = ('2023-11-12', 'day')
forces = [
 dict(actor=KH, assets='مقران', loc=('ناحية جرف النصر', 'jurf-al-nasr'), as_of=TP, status='attacked', source=SRC, line=1, events=[1]),
 dict(actor=KH, assets='مقر للعمليات', loc=('طريق جرف النصر – المسيب', 'jurf-al-nasr-musayyib-road'), as_of=TP, status='attacked', source=SRC, line=2, events=[2]),
 dict(actor='US', loc=('قاعدة عين الأسد الجوية', 'ain-al-asad'), as_of=YP, status='attacked', source=PEN, line=3, events=[6]),
 dict(actor='US', loc=('قاعدة عين الأسد الجوية', 'ain-al-asad'), as_of=YP, status='present', source=PEN, line=3, events=[6]),
 dict(actor=KH, assets='عجلة', loc=('قضاء أبو غريب', 'abu-ghraib'), as_of=YP, status='attacked', source=PEN, line=4, events=[8]),
 dict(actor='US', loc=('قاعدة حرير', 'harir'), as_of=TP, status='attacked', source='المقاومة الإسلامية في العراق', line=6, events=[13]),
 dict(actor='US', loc=('قاعدة حرير', 'harir'), as_of=TP, status='present', source='المقاومة الإسلامية في العراق', line=6, events=[13]),
 dict(actor='US', loc=('العراق', 'iraq'), as_of=SO, status='attacked', source=PEN, line=7, events=[14]),
 dict(actor='US', loc=('سوريا', 'syria'), as_of=SO, status='attacked', source=PEN, line=7, events=[14]),
 dict(actor='US', loc=('قاعدتي التنف', 'al-tanf'), as_of=SO, status='attacked', source=PEN, line=7, events=[14]),
 dict(actor='US', loc=('حقل العمر', 'al-omar-oilfield'), as_of=SO, status='attacked', source=PEN, line=7, events=[14]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('العراق', 'iraq'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('سوريا', 'syria'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('قاعدتي عين الأسد', 'ain-al-asad'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('حرير', 'harir'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('مطار أربيل', 'erbil-airport'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor=IBM, assets='منشأة', loc=('البوكمال', 'albu-kamal'), as_of=NOV12, status='attacked', line=9, events=[16]),
 dict(actor=IBM, assets='منشأة', loc=('الميادين', 'mayadin'), as_of=NOV12, status='attacked', line=9, events=[16]),
 dict(actor=KH, loc=('جرف النصر', 'jurf-al-nasr'), as_of=(SINCE_14, 'year'), status='controls', line=10, events=[18]),
]
build('shafaq-jurf-al-nasr-strikes', None, 'شفق نيوز', D, L, ents, times, events, forces)
