from build import build
L = [
'33 صاروخاً تستهدف معسكر التاجي بعد يوم من العدوان الأمريكي على مقرات الحشد',
'أعلنت خلية الإعلام الأمني، اليوم السبت، سقوط 33 صاروخاً من نوع كاتيوشا على معسكر التاجي شمالي العاصمة بغداد، الذي يضم قوات من التحالف الدولي، ما أدى إلى إصابة ثلاثة من عناصر التحالف واثنين من منتسبي الدفاع الجوي العراقي.',
'وأضافت الخلية في بيان تلقته /المعلومة/، أن القوات الأمنية عثرت على منصة الإطلاق وعليها صواريخ لم تنطلق في منطقة أبو عظام، مشيرة إلى أن الهجوم جاء بعد ثلاثة أيام من اعتداء مماثل.',
'ويأتي الهجوم بعد ساعات من غارات شنتها طائرات الاحتلال الأمريكي فجر أمس الجمعة على مقرات للحشد الشعبي والجيش العراقي في جرف النصر ومطار كربلاء قيد الإنشاء، أسفرت عن استشهاد ثلاثة من منتسبي الجيش واثنين من الشرطة وعامل مدني، بحسب بيان لقيادة العمليات المشتركة.',
'وكان البنتاغون قد أعلن أن الضربات استهدفت خمسة مواقع لـ«كتائب حزب الله» رداً على هجوم الأربعاء الماضي على التاجي الذي أودى بحياة جنديين أمريكيين ومجندة بريطانية، فيما نفت الكتائب أي علاقة لها بالهجوم.',
'في المقابل، قال النائب عن تحالف الفتح محمد البلداوي في حديث لـ/المعلومة/، إن «العدوان الأمريكي على مقرات الحشد والجيش انتهاك صارخ للسيادة ولن يمر من دون رد»، داعياً الحكومة إلى «تنفيذ قرار البرلمان بإخراج القوات الأجنبية فوراً».',
'وكانت جماعة تطلق على نفسها «عصبة الثائرين» قد تبنت هجوم الأربعاء، ونشرت مقطعاً مصوراً قالت إنه لعملية إطلاق الصواريخ، في حين لم تتبنَّ أي جهة هجوم اليوم حتى ساعة إعداد هذا الخبر.',
'من جهته، قال المتحدث باسم التحالف الدولي مايلز كاغينز في تغريدة على «تويتر» إن الهجوم أسفر عن إصابة عدد من الجنود، مؤكداً أن «التحالف يحتفظ بحق الرد».',
'وينتشر في العراق نحو 5200 جندي أمريكي ضمن التحالف الدولي لمحاربة «داعش»، يتوزعون على قواعد أبرزها عين الأسد في الأنبار وحرير في أربيل والتاجي، فيما صوّت مجلس النواب في الخامس من كانون الثاني الماضي على إنهاء وجودها بعد اغتيال قائد فيلق القدس قاسم سليماني ونائب رئيس هيئة الحشد أبو مهدي المهندس بغارة أمريكية قرب مطار بغداد.',
]
D = '2020-03-14'   # Saturday; Iraqi news agency, copy of its day
FRI = '2020-03-13'
WED = '2020-03-11'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
UK = 'OTHER:uk'
UT = 'OTHER:usbat-al-thaireen'
ents = [
 ('L0:33 صاروخاً','QUANTITY',None,(33,False,'missiles')), ('L0:صاروخاً','WEAPON','rockets'), ('L0:معسكر التاجي','LOCATION','camp-taji'),
 ('L0:الحشد','ACTOR',PMF),
 ('L1:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L1:33 صاروخاً','QUANTITY',None,(33,False,'missiles')), ('L1:صاروخاً من نوع كاتيوشا','WEAPON','katyusha'),
 ('L1:معسكر التاجي','LOCATION','camp-taji'), ('L1:العاصمة بغداد','LOCATION','baghdad'), ('L1:التحالف الدولي','ACTOR','COALITION'),
 ('L1:ثلاثة','QUANTITY',None,(3,False,'wounded')), ('L1:التحالف#1','ACTOR','COALITION'), ('L1:اثنين','QUANTITY',None,(2,False,'wounded')),
 ('L1:الدفاع الجوي العراقي','ACTOR','IQ_GOV'),
 ('L2:الخلية','ACTOR','IQ_GOV'), ('L2:المعلومة','ORG','almaalomah'), ('L2:القوات الأمنية','ACTOR','IQ_GOV'), ('L2:منصة الإطلاق','WEAPON','launcher'),
 ('L2:صواريخ','WEAPON','rockets'), ('L2:منطقة أبو عظام','LOCATION','abu-izam'), ('L2:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L3:طائرات','WEAPON','warplanes'), ('L3:الاحتلال الأمريكي','ACTOR','US'), ('L3:لحشد الشعبي','ACTOR',PMF), ('L3:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L3:جرف النصر','LOCATION','jurf-al-nasr'), ('L3:مطار كربلاء','LOCATION','karbala-airport'), ('L3:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L3:الجيش#1','ACTOR','IQ_GOV'), ('L3:اثنين','QUANTITY',None,(2,False,'killed')), ('L3:الشرطة','ACTOR','IQ_GOV'),
 ('L3:قيادة العمليات المشتركة','ACTOR','IQ_GOV'),
 ('L4:البنتاغون','ACTOR','US'), ('L4:خمسة مواقع','QUANTITY',None,(5,False,'other')), ('L4:كتائب حزب الله','ACTOR',KH),
 ('L4:التاجي','LOCATION','camp-taji'), ('L4:جنديين','QUANTITY',None,(2,False,'killed')), ('L4:جنديين أمريكيين','ACTOR','US'),
 ('L4:مجندة بريطانية','ACTOR',UK), ('L4:الكتائب','ACTOR',KH),
 ('L5:تحالف الفتح','ORG','fatah-alliance'), ('L5:محمد البلداوي','PERSON','mohammed-al-baldawi'), ('L5:المعلومة','ORG','almaalomah'),
 ('L5:الحشد','ACTOR',PMF), ('L5:الجيش','ACTOR','IQ_GOV'), ('L5:الحكومة','ACTOR','IQ_GOV'), ('L5:البرلمان','ORG','iraqi-parliament'),
 ('L5:القوات الأجنبية','ACTOR','COALITION'),
 ('L6:عصبة الثائرين','ACTOR',UT),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:مايلز كاغينز','PERSON','myles-caggins'), ('L7:تويتر','ORG','twitter'),
 ('L7:التحالف#1','ACTOR','COALITION'),
 ('L8:العراق','LOCATION','iraq'), ('L8:نحو 5200 جندي','QUANTITY',None,(5200,True,'troops')), ('L8:التحالف الدولي','ACTOR','COALITION'),
 ('L8:داعش','ACTOR','ISIS'), ('L8:عين الأسد','LOCATION','ain-al-asad'), ('L8:الأنبار','LOCATION','anbar'), ('L8:حرير','LOCATION','harir'),
 ('L8:أربيل','LOCATION','erbil'), ('L8:التاجي','LOCATION','camp-taji'), ('L8:مجلس النواب','ORG','iraqi-parliament'),
 ('L8:فيلق القدس','ACTOR','IR'), ('L8:قاسم سليماني','PERSON','qasem-soleimani'), ('L8:هيئة الحشد','ACTOR',PMF),
 ('L8:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'), ('L8:مطار بغداد','LOCATION','baghdad-airport'),
]
times = [
 ('L1:اليوم السبت', D, 'day'),
 ('L3:فجر أمس الجمعة', FRI, 'part-of-day', {'part': 'morning'}),
 ('L4:الأربعاء الماضي', WED, 'day'),
 ('L6:الأربعاء', WED, 'day'),
 ('L6:اليوم', D, 'day'),
 ('L8:الخامس من كانون الثاني الماضي', '2020-01-05', 'day'),
]
T = 'L1:اليوم السبت'
F = 'L3:فجر أمس الجمعة'
W = 'L4:الأربعاء الماضي'
CELL = 'خلية الإعلام الأمني'
JOC = 'قيادة العمليات المشتركة'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['IQ_GOV'], attr=CELL),                                                    # 1
 dict(type='ATTACK', trig='L1:سقوط', time=T, targets=['COALITION', 'IQ_GOV'], loc='L1:معسكر التاجي', weapons=['L1:صاروخاً من نوع كاتيوشا'],
      qty=['L1:33 صاروخاً', 'L1:ثلاثة', 'L1:اثنين'], attr=CELL),                                                                 # 2
 dict(type='ATTACK', trig='L2:الهجوم', time=T, targets=['COALITION', 'IQ_GOV'], attr=CELL),                                       # 3
 dict(type='ATTACK', trig='L2:اعتداء', time=W, targets=['COALITION'], attr=CELL),                                                 # 4
 dict(type='ATTACK', trig='L3:الهجوم', time=T, targets=['COALITION', 'IQ_GOV']),                                                  # 5
 dict(type='ATTACK', trig='L3:غارات', time=F, actors=['US'], targets=[PMF, 'IQ_GOV'], loc='L3:جرف النصر', weapons=['L3:طائرات'],
      qty=['L3:ثلاثة', 'L3:اثنين'], attr=JOC),                                                                                  # 6
 dict(type='STATEMENT', trig='L3:بيان', time=F, actors=['IQ_GOV'], attr=JOC),                                                     # 7
 dict(type='STATEMENT', trig='L4:أعلن', actors=['US'], attr='البنتاغون'),                                                          # 8
 dict(type='ATTACK', trig='L4:الضربات', time=F, actors=['US'], targets=[KH], qty=['L4:خمسة مواقع'], attr='البنتاغون'),               # 9
 dict(type='ATTACK', trig='L4:هجوم#0', time=W, targets=['US', UK], loc='L4:التاجي', qty=['L4:جنديين'], attr='البنتاغون'),             # 10
 dict(type='ATTACK', trig='L4:الهجوم', mod='denied', time=W, actors=[KH], attr='الكتائب'),                                         # 11
 dict(type='STATEMENT', trig='L5:قال', attr='محمد البلداوي'),                                                                       # 12
 dict(type='ATTACK', trig='L5:العدوان', time=F, actors=['US'], targets=[PMF, 'IQ_GOV'], attr='محمد البلداوي'),                        # 13
 dict(type='ATTACK', trig='L5:رد', mod='planned', targets=['US'], attr='محمد البلداوي'),                                            # 14
 dict(type='WITHDRAWAL', trig='L5:بإخراج', mod='planned', actors=['COALITION'], attr='محمد البلداوي'),                               # 15
 dict(type='ATTACK', trig='L6:هجوم#0', time='L6:الأربعاء', actors=[UT], attr='عصبة الثائرين'),                                     # 16
 dict(type='STATEMENT', trig='L6:قالت', time='L6:الأربعاء', actors=[UT], attr='عصبة الثائرين'),                                   # 17
 dict(type='ATTACK', trig='L6:إطلاق', time='L6:الأربعاء', actors=[UT], attr='عصبة الثائرين'),                                      # 18
 dict(type='ATTACK', trig='L6:هجوم#1', time='L6:اليوم', targets=['COALITION']),                                                   # 19
 dict(type='STATEMENT', trig='L7:قال', actors=['COALITION'], attr='مايلز كاغينز'),                                                 # 20
 dict(type='ATTACK', trig='L7:الهجوم', time=T, targets=['COALITION'], attr='مايلز كاغينز'),                                        # 21
 dict(type='ATTACK', trig='L7:الرد', mod='planned', actors=['COALITION'], attr='مايلز كاغينز'),                                    # 22
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['US'], loc='L8:العراق', qty=['L8:نحو 5200 جندي']),                                  # 23
 dict(type='WITHDRAWAL', trig='L8:إنهاء', mod='planned', time='L8:الخامس من كانون الثاني الماضي', actors=['US'], loc='L8:العراق'),    # 24
 dict(type='ATTACK', trig='L8:اغتيال', actors=['US'], targets=['IR', PMF], loc='L8:مطار بغداد'),                                     # 25
]
TD = (D, 'day')
FD = (FRI, 'part-of-day')
WD = (WED, 'day')
forces = [
 dict(actor='COALITION', loc=('معسكر التاجي', 'camp-taji'), as_of=TD, status='present', source=CELL, line=1, events=[2]),
 dict(actor='COALITION', loc=('معسكر التاجي', 'camp-taji'), as_of=TD, status='attacked', source=CELL, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('معسكر التاجي', 'camp-taji'), as_of=TD, status='present', source=CELL, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('معسكر التاجي', 'camp-taji'), as_of=TD, status='attacked', source=CELL, line=1, events=[2]),
 dict(actor=PMF, loc=('جرف النصر', 'jurf-al-nasr'), as_of=FD, status='attacked', source=JOC, line=3, events=[6]),
 dict(actor=PMF, loc=('مطار كربلاء', 'karbala-airport'), as_of=FD, status='attacked', source=JOC, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('جرف النصر', 'jurf-al-nasr'), as_of=FD, status='attacked', source=JOC, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('مطار كربلاء', 'karbala-airport'), as_of=FD, status='attacked', source=JOC, line=3, events=[6]),
 dict(actor=PMF, loc=('جرف النصر', 'jurf-al-nasr'), as_of=FD, status='present', source=JOC, line=3, events=[6]),
 dict(actor=PMF, loc=('مطار كربلاء', 'karbala-airport'), as_of=FD, status='present', source=JOC, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('جرف النصر', 'jurf-al-nasr'), as_of=FD, status='present', source=JOC, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('مطار كربلاء', 'karbala-airport'), as_of=FD, status='present', source=JOC, line=3, events=[6]),
 dict(actor='US', loc=('التاجي', 'camp-taji'), as_of=WD, status='attacked', source='البنتاغون', line=4, events=[10]),
 dict(actor=UK, loc=('التاجي', 'camp-taji'), as_of=WD, status='attacked', source='البنتاغون', line=4, events=[10]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق', 'iraq'), as_of=TD, status='present', line=8, events=[23]),
 dict(actor='US', loc=('عين الأسد', 'ain-al-asad'), as_of=TD, status='present', line=8, events=[23]),
 dict(actor='US', loc=('حرير', 'harir'), as_of=TD, status='present', line=8, events=[23]),
 dict(actor='US', loc=('التاجي', 'camp-taji'), as_of=TD, status='present', line=8, events=[23]),
]
build('almaalomah-taji-rockets', None, 'المعلومة', D, L, ents, times, events, forces)
