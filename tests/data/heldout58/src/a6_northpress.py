from build import build
L = [
'"قسد" تطلق عملية "ردع الإرهاب" ضد خلايا "داعش" على الحدود السورية العراقية',
'الحسكة – نورث برس',
'أعلنت قوات سوريا الديمقراطية (قسد)، الخميس، إطلاق عملية عسكرية تحت اسم "ردع الإرهاب" لملاحقة خلايا تنظيم "داعش" في ريف دير الزور الشرقي وجنوب الحسكة وصولاً إلى الحدود السورية العراقية، بمشاركة قوات التحالف الدولي.',
'وقال المركز الإعلامي لـ"قسد" في بيان إن العملية تجري بالتنسيق مع الجيش العراقي على الجانب الآخر من الحدود، وبدعم جوي من طيران التحالف، وتهدف إلى "تجفيف منابع الإرهاب" في منطقة تمتد على طول نحو 80 كيلومتراً من الشريط الحدودي.',
'وأضاف البيان أن المرحلة الأولى من العملية أسفرت في يومها الأول عن اعتقال 43 مشتبهاً بالانتماء إلى التنظيم في بلدات الشحيل وذيبان والبصيرة، ومصادرة أسلحة وذخائر وأحزمة ناسفة.',
'وأفاد مراسل نورث برس في دير الزور بأن مروحيات التحالف نفذت فجر اليوم الجمعة إنزالاً جوياً على منزل في بلدة الكسرة غربي دير الزور، أسفر عن اعتقال قيادي في التنظيم يحمل الجنسية العراقية ومقتل مرافقه.',
'في المقابل، أعلنت قيادة العمليات المشتركة العراقية نشر قطعات الجيش وقوات الحشد الشعبي على طول الحدود مع سوريا، من قضاء سنجار شمالاً حتى مدينة القائم جنوباً، لمنع تسلل عناصر التنظيم.',
'وينتشر في مناطق شمال وشرق سوريا نحو 500 جندي أمريكي، يتمركز معظمهم في قواعد بريفي دير الزور والحسكة قرب حقول النفط، بعد انسحاب القسم الأكبر من القوات الأمريكية من الشريط الحدودي مع تركيا في تشرين الأول/أكتوبر الماضي.',
'وتشهد مناطق ريف دير الزور الشرقي منذ مطلع العام هجمات متكررة لخلايا التنظيم، كان آخرها تفجير عبوة ناسفة بسيارة عسكرية لـ"قسد" قرب بلدة الصور، الثلاثاء الماضي، ما أدى إلى مقتل عنصرين.',
'في سياق منفصل، سيّرت القوات الروسية صباح اليوم دورية مؤلفة من ست مدرعات بين بلدتي عامودا والدرباسية قرب الحدود التركية، بمرافقة مروحيتين، بحسب مصادر محلية.',
'ومن المنتظر أن تنتقل العملية إلى مرحلتها الثانية خلال الأيام المقبلة، لتشمل البادية الواقعة جنوب نهر الخابور، وفق ما قاله مصدر عسكري في "قسد" لنورث برس.',
]
D = '2020-06-05'   # Friday; North Press web copy of its own day
THU = '2020-06-04'
PMF = 'OTHER:pmf'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:داعش','ACTOR','ISIS'), ('L0:الحدود السورية العراقية','LOCATION','syria-iraq-border'),
 ('L1:الحسكة','LOCATION','hasakah'), ('L1:نورث برس','ORG','northpress'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:تنظيم "داعش"','ACTOR','ISIS'),
 ('L2:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L2:جنوب الحسكة','LOCATION','hasakah-south'),
 ('L2:الحدود السورية العراقية','LOCATION','syria-iraq-border'), ('L2:قوات التحالف الدولي','ACTOR','COALITION'),
 ('L3:قسد','ACTOR','SDF'), ('L3:الجيش العراقي','ACTOR','IQ_GOV'), ('L3:الحدود#0','LOCATION','syria-iraq-border'),
 ('L3:طيران التحالف','ACTOR','COALITION'), ('L3:نحو 80 كيلومتراً','QUANTITY',None,(80,True,'km')),
 ('L3:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L4:43 مشتبهاً','QUANTITY',None,(43,False,'arrested')), ('L4:التنظيم','ACTOR','ISIS'), ('L4:بلدات الشحيل','LOCATION','shuhayl'),
 ('L4:ذيبان','LOCATION','dhiban'), ('L4:البصيرة','LOCATION','busayrah'), ('L4:أسلحة','WEAPON','weapons'), ('L4:ذخائر','WEAPON','ammunition'),
 ('L4:أحزمة ناسفة','WEAPON','suicide-belts'),
 ('L5:نورث برس','ORG','northpress'), ('L5:دير الزور#0','LOCATION','deir-ez-zor'), ('L5:مروحيات','WEAPON','helicopters'),
 ('L5:التحالف','ACTOR','COALITION'), ('L5:بلدة الكسرة','LOCATION','kasrah'), ('L5:دير الزور#1','LOCATION','deir-ez-zor'),
 ('L5:التنظيم','ACTOR','ISIS'),
 ('L6:قيادة العمليات المشتركة العراقية','ACTOR','IQ_GOV'), ('L6:قطعات الجيش','ACTOR','IQ_GOV'), ('L6:قوات الحشد الشعبي','ACTOR',PMF),
 ('L6:الحدود','LOCATION','syria-iraq-border'), ('L6:سوريا','LOCATION','syria'), ('L6:قضاء سنجار','LOCATION','sinjar-district'),
 ('L6:مدينة القائم','LOCATION','al-qaim'), ('L6:التنظيم','ACTOR','ISIS'),
 ('L7:شمال وشرق سوريا','LOCATION','northeast-syria'), ('L7:نحو 500 جندي','QUANTITY',None,(500,True,'troops')),
 ('L7:جندي أمريكي','ACTOR','US'), ('L7:قواعد','LOCATION','us-bases-syria'), ('L7:ريفي دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L7:الحسكة','LOCATION','hasakah-countryside'), ('L7:حقول النفط','LOCATION','syria-oilfields'), ('L7:القوات الأمريكية','ACTOR','US'),
 ('L7:الشريط الحدودي','LOCATION','syria-turkey-border'), ('L7:تركيا','LOCATION','turkey'),
 ('L8:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L8:التنظيم','ACTOR','ISIS'), ('L8:عبوة ناسفة','WEAPON','ied'),
 ('L8:سيارة عسكرية','WEAPON','military-vehicle'), ('L8:قسد','ACTOR','SDF'), ('L8:بلدة الصور','LOCATION','al-sur'),
 ('L8:عنصرين','QUANTITY',None,(2,False,'killed')),
 ('L9:القوات الروسية','ACTOR','RU'), ('L9:ست مدرعات','QUANTITY',None,(6,False,'vehicles')), ('L9:مدرعات','WEAPON','armoured-vehicles'),
 ('L9:بلدتي عامودا','LOCATION','amuda'), ('L9:الدرباسية','LOCATION','darbasiyah'), ('L9:الحدود التركية','LOCATION','syria-turkey-border'),
 ('L9:مروحيتين','QUANTITY',None,(2,False,'aircraft')), ('L9:مروحيتين#0','WEAPON','helicopters'),
 ('L10:البادية','LOCATION','khabur-south-desert'), ('L10:نهر الخابور','LOCATION','khabur-river'), ('L10:قسد','ACTOR','SDF'),
 ('L10:نورث برس','ORG','northpress'),
]
times = [
 ('L2:الخميس', THU, 'day'),
 ('L5:فجر اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L7:تشرين الأول/أكتوبر الماضي', '2019-10', 'month'),
 ('L8:منذ مطلع العام', '2020-01/2020-06', 'month'),
 ('L8:الثلاثاء الماضي', '2020-06-02', 'day'),
 ('L9:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L10:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L2:الخميس'
DAWN = 'L5:فجر اليوم الجمعة'
COR = 'مراسل نورث برس'
MC = 'المركز الإعلامي لقسد'
JOC = 'قيادة العمليات المشتركة العراقية'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['SDF'], attr='قوات سوريا الديمقراطية'),                                  # 1
 dict(type='OPERATION', trig='L2:عملية عسكرية', time=T, actors=['SDF', 'COALITION'], targets=['ISIS'], loc='L2:ريف دير الزور الشرقي',
      attr='قوات سوريا الديمقراطية'),                                                                                          # 2
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['SDF'], attr=MC),                                                       # 3
 dict(type='OPERATION', trig='L3:العملية', time=T, actors=['SDF'], targets=['ISIS'], attr=MC),                                   # 4
 dict(type='ATTACK', trig='L3:بدعم جوي', time=T, actors=['COALITION'], targets=['ISIS'], attr=MC),                               # 5
 dict(type='OPERATION', trig='L4:العملية', time=T, actors=['SDF'], targets=['ISIS'], attr=MC),                                   # 6
 dict(type='ARREST', trig='L4:اعتقال', time=T, actors=['SDF'], targets=['ISIS'], loc='L4:بلدات الشحيل', qty=['L4:43 مشتبهاً'], attr=MC),  # 7
 dict(type='MOVEMENT', trig='L5:إنزالاً جوياً', time=DAWN, actors=['COALITION'], loc='L5:بلدة الكسرة', weapons=['L5:مروحيات'], attr=COR),  # 8
 dict(type='ARREST', trig='L5:اعتقال', time=DAWN, actors=['COALITION'], targets=['ISIS'], loc='L5:بلدة الكسرة', attr=COR),        # 9
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['IQ_GOV'], attr=JOC),                                                        # 10
 dict(type='MOVEMENT', trig='L6:نشر', actors=['IQ_GOV', PMF], loc='L6:الحدود', attr=JOC),                                      # 11
 dict(type='MOVEMENT', trig='L6:تسلل', mod='expected', actors=['ISIS'], loc='L6:الحدود', attr=JOC),                             # 12
 dict(type='MOVEMENT', trig='L7:ينتشر', actors=['US'], loc='L7:شمال وشرق سوريا', qty=['L7:نحو 500 جندي']),                      # 13
 dict(type='MOVEMENT', trig='L7:يتمركز', actors=['US'], loc='L7:قواعد'),                                                         # 14
 dict(type='WITHDRAWAL', trig='L7:انسحاب', time='L7:تشرين الأول/أكتوبر الماضي', actors=['US'], loc='L7:الشريط الحدودي'),           # 15
 dict(type='ATTACK', trig='L8:هجمات', time='L8:منذ مطلع العام', actors=['ISIS'], loc='L8:ريف دير الزور الشرقي'),                   # 16
 dict(type='ATTACK', trig='L8:تفجير', time='L8:الثلاثاء الماضي', actors=['ISIS'], targets=['SDF'], loc='L8:بلدة الصور',
      weapons=['L8:عبوة ناسفة'], qty=['L8:عنصرين']),                                                                            # 17
 dict(type='TRAINING', trig='L9:دورية', time='L9:صباح اليوم', actors=['RU'], loc='L9:بلدتي عامودا',
      weapons=['L9:مدرعات', 'L9:مروحيتين#0'], qty=['L9:ست مدرعات', 'L9:مروحيتين'], attr='مصادر محلية'),                            # 18
 dict(type='OPERATION', trig='L10:تنتقل', time='L10:خلال الأيام المقبلة', mod='planned', actors=['SDF'], targets=['ISIS'],
      loc='L10:البادية', attr='مصدر عسكري في قسد'),                                                                             # 19
]
TH = (THU, 'day')
TD = (D, 'day')
forces = [
 dict(actor='SDF', loc=('ريف دير الزور الشرقي', 'deir-ez-zor-east-countryside'), as_of=TH, status='present', source='قوات سوريا الديمقراطية', line=2, events=[2]),
 dict(actor='SDF', loc=('جنوب الحسكة', 'hasakah-south'), as_of=TH, status='present', source='قوات سوريا الديمقراطية', line=2, events=[2]),
 dict(actor='COALITION', loc=('ريف دير الزور الشرقي', 'deir-ez-zor-east-countryside'), as_of=TH, status='present', source='قوات سوريا الديمقراطية', line=2, events=[2]),
 dict(actor='COALITION', loc=('جنوب الحسكة', 'hasakah-south'), as_of=TH, status='present', source='قوات سوريا الديمقراطية', line=2, events=[2]),
 dict(actor='SDF', loc=('بلدات الشحيل', 'shuhayl'), as_of=TH, status='present', source=MC, line=4, events=[7]),
 dict(actor='SDF', loc=('ذيبان', 'dhiban'), as_of=TH, status='present', source=MC, line=4, events=[7]),
 dict(actor='SDF', loc=('البصيرة', 'busayrah'), as_of=TH, status='present', source=MC, line=4, events=[7]),
 dict(actor='COALITION', assets='مروحيات', loc=('بلدة الكسرة', 'kasrah'), as_of=(D, 'part-of-day'), status='present', source=COR, line=5, events=[8, 9]),
 dict(actor='IQ_GOV', loc=('الحدود', 'syria-iraq-border'), as_of=TD, status='reinforced', source=JOC, line=6, events=[11]),
 dict(actor=PMF, loc=('الحدود', 'syria-iraq-border'), as_of=TD, status='reinforced', source=JOC, line=6, events=[11]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('شمال وشرق سوريا', 'northeast-syria'), as_of=TD, status='present', line=7, events=[13]),
 dict(actor='US', assets='قواعد', loc=('ريفي دير الزور', 'deir-ez-zor-countryside'), as_of=TD, status='present', line=7, events=[14]),
 dict(actor='US', assets='قواعد', loc=('الحسكة', 'hasakah-countryside'), as_of=TD, status='present', line=7, events=[14]),
 dict(actor='US', loc=('الشريط الحدودي', 'syria-turkey-border'), as_of=('2019-10', 'month'), status='withdrawn', line=7, events=[15]),
 dict(actor='SDF', assets='سيارة عسكرية', loc=('بلدة الصور', 'al-sur'), as_of=('2020-06-02', 'day'), status='attacked', line=8, events=[17]),
 dict(actor='RU', assets='ست مدرعات ومروحيتان', loc=('بلدتي عامودا', 'amuda'), as_of=(D, 'part-of-day'), status='present',
      source='مصادر محلية', line=9, events=[18]),
 dict(actor='RU', assets='ست مدرعات ومروحيتان', loc=('الدرباسية', 'darbasiyah'), as_of=(D, 'part-of-day'), status='present',
      source='مصادر محلية', line=9, events=[18]),
]
build('northpress-deterrence-of-terrorism', None, 'نورث برس', D, L, ents, times, events, forces)
