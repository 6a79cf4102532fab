from build import build
L = [
'ثلاثة شهداء من الجيش بعدوان تركي على ريف عين العرب.. ومسيّرة للاحتلال تستهدف سيارة بريف القامشلي',
'استشهد ثلاثة جنود من الجيش العربي السوري وأصيب ستة آخرون، مساء أمس الثلاثاء، جراء اعتداء لقوات الاحتلال التركي بالمدفعية والطائرات المسيّرة على نقاط للجيش في ريف مدينة عين العرب الغربي بريف حلب الشمالي الشرقي، وفق ما نقلته وكالة "سانا" عن مصدر عسكري.',
'وأوضح المصدر أن وحدات الجيش العاملة في المنطقة ردّت على مصادر إطلاق النيران "بالشكل المناسب" وكبّدت قوات الاحتلال التركي ومرتزقته خسائر مؤكدة، مشدداً على أن الجيش "لن يتهاون" في الدفاع عن كل شبر من الأراضي السورية.',
'وفي ريف القامشلي، أفاد مراسل "شام إف إم" بأن طائرة مسيّرة تركية استهدفت فجر اليوم الأربعاء سيارة على طريق القامشلي - عامودا قرب قرية خربة عمو، ما أدى إلى مقتل عنصرين من ميليشيا "قسد" وإصابة مدني كان يمر في المكان.',
'وزعمت وزارة الدفاع التركية في بيان نشرته على "تويتر" أنها "حيّدت" 13 "إرهابياً" من حزب العمال الكردستاني "PKK" و"وحدات حماية الشعب" خلال الساعات الـ48 الماضية، رداً على ما قالت إنه هجوم استهدف مخفراً حدودياً في ولاية شانلي أورفا وأدى إلى مقتل جندي تركي.',
'وبحسب مصادر أهلية في ريف الحسكة الشمالي، تتعرض قرى ناحية أبو راسين (زركان) وريف الدرباسية منذ يوم الأحد الماضي لقصف مدفعي تركي متقطع طال منازل المدنيين ومحطة لضخ المياه، ما دفع عشرات العائلات إلى النزوح نحو مدينة الحسكة.',
'وفي سياق متصل، سيّرت الشرطة العسكرية الروسية صباح اليوم دورية في ريف الدرباسية الشمالي قرب الحدود مع تركيا ترافقها مروحيتان، في حين عززت وحدات الجيش العربي السوري انتشارها في نقاطها بريف تل تمر وأبو راسين بعربات مدرعة وأسلحة متوسطة.',
'ويأتي التصعيد في ظل تهديدات متكررة يطلقها رئيس النظام التركي رجب طيب أردوغان بشن عملية عسكرية جديدة في الشمال السوري تستهدف مدينتي تل رفعت ومنبج، بذريعة "إنشاء منطقة آمنة" بعمق 30 كيلومتراً على طول الحدود.',
'وكانت وزارة الخارجية والمغتربين قد أكدت في رسالتين إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن أن "الاعتداءات التركية المتكررة" تشكل انتهاكاً فاضحاً لسيادة سوريا ووحدة أراضيها، مطالبة بانسحاب قوات الاحتلال التركي من الأراضي السورية كافة.',
]
D = '2022-08-17'   # Wednesday; radio website, copy of its own day
TUE = '2022-08-16'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:ريف عين العرب','LOCATION','ain-al-arab-countryside'), ('L0:مسيّرة','WEAPON','drone'),
 ('L0:لاحتلال','ACTOR','TR'), ('L0:ريف القامشلي','LOCATION','qamishli-countryside'),
 ('L1:ثلاثة جنود','QUANTITY',None,(3,False,'killed')), ('L1:الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L1:ستة آخرون','QUANTITY',None,(6,False,'wounded')), ('L1:قوات الاحتلال التركي','ACTOR','TR'), ('L1:المدفعية','WEAPON','artillery'),
 ('L1:الطائرات المسيّرة','WEAPON','drone'), ('L1:لجيش#1','ACTOR','SY_GOV'), ('L1:ريف مدينة عين العرب الغربي','LOCATION','ain-al-arab-west-countryside'),
 ('L1:ريف حلب الشمالي الشرقي','LOCATION','aleppo-northeast-countryside'), ('L1:سانا','ORG','sana'),
 ('L2:الجيش#0','ACTOR','SY_GOV'), ('L2:المنطقة','LOCATION','ain-al-arab-west-countryside'), ('L2:قوات الاحتلال التركي','ACTOR','TR'),
 ('L2:الجيش#1','ACTOR','SY_GOV'), ('L2:الأراضي السورية','LOCATION','syria'),
 ('L3:ريف القامشلي','LOCATION','qamishli-countryside'), ('L3:شام إف إم','ORG','sham-fm'), ('L3:طائرة مسيّرة تركية','WEAPON','drone'),
 ('L3:طريق القامشلي - عامودا','LOCATION','qamishli-amuda-road'), ('L3:قرية خربة عمو','LOCATION','khirbet-ammo'),
 ('L3:عنصرين','QUANTITY',None,(2,False,'killed')), ('L3:قسد','ACTOR','SDF'),
 ('L4:وزارة الدفاع التركية','ACTOR','TR'), ('L4:تويتر','ORG','twitter'), ('L4:13','QUANTITY',None,(13,False,'killed')),
 ('L4:إرهابياً','ACTOR','PKK'), ('L4:حزب العمال الكردستاني "PKK"','ACTOR','PKK'), ('L4:وحدات حماية الشعب','ACTOR','YPG'),
 ('L4:ولاية شانلي أورفا','LOCATION','sanliurfa'), ('L4:جندي تركي','ACTOR','TR'),
 ('L5:ريف الحسكة الشمالي','LOCATION','hasakah-north-countryside'), ('L5:قرى ناحية أبو راسين','LOCATION','abu-rasin-villages'),
 ('L5:زركان','LOCATION','abu-rasin'), ('L5:ريف الدرباسية','LOCATION','darbasiyah-countryside'),
 ('L5:عشرات العائلات','QUANTITY',None,([24,99],True,'other')), ('L5:مدينة الحسكة','LOCATION','hasakah'),
 ('L6:الشرطة العسكرية الروسية','ACTOR','RU'), ('L6:ريف الدرباسية الشمالي','LOCATION','darbasiyah-north-countryside'),
 ('L6:الحدود','LOCATION','syria-turkey-border'), ('L6:تركيا','LOCATION','turkey'),
 ('L6:مروحيتان','QUANTITY',None,(2,False,'aircraft')), ('L6:مروحيتان#0','WEAPON','helicopters'),
 ('L6:الجيش العربي السوري','ACTOR','SY_GOV'), ('L6:ريف تل تمر','LOCATION','tal-tamr-countryside'), ('L6:أبو راسين','LOCATION','abu-rasin'),
 ('L6:عربات مدرعة','WEAPON','armoured-vehicles'), ('L6:أسلحة متوسطة','WEAPON','medium-weapons'),
 ('L7:النظام التركي','ACTOR','TR'), ('L7:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:الشمال السوري','LOCATION','north-syria'),
 ('L7:مدينتي تل رفعت','LOCATION','tal-rifaat'), ('L7:منبج','LOCATION','manbij'), ('L7:منطقة آمنة','LOCATION','safe-zone'),
 ('L7:30 كيلومتراً','QUANTITY',None,(30,False,'km')), ('L7:الحدود','LOCATION','syria-turkey-border'),
 ('L8:وزارة الخارجية والمغتربين','ACTOR','SY_GOV'), ('L8:لأمم المتحدة','ORG','un'), ('L8:مجلس الأمن','ORG','unsc'),
 ('L8:سوريا','LOCATION','syria'), ('L8:قوات الاحتلال التركي','ACTOR','TR'), ('L8:الأراضي السورية','LOCATION','syria'),
]
times = [
 ('L1:مساء أمس الثلاثاء', TUE, 'part-of-day', {'part': 'evening'}),
 ('L3:فجر اليوم الأربعاء', D, 'part-of-day', {'part': 'morning'}),
 ('L4:خلال الساعات الـ48 الماضية', '2022-08-15/2022-08-17', 'day'),
 ('L5:منذ يوم الأحد الماضي', '2022-08-14/2022-08-17', 'day'),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
]
EVE = 'L1:مساء أمس الثلاثاء'
SANA = 'مصدر عسكري (سانا)'
TMOD = 'وزارة الدفاع التركية'
events = [
 dict(type='ATTACK', trig='L1:اعتداء', time=EVE, actors=['TR'], targets=['SY_GOV'], loc='L1:ريف مدينة عين العرب الغربي', attr=SANA,
      weapons=['L1:المدفعية','L1:الطائرات المسيّرة'], qty=['L1:ثلاثة جنود','L1:ستة آخرون']),                                        # 1
 dict(type='ATTACK', trig='L2:ردّت', time=EVE, actors=['SY_GOV'], targets=['TR'], loc='L2:المنطقة', attr=SANA),                      # 2
 dict(type='ATTACK', trig='L2:كبّدت', time=EVE, actors=['SY_GOV'], targets=['TR'], attr=SANA),                                        # 3
 dict(type='ATTACK', trig='L3:استهدفت', time='L3:فجر اليوم الأربعاء', actors=['TR'], targets=['SDF'], loc='L3:قرية خربة عمو',
      attr='مراسل شام إف إم', weapons=['L3:طائرة مسيّرة تركية'], qty=['L3:عنصرين']),                                                 # 4
 dict(type='STATEMENT', trig='L4:زعمت', actors=['TR'], attr=TMOD),                                                                   # 5
 dict(type='ATTACK', trig='L4:حيّدت', time='L4:خلال الساعات الـ48 الماضية', actors=['TR'], targets=['PKK','YPG'], attr=TMOD,
      qty=['L4:13']),                                                                                                                  # 6
 dict(type='ATTACK', trig='L4:هجوم', targets=['TR'], loc='L4:ولاية شانلي أورفا', attr=TMOD),                                          # 7
 dict(type='ATTACK', trig='L5:قصف', time='L5:منذ يوم الأحد الماضي', actors=['TR'], loc='L5:قرى ناحية أبو راسين', attr='مصادر أهلية'),  # 8
 dict(type='TRAINING', trig='L6:دورية', time='L6:صباح اليوم', actors=['RU'], loc='L6:ريف الدرباسية الشمالي',
      weapons=['L6:مروحيتان#0'], qty=['L6:مروحيتان']),                                                                               # 9
 dict(type='MOVEMENT', trig='L6:عززت', actors=['SY_GOV'], loc='L6:ريف تل تمر', weapons=['L6:عربات مدرعة','L6:أسلحة متوسطة']),        # 10
 dict(type='OPERATION', trig='L7:عملية عسكرية', mod='planned', actors=['TR'], loc='L7:مدينتي تل رفعت', attr='رجب طيب أردوغان'),      # 11
 dict(type='ATTACK', trig='L8:الاعتداءات', actors=['TR'], attr='وزارة الخارجية والمغتربين'),                                         # 12
 dict(type='WITHDRAWAL', trig='L8:انسحاب', mod='planned', actors=['TR'], loc='L8:الأراضي السورية', attr='وزارة الخارجية والمغتربين'),  # 13
]
OD = (D, 'day')
EV = (TUE, 'part-of-day')
MORN = (D, 'part-of-day')
forces = [
 dict(actor='SY_GOV', assets='نقاط للجيش', loc=('ريف مدينة عين العرب الغربي','ain-al-arab-west-countryside'), as_of=EV, status='attacked', source=SANA, line=1, events=[1]),
 dict(actor='SY_GOV', assets='نقاط للجيش', loc=('ريف مدينة عين العرب الغربي','ain-al-arab-west-countryside'), as_of=EV, status='present', source=SANA, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('المنطقة','ain-al-arab-west-countryside'), as_of=EV, status='present', source=SANA, line=2, events=[2]),
 dict(actor='TR', assets='مخفر حدودي', loc=('ولاية شانلي أورفا','sanliurfa'), as_of=(None, 'vague'), status='attacked', source=TMOD, line=4, events=[7]),
 dict(actor='RU', assets='دورية ترافقها مروحيتان', loc=('ريف الدرباسية الشمالي','darbasiyah-north-countryside'), as_of=MORN, status='present', line=6, events=[9]),
 dict(actor='SY_GOV', assets='عربات مدرعة وأسلحة متوسطة', loc=('ريف تل تمر','tal-tamr-countryside'), as_of=OD, status='reinforced', line=6, events=[10]),
 dict(actor='SY_GOV', assets='عربات مدرعة وأسلحة متوسطة', loc=('أبو راسين','abu-rasin'), as_of=OD, status='reinforced', line=6, events=[10]),
 dict(actor='TR', loc=('الأراضي السورية','syria'), as_of=OD, status='present', source='وزارة الخارجية والمغتربين', line=8, events=[]),
]
build('shamfm-qamishli-drone', None, 'شام إف إم', D, L, ents, times, events, forces)
