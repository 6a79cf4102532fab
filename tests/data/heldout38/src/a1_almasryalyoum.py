from build import build
L = [
'الجيش السوري يستعيد «قارة» في القلمون.. والمعارضة تنسحب إلى يبرود',
'كتب- وكالات:',
'أعلنت القيادة العامة للجيش السوري، في بيان بثه التليفزيون الرسمي اليوم الثلاثاء، أن وحدات من الجيش «أعادت الأمن والاستقرار» إلى بلدة قارة في منطقة القلمون بريف دمشق الشمالي، بعد معارك عنيفة استمرت خمسة أيام مع مقاتلي المعارضة المسلحة.',
'وقال مصدر عسكري لوكالة الأنباء الرسمية «سانا» إن قوات الجيش تقدمت من ثلاثة محاور، وسيطرت على التلال المحيطة بالبلدة، وقتلت «أعداداً كبيرة من الإرهابيين».',
'وأفاد المرصد السوري لحقوق الإنسان بأن مقاتلي «جبهة النصرة» و«الجيش الحر» انسحبوا فجراً من قارة باتجاه مدينة يبرود ومدينة النبك، بعد قصف مدفعي وجوي مكثف لقوات النظام بدأ الجمعة الماضي.',
'وأشار المرصد إلى أن عناصر من «حزب الله» اللبناني شاركوا في الهجوم على قارة إلى جانب قوات النظام، موثقاً مقتل 26 مقاتلاً على الأقل من فصائل المعارضة و12 عنصراً من القوات النظامية منذ بدء المعركة.',
'في المقابل، نفى قيادي في «الجيش الحر» لوكالة «رويترز» سقوط البلدة بالكامل، مؤكداً أن مقاتليه «أعادوا تموضعهم» في الجرود الغربية للبلدة، وأنهم سيشنون هجوماً معاكساً «خلال أيام».',
'وفي مدينة النبك المجاورة، شن سلاح الجو السوري أربع غارات على أحياء سكنية، فيما سقطت قذائف هاون على بلدة دير عطية الخاضعة لسيطرة الجيش، بحسب المرصد.',
'ونقلت «سانا» عن مصدر عسكري أن الجيش يواصل عملياته في القلمون «لتأمين الطريق الدولي بين دمشق وحمص»، الذي تعرض مراراً لهجمات المسلحين.',
'وعلى الجانب اللبناني من الحدود، قالت مصادر أمنية لبنانية إن نحو 1200 عائلة سورية نزحت من قارة إلى بلدة عرسال منذ يوم الجمعة، فيما سقطت صواريخ مصدرها الأراضي السورية على جرود البلدة من دون وقوع إصابات.',
'ويقدر معارضون عدد مقاتلي الفصائل في مدن القلمون بنحو 15 ألف مقاتل يتمركز معظمهم في يبرود، في حين دفع «حزب الله» بنحو ألفي مقاتل إلى المنطقة خلال الأسبوعين الماضيين، وفق المصادر ذاتها.',
'وتأتي معركة القلمون بعد نحو خمسة أشهر من سيطرة الجيش و«حزب الله» على مدينة القصير بريف حمص في يونيو الماضي.',
]
D = '2013-11-19'   # Tuesday; Egyptian daily's web copy of its day
FRI = '2013-11-15'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:قارة','LOCATION','qara'), ('L0:القلمون','LOCATION','qalamoun'), ('L0:المعارضة','ACTOR','FSA'),
 ('L0:يبرود','LOCATION','yabroud'),

 ('L2:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L2:التليفزيون الرسمي','ORG','syrian-state-tv'), ('L2:الجيش','ACTOR','SY_GOV'),
 ('L2:بلدة قارة','LOCATION','qara'), ('L2:منطقة القلمون','LOCATION','qalamoun'), ('L2:ريف دمشق الشمالي','LOCATION','rif-dimashq-north'),
 ('L2:خمسة أيام','QUANTITY',None,(5,False,'other')), ('L2:المعارضة المسلحة','ACTOR','FSA'),
 ('L3:وكالة الأنباء الرسمية','ORG','sana'), ('L3:سانا','ORG','sana'), ('L3:قوات الجيش','ACTOR','SY_GOV'),
 ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:التلال المحيطة بالبلدة','LOCATION','qara-hills'), ('L3:الإرهابيين','ACTOR','FSA'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:جبهة النصرة','ACTOR','NUSRA'), ('L4:الجيش الحر','ACTOR','FSA'), ('L4:قارة','LOCATION','qara'),
 ('L4:مدينة يبرود','LOCATION','yabroud'), ('L4:مدينة النبك','LOCATION','al-nabk'), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L5:المرصد','ORG','sohr'), ('L5:حزب الله','ACTOR',HZ), ('L5:قارة','LOCATION','qara'), ('L5:قوات النظام#0','ACTOR','SY_GOV'),
 ('L5:26 مقاتلاً على الأقل','QUANTITY',None,(26,True,'killed')), ('L5:فصائل المعارضة','ACTOR','FSA'), ('L5:12 عنصراً','QUANTITY',None,(12,False,'killed')),
 ('L5:القوات النظامية','ACTOR','SY_GOV'),
 ('L6:الجيش الحر','ACTOR','FSA'), ('L6:رويترز','ORG','reuters'), ('L6:البلدة','LOCATION','qara'), ('L6:الجرود الغربية للبلدة','LOCATION','qara-western-outskirts'),
 ('L7:مدينة النبك','LOCATION','al-nabk'), ('L7:سلاح الجو السوري','ACTOR','SY_GOV'), ('L7:أربع غارات','QUANTITY',None,(4,False,'other')),
 ('L7:قذائف هاون','WEAPON','mortar-shells'), ('L7:بلدة دير عطية','LOCATION','deir-attiyah'), ('L7:الجيش','ACTOR','SY_GOV'), ('L7:المرصد','ORG','sohr'),
 ('L8:سانا','ORG','sana'), ('L8:الجيش','ACTOR','SY_GOV'), ('L8:القلمون','LOCATION','qalamoun'), ('L8:الطريق الدولي','LOCATION','damascus-homs-highway'),
 ('L8:دمشق','LOCATION','damascus'), ('L8:حمص','LOCATION','homs'),
 ('L9:الحدود','LOCATION','lebanon-syria-border'), ('L9:نحو 1200 عائلة','QUANTITY',None,(1200,True,'other')), ('L9:قارة','LOCATION','qara'),
 ('L9:بلدة عرسال','LOCATION','arsal'), ('L9:صواريخ','WEAPON','rockets'), ('L9:الأراضي السورية','LOCATION','syria'), ('L9:جرود البلدة','LOCATION','arsal-outskirts'),
 ('L10:الفصائل','ACTOR','FSA'), ('L10:مدن القلمون','LOCATION','qalamoun'), ('L10:نحو 15 ألف مقاتل','QUANTITY',None,(15000,True,'fighters')),
 ('L10:يبرود','LOCATION','yabroud'), ('L10:حزب الله','ACTOR',HZ), ('L10:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')),
 ('L10:المنطقة','LOCATION','qalamoun'),
 ('L11:القلمون','LOCATION','qalamoun'), ('L11:نحو خمسة أشهر','QUANTITY',None,(5,True,'other')), ('L11:الجيش','ACTOR','SY_GOV'),
 ('L11:حزب الله','ACTOR',HZ), ('L11:مدينة القصير','LOCATION','al-qusayr'), ('L11:ريف حمص','LOCATION','homs-countryside'),
]
times = [
 ('L2:اليوم الثلاثاء', D, 'day'),
 ('L4:فجراً', D, 'part-of-day', {'part': 'morning'}),
 ('L4:الجمعة الماضي', FRI, 'day'),
 ('L6:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L9:منذ يوم الجمعة', FRI + '/' + D, 'day'),
 ('L10:خلال الأسبوعين الماضيين', '2013-11-05/' + D, 'week'),
 ('L11:يونيو الماضي', '2013-06', 'month'),
]
T = 'L2:اليوم الثلاثاء'
GC = 'القيادة العامة للجيش السوري'
MS = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
FSAC = 'قيادي في «الجيش الحر» (رويترز)'
OPP = 'معارضون'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['SY_GOV'], attr=GC),                                                       # 1
 dict(type='CONTROL', trig='L2:أعادت', time=T, actors=['SY_GOV'], loc='L2:بلدة قارة', attr=GC),                                      # 2
 dict(type='ATTACK', trig='L2:معارك', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L2:بلدة قارة', qty=['L2:خمسة أيام'], attr=GC),   # 3
 dict(type='MOVEMENT', trig='L3:تقدمت', time=T, actors=['SY_GOV'], qty=['L3:ثلاثة محاور'], attr=MS),                                  # 4
 dict(type='CONTROL', trig='L3:سيطرت', time=T, actors=['SY_GOV'], loc='L3:التلال المحيطة بالبلدة', attr=MS),                         # 5
 dict(type='ATTACK', trig='L3:قتلت', time=T, actors=['SY_GOV'], targets=['FSA'], attr=MS),                                          # 6
 dict(type='WITHDRAWAL', trig='L4:انسحبوا', time='L4:فجراً', actors=['NUSRA', 'FSA'], loc='L4:قارة', attr=SOHR),                     # 7
 dict(type='ATTACK', trig='L4:قصف', time='L4:الجمعة الماضي', actors=['SY_GOV'], targets=['NUSRA', 'FSA'], attr=SOHR),                # 8
 dict(type='ATTACK', trig='L5:الهجوم', time=T, actors=[HZ, 'SY_GOV'], targets=['FSA'], loc='L5:قارة',
      qty=['L5:26 مقاتلاً على الأقل', 'L5:12 عنصراً'], attr=SOHR),                                                                 # 9
 dict(type='CONTROL', trig='L6:سقوط', mod='denied', time=T, loc='L6:البلدة', attr=FSAC),                                            # 10
 dict(type='MOVEMENT', trig='L6:أعادوا', time=T, actors=['FSA'], loc='L6:الجرود الغربية للبلدة', attr=FSAC),                          # 11
 dict(type='ATTACK', trig='L6:هجوماً', mod='planned', time='L6:خلال أيام', actors=['FSA'], targets=['SY_GOV'], attr=FSAC),            # 12
 dict(type='ATTACK', trig='L7:غارات', actors=['SY_GOV'], loc='L7:مدينة النبك', qty=['L7:أربع غارات'], attr='المرصد'),                 # 13
 dict(type='ATTACK', trig='L7:سقطت', targets=['SY_GOV'], loc='L7:بلدة دير عطية', weapons=['L7:قذائف هاون'], attr='المرصد'),           # 14
 dict(type='CONTROL', trig='L7:سيطرة', actors=['SY_GOV'], loc='L7:بلدة دير عطية', attr='المرصد'),                                   # 15
 dict(type='OPERATION', trig='L8:عملياته', actors=['SY_GOV'], loc='L8:القلمون', attr='مصدر عسكري (سانا)'),                            # 16
 dict(type='ATTACK', trig='L8:لهجمات', loc='L8:الطريق الدولي', attr='مصدر عسكري (سانا)'),                                           # 17
 dict(type='ATTACK', trig='L9:سقطت', loc='L9:جرود البلدة', weapons=['L9:صواريخ'], attr='مصادر أمنية لبنانية'),                        # 18
 dict(type='MOVEMENT', trig='L10:يتمركز', actors=['FSA'], loc='L10:يبرود', qty=['L10:نحو 15 ألف مقاتل'], attr=OPP),                   # 19
 dict(type='MOVEMENT', trig='L10:دفع', time='L10:خلال الأسبوعين الماضيين', actors=[HZ], loc='L10:المنطقة', qty=['L10:نحو ألفي مقاتل'], attr=OPP),  # 20
 dict(type='ATTACK', trig='L11:معركة', time=T, actors=['SY_GOV', HZ], targets=['FSA'], loc='L11:القلمون'),                           # 21
 dict(type='CONTROL', trig='L11:سيطرة', time='L11:يونيو الماضي', actors=['SY_GOV', HZ], loc='L11:مدينة القصير'),                     # 22
]
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة قارة', 'qara'), as_of=TD, status='controls', source=GC, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('بلدة قارة', 'qara'), as_of=TD, status='present', source=GC, line=2, events=[3]),
 dict(actor='FSA', loc=('بلدة قارة', 'qara'), as_of=TD, status='present', source=GC, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('التلال المحيطة بالبلدة', 'qara-hills'), as_of=TD, status='controls', source=MS, line=3, events=[5]),
 dict(actor='NUSRA', loc=('قارة', 'qara'), as_of=(D, 'part-of-day'), status='withdrawn', source=SOHR, line=4, events=[7]),
 dict(actor='FSA', loc=('قارة', 'qara'), as_of=(D, 'part-of-day'), status='withdrawn', source=SOHR, line=4, events=[7]),
 dict(actor=HZ, loc=('قارة', 'qara'), as_of=TD, status='present', source=SOHR, line=5, events=[9]),
 dict(actor='SY_GOV', loc=('قارة', 'qara'), as_of=TD, status='present', source=SOHR, line=5, events=[9]),
 dict(actor='FSA', loc=('الجرود الغربية للبلدة', 'qara-western-outskirts'), as_of=TD, status='present', source=FSAC, line=6, events=[11]),
 dict(actor='SY_GOV', loc=('بلدة دير عطية', 'deir-attiyah'), as_of=TD, status='controls', source='المرصد', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('بلدة دير عطية', 'deir-attiyah'), as_of=TD, status='attacked', source='المرصد', line=7, events=[14]),
 dict(actor='SY_GOV', loc=('القلمون', 'qalamoun'), as_of=TD, status='present', source=MS, line=8, events=[16]),
 dict(actor='FSA', strength=(15000, True, 'fighters'), loc=('مدن القلمون', 'qalamoun'), as_of=TD, status='present', source=OPP, line=10, events=[19]),
 dict(actor='FSA', loc=('يبرود', 'yabroud'), as_of=TD, status='present', source=OPP, line=10, events=[19]),
 dict(actor=HZ, strength=(2000, True, 'fighters'), loc=('المنطقة', 'qalamoun'), as_of=('2013-11-05/' + D, 'week'), status='reinforced', source=OPP, line=10, events=[20]),
 dict(actor='SY_GOV', loc=('مدينة القصير', 'al-qusayr'), as_of=('2013-06', 'month'), status='controls', line=11, events=[22]),
 dict(actor=HZ, loc=('مدينة القصير', 'al-qusayr'), as_of=('2013-06', 'month'), status='controls', line=11, events=[22]),
]
build('almasryalyoum-qara-qalamoun', None, 'المصري اليوم', D, L, ents, times, events, forces)
