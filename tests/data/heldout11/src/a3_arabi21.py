from build import build
L = [
'فصائل "الحر" تدخل جرابلس بدعم تركي.. وتنظيم الدولة ينسحب دون مقاومة تذكر',
'سيطرت فصائل من الجيش السوري الحر، الأربعاء، على مدينة جرابلس الحدودية شمال شرق حلب، بعد ساعات من إطلاق الجيش التركي عملية "درع الفرات" بدعم جوي من التحالف الدولي، في أول توغل بري تركي واسع داخل الأراضي السورية.',
'وقال القيادي في "فرقة السلطان مراد" أبو عمر الحلبي لـ"عربي21" إن نحو 1500 مقاتل من الفصائل دخلوا المدينة من محورين، بعد أن انسحب عناصر تنظيم الدولة منها باتجاه مدينة الباب جنوباً.',
'وأعلنت رئاسة الأركان التركية أن دبابات تركية عبرت الحدود من بلدة قرقميش قرابة العاشرة صباحاً، بعد قصف مدفعي وصاروخي استهدف 63 موقعاً لتنظيم الدولة، وغارات نفذتها مقاتلات "إف-16" تركية وطائرات التحالف على مواقع التنظيم في محيط جرابلس.',
'وقال الرئيس التركي رجب طيب أردوغان، في كلمة ألقاها في أنقرة، إن العملية تستهدف "المنظمات الإرهابية التي تهدد بلادنا، من داعش إلى حزب الاتحاد الديمقراطي"، في إشارة إلى الذراع السياسية لـ"وحدات حماية الشعب" الكردية.',
'وفي أنقرة أيضاً، قال نائب الرئيس الأمريكي جو بايدن إن على المقاتلين الأكراد الانسحاب من منبج إلى شرق نهر الفرات "وإلا فإنهم سيخسرون الدعم الأمريكي"، في رسالة واضحة إلى حلفاء واشنطن في "قوات سوريا الديمقراطية".',
'وكانت "قوات سوريا الديمقراطية"، التي تشكل الوحدات الكردية عمودها الفقري، قد أعلنت في 12 آب/ أغسطس الجاري سيطرتها الكاملة على مدينة منبج، الواقعة على بعد نحو 40 كيلومتراً جنوب جرابلس.',
'في المقابل، دانت وزارة الخارجية السورية ما وصفته بـ"الخرق السافر" لسيادة البلاد، معتبرة أن محاربة الإرهاب "لا تكون بطرد داعش وإحلال تنظيمات إرهابية أخرى مدعومة من تركيا مكانه".',
'وتشير تقديرات إعلامية تركية إلى أن الجيش التركي أدخل نحو 20 دبابة وعشرات العربات المدرعة إلى جرابلس ومحيطها، إلى جانب وحدات من القوات الخاصة، على أن يتولى مقاتلو المعارضة مسك الأرض.',
'وقال رئيس الوزراء التركي بن علي يلدريم إن العملية ستستمر "حتى يتم تطهير المنطقة الحدودية بالكامل من التهديدات"، مؤكداً أن بلاده "لن تسمح بقيام ممر إرهابي" على حدودها الجنوبية.',
]
D = '2016-08-24'   # Wednesday; web copy of its own day: الأربعاء is today
SM = 'OTHER:sultan-murad'
PYD = 'OTHER:pyd'
ents = [
 ('L0:الحر','ACTOR','FSA'), ('L0:جرابلس','LOCATION','jarabulus'), ('L0:تنظيم الدولة','ACTOR','ISIS'),
 ('L1:الجيش السوري الحر','ACTOR','FSA'), ('L1:مدينة جرابلس','LOCATION','jarabulus'), ('L1:حلب','LOCATION','aleppo'),
 ('L1:الجيش التركي','ACTOR','TR'), ('L1:التحالف الدولي','ACTOR','COALITION'), ('L1:الأراضي السورية','LOCATION','syria'),
 ('L2:فرقة السلطان مراد','ACTOR',SM), ('L2:أبو عمر الحلبي','PERSON','abu-omar-al-halabi'), ('L2:عربي21','ORG','arabi21'),
 ('L2:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')), ('L2:الفصائل','ACTOR','FSA'), ('L2:المدينة','LOCATION','jarabulus'),
 ('L2:تنظيم الدولة','ACTOR','ISIS'), ('L2:مدينة الباب','LOCATION','al-bab'),
 ('L3:رئاسة الأركان التركية','ACTOR','TR'), ('L3:دبابات','WEAPON','tanks'), ('L3:الحدود','LOCATION','syria-turkey-border'),
 ('L3:بلدة قرقميش','LOCATION','karkamis'), ('L3:63 موقعاً','QUANTITY',None,(63,False,'other')), ('L3:تنظيم الدولة','ACTOR','ISIS'),
 ('L3:مقاتلات "إف-16"','WEAPON','f-16'), ('L3:طائرات','WEAPON','warplanes'), ('L3:التحالف','ACTOR','COALITION'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:جرابلس','LOCATION','jarabulus'),
 ('L4:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L4:أنقرة','LOCATION','ankara'), ('L4:داعش','ACTOR','ISIS'),
 ('L4:حزب الاتحاد الديمقراطي','ACTOR',PYD), ('L4:وحدات حماية الشعب','ACTOR','YPG'),
 ('L5:أنقرة','LOCATION','ankara'), ('L5:جو بايدن','PERSON','joe-biden'), ('L5:المقاتلين الأكراد','ACTOR','YPG'),
 ('L5:منبج','LOCATION','manbij'), ('L5:شرق نهر الفرات','LOCATION','east-of-euphrates'), ('L5:واشنطن','ACTOR','US'),
 ('L5:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L6:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L6:الوحدات الكردية','ACTOR','YPG'), ('L6:مدينة منبج','LOCATION','manbij'),
 ('L6:نحو 40 كيلومتراً','QUANTITY',None,(40,True,'km')), ('L6:جرابلس','LOCATION','jarabulus'),
 ('L7:وزارة الخارجية السورية','ACTOR','SY_GOV'), ('L7:البلاد','LOCATION','syria'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:تنظيمات إرهابية أخرى مدعومة من تركيا','ACTOR','FSA'),
 ('L8:الجيش التركي','ACTOR','TR'), ('L8:نحو 20 دبابة','QUANTITY',None,(20,True,'vehicles')), ('L8:دبابة','WEAPON','tanks'),
 ('L8:عشرات العربات المدرعة','QUANTITY',None,([24,99],True,'vehicles')), ('L8:العربات المدرعة','WEAPON','armoured-vehicles'),
 ('L8:جرابلس','LOCATION','jarabulus'), ('L8:القوات الخاصة','ACTOR','TR'), ('L8:المعارضة','ACTOR','FSA'),
 ('L9:بن علي يلدريم','PERSON','binali-yildirim'), ('L9:المنطقة الحدودية','LOCATION','syria-turkey-border-area'),
]
times = [
 ('L1:الأربعاء', D, 'day'),
 ('L3:قرابة العاشرة صباحاً', D, 'part-of-day', {'part':'morning'}),
 ('L6:12 آب/ أغسطس الجاري', '2016-08-12', 'day'),
]
WED = 'L1:الأربعاء'
HAL = 'أبو عمر الحلبي (عربي21)'
GS = 'رئاسة الأركان التركية'
ERD = 'رجب طيب أردوغان'
BID = 'جو بايدن'
EST = 'تقديرات إعلامية تركية'
YIL = 'بن علي يلدريم'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=WED, actors=['FSA'], loc='L1:مدينة جرابلس'),                                          # 1
 dict(type='OPERATION', trig='L1:عملية', time=WED, actors=['TR','COALITION']),                                                       # 2
 dict(type='MOVEMENT', trig='L1:توغل', time=WED, actors=['TR'], loc='L1:الأراضي السورية'),                                          # 3
 dict(type='STATEMENT', trig='L2:قال', actors=[SM], attr=HAL),                                                                        # 4
 dict(type='MOVEMENT', trig='L2:دخلوا', time=WED, actors=['FSA'], loc='L2:المدينة', attr=HAL, qty=['L2:نحو 1500 مقاتل']),          # 5
 dict(type='WITHDRAWAL', trig='L2:انسحب', time=WED, actors=['ISIS'], loc='L2:المدينة', attr=HAL),                                   # 6
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['TR'], attr=GS),                                                                     # 7
 dict(type='MOVEMENT', trig='L3:عبرت', time='L3:قرابة العاشرة صباحاً', actors=['TR'], loc='L3:الحدود', attr=GS, weapons=['L3:دبابات']),  # 8
 dict(type='ATTACK', trig='L3:قصف', time=WED, actors=['TR'], targets=['ISIS'], attr=GS, qty=['L3:63 موقعاً']),                      # 9
 dict(type='ATTACK', trig='L3:غارات', time=WED, actors=['TR','COALITION'], targets=['ISIS'], loc='L3:جرابلس', attr=GS,
      weapons=['L3:مقاتلات "إف-16"','L3:طائرات']),                                                                                # 10
 dict(type='STATEMENT', trig='L4:قال', actors=['TR'], attr=ERD),                                                                      # 11
 dict(type='OPERATION', trig='L4:العملية', time=WED, actors=['TR'], targets=['ISIS',PYD], attr=ERD),                                 # 12
 dict(type='STATEMENT', trig='L5:قال', actors=['US'], attr=BID),                                                                      # 13
 dict(type='WITHDRAWAL', trig='L5:الانسحاب', mod='planned', actors=['YPG'], loc='L5:منبج', attr=BID),                               # 14
 dict(type='STATEMENT', trig='L6:أعلنت', time='L6:12 آب/ أغسطس الجاري', actors=['SDF'], attr='قوات سوريا الديمقراطية'),             # 15
 dict(type='CONTROL', trig='L6:سيطرتها', time='L6:12 آب/ أغسطس الجاري', actors=['SDF'], loc='L6:مدينة منبج',
      attr='قوات سوريا الديمقراطية'),                                                                                             # 16
 dict(type='MOVEMENT', trig='L8:أدخل', time=WED, actors=['TR'], loc='L8:جرابلس', attr=EST,
      weapons=['L8:دبابة','L8:العربات المدرعة'], qty=['L8:نحو 20 دبابة','L8:عشرات العربات المدرعة']),                            # 17
 dict(type='CONTROL', trig='L8:يتولى', mod='planned', actors=['FSA'], attr=EST),                                                      # 18
 dict(type='STATEMENT', trig='L9:قال', actors=['TR'], attr=YIL),                                                                      # 19
 dict(type='OPERATION', trig='L9:ستستمر', mod='planned', actors=['TR'], attr=YIL),                                                    # 20
]
OD = (D, 'day')
forces = [
 dict(actor='FSA', loc=('مدينة جرابلس','jarabulus'), as_of=OD, status='controls', line=1, events=[1]),
 dict(actor='TR', loc=('الأراضي السورية','syria'), as_of=OD, status='arrived', line=1, events=[3]),
 dict(actor='FSA', strength=(1500, True, 'fighters'), loc=('المدينة','jarabulus'), as_of=OD, status='arrived', source=HAL, line=2, events=[5]),
 dict(actor='ISIS', loc=('المدينة','jarabulus'), as_of=OD, status='withdrawn', source=HAL, line=2, events=[6]),
 dict(actor='ISIS', assets='مواقع', loc=('جرابلس','jarabulus'), as_of=OD, status='attacked', source=GS, line=3, events=[10]),
 dict(actor='SDF', loc=('مدينة منبج','manbij'), as_of=('2016-08-12','day'), status='controls', source='قوات سوريا الديمقراطية',
      line=6, events=[16]),
 dict(actor='TR', assets='نحو 20 دبابة وعشرات العربات المدرعة، وحدات من القوات الخاصة', loc=('جرابلس','jarabulus'), as_of=OD,
      status='arrived', source=EST, line=8, events=[17]),
]
build('arabi21-jarabulus', None, 'عربي21', D, L, ents, times, events, forces)
