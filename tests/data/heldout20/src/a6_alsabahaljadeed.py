from build import build
L = [
'اعتقال قائد عمليات الأنبار في الحشد يثير توتراً في محيط المنطقة الخضراء',
'بغداد ـ الصباح الجديد: اعتقلت قوة من جهاز مكافحة الإرهاب، فجر أمس الأربعاء، قائد عمليات الأنبار في هيئة الحشد الشعبي قاسم مصلح في العاصمة بغداد، بموجب مذكرة قبض صادرة وفق المادة الرابعة من قانون مكافحة الإرهاب.',
'وقالت قيادة العمليات المشتركة في بيان إن «قوة أمنية نفذت أمر القبض بحق المتهم بتهم جنائية عدة، وإن التحقيق معه يجري من قبل لجنة تحقيقية مشتركة»، داعية جميع الأطراف إلى «عدم التصعيد».',
'وعقب الاعتقال، انتشر ظهر أمس عشرات المسلحين من فصائل الحشد على متن عجلات رباعية الدفع قرب بوابات المنطقة الخضراء وسط بغداد، وأغلقوا عدداً من الطرق المؤدية إليها مطالبين بإطلاق سراحه.',
'وأفاد مصدر أمني لـ«الصباح الجديد» بأن القيادة دفعت بتعزيزات من قوات الجيش والرد السريع إلى محيط المنطقة الخضراء وجسر الجمهورية، ضمت نحو 30 عجلة مدرعة.',
'من جانبه، قال المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن «تحرك المجاميع المسلحة انتهاك خطير للدستور»، مؤكداً أن القوات الأمنية «لن تسمح بابتزاز الدولة» وأن مصلح «سيخضع لتحقيق عادل».',
'في المقابل، نفت هيئة الحشد الشعبي في بيان أن تكون قواتها قد «طوقت» المنطقة الخضراء، مؤكدة أن ما جرى «تجمع سلمي» للمطالبة بتسليم مصلح إلى أمن الحشد، وأن التهم الموجهة إليه «كيدية».',
'وبحسب مصادر مطلعة، يُتهم مصلح بالوقوف وراء اغتيال الناشط إيهاب الوزني في كربلاء في التاسع من أيار الجاري، إضافة إلى هجمات صاروخية استهدفت قاعدة عين الأسد الجوية التي تضم قوات أمريكية، وهو ما ينفيه الحشد.',
'وانسحب المسلحون من محيط المنطقة الخضراء مساء أمس بعد اتفاق قضى بإبقاء مصلح في عهدة قيادة العمليات المشتركة إلى حين انتهاء التحقيق، بحسب ما أفاد مسؤول حكومي.',
'وفي سياق أمني آخر، أعلنت خلية الإعلام الأمني أن طائرات القوة الجوية العراقية نفذت أمس ضربتين على أوكار لعصابات داعش في سلسلة جبال مكحول شمال صلاح الدين، ما أسفر عن مقتل خمسة إرهابيين، فيما يواصل نحو 1500 مقاتل من الحشد الشعبي عمليات تفتيش في المنطقة.',
]
D = '2021-05-27'   # Thursday; Baghdad print daily, edition of its day
WED = '2021-05-26'
PMF = 'OTHER:pmf'
MUS = 'qasim-muslih'
ents = [
 ('L0:عمليات الأنبار','ACTOR',PMF), ('L0:الحشد','ACTOR',PMF), ('L0:المنطقة الخضراء','LOCATION','green-zone'),
 ('L1:بغداد#0','LOCATION','baghdad'), ('L1:الصباح الجديد','ORG','alsabah-aljadeed'), ('L1:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L1:عمليات الأنبار','ACTOR',PMF), ('L1:هيئة الحشد الشعبي','ACTOR',PMF), ('L1:قاسم مصلح','PERSON',MUS), ('L1:العاصمة بغداد','LOCATION','baghdad'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'),
 ('L3:عشرات المسلحين','QUANTITY',None,([24,99],True,'fighters')), ('L3:فصائل الحشد','ACTOR',PMF), ('L3:عجلات رباعية الدفع','WEAPON','pickup-trucks'),
 ('L3:المنطقة الخضراء','LOCATION','green-zone'), ('L3:بغداد','LOCATION','baghdad'),
 ('L4:الصباح الجديد','ORG','alsabah-aljadeed'), ('L4:القيادة','ACTOR','IQ_GOV'), ('L4:قوات الجيش','ACTOR','IQ_GOV'), ('L4:الرد السريع','ACTOR','IQ_GOV'),
 ('L4:المنطقة الخضراء','LOCATION','green-zone'), ('L4:جسر الجمهورية','LOCATION','jumhuriya-bridge'),
 ('L4:نحو 30 عجلة مدرعة','QUANTITY',None,(30,True,'vehicles')), ('L4:عجلة مدرعة','WEAPON','armoured-vehicles'),
 ('L5:يحيى رسول','PERSON','yahya-rasool'), ('L5:المجاميع المسلحة','ACTOR',PMF), ('L5:القوات الأمنية','ACTOR','IQ_GOV'), ('L5:مصلح','PERSON',MUS),
 ('L6:هيئة الحشد الشعبي','ACTOR',PMF), ('L6:المنطقة الخضراء','LOCATION','green-zone'), ('L6:مصلح','PERSON',MUS), ('L6:أمن الحشد','ACTOR',PMF),
 ('L7:مصلح','PERSON',MUS), ('L7:إيهاب الوزني','PERSON','ihab-al-wazni'), ('L7:كربلاء','LOCATION','karbala'),
 ('L7:قاعدة عين الأسد الجوية','LOCATION','ain-al-asad'), ('L7:قوات أمريكية','ACTOR','US'), ('L7:الحشد','ACTOR',PMF),
 ('L8:المنطقة الخضراء','LOCATION','green-zone'), ('L8:مصلح','PERSON',MUS), ('L8:قيادة العمليات المشتركة','ACTOR','IQ_GOV'),
 ('L9:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L9:طائرات','WEAPON','warplanes'), ('L9:القوة الجوية العراقية','ACTOR','IQ_GOV'),
 ('L9:ضربتين','QUANTITY',None,(2,False,'other')), ('L9:داعش','ACTOR','ISIS'), ('L9:سلسلة جبال مكحول','LOCATION','makhoul-mountains'),
 ('L9:صلاح الدين','LOCATION','salahuddin'), ('L9:خمسة إرهابيين','QUANTITY',None,(5,False,'killed')), ('L9:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')),
 ('L9:الحشد الشعبي','ACTOR',PMF), ('L9:المنطقة','LOCATION','makhoul-mountains'),
]
times = [
 ('L1:فجر أمس الأربعاء', WED, 'part-of-day', {'part': 'morning'}),
 ('L3:ظهر أمس', WED, 'part-of-day', {'part': 'noon'}),
 ('L7:التاسع من أيار الجاري', '2021-05-09', 'day'),
 ('L8:مساء أمس', WED, 'part-of-day', {'part': 'evening'}),
 ('L9:أمس', WED, 'day'),
]
T = 'L1:فجر أمس الأربعاء'
NOON = 'L3:ظهر أمس'
JOC = 'قيادة العمليات المشتركة'
SRC = 'مصادر مطلعة'
events = [
 dict(type='ARREST', trig='L1:اعتقلت', time=T, actors=['IQ_GOV'], targets=[PMF], loc='L1:العاصمة بغداد'),                         # 1
 dict(type='STATEMENT', trig='L2:قالت', actors=['IQ_GOV'], attr=JOC),                                                            # 2
 dict(type='ARREST', trig='L2:نفذت', time=T, actors=['IQ_GOV'], targets=[PMF], attr=JOC),                                         # 3
 dict(type='ARREST', trig='L3:الاعتقال', time=T, actors=['IQ_GOV'], targets=[PMF]),                                               # 4
 dict(type='MOVEMENT', trig='L3:انتشر', time=NOON, actors=[PMF], loc='L3:المنطقة الخضراء', weapons=['L3:عجلات رباعية الدفع'],
      qty=['L3:عشرات المسلحين']),                                                                                               # 5
 dict(type='MOVEMENT', trig='L4:دفعت', actors=['IQ_GOV'], loc='L4:المنطقة الخضراء', weapons=['L4:عجلة مدرعة'], qty=['L4:نحو 30 عجلة مدرعة'],
      attr='مصدر أمني'),                                                                                                         # 6
 dict(type='STATEMENT', trig='L5:قال', actors=['IQ_GOV'], attr='يحيى رسول'),                                                      # 7
 dict(type='MOVEMENT', trig='L5:تحرك', time=NOON, actors=[PMF], attr='يحيى رسول'),                                                 # 8
 dict(type='STATEMENT', trig='L6:بيان', actors=[PMF], attr='هيئة الحشد الشعبي'),                                                    # 9
 dict(type='OPERATION', trig='L6:طوقت', mod='denied', time=NOON, actors=[PMF], loc='L6:المنطقة الخضراء', attr='هيئة الحشد الشعبي'),     # 10
 dict(type='ATTACK', trig='L7:اغتيال', time='L7:التاسع من أيار الجاري', actors=[PMF], loc='L7:كربلاء', attr=SRC),                     # 11
 dict(type='ATTACK', trig='L7:هجمات', actors=[PMF], targets=['US'], loc='L7:قاعدة عين الأسد الجوية', attr=SRC),                        # 12
 dict(type='WITHDRAWAL', trig='L8:انسحب', time='L8:مساء أمس', actors=[PMF], loc='L8:المنطقة الخضراء', attr='مسؤول حكومي'),              # 13
 dict(type='AGREEMENT', trig='L8:اتفاق', actors=['IQ_GOV', PMF], attr='مسؤول حكومي'),                                              # 14
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['IQ_GOV'], attr='خلية الإعلام الأمني'),                                             # 15
 dict(type='ATTACK', trig='L9:ضربتين', time='L9:أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:سلسلة جبال مكحول', weapons=['L9:طائرات'],
      qty=['L9:ضربتين', 'L9:خمسة إرهابيين'], attr='خلية الإعلام الأمني'),                                                          # 16
 dict(type='OPERATION', trig='L9:عمليات تفتيش', actors=[PMF], targets=['ISIS'], loc='L9:المنطقة', qty=['L9:نحو 1500 مقاتل'], attr='خلية الإعلام الأمني'),  # 17
]
ND = (WED, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor=PMF, strength=([24, 99], True, 'fighters'), assets='عجلات رباعية الدفع', loc=('المنطقة الخضراء', 'green-zone'), as_of=ND,
      status='present', line=3, events=[5]),
 dict(actor='IQ_GOV', strength=(30, True, 'vehicles'), assets='نحو 30 عجلة مدرعة', loc=('المنطقة الخضراء', 'green-zone'), as_of=TD,
      status='reinforced', source='مصدر أمني', line=4, events=[6]),
 dict(actor='IQ_GOV', loc=('جسر الجمهورية', 'jumhuriya-bridge'), as_of=TD, status='reinforced', source='مصدر أمني', line=4, events=[6]),
 dict(actor='US', loc=('قاعدة عين الأسد الجوية', 'ain-al-asad'), as_of=TD, status='present', source=SRC, line=7, events=[12]),
 dict(actor='US', loc=('قاعدة عين الأسد الجوية', 'ain-al-asad'), as_of=(None, 'vague'), status='attacked', source=SRC, line=7, events=[12]),
 dict(actor=PMF, loc=('المنطقة الخضراء', 'green-zone'), as_of=ND, status='withdrawn', source='مسؤول حكومي', line=8, events=[13]),
 dict(actor='ISIS', loc=('سلسلة جبال مكحول', 'makhoul-mountains'), as_of=(WED, 'day'), status='attacked', source='خلية الإعلام الأمني', line=9, events=[16]),
 dict(actor=PMF, strength=(1500, True, 'fighters'), loc=('المنطقة', 'makhoul-mountains'), as_of=TD, status='present', source='خلية الإعلام الأمني',
      line=9, events=[17]),
]
build('alsabahaljadeed-muslih-arrest', None, 'الصباح الجديد', D, L, ents, times, events, forces)
