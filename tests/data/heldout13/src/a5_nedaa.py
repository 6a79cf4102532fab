from build import build
L = [
'مجزرة روسية بحق "فيلق الشام" في جبل الدويلة.. والفصائل ترد بقصف مواقع ميليشيات أسد',
'نداء سوريا - إدلب',
'ارتكب الطيران الحربي الروسي، صباح اليوم الاثنين، مجزرة بحق مقاتلي "فيلق الشام" المنضوي في "الجبهة الوطنية للتحرير"، إثر غارات جوية استهدفت معسكراً تدريبياً تابعاً له في جبل الدويلة قرب بلدة كفرتخاريم بريف إدلب الشمالي الغربي.',
'وأفاد مراسل "نداء سوريا" بأن حصيلة القصف ارتفعت إلى 78 قتيلاً وأكثر من 90 جريحاً بينهم قياديون في الفصيل، فيما تواصل فرق الدفاع المدني انتشال الضحايا من تحت الأنقاض وسط تحليق مكثف لطائرات الاستطلاع الروسية.',
'وقال الناطق باسم "الجبهة الوطنية للتحرير" النقيب ناجي مصطفى لـ"نداء سوريا" إن الفصائل بدأت ظهر اليوم "رداً مدفعياً وصاروخياً" على مواقع ميليشيات أسد والميليشيات الإيرانية في ريفي إدلب وحماة وريف اللاذقية، مؤكداً تدمير عدة مواقع ونقاط تمركز.',
'ويُعد "فيلق الشام" من أكبر فصائل "الجبهة الوطنية" وأقربها إلى أنقرة، ويقدر عدد مقاتليه بنحو 8 آلاف مقاتل ينتشرون في ريفي إدلب وحلب.',
'وتأتي الغارات بعد أيام من بدء الجيش التركي، الثلاثاء الماضي، سحب نقطة المراقبة في مورك بريف حماة الشمالي، التي تحاصرها ميليشيات أسد منذ آب 2019.',
'وفي ريف اللاذقية الشمالي، أحبطت فصائل المعارضة مساء أمس الأحد محاولة تسلل لميليشيات أسد قرب بلدة كبانة، وقتلت أربعة من عناصرها، بحسب المراسل.',
'في غضون ذلك، زعم مركز المصالحة الروسي في قاعدة حميميم أن "المسلحين" نفذوا 32 عملية قصف على مواقع قوات النظام في منطقة خفض التصعيد خلال الساعات الـ24 الماضية.',
'يُذكر أن منطقة "خفض التصعيد" شمال غربي سوريا تخضع لاتفاق وقف إطلاق النار الموقع بين موسكو وأنقرة في الخامس من آذار الماضي، والذي تخرقه ميليشيات أسد وروسيا بشكل شبه يومي.',
]
D = '2020-10-26'   # Monday; web copy of its own day
FAY = 'OTHER:faylaq-al-sham'
NFL = 'OTHER:national-front-for-liberation'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:فيلق الشام','ACTOR',FAY), ('L0:جبل الدويلة','LOCATION','jabal-al-duwayla'), ('L0:الفصائل','ACTOR',NFL), ('L0:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L1:نداء سوريا','ORG','nedaa-syria'), ('L1:إدلب','LOCATION','idlib'),
 ('L2:الطيران الحربي الروسي','ACTOR','RU'), ('L2:فيلق الشام','ACTOR',FAY), ('L2:الجبهة الوطنية للتحرير','ACTOR',NFL),
 ('L2:جبل الدويلة','LOCATION','jabal-al-duwayla'), ('L2:بلدة كفرتخاريم','LOCATION','kafr-takharim'),
 ('L2:ريف إدلب الشمالي الغربي','LOCATION','idlib-northwest-countryside'),
 ('L3:نداء سوريا','ORG','nedaa-syria'), ('L3:78 قتيلاً','QUANTITY',None,(78,False,'killed')),
 ('L3:أكثر من 90 جريحاً','QUANTITY',None,(90,True,'wounded')), ('L3:الفصيل','ACTOR',FAY), ('L3:الدفاع المدني','ORG','syria-civil-defence'),
 ('L3:طائرات الاستطلاع','WEAPON','reconnaissance-drones'),
 ('L4:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L4:ناجي مصطفى','PERSON','naji-mustafa'), ('L4:نداء سوريا','ORG','nedaa-syria'),
 ('L4:الفصائل','ACTOR',NFL), ('L4:ميليشيات أسد','ACTOR','SY_GOV'), ('L4:الميليشيات الإيرانية','ACTOR',IBM),
 ('L4:ريفي إدلب','LOCATION','idlib-countryside'), ('L4:حماة','LOCATION','hama-countryside'), ('L4:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L5:فيلق الشام','ACTOR',FAY), ('L5:الجبهة الوطنية','ACTOR',NFL), ('L5:أنقرة','ACTOR','TR'),
 ('L5:نحو 8 آلاف مقاتل','QUANTITY',None,(8000,True,'fighters')), ('L5:ريفي إدلب','LOCATION','idlib-countryside'), ('L5:حلب','LOCATION','aleppo-countryside'),
 ('L6:الجيش التركي','ACTOR','TR'), ('L6:مورك','LOCATION','morek'), ('L6:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L6:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L7:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'), ('L7:فصائل المعارضة','ACTOR','FSA'),
 ('L7:ميليشيات أسد','ACTOR','SY_GOV'), ('L7:بلدة كبانة','LOCATION','kabani'), ('L7:أربعة','QUANTITY',None,(4,False,'killed')),
 ('L8:مركز المصالحة الروسي','ACTOR','RU'), ('L8:قاعدة حميميم','LOCATION','hmeimim-airbase'), ('L8:المسلحين','ACTOR','FSA'),
 ('L8:32 عملية قصف','QUANTITY',None,(32,False,'other')), ('L8:قوات النظام','ACTOR','SY_GOV'),
 ('L8:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'),
 ('L9:منطقة "خفض التصعيد"','LOCATION','idlib-de-escalation-zone'), ('L9:شمال غربي سوريا','LOCATION','northwest-syria'),
 ('L9:موسكو','ACTOR','RU'), ('L9:أنقرة','ACTOR','TR'), ('L9:ميليشيات أسد','ACTOR','SY_GOV'), ('L9:روسيا','ACTOR','RU'),
]
SINCE = '2019-08/2020-10'
H24 = '2020-10-25/' + D
times = [
 ('L2:صباح اليوم الاثنين', D, 'part-of-day', {'part':'morning'}),
 ('L4:ظهر اليوم', D, 'part-of-day', {'part':'noon'}),
 ('L6:الثلاثاء الماضي', '2020-10-20', 'day'),
 ('L6:منذ آب 2019', SINCE, 'month'),
 ('L7:مساء أمس الأحد', '2020-10-25', 'part-of-day', {'part':'evening'}),
 ('L8:خلال الساعات الـ24 الماضية', H24, 'day'),
 ('L9:الخامس من آذار الماضي', '2020-03-05', 'day'),
]
COR = 'مراسل نداء سوريا'
NAJI = 'ناجي مصطفى (نداء سوريا)'
RCC = 'مركز المصالحة الروسي'
MORN = 'L2:صباح اليوم الاثنين'
events = [
 dict(type='ATTACK', trig='L2:غارات جوية', time=MORN, actors=['RU'], targets=[FAY], loc='L2:جبل الدويلة'),                            # 1
 dict(type='ATTACK', trig='L3:القصف', time=MORN, targets=[FAY], attr=COR, qty=['L3:78 قتيلاً','L3:أكثر من 90 جريحاً']),              # 2
 dict(type='STATEMENT', trig='L4:قال', actors=[NFL], attr=NAJI),                                                                     # 3
 dict(type='ATTACK', trig='L4:رداً مدفعياً', time='L4:ظهر اليوم', actors=[NFL], targets=['SY_GOV',IBM], loc='L4:ريفي إدلب', attr=NAJI),  # 4
 dict(type='MOVEMENT', trig='L5:ينتشرون', actors=[FAY], loc='L5:ريفي إدلب', qty=['L5:نحو 8 آلاف مقاتل']),                            # 5
 dict(type='ATTACK', trig='L6:الغارات', time=MORN),                                                                                  # 6
 dict(type='WITHDRAWAL', trig='L6:سحب', time='L6:الثلاثاء الماضي', actors=['TR'], loc='L6:مورك'),                                    # 7
 dict(type='OPERATION', trig='L6:تحاصرها', time='L6:منذ آب 2019', actors=['SY_GOV'], targets=['TR'], loc='L6:مورك'),                 # 8
 dict(type='ATTACK', trig='L7:أحبطت', time='L7:مساء أمس الأحد', actors=['FSA'], targets=['SY_GOV'], loc='L7:بلدة كبانة', attr=COR),   # 9
 dict(type='MOVEMENT', trig='L7:تسلل', time='L7:مساء أمس الأحد', actors=['SY_GOV'], loc='L7:بلدة كبانة', attr=COR),                   # 10
 dict(type='ATTACK', trig='L7:قتلت', time='L7:مساء أمس الأحد', actors=['FSA'], targets=['SY_GOV'], attr=COR, qty=['L7:أربعة']),       # 11
 dict(type='STATEMENT', trig='L8:زعم', actors=['RU'], attr=RCC),                                                                     # 12
 dict(type='ATTACK', trig='L8:قصف', time='L8:خلال الساعات الـ24 الماضية', actors=['FSA'], targets=['SY_GOV'], loc='L8:منطقة خفض التصعيد',
      attr=RCC, qty=['L8:32 عملية قصف']),                                                                                            # 13
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:الخامس من آذار الماضي', actors=['RU','TR']),                                      # 14
]
MP = (D, 'part-of-day')
OD = (D, 'day')
SG = (SINCE, 'month')
forces = [
 dict(actor=FAY, assets='معسكر تدريبي', loc=('جبل الدويلة','jabal-al-duwayla'), as_of=MP, status='attacked', line=2, events=[1]),
 dict(actor=FAY, assets='معسكر تدريبي', loc=('جبل الدويلة','jabal-al-duwayla'), as_of=MP, status='present', line=2, events=[1]),
]
for act in ('SY_GOV', IBM):
    for place, slug in (('ريفي إدلب','idlib-countryside'), ('حماة','hama-countryside'), ('ريف اللاذقية','latakia-countryside')):
        forces.append(dict(actor=act, assets='مواقع', loc=(place, slug), as_of=MP, status='attacked', source=NAJI, line=4, events=[4]))
