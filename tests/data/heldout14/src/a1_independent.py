from build import build
L = [
'"قسد" تنسحب من رأس العين تحت مظلة الهدنة.. وقافلة أميركية تعبر إلى العراق',
'إندبندنت عربية - وكالات',
'انسحب مقاتلو "قوات سوريا الديمقراطية" (قسد)، أمس الأحد، من مدينة رأس العين الحدودية شمال شرقي سوريا، بعد 11 يوماً من المعارك مع الجيش التركي والفصائل السورية الموالية له، وذلك تطبيقاً للاتفاق الذي توصلت إليه أنقرة وواشنطن الخميس الماضي لتعليق الهجوم التركي مدة 120 ساعة.',
'وقال المتحدث باسم "قسد" كينو غابرييل، في بيان مصوّر، إن قواته "أخلت المدينة بالكامل ولم يعد لها أي مقاتل فيها"، مشيراً إلى أن قافلة من نحو 50 آلية خرجت من المستشفى الوطني في المدينة باتجاه بلدة تل تمر، وعلى متنها جرحى ومدنيون.',
'وذكر المرصد السوري لحقوق الإنسان أن الجيش التركي وفصائل "الجيش الوطني السوري" دخلت رأس العين بعد ساعات من خروج القافلة، وباتت تسيطر على المدينة والقرى المحيطة بها، فيما تدور اشتباكات متقطعة بين "قسد" والفصائل قرب بلدة تل تمر في ريف الحسكة.',
'في المقابل، أعلنت وزارة الدفاع التركية أن "الإرهابيين" نفذوا 20 هجوماً خلال الـ24 ساعة الماضية رغم الهدنة، وأن جندياً تركياً قُتل بنيران صاروخ مضاد للدروع قرب مدينة تل أبيض، مؤكدة أن القوات التركية "ردّت بالمثل في إطار حق الدفاع المشروع عن النفس".',
'وكانت القوات التركية والفصائل الموالية لها قد سيطرت على مدينة تل أبيض في 13 تشرين الأول (أكتوبر) الجاري، بعد أربعة أيام من إطلاق أنقرة عملية "نبع السلام" في التاسع من الشهر نفسه، بهدف إقامة "منطقة آمنة" بعمق 32 كيلومتراً على طول الحدود.',
'وفي تطور متزامن، عبرت قافلة عسكرية أميركية تضم أكثر من 100 آلية، صباح اليوم الاثنين، معبر سيمالكا الحدودي إلى إقليم كردستان العراق، بحسب مراسل وكالة "رويترز"، في إطار سحب نحو ألف جندي أميركي من شمال سوريا أعلنه الرئيس دونالد ترمب.',
'وقال وزير الدفاع الأميركي مارك إسبر للصحافيين إن نحو 700 من الجنود المنسحبين سيتمركزون في غرب العراق لمواصلة الحرب على تنظيم "داعش" ومنع عودته.',
'في غضون ذلك، نفى مسؤول في "الإدارة الذاتية" لـ"إندبندنت عربية" أن تكون "قسد" قد سلّمت مواقعها في تل تمر إلى الجيش السوري، موضحاً أن وحدات من الجيش انتشرت منذ الاثنين الماضي في منبج وعين عيسى بموجب تفاهم مع دمشق برعاية روسية.',
'ومن المقرر أن يلتقي الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في سوتشي غداً الثلاثاء، قبل ساعات من انتهاء المهلة، في حين لوّحت أنقرة باستئناف العملية العسكرية "بقوة أكبر" إذا لم تنسحب الوحدات الكردية من كامل المنطقة الآمنة.',
]
D = '2019-10-21'   # Monday; web copy of its own day
SUN = '2019-10-20'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:رأس العين','LOCATION','ras-al-ain'), ('L0:العراق','LOCATION','iraq'),
 ('L1:إندبندنت عربية','ORG','independent-arabia'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:مدينة رأس العين','LOCATION','ras-al-ain'),
 ('L2:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L2:11 يوماً','QUANTITY',None,(11,False,'other')),
 ('L2:الجيش التركي','ACTOR','TR'), ('L2:الفصائل السورية الموالية له','ACTOR','FSA'), ('L2:أنقرة','ACTOR','TR'), ('L2:واشنطن','ACTOR','US'),
 ('L2:120 ساعة','QUANTITY',None,(120,False,'other')),
 ('L3:قسد','ACTOR','SDF'), ('L3:كينو غابرييل','PERSON','kino-gabriel'), ('L3:المدينة#0','LOCATION','ras-al-ain'),
 ('L3:نحو 50 آلية','QUANTITY',None,(50,True,'vehicles')), ('L3:آلية','WEAPON','vehicles'),
 ('L3:المستشفى الوطني','LOCATION','ras-al-ain-national-hospital'), ('L3:المدينة#1','LOCATION','ras-al-ain'), ('L3:بلدة تل تمر','LOCATION','tal-tamr'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:الجيش التركي','ACTOR','TR'), ('L4:الجيش الوطني السوري','ACTOR','FSA'),
 ('L4:رأس العين','LOCATION','ras-al-ain'), ('L4:المدينة','LOCATION','ras-al-ain'), ('L4:القرى المحيطة بها','LOCATION','ras-al-ain-surroundings'),
 ('L4:قسد','ACTOR','SDF'), ('L4:الفصائل','ACTOR','FSA'), ('L4:بلدة تل تمر','LOCATION','tal-tamr'), ('L4:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:الإرهابيين','ACTOR','SDF'), ('L5:20 هجوماً','QUANTITY',None,(20,False,'other')),
 ('L5:جندياً تركياً','ACTOR','TR'), ('L5:صاروخ مضاد للدروع','WEAPON','anti-tank-missile'), ('L5:مدينة تل أبيض','LOCATION','tal-abyad'),
 ('L5:القوات التركية','ACTOR','TR'),
 ('L6:القوات التركية','ACTOR','TR'), ('L6:الفصائل الموالية لها','ACTOR','FSA'), ('L6:مدينة تل أبيض','LOCATION','tal-abyad'),
 ('L6:أنقرة','ACTOR','TR'), ('L6:منطقة آمنة','LOCATION','safe-zone'), ('L6:32 كيلومتراً','QUANTITY',None,(32,False,'km')),
 ('L6:الحدود','LOCATION','syria-turkey-border'),
 ('L7:أكثر من 100 آلية','QUANTITY',None,(100,True,'vehicles')), ('L7:آلية','WEAPON','vehicles'),
 ('L7:معبر سيمالكا الحدودي','LOCATION','semalka-crossing'), ('L7:إقليم كردستان العراق','LOCATION','kurdistan-region'),
 ('L7:رويترز','ORG','reuters'), ('L7:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')), ('L7:شمال سوريا','LOCATION','north-syria'),
 ('L7:دونالد ترمب','PERSON','donald-trump'),
 ('L8:مارك إسبر','PERSON','mark-esper'), ('L8:نحو 700','QUANTITY',None,(700,True,'troops')), ('L8:غرب العراق','LOCATION','western-iraq'),
 ('L8:تنظيم "داعش"','ACTOR','ISIS'),
 ('L9:الإدارة الذاتية','ORG','aanes'), ('L9:إندبندنت عربية','ORG','independent-arabia'), ('L9:قسد','ACTOR','SDF'), ('L9:تل تمر','LOCATION','tal-tamr'),
 ('L9:الجيش السوري','ACTOR','SY_GOV'), ('L9:الجيش#1','ACTOR','SY_GOV'), ('L9:منبج','LOCATION','manbij'), ('L9:عين عيسى','LOCATION','ain-issa'),
 ('L9:دمشق','ACTOR','SY_GOV'),
 ('L10:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L10:فلاديمير بوتين','PERSON','vladimir-putin'), ('L10:سوتشي','LOCATION','sochi'),
 ('L10:أنقرة','ACTOR','TR'), ('L10:الوحدات الكردية','ACTOR','YPG'), ('L10:المنطقة الآمنة','LOCATION','safe-zone'),
]
times = [
 ('L2:أمس الأحد', SUN, 'day'),
 ('L2:الخميس الماضي', '2019-10-17', 'day'),
 ('L5:خلال الـ24 ساعة الماضية', '2019-10-20/2019-10-21', 'day'),
 ('L6:13 تشرين الأول (أكتوبر) الجاري', '2019-10-13', 'day'),
 ('L6:التاسع من الشهر نفسه', '2019-10-09', 'day'),
 ('L7:صباح اليوم الاثنين', D, 'part-of-day', {'part': 'morning'}),
 ('L9:منذ الاثنين الماضي', '2019-10-14/2019-10-21', 'day'),
 ('L10:غداً الثلاثاء', '2019-10-22', 'day'),
]
KINO = 'كينو غابرييل'
SOHR = 'المرصد السوري لحقوق الإنسان'
TMOD = 'وزارة الدفاع التركية'
REU = 'مراسل رويترز'
ESP = 'مارك إسبر'
AAO = 'مسؤول في الإدارة الذاتية (إندبندنت عربية)'
YEST = 'L2:أمس الأحد'
LAUNCH = 'L6:التاسع من الشهر نفسه'
events = [
 dict(type='WITHDRAWAL', trig='L2:انسحب', time=YEST, actors=['SDF'], loc='L2:مدينة رأس العين'),                                       # 1
 dict(type='ATTACK', trig='L2:المعارك', actors=['SDF','TR','FSA'], loc='L2:مدينة رأس العين', qty=['L2:11 يوماً']),                     # 2
 dict(type='AGREEMENT', trig='L2:للاتفاق', time='L2:الخميس الماضي', actors=['TR','US']),                                               # 3
 dict(type='OPERATION', trig='L2:الهجوم التركي', time=LAUNCH, actors=['TR']),                                                         # 4
 dict(type='STATEMENT', trig='L3:قال', actors=['SDF'], attr=KINO),                                                                    # 5
 dict(type='WITHDRAWAL', trig='L3:أخلت', time=YEST, actors=['SDF'], loc='L3:المدينة#0', attr=KINO),                                   # 6
 dict(type='WITHDRAWAL', trig='L3:خرجت', time=YEST, actors=['SDF'], loc='L3:المستشفى الوطني', attr=KINO,
      weapons=['L3:آلية'], qty=['L3:نحو 50 آلية']),                                                                                  # 7
 dict(type='MOVEMENT', trig='L4:دخلت', time=YEST, actors=['TR','FSA'], loc='L4:رأس العين', attr=SOHR),                                # 8
 dict(type='CONTROL', trig='L4:تسيطر', actors=['TR','FSA'], targets=['SDF'], loc='L4:المدينة', attr=SOHR),                            # 9
 dict(type='ATTACK', trig='L4:اشتباكات', actors=['SDF','FSA'], loc='L4:بلدة تل تمر', attr=SOHR),                                      # 10
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['TR'], attr=TMOD),                                                                   # 11
 dict(type='ATTACK', trig='L5:هجوماً', time='L5:خلال الـ24 ساعة الماضية', actors=['SDF'], targets=['TR'], attr=TMOD, qty=['L5:20 هجوماً']),  # 12
 dict(type='ATTACK', trig='L5:قُتل', time='L5:خلال الـ24 ساعة الماضية', targets=['TR'], loc='L5:مدينة تل أبيض', attr=TMOD,
      weapons=['L5:صاروخ مضاد للدروع']),                                                                                             # 13
 dict(type='ATTACK', trig='L5:ردّت بالمثل', time='L5:خلال الـ24 ساعة الماضية', actors=['TR'], targets=['SDF'], attr=TMOD),             # 14
 dict(type='CONTROL', trig='L6:سيطرت', time='L6:13 تشرين الأول (أكتوبر) الجاري', actors=['TR','FSA'], loc='L6:مدينة تل أبيض'),         # 15
 dict(type='OPERATION', trig='L6:عملية', time=LAUNCH, actors=['TR']),                                                                 # 16
 dict(type='MOVEMENT', trig='L7:عبرت', time='L7:صباح اليوم الاثنين', actors=['US'], loc='L7:معبر سيمالكا الحدودي', attr=REU,
      weapons=['L7:آلية'], qty=['L7:أكثر من 100 آلية']),                                                                             # 17
 dict(type='WITHDRAWAL', trig='L7:سحب', actors=['US'], loc='L7:شمال سوريا', attr=REU, qty=['L7:نحو ألف جندي']),                        # 18
 dict(type='STATEMENT', trig='L7:أعلنه', actors=['US'], attr='دونالد ترمب'),                                                          # 19
 dict(type='STATEMENT', trig='L8:قال', actors=['US'], attr=ESP),                                                                      # 20
 dict(type='MOVEMENT', trig='L8:سيتمركزون', mod='planned', actors=['US'], loc='L8:غرب العراق', attr=ESP, qty=['L8:نحو 700']),         # 21
 dict(type='CONTROL', trig='L9:سلّمت', mod='denied', actors=['SY_GOV'], targets=['SDF'], loc='L9:تل تمر', attr=AAO),                  # 22
 dict(type='MOVEMENT', trig='L9:انتشرت', time='L9:منذ الاثنين الماضي', actors=['SY_GOV'], loc='L9:منبج', attr=AAO),                   # 23
 dict(type='AGREEMENT', trig='L9:تفاهم', actors=['SDF','SY_GOV'], attr=AAO),                                                          # 24
 dict(type='OPERATION', trig='L10:العملية العسكرية', mod='planned', actors=['TR'], targets=['YPG']),                                  # 25
]
OD = (D, 'day')
SUND = (SUN, 'day')
forces = [
 dict(actor='SDF', loc=('مدينة رأس العين','ras-al-ain'), as_of=SUND, status='withdrawn', line=2, events=[1]),
 dict(actor='SDF', loc=('مدينة رأس العين','ras-al-ain'), as_of=SUND, status='present', line=2, events=[2]),
 dict(actor='TR', loc=('مدينة رأس العين','ras-al-ain'), as_of=SUND, status='present', line=2, events=[2]),
 dict(actor='FSA', loc=('مدينة رأس العين','ras-al-ain'), as_of=SUND, status='present', line=2, events=[2]),
 dict(actor='SDF', loc=('المدينة','ras-al-ain'), as_of=SUND, status='withdrawn', source=KINO, line=3, events=[6]),
 dict(actor='SDF', strength=(50, True, 'vehicles'), assets='قافلة من نحو 50 آلية', loc=('المستشفى الوطني','ras-al-ain-national-hospital'),
      as_of=SUND, status='withdrawn', source=KINO, line=3, events=[7]),
 dict(actor='TR', loc=('المدينة','ras-al-ain'), as_of=OD, status='controls', source=SOHR, line=4, events=[8, 9]),
 dict(actor='FSA', loc=('المدينة','ras-al-ain'), as_of=OD, status='controls', source=SOHR, line=4, events=[8, 9]),
 dict(actor='TR', loc=('القرى المحيطة بها','ras-al-ain-surroundings'), as_of=OD, status='controls', source=SOHR, line=4, events=[9]),
 dict(actor='FSA', loc=('القرى المحيطة بها','ras-al-ain-surroundings'), as_of=OD, status='controls', source=SOHR, line=4, events=[9]),
 dict(actor='SDF', loc=('بلدة تل تمر','tal-tamr'), as_of=OD, status='present', source=SOHR, line=4, events=[10]),
 dict(actor='FSA', loc=('بلدة تل تمر','tal-tamr'), as_of=OD, status='present', source=SOHR, line=4, events=[10]),
 dict(actor='TR', loc=('مدينة تل أبيض','tal-abyad'), as_of=('2019-10-20/2019-10-21', 'day'), status='attacked', source=TMOD, line=5, events=[13]),
 dict(actor='TR', loc=('مدينة تل أبيض','tal-abyad'), as_of=('2019-10-13', 'day'), status='controls', line=6, events=[15]),
 dict(actor='FSA', loc=('مدينة تل أبيض','tal-abyad'), as_of=('2019-10-13', 'day'), status='controls', line=6, events=[15]),
 dict(actor='US', strength=(100, True, 'vehicles'), assets='قافلة عسكرية من أكثر من 100 آلية', loc=('إقليم كردستان العراق','kurdistan-region'),
      as_of=(D, 'part-of-day'), status='arrived', source=REU, line=7, events=[17]),
 dict(actor='US', strength=(1000, True, 'troops'), loc=('شمال سوريا','north-syria'), as_of=OD, status='withdrawn', source=REU, line=7, events=[18]),
 dict(actor='US', strength=(700, True, 'troops'), loc=('غرب العراق','western-iraq'), as_of=OD, status='planned', source=ESP, line=8, events=[21]),
 dict(actor='SY_GOV', loc=('منبج','manbij'), as_of=('2019-10-14/2019-10-21', 'day'), status='present', source=AAO, line=9, events=[23]),
 dict(actor='SY_GOV', loc=('عين عيسى','ain-issa'), as_of=('2019-10-14/2019-10-21', 'day'), status='present', source=AAO, line=9, events=[23]),
]
build('independent-ras-al-ain', None, 'إندبندنت عربية', D, L, ents, times, events, forces)
