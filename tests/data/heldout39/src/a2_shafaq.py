from build import build
L = [
'قوات اتحادية تنتشر في سنجار تطبيقاً لاتفاق بغداد وأربيل.. و"اليبشة" تخلي مقرات',
'شفق نيوز/ أعلنت قيادة العمليات المشتركة، يوم الثلاثاء، انتشار قطعات من الجيش العراقي والشرطة الاتحادية في مركز قضاء سنجار غربي محافظة نينوى، تنفيذاً للاتفاق الموقع بين بغداد وأربيل في التاسع من تشرين الأول الماضي.',
'وقال مصدر أمني لوكالة شفق نيوز، إن نحو ثلاثة آلاف عنصر من الفرقة العشرين في الجيش والشرطة الاتحادية دخلوا المدينة صباح اليوم، وتسلموا مبنى القائممقامية ومقرات حكومية كانت تشغلها وحدات حماية سنجار (اليبشة).',
'وأضاف المصدر، أن مسلحي الوحدات أخلوا أربعة مقرات في المدينة وانسحبوا إلى ناحية سنوني ومجمع خانصور شمالي جبل سنجار، من دون تسجيل أي احتكاك.',
'بدوره، قال قائد عمليات غرب نينوى اللواء الركن خالد الجبوري، إن "القوات الاتحادية ستتولى حماية المدينة والطرق المؤدية إليها، فيما ستنتشر الشرطة المحلية داخل الأحياء خلال الأيام المقبلة".',
'في المقابل، نفت الوحدات في بيان تلقته شفق نيوز، أن تكون قد "انسحبت من سنجار"، مؤكدة أن مقاتليها من أبناء القضاء "باقون للدفاع عن أهلهم"، ورافضة ما وصفته بـ"اتفاق لم يُستشر فيه الإيزيديون".',
'وكان الجيش العراقي قد دفع، يوم الأحد الماضي، بتعزيزات تضم نحو 40 عجلة عسكرية إلى طريق سنجار - سنوني، فيما تمركزت قوة من الحشد الشعبي في محيط ناحية القحطانية جنوب القضاء.',
'وينص الاتفاق، الذي رعته بعثة الأمم المتحدة في العراق (يونامي)، على إخراج عناصر حزب العمال الكردستاني من القضاء، وتعيين قائممقام جديد، وتشكيل قوة محلية قوامها 2500 عنصر.',
'وتقول أنقرة إن حزب العمال يتخذ من جبل سنجار قاعدة لعملياته، وقد هددت مراراً بشن عملية عسكرية في القضاء، فيما نفذت طائراتها المسيّرة خلال العام الجاري ضربات عدة على مواقع للحزب في سنوني وخانصور.',
'ويأتي الانتشار بعد أكثر من ست سنوات على اجتياح تنظيم داعش لسنجار في آب 2014، حين ارتكب مجازر بحق الإيزيديين وخطف آلاف النساء والأطفال.',
]
D = '2020-12-01'   # Tuesday; web copy of its own day
SUN = '2020-11-29'
YBS = 'OTHER:ybs'
PMF = 'OTHER:pmf'
KRG = 'OTHER:krg'
ents = [
 ('L0:سنجار','LOCATION','sinjar'), ('L0:بغداد','ACTOR','IQ_GOV'), ('L0:أربيل','ACTOR',KRG), ('L0:اليبشة','ACTOR',YBS),
 ('L1:شفق نيوز','ORG','shafaq-news'), ('L1:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L1:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L1:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L1:مركز قضاء سنجار','LOCATION','sinjar'), ('L1:محافظة نينوى','LOCATION','nineveh'),
 ('L1:بغداد','ACTOR','IQ_GOV'), ('L1:أربيل','ACTOR',KRG),
 ('L2:وكالة شفق نيوز','ORG','shafaq-news'), ('L2:نحو ثلاثة آلاف عنصر','QUANTITY',None,(3000,True,'troops')),
 ('L2:الفرقة العشرين','ACTOR','IQ_GOV'), ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L2:المدينة','LOCATION','sinjar'),
 ('L2:مبنى القائممقامية','LOCATION','sinjar-district-building'), ('L2:وحدات حماية سنجار','ACTOR',YBS), ('L2:اليبشة','ACTOR',YBS),
 ('L3:الوحدات','ACTOR',YBS), ('L3:أربعة مقرات','QUANTITY',None,(4,False,'other')), ('L3:المدينة','LOCATION','sinjar'),
 ('L3:ناحية سنوني','LOCATION','sinuni'), ('L3:مجمع خانصور','LOCATION','khanasor'), ('L3:جبل سنجار','LOCATION','mount-sinjar'),
 ('L4:غرب نينوى','LOCATION','west-nineveh'), ('L4:خالد الجبوري','PERSON','khalid-al-jubouri'), ('L4:القوات الاتحادية','ACTOR','IQ_GOV'),
 ('L4:المدينة','LOCATION','sinjar'), ('L4:الطرق المؤدية إليها','LOCATION','sinjar-roads'), ('L4:الشرطة المحلية','ACTOR','IQ_GOV'),
 ('L4:الأحياء','LOCATION','sinjar'),
 ('L5:الوحدات','ACTOR',YBS), ('L5:شفق نيوز','ORG','shafaq-news'), ('L5:سنجار','LOCATION','sinjar'), ('L5:القضاء','LOCATION','sinjar-district'),
 ('L6:الجيش العراقي','ACTOR','IQ_GOV'), ('L6:نحو 40 عجلة عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L6:عجلة عسكرية','WEAPON','military-vehicles'),
 ('L6:طريق سنجار - سنوني','LOCATION','sinjar-sinuni-road'), ('L6:الحشد الشعبي','ACTOR',PMF), ('L6:ناحية القحطانية','LOCATION','qahtaniya'),
 ('L6:القضاء','LOCATION','sinjar-district'),
 ('L7:بعثة الأمم المتحدة في العراق','ORG','unami'), ('L7:يونامي','ORG','unami'), ('L7:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L7:القضاء','LOCATION','sinjar-district'), ('L7:2500 عنصر','QUANTITY',None,(2500,False,'troops')),
 ('L8:أنقرة','ACTOR','TR'), ('L8:حزب العمال','ACTOR','PKK'), ('L8:جبل سنجار','LOCATION','mount-sinjar'), ('L8:القضاء','LOCATION','sinjar-district'),
 ('L8:طائراتها المسيّرة','WEAPON','drones'), ('L8:لحزب','ACTOR','PKK'), ('L8:سنوني','LOCATION','sinuni'), ('L8:خانصور','LOCATION','khanasor'),
 ('L9:أكثر من ست سنوات','QUANTITY',None,(6,True,'other')), ('L9:تنظيم داعش','ACTOR','ISIS'), ('L9:سنجار','LOCATION','sinjar'),
 ('L9:آلاف النساء والأطفال','QUANTITY',None,([1000,9999],True,'people')),
]
times = [
 ('L1:يوم الثلاثاء', D, 'day'),
 ('L1:التاسع من تشرين الأول الماضي', '2020-10-09', 'day'),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L6:يوم الأحد الماضي', SUN, 'day'),
 ('L8:خلال العام الجاري', '2020', 'year'),
 ('L9:آب 2014', '2014-08', 'month'),
]
T = 'L1:يوم الثلاثاء'
M = 'L2:صباح اليوم'
OCT9 = 'L1:التاسع من تشرين الأول الماضي'
JOC = 'قيادة العمليات المشتركة'
SRC = 'مصدر أمني (شفق نيوز)'
CMD = 'قائد عمليات غرب نينوى خالد الجبوري'
YB = 'وحدات حماية سنجار (بيان)'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['IQ_GOV'], attr=JOC),                                                        # 1
 dict(type='MOVEMENT', trig='L1:انتشار', time=T, actors=['IQ_GOV'], loc='L1:مركز قضاء سنجار', attr=JOC),                             # 2
 dict(type='AGREEMENT', trig='L1:للاتفاق', time=OCT9, actors=['IQ_GOV', KRG], attr=JOC),                                              # 3
 dict(type='MOVEMENT', trig='L2:دخلوا', time=M, actors=['IQ_GOV'], loc='L2:المدينة', qty=['L2:نحو ثلاثة آلاف عنصر'], attr=SRC),     # 4
 dict(type='CONTROL', trig='L2:تسلموا', time=M, actors=['IQ_GOV'], targets=[YBS], loc='L2:مبنى القائممقامية', attr=SRC),            # 5
 dict(type='WITHDRAWAL', trig='L3:أخلوا', time=M, actors=[YBS], loc='L3:المدينة', qty=['L3:أربعة مقرات'], attr=SRC),                 # 6
 dict(type='WITHDRAWAL', trig='L3:انسحبوا', time=M, actors=[YBS], loc='L3:المدينة', attr=SRC),                                       # 7
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=CMD),                                                                   # 8
 dict(type='MOVEMENT', trig='L4:ستنتشر', mod='planned', time='L4:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L4:الأحياء', attr=CMD),  # 9
 dict(type='WITHDRAWAL', trig='L5:انسحبت', mod='denied', actors=[YBS], loc='L5:سنجار', attr=YB),                                    # 10
 dict(type='MOVEMENT', trig='L6:دفع', time='L6:يوم الأحد الماضي', actors=['IQ_GOV'], loc='L6:طريق سنجار - سنوني',
      weapons=['L6:عجلة عسكرية'], qty=['L6:نحو 40 عجلة عسكرية']),                                                                    # 11
 dict(type='MOVEMENT', trig='L6:تمركزت', actors=[PMF], loc='L6:ناحية القحطانية'),                                                    # 12
 dict(type='AGREEMENT', trig='L7:الاتفاق', time=OCT9, actors=['IQ_GOV', KRG]),                                                         # 13
 dict(type='WITHDRAWAL', trig='L7:إخراج', mod='planned', actors=['PKK'], loc='L7:القضاء'),                                            # 14
 dict(type='OPERATION', trig='L8:عملية عسكرية', mod='planned', actors=['TR'], targets=['PKK'], loc='L8:القضاء', attr='أنقرة'),       # 15
 dict(type='ATTACK', trig='L8:ضربات', time='L8:خلال العام الجاري', actors=['TR'], targets=['PKK'], loc='L8:سنوني',
      weapons=['L8:طائراتها المسيّرة']),                                                                                               # 16
 dict(type='MOVEMENT', trig='L9:الانتشار', time=T, actors=['IQ_GOV'], loc='L9:سنجار'),                                                # 17
 dict(type='CONTROL', trig='L9:اجتياح', time='L9:آب 2014', actors=['ISIS'], loc='L9:سنجار'),                                          # 18
 dict(type='ATTACK', trig='L9:مجازر', time='L9:آب 2014', actors=['ISIS'], loc='L9:سنجار'),                                            # 19
 dict(type='ARREST', trig='L9:خطف', time='L9:آب 2014', actors=['ISIS'], loc='L9:سنجار', qty=['L9:آلاف النساء والأطفال']),             # 20
]
TD = (D, 'day')
TP = (D, 'part-of-day')
Y = ('2020', 'year')
forces = [
 dict(actor='IQ_GOV', loc=('مركز قضاء سنجار', 'sinjar'), as_of=TD, status='arrived', source=JOC, line=1, events=[2]),
 dict(actor='IQ_GOV', strength=(3000, True, 'troops'), assets='الفرقة العشرين والشرطة الاتحادية', loc=('المدينة', 'sinjar'), as_of=TP,
      status='arrived', source=SRC, line=2, events=[4]),
 dict(actor='IQ_GOV', loc=('مبنى القائممقامية', 'sinjar-district-building'), as_of=TP, status='controls', source=SRC, line=2, events=[5]),
 dict(actor=YBS, assets='أربعة مقرات', loc=('المدينة', 'sinjar'), as_of=TP, status='withdrawn', source=SRC, line=3, events=[6, 7]),
 dict(actor='IQ_GOV', assets='الشرطة المحلية', loc=('الأحياء', 'sinjar'), as_of=TD, status='planned', source=CMD, line=4, events=[9]),
 dict(actor='IQ_GOV', assets='نحو 40 عجلة عسكرية', loc=('طريق سنجار - سنوني', 'sinjar-sinuni-road'), as_of=(SUN, 'day'),
      status='reinforced', line=6, events=[11]),
 dict(actor=PMF, loc=('ناحية القحطانية', 'qahtaniya'), as_of=(None, 'vague'), status='present', line=6, events=[12]),
 dict(actor='PKK', loc=('جبل سنجار', 'mount-sinjar'), as_of=TD, status='present', source='أنقرة', line=8),
 dict(actor='PKK', loc=('سنوني', 'sinuni'), as_of=Y, status='attacked', line=8, events=[16]),
 dict(actor='PKK', loc=('خانصور', 'khanasor'), as_of=Y, status='attacked', line=8, events=[16]),
 dict(actor='ISIS', loc=('سنجار', 'sinjar'), as_of=('2014-08', 'month'), status='controls', line=9, events=[18]),
]
build('shafaq-sinjar-deployment', None, 'شفق نيوز', D, L, ents, times, events, forces)
