from build import build
L = [
'اشتباكات بين البيشمركة وعناصر "بي كا كا" في سنجار شمالي العراق',
'أربيل/ الأناضول',
'اندلعت اشتباكات، اليوم الجمعة، بين قوات "بيشمركة روج" التابعة لإدارة إقليم شمال العراق، ومسلحين من منظمة "بي كا كا" الإرهابية، في بلدة خانصور التابعة لقضاء سنجار غربي محافظة نينوى.',
'وأفاد مراسل الأناضول بأن المواجهات بدأت صباح اليوم عندما حاول مسلحو المنظمة منع انتشار قوات البيشمركة في محيط البلدة، قبل أن تتطور إلى قصف متبادل بقذائف الهاون والأسلحة الثقيلة.',
'وأعلنت وزارة البيشمركة في بيان أن ثلاثة من عناصرها قُتلوا وأصيب سبعة آخرون في الاشتباكات، محمّلة "بي كا كا" مسؤولية التصعيد.',
'في المقابل، قال مسؤول في "وحدات مقاومة سنجار" المرتبطة بالمنظمة، لوسائل إعلام مقربة منها، إن قوات البيشمركة "هاجمت نقاطنا أولاً"، مدعياً مقتل أربعة من مقاتليهم، بينهم امرأة.',
'من جانبها، دعت الحكومة العراقية في بيان جميع الأطراف إلى "ضبط النفس"، مؤكدة أن قوات الجيش العراقي في سنجار "لن تسمح بتحويل المدينة إلى ساحة لتصفية الحسابات"، وأن وحدات من الفرقة الخامسة عشرة ستنتشر قريباً على تخوم القضاء.',
'وأوضح مصدر محلي أن تعزيزات من البيشمركة تضم نحو 40 عربة عسكرية ومئات المقاتلين وصلت ظهر اليوم إلى خانصور قادمة من ناحية سنوني، فيما انتشرت وحدات أخرى من البيشمركة على الطريق الرابط بين سنجار والحدود السورية.',
'وتأتي الاشتباكات بعد أيام من تصريحات للرئيس التركي رجب طيب أردوغان، أكد فيها أن بلاده "لن تسمح بأن تتحول سنجار إلى قنديل جديدة"، ملوّحاً بعملية عسكرية ضد المنظمة في المنطقة.',
'وتتمركز عناصر "بي كا كا" في جبل سنجار منذ آب 2014، حين دخلت المنطقة بذريعة حماية الإيزيديين من هجمات تنظيم "داعش"، فيما تطالب أربيل بخروجها من القضاء.',
'وتنشر تركيا منذ كانون الأول 2015 قوات في معسكر بعشيقة شمال شرقي الموصل، حيث تدرب مقاتلين من "الحشد الوطني" لقتال "داعش".',
]
D = '2017-03-03'   # Friday; Turkish state agency's Arabic service, copy of its day
KRG = 'OTHER:krg'
YBS = 'OTHER:ybs'
HW = 'OTHER:hashd-al-watani'
ents = [
 ('L0:البيشمركة','ACTOR','PESHMERGA'), ('L0:بي كا كا','ACTOR','PKK'), ('L0:سنجار','LOCATION','sinjar'), ('L0:العراق','LOCATION','iraq'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:الأناضول','ORG','anadolu'),
 ('L2:قوات "بيشمركة روج"','ACTOR','PESHMERGA'), ('L2:إدارة إقليم شمال العراق','ACTOR',KRG), ('L2:منظمة "بي كا كا"','ACTOR','PKK'),
 ('L2:بلدة خانصور','LOCATION','khanasor'), ('L2:قضاء سنجار','LOCATION','sinjar'), ('L2:محافظة نينوى','LOCATION','nineveh'),
 ('L3:الأناضول','ORG','anadolu'), ('L3:المنظمة','ACTOR','PKK'), ('L3:قوات البيشمركة','ACTOR','PESHMERGA'), ('L3:محيط البلدة','LOCATION','khanasor'),
 ('L3:قذائف الهاون','WEAPON','mortars'), ('L3:الأسلحة الثقيلة','WEAPON','heavy-weapons'),
 ('L4:وزارة البيشمركة','ACTOR','PESHMERGA'), ('L4:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L4:سبعة','QUANTITY',None,(7,False,'wounded')),
 ('L4:بي كا كا','ACTOR','PKK'),
 ('L5:وحدات مقاومة سنجار','ACTOR',YBS), ('L5:المنظمة','ACTOR','PKK'), ('L5:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L5:أربعة','QUANTITY',None,(4,False,'killed')),
 ('L6:الحكومة العراقية','ACTOR','IQ_GOV'), ('L6:قوات الجيش العراقي','ACTOR','IQ_GOV'), ('L6:سنجار','LOCATION','sinjar'),
 ('L6:المدينة','LOCATION','sinjar'), ('L6:الفرقة الخامسة عشرة','ACTOR','IQ_GOV'), ('L6:تخوم القضاء','LOCATION','sinjar-outskirts'),
 ('L7:البيشمركة#0','ACTOR','PESHMERGA'), ('L7:نحو 40 عربة عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L7:عربة عسكرية','WEAPON','military-vehicles'),
 ('L7:مئات المقاتلين','QUANTITY',None,([100, 999],True,'fighters')), ('L7:خانصور','LOCATION','khanasor'), ('L7:ناحية سنوني','LOCATION','sinuni'),
 ('L7:البيشمركة#1','ACTOR','PESHMERGA'), ('L7:الطريق','LOCATION','sinjar-border-road'), ('L7:سنجار','LOCATION','sinjar'),
 ('L7:الحدود السورية','LOCATION','syrian-border'),
 ('L8:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L8:سنجار','LOCATION','sinjar'), ('L8:قنديل','LOCATION','qandil'),
 ('L8:المنظمة','ACTOR','PKK'), ('L8:المنطقة','LOCATION','sinjar'),
 ('L9:بي كا كا','ACTOR','PKK'), ('L9:جبل سنجار','LOCATION','mount-sinjar'), ('L9:المنطقة','LOCATION','sinjar'), ('L9:تنظيم "داعش"','ACTOR','ISIS'),
 ('L9:أربيل','ACTOR',KRG), ('L9:القضاء','LOCATION','sinjar'),
 ('L10:تركيا','ACTOR','TR'), ('L10:معسكر بعشيقة','LOCATION','bashiqa-camp'), ('L10:الموصل','LOCATION','mosul'), ('L10:الحشد الوطني','ACTOR',HW),
 ('L10:داعش','ACTOR','ISIS'),
]
times = [
 ('L2:اليوم الجمعة', D, 'day'),
 ('L3:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L7:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L9:منذ آب 2014', '2014-08/2017-03', 'month'),
 ('L10:منذ كانون الأول 2015', '2015-12/2017-03', 'month'),
]
T = 'L2:اليوم الجمعة'
M = 'L3:صباح اليوم'
BOTH = ['PESHMERGA', 'PKK']
COR = 'مراسل الأناضول'
MOP = 'وزارة البيشمركة'
YO = 'مسؤول في وحدات مقاومة سنجار'
LS = 'مصدر محلي'
ER = 'رجب طيب أردوغان'
events = [
 dict(type='ATTACK', trig='L2:اشتباكات', time=T, actors=BOTH, targets=BOTH, loc='L2:بلدة خانصور'),                                  # 1
 dict(type='ATTACK', trig='L3:المواجهات', time=M, actors=BOTH, loc='L3:محيط البلدة', attr=COR),                                     # 2
 dict(type='MOVEMENT', trig='L3:انتشار', time=M, actors=['PESHMERGA'], loc='L3:محيط البلدة', attr=COR),                              # 3
 dict(type='ATTACK', trig='L3:قصف', time=M, actors=BOTH, targets=BOTH, weapons=['L3:قذائف الهاون', 'L3:الأسلحة الثقيلة'], attr=COR),  # 4
 dict(type='STATEMENT', trig='L4:أعلنت', time=T, actors=['PESHMERGA'], attr=MOP),                                                    # 5
 dict(type='ATTACK', trig='L4:قُتلوا', time=T, actors=['PKK'], targets=['PESHMERGA'], qty=['L4:ثلاثة', 'L4:سبعة'], attr=MOP),          # 6
 dict(type='ATTACK', trig='L5:هاجمت', time=T, actors=['PESHMERGA'], targets=[YBS], attr=YO),                                          # 7
 dict(type='ATTACK', trig='L5:مقتل', time=T, actors=['PESHMERGA'], targets=[YBS], qty=['L5:أربعة'], attr=YO),                         # 8
 dict(type='STATEMENT', trig='L6:بيان', time=T, actors=['IQ_GOV'], attr='الحكومة العراقية'),  # 9
 dict(type='MOVEMENT', trig='L6:ستنتشر', mod='planned', time='L6:قريباً', actors=['IQ_GOV'], loc='L6:تخوم القضاء', attr='الحكومة العراقية'),  # 10
 dict(type='MOVEMENT', trig='L7:وصلت', time='L7:ظهر اليوم', actors=['PESHMERGA'], loc='L7:خانصور', weapons=['L7:عربة عسكرية'],
      qty=['L7:نحو 40 عربة عسكرية', 'L7:مئات المقاتلين'], attr=LS),                                                              # 11
 dict(type='MOVEMENT', trig='L7:انتشرت', time=T, actors=['PESHMERGA'], loc='L7:الطريق', attr=LS),                                    # 12
 dict(type='ATTACK', trig='L8:الاشتباكات', time=T, actors=BOTH, targets=BOTH),                                                       # 13
 dict(type='OPERATION', trig='L8:عملية', mod='planned', actors=['TR'], targets=['PKK'], loc='L8:المنطقة', attr=ER),                  # 14
 dict(type='MOVEMENT', trig='L9:تتمركز', time='L9:منذ آب 2014', actors=['PKK'], loc='L9:جبل سنجار'),                                 # 15
 dict(type='MOVEMENT', trig='L9:دخلت', actors=['PKK'], loc='L9:المنطقة'),                                                            # 16
 dict(type='ATTACK', trig='L9:هجمات', actors=['ISIS']),                                                                              # 17
 dict(type='WITHDRAWAL', trig='L9:خروجها', mod='planned', actors=['PKK'], loc='L9:القضاء', attr='أربيل'),                            # 18
 dict(type='MOVEMENT', trig='L10:تنشر', time='L10:منذ كانون الأول 2015', actors=['TR'], loc='L10:معسكر بعشيقة'),                        # 19
 dict(type='TRAINING', trig='L10:تدرب', time='L10:منذ كانون الأول 2015', actors=['TR', HW], loc='L10:معسكر بعشيقة'),                    # 20
]
TD = (D, 'day')
SINCE15 = ('2015-12/2017-03', 'month')
forces = [
 dict(actor='PESHMERGA', loc=('بلدة خانصور', 'khanasor'), as_of=TD, status='present', line=2, events=[1]),
 dict(actor='PKK', loc=('بلدة خانصور', 'khanasor'), as_of=TD, status='present', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('سنجار', 'sinjar'), as_of=TD, status='present', source='الحكومة العراقية', line=6, events=[]),
 dict(actor='IQ_GOV', assets='وحدات من الفرقة الخامسة عشرة', loc=('تخوم القضاء', 'sinjar-outskirts'), as_of=(D + '/', 'vague'), status='planned',
      source='الحكومة العراقية', line=6, events=[10]),
 dict(actor='PESHMERGA', strength=(40, True, 'vehicles'), assets='نحو 40 عربة عسكرية ومئات المقاتلين', loc=('خانصور', 'khanasor'),
      as_of=(D, 'part-of-day'), status='reinforced', source=LS, line=7, events=[11]),
 dict(actor='PESHMERGA', assets='وحدات أخرى', loc=('الطريق', 'sinjar-border-road'), as_of=TD, status='present', source=LS, line=7, events=[12]),
 dict(actor='PKK', loc=('جبل سنجار', 'mount-sinjar'), as_of=('2014-08/2017-03', 'month'), status='present', line=9, events=[15]),
 dict(actor='TR', loc=('معسكر بعشيقة', 'bashiqa-camp'), as_of=SINCE15, status='present', line=10, events=[19]),
 dict(actor=HW, loc=('معسكر بعشيقة', 'bashiqa-camp'), as_of=SINCE15, status='present', line=10, events=[20]),
]
build('anadolu-khanasor-clashes', None, 'الأناضول', D, L, ents, times, events, forces)
