from build import build
L = [
'البيشمركة تعتقل أكثر من ١٠٠ مسلح من داعش فرّوا من العياضية',
'أربيل (رووداو) - اعتقلت قوات البيشمركة، منذ ليلة أمس، أكثر من ١٠٠ مسلح من داعش حاولوا التسلل عبر خطوطها شمال ناحية العياضية، بعد تقدم القوات العراقية نحو آخر معاقل التنظيم في قضاء تلعفر.',
'وقال قائد محور زمار في البيشمركة العميد دلشاد مولود لرووداو، إن المسلحين "سلّموا أنفسهم على دفعات" قرب حقل عين زالة جنوب ناحية زمار، بينهم أجانب، وجرى نقلهم إلى مراكز تحقيق تابعة للأسايش في دهوك.',
'وأضاف مولود أن مقاتلي البيشمركة اشتبكوا فجر اليوم مع مجموعة من نحو ٢٠ مسلحاً رفضت الاستسلام على الطريق بين العياضية وزمار، ما أسفر عن مقتل ثمانية منهم وإصابة اثنين من البيشمركة.',
'من جهته، أعلن قائد عمليات "قادمون يا تلعفر" الفريق الركن عبد الأمير رشيد يارالله، اليوم الخميس، تحرير ناحية العياضية بالكامل، بعد أربعة أيام من المعارك شاركت فيها قطعات الجيش والشرطة الاتحادية والحشد الشعبي.',
'وقال رئيس الوزراء العراقي حيدر العبادي في بيان إن "محافظة نينوى باتت محررة بالكامل"، متوعداً بملاحقة فلول التنظيم في الحويجة وغرب الأنبار.',
'وكانت القوات العراقية قد أطلقت عملية استعادة تلعفر في العشرين من آب الجاري بإسناد جوي من التحالف الدولي، واستعادت مركز القضاء وقلعته يوم الأحد الماضي.',
'بدوره، قال المتحدث باسم وزارة البيشمركة هلكورد حكمت لرووداو إن الوزارة "لن تسلم المعتقلين إلى بغداد قبل استكمال التحقيق معهم"، مشيراً إلى أن البيشمركة تنشر نحو ٥ آلاف مقاتل على خط التماس الممتد من سد الموصل إلى ربيعة.',
'في غضون ذلك، أكد مسؤول في البيشمركة أن فصائل من الحشد الشعبي تقدمت إلى مسافة ٣ كيلومترات من مواقع البيشمركة قرب زمار، مطالباً بغداد بـ"ضبط تحركاتها" تجنباً لأي احتكاك.',
'ويقول مسؤولون كورد إن نحو ٤٠٠ مسلح من داعش فرّوا من تلعفر والعياضية خلال الأيام العشرة الماضية، توجه أغلبهم نحو الحدود السورية وصحراء البعاج.',
]
D = '2017-08-31'   # Thursday; web copy of its own day
PM = 'PESHMERGA'
PMF = 'OTHER:pmf'
ASY = 'OTHER:asayish'
ents = [
 ('L0:البيشمركة','ACTOR',PM), ('L0:أكثر من ١٠٠ مسلح','QUANTITY',None,(100,True,'arrested')), ('L0:داعش','ACTOR','ISIS'),
 ('L0:العياضية','LOCATION','al-ayadiya'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:رووداو','ORG','rudaw'), ('L1:قوات البيشمركة','ACTOR',PM),
 ('L1:أكثر من ١٠٠ مسلح','QUANTITY',None,(100,True,'arrested')), ('L1:داعش','ACTOR','ISIS'), ('L1:ناحية العياضية','LOCATION','al-ayadiya'),
 ('L1:القوات العراقية','ACTOR','IQ_GOV'), ('L1:آخر معاقل التنظيم','LOCATION','tal-afar-last-strongholds'), ('L1:التنظيم','ACTOR','ISIS'),
 ('L1:قضاء تلعفر','LOCATION','tal-afar'),
 ('L2:زمار#0','LOCATION','zummar'), ('L2:البيشمركة','ACTOR',PM), ('L2:دلشاد مولود','PERSON','dilshad-mawlood'), ('L2:رووداو','ORG','rudaw'),
 ('L2:حقل عين زالة','LOCATION','ain-zalah-oilfield'), ('L2:ناحية زمار','LOCATION','zummar'), ('L2:لأسايش','ACTOR',ASY), ('L2:دهوك','LOCATION','duhok'),
 ('L3:مولود','PERSON','dilshad-mawlood'), ('L3:البيشمركة#0','ACTOR',PM), ('L3:نحو ٢٠ مسلحاً','QUANTITY',None,(20,True,'fighters')),
 ('L3:الطريق','LOCATION','ayadiya-zummar-road'), ('L3:العياضية','LOCATION','al-ayadiya'), ('L3:زمار','LOCATION','zummar'),
 ('L3:ثمانية','QUANTITY',None,(8,False,'killed')), ('L3:اثنين','QUANTITY',None,(2,False,'wounded')), ('L3:البيشمركة#1','ACTOR',PM),
 ('L4:عبد الأمير رشيد يارالله','PERSON','abdul-amir-yarallah'), ('L4:ناحية العياضية','LOCATION','al-ayadiya'),
 ('L4:أربعة أيام','QUANTITY',None,(4,False,'other')), ('L4:الجيش','ACTOR','IQ_GOV'), ('L4:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L4:الحشد الشعبي','ACTOR',PMF),
 ('L5:حيدر العبادي','PERSON','haider-al-abadi'), ('L5:محافظة نينوى','LOCATION','nineveh-governorate'), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:الحويجة','LOCATION','hawija'), ('L5:غرب الأنبار','LOCATION','west-anbar'),
 ('L6:القوات العراقية','ACTOR','IQ_GOV'), ('L6:تلعفر','LOCATION','tal-afar'), ('L6:التحالف الدولي','ACTOR','COALITION'),
 ('L6:مركز القضاء','LOCATION','tal-afar'), ('L6:قلعته','LOCATION','tal-afar-citadel'),
 ('L7:وزارة البيشمركة','ACTOR',PM), ('L7:هلكورد حكمت','PERSON','halgurd-hikmat'), ('L7:رووداو','ORG','rudaw'), ('L7:الوزارة','ACTOR',PM),
 ('L7:بغداد','ACTOR','IQ_GOV'), ('L7:البيشمركة#1','ACTOR',PM), ('L7:نحو ٥ آلاف مقاتل','QUANTITY',None,(5000,True,'fighters')),
 ('L7:خط التماس','LOCATION','peshmerga-frontline-nineveh'), ('L7:سد الموصل','LOCATION','mosul-dam'), ('L7:ربيعة','LOCATION','rabia'),
 ('L8:البيشمركة#0','ACTOR',PM), ('L8:الحشد الشعبي','ACTOR',PMF), ('L8:٣ كيلومترات','QUANTITY',None,(3,False,'km')),
 ('L8:البيشمركة#1','ACTOR',PM), ('L8:زمار','LOCATION','zummar'), ('L8:بغداد','ACTOR','IQ_GOV'),
 ('L9:نحو ٤٠٠ مسلح','QUANTITY',None,(400,True,'fighters')), ('L9:داعش','ACTOR','ISIS'), ('L9:تلعفر','LOCATION','tal-afar'),
 ('L9:العياضية','LOCATION','al-ayadiya'), ('L9:الحدود السورية','LOCATION','syria-iraq-border'), ('L9:صحراء البعاج','LOCATION','baaj-desert'),
]
times = [
 ('L1:منذ ليلة أمس', '2017-08-30/2017-08-31', 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:اليوم الخميس', D, 'day'),
 ('L6:العشرين من آب الجاري', '2017-08-20', 'day'),
 ('L6:يوم الأحد الماضي', '2017-08-27', 'day'),
 ('L9:خلال الأيام العشرة الماضية', '2017-08-21/2017-08-31', 'day'),
]
S = 'L1:منذ ليلة أمس'
T = 'L4:اليوم الخميس'
DM = 'دلشاد مولود'
Y = 'عبد الأمير رشيد يارالله'
A = 'حيدر العبادي (بيان)'
HH = 'هلكورد حكمت (رووداو)'
PO = 'مسؤول في البيشمركة'
KO = 'مسؤولون كورد'
events = [
 dict(type='ARREST', trig='L1:اعتقلت', time=S, actors=[PM], targets=['ISIS'], loc='L1:ناحية العياضية', qty=['L1:أكثر من ١٠٠ مسلح']),   # 1
 dict(type='MOVEMENT', trig='L1:التسلل', time=S, actors=['ISIS'], loc='L1:ناحية العياضية'),                                            # 2
 dict(type='MOVEMENT', trig='L1:تقدم', actors=['IQ_GOV'], loc='L1:قضاء تلعفر'),                                                      # 3
 dict(type='STATEMENT', trig='L2:قال', actors=[PM], attr=DM),                                                                        # 4
 dict(type='ARREST', trig='L2:سلّموا أنفسهم', time=S, actors=[PM], targets=['ISIS'], loc='L2:حقل عين زالة', attr=DM),                   # 5
 dict(type='ATTACK', trig='L3:اشتبكوا', time='L3:فجر اليوم', actors=[PM, 'ISIS'], loc='L3:الطريق', qty=['L3:نحو ٢٠ مسلحاً'], attr=DM),  # 6
 dict(type='ATTACK', trig='L3:مقتل', time='L3:فجر اليوم', actors=[PM], targets=['ISIS'], qty=['L3:ثمانية'], attr=DM),                 # 7
 dict(type='STATEMENT', trig='L4:أعلن', time=T, actors=['IQ_GOV'], attr=Y),                                                          # 8
 dict(type='CONTROL', trig='L4:تحرير', time=T, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L4:ناحية العياضية', attr=Y),             # 9
 dict(type='ATTACK', trig='L4:المعارك', actors=['IQ_GOV', PMF], targets=['ISIS'], qty=['L4:أربعة أيام'], attr=Y),                      # 10
 dict(type='STATEMENT', trig='L5:قال', actors=['IQ_GOV'], attr=A),                                                                   # 11
 dict(type='CONTROL', trig='L5:محررة', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:محافظة نينوى', attr=A),                            # 12
 dict(type='OPERATION', trig='L5:بملاحقة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:الحويجة', attr=A),             # 13
 dict(type='OPERATION', trig='L6:عملية', time='L6:العشرين من آب الجاري', actors=['IQ_GOV'], targets=['ISIS'], loc='L6:تلعفر'),        # 14
 dict(type='ATTACK', trig='L6:بإسناد جوي', time='L6:العشرين من آب الجاري', actors=['COALITION'], targets=['ISIS'], loc='L6:تلعفر'),   # 15
 dict(type='CONTROL', trig='L6:استعادت', time='L6:يوم الأحد الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L6:مركز القضاء'),      # 16
 dict(type='STATEMENT', trig='L7:قال', actors=[PM], attr=HH),                                                                        # 17
 dict(type='MOVEMENT', trig='L7:تنشر', actors=[PM], loc='L7:خط التماس', qty=['L7:نحو ٥ آلاف مقاتل'], attr=HH),                         # 18
 dict(type='MOVEMENT', trig='L8:تقدمت', actors=[PMF], loc='L8:زمار', qty=['L8:٣ كيلومترات'], attr=PO),                                # 19
 dict(type='WITHDRAWAL', trig='L9:فرّوا', time='L9:خلال الأيام العشرة الماضية', actors=['ISIS'], loc='L9:تلعفر', qty=['L9:نحو ٤٠٠ مسلح'],
      attr=KO),                                                                                                                      # 20
]
TD = (D, 'day')
forces = [
 dict(actor=PM, loc=('حقل عين زالة', 'ain-zalah-oilfield'), as_of=TD, status='present', source=DM, line=2, events=[5]),
 dict(actor=PM, loc=('الطريق', 'ayadiya-zummar-road'), as_of=(D, 'part-of-day'), status='present', source=DM, line=3, events=[6]),
 dict(actor='ISIS', strength=(20, True, 'fighters'), loc=('الطريق', 'ayadiya-zummar-road'), as_of=(D, 'part-of-day'), status='present', source=DM,
      line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('ناحية العياضية', 'al-ayadiya'), as_of=TD, status='controls', source=Y, line=4, events=[9]),
 dict(actor=PMF, loc=('ناحية العياضية', 'al-ayadiya'), as_of=TD, status='controls', source=Y, line=4, events=[9]),
 dict(actor='IQ_GOV', loc=('محافظة نينوى', 'nineveh-governorate'), as_of=TD, status='controls', source=A, line=5, events=[12]),
 dict(actor='ISIS', loc=('الحويجة', 'hawija'), as_of=TD, status='present', source=A, line=5, events=[13]),
 dict(actor='ISIS', loc=('غرب الأنبار', 'west-anbar'), as_of=TD, status='present', source=A, line=5, events=[13]),
 dict(actor='IQ_GOV', loc=('مركز القضاء', 'tal-afar'), as_of=('2017-08-27', 'day'), status='controls', line=6, events=[16]),
 dict(actor='IQ_GOV', loc=('قلعته', 'tal-afar-citadel'), as_of=('2017-08-27', 'day'), status='controls', line=6, events=[16]),
 dict(actor=PM, strength=(5000, True, 'fighters'), loc=('خط التماس', 'peshmerga-frontline-nineveh'), as_of=TD, status='present', source=HH,
      line=7, events=[18]),
 dict(actor=PMF, loc=('زمار', 'zummar'), as_of=TD, status='arrived', source=PO, line=8, events=[19]),
 dict(actor='ISIS', strength=(400, True, 'fighters'), loc=('تلعفر', 'tal-afar'), as_of=('2017-08-21/2017-08-31', 'day'), status='withdrawn',
      source=KO, line=9, events=[20]),
 dict(actor='ISIS', strength=(400, True, 'fighters'), loc=('العياضية', 'al-ayadiya'), as_of=('2017-08-21/2017-08-31', 'day'), status='withdrawn',
      source=KO, line=9, events=[20]),
]
build('rudaw-ayadiya-isis-surrender', None, 'رووداو', D, L, ents, times, events, forces)
