from build import build
L = [
'مقتل 14 جندياً تركياً في معارك ضارية مع «داعش» حول مدينة الباب السورية',
'أنقرة - الوكالات:',
'أعلن الجيش التركي أمس مقتل 14 من جنوده وإصابة 33 آخرين في هجمات شنها تنظيم «داعش» الإرهابي على مواقع القوات التركية وفصائل «الجيش السوري الحر» المتحالفة معها في محيط مدينة الباب بريف حلب الشمالي الشرقي، في أكبر حصيلة يتكبدها منذ بدء عملية «درع الفرات» في أغسطس الماضي.',
'وقالت رئاسة الأركان التركية في بيان إن عناصر التنظيم نفذوا ثلاث هجمات بسيارات مفخخة يقودها انتحاريون على مواقع عند مستشفى المدينة وعلى تلة الشيخ عقيل المطلة عليها، تلتها اشتباكات عنيفة استمرت حتى ساعات المساء.',
'وأضاف البيان أن الطائرات الحربية التركية دمرت 67 هدفاً للتنظيم داخل الباب وفي قريتي بزاعة وقباسين، ما أسفر عن مقتل 138 عنصراً من «داعش»، كما قصفت المدفعية التركية مواقع أخرى بنحو 200 قذيفة.',
'وفي المقابل، زعمت وكالة «أعماق» التابعة للتنظيم أن مقاتليه دمروا أربع دبابات تركية من طراز «ليوبارد» وأسروا جنديين، فيما نفى مصدر عسكري تركي وقوع أي من الجنود في الأسر.',
'وتوعد الرئيس التركي رجب طيب أردوغان، في كلمة ألقاها بأنقرة، بمواصلة العملية «حتى تطهير الباب بالكامل»، مؤكداً أن المدينة «باتت محاصرة من ثلاث جهات».',
'وأفادت وكالة الأناضول بأن تعزيزات جديدة تضم دبابات وعربات مصفحة ووحدات من القوات الخاصة وصلت ليل الثلاثاء إلى جبهة الباب قادمة من ولاية كليس، فيما يقدر عدد الجنود الأتراك المنتشرين في محيط الباب بنحو 1500 جندي.',
'ويسيطر «داعش» على مدينة الباب منذ مطلع عام 2014، وهي آخر معاقله الكبيرة في ريف حلب، فيما تتقدم «قوات سوريا الديمقراطية» من جهة الشرق وقوات النظام من الجنوب باتجاه المدينة.',
'وتزامنت معارك الباب مع استكمال إجلاء آخر دفعات المقاتلين والمدنيين من الأحياء الشرقية لمدينة حلب، بموجب الاتفاق الروسي التركي الذي أنهى سيطرة فصائل المعارضة على تلك الأحياء منذ عام 2012.',
]
D = '2016-12-22'   # Thursday; Bahraini print daily, dated the day after the news
WED = '2016-12-21'
ents = [
 ('L0:14 جندياً','QUANTITY',None,(14,False,'killed')), ('L0:جندياً تركياً','ACTOR','TR'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:مدينة الباب','LOCATION','al-bab'),
 ('L1:أنقرة','LOCATION','ankara'),
 ('L2:الجيش التركي','ACTOR','TR'), ('L2:14','QUANTITY',None,(14,False,'killed')), ('L2:33','QUANTITY',None,(33,False,'wounded')),
 ('L2:تنظيم «داعش»','ACTOR','ISIS'), ('L2:القوات التركية','ACTOR','TR'), ('L2:الجيش السوري الحر','ACTOR','FSA'),
 ('L2:مدينة الباب','LOCATION','al-bab'), ('L2:ريف حلب الشمالي الشرقي','LOCATION','aleppo-northeast-countryside'),
 ('L3:رئاسة الأركان التركية','ACTOR','TR'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:ثلاث هجمات','QUANTITY',None,(3,False,'other')),
 ('L3:سيارات مفخخة','WEAPON','car-bombs'), ('L3:مستشفى المدينة','LOCATION','al-bab-hospital'), ('L3:تلة الشيخ عقيل','LOCATION','sheikh-aqil-hill'),
 ('L4:الطائرات الحربية التركية','WEAPON','warplanes'), ('L4:67 هدفاً','QUANTITY',None,(67,False,'other')), ('L4:لتنظيم','ACTOR','ISIS'),
 ('L4:الباب','LOCATION','al-bab'), ('L4:قريتي بزاعة','LOCATION','bzaa'), ('L4:قباسين','LOCATION','qabasin'),
 ('L4:138 عنصراً','QUANTITY',None,(138,False,'killed')), ('L4:داعش','ACTOR','ISIS'), ('L4:المدفعية التركية','ACTOR','TR'),
 ('L4:نحو 200 قذيفة','QUANTITY',None,(200,True,'other')), ('L4:قذيفة','WEAPON','shells'),
 ('L5:أعماق','ORG','amaq'), ('L5:لتنظيم','ACTOR','ISIS'), ('L5:أربع دبابات','QUANTITY',None,(4,False,'vehicles')),
 ('L5:دبابات تركية من طراز «ليوبارد»','WEAPON','leopard-tanks'), ('L5:جنديين','QUANTITY',None,(2,False,'arrested')),
 ('L6:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L6:أنقرة','LOCATION','ankara'), ('L6:الباب','LOCATION','al-bab'),
 ('L6:المدينة','LOCATION','al-bab'), ('L6:ثلاث جهات','QUANTITY',None,(3,False,'other')),
 ('L7:الأناضول','ORG','anadolu'), ('L7:دبابات','WEAPON','tanks'), ('L7:عربات مصفحة','WEAPON','armoured-vehicles'),
 ('L7:القوات الخاصة','ACTOR','TR'), ('L7:جبهة الباب','LOCATION','al-bab-front'), ('L7:ولاية كليس','LOCATION','kilis'),
 ('L7:الجنود الأتراك','ACTOR','TR'), ('L7:الباب#1','LOCATION','al-bab'), ('L7:نحو 1500 جندي','QUANTITY',None,(1500,True,'troops')),
 ('L8:داعش','ACTOR','ISIS'), ('L8:مدينة الباب','LOCATION','al-bab'), ('L8:ريف حلب','LOCATION','aleppo-countryside'),
 ('L8:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:المدينة','LOCATION','al-bab'),
 ('L9:الباب','LOCATION','al-bab'), ('L9:الأحياء الشرقية','LOCATION','eastern-aleppo'), ('L9:مدينة حلب','LOCATION','aleppo'),
 ('L9:فصائل المعارضة','ACTOR','FSA'), ('L9:الأحياء#1','LOCATION','eastern-aleppo'),
]
times = [
 ('L2:أمس', WED, 'day'),
 ('L2:أغسطس الماضي', '2016-08', 'month'),
 ('L3:ساعات المساء', WED, 'part-of-day', {'part': 'evening'}),
 ('L7:ليل الثلاثاء', '2016-12-20', 'part-of-day', {'part': 'night'}),
 ('L8:منذ مطلع عام 2014', '2014-01/2016-12', 'month'),
 ('L9:منذ عام 2012', '2012/2016', 'year'),
]
Y = 'L2:أمس'
TSK = 'رئاسة الأركان التركية'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=Y, actors=['TR'], attr='الجيش التركي'),                                           # 1
 dict(type='ATTACK', trig='L2:هجمات', time=Y, actors=['ISIS'], targets=['TR', 'FSA'], loc='L2:مدينة الباب',
      qty=['L2:14', 'L2:33'], attr='الجيش التركي'),                                                                             # 2
 dict(type='OPERATION', trig='L2:عملية', time='L2:أغسطس الماضي', actors=['TR']),                                                # 3
 dict(type='STATEMENT', trig='L3:قالت', time=Y, actors=['TR'], attr=TSK),                                                      # 4
 dict(type='ATTACK', trig='L3:هجمات', time=Y, actors=['ISIS'], targets=['TR'], loc='L3:مستشفى المدينة',
      weapons=['L3:سيارات مفخخة'], qty=['L3:ثلاث هجمات'], attr=TSK),                                                            # 5
 dict(type='ATTACK', trig='L3:اشتباكات', time='L3:ساعات المساء', actors=['ISIS', 'TR'], attr=TSK),                              # 6
 dict(type='ATTACK', trig='L4:دمرت', time=Y, actors=['TR'], targets=['ISIS'], loc='L4:الباب', weapons=['L4:الطائرات الحربية التركية'],
      qty=['L4:67 هدفاً', 'L4:138 عنصراً'], attr=TSK),                                                                          # 7
 dict(type='ATTACK', trig='L4:قصفت', time=Y, actors=['TR'], targets=['ISIS'], weapons=['L4:قذيفة'], qty=['L4:نحو 200 قذيفة'], attr=TSK),  # 8
 dict(type='ATTACK', trig='L5:دمروا', actors=['ISIS'], targets=['TR'], attr='أعماق'),                                           # 9
 dict(type='ARREST', trig='L5:أسروا', actors=['ISIS'], targets=['TR'], qty=['L5:جنديين'], attr='أعماق'),                         # 10
 dict(type='ARREST', trig='L5:الأسر', mod='denied', attr='مصدر عسكري تركي'),                                                   # 11
 dict(type='OPERATION', trig='L6:العملية', mod='planned', actors=['TR'], loc='L6:الباب', attr='رجب طيب أردوغان'),               # 12
 dict(type='OPERATION', trig='L6:محاصرة', actors=['TR'], targets=['ISIS'], loc='L6:المدينة', qty=['L6:ثلاث جهات'], attr='رجب طيب أردوغان'),  # 13
 dict(type='MOVEMENT', trig='L7:وصلت', time='L7:ليل الثلاثاء', actors=['TR'], loc='L7:جبهة الباب',
      weapons=['L7:دبابات', 'L7:عربات مصفحة'], attr='الأناضول'),                                                                # 14
 dict(type='CONTROL', trig='L8:يسيطر', time='L8:منذ مطلع عام 2014', actors=['ISIS'], loc='L8:مدينة الباب'),                     # 15
 dict(type='MOVEMENT', trig='L8:تتقدم', actors=['SDF', 'SY_GOV'], loc='L8:المدينة'),                                            # 16
 dict(type='ATTACK', trig='L9:معارك', time=Y, actors=['ISIS', 'TR'], loc='L9:الباب'),                                           # 17
 dict(type='WITHDRAWAL', trig='L9:إجلاء', time=Y, actors=['FSA'], loc='L9:الأحياء الشرقية'),                                     # 18
 dict(type='AGREEMENT', trig='L9:الاتفاق', actors=['RU', 'TR']),                                                               # 19
 dict(type='CONTROL', trig='L9:سيطرة', time='L9:منذ عام 2012', actors=['FSA'], loc='L9:الأحياء#1'),                              # 20
]
WD = (WED, 'day')
WE = (WED, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='TR', assets='مواقع', loc=('مدينة الباب', 'al-bab'), as_of=WD, status='attacked', source='الجيش التركي', line=2, events=[2]),
 dict(actor='FSA', assets='مواقع', loc=('مدينة الباب', 'al-bab'), as_of=WD, status='attacked', source='الجيش التركي', line=2, events=[2]),
 dict(actor='TR', loc=('مدينة الباب', 'al-bab'), as_of=WD, status='present', source='الجيش التركي', line=2, events=[2]),
 dict(actor='FSA', loc=('مدينة الباب', 'al-bab'), as_of=WD, status='present', source='الجيش التركي', line=2, events=[2]),
 dict(actor='ISIS', loc=('مدينة الباب', 'al-bab'), as_of=WD, status='present', source='الجيش التركي', line=2, events=[2]),
 dict(actor='TR', assets='مواقع', loc=('مستشفى المدينة', 'al-bab-hospital'), as_of=WD, status='attacked', source=TSK, line=3, events=[5]),
 dict(actor='TR', assets='مواقع', loc=('تلة الشيخ عقيل', 'sheikh-aqil-hill'), as_of=WD, status='attacked', source=TSK, line=3, events=[5]),
 dict(actor='TR', loc=('مستشفى المدينة', 'al-bab-hospital'), as_of=WE, status='present', source=TSK, line=3, events=[5, 6]),
 dict(actor='TR', loc=('تلة الشيخ عقيل', 'sheikh-aqil-hill'), as_of=WE, status='present', source=TSK, line=3, events=[5, 6]),
 dict(actor='ISIS', loc=('مستشفى المدينة', 'al-bab-hospital'), as_of=WE, status='present', source=TSK, line=3, events=[5, 6]),
 dict(actor='ISIS', loc=('تلة الشيخ عقيل', 'sheikh-aqil-hill'), as_of=WE, status='present', source=TSK, line=3, events=[5, 6]),
 dict(actor='ISIS', assets='67 هدفاً', loc=('الباب', 'al-bab'), as_of=WD, status='attacked', source=TSK, line=4, events=[7]),
 dict(actor='ISIS', loc=('قريتي بزاعة', 'bzaa'), as_of=WD, status='attacked', source=TSK, line=4, events=[7]),
 dict(actor='ISIS', loc=('قباسين', 'qabasin'), as_of=WD, status='attacked', source=TSK, line=4, events=[7]),
 dict(actor='TR', loc=('المدينة', 'al-bab'), as_of=WD, status='present', source='رجب طيب أردوغان', line=6, events=[13]),
 dict(actor='TR', assets='دبابات وعربات مصفحة ووحدات من القوات الخاصة', loc=('جبهة الباب', 'al-bab-front'),
      as_of=('2016-12-20', 'part-of-day'), status='reinforced', source='الأناضول', line=7, events=[14]),
 dict(actor='TR', strength=(1500, True, 'troops'), loc=('الباب', 'al-bab'), as_of=TD, status='present', source='الأناضول', line=7),
 dict(actor='ISIS', loc=('مدينة الباب', 'al-bab'), as_of=('2014-01/2016-12', 'month'), status='controls', line=8, events=[15]),
 dict(actor='FSA', loc=('الأحياء الشرقية', 'eastern-aleppo'), as_of=WD, status='withdrawn', line=9, events=[18]),
]
build('akhbaralkhaleej-al-bab-turkish-losses', None, 'أخبار الخليج', D, L, ents, times, events, forces)
