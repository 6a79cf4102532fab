from build import build
L = [
'"الجيش الوطني" يسيطر على قرية صيدا شرقي عين عيسى.. وروسيا تقترح نقاط مراقبة مشتركة مع النظام',
'سيطرت فصائل "الجيش الوطني السوري" المدعومة من تركيا، فجر اليوم الإثنين، على قرية صيدا الواقعة شرقي بلدة عين عيسى بريف الرقة الشمالي، بعد معارك مع "قوات سوريا الديمقراطية" (قسد) استمرت نحو عشر ساعات، وفق ما أفاد مراسل تلفزيون سوريا.',
'وأوضح المراسل أن الفصائل تقدمت من محور قرية المعلك بتمهيد مدفعي من القواعد التركية قرب مدينة تل أبيض، وأن "قسد" خسرت ثلاثة من عناصرها، في حين قُتل عنصران من الفصائل وأصيب آخرون.',
'في المقابل، قالت "قسد" في بيان إن مقاتليها "أفشلوا هجوماً واسعاً" على قريتي صيدا والمعلك، وإنهم استعادوا عدداً من النقاط بعد هجوم معاكس شنوه صباح اليوم، متهمة روسيا بـ"غض الطرف" عن الهجمات التركية.',
'وقال مصدر عسكري في "الجيش الوطني" لتلفزيون سوريا إن العملية "محدودة" وتهدف إلى "إبعاد قسد عن الطريق الدولي M4"، مرجحاً أن تتوسع المعارك نحو بلدة عين عيسى خلال الأيام المقبلة إذا لم تنسحب "قسد" منها.',
'وفي السياق، نقلت وكالة "سبوتنيك" عن مركز المصالحة الروسي في حميميم أن القوات الروسية ستنشر، بالاتفاق مع "قسد"، ثلاث نقاط مراقبة مشتركة مع قوات النظام داخل بلدة عين عيسى ومحيطها، "لمنع التصعيد".',
'ونفى القيادي في "قسد" ريدور خليل ما تناقلته وسائل إعلام روسية عن موافقة قواته على تسليم عين عيسى لقوات النظام، مؤكداً أن "النقاط المشتركة لا تعني أي تغيير في إدارة البلدة".',
'ميدانياً، وصلت تعزيزات عسكرية لقوات النظام، مساء أمس الأحد، إلى مقر "اللواء 93" جنوبي عين عيسى، ضمت نحو 15 آلية وعشرات العناصر، قادمة من مدينة الطبقة، بحسب مصادر محلية.',
'كما استهدفت طائرة مسيّرة تركية، ظهر اليوم، سيارة عسكرية لـ"قسد" على الطريق الدولي M4 قرب صوامع عين عيسى، ما أدى إلى مقتل عنصرين، بحسب شبكات محلية.',
'وتتعرض منطقة عين عيسى لهجمات تركية متكررة منذ أواخر تشرين الثاني الماضي، إذ تطالب أنقرة والفصائل الموالية لها بانسحاب "قسد" من البلدة، التي تعد عقدة مواصلات على الطريق M4 وكانت مقراً للإدارة الذاتية.',
'وتنتشر القوات الروسية في نقطة داخل مقر "اللواء 93" منذ تشرين الثاني 2019، عقب العملية العسكرية التركية "نبع السلام" التي سيطرت خلالها أنقرة والفصائل الموالية لها في تشرين الأول 2019 على مدينتي تل أبيض ورأس العين.',
]
D = '2020-12-21'   # Monday; web copy of its own day
SUN = '2020-12-20'
ents = [
 ('L0:الجيش الوطني','ACTOR','FSA'), ('L0:قرية صيدا','LOCATION','saida-ain-issa'), ('L0:عين عيسى','LOCATION','ain-issa'),
 ('L0:روسيا','ACTOR','RU'), ('L0:النظام','ACTOR','SY_GOV'),
 ('L1:فصائل "الجيش الوطني السوري"','ACTOR','FSA'), ('L1:تركيا','ACTOR','TR'), ('L1:قرية صيدا','LOCATION','saida-ain-issa'),
 ('L1:بلدة عين عيسى','LOCATION','ain-issa'), ('L1:ريف الرقة الشمالي','LOCATION','raqqa-north-countryside'),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:قسد','ACTOR','SDF'), ('L1:نحو عشر ساعات','QUANTITY',None,(10,True,'other')),
 ('L1:تلفزيون سوريا','ORG','syria-tv'),
 ('L2:الفصائل#0','ACTOR','FSA'), ('L2:قرية المعلك','LOCATION','muallaq'), ('L2:القواعد التركية','LOCATION','tal-abyad-turkish-bases'),
 ('L2:مدينة تل أبيض','LOCATION','tal-abyad'), ('L2:قسد','ACTOR','SDF'), ('L2:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L2:عنصران','QUANTITY',None,(2,False,'killed')), ('L2:الفصائل#1','ACTOR','FSA'),
 ('L3:قسد','ACTOR','SDF'), ('L3:قريتي صيدا','LOCATION','saida-ain-issa'), ('L3:المعلك','LOCATION','muallaq'), ('L3:روسيا','ACTOR','RU'),
 ('L4:الجيش الوطني','ACTOR','FSA'), ('L4:تلفزيون سوريا','ORG','syria-tv'), ('L4:قسد#0','ACTOR','SDF'),
 ('L4:الطريق الدولي M4','LOCATION','m4-highway'), ('L4:بلدة عين عيسى','LOCATION','ain-issa'), ('L4:قسد#1','ACTOR','SDF'),
 ('L5:سبوتنيك','ORG','sputnik'), ('L5:مركز المصالحة الروسي','ACTOR','RU'), ('L5:حميميم','LOCATION','hmeimim-base'),
 ('L5:القوات الروسية','ACTOR','RU'), ('L5:قسد','ACTOR','SDF'), ('L5:ثلاث نقاط مراقبة','QUANTITY',None,(3,False,'other')),
 ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:بلدة عين عيسى','LOCATION','ain-issa'),
 ('L6:قسد','ACTOR','SDF'), ('L6:ريدور خليل','PERSON','redur-xelil'), ('L6:عين عيسى','LOCATION','ain-issa'), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L6:النقاط المشتركة','LOCATION','ain-issa-joint-posts'), ('L6:البلدة','LOCATION','ain-issa'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:مقر "اللواء 93"','LOCATION','brigade-93-base'), ('L7:عين عيسى','LOCATION','ain-issa'),
 ('L7:نحو 15 آلية','QUANTITY',None,(15,True,'vehicles')), ('L7:آلية','WEAPON','military-vehicles'),
 ('L7:عشرات العناصر','QUANTITY',None,([24, 99],True,'troops')), ('L7:مدينة الطبقة','LOCATION','tabqa'),
 ('L8:طائرة مسيّرة تركية','WEAPON','drone'), ('L8:سيارة عسكرية','WEAPON','military-vehicle'), ('L8:قسد','ACTOR','SDF'),
 ('L8:الطريق الدولي M4','LOCATION','m4-highway'), ('L8:صوامع عين عيسى','LOCATION','ain-issa-silos'),
 ('L8:عنصرين','QUANTITY',None,(2,False,'killed')),
 ('L9:منطقة عين عيسى','LOCATION','ain-issa-area'), ('L9:أنقرة','ACTOR','TR'), ('L9:الفصائل الموالية لها','ACTOR','FSA'),
 ('L9:قسد','ACTOR','SDF'), ('L9:البلدة','LOCATION','ain-issa'), ('L9:الطريق M4','LOCATION','m4-highway'), ('L9:لإدارة الذاتية','ORG','aanes'),
 ('L10:القوات الروسية','ACTOR','RU'), ('L10:مقر "اللواء 93"','LOCATION','brigade-93-base'), ('L10:أنقرة','ACTOR','TR'),
 ('L10:الفصائل الموالية لها','ACTOR','FSA'), ('L10:مدينتي تل أبيض','LOCATION','tal-abyad'), ('L10:رأس العين','LOCATION','ras-al-ain'),
]
times = [
 ('L1:فجر اليوم الإثنين', D, 'part-of-day', {'part': 'morning'}),
 ('L3:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L7:مساء أمس الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L8:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L9:منذ أواخر تشرين الثاني الماضي', '2020-11/2020-12', 'month'),
 ('L10:منذ تشرين الثاني 2019', '2019-11/2020-12', 'month'),
 ('L10:تشرين الأول 2019', '2019-10', 'month'),
]
T = 'L1:فجر اليوم الإثنين'
MOR = 'L3:صباح اليوم'
OCT = 'L10:تشرين الأول 2019'
COR = 'مراسل تلفزيون سوريا'
SNA = 'مصدر عسكري في الجيش الوطني (تلفزيون سوريا)'
RC = 'مركز المصالحة الروسي (سبوتنيك)'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=T, actors=['FSA'], targets=['SDF'], loc='L1:قرية صيدا', attr=COR),                    # 1
 dict(type='ATTACK', trig='L1:معارك', time=T, actors=['FSA', 'SDF'], loc='L1:قرية صيدا', qty=['L1:نحو عشر ساعات'], attr=COR),      # 2
 dict(type='MOVEMENT', trig='L2:تقدمت', actors=['FSA'], loc='L2:قرية المعلك', attr=COR),                                        # 3
 dict(type='ATTACK', trig='L2:تمهيد مدفعي', actors=['TR'], targets=['SDF'], attr=COR),                                           # 4
 dict(type='ATTACK', trig='L2:خسرت', actors=['FSA'], targets=['SDF'], qty=['L2:ثلاثة'], attr=COR),                               # 5
 dict(type='ATTACK', trig='L2:قُتل', actors=['SDF'], targets=['FSA'], qty=['L2:عنصران'], attr=COR),                               # 6
 dict(type='STATEMENT', trig='L3:قالت', actors=['SDF'], attr='قسد'),                                                           # 7
 dict(type='ATTACK', trig='L3:أفشلوا', actors=['SDF'], targets=['FSA'], loc='L3:قريتي صيدا', attr='قسد'),                        # 8
 dict(type='ATTACK', trig='L3:هجوماً', actors=['FSA'], targets=['SDF'], loc='L3:قريتي صيدا', attr='قسد'),                        # 9
 dict(type='CONTROL', trig='L3:استعادوا', time=MOR, actors=['SDF'], targets=['FSA'], attr='قسد'),                                # 10
 dict(type='ATTACK', trig='L3:هجوم معاكس', time=MOR, actors=['SDF'], targets=['FSA'], attr='قسد'),                               # 11
 dict(type='ATTACK', trig='L3:الهجمات', actors=['TR'], targets=['SDF'], attr='قسد'),                                            # 12
 dict(type='OPERATION', trig='L4:العملية', actors=['FSA'], targets=['SDF'], attr=SNA),                                          # 13
 dict(type='ATTACK', trig='L4:المعارك', mod='planned', time='L4:خلال الأيام المقبلة', actors=['FSA', 'SDF'], loc='L4:بلدة عين عيسى', attr=SNA),  # 14
 dict(type='WITHDRAWAL', trig='L4:تنسحب', mod='planned', actors=['SDF'], loc='L4:بلدة عين عيسى', attr=SNA),                      # 15
 dict(type='BASE', trig='L5:ستنشر', mod='planned', actors=['RU', 'SY_GOV'], loc='L5:بلدة عين عيسى', qty=['L5:ثلاث نقاط مراقبة'], attr=RC),  # 16
 dict(type='AGREEMENT', trig='L5:الاتفاق', actors=['RU', 'SDF'], attr=RC),                                                    # 17
 dict(type='CONTROL', trig='L6:تسليم', mod='denied', actors=['SY_GOV'], targets=['SDF'], loc='L6:عين عيسى', attr='ريدور خليل'),    # 18
 dict(type='MOVEMENT', trig='L7:وصلت', time='L7:مساء أمس الأحد', actors=['SY_GOV'], loc='L7:مقر "اللواء 93"', weapons=['L7:آلية'],
      qty=['L7:نحو 15 آلية', 'L7:عشرات العناصر'], attr='مصادر محلية'),                                                         # 19
 dict(type='ATTACK', trig='L8:استهدفت', time='L8:ظهر اليوم', actors=['TR'], targets=['SDF'], loc='L8:الطريق الدولي M4',
      weapons=['L8:طائرة مسيّرة تركية'], qty=['L8:عنصرين'], attr='شبكات محلية'),                                                 # 20
 dict(type='ATTACK', trig='L9:هجمات', time='L9:منذ أواخر تشرين الثاني الماضي', actors=['TR'], targets=['SDF'], loc='L9:منطقة عين عيسى'),  # 21
 dict(type='WITHDRAWAL', trig='L9:انسحاب', mod='planned', actors=['SDF'], loc='L9:البلدة', attr='أنقرة'),                         # 22
 dict(type='MOVEMENT', trig='L10:تنتشر', time='L10:منذ تشرين الثاني 2019', actors=['RU'], loc='L10:مقر "اللواء 93"'),            # 23
 dict(type='OPERATION', trig='L10:العملية العسكرية', time=OCT, actors=['TR', 'FSA'], targets=['SDF']),                          # 24
 dict(type='CONTROL', trig='L10:سيطرت', time=OCT, actors=['TR', 'FSA'], targets=['SDF'], loc='L10:مدينتي تل أبيض'),              # 25
]
MO = (D, 'part-of-day')
O19 = ('2019-10', 'month')
forces = [
 dict(actor='FSA', loc=('قرية صيدا', 'saida-ain-issa'), as_of=MO, status='controls', source=COR, line=1, events=[1]),
 dict(actor='FSA', loc=('قرية صيدا', 'saida-ain-issa'), as_of=MO, status='present', source=COR, line=1, events=[2]),
 dict(actor='SDF', loc=('قرية صيدا', 'saida-ain-issa'), as_of=MO, status='present', source=COR, line=1, events=[2]),
 dict(actor='FSA', loc=('قرية المعلك', 'muallaq'), as_of=MO, status='present', source=COR, line=2, events=[3]),
 dict(actor='TR', assets='مدفعية', loc=('القواعد التركية', 'tal-abyad-turkish-bases'), as_of=MO, status='present', source=COR, line=2, events=[4]),
 dict(actor='SDF', loc=('قريتي صيدا', 'saida-ain-issa'), as_of=MO, status='present', source='قسد', line=3, events=[8, 9]),
 dict(actor='SDF', loc=('المعلك', 'muallaq'), as_of=MO, status='present', source='قسد', line=3, events=[8, 9]),
 dict(actor='FSA', loc=('قريتي صيدا', 'saida-ain-issa'), as_of=MO, status='present', source='قسد', line=3, events=[8, 9]),
 dict(actor='FSA', loc=('المعلك', 'muallaq'), as_of=MO, status='present', source='قسد', line=3, events=[8, 9]),
 dict(actor='RU', assets='ثلاث نقاط مراقبة مشتركة', loc=('بلدة عين عيسى', 'ain-issa'), as_of=(D + '/', 'vague'), status='planned',
      source=RC, line=5, events=[16]),
 dict(actor='SY_GOV', assets='ثلاث نقاط مراقبة مشتركة', loc=('بلدة عين عيسى', 'ain-issa'), as_of=(D + '/', 'vague'), status='planned',
      source=RC, line=5, events=[16]),
 dict(actor='SY_GOV', strength=(15, True, 'vehicles'), assets='نحو 15 آلية وعشرات العناصر', loc=('مقر "اللواء 93"', 'brigade-93-base'),
      as_of=(SUN, 'part-of-day'), status='reinforced', source='مصادر محلية', line=7, events=[19]),
 dict(actor='SDF', assets='سيارة عسكرية', loc=('الطريق الدولي M4', 'm4-highway'), as_of=MO, status='attacked', source='شبكات محلية', line=8, events=[20]),
 dict(actor='RU', assets='نقطة', loc=('مقر "اللواء 93"', 'brigade-93-base'), as_of=('2019-11/2020-12', 'month'), status='present', line=10, events=[23]),
 dict(actor='TR', loc=('مدينتي تل أبيض', 'tal-abyad'), as_of=O19, status='controls', line=10, events=[25]),
 dict(actor='TR', loc=('رأس العين', 'ras-al-ain'), as_of=O19, status='controls', line=10, events=[25]),
 dict(actor='FSA', loc=('مدينتي تل أبيض', 'tal-abyad'), as_of=O19, status='controls', line=10, events=[25]),
 dict(actor='FSA', loc=('رأس العين', 'ras-al-ain'), as_of=O19, status='controls', line=10, events=[25]),
]
build('syriatv-ain-issa-saida', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
