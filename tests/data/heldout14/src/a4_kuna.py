from build import build
L = [
'قوات البيشمركة تدخل عين العرب السورية لمساندة المقاتلين الأكراد في مواجهة (داعش)',
'عين العرب (سوريا) - 1 - 11 (كونا) -- دخلت قوات (البيشمركة) الكردية العراقية مساء أمس الجمعة مدينة عين العرب (كوباني) السورية المحاذية لتركيا عبر معبر مرشد بينار لمساندة المقاتلين الأكراد الذين يتصدون منذ 16 سبتمبر الماضي لهجوم تنظيم (داعش) على المدينة.',
'وقال مسؤول في حكومة إقليم كردستان العراق لوكالة الأنباء الكويتية (كونا) ان القوة تضم نحو 150 مقاتلا مزودين بمدافع هاون وراجمات صواريخ ورشاشات ثقيلة وصل معظمهم جوا الى مطار شانلي أورفا التركي يوم الأربعاء الماضي فيما عبرت آلياتهم برا من معبر إبراهيم الخليل.',
'وذكر المرصد السوري لحقوق الانسان ان مقاتلي (داعش) شنوا فجر اليوم هجوما جديدا على المنطقة الحدودية شمال المدينة في محاولة للسيطرة على المعبر الا ان وحدات حماية الشعب الكردية تمكنت من صده بعد اشتباكات استمرت عدة ساعات قتل فيها 12 عنصرا من التنظيم.',
'من جهتها أعلنت القيادة المركزية الأمريكية في بيان ان طائرات التحالف الدولي شنت خلال يومي الخميس والجمعة 11 غارة جوية قرب عين العرب دمرت خلالها مواقع قتالية للتنظيم وخمس آليات ومخزنا للذخيرة.',
'وكان نحو 50 مقاتلا من (الجيش السوري الحر) بقيادة العقيد عبد الجبار العكيدي قد دخلوا المدينة الأربعاء عبر الأراضي التركية في خطوة قال مسؤولون أكراد انها جاءت بالتنسيق مع قيادة (وحدات حماية الشعب).',
'وسمحت أنقرة بعبور البيشمركة بعد ضغوط أمريكية فيما أكد الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي أمس ان بلاده "لن ترسل قوات برية" الى عين العرب معتبرا ان حزب الاتحاد الديمقراطي الكردي "منظمة ارهابية" لا تختلف عن حزب العمال الكردستاني.',
'وتقدر مصادر كردية ان التنظيم لا يزال يسيطر على نحو 40 في المئة من مساحة المدينة بينها تلة مشتة النور الاستراتيجية فيما فر أكثر من 200 ألف من سكان المنطقة الى تركيا منذ بدء الهجوم.',
]
D = '2014-11-01'   # Saturday; wire copy of its own day
FRI = '2014-10-31'
ents = [
 ('L0:البيشمركة','ACTOR','PESHMERGA'), ('L0:عين العرب','LOCATION','kobani'), ('L0:المقاتلين الأكراد','ACTOR','YPG'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:عين العرب#0','LOCATION','kobani'), ('L1:سوريا','LOCATION','syria'), ('L1:كونا','ORG','kuna'), ('L1:البيشمركة','ACTOR','PESHMERGA'),
 ('L1:مدينة عين العرب','LOCATION','kobani'), ('L1:كوباني','LOCATION','kobani'), ('L1:تركيا','LOCATION','turkey'),
 ('L1:معبر مرشد بينار','LOCATION','mursitpinar-crossing'), ('L1:المقاتلين الأكراد','ACTOR','YPG'), ('L1:تنظيم (داعش)','ACTOR','ISIS'),
 ('L1:المدينة','LOCATION','kobani'),
 ('L2:حكومة إقليم كردستان العراق','ACTOR','OTHER:krg'), ('L2:وكالة الأنباء الكويتية','ORG','kuna'), ('L2:كونا','ORG','kuna'),
 ('L2:نحو 150 مقاتلا','QUANTITY',None,(150,True,'fighters')), ('L2:مدافع هاون','WEAPON','mortars'), ('L2:راجمات صواريخ','WEAPON','rocket-launchers'),
 ('L2:رشاشات ثقيلة','WEAPON','heavy-machine-guns'), ('L2:مطار شانلي أورفا','LOCATION','sanliurfa-airport'), ('L2:آلياتهم','WEAPON','vehicles'),
 ('L2:معبر إبراهيم الخليل','LOCATION','ibrahim-khalil-crossing'),
 ('L3:المرصد السوري لحقوق الانسان','ORG','sohr'), ('L3:داعش','ACTOR','ISIS'), ('L3:المنطقة الحدودية','LOCATION','kobani-border-area'),
 ('L3:المدينة','LOCATION','kobani'), ('L3:المعبر','LOCATION','mursitpinar-crossing'), ('L3:وحدات حماية الشعب','ACTOR','YPG'),
 ('L3:12 عنصرا','QUANTITY',None,(12,False,'killed')), ('L3:التنظيم','ACTOR','ISIS'),
 ('L4:القيادة المركزية الأمريكية','ACTOR','US'), ('L4:طائرات','WEAPON','warplanes'), ('L4:التحالف الدولي','ACTOR','COALITION'),
 ('L4:11 غارة جوية','QUANTITY',None,(11,False,'other')), ('L4:عين العرب','LOCATION','kobani'), ('L4:لتنظيم','ACTOR','ISIS'),
 ('L4:خمس آليات','QUANTITY',None,(5,False,'vehicles')), ('L4:آليات','WEAPON','vehicles'),
 ('L5:نحو 50 مقاتلا','QUANTITY',None,(50,True,'fighters')), ('L5:الجيش السوري الحر','ACTOR','FSA'), ('L5:عبد الجبار العكيدي','PERSON','abdul-jabbar-al-oqaidi'),
 ('L5:المدينة','LOCATION','kobani'), ('L5:الأراضي التركية','LOCATION','turkey'), ('L5:وحدات حماية الشعب','ACTOR','YPG'),
 ('L6:أنقرة','ACTOR','TR'), ('L6:البيشمركة','ACTOR','PESHMERGA'), ('L6:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'),
 ('L6:عين العرب','LOCATION','kobani'), ('L6:حزب الاتحاد الديمقراطي','ACTOR','OTHER:pyd'), ('L6:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L7:التنظيم','ACTOR','ISIS'), ('L7:نحو 40 في المئة','QUANTITY',None,(40,True,'other')), ('L7:المدينة','LOCATION','kobani'),
 ('L7:تلة مشتة النور','LOCATION','mishtenour-hill'), ('L7:أكثر من 200 ألف','QUANTITY',None,(200000,True,'people')),
 ('L7:المنطقة','LOCATION','kobani-region'), ('L7:تركيا','LOCATION','turkey'),
]
times = [
 ('L1:مساء أمس الجمعة', FRI, 'part-of-day', {'part': 'evening'}),
 ('L1:منذ 16 سبتمبر الماضي', '2014-09-16/2014-11-01', 'day'),
 ('L2:يوم الأربعاء الماضي', '2014-10-29', 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:يومي الخميس والجمعة', '2014-10-30/2014-10-31', 'day'),
 ('L5:الأربعاء', '2014-10-29', 'day'),
 ('L6:أمس', FRI, 'day'),
]
KRG = 'مسؤول في حكومة إقليم كردستان العراق (كونا)'
SOHR = 'المرصد السوري لحقوق الانسان'
CENT = 'القيادة المركزية الأمريكية'
KO = 'مسؤولون أكراد'
ERD = 'رجب طيب أردوغان'
KS = 'مصادر كردية'
EVE = 'L1:مساء أمس الجمعة'
SINCE = 'L1:منذ 16 سبتمبر الماضي'
DAWN = 'L3:فجر اليوم'
events = [
 dict(type='MOVEMENT', trig='L1:دخلت', time=EVE, actors=['PESHMERGA'], loc='L1:مدينة عين العرب'),                                    # 1
 dict(type='ATTACK', trig='L1:يتصدون', time=SINCE, actors=['YPG'], targets=['ISIS'], loc='L1:المدينة'),                              # 2
 dict(type='OPERATION', trig='L1:لهجوم', time=SINCE, actors=['ISIS'], targets=['YPG'], loc='L1:المدينة'),                            # 3
 dict(type='MOVEMENT', trig='L2:وصل', time='L2:يوم الأربعاء الماضي', actors=['PESHMERGA'], loc='L2:مطار شانلي أورفا', attr=KRG,
      qty=['L2:نحو 150 مقاتلا']),                                                                                                   # 4
 dict(type='MOVEMENT', trig='L2:عبرت', actors=['PESHMERGA'], loc='L2:معبر إبراهيم الخليل', attr=KRG, weapons=['L2:آلياتهم']),         # 5
 dict(type='ATTACK', trig='L3:هجوما', time=DAWN, actors=['ISIS'], targets=['YPG'], loc='L3:المنطقة الحدودية', attr=SOHR),              # 6
 dict(type='ATTACK', trig='L3:صده', time=DAWN, actors=['YPG'], targets=['ISIS'], loc='L3:المنطقة الحدودية', attr=SOHR),                # 7
 dict(type='ATTACK', trig='L3:اشتباكات', time=DAWN, actors=['YPG','ISIS'], loc='L3:المنطقة الحدودية', attr=SOHR, qty=['L3:12 عنصرا']),  # 8
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['US'], attr=CENT),                                                                  # 9
 dict(type='ATTACK', trig='L4:شنت', time='L4:يومي الخميس والجمعة', actors=['COALITION'], targets=['ISIS'], loc='L4:عين العرب', attr=CENT,
      weapons=['L4:طائرات'], qty=['L4:11 غارة جوية']),                                                                              # 10
 dict(type='ATTACK', trig='L4:دمرت', time='L4:يومي الخميس والجمعة', actors=['COALITION'], targets=['ISIS'], loc='L4:عين العرب', attr=CENT,
      qty=['L4:خمس آليات']),                                                                                                        # 11
 dict(type='MOVEMENT', trig='L5:دخلوا', time='L5:الأربعاء', actors=['FSA'], loc='L5:المدينة', qty=['L5:نحو 50 مقاتلا']),               # 12
 dict(type='MOVEMENT', trig='L6:بعبور', time=EVE, actors=['PESHMERGA']),                                                             # 13
 dict(type='STATEMENT', trig='L6:أكد', time='L6:أمس', actors=['TR'], attr=ERD),                                                      # 14
 dict(type='MOVEMENT', trig='L6:ترسل', mod='denied', actors=['TR'], loc='L6:عين العرب', attr=ERD),                                    # 15
 dict(type='CONTROL', trig='L7:يسيطر', actors=['ISIS'], loc='L7:المدينة', attr=KS, qty=['L7:نحو 40 في المئة']),                       # 16
 dict(type='OPERATION', trig='L7:الهجوم', time=SINCE, attr=KS),                                                                       # 17
]
OD = (D, 'day')
EV = (FRI, 'part-of-day')
SI = ('2014-09-16/2014-11-01', 'day')
MORN = (D, 'part-of-day')
forces = [
 dict(actor='PESHMERGA', loc=('مدينة عين العرب','kobani'), as_of=EV, status='arrived', line=1, events=[1]),
 dict(actor='YPG', loc=('المدينة','kobani'), as_of=SI, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('المدينة','kobani'), as_of=SI, status='present', line=1, events=[3]),
 dict(actor='PESHMERGA', strength=(150, True, 'fighters'), assets='مدافع هاون، راجمات صواريخ، رشاشات ثقيلة', loc=('مطار شانلي أورفا','sanliurfa-airport'),
      as_of=('2014-10-29', 'day'), status='arrived', source=KRG, line=2, events=[4]),
 dict(actor='ISIS', loc=('المنطقة الحدودية','kobani-border-area'), as_of=MORN, status='present', source=SOHR, line=3, events=[6, 8]),
 dict(actor='YPG', loc=('المنطقة الحدودية','kobani-border-area'), as_of=MORN, status='present', source=SOHR, line=3, events=[7, 8]),
 dict(actor='ISIS', assets='مواقع قتالية، خمس آليات، مخزن للذخيرة', loc=('عين العرب','kobani'), as_of=('2014-10-30/2014-10-31', 'day'),
      status='attacked', source=CENT, line=4, events=[10, 11]),
 dict(actor='FSA', strength=(50, True, 'fighters'), loc=('المدينة','kobani'), as_of=('2014-10-29', 'day'), status='arrived', line=5, events=[12]),
 dict(actor='ISIS', assets='نحو 40 في المئة من مساحة المدينة', loc=('المدينة','kobani'), as_of=OD, status='controls', source=KS, line=7, events=[16]),
 dict(actor='ISIS', loc=('تلة مشتة النور','mishtenour-hill'), as_of=OD, status='controls', source=KS, line=7, events=[16]),
]
build('kuna-kobani-peshmerga', None, 'كونا', D, L, ents, times, events, forces)
