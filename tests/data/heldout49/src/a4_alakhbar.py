from build import build
L = [
'«ليلة الصواريخ» في الجولان: دمشق تردّ... والعدو يوسّع عدوانه',
'للمرة الأولى منذ حرب تشرين عام 1973، لم يمرّ العدوان الإسرائيلي على سوريا من دون ردّ، إذ دكّت عشرات الصواريخ، فجر أمس، مواقع جيش الاحتلال في الجولان السوري المحتل.',
'وقالت مصادر ميدانية لـ«الأخبار» إن أكثر من 50 صاروخاً من طرازي «غراد» و«فجر 5» أُطلقت من ريف القنيطرة على مواقع عسكرية واستخبارية في جبل الشيخ وتل أبو الندى ومحيط مستوطنة كتسرين، ردّاً على الغارات التي استهدفت بلدة الكسوة جنوبي دمشق ليل الثلاثاء.',
'في المقابل، ادّعى جيش العدو أن «فيلق القدس» التابع لـ«الحرس الثوري» الإيراني أطلق 20 صاروخاً فقط، اعترضت منظومة «القبة الحديدية» أربعة منها، فيما سقطت البقية داخل الأراضي السورية.',
'وبعد ساعات، شنّ العدو عدواناً واسعاً شاركت فيه 28 طائرة من طرازي «إف 15» و«إف 16»، أطلقت نحو 60 صاروخاً جو ــ أرض على مواقع في الكسوة ومحيط مطار دمشق الدولي وريف القنيطرة، إضافة إلى أكثر من عشرة صواريخ أرض ــ أرض، وفق ما أعلنته وزارة الدفاع الروسية.',
'وأوضحت الوزارة أن الدفاعات الجوية السورية تصدّت للعدوان وأسقطت أكثر من نصف الصواريخ المعادية، في حين أقرّ العدو بأن بطاريات الدفاع الجوي السورية أطلقت عشرات الصواريخ باتجاه طائراته من دون أن تصيب أياً منها.',
'وأعلنت القيادة العامة للجيش السوري في بيان استشهاد ثلاثة عسكريين وإصابة اثنين آخرين، وتدمير محطة رادار ومستودع للذخيرة، إضافة إلى أضرار في عدد من كتائب الدفاع الجوي.',
'وزعم وزير أمن العدو أفيغدور ليبرمان أن جيشه «دمّر تقريباً كل البنية التحتية الإيرانية في سوريا»، فيما نفى النائب الإيراني أبو الفضل حسن بيكي أن تكون بلاده قد أطلقت أي صاروخ، مؤكداً أن «سوريا هي من ردّت على العدوان».',
'وكان العدو قد استهدف، ليل الثلاثاء، موقعاً في الكسوة قال «المرصد السوري لحقوق الإنسان» إنه يضمّ مستودعات لـ«الحرس الثوري»، ما أدى إلى مقتل 15 شخصاً بينهم 8 إيرانيين، بعد ساعات من إعلان الرئيس الأميركي دونالد ترامب انسحاب بلاده من الاتفاق النووي.',
'ويزعم العدو أن إيران تنشر في سوريا نحو 80 ألف مقاتل من «الحرس الثوري» والميليشيات الحليفة لها، ويهدّد باستهدافهم «أينما كانوا»، فيما رفع جيشه حالة التأهب في الجولان ونشر بطاريات إضافية من «القبة الحديدية» منذ الثلاثاء.',
]
D = '2018-05-11'   # Friday; Beirut print daily dated the day after the news (فجر أمس = Thursday 10 May)
THU = '2018-05-10'
TUE = '2018-05-08'
ISR = 'OTHER:israel'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:الجولان','LOCATION','golan-heights'), ('L0:دمشق','ACTOR','SY_GOV'), ('L0:العدو','ACTOR',ISR),
 ('L1:سوريا','LOCATION','syria'), ('L1:عشرات الصواريخ','QUANTITY',None,([24,99],True,'missiles')), ('L1:الصواريخ','WEAPON','rockets'),
 ('L1:جيش الاحتلال','ACTOR',ISR), ('L1:الجولان السوري المحتل','LOCATION','golan-heights'),
 ('L2:الأخبار','ORG','alakhbar'), ('L2:أكثر من 50 صاروخاً','QUANTITY',None,(50,True,'missiles')),
 ('L2:صاروخاً من طرازي «غراد» و«فجر 5»','WEAPON','grad-fajr5-rockets'), ('L2:ريف القنيطرة','LOCATION','quneitra-countryside'),
 ('L2:جبل الشيخ','LOCATION','mount-hermon'), ('L2:تل أبو الندى','LOCATION','tal-abu-nada'), ('L2:محيط مستوطنة كتسرين','LOCATION','katzrin'),
 ('L2:بلدة الكسوة','LOCATION','kisweh'), ('L2:دمشق','LOCATION','damascus'),
 ('L3:جيش العدو','ACTOR',ISR), ('L3:فيلق القدس','ACTOR','IR'), ('L3:الحرس الثوري','ACTOR','IR'),
 ('L3:20 صاروخاً','QUANTITY',None,(20,False,'missiles')), ('L3:صاروخاً','WEAPON','rockets'), ('L3:منظومة «القبة الحديدية»','WEAPON','iron-dome'),
 ('L3:أربعة','QUANTITY',None,(4,False,'missiles')), ('L3:الأراضي السورية','LOCATION','syria'),
 ('L4:العدو','ACTOR',ISR), ('L4:28 طائرة','QUANTITY',None,(28,False,'aircraft')), ('L4:طائرة من طرازي «إف 15» و«إف 16»','WEAPON','f15-f16'),
 ('L4:نحو 60 صاروخاً جو ــ أرض','QUANTITY',None,(60,True,'missiles')), ('L4:صاروخاً جو ــ أرض','WEAPON','air-to-surface-missiles'),
 ('L4:الكسوة','LOCATION','kisweh'), ('L4:محيط مطار دمشق الدولي','LOCATION','damascus-airport'), ('L4:ريف القنيطرة','LOCATION','quneitra-countryside'),
 ('L4:أكثر من عشرة صواريخ أرض ــ أرض','QUANTITY',None,(10,True,'missiles')), ('L4:صواريخ أرض ــ أرض','WEAPON','surface-to-surface-missiles'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L5:الوزارة','ACTOR','RU'), ('L5:الدفاعات الجوية السورية','ACTOR','SY_GOV'), ('L5:الصواريخ المعادية','WEAPON','missiles'),
 ('L5:العدو','ACTOR',ISR), ('L5:بطاريات الدفاع الجوي السورية','WEAPON','air-defence-batteries'),
 ('L5:عشرات الصواريخ','QUANTITY',None,([24,99],True,'missiles')), ('L5:الصواريخ#1','WEAPON','air-defence-missiles'),
 ('L6:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L6:ثلاثة عسكريين','QUANTITY',None,(3,False,'killed')),
 ('L6:اثنين','QUANTITY',None,(2,False,'wounded')), ('L6:محطة رادار','LOCATION','radar-station'), ('L6:مستودع للذخيرة','LOCATION','ammunition-depot'),
 ('L6:كتائب الدفاع الجوي','ACTOR','SY_GOV'),
 ('L7:العدو#0','ACTOR',ISR), ('L7:أفيغدور ليبرمان','PERSON','avigdor-lieberman'), ('L7:سوريا#0','LOCATION','syria'),
 ('L7:أبو الفضل حسن بيكي','PERSON','abolfazl-hassan-beigi'), ('L7:سوريا#1','ACTOR','SY_GOV'),
 ('L8:العدو','ACTOR',ISR), ('L8:الكسوة','LOCATION','kisweh'), ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L8:مستودعات','LOCATION','kisweh-depots'), ('L8:الحرس الثوري','ACTOR','IR'), ('L8:15 شخصاً','QUANTITY',None,(15,False,'killed')),
 ('L8:8 إيرانيين','QUANTITY',None,(8,False,'killed')), ('L8:إيرانيين','ACTOR','IR'), ('L8:دونالد ترامب','PERSON','donald-trump'),
 ('L9:العدو','ACTOR',ISR), ('L9:إيران','ACTOR','IR'), ('L9:سوريا','LOCATION','syria'),
 ('L9:نحو 80 ألف مقاتل','QUANTITY',None,(80000,True,'fighters')), ('L9:الحرس الثوري','ACTOR','IR'),
 ('L9:الميليشيات الحليفة لها','ACTOR',IBM), ('L9:الجولان','LOCATION','golan-heights'), ('L9:القبة الحديدية','WEAPON','iron-dome'),
]
times = [
 ('L1:منذ حرب تشرين عام 1973', '1973/2018', 'year'),
 ('L1:فجر أمس', THU, 'part-of-day', {'part': 'morning'}),
 ('L2:ليل الثلاثاء', TUE, 'part-of-day', {'part': 'night'}),
 ('L8:ليل الثلاثاء', TUE, 'part-of-day', {'part': 'night'}),
 ('L9:منذ الثلاثاء', TUE + '/' + D, 'day'),
]
F = 'L1:فجر أمس'
TN = 'L2:ليل الثلاثاء'
FS = 'مصادر ميدانية (الأخبار)'
IDF = 'جيش العدو'
MOD = 'وزارة الدفاع الروسية'
GC = 'القيادة العامة للجيش السوري'
HB = 'أبو الفضل حسن بيكي'
events = [
 dict(type='ATTACK', trig='L1:العدوان', actors=[ISR], targets=['SY_GOV'], loc='L1:سوريا'),                                          # 1
 dict(type='ATTACK', trig='L1:دكّت', time=F, actors=['SY_GOV'], targets=[ISR], loc='L1:الجولان السوري المحتل',
      weapons=['L1:الصواريخ'], qty=['L1:عشرات الصواريخ']),                                                                          # 2
 dict(type='ATTACK', trig='L2:أُطلقت', time=F, actors=['SY_GOV'], targets=[ISR], loc='L2:جبل الشيخ',
      weapons=['L2:صاروخاً من طرازي «غراد» و«فجر 5»'], qty=['L2:أكثر من 50 صاروخاً'], attr=FS),                                    # 3
 dict(type='ATTACK', trig='L2:الغارات', time=TN, actors=[ISR], loc='L2:بلدة الكسوة', attr=FS),                                      # 4
 dict(type='ATTACK', trig='L3:أطلق', time=F, actors=['IR'], targets=[ISR], weapons=['L3:صاروخاً'], qty=['L3:20 صاروخاً'], attr=IDF),  # 5
 dict(type='ATTACK', trig='L3:اعترضت', time=F, actors=[ISR], targets=['IR'], weapons=['L3:منظومة «القبة الحديدية»'], qty=['L3:أربعة'], attr=IDF),  # 6
 dict(type='ATTACK', trig='L4:عدواناً', time=F, actors=[ISR], targets=['SY_GOV'], loc='L4:الكسوة',
      weapons=['L4:طائرة من طرازي «إف 15» و«إف 16»', 'L4:صاروخاً جو ــ أرض', 'L4:صواريخ أرض ــ أرض'],
      qty=['L4:28 طائرة', 'L4:نحو 60 صاروخاً جو ــ أرض', 'L4:أكثر من عشرة صواريخ أرض ــ أرض'], attr=MOD),                             # 7
 dict(type='STATEMENT', trig='L4:أعلنته', actors=['RU'], attr=MOD),                                                               # 8
 dict(type='ATTACK', trig='L5:تصدّت', time=F, actors=['SY_GOV'], targets=[ISR], attr=MOD),                                        # 9
 dict(type='ATTACK', trig='L5:أطلقت', time=F, actors=['SY_GOV'], targets=[ISR],
      weapons=['L5:بطاريات الدفاع الجوي السورية', 'L5:الصواريخ#1'], qty=['L5:عشرات الصواريخ'], attr='العدو'),                      # 10
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['SY_GOV'], attr=GC),                                                             # 11
 dict(type='ATTACK', trig='L6:استشهاد', time=F, actors=[ISR], targets=['SY_GOV'], qty=['L6:ثلاثة عسكريين', 'L6:اثنين'], attr=GC),  # 12
 dict(type='ATTACK', trig='L7:دمّر', time=F, actors=[ISR], targets=['IR'], loc='L7:سوريا#0', attr='أفيغدور ليبرمان'),              # 13
 dict(type='ATTACK', trig='L7:أطلقت', mod='denied', time=F, actors=['IR'], targets=[ISR], attr=HB),                               # 14
 dict(type='ATTACK', trig='L7:ردّت', time=F, actors=['SY_GOV'], targets=[ISR], attr=HB),                                          # 15
 dict(type='ATTACK', trig='L7:العدوان', actors=[ISR], targets=['SY_GOV'], attr=HB),                                               # 16
 dict(type='ATTACK', trig='L8:استهدف', time='L8:ليل الثلاثاء', actors=[ISR], targets=['IR'], loc='L8:الكسوة',
      qty=['L8:15 شخصاً', 'L8:8 إيرانيين'], attr='المرصد السوري لحقوق الإنسان'),                                                   # 17
 dict(type='STATEMENT', trig='L8:إعلان', actors=['US'], attr='دونالد ترامب'),                                                     # 18
 dict(type='MOVEMENT', trig='L9:تنشر', actors=['IR', IBM], loc='L9:سوريا', qty=['L9:نحو 80 ألف مقاتل'], attr='العدو'),            # 19
 dict(type='ATTACK', trig='L9:باستهدافهم', mod='planned', actors=[ISR], targets=['IR', IBM], attr='العدو'),                        # 20
 dict(type='MOVEMENT', trig='L9:نشر#1', time='L9:منذ الثلاثاء', actors=[ISR], loc='L9:الجولان', weapons=['L9:القبة الحديدية']),       # 21
]
FM = (THU, 'part-of-day')
forces = [
 dict(actor=ISR, assets='مواقع جيش الاحتلال', loc=('الجولان السوري المحتل', 'golan-heights'), as_of=FM, status='attacked', line=1, events=[2]),
 dict(actor=ISR, assets='مواقع عسكرية واستخبارية', loc=('جبل الشيخ', 'mount-hermon'), as_of=FM, status='attacked', source=FS, line=2, events=[3]),
 dict(actor=ISR, assets='مواقع عسكرية واستخبارية', loc=('تل أبو الندى', 'tal-abu-nada'), as_of=FM, status='attacked', source=FS, line=2, events=[3]),
 dict(actor=ISR, assets='مواقع عسكرية واستخبارية', loc=('محيط مستوطنة كتسرين', 'katzrin'), as_of=FM, status='attacked', source=FS, line=2, events=[3]),
 dict(actor='SY_GOV', assets='مواقع', loc=('الكسوة', 'kisweh'), as_of=FM, status='attacked', source=MOD, line=4, events=[7]),
 dict(actor='SY_GOV', assets='مواقع', loc=('محيط مطار دمشق الدولي', 'damascus-airport'), as_of=FM, status='attacked', source=MOD, line=4, events=[7]),
 dict(actor='SY_GOV', assets='مواقع', loc=('ريف القنيطرة', 'quneitra-countryside'), as_of=FM, status='attacked', source=MOD, line=4, events=[7]),
 dict(actor='IR', assets='البنية التحتية الإيرانية', loc=('سوريا', 'syria'), as_of=FM, status='attacked', source='أفيغدور ليبرمان', line=7, events=[13]),
 dict(actor='IR', assets='مستودعات', loc=('الكسوة', 'kisweh'), as_of=(TUE, 'part-of-day'), status='attacked', source='المرصد السوري لحقوق الإنسان',
      line=8, events=[17]),
 dict(actor='IR', strength=(80000, True, 'fighters'), loc=('سوريا', 'syria'), as_of=(D, 'day'), status='present', source='العدو', line=9, events=[19]),
 dict(actor=IBM, strength=(80000, True, 'fighters'), loc=('سوريا', 'syria'), as_of=(D, 'day'), status='present', source='العدو', line=9, events=[19]),
 dict(actor=ISR, assets='بطاريات إضافية من القبة الحديدية', loc=('الجولان', 'golan-heights'), as_of=(TUE + '/' + D, 'day'), status='reinforced',
      line=9, events=[21]),
]
build('alakhbar-golan-rockets', None, 'الأخبار', D, L, ents, times, events, forces)
