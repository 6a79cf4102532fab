from build import build
L = [
'"غصن الزيتون".. الجيش السوري الحر يسيطر على مركز ناحية جنديرس جنوب غربي عفرين',
'هطاي/ الأناضول',
'سيطر الجيش السوري الحر، المدعوم من القوات المسلحة التركية، اليوم الخميس، على مركز ناحية جنديرس جنوب غربي مدينة عفرين شمالي سوريا، بعد تطهيره من إرهابيي "ي ب ك/ بي كا كا"، في إطار عملية "غصن الزيتون".',
'وأفاد مراسل الأناضول بأن وحدات من الجيش الحر دخلت مركز الناحية صباح اليوم من محورين، عقب قصف مدفعي وجوي مكثف استهدف مواقع الإرهابيين على أطراف البلدة منذ مساء أمس.',
'وأضاف المراسل أن الفرق الهندسية في الجيش الحر بدأت تفكيك الألغام والعبوات الناسفة التي زرعها الإرهابيون في شوارع البلدة، فيما رفع المقاتلون العلمين التركي والسوري المعارض في ساحتها الرئيسية.',
'بدورها، أعلنت رئاسة الأركان التركية "تحييد" 3 آلاف و347 إرهابياً منذ انطلاق العملية في 20 يناير/كانون الثاني الماضي، مشيرة إلى أن القوات المشاركة سيطرت حتى الآن على 4 نواحٍ و134 قرية و38 موقعاً استراتيجياً.',
'وذكر البيان أن مقاتلات تركية دمرت، خلال الساعات الـ24 الماضية، 19 هدفاً للإرهابيين، بينها ملاجئ ومخازن أسلحة وذخيرة، في محيط ناحية شيخ الحديد وقرى جبل الأحلام.',
'من جهة أخرى، قال القيادي في الجيش الحر محمد الحمادين للأناضول، إن نحو 1500 مقاتل من "الفيلق الثالث" و"فرقة السلطان مراد" وصلوا خلال اليومين الماضيين إلى محيط جنديرس، لتعزيز الخطوط الأمامية قبل التقدم نحو مركز عفرين.',
'وأوضح الحمادين أن المسافة بين القوات المتقدمة ومركز المدينة باتت نحو 6 كيلومترات من الجهة الغربية، متوقعاً أن "تبدأ عملية تطويق المدينة خلال أيام".',
'وكانت مجموعات مسلحة موالية للنظام السوري، تطلق على نفسها اسم "القوات الشعبية"، قد دخلت عفرين في 20 فبراير/شباط الماضي لمساندة الإرهابيين، قبل أن تستهدفها المدفعية التركية على طريق نبل - عفرين.',
'وكان الرئيس التركي رجب طيب أردوغان قد قال، أمس الأربعاء، إن القوات التركية و"الجيش الحر" ستدخلان مركز عفرين "قريباً"، مضيفاً أن منبج ستكون المحطة التالية للعملية.',
'وتهدف "غصن الزيتون" إلى إرساء الأمن والاستقرار على الحدود التركية وفي المنطقة، وتخليص أهالي عفرين من ظلم الإرهابيين، مع الحرص التام على عدم إلحاق الضرر بالمدنيين، بحسب رئاسة الأركان.',
]
D = '2018-03-08'   # Thursday; Anadolu Arabic, copy of its own day
WED = '2018-03-07'
TL = 'OTHER:third-legion'
SM = 'OTHER:sultan-murad'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الجيش السوري الحر','ACTOR','FSA'), ('L0:مركز ناحية جنديرس','LOCATION','jinderes'), ('L0:عفرين','LOCATION','afrin'),
 ('L1:هطاي','LOCATION','hatay'), ('L1:الأناضول','ORG','anadolu'),
 ('L2:الجيش السوري الحر','ACTOR','FSA'), ('L2:القوات المسلحة التركية','ACTOR','TR'), ('L2:مركز ناحية جنديرس','LOCATION','jinderes'),
 ('L2:مدينة عفرين','LOCATION','afrin'), ('L2:شمالي سوريا','LOCATION','north-syria'), ('L2:ي ب ك/ بي كا كا','ACTOR','YPG'),
 ('L3:الأناضول','ORG','anadolu'), ('L3:الجيش الحر','ACTOR','FSA'), ('L3:مركز الناحية','LOCATION','jinderes'), ('L3:محورين','QUANTITY',None,(2,False,'other')),
 ('L3:الإرهابيين','ACTOR','YPG'), ('L3:أطراف البلدة','LOCATION','jinderes-outskirts'),
 ('L4:الجيش الحر','ACTOR','FSA'), ('L4:الألغام','WEAPON','mines'), ('L4:العبوات الناسفة','WEAPON','ieds'), ('L4:الإرهابيون','ACTOR','YPG'),
 ('L4:شوارع البلدة','LOCATION','jinderes'),
 ('L5:رئاسة الأركان التركية','ACTOR','TR'), ('L5:3 آلاف و347','QUANTITY',None,(3347,False,'killed')),
 ('L5:4 نواحٍ','QUANTITY',None,(4,False,'other')), ('L5:134 قرية','QUANTITY',None,(134,False,'other')), ('L5:38 موقعاً','QUANTITY',None,(38,False,'other')),
 ('L6:مقاتلات تركية','WEAPON','fighter-jets'), ('L6:19 هدفاً','QUANTITY',None,(19,False,'other')), ('L6:لإرهابيين','ACTOR','YPG'),
 ('L6:ناحية شيخ الحديد','LOCATION','sheikh-al-hadid'), ('L6:قرى جبل الأحلام','LOCATION','jabal-al-ahlam'),
 ('L7:الجيش الحر','ACTOR','FSA'), ('L7:محمد الحمادين','PERSON','mohammed-al-hamadin'), ('L7:لأناضول','ORG','anadolu'),
 ('L7:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')), ('L7:الفيلق الثالث','ACTOR',TL), ('L7:فرقة السلطان مراد','ACTOR',SM),
 ('L7:محيط جنديرس','LOCATION','jinderes-surroundings'), ('L7:الخطوط الأمامية','LOCATION','afrin-front-lines'), ('L7:مركز عفرين','LOCATION','afrin'),
 ('L8:الحمادين','PERSON','mohammed-al-hamadin'), ('L8:مركز المدينة','LOCATION','afrin'), ('L8:نحو 6 كيلومترات','QUANTITY',None,(6,True,'km')),
 ('L8:المدينة#1','LOCATION','afrin'),
 ('L9:مجموعات مسلحة موالية','ACTOR',PGM), ('L9:لنظام السوري','ACTOR','SY_GOV'), ('L9:القوات الشعبية','ACTOR',PGM), ('L9:عفرين#0','LOCATION','afrin'),
 ('L9:الإرهابيين','ACTOR','YPG'), ('L9:المدفعية التركية','ACTOR','TR'), ('L9:طريق نبل - عفرين','LOCATION','nubl-afrin-road'),
 ('L10:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L10:القوات التركية','ACTOR','TR'), ('L10:الجيش الحر','ACTOR','FSA'),
 ('L10:مركز عفرين','LOCATION','afrin'), ('L10:منبج','LOCATION','manbij'),
 ('L11:الحدود التركية','LOCATION','syria-turkey-border'), ('L11:المنطقة','LOCATION','afrin-region'), ('L11:عفرين','LOCATION','afrin'),
 ('L11:الإرهابيين','ACTOR','YPG'), ('L11:رئاسة الأركان','ACTOR','TR'),
]
times = [
 ('L2:اليوم الخميس', D, 'day'),
 ('L3:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ مساء أمس', WED + '/' + D, 'day'),
 ('L5:20 يناير/كانون الثاني الماضي', '2018-01-20', 'day'),
 ('L6:خلال الساعات الـ24 الماضية', WED + '/' + D, 'day'),
 ('L7:خلال اليومين الماضيين', '2018-03-06/' + D, 'day'),
 ('L8:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L9:20 فبراير/شباط الماضي', '2018-02-20', 'day'),
 ('L10:أمس الأربعاء', WED, 'day'),
 ('L10:قريباً', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L2:اليوم الخميس'
JAN = 'L5:20 يناير/كانون الثاني الماضي'
COR = 'مراسل الأناضول'
GS = 'رئاسة الأركان التركية'
HAM = 'محمد الحمادين (الأناضول)'
ERD = 'رجب طيب أردوغان'
events = [
 dict(type='CONTROL', trig='L2:سيطر', time=T, actors=['FSA', 'TR'], targets=['YPG'], loc='L2:مركز ناحية جنديرس'),                                # 1
 dict(type='OPERATION', trig='L2:عملية', time=JAN, actors=['TR', 'FSA'], targets=['YPG']),                                                          # 2
 dict(type='MOVEMENT', trig='L3:دخلت', time='L3:صباح اليوم', actors=['FSA'], loc='L3:مركز الناحية', qty=['L3:محورين'], attr=COR),                  # 3
 dict(type='ATTACK', trig='L3:قصف', time='L3:منذ مساء أمس', actors=['TR'], targets=['YPG'], loc='L3:أطراف البلدة', attr=COR),                      # 4
 dict(type='OPERATION', trig='L4:تفكيك', time=T, actors=['FSA'], loc='L4:شوارع البلدة', weapons=['L4:الألغام', 'L4:العبوات الناسفة'], attr=COR),   # 5
 dict(type='STATEMENT', trig='L5:أعلنت', time=T, actors=['TR'], attr=GS),                                                                            # 6
 dict(type='ATTACK', trig='L5:تحييد', time=JAN, actors=['TR', 'FSA'], targets=['YPG'], qty=['L5:3 آلاف و347'], attr=GS),                            # 7
 dict(type='OPERATION', trig='L5:العملية', time=JAN, actors=['TR', 'FSA'], targets=['YPG'], attr=GS),                                               # 8
 dict(type='CONTROL', trig='L5:سيطرت', time=T, actors=['TR', 'FSA'], targets=['YPG'], qty=['L5:4 نواحٍ', 'L5:134 قرية', 'L5:38 موقعاً'], attr=GS),  # 9
 dict(type='STATEMENT', trig='L6:البيان', time=T, actors=['TR'], attr=GS),                                                                           # 10
 dict(type='ATTACK', trig='L6:دمرت', time='L6:خلال الساعات الـ24 الماضية', actors=['TR'], targets=['YPG'], loc='L6:ناحية شيخ الحديد',
      weapons=['L6:مقاتلات تركية'], qty=['L6:19 هدفاً'], attr=GS),                                                                                     # 11
 dict(type='STATEMENT', trig='L7:قال', time=T, actors=['FSA'], attr=HAM),                                                                            # 12
 dict(type='MOVEMENT', trig='L7:وصلوا', time='L7:خلال اليومين الماضيين', actors=[TL, SM], loc='L7:محيط جنديرس', qty=['L7:نحو 1500 مقاتل'], attr=HAM),  # 13
 dict(type='MOVEMENT', trig='L7:التقدم', mod='planned', actors=['FSA'], loc='L7:مركز عفرين', attr=HAM),                                             # 14
 dict(type='OPERATION', trig='L8:تطويق', mod='planned', time='L8:خلال أيام', actors=['FSA'], targets=['YPG'], loc='L8:المدينة#1', attr='محمد الحمادين'),  # 15
 dict(type='MOVEMENT', trig='L9:دخلت', time='L9:20 فبراير/شباط الماضي', actors=[PGM], loc='L9:عفرين#0'),                                             # 16
 dict(type='ATTACK', trig='L9:تستهدفها', time='L9:20 فبراير/شباط الماضي', actors=['TR'], targets=[PGM], loc='L9:طريق نبل - عفرين'),                # 17
 dict(type='STATEMENT', trig='L10:قال', time='L10:أمس الأربعاء', actors=['TR'], attr=ERD),                                                          # 18
 dict(type='MOVEMENT', trig='L10:ستدخلان', mod='planned', time='L10:قريباً', actors=['TR', 'FSA'], loc='L10:مركز عفرين', attr=ERD),                # 19
 dict(type='OPERATION', trig='L10:للعملية', mod='planned', actors=['TR', 'FSA'], loc='L10:منبج', attr=ERD),                                         # 20
]
TD = (D, 'day')
SINCE = (WED + '/' + D, 'day')
FEB = ('2018-02-20', 'day')
forces = [
 dict(actor='FSA', loc=('مركز ناحية جنديرس', 'jinderes'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor='FSA', assets='وحدات من الجيش الحر', loc=('مركز الناحية', 'jinderes'), as_of=TD, status='arrived', source=COR, line=3, events=[3]),
 dict(actor='YPG', assets='مواقع', loc=('أطراف البلدة', 'jinderes-outskirts'), as_of=SINCE, status='attacked', source=COR, line=3, events=[4]),
 dict(actor='YPG', assets='ملاجئ ومخازن أسلحة وذخيرة', loc=('ناحية شيخ الحديد', 'sheikh-al-hadid'), as_of=SINCE, status='attacked', source=GS, line=6, events=[11]),
 dict(actor='YPG', assets='ملاجئ ومخازن أسلحة وذخيرة', loc=('قرى جبل الأحلام', 'jabal-al-ahlam'), as_of=SINCE, status='attacked', source=GS, line=6, events=[11]),
 dict(actor=TL, strength=(1500, True, 'fighters'), loc=('محيط جنديرس', 'jinderes-surroundings'), as_of=('2018-03-06/' + D, 'day'), status='arrived',
      source=HAM, line=7, events=[13]),
 dict(actor=SM, strength=(1500, True, 'fighters'), loc=('محيط جنديرس', 'jinderes-surroundings'), as_of=('2018-03-06/' + D, 'day'), status='arrived',
      source=HAM, line=7, events=[13]),
 dict(actor=PGM, loc=('عفرين', 'afrin'), as_of=FEB, status='arrived', line=9, events=[16]),
 dict(actor=PGM, loc=('طريق نبل - عفرين', 'nubl-afrin-road'), as_of=FEB, status='attacked', line=9, events=[17]),
]
build('anadolu-jinderes-olive-branch', None, 'الأناضول', D, L, ents, times, events, forces)
