from build import build
L = [
'آلاف الكرد ينزحون من طوزخورماتو بعد دخول القوات العراقية والحشد وحرق منازل',
'كركوك ناو – طوزخورماتو',
'نزح آلاف المواطنين الكرد من قضاء طوزخورماتو خلال اليومين الماضيين، بعد انسحاب قوات البيشمركة فجر الاثنين ودخول قطعات من الجيش العراقي والشرطة الاتحادية وفصائل من الحشد الشعبي إلى القضاء، بحسب مسؤولين محليين وشهود عيان تحدثوا لـ(كركوك ناو).',
'وقال مسؤول محلي كردي، طلب عدم الكشف عن اسمه، إن "مسلحين يرتدون زي الحشد أضرموا النار في نحو 150 منزلاً ومحلاً تجارياً في حي جميلة والأحياء الكردية الأخرى، ونهبوا مقرات الأحزاب الكردية".',
'في المقابل، نفى المتحدث باسم الحشد التركماني في طوزخورماتو علي الحسيني أن تكون فصائل الحشد قد أحرقت منازل المواطنين، مؤكداً أن الحرائق "افتعلها مجهولون استغلوا الفراغ الأمني" قبل انتشار القوات الأمنية في الأحياء.',
'وأعلنت قيادة العمليات المشتركة في بيان أن قطعات الجيش والشرطة الاتحادية "فرضت الأمن" في مركز قضاء طوزخورماتو وناحية سليمان بيك، وأن قوات الحشد "تمسك الأطراف الجنوبية" للقضاء.',
'ووجّه رئيس الوزراء حيدر العبادي، أمس الثلاثاء، قيادة الشرطة الاتحادية بنشر قوة إضافية في طوزخورماتو "لحماية المواطنين كافة" ومحاسبة "كل من يعتدي على الممتلكات"، داعياً العائلات النازحة إلى العودة.',
'وبحسب مراسل (كركوك ناو)، فإن نحو 500 عنصر من الشرطة الاتحادية انتشروا مساء أمس في الأحياء الكردية، فيما توجهت معظم العائلات النازحة إلى قضاءي كفري وكلار ومدينة السليمانية.',
'وكانت اشتباكات متقطعة قد اندلعت مساء الاثنين في حي جميلة بين مسلحين أكراد وعناصر من الحشد، أسفرت عن مقتل شخصين وإصابة سبعة آخرين، وفق مصدر طبي في مستشفى طوزخورماتو العام.',
'وكانت قوات البيشمركة والحشد الشعبي تتقاسمان السيطرة على طوزخورماتو منذ عام 2014، وشهد القضاء مواجهات دامية بين الطرفين في تشرين الثاني 2015 ونيسان 2016.',
'وتأتي هذه التطورات بعد يومين من سيطرة القوات الاتحادية على مدينة كركوك وحقول النفط المحيطة بها إثر انسحاب البيشمركة، رداً على الاستفتاء على الاستقلال الذي جرى في إقليم كردستان في 25 أيلول الماضي.',
]
D = '2017-10-18'   # Wednesday; Kirkuk Now (Arabic site), web copy of its own day
MON = '2017-10-16'
TUE = '2017-10-17'
PMF = 'OTHER:pmf'
KG = 'OTHER:kurdish-gunmen'
ents = [
 ('L0:آلاف الكرد','QUANTITY',None,([1000, 9999],True,'people')), ('L0:طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:الحشد','ACTOR',PMF),
 ('L1:كركوك ناو','ORG','kirkuknow'), ('L1:طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L2:آلاف المواطنين الكرد','QUANTITY',None,([1000, 9999],True,'people')), ('L2:قضاء طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L2:قوات البيشمركة','ACTOR','PESHMERGA'), ('L2:الجيش العراقي','ACTOR','IQ_GOV'), ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L2:الحشد الشعبي','ACTOR',PMF), ('L2:القضاء','LOCATION','tuz-khurmatu'), ('L2:كركوك ناو','ORG','kirkuknow'),
 ('L3:الحشد','ACTOR',PMF), ('L3:نحو 150 منزلاً','QUANTITY',None,(150,True,'other')), ('L3:حي جميلة','LOCATION','jamila-tuz'),
 ('L3:الأحياء الكردية الأخرى','LOCATION','tuz-kurdish-districts'),
 ('L4:الحشد التركماني','ACTOR',PMF), ('L4:طوزخورماتو','LOCATION','tuz-khurmatu'), ('L4:علي الحسيني','PERSON','ali-al-husseini'),
 ('L4:فصائل الحشد','ACTOR',PMF), ('L4:مجهولون','ACTOR','UNKNOWN'), ('L4:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L4:الأحياء','LOCATION','tuz-kurdish-districts'),
 ('L5:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L5:قطعات الجيش','ACTOR','IQ_GOV'), ('L5:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L5:مركز قضاء طوزخورماتو','LOCATION','tuz-khurmatu'), ('L5:ناحية سليمان بيك','LOCATION','suleiman-bek'), ('L5:قوات الحشد','ACTOR',PMF),
 ('L5:الأطراف الجنوبية','LOCATION','tuz-southern-outskirts'), ('L5:لقضاء','LOCATION','tuz-khurmatu'),
 ('L6:حيدر العبادي','PERSON','haider-al-abadi'), ('L6:قيادة الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L6:طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L7:كركوك ناو','ORG','kirkuknow'), ('L7:نحو 500 عنصر','QUANTITY',None,(500,True,'troops')), ('L7:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L7:الأحياء الكردية','LOCATION','tuz-kurdish-districts'), ('L7:قضاءي كفري','LOCATION','kifri'), ('L7:كلار','LOCATION','kalar'),
 ('L7:مدينة السليمانية','LOCATION','sulaymaniyah'),
 ('L8:حي جميلة','LOCATION','jamila-tuz'), ('L8:مسلحين أكراد','ACTOR',KG), ('L8:الحشد','ACTOR',PMF),
 ('L8:شخصين','QUANTITY',None,(2,False,'killed')), ('L8:سبعة','QUANTITY',None,(7,False,'wounded')),
 ('L8:مستشفى طوزخورماتو العام','LOCATION','tuz-general-hospital'),
 ('L9:قوات البيشمركة','ACTOR','PESHMERGA'), ('L9:الحشد الشعبي','ACTOR',PMF), ('L9:طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L9:القضاء','LOCATION','tuz-khurmatu'),
 ('L10:يومين','QUANTITY',None,(2,False,'other')), ('L10:القوات الاتحادية','ACTOR','IQ_GOV'), ('L10:مدينة كركوك','LOCATION','kirkuk'),
 ('L10:حقول النفط المحيطة بها','LOCATION','kirkuk-oilfields'), ('L10:البيشمركة','ACTOR','PESHMERGA'),
 ('L10:إقليم كردستان','LOCATION','kurdistan-region'),
]
times = [
 ('L2:خلال اليومين الماضيين', MON + '/' + D, 'day'),
 ('L2:فجر الاثنين', MON, 'part-of-day', {'part': 'morning'}),
 ('L6:أمس الثلاثاء', TUE, 'day'),
 ('L7:مساء أمس', TUE, 'part-of-day', {'part': 'evening'}),
 ('L8:مساء الاثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L9:منذ عام 2014', '2014/2017', 'year'),
 ('L9:تشرين الثاني 2015', '2015-11', 'month'),
 ('L9:نيسان 2016', '2016-04', 'month'),
 ('L10:25 أيلول الماضي', '2017-09-25', 'day'),
]
LOC = 'مسؤولون محليون وشهود عيان (كركوك ناو)'
KUR = 'مسؤول محلي كردي'
HUS = 'علي الحسيني'
JOC = 'قيادة العمليات المشتركة'
ABD = 'حيدر العبادي'
COR = 'مراسل كركوك ناو'
MED = 'مصدر طبي'
T = 'L2:فجر الاثنين'
events = [
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time=T, actors=['PESHMERGA'], loc='L2:قضاء طوزخورماتو', attr=LOC),                     # 1
 dict(type='MOVEMENT', trig='L2:دخول', time=T, actors=['IQ_GOV', PMF], loc='L2:القضاء', attr=LOC),                                # 2
 dict(type='ATTACK', trig='L3:أضرموا', actors=[PMF], loc='L3:حي جميلة', qty=['L3:نحو 150 منزلاً'], attr=KUR),                      # 3
 dict(type='ATTACK', trig='L4:أحرقت', mod='denied', actors=[PMF], attr=HUS),                                                       # 4
 dict(type='ATTACK', trig='L4:افتعلها', actors=['UNKNOWN'], attr=HUS),                                                             # 5
 dict(type='MOVEMENT', trig='L4:انتشار', actors=['IQ_GOV'], loc='L4:الأحياء', attr=HUS),                                            # 6
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['IQ_GOV'], attr=JOC),                                                               # 7
 dict(type='CONTROL', trig='L5:فرضت الأمن', actors=['IQ_GOV'], loc='L5:مركز قضاء طوزخورماتو', attr=JOC),                            # 8
 dict(type='CONTROL', trig='L5:تمسك', actors=[PMF], loc='L5:الأطراف الجنوبية', attr=JOC),                                           # 9
 dict(type='MOVEMENT', trig='L6:بنشر', mod='planned', time='L6:أمس الثلاثاء', actors=['IQ_GOV'], loc='L6:طوزخورماتو', attr=ABD),    # 10
 dict(type='MOVEMENT', trig='L7:انتشروا', time='L7:مساء أمس', actors=['IQ_GOV'], loc='L7:الأحياء الكردية', qty=['L7:نحو 500 عنصر'],
      attr=COR),                                                                                                                  # 11
 dict(type='ATTACK', trig='L8:اشتباكات', time='L8:مساء الاثنين', actors=[KG, PMF], loc='L8:حي جميلة',
      qty=['L8:شخصين', 'L8:سبعة'], attr=MED),                                                                                     # 12
 dict(type='CONTROL', trig='L9:تتقاسمان', time='L9:منذ عام 2014', actors=['PESHMERGA', PMF], loc='L9:طوزخورماتو'),                  # 13
 dict(type='ATTACK', trig='L9:مواجهات', time='L9:تشرين الثاني 2015', actors=['PESHMERGA', PMF], loc='L9:القضاء'),                   # 14
 dict(type='CONTROL', trig='L10:سيطرة', actors=['IQ_GOV'], targets=['PESHMERGA'], loc='L10:مدينة كركوك'),                           # 15
 dict(type='WITHDRAWAL', trig='L10:انسحاب', actors=['PESHMERGA'], loc='L10:مدينة كركوك'),                                           # 16
]
MP = (MON, 'part-of-day')
ME = (MON, 'part-of-day')
TD = (D, 'day')
Y14 = ('2014/2017', 'year')
K16 = (MON, 'day')
forces = [
 dict(actor='PESHMERGA', loc=('قضاء طوزخورماتو', 'tuz-khurmatu'), as_of=MP, status='withdrawn', source=LOC, line=2, events=[1]),
 dict(actor='IQ_GOV', assets='قطعات من الجيش العراقي والشرطة الاتحادية', loc=('القضاء', 'tuz-khurmatu'), as_of=MP, status='arrived',
      source=LOC, line=2, events=[2]),
 dict(actor=PMF, assets='فصائل من الحشد الشعبي', loc=('القضاء', 'tuz-khurmatu'), as_of=MP, status='arrived', source=LOC, line=2,
      events=[2]),
 dict(actor=PMF, assets='مسلحون يرتدون زي الحشد', loc=('حي جميلة', 'jamila-tuz'), as_of=TD, status='present', source=KUR, line=3,
      events=[3]),
 dict(actor=PMF, assets='مسلحون يرتدون زي الحشد', loc=('الأحياء الكردية الأخرى', 'tuz-kurdish-districts'), as_of=TD, status='present',
      source=KUR, line=3, events=[3]),
 dict(actor='IQ_GOV', assets='قطعات الجيش والشرطة الاتحادية', loc=('مركز قضاء طوزخورماتو', 'tuz-khurmatu'), as_of=TD, status='controls',
      source=JOC, line=5, events=[8]),
 dict(actor='IQ_GOV', assets='قطعات الجيش والشرطة الاتحادية', loc=('ناحية سليمان بيك', 'suleiman-bek'), as_of=TD, status='controls',
      source=JOC, line=5, events=[8]),
 dict(actor=PMF, loc=('الأطراف الجنوبية', 'tuz-southern-outskirts'), as_of=TD, status='controls', source=JOC, line=5, events=[9]),
 dict(actor='IQ_GOV', assets='قوة إضافية من الشرطة الاتحادية', loc=('طوزخورماتو', 'tuz-khurmatu'), as_of=(TUE, 'day'), status='planned',
      source=ABD, line=6, events=[10]),
 dict(actor='IQ_GOV', strength=(500, True, 'troops'), assets='الشرطة الاتحادية', loc=('الأحياء الكردية', 'tuz-kurdish-districts'),
      as_of=(TUE, 'part-of-day'), status='reinforced', source=COR, line=7, events=[11]),
 dict(actor=KG, loc=('حي جميلة', 'jamila-tuz'), as_of=ME, status='present', source=MED, line=8, events=[12]),
 dict(actor=PMF, loc=('حي جميلة', 'jamila-tuz'), as_of=ME, status='present', source=MED, line=8, events=[12]),
 dict(actor='PESHMERGA', loc=('طوزخورماتو', 'tuz-khurmatu'), as_of=Y14, status='controls', line=9, events=[13]),
 dict(actor=PMF, loc=('طوزخورماتو', 'tuz-khurmatu'), as_of=Y14, status='controls', line=9, events=[13]),
 dict(actor='IQ_GOV', loc=('مدينة كركوك', 'kirkuk'), as_of=K16, status='controls', line=10, events=[15]),
 dict(actor='IQ_GOV', loc=('حقول النفط المحيطة بها', 'kirkuk-oilfields'), as_of=K16, status='controls', line=10, events=[15]),
 dict(actor='PESHMERGA', loc=('مدينة كركوك', 'kirkuk'), as_of=K16, status='withdrawn', line=10, events=[16]),
]
build('kirkuknow-tuz-khurmatu', None, 'كركوك ناو', D, L, ents, times, events, forces)
