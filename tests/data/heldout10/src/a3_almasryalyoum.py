from build import build
L = [
'الجيش السوري يقطع "الكاستيلو" ويُطبق الحصار على شرق حلب',
'عواصم- وكالات',
'أحكمت قوات الجيش السوري، أمس، سيطرتها على طريق الكاستيلو، آخر منفذ لفصائل المعارضة المسلحة إلى الأحياء الشرقية لمدينة حلب، بعد معارك عنيفة استمرت 10 أيام، لتكتمل بذلك محاصرة نحو 300 ألف مدني، وفق المرصد السوري لحقوق الإنسان.',
'وقال مصدر عسكري سوري لوكالة الأنباء الرسمية "سانا" إن وحدات من الجيش، بالتعاون مع "القوات الرديفة"، تقدمت من مزارع الملاح باتجاه الطريق وسيطرت على منطقة الليرمون الصناعية، "وقتلت أعداداً كبيرة من الإرهابيين".',
'وكانت قوات النظام قد سيطرت في السابع من يوليو الجاري على تلال مطلة على الطريق في مزارع الملاح، ما جعله تحت مرمى نيرانها وأوقف حركة الإمداد عليه بشكل شبه كامل.',
'في المقابل، أعلنت غرفة عمليات "فتح حلب"، التي تضم فصائل من "الجيش الحر"، بدء هجوم معاكس لاستعادة الطريق، فيما قالت "جبهة النصرة" إن عناصرها فجروا عربة مفخخة في تجمع لقوات النظام قرب دوار الليرمون مساء أمس الأول.',
'وتزامن ذلك مع غارات مكثفة شنتها طائرات روسية وسورية على أحياء الشعار والسكري وبستان القصر، ما أدى إلى مقتل 14 مدنياً على الأقل، بينهم ثلاثة أطفال، وخروج مستشفى ميداني عن الخدمة، حسب الدفاع المدني السوري.',
'من جهتها، أعربت الأمم المتحدة عن "قلق بالغ" على مصير المدنيين في شرق حلب، وقال المبعوث الأممي ستيفان دي ميستورا إن مخزون الغذاء في الأحياء الشرقية "لا يكفي لأكثر من ثلاثة أسابيع"، داعياً إلى هدنة إنسانية أسبوعية مدتها 48 ساعة.',
'وتأتي التطورات بعد أيام من اتفاق وزيري الخارجية الأمريكي جون كيري والروسي سيرغي لافروف في موسكو على "خطوات ملموسة" لمواجهة "جبهة النصرة" وتنظيم "داعش"، وهو ما انتقدته فصائل معارضة معتبرة أنه "ضوء أخضر" لما يجري في حلب.',
'ويعد طريق الكاستيلو شريان الحياة الوحيد لأحياء حلب الشرقية منذ أن سيطرت عليها الفصائل المسلحة في يوليو 2012، فيما تسيطر قوات النظام على الأحياء الغربية من المدينة.',
'ويقدر مسؤولون في المعارضة عدد مقاتليها داخل الأحياء الشرقية بنحو 8 آلاف مقاتل، معظمهم من فصائل "الجيش الحر"، إلى جانب مئات من عناصر "جبهة النصرة".',
'كما تشهد مناطق التماس مع حي الشيخ مقصود، الخاضع لسيطرة "وحدات حماية الشعب" الكردية، توتراً متصاعداً بعد اتهام فصائل المعارضة للوحدات بقصف الطريق بالتنسيق مع قوات النظام.',
]
D = '2016-07-18'   # Monday; a print daily: its أمس is Sunday 2016-07-17
Y = '2016-07-17'
PGM = 'OTHER:pro-government-militias'
FH = 'OTHER:fatah-halab'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:الكاستيلو','LOCATION','castello-road'), ('L0:شرق حلب','LOCATION','east-aleppo'),
 ('L2:قوات الجيش السوري','ACTOR','SY_GOV'), ('L2:طريق الكاستيلو','LOCATION','castello-road'),
 ('L2:فصائل المعارضة المسلحة','ACTOR','FSA'), ('L2:الأحياء الشرقية لمدينة حلب','LOCATION','east-aleppo'),
 ('L2:10 أيام','QUANTITY',None,(10,False,'other')), ('L2:نحو 300 ألف مدني','QUANTITY',None,(300000,True,'people')),
 ('L2:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:سانا','ORG','sana'), ('L3:الجيش','ACTOR','SY_GOV'), ('L3:القوات الرديفة','ACTOR',PGM), ('L3:مزارع الملاح','LOCATION','mallah-farms'),
 ('L3:الطريق','LOCATION','castello-road'), ('L3:منطقة الليرمون الصناعية','LOCATION','layramoun'), ('L3:الإرهابيين','ACTOR','FSA'),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:تلال مطلة على الطريق','LOCATION','mallah-hills'), ('L4:مزارع الملاح','LOCATION','mallah-farms'),
 ('L5:غرفة عمليات "فتح حلب"','ACTOR',FH), ('L5:الجيش الحر','ACTOR','FSA'), ('L5:الطريق','LOCATION','castello-road'),
 ('L5:جبهة النصرة','ACTOR','NUSRA'), ('L5:عربة مفخخة','WEAPON','vbied'), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:دوار الليرمون','LOCATION','layramoun-roundabout'),
 ('L6:طائرات','WEAPON','warplanes'), ('L6:الشعار','LOCATION','al-shaar'), ('L6:السكري','LOCATION','al-sukkari'),
 ('L6:بستان القصر','LOCATION','bustan-al-qasr'), ('L6:14 مدنياً على الأقل','QUANTITY',None,(14,True,'killed')),
 ('L6:ثلاثة أطفال','QUANTITY',None,(3,False,'killed')), ('L6:الدفاع المدني السوري','ORG','white-helmets'),
 ('L7:الأمم المتحدة','ORG','un'), ('L7:شرق حلب','LOCATION','east-aleppo'), ('L7:ستيفان دي ميستورا','PERSON','staffan-de-mistura'),
 ('L7:الأحياء الشرقية','LOCATION','east-aleppo'), ('L7:أكثر من ثلاثة أسابيع','QUANTITY',None,(3,True,'other')),
 ('L7:48 ساعة','QUANTITY',None,(48,False,'other')),
 ('L8:جون كيري','PERSON','john-kerry'), ('L8:سيرغي لافروف','PERSON','sergei-lavrov'), ('L8:موسكو','LOCATION','moscow'),
 ('L8:جبهة النصرة','ACTOR','NUSRA'), ('L8:تنظيم "داعش"','ACTOR','ISIS'), ('L8:فصائل معارضة','ACTOR','FSA'), ('L8:حلب','LOCATION','aleppo'),
 ('L9:طريق الكاستيلو','LOCATION','castello-road'), ('L9:أحياء حلب الشرقية','LOCATION','east-aleppo'),
 ('L9:الفصائل المسلحة','ACTOR','FSA'), ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:الأحياء الغربية','LOCATION','west-aleppo'),
 ('L9:المدينة','LOCATION','aleppo'),
 ('L10:المعارضة','ACTOR','FSA'), ('L10:الأحياء الشرقية','LOCATION','east-aleppo'),
 ('L10:نحو 8 آلاف مقاتل','QUANTITY',None,(8000,True,'fighters')), ('L10:الجيش الحر','ACTOR','FSA'),
 ('L10:مئات','QUANTITY',None,([100,999],True,'fighters')), ('L10:جبهة النصرة','ACTOR','NUSRA'),
 ('L11:مناطق التماس','LOCATION','sheikh-maqsoud-frontlines'), ('L11:حي الشيخ مقصود','LOCATION','sheikh-maqsoud'),
 ('L11:وحدات حماية الشعب','ACTOR','YPG'), ('L11:فصائل المعارضة','ACTOR','FSA'), ('L11:لوحدات','ACTOR','YPG'),
 ('L11:الطريق','LOCATION','castello-road'), ('L11:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L4:السابع من يوليو الجاري', '2016-07-07', 'day'),
 ('L5:مساء أمس الأول', '2016-07-16', 'part-of-day', {'part':'evening'}),
 ('L9:يوليو 2012', '2012-07', 'month'),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
