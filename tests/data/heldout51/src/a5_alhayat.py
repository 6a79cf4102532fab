from build import build
L = [
'النظام يسيطر على بصر الحرير ويشطر ريف درعا الشرقي... و45 ألف نازح نحو الحدود الأردنية',
'لندن، عمّان - «الحياة»، رويترز - سيطرت القوات النظامية السورية أمس على بلدة بصر الحرير في ريف درعا الشمالي الشرقي، بعد أسبوع من المعارك مع فصائل المعارضة، في تقدم يشطر الجيب الذي تسيطر عليه المعارضة في ريف درعا الشرقي إلى قسمين، وفق ما أفاد «المرصد السوري لحقوق الإنسان».',
'وأوضح مدير المرصد رامي عبدالرحمن أن القوات النظامية، ترافقها مجموعات من «قوات النمر» بقيادة العميد سهيل الحسن، دخلت البلدة صباح أمس بعد انسحاب مقاتلي المعارضة منها باتجاه بلدة ناحتة، ثم تقدمت نحو مليحة العطش المجاورة.',
'وأشار إلى أن الطائرات الروسية شنت منذ مساء السبت أكثر من 600 غارة على بلدات الريف الشرقي، بينها الحراك والصورة وعلما، ما أسفر عن مقتل 46 مدنياً على الأقل، بينهم أطفال.',
'في المقابل، قالت «غرفة العمليات المركزية في الجنوب»، التي تضم فصائل «الجيش الحر»، إن مقاتليها «صدّوا» هجوماً للنظام على محور اللجاة وقتلوا أكثر من 20 عنصراً، ونفت سقوط بلدة ناحتة، مؤكدة أن المعارك «ما زالت مستمرة» على أطرافها.',
'وفي عمّان، أكدت وزيرة الدولة لشؤون الإعلام جمانة غنيمات أن الأردن «لن يفتح حدوده» أمام النازحين، في وقت قدّرت الأمم المتحدة عدد الفارين من ريف درعا الشرقي بنحو 45 ألف شخص، تجمّع معظمهم قرب معبر نصيب والحدود الأردنية.',
'وكانت واشنطن أبلغت فصائل الجنوب، الأحد، بأن عليها ألا تبني قراراتها «على افتراض أو توقع تدخل عسكري» أميركي، على رغم أن المنطقة مشمولة باتفاق «خفض التصعيد» الذي رعته الولايات المتحدة وروسيا والأردن في تموز (يوليو) 2017.',
'ميدانياً أيضاً، ذكرت وكالة الأنباء الرسمية (سانا) أن وحدات الجيش سيطرت على قريتي جدل والشومرة في منطقة اللجاة، بعد «القضاء على أعداد كبيرة من الإرهابيين».',
'وأضافت أن الجيش استقدم تعزيزات إضافية، بينها عشرات الدبابات وراجمات الصواريخ، إلى بلدة إزرع، استعداداً لـ«المرحلة التالية» من العملية التي تستهدف الوصول إلى الحدود مع الأردن واستعادة معبر نصيب.',
]
D = '2018-06-27'   # Wednesday; London print daily dated the day after the news (أمس = Tuesday 26 June)
TUE = '2018-06-26'
JO = 'OTHER:jordan'
ents = [
 ('L0:النظام','ACTOR','SY_GOV'), ('L0:بصر الحرير','LOCATION','busra-al-harir'), ('L0:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L0:45 ألف نازح','QUANTITY',None,(45000,False,'people')), ('L0:الحدود الأردنية','LOCATION','jordan-syria-border'),
 ('L1:لندن','LOCATION','london'), ('L1:عمّان','LOCATION','amman'), ('L1:الحياة','ORG','alhayat'), ('L1:رويترز','ORG','reuters'),
 ('L1:القوات النظامية السورية','ACTOR','SY_GOV'), ('L1:بلدة بصر الحرير','LOCATION','busra-al-harir'),
 ('L1:ريف درعا الشمالي الشرقي','LOCATION','daraa-northeast-countryside'),
 ('L1:فصائل المعارضة','ACTOR','FSA'), ('L1:المعارضة#1','ACTOR','FSA'), ('L1:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L1:قسمين','QUANTITY',None,(2,False,'other')), ('L1:الجيب','LOCATION','daraa-east-pocket'), ('L1:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L2:المرصد','ORG','sohr'), ('L2:رامي عبدالرحمن','PERSON','rami-abdulrahman'), ('L2:القوات النظامية','ACTOR','SY_GOV'),
 ('L2:قوات النمر','ACTOR','SY_GOV'), ('L2:سهيل الحسن','PERSON','suheil-al-hassan'), ('L2:البلدة','LOCATION','busra-al-harir'),
 ('L2:المعارضة','ACTOR','FSA'), ('L2:بلدة ناحتة','LOCATION','nahta'), ('L2:مليحة العطش','LOCATION','mlihat-al-atash'),
 ('L3:الطائرات الروسية','ACTOR','RU'), ('L3:أكثر من 600 غارة','QUANTITY',None,(600,True,'other')), ('L3:بلدات الريف الشرقي','LOCATION','daraa-east-countryside'),
 ('L3:الحراك','LOCATION','al-hirak'), ('L3:الصورة','LOCATION','al-sura'), ('L3:علما','LOCATION','alma'),
 ('L3:46 مدنياً على الأقل','QUANTITY',None,(46,True,'killed')),
 ('L4:غرفة العمليات المركزية في الجنوب','ACTOR','FSA'), ('L4:الجيش الحر','ACTOR','FSA'), ('L4:لنظام','ACTOR','SY_GOV'),
 ('L4:اللجاة','LOCATION','lajat'), ('L4:أكثر من 20 عنصراً','QUANTITY',None,(20,True,'killed')), ('L4:بلدة ناحتة','LOCATION','nahta'),
 ('L5:عمّان','LOCATION','amman'), ('L5:جمانة غنيمات','PERSON','jumana-ghunaimat'), ('L5:الأردن#0','ACTOR',JO), ('L5:الأمم المتحدة','ORG','un'),
 ('L5:ريف درعا الشرقي','LOCATION','daraa-east-countryside'), ('L5:نحو 45 ألف شخص','QUANTITY',None,(45000,True,'people')),
 ('L5:معبر نصيب','LOCATION','nasib-crossing'), ('L5:الحدود الأردنية','LOCATION','jordan-syria-border'),
 ('L6:واشنطن','ACTOR','US'), ('L6:فصائل الجنوب','ACTOR','FSA'), ('L6:المنطقة','LOCATION','southwest-syria'),
 ('L6:الولايات المتحدة','ACTOR','US'), ('L6:روسيا','ACTOR','RU'), ('L6:الأردن','ACTOR',JO),
 ('L7:وكالة الأنباء الرسمية','ORG','sana'), ('L7:سانا','ORG','sana'), ('L7:وحدات الجيش','ACTOR','SY_GOV'), ('L7:قريتي جدل','LOCATION','jadal'),
 ('L7:الشومرة','LOCATION','al-shumara'), ('L7:منطقة اللجاة','LOCATION','lajat'),
 ('L7:الإرهابيين','ACTOR','FSA'),
 ('L8:الجيش','ACTOR','SY_GOV'), ('L8:عشرات الدبابات','QUANTITY',None,([24,99],True,'vehicles')), ('L8:الدبابات','WEAPON','tanks'),
 ('L8:راجمات الصواريخ','WEAPON','mrl'), ('L8:بلدة إزرع','LOCATION','izraa'), ('L8:الحدود مع الأردن','LOCATION','jordan-syria-border'),
 ('L8:معبر نصيب','LOCATION','nasib-crossing'),
]
times = [
 ('L1:أمس', TUE, 'day'),
 ('L2:صباح أمس', TUE, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ مساء السبت', '2018-06-23/' + D, 'day'),
 ('L6:الأحد', '2018-06-24', 'day'),
 ('L6:تموز (يوليو) 2017', '2017-07', 'month'),
]
Y = 'L1:أمس'
SOHR = 'المرصد السوري لحقوق الإنسان'
RA = 'رامي عبدالرحمن (المرصد)'
OR = 'غرفة العمليات المركزية في الجنوب'
SANA = 'سانا'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=Y, actors=['SY_GOV'], loc='L1:بلدة بصر الحرير', attr=SOHR),                              # 1
 dict(type='ATTACK', trig='L1:المعارك', actors=['SY_GOV', 'FSA'], loc='L1:بلدة بصر الحرير', attr=SOHR),           # 2
 dict(type='MOVEMENT', trig='L1:تقدم', time=Y, actors=['SY_GOV'], loc='L1:ريف درعا الشرقي', attr=SOHR),                             # 3
 dict(type='CONTROL', trig='L1:تسيطر', time=Y, actors=['FSA'], loc='L1:ريف درعا الشرقي', attr=SOHR),                                # 4
 dict(type='MOVEMENT', trig='L2:دخلت', time='L2:صباح أمس', actors=['SY_GOV'], loc='L2:البلدة', attr=RA),                            # 5
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time='L2:صباح أمس', actors=['FSA'], loc='L2:البلدة', attr=RA),                          # 6
 dict(type='MOVEMENT', trig='L2:تقدمت', time=Y, actors=['SY_GOV'], loc='L2:مليحة العطش', attr=RA),                                  # 7
 dict(type='ATTACK', trig='L3:غارة', time='L3:منذ مساء السبت', actors=['RU'], loc='L3:بلدات الريف الشرقي',
      qty=['L3:أكثر من 600 غارة', 'L3:46 مدنياً على الأقل'], attr=RA),                                                             # 8
 dict(type='STATEMENT', trig='L4:قالت', actors=['FSA'], attr=OR),                                                                  # 9
 dict(type='ATTACK', trig='L4:صدّوا', actors=['FSA'], targets=['SY_GOV'], loc='L4:اللجاة', attr=OR),                                # 10
 dict(type='ATTACK', trig='L4:هجوماً', actors=['SY_GOV'], targets=['FSA'], loc='L4:اللجاة', attr=OR),                               # 11
 dict(type='ATTACK', trig='L4:قتلوا', actors=['FSA'], targets=['SY_GOV'], loc='L4:اللجاة', qty=['L4:أكثر من 20 عنصراً'], attr=OR),  # 12
 dict(type='CONTROL', trig='L4:سقوط', mod='denied', actors=['SY_GOV'], loc='L4:بلدة ناحتة', attr=OR),                               # 13
 dict(type='ATTACK', trig='L4:المعارك', actors=['SY_GOV', 'FSA'], loc='L4:بلدة ناحتة', attr=OR),                                    # 14
 dict(type='AGREEMENT', trig='L6:باتفاق', time='L6:تموز (يوليو) 2017', actors=['US', 'RU', JO], loc='L6:المنطقة'),                   # 15
 dict(type='CONTROL', trig='L7:سيطرت', time=Y, actors=['SY_GOV'], loc='L7:قريتي جدل', attr=SANA),                                   # 16
 dict(type='ATTACK', trig='L7:القضاء', time=Y, actors=['SY_GOV'], targets=['FSA'], loc='L7:منطقة اللجاة', attr=SANA),  # 17
 dict(type='MOVEMENT', trig='L8:استقدم', time=Y, actors=['SY_GOV'], loc='L8:بلدة إزرع', weapons=['L8:الدبابات', 'L8:راجمات الصواريخ'],
      qty=['L8:عشرات الدبابات'], attr=SANA),                                                                                       # 18
 dict(type='OPERATION', trig='L8:العملية', actors=['SY_GOV'], targets=['FSA'], attr=SANA),                                          # 19
 dict(type='CONTROL', trig='L8:استعادة', mod='planned', actors=['SY_GOV'], loc='L8:معبر نصيب', attr=SANA),                           # 20
]
TD = (TUE, 'day')
TM = (TUE, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة بصر الحرير', 'busra-al-harir'), as_of=TD, status='controls', source=SOHR, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('بلدة بصر الحرير', 'busra-al-harir'), as_of=TD, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='FSA', loc=('بلدة بصر الحرير', 'busra-al-harir'), as_of=TD, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='FSA', loc=('ريف درعا الشرقي', 'daraa-east-countryside'), as_of=TD, status='controls', source=SOHR, line=1, events=[4]),
 dict(actor='SY_GOV', assets='مجموعات من قوات النمر', loc=('البلدة', 'busra-al-harir'), as_of=TM, status='arrived', source=RA, line=2, events=[5]),
 dict(actor='FSA', loc=('البلدة', 'busra-al-harir'), as_of=TM, status='withdrawn', source=RA, line=2, events=[6]),
 dict(actor='SY_GOV', loc=('مليحة العطش', 'mlihat-al-atash'), as_of=TD, status='arrived', source=RA, line=2, events=[7]),
 dict(actor='SY_GOV', loc=('اللجاة', 'lajat'), as_of=(D, 'day'), status='present', source=OR, line=4, events=[10, 11]),
 dict(actor='FSA', loc=('اللجاة', 'lajat'), as_of=(D, 'day'), status='present', source=OR, line=4, events=[10, 11]),
 dict(actor='SY_GOV', loc=('بلدة ناحتة', 'nahta'), as_of=(D, 'day'), status='present', source=OR, line=4, events=[14]),
 dict(actor='FSA', loc=('بلدة ناحتة', 'nahta'), as_of=(D, 'day'), status='present', source=OR, line=4, events=[14]),
 dict(actor='SY_GOV', loc=('قريتي جدل', 'jadal'), as_of=TD, status='controls', source=SANA, line=7, events=[16]),
 dict(actor='SY_GOV', loc=('الشومرة', 'al-shumara'), as_of=TD, status='controls', source=SANA, line=7, events=[16]),
 dict(actor='SY_GOV', assets='عشرات الدبابات وراجمات الصواريخ', loc=('بلدة إزرع', 'izraa'), as_of=TD, status='reinforced', source=SANA, line=8, events=[18]),
]
build('alhayat-busra-al-harir', None, 'الحياة', D, L, ents, times, events, forces)
