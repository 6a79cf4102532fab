from build import build
L = [
'المعارضة السورية تستعيد كفرنبودة.. وغارات روسية مكثفة على ريفي إدلب وحماة',
'إدلب - وكالات',
'استعادت فصائل المعارضة السورية، أمس، السيطرة على بلدة كفرنبودة في ريف حماة الشمالي الغربي، بعد هجوم معاكس بدأته فجر الثلاثاء على مواقع قوات النظام والميليشيات الموالية لها.',
'وقالت "الجبهة الوطنية للتحرير"، في بيان، إن مقاتليها بالاشتراك مع "جيش العزة" و"هيئة تحرير الشام" قتلوا أكثر من 50 عنصراً من قوات النظام وأسروا 7 آخرين، ودمروا دبابتين وعربة "بي إم بي".',
'في المقابل، شن الطيران الحربي الروسي أكثر من 60 غارة جوية خلال الساعات الـ24 الماضية على كفرنبودة وبلدات الهبيط وخان شيخون وكفرسجنة في ريف إدلب الجنوبي، بحسب "المرصد السوري لحقوق الإنسان"، الذي أشار إلى مقتل 9 مدنيين بينهم طفلان.',
'من جهتها، قالت وزارة الخارجية الأمريكية إن هناك "مؤشرات" على استخدام النظام السوري غاز الكلور في هجوم على بلدة كباني بريف اللاذقية الشمالي صباح الأحد الماضي، محذرة من أن واشنطن "سترد بسرعة وبشكل مناسب" إذا ثبت ذلك.',
'ونفت وزارة الخارجية السورية، في بيان نقلته وكالة "سانا"، استخدام أي أسلحة كيميائية، واصفة الاتهامات الأمريكية بأنها "أكاذيب مفبركة لا أساس لها".',
'وذكرت مصادر ميدانية أن قوات النظام دفعت، مساء أمس، بتعزيزات كبيرة من "قوات النمر" و"الفيلق الخامس" المدعوم روسياً إلى بلدة قلعة المضيق ومحيط كفرنبودة، استعداداً لهجوم جديد لاستعادة البلدة.',
'وكانت وزارة الدفاع التركية قد أعلنت مطلع الشهر الجاري إصابة جنديين تركيين في قصف مدفعي استهدف نقطة المراقبة التركية في شير مغار بجبل شحشبو، مصدره مواقع لقوات النظام.',
'وأعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن نحو 200 ألف شخص نزحوا من ريفي حماة وإدلب منذ 29 أبريل الماضي، فيما توقف 20 مستشفى ومركزاً صحياً عن العمل.',
'ويشن النظام، بدعم روسي، منذ أواخر أبريل الماضي حملة عسكرية على منطقة خفض التصعيد في إدلب ومحيطها، التي يقطنها نحو 3 ملايين نسمة وتسيطر "هيئة تحرير الشام" على معظمها.',
]
D = '2019-05-23'   # Thursday; a print daily: its أمس is Wednesday 2019-05-22
Y = '2019-05-22'
NFL = 'OTHER:national-front-for-liberation'
IZZA = 'OTHER:jaish-al-izza'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:المعارضة السورية','ACTOR','FSA'), ('L0:كفرنبودة','LOCATION','kafr-nabudah'), ('L0:ريفي إدلب','LOCATION','idlib-countryside'),
 ('L0:حماة','LOCATION','hama-countryside'),
 ('L1:إدلب','LOCATION','idlib'),
 ('L2:فصائل المعارضة السورية','ACTOR','FSA'), ('L2:بلدة كفرنبودة','LOCATION','kafr-nabudah'),
 ('L2:ريف حماة الشمالي الغربي','LOCATION','hama-northwest-countryside'), ('L2:قوات النظام','ACTOR','SY_GOV'),
 ('L2:الميليشيات الموالية لها','ACTOR',PGM),
 ('L3:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L3:جيش العزة','ACTOR',IZZA), ('L3:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L3:أكثر من 50 عنصراً','QUANTITY',None,(50,True,'killed')), ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:7 آخرين','QUANTITY',None,(7,False,'arrested')),
 ('L3:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L3:دبابتين#0','WEAPON','tanks'), ('L3:عربة "بي إم بي"','WEAPON','bmp'),
 ('L4:الطيران الحربي الروسي','ACTOR','RU'), ('L4:أكثر من 60 غارة جوية','QUANTITY',None,(60,True,'other')),
 ('L4:كفرنبودة','LOCATION','kafr-nabudah'), ('L4:الهبيط','LOCATION','al-habit'), ('L4:خان شيخون','LOCATION','khan-shaykhun'),
 ('L4:كفرسجنة','LOCATION','kafr-sijnah'), ('L4:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:9 مدنيين','QUANTITY',None,(9,False,'killed')), ('L4:طفلان','QUANTITY',None,(2,False,'killed')),
 ('L5:وزارة الخارجية الأمريكية','ACTOR','US'), ('L5:النظام السوري','ACTOR','SY_GOV'), ('L5:غاز الكلور','WEAPON','chlorine'),
 ('L5:بلدة كباني','LOCATION','kabani'), ('L5:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'), ('L5:واشنطن','ACTOR','US'),
 ('L6:وزارة الخارجية السورية','ACTOR','SY_GOV'), ('L6:سانا','ORG','sana'), ('L6:أسلحة كيميائية','WEAPON','chemical-weapons'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:قوات النمر','ACTOR','SY_GOV'), ('L7:الفيلق الخامس','ACTOR','SY_GOV'),
 ('L7:بلدة قلعة المضيق','LOCATION','qalaat-al-madiq'), ('L7:كفرنبودة','LOCATION','kafr-nabudah'), ('L7:البلدة','LOCATION','kafr-nabudah'),
 ('L8:وزارة الدفاع التركية','ACTOR','TR'), ('L8:جنديين','QUANTITY',None,(2,False,'wounded')), ('L8:شير مغار','LOCATION','shir-mughar'),
 ('L8:جبل شحشبو','LOCATION','jabal-shahshabu'), ('L8:قوات النظام','ACTOR','SY_GOV'),
 ('L9:مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية','ORG','ocha'), ('L9:نحو 200 ألف شخص','QUANTITY',None,(200000,True,'people')),
 ('L9:ريفي حماة','LOCATION','hama-countryside'), ('L9:إدلب','LOCATION','idlib-countryside'), ('L9:20 مستشفى','QUANTITY',None,(20,False,'other')),
 ('L10:النظام','ACTOR','SY_GOV'), ('L10:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'), ('L10:إدلب','LOCATION','idlib'),
 ('L10:نحو 3 ملايين نسمة','QUANTITY',None,(3000000,True,'people')), ('L10:هيئة تحرير الشام','ACTOR','NUSRA'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:فجر الثلاثاء', '2019-05-21', 'part-of-day', {'part':'morning'}),
 ('L4:خلال الساعات الـ24 الماضية', Y+'/'+D, 'day'),
 ('L5:صباح الأحد الماضي', '2019-05-19', 'part-of-day', {'part':'morning'}),
 ('L7:مساء أمس', Y, 'part-of-day', {'part':'evening'}),
 ('L8:مطلع الشهر الجاري', '2019-05', 'month'),
 ('L9:منذ 29 أبريل الماضي', '2019-04-29/'+D, 'day'),
 ('L10:منذ أواخر أبريل الماضي', '2019-04/2019-05', 'month'),
]
NFLS = 'الجبهة الوطنية للتحرير'
SOHR = 'المرصد السوري لحقوق الإنسان'
USD = 'وزارة الخارجية الأمريكية'
SYMFA = 'وزارة الخارجية السورية (سانا)'
FLD = 'مصادر ميدانية'
TMOD = 'وزارة الدفاع التركية'
events = [
 dict(type='CONTROL', trig='L2:استعادت', time='L2:أمس', actors=['FSA'], targets=['SY_GOV'], loc='L2:بلدة كفرنبودة'),                  # 1
 dict(type='ATTACK', trig='L2:هجوم معاكس', time='L2:فجر الثلاثاء', actors=['FSA'], targets=['SY_GOV',PGM], loc='L2:بلدة كفرنبودة'),  # 2
 dict(type='STATEMENT', trig='L3:قالت', actors=[NFL], attr=NFLS),                                                                   # 3
 dict(type='ATTACK', trig='L3:قتلوا', actors=[NFL,IZZA,'NUSRA'], targets=['SY_GOV'], attr=NFLS, qty=['L3:أكثر من 50 عنصراً','L3:دبابتين']),  # 4
 dict(type='ARREST', trig='L3:أسروا', actors=[NFL,IZZA,'NUSRA'], targets=['SY_GOV'], attr=NFLS, qty=['L3:7 آخرين']),                 # 5
 dict(type='ATTACK', trig='L4:غارة', time='L4:خلال الساعات الـ24 الماضية', actors=['RU'], loc='L4:كفرنبودة', attr=SOHR,
      qty=['L4:أكثر من 60 غارة جوية','L4:9 مدنيين','L4:طفلان']),                                                                     # 6
 dict(type='STATEMENT', trig='L5:قالت', actors=['US'], attr=USD),                                                                   # 7
 dict(type='ATTACK', trig='L5:هجوم', time='L5:صباح الأحد الماضي', actors=['SY_GOV'], loc='L5:بلدة كباني', attr=USD, weapons=['L5:غاز الكلور']),  # 8
 dict(type='ATTACK', trig='L5:سترد', mod='planned', actors=['US'], targets=['SY_GOV'], attr=USD),                                    # 9
 dict(type='ATTACK', trig='L6:استخدام', mod='denied', actors=['SY_GOV'], attr=SYMFA, weapons=['L6:أسلحة كيميائية']),                 # 10
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:مساء أمس', actors=['SY_GOV'], loc='L7:بلدة قلعة المضيق', attr=FLD),                  # 11
 dict(type='ATTACK', trig='L7:هجوم', mod='planned', actors=['SY_GOV'], targets=['FSA'], loc='L7:البلدة', attr=FLD),                 # 12
 dict(type='STATEMENT', trig='L8:أعلنت', time='L8:مطلع الشهر الجاري', actors=['TR'], attr=TMOD),                                     # 13
 dict(type='ATTACK', trig='L8:قصف', time='L8:مطلع الشهر الجاري', actors=['SY_GOV'], targets=['TR'], loc='L8:شير مغار', attr=TMOD,
      qty=['L8:جنديين']),                                                                                                            # 14
 dict(type='OPERATION', trig='L10:حملة', time='L10:منذ أواخر أبريل الماضي', actors=['SY_GOV'], loc='L10:منطقة خفض التصعيد'),         # 15
 dict(type='CONTROL', trig='L10:تسيطر', actors=['NUSRA'], loc='L10:منطقة خفض التصعيد'),                                              # 16
]
TUE = ('2019-05-21', 'part-of-day')
YE = (Y, 'part-of-day')
OD = (D, 'day')
MAY = ('2019-05', 'month')
forces = [
 dict(actor='FSA', loc=('بلدة كفرنبودة','kafr-nabudah'), as_of=(Y, 'day'), status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=('بلدة كفرنبودة','kafr-nabudah'), as_of=TUE, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة كفرنبودة','kafr-nabudah'), as_of=TUE, status='present', line=2, events=[2]),
 dict(actor=PGM, assets='مواقع', loc=('بلدة كفرنبودة','kafr-nabudah'), as_of=TUE, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة: قوات النمر والفيلق الخامس', loc=('بلدة قلعة المضيق','qalaat-al-madiq'), as_of=YE,
      status='reinforced', source=FLD, line=7, events=[11]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة: قوات النمر والفيلق الخامس', loc=('كفرنبودة','kafr-nabudah'), as_of=YE,
      status='reinforced', source=FLD, line=7, events=[11]),
 dict(actor='TR', assets='نقطة المراقبة', loc=('شير مغار','shir-mughar'), as_of=MAY, status='attacked', source=TMOD, line=8, events=[14]),
 dict(actor='TR', assets='نقطة المراقبة', loc=('شير مغار','shir-mughar'), as_of=MAY, status='present', source=TMOD, line=8, events=[14]),
 dict(actor='SY_GOV', loc=('منطقة خفض التصعيد','idlib-de-escalation-zone'), as_of=('2019-04/2019-05','month'), status='present', line=10, events=[15]),
 dict(actor='NUSRA', loc=('منطقة خفض التصعيد','idlib-de-escalation-zone'), as_of=OD, status='controls', line=10, events=[16]),
]
build('alsharq-kafr-nabudah', None, 'الشرق القطرية', D, L, ents, times, events, forces)
