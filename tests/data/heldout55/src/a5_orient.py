from build import build
L = [
'مجزرة جديدة لميليشيا أسد بالقنابل العنقودية في مخيمات النازحين شمال إدلب',
'قُتل تسعة مدنيين، بينهم ثلاثة أطفال، وأصيب أكثر من 75 آخرين، فجر اليوم الأحد، جراء قصف صاروخي لميليشيا أسد بالقنابل العنقودية المحرمة دولياً استهدف عدداً من مخيمات النازحين قرب بلدة كفرجالس بريف إدلب الشمالي الغربي.',
'وقال مراسل أورينت إن ميليشيا أسد أطلقت من مواقعها في قرية جورين بسهل الغاب صواريخ من نوع "سميرتش" محملة بالقنابل العنقودية، سقطت على مخيمات "مرام" و"وادي حج خالد" و"الحرمين"، ما أدى إلى احتراق عشرات الخيام.',
'وأكد الدفاع المدني السوري (الخوذ البيضاء) أن فرقه عملت لساعات على إسعاف المصابين وإخماد الحرائق، مشيراً إلى أن هذه المرة الأولى التي تُستهدف فيها المخيمات بهذا الشكل منذ أشهر.',
'من جهتها، دانت الأمم المتحدة الهجوم، وقال نائب المنسق الإقليمي للشؤون الإنسانية ديفيد كاردن إن ما جرى "انتهاك صارخ للقانون الإنساني الدولي"، داعياً إلى محاسبة المسؤولين.',
'في المقابل، زعمت وكالة "سانا" الرسمية أن "وحدات الجيش" استهدفت "مقرات الإرهابيين" في ريف إدلب، نافية استهداف أي تجمعات للمدنيين.',
'وردّاً على المجزرة، قصفت غرفة عمليات "الفتح المبين" مواقع ميليشيا أسد في بلدتي داديخ والملاجة جنوبي إدلب بقذائف المدفعية وصواريخ "غراد"، وأعلنت مقتل ستة عناصر على الأقل.',
'كما شنّ الطيران الروسي، ظهر اليوم، ثلاث غارات على محيط قرية الغسانية بريف جسر الشغور الغربي، دون ورود أنباء عن إصابات، وفق مراصد محلية.',
'وفي سياق متصل، استقدمت ميليشيا أسد خلال الأسبوع الماضي تعزيزات تضم نحو 400 عنصر من "الفرقة 25" (قوات النمر سابقاً) إلى محاور جبل الزاوية وسهل الغاب، بحسب مصادر عسكرية معارضة.',
'ويعيش في مخيمات شمال غربي سوريا أكثر من 1.8 مليون نازح، بحسب فريق "منسقو استجابة سوريا"، الذي أحصى منذ بداية العام الجاري 12 هجوماً على المخيمات.',
'وتسيطر "هيئة تحرير الشام" على معظم محافظة إدلب، بينما تنتشر نقاط الجيش التركي في المنطقة بموجب تفاهمات "أستانا" و"سوتشي" مع روسيا.',
]
D = '2022-11-06'   # Sunday; opposition channel's website, copy of its day
FM = 'OTHER:fateh-mubin-operations-room'
ents = [
 ('L0:ميليشيا أسد','ACTOR','SY_GOV'), ('L0:القنابل العنقودية','WEAPON','cluster-munitions'), ('L0:مخيمات النازحين','LOCATION','kafr-jales-camps'),
 ('L0:إدلب','LOCATION','idlib'),
 ('L1:تسعة مدنيين','QUANTITY',None,(9,False,'killed')), ('L1:ثلاثة أطفال','QUANTITY',None,(3,False,'killed')), ('L1:أكثر من 75','QUANTITY',None,(75,True,'wounded')),
 ('L1:ميليشيا أسد','ACTOR','SY_GOV'), ('L1:القنابل العنقودية','WEAPON','cluster-munitions'), ('L1:مخيمات النازحين','LOCATION','kafr-jales-camps'),
 ('L1:بلدة كفرجالس','LOCATION','kafr-jales'), ('L1:ريف إدلب الشمالي الغربي','LOCATION','idlib-northwest-countryside'),
 ('L2:أورينت','ORG','orient'), ('L2:ميليشيا أسد','ACTOR','SY_GOV'), ('L2:قرية جورين','LOCATION','jurin'), ('L2:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L2:صواريخ من نوع "سميرتش"','WEAPON','smerch-rockets'), ('L2:القنابل العنقودية','WEAPON','cluster-munitions'), ('L2:مخيمات "مرام"','LOCATION','maram-camp'),
 ('L2:وادي حج خالد','LOCATION','wadi-haj-khaled-camp'), ('L2:الحرمين','LOCATION','al-haramain-camp'), ('L2:عشرات الخيام','QUANTITY',None,([24,99],True,'other')),
 ('L3:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L3:الخوذ البيضاء','ORG','syria-civil-defence'), ('L3:المخيمات','LOCATION','idlib-camps'),
 ('L4:الأمم المتحدة','ORG','un'), ('L4:ديفيد كاردن','PERSON','david-carden'),
 ('L5:سانا','ORG','sana'), ('L5:وحدات الجيش','ACTOR','SY_GOV'), ('L5:الإرهابيين','ACTOR','NUSRA'), ('L5:ريف إدلب','LOCATION','idlib-countryside'),
 ('L6:غرفة عمليات "الفتح المبين"','ACTOR',FM), ('L6:ميليشيا أسد','ACTOR','SY_GOV'), ('L6:بلدتي داديخ','LOCATION','dadikh'), ('L6:الملاجة','LOCATION','al-malaja'),
 ('L6:إدلب','LOCATION','idlib'), ('L6:قذائف المدفعية','WEAPON','artillery-shells'), ('L6:صواريخ "غراد"','WEAPON','grad-rockets'),
 ('L6:ستة عناصر على الأقل','QUANTITY',None,(6,True,'killed')),
 ('L7:الطيران الروسي','ACTOR','RU'), ('L7:ثلاث غارات','QUANTITY',None,(3,False,'other')), ('L7:قرية الغسانية','LOCATION','al-ghassaniyah'),
 ('L7:ريف جسر الشغور الغربي','LOCATION','jisr-al-shughur-west-countryside'),
 ('L8:ميليشيا أسد','ACTOR','SY_GOV'), ('L8:نحو 400 عنصر','QUANTITY',None,(400,True,'troops')), ('L8:الفرقة 25','ACTOR','SY_GOV'),
 ('L8:قوات النمر','ACTOR','SY_GOV'), ('L8:محاور جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L8:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L9:شمال غربي سوريا','LOCATION','northwest-syria'), ('L9:أكثر من 1.8 مليون نازح','QUANTITY',None,(1800000,True,'people')),
 ('L9:منسقو استجابة سوريا','ORG','response-coordinators'), ('L9:12 هجوماً','QUANTITY',None,(12,False,'other')), ('L9:المخيمات','LOCATION','idlib-camps'),
 ('L10:هيئة تحرير الشام','ACTOR','NUSRA'), ('L10:محافظة إدلب','LOCATION','idlib-governorate'), ('L10:الجيش التركي','ACTOR','TR'),
 ('L10:المنطقة','LOCATION','idlib-governorate'), ('L10:أستانا','LOCATION','astana'), ('L10:سوتشي','LOCATION','sochi'), ('L10:روسيا','ACTOR','RU'),
]
WEEK = '2022-10-30/' + D
YEAR = '2022-01/2022-11'
times = [
 ('L1:فجر اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ أشهر', None, 'vague', {'relation': 'before'}),
 ('L7:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L8:خلال الأسبوع الماضي', WEEK, 'week'),
 ('L9:منذ بداية العام الجاري', YEAR, 'month'),
]
F = 'L1:فجر اليوم الأحد'
COR = 'مراسل أورينت'
SANA = 'وكالة سانا'
FMA = 'غرفة عمليات الفتح المبين'
events = [
 dict(type='ATTACK', trig='L1:قُتل', time=F, actors=['SY_GOV'], loc='L1:مخيمات النازحين', weapons=['L1:القنابل العنقودية'],
      qty=['L1:تسعة مدنيين', 'L1:ثلاثة أطفال', 'L1:أكثر من 75']),                                                                   # 1
 dict(type='ATTACK', trig='L2:أطلقت', time=F, actors=['SY_GOV'], loc='L2:مخيمات "مرام"',
      weapons=['L2:صواريخ من نوع "سميرتش"', 'L2:القنابل العنقودية'], attr=COR),                                                     # 2
 dict(type='ATTACK', trig='L4:الهجوم', time=F, actors=['SY_GOV']),                                                                  # 3
 dict(type='STATEMENT', trig='L4:قال', attr='ديفيد كاردن (الأمم المتحدة)'),                                                          # 4
 dict(type='ATTACK', trig='L5:استهدفت', actors=['SY_GOV'], targets=['NUSRA'], loc='L5:ريف إدلب', attr=SANA),                          # 5
 dict(type='ATTACK', trig='L5:استهداف', mod='denied', actors=['SY_GOV'], attr=SANA),                                                # 6
 dict(type='ATTACK', trig='L6:قصفت', actors=[FM], targets=['SY_GOV'], loc='L6:بلدتي داديخ',
      weapons=['L6:قذائف المدفعية', 'L6:صواريخ "غراد"']),                                                                           # 7
 dict(type='STATEMENT', trig='L6:أعلنت', actors=[FM], attr=FMA),                                                                   # 8
 dict(type='ATTACK', trig='L6:مقتل', actors=[FM], targets=['SY_GOV'], qty=['L6:ستة عناصر على الأقل'], attr=FMA),                     # 9
 dict(type='ATTACK', trig='L7:شنّ', time='L7:ظهر اليوم', actors=['RU'], loc='L7:قرية الغسانية', qty=['L7:ثلاث غارات'], attr='مراصد محلية'),  # 10
 dict(type='MOVEMENT', trig='L8:استقدمت', time='L8:خلال الأسبوع الماضي', actors=['SY_GOV'], loc='L8:محاور جبل الزاوية',
      qty=['L8:نحو 400 عنصر'], attr='مصادر عسكرية معارضة'),                                                                          # 11
 dict(type='ATTACK', trig='L9:هجوماً', time='L9:منذ بداية العام الجاري', loc='L9:المخيمات', qty=['L9:12 هجوماً'], attr='منسقو استجابة سوريا'),  # 12
 dict(type='CONTROL', trig='L10:تسيطر', actors=['NUSRA'], loc='L10:محافظة إدلب'),                                                   # 13
 dict(type='MOVEMENT', trig='L10:تنتشر', actors=['TR'], loc='L10:المنطقة'),                                                        # 14
 dict(type='AGREEMENT', trig='L10:تفاهمات', actors=['TR', 'RU'], loc='L10:أستانا'),                                                  # 15
]
TD = (D, 'day')
FP = (D, 'part-of-day')
OPP = 'مصادر عسكرية معارضة'
forces = [
 dict(actor='SY_GOV', assets='مواقع', loc=('قرية جورين', 'jurin'), as_of=FP, status='present', source=COR, line=2, events=[2]),
 dict(actor='NUSRA', assets='مقرات', loc=('ريف إدلب', 'idlib-countryside'), as_of=TD, status='attacked', source=SANA, line=5, events=[5]),
 dict(actor='SY_GOV', loc=('بلدتي داديخ', 'dadikh'), as_of=TD, status='attacked', line=6, events=[7]),
 dict(actor='SY_GOV', loc=('الملاجة', 'al-malaja'), as_of=TD, status='attacked', line=6, events=[7]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدتي داديخ', 'dadikh'), as_of=TD, status='present', line=6, events=[7]),
 dict(actor='SY_GOV', assets='مواقع', loc=('الملاجة', 'al-malaja'), as_of=TD, status='present', line=6, events=[7]),
 dict(actor='SY_GOV', strength=(400, True, 'troops'), loc=('محاور جبل الزاوية', 'jabal-al-zawiya'), as_of=(WEEK, 'week'), status='reinforced',
      source=OPP, line=8, events=[11]),
 dict(actor='SY_GOV', loc=('سهل الغاب', 'al-ghab-plain'), as_of=(WEEK, 'week'), status='reinforced', source=OPP, line=8, events=[11]),
 dict(actor='NUSRA', loc=('محافظة إدلب', 'idlib-governorate'), as_of=TD, status='controls', line=10, events=[13]),
 dict(actor='TR', assets='نقاط', loc=('المنطقة', 'idlib-governorate'), as_of=TD, status='present', line=10, events=[14]),
]
build('orient-kafr-jales-camps-cluster', None, 'أورينت نت', D, L, ents, times, events, forces)
