from build import build
L = [
'ميليشيات الأسد تحاصر النقطة التركية في مورك بعد انسحاب الفصائل من ريف حماة الشمالي',
'جسر: متابعات',
'سيطرت ميليشيات النظام المدعومة بالطيران الروسي، أمس الجمعة، على بلدات اللطامنة وكفرزيتا ومورك ولطمين في ريف حماة الشمالي، بعد انسحاب الفصائل العسكرية منها إثر اكتمال الطوق حولها بسيطرة الميليشيات على مدينة خان شيخون الأربعاء الماضي.',
'وقال مصدر عسكري في "الجبهة الوطنية للتحرير" لـ"جسر" إن فصائل الجبهة وهيئة تحرير الشام أخلت مواقعها في الجيب "حفاظاً على أرواح المقاتلين" بعد قطع الطريق الدولي دمشق – حلب شمال خان شيخون، مؤكداً أن المعارك ستستمر على جبهات ريف إدلب الجنوبي.',
'وبذلك باتت نقطة المراقبة التركية التاسعة في مورك محاصرة بالكامل، حيث يتمركز فيها نحو 200 جندي تركي مع عشرات الآليات والمدرعات، فيما نشرت ميليشيات النظام حواجز على الطرق المحيطة بالنقطة.',
'وكانت وزارة الدفاع التركية قد أعلنت الاثنين الماضي أن غارة جوية شنها طيران النظام استهدفت رتلاً عسكرياً تركياً كان متوجهاً إلى النقطة قرب مدينة معرة النعمان، ما أدى إلى مقتل ثلاثة مدنيين وإصابة 12 آخرين، معتبرة ذلك انتهاكاً لـ"اتفاق سوتشي" و"تفاهمات أستانا".',
'في المقابل، زعمت وزارة الدفاع الروسية أن الرتل التركي كان ينقل أسلحة وذخائر إلى "الإرهابيين" في خان شيخون، بينما أكد وزير الخارجية التركي مولود جاويش أوغلو أن بلاده "لن تسحب" جنودها من النقطة.',
'وتزامن ذلك مع قصف مدفعي لميليشيات الأسد وغارات روسية استهدفت مدينة معرة النعمان وبلدتي كفرنبل وحاس في ريف إدلب الجنوبي، ما أسفر عن مقتل 7 مدنيين بينهم طفلان، بحسب ما أفاد الدفاع المدني السوري، وسط موجة نزوح غير مسبوقة نحو الحدود التركية.',
'يذكر أن ميليشيات الأسد بدأت بدعم جوي روسي حملتها العسكرية على ريف حماة الشمالي وريف إدلب الجنوبي في نهاية نيسان الماضي، وتمكنت خلالها من السيطرة على أكثر من 40 بلدة وقرية، فيما تنتشر 12 نقطة مراقبة تركية في منطقة "خفض التصعيد" بموجب اتفاق أستانا.',
]
D = '2019-08-24'   # Saturday; a Syrian opposition news site, web copy of its own day
Y = '2019-08-23'
NFL = 'OTHER:national-front-for-liberation'
ents = [
 ('L0:ميليشيات الأسد','ACTOR','SY_GOV'), ('L0:النقطة التركية','LOCATION','morek-observation-post'), ('L0:مورك','LOCATION','morek'),
 ('L0:الفصائل','ACTOR','FSA'), ('L0:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L1:جسر','ORG','jisr'),
 ('L2:ميليشيات النظام','ACTOR','SY_GOV'), ('L2:الطيران الروسي','ACTOR','RU'), ('L2:بلدات اللطامنة','LOCATION','al-lataminah'),
 ('L2:كفرزيتا','LOCATION','kafr-zita'), ('L2:مورك','LOCATION','morek'), ('L2:لطمين','LOCATION','latmin'),
 ('L2:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L2:الفصائل العسكرية','ACTOR','FSA'), ('L2:الميليشيات','ACTOR','SY_GOV'),
 ('L2:مدينة خان شيخون','LOCATION','khan-shaykhun'),
 ('L3:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L3:جسر','ORG','jisr'), ('L3:الجبهة#1','ACTOR',NFL), ('L3:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L3:الجيب','LOCATION','north-hama-pocket'), ('L3:الطريق الدولي دمشق – حلب','LOCATION','m5-highway'), ('L3:خان شيخون','LOCATION','khan-shaykhun'),
 ('L3:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L4:نقطة المراقبة التركية التاسعة','LOCATION','morek-observation-post'), ('L4:مورك','LOCATION','morek'),
 ('L4:نحو 200 جندي','QUANTITY',None,(200,True,'troops')), ('L4:عشرات الآليات','QUANTITY',None,([24,99],True,'vehicles')),
 ('L4:الآليات','WEAPON','vehicles'), ('L4:المدرعات','WEAPON','armoured-vehicles'), ('L4:ميليشيات النظام','ACTOR','SY_GOV'),
 ('L4:الطرق المحيطة بالنقطة','LOCATION','morek-post-roads'),
 ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:طيران النظام','ACTOR','SY_GOV'), ('L5:النقطة','LOCATION','morek-observation-post'),
 ('L5:مدينة معرة النعمان','LOCATION','maarat-al-numan'), ('L5:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')),
 ('L5:12 آخرين','QUANTITY',None,(12,False,'wounded')), ('L5:سوتشي','LOCATION','sochi'), ('L5:أستانا','LOCATION','astana'),
 ('L6:وزارة الدفاع الروسية','ACTOR','RU'), ('L6:أسلحة وذخائر','WEAPON','weapons-and-ammunition'), ('L6:الإرهابيين','ACTOR','FSA'),
 ('L6:خان شيخون','LOCATION','khan-shaykhun'), ('L6:مولود جاويش أوغلو','PERSON','mevlut-cavusoglu'), ('L6:النقطة','LOCATION','morek-observation-post'),
 ('L7:ميليشيات الأسد','ACTOR','SY_GOV'), ('L7:مدينة معرة النعمان','LOCATION','maarat-al-numan'), ('L7:بلدتي كفرنبل','LOCATION','kafr-nabl'),
 ('L7:حاس','LOCATION','has'), ('L7:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L7:7 مدنيين','QUANTITY',None,(7,False,'killed')),
 ('L7:طفلان','QUANTITY',None,(2,False,'killed')), ('L7:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L7:الحدود التركية','LOCATION','turkish-border'),
 ('L8:ميليشيات الأسد','ACTOR','SY_GOV'), ('L8:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L8:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L8:أكثر من 40 بلدة وقرية','QUANTITY',None,(40,True,'other')), ('L8:12 نقطة مراقبة','QUANTITY',None,(12,False,'other')),
 ('L8:منطقة "خفض التصعيد"','LOCATION','de-escalation-zone'), ('L8:أستانا','LOCATION','astana'),
]
times = [
 ('L2:أمس الجمعة', Y, 'day'),
 ('L2:الأربعاء الماضي', '2019-08-21', 'day'),
 ('L5:الاثنين الماضي', '2019-08-19', 'day'),
 ('L8:نهاية نيسان الماضي', '2019-04', 'month'),
]
SRC = 'مصدر عسكري في الجبهة الوطنية للتحرير (جسر)'
TMOD = 'وزارة الدفاع التركية'
RMOD = 'وزارة الدفاع الروسية'
CAV = 'مولود جاويش أوغلو'
CD = 'الدفاع المدني السوري'
FRI = 'L2:أمس الجمعة'
WED = 'L2:الأربعاء الماضي'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=FRI, actors=['SY_GOV'], targets=['FSA'], loc='L2:بلدات اللطامنة'),                       # 1
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time=FRI, actors=['FSA'], loc='L2:بلدات اللطامنة'),                                     # 2
 dict(type='OPERATION', trig='L2:الطوق', time=WED, actors=['SY_GOV'], targets=['FSA']),                                              # 3
 dict(type='CONTROL', trig='L2:بسيطرة', time=WED, actors=['SY_GOV'], loc='L2:مدينة خان شيخون'),                                     # 4
 dict(type='WITHDRAWAL', trig='L3:أخلت', time=FRI, actors=[NFL,'NUSRA'], loc='L3:الجيب', attr=SRC),                                 # 5
 dict(type='CONTROL', trig='L3:قطع', time=WED, loc='L3:الطريق الدولي دمشق – حلب', attr=SRC),                                        # 6
 dict(type='ATTACK', trig='L3:المعارك', mod='planned', loc='L3:ريف إدلب الجنوبي', attr=SRC),                                       # 7
 dict(type='OPERATION', trig='L4:محاصرة', actors=['SY_GOV'], targets=['TR'], loc='L4:نقطة المراقبة التركية التاسعة'),              # 8
 dict(type='MOVEMENT', trig='L4:يتمركز', actors=['TR'], loc='L4:نقطة المراقبة التركية التاسعة', qty=['L4:نحو 200 جندي','L4:عشرات الآليات']),  # 9
 dict(type='MOVEMENT', trig='L4:نشرت', actors=['SY_GOV'], loc='L4:الطرق المحيطة بالنقطة'),                                         # 10
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:الاثنين الماضي', actors=['TR'], attr=TMOD),                                       # 11
 dict(type='ATTACK', trig='L5:غارة', time='L5:الاثنين الماضي', actors=['SY_GOV'], targets=['TR'], loc='L5:مدينة معرة النعمان', attr=TMOD,
      qty=['L5:ثلاثة مدنيين','L5:12 آخرين']),                                                                                          # 12
 dict(type='AGREEMENT', trig='L5:اتفاق', attr=TMOD),                                                                                 # 13
 dict(type='AGREEMENT', trig='L5:تفاهمات', attr=TMOD),                                                                               # 14
 dict(type='STATEMENT', trig='L6:زعمت', actors=['RU'], attr=RMOD),                                                                   # 15
 dict(type='MOVEMENT', trig='L6:ينقل', time='L5:الاثنين الماضي', actors=['TR'], loc='L6:خان شيخون', attr=RMOD, weapons=['L6:أسلحة وذخائر']),  # 16
 dict(type='STATEMENT', trig='L6:أكد', actors=['TR'], attr=CAV),                                                                     # 17
 dict(type='WITHDRAWAL', trig='L6:تسحب', mod='denied', actors=['TR'], loc='L6:النقطة', attr=CAV),                                   # 18
 dict(type='ATTACK', trig='L7:قصف', actors=['SY_GOV'], loc='L7:مدينة معرة النعمان', attr=CD, qty=['L7:7 مدنيين','L7:طفلان']),       # 19
 dict(type='ATTACK', trig='L7:غارات', actors=['RU'], loc='L7:مدينة معرة النعمان', attr=CD, qty=['L7:7 مدنيين','L7:طفلان']),         # 20
 dict(type='OPERATION', trig='L8:حملتها', time='L8:نهاية نيسان الماضي', actors=['SY_GOV','RU'], loc='L8:ريف حماة الشمالي'),          # 21
 dict(type='CONTROL', trig='L8:السيطرة', actors=['SY_GOV'], qty=['L8:أكثر من 40 بلدة وقرية']),                                    # 22
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['TR'], loc='L8:منطقة "خفض التصعيد"', qty=['L8:12 نقطة مراقبة']),                   # 23
 dict(type='AGREEMENT', trig='L8:اتفاق'),                                                                                            # 24
]
YD = (Y, 'day')
OD = (D, 'day')
WD = ('2019-08-21', 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدات اللطامنة','al-lataminah'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('كفرزيتا','kafr-zita'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مورك','morek'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('لطمين','latmin'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=('بلدات اللطامنة','al-lataminah'), as_of=YD, status='withdrawn', line=2, events=[2]),
 dict(actor='FSA', loc=('كفرزيتا','kafr-zita'), as_of=YD, status='withdrawn', line=2, events=[2]),
 dict(actor='FSA', loc=('مورك','morek'), as_of=YD, status='withdrawn', line=2, events=[2]),
 dict(actor='FSA', loc=('لطمين','latmin'), as_of=YD, status='withdrawn', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة خان شيخون','khan-shaykhun'), as_of=WD, status='controls', line=2, events=[4]),
 dict(actor=NFL, loc=('الجيب','north-hama-pocket'), as_of=YD, status='withdrawn', source=SRC, line=3, events=[5]),
 dict(actor='NUSRA', loc=('الجيب','north-hama-pocket'), as_of=YD, status='withdrawn', source=SRC, line=3, events=[5]),
 dict(actor='TR', strength=(200, True, 'troops'), assets='عشرات الآليات والمدرعات', loc=('نقطة المراقبة التركية التاسعة','morek-observation-post'),
      as_of=OD, status='present', line=4, events=[8, 9]),
 dict(actor='SY_GOV', loc=('نقطة المراقبة التركية التاسعة','morek-observation-post'), as_of=OD, status='present', line=4, events=[8]),
 dict(actor='SY_GOV', assets='حواجز', loc=('الطرق المحيطة بالنقطة','morek-post-roads'), as_of=OD, status='present', line=4, events=[10]),
 dict(actor='TR', assets='رتل عسكري', loc=('مدينة معرة النعمان','maarat-al-numan'), as_of=('2019-08-19', 'day'), status='attacked',
      source=TMOD, line=5, events=[12]),
 dict(actor='TR', loc=('النقطة','morek-observation-post'), as_of=OD, status='present', source=CAV, line=6, events=[18]),
 dict(actor='SY_GOV', loc=('ريف حماة الشمالي','hama-north-countryside'), as_of=('2019-04', 'month'), status='present', line=8, events=[21]),
 dict(actor='SY_GOV', loc=('ريف إدلب الجنوبي','idlib-south-countryside'), as_of=('2019-04', 'month'), status='present', line=8, events=[21]),
 dict(actor='TR', strength=(12, False, 'other'), assets='نقاط مراقبة', loc=('منطقة "خفض التصعيد"','de-escalation-zone'), as_of=OD,
      status='present', line=8, events=[23]),
]
build('jisr-morek-post', None, 'جسر', D, L, ents, times, events, forces)
