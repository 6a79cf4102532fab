from build import build
L = [
'ثلاثة تفجيرات تضرب قامشلو وداعش يتبنى.. واغتيال كاهن أرمني على طريق دير الزور',
'قامشلو - استشهد ستة مدنيين وأصيب 22 آخرون بجروح، اليوم الاثنين، جراء ثلاثة تفجيرات متزامنة ضربت مدينة قامشلو، بحسب مصادر طبية في المدينة.',
'وأفاد مراسل وكالتنا أن سيارة مفخخة انفجرت قرابة الساعة العاشرة صباحاً أمام مطعم في شارع منير حبيب وسط المدينة، ثم انفجرت سيارة ثانية قرب الكنيسة الأرمنية في الحي الغربي، قبل أن تنفجر دراجة نارية مفخخة في شارع القوتلي.',
'وعلى الفور، نشرت قوى الأمن الداخلي (الأسايش) عشرات الحواجز في أحياء قامشلو ومداخلها، فيما أغلقت الطرق المؤدية إلى سوق المدينة أمام حركة السيارات.',
'وقال الناطق باسم قوى الأمن الداخلي في إقليم الجزيرة علي الحسن لوكالتنا إن وحداتهم اعتقلت "شخصين مشتبهاً بهما" في حي الهلالية ظهر اليوم، مشيراً إلى أن التحقيقات ما زالت جارية.',
'وتبنى مرتزقة داعش عبر وكالة "أعماق" التابعة لهم التفجيرات، إلى جانب اغتيال الأب هوسيب بيدويان، راعي كنيسة الأرمن الكاثوليك في قامشلو، ووالده برصاص مسلحين مجهولين على طريق الحسكة – دير الزور في ريف دير الزور الشمالي بعد ظهر اليوم.',
'من جانبها، حمّلت القيادة العامة لقوات سوريا الديمقراطية في بيان دولة الاحتلال التركي المسؤولية، معتبرة أنها "تأتي في سياق الهجمات التي تشنها تركيا ومرتزقتها على مناطق شمال وشرق سوريا منذ التاسع من تشرين الأول".',
'وفي ريف ناحية تل تمر، قصف جيش الاحتلال التركي ومرتزقته، صباح اليوم، قريتي أم حرملة وقبور القراجنة بالمدفعية الثقيلة، فيما صدّ مقاتلو قوات سوريا الديمقراطية ليل أمس هجوماً للمرتزقة على قرية تل اللبن.',
'وتشهد قامشلو منذ مطلع العام تفجيرات متكررة، كان آخرها قبل اليوم تفجير سيارة مفخخة قرب مطعم في حي الكورنيش في الحادي عشر من تشرين الأول الماضي، وأعلن داعش حينها مسؤوليته عنه.',
'وتتمركز قوات الحكومة السورية في مطار قامشلو والمربع الأمني وسط المدينة، إلى جانب نحو 300 عنصر من الشرطة العسكرية الروسية بدأوا الانتشار في المنطقة منذ 23 تشرين الأول، بموجب تفاهم سوتشي الموقع بين موسكو وأنقرة.',
]
D = '2019-11-11'   # Monday; ANHA web copy of its own day
SUN = '2019-11-10'
ASY = 'OTHER:asayish'
ents = [
 ('L0:ثلاثة تفجيرات','QUANTITY',None,(3,False,'other')), ('L0:قامشلو','LOCATION','qamishli'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:طريق دير الزور','LOCATION','hasakah-deir-ez-zor-road'),
 ('L1:قامشلو#0','LOCATION','qamishli'), ('L1:ستة مدنيين','QUANTITY',None,(6,False,'killed')), ('L1:22','QUANTITY',None,(22,False,'wounded')),
 ('L1:ثلاثة تفجيرات','QUANTITY',None,(3,False,'other')), ('L1:مدينة قامشلو','LOCATION','qamishli'), ('L1:المدينة','LOCATION','qamishli'),
 ('L2:سيارة مفخخة','WEAPON','car-bomb'), ('L2:شارع منير حبيب','LOCATION','munir-habib-street'), ('L2:وسط المدينة','LOCATION','qamishli-centre'),
 ('L2:سيارة ثانية','WEAPON','car-bomb'), ('L2:الكنيسة الأرمنية','LOCATION','qamishli-armenian-church'), ('L2:الحي الغربي','LOCATION','qamishli-west'),
 ('L2:دراجة نارية مفخخة','WEAPON','motorcycle-bomb'), ('L2:شارع القوتلي','LOCATION','quwatli-street'),
 ('L3:قوى الأمن الداخلي','ACTOR',ASY), ('L3:الأسايش','ACTOR',ASY), ('L3:عشرات الحواجز','QUANTITY',None,([24, 99],True,'other')),
 ('L3:أحياء قامشلو','LOCATION','qamishli'), ('L3:سوق المدينة','LOCATION','qamishli-market'),
 ('L4:قوى الأمن الداخلي','ACTOR',ASY), ('L4:إقليم الجزيرة','LOCATION','jazira-region'), ('L4:علي الحسن','PERSON','ali-al-hassan'),
 ('L4:شخصين','QUANTITY',None,(2,False,'arrested')), ('L4:حي الهلالية','LOCATION','hilaliya'),
 ('L5:داعش','ACTOR','ISIS'), ('L5:أعماق','ORG','amaq'), ('L5:هوسيب بيدويان','PERSON','hovsep-bedoyan'),
 ('L5:كنيسة الأرمن الكاثوليك','LOCATION','qamishli-armenian-catholic-church'), ('L5:قامشلو','LOCATION','qamishli'),
 ('L5:مسلحين مجهولين','ACTOR','UNKNOWN'), ('L5:طريق الحسكة – دير الزور','LOCATION','hasakah-deir-ez-zor-road'),
 ('L5:ريف دير الزور الشمالي','LOCATION','deir-ez-zor-north-countryside'),
 ('L6:القيادة العامة لقوات سوريا الديمقراطية','ACTOR','SDF'), ('L6:دولة الاحتلال التركي','ACTOR','TR'), ('L6:تركيا','ACTOR','TR'),
 ('L6:شمال وشرق سوريا','LOCATION','northeast-syria'),
 ('L7:ريف ناحية تل تمر','LOCATION','tal-tamr-countryside'), ('L7:جيش الاحتلال التركي','ACTOR','TR'), ('L7:قريتي أم حرملة','LOCATION','umm-harmala'),
 ('L7:قبور القراجنة','LOCATION','qubur-al-qarajina'), ('L7:المدفعية الثقيلة','WEAPON','heavy-artillery'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:لمرتزقة','ACTOR','FSA'), ('L7:قرية تل اللبن','LOCATION','tal-al-laban'),
 ('L8:قامشلو','LOCATION','qamishli'), ('L8:سيارة مفخخة','WEAPON','car-bomb'), ('L8:حي الكورنيش','LOCATION','qamishli-corniche'),
 ('L8:داعش','ACTOR','ISIS'),
 ('L9:قوات الحكومة السورية','ACTOR','SY_GOV'), ('L9:مطار قامشلو','LOCATION','qamishli-airport'), ('L9:المربع الأمني','LOCATION','qamishli-security-square'),
 ('L9:وسط المدينة','LOCATION','qamishli-centre'), ('L9:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')),
 ('L9:الشرطة العسكرية الروسية','ACTOR','RU'), ('L9:المنطقة','LOCATION','qamishli-area'), ('L9:سوتشي','LOCATION','sochi'),
 ('L9:موسكو','ACTOR','RU'), ('L9:أنقرة','ACTOR','TR'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L2:قرابة الساعة العاشرة صباحاً', D, 'part-of-day', {'part': 'morning'}),
 ('L4:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L5:بعد ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L6:منذ التاسع من تشرين الأول', '2019-10-09/' + D, 'day'),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:ليل أمس', SUN, 'part-of-day', {'part': 'night'}),
 ('L8:منذ مطلع العام', '2019-01/2019-11', 'month'),
 ('L8:الحادي عشر من تشرين الأول الماضي', '2019-10-11', 'day'),
 ('L9:منذ 23 تشرين الأول', '2019-10-23/' + D, 'day'),
]
T = 'L1:اليوم الاثنين'
TEN = 'L2:قرابة الساعة العاشرة صباحاً'
MED = 'مصادر طبية في المدينة'
COR = 'مراسل وكالتنا'
ALI = 'علي الحسن (هاوار)'
GC = 'القيادة العامة لقوات سوريا الديمقراطية'
events = [
 dict(type='ATTACK', trig='L1:تفجيرات', time=T, loc='L1:مدينة قامشلو',
      qty=['L1:ستة مدنيين', 'L1:22', 'L1:ثلاثة تفجيرات'], attr=MED),                                                          # 1
 dict(type='ATTACK', trig='L2:انفجرت#0', time=TEN, loc='L2:شارع منير حبيب', weapons=['L2:سيارة مفخخة'], attr=COR),             # 2
 dict(type='ATTACK', trig='L2:انفجرت#1', time=TEN, loc='L2:الكنيسة الأرمنية', weapons=['L2:سيارة ثانية'], attr=COR),            # 3
 dict(type='ATTACK', trig='L2:تنفجر', time=TEN, loc='L2:شارع القوتلي', weapons=['L2:دراجة نارية مفخخة'], attr=COR),             # 4
 dict(type='MOVEMENT', trig='L3:نشرت', actors=[ASY], loc='L3:أحياء قامشلو', qty=['L3:عشرات الحواجز']),                          # 5
 dict(type='STATEMENT', trig='L4:قال', actors=[ASY], attr=ALI),                                                               # 6
 dict(type='ARREST', trig='L4:اعتقلت', time='L4:ظهر اليوم', actors=[ASY], loc='L4:حي الهلالية', qty=['L4:شخصين'], attr=ALI),     # 7
 dict(type='STATEMENT', trig='L5:تبنى', time=T, actors=['ISIS'], attr='أعماق'),                                              # 8
 dict(type='ATTACK', trig='L5:التفجيرات', time=T, actors=['ISIS'], loc='L5:قامشلو', attr='أعماق'),                            # 9
 dict(type='ATTACK', trig='L5:اغتيال', time='L5:بعد ظهر اليوم', actors=['ISIS'], loc='L5:طريق الحسكة – دير الزور', attr='أعماق'),  # 10
 dict(type='STATEMENT', trig='L6:بيان', actors=['SDF'], attr=GC),                                                            # 11
 dict(type='ATTACK', trig='L6:الهجمات', time='L6:منذ التاسع من تشرين الأول', actors=['TR', 'FSA'], loc='L6:شمال وشرق سوريا', attr=GC),  # 12
 dict(type='ATTACK', trig='L7:قصف', time='L7:صباح اليوم', actors=['TR', 'FSA'], loc='L7:قريتي أم حرملة', weapons=['L7:المدفعية الثقيلة']),  # 13
 dict(type='ATTACK', trig='L7:صدّ', time='L7:ليل أمس', actors=['SDF'], targets=['FSA'], loc='L7:قرية تل اللبن'),                # 14
 dict(type='ATTACK', trig='L7:هجوماً', time='L7:ليل أمس', actors=['FSA'], targets=['SDF'], loc='L7:قرية تل اللبن'),              # 15
 dict(type='ATTACK', trig='L8:تفجيرات', time='L8:منذ مطلع العام', loc='L8:قامشلو'),                                             # 16
 dict(type='ATTACK', trig='L8:تفجير#1', time='L8:الحادي عشر من تشرين الأول الماضي', actors=['ISIS'], loc='L8:حي الكورنيش',
      weapons=['L8:سيارة مفخخة']),                                                                                           # 17
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:الحادي عشر من تشرين الأول الماضي', actors=['ISIS'], attr='داعش'),               # 18
 dict(type='MOVEMENT', trig='L9:تتمركز', actors=['SY_GOV'], loc='L9:مطار قامشلو'),                                             # 19
 dict(type='MOVEMENT', trig='L9:الانتشار', time='L9:منذ 23 تشرين الأول', actors=['RU'], loc='L9:المنطقة', qty=['L9:نحو 300 عنصر']),  # 20
 dict(type='AGREEMENT', trig='L9:تفاهم', actors=['RU', 'TR'], loc='L9:سوتشي'),                                                 # 21
]
TD = (D, 'day')
forces = [
 dict(actor=ASY, assets='عشرات الحواجز', loc=('أحياء قامشلو', 'qamishli'), as_of=TD, status='reinforced', line=3, events=[5]),
 dict(actor='SDF', loc=('قرية تل اللبن', 'tal-al-laban'), as_of=(SUN, 'part-of-day'), status='present', line=7, events=[14, 15]),
 dict(actor='FSA', loc=('قرية تل اللبن', 'tal-al-laban'), as_of=(SUN, 'part-of-day'), status='present', line=7, events=[14, 15]),
 dict(actor='SY_GOV', loc=('مطار قامشلو', 'qamishli-airport'), as_of=TD, status='present', line=9, events=[19]),
 dict(actor='SY_GOV', loc=('المربع الأمني', 'qamishli-security-square'), as_of=TD, status='present', line=9, events=[19]),
 dict(actor='RU', strength=(300, True, 'troops'), assets='الشرطة العسكرية الروسية', loc=('المنطقة', 'qamishli-area'),
      as_of=('2019-10-23/' + D, 'day'), status='present', line=9, events=[20]),
]
build('hawar-qamishli-bombings', None, 'هاوار', D, L, ents, times, events, forces)
