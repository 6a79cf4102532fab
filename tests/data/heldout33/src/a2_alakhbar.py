from build import build
L = [
'داعش يعود إلى تدمر.. والجيش السوري يعيد تمركزه في محيط المدينة',
'عواصم - وكالات الأنباء:',
'استعاد تنظيم داعش الإرهابي أمس السيطرة على مدينة تدمر الأثرية في ريف حمص الشرقي، بعد أربعة أيام من هجوم واسع شنه آلاف من عناصره على المدينة من عدة محاور، وذلك بعد تسعة أشهر من استعادة الجيش السوري لها في مارس الماضي.',
'وقال محافظ حمص طلال البرازي في تصريحات لوكالة "فرانس برس" إن وحدات الجيش "أعادت انتشارها في محيط المدينة" بعد أن تمكن عناصر التنظيم من التسلل إلى الأحياء الشمالية والغربية، مؤكداً أن الجيش "سيستعيد تدمر قريباً".',
'من جانبه، أوضح مصدر عسكري سوري لوكالة الأنباء السورية "سانا" أن الطائرات الحربية السورية والروسية شنت عشرات الغارات على تجمعات الإرهابيين وآلياتهم في محيط حقلي جزل والمهر وعلى طريق تدمر - حمص، ما أسفر عن تدمير 23 آلية ومقتل العشرات منهم.',
'وكانت وزارة الدفاع الروسية قد أعلنت أمس الأول أن قاذفاتها نفذت 64 ضربة جوية خلال ليلة واحدة، أوقعت أكثر من 300 قتيل في صفوف التنظيم وأجبرته على التراجع من المدينة، مشيرة إلى أن نحو 4 آلاف مسلح من الرقة ودير الزور يشاركون في الهجوم.',
'وأكد المرصد السوري لحقوق الإنسان أن مسلحي التنظيم سيطروا كذلك على قلعة تدمر وعدد من التلال المحيطة بالمدينة، وباتوا على بعد نحو 20 كيلومتراً من مطار التيفور العسكري، وسط حالة استنفار في صفوف القوات السورية والروسية المتمركزة فيه.',
'وفي حلب، واصل الجيش السوري تقدمه في الأحياء الشرقية للمدينة، واستعاد أمس أحياء الشيخ سعيد والصالحين والفردوس، لتنحصر سيطرة فصائل المعارضة في جيب صغير جنوب شرق المدينة، بحسب مصدر عسكري.',
'وفي موسكو، قال وزير الخارجية الروسي سيرجي لافروف إن المحادثات مع واشنطن حول خروج المسلحين من شرق حلب ستستأنف في جنيف خلال أيام، مشدداً على أن الجيش السوري سيواصل عملياته "حتى تطهير المدينة بالكامل".',
]
D = '2016-12-12'   # Monday; Cairo print daily dated the day after the news: its «أمس» is Sunday 11 December
Y = '2016-12-11'
Y2 = '2016-12-10'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:تدمر','LOCATION','palmyra'), ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:المدينة','LOCATION','palmyra'),
 ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:مدينة تدمر الأثرية','LOCATION','palmyra'), ('L2:ريف حمص الشرقي','LOCATION','homs-east-countryside'),
 ('L2:أربعة أيام','QUANTITY',None,(4,False,'other')), ('L2:آلاف','QUANTITY',None,([1000, 9999],True,'fighters')),
 ('L2:المدينة','LOCATION','palmyra'), ('L2:عدة محاور','QUANTITY',None,([3, 9],True,'other')),
 ('L2:تسعة أشهر','QUANTITY',None,(9,False,'other')), ('L2:الجيش السوري','ACTOR','SY_GOV'),
 ('L3:حمص','LOCATION','homs'), ('L3:طلال البرازي','PERSON','talal-barazi'), ('L3:فرانس برس','ORG','afp'),
 ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:المدينة','LOCATION','palmyra'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:الأحياء الشمالية والغربية','LOCATION','palmyra-north-west-districts'), ('L3:الجيش#1','ACTOR','SY_GOV'), ('L3:تدمر','LOCATION','palmyra'),
 ('L4:وكالة الأنباء السورية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:الطائرات الحربية','WEAPON','warplanes'),
 ('L4:عشرات الغارات','QUANTITY',None,([24, 99],True,'other')), ('L4:الإرهابيين','ACTOR','ISIS'),
 ('L4:حقلي جزل','LOCATION','jazal-field'), ('L4:المهر','LOCATION','al-mahr-field'), ('L4:طريق تدمر - حمص','LOCATION','palmyra-homs-road'),
 ('L4:23 آلية','QUANTITY',None,(23,False,'vehicles')), ('L4:آلية#0','WEAPON','vehicles'),
 ('L4:العشرات','QUANTITY',None,([24, 99],True,'killed')),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:64 ضربة جوية','QUANTITY',None,(64,False,'other')),
 ('L5:أكثر من 300 قتيل','QUANTITY',None,(300,True,'killed')), ('L5:التنظيم','ACTOR','ISIS'), ('L5:المدينة','LOCATION','palmyra'),
 ('L5:نحو 4 آلاف مسلح','QUANTITY',None,(4000,True,'fighters')), ('L5:الرقة','LOCATION','raqqa'), ('L5:دير الزور','LOCATION','deir-ez-zor'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:قلعة تدمر','LOCATION','palmyra-citadel'),
 ('L6:التلال المحيطة بالمدينة','LOCATION','palmyra-hills'), ('L6:نحو 20 كيلومتراً','QUANTITY',None,(20,True,'km')),
 ('L6:مطار التيفور العسكري','LOCATION','t4-airbase'), ('L6:القوات السورية','ACTOR','SY_GOV'),
 ('L7:حلب','LOCATION','aleppo'), ('L7:الجيش السوري','ACTOR','SY_GOV'), ('L7:الأحياء الشرقية','LOCATION','east-aleppo'),
 ('L7:أحياء الشيخ سعيد','LOCATION','sheikh-saeed'), ('L7:الصالحين','LOCATION','al-salihin'), ('L7:الفردوس','LOCATION','al-firdaws'),
 ('L7:فصائل المعارضة','ACTOR','FSA'), ('L7:المدينة','LOCATION','aleppo'),
 ('L8:موسكو','LOCATION','moscow'), ('L8:سيرجي لافروف','PERSON','sergey-lavrov'), ('L8:واشنطن','ACTOR','US'),
 ('L8:شرق حلب','LOCATION','east-aleppo'), ('L8:جنيف','LOCATION','geneva'), ('L8:الجيش السوري','ACTOR','SY_GOV'),
 ('L8:المدينة','LOCATION','aleppo'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:مارس الماضي', '2016-03', 'month'),
 ('L3:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L5:أمس الأول', Y2, 'day'),
 ('L7:أمس', Y, 'day'),
 ('L8:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
]
BAR = 'طلال البرازي (فرانس برس)'
MIL = 'مصدر عسكري سوري (سانا)'
MOD = 'وزارة الدفاع الروسية'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='CONTROL', trig='L2:استعاد#0', time='L2:أمس', actors=['ISIS'], targets=['SY_GOV'], loc='L2:مدينة تدمر الأثرية'),        # 1
 dict(type='ATTACK', trig='L2:هجوم', actors=['ISIS'], targets=['SY_GOV'], loc='L2:المدينة',
      qty=['L2:أربعة أيام', 'L2:آلاف', 'L2:عدة محاور']),                                                                          # 2
 dict(type='CONTROL', trig='L2:استعادة', time='L2:مارس الماضي', actors=['SY_GOV'], targets=['ISIS'], loc='L2:مدينة تدمر الأثرية',
      qty=['L2:تسعة أشهر']),                                                                                                     # 3
 dict(type='STATEMENT', trig='L3:قال', actors=['SY_GOV'], attr=BAR),                                                             # 4
 dict(type='MOVEMENT', trig='L3:أعادت انتشارها', actors=['SY_GOV'], loc='L3:المدينة', attr=BAR),                                  # 5
 dict(type='MOVEMENT', trig='L3:التسلل', actors=['ISIS'], loc='L3:الأحياء الشمالية والغربية', attr=BAR),                          # 6
 dict(type='CONTROL', trig='L3:سيستعيد', mod='planned', time='L3:قريباً', actors=['SY_GOV'], targets=['ISIS'], loc='L3:تدمر', attr=BAR),  # 7
 dict(type='ATTACK', trig='L4:الغارات', actors=['SY_GOV', 'RU'], targets=['ISIS'], loc='L4:حقلي جزل', weapons=['L4:الطائرات الحربية'],
      qty=['L4:عشرات الغارات', 'L4:العشرات'], attr=MIL),                                                                          # 8
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:أمس الأول', actors=['RU'], attr=MOD),                                          # 9
 dict(type='ATTACK', trig='L5:ضربة جوية', time='L5:أمس الأول', actors=['RU'], targets=['ISIS'],
      qty=['L5:64 ضربة جوية', 'L5:أكثر من 300 قتيل'], attr=MOD),                                                                   # 10
 dict(type='WITHDRAWAL', trig='L5:التراجع', time='L5:أمس الأول', actors=['ISIS'], loc='L5:المدينة', attr=MOD),                    # 11
 dict(type='ATTACK', trig='L5:الهجوم', actors=['ISIS'], targets=['SY_GOV'], qty=['L5:نحو 4 آلاف مسلح'], attr=MOD),                 # 12
 dict(type='CONTROL', trig='L6:سيطروا', actors=['ISIS'], targets=['SY_GOV'], loc='L6:قلعة تدمر', attr=SOHR),                     # 13
 dict(type='MOVEMENT', trig='L7:تقدمه', actors=['SY_GOV'], loc='L7:الأحياء الشرقية', attr='مصدر عسكري'),                        # 14
 dict(type='CONTROL', trig='L7:استعاد', time='L7:أمس', actors=['SY_GOV'], targets=['FSA'], loc='L7:أحياء الشيخ سعيد', attr='مصدر عسكري'),  # 15
 dict(type='CONTROL', trig='L7:سيطرة', time='L7:أمس', actors=['FSA'], loc='L7:المدينة', attr='مصدر عسكري'),                     # 16
 dict(type='STATEMENT', trig='L8:قال', actors=['RU'], attr='سيرجي لافروف'),                                                     # 17
 dict(type='AGREEMENT', trig='L8:المحادثات', mod='planned', time='L8:خلال أيام', actors=['RU', 'US'], loc='L8:جنيف', attr='سيرجي لافروف'),  # 18
 dict(type='WITHDRAWAL', trig='L8:خروج', mod='planned', actors=['FSA'], loc='L8:شرق حلب', attr='سيرجي لافروف'),                  # 19
 dict(type='OPERATION', trig='L8:عملياته', mod='planned', actors=['SY_GOV'], targets=['FSA'], loc='L8:المدينة', attr='سيرجي لافروف'),  # 20
]
YD = (Y, 'day')
TD = (D, 'day')
forces = [
 dict(actor='ISIS', loc=('مدينة تدمر الأثرية', 'palmyra'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='ISIS', strength=([1000, 9999], True, 'fighters'), loc=('المدينة', 'palmyra'), as_of=YD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('المدينة', 'palmyra'), as_of=YD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة تدمر الأثرية', 'palmyra'), as_of=('2016-03', 'month'), status='controls', line=2, events=[3]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('محيط المدينة', 'palmyra-outskirts'), as_of=TD, status='present', source=BAR, line=3, events=[5]),
 dict(actor='ISIS', loc=('الأحياء الشمالية والغربية', 'palmyra-north-west-districts'), as_of=TD, status='present', source=BAR, line=3, events=[6]),
 dict(actor='ISIS', assets='تجمعات وآليات', loc=('حقلي جزل', 'jazal-field'), as_of=TD, status='attacked', source=MIL, line=4, events=[8]),
 dict(actor='ISIS', assets='تجمعات وآليات', loc=('المهر', 'al-mahr-field'), as_of=TD, status='attacked', source=MIL, line=4, events=[8]),
 dict(actor='ISIS', assets='تجمعات وآليات', loc=('طريق تدمر - حمص', 'palmyra-homs-road'), as_of=TD, status='attacked', source=MIL, line=4, events=[8]),
 dict(actor='ISIS', loc=('المدينة', 'palmyra'), as_of=(Y2, 'day'), status='withdrawn', source=MOD, line=5, events=[11]),
 dict(actor='ISIS', loc=('قلعة تدمر', 'palmyra-citadel'), as_of=TD, status='controls', source=SOHR, line=6, events=[13]),
 dict(actor='ISIS', loc=('التلال المحيطة بالمدينة', 'palmyra-hills'), as_of=TD, status='controls', source=SOHR, line=6, events=[13]),
 dict(actor='SY_GOV', loc=('مطار التيفور العسكري', 't4-airbase'), as_of=TD, status='present', source=SOHR, line=6),
 dict(actor='RU', loc=('مطار التيفور العسكري', 't4-airbase'), as_of=TD, status='present', source=SOHR, line=6),
 dict(actor='SY_GOV', loc=('أحياء الشيخ سعيد', 'sheikh-saeed'), as_of=YD, status='controls', source='مصدر عسكري', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('الصالحين', 'al-salihin'), as_of=YD, status='controls', source='مصدر عسكري', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('الفردوس', 'al-firdaws'), as_of=YD, status='controls', source='مصدر عسكري', line=7, events=[15]),
 dict(actor='FSA', loc=('جيب صغير جنوب شرق المدينة', 'east-aleppo-pocket'), as_of=YD, status='controls', source='مصدر عسكري', line=7, events=[16]),
]
build('alakhbar-palmyra-isis-return', None, 'الأخبار', D, L, ents, times, events, forces)
