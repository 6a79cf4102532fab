from build import build
L = [
'البارزاني يعلن تحرير سنجار من (داعش) ويؤكد أن البيشمركة سيطرت على طريق الموصل – الرقة',
'أعلن رئيس إقليم كردستان مسعود البارزاني، اليوم الجمعة، (13 تشرين الثاني 2015)، تحرير قضاء سنجار، غربي الموصل، من تنظيم (داعش)، بعد عملية عسكرية شنتها قوات البيشمركة فجر أمس الخميس بإسناد من طيران التحالف الدولي.',
'وقال البارزاني، في مؤتمر صحافي عقده على جبل سنجار، إن "قوات البيشمركة دخلت المدينة وتعمل الآن على تطهيرها"، مبيناً أن نحو 7500 مقاتل شاركوا في العملية التي انطلقت من ثلاثة محاور.',
'وأضاف أن القوات سيطرت على الطريق الدولي الرابط بين الموصل والرقة، الذي يعد شريان الإمداد الرئيس لـ(داعش) بين العراق وسوريا.',
'من جانبه، قال العميد كاوه خدر، أحد قادة البيشمركة في المحور الشرقي، لـ(المدى برس)، إن "مسلحي التنظيم انسحبوا من المدينة باتجاه قضاء البعاج وتلعفر تاركين خلفهم عشرات الجثث"، لافتاً إلى أن قواته فككت أكثر من 200 عبوة ناسفة زُرعت في الشوارع والمباني.',
'وشارك في المعارك مقاتلون من "وحدات مقاومة سنجار" الإيزيدية ومن حزب العمال الكردستاني، انطلاقاً من مواقع يسيطرون عليها في الجهة الشمالية من الجبل منذ آب 2014.',
'بدوره، أفاد المتحدث باسم التحالف الدولي الكولونيل ستيف وارن بأن طائرات التحالف نفذت 36 غارة على مواقع (داعش) في محيط سنجار خلال الـ48 ساعة الماضية، ودمرت مخابئ ومواقع قتالية.',
'وينتشر مستشارون عسكريون أميركيون على جبل سنجار لمساعدة البيشمركة في تحديد الأهداف، بحسب وزارة الدفاع الأميركية (البنتاغون).',
'في غضون ذلك، بارك رئيس الوزراء حيدر العبادي تحرير سنجار، داعياً إلى "عدم رفع أي علم غير العلم العراقي" في المدينة، ومؤكداً أن القوات الاتحادية ستشارك في معركة استعادة الموصل المرتقبة.',
'ويذكر أن تنظيم (داعش) اجتاح سنجار في الثالث من آب 2014، وقتل وخطف آلاف الإيزيديين، فيما فرّ عشرات الآلاف منهم إلى الجبل.',
'ومن المقرر أن تنتشر وحدات إضافية من البيشمركة داخل القضاء خلال الأيام المقبلة لمسك الأرض، تمهيداً لعودة النازحين.',
]
D = '2015-11-13'   # Friday; Al-Mada Press wire copy of its day
Y = '2015-11-12'
YBS = 'OTHER:ybs'
KRG = 'OTHER:krg'
ents = [
 ('L0:البارزاني','PERSON','masoud-barzani'), ('L0:سنجار','LOCATION','sinjar'), ('L0:داعش','ACTOR','ISIS'), ('L0:البيشمركة','ACTOR','PESHMERGA'),
 ('L0:طريق الموصل – الرقة','LOCATION','mosul-raqqa-road'),
 ('L1:إقليم كردستان','LOCATION','kurdistan-region'), ('L1:مسعود البارزاني','PERSON','masoud-barzani'), ('L1:قضاء سنجار','LOCATION','sinjar'),
 ('L1:الموصل','LOCATION','mosul'), ('L1:تنظيم (داعش)','ACTOR','ISIS'), ('L1:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L1:طيران','WEAPON','aircraft'), ('L1:التحالف الدولي','ACTOR','COALITION'),
 ('L2:البارزاني','PERSON','masoud-barzani'), ('L2:جبل سنجار','LOCATION','mount-sinjar'), ('L2:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L2:المدينة','LOCATION','sinjar'), ('L2:نحو 7500 مقاتل','QUANTITY',None,(7500,True,'fighters')), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:القوات','ACTOR','PESHMERGA'), ('L3:الطريق الدولي','LOCATION','mosul-raqqa-road'), ('L3:الموصل','LOCATION','mosul'), ('L3:الرقة','LOCATION','raqqa'),
 ('L3:داعش','ACTOR','ISIS'), ('L3:العراق','LOCATION','iraq'), ('L3:سوريا','LOCATION','syria'),
 ('L4:كاوه خدر','PERSON','kawa-khidir'), ('L4:البيشمركة','ACTOR','PESHMERGA'), ('L4:المدى برس','ORG','almada-press'),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:المدينة','LOCATION','sinjar'), ('L4:قضاء البعاج','LOCATION','baaj'), ('L4:تلعفر','LOCATION','tal-afar'),
 ('L4:عشرات الجثث','QUANTITY',None,([24,99],True,'killed')), ('L4:أكثر من 200 عبوة ناسفة','QUANTITY',None,(200,True,'other')),
 ('L4:عبوة ناسفة','WEAPON','ieds'),
 ('L5:وحدات مقاومة سنجار','ACTOR',YBS), ('L5:حزب العمال الكردستاني','ACTOR','PKK'), ('L5:الجبل','LOCATION','mount-sinjar'),
 ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:ستيف وارن','PERSON','steve-warren'), ('L6:طائرات','WEAPON','aircraft'),
 ('L6:التحالف#1','ACTOR','COALITION'), ('L6:36 غارة','QUANTITY',None,(36,False,'other')), ('L6:داعش','ACTOR','ISIS'), ('L6:سنجار','LOCATION','sinjar'),
 ('L7:مستشارون عسكريون أميركيون','ACTOR','US'), ('L7:جبل سنجار','LOCATION','mount-sinjar'), ('L7:البيشمركة','ACTOR','PESHMERGA'),
 ('L7:وزارة الدفاع الأميركية','ACTOR','US'), ('L7:البنتاغون','ACTOR','US'),
 ('L8:حيدر العبادي','PERSON','haider-al-abadi'), ('L8:سنجار','LOCATION','sinjar'), ('L8:المدينة','LOCATION','sinjar'),
 ('L8:القوات الاتحادية','ACTOR','IQ_GOV'), ('L8:الموصل','LOCATION','mosul'),
 ('L9:تنظيم (داعش)','ACTOR','ISIS'), ('L9:سنجار','LOCATION','sinjar'), ('L9:آلاف الإيزيديين','QUANTITY',None,([1000,9999],True,'people')),
 ('L9:عشرات الآلاف','QUANTITY',None,([24000,99000],True,'people')), ('L9:الجبل','LOCATION','mount-sinjar'),
 ('L10:البيشمركة','ACTOR','PESHMERGA'), ('L10:القضاء','LOCATION','sinjar'),
]
times = [
 ('L1:اليوم الجمعة', D, 'day'),
 ('L1:13 تشرين الثاني 2015', D, 'day'),
 ('L1:فجر أمس الخميس', Y, 'part-of-day', {'part': 'morning'}),
 ('L5:منذ آب 2014', '2014-08/2015-11', 'month'),
 ('L6:خلال الـ48 ساعة الماضية', '2015-11-11/' + D, 'day'),
 ('L9:الثالث من آب 2014', '2014-08-03', 'day'),
 ('L10:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L1:اليوم الجمعة'
OP = 'L1:فجر أمس الخميس'
H48 = 'L6:خلال الـ48 ساعة الماضية'
AUG = 'L9:الثالث من آب 2014'
BAR = 'مسعود البارزاني'
KK = 'كاوه خدر (المدى برس)'
SW = 'ستيف وارن'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=[KRG], attr=BAR),                                                           # 1
 dict(type='CONTROL', trig='L1:تحرير', time=T, actors=['PESHMERGA'], targets=['ISIS'], loc='L1:قضاء سنجار', attr=BAR),             # 2
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=OP, actors=['PESHMERGA', 'COALITION'], targets=['ISIS'], loc='L1:قضاء سنجار',
      weapons=['L1:طيران'], attr=BAR),                                                                                              # 3
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=[KRG], attr=BAR),                                                            # 4
 dict(type='MOVEMENT', trig='L2:دخلت', time=T, actors=['PESHMERGA'], loc='L2:المدينة', attr=BAR),                                  # 5
 dict(type='OPERATION', trig='L2:تطهيرها', time=T, actors=['PESHMERGA'], loc='L2:المدينة', attr=BAR),                               # 6
 dict(type='OPERATION', trig='L2:العملية', time=OP, actors=['PESHMERGA'], targets=['ISIS'], qty=['L2:نحو 7500 مقاتل', 'L2:ثلاثة محاور'], attr=BAR),  # 7
 dict(type='CONTROL', trig='L3:سيطرت', actors=['PESHMERGA'], targets=['ISIS'], loc='L3:الطريق الدولي', attr=BAR),                   # 8
 dict(type='STATEMENT', trig='L4:قال', actors=['PESHMERGA'], attr=KK),                                                             # 9
 dict(type='WITHDRAWAL', trig='L4:انسحبوا', actors=['ISIS'], loc='L4:المدينة', attr=KK),                                           # 10
 dict(type='OPERATION', trig='L4:فككت', actors=['PESHMERGA'], qty=['L4:أكثر من 200 عبوة ناسفة'], attr=KK),                         # 11
 dict(type='ATTACK', trig='L5:المعارك', time=OP, actors=[YBS, 'PKK'], targets=['ISIS']),                                            # 12
 dict(type='CONTROL', trig='L5:يسيطرون', time='L5:منذ آب 2014', actors=[YBS, 'PKK'], loc='L5:الجبل'),                              # 13
 dict(type='ATTACK', trig='L6:نفذت', time=H48, actors=['COALITION'], targets=['ISIS'], loc='L6:سنجار', weapons=['L6:طائرات'],
      qty=['L6:36 غارة'], attr=SW),                                                                                                 # 14
 dict(type='ATTACK', trig='L6:دمرت', time=H48, actors=['COALITION'], targets=['ISIS'], attr=SW),                                    # 15
 dict(type='MOVEMENT', trig='L7:ينتشر', actors=['US'], loc='L7:جبل سنجار', attr='البنتاغون'),                                       # 16
 dict(type='CONTROL', trig='L8:تحرير', time=T, actors=['PESHMERGA'], targets=['ISIS'], loc='L8:سنجار'),                            # 17
 dict(type='OPERATION', trig='L8:معركة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:الموصل', attr='حيدر العبادي'),  # 18
 dict(type='CONTROL', trig='L9:اجتاح', time=AUG, actors=['ISIS'], loc='L9:سنجار'),                                                 # 19
 dict(type='ATTACK', trig='L9:قتل', time=AUG, actors=['ISIS'], qty=['L9:آلاف الإيزيديين']),                                        # 20
 dict(type='ARREST', trig='L9:خطف', time=AUG, actors=['ISIS'], qty=['L9:آلاف الإيزيديين']),                                        # 21
 dict(type='MOVEMENT', trig='L10:تنتشر', mod='planned', time='L10:خلال الأيام المقبلة', actors=['PESHMERGA'], loc='L10:القضاء'),     # 22
 dict(type='CONTROL', trig='L10:مسك الأرض', mod='planned', time='L10:خلال الأيام المقبلة', actors=['PESHMERGA'], loc='L10:القضاء'),  # 23
]
DD = (D, 'day')
forces = [
 dict(actor='PESHMERGA', loc=('قضاء سنجار', 'sinjar'), as_of=DD, status='controls', source=BAR, line=1, events=[2]),
 dict(actor='PESHMERGA', loc=('المدينة', 'sinjar'), as_of=DD, status='arrived', source=BAR, line=2, events=[5]),
 dict(actor='PESHMERGA', loc=('الطريق الدولي', 'mosul-raqqa-road'), as_of=DD, status='controls', source=BAR, line=3, events=[8]),
 dict(actor='ISIS', loc=('المدينة', 'sinjar'), as_of=DD, status='withdrawn', source=KK, line=4, events=[10]),
 dict(actor=YBS, loc=('الجبل', 'mount-sinjar'), as_of=('2014-08/' + D[:7], 'month'), status='controls', line=5, events=[13]),
 dict(actor='PKK', loc=('الجبل', 'mount-sinjar'), as_of=('2014-08/' + D[:7], 'month'), status='controls', line=5, events=[13]),
 dict(actor='ISIS', assets='مخابئ ومواقع قتالية', loc=('سنجار', 'sinjar'), as_of=('2015-11-11/' + D, 'day'), status='attacked', source=SW, line=6, events=[14, 15]),
 dict(actor='US', assets='مستشارون عسكريون', loc=('جبل سنجار', 'mount-sinjar'), as_of=DD, status='present', source='البنتاغون', line=7, events=[16]),
 dict(actor='ISIS', loc=('سنجار', 'sinjar'), as_of=('2014-08-03', 'day'), status='controls', line=9, events=[19]),
 dict(actor='PESHMERGA', assets='وحدات إضافية', loc=('القضاء', 'sinjar'), as_of=(D + '/', 'vague'), status='planned', line=10, events=[22, 23]),
]
build('almadapress-sinjar-liberation', None, 'المدى برس', D, L, ents, times, events, forces)
