from build import build
L = [
'قتلى بينهم كوادر طبية بقصف استهدف مستشفى الشفاء في عفرين.. وأنقرة تتهم "الوحدات" الكردية',
'تلفزيون سوريا - خاص',
'قُتل 13 شخصاً على الأقل، بينهم ثلاثة من الكادر الطبي، وأصيب أكثر من 25 آخرين، مساء أمس السبت، بقصف صاروخي ومدفعي استهدف مستشفى الشفاء وأحياء سكنية في مدينة عفرين شمال غربي حلب، بحسب ما أفاد مراسل تلفزيون سوريا.',
'وقال المراسل إن أكثر من 20 قذيفة صاروخية سقطت على المدينة خلال أقل من ساعة، مصدرها مواقع تنتشر فيها "قوات سوريا الديمقراطية" (قسد) وقوات النظام في منطقة تل رفعت وقرى ريف حلب الشمالي.',
'وأدى القصف إلى خروج قسمي الإسعاف والتوليد في المستشفى عن الخدمة واندلاع حريق في مبناه، في حين عملت فرق الدفاع المدني السوري على انتشال الضحايا من تحت الأنقاض.',
'من جهتها، حمّلت ولاية هاتاي التركية، في بيان، "تنظيم PKK/YPG الإرهابي" المسؤولية عن الهجوم، مؤكدة أن القذائف أُطلقت من محيط تل رفعت.',
'وردّت المدفعية التركية المتمركزة في ريف عفرين، في وقت متأخر من ليل السبت، بقصف مواقع لـ"قسد" في قرى مرعناز والمالكية وشوارغة، وفق مصادر محلية.',
'في المقابل، نفت "قسد" في بيان أي علاقة لها بالقصف، واتهمت الجيش التركي والفصائل الموالية له بـ"افتعال الحادثة" لتبرير هجوم جديد على مناطقها.',
'وفي سياق متصل، دخل رتل عسكري تركي يضم نحو 30 آلية، صباح اليوم الأحد، من معبر باب السلامة، ووصل إلى قاعدة كلجبرين شمالي حلب، بحسب المراسل.',
'وتسيطر فصائل "الجيش الوطني السوري" المدعومة من تركيا على منطقة عفرين منذ آذار 2018، إثر عملية "غصن الزيتون" التي أطلقها الجيش التركي ضد "وحدات حماية الشعب".',
'وتنتشر في منطقة تل رفعت نقاط للشرطة العسكرية الروسية تضم نحو 300 عنصر، بموجب تفاهمات بين موسكو وأنقرة تعود إلى عام 2018، وفق مصادر محلية.',
'وأدانت الأمم المتحدة الهجوم، إذ قال نائب المتحدث باسم الأمين العام فرحان حق إن "استهداف المنشآت الطبية أمر غير مقبول"، مطالباً بمحاسبة المسؤولين.',
]
D = '2021-06-13'   # Sunday; web copy of its own day
SAT = '2021-06-12'
ents = [
 ('L0:مستشفى الشفاء','LOCATION','al-shifa-hospital-afrin'), ('L0:عفرين','LOCATION','afrin'), ('L0:أنقرة','ACTOR','TR'), ('L0:الوحدات','ACTOR','YPG'),
 ('L1:تلفزيون سوريا','ORG','syria-tv'),
 ('L2:13 شخصاً على الأقل','QUANTITY',None,(13,True,'killed')), ('L2:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L2:أكثر من 25','QUANTITY',None,(25,True,'wounded')), ('L2:مستشفى الشفاء','LOCATION','al-shifa-hospital-afrin'),
 ('L2:أحياء سكنية','LOCATION','afrin'), ('L2:مدينة عفرين','LOCATION','afrin'), ('L2:حلب','LOCATION','aleppo'), ('L2:تلفزيون سوريا','ORG','syria-tv'),
 ('L3:أكثر من 20 قذيفة صاروخية','QUANTITY',None,(20,True,'other')), ('L3:قذيفة صاروخية','WEAPON','rockets'), ('L3:المدينة','LOCATION','afrin'),
 ('L3:أقل من ساعة','QUANTITY',None,(1,True,'other')), ('L3:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L3:قسد','ACTOR','SDF'),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:منطقة تل رفعت','LOCATION','tal-rifaat'), ('L3:قرى ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L4:المستشفى','LOCATION','al-shifa-hospital-afrin'), ('L4:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L5:ولاية هاتاي','ACTOR','TR'), ('L5:PKK','ACTOR','PKK'), ('L5:YPG','ACTOR','YPG'), ('L5:القذائف','WEAPON','shells'),
 ('L5:محيط تل رفعت','LOCATION','tal-rifaat'),
 ('L6:المدفعية التركية','ACTOR','TR'), ('L6:ريف عفرين','LOCATION','afrin-countryside'), ('L6:قسد','ACTOR','SDF'),
 ('L6:قرى مرعناز','LOCATION','maranaz'), ('L6:المالكية','LOCATION','al-malikiyah-aleppo'), ('L6:شوارغة','LOCATION','shawargha'),
 ('L7:قسد','ACTOR','SDF'), ('L7:الجيش التركي','ACTOR','TR'), ('L7:الفصائل الموالية له','ACTOR','FSA'),
 ('L8:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'),
 ('L8:معبر باب السلامة','LOCATION','bab-al-salama-crossing'), ('L8:قاعدة كلجبرين','LOCATION','kaljibrin-base'), ('L8:حلب','LOCATION','aleppo'),
 ('L9:فصائل "الجيش الوطني السوري" المدعومة من تركيا','ACTOR','FSA'), ('L9:منطقة عفرين','LOCATION','afrin'),
 ('L9:الجيش التركي','ACTOR','TR'), ('L9:وحدات حماية الشعب','ACTOR','YPG'),
 ('L10:منطقة تل رفعت','LOCATION','tal-rifaat'), ('L10:لشرطة العسكرية الروسية','ACTOR','RU'), ('L10:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')),
 ('L10:موسكو','ACTOR','RU'), ('L10:أنقرة','ACTOR','TR'),
 ('L11:الأمم المتحدة','ORG','un'), ('L11:فرحان حق','PERSON','farhan-haq'),
]
times = [
 ('L2:مساء أمس السبت', SAT, 'part-of-day', {'part': 'evening'}),
 ('L6:ليل السبت', SAT, 'part-of-day', {'part': 'night'}),
 ('L8:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L9:منذ آذار 2018', '2018-03/2021-06', 'month'),
 ('L10:عام 2018', '2018', 'year'),
]
EV = 'L2:مساء أمس السبت'
NT = 'L6:ليل السبت'
MOR = 'L8:صباح اليوم الأحد'
COR = 'مراسل تلفزيون سوريا'
HAT = 'ولاية هاتاي التركية'
LOC = 'مصادر محلية'
SDFS = 'قسد'
events = [
 dict(type='ATTACK', trig='L2:بقصف', time=EV, loc='L2:مستشفى الشفاء',
      qty=['L2:13 شخصاً على الأقل', 'L2:ثلاثة', 'L2:أكثر من 25'], attr=COR),                                               # 1
 dict(type='ATTACK', trig='L3:سقطت', time=EV, loc='L3:المدينة', weapons=['L3:قذيفة صاروخية'],
      qty=['L3:أكثر من 20 قذيفة صاروخية', 'L3:أقل من ساعة'], attr=COR),                                                    # 2
 dict(type='MOVEMENT', trig='L3:تنتشر', actors=['SDF', 'SY_GOV'], loc='L3:منطقة تل رفعت', attr=COR),                         # 3
 dict(type='ATTACK', trig='L4:القصف', time=EV, loc='L4:المستشفى', attr=COR),                                                 # 4
 dict(type='STATEMENT', trig='L5:بيان', actors=['TR'], attr=HAT),                                                           # 5
 dict(type='ATTACK', trig='L5:الهجوم', time=EV, actors=['PKK', 'YPG'], loc='L5:محيط تل رفعت', weapons=['L5:القذائف'], attr=HAT),  # 6
 dict(type='ATTACK', trig='L6:بقصف', time=NT, actors=['TR'], targets=['SDF'], loc='L6:قرى مرعناز', attr=LOC),                 # 7
 dict(type='STATEMENT', trig='L7:بيان', actors=['SDF'], attr=SDFS),                                                         # 8
 dict(type='ATTACK', trig='L7:بالقصف', mod='denied', time=EV, actors=['SDF'], attr=SDFS),                                    # 9
 dict(type='ATTACK', trig='L7:هجوم', mod='expected', actors=['TR', 'FSA'], targets=['SDF'], attr=SDFS),                       # 10
 dict(type='MOVEMENT', trig='L8:دخل', time=MOR, actors=['TR'], loc='L8:معبر باب السلامة', weapons=['L8:آلية'], qty=['L8:نحو 30 آلية'], attr=COR),  # 11
 dict(type='MOVEMENT', trig='L8:وصل', time=MOR, actors=['TR'], loc='L8:قاعدة كلجبرين', attr=COR),                             # 12
 dict(type='CONTROL', trig='L9:تسيطر', time='L9:منذ آذار 2018', actors=['FSA'], targets=['YPG'], loc='L9:منطقة عفرين'),       # 13
 dict(type='OPERATION', trig='L9:عملية', actors=['TR'], targets=['YPG']),                                                    # 14
 dict(type='MOVEMENT', trig='L10:تنتشر', actors=['RU'], loc='L10:منطقة تل رفعت', qty=['L10:نحو 300 عنصر'], attr=LOC),         # 15
 dict(type='AGREEMENT', trig='L10:تفاهمات', time='L10:عام 2018', actors=['RU', 'TR'], attr=LOC),                              # 16
 dict(type='STATEMENT', trig='L11:قال', attr='فرحان حق'),                                                                    # 17
]
TD = (D, 'day')
NS = (SAT, 'part-of-day')
forces = [
 dict(actor='SDF', loc=('منطقة تل رفعت', 'tal-rifaat'), as_of=TD, status='present', source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('منطقة تل رفعت', 'tal-rifaat'), as_of=TD, status='present', source=COR, line=3, events=[3]),
 dict(actor='SDF', loc=('قرى ريف حلب الشمالي', 'aleppo-north-countryside'), as_of=TD, status='present', source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('قرى ريف حلب الشمالي', 'aleppo-north-countryside'), as_of=TD, status='present', source=COR, line=3, events=[3]),
 dict(actor='TR', assets='المدفعية', loc=('ريف عفرين', 'afrin-countryside'), as_of=NS, status='present', source=LOC, line=6, events=[7]),
 dict(actor='SDF', assets='مواقع', loc=('قرى مرعناز', 'maranaz'), as_of=NS, status='attacked', source=LOC, line=6, events=[7]),
 dict(actor='SDF', assets='مواقع', loc=('المالكية', 'al-malikiyah-aleppo'), as_of=NS, status='attacked', source=LOC, line=6, events=[7]),
 dict(actor='SDF', assets='مواقع', loc=('شوارغة', 'shawargha'), as_of=NS, status='attacked', source=LOC, line=6, events=[7]),
 dict(actor='TR', assets='رتل عسكري يضم نحو 30 آلية', loc=('قاعدة كلجبرين', 'kaljibrin-base'), as_of=(D, 'part-of-day'),
      status='reinforced', source=COR, line=8, events=[11, 12]),
 dict(actor='FSA', loc=('منطقة عفرين', 'afrin'), as_of=('2018-03/2021-06', 'month'), status='controls', line=9, events=[13]),
 dict(actor='RU', strength=(300, True, 'troops'), assets='نقاط', loc=('منطقة تل رفعت', 'tal-rifaat'), as_of=TD, status='present',
      source=LOC, line=10, events=[15]),
]
build('syriatv-afrin-hospital', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
