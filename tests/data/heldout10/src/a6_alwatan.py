from build import build
L = [
'اشتباكات بين الجيش العراقي و"وحدات مقاومة سنجار" تدفع آلاف الإيزيديين إلى النزوح',
'بغداد: الوطن',
'تجددت أمس الاشتباكات بين قوات الجيش العراقي ومسلحي "وحدات مقاومة سنجار" المرتبطة بحزب العمال الكردستاني PKK في ناحية سنوني شمال قضاء سنجار غرب نينوى، لليوم الثاني على التوالي، ما أسفر عن مقتل جندي وإصابة 11 آخرين، وفق مصادر أمنية.',
'وقالت قيادة العمليات المشتركة، في بيان، إن قطعات الفرقة العشرين "تحركت لفرض القانون وإزالة الحواجز والخنادق التي أقامتها مجموعات خارجة عن القانون"، مؤكدة أن القوات الأمنية "فرضت سيطرتها على مركز الناحية"، وأن العمليات "ستستمر حتى إعادة الاستقرار".',
'في المقابل، اتهمت "وحدات مقاومة سنجار"، في بيان، الجيش العراقي بـ"قصف الأحياء السكنية" في سنوني بالمدفعية، مؤكدة أن مقاتليها "لن ينسحبوا من سنجار".',
'وأعلنت وزارة الهجرة والمهجرين العراقية أن أكثر من 3 آلاف عائلة إيزيدية نزحت من سنوني والقرى المحيطة بها باتجاه مخيمات محافظة دهوك في إقليم كردستان خلال الـ48 ساعة الماضية.',
'وكان الجيش العراقي قد دفع خلال الأيام الماضية بتعزيزات عسكرية إلى سنجار تضم دبابات وعربات مدرعة، فيما فرضت السلطات حظراً للتجوال في سنوني.',
'وتأتي المواجهات بعد أسابيع من توتر متصاعد حول تطبيق "اتفاق سنجار" الموقع بين بغداد وأربيل في التاسع من أكتوبر 2020، والذي ينص على إخراج مسلحي حزب العمال الكردستاني من القضاء وتسليم ملفه الأمني للشرطة المحلية والجيش.',
'وتتهم أنقرة حزب العمال باتخاذ سنجار "قاعدة خلفية" لشن هجمات على أراضيها، إذ نفذت مسيّرات تركية خلال الأشهر الماضية غارات عدة على مواقع الحزب و"وحدات مقاومة سنجار" في القضاء، بالتزامن مع إطلاق عملية "المخلب - القفل" في إقليم كردستان منتصف أبريل الماضي.',
'واتهمت مصادر كردية فصائل موالية لإيران في "الحشد الشعبي" بدعم "وحدات مقاومة سنجار" بالسلاح والمال، وهو ما نفته هيئة الحشد، مؤكدة أن اللواء 80 المؤلف من أبناء المنطقة "يقف على الحياد".',
'ويقدر عدد مقاتلي "وحدات مقاومة سنجار" بنحو ألفي مقاتل، يسيطرون على أجزاء واسعة من القضاء منذ طرد تنظيم "داعش" منه أواخر عام 2015.',
]
D = '2022-05-03'   # Tuesday; a print daily: its أمس is Monday 2022-05-02
Y = '2022-05-02'
YBS = 'OTHER:ybs'
KRG = 'OTHER:krg'
PMF = 'OTHER:pmf'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:الجيش العراقي','ACTOR','IQ_GOV'), ('L0:وحدات مقاومة سنجار','ACTOR',YBS),
 ('L0:آلاف الإيزيديين','QUANTITY',None,([1000,9999],True,'people')),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الوطن','ORG','alwatan-sa'),
 ('L2:قوات الجيش العراقي','ACTOR','IQ_GOV'), ('L2:وحدات مقاومة سنجار','ACTOR',YBS), ('L2:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L2:PKK','ACTOR','PKK'), ('L2:ناحية سنوني','LOCATION','sinuni'), ('L2:قضاء سنجار','LOCATION','sinjar'), ('L2:نينوى','LOCATION','nineveh'),
 ('L2:11 آخرين','QUANTITY',None,(11,False,'wounded')),
 ('L3:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L3:الفرقة العشرين','ACTOR','IQ_GOV'),
 ('L3:مجموعات خارجة عن القانون','ACTOR',YBS), ('L3:القوات الأمنية','ACTOR','IQ_GOV'), ('L3:مركز الناحية','LOCATION','sinuni'),
 ('L4:وحدات مقاومة سنجار','ACTOR',YBS), ('L4:الجيش العراقي','ACTOR','IQ_GOV'), ('L4:الأحياء السكنية','LOCATION','sinuni-residential'),
 ('L4:سنوني','LOCATION','sinuni'), ('L4:المدفعية','WEAPON','artillery'), ('L4:سنجار#1','LOCATION','sinjar'),
 ('L5:وزارة الهجرة والمهجرين العراقية','ACTOR','IQ_GOV'), ('L5:أكثر من 3 آلاف عائلة','QUANTITY',None,(3000,True,'people')),
 ('L5:سنوني','LOCATION','sinuni'), ('L5:القرى المحيطة بها','LOCATION','sinuni-surroundings'),
 ('L5:مخيمات محافظة دهوك','LOCATION','duhok-camps'), ('L5:إقليم كردستان','LOCATION','kurdistan-region'),
 ('L6:الجيش العراقي','ACTOR','IQ_GOV'), ('L6:سنجار','LOCATION','sinjar'), ('L6:دبابات','WEAPON','tanks'),
 ('L6:عربات مدرعة','WEAPON','armoured-vehicles'), ('L6:سنوني','LOCATION','sinuni'),
 ('L7:سنجار','LOCATION','sinjar'), ('L7:بغداد','ACTOR','IQ_GOV'), ('L7:أربيل','ACTOR',KRG), ('L7:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L7:القضاء','LOCATION','sinjar'), ('L7:لشرطة المحلية','ACTOR','IQ_GOV'), ('L7:الجيش','ACTOR','IQ_GOV'),
 ('L8:أنقرة','ACTOR','TR'), ('L8:حزب العمال','ACTOR','PKK'), ('L8:سنجار#0','LOCATION','sinjar'), ('L8:مسيّرات','WEAPON','drones'),
 ('L8:الحزب','ACTOR','PKK'), ('L8:وحدات مقاومة سنجار','ACTOR',YBS), ('L8:القضاء','LOCATION','sinjar'),
 ('L8:إقليم كردستان','LOCATION','kurdistan-region'),
 ('L9:فصائل موالية لإيران','ACTOR',IBM), ('L9:الحشد الشعبي','ACTOR',PMF), ('L9:وحدات مقاومة سنجار','ACTOR',YBS),
 ('L9:السلاح','WEAPON','weapons'), ('L9:هيئة الحشد','ACTOR',PMF), ('L9:اللواء 80','ACTOR',PMF),
 ('L10:وحدات مقاومة سنجار','ACTOR',YBS), ('L10:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')),
 ('L10:أجزاء واسعة من القضاء','LOCATION','sinjar'), ('L10:تنظيم "داعش"','ACTOR','ISIS'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:لليوم الثاني على التوالي', '2022-05-01/'+Y, 'day'),
 ('L5:خلال الـ48 ساعة الماضية', '2022-05-01/'+D, 'day'),
 ('L6:خلال الأيام الماضية', None, 'vague', {'relation':'before'}),
 ('L7:التاسع من أكتوبر 2020', '2020-10-09', 'day'),
 ('L8:خلال الأشهر الماضية', None, 'vague', {'relation':'before'}),
 ('L8:منتصف أبريل الماضي', '2022-04', 'month'),
 ('L10:أواخر عام 2015', '2015', 'year'),
]
JOC = 'قيادة العمليات المشتركة'
YSRC = 'وحدات مقاومة سنجار'
MON = 'L2:أمس'
events = [
 dict(type='ATTACK', trig='L2:الاشتباكات', time=MON, actors=['IQ_GOV',YBS], loc='L2:ناحية سنوني', attr='مصادر أمنية',
      qty=['L2:11 آخرين']),                                                                                                       # 1
 dict(type='STATEMENT', trig='L3:قالت', actors=['IQ_GOV'], attr=JOC),                                                              # 2
 dict(type='MOVEMENT', trig='L3:تحركت', actors=['IQ_GOV'], attr=JOC),                                                              # 3
 dict(type='CONTROL', trig='L3:فرضت', actors=['IQ_GOV'], loc='L3:مركز الناحية', attr=JOC),                                         # 4
 dict(type='OPERATION', trig='L3:ستستمر', mod='planned', actors=['IQ_GOV'], targets=[YBS], attr=JOC),                             # 5
 dict(type='ATTACK', trig='L4:قصف', actors=['IQ_GOV'], targets=[], loc='L4:الأحياء السكنية', attr=YSRC, weapons=['L4:المدفعية']),  # 6
 dict(type='WITHDRAWAL', trig='L4:ينسحبوا', mod='denied', actors=[YBS], loc='L4:سنجار#1', attr=YSRC),                               # 7
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['IQ_GOV'], attr='وزارة الهجرة والمهجرين العراقية'),                              # 8
 dict(type='MOVEMENT', trig='L6:دفع', time='L6:خلال الأيام الماضية', actors=['IQ_GOV'], loc='L6:سنجار',
      weapons=['L6:دبابات','L6:عربات مدرعة']),                                                                                    # 9
 dict(type='ATTACK', trig='L7:المواجهات', time=MON, actors=['IQ_GOV',YBS]),                                                        # 10
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:التاسع من أكتوبر 2020', actors=['IQ_GOV',KRG], loc='L7:سنجار'),                 # 11
 dict(type='WITHDRAWAL', trig='L7:إخراج', mod='planned', time='L7:التاسع من أكتوبر 2020', actors=['PKK'], loc='L7:القضاء'),       # 12
 dict(type='CONTROL', trig='L7:تسليم', mod='planned', time='L7:التاسع من أكتوبر 2020', actors=['IQ_GOV'], loc='L7:القضاء'),       # 13
 dict(type='BASE', trig='L8:قاعدة خلفية', actors=['PKK'], loc='L8:سنجار#0', attr='أنقرة'),                                           # 14
 dict(type='ATTACK', trig='L8:هجمات', actors=['PKK'], targets=['TR'], attr='أنقرة'),                                                # 15
 dict(type='ATTACK', trig='L8:غارات', time='L8:خلال الأشهر الماضية', actors=['TR'], targets=['PKK',YBS], loc='L8:القضاء',
      weapons=['L8:مسيّرات']),                                                                                                    # 16
 dict(type='OPERATION', trig='L8:عملية', time='L8:منتصف أبريل الماضي', actors=['TR'], targets=['PKK'], loc='L8:إقليم كردستان'),  # 17
 dict(type='CONTROL', trig='L10:يسيطرون', actors=[YBS], loc='L10:أجزاء واسعة من القضاء'),                                          # 18
 dict(type='WITHDRAWAL', trig='L10:طرد', time='L10:أواخر عام 2015', actors=['ISIS']),                                             # 19
]
OD = (D, 'day')
MD = (Y, 'day')
VG = (None, 'vague')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية سنوني','sinuni'), as_of=MD, status='present', source='مصادر أمنية', line=2, events=[1]),
 dict(actor=YBS, loc=('ناحية سنوني','sinuni'), as_of=MD, status='present', source='مصادر أمنية', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('مركز الناحية','sinuni'), as_of=OD, status='controls', source=JOC, line=3, events=[4]),
 dict(actor=YBS, loc=('سنجار','sinjar'), as_of=OD, status='present', source=YSRC, line=4, events=[7]),
 dict(actor='IQ_GOV', assets='تعزيزات عسكرية: دبابات وعربات مدرعة', loc=('سنجار','sinjar'), as_of=VG, status='reinforced',
      line=6, events=[9]),
 dict(actor='IQ_GOV', assets='الشرطة المحلية والجيش', loc=('القضاء','sinjar'), as_of=('2020-10-09','day'), status='planned',
      line=7, events=[13]),
 dict(actor='PKK', assets='قاعدة خلفية', loc=('سنجار','sinjar'), as_of=OD, status='present', source='أنقرة', line=8, events=[14]),
 dict(actor='PKK', assets='مواقع', loc=('القضاء','sinjar'), as_of=VG, status='attacked', line=8, events=[16]),
 dict(actor=YBS, assets='مواقع', loc=('القضاء','sinjar'), as_of=VG, status='attacked', line=8, events=[16]),
 dict(actor='TR', loc=('إقليم كردستان','kurdistan-region'), as_of=('2022-04','month'), status='present', line=8, events=[17]),
 dict(actor='PKK', loc=('إقليم كردستان','kurdistan-region'), as_of=('2022-04','month'), status='attacked', line=8, events=[17]),
 dict(actor=YBS, strength=(2000, True, 'fighters'), loc=('أجزاء واسعة من القضاء','sinjar'), as_of=OD, status='present', line=10),
 dict(actor=YBS, loc=('أجزاء واسعة من القضاء','sinjar'), as_of=OD, status='controls', line=10, events=[18]),
 dict(actor='ISIS', loc=('القضاء','sinjar'), as_of=('2015','year'), status='withdrawn', line=10, events=[19]),
]
build('alwatansa-sinjar-clashes', None, 'الوطن السعودية', D, L, ents, times, events, forces)
