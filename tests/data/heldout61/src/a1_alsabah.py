from build import build
L = [
'الشرطة الاتحادية تحرر ناحية حمام العليل وتقترب من مطار الموصل',
'نينوى ـ الصباح: أعلن قائد عمليات "قادمون يا نينوى" الفريق الركن عبد الأمير رشيد يارالله، أمس الاثنين، تحرير ناحية حمام العليل جنوبي الموصل بالكامل من عصابات "داعش" الإرهابية، ورفع العلم العراقي فوق مبنى مديرية الناحية.',
'وذكر يارالله في بيان تلقته "الصباح"، أن قطعات الشرطة الاتحادية وقوات الرد السريع اقتحمت الناحية من ثلاثة محاور فجر الأحد، بعد أن أحكمت الطوق عليها من جهة نهر دجلة والطريق الرابط بين الموصل وبغداد.',
'وأضاف البيان أن "القطعات كبّدت العدو خسائر فادحة، إذ قُتل 47 إرهابياً ودُمرت خمس عجلات مفخخة"، فيما فرّ من تبقى من عناصر التنظيم شمالاً باتجاه قرية البوسيف ومطار الموصل.',
'من جهته، قال قائد الشرطة الاتحادية الفريق رائد شاكر جودت لـ"الصباح"، إن قواته عثرت في كلية الزراعة داخل الناحية على مقبرة جماعية تضم رفات نحو 100 مدني أعدمهم التنظيم، مبيناً أن فرق الجهد الهندسي باشرت رفع العبوات الناسفة من الشوارع والمباني الحكومية.',
'وأشار جودت إلى أن طيران الجيش وطائرات التحالف الدولي شنّت منذ مساء السبت الماضي 31 ضربة جوية على أوكار التنظيم في حمام العليل ومحيطها، مهّدت لتقدم القطعات.',
'في غضون ذلك، أفاد مصدر أمني في محافظة نينوى بأن نحو 1500 منتسب من الشرطة المحلية وصلوا مساء أمس إلى الناحية قادمين من قاعدة القيارة، لمسك الأرض وتأمين عودة الأهالي.',
'وذكرت وزارة الهجرة والمهجرين أن أكثر من 4 آلاف نازح من حمام العليل والقرى المحيطة بها وصلوا خلال اليومين الماضيين إلى مخيم الجدعة في القيارة.',
'ويأتي ذلك فيما تواصل قوات جهاز مكافحة الإرهاب معاركها في حيي الانتصار والسماح في الجانب الأيسر من الموصل، في حين أعلنت قيادة قوات البيشمركة، أمس، إحكام سيطرتها على أجزاء واسعة من ناحية بعشيقة.',
'وكانت عمليات "قادمون يا نينوى" قد انطلقت في السابع عشر من تشرين الأول الماضي بمشاركة نحو 30 ألف مقاتل من القوات الأمنية والبيشمركة، لاستعادة الموصل التي يسيطر عليها التنظيم منذ حزيران 2014.',
'ويرجح قادة ميدانيون أن تبدأ الشرطة الاتحادية خلال الأيام المقبلة التقدم نحو مطار الموصل من محور حمام العليل.',
]
D = '2016-11-08'   # Tuesday; print daily dated the day after, its "أمس" is Monday
MON = '2016-11-07'
PM = 'PESHMERGA'
ents = [
 ('L0:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L0:ناحية حمام العليل','LOCATION','hammam-al-alil'), ('L0:مطار الموصل','LOCATION','mosul-airport'),
 ('L1:نينوى#0','LOCATION','nineveh-governorate'), ('L1:الصباح','ORG','alsabah'), ('L1:عبد الأمير رشيد يارالله','PERSON','abdul-amir-yarallah'),
 ('L1:ناحية حمام العليل','LOCATION','hammam-al-alil'), ('L1:الموصل','LOCATION','mosul'), ('L1:عصابات "داعش" الإرهابية','ACTOR','ISIS'),
 ('L1:مبنى مديرية الناحية','LOCATION','hammam-al-alil-directorate'),
 ('L2:يارالله','PERSON','abdul-amir-yarallah'), ('L2:الصباح','ORG','alsabah'), ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L2:قوات الرد السريع','ACTOR','IQ_GOV'), ('L2:الناحية','LOCATION','hammam-al-alil'), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L2:نهر دجلة','LOCATION','tigris'), ('L2:الطريق','LOCATION','mosul-baghdad-road'), ('L2:الموصل','LOCATION','mosul'), ('L2:بغداد','LOCATION','baghdad'),
 ('L3:القطعات','ACTOR','IQ_GOV'), ('L3:العدو','ACTOR','ISIS'), ('L3:47 إرهابياً','QUANTITY',None,(47,False,'killed')),
 ('L3:خمس عجلات مفخخة','QUANTITY',None,(5,False,'vehicles')), ('L3:عجلات مفخخة','WEAPON','car-bombs'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:قرية البوسيف','LOCATION','albu-saif'), ('L3:مطار الموصل','LOCATION','mosul-airport'),
 ('L4:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L4:رائد شاكر جودت','PERSON','raed-shaker-jawdat'), ('L4:الصباح','ORG','alsabah'),
 ('L4:كلية الزراعة','LOCATION','hammam-al-alil-agriculture-college'), ('L4:الناحية','LOCATION','hammam-al-alil'),
 ('L4:نحو 100 مدني','QUANTITY',None,(100,True,'killed')), ('L4:التنظيم','ACTOR','ISIS'), ('L4:فرق الجهد الهندسي','ACTOR','IQ_GOV'),
 ('L4:العبوات الناسفة','WEAPON','ieds'), ('L4:الشوارع والمباني الحكومية','LOCATION','hammam-al-alil-streets'),
 ('L5:جودت','PERSON','raed-shaker-jawdat'), ('L5:طيران الجيش','ACTOR','IQ_GOV'), ('L5:طائرات','WEAPON','warplanes'),
 ('L5:التحالف الدولي','ACTOR','COALITION'), ('L5:31 ضربة جوية','QUANTITY',None,(31,False,'other')), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:حمام العليل','LOCATION','hammam-al-alil'), ('L5:القطعات','ACTOR','IQ_GOV'),
 ('L6:محافظة نينوى','LOCATION','nineveh-governorate'), ('L6:نحو 1500 منتسب','QUANTITY',None,(1500,True,'troops')),
 ('L6:الشرطة المحلية','ACTOR','IQ_GOV'), ('L6:الناحية','LOCATION','hammam-al-alil'), ('L6:قاعدة القيارة','LOCATION','qayyarah-airbase'),
 ('L7:وزارة الهجرة والمهجرين','ORG','iraq-migration-ministry'), ('L7:أكثر من 4 آلاف نازح','QUANTITY',None,(4000,True,'people')),
 ('L7:حمام العليل','LOCATION','hammam-al-alil'), ('L7:القرى المحيطة بها','LOCATION','hammam-al-alil-villages'),
 ('L7:مخيم الجدعة','LOCATION','jadaa-camp'), ('L7:القيارة','LOCATION','qayyarah'),
 ('L8:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L8:حيي الانتصار','LOCATION','intisar'), ('L8:السماح','LOCATION','samah'),
 ('L8:الجانب الأيسر','LOCATION','mosul-left-bank'), ('L8:الموصل','LOCATION','mosul'), ('L8:قيادة قوات البيشمركة','ACTOR',PM),
 ('L8:ناحية بعشيقة','LOCATION','bashiqa'),
 ('L9:نحو 30 ألف مقاتل','QUANTITY',None,(30000,True,'troops')), ('L9:القوات الأمنية','ACTOR','IQ_GOV'), ('L9:البيشمركة','ACTOR',PM),
 ('L9:الموصل','LOCATION','mosul'), ('L9:التنظيم','ACTOR','ISIS'),
 ('L10:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L10:مطار الموصل','LOCATION','mosul-airport'), ('L10:حمام العليل','LOCATION','hammam-al-alil'),
]
times = [
 ('L1:أمس الاثنين', MON, 'day'),
 ('L2:فجر الأحد', '2016-11-06', 'part-of-day', {'part': 'morning'}),
 ('L5:منذ مساء السبت الماضي', '2016-11-05/2016-11-08', 'day'),
 ('L6:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L7:خلال اليومين الماضيين', '2016-11-06/2016-11-08', 'day'),
 ('L8:أمس', MON, 'day'),
 ('L9:السابع عشر من تشرين الأول الماضي', '2016-10-17', 'day'),
 ('L9:منذ حزيران 2014', '2014-06/2016-11', 'month'),
 ('L10:خلال الأيام المقبلة', '2016-11-08/', 'vague', {'relation': 'after'}),
]
T = 'L1:أمس الاثنين'
DAWN = 'L2:فجر الأحد'
SINCE = 'L5:منذ مساء السبت الماضي'
Y = 'عبد الأمير رشيد يارالله'
YB = 'يارالله (بيان)'
J = 'رائد شاكر جودت (الصباح)'
SRC = 'مصدر أمني في محافظة نينوى'
PGC = 'قيادة قوات البيشمركة'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['IQ_GOV'], attr=Y),                                                          # 1
 dict(type='CONTROL', trig='L1:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L1:ناحية حمام العليل', attr=Y),              # 2
 dict(type='STATEMENT', trig='L2:بيان', time=T, actors=['IQ_GOV'], attr=YB),                                                         # 3
 dict(type='ATTACK', trig='L2:اقتحمت', time=DAWN, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:الناحية', qty=['L2:ثلاثة محاور'], attr=YB),  # 4
 dict(type='OPERATION', trig='L2:أحكمت الطوق', actors=['IQ_GOV'], targets=['ISIS'], loc='L2:الناحية', attr=YB),                      # 5
 dict(type='ATTACK', trig='L3:قُتل', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L3:47 إرهابياً'], attr=YB),                   # 6
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=T, actors=['ISIS'], attr=YB),                                                            # 7
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=J),                                                                   # 8
 dict(type='ATTACK', trig='L4:أعدمهم', actors=['ISIS'], loc='L4:الناحية', qty=['L4:نحو 100 مدني'], attr=J),                           # 9
 dict(type='OPERATION', trig='L4:رفع', actors=['IQ_GOV'], loc='L4:الشوارع والمباني الحكومية', attr=J),                                 # 10
 dict(type='ATTACK', trig='L5:ضربة جوية', time=SINCE, actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], loc='L5:حمام العليل',
      weapons=['L5:طائرات'], qty=['L5:31 ضربة جوية'], attr=J),                                                                        # 11
 dict(type='MOVEMENT', trig='L5:تقدم', actors=['IQ_GOV'], attr=J),                                                                   # 12
 dict(type='MOVEMENT', trig='L6:وصلوا', time='L6:مساء أمس', actors=['IQ_GOV'], loc='L6:الناحية', qty=['L6:نحو 1500 منتسب'], attr=SRC),  # 13
 dict(type='ATTACK', trig='L8:معاركها', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:حيي الانتصار'),                                  # 14
 dict(type='STATEMENT', trig='L8:أعلنت', time='L8:أمس', actors=[PM], attr=PGC),                                                      # 15
 dict(type='CONTROL', trig='L8:إحكام سيطرتها', time='L8:أمس', actors=[PM], targets=['ISIS'], loc='L8:ناحية بعشيقة', attr=PGC),         # 16
 dict(type='OPERATION', trig='L9:عمليات', time='L9:السابع عشر من تشرين الأول الماضي', actors=['IQ_GOV', PM], targets=['ISIS'],
      loc='L9:الموصل', qty=['L9:نحو 30 ألف مقاتل']),                                                                                 # 17
 dict(type='CONTROL', trig='L9:يسيطر', time='L9:منذ حزيران 2014', actors=['ISIS'], loc='L9:الموصل'),                                  # 18
 dict(type='MOVEMENT', trig='L10:التقدم', mod='planned', time='L10:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L10:مطار الموصل',
      attr='قادة ميدانيون'),                                                                                                          # 19
]
TD = (MON, 'day')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية حمام العليل', 'hammam-al-alil'), as_of=TD, status='controls', source=Y, line=1, events=[2]),
 dict(actor='IQ_GOV', assets='قطعات الشرطة الاتحادية وقوات الرد السريع', loc=('الناحية', 'hammam-al-alil'), as_of=('2016-11-06', 'part-of-day'),
      status='present', source=YB, line=2, events=[4]),
 dict(actor='ISIS', loc=('الناحية', 'hammam-al-alil'), as_of=('2016-11-06', 'part-of-day'), status='present', source=YB, line=2, events=[4]),
 dict(actor='ISIS', assets='أوكار التنظيم', loc=('حمام العليل', 'hammam-al-alil'), as_of=('2016-11-05/2016-11-08', 'day'), status='attacked',
      source=J, line=5, events=[11]),
 dict(actor='IQ_GOV', strength=(1500, True, 'troops'), assets='الشرطة المحلية', loc=('الناحية', 'hammam-al-alil'), as_of=(MON, 'part-of-day'),
      status='arrived', source=SRC, line=6, events=[13]),
 dict(actor='IQ_GOV', assets='جهاز مكافحة الإرهاب', loc=('حيي الانتصار', 'intisar'), as_of=(D, 'day'), status='present', line=8, events=[14]),
 dict(actor='IQ_GOV', assets='جهاز مكافحة الإرهاب', loc=('السماح', 'samah'), as_of=(D, 'day'), status='present', line=8, events=[14]),
 dict(actor='ISIS', loc=('حيي الانتصار', 'intisar'), as_of=(D, 'day'), status='present', line=8, events=[14]),
 dict(actor='ISIS', loc=('السماح', 'samah'), as_of=(D, 'day'), status='present', line=8, events=[14]),
 dict(actor=PM, loc=('ناحية بعشيقة', 'bashiqa'), as_of=TD, status='controls', source=PGC, line=8, events=[16]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=('2014-06/2016-11', 'month'), status='controls', line=9, events=[18]),
 dict(actor='IQ_GOV', assets='الشرطة الاتحادية', loc=('مطار الموصل', 'mosul-airport'), as_of=('2016-11-08/', 'vague'), status='planned',
      source='قادة ميدانيون', line=10, events=[19]),
]
build('alsabah-hammam-al-alil', None, 'الصباح', D, L, ents, times, events, forces)
