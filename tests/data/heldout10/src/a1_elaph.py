from build import build
L = [
'مقاتلو المعارضة يبدأون الخروج من حمص القديمة بعد عامين من الحصار',
'إيلاف من بيروت: بدأ مئات من مقاتلي المعارضة السورية، أمس الأربعاء، الخروج من أحياء حمص القديمة على متن حافلات اتجهت إلى ريف حمص الشمالي، تنفيذاً لاتفاق مع النظام أنهى حصاراً دام قرابة عامين.',
'وقال محافظ حمص طلال البرازي لوكالة فرانس برس إن نحو 980 شخصاً، معظمهم من المسلحين، غادروا في الدفعة الأولى بمرافقة سيارات تابعة للأمم المتحدة والهلال الأحمر العربي السوري، على أن تُستكمل العملية اليوم الخميس.',
'وأوضح البرازي أن الحافلات نقلت المقاتلين إلى بلدة الدار الكبيرة، على بعد نحو 15 كيلومتراً شمال المدينة، وأن وحدات الجيش ستدخل الأحياء القديمة فور خروج الدفعة الأخيرة "لتطهيرها من الألغام والعبوات الناسفة".',
'وأفاد المرصد السوري لحقوق الإنسان بأن عناصر من "جبهة النصرة" و"الجبهة الإسلامية" كانوا بين المغادرين من حمص القديمة، مشيراً إلى أن الاتفاق سمح لكل مقاتل بالاحتفاظ بسلاحه الفردي فقط.',
'وينص الاتفاق، الذي أُبرم الجمعة الماضي بوساطة إيرانية، على إفراج فصائل معارضة في ريف حلب عن نحو 70 أسيراً بينهم إيرانيون، والسماح بدخول قافلة مساعدات إلى بلدتي نبل والزهراء اللتين تحاصرهما المعارضة منذ عام 2012.',
'وتأخر انطلاق الحافلات ساعات عدة صباح الأربعاء، إلى أن وصلت القافلة إلى نبل والزهراء، بحسب ناشطين في المدينة.',
'ونفى القائد الميداني في "الجيش الحر" أبو الحارث الخالدي، في اتصال مع "إيلاف"، أن تكون قوات النظام قد دخلت أياً من أحياء حمص القديمة حتى مساء الأربعاء، مؤكداً أن المقاتلين "خرجوا بسلاحهم الفردي ورؤوسهم مرفوعة بعد نحو 700 يوم من الصمود".',
'وتحاصر القوات النظامية منذ حزيران/يونيو 2012 أحياء حمص القديمة، حيث تحصن نحو 2000 مقاتل إلى جانب مئات المدنيين الذين أُجلي معظمهم في شباط/فبراير الماضي خلال هدنة إنسانية رعتها الأمم المتحدة.',
'ولا يزال حي الوعر، الذي يؤوي أكثر من 70 ألف نازح، خاضعاً لسيطرة فصائل المعارضة، فيما تطوقه قوات النظام وتقصفه بشكل شبه يومي، وسط أنباء عن مفاوضات لتسوية مماثلة.',
'وفي ريف حمص الشمالي، ألقت مروحيات النظام، أمس، براميل متفجرة على مدينة تلبيسة، ما أسفر عن مقتل خمسة مدنيين بينهم طفلان، وفق المرصد.',
'ويأتي الاتفاق عشية الانتخابات الرئاسية المقررة في الثالث من حزيران/يونيو المقبل، التي يخوضها الرئيس بشار الأسد سعياً إلى ولاية ثالثة، فيما وصفتها المعارضة بأنها "مهزلة".',
]
D = '2014-05-08'   # Thursday, web copy of its own day
W = '2014-05-07'
IF = 'OTHER:islamic-front'
ents = [
 ('L0:المعارضة','ACTOR','FSA'), ('L0:حمص القديمة','LOCATION','homs-old-city'), ('L0:عامين','QUANTITY',None,(2,False,'other')),
 ('L1:إيلاف','ORG','elaph'), ('L1:بيروت','LOCATION','beirut'), ('L1:مئات','QUANTITY',None,([100,999],True,'fighters')),
 ('L1:المعارضة السورية','ACTOR','FSA'), ('L1:أحياء حمص القديمة','LOCATION','homs-old-city'),
 ('L1:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L1:النظام','ACTOR','SY_GOV'),
 ('L1:قرابة عامين','QUANTITY',None,(2,True,'other')),
 ('L2:حمص','LOCATION','homs'), ('L2:طلال البرازي','PERSON','talal-al-barazi'), ('L2:فرانس برس','ORG','afp'),
 ('L2:نحو 980 شخصاً','QUANTITY',None,(980,True,'people')), ('L2:المسلحين','ACTOR','FSA'),
 ('L2:لأمم المتحدة','ORG','un'), ('L2:الهلال الأحمر العربي السوري','ORG','sarc'),
 ('L3:البرازي','PERSON','talal-al-barazi'), ('L3:المقاتلين','ACTOR','FSA'), ('L3:بلدة الدار الكبيرة','LOCATION','al-dar-al-kabira'),
 ('L3:نحو 15 كيلومتراً','QUANTITY',None,(15,True,'km')), ('L3:المدينة','LOCATION','homs'), ('L3:الجيش','ACTOR','SY_GOV'),
 ('L3:الأحياء القديمة','LOCATION','homs-old-city'), ('L3:الألغام','WEAPON','mines'), ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:جبهة النصرة','ACTOR','NUSRA'), ('L4:الجبهة الإسلامية','ACTOR',IF),
 ('L4:حمص القديمة','LOCATION','homs-old-city'), ('L4:سلاحه الفردي','WEAPON','small-arms'),
 ('L5:فصائل معارضة','ACTOR','FSA'), ('L5:ريف حلب','LOCATION','aleppo-countryside'),
 ('L5:نحو 70 أسيراً','QUANTITY',None,(70,True,'arrested')), ('L5:نبل','LOCATION','nubl'), ('L5:الزهراء','LOCATION','al-zahraa'),
 ('L5:المعارضة','ACTOR','FSA'),
 ('L6:نبل','LOCATION','nubl'), ('L6:الزهراء','LOCATION','al-zahraa'), ('L6:المدينة','LOCATION','homs'),
 ('L7:الجيش الحر','ACTOR','FSA'), ('L7:أبو الحارث الخالدي','PERSON','abu-al-harith-al-khalidi'), ('L7:إيلاف','ORG','elaph'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:أحياء حمص القديمة','LOCATION','homs-old-city'), ('L7:المقاتلين','ACTOR','FSA'),
 ('L7:سلاحهم الفردي','WEAPON','small-arms'), ('L7:نحو 700 يوم','QUANTITY',None,(700,True,'other')),
 ('L8:القوات النظامية','ACTOR','SY_GOV'), ('L8:أحياء حمص القديمة','LOCATION','homs-old-city'),
 ('L8:نحو 2000 مقاتل','QUANTITY',None,(2000,True,'fighters')), ('L8:مئات المدنيين','QUANTITY',None,([100,999],True,'people')),
 ('L8:الأمم المتحدة','ORG','un'),
 ('L9:حي الوعر','LOCATION','al-waer'), ('L9:أكثر من 70 ألف نازح','QUANTITY',None,(70000,True,'people')),
 ('L9:فصائل المعارضة','ACTOR','FSA'), ('L9:قوات النظام','ACTOR','SY_GOV'),
 ('L10:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L10:مروحيات','WEAPON','helicopters'), ('L10:النظام','ACTOR','SY_GOV'),
 ('L10:براميل متفجرة','WEAPON','barrel-bombs'), ('L10:مدينة تلبيسة','LOCATION','talbiseh'),
 ('L10:خمسة مدنيين','QUANTITY',None,(5,False,'killed')), ('L10:طفلان','QUANTITY',None,(2,False,'killed')), ('L10:المرصد','ORG','sohr'),
 ('L11:بشار الأسد','PERSON','bashar-al-assad'), ('L11:المعارضة','ACTOR','FSA'),
]
SINCE = '2012-06/2014-05'
times = [
 ('L1:أمس الأربعاء', W, 'day'),
 ('L2:اليوم الخميس', D, 'day'),
 ('L5:الجمعة الماضي', '2014-05-02', 'day'),
 ('L5:منذ عام 2012', '2012/2014', 'year'),
 ('L6:صباح الأربعاء', W, 'part-of-day', {'part':'morning'}),
 ('L7:مساء الأربعاء', W, 'part-of-day', {'part':'evening'}),
 ('L8:منذ حزيران/يونيو 2012', SINCE, 'month'),
 ('L8:شباط/فبراير الماضي', '2014-02', 'month'),
 ('L10:أمس', W, 'day'),
 ('L11:الثالث من حزيران/يونيو المقبل', '2014-06-03', 'day'),
]
BAR = 'طلال البرازي (فرانس برس)'
SOHR = 'المرصد السوري لحقوق الإنسان'
KH = 'أبو الحارث الخالدي (إيلاف)'
WED = 'L1:أمس الأربعاء'
DEAL = 'L5:الجمعة الماضي'
SIEGE = 'L8:منذ حزيران/يونيو 2012'
THU = 'L2:اليوم الخميس'
events = [
 dict(type='WITHDRAWAL', trig='L1:الخروج', time=WED, actors=['FSA'], loc='L1:أحياء حمص القديمة', qty=['L1:مئات']),                 # 1
 dict(type='MOVEMENT', trig='L1:اتجهت', time=WED, actors=['FSA'], loc='L1:ريف حمص الشمالي'),                                        # 2
 dict(type='AGREEMENT', trig='L1:اتفاق', time=DEAL, actors=['FSA','SY_GOV']),                                                       # 3
 dict(type='OPERATION', trig='L1:حصاراً', time=SIEGE, actors=['SY_GOV'], targets=['FSA'], loc='L1:أحياء حمص القديمة',
      qty=['L1:قرابة عامين']),                                                                                                    # 4
 dict(type='STATEMENT', trig='L2:قال', actors=['SY_GOV'], attr=BAR),                                                                # 5
 dict(type='WITHDRAWAL', trig='L2:غادروا', time=WED, actors=['FSA'], attr=BAR, qty=['L2:نحو 980 شخصاً']),                           # 6
 dict(type='WITHDRAWAL', trig='L2:تُستكمل', mod='planned', time=THU, actors=['FSA'], attr=BAR),                                     # 7
 dict(type='MOVEMENT', trig='L3:نقلت', time=WED, actors=['FSA'], loc='L3:بلدة الدار الكبيرة', attr=BAR),                            # 8
 dict(type='MOVEMENT', trig='L3:ستدخل', mod='planned', actors=['SY_GOV'], loc='L3:الأحياء القديمة', attr=BAR),                      # 9
 dict(type='WITHDRAWAL', trig='L3:خروج', mod='planned', time=THU, actors=['FSA'], attr=BAR),                                        # 10
 dict(type='WITHDRAWAL', trig='L4:المغادرين', time=WED, actors=['NUSRA',IF], loc='L4:حمص القديمة', attr=SOHR),                      # 11
 dict(type='AGREEMENT', trig='L4:الاتفاق', time=DEAL, actors=['FSA','SY_GOV'], attr=SOHR),                                         # 12
 dict(type='AGREEMENT', trig='L5:الاتفاق', time=DEAL, actors=['FSA','SY_GOV']),                                                    # 13
 dict(type='OPERATION', trig='L5:تحاصرهما', time='L5:منذ عام 2012', actors=['FSA'], loc='L5:نبل'),                                  # 14
 dict(type='WITHDRAWAL', trig='L6:انطلاق', time='L6:صباح الأربعاء', actors=['FSA'], attr='ناشطين في المدينة'),                     # 15
 dict(type='MOVEMENT', trig='L7:دخلت', mod='denied', time='L7:مساء الأربعاء', actors=['SY_GOV'], loc='L7:أحياء حمص القديمة', attr=KH),  # 16
 dict(type='WITHDRAWAL', trig='L7:خرجوا', time=WED, actors=['FSA'], attr=KH, weapons=['L7:سلاحهم الفردي']),                       # 17
 dict(type='OPERATION', trig='L8:تحاصر', time=SIEGE, actors=['SY_GOV'], targets=['FSA'], loc='L8:أحياء حمص القديمة',
      qty=['L8:نحو 2000 مقاتل']),                                                                                                 # 18
 dict(type='AGREEMENT', trig='L8:هدنة إنسانية', time='L8:شباط/فبراير الماضي', actors=['SY_GOV','FSA'], loc='L8:أحياء حمص القديمة'),  # 19
 dict(type='CONTROL', trig='L9:خاضعاً لسيطرة', actors=['FSA'], loc='L9:حي الوعر'),                                                 # 20
 dict(type='OPERATION', trig='L9:تطوقه', actors=['SY_GOV'], targets=['FSA'], loc='L9:حي الوعر'),                                    # 21
 dict(type='ATTACK', trig='L9:تقصفه', actors=['SY_GOV'], targets=[], loc='L9:حي الوعر'),                                            # 22
 dict(type='AGREEMENT', trig='L9:مفاوضات', mod='planned', actors=['SY_GOV','FSA'], loc='L9:حي الوعر'),                             # 23
 dict(type='ATTACK', trig='L10:ألقت', time='L10:أمس', actors=['SY_GOV'], targets=[], loc='L10:مدينة تلبيسة', attr=SOHR,
      weapons=['L10:مروحيات','L10:براميل متفجرة'], qty=['L10:خمسة مدنيين','L10:طفلان']),                                        # 24
 dict(type='AGREEMENT', trig='L11:الاتفاق', time=DEAL, actors=['FSA','SY_GOV']),                                                   # 25
]
OD = (D, 'day')
WD = (W, 'day')
SG = (SINCE, 'month')
forces = [
 dict(actor='FSA', strength=([100,999], True, 'fighters'), assets='حافلات', loc=('أحياء حمص القديمة','homs-old-city'), as_of=WD,
      status='withdrawn', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('أحياء حمص القديمة','homs-old-city'), as_of=SG, status='present', line=1, events=[4]),
 dict(actor='FSA', loc=('بلدة الدار الكبيرة','al-dar-al-kabira'), as_of=WD, status='arrived', source=BAR, line=3, events=[8]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('الأحياء القديمة','homs-old-city'), as_of=OD, status='planned', source=BAR, line=3, events=[9]),
 dict(actor='NUSRA', loc=('حمص القديمة','homs-old-city'), as_of=WD, status='withdrawn', source=SOHR, line=4, events=[11]),
 dict(actor=IF, loc=('حمص القديمة','homs-old-city'), as_of=WD, status='withdrawn', source=SOHR, line=4, events=[11]),
 dict(actor='FSA', loc=('نبل','nubl'), as_of=('2012/2014', 'year'), status='present', line=5, events=[14]),
 dict(actor='FSA', loc=('الزهراء','al-zahraa'), as_of=('2012/2014', 'year'), status='present', line=5, events=[14]),
 dict(actor='SY_GOV', loc=('أحياء حمص القديمة','homs-old-city'), as_of=SG, status='present', line=8, events=[18]),
 dict(actor='FSA', strength=(2000, True, 'fighters'), loc=('أحياء حمص القديمة','homs-old-city'), as_of=SG, status='present',
      line=8, events=[18]),
 dict(actor='FSA', loc=('حي الوعر','al-waer'), as_of=OD, status='controls', line=9, events=[20]),
 dict(actor='SY_GOV', loc=('حي الوعر','al-waer'), as_of=OD, status='present', line=9, events=[21]),
]
build('elaph-homs-old-city', None, 'إيلاف', D, L, ents, times, events, forces)
