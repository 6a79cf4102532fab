from build import build
L = [
'مقاومة متواصلة في سري كانيه وكري سبي.. واتفاق برعاية روسية لانتشار قوات النظام على الحدود',
'مركز الأخبار',
'تواصل قوات سوريا الديمقراطية مقاومتها في وجه هجمات جيش الاحتلال التركي ومرتزقة ما يسمى "الجيش الوطني السوري" على مدينة سري كانيه (رأس العين)، فيما قصفت المدفعية التركية فجر اليوم الاثنين أحياء المدينة وقرية تل حلف المجاورة بعشرات القذائف.',
'وأفاد مراسل وكالتنا بأن اشتباكات عنيفة دارت منذ مساء أمس الأحد على أطراف حي الصناعة في المدينة، بعد أن حاول المرتزقة التقدم بدعم من دبابات وعربات مصفحة تركية، وتمكن مقاتلو قسد من تدمير دبابتين وإعطاب عربة مصفحة.',
'وقال الناطق باسم قوات سوريا الديمقراطية مصطفى بالي إن "قواتنا صدت خلال الـ24 ساعة الماضية 7 هجمات على محاور سري كانيه، وقتلت ما لا يقل عن 40 مرتزقاً".',
'وفي ريف كري سبي (تل أبيض)، استهدفت طائرة مسيّرة تركية، أمس، سيارة تقل مدنيين قرب قرية سلوك، ما أدى إلى استشهاد 5 مدنيين بينهم طفلان وإصابة 9 آخرين، بحسب الهلال الأحمر الكردي.',
'وأعلنت الإدارة الذاتية لشمال وشرق سوريا، في بيان اليوم، أن عدد الشهداء المدنيين منذ بدء العدوان التركي في التاسع من تشرين الأول الجاري بلغ 60 شهيداً، فيما تجاوز عدد النازحين 130 ألف شخص.',
'من جهة أخرى، أعلنت القيادة العامة لقوات سوريا الديمقراطية مساء أمس التوصل إلى اتفاق مع الحكومة السورية برعاية روسية، يقضي بانتشار الجيش السوري على طول الحدود السورية التركية لمساندة قسد في صد العدوان.',
'وبحسب مصادر محلية، دخلت وحدات من جيش النظام السوري صباح اليوم مدينة منبج وبلدة تل تمر بريف الحسكة الشمالي، وسط انتشار للشرطة العسكرية الروسية في محيط مدينة كوباني.',
'وتسيطر قوات سوريا الديمقراطية على معظم مناطق شمال وشرق سوريا، وتحتجز في سجونها أكثر من 10 آلاف عنصر من مرتزقة داعش.',
'يذكر أن وزير الدفاع الأمريكي مارك إسبر أعلن أمس أن بلاده ستسحب نحو ألف جندي من شمال سوريا، بعد أيام من انسحاب القوات الأمريكية من نقاطها في سري كانيه وكري سبي.',
]
D = '2019-10-14'
Y = '2019-10-13'
ents = [
 ('L0:سري كانيه','LOCATION','ras-al-ain'), ('L0:كري سبي','LOCATION','tal-abyad'), ('L0:قوات النظام','ACTOR','SY_GOV'),
 ('L0:الحدود','LOCATION','syria-turkey-border'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:جيش الاحتلال التركي','ACTOR','TR'), ('L2:الجيش الوطني السوري','ACTOR','FSA'),
 ('L2:مدينة سري كانيه','LOCATION','ras-al-ain'), ('L2:رأس العين','LOCATION','ras-al-ain'), ('L2:المدفعية التركية','ACTOR','TR'),
 ('L2:المدينة','LOCATION','ras-al-ain'), ('L2:قرية تل حلف','LOCATION','tal-halaf'),
 ('L2:عشرات القذائف','QUANTITY',None,([24,99],True,'other')), ('L2:القذائف','WEAPON','shells'),
 ('L3:حي الصناعة','LOCATION','ras-al-ain-sinaa'), ('L3:المدينة','LOCATION','ras-al-ain'), ('L3:المرتزقة','ACTOR','FSA'),
 ('L3:دبابات','WEAPON','tanks'), ('L3:عربات مصفحة','WEAPON','armoured-vehicles'), ('L3:قسد','ACTOR','SDF'),
 ('L3:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L3:دبابتين#0','WEAPON','tanks'), ('L3:عربة مصفحة','WEAPON','armoured-vehicles'),
 ('L4:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L4:مصطفى بالي','PERSON','mustafa-bali'), ('L4:7 هجمات','QUANTITY',None,(7,False,'other')),
 ('L4:سري كانيه','LOCATION','ras-al-ain'), ('L4:ما لا يقل عن 40 مرتزقاً','QUANTITY',None,(40,True,'killed')),
 ('L5:ريف كري سبي','LOCATION','tal-abyad-countryside'), ('L5:تل أبيض','LOCATION','tal-abyad'), ('L5:طائرة مسيّرة','WEAPON','drone'),
 ('L5:قرية سلوك','LOCATION','suluk'), ('L5:5 مدنيين','QUANTITY',None,(5,False,'killed')), ('L5:طفلان','QUANTITY',None,(2,False,'people')),
 ('L5:9 آخرين','QUANTITY',None,(9,False,'wounded')), ('L5:الهلال الأحمر الكردي','ORG','kurdish-red-crescent'),
 ('L6:الإدارة الذاتية لشمال وشرق سوريا','ORG','aanes'), ('L6:60 شهيداً','QUANTITY',None,(60,False,'killed')),
 ('L6:130 ألف شخص','QUANTITY',None,(130000,True,'people')),
 ('L7:القيادة العامة لقوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:الحكومة السورية','ACTOR','SY_GOV'), ('L7:الجيش السوري','ACTOR','SY_GOV'),
 ('L7:الحدود السورية التركية','LOCATION','syria-turkey-border'), ('L7:قسد','ACTOR','SDF'),
 ('L8:جيش النظام السوري','ACTOR','SY_GOV'), ('L8:مدينة منبج','LOCATION','manbij'), ('L8:بلدة تل تمر','LOCATION','tal-tamr'),
 ('L8:ريف الحسكة الشمالي','LOCATION','hasakah-north-countryside'), ('L8:لشرطة العسكرية الروسية','ACTOR','RU'), ('L8:مدينة كوباني','LOCATION','kobani'),
 ('L9:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L9:شمال وشرق سوريا','LOCATION','northeast-syria'),
 ('L9:أكثر من 10 آلاف عنصر','QUANTITY',None,(10000,True,'arrested')), ('L9:داعش','ACTOR','ISIS'),
 ('L10:مارك إسبر','PERSON','mark-esper'), ('L10:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')), ('L10:شمال سوريا','LOCATION','north-syria'),
 ('L10:القوات الأمريكية','ACTOR','US'), ('L10:سري كانيه','LOCATION','ras-al-ain'), ('L10:كري سبي','LOCATION','tal-abyad'),
]
times = [
 ('L2:فجر اليوم الاثنين', D, 'part-of-day', {'part':'morning'}),
 ('L3:منذ مساء أمس الأحد', Y+'/'+D, 'part-of-day', {'part':'evening'}),
 ('L4:خلال الـ24 ساعة الماضية', Y+'/'+D, 'day'),
 ('L5:أمس', Y, 'day'),
 ('L6:اليوم', D, 'day'),
 ('L6:التاسع من تشرين الأول الجاري', '2019-10-09', 'day'),
 ('L7:مساء أمس', Y, 'part-of-day', {'part':'evening'}),
 ('L8:صباح اليوم', D, 'part-of-day', {'part':'morning'}),
 ('L10:أمس', Y, 'day'),
]
MB = 'مصطفى بالي'
HR = 'الهلال الأحمر الكردي'
AA = 'الإدارة الذاتية لشمال وشرق سوريا'
QSD = 'القيادة العامة لقوات سوريا الديمقراطية'
LS = 'مصادر محلية'
ES = 'مارك إسبر'
events = [
 dict(type='ATTACK', trig='L2:هجمات', actors=['TR','FSA'], targets=['SDF'], loc='L2:مدينة سري كانيه'),
 dict(type='ATTACK', trig='L2:قصفت', time='L2:فجر اليوم الاثنين', actors=['TR'], loc='L2:المدينة', weapons=['L2:القذائف'], qty=['L2:عشرات القذائف']),
 dict(type='ATTACK', trig='L3:اشتباكات', time='L3:منذ مساء أمس الأحد', actors=['FSA','SDF'], loc='L3:حي الصناعة', attr='مراسل وكالتنا', weapons=['L3:دبابات','L3:عربات مصفحة']),
 dict(type='ATTACK', trig='L3:تدمير', time='L3:منذ مساء أمس الأحد', actors=['SDF'], targets=['TR'], loc='L3:حي الصناعة', attr='مراسل وكالتنا', qty=['L3:دبابتين']),
 dict(type='STATEMENT', trig='L4:قال', actors=['SDF'], attr=MB),
 dict(type='ATTACK', trig='L4:هجمات', time='L4:خلال الـ24 ساعة الماضية', actors=['TR','FSA'], targets=['SDF'], loc='L4:سري كانيه', attr=MB, qty=['L4:7 هجمات']),
 dict(type='ATTACK', trig='L4:قتلت', time='L4:خلال الـ24 ساعة الماضية', actors=['SDF'], targets=['FSA'], loc='L4:سري كانيه', attr=MB, qty=['L4:ما لا يقل عن 40 مرتزقاً']),
 dict(type='ATTACK', trig='L5:استهدفت', time='L5:أمس', actors=['TR'], loc='L5:قرية سلوك', attr=HR, weapons=['L5:طائرة مسيّرة'],
      qty=['L5:5 مدنيين','L5:طفلان','L5:9 آخرين']),
 dict(type='OPERATION', trig='L6:العدوان', time='L6:التاسع من تشرين الأول الجاري', actors=['TR'], targets=['SDF'], attr=AA, qty=['L6:60 شهيداً']),
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:مساء أمس', actors=['SDF'], attr=QSD),
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:مساء أمس', actors=['SDF','SY_GOV'], attr=QSD),
 dict(type='MOVEMENT', trig='L7:بانتشار', mod='planned', actors=['SY_GOV'], loc='L7:الحدود السورية التركية', attr=QSD),
 dict(type='MOVEMENT', trig='L8:دخلت', time='L8:صباح اليوم', actors=['SY_GOV'], loc='L8:مدينة منبج', attr=LS),
 dict(type='MOVEMENT', trig='L8:انتشار', time='L8:صباح اليوم', actors=['RU'], loc='L8:مدينة كوباني', attr=LS),
 dict(type='CONTROL', trig='L9:تسيطر', actors=['SDF'], loc='L9:شمال وشرق سوريا'),
 dict(type='STATEMENT', trig='L10:أعلن', time='L10:أمس', actors=['US'], attr=ES),
 dict(type='WITHDRAWAL', trig='L10:ستسحب', mod='planned', actors=['US'], loc='L10:شمال سوريا', attr=ES, qty=['L10:نحو ألف جندي']),
 dict(type='WITHDRAWAL', trig='L10:انسحاب', actors=['US'], loc='L10:سري كانيه'),
]
forces = [
 dict(actor='SDF', loc=('مدينة سري كانيه','ras-al-ain'), as_of=(D,'day'), status='present', source=None, line=2, events=[1]),
 dict(actor='TR', loc=('مدينة سري كانيه','ras-al-ain'), as_of=(D,'day'), status='present', source=None, line=2, events=[1]),
 dict(actor='FSA', loc=('مدينة سري كانيه','ras-al-ain'), as_of=(D,'day'), status='present', source=None, line=2, events=[1]),
 dict(actor='SDF', loc=('حي الصناعة','ras-al-ain-sinaa'), as_of=(Y+'/'+D,'part-of-day'), status='present', source='مراسل وكالتنا', line=3, events=[3,4]),
 dict(actor='FSA', loc=('حي الصناعة','ras-al-ain-sinaa'), as_of=(Y+'/'+D,'part-of-day'), status='present', source='مراسل وكالتنا', line=3, events=[3]),
 dict(actor='TR', assets='دبابات وعربات مصفحة', loc=('حي الصناعة','ras-al-ain-sinaa'), as_of=(Y+'/'+D,'part-of-day'), status='present', source='مراسل وكالتنا', line=3, events=[3,4]),
 dict(actor='SDF', loc=('سري كانيه','ras-al-ain'), as_of=(Y+'/'+D,'day'), status='present', source=MB, line=4, events=[6,7]),
 dict(actor='FSA', loc=('سري كانيه','ras-al-ain'), as_of=(Y+'/'+D,'day'), status='present', source=MB, line=4, events=[6,7]),
 dict(actor='SY_GOV', loc=('الحدود السورية التركية','syria-turkey-border'), as_of=(D,'day'), status='planned', source=QSD, line=7, events=[12]),
 dict(actor='SY_GOV', loc=('مدينة منبج','manbij'), as_of=(D,'part-of-day'), status='arrived', source=LS, line=8, events=[13]),
 dict(actor='SY_GOV', loc=('بلدة تل تمر','tal-tamr'), as_of=(D,'part-of-day'), status='arrived', source=LS, line=8, events=[13]),
 dict(actor='RU', assets='الشرطة العسكرية', loc=('مدينة كوباني','kobani'), as_of=(D,'part-of-day'), status='present', source=LS, line=8, events=[14]),
 dict(actor='SDF', loc=('شمال وشرق سوريا','northeast-syria'), as_of=(D,'day'), status='controls', source=None, line=9, events=[15]),
 dict(actor='US', strength=(1000,True,'troops'), loc=('شمال سوريا','north-syria'), as_of=(Y,'day'), status='present', source=ES, line=10, events=[17]),
 dict(actor='US', loc=('سري كانيه','ras-al-ain'), as_of=(D,'day'), status='withdrawn', source=None, line=10, events=[18]),
 dict(actor='US', loc=('كري سبي','tal-abyad'), as_of=(D,'day'), status='withdrawn', source=None, line=10, events=[18]),
]
build('hawar-serekaniye-shelling', None, 'هاوار', D, L, ents, times, events, forces)
