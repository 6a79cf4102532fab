from build import build
L = [
'غارات إسرائيلية قرب مطار دمشق والقنيطرة.. ومقتل ضابطين إيرانيين',
'دبي - الشرق',
'قالت وكالة الأنباء السورية الرسمية "سانا" إن الدفاعات الجوية السورية تصدت، فجر اليوم الاثنين، لـ"عدوان جوي إسرائيلي" استهدف نقاطاً في محيط مطار دمشق الدولي وريف دمشق الجنوبي، وأسقطت عدداً من الصواريخ.',
'وأضافت الوكالة نقلاً عن مصدر عسكري أن الهجوم نُفذ بصواريخ أرض-أرض أطلقت من اتجاه الجولان السوري المحتل نحو الساعة 4:30 فجراً، ما أدى إلى إصابة عسكريين اثنين ووقوع بعض الخسائر المادية.',
'وفي وقت لاحق، أعلن الحرس الثوري الإيراني في بيان مقتل اثنين من ضباطه، هما العقيد إحسان كربلائي بور والعقيد مرتضى سعيد نجاد، في "الهجوم الصاروخي للكيان الصهيوني على ضواحي دمشق"، متوعداً بأن إسرائيل "ستدفع ثمن هذه الجريمة".',
'في المقابل، امتنع الجيش الإسرائيلي عن التعليق على الغارات، وفق ما ذكرت وكالة "بلومبرغ"، إذ نادراً ما يعلق على عملياته في سوريا، رغم أنه نفذ مئات الغارات خلال السنوات الماضية ضد أهداف يقول إنها مرتبطة بإيران.',
'وفي جنوب البلاد، ذكرت مصادر محلية أن طائرة مسيّرة إسرائيلية استهدفت، مساء أمس الأحد، سيارة قرب بلدة حضر في ريف القنيطرة الشمالي، ما أدى إلى مقتل عنصر من "حزب الله" وعنصرين من ميليشيا "الدفاع الوطني" الموالية للحكومة.',
'وأضافت المصادر أن مدفعية الجيش الإسرائيلي قصفت بعد ذلك بنحو ساعة أطراف بلدة جباتا الخشب بعدة قذائف، بالتزامن مع تحليق مكثف لطائرات الاستطلاع فوق خط وقف إطلاق النار في الجولان.',
'وتأتي الغارات بعد أقل من أسبوعين على ضربات إسرائيلية مماثلة استهدفت في 24 فبراير الماضي مواقع قرب بلدة زاكية جنوب غرب دمشق، قالت دمشق حينها إنها أسفرت عن مقتل ثلاثة جنود.',
'ويرى محللون أن إسرائيل ستواصل استهداف ما تصفه بـ"التموضع الإيراني" في سوريا، خصوصاً مع انشغال روسيا بالحرب في أوكرانيا، التي بدأت في 24 فبراير أيضاً.',
]
D = '2022-03-07'
Y = '2022-03-06'
IL = 'OTHER:israel'
NDF = 'OTHER:pro-government-militias'
ents = [
 ('L0:مطار دمشق','LOCATION','damascus-airport'), ('L0:القنيطرة','LOCATION','quneitra'), ('L0:ضابطين','QUANTITY',None,(2,False,'killed')),
 ('L1:دبي','LOCATION','dubai'), ('L1:الشرق','ORG','asharq'),
 ('L2:سانا','ORG','sana'), ('L2:الدفاعات الجوية السورية','ACTOR','SY_GOV'), ('L2:مطار دمشق الدولي','LOCATION','damascus-airport'),
 ('L2:ريف دمشق الجنوبي','LOCATION','rif-dimashq-south'), ('L2:الصواريخ','WEAPON','missiles'),
 ('L3:صواريخ أرض-أرض','WEAPON','surface-to-surface-missiles'), ('L3:الجولان السوري المحتل','LOCATION','golan'),
 ('L3:عسكريين اثنين','QUANTITY',None,(2,False,'wounded')),
 ('L4:الحرس الثوري','ACTOR','IR'), ('L4:اثنين','QUANTITY',None,(2,False,'killed')), ('L4:إحسان كربلائي بور','PERSON','ehsan-karbalaipour'),
 ('L4:مرتضى سعيد نجاد','PERSON','morteza-saeidnejad'), ('L4:لكيان الصهيوني','ACTOR',IL), ('L4:ضواحي دمشق','LOCATION','damascus-suburbs'),
 ('L4:إسرائيل','ACTOR',IL),
 ('L5:الجيش الإسرائيلي','ACTOR',IL), ('L5:بلومبرغ','ORG','bloomberg'), ('L5:سوريا','LOCATION','syria'),
 ('L5:مئات الغارات','QUANTITY',None,([100,999],True,'other')), ('L5:إيران','ACTOR','IR'),
 ('L6:جنوب البلاد','LOCATION','south-syria'), ('L6:طائرة مسيّرة','WEAPON','drone'), ('L6:بلدة حضر','LOCATION','hadar'),
 ('L6:ريف القنيطرة الشمالي','LOCATION','quneitra-north-countryside'), ('L6:حزب الله','ACTOR','HEZBOLLAH'),
 ('L6:عنصرين','QUANTITY',None,(2,False,'killed')), ('L6:ميليشيا "الدفاع الوطني"','ACTOR',NDF),
 ('L7:مدفعية الجيش الإسرائيلي','ACTOR',IL), ('L7:نحو ساعة','QUANTITY',None,(1,True,'other')), ('L7:بلدة جباتا الخشب','LOCATION','jubata-al-khashab'),
 ('L7:قذائف','WEAPON','shells'), ('L7:طائرات الاستطلاع','WEAPON','reconnaissance-aircraft'),
 ('L7:خط وقف إطلاق النار','LOCATION','golan-ceasefire-line'), ('L7:الجولان','LOCATION','golan'),
 ('L8:أقل من أسبوعين','QUANTITY',None,(2,True,'other')), ('L8:بلدة زاكية','LOCATION','zakiyah'), ('L8:دمشق#0','LOCATION','damascus'),
 ('L8:دمشق#1','ACTOR','SY_GOV'), ('L8:ثلاثة جنود','QUANTITY',None,(3,False,'killed')),
 ('L9:إسرائيل','ACTOR',IL), ('L9:سوريا','LOCATION','syria'), ('L9:روسيا','ACTOR','RU'), ('L9:أوكرانيا','LOCATION','ukraine'),
]
times = [
 ('L2:فجر اليوم الاثنين', D, 'part-of-day', {'part':'morning'}),
 ('L3:نحو الساعة 4:30 فجراً', D, 'part-of-day', {'part':'morning'}),
 ('L4:في وقت لاحق', None, 'vague', {'relation':'after'}),
 ('L5:خلال السنوات الماضية', None, 'vague', {'relation':'before'}),
 ('L6:مساء أمس الأحد', Y, 'part-of-day', {'part':'evening'}),
 ('L8:24 فبراير الماضي', '2022-02-24', 'day'),
 ('L9:24 فبراير', '2022-02-24', 'day'),
]
T = 'L2:فجر اليوم الاثنين'
SANA = 'سانا'
MS = 'مصدر عسكري (سانا)'
IRGC = 'الحرس الثوري الإيراني'
LOC = 'مصادر محلية'
events = [
 dict(type='ATTACK', trig='L2:تصدت', time=T, actors=['SY_GOV'], targets=[IL], attr=SANA),
 dict(type='ATTACK', trig='L2:عدوان جوي', time=T, actors=[IL], targets=['SY_GOV'], loc='L2:مطار دمشق الدولي', attr=SANA, weapons=['L2:الصواريخ']),
 dict(type='ATTACK', trig='L3:الهجوم', time='L3:نحو الساعة 4:30 فجراً', actors=[IL], targets=['SY_GOV'], attr=MS,
      weapons=['L3:صواريخ أرض-أرض'], qty=['L3:عسكريين اثنين']),
 dict(type='STATEMENT', trig='L4:أعلن', time='L4:في وقت لاحق', actors=['IR'], attr=IRGC),
 dict(type='ATTACK', trig='L4:الهجوم الصاروخي', time=T, actors=[IL], targets=['IR'], loc='L4:ضواحي دمشق', attr=IRGC, qty=['L4:اثنين']),
 dict(type='ATTACK', trig='L4:متوعداً', mod='planned', actors=['IR'], targets=[IL], attr=IRGC),
 dict(type='ATTACK', trig='L5:الغارات#0', time=T, actors=[IL], attr='بلومبرغ'),
 dict(type='ATTACK', trig='L5:الغارات#1', time='L5:خلال السنوات الماضية', actors=[IL], targets=['IR'], loc='L5:سوريا', qty=['L5:مئات الغارات']),
 dict(type='ATTACK', trig='L6:استهدفت', time='L6:مساء أمس الأحد', actors=[IL], targets=['HEZBOLLAH', NDF], loc='L6:بلدة حضر', attr=LOC,
      weapons=['L6:طائرة مسيّرة'], qty=['L6:عنصرين']),
 dict(type='ATTACK', trig='L7:قصفت', actors=[IL], loc='L7:بلدة جباتا الخشب', attr=LOC, weapons=['L7:قذائف']),
 dict(type='ATTACK', trig='L8:الغارات', time=T, actors=[IL]),
 dict(type='ATTACK', trig='L8:ضربات', time='L8:24 فبراير الماضي', actors=[IL], targets=['SY_GOV'], loc='L8:بلدة زاكية', qty=['L8:ثلاثة جنود']),
 dict(type='STATEMENT', trig='L8:قالت', time='L8:24 فبراير الماضي', actors=['SY_GOV'], attr='دمشق'),
 dict(type='ATTACK', trig='L9:استهداف', mod='planned', actors=[IL], targets=['IR'], loc='L9:سوريا', attr='محللون'),
 dict(type='OPERATION', trig='L9:الحرب', time='L9:24 فبراير', actors=['RU'], loc='L9:أوكرانيا'),
]
MP = (D, 'part-of-day')
forces = [
 dict(actor='SY_GOV', assets='نقاط', loc=('مطار دمشق الدولي','damascus-airport'), as_of=MP, status='attacked', source=SANA, line=2, events=[2]),
 dict(actor='SY_GOV', assets='نقاط', loc=('ريف دمشق الجنوبي','rif-dimashq-south'), as_of=MP, status='attacked', source=SANA, line=2, events=[2]),
 dict(actor='IR', loc=('ضواحي دمشق','damascus-suburbs'), as_of=MP, status='attacked', source=IRGC, line=4, events=[5]),
 dict(actor='IR', assets='أهداف', loc=('سوريا','syria'), as_of=(None,'vague'), status='attacked', line=5, events=[8]),
 dict(actor='HEZBOLLAH', assets='سيارة', loc=('بلدة حضر','hadar'), as_of=(Y,'part-of-day'), status='attacked', source=LOC, line=6, events=[9]),
 dict(actor=NDF, assets='سيارة', loc=('بلدة حضر','hadar'), as_of=(Y,'part-of-day'), status='attacked', source=LOC, line=6, events=[9]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة زاكية','zakiyah'), as_of=('2022-02-24','day'), status='attacked', line=8, events=[12]),
 dict(actor='IR', assets='التموضع الإيراني', loc=('سوريا','syria'), as_of=(D,'day'), status='present', source='إسرائيل (محللون)', line=9, events=[]),
]
build('asharq-damascus-quneitra-strikes', None, 'الشرق', D, L, ents, times, events, forces)
