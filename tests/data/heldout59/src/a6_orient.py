from build import build
L = [
'الثوار يصدون هجوماً لميليشيات أسد على تيرمعلة والغنطو بغطاء جوي روسي',
'أورينت نت - حمص',
'صد الثوار صباح اليوم الخميس هجوماً برياً واسعاً شنته ميليشيات أسد و"حزب الله" على قريتي تيرمعلة والغنطو في ريف حمص الشمالي، بعد تمهيد جوي ومدفعي مكثف بدأ منذ ليل أمس.',
'وقال مراسل أورينت في حمص إن الميليشيات تقدمت على ثلاثة محاور انطلاقاً من قرى جبورين والمشرفة وكفرنان، مستخدمة أكثر من 20 دبابة وعربة "بي إم بي"، قبل أن تتراجع تحت ضربات الثوار.',
'وأضاف المراسل أن الثوار دمروا ثلاث دبابات وعربة شيلكا بصواريخ "تاو"، وقتلوا أكثر من 25 عنصراً من الميليشيات، فيما استعادوا نقطتين تقدمت إليهما قوات الأسد في أطراف تيرمعلة.',
'وشن الطيران الحربي الروسي منذ الفجر أكثر من 40 غارة على الرستن وتلبيسة والغنطو وتيرمعلة، استخدم في بعضها قنابل عنقودية، ما أدى إلى مقتل 11 مدنياً بينهم أربعة أطفال، بحسب "مركز حمص الإعلامي".',
'في المقابل، زعم التلفزيون الرسمي أن قوات النظام "استعادت السيطرة" على قرية تيرمعلة، في حين نفى قائد ميداني في "حركة تحرير حمص" لأورينت دخول الميليشيات إلى القرية، مؤكداً أن الثوار ما زالوا يسيطرون على كامل مواقعهم.',
'وأفادت مصادر ميدانية بأن ميليشيات أسد استقدمت خلال الأيام الثلاثة الماضية تعزيزات تضم نحو 1500 عنصر، بينهم مقاتلون من ميليشيات إيرانية و"حزب الله"، إلى قرية جبورين ومحيط الكلية الحربية، تحضيراً لتوسيع الهجوم نحو الرستن وتلبيسة.',
'ويأتي الهجوم بعد أسبوع من إطلاق قوات الأسد عملية برية في ريف حماة الشمالي بدعم من الطائرات الروسية، التي بدأت غاراتها في سوريا في الثلاثين من أيلول الماضي باستهداف مواقع في تلبيسة والرستن.',
'ويفرض النظام حصاراً على ريف حمص الشمالي منذ أواخر عام 2012، حيث يقيم نحو 250 ألف مدني، فيما يسيطر الثوار على مدن الرستن وتلبيسة والحولة.',
]
D = '2015-10-15'   # Thursday; Orient web copy of its own day
HZ = 'HEZBOLLAH'
IBM = 'OTHER:iran-backed-militias'
THH = 'OTHER:harakat-tahrir-homs'
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:ميليشيات أسد','ACTOR','SY_GOV'), ('L0:تيرمعلة','LOCATION','tir-maalah'), ('L0:الغنطو','LOCATION','al-ghantu'),
 ('L1:أورينت نت','ORG','orient'), ('L1:حمص','LOCATION','homs'),
 ('L2:الثوار','ACTOR','FSA'), ('L2:ميليشيات أسد','ACTOR','SY_GOV'), ('L2:حزب الله','ACTOR',HZ), ('L2:قريتي تيرمعلة','LOCATION','tir-maalah'),
 ('L2:الغنطو','LOCATION','al-ghantu'), ('L2:ريف حمص الشمالي','LOCATION','homs-north-countryside'),
 ('L3:أورينت','ORG','orient'), ('L3:حمص','LOCATION','homs'), ('L3:الميليشيات','ACTOR','SY_GOV'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:قرى جبورين','LOCATION','jabburin'), ('L3:المشرفة','LOCATION','al-mushrifa'), ('L3:كفرنان','LOCATION','kafr-nan'),
 ('L3:أكثر من 20 دبابة','QUANTITY',None,(20,True,'vehicles')), ('L3:دبابة','WEAPON','tanks'), ('L3:عربة "بي إم بي"','WEAPON','bmp'), ('L3:الثوار','ACTOR','FSA'),
 ('L4:الثوار','ACTOR','FSA'), ('L4:ثلاث دبابات','QUANTITY',None,(3,False,'vehicles')), ('L4:دبابات','WEAPON','tanks'), ('L4:عربة شيلكا','WEAPON','shilka'),
 ('L4:صواريخ "تاو"','WEAPON','tow-missiles'), ('L4:أكثر من 25 عنصراً','QUANTITY',None,(25,True,'killed')), ('L4:الميليشيات','ACTOR','SY_GOV'),
 ('L4:نقطتين','QUANTITY',None,(2,False,'other')), ('L4:قوات الأسد','ACTOR','SY_GOV'), ('L4:أطراف تيرمعلة','LOCATION','tir-maalah'),
 ('L5:الطيران الحربي الروسي','ACTOR','RU'), ('L5:أكثر من 40 غارة','QUANTITY',None,(40,True,'other')), ('L5:الرستن','LOCATION','rastan'),
 ('L5:تلبيسة','LOCATION','talbiseh'), ('L5:الغنطو','LOCATION','al-ghantu'), ('L5:تيرمعلة','LOCATION','tir-maalah'), ('L5:قنابل عنقودية','WEAPON','cluster-bombs'),
 ('L5:11 مدنياً','QUANTITY',None,(11,False,'killed')), ('L5:أربعة أطفال','QUANTITY',None,(4,False,'killed')), ('L5:مركز حمص الإعلامي','ORG','homs-media-centre'),
 ('L6:التلفزيون الرسمي','ORG','syrian-state-tv'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:قرية تيرمعلة','LOCATION','tir-maalah'),
 ('L6:حركة تحرير حمص','ACTOR',THH), ('L6:أورينت','ORG','orient'), ('L6:الميليشيات','ACTOR','SY_GOV'), ('L6:القرية','LOCATION','tir-maalah'), ('L6:الثوار','ACTOR','FSA'),
 ('L7:ميليشيات أسد','ACTOR','SY_GOV'), ('L7:نحو 1500 عنصر','QUANTITY',None,(1500,True,'fighters')), ('L7:ميليشيات إيرانية','ACTOR',IBM),
 ('L7:حزب الله','ACTOR',HZ), ('L7:قرية جبورين','LOCATION','jabburin'), ('L7:محيط الكلية الحربية','LOCATION','homs-military-academy'),
 ('L7:الرستن','LOCATION','rastan'), ('L7:تلبيسة','LOCATION','talbiseh'),
 ('L8:قوات الأسد','ACTOR','SY_GOV'), ('L8:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L8:الطائرات','WEAPON','warplanes'),
 ('L8:سوريا','LOCATION','syria'), ('L8:تلبيسة','LOCATION','talbiseh'), ('L8:الرستن','LOCATION','rastan'),
 ('L9:النظام','ACTOR','SY_GOV'), ('L9:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L9:نحو 250 ألف مدني','QUANTITY',None,(250000,True,'people')),
 ('L9:الثوار','ACTOR','FSA'), ('L9:مدن الرستن','LOCATION','rastan'), ('L9:تلبيسة','LOCATION','talbiseh'), ('L9:الحولة','LOCATION','al-houla'),
]
times = [
 ('L2:صباح اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L2:منذ ليل أمس', '2015-10-14/' + D, 'day'),
 ('L5:منذ الفجر', D, 'part-of-day', {'part': 'morning'}),
 ('L7:خلال الأيام الثلاثة الماضية', '2015-10-12/' + D, 'day'),
 ('L8:الثلاثين من أيلول الماضي', '2015-09-30', 'day'),
 ('L9:منذ أواخر عام 2012', '2012/2015', 'year'),
]
M = 'L2:صباح اليوم الخميس'
COR = 'مراسل أورينت في حمص'
CMDR = 'قائد ميداني في حركة تحرير حمص'
FIELD = 'مصادر ميدانية'
events = [
 dict(type='ATTACK', trig='L2:صد', time=M, actors=['FSA'], targets=['SY_GOV', HZ], loc='L2:قريتي تيرمعلة'),                                 # 1
 dict(type='ATTACK', trig='L2:هجوماً', time=M, actors=['SY_GOV', HZ], targets=['FSA'], loc='L2:قريتي تيرمعلة'),                              # 2
 dict(type='ATTACK', trig='L2:تمهيد', time='L2:منذ ليل أمس', actors=['SY_GOV'], targets=['FSA'], loc='L2:قريتي تيرمعلة'),                    # 3
 dict(type='MOVEMENT', trig='L3:تقدمت', time=M, actors=['SY_GOV'], loc='L3:قرى جبورين', weapons=['L3:دبابة', 'L3:عربة "بي إم بي"'],
      qty=['L3:ثلاثة محاور', 'L3:أكثر من 20 دبابة'], attr=COR),                                                                             # 4
 dict(type='WITHDRAWAL', trig='L3:تتراجع', time=M, actors=['SY_GOV'], attr=COR),                                                             # 5
 dict(type='ATTACK', trig='L3:ضربات', time=M, actors=['FSA'], targets=['SY_GOV'], attr=COR),                                                 # 6
 dict(type='ATTACK', trig='L4:دمروا', time=M, actors=['FSA'], targets=['SY_GOV'], weapons=['L4:صواريخ "تاو"'], qty=['L4:ثلاث دبابات'], attr=COR),  # 7
 dict(type='ATTACK', trig='L4:قتلوا', time=M, actors=['FSA'], targets=['SY_GOV'], qty=['L4:أكثر من 25 عنصراً'], attr=COR),                   # 8
 dict(type='CONTROL', trig='L4:استعادوا', time=M, actors=['FSA'], targets=['SY_GOV'], loc='L4:أطراف تيرمعلة', qty=['L4:نقطتين'], attr=COR),  # 9
 dict(type='MOVEMENT', trig='L4:تقدمت', time=M, actors=['SY_GOV'], loc='L4:أطراف تيرمعلة', attr=COR),                                        # 10
 dict(type='ATTACK', trig='L5:غارة', time='L5:منذ الفجر', actors=['RU'], loc='L5:الرستن', weapons=['L5:قنابل عنقودية'],
      qty=['L5:أكثر من 40 غارة', 'L5:11 مدنياً', 'L5:أربعة أطفال'], attr='مركز حمص الإعلامي'),                                             # 11
 dict(type='CONTROL', trig='L6:استعادت', time=M, actors=['SY_GOV'], targets=['FSA'], loc='L6:قرية تيرمعلة', attr='التلفزيون الرسمي'),         # 12
 dict(type='MOVEMENT', trig='L6:دخول', mod='denied', time=M, actors=['SY_GOV'], loc='L6:القرية', attr=CMDR),                                 # 13
 dict(type='CONTROL', trig='L6:يسيطرون', actors=['FSA'], loc='L6:القرية', attr=CMDR),                                                        # 14
 dict(type='MOVEMENT', trig='L7:استقدمت', time='L7:خلال الأيام الثلاثة الماضية', actors=['SY_GOV', IBM, HZ], loc='L7:قرية جبورين',
      qty=['L7:نحو 1500 عنصر'], attr=FIELD),                                                                                                 # 15
 dict(type='OPERATION', trig='L7:الهجوم', mod='planned', actors=['SY_GOV'], targets=['FSA'], loc='L7:الرستن', attr=FIELD),                   # 16
 dict(type='ATTACK', trig='L8:الهجوم', time=M, actors=['SY_GOV', HZ], targets=['FSA']),                                                      # 17
 dict(type='OPERATION', trig='L8:عملية', actors=['SY_GOV'], loc='L8:ريف حماة الشمالي'),                                                       # 18
 dict(type='ATTACK', trig='L8:بدعم', actors=['RU'], loc='L8:ريف حماة الشمالي', weapons=['L8:الطائرات']),                                      # 19
 dict(type='ATTACK', trig='L8:غاراتها', time='L8:الثلاثين من أيلول الماضي', actors=['RU'], loc='L8:تلبيسة', weapons=['L8:الطائرات']),          # 20
 dict(type='OPERATION', trig='L9:حصاراً', time='L9:منذ أواخر عام 2012', actors=['SY_GOV'], targets=['FSA'], loc='L9:ريف حمص الشمالي',
      qty=['L9:نحو 250 ألف مدني']),                                                                                                         # 21
 dict(type='CONTROL', trig='L9:يسيطر', actors=['FSA'], loc='L9:مدن الرستن'),                                                                 # 22
]
MP = (D, 'part-of-day')
TD = (D, 'day')
R3 = ('2015-10-12/' + D, 'day')
forces = []
for place, can in (('قريتي تيرمعلة', 'tir-maalah'), ('الغنطو', 'al-ghantu')):
    for a in ('FSA', 'SY_GOV', HZ):
        forces.append(dict(actor=a, loc=(place, can), as_of=MP, status='present', line=2, events=[1, 2]))
for place, can in (('قرى جبورين', 'jabburin'), ('المشرفة', 'al-mushrifa'), ('كفرنان', 'kafr-nan')):
    forces.append(dict(actor='SY_GOV', assets='أكثر من 20 دبابة وعربة "بي إم بي"', loc=(place, can), as_of=MP, status='present', source=COR, line=3, events=[4]))
forces += [
 dict(actor='FSA', loc=('أطراف تيرمعلة', 'tir-maalah'), as_of=MP, status='controls', source=COR, line=4, events=[9]),
 dict(actor='SY_GOV', loc=('قرية تيرمعلة', 'tir-maalah'), as_of=MP, status='controls', source='التلفزيون الرسمي', line=6, events=[12]),
 dict(actor='FSA', loc=('القرية', 'tir-maalah'), as_of=TD, status='controls', source=CMDR, line=6, events=[14]),
 dict(actor='SY_GOV', strength=(1500, True, 'fighters'), loc=('قرية جبورين', 'jabburin'), as_of=R3, status='reinforced', source=FIELD, line=7, events=[15]),
 dict(actor='SY_GOV', strength=(1500, True, 'fighters'), loc=('محيط الكلية الحربية', 'homs-military-academy'), as_of=R3, status='reinforced', source=FIELD, line=7, events=[15]),
 dict(actor=IBM, loc=('قرية جبورين', 'jabburin'), as_of=R3, status='reinforced', source=FIELD, line=7, events=[15]),
 dict(actor=IBM, loc=('محيط الكلية الحربية', 'homs-military-academy'), as_of=R3, status='reinforced', source=FIELD, line=7, events=[15]),
 dict(actor=HZ, loc=('قرية جبورين', 'jabburin'), as_of=R3, status='reinforced', source=FIELD, line=7, events=[15]),
 dict(actor=HZ, loc=('محيط الكلية الحربية', 'homs-military-academy'), as_of=R3, status='reinforced', source=FIELD, line=7, events=[15]),
 dict(actor='SY_GOV', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=(None, 'vague'), status='present', line=8, events=[18]),
 dict(actor='SY_GOV', loc=('ريف حمص الشمالي', 'homs-north-countryside'), as_of=('2012/2015', 'year'), status='present', line=9, events=[21]),
 dict(actor='FSA', loc=('مدن الرستن', 'rastan'), as_of=TD, status='controls', line=9, events=[22]),
 dict(actor='FSA', loc=('تلبيسة', 'talbiseh'), as_of=TD, status='controls', line=9, events=[22]),
 dict(actor='FSA', loc=('الحولة', 'al-houla'), as_of=TD, status='controls', line=9, events=[22]),
]
build('orient-north-homs-offensive', None, 'أورينت نت', D, L, ents, times, events, forces)
