from build import build
L = [
'خمسة شهداء بينهم ضابط بهجوم لداعش على نقطة للجيش في مطيبيجة.. وطيران الجيش يلاحق المهاجمين',
'بغداد اليوم - صلاح الدين',
'أعلنت خلية الإعلام الأمني، اليوم الثلاثاء (14 أيار 2024)، استشهاد خمسة من منتسبي الجيش العراقي بينهم ضابط برتبة نقيب، وإصابة ثلاثة آخرين، إثر هجوم نفذته عناصر من عصابات داعش الإرهابية على نقطة عسكرية في منطقة مطيبيجة بين محافظتي صلاح الدين وديالى، مساء أمس الاثنين.',
'وقال مصدر أمني في قيادة عمليات صلاح الدين لـ"بغداد اليوم"، إن "نحو عشرة مسلحين تسللوا من جهة بساتين نهر العظيم، وهاجموا النقطة بالأسلحة المتوسطة والقنابل اليدوية، ودارت اشتباكات استمرت قرابة ساعة قبل أن ينسحبوا باتجاه تلال حمرين".',
'وأضاف المصدر أن "طيران الجيش نفذ فجر اليوم ثلاث ضربات على مخابئ يُعتقد أن المهاجمين لجأوا إليها في وديان حمرين، فيما لم تُعرف حصيلة الضربات حتى الآن".',
'من جهتها، أعلنت قيادة العمليات المشتركة وصول تعزيزات من الفرقة الرابعة والحشد الشعبي تضم نحو 40 عجلة عسكرية إلى مطيبيجة صباح اليوم، مؤكدة أن "عملية تفتيش واسعة ستنطلق خلال الساعات المقبلة لملاحقة بقايا عصابات داعش".',
'في المقابل، نفى مصدر عسكري ما تداولته حسابات مقربة من التنظيم على مواقع التواصل عن "أسر جنديين" خلال الهجوم، مؤكداً أن "جميع منتسبي النقطة إما استشهدوا أو أصيبوا ونُقلوا إلى مستشفى سامراء العام".',
'ويأتي الهجوم بعد أقل من شهرين من هجوم مماثل استهدف نقطة للجيش في قضاء الطارمية شمالي بغداد وأسفر عن مقتل جنديين، في وقت تؤكد فيه قيادة العمليات المشتركة أن نشاط التنظيم "تراجع بنسبة كبيرة" منذ مطلع العام.',
'ويقدر تقرير حديث لمجلس الأمن الدولي عدد عناصر داعش في العراق بما بين 400 و500 مسلح، ينشط معظمهم ضمن خلايا صغيرة في المناطق الوعرة بين صلاح الدين وديالى وكركوك.',
]
D = '2024-05-14'   # Tuesday; web copy of its own day
MON = '2024-05-13'
PMF = 'OTHER:pmf'
ents = [
 ('L0:خمسة شهداء','QUANTITY',None,(5,False,'killed')), ('L0:داعش','ACTOR','ISIS'), ('L0:لجيش#0','ACTOR','IQ_GOV'), ('L0:مطيبيجة','LOCATION','mutaibija'),
 ('L0:طيران الجيش','ACTOR','IQ_GOV'),
 ('L1:بغداد اليوم','ORG','baghdad-today'), ('L1:صلاح الدين','LOCATION','salahuddin'),
 ('L2:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L2:خمسة','QUANTITY',None,(5,False,'killed')), ('L2:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L2:ثلاثة','QUANTITY',None,(3,False,'wounded')), ('L2:عصابات داعش الإرهابية','ACTOR','ISIS'), ('L2:نقطة عسكرية','LOCATION','mutaibija-army-post'),
 ('L2:منطقة مطيبيجة','LOCATION','mutaibija'), ('L2:محافظتي صلاح الدين','LOCATION','salahuddin'), ('L2:ديالى','LOCATION','diyala'),
 ('L3:قيادة عمليات صلاح الدين','ACTOR','IQ_GOV'), ('L3:بغداد اليوم','ORG','baghdad-today'),
 ('L3:نحو عشرة مسلحين','QUANTITY',None,(10,True,'fighters')), ('L3:بساتين نهر العظيم','LOCATION','adhaim-river-orchards'),
 ('L3:النقطة','LOCATION','mutaibija-army-post'), ('L3:الأسلحة المتوسطة','WEAPON','medium-weapons'), ('L3:القنابل اليدوية','WEAPON','hand-grenades'),
 ('L3:قرابة ساعة','QUANTITY',None,(1,True,'other')), ('L3:تلال حمرين','LOCATION','hamrin'),
 ('L4:طيران الجيش','ACTOR','IQ_GOV'), ('L4:ثلاث ضربات','QUANTITY',None,(3,False,'other')), ('L4:وديان حمرين','LOCATION','hamrin'),
 ('L5:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L5:الفرقة الرابعة','ACTOR','IQ_GOV'), ('L5:الحشد الشعبي','ACTOR',PMF),
 ('L5:نحو 40 عجلة عسكرية','QUANTITY',None,(40,True,'vehicles')), ('L5:عجلة عسكرية','WEAPON','military-vehicles'), ('L5:مطيبيجة','LOCATION','mutaibija'),
 ('L5:عصابات داعش','ACTOR','ISIS'),
 ('L6:التنظيم','ACTOR','ISIS'), ('L6:جنديين','QUANTITY',None,(2,False,'arrested')), ('L6:النقطة','LOCATION','mutaibija-army-post'),
 ('L6:مستشفى سامراء العام','LOCATION','samarra-hospital'),
 ('L7:أقل من شهرين','QUANTITY',None,(2,True,'other')), ('L7:لجيش','ACTOR','IQ_GOV'), ('L7:قضاء الطارمية','LOCATION','tarmiyah'),
 ('L7:بغداد','LOCATION','baghdad'), ('L7:جنديين','QUANTITY',None,(2,False,'killed')), ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'),
 ('L7:التنظيم','ACTOR','ISIS'),
 ('L8:مجلس الأمن الدولي','ORG','unsc'), ('L8:داعش','ACTOR','ISIS'), ('L8:العراق','LOCATION','iraq'),
 ('L8:بين 400 و500 مسلح','QUANTITY',None,([400, 500],True,'fighters')), ('L8:صلاح الدين','LOCATION','salahuddin'), ('L8:ديالى','LOCATION','diyala'),
 ('L8:كركوك','LOCATION','kirkuk'),
]
times = [
 ('L2:اليوم الثلاثاء', D, 'day'),
 ('L2:14 أيار 2024', D, 'day'),
 ('L2:مساء أمس الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L4:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L7:منذ مطلع العام', '2024-01/2024-05', 'month'),
]
E = 'L2:مساء أمس الاثنين'
CELL = 'خلية الإعلام الأمني'
SRC = 'مصدر أمني في قيادة عمليات صلاح الدين (بغداد اليوم)'
JOC = 'قيادة العمليات المشتركة'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:اليوم الثلاثاء', actors=['IQ_GOV'], attr=CELL),                                  # 1
 dict(type='ATTACK', trig='L2:هجوم', time=E, actors=['ISIS'], targets=['IQ_GOV'], loc='L2:منطقة مطيبيجة', qty=['L2:خمسة', 'L2:ثلاثة'], attr=CELL),  # 2
 dict(type='MOVEMENT', trig='L3:تسللوا', time=E, actors=['ISIS'], loc='L3:بساتين نهر العظيم', qty=['L3:نحو عشرة مسلحين'], attr=SRC),  # 3
 dict(type='ATTACK', trig='L3:هاجموا', time=E, actors=['ISIS'], targets=['IQ_GOV'], loc='L3:النقطة',
      weapons=['L3:الأسلحة المتوسطة', 'L3:القنابل اليدوية'], attr=SRC),                                                              # 4
 dict(type='ATTACK', trig='L3:اشتباكات', time=E, actors=['ISIS', 'IQ_GOV'], loc='L3:النقطة', qty=['L3:قرابة ساعة'], attr=SRC),      # 5
 dict(type='WITHDRAWAL', trig='L3:ينسحبوا', time=E, actors=['ISIS'], loc='L3:تلال حمرين', attr=SRC),                                # 6
 dict(type='ATTACK', trig='L4:ضربات#0', time='L4:فجر اليوم', actors=['IQ_GOV'], targets=['ISIS'], loc='L4:وديان حمرين',
      qty=['L4:ثلاث ضربات'], attr=SRC),                                                                                             # 7
 dict(type='ATTACK', trig='L4:الضربات', time='L4:فجر اليوم', actors=['IQ_GOV'], targets=['ISIS'], attr=SRC),                        # 8
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['IQ_GOV'], attr=JOC),                                                               # 9
 dict(type='MOVEMENT', trig='L5:وصول', time='L5:صباح اليوم', actors=['IQ_GOV', PMF], loc='L5:مطيبيجة', weapons=['L5:عجلة عسكرية'],
      qty=['L5:نحو 40 عجلة عسكرية'], attr=JOC),                                                                                     # 10
 dict(type='OPERATION', trig='L5:عملية', mod='planned', time='L5:خلال الساعات المقبلة', actors=['IQ_GOV'], targets=['ISIS'], attr=JOC),  # 11
 dict(type='ARREST', trig='L6:أسر', mod='denied', time=E, actors=['ISIS'], targets=['IQ_GOV'], qty=['L6:جنديين'], attr='مصدر عسكري'),  # 12
 dict(type='ATTACK', trig='L6:الهجوم', time=E, actors=['ISIS'], targets=['IQ_GOV'], attr='مصدر عسكري'),                              # 13
 dict(type='ATTACK', trig='L7:الهجوم', time=E, actors=['ISIS'], targets=['IQ_GOV']),                                                 # 14
 dict(type='ATTACK', trig='L7:هجوم#1', targets=['IQ_GOV'], loc='L7:قضاء الطارمية', qty=['L7:جنديين']),                                # 15
]
EP = (MON, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', assets='نقطة عسكرية', loc=('منطقة مطيبيجة', 'mutaibija'), as_of=EP, status='attacked', source=CELL, line=2, events=[2]),
 dict(actor='IQ_GOV', assets='نقطة عسكرية', loc=('منطقة مطيبيجة', 'mutaibija'), as_of=EP, status='present', source=CELL, line=2, events=[2]),
 dict(actor='ISIS', loc=('منطقة مطيبيجة', 'mutaibija'), as_of=EP, status='present', source=CELL, line=2, events=[2]),
 dict(actor='ISIS', assets='مخابئ', loc=('وديان حمرين', 'hamrin'), as_of=(D, 'part-of-day'), status='attacked', source=SRC, line=4, events=[7]),
 dict(actor='IQ_GOV', strength=(40, True, 'vehicles'), assets='تعزيزات من الفرقة الرابعة', loc=('مطيبيجة', 'mutaibija'),
      as_of=(D, 'part-of-day'), status='reinforced', source=JOC, line=5, events=[10]),
 dict(actor=PMF, assets='تعزيزات', loc=('مطيبيجة', 'mutaibija'), as_of=(D, 'part-of-day'), status='reinforced', source=JOC, line=5, events=[10]),
 dict(actor='IQ_GOV', assets='نقطة', loc=('قضاء الطارمية', 'tarmiyah'), as_of=(None, 'vague'), status='attacked', line=7, events=[15]),
 dict(actor='ISIS', strength=([400, 500], True, 'fighters'), loc=('العراق', 'iraq'), as_of=TD, status='present', source='تقرير لمجلس الأمن الدولي', line=8),
]
build('baghdadtoday-mutaibija-army-post', None, 'بغداد اليوم', D, L, ents, times, events, forces)
