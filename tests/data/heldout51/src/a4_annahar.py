from build import build
L = [
'اتفاق لإخراج المعارضين من بيت جن... وقوات النظام على تخوم الجولان',
'أعلنت وسائل إعلام النظام السوري أمس التوصل إلى اتفاق يقضي بخروج مقاتلي المعارضة من بلدة بيت جن ومزارعها في ريف دمشق الجنوبي الغربي، بعد أكثر من شهرين من المعارك على السفوح الشرقية لجبل الشيخ، قرب خط فصل القوات في الجولان المحتل.',
'وقالت الوكالة العربية السورية للأنباء "سانا" إن الاتفاق، الذي رعته لجنة من وجهاء المنطقة، ينص على نقل المسلحين الرافضين للتسوية مع عائلاتهم إلى محافظة إدلب شمالاً وإلى ريف درعا جنوباً، وتسليم أسلحتهم الثقيلة والمتوسطة.',
'وأفاد "المرصد السوري لحقوق الإنسان" أن نحو 300 مقاتل من "هيئة تحرير الشام" وفصائل أخرى سيغادرون المنطقة خلال الأيام المقبلة على متن حافلات، في حين يبقى نحو 200 آخرين بعد تسوية أوضاعهم.',
'وجاء الاتفاق بعدما سيطرت قوات النظام، الثلثاء الماضي، على بلدة مغر المير وتلة الظهر الأسود المشرفة عليها، وأطبقت الحصار على بيت جن من ثلاث جهات.',
'وقال مصدر عسكري سوري لـ"النهار" إن وحدات من "الفرقة السابعة" ستنتشر في البلدة فور خروج الدفعة الأخيرة، وإن الجيش دفع بنحو 40 آلية إلى محيط بيت جن تحسباً لأي خرق.',
'في المقابل، نفى قيادي في "اتحاد قوات جبل الشيخ" لـ"النهار" أن تكون قوات النظام قد دخلت بيت جن، مؤكداً أن الخروج جاء "لحماية المدنيين" بعد أسابيع من القصف بالبراميل المتفجرة وصواريخ "الفيل".',
'وفي تل أبيب، قال الناطق باسم الجيش الإسرائيلي إن قواته "تراقب عن كثب" التطورات قرب الحدود، مؤكداً أن إسرائيل "سترد بقوة" على أي اقتراب لإيران أو "حزب الله" من خط فصل القوات.',
'ويُقدّر مسؤولون إسرائيليون أن نحو ألف مقاتل من "حزب الله" وميليشيات تدعمها إيران ينتشرون في ريف القنيطرة الشمالي ومنطقة حضر، على بعد كيلومترات قليلة من بيت جن.',
'وتُعد بيت جن آخر منطقة خاضعة لسيطرة المعارضة في ريف دمشق الغربي، بعد خروج مقاتلي خان الشيح إلى إدلب أواخر تشرين الثاني 2016، فيما تبقى الغوطة الشرقية المحاصرة منذ 2013 أكبر جيب للمعارضة قرب العاصمة.',
]
D = '2017-12-30'   # Saturday; Beirut print daily dated the day after the news (أمس = Friday 29 December)
FRI = '2017-12-29'
TUE = '2017-12-26'
ISR = 'OTHER:israel'
JSF = 'OTHER:jabal-al-sheikh-forces-union'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:بيت جن','LOCATION','beit-jinn'), ('L0:قوات النظام','ACTOR','SY_GOV'), ('L0:تخوم الجولان','LOCATION','golan-heights'),
 ('L1:النظام السوري','ACTOR','SY_GOV'), ('L1:المعارضة','ACTOR','FSA'), ('L1:بلدة بيت جن','LOCATION','beit-jinn'),
 ('L1:مزارعها','LOCATION','beit-jinn-farms'), ('L1:ريف دمشق الجنوبي الغربي','LOCATION','damascus-southwest-countryside'),
 ('L1:أكثر من شهرين','QUANTITY',None,(2,True,'other')), ('L1:السفوح الشرقية لجبل الشيخ','LOCATION','mount-hermon'),
 ('L1:خط فصل القوات','LOCATION','golan-disengagement-line'), ('L1:الجولان المحتل','LOCATION','golan-heights'),
 ('L2:الوكالة العربية السورية للأنباء','ORG','sana'), ('L2:سانا','ORG','sana'), ('L2:المنطقة','LOCATION','beit-jinn'),
 ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:ريف درعا','LOCATION','daraa-countryside'),
 ('L2:أسلحتهم الثقيلة والمتوسطة','WEAPON','heavy-weapons'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:نحو 300 مقاتل','QUANTITY',None,(300,True,'fighters')),
 ('L3:هيئة تحرير الشام','ACTOR','NUSRA'), ('L3:فصائل أخرى','ACTOR','FSA'), ('L3:المنطقة','LOCATION','beit-jinn'),
 ('L3:نحو 200','QUANTITY',None,(200,True,'fighters')),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:بلدة مغر المير','LOCATION','mughr-al-mir'), ('L4:تلة الظهر الأسود','LOCATION','tal-al-dhahr-al-aswad'),
 ('L4:بيت جن','LOCATION','beit-jinn'), ('L4:ثلاث جهات','QUANTITY',None,(3,False,'other')),
 ('L5:النهار','ORG','annahar'), ('L5:الفرقة السابعة','ACTOR','SY_GOV'), ('L5:البلدة','LOCATION','beit-jinn'), ('L5:الجيش','ACTOR','SY_GOV'),
 ('L5:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L5:آلية','WEAPON','vehicles'), ('L5:محيط بيت جن','LOCATION','beit-jinn'),
 ('L6:اتحاد قوات جبل الشيخ','ACTOR',JSF), ('L6:النهار','ORG','annahar'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:بيت جن','LOCATION','beit-jinn'),
 ('L6:البراميل المتفجرة','WEAPON','barrel-bombs'), ('L6:صواريخ "الفيل"','WEAPON','elephant-rockets'),
 ('L7:تل أبيب','LOCATION','tel-aviv'), ('L7:الجيش الإسرائيلي','ACTOR',ISR), ('L7:الحدود','LOCATION','golan-disengagement-line'),
 ('L7:إسرائيل#1','ACTOR',ISR), ('L7:إيران','ACTOR','IR'), ('L7:حزب الله','ACTOR','HEZBOLLAH'), ('L7:خط فصل القوات','LOCATION','golan-disengagement-line'),
 ('L8:نحو ألف مقاتل','QUANTITY',None,(1000,True,'fighters')), ('L8:حزب الله','ACTOR','HEZBOLLAH'), ('L8:ميليشيات تدعمها إيران','ACTOR',IBM),
 ('L8:ريف القنيطرة الشمالي','LOCATION','quneitra-north-countryside'), ('L8:منطقة حضر','LOCATION','hadar'),
 ('L8:كيلومترات قليلة','QUANTITY',None,([2,9],True,'km')), ('L8:بيت جن','LOCATION','beit-jinn'),
 ('L9:بيت جن','LOCATION','beit-jinn'), ('L9:المعارضة','ACTOR','FSA'), ('L9:ريف دمشق الغربي','LOCATION','damascus-west-countryside'),
 ('L9:خان الشيح','LOCATION','khan-al-shih'), ('L9:إدلب','LOCATION','idlib-governorate'), ('L9:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L9:لمعارضة#1','ACTOR','FSA'), ('L9:العاصمة','LOCATION','damascus'),
]
times = [
 ('L1:أمس', FRI, 'day'),
 ('L3:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L4:الثلثاء الماضي', TUE, 'day'),
 ('L9:أواخر تشرين الثاني 2016', '2016-11', 'month'),
 ('L9:منذ 2013', '2013/2017', 'year'),
]
Y = 'L1:أمس'
SANA = 'سانا'
SOHR = 'المرصد السوري لحقوق الإنسان'
MS = 'مصدر عسكري سوري (النهار)'
JQ = 'قيادي في اتحاد قوات جبل الشيخ'
IDF = 'الناطق باسم الجيش الإسرائيلي'
ILO = 'مسؤولون إسرائيليون'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=Y, actors=['SY_GOV'], attr='وسائل إعلام النظام السوري'),                              # 1
 dict(type='AGREEMENT', trig='L1:اتفاق', time=Y, actors=['SY_GOV', 'FSA'], loc='L1:بلدة بيت جن', attr='وسائل إعلام النظام السوري'),  # 2
 dict(type='WITHDRAWAL', trig='L1:بخروج', mod='planned', actors=['FSA'], loc='L1:بلدة بيت جن', attr='وسائل إعلام النظام السوري'),    # 3
 dict(type='ATTACK', trig='L1:المعارك', actors=['SY_GOV', 'FSA'], loc='L1:السفوح الشرقية لجبل الشيخ', qty=['L1:أكثر من شهرين']),     # 4
 dict(type='STATEMENT', trig='L2:قالت', time=Y, attr=SANA),                                                                         # 5
 dict(type='AGREEMENT', trig='L2:الاتفاق', time=Y, actors=['SY_GOV', 'FSA'], loc='L2:المنطقة', attr=SANA),                          # 6
 dict(type='WITHDRAWAL', trig='L2:نقل', mod='planned', actors=['FSA'], loc='L2:محافظة إدلب', attr=SANA),                            # 7
 dict(type='WITHDRAWAL', trig='L3:سيغادرون', mod='planned', time='L3:خلال الأيام المقبلة', actors=['NUSRA', 'FSA'], loc='L3:المنطقة',
      qty=['L3:نحو 300 مقاتل'], attr=SOHR),                                                                                        # 8
 dict(type='AGREEMENT', trig='L4:الاتفاق', time=Y, actors=['SY_GOV', 'FSA']),                                                       # 9
 dict(type='CONTROL', trig='L4:سيطرت', time='L4:الثلثاء الماضي', actors=['SY_GOV'], loc='L4:بلدة مغر المير'),                        # 10
 dict(type='OPERATION', trig='L4:الحصار', time='L4:الثلثاء الماضي', actors=['SY_GOV'], targets=['FSA'], loc='L4:بيت جن',
      qty=['L4:ثلاث جهات']),                                                                                                       # 11
 dict(type='MOVEMENT', trig='L5:ستنتشر', mod='planned', actors=['SY_GOV'], loc='L5:البلدة', attr=MS),                                # 12
 dict(type='MOVEMENT', trig='L5:دفع#1', actors=['SY_GOV'], loc='L5:محيط بيت جن', weapons=['L5:آلية'], qty=['L5:نحو 40 آلية'], attr=MS),  # 13
 dict(type='MOVEMENT', trig='L6:دخلت', mod='denied', actors=['SY_GOV'], loc='L6:بيت جن', attr=JQ),                                   # 14
 dict(type='WITHDRAWAL', trig='L6:الخروج', mod='planned', actors=[JSF], loc='L6:بيت جن', attr=JQ),                                   # 15
 dict(type='ATTACK', trig='L6:القصف', actors=['SY_GOV'], targets=[JSF], loc='L6:بيت جن',
      weapons=['L6:البراميل المتفجرة', 'L6:صواريخ "الفيل"'], attr=JQ),                                                              # 16
 dict(type='STATEMENT', trig='L7:قال', actors=[ISR], attr=IDF),                                                                     # 17
 dict(type='ATTACK', trig='L7:سترد', mod='planned', actors=[ISR], targets=['IR', 'HEZBOLLAH'], loc='L7:خط فصل القوات', attr=IDF),     # 18
 dict(type='MOVEMENT', trig='L8:ينتشرون', actors=['HEZBOLLAH', IBM], loc='L8:ريف القنيطرة الشمالي', qty=['L8:نحو ألف مقاتل'], attr=ILO),  # 19
 dict(type='CONTROL', trig='L9:لسيطرة', actors=['FSA'], loc='L9:بيت جن'),                                                            # 20
 dict(type='WITHDRAWAL', trig='L9:خروج', time='L9:أواخر تشرين الثاني 2016', actors=['FSA'], loc='L9:خان الشيح'),                      # 21
 dict(type='OPERATION', trig='L9:المحاصرة', time='L9:منذ 2013', actors=['SY_GOV'], targets=['FSA'], loc='L9:الغوطة الشرقية'),        # 22
 dict(type='CONTROL', trig='L9:جيب', actors=['FSA'], loc='L9:الغوطة الشرقية'),                                                       # 23
]
DD = (D, 'day')
TD = (TUE, 'day')
forces = [
 dict(actor='FSA', loc=('بلدة بيت جن', 'beit-jinn'), as_of=(FRI, 'day'), status='present', source='وسائل إعلام النظام السوري', line=1, events=[2, 3]),
 dict(actor='NUSRA', strength=(300, True, 'fighters'), loc=('المنطقة', 'beit-jinn'), as_of=DD, status='present', source=SOHR, line=3, events=[8]),
 dict(actor='FSA', strength=(300, True, 'fighters'), loc=('المنطقة', 'beit-jinn'), as_of=DD, status='present', source=SOHR, line=3, events=[8]),
 dict(actor='SY_GOV', loc=('بلدة مغر المير', 'mughr-al-mir'), as_of=TD, status='controls', line=4, events=[10]),
 dict(actor='SY_GOV', loc=('تلة الظهر الأسود', 'tal-al-dhahr-al-aswad'), as_of=TD, status='controls', line=4, events=[10]),
 dict(actor='SY_GOV', loc=('بيت جن', 'beit-jinn'), as_of=TD, status='present', line=4, events=[11]),
 dict(actor='SY_GOV', assets='وحدات من الفرقة السابعة', loc=('البلدة', 'beit-jinn'), as_of=(D + '/', 'vague'), status='planned', source=MS, line=5, events=[12]),
 dict(actor='SY_GOV', strength=(40, True, 'vehicles'), loc=('محيط بيت جن', 'beit-jinn'), as_of=DD, status='reinforced', source=MS, line=5, events=[13]),
 dict(actor='HEZBOLLAH', strength=(1000, True, 'fighters'), loc=('ريف القنيطرة الشمالي', 'quneitra-north-countryside'), as_of=DD, status='present', source=ILO, line=8, events=[19]),
 dict(actor='HEZBOLLAH', strength=(1000, True, 'fighters'), loc=('منطقة حضر', 'hadar'), as_of=DD, status='present', source=ILO, line=8, events=[19]),
 dict(actor=IBM, strength=(1000, True, 'fighters'), loc=('ريف القنيطرة الشمالي', 'quneitra-north-countryside'), as_of=DD, status='present', source=ILO, line=8, events=[19]),
 dict(actor=IBM, strength=(1000, True, 'fighters'), loc=('منطقة حضر', 'hadar'), as_of=DD, status='present', source=ILO, line=8, events=[19]),
 dict(actor='FSA', loc=('بيت جن', 'beit-jinn'), as_of=DD, status='controls', line=9, events=[20]),
 dict(actor='FSA', loc=('خان الشيح', 'khan-al-shih'), as_of=('2016-11', 'month'), status='withdrawn', line=9, events=[21]),
 dict(actor='FSA', loc=('الغوطة الشرقية', 'eastern-ghouta'), as_of=DD, status='controls', line=9, events=[23]),
 dict(actor='SY_GOV', loc=('الغوطة الشرقية', 'eastern-ghouta'), as_of=('2013/2017', 'year'), status='present', line=9, events=[22]),
]
build('annahar-beit-jinn', None, 'النهار', D, L, ents, times, events, forces)
