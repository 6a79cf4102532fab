from build import build
L = [
'اتفاق ينهي اشتباكات "تحرير الشام" و"فاثبتوا" غربي إدلب',
'توصلت "هيئة تحرير الشام" وغرفة عمليات "فاثبتوا" إلى اتفاق لوقف إطلاق النار، اليوم الخميس 25 من حزيران، بعد ثلاثة أيام من الاشتباكات في ريفي إدلب الغربي وجسر الشغور.',
'وقال مراسل عنب بلدي في إدلب، إن الاتفاق نص على إزالة الحواجز التي نشرتها الغرفة على طريق إدلب- جسر الشغور، وإطلاق سراح الموقوفين لدى الطرفين، وإحالة الخلافات إلى "محكمة شرعية مستقلة".',
'وبدأت الاشتباكات، الثلاثاء 23 من حزيران، في قرية عرب سعيد غربي إدلب، بعد يوم من اعتقال "تحرير الشام" القيادي المنشق عنها جمال زينية، المعروف بـ"أبو مالك التلي"، إثر انضمامه إلى "فاثبتوا".',
'وهاجمت "الهيئة" مقرات لتنظيم "حراس الدين"، أبرز مكونات الغرفة، في عرب سعيد واليعقوبية، مستخدمة رشاشات ثقيلة وقذائف هاون، كما دفعت بتعزيزات تضم نحو 40 آلية عسكرية إلى المنطقة، بحسب المراسل.',
'في المقابل، قالت "فاثبتوا" في بيان نشرته عبر "تلغرام"، إن مقاتليها صدوا محاولة "الهيئة" اقتحام مقر لها في قرية عرب سعيد، متهمة إياها بـ"البغي" وخدمة "أجندات خارجية".',
'وأسفرت الاشتباكات عن مقتل ستة عناصر من الطرفين وإصابة ثلاثة مدنيين، فيما نزحت عشرات العائلات من عرب سعيد نحو بلدة الجانودية، بحسب "المرصد السوري لحقوق الإنسان".',
'وتضم "فاثبتوا"، التي أُعلن عن تشكيلها في 12 من حزيران الحالي، كلاً من "حراس الدين" و"تنسيقية الجهاد" و"لواء المقاتلين الأنصار" و"جبهة أنصار الدين" و"جماعة أنصار الإسلام".',
'ويأتي ذلك بعد أيام من مقتل القياديين في "حراس الدين" خالد العاروري (أبو القسام الأردني) وبلال الصنعاني، بضربة من طائرة مسيّرة يُعتقد أنها تابعة للتحالف الدولي، استهدفت سيارتهما في مدينة إدلب، في 14 من حزيران.',
'ويتزامن التوتر مع قصف مدفعي لقوات النظام السوري على قرى الفطيرة وسفوهن وكنصفرة في جبل الزاوية جنوبي إدلب، صباح اليوم، في خرق جديد لاتفاق "موسكو" الموقع بين تركيا وروسيا في 5 من آذار الماضي.',
'وينتشر الجيش التركي في عشرات النقاط العسكرية بمحافظة إدلب، بينها نقاط على الطريق الدولي "M4" قرب جسر الشغور، فيما تسيطر "تحرير الشام" على معظم مناطق المحافظة منذ مطلع 2019.',
]
D = '2020-06-25'   # Thursday; Syrian opposition outlet, web copy of its day
TUE = '2020-06-23'
FAT = 'OTHER:fathbatu-operations-room'
HUR = 'OTHER:hurras-al-din'
ents = [
 ('L0:تحرير الشام','ACTOR','NUSRA'), ('L0:فاثبتوا','ACTOR',FAT), ('L0:إدلب','LOCATION','idlib'),
 ('L1:هيئة تحرير الشام','ACTOR','NUSRA'), ('L1:غرفة عمليات "فاثبتوا"','ACTOR',FAT), ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L1:ريفي إدلب الغربي','LOCATION','idlib-west-countryside'), ('L1:جسر الشغور','LOCATION','jisr-al-shughur'),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:إدلب#0','LOCATION','idlib'), ('L2:الغرفة','ACTOR',FAT),
 ('L2:طريق إدلب- جسر الشغور','LOCATION','idlib-jisr-al-shughur-road'),
 ('L3:قرية عرب سعيد','LOCATION','arab-said'), ('L3:إدلب','LOCATION','idlib'), ('L3:تحرير الشام','ACTOR','NUSRA'),
 ('L3:جمال زينية','PERSON','jamal-zeinia'), ('L3:أبو مالك التلي','PERSON','jamal-zeinia'), ('L3:فاثبتوا','ACTOR',FAT),
 ('L4:الهيئة','ACTOR','NUSRA'), ('L4:تنظيم "حراس الدين"','ACTOR',HUR), ('L4:الغرفة','ACTOR',FAT), ('L4:عرب سعيد','LOCATION','arab-said'),
 ('L4:اليعقوبية','LOCATION','yaqubiyah'), ('L4:رشاشات ثقيلة','WEAPON','heavy-machine-guns'), ('L4:قذائف هاون','WEAPON','mortars'),
 ('L4:نحو 40 آلية عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L4:آلية عسكرية','WEAPON','military-vehicles'),
 ('L4:المنطقة','LOCATION','arab-said'),
 ('L5:فاثبتوا','ACTOR',FAT), ('L5:تلغرام','ORG','telegram'), ('L5:الهيئة','ACTOR','NUSRA'), ('L5:قرية عرب سعيد','LOCATION','arab-said'),
 ('L6:ستة عناصر','QUANTITY',None,(6,False,'killed')), ('L6:ثلاثة مدنيين','QUANTITY',None,(3,False,'wounded')),
 ('L6:عشرات العائلات','QUANTITY',None,([24,99],True,'other')), ('L6:عرب سعيد','LOCATION','arab-said'), ('L6:بلدة الجانودية','LOCATION','janudiyah'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L7:فاثبتوا','ACTOR',FAT), ('L7:حراس الدين','ACTOR',HUR), ('L7:تنسيقية الجهاد','ACTOR','OTHER:tansiqiyat-al-jihad'),
 ('L7:لواء المقاتلين الأنصار','ACTOR','OTHER:liwa-al-muqatilin-al-ansar'), ('L7:جبهة أنصار الدين','ACTOR','OTHER:jabhat-ansar-al-din'),
 ('L7:جماعة أنصار الإسلام','ACTOR','OTHER:ansar-al-islam'),
 ('L8:حراس الدين','ACTOR',HUR), ('L8:خالد العاروري','PERSON','khalid-al-aruri'), ('L8:أبو القسام الأردني','PERSON','khalid-al-aruri'),
 ('L8:بلال الصنعاني','PERSON','bilal-al-sanaani'), ('L8:طائرة مسيّرة','WEAPON','drone'), ('L8:لتحالف الدولي','ACTOR','COALITION'),
 ('L8:مدينة إدلب','LOCATION','idlib'),
 ('L9:قوات النظام السوري','ACTOR','SY_GOV'), ('L9:قرى الفطيرة','LOCATION','al-fatira'), ('L9:سفوهن','LOCATION','sfuhun'),
 ('L9:كنصفرة','LOCATION','kansafra'), ('L9:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L9:إدلب','LOCATION','idlib'),
 ('L9:موسكو','LOCATION','moscow'), ('L9:تركيا','ACTOR','TR'), ('L9:روسيا','ACTOR','RU'),
 ('L10:الجيش التركي','ACTOR','TR'), ('L10:عشرات النقاط العسكرية','QUANTITY',None,([24,99],True,'other')), ('L10:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L10:الطريق الدولي "M4"','LOCATION','m4-highway'), ('L10:جسر الشغور','LOCATION','jisr-al-shughur'), ('L10:تحرير الشام','ACTOR','NUSRA'),
 ('L10:المحافظة','LOCATION','idlib-governorate'),
]
SINCE19 = '2019-01/2020-06'
times = [
 ('L1:اليوم الخميس 25 من حزيران', D, 'day'),
 ('L3:الثلاثاء 23 من حزيران', TUE, 'day'),
 ('L7:12 من حزيران الحالي', '2020-06-12', 'day'),
 ('L8:14 من حزيران', '2020-06-14', 'day'),
 ('L9:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:5 من آذار الماضي', '2020-03-05', 'day'),
 ('L10:منذ مطلع 2019', SINCE19, 'month'),
]
T = 'L1:اليوم الخميس 25 من حزيران'
TU = 'L3:الثلاثاء 23 من حزيران'
COR = 'مراسل عنب بلدي'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='AGREEMENT', trig='L1:اتفاق', time=T, actors=['NUSRA', FAT]),                                                            # 1
 dict(type='ATTACK', trig='L1:الاشتباكات', time=TU, actors=['NUSRA', FAT], loc='L1:ريفي إدلب الغربي', qty=['L1:ثلاثة أيام']),       # 2
 dict(type='AGREEMENT', trig='L2:الاتفاق', time=T, actors=['NUSRA', FAT], attr=COR),                                                # 3
 dict(type='WITHDRAWAL', trig='L2:إزالة', mod='planned', actors=[FAT], loc='L2:طريق إدلب- جسر الشغور', attr=COR),                   # 4
 dict(type='MOVEMENT', trig='L2:نشرتها', actors=[FAT], loc='L2:طريق إدلب- جسر الشغور', attr=COR),                                  # 5
 dict(type='ATTACK', trig='L3:الاشتباكات', time=TU, actors=['NUSRA', FAT], loc='L3:قرية عرب سعيد'),                                 # 6
 dict(type='ARREST', trig='L3:اعتقال', actors=['NUSRA'], targets=[FAT]),                                                            # 7
 dict(type='ATTACK', trig='L4:هاجمت', actors=['NUSRA'], targets=[HUR], loc='L4:عرب سعيد', weapons=['L4:رشاشات ثقيلة', 'L4:قذائف هاون'], attr=COR),  # 8
 dict(type='MOVEMENT', trig='L4:دفعت', actors=['NUSRA'], loc='L4:المنطقة', weapons=['L4:آلية عسكرية'], qty=['L4:نحو 40 آلية عسكرية'], attr=COR),  # 9
 dict(type='STATEMENT', trig='L5:قالت', actors=[FAT], attr='فاثبتوا'),                                                              # 10
 dict(type='ATTACK', trig='L5:صدوا', actors=[FAT], targets=['NUSRA'], loc='L5:قرية عرب سعيد', attr='فاثبتوا'),                       # 11
 dict(type='ATTACK', trig='L5:اقتحام', actors=['NUSRA'], targets=[FAT], loc='L5:قرية عرب سعيد', attr='فاثبتوا'),                     # 12
 dict(type='ATTACK', trig='L6:الاشتباكات', time=TU, actors=['NUSRA', FAT], qty=['L6:ستة عناصر', 'L6:ثلاثة مدنيين'], attr=SOHR),       # 13
 dict(type='ATTACK', trig='L8:ضربة', time='L8:14 من حزيران', actors=['COALITION'], targets=[HUR], loc='L8:مدينة إدلب', weapons=['L8:طائرة مسيّرة']),  # 14
 dict(type='ATTACK', trig='L9:قصف', time='L9:صباح اليوم', actors=['SY_GOV'], loc='L9:قرى الفطيرة'),                                 # 15
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:5 من آذار الماضي', actors=['TR', 'RU'], loc='L9:موسكو'),                           # 16
 dict(type='MOVEMENT', trig='L10:ينتشر', actors=['TR'], loc='L10:محافظة إدلب', qty=['L10:عشرات النقاط العسكرية']),                   # 17
 dict(type='CONTROL', trig='L10:تسيطر', time='L10:منذ مطلع 2019', actors=['NUSRA'], loc='L10:المحافظة'),                            # 18
]
DD = (D, 'day')
VG = (None, 'vague')
forces = [
 dict(actor='NUSRA', loc=('ريفي إدلب الغربي', 'idlib-west-countryside'), as_of=DD, status='present', line=1, events=[2]),
 dict(actor=FAT, loc=('ريفي إدلب الغربي', 'idlib-west-countryside'), as_of=DD, status='present', line=1, events=[2]),
 dict(actor='NUSRA', loc=('جسر الشغور', 'jisr-al-shughur'), as_of=DD, status='present', line=1, events=[2]),
 dict(actor=FAT, loc=('جسر الشغور', 'jisr-al-shughur'), as_of=DD, status='present', line=1, events=[2]),
 dict(actor=FAT, assets='حواجز', loc=('طريق إدلب- جسر الشغور', 'idlib-jisr-al-shughur-road'), as_of=VG, status='present', source=COR, line=2, events=[5]),
 dict(actor='NUSRA', loc=('قرية عرب سعيد', 'arab-said'), as_of=(TUE, 'day'), status='present', line=3, events=[6]),
 dict(actor=FAT, loc=('قرية عرب سعيد', 'arab-said'), as_of=(TUE, 'day'), status='present', line=3, events=[6]),
 dict(actor=HUR, assets='مقرات', loc=('عرب سعيد', 'arab-said'), as_of=VG, status='attacked', source=COR, line=4, events=[8]),
 dict(actor=HUR, assets='مقرات', loc=('اليعقوبية', 'yaqubiyah'), as_of=VG, status='attacked', source=COR, line=4, events=[8]),
 dict(actor='NUSRA', loc=('عرب سعيد', 'arab-said'), as_of=VG, status='present', source=COR, line=4, events=[8]),
 dict(actor='NUSRA', loc=('اليعقوبية', 'yaqubiyah'), as_of=VG, status='present', source=COR, line=4, events=[8]),
 dict(actor=HUR, loc=('عرب سعيد', 'arab-said'), as_of=VG, status='present', source=COR, line=4, events=[8]),
 dict(actor=HUR, loc=('اليعقوبية', 'yaqubiyah'), as_of=VG, status='present', source=COR, line=4, events=[8]),
 dict(actor='NUSRA', strength=(40, True, 'vehicles'), assets='تعزيزات', loc=('المنطقة', 'arab-said'), as_of=VG, status='reinforced', source=COR, line=4, events=[9]),
 dict(actor=FAT, assets='مقر', loc=('قرية عرب سعيد', 'arab-said'), as_of=VG, status='attacked', source='فاثبتوا', line=5, events=[12]),
 dict(actor=FAT, loc=('قرية عرب سعيد', 'arab-said'), as_of=VG, status='present', source='فاثبتوا', line=5, events=[11, 12]),
 dict(actor='NUSRA', loc=('قرية عرب سعيد', 'arab-said'), as_of=VG, status='present', source='فاثبتوا', line=5, events=[11, 12]),
 dict(actor=HUR, assets='سيارة قياديين', loc=('مدينة إدلب', 'idlib'), as_of=('2020-06-14', 'day'), status='attacked', line=8, events=[14]),
 dict(actor='TR', assets='عشرات النقاط العسكرية', loc=('محافظة إدلب', 'idlib-governorate'), as_of=DD, status='present', line=10, events=[17]),
 dict(actor='TR', assets='نقاط', loc=('الطريق الدولي "M4"', 'm4-highway'), as_of=DD, status='present', line=10, events=[17]),
 dict(actor='NUSRA', loc=('المحافظة', 'idlib-governorate'), as_of=(SINCE19, 'month'), status='controls', line=10, events=[18]),
]
build('enab-arab-said-fathbatu', None, 'عنب بلدي', D, L, ents, times, events, forces)