SANA = 'مصدر عسكري سوري (سانا)'
SUN = 'L2:أمس'
events = [
 dict(type='CONTROL', trig='L2:أحكمت', time=SUN, actors=['SY_GOV'], loc='L2:طريق الكاستيلو', attr=SOHR),                        # 1
 dict(type='ATTACK', trig='L2:معارك', actors=['SY_GOV','FSA'], loc='L2:طريق الكاستيلو', attr=SOHR, qty=['L2:10 أيام']),           # 2
 dict(type='OPERATION', trig='L2:محاصرة', time=SUN, actors=['SY_GOV'], targets=['FSA'], loc='L2:الأحياء الشرقية لمدينة حلب',
      attr=SOHR, qty=['L2:نحو 300 ألف مدني']),                                                                                    # 3
 dict(type='MOVEMENT', trig='L3:تقدمت', time=SUN, actors=['SY_GOV',PGM], loc='L3:مزارع الملاح', attr=SANA),                       # 4
 dict(type='CONTROL', trig='L3:سيطرت', time=SUN, actors=['SY_GOV',PGM], loc='L3:منطقة الليرمون الصناعية', attr=SANA),             # 5
 dict(type='ATTACK', trig='L3:قتلت', time=SUN, actors=['SY_GOV',PGM], targets=['FSA'], attr=SANA),                                # 6
 dict(type='CONTROL', trig='L4:سيطرت', time='L4:السابع من يوليو الجاري', actors=['SY_GOV'], loc='L4:تلال مطلة على الطريق'),       # 7
 dict(type='STATEMENT', trig='L5:أعلنت', actors=[FH], attr='غرفة عمليات فتح حلب'),                                                  # 8
 dict(type='ATTACK', trig='L5:هجوم معاكس', actors=[FH], targets=['SY_GOV'], attr='غرفة عمليات فتح حلب'),                          # 9
 dict(type='STATEMENT', trig='L5:قالت', actors=['NUSRA'], attr='جبهة النصرة'),                                                      # 10
 dict(type='ATTACK', trig='L5:فجروا', time='L5:مساء أمس الأول', actors=['NUSRA'], targets=['SY_GOV'], loc='L5:دوار الليرمون',
      attr='جبهة النصرة', weapons=['L5:عربة مفخخة']),                                                                             # 11
 dict(type='ATTACK', trig='L6:غارات', time=SUN, actors=['RU','SY_GOV'], targets=[], loc='L6:الشعار', attr='الدفاع المدني السوري',
      weapons=['L6:طائرات'], qty=['L6:14 مدنياً على الأقل','L6:ثلاثة أطفال']),                                                   # 12
 dict(type='AGREEMENT', trig='L7:هدنة إنسانية', mod='planned', actors=[], loc='L7:شرق حلب', attr='ستيفان دي ميستورا',
      qty=['L7:48 ساعة']),                                                                                                        # 13
 dict(type='AGREEMENT', trig='L8:اتفاق', actors=['US','RU'], loc='L8:موسكو'),                                                       # 14
 dict(type='CONTROL', trig='L9:سيطرت', time='L9:يوليو 2012', actors=['FSA'], loc='L9:أحياء حلب الشرقية'),                          # 15
 dict(type='CONTROL', trig='L9:تسيطر', actors=['SY_GOV'], loc='L9:الأحياء الغربية'),                                               # 16
 dict(type='CONTROL', trig='L11:الخاضع لسيطرة', actors=['YPG'], loc='L11:حي الشيخ مقصود'),                                         # 17
 dict(type='ATTACK', trig='L11:بقصف', actors=['YPG'], targets=[], loc='L11:الطريق', attr='فصائل المعارضة'),                        # 18
]
OD = (D, 'day')
SD = (Y, 'day')
OPP = 'مسؤولون في المعارضة'
forces = [
 dict(actor='SY_GOV', loc=('طريق الكاستيلو','castello-road'), as_of=SD, status='controls', source=SOHR, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('طريق الكاستيلو','castello-road'), as_of=SD, status='present', source=SOHR, line=2, events=[2]),
 dict(actor='FSA', loc=('طريق الكاستيلو','castello-road'), as_of=SD, status='present', source=SOHR, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('الأحياء الشرقية لمدينة حلب','east-aleppo'), as_of=SD, status='present', source=SOHR, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('مزارع الملاح','mallah-farms'), as_of=SD, status='present', source=SANA, line=3, events=[4]),
 dict(actor=PGM, loc=('مزارع الملاح','mallah-farms'), as_of=SD, status='present', source=SANA, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('منطقة الليرمون الصناعية','layramoun'), as_of=SD, status='controls', source=SANA, line=3, events=[5]),
 dict(actor=PGM, loc=('منطقة الليرمون الصناعية','layramoun'), as_of=SD, status='controls', source=SANA, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('تلال مطلة على الطريق في مزارع الملاح','mallah-hills'), as_of=('2016-07-07','day'), status='controls',
      line=4, events=[7]),
 dict(actor='SY_GOV', assets='تجمع', loc=('دوار الليرمون','layramoun-roundabout'), as_of=('2016-07-16','part-of-day'),
      status='attacked', source='جبهة النصرة', line=5, events=[11]),
 dict(actor='FSA', loc=('أحياء حلب الشرقية','east-aleppo'), as_of=('2012-07','month'), status='controls', line=9, events=[15]),
 dict(actor='SY_GOV', loc=('الأحياء الغربية','west-aleppo'), as_of=OD, status='controls', line=9, events=[16]),
 dict(actor='FSA', strength=(8000, True, 'fighters'), loc=('الأحياء الشرقية','east-aleppo'), as_of=OD, status='present', source=OPP,
      line=10),
 dict(actor='NUSRA', strength=([100,999], True, 'fighters'), loc=('الأحياء الشرقية','east-aleppo'), as_of=OD, status='present',
      source=OPP, line=10),
 dict(actor='YPG', loc=('حي الشيخ مقصود','sheikh-maqsoud'), as_of=OD, status='controls', line=11, events=[17]),
]
build('almasryalyoum-castello-road', None, 'المصري اليوم', D, L, ents, times, events, forces)
