from build import build
L = [
'مفتشو الأمم المتحدة في المعضمية تحت رصاص القناصة.. وواشنطن تلوّح بالرد على «مجزرة الكيماوي»',
'دمشق - وكالات: تعرض موكب فريق مفتشي الأسلحة الكيماوية التابع للأمم المتحدة، أمس الاثنين، لإطلاق نار من قناصة في منطقة المزة غرب دمشق أدى إلى تعطل إحدى سياراته، قبل أن يواصل الفريق طريقه إلى بلدة المعضمية في الغوطة الغربية حيث التقى أطباء ومصابين، بحسب ما أعلن المتحدث باسم المنظمة الدولية مارتن نسيركي.',
'وتبادل النظام السوري والمعارضة الاتهامات بالمسؤولية عن الحادث، إذ حمّل التلفزيون الرسمي «العصابات الإرهابية» المسؤولية، فيما قال المتحدث باسم «الجيش السوري الحر» لؤي المقداد لـ«الأيام» إن «قوات الأسد هي من أطلقت النار لمنع الفريق من الوصول إلى مواقع المجزرة».',
'وفي واشنطن، قال وزير الخارجية الأمريكي جون كيري إن استخدام نظام الأسد السلاح الكيماوي في الغوطة الشرقية «أمر لا يمكن إنكاره»، مؤكداً أن الرئيس باراك أوباما سيتخذ قراراً بشأن «الرد المناسب» على الهجوم الذي أودى، بحسب المعارضة، بحياة أكثر من 1300 شخص فجر الأربعاء الماضي.',
'وذكرت مصادر عسكرية أمريكية أن البحرية الأمريكية عززت وجودها في شرق البحر المتوسط بمدمرة رابعة مزودة بصواريخ «توماهوك» الجوالة، فيما نقلت صحيفة «ديلي تلغراف» البريطانية أن لندن تعد خططاً للمشاركة في ضربة محتملة «خلال أيام».',
'وكان الرئيس السوري بشار الأسد قد نفى في مقابلة مع صحيفة «إزفستيا» الروسية نشرت أمس أن تكون قواته استخدمت السلاح الكيماوي، واصفاً الاتهامات الغربية بأنها «هراء سياسي».',
'وفي موسكو، قال وزير الخارجية الروسي سيرغي لافروف إن أي عمل عسكري من دون تفويض من مجلس الأمن سيكون «انتهاكاً صارخاً للقانون الدولي»، مضيفاً أن بلاده «لا تنوي محاربة أحد».',
'ميدانياً، أفاد المرصد السوري لحقوق الإنسان بأن الطيران الحربي التابع للنظام شن أمس ما لا يقل عن 15 غارة على حي جوبر وبلدة زملكا في الغوطة الشرقية، ترافقت مع قصف بالمدفعية وراجمات الصواريخ، فيما تدور اشتباكات عنيفة بين قوات النظام مدعومة بعناصر من «حزب الله» ومقاتلي المعارضة على أطراف حي جوبر.',
'وأكدت مصادر في المعارضة لـ«الأيام» أن ميليشيا «حزب الله» دفعت خلال الأيام الماضية بنحو 400 عنصر إلى محيط منطقة السيدة زينب جنوب دمشق، في حين نقلت وحدات من «الحرس الجمهوري» آليات ثقيلة من مواقعها في جبل قاسيون تحسباً لضربة أمريكية.',
'وفي عمّان، اختتم رؤساء أركان جيوش عشر دول غربية وعربية، بينهم قائد القيادة المركزية الأمريكية الجنرال لويد أوستن، اجتماعاً استمر يومين لبحث تداعيات الهجوم الكيماوي على الغوطة.',
]
D = '2013-08-27'   # Tuesday; Bahraini daily, web copy of its day
MON = '2013-08-26'
HZ = 'HEZBOLLAH'
UK = 'OTHER:uk'
ents = [
 ('L0:الأمم المتحدة','ORG','un'), ('L0:المعضمية','LOCATION','moadamiyeh'), ('L0:القناصة','ACTOR','UNKNOWN'),
 ('L0:واشنطن','ACTOR','US'), ('L0:الكيماوي','WEAPON','chemical-weapons'),
 ('L1:دمشق#0','LOCATION','damascus'), ('L1:لأمم المتحدة','ORG','un'), ('L1:قناصة','ACTOR','UNKNOWN'),
 ('L1:منطقة المزة','LOCATION','mezzeh'), ('L1:دمشق#1','LOCATION','damascus'), ('L1:بلدة المعضمية','LOCATION','moadamiyeh'),
 ('L1:الغوطة الغربية','LOCATION','western-ghouta'), ('L1:المنظمة الدولية','ORG','un'), ('L1:مارتن نسيركي','PERSON','martin-nesirky'),
 ('L2:النظام السوري','ACTOR','SY_GOV'), ('L2:المعارضة','ACTOR','FSA'), ('L2:التلفزيون الرسمي','ORG','syrian-tv'),
 ('L2:العصابات الإرهابية','ACTOR','FSA'), ('L2:الجيش السوري الحر','ACTOR','FSA'), ('L2:لؤي المقداد','PERSON','louay-meqdad'),
 ('L2:الأيام','ORG','alayam'), ('L2:قوات الأسد','ACTOR','SY_GOV'),
 ('L3:واشنطن','LOCATION','washington'), ('L3:جون كيري','PERSON','john-kerry'), ('L3:نظام الأسد','ACTOR','SY_GOV'),
 ('L3:السلاح الكيماوي','WEAPON','chemical-weapons'), ('L3:الغوطة الشرقية','LOCATION','eastern-ghouta'), ('L3:باراك أوباما','PERSON','barack-obama'),
 ('L3:المعارضة','ACTOR','FSA'), ('L3:أكثر من 1300 شخص','QUANTITY',None,(1300,True,'killed')),
 ('L4:البحرية الأمريكية','ACTOR','US'), ('L4:شرق البحر المتوسط','LOCATION','eastern-mediterranean'), ('L4:مدمرة','WEAPON','destroyer'),
 ('L4:صواريخ «توماهوك» الجوالة','WEAPON','tomahawk'), ('L4:ديلي تلغراف','ORG','daily-telegraph'), ('L4:لندن','ACTOR',UK),
 ('L5:بشار الأسد','PERSON','bashar-al-assad'), ('L5:إزفستيا','ORG','izvestia'), ('L5:السلاح الكيماوي','WEAPON','chemical-weapons'),
 ('L6:موسكو','LOCATION','moscow'), ('L6:سيرغي لافروف','PERSON','sergey-lavrov'), ('L6:مجلس الأمن','ORG','unsc'),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L7:الطيران الحربي','WEAPON','warplanes'), ('L7:لنظام','ACTOR','SY_GOV'),
 ('L7:ما لا يقل عن 15 غارة','QUANTITY',None,(15,True,'other')), ('L7:حي جوبر','LOCATION','jobar'), ('L7:بلدة زملكا','LOCATION','zamalka'),
 ('L7:الغوطة الشرقية','LOCATION','eastern-ghouta'), ('L7:المدفعية','WEAPON','artillery'), ('L7:راجمات الصواريخ','WEAPON','mrl'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:حزب الله','ACTOR',HZ), ('L7:المعارضة','ACTOR','FSA'), ('L7:حي جوبر#1','LOCATION','jobar'),
 ('L8:المعارضة','ACTOR','FSA'), ('L8:الأيام','ORG','alayam'), ('L8:حزب الله','ACTOR',HZ), ('L8:نحو 400 عنصر','QUANTITY',None,(400,True,'fighters')),
 ('L8:منطقة السيدة زينب','LOCATION','sayyida-zaynab'), ('L8:دمشق','LOCATION','damascus'), ('L8:الحرس الجمهوري','ACTOR','SY_GOV'),
 ('L8:آليات ثقيلة','WEAPON','heavy-vehicles'), ('L8:جبل قاسيون','LOCATION','mount-qasioun'),
 ('L9:عمّان','LOCATION','amman'), ('L9:عشر دول','QUANTITY',None,(10,False,'other')), ('L9:القيادة المركزية الأمريكية','ACTOR','US'),
 ('L9:لويد أوستن','PERSON','lloyd-austin'), ('L9:يومين','QUANTITY',None,(2,False,'other')), ('L9:الغوطة','LOCATION','eastern-ghouta'),
]
times = [
 ('L1:أمس الاثنين', MON, 'day'),
 ('L3:فجر الأربعاء الماضي', '2013-08-21', 'part-of-day', {'part': 'morning'}),
 ('L4:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L5:أمس', MON, 'day'),
 ('L7:أمس', MON, 'day'),
 ('L8:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
NES = 'المتحدث باسم المنظمة الدولية مارتن نسيركي'
WED = 'L3:فجر الأربعاء الماضي'
SOHR = 'المرصد السوري لحقوق الإنسان'
OPP = 'مصادر في المعارضة'
events = [
 dict(type='ATTACK', trig='L1:إطلاق نار', time='L1:أمس الاثنين', actors=['UNKNOWN'], loc='L1:منطقة المزة', attr=NES),              # 1
 dict(type='STATEMENT', trig='L1:أعلن', time='L1:أمس الاثنين', attr=NES),                                                       # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['FSA'], attr='لؤي المقداد'),                                                    # 3
 dict(type='ATTACK', trig='L2:أطلقت', time='L1:أمس الاثنين', actors=['SY_GOV'], attr='لؤي المقداد'),                             # 4
 dict(type='STATEMENT', trig='L3:قال', actors=['US'], attr='جون كيري'),                                                        # 5
 dict(type='ATTACK', trig='L3:استخدام', time=WED, actors=['SY_GOV'], loc='L3:الغوطة الشرقية', weapons=['L3:السلاح الكيماوي'], attr='جون كيري'),  # 6
 dict(type='ATTACK', trig='L3:الرد', mod='planned', actors=['US'], targets=['SY_GOV'], attr='جون كيري'),                         # 7
 dict(type='ATTACK', trig='L3:الهجوم', time=WED, actors=['SY_GOV'], qty=['L3:أكثر من 1300 شخص'], attr='المعارضة'),              # 8
 dict(type='MOVEMENT', trig='L4:عززت', actors=['US'], loc='L4:شرق البحر المتوسط', weapons=['L4:مدمرة', 'L4:صواريخ «توماهوك» الجوالة'], attr='مصادر عسكرية أمريكية'),  # 9
 dict(type='ATTACK', trig='L4:ضربة', mod='planned', time='L4:خلال أيام', actors=[UK], attr='ديلي تلغراف'),                      # 10
 dict(type='ATTACK', trig='L5:استخدمت', mod='denied', time='L5:أمس', actors=['SY_GOV'], weapons=['L5:السلاح الكيماوي'], attr='بشار الأسد'),  # 11
 dict(type='STATEMENT', trig='L6:قال', actors=['RU'], attr='سيرغي لافروف'),                                                    # 12
 dict(type='ATTACK', trig='L7:غارة', time='L7:أمس', actors=['SY_GOV'], loc='L7:حي جوبر', weapons=['L7:الطيران الحربي'],
      qty=['L7:ما لا يقل عن 15 غارة'], attr=SOHR),                                                                              # 13
 dict(type='ATTACK', trig='L7:قصف', time='L7:أمس', actors=['SY_GOV'], loc='L7:حي جوبر', weapons=['L7:المدفعية', 'L7:راجمات الصواريخ'], attr=SOHR),  # 14
 dict(type='ATTACK', trig='L7:اشتباكات', time='L7:أمس', actors=['SY_GOV', HZ, 'FSA'], loc='L7:حي جوبر#1', attr=SOHR),            # 15
 dict(type='MOVEMENT', trig='L8:دفعت', time='L8:خلال الأيام الماضية', actors=[HZ], loc='L8:منطقة السيدة زينب', qty=['L8:نحو 400 عنصر'], attr=OPP),  # 16
 dict(type='WITHDRAWAL', trig='L8:نقلت', time='L8:خلال الأيام الماضية', actors=['SY_GOV'], loc='L8:جبل قاسيون', weapons=['L8:آليات ثقيلة'], attr=OPP),  # 17
 dict(type='ATTACK', trig='L8:لضربة', mod='expected', actors=['US'], targets=['SY_GOV'], attr=OPP),                             # 18
 dict(type='ATTACK', trig='L9:الهجوم', time=WED, actors=['SY_GOV'], loc='L9:الغوطة'),                                          # 19
]
MOND = (MON, 'day')
V = (None, 'vague')
forces = [
 dict(actor='US', assets='مدمرة رابعة مزودة بصواريخ «توماهوك»', loc=('شرق البحر المتوسط', 'eastern-mediterranean'), as_of=(D, 'day'), status='reinforced', source='مصادر عسكرية أمريكية', line=4, events=[9]),
 dict(actor='SY_GOV', loc=('حي جوبر', 'jobar'), as_of=MOND, status='present', source=SOHR, line=7, events=[15]),
 dict(actor=HZ, loc=('حي جوبر', 'jobar'), as_of=MOND, status='present', source=SOHR, line=7, events=[15]),
 dict(actor='FSA', loc=('حي جوبر', 'jobar'), as_of=MOND, status='present', source=SOHR, line=7, events=[15]),
 dict(actor=HZ, strength=(400, True, 'fighters'), loc=('منطقة السيدة زينب', 'sayyida-zaynab'), as_of=V, status='reinforced', source=OPP, line=8, events=[16]),
 dict(actor='SY_GOV', assets='آليات ثقيلة', loc=('جبل قاسيون', 'mount-qasioun'), as_of=V, status='withdrawn', source=OPP, line=8, events=[17]),
]
build('alayam-ghouta-inspectors', None, 'الأيام', D, L, ents, times, events, forces)
