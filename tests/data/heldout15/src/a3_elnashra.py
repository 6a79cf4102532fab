from build import build
L = [
'الجيش السوري يسيطر على بني زيد ويطبق الطوق على أحياء حلب الشرقية',
'أفادت مصادر ميدانية لـ"النشرة" بأن وحدات الجيش السوري وحلفاءه سيطرت صباح اليوم الخميس على حي بني زيد في الجهة الشمالية الغربية من مدينة حلب، بعد انسحاب مسلحي "حركة نور الدين الزنكي" و"جبهة النصرة" منه إثر اشتباكات عنيفة متواصلة منذ فجر الأربعاء.',
'وأوضحت المصادر أن وحدات الهندسة باشرت تفكيك العبوات الناسفة والألغام التي خلّفها مسلحو "الزنكي" في الحي، فيما تابعت وحدات الجيش تقدمها نحو منطقة السكن الشبابي، وسط قصف مدفعي وصاروخي مكثف على مواقع "جبهة النصرة" في حي الخالدية.',
'وكان الجيش قد سيطر أمس على منطقة الليرمون الصناعية ودوار الليرمون، بعد أيام من إحكامه الطوق على الأحياء الشرقية للمدينة إثر قطع طريق الكاستيلو، آخر منفذ للمسلحين نحو الريف الشمالي، في السابع عشر من تموز الجاري.',
'في موازاة ذلك، أعلن وزير الدفاع الروسي سيرغي شويغو إطلاق "عملية إنسانية واسعة النطاق" في حلب بالتعاون مع الحكومة السورية، تتضمن فتح ثلاثة ممرات آمنة لخروج المدنيين وممر رابع لخروج المسلحين الراغبين بإلقاء السلاح.',
'في المقابل، رفضت فصائل المعارضة المبادرة الروسية، ووصف قائد ميداني في "جيش الفتح" ما يجري بأنه "تهجير قسري"، متوعداً بـ"معركة كبرى لكسر الحصار خلال أيام".',
'وفي الشأن اللبناني، استهدف الجيش اللبناني فجر اليوم بالمدفعية الثقيلة تحركات لمسلحي "داعش" في جرود عرسال ورأس بعلبك، ما أدى إلى تدمير آليتين ومقتل عدد من المسلحين، بحسب بيان لقيادة الجيش.',
'وتزامن ذلك مع مواصلة "حزب الله" تعزيز مواقعه في جرود فليطة والقلمون الغربي على الجانب السوري من الحدود، حيث يتحصن مئات المسلحين من "النصرة" و"داعش" في المرتفعات الفاصلة بين البلدين.',
'يذكر أن الجيش اللبناني يخوض مواجهات متقطعة مع التنظيمين في جرود عرسال منذ هجومهما على مواقعه في البلدة في الثاني من آب 2014، حين خطفا عشرات العسكريين، لا يزال تسعة منهم في قبضة "داعش".',
]
D = '2016-07-28'   # Thursday; a Beirut news site, web copy of its own day
Y = '2016-07-27'
ZNK = 'OTHER:nour-al-din-al-zenki'
JF = 'OTHER:jaish-al-fateh'
LEB = 'OTHER:lebanon'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:بني زيد','LOCATION','bani-zeid'), ('L0:أحياء حلب الشرقية','LOCATION','aleppo-eastern-districts'),
 ('L1:النشرة','ORG','elnashra'), ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:حي بني زيد','LOCATION','bani-zeid'), ('L1:مدينة حلب','LOCATION','aleppo'),
 ('L1:حركة نور الدين الزنكي','ACTOR',ZNK), ('L1:جبهة النصرة','ACTOR','NUSRA'),
 ('L2:العبوات الناسفة','WEAPON','ieds'), ('L2:الألغام','WEAPON','mines'), ('L2:الزنكي','ACTOR',ZNK), ('L2:الحي','LOCATION','bani-zeid'),
 ('L2:الجيش','ACTOR','SY_GOV'), ('L2:منطقة السكن الشبابي','LOCATION','youth-housing'), ('L2:جبهة النصرة','ACTOR','NUSRA'),
 ('L2:حي الخالدية','LOCATION','al-khalidiya'),
 ('L3:الجيش','ACTOR','SY_GOV'), ('L3:منطقة الليرمون الصناعية','LOCATION','layramoun-industrial-area'), ('L3:دوار الليرمون','LOCATION','layramoun-roundabout'),
 ('L3:الأحياء الشرقية للمدينة','LOCATION','aleppo-eastern-districts'), ('L3:طريق الكاستيلو','LOCATION','castello-road'),
 ('L3:لمسلحين','ACTOR','FSA'), ('L3:الريف الشمالي','LOCATION','aleppo-north-countryside'),
 ('L4:سيرغي شويغو','PERSON','sergei-shoigu'), ('L4:حلب','LOCATION','aleppo'), ('L4:الحكومة السورية','ACTOR','SY_GOV'),
 ('L4:ثلاثة ممرات','QUANTITY',None,(3,False,'other')), ('L4:المسلحين','ACTOR','FSA'),
 ('L5:فصائل المعارضة','ACTOR','FSA'), ('L5:جيش الفتح','ACTOR',JF),
 ('L6:الجيش اللبناني','ACTOR',LEB), ('L6:المدفعية الثقيلة','WEAPON','heavy-artillery'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:جرود عرسال','LOCATION','arsal-outskirts'), ('L6:رأس بعلبك','LOCATION','ras-baalbek'), ('L6:آليتين','QUANTITY',None,(2,False,'vehicles')),
 ('L6:آليتين#0','WEAPON','vehicles'), ('L6:قيادة الجيش','ACTOR',LEB),
 ('L7:حزب الله','ACTOR','HEZBOLLAH'), ('L7:جرود فليطة','LOCATION','flita-outskirts'), ('L7:القلمون الغربي','LOCATION','western-qalamoun'),
 ('L7:الجانب السوري من الحدود','LOCATION','syrian-side-of-border'), ('L7:مئات المسلحين','QUANTITY',None,([100,999],True,'fighters')),
 ('L7:النصرة','ACTOR','NUSRA'), ('L7:داعش','ACTOR','ISIS'), ('L7:المرتفعات الفاصلة بين البلدين','LOCATION','lebanon-syria-border-heights'),
 ('L8:الجيش اللبناني','ACTOR',LEB), ('L8:جرود عرسال','LOCATION','arsal-outskirts'), ('L8:البلدة','LOCATION','arsal'),
 ('L8:عشرات العسكريين','QUANTITY',None,([24,99],True,'arrested')), ('L8:تسعة','QUANTITY',None,(9,False,'arrested')),
 ('L8:داعش','ACTOR','ISIS'),
]
times = [
 ('L1:صباح اليوم الخميس', D, 'part-of-day', {'part':'morning'}),
 ('L1:منذ فجر الأربعاء', '2016-07-27/2016-07-28', 'day'),
 ('L3:أمس', Y, 'day'),
 ('L3:السابع عشر من تموز الجاري', '2016-07-17', 'day'),
 ('L5:خلال أيام', '2016-07-28/', 'vague', {'relation':'after'}),
 ('L6:فجر اليوم', D, 'part-of-day', {'part':'morning'}),
 ('L8:الثاني من آب 2014', '2014-08-02', 'day'),
]
SRC = 'مصادر ميدانية (النشرة)'
SH = 'سيرغي شويغو'
JFC = 'قائد ميداني في جيش الفتح'
LAF = 'قيادة الجيش'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time='L1:صباح اليوم الخميس', actors=['SY_GOV'], targets=[ZNK,'NUSRA'], loc='L1:حي بني زيد', attr=SRC),  # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time='L1:صباح اليوم الخميس', actors=[ZNK,'NUSRA'], loc='L1:حي بني زيد', attr=SRC),         # 2
 dict(type='ATTACK', trig='L1:اشتباكات', time='L1:منذ فجر الأربعاء', actors=['SY_GOV',ZNK,'NUSRA'], loc='L1:حي بني زيد', attr=SRC),    # 3
 dict(type='OPERATION', trig='L2:تفكيك', actors=['SY_GOV'], loc='L2:الحي', attr=SRC),                                                # 4
 dict(type='MOVEMENT', trig='L2:تقدمها', actors=['SY_GOV'], attr=SRC),                                                               # 5
 dict(type='ATTACK', trig='L2:قصف', actors=['SY_GOV'], targets=['NUSRA'], loc='L2:حي الخالدية', attr=SRC),                           # 6
 dict(type='CONTROL', trig='L3:سيطر', time='L3:أمس', actors=['SY_GOV'], loc='L3:منطقة الليرمون الصناعية'),                          # 7
 dict(type='OPERATION', trig='L3:الطوق', time='L3:السابع عشر من تموز الجاري', actors=['SY_GOV'], targets=['FSA'],
      loc='L3:الأحياء الشرقية للمدينة'),                                                                                               # 8
 dict(type='CONTROL', trig='L3:قطع', time='L3:السابع عشر من تموز الجاري', actors=['SY_GOV'], loc='L3:طريق الكاستيلو'),              # 9
 dict(type='STATEMENT', trig='L4:أعلن', actors=['RU'], attr=SH),                                                                     # 10
 dict(type='OPERATION', trig='L5:معركة', mod='planned', time='L5:خلال أيام', actors=[JF], targets=['SY_GOV'], attr=JFC),           # 11
 dict(type='OPERATION', trig='L5:الحصار', time='L3:السابع عشر من تموز الجاري', attr=JFC),                                          # 12
 dict(type='ATTACK', trig='L6:استهدف', time='L6:فجر اليوم', actors=[LEB], targets=['ISIS'], loc='L6:جرود عرسال', attr=LAF,
      weapons=['L6:المدفعية الثقيلة']),                                                                                                 # 13
 dict(type='MOVEMENT', trig='L7:تعزيز', actors=['HEZBOLLAH'], loc='L7:جرود فليطة'),                                                  # 14
 dict(type='ATTACK', trig='L8:مواجهات', actors=[LEB], loc='L8:جرود عرسال'),                                                          # 15
 dict(type='ATTACK', trig='L8:هجومهما', time='L8:الثاني من آب 2014', actors=['NUSRA','ISIS'], targets=[LEB], loc='L8:البلدة'),       # 16
 dict(type='ARREST', trig='L8:خطفا', time='L8:الثاني من آب 2014', actors=['NUSRA','ISIS'], targets=[LEB], loc='L8:البلدة',
      qty=['L8:عشرات العسكريين','L8:تسعة']),                                                                                           # 17
]
MORN = (D, 'part-of-day')
SINCE = ('2016-07-27/2016-07-28', 'day')
OD = (D, 'day')
J17 = ('2016-07-17', 'day')
A14 = ('2014-08-02', 'day')
forces = [
 dict(actor='SY_GOV', loc=('حي بني زيد','bani-zeid'), as_of=MORN, status='controls', source=SRC, line=1, events=[1]),
 dict(actor=ZNK, loc=('حي بني زيد','bani-zeid'), as_of=MORN, status='withdrawn', source=SRC, line=1, events=[2]),
 dict(actor='NUSRA', loc=('حي بني زيد','bani-zeid'), as_of=MORN, status='withdrawn', source=SRC, line=1, events=[2]),
 dict(actor='SY_GOV', loc=('حي بني زيد','bani-zeid'), as_of=SINCE, status='present', source=SRC, line=1, events=[3]),
 dict(actor=ZNK, loc=('حي بني زيد','bani-zeid'), as_of=SINCE, status='present', source=SRC, line=1, events=[3]),
 dict(actor='NUSRA', loc=('حي بني زيد','bani-zeid'), as_of=SINCE, status='present', source=SRC, line=1, events=[3]),
 dict(actor='NUSRA', assets='مواقع', loc=('حي الخالدية','al-khalidiya'), as_of=OD, status='attacked', source=SRC, line=2, events=[6]),
 dict(actor='SY_GOV', loc=('منطقة الليرمون الصناعية','layramoun-industrial-area'), as_of=(Y, 'day'), status='controls', line=3, events=[7]),
 dict(actor='SY_GOV', loc=('دوار الليرمون','layramoun-roundabout'), as_of=(Y, 'day'), status='controls', line=3, events=[7]),
 dict(actor='SY_GOV', loc=('الأحياء الشرقية للمدينة','aleppo-eastern-districts'), as_of=J17, status='present', line=3, events=[8]),
 dict(actor='SY_GOV', loc=('طريق الكاستيلو','castello-road'), as_of=J17, status='controls', line=3, events=[9]),
 dict(actor='ISIS', assets='تحركات', loc=('جرود عرسال','arsal-outskirts'), as_of=MORN, status='attacked', source=LAF, line=6, events=[13]),
 dict(actor='ISIS', assets='تحركات', loc=('رأس بعلبك','ras-baalbek'), as_of=MORN, status='attacked', source=LAF, line=6, events=[13]),
 dict(actor='HEZBOLLAH', assets='مواقع', loc=('جرود فليطة','flita-outskirts'), as_of=OD, status='reinforced', line=7, events=[14]),
 dict(actor='HEZBOLLAH', assets='مواقع', loc=('القلمون الغربي','western-qalamoun'), as_of=OD, status='reinforced', line=7, events=[14]),
 dict(actor='NUSRA', strength=([100,999], True, 'fighters'), loc=('المرتفعات الفاصلة بين البلدين','lebanon-syria-border-heights'),
      as_of=OD, status='present', line=7, events=[]),
 dict(actor='ISIS', strength=([100,999], True, 'fighters'), loc=('المرتفعات الفاصلة بين البلدين','lebanon-syria-border-heights'),
      as_of=OD, status='present', line=7, events=[]),
 dict(actor=LEB, loc=('جرود عرسال','arsal-outskirts'), as_of=OD, status='present', line=8, events=[15]),
 dict(actor=LEB, assets='مواقع', loc=('البلدة','arsal'), as_of=A14, status='attacked', line=8, events=[16]),
 dict(actor='NUSRA', loc=('البلدة','arsal'), as_of=A14, status='present', line=8, events=[16]),
 dict(actor='ISIS', loc=('البلدة','arsal'), as_of=A14, status='present', line=8, events=[16]),
]
build('elnashra-bani-zeid', None, 'النشرة', D, L, ents, times, events, forces)
