from build import build
L = [
'ضربات أمريكية بريطانية فرنسية على مواقع في دمشق وحمص.. وموسكو: الدفاعات السورية أسقطت 71 صاروخاً',
'عواصم - البيان، وكالات: شنت الولايات المتحدة وبريطانيا وفرنسا، فجر أمس، ضربات صاروخية وجوية على ثلاثة مواقع قالت إنها مرتبطة ببرنامج الأسلحة الكيماوية السورية في دمشق وريف حمص، رداً على الهجوم الكيماوي المفترض على مدينة دوما في السابع من أبريل الجاري.',
'وقال رئيس هيئة الأركان الأمريكية المشتركة الجنرال جوزيف دانفورد إن الضربات استهدفت مركز البحوث العلمية في حي برزة بدمشق، ومنشأة تخزين في منطقة حيم شنشار غربي مدينة حمص، ومركز قيادة قريباً منها.',
'وأوضحت وزارة الدفاع الأمريكية (البنتاغون) أن 105 صواريخ أُطلقت من مدمرات وغواصة في البحر الأحمر والخليج العربي وشرق المتوسط، إضافة إلى قاذفتين من طراز "بي-1"، مؤكدة أن أياً منها لم يُعترض.',
'من جهتها، أعلنت وزارة الدفاع البريطانية أن أربع مقاتلات "تورنادو" انطلقت من قاعدة أكروتيري في قبرص وأطلقت صواريخ "ستورم شادو" على منشأة حيم شنشار، فيما شاركت فرنسا بمقاتلات "رافال" وفرقاطات في المتوسط.',
'في المقابل، قالت وزارة الدفاع الروسية إن الدفاعات الجوية السورية اعترضت 71 صاروخاً من أصل 103، مستخدمة منظومات "إس-125" و"بوك" و"بانتسير"، مشيرة إلى أن أياً من الصواريخ لم يدخل مناطق مسؤولية الدفاعات الروسية في طرطوس وحميميم.',
'وذكرت القيادة العامة للجيش السوري في بيان أن "العدوان الثلاثي" دمّر مبنى يضم مختبرات في مركز البحوث ببرزة، فيما أصيب ثلاثة مدنيين بجروح جراء استهداف موقع عسكري قرب حمص بعد حرف مسار الصواريخ.',
'وفي واشنطن، قال الرئيس الأمريكي دونالد ترامب إن الضربة "نُفذت بشكل مثالي"، فيما وصفها وزير الدفاع جيمس ماتيس بأنها "ضربة لمرة واحدة"، محذراً دمشق من تكرار استخدام السلاح الكيماوي.',
'وفي موسكو، ندد الرئيس الروسي فلاديمير بوتين بما وصفه بـ"العدوان على دولة ذات سيادة"، فيما رفض مجلس الأمن الدولي، مساء أمس، مشروع قرار روسي يدين الضربات، بعد حصوله على تأييد ثلاث دول فقط.',
'ميدانياً، وصل فريق من منظمة حظر الأسلحة الكيماوية إلى دمشق، ويُنتظر أن يبدأ عمله في دوما اليوم، بعد أيام من انتشار وحدات من الشرطة العسكرية الروسية في المدينة إثر خروج آخر مقاتلي "جيش الإسلام" منها.',
'في الأثناء، يواصل الجيش السوري حشد قواته على أطراف مخيم اليرموك والحجر الأسود جنوبي دمشق، حيث يتحصن نحو ألف عنصر من تنظيم "داعش"، بحسب المرصد السوري لحقوق الإنسان.',
'ويأتي التصعيد بعد أسبوعين من إعلان ترامب عزمه سحب نحو ألفي جندي أمريكي ينتشرون في شمال سوريا وشرقها، قبل أن يوافق على تأجيل الانسحاب.',
]
D = '2018-04-15'   # Sunday; Dubai print daily, dated the day after the strikes
Y = '2018-04-14'   # Saturday
UK = 'OTHER:uk'
FR = 'OTHER:france'
JAI = 'OTHER:jaish-al-islam'
ents = [
 ('L0:دمشق','LOCATION','damascus'), ('L0:حمص','LOCATION','homs'), ('L0:موسكو','ACTOR','RU'), ('L0:الدفاعات السورية','ACTOR','SY_GOV'),
 ('L0:71 صاروخاً','QUANTITY',None,(71,False,'missiles')), ('L0:صاروخاً','WEAPON','missiles'),
 ('L1:البيان','ORG','albayan'), ('L1:الولايات المتحدة','ACTOR','US'), ('L1:بريطانيا','ACTOR',UK), ('L1:فرنسا','ACTOR',FR),
 ('L1:ثلاثة مواقع','QUANTITY',None,(3,False,'other')), ('L1:الأسلحة الكيماوية','WEAPON','chemical-weapons'), ('L1:دمشق','LOCATION','damascus'),
 ('L1:ريف حمص','LOCATION','homs-countryside'), ('L1:الكيماوي#1','WEAPON','chemical-weapons'), ('L1:مدينة دوما','LOCATION','douma'),
 ('L2:جوزيف دانفورد','PERSON','joseph-dunford'), ('L2:مركز البحوث العلمية','LOCATION','barzeh-research-centre'), ('L2:حي برزة','LOCATION','barzeh'),
 ('L2:دمشق','LOCATION','damascus'), ('L2:منطقة حيم شنشار','LOCATION','him-shinshar'), ('L2:مدينة حمص','LOCATION','homs'),
 ('L3:وزارة الدفاع الأمريكية','ACTOR','US'), ('L3:البنتاغون','ACTOR','US'), ('L3:105 صواريخ','QUANTITY',None,(105,False,'missiles')),
 ('L3:صواريخ','WEAPON','missiles'), ('L3:مدمرات','WEAPON','destroyers'), ('L3:غواصة','WEAPON','submarine'), ('L3:البحر الأحمر','LOCATION','red-sea'),
 ('L3:الخليج العربي','LOCATION','arabian-gulf'), ('L3:شرق المتوسط','LOCATION','eastern-mediterranean'),
 ('L3:قاذفتين','QUANTITY',None,(2,False,'aircraft')), ('L3:قاذفتين من طراز "بي-1"','WEAPON','b-1-bombers'),
 ('L4:وزارة الدفاع البريطانية','ACTOR',UK), ('L4:أربع مقاتلات "تورنادو"','QUANTITY',None,(4,False,'aircraft')),
 ('L4:مقاتلات "تورنادو"','WEAPON','tornado'), ('L4:قاعدة أكروتيري','LOCATION','akrotiri'), ('L4:قبرص','LOCATION','cyprus'),
 ('L4:صواريخ "ستورم شادو"','WEAPON','storm-shadow'), ('L4:منشأة حيم شنشار','LOCATION','him-shinshar'), ('L4:فرنسا','ACTOR',FR),
 ('L4:مقاتلات "رافال"','WEAPON','rafale'), ('L4:فرقاطات','WEAPON','frigates'), ('L4:المتوسط','LOCATION','mediterranean'),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:الدفاعات الجوية السورية','ACTOR','SY_GOV'), ('L5:71 صاروخاً','QUANTITY',None,(71,False,'missiles')),
 ('L5:صاروخاً','WEAPON','missiles'), ('L5:103','QUANTITY',None,(103,False,'missiles')), ('L5:منظومات "إس-125"','WEAPON','s-125'),
 ('L5:بوك','WEAPON','buk'), ('L5:بانتسير','WEAPON','pantsir'), ('L5:الصواريخ','WEAPON','missiles'), ('L5:الدفاعات الروسية','ACTOR','RU'),
 ('L5:طرطوس','LOCATION','tartus'), ('L5:حميميم','LOCATION','hmeimim'),
 ('L6:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L6:مركز البحوث','LOCATION','barzeh-research-centre'), ('L6:برزة','LOCATION','barzeh'),
 ('L6:ثلاثة مدنيين','QUANTITY',None,(3,False,'wounded')), ('L6:حمص','LOCATION','homs'), ('L6:الصواريخ','WEAPON','missiles'),
 ('L7:واشنطن','LOCATION','washington'), ('L7:دونالد ترامب','PERSON','donald-trump'), ('L7:جيمس ماتيس','PERSON','james-mattis'),
 ('L7:دمشق','ACTOR','SY_GOV'), ('L7:السلاح الكيماوي','WEAPON','chemical-weapons'),
 ('L8:موسكو','LOCATION','moscow'), ('L8:فلاديمير بوتين','PERSON','vladimir-putin'), ('L8:مجلس الأمن الدولي','ORG','unsc'),
 ('L8:ثلاث دول','QUANTITY',None,(3,False,'other')),
 ('L9:منظمة حظر الأسلحة الكيماوية','ORG','opcw'), ('L9:دمشق','LOCATION','damascus'), ('L9:دوما','LOCATION','douma'),
 ('L9:الشرطة العسكرية الروسية','ACTOR','RU'), ('L9:المدينة','LOCATION','douma'), ('L9:جيش الإسلام','ACTOR',JAI),
 ('L10:الجيش السوري','ACTOR','SY_GOV'), ('L10:مخيم اليرموك','LOCATION','yarmouk-camp'), ('L10:الحجر الأسود','LOCATION','hajar-al-aswad'),
 ('L10:دمشق','LOCATION','damascus'), ('L10:نحو ألف عنصر','QUANTITY',None,(1000,True,'fighters')), ('L10:تنظيم "داعش"','ACTOR','ISIS'),
 ('L10:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L11:ترامب','PERSON','donald-trump'), ('L11:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')), ('L11:جندي أمريكي','ACTOR','US'),
 ('L11:شمال سوريا','LOCATION','north-syria'),
]
times = [
 ('L1:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L1:السابع من أبريل الجاري', '2018-04-07', 'day'),
 ('L8:مساء أمس', Y, 'part-of-day', {'part': 'evening'}),
 ('L9:اليوم', D, 'day'),
]
T = 'L1:فجر أمس'
ALL = ['US', UK, FR]
DUN = 'جوزيف دانفورد'
PEN = 'البنتاغون'
UKM = 'وزارة الدفاع البريطانية'
RUM = 'وزارة الدفاع الروسية'
SYC = 'القيادة العامة للجيش السوري'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='ATTACK', trig='L1:شنت', time=T, actors=ALL, targets=['SY_GOV'], loc='L1:دمشق', qty=['L1:ثلاثة مواقع']),                  # 1
 dict(type='STATEMENT', trig='L1:قالت', time=T, actors=ALL, attr='الولايات المتحدة وبريطانيا وفرنسا'),                                # 2
 dict(type='ATTACK', trig='L1:الهجوم', time='L1:السابع من أبريل الجاري', actors=['SY_GOV'], loc='L1:مدينة دوما', weapons=['L1:الكيماوي#1']),  # 3
 dict(type='STATEMENT', trig='L2:قال', actors=['US'], attr=DUN),                                                                    # 4
 dict(type='ATTACK', trig='L2:الضربات', time=T, actors=ALL, targets=['SY_GOV'], loc='L2:مركز البحوث العلمية', attr=DUN),               # 5
 dict(type='ATTACK', trig='L3:أُطلقت', time=T, actors=['US'], targets=['SY_GOV'],
      weapons=['L3:صواريخ', 'L3:مدمرات', 'L3:غواصة', 'L3:قاذفتين من طراز "بي-1"'], qty=['L3:105 صواريخ', 'L3:قاذفتين'], attr=PEN),       # 6
 dict(type='ATTACK', trig='L3:يُعترض', mod='denied', time=T, actors=['SY_GOV'], targets=['US'], attr=PEN),                           # 7
 dict(type='STATEMENT', trig='L4:أعلنت', actors=[UK], attr=UKM),                                                                    # 8
 dict(type='MOVEMENT', trig='L4:انطلقت', time=T, actors=[UK], loc='L4:قاعدة أكروتيري', weapons=['L4:مقاتلات "تورنادو"'],
      qty=['L4:أربع مقاتلات "تورنادو"'], attr=UKM),                                                                              # 9
 dict(type='ATTACK', trig='L4:أطلقت', time=T, actors=[UK], targets=['SY_GOV'], loc='L4:منشأة حيم شنشار',
      weapons=['L4:صواريخ "ستورم شادو"', 'L4:مقاتلات "تورنادو"'], attr=UKM),                                                      # 10
 dict(type='ATTACK', trig='L4:شاركت', time=T, actors=[FR], targets=['SY_GOV'], weapons=['L4:مقاتلات "رافال"', 'L4:فرقاطات'], attr=UKM),  # 11
 dict(type='STATEMENT', trig='L5:قالت', actors=['RU'], attr=RUM),                                                                   # 12
 dict(type='ATTACK', trig='L5:اعترضت', time=T, actors=['SY_GOV'], targets=ALL,
      weapons=['L5:منظومات "إس-125"', 'L5:بوك', 'L5:بانتسير'], qty=['L5:71 صاروخاً', 'L5:103'], attr=RUM),                        # 13
 dict(type='STATEMENT', trig='L6:بيان', actors=['SY_GOV'], attr=SYC),                                                               # 14
 dict(type='ATTACK', trig='L6:العدوان', time=T, actors=ALL, targets=['SY_GOV'], loc='L6:مركز البحوث', attr=SYC),                     # 15
 dict(type='ATTACK', trig='L6:دمّر', time=T, actors=ALL, targets=['SY_GOV'], loc='L6:مركز البحوث', attr=SYC),                        # 16
 dict(type='ATTACK', trig='L6:استهداف', time=T, actors=ALL, targets=['SY_GOV'], loc='L6:حمص', weapons=['L6:الصواريخ'],
      qty=['L6:ثلاثة مدنيين'], attr=SYC),                                                                                        # 17
 dict(type='STATEMENT', trig='L7:قال', actors=['US'], attr='دونالد ترامب'),                                                        # 18
 dict(type='ATTACK', trig='L7:الضربة', time=T, actors=ALL, targets=['SY_GOV'], attr='دونالد ترامب'),                                 # 19
 dict(type='ATTACK', trig='L8:العدوان', time=T, actors=ALL, targets=['SY_GOV'], attr='فلاديمير بوتين'),                               # 20
 dict(type='ATTACK', trig='L8:الضربات', time=T, actors=ALL, targets=['SY_GOV']),                                                     # 21
 dict(type='MOVEMENT', trig='L9:انتشار', actors=['RU'], loc='L9:المدينة'),                                                           # 22
 dict(type='WITHDRAWAL', trig='L9:خروج', actors=[JAI], loc='L9:المدينة'),                                                            # 23
 dict(type='MOVEMENT', trig='L10:حشد', time=None, actors=['SY_GOV'], loc='L10:مخيم اليرموك', attr=SOHR),                             # 24
 dict(type='WITHDRAWAL', trig='L11:سحب', mod='planned', actors=['US'], loc='L11:شمال سوريا', qty=['L11:نحو ألفي جندي'], attr='ترامب'),  # 25
 dict(type='MOVEMENT', trig='L11:ينتشرون', actors=['US'], loc='L11:شمال سوريا', qty=['L11:نحو ألفي جندي']),                          # 26
 dict(type='WITHDRAWAL', trig='L11:الانسحاب', mod='planned', actors=['US'], loc='L11:شمال سوريا', attr='ترامب'),                      # 27
]
TP = (Y, 'part-of-day')
DD = (D, 'day')
VG = (None, 'vague')
forces = [
 dict(actor='SY_GOV', loc=('دمشق', 'damascus'), as_of=TP, status='attacked', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('ريف حمص', 'homs-countryside'), as_of=TP, status='attacked', line=1, events=[1]),
 dict(actor='SY_GOV', assets='مركز البحوث العلمية', loc=('مركز البحوث العلمية', 'barzeh-research-centre'), as_of=TP, status='attacked', source=DUN, line=2, events=[5]),
 dict(actor='SY_GOV', assets='منشأة تخزين ومركز قيادة', loc=('منطقة حيم شنشار', 'him-shinshar'), as_of=TP, status='attacked', source=DUN, line=2, events=[5]),
 dict(actor='US', assets='مدمرات وغواصة', loc=('البحر الأحمر', 'red-sea'), as_of=TP, status='present', source=PEN, line=3, events=[6]),
 dict(actor='US', assets='مدمرات وغواصة', loc=('الخليج العربي', 'arabian-gulf'), as_of=TP, status='present', source=PEN, line=3, events=[6]),
 dict(actor='US', assets='مدمرات وغواصة', loc=('شرق المتوسط', 'eastern-mediterranean'), as_of=TP, status='present', source=PEN, line=3, events=[6]),
 dict(actor=UK, strength=(4, False, 'aircraft'), assets='مقاتلات تورنادو', loc=('قاعدة أكروتيري', 'akrotiri'), as_of=TP, status='present', source=UKM, line=4, events=[9]),
 dict(actor='SY_GOV', loc=('منشأة حيم شنشار', 'him-shinshar'), as_of=TP, status='attacked', source=UKM, line=4, events=[10]),
 dict(actor=FR, assets='فرقاطات', loc=('المتوسط', 'mediterranean'), as_of=TP, status='present', source=UKM, line=4, events=[11]),
 dict(actor='RU', assets='الدفاعات الروسية', loc=('طرطوس', 'tartus'), as_of=TP, status='present', source=RUM, line=5),
 dict(actor='RU', assets='الدفاعات الروسية', loc=('حميميم', 'hmeimim'), as_of=TP, status='present', source=RUM, line=5),
 dict(actor='SY_GOV', loc=('مركز البحوث', 'barzeh-research-centre'), as_of=TP, status='attacked', source=SYC, line=6, events=[15, 16]),
 dict(actor='SY_GOV', assets='موقع عسكري', loc=('حمص', 'homs'), as_of=TP, status='attacked', source=SYC, line=6, events=[17]),
 dict(actor='RU', assets='وحدات من الشرطة العسكرية', loc=('المدينة', 'douma'), as_of=VG, status='present', line=9, events=[22]),
 dict(actor=JAI, loc=('المدينة', 'douma'), as_of=VG, status='withdrawn', line=9, events=[23]),
 dict(actor='SY_GOV', loc=('مخيم اليرموك', 'yarmouk-camp'), as_of=DD, status='reinforced', source=SOHR, line=10, events=[24]),
 dict(actor='SY_GOV', loc=('الحجر الأسود', 'hajar-al-aswad'), as_of=DD, status='reinforced', source=SOHR, line=10, events=[24]),
 dict(actor='ISIS', strength=(1000, True, 'fighters'), loc=('مخيم اليرموك', 'yarmouk-camp'), as_of=DD, status='present', source=SOHR, line=10),
 dict(actor='ISIS', strength=(1000, True, 'fighters'), loc=('الحجر الأسود', 'hajar-al-aswad'), as_of=DD, status='present', source=SOHR, line=10),
 dict(actor='US', strength=(2000, True, 'troops'), loc=('شمال سوريا', 'north-syria'), as_of=DD, status='present', line=11, events=[26]),
]
build('albayan-barzeh-strikes', None, 'البيان', D, L, ents, times, events, forces)
