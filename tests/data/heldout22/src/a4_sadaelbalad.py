from build import build
L = [
'أول دورية روسية تركية مشتركة شرق الفرات.. وأنقرة تسلم موسكو 18 جنديا سوريا',
'سيّرت القوات الروسية والتركية، صباح اليوم الجمعة، أول دورية برية مشتركة في ريف الدرباسية بمحافظة الحسكة شمال شرقي سوريا، تنفيذاً لمذكرة التفاهم التي وقعها الرئيسان فلاديمير بوتين ورجب طيب أردوغان في سوتشي يوم 22 أكتوبر الماضي.',
'وذكرت وكالة "سبوتنيك" الروسية أن الدورية ضمت أربع مدرعات روسية ومثلها تركية، وقطعت مسافة تقارب 110 كيلومترات بين محيط الدرباسية وريف عامودا الغربي، وسط تحليق طائرات مسيرة من الجانبين.',
'من جهتها، أعلنت وزارة الدفاع التركية أن الدورية "جرت وفق المخطط"، مؤكدة أن أنقرة ستواصل عملياتها "حتى تطهير المنطقة من الإرهابيين" في إشارة إلى "وحدات حماية الشعب" الكردية، العمود الفقري لـ"قسد".',
'وفي سياق متصل، سلمت القوات التركية، أمس الخميس، 18 جندياً من الجيش العربي السوري إلى الجانب الروسي، كانت الفصائل الموالية لأنقرة قد أسرتهم خلال اشتباكات في محيط قرية أم شعيفة جنوب مدينة رأس العين، الثلاثاء الماضي.',
'وقال مصدر عسكري سوري لـ"صدى البلد" إن وحدات الجيش انتشرت خلال الأيام الماضية في أكثر من 15 نقطة على الشريط الحدودي في ريف القامشلي الشرقي وبلدة المالكية، بعد انسحاب مقاتلي "قسد" منها بموجب التفاهمات التي رعتها موسكو.',
'وكانت وزارة الدفاع الروسية قد أعلنت، الثلاثاء، أن "قسد" أكملت انسحابها من المنطقة الحدودية بعمق 30 كيلومتراً قبل انتهاء المهلة المحددة في سوتشي، وأن أكثر من 34 ألف مقاتل غادروها مع نحو 3 آلاف قطعة من الأسلحة والآليات.',
'غير أن أردوغان شكك في الرواية الروسية، وقال للصحفيين أمس إن "عناصر الوحدات لم ينسحبوا بالكامل من منبج وعين العرب"، مهدداً بأن تركيا "ستتولى الأمر بنفسها" إذا لم يتم ذلك.',
'إلى ذلك، وصل أمس الخميس نحو 300 عنصر من الشرطة العسكرية الروسية إلى مطار القامشلي على متن طائرات نقل قادمة من قاعدة حميميم، للمشاركة في الدوريات المشتركة.',
'وكانت تركيا قد شنت في التاسع من أكتوبر الماضي عدواناً عسكرياً على شمال شرقي سوريا أطلقت عليه اسم "نبع السلام"، سيطرت خلاله مع فصائل "الجيش الوطني" الموالية لها على مدينتي تل أبيض ورأس العين، وسط إدانات عربية ودولية واسعة.',
]
D = '2019-11-01'   # Friday; Egyptian news site, copy of its day
THU = '2019-10-31'
TUE = '2019-10-29'
OCT9 = '2019-10-09'
ents = [
 ('L0:شرق الفرات','LOCATION','east-of-euphrates'), ('L0:أنقرة','ACTOR','TR'), ('L0:موسكو','ACTOR','RU'),
 ('L0:18 جنديا','QUANTITY',None,(18,False,'arrested')), ('L0:جنديا سوريا','ACTOR','SY_GOV'),
 ('L1:القوات الروسية','ACTOR','RU'), ('L1:ريف الدرباسية','LOCATION','darbasiyah-countryside'), ('L1:محافظة الحسكة','LOCATION','hasakah'),
 ('L1:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L1:فلاديمير بوتين','PERSON','vladimir-putin'), ('L1:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'),
 ('L1:سوتشي','LOCATION','sochi'),
 ('L2:سبوتنيك','ORG','sputnik'), ('L2:أربع مدرعات','QUANTITY',None,(4,False,'vehicles')), ('L2:مدرعات','WEAPON','armoured-vehicles'),
 ('L2:تقارب 110 كيلومترات','QUANTITY',None,(110,True,'km')), ('L2:الدرباسية','LOCATION','darbasiyah'), ('L2:ريف عامودا الغربي','LOCATION','amuda-west-countryside'),
 ('L2:طائرات مسيرة','WEAPON','drones'),
 ('L3:وزارة الدفاع التركية','ACTOR','TR'), ('L3:أنقرة','ACTOR','TR'), ('L3:المنطقة','LOCATION','border-zone'), ('L3:الإرهابيين','ACTOR','YPG'),
 ('L3:وحدات حماية الشعب','ACTOR','YPG'), ('L3:قسد','ACTOR','SDF'),
 ('L4:القوات التركية','ACTOR','TR'), ('L4:18 جندياً','QUANTITY',None,(18,False,'arrested')), ('L4:الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L4:الجانب الروسي','ACTOR','RU'), ('L4:الفصائل الموالية لأنقرة','ACTOR','FSA'), ('L4:قرية أم شعيفة','LOCATION','umm-shuayfa'),
 ('L4:مدينة رأس العين','LOCATION','ras-al-ain'),
 ('L5:صدى البلد','ORG','sada-elbalad'), ('L5:الجيش','ACTOR','SY_GOV'), ('L5:أكثر من 15 نقطة','QUANTITY',None,(15,True,'other')),
 ('L5:الشريط الحدودي','LOCATION','syria-turkey-border'), ('L5:ريف القامشلي الشرقي','LOCATION','qamishli-east-countryside'),
 ('L5:بلدة المالكية','LOCATION','al-malikiyah'), ('L5:قسد','ACTOR','SDF'), ('L5:موسكو','ACTOR','RU'),
 ('L6:وزارة الدفاع الروسية','ACTOR','RU'), ('L6:قسد','ACTOR','SDF'), ('L6:المنطقة الحدودية','LOCATION','border-zone'),
 ('L6:30 كيلومتراً','QUANTITY',None,(30,False,'km')), ('L6:سوتشي','LOCATION','sochi'), ('L6:أكثر من 34 ألف مقاتل','QUANTITY',None,(34000,True,'fighters')),
 ('L6:نحو 3 آلاف قطعة','QUANTITY',None,(3000,True,'other')), ('L6:الأسلحة','WEAPON','weapons'), ('L6:الآليات','WEAPON','vehicles'),
 ('L7:أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:الوحدات','ACTOR','YPG'), ('L7:منبج','LOCATION','manbij'), ('L7:عين العرب','LOCATION','kobani'),
 ('L7:تركيا','ACTOR','TR'),
 ('L8:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L8:الشرطة العسكرية الروسية','ACTOR','RU'), ('L8:مطار القامشلي','LOCATION','qamishli-airport'),
 ('L8:طائرات نقل','WEAPON','transport-aircraft'), ('L8:قاعدة حميميم','LOCATION','hmeimim-airbase'),
 ('L9:تركيا','ACTOR','TR'), ('L9:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L9:الجيش الوطني','ACTOR','FSA'),
 ('L9:مدينتي تل أبيض','LOCATION','tal-abyad'), ('L9:رأس العين','LOCATION','ras-al-ain'),
]
times = [
 ('L1:صباح اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L1:22 أكتوبر الماضي', '2019-10-22', 'day'),
 ('L4:أمس الخميس', THU, 'day'),
 ('L4:الثلاثاء الماضي', TUE, 'day'),
 ('L5:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L6:الثلاثاء', TUE, 'day'),
 ('L7:أمس', THU, 'day'),
 ('L8:أمس الخميس', THU, 'day'),
 ('L9:التاسع من أكتوبر الماضي', OCT9, 'day'),
]
P = 'L1:صباح اليوم الجمعة'
TU = 'L4:الثلاثاء الماضي'
SRC = 'مصدر عسكري سوري'
RMOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='TRAINING', trig='L1:دورية', time=P, actors=['RU', 'TR'], loc='L1:ريف الدرباسية'),                                               # 1
 dict(type='AGREEMENT', trig='L1:التفاهم', time='L1:22 أكتوبر الماضي', actors=['RU', 'TR'], loc='L1:سوتشي'),                                 # 2
 dict(type='TRAINING', trig='L2:الدورية', time=P, actors=['RU', 'TR'], loc='L2:الدرباسية', weapons=['L2:مدرعات', 'L2:طائرات مسيرة'],
      qty=['L2:أربع مدرعات', 'L2:تقارب 110 كيلومترات'], attr='سبوتنيك'),                                                                  # 3
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['TR'], attr='وزارة الدفاع التركية'),                                                      # 4
 dict(type='TRAINING', trig='L3:الدورية', time=P, actors=['RU', 'TR'], attr='وزارة الدفاع التركية'),                                         # 5
 dict(type='OPERATION', trig='L3:عملياتها', mod='planned', actors=['TR'], targets=['YPG'], loc='L3:المنطقة', attr='وزارة الدفاع التركية'),      # 6
 dict(type='ARREST', trig='L4:أسرتهم', time=TU, actors=['FSA'], targets=['SY_GOV'], loc='L4:قرية أم شعيفة', qty=['L4:18 جندياً']),              # 7
 dict(type='ATTACK', trig='L4:اشتباكات', time=TU, actors=['FSA', 'SY_GOV'], loc='L4:قرية أم شعيفة'),                                         # 8
 dict(type='MOVEMENT', trig='L5:انتشرت', time='L5:خلال الأيام الماضية', actors=['SY_GOV'], loc='L5:ريف القامشلي الشرقي',
      qty=['L5:أكثر من 15 نقطة'], attr=SRC),                                                                                             # 9
 dict(type='WITHDRAWAL', trig='L5:انسحاب', time='L5:خلال الأيام الماضية', actors=['SDF'], loc='L5:ريف القامشلي الشرقي', attr=SRC),            # 10
 dict(type='AGREEMENT', trig='L5:التفاهمات', actors=['SY_GOV', 'SDF', 'RU'], attr=SRC),                                                    # 11
 dict(type='STATEMENT', trig='L6:أعلنت', time='L6:الثلاثاء', actors=['RU'], attr=RMOD),                                                    # 12
 dict(type='WITHDRAWAL', trig='L6:انسحابها', time='L6:الثلاثاء', actors=['SDF'], loc='L6:المنطقة الحدودية', qty=['L6:30 كيلومتراً'], attr=RMOD),  # 13
 dict(type='WITHDRAWAL', trig='L6:غادروها', time='L6:الثلاثاء', actors=['SDF'], loc='L6:المنطقة الحدودية', weapons=['L6:الأسلحة', 'L6:الآليات'],
      qty=['L6:أكثر من 34 ألف مقاتل', 'L6:نحو 3 آلاف قطعة'], attr=RMOD),                                                                  # 14
 dict(type='STATEMENT', trig='L7:قال', time='L7:أمس', actors=['TR'], attr='أردوغان'),                                                      # 15
 dict(type='WITHDRAWAL', trig='L7:ينسحبوا', mod='denied', actors=['YPG'], loc='L7:منبج', attr='أردوغان'),                                    # 16
 dict(type='MOVEMENT', trig='L8:وصل', time='L8:أمس الخميس', actors=['RU'], loc='L8:مطار القامشلي', weapons=['L8:طائرات نقل'],
      qty=['L8:نحو 300 عنصر']),                                                                                                        # 17
 dict(type='OPERATION', trig='L9:عدواناً', time='L9:التاسع من أكتوبر الماضي', actors=['TR'], loc='L9:شمال شرقي سوريا'),                        # 18
 dict(type='CONTROL', trig='L9:سيطرت', time='L9:التاسع من أكتوبر الماضي', actors=['TR', 'FSA'], loc='L9:مدينتي تل أبيض'),                      # 19
]
PD = (D, 'part-of-day')
TUD = (TUE, 'day')
TH = (THU, 'day')
V = (None, 'vague')
O9 = (OCT9, 'day')
forces = [
 dict(actor='RU', loc=('ريف الدرباسية', 'darbasiyah-countryside'), as_of=PD, status='present', line=1, events=[1]),
 dict(actor='TR', loc=('ريف الدرباسية', 'darbasiyah-countryside'), as_of=PD, status='present', line=1, events=[1]),
 dict(actor='RU', assets='أربع مدرعات', loc=('ريف عامودا الغربي', 'amuda-west-countryside'), as_of=PD, status='present', source='سبوتنيك', line=2, events=[3]),
 dict(actor='TR', assets='أربع مدرعات', loc=('ريف عامودا الغربي', 'amuda-west-countryside'), as_of=PD, status='present', source='سبوتنيك', line=2, events=[3]),
 dict(actor='FSA', loc=('قرية أم شعيفة', 'umm-shuayfa'), as_of=TUD, status='present', line=4, events=[8]),
 dict(actor='SY_GOV', loc=('قرية أم شعيفة', 'umm-shuayfa'), as_of=TUD, status='present', line=4, events=[8]),
 dict(actor='SY_GOV', assets='أكثر من 15 نقطة', loc=('ريف القامشلي الشرقي', 'qamishli-east-countryside'), as_of=V, status='arrived', source=SRC, line=5, events=[9]),
 dict(actor='SY_GOV', assets='أكثر من 15 نقطة', loc=('بلدة المالكية', 'al-malikiyah'), as_of=V, status='arrived', source=SRC, line=5, events=[9]),
 dict(actor='SDF', loc=('ريف القامشلي الشرقي', 'qamishli-east-countryside'), as_of=V, status='withdrawn', source=SRC, line=5, events=[10]),
 dict(actor='SDF', loc=('بلدة المالكية', 'al-malikiyah'), as_of=V, status='withdrawn', source=SRC, line=5, events=[10]),
 dict(actor='SDF', strength=(34000, True, 'fighters'), assets='نحو 3 آلاف قطعة من الأسلحة والآليات', loc=('المنطقة الحدودية', 'border-zone'),
      as_of=TUD, status='withdrawn', source=RMOD, line=6, events=[13, 14]),
 dict(actor='YPG', loc=('منبج', 'manbij'), as_of=TH, status='present', source='أردوغان', line=7, events=[16]),
 dict(actor='YPG', loc=('عين العرب', 'kobani'), as_of=TH, status='present', source='أردوغان', line=7, events=[16]),
 dict(actor='RU', strength=(300, True, 'troops'), loc=('مطار القامشلي', 'qamishli-airport'), as_of=TH, status='arrived', line=8, events=[17]),
 dict(actor='TR', loc=('تل أبيض', 'tal-abyad'), as_of=O9, status='controls', line=9, events=[19]),
 dict(actor='FSA', loc=('تل أبيض', 'tal-abyad'), as_of=O9, status='controls', line=9, events=[19]),
 dict(actor='TR', loc=('رأس العين', 'ras-al-ain'), as_of=O9, status='controls', line=9, events=[19]),
 dict(actor='FSA', loc=('رأس العين', 'ras-al-ain'), as_of=O9, status='controls', line=9, events=[19]),
]
build('sadaelbalad-joint-patrol', None, 'صدى البلد', D, L, ents, times, events, forces)
