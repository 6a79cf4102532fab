from build import build
L = [
'مسيّرات تركية تقصف منشآت نفطية لـ"قسد" في الحسكة.. وأميركا تسقط مسيّرة قرب قاعدتها',
'تلفزيون سوريا - خاص',
'استهدفت طائرات مسيّرة تركية، منذ مساء أمس الخميس، أكثر من 15 موقعا لـ"قوات سوريا الديمقراطية" (قسد) في محافظة الحسكة، بينها حقل السويدية النفطي ومحطة السويدية للغاز ومحطة كهرباء القامشلي، ما أدى إلى خروجها عن الخدمة، وفق ما أفاد به مراسل تلفزيون سوريا.',
'وقال المراسل إن غارة بطائرة مسيّرة استهدفت ظهر اليوم الجمعة سيارة عسكرية على طريق عامودا - القامشلي، ما أسفر عن مقتل عنصرين من "وحدات حماية الشعب".',
'وجاء القصف بعد ساعات من إعلان وزير الخارجية التركي هاكان فيدان، الأربعاء، أن "جميع البنى التحتية والمنشآت التابعة لحزب العمال الكردستاني ووحدات حماية الشعب في العراق وسوريا باتت أهدافا مشروعة" لقوات بلاده.',
'وكانت أنقرة قد قالت إن منفذي التفجير الانتحاري الذي استهدف مبنى وزارة الداخلية في العاصمة التركية، الأحد الماضي، وتبناه حزب العمال الكردستاني، تسللوا من سوريا، وهو ما نفته "قسد"، مؤكدة أن المهاجمَين "لم يمرّا عبر مناطقها".',
'وفي سياق متصل، أعلنت وزارة الدفاع الأميركية (البنتاغون) أن مقاتلة "إف-16" أميركية أسقطت، الخميس، طائرة مسيّرة تركية مسلحة كانت تحلّق على بعد أقل من نصف كيلومتر من قاعدة للتحالف الدولي قرب الحسكة، في أول حادثة من نوعها بين البلدين العضوين في حلف شمال الأطلسي.',
'وقال المتحدث باسم البنتاغون باتريك رايدر إن القوات الأميركية "لن تغادر" شمال شرق سوريا، وإنها ستواصل دعم "قسد" في مكافحة تنظيم "داعش".',
'من جهتها، قالت "قسد" في بيان إن الضربات التركية أوقعت 11 قتيلا بينهم ستة مدنيين، وتوعدت بالرد على "العدوان"، فيما أفادت مصادر محلية بانقطاع الكهرباء والمياه عن أكثر من مليون شخص في مدن الحسكة والقامشلي والمالكية.',
]
D = '2023-10-06'
ents = [
 ('L0:مسيّرات','WEAPON','drones'), ('L0:قسد','ACTOR','SDF'), ('L0:الحسكة','LOCATION','hasakah'), ('L0:أميركا','ACTOR','US'), ('L0:مسيّرة','WEAPON','drones'),
 ('L1:تلفزيون سوريا','ORG','syria-tv'),
 ('L2:طائرات مسيّرة','WEAPON','drones'), ('L2:أكثر من 15 موقعا','QUANTITY',None,(15,True,'other')),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:محافظة الحسكة','LOCATION','hasakah-governorate'),
 ('L2:حقل السويدية النفطي','LOCATION','swediyah-oilfield'), ('L2:محطة السويدية للغاز','LOCATION','swediyah-gas-plant'),
 ('L2:محطة كهرباء القامشلي','LOCATION','qamishli-power-station'), ('L2:تلفزيون سوريا','ORG','syria-tv'),
 ('L3:طائرة مسيّرة','WEAPON','drones'), ('L3:سيارة عسكرية','WEAPON','military-vehicles'), ('L3:عامودا','LOCATION','amuda'),
 ('L3:القامشلي','LOCATION','qamishli'), ('L3:عنصرين','QUANTITY',None,(2,False,'killed')), ('L3:وحدات حماية الشعب','ACTOR','YPG'),
 ('L4:هاكان فيدان','PERSON','hakan-fidan'), ('L4:حزب العمال الكردستاني','ACTOR','PKK'), ('L4:وحدات حماية الشعب','ACTOR','YPG'),
 ('L4:العراق','LOCATION','iraq'), ('L4:سوريا','LOCATION','syria'), ('L4:قوات بلاده','ACTOR','TR'),
 ('L5:أنقرة','ACTOR','TR'), ('L5:مبنى وزارة الداخلية','LOCATION','turkish-interior-ministry'), ('L5:العاصمة التركية','LOCATION','ankara'),
 ('L5:حزب العمال الكردستاني','ACTOR','PKK'), ('L5:سوريا','LOCATION','syria'), ('L5:قسد','ACTOR','SDF'),
 ('L6:وزارة الدفاع الأميركية','ACTOR','US'), ('L6:البنتاغون','ACTOR','US'), ('L6:مقاتلة "إف-16"','WEAPON','f-16'),
 ('L6:طائرة مسيّرة','WEAPON','drones'), ('L6:أقل من نصف كيلومتر','QUANTITY',None,(0.5,True,'km')),
 ('L6:لتحالف الدولي','ACTOR','COALITION'), ('L6:الحسكة','LOCATION','hasakah'), ('L6:حلف شمال الأطلسي','ORG','nato'),
 ('L7:البنتاغون','ACTOR','US'), ('L7:باتريك رايدر','PERSON','patrick-ryder'), ('L7:القوات الأميركية','ACTOR','US'),
 ('L7:شمال شرق سوريا','LOCATION','northeast-syria'), ('L7:قسد','ACTOR','SDF'), ('L7:تنظيم "داعش"','ACTOR','ISIS'),
 ('L8:قسد','ACTOR','SDF'), ('L8:11 قتيلا','QUANTITY',None,(11,False,'killed')), ('L8:ستة مدنيين','QUANTITY',None,(6,False,'killed')),
 ('L8:أكثر من مليون شخص','QUANTITY',None,(1000000,True,'people')), ('L8:الحسكة','LOCATION','hasakah'),
 ('L8:القامشلي','LOCATION','qamishli'), ('L8:المالكية','LOCATION','al-malikiyah'),
]
times = [
 ('L2:منذ مساء أمس الخميس', '2023-10-05/2023-10-06', 'part-of-day', {'part':'evening'}),
 ('L3:ظهر اليوم الجمعة', D, 'part-of-day', {'part':'noon'}),
 ('L4:الأربعاء', '2023-10-04', 'day'),
 ('L5:الأحد الماضي', '2023-10-01', 'day'),
 ('L6:الخميس', '2023-10-05', 'day'),
]
TV='مراسل تلفزيون سوريا'
T1='L2:منذ مساء أمس الخميس'
events = [
 dict(type='ATTACK', trig='L2:استهدفت', time=T1, actors=['TR'], targets=['SDF'], loc='L2:حقل السويدية النفطي', attr=TV,
      weapons=['L2:طائرات مسيّرة'], qty=['L2:أكثر من 15 موقعا']),
 dict(type='ATTACK', trig='L3:غارة', time='L3:ظهر اليوم الجمعة', actors=['TR'], targets=['YPG'], loc='L3:عامودا', attr='المراسل',
      weapons=['L3:طائرة مسيّرة'], qty=['L3:عنصرين']),
 dict(type='ATTACK', trig='L4:القصف', time=T1, actors=['TR'], targets=['SDF']),
 dict(type='STATEMENT', trig='L4:إعلان', time='L4:الأربعاء', actors=['TR'], attr='هاكان فيدان'),
 dict(type='ATTACK', trig='L5:التفجير الانتحاري', time='L5:الأحد الماضي', actors=['PKK'], targets=['TR'], loc='L5:مبنى وزارة الداخلية'),
 dict(type='MOVEMENT', trig='L5:تسللوا', time='L5:الأحد الماضي', actors=['PKK'], loc='L5:سوريا', attr='أنقرة'),
 dict(type='STATEMENT', trig='L6:أعلنت', time='L6:الخميس', actors=['US'], attr='وزارة الدفاع الأميركية (البنتاغون)'),
 dict(type='ATTACK', trig='L6:أسقطت', time='L6:الخميس', actors=['US'], targets=['TR'], loc='L6:الحسكة', attr='وزارة الدفاع الأميركية (البنتاغون)',
      weapons=['L6:مقاتلة "إف-16"']),
 dict(type='STATEMENT', trig='L7:قال', actors=['US'], attr='باتريك رايدر'),
 dict(type='WITHDRAWAL', trig='L7:تغادر', mod='denied', actors=['US'], loc='L7:شمال شرق سوريا', attr='باتريك رايدر'),
 dict(type='OPERATION', trig='L7:مكافحة', mod='planned', actors=['US','SDF'], targets=['ISIS'], attr='باتريك رايدر'),
 dict(type='STATEMENT', trig='L8:بيان', actors=['SDF'], attr='قسد'),
 dict(type='ATTACK', trig='L8:الضربات', time=T1, actors=['TR'], targets=['SDF'], attr='قسد', qty=['L8:11 قتيلا','L8:ستة مدنيين']),
 dict(type='ATTACK', trig='L8:بالرد', mod='planned', actors=['SDF'], targets=['TR'], attr='قسد'),
]
AS1=('2023-10-05/2023-10-06','part-of-day')
forces = [
 dict(actor='SDF', assets='أكثر من 15 موقعا', loc=('محافظة الحسكة','hasakah-governorate'), as_of=AS1, status='attacked', source=TV, line=2, events=[1]),
 dict(actor='SDF', loc=('حقل السويدية النفطي','swediyah-oilfield'), as_of=AS1, status='attacked', source=TV, line=2, events=[1]),
 dict(actor='SDF', loc=('محطة السويدية للغاز','swediyah-gas-plant'), as_of=AS1, status='attacked', source=TV, line=2, events=[1]),
 dict(actor='SDF', loc=('محطة كهرباء القامشلي','qamishli-power-station'), as_of=AS1, status='attacked', source=TV, line=2, events=[1]),
 dict(actor='YPG', assets='سيارة عسكرية', loc=('طريق عامودا - القامشلي','amuda-qamishli-road'), as_of=(D,'part-of-day'), status='attacked', source='المراسل', line=3, events=[2]),
 dict(actor='TR', loc=('مبنى وزارة الداخلية','turkish-interior-ministry'), as_of=('2023-10-01','day'), status='attacked', source=None, line=5, events=[5]),
 dict(actor='TR', assets='طائرة مسيّرة مسلحة', loc=('الحسكة','hasakah'), as_of=('2023-10-05','day'), status='attacked', source='وزارة الدفاع الأميركية (البنتاغون)', line=6, events=[8]),
 dict(actor='COALITION', assets='قاعدة', loc=('الحسكة','hasakah'), as_of=('2023-10-05','day'), status='present', source='وزارة الدفاع الأميركية (البنتاغون)', line=6, events=[]),
 dict(actor='US', loc=('شمال شرق سوريا','northeast-syria'), as_of=(D,'day'), status='present', source='باتريك رايدر', line=7, events=[10]),
]
build('syriatv-hasakah-oil-strikes', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
