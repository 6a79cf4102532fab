from build import build
L = [
'مقتل قيادي في داعش بإنزال جوي أميركي شمال شرقي سوريا.. وإصابة أربعة جنود',
'الحرة / ترجمات - دبي',
'أعلنت القيادة المركزية الأميركية (سنتكوم)، الجمعة، أن قواتها قتلت القيادي البارز في تنظيم داعش، حمزة الحمصي، خلال إنزال جوي بالمروحيات نفذته فجر الخميس في شمال شرقي سوريا، بالشراكة مع قوات سوريا الديمقراطية.',
'وقال البيان إن الحمصي فجّر حزاماً ناسفاً خلال الاشتباك مع القوة المهاجمة، ما أدى إلى مقتله وإصابة أربعة جنود أميركيين وكلب عسكري، إضافة إلى عنصر من "قسد".',
'وبحسب سنتكوم، كان الحمصي مسؤولاً عن شبكة لتهريب الأسلحة والمقاتلين، وشارك في التخطيط للهجوم على سجن غويران في مدينة الحسكة في كانون الثاني 2022.',
'وفي تطور منفصل، اعتقلت قوات أميركية وعناصر من "قسد"، يوم السبت الماضي، مسؤولاً في التنظيم في بلدة الشحيل بريف دير الزور الشرقي، وفق ما ذكره المرصد السوري لحقوق الإنسان.',
'من جهتها، نفت "قسد" في بيان ما تداولته حسابات محلية عن مقتل مدنيين في المنزل المستهدف، مؤكدة أن القوة المشتركة اعتقلت ثلاثة مشتبهين آخرين في الموقع.',
'وفي ريف حمص الشرقي، قُتل 53 شخصاً، بينهم 46 مدنياً من جامعي الكمأة، اليوم الجمعة، في هجوم نسبته وسائل إعلام رسمية سورية إلى تنظيم داعش قرب مدينة السخنة.',
'وتحتفظ الولايات المتحدة بنحو 900 جندي في سوريا، ينتشر معظمهم في قواعد بمحافظتي الحسكة ودير الزور، إضافة إلى قاعدة التنف قرب الحدود مع الأردن والعراق.',
'وتنفذ القوات الأميركية و"قسد" عمليات مشتركة متكررة ضد خلايا التنظيم، الذي خسر آخر مناطق سيطرته في سوريا في آذار 2019، لكنه لا يزال يشن هجمات في البادية وريف دير الزور.',
'وفي واشنطن، قال المتحدث باسم البنتاغون، العميد بات رايدر، إن الجنود المصابين نُقلوا إلى مستشفى في العراق وحالتهم مستقرة، مؤكداً أن القوات الأميركية "ستواصل ملاحقة قادة داعش أينما كانوا".',
]
D = '2023-02-17'   # Friday; US-funded channel's website, copy of its day
THU = '2023-02-16'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L0:أربعة جنود','QUANTITY',None,(4,False,'wounded')),
 ('L1:الحرة','ORG','alhurra'), ('L1:دبي','LOCATION','dubai'),
 ('L2:القيادة المركزية الأميركية','ACTOR','US'), ('L2:سنتكوم','ACTOR','US'), ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:حمزة الحمصي','PERSON','hamza-al-homsi'),
 ('L2:المروحيات','WEAPON','helicopters'), ('L2:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L3:الحمصي','PERSON','hamza-al-homsi'), ('L3:حزاماً ناسفاً','WEAPON','suicide-vest'), ('L3:أربعة جنود','QUANTITY',None,(4,False,'wounded')),
 ('L3:جنود أميركيين','ACTOR','US'), ('L3:قسد','ACTOR','SDF'),
 ('L4:سنتكوم','ACTOR','US'), ('L4:الحمصي','PERSON','hamza-al-homsi'), ('L4:الأسلحة','WEAPON','weapons'), ('L4:سجن غويران','LOCATION','ghwayran-prison'),
 ('L4:مدينة الحسكة','LOCATION','hasakah'),
 ('L5:قوات أميركية','ACTOR','US'), ('L5:قسد','ACTOR','SDF'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:بلدة الشحيل','LOCATION','al-shuhayl'),
 ('L5:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L6:قسد','ACTOR','SDF'), ('L6:المنزل المستهدف','LOCATION','homsi-hideout'), ('L6:ثلاثة مشتبهين','QUANTITY',None,(3,False,'arrested')),
 ('L6:الموقع','LOCATION','homsi-hideout'),
 ('L7:ريف حمص الشرقي','LOCATION','homs-east-countryside'), ('L7:53 شخصاً','QUANTITY',None,(53,False,'killed')), ('L7:46 مدنياً','QUANTITY',None,(46,False,'killed')),
 ('L7:تنظيم داعش','ACTOR','ISIS'), ('L7:مدينة السخنة','LOCATION','al-sukhnah'),
 ('L8:الولايات المتحدة','ACTOR','US'), ('L8:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L8:سوريا','LOCATION','syria'),
 ('L8:قواعد','LOCATION','us-bases-syria'), ('L8:محافظتي الحسكة','LOCATION','hasakah-governorate'), ('L8:دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L8:قاعدة التنف','LOCATION','al-tanf'), ('L8:الحدود','LOCATION','syria-jordan-iraq-border'), ('L8:الأردن','LOCATION','jordan'), ('L8:العراق','LOCATION','iraq'),
 ('L9:القوات الأميركية','ACTOR','US'), ('L9:قسد','ACTOR','SDF'), ('L9:التنظيم','ACTOR','ISIS'), ('L9:سوريا','LOCATION','syria'),
 ('L9:البادية','LOCATION','syrian-badia'), ('L9:ريف دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L10:واشنطن','LOCATION','washington'), ('L10:البنتاغون','ACTOR','US'), ('L10:بات رايدر','PERSON','pat-ryder'), ('L10:العراق','LOCATION','iraq'),
 ('L10:القوات الأميركية','ACTOR','US'), ('L10:داعش','ACTOR','ISIS'),
]
times = [
 ('L2:الجمعة', D, 'day'),
 ('L2:فجر الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L4:كانون الثاني 2022', '2022-01', 'month'),
 ('L5:يوم السبت الماضي', '2023-02-11', 'day'),
 ('L7:اليوم الجمعة', D, 'day'),
 ('L9:آذار 2019', '2019-03', 'month'),
]
FT = 'L2:فجر الخميس'
CC = 'القيادة المركزية الأميركية (سنتكوم)'
SOHR = 'المرصد السوري لحقوق الإنسان'
QSD = 'قسد (بيان)'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:الجمعة', actors=['US'], attr=CC),                                                    # 1
 dict(type='ATTACK', trig='L2:قتلت', time=FT, actors=['US', 'SDF'], targets=['ISIS'], loc='L2:شمال شرقي سوريا', attr=CC),                 # 2
 dict(type='MOVEMENT', trig='L2:إنزال جوي', time=FT, actors=['US', 'SDF'], loc='L2:شمال شرقي سوريا', weapons=['L2:المروحيات'], attr=CC),   # 3
 dict(type='STATEMENT', trig='L3:قال', actors=['US'], attr=CC),                                                                       # 4
 dict(type='ATTACK', trig='L3:فجّر', time=FT, actors=['ISIS'], targets=['US', 'SDF'], weapons=['L3:حزاماً ناسفاً'], qty=['L3:أربعة جنود'], attr=CC),  # 5
 dict(type='ATTACK', trig='L3:الاشتباك', time=FT, actors=['US', 'ISIS'], attr=CC),                                                     # 6
 dict(type='ATTACK', trig='L4:هجوم', time='L4:كانون الثاني 2022', actors=['ISIS'], loc='L4:سجن غويران', attr='سنتكوم'),                 # 7
 dict(type='ARREST', trig='L5:اعتقلت', time='L5:يوم السبت الماضي', actors=['US', 'SDF'], targets=['ISIS'], loc='L5:بلدة الشحيل', attr=SOHR),  # 8
 dict(type='STATEMENT', trig='L6:بيان', actors=['SDF'], attr=QSD),                                                                    # 9
 dict(type='ATTACK', trig='L6:مقتل', mod='denied', time=FT, actors=['US', 'SDF'], loc='L6:المنزل المستهدف', attr=QSD),                 # 10
 dict(type='ARREST', trig='L6:اعتقلت', time=FT, actors=['US', 'SDF'], targets=['ISIS'], loc='L6:الموقع', qty=['L6:ثلاثة مشتبهين'], attr=QSD),  # 11
 dict(type='ATTACK', trig='L7:قُتل', time='L7:اليوم الجمعة', actors=['ISIS'], loc='L7:مدينة السخنة', qty=['L7:53 شخصاً', 'L7:46 مدنياً'],
      attr='وسائل إعلام رسمية سورية'),                                                                                                 # 12
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['US'], loc='L8:محافظتي الحسكة', qty=['L8:نحو 900 جندي']),                               # 13
 dict(type='OPERATION', trig='L9:عمليات مشتركة', actors=['US', 'SDF'], targets=['ISIS']),                                              # 14
 dict(type='CONTROL', trig='L9:خسر', time='L9:آذار 2019', targets=['ISIS'], loc='L9:سوريا'),                                           # 15
 dict(type='ATTACK', trig='L9:هجمات', actors=['ISIS'], loc='L9:البادية'),                                                            # 16
 dict(type='STATEMENT', trig='L10:قال', actors=['US'], attr='بات رايدر (البنتاغون)'),                                                   # 17
 dict(type='OPERATION', trig='L10:ملاحقة', mod='planned', actors=['US'], targets=['ISIS'], attr='بات رايدر (البنتاغون)'),                # 18
]
TP = (THU, 'part-of-day')
SAT = ('2023-02-11', 'day')
TD = (D, 'day')
forces = [
 dict(actor='US', loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=TP, status='present', source=CC, line=2, events=[2, 3]),
 dict(actor='SDF', loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=TP, status='present', source=CC, line=2, events=[2, 3]),
 dict(actor='US', loc=('بلدة الشحيل', 'al-shuhayl'), as_of=SAT, status='present', source=SOHR, line=5, events=[8]),
 dict(actor='SDF', loc=('بلدة الشحيل', 'al-shuhayl'), as_of=SAT, status='present', source=SOHR, line=5, events=[8]),
 dict(actor='US', strength=(900, True, 'troops'), loc=('سوريا', 'syria'), as_of=TD, status='present', line=8, events=[13]),
 dict(actor='US', assets='قواعد', loc=('محافظتي الحسكة', 'hasakah-governorate'), as_of=TD, status='present', line=8, events=[13]),
 dict(actor='US', assets='قواعد', loc=('دير الزور', 'deir-ez-zor-governorate'), as_of=TD, status='present', line=8, events=[13]),
 dict(actor='US', loc=('قاعدة التنف', 'al-tanf'), as_of=TD, status='present', line=8, events=[13]),
 dict(actor='ISIS', loc=('البادية', 'syrian-badia'), as_of=TD, status='present', line=9, events=[16]),
 dict(actor='ISIS', loc=('ريف دير الزور', 'deir-ez-zor-countryside'), as_of=TD, status='present', line=9, events=[16]),
]
build('alhurra-homsi-raid', None, 'الحرة', D, L, ents, times, events, forces)
