from build import build
L = [
'الجيش السوري يسقط طائرة مسيرة تركية جديدة فوق إدلب.. والشرطة الروسية تنتشر في سراقب',
'كتب أحمد جمعة',
'أعلنت وكالة الأنباء السورية "سانا"، اليوم الأربعاء، أن وحدات الدفاع الجوي في الجيش العربي السوري أسقطت طائرة مسيرة تركية في أجواء ريف إدلب الجنوبي، هي الرابعة منذ الأحد الماضي، في إطار التصدي لما وصفته بـ"العدوان التركي" على الأراضي السورية.',
'وأضافت الوكالة أن وحدات الجيش تواصل تمشيط مدينة سراقب ومحيطها بعد أن استعادت السيطرة عليها مساء الاثنين إثر معارك عنيفة مع التنظيمات الإرهابية المدعومة من النظام التركي، فيما انتشرت وحدات من الشرطة العسكرية الروسية في المدينة لتأمين الطريق الدولي حلب - دمشق "M5".',
'في المقابل، زعمت وزارة الدفاع التركية في بيان أن الطائرات المسيرة التركية دمرت خلال الساعات الـ24 الماضية 8 دبابات و4 راجمات صواريخ ومنظومة دفاع جوي تابعة للجيش السوري، مدعية "تحييد" 327 من عناصره، في حين أكد وزير الدفاع التركي خلوصي أكار أن عملية "درع الربيع" مستمرة "حتى تنسحب قوات النظام إلى ما وراء نقاط المراقبة" التي حددها اتفاق سوتشي.',
'وتزامن ذلك مع إعلان الكرملين أن الرئيس الروسي فلاديمير بوتين سيستقبل نظيره التركي رجب طيب أردوغان في موسكو غداً الخميس لبحث التصعيد في إدلب، بعد أيام من مقتل 34 جندياً تركياً في غارة جوية على مواقعهم قرب بلدة بليون بجبل الزاوية نهاية الشهر الماضي.',
'ميدانياً، أفادت قناة "سكاي نيوز عربية" بأن اشتباكات عنيفة تدور منذ فجر اليوم بين الجيش السوري مدعوماً بمقاتلين من "حزب الله" اللبناني من جهة، والفصائل المسلحة الموالية لأنقرة من جهة أخرى على محور النيرب شرق إدلب، وسط قصف مدفعي تركي مكثف على مواقع الجيش في محيط سراقب.',
'ويأتي التصعيد بينما تواصل أنقرة الدفع بتعزيزات عسكرية ضخمة عبر معبر كفرلوسين الحدودي، إذ دخل منذ مطلع فبراير الماضي أكثر من 3 آلاف آلية عسكرية ونحو 10 آلاف جندي إلى إدلب، بحسب المرصد السوري لحقوق الإنسان.',
]
D = '2020-03-04'   # Wednesday; web copy of its own day
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:طائرة مسيرة','WEAPON','drone'), ('L0:إدلب','LOCATION','idlib'), ('L0:الشرطة الروسية','ACTOR','RU'),
 ('L0:سراقب','LOCATION','saraqib'),
 ('L1:أحمد جمعة','PERSON','ahmed-gomaa'),
 ('L2:وكالة الأنباء السورية','ORG','sana'), ('L2:سانا','ORG','sana'), ('L2:الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L2:طائرة مسيرة','WEAPON','drone'), ('L2:أجواء ريف إدلب الجنوبي','LOCATION','idlib-south-countryside-airspace'),
 ('L2:الأراضي السورية','LOCATION','syria'),
 ('L3:الجيش','ACTOR','SY_GOV'), ('L3:مدينة سراقب','LOCATION','saraqib'), ('L3:التنظيمات الإرهابية','ACTOR','NUSRA'),
 ('L3:النظام التركي','ACTOR','TR'), ('L3:الشرطة العسكرية الروسية','ACTOR','RU'), ('L3:المدينة','LOCATION','saraqib'),
 ('L3:الطريق الدولي حلب - دمشق "M5"','LOCATION','m5-highway'),
 ('L4:وزارة الدفاع التركية','ACTOR','TR'), ('L4:الطائرات المسيرة','WEAPON','drone'), ('L4:8 دبابات','QUANTITY',None,(8,False,'vehicles')),
 ('L4:دبابات','WEAPON','tanks'), ('L4:4 راجمات صواريخ','QUANTITY',None,(4,False,'other')), ('L4:راجمات صواريخ','WEAPON','rocket-launchers'),
 ('L4:منظومة دفاع جوي','WEAPON','air-defence-system'), ('L4:لجيش السوري','ACTOR','SY_GOV'), ('L4:327','QUANTITY',None,(327,False,'killed')),
 ('L4:خلوصي أكار','PERSON','hulusi-akar'), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:سوتشي','LOCATION','sochi'),
 ('L5:الكرملين','ACTOR','RU'), ('L5:فلاديمير بوتين','PERSON','vladimir-putin'), ('L5:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'),
 ('L5:موسكو','LOCATION','moscow'), ('L5:إدلب','LOCATION','idlib'), ('L5:34 جندياً','QUANTITY',None,(34,False,'killed')),
 ('L5:جندياً تركياً','ACTOR','TR'), ('L5:بلدة بليون','LOCATION','balyun'), ('L5:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L6:سكاي نيوز عربية','ORG','sky-news-arabia'), ('L6:الجيش السوري','ACTOR','SY_GOV'), ('L6:حزب الله','ACTOR','HEZBOLLAH'),
 ('L6:الفصائل المسلحة الموالية لأنقرة','ACTOR','FSA'), ('L6:النيرب','LOCATION','nayrab'), ('L6:إدلب','LOCATION','idlib'),
 ('L6:الجيش#1','ACTOR','SY_GOV'), ('L6:سراقب','LOCATION','saraqib'),
 ('L7:أنقرة','ACTOR','TR'), ('L7:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'),
 ('L7:أكثر من 3 آلاف آلية','QUANTITY',None,(3000,True,'vehicles')), ('L7:آلية عسكرية','WEAPON','military-vehicles'),
 ('L7:نحو 10 آلاف جندي','QUANTITY',None,(10000,True,'troops')), ('L7:إدلب','LOCATION','idlib'),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'),
]
times = [
 ('L2:اليوم الأربعاء', D, 'day'),
 ('L2:منذ الأحد الماضي', '2020-03-01/2020-03-04', 'day'),
 ('L3:مساء الاثنين', '2020-03-02', 'part-of-day', {'part': 'evening'}),
 ('L4:خلال الساعات الـ24 الماضية', '2020-03-03/2020-03-04', 'day'),
 ('L5:غداً الخميس', '2020-03-05', 'day'),
 ('L5:نهاية الشهر الماضي', '2020-02', 'month'),
 ('L6:منذ فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ مطلع فبراير الماضي', '2020-02/2020-03', 'month'),
]
SANA = 'سانا'
TMOD = 'وزارة الدفاع التركية'
AKAR = 'خلوصي أكار'
SKY = 'سكاي نيوز عربية'
SOHR = 'المرصد السوري لحقوق الإنسان'
MON = 'L3:مساء الاثنين'
events = [
 dict(type='ATTACK', trig='L2:أسقطت', time='L2:اليوم الأربعاء', actors=['SY_GOV'], targets=['TR'], loc='L2:أجواء ريف إدلب الجنوبي', attr=SANA),  # 1
 dict(type='OPERATION', trig='L2:العدوان التركي', time='L2:منذ الأحد الماضي', actors=['TR'], targets=['SY_GOV'], loc='L2:الأراضي السورية', attr=SANA),  # 2
 dict(type='OPERATION', trig='L3:تمشيط', actors=['SY_GOV'], loc='L3:مدينة سراقب', attr=SANA),                                      # 3
 dict(type='CONTROL', trig='L3:استعادت السيطرة', time=MON, actors=['SY_GOV'], targets=['NUSRA'], loc='L3:مدينة سراقب', attr=SANA),    # 4
 dict(type='ATTACK', trig='L3:معارك', time=MON, actors=['SY_GOV','NUSRA'], loc='L3:مدينة سراقب', attr=SANA),                         # 5
 dict(type='MOVEMENT', trig='L3:انتشرت', actors=['RU'], loc='L3:المدينة', attr=SANA),                                               # 6
 dict(type='STATEMENT', trig='L4:زعمت', actors=['TR'], attr=TMOD),                                                                 # 7
 dict(type='ATTACK', trig='L4:دمرت', time='L4:خلال الساعات الـ24 الماضية', actors=['TR'], targets=['SY_GOV'], attr=TMOD,
      weapons=['L4:الطائرات المسيرة'], qty=['L4:8 دبابات','L4:4 راجمات صواريخ']),                                                  # 8
 dict(type='ATTACK', trig='L4:تحييد', time='L4:خلال الساعات الـ24 الماضية', actors=['TR'], targets=['SY_GOV'], attr=TMOD, qty=['L4:327']),  # 9
 dict(type='STATEMENT', trig='L4:أكد', actors=['TR'], attr=AKAR),                                                                  # 10
 dict(type='OPERATION', trig='L4:عملية', time='L2:منذ الأحد الماضي', actors=['TR'], targets=['SY_GOV'], attr=AKAR),                 # 11
 dict(type='AGREEMENT', trig='L4:اتفاق سوتشي', attr=AKAR),                                                                         # 12
 dict(type='ATTACK', trig='L5:غارة جوية', time='L5:نهاية الشهر الماضي', targets=['TR'], loc='L5:بلدة بليون', qty=['L5:34 جندياً']),  # 13
 dict(type='ATTACK', trig='L6:اشتباكات', time='L6:منذ فجر اليوم', actors=['SY_GOV','HEZBOLLAH','FSA'], loc='L6:النيرب', attr=SKY),  # 14
 dict(type='ATTACK', trig='L6:قصف مدفعي', time='L6:منذ فجر اليوم', actors=['TR'], targets=['SY_GOV'], loc='L6:سراقب', attr=SKY),     # 15
 dict(type='MOVEMENT', trig='L7:الدفع', actors=['TR'], loc='L7:معبر كفرلوسين الحدودي', attr=SOHR),                                  # 16
 dict(type='MOVEMENT', trig='L7:دخل', time='L7:منذ مطلع فبراير الماضي', actors=['TR'], loc='L7:إدلب', attr=SOHR,
      weapons=['L7:آلية عسكرية'], qty=['L7:أكثر من 3 آلاف آلية','L7:نحو 10 آلاف جندي']),                                           # 17
]
OD = (D, 'day')
MOND = ('2020-03-02', 'part-of-day')
DAWN = (D, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة سراقب','saraqib'), as_of=OD, status='present', source=SANA, line=3, events=[3, 5]),
 dict(actor='SY_GOV', loc=('مدينة سراقب','saraqib'), as_of=MOND, status='controls', source=SANA, line=3, events=[4]),
 dict(actor='NUSRA', loc=('مدينة سراقب','saraqib'), as_of=MOND, status='present', source=SANA, line=3, events=[5]),
 dict(actor='RU', loc=('المدينة','saraqib'), as_of=OD, status='present', source=SANA, line=3, events=[6]),
 dict(actor='TR', assets='مواقع', loc=('بلدة بليون','balyun'), as_of=('2020-02', 'month'), status='attacked', line=5, events=[13]),
 dict(actor='TR', assets='مواقع', loc=('بلدة بليون','balyun'), as_of=('2020-02', 'month'), status='present', line=5, events=[13]),
 dict(actor='SY_GOV', loc=('محور النيرب','nayrab'), as_of=DAWN, status='present', source=SKY, line=6, events=[14]),
 dict(actor='HEZBOLLAH', loc=('محور النيرب','nayrab'), as_of=DAWN, status='present', source=SKY, line=6, events=[14]),
 dict(actor='FSA', loc=('محور النيرب','nayrab'), as_of=DAWN, status='present', source=SKY, line=6, events=[14]),
 dict(actor='SY_GOV', assets='مواقع', loc=('محيط سراقب','saraqib'), as_of=DAWN, status='attacked', source=SKY, line=6, events=[15]),
 dict(actor='SY_GOV', assets='مواقع', loc=('محيط سراقب','saraqib'), as_of=DAWN, status='present', source=SKY, line=6, events=[15]),
 dict(actor='TR', strength=(10000, True, 'troops'), assets='أكثر من 3 آلاف آلية عسكرية', loc=('إدلب','idlib'),
      as_of=('2020-02/2020-03', 'month'), status='reinforced', source=SOHR, line=7, events=[16, 17]),
]
build('youm7-saraqib-drones', None, 'اليوم السابع', D, L, ents, times, events, forces)
