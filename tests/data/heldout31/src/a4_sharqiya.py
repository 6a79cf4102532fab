from build import build
L = [
'القوات العراقية تعلن تحرير قضاء الرطبة غربي الأنبار بالكامل من "داعش"',
'الأنبار/ الشرقية نيوز',
'أعلنت قيادة عمليات الجزيرة والبادية، اليوم الخميس، تحرير قضاء الرطبة غربي محافظة الأنبار بالكامل من عناصر تنظيم داعش، بعد عملية عسكرية انطلقت فجر الاثنين الماضي بمشاركة قطعات الجيش وجهاز مكافحة الإرهاب ومقاتلي الحشد العشائري، وبإسناد من طيران التحالف الدولي.',
'وقال قائد العمليات اللواء الركن قاسم المحمدي للشرقية نيوز إن القطعات دخلت مركز القضاء من ثلاثة محاور، ورفعت العلم العراقي فوق مبنى القائمقامية، فيما فرّ عناصر التنظيم باتجاه منطقة عكاشات شمالاً.',
'وأضاف المحمدي أن القوات الأمنية قتلت أكثر من 30 من عناصر داعش خلال المعارك، وفككت عشرات العبوات الناسفة التي زرعها التنظيم في شوارع المدينة، مؤكداً أن تحرير القضاء تم «بأقل الخسائر».',
'وأشار المحمدي إلى أن قوات حرس الحدود ستنتشر خلال الأيام المقبلة على امتداد الطريق الدولي وصولاً إلى منفذ طريبيل الحدودي مع الأردن، لتأمين حركة الشاحنات التجارية.',
'من جهته، قال التحالف الدولي في بيان إن طائراته نفذت 11 ضربة جوية قرب الرطبة منذ الاثنين الماضي، استهدفت مواقع قتالية وعجلات مفخخة لتنظيم داعش.',
'وفي بغداد، قال رئيس الوزراء حيدر العبادي في بيان إن تحرير الرطبة يؤمّن الطريق الدولي بين العراق والأردن، متعهداً بتحرير الفلوجة والموصل «قريباً».',
'وكان تنظيم داعش قد سيطر على الرطبة في حزيران 2014 بعد انسحاب قطعات الجيش منها، واتخذ من القضاء الواقع على بعد نحو 110 كيلومترات من الحدود الأردنية معبراً بين العراق وسوريا.',
'في المقابل، قال عضو مجلس المحافظة فرحان محمد لـ"الشرقية" إن فصائل الحشد الشعبي لم تشارك في معركة الرطبة، وإن نحو 1500 مقاتل من أبناء العشائر سيتولون مسك الأرض داخل القضاء، على أن تنسحب قطعات الجيش إلى خارج المدينة خلال أيام.',
'وتفرض القوات الأمنية منذ أشهر حصاراً على مدينة الفلوجة، آخر معاقل داعش الكبرى في الأنبار، فيما تحشد قطعات الجيش وفصائل الحشد الشعبي على أطرافها استعداداً لاقتحامها.',
]
D = '2016-05-19'   # Thursday; Iraqi satellite channel's news site, web copy of its own day
MON = '2016-05-16'
TRB = 'OTHER:arab-tribes'
PMF = 'OTHER:pmf'
ents = [
 ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:قضاء الرطبة','LOCATION','rutba'), ('L0:الأنبار','LOCATION','anbar-governorate'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:الأنبار','LOCATION','anbar-governorate'), ('L1:الشرقية نيوز','ORG','alsharqiya'),
 ('L2:قيادة عمليات الجزيرة والبادية','ACTOR','IQ_GOV'), ('L2:قضاء الرطبة','LOCATION','rutba'), ('L2:محافظة الأنبار','LOCATION','anbar-governorate'),
 ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:قطعات الجيش','ACTOR','IQ_GOV'), ('L2:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L2:الحشد العشائري','ACTOR',TRB), ('L2:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L3:قاسم المحمدي','PERSON','qasim-al-mohammadi'), ('L3:لشرقية نيوز','ORG','alsharqiya'), ('L3:القطعات','ACTOR','IQ_GOV'),
 ('L3:مركز القضاء','LOCATION','rutba'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:مبنى القائمقامية','LOCATION','rutba-district-building'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:منطقة عكاشات','LOCATION','akashat'),
 ('L4:المحمدي','PERSON','qasim-al-mohammadi'), ('L4:القوات الأمنية','ACTOR','IQ_GOV'), ('L4:أكثر من 30','QUANTITY',None,(30,True,'killed')),
 ('L4:داعش','ACTOR','ISIS'), ('L4:عشرات العبوات الناسفة','QUANTITY',None,([24, 99],True,'other')), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:المدينة','LOCATION','rutba'), ('L4:القضاء','LOCATION','rutba'),
 ('L5:المحمدي','PERSON','qasim-al-mohammadi'), ('L5:قوات حرس الحدود','ACTOR','IQ_GOV'), ('L5:الطريق الدولي','LOCATION','baghdad-amman-highway'),
 ('L5:منفذ طريبيل الحدودي','LOCATION','trebil-crossing'), ('L5:الأردن','LOCATION','jordan'),
 ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:11 ضربة جوية','QUANTITY',None,(11,False,'other')), ('L6:الرطبة','LOCATION','rutba'),
 ('L6:عجلات مفخخة','WEAPON','vbieds'), ('L6:تنظيم داعش','ACTOR','ISIS'),
 ('L7:بغداد','LOCATION','baghdad'), ('L7:حيدر العبادي','PERSON','haider-al-abadi'), ('L7:الرطبة','LOCATION','rutba'),
 ('L7:الطريق الدولي','LOCATION','baghdad-amman-highway'), ('L7:العراق','LOCATION','iraq'), ('L7:الأردن','LOCATION','jordan'),
 ('L7:الفلوجة','LOCATION','fallujah'), ('L7:الموصل','LOCATION','mosul'),
 ('L8:تنظيم داعش','ACTOR','ISIS'), ('L8:الرطبة','LOCATION','rutba'), ('L8:قطعات الجيش','ACTOR','IQ_GOV'), ('L8:القضاء','LOCATION','rutba'),
 ('L8:نحو 110 كيلومترات','QUANTITY',None,(110,True,'km')), ('L8:الحدود الأردنية','LOCATION','iraq-jordan-border'),
 ('L8:العراق','LOCATION','iraq'), ('L8:سوريا','LOCATION','syria'),
 ('L9:مجلس المحافظة','ORG','anbar-provincial-council'), ('L9:فرحان محمد','PERSON','farhan-mohammed'), ('L9:الشرقية','ORG','alsharqiya'),
 ('L9:فصائل الحشد الشعبي','ACTOR',PMF), ('L9:الرطبة','LOCATION','rutba'), ('L9:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')),
 ('L9:أبناء العشائر','ACTOR',TRB), ('L9:القضاء','LOCATION','rutba'), ('L9:قطعات الجيش','ACTOR','IQ_GOV'), ('L9:المدينة','LOCATION','rutba'),
 ('L10:القوات الأمنية','ACTOR','IQ_GOV'), ('L10:مدينة الفلوجة','LOCATION','fallujah'), ('L10:داعش','ACTOR','ISIS'), ('L10:الأنبار','LOCATION','anbar-governorate'),
 ('L10:قطعات الجيش','ACTOR','IQ_GOV'), ('L10:فصائل الحشد الشعبي','ACTOR',PMF),
]
times = [
 ('L2:اليوم الخميس', D, 'day'),
 ('L2:فجر الاثنين الماضي', MON, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L6:منذ الاثنين الماضي', MON + '/' + D, 'day'),
 ('L7:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L8:حزيران 2014', '2014-06', 'month'),
 ('L9:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L10:منذ أشهر', None, 'vague', {'relation': 'before'}),
]
T = 'L2:اليوم الخميس'
JBC = 'قيادة عمليات الجزيرة والبادية'
MOH = 'قاسم المحمدي (الشرقية نيوز)'
CO = 'التحالف الدولي'
ABD = 'حيدر العبادي'
FAR = 'فرحان محمد (الشرقية)'
J14 = 'L8:حزيران 2014'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=JBC),                                                         
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L2:قضاء الرطبة', attr=JBC),              
 dict(type='OPERATION', trig='L2:عملية عسكرية', time='L2:فجر الاثنين الماضي', actors=['IQ_GOV', TRB, 'COALITION'], targets=['ISIS'],
      loc='L2:قضاء الرطبة', attr=JBC),                                                                                                
 dict(type='ATTACK', trig='L2:إسناد', actors=['COALITION'], targets=['ISIS'], attr=JBC),                                               
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=MOH),                                                                   
 dict(type='MOVEMENT', trig='L3:دخلت', actors=['IQ_GOV'], loc='L3:مركز القضاء', qty=['L3:ثلاثة محاور'], attr=MOH),                    
 dict(type='CONTROL', trig='L3:رفعت العلم', actors=['IQ_GOV'], targets=['ISIS'], loc='L3:مبنى القائمقامية', attr=MOH),                
 dict(type='WITHDRAWAL', trig='L3:فرّ', actors=['ISIS'], loc='L3:منطقة عكاشات', attr=MOH),                                            
 dict(type='ATTACK', trig='L4:قتلت', actors=['IQ_GOV'], targets=['ISIS'], qty=['L4:أكثر من 30'], attr=MOH),                           
 dict(type='OPERATION', trig='L4:فككت', actors=['IQ_GOV'], loc='L4:المدينة', weapons=['L4:العبوات الناسفة'],
      qty=['L4:عشرات العبوات الناسفة'], attr=MOH),                                                                                    
 dict(type='CONTROL', trig='L4:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L4:القضاء', attr=MOH),                        
 dict(type='MOVEMENT', trig='L5:ستنتشر', mod='planned', time='L5:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L5:الطريق الدولي', attr=MOH),
 dict(type='STATEMENT', trig='L6:قال', actors=['COALITION'], attr=CO),                                                                 
 dict(type='ATTACK', trig='L6:نفذت', time='L6:منذ الاثنين الماضي', actors=['COALITION'], targets=['ISIS'], loc='L6:الرطبة',
      weapons=['L6:عجلات مفخخة'], qty=['L6:11 ضربة جوية'], attr=CO),                                                                  
 dict(type='STATEMENT', trig='L7:قال', actors=['IQ_GOV'], attr=ABD),                                                                   
 dict(type='CONTROL', trig='L7:تحرير#0', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الرطبة', attr=ABD),                        
 dict(type='CONTROL', trig='L7:تحرير#1', mod='planned', time='L7:قريباً', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الفلوجة',
      attr=ABD),                                                                                                                      
 dict(type='CONTROL', trig='L8:سيطر', time=J14, actors=['ISIS'], targets=['IQ_GOV'], loc='L8:الرطبة'),                                 
 dict(type='WITHDRAWAL', trig='L8:انسحاب', time=J14, actors=['IQ_GOV'], loc='L8:الرطبة'),                                              
 dict(type='STATEMENT', trig='L9:قال', attr=FAR),                                                                                      
 dict(type='OPERATION', trig='L9:معركة', time='L2:فجر الاثنين الماضي', actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L9:الرطبة',
      attr=FAR),                                                                                                                      
 dict(type='CONTROL', trig='L9:مسك الأرض', mod='planned', actors=[TRB], loc='L9:القضاء', qty=['L9:نحو 1500 مقاتل'], attr=FAR),        
 dict(type='WITHDRAWAL', trig='L9:تنسحب', mod='planned', time='L9:خلال أيام', actors=['IQ_GOV'], loc='L9:المدينة', attr=FAR),         
 dict(type='OPERATION', trig='L10:حصاراً', time='L10:منذ أشهر', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:مدينة الفلوجة'),           
 dict(type='MOVEMENT', trig='L10:تحشد', actors=['IQ_GOV', PMF], loc='L10:مدينة الفلوجة'),                                                
 dict(type='ATTACK', trig='L10:اقتحامها', mod='planned', actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L10:مدينة الفلوجة'),           
]
OD = (D, 'day')
RT = ('قضاء الرطبة', 'rutba')
FL = ('مدينة الفلوجة', 'fallujah')
forces = [
 dict(actor='IQ_GOV', loc=RT, as_of=OD, status='controls', source=JBC, line=2, events=[2]),
 dict(actor=TRB, loc=RT, as_of=OD, status='controls', source=JBC, line=2, events=[2]),
 dict(actor='IQ_GOV', assets='القطعات (ثلاثة محاور)', loc=('مركز القضاء', 'rutba'), as_of=OD, status='arrived', source=MOH, line=3,
      events=[6]),
 dict(actor='IQ_GOV', loc=('مبنى القائمقامية', 'rutba-district-building'), as_of=OD, status='controls', source=MOH, line=3, events=[7]),
 dict(actor='ISIS', loc=('مركز القضاء', 'rutba'), as_of=OD, status='withdrawn', source=MOH, line=3, events=[8]),
 dict(actor='IQ_GOV', assets='قوات حرس الحدود', loc=('الطريق الدولي', 'baghdad-amman-highway'), as_of=(D + '/', 'vague'), status='planned',
      source=MOH, line=5, events=[12]),
 dict(actor='IQ_GOV', assets='قوات حرس الحدود', loc=('منفذ طريبيل الحدودي', 'trebil-crossing'), as_of=(D + '/', 'vague'), status='planned',
      source=MOH, line=5, events=[12]),
 dict(actor='ISIS', loc=('الرطبة', 'rutba'), as_of=('2014-06', 'month'), status='controls', line=8, events=[18]),
 dict(actor='IQ_GOV', loc=('الرطبة', 'rutba'), as_of=('2014-06', 'month'), status='withdrawn', line=8, events=[19]),
 dict(actor=TRB, strength=(1500, True, 'fighters'), assets='أبناء العشائر لمسك الأرض', loc=('القضاء', 'rutba'), as_of=OD, status='planned',
      source=FAR, line=9, events=[22]),
 dict(actor='IQ_GOV', assets='حصار', loc=FL, as_of=OD, status='present', line=10, events=[24]),
 dict(actor='ISIS', assets='آخر معاقل داعش الكبرى في الأنبار', loc=FL, as_of=OD, status='controls', line=10),
 dict(actor='IQ_GOV', assets='قطعات الجيش', loc=FL, as_of=OD, status='reinforced', line=10, events=[25]),
 dict(actor=PMF, assets='فصائل الحشد الشعبي', loc=FL, as_of=OD, status='reinforced', line=10, events=[25]),
]
build('sharqiya-rutba', None, 'الشرقية', D, L, ents, times, events, forces)
