from build import build
L = [
'إسرائيل تدمّر مطار حماة العسكري وتتوغل في ريف درعا... و9 قتلى في اشتباكات قرب نوى',
'دمشق - لندن: «الشرق الأوسط»',
'شنّ الطيران الإسرائيلي، ليل الأربعاء - الخميس، سلسلة غارات على مواقع لوزارة الدفاع السورية في مطار حماة العسكري وقاعدة «تي فور» الجوية بريف حمص الشرقي، إضافة إلى محيط مركز البحوث العلمية في حي برزة بدمشق، في أعنف تصعيد منذ مطلع العام.',
'وقالت وزارة الخارجية السورية، في بيان أمس، إن الغارات أدت إلى «تدمير شبه كامل» لمطار حماة ومقتل أربعة عسكريين وإصابة العشرات، واصفة إياها بأنها «محاولة متعمدة لزعزعة استقرار سوريا».',
'وفي ريف درعا الغربي، توغلت قوات إسرائيلية مؤلفة من دبابات وعربات مدرعة في حرش سد الجبيلية قرب مدينة نوى، حيث اشتبك معها مسلحون محليون، قبل أن تقصف طائرة مسيّرة ومدفعية إسرائيلية محيط الحرش، ما أسفر عن مقتل تسعة أشخاص.',
'وقال محافظ درعا أنور الزعبي إن القتلى «من أبناء المنطقة الذين هبّوا للدفاع عن أرضهم»، داعياً المجتمع الدولي إلى «تحمّل مسؤولياته».',
'في المقابل، قال الجيش الإسرائيلي في بيان إن قواته «دمّرت بنى تحتية إرهابية» في منطقة تسيل، وردّت على إطلاق نار من «مسلحين» بغارة جوية.',
'وجاءت التطورات بعد ساعات من تحذير وزير الدفاع الإسرائيلي يسرائيل كاتس الرئيس السوري أحمد الشرع من «ثمن باهظ»، فيما اتهم وزير الخارجية جدعون ساعر تركيا بالسعي إلى إقامة قواعد عسكرية في وسط البلاد.',
'وكانت تقارير قد تحدثت عن زيارة وفد عسكري تركي لقاعدة «تي فور» الشهر الماضي لدراسة نشر منظومات دفاع جوي فيها، ضمن اتفاق دفاعي قيد التفاوض بين أنقرة ودمشق.',
'ميدانياً، أفادت مصادر محلية بأن القوات الإسرائيلية أقامت منذ كانون الأول الماضي تسع نقاط عسكرية على الأقل في المنطقة العازلة وريفي القنيطرة ودرعا، يتمركز فيها بحسب التقديرات نحو ألف جندي.',
'ولم تعلن وزارة الدفاع السورية عن أي رد، فيما دعت جامعة الدول العربية مجلس الأمن الدولي إلى «التحرك الفوري».',
]
D = '2025-04-04'   # Friday; London print daily dated the day after the news
THU = '2025-04-03'
WED = '2025-04-02'
ISR = 'OTHER:israel'
LG = 'OTHER:local-gunmen'
ents = [
 ('L0:إسرائيل','ACTOR',ISR), ('L0:مطار حماة العسكري','LOCATION','hama-military-airport'), ('L0:ريف درعا','LOCATION','daraa-countryside'),
 ('L0:9 قتلى','QUANTITY',None,(9,False,'killed')), ('L0:نوى','LOCATION','nawa'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:لندن','LOCATION','london'), ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:الطيران الإسرائيلي','ACTOR',ISR), ('L2:وزارة الدفاع السورية','ACTOR','SY_GOV'), ('L2:مطار حماة العسكري','LOCATION','hama-military-airport'),
 ('L2:قاعدة «تي فور» الجوية','LOCATION','t4-airbase'), ('L2:ريف حمص الشرقي','LOCATION','homs-east-countryside'),
 ('L2:مركز البحوث العلمية','LOCATION','barzeh-research-centre'), ('L2:حي برزة','LOCATION','barzeh'), ('L2:دمشق','LOCATION','damascus'),
 ('L3:وزارة الخارجية السورية','ACTOR','SY_GOV'), ('L3:مطار حماة','LOCATION','hama-military-airport'), ('L3:أربعة عسكريين','QUANTITY',None,(4,False,'killed')),
 ('L3:العشرات','QUANTITY',None,([24, 99],True,'wounded')), ('L3:سوريا','LOCATION','syria'),
 ('L4:ريف درعا الغربي','LOCATION','daraa-west-countryside'), ('L4:قوات إسرائيلية','ACTOR',ISR), ('L4:دبابات','WEAPON','tanks'),
 ('L4:عربات مدرعة','WEAPON','armoured-vehicles'), ('L4:حرش سد الجبيلية','LOCATION','jabiliyah-dam-forest'), ('L4:مدينة نوى','LOCATION','nawa'),
 ('L4:مسلحون محليون','ACTOR',LG), ('L4:طائرة مسيّرة','WEAPON','drones'), ('L4:مدفعية','WEAPON','artillery'), ('L4:الحرش','LOCATION','jabiliyah-dam-forest'),
 ('L4:تسعة أشخاص','QUANTITY',None,(9,False,'killed')),
 ('L5:درعا','LOCATION','daraa'), ('L5:المنطقة','LOCATION','nawa'), ('L5:أنور الزعبي','PERSON','anwar-al-zoubi'),
 ('L6:الجيش الإسرائيلي','ACTOR',ISR), ('L6:منطقة تسيل','LOCATION','tasil'), ('L6:مسلحين','ACTOR',LG),
 ('L7:يسرائيل كاتس','PERSON','israel-katz'), ('L7:أحمد الشرع','PERSON','ahmed-al-sharaa'), ('L7:جدعون ساعر','PERSON','gideon-saar'), ('L7:تركيا','ACTOR','TR'),
 ('L7:البلاد','LOCATION','syria'),
 ('L8:قاعدة «تي فور»','LOCATION','t4-airbase'), ('L8:منظومات دفاع جوي','WEAPON','air-defence-systems'), ('L8:أنقرة','ACTOR','TR'), ('L8:دمشق','ACTOR','SY_GOV'),
 ('L9:القوات الإسرائيلية','ACTOR',ISR), ('L9:تسع نقاط عسكرية على الأقل','QUANTITY',None,(9,True,'other')), ('L9:المنطقة العازلة','LOCATION','golan-buffer-zone'),
 ('L9:ريفي القنيطرة','LOCATION','quneitra-countryside'), ('L9:درعا','LOCATION','daraa-countryside'), ('L9:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')),
 ('L10:وزارة الدفاع السورية','ACTOR','SY_GOV'), ('L10:جامعة الدول العربية','ORG','arab-league'), ('L10:مجلس الأمن الدولي','ORG','un-security-council'),
]
times = [
 ('L2:ليل الأربعاء - الخميس', WED, 'part-of-day', {'part': 'night'}),
 ('L2:منذ مطلع العام', '2025-01/2025-04', 'month'),
 ('L3:أمس', THU, 'day'),
 ('L8:الشهر الماضي', '2025-03', 'month'),
 ('L9:منذ كانون الأول الماضي', '2024-12/2025-04', 'month'),
]
N = 'L2:ليل الأربعاء - الخميس'
MFA = 'وزارة الخارجية السورية'
IDF = 'الجيش الإسرائيلي'
LOC = 'مصادر محلية'
events = [
 dict(type='ATTACK', trig='L2:غارات', time=N, actors=[ISR], targets=['SY_GOV'], loc='L2:مطار حماة العسكري'),                           # 1
 dict(type='STATEMENT', trig='L3:قالت', time='L3:أمس', actors=['SY_GOV'], attr=MFA),                                                   # 2
 dict(type='ATTACK', trig='L3:الغارات', time=N, actors=[ISR], targets=['SY_GOV'], loc='L3:مطار حماة', qty=['L3:أربعة عسكريين', 'L3:العشرات'],
      attr=MFA),                                                                                                                        # 3
 dict(type='MOVEMENT', trig='L4:توغلت', actors=[ISR], loc='L4:حرش سد الجبيلية', weapons=['L4:دبابات', 'L4:عربات مدرعة']),            # 4
 dict(type='ATTACK', trig='L4:اشتبك', actors=[LG], targets=[ISR], loc='L4:حرش سد الجبيلية'),                                         # 5
 dict(type='ATTACK', trig='L4:تقصف', actors=[ISR], targets=[LG], loc='L4:الحرش', weapons=['L4:طائرة مسيّرة', 'L4:مدفعية'],
      qty=['L4:تسعة أشخاص']),                                                                                                            # 6
 dict(type='STATEMENT', trig='L5:قال', actors=['SY_GOV'], attr='أنور الزعبي'),                                                        # 7
 dict(type='STATEMENT', trig='L6:قال', actors=[ISR], attr=IDF),                                                                       # 8
 dict(type='ATTACK', trig='L6:دمّرت', actors=[ISR], loc='L6:منطقة تسيل', attr=IDF),                                                   # 9
 dict(type='ATTACK', trig='L6:إطلاق نار', actors=[LG], targets=[ISR], attr=IDF),                                                      # 10
 dict(type='ATTACK', trig='L6:بغارة جوية', actors=[ISR], targets=[LG], attr=IDF),                                                     # 11
 dict(type='BASE', trig='L7:إقامة قواعد', mod='planned', actors=['TR'], loc='L7:البلاد', attr='جدعون ساعر'),                          # 12
 dict(type='MOVEMENT', trig='L8:نشر', mod='planned', actors=['TR'], loc='L8:قاعدة «تي فور»', weapons=['L8:منظومات دفاع جوي'], attr='تقارير'),  # 13
 dict(type='AGREEMENT', trig='L8:اتفاق دفاعي', mod='planned', actors=['TR', 'SY_GOV'], attr='تقارير'),                               # 14
 dict(type='BASE', trig='L9:أقامت', time='L9:منذ كانون الأول الماضي', actors=[ISR], loc='L9:المنطقة العازلة',
      qty=['L9:تسع نقاط عسكرية على الأقل'], attr=LOC),                                                                                  # 15
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=[ISR], loc='L9:المنطقة العازلة', qty=['L9:نحو ألف جندي'], attr=LOC),                 # 16
]
NW = (WED, 'part-of-day')
TH = (THU, 'day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', assets='مواقع', loc=('مطار حماة العسكري', 'hama-military-airport'), as_of=NW, status='attacked', line=2, events=[1]),
 dict(actor='SY_GOV', assets='مواقع', loc=('قاعدة «تي فور» الجوية', 't4-airbase'), as_of=NW, status='attacked', line=2, events=[1]),
 dict(actor='SY_GOV', assets='مواقع', loc=('محيط مركز البحوث العلمية في حي برزة', 'barzeh-research-centre'), as_of=NW, status='attacked', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مطار حماة', 'hama-military-airport'), as_of=NW, status='attacked', source=MFA, line=3, events=[3]),
 dict(actor=ISR, assets='دبابات وعربات مدرعة', loc=('حرش سد الجبيلية', 'jabiliyah-dam-forest'), as_of=TH, status='arrived', line=4, events=[4]),
 dict(actor=ISR, loc=('حرش سد الجبيلية', 'jabiliyah-dam-forest'), as_of=TH, status='present', line=4, events=[5]),
 dict(actor=LG, loc=('حرش سد الجبيلية', 'jabiliyah-dam-forest'), as_of=TH, status='present', line=4, events=[5]),
 dict(actor=LG, loc=('محيط الحرش', 'jabiliyah-dam-forest'), as_of=TH, status='attacked', line=4, events=[6]),
 dict(actor=ISR, loc=('منطقة تسيل', 'tasil'), as_of=TH, status='present', source=IDF, line=6, events=[9]),
 dict(actor='TR', loc=('وسط البلاد', 'central-syria'), as_of=TD, status='planned', source='جدعون ساعر', line=7, events=[12]),
 dict(actor='TR', assets='منظومات دفاع جوي', loc=('قاعدة «تي فور»', 't4-airbase'), as_of=('2025-03', 'month'), status='planned', source='تقارير', line=8, events=[13]),
 dict(actor=ISR, strength=(1000, True, 'troops'), assets='تسع نقاط عسكرية', loc=('المنطقة العازلة', 'golan-buffer-zone'), as_of=TD, status='present', source=LOC, line=9, events=[15, 16]),
 dict(actor=ISR, strength=(1000, True, 'troops'), assets='تسع نقاط عسكرية', loc=('ريفي القنيطرة', 'quneitra-countryside'), as_of=TD, status='present', source=LOC, line=9, events=[15, 16]),
 dict(actor=ISR, strength=(1000, True, 'troops'), assets='تسع نقاط عسكرية', loc=('درعا', 'daraa-countryside'), as_of=TD, status='present', source=LOC, line=9, events=[15, 16]),
]
build('asharq-hama-airbase-nawa', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
