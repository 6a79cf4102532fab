from build import build
L = [
'الجيش السوري يكسر حصار نبل والزهراء بعد أكثر من ثلاث سنوات',
'حلب – المصدر نيوز: تمكنت وحدات الجيش العربي السوري وحلفاؤه، عصر اليوم الأربعاء، من كسر الحصار المفروض على بلدتي نبل والزهراء في ريف حلب الشمالي منذ تموز 2012، بعد التقاء القوات المتقدمة بعناصر الدفاع المحلي المرابطين داخل البلدتين عند قرية معرسة الخان.',
'وقال مصدر عسكري ميداني لـ"المصدر نيوز" إن قوات الجيش تقدمت صباح اليوم من محور بلدة حردتنين التي سيطرت عليها أمس، وصولاً إلى بلدة رتيان، حيث دارت اشتباكات عنيفة مع مسلحي "جبهة النصرة" و"حركة أحرار الشام" انتهت بانسحاب المسلحين نحو بلدة ماير.',
'وأضاف المصدر أن سلاح الجو الروسي نفذ منذ صباح الإثنين أكثر من 250 غارة على مواقع "جبهة النصرة" في بلدتي ماير وبيانون.',
'وكانت "جبهة النصرة" وحلفاؤها تفرض حصاراً محكماً على البلدتين اللتين يقطنهما نحو 60 ألف نسمة، فيما كانت المساعدات الغذائية والطبية تصل إليهما جواً فقط.',
'في المقابل، نقلت وكالة "رويترز" عن قيادي في "الجبهة الشامية" قوله إن الفصائل انسحبت من حردتنين بعد أكثر من 500 غارة روسية خلال ثلاثة أيام، واصفاً الهجوم بأنه "الأعنف منذ بدء التدخل الروسي" في أيلول/سبتمبر الماضي.',
'سياسياً، أعلن المبعوث الأممي إلى سوريا ستيفان دي ميستورا تعليق مفاوضات جنيف حتى الخامس والعشرين من شباط الجاري، بعد أيام قليلة من انطلاقها، فيما حمّلت المعارضة النظام وروسيا مسؤولية إفشالها بسبب التصعيد في ريف حلب.',
'وشارك في العملية، إلى جانب الجيش السوري، مقاتلون من "حزب الله" اللبناني ووحدات من "الدفاع الوطني" ومستشارون من الحرس الثوري الإيراني، وهو ما أكدته وسائل إعلام إيرانية.',
'ويُعد هذا التقدم الأهم الذي يحققه الجيش السوري في ريف حلب منذ فك الحصار عن مطار كويرس العسكري في تشرين الثاني الماضي، ويفتح الطريق أمام التوجه نحو بلدة تل رفعت ومدينة إعزاز قرب الحدود التركية.',
]
D = '2016-02-03'   # Wednesday; pro-government site's Arabic edition, web copy of its own day
Y = '2016-02-02'
SIEGE = ('2012-07/2016-02', 'month')
AH = 'OTHER:ahrar-al-sham'
PGM = 'OTHER:pro-government-militias'
SHAM = 'OTHER:jabhat-al-shamiya'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:نبل','LOCATION','nubl'), ('L0:الزهراء','LOCATION','al-zahraa'),
 ('L0:أكثر من ثلاث سنوات','QUANTITY',None,(3,True,'other')),
 ('L1:حلب#0','LOCATION','aleppo'), ('L1:المصدر نيوز','ORG','almasdar-news'), ('L1:وحدات الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L1:بلدتي نبل','LOCATION','nubl'), ('L1:الزهراء','LOCATION','al-zahraa'), ('L1:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L1:الدفاع المحلي','ACTOR',PGM), ('L1:البلدتين','LOCATION','nubl-and-zahraa'), ('L1:قرية معرسة الخان','LOCATION','maarasat-al-khan'),
 ('L2:المصدر نيوز','ORG','almasdar-news'), ('L2:قوات الجيش','ACTOR','SY_GOV'), ('L2:بلدة حردتنين','LOCATION','hardatnin'),
 ('L2:بلدة رتيان','LOCATION','ratyan'), ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:حركة أحرار الشام','ACTOR',AH),
 ('L2:بلدة ماير','LOCATION','mayer'),
 ('L3:سلاح الجو الروسي','ACTOR','RU'), ('L3:أكثر من 250 غارة','QUANTITY',None,(250,True,'other')), ('L3:جبهة النصرة','ACTOR','NUSRA'),
 ('L3:بلدتي ماير','LOCATION','mayer'), ('L3:بيانون','LOCATION','bayanoun'),
 ('L4:جبهة النصرة','ACTOR','NUSRA'), ('L4:البلدتين','LOCATION','nubl-and-zahraa'),
 ('L4:نحو 60 ألف نسمة','QUANTITY',None,(60000,True,'people')),
 ('L5:رويترز','ORG','reuters'), ('L5:الجبهة الشامية','ACTOR',SHAM), ('L5:الفصائل','ACTOR','FSA'), ('L5:حردتنين','LOCATION','hardatnin'),
 ('L5:أكثر من 500 غارة','QUANTITY',None,(500,True,'other')), ('L5:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L6:سوريا','LOCATION','syria'), ('L6:ستيفان دي ميستورا','PERSON','staffan-de-mistura'), ('L6:جنيف','LOCATION','geneva'),
 ('L6:المعارضة','ACTOR','FSA'), ('L6:النظام','ACTOR','SY_GOV'), ('L6:روسيا','ACTOR','RU'), ('L6:ريف حلب','LOCATION','aleppo-countryside'),
 ('L7:الجيش السوري','ACTOR','SY_GOV'), ('L7:حزب الله','ACTOR',HZ), ('L7:الدفاع الوطني','ACTOR',PGM),
 ('L7:الحرس الثوري الإيراني','ACTOR','IR'),
 ('L8:الجيش السوري','ACTOR','SY_GOV'), ('L8:ريف حلب','LOCATION','aleppo-countryside'), ('L8:مطار كويرس العسكري','LOCATION','kuweires-airbase'),
 ('L8:بلدة تل رفعت','LOCATION','tal-rifaat'), ('L8:مدينة إعزاز','LOCATION','azaz'), ('L8:الحدود التركية','LOCATION','syria-turkey-border'),
]
times = [
 ('L1:عصر اليوم الأربعاء', D, 'part-of-day', {'part': 'noon'}),
 ('L1:منذ تموز 2012', SIEGE[0], 'month'),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L2:أمس', Y, 'day'),
 ('L3:منذ صباح الإثنين', '2016-02-01/' + D, 'day'),
 ('L5:أيلول/سبتمبر الماضي', '2015-09', 'month'),
 ('L6:الخامس والعشرين من شباط الجاري', '2016-02-25', 'day'),
 ('L8:تشرين الثاني الماضي', '2015-11', 'month'),
]
NOW = 'L1:عصر اليوم الأربعاء'
MORN = 'L2:صباح اليوم'
SRC = 'مصدر عسكري ميداني (المصدر نيوز)'
REU = 'قيادي في الجبهة الشامية (رويترز)'
events = [
 dict(type='OPERATION', trig='L1:كسر', time=NOW, actors=['SY_GOV'], loc='L1:بلدتي نبل'),                                             # 1
 dict(type='OPERATION', trig='L1:الحصار', time='L1:منذ تموز 2012', loc='L1:بلدتي نبل'),                                              # 2
 dict(type='MOVEMENT', trig='L1:التقاء', time=NOW, actors=['SY_GOV'], loc='L1:قرية معرسة الخان'),                                    # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', time=MORN, actors=['SY_GOV'], loc='L2:بلدة حردتنين', attr=SRC),                             # 4
 dict(type='CONTROL', trig='L2:سيطرت', time='L2:أمس', actors=['SY_GOV'], loc='L2:بلدة حردتنين', attr=SRC),                          # 5
 dict(type='ATTACK', trig='L2:اشتباكات', time=MORN, actors=['SY_GOV', 'NUSRA', AH], loc='L2:بلدة رتيان', attr=SRC),                # 6
 dict(type='WITHDRAWAL', trig='L2:بانسحاب', time=MORN, actors=['NUSRA', AH], loc='L2:بلدة رتيان', attr=SRC),                       # 7
 dict(type='ATTACK', trig='L3:غارة', time='L3:منذ صباح الإثنين', actors=['RU'], targets=['NUSRA'], loc='L3:بلدتي ماير',
      qty=['L3:أكثر من 250 غارة'], attr=SRC),                                                                                         # 8
 dict(type='OPERATION', trig='L4:حصاراً', time='L1:منذ تموز 2012', actors=['NUSRA'], loc='L4:البلدتين'),                            # 9
 dict(type='WITHDRAWAL', trig='L5:انسحبت', actors=['FSA'], loc='L5:حردتنين', attr=REU),                                            # 10
 dict(type='ATTACK', trig='L5:غارة', actors=['RU'], targets=['FSA'], qty=['L5:أكثر من 500 غارة', 'L5:ثلاثة أيام'], attr=REU),       # 11
 dict(type='OPERATION', trig='L5:الهجوم', time=NOW, actors=['SY_GOV'], targets=['FSA'], attr=REU),                                  # 12
 dict(type='STATEMENT', trig='L6:أعلن', attr='ستيفان دي ميستورا'),                                                                  # 13
 dict(type='AGREEMENT', trig='L6:مفاوضات', actors=['SY_GOV', 'FSA'], loc='L6:جنيف', attr='ستيفان دي ميستورا'),                      # 14
 dict(type='OPERATION', trig='L7:العملية', time=NOW, actors=['SY_GOV', HZ, PGM, 'IR']),                                              # 15
 dict(type='MOVEMENT', trig='L8:التقدم', time=MORN, actors=['SY_GOV']),                                                             # 16
 dict(type='OPERATION', trig='L8:فك', time='L8:تشرين الثاني الماضي', actors=['SY_GOV'], loc='L8:مطار كويرس العسكري'),               # 17
]
NP = (D, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('بلدتي نبل', 'nubl'), as_of=NP, status='present', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('الزهراء', 'al-zahraa'), as_of=NP, status='present', line=1, events=[1]),
 dict(actor='SY_GOV', assets='القوات المتقدمة', loc=('قرية معرسة الخان', 'maarasat-al-khan'), as_of=NP, status='arrived', line=1, events=[3]),
 dict(actor=PGM, assets='عناصر الدفاع المحلي المرابطون', loc=('البلدتين', 'nubl-and-zahraa'), as_of=NP, status='present', line=1, events=[3]),
 dict(actor='SY_GOV', loc=('بلدة حردتنين', 'hardatnin'), as_of=(Y, 'day'), status='controls', source=SRC, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('بلدة رتيان', 'ratyan'), as_of=NP, status='present', source=SRC, line=2, events=[6]),
 dict(actor='NUSRA', loc=('بلدة رتيان', 'ratyan'), as_of=NP, status='present', source=SRC, line=2, events=[6]),
 dict(actor=AH, loc=('بلدة رتيان', 'ratyan'), as_of=NP, status='present', source=SRC, line=2, events=[6]),
 dict(actor='NUSRA', loc=('بلدة رتيان', 'ratyan'), as_of=NP, status='withdrawn', source=SRC, line=2, events=[7]),
 dict(actor=AH, loc=('بلدة رتيان', 'ratyan'), as_of=NP, status='withdrawn', source=SRC, line=2, events=[7]),
 dict(actor='NUSRA', assets='مواقع', loc=('بلدتي ماير', 'mayer'), as_of=('2016-02-01/' + D, 'day'), status='attacked', source=SRC,
      line=3, events=[8]),
 dict(actor='NUSRA', assets='مواقع', loc=('بيانون', 'bayanoun'), as_of=('2016-02-01/' + D, 'day'), status='attacked', source=SRC,
      line=3, events=[8]),
 dict(actor='NUSRA', loc=('البلدتين', 'nubl-and-zahraa'), as_of=SIEGE, status='present', line=4, events=[9]),
 dict(actor='FSA', loc=('حردتنين', 'hardatnin'), as_of=(Y, 'day'), status='withdrawn', source=REU, line=5, events=[10]),
 dict(actor='SY_GOV', loc=('مطار كويرس العسكري', 'kuweires-airbase'), as_of=('2015-11', 'month'), status='present', line=8, events=[17]),
]
build('almasdar-nubl-zahraa', None, 'المصدر نيوز', D, L, ents, times, events, forces)
