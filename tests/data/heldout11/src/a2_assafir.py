from build import build
L = [
'"داعش" يسيطر على مطار الطبقة.. والجيش يعيد تجميع قواته في أثريا',
'سيطر مسلحو تنظيم "الدولة الإسلامية" - "داعش" أمس على مطار الطبقة العسكري في ريف الرقة، بعد معارك عنيفة مع الجيش السوري استمرت ستة أيام، ليصبح التنظيم مسيطراً على محافظة الرقة بأكملها.',
'ونقلت وكالة الأنباء السورية "سانا" عن مصدر عسكري أن حامية المطار "نفذت عملية إخلاء ناجحة" وأعادت تجميع صفوفها في مواقع أخرى، فيما أكد مصدر ميداني لـ"السفير" أن معظم الجنود انسحبوا من المطار ليل السبت - الأحد باتجاه بلدة أثريا في ريف حماة الشرقي.',
'وقال "المرصد السوري لحقوق الإنسان" إن أكثر من 150 جندياً ونحو 300 مسلح من التنظيم قُتلوا في المعارك التي اندلعت الثلاثاء الماضي في محيط المطار، مشيراً إلى أن التنظيم أسر العشرات من الجنود خلال انسحابهم.',
'وشن الطيران الحربي السوري أمس أكثر من 20 غارة على مواقع التنظيم في مدينة الرقة وفي محيط مطار الطبقة، وفق مصادر ميدانية.',
'وفي موازاة ذلك، دفع الجيش بتعزيزات كبيرة إلى أثريا وإلى طريق خناصر - أثريا، الشريان الوحيد الذي يربط حلب ببقية المحافظات، تحسباً لأي تقدم لـ"داعش" نحو ريف حماة الشرقي أو ريف حلب الجنوبي.',
'ويأتي سقوط المطار بعد نحو شهر على سيطرة التنظيم على مقر "الفرقة 17" شمال مدينة الرقة في 25 تموز الماضي، وعلى مقر "اللواء 93" في بلدة عين عيسى في السابع من آب الحالي.',
'وتزامن ذلك مع تقارير عن استعداد واشنطن لتوسيع غاراتها الجوية ضد "داعش" من العراق إلى سوريا، حيث تشن المقاتلات الأميركية منذ الثامن من آب الحالي ضربات على مواقع التنظيم في شمال العراق.',
'ويقدّر خبراء عدد مسلحي التنظيم في سوريا بنحو 12 ألف مسلح، بينهم آلاف الأجانب، فيما يسيطر منذ كانون الثاني الماضي على مدينة الرقة التي جعل منها عاصمة لـ"دولة الخلافة".',
'("السفير"، "سانا"، أ ف ب، رويترز)',
]
D = '2014-08-25'   # Monday; a Beirut print daily: its أمس is Sunday 2014-08-24
Y = '2014-08-24'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:مطار الطبقة','LOCATION','tabqa-airbase'), ('L0:الجيش','ACTOR','SY_GOV'), ('L0:أثريا','LOCATION','athriya'),
 ('L1:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L1:داعش','ACTOR','ISIS'), ('L1:مطار الطبقة العسكري','LOCATION','tabqa-airbase'),
 ('L1:ريف الرقة','LOCATION','raqqa-countryside'), ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:ستة أيام','QUANTITY',None,(6,False,'other')),
 ('L1:التنظيم','ACTOR','ISIS'), ('L1:محافظة الرقة','LOCATION','raqqa-governorate'),
 ('L2:سانا','ORG','sana'), ('L2:المطار#0','LOCATION','tabqa-airbase'), ('L2:السفير','ORG','assafir'), ('L2:المطار#1','LOCATION','tabqa-airbase'),
 ('L2:بلدة أثريا','LOCATION','athriya'), ('L2:ريف حماة الشرقي','LOCATION','hama-east-countryside'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:أكثر من 150 جندياً','QUANTITY',None,(150,True,'killed')),
 ('L3:نحو 300 مسلح','QUANTITY',None,(300,True,'killed')), ('L3:التنظيم#0','ACTOR','ISIS'), ('L3:المطار','LOCATION','tabqa-airbase'),
 ('L3:التنظيم#1','ACTOR','ISIS'), ('L3:العشرات','QUANTITY',None,([24,99],True,'arrested')),
 ('L4:الطيران الحربي السوري','ACTOR','SY_GOV'), ('L4:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:مدينة الرقة','LOCATION','raqqa'), ('L4:مطار الطبقة','LOCATION','tabqa-airbase'),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:أثريا#0','LOCATION','athriya'), ('L5:طريق خناصر - أثريا','LOCATION','khanasser-athriya-road'),
 ('L5:حلب#0','LOCATION','aleppo'), ('L5:داعش','ACTOR','ISIS'), ('L5:ريف حماة الشرقي','LOCATION','hama-east-countryside'),
 ('L5:ريف حلب الجنوبي','LOCATION','aleppo-south-countryside'),
 ('L6:المطار','LOCATION','tabqa-airbase'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:مقر "الفرقة 17"','LOCATION','division-17-base'),
 ('L6:مدينة الرقة','LOCATION','raqqa'), ('L6:مقر "اللواء 93"','LOCATION','brigade-93-base'), ('L6:بلدة عين عيسى','LOCATION','ain-issa'),
 ('L7:واشنطن','ACTOR','US'), ('L7:داعش','ACTOR','ISIS'), ('L7:العراق#0','LOCATION','iraq'), ('L7:سوريا','LOCATION','syria'),
 ('L7:المقاتلات','WEAPON','warplanes'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:شمال العراق','LOCATION','north-iraq'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:سوريا','LOCATION','syria'), ('L8:نحو 12 ألف مسلح','QUANTITY',None,(12000,True,'fighters')),
 ('L8:آلاف الأجانب','QUANTITY',None,([1000,9999],True,'fighters')), ('L8:مدينة الرقة','LOCATION','raqqa'), ('L8:دولة الخلافة','ACTOR','ISIS'),
 ('L9:السفير','ORG','assafir'), ('L9:سانا','ORG','sana'), ('L9:أ ف ب','ORG','afp'), ('L9:رويترز','ORG','reuters'),
]
NIGHT = '2014-08-23'
times = [
 ('L1:أمس', Y, 'day'),
 ('L2:ليل السبت - الأحد', NIGHT, 'part-of-day', {'part':'night'}),
 ('L3:الثلاثاء الماضي', '2014-08-19', 'day'),
 ('L4:أمس', Y, 'day'),
 ('L6:25 تموز الماضي', '2014-07-25', 'day'),
 ('L6:السابع من آب الحالي', '2014-08-07', 'day'),
 ('L7:منذ الثامن من آب الحالي', '2014-08-08/'+D, 'day'),
 ('L8:منذ كانون الثاني الماضي', '2014-01/2014-08', 'month'),
]
SANA = 'مصدر عسكري (سانا)'
SAF = 'مصدر ميداني (السفير)'
SOHR = 'المرصد السوري لحقوق الإنسان'
FLD = 'مصادر ميدانية'
SUN = 'L1:أمس'
NT = 'L2:ليل السبت - الأحد'
events = [
 dict(type='CONTROL', trig='L1:سيطر#0', time=SUN, actors=['ISIS'], loc='L1:مطار الطبقة العسكري'),                                   # 1
 dict(type='ATTACK', trig='L1:معارك', actors=['ISIS','SY_GOV'], loc='L1:مطار الطبقة العسكري', qty=['L1:ستة أيام']),               # 2
 dict(type='CONTROL', trig='L1:مسيطراً', time=SUN, actors=['ISIS'], loc='L1:محافظة الرقة'),                                         # 3
 dict(type='WITHDRAWAL', trig='L2:عملية إخلاء', time=NT, actors=['SY_GOV'], loc='L2:المطار#0', attr=SANA),                          # 4
 dict(type='MOVEMENT', trig='L2:أعادت تجميع', time=NT, actors=['SY_GOV'], attr=SANA),                                               # 5
 dict(type='WITHDRAWAL', trig='L2:انسحبوا', time=NT, actors=['SY_GOV'], loc='L2:المطار#1', attr=SAF),                              # 6
 dict(type='ATTACK', trig='L3:المعارك', time='L3:الثلاثاء الماضي', actors=['ISIS','SY_GOV'], loc='L3:المطار', attr=SOHR,
      qty=['L3:أكثر من 150 جندياً','L3:نحو 300 مسلح']),                                                                         # 7
 dict(type='ARREST', trig='L3:أسر', time=NT, actors=['ISIS'], targets=['SY_GOV'], attr=SOHR, qty=['L3:العشرات']),                   # 8
 dict(type='WITHDRAWAL', trig='L3:انسحابهم', time=NT, actors=['SY_GOV'], attr=SOHR),                                                 # 9
 dict(type='ATTACK', trig='L4:غارة', time='L4:أمس', actors=['SY_GOV'], targets=['ISIS'], loc='L4:مدينة الرقة', attr=FLD,
      qty=['L4:أكثر من 20 غارة']),                                                                                                # 10
 dict(type='MOVEMENT', trig='L5:دفع', time='L4:أمس', actors=['SY_GOV'], loc='L5:أثريا#0'),                                          # 11
 dict(type='MOVEMENT', trig='L5:تقدم', mod='expected', actors=['ISIS'], loc='L5:ريف حماة الشرقي'),                                  # 12
 dict(type='CONTROL', trig='L6:سقوط', time=SUN, actors=['ISIS'], loc='L6:المطار'),                                                  # 13
 dict(type='CONTROL', trig='L6:سيطرة', time='L6:25 تموز الماضي', actors=['ISIS'], loc='L6:مقر "الفرقة 17"'),                       # 14
 dict(type='ATTACK', trig='L7:غاراتها', mod='planned', actors=['US'], targets=['ISIS'], loc='L7:سوريا', attr='تقارير'),             # 15
 dict(type='ATTACK', trig='L7:ضربات', time='L7:منذ الثامن من آب الحالي', actors=['US'], targets=['ISIS'], loc='L7:شمال العراق',
      weapons=['L7:المقاتلات']),                                                                                                   # 16
 dict(type='CONTROL', trig='L8:يسيطر', time='L8:منذ كانون الثاني الماضي', actors=['ISIS'], loc='L8:مدينة الرقة'),                  # 17
]
YD = (Y, 'day')
forces = [
 dict(actor='ISIS', loc=('مطار الطبقة العسكري','tabqa-airbase'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='ISIS', loc=('مطار الطبقة العسكري','tabqa-airbase'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('مطار الطبقة العسكري','tabqa-airbase'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('محافظة الرقة','raqqa-governorate'), as_of=YD, status='controls', line=1, events=[3]),
 dict(actor='SY_GOV', assets='حامية المطار', loc=('المطار','tabqa-airbase'), as_of=(NIGHT,'part-of-day'), status='withdrawn',
      source=SANA+'، '+SAF, line=2, events=[4, 6]),
 dict(actor='ISIS', loc=('المطار','tabqa-airbase'), as_of=('2014-08-19','day'), status='present', source=SOHR, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('المطار','tabqa-airbase'), as_of=('2014-08-19','day'), status='present', source=SOHR, line=3, events=[7]),
 dict(actor='ISIS', assets='مواقع', loc=('مدينة الرقة','raqqa'), as_of=YD, status='attacked', source=FLD, line=4, events=[10]),
 dict(actor='ISIS', assets='مواقع', loc=('مطار الطبقة','tabqa-airbase'), as_of=YD, status='attacked', source=FLD, line=4, events=[10]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة', loc=('أثريا','athriya'), as_of=YD, status='reinforced', line=5, events=[11]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة', loc=('طريق خناصر - أثريا','khanasser-athriya-road'), as_of=YD, status='reinforced',
      line=5, events=[11]),
 dict(actor='ISIS', loc=('المطار','tabqa-airbase'), as_of=YD, status='controls', line=6, events=[13]),
 dict(actor='ISIS', loc=('مقر "الفرقة 17"','division-17-base'), as_of=('2014-07-25','day'), status='controls', line=6, events=[14]),
 dict(actor='ISIS', loc=('مقر "اللواء 93"','brigade-93-base'), as_of=('2014-08-07','day'), status='controls', line=6, events=[14]),
 dict(actor='ISIS', assets='مواقع', loc=('شمال العراق','north-iraq'), as_of=('2014-08-08/'+D,'day'), status='attacked', line=7, events=[16]),
 dict(actor='ISIS', strength=(12000, True, 'fighters'), loc=('سوريا','syria'), as_of=(D,'day'), status='present', source='خبراء', line=8),
 dict(actor='ISIS', loc=('مدينة الرقة','raqqa'), as_of=('2014-01/2014-08','month'), status='controls', line=8, events=[17]),
]
build('assafir-tabqa-airbase', None, 'السفير', D, L, ents, times, events, forces)
