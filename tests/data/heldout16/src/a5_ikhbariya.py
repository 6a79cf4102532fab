from build import build
L = [
'عدوان إسرائيلي على مطار حلب الدولي يخرجه عن الخدمة.. وتحويل رحلات المساعدات إلى دمشق واللاذقية',
'دمشق - الإخبارية السورية',
'نقلت الإخبارية السورية عن مصدر عسكري قوله: "حوالي الساعة 2:07 من فجر اليوم الثلاثاء نفذ العدو الإسرائيلي عدواناً جوياً برشقات من الصواريخ من اتجاه البحر المتوسط غرب اللاذقية مستهدفاً مطار حلب الدولي، ما أدى إلى وقوع أضرار مادية بالمطار وخروجه عن الخدمة".',
'وأضاف المصدر أن وسائط دفاعنا الجوي تصدت للصواريخ المعادية وأسقطت بعضها، فيما تجري الفرق الفنية عمليات حصر الأضرار التي طالت المدرج الرئيسي وصالة القادمين.',
'وأعلنت وزارة النقل في بيان تحويل جميع الرحلات المقررة إلى مطار حلب، بما فيها طائرات المساعدات الإنسانية القادمة لمتضرري الزلزال، إلى مطاري دمشق واللاذقية الدوليين ريثما يتم إصلاح الأضرار، مؤكدة أن فرق الصيانة باشرت عملها منذ الصباح.',
'وزعمت وسائل إعلام العدو أن الضربة استهدفت "شحنة أسلحة إيرانية" وصلت إلى المطار قبل ساعات، في محاولة مكشوفة لتبرير استهداف منشأة مدنية تستقبل طائرات الإغاثة منذ وقوع الزلزال في السادس من شباط الماضي.',
'وأدانت وزارة الخارجية والمغتربين بأشد العبارات "العدوان الإسرائيلي الغاشم"، مطالبة مجلس الأمن الدولي بتحمل مسؤولياته في وضع حد لـ"الاعتداءات المتكررة" على الأراضي السورية، ومؤكدة أن سوريا تحتفظ بحقها في الرد بالزمان والمكان المناسبين.',
'ويأتي العدوان بعد أقل من أسبوعين على عدوان مماثل استهدف حي كفرسوسة في دمشق فجر التاسع عشر من شباط الماضي وأدى إلى استشهاد خمسة مدنيين وإصابة 15 آخرين، في وقت تواصل فيه طائرات الاحتلال انتهاك الأجواء السورية من فوق الجولان المحتل.',
'وفي سياق متصل، أفادت مصادر محلية في ريف الحسكة بأن قوات الاحتلال الأمريكي أخرجت فجر اليوم رتلاً مؤلفاً من 45 صهريجاً محملاً بالنفط السوري المسروق و10 آليات عسكرية عبر معبر الوليد غير الشرعي إلى الأراضي العراقية.',
'ويتزامن ذلك مع مواصلة قوات الاحتلال الأمريكي نشر جنودها في قاعدة التنف غير الشرعية وفي حقلي العمر وكونيكو بريف دير الزور، إذ أدخلت إليها خلال الأيام الخمسة الماضية أكثر من 30 شاحنة محملة بمعدات لوجستية وعسكرية، وفق المصادر ذاتها.',
]
D = '2023-03-07'   # Tuesday; web copy of its own day
IL = 'OTHER:israel'
ents = [
 ('L0:مطار حلب الدولي','LOCATION','aleppo-airport'), ('L0:دمشق','LOCATION','damascus'), ('L0:اللاذقية','LOCATION','latakia'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:الإخبارية السورية','ORG','al-ikhbariya'),
 ('L2:الإخبارية السورية','ORG','al-ikhbariya'), ('L2:العدو الإسرائيلي','ACTOR',IL), ('L2:الصواريخ','WEAPON','missiles'),
 ('L2:البحر المتوسط','LOCATION','mediterranean'), ('L2:اللاذقية','LOCATION','latakia'), ('L2:مطار حلب الدولي','LOCATION','aleppo-airport'),
 ('L2:المطار','LOCATION','aleppo-airport'),
 ('L3:وسائط دفاعنا الجوي','WEAPON','air-defence'), ('L3:لصواريخ المعادية','WEAPON','missiles'),
 ('L3:المدرج الرئيسي','LOCATION','aleppo-airport-runway'), ('L3:صالة القادمين','LOCATION','aleppo-airport-arrivals-hall'),
 ('L4:وزارة النقل','ACTOR','SY_GOV'), ('L4:مطار حلب','LOCATION','aleppo-airport'), ('L4:مطاري دمشق','LOCATION','damascus-airport'),
 ('L4:اللاذقية','LOCATION','latakia-airport'),
 ('L5:أسلحة','WEAPON','weapons'), ('L5:المطار','LOCATION','aleppo-airport'),
 ('L6:وزارة الخارجية والمغتربين','ACTOR','SY_GOV'), ('L6:مجلس الأمن الدولي','ORG','unsc'), ('L6:الأراضي السورية','LOCATION','syria'),
 ('L6:سوريا','ACTOR','SY_GOV'),
 ('L7:حي كفرسوسة','LOCATION','kafr-sousa'), ('L7:دمشق','LOCATION','damascus'),
 ('L7:خمسة مدنيين','QUANTITY',None,(5,False,'killed')), ('L7:15 آخرين','QUANTITY',None,(15,False,'wounded')),
 ('L7:طائرات','WEAPON','aircraft'), ('L7:الاحتلال','ACTOR',IL), ('L7:الأجواء السورية','LOCATION','syrian-airspace'),
 ('L7:الجولان المحتل','LOCATION','golan'),
 ('L8:ريف الحسكة','LOCATION','hasakah-countryside'), ('L8:قوات الاحتلال الأمريكي','ACTOR','US'),
 ('L8:45 صهريجاً','QUANTITY',None,(45,False,'vehicles')), ('L8:10 آليات عسكرية','QUANTITY',None,(10,False,'vehicles')),
 ('L8:آليات عسكرية','WEAPON','military-vehicles'), ('L8:معبر الوليد','LOCATION','al-walid-crossing'),
 ('L8:الأراضي العراقية','LOCATION','iraq'),
 ('L9:قوات الاحتلال الأمريكي','ACTOR','US'), ('L9:قاعدة التنف','LOCATION','al-tanf-base'), ('L9:حقلي العمر','LOCATION','al-omar-oilfield'),
 ('L9:كونيكو','LOCATION','conoco-field'), ('L9:ريف دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L9:أكثر من 30 شاحنة','QUANTITY',None,(30,True,'vehicles')), ('L9:شاحنة','WEAPON','trucks'),
]
times = [
 ('L2:فجر اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L4:منذ الصباح', D, 'part-of-day', {'part': 'morning'}),
 ('L5:السادس من شباط الماضي', '2023-02-06', 'day'),
 ('L7:فجر التاسع عشر من شباط الماضي', '2023-02-19', 'part-of-day', {'part': 'morning'}),
 ('L8:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:خلال الأيام الخمسة الماضية', '2023-03-02/2023-03-07', 'day'),
]
DAWN = 'L2:فجر اليوم الثلاثاء'
SRC = 'مصدر عسكري (الإخبارية السورية)'
MOT = 'وزارة النقل'
MED = 'وسائل إعلام العدو'
MFA = 'وزارة الخارجية والمغتربين'
LOC = 'مصادر محلية في ريف الحسكة'
events = [
 dict(type='ATTACK', trig='L2:عدواناً جوياً', time=DAWN, actors=[IL], loc='L2:مطار حلب الدولي', attr=SRC, weapons=['L2:الصواريخ']),   # 1
 dict(type='ATTACK', trig='L3:تصدت', time=DAWN, actors=['SY_GOV'], targets=[IL], attr=SRC, weapons=['L3:وسائط دفاعنا الجوي']),      # 2
 dict(type='ATTACK', trig='L3:أسقطت', time=DAWN, actors=['SY_GOV'], targets=[IL], attr=SRC, weapons=['L3:وسائط دفاعنا الجوي']),     # 3
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['SY_GOV'], attr=MOT),                                                            # 4
 dict(type='ATTACK', trig='L5:الضربة', time=DAWN, loc='L5:المطار', attr=MED),                                                     # 5
 dict(type='MOVEMENT', trig='L5:وصلت', actors=['IR'], loc='L5:المطار', attr=MED, weapons=['L5:أسلحة']),                           # 6
 dict(type='ATTACK', trig='L6:العدوان الإسرائيلي', time=DAWN, actors=[IL], attr=MFA),                                              # 7
 dict(type='ATTACK', trig='L6:الاعتداءات المتكررة', loc='L6:الأراضي السورية', attr=MFA),                                           # 8
 dict(type='ATTACK', trig='L6:الرد', mod='planned', actors=['SY_GOV'], targets=[IL], attr=MFA),                                    # 9
 dict(type='ATTACK', trig='L7:العدوان', time=DAWN),                                                                               # 10
 dict(type='ATTACK', trig='L7:عدوان مماثل', time='L7:فجر التاسع عشر من شباط الماضي', loc='L7:حي كفرسوسة',
      qty=['L7:خمسة مدنيين','L7:15 آخرين']),                                                                                      # 11
 dict(type='MOVEMENT', trig='L8:أخرجت', time='L8:فجر اليوم', actors=['US'], loc='L8:معبر الوليد', attr=LOC,
      weapons=['L8:آليات عسكرية'], qty=['L8:45 صهريجاً','L8:10 آليات عسكرية']),                                                     # 12
 dict(type='MOVEMENT', trig='L9:نشر', actors=['US'], loc='L9:قاعدة التنف', attr=LOC),                                                # 13
 dict(type='MOVEMENT', trig='L9:أدخلت', time='L9:خلال الأيام الخمسة الماضية', actors=['US'], attr=LOC,
      weapons=['L9:شاحنة'], qty=['L9:أكثر من 30 شاحنة']),                                                                            # 14
]
forces = [
 dict(actor='US', strength=(10, False, 'vehicles'), assets='رتل من 45 صهريجاً و10 آليات عسكرية', loc=('الأراضي العراقية','iraq'),
      as_of=(D, 'part-of-day'), status='arrived', source=LOC, line=8, events=[12]),
]
FIVE = ('2023-03-02/2023-03-07', 'day')
for place, canon in [('قاعدة التنف','al-tanf-base'), ('حقلي العمر','al-omar-oilfield'), ('كونيكو','conoco-field')]:
    forces.append(dict(actor='US', loc=(place, canon), as_of=(D, 'day'), status='present', source=LOC, line=9, events=[13]))
    forces.append(dict(actor='US', strength=(30, True, 'vehicles'), assets='أكثر من 30 شاحنة محملة بمعدات لوجستية وعسكرية',
                       loc=(place, canon), as_of=FIVE, status='reinforced', source=LOC, line=9, events=[14]))
build('ikhbariya-aleppo-airport', None, 'الإخبارية السورية', D, L, ents, times, events, forces)
