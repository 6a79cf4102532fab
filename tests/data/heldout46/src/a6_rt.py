from build import build
L = [
'الدفاع الروسية: إسرائيل مسؤولة عن إسقاط "إيل-20" قبالة اللاذقية ومقتل طاقمها الـ15',
'حمّلت وزارة الدفاع الروسية، اليوم الثلاثاء، إسرائيل المسؤولية الكاملة عن إسقاط طائرة الاستطلاع الروسية "إيل-20" فوق البحر المتوسط مساء أمس، ما أسفر عن مقتل أفراد طاقمها الـ15.',
'وقال المتحدث باسم الوزارة اللواء إيغور كوناشينكوف إن أربع مقاتلات إسرائيلية من طراز "إف-16" شنت نحو الساعة العاشرة مساء بتوقيت موسكو غارات على منشآت في محافظة اللاذقية، مستخدمة الطائرة الروسية غطاءً لها من منظومات الدفاع الجوي السورية.',
'وأضاف كوناشينكوف أن الطائرة أُصيبت بصاروخ من منظومة "إس-200" السورية أثناء اقترابها من قاعدة حميميم للهبوط، على بعد 35 كيلومتراً من الساحل، مشيراً إلى أن الجانب الإسرائيلي أبلغ القيادة الروسية بالغارات عبر "الخط الساخن" قبل أقل من دقيقة من تنفيذها.',
'وتابع أن تصرفات الطيارين الإسرائيليين "عدائية"، وأن موسكو "تحتفظ بحق الرد بخطوات مناسبة"، فيما أبلغ وزير الدفاع سيرغي شويغو نظيره الإسرائيلي أفيغدور ليبرمان في اتصال هاتفي أن "المسؤولية تقع بالكامل على إسرائيل".',
'من جهته، أعلن الجيش الإسرائيلي أن طائراته استهدفت منشأة تابعة للجيش السوري في اللاذقية "كانت ستُنقل منها أنظمة لتصنيع أسلحة دقيقة إلى حزب الله لصالح إيران"، معبراً عن "أسفه" لما حدث، ومحمّلاً دمشق وطهران و"حزب الله" المسؤولية.',
'وكانت وكالة "سانا" قد نقلت مساء أمس عن مصدر عسكري أن وسائط الدفاع الجوي السورية تصدت لصواريخ معادية قادمة من عرض البحر باتجاه مدينة اللاذقية.',
'كما أشارت الدفاع الروسية إلى أن راداراتها رصدت في الوقت نفسه إطلاق صواريخ من الفرقاطة الفرنسية "أوفيرن" في المنطقة، في حين نفت باريس أي علاقة لها بالهجوم على اللاذقية.',
'وجاء الحادث بعد ساعات من توقيع الرئيسين الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، أمس في سوتشي، اتفاقاً على إقامة منطقة منزوعة السلاح بعمق 15 إلى 20 كيلومتراً بين مناطق سيطرة الجيش السوري والمعارضة في إدلب، بحلول 15 تشرين الأول المقبل.',
'وتعد هذه أكبر خسارة بشرية للقوات الروسية في سوريا منذ تحطم طائرة النقل "آن-26" أثناء هبوطها في قاعدة حميميم في السادس من آذار الماضي، ما أدى إلى مقتل 39 عسكرياً كانوا على متنها.',
'وتنتشر في سوريا منذ أيلول 2015 مجموعة من القوات الجوية الفضائية الروسية تتخذ من حميميم قاعدة رئيسية لها، إلى جانب نقطة الإمداد البحري في ميناء طرطوس، ويقدر عدد العسكريين الروس في البلاد بنحو 4 آلاف.',
]
D = '2018-09-18'   # Tuesday; web copy of its own day
MON = '2018-09-17'
IL = 'OTHER:israel'
FR = 'OTHER:france'
ents = [
 ('L0:الدفاع الروسية','ACTOR','RU'), ('L0:إسرائيل','ACTOR',IL), ('L0:إيل-20','WEAPON','il-20'), ('L0:اللاذقية','LOCATION','latakia'),
 ('L0:15','QUANTITY',None,(15,False,'killed')),
 ('L1:وزارة الدفاع الروسية','ACTOR','RU'), ('L1:إسرائيل','ACTOR',IL), ('L1:طائرة الاستطلاع الروسية "إيل-20"','WEAPON','il-20'),
 ('L1:البحر المتوسط','LOCATION','mediterranean'), ('L1:15','QUANTITY',None,(15,False,'killed')),
 ('L2:الوزارة','ACTOR','RU'), ('L2:إيغور كوناشينكوف','PERSON','igor-konashenkov'), ('L2:أربع مقاتلات','QUANTITY',None,(4,False,'aircraft')),
 ('L2:مقاتلات إسرائيلية من طراز "إف-16"','WEAPON','f-16'), ('L2:موسكو','LOCATION','moscow'), ('L2:محافظة اللاذقية','LOCATION','latakia-governorate'),
 ('L2:الطائرة الروسية','WEAPON','il-20'), ('L2:منظومات الدفاع الجوي السورية','WEAPON','air-defence'),
 ('L3:كوناشينكوف','PERSON','igor-konashenkov'), ('L3:الطائرة','WEAPON','il-20'), ('L3:صاروخ من منظومة "إس-200" السورية','WEAPON','s-200'),
 ('L3:قاعدة حميميم','LOCATION','hmeimim-base'), ('L3:35 كيلومتراً','QUANTITY',None,(35,False,'km')), ('L3:الساحل','LOCATION','syrian-coast'),
 ('L3:الجانب الإسرائيلي','ACTOR',IL), ('L3:القيادة الروسية','ACTOR','RU'),
 ('L4:الطيارين الإسرائيليين','ACTOR',IL), ('L4:موسكو','ACTOR','RU'), ('L4:سيرغي شويغو','PERSON','sergei-shoigu'),
 ('L4:أفيغدور ليبرمان','PERSON','avigdor-lieberman'), ('L4:إسرائيل#2','ACTOR',IL),
 ('L5:الجيش الإسرائيلي','ACTOR',IL), ('L5:لجيش السوري','ACTOR','SY_GOV'), ('L5:اللاذقية','LOCATION','latakia'),
 ('L5:أسلحة دقيقة','WEAPON','precision-weapons'), ('L5:حزب الله#0','ACTOR','HEZBOLLAH'), ('L5:إيران','ACTOR','IR'),
 ('L5:دمشق','ACTOR','SY_GOV'), ('L5:طهران','ACTOR','IR'), ('L5:حزب الله#1','ACTOR','HEZBOLLAH'),
 ('L6:سانا','ORG','sana'), ('L6:وسائط الدفاع الجوي السورية','WEAPON','air-defence'), ('L6:صواريخ معادية','WEAPON','missiles'),
 ('L6:عرض البحر','LOCATION','mediterranean'), ('L6:مدينة اللاذقية','LOCATION','latakia'),
 ('L7:الدفاع الروسية','ACTOR','RU'), ('L7:صواريخ','WEAPON','missiles'), ('L7:الفرقاطة الفرنسية "أوفيرن"','WEAPON','auvergne-frigate'),
 ('L7:المنطقة','LOCATION','mediterranean'), ('L7:باريس','ACTOR',FR), ('L7:اللاذقية','LOCATION','latakia'),
 ('L8:فلاديمير بوتين','PERSON','vladimir-putin'), ('L8:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L8:سوتشي','LOCATION','sochi'),
 ('L8:منطقة منزوعة السلاح','LOCATION','idlib-dmz'), ('L8:15 إلى 20 كيلومتراً','QUANTITY',None,([15, 20],False,'km')),
 ('L8:الجيش السوري','ACTOR','SY_GOV'), ('L8:المعارضة','ACTOR','FSA'), ('L8:إدلب','LOCATION','idlib'),
 ('L9:لقوات الروسية','ACTOR','RU'), ('L9:سوريا','LOCATION','syria'), ('L9:طائرة النقل "آن-26"','WEAPON','an-26'),
 ('L9:قاعدة حميميم','LOCATION','hmeimim-base'), ('L9:39 عسكرياً','QUANTITY',None,(39,False,'killed')),
 ('L10:سوريا','LOCATION','syria'), ('L10:القوات الجوية الفضائية الروسية','ACTOR','RU'), ('L10:حميميم','LOCATION','hmeimim-base'),
 ('L10:نقطة الإمداد البحري','LOCATION','tartus-naval-facility'), ('L10:ميناء طرطوس','LOCATION','tartus-port'),
 ('L10:العسكريين الروس','ACTOR','RU'), ('L10:البلاد','LOCATION','syria'), ('L10:نحو 4 آلاف','QUANTITY',None,(4000,True,'troops')),
]
times = [
 ('L1:اليوم الثلاثاء', D, 'day'),
 ('L1:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L2:الساعة العاشرة مساء', MON, 'part-of-day', {'part': 'evening'}),
 ('L6:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L8:أمس', MON, 'day'),
 ('L8:15 تشرين الأول المقبل', '2018-10-15', 'day'),
 ('L9:السادس من آذار الماضي', '2018-03-06', 'day'),
 ('L10:منذ أيلول 2015', '2015-09/2018-09', 'month'),
]
T = 'L1:مساء أمس'
H = 'L2:الساعة العاشرة مساء'
MOD = 'وزارة الدفاع الروسية'
KON = 'إيغور كوناشينكوف'
IDF = 'الجيش الإسرائيلي'
events = [
 dict(type='ATTACK', trig='L1:إسقاط', time=T, actors=[IL], targets=['RU'], loc='L1:البحر المتوسط', qty=['L1:15'], attr=MOD),        # 1
 dict(type='STATEMENT', trig='L2:قال', time='L1:اليوم الثلاثاء', actors=['RU'], attr=KON),                                         # 2
 dict(type='ATTACK', trig='L2:غارات', time=H, actors=[IL], loc='L2:محافظة اللاذقية',
      weapons=['L2:مقاتلات إسرائيلية من طراز "إف-16"'], qty=['L2:أربع مقاتلات'], attr=KON),                                      # 3
 dict(type='ATTACK', trig='L3:أُصيبت', time=T, actors=['SY_GOV'], targets=['RU'], weapons=['L3:صاروخ من منظومة "إس-200" السورية'], attr=KON),  # 4
 dict(type='ATTACK', trig='L3:بالغارات', time=H, actors=[IL], attr=KON),                                                          # 5
 dict(type='ATTACK', trig='L4:الرد', mod='planned', actors=['RU'], targets=[IL], attr=KON),                                       # 6
 dict(type='STATEMENT', trig='L5:أعلن', time=T, actors=[IL], attr=IDF),                                                          # 7
 dict(type='ATTACK', trig='L5:استهدفت', time=H, actors=[IL], targets=['SY_GOV'], loc='L5:اللاذقية', attr=IDF),                    # 8
 dict(type='ATTACK', trig='L6:تصدت', time='L6:مساء أمس', actors=['SY_GOV'], loc='L6:مدينة اللاذقية',
      weapons=['L6:وسائط الدفاع الجوي السورية'], attr='مصدر عسكري (سانا)'),                                                        # 9
 dict(type='ATTACK', trig='L7:إطلاق', time=H, actors=[FR], loc='L7:المنطقة', weapons=['L7:صواريخ', 'L7:الفرقاطة الفرنسية "أوفيرن"'], attr=MOD),  # 10
 dict(type='ATTACK', trig='L7:بالهجوم', mod='denied', time=H, actors=[FR], loc='L7:اللاذقية', attr='باريس'),                      # 11
 dict(type='AGREEMENT', trig='L8:اتفاقاً', time='L8:أمس', actors=['RU', 'TR'], loc='L8:سوتشي'),                                  # 12
 dict(type='CONTROL', trig='L8:سيطرة', time='L8:أمس', actors=['SY_GOV', 'FSA'], loc='L8:إدلب'),                                  # 13
 dict(type='MOVEMENT', trig='L10:تنتشر', time='L10:منذ أيلول 2015', actors=['RU'], loc='L10:سوريا'),                            # 14
]
EV = (MON, 'part-of-day')
TD = (D, 'day')
SINCE = ('2015-09/2018-09', 'month')
forces = [
 dict(actor='RU', assets='طائرة الاستطلاع "إيل-20"', loc=('البحر المتوسط', 'mediterranean'), as_of=EV, status='attacked', source=MOD, line=1, events=[1]),
 dict(actor='RU', assets='قاعدة حميميم (طائرة الاستطلاع)', loc=('قاعدة حميميم', 'hmeimim-base'), as_of=EV, status='present', source=KON, line=3, events=[]),
 dict(actor='SY_GOV', assets='منشأة', loc=('اللاذقية', 'latakia'), as_of=EV, status='attacked', source=IDF, line=5, events=[8]),
 dict(actor=FR, assets='الفرقاطة "أوفيرن"', loc=('المنطقة', 'mediterranean'), as_of=EV, status='present', source=MOD, line=7, events=[10]),
 dict(actor='SY_GOV', loc=('إدلب', 'idlib'), as_of=(MON, 'day'), status='controls', line=8, events=[13]),
 dict(actor='FSA', loc=('إدلب', 'idlib'), as_of=(MON, 'day'), status='controls', line=8, events=[13]),
 dict(actor='RU', strength=(4000, True, 'troops'), loc=('سوريا', 'syria'), as_of=SINCE, status='present', line=10, events=[14]),
 dict(actor='RU', assets='القوات الجوية الفضائية الروسية، قاعدة رئيسية', loc=('حميميم', 'hmeimim-base'), as_of=SINCE, status='present', line=10, events=[14]),
 dict(actor='RU', assets='نقطة الإمداد البحري', loc=('ميناء طرطوس', 'tartus-port'), as_of=SINCE, status='present', line=10, events=[14]),
]
build('rt-il20-latakia', None, 'روسيا اليوم', D, L, ents, times, events, forces)
