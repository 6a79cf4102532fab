from build import build
L = [
'معلولا: الجيش يستعيد «السفير» والمسلحون يتحصّنون في الكهوف',
'استعاد الجيش السوري، أمس، السيطرة على فندق «السفير» والحواجز المحيطة ببلدة معلولا في ريف دمشق الشمالي، بعد يوم على هجوم شنّه مسلحو «جبهة النصرة» وفصائل من «الجيش الحر» على البلدة ذات الغالبية المسيحية.',
'وكان انتحاري أردني من «النصرة» قد فجّر سيارة مفخخة بحاجز الجيش عند المدخل الغربي لمعلولا فجر الأربعاء، ما أدى إلى مقتل ثمانية جنود، قبل أن يقتحم المسلحون الحاجز ويتقدّموا نحو ساحة البلدة.',
'وبحسب مصدر عسكري تحدث إلى «الأخبار»، دُفع بتعزيزات من الفرقة الثالثة إلى محيط معلولا ليل الأربعاء ـــ الخميس، ضمّت نحو عشرين دبابة وعربة مدرعة، فيما قصفت المدفعية مواقع المسلحين في التلال المشرفة على دير مار تقلا.',
'المسلحون انسحبوا فجر أمس من الفندق باتجاه بلدة عين التينة وجرود يبرود، وفق المصدر نفسه، مخلّفين وراءهم نحو ثلاثين قتيلاً، في حين «لا يزال عدد منهم يتحصّنون في الكهوف المحيطة بالبلدة».',
'أما أهالي معلولا، فقد نزح معظمهم إلى دمشق وبلدة جبعدين المجاورة، ويُقدَّر عدد من بقي منهم في البلدة بنحو مئتي شخص، لجأ بعضهم إلى دير مار تقلا، بحسب راهبات الدير.',
'«جبهة النصرة» من جهتها تبنّت، في بيان نشرته على مواقع التواصل، «غزوة» معلولا، وقالت إن «المجاهدين» سيطروا على «جميع حواجز النظام» في البلدة، وهو ما نفاه المصدر العسكري.',
'ويُقدّر مصدر أمني سوري عدد مقاتلي المعارضة في القلمون بنحو عشرين ألفاً، يتوزعون بين يبرود والنبك وقارة ورنكوس، وتصلهم الإمدادات عبر جرود عرسال من الأراضي اللبنانية.',
'على خط موازٍ، صوّتت لجنة العلاقات الخارجية في مجلس الشيوخ الأميركي، مساء الأربعاء، لمصلحة مشروع قرار يجيز للرئيس باراك أوباما توجيه ضربة عسكرية «محدودة» إلى سوريا لمدة لا تتجاوز ستين يوماً.',
'وتواصل أربع مدمرات أميركية انتشارها في شرق البحر المتوسط، في حين أعلنت موسكو، أمس، أنها سترسل سفينة الإنزال الكبيرة «نيقولاي فيلتشينكوف» إلى المنطقة، بالتزامن مع افتتاح قمة مجموعة العشرين في سان بطرسبورغ.',
]
D = '2013-09-06'   # Friday; Beirut daily, print edition dated the day after the news
Y = '2013-09-05'   # Thursday
WED = '2013-09-04'
ents = [
 ('L0:معلولا','LOCATION','maaloula'), ('L0:الجيش','ACTOR','SY_GOV'), ('L0:السفير','LOCATION','safir-hotel-maaloula'),
 ('L0:الكهوف','LOCATION','maaloula-caves'),
 ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:فندق «السفير»','LOCATION','safir-hotel-maaloula'), ('L1:بلدة معلولا','LOCATION','maaloula'),
 ('L1:ريف دمشق الشمالي','LOCATION','damascus-countryside-north'), ('L1:جبهة النصرة','ACTOR','NUSRA'), ('L1:الجيش الحر','ACTOR','FSA'),
 ('L1:البلدة','LOCATION','maaloula'),
 ('L2:النصرة','ACTOR','NUSRA'), ('L2:سيارة مفخخة','WEAPON','car-bomb'), ('L2:الجيش','ACTOR','SY_GOV'), ('L2:معلولا','LOCATION','maaloula'),
 ('L2:ثمانية جنود','QUANTITY',None,(8,False,'killed')), ('L2:ساحة البلدة','LOCATION','maaloula-square'),
 ('L3:الأخبار','ORG','alakhbar'), ('L3:الفرقة الثالثة','ACTOR','SY_GOV'), ('L3:معلولا','LOCATION','maaloula'),
 ('L3:نحو عشرين دبابة','QUANTITY',None,(20,True,'vehicles')), ('L3:دبابة','WEAPON','tanks'), ('L3:عربة مدرعة','WEAPON','armoured-vehicles'),
 ('L3:المدفعية','WEAPON','artillery'), ('L3:دير مار تقلا','LOCATION','mar-taqla-convent'),
 ('L4:الفندق','LOCATION','safir-hotel-maaloula'), ('L4:بلدة عين التينة','LOCATION','ain-al-tineh'), ('L4:جرود يبرود','LOCATION','yabroud-outskirts'),
 ('L4:نحو ثلاثين قتيلاً','QUANTITY',None,(30,True,'killed')), ('L4:الكهوف المحيطة بالبلدة','LOCATION','maaloula-caves'),
 ('L5:معلولا','LOCATION','maaloula'), ('L5:دمشق','LOCATION','damascus'), ('L5:بلدة جبعدين','LOCATION','jubbadin'),
 ('L5:البلدة','LOCATION','maaloula'), ('L5:نحو مئتي شخص','QUANTITY',None,(200,True,'people')), ('L5:دير مار تقلا','LOCATION','mar-taqla-convent'),
 ('L5:الدير','LOCATION','mar-taqla-convent'),
 ('L6:جبهة النصرة','ACTOR','NUSRA'), ('L6:معلولا','LOCATION','maaloula'), ('L6:المجاهدين','ACTOR','NUSRA'), ('L6:النظام','ACTOR','SY_GOV'),
 ('L6:البلدة','LOCATION','maaloula'),
 ('L7:مقاتلي المعارضة','ACTOR','FSA'), ('L7:القلمون','LOCATION','qalamoun'), ('L7:نحو عشرين ألفاً','QUANTITY',None,(20000,True,'fighters')),
 ('L7:يبرود','LOCATION','yabroud'), ('L7:النبك','LOCATION','nabk'), ('L7:قارة','LOCATION','qara'), ('L7:رنكوس','LOCATION','rankous'),
 ('L7:جرود عرسال','LOCATION','arsal-outskirts'), ('L7:الأراضي اللبنانية','LOCATION','lebanon'),
 ('L8:لجنة العلاقات الخارجية في مجلس الشيوخ الأميركي','ORG','us-senate-foreign-relations-committee'), ('L8:باراك أوباما','PERSON','barack-obama'),
 ('L8:سوريا','LOCATION','syria'), ('L8:لا تتجاوز ستين يوماً','QUANTITY',None,(60,True,'other')),
 ('L9:أربع مدمرات','QUANTITY',None,(4,False,'other')), ('L9:مدمرات أميركية','WEAPON','destroyers'), ('L9:شرق البحر المتوسط','LOCATION','eastern-mediterranean'),
 ('L9:موسكو','ACTOR','RU'), ('L9:سفينة الإنزال الكبيرة «نيقولاي فيلتشينكوف»','WEAPON','landing-ship'), ('L9:المنطقة','LOCATION','eastern-mediterranean'),
 ('L9:مجموعة العشرين','ORG','g20'), ('L9:سان بطرسبورغ','LOCATION','saint-petersburg'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L2:فجر الأربعاء', WED, 'part-of-day', {'part': 'morning'}),
 ('L3:ليل الأربعاء ـــ الخميس', WED, 'part-of-day', {'part': 'night'}),
 ('L4:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L8:مساء الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L9:أمس', Y, 'day'),
]
T = 'L1:أمس'
W = 'L2:فجر الأربعاء'
N = 'L3:ليل الأربعاء ـــ الخميس'
SRC = 'مصدر عسكري'
JN = 'جبهة النصرة'
events = [
 dict(type='CONTROL', trig='L1:استعاد', time=T, actors=['SY_GOV'], targets=['NUSRA', 'FSA'], loc='L1:فندق «السفير»'),                # 1
 dict(type='ATTACK', trig='L1:هجوم', time=W, actors=['NUSRA', 'FSA'], loc='L1:البلدة'),                                           # 2
 dict(type='ATTACK', trig='L2:فجّر', time=W, actors=['NUSRA'], targets=['SY_GOV'], loc='L2:معلولا', weapons=['L2:سيارة مفخخة'],
      qty=['L2:ثمانية جنود']),                                                                                                    # 3
 dict(type='ATTACK', trig='L2:يقتحم', time=W, actors=['NUSRA', 'FSA'], targets=['SY_GOV'], loc='L2:معلولا'),                      # 4
 dict(type='MOVEMENT', trig='L2:يتقدّموا', time=W, actors=['NUSRA', 'FSA'], loc='L2:ساحة البلدة'),                                # 5
 dict(type='MOVEMENT', trig='L3:دُفع', time=N, actors=['SY_GOV'], loc='L3:معلولا', weapons=['L3:دبابة', 'L3:عربة مدرعة'],
      qty=['L3:نحو عشرين دبابة'], attr=SRC),                                                                                      # 6
 dict(type='ATTACK', trig='L3:قصفت', time=N, actors=['SY_GOV'], targets=['NUSRA', 'FSA'], loc='L3:دير مار تقلا',
      weapons=['L3:المدفعية'], attr=SRC),                                                                                         # 7
 dict(type='WITHDRAWAL', trig='L4:انسحبوا', time='L4:فجر أمس', actors=['NUSRA', 'FSA'], loc='L4:الفندق', attr=SRC),               # 8
 dict(type='ATTACK', trig='L6:غزوة', time=W, actors=['NUSRA'], targets=['SY_GOV'], loc='L6:معلولا', attr=JN),                      # 9
 dict(type='STATEMENT', trig='L6:قالت', actors=['NUSRA'], attr=JN),                                                               # 10
 dict(type='CONTROL', trig='L6:سيطروا', time=W, actors=['NUSRA'], targets=['SY_GOV'], loc='L6:البلدة', attr=JN),                   # 11
 dict(type='ATTACK', trig='L8:ضربة عسكرية', mod='planned', actors=['US'], targets=['SY_GOV'], loc='L8:سوريا',
      qty=['L8:لا تتجاوز ستين يوماً']),                                                                                            # 12
 dict(type='MOVEMENT', trig='L9:انتشارها', actors=['US'], loc='L9:شرق البحر المتوسط', weapons=['L9:مدمرات أميركية'],
      qty=['L9:أربع مدمرات']),                                                                                                    # 13
 dict(type='STATEMENT', trig='L9:أعلنت', time='L9:أمس', actors=['RU'], attr='موسكو'),                                              # 14
 dict(type='MOVEMENT', trig='L9:سترسل', mod='planned', actors=['RU'], loc='L9:المنطقة',
      weapons=['L9:سفينة الإنزال الكبيرة «نيقولاي فيلتشينكوف»'], attr='موسكو'),                                                   # 15
]
YD = (Y, 'day')
WP = (WED, 'part-of-day')
YP = (Y, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('فندق «السفير»', 'safir-hotel-maaloula'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='NUSRA', loc=('البلدة', 'maaloula'), as_of=(WED, 'day'), status='present', line=1, events=[2]),
 dict(actor='FSA', loc=('البلدة', 'maaloula'), as_of=(WED, 'day'), status='present', line=1, events=[2]),
 dict(actor='SY_GOV', assets='حاجز', loc=('معلولا', 'maaloula'), as_of=WP, status='attacked', line=2, events=[3, 4]),
 dict(actor='SY_GOV', assets='حاجز', loc=('معلولا', 'maaloula'), as_of=WP, status='present', line=2, events=[3, 4]),
 dict(actor='NUSRA', loc=('معلولا', 'maaloula'), as_of=WP, status='present', line=2, events=[4]),
 dict(actor='FSA', loc=('معلولا', 'maaloula'), as_of=WP, status='present', line=2, events=[4]),
 dict(actor='SY_GOV', strength=(20, True, 'vehicles'), assets='تعزيزات من الفرقة الثالثة: دبابات وعربات مدرعة',
      loc=('معلولا', 'maaloula'), as_of=(WED, 'part-of-day'), status='reinforced', source=SRC, line=3, events=[6]),
 dict(actor='NUSRA', loc=('الفندق', 'safir-hotel-maaloula'), as_of=YP, status='withdrawn', source=SRC, line=4, events=[8]),
 dict(actor='FSA', loc=('الفندق', 'safir-hotel-maaloula'), as_of=YP, status='withdrawn', source=SRC, line=4, events=[8]),
 dict(actor='NUSRA', loc=('الكهوف المحيطة بالبلدة', 'maaloula-caves'), as_of=YD, status='present', source=SRC, line=4, events=[]),
 dict(actor='FSA', loc=('الكهوف المحيطة بالبلدة', 'maaloula-caves'), as_of=YD, status='present', source=SRC, line=4, events=[]),
 dict(actor='NUSRA', loc=('البلدة', 'maaloula'), as_of=(WED, 'day'), status='controls', source=JN, line=6, events=[11]),
 dict(actor='FSA', strength=(20000, True, 'fighters'), loc=('القلمون', 'qalamoun'), as_of=DD, status='present', source='مصدر أمني سوري', line=7),
 dict(actor='FSA', loc=('يبرود', 'yabroud'), as_of=DD, status='present', source='مصدر أمني سوري', line=7),
 dict(actor='FSA', loc=('النبك', 'nabk'), as_of=DD, status='present', source='مصدر أمني سوري', line=7),
 dict(actor='FSA', loc=('قارة', 'qara'), as_of=DD, status='present', source='مصدر أمني سوري', line=7),
 dict(actor='FSA', loc=('رنكوس', 'rankous'), as_of=DD, status='present', source='مصدر أمني سوري', line=7),
 dict(actor='US', assets='أربع مدمرات', loc=('شرق البحر المتوسط', 'eastern-mediterranean'), as_of=DD, status='present', line=9, events=[13]),
 dict(actor='RU', assets='سفينة الإنزال «نيقولاي فيلتشينكوف»', loc=('المنطقة', 'eastern-mediterranean'), as_of=(D + '/', 'vague'),
      status='planned', source='موسكو', line=9, events=[15]),
]
build('alakhbar-maaloula', None, 'الأخبار', D, L, ents, times, events, forces)
