from build import build
L = [
'موسكو تتوعد أنقرة بـ"عواقب وخيمة" بعد إسقاط "سوخوي 24" فوق ريف اللاذقية',
'وصف الرئيس الروسي فلاديمير بوتين إسقاط تركيا قاذفة "سوخوي 24" روسية فوق الأراضي السورية، أمس الثلاثاء، بأنه "طعنة في الظهر"، محذراً من "عواقب وخيمة" على العلاقات بين البلدين.',
'وأوضح بوتين، خلال استقباله العاهل الأردني الملك عبد الله الثاني في سوتشي، أن الطائرة أُسقطت بصاروخ جو-جو أطلقته مقاتلة "إف-16" تركية، وسقطت على بعد أربعة كيلومترات داخل سوريا، "ولم تكن تشكل أي تهديد لتركيا".',
'في المقابل، قالت رئاسة الأركان التركية إن مقاتلتين تركيتين اعترضتا الطائرة بعد أن "انتهكت المجال الجوي التركي" فوق ولاية هطاي، ووجهتا إليها عشرة تحذيرات خلال خمس دقائق.',
'وأعلنت وزارة الدفاع الروسية أن قائد الطائرة المقدم أوليغ بيشكوف قُتل بنيران مسلحين تركمان من الأرض أثناء هبوطه بالمظلة، فيما أُنقذ الملاح كونستانتين موراختين ليل الثلاثاء - الأربعاء في عملية خاصة نفذتها وحدات من الجيش السوري والقوات الخاصة الروسية في منطقة جبل التركمان.',
'وأضافت الوزارة أن مروحية من طراز "مي-8" شاركت في عملية البحث تعرضت لإطلاق نار أدى إلى مقتل أحد مشاة البحرية الروس، قبل أن تدمرها الجماعات المسلحة بصاروخ "تاو" أمريكي الصنع بعد هبوطها اضطرارياً.',
'وفي أول رد عسكري، أعلن وزير الدفاع الروسي سيرغي شويغو أن بلاده ستنشر منظومة الدفاع الجوي "إس-400" في قاعدة حميميم الجوية، وأن الطراد الصاروخي "موسكفا" بات يتمركز قبالة سواحل اللاذقية "لتدمير أي هدف يشكل خطراً على طائراتنا".',
'ميدانياً، شن الطيران الروسي منذ صباح اليوم غارات مكثفة على مواقع المسلحين في جبل التركمان بريف اللاذقية الشمالي، فيما أكد مصدر ميداني لـ"المنار" أن الجيش السوري وحلفاءه سيطروا على تلة النوبة بعد اشتباكات عنيفة مع "جبهة النصرة" و"الحزب الإسلامي التركستاني".',
'وكانت أنقرة قد طالبت مراراً بوقف الغارات الروسية على مناطق التركمان في ريف اللاذقية، فيما تتهم موسكو الحكومة التركية بحماية تجارة النفط التي يديرها تنظيم "داعش" عبر حدودها.',
'إلى ذلك، ألغى وزير الخارجية الروسي سيرغي لافروف زيارة كانت مقررة إلى تركيا اليوم الأربعاء، فيما عقد حلف شمال الأطلسي اجتماعاً طارئاً مساء أمس بطلب من أنقرة، أعلن في ختامه أمينه العام ينس ستولتنبرغ "التضامن مع تركيا".',
'المصدر: موقع المنار + وكالات',
]
D = '2015-11-25'   # Wednesday, web copy of its own day
Y = '2015-11-24'
TM = 'OTHER:turkmen-factions'
TIP = 'OTHER:turkistan-islamic-party'
ents = [
 ('L0:موسكو','ACTOR','RU'), ('L0:أنقرة','ACTOR','TR'), ('L0:سوخوي 24','WEAPON','su-24'), ('L0:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L1:فلاديمير بوتين','PERSON','vladimir-putin'), ('L1:تركيا','ACTOR','TR'), ('L1:قاذفة "سوخوي 24"','WEAPON','su-24'),
 ('L1:الأراضي السورية','LOCATION','syria'),
 ('L2:بوتين','PERSON','vladimir-putin'), ('L2:عبد الله الثاني','PERSON','king-abdullah-ii'), ('L2:سوتشي','LOCATION','sochi'),
 ('L2:الطائرة','WEAPON','su-24'), ('L2:صاروخ جو-جو','WEAPON','air-to-air-missile'), ('L2:مقاتلة "إف-16"','WEAPON','f-16'),
 ('L2:أربعة كيلومترات','QUANTITY',None,(4,False,'km')), ('L2:سوريا','LOCATION','syria'), ('L2:تركيا','ACTOR','TR'),
 ('L3:رئاسة الأركان التركية','ACTOR','TR'), ('L3:مقاتلتين','QUANTITY',None,(2,False,'aircraft')), ('L3:مقاتلتين#0','WEAPON','f-16'),
 ('L3:الطائرة','WEAPON','su-24'), ('L3:المجال الجوي التركي','LOCATION','turkish-airspace'), ('L3:ولاية هطاي','LOCATION','hatay'),
 ('L3:عشرة تحذيرات','QUANTITY',None,(10,False,'other')), ('L3:خمس دقائق','QUANTITY',None,(5,False,'other')),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:أوليغ بيشكوف','PERSON','oleg-peshkov'), ('L4:مسلحين تركمان','ACTOR',TM),
 ('L4:كونستانتين موراختين','PERSON','konstantin-murakhtin'), ('L4:الجيش السوري','ACTOR','SY_GOV'),
 ('L4:القوات الخاصة الروسية','ACTOR','RU'), ('L4:منطقة جبل التركمان','LOCATION','jabal-al-turkman'),
 ('L5:الوزارة','ACTOR','RU'), ('L5:مروحية من طراز "مي-8"','WEAPON','mi-8'), ('L5:أحد','QUANTITY',None,(1,False,'killed')),
 ('L5:مشاة البحرية الروس','ACTOR','RU'), ('L5:الجماعات المسلحة','ACTOR','FSA'), ('L5:صاروخ "تاو"','WEAPON','tow'),
 ('L6:سيرغي شويغو','PERSON','sergei-shoigu'), ('L6:منظومة الدفاع الجوي "إس-400"','WEAPON','s-400'),
 ('L6:قاعدة حميميم الجوية','LOCATION','hmeimim'), ('L6:الطراد الصاروخي "موسكفا"','WEAPON','moskva-cruiser'),
 ('L6:سواحل اللاذقية','LOCATION','latakia-coast'),
 ('L7:الطيران الروسي','ACTOR','RU'), ('L7:المسلحين','ACTOR','FSA'), ('L7:جبل التركمان','LOCATION','jabal-al-turkman'),
 ('L7:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'), ('L7:المنار','ORG','almanar'), ('L7:الجيش السوري','ACTOR','SY_GOV'),
 ('L7:تلة النوبة','LOCATION','nuba-hill'), ('L7:جبهة النصرة','ACTOR','NUSRA'), ('L7:الحزب الإسلامي التركستاني','ACTOR',TIP),
 ('L8:أنقرة','ACTOR','TR'), ('L8:مناطق التركمان','LOCATION','latakia-turkmen-areas'), ('L8:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L8:موسكو','ACTOR','RU'), ('L8:الحكومة التركية','ACTOR','TR'), ('L8:تنظيم "داعش"','ACTOR','ISIS'),
 ('L9:سيرغي لافروف','PERSON','sergei-lavrov'), ('L9:تركيا#0','LOCATION','turkey'), ('L9:حلف شمال الأطلسي','ORG','nato'),
 ('L9:أنقرة','ACTOR','TR'), ('L9:ينس ستولتنبرغ','PERSON','jens-stoltenberg'), ('L9:تركيا#1','ACTOR','TR'),
 ('L10:المنار','ORG','almanar'),
]
times = [
 ('L1:أمس الثلاثاء', Y, 'day'),
 ('L4:ليل الثلاثاء - الأربعاء', Y, 'part-of-day', {'part':'night'}),
 ('L7:منذ صباح اليوم', D+'/'+D, 'part-of-day', {'part':'morning'}),
 ('L9:اليوم الأربعاء', D, 'day'),
 ('L9:مساء أمس', Y, 'part-of-day', {'part':'evening'}),
]
PUT = 'فلاديمير بوتين'
TGS = 'رئاسة الأركان التركية'
MOD = 'وزارة الدفاع الروسية'
SHO = 'سيرغي شويغو'
SRC = 'مصدر ميداني (المنار)'
TUE = 'L1:أمس الثلاثاء'
NIGHT = 'L4:ليل الثلاثاء - الأربعاء'
MORN = 'L7:منذ صباح اليوم'
events = [
 dict(type='STATEMENT', trig='L1:وصف', actors=['RU'], attr=PUT),                                                                  # 1
 dict(type='ATTACK', trig='L1:إسقاط', time=TUE, actors=['TR'], targets=['RU'], loc='L1:الأراضي السورية', attr=PUT),               # 2
 dict(type='ATTACK', trig='L2:أُسقطت', time=TUE, actors=['TR'], targets=['RU'], loc='L2:سوريا', attr=PUT,
      weapons=['L2:صاروخ جو-جو','L2:مقاتلة "إف-16"']),                                                                            # 3
 dict(type='STATEMENT', trig='L3:قالت', actors=['TR'], attr=TGS),                                                                  # 4
 dict(type='ATTACK', trig='L3:اعترضتا', time=TUE, actors=['TR'], targets=['RU'], loc='L3:ولاية هطاي', attr=TGS,
      weapons=['L3:مقاتلتين#0'], qty=['L3:مقاتلتين']),                                                                            # 5
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['RU'], attr=MOD),                                                                 # 6
 dict(type='ATTACK', trig='L4:قُتل', actors=[TM], targets=['RU'], attr=MOD),                                                       # 7
 dict(type='OPERATION', trig='L4:عملية خاصة', time=NIGHT, actors=['SY_GOV','RU'], loc='L4:منطقة جبل التركمان', attr=MOD),         # 8
 dict(type='OPERATION', trig='L5:عملية البحث', actors=['RU'], attr=MOD),                                                           # 9
 dict(type='ATTACK', trig='L5:إطلاق نار', actors=[], targets=['RU'], attr=MOD, qty=['L5:أحد']),                                    # 10
 dict(type='ATTACK', trig='L5:تدمرها', actors=['FSA'], targets=['RU'], attr=MOD, weapons=['L5:صاروخ "تاو"']),                      # 11
 dict(type='STATEMENT', trig='L6:أعلن', actors=['RU'], attr=SHO),                                                                  # 12
 dict(type='MOVEMENT', trig='L6:ستنشر', mod='planned', actors=['RU'], loc='L6:قاعدة حميميم الجوية', attr=SHO,
      weapons=['L6:منظومة الدفاع الجوي "إس-400"']),                                                                                # 13
 dict(type='MOVEMENT', trig='L6:يتمركز', actors=['RU'], loc='L6:سواحل اللاذقية', attr=SHO, weapons=['L6:الطراد الصاروخي "موسكفا"']),  # 14
 dict(type='ATTACK', trig='L7:غارات', time=MORN, actors=['RU'], targets=['FSA'], loc='L7:جبل التركمان'),                           # 15
 dict(type='CONTROL', trig='L7:سيطروا', actors=['SY_GOV'], loc='L7:تلة النوبة', attr=SRC),                                         # 16
 dict(type='ATTACK', trig='L7:اشتباكات', actors=['SY_GOV','NUSRA',TIP], loc='L7:تلة النوبة', attr=SRC),                            # 17
 dict(type='ATTACK', trig='L8:الغارات', actors=['RU'], targets=[], loc='L8:مناطق التركمان', attr='أنقرة'),                         # 18
]
OD = (D, 'day')
TD = (Y, 'day')
NT = (Y, 'part-of-day')
MO = (D+'/'+D, 'part-of-day')
forces = [
 dict(actor='RU', assets='قاذفة سوخوي 24', loc=('الأراضي السورية','syria'), as_of=TD, status='attacked', source=PUT, line=1, events=[2]),
 dict(actor='RU', assets='قاذفة سوخوي 24', loc=('سوريا','syria'), as_of=TD, status='attacked', source=PUT, line=2, events=[3]),
 dict(actor='RU', assets='قاذفة سوخوي 24', loc=('ولاية هطاي','hatay'), as_of=TD, status='attacked', source=TGS, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('منطقة جبل التركمان','jabal-al-turkman'), as_of=NT, status='present', source=MOD, line=4, events=[8]),
 dict(actor='RU', assets='القوات الخاصة الروسية', loc=('منطقة جبل التركمان','jabal-al-turkman'), as_of=NT, status='present',
      source=MOD, line=4, events=[8]),
 dict(actor='RU', assets='منظومة الدفاع الجوي إس-400', loc=('قاعدة حميميم الجوية','hmeimim'), as_of=OD, status='planned',
      source=SHO, line=6, events=[13]),
 dict(actor='RU', assets='الطراد الصاروخي موسكفا', loc=('سواحل اللاذقية','latakia-coast'), as_of=OD, status='present',
      source=SHO, line=6, events=[14]),
 dict(actor='FSA', assets='مواقع', loc=('جبل التركمان','jabal-al-turkman'), as_of=MO, status='attacked', line=7, events=[15]),
 dict(actor='SY_GOV', loc=('تلة النوبة','nuba-hill'), as_of=OD, status='controls', source=SRC, line=7, events=[16]),
 dict(actor='SY_GOV', loc=('تلة النوبة','nuba-hill'), as_of=OD, status='present', source=SRC, line=7, events=[17]),
 dict(actor='NUSRA', loc=('تلة النوبة','nuba-hill'), as_of=OD, status='present', source=SRC, line=7, events=[17]),
 dict(actor=TIP, loc=('تلة النوبة','nuba-hill'), as_of=OD, status='present', source=SRC, line=7, events=[17]),
]
build('almanar-su24-shootdown', None, 'المنار', D, L, ents, times, events, forces)
