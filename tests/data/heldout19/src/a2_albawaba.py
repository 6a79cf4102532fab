from build import build
L = [
'بغطاء جوي روسي.. الجيش السوري يطلق عملية برية واسعة في ريف حماة الشمالي',
'أطلق الجيش العربي السوري، أمس الأربعاء، عملية برية واسعة في ريفي حماة الشمالي وإدلب الجنوبي بغطاء جوي من المقاتلات الروسية، في أول هجوم بري واسع منذ بدء الضربات الروسية، بحسب ما أفاد مصدر عسكري لوكالة الأنباء السورية الرسمية «سانا».',
'وأوضح المصدر أن وحدات الجيش تقدمت على أربعة محاور وبسطت سيطرتها على بلدتي عطشان وأم حارتين وتل سكيك بعد «معارك عنيفة» مع إرهابيي «جبهة النصرة» و«جيش الفتح»، وقتلت العشرات منهم.',
'في المقابل، زعمت «تنسيقيات» المسلحين أن الجماعات المسلحة دمرت «أكثر من 15 دبابة» للجيش بصواريخ «تاو» الأمريكية في محيط بلدتي كفرنبودة ولحايا، وهو ما نفاه المصدر العسكري، مؤكداً أن «خسائر الإرهابيين فادحة».',
'وفي ريف اللاذقية الشمالي، شنت مقاتلات «سوخوي» الروسية غارات مكثفة على مواقع المسلحين في جبل الأكراد وبلدة سلمى، فيما أعلنت وزارة الدفاع الروسية أن طائراتها نفذت 22 طلعة خلال الساعات الـ24 الماضية وأصابت 27 هدفاً لـ«داعش».',
'وكانت أربع سفن حربية روسية في بحر قزوين قد أطلقت، فجر أمس، 26 صاروخاً مجنحاً من طراز «كاليبر» على 11 هدفاً في سوريا قطعت نحو 1500 كيلومتر، وفق ما أعلنه وزير الدفاع الروسي سيرغي شويغو، في ما وصفه مراقبون بأنه «رسالة إلى واشنطن».',
'وفي أنقرة، جدد الرئيس التركي رجب طيب أردوغان تحذيره لموسكو بعد انتهاك مقاتلات روسية الأجواء التركية يوم السبت الماضي، فيما أكد الأمين العام لحلف شمال الأطلسي «الناتو» ينس ستولتنبرغ أن الحلف «مستعد لإرسال قوات للدفاع عن تركيا إذا لزم الأمر».',
'وفي بروكسل، قال وزير الدفاع الأمريكي آشتون كارتر إن روسيا «ستبدأ في تكبد خسائر بشرية خلال الأيام المقبلة»، في حين تؤكد موسكو أن ضرباتها تستهدف «داعش» وغيره من التنظيمات الإرهابية حصراً.',
'وفي ريف حمص الشمالي، أفاد المرصد السوري لحقوق الإنسان بمقتل 11 مدنياً بينهم ثلاثة أطفال في غارات يُرجح أنها روسية استهدفت بلدة تلبيسة، في حين قصفت «جبهة النصرة» بقذائف الهاون أحياء سكنية في مدينة حماة، ما أدى إلى إصابة سبعة مواطنين، بحسب «سانا».',
'ويأتي التصعيد بعد ثمانية أيام من بدء روسيا ضرباتها الجوية في سوريا في 30 سبتمبر الماضي بطلب من الرئيس بشار الأسد، فيما تقدّر مصادر غربية عدد العسكريين الروس في قاعدة حميميم الجوية بريف اللاذقية بنحو ألفي عسكري.',
]
D = '2015-10-08'   # Thursday; Egyptian news site, copy of its day
WED = '2015-10-07'
JAF = 'OTHER:jaish-al-fateh'
NATO = 'OTHER:nato'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L1:الجيش العربي السوري','ACTOR','SY_GOV'), ('L1:ريفي حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L1:إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L1:المقاتلات الروسية','WEAPON','warplanes'),
 ('L1:وكالة الأنباء السورية','ORG','sana'), ('L1:سانا','ORG','sana'),
 ('L2:الجيش','ACTOR','SY_GOV'), ('L2:أربعة محاور','QUANTITY',None,(4,False,'other')), ('L2:بلدتي عطشان','LOCATION','atshan'),
 ('L2:أم حارتين','LOCATION','umm-hartein'), ('L2:تل سكيك','LOCATION','tal-sukayk'), ('L2:جبهة النصرة','ACTOR','NUSRA'),
 ('L2:جيش الفتح','ACTOR',JAF), ('L2:العشرات','QUANTITY',None,([24,99],True,'killed')),
 ('L3:الجماعات المسلحة','ACTOR','FSA'), ('L3:أكثر من 15 دبابة','QUANTITY',None,(15,True,'vehicles')), ('L3:دبابة','WEAPON','tanks'),
 ('L3:لجيش','ACTOR','SY_GOV'), ('L3:صواريخ «تاو»','WEAPON','tow'), ('L3:بلدتي كفرنبودة','LOCATION','kafr-nabudah'),
 ('L3:لحايا','LOCATION','lahaya'), ('L3:الإرهابيين','ACTOR','FSA'),
 ('L4:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'), ('L4:مقاتلات «سوخوي» الروسية','WEAPON','sukhoi'),
 ('L4:جبل الأكراد','LOCATION','jabal-al-akrad'), ('L4:بلدة سلمى','LOCATION','salma'), ('L4:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L4:22 طلعة','QUANTITY',None,(22,False,'other')), ('L4:27 هدفاً','QUANTITY',None,(27,False,'other')), ('L4:داعش','ACTOR','ISIS'),
 ('L5:أربع سفن حربية','QUANTITY',None,(4,False,'other')), ('L5:سفن حربية','WEAPON','warships'), ('L5:بحر قزوين','LOCATION','caspian-sea'),
 ('L5:26 صاروخاً','QUANTITY',None,(26,False,'missiles')), ('L5:صاروخاً مجنحاً من طراز «كاليبر»','WEAPON','kalibr'),
 ('L5:11 هدفاً','QUANTITY',None,(11,False,'other')), ('L5:سوريا','LOCATION','syria'), ('L5:نحو 1500 كيلومتر','QUANTITY',None,(1500,True,'km')),
 ('L5:سيرغي شويغو','PERSON','sergei-shoigu'), ('L5:واشنطن','ACTOR','US'),
 ('L6:أنقرة','LOCATION','ankara'), ('L6:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L6:موسكو','ACTOR','RU'),
 ('L6:مقاتلات روسية','WEAPON','warplanes'), ('L6:الأجواء التركية','LOCATION','turkish-airspace'), ('L6:حلف شمال الأطلسي','ACTOR',NATO),
 ('L6:الناتو','ACTOR',NATO), ('L6:ينس ستولتنبرغ','PERSON','jens-stoltenberg'), ('L6:الحلف','ACTOR',NATO), ('L6:تركيا','LOCATION','turkey'),
 ('L7:بروكسل','LOCATION','brussels'), ('L7:آشتون كارتر','PERSON','ashton-carter'), ('L7:روسيا','ACTOR','RU'), ('L7:موسكو','ACTOR','RU'),
 ('L7:داعش','ACTOR','ISIS'),
 ('L8:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L8:11 مدنياً','QUANTITY',None,(11,False,'killed')), ('L8:ثلاثة أطفال','QUANTITY',None,(3,False,'killed')), ('L8:بلدة تلبيسة','LOCATION','talbiseh'),
 ('L8:جبهة النصرة','ACTOR','NUSRA'), ('L8:قذائف الهاون','WEAPON','mortars'), ('L8:مدينة حماة','LOCATION','hama'),
 ('L8:سبعة مواطنين','QUANTITY',None,(7,False,'wounded')), ('L8:سانا','ORG','sana'),
 ('L9:ثمانية أيام','QUANTITY',None,(8,False,'other')), ('L9:روسيا','ACTOR','RU'), ('L9:سوريا','LOCATION','syria'),
 ('L9:بشار الأسد','PERSON','bashar-al-assad'), ('L9:قاعدة حميميم الجوية','LOCATION','hmeimim-airbase'), ('L9:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L9:نحو ألفي عسكري','QUANTITY',None,(2000,True,'troops')),
]
times = [
 ('L1:أمس الأربعاء', WED, 'day'),
 ('L4:خلال الساعات الـ24 الماضية', WED + '/' + D, 'day'),
 ('L5:فجر أمس', WED, 'part-of-day', {'part': 'morning'}),
 ('L6:يوم السبت الماضي', '2015-10-03', 'day'),
 ('L7:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L9:30 سبتمبر الماضي', '2015-09-30', 'day'),
]
Y = 'L1:أمس الأربعاء'
SRC = 'مصدر عسكري (سانا)'
MOD = 'وزارة الدفاع الروسية'
SHO = 'وزير الدفاع الروسي سيرغي شويغو'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='OPERATION', trig='L1:عملية برية', time=Y, actors=['SY_GOV', 'RU'], loc='L1:ريفي حماة الشمالي', weapons=['L1:المقاتلات الروسية'], attr=SRC),  # 1
 dict(type='ATTACK', trig='L1:هجوم بري', time=Y, actors=['SY_GOV'], attr=SRC),                                                                       # 2
 dict(type='ATTACK', trig='L1:الضربات', time='L9:30 سبتمبر الماضي', actors=['RU']),                                                                  # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', time=Y, actors=['SY_GOV'], qty=['L2:أربعة محاور'], attr=SRC),                                               # 4
 dict(type='CONTROL', trig='L2:بسطت سيطرتها', time=Y, actors=['SY_GOV'], targets=['NUSRA', JAF], loc='L2:بلدتي عطشان', attr=SRC),                    # 5
 dict(type='ATTACK', trig='L2:معارك', time=Y, actors=['SY_GOV', 'NUSRA', JAF], attr=SRC),                                                          # 6
 dict(type='ATTACK', trig='L2:قتلت', time=Y, actors=['SY_GOV'], targets=['NUSRA', JAF], qty=['L2:العشرات'], attr=SRC),                               # 7
 dict(type='ATTACK', trig='L3:دمرت', actors=['FSA'], targets=['SY_GOV'], loc='L3:بلدتي كفرنبودة', weapons=['L3:صواريخ «تاو»'],
      qty=['L3:أكثر من 15 دبابة'], attr='تنسيقيات المسلحين'),                                                                                       # 8
 dict(type='ATTACK', trig='L4:غارات', actors=['RU'], loc='L4:جبل الأكراد', weapons=['L4:مقاتلات «سوخوي» الروسية']),                                 # 9
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['RU'], attr=MOD),                                                                                 # 10
 dict(type='ATTACK', trig='L4:أصابت', time='L4:خلال الساعات الـ24 الماضية', actors=['RU'], targets=['ISIS'], qty=['L4:22 طلعة', 'L4:27 هدفاً'], attr=MOD),  # 11
 dict(type='ATTACK', trig='L5:أطلقت', time='L5:فجر أمس', actors=['RU'], loc='L5:سوريا', weapons=['L5:سفن حربية', 'L5:صاروخاً مجنحاً من طراز «كاليبر»'],
      qty=['L5:أربع سفن حربية', 'L5:26 صاروخاً', 'L5:11 هدفاً'], attr=SHO),                                                                          # 12
 dict(type='STATEMENT', trig='L5:أعلنه', actors=['RU'], attr=SHO),                                                                                 # 13
 dict(type='MOVEMENT', trig='L6:انتهاك', time='L6:يوم السبت الماضي', actors=['RU'], loc='L6:الأجواء التركية', weapons=['L6:مقاتلات روسية']),          # 14
 dict(type='MOVEMENT', trig='L6:لإرسال', mod='planned', actors=[NATO], loc='L6:تركيا', attr='ينس ستولتنبرغ'),                                        # 15
 dict(type='STATEMENT', trig='L7:قال', actors=['US'], attr='آشتون كارتر'),                                                                         # 16
 dict(type='ATTACK', trig='L7:ضرباتها', actors=['RU'], targets=['ISIS'], attr='موسكو'),                                                            # 17
 dict(type='ATTACK', trig='L8:غارات', actors=['RU'], loc='L8:بلدة تلبيسة', qty=['L8:11 مدنياً', 'L8:ثلاثة أطفال'], attr=SOHR),                      # 18
 dict(type='ATTACK', trig='L8:قصفت', actors=['NUSRA'], loc='L8:مدينة حماة', weapons=['L8:قذائف الهاون'], qty=['L8:سبعة مواطنين'], attr='سانا'),       # 19
 dict(type='ATTACK', trig='L9:ضرباتها', time='L9:30 سبتمبر الماضي', actors=['RU'], loc='L9:سوريا'),                                                  # 20
]
WD = (WED, 'day')
forces = [
 dict(actor='SY_GOV', loc=('ريفي حماة الشمالي', 'hama-north-countryside'), as_of=WD, status='present', source=SRC, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('عطشان', 'atshan'), as_of=WD, status='controls', source=SRC, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('أم حارتين', 'umm-hartein'), as_of=WD, status='controls', source=SRC, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('تل سكيك', 'tal-sukayk'), as_of=WD, status='controls', source=SRC, line=2, events=[5]),
 dict(actor='SY_GOV', assets='دبابات', loc=('بلدتي كفرنبودة', 'kafr-nabudah'), as_of=(D, 'day'), status='attacked', source='تنسيقيات المسلحين', line=3, events=[8]),
 dict(actor='RU', assets='أربع سفن حربية', loc=('بحر قزوين', 'caspian-sea'), as_of=(WED, 'part-of-day'), status='present', source=SHO, line=5, events=[12]),
 dict(actor='RU', strength=(2000, True, 'troops'), loc=('قاعدة حميميم الجوية', 'hmeimim-airbase'), as_of=(D, 'day'), status='present', source='مصادر غربية', line=9),
]
build('albawaba-hama-ground-offensive', None, 'البوابة نيوز', D, L, ents, times, events, forces)
