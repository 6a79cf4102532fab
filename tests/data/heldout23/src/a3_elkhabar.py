from build import build
L = [
'أول دورية تركية - روسية مشتركة شرق الفرات.. وأنقرة تشكك في انسحاب «الوحدات» الكردية',
'سيّرت القوات التركية والشرطة العسكرية الروسية، أمس الجمعة، أول دورية برية مشتركة في شمال شرقي سوريا، انطلقت من محيط بلدة الدرباسية الحدودية بمشاركة ثماني مدرعات ووسط تحليق طائرات مسيّرة، وفق ما أعلنته وزارة الدفاع التركية.',
'وأوضحت الوزارة أن الدورية قطعت نحو 110 كيلومترات بعمق سبعة كيلومترات، في إطار مذكرة التفاهم التي وقعها الرئيسان رجب طيب أردوغان وفلاديمير بوتين في سوتشي يوم 22 أكتوبر الماضي.',
'من جهتها، قالت وزارة الدفاع الروسية إن مقاتلي «وحدات حماية الشعب» الكردية أكملوا انسحابهم مع أسلحتهم الثقيلة من الشريط الحدودي بعمق 30 كيلومتراً قبل انتهاء المهلة مساء الثلاثاء الماضي، وإن حرس الحدود السوري انتشر في أكثر من 60 نقطة على طول الحدود.',
'غير أن أردوغان شكك في ذلك، وقال أمام صحافيين في إسطنبول إن «الإرهابيين لم يغادروا المنطقة بالكامل»، ملوحاً باستئناف العملية العسكرية «إذا لزم الأمر».',
'ميدانياً، تجددت الخميس الاشتباكات بين الجيش السوري وفصائل «الجيش الوطني» الموالية لأنقرة في محيط قرية أم شعيفة جنوب شرقي مدينة رأس العين، حيث أسرت الفصائل 18 جندياً سورياً قبل أن تسلمهم تركيا إلى الجانب الروسي، بحسب المرصد السوري لحقوق الإنسان.',
'وتزامنت الدورية مع وصول تعزيزات عسكرية أمريكية، تضم نحو 20 عربة مدرعة من طراز «برادلي»، إلى قاعدتي حقل العمر وحقل كونيكو في ريف دير الزور الشرقي، في إطار خطة واشنطن لحماية حقول النفط من تنظيم «داعش»، وفق ما أكده مسؤولون في وزارة الدفاع الأمريكية.',
'وكان القائد العام لـ«قوات سوريا الديمقراطية» مظلوم عبدي قد أكد في تصريحات لقناة محلية أن قواته «انسحبت من المناطق الحدودية حفاظاً على أرواح المدنيين»، لكنها «لن تتخلى عن مدن كوباني والقامشلي والحسكة».',
'وانطلقت العملية التركية التي تطلق عليها أنقرة اسم «نبع السلام» في التاسع من أكتوبر الماضي، وسيطرت خلالها القوات التركية والفصائل الموالية لها على شريط بطول 120 كيلومتراً بين تل أبيض ورأس العين.',
]
D = '2019-11-02'   # Saturday; Algerian daily, web copy of its day
FRI = '2019-11-01'
ents = [
 ('L0:شرق الفرات','LOCATION','east-euphrates'), ('L0:أنقرة','ACTOR','TR'), ('L0:الوحدات','ACTOR','YPG'),
 ('L1:القوات التركية','ACTOR','TR'), ('L1:الشرطة العسكرية الروسية','ACTOR','RU'), ('L1:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L1:بلدة الدرباسية','LOCATION','darbasiyah'), ('L1:ثماني مدرعات','QUANTITY',None,(8,False,'vehicles')), ('L1:مدرعات','WEAPON','armoured-vehicles'),
 ('L1:طائرات مسيّرة','WEAPON','drones'), ('L1:وزارة الدفاع التركية','ACTOR','TR'),
 ('L2:الوزارة','ACTOR','TR'), ('L2:نحو 110 كيلومترات','QUANTITY',None,(110,True,'km')), ('L2:سبعة كيلومترات','QUANTITY',None,(7,False,'km')),
 ('L2:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L2:فلاديمير بوتين','PERSON','vladimir-putin'), ('L2:سوتشي','LOCATION','sochi'),
 ('L3:وزارة الدفاع الروسية','ACTOR','RU'), ('L3:وحدات حماية الشعب','ACTOR','YPG'), ('L3:أسلحتهم الثقيلة','WEAPON','heavy-weapons'),
 ('L3:الشريط الحدودي','LOCATION','syria-turkey-border-strip'), ('L3:30 كيلومتراً','QUANTITY',None,(30,False,'km')),
 ('L3:حرس الحدود السوري','ACTOR','SY_GOV'), ('L3:أكثر من 60 نقطة','QUANTITY',None,(60,True,'other')), ('L3:الحدود#2','LOCATION','syria-turkey-border'),
 ('L4:أردوغان','PERSON','recep-tayyip-erdogan'), ('L4:إسطنبول','LOCATION','istanbul'), ('L4:الإرهابيين','ACTOR','YPG'),
 ('L4:المنطقة','LOCATION','syria-turkey-border-strip'),
 ('L5:الجيش السوري','ACTOR','SY_GOV'), ('L5:فصائل «الجيش الوطني»','ACTOR','FSA'), ('L5:أنقرة','ACTOR','TR'), ('L5:قرية أم شعيفة','LOCATION','umm-shuaifa'),
 ('L5:مدينة رأس العين','LOCATION','ras-al-ain'), ('L5:الفصائل','ACTOR','FSA'), ('L5:18 جندياً','QUANTITY',None,(18,False,'arrested')),
 ('L5:جندياً سورياً','ACTOR','SY_GOV'), ('L5:تركيا','ACTOR','TR'), ('L5:الجانب الروسي','ACTOR','RU'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L6:نحو 20 عربة مدرعة','QUANTITY',None,(20,True,'vehicles')), ('L6:عربة مدرعة من طراز «برادلي»','WEAPON','bradley'),
 ('L6:قاعدتي حقل العمر','LOCATION','al-omar-oilfield'), ('L6:حقل كونيكو','LOCATION','conoco-gas-field'), ('L6:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L6:واشنطن','ACTOR','US'), ('L6:حقول النفط','LOCATION','syria-oilfields'), ('L6:تنظيم «داعش»','ACTOR','ISIS'), ('L6:وزارة الدفاع الأمريكية','ACTOR','US'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:مظلوم عبدي','PERSON','mazloum-abdi'), ('L7:المناطق الحدودية','LOCATION','syria-turkey-border-strip'),
 ('L7:مدن كوباني','LOCATION','kobani'), ('L7:القامشلي','LOCATION','qamishli'), ('L7:الحسكة','LOCATION','hasakah'),
 ('L8:أنقرة','ACTOR','TR'), ('L8:القوات التركية','ACTOR','TR'), ('L8:الفصائل','ACTOR','FSA'), ('L8:120 كيلومتراً','QUANTITY',None,(120,False,'km')),
 ('L8:تل أبيض','LOCATION','tal-abyad'), ('L8:رأس العين','LOCATION','ras-al-ain'),
]
times = [
 ('L1:أمس الجمعة', FRI, 'day'),
 ('L2:22 أكتوبر الماضي', '2019-10-22', 'day'),
 ('L3:مساء الثلاثاء الماضي', '2019-10-29', 'part-of-day', {'part': 'evening'}),
 ('L5:الخميس', '2019-10-31', 'day'),
 ('L8:التاسع من أكتوبر الماضي', '2019-10-09', 'day'),
]
F = 'L1:أمس الجمعة'
TMOD = 'وزارة الدفاع التركية'
RMOD = 'وزارة الدفاع الروسية'
SOHR = 'المرصد السوري لحقوق الإنسان'
PENT = 'مسؤولون في وزارة الدفاع الأمريكية'
events = [
 dict(type='TRAINING', trig='L1:دورية', time=F, actors=['TR', 'RU'], loc='L1:بلدة الدرباسية', weapons=['L1:مدرعات', 'L1:طائرات مسيّرة'],
      qty=['L1:ثماني مدرعات'], attr=TMOD),                                                                                       # 1
 dict(type='STATEMENT', trig='L1:أعلنته', time=F, actors=['TR'], attr=TMOD),                                                     # 2
 dict(type='TRAINING', trig='L2:الدورية', time=F, actors=['TR', 'RU'], qty=['L2:نحو 110 كيلومترات', 'L2:سبعة كيلومترات'], attr=TMOD),  # 3
 dict(type='AGREEMENT', trig='L2:مذكرة التفاهم', time='L2:22 أكتوبر الماضي', actors=['TR', 'RU'], loc='L2:سوتشي'),                 # 4
 dict(type='STATEMENT', trig='L3:قالت', actors=['RU'], attr=RMOD),                                                              # 5
 dict(type='WITHDRAWAL', trig='L3:انسحابهم', time='L3:مساء الثلاثاء الماضي', actors=['YPG'], loc='L3:الشريط الحدودي',
      weapons=['L3:أسلحتهم الثقيلة'], qty=['L3:30 كيلومتراً'], attr=RMOD),                                                       # 6
 dict(type='MOVEMENT', trig='L3:انتشر', actors=['SY_GOV'], loc='L3:الحدود#2', qty=['L3:أكثر من 60 نقطة'], attr=RMOD),              # 7
 dict(type='STATEMENT', trig='L4:قال', actors=['TR'], attr='أردوغان'),                                                           # 8
 dict(type='WITHDRAWAL', trig='L4:يغادروا', mod='denied', actors=['YPG'], loc='L4:المنطقة', attr='أردوغان'),                       # 9
 dict(type='OPERATION', trig='L4:استئناف', mod='planned', actors=['TR'], targets=['YPG'], attr='أردوغان'),                         # 10
 dict(type='ATTACK', trig='L5:الاشتباكات', time='L5:الخميس', actors=['SY_GOV', 'FSA'], loc='L5:قرية أم شعيفة', attr=SOHR),          # 11
 dict(type='ARREST', trig='L5:أسرت', time='L5:الخميس', actors=['FSA'], targets=['SY_GOV'], loc='L5:قرية أم شعيفة', qty=['L5:18 جندياً'], attr=SOHR),  # 12
 dict(type='MOVEMENT', trig='L6:وصول', time=F, actors=['US'], loc='L6:قاعدتي حقل العمر', weapons=['L6:عربة مدرعة من طراز «برادلي»'],
      qty=['L6:نحو 20 عربة مدرعة'], attr=PENT),                                                                                  # 13
 dict(type='WITHDRAWAL', trig='L7:انسحبت', actors=['SDF'], loc='L7:المناطق الحدودية', attr='مظلوم عبدي'),                        # 14
 dict(type='OPERATION', trig='L8:العملية', time='L8:التاسع من أكتوبر الماضي', actors=['TR', 'FSA'], targets=['SDF']),               # 15
 dict(type='CONTROL', trig='L8:سيطرت', actors=['TR', 'FSA'], loc='L8:تل أبيض', qty=['L8:120 كيلومتراً']),                         # 16
]
FD = (FRI, 'day')
DD = (D, 'day')
forces = [
 dict(actor='TR', loc=('بلدة الدرباسية', 'darbasiyah'), as_of=FD, status='present', source=TMOD, line=1, events=[1]),
 dict(actor='RU', loc=('بلدة الدرباسية', 'darbasiyah'), as_of=FD, status='present', source=TMOD, line=1, events=[1]),
 dict(actor='YPG', loc=('الشريط الحدودي', 'syria-turkey-border-strip'), as_of=('2019-10-29', 'part-of-day'), status='withdrawn', source=RMOD, line=3, events=[6]),
 dict(actor='SY_GOV', assets='أكثر من 60 نقطة', loc=('الحدود', 'syria-turkey-border'), as_of=DD, status='present', source=RMOD, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('قرية أم شعيفة', 'umm-shuaifa'), as_of=('2019-10-31', 'day'), status='present', source=SOHR, line=5, events=[11]),
 dict(actor='FSA', loc=('قرية أم شعيفة', 'umm-shuaifa'), as_of=('2019-10-31', 'day'), status='present', source=SOHR, line=5, events=[11]),
 dict(actor='US', strength=(20, True, 'vehicles'), assets='عربات «برادلي»', loc=('حقل العمر', 'al-omar-oilfield'), as_of=FD, status='reinforced', source=PENT, line=6, events=[13]),
 dict(actor='US', strength=(20, True, 'vehicles'), assets='عربات «برادلي»', loc=('حقل كونيكو', 'conoco-gas-field'), as_of=FD, status='reinforced', source=PENT, line=6, events=[13]),
 dict(actor='SDF', loc=('المناطق الحدودية', 'syria-turkey-border-strip'), as_of=(None, 'vague'), status='withdrawn', source='مظلوم عبدي', line=7, events=[14]),
 dict(actor='TR', loc=('تل أبيض', 'tal-abyad'), as_of=DD, status='controls', line=8, events=[16]),
 dict(actor='TR', loc=('رأس العين', 'ras-al-ain'), as_of=DD, status='controls', line=8, events=[16]),
 dict(actor='FSA', loc=('تل أبيض', 'tal-abyad'), as_of=DD, status='controls', line=8, events=[16]),
 dict(actor='FSA', loc=('رأس العين', 'ras-al-ain'), as_of=DD, status='controls', line=8, events=[16]),
]
build('elkhabar-first-joint-patrol', None, 'الخبر', D, L, ents, times, events, forces)
