from build import build
L = [
'فصائل السويداء تطرد ميليشيا "قوات الفجر" التابعة للأمن العسكري من عتيل وسليم',
'السويداء - المدينة نيوز',
'سيطرت فصائل محلية مسلحة في محافظة السويداء جنوبي سوريا، فجر اليوم الخميس، على المقر الرئيسي لميليشيا "قوات الفجر" التي يقودها راجي فلحوط في بلدة عتيل، بعد اشتباكات استمرت يومين مع عناصر الميليشيا المدعومة من فرع الأمن العسكري التابع لنظام الأسد.',
'وقال مراسل المدينة نيوز في السويداء إن مقاتلين من حركة "رجال الكرامة" وفصائل من شهبا وعتيل اقتحموا المقر من ثلاثة محاور، وأسروا نحو 20 عنصراً من الميليشيا، فيما فرّ فلحوط مع عدد من مرافقيه باتجاه بلدة سليم شمال شرق مدينة السويداء.',
'وأضاف المراسل أن الفصائل حاصرت مقراً آخر للميليشيا في سليم قبيل ظهر اليوم، ودارت مواجهات عنيفة في محيطه استُخدمت فيها الرشاشات الثقيلة وقذائف الهاون، قبل أن ينسحب من تبقى من عناصرها نحو البادية الشرقية.',
'واندلعت المواجهات مساء الثلاثاء الماضي، إثر اختطاف مسلحين من الميليشيا شاباً من مدينة شهبا على حاجز لها على طريق دمشق - السويداء، ما دفع الأهالي إلى قطع الطرق في ريف المحافظة الشمالي.',
'ووثّق المرصد السوري لحقوق الإنسان مقتل 17 شخصاً منذ مساء الثلاثاء، بينهم 11 من عناصر الميليشيا وأربعة من مقاتلي الفصائل ومدنيان، فيما أصيب أكثر من 30 آخرين.',
'وتضم "قوات الفجر" نحو 300 مسلح ينتشرون في عتيل وسليم وأطراف مدينة السويداء، ويتهمها الأهالي بالوقوف وراء عمليات خطف وتهريب مخدرات منذ عام 2018، بغطاء من "شعبة المخابرات العسكرية".',
'في المقابل، دفعت قوات النظام مساء أمس الأربعاء بتعزيزات عسكرية تضم نحو 15 آلية إلى مطار خلخلة العسكري في ريف السويداء الشمالي، من دون أن تتدخل في المعارك، بحسب مصادر محلية.',
'ونفى مصدر أمني في السويداء، في تصريح لإذاعة "شام إف إم" الموالية، أن تكون عناصر من الأمن العسكري قد شاركت في القتال إلى جانب فلحوط، واصفاً ما جرى بأنه "خلاف أهلي".',
'وأعلن قائد حركة "رجال الكرامة" يحيى الحجار، في تسجيل مصور، أن الفصائل "لن تسمح بعودة الميليشيا"، وأنها ستنشر حواجز على مداخل عتيل وسليم خلال الأيام المقبلة.',
]
D = '2022-07-28'   # Thursday; Syrian opposition site, web copy of its own day
TUE = '2022-07-26'
WED = '2022-07-27'
LG = 'OTHER:local-gunmen'
FJ = 'OTHER:fajr-forces'
RK = 'OTHER:rijal-al-karama'
COR = 'مراسل المدينة نيوز'
SOHR = 'المرصد السوري لحقوق الإنسان'
ents = [
 ('L0:فصائل السويداء','ACTOR',LG), ('L0:قوات الفجر','ACTOR',FJ), ('L0:لأمن العسكري','ACTOR','SY_GOV'),
 ('L0:عتيل','LOCATION','atil'), ('L0:سليم','LOCATION','salim'),
 ('L1:السويداء','LOCATION','suwayda'), ('L1:المدينة نيوز','ORG','almadina-news'),
 ('L2:فصائل محلية مسلحة','ACTOR',LG), ('L2:محافظة السويداء','LOCATION','suwayda-governorate'), ('L2:سوريا','LOCATION','syria'),
 ('L2:المقر الرئيسي','LOCATION','fajr-forces-hq-atil'), ('L2:قوات الفجر','ACTOR',FJ), ('L2:راجي فلحوط','PERSON','raji-falhout'),
 ('L2:بلدة عتيل','LOCATION','atil'), ('L2:يومين','QUANTITY',None,(2,False,'other')), ('L2:الميليشيا','ACTOR',FJ),
 ('L2:فرع الأمن العسكري','ACTOR','SY_GOV'), ('L2:نظام الأسد','ACTOR','SY_GOV'),
 ('L3:المدينة نيوز','ORG','almadina-news'), ('L3:السويداء#0','LOCATION','suwayda'), ('L3:حركة "رجال الكرامة"','ACTOR',RK),
 ('L3:فصائل','ACTOR',LG), ('L3:شهبا','LOCATION','shahba'), ('L3:عتيل','LOCATION','atil'), ('L3:المقر','LOCATION','fajr-forces-hq-atil'),
 ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:نحو 20 عنصراً','QUANTITY',None,(20,True,'arrested')),
 ('L3:الميليشيا','ACTOR',FJ), ('L3:فلحوط','PERSON','raji-falhout'), ('L3:بلدة سليم','LOCATION','salim'),
 ('L3:مدينة السويداء','LOCATION','suwayda'),
 ('L4:الفصائل','ACTOR',LG), ('L4:لميليشيا','ACTOR',FJ), ('L4:سليم','LOCATION','salim'),
 ('L4:الرشاشات الثقيلة','WEAPON','heavy-machine-guns'), ('L4:قذائف الهاون','WEAPON','mortars'),
 ('L4:البادية الشرقية','LOCATION','suwayda-eastern-badia'),
 ('L5:الميليشيا','ACTOR',FJ), ('L5:مدينة شهبا','LOCATION','shahba'), ('L5:طريق دمشق - السويداء','LOCATION','damascus-suwayda-road'),
 ('L5:ريف المحافظة الشمالي','LOCATION','suwayda-north-countryside'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:17 شخصاً','QUANTITY',None,(17,False,'killed')),
 ('L6:11','QUANTITY',None,(11,False,'killed')), ('L6:الميليشيا','ACTOR',FJ), ('L6:أربعة','QUANTITY',None,(4,False,'killed')),
 ('L6:الفصائل','ACTOR',LG), ('L6:مدنيان','QUANTITY',None,(2,False,'killed')), ('L6:أكثر من 30','QUANTITY',None,(30,True,'wounded')),
 ('L7:قوات الفجر','ACTOR',FJ), ('L7:نحو 300 مسلح','QUANTITY',None,(300,True,'fighters')), ('L7:عتيل','LOCATION','atil'),
 ('L7:سليم','LOCATION','salim'), ('L7:مدينة السويداء','LOCATION','suwayda'), ('L7:شعبة المخابرات العسكرية','ACTOR','SY_GOV'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:نحو 15 آلية','QUANTITY',None,(15,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'),
 ('L8:مطار خلخلة العسكري','LOCATION','khalkhala-airbase'), ('L8:ريف السويداء الشمالي','LOCATION','suwayda-north-countryside'),
 ('L9:السويداء','LOCATION','suwayda'), ('L9:شام إف إم','ORG','sham-fm'), ('L9:الأمن العسكري','ACTOR','SY_GOV'),
 ('L9:فلحوط','PERSON','raji-falhout'),
 ('L10:حركة "رجال الكرامة"','ACTOR',RK), ('L10:يحيى الحجار','PERSON','yahya-al-hajjar'), ('L10:الفصائل','ACTOR',LG),
 ('L10:الميليشيا','ACTOR',FJ), ('L10:عتيل','LOCATION','atil'), ('L10:سليم','LOCATION','salim'),
]
times = [
 ('L2:فجر اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L4:قبيل ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L5:مساء الثلاثاء الماضي', TUE, 'part-of-day', {'part': 'evening'}),
 ('L6:منذ مساء الثلاثاء', TUE + '/' + D, 'day'),
 ('L7:منذ عام 2018', '2018/2022', 'year'),
 ('L8:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L10:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
DAWN = 'L2:فجر اليوم الخميس'
NOON = 'L4:قبيل ظهر اليوم'
TUEE = 'L5:مساء الثلاثاء الماضي'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=DAWN, actors=[LG], loc='L2:المقر الرئيسي'),                                       # 1
 dict(type='ATTACK', trig='L2:اشتباكات', time=DAWN, actors=[LG, FJ], loc='L2:بلدة عتيل', qty=['L2:يومين']),                    # 2
 dict(type='ATTACK', trig='L3:اقتحموا', time=DAWN, actors=[RK, LG], targets=[FJ], loc='L3:المقر', qty=['L3:ثلاثة محاور'], attr=COR),  # 3
 dict(type='ARREST', trig='L3:أسروا', time=DAWN, actors=[RK, LG], targets=[FJ], qty=['L3:نحو 20 عنصراً'], attr=COR),           # 4
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=DAWN, actors=[FJ], loc='L3:المقر', attr=COR),                                      # 5
 dict(type='OPERATION', trig='L4:حاصرت', time=NOON, actors=[LG], targets=[FJ], loc='L4:سليم', attr=COR),                        # 6
 dict(type='ATTACK', trig='L4:مواجهات', time=NOON, actors=[LG, FJ], loc='L4:سليم',
      weapons=['L4:الرشاشات الثقيلة', 'L4:قذائف الهاون'], attr=COR),                                                             # 7
 dict(type='WITHDRAWAL', trig='L4:ينسحب', time=NOON, actors=[FJ], loc='L4:سليم', attr=COR),                                     # 8
 dict(type='ATTACK', trig='L5:المواجهات', time=TUEE, actors=[LG, FJ]),                                                           # 9
 dict(type='ARREST', trig='L5:اختطاف', time=TUEE, actors=[FJ], loc='L5:طريق دمشق - السويداء'),                                  # 10
 dict(type='ATTACK', trig='L6:مقتل', time='L6:منذ مساء الثلاثاء', actors=[LG, FJ],
      qty=['L6:17 شخصاً', 'L6:11', 'L6:أربعة', 'L6:مدنيان', 'L6:أكثر من 30'], attr=SOHR),                                        # 11
 dict(type='MOVEMENT', trig='L7:ينتشرون', actors=[FJ], loc='L7:عتيل', qty=['L7:نحو 300 مسلح']),                                  # 12
 dict(type='ARREST', trig='L7:عمليات خطف', time='L7:منذ عام 2018', actors=[FJ], attr='الأهالي'),                                # 13
 dict(type='MOVEMENT', trig='L8:دفعت', time='L8:مساء أمس الأربعاء', actors=['SY_GOV'], loc='L8:مطار خلخلة العسكري',
      weapons=['L8:آلية'], qty=['L8:نحو 15 آلية'], attr='مصادر محلية'),                                                           # 14
 dict(type='ATTACK', trig='L9:القتال', mod='denied', actors=['SY_GOV'], attr='مصدر أمني في السويداء'),                           # 15
 dict(type='STATEMENT', trig='L10:أعلن', actors=[RK], attr='يحيى الحجار'),                                                       # 16
 dict(type='MOVEMENT', trig='L10:ستنشر', mod='planned', time='L10:خلال الأيام المقبلة', actors=[LG], loc='L10:عتيل', attr='يحيى الحجار'),  # 17
]
DW = (D, 'part-of-day')
NN = (D, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor=LG, loc=('المقر الرئيسي', 'fajr-forces-hq-atil'), as_of=DW, status='controls', line=2, events=[1]),
 dict(actor=LG, loc=('بلدة عتيل', 'atil'), as_of=DW, status='present', line=2, events=[2]),
 dict(actor=FJ, loc=('بلدة عتيل', 'atil'), as_of=DW, status='present', line=2, events=[2]),
 dict(actor=RK, loc=('المقر', 'fajr-forces-hq-atil'), as_of=DW, status='present', source=COR, line=3, events=[3]),
 dict(actor=LG, loc=('المقر', 'fajr-forces-hq-atil'), as_of=DW, status='present', source=COR, line=3, events=[3]),
 dict(actor=FJ, loc=('المقر', 'fajr-forces-hq-atil'), as_of=DW, status='present', source=COR, line=3, events=[3]),
 dict(actor=FJ, loc=('المقر', 'fajr-forces-hq-atil'), as_of=DW, status='withdrawn', source=COR, line=3, events=[5]),
 dict(actor=LG, loc=('سليم', 'salim'), as_of=NN, status='present', source=COR, line=4, events=[6, 7]),
 dict(actor=FJ, loc=('سليم', 'salim'), as_of=NN, status='present', source=COR, line=4, events=[7]),
 dict(actor=FJ, loc=('سليم', 'salim'), as_of=NN, status='withdrawn', source=COR, line=4, events=[8]),
 dict(actor=FJ, assets='حاجز', loc=('طريق دمشق - السويداء', 'damascus-suwayda-road'), as_of=(TUE, 'part-of-day'), status='present', line=5, events=[10]),
 dict(actor=FJ, strength=(300, True, 'fighters'), loc=('عتيل', 'atil'), as_of=TD, status='present', line=7, events=[12]),
 dict(actor=FJ, strength=(300, True, 'fighters'), loc=('سليم', 'salim'), as_of=TD, status='present', line=7, events=[12]),
 dict(actor=FJ, strength=(300, True, 'fighters'), loc=('مدينة السويداء', 'suwayda'), as_of=TD, status='present', line=7, events=[12]),
 dict(actor='SY_GOV', strength=(15, True, 'vehicles'), assets='تعزيزات عسكرية تضم نحو 15 آلية',
      loc=('مطار خلخلة العسكري', 'khalkhala-airbase'), as_of=(WED, 'part-of-day'), status='reinforced', source='مصادر محلية', line=8, events=[14]),
 dict(actor=LG, assets='حواجز', loc=('عتيل', 'atil'), as_of=(D + '/', 'vague'), status='planned', source='يحيى الحجار', line=10, events=[17]),
 dict(actor=LG, assets='حواجز', loc=('سليم', 'salim'), as_of=(D + '/', 'vague'), status='planned', source='يحيى الحجار', line=10, events=[17]),
]
build('madina-suwayda-falhout', None, 'المدينة نيوز', D, L, ents, times, events, forces)
