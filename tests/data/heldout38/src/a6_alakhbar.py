from build import build
L = [
'الجيش والمقاومة في «مثلث الموت»: دير العدس وتل مرعي تسقطان',
'واصل الجيش السوري وحلفاؤه، أمس، تقدّمهم في ريف درعا الشمالي الغربي، وسيطروا على بلدة دير العدس وتل مرعي الاستراتيجي، في اليوم الرابع للعملية العسكرية الواسعة التي أُطلقت فجر السبت الماضي في المثلث الواصل بين أرياف درعا والقنيطرة ودمشق.',
'وقال مصدر ميداني لـ«الأخبار» إن وحدات من الجيش ومقاتلي المقاومة اقتحموا دير العدس من محورين، فيما انسحب مسلحو «جبهة النصرة» وفصائل «الجبهة الجنوبية» نحو بلدتي كفر شمس وكفر ناسج.',
'وأضاف المصدر أن وحدات الجيش تتجه نحو تل الحارة، أعلى قمة في المنطقة، و«ستحاول السيطرة عليه خلال الأيام المقبلة».',
'في المقابل، أعلنت «الجبهة الجنوبية» في بيان أن مقاتليها صدّوا هجوماً على بلدة كفر ناسج، وقتلوا أكثر من 30 عنصراً من قوات النظام و«حزب الله» و«الحرس الثوري» الإيراني، نافية سقوط تل مرعي.',
'ولم يصدر عن «حزب الله» أي تعليق رسمي، لكنه شيّع أمس ثلاثة من مقاتليه في الضاحية الجنوبية لبيروت وفي البقاع.',
'وعلى جبهة القنيطرة، شنّ سلاح الجو السوري غارات على بلدتي مسحرة وأم باطنة، تزامناً مع قصف مدفعي من الجيش استهدف تجمعات للمسلحين في محيط تل الحارة، وفق «التنسيقيات».',
'وتزامن التقدم مع استنفار في صفوف جيش الاحتلال الإسرائيلي في الجولان المحتل، إذ أفادت وسائل إعلام عبرية بأنه عزز قواته على خط وقف إطلاق النار بكتيبة مدرعة، وسط مخاوف من «وصول إيران وحزب الله إلى الحدود».',
'ويقدّر مصدر عسكري عدد المسلحين في المثلث الجنوبي بنحو 6 آلاف، معظمهم من «النصرة»، في حين يشارك في العملية نحو 4 آلاف من الجيش والمقاومة ووحدات من «الحرس الثوري».',
'وتكتسب المعركة أهمية خاصة، إذ تُعد الأولى التي يُكشف فيها علناً عن مشاركة مستشارين إيرانيين، بعد أسابيع من مقتل جنرال في «الحرس الثوري» وستة من مقاتلي المقاومة بغارة شنّها الطيران الإسرائيلي على مزارع الأمل في القنيطرة في 18 كانون الثاني الماضي.',
]
D = '2015-02-11'   # Wednesday; Beirut print daily, dated the day after the news
Y = '2015-02-10'
HZ = 'HEZBOLLAH'
SF = 'OTHER:southern-front'
IL = 'OTHER:israel'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:المقاومة','ACTOR',HZ), ('L0:مثلث الموت','LOCATION','daraa-quneitra-triangle'), ('L0:دير العدس','LOCATION','deir-al-adas'),
 ('L0:تل مرعي','LOCATION','tal-marai'),
 ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:ريف درعا الشمالي الغربي','LOCATION','daraa-north-west-countryside'), ('L1:بلدة دير العدس','LOCATION','deir-al-adas'),
 ('L1:تل مرعي','LOCATION','tal-marai'), ('L1:المثلث','LOCATION','daraa-quneitra-triangle'), ('L1:أرياف درعا','LOCATION','daraa-countryside'),
 ('L1:القنيطرة','LOCATION','quneitra'), ('L1:دمشق','LOCATION','damascus'),
 ('L2:الأخبار','ORG','alakhbar'), ('L2:الجيش','ACTOR','SY_GOV'), ('L2:المقاومة','ACTOR',HZ), ('L2:دير العدس','LOCATION','deir-al-adas'),
 ('L2:محورين','QUANTITY',None,(2,False,'other')), ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:فصائل «الجبهة الجنوبية»','ACTOR',SF),
 ('L2:بلدتي كفر شمس','LOCATION','kafr-shams'), ('L2:كفر ناسج','LOCATION','kafr-nasij'),
 ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:تل الحارة','LOCATION','tal-al-harra'), ('L3:المنطقة','LOCATION','daraa-quneitra-triangle'),
 ('L4:الجبهة الجنوبية','ACTOR',SF), ('L4:بلدة كفر ناسج','LOCATION','kafr-nasij'), ('L4:أكثر من 30 عنصراً','QUANTITY',None,(30,True,'killed')),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:حزب الله','ACTOR',HZ), ('L4:الحرس الثوري','ACTOR','IR'), ('L4:تل مرعي','LOCATION','tal-marai'),
 ('L5:حزب الله','ACTOR',HZ), ('L5:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L5:الضاحية الجنوبية','LOCATION','beirut-southern-suburbs'),
 ('L5:بيروت','LOCATION','beirut'), ('L5:البقاع','LOCATION','bekaa'),
 ('L6:القنيطرة','LOCATION','quneitra'), ('L6:سلاح الجو السوري','ACTOR','SY_GOV'), ('L6:بلدتي مسحرة','LOCATION','masharah'),
 ('L6:أم باطنة','LOCATION','umm-batna'), ('L6:الجيش','ACTOR','SY_GOV'), ('L6:تل الحارة','LOCATION','tal-al-harra'), ('L6:التنسيقيات','ORG','lccs'),
 ('L7:جيش الاحتلال الإسرائيلي','ACTOR',IL), ('L7:الجولان المحتل','LOCATION','golan'), ('L7:خط وقف إطلاق النار','LOCATION','golan-ceasefire-line'),
 ('L7:إيران','ACTOR','IR'), ('L7:حزب الله','ACTOR',HZ), ('L7:الحدود','LOCATION','golan-ceasefire-line'),
 ('L8:المثلث الجنوبي','LOCATION','daraa-quneitra-triangle'), ('L8:نحو 6 آلاف','QUANTITY',None,(6000,True,'fighters')), ('L8:النصرة','ACTOR','NUSRA'),
 ('L8:نحو 4 آلاف','QUANTITY',None,(4000,True,'troops')), ('L8:الجيش','ACTOR','SY_GOV'), ('L8:المقاومة','ACTOR',HZ), ('L8:الحرس الثوري','ACTOR','IR'),
 ('L9:مستشارين إيرانيين','ACTOR','IR'), ('L9:الحرس الثوري','ACTOR','IR'), ('L9:ستة','QUANTITY',None,(6,False,'killed')), ('L9:المقاومة','ACTOR',HZ),
 ('L9:الطيران الإسرائيلي','ACTOR',IL), ('L9:مزارع الأمل','LOCATION','mazraat-al-amal'), ('L9:القنيطرة','LOCATION','quneitra'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L1:فجر السبت الماضي', '2015-02-07', 'part-of-day', {'part': 'morning'}),
 ('L3:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L5:أمس', Y, 'day'),
 ('L9:18 كانون الثاني الماضي', '2015-01-18', 'day'),
]
T = 'L1:أمس'
S = 'L1:فجر السبت الماضي'
FS = 'مصدر ميداني (الأخبار)'
SFS = 'الجبهة الجنوبية'
events = [
 dict(type='MOVEMENT', trig='L1:تقدّمهم', time=T, actors=['SY_GOV'], loc='L1:ريف درعا الشمالي الغربي'),                              # 1
 dict(type='CONTROL', trig='L1:سيطروا', time=T, actors=['SY_GOV'], loc='L1:بلدة دير العدس'),                                          # 2
 dict(type='OPERATION', trig='L1:عملية', time=S, actors=['SY_GOV'], loc='L1:المثلث'),                                                # 3
 dict(type='ATTACK', trig='L2:اقتحموا', time=T, actors=['SY_GOV', HZ], targets=['NUSRA', SF], loc='L2:دير العدس', qty=['L2:محورين'], attr=FS),  # 4
 dict(type='WITHDRAWAL', trig='L2:انسحب', time=T, actors=['NUSRA', SF], loc='L2:دير العدس', attr=FS),                                  # 5
 dict(type='MOVEMENT', trig='L3:تتجه', actors=['SY_GOV'], loc='L3:تل الحارة', attr=FS),                                              # 6
 dict(type='CONTROL', trig='L3:السيطرة', mod='planned', time='L3:خلال الأيام المقبلة', actors=['SY_GOV'], loc='L3:تل الحارة', attr=FS),  # 7
 dict(type='STATEMENT', trig='L4:أعلنت', actors=[SF], attr=SFS),                                                                     # 8
 dict(type='ATTACK', trig='L4:صدّوا', actors=[SF], targets=['SY_GOV', HZ, 'IR'], loc='L4:بلدة كفر ناسج', qty=['L4:أكثر من 30 عنصراً'], attr=SFS),  # 9
 dict(type='ATTACK', trig='L4:هجوماً', actors=['SY_GOV', HZ, 'IR'], targets=[SF], loc='L4:بلدة كفر ناسج', attr=SFS),                  # 10
 dict(type='CONTROL', trig='L4:سقوط', mod='denied', loc='L4:تل مرعي', attr=SFS),                                                    # 11
 dict(type='ATTACK', trig='L6:غارات', actors=['SY_GOV'], loc='L6:بلدتي مسحرة', attr='التنسيقيات'),                                   # 12
 dict(type='ATTACK', trig='L6:قصف', actors=['SY_GOV'], loc='L6:تل الحارة', attr='التنسيقيات'),                                      # 13
 dict(type='MOVEMENT', trig='L7:التقدم', time=T, actors=['SY_GOV']),                                                                 # 14
 dict(type='MOVEMENT', trig='L7:عزز', actors=[IL], loc='L7:خط وقف إطلاق النار', attr='وسائل إعلام عبرية'),                             # 15
 dict(type='MOVEMENT', trig='L7:وصول', mod='expected', actors=['IR', HZ], loc='L7:الحدود'),                                           # 16
 dict(type='OPERATION', trig='L8:العملية', time=S, actors=['SY_GOV', HZ, 'IR'], loc='L8:المثلث الجنوبي', qty=['L8:نحو 4 آلاف'], attr='مصدر عسكري'),  # 17
 dict(type='OPERATION', trig='L9:المعركة', time=S, actors=['SY_GOV', HZ, 'IR']),                                                     # 18
 dict(type='ATTACK', trig='L9:غارة', time='L9:18 كانون الثاني الماضي', actors=[IL], targets=['IR', HZ], loc='L9:مزارع الأمل', qty=['L9:ستة']),  # 19
]
YD = (Y, 'day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة دير العدس', 'deir-al-adas'), as_of=YD, status='controls', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('تل مرعي', 'tal-marai'), as_of=YD, status='controls', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('دير العدس', 'deir-al-adas'), as_of=YD, status='present', source=FS, line=2, events=[4]),
 dict(actor=HZ, loc=('دير العدس', 'deir-al-adas'), as_of=YD, status='present', source=FS, line=2, events=[4]),
 dict(actor='NUSRA', loc=('دير العدس', 'deir-al-adas'), as_of=YD, status='withdrawn', source=FS, line=2, events=[5]),
 dict(actor=SF, loc=('دير العدس', 'deir-al-adas'), as_of=YD, status='withdrawn', source=FS, line=2, events=[5]),
 dict(actor=SF, loc=('بلدة كفر ناسج', 'kafr-nasij'), as_of=YD, status='present', source=SFS, line=4, events=[9]),
 dict(actor='SY_GOV', loc=('بلدة كفر ناسج', 'kafr-nasij'), as_of=YD, status='present', source=SFS, line=4, events=[10]),
 dict(actor=HZ, loc=('بلدة كفر ناسج', 'kafr-nasij'), as_of=YD, status='present', source=SFS, line=4, events=[10]),
 dict(actor='IR', loc=('بلدة كفر ناسج', 'kafr-nasij'), as_of=YD, status='present', source=SFS, line=4, events=[10]),
 dict(actor=IL, assets='كتيبة مدرعة', loc=('خط وقف إطلاق النار', 'golan-ceasefire-line'), as_of=YD, status='reinforced', source='وسائل إعلام عبرية',
      line=7, events=[15]),
 dict(actor='NUSRA', loc=('المثلث الجنوبي', 'daraa-quneitra-triangle'), as_of=TD, status='present', source='مصدر عسكري', line=8),
 dict(actor='SY_GOV', strength=(4000, True, 'troops'), loc=('المثلث الجنوبي', 'daraa-quneitra-triangle'), as_of=TD, status='present',
      source='مصدر عسكري', line=8, events=[17]),
 dict(actor=HZ, strength=(4000, True, 'troops'), loc=('المثلث الجنوبي', 'daraa-quneitra-triangle'), as_of=TD, status='present',
      source='مصدر عسكري', line=8, events=[17]),
 dict(actor='IR', loc=('المثلث الجنوبي', 'daraa-quneitra-triangle'), as_of=TD, status='present', source='مصدر عسكري', line=8, events=[17]),
 dict(actor='IR', loc=('مزارع الأمل', 'mazraat-al-amal'), as_of=('2015-01-18', 'day'), status='attacked', line=9, events=[19]),
 dict(actor=HZ, loc=('مزارع الأمل', 'mazraat-al-amal'), as_of=('2015-01-18', 'day'), status='attacked', line=9, events=[19]),
]
build('alakhbar-deir-al-adas', None, 'الأخبار', D, L, ents, times, events, forces)
