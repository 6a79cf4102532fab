from build import build
L = [
'خمسة قتلى من الحشد الشعبي بضربة أمريكية جنوب غربي كركوك',
'السومرية نيوز/ كركوك',
'أفاد مصدر أمني في محافظة كركوك، اليوم الأحد، بمقتل خمسة من عناصر الحشد الشعبي بضربة نفذتها طائرة مسيّرة أمريكية على عجلة كانت تقلهم قرب ناحية الرشاد جنوب غربي المحافظة، ليل السبت - الأحد.',
'وقال المصدر للسومرية نيوز، إن "الضربة أصابت العجلة بشكل مباشر أثناء تحركها على طريق فرعي قرب الناحية، ما أدى إلى احتراقها بالكامل"، مبيناً أن "القتلى ينتمون إلى أحد ألوية الحشد المنتشرة في كركوك منذ عام 2017".',
'من جهتها، أعلنت القيادة المركزية الأمريكية "سنتكوم" في بيان أن قواتها نفذت "ضربة دفاعاً عن النفس" قرب كركوك استهدفت عناصر "كانوا يستعدون لإطلاق طائرة مسيّرة هجومية" على القوات الأمريكية وقوات التحالف في العراق.',
'في المقابل، نعت هيئة الحشد الشعبي "خمسة من أبنائها"، مؤكدة في بيان أنهم "كانوا في مهمة لتأمين المنطقة من فلول داعش"، ونافية أن تكون لهم أي علاقة بإطلاق الطائرات المسيّرة.',
'وتوعدت فصائل "المقاومة الإسلامية في العراق" في بيان على "تلغرام" بـ"رد قاس"، بعد ساعات من تبنيها هجمات بطائرات مسيّرة على قاعدتي عين الأسد في الأنبار وحرير في أربيل، قالت إنها تأتي رداً على الدعم الأمريكي لإسرائيل.',
'ونشرت قيادة عمليات كركوك، مساء اليوم، قوة من الجيش والشرطة الاتحادية في محيط ناحية الرشاد وأغلقت الطرق المؤدية إليها، فيما شُكلت لجنة مشتركة للتحقيق في ملابسات الحادث.',
'ويأتي الهجوم في ظل تصاعد الهجمات على القوات الأمريكية في العراق وسوريا، والتي تجاوز عددها 70 هجوماً منذ 17 تشرين الأول الماضي بحسب وزارة الدفاع الأمريكية (البنتاغون)، بينما ينتشر في العراق نحو 2500 جندي أمريكي ضمن التحالف الدولي.',
'وكانت الولايات المتحدة قد شنت فجر الثاني والعشرين من تشرين الثاني الماضي غارات على مقرات لكتائب حزب الله في جرف النصر شمال محافظة بابل، رداً على هجوم بصاروخ باليستي قصير المدى استهدف قاعدة عين الأسد.',
]
D = '2023-12-03'   # Sunday; Alsumaria News web copy of its own day
SAT = '2023-12-02'
PMF = 'OTHER:pmf'
IRI = 'OTHER:islamic-resistance-iraq'
ISR = 'OTHER:israel'
KH = 'OTHER:kataib-hezbollah'
ents = [
 ('L0:خمسة','QUANTITY',None,(5,False,'killed')), ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:كركوك','LOCATION','kirkuk'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:كركوك','LOCATION','kirkuk'),
 ('L2:محافظة كركوك','LOCATION','kirkuk-governorate'), ('L2:خمسة','QUANTITY',None,(5,False,'killed')), ('L2:الحشد الشعبي','ACTOR',PMF),
 ('L2:طائرة مسيّرة أمريكية','WEAPON','drone'), ('L2:عجلة','WEAPON','vehicle'), ('L2:ناحية الرشاد','LOCATION','al-rashad'),
 ('L2:المحافظة','LOCATION','kirkuk-governorate'),
 ('L3:لسومرية نيوز','ORG','alsumaria'), ('L3:العجلة','WEAPON','vehicle'), ('L3:الناحية','LOCATION','al-rashad'), ('L3:الحشد','ACTOR',PMF),
 ('L3:كركوك','LOCATION','kirkuk'),
 ('L4:القيادة المركزية الأمريكية','ACTOR','US'), ('L4:سنتكوم','ACTOR','US'), ('L4:كركوك','LOCATION','kirkuk'),
 ('L4:طائرة مسيّرة هجومية','WEAPON','attack-drone'), ('L4:القوات الأمريكية','ACTOR','US'), ('L4:قوات التحالف','ACTOR','COALITION'),
 ('L4:العراق','LOCATION','iraq'),
 ('L5:هيئة الحشد الشعبي','ACTOR',PMF), ('L5:خمسة','QUANTITY',None,(5,False,'killed')), ('L5:المنطقة','LOCATION','al-rashad'),
 ('L5:داعش','ACTOR','ISIS'), ('L5:الطائرات المسيّرة','WEAPON','drones'),
 ('L6:المقاومة الإسلامية في العراق','ACTOR',IRI), ('L6:تلغرام','ORG','telegram'), ('L6:طائرات مسيّرة','WEAPON','drones'),
 ('L6:قاعدتي عين الأسد','LOCATION','ain-al-asad'), ('L6:الأنبار','LOCATION','anbar'), ('L6:حرير','LOCATION','harir'), ('L6:أربيل','LOCATION','erbil'),
 ('L6:إسرائيل','ACTOR',ISR),
 ('L7:قيادة عمليات كركوك','ACTOR','IQ_GOV'), ('L7:الجيش','ACTOR','IQ_GOV'), ('L7:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L7:محيط ناحية الرشاد','LOCATION','al-rashad'),
 ('L8:القوات الأمريكية','ACTOR','US'), ('L8:العراق#0','LOCATION','iraq'), ('L8:سوريا','LOCATION','syria'),
 ('L8:70 هجوماً','QUANTITY',None,(70,True,'other')), ('L8:وزارة الدفاع الأمريكية','ACTOR','US'), ('L8:البنتاغون','ACTOR','US'),
 ('L8:العراق#1','LOCATION','iraq'), ('L8:نحو 2500 جندي','QUANTITY',None,(2500,True,'troops')), ('L8:جندي أمريكي','ACTOR','US'),
 ('L8:التحالف الدولي','ACTOR','COALITION'),
 ('L9:الولايات المتحدة','ACTOR','US'), ('L9:كتائب حزب الله','ACTOR',KH), ('L9:جرف النصر','LOCATION','jurf-al-nasr'),
 ('L9:محافظة بابل','LOCATION','babil'), ('L9:صاروخ باليستي قصير المدى','WEAPON','ballistic-missile'), ('L9:قاعدة عين الأسد','LOCATION','ain-al-asad'),
]
times = [
 ('L2:اليوم الأحد', D, 'day'),
 ('L2:ليل السبت - الأحد', SAT, 'part-of-day', {'part': 'night'}),
 ('L3:منذ عام 2017', '2017/2023', 'year'),
 ('L7:مساء اليوم', D, 'part-of-day', {'part': 'evening'}),
 ('L8:منذ 17 تشرين الأول الماضي', '2023-10-17/' + D, 'day'),
 ('L9:فجر الثاني والعشرين من تشرين الثاني الماضي', '2023-11-22', 'part-of-day', {'part': 'morning'}),
]
N = 'L2:ليل السبت - الأحد'
SRC = 'مصدر أمني في محافظة كركوك'
SRC2 = 'مصدر أمني في محافظة كركوك (السومرية نيوز)'
CENT = 'القيادة المركزية الأمريكية'
PMFC = 'هيئة الحشد الشعبي'
events = [
 dict(type='ATTACK', trig='L2:ضربة', time=N, actors=['US'], targets=[PMF], loc='L2:ناحية الرشاد', weapons=['L2:طائرة مسيّرة أمريكية'],
      qty=['L2:خمسة'], attr=SRC),                                                                                                  # 1
 dict(type='ATTACK', trig='L3:الضربة', time=N, actors=['US'], targets=[PMF], loc='L3:الناحية', attr=SRC2),                          # 2
 dict(type='MOVEMENT', trig='L3:المنتشرة', time='L3:منذ عام 2017', actors=[PMF], loc='L3:كركوك', attr=SRC2),                        # 3
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['US'], attr=CENT),                                                                # 4
 dict(type='ATTACK', trig='L4:ضربة', time=N, actors=['US'], loc='L4:كركوك', attr=CENT),                                            # 5
 dict(type='ATTACK', trig='L4:إطلاق', mod='expected', targets=['US', 'COALITION'], weapons=['L4:طائرة مسيّرة هجومية'], attr=CENT),  # 6
 dict(type='OPERATION', trig='L5:مهمة', time=N, actors=[PMF], targets=['ISIS'], loc='L5:المنطقة', attr=PMFC),                       # 7
 dict(type='ATTACK', trig='L5:إطلاق', mod='denied', actors=[PMF], weapons=['L5:الطائرات المسيّرة'], attr=PMFC),                     # 8
 dict(type='ATTACK', trig='L6:رد#0', mod='planned', actors=[IRI], targets=['US'], attr='المقاومة الإسلامية في العراق'),               # 9
 dict(type='ATTACK', trig='L6:هجمات', actors=[IRI], loc='L6:قاعدتي عين الأسد', weapons=['L6:طائرات مسيّرة'],
      attr='المقاومة الإسلامية في العراق'),                                                                                          # 10
 dict(type='STATEMENT', trig='L6:قالت', actors=[IRI], attr='المقاومة الإسلامية في العراق'),                                         # 11
 dict(type='MOVEMENT', trig='L7:نشرت', time='L7:مساء اليوم', actors=['IQ_GOV'], loc='L7:محيط ناحية الرشاد'),                         # 12
 dict(type='ATTACK', trig='L8:الهجوم', time=N, actors=['US'], targets=[PMF]),                                                       # 13
 dict(type='ATTACK', trig='L8:الهجمات', time='L8:منذ 17 تشرين الأول الماضي', targets=['US'], loc='L8:العراق#0', qty=['L8:70 هجوماً'],
      attr='وزارة الدفاع الأمريكية (البنتاغون)'),                                                                                    # 14
 dict(type='MOVEMENT', trig='L8:ينتشر', actors=['US'], loc='L8:العراق#1', qty=['L8:نحو 2500 جندي']),                                 # 15
 dict(type='ATTACK', trig='L9:غارات', time='L9:فجر الثاني والعشرين من تشرين الثاني الماضي', actors=['US'], targets=[KH], loc='L9:جرف النصر'),  # 16
 dict(type='ATTACK', trig='L9:هجوم', loc='L9:قاعدة عين الأسد', weapons=['L9:صاروخ باليستي قصير المدى']),                              # 17
]
NP = (SAT, 'part-of-day')
TD = (D, 'day')
SINCE = ('2023-10-17/' + D, 'day')
forces = [
 dict(actor=PMF, assets='عجلة', loc=('ناحية الرشاد', 'al-rashad'), as_of=NP, status='attacked', source=SRC, line=2, events=[1]),
 dict(actor=PMF, assets='أحد الألوية', loc=('كركوك', 'kirkuk'), as_of=TD, status='present', source=SRC2, line=3, events=[3]),
 dict(actor='US', loc=('العراق', 'iraq'), as_of=TD, status='present', source=CENT, line=4),
 dict(actor='COALITION', loc=('العراق', 'iraq'), as_of=TD, status='present', source=CENT, line=4),
 dict(actor='IQ_GOV', loc=('محيط ناحية الرشاد', 'al-rashad'), as_of=(D, 'part-of-day'), status='present', line=7, events=[12]),
 dict(actor='US', loc=('العراق', 'iraq'), as_of=SINCE, status='attacked', source='وزارة الدفاع الأمريكية (البنتاغون)', line=8, events=[14]),
 dict(actor='US', loc=('سوريا', 'syria'), as_of=SINCE, status='attacked', source='وزارة الدفاع الأمريكية (البنتاغون)', line=8, events=[14]),
 dict(actor='US', strength=(2500, True, 'troops'), loc=('العراق', 'iraq'), as_of=TD, status='present', line=8, events=[15]),
 dict(actor=KH, loc=('جرف النصر', 'jurf-al-nasr'), as_of=('2023-11-22', 'part-of-day'), status='attacked', line=9, events=[16]),
]
build('alsumaria-kirkuk-us-drone-strike', None, 'السومرية نيوز', D, L, ents, times, events, forces)
