from build import build
L = [
'التحالف الدولي يعلن مقتل أكثر من 100 من القوات الموالية للحكومة السورية في دير الزور',
'أعلن التحالف الدولي بقيادة الولايات المتحدة، اليوم الخميس، أنه شن ليل أمس ضربات جوية ومدفعية على قوات موالية للحكومة السورية هاجمت مقراً لـ«قوات سوريا الديمقراطية» شرق نهر الفرات في محافظة دير الزور، ما أسفر عن مقتل أكثر من 100 من المهاجمين.',
'وقال التحالف في بيان إن نحو 500 مقاتل مدعومين بدبابات ومدفعية وراجمات صواريخ تقدموا نحو موقع يبعد ثمانية كيلومترات شرق نهر الفرات قرب بلدة خشام، حيث يوجد مستشارون من التحالف إلى جانب مقاتلي «قسد».',
'وأضاف البيان أن المهاجمين أطلقوا نحو 30 قذيفة مدفعية سقطت على بعد 500 متر من المقر، قبل أن ترد قوات التحالف «دفاعاً عن النفس»، مؤكداً عدم وقوع إصابات في صفوف التحالف، فيما أصيب أحد مقاتلي «قسد».',
'في المقابل، وصفت وكالة الأنباء السورية الرسمية (سانا) الضربات بأنها «عدوان جديد» و«جريمة حرب»، وقالت إنها استهدفت «قوات شعبية» كانت تقاتل «داعش» و«قسد» في قرية خشام، ما أدى إلى سقوط عشرات القتلى والجرحى.',
'وقالت وزارة الدفاع الروسية إن 25 من «المتطوعين السوريين» أصيبوا في الضربات، موضحة أن القوة لم تنسق مع القيادة الروسية في المنطقة وكانت تقوم بعمليات استطلاع ضد خلية لـ«داعش»، ونافية مشاركة أي عسكريين روس في الهجوم.',
'وقال مسؤول عسكري أمريكي لوكالة «رويترز» إن واشنطن كانت على اتصال بموسكو قبل الهجوم وبعده عبر خط منع الاشتباك، مشيراً إلى أن نحو ألفي جندي أمريكي ينتشرون في شمال شرق سوريا لدعم «قسد» في قتال التنظيم.',
'وكانت «قوات سوريا الديمقراطية» قد سيطرت بدعم من التحالف على حقل كونيكو للغاز شرق الفرات في سبتمبر الماضي، بعد أيام من عبور القوات الحكومية السورية النهر قرب مدينة دير الزور.',
'وفي ريف دمشق، قتل ما لا يقل عن 23 مدنياً في غارات جوية شنها الطيران السوري على مدن دوما وعربين وسقبا في الغوطة الشرقية المحاصرة، وفق المرصد السوري لحقوق الإنسان، في ثالث أيام التصعيد.',
'وفي ريف حلب الجنوبي، أقام الجيش التركي الإثنين الماضي نقطة مراقبة جديدة في تلة العيس، هي السادسة ضمن اتفاق «خفض التصعيد» الموقع في أستانا، بعد دخول رتل يضم نحو 100 آلية عسكرية عبر معبر كفرلوسين.',
]
D = '2018-02-08'   # Thursday; Egyptian daily, web copy of its day
WED = '2018-02-07'
MON = '2018-02-05'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:التحالف الدولي','ACTOR','COALITION'), ('L0:أكثر من 100','QUANTITY',None,(100,True,'killed')), ('L0:القوات الموالية للحكومة السورية','ACTOR',PGM),
 ('L0:دير الزور','LOCATION','deir-ez-zor'),
 ('L1:التحالف الدولي بقيادة الولايات المتحدة','ACTOR','COALITION'), ('L1:قوات موالية للحكومة السورية','ACTOR',PGM),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:نهر الفرات','LOCATION','euphrates'), ('L1:محافظة دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L1:أكثر من 100','QUANTITY',None,(100,True,'killed')),
 ('L2:التحالف#0','ACTOR','COALITION'), ('L2:نحو 500 مقاتل','QUANTITY',None,(500,True,'fighters')), ('L2:دبابات','WEAPON','tanks'),
 ('L2:مدفعية','WEAPON','artillery'), ('L2:راجمات صواريخ','WEAPON','rocket-launchers'), ('L2:ثمانية كيلومترات','QUANTITY',None,(8,False,'km')),
 ('L2:نهر الفرات','LOCATION','euphrates'), ('L2:بلدة خشام','LOCATION','khasham'), ('L2:التحالف#1','ACTOR','COALITION'), ('L2:قسد','ACTOR','SDF'),
 ('L3:نحو 30 قذيفة مدفعية','QUANTITY',None,(30,True,'other')), ('L3:قذيفة مدفعية','WEAPON','artillery-shells'), ('L3:500 متر','QUANTITY',None,(500,False,'other')),
 ('L3:قوات التحالف','ACTOR','COALITION'), ('L3:التحالف#1','ACTOR','COALITION'), ('L3:قسد','ACTOR','SDF'),
 ('L4:وكالة الأنباء السورية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:قوات شعبية','ACTOR',PGM), ('L4:داعش','ACTOR','ISIS'), ('L4:قسد','ACTOR','SDF'),
 ('L4:قرية خشام','LOCATION','khasham'), ('L4:عشرات القتلى','QUANTITY',None,([24,99],True,'killed')),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:25','QUANTITY',None,(25,False,'wounded')), ('L5:المتطوعين السوريين','ACTOR',PGM),
 ('L5:القيادة الروسية','ACTOR','RU'), ('L5:داعش','ACTOR','ISIS'), ('L5:عسكريين روس','ACTOR','RU'),
 ('L6:رويترز','ORG','reuters'), ('L6:واشنطن','ACTOR','US'), ('L6:موسكو','ACTOR','RU'), ('L6:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')),
 ('L6:شمال شرق سوريا','LOCATION','northeast-syria'), ('L6:قسد','ACTOR','SDF'), ('L6:التنظيم','ACTOR','ISIS'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:التحالف','ACTOR','COALITION'), ('L7:حقل كونيكو للغاز','LOCATION','conoco-field'),
 ('L7:الفرات','LOCATION','euphrates'), ('L7:القوات الحكومية السورية','ACTOR','SY_GOV'), ('L7:النهر','LOCATION','euphrates'),
 ('L7:مدينة دير الزور','LOCATION','deir-ez-zor'),
 ('L8:ريف دمشق','LOCATION','damascus-countryside'), ('L8:ما لا يقل عن 23 مدنياً','QUANTITY',None,(23,True,'killed')), ('L8:الطيران السوري','ACTOR','SY_GOV'),
 ('L8:مدن دوما','LOCATION','douma'), ('L8:عربين','LOCATION','arbin'), ('L8:سقبا','LOCATION','saqba'), ('L8:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L9:ريف حلب الجنوبي','LOCATION','aleppo-south-countryside'), ('L9:الجيش التركي','ACTOR','TR'), ('L9:تلة العيس','LOCATION','al-eis'),
 ('L9:أستانا','LOCATION','astana'), ('L9:نحو 100 آلية عسكرية','QUANTITY',None,(100,True,'vehicles')), ('L9:آلية عسكرية','WEAPON','military-vehicles'),
 ('L9:معبر كفرلوسين','LOCATION','kafr-lusin-crossing'),
]
times = [
 ('L1:اليوم الخميس', D, 'day'),
 ('L1:ليل أمس', WED, 'part-of-day', {'part': 'night'}),
 ('L7:سبتمبر الماضي', '2017-09', 'month'),
 ('L9:الإثنين الماضي', MON, 'day'),
]
T = 'L1:اليوم الخميس'
N = 'L1:ليل أمس'
CO = 'التحالف الدولي'
SANA = 'وكالة الأنباء السورية الرسمية (سانا)'
RMOD = 'وزارة الدفاع الروسية'
USO = 'مسؤول عسكري أمريكي'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['COALITION'], attr=CO),                                                   # 1
 dict(type='ATTACK', trig='L1:ضربات', time=N, actors=['COALITION'], targets=[PGM], loc='L1:محافظة دير الزور', qty=['L1:أكثر من 100'], attr=CO),   # 2
 dict(type='ATTACK', trig='L1:هاجمت', time=N, actors=[PGM], targets=['SDF'], loc='L1:محافظة دير الزور', attr=CO),                    # 3
 dict(type='STATEMENT', trig='L2:بيان', actors=['COALITION'], attr=CO),                                                           # 4
 dict(type='MOVEMENT', trig='L2:تقدموا', time=N, actors=[PGM], loc='L2:بلدة خشام', weapons=['L2:دبابات', 'L2:مدفعية', 'L2:راجمات صواريخ'],
      qty=['L2:نحو 500 مقاتل'], attr=CO),                                                                                        # 5
 dict(type='ATTACK', trig='L3:أطلقوا', time=N, actors=[PGM], targets=['SDF', 'COALITION'], weapons=['L3:قذيفة مدفعية'], qty=['L3:نحو 30 قذيفة مدفعية'], attr=CO),  # 6
 dict(type='ATTACK', trig='L3:ترد', time=N, actors=['COALITION'], targets=[PGM], attr=CO),                                         # 7
 dict(type='ATTACK', trig='L3:أصيب', time=N, actors=[PGM], targets=['SDF'], attr=CO),                                              # 8
 dict(type='ATTACK', trig='L4:استهدفت', time=N, actors=['COALITION'], targets=[PGM], loc='L4:قرية خشام', qty=['L4:عشرات القتلى'], attr=SANA),   # 9
 dict(type='ATTACK', trig='L4:تقاتل', actors=[PGM, 'ISIS', 'SDF'], loc='L4:قرية خشام', attr=SANA),                                  # 10
 dict(type='STATEMENT', trig='L5:قالت', actors=['RU'], attr=RMOD),                                                                # 11
 dict(type='ATTACK', trig='L5:الضربات', time=N, actors=['COALITION'], targets=[PGM], qty=['L5:25'], attr=RMOD),                       # 12
 dict(type='OPERATION', trig='L5:عمليات استطلاع', actors=[PGM], targets=['ISIS'], attr=RMOD),                                         # 13
 dict(type='ATTACK', trig='L5:الهجوم', mod='denied', time=N, actors=['RU'], attr=RMOD),                                            # 14
 dict(type='ATTACK', trig='L6:الهجوم', time=N, actors=[PGM], targets=['SDF'], attr=USO),                                           # 15
 dict(type='MOVEMENT', trig='L6:ينتشرون', actors=['US'], loc='L6:شمال شرق سوريا', qty=['L6:نحو ألفي جندي'], attr=USO),                # 16
 dict(type='CONTROL', trig='L7:سيطرت', time='L7:سبتمبر الماضي', actors=['SDF'], loc='L7:حقل كونيكو للغاز'),                          # 17
 dict(type='MOVEMENT', trig='L7:عبور', time='L7:سبتمبر الماضي', actors=['SY_GOV'], loc='L7:النهر'),                                  # 18
 dict(type='ATTACK', trig='L8:غارات', actors=['SY_GOV'], loc='L8:مدن دوما', qty=['L8:ما لا يقل عن 23 مدنياً'], attr='المرصد السوري لحقوق الإنسان'),  # 19
 dict(type='BASE', trig='L9:أقام', time='L9:الإثنين الماضي', actors=['TR'], loc='L9:تلة العيس'),                                      # 20
 dict(type='AGREEMENT', trig='L9:اتفاق', loc='L9:أستانا'),                                                                        # 21
 dict(type='MOVEMENT', trig='L9:دخول', time='L9:الإثنين الماضي', actors=['TR'], loc='L9:معبر كفرلوسين', weapons=['L9:آلية عسكرية'],
      qty=['L9:نحو 100 آلية عسكرية']),                                                                                          # 22
]
ND = (WED, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor=PGM, loc=('محافظة دير الزور', 'deir-ez-zor-governorate'), as_of=ND, status='attacked', source=CO, line=1, events=[2]),
 dict(actor='SDF', loc=('محافظة دير الزور', 'deir-ez-zor-governorate'), as_of=ND, status='attacked', source=CO, line=1, events=[3]),
 dict(actor=PGM, strength=(500, True, 'fighters'), assets='دبابات ومدفعية وراجمات صواريخ', loc=('بلدة خشام', 'khasham'), as_of=ND,
      status='present', source=CO, line=2, events=[5]),
 dict(actor='COALITION', loc=('بلدة خشام', 'khasham'), as_of=ND, status='present', source=CO, line=2, events=[5]),
 dict(actor='SDF', loc=('بلدة خشام', 'khasham'), as_of=ND, status='present', source=CO, line=2, events=[5]),
 dict(actor=PGM, loc=('قرية خشام', 'khasham'), as_of=ND, status='attacked', source=SANA, line=4, events=[9]),
 dict(actor=PGM, loc=('قرية خشام', 'khasham'), as_of=ND, status='present', source=SANA, line=4, events=[10]),
 dict(actor='ISIS', loc=('قرية خشام', 'khasham'), as_of=ND, status='present', source=SANA, line=4, events=[10]),
 dict(actor='SDF', loc=('قرية خشام', 'khasham'), as_of=ND, status='present', source=SANA, line=4, events=[10]),
 dict(actor='US', strength=(2000, True, 'troops'), loc=('شمال شرق سوريا', 'northeast-syria'), as_of=TD, status='present', source=USO, line=6, events=[16]),
 dict(actor='SDF', loc=('حقل كونيكو للغاز', 'conoco-field'), as_of=('2017-09', 'month'), status='controls', line=7, events=[17]),
 dict(actor='TR', strength=(100, True, 'vehicles'), assets='نقطة مراقبة', loc=('تلة العيس', 'al-eis'), as_of=(MON, 'day'), status='arrived',
      line=9, events=[20, 22]),
]
build('alwafd-khasham-strikes', None, 'الوفد', D, L, ents, times, events, forces)
