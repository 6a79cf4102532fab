from build import build
L = [
'التحالف الدولي يسلّم قاعدة القائم للقوات العراقية.. وكتائب حزب الله: عملياتنا مستمرة',
'شفق نيوز/ تسلمت القوات العراقية، اليوم الخميس، قاعدة القائم العسكرية في أقصى غرب محافظة الأنبار، بعد انسحاب قوات التحالف الدولي بقيادة الولايات المتحدة منها، في أول عملية تسليم من نوعها منذ تصاعد الهجمات الصاروخية على المصالح الأمريكية في البلاد.',
'وقالت قيادة العمليات المشتركة في بيان تلقته وكالة شفق نيوز، إن "قطعات من الفرقة السابعة في الجيش العراقي وقيادة عمليات الجزيرة انتشرت داخل القاعدة ومحيطها، وتسلمت المباني والمعدات التي تركها التحالف"، مقدّرة قيمتها بنحو مليون ونصف المليون دولار.',
'وأفاد مصدر أمني في الأنبار لشفق نيوز، بأن رتلاً من نحو 70 عجلة عسكرية تابعة للقوات الأمريكية غادر القاعدة فجراً باتجاه قاعدة عين الأسد في ناحية البغدادي، بحماية مروحيات من طراز "أباتشي".',
'وأضاف المصدر، الذي طلب عدم الكشف عن اسمه، أن نحو 500 جندي من التحالف كانوا يتمركزون في القاعدة، الواقعة على بعد 15 كيلومتراً تقريباً من منفذ القائم الحدودي مع سوريا.',
'من جهته، قال التحالف الدولي في بيان، إن "إعادة التموضع كانت مخططاً لها مسبقاً بالتنسيق مع الحكومة العراقية"، مبيناً أن قواته ستغادر خلال الأسابيع المقبلة مواقع أخرى بينها قاعدة القيارة جنوبي الموصل وقاعدة كي وان في كركوك.',
'ونفى البيان أن يكون الانسحاب مرتبطاً بالقصف الصاروخي الذي استهدف معسكر التاجي شمالي بغداد، يوم الأربعاء من الأسبوع الماضي، وأسفر عن مقتل جنديين أمريكيين ومجندة بريطانية.',
'في المقابل، رحّبت كتائب حزب الله بالانسحاب، وقالت في بيان نشرته على قناتها في "تلغرام"، إن "فصائل المقاومة ستواصل عملياتها حتى خروج آخر جندي أمريكي من الأراضي العراقية".',
'وكانت طائرات أمريكية قد شنت، فجر الجمعة الماضي، ضربات على خمسة مواقع للكتائب في جرف الصخر ومطار كربلاء قيد الإنشاء، رداً على هجوم التاجي.',
'يشار إلى أن مجلس النواب العراقي صوّت في الخامس من كانون الثاني الماضي على قرار يلزم الحكومة بإنهاء وجود القوات الأجنبية، عقب اغتيال قاسم سليماني وأبو مهدي المهندس بضربة أمريكية قرب مطار بغداد.',
]
D = '2020-03-19'   # Thursday; web copy of its own day
KH = 'OTHER:kataib-hezbollah'
IRI = 'OTHER:islamic-resistance-iraq'
ents = [
 ('L0:التحالف الدولي','ACTOR','COALITION'), ('L0:قاعدة القائم','LOCATION','al-qaim-base'), ('L0:لقوات العراقية','ACTOR','IQ_GOV'),
 ('L0:كتائب حزب الله','ACTOR',KH),
 ('L1:شفق نيوز','ORG','shafaq-news'), ('L1:القوات العراقية','ACTOR','IQ_GOV'), ('L1:قاعدة القائم العسكرية','LOCATION','al-qaim-base'),
 ('L1:محافظة الأنبار','LOCATION','anbar-governorate'), ('L1:قوات التحالف الدولي','ACTOR','COALITION'),
 ('L1:الولايات المتحدة','ACTOR','US'), ('L1:البلاد','LOCATION','iraq'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:شفق نيوز','ORG','shafaq-news'),
 ('L2:الفرقة السابعة في الجيش العراقي','ACTOR','IQ_GOV'), ('L2:قيادة عمليات الجزيرة','ACTOR','IQ_GOV'),
 ('L2:القاعدة','LOCATION','al-qaim-base'), ('L2:محيطها','LOCATION','al-qaim-base-surroundings'), ('L2:التحالف','ACTOR','COALITION'),
 ('L2:نحو مليون ونصف المليون دولار','QUANTITY',None,(1500000,True,'other')),
 ('L3:الأنبار','LOCATION','anbar-governorate'), ('L3:شفق نيوز','ORG','shafaq-news'),
 ('L3:نحو 70 عجلة عسكرية','QUANTITY',None,(70,True,'vehicles')), ('L3:عجلة عسكرية','WEAPON','military-vehicles'),
 ('L3:لقوات الأمريكية','ACTOR','US'), ('L3:القاعدة','LOCATION','al-qaim-base'), ('L3:قاعدة عين الأسد','LOCATION','ain-al-asad-base'),
 ('L3:ناحية البغدادي','LOCATION','al-baghdadi'), ('L3:مروحيات من طراز "أباتشي"','WEAPON','apache'),
 ('L4:نحو 500 جندي','QUANTITY',None,(500,True,'troops')), ('L4:التحالف','ACTOR','COALITION'), ('L4:القاعدة','LOCATION','al-qaim-base'),
 ('L4:15 كيلومتراً تقريباً','QUANTITY',None,(15,True,'km')), ('L4:منفذ القائم الحدودي','LOCATION','al-qaim-crossing'),
 ('L4:سوريا','LOCATION','syria'),
 ('L5:التحالف الدولي','ACTOR','COALITION'), ('L5:الحكومة العراقية','ACTOR','IQ_GOV'), ('L5:قاعدة القيارة','LOCATION','qayyarah-base'),
 ('L5:الموصل','LOCATION','mosul'), ('L5:قاعدة كي وان','LOCATION','k1-base'), ('L5:كركوك','LOCATION','kirkuk'),
 ('L6:معسكر التاجي','LOCATION','taji-camp'), ('L6:بغداد','LOCATION','baghdad'),
 ('L6:جنديين أمريكيين','QUANTITY',None,(2,False,'killed')),
 ('L7:كتائب حزب الله','ACTOR',KH), ('L7:تلغرام','ORG','telegram'), ('L7:فصائل المقاومة','ACTOR',IRI),
 ('L7:الأراضي العراقية','LOCATION','iraq'),
 ('L8:طائرات أمريكية','WEAPON','warplanes'), ('L8:خمسة مواقع','QUANTITY',None,(5,False,'other')), ('L8:لكتائب','ACTOR',KH),
 ('L8:جرف الصخر','LOCATION','jurf-al-sakhar'), ('L8:مطار كربلاء','LOCATION','karbala-airport'), ('L8:التاجي','LOCATION','taji-camp'),
 ('L9:مجلس النواب العراقي','ORG','iraqi-parliament'), ('L9:الحكومة','ACTOR','IQ_GOV'), ('L9:قاسم سليماني','PERSON','qasem-soleimani'),
 ('L9:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'), ('L9:مطار بغداد','LOCATION','baghdad-airport'),
]
times = [
 ('L1:اليوم الخميس', D, 'day'),
 ('L3:فجراً', D, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الأسابيع المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L6:يوم الأربعاء من الأسبوع الماضي', '2020-03-11', 'day'),
 ('L8:فجر الجمعة الماضي', '2020-03-13', 'part-of-day', {'part': 'morning'}),
 ('L9:الخامس من كانون الثاني الماضي', '2020-01-05', 'day'),
]
T = 'L1:اليوم الخميس'
WED = 'L6:يوم الأربعاء من الأسبوع الماضي'
FRI = 'L8:فجر الجمعة الماضي'
JOC = 'قيادة العمليات المشتركة'
SRC = 'مصدر أمني في الأنبار (شفق نيوز)'
COA = 'التحالف الدولي'
KHS = 'كتائب حزب الله'
events = [
 dict(type='CONTROL', trig='L1:تسلمت', time=T, actors=['IQ_GOV'], loc='L1:قاعدة القائم العسكرية'),                                   # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=T, actors=['COALITION'], loc='L1:قاعدة القائم العسكرية'),                             # 2
 dict(type='ATTACK', trig='L1:الهجمات الصاروخية', targets=['US'], loc='L1:البلاد'),                                                    # 3
 dict(type='STATEMENT', trig='L2:قالت', time=T, actors=['IQ_GOV'], attr=JOC),                                                          # 4
 dict(type='MOVEMENT', trig='L2:انتشرت', time=T, actors=['IQ_GOV'], loc='L2:القاعدة', attr=JOC),                                      # 5
 dict(type='CONTROL', trig='L2:تسلمت', time=T, actors=['IQ_GOV'], loc='L2:القاعدة', qty=['L2:نحو مليون ونصف المليون دولار'], attr=JOC),  # 6
 dict(type='WITHDRAWAL', trig='L3:غادر', time='L3:فجراً', actors=['US'], loc='L3:القاعدة',
      weapons=['L3:عجلة عسكرية', 'L3:مروحيات من طراز "أباتشي"'], qty=['L3:نحو 70 عجلة عسكرية'], attr=SRC),                          # 7
 dict(type='MOVEMENT', trig='L4:يتمركزون', actors=['COALITION'], loc='L4:القاعدة', qty=['L4:نحو 500 جندي'], attr=SRC),                # 8
 dict(type='STATEMENT', trig='L5:قال', time=T, actors=['COALITION'], attr=COA),                                                       # 9
 dict(type='MOVEMENT', trig='L5:إعادة التموضع', time=T, actors=['COALITION'], attr=COA),                                              # 10
 dict(type='WITHDRAWAL', trig='L5:ستغادر', mod='planned', time='L5:خلال الأسابيع المقبلة', actors=['COALITION'], loc='L5:قاعدة القيارة', attr=COA),  # 11
 dict(type='WITHDRAWAL', trig='L6:الانسحاب', time=T, actors=['COALITION'], attr=COA),                                                 # 12
 dict(type='ATTACK', trig='L6:بالقصف الصاروخي', time=WED, targets=['US'], loc='L6:معسكر التاجي', qty=['L6:جنديين أمريكيين'], attr=COA),  # 13
 dict(type='WITHDRAWAL', trig='L7:بالانسحاب', time=T, actors=['COALITION'], attr=KHS),                                                # 14
 dict(type='STATEMENT', trig='L7:قالت', actors=[KH], attr=KHS),                                                                      # 15
 dict(type='ATTACK', trig='L7:عملياتها', mod='planned', actors=[IRI], targets=['US'], attr=KHS),                                     # 16
 dict(type='WITHDRAWAL', trig='L7:خروج', mod='planned', actors=['US'], loc='L7:الأراضي العراقية', attr=KHS),                         # 17
 dict(type='ATTACK', trig='L8:ضربات', time=FRI, actors=['US'], targets=[KH], loc='L8:جرف الصخر',
      weapons=['L8:طائرات أمريكية'], qty=['L8:خمسة مواقع']),                                                                           # 18
 dict(type='ATTACK', trig='L8:هجوم', time=WED, targets=['US'], loc='L8:التاجي'),                                                     # 19
 dict(type='WITHDRAWAL', trig='L9:بإنهاء وجود', mod='planned', actors=[]),                                                           # 20
 dict(type='ATTACK', trig='L9:اغتيال', actors=['US'], loc='L9:مطار بغداد'),                                                          # 21
]
TD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', loc=('قاعدة القائم العسكرية', 'al-qaim-base'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor='COALITION', loc=('قاعدة القائم العسكرية', 'al-qaim-base'), as_of=TD, status='withdrawn', line=1, events=[2]),
 dict(actor='IQ_GOV', assets='قطعات من الفرقة السابعة وقيادة عمليات الجزيرة', loc=('القاعدة', 'al-qaim-base'), as_of=TD,
      status='arrived', source=JOC, line=2, events=[5]),
 dict(actor='IQ_GOV', assets='قطعات من الفرقة السابعة وقيادة عمليات الجزيرة', loc=('محيطها', 'al-qaim-base-surroundings'), as_of=TD,
      status='arrived', source=JOC, line=2, events=[5]),
 dict(actor='IQ_GOV', assets='المباني والمعدات', loc=('القاعدة', 'al-qaim-base'), as_of=TD, status='controls', source=JOC, line=2, events=[6]),
 dict(actor='US', strength=(70, True, 'vehicles'), assets='رتل من العجلات العسكرية بحماية مروحيات "أباتشي"', loc=('القاعدة', 'al-qaim-base'),
      as_of=(D, 'part-of-day'), status='withdrawn', source=SRC, line=3, events=[7]),
 dict(actor='COALITION', strength=(500, True, 'troops'), loc=('القاعدة', 'al-qaim-base'), as_of=(None, 'vague'), status='present',
      source=SRC, line=4, events=[8]),
 dict(actor='COALITION', loc=('قاعدة القيارة', 'qayyarah-base'), as_of=TD, status='present', source=COA, line=5, events=[11]),
 dict(actor='COALITION', loc=('قاعدة كي وان', 'k1-base'), as_of=TD, status='present', source=COA, line=5, events=[11]),
 dict(actor='US', loc=('معسكر التاجي', 'taji-camp'), as_of=('2020-03-11', 'day'), status='attacked', source=COA, line=6, events=[13]),
 dict(actor=KH, loc=('جرف الصخر', 'jurf-al-sakhar'), as_of=('2020-03-13', 'part-of-day'), status='attacked', line=8, events=[18]),
 dict(actor=KH, loc=('مطار كربلاء', 'karbala-airport'), as_of=('2020-03-13', 'part-of-day'), status='attacked', line=8, events=[18]),
]
build('shafaq-qaim-handover', None, 'شفق نيوز', D, L, ents, times, events, forces)
