from build import build
L = [
'الجيش السوري يعلن دمشق ومحيطها "آمنة بالكامل" بعد إخراج "داعش" من اليرموك',
'دمشق - وكالات',
'أعلنت القيادة العامة للجيش السوري، أمس، استعادة السيطرة الكاملة على مخيم اليرموك وحي الحجر الأسود جنوب دمشق، بعد معارك استمرت 33 يوماً مع عصابة داعش الإرهابية، لتصبح العاصمة ومحيطها "آمنة بالكامل" للمرة الأولى منذ عام 2012.',
'وبثّ التلفزيون الرسمي صوراً لجنود يرفعون العلم السوري في ساحة الريجة وسط المخيم، فيما قالت القيادة في بيانها إن وحدات الجيش "تواصل تمشيط الأحياء الجنوبية وتفكيك الألغام والعبوات التي زرعها الإرهابيون".',
'وكان الجيش السوري قد أطلق في 19 نيسان الماضي عملية عسكرية واسعة ضد التنظيم في جنوب دمشق، بمشاركة فصائل فلسطينية موالية لدمشق أبرزها "الجبهة الشعبية - القيادة العامة"، وسط قصف جوي ومدفعي مكثف.',
'وأفاد المرصد السوري لحقوق الإنسان بأن حافلات أقلت مئات من عناصر التنظيم وعائلاتهم من الحجر الأسود ليل السبت - الأحد باتجاه البادية السورية شرق محافظة السويداء، بموجب اتفاق غير معلن أعقب وقفاً لإطلاق النار استمر ساعات.',
'في المقابل، نفى مصدر عسكري سوري، في تصريح لوكالة الأنباء السورية "سانا"، التوصل إلى أي اتفاق مع التنظيم، مؤكداً أن وحدات الجيش "قضت على من تبقى من الإرهابيين".',
'وكانت "هيئة تحرير الشام" قد أخلت مطلع الشهر الجاري جيباً صغيراً كانت تسيطر عليه داخل المخيم، إذ نُقل نحو 200 من عناصرها إلى إدلب ضمن اتفاق شمل إخراج حالات إنسانية من بلدتي كفريا والفوعة.',
'كما خرج نحو 3 آلاف من مقاتلي المعارضة وعائلاتهم من بلدات يلدا وببيلا وبيت سحم إلى ريف حلب الشمالي في الأسبوع الأول من الشهر الجاري، بموجب اتفاق "تسوية" برعاية روسية.',
'وأشارت الأونروا إلى أن المعارك ألحقت دماراً واسعاً بالمخيم، الذي كان يؤوي قبل الحرب نحو 160 ألف لاجئ فلسطيني، ولم يبق فيه سوى بضعة آلاف من المدنيين.',
'وكان تنظيم "داعش" قد سيطر على معظم أنحاء المخيم في نيسان 2015، بعد معارك مع "أكناف بيت المقدس" وفصائل معارضة أخرى.',
'وفي عمّان، قال مصدر عسكري أردني لـ"الرأي" إن القوات المسلحة الأردنية رفعت درجة الجاهزية على الحدود الشمالية الشرقية للمملكة، وعززت نقاطها المقابلة للبادية السورية، تحسباً لتسلل عناصر من التنظيم.',
]
D = '2018-05-22'   # Tuesday; a print daily: its أمس is Monday 2018-05-21
Y = '2018-05-21'
PGM = 'OTHER:pro-government-militias'
PF = 'OTHER:pflp-gc'
AK = 'OTHER:aknaf-bayt-al-maqdis'
JO = 'OTHER:jordan'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:دمشق','LOCATION','damascus'), ('L0:داعش','ACTOR','ISIS'), ('L0:اليرموك','LOCATION','yarmouk-camp'),
 ('L1:دمشق','LOCATION','damascus'),
 ('L2:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L2:مخيم اليرموك','LOCATION','yarmouk-camp'),
 ('L2:حي الحجر الأسود','LOCATION','al-hajar-al-aswad'), ('L2:دمشق','LOCATION','damascus'), ('L2:33 يوماً','QUANTITY',None,(33,False,'other')),
 ('L2:داعش','ACTOR','ISIS'), ('L2:العاصمة','LOCATION','damascus'),
 ('L3:التلفزيون الرسمي','ORG','syrian-state-tv'), ('L3:ساحة الريجة','LOCATION','al-rija-square'), ('L3:المخيم','LOCATION','yarmouk-camp'),
 ('L3:القيادة','ACTOR','SY_GOV'), ('L3:الجيش','ACTOR','SY_GOV'), ('L3:الأحياء الجنوبية','LOCATION','south-damascus'),
 ('L3:الألغام','WEAPON','mines'), ('L3:العبوات','WEAPON','ieds'), ('L3:الإرهابيون','ACTOR','ISIS'),
 ('L4:الجيش السوري','ACTOR','SY_GOV'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:جنوب دمشق','LOCATION','south-damascus'),
 ('L4:فصائل فلسطينية موالية لدمشق','ACTOR',PGM), ('L4:الجبهة الشعبية - القيادة العامة','ACTOR',PF),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:مئات','QUANTITY',None,([100,999],True,'people')), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:الحجر الأسود','LOCATION','al-hajar-al-aswad'), ('L5:البادية السورية','LOCATION','syrian-badia'),
 ('L5:محافظة السويداء','LOCATION','suwayda-governorate'),
 ('L6:سانا','ORG','sana'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:الجيش','ACTOR','SY_GOV'), ('L6:الإرهابيين','ACTOR','ISIS'),
 ('L7:هيئة تحرير الشام','ACTOR','NUSRA'), ('L7:جيباً صغيراً','LOCATION','yarmouk-hts-pocket'), ('L7:المخيم','LOCATION','yarmouk-camp'),
 ('L7:نحو 200','QUANTITY',None,(200,True,'fighters')), ('L7:إدلب','LOCATION','idlib'), ('L7:كفريا','LOCATION','kafraya'),
 ('L7:الفوعة','LOCATION','al-fuaa'),
 ('L8:نحو 3 آلاف','QUANTITY',None,(3000,True,'people')), ('L8:المعارضة','ACTOR','FSA'), ('L8:يلدا','LOCATION','yalda'),
 ('L8:ببيلا','LOCATION','babbila'), ('L8:بيت سحم','LOCATION','beit-sahm'), ('L8:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L9:الأونروا','ORG','unrwa'), ('L9:المخيم','LOCATION','yarmouk-camp'), ('L9:نحو 160 ألف لاجئ','QUANTITY',None,(160000,True,'people')),
 ('L9:بضعة آلاف','QUANTITY',None,([3000,9000],True,'people')),
 ('L10:تنظيم "داعش"','ACTOR','ISIS'), ('L10:المخيم','LOCATION','yarmouk-camp'), ('L10:أكناف بيت المقدس','ACTOR',AK),
 ('L10:فصائل معارضة','ACTOR','FSA'),
 ('L11:عمّان','LOCATION','amman'), ('L11:الرأي','ORG','alrai'), ('L11:القوات المسلحة الأردنية','ACTOR',JO),
 ('L11:الحدود الشمالية الشرقية للمملكة','LOCATION','jordan-northeast-border'), ('L11:لبادية السورية','LOCATION','syrian-badia'),
 ('L11:التنظيم','ACTOR','ISIS'),
]
START = '2018-04-19'
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:منذ عام 2012', '2012/2018', 'year'),
 ('L4:19 نيسان الماضي', START, 'day'),
 ('L5:ليل السبت - الأحد', '2018-05-19', 'part-of-day', {'part':'night'}),
 ('L7:مطلع الشهر الجاري', '2018-05', 'month'),
 ('L8:الأسبوع الأول من الشهر الجاري', '2018-05-01/2018-05-07', 'week'),
 ('L10:نيسان 2015', '2015-04', 'month'),
]
GC = 'القيادة العامة للجيش السوري'
SOHR = 'المرصد السوري لحقوق الإنسان'
SANA = 'مصدر عسكري سوري (سانا)'
JSRC = 'مصدر عسكري أردني (الرأي)'
MON = 'L2:أمس'
ST = 'L4:19 نيسان الماضي'
EARLY = 'L7:مطلع الشهر الجاري'
WK1 = 'L8:الأسبوع الأول من الشهر الجاري'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=MON, actors=['SY_GOV'], attr=GC),                                                   # 1
 dict(type='CONTROL', trig='L2:استعادة', time=MON, actors=['SY_GOV'], loc='L2:مخيم اليرموك', attr=GC),                            # 2
 dict(type='ATTACK', trig='L2:معارك', time=ST, actors=['SY_GOV','ISIS'], loc='L2:مخيم اليرموك', attr=GC, qty=['L2:33 يوماً']),   # 3
 dict(type='CONTROL', trig='L2:آمنة', time=MON, actors=['SY_GOV'], loc='L2:العاصمة', attr=GC),                                    # 4
 dict(type='CONTROL', trig='L3:يرفعون', time=MON, actors=['SY_GOV'], loc='L3:ساحة الريجة', attr='التلفزيون الرسمي'),              # 5
 dict(type='STATEMENT', trig='L3:قالت', actors=['SY_GOV'], attr=GC),                                                               # 6
 dict(type='OPERATION', trig='L3:تمشيط', actors=['SY_GOV'], targets=['ISIS'], loc='L3:الأحياء الجنوبية', attr=GC),                 # 7
 dict(type='OPERATION', trig='L4:عملية عسكرية', time=ST, actors=['SY_GOV',PGM,PF], targets=['ISIS'], loc='L4:جنوب دمشق'),        # 8
 dict(type='ATTACK', trig='L4:قصف', time=ST, actors=['SY_GOV'], targets=['ISIS'], loc='L4:جنوب دمشق'),                             # 9
 dict(type='WITHDRAWAL', trig='L5:أقلت', time='L5:ليل السبت - الأحد', actors=['ISIS'], loc='L5:الحجر الأسود', attr=SOHR,
      qty=['L5:مئات']),                                                                                                           # 10
 dict(type='AGREEMENT', trig='L5:اتفاق', actors=['ISIS','SY_GOV'], attr=SOHR),                                                     # 11
 dict(type='AGREEMENT', trig='L5:وقفاً لإطلاق النار', actors=['ISIS','SY_GOV'], attr=SOHR),                                       # 12
 dict(type='AGREEMENT', trig='L6:اتفاق', mod='denied', actors=['SY_GOV','ISIS'], attr=SANA),                                       # 13
 dict(type='ATTACK', trig='L6:قضت', actors=['SY_GOV'], targets=['ISIS'], attr=SANA),                                               # 14
 dict(type='WITHDRAWAL', trig='L7:أخلت', time=EARLY, actors=['NUSRA'], loc='L7:جيباً صغيراً'),                                     # 15
 dict(type='CONTROL', trig='L7:تسيطر', actors=['NUSRA'], loc='L7:جيباً صغيراً'),                                                   # 16
 dict(type='MOVEMENT', trig='L7:نُقل', time=EARLY, actors=['NUSRA'], loc='L7:إدلب', qty=['L7:نحو 200']),                           # 17
 dict(type='AGREEMENT', trig='L7:اتفاق', time=EARLY, actors=['NUSRA','SY_GOV']),                                                   # 18
 dict(type='WITHDRAWAL', trig='L8:خرج', time=WK1, actors=['FSA'], loc='L8:يلدا', qty=['L8:نحو 3 آلاف']),                           # 19
 dict(type='AGREEMENT', trig='L8:اتفاق', time=WK1, actors=['FSA','SY_GOV']),                                                       # 20
 dict(type='ATTACK', trig='L9:المعارك', time=ST, actors=['SY_GOV','ISIS'], loc='L9:المخيم', attr='الأونروا'),                     # 21
 dict(type='CONTROL', trig='L10:سيطر', time='L10:نيسان 2015', actors=['ISIS'], loc='L10:المخيم'),                                 # 22
 dict(type='ATTACK', trig='L10:معارك', time='L10:نيسان 2015', actors=['ISIS',AK,'FSA'], loc='L10:المخيم'),                        # 23
 dict(type='MOVEMENT', trig='L11:عززت', actors=[JO], loc='L11:الحدود الشمالية الشرقية للمملكة', attr=JSRC),                       # 24
 dict(type='MOVEMENT', trig='L11:تسلل', mod='expected', actors=['ISIS'], attr=JSRC),                                               # 25
]
OD = (D, 'day')
MD = (Y, 'day')
SD = (START, 'day')
NT = ('2018-05-19', 'part-of-day')
MAY = ('2018-05', 'month')
W1 = ('2018-05-01/2018-05-07', 'week')
A15 = ('2015-04', 'month')
forces = [
 dict(actor='SY_GOV', loc=('مخيم اليرموك','yarmouk-camp'), as_of=MD, status='controls', source=GC, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('حي الحجر الأسود','al-hajar-al-aswad'), as_of=MD, status='controls', source=GC, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مخيم اليرموك','yarmouk-camp'), as_of=SD, status='present', source=GC, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('حي الحجر الأسود','al-hajar-al-aswad'), as_of=SD, status='present', source=GC, line=2, events=[3]),
 dict(actor='ISIS', loc=('مخيم اليرموك','yarmouk-camp'), as_of=SD, status='present', source=GC, line=2, events=[3]),
 dict(actor='ISIS', loc=('حي الحجر الأسود','al-hajar-al-aswad'), as_of=SD, status='present', source=GC, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('العاصمة','damascus'), as_of=MD, status='controls', source=GC, line=2, events=[4]),
 dict(actor='SY_GOV', loc=('ساحة الريجة','al-rija-square'), as_of=MD, status='controls', source='التلفزيون الرسمي', line=3, events=[5]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('الأحياء الجنوبية','south-damascus'), as_of=OD, status='present', source=GC,
      line=3, events=[7]),
 dict(actor='SY_GOV', loc=('جنوب دمشق','south-damascus'), as_of=SD, status='present', line=4, events=[8]),
 dict(actor=PGM, loc=('جنوب دمشق','south-damascus'), as_of=SD, status='present', line=4, events=[8]),
 dict(actor=PF, loc=('جنوب دمشق','south-damascus'), as_of=SD, status='present', line=4, events=[8]),
 dict(actor='ISIS', loc=('جنوب دمشق','south-damascus'), as_of=SD, status='present', line=4, events=[8]),
 dict(actor='ISIS', assets='حافلات', loc=('الحجر الأسود','al-hajar-al-aswad'), as_of=NT, status='withdrawn', source=SOHR, line=5,
      events=[10]),
 dict(actor='NUSRA', loc=('جيباً صغيراً','yarmouk-hts-pocket'), as_of=MAY, status='withdrawn', line=7, events=[15]),
 dict(actor='NUSRA', strength=(200, True, 'fighters'), loc=('إدلب','idlib'), as_of=MAY, status='arrived', line=7, events=[17]),
 dict(actor='FSA', loc=('يلدا','yalda'), as_of=W1, status='withdrawn', line=8, events=[19]),
 dict(actor='FSA', loc=('ببيلا','babbila'), as_of=W1, status='withdrawn', line=8, events=[19]),
 dict(actor='FSA', loc=('بيت سحم','beit-sahm'), as_of=W1, status='withdrawn', line=8, events=[19]),
 dict(actor='FSA', loc=('ريف حلب الشمالي','aleppo-north-countryside'), as_of=W1, status='arrived', line=8, events=[19]),
 dict(actor='SY_GOV', loc=('المخيم','yarmouk-camp'), as_of=SD, status='present', source='الأونروا', line=9, events=[21]),
 dict(actor='ISIS', loc=('المخيم','yarmouk-camp'), as_of=SD, status='present', source='الأونروا', line=9, events=[21]),
 dict(actor='ISIS', loc=('معظم أنحاء المخيم','yarmouk-camp'), as_of=A15, status='controls', line=10, events=[22]),
 dict(actor='ISIS', loc=('المخيم','yarmouk-camp'), as_of=A15, status='present', line=10, events=[23]),
 dict(actor=AK, loc=('المخيم','yarmouk-camp'), as_of=A15, status='present', line=10, events=[23]),
 dict(actor='FSA', loc=('المخيم','yarmouk-camp'), as_of=A15, status='present', line=10, events=[23]),
 dict(actor=JO, assets='نقاط', loc=('الحدود الشمالية الشرقية للمملكة','jordan-northeast-border'), as_of=OD, status='reinforced',
      source=JSRC, line=11, events=[24]),
]
build('alrai-yarmouk-camp', None, 'الرأي', D, L, ents, times, events, forces)
