from build import build
L = [
'ميليشيات الحشد تختطف مئات النازحين من الصقلاوية.. ومسؤولون أنباريون: مصيرهم مجهول',
'اتهم مسؤولون محليون في محافظة الأنبار، اليوم الاثنين، ميليشيات الحشد الشعبي باختطاف أكثر من 600 رجل وفتى من أبناء ناحية الصقلاوية شمال غربي الفلوجة، أثناء فرارهم من المعارك الدائرة بين القوات العراقية وتنظيم داعش، يوم الجمعة الماضي.',
'وقال عضو مجلس محافظة الأنبار فرحان محمد لـ"بغداد بوست" إن "عناصر من ميليشيا حزب الله العراقي احتجزوا الرجال بعد عزلهم عن عائلاتهم عند نقطة تفتيش في منطقة السجر، ونقلوهم بحافلات إلى جهة مجهولة"، مؤكداً أن "49 منهم قتلوا تحت التعذيب".',
'في المقابل، نفى المتحدث باسم هيئة الحشد الشعبي أحمد الأسدي أن تكون فصائل الحشد قد اختطفت أو قتلت أي مدني، مؤكداً أن "المشتبه بانتمائهم لداعش سلموا إلى الأجهزة الأمنية للتدقيق في أسمائهم".',
'وأعلن رئيس الوزراء حيدر العبادي، مساء أمس الأحد، تشكيل لجنة للتحقيق في "التجاوزات"، مشيراً إلى اعتقال عدد من المتورطين وإحالتهم إلى المحاكم.',
'ميدانياً، أفاد مصدر عسكري لـ"بغداد بوست" بأن قوات جهاز مكافحة الإرهاب تقدمت صباح اليوم في حي الشهداء جنوبي الفلوجة، وسط اشتباكات عنيفة مع عناصر داعش الذين يتحصنون في المباني ويستخدمون بنادق القنص والعبوات الناسفة.',
'وأضاف المصدر أن "ميليشيات الحشد تتمركز عند المداخل الشمالية والشرقية للمدينة"، مقدراً عدد مقاتليها في محيط الفلوجة بأكثر من 20 ألف مقاتل.',
'وكانت القوات العراقية قد أعلنت، السبت، استعادة السيطرة على مركز ناحية الصقلاوية ورفع العلم العراقي فوق مبنى الناحية، ضمن عملية "كسر الإرهاب" التي انطلقت في الثالث والعشرين من أيار الماضي لاستعادة الفلوجة.',
'وتقول منظمات إنسانية إن أكثر من 20 ألف مدني فروا من الفلوجة ومحيطها منذ بدء العملية، فيما لا يزال نحو 50 ألفاً عالقين داخل المدينة التي يسيطر عليها داعش منذ مطلع عام 2014.',
'من جهته، قال المتحدث باسم التحالف الدولي العقيد كريس غارفر إن طائرات التحالف نفذت 17 غارة على مواقع داعش في الفلوجة خلال الأسبوع الماضي، دمرت خلالها مدافع هاون وعربات مفخخة.',
]
D = '2016-06-06'   # Monday; London-based site (Baghdad Post), web copy of its own day
FRI = '2016-06-03'
SAT = '2016-06-04'
SUN = '2016-06-05'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
ents = [
 ('L0:ميليشيات الحشد','ACTOR',PMF), ('L0:مئات النازحين','QUANTITY',None,([100,999],True,'arrested')), ('L0:الصقلاوية','LOCATION','saqlawiya'),
 ('L1:محافظة الأنبار','LOCATION','anbar'), ('L1:ميليشيات الحشد الشعبي','ACTOR',PMF), ('L1:أكثر من 600 رجل','QUANTITY',None,(600,True,'arrested')),
 ('L1:ناحية الصقلاوية','LOCATION','saqlawiya'), ('L1:الفلوجة','LOCATION','fallujah'), ('L1:القوات العراقية','ACTOR','IQ_GOV'),
 ('L1:تنظيم داعش','ACTOR','ISIS'),
 ('L2:مجلس محافظة الأنبار','ORG','anbar-provincial-council'), ('L2:فرحان محمد','PERSON','farhan-mohammed'), ('L2:بغداد بوست','ORG','baghdad-post'),
 ('L2:ميليشيا حزب الله العراقي','ACTOR',KH), ('L2:منطقة السجر','LOCATION','al-sijr'), ('L2:49','QUANTITY',None,(49,False,'killed')),
 ('L3:هيئة الحشد الشعبي','ACTOR',PMF), ('L3:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L3:فصائل الحشد','ACTOR',PMF), ('L3:داعش','ACTOR','ISIS'),
 ('L3:الأجهزة الأمنية','ACTOR','IQ_GOV'),
 ('L4:حيدر العبادي','PERSON','haider-al-abadi'),
 ('L5:بغداد بوست','ORG','baghdad-post'), ('L5:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L5:حي الشهداء','LOCATION','al-shuhada-fallujah'),
 ('L5:الفلوجة','LOCATION','fallujah'), ('L5:داعش','ACTOR','ISIS'), ('L5:بنادق القنص','WEAPON','sniper-rifles'), ('L5:العبوات الناسفة','WEAPON','ieds'),
 ('L6:ميليشيات الحشد','ACTOR',PMF), ('L6:المداخل الشمالية والشرقية للمدينة','LOCATION','fallujah-entrances'), ('L6:محيط الفلوجة','LOCATION','fallujah'),
 ('L6:أكثر من 20 ألف مقاتل','QUANTITY',None,(20000,True,'fighters')),
 ('L7:القوات العراقية','ACTOR','IQ_GOV'), ('L7:مركز ناحية الصقلاوية','LOCATION','saqlawiya'), ('L7:مبنى الناحية','LOCATION','saqlawiya-district-building'),
 ('L7:الفلوجة','LOCATION','fallujah'),
 ('L8:أكثر من 20 ألف مدني','QUANTITY',None,(20000,True,'people')), ('L8:الفلوجة','LOCATION','fallujah'), ('L8:نحو 50 ألفاً','QUANTITY',None,(50000,True,'people')),
 ('L8:المدينة','LOCATION','fallujah'), ('L8:داعش','ACTOR','ISIS'),
 ('L9:التحالف الدولي','ACTOR','COALITION'), ('L9:كريس غارفر','PERSON','chris-garver'), ('L9:طائرات','WEAPON','warplanes'),
 ('L9:التحالف#1','ACTOR','COALITION'), ('L9:17 غارة','QUANTITY',None,(17,False,'other')), ('L9:داعش','ACTOR','ISIS'),
 ('L9:الفلوجة','LOCATION','fallujah'), ('L9:مدافع هاون','WEAPON','mortars'), ('L9:عربات مفخخة','WEAPON','car-bombs'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L1:يوم الجمعة الماضي', FRI, 'day'),
 ('L4:مساء أمس الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L5:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:السبت', SAT, 'day'),
 ('L7:الثالث والعشرين من أيار الماضي', '2016-05-23', 'day'),
 ('L8:منذ مطلع عام 2014', '2014/2016', 'year'),
 ('L9:خلال الأسبوع الماضي', '2016-05-30/2016-06-05', 'week'),
]
F = 'L1:يوم الجمعة الماضي'
LOC = 'مسؤولون محليون في محافظة الأنبار'
FM = 'فرحان محمد'
AS = 'أحمد الأسدي'
MIL = 'مصدر عسكري (بغداد بوست)'
events = [
 dict(type='ARREST', trig='L1:اختطاف', time=F, actors=[PMF], loc='L1:ناحية الصقلاوية', qty=['L1:أكثر من 600 رجل'], attr=LOC),       # 1
 dict(type='ATTACK', trig='L1:المعارك', time=F, actors=['IQ_GOV', 'ISIS'], attr=LOC),                                              # 2
 dict(type='STATEMENT', trig='L2:قال', attr=FM),                                                                                  # 3
 dict(type='ARREST', trig='L2:احتجزوا', time=F, actors=[KH], loc='L2:منطقة السجر', attr=FM),                                       # 4
 dict(type='ATTACK', trig='L2:قتلوا', actors=[KH], qty=['L2:49'], attr=FM),                                                        # 5
 dict(type='ARREST', trig='L3:اختطفت', mod='denied', time=F, actors=[PMF], attr=AS),                                               # 6
 dict(type='ATTACK', trig='L3:قتلت', mod='denied', actors=[PMF], attr=AS),                                                         # 7
 dict(type='STATEMENT', trig='L4:أعلن', time='L4:مساء أمس الأحد', actors=['IQ_GOV'], attr='حيدر العبادي'),                         # 8
 dict(type='ARREST', trig='L4:اعتقال', actors=['IQ_GOV'], attr='حيدر العبادي'),                                                     # 9
 dict(type='MOVEMENT', trig='L5:تقدمت', time='L5:صباح اليوم', actors=['IQ_GOV'], loc='L5:حي الشهداء', attr=MIL),                   # 10
 dict(type='ATTACK', trig='L5:اشتباكات', time='L5:صباح اليوم', actors=['IQ_GOV', 'ISIS'], loc='L5:حي الشهداء',
      weapons=['L5:بنادق القنص', 'L5:العبوات الناسفة'], attr=MIL),                                                                 # 11
 dict(type='MOVEMENT', trig='L6:تتمركز', time='L1:اليوم الاثنين', actors=[PMF], loc='L6:المداخل الشمالية والشرقية للمدينة',
      qty=['L6:أكثر من 20 ألف مقاتل'], attr=MIL),                                                                                  # 12
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:السبت', actors=['IQ_GOV'], attr='القوات العراقية'),                               # 13
 dict(type='CONTROL', trig='L7:استعادة السيطرة', time='L7:السبت', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:مركز ناحية الصقلاوية',
      attr='القوات العراقية'),                                                                                                     # 14
 dict(type='OPERATION', trig='L7:عملية', time='L7:الثالث والعشرين من أيار الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الفلوجة'),  # 15
 dict(type='CONTROL', trig='L7:لاستعادة الفلوجة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الفلوجة'),             # 16
 dict(type='CONTROL', trig='L8:يسيطر', time='L8:منذ مطلع عام 2014', actors=['ISIS'], loc='L8:المدينة', attr='منظمات إنسانية'),      # 17
 dict(type='STATEMENT', trig='L9:قال', actors=['COALITION'], attr='كريس غارفر'),                                                  # 18
 dict(type='ATTACK', trig='L9:غارة', time='L9:خلال الأسبوع الماضي', actors=['COALITION'], targets=['ISIS'], loc='L9:الفلوجة',
      weapons=['L9:طائرات'], qty=['L9:17 غارة'], attr='كريس غارفر'),                                                               # 19
 dict(type='ATTACK', trig='L9:دمرت', time='L9:خلال الأسبوع الماضي', actors=['COALITION'], targets=['ISIS'], loc='L9:الفلوجة', attr='كريس غارفر'),  # 20
]
OD = (D, 'day')
MP = (D, 'part-of-day')
forces = [
 dict(actor=KH, assets='نقطة تفتيش', loc=('منطقة السجر', 'al-sijr'), as_of=(FRI, 'day'), status='present', source=FM, line=2, events=[4]),
 dict(actor='IQ_GOV', assets='جهاز مكافحة الإرهاب', loc=('حي الشهداء', 'al-shuhada-fallujah'), as_of=MP, status='present', source=MIL, line=5, events=[10, 11]),
 dict(actor='ISIS', loc=('حي الشهداء', 'al-shuhada-fallujah'), as_of=MP, status='present', source=MIL, line=5, events=[11]),
 dict(actor=PMF, loc=('المداخل الشمالية والشرقية للمدينة', 'fallujah-entrances'), as_of=OD, status='present', source=MIL, line=6, events=[12]),
 dict(actor=PMF, strength=(20000, True, 'fighters'), loc=('محيط الفلوجة', 'fallujah'), as_of=OD, status='present', source=MIL, line=6, events=[12]),
 dict(actor='IQ_GOV', loc=('مركز ناحية الصقلاوية', 'saqlawiya'), as_of=(SAT, 'day'), status='controls', line=7, events=[14]),
 dict(actor='IQ_GOV', loc=('مبنى الناحية', 'saqlawiya-district-building'), as_of=(SAT, 'day'), status='controls', line=7, events=[14]),
 dict(actor='ISIS', loc=('المدينة', 'fallujah'), as_of=('2014/2016', 'year'), status='controls', source='منظمات إنسانية', line=8, events=[17]),
 dict(actor='ISIS', assets='مدافع هاون، عربات مفخخة', loc=('الفلوجة', 'fallujah'), as_of=('2016-05-30/2016-06-05', 'week'), status='attacked',
      source='كريس غارفر', line=9, events=[19, 20]),
]
build('baghdadpost-saqlawiya-abductions', None, 'بغداد بوست', D, L, ents, times, events, forces)
