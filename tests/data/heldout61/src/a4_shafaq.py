from build import build
L = [
'التحالف الدولي يقرّ بغارة على الموصل الجديدة ويفتح تحقيقاً بسقوط مدنيين',
'شفق نيوز/ أقرّ التحالف الدولي بقيادة الولايات المتحدة، اليوم السبت، بتنفيذ غارة جوية على حي الموصل الجديدة في الجانب الأيمن من المدينة في السابع عشر من آذار الجاري، بطلب من القوات العراقية، معلناً فتح تحقيق رسمي في تقارير عن سقوط عشرات الضحايا المدنيين.',
'وقال التحالف في بيان إن طائراته "استهدفت مقاتلين ومعدات لتنظيم داعش" في الموقع المذكور، وإن التحقيق سيحدد ما إذا كانت الغارة قد تسببت بانهيار المباني التي قُتل فيها المدنيون.',
'وكان مسؤولون محليون في نينوى قد أكدوا لشفق نيوز أن أكثر من 200 مدني قُتلوا بانهيار عدد من المنازل في الحي، وأن فرق الدفاع المدني انتشلت حتى الآن 137 جثة من تحت الأنقاض.',
'في المقابل، ذكرت خلية الإعلام الحربي في بيان أن فرق الدفاع المدني دخلت منزلاً في الحي "فجّره عناصر داعش بعد أن حشروا فيه عشرات المدنيين"، نافية أن يكون المنزل قد تعرض لأي ضربة جوية.',
'من جهته، قال ضابط برتبة مقدم في الشرطة الاتحادية لشفق نيوز، إن قطعاته علّقت هجماتها على المدينة القديمة منذ يوم الخميس، وإنها تتمركز على بعد نحو 800 متر من جامع النوري الكبير.',
'وأعربت منسقة الشؤون الإنسانية للأمم المتحدة في العراق ليز غراندي عن "صدمتها" من حجم الخسائر، فيما قدّرت المنظمة الدولية عدد المحاصرين في المدينة القديمة بنحو 400 ألف شخص.',
'وفي سياق متصل، ذكرت وزارة الهجرة والمهجرين أن عدد النازحين من الجانب الأيمن منذ انطلاق عملياته في التاسع عشر من شباط الماضي تجاوز 180 ألف شخص، يتوزعون على مخيمات حمام العليل والجدعة والخازر.',
'ميدانياً، أفاد مصدر في قيادة عمليات نينوى بأن قوات جهاز مكافحة الإرهاب استعادت، صباح اليوم، حي اليرموك غربي الموصل، بعد معارك استمرت يومين قُتل خلالها 23 عنصراً من "داعش".',
'وأضاف المصدر أن طائرات التحالف نفذت خلال الساعات الـ24 الماضية 14 غارة على مواقع التنظيم في حيي الزنجيلي والشفاء، في حين تقدر الاستخبارات العسكرية أعداد مسلحي "داعش" المتبقين في الجانب الأيمن بنحو ألفي مسلح.',
]
D = '2017-03-25'   # Saturday; web copy of its own day
PMF = 'OTHER:pmf'
ents = [
 ('L0:التحالف الدولي','ACTOR','COALITION'), ('L0:الموصل الجديدة','LOCATION','mosul-al-jadida'),
 ('L1:شفق نيوز','ORG','shafaq'), ('L1:التحالف الدولي','ACTOR','COALITION'), ('L1:الولايات المتحدة','ACTOR','US'),
 ('L1:حي الموصل الجديدة','LOCATION','mosul-al-jadida'), ('L1:الجانب الأيمن','LOCATION','mosul-right-bank'), ('L1:المدينة','LOCATION','mosul'),
 ('L1:القوات العراقية','ACTOR','IQ_GOV'), ('L1:عشرات الضحايا المدنيين','QUANTITY',None,([24, 99],True,'killed')),
 ('L2:التحالف','ACTOR','COALITION'), ('L2:داعش','ACTOR','ISIS'), ('L2:الموقع المذكور','LOCATION','mosul-al-jadida'),
 ('L3:نينوى','LOCATION','nineveh-governorate'), ('L3:شفق نيوز','ORG','shafaq'), ('L3:أكثر من 200 مدني','QUANTITY',None,(200,True,'killed')),
 ('L3:الحي','LOCATION','mosul-al-jadida'), ('L3:فرق الدفاع المدني','ORG','iraq-civil-defence'), ('L3:137 جثة','QUANTITY',None,(137,False,'killed')),
 ('L4:خلية الإعلام الحربي','ACTOR','IQ_GOV'), ('L4:فرق الدفاع المدني','ORG','iraq-civil-defence'), ('L4:الحي','LOCATION','mosul-al-jadida'),
 ('L4:داعش','ACTOR','ISIS'), ('L4:عشرات المدنيين','QUANTITY',None,([24, 99],True,'people')),
 ('L5:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L5:شفق نيوز','ORG','shafaq'), ('L5:المدينة القديمة','LOCATION','mosul-old-city'),
 ('L5:نحو 800 متر','QUANTITY',None,(800,True,'other')), ('L5:جامع النوري الكبير','LOCATION','al-nuri-mosque'),
 ('L6:لأمم المتحدة','ORG','un'), ('L6:العراق','LOCATION','iraq'), ('L6:ليز غراندي','PERSON','lise-grande'), ('L6:المنظمة الدولية','ORG','un'),
 ('L6:المدينة القديمة','LOCATION','mosul-old-city'), ('L6:نحو 400 ألف شخص','QUANTITY',None,(400000,True,'people')),
 ('L7:وزارة الهجرة والمهجرين','ORG','iraq-migration-ministry'), ('L7:الجانب الأيمن','LOCATION','mosul-right-bank'),
 ('L7:180 ألف شخص','QUANTITY',None,(180000,True,'people')), ('L7:مخيمات حمام العليل','LOCATION','hammam-al-alil-camp'),
 ('L7:الجدعة','LOCATION','jadaa-camp'), ('L7:الخازر','LOCATION','khazir-camp'),
 ('L8:قيادة عمليات نينوى','ACTOR','IQ_GOV'), ('L8:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L8:حي اليرموك','LOCATION','al-yarmouk-mosul'),
 ('L8:الموصل','LOCATION','mosul'), ('L8:يومين','QUANTITY',None,(2,False,'other')), ('L8:23 عنصراً','QUANTITY',None,(23,False,'killed')),
 ('L8:داعش','ACTOR','ISIS'),
 ('L9:طائرات','WEAPON','warplanes'), ('L9:التحالف','ACTOR','COALITION'), ('L9:14 غارة','QUANTITY',None,(14,False,'other')),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:حيي الزنجيلي','LOCATION','zanjili'), ('L9:الشفاء','LOCATION','al-shifa'),
 ('L9:الاستخبارات العسكرية','ACTOR','IQ_GOV'), ('L9:داعش','ACTOR','ISIS'), ('L9:الجانب الأيمن','LOCATION','mosul-right-bank'),
 ('L9:نحو ألفي مسلح','QUANTITY',None,(2000,True,'fighters')),
]
times = [
 ('L1:اليوم السبت', D, 'day'),
 ('L1:السابع عشر من آذار الجاري', '2017-03-17', 'day'),
 ('L5:منذ يوم الخميس', '2017-03-23/2017-03-25', 'day'),
 ('L7:التاسع عشر من شباط الماضي', '2017-02-19', 'day'),
 ('L8:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:خلال الساعات الـ24 الماضية', '2017-03-24/2017-03-25', 'day'),
]
T = 'L1:اليوم السبت'
S17 = 'L1:السابع عشر من آذار الجاري'
CO = 'التحالف الدولي'
CB = 'التحالف الدولي (بيان)'
LOC = 'مسؤولون محليون في نينوى (شفق نيوز)'
WMC = 'خلية الإعلام الحربي'
OFF = 'ضابط في الشرطة الاتحادية (شفق نيوز)'
SRC = 'مصدر في قيادة عمليات نينوى'
events = [
 dict(type='STATEMENT', trig='L1:أقرّ', time=T, actors=['COALITION'], attr=CO),                                                      # 1
 dict(type='ATTACK', trig='L1:غارة جوية', time=S17, actors=['COALITION'], targets=['ISIS'], loc='L1:حي الموصل الجديدة',
      qty=['L1:عشرات الضحايا المدنيين'], attr=CO),                                                                                    # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['COALITION'], attr=CB),                                                               # 3
 dict(type='ATTACK', trig='L2:استهدفت', time=S17, actors=['COALITION'], targets=['ISIS'], loc='L2:الموقع المذكور', attr=CB),            # 4
 dict(type='ATTACK', trig='L3:قُتلوا', time=S17, loc='L3:الحي', qty=['L3:أكثر من 200 مدني', 'L3:137 جثة'], attr=LOC),                  # 5
 dict(type='STATEMENT', trig='L4:بيان', actors=['IQ_GOV'], attr=WMC),                                                                # 6
 dict(type='ATTACK', trig='L4:فجّره', actors=['ISIS'], loc='L4:الحي', attr=WMC),                                                     # 7
 dict(type='ARREST', trig='L4:حشروا', actors=['ISIS'], loc='L4:الحي', qty=['L4:عشرات المدنيين'], attr=WMC),                            # 8
 dict(type='ATTACK', trig='L4:ضربة جوية', mod='denied', actors=['COALITION'], loc='L4:الحي', attr=WMC),                                # 9
 dict(type='MOVEMENT', trig='L5:تتمركز', actors=['IQ_GOV'], loc='L5:جامع النوري الكبير', qty=['L5:نحو 800 متر'], attr=OFF),             # 10
 dict(type='OPERATION', trig='L7:عملياته', time='L7:التاسع عشر من شباط الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الجانب الأيمن'),  # 11
 dict(type='CONTROL', trig='L8:استعادت', time='L8:صباح اليوم', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:حي اليرموك', attr=SRC),     # 12
 dict(type='ATTACK', trig='L8:معارك', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:حي اليرموك', qty=['L8:يومين'], attr=SRC),             # 13
 dict(type='ATTACK', trig='L8:قُتل', actors=['IQ_GOV'], targets=['ISIS'], qty=['L8:23 عنصراً'], attr=SRC),                              # 14
 dict(type='ATTACK', trig='L9:غارة', time='L9:خلال الساعات الـ24 الماضية', actors=['COALITION'], targets=['ISIS'], loc='L9:حيي الزنجيلي',
      weapons=['L9:طائرات'], qty=['L9:14 غارة'], attr=SRC),                                                                            # 15
]
H24 = ('2017-03-24/2017-03-25', 'day')
forces = [
 dict(actor='ISIS', loc=('حي الموصل الجديدة', 'mosul-al-jadida'), as_of=('2017-03-17', 'day'), status='attacked', source=CO, line=1, events=[2]),
 dict(actor='ISIS', assets='مقاتلين ومعدات', loc=('الموقع المذكور', 'mosul-al-jadida'), as_of=('2017-03-17', 'day'), status='attacked', source=CB,
      line=2, events=[4]),
 dict(actor='IQ_GOV', assets='قطعات الشرطة الاتحادية', loc=('جامع النوري الكبير', 'al-nuri-mosque'), as_of=(D, 'day'), status='present', source=OFF,
      line=5, events=[10]),
 dict(actor='IQ_GOV', assets='جهاز مكافحة الإرهاب', loc=('حي اليرموك', 'al-yarmouk-mosul'), as_of=(D, 'part-of-day'), status='controls', source=SRC,
      line=8, events=[12]),
 dict(actor='IQ_GOV', loc=('حي اليرموك', 'al-yarmouk-mosul'), as_of=(D, 'day'), status='present', source=SRC, line=8, events=[13]),
 dict(actor='ISIS', loc=('حي اليرموك', 'al-yarmouk-mosul'), as_of=(D, 'day'), status='present', source=SRC, line=8, events=[13]),
 dict(actor='ISIS', assets='مواقع التنظيم', loc=('حيي الزنجيلي', 'zanjili'), as_of=H24, status='attacked', source=SRC, line=9, events=[15]),
 dict(actor='ISIS', assets='مواقع التنظيم', loc=('الشفاء', 'al-shifa'), as_of=H24, status='attacked', source=SRC, line=9, events=[15]),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('الجانب الأيمن', 'mosul-right-bank'), as_of=(D, 'day'), status='present',
      source='الاستخبارات العسكرية', line=9, events=[]),
]
build('shafaq-mosul-jadida-strike', None, 'شفق نيوز', D, L, ents, times, events, forces)
