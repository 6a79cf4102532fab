from build import build
L = [
'قوافل الإغاثة تدخل مضايا بعد ستة أشهر من الحصار.. و"حزب الله" ينفي تجويع سكانها',
'السبيل - وكالات',
'دخلت قافلة مساعدات أممية تضم 44 شاحنة مساء أمس الاثنين بلدة مضايا المحاصرة في ريف دمشق الغربي، بالتزامن مع دخول 21 شاحنة إلى بلدتي الفوعة وكفريا في ريف إدلب الشمالي، تنفيذاً لاتفاق "البلدات الأربع".',
'وقال عضو المجلس المحلي في مضايا سامر الخطيب لـ"السبيل" إن 28 شخصاً توفوا جوعاً منذ مطلع كانون الأول/ديسمبر الماضي، فيما قُتل 11 آخرون برصاص قناصة قوات النظام أو بانفجار ألغام زرعها عناصر الحزب حول البلدة.',
'في المقابل، نفى "حزب الله" في بيان نشرته قناة "المنار" أن يكون عناصره يفرضون حصاراً على المدنيين، معتبراً أن صور الأطفال الجوعى "مفبركة"، وأن "المسلحين في مضايا يستولون على المساعدات ويبيعونها بأسعار خيالية".',
'وتحاصر قوات النظام وعناصر "حزب الله" مضايا ومدينة الزبداني المجاورة منذ مطلع تموز/يوليو الماضي، حين أطلق الحزب هجوماً واسعاً على الزبداني شارك فيه نحو ثلاثة آلاف من مقاتليه، بحسب مصادر في المعارضة السورية.',
'وكان "جيش الفتح" وإيران قد توصلا في أيلول/سبتمبر الماضي، بوساطة أممية، إلى اتفاق يقضي بوقف إطلاق النار في الزبداني ومضايا مقابل الفوعة وكفريا اللتين يحاصرهما مقاتلو المعارضة في ريف إدلب.',
'وأفاد ناشطون من داخل البلدة بأن الحزب عزز خلال الأيام الماضية حواجزه المحيطة بمضايا بنحو 150 عنصراً، ونشر أسلاكاً شائكة وألغاماً إضافية على الطرق الزراعية التي يسلكها الأهالي بحثاً عن الطعام.',
'وفي ريف إدلب، قال القيادي في "حركة أحرار الشام" أبو عمر الإدلبي إن الفصائل سمحت بمرور القافلة المتجهة إلى الفوعة وكفريا "التزاماً بالاتفاق"، محذراً من أن أي خرق في مضايا "سيقابله رد مماثل".',
'ميدانياً، شنت طائرات حربية روسية غارات على مدينة معرة النعمان وبلدتي سراقب وتفتناز في ريف إدلب، أسفرت عن مقتل سبعة مدنيين على الأقل، بحسب الدفاع المدني.',
'وتقدّر الأمم المتحدة عدد المحاصرين في سوريا بنحو 400 ألف شخص، يعيش معظمهم في مناطق تحاصرها قوات النظام وحلفاؤه.',
]
D = '2016-01-12'   # Tuesday; Amman print daily dated the day after the news
MON = '2016-01-11'
JF = 'OTHER:jaish-al-fateh'
AHRAR = 'OTHER:ahrar-al-sham'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:مضايا','LOCATION','madaya'), ('L0:ستة أشهر','QUANTITY',None,(6,False,'other')), ('L0:حزب الله','ACTOR',HZ),
 ('L1:السبيل','ORG','alsabeel'),
 ('L2:44 شاحنة','QUANTITY',None,(44,False,'vehicles')), ('L2:بلدة مضايا','LOCATION','madaya'), ('L2:ريف دمشق الغربي','LOCATION','damascus-west-countryside'),
 ('L2:21 شاحنة','QUANTITY',None,(21,False,'vehicles')), ('L2:بلدتي الفوعة','LOCATION','al-fuaa'), ('L2:كفريا','LOCATION','kafraya'),
 ('L2:ريف إدلب الشمالي','LOCATION','idlib-north-countryside'),
 ('L3:المجلس المحلي','ORG','madaya-local-council'), ('L3:مضايا','LOCATION','madaya'), ('L3:سامر الخطيب','PERSON','samer-al-khatib'),
 ('L3:السبيل','ORG','alsabeel'), ('L3:28 شخصاً','QUANTITY',None,(28,False,'killed')), ('L3:11','QUANTITY',None,(11,False,'killed')),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:ألغام','WEAPON','landmines'), ('L3:الحزب','ACTOR',HZ), ('L3:البلدة','LOCATION','madaya'),
 ('L4:حزب الله','ACTOR',HZ), ('L4:المنار','ORG','almanar'), ('L4:مضايا','LOCATION','madaya'),
 ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:حزب الله','ACTOR',HZ), ('L5:مضايا','LOCATION','madaya'), ('L5:مدينة الزبداني','LOCATION','zabadani'),
 ('L5:الحزب','ACTOR',HZ), ('L5:الزبداني#1','LOCATION','zabadani'), ('L5:نحو ثلاثة آلاف','QUANTITY',None,(3000,True,'fighters')),
 ('L5:المعارضة السورية','ACTOR','FSA'),
 ('L6:جيش الفتح','ACTOR',JF), ('L6:إيران','ACTOR','IR'), ('L6:الزبداني','LOCATION','zabadani'), ('L6:مضايا','LOCATION','madaya'),
 ('L6:الفوعة','LOCATION','al-fuaa'), ('L6:كفريا','LOCATION','kafraya'), ('L6:المعارضة','ACTOR','FSA'), ('L6:ريف إدلب','LOCATION','idlib-countryside'),
 ('L7:البلدة','LOCATION','madaya'), ('L7:الحزب','ACTOR',HZ), ('L7:مضايا','LOCATION','madaya'), ('L7:نحو 150 عنصراً','QUANTITY',None,(150,True,'fighters')),
 ('L7:ألغاماً','WEAPON','landmines'), ('L7:الطرق الزراعية','LOCATION','madaya-farm-roads'),
 ('L8:ريف إدلب','LOCATION','idlib-countryside'), ('L8:حركة أحرار الشام','ACTOR',AHRAR), ('L8:أبو عمر الإدلبي','PERSON','abu-omar-al-idlibi'),
 ('L8:الفصائل','ACTOR','FSA'), ('L8:الفوعة','LOCATION','al-fuaa'), ('L8:كفريا','LOCATION','kafraya'), ('L8:مضايا','LOCATION','madaya'),
 ('L9:طائرات حربية','WEAPON','warplanes'), ('L9:مدينة معرة النعمان','LOCATION','maarat-al-numan'), ('L9:بلدتي سراقب','LOCATION','saraqib'),
 ('L9:تفتناز','LOCATION','taftanaz'), ('L9:ريف إدلب','LOCATION','idlib-countryside'),
 ('L9:سبعة مدنيين على الأقل','QUANTITY',None,(7,True,'killed')), ('L9:الدفاع المدني','ORG','syrian-civil-defence'),
 ('L10:الأمم المتحدة','ORG','un'), ('L10:سوريا','LOCATION','syria'), ('L10:نحو 400 ألف شخص','QUANTITY',None,(400000,True,'people')),
 ('L10:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:مساء أمس الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L3:منذ مطلع كانون الأول/ديسمبر الماضي', '2015-12/2016-01', 'month'),
 ('L5:منذ مطلع تموز/يوليو الماضي', '2015-07/2016-01', 'month'),
 ('L6:أيلول/سبتمبر الماضي', '2015-09', 'month'),
 ('L7:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
SEP = 'L6:أيلول/سبتمبر الماضي'
SINCE = 'L5:منذ مطلع تموز/يوليو الماضي'
KH = 'سامر الخطيب'
HZS = 'حزب الله (المنار)'
OPP = 'مصادر في المعارضة السورية'
ACT = 'ناشطون من داخل البلدة'
AI = 'أبو عمر الإدلبي'
CD = 'الدفاع المدني'
events = [
 dict(type='AGREEMENT', trig='L2:اتفاق', time=SEP, actors=[JF, 'IR']),                                                                  # 1
 dict(type='ATTACK', trig='L3:قُتل', actors=['SY_GOV', HZ], loc='L3:البلدة', weapons=['L3:ألغام'], qty=['L3:11'], attr=KH),            # 2
 dict(type='STATEMENT', trig='L4:بيان', actors=[HZ], attr=HZS),                                                                         # 3
 dict(type='OPERATION', trig='L4:حصاراً', mod='denied', actors=[HZ], attr=HZS),                                                          # 4
 dict(type='OPERATION', trig='L5:تحاصر', time=SINCE, actors=['SY_GOV', HZ], targets=['FSA'], loc='L5:مضايا', attr=OPP),                 # 5
 dict(type='OPERATION', trig='L5:هجوماً', actors=[HZ], targets=['FSA'], loc='L5:الزبداني#1', qty=['L5:نحو ثلاثة آلاف'], attr=OPP),    # 6
 dict(type='AGREEMENT', trig='L6:اتفاق', time=SEP, actors=[JF, 'IR'], loc='L6:الزبداني'),                                                # 7
 dict(type='OPERATION', trig='L6:يحاصرهما', actors=['FSA'], loc='L6:الفوعة'),                                                           # 8
 dict(type='MOVEMENT', trig='L7:عزز', time='L7:خلال الأيام الماضية', actors=[HZ], loc='L7:مضايا', qty=['L7:نحو 150 عنصراً'], attr=ACT),  # 9
 dict(type='STATEMENT', trig='L8:قال', actors=[AHRAR], attr=AI),                                                                        # 10
 dict(type='AGREEMENT', trig='L8:الاتفاق', time=SEP, actors=[JF, 'IR'], attr=AI),                                                       # 11
 dict(type='ATTACK', trig='L9:شنت', actors=['RU'], loc='L9:مدينة معرة النعمان', weapons=['L9:طائرات حربية'],
      qty=['L9:سبعة مدنيين على الأقل'], attr=CD),                                                                                        # 12
 dict(type='OPERATION', trig='L10:تحاصرها', actors=['SY_GOV']),                                                                          # 13
]
MD = ('مضايا', 'madaya')
ZB = ('مدينة الزبداني', 'zabadani')
SD = ('2015-07/2016-01', 'month')
DD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=MD, as_of=SD, status='present', source=OPP, line=5, events=[5]),
 dict(actor=HZ, loc=MD, as_of=SD, status='present', source=OPP, line=5, events=[5]),
 dict(actor='SY_GOV', loc=ZB, as_of=SD, status='present', source=OPP, line=5, events=[5]),
 dict(actor=HZ, strength=(3000, True, 'fighters'), loc=ZB, as_of=SD, status='present', source=OPP, line=5, events=[5, 6]),
 dict(actor='FSA', loc=('الفوعة', 'al-fuaa'), as_of=DD, status='present', line=6, events=[8]),
 dict(actor='FSA', loc=('كفريا', 'kafraya'), as_of=DD, status='present', line=6, events=[8]),
 dict(actor=HZ, strength=(150, True, 'fighters'), assets='حواجز', loc=('مضايا', 'madaya'), as_of=(None, 'vague'), status='reinforced',
      source=ACT, line=7, events=[9]),
]
build('alsabeel-madaya-convoys', None, 'السبيل', D, L, ents, times, events, forces)
