from build import build
L = [
'89 قتيلاً بهجوم مسيّرات على الكلية الحربية في حمص.. وقصف مكثف على إدلب',
'دبي - الشرق',
'ارتفعت حصيلة الهجوم بطائرات مسيّرة على حفل تخريج طلاب الكلية الحربية في مدينة حمص وسط سوريا إلى 89 قتيلاً، بينهم 31 امرأة و5 أطفال، إضافة إلى 277 مصاباً، وفق ما أعلنت وزارة الصحة السورية، الجمعة.',
'وقالت القيادة العامة للجيش السوري في بيان إن "التنظيمات الإرهابية المسلحة المدعومة من أطراف دولية معروفة" استهدفت الحفل بعد ظهر الخميس بمسيّرات محمّلة بذخائر متفجرة، بعد دقائق من مغادرة وزير الدفاع العماد علي محمود عباس المكان.',
'وأعلنت الحكومة السورية الحداد الرسمي ثلاثة أيام، فيما توعد الجيش بالرد "بكل قوة وحزم على تلك التنظيمات الإرهابية أينما وجدت"، في وقت لم تتبن أي جهة الهجوم حتى الآن.',
'ومساء الخميس، شنت قوات الحكومة السورية قصفاً مدفعياً وصاروخياً مكثفاً على مدن وبلدات في ريف إدلب، بينها سرمين وأريحا وجسر الشغور ومدينة إدلب، بالتزامن مع غارات جوية روسية استهدفت محيط بلدة الفوعة، ما أسفر عن مقتل 11 مدنياً على الأقل، بحسب "الدفاع المدني السوري".',
'وتسيطر "هيئة تحرير الشام" على معظم محافظة إدلب، إلى جانب فصائل من "الجبهة الوطنية للتحرير" المدعومة من تركيا، التي تنشر عشرات النقاط والقواعد العسكرية في المنطقة.',
'من جهته، قال مركز المصالحة الروسي إن الطيران الروسي دمّر "مقرات ومستودعات" لـ"هيئة تحرير الشام" في ريف إدلب، رداً على ما وصفه بـ"الهجوم الإرهابي" على حمص.',
'ودفعت القوات الحكومية بتعزيزات عسكرية تضم دبابات وراجمات صواريخ إلى ريف إدلب الجنوبي وسهل الغاب، وفق "المرصد السوري لحقوق الإنسان"، وسط مخاوف من عملية عسكرية واسعة.',
'ودعا المبعوث الأممي إلى سوريا غير بيدرسون جميع الأطراف إلى "أقصى درجات ضبط النفس"، معرباً عن قلقه من تقارير عن سقوط ضحايا مدنيين في حمص وإدلب على حد سواء.',
]
D = '2023-10-06'   # Friday; web copy of its own day
THU = '2023-10-05'
NFL = 'OTHER:national-front-for-liberation'
ents = [
 ('L0:89 قتيلاً','QUANTITY',None,(89,False,'killed')), ('L0:مسيّرات','WEAPON','drones'), ('L0:الكلية الحربية','LOCATION','homs-military-academy'),
 ('L0:حمص','LOCATION','homs'), ('L0:إدلب','LOCATION','idlib'),
 ('L1:دبي','LOCATION','dubai'), ('L1:الشرق','ORG','asharq'),
 ('L2:طائرات مسيّرة','WEAPON','drones'), ('L2:الكلية الحربية','LOCATION','homs-military-academy'), ('L2:مدينة حمص','LOCATION','homs'),
 ('L2:وسط سوريا','LOCATION','central-syria'), ('L2:89 قتيلاً','QUANTITY',None,(89,False,'killed')), ('L2:31 امرأة','QUANTITY',None,(31,False,'killed')),
 ('L2:5 أطفال','QUANTITY',None,(5,False,'killed')), ('L2:277 مصاباً','QUANTITY',None,(277,False,'wounded')),
 ('L2:وزارة الصحة السورية','ACTOR','SY_GOV'),
 ('L3:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L3:التنظيمات الإرهابية المسلحة','ACTOR','NUSRA'), ('L3:مسيّرات','WEAPON','drones'),
 ('L3:ذخائر متفجرة','WEAPON','explosive-munitions'), ('L3:علي محمود عباس','PERSON','ali-mahmoud-abbas'),
 ('L4:الحكومة السورية','ACTOR','SY_GOV'), ('L4:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L4:الجيش','ACTOR','SY_GOV'),
 ('L4:التنظيمات الإرهابية','ACTOR','NUSRA'),
 ('L5:قوات الحكومة السورية','ACTOR','SY_GOV'), ('L5:مدن وبلدات في ريف إدلب','LOCATION','idlib-countryside-towns'), ('L5:سرمين','LOCATION','sarmin'),
 ('L5:أريحا','LOCATION','ariha'), ('L5:جسر الشغور','LOCATION','jisr-al-shughur'), ('L5:مدينة إدلب','LOCATION','idlib'),
 ('L5:بلدة الفوعة','LOCATION','al-fuaa'), ('L5:11 مدنياً على الأقل','QUANTITY',None,(11,True,'killed')),
 ('L5:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L6:هيئة تحرير الشام','ACTOR','NUSRA'), ('L6:معظم محافظة إدلب','LOCATION','idlib-governorate'), ('L6:الجبهة الوطنية للتحرير','ACTOR',NFL),
 ('L6:تركيا','ACTOR','TR'), ('L6:عشرات النقاط والقواعد العسكرية','QUANTITY',None,([24,99],True,'other')), ('L6:المنطقة','LOCATION','idlib-governorate'),
 ('L7:مركز المصالحة الروسي','ACTOR','RU'), ('L7:الطيران الروسي','ACTOR','RU'), ('L7:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L7:ريف إدلب','LOCATION','idlib-countryside'), ('L7:حمص','LOCATION','homs'),
 ('L8:القوات الحكومية','ACTOR','SY_GOV'), ('L8:دبابات','WEAPON','tanks'), ('L8:راجمات صواريخ','WEAPON','rocket-launchers'),
 ('L8:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L8:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L9:سوريا','LOCATION','syria'), ('L9:غير بيدرسون','PERSON','geir-pedersen'), ('L9:حمص','LOCATION','homs'), ('L9:إدلب','LOCATION','idlib'),
]
times = [
 ('L2:الجمعة', D, 'day'),
 ('L3:بعد ظهر الخميس', THU, 'part-of-day', {'part':'noon'}),
 ('L5:مساء الخميس', THU, 'part-of-day', {'part':'evening'}),
]
MOH = 'وزارة الصحة السورية'
GC = 'القيادة العامة للجيش السوري'
SCD = 'الدفاع المدني السوري'
RCC = 'مركز المصالحة الروسي'
SOHR = 'المرصد السوري لحقوق الإنسان'
PM = 'L3:بعد ظهر الخميس'
EVE = 'L5:مساء الخميس'
events = [
 dict(type='ATTACK', trig='L2:الهجوم', time=PM, targets=['SY_GOV'], loc='L2:الكلية الحربية', attr=MOH, weapons=['L2:طائرات مسيّرة'],
      qty=['L2:89 قتيلاً','L2:31 امرأة','L2:5 أطفال','L2:277 مصاباً']),                                                               # 1
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:الجمعة', actors=['SY_GOV'], attr=MOH),                                              # 2
 dict(type='STATEMENT', trig='L3:قالت', actors=['SY_GOV'], attr=GC),                                                                   # 3
 dict(type='ATTACK', trig='L3:استهدفت', time=PM, actors=['NUSRA'], targets=['SY_GOV'], attr=GC, weapons=['L3:مسيّرات','L3:ذخائر متفجرة']),  # 4
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['SY_GOV'], attr='الحكومة السورية'),                                                  # 5
 dict(type='ATTACK', trig='L4:بالرد', mod='planned', actors=['SY_GOV'], targets=['NUSRA'], attr='الجيش'),                              # 6
 dict(type='ATTACK', trig='L4:الهجوم', time=PM),                                                                                       # 7
 dict(type='ATTACK', trig='L5:قصفاً', time=EVE, actors=['SY_GOV'], loc='L5:مدن وبلدات في ريف إدلب', attr=SCD, qty=['L5:11 مدنياً على الأقل']),  # 8
 dict(type='ATTACK', trig='L5:غارات جوية', time=EVE, actors=['RU'], loc='L5:بلدة الفوعة', attr=SCD),                                  # 9
 dict(type='CONTROL', trig='L6:تسيطر', actors=['NUSRA',NFL], loc='L6:معظم محافظة إدلب'),                                             # 10
 dict(type='MOVEMENT', trig='L6:تنشر', actors=['TR'], loc='L6:المنطقة', qty=['L6:عشرات النقاط والقواعد العسكرية']),                   # 11
 dict(type='STATEMENT', trig='L7:قال', actors=['RU'], attr=RCC),                                                                       # 12
 dict(type='ATTACK', trig='L7:دمّر', actors=['RU'], targets=['NUSRA'], loc='L7:ريف إدلب', attr=RCC),                                  # 13
 dict(type='ATTACK', trig='L7:الهجوم', time=PM, loc='L7:حمص', attr=RCC),                                                              # 14
 dict(type='MOVEMENT', trig='L8:دفعت', actors=['SY_GOV'], loc='L8:ريف إدلب الجنوبي', attr=SOHR, weapons=['L8:دبابات','L8:راجمات صواريخ']),  # 15
 dict(type='OPERATION', trig='L8:عملية عسكرية', mod='expected', attr=SOHR),                                                            # 16
]
OD = (D, 'day')
VG = (None, 'vague')
PMD = (THU, 'part-of-day')
forces = [
 dict(actor='SY_GOV', assets='حفل تخريج طلاب الكلية', loc=('الكلية الحربية','homs-military-academy'), as_of=PMD, status='attacked', source=MOH,
      line=2, events=[1]),
 dict(actor='SY_GOV', assets='الكلية الحربية', loc=('الكلية الحربية','homs-military-academy'), as_of=PMD, status='present', source=MOH,
      line=2, events=[1]),
 dict(actor='NUSRA', loc=('معظم محافظة إدلب','idlib-governorate'), as_of=OD, status='controls', line=6, events=[10]),
 dict(actor=NFL, loc=('معظم محافظة إدلب','idlib-governorate'), as_of=OD, status='controls', line=6, events=[10]),
 dict(actor='TR', strength=([24, 99], True, 'other'), assets='عشرات النقاط والقواعد العسكرية', loc=('المنطقة','idlib-governorate'), as_of=OD,
      status='present', line=6, events=[11]),
 dict(actor='NUSRA', assets='مقرات ومستودعات', loc=('ريف إدلب','idlib-countryside'), as_of=VG, status='attacked', source=RCC, line=7, events=[13]),
 dict(actor='SY_GOV', assets='تعزيزات: دبابات وراجمات صواريخ', loc=('ريف إدلب الجنوبي','idlib-south-countryside'), as_of=VG, status='reinforced',
      source=SOHR, line=8, events=[15]),
 dict(actor='SY_GOV', assets='تعزيزات: دبابات وراجمات صواريخ', loc=('سهل الغاب','al-ghab-plain'), as_of=VG, status='reinforced',
      source=SOHR, line=8, events=[15]),
]
build('asharq-homs-military-academy', None, 'الشرق', D, L, ents, times, events, forces)
