from build import build
L = [
'«جيش الفتح» يسيطر على خان طومان جنوب حلب.. وطهران تقر بمقتل 13 من «مستشاريها»',
'لندن، بيروت - «الحياة»، أ ف ب - سيطرت فصائل «جيش الفتح» أمس على بلدة خان طومان الاستراتيجية في ريف حلب الجنوبي، بعد معارك عنيفة استمرت يومين مع القوات النظامية وميليشيات تدعمها إيران، وفق «المرصد السوري لحقوق الإنسان».',
'وقال مدير «المرصد» رامي عبدالرحمن إن مقاتلي «جبهة النصرة» و«الحزب الإسلامي التركستاني» اقتحموا البلدة من ثلاثة محاور فجر الخميس، بعد تفجير عربتين مفخختين عند مواقع القوات النظامية على أطرافها الجنوبية، قبل أن يسيطروا أيضاً على قرية الخالدية المجاورة.',
'وأضاف أن المعارك أسفرت عن مقتل 73 مقاتلاً على الأقل من الطرفين، بينهم 43 من القوات النظامية والمسلحين الموالين لها، غالبيتهم من «لواء فاطميون» الأفغاني وحركة «النجباء» العراقية، فيما أسر المهاجمون خمسة عناصر ونقلوهم إلى ريف إدلب.',
'وفي طهران، نقلت وكالة «تسنيم» عن مسؤول في «الحرس الثوري» أن 13 مستشاراً عسكرياً إيرانياً قُتلوا وجُرح 21 آخرون في معارك خان طومان، في أكبر خسارة تعلنها إيران في يوم واحد منذ بدء تدخلها في سورية.',
'في المقابل، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري أن وحدات الجيش «أعادت تموضعها» على التلال المشرفة على البلدة، و«أحبطت» هجوماً بعربة مفخخة قرب قرية الزربة، من دون أن تشير إلى سقوط خان طومان.',
'وشنت طائرات حربية يُعتقد أنها روسية وأخرى تابعة للنظام عشرات الغارات بعد ظهر أمس على خان طومان وبلدتي الزربة وخلصة، بحسب ناشطين، في محاولة لوقف تقدم المقاتلين نحو الطريق الدولي بين حلب ودمشق.',
'وجاء الهجوم بعد ساعات من بدء سريان «نظام تهدئة» في مدينة حلب أعلنته واشنطن وموسكو مساء الأربعاء لمدة 48 ساعة، ولا يشمل «جبهة النصرة» وتنظيم «داعش».',
'وفي موسكو، قال رئيس المركز الروسي للمصالحة في قاعدة حميميم الجنرال سيرغي كورالينكو إن فصائل المعارضة خرقت التهدئة 12 مرة خلال الساعات الـ24 الماضية، مؤكداً أن الطيران الروسي «سيواصل ضرب» مواقع «النصرة» في ريف حلب.',
'وأفادت مصادر في المعارضة بأن «حزب الله» وميليشيات عراقية دفعت منذ مساء أمس بنحو 500 مقاتل إلى بلدة الحاضر المجاورة، استعداداً لهجوم معاكس، فيما يتحصن مقاتلو «جيش الفتح» في مستودعات الذخيرة الواقعة شمال خان طومان.',
'ويعد سقوط خان طومان أكبر انتكاسة للقوات النظامية في ريف حلب الجنوبي منذ خسارتها بلدة العيس وتلتها في نيسان (أبريل) الماضي، بعد أن كانت استعادت مناطق واسعة فيه بغطاء جوي روسي خلال هجوم بدأ في تشرين الأول (أكتوبر) 2015.',
]
D = '2016-05-07'   # Saturday; London-based print daily dated the day after the news
FRI = '2016-05-06'
THU = '2016-05-05'
JF = 'OTHER:jaish-al-fateh'
TIP = 'OTHER:turkistan-islamic-party'
IBM = 'OTHER:iran-backed-militias'
PGM = 'OTHER:pro-government-militias'
FAT = 'OTHER:fatemiyoun'
NUJ = 'OTHER:nujaba'
IQM = 'OTHER:iraqi-militias'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:جيش الفتح','ACTOR',JF), ('L0:خان طومان','LOCATION','khan-tuman'), ('L0:حلب','LOCATION','aleppo'), ('L0:طهران','ACTOR','IR'),
 ('L0:13','QUANTITY',None,(13,False,'killed')),
 ('L1:لندن','LOCATION','london'), ('L1:بيروت','LOCATION','beirut'), ('L1:الحياة','ORG','alhayat'), ('L1:أ ف ب','ORG','afp'),
 ('L1:فصائل «جيش الفتح»','ACTOR',JF), ('L1:بلدة خان طومان','LOCATION','khan-tuman'), ('L1:ريف حلب الجنوبي','LOCATION','aleppo-south-countryside'),
 ('L1:يومين','QUANTITY',None,(2,False,'other')), ('L1:القوات النظامية','ACTOR','SY_GOV'), ('L1:ميليشيات تدعمها إيران','ACTOR',IBM),
 ('L1:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L2:المرصد','ORG','sohr'), ('L2:رامي عبدالرحمن','PERSON','rami-abdulrahman'), ('L2:جبهة النصرة','ACTOR','NUSRA'),
 ('L2:الحزب الإسلامي التركستاني','ACTOR',TIP), ('L2:البلدة','LOCATION','khan-tuman'), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L2:عربتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L2:عربتين مفخختين#0','WEAPON','vbieds'), ('L2:القوات النظامية','ACTOR','SY_GOV'),
 ('L2:قرية الخالدية','LOCATION','al-khalidiya-aleppo'),
 ('L3:73 مقاتلاً على الأقل','QUANTITY',None,(73,True,'killed')), ('L3:43','QUANTITY',None,(43,False,'killed')), ('L3:القوات النظامية','ACTOR','SY_GOV'),
 ('L3:المسلحين الموالين لها','ACTOR',PGM), ('L3:لواء فاطميون','ACTOR',FAT), ('L3:حركة «النجباء»','ACTOR',NUJ),
 ('L3:خمسة عناصر','QUANTITY',None,(5,False,'arrested')), ('L3:ريف إدلب','LOCATION','idlib-countryside'),
 ('L4:طهران','LOCATION','tehran'), ('L4:تسنيم','ORG','tasnim'), ('L4:الحرس الثوري','ACTOR','IR'), ('L4:13 مستشاراً','QUANTITY',None,(13,False,'killed')),
 ('L4:مستشاراً عسكرياً إيرانياً','ACTOR','IR'), ('L4:21','QUANTITY',None,(21,False,'wounded')), ('L4:خان طومان','LOCATION','khan-tuman'),
 ('L4:إيران#1','ACTOR','IR'), ('L4:سورية','LOCATION','syria'),
 ('L5:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L5:سانا','ORG','sana'), ('L5:وحدات الجيش','ACTOR','SY_GOV'),
 ('L5:التلال المشرفة على البلدة','LOCATION','khan-tuman-hills'), ('L5:عربة مفخخة','WEAPON','vbied'), ('L5:قرية الزربة','LOCATION','zerbeh'),
 ('L5:خان طومان','LOCATION','khan-tuman'),
 ('L6:طائرات حربية','WEAPON','warplanes'), ('L6:لنظام','ACTOR','SY_GOV'), ('L6:عشرات الغارات','QUANTITY',None,([24, 99],True,'other')),
 ('L6:خان طومان','LOCATION','khan-tuman'), ('L6:بلدتي الزربة','LOCATION','zerbeh'), ('L6:خلصة','LOCATION','khalsa'),
 ('L6:الطريق الدولي','LOCATION','aleppo-damascus-highway'), ('L6:حلب','LOCATION','aleppo'), ('L6:دمشق','LOCATION','damascus'),
 ('L7:مدينة حلب','LOCATION','aleppo'), ('L7:واشنطن','ACTOR','US'), ('L7:موسكو','ACTOR','RU'), ('L7:48 ساعة','QUANTITY',None,(48,False,'other')),
 ('L7:جبهة النصرة','ACTOR','NUSRA'), ('L7:تنظيم «داعش»','ACTOR','ISIS'),
 ('L8:موسكو','LOCATION','moscow'), ('L8:المركز الروسي للمصالحة','ACTOR','RU'), ('L8:قاعدة حميميم','LOCATION','hmeimim-base'),
 ('L8:سيرغي كورالينكو','PERSON','sergei-kuralenko'), ('L8:فصائل المعارضة','ACTOR','FSA'), ('L8:12 مرة','QUANTITY',None,(12,False,'other')),
 ('L8:الطيران الروسي','ACTOR','RU'), ('L8:النصرة','ACTOR','NUSRA'), ('L8:ريف حلب','LOCATION','aleppo-countryside'),
 ('L9:المعارضة','ACTOR','FSA'), ('L9:حزب الله','ACTOR',HZ), ('L9:ميليشيات عراقية','ACTOR',IQM), ('L9:نحو 500 مقاتل','QUANTITY',None,(500,True,'fighters')),
 ('L9:بلدة الحاضر','LOCATION','al-hader'), ('L9:جيش الفتح','ACTOR',JF), ('L9:مستودعات الذخيرة','LOCATION','khan-tuman-depots'),
 ('L9:خان طومان','LOCATION','khan-tuman'),
 ('L10:خان طومان','LOCATION','khan-tuman'), ('L10:لقوات النظامية','ACTOR','SY_GOV'), ('L10:ريف حلب الجنوبي','LOCATION','aleppo-south-countryside'),
 ('L10:بلدة العيس','LOCATION','al-eis'),
]
times = [
 ('L1:أمس', FRI, 'day'),
 ('L2:فجر الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L6:بعد ظهر أمس', FRI, 'part-of-day', {'part': 'noon'}),
 ('L7:مساء الأربعاء', '2016-05-04', 'part-of-day', {'part': 'evening'}),
 ('L8:خلال الساعات الـ24 الماضية', FRI + '/' + D, 'day'),
 ('L9:منذ مساء أمس', FRI + '/' + D, 'day'),
 ('L10:نيسان (أبريل) الماضي', '2016-04', 'month'),
 ('L10:تشرين الأول (أكتوبر) 2015', '2015-10', 'month'),
]
Y = 'L1:أمس'
DAWN = 'L2:فجر الخميس'
SOHR = 'المرصد السوري لحقوق الإنسان'
RA = 'رامي عبدالرحمن'
TAS = 'مسؤول في الحرس الثوري (تسنيم)'
SANA = 'مصدر عسكري (سانا)'
ACT = 'ناشطون'
KUR = 'سيرغي كورالينكو'
OPP = 'مصادر في المعارضة'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=Y, actors=[JF], targets=['SY_GOV', IBM], loc='L1:بلدة خان طومان', attr=SOHR),           # 1
 dict(type='ATTACK', trig='L1:معارك', actors=[JF, 'SY_GOV', IBM], loc='L1:بلدة خان طومان', qty=['L1:يومين'], attr=SOHR),            # 2
 dict(type='ATTACK', trig='L2:اقتحموا', time=DAWN, actors=['NUSRA', TIP], targets=['SY_GOV'], loc='L2:البلدة', qty=['L2:ثلاثة محاور'], attr=RA),  # 3
 dict(type='ATTACK', trig='L2:تفجير', time=DAWN, actors=['NUSRA', TIP], targets=['SY_GOV'], loc='L2:البلدة', weapons=['L2:عربتين مفخختين#0'],
      qty=['L2:عربتين مفخختين'], attr=RA),                                                                                             # 4
 dict(type='CONTROL', trig='L2:يسيطروا', actors=['NUSRA', TIP], targets=['SY_GOV'], loc='L2:قرية الخالدية', attr=RA),                 # 5
 dict(type='ATTACK', trig='L3:المعارك', actors=[JF, 'SY_GOV', PGM], qty=['L3:73 مقاتلاً على الأقل', 'L3:43'], attr=RA),                # 6
 dict(type='ARREST', trig='L3:أسر', actors=[JF], targets=['SY_GOV'], qty=['L3:خمسة عناصر'], attr=RA),                                 # 7
 dict(type='ATTACK', trig='L4:قُتلوا', targets=['IR'], loc='L4:خان طومان', qty=['L4:13 مستشاراً', 'L4:21'], attr=TAS),                 # 8
 dict(type='MOVEMENT', trig='L5:أعادت تموضعها', actors=['SY_GOV'], loc='L5:التلال المشرفة على البلدة', attr=SANA),                    # 9
 dict(type='ATTACK', trig='L5:أحبطت', actors=['SY_GOV'], loc='L5:قرية الزربة', attr=SANA),                                            # 10
 dict(type='ATTACK', trig='L5:هجوماً', targets=['SY_GOV'], loc='L5:قرية الزربة', weapons=['L5:عربة مفخخة'], attr=SANA),              # 11
 dict(type='ATTACK', trig='L6:شنت', time='L6:بعد ظهر أمس', actors=['RU', 'SY_GOV'], targets=[JF], loc='L6:خان طومان',
      weapons=['L6:طائرات حربية'], qty=['L6:عشرات الغارات'], attr=ACT),                                                              # 12
 dict(type='MOVEMENT', trig='L6:تقدم', actors=[JF], loc='L6:الطريق الدولي', attr=ACT),                                                 # 13
 dict(type='ATTACK', trig='L7:الهجوم', time=DAWN, actors=[JF], targets=['SY_GOV']),                                                    # 14
 dict(type='AGREEMENT', trig='L7:نظام تهدئة', time='L7:مساء الأربعاء', actors=['US', 'RU'], loc='L7:مدينة حلب', qty=['L7:48 ساعة']),   # 15
 dict(type='STATEMENT', trig='L7:أعلنته', time='L7:مساء الأربعاء', actors=['US', 'RU']),                                               # 16
 dict(type='STATEMENT', trig='L8:قال', actors=['RU'], attr=KUR),                                                                       # 17
 dict(type='ATTACK', trig='L8:خرقت', time='L8:خلال الساعات الـ24 الماضية', actors=['FSA'], qty=['L8:12 مرة'], attr=KUR),               # 18
 dict(type='ATTACK', trig='L8:ضرب', mod='planned', actors=['RU'], targets=['NUSRA'], loc='L8:ريف حلب', attr=KUR),                     # 19
 dict(type='MOVEMENT', trig='L9:دفعت', time='L9:منذ مساء أمس', actors=[HZ, IQM], loc='L9:بلدة الحاضر', qty=['L9:نحو 500 مقاتل'], attr=OPP),  # 20
 dict(type='ATTACK', trig='L9:لهجوم معاكس', mod='planned', actors=[HZ, IQM], targets=[JF], attr=OPP),                                # 21
 dict(type='CONTROL', trig='L10:سقوط', time=Y, actors=[JF], targets=['SY_GOV'], loc='L10:خان طومان'),                                  # 22
 dict(type='CONTROL', trig='L10:خسارتها', time='L10:نيسان (أبريل) الماضي', targets=['SY_GOV'], loc='L10:بلدة العيس'),                 # 23
 dict(type='CONTROL', trig='L10:استعادت', time='L10:تشرين الأول (أكتوبر) 2015', actors=['SY_GOV'], loc='L10:ريف حلب الجنوبي'),         # 24
 dict(type='OPERATION', trig='L10:هجوم', time='L10:تشرين الأول (أكتوبر) 2015', actors=['SY_GOV', 'RU'], loc='L10:ريف حلب الجنوبي'),    # 25
]
YD = (FRI, 'day')
TP = (THU, 'part-of-day')
V = (None, 'vague')
KT = ('بلدة خان طومان', 'khan-tuman')
forces = [
 dict(actor=JF, loc=KT, as_of=YD, status='controls', source=SOHR, line=1, events=[1]),
 dict(actor=JF, loc=KT, as_of=YD, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='SY_GOV', loc=KT, as_of=YD, status='present', source=SOHR, line=1, events=[2]),
 dict(actor=IBM, loc=KT, as_of=YD, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='NUSRA', loc=('البلدة', 'khan-tuman'), as_of=TP, status='present', source=RA, line=2, events=[3]),
 dict(actor=TIP, loc=('البلدة', 'khan-tuman'), as_of=TP, status='present', source=RA, line=2, events=[3]),
 dict(actor='SY_GOV', assets='مواقع', loc=('البلدة', 'khan-tuman'), as_of=TP, status='attacked', source=RA, line=2, events=[4]),
 dict(actor='NUSRA', loc=('قرية الخالدية', 'al-khalidiya-aleppo'), as_of=V, status='controls', source=RA, line=2, events=[5]),
 dict(actor=TIP, loc=('قرية الخالدية', 'al-khalidiya-aleppo'), as_of=V, status='controls', source=RA, line=2, events=[5]),
 dict(actor='IR', assets='مستشارون عسكريون', loc=('خان طومان', 'khan-tuman'), as_of=YD, status='present', source=TAS, line=4, events=[8]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('التلال المشرفة على البلدة', 'khan-tuman-hills'), as_of=V, status='present', source=SANA,
      line=5, events=[9]),
 dict(actor='SY_GOV', loc=('قرية الزربة', 'zerbeh'), as_of=V, status='present', source=SANA, line=5, events=[10]),
 dict(actor=HZ, strength=(500, True, 'fighters'), loc=('بلدة الحاضر', 'al-hader'), as_of=(FRI + '/' + D, 'day'), status='reinforced',
      source=OPP, line=9, events=[20]),
 dict(actor=IQM, loc=('بلدة الحاضر', 'al-hader'), as_of=(FRI + '/' + D, 'day'), status='reinforced', source=OPP, line=9, events=[20]),
 dict(actor=JF, loc=('مستودعات الذخيرة', 'khan-tuman-depots'), as_of=(D, 'day'), status='present', source=OPP, line=9),
]
build('alhayat-khan-tuman', None, 'الحياة', D, L, ents, times, events, forces)
