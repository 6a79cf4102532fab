from build import build
L = [
'البيشمركة تستعيد سد الموصل بغطاء جوي أمريكي.. و"داعش" يعزز دفاعاته في الموصل',
'أربيل - وكالات: أعلنت قوات البيشمركة الكردية، أمس، استعادة السيطرة الكاملة على سد الموصل، أكبر سدود العراق، بعد ثلاثة أيام من المعارك مع مسلحي تنظيم الدولة الإسلامية "داعش"، بمساندة قوات جهاز مكافحة الإرهاب العراقي وغطاء جوي مكثف من الطائرات الأمريكية.',
'وقال المتحدث باسم وزارة البيشمركة هلكورد حكمت لـ"الراية" إن القوات تقدمت على محورين، الأول من بلدة تلسقف والثاني من ناحية فايدة، قبل أن تقتحم مبنى إدارة السد، ما دفع المسلحين إلى الانسحاب نحو بلدة وانة جنوباً بعد أن تكبدوا "عشرات القتلى".',
'وأضاف حكمت أن فرق الهندسة تعمل على تفكيك عشرات العبوات الناسفة التي زرعها التنظيم في محيط السد وعلى الطريق المؤدي إليه، مؤكداً أن "خطر تفجير السد بات تحت السيطرة".',
'من جهتها، أعلنت القيادة المركزية الأمريكية في بيان أن مقاتلات وطائرات من دون طيار أمريكية شنت يوم الإثنين 15 غارة قرب سد الموصل، دمرت خلالها عربات مدرعة ونقاط تفتيش تابعة لـ"داعش"، ليرتفع عدد الغارات في العراق منذ الثامن من أغسطس إلى 68 غارة.',
'وفي واشنطن، قال الرئيس الأمريكي باراك أوباما إن العملية "تكللت بالنجاح" بفضل التنسيق بين القوات العراقية والكردية، مؤكداً أن الضربات الجوية "محدودة" وتهدف إلى حماية الموظفين الأمريكيين في أربيل وبغداد ومنع "كارثة إنسانية" في حال انهيار السد.',
'في المقابل، نفى التنظيم، في بيان تداولته حسابات مؤيدة له على مواقع التواصل الاجتماعي، انسحاب مقاتليه من السد، زاعماً أنهم صدوا هجوماً لقوات البيشمركة قرب بلدة وانة وقتلوا عدداً من عناصرها.',
'ميدانياً، أفاد شهود عيان في مدينة الموصل بأن التنظيم نشر مسلحين وعربات رباعية الدفع عند المداخل الشمالية للمدينة، وفرض حظراً للتجول في أحياء الجانب الأيسر، تحسباً لتقدم القوات الكردية باتجاهها.',
'وكان التنظيم قد أعدم، الجمعة الماضي، عشرات الرجال من أبناء قرية كوجو الإيزيدية جنوبي قضاء سنجار، واختطف نساءها وأطفالها، بحسب ما أكده مسؤولون أكراد ومنظمات إيزيدية.',
'وفي سياق متصل، وصلت إلى مطار أربيل، أمس، أول شحنة من الأسلحة والذخائر الفرنسية المخصصة لقوات البيشمركة، فيما ينتشر نحو 300 من المستشارين العسكريين الأمريكيين في أربيل وبغداد منذ حزيران الماضي.',
]
D = '2014-08-19'   # Tuesday; Qatari print daily, «أمس» is Monday 18 August
MON = '2014-08-18'
PM = 'PESHMERGA'
FR = 'OTHER:france'
ents = [
 ('L0:البيشمركة','ACTOR',PM), ('L0:سد الموصل','LOCATION','mosul-dam'), ('L0:داعش','ACTOR','ISIS'), ('L0:الموصل#1','LOCATION','mosul'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:قوات البيشمركة الكردية','ACTOR',PM), ('L1:سد الموصل','LOCATION','mosul-dam'), ('L1:العراق#0','LOCATION','iraq'),
 ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L1:تنظيم الدولة الإسلامية','ACTOR','ISIS'), ('L1:داعش','ACTOR','ISIS'),
 ('L1:جهاز مكافحة الإرهاب العراقي','ACTOR','IQ_GOV'), ('L1:الطائرات الأمريكية','WEAPON','us-aircraft'),
 ('L2:وزارة البيشمركة','ACTOR',PM), ('L2:هلكورد حكمت','PERSON','halgurd-hikmat'), ('L2:الراية','ORG','alraya'),
 ('L2:محورين','QUANTITY',None,(2,False,'other')), ('L2:بلدة تلسقف','LOCATION','tesqopa'), ('L2:ناحية فايدة','LOCATION','faida'),
 ('L2:مبنى إدارة السد','LOCATION','mosul-dam'), ('L2:بلدة وانة','LOCATION','wana'), ('L2:عشرات القتلى','QUANTITY',None,([24,99],True,'killed')),
 ('L3:حكمت','PERSON','halgurd-hikmat'), ('L3:عشرات العبوات الناسفة','QUANTITY',None,([24,99],True,'other')), ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:السد#0','LOCATION','mosul-dam'), ('L3:السد#1','LOCATION','mosul-dam'),
 ('L4:القيادة المركزية الأمريكية','ACTOR','US'), ('L4:مقاتلات','WEAPON','fighter-jets'), ('L4:طائرات من دون طيار أمريكية','WEAPON','drones'),
 ('L4:15 غارة','QUANTITY',None,(15,False,'other')), ('L4:سد الموصل','LOCATION','mosul-dam'), ('L4:عربات مدرعة','WEAPON','armoured-vehicles'),
 ('L4:داعش','ACTOR','ISIS'), ('L4:العراق','LOCATION','iraq'), ('L4:68 غارة','QUANTITY',None,(68,False,'other')),
 ('L5:واشنطن','LOCATION','washington'), ('L5:باراك أوباما','PERSON','barack-obama'), ('L5:القوات العراقية','ACTOR','IQ_GOV'),
 ('L5:أربيل','LOCATION','erbil'), ('L5:بغداد','LOCATION','baghdad'), ('L5:السد','LOCATION','mosul-dam'),
 ('L6:التنظيم','ACTOR','ISIS'), ('L6:السد','LOCATION','mosul-dam'), ('L6:قوات البيشمركة','ACTOR',PM), ('L6:بلدة وانة','LOCATION','wana'),
 ('L7:مدينة الموصل','LOCATION','mosul'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:عربات رباعية الدفع','WEAPON','pickups'),
 ('L7:المداخل الشمالية للمدينة','LOCATION','mosul-northern-entrances'), ('L7:أحياء الجانب الأيسر','LOCATION','mosul-left-bank'),
 ('L7:القوات الكردية','ACTOR',PM),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:عشرات الرجال','QUANTITY',None,([24,99],True,'killed')), ('L8:قرية كوجو','LOCATION','kocho'),
 ('L8:قضاء سنجار','LOCATION','sinjar'),
 ('L9:مطار أربيل','LOCATION','erbil-airport'), ('L9:الأسلحة','WEAPON','weapons'), ('L9:الذخائر','WEAPON','ammunition'), ('L9:قوات البيشمركة','ACTOR',PM),
 ('L9:نحو 300','QUANTITY',None,(300,True,'troops')), ('L9:المستشارين العسكريين الأمريكيين','ACTOR','US'), ('L9:أربيل#1','LOCATION','erbil'),
 ('L9:بغداد','LOCATION','baghdad'),
]
times = [
 ('L1:أمس', MON, 'day'),
 ('L4:يوم الإثنين', MON, 'day'),
 ('L4:منذ الثامن من أغسطس', '2014-08-08/' + D, 'day'),
 ('L8:الجمعة الماضي', '2014-08-15', 'day'),
 ('L9:أمس', MON, 'day'),
 ('L9:منذ حزيران الماضي', '2014-06/2014-08', 'month'),
]
Y = 'L1:أمس'
PMS = 'قوات البيشمركة الكردية'
HK = 'هلكورد حكمت'
CC = 'القيادة المركزية الأمريكية'
IS = 'التنظيم'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=Y, actors=[PM], attr=PMS),                                                                  # 1
 dict(type='CONTROL', trig='L1:استعادة', time=Y, actors=[PM, 'IQ_GOV'], targets=['ISIS'], loc='L1:سد الموصل', weapons=['L1:الطائرات الأمريكية'],
      attr=PMS),                                                                                                                      # 2
 dict(type='ATTACK', trig='L1:المعارك', actors=[PM, 'ISIS'], loc='L1:سد الموصل', qty=['L1:ثلاثة أيام'], attr=PMS),                           # 3
 dict(type='STATEMENT', trig='L2:قال', actors=[PM], attr=HK),                                                                             # 4
 dict(type='MOVEMENT', trig='L2:تقدمت', time=Y, actors=[PM], loc='L2:بلدة تلسقف', qty=['L2:محورين'], attr=HK),                               # 5
 dict(type='ATTACK', trig='L2:تقتحم', time=Y, actors=[PM], targets=['ISIS'], loc='L2:مبنى إدارة السد', qty=['L2:عشرات القتلى'], attr=HK),      # 6
 dict(type='WITHDRAWAL', trig='L2:الانسحاب', time=Y, actors=['ISIS'], loc='L2:مبنى إدارة السد', attr=HK),                                    # 7
 dict(type='OPERATION', trig='L3:تفكيك', actors=[PM], loc='L3:السد#0', qty=['L3:عشرات العبوات الناسفة'], attr=HK),                           # 8
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['US'], attr=CC),                                                                         # 9
 dict(type='ATTACK', trig='L4:شنت', time='L4:يوم الإثنين', actors=['US'], targets=['ISIS'], loc='L4:سد الموصل',
      weapons=['L4:مقاتلات', 'L4:طائرات من دون طيار أمريكية'], qty=['L4:15 غارة'], attr=CC),                                               # 10
 dict(type='ATTACK', trig='L4:دمرت', time='L4:يوم الإثنين', actors=['US'], targets=['ISIS'], loc='L4:سد الموصل', attr=CC),                  # 11
 dict(type='ATTACK', trig='L4:الغارات', time='L4:منذ الثامن من أغسطس', actors=['US'], loc='L4:العراق', qty=['L4:68 غارة'], attr=CC),        # 12
 dict(type='STATEMENT', trig='L5:قال', actors=['US'], attr='باراك أوباما'),                                                                # 13
 dict(type='OPERATION', trig='L5:العملية', time=Y, actors=['IQ_GOV', PM], attr='باراك أوباما'),                                            # 14
 dict(type='ATTACK', trig='L5:الضربات', actors=['US'], attr='باراك أوباما'),                                                               # 15
 dict(type='STATEMENT', trig='L6:بيان', actors=['ISIS'], attr=IS),                                                                        # 16
 dict(type='WITHDRAWAL', trig='L6:انسحاب', mod='denied', actors=['ISIS'], loc='L6:السد', attr=IS),                                          # 17
 dict(type='ATTACK', trig='L6:صدوا', actors=['ISIS'], targets=[PM], loc='L6:بلدة وانة', attr=IS),                                           # 18
 dict(type='ATTACK', trig='L6:هجوماً', actors=[PM], targets=['ISIS'], loc='L6:بلدة وانة', attr=IS),                                          # 19
 dict(type='ATTACK', trig='L6:قتلوا', actors=['ISIS'], targets=[PM], loc='L6:بلدة وانة', attr=IS),                                          # 20
 dict(type='MOVEMENT', trig='L7:نشر', actors=['ISIS'], loc='L7:المداخل الشمالية للمدينة', weapons=['L7:عربات رباعية الدفع'], attr='شهود عيان'),  # 21
 dict(type='MOVEMENT', trig='L7:لتقدم', mod='expected', actors=[PM], loc='L7:مدينة الموصل', attr='شهود عيان'),                               # 22
 dict(type='ATTACK', trig='L8:أعدم', time='L8:الجمعة الماضي', actors=['ISIS'], loc='L8:قرية كوجو', qty=['L8:عشرات الرجال'],
      attr='مسؤولون أكراد ومنظمات إيزيدية'),                                                                                             # 23
 dict(type='ARREST', trig='L8:اختطف', time='L8:الجمعة الماضي', actors=['ISIS'], loc='L8:قرية كوجو', attr='مسؤولون أكراد ومنظمات إيزيدية'),   # 24
 dict(type='MOVEMENT', trig='L9:وصلت', time='L9:أمس', actors=[FR], loc='L9:مطار أربيل', weapons=['L9:الأسلحة', 'L9:الذخائر']),               # 25
 dict(type='MOVEMENT', trig='L9:ينتشر', time='L9:منذ حزيران الماضي', actors=['US'], loc='L9:أربيل#1', qty=['L9:نحو 300']),                  # 26
]
YD = (MON, 'day')
TD = (D, 'day')
JUN = ('2014-06/2014-08', 'month')
forces = [
 dict(actor=PM, loc=('سد الموصل', 'mosul-dam'), as_of=YD, status='controls', source=PMS, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('سد الموصل', 'mosul-dam'), as_of=YD, status='controls', source=PMS, line=1, events=[2]),
 dict(actor=PM, loc=('مبنى إدارة السد', 'mosul-dam'), as_of=YD, status='present', source=HK, line=2, events=[6]),
 dict(actor='ISIS', loc=('مبنى إدارة السد', 'mosul-dam'), as_of=YD, status='present', source=HK, line=2, events=[6]),
 dict(actor='ISIS', loc=('مبنى إدارة السد', 'mosul-dam'), as_of=YD, status='withdrawn', source=HK, line=2, events=[7]),
 dict(actor='ISIS', assets='عربات مدرعة ونقاط تفتيش', loc=('سد الموصل', 'mosul-dam'), as_of=YD, status='attacked', source=CC, line=4, events=[10, 11]),
 dict(actor='ISIS', loc=('بلدة وانة', 'wana'), as_of=YD, status='present', source=IS, line=6, events=[18, 19]),
 dict(actor=PM, loc=('بلدة وانة', 'wana'), as_of=YD, status='present', source=IS, line=6, events=[18, 19]),
 dict(actor='ISIS', assets='مسلحون وعربات رباعية الدفع', loc=('المداخل الشمالية للمدينة', 'mosul-northern-entrances'), as_of=TD,
      status='reinforced', source='شهود عيان', line=7, events=[21]),
 dict(actor='US', strength=(300, True, 'troops'), loc=('أربيل', 'erbil'), as_of=JUN, status='present', line=9, events=[26]),
 dict(actor='US', strength=(300, True, 'troops'), loc=('بغداد', 'baghdad'), as_of=JUN, status='present', line=9, events=[26]),
]
build('alraya-mosul-dam', None, 'الراية', D, L, ents, times, events, forces)