forces += [
 dict(actor=FAY, strength=(8000, True, 'fighters'), loc=('ريفي إدلب','idlib-countryside'), as_of=OD, status='present', line=5, events=[5]),
 dict(actor=FAY, strength=(8000, True, 'fighters'), loc=('حلب','aleppo-countryside'), as_of=OD, status='present', line=5, events=[5]),
 dict(actor='TR', assets='نقطة المراقبة', loc=('مورك','morek'), as_of=('2020-10-20', 'day'), status='withdrawn', line=6, events=[7]),
 dict(actor='SY_GOV', loc=('مورك','morek'), as_of=SG, status='present', line=6, events=[8]),
 dict(actor='TR', assets='نقطة المراقبة', loc=('مورك','morek'), as_of=SG, status='present', line=6, events=[8]),
 dict(actor='FSA', loc=('بلدة كبانة','kabani'), as_of=('2020-10-25', 'part-of-day'), status='present', source=COR, line=7, events=[9, 11]),
 dict(actor='SY_GOV', loc=('بلدة كبانة','kabani'), as_of=('2020-10-25', 'part-of-day'), status='present', source=COR, line=7, events=[9, 10]),
 dict(actor='SY_GOV', assets='مواقع', loc=('منطقة خفض التصعيد','idlib-de-escalation-zone'), as_of=(H24, 'day'), status='attacked', source=RCC,
      line=8, events=[13]),
 dict(actor='RU', assets='مركز المصالحة', loc=('قاعدة حميميم','hmeimim-airbase'), as_of=OD, status='present', line=8, events=[]),
]
build('nedaa-jabal-al-duwayla', None, 'نداء سوريا', D, L, ents, times, events, forces)
