from build import build
L = [
'"قسد" تطلق المرحلة الأخيرة من "عاصفة الجزيرة" نحو جيب هجين.. وغارات للتحالف على السوسة والشعفة',
'أطلقت قوات سوريا الديمقراطية "قسد"، أمس الاثنين، المرحلة الأخيرة من حملة "عاصفة الجزيرة" ضد تنظيم "داعش" في جيب هجين بريف دير الزور الشرقي، بغطاء جوي ومدفعي من التحالف الدولي، وفق بيان نشرته على موقعها الرسمي.',
'وقال مراسل دير الزور 24 إن مقاتلي "قسد" تقدموا فجر اليوم الثلاثاء على محورين، الأول من قرية الباغوز فوقاني جنوباً، والثاني من محيط حقل التنك النفطي شمالاً، وسط اشتباكات عنيفة مع عناصر التنظيم.',
'وأضاف المراسل أن طائرات التحالف شنت أكثر من 20 غارة منذ مساء أمس على بلدات هجين والسوسة والشعفة، ما أدى إلى مقتل سبعة مدنيين بينهم طفلان في بلدة السوسة.',
'كما قصفت المدفعية العراقية المتمركزة قرب مدينة القائم مواقع التنظيم في قرية الباغوز تحتاني عند الشريط الحدودي، بالتنسيق مع التحالف.',
'في المقابل، شن التنظيم ليل الاثنين هجوماً معاكساً بسيارتين مفخختين على نقاط "قسد" قرب الباغوز فوقاني، ما أسفر عن مقتل 9 من عناصرها وإصابة آخرين، بحسب وكالة "أعماق" التابعة له.',
'ونفى مصدر عسكري في "قسد"، في حديث لدير الزور 24، ما روجته معرّفات التنظيم عن أسر مقاتلين من القوات، مؤكداً أن الهجوم صُدّ خلال ساعات.',
'وتقدّر مصادر في التحالف الدولي أن نحو 2000 عنصر من "داعش" ما زالوا يتحصنون في الجيب، الممتد على مسافة نحو 20 كيلومتراً على الضفة الشرقية لنهر الفرات، بينهم مئات المقاتلين الأجانب.',
'وكانت "قسد" قد حشدت خلال الأسبوعين الماضيين نحو 17 ألف مقاتل على أطراف الجيب، معظمهم من "مجلس دير الزور العسكري"، فيما تنتشر قوات أميركية في قاعدة حقل العمر النفطي لتقديم الاستشارة والدعم.',
'وأفاد ناشطون بأن عناصر التنظيم اعتقلوا 14 شاباً في بلدة الشعفة، أول من أمس، بتهمة "التواصل مع قسد"، ومنعوا العائلات من النزوح باتجاه البادية.',
'على الضفة المقابلة، استقدمت قوات النظام والميليشيات الإيرانية تعزيزات إلى مدينة البوكمال وبلدة الصالحية، تحسباً لفرار عناصر التنظيم عبر النهر، وفق مصادر محلية.',
'ورجّح قيادي في "مجلس دير الزور العسكري" أن تصل المعارك إلى أطراف مدينة هجين خلال أيام، مشيراً إلى أن "المعركة لن تكون سهلة بسبب الأنفاق والألغام التي زرعها التنظيم".',
]
D = '2018-09-11'   # Tuesday; Deir Ezzor 24 web copy of its own day
MON = '2018-09-10'
DMC = 'OTHER:deir-ez-zor-military-council'
IRM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:جيب هجين','LOCATION','hajin-pocket'), ('L0:لتحالف','ACTOR','COALITION'),
 ('L0:السوسة','LOCATION','susah'), ('L0:الشعفة','LOCATION','shafa'),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:قسد','ACTOR','SDF'), ('L1:تنظيم "داعش"','ACTOR','ISIS'),
 ('L1:جيب هجين','LOCATION','hajin-pocket'), ('L1:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L1:التحالف الدولي','ACTOR','COALITION'),
 ('L2:دير الزور 24','ORG','deirezzor24'), ('L2:قسد','ACTOR','SDF'), ('L2:محورين','QUANTITY',None,(2,False,'other')),
 ('L2:قرية الباغوز فوقاني','LOCATION','baghuz-fawqani'), ('L2:حقل التنك النفطي','LOCATION','tanak-oilfield'),
 ('L2:التنظيم','ACTOR','ISIS'),
 ('L3:طائرات','WEAPON','warplanes'), ('L3:التحالف','ACTOR','COALITION'), ('L3:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')),
 ('L3:بلدات هجين','LOCATION','hajin'), ('L3:السوسة#0','LOCATION','susah'), ('L3:الشعفة','LOCATION','shafa'),
 ('L3:سبعة مدنيين','QUANTITY',None,(7,False,'killed')), ('L3:طفلان','QUANTITY',None,(2,False,'killed')),
 ('L3:بلدة السوسة','LOCATION','susah'),
 ('L4:المدفعية العراقية','ACTOR','IQ_GOV'), ('L4:مدينة القائم','LOCATION','al-qaim'), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:قرية الباغوز تحتاني','LOCATION','baghuz-tahtani'), ('L4:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L4:التحالف','ACTOR','COALITION'),
 ('L5:التنظيم','ACTOR','ISIS'), ('L5:سيارتين مفخختين','QUANTITY',None,(2,False,'vehicles')),
 ('L5:سيارتين مفخختين#0','WEAPON','car-bomb'), ('L5:قسد','ACTOR','SDF'), ('L5:الباغوز فوقاني','LOCATION','baghuz-fawqani'),
 ('L5:9','QUANTITY',None,(9,False,'killed')), ('L5:أعماق','ORG','amaq'),
 ('L6:قسد','ACTOR','SDF'), ('L6:دير الزور 24','ORG','deirezzor24'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:القوات','ACTOR','SDF'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:نحو 2000 عنصر','QUANTITY',None,(2000,True,'fighters')),
 ('L7:داعش','ACTOR','ISIS'), ('L7:الجيب','LOCATION','hajin-pocket'), ('L7:نحو 20 كيلومتراً','QUANTITY',None,(20,True,'km')),
 ('L7:الضفة الشرقية لنهر الفرات','LOCATION','euphrates-east-bank'),
 ('L7:مئات المقاتلين الأجانب','QUANTITY',None,([100,999],True,'fighters')),
 ('L8:قسد','ACTOR','SDF'), ('L8:نحو 17 ألف مقاتل','QUANTITY',None,(17000,True,'fighters')),
 ('L8:أطراف الجيب','LOCATION','hajin-pocket-edges'), ('L8:مجلس دير الزور العسكري','ACTOR',DMC),
 ('L8:قوات أميركية','ACTOR','US'), ('L8:قاعدة حقل العمر النفطي','LOCATION','al-omar-oilfield'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:14 شاباً','QUANTITY',None,(14,False,'arrested')), ('L9:بلدة الشعفة','LOCATION','shafa'),
 ('L9:قسد','ACTOR','SDF'), ('L9:البادية','LOCATION','deir-ez-zor-desert'),
 ('L10:قوات النظام','ACTOR','SY_GOV'), ('L10:الميليشيات الإيرانية','ACTOR',IRM), ('L10:مدينة البوكمال','LOCATION','albu-kamal'),
 ('L10:بلدة الصالحية','LOCATION','salihiya-albu-kamal'), ('L10:التنظيم','ACTOR','ISIS'), ('L10:النهر','LOCATION','euphrates'),
 ('L11:مجلس دير الزور العسكري','ACTOR',DMC), ('L11:أطراف مدينة هجين','LOCATION','hajin'), ('L11:الألغام','WEAPON','mines'),
 ('L11:التنظيم','ACTOR','ISIS'),
]
times = [
 ('L1:أمس الاثنين', MON, 'day'),
 ('L2:فجر اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ مساء أمس', MON + '/' + D, 'day'),
 ('L5:ليل الاثنين', MON, 'part-of-day', {'part': 'night'}),
 ('L8:خلال الأسبوعين الماضيين', '2018-08-28/' + D, 'week'),
 ('L9:أول من أمس', '2018-09-09', 'day'),
 ('L11:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
]
Y = 'L1:أمس الاثنين'
DAWN = 'L2:فجر اليوم الثلاثاء'
NIGHT = 'L5:ليل الاثنين'
COR = 'مراسل دير الزور 24'
events = [
 dict(type='OPERATION', trig='L1:أطلقت', time=Y, actors=['SDF', 'COALITION'], targets=['ISIS'], loc='L1:جيب هجين', attr='قسد'),      # 1
 dict(type='ATTACK', trig='L1:بغطاء', time=Y, actors=['COALITION'], targets=['ISIS'], loc='L1:جيب هجين', attr='قسد'),                # 2
 dict(type='STATEMENT', trig='L1:بيان', time=Y, actors=['SDF'], attr='قسد'),                                                       # 3
 dict(type='MOVEMENT', trig='L2:تقدموا', time=DAWN, actors=['SDF'], loc='L2:قرية الباغوز فوقاني', qty=['L2:محورين'], attr=COR),        # 4
 dict(type='ATTACK', trig='L2:اشتباكات', time=DAWN, actors=['SDF', 'ISIS'], attr=COR),                                            # 5
 dict(type='ATTACK', trig='L3:غارة', time='L3:منذ مساء أمس', actors=['COALITION'], targets=['ISIS'], loc='L3:بلدات هجين',
      qty=['L3:أكثر من 20 غارة', 'L3:سبعة مدنيين', 'L3:طفلان'], attr=COR),                                                         # 6
 dict(type='ATTACK', trig='L4:قصفت', actors=['IQ_GOV'], targets=['ISIS'], loc='L4:قرية الباغوز تحتاني', attr=COR),                    # 7
 dict(type='MOVEMENT', trig='L4:المتمركزة', actors=['IQ_GOV'], loc='L4:مدينة القائم', attr=COR),                                   # 8
 dict(type='ATTACK', trig='L5:هجوماً', time=NIGHT, actors=['ISIS'], targets=['SDF'], loc='L5:الباغوز فوقاني',
      weapons=['L5:سيارتين مفخختين#0'], qty=['L5:سيارتين مفخختين', 'L5:9'], attr='أعماق'),                                     # 9
 dict(type='ARREST', trig='L6:أسر', time=NIGHT, mod='denied', actors=['ISIS'], targets=['SDF'], attr='مصدر عسكري في قسد'),          # 10
 dict(type='ATTACK', trig='L6:الهجوم', time=NIGHT, actors=['ISIS'], targets=['SDF'], attr='مصدر عسكري في قسد'),                     # 11
 dict(type='ATTACK', trig='L6:صُدّ', time=NIGHT, actors=['SDF'], targets=['ISIS'], attr='مصدر عسكري في قسد'),                        # 12
 dict(type='MOVEMENT', trig='L8:حشدت', time='L8:خلال الأسبوعين الماضيين', actors=['SDF', DMC], loc='L8:أطراف الجيب',
      qty=['L8:نحو 17 ألف مقاتل']),                                                                                           # 13
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['US'], loc='L8:قاعدة حقل العمر النفطي'),                                        # 14
 dict(type='ARREST', trig='L9:اعتقلوا', time='L9:أول من أمس', actors=['ISIS'], loc='L9:بلدة الشعفة', qty=['L9:14 شاباً'], attr='ناشطون'),  # 15
 dict(type='MOVEMENT', trig='L10:استقدمت', actors=['SY_GOV', IRM], loc='L10:مدينة البوكمال', attr='مصادر محلية'),                   # 16
 dict(type='WITHDRAWAL', trig='L10:لفرار', mod='expected', actors=['ISIS'], loc='L10:النهر', attr='مصادر محلية'),                    # 17
 dict(type='ATTACK', trig='L11:المعارك', time='L11:خلال أيام', mod='planned', actors=['SDF', 'ISIS'], loc='L11:أطراف مدينة هجين',
      attr='قيادي في مجلس دير الزور العسكري'),                                                                                 # 18
]
TD = (D, 'day')
forces = [
 dict(actor='SDF', loc=('قرية الباغوز فوقاني', 'baghuz-fawqani'), as_of=(D, 'part-of-day'), status='present', source=COR, line=2, events=[4, 5]),
 dict(actor='SDF', loc=('حقل التنك النفطي', 'tanak-oilfield'), as_of=(D, 'part-of-day'), status='present', source=COR, line=2, events=[4]),
 dict(actor='ISIS', loc=('بلدات هجين', 'hajin'), as_of=(MON + '/' + D, 'day'), status='attacked', source=COR, line=3, events=[6]),
 dict(actor='ISIS', loc=('السوسة', 'susah'), as_of=(MON + '/' + D, 'day'), status='attacked', source=COR, line=3, events=[6]),
 dict(actor='ISIS', loc=('الشعفة', 'shafa'), as_of=(MON + '/' + D, 'day'), status='attacked', source=COR, line=3, events=[6]),
 dict(actor='IQ_GOV', assets='المدفعية', loc=('مدينة القائم', 'al-qaim'), as_of=TD, status='present', source=COR, line=4, events=[8]),
 dict(actor='ISIS', assets='مواقع', loc=('قرية الباغوز تحتاني', 'baghuz-tahtani'), as_of=TD, status='attacked', source=COR, line=4, events=[7]),
 dict(actor='SDF', assets='نقاط', loc=('الباغوز فوقاني', 'baghuz-fawqani'), as_of=(MON, 'part-of-day'), status='attacked', source='أعماق', line=5, events=[9]),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('الجيب', 'hajin-pocket'), as_of=TD, status='present',
      source='مصادر في التحالف الدولي', line=7, events=[]),
 dict(actor='SDF', strength=(17000, True, 'fighters'), loc=('أطراف الجيب', 'hajin-pocket-edges'), as_of=('2018-08-28/' + D, 'week'),
      status='reinforced', line=8, events=[13]),
 dict(actor='US', loc=('قاعدة حقل العمر النفطي', 'al-omar-oilfield'), as_of=TD, status='present', line=8, events=[14]),
 dict(actor='SY_GOV', assets='تعزيزات', loc=('مدينة البوكمال', 'albu-kamal'), as_of=TD, status='reinforced', source='مصادر محلية', line=10, events=[16]),
 dict(actor='SY_GOV', assets='تعزيزات', loc=('بلدة الصالحية', 'salihiya-albu-kamal'), as_of=TD, status='reinforced', source='مصادر محلية', line=10, events=[16]),
 dict(actor=IRM, assets='تعزيزات', loc=('مدينة البوكمال', 'albu-kamal'), as_of=TD, status='reinforced', source='مصادر محلية', line=10, events=[16]),
 dict(actor=IRM, assets='تعزيزات', loc=('بلدة الصالحية', 'salihiya-albu-kamal'), as_of=TD, status='reinforced', source='مصادر محلية', line=10, events=[16]),
]
build('deirezzor24-hajin-pocket-offensive', None, 'دير الزور 24', D, L, ents, times, events, forces)
