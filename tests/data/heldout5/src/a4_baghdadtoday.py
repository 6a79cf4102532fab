from build import build
L = [
'الكاظمي يدين الضربات الأمريكية على الحدود السورية.. والحشد يتوعد بالرد',
'بغداد اليوم - بغداد',
'أعلنت وزارة الدفاع الأمريكية (البنتاغون)، فجر اليوم الاثنين (28 حزيران 2021)، أن مقاتلات أمريكية نفذت ليلة أمس ضربات جوية "دقيقة" استهدفت منشآت تشغيلية ومخازن أسلحة تابعة لفصائل مدعومة من إيران في موقعين داخل سوريا وموقع في العراق قرب منطقة القائم الحدودية.',
'وقال المتحدث باسم البنتاغون جون كيربي إن الضربات جاءت رداً على هجمات بطائرات مسيّرة نفذتها تلك الفصائل ضد أفراد ومنشآت أمريكية في العراق، مؤكداً أن الولايات المتحدة "ستتخذ الإجراءات اللازمة لحماية قواتها".',
'وحددت مصادر أمنية عراقية لـ"بغداد اليوم" الموقع المستهدف داخل الأراضي العراقية بأنه مقر لكتائب حزب الله وكتائب سيد الشهداء المنضويتين في الحشد الشعبي قرب الشريط الحدودي، مبينة أن الضربة أسفرت عن مقتل 4 عناصر من الحشد وإصابة آخرين.',
'من جهته، أدان القائد العام للقوات المسلحة مصطفى الكاظمي، في بيان، الضربات الأمريكية، واعتبرها "انتهاكاً سافراً وغير مقبول للسيادة العراقية"، مؤكداً أن العراق "يرفض أن يكون ساحة لتصفية الحسابات".',
'وتوعدت هيئة الحشد الشعبي في بيان بالرد على "العدوان الأمريكي"، فيما أعلنت فصائل منضوية في ما يسمى "تنسيقية المقاومة العراقية" أنها ستواصل استهداف القوات الأمريكية "حتى خروجها من البلاد".',
'وتأتي الضربات بعد استعراض عسكري أقامه الحشد الشعبي، السبت الماضي، في معسكر أشرف بمحافظة ديالى، بمناسبة الذكرى السابعة لتأسيسه، شارك فيه أكثر من 20 ألف مقاتل وعرضت خلاله صواريخ وطائرات مسيّرة ودبابات.',
'وكانت قاعدة عين الأسد الجوية في الأنبار ومطار بغداد الدولي قد تعرضا مطلع الشهر الجاري لهجمات بطائرات مسيّرة مفخخة، من دون تسجيل إصابات، فيما يبلغ عدد القوات الأمريكية في العراق نحو 2500 جندي يتوزعون على عدة قواعد.',
]
D = '2021-06-28'
Y = '2021-06-27'
KH, KS, PMF, IBM = 'OTHER:kataib-hezbollah', 'OTHER:kataib-sayyid-al-shuhada', 'OTHER:pmf', 'OTHER:iran-backed-militias'
ents = [
 ('L0:الكاظمي','PERSON','mustafa-al-kadhimi'), ('L0:الحدود السورية','LOCATION','syria-iraq-border'), ('L0:الحشد','ACTOR',PMF),
 ('L1:بغداد اليوم','ORG','baghdad-today'), ('L1:بغداد#1','LOCATION','baghdad'),
 ('L2:وزارة الدفاع الأمريكية','ACTOR','US'), ('L2:البنتاغون','ACTOR','US'), ('L2:مقاتلات','WEAPON','warplanes'),
 ('L2:فصائل مدعومة من إيران','ACTOR',IBM), ('L2:موقعين','QUANTITY',None,(2,False,'other')), ('L2:سوريا','LOCATION','syria'),
 ('L2:العراق','LOCATION','iraq'), ('L2:منطقة القائم الحدودية','LOCATION','al-qaim'),
 ('L3:البنتاغون','ACTOR','US'), ('L3:جون كيربي','PERSON','john-kirby'), ('L3:طائرات مسيّرة','WEAPON','drones'), ('L3:الفصائل','ACTOR',IBM),
 ('L3:العراق','LOCATION','iraq'), ('L3:الولايات المتحدة','ACTOR','US'),
 ('L4:بغداد اليوم','ORG','baghdad-today'), ('L4:الأراضي العراقية','LOCATION','iraq'), ('L4:كتائب حزب الله','ACTOR',KH),
 ('L4:كتائب سيد الشهداء','ACTOR',KS), ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L4:4 عناصر','QUANTITY',None,(4,False,'killed')), ('L4:الحشد#1','ACTOR',PMF),
 ('L5:مصطفى الكاظمي','PERSON','mustafa-al-kadhimi'), ('L5:العراق#1','ACTOR','IQ_GOV'),
 ('L6:هيئة الحشد الشعبي','ACTOR',PMF), ('L6:تنسيقية المقاومة العراقية','ACTOR','OTHER:iraqi-resistance-coordination'),
 ('L6:القوات الأمريكية','ACTOR','US'), ('L6:البلاد','LOCATION','iraq'),
 ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:معسكر أشرف','LOCATION','camp-ashraf'), ('L7:محافظة ديالى','LOCATION','diyala-governorate'),
 ('L7:أكثر من 20 ألف مقاتل','QUANTITY',None,(20000,True,'fighters')), ('L7:صواريخ','WEAPON','missiles'), ('L7:طائرات مسيّرة','WEAPON','drones'),
 ('L7:دبابات','WEAPON','tanks'),
 ('L8:قاعدة عين الأسد الجوية','LOCATION','ain-al-asad'), ('L8:الأنبار','LOCATION','anbar'), ('L8:مطار بغداد الدولي','LOCATION','baghdad-airport'),
 ('L8:طائرات مسيّرة مفخخة','WEAPON','drones'), ('L8:القوات الأمريكية','ACTOR','US'), ('L8:العراق','LOCATION','iraq'),
 ('L8:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')), ('L8:عدة قواعد','LOCATION','us-bases-iraq'),
]
times = [
 ('L2:فجر اليوم الاثنين', D, 'part-of-day', {'part':'morning'}),
 ('L2:28 حزيران 2021', D, 'day'),
 ('L2:ليلة أمس', Y, 'part-of-day', {'part':'night'}),
 ('L7:السبت الماضي', '2021-06-26', 'day'),
 ('L8:مطلع الشهر الجاري', '2021-06', 'month'),
]
PG = 'وزارة الدفاع الأمريكية (البنتاغون)'
JK = 'جون كيربي'
SEC = 'مصادر أمنية عراقية'
KZ = 'مصطفى الكاظمي'
HH = 'هيئة الحشد الشعبي'
TQ = 'تنسيقية المقاومة العراقية'
N = 'L2:ليلة أمس'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:فجر اليوم الاثنين', actors=['US'], attr=PG),
 dict(type='ATTACK', trig='L2:ضربات جوية', time=N, actors=['US'], targets=[IBM], loc='L2:منطقة القائم الحدودية', attr=PG,
      weapons=['L2:مقاتلات'], qty=['L2:موقعين']),
 dict(type='STATEMENT', trig='L3:قال', actors=['US'], attr=JK),
 dict(type='ATTACK', trig='L3:الضربات', time=N, actors=['US'], targets=[IBM], attr=JK),
 dict(type='ATTACK', trig='L3:هجمات', actors=[IBM], targets=['US'], loc='L3:العراق', attr=JK, weapons=['L3:طائرات مسيّرة']),
 dict(type='ATTACK', trig='L4:الضربة', time=N, actors=['US'], targets=[KH, KS], loc='L4:الشريط الحدودي', attr=SEC, qty=['L4:4 عناصر']),
 dict(type='STATEMENT', trig='L5:أدان', actors=['IQ_GOV'], attr=KZ),
 dict(type='ATTACK', trig='L5:الضربات', time=N, actors=['US'], targets=[IBM], attr=KZ),
 dict(type='STATEMENT', trig='L6:بيان', actors=[PMF], attr=HH),
 dict(type='ATTACK', trig='L6:بالرد', mod='planned', actors=[PMF], targets=['US'], attr=HH),
 dict(type='ATTACK', trig='L6:العدوان', time=N, actors=['US'], targets=[PMF], attr=HH),
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['OTHER:iraqi-resistance-coordination'], attr=TQ),
 dict(type='ATTACK', trig='L6:استهداف', mod='planned', actors=['OTHER:iraqi-resistance-coordination'], targets=['US'], loc='L6:البلاد', attr=TQ),
 dict(type='TRAINING', trig='L7:استعراض عسكري', time='L7:السبت الماضي', actors=[PMF], loc='L7:معسكر أشرف',
      weapons=['L7:صواريخ','L7:طائرات مسيّرة','L7:دبابات'], qty=['L7:أكثر من 20 ألف مقاتل']),
 dict(type='ATTACK', trig='L8:هجمات', time='L8:مطلع الشهر الجاري', targets=['US'], loc='L8:قاعدة عين الأسد الجوية', weapons=['L8:طائرات مسيّرة مفخخة']),
]
NI = (Y, 'part-of-day')
forces = [
 dict(actor=IBM, assets='منشآت تشغيلية ومخازن أسلحة', loc=('سوريا','syria'), as_of=NI, status='attacked', source=PG, line=2, events=[2]),
 dict(actor=IBM, assets='منشآت تشغيلية ومخازن أسلحة', loc=('منطقة القائم الحدودية','al-qaim'), as_of=NI, status='attacked', source=PG, line=2, events=[2]),
 dict(actor='US', assets='أفراد ومنشآت', loc=('العراق','iraq'), as_of=(D,'day'), status='attacked', source=JK, line=3, events=[5]),
 dict(actor=KH, assets='مقر', loc=('الشريط الحدودي','syria-iraq-border'), as_of=NI, status='attacked', source=SEC, line=4, events=[6]),
 dict(actor=KS, assets='مقر', loc=('الشريط الحدودي','syria-iraq-border'), as_of=NI, status='attacked', source=SEC, line=4, events=[6]),
 dict(actor=KH, assets='مقر', loc=('الشريط الحدودي','syria-iraq-border'), as_of=NI, status='present', source=SEC, line=4, events=[]),
 dict(actor=KS, assets='مقر', loc=('الشريط الحدودي','syria-iraq-border'), as_of=NI, status='present', source=SEC, line=4, events=[]),
 dict(actor=PMF, strength=(20000,True,'fighters'), assets='صواريخ وطائرات مسيّرة ودبابات', loc=('معسكر أشرف','camp-ashraf'), as_of=('2021-06-26','day'), status='present', source=None, line=7, events=[14]),
 dict(actor='US', loc=('قاعدة عين الأسد الجوية','ain-al-asad'), as_of=('2021-06','month'), status='attacked', source=None, line=8, events=[15]),
 dict(actor='US', loc=('مطار بغداد الدولي','baghdad-airport'), as_of=('2021-06','month'), status='attacked', source=None, line=8, events=[15]),
 dict(actor='US', strength=(2500,True,'troops'), assets='عدة قواعد', loc=('العراق','iraq'), as_of=(D,'day'), status='present', source=None, line=8, events=[]),
 dict(actor='US', loc=('قاعدة عين الأسد الجوية','ain-al-asad'), as_of=(D,'day'), status='present', source=None, line=8, events=[]),
 dict(actor='US', loc=('مطار بغداد الدولي','baghdad-airport'), as_of=(D,'day'), status='present', source=None, line=8, events=[]),
]
build('baghdadtoday-qaim-strikes', None, 'بغداد اليوم', D, L, ents, times, events, forces)
