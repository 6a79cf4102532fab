from build import build
L = [
'غارات أمريكية على مواقع لميليشيات إيران في دير الزور رداً على مقتل متعاقد أمريكي بالحسكة',
'دير الزور – ليفانت 24',
'شنت مقاتلات أمريكية، ليل الخميس – الجمعة، غارات جوية على مواقع تابعة لميليشيات مدعومة من إيران في مدينتي دير الزور والميادين وفي بادية البوكمال شرقي سوريا، بعد ساعات من هجوم بطائرة مسيّرة استهدف قاعدة لقوات التحالف الدولي في ريف الحسكة.',
'وأعلنت وزارة الدفاع الأمريكية (البنتاغون) أن طائرة مسيّرة "إيرانية المنشأ" ضربت، عند الساعة الواحدة والنصف من ظهر الخميس، منشأة صيانة في القاعدة، ما أدى إلى مقتل متعاقد أمريكي وإصابة خمسة جنود أمريكيين ومتعاقد آخر.',
'وقال وزير الدفاع الأمريكي لويد أوستن في بيان إنه أمر بتنفيذ "ضربات دقيقة" على منشآت يستخدمها "الحرس الثوري" الإيراني وميليشيات مرتبطة به في شرق سوريا، مؤكداً أن واشنطن "ستتخذ كل الإجراءات اللازمة لحماية قواتها".',
'وأفاد المرصد السوري لحقوق الإنسان بأن الغارات أسفرت عن مقتل 19 عنصراً على الأقل من الميليشيات الموالية لإيران وقوات النظام السوري، واستهدفت مستودعاً للأسلحة في حي هرابش بمدينة دير الزور ومقراً في محيط الميادين وموقعاً عسكرياً في بادية البوكمال.',
'وصباح اليوم الجمعة، سقطت عدة صواريخ داخل قاعدة "القرية الخضراء" التي تتمركز فيها قوات أمريكية في ريف دير الزور الشرقي، من دون أن تسفر عن إصابات، بحسب القيادة المركزية الأمريكية.',
'من جانبها، حذّرت "المراكز الاستشارية الإيرانية" في سوريا، في بيان نقلته وكالة "تسنيم"، من أنها "تملك القدرة على الرد" على أي اعتداء، نافية أن تكون مقراتها في دير الزور قد استُهدفت ليل أمس.',
'ويتوزع نحو 900 جندي أمريكي في سوريا على قواعد عدة، أبرزها قاعدتا حقل العمر والشدادي في مناطق سيطرة "قوات سوريا الديمقراطية" (قسد) شمال شرق البلاد، إضافة إلى قاعدة التنف قرب الحدود مع العراق والأردن.',
'وتقول واشنطن إن قواتها تعرضت لنحو 80 هجوماً من قبل ميليشيات مدعومة من إيران منذ مطلع عام 2021، فيما تتهم دمشق وطهران القوات الأمريكية بـ"احتلال" حقول النفط السورية.',
]
D = '2023-03-24'   # Friday; Syrian news site, web copy of its own day
THU = '2023-03-23'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:ميليشيات إيران','ACTOR',IBM), ('L0:دير الزور','LOCATION','deir-ez-zor'), ('L0:الحسكة','LOCATION','hasakah'),
 ('L1:دير الزور','LOCATION','deir-ez-zor'), ('L1:ليفانت 24','ORG','levant24'),
 ('L2:مقاتلات','WEAPON','fighter-jets'), ('L2:ميليشيات مدعومة من إيران','ACTOR',IBM), ('L2:مدينتي دير الزور','LOCATION','deir-ez-zor'),
 ('L2:الميادين','LOCATION','mayadin'), ('L2:بادية البوكمال','LOCATION','albu-kamal-desert'), ('L2:سوريا','LOCATION','syria'),
 ('L2:طائرة مسيّرة','WEAPON','drone'), ('L2:قوات التحالف الدولي','ACTOR','COALITION'), ('L2:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L3:وزارة الدفاع الأمريكية','ACTOR','US'), ('L3:البنتاغون','ACTOR','US'), ('L3:طائرة مسيّرة','WEAPON','drone'),
 ('L3:القاعدة','LOCATION','coalition-base-hasakah'), ('L3:خمسة جنود','QUANTITY',None,(5,False,'wounded')),
 ('L3:جنود أمريكيين','ACTOR','US'),
 ('L4:لويد أوستن','PERSON','lloyd-austin'), ('L4:الحرس الثوري','ACTOR','IR'), ('L4:ميليشيات مرتبطة به','ACTOR',IBM),
 ('L4:شرق سوريا','LOCATION','east-syria'), ('L4:واشنطن','ACTOR','US'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:19 عنصراً على الأقل','QUANTITY',None,(19,True,'killed')),
 ('L5:الميليشيات الموالية لإيران','ACTOR',IBM), ('L5:قوات النظام السوري','ACTOR','SY_GOV'), ('L5:حي هرابش','LOCATION','harabesh'),
 ('L5:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L5:الميادين','LOCATION','mayadin'), ('L5:بادية البوكمال','LOCATION','albu-kamal-desert'),
 ('L6:عدة صواريخ','QUANTITY',None,([3, 9],True,'missiles')), ('L6:صواريخ#0','WEAPON','rockets'),
 ('L6:قاعدة "القرية الخضراء"','LOCATION','green-village'), ('L6:قوات أمريكية','ACTOR','US'),
 ('L6:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L6:القيادة المركزية الأمريكية','ACTOR','US'),
 ('L7:المراكز الاستشارية الإيرانية','ACTOR','IR'), ('L7:سوريا','LOCATION','syria'), ('L7:تسنيم','ORG','tasnim'),
 ('L7:دير الزور','LOCATION','deir-ez-zor'),
 ('L8:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L8:جندي أمريكي','ACTOR','US'), ('L8:سوريا#0','LOCATION','syria'),
 ('L8:قواعد عدة','QUANTITY',None,([3, 9],True,'other')), ('L8:قاعدتا حقل العمر','LOCATION','al-omar-oilfield'), ('L8:الشدادي','LOCATION','shaddadi'),
 ('L8:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L8:قسد','ACTOR','SDF'), ('L8:شمال شرق البلاد','LOCATION','northeast-syria'),
 ('L8:قاعدة التنف','LOCATION','al-tanf'), ('L8:الحدود','LOCATION','syria-iraq-jordan-border'), ('L8:العراق','LOCATION','iraq'),
 ('L8:الأردن','LOCATION','jordan'),
 ('L9:واشنطن','ACTOR','US'), ('L9:نحو 80 هجوماً','QUANTITY',None,(80,True,'other')), ('L9:ميليشيات مدعومة من إيران','ACTOR',IBM),
 ('L9:دمشق','ACTOR','SY_GOV'), ('L9:طهران','ACTOR','IR'), ('L9:القوات الأمريكية','ACTOR','US'),
 ('L9:حقول النفط السورية','LOCATION','syria-oilfields'),
]
times = [
 ('L2:ليل الخميس – الجمعة', THU, 'part-of-day', {'part': 'night'}),
 ('L3:الساعة الواحدة والنصف من ظهر الخميس', THU, 'part-of-day', {'part': 'noon'}),
 ('L6:صباح اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L7:ليل أمس', THU, 'part-of-day', {'part': 'night'}),
 ('L9:منذ مطلع عام 2021', '2021-01/2023-03', 'month'),
]
N = 'L2:ليل الخميس – الجمعة'
PENT = 'وزارة الدفاع الأمريكية (البنتاغون)'
SOHR = 'المرصد السوري لحقوق الإنسان'
CENT = 'القيادة المركزية الأمريكية'
IRC = 'المراكز الاستشارية الإيرانية (تسنيم)'
events = [
 dict(type='ATTACK', trig='L2:غارات جوية', time=N, actors=['US'], targets=[IBM], loc='L2:مدينتي دير الزور', weapons=['L2:مقاتلات']),  # 1
 dict(type='ATTACK', trig='L2:هجوم', targets=['COALITION'], loc='L2:ريف الحسكة', weapons=['L2:طائرة مسيّرة']),                  # 2
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['US'], attr=PENT),                                                              # 3
 dict(type='ATTACK', trig='L3:ضربت', time='L3:الساعة الواحدة والنصف من ظهر الخميس', targets=['COALITION', 'US'], loc='L3:القاعدة',
      weapons=['L3:طائرة مسيّرة'], qty=['L3:خمسة جنود'], attr=PENT),                                                             # 4
 dict(type='STATEMENT', trig='L4:قال', actors=['US'], attr='لويد أوستن'),                                                        # 5
 dict(type='ATTACK', trig='L4:ضربات دقيقة', time=N, actors=['US'], targets=['IR', IBM], loc='L4:شرق سوريا', attr='لويد أوستن'),    # 6
 dict(type='ATTACK', trig='L5:الغارات', time=N, actors=['US'], targets=[IBM, 'SY_GOV'], loc='L5:حي هرابش',
      qty=['L5:19 عنصراً على الأقل'], attr=SOHR),                                                                                 # 7
 dict(type='ATTACK', trig='L6:سقطت', time='L6:صباح اليوم الجمعة', targets=['US'], loc='L6:قاعدة "القرية الخضراء"',
      weapons=['L6:صواريخ#0'], qty=['L6:عدة صواريخ'], attr=CENT),                                                                 # 8
 dict(type='MOVEMENT', trig='L6:تتمركز', actors=['US'], loc='L6:قاعدة "القرية الخضراء"', attr=CENT),                             # 9
 dict(type='STATEMENT', trig='L7:بيان', actors=['IR'], attr=IRC),                                                                # 10
 dict(type='ATTACK', trig='L7:استُهدفت', mod='denied', time='L7:ليل أمس', targets=['IR'], loc='L7:دير الزور', attr=IRC),          # 11
 dict(type='CONTROL', trig='L8:سيطرة', actors=['SDF'], loc='L8:شمال شرق البلاد'),                                               # 12
 dict(type='ATTACK', trig='L9:هجوماً', time='L9:منذ مطلع عام 2021', actors=[IBM], targets=['US'], qty=['L9:نحو 80 هجوماً'], attr='واشنطن'),  # 13
 dict(type='CONTROL', trig='L9:احتلال', actors=['US'], loc='L9:حقول النفط السورية', attr='دمشق وطهران'),                          # 14
]
NP = (THU, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor=IBM, assets='مواقع', loc=('مدينتي دير الزور', 'deir-ez-zor'), as_of=NP, status='attacked', line=2, events=[1]),
 dict(actor=IBM, assets='مواقع', loc=('الميادين', 'mayadin'), as_of=NP, status='attacked', line=2, events=[1]),
 dict(actor=IBM, assets='مواقع', loc=('بادية البوكمال', 'albu-kamal-desert'), as_of=NP, status='attacked', line=2, events=[1]),
 dict(actor='COALITION', assets='قاعدة', loc=('ريف الحسكة', 'hasakah-countryside'), as_of=(THU, 'day'), status='attacked', line=2, events=[2]),
 dict(actor='US', assets='منشأة صيانة', loc=('القاعدة', 'coalition-base-hasakah'), as_of=NP, status='attacked', source=PENT, line=3, events=[4]),
 dict(actor=IBM, assets='مستودع للأسلحة', loc=('حي هرابش', 'harabesh'), as_of=NP, status='attacked', source=SOHR, line=5, events=[7]),
 dict(actor=IBM, assets='مقر', loc=('الميادين', 'mayadin'), as_of=NP, status='attacked', source=SOHR, line=5, events=[7]),
 dict(actor=IBM, assets='موقع عسكري', loc=('بادية البوكمال', 'albu-kamal-desert'), as_of=NP, status='attacked', source=SOHR, line=5, events=[7]),
 dict(actor='US', loc=('قاعدة "القرية الخضراء"', 'green-village'), as_of=(D, 'part-of-day'), status='attacked', source=CENT, line=6, events=[8]),
 dict(actor='US', loc=('قاعدة "القرية الخضراء"', 'green-village'), as_of=(D, 'part-of-day'), status='present', source=CENT, line=6, events=[9]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('سوريا', 'syria'), as_of=TD, status='present', line=8),
 dict(actor='US', loc=('قاعدتا حقل العمر', 'al-omar-oilfield'), as_of=TD, status='present', line=8),
 dict(actor='US', loc=('الشدادي', 'shaddadi'), as_of=TD, status='present', line=8),
 dict(actor='US', loc=('قاعدة التنف', 'al-tanf'), as_of=TD, status='present', line=8),
 dict(actor='SDF', loc=('شمال شرق البلاد', 'northeast-syria'), as_of=TD, status='controls', line=8, events=[12]),
 dict(actor='US', loc=('حقول النفط السورية', 'syria-oilfields'), as_of=TD, status='controls', source='دمشق وطهران', line=9, events=[14]),
]
build('levant24-deir-ez-zor-us-strikes', None, 'ليفانت 24', D, L, ents, times, events, forces)
