from build import build
L = [
'الجيش التركي يبدأ إخلاء نقطة مورك المحاصرة شمالي حماة',
'ريف حماة (سمارت) - بدأ الجيش التركي، الثلاثاء، إخلاء نقطة المراقبة التاسعة في مدينة مورك شمالي حماة، التي تحاصرها قوات النظام السوري منذ آب 2019.',
'وقال مراسل "سمارت" إن رتلاً مؤلفاً من نحو 40 شاحنة وآلية عسكرية خرج من النقطة صباح الثلاثاء، محملاً بكتل إسمنتية ومعدات لوجستية، وسلك الطريق الدولي دمشق - حلب "M5" باتجاه الشمال، وسط مرافقة من الشرطة العسكرية الروسية.',
'وأضاف المراسل أن عناصر من قوات النظام انتشروا في محيط النقطة فور خروج الرتل، فيما بقي داخلها عدد من الجنود الأتراك لاستكمال تفكيك التحصينات خلال الأيام المقبلة.',
'ولم تعلق وزارة الدفاع التركية رسمياً على الانسحاب، إلا أن مصدراً عسكرياً في "الجيش الوطني السوري" قال لـ"سمارت" إن الخطوة جاءت بتفاهم بين أنقرة وموسكو، وإن النقاط التركية في الصرمان وشير مغار ومعرحطاط ستُخلى تباعاً.',
'وبالتزامن، وصل رتل تركي جديد يضم نحو 30 آلية، بينها دبابات وراجمات صواريخ، إلى النقاط التركية في جبل الزاوية جنوبي إدلب، بعد دخوله من معبر كفرلوسين الحدودي، بحسب المراسل.',
'في المقابل، قصفت قوات النظام بالمدفعية الثقيلة مساء الإثنين قرى الفطيرة وكنصفرة وسفوهن في جبل الزاوية، ما أدى إلى إصابة ثلاثة مدنيين، وفق "الدفاع المدني السوري".',
'كما استهدفت طائرات حربية روسية بغارات جوية أطراف بلدة البارة، من دون ورود أنباء عن إصابات.',
'وينتشر في منطقة "خفض التصعيد" بإدلب أكثر من 10 آلاف جندي تركي موزعين على نحو 60 نقطة وقاعدة عسكرية، بحسب تقديرات معارضة، أقيم معظمها بعد اتفاق وقف إطلاق النار الموقع بين أنقرة وموسكو في الخامس من آذار الماضي.',
'وتسيطر "هيئة تحرير الشام" وفصائل "الجبهة الوطنية للتحرير" على معظم محافظة إدلب، حيث يقيم نحو ثلاثة ملايين شخص، نصفهم تقريباً من النازحين.',
]
D = '2020-10-20'   # Tuesday; agency web copy of its own day: الثلاثاء is today
SINCE = '2019-08/2020-10'
ents = [
 ('L0:الجيش التركي','ACTOR','TR'), ('L0:نقطة مورك','LOCATION','morek-observation-post'), ('L0:حماة','LOCATION','hama'),
 ('L1:ريف حماة','LOCATION','hama-countryside'), ('L1:سمارت','ORG','smart'), ('L1:الجيش التركي','ACTOR','TR'),
 ('L1:نقطة المراقبة التاسعة','LOCATION','morek-observation-post'), ('L1:مدينة مورك','LOCATION','morek'), ('L1:حماة#1','LOCATION','hama'),
 ('L1:قوات النظام السوري','ACTOR','SY_GOV'),
 ('L2:سمارت','ORG','smart'), ('L2:نحو 40 شاحنة وآلية عسكرية','QUANTITY',None,(40,True,'vehicles')),
 ('L2:شاحنة وآلية عسكرية','WEAPON','military-vehicles'), ('L2:النقطة','LOCATION','morek-observation-post'),
 ('L2:الطريق الدولي دمشق - حلب "M5"','LOCATION','m5-highway'), ('L2:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:النقطة','LOCATION','morek-observation-post'), ('L3:الجنود الأتراك','ACTOR','TR'),
 ('L4:وزارة الدفاع التركية','ACTOR','TR'), ('L4:الجيش الوطني السوري','ACTOR','FSA'), ('L4:سمارت','ORG','smart'),
 ('L4:أنقرة','ACTOR','TR'), ('L4:موسكو','ACTOR','RU'), ('L4:الصرمان','LOCATION','al-sarman'), ('L4:شير مغار','LOCATION','shir-mughar'),
 ('L4:معرحطاط','LOCATION','maar-hattat'),
 ('L5:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L5:آلية','WEAPON','military-vehicles'), ('L5:دبابات','WEAPON','tanks'),
 ('L5:راجمات صواريخ','WEAPON','rocket-launchers'), ('L5:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L5:إدلب','LOCATION','idlib'),
 ('L5:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:المدفعية الثقيلة','WEAPON','artillery'), ('L6:الفطيرة','LOCATION','al-fatira'),
 ('L6:كنصفرة','LOCATION','kansafra'), ('L6:سفوهن','LOCATION','safuhun'), ('L6:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L6:ثلاثة مدنيين','QUANTITY',None,(3,False,'wounded')), ('L6:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L7:طائرات حربية','WEAPON','warplanes'), ('L7:بلدة البارة','LOCATION','al-bara'),
 ('L8:منطقة "خفض التصعيد"','LOCATION','idlib-de-escalation-zone'), ('L8:إدلب','LOCATION','idlib'),
 ('L8:أكثر من 10 آلاف جندي','QUANTITY',None,(10000,True,'troops')), ('L8:نحو 60 نقطة وقاعدة عسكرية','QUANTITY',None,(60,True,'other')),
 ('L8:أنقرة','ACTOR','TR'), ('L8:موسكو','ACTOR','RU'),
 ('L9:هيئة تحرير الشام','ACTOR','NUSRA'), ('L9:فصائل "الجبهة الوطنية للتحرير"','ACTOR','FSA'),
 ('L9:معظم محافظة إدلب','LOCATION','idlib-governorate'), ('L9:نحو ثلاثة ملايين شخص','QUANTITY',None,(3000000,True,'people')),
]
times = [
 ('L1:الثلاثاء', D, 'day'),
 ('L1:منذ آب 2019', SINCE, 'month'),
 ('L2:صباح الثلاثاء', D, 'part-of-day', {'part':'morning'}),
 ('L3:خلال الأيام المقبلة', D+'/', 'vague', {'relation':'after'}),
 ('L6:مساء الإثنين', '2020-10-19', 'part-of-day', {'part':'evening'}),
 ('L8:الخامس من آذار الماضي', '2020-03-05', 'day'),
]
COR = 'مراسل سمارت'
NA = 'مصدر عسكري في الجيش الوطني السوري (سمارت)'
CD = 'الدفاع المدني السوري'
EST = 'تقديرات معارضة'
TUE = 'L1:الثلاثاء'
MORN = 'L2:صباح الثلاثاء'
events = [
 dict(type='WITHDRAWAL', trig='L1:إخلاء', time=TUE, actors=['TR'], loc='L1:نقطة المراقبة التاسعة'),                                # 1
 dict(type='OPERATION', trig='L1:تحاصرها', time='L1:منذ آب 2019', actors=['SY_GOV'], targets=['TR'], loc='L1:نقطة المراقبة التاسعة'),  # 2
 dict(type='WITHDRAWAL', trig='L2:خرج', time=MORN, actors=['TR'], loc='L2:النقطة', attr=COR,
      weapons=['L2:شاحنة وآلية عسكرية'], qty=['L2:نحو 40 شاحنة وآلية عسكرية']),                                                  # 3
 dict(type='MOVEMENT', trig='L2:سلك', time=MORN, actors=['TR'], loc='L2:الطريق الدولي دمشق - حلب "M5"', attr=COR),               # 4
 dict(type='MOVEMENT', trig='L3:انتشروا', time=MORN, actors=['SY_GOV'], loc='L3:النقطة', attr=COR),                                 # 5
 dict(type='WITHDRAWAL', trig='L3:خروج', time=MORN, actors=['TR'], attr=COR),                                                        # 6
 dict(type='WITHDRAWAL', trig='L4:الانسحاب', time=TUE, actors=['TR']),                                                              # 7
 dict(type='AGREEMENT', trig='L4:تفاهم', actors=['TR','RU'], attr=NA),                                                               # 8
 dict(type='WITHDRAWAL', trig='L4:ستُخلى', mod='planned', actors=['TR'], loc='L4:الصرمان', attr=NA),                                # 9
 dict(type='MOVEMENT', trig='L5:وصل', time=TUE, actors=['TR'], loc='L5:جبل الزاوية', attr=COR,
      weapons=['L5:آلية','L5:دبابات','L5:راجمات صواريخ'], qty=['L5:نحو 30 آلية']),                                              # 10
 dict(type='MOVEMENT', trig='L5:دخوله', time=TUE, actors=['TR'], loc='L5:معبر كفرلوسين الحدودي', attr=COR),                         # 11
 dict(type='ATTACK', trig='L6:قصفت', time='L6:مساء الإثنين', actors=['SY_GOV'], loc='L6:الفطيرة', attr=CD,
      weapons=['L6:المدفعية الثقيلة'], qty=['L6:ثلاثة مدنيين']),                                                                 # 12
 dict(type='ATTACK', trig='L7:استهدفت', actors=['RU'], loc='L7:بلدة البارة', weapons=['L7:طائرات حربية']),                         # 13
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['TR'], loc='L8:منطقة "خفض التصعيد"', attr=EST, qty=['L8:أكثر من 10 آلاف جندي']),  # 14
 dict(type='BASE', trig='L8:أقيم', actors=['TR'], attr=EST),                                                                          # 15
 dict(type='AGREEMENT', trig='L8:وقف إطلاق النار', time='L8:الخامس من آذار الماضي', actors=['TR','RU']),                            # 16
 dict(type='CONTROL', trig='L9:تسيطر', actors=['NUSRA','FSA'], loc='L9:معظم محافظة إدلب'),                                          # 17
]
OD = (D, 'day')
MP = (D, 'part-of-day')
SG = (SINCE, 'month')
forces = [
 dict(actor='TR', assets='نقطة المراقبة التاسعة', loc=('نقطة المراقبة التاسعة','morek-observation-post'), as_of=OD, status='withdrawn',
      line=1, events=[1]),
 dict(actor='SY_GOV', loc=('نقطة المراقبة التاسعة','morek-observation-post'), as_of=SG, status='present', line=1, events=[2]),
 dict(actor='TR', assets='نقطة المراقبة التاسعة', loc=('نقطة المراقبة التاسعة','morek-observation-post'), as_of=SG, status='present',
      line=1, events=[2]),
 dict(actor='TR', strength=(40, True, 'vehicles'), assets='رتل من نحو 40 شاحنة وآلية عسكرية', loc=('النقطة','morek-observation-post'),
      as_of=MP, status='withdrawn', source=COR, line=2, events=[3]),
 dict(actor='SY_GOV', assets='عناصر من قوات النظام', loc=('النقطة','morek-observation-post'), as_of=MP, status='present', source=COR,
      line=3, events=[5]),
 dict(actor='TR', assets='عدد من الجنود الأتراك', loc=('النقطة','morek-observation-post'), as_of=OD, status='present', source=COR, line=3),
 dict(actor='TR', assets='نقطة', loc=('الصرمان','al-sarman'), as_of=OD, status='present', source=NA, line=4, events=[9]),
 dict(actor='TR', assets='نقطة', loc=('شير مغار','shir-mughar'), as_of=OD, status='present', source=NA, line=4, events=[9]),
 dict(actor='TR', assets='نقطة', loc=('معرحطاط','maar-hattat'), as_of=OD, status='present', source=NA, line=4, events=[9]),
 dict(actor='TR', strength=(30, True, 'vehicles'), assets='رتل من نحو 30 آلية بينها دبابات وراجمات صواريخ',
      loc=('جبل الزاوية','jabal-al-zawiya'), as_of=OD, status='reinforced', source=COR, line=5, events=[10]),
 dict(actor='TR', strength=(10000, True, 'troops'), assets='نحو 60 نقطة وقاعدة عسكرية', loc=('منطقة "خفض التصعيد"','idlib-de-escalation-zone'),
      as_of=OD, status='present', source=EST, line=8, events=[14, 15]),
 dict(actor='NUSRA', loc=('معظم محافظة إدلب','idlib-governorate'), as_of=OD, status='controls', line=9, events=[17]),
 dict(actor='FSA', loc=('معظم محافظة إدلب','idlib-governorate'), as_of=OD, status='controls', line=9, events=[17]),
]
build('smart-morek-withdrawal', None, 'سمارت', D, L, ents, times, events, forces)
