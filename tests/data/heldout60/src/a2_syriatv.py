from build import build
L = [
'هجوم لغرفة "فاثبتوا" على مواقع النظام في سهل الغاب وغارات روسية على جبل الزاوية',
'شنت غرفة عمليات "فاثبتوا"، فجر اليوم الإثنين، هجوماً على مواقع لقوات النظام في قرية طنجرة بسهل الغاب شمال غربي حماة، وسيطرت عليها بعد اشتباكات استمرت نحو ثلاث ساعات، بحسب ما أفاد مراسل تلفزيون سوريا.',
'وأوضح المراسل أن مقاتلي الغرفة، التي تضم تنظيم "حراس الدين" و"جبهة أنصار الدين" و"أنصار الإسلام"، تقدموا على محورين من جهة قرية الزيارة وتلة خطاب، ودمروا دبابة وعربة "شيلكا" بصاروخ مضاد للدروع.',
'وبحسب المرصد السوري لحقوق الإنسان، قُتل 19 عنصراً من قوات النظام و"الفيلق الخامس" و21 من مقاتلي الغرفة، قبل أن تستعيد قوات النظام القرية ظهر اليوم إثر قصف مدفعي وصاروخي مكثف.',
'في المقابل، قالت وكالة الأنباء السورية (سانا) إن وحدات الجيش "تصدت لهجوم شنته مجموعات إرهابية" على نقاطها في سهل الغاب، و"كبدتها خسائر فادحة"، دون أن تشير إلى خسارة أي موقع.',
'وشن الطيران الحربي الروسي أكثر من 20 غارة على قرى البارة وكنصفرة وبينين في جبل الزاوية وعلى محيط قرية الزيارة، بالتزامن مع قصف صاروخي لقوات النظام على أطراف مدينة أريحا، ما أدى إلى إصابة ثلاثة مدنيين، وفق الدفاع المدني السوري.',
'وتعد هذه الغارات الأعنف منذ دخول وقف إطلاق النار الذي اتفقت عليه تركيا وروسيا في موسكو حيز التنفيذ في السادس من آذار الماضي.',
'ولم تعلق "هيئة تحرير الشام" على الهجوم، في حين نفى مصدر عسكري في "الجبهة الوطنية للتحرير" لتلفزيون سوريا مشاركة فصائلها فيه، مؤكداً التزامها بالتفاهمات التركية الروسية.',
'وفي سياق متصل، دخل رتل عسكري تركي يضم نحو 25 آلية، بينها دبابات وعربات مدرعة، من معبر كفرلوسين الحدودي ليل أمس الأحد، واتجه إلى القاعدة التركية في بلدة قميناس جنوب شرقي إدلب، بحسب مصادر محلية.',
'ويتوزع في إدلب ومحيطها قرابة 11 ألف جندي تركي على عشرات النقاط العسكرية، بحسب تقديرات المرصد.',
'وتنتشر قوات النظام وميليشيات مدعومة من إيران على خطوط التماس في سهل الغاب منذ سيطرتها على ريف حماة الشمالي في آب 2019.',
]
D = '2020-06-08'   # Monday; opposition TV channel's website, copy of its own day
SUN = '2020-06-07'
FAT = 'OTHER:fathbatu-operations-room'
HD = 'OTHER:hurras-al-din'
JAD = 'OTHER:jabhat-ansar-al-din'
AI = 'OTHER:ansar-al-islam'
NFL = 'OTHER:national-front-for-liberation'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:غرفة "فاثبتوا"','ACTOR',FAT), ('L0:النظام','ACTOR','SY_GOV'), ('L0:سهل الغاب','LOCATION','al-ghab-plain'), ('L0:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L1:غرفة عمليات "فاثبتوا"','ACTOR',FAT), ('L1:قوات النظام','ACTOR','SY_GOV'), ('L1:قرية طنجرة','LOCATION','tanjara'), ('L1:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L1:شمال غربي حماة','LOCATION','hama-northwest'), ('L1:نحو ثلاث ساعات','QUANTITY',None,(3,True,'other')), ('L1:تلفزيون سوريا','ORG','syria-tv'),
 ('L2:الغرفة','ACTOR',FAT), ('L2:تنظيم "حراس الدين"','ACTOR',HD), ('L2:جبهة أنصار الدين','ACTOR',JAD), ('L2:أنصار الإسلام','ACTOR',AI),
 ('L2:محورين','QUANTITY',None,(2,False,'other')), ('L2:قرية الزيارة','LOCATION','al-ziyara'), ('L2:تلة خطاب','LOCATION','tal-khattab'),
 ('L2:دبابة','WEAPON','tanks'), ('L2:عربة "شيلكا"','WEAPON','shilka'), ('L2:صاروخ مضاد للدروع','WEAPON','atgm'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:19 عنصراً','QUANTITY',None,(19,False,'killed')), ('L3:قوات النظام#0','ACTOR','SY_GOV'),
 ('L3:الفيلق الخامس','ACTOR','SY_GOV'), ('L3:21','QUANTITY',None,(21,False,'killed')), ('L3:الغرفة','ACTOR',FAT), ('L3:قوات النظام#1','ACTOR','SY_GOV'),
 ('L3:القرية','LOCATION','tanjara'),
 ('L4:وكالة الأنباء السورية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:وحدات الجيش','ACTOR','SY_GOV'), ('L4:مجموعات إرهابية','ACTOR',FAT),
 ('L4:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L5:الطيران الحربي الروسي','ACTOR','RU'), ('L5:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')), ('L5:قرى البارة','LOCATION','al-bara'),
 ('L5:كنصفرة','LOCATION','kansafra'), ('L5:بينين','LOCATION','binnin'), ('L5:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L5:محيط قرية الزيارة','LOCATION','al-ziyara'), ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:أطراف مدينة أريحا','LOCATION','ariha'),
 ('L5:ثلاثة مدنيين','QUANTITY',None,(3,False,'wounded')), ('L5:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L6:تركيا','ACTOR','TR'), ('L6:روسيا','ACTOR','RU'), ('L6:موسكو','LOCATION','moscow'),
 ('L7:هيئة تحرير الشام','ACTOR','NUSRA'), ('L7:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L7:تلفزيون سوريا','ORG','syria-tv'),
 ('L8:نحو 25 آلية','QUANTITY',None,(25,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'), ('L8:دبابات','WEAPON','tanks'),
 ('L8:عربات مدرعة','WEAPON','armoured-vehicles'), ('L8:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'),
 ('L8:القاعدة التركية','LOCATION','qminas-turkish-base'), ('L8:بلدة قميناس','LOCATION','qminas'), ('L8:جنوب شرقي إدلب','LOCATION','idlib-southeast'),
 ('L9:إدلب','LOCATION','idlib'), ('L9:محيطها','LOCATION','idlib-surroundings'), ('L9:قرابة 11 ألف جندي','QUANTITY',None,(11000,True,'troops')),
 ('L9:عشرات النقاط العسكرية','QUANTITY',None,([24,99],True,'other')), ('L9:المرصد','ORG','sohr'),
 ('L10:قوات النظام','ACTOR','SY_GOV'), ('L10:ميليشيات مدعومة من إيران','ACTOR',IBM), ('L10:خطوط التماس','LOCATION','al-ghab-front-lines'),
 ('L10:سهل الغاب','LOCATION','al-ghab-plain'), ('L10:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
]
times = [
 ('L1:فجر اليوم الإثنين', D, 'part-of-day', {'part': 'morning'}),
 ('L3:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L6:السادس من آذار الماضي', '2020-03-06', 'day'),
 ('L8:ليل أمس الأحد', SUN, 'part-of-day', {'part': 'night'}),
 ('L10:آب 2019', '2019-08', 'month'),
]
F = 'L1:فجر اليوم الإثنين'
NOON = 'L3:ظهر اليوم'
COR = 'مراسل تلفزيون سوريا'
SOHR = 'المرصد السوري لحقوق الإنسان'
SANA = 'وكالة الأنباء السورية (سانا)'
CD = 'الدفاع المدني السوري'
LS = 'مصادر محلية'
NS = 'مصدر عسكري في الجبهة الوطنية للتحرير (تلفزيون سوريا)'
events = [
 dict(type='ATTACK', trig='L1:هجوماً', time=F, actors=[FAT], targets=['SY_GOV'], loc='L1:قرية طنجرة', attr=COR),                     # 1
 dict(type='CONTROL', trig='L1:سيطرت', time=F, actors=[FAT], targets=['SY_GOV'], loc='L1:قرية طنجرة', attr=COR),                      # 2
 dict(type='ATTACK', trig='L1:اشتباكات', time=F, actors=[FAT, 'SY_GOV'], loc='L1:قرية طنجرة', qty=['L1:نحو ثلاث ساعات'], attr=COR),   # 3
 dict(type='MOVEMENT', trig='L2:تقدموا', time=F, actors=[FAT], loc='L2:قرية الزيارة', qty=['L2:محورين'], attr=COR),                   # 4
 dict(type='ATTACK', trig='L2:دمروا', time=F, actors=[FAT], targets=['SY_GOV'],
      weapons=['L2:دبابة', 'L2:عربة "شيلكا"', 'L2:صاروخ مضاد للدروع'], attr=COR),                                                      # 5
 dict(type='ATTACK', trig='L3:قُتل', time=F, actors=[FAT, 'SY_GOV'], qty=['L3:19 عنصراً', 'L3:21'], attr=SOHR),  # 6
 dict(type='CONTROL', trig='L3:تستعيد', time=NOON, actors=['SY_GOV'], targets=[FAT], loc='L3:القرية', attr=SOHR),                      # 7
 dict(type='ATTACK', trig='L3:قصف', time=NOON, actors=['SY_GOV'], targets=[FAT], loc='L3:القرية', attr=SOHR),                         # 8
 dict(type='ATTACK', trig='L4:لهجوم', time=F, actors=[FAT], targets=['SY_GOV'], loc='L4:سهل الغاب', attr=SANA),                       # 10
 dict(type='ATTACK', trig='L4:تصدت', time=F, actors=['SY_GOV'], targets=[FAT], loc='L4:سهل الغاب', attr=SANA),                        # 11
 dict(type='ATTACK', trig='L5:غارة', actors=['RU'], loc='L5:قرى البارة', qty=['L5:أكثر من 20 غارة'], attr=CD),            # 12
 dict(type='ATTACK', trig='L5:قصف', time=F, actors=['SY_GOV'], loc='L5:أطراف مدينة أريحا', qty=['L5:ثلاثة مدنيين'], attr=CD),          # 13
 dict(type='ATTACK', trig='L6:الغارات', time=F, actors=['RU']),                                                                     # 14
 dict(type='AGREEMENT', trig='L6:وقف إطلاق النار', time='L6:السادس من آذار الماضي', actors=['TR', 'RU'], loc='L6:موسكو'),              # 15
 dict(type='ATTACK', trig='L7:الهجوم', time=F, actors=[FAT], targets=['SY_GOV']),                                                   # 16
 dict(type='ATTACK', trig='L7:مشاركة', mod='denied', time=F, actors=[NFL], targets=['SY_GOV'], attr=NS),                            # 17
 dict(type='AGREEMENT', trig='L7:بالتفاهمات', actors=['TR', 'RU'], attr=NS),                                                        # 18
 dict(type='MOVEMENT', trig='L8:دخل', time='L8:ليل أمس الأحد', actors=['TR'], loc='L8:معبر كفرلوسين الحدودي',
      weapons=['L8:آلية', 'L8:دبابات', 'L8:عربات مدرعة'], qty=['L8:نحو 25 آلية'], attr=LS),                                            # 19
 dict(type='MOVEMENT', trig='L8:اتجه', time='L8:ليل أمس الأحد', actors=['TR'], loc='L8:بلدة قميناس', attr=LS),                        # 20
 dict(type='MOVEMENT', trig='L9:يتوزع', actors=['TR'], loc='L9:إدلب', qty=['L9:قرابة 11 ألف جندي', 'L9:عشرات النقاط العسكرية'],
      attr='المرصد'),                                                                                                                # 21
 dict(type='MOVEMENT', trig='L10:تنتشر', actors=['SY_GOV', IBM], loc='L10:سهل الغاب'),                                               # 22
 dict(type='CONTROL', trig='L10:سيطرتها', time='L10:آب 2019', actors=['SY_GOV', IBM], loc='L10:ريف حماة الشمالي'),                    # 23
]
FD = (D, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor=FAT, loc=('قرية طنجرة', 'tanjara'), as_of=FD, status='controls', source=COR, line=1, events=[2]),
 dict(actor=FAT, loc=('قرية طنجرة', 'tanjara'), as_of=FD, status='present', source=COR, line=1, events=[1, 3]),
 dict(actor='SY_GOV', assets='مواقع', loc=('قرية طنجرة', 'tanjara'), as_of=FD, status='present', source=COR, line=1, events=[1, 3]),
 dict(actor='SY_GOV', assets='مواقع', loc=('قرية طنجرة', 'tanjara'), as_of=FD, status='attacked', source=COR, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('القرية', 'tanjara'), as_of=FD, status='controls', source=SOHR, line=3, events=[7]),
 dict(actor=FAT, loc=('القرية', 'tanjara'), as_of=FD, status='attacked', source=SOHR, line=3, events=[8]),
 dict(actor='SY_GOV', assets='نقاط', loc=('سهل الغاب', 'al-ghab-plain'), as_of=FD, status='attacked', source=SANA, line=4, events=[9]),
 dict(actor='TR', strength=(25, True, 'vehicles'), assets='رتل عسكري: دبابات وعربات مدرعة', loc=('بلدة قميناس', 'qminas'),
      as_of=(SUN, 'part-of-day'), status='reinforced', source=LS, line=8, events=[18, 19]),
 dict(actor='TR', strength=(11000, True, 'troops'), assets='عشرات النقاط العسكرية', loc=('إدلب', 'idlib'), as_of=DD, status='present',
      source='المرصد السوري لحقوق الإنسان', line=9, events=[20]),
 dict(actor='TR', strength=(11000, True, 'troops'), assets='عشرات النقاط العسكرية', loc=('محيطها', 'idlib-surroundings'), as_of=DD, status='present',
      source='المرصد السوري لحقوق الإنسان', line=9, events=[20]),
 dict(actor='SY_GOV', loc=('سهل الغاب', 'al-ghab-plain'), as_of=DD, status='present', line=10, events=[21]),
 dict(actor=IBM, loc=('سهل الغاب', 'al-ghab-plain'), as_of=DD, status='present', line=10, events=[21]),
 dict(actor='SY_GOV', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=('2019-08', 'month'), status='controls', line=10, events=[22]),
 dict(actor=IBM, loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=('2019-08', 'month'), status='controls', line=10, events=[22]),
]
build('syriatv-tanjara-fathbatu-attack', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
