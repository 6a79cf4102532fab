from build import build
L = [
'مسيّرة تركية تستهدف محيط مطار السليمانية خلال وجود مظلوم عبدي.. وبغداد تطالب أنقرة باعتذار',
'أربيل - النهار العربي',
'استهدفت طائرة مسيّرة تركية، مساء أمس الجمعة، محيط مطار السليمانية الدولي في إقليم كردستان العراق، أثناء وجود قائد "قوات سوريا الديمقراطية" (قسد) مظلوم عبدي برفقة عسكريين أميركيين، من دون أن تسفر الضربة عن إصابات، بحسب مصادر كردية.',
'وقالت "قسد" في بيان إن "الاستهداف التركي" لم يسفر عن أي أذى لقائدها أو للوفد المرافق، متهمة أنقرة بـ"السعي إلى زعزعة استقرار الإقليم"، فيما أكد مسؤول في الاتحاد الوطني الكردستاني لـ"النهار العربي" أن عبدي كان يقوم بزيارة "خاصة" إلى السليمانية.',
'من جهتها، دانت الرئاسة العراقية "القصف التركي"، وطالب الرئيس عبد اللطيف جمال رشيد أنقرة بـ"تقديم اعتذار رسمي" ووقف "الاعتداءات المتكررة" على الأراضي العراقية.',
'وجاء الاستهداف بعد خمسة أيام من قرار أنقرة إغلاق مجالها الجوي أمام الرحلات من مطار السليمانية وإليه حتى الثالث من تموز المقبل، بذريعة "تزايد أنشطة حزب العمال الكردستاني" في المحافظة.',
'ولم يصدر تعليق رسمي عن وزارة الدفاع التركية، غير أن وزير الخارجية مولود جاويش أوغلو قال في مقابلة تلفزيونية اليوم السبت إن "السليمانية باتت ملاذاً لإرهابيي حزب العمال الكردستاني"، من دون أن ينفي أو يؤكد مسؤولية بلاده عن الضربة.',
'وفي واشنطن، أكدت وزارة الدفاع الأميركية (البنتاغون) أن ثلاثة عسكريين أميركيين كانوا ضمن الموكب ولم يصب أي منهم بأذى، مشيرة إلى أن القوات الأميركية "تواصل عملها مع قسد في شمال شرقي سوريا لضمان الهزيمة الدائمة لداعش".',
'وتحتفظ الولايات المتحدة بنحو 900 جندي في سوريا، ينتشر معظمهم في قواعد بمحافظتي الحسكة ودير الزور، إلى جانب نحو 2500 جندي في العراق بمهمة "استشارية" منذ نهاية عام 2021.',
'وتنتشر القوات التركية في أكثر من 30 قاعدة وموقعاً عسكرياً في محافظة دهوك، وتشن منذ نيسان 2022 عملية "المخلب - القفل" ضد مقاتلي حزب العمال الكردستاني في منطقتي متينا والزاب.',
'ويرى مراقبون أن الضربة تحمل رسالة مزدوجة إلى الأميركيين و"الاتحاد الوطني"، الذي يتهمه الأتراك بتسهيل انتقال مقاتلي "العمال الكردستاني" بين جبال قنديل وشمال شرقي سوريا، ضمن تنسيق متزايد مع "قسد".',
]
D = '2023-04-08'   # Saturday; pan-Arab news site (Beirut), web copy of its own day
FRI = '2023-04-07'
PUK = 'OTHER:puk'
ents = [
 ('L0:مسيّرة تركية','WEAPON','drones'), ('L0:مطار السليمانية','LOCATION','sulaymaniyah-airport'), ('L0:مظلوم عبدي','PERSON','mazloum-abdi'),
 ('L0:بغداد','ACTOR','IQ_GOV'), ('L0:أنقرة','ACTOR','TR'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:النهار العربي','ORG','annahar-alarabi'),
 ('L2:طائرة مسيّرة تركية','WEAPON','drones'), ('L2:مطار السليمانية الدولي','LOCATION','sulaymaniyah-airport'),
 ('L2:إقليم كردستان العراق','LOCATION','kurdistan-region'), ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'),
 ('L2:مظلوم عبدي','PERSON','mazloum-abdi'), ('L2:عسكريين أميركيين','ACTOR','US'),
 ('L3:قسد','ACTOR','SDF'), ('L3:أنقرة','ACTOR','TR'), ('L3:الإقليم','LOCATION','kurdistan-region'),
 ('L3:الاتحاد الوطني الكردستاني','ACTOR',PUK), ('L3:النهار العربي','ORG','annahar-alarabi'), ('L3:عبدي','PERSON','mazloum-abdi'),
 ('L3:السليمانية','LOCATION','sulaymaniyah'),
 ('L4:الرئاسة العراقية','ACTOR','IQ_GOV'), ('L4:عبد اللطيف جمال رشيد','PERSON','abdul-latif-rashid'), ('L4:أنقرة','ACTOR','TR'),
 ('L4:الأراضي العراقية','LOCATION','iraq'),
 ('L5:خمسة أيام','QUANTITY',None,(5,False,'other')), ('L5:أنقرة','ACTOR','TR'), ('L5:مطار السليمانية','LOCATION','sulaymaniyah-airport'),
 ('L5:حزب العمال الكردستاني','ACTOR','PKK'), ('L5:المحافظة','LOCATION','sulaymaniyah-governorate'),
 ('L6:وزارة الدفاع التركية','ACTOR','TR'), ('L6:مولود جاويش أوغلو','PERSON','mevlut-cavusoglu'), ('L6:السليمانية','LOCATION','sulaymaniyah'),
 ('L6:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L7:واشنطن','LOCATION','washington'), ('L7:وزارة الدفاع الأميركية','ACTOR','US'), ('L7:البنتاغون','ACTOR','US'),
 ('L7:ثلاثة عسكريين أميركيين','QUANTITY',None,(3,False,'troops')), ('L7:عسكريين أميركيين','ACTOR','US'),
 ('L7:القوات الأميركية','ACTOR','US'), ('L7:قسد','ACTOR','SDF'), ('L7:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L7:داعش','ACTOR','ISIS'),
 ('L8:الولايات المتحدة','ACTOR','US'), ('L8:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L8:سوريا','LOCATION','syria'),
 ('L8:محافظتي الحسكة','LOCATION','hasakah-governorate'), ('L8:دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L8:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')), ('L8:العراق','LOCATION','iraq'),
 ('L9:القوات التركية','ACTOR','TR'), ('L9:أكثر من 30 قاعدة','QUANTITY',None,(30,True,'other')), ('L9:محافظة دهوك','LOCATION','duhok-governorate'),
 ('L9:حزب العمال الكردستاني','ACTOR','PKK'), ('L9:منطقتي متينا','LOCATION','metina'), ('L9:الزاب','LOCATION','zap'),
 ('L10:الأميركيين','ACTOR','US'), ('L10:الاتحاد الوطني','ACTOR',PUK), ('L10:الأتراك','ACTOR','TR'), ('L10:العمال الكردستاني','ACTOR','PKK'),
 ('L10:جبال قنديل','LOCATION','qandil-mountains'), ('L10:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L10:قسد','ACTOR','SDF'),
]
times = [
 ('L2:مساء أمس الجمعة', FRI, 'part-of-day', {'part': 'evening'}),
 ('L5:الثالث من تموز المقبل', '2023-07-03', 'day'),
 ('L6:اليوم السبت', D, 'day'),
 ('L8:منذ نهاية عام 2021', '2021-12/2023-04', 'month'),
 ('L9:منذ نيسان 2022', '2022-04/2023-04', 'month'),
]
T = 'L2:مساء أمس الجمعة'
events = [
 dict(type='ATTACK', trig='L2:استهدفت', time=T, actors=['TR'], targets=['SDF'], loc='L2:مطار السليمانية الدولي',
      weapons=['L2:طائرة مسيّرة تركية'], attr='مصادر كردية'),                                                                     # 1
 dict(type='STATEMENT', trig='L3:قالت', actors=['SDF'], attr='قسد'),                                                              # 2
 dict(type='ATTACK', trig='L3:الاستهداف', time=T, actors=['TR'], targets=['SDF'], attr='قسد'),                                    # 3
 dict(type='ATTACK', trig='L4:القصف', time=T, actors=['TR'], attr='الرئاسة العراقية'),                                            # 4
 dict(type='ATTACK', trig='L5:الاستهداف', time=T, actors=['TR']),                                                                  # 5
 dict(type='STATEMENT', trig='L6:قال', time='L6:اليوم السبت', actors=['TR'], attr='مولود جاويش أوغلو'),                            # 6
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['US'], loc='L8:محافظتي الحسكة'),                                                    # 7
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['TR'], loc='L9:محافظة دهوك', qty=['L9:أكثر من 30 قاعدة']),                          # 8
 dict(type='OPERATION', trig='L9:عملية', time='L9:منذ نيسان 2022', actors=['TR'], targets=['PKK'], loc='L9:منطقتي متينا'),          # 9
 dict(type='ATTACK', trig='L10:الضربة', time=T, actors=['TR'], attr='مراقبون'),                                                     # 10
 dict(type='MOVEMENT', trig='L10:انتقال', actors=['PKK'], loc='L10:جبال قنديل', attr='الأتراك'),                                     # 11
]
FE = (FRI, 'part-of-day')
TD = (D, 'day')
SINCE = ('2022-04/2023-04', 'month')
forces = [
 dict(actor='SDF', assets='قائد قسد مظلوم عبدي', loc=('مطار السليمانية الدولي', 'sulaymaniyah-airport'), as_of=FE, status='attacked',
      source='مصادر كردية', line=2, events=[1]),
 dict(actor='US', assets='عسكريين أميركيين', loc=('مطار السليمانية الدولي', 'sulaymaniyah-airport'), as_of=FE, status='present',
      source='مصادر كردية', line=2, events=[]),
 dict(actor='PKK', loc=('السليمانية', 'sulaymaniyah'), as_of=TD, status='present', source='مولود جاويش أوغلو', line=6, events=[]),
 dict(actor='US', loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=TD, status='present', source='البنتاغون', line=7, events=[]),
 dict(actor='SDF', loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=TD, status='present', source='البنتاغون', line=7, events=[]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('سوريا', 'syria'), as_of=TD, status='present', line=8, events=[]),
 dict(actor='US', loc=('محافظتي الحسكة', 'hasakah-governorate'), as_of=TD, status='present', line=8, events=[7]),
 dict(actor='US', loc=('دير الزور', 'deir-ez-zor-governorate'), as_of=TD, status='present', line=8, events=[7]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('العراق', 'iraq'), as_of=TD, status='present', line=8, events=[]),
 dict(actor='TR', assets='أكثر من 30 قاعدة وموقعاً عسكرياً', loc=('محافظة دهوك', 'duhok-governorate'), as_of=TD, status='present', line=9, events=[8]),
 dict(actor='TR', loc=('منطقتي متينا', 'metina'), as_of=SINCE, status='present', line=9, events=[9]),
 dict(actor='TR', loc=('الزاب', 'zap'), as_of=SINCE, status='present', line=9, events=[9]),
 dict(actor='PKK', loc=('منطقتي متينا', 'metina'), as_of=SINCE, status='attacked', line=9, events=[9]),
 dict(actor='PKK', loc=('الزاب', 'zap'), as_of=SINCE, status='attacked', line=9, events=[9]),
]
build('annaharalarabi-sulaymaniyah-airport-drone', None, 'النهار العربي', D, L, ents, times, events, forces)
