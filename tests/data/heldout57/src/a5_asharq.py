from build import build
L = [
'«داعش» يسيطر على الرمادي بعد انسحاب القوات العراقية.. والعبادي يستنجد بـ«الحشد الشعبي»',
'بغداد: «الشرق الأوسط»',
'سيطر تنظيم «داعش»، أمس، على مدينة الرمادي مركز محافظة الأنبار، بعد انسحاب القوات الأمنية العراقية من مقر قيادة عمليات الأنبار في منطقة الملعب، إثر هجمات متواصلة شنها التنظيم منذ الخميس الماضي.',
'وقال مسؤول محلي في الأنبار لـ«الشرق الأوسط» إن مسلحي التنظيم فجروا نحو عشر سيارات مفخخة يقود معظمها انتحاريون عند مداخل المدينة ومجمع الحكومة المحلية، مستغلين عاصفة ترابية حدت من قدرة طائرات التحالف على التدخل.',
'وأضاف المسؤول أن «القوات انسحبت من المدينة باتجاه قاعدة الحبانية وتركت خلفها عشرات العجلات العسكرية والأسلحة»، مشيراً إلى أن التنظيم أعدم ما لا يقل عن 500 شخص خلال اليومين الماضيين.',
'وقال الشيخ رافع الفهداوي، أحد شيوخ عشائر البوفهد، لـ«الشرق الأوسط» إن مقاتلي العشائر «صمدوا 18 شهراً في الرمادي من دون دعم حقيقي»، مطالباً الحكومة بتسليحهم «قبل أن يصل التنظيم إلى الحبانية والخالدية».',
'في غضون ذلك، أمر رئيس الوزراء حيدر العبادي قوات «الحشد الشعبي» بالاستعداد لدخول الأنبار، وذلك بعد ساعات من تصويت مجلس محافظة الأنبار على طلب مساندة الحشد للقوات الأمنية.',
'وأفاد مصدر أمني عراقي بأن نحو ثلاثة آلاف مقاتل من فصائل الحشد، بينها «منظمة بدر» و«كتائب حزب الله»، وصلوا مساء أمس إلى قاعدة الحبانية شرق الرمادي، استعداداً لهجوم مضاد على المدينة.',
'من جهتها، وصفت وزارة الدفاع الأميركية (البنتاغون) سقوط الرمادي بأنه «انتكاسة»، مؤكدة أن طائرات التحالف الدولي نفذت سبع غارات على مواقع التنظيم في محيط المدينة خلال الساعات الـ24 الماضية، وأن التحالف «سيواصل دعم القوات العراقية».',
'ويعد سقوط الرمادي أكبر انتكاسة تُمنى بها القوات العراقية منذ سيطرة التنظيم على الموصل في يونيو (حزيران) 2014، فيما لا تزال مدينة حديثة وقاعدة عين الأسد غرب المحافظة تحت سيطرة القوات الحكومية وأبناء العشائر.',
]
D = '2015-05-18'   # Monday; London-based print daily, dated the day after the news
SUN = '2015-05-17'
PMF = 'OTHER:pmf'
BADR = 'OTHER:badr'
KH = 'OTHER:kataib-hezbollah'
TRB = 'OTHER:iraqi-tribal-gunmen'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:الرمادي','LOCATION','ramadi'), ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:العبادي','PERSON','haider-al-abadi'),
 ('L0:الحشد الشعبي','ACTOR',PMF),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:تنظيم «داعش»','ACTOR','ISIS'), ('L2:مدينة الرمادي','LOCATION','ramadi'), ('L2:محافظة الأنبار','LOCATION','anbar'),
 ('L2:القوات الأمنية العراقية','ACTOR','IQ_GOV'), ('L2:مقر قيادة عمليات الأنبار','LOCATION','anbar-operations-command-hq'),
 ('L2:منطقة الملعب','LOCATION','al-malaab-ramadi'), ('L2:التنظيم','ACTOR','ISIS'),
 ('L3:الأنبار','LOCATION','anbar'), ('L3:الشرق الأوسط','ORG','asharq-al-awsat'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:نحو عشر سيارات مفخخة','QUANTITY',None,(10,True,'vehicles')), ('L3:سيارات مفخخة','WEAPON','vbieds'),
 ('L3:مداخل المدينة','LOCATION','ramadi-entrances'), ('L3:مجمع الحكومة المحلية','LOCATION','ramadi-government-complex'),
 ('L3:طائرات','WEAPON','warplanes'), ('L3:التحالف','ACTOR','COALITION'),
 ('L4:القوات','ACTOR','IQ_GOV'), ('L4:المدينة','LOCATION','ramadi'), ('L4:قاعدة الحبانية','LOCATION','habbaniyah-base'),
 ('L4:عشرات العجلات العسكرية','QUANTITY',None,([24, 99],True,'vehicles')), ('L4:العجلات العسكرية','WEAPON','military-vehicles'),
 ('L4:الأسلحة','WEAPON','weapons'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:ما لا يقل عن 500 شخص','QUANTITY',None,(500,True,'killed')),
 ('L5:رافع الفهداوي','PERSON','rafi-al-fahdawi'), ('L5:عشائر البوفهد','ACTOR',TRB), ('L5:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L5:مقاتلي العشائر','ACTOR',TRB), ('L5:18 شهراً','QUANTITY',None,(18,False,'other')), ('L5:الرمادي','LOCATION','ramadi'),
 ('L5:الحكومة','ACTOR','IQ_GOV'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:الحبانية','LOCATION','habbaniyah'), ('L5:الخالدية','LOCATION','khalidiya'),
 ('L6:حيدر العبادي','PERSON','haider-al-abadi'), ('L6:قوات «الحشد الشعبي»','ACTOR',PMF), ('L6:الأنبار#0','LOCATION','anbar'),
 ('L6:مجلس محافظة الأنبار','ORG','anbar-provincial-council'), ('L6:الحشد#1','ACTOR',PMF), ('L6:لقوات الأمنية','ACTOR','IQ_GOV'),
 ('L7:نحو ثلاثة آلاف مقاتل','QUANTITY',None,(3000,True,'fighters')), ('L7:فصائل الحشد','ACTOR',PMF), ('L7:منظمة بدر','ACTOR',BADR),
 ('L7:كتائب حزب الله','ACTOR',KH), ('L7:قاعدة الحبانية','LOCATION','habbaniyah-base'), ('L7:الرمادي','LOCATION','ramadi'),
 ('L7:المدينة','LOCATION','ramadi'),
 ('L8:وزارة الدفاع الأميركية','ACTOR','US'), ('L8:البنتاغون','ACTOR','US'), ('L8:الرمادي','LOCATION','ramadi'), ('L8:طائرات','WEAPON','warplanes'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:سبع غارات','QUANTITY',None,(7,False,'other')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:محيط المدينة','LOCATION','ramadi-surroundings'), ('L8:التحالف#1','ACTOR','COALITION'), ('L8:القوات العراقية','ACTOR','IQ_GOV'),
 ('L9:الرمادي','LOCATION','ramadi'), ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:التنظيم','ACTOR','ISIS'), ('L9:الموصل','LOCATION','mosul'),
 ('L9:مدينة حديثة','LOCATION','haditha'), ('L9:قاعدة عين الأسد','LOCATION','ain-al-asad'), ('L9:المحافظة','LOCATION','anbar'),
 ('L9:القوات الحكومية','ACTOR','IQ_GOV'), ('L9:أبناء العشائر','ACTOR',TRB),
]
times = [
 ('L2:أمس', SUN, 'day'),
 ('L2:منذ الخميس الماضي', '2015-05-14/' + D, 'day'),
 ('L4:خلال اليومين الماضيين', '2015-05-16/' + D, 'day'),
 ('L7:مساء أمس', SUN, 'part-of-day', {'part': 'evening'}),
 ('L8:خلال الساعات الـ24 الماضية', SUN + '/' + D, 'day'),
 ('L9:يونيو (حزيران) 2014', '2014-06', 'month'),
]
Y = 'L2:أمس'
OFF = 'مسؤول محلي في الأنبار (الشرق الأوسط)'
SRC = 'مصدر أمني عراقي'
PEN = 'وزارة الدفاع الأميركية (البنتاغون)'
events = [
 dict(type='CONTROL', trig='L2:سيطر', time=Y, actors=['ISIS'], targets=['IQ_GOV'], loc='L2:مدينة الرمادي'),                          # 1
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time=Y, actors=['IQ_GOV'], loc='L2:مقر قيادة عمليات الأنبار'),                             # 2
 dict(type='ATTACK', trig='L2:هجمات', time='L2:منذ الخميس الماضي', actors=['ISIS'], targets=['IQ_GOV']),                               # 3
 dict(type='ATTACK', trig='L3:فجروا', actors=['ISIS'], loc='L3:مداخل المدينة', weapons=['L3:سيارات مفخخة'],
      qty=['L3:نحو عشر سيارات مفخخة'], attr=OFF),                                                                                 # 4
 dict(type='WITHDRAWAL', trig='L4:انسحبت', time=Y, actors=['IQ_GOV'], loc='L4:المدينة', attr=OFF),                                   # 5
 dict(type='ATTACK', trig='L4:أعدم', time='L4:خلال اليومين الماضيين', actors=['ISIS'], qty=['L4:ما لا يقل عن 500 شخص'], attr=OFF),   # 6
 dict(type='STATEMENT', trig='L5:قال', actors=[TRB], attr='رافع الفهداوي'),  # 7
 dict(type='MOVEMENT', trig='L5:يصل', mod='expected', actors=['ISIS'], loc='L5:الحبانية', attr='رافع الفهداوي'),  # 8
 dict(type='MOVEMENT', trig='L6:دخول', mod='planned', actors=[PMF], loc='L6:الأنبار#0', attr='حيدر العبادي'),                          # 9
 dict(type='MOVEMENT', trig='L7:وصلوا', time='L7:مساء أمس', actors=[PMF, BADR, KH], loc='L7:قاعدة الحبانية',
      qty=['L7:نحو ثلاثة آلاف مقاتل'], attr=SRC),                                                                                   # 10
 dict(type='ATTACK', trig='L7:هجوم', mod='planned', actors=[PMF, BADR, KH], targets=['ISIS'], loc='L7:المدينة', attr=SRC),            # 11
 dict(type='CONTROL', trig='L8:سقوط', time=Y, actors=['ISIS'], loc='L8:الرمادي', attr=PEN),                                           # 12
 dict(type='ATTACK', trig='L8:نفذت', time='L8:خلال الساعات الـ24 الماضية', actors=['COALITION'], targets=['ISIS'], loc='L8:محيط المدينة',
      weapons=['L8:طائرات'], qty=['L8:سبع غارات'], attr=PEN),                                                                      # 13
 dict(type='CONTROL', trig='L9:سقوط', time=Y, actors=['ISIS'], loc='L9:الرمادي'),                                                     # 14
 dict(type='CONTROL', trig='L9:سيطرة#0', time='L9:يونيو (حزيران) 2014', actors=['ISIS'], loc='L9:الموصل'),                            # 15
 dict(type='CONTROL', trig='L9:سيطرة#1', actors=['IQ_GOV', TRB], loc='L9:مدينة حديثة'),                                               # 16
]
YD = (SUN, 'day')
TD = (D, 'day')
forces = [
 dict(actor='ISIS', loc=('مدينة الرمادي', 'ramadi'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('مقر قيادة عمليات الأنبار', 'anbar-operations-command-hq'), as_of=YD, status='withdrawn', line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('المدينة', 'ramadi'), as_of=YD, status='withdrawn', source=OFF, line=4, events=[5]),
 dict(actor=PMF, loc=('الأنبار', 'anbar'), as_of=TD, status='planned', source='حيدر العبادي', line=6, events=[9]),
 dict(actor=PMF, strength=(3000, True, 'fighters'), loc=('قاعدة الحبانية', 'habbaniyah-base'), as_of=(SUN, 'part-of-day'), status='arrived',
      source=SRC, line=7, events=[10]),
 dict(actor=BADR, loc=('قاعدة الحبانية', 'habbaniyah-base'), as_of=(SUN, 'part-of-day'), status='arrived', source=SRC, line=7, events=[10]),
 dict(actor=KH, loc=('قاعدة الحبانية', 'habbaniyah-base'), as_of=(SUN, 'part-of-day'), status='arrived', source=SRC, line=7, events=[10]),
 dict(actor='ISIS', assets='مواقع', loc=('محيط المدينة', 'ramadi-surroundings'), as_of=(SUN + '/' + D, 'day'), status='attacked', source=PEN,
      line=8, events=[13]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=('2014-06', 'month'), status='controls', line=9, events=[15]),
 dict(actor='IQ_GOV', loc=('مدينة حديثة', 'haditha'), as_of=TD, status='controls', line=9, events=[16]),
 dict(actor='IQ_GOV', loc=('قاعدة عين الأسد', 'ain-al-asad'), as_of=TD, status='controls', line=9, events=[16]),
 dict(actor=TRB, loc=('مدينة حديثة', 'haditha'), as_of=TD, status='controls', line=9, events=[16]),
 dict(actor=TRB, loc=('قاعدة عين الأسد', 'ain-al-asad'), as_of=TD, status='controls', line=9, events=[16]),
]
build('asharq-ramadi-fall', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
