from build import build
L = [
'اعتقال 25 مشتبهاً بالانتماء لـ"داعش" في اليوم الثاني من حملة أمنية بمخيم الهول',
'الحسكة – نورث برس',
'قالت قوى الأمن الداخلي في شمال وشرق سوريا، الاثنين، إنها اعتقلت 25 مشتبهاً بالانتماء لتنظيم "داعش" في اليوم الثاني من الحملة الأمنية التي أطلقتها في مخيم الهول، شرق مدينة الحسكة، بمشاركة قوات سوريا الديمقراطية.',
'وقال مسؤول في المكتب الإعلامي للأسايش، لنورث برس، إن نحو خمسة آلاف عنصر من الأسايش و"قسد" ووحدات حماية المرأة يشاركون في الحملة التي انطلقت فجر أمس الأحد داخل المخيم، وتشمل الأقسام التي يقطنها النازحون السوريون واللاجئون العراقيون.',
'وأضاف أن عناصر الأسايش طوّقوا المخيم مع انطلاق الحملة ونشروا نقاط تفتيش على مداخله، فيما دخلت فرق مدعومة بعربات مصفحة إلى القسمين الأول والثالث، حيث جرى تفتيش الخيم واحدة تلو الأخرى.',
'ووفقاً للمسؤول، فإن بين المعتقلين قياديَّين اثنين في التنظيم كانا مسؤولَين عن عمليات اغتيال طالت 47 شخصاً داخل المخيم منذ مطلع العام الجاري، بينهم عاملون في منظمات إنسانية.',
'وأشار إلى أن الحملة أسفرت حتى الآن عن ضبط أسلحة فردية وذخائر وأجهزة اتصال، إضافة إلى خندق محفور داخل إحدى الخيم في القسم الخامس.',
'وقدّم التحالف الدولي دعماً استخباراتياً ولوجستياً للحملة، بحسب ما أفاد به مراسل نورث برس، فيما وصل رتل من المدرعات الأميركية إلى محيط المخيم صباح اليوم.',
'ويضم مخيم الهول نحو 62 ألف شخص، غالبيتهم من النساء والأطفال، بينهم نحو ثمانية آلاف من عائلات مقاتلي "داعش" الأجانب يقيمون في قسم خاص يعرف بـ"المهاجرات".',
'في المقابل، نفى المتحدث باسم قوات سوريا الديمقراطية فرهاد شامي، ما تداولته حسابات مقربة من الحكومة السورية عن مقتل مدنيين خلال الحملة، واصفاً تلك الأنباء بـ"المفبركة".',
'وتأتي الحملة، التي أطلق عليها اسم "الإنسانية والأمن"، بعد ارتفاع وتيرة الجرائم في المخيم، وسط مطالبات متكررة من الإدارة الذاتية للدول المعنية باستعادة رعاياها.',
]
D = '2021-03-29'   # Monday; web copy of its own day
SUN = '2021-03-28'
ASY = 'OTHER:asayish'
ents = [
 ('L0:25 مشتبهاً','QUANTITY',None,(25,False,'arrested')), ('L0:داعش','ACTOR','ISIS'), ('L0:مخيم الهول','LOCATION','al-hol-camp'),
 ('L1:الحسكة','LOCATION','hasakah'), ('L1:نورث برس','ORG','north-press'),
 ('L2:قوى الأمن الداخلي في شمال وشرق سوريا','ACTOR',ASY), ('L2:25 مشتبهاً','QUANTITY',None,(25,False,'arrested')),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:مخيم الهول','LOCATION','al-hol-camp'), ('L2:مدينة الحسكة','LOCATION','hasakah'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L3:لأسايش#0','ACTOR',ASY), ('L3:نورث برس','ORG','north-press'), ('L3:نحو خمسة آلاف عنصر','QUANTITY',None,(5000,True,'troops')),
 ('L3:الأسايش','ACTOR',ASY), ('L3:المخيم','LOCATION','al-hol-camp'), ('L3:قسد','ACTOR','SDF'), ('L3:وحدات حماية المرأة','ACTOR','YPG'),
 ('L4:عناصر الأسايش','ACTOR',ASY), ('L4:المخيم','LOCATION','al-hol-camp'), ('L4:مداخله','LOCATION','al-hol-camp-entrances'),
 ('L4:عربات مصفحة','WEAPON','armoured-vehicles'), ('L4:القسمين الأول','LOCATION','al-hol-phase-1'), ('L4:الثالث','LOCATION','al-hol-phase-3'),
 ('L5:قياديَّين اثنين','QUANTITY',None,(2,False,'arrested')), ('L5:التنظيم','ACTOR','ISIS'), ('L5:47 شخصاً','QUANTITY',None,(47,False,'killed')),
 ('L5:المخيم','LOCATION','al-hol-camp'),
 ('L6:أسلحة فردية','WEAPON','small-arms'), ('L6:ذخائر','WEAPON','ammunition'), ('L6:القسم الخامس','LOCATION','al-hol-phase-5'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:نورث برس','ORG','north-press'), ('L7:المدرعات','WEAPON','armoured-vehicles'),
 ('L7:محيط المخيم','LOCATION','al-hol-camp'),
 ('L8:مخيم الهول','LOCATION','al-hol-camp'), ('L8:نحو 62 ألف شخص','QUANTITY',None,(62000,True,'people')),
 ('L8:نحو ثمانية آلاف','QUANTITY',None,(8000,True,'people')), ('L8:داعش','ACTOR','ISIS'), ('L8:المهاجرات','LOCATION','al-hol-annex'),
 ('L9:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L9:فرهاد شامي','PERSON','farhad-shami'), ('L9:الحكومة السورية','ACTOR','SY_GOV'),
 ('L10:المخيم','LOCATION','al-hol-camp'), ('L10:الإدارة الذاتية','ORG','aanes'),
]
times = [
 ('L2:الاثنين', D, 'day'),
 ('L3:فجر أمس الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L5:منذ مطلع العام الجاري', '2021-01/2021-03', 'month'),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
]
T = 'L2:الاثنين'
SUND = 'L3:فجر أمس الأحد'
M = SUND
AS = 'قوى الأمن الداخلي'
OFF = 'مسؤول في المكتب الإعلامي للأسايش (نورث برس)'
COR = 'مراسل نورث برس'
events = [
 dict(type='STATEMENT', trig='L2:قالت', time=T, actors=[ASY], attr=AS),
 dict(type='ARREST', trig='L2:اعتقلت', time=T, actors=[ASY], targets=['ISIS'], loc='L2:مخيم الهول', qty=['L2:25 مشتبهاً'], attr=AS),
 dict(type='OPERATION', trig='L2:الحملة الأمنية', time=SUND, actors=[ASY, 'SDF'], targets=['ISIS'], loc='L2:مخيم الهول', attr=AS),
 dict(type='OPERATION', trig='L3:الحملة', time=SUND, actors=[ASY, 'SDF', 'YPG'], targets=['ISIS'],
      loc='L3:المخيم', qty=['L3:نحو خمسة آلاف عنصر'], attr=OFF),
 dict(type='OPERATION', trig='L4:الحملة', time=SUND, actors=[ASY], targets=['ISIS'], attr=OFF),
 dict(type='OPERATION', trig='L4:طوّقوا', time=M, actors=[ASY], loc='L4:المخيم', attr=OFF),
 dict(type='MOVEMENT', trig='L4:نشروا', time=M, actors=[ASY], loc='L4:مداخله', attr=OFF),
 dict(type='MOVEMENT', trig='L4:دخلت', time=M, actors=[ASY], loc='L4:القسمين الأول', weapons=['L4:عربات مصفحة'], attr=OFF),
 dict(type='OPERATION', trig='L4:تفتيش#1', time=M, actors=[ASY], loc='L4:القسمين الأول', attr=OFF),
 dict(type='ATTACK', trig='L5:عمليات اغتيال', time='L5:منذ مطلع العام الجاري', actors=['ISIS'], loc='L5:المخيم',
      qty=['L5:47 شخصاً'], attr=OFF),
 dict(type='OPERATION', trig='L6:الحملة', time=SUND, actors=[ASY], targets=['ISIS'], attr=OFF),
 dict(type='MOVEMENT', trig='L7:وصل', time='L7:صباح اليوم', actors=['US'], loc='L7:محيط المخيم', weapons=['L7:المدرعات'], attr=COR),
 dict(type='ATTACK', trig='L9:مقتل', mod='denied', actors=[ASY, 'SDF'], attr='فرهاد شامي'),
 dict(type='OPERATION', trig='L10:الحملة', time=SUND, actors=[ASY, 'SDF'], targets=['ISIS'], loc='L10:المخيم'),
]
TD = (D, 'day')
SD = (SUN, 'day')
SP = (SUN, 'part-of-day')
forces = [
 dict(actor=ASY, loc=('مخيم الهول', 'al-hol-camp'), as_of=TD, status='present', source=AS, line=2, events=[2, 3]),
 dict(actor='SDF', loc=('مخيم الهول', 'al-hol-camp'), as_of=TD, status='present', source=AS, line=2, events=[3]),
 dict(actor=ASY, strength=(5000, True, 'troops'), assets='الأسايش وقسد ووحدات حماية المرأة', loc=('المخيم', 'al-hol-camp'),
      as_of=TD, status='present', source=OFF, line=3, events=[4]),
 dict(actor='SDF', loc=('المخيم', 'al-hol-camp'), as_of=TD, status='present', source=OFF, line=3, events=[4]),
 dict(actor='YPG', loc=('المخيم', 'al-hol-camp'), as_of=TD, status='present', source=OFF, line=3, events=[4]),
 dict(actor=ASY, assets='نقاط تفتيش', loc=('المخيم', 'al-hol-camp'), as_of=SP, status='present', source=OFF, line=4, events=[6, 7]),
 dict(actor=ASY, assets='فرق مدعومة بعربات مصفحة', loc=('القسمين الأول', 'al-hol-phase-1'), as_of=SP, status='arrived', source=OFF,
      line=4, events=[8]),
 dict(actor=ASY, assets='فرق مدعومة بعربات مصفحة', loc=('الثالث', 'al-hol-phase-3'), as_of=SP, status='arrived', source=OFF,
      line=4, events=[8]),
 dict(actor='US', assets='رتل من المدرعات', loc=('محيط المخيم', 'al-hol-camp'), as_of=(D, 'part-of-day'), status='arrived', source=COR,
      line=7, events=[12]),
]
build('northpress-hol-operation', None, 'نورث برس', D, L, ents, times, events, forces)
