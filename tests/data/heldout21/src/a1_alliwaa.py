from build import build
L = [
'عرسال: الجيش يستعيد «المهنية» ويستقدم تعزيزات.. و«هيئة العلماء» تسعى إلى هدنة إنسانية',
'واصل الجيش اللبناني أمس، لليوم الثالث على التوالي، عملياته في بلدة عرسال البقاعية وجرودها، حيث خاض اشتباكات عنيفة مع مسلحين من «جبهة النصرة» وتنظيم «داعش» تسللوا من القلمون السوري، وتمكن من استعادة مبنى المعهد الفني (المهنية) عند المدخل الشرقي للبلدة.',
'وأعلنت قيادة الجيش - مديرية التوجيه في بيان أن حصيلة المواجهات منذ ظهر السبت بلغت 14 شهيداً و86 جريحاً في صفوف العسكريين، فيما لا يزال 22 عسكرياً في عداد المفقودين، مشيرة إلى مقتل عشرات المسلحين.',
'وكانت المعارك قد اندلعت إثر توقيف دورية للجيش ظهر السبت عند حاجز وادي حميد المدعو عماد أحمد جمعة، وهو سوري الجنسية وأحد قادة «لواء فجر الإسلام» الذي بايع «داعش»، لتهاجم بعدها مجموعات مسلحة مراكز الجيش ومخفر الدرك في البلدة وتأسر عدداً من العسكريين وعناصر قوى الأمن الداخلي.',
'وفي إطار تعزيز قواته، استقدم الجيش خلال الساعات الماضية نحو 1500 عسكري من فوج المغاوير والفوج المجوقل، مع ناقلات جند ومدافع ميدان، إلى محيط عرسال وبلدة اللبوة، بحسب ما أكد مصدر عسكري لـ«اللواء».',
'وأشار المصدر إلى أن وحدات الجيش تطبق الطوق على البلدة من الجهتين الشرقية والشمالية، وأن المدفعية الثقيلة قصفت ليل أمس تجمعات مسلحي «النصرة» في وادي الحصن ومحيط جرود عرسال، فيما استهدفت طوافات الجيش مواقعهم في وادي عطا.',
'في المقابل، قال عضو «هيئة العلماء المسلمين» الشيخ سالم الرافعي إن وفداً من الهيئة دخل عرسال مساء أمس والتقى ممثلين عن المسلحين، وتم التوصل إلى «هدنة إنسانية لمدة 24 ساعة» تبدأ عند السابعة من مساء اليوم، لإخراج الجرحى والمدنيين وإدخال المساعدات.',
'غير أن مصادر ميدانية في البلدة نفت لـ«اللواء» أن يكون المسلحون قد انسحبوا إلى الجرود، مؤكدة أنهم لا يزالون يتحصنون في أحياء عدة ويحتجزون العسكريين الأسرى.',
'وعلى الجانب السوري من الحدود، شن الطيران الحربي السوري أمس غارات على مواقع المسلحين في جرود القلمون وبلدة فليطا، وفق «المرصد السوري لحقوق الإنسان»، فيما نفى مصدر مقرب من «حزب الله» أي مشاركة لمقاتلي الحزب في معارك عرسال.',
'سياسياً، أكد رئيس الحكومة تمام سلام بعد اجتماع خلية الأزمة في السراي الحكومي أن «لا تهاون مع المعتدين على الجيش ولا مساومة على دماء العسكريين»، فيما أعلنت السفارة الأميركية في بيروت أن واشنطن ستسرّع تسليم شحنات من الذخائر والأسلحة للجيش اللبناني خلال أيام.',
'ويقدّر مصدر أمني عدد مسلحي «النصرة» و«داعش» المنتشرين في جرود عرسال والقلمون بنحو ثلاثة آلاف مسلح، فيما تؤوي البلدة أكثر من مئة ألف نازح سوري.',
]
D = '2014-08-05'   # Tuesday; print daily, «أمس» is Monday 4 August
MON = '2014-08-04'
SAT = '2014-08-02'
LB = 'OTHER:lebanon'
FI = 'OTHER:fajr-al-islam-brigade'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:عرسال','LOCATION','arsal'), ('L0:الجيش','ACTOR',LB), ('L0:المهنية','LOCATION','arsal-technical-institute'),
 ('L0:هيئة العلماء','ORG','muslim-scholars-committee'),
 ('L1:الجيش اللبناني','ACTOR',LB), ('L1:بلدة عرسال','LOCATION','arsal'), ('L1:جبهة النصرة','ACTOR','NUSRA'), ('L1:تنظيم «داعش»','ACTOR','ISIS'),
 ('L1:القلمون','LOCATION','qalamoun'), ('L1:مبنى المعهد الفني','LOCATION','arsal-technical-institute'), ('L1:المهنية','LOCATION','arsal-technical-institute'), ('L1:لبلدة','LOCATION','arsal'),
 ('L2:قيادة الجيش - مديرية التوجيه','ACTOR',LB), ('L2:14 شهيداً','QUANTITY',None,(14,False,'killed')), ('L2:86 جريحاً','QUANTITY',None,(86,False,'wounded')),
 ('L2:22 عسكرياً','QUANTITY',None,(22,False,'other')), ('L2:عشرات','QUANTITY',None,([24,99],True,'killed')),
 ('L3:لجيش#0','ACTOR',LB), ('L3:حاجز وادي حميد','LOCATION','wadi-hmeid-checkpoint'), ('L3:عماد أحمد جمعة','PERSON','imad-ahmad-jomaa'),
 ('L3:لواء فجر الإسلام','ACTOR',FI), ('L3:داعش','ACTOR','ISIS'), ('L3:الجيش','ACTOR',LB), ('L3:مخفر الدرك','LOCATION','arsal-gendarmerie-post'),
 ('L3:البلدة','LOCATION','arsal'), ('L3:قوى الأمن الداخلي','ACTOR',LB),
 ('L4:الجيش','ACTOR',LB), ('L4:نحو 1500 عسكري','QUANTITY',None,(1500,True,'troops')), ('L4:فوج المغاوير','ACTOR',LB), ('L4:الفوج المجوقل','ACTOR',LB),
 ('L4:ناقلات جند','WEAPON','apcs'), ('L4:مدافع ميدان','WEAPON','field-guns'), ('L4:عرسال','LOCATION','arsal'), ('L4:بلدة اللبوة','LOCATION','labweh'),
 ('L4:اللواء','ORG','al-liwaa'),
 ('L5:الجيش#0','ACTOR',LB), ('L5:البلدة','LOCATION','arsal'), ('L5:المدفعية الثقيلة','WEAPON','heavy-artillery'), ('L5:النصرة','ACTOR','NUSRA'),
 ('L5:وادي الحصن','LOCATION','wadi-al-hosn'), ('L5:جرود عرسال','LOCATION','arsal-outskirts'), ('L5:طوافات','WEAPON','helicopters'),
 ('L5:الجيش#1','ACTOR',LB), ('L5:وادي عطا','LOCATION','wadi-atta'),
 ('L6:هيئة العلماء المسلمين','ORG','muslim-scholars-committee'), ('L6:سالم الرافعي','PERSON','salem-al-rafei'), ('L6:الهيئة','ORG','muslim-scholars-committee'),
 ('L6:عرسال','LOCATION','arsal'), ('L6:24 ساعة','QUANTITY',None,(24,False,'other')),
 ('L7:البلدة','LOCATION','arsal'), ('L7:اللواء','ORG','al-liwaa'), ('L7:الجرود','LOCATION','arsal-outskirts'),
 ('L8:الطيران الحربي','WEAPON','warplanes'), ('L8:جرود القلمون','LOCATION','qalamoun-outskirts'), ('L8:بلدة فليطا','LOCATION','flita'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L8:حزب الله','ACTOR',HZ), ('L8:الحزب','ACTOR',HZ), ('L8:عرسال','LOCATION','arsal'),
 ('L9:تمام سلام','PERSON','tammam-salam'), ('L9:السراي الحكومي','LOCATION','grand-serail'), ('L9:السفارة الأميركية','ORG','us-embassy-beirut'),
 ('L9:بيروت','LOCATION','beirut'), ('L9:واشنطن','ACTOR','US'), ('L9:الذخائر','WEAPON','ammunition'), ('L9:الأسلحة','WEAPON','weapons'),
 ('L9:لجيش اللبناني','ACTOR',LB),
 ('L10:النصرة','ACTOR','NUSRA'), ('L10:داعش','ACTOR','ISIS'), ('L10:جرود عرسال','LOCATION','arsal-outskirts'), ('L10:القلمون','LOCATION','qalamoun'),
 ('L10:نحو ثلاثة آلاف مسلح','QUANTITY',None,(3000,True,'fighters')), ('L10:البلدة','LOCATION','arsal'),
 ('L10:أكثر من مئة ألف نازح','QUANTITY',None,(100000,True,'people')),
]
times = [
 ('L1:أمس', MON, 'day'),
 ('L2:منذ ظهر السبت', SAT + '/' + D, 'day'),
 ('L3:ظهر السبت', SAT, 'part-of-day', {'part': 'noon'}),
 ('L4:خلال الساعات الماضية', None, 'vague', {'relation': 'before'}),
 ('L5:ليل أمس', MON, 'part-of-day', {'part': 'night'}),
 ('L6:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L6:السابعة من مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L8:أمس', MON, 'day'),
 ('L9:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
]
Y = 'L1:أمس'
S = 'L2:منذ ظهر السبت'
SN = 'L3:ظهر السبت'
CMD = 'قيادة الجيش - مديرية التوجيه'
SRC = 'مصدر عسكري'
events = [
 dict(type='OPERATION', trig='L1:عملياته', time=Y, actors=[LB], loc='L1:بلدة عرسال'),                                              # 1
 dict(type='ATTACK', trig='L1:اشتباكات', time=Y, actors=[LB, 'NUSRA', 'ISIS'], loc='L1:بلدة عرسال'),                                # 2
 dict(type='MOVEMENT', trig='L1:تسللوا', actors=['NUSRA', 'ISIS'], loc='L1:القلمون'),                                               # 3
 dict(type='CONTROL', trig='L1:استعادة', time=Y, actors=[LB], targets=['NUSRA', 'ISIS'], loc='L1:مبنى المعهد الفني'),                 # 4
 dict(type='STATEMENT', trig='L2:أعلنت', actors=[LB], attr=CMD),                                                                 # 5
 dict(type='ATTACK', trig='L2:المواجهات', time=S, actors=[LB, 'NUSRA', 'ISIS'], qty=['L2:14 شهيداً', 'L2:86 جريحاً', 'L2:عشرات'], attr=CMD),  # 6
 dict(type='ATTACK', trig='L3:المعارك', time=S, actors=[LB, 'NUSRA', 'ISIS']),                                                      # 7
 dict(type='ARREST', trig='L3:توقيف', time=SN, actors=[LB], targets=[FI], loc='L3:حاجز وادي حميد'),                                  # 8
 dict(type='ATTACK', trig='L3:لتهاجم', time=SN, actors=['NUSRA', 'ISIS'], targets=[LB], loc='L3:البلدة'),                           # 9
 dict(type='ARREST', trig='L3:تأسر', time=SN, actors=['NUSRA', 'ISIS'], targets=[LB], loc='L3:البلدة'),                             # 10
 dict(type='MOVEMENT', trig='L4:استقدم', time='L4:خلال الساعات الماضية', actors=[LB], loc='L4:عرسال',
      weapons=['L4:ناقلات جند', 'L4:مدافع ميدان'], qty=['L4:نحو 1500 عسكري'], attr=SRC),                                          # 11
 dict(type='OPERATION', trig='L5:الطوق', actors=[LB], targets=['NUSRA', 'ISIS'], loc='L5:البلدة', attr=SRC),                          # 12
 dict(type='ATTACK', trig='L5:قصفت', time='L5:ليل أمس', actors=[LB], targets=['NUSRA'], loc='L5:وادي الحصن',
      weapons=['L5:المدفعية الثقيلة'], attr=SRC),                                                                                # 13
 dict(type='ATTACK', trig='L5:استهدفت', time='L5:ليل أمس', actors=[LB], targets=['NUSRA'], loc='L5:وادي عطا', weapons=['L5:طوافات'], attr=SRC),  # 14
 dict(type='STATEMENT', trig='L6:قال', attr='سالم الرافعي'),                                                                      # 15
 dict(type='AGREEMENT', trig='L6:هدنة', time='L6:مساء أمس', qty=['L6:24 ساعة'], attr='سالم الرافعي'),                               # 16
 dict(type='WITHDRAWAL', trig='L7:انسحبوا', mod='denied', actors=['NUSRA', 'ISIS'], loc='L7:الجرود', attr='مصادر ميدانية'),           # 17
 dict(type='ATTACK', trig='L8:غارات', time='L8:أمس', actors=['SY_GOV'], loc='L8:جرود القلمون', weapons=['L8:الطيران الحربي'],
      attr='المرصد السوري لحقوق الإنسان'),                                                                                       # 18
 dict(type='ATTACK', trig='L8:معارك', mod='denied', actors=[HZ], loc='L8:عرسال', attr='مصدر مقرب من حزب الله'),                       # 19
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['US'], attr='السفارة الأميركية في بيروت'),                                          # 20
 dict(type='MOVEMENT', trig='L9:تسليم', mod='planned', time='L9:خلال أيام', actors=['US'], weapons=['L9:الذخائر', 'L9:الأسلحة'],
      attr='السفارة الأميركية في بيروت'),                                                                                        # 21
 dict(type='MOVEMENT', trig='L10:المنتشرين', actors=['NUSRA', 'ISIS'], loc='L10:جرود عرسال', qty=['L10:نحو ثلاثة آلاف مسلح'], attr='مصدر أمني'),  # 22
]
MD = (MON, 'day')
TD = (D, 'day')
SD = (SAT, 'part-of-day')
NT = (MON, 'part-of-day')
forces = [
 dict(actor=LB, loc=('بلدة عرسال', 'arsal'), as_of=MD, status='present', line=1, events=[2]),
 dict(actor='NUSRA', loc=('بلدة عرسال', 'arsal'), as_of=MD, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('بلدة عرسال', 'arsal'), as_of=MD, status='present', line=1, events=[2]),
 dict(actor=LB, loc=('مبنى المعهد الفني', 'arsal-technical-institute'), as_of=MD, status='controls', line=1, events=[4]),
 dict(actor=LB, loc=('البلدة', 'arsal'), as_of=SD, status='attacked', line=3, events=[9]),
 dict(actor=LB, loc=('حاجز وادي حميد', 'wadi-hmeid-checkpoint'), as_of=SD, status='present', line=3, events=[8]),
 dict(actor=LB, strength=(1500, True, 'troops'), assets='ناقلات جند ومدافع ميدان', loc=('عرسال', 'arsal'), as_of=TD, status='reinforced', source=SRC, line=4, events=[11]),
 dict(actor=LB, strength=(1500, True, 'troops'), assets='ناقلات جند ومدافع ميدان', loc=('بلدة اللبوة', 'labweh'), as_of=TD, status='reinforced', source=SRC, line=4, events=[11]),
 dict(actor=LB, loc=('البلدة', 'arsal'), as_of=TD, status='present', source=SRC, line=5, events=[12]),
 dict(actor='NUSRA', loc=('وادي الحصن', 'wadi-al-hosn'), as_of=NT, status='attacked', source=SRC, line=5, events=[13]),
 dict(actor='NUSRA', loc=('وادي الحصن', 'wadi-al-hosn'), as_of=NT, status='present', source=SRC, line=5, events=[13]),
 dict(actor='NUSRA', loc=('جرود عرسال', 'arsal-outskirts'), as_of=NT, status='attacked', source=SRC, line=5, events=[13]),
 dict(actor='NUSRA', loc=('جرود عرسال', 'arsal-outskirts'), as_of=NT, status='present', source=SRC, line=5, events=[13]),
 dict(actor='NUSRA', loc=('وادي عطا', 'wadi-atta'), as_of=NT, status='attacked', source=SRC, line=5, events=[14]),
 dict(actor='NUSRA', loc=('وادي عطا', 'wadi-atta'), as_of=NT, status='present', source=SRC, line=5, events=[14]),
 dict(actor='NUSRA', strength=(3000, True, 'fighters'), loc=('جرود عرسال', 'arsal-outskirts'), as_of=TD, status='present', source='مصدر أمني', line=10, events=[22]),
 dict(actor='ISIS', strength=(3000, True, 'fighters'), loc=('جرود عرسال', 'arsal-outskirts'), as_of=TD, status='present', source='مصدر أمني', line=10, events=[22]),
 dict(actor='NUSRA', strength=(3000, True, 'fighters'), loc=('القلمون', 'qalamoun'), as_of=TD, status='present', source='مصدر أمني', line=10, events=[22]),
 dict(actor='ISIS', strength=(3000, True, 'fighters'), loc=('القلمون', 'qalamoun'), as_of=TD, status='present', source='مصدر أمني', line=10, events=[22]),
]
build('alliwaa-arsal-battle', None, 'اللواء', D, L, ents, times, events, forces)
