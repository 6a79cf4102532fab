from build import build
L = [
'القوات السورية تسيطر على مساكن هنانو في حلب.. وآلاف المدنيين يفرون من الأحياء الشرقية',
'أبوظبي - سكاي نيوز عربية',
'سيطرت القوات الحكومية السورية والمسلحون الموالون لها، السبت، على حي مساكن هنانو، أكبر أحياء شرق حلب الخاضعة لسيطرة فصائل المعارضة المسلحة، في أوسع تقدم تحققه منذ بدء هجومها على المدينة منتصف الشهر الجاري.',
'ونقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري قوله إن "وحدات الجيش أحكمت سيطرتها على مساكن هنانو بالكامل بعد معارك عنيفة مع المجموعات الإرهابية"، مضيفا أن وحدات الهندسة تقوم بتفكيك العبوات الناسفة في الشوارع.',
'وذكر المرصد السوري لحقوق الإنسان أن القوات الحكومية واصلت تقدمها صباح اليوم الأحد، وسيطرت على تلة جبل بدرو وحي الحيدرية المجاورين، ما يهدد بشطر مناطق المعارضة إلى قسمين.',
'وأضاف المرصد أن 27 مدنيا على الأقل قتلوا خلال الساعات الـ24 الماضية في قصف جوي ومدفعي على أحياء الشعار والصاخور وطريق الباب، فيما قتل 18 من مقاتلي المعارضة في المعارك.',
'وفي تطور لافت، أعلنت وحدات حماية الشعب الكردية أن مقاتليها دخلوا، مساء أمس، حي بستان الباشا المحاذي لحي الشيخ مقصود، بعد انسحاب فصائل المعارضة منه.',
'وأفاد ناشطون لـ"سكاي نيوز عربية" بأن ما يقارب 10 آلاف مدني فروا من الأحياء الشرقية خلال ليل السبت الأحد، توجه أغلبهم إلى حي الشيخ مقصود، بينما لجأ آخرون إلى مناطق سيطرة الحكومة غربي المدينة.',
'في المقابل، نفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت أي غارات على مدينة حلب منذ 18 أكتوبر الماضي، مؤكدة أن "الطيران الروسي ينفذ ضرباته في محافظتي إدلب وحمص فقط".',
'وكانت القوات الحكومية قد فرضت حصارا كاملا على الأحياء الشرقية منذ يوليو الماضي، بعد قطع طريق الكاستيلو، وتقدر الأمم المتحدة عدد المحاصرين فيها بنحو 250 ألف شخص.',
'من جهته، حذر المبعوث الأممي إلى سوريا ستافان دي ميستورا من أن "شرق حلب قد لا يبقى موجودا بحلول عيد الميلاد" إذا استمرت الهجمات بهذه الوتيرة، داعيا إلى هدنة إنسانية عاجلة.',
'ويشارك في الهجوم إلى جانب الجيش السوري مقاتلون من "حزب الله" اللبناني و"حركة النجباء" العراقية، ينتشر نحو 5 آلاف منهم على محاور الشيخ سعيد والعامرية جنوبي المدينة، وفق مصادر في المعارضة.',
]
D = '2016-11-27'   # Sunday; web copy of its own day
SAT = '2016-11-26'
PGM = 'OTHER:pro-government-militias'
HZ = 'HEZBOLLAH'
NUJ = 'OTHER:nujaba'
ents = [
 ('L0:القوات السورية','ACTOR','SY_GOV'), ('L0:مساكن هنانو','LOCATION','masakin-hanano'), ('L0:حلب','LOCATION','aleppo'),
 ('L0:آلاف المدنيين','QUANTITY',None,([1000, 9999],True,'people')), ('L0:الأحياء الشرقية','LOCATION','east-aleppo'),
 ('L1:أبوظبي','LOCATION','abu-dhabi'), ('L1:سكاي نيوز عربية','ORG','skynews-arabia'),
 ('L2:القوات الحكومية السورية','ACTOR','SY_GOV'), ('L2:المسلحون الموالون لها','ACTOR',PGM), ('L2:حي مساكن هنانو','LOCATION','masakin-hanano'),
 ('L2:شرق حلب','LOCATION','east-aleppo'), ('L2:فصائل المعارضة المسلحة','ACTOR','FSA'), ('L2:المدينة','LOCATION','aleppo'),
 ('L3:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'),
 ('L3:مساكن هنانو','LOCATION','masakin-hanano'), ('L3:المجموعات الإرهابية','ACTOR','FSA'), ('L3:وحدات الهندسة','ACTOR','SY_GOV'),
 ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:القوات الحكومية','ACTOR','SY_GOV'), ('L4:تلة جبل بدرو','LOCATION','jabal-badro'),
 ('L4:حي الحيدرية','LOCATION','al-haydariya'), ('L4:المعارضة','ACTOR','FSA'), ('L4:قسمين','QUANTITY',None,(2,False,'other')),
 ('L5:المرصد','ORG','sohr'), ('L5:27 مدنيا على الأقل','QUANTITY',None,(27,True,'killed')), ('L5:أحياء الشعار','LOCATION','al-shaar'),
 ('L5:الصاخور','LOCATION','al-sakhour'), ('L5:طريق الباب','LOCATION','tariq-al-bab'), ('L5:18','QUANTITY',None,(18,False,'killed')),
 ('L5:المعارضة','ACTOR','FSA'),
 ('L6:وحدات حماية الشعب','ACTOR','YPG'), ('L6:حي بستان الباشا','LOCATION','bustan-al-basha'), ('L6:حي الشيخ مقصود','LOCATION','sheikh-maqsoud'),
 ('L6:فصائل المعارضة','ACTOR','FSA'),
 ('L7:سكاي نيوز عربية','ORG','skynews-arabia'), ('L7:ما يقارب 10 آلاف مدني','QUANTITY',None,(10000,True,'people')),
 ('L7:الأحياء الشرقية','LOCATION','east-aleppo'), ('L7:حي الشيخ مقصود','LOCATION','sheikh-maqsoud'), ('L7:الحكومة','ACTOR','SY_GOV'),
 ('L7:غربي المدينة','LOCATION','west-aleppo'),
 ('L8:وزارة الدفاع الروسية','ACTOR','RU'), ('L8:مدينة حلب','LOCATION','aleppo'), ('L8:الطيران الروسي','ACTOR','RU'),
 ('L8:محافظتي إدلب','LOCATION','idlib-governorate'), ('L8:حمص','LOCATION','homs-governorate'),
 ('L9:القوات الحكومية','ACTOR','SY_GOV'), ('L9:الأحياء الشرقية','LOCATION','east-aleppo'), ('L9:طريق الكاستيلو','LOCATION','castello-road'),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:نحو 250 ألف شخص','QUANTITY',None,(250000,True,'people')),
 ('L10:سوريا','LOCATION','syria'), ('L10:ستافان دي ميستورا','PERSON','staffan-de-mistura'), ('L10:شرق حلب','LOCATION','east-aleppo'),
 ('L11:الجيش السوري','ACTOR','SY_GOV'), ('L11:حزب الله','ACTOR',HZ), ('L11:حركة النجباء','ACTOR',NUJ),
 ('L11:نحو 5 آلاف','QUANTITY',None,(5000,True,'fighters')), ('L11:محاور الشيخ سعيد','LOCATION','sheikh-saeed'),
 ('L11:العامرية','LOCATION','al-amiriya'), ('L11:جنوبي المدينة','LOCATION','south-aleppo'), ('L11:المعارضة','ACTOR','FSA'),
]
times = [
 ('L2:السبت', SAT, 'day'),
 ('L2:منتصف الشهر الجاري', '2016-11', 'month'),
 ('L4:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الساعات الـ24 الماضية', SAT + '/' + D, 'day'),
 ('L6:مساء أمس', SAT, 'part-of-day', {'part': 'evening'}),
 ('L7:ليل السبت الأحد', SAT, 'part-of-day', {'part': 'night'}),
 ('L8:منذ 18 أكتوبر الماضي', '2016-10-18/' + D, 'day'),
 ('L9:منذ يوليو الماضي', '2016-07/2016-11', 'month'),
 ('L10:عيد الميلاد', '2016-12-25', 'day'),
]
T = 'L2:السبت'
MID = 'L2:منتصف الشهر الجاري'
SUN = 'L4:صباح اليوم الأحد'
H24 = 'L5:خلال الساعات الـ24 الماضية'
EVE = 'L6:مساء أمس'
JUL = 'L9:منذ يوليو الماضي'
SANA = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
YPGS = 'وحدات حماية الشعب الكردية'
ACT = 'ناشطون'
RMOD = 'وزارة الدفاع الروسية'
OPP = 'مصادر في المعارضة'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=T, actors=['SY_GOV', PGM], targets=['FSA'], loc='L2:حي مساكن هنانو'),                 # 1
 dict(type='CONTROL', trig='L2:الخاضعة لسيطرة', actors=['FSA'], loc='L2:شرق حلب'),                                              # 2
 dict(type='OPERATION', trig='L2:هجومها', time=MID, actors=['SY_GOV', PGM], targets=['FSA'], loc='L2:المدينة'),                  # 3
 dict(type='CONTROL', trig='L3:أحكمت سيطرتها', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L3:مساكن هنانو', attr=SANA),       # 4
 dict(type='ATTACK', trig='L3:معارك', time=T, actors=['SY_GOV', 'FSA'], loc='L3:مساكن هنانو', attr=SANA),                        # 5
 dict(type='OPERATION', trig='L3:بتفكيك', actors=['SY_GOV'], weapons=['L3:العبوات الناسفة'], attr=SANA),                          # 6
 dict(type='MOVEMENT', trig='L4:تقدمها', time=SUN, actors=['SY_GOV'], attr=SOHR),                                               # 7
 dict(type='CONTROL', trig='L4:سيطرت', time=SUN, actors=['SY_GOV'], targets=['FSA'], loc='L4:تلة جبل بدرو', attr=SOHR),            # 8
 dict(type='ATTACK', trig='L5:قصف', time=H24, loc='L5:أحياء الشعار', qty=['L5:27 مدنيا على الأقل'], attr=SOHR),                   # 9
 dict(type='ATTACK', trig='L5:قتل#1', time=H24, actors=['SY_GOV'], targets=['FSA'], qty=['L5:18'], attr=SOHR),                    # 10
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['YPG'], attr=YPGS),                                                             # 11
 dict(type='MOVEMENT', trig='L6:دخلوا', time=EVE, actors=['YPG'], loc='L6:حي بستان الباشا', attr=YPGS),                          # 12
 dict(type='WITHDRAWAL', trig='L6:انسحاب', time=EVE, actors=['FSA'], loc='L6:حي بستان الباشا', attr=YPGS),                       # 13
 dict(type='CONTROL', trig='L7:سيطرة', actors=['SY_GOV'], loc='L7:غربي المدينة', attr=ACT),                                       # 14
 dict(type='ATTACK', trig='L8:غارات', mod='denied', time='L8:منذ 18 أكتوبر الماضي', actors=['RU'], loc='L8:مدينة حلب', attr=RMOD),  # 15
 dict(type='ATTACK', trig='L8:ضرباته', actors=['RU'], loc='L8:محافظتي إدلب', attr=RMOD),                                          # 16
 dict(type='OPERATION', trig='L9:حصارا', time=JUL, actors=['SY_GOV'], targets=['FSA'], loc='L9:الأحياء الشرقية'),                  # 17
 dict(type='CONTROL', trig='L9:قطع', time=JUL, actors=['SY_GOV'], loc='L9:طريق الكاستيلو'),                                       # 18
 dict(type='AGREEMENT', trig='L10:هدنة', mod='planned', attr='ستافان دي ميستورا'),                                                # 19
 dict(type='OPERATION', trig='L11:الهجوم', time=MID, actors=['SY_GOV', HZ, NUJ], targets=['FSA'], attr=OPP),                      # 20
 dict(type='MOVEMENT', trig='L11:ينتشر', actors=[HZ, NUJ], loc='L11:محاور الشيخ سعيد', qty=['L11:نحو 5 آلاف'], attr=OPP),          # 21
]
TD = (D, 'day')
SD = (SAT, 'day')
SE = (SAT, 'part-of-day')
SM = (D, 'part-of-day')
MH = ('حي مساكن هنانو', 'masakin-hanano')
forces = [
 dict(actor='SY_GOV', loc=MH, as_of=SD, status='controls', line=2, events=[1]),
 dict(actor=PGM, loc=MH, as_of=SD, status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=('شرق حلب', 'east-aleppo'), as_of=TD, status='controls', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مساكن هنانو', 'masakin-hanano'), as_of=SD, status='controls', source=SANA, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('مساكن هنانو', 'masakin-hanano'), as_of=SD, status='present', source=SANA, line=3, events=[5]),
 dict(actor='FSA', loc=('مساكن هنانو', 'masakin-hanano'), as_of=SD, status='present', source=SANA, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('تلة جبل بدرو', 'jabal-badro'), as_of=SM, status='controls', source=SOHR, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('حي الحيدرية', 'al-haydariya'), as_of=SM, status='controls', source=SOHR, line=4, events=[8]),
 dict(actor='YPG', loc=('حي بستان الباشا', 'bustan-al-basha'), as_of=SE, status='arrived', source=YPGS, line=6, events=[12]),
 dict(actor='FSA', loc=('حي بستان الباشا', 'bustan-al-basha'), as_of=SE, status='withdrawn', source=YPGS, line=6, events=[13]),
 dict(actor='SY_GOV', loc=('غربي المدينة', 'west-aleppo'), as_of=TD, status='controls', source=ACT, line=7, events=[14]),
 dict(actor='SY_GOV', loc=('الأحياء الشرقية', 'east-aleppo'), as_of=('2016-07/2016-11', 'month'), status='present', line=9, events=[17]),
 dict(actor='SY_GOV', loc=('طريق الكاستيلو', 'castello-road'), as_of=('2016-07/2016-11', 'month'), status='controls', line=9, events=[18]),
 dict(actor=HZ, strength=(5000, True, 'fighters'), loc=('محاور الشيخ سعيد', 'sheikh-saeed'), as_of=TD, status='present', source=OPP, line=11, events=[21]),
 dict(actor=NUJ, loc=('محاور الشيخ سعيد', 'sheikh-saeed'), as_of=TD, status='present', source=OPP, line=11, events=[21]),
 dict(actor=HZ, loc=('العامرية', 'al-amiriya'), as_of=TD, status='present', source=OPP, line=11, events=[21]),
 dict(actor=NUJ, loc=('العامرية', 'al-amiriya'), as_of=TD, status='present', source=OPP, line=11, events=[21]),
]
build('skynews-aleppo-hanano', None, 'سكاي نيوز عربية', D, L, ents, times, events, forces)
