from build import build
L = [
'الجيش السوري يسيطر على قلعة المضيق ويوسع هجومه في ريف حماة',
'دمشق - البيان، وكالات',
'سيطر الجيش السوري أمس على بلدة قلعة المضيق الاستراتيجية في ريف حماة الشمالي الغربي، بعد دخوله بلدة كفرنبودة الأربعاء، في إطار هجوم بري بدأه مطلع الشهر الجاري بغطاء جوي روسي.',
'وقال مصدر عسكري سوري لوكالة الأنباء الرسمية "سانا" إن وحدات الجيش "أحكمت سيطرتها على قلعة المضيق وتل عثمان وقرية الشريعة بعد القضاء على أعداد من إرهابيي جبهة النصرة"، وبدأت تمشيط المنطقة من الألغام والعبوات الناسفة.',
'في المقابل، قال المتحدث باسم "الجبهة الوطنية للتحرير" النقيب ناجي مصطفى إن الفصائل انسحبت من قلعة المضيق "لتجنيب المدنيين مزيداً من المجازر"، مؤكداً أنها شنت ليل الأربعاء هجوماً معاكساً على مواقع قوات النظام في محيط كفرنبودة أوقع أكثر من 20 قتيلاً في صفوفها.',
'ونفذ الطيران الروسي وسلاح الجو السوري أكثر من 60 غارة أمس على بلدات الهبيط وكفرنبل وحيش في ريف إدلب الجنوبي، ما أسفر عن مقتل 11 مدنياً بينهم أربعة أطفال، بحسب "الدفاع المدني السوري".',
'وكانت نقطة المراقبة التركية العاشرة في قرية شير مغار بجبل شحشبو قد تعرضت السبت الماضي لقصف مدفعي مصدره مواقع قوات النظام، ما أدى إلى إصابة جنديين تركيين، وفق وزارة الدفاع التركية.',
'وقال مركز المصالحة الروسي في قاعدة حميميم، أمس، إن مسلحي "هيئة تحرير الشام" شنوا خلال الـ24 ساعة الماضية 15 هجوماً بالقذائف على مواقع الجيش السوري وبلدات في ريف حماة الشمالي.',
'وتقدر مصادر معارضة عدد مقاتلي الفصائل في المنطقة منزوعة السلاح ومحيطها بنحو 20 ألفاً، إلى جانب نحو 10 آلاف من "هيئة تحرير الشام" التي تسيطر على معظم محافظة إدلب منذ يناير الماضي.',
'ويأتي الهجوم رغم اتفاق سوتشي الموقع بين روسيا وتركيا في سبتمبر 2018، والذي نص على إقامة منطقة منزوعة السلاح بعمق يتراوح بين 15 و20 كيلومتراً تفصل بين قوات النظام وفصائل المعارضة.',
'وحذرت الأمم المتحدة من أن أكثر من 150 ألف شخص نزحوا منذ نهاية أبريل الماضي باتجاه المناطق القريبة من الحدود التركية.',
]
D = '2019-05-10'   # Friday; a Dubai print daily: its أمس is Thursday 2019-05-09
Y = '2019-05-09'
W = '2019-05-08'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:قلعة المضيق','LOCATION','qalaat-al-madiq'), ('L0:ريف حماة','LOCATION','hama-countryside'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:البيان','ORG','albayan'),
 ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:بلدة قلعة المضيق','LOCATION','qalaat-al-madiq'),
 ('L2:ريف حماة الشمالي الغربي','LOCATION','hama-northwest-countryside'), ('L2:بلدة كفرنبودة','LOCATION','kafr-nabudah'),
 ('L3:سانا','ORG','sana'), ('L3:الجيش','ACTOR','SY_GOV'), ('L3:قلعة المضيق','LOCATION','qalaat-al-madiq'),
 ('L3:تل عثمان','LOCATION','tal-othman'), ('L3:قرية الشريعة','LOCATION','al-shariah'), ('L3:جبهة النصرة','ACTOR','NUSRA'),
 ('L3:المنطقة','LOCATION','qalaat-al-madiq-area'), ('L3:الألغام','WEAPON','mines'), ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L4:الجبهة الوطنية للتحرير','ACTOR','FSA'), ('L4:ناجي مصطفى','PERSON','naji-mustafa'), ('L4:الفصائل','ACTOR','FSA'),
 ('L4:قلعة المضيق','LOCATION','qalaat-al-madiq'), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:كفرنبودة','LOCATION','kafr-nabudah'),
 ('L4:أكثر من 20 قتيلاً','QUANTITY',None,(20,True,'killed')),
 ('L5:الطيران الروسي','ACTOR','RU'), ('L5:سلاح الجو السوري','ACTOR','SY_GOV'), ('L5:أكثر من 60 غارة','QUANTITY',None,(60,True,'other')),
 ('L5:الهبيط','LOCATION','al-hbeit'), ('L5:كفرنبل','LOCATION','kafranbel'), ('L5:حيش','LOCATION','heish'),
 ('L5:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L5:11 مدنياً','QUANTITY',None,(11,False,'killed')),
 ('L5:أربعة أطفال','QUANTITY',None,(4,False,'killed')), ('L5:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L6:نقطة المراقبة التركية العاشرة','LOCATION','shir-mughar-observation-post'), ('L6:قرية شير مغار','LOCATION','shir-mughar'),
 ('L6:جبل شحشبو','LOCATION','jabal-shahshabu'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:جنديين تركيين','ACTOR','TR'),
 ('L6:جنديين تركيين#0','QUANTITY',None,(2,False,'wounded')), ('L6:وزارة الدفاع التركية','ACTOR','TR'),
 ('L7:مركز المصالحة الروسي','ACTOR','RU'), ('L7:قاعدة حميميم','LOCATION','hmeimim-airbase'), ('L7:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L7:15 هجوماً','QUANTITY',None,(15,False,'other')), ('L7:القذائف','WEAPON','shells'), ('L7:الجيش السوري','ACTOR','SY_GOV'),
 ('L7:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L8:الفصائل','ACTOR','FSA'), ('L8:المنطقة منزوعة السلاح','LOCATION','idlib-demilitarised-zone'),
 ('L8:نحو 20 ألفاً','QUANTITY',None,(20000,True,'fighters')), ('L8:نحو 10 آلاف','QUANTITY',None,(10000,True,'fighters')),
 ('L8:هيئة تحرير الشام','ACTOR','NUSRA'), ('L8:معظم محافظة إدلب','LOCATION','idlib-governorate'),
 ('L9:سوتشي','LOCATION','sochi'), ('L9:روسيا','ACTOR','RU'), ('L9:تركيا','ACTOR','TR'),
 ('L9:منطقة منزوعة السلاح','LOCATION','idlib-demilitarised-zone'), ('L9:بين 15 و20 كيلومتراً','QUANTITY',None,([15,20],False,'km')),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:فصائل المعارضة','ACTOR','FSA'),
 ('L10:الأمم المتحدة','ORG','un'), ('L10:أكثر من 150 ألف شخص','QUANTITY',None,(150000,True,'people')),
 ('L10:المناطق القريبة من الحدود التركية','LOCATION','syria-turkey-border-area'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:الأربعاء', W, 'day'),
 ('L2:مطلع الشهر الجاري', '2019-05', 'month'),
 ('L4:ليل الأربعاء', W, 'part-of-day', {'part':'night'}),
 ('L5:أمس', Y, 'day'),
 ('L6:السبت الماضي', '2019-05-04', 'day'),
 ('L7:أمس', Y, 'day'),
 ('L7:خلال الـ24 ساعة الماضية', W+'/'+Y, 'day'),
 ('L8:منذ يناير الماضي', '2019-01/2019-05', 'month'),
 ('L9:سبتمبر 2018', '2018-09', 'month'),
 ('L10:منذ نهاية أبريل الماضي', '2019-04/2019-05', 'month'),
]
SANA = 'مصدر عسكري سوري (سانا)'
NAJ = 'ناجي مصطفى'
CD = 'الدفاع المدني السوري'
MOD = 'وزارة الدفاع التركية'
RC = 'مركز المصالحة الروسي'
OPPS = 'مصادر معارضة'
THU = 'L2:أمس'
START = 'L2:مطلع الشهر الجاري'
events = [
 dict(type='CONTROL', trig='L2:سيطر', time=THU, actors=['SY_GOV'], loc='L2:بلدة قلعة المضيق'),                                     # 1
 dict(type='MOVEMENT', trig='L2:دخوله', time='L2:الأربعاء', actors=['SY_GOV'], loc='L2:بلدة كفرنبودة'),                             # 2
 dict(type='OPERATION', trig='L2:هجوم بري', time=START, actors=['SY_GOV','RU'], loc='L2:ريف حماة الشمالي الغربي'),                 # 3
 dict(type='CONTROL', trig='L3:أحكمت', time=THU, actors=['SY_GOV'], loc='L3:قلعة المضيق', attr=SANA),                               # 4
 dict(type='ATTACK', trig='L3:القضاء', time=THU, actors=['SY_GOV'], targets=['NUSRA'], attr=SANA),                                  # 5
 dict(type='OPERATION', trig='L3:تمشيط', actors=['SY_GOV'], loc='L3:المنطقة', attr=SANA),                                           # 6
 dict(type='STATEMENT', trig='L4:قال', actors=['FSA'], attr=NAJ),                                                                     # 7
 dict(type='WITHDRAWAL', trig='L4:انسحبت', time=THU, actors=['FSA'], loc='L4:قلعة المضيق', attr=NAJ),                               # 8
 dict(type='ATTACK', trig='L4:هجوماً معاكساً', time='L4:ليل الأربعاء', actors=['FSA'], targets=['SY_GOV'], loc='L4:كفرنبودة',
      attr=NAJ, qty=['L4:أكثر من 20 قتيلاً']),                                                                                     # 9
 dict(type='ATTACK', trig='L5:غارة', time='L5:أمس', actors=['RU','SY_GOV'], loc='L5:الهبيط', attr=CD,
      qty=['L5:أكثر من 60 غارة','L5:11 مدنياً','L5:أربعة أطفال']),                                                               # 10
 dict(type='ATTACK', trig='L6:قصف', time='L6:السبت الماضي', actors=['SY_GOV'], targets=['TR'], loc='L6:نقطة المراقبة التركية العاشرة',
      attr=MOD, qty=['L6:جنديين تركيين#0']),                                                                                      # 11
 dict(type='STATEMENT', trig='L7:قال', time='L7:أمس', actors=['RU'], attr=RC),                                                       # 12
 dict(type='ATTACK', trig='L7:هجوماً', time='L7:خلال الـ24 ساعة الماضية', actors=['NUSRA'], targets=['SY_GOV'],
      loc='L7:ريف حماة الشمالي', attr=RC, weapons=['L7:القذائف'], qty=['L7:15 هجوماً']),                                        # 13
 dict(type='CONTROL', trig='L8:تسيطر', time='L8:منذ يناير الماضي', actors=['NUSRA'], loc='L8:معظم محافظة إدلب'),                  # 14
 dict(type='OPERATION', trig='L9:الهجوم', time=START, actors=['SY_GOV','RU']),                                                       # 15
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:سبتمبر 2018', actors=['RU','TR'], loc='L9:سوتشي'),                               # 16
]
YD = (Y, 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة قلعة المضيق','qalaat-al-madiq'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('بلدة كفرنبودة','kafr-nabudah'), as_of=(W,'day'), status='arrived', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('ريف حماة الشمالي الغربي','hama-northwest-countryside'), as_of=('2019-05','month'), status='present',
      line=2, events=[3]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('قلعة المضيق','qalaat-al-madiq'), as_of=YD, status='controls', source=SANA, line=3, events=[4]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('تل عثمان','tal-othman'), as_of=YD, status='controls', source=SANA, line=3, events=[4]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('قرية الشريعة','al-shariah'), as_of=YD, status='controls', source=SANA, line=3, events=[4]),
 dict(actor='FSA', loc=('قلعة المضيق','qalaat-al-madiq'), as_of=YD, status='withdrawn', source=NAJ, line=4, events=[8]),
 dict(actor='SY_GOV', assets='مواقع', loc=('كفرنبودة','kafr-nabudah'), as_of=(W,'part-of-day'), status='attacked', source=NAJ,
      line=4, events=[9]),
 dict(actor='TR', assets='نقطة المراقبة', loc=('نقطة المراقبة التركية العاشرة','shir-mughar-observation-post'), as_of=('2019-05-04','day'),
      status='attacked', source=MOD, line=6, events=[11]),
 dict(actor='SY_GOV', assets='مواقع', loc=('ريف حماة الشمالي','hama-north-countryside'), as_of=(W+'/'+Y,'day'), status='attacked',
      source=RC, line=7, events=[13]),
 dict(actor='FSA', strength=(20000, True, 'fighters'), loc=('المنطقة منزوعة السلاح','idlib-demilitarised-zone'), as_of=(D,'day'),
      status='present', source=OPPS, line=8),
 dict(actor='NUSRA', strength=(10000, True, 'fighters'), loc=('المنطقة منزوعة السلاح','idlib-demilitarised-zone'), as_of=(D,'day'),
      status='present', source=OPPS, line=8),
 dict(actor='NUSRA', loc=('معظم محافظة إدلب','idlib-governorate'), as_of=('2019-01/2019-05','month'), status='controls', line=8, events=[14]),
]
build('albayan-qalaat-al-madiq', None, 'البيان', D, L, ents, times, events, forces)
