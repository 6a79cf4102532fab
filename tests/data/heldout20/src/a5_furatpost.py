from build import build
L = [
'ميليشيات الأسد تدخل الميادين بعد انسحاب «داعش».. وقصف روسي يقتل مدنيين في العشارة',
'فرات بوست – خاص: دخلت ميليشيات الأسد مدعومة بالميليشيات الإيرانية وغطاء جوي روسي، مساء أمس السبت، مدينة الميادين في ريف دير الزور الشرقي، بعد انسحاب عناصر تنظيم «داعش» منها باتجاه البوكمال، عقب أسبوع من المعارك في محيطها.',
'وقال مراسل فرات بوست إن الميليشيات تقدمت من جهة قلعة الرحبة غرب المدينة ومن محور البادية جنوباً، بينما زرع عناصر التنظيم عشرات العبوات الناسفة في الشوارع والمباني الحكومية.',
'وأعلنت القيادة العامة لجيش النظام في بيان بثه التلفزيون الرسمي «إعادة الأمن والاستقرار» إلى مدينة الميادين بعد «القضاء على أعداد كبيرة من الإرهابيين»، مشيرة إلى أن وحدات الهندسة بدأت بتفكيك الألغام والعبوات.',
'من جهتها، قالت وزارة الدفاع الروسية إن الطائرات الروسية نفذت خلال الـ24 ساعة الماضية 42 طلعة جوية دمرت خلالها 120 هدفاً للتنظيم في محيط الميادين وبلدة العشارة، مؤكدة أن مستشارين عسكريين روساً يرافقون القوات السورية على الأرض.',
'في المقابل، وثق ناشطون مقتل 17 مدنياً بينهم ستة أطفال في غارات روسية استهدفت الأحياء السكنية في بلدة العشارة خلال اليومين الماضيين، فيما نزح آلاف الأهالي نحو بلدات الضفة الشرقية للفرات الخاضعة لسيطرة «قسد».',
'في غضون ذلك، تواصلت الاشتباكات بين الميليشيات وعناصر التنظيم في حيي الحميدية والعرضي بمدينة دير الزور، حيث لا يزال التنظيم يسيطر منذ عام 2014 على نحو 40 بالمئة من أحياء المدينة.',
'وعلى الضفة الأخرى، قالت «قوات سوريا الديمقراطية» إن مقاتليها سيطروا على قريتي الصبحة وجديد بكارة ضمن حملة «عاصفة الجزيرة»، وباتوا على بعد نحو 10 كيلومترات من حقل العمر النفطي.',
'وأكدت مصادر محلية لفرات بوست وصول نحو 300 عنصر من ميليشيا «لواء فاطميون» الأفغانية إلى مطار دير الزور العسكري خلال الأيام الماضية، تمهيداً لزجهم في معارك البوكمال.',
]
D = '2017-10-15'   # Sunday; local news site, copy of its day
SAT = '2017-10-14'
IBM = 'OTHER:iran-backed-militias'
FAT = 'OTHER:fatemiyoun'
ents = [
 ('L0:ميليشيات الأسد','ACTOR','SY_GOV'), ('L0:الميادين','LOCATION','mayadin'), ('L0:داعش','ACTOR','ISIS'), ('L0:العشارة','LOCATION','al-ashara'),
 ('L1:فرات بوست','ORG','furat-post'), ('L1:ميليشيات الأسد','ACTOR','SY_GOV'), ('L1:الميليشيات الإيرانية','ACTOR',IBM), ('L1:مدينة الميادين','LOCATION','mayadin'),
 ('L1:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L1:تنظيم «داعش»','ACTOR','ISIS'), ('L1:البوكمال','LOCATION','albu-kamal'),
 ('L2:فرات بوست','ORG','furat-post'), ('L2:الميليشيات','ACTOR','SY_GOV'), ('L2:قلعة الرحبة','LOCATION','rahba-castle'), ('L2:المدينة','LOCATION','mayadin'),
 ('L2:البادية','LOCATION','badia'), ('L2:التنظيم','ACTOR','ISIS'), ('L2:عشرات العبوات الناسفة','QUANTITY',None,([24,99],True,'other')),
 ('L2:العبوات الناسفة','WEAPON','ieds'),
 ('L3:القيادة العامة لجيش النظام','ACTOR','SY_GOV'), ('L3:التلفزيون الرسمي','ORG','syrian-state-tv'), ('L3:مدينة الميادين','LOCATION','mayadin'),
 ('L3:الإرهابيين','ACTOR','ISIS'), ('L3:الألغام','WEAPON','mines'), ('L3:العبوات','WEAPON','ieds'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:الطائرات الروسية','WEAPON','warplanes'), ('L4:42 طلعة جوية','QUANTITY',None,(42,False,'other')),
 ('L4:120 هدفاً','QUANTITY',None,(120,False,'other')), ('L4:لتنظيم','ACTOR','ISIS'), ('L4:الميادين','LOCATION','mayadin'), ('L4:بلدة العشارة','LOCATION','al-ashara'),
 ('L4:مستشارين عسكريين روساً','ACTOR','RU'), ('L4:القوات السورية','ACTOR','SY_GOV'),
 ('L5:17 مدنياً','QUANTITY',None,(17,False,'killed')), ('L5:ستة أطفال','QUANTITY',None,(6,False,'killed')), ('L5:بلدة العشارة','LOCATION','al-ashara'),
 ('L5:آلاف الأهالي','QUANTITY',None,([1000,9999],True,'people')), ('L5:الضفة الشرقية للفرات','LOCATION','euphrates-east-bank'), ('L5:قسد','ACTOR','SDF'),
 ('L6:الميليشيات','ACTOR','SY_GOV'), ('L6:التنظيم#0','ACTOR','ISIS'), ('L6:حيي الحميدية','LOCATION','al-hamidiyah'), ('L6:العرضي','LOCATION','al-ardi'),
 ('L6:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L6:التنظيم#1','ACTOR','ISIS'), ('L6:نحو 40 بالمئة','QUANTITY',None,(40,True,'other')),
 ('L6:المدينة','LOCATION','deir-ez-zor'),
 ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:قريتي الصبحة','LOCATION','al-subha'), ('L7:جديد بكارة','LOCATION','jadid-bakara'),
 ('L7:نحو 10 كيلومترات','QUANTITY',None,(10,True,'km')), ('L7:حقل العمر النفطي','LOCATION','al-omar-oilfield'),
 ('L8:فرات بوست','ORG','furat-post'), ('L8:نحو 300 عنصر','QUANTITY',None,(300,True,'fighters')), ('L8:لواء فاطميون','ACTOR',FAT),
 ('L8:مطار دير الزور العسكري','LOCATION','deir-ez-zor-airport'), ('L8:البوكمال','LOCATION','albu-kamal'),
]
times = [
 ('L1:مساء أمس السبت', SAT, 'part-of-day', {'part': 'evening'}),
 ('L4:خلال الـ24 ساعة الماضية', SAT + '/' + D, 'day'),
 ('L5:خلال اليومين الماضيين', '2017-10-13/' + D, 'day'),
 ('L6:منذ عام 2014', '2014/2017', 'year'),
 ('L8:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
T = 'L1:مساء أمس السبت'
COR = 'مراسل فرات بوست'
GC = 'القيادة العامة لجيش النظام'
RMOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='MOVEMENT', trig='L1:دخلت', time=T, actors=['SY_GOV', IBM], loc='L1:مدينة الميادين'),                                   # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=T, actors=['ISIS'], loc='L1:مدينة الميادين'),                                     # 2
 dict(type='ATTACK', trig='L1:المعارك', actors=['SY_GOV', IBM, 'ISIS']),                                                         # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', time=T, actors=['SY_GOV'], loc='L2:قلعة الرحبة', attr=COR),                                 # 4
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['SY_GOV'], attr=GC),                                                             # 5
 dict(type='CONTROL', trig='L3:إعادة الأمن', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L3:مدينة الميادين', attr=GC),          # 6
 dict(type='ATTACK', trig='L3:القضاء', actors=['SY_GOV'], targets=['ISIS'], attr=GC),                                              # 7
 dict(type='OPERATION', trig='L3:تفكيك', actors=['SY_GOV'], attr=GC),                                                             # 8
 dict(type='STATEMENT', trig='L4:قالت', actors=['RU'], attr=RMOD),                                                                # 9
 dict(type='ATTACK', trig='L4:دمرت', time='L4:خلال الـ24 ساعة الماضية', actors=['RU'], targets=['ISIS'], loc='L4:الميادين',
      weapons=['L4:الطائرات الروسية'], qty=['L4:42 طلعة جوية', 'L4:120 هدفاً'], attr=RMOD),                                      # 10
 dict(type='MOVEMENT', trig='L4:يرافقون', actors=['RU'], attr=RMOD),                                                              # 11
 dict(type='ATTACK', trig='L5:غارات', time='L5:خلال اليومين الماضيين', actors=['RU'], loc='L5:بلدة العشارة', qty=['L5:17 مدنياً', 'L5:ستة أطفال'],
      attr='ناشطون'),                                                                                                            # 12
 dict(type='CONTROL', trig='L5:سيطرة', actors=['SDF'], loc='L5:الضفة الشرقية للفرات'),                                              # 13
 dict(type='ATTACK', trig='L6:الاشتباكات', actors=['SY_GOV', 'ISIS'], loc='L6:حيي الحميدية'),                                        # 14
 dict(type='CONTROL', trig='L6:يسيطر', time='L6:منذ عام 2014', actors=['ISIS'], loc='L6:المدينة', qty=['L6:نحو 40 بالمئة']),            # 15
 dict(type='STATEMENT', trig='L7:قالت', actors=['SDF'], attr='قوات سوريا الديمقراطية'),                                              # 16
 dict(type='CONTROL', trig='L7:سيطروا', actors=['SDF'], targets=['ISIS'], loc='L7:قريتي الصبحة', attr='قوات سوريا الديمقراطية'),        # 17
 dict(type='OPERATION', trig='L7:حملة', actors=['SDF'], attr='قوات سوريا الديمقراطية'),                                              # 18
 dict(type='MOVEMENT', trig='L8:وصول', time='L8:خلال الأيام الماضية', actors=[FAT], loc='L8:مطار دير الزور العسكري', qty=['L8:نحو 300 عنصر'],
      attr='مصادر محلية'),                                                                                                       # 19
]
SD = (SAT, 'part-of-day')
TD = (D, 'day')
H24 = (SAT + '/' + D, 'day')
SDFS = 'قوات سوريا الديمقراطية'
forces = [
 dict(actor='SY_GOV', loc=('مدينة الميادين', 'mayadin'), as_of=SD, status='arrived', line=1, events=[1]),
 dict(actor=IBM, loc=('مدينة الميادين', 'mayadin'), as_of=SD, status='arrived', line=1, events=[1]),
 dict(actor='ISIS', loc=('مدينة الميادين', 'mayadin'), as_of=SD, status='withdrawn', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة الميادين', 'mayadin'), as_of=SD, status='controls', source=GC, line=3, events=[6]),
 dict(actor='ISIS', loc=('الميادين', 'mayadin'), as_of=H24, status='attacked', source=RMOD, line=4, events=[10]),
 dict(actor='ISIS', loc=('بلدة العشارة', 'al-ashara'), as_of=H24, status='attacked', source=RMOD, line=4, events=[10]),
 dict(actor='SDF', loc=('الضفة الشرقية للفرات', 'euphrates-east-bank'), as_of=TD, status='controls', line=5, events=[13]),
 dict(actor='SY_GOV', loc=('حيي الحميدية', 'al-hamidiyah'), as_of=TD, status='present', line=6, events=[14]),
 dict(actor='ISIS', loc=('حيي الحميدية', 'al-hamidiyah'), as_of=TD, status='present', line=6, events=[14]),
 dict(actor='SY_GOV', loc=('العرضي', 'al-ardi'), as_of=TD, status='present', line=6, events=[14]),
 dict(actor='ISIS', loc=('العرضي', 'al-ardi'), as_of=TD, status='present', line=6, events=[14]),
 dict(actor='ISIS', loc=('المدينة', 'deir-ez-zor'), as_of=('2014/2017', 'year'), status='controls', line=6, events=[15]),
 dict(actor='SDF', loc=('قريتي الصبحة', 'al-subha'), as_of=TD, status='controls', source=SDFS, line=7, events=[17]),
 dict(actor='SDF', loc=('جديد بكارة', 'jadid-bakara'), as_of=TD, status='controls', source=SDFS, line=7, events=[17]),
 dict(actor=FAT, strength=(300, True, 'fighters'), loc=('مطار دير الزور العسكري', 'deir-ez-zor-airport'), as_of=(None, 'vague'), status='arrived',
      source='مصادر محلية', line=8, events=[19]),
]
build('furatpost-mayadin', None, 'فرات بوست', D, L, ents, times, events, forces)
