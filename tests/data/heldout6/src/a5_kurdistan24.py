from build import build
L = [
'مسيّرة تركية تقصف موقعاً لـPKK قرب مخيم مخمور.. وضربة ثانية في سنجار',
'أربيل (كوردستان 24)- استهدفت طائرة مسيّرة تركية، فجر اليوم الثلاثاء، موقعاً لمسلحي حزب العمال الكوردستاني (PKK) في جبل قره جوخ المطل على مخيم مخمور للاجئين، ما أسفر عن مقتل ثلاثة مسلحين وإصابة آخر، بحسب مصدر أمني في قضاء مخمور.',
'وأوضح المصدر لكوردستان 24 أن الموقع المستهدف يقع على بعد نحو 3 كيلومترات من نقطة للجيش العراقي، وأن قوة من الجيش توجهت إلى المكان بعد القصف، فيما تنتشر قوات البيشمركة على الجانب الآخر من الجبل.',
'وفي تطور منفصل، قالت مصادر محلية في قضاء سنجار إن طائرة مسيّرة تركية قصفت، مساء أمس الاثنين، مقراً لـ"وحدات مقاومة سنجار" (اليبشه) في بلدة سنوني شمال جبل سنجار، ما أدى إلى تدمير المقر ومقتل قيادي في الوحدات ومرافقه.',
'وأعلنت وزارة الدفاع التركية في بيان اليوم "تحييد 4 إرهابيين" في منطقة سنجار شمالي العراق، مؤكدة أن عملياتها ضد حزب العمال الكوردستاني "ستستمر حتى القضاء على آخر إرهابي".',
'في المقابل، نفت "وحدات مقاومة سنجار" في بيان وجود أي مقرات لحزب العمال الكوردستاني في المنطقة، مؤكدة أن الضحايا "من أبناء سنجار الإيزيديين".',
'وأدانت حكومة إقليم كوردستان، على لسان المتحدث باسمها جوتيار عادل، "الهجمات المتكررة" في المناطق الحدودية، داعية حزب العمال الكوردستاني إلى "إخراج مسلحيه من أراضي الإقليم وعدم تحويلها إلى ساحة لتصفية الحسابات".',
'كما دعت وزارة البيشمركة الحكومة الاتحادية في بغداد إلى تطبيق اتفاق سنجار الموقع في التاسع من تشرين الأول 2020، والذي يقضي بانسحاب جميع الفصائل المسلحة من القضاء وتسليم ملفه الأمني إلى الشرطة المحلية والجيش العراقي بالتنسيق مع البيشمركة.',
'وتشن تركيا منذ نيسان الماضي عملية "مخلب البرق" ضد مواقع حزب العمال في منطقتي متينا والزاب بمحافظة دهوك، وتقول إن الحزب يتخذ من مخمور وسنجار "قواعد خلفية" لشن هجمات على أراضيها.',
'يشار إلى أن مخيم مخمور يؤوي نحو 12 ألف لاجئ كوردي فروا من تركيا في تسعينيات القرن الماضي، وتعرض لقصف تركي مماثل في حزيران الماضي أسفر عن مقتل ثلاثة مدنيين.',
]
D = '2021-09-14'
Y = '2021-09-13'
YBS = 'OTHER:ybs'
KRG = 'OTHER:krg'
AG = 'OTHER:sinjar-armed-factions'
ents = [
 ('L0:مسيّرة','WEAPON','drone'), ('L0:PKK','ACTOR','PKK'), ('L0:مخيم مخمور','LOCATION','makhmour-camp'), ('L0:سنجار','LOCATION','sinjar'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:كوردستان 24','ORG','kurdistan24'), ('L1:طائرة مسيّرة','WEAPON','drone'),
 ('L1:حزب العمال الكوردستاني','ACTOR','PKK'), ('L1:PKK','ACTOR','PKK'), ('L1:جبل قره جوخ','LOCATION','qarachogh-mountain'),
 ('L1:مخيم مخمور','LOCATION','makhmour-camp'), ('L1:ثلاثة مسلحين','QUANTITY',None,(3,False,'killed')), ('L1:قضاء مخمور','LOCATION','makhmour-district'),
 ('L2:كوردستان 24','ORG','kurdistan24'), ('L2:نحو 3 كيلومترات','QUANTITY',None,(3,True,'km')), ('L2:لجيش العراقي','ACTOR','IQ_GOV'),
 ('L2:الجيش#0','ACTOR','IQ_GOV'), ('L2:قوات البيشمركة','ACTOR','PESHMERGA'), ('L2:الجبل','LOCATION','qarachogh-mountain'),
 ('L3:قضاء سنجار','LOCATION','sinjar-district'), ('L3:طائرة مسيّرة','WEAPON','drone'), ('L3:وحدات مقاومة سنجار','ACTOR',YBS),
 ('L3:اليبشه','ACTOR',YBS), ('L3:بلدة سنوني','LOCATION','sinuni'), ('L3:جبل سنجار','LOCATION','sinjar-mountain'), ('L3:الوحدات','ACTOR',YBS),
 ('L4:وزارة الدفاع التركية','ACTOR','TR'), ('L4:4 إرهابيين','QUANTITY',None,(4,False,'killed')), ('L4:منطقة سنجار','LOCATION','sinjar'),
 ('L4:شمالي العراق','LOCATION','north-iraq'), ('L4:حزب العمال الكوردستاني','ACTOR','PKK'),
 ('L5:وحدات مقاومة سنجار','ACTOR',YBS), ('L5:حزب العمال الكوردستاني','ACTOR','PKK'), ('L5:المنطقة','LOCATION','sinjar'), ('L5:سنجار#1','LOCATION','sinjar'),
 ('L6:حكومة إقليم كوردستان','ACTOR',KRG), ('L6:جوتيار عادل','PERSON','jotiar-adil'), ('L6:المناطق الحدودية','LOCATION','kurdistan-border-areas'),
 ('L6:حزب العمال الكوردستاني','ACTOR','PKK'), ('L6:أراضي الإقليم','LOCATION','kurdistan-region-iraq'),
 ('L7:وزارة البيشمركة','ACTOR','PESHMERGA'), ('L7:الحكومة الاتحادية','ACTOR','IQ_GOV'), ('L7:بغداد','LOCATION','baghdad'),
 ('L7:سنجار','LOCATION','sinjar'), ('L7:الفصائل المسلحة','ACTOR',AG), ('L7:القضاء','LOCATION','sinjar-district'),
 ('L7:الشرطة المحلية','ACTOR','IQ_GOV'), ('L7:الجيش العراقي','ACTOR','IQ_GOV'), ('L7:البيشمركة#1','ACTOR','PESHMERGA'),
 ('L8:تركيا','ACTOR','TR'), ('L8:حزب العمال','ACTOR','PKK'), ('L8:متينا','LOCATION','metina'), ('L8:الزاب','LOCATION','zap'),
 ('L8:محافظة دهوك','LOCATION','duhok-governorate'), ('L8:الحزب','ACTOR','PKK'), ('L8:مخمور','LOCATION','makhmour'), ('L8:سنجار','LOCATION','sinjar'),
 ('L9:مخيم مخمور','LOCATION','makhmour-camp'), ('L9:نحو 12 ألف لاجئ','QUANTITY',None,(12000,True,'people')), ('L9:تركيا','LOCATION','turkey'),
 ('L9:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')),
]
times = [
 ('L1:فجر اليوم الثلاثاء', D, 'part-of-day', {'part':'morning'}),
 ('L3:مساء أمس الاثنين', Y, 'part-of-day', {'part':'evening'}),
 ('L4:اليوم', D, 'day'),
 ('L7:التاسع من تشرين الأول 2020', '2020-10-09', 'day'),
 ('L8:منذ نيسان الماضي', '2021-04/2021-09', 'month'),
 ('L9:تسعينيات القرن الماضي', '1990/1999', 'year'),
 ('L9:حزيران الماضي', '2021-06', 'month'),
]
MK = 'مصدر أمني في قضاء مخمور'
SJ = 'مصادر محلية في قضاء سنجار'
TMOD = 'وزارة الدفاع التركية'
events = [
 dict(type='ATTACK', trig='L1:استهدفت', time='L1:فجر اليوم الثلاثاء', actors=['TR'], targets=['PKK'], loc='L1:جبل قره جوخ', attr=MK,
      weapons=['L1:طائرة مسيّرة'], qty=['L1:ثلاثة مسلحين']),
 dict(type='MOVEMENT', trig='L2:توجهت', time='L1:فجر اليوم الثلاثاء', actors=['IQ_GOV'], attr=MK),
 dict(type='ATTACK', trig='L2:القصف', time='L1:فجر اليوم الثلاثاء', actors=['TR'], targets=['PKK'], attr=MK),
 dict(type='MOVEMENT', trig='L2:تنتشر', actors=['PESHMERGA'], loc='L2:الجبل', attr=MK),
 dict(type='ATTACK', trig='L3:قصفت', time='L3:مساء أمس الاثنين', actors=['TR'], targets=[YBS], loc='L3:بلدة سنوني', attr=SJ, weapons=['L3:طائرة مسيّرة']),
 dict(type='STATEMENT', trig='L4:أعلنت', time='L4:اليوم', actors=['TR'], attr=TMOD),
 dict(type='ATTACK', trig='L4:تحييد', actors=['TR'], targets=['PKK'], loc='L4:منطقة سنجار', attr=TMOD, qty=['L4:4 إرهابيين']),
 dict(type='OPERATION', trig='L4:عملياتها', mod='planned', actors=['TR'], targets=['PKK'], attr=TMOD),
 dict(type='BASE', trig='L5:مقرات', mod='denied', actors=['PKK'], loc='L5:المنطقة', attr='وحدات مقاومة سنجار'),
 dict(type='STATEMENT', trig='L6:أدانت', actors=[KRG], attr='جوتيار عادل'),
 dict(type='ATTACK', trig='L6:الهجمات', loc='L6:المناطق الحدودية', attr='جوتيار عادل'),
 dict(type='WITHDRAWAL', trig='L6:إخراج', mod='planned', actors=['PKK'], loc='L6:أراضي الإقليم', attr='جوتيار عادل'),
 dict(type='STATEMENT', trig='L7:دعت', actors=['PESHMERGA'], attr='وزارة البيشمركة'),
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:التاسع من تشرين الأول 2020', actors=['IQ_GOV', KRG], loc='L7:سنجار'),
 dict(type='WITHDRAWAL', trig='L7:بانسحاب', mod='planned', actors=[AG], loc='L7:القضاء', attr='وزارة البيشمركة'),
 dict(type='CONTROL', trig='L7:تسليم ملفه الأمني', mod='planned', actors=['IQ_GOV'], loc='L7:القضاء', attr='وزارة البيشمركة'),
 dict(type='OPERATION', trig='L8:عملية', time='L8:منذ نيسان الماضي', actors=['TR'], targets=['PKK'], loc='L8:متينا'),
 dict(type='BASE', trig='L8:قواعد خلفية', actors=['PKK'], loc='L8:مخمور', attr='تركيا'),
 dict(type='ATTACK', trig='L8:هجمات', actors=['PKK'], targets=['TR'], attr='تركيا'),
 dict(type='ATTACK', trig='L9:قصف', time='L9:حزيران الماضي', actors=['TR'], loc='L9:مخيم مخمور', qty=['L9:ثلاثة مدنيين']),
]
MP = (D, 'part-of-day')
EV = (Y, 'part-of-day')
AP = ('2021-04/2021-09', 'month')
forces = [
 dict(actor='PKK', assets='موقع', loc=('جبل قره جوخ','qarachogh-mountain'), as_of=MP, status='attacked', source=MK, line=1, events=[1]),
 dict(actor='PESHMERGA', loc=('الجبل','qarachogh-mountain'), as_of=(D,'day'), status='present', source=MK, line=2, events=[4]),
 dict(actor=YBS, assets='مقر', loc=('بلدة سنوني','sinuni'), as_of=EV, status='attacked', source=SJ, line=3, events=[5]),
 dict(actor=YBS, assets='مقر', loc=('بلدة سنوني','sinuni'), as_of=EV, status='present', source=SJ, line=3, events=[]),
 dict(actor='PKK', loc=('منطقة سنجار','sinjar'), as_of=(D,'day'), status='attacked', source=TMOD, line=4, events=[7]),
 dict(actor='IQ_GOV', assets='الشرطة المحلية والجيش العراقي', loc=('القضاء','sinjar-district'), as_of=(D,'day'), status='planned', source='وزارة البيشمركة', line=7, events=[16]),
 dict(actor='TR', loc=('متينا','metina'), as_of=AP, status='present', line=8, events=[17]),
 dict(actor='TR', loc=('الزاب','zap'), as_of=AP, status='present', line=8, events=[17]),
 dict(actor='PKK', assets='مواقع', loc=('متينا','metina'), as_of=AP, status='attacked', line=8, events=[17]),
 dict(actor='PKK', assets='مواقع', loc=('الزاب','zap'), as_of=AP, status='attacked', line=8, events=[17]),
 dict(actor='PKK', assets='قواعد خلفية', loc=('مخمور','makhmour'), as_of=(D,'day'), status='present', source='تركيا', line=8, events=[18]),
 dict(actor='PKK', assets='قواعد خلفية', loc=('سنجار','sinjar'), as_of=(D,'day'), status='present', source='تركيا', line=8, events=[18]),
]
build('kurdistan24-makhmour-sinjar-drones', None, 'كوردستان 24', D, L, ents, times, events, forces)
