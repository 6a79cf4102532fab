from build import build
L = [
'نسور الجو تواصل دك أوكار "داعش".. والإمارات ترسل سرباً من طائرات "إف 16" إلى المملكة',
'عمان - الأنباط: أعلن قائد سلاح الجو الملكي اللواء الطيار منصور الجبور، أمس الأحد، أن المقاتلات الأردنية نفذت 56 طلعة جوية على مواقع عصابة "داعش" الإرهابية منذ انطلاق عملية "الشهيد معاذ" الخميس الماضي، رداً على جريمة إعدام الطيار الشهيد معاذ الكساسبة.',
'وأوضح الجبور، في مؤتمر صحفي، أن الغارات دمرت 19 هدفاً بين معسكرات تدريب ومستودعات أسلحة وذخيرة ومقار قيادة في محافظتي الرقة ودير الزور، مؤكداً أن "نسور الجو" قضوا على نحو 20 بالمئة من القدرات القتالية للتنظيم منذ بدء مشاركة الأردن في ضربات التحالف الدولي في أيلول من العام الماضي.',
'وأضاف الجبور أن الضربات "ستتواصل حتى اجتثاث التنظيم من جذوره" بالتنسيق مع دول التحالف، مؤكداً أن المملكة "لن تتهاون" في الدفاع عن أمنها واستقرارها.',
'وفي السياق ذاته، أعلنت دولة الإمارات العربية المتحدة، أمس، إرسال سرب من طائرات "إف 16" إلى قاعدة جوية في المملكة لدعم العمليات الأردنية ضد التنظيم، بعد أن علّقت مشاركتها في غارات التحالف منذ أسر الكساسبة أواخر كانون الأول الماضي، بحسب وكالة أنباء الإمارات "وام".',
'ونفى وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة الدكتور محمد المومني مزاعم التنظيم عن مقتل رهينة أمريكية في غارة أردنية على مدينة الرقة يوم الجمعة، واصفاً إياها بأنها "دعاية إجرامية مكشوفة" تهدف إلى التأثير على الرأي العام.',
'ميدانياً، أفاد مصدر عسكري لـ"الأنباط" بأن القوات المسلحة عززت انتشارها على امتداد الحدود الشمالية والشرقية مع سوريا والعراق، ودفعت بآلاف الجنود وعشرات الآليات المدرعة إلى المناطق الحدودية تحسباً لأي محاولة تسلل.',
'ونفى المصدر ما تداولته وسائل إعلام غربية عن نية المملكة إرسال قوات برية إلى داخل الأراضي السورية، مؤكداً أن "المعركة جوية في هذه المرحلة".',
'وفي واشنطن، قال المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) الأدميرال جون كيربي إن الولايات المتحدة نقلت طائرات "أوسبري" وفرق بحث وإنقاذ إلى شمال العراق لتكون أقرب إلى مسرح العمليات في سوريا، بهدف تسريع إنقاذ أي طيار من دول التحالف قد يسقط هناك.',
'وكان التنظيم قد بث، الثلاثاء الماضي، تسجيلاً مصوراً يظهر إعدام الكساسبة حرقاً، بعد أسره إثر سقوط طائرته قرب الرقة في الرابع والعشرين من كانون الأول الماضي، فيما تشير تقديرات أردنية إلى أن الجريمة ارتكبت في الثالث من كانون الثاني الماضي.',
]
D = '2015-02-09'   # Monday; Jordanian print daily (Amman), dated the day after the news
SUN = '2015-02-08'
THU = '2015-02-05'
JO = 'OTHER:jordan'
UAE = 'OTHER:uae'
ents = [
 ('L0:نسور الجو','ACTOR',JO), ('L0:داعش','ACTOR','ISIS'), ('L0:الإمارات','ACTOR',UAE), ('L0:طائرات "إف 16"','WEAPON','f-16'),
 ('L0:المملكة','LOCATION','jordan'),
 ('L1:عمان','LOCATION','amman'), ('L1:الأنباط','ORG','alanbat'), ('L1:سلاح الجو الملكي','ACTOR',JO),
 ('L1:منصور الجبور','PERSON','mansour-al-jbour'), ('L1:المقاتلات الأردنية','WEAPON','fighter-jets'),
 ('L1:56 طلعة جوية','QUANTITY',None,(56,False,'other')), ('L1:داعش','ACTOR','ISIS'), ('L1:معاذ الكساسبة','PERSON','muath-al-kasasbeh'),
 ('L2:الجبور','PERSON','mansour-al-jbour'), ('L2:19 هدفاً','QUANTITY',None,(19,False,'other')),
 ('L2:محافظتي الرقة','LOCATION','raqqa-governorate'), ('L2:دير الزور','LOCATION','deir-ez-zor-governorate'), ('L2:نسور الجو','ACTOR',JO),
 ('L2:نحو 20 بالمئة','QUANTITY',None,(20,True,'other')), ('L2:لتنظيم','ACTOR','ISIS'), ('L2:الأردن','ACTOR',JO),
 ('L2:التحالف الدولي','ACTOR','COALITION'),
 ('L3:الجبور','PERSON','mansour-al-jbour'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:التحالف','ACTOR','COALITION'), ('L3:المملكة','ACTOR',JO),
 ('L4:دولة الإمارات العربية المتحدة','ACTOR',UAE), ('L4:طائرات "إف 16"','WEAPON','f-16'), ('L4:المملكة','LOCATION','jordan'),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:التحالف','ACTOR','COALITION'), ('L4:الكساسبة','PERSON','muath-al-kasasbeh'),
 ('L4:وكالة أنباء الإمارات','ORG','wam'), ('L4:وام','ORG','wam'),
 ('L5:الحكومة','ACTOR',JO), ('L5:محمد المومني','PERSON','mohammad-al-momani'), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:مدينة الرقة','LOCATION','raqqa'),
 ('L6:الأنباط','ORG','alanbat'), ('L6:القوات المسلحة','ACTOR',JO), ('L6:الحدود الشمالية والشرقية','LOCATION','jordan-north-east-borders'),
 ('L6:سوريا','LOCATION','syria'), ('L6:العراق','LOCATION','iraq'), ('L6:آلاف الجنود','QUANTITY',None,([1000, 9999],True,'troops')),
 ('L6:عشرات الآليات المدرعة','QUANTITY',None,([24, 99],True,'vehicles')), ('L6:الآليات المدرعة','WEAPON','armoured-vehicles'),
 ('L6:المناطق الحدودية','LOCATION','jordan-north-east-borders'),
 ('L7:المملكة','ACTOR',JO), ('L7:الأراضي السورية','LOCATION','syria'),
 ('L8:واشنطن','LOCATION','washington'), ('L8:وزارة الدفاع الأمريكية','ACTOR','US'), ('L8:البنتاغون','ACTOR','US'),
 ('L8:جون كيربي','PERSON','john-kirby'), ('L8:الولايات المتحدة','ACTOR','US'), ('L8:طائرات "أوسبري"','WEAPON','v-22-osprey'),
 ('L8:شمال العراق','LOCATION','north-iraq'), ('L8:سوريا','LOCATION','syria'), ('L8:التحالف','ACTOR','COALITION'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:الكساسبة','PERSON','muath-al-kasasbeh'), ('L9:الرقة','LOCATION','raqqa'),
]
times = [
 ('L1:أمس الأحد', SUN, 'day'),
 ('L1:الخميس الماضي', THU, 'day'),
 ('L2:أيلول من العام الماضي', '2014-09', 'month'),
 ('L4:أمس', SUN, 'day'),
 ('L4:أواخر كانون الأول الماضي', '2014-12', 'month'),
 ('L5:يوم الجمعة', '2015-02-06', 'day'),
 ('L9:الثلاثاء الماضي', '2015-02-03', 'day'),
 ('L9:الرابع والعشرين من كانون الأول الماضي', '2014-12-24', 'day'),
 ('L9:الثالث من كانون الثاني الماضي', '2015-01-03', 'day'),
]
JB = 'منصور الجبور'
WAM = 'دولة الإمارات العربية المتحدة (وام)'
MS = 'مصدر عسكري (الأنباط)'
T = 'L1:الخميس الماضي'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time='L1:أمس الأحد', actors=[JO], attr=JB),                                             # 1
 dict(type='ATTACK', trig='L1:نفذت', time=T, actors=[JO], targets=['ISIS'], weapons=['L1:المقاتلات الأردنية'],
      qty=['L1:56 طلعة جوية'], attr=JB),                                                                                        # 2
 dict(type='OPERATION', trig='L1:عملية', time=T, actors=[JO], targets=['ISIS'], attr=JB),                                        # 3
 dict(type='ATTACK', trig='L1:إعدام', actors=['ISIS'], targets=[JO]),                                                            # 4
 dict(type='ATTACK', trig='L2:الغارات', time=T, actors=[JO], targets=['ISIS'], loc='L2:محافظتي الرقة', qty=['L2:19 هدفاً'], attr=JB),  # 5
 dict(type='ATTACK', trig='L2:قضوا', time='L2:أيلول من العام الماضي', actors=[JO], targets=['ISIS'], qty=['L2:نحو 20 بالمئة'],
      attr=JB),                                                                                                                 # 6
 dict(type='ATTACK', trig='L3:الضربات', mod='planned', actors=[JO], targets=['ISIS'], attr=JB),                                   # 7
 dict(type='STATEMENT', trig='L4:أعلنت', time='L4:أمس', actors=[UAE], attr=WAM),                                                 # 8
 dict(type='MOVEMENT', trig='L4:إرسال', time='L4:أمس', actors=[UAE], loc='L4:المملكة', weapons=['L4:طائرات "إف 16"'], attr=WAM),  # 9
 dict(type='OPERATION', trig='L4:العمليات', time=T, actors=[JO], targets=['ISIS'], attr=WAM),                                    # 10
 dict(type='ATTACK', trig='L4:غارات', actors=['COALITION'], targets=['ISIS'], attr=WAM),                                         # 11
 dict(type='ARREST', trig='L4:أسر', time='L4:أواخر كانون الأول الماضي', actors=['ISIS'], targets=[JO], attr=WAM),                 # 12
 dict(type='ATTACK', trig='L5:غارة', mod='denied', time='L5:يوم الجمعة', actors=[JO], targets=['ISIS'], loc='L5:مدينة الرقة',
      attr='محمد المومني'),                                                                                                     # 13
 dict(type='MOVEMENT', trig='L6:عززت', actors=[JO], loc='L6:الحدود الشمالية والشرقية', attr=MS),                                 # 14
 dict(type='MOVEMENT', trig='L6:دفعت', actors=[JO], loc='L6:المناطق الحدودية', weapons=['L6:الآليات المدرعة'],
      qty=['L6:آلاف الجنود', 'L6:عشرات الآليات المدرعة'], attr=MS),                                                             # 15
 dict(type='MOVEMENT', trig='L7:إرسال', mod='denied', actors=[JO], loc='L7:الأراضي السورية', attr=MS),                           # 16
 dict(type='OPERATION', trig='L7:المعركة', actors=[JO], targets=['ISIS'], attr=MS),                                              # 17
 dict(type='STATEMENT', trig='L8:قال', actors=['US'], attr='جون كيربي'),                                                         # 18
 dict(type='MOVEMENT', trig='L8:نقلت', actors=['US'], loc='L8:شمال العراق', weapons=['L8:طائرات "أوسبري"'], attr='جون كيربي'),   # 19
 dict(type='ATTACK', trig='L9:إعدام', time='L9:الثالث من كانون الثاني الماضي', actors=['ISIS'], targets=[JO]),                    # 20
 dict(type='ARREST', trig='L9:أسره', time='L9:الرابع والعشرين من كانون الأول الماضي', actors=['ISIS'], targets=[JO], loc='L9:الرقة'),  # 21
]
TD = (D, 'day')
forces = [
 dict(actor='ISIS', assets='19 هدفاً: معسكرات تدريب ومستودعات أسلحة وذخيرة ومقار قيادة', loc=('محافظتي الرقة', 'raqqa-governorate'),
      as_of=(THU, 'day'), status='attacked', source=JB, line=2, events=[5]),
 dict(actor='ISIS', assets='معسكرات تدريب ومستودعات ومقار قيادة', loc=('دير الزور', 'deir-ez-zor-governorate'),
      as_of=(THU, 'day'), status='attacked', source=JB, line=2, events=[5]),
 dict(actor=UAE, assets='سرب من طائرات إف 16', loc=('المملكة', 'jordan'), as_of=(SUN, 'day'), status='arrived', source=WAM,
      line=4, events=[9]),
 dict(actor=JO, strength=([1000, 9999], True, 'troops'), assets='آلاف الجنود وعشرات الآليات المدرعة',
      loc=('الحدود الشمالية والشرقية', 'jordan-north-east-borders'), as_of=TD, status='reinforced', source=MS, line=6, events=[14, 15]),
 dict(actor='US', assets='طائرات أوسبري وفرق بحث وإنقاذ', loc=('شمال العراق', 'north-iraq'), as_of=TD, status='arrived',
      source='جون كيربي', line=8, events=[19]),
]
build('alanbat-jordan-muath-strikes', None, 'الأنباط', D, L, ents, times, events, forces)
