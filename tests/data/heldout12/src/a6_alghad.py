from build import build
L = [
'فصائل درعا تسيطر على معبر نصيب.. والمملكة تغلق "جابر" وتعزز انتشار قواتها على الحدود',
'عمان - الغد',
'أعلن وزير الداخلية مازن الفراية، أمس، إغلاق مركز حدود جابر أمام حركة المسافرين والبضائع، إثر التطورات الأمنية في الجنوب السوري وسيطرة فصائل مسلحة على الجانب السوري من المعبر.',
'وسيطرت فصائل المعارضة السورية في محافظة درعا، يوم الجمعة، على معبر نصيب الحدودي ومدينة درعا وعدد من المدن والبلدات في الريف الشرقي، بعد انسحاب قوات النظام منها باتجاه العاصمة دمشق، وفق "المرصد السوري لحقوق الإنسان".',
'وقالت "غرفة عمليات الجنوب"، التي تضم فصائل معارضة من درعا والقنيطرة والسويداء، في بيان، إنها "حررت" أكثر من 90 في المئة من محافظة درعا، وإن مقاتليها يتقدمون شمالاً نحو بلدة الكسوة على مشارف دمشق.',
'من جهتها، أكدت القوات المسلحة الأردنية - الجيش العربي أنها عززت انتشار وحداتها على امتداد الحدود الشمالية للمملكة ورفعت درجة الجاهزية "للتعامل مع أي طارئ"، مشددة على أنها "لن تسمح لأي جهة بالاقتراب من الحدود".',
'وفي سياق متصل، أفاد مصدر أمني عراقي بأن نحو ألفي جندي سوري عبروا، مساء الجمعة، منفذ القائم الحدودي إلى الأراضي العراقية بآلياتهم وأسلحتهم، بعد انسحابهم من مواقعهم في مدينة البوكمال المقابلة.',
'وقالت قيادة العمليات المشتركة العراقية إنها دفعت بتعزيزات من الجيش والحشد الشعبي إلى الشريط الحدودي مع سورية في محافظة الأنبار، تحسباً لأي تسلل.',
'وتأتي هذه التطورات غداة سيطرة فصائل المعارضة بقيادة "هيئة تحرير الشام" على مدينة حماة، الخميس، ضمن عملية "ردع العدوان" التي أطلقتها في 27 تشرين الثاني (نوفمبر) الماضي، فيما استهدفت غارات روسية جسر الرستن لإبطاء تقدمها نحو مدينة حمص.',
'وفي السويداء، أفادت شبكة "السويداء 24" المحلية بأن فصائل محلية سيطرت على مبنى قيادة الشرطة ومقار أمنية في المدينة، بعد انسحاب عناصر النظام منها.',
]
D = '2024-12-07'   # Saturday; a print daily: its أمس is Friday 2024-12-06
Y = '2024-12-06'
JO = 'OTHER:jordan'
SOR = 'OTHER:southern-operations-room'
PMF = 'OTHER:pmf'
LG = 'OTHER:local-gunmen'
ents = [
 ('L0:فصائل درعا','ACTOR','FSA'), ('L0:معبر نصيب','LOCATION','nasib-crossing'), ('L0:المملكة','ACTOR',JO), ('L0:جابر','LOCATION','jaber-crossing'),
 ('L0:الحدود','LOCATION','jordan-syria-border'),
 ('L1:عمان','LOCATION','amman'), ('L1:الغد','ORG','alghad'),
 ('L2:مازن الفراية','PERSON','mazen-al-faraya'), ('L2:مركز حدود جابر','LOCATION','jaber-crossing'), ('L2:الجنوب السوري','LOCATION','south-syria'),
 ('L2:فصائل مسلحة','ACTOR','FSA'), ('L2:الجانب السوري من المعبر','LOCATION','nasib-crossing'),
 ('L3:فصائل المعارضة السورية','ACTOR','FSA'), ('L3:محافظة درعا','LOCATION','daraa-governorate'), ('L3:معبر نصيب الحدودي','LOCATION','nasib-crossing'),
 ('L3:مدينة درعا','LOCATION','daraa'), ('L3:المدن والبلدات في الريف الشرقي','LOCATION','daraa-east-countryside'), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L3:دمشق','LOCATION','damascus'), ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L4:غرفة عمليات الجنوب','ACTOR',SOR), ('L4:فصائل معارضة','ACTOR','FSA'), ('L4:درعا#0','LOCATION','daraa-governorate'),
 ('L4:القنيطرة','LOCATION','quneitra-governorate'), ('L4:السويداء','LOCATION','suwayda-governorate'),
 ('L4:أكثر من 90 في المئة','QUANTITY',None,(90,True,'other')), ('L4:محافظة درعا','LOCATION','daraa-governorate'),
 ('L4:بلدة الكسوة','LOCATION','al-kiswah'), ('L4:دمشق','LOCATION','damascus'),
 ('L5:القوات المسلحة الأردنية','ACTOR',JO), ('L5:الجيش العربي','ACTOR',JO), ('L5:الحدود الشمالية للمملكة','LOCATION','jordan-syria-border'),
 ('L5:الحدود#1','LOCATION','jordan-syria-border'),
 ('L6:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')), ('L6:منفذ القائم الحدودي','LOCATION','al-qaim-crossing'),
 ('L6:الأراضي العراقية','LOCATION','iraq'), ('L6:آلياتهم','WEAPON','military-vehicles'), ('L6:أسلحتهم','WEAPON','weapons'),
 ('L6:مدينة البوكمال','LOCATION','albukamal'),
 ('L7:قيادة العمليات المشتركة العراقية','ACTOR','IQ_GOV'), ('L7:الجيش','ACTOR','IQ_GOV'), ('L7:الحشد الشعبي','ACTOR',PMF),
 ('L7:الشريط الحدودي','LOCATION','iraq-syria-border'), ('L7:سورية','LOCATION','syria'), ('L7:محافظة الأنبار','LOCATION','anbar-governorate'),
 ('L8:فصائل المعارضة','ACTOR','FSA'), ('L8:هيئة تحرير الشام','ACTOR','NUSRA'), ('L8:مدينة حماة','LOCATION','hama'),
 ('L8:جسر الرستن','LOCATION','rastan-bridge'), ('L8:مدينة حمص','LOCATION','homs'),
 ('L9:السويداء#0','LOCATION','suwayda'), ('L9:السويداء 24','ORG','suwayda24'), ('L9:فصائل محلية','ACTOR',LG),
 ('L9:مبنى قيادة الشرطة','LOCATION','suwayda-police-command'), ('L9:المدينة','LOCATION','suwayda'), ('L9:النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L3:يوم الجمعة', Y, 'day'),
 ('L6:مساء الجمعة', Y, 'part-of-day', {'part':'evening'}),
 ('L8:الخميس', '2024-12-05', 'day'),
 ('L8:27 تشرين الثاني (نوفمبر) الماضي', '2024-11-27', 'day'),
]
FAR = 'مازن الفراية'
SOHR = 'المرصد السوري لحقوق الإنسان'
SORS = 'غرفة عمليات الجنوب'
JAF = 'القوات المسلحة الأردنية'
IQSRC = 'مصدر أمني عراقي'
JOC = 'قيادة العمليات المشتركة العراقية'
S24 = 'السويداء 24'
FRI = 'L3:يوم الجمعة'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time='L2:أمس', actors=[JO], attr=FAR),                                                       # 1
 dict(type='CONTROL', trig='L2:سيطرة', time='L2:أمس', actors=['FSA'], targets=['SY_GOV'], loc='L2:الجانب السوري من المعبر', attr=FAR),  # 2
 dict(type='CONTROL', trig='L3:سيطرت', time=FRI, actors=['FSA'], targets=['SY_GOV'], loc='L3:معبر نصيب الحدودي', attr=SOHR),          # 3
 dict(type='WITHDRAWAL', trig='L3:انسحاب', time=FRI, actors=['SY_GOV'], loc='L3:مدينة درعا', attr=SOHR),                             # 4
 dict(type='STATEMENT', trig='L4:قالت', actors=[SOR], attr=SORS),                                                                   # 5
 dict(type='CONTROL', trig='L4:حررت', time=FRI, actors=[SOR], targets=['SY_GOV'], loc='L4:محافظة درعا', attr=SORS, qty=['L4:أكثر من 90 في المئة']),  # 6
 dict(type='MOVEMENT', trig='L4:يتقدمون', actors=[SOR], loc='L4:بلدة الكسوة', attr=SORS),                                           # 7
 dict(type='STATEMENT', trig='L5:أكدت', actors=[JO], attr=JAF),                                                                     # 8
 dict(type='MOVEMENT', trig='L5:عززت', actors=[JO], loc='L5:الحدود الشمالية للمملكة', attr=JAF),                                     # 9
 dict(type='MOVEMENT', trig='L6:عبروا', time='L6:مساء الجمعة', actors=['SY_GOV'], loc='L6:الأراضي العراقية', attr=IQSRC,
      weapons=['L6:آلياتهم','L6:أسلحتهم'], qty=['L6:نحو ألفي جندي']),                                                                # 10
 dict(type='WITHDRAWAL', trig='L6:انسحابهم', time='L6:مساء الجمعة', actors=['SY_GOV'], loc='L6:مدينة البوكمال', attr=IQSRC),          # 11
 dict(type='STATEMENT', trig='L7:قالت', actors=['IQ_GOV'], attr=JOC),                                                               # 12
 dict(type='MOVEMENT', trig='L7:دفعت', actors=['IQ_GOV', PMF], loc='L7:الشريط الحدودي', attr=JOC),                                   # 13
 dict(type='MOVEMENT', trig='L7:تسلل', mod='expected', actors=[], loc='L7:الشريط الحدودي', attr=JOC),                                # 14
 dict(type='CONTROL', trig='L8:سيطرة', time='L8:الخميس', actors=['FSA','NUSRA'], targets=['SY_GOV'], loc='L8:مدينة حماة'),           # 15
 dict(type='OPERATION', trig='L8:عملية', time='L8:27 تشرين الثاني (نوفمبر) الماضي', actors=['FSA','NUSRA'], targets=['SY_GOV']),      # 16
 dict(type='ATTACK', trig='L8:غارات', actors=['RU'], loc='L8:جسر الرستن'),                                                          # 17
 dict(type='CONTROL', trig='L9:سيطرت', actors=[LG], targets=['SY_GOV'], loc='L9:مبنى قيادة الشرطة', attr=S24),                       # 18
 dict(type='WITHDRAWAL', trig='L9:انسحاب', actors=['SY_GOV'], loc='L9:مبنى قيادة الشرطة', attr=S24),                                # 19
]
OD = (D, 'day')
YD = (Y, 'day')
FE = (Y, 'part-of-day')
THU = ('2024-12-05', 'day')
forces = [
 dict(actor='FSA', loc=('الجانب السوري من المعبر','nasib-crossing'), as_of=YD, status='controls', source=FAR, line=2, events=[2]),
 dict(actor='FSA', loc=('معبر نصيب الحدودي','nasib-crossing'), as_of=YD, status='controls', source=SOHR, line=3, events=[3]),
 dict(actor='FSA', loc=('مدينة درعا','daraa'), as_of=YD, status='controls', source=SOHR, line=3, events=[3]),
 dict(actor='FSA', loc=('المدن والبلدات في الريف الشرقي','daraa-east-countryside'), as_of=YD, status='controls', source=SOHR, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('معبر نصيب الحدودي','nasib-crossing'), as_of=YD, status='withdrawn', source=SOHR, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('مدينة درعا','daraa'), as_of=YD, status='withdrawn', source=SOHR, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('المدن والبلدات في الريف الشرقي','daraa-east-countryside'), as_of=YD, status='withdrawn', source=SOHR, line=3, events=[4]),
 dict(actor=SOR, loc=('محافظة درعا','daraa-governorate'), as_of=YD, status='controls', source=SORS, line=4, events=[6]),
 dict(actor=JO, assets='وحدات', loc=('الحدود الشمالية للمملكة','jordan-syria-border'), as_of=OD, status='reinforced', source=JAF, line=5, events=[9]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), assets='آليات وأسلحة', loc=('الأراضي العراقية','iraq'), as_of=FE, status='arrived',
      source=IQSRC, line=6, events=[10]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), assets='مواقع', loc=('مدينة البوكمال','albukamal'), as_of=FE, status='withdrawn',
      source=IQSRC, line=6, events=[11]),
 dict(actor='IQ_GOV', assets='تعزيزات من الجيش', loc=('الشريط الحدودي','iraq-syria-border'), as_of=OD, status='reinforced', source=JOC, line=7, events=[13]),
 dict(actor=PMF, assets='تعزيزات من الحشد الشعبي', loc=('الشريط الحدودي','iraq-syria-border'), as_of=OD, status='reinforced', source=JOC, line=7, events=[13]),
 dict(actor='FSA', loc=('مدينة حماة','hama'), as_of=THU, status='controls', line=8, events=[15]),
 dict(actor='NUSRA', loc=('مدينة حماة','hama'), as_of=THU, status='controls', line=8, events=[15]),
 dict(actor=LG, loc=('مبنى قيادة الشرطة','suwayda-police-command'), as_of=OD, status='controls', source=S24, line=9, events=[18]),
 dict(actor='SY_GOV', loc=('مبنى قيادة الشرطة','suwayda-police-command'), as_of=OD, status='withdrawn', source=S24, line=9, events=[19]),
]
build('alghad-nasib-jaber-closure', None, 'الغد', D, L, ents, times, events, forces)
