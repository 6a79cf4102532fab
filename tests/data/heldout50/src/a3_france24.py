from build import build
L = [
'"قوات سوريا الديمقراطية" تبدأ معركة طرد تنظيم "الدولة الإسلامية" من الرقة',
'أعلنت "قوات سوريا الديمقراطية"، وهي تحالف فصائل كردية وعربية تدعمه واشنطن، الثلاثاء بدء "المعركة الكبرى" لطرد تنظيم "الدولة الإسلامية" من مدينة الرقة، أبرز معاقله في سوريا.',
'وقال المتحدث باسم "قسد"، طلال سلو، في مؤتمر صحافي عقده في بلدة حزيمة شمال الرقة، إن المقاتلين اقتحموا فجر اليوم حي المشلب في الطرف الشرقي للمدينة، بالتزامن مع هجوم من الجهة الغربية باتجاه حي الرومانية.',
'وأكد مراسل فرانس 24 أن اشتباكات عنيفة تدور في محيط مقر الفرقة 17 شمال المدينة، حيث يتحصن مئات من مقاتلي التنظيم، وسط قصف مدفعي متواصل.',
'من جهته، أعلن التحالف الدولي بقيادة الولايات المتحدة أن طائراته نفذت خلال الساعات الـ24 الماضية 19 ضربة في الرقة ومحيطها، استهدفت مراكز قيادة ومستودعات أسلحة للتنظيم.',
'وأفاد متحدث باسم البنتاغون بأن مستشارين عسكريين أميركيين يرافقون المهاجمين من دون المشاركة في القتال المباشر، فيما تنشر قوات مشاة البحرية (المارينز) بطارية مدفعية قرب المدينة منذ آذار/مارس الماضي.',
'في المقابل، تحدثت وكالة "أعماق" التابعة للتنظيم عن تفجير عربتين مفخختين بتجمعات للمهاجمين قرب حي المشلب، ونفت أن يكون مقاتلوه قد انسحبوا من أي موقع داخل المدينة.',
'وقالت الأمم المتحدة إن نحو 160 ألف مدني ما زالوا عالقين داخل الرقة، بعد أن قُتل 21 مدنياً في غارات على المدينة الأسبوع الماضي بحسب المرصد السوري لحقوق الإنسان.',
'وكانت "قسد" قد سيطرت في العاشر من أيار/مايو الماضي على مدينة الطبقة وسد الفرات المجاور لها، بعد عملية إنزال جوي أميركية في آذار، لتكمل بذلك تطويق الرقة من الشمال والغرب والشرق.',
'وأبدت أنقرة، التي تعتبر "وحدات حماية الشعب" الكردية امتداداً لحزب العمال الكردستاني، استياءها من قرار واشنطن الشهر الماضي تسليح المقاتلين الأكراد بشكل مباشر.',
'وتتقدم قوات النظام السوري بدورها في ريف حلب الشرقي نحو الحدود الإدارية لمحافظة الرقة، بعد سيطرتها السبت على مدينة مسكنة، آخر معاقل التنظيم في المنطقة.',
]
D = '2017-06-06'   # Tuesday; web copy of its day
ents = [
 ('L0:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L0:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L0:الرقة','LOCATION','raqqa'),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:واشنطن','ACTOR','US'), ('L1:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'),
 ('L1:مدينة الرقة','LOCATION','raqqa'), ('L1:سوريا#1','LOCATION','syria'),
 ('L2:قسد','ACTOR','SDF'), ('L2:طلال سلو','PERSON','talal-silo'), ('L2:بلدة حزيمة','LOCATION','hazima'), ('L2:الرقة','LOCATION','raqqa'),
 ('L2:حي المشلب','LOCATION','mashlab'), ('L2:الطرف الشرقي للمدينة','LOCATION','raqqa-eastern-edge'), ('L2:حي الرومانية','LOCATION','romaniya'),
 ('L3:فرانس 24','ORG','france24'), ('L3:محيط مقر الفرقة 17','LOCATION','division-17-base'), ('L3:المدينة','LOCATION','raqqa'),
 ('L3:مئات','QUANTITY',None,([100,999],True,'fighters')), ('L3:التنظيم','ACTOR','ISIS'),
 ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:الولايات المتحدة','ACTOR','US'), ('L4:19 ضربة','QUANTITY',None,(19,False,'other')),
 ('L4:الرقة','LOCATION','raqqa'), ('L4:محيطها','LOCATION','raqqa-surroundings'), ('L4:مستودعات أسلحة','LOCATION','isis-weapons-depots'),
 ('L4:لتنظيم','ACTOR','ISIS'),
 ('L5:البنتاغون','ACTOR','US'), ('L5:مستشارين عسكريين أميركيين','ACTOR','US'), ('L5:قوات مشاة البحرية','ACTOR','US'),
 ('L5:المارينز','ACTOR','US'), ('L5:بطارية مدفعية','WEAPON','artillery'), ('L5:المدينة','LOCATION','raqqa'),
 ('L6:أعماق','ORG','amaq'), ('L6:لتنظيم','ACTOR','ISIS'), ('L6:عربتين مفخختين','QUANTITY',None,(2,False,'vehicles')),
 ('L6:عربتين مفخختين#0','WEAPON','car-bombs'), ('L6:حي المشلب','LOCATION','mashlab'), ('L6:المدينة','LOCATION','raqqa'),
 ('L7:الأمم المتحدة','ORG','un'), ('L7:نحو 160 ألف مدني','QUANTITY',None,(160000,True,'people')), ('L7:الرقة','LOCATION','raqqa'),
 ('L7:21 مدنياً','QUANTITY',None,(21,False,'killed')), ('L7:المدينة','LOCATION','raqqa'), ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L8:قسد','ACTOR','SDF'), ('L8:مدينة الطبقة','LOCATION','tabqa'), ('L8:سد الفرات','LOCATION','tabqa-dam'), ('L8:الرقة','LOCATION','raqqa'),
 ('L9:أنقرة','ACTOR','TR'), ('L9:وحدات حماية الشعب','ACTOR','YPG'), ('L9:حزب العمال الكردستاني','ACTOR','PKK'), ('L9:واشنطن','ACTOR','US'),
 ('L10:قوات النظام السوري','ACTOR','SY_GOV'), ('L10:ريف حلب الشرقي','LOCATION','east-aleppo-countryside'),
 ('L10:الحدود الإدارية لمحافظة الرقة','LOCATION','raqqa-governorate-boundary'), ('L10:مدينة مسكنة','LOCATION','maskanah'),
 ('L10:التنظيم','ACTOR','ISIS'), ('L10:المنطقة','LOCATION','east-aleppo-countryside'),
]
times = [
 ('L1:الثلاثاء', D, 'day'),
 ('L2:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:خلال الساعات الـ24 الماضية', '2017-06-05/' + D, 'day'),
 ('L5:منذ آذار/مارس الماضي', '2017-03/2017-06', 'month'),
 ('L7:الأسبوع الماضي', '2017-05-29/2017-06-04', 'week'),
 ('L8:العاشر من أيار/مايو الماضي', '2017-05-10', 'day'),
 ('L8:آذار', '2017-03', 'month'),
 ('L9:الشهر الماضي', '2017-05', 'month'),
 ('L10:السبت', '2017-06-03', 'day'),
]
T = 'L1:الثلاثاء'
SDFA = 'قوات سوريا الديمقراطية'
SILO = 'طلال سلو'
COR = 'مراسل فرانس 24'
AMAQ = 'وكالة "أعماق"'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['SDF'], attr=SDFA),                                              # 1
 dict(type='OPERATION', trig='L1:المعركة الكبرى', time=T, actors=['SDF'], targets=['ISIS'], loc='L1:مدينة الرقة', attr=SDFA),  # 2
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=['SDF'], attr=SILO),                                                # 3
 dict(type='ATTACK', trig='L2:اقتحموا', time='L2:فجر اليوم', actors=['SDF'], targets=['ISIS'], loc='L2:حي المشلب', attr=SILO),  # 4
 dict(type='ATTACK', trig='L2:هجوم', time='L2:فجر اليوم', actors=['SDF'], targets=['ISIS'], loc='L2:حي الرومانية', attr=SILO),  # 5
 dict(type='ATTACK', trig='L3:اشتباكات', time=T, actors=['SDF', 'ISIS'], loc='L3:محيط مقر الفرقة 17', attr=COR),           # 6
 dict(type='ATTACK', trig='L3:قصف', time=T, loc='L3:محيط مقر الفرقة 17', attr=COR),                                        # 7
 dict(type='STATEMENT', trig='L4:أعلن', time=T, actors=['COALITION'], attr='التحالف الدولي'),                               # 8
 dict(type='ATTACK', trig='L4:نفذت', time='L4:خلال الساعات الـ24 الماضية', actors=['COALITION'], targets=['ISIS'], loc='L4:الرقة',
      qty=['L4:19 ضربة'], attr='التحالف الدولي'),                                                                         # 9
 dict(type='MOVEMENT', trig='L5:تنشر', time='L5:منذ آذار/مارس الماضي', actors=['US'], loc='L5:المدينة',
      weapons=['L5:بطارية مدفعية'], attr='متحدث باسم البنتاغون'),                                                         # 10
 dict(type='ATTACK', trig='L6:تفجير', time=T, actors=['ISIS'], targets=['SDF'], loc='L6:حي المشلب',
      weapons=['L6:عربتين مفخختين#0'], qty=['L6:عربتين مفخختين'], attr=AMAQ),                                              # 11
 dict(type='WITHDRAWAL', trig='L6:انسحبوا', mod='denied', time=T, actors=['ISIS'], loc='L6:المدينة', attr=AMAQ),             # 12
 dict(type='STATEMENT', trig='L7:قالت', time=T, attr='الأمم المتحدة'),                                                      # 13
 dict(type='ATTACK', trig='L7:غارات', time='L7:الأسبوع الماضي', loc='L7:المدينة', qty=['L7:21 مدنياً'],
      attr='المرصد السوري لحقوق الإنسان'),                                                                                # 14
 dict(type='CONTROL', trig='L8:سيطرت', time='L8:العاشر من أيار/مايو الماضي', actors=['SDF'], targets=['ISIS'], loc='L8:مدينة الطبقة'),  # 15
 dict(type='MOVEMENT', trig='L8:إنزال جوي', time='L8:آذار', actors=['US']),                                                 # 16
 dict(type='OPERATION', trig='L8:تطويق', time='L8:العاشر من أيار/مايو الماضي', actors=['SDF'], targets=['ISIS'], loc='L8:الرقة'),  # 17
 dict(type='MOVEMENT', trig='L10:تتقدم', time=T, actors=['SY_GOV'], loc='L10:ريف حلب الشرقي'),                              # 18
 dict(type='CONTROL', trig='L10:سيطرتها', time='L10:السبت', actors=['SY_GOV'], targets=['ISIS'], loc='L10:مدينة مسكنة'),      # 19
]
DD = (D, 'day')
forces = [
 dict(actor='SDF', loc=('حي المشلب', 'mashlab'), as_of=(D, 'part-of-day'), status='present', source=SILO, line=2, events=[4]),
 dict(actor='ISIS', loc=('حي المشلب', 'mashlab'), as_of=(D, 'part-of-day'), status='present', source=SILO, line=2, events=[4]),
 dict(actor='SDF', loc=('حي الرومانية', 'romaniya'), as_of=(D, 'part-of-day'), status='present', source=SILO, line=2, events=[5]),
 dict(actor='SDF', loc=('محيط مقر الفرقة 17', 'division-17-base'), as_of=DD, status='present', source=COR, line=3, events=[6]),
 dict(actor='ISIS', strength=([100, 999], True, 'fighters'), loc=('محيط مقر الفرقة 17', 'division-17-base'), as_of=DD, status='present',
      source=COR, line=3, events=[6]),
 dict(actor='ISIS', assets='مراكز قيادة ومستودعات أسلحة', loc=('الرقة', 'raqqa'), as_of=('2017-06-05/' + D, 'day'), status='attacked',
      source='التحالف الدولي', line=4, events=[9]),
 dict(actor='ISIS', loc=('محيطها', 'raqqa-surroundings'), as_of=('2017-06-05/' + D, 'day'), status='attacked',
      source='التحالف الدولي', line=4, events=[9]),
 dict(actor='US', assets='بطارية مدفعية', loc=('المدينة', 'raqqa'), as_of=('2017-03/2017-06', 'month'), status='present',
      source='متحدث باسم البنتاغون', line=5, events=[10]),
 dict(actor='SDF', loc=('حي المشلب', 'mashlab'), as_of=DD, status='attacked', source=AMAQ, line=6, events=[11]),
 dict(actor='SDF', loc=('مدينة الطبقة', 'tabqa'), as_of=('2017-05-10', 'day'), status='controls', line=8, events=[15]),
 dict(actor='SDF', loc=('سد الفرات', 'tabqa-dam'), as_of=('2017-05-10', 'day'), status='controls', line=8, events=[15]),
 dict(actor='SY_GOV', loc=('ريف حلب الشرقي', 'east-aleppo-countryside'), as_of=DD, status='present', line=10, events=[18]),
 dict(actor='SY_GOV', loc=('مدينة مسكنة', 'maskanah'), as_of=('2017-06-03', 'day'), status='controls', line=10, events=[19]),
]
build('france24-raqqa-great-battle', None, 'فرانس 24', D, L, ents, times, events, forces)
