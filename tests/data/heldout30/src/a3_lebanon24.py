from build import build
L = [
'غارات إسرائيلية على عقربا جنوب شرق دمشق.. و"حزب الله" ينعى اثنين من عناصره',
'شنّت طائرات حربية إسرائيلية ليل السبت - الأحد غارات على مواقع في بلدة عقربا جنوب شرق دمشق، قالت تل أبيب إنها كانت تضم عناصر من "فيلق القدس" في الحرس الثوري الإيراني يعدّون لإطلاق طائرات مسيّرة مفخخة نحو شمال إسرائيل.',
'وقال الجيش الإسرائيلي في بيان إن طائراته استهدفت "خلية" من "فيلق القدس" كانت تخطط لهجوم "وشيك" على مواقع في الجليل، فيما توعد رئيس الوزراء بنيامين نتنياهو بأن "إيران لا تتمتع بالحصانة في أي مكان".',
'في المقابل، نعى "حزب الله" صباح اليوم اثنين من عناصره، هما حسن زبيب وياسر ضاهر، قال إنهما "استشهدا أثناء قيامهما بواجبهما الجهادي" جراء العدوان على عقربا.',
'وكانت وكالة الأنباء السورية "سانا" نقلت عن مصدر عسكري أن الدفاعات الجوية السورية تصدت "لأهداف معادية" قادمة من فوق الجولان المحتل باتجاه محيط دمشق، وأن معظمها دُمّر قبل الوصول إلى أهدافه.',
'وأفاد المرصد السوري لحقوق الإنسان بأن الغارات أسفرت عن مقتل خمسة أشخاص، بينهم عنصران من "حزب الله" ومستشار إيراني، مشيراً إلى أن المنطقة المستهدفة تضم منذ عام 2013 مقرات ومستودعات لمجموعات موالية لإيران.',
'وبعد ساعات، استهدفت طائرتان مسيّرتان إسرائيليتان فجر اليوم حي معوض في الضاحية الجنوبية لبيروت، وانفجرت إحداهما قرب مبنى سكني ما ألحق أضراراً مادية، بحسب ما أعلن الجيش اللبناني في بيان.',
'وفي كلمة متلفزة مساء اليوم، قال الأمين العام لـ"حزب الله" حسن نصر الله إن الحزب "سيرد" من لبنان على مقتل اثنين من مقاتليه في سوريا، وإنه سيعمل على إسقاط أي طائرة مسيّرة إسرائيلية تخترق الأجواء اللبنانية.',
'وفي العراق، قُتل قيادي في "كتائب حزب الله" وأصيب آخر، اليوم، بضربة نفذتها طائرة مسيّرة مجهولة على رتل تابع لـ"الحشد الشعبي" في منطقة القائم قرب الحدود مع سوريا، وفق ما أعلنت هيئة الحشد في بيان.',
'ويأتي ذلك بعد سلسلة انفجارات غامضة طالت خلال الأسابيع الماضية مستودعات أسلحة لـ"الحشد الشعبي"، أبرزها في معسكر الصقر جنوبي بغداد، واتهمت فصائل عراقية إسرائيل بالوقوف وراءها.',
]
D = '2019-08-25'   # Sunday; Lebanese news site, web copy of its own day
SAT = '2019-08-24'
ISR = 'OTHER:israel'
HZ = 'HEZBOLLAH'
IBM = 'OTHER:iran-backed-militias'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
LB = 'OTHER:lebanon'
ents = [
 ('L0:عقربا','LOCATION','aqraba'), ('L0:دمشق','LOCATION','damascus'), ('L0:حزب الله','ACTOR',HZ), ('L0:اثنين','QUANTITY',None,(2,False,'killed')),
 ('L1:طائرات حربية إسرائيلية','WEAPON','warplanes'), ('L1:بلدة عقربا','LOCATION','aqraba'), ('L1:دمشق','LOCATION','damascus'),
 ('L1:تل أبيب','ACTOR',ISR), ('L1:فيلق القدس','ACTOR','IR'), ('L1:الحرس الثوري الإيراني','ACTOR','IR'),
 ('L1:طائرات مسيّرة مفخخة','WEAPON','drones'), ('L1:شمال إسرائيل','LOCATION','north-israel'),
 ('L2:الجيش الإسرائيلي','ACTOR',ISR), ('L2:فيلق القدس','ACTOR','IR'), ('L2:الجليل','LOCATION','galilee'),
 ('L2:بنيامين نتنياهو','PERSON','benjamin-netanyahu'), ('L2:إيران','ACTOR','IR'),
 ('L3:حزب الله','ACTOR',HZ), ('L3:اثنين','QUANTITY',None,(2,False,'killed')), ('L3:حسن زبيب','PERSON','hassan-zbeeb'),
 ('L3:ياسر ضاهر','PERSON','yasser-daher'), ('L3:عقربا','LOCATION','aqraba'),
 ('L4:وكالة الأنباء السورية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:الدفاعات الجوية السورية','ACTOR','SY_GOV'),
 ('L4:الجولان','LOCATION','golan'), ('L4:دمشق','LOCATION','damascus'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:خمسة أشخاص','QUANTITY',None,(5,False,'killed')),
 ('L5:عنصران','QUANTITY',None,(2,False,'killed')), ('L5:حزب الله','ACTOR',HZ), ('L5:مستشار إيراني','ACTOR','IR'),
 ('L5:المنطقة المستهدفة','LOCATION','aqraba'), ('L5:مجموعات موالية لإيران','ACTOR',IBM),
 ('L6:طائرتان مسيّرتان إسرائيليتان','QUANTITY',None,(2,False,'aircraft')), ('L6:طائرتان مسيّرتان إسرائيليتان#0','WEAPON','drones'),
 ('L6:حي معوض','LOCATION','mouawad'), ('L6:الضاحية الجنوبية لبيروت','LOCATION','beirut-southern-suburbs'),
 ('L6:الجيش اللبناني','ACTOR',LB),
 ('L7:حزب الله','ACTOR',HZ), ('L7:حسن نصر الله','PERSON','hassan-nasrallah'), ('L7:الحزب','ACTOR',HZ), ('L7:لبنان#0','LOCATION','lebanon'),
 ('L7:اثنين','QUANTITY',None,(2,False,'killed')), ('L7:سوريا','LOCATION','syria'),
 ('L7:طائرة مسيّرة إسرائيلية','WEAPON','drone'), ('L7:الأجواء اللبنانية','LOCATION','lebanese-airspace'),
 ('L8:العراق','LOCATION','iraq'), ('L8:كتائب حزب الله','ACTOR',KH), ('L8:طائرة مسيّرة','WEAPON','drone'), ('L8:الحشد الشعبي','ACTOR',PMF),
 ('L8:منطقة القائم','LOCATION','al-qaim'), ('L8:الحدود','LOCATION','iraq-syria-border'), ('L8:سوريا','LOCATION','syria'),
 ('L8:هيئة الحشد','ACTOR',PMF),
 ('L9:الحشد الشعبي','ACTOR',PMF), ('L9:معسكر الصقر','LOCATION','saqr-camp'), ('L9:بغداد','LOCATION','baghdad'),
 ('L9:فصائل عراقية','ACTOR','OTHER:iraqi-militias'), ('L9:إسرائيل','ACTOR',ISR),
]
times = [
 ('L1:ليل السبت - الأحد', SAT, 'part-of-day', {'part': 'night'}),
 ('L3:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:منذ عام 2013', '2013/2019', 'year'),
 ('L6:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L8:اليوم', D, 'day'),
 ('L9:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
]
N = 'L1:ليل السبت - الأحد'
IDF = 'الجيش الإسرائيلي'
NAS = 'حسن نصر الله'
events = [
 dict(type='ATTACK', trig='L1:غارات', time=N, actors=[ISR], targets=['IR'], loc='L1:بلدة عقربا', weapons=['L1:طائرات حربية إسرائيلية']),  # 1
 dict(type='STATEMENT', trig='L1:قالت', actors=[ISR], attr='تل أبيب'),                                                             # 2
 dict(type='ATTACK', trig='L1:لإطلاق', mod='planned', actors=['IR'], targets=[ISR], loc='L1:شمال إسرائيل',
      weapons=['L1:طائرات مسيّرة مفخخة'], attr='تل أبيب'),                                                                             # 3
 dict(type='STATEMENT', trig='L2:قال', actors=[ISR], attr=IDF),                                                                    # 4
 dict(type='ATTACK', trig='L2:استهدفت', time=N, actors=[ISR], targets=['IR'], attr=IDF),                                           # 5
 dict(type='ATTACK', trig='L2:لهجوم', mod='planned', actors=['IR'], targets=[ISR], loc='L2:الجليل', attr=IDF),                      # 6
 dict(type='STATEMENT', trig='L3:قال', actors=[HZ], attr='حزب الله'),                                                              # 7
 dict(type='ATTACK', trig='L3:العدوان', time=N, actors=[ISR], targets=[HZ], loc='L3:عقربا', qty=['L3:اثنين'], attr='حزب الله'),    # 8
 dict(type='ATTACK', trig='L4:تصدت', actors=['SY_GOV'], targets=[ISR], attr='مصدر عسكري (سانا)'),                                 # 9
 dict(type='ATTACK', trig='L5:الغارات', time=N, actors=[ISR], targets=[HZ, 'IR'], loc='L5:المنطقة المستهدفة',
      qty=['L5:خمسة أشخاص', 'L5:عنصران'], attr='المرصد السوري لحقوق الإنسان'),                                                       # 10
 dict(type='ATTACK', trig='L6:استهدفت', time='L6:فجر اليوم', actors=[ISR], loc='L6:حي معوض',
      weapons=['L6:طائرتان مسيّرتان إسرائيليتان#0'], qty=['L6:طائرتان مسيّرتان إسرائيليتان'], attr='الجيش اللبناني'),                  # 11
 dict(type='STATEMENT', trig='L6:أعلن', actors=[LB], attr='الجيش اللبناني'),                                                       # 12
 dict(type='STATEMENT', trig='L7:قال', actors=[HZ], attr=NAS),                                                                     # 13
 dict(type='ATTACK', trig='L7:سيرد', mod='planned', actors=[HZ], targets=[ISR], loc='L7:لبنان#0', attr=NAS),                          # 14
 dict(type='ATTACK', trig='L7:مقتل', time=N, actors=[ISR], targets=[HZ], loc='L7:سوريا', qty=['L7:اثنين'], attr=NAS),              # 15
 dict(type='ATTACK', trig='L7:إسقاط', mod='planned', actors=[HZ], targets=[ISR], loc='L7:الأجواء اللبنانية', attr=NAS),             # 16
 dict(type='ATTACK', trig='L8:بضربة', time='L8:اليوم', actors=['UNKNOWN'], targets=[KH, PMF], loc='L8:منطقة القائم',
      weapons=['L8:طائرة مسيّرة'], attr='هيئة الحشد'),                                                                                 # 17
 dict(type='STATEMENT', trig='L8:أعلنت', actors=[PMF], attr='هيئة الحشد'),                                                        # 18
 dict(type='ATTACK', trig='L9:انفجارات', time='L9:خلال الأسابيع الماضية', actors=[ISR], targets=[PMF], loc='L9:معسكر الصقر',
      attr='فصائل عراقية'),                                                                                                            # 19
]
NP = (SAT, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='IR', assets='مواقع', loc=('بلدة عقربا', 'aqraba'), as_of=NP, status='attacked', source='تل أبيب', line=1, events=[1]),
 dict(actor='IR', assets='عناصر من "فيلق القدس"', loc=('بلدة عقربا', 'aqraba'), as_of=NP, status='present', source='تل أبيب', line=1, events=[]),
 dict(actor=HZ, loc=('عقربا', 'aqraba'), as_of=NP, status='attacked', source='حزب الله', line=3, events=[8]),
 dict(actor=HZ, loc=('المنطقة المستهدفة', 'aqraba'), as_of=NP, status='attacked', source='المرصد السوري لحقوق الإنسان', line=5, events=[10]),
 dict(actor='IR', loc=('المنطقة المستهدفة', 'aqraba'), as_of=NP, status='attacked', source='المرصد السوري لحقوق الإنسان', line=5, events=[10]),
 dict(actor=IBM, assets='مقرات ومستودعات', loc=('المنطقة المستهدفة', 'aqraba'), as_of=('2013/2019', 'year'), status='present',
      source='المرصد السوري لحقوق الإنسان', line=5, events=[]),
 dict(actor=PMF, assets='رتل', loc=('منطقة القائم', 'al-qaim'), as_of=TD, status='attacked', source='هيئة الحشد', line=8, events=[17]),
 dict(actor=KH, loc=('منطقة القائم', 'al-qaim'), as_of=TD, status='attacked', source='هيئة الحشد', line=8, events=[17]),
 dict(actor=PMF, assets='مستودعات أسلحة', loc=('معسكر الصقر', 'saqr-camp'), as_of=(None, 'vague'), status='attacked', source='فصائل عراقية',
      line=9, events=[19]),
]
build('lebanon24-aqraba-strikes', None, 'لبنان 24', D, L, ents, times, events, forces)
