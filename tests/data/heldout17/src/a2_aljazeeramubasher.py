from build import build
L = [
'الجيش التركي و"الحر" يعلنان السيطرة على جبل برصايا الاستراتيجي شمال شرقي عفرين',
'سيطر الجيش التركي وفصائل من الجيش السوري الحر، اليوم الأحد، على جبل برصايا الاستراتيجي شمال شرقي مدينة عفرين، بعد معارك عنيفة مع وحدات حماية الشعب الكردية استمرت أياماً، في اليوم التاسع من عملية "غصن الزيتون" التي أطلقتها أنقرة في العشرين من يناير/كانون الثاني الجاري.',
'وقال مراسل الجزيرة مباشر إن الجبل، الذي يطل على مدينة أعزاز السورية وولاية كليس التركية، تعرض منذ فجر اليوم لقصف مدفعي مكثف وغارات نفذتها مقاتلات تركية من طراز "إف-16"، قبل أن تقتحمه القوات البرية من ثلاثة محاور وترفع العلم التركي وعلم الثورة السورية على قمته.',
'وأعلنت رئاسة الأركان التركية في بيان أن عدد "الإرهابيين" الذين تم "تحييدهم" منذ انطلاق العملية بلغ 597، مضيفة أن مقاتلاتها دمرت خلال الساعات الـ24 الماضية 19 هدفاً بينها مخابئ ومستودعات للذخيرة تستخدمها "وحدات حماية الشعب" و"حزب العمال الكردستاني".',
'كما أعلنت رئاسة الأركان مقتل جندي تركي في اشتباكات على محور بلدة راجو غربي عفرين، ليرتفع عدد قتلى الجيش التركي منذ بدء العملية إلى سبعة جنود، إضافة إلى 14 مقاتلاً على الأقل من فصائل الجيش الحر.',
'في المقابل، قال المتحدث باسم وحدات حماية الشعب في عفرين بروسك حسكة إن مقاتلي الوحدات "استعادوا" مواقع على سفوح الجبل خلال الليل وكبّدوا "جيش الاحتلال التركي ومرتزقته" خسائر فادحة، نافياً سيطرة القوات التركية على قمة الجبل بالكامل.',
'وتزامن ذلك مع سقوط قذيفتين صاروخيتين أُطلقتا من مناطق سيطرة الوحدات الكردية على بلدة الريحانية التابعة لولاية هطاي جنوبي تركيا، ما أدى إلى مقتل مدني سوري وإصابة 12 آخرين، بحسب وكالة الأناضول.',
'وبحسب المرصد السوري لحقوق الإنسان، فقد قُتل 68 مدنياً بينهم 21 طفلاً في القصف التركي منذ بدء الهجوم، بينما تنفي أنقرة استهداف المدنيين وتقول إنها تتخذ "كل الاحتياطات" لتجنب إيقاع إصابات بينهم.',
'وكان الرئيس التركي رجب طيب أردوغان قد جدد أمس السبت تأكيده أن قواته ستتوجه بعد عفرين إلى منبج، مطالباً الولايات المتحدة بسحب عناصرها من المدينة، في حين قال مسؤولون أمريكيون إن واشنطن لا تنوي سحب قواتها المنتشرة هناك.',
'وكانت روسيا قد سحبت قبيل انطلاق العملية عناصر شرطتها العسكرية من منطقة تل رفعت المجاورة لعفرين، في خطوة اعتبرها مراقبون "ضوءاً أخضر" للهجوم التركي، رغم أن موسكو دعت أنقرة إلى "ضبط النفس".',
]
D = '2018-01-28'   # Sunday; web copy of its own day
SAT = '2018-01-27'
ents = [
 ('L0:الجيش التركي','ACTOR','TR'), ('L0:الحر','ACTOR','FSA'), ('L0:جبل برصايا','LOCATION','bursaya'), ('L0:عفرين','LOCATION','afrin'),
 ('L1:الجيش التركي','ACTOR','TR'), ('L1:الجيش السوري الحر','ACTOR','FSA'), ('L1:جبل برصايا','LOCATION','bursaya'),
 ('L1:مدينة عفرين','LOCATION','afrin'), ('L1:وحدات حماية الشعب','ACTOR','YPG'), ('L1:أنقرة','ACTOR','TR'),
 ('L2:الجزيرة مباشر','ORG','aljazeera-mubasher'), ('L2:الجبل','LOCATION','bursaya'), ('L2:مدينة أعزاز','LOCATION','azaz'),
 ('L2:ولاية كليس','LOCATION','kilis'), ('L2:مقاتلات تركية من طراز "إف-16"','WEAPON','f-16'),
 ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:رئاسة الأركان التركية','ACTOR','TR'), ('L3:الإرهابيين','ACTOR','YPG'), ('L3:597','QUANTITY',None,(597,False,'killed')),
 ('L3:19 هدفاً','QUANTITY',None,(19,False,'other')), ('L3:وحدات حماية الشعب','ACTOR','YPG'), ('L3:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L4:رئاسة الأركان','ACTOR','TR'), ('L4:جندي تركي','ACTOR','TR'), ('L4:بلدة راجو','LOCATION','rajo'), ('L4:عفرين','LOCATION','afrin'),
 ('L4:الجيش التركي','ACTOR','TR'), ('L4:سبعة جنود','QUANTITY',None,(7,False,'killed')),
 ('L4:14 مقاتلاً على الأقل','QUANTITY',None,(14,True,'killed')), ('L4:الجيش الحر','ACTOR','FSA'),
 ('L5:وحدات حماية الشعب','ACTOR','YPG'), ('L5:عفرين','LOCATION','afrin'), ('L5:بروسك حسكة','PERSON','birusk-hasakah'),
 ('L5:الوحدات','ACTOR','YPG'), ('L5:سفوح الجبل','LOCATION','bursaya-slopes'), ('L5:جيش الاحتلال التركي','ACTOR','TR'),
 ('L5:القوات التركية','ACTOR','TR'), ('L5:قمة الجبل','LOCATION','bursaya-summit'),
 ('L6:قذيفتين صاروخيتين','QUANTITY',None,(2,False,'missiles')), ('L6:قذيفتين صاروخيتين#0','WEAPON','rockets'),
 ('L6:الوحدات الكردية','ACTOR','YPG'), ('L6:بلدة الريحانية','LOCATION','reyhanli'), ('L6:ولاية هطاي','LOCATION','hatay'),
 ('L6:تركيا','LOCATION','turkey'), ('L6:12 آخرين','QUANTITY',None,(12,False,'wounded')), ('L6:الأناضول','ORG','anadolu'),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L7:68 مدنياً','QUANTITY',None,(68,False,'killed')),
 ('L7:21 طفلاً','QUANTITY',None,(21,False,'killed')), ('L7:أنقرة','ACTOR','TR'),
 ('L8:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L8:عفرين','LOCATION','afrin'), ('L8:منبج','LOCATION','manbij'),
 ('L8:الولايات المتحدة','ACTOR','US'), ('L8:المدينة','LOCATION','manbij'), ('L8:واشنطن','ACTOR','US'),
 ('L9:روسيا','ACTOR','RU'), ('L9:منطقة تل رفعت','LOCATION','tal-rifaat'), ('L9:لعفرين','LOCATION','afrin'),
 ('L9:موسكو','ACTOR','RU'), ('L9:أنقرة','ACTOR','TR'),
]
times = [
 ('L1:اليوم الأحد', D, 'day'),
 ('L1:العشرين من يناير/كانون الثاني الجاري', '2018-01-20', 'day'),
 ('L2:منذ فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:خلال الساعات الـ24 الماضية', '2018-01-27/2018-01-28', 'day'),
 ('L5:خلال الليل', SAT, 'part-of-day', {'part': 'night'}),
 ('L8:أمس السبت', SAT, 'day'),
]
TODAY = 'L1:اليوم الأحد'
LAUNCH = 'L1:العشرين من يناير/كانون الثاني الجاري'
CORR = 'مراسل الجزيرة مباشر'
TGS = 'رئاسة الأركان التركية'
YPGS = 'بروسك حسكة'
events = [
 dict(type='CONTROL', trig='L1:سيطر', time=TODAY, actors=['TR','FSA'], targets=['YPG'], loc='L1:جبل برصايا'),                     # 1
 dict(type='ATTACK', trig='L1:معارك', actors=['TR','FSA','YPG'], loc='L1:جبل برصايا'),                                            # 2
 dict(type='OPERATION', trig='L1:عملية', time=LAUNCH, actors=['TR'], targets=['YPG']),                                             # 3
 dict(type='ATTACK', trig='L2:قصف', time='L2:منذ فجر اليوم', loc='L2:الجبل', attr=CORR),                                           # 4
 dict(type='ATTACK', trig='L2:غارات', time='L2:منذ فجر اليوم', actors=['TR'], loc='L2:الجبل', attr=CORR,
      weapons=['L2:مقاتلات تركية من طراز "إف-16"']),                                                                                 # 5
 dict(type='ATTACK', trig='L2:تقتحمه', time=TODAY, loc='L2:الجبل', attr=CORR, qty=['L2:ثلاثة محاور']),                              # 6
 dict(type='CONTROL', trig='L2:ترفع', time=TODAY, loc='L2:الجبل', attr=CORR),                                                      # 7
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['TR'], attr=TGS),                                                                 # 8
 dict(type='ATTACK', trig='L3:تحييدهم', actors=['TR'], targets=['YPG'], attr=TGS, qty=['L3:597']),                                 # 9
 dict(type='OPERATION', trig='L3:العملية', time=LAUNCH, attr=TGS),                                                                 # 10
 dict(type='ATTACK', trig='L3:دمرت', time='L3:خلال الساعات الـ24 الماضية', actors=['TR'], targets=['YPG','PKK'], attr=TGS,
      qty=['L3:19 هدفاً']),                                                                                                          # 11
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['TR'], attr=TGS),                                                                 # 12
 dict(type='ATTACK', trig='L4:اشتباكات', actors=['TR'], loc='L4:بلدة راجو', attr=TGS),                                              # 13
 dict(type='OPERATION', trig='L4:العملية', time=LAUNCH, attr=TGS, qty=['L4:سبعة جنود','L4:14 مقاتلاً على الأقل']),                   # 14
 dict(type='STATEMENT', trig='L5:قال', actors=['YPG'], attr=YPGS),                                                                 # 15
 dict(type='CONTROL', trig='L5:استعادوا', time='L5:خلال الليل', actors=['YPG'], targets=['TR'], loc='L5:سفوح الجبل', attr=YPGS),     # 16
 dict(type='ATTACK', trig='L5:كبّدوا', time='L5:خلال الليل', actors=['YPG'], targets=['TR'], attr=YPGS),                            # 17
 dict(type='CONTROL', trig='L5:سيطرة', mod='denied', actors=['TR'], targets=['YPG'], loc='L5:قمة الجبل', attr=YPGS),                 # 18
 dict(type='ATTACK', trig='L6:سقوط', actors=['YPG'], loc='L6:بلدة الريحانية', attr='الأناضول',
      weapons=['L6:قذيفتين صاروخيتين#0'], qty=['L6:قذيفتين صاروخيتين','L6:12 آخرين']),                                                          # 19
 dict(type='ATTACK', trig='L7:القصف', actors=['TR'], attr='المرصد السوري لحقوق الإنسان', qty=['L7:68 مدنياً','L7:21 طفلاً']),       # 20
 dict(type='OPERATION', trig='L7:الهجوم', time=LAUNCH),                                                                            # 21
 dict(type='ATTACK', trig='L7:استهداف', mod='denied', actors=['TR'], attr='أنقرة'),                                                 # 22
 dict(type='STATEMENT', trig='L8:جدد', time='L8:أمس السبت', actors=['TR'], attr='رجب طيب أردوغان'),                                # 23
 dict(type='MOVEMENT', trig='L8:ستتوجه', mod='planned', actors=['TR'], loc='L8:منبج', attr='رجب طيب أردوغان'),                     # 24
 dict(type='WITHDRAWAL', trig='L8:سحب#0', mod='planned', actors=['US'], loc='L8:المدينة', attr='رجب طيب أردوغان'),                   # 25
 dict(type='WITHDRAWAL', trig='L8:سحب#1', mod='denied', actors=['US'], attr='مسؤولون أمريكيون'),                                     # 26
 dict(type='WITHDRAWAL', trig='L9:سحبت', actors=['RU'], loc='L9:منطقة تل رفعت'),                                                   # 27
 dict(type='OPERATION', trig='L9:العملية', time=LAUNCH),                                                                           # 28
 dict(type='OPERATION', trig='L9:لهجوم', time=LAUNCH, actors=['TR'], attr='مراقبون'),                                              # 29
]
OD = (D, 'day')
VAGUE = (None, 'vague')
forces = [
 dict(actor='TR', loc=('جبل برصايا','bursaya'), as_of=OD, status='controls', line=1, events=[1]),
 dict(actor='FSA', loc=('جبل برصايا','bursaya'), as_of=OD, status='controls', line=1, events=[1]),
 dict(actor='TR', loc=('جبل برصايا','bursaya'), as_of=VAGUE, status='present', line=1, events=[2]),
 dict(actor='FSA', loc=('جبل برصايا','bursaya'), as_of=VAGUE, status='present', line=1, events=[2]),
 dict(actor='YPG', loc=('جبل برصايا','bursaya'), as_of=VAGUE, status='present', line=1, events=[2]),
 dict(actor='TR', loc=('محور بلدة راجو','rajo'), as_of=OD, status='present', source=TGS, line=4, events=[13]),
 dict(actor='YPG', assets='مواقع', loc=('سفوح الجبل','bursaya-slopes'), as_of=(SAT, 'part-of-day'), status='controls', source=YPGS, line=5, events=[16]),
 dict(actor='US', loc=('منبج','manbij'), as_of=OD, status='present', source='مسؤولون أمريكيون', line=8, events=[26]),
 dict(actor='RU', assets='عناصر شرطتها العسكرية', loc=('منطقة تل رفعت','tal-rifaat'), as_of=VAGUE, status='withdrawn', line=9, events=[27]),
]
build('aljazeeramubasher-afrin-bursaya', None, 'الجزيرة مباشر', D, L, ents, times, events, forces)
