from build import build
L = [
'25 شهيداً في العدوان الأمريكي على مقرات الحشد الشعبي.. وطهران: "إرهاب سافر"',
'أفادت وكالة مهر للأنباء نقلاً عن مصادر عراقية بأن حصيلة الغارات التي شنتها الطائرات الأمريكية مساء أمس الأحد على مقرات اللواءين 45 و46 التابعين للحشد الشعبي في قضاء القائم غربي العراق ومدينة البوكمال السورية ارتفعت إلى 25 شهيداً و51 جريحاً.',
'وكان المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) جوناثان هوفمان قد زعم أن القوات الأمريكية نفذت "ضربات دفاعية دقيقة" على خمسة مواقع لـ"كتائب حزب الله"، ثلاثة منها في العراق واثنان في سوريا، قائلاً إنها تضم مستودعات أسلحة ومقرات قيادة وسيطرة.',
'وادعى هوفمان أن الضربات جاءت رداً على هجوم بأكثر من 30 صاروخاً استهدف يوم الجمعة الماضي قاعدة "K1" العسكرية قرب كركوك، حيث تتمركز قوات أمريكية، ما أدى إلى مقتل متعاقد مدني أمريكي وإصابة أربعة جنود أمريكيين واثنين من عناصر القوات العراقية.',
'ونفت "كتائب حزب الله" في بيان أي علاقة لها بالهجوم على القاعدة، وتوعدت بالرد على "العدوان الغادر"، مؤكدة أن "دماء الشهداء لن تذهب سدى" وأن القوات الأمريكية في العراق "باتت أهدافاً مشروعة لرجال المقاومة".',
'وأدان المتحدث باسم وزارة الخارجية الإيرانية عباس موسوي، اليوم الاثنين، العدوان الأمريكي، واصفاً إياه بأنه "مصداق بارز للإرهاب" و"انتهاك صارخ لسيادة العراق"، ومحمّلاً واشنطن مسؤولية تبعات هذا العمل غير القانوني.',
'من جانبه، وصف رئيس الوزراء العراقي المستقيل عادل عبد المهدي الغارات بـ"الاعتداء المرفوض"، مؤكداً أنه أبلغ وزير الدفاع الأمريكي مارك إسبر قبيل تنفيذها رفض بغداد لها، فيما أعلن مجلس الأمن الوطني العراقي أن الحكومة "ستعيد النظر" في علاقتها مع التحالف الدولي.',
'وفي سوريا، أفادت مصادر محلية بأن قوات الاحتلال الأمريكي استقدمت ليل السبت - الأحد رتلاً من نحو 20 شاحنة محملة بمعدات عسكرية ولوجستية إلى حقل العمر النفطي في ريف دير الزور الشرقي، قادماً من إقليم كردستان العراق عبر معبر الوليد غير الشرعي.',
'ويقدّر عدد الجنود الأمريكيين الذين أبقتهم واشنطن في سوريا بنحو 600 جندي، ينتشر معظمهم قرب حقول النفط في دير الزور والحسكة وفي قاعدة التنف، بعد أن أعلن الرئيس الأمريكي دونالد ترامب في أكتوبر/تشرين الأول الماضي سحب قواته من شمال شرق البلاد.',
]
D = '2019-12-30'   # Monday; web copy of its own day
SUN = '2019-12-29'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
ents = [
 ('L0:25 شهيداً','QUANTITY',None,(25,False,'killed')), ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:طهران','ACTOR','IR'),
 ('L1:وكالة مهر للأنباء','ORG','mehr'), ('L1:الطائرات الأمريكية','WEAPON','aircraft'), ('L1:اللواءين 45 و46','ACTOR',PMF),
 ('L1:لحشد الشعبي','ACTOR',PMF), ('L1:قضاء القائم','LOCATION','al-qaim'), ('L1:غربي العراق','LOCATION','west-iraq'),
 ('L1:مدينة البوكمال','LOCATION','albukamal'), ('L1:25 شهيداً','QUANTITY',None,(25,False,'killed')),
 ('L1:51 جريحاً','QUANTITY',None,(51,False,'wounded')),
 ('L2:وزارة الدفاع الأمريكية','ACTOR','US'), ('L2:البنتاغون','ACTOR','US'), ('L2:جوناثان هوفمان','PERSON','jonathan-hoffman'),
 ('L2:القوات الأمريكية','ACTOR','US'), ('L2:خمسة مواقع','QUANTITY',None,(5,False,'other')), ('L2:كتائب حزب الله','ACTOR',KH),
 ('L2:العراق','LOCATION','iraq'), ('L2:سوريا','LOCATION','syria'),
 ('L3:هوفمان','PERSON','jonathan-hoffman'), ('L3:أكثر من 30 صاروخاً','QUANTITY',None,(30,True,'missiles')), ('L3:صاروخاً','WEAPON','rockets'),
 ('L3:قاعدة "K1" العسكرية','LOCATION','k1-base'), ('L3:كركوك','LOCATION','kirkuk'), ('L3:قوات أمريكية','ACTOR','US'),
 ('L3:أربعة جنود','QUANTITY',None,(4,False,'wounded')), ('L3:جنود أمريكيين','ACTOR','US'),
 ('L3:اثنين','QUANTITY',None,(2,False,'wounded')), ('L3:القوات العراقية','ACTOR','IQ_GOV'),
 ('L4:كتائب حزب الله','ACTOR',KH), ('L4:القاعدة','LOCATION','k1-base'), ('L4:القوات الأمريكية','ACTOR','US'), ('L4:العراق','LOCATION','iraq'),
 ('L5:وزارة الخارجية الإيرانية','ACTOR','IR'), ('L5:عباس موسوي','PERSON','abbas-mousavi'), ('L5:العراق','LOCATION','iraq'),
 ('L5:واشنطن','ACTOR','US'),
 ('L6:عادل عبد المهدي','PERSON','adel-abdul-mahdi'), ('L6:مارك إسبر','PERSON','mark-esper'), ('L6:بغداد','ACTOR','IQ_GOV'),
 ('L6:مجلس الأمن الوطني العراقي','ACTOR','IQ_GOV'), ('L6:الحكومة','ACTOR','IQ_GOV'), ('L6:التحالف الدولي','ACTOR','COALITION'),
 ('L7:سوريا','LOCATION','syria'), ('L7:قوات الاحتلال الأمريكي','ACTOR','US'), ('L7:نحو 20 شاحنة','QUANTITY',None,(20,True,'vehicles')),
 ('L7:شاحنة','WEAPON','trucks'), ('L7:حقل العمر النفطي','LOCATION','al-omar-oilfield'),
 ('L7:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L7:إقليم كردستان العراق','LOCATION','kurdistan-region'),
 ('L7:معبر الوليد','LOCATION','al-walid-crossing'),
 ('L8:الجنود الأمريكيين','ACTOR','US'), ('L8:واشنطن','ACTOR','US'), ('L8:سوريا','LOCATION','syria'),
 ('L8:نحو 600 جندي','QUANTITY',None,(600,True,'troops')), ('L8:حقول النفط','LOCATION','syria-oilfields'), ('L8:دير الزور','LOCATION','deir-ez-zor'),
 ('L8:الحسكة','LOCATION','hasakah'), ('L8:قاعدة التنف','LOCATION','al-tanf-base'), ('L8:دونالد ترامب','PERSON','donald-trump'),
 ('L8:شمال شرق البلاد','LOCATION','northeast-syria'),
]
times = [
 ('L1:مساء أمس الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L3:يوم الجمعة الماضي', '2019-12-27', 'day'),
 ('L5:اليوم الاثنين', D, 'day'),
 ('L7:ليل السبت - الأحد', '2019-12-28', 'part-of-day', {'part': 'night'}),
 ('L8:أكتوبر/تشرين الأول الماضي', '2019-10', 'month'),
]
EVE = 'L1:مساء أمس الأحد'
FRI = 'L3:يوم الجمعة الماضي'
MEHR = 'مصادر عراقية (وكالة مهر للأنباء)'
HOF = 'جوناثان هوفمان'
KHA = 'كتائب حزب الله'
events = [
 dict(type='ATTACK', trig='L1:الغارات', time=EVE, actors=['US'], targets=[PMF], loc='L1:قضاء القائم', attr=MEHR,
      weapons=['L1:الطائرات الأمريكية'], qty=['L1:25 شهيداً','L1:51 جريحاً']),                                                     # 1
 dict(type='STATEMENT', trig='L2:زعم', actors=['US'], attr=HOF),                                                                   # 2
 dict(type='ATTACK', trig='L2:ضربات', time=EVE, actors=['US'], targets=[KH], attr=HOF, qty=['L2:خمسة مواقع']),                     # 3
 dict(type='ATTACK', trig='L3:الضربات', time=EVE, actors=['US'], attr=HOF),                                                        # 4
 dict(type='ATTACK', trig='L3:هجوم', time=FRI, targets=['US'], loc='L3:قاعدة "K1" العسكرية', attr=HOF,
      weapons=['L3:صاروخاً'], qty=['L3:أكثر من 30 صاروخاً','L3:أربعة جنود','L3:اثنين']),                                            # 5
 dict(type='MOVEMENT', trig='L3:تتمركز', actors=['US'], loc='L3:قاعدة "K1" العسكرية', attr=HOF),                                   # 6
 dict(type='ATTACK', trig='L4:الهجوم', mod='denied', time=FRI, actors=[KH], targets=['US'], loc='L4:القاعدة', attr=KHA),           # 7
 dict(type='ATTACK', trig='L4:الرد', mod='planned', actors=[KH], targets=['US'], attr=KHA),                                         # 8
 dict(type='ATTACK', trig='L4:العدوان', time=EVE, attr=KHA),                                                                       # 9
 dict(type='ATTACK', trig='L5:العدوان', time=EVE, actors=['US'], attr='عباس موسوي'),                                               # 10
 dict(type='STATEMENT', trig='L6:وصف', actors=['IQ_GOV'], attr='عادل عبد المهدي'),                                                 # 11
 dict(type='ATTACK', trig='L6:الغارات', time=EVE, attr='عادل عبد المهدي'),                                                         # 12
 dict(type='STATEMENT', trig='L6:أعلن', actors=['IQ_GOV'], attr='مجلس الأمن الوطني العراقي'),                                      # 13
 dict(type='MOVEMENT', trig='L7:استقدمت', time='L7:ليل السبت - الأحد', actors=['US'], loc='L7:حقل العمر النفطي', attr='مصادر محلية',
      weapons=['L7:شاحنة'], qty=['L7:نحو 20 شاحنة']),                                                                                # 14
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['US'], loc='L8:حقول النفط', qty=['L8:نحو 600 جندي']),                              # 15
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:أكتوبر/تشرين الأول الماضي', actors=['US'], attr='دونالد ترامب'),                   # 16
 dict(type='WITHDRAWAL', trig='L8:سحب', time='L8:أكتوبر/تشرين الأول الماضي', actors=['US'], loc='L8:شمال شرق البلاد', attr='دونالد ترامب'),  # 17
]
OD = (D, 'day')
EV = (SUN, 'part-of-day')
FRID = ('2019-12-27', 'day')
forces = [
 dict(actor=PMF, assets='مقرات اللواءين 45 و46', loc=('قضاء القائم','al-qaim'), as_of=EV, status='attacked', source=MEHR, line=1, events=[1]),
 dict(actor=PMF, assets='مقرات اللواءين 45 و46', loc=('قضاء القائم','al-qaim'), as_of=EV, status='present', source=MEHR, line=1, events=[1]),
 dict(actor=PMF, assets='مقرات اللواءين 45 و46', loc=('مدينة البوكمال','albukamal'), as_of=EV, status='attacked', source=MEHR, line=1, events=[1]),
 dict(actor=PMF, assets='مقرات اللواءين 45 و46', loc=('مدينة البوكمال','albukamal'), as_of=EV, status='present', source=MEHR, line=1, events=[1]),
 dict(actor=KH, assets='ثلاثة مواقع', loc=('العراق','iraq'), as_of=EV, status='attacked', source=HOF, line=2, events=[3]),
 dict(actor=KH, assets='ثلاثة مواقع', loc=('العراق','iraq'), as_of=EV, status='present', source=HOF, line=2, events=[3]),
 dict(actor=KH, assets='موقعان', loc=('سوريا','syria'), as_of=EV, status='attacked', source=HOF, line=2, events=[3]),
 dict(actor=KH, assets='موقعان', loc=('سوريا','syria'), as_of=EV, status='present', source=HOF, line=2, events=[3]),
 dict(actor='US', loc=('قاعدة "K1" العسكرية','k1-base'), as_of=FRID, status='attacked', source=HOF, line=3, events=[5]),
 dict(actor='US', loc=('قاعدة "K1" العسكرية','k1-base'), as_of=OD, status='present', source=HOF, line=3, events=[6]),
 dict(actor='US', loc=('العراق','iraq'), as_of=OD, status='present', source=KHA, line=4, events=[]),
 dict(actor='US', strength=(20, True, 'vehicles'), assets='رتل من نحو 20 شاحنة محملة بمعدات عسكرية ولوجستية',
      loc=('حقل العمر النفطي','al-omar-oilfield'), as_of=('2019-12-28', 'part-of-day'), status='reinforced', source='مصادر محلية', line=7, events=[14]),
 dict(actor='US', strength=(600, True, 'troops'), loc=('سوريا','syria'), as_of=OD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('حقول النفط في دير الزور والحسكة','syria-oilfields'), as_of=OD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('قاعدة التنف','al-tanf-base'), as_of=OD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('شمال شرق البلاد','northeast-syria'), as_of=('2019-10', 'month'), status='withdrawn', source='دونالد ترامب', line=8, events=[17]),
]
build('mehr-qaim-strikes', None, 'وكالة مهر للأنباء', D, L, ents, times, events, forces)
