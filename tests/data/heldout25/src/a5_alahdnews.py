from build import build
L = [
'صواريخ تدك قاعدة عين الأسد التي تضم قوات الاحتلال الأمريكي غربي الأنبار',
'بغداد – العهد نيوز: تعرضت قاعدة عين الأسد الجوية في ناحية البغدادي غربي محافظة الأنبار، التي تتمركز فيها قوات الاحتلال الأمريكي، صباح اليوم الأربعاء، لهجوم بعشرة صواريخ من نوع "غراد"، بحسب ما أعلنته خلية الإعلام الأمني.',
'وذكرت الخلية، في بيان تلقته "العهد نيوز"، أن الصواريخ أطلقت من منطقة البيادر القريبة من القاعدة، ولم تسفر عن خسائر تذكر، مبينة أن القوات الأمنية عثرت على منصة الإطلاق محترقة داخل شاحنة في المنطقة ذاتها.',
'وأفاد مصدر أمني في الأنبار بأن متعاقدا مدنيا أمريكيا توفي إثر نوبة قلبية أثناء احتمائه في أحد الملاجئ خلال الهجوم، فيما قال المتحدث باسم التحالف الدولي واين ماروتو إن "أي إصابات لم تسجل في صفوف العسكريين".',
'ويأتي الهجوم بعد أقل من أسبوع على العدوان الأمريكي الذي استهدف، فجر الجمعة الماضي، مقرات لكتائب حزب الله وكتائب سيد الشهداء على الحدود العراقية السورية قرب البوكمال، وأسفر عن استشهاد أحد مقاتلي الحشد الشعبي وإصابة أربعة آخرين.',
'وكان البنتاغون قد أعلن أن الضربات نفذت بأوامر من الرئيس جو بايدن "ردا على الهجمات الأخيرة ضد الأمريكيين في العراق"، في إشارة إلى الهجوم الصاروخي الذي استهدف مطار أربيل في الخامس عشر من شباط الماضي وأسفر عن مقتل متعاقد أجنبي.',
'من جهته، قال المتحدث العسكري باسم كتائب حزب الله أبو علي العسكري في تدوينة إن "المقاومة لا علاقة لها بقصف عين الأسد"، متهما "جهات مشبوهة" بالسعي إلى خلط الأوراق قبيل زيارة بابا الفاتيكان إلى العراق بعد غد الجمعة.',
'وجددت فصائل المقاومة مطالبتها الحكومة بتنفيذ قرار مجلس النواب الصادر في الخامس من كانون الثاني 2020 القاضي بإخراج القوات الأجنبية من العراق، مؤكدة أنها "ستتعامل مع قوات الاحتلال كقوات معادية".',
'وتضم قاعدة عين الأسد، أكبر القواعد التي تستخدمها القوات الأمريكية في العراق، نحو 1500 جندي من أصل قرابة 2500 جندي أمريكي ما زالوا ينتشرون على الأراضي العراقية، بعد خفض عددهم من 3000 جندي منتصف كانون الثاني الماضي.',
'يشار إلى أن قوات التحالف الدولي أكملت خلال العام الماضي انسحابها من ثماني قواعد عسكرية في العراق، بينها القائم والقيارة وكي وان والتاجي، وسلمتها إلى القوات العراقية.',
]
D = '2021-03-03'   # Wednesday; Iraqi news site, web copy of its own day
FRI = '2021-02-26'
KH = 'OTHER:kataib-hezbollah'
KSS = 'OTHER:kataib-sayyid-al-shuhada'
PMF = 'OTHER:pmf'
IRI = 'OTHER:islamic-resistance-iraq'
ents = [
 ('L0:صواريخ','WEAPON','rockets'), ('L0:قاعدة عين الأسد','LOCATION','ain-al-asad'), ('L0:قوات الاحتلال الأمريكي','ACTOR','US'),
 ('L0:الأنبار','LOCATION','anbar'),
 ('L1:بغداد#0','LOCATION','baghdad'), ('L1:العهد نيوز','ORG','alahd-news'), ('L1:قاعدة عين الأسد الجوية','LOCATION','ain-al-asad'),
 ('L1:ناحية البغدادي','LOCATION','al-baghdadi'), ('L1:محافظة الأنبار','LOCATION','anbar'), ('L1:قوات الاحتلال الأمريكي','ACTOR','US'),
 ('L1:عشرة صواريخ','QUANTITY',None,(10,False,'missiles')), ('L1:صواريخ من نوع "غراد"','WEAPON','grad'), ('L1:خلية الإعلام الأمني','ACTOR','IQ_GOV'),
 ('L2:الخلية','ACTOR','IQ_GOV'), ('L2:العهد نيوز','ORG','alahd-news'), ('L2:الصواريخ','WEAPON','grad'), ('L2:منطقة البيادر','LOCATION','al-bayader'),
 ('L2:القاعدة','LOCATION','ain-al-asad'), ('L2:القوات الأمنية','ACTOR','IQ_GOV'), ('L2:منصة الإطلاق','WEAPON','launcher'),
 ('L2:شاحنة','WEAPON','truck'), ('L2:المنطقة','LOCATION','al-bayader'),
 ('L3:الأنبار','LOCATION','anbar'), ('L3:التحالف الدولي','ACTOR','COALITION'), ('L3:واين ماروتو','PERSON','wayne-marotto'),
 ('L4:كتائب حزب الله','ACTOR',KH), ('L4:كتائب سيد الشهداء','ACTOR',KSS), ('L4:الحدود العراقية السورية','LOCATION','iraq-syria-border'),
 ('L4:البوكمال','LOCATION','albukamal'), ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:أربعة','QUANTITY',None,(4,False,'wounded')),
 ('L5:البنتاغون','ACTOR','US'), ('L5:جو بايدن','PERSON','joe-biden'), ('L5:الأمريكيين','ACTOR','US'), ('L5:العراق','LOCATION','iraq'),
 ('L5:مطار أربيل','LOCATION','erbil-airport'),
 ('L6:كتائب حزب الله','ACTOR',KH), ('L6:أبو علي العسكري','PERSON','abu-ali-al-askari'), ('L6:المقاومة','ACTOR',IRI),
 ('L6:عين الأسد','LOCATION','ain-al-asad'), ('L6:العراق','LOCATION','iraq'),
 ('L7:فصائل المقاومة','ACTOR',IRI), ('L7:الحكومة','ACTOR','IQ_GOV'), ('L7:مجلس النواب','ORG','iraqi-parliament'),
 ('L7:القوات الأجنبية','ACTOR','COALITION'), ('L7:العراق','LOCATION','iraq'), ('L7:قوات الاحتلال','ACTOR','US'),
 ('L8:قاعدة عين الأسد','LOCATION','ain-al-asad'), ('L8:القوات الأمريكية','ACTOR','US'), ('L8:العراق#0','LOCATION','iraq'),
 ('L8:نحو 1500 جندي','QUANTITY',None,(1500,True,'troops')), ('L8:قرابة 2500 جندي','QUANTITY',None,(2500,True,'troops')),
 ('L8:جندي أمريكي','ACTOR','US'), ('L8:الأراضي العراقية','LOCATION','iraq'), ('L8:3000 جندي','QUANTITY',None,(3000,False,'troops')),
 ('L9:قوات التحالف الدولي','ACTOR','COALITION'), ('L9:ثماني قواعد عسكرية','QUANTITY',None,(8,False,'other')), ('L9:العراق#0','LOCATION','iraq'),
 ('L9:القائم','LOCATION','al-qaim'), ('L9:القيارة','LOCATION','qayyarah'), ('L9:كي وان','LOCATION','k1'), ('L9:التاجي','LOCATION','camp-taji'),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'),
]
times = [
 ('L1:صباح اليوم الأربعاء', D, 'part-of-day', {'part': 'morning'}),
 ('L4:فجر الجمعة الماضي', FRI, 'part-of-day', {'part': 'morning'}),
 ('L5:الخامس عشر من شباط الماضي', '2021-02-15', 'day'),
 ('L6:بعد غد الجمعة', '2021-03-05', 'day'),
 ('L7:الخامس من كانون الثاني 2020', '2020-01-05', 'day'),
 ('L8:منتصف كانون الثاني الماضي', '2021-01', 'month'),
 ('L9:العام الماضي', '2020', 'year'),
]
T = 'L1:صباح اليوم الأربعاء'
F = 'L4:فجر الجمعة الماضي'
CELL = 'خلية الإعلام الأمني'
PENT = 'البنتاغون'
RES = 'فصائل المقاومة'
Y20 = 'L9:العام الماضي'
events = [
 dict(type='MOVEMENT', trig='L1:تتمركز', actors=['US'], loc='L1:قاعدة عين الأسد الجوية'),                                            # 1
 dict(type='ATTACK', trig='L1:هجوم', time=T, targets=['US'], loc='L1:قاعدة عين الأسد الجوية', weapons=['L1:صواريخ من نوع "غراد"'],
      qty=['L1:عشرة صواريخ'], attr=CELL),                                                                                        # 2
 dict(type='STATEMENT', trig='L1:أعلنته', time=T, actors=['IQ_GOV'], attr=CELL),                                                     # 3
 dict(type='STATEMENT', trig='L2:بيان', time=T, actors=['IQ_GOV'], attr=CELL),                                                       # 4
 dict(type='ATTACK', trig='L2:أطلقت', time=T, targets=['US'], loc='L2:القاعدة', weapons=['L2:الصواريخ'], attr=CELL),                 # 5
 dict(type='ATTACK', trig='L3:الهجوم', time=T, targets=['US'], attr='مصدر أمني في الأنبار'),                                          # 6
 dict(type='STATEMENT', trig='L3:قال', actors=['COALITION'], attr='واين ماروتو'),                                                    # 7
 dict(type='ATTACK', trig='L4:الهجوم', time=T, targets=['US']),                                                                     # 8
 dict(type='ATTACK', trig='L4:العدوان', time=F, actors=['US'], targets=[KH, KSS, PMF], loc='L4:الحدود العراقية السورية', qty=['L4:أربعة']),  # 9
 dict(type='STATEMENT', trig='L5:أعلن', actors=['US'], attr=PENT),                                                                  # 10
 dict(type='ATTACK', trig='L5:الضربات', time=F, actors=['US'], targets=[KH, KSS], attr=PENT),                                        # 11
 dict(type='ATTACK', trig='L5:الهجمات', targets=['US'], loc='L5:العراق', attr=PENT),                                                # 12
 dict(type='ATTACK', trig='L5:الهجوم الصاروخي', time='L5:الخامس عشر من شباط الماضي', targets=['US'], loc='L5:مطار أربيل', attr=PENT),  # 13
 dict(type='STATEMENT', trig='L6:قال', actors=[KH], attr='أبو علي العسكري'),                                                       # 14
 dict(type='ATTACK', trig='L6:قصف', mod='denied', time=T, actors=[IRI], loc='L6:عين الأسد', attr='أبو علي العسكري'),                # 15
 dict(type='WITHDRAWAL', trig='L7:إخراج', mod='planned', time='L7:الخامس من كانون الثاني 2020', actors=['COALITION'], loc='L7:العراق', attr=RES),  # 16
 dict(type='ATTACK', trig='L7:ستتعامل', mod='planned', actors=[IRI], targets=['US'], attr=RES),                                      # 17
 dict(type='MOVEMENT', trig='L8:ينتشرون', actors=['US'], loc='L8:الأراضي العراقية', qty=['L8:قرابة 2500 جندي']),                      # 18
 dict(type='WITHDRAWAL', trig='L8:خفض', time='L8:منتصف كانون الثاني الماضي', actors=['US'], loc='L8:الأراضي العراقية'),               # 19
 dict(type='WITHDRAWAL', trig='L9:انسحابها', time=Y20, actors=['COALITION'], loc='L9:القائم', qty=['L9:ثماني قواعد عسكرية']),          # 20
 dict(type='CONTROL', trig='L9:سلمتها', time=Y20, actors=['IQ_GOV'], loc='L9:القائم'),                                              # 21
]
TD = (D, 'day')
MP = (D, 'part-of-day')
FP = (FRI, 'part-of-day')
YR = ('2020', 'year')
forces = [
 dict(actor='US', loc=('قاعدة عين الأسد الجوية', 'ain-al-asad'), as_of=TD, status='present', source=CELL, line=1, events=[1]),
 dict(actor='US', loc=('قاعدة عين الأسد الجوية', 'ain-al-asad'), as_of=MP, status='attacked', source=CELL, line=1, events=[2]),
 dict(actor=KH, assets='مقرات', loc=('الحدود العراقية السورية', 'iraq-syria-border'), as_of=FP, status='present', line=4, events=[9]),
 dict(actor=KH, assets='مقرات', loc=('الحدود العراقية السورية', 'iraq-syria-border'), as_of=FP, status='attacked', line=4, events=[9]),
 dict(actor=KSS, assets='مقرات', loc=('الحدود العراقية السورية', 'iraq-syria-border'), as_of=FP, status='present', line=4, events=[9]),
 dict(actor=KSS, assets='مقرات', loc=('الحدود العراقية السورية', 'iraq-syria-border'), as_of=FP, status='attacked', line=4, events=[9]),
 dict(actor='US', loc=('مطار أربيل', 'erbil-airport'), as_of=('2021-02-15', 'day'), status='attacked', source=PENT, line=5, events=[13]),
 dict(actor='US', strength=(1500, True, 'troops'), loc=('قاعدة عين الأسد', 'ain-al-asad'), as_of=TD, status='present', line=8, events=[]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('الأراضي العراقية', 'iraq'), as_of=TD, status='present', line=8, events=[18]),
 dict(actor='US', loc=('الأراضي العراقية', 'iraq'), as_of=('2021-01', 'month'), status='withdrawn', line=8, events=[19]),
 dict(actor='COALITION', loc=('القائم', 'al-qaim'), as_of=YR, status='withdrawn', line=9, events=[20]),
 dict(actor='COALITION', loc=('القيارة', 'qayyarah'), as_of=YR, status='withdrawn', line=9, events=[20]),
 dict(actor='COALITION', loc=('كي وان', 'k1'), as_of=YR, status='withdrawn', line=9, events=[20]),
 dict(actor='COALITION', loc=('التاجي', 'camp-taji'), as_of=YR, status='withdrawn', line=9, events=[20]),
 dict(actor='IQ_GOV', loc=('القائم', 'al-qaim'), as_of=YR, status='controls', line=9, events=[21]),
 dict(actor='IQ_GOV', loc=('القيارة', 'qayyarah'), as_of=YR, status='controls', line=9, events=[21]),
 dict(actor='IQ_GOV', loc=('كي وان', 'k1'), as_of=YR, status='controls', line=9, events=[21]),
 dict(actor='IQ_GOV', loc=('التاجي', 'camp-taji'), as_of=YR, status='controls', line=9, events=[21]),
]
build('alahdnews-ain-al-asad-rockets', None, 'العهد نيوز', D, L, ents, times, events, forces)
