from build import build
L = [
'غارات إسرائيلية تشعل حرائق في ميناء اللاذقية للمرة الثانية خلال الشهر',
'أبوظبي - سكاي نيوز عربية',
'أعلن الجيش السوري، فجر الثلاثاء، أن إسرائيل شنّت هجوماً صاروخياً استهدف ساحة الحاويات في ميناء اللاذقية التجاري، ما أدى إلى اندلاع حرائق كبيرة وأضرار مادية جسيمة.',
'ونقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري قوله إن "العدو الإسرائيلي نفذ عند الساعة 3:21 من فجر اليوم عدواناً جوياً بعدة صواريخ من اتجاه البحر المتوسط غرب اللاذقية".',
'وأوضح المصدر أن وسائط الدفاع الجوي تصدت لعدد من الصواريخ المعادية، وأن فرق الإطفاء لا تزال تعمل على إخماد النيران، من دون أن يشير إلى وقوع إصابات بشرية.',
'وهذه هي المرة الثانية التي يُستهدف فيها الميناء خلال ديسمبر الجاري، بعد ضربة مماثلة في السابع من الشهر طالت حاويات في الساحة ذاتها، وقالت دمشق حينها إنها لم تسفر عن إصابات.',
'من جهته، قال المرصد السوري لحقوق الإنسان إن الضربات استهدفت شحنة أسلحة وذخائر تعود لميليشيات موالية لإيران، كانت قد وصلت إلى الميناء قبل أيام، مشيراً إلى سماع دوي انفجارات متتالية في المدينة.',
'ولم يصدر تعليق فوري من الجيش الإسرائيلي، الذي نادراً ما يعلق على ضرباته في سوريا، لكنه يقول إنه نفذ مئات الغارات منذ 2011 لمنع إيران من ترسيخ وجودها العسكري ونقل أسلحة متطورة إلى "حزب الله" اللبناني.',
'ويقع ميناء اللاذقية على بعد نحو 25 كيلومتراً من قاعدة حميميم الجوية، حيث تنتشر القوات الروسية منذ تدخلها العسكري في سوريا عام 2015، فيما تحتفظ موسكو أيضاً بقاعدة بحرية في ميناء طرطوس.',
'وكانت وسائل إعلام رسمية سورية قد ذكرت في وقت سابق من الشهر أن طائرات إسرائيلية أطلقت صواريخ على مواقع قرب مطار دمشق الدولي، فيما كانت ضربة السابع من ديسمبر الأولى على ميناء اللاذقية منذ اندلاع الحرب عام 2011.',
'وفي الجنوب، قالت مصادر محلية إن الجيش السوري دفع، مساء الاثنين، بتعزيزات عسكرية إلى محيط مدينة القنيطرة قرب خط فصل القوات في الجولان، وسط تحليق مكثف لطائرات استطلاع إسرائيلية.',
]
D = '2021-12-28'   # Tuesday; Abu Dhabi channel's website, copy of its day
ISR = 'OTHER:israel'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:ميناء اللاذقية','LOCATION','latakia-port'),
 ('L1:أبوظبي','LOCATION','abu-dhabi'), ('L1:سكاي نيوز عربية','ORG','sky-news-arabia'),
 ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:إسرائيل','ACTOR',ISR), ('L2:ساحة الحاويات','LOCATION','latakia-port-container-yard'),
 ('L2:ميناء اللاذقية التجاري','LOCATION','latakia-port'),
 ('L3:وكالة الأنباء السورية','ORG','sana'), ('L3:سانا','ORG','sana'), ('L3:العدو الإسرائيلي','ACTOR',ISR),
 ('L3:عدة صواريخ','QUANTITY',None,([3,9],True,'missiles')), ('L3:صواريخ','WEAPON','missiles'), ('L3:البحر المتوسط','LOCATION','mediterranean'),
 ('L3:اللاذقية','LOCATION','latakia'),
 ('L4:وسائط الدفاع الجوي','WEAPON','air-defences'), ('L4:الصواريخ','WEAPON','missiles'),
 ('L5:الميناء','LOCATION','latakia-port'), ('L5:الساحة','LOCATION','latakia-port-container-yard'), ('L5:دمشق','ACTOR','SY_GOV'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:أسلحة','WEAPON','weapons'), ('L6:ذخائر','WEAPON','ammunition'),
 ('L6:ميليشيات موالية لإيران','ACTOR',IBM), ('L6:الميناء','LOCATION','latakia-port'), ('L6:المدينة','LOCATION','latakia'),
 ('L7:الجيش الإسرائيلي','ACTOR',ISR), ('L7:سوريا','LOCATION','syria'), ('L7:مئات الغارات','QUANTITY',None,([100,999],True,'other')),
 ('L7:إيران','ACTOR','IR'), ('L7:أسلحة متطورة','WEAPON','advanced-weapons'), ('L7:حزب الله','ACTOR','HEZBOLLAH'),
 ('L8:ميناء اللاذقية','LOCATION','latakia-port'), ('L8:نحو 25 كيلومتراً','QUANTITY',None,(25,True,'km')), ('L8:قاعدة حميميم الجوية','LOCATION','hmeimim-airbase'),
 ('L8:القوات الروسية','ACTOR','RU'), ('L8:سوريا','LOCATION','syria'), ('L8:موسكو','ACTOR','RU'), ('L8:قاعدة بحرية','LOCATION','tartus-naval-base'),
 ('L8:ميناء طرطوس','LOCATION','tartus-port'),
 ('L9:طائرات إسرائيلية','WEAPON','warplanes'), ('L9:صواريخ','WEAPON','missiles'), ('L9:مطار دمشق الدولي','LOCATION','damascus-airport'),
 ('L9:ميناء اللاذقية','LOCATION','latakia-port'),
 ('L10:الجيش السوري','ACTOR','SY_GOV'), ('L10:محيط مدينة القنيطرة','LOCATION','quneitra'), ('L10:خط فصل القوات','LOCATION','golan-disengagement-line'),
 ('L10:الجولان','LOCATION','golan'), ('L10:طائرات استطلاع إسرائيلية','WEAPON','reconnaissance-drones'),
]
times = [
 ('L0:خلال الشهر', '2021-12', 'month'),
 ('L2:فجر الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L3:الساعة 3:21 من فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:ديسمبر الجاري', '2021-12', 'month'),
 ('L5:السابع من الشهر', '2021-12-07', 'day'),
 ('L6:قبل أيام', None, 'vague', {'relation': 'before'}),
 ('L7:منذ 2011', '2011/2021', 'year'),
 ('L8:عام 2015', '2015', 'year'),
 ('L9:في وقت سابق من الشهر', '2021-12', 'month'),
 ('L9:السابع من ديسمبر', '2021-12-07', 'day'),
 ('L9:عام 2011', '2011', 'year'),
 ('L10:مساء الاثنين', '2021-12-27', 'part-of-day', {'part': 'evening'}),
]
F = 'L2:فجر الثلاثاء'
SRC = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=F, actors=['SY_GOV'], attr='الجيش السوري'),                                              # 1
 dict(type='ATTACK', trig='L2:هجوماً صاروخياً', time=F, actors=[ISR], loc='L2:ساحة الحاويات', attr='الجيش السوري'),                    # 2
 dict(type='ATTACK', trig='L3:عدواناً جوياً', time='L3:الساعة 3:21 من فجر اليوم', actors=[ISR], loc='L3:اللاذقية',
      weapons=['L3:صواريخ'], qty=['L3:عدة صواريخ'], attr=SRC),                                                                      # 3
 dict(type='ATTACK', trig='L4:تصدت', time=F, actors=['SY_GOV'], targets=[ISR], weapons=['L4:وسائط الدفاع الجوي'], attr=SRC),            # 4
 dict(type='ATTACK', trig='L5:ضربة', time='L5:السابع من الشهر', actors=[ISR], loc='L5:الساحة'),                                          # 5
 dict(type='STATEMENT', trig='L5:قالت', time='L5:السابع من الشهر', actors=['SY_GOV'], attr='دمشق'),                                      # 6
 dict(type='ATTACK', trig='L6:الضربات', time=F, actors=[ISR], targets=[IBM], loc='L6:الميناء', attr=SOHR),                               # 7
 dict(type='MOVEMENT', trig='L6:وصلت', time='L6:قبل أيام', actors=[IBM], loc='L6:الميناء', weapons=['L6:أسلحة', 'L6:ذخائر'], attr=SOHR),  # 8
 dict(type='ATTACK', trig='L7:الغارات', time='L7:منذ 2011', actors=[ISR], targets=['IR', 'HEZBOLLAH'], loc='L7:سوريا', qty=['L7:مئات الغارات'],
      attr='الجيش الإسرائيلي'),                                                                                                        # 9
 dict(type='MOVEMENT', trig='L8:تنتشر', time='L8:عام 2015', actors=['RU'], loc='L8:قاعدة حميميم الجوية'),                              # 10
 dict(type='CONTROL', trig='L8:تحتفظ', actors=['RU'], loc='L8:ميناء طرطوس'),                                                          # 11
 dict(type='ATTACK', trig='L9:أطلقت', time='L9:في وقت سابق من الشهر', actors=[ISR], loc='L9:مطار دمشق الدولي',
      weapons=['L9:طائرات إسرائيلية', 'L9:صواريخ'], attr='وسائل إعلام رسمية سورية'),                                                   # 12
 dict(type='ATTACK', trig='L9:ضربة', time='L9:السابع من ديسمبر', actors=[ISR], loc='L9:ميناء اللاذقية'),                              # 13
 dict(type='MOVEMENT', trig='L10:دفع', time='L10:مساء الاثنين', actors=['SY_GOV'], loc='L10:محيط مدينة القنيطرة', attr='مصادر محلية'),   # 14
]
TD = (D, 'day')
forces = [
 dict(actor=IBM, assets='شحنة أسلحة وذخائر', loc=('الميناء', 'latakia-port'), as_of=(D, 'part-of-day'), status='attacked', source=SOHR, line=6, events=[7]),
 dict(actor=IBM, assets='شحنة أسلحة وذخائر', loc=('الميناء', 'latakia-port'), as_of=(None, 'vague'), status='arrived', source=SOHR, line=6, events=[8]),
 dict(actor='RU', loc=('قاعدة حميميم الجوية', 'hmeimim-airbase'), as_of=('2015', 'year'), status='present', line=8, events=[10]),
 dict(actor='RU', assets='قاعدة بحرية', loc=('ميناء طرطوس', 'tartus-port'), as_of=TD, status='controls', line=8, events=[11]),
 dict(actor='SY_GOV', assets='تعزيزات عسكرية', loc=('محيط مدينة القنيطرة', 'quneitra'), as_of=('2021-12-27', 'part-of-day'), status='reinforced',
      source='مصادر محلية', line=10, events=[14]),
]
build('skynews-latakia-port-strike', None, 'سكاي نيوز عربية', D, L, ents, times, events, forces)
