from build import build
L = [
'الجيش التركي يستكمل نقاط المراقبة في إدلب بإنشاء النقطة الـ12 في جبل شحشبو',
'أنقرة/ يني شفق',
'أعلنت رئاسة الأركان العامة التركية، اليوم الأربعاء، أن القوات المسلحة التركية أنشأت نقطة المراقبة الثانية عشرة والأخيرة في منطقة خفض التصعيد بإدلب، وذلك في قرية شير مغار بجبل شحشبو في ريف حماة الشمالي الغربي.',
'وأوضح البيان أن النقطة أقيمت في إطار اتفاق أستانة الذي توصلت إليه تركيا وروسيا وإيران العام الماضي، وأن رتلاً عسكرياً مؤلفاً من نحو 40 آلية، بينها دبابات ومدرعات، دخل الأراضي السورية من معبر كفرلوسين الحدودي واتجه إلى جبل شحشبو.',
'وبذلك يرتفع عدد نقاط المراقبة التركية المنتشرة في محافظات إدلب وحماة وحلب إلى 12 نقطة، أقيمت أولاها في قرية صلوة بريف إدلب الشمالي في تشرين الأول/أكتوبر الماضي.',
'وقالت مصادر عسكرية تركية لـ"يني شفق" إن نحو 1300 جندي تركي يتمركزون حالياً في النقاط التركية، مزودين بأسلحة ثقيلة وأنظمة دفاع جوي محمولة، مشيرة إلى أن روسيا أقامت بدورها عشر نقاط مراقبة وإيران سبع نقاط في مناطق سيطرة النظام بريف حماة.',
'وجاء إنشاء النقطة الجديدة بعد أيام من قصف مدفعي شنته قوات النظام على قرى في سهل الغاب قريبة من جبل شحشبو، أسفر عن مقتل ثلاثة مدنيين، وهو ما اعتبرته أنقرة "خرقاً واضحاً" لاتفاق خفض التصعيد.',
'وفي سياق متصل، قال وزير الخارجية التركي مولود جاويش أوغلو إن نقاط المراقبة "ستحول دون أي هجوم للنظام على إدلب"، مشيراً إلى أن أنقرة ستبحث مع موسكو ملف تل رفعت خلال الأيام المقبلة.',
'ولا تزال عناصر تنظيم "ي ب ك/ بي كا كا" الإرهابي تسيطر على بلدة تل رفعت والقرى المحيطة بها في ريف حلب الشمالي، بعد أن فرت إليها من عفرين إثر سيطرة الجيش التركي والجيش السوري الحر على المدينة في 18 مارس/آذار الماضي ضمن عملية "غصن الزيتون".',
'وتتهم أنقرة موسكو بالتلكؤ في تنفيذ تعهداتها بإخراج عناصر التنظيم من تل رفعت، في حين تنتشر في البلدة نقاط للشرطة العسكرية الروسية وقوات النظام.',
]
D = '2018-05-16'   # Wednesday; Turkish daily's Arabic site, web copy of its own day
TSK = 'رئاسة الأركان العامة التركية'
SRC = 'مصادر عسكرية تركية'
ents = [
 ('L0:الجيش التركي','ACTOR','TR'), ('L0:إدلب','LOCATION','idlib'), ('L0:النقطة الـ12','LOCATION','shir-mughar-post'),
 ('L0:جبل شحشبو','LOCATION','jabal-shahshabu'),
 ('L1:أنقرة','LOCATION','ankara'), ('L1:يني شفق','ORG','yenisafak'),
 ('L2:رئاسة الأركان العامة التركية','ACTOR','TR'), ('L2:القوات المسلحة التركية','ACTOR','TR'),
 ('L2:نقطة المراقبة الثانية عشرة','LOCATION','shir-mughar-post'), ('L2:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'),
 ('L2:إدلب','LOCATION','idlib'), ('L2:قرية شير مغار','LOCATION','shir-mughar'), ('L2:جبل شحشبو','LOCATION','jabal-shahshabu'),
 ('L2:ريف حماة الشمالي الغربي','LOCATION','hama-northwest-countryside'),
 ('L3:النقطة','LOCATION','shir-mughar-post'), ('L3:أستانة','LOCATION','astana'), ('L3:تركيا','ACTOR','TR'), ('L3:روسيا','ACTOR','RU'),
 ('L3:إيران','ACTOR','IR'), ('L3:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L3:آلية','WEAPON','military-vehicles'),
 ('L3:دبابات','WEAPON','tanks'), ('L3:مدرعات','WEAPON','armoured-vehicles'), ('L3:الأراضي السورية','LOCATION','syria'),
 ('L3:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'), ('L3:جبل شحشبو','LOCATION','jabal-shahshabu'),
 ('L4:محافظات إدلب','LOCATION','idlib-governorate'), ('L4:حماة','LOCATION','hama-governorate'), ('L4:حلب','LOCATION','aleppo-governorate'),
 ('L4:12 نقطة','QUANTITY',None,(12,False,'other')), ('L4:قرية صلوة','LOCATION','salwa'), ('L4:ريف إدلب الشمالي','LOCATION','idlib-north-countryside'),
 ('L5:يني شفق','ORG','yenisafak'), ('L5:نحو 1300 جندي','QUANTITY',None,(1300,True,'troops')), ('L5:جندي تركي','ACTOR','TR'),
 ('L5:النقاط التركية','LOCATION','turkish-observation-posts'), ('L5:أسلحة ثقيلة','WEAPON','heavy-weapons'),
 ('L5:أنظمة دفاع جوي محمولة','WEAPON','manpads'), ('L5:روسيا','ACTOR','RU'), ('L5:عشر نقاط مراقبة','QUANTITY',None,(10,False,'other')),
 ('L5:إيران','ACTOR','IR'), ('L5:سبع نقاط','QUANTITY',None,(7,False,'other')), ('L5:النظام','ACTOR','SY_GOV'), ('L5:ريف حماة','LOCATION','hama-countryside'),
 ('L6:النقطة الجديدة','LOCATION','shir-mughar-post'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L6:جبل شحشبو','LOCATION','jabal-shahshabu'), ('L6:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')), ('L6:أنقرة','ACTOR','TR'),
 ('L7:مولود جاويش أوغلو','PERSON','mevlut-cavusoglu'), ('L7:لنظام','ACTOR','SY_GOV'), ('L7:إدلب','LOCATION','idlib'),
 ('L7:أنقرة','ACTOR','TR'), ('L7:موسكو','ACTOR','RU'), ('L7:تل رفعت','LOCATION','tal-rifaat'),
 ('L8:تنظيم "ي ب ك/ بي كا كا"','ACTOR','YPG'), ('L8:بلدة تل رفعت','LOCATION','tal-rifaat'), ('L8:القرى المحيطة بها','LOCATION','tal-rifaat-villages'),
 ('L8:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'), ('L8:عفرين','LOCATION','afrin'), ('L8:الجيش التركي','ACTOR','TR'),
 ('L8:الجيش السوري الحر','ACTOR','FSA'), ('L8:المدينة','LOCATION','afrin'),
 ('L9:أنقرة','ACTOR','TR'), ('L9:موسكو','ACTOR','RU'), ('L9:التنظيم','ACTOR','YPG'), ('L9:تل رفعت','LOCATION','tal-rifaat'),
 ('L9:البلدة','LOCATION','tal-rifaat'), ('L9:لشرطة العسكرية الروسية','ACTOR','RU'), ('L9:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:اليوم الأربعاء', D, 'day'),
 ('L3:العام الماضي', '2017', 'year'),
 ('L4:تشرين الأول/أكتوبر الماضي', '2017-10', 'month'),
 ('L7:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L8:18 مارس/آذار الماضي', '2018-03-18', 'day'),
]
T = 'L2:اليوم الأربعاء'
MAR = 'L8:18 مارس/آذار الماضي'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['TR'], attr=TSK),                                                    # 1
 dict(type='BASE', trig='L2:أنشأت', time=T, actors=['TR'], loc='L2:قرية شير مغار', attr=TSK),                                  # 2
 dict(type='BASE', trig='L3:أقيمت', time=T, actors=['TR'], loc='L3:النقطة', attr=TSK),                                         # 3
 dict(type='AGREEMENT', trig='L3:اتفاق أستانة', time='L3:العام الماضي', actors=['TR', 'RU', 'IR'], attr=TSK),                   # 4
 dict(type='MOVEMENT', trig='L3:دخل', time=T, actors=['TR'], loc='L3:الأراضي السورية',
      weapons=['L3:آلية', 'L3:دبابات', 'L3:مدرعات'], qty=['L3:نحو 40 آلية'], attr=TSK),                                          # 5
 dict(type='BASE', trig='L4:أقيمت', time='L4:تشرين الأول/أكتوبر الماضي', actors=['TR'], loc='L4:قرية صلوة'),                    # 6
 dict(type='MOVEMENT', trig='L5:يتمركزون', actors=['TR'], loc='L5:النقاط التركية', weapons=['L5:أسلحة ثقيلة', 'L5:أنظمة دفاع جوي محمولة'],
      qty=['L5:نحو 1300 جندي'], attr=SRC),                                                                                     # 7
 dict(type='BASE', trig='L5:أقامت', actors=['RU', 'IR'], loc='L5:ريف حماة', qty=['L5:عشر نقاط مراقبة', 'L5:سبع نقاط'], attr=SRC),  # 8
 dict(type='CONTROL', trig='L5:سيطرة', actors=['SY_GOV'], loc='L5:ريف حماة', attr=SRC),                                       # 9
 dict(type='BASE', trig='L6:إنشاء', time=T, actors=['TR'], loc='L6:النقطة الجديدة'),                                            # 10
 dict(type='ATTACK', trig='L6:قصف مدفعي', actors=['SY_GOV'], loc='L6:سهل الغاب', qty=['L6:ثلاثة مدنيين']),                      # 11
 dict(type='AGREEMENT', trig='L6:اتفاق خفض التصعيد', actors=['TR', 'RU', 'IR']),                                               # 12
 dict(type='STATEMENT', trig='L7:قال', actors=['TR'], attr='مولود جاويش أوغلو'),                                               # 13
 dict(type='AGREEMENT', trig='L7:ستبحث', mod='planned', time='L7:خلال الأيام المقبلة', actors=['TR', 'RU'], loc='L7:تل رفعت',
      attr='مولود جاويش أوغلو'),                                                                                                # 14
 dict(type='CONTROL', trig='L8:تسيطر', actors=['YPG'], loc='L8:بلدة تل رفعت'),                                                 # 15
 dict(type='WITHDRAWAL', trig='L8:فرت', time=MAR, actors=['YPG'], loc='L8:عفرين'),                                            # 16
 dict(type='CONTROL', trig='L8:سيطرة', time=MAR, actors=['TR', 'FSA'], loc='L8:المدينة'),                                       # 17
 dict(type='OPERATION', trig='L8:عملية', actors=['TR', 'FSA'], targets=['YPG'], loc='L8:عفرين'),                                # 18
 dict(type='WITHDRAWAL', trig='L9:إخراج', mod='planned', actors=['YPG'], loc='L9:تل رفعت', attr='أنقرة'),                       # 19
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['RU', 'SY_GOV'], loc='L9:البلدة'),                                              # 20
]
TD = (D, 'day')
OCT = ('2017-10', 'month')
M18 = ('2018-03-18', 'day')
forces = [
 dict(actor='TR', assets='نقطة المراقبة الثانية عشرة', loc=('قرية شير مغار', 'shir-mughar'), as_of=TD, status='present', source=TSK, line=2, events=[2]),
 dict(actor='TR', assets='12 نقطة مراقبة', loc=('محافظات إدلب', 'idlib-governorate'), as_of=TD, status='present', line=4),
 dict(actor='TR', assets='12 نقطة مراقبة', loc=('حماة', 'hama-governorate'), as_of=TD, status='present', line=4),
 dict(actor='TR', assets='12 نقطة مراقبة', loc=('حلب', 'aleppo-governorate'), as_of=TD, status='present', line=4),
 dict(actor='TR', assets='نقطة مراقبة', loc=('قرية صلوة', 'salwa'), as_of=OCT, status='present', line=4, events=[6]),
 dict(actor='TR', strength=(1300, True, 'troops'), assets='أسلحة ثقيلة وأنظمة دفاع جوي محمولة', loc=('النقاط التركية', 'turkish-observation-posts'),
      as_of=TD, status='present', source=SRC, line=5, events=[7]),
 dict(actor='RU', assets='عشر نقاط مراقبة', loc=('ريف حماة', 'hama-countryside'), as_of=TD, status='present', source=SRC, line=5, events=[8]),
 dict(actor='IR', assets='سبع نقاط', loc=('ريف حماة', 'hama-countryside'), as_of=TD, status='present', source=SRC, line=5, events=[8]),
 dict(actor='SY_GOV', loc=('ريف حماة', 'hama-countryside'), as_of=TD, status='controls', source=SRC, line=5, events=[9]),
 dict(actor='YPG', loc=('بلدة تل رفعت', 'tal-rifaat'), as_of=TD, status='controls', line=8, events=[15]),
 dict(actor='YPG', loc=('القرى المحيطة بها', 'tal-rifaat-villages'), as_of=TD, status='controls', line=8, events=[15]),
 dict(actor='YPG', loc=('عفرين', 'afrin'), as_of=M18, status='withdrawn', line=8, events=[16]),
 dict(actor='TR', loc=('المدينة', 'afrin'), as_of=M18, status='controls', line=8, events=[17]),
 dict(actor='FSA', loc=('المدينة', 'afrin'), as_of=M18, status='controls', line=8, events=[17]),
 dict(actor='RU', assets='نقاط للشرطة العسكرية', loc=('البلدة', 'tal-rifaat'), as_of=TD, status='present', line=9, events=[20]),
 dict(actor='SY_GOV', loc=('البلدة', 'tal-rifaat'), as_of=TD, status='present', line=9, events=[20]),
]
build('yenisafak-shir-mughar-post', None, 'يني شفق', D, L, ents, times, events, forces)
