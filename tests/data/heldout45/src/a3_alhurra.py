from build import build
L = [
'غارات تركية على مقرات كردية في شمال شرق سوريا وسنجار.. وواشنطن "قلقة للغاية"',
'شنت طائرات حربية تركية فجر الثلاثاء غارات على مواقع لوحدات حماية الشعب الكردية في جبل قره تشوك قرب مدينة المالكية بمحافظة الحسكة شمال شرق سوريا، وعلى مواقع لحزب العمال الكردستاني في منطقة جبل سنجار شمال غرب العراق.',
'وقالت الوحدات الكردية في بيان إن الغارات استهدفت مقر القيادة العامة ومركزا إعلاميا ومحطة إذاعية في قره تشوك، ما أدى إلى مقتل 20 من مقاتليها وإصابة 18 آخرين.',
'من جانبه، أعلن الجيش التركي أن مقاتلاته "دمرت أهدافا إرهابية" في المنطقتين، بهدف منع حزب العمال الكردستاني من إرسال "أسلحة ومتفجرات" إلى تركيا، مؤكدا "تحييد" نحو 70 مسلحا.',
'وفي سنجار، قالت وزارة شؤون البيشمركة في حكومة إقليم كردستان إن إحدى الغارات أصابت عن طريق الخطأ موقعا لقوات البيشمركة قرب جبل سنجار، ما أدى إلى مقتل خمسة من عناصرها وإصابة تسعة آخرين.',
'ودانت الحكومة العراقية الغارات ووصفتها بأنها "انتهاك للسيادة العراقية"، فيما طالبت رئاسة إقليم كردستان حزب العمال الكردستاني بسحب مسلحيه من سنجار.',
'وقال المتحدث باسم وزارة الخارجية الأميركية مارك تونر للصحافيين ظهر اليوم إن واشنطن "قلقة للغاية" من الغارات التي نفذت "دون تنسيق مناسب" مع الولايات المتحدة أو التحالف الدولي لمحاربة داعش.',
'وأوضح مسؤول عسكري أميركي لموقع "الحرة" أن أنقرة أبلغت التحالف بالضربات قبل أقل من ساعة من تنفيذها، وهي مهلة "غير كافية" لتحذير القوات الأميركية المنتشرة في المنطقة.',
'وفي وقت لاحق من اليوم، اندلعت اشتباكات بين الوحدات الكردية والجيش التركي على الحدود قرب بلدة الدرباسية، تبادل خلالها الطرفان القصف بالمدفعية وقذائف الهاون، بحسب المرصد السوري لحقوق الإنسان.',
'ودعت الوحدات الكردية التحالف الدولي إلى فرض حظر جوي فوق شمال سوريا، مؤكدة أن الغارات لن تؤثر على مشاركة مقاتليها في معركة الرقة المرتقبة ضد تنظيم داعش.',
'وينتشر نحو 900 جندي أميركي في شمال سوريا لدعم قوات سوريا الديمقراطية، التي تشكل الوحدات الكردية عمودها الفقري، في عملية "غضب الفرات" لعزل الرقة، التي انطلقت في تشرين الثاني/نوفمبر الماضي.',
]
D = '2017-04-25'   # Tuesday; web copy of its own day
KRG = 'OTHER:krg'
ents = [
 ('L0:شمال شرق سوريا','LOCATION','northeast-syria'), ('L0:سنجار','LOCATION','sinjar'), ('L0:واشنطن','ACTOR','US'),
 ('L1:طائرات حربية','WEAPON','warplanes'), ('L1:وحدات حماية الشعب','ACTOR','YPG'), ('L1:جبل قره تشوك','LOCATION','karachok-mountain'),
 ('L1:مدينة المالكية','LOCATION','derik'), ('L1:محافظة الحسكة','LOCATION','hasakah-governorate'), ('L1:شمال شرق سوريا','LOCATION','northeast-syria'),
 ('L1:حزب العمال الكردستاني','ACTOR','PKK'), ('L1:منطقة جبل سنجار','LOCATION','sinjar-mountain'), ('L1:شمال غرب العراق','LOCATION','northwest-iraq'),
 ('L2:الوحدات الكردية','ACTOR','YPG'), ('L2:مقر القيادة العامة','LOCATION','ypg-general-command-karachok'),
 ('L2:مركزا إعلاميا','LOCATION','ypg-media-centre-karachok'), ('L2:محطة إذاعية','LOCATION','karachok-radio-station'),
 ('L2:قره تشوك','LOCATION','karachok-mountain'), ('L2:20','QUANTITY',None,(20,False,'killed')), ('L2:18','QUANTITY',None,(18,False,'wounded')),
 ('L3:الجيش التركي','ACTOR','TR'), ('L3:المنطقتين','LOCATION','karachok-and-sinjar'), ('L3:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L3:أسلحة ومتفجرات','WEAPON','weapons-and-explosives'), ('L3:تركيا','LOCATION','turkey'), ('L3:نحو 70 مسلحا','QUANTITY',None,(70,True,'killed')),
 ('L4:سنجار#0','LOCATION','sinjar'), ('L4:وزارة شؤون البيشمركة','ACTOR','PESHMERGA'), ('L4:حكومة إقليم كردستان','ACTOR',KRG),
 ('L4:قوات البيشمركة','ACTOR','PESHMERGA'), ('L4:جبل سنجار','LOCATION','sinjar-mountain'),
 ('L4:خمسة','QUANTITY',None,(5,False,'killed')), ('L4:تسعة','QUANTITY',None,(9,False,'wounded')),
 ('L5:الحكومة العراقية','ACTOR','IQ_GOV'), ('L5:رئاسة إقليم كردستان','ACTOR',KRG), ('L5:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L5:سنجار','LOCATION','sinjar'),
 ('L6:وزارة الخارجية الأميركية','ACTOR','US'), ('L6:مارك تونر','PERSON','mark-toner'), ('L6:واشنطن','ACTOR','US'),
 ('L6:الولايات المتحدة','ACTOR','US'), ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:داعش','ACTOR','ISIS'),
 ('L7:الحرة','ORG','alhurra'), ('L7:أنقرة','ACTOR','TR'), ('L7:التحالف','ACTOR','COALITION'),
 ('L7:أقل من ساعة','QUANTITY',None,(1,True,'other')), ('L7:القوات الأميركية','ACTOR','US'), ('L7:المنطقة','LOCATION','northeast-syria'),
 ('L8:الوحدات الكردية','ACTOR','YPG'), ('L8:الجيش التركي','ACTOR','TR'), ('L8:الحدود','LOCATION','syria-turkey-border'),
 ('L8:بلدة الدرباسية','LOCATION','darbasiyah'), ('L8:المدفعية','WEAPON','artillery'), ('L8:قذائف الهاون','WEAPON','mortars'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L9:الوحدات الكردية','ACTOR','YPG'), ('L9:التحالف الدولي','ACTOR','COALITION'), ('L9:شمال سوريا','LOCATION','north-syria'),
 ('L9:الرقة','LOCATION','raqqa'), ('L9:تنظيم داعش','ACTOR','ISIS'),
 ('L10:نحو 900 جندي أميركي','QUANTITY',None,(900,True,'troops')), ('L10:شمال سوريا','LOCATION','north-syria'),
 ('L10:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L10:الوحدات الكردية','ACTOR','YPG'), ('L10:الرقة','LOCATION','raqqa'),
]
times = [
 ('L1:فجر الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L6:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L8:في وقت لاحق من اليوم', D, 'day'),
 ('L10:تشرين الثاني/نوفمبر الماضي', '2016-11', 'month'),
]
F = 'L1:فجر الثلاثاء'
LATER = 'L8:في وقت لاحق من اليوم'
YPGS = 'وحدات حماية الشعب'
TAF = 'الجيش التركي'
PM = 'وزارة شؤون البيشمركة'
IQ = 'الحكومة العراقية'
PRES = 'رئاسة إقليم كردستان'
TON = 'مارك تونر'
USO = 'مسؤول عسكري أميركي'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='ATTACK', trig='L1:غارات', time=F, actors=['TR'], targets=['YPG', 'PKK'], loc='L1:جبل قره تشوك', weapons=['L1:طائرات حربية']),  # 1
 dict(type='STATEMENT', trig='L2:قالت', time=F, actors=['YPG'], attr=YPGS),                                                     # 2
 dict(type='ATTACK', trig='L2:استهدفت', time=F, actors=['TR'], targets=['YPG'], loc='L2:قره تشوك', qty=['L2:20', 'L2:18'], attr=YPGS),  # 3
 dict(type='STATEMENT', trig='L3:أعلن', time=F, actors=['TR'], attr=TAF),                                                       # 4
 dict(type='ATTACK', trig='L3:دمرت', time=F, actors=['TR'], targets=['PKK'], loc='L3:المنطقتين', attr=TAF),                      # 5
 dict(type='ATTACK', trig='L3:تحييد', time=F, actors=['TR'], targets=['PKK'], qty=['L3:نحو 70 مسلحا'], attr=TAF),                # 6
 dict(type='STATEMENT', trig='L4:قالت', time=F, actors=['PESHMERGA'], attr=PM),                                                 # 7
 dict(type='ATTACK', trig='L4:أصابت', time=F, actors=['TR'], targets=['PESHMERGA'], loc='L4:جبل سنجار', qty=['L4:خمسة', 'L4:تسعة'], attr=PM),  # 8
 dict(type='ATTACK', trig='L5:الغارات', time=F, actors=['TR'], attr=IQ),                                                        # 9
 dict(type='STATEMENT', trig='L5:طالبت', actors=[KRG], attr=PRES),                                                              # 10
 dict(type='WITHDRAWAL', trig='L5:بسحب', mod='planned', actors=['PKK'], loc='L5:سنجار', attr=PRES),                              # 11
 dict(type='STATEMENT', trig='L6:قال', time='L6:ظهر اليوم', actors=['US'], attr=TON),                                                                # 12
 dict(type='ATTACK', trig='L6:الغارات', time=F, actors=['TR'], attr=TON),                                                       # 13
 dict(type='ATTACK', trig='L7:الضربات', time=F, actors=['TR'], attr=USO),                                                       # 14
 dict(type='ATTACK', trig='L8:اشتباكات', time=LATER, actors=['YPG', 'TR'], loc='L8:بلدة الدرباسية', attr=SOHR),                  # 15
 dict(type='ATTACK', trig='L8:القصف', time=LATER, actors=['YPG', 'TR'], loc='L8:بلدة الدرباسية',
      weapons=['L8:المدفعية', 'L8:قذائف الهاون'], attr=SOHR),                                                                    # 16
 dict(type='STATEMENT', trig='L9:دعت', actors=['YPG'], attr=YPGS),                                                              # 17
 dict(type='ATTACK', trig='L9:الغارات', time=F, actors=['TR'], targets=['YPG'], attr=YPGS),                                      # 18
 dict(type='OPERATION', trig='L9:معركة', mod='planned', actors=['YPG'], targets=['ISIS'], loc='L9:الرقة', attr=YPGS),             # 19
 dict(type='MOVEMENT', trig='L10:ينتشر', actors=['US'], loc='L10:شمال سوريا', qty=['L10:نحو 900 جندي أميركي']),                 # 20
 dict(type='OPERATION', trig='L10:عملية', time='L10:تشرين الثاني/نوفمبر الماضي', actors=['SDF'], targets=['ISIS'], loc='L10:الرقة'),  # 21
]
FD = (D, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='YPG', assets='مواقع', loc=('جبل قره تشوك', 'karachok-mountain'), as_of=FD, status='attacked', line=1, events=[1]),
 dict(actor='PKK', assets='مواقع', loc=('منطقة جبل سنجار', 'sinjar-mountain'), as_of=FD, status='attacked', line=1, events=[1]),
 dict(actor='YPG', assets='مقر القيادة العامة، مركز إعلامي، محطة إذاعية', loc=('قره تشوك', 'karachok-mountain'), as_of=FD, status='attacked',
      source=YPGS, line=2, events=[3]),
 dict(actor='PKK', loc=('المنطقتين', 'karachok-and-sinjar'), as_of=FD, status='attacked', source=TAF, line=3, events=[5, 6]),
 dict(actor='PESHMERGA', assets='موقع', loc=('جبل سنجار', 'sinjar-mountain'), as_of=FD, status='attacked', source=PM, line=4, events=[8]),
 dict(actor='US', loc=('المنطقة', 'northeast-syria'), as_of=TD, status='present', source=USO, line=7),
 dict(actor='YPG', loc=('بلدة الدرباسية', 'darbasiyah'), as_of=TD, status='present', source=SOHR, line=8, events=[15, 16]),
 dict(actor='TR', loc=('بلدة الدرباسية', 'darbasiyah'), as_of=TD, status='present', source=SOHR, line=8, events=[15, 16]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('شمال سوريا', 'north-syria'), as_of=TD, status='present', line=10, events=[20]),
]
build('alhurra-karachok-sinjar-strikes', None, 'الحرة', D, L, ents, times, events, forces)
