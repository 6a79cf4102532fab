from build import build
L = [
'الجيش: مقتل وإصابة عدد من المهربين واعتقال 9 في اشتباكات استمرت 14 ساعة على الواجهة الشمالية',
'عمان – الغد',
'أعلنت القيادة العامة للقوات المسلحة الأردنية - الجيش العربي، أمس، أن قوات حرس الحدود اشتبكت مع مجموعات مسلحة حاولت اجتياز الحدود من الأراضي السورية إلى الأراضي الأردنية بطريقة غير مشروعة، في منطقة مسؤولية المنطقة العسكرية الشمالية، ما أسفر عن مقتل وإصابة عدد منهم واعتقال تسعة آخرين.',
'وقال مصدر عسكري مسؤول في القيادة العامة إن الاشتباكات بدأت فجر الأحد واستمرت قرابة 14 ساعة، بعد أن رصدت قوات حرس الحدود، بالتنسيق مع الأجهزة الأمنية العسكرية، محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة والأسلحة والذخائر.',
'وأضاف المصدر أن القوات ضبطت خلال العملية قذائف "آر بي جي" وأسلحة أوتوماتيكية وألغاماً مضادة للأفراد، إلى جانب نحو 4.9 مليون حبة مخدرة و1300 كف حشيش، مشيراً إلى إصابة أحد أفراد حرس الحدود بجروح متوسطة.',
'وأكد المصدر أن القوات المسلحة "ستضرب بيد من حديد" كل من تسول له نفسه العبث بأمن الحدود، مبيناً أن مجموعات التهريب باتت تستخدم أسلحة متوسطة وطائرات مسيّرة، وتعمل بحماية ميليشيات مدعومة من جهات إقليمية.',
'وفي الجانب السوري، أفادت شبكة "السويداء 24" المحلية بأن الاشتباكات امتدت إلى محيط قرية الشعاب في ريف السويداء الشرقي، حيث انسحب عدد من المهربين المصابين باتجاه القرى المجاورة، وسط تحليق طائرات مسيّرة فوق المنطقة.',
'وكانت القوات المسلحة قد أعلنت، الثلاثاء الماضي، مقتل أحد أفراد حرس الحدود وإصابة آخر في اشتباك مع مهربين على الواجهة الشمالية، فيما أحبطت منذ مطلع العام الحالي عشرات محاولات التهريب، بينها محاولات استُخدمت فيها طائرات مسيّرة.',
'وتتهم عمّان ميليشيات موالية لإيران وجماعات مرتبطة بـ"الفرقة الرابعة" في الجيش السوري بالوقوف وراء عمليات التهريب، وهو ما تنفيه دمشق باستمرار.',
'وعززت القوات المسلحة خلال الأشهر الماضية انتشارها على امتداد الحدود الشمالية البالغة نحو 375 كيلومتراً، بنحو ثلاثة آلاف عنصر إضافي وأبراج مراقبة حديثة، بحسب مصدر عسكري تحدث لـ"الغد".',
'وكانت عمّان ودمشق قد اتفقتا في أيار/مايو الماضي على تشكيل لجنة أمنية مشتركة لمكافحة تهريب المخدرات عبر الحدود، غير أن مسؤولين أردنيين يقولون إن الاتفاق "لم يغير شيئاً على الأرض".',
]
D = '2023-12-19'   # Tuesday; Amman print daily: its أمس is Monday 2023-12-18
MON = '2023-12-18'
SUN = '2023-12-17'
TUE = '2023-12-12'
JO = 'OTHER:jordan'
SM = 'OTHER:drug-smugglers'
IBM = 'OTHER:iran-backed-militias'
BORDER = 'jordan-syria-border'
ents = [
 ('L0:الجيش','ACTOR',JO), ('L0:المهربين','ACTOR',SM), ('L0:9','QUANTITY',None,(9,False,'arrested')),
 ('L0:14 ساعة','QUANTITY',None,(14,False,'other')), ('L0:الواجهة الشمالية','LOCATION',BORDER),
 ('L1:عمان','LOCATION','amman'), ('L1:الغد','ORG','alghad'),
 ('L2:القيادة العامة للقوات المسلحة الأردنية','ACTOR',JO), ('L2:الجيش العربي','ACTOR',JO), ('L2:قوات حرس الحدود','ACTOR',JO),
 ('L2:مجموعات مسلحة','ACTOR',SM), ('L2:الحدود#1','LOCATION',BORDER), ('L2:الأراضي السورية','LOCATION','syria'),
 ('L2:الأراضي الأردنية','LOCATION','jordan'), ('L2:المنطقة العسكرية الشمالية','LOCATION','jordan-northern-military-region'),
 ('L2:تسعة','QUANTITY',None,(9,False,'arrested')),
 ('L3:القيادة العامة','ACTOR',JO), ('L3:قرابة 14 ساعة','QUANTITY',None,(14,True,'other')), ('L3:قوات حرس الحدود','ACTOR',JO),
 ('L3:الأجهزة الأمنية العسكرية','ACTOR',JO), ('L3:الأسلحة','WEAPON','weapons'), ('L3:الذخائر','WEAPON','ammunition'),
 ('L4:قذائف "آر بي جي"','WEAPON','rpg'), ('L4:أسلحة أوتوماتيكية','WEAPON','automatic-weapons'),
 ('L4:ألغاماً مضادة للأفراد','WEAPON','anti-personnel-mines'), ('L4:نحو 4.9 مليون حبة','QUANTITY',None,(4900000,True,'other')),
 ('L4:1300 كف','QUANTITY',None,(1300,False,'other')), ('L4:حرس الحدود','ACTOR',JO),
 ('L5:القوات المسلحة','ACTOR',JO), ('L5:الحدود','LOCATION',BORDER), ('L5:مجموعات التهريب','ACTOR',SM),
 ('L5:أسلحة متوسطة','WEAPON','medium-weapons'), ('L5:طائرات مسيّرة','WEAPON','drones'),
 ('L5:ميليشيات مدعومة من جهات إقليمية','ACTOR',IBM),
 ('L6:السويداء 24','ORG','suwayda24'), ('L6:قرية الشعاب','LOCATION','al-shaab'), ('L6:ريف السويداء الشرقي','LOCATION','suwayda-east-countryside'),
 ('L6:المهربين','ACTOR',SM), ('L6:القرى المجاورة','LOCATION','al-shaab-nearby-villages'), ('L6:طائرات مسيّرة','WEAPON','drones'),
 ('L6:المنطقة','LOCATION','al-shaab'),
 ('L7:القوات المسلحة','ACTOR',JO), ('L7:حرس الحدود','ACTOR',JO), ('L7:مهربين','ACTOR',SM), ('L7:الواجهة الشمالية','LOCATION',BORDER),
 ('L7:عشرات محاولات','QUANTITY',None,([24, 99],True,'other')), ('L7:طائرات مسيّرة','WEAPON','drones'),
 ('L8:عمّان','ACTOR',JO), ('L8:ميليشيات موالية لإيران','ACTOR',IBM), ('L8:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L8:الجيش السوري','ACTOR','SY_GOV'), ('L8:دمشق','ACTOR','SY_GOV'),
 ('L9:القوات المسلحة','ACTOR',JO), ('L9:الحدود الشمالية','LOCATION',BORDER), ('L9:نحو 375 كيلومتراً','QUANTITY',None,(375,True,'km')),
 ('L9:نحو ثلاثة آلاف عنصر','QUANTITY',None,(3000,True,'troops')), ('L9:الغد','ORG','alghad'),
 ('L10:عمّان','ACTOR',JO), ('L10:دمشق','ACTOR','SY_GOV'), ('L10:الحدود','LOCATION',BORDER),
]
times = [
 ('L2:أمس', MON, 'day'),
 ('L3:فجر الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L7:الثلاثاء الماضي', TUE, 'day'),
 ('L7:منذ مطلع العام الحالي', '2023-01/2023-12', 'month'),
 ('L9:خلال الأشهر الماضية', None, 'vague', {'relation': 'before'}),
 ('L10:أيار/مايو الماضي', '2023-05', 'month'),
]
DAWN = 'L3:فجر الأحد'
GC = 'القيادة العامة للقوات المسلحة الأردنية'
SRC = 'مصدر عسكري مسؤول في القيادة العامة'
S24 = 'السويداء 24'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:أمس', actors=[JO], attr=GC),                                                        # 1
 dict(type='ATTACK', trig='L2:اشتبكت', time=DAWN, actors=[JO, SM], loc='L2:الحدود#1', attr=GC),                                          # 2
 dict(type='MOVEMENT', trig='L2:اجتياز', time=DAWN, actors=[SM], loc='L2:الحدود#1', attr=GC),                                            # 3
 dict(type='ARREST', trig='L2:اعتقال', time=DAWN, actors=[JO], targets=[SM], qty=['L2:تسعة'], attr=GC),                                # 4
 dict(type='ATTACK', trig='L3:الاشتباكات', time=DAWN, actors=[JO, SM], qty=['L3:قرابة 14 ساعة'], attr=SRC),                             # 5
 dict(type='MOVEMENT', trig='L3:تسلل', time=DAWN, actors=[SM], attr=SRC),                                                              # 6
 dict(type='OPERATION', trig='L4:العملية', time=DAWN, actors=[JO], targets=[SM], attr=SRC),                                             # 7
 dict(type='ATTACK', trig='L4:إصابة', time=DAWN, targets=[JO], attr=SRC),                                                               # 8
 dict(type='ATTACK', trig='L5:ستضرب', mod='planned', actors=[JO], targets=[SM], loc='L5:الحدود', attr=SRC),                           # 9
 dict(type='ATTACK', trig='L6:الاشتباكات', time=DAWN, actors=[JO, SM], loc='L6:قرية الشعاب', attr=S24),                                # 10
 dict(type='WITHDRAWAL', trig='L6:انسحب', time=DAWN, actors=[SM], loc='L6:قرية الشعاب', attr=S24),                                    # 11
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:الثلاثاء الماضي', actors=[JO], attr='القوات المسلحة'),                               # 12
 dict(type='ATTACK', trig='L7:اشتباك', time='L7:الثلاثاء الماضي', actors=[JO, SM], loc='L7:الواجهة الشمالية', attr='القوات المسلحة'),  # 13
 dict(type='MOVEMENT', trig='L9:عززت', time='L9:خلال الأشهر الماضية', actors=[JO], loc='L9:الحدود الشمالية',
      qty=['L9:نحو ثلاثة آلاف عنصر'], attr='مصدر عسكري (الغد)'),                                                                      # 14
 dict(type='AGREEMENT', trig='L10:اتفقتا', time='L10:أيار/مايو الماضي', actors=[JO, 'SY_GOV']),                                        # 15
]
SD = (SUN, 'part-of-day')
TD = (TUE, 'day')
forces = [
 dict(actor=JO, loc=('الحدود', BORDER), as_of=SD, status='present', source=GC, line=2, events=[2]),
 dict(actor=SM, loc=('الحدود', BORDER), as_of=SD, status='present', source=GC, line=2, events=[2, 3]),
 dict(actor=SM, loc=('قرية الشعاب', 'al-shaab'), as_of=SD, status='present', source=S24, line=6, events=[10]),
 dict(actor=SM, loc=('قرية الشعاب', 'al-shaab'), as_of=SD, status='withdrawn', source=S24, line=6, events=[11]),
 dict(actor=JO, loc=('الواجهة الشمالية', BORDER), as_of=TD, status='present', source='القوات المسلحة', line=7, events=[13]),
 dict(actor=SM, loc=('الواجهة الشمالية', BORDER), as_of=TD, status='present', source='القوات المسلحة', line=7, events=[13]),
 dict(actor=JO, strength=(3000, True, 'troops'), assets='نحو ثلاثة آلاف عنصر إضافي وأبراج مراقبة حديثة', loc=('الحدود الشمالية', BORDER),
      as_of=(None, 'vague'), status='reinforced', source='مصدر عسكري (الغد)', line=9, events=[14]),
]
build('alghad-northern-border-smugglers', None, 'الغد', D, L, ents, times, events, forces)
