from build import build
L = [
'الجيش التركي يتوغل في عمق برادوست ويقيم نقاطاً عسكرية جديدة.. ونزوح سكان قرى حدودية',
'أربيل (كوردستان 24)- توغلت قوات برية تركية، خلال الأيام الماضية، نحو 25 كيلومتراً داخل أراضي إقليم كوردستان في منطقة برادوست التابعة لقضاء سيدكان، وأقامت نقاطاً عسكرية على قمم جبلية مطلة على قرى المنطقة، بحسب مسؤولين محليين.',
'وقال قائممقام قضاء سيدكان، كاروان عبد الله، لكوردستان 24 إن "الجيش التركي نشر قرابة ألف جندي مع دبابات ومدافع ثقيلة في محيط جبل خواكورك، وشق طرقاً عسكرية تربط نقاطه الجديدة بالحدود".',
'وأضاف أن القصف الجوي والمدفعي التركي أجبر سكان ثماني قرى على الأقل على النزوح نحو مركز القضاء، مشيراً إلى أن طائرات حربية تركية قصفت صباح اليوم الثلاثاء محيط قرية كاني رش من دون أن تسفر عن إصابات بين المدنيين.',
'من جهته، أعلن الرئيس التركي رجب طيب أردوغان، أمس الاثنين، أن بلاده أقامت 11 قاعدة عسكرية داخل شمال العراق، وأن مقاتلاتها دمرت "أهدافاً مهمة" لحزب العمال الكوردستاني (PKK) في جبل قنديل.',
'وتوعد أردوغان بمواصلة العمليات "حتى تجفيف مستنقع الإرهاب في قنديل وسنجار"، ملمحاً إلى عملية برية واسعة قد تنطلق قريباً.',
'في المقابل، قال مصدر في حزب العمال الكوردستاني لكوردستان 24 إن مقاتلي الحزب اشتبكوا مع القوات التركية ليل الأحد قرب جبل خواكورك، ما أدى إلى مقتل أربعة جنود أتراك.',
'لكن وزارة الدفاع التركية نفت في بيان مقتل أي من جنودها، مؤكدة "تحييد 9 إرهابيين" خلال عمليات في المنطقة ذاتها.',
'ودعت وزارة الخارجية العراقية أنقرة إلى "سحب قواتها فوراً" من الأراضي العراقية واحترام سيادة البلاد، فيما طالبت حكومة إقليم كوردستان حزب العمال بإخراج مسلحيه من المناطق الحدودية "لسحب الذرائع من تركيا".',
'ويتخذ حزب العمال الكوردستاني من جبال قنديل قرب الحدود مع إيران معقلاً رئيسياً له منذ تسعينيات القرن الماضي، فيما تحتفظ تركيا بنحو ألفي جندي في قاعدة بعشيقة شمال شرقي الموصل.',
'وتأتي هذه التطورات بعد أيام من إعلان أنقرة إطلاق عملية عسكرية جديدة ضد الحزب في الشريط الحدودي، قبيل الانتخابات الرئاسية والبرلمانية التركية المقررة في 24 حزيران الجاري.',
]
D = '2018-06-12'   # Tuesday; web copy of its own day
MON = '2018-06-11'
SUN = '2018-06-10'
KRG = 'OTHER:krg'
ents = [
 ('L0:الجيش التركي','ACTOR','TR'), ('L0:برادوست','LOCATION','bradost'), ('L0:قرى حدودية','LOCATION','bradost-border-villages'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:كوردستان 24','ORG','kurdistan24'), ('L1:قوات برية تركية','ACTOR','TR'),
 ('L1:نحو 25 كيلومتراً','QUANTITY',None,(25,True,'km')), ('L1:أراضي إقليم كوردستان','LOCATION','kurdistan-region-iraq'),
 ('L1:منطقة برادوست','LOCATION','bradost'), ('L1:قضاء سيدكان','LOCATION','sidakan-district'),
 ('L1:قمم جبلية مطلة على قرى المنطقة','LOCATION','bradost-peaks'),
 ('L2:قضاء سيدكان','LOCATION','sidakan-district'), ('L2:كاروان عبد الله','PERSON','karwan-abdullah'), ('L2:كوردستان 24','ORG','kurdistan24'),
 ('L2:الجيش التركي','ACTOR','TR'), ('L2:قرابة ألف جندي','QUANTITY',None,(1000,True,'troops')), ('L2:دبابات','WEAPON','tanks'),
 ('L2:مدافع ثقيلة','WEAPON','heavy-artillery'), ('L2:جبل خواكورك','LOCATION','khwakurk-mountain'), ('L2:الحدود','LOCATION','iraq-turkey-border'),
 ('L3:ثماني قرى على الأقل','QUANTITY',None,(8,True,'other')), ('L3:مركز القضاء','LOCATION','sidakan'), ('L3:طائرات حربية','WEAPON','warplanes'),
 ('L3:قرية كاني رش','LOCATION','kani-rash'),
 ('L4:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L4:11 قاعدة عسكرية','QUANTITY',None,(11,False,'other')),
 ('L4:شمال العراق','LOCATION','north-iraq'), ('L4:حزب العمال الكوردستاني','ACTOR','PKK'), ('L4:PKK','ACTOR','PKK'), ('L4:جبل قنديل','LOCATION','qandil'),
 ('L5:أردوغان','PERSON','recep-tayyip-erdogan'), ('L5:قنديل','LOCATION','qandil'), ('L5:سنجار','LOCATION','sinjar'),
 ('L6:حزب العمال الكوردستاني','ACTOR','PKK'), ('L6:كوردستان 24','ORG','kurdistan24'), ('L6:الحزب','ACTOR','PKK'), ('L6:القوات التركية','ACTOR','TR'),
 ('L6:جبل خواكورك','LOCATION','khwakurk-mountain'), ('L6:أربعة جنود أتراك','QUANTITY',None,(4,False,'killed')),
 ('L7:وزارة الدفاع التركية','ACTOR','TR'), ('L7:9 إرهابيين','QUANTITY',None,(9,False,'killed')), ('L7:المنطقة','LOCATION','khwakurk-mountain'),
 ('L8:وزارة الخارجية العراقية','ACTOR','IQ_GOV'), ('L8:أنقرة','ACTOR','TR'), ('L8:الأراضي العراقية','LOCATION','iraq'),
 ('L8:حكومة إقليم كوردستان','ACTOR',KRG), ('L8:حزب العمال','ACTOR','PKK'), ('L8:المناطق الحدودية','LOCATION','kurdistan-border-areas'),
 ('L8:تركيا','ACTOR','TR'),
 ('L9:حزب العمال الكوردستاني','ACTOR','PKK'), ('L9:جبال قنديل','LOCATION','qandil'), ('L9:الحدود','LOCATION','iraq-iran-border'),
 ('L9:إيران','LOCATION','iran'), ('L9:تركيا','ACTOR','TR'), ('L9:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')),
 ('L9:قاعدة بعشيقة','LOCATION','bashiqa-base'), ('L9:الموصل','LOCATION','mosul'),
 ('L10:أنقرة','ACTOR','TR'), ('L10:الحزب','ACTOR','PKK'), ('L10:الشريط الحدودي','LOCATION','kurdistan-border-strip'),
]
times = [
 ('L1:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L3:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L4:أمس الاثنين', MON, 'day'),
 ('L5:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L6:ليل الأحد', SUN, 'part-of-day', {'part': 'night'}),
 ('L9:منذ تسعينيات القرن الماضي', '1990/2018', 'year'),
 ('L10:24 حزيران الجاري', '2018-06-24', 'day'),
]
PAST = 'L1:خلال الأيام الماضية'
NT = 'L6:ليل الأحد'
LOCAL = 'مسؤولين محليين'
KA = 'كاروان عبد الله'
ERD = 'رجب طيب أردوغان'
PKKS = 'مصدر في حزب العمال الكوردستاني'
TMOD = 'وزارة الدفاع التركية'
MFA = 'وزارة الخارجية العراقية'
KRGS = 'حكومة إقليم كوردستان'
events = [
 dict(type='MOVEMENT', trig='L1:توغلت', time=PAST, actors=['TR'], loc='L1:منطقة برادوست', qty=['L1:نحو 25 كيلومتراً'], attr=LOCAL),   # 1
 dict(type='BASE', trig='L1:أقامت', time=PAST, actors=['TR'], loc='L1:قمم جبلية مطلة على قرى المنطقة', attr=LOCAL),                  # 2
 dict(type='STATEMENT', trig='L2:قال', attr=KA),                                                                                # 3
 dict(type='MOVEMENT', trig='L2:نشر', actors=['TR'], loc='L2:جبل خواكورك', weapons=['L2:دبابات', 'L2:مدافع ثقيلة'],
      qty=['L2:قرابة ألف جندي'], attr=KA),                                                                                      # 4
 dict(type='ATTACK', trig='L3:القصف', actors=['TR'], attr=KA),                                                                  # 5
 dict(type='ATTACK', trig='L3:قصفت', time='L3:صباح اليوم الثلاثاء', actors=['TR'], loc='L3:قرية كاني رش', weapons=['L3:طائرات حربية'], attr=KA),  # 6
 dict(type='STATEMENT', trig='L4:أعلن', time='L4:أمس الاثنين', actors=['TR'], attr=ERD),                                         # 7
 dict(type='BASE', trig='L4:أقامت', actors=['TR'], loc='L4:شمال العراق', qty=['L4:11 قاعدة عسكرية'], attr=ERD),                   # 8
 dict(type='ATTACK', trig='L4:دمرت', actors=['TR'], targets=['PKK'], loc='L4:جبل قنديل', attr=ERD),                              # 9
 dict(type='OPERATION', trig='L5:العمليات', mod='planned', actors=['TR'], targets=['PKK'], loc='L5:قنديل', attr=ERD),             # 10
 dict(type='OPERATION', trig='L5:عملية برية', mod='planned', time='L5:قريباً', actors=['TR'], targets=['PKK'], attr=ERD),         # 11
 dict(type='ATTACK', trig='L6:اشتبكوا', time=NT, actors=['PKK', 'TR'], loc='L6:جبل خواكورك', qty=['L6:أربعة جنود أتراك'], attr=PKKS),  # 12
 dict(type='STATEMENT', trig='L7:بيان', actors=['TR'], attr=TMOD),                                                              # 13
 dict(type='ATTACK', trig='L7:مقتل', mod='denied', time=NT, actors=['PKK'], targets=['TR'], attr=TMOD),                          # 14
 dict(type='ATTACK', trig='L7:تحييد', actors=['TR'], targets=['PKK'], loc='L7:المنطقة', qty=['L7:9 إرهابيين'], attr=TMOD),        # 15
 dict(type='STATEMENT', trig='L8:دعت', actors=['IQ_GOV'], attr=MFA),                                                            # 16
 dict(type='WITHDRAWAL', trig='L8:سحب#0', mod='planned', actors=['TR'], loc='L8:الأراضي العراقية', attr=MFA),                     # 17
 dict(type='STATEMENT', trig='L8:طالبت', actors=[KRG], attr=KRGS),                                                              # 18
 dict(type='WITHDRAWAL', trig='L8:بإخراج', mod='planned', actors=['PKK'], loc='L8:المناطق الحدودية', attr=KRGS),                  # 19
 dict(type='OPERATION', trig='L10:عملية عسكرية', actors=['TR'], targets=['PKK'], loc='L10:الشريط الحدودي', attr='أنقرة'),         # 20
]
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='TR', loc=('منطقة برادوست', 'bradost'), as_of=V, status='arrived', source=LOCAL, line=1, events=[1]),
 dict(actor='TR', assets='نقاط عسكرية', loc=('قمم جبلية مطلة على قرى المنطقة', 'bradost-peaks'), as_of=V, status='present', source=LOCAL,
      line=1, events=[2]),
 dict(actor='TR', strength=(1000, True, 'troops'), assets='دبابات ومدافع ثقيلة', loc=('جبل خواكورك', 'khwakurk-mountain'), as_of=TD,
      status='present', source=KA, line=2, events=[4]),
 dict(actor='TR', assets='11 قاعدة عسكرية', loc=('شمال العراق', 'north-iraq'), as_of=(MON, 'day'), status='present', source=ERD, line=4, events=[8]),
 dict(actor='PKK', assets='أهداف', loc=('جبل قنديل', 'qandil'), as_of=(MON, 'day'), status='attacked', source=ERD, line=4, events=[9]),
 dict(actor='PKK', loc=('جبل خواكورك', 'khwakurk-mountain'), as_of=(SUN, 'part-of-day'), status='present', source=PKKS, line=6, events=[12]),
 dict(actor='TR', loc=('جبل خواكورك', 'khwakurk-mountain'), as_of=(SUN, 'part-of-day'), status='present', source=PKKS, line=6, events=[12]),
 dict(actor='PKK', loc=('المنطقة', 'khwakurk-mountain'), as_of=V, status='attacked', source=TMOD, line=7, events=[15]),
 dict(actor='PKK', loc=('جبال قنديل', 'qandil'), as_of=('1990/2018', 'year'), status='present', line=9),
 dict(actor='TR', strength=(2000, True, 'troops'), loc=('قاعدة بعشيقة', 'bashiqa-base'), as_of=TD, status='present', line=9),
]
build('kurdistan24-bradost-incursion', None, 'كوردستان 24', D, L, ents, times, events, forces)
