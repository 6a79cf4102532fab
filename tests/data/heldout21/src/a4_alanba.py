from build import build
L = [
'ترامب يعلن مقتل البغدادي في عملية أميركية خاصة بريف إدلب',
'عواصم - وكالات: أعلن الرئيس الأميركي دونالد ترامب أمس مقتل زعيم تنظيم «داعش» أبوبكر البغدادي في عملية نفذتها قوات خاصة أميركية ليل السبت - الأحد في قرية باريشا بريف إدلب الشمالي، على بعد نحو 5 كيلومترات من الحدود التركية.',
'وقال ترامب في كلمة من البيت الأبيض إن البغدادي «مات ككلب» بعدما فرّ إلى نفق مسدود وفجّر سترته الناسفة، ما أدى إلى مقتله ومقتل ثلاثة من أطفاله، مؤكداً أن أي جندي أميركي لم يُصب في العملية التي استمرت نحو ساعتين.',
'وأوضح أن ثماني مروحيات أقلعت من قاعدة في العراق وحلّقت فوق مناطق تسيطر عليها روسيا وتركيا وقوات النظام السوري، مشيراً إلى أن موسكو وأنقرة أُبلغتا بالعملية من دون كشف تفاصيلها.',
'في المقابل، قالت وزارة الدفاع الروسية إنها «لا تملك معلومات موثوقة» عن العملية، مؤكدة أن طائراتها لم ترصد أي غارات أميركية أو للتحالف الدولي في منطقة خفض التصعيد بإدلب خلال اليومين الماضيين.',
'وفي أنقرة، أعلنت وزارة الدفاع التركية أنها «تبادلت المعلومات ونسّقت» مع الجانب الأميركي قبل العملية، فيما قال القائد العام لـ«قوات سوريا الديموقراطية» مظلوم عبدي إن «تعاوناً استخباراتياً مشتركاً استمر خمسة أشهر» أدى إلى تحديد مكان البغدادي.',
'وبعد ساعات، أعلنت «قسد» مقتل المتحدث باسم التنظيم أبو الحسن المهاجر في غارة نفذتها طائرة مسيّرة أميركية قرب قرية عين البيضا في ريف جرابلس، بتنسيق مع القوات الأميركية.',
'ويأتي ذلك بعد أسبوعين من بدء سحب نحو ألف جندي أميركي من شمال شرق سورية، إثر إطلاق تركيا عملية «نبع السلام» ضد «الوحدات» الكردية في التاسع من الشهر الجاري.',
'وكان وزير الدفاع الأميركي مارك إسبر قد أعلن أن واشنطن ستُبقي نحو 500 جندي قرب حقول النفط في دير الزور والحسكة، إلى جانب نحو 200 جندي في قاعدة التنف عند المثلث الحدودي مع الأردن والعراق.',
'من جهتها، قالت خلية الإعلام الأمني العراقية إن «معلومات دقيقة» قدمها جهاز المخابرات العراقي أسهمت في تحديد مكان البغدادي، فيما عززت القوات العراقية انتشارها على الحدود مع سورية تحسباً لهجمات انتقامية.',
]
D = '2019-10-28'   # Monday; Kuwaiti daily, «أمس» is Sunday 27 October
SUN = '2019-10-27'
SAT = '2019-10-26'
ents = [
 ('L0:ترامب','PERSON','donald-trump'), ('L0:البغدادي','PERSON','abu-bakr-al-baghdadi'), ('L0:ريف إدلب','LOCATION','idlib-countryside'),
 ('L1:دونالد ترامب','PERSON','donald-trump'), ('L1:تنظيم «داعش»','ACTOR','ISIS'), ('L1:أبوبكر البغدادي','PERSON','abu-bakr-al-baghdadi'),
 ('L1:قوات خاصة أميركية','ACTOR','US'), ('L1:قرية باريشا','LOCATION','barisha'), ('L1:ريف إدلب الشمالي','LOCATION','idlib-north-countryside'),
 ('L1:نحو 5 كيلومترات','QUANTITY',None,(5,True,'km')), ('L1:الحدود التركية','LOCATION','syria-turkey-border'),
 ('L2:ترامب','PERSON','donald-trump'), ('L2:البيت الأبيض','LOCATION','white-house'), ('L2:البغدادي','PERSON','abu-bakr-al-baghdadi'),
 ('L2:سترته الناسفة','WEAPON','suicide-vest'), ('L2:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L2:جندي أميركي','ACTOR','US'),
 ('L2:نحو ساعتين','QUANTITY',None,(2,True,'other')),
 ('L3:ثماني مروحيات','QUANTITY',None,(8,False,'aircraft')), ('L3:مروحيات','WEAPON','helicopters'), ('L3:العراق','LOCATION','iraq'),
 ('L3:روسيا','ACTOR','RU'), ('L3:تركيا','ACTOR','TR'), ('L3:قوات النظام السوري','ACTOR','SY_GOV'), ('L3:موسكو','ACTOR','RU'), ('L3:أنقرة','ACTOR','TR'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:لتحالف الدولي','ACTOR','COALITION'), ('L4:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'),
 ('L4:إدلب','LOCATION','idlib'),
 ('L5:أنقرة','LOCATION','ankara'), ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:قوات سوريا الديموقراطية','ACTOR','SDF'), ('L5:مظلوم عبدي','PERSON','mazloum-abdi'),
 ('L5:خمسة أشهر','QUANTITY',None,(5,False,'other')), ('L5:البغدادي','PERSON','abu-bakr-al-baghdadi'),
 ('L6:قسد','ACTOR','SDF'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:أبو الحسن المهاجر','PERSON','abu-al-hassan-al-muhajir'), ('L6:طائرة مسيّرة','WEAPON','drone'),
 ('L6:قرية عين البيضا','LOCATION','ain-al-bayda-jarabulus'), ('L6:ريف جرابلس','LOCATION','jarabulus-countryside'), ('L6:القوات الأميركية','ACTOR','US'),
 ('L7:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')), ('L7:جندي أميركي','ACTOR','US'), ('L7:شمال شرق سورية','LOCATION','northeast-syria'),
 ('L7:تركيا','ACTOR','TR'), ('L7:الوحدات','ACTOR','YPG'),
 ('L8:مارك إسبر','PERSON','mark-esper'), ('L8:واشنطن','ACTOR','US'), ('L8:نحو 500 جندي','QUANTITY',None,(500,True,'troops')),
 ('L8:حقول النفط','LOCATION','deir-ez-zor-hasakah-oil-fields'), ('L8:دير الزور','LOCATION','deir-ez-zor'), ('L8:الحسكة','LOCATION','hasakah'),
 ('L8:نحو 200 جندي','QUANTITY',None,(200,True,'troops')), ('L8:قاعدة التنف','LOCATION','al-tanf'), ('L8:المثلث الحدودي','LOCATION','tanf-triangle'),
 ('L8:الأردن','LOCATION','jordan'), ('L8:العراق','LOCATION','iraq'),
 ('L9:خلية الإعلام الأمني العراقية','ACTOR','IQ_GOV'), ('L9:جهاز المخابرات العراقي','ACTOR','IQ_GOV'), ('L9:البغدادي','PERSON','abu-bakr-al-baghdadi'),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:الحدود','LOCATION','iraq-syria-border'), ('L9:سورية','LOCATION','syria'),
]
times = [
 ('L1:أمس', SUN, 'day'),
 ('L1:ليل السبت - الأحد', SAT, 'part-of-day', {'part': 'night'}),
 ('L4:خلال اليومين الماضيين', SAT + '/' + D, 'day'),
 ('L7:التاسع من الشهر الجاري', '2019-10-09', 'day'),
]
N = 'L1:ليل السبت - الأحد'
TR_ = 'ترامب'
MOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time='L1:أمس', actors=['US'], attr='دونالد ترامب'),                                          # 1
 dict(type='ATTACK', trig='L1:مقتل', time=N, actors=['US'], targets=['ISIS'], loc='L1:قرية باريشا', attr='دونالد ترامب'),               # 2
 dict(type='OPERATION', trig='L1:عملية', time=N, actors=['US'], targets=['ISIS'], loc='L1:قرية باريشا', attr='دونالد ترامب'),            # 3
 dict(type='STATEMENT', trig='L2:قال', actors=['US'], attr=TR_),                                                                 # 4
 dict(type='ATTACK', trig='L2:فجّر', time=N, actors=['ISIS'], weapons=['L2:سترته الناسفة'], qty=['L2:ثلاثة'], attr=TR_),               # 5
 dict(type='OPERATION', trig='L2:العملية', time=N, actors=['US'], targets=['ISIS'], qty=['L2:نحو ساعتين'], attr=TR_),                   # 6
 dict(type='MOVEMENT', trig='L3:أقلعت', time=N, actors=['US'], loc='L3:العراق', weapons=['L3:مروحيات'], qty=['L3:ثماني مروحيات'], attr=TR_),  # 7
 dict(type='CONTROL', trig='L3:تسيطر', actors=['RU', 'TR', 'SY_GOV'], attr=TR_),                                                 # 8
 dict(type='OPERATION', trig='L3:العملية', time=N, actors=['US'], attr=TR_),                                                    # 9
 dict(type='STATEMENT', trig='L4:قالت', actors=['RU'], attr=MOD),                                                               # 10
 dict(type='OPERATION', trig='L4:العملية', time=N, actors=['US'], attr=MOD),                                                     # 11
 dict(type='ATTACK', trig='L4:غارات', mod='denied', time='L4:خلال اليومين الماضيين', actors=['US', 'COALITION'], loc='L4:منطقة خفض التصعيد', attr=MOD),  # 12
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['TR'], attr='وزارة الدفاع التركية'),                                               # 13
 dict(type='OPERATION', trig='L5:العملية', time=N, actors=['US'], attr='وزارة الدفاع التركية'),                                     # 14
 dict(type='STATEMENT', trig='L5:قال', actors=['SDF'], attr='مظلوم عبدي'),                                                       # 15
 dict(type='AGREEMENT', trig='L5:تعاوناً', actors=['SDF', 'US'], qty=['L5:خمسة أشهر'], attr='مظلوم عبدي'),                          # 16
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['SDF'], attr='قسد'),                                                            # 17
 dict(type='ATTACK', trig='L6:غارة', actors=['US'], targets=['ISIS'], loc='L6:قرية عين البيضا', weapons=['L6:طائرة مسيّرة'], attr='قسد'),  # 18
 dict(type='WITHDRAWAL', trig='L7:سحب', actors=['US'], loc='L7:شمال شرق سورية', qty=['L7:نحو ألف جندي']),                            # 19
 dict(type='OPERATION', trig='L7:عملية', time='L7:التاسع من الشهر الجاري', actors=['TR'], targets=['YPG']),                           # 20
 dict(type='STATEMENT', trig='L8:أعلن', actors=['US'], attr='مارك إسبر'),                                                         # 21
 dict(type='MOVEMENT', trig='L8:ستُبقي', mod='planned', actors=['US'], loc='L8:حقول النفط', qty=['L8:نحو 500 جندي'], attr='مارك إسبر'),  # 22
 dict(type='STATEMENT', trig='L9:قالت', actors=['IQ_GOV'], attr='خلية الإعلام الأمني العراقية'),                                     # 23
 dict(type='MOVEMENT', trig='L9:عززت', actors=['IQ_GOV'], loc='L9:الحدود'),                                                       # 24
 dict(type='ATTACK', trig='L9:لهجمات', mod='expected', actors=['ISIS'], targets=['IQ_GOV']),                                        # 25
]
NP = (SAT, 'part-of-day')
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='US', loc=('قرية باريشا', 'barisha'), as_of=NP, status='present', source='دونالد ترامب', line=1, events=[3]),
 dict(actor='ISIS', loc=('قرية باريشا', 'barisha'), as_of=NP, status='present', source='دونالد ترامب', line=1, events=[3]),
 dict(actor='US', strength=(8, False, 'aircraft'), loc=('العراق', 'iraq'), as_of=NP, status='present', source=TR_, line=3, events=[7]),
 dict(actor='ISIS', loc=('قرية عين البيضا', 'ain-al-bayda-jarabulus'), as_of=(SUN, 'day'), status='attacked', source='قسد', line=6, events=[18]),
 dict(actor='US', strength=(1000, True, 'troops'), loc=('شمال شرق سورية', 'northeast-syria'), as_of=V, status='withdrawn', line=7, events=[19]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('حقول النفط', 'deir-ez-zor-hasakah-oil-fields'), as_of=TD, status='planned', source='مارك إسبر', line=8, events=[22]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('دير الزور', 'deir-ez-zor'), as_of=TD, status='planned', source='مارك إسبر', line=8, events=[22]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('الحسكة', 'hasakah'), as_of=TD, status='planned', source='مارك إسبر', line=8, events=[22]),
 dict(actor='US', strength=(200, True, 'troops'), loc=('قاعدة التنف', 'al-tanf'), as_of=TD, status='present', source='مارك إسبر', line=8),
 dict(actor='IQ_GOV', loc=('الحدود', 'iraq-syria-border'), as_of=TD, status='reinforced', line=9, events=[24]),
]
build('alanba-baghdadi-barisha', None, 'الأنباء', D, L, ents, times, events, forces)
