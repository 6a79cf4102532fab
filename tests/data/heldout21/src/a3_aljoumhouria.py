from build import build
L = [
'غارة إسرائيلية على «مركز البحوث» قرب مصياف عبر الأجواء اللبنانية.. وتل أبيب تحاكي حرباً مع «حزب الله»',
'شنّت طائرات حربية إسرائيلية فجر أمس الخميس غارات على موقع عسكري قرب مدينة مصياف في ريف حماة الغربي، في أعنف ضربة تستهدف منشأة سورية منذ أشهر، وفي وقت تواصل فيه إسرائيل مناوراتها العسكرية الأضخم على حدودها الشمالية.',
'وأعلنت القيادة العامة للجيش السوري في بيان أن «طيران العدو الإسرائيلي أطلق عند الساعة 2:42 فجراً صواريخ من الأجواء اللبنانية استهدفت أحد مواقعنا العسكرية قرب مصياف»، ما أدى إلى استشهاد عنصرين ووقوع أضرار مادية، محذرة من «التداعيات الخطيرة لمثل هذه الأعمال العدوانية على أمن المنطقة واستقرارها».',
'وأفاد «المرصد السوري لحقوق الإنسان» بأن الغارات طالت مركز البحوث العلمية قرب مصياف، ومعسكراً مجاوراً يُعتقد أن عناصر من «الحرس الثوري» الإيراني و«حزب الله» يستخدمونه لتخزين صواريخ أرض – أرض، من دون أن يتضح حجم الخسائر.',
'ولم يصدر أي تعليق رسمي عن الجيش الإسرائيلي، إلا أن الرئيس السابق لشعبة الاستخبارات العسكرية عاموس يادلين كتب على «تويتر» أن المركز «ينتج صواريخ دقيقة وأسلحة كيماوية»، وأن الضربة «ليست روتينية».',
'في موازاة ذلك، رصد الجيش اللبناني خرق طائرات حربية إسرائيلية الأجواء اللبنانية أكثر من 10 مرات منذ مساء الأربعاء، حلّقت خلالها فوق مناطق البقاع والجنوب على علو منخفض، وفق بيان لمديرية التوجيه.',
'وكان الجيش الإسرائيلي قد بدأ الثلاثاء الماضي مناورات «نور دغان» التي يشارك فيها نحو 30 ألف جندي في الجليل والجولان المحتل، وتحاكي حرباً شاملة مع «حزب الله» تشمل التوغل في الأراضي اللبنانية.',
'وفي بيروت، قال رئيس الحكومة سعد الحريري إن «استخدام الأجواء اللبنانية للاعتداء على سوريا خرق فاضح للقرار 1701»، معلناً أن لبنان سيتقدم بشكوى إلى مجلس الأمن الدولي.',
'ويُعد هذا الهجوم الأول من نوعه منذ نيسان الماضي، حين قصفت مدمرتان أميركيتان مطار الشعيرات بـ59 صاروخاً من طراز «توماهوك» رداً على الهجوم الكيماوي على خان شيخون، الذي حمّل تقرير أممي صدر الأربعاء قوات النظام مسؤوليته.',
'وتشير تقديرات غربية إلى أن إيران نشرت في سوريا آلاف المقاتلين من «الحرس الثوري» والميليشيات الموالية لها، فيما ينتشر نحو ثمانية آلاف مقاتل من «حزب الله» على جبهات القلمون والبادية ودير الزور.',
]
D = '2017-09-08'   # Friday; print daily, «أمس» is Thursday 7 September
THU = '2017-09-07'
WED = '2017-09-06'
IL = 'OTHER:israel'
LB = 'OTHER:lebanon'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:مركز البحوث','LOCATION','cers-masyaf'), ('L0:مصياف','LOCATION','masyaf'), ('L0:الأجواء اللبنانية','LOCATION','lebanese-airspace'),
 ('L0:تل أبيب','ACTOR',IL), ('L0:حزب الله','ACTOR',HZ),
 ('L1:طائرات حربية','WEAPON','warplanes'), ('L1:مدينة مصياف','LOCATION','masyaf'), ('L1:ريف حماة الغربي','LOCATION','hama-west-countryside'),
 ('L1:إسرائيل#1','ACTOR',IL),
 ('L2:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L2:طيران','WEAPON','warplanes'), ('L2:العدو الإسرائيلي','ACTOR',IL),
 ('L2:صواريخ','WEAPON','missiles'), ('L2:الأجواء اللبنانية','LOCATION','lebanese-airspace'), ('L2:مصياف','LOCATION','masyaf'),
 ('L2:عنصرين','QUANTITY',None,(2,False,'killed')),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:مركز البحوث العلمية','LOCATION','cers-masyaf'), ('L3:مصياف','LOCATION','masyaf'),
 ('L3:الحرس الثوري','ACTOR','IR'), ('L3:حزب الله','ACTOR',HZ), ('L3:صواريخ أرض – أرض','WEAPON','surface-to-surface-missiles'),
 ('L4:الجيش الإسرائيلي','ACTOR',IL), ('L4:عاموس يادلين','PERSON','amos-yadlin'), ('L4:تويتر','ORG','twitter'), ('L4:المركز','LOCATION','cers-masyaf'),
 ('L4:صواريخ دقيقة','WEAPON','precision-missiles'), ('L4:أسلحة كيماوية','WEAPON','chemical-weapons'),
 ('L5:الجيش اللبناني','ACTOR',LB), ('L5:طائرات حربية','WEAPON','warplanes'), ('L5:الأجواء اللبنانية','LOCATION','lebanese-airspace'),
 ('L5:أكثر من 10 مرات','QUANTITY',None,(10,True,'other')), ('L5:مناطق البقاع','LOCATION','bekaa'), ('L5:الجنوب','LOCATION','south-lebanon'),
 ('L5:مديرية التوجيه','ACTOR',LB),
 ('L6:الجيش الإسرائيلي','ACTOR',IL), ('L6:نحو 30 ألف جندي','QUANTITY',None,(30000,True,'troops')), ('L6:الجليل','LOCATION','galilee'),
 ('L6:الجولان','LOCATION','golan'), ('L6:حزب الله','ACTOR',HZ), ('L6:الأراضي اللبنانية','LOCATION','lebanon'),
 ('L7:بيروت','LOCATION','beirut'), ('L7:سعد الحريري','PERSON','saad-hariri'), ('L7:الأجواء اللبنانية','LOCATION','lebanese-airspace'),
 ('L7:سوريا','LOCATION','syria'), ('L7:لبنان#1','ACTOR',LB), ('L7:مجلس الأمن الدولي','ORG','un-security-council'),
 ('L8:مدمرتان','QUANTITY',None,(2,False,'other')), ('L8:مدمرتان#0','WEAPON','destroyers'), ('L8:مطار الشعيرات','LOCATION','shayrat-airbase'),
 ('L8:59 صاروخاً','QUANTITY',None,(59,False,'missiles')), ('L8:صاروخاً من طراز «توماهوك»','WEAPON','tomahawk'), ('L8:خان شيخون','LOCATION','khan-shaykhun'),
 ('L8:قوات النظام','ACTOR','SY_GOV'),
 ('L9:إيران','ACTOR','IR'), ('L9:سوريا','LOCATION','syria'), ('L9:آلاف المقاتلين','QUANTITY',None,([1000,9999],True,'fighters')),
 ('L9:الحرس الثوري','ACTOR','IR'), ('L9:نحو ثمانية آلاف مقاتل','QUANTITY',None,(8000,True,'fighters')), ('L9:حزب الله','ACTOR',HZ),
 ('L9:القلمون','LOCATION','qalamoun'), ('L9:البادية','LOCATION','syrian-desert'), ('L9:دير الزور','LOCATION','deir-ez-zor'),
]
times = [
 ('L1:فجر أمس الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L2:الساعة 2:42 فجراً', THU, 'part-of-day', {'part': 'morning'}),
 ('L5:منذ مساء الأربعاء', WED + '/' + D, 'day'),
 ('L6:الثلاثاء الماضي', '2017-09-05', 'day'),
 ('L8:نيسان الماضي', '2017-04', 'month'),
 ('L8:الأربعاء', WED, 'day'),
]
T = 'L1:فجر أمس الخميس'
GC = 'القيادة العامة للجيش السوري'
SOHR = 'المرصد السوري لحقوق الإنسان'
DIR = 'مديرية التوجيه'
A = 'L8:نيسان الماضي'
events = [
 dict(type='ATTACK', trig='L1:غارات', time=T, actors=[IL], targets=['SY_GOV'], loc='L1:مدينة مصياف', weapons=['L1:طائرات حربية']),   # 1
 dict(type='ATTACK', trig='L1:ضربة', time=T, actors=[IL], targets=['SY_GOV']),                                                     # 2
 dict(type='TRAINING', trig='L1:مناوراتها', actors=[IL]),                                                                         # 3
 dict(type='STATEMENT', trig='L2:أعلنت', actors=['SY_GOV'], attr=GC),                                                            # 4
 dict(type='ATTACK', trig='L2:أطلق', time='L2:الساعة 2:42 فجراً', actors=[IL], targets=['SY_GOV'], loc='L2:مصياف',
      weapons=['L2:طيران', 'L2:صواريخ'], qty=['L2:عنصرين'], attr=GC),                                                            # 5
 dict(type='ATTACK', trig='L3:الغارات', time=T, actors=[IL], targets=['SY_GOV', 'IR', HZ], loc='L3:مركز البحوث العلمية', attr=SOHR),  # 6
 dict(type='ATTACK', trig='L4:الضربة', time=T, actors=[IL], attr='عاموس يادلين'),                                                   # 7
 dict(type='MOVEMENT', trig='L5:خرق', time='L5:منذ مساء الأربعاء', actors=[IL], loc='L5:الأجواء اللبنانية', weapons=['L5:طائرات حربية'],
      qty=['L5:أكثر من 10 مرات'], attr=DIR),                                                                                      # 8
 dict(type='STATEMENT', trig='L5:بيان', actors=[LB], attr=DIR),                                                                  # 9
 dict(type='TRAINING', trig='L6:مناورات', time='L6:الثلاثاء الماضي', actors=[IL], loc='L6:الجليل', qty=['L6:نحو 30 ألف جندي']),       # 10
 dict(type='STATEMENT', trig='L7:قال', actors=[LB], attr='سعد الحريري'),                                                          # 11
 dict(type='ATTACK', trig='L7:للاعتداء', time=T, actors=[IL], loc='L7:سوريا', attr='سعد الحريري'),                                   # 12
 dict(type='ATTACK', trig='L8:الهجوم#0', time=T, actors=[IL]),                                                                    # 13
 dict(type='ATTACK', trig='L8:قصفت', time=A, actors=['US'], targets=['SY_GOV'], loc='L8:مطار الشعيرات',
      weapons=['L8:مدمرتان#0', 'L8:صاروخاً من طراز «توماهوك»'], qty=['L8:59 صاروخاً']),                                           # 14
 dict(type='ATTACK', trig='L8:الهجوم#1', time=A, actors=['SY_GOV'], loc='L8:خان شيخون', attr='تقرير أممي'),                          # 15
 dict(type='MOVEMENT', trig='L9:نشرت', actors=['IR'], loc='L9:سوريا', qty=['L9:آلاف المقاتلين'], attr='تقديرات غربية'),                # 16
 dict(type='MOVEMENT', trig='L9:ينتشر', actors=[HZ], loc='L9:القلمون', qty=['L9:نحو ثمانية آلاف مقاتل'], attr='تقديرات غربية'),        # 17
]
TP = (THU, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة مصياف', 'masyaf'), as_of=TP, status='attacked', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة مصياف', 'masyaf'), as_of=TP, status='present', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('مصياف', 'masyaf'), as_of=TP, status='attacked', source=GC, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('مركز البحوث العلمية', 'cers-masyaf'), as_of=TP, status='attacked', source=SOHR, line=3, events=[6]),
 dict(actor='IR', loc=('مصياف', 'masyaf'), as_of=TP, status='present', source=SOHR, line=3, events=[6]),
 dict(actor=HZ, loc=('مصياف', 'masyaf'), as_of=TP, status='present', source=SOHR, line=3, events=[6]),
 dict(actor='IR', loc=('مصياف', 'masyaf'), as_of=TP, status='attacked', source=SOHR, line=3, events=[6]),
 dict(actor=HZ, loc=('مصياف', 'masyaf'), as_of=TP, status='attacked', source=SOHR, line=3, events=[6]),
 dict(actor=IL, strength=(30000, True, 'troops'), loc=('الجليل', 'galilee'), as_of=TD, status='present', line=6, events=[10]),
 dict(actor=IL, strength=(30000, True, 'troops'), loc=('الجولان', 'golan'), as_of=TD, status='present', line=6, events=[10]),
 dict(actor='SY_GOV', loc=('مطار الشعيرات', 'shayrat-airbase'), as_of=('2017-04', 'month'), status='attacked', line=8, events=[14]),
 dict(actor='IR', strength=([1000, 9999], True, 'fighters'), loc=('سوريا', 'syria'), as_of=TD, status='present', source='تقديرات غربية', line=9, events=[16]),
 dict(actor=HZ, strength=(8000, True, 'fighters'), loc=('القلمون', 'qalamoun'), as_of=TD, status='present', source='تقديرات غربية', line=9, events=[17]),
 dict(actor=HZ, strength=(8000, True, 'fighters'), loc=('البادية', 'syrian-desert'), as_of=TD, status='present', source='تقديرات غربية', line=9, events=[17]),
 dict(actor=HZ, strength=(8000, True, 'fighters'), loc=('دير الزور', 'deir-ez-zor'), as_of=TD, status='present', source='تقديرات غربية', line=9, events=[17]),
]
build('aljoumhouria-masyaf-strike', None, 'الجمهورية', D, L, ents, times, events, forces)
