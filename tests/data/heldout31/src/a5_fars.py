from build import build
L = [
'استشهاد جندي سوري بنيران مروحيات أمريكية بعد اعتراض الجيش رتلاً للاحتلال في ريف القامشلي',
'دمشق (فارس)- استشهد جندي من الجيش العربي السوري وأصيب اثنان آخران، اليوم الاثنين، جراء استهداف مروحيات تابعة لقوات الاحتلال الأمريكي حاجزاً للجيش في قرية تل الذهب بريف القامشلي الجنوبي الشرقي، إثر اعتراض عناصر الحاجز رتلاً أمريكياً حاول المرور من المنطقة.',
'وذكرت وكالة "سانا" أن رتلاً للاحتلال مؤلفاً من أربع عربات مدرعة وصل إلى الحاجز قرب القرية، وعندما منعه عناصر الجيش من المرور اندلع تبادل لإطلاق النار، تدخلت على إثره مروحيتان أمريكيتان وقصفتا الحاجز.',
'وأضافت الوكالة أن أهالي القرية تجمعوا حول الرتل ورشقوه بالحجارة، ما أجبره على الانسحاب باتجاه قاعدة رميلان، فيما نُقل المصابون إلى المشفى الوطني في القامشلي.',
'وقال مصدر عسكري سوري لوكالة فارس إن "قوات الاحتلال تحاول منذ أشهر فتح طرق جديدة لأرتالها في ريفي الحسكة والقامشلي لتأمين نقل النفط السوري المسروق إلى العراق"، مؤكداً أن الجيش "لن يسمح بمرور أي رتل للاحتلال عبر نقاطه".',
'في المقابل، زعم المتحدث باسم التحالف الأمريكي العقيد واين ماروتو أن الدورية "تعرضت لإطلاق نار من أسلحة خفيفة" أثناء قيامها بمهمة روتينية قرب تل الذهب، وأن عناصرها "ردوا دفاعاً عن النفس"، من دون أن يشير إلى سقوط ضحايا.',
'ويأتي الاعتداء بعد أيام من دخول رتل أمريكي، الخميس الماضي، يضم نحو 40 شاحنة محملة بمعدات عسكرية ولوجستية من العراق عبر معبر الوليد غير الشرعي، متجهاً إلى القواعد الأمريكية في ريف الحسكة، بحسب مصادر محلية.',
'وتنتشر قوات الاحتلال الأمريكي شرق الفرات، ولا سيما في حقلي العمر وكونيكو بريف دير الزور وفي رميلان بريف الحسكة، حيث يقدر عدد جنودها بنحو 500 جندي منذ تشرين الأول الماضي، إلى جانب ميليشيا "قسد" التي تسيطر على معظم حقول النفط والغاز في المنطقة.',
'ودانت وزارة الخارجية والمغتربين السورية في بيان "الاعتداء الأمريكي الغاشم" على الحاجز، مطالبة مجلس الأمن الدولي بإلزام واشنطن بسحب قواتها "فوراً" من الأراضي السورية.',
'في سياق متصل، سيّرت الشرطة العسكرية الروسية صباح اليوم دورية في ريف المالكية قرب الحدود التركية، بحماية مروحيتين روسيتين، بحسب مراسل فارس.',
]
D = '2020-08-17'   # Monday; Tehran agency's Arabic service, web copy of its own day
ents = [
 ('L0:جندي سوري','ACTOR','SY_GOV'), ('L0:مروحيات أمريكية','WEAPON','helicopters'), ('L0:الجيش','ACTOR','SY_GOV'), ('L0:لاحتلال','ACTOR','US'),
 ('L0:ريف القامشلي','LOCATION','qamishli-countryside'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:فارس','ORG','fars'), ('L1:الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L1:اثنان','QUANTITY',None,(2,False,'wounded')), ('L1:مروحيات','WEAPON','helicopters'), ('L1:قوات الاحتلال الأمريكي','ACTOR','US'),
 ('L1:لجيش#1','ACTOR','SY_GOV'), ('L1:قرية تل الذهب','LOCATION','tal-al-dhahab'), ('L1:ريف القامشلي الجنوبي الشرقي','LOCATION','qamishli-southeast-countryside'),
 ('L1:المنطقة','LOCATION','tal-al-dhahab'),
 ('L2:سانا','ORG','sana'), ('L2:لاحتلال','ACTOR','US'), ('L2:أربع عربات مدرعة','QUANTITY',None,(4,False,'vehicles')),
 ('L2:عربات مدرعة','WEAPON','armoured-vehicles'), ('L2:الحاجز#0','LOCATION','tal-al-dhahab-checkpoint'), ('L2:القرية','LOCATION','tal-al-dhahab'),
 ('L2:الجيش','ACTOR','SY_GOV'), ('L2:مروحيتان','QUANTITY',None,(2,False,'aircraft')), ('L2:مروحيتان#0','WEAPON','helicopters'),
 ('L2:الحاجز#1','LOCATION','tal-al-dhahab-checkpoint'),
 ('L3:القرية','LOCATION','tal-al-dhahab'), ('L3:قاعدة رميلان','LOCATION','rmeilan-base'), ('L3:المشفى الوطني','LOCATION','qamishli-national-hospital'),
 ('L3:القامشلي','LOCATION','qamishli'),
 ('L4:وكالة فارس','ORG','fars'), ('L4:قوات الاحتلال','ACTOR','US'), ('L4:ريفي الحسكة','LOCATION','hasakah-countryside'),
 ('L4:القامشلي','LOCATION','qamishli'), ('L4:العراق','LOCATION','iraq'), ('L4:الجيش','ACTOR','SY_GOV'), ('L4:لاحتلال#1','ACTOR','US'),
 ('L5:التحالف الأمريكي','ACTOR','COALITION'), ('L5:واين ماروتو','PERSON','wayne-marotto'), ('L5:أسلحة خفيفة','WEAPON','small-arms'),
 ('L5:تل الذهب','LOCATION','tal-al-dhahab'),
 ('L6:نحو 40 شاحنة','QUANTITY',None,(40,True,'vehicles')), ('L6:شاحنة','WEAPON','trucks'), ('L6:العراق','LOCATION','iraq'),
 ('L6:معبر الوليد','LOCATION','al-waleed-crossing'), ('L6:القواعد الأمريكية','LOCATION','us-bases-syria'), ('L6:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L7:قوات الاحتلال الأمريكي','ACTOR','US'), ('L7:شرق الفرات','LOCATION','east-of-euphrates'), ('L7:حقلي العمر','LOCATION','al-omar-oilfield'),
 ('L7:كونيكو','LOCATION','conoco-gas-field'), ('L7:ريف دير الزور','LOCATION','deir-ez-zor-countryside'), ('L7:رميلان','LOCATION','rmeilan'),
 ('L7:ريف الحسكة','LOCATION','hasakah-countryside'), ('L7:نحو 500 جندي','QUANTITY',None,(500,True,'troops')), ('L7:قسد','ACTOR','SDF'),
 ('L7:حقول النفط والغاز','LOCATION','northeast-syria-oilfields'), ('L7:المنطقة','LOCATION','east-of-euphrates'),
 ('L8:وزارة الخارجية والمغتربين السورية','ACTOR','SY_GOV'), ('L8:الحاجز','LOCATION','tal-al-dhahab-checkpoint'),
 ('L8:مجلس الأمن الدولي','ORG','unsc'), ('L8:واشنطن','ACTOR','US'), ('L8:الأراضي السورية','LOCATION','syria'),
 ('L9:الشرطة العسكرية الروسية','ACTOR','RU'), ('L9:ريف المالكية','LOCATION','al-malikiyah-countryside'), ('L9:الحدود التركية','LOCATION','syria-turkey-border'),
 ('L9:مروحيتين','QUANTITY',None,(2,False,'aircraft')), ('L9:مروحيتين#0','WEAPON','helicopters'), ('L9:فارس','ORG','fars'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L4:منذ أشهر', None, 'vague', {'relation': 'before'}),
 ('L6:الخميس الماضي', '2020-08-13', 'day'),
 ('L7:منذ تشرين الأول الماضي', '2019-10/2020-08', 'month'),
 ('L9:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
]
T = 'L1:اليوم الاثنين'
SANA = 'سانا'
SRC = 'مصدر عسكري سوري (فارس)'
MAR = 'واين ماروتو'
LOC = 'مصادر محلية'
MFA = 'وزارة الخارجية والمغتربين السورية'
COR = 'مراسل فارس'
events = [
 dict(type='ATTACK', trig='L1:استهداف', time=T, actors=['US'], targets=['SY_GOV'], loc='L1:قرية تل الذهب', weapons=['L1:مروحيات'],
      qty=['L1:اثنان']),                                                                                                              # 1
 dict(type='MOVEMENT', trig='L1:المرور', time=T, actors=['US'], loc='L1:المنطقة'),                                                    # 2
 dict(type='MOVEMENT', trig='L2:وصل', time=T, actors=['US'], loc='L2:الحاجز#0', weapons=['L2:عربات مدرعة'], qty=['L2:أربع عربات مدرعة'],
      attr=SANA),                                                                                                                     # 3
 dict(type='ATTACK', trig='L2:تبادل لإطلاق النار', time=T, actors=['US', 'SY_GOV'], loc='L2:الحاجز#0', attr=SANA),                   # 4
 dict(type='ATTACK', trig='L2:قصفتا', time=T, actors=['US'], targets=['SY_GOV'], loc='L2:الحاجز#1', weapons=['L2:مروحيتان#0'],
      qty=['L2:مروحيتان'], attr=SANA),                                                                                                # 5
 dict(type='WITHDRAWAL', trig='L3:الانسحاب', time=T, actors=['US'], loc='L3:القرية', attr=SANA),                                      # 6
 dict(type='TRAINING', trig='L5:الدورية', time=T, actors=['COALITION'], loc='L5:تل الذهب', attr=MAR),                                 # 7
 dict(type='ATTACK', trig='L5:إطلاق نار', time=T, targets=['COALITION'], loc='L5:تل الذهب', weapons=['L5:أسلحة خفيفة'], attr=MAR),   # 8
 dict(type='ATTACK', trig='L5:ردوا', time=T, actors=['COALITION'], loc='L5:تل الذهب', attr=MAR),                                      # 9
 dict(type='ATTACK', trig='L6:الاعتداء', time=T, actors=['US'], targets=['SY_GOV']),                                                  # 10
 dict(type='MOVEMENT', trig='L6:دخول', time='L6:الخميس الماضي', actors=['US'], loc='L6:معبر الوليد', weapons=['L6:شاحنة'], qty=['L6:نحو 40 شاحنة'], attr=LOC), # 11
 dict(type='MOVEMENT', trig='L7:تنتشر', time='L7:منذ تشرين الأول الماضي', actors=['US'], loc='L7:شرق الفرات', qty=['L7:نحو 500 جندي']),                                # 12
 dict(type='CONTROL', trig='L7:تسيطر', actors=['SDF'], loc='L7:حقول النفط والغاز'),                                                   # 13
 dict(type='STATEMENT', trig='L8:بيان', actors=['SY_GOV'], attr=MFA),                                                                  # 14
 dict(type='ATTACK', trig='L8:الاعتداء', time=T, actors=['US'], targets=['SY_GOV'], loc='L8:الحاجز', attr=MFA),                       # 15
 dict(type='WITHDRAWAL', trig='L8:سحب', mod='planned', actors=['US'], loc='L8:الأراضي السورية', attr=MFA),                            # 16
 dict(type='TRAINING', trig='L9:دورية', time='L9:صباح اليوم', actors=['RU'], loc='L9:ريف المالكية', weapons=['L9:مروحيتين#0'],
      qty=['L9:مروحيتين'], attr=COR),                                                                                                 # 17
]
OD = (D, 'day')
SO = ('2019-10/2020-08', 'month')
CP = ('الحاجز', 'tal-al-dhahab-checkpoint')
forces = [
 dict(actor='SY_GOV', assets='حاجز للجيش', loc=('قرية تل الذهب', 'tal-al-dhahab'), as_of=OD, status='attacked', line=1, events=[1]),
 dict(actor='US', assets='رتل من أربع عربات مدرعة', loc=CP, as_of=OD, status='present', source=SANA, line=2, events=[3, 4]),
 dict(actor='SY_GOV', assets='عناصر الحاجز', loc=CP, as_of=OD, status='present', source=SANA, line=2, events=[4]),
 dict(actor='SY_GOV', assets='الحاجز', loc=CP, as_of=OD, status='attacked', source=SANA, line=2, events=[5]),
 dict(actor='US', assets='الرتل', loc=('القرية', 'tal-al-dhahab'), as_of=OD, status='withdrawn', source=SANA, line=3, events=[6]),
 dict(actor='US', assets='نحو 40 شاحنة محملة بمعدات عسكرية ولوجستية', loc=('القواعد الأمريكية', 'us-bases-syria'), as_of=('2020-08-13', 'day'),
      status='reinforced', source=LOC, line=6, events=[11]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('شرق الفرات', 'east-of-euphrates'), as_of=SO, status='present', line=7, events=[12]),
 dict(actor='US', loc=('حقلي العمر', 'al-omar-oilfield'), as_of=SO, status='present', line=7, events=[12]),
 dict(actor='US', loc=('كونيكو', 'conoco-gas-field'), as_of=SO, status='present', line=7, events=[12]),
 dict(actor='US', loc=('رميلان', 'rmeilan'), as_of=SO, status='present', line=7, events=[12]),
 dict(actor='SDF', loc=('حقول النفط والغاز', 'northeast-syria-oilfields'), as_of=OD, status='controls', line=7, events=[13]),
 dict(actor='RU', assets='دورية للشرطة العسكرية، مروحيتان', loc=('ريف المالكية', 'al-malikiyah-countryside'), as_of=(D, 'part-of-day'),
      status='present', source=COR, line=9, events=[17]),
]
build('fars-tal-al-dhahab', None, 'فارس', D, L, ents, times, events, forces)
