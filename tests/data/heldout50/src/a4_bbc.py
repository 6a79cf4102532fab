from build import build
L = [
'قوات سوريا الديمقراطية تنتزع بلدة الشدادي من تنظيم الدولة الإسلامية',
'قالت قوات سوريا الديمقراطية، التي تقودها وحدات حماية الشعب الكردية، يوم الجمعة إنها سيطرت على بلدة الشدادي جنوبي محافظة الحسكة، أحد أهم معاقل تنظيم الدولة الإسلامية في شمال شرقي سوريا.',
'وأفاد المرصد السوري لحقوق الإنسان، ومقره بريطانيا، بأن مقاتلي القوات دخلوا البلدة بعد ظهر الخميس إثر انسحاب عناصر التنظيم منها باتجاه الحدود العراقية وبلدة مركدة جنوباً.',
'وجاءت السيطرة على الشدادي بعد ثلاثة أيام من إطلاق قوات سوريا الديمقراطية، الثلاثاء الماضي، حملة أطلقت عليها اسم "غضب الخابور"، بدعم جوي من طائرات التحالف الدولي بقيادة الولايات المتحدة.',
'وقال متحدث باسم التحالف لبي بي سي إن طائراته شنت أكثر من 40 غارة على مواقع التنظيم في الشدادي ومحيطها منذ مساء الثلاثاء، دمرت خلالها جسوراً ومستودعات للنفط.',
'وبحسب المرصد، قُتل ما لا يقل عن 100 من مسلحي التنظيم خلال المعارك، بينهم قياديون أجانب، في حين لقي 20 من مقاتلي قوات سوريا الديمقراطية حتفهم.',
'في غضون ذلك، واصلت المدفعية التركية لليوم السادس على التوالي قصف مواقع الوحدات الكردية قرب مطار منغ العسكري وبلدة تل رفعت في ريف حلب الشمالي، بعد أن سيطرت عليهما الوحدات خلال الأيام العشرة الماضية.',
'وكان رئيس الوزراء التركي، أحمد داود أوغلو، قد حذّر من أن بلاده لن تسمح بسقوط بلدة أعزاز الحدودية بيد المقاتلين الأكراد.',
'ويأتي ذلك بعد أسبوع من اتفاق واشنطن وموسكو في ميونيخ، الجمعة الماضي، على "وقف للأعمال العدائية" في سوريا، وهو ما لم يتحقق حتى الآن.',
'وتتقاسم القوات الحكومية والوحدات الكردية السيطرة على مدينة الحسكة، مركز المحافظة، فيما يحتفظ تنظيم الدولة بوجود في قرى متفرقة جنوب الشدادي.',
'ويقول قادة في قوات سوريا الديمقراطية إن هدفهم التالي هو قطع طريق الإمداد بين الرقة والموصل، تمهيداً لهجوم على مدينة الرقة نفسها.',
]
D = '2016-02-19'   # Friday; web copy of its day
THU = '2016-02-18'
TUE = '2016-02-16'
ents = [
 ('L0:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L0:بلدة الشدادي','LOCATION','shaddadi'), ('L0:تنظيم الدولة الإسلامية','ACTOR','ISIS'),
 ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:وحدات حماية الشعب','ACTOR','YPG'), ('L1:بلدة الشدادي','LOCATION','shaddadi'),
 ('L1:محافظة الحسكة','LOCATION','hasakah-governorate'), ('L1:تنظيم الدولة الإسلامية','ACTOR','ISIS'),
 ('L1:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L2:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L2:بريطانيا','LOCATION','uk'), ('L2:القوات','ACTOR','SDF'),
 ('L2:البلدة','LOCATION','shaddadi'), ('L2:التنظيم','ACTOR','ISIS'), ('L2:الحدود العراقية','LOCATION','syria-iraq-border'),
 ('L2:بلدة مركدة','LOCATION','markada'),
 ('L3:الشدادي','LOCATION','shaddadi'), ('L3:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L3:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L3:طائرات','WEAPON','warplanes'), ('L3:التحالف الدولي','ACTOR','COALITION'), ('L3:الولايات المتحدة','ACTOR','US'),
 ('L4:التحالف','ACTOR','COALITION'), ('L4:بي بي سي','ORG','bbc'), ('L4:أكثر من 40 غارة','QUANTITY',None,(40,True,'other')),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:الشدادي','LOCATION','shaddadi'), ('L4:محيطها','LOCATION','shaddadi-surroundings'),
 ('L5:المرصد','ORG','sohr'), ('L5:ما لا يقل عن 100','QUANTITY',None,(100,True,'killed')), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:20','QUANTITY',None,(20,False,'killed')), ('L5:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L6:المدفعية التركية','ACTOR','TR'), ('L6:الوحدات الكردية','ACTOR','YPG'), ('L6:مطار منغ العسكري','LOCATION','menagh-airbase'),
 ('L6:بلدة تل رفعت','LOCATION','tal-rifaat'), ('L6:ريف حلب الشمالي','LOCATION','north-aleppo-countryside'), ('L6:الوحدات#1','ACTOR','YPG'),
 ('L7:أحمد داود أوغلو','PERSON','ahmet-davutoglu'), ('L7:بلدة أعزاز','LOCATION','azaz'),
 ('L8:واشنطن','ACTOR','US'), ('L8:موسكو','ACTOR','RU'), ('L8:ميونيخ','LOCATION','munich'), ('L8:سوريا','LOCATION','syria'),
 ('L9:القوات الحكومية','ACTOR','SY_GOV'), ('L9:الوحدات الكردية','ACTOR','YPG'), ('L9:مدينة الحسكة','LOCATION','hasakah'),
 ('L9:المحافظة','LOCATION','hasakah-governorate'), ('L9:تنظيم الدولة','ACTOR','ISIS'), ('L9:جنوب الشدادي','LOCATION','south-shaddadi'),
 ('L10:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L10:طريق الإمداد','LOCATION','raqqa-mosul-road'), ('L10:الرقة#0','LOCATION','raqqa'),
 ('L10:الموصل','LOCATION','mosul'), ('L10:مدينة الرقة','LOCATION','raqqa'),
]
times = [
 ('L1:يوم الجمعة', D, 'day'),
 ('L2:بعد ظهر الخميس', THU, 'part-of-day', {'part': 'noon'}),
 ('L3:الثلاثاء الماضي', TUE, 'day'),
 ('L4:منذ مساء الثلاثاء', TUE + '/' + D, 'day'),
 ('L6:خلال الأيام العشرة الماضية', '2016-02-09/' + D, 'day'),
 ('L8:الجمعة الماضي', '2016-02-12', 'day'),
]
T = 'L1:يوم الجمعة'
SDFA = 'قوات سوريا الديمقراطية'
SOHR = 'المرصد السوري لحقوق الإنسان'
CSP = 'متحدث باسم التحالف'
events = [
 dict(type='STATEMENT', trig='L1:قالت', time=T, actors=['SDF'], attr=SDFA),                                               # 1
 dict(type='CONTROL', trig='L1:سيطرت', time=T, actors=['SDF'], targets=['ISIS'], loc='L1:بلدة الشدادي', attr=SDFA),       # 2
 dict(type='MOVEMENT', trig='L2:دخلوا', time='L2:بعد ظهر الخميس', actors=['SDF'], loc='L2:البلدة', attr=SOHR),            # 3
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time='L2:بعد ظهر الخميس', actors=['ISIS'], loc='L2:البلدة', attr=SOHR),        # 4
 dict(type='CONTROL', trig='L3:السيطرة', time=T, actors=['SDF'], targets=['ISIS'], loc='L3:الشدادي'),                     # 5
 dict(type='OPERATION', trig='L3:حملة', time='L3:الثلاثاء الماضي', actors=['SDF'], targets=['ISIS']),                     # 6
 dict(type='ATTACK', trig='L3:بدعم جوي', time='L3:الثلاثاء الماضي', actors=['COALITION'], targets=['ISIS'], weapons=['L3:طائرات']),  # 7
 dict(type='ATTACK', trig='L4:شنت', time='L4:منذ مساء الثلاثاء', actors=['COALITION'], targets=['ISIS'], loc='L4:الشدادي',
      qty=['L4:أكثر من 40 غارة'], attr=CSP),                                                                             # 8
 dict(type='ATTACK', trig='L5:قُتل', actors=['SDF'], targets=['ISIS'], qty=['L5:ما لا يقل عن 100'], attr=SOHR),            # 9
 dict(type='ATTACK', trig='L5:لقي', actors=['ISIS'], targets=['SDF'], qty=['L5:20'], attr=SOHR),                          # 10
 dict(type='ATTACK', trig='L6:قصف', time=T, actors=['TR'], targets=['YPG'], loc='L6:مطار منغ العسكري'),                    # 11
 dict(type='CONTROL', trig='L6:سيطرت', time='L6:خلال الأيام العشرة الماضية', actors=['YPG'], loc='L6:مطار منغ العسكري'),    # 12
 dict(type='AGREEMENT', trig='L8:اتفاق', time='L8:الجمعة الماضي', actors=['US', 'RU'], loc='L8:ميونيخ'),                    # 13
 dict(type='AGREEMENT', trig='L8:وقف للأعمال العدائية', mod='planned', actors=['US', 'RU'], loc='L8:سوريا'),               # 14
 dict(type='CONTROL', trig='L9:تتقاسم', time=T, actors=['SY_GOV', 'YPG'], loc='L9:مدينة الحسكة'),                          # 15
 dict(type='OPERATION', trig='L10:قطع', mod='planned', actors=['SDF'], targets=['ISIS'], loc='L10:طريق الإمداد', attr='قادة في قوات سوريا الديمقراطية'),  # 16
 dict(type='OPERATION', trig='L10:لهجوم', mod='planned', actors=['SDF'], targets=['ISIS'], loc='L10:مدينة الرقة', attr='قادة في قوات سوريا الديمقراطية'),  # 17
]
DD = (D, 'day')
TEN = ('2016-02-09/' + D, 'day')
forces = [
 dict(actor='SDF', loc=('بلدة الشدادي', 'shaddadi'), as_of=DD, status='controls', source=SDFA, line=1, events=[2]),
 dict(actor='SDF', loc=('البلدة', 'shaddadi'), as_of=(THU, 'part-of-day'), status='arrived', source=SOHR, line=2, events=[3]),
 dict(actor='ISIS', loc=('البلدة', 'shaddadi'), as_of=(THU, 'part-of-day'), status='withdrawn', source=SOHR, line=2, events=[4]),
 dict(actor='ISIS', loc=('الشدادي', 'shaddadi'), as_of=(TUE + '/' + D, 'day'), status='attacked', source=CSP, line=4, events=[8]),
 dict(actor='ISIS', loc=('محيطها', 'shaddadi-surroundings'), as_of=(TUE + '/' + D, 'day'), status='attacked', source=CSP, line=4, events=[8]),
 dict(actor='YPG', loc=('مطار منغ العسكري', 'menagh-airbase'), as_of=DD, status='attacked', line=6, events=[11]),
 dict(actor='YPG', loc=('بلدة تل رفعت', 'tal-rifaat'), as_of=DD, status='attacked', line=6, events=[11]),
 dict(actor='YPG', loc=('مطار منغ العسكري', 'menagh-airbase'), as_of=TEN, status='controls', line=6, events=[12]),
 dict(actor='YPG', loc=('بلدة تل رفعت', 'tal-rifaat'), as_of=TEN, status='controls', line=6, events=[12]),
 dict(actor='SY_GOV', loc=('مدينة الحسكة', 'hasakah'), as_of=DD, status='controls', line=9, events=[15]),
 dict(actor='YPG', loc=('مدينة الحسكة', 'hasakah'), as_of=DD, status='controls', line=9, events=[15]),
 dict(actor='ISIS', loc=('جنوب الشدادي', 'south-shaddadi'), as_of=DD, status='present', line=9),
]
build('bbc-shaddadi', None, 'بي بي سي عربي', D, L, ents, times, events, forces)
