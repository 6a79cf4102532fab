from build import build
L = [
'الجيش السوري يستعيد يبرود ويلاحق فلول المسلحين في جرود القلمون',
'دمشق ـ الوطن ـ وكالات: أعلنت القيادة العامة للجيش والقوات المسلحة السورية، أمس، أن وحدات من الجيش العربي السوري أعادت الأمن والاستقرار إلى مدينة يبرود في ريف دمشق، بعد عملية عسكرية “نوعية” قضت خلالها على أعداد كبيرة من الإرهابيين.',
'وأوضح بيان القيادة أن السيطرة على يبرود “تشكل حلقة مهمة في تأمين المناطق الحدودية مع لبنان”، مشيراً إلى أن وحدات الهندسة تعمل على تفكيك العبوات الناسفة التي زرعها الإرهابيون في الشوارع والأبنية.',
'وذكرت قناة “المنار” أن الجيش السوري ومقاتلي “حزب الله” دخلوا المدينة من محورها الشرقي فجر الأحد، بعد السيطرة على تلة مار مارون المشرفة عليها، فيما فرّ مئات المسلحين باتجاه بلدتي فليطة ورأس المعرة.',
'في المقابل، قال مصدر في “الائتلاف الوطني” المعارض إن انسحاب مقاتلي المعارضة من يبرود جاء “لتجنيب المدنيين مجزرة”، بعد أن تعرضت المدينة لأكثر من خمسين غارة من الطيران الحربي السوري خلال أسبوع، مقدّراً عدد مقاتلي “حزب الله” المشاركين في الهجوم بنحو ألفي مقاتل.',
'وأضاف المصدر أن “جبهة النصرة” و“الجبهة الإسلامية” ما زالتا تسيطران على بلدة رنكوس ومزارع ريما، وأن مقاتليهما أعادوا التمركز في الجرود الممتدة حتى الحدود اللبنانية.',
'وفي لبنان، قُتل شخصان وأصيب 14 آخرون بانفجار سيارة مفخخة في بلدة النبي عثمان بالبقاع الشمالي مساء أمس، وتبنّت “جبهة النصرة في لبنان” التفجير، معتبرة إياه رداً على “اقتحام يبرود”.',
'وعزز الجيش اللبناني انتشاره في محيط بلدة عرسال، التي لجأ إليها آلاف النازحين الفارين من القلمون، وأقام حواجز إضافية على الطرق المؤدية إلى الجرود.',
'وتُعد استعادة يبرود، التي خضعت لسيطرة المسلحين منذ أوائل عام 2012، أبرز تقدم يحققه الجيش في القلمون منذ استعادته بلدات قارة ودير عطية والنبك في تشرين الثاني الماضي.',
'ورجّحت مصادر ميدانية أن تتجه العمليات العسكرية خلال الأيام المقبلة نحو بلدتي فليطة ورنكوس، بهدف إغلاق الحدود مع لبنان بشكل كامل.',
]
D = '2014-03-17'   # Monday; Muscat daily, dated the day after the capture
Y = '2014-03-16'   # Sunday
IF = 'OTHER:islamic-front'
LB = 'OTHER:lebanon'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:يبرود','LOCATION','yabroud'), ('L0:جرود القلمون','LOCATION','qalamoun-outskirts'),
 ('L1:دمشق#0','LOCATION','damascus'), ('L1:الوطن','ORG','alwatan-oman'), ('L1:القيادة العامة للجيش والقوات المسلحة السورية','ACTOR','SY_GOV'),
 ('L1:الجيش العربي السوري','ACTOR','SY_GOV'), ('L1:مدينة يبرود','LOCATION','yabroud'), ('L1:ريف دمشق','LOCATION','damascus-countryside'),
 ('L1:الإرهابيين','ACTOR','FSA'),
 ('L2:القيادة','ACTOR','SY_GOV'), ('L2:يبرود','LOCATION','yabroud'), ('L2:المناطق الحدودية','LOCATION','syria-lebanon-border-areas'),
 ('L2:لبنان','LOCATION','lebanon'), ('L2:العبوات الناسفة','WEAPON','ieds'), ('L2:الإرهابيون','ACTOR','FSA'),
 ('L3:المنار','ORG','almanar'), ('L3:الجيش السوري','ACTOR','SY_GOV'), ('L3:حزب الله','ACTOR','HEZBOLLAH'), ('L3:المدينة','LOCATION','yabroud'),
 ('L3:تلة مار مارون','LOCATION','mar-maroun-hill'), ('L3:مئات المسلحين','QUANTITY',None,([100,999],True,'fighters')),
 ('L3:بلدتي فليطة','LOCATION','flita'), ('L3:رأس المعرة','LOCATION','ras-al-maarra'),
 ('L4:الائتلاف الوطني','ORG','syrian-national-coalition'), ('L4:مقاتلي المعارضة','ACTOR','FSA'), ('L4:يبرود','LOCATION','yabroud'),
 ('L4:المدينة','LOCATION','yabroud'), ('L4:أكثر من خمسين غارة','QUANTITY',None,(50,True,'other')),
 ('L4:الطيران الحربي السوري','WEAPON','warplanes'), ('L4:حزب الله','ACTOR','HEZBOLLAH'), ('L4:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')),
 ('L5:جبهة النصرة','ACTOR','NUSRA'), ('L5:الجبهة الإسلامية','ACTOR',IF), ('L5:بلدة رنكوس','LOCATION','rankous'), ('L5:مزارع ريما','LOCATION','rima-farms'),
 ('L5:الجرود','LOCATION','qalamoun-outskirts'), ('L5:الحدود اللبنانية','LOCATION','syria-lebanon-border'),
 ('L6:لبنان#0','LOCATION','lebanon'), ('L6:شخصان','QUANTITY',None,(2,False,'killed')), ('L6:14','QUANTITY',None,(14,False,'wounded')),
 ('L6:سيارة مفخخة','WEAPON','car-bomb'), ('L6:بلدة النبي عثمان','LOCATION','nabi-othman'), ('L6:البقاع الشمالي','LOCATION','north-bekaa'),
 ('L6:جبهة النصرة في لبنان','ACTOR','NUSRA'), ('L6:يبرود','LOCATION','yabroud'),
 ('L7:الجيش اللبناني','ACTOR',LB), ('L7:بلدة عرسال','LOCATION','arsal'), ('L7:آلاف النازحين','QUANTITY',None,([1000,9999],True,'people')),
 ('L7:القلمون','LOCATION','qalamoun'), ('L7:الجرود','LOCATION','arsal-outskirts'),
 ('L8:يبرود','LOCATION','yabroud'), ('L8:الجيش','ACTOR','SY_GOV'), ('L8:القلمون','LOCATION','qalamoun'), ('L8:بلدات قارة','LOCATION','qara'),
 ('L8:دير عطية','LOCATION','deir-atiyah'), ('L8:النبك','LOCATION','nabk'),
 ('L9:بلدتي فليطة','LOCATION','flita'), ('L9:رنكوس','LOCATION','rankous'), ('L9:الحدود','LOCATION','syria-lebanon-border'), ('L9:لبنان','LOCATION','lebanon'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L3:فجر الأحد', Y, 'part-of-day', {'part': 'morning'}),
 ('L4:خلال أسبوع', '2014-03-10/' + D, 'week'),
 ('L6:مساء أمس', Y, 'part-of-day', {'part': 'evening'}),
 ('L8:منذ أوائل عام 2012', '2012/2014', 'year'),
 ('L8:تشرين الثاني الماضي', '2013-11', 'month'),
 ('L9:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L1:أمس'
F = 'L3:فجر الأحد'
E = 'L6:مساء أمس'
GC = 'القيادة العامة للجيش والقوات المسلحة السورية'
MAN = 'المنار'
SRC = 'مصدر في الائتلاف الوطني'
JNL = 'جبهة النصرة في لبنان'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['SY_GOV'], attr=GC),                                                      # 1
 dict(type='CONTROL', trig='L1:أعادت الأمن', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L1:مدينة يبرود', attr=GC),            # 2
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L1:مدينة يبرود', attr=GC),          # 3
 dict(type='ATTACK', trig='L1:قضت', time=T, actors=['SY_GOV'], targets=['FSA'], attr=GC),                                          # 4
 dict(type='STATEMENT', trig='L2:بيان', actors=['SY_GOV'], attr=GC),                                                               # 5
 dict(type='CONTROL', trig='L2:السيطرة', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L2:يبرود', attr=GC),                     # 6
 dict(type='OPERATION', trig='L2:تفكيك', actors=['SY_GOV'], attr=GC),                                                              # 7
 dict(type='MOVEMENT', trig='L3:دخلوا', time=F, actors=['SY_GOV', 'HEZBOLLAH'], loc='L3:المدينة', attr=MAN),                        # 8
 dict(type='CONTROL', trig='L3:السيطرة', actors=['SY_GOV', 'HEZBOLLAH'], targets=['FSA'], loc='L3:تلة مار مارون', attr=MAN),       # 9
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=F, actors=['FSA'], loc='L3:المدينة', qty=['L3:مئات المسلحين'], attr=MAN),              # 10
 dict(type='WITHDRAWAL', trig='L4:انسحاب', time=T, actors=['FSA'], loc='L4:يبرود', attr=SRC),                                      # 11
 dict(type='ATTACK', trig='L4:غارة', time='L4:خلال أسبوع', actors=['SY_GOV'], targets=['FSA'], loc='L4:المدينة',
      weapons=['L4:الطيران الحربي السوري'], qty=['L4:أكثر من خمسين غارة'], attr=SRC),                                            # 12
 dict(type='ATTACK', trig='L4:الهجوم', actors=['SY_GOV', 'HEZBOLLAH'], targets=['FSA'], qty=['L4:نحو ألفي مقاتل'], attr=SRC),        # 13
 dict(type='CONTROL', trig='L5:تسيطران', actors=['NUSRA', IF], loc='L5:بلدة رنكوس', attr=SRC),                                     # 14
 dict(type='MOVEMENT', trig='L5:أعادوا التمركز', actors=['NUSRA', IF], loc='L5:الجرود', attr=SRC),                                 # 15
 dict(type='ATTACK', trig='L6:انفجار', time=E, actors=['NUSRA'], loc='L6:بلدة النبي عثمان', weapons=['L6:سيارة مفخخة'],
      qty=['L6:شخصان', 'L6:14'], attr=JNL),                                                                                         # 16
 dict(type='ATTACK', trig='L6:التفجير', time=E, actors=['NUSRA'], loc='L6:بلدة النبي عثمان', attr=JNL),                              # 17
 dict(type='ATTACK', trig='L6:اقتحام', time=F, actors=['SY_GOV', 'HEZBOLLAH'], targets=['FSA'], loc='L6:يبرود', attr=JNL),          # 18
 dict(type='MOVEMENT', trig='L7:عزز', actors=[LB], loc='L7:بلدة عرسال'),                                                           # 19
 dict(type='BASE', trig='L7:أقام', actors=[LB]),                                                                                  # 20
 dict(type='CONTROL', trig='L8:استعادة', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L8:يبرود'),                              # 21
 dict(type='CONTROL', trig='L8:خضعت لسيطرة', time='L8:منذ أوائل عام 2012', actors=['FSA'], loc='L8:يبرود'),                        # 22
 dict(type='CONTROL', trig='L8:استعادته', time='L8:تشرين الثاني الماضي', actors=['SY_GOV'], loc='L8:بلدات قارة'),                   # 23
 dict(type='OPERATION', trig='L9:العمليات العسكرية', mod='planned', time='L9:خلال الأيام المقبلة', actors=['SY_GOV'],
      loc='L9:بلدتي فليطة', attr='مصادر ميدانية'),                                                                                  # 24
]
YD = (Y, 'day')
FP = (Y, 'part-of-day')
DD = (D, 'day')
NOV = ('2013-11', 'month')
forces = [
 dict(actor='SY_GOV', loc=('مدينة يبرود', 'yabroud'), as_of=YD, status='controls', source=GC, line=1, events=[2]),
 dict(actor='SY_GOV', loc=('يبرود', 'yabroud'), as_of=YD, status='controls', source=GC, line=2, events=[6]),
 dict(actor='SY_GOV', loc=('المدينة', 'yabroud'), as_of=FP, status='arrived', source=MAN, line=3, events=[8]),
 dict(actor='HEZBOLLAH', loc=('المدينة', 'yabroud'), as_of=FP, status='arrived', source=MAN, line=3, events=[8]),
 dict(actor='SY_GOV', loc=('تلة مار مارون', 'mar-maroun-hill'), as_of=YD, status='controls', source=MAN, line=3, events=[9]),
 dict(actor='HEZBOLLAH', loc=('تلة مار مارون', 'mar-maroun-hill'), as_of=YD, status='controls', source=MAN, line=3, events=[9]),
 dict(actor='FSA', strength=([100, 999], True, 'fighters'), loc=('المدينة', 'yabroud'), as_of=FP, status='withdrawn', source=MAN, line=3, events=[10]),
 dict(actor='FSA', loc=('يبرود', 'yabroud'), as_of=YD, status='withdrawn', source=SRC, line=4, events=[11]),
 dict(actor='HEZBOLLAH', strength=(2000, True, 'fighters'), loc=('يبرود', 'yabroud'), as_of=YD, status='present', source=SRC, line=4, events=[13]),
 dict(actor='NUSRA', loc=('بلدة رنكوس', 'rankous'), as_of=DD, status='controls', source=SRC, line=5, events=[14]),
 dict(actor='NUSRA', loc=('مزارع ريما', 'rima-farms'), as_of=DD, status='controls', source=SRC, line=5, events=[14]),
 dict(actor=IF, loc=('بلدة رنكوس', 'rankous'), as_of=DD, status='controls', source=SRC, line=5, events=[14]),
 dict(actor=IF, loc=('مزارع ريما', 'rima-farms'), as_of=DD, status='controls', source=SRC, line=5, events=[14]),
 dict(actor='NUSRA', loc=('الجرود', 'qalamoun-outskirts'), as_of=DD, status='present', source=SRC, line=5, events=[15]),
 dict(actor=IF, loc=('الجرود', 'qalamoun-outskirts'), as_of=DD, status='present', source=SRC, line=5, events=[15]),
 dict(actor=LB, assets='حواجز إضافية', loc=('بلدة عرسال', 'arsal'), as_of=(None, 'vague'), status='reinforced', line=7, events=[19]),
 dict(actor='SY_GOV', loc=('يبرود', 'yabroud'), as_of=YD, status='controls', line=8, events=[21]),
 dict(actor='FSA', loc=('يبرود', 'yabroud'), as_of=('2012/2014', 'year'), status='controls', line=8, events=[22]),
 dict(actor='SY_GOV', loc=('بلدات قارة', 'qara'), as_of=NOV, status='controls', line=8, events=[23]),
 dict(actor='SY_GOV', loc=('دير عطية', 'deir-atiyah'), as_of=NOV, status='controls', line=8, events=[23]),
 dict(actor='SY_GOV', loc=('النبك', 'nabk'), as_of=NOV, status='controls', line=8, events=[23]),
]
build('alwatanom-yabroud', None, 'الوطن', D, L, ents, times, events, forces)
