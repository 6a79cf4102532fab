from build import build
L = [
'تعزيزات أميركية بعربات "برادلي" تصل إلى ريف ديرك بعد حادثة الاصطدام مع دورية روسية',
'ديرك – نورث برس',
'وصلت، مساء أمس الجمعة، تعزيزات عسكرية للقوات الأميركية إلى قاعدتها في بلدة رميلان بريف ديرك (المالكية)، أقصى شمال شرقي سوريا، قادمة من إقليم كردستان العراق عبر معبر الوليد الحدودي.',
'وقال مصدر عسكري في قوات سوريا الديمقراطية (قسد) لنورث برس، إن الرتل ضم نحو 40 آلية، بينها ست عربات قتالية من طراز "برادلي" وشاحنات محملة بمعدات لوجستية.',
'وأضاف المصدر أن قسماً من الآليات توجه إلى قاعدة "تل بيدر" في ريف الحسكة الشمالي، فيما بقيت العربات المدرعة في رميلان.',
'وكانت القيادة المركزية الأميركية قد أعلنت، الخميس، أنها أرسلت عربات "برادلي" ورادار "سنتينل" إلى شمال شرقي سوريا، وكثّفت دوريات المقاتلات الأميركية فوق المنطقة، "لضمان سلامة قوات التحالف".',
'وتأتي الخطوة بعد أقل من شهر على اصطدام عربة روسية بأخرى أميركية قرب قرية ديرونا آغي شرقي ديرك، في 25 آب/أغسطس الماضي، ما أدى إلى إصابة أربعة جنود أميركيين بجروح طفيفة.',
'في المقابل، نفت وزارة الدفاع الروسية أن تكون دوريتها قد تعمّدت صدم العربة الأميركية، متهمة الجانب الأميركي بمحاولة عرقلة مرور الدورية على الطريق الدولي M4 رغم إبلاغه مسبقاً.',
'وتسيّر القوات الروسية دوريات منفردة وأخرى مشتركة مع الجيش التركي في ريفي الحسكة والقامشلي منذ تشرين الأول/أكتوبر 2019، في حين تنتشر القوات الأميركية في قواعد قرب حقول النفط بريفي الحسكة ودير الزور.',
'ويقدّر مسؤولون أميركيون عدد جنودهم المتبقين في سوريا بنحو 500 جندي، بعد أن خفّضت واشنطن قواتها العام الماضي إثر إطلاق تركيا عملية "نبع السلام".',
'من جهته، قال القيادي في "قسد" جوان ملا لنورث برس، إن التعزيزات "رسالة واضحة" بأن واشنطن باقية في المنطقة، مشيراً إلى أن دوريات مشتركة بين "قسد" وقوات التحالف الدولي ستنطلق "خلال الأيام المقبلة" على الشريط الحدودي مع تركيا.',
]
D = '2020-09-19'   # Saturday; agency web copy of its own day
FRI = '2020-09-18'
THU = '2020-09-17'
AUG = '2020-08-25'
ents = [
 ('L0:عربات "برادلي"','WEAPON','bradley'), ('L0:ريف ديرك','LOCATION','derik-countryside'),
 ('L1:ديرك','LOCATION','derik'), ('L1:نورث برس','ORG','northpress'),
 ('L2:لقوات الأميركية','ACTOR','US'), ('L2:بلدة رميلان','LOCATION','rmelan'), ('L2:ريف ديرك','LOCATION','derik-countryside'),
 ('L2:المالكية','LOCATION','derik'), ('L2:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L2:إقليم كردستان العراق','LOCATION','kurdistan-region-iraq'), ('L2:معبر الوليد الحدودي','LOCATION','al-waleed-crossing'),
 ('L3:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L3:قسد','ACTOR','SDF'), ('L3:نورث برس','ORG','northpress'),
 ('L3:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L3:آلية','WEAPON','military-vehicles'),
 ('L3:ست عربات قتالية','QUANTITY',None,(6,False,'vehicles')), ('L3:عربات قتالية من طراز "برادلي"','WEAPON','bradley'),
 ('L3:شاحنات','WEAPON','trucks'),
 ('L4:الآليات','WEAPON','military-vehicles'), ('L4:قاعدة "تل بيدر"','LOCATION','tal-baydar-base'),
 ('L4:ريف الحسكة الشمالي','LOCATION','hasakah-north-countryside'), ('L4:العربات المدرعة','WEAPON','armoured-vehicles'),
 ('L4:رميلان','LOCATION','rmelan'),
 ('L5:القيادة المركزية الأميركية','ACTOR','US'), ('L5:عربات "برادلي"','WEAPON','bradley'), ('L5:رادار "سنتينل"','WEAPON','sentinel-radar'),
 ('L5:شمال شرقي سوريا','LOCATION','northeast-syria'), ('L5:المقاتلات','WEAPON','fighter-jets'), ('L5:المنطقة','LOCATION','northeast-syria'),
 ('L5:قوات التحالف','ACTOR','COALITION'),
 ('L6:أقل من شهر','QUANTITY',None,(1,True,'other')), ('L6:عربة','WEAPON','military-vehicles'), ('L6:قرية ديرونا آغي','LOCATION','dayrouna-agha'),
 ('L6:ديرك','LOCATION','derik'), ('L6:أربعة جنود أميركيين','QUANTITY',None,(4,False,'wounded')),
 ('L7:وزارة الدفاع الروسية','ACTOR','RU'), ('L7:العربة','WEAPON','military-vehicles'), ('L7:الجانب الأميركي','ACTOR','US'),
 ('L7:الطريق الدولي M4','LOCATION','m4-highway'),
 ('L8:القوات الروسية','ACTOR','RU'), ('L8:الجيش التركي','ACTOR','TR'), ('L8:ريفي الحسكة#0','LOCATION','hasakah-countryside'),
 ('L8:القامشلي','LOCATION','qamishli-countryside'), ('L8:القوات الأميركية','ACTOR','US'), ('L8:حقول النفط','LOCATION','syria-oilfields'),
 ('L8:ريفي الحسكة#1','LOCATION','hasakah-countryside'), ('L8:دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L9:سوريا','LOCATION','syria'), ('L9:نحو 500 جندي','QUANTITY',None,(500,True,'troops')), ('L9:واشنطن','ACTOR','US'),
 ('L9:تركيا','ACTOR','TR'),
 ('L10:قسد#0','ACTOR','SDF'), ('L10:جوان ملا','PERSON','jwan-mulla'), ('L10:نورث برس','ORG','northpress'), ('L10:واشنطن','ACTOR','US'),
 ('L10:المنطقة','LOCATION','northeast-syria'), ('L10:قسد#1','ACTOR','SDF'), ('L10:قوات التحالف الدولي','ACTOR','COALITION'),
 ('L10:الشريط الحدودي','LOCATION','syria-turkey-border'), ('L10:تركيا','LOCATION','turkey'),
]
times = [
 ('L2:مساء أمس الجمعة', FRI, 'part-of-day', {'part': 'evening'}),
 ('L5:الخميس', THU, 'day'),
 ('L6:25 آب/أغسطس الماضي', AUG, 'day'),
 ('L8:منذ تشرين الأول/أكتوبر 2019', '2019-10/2020-09', 'month'),
 ('L9:العام الماضي', '2019', 'year'),
 ('L10:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
EV = 'L2:مساء أمس الجمعة'
A25 = 'L6:25 آب/أغسطس الماضي'
SDFS = 'مصدر عسكري في قوات سوريا الديمقراطية'
CC = 'القيادة المركزية الأميركية'
MOD = 'وزارة الدفاع الروسية'
USO = 'مسؤولون أميركيون'
JM = 'جوان ملا'
events = [
 dict(type='MOVEMENT', trig='L2:وصلت', time=EV, actors=['US'], loc='L2:بلدة رميلان'),                                          # 1
 dict(type='MOVEMENT', trig='L4:توجه', time=EV, actors=['US'], loc='L4:قاعدة "تل بيدر"', weapons=['L4:الآليات'], attr=SDFS),      # 2
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:الخميس', actors=['US'], attr=CC),                                              # 3
 dict(type='MOVEMENT', trig='L5:أرسلت', time='L5:الخميس', actors=['US'], loc='L5:شمال شرقي سوريا',
      weapons=['L5:عربات "برادلي"', 'L5:رادار "سنتينل"'], attr=CC),                                                              # 4
 dict(type='TRAINING', trig='L5:دوريات', time='L5:الخميس', actors=['US'], loc='L5:المنطقة', weapons=['L5:المقاتلات'], attr=CC),  # 5
 dict(type='ATTACK', trig='L6:اصطدام', time=A25, actors=['RU'], targets=['US'], loc='L6:قرية ديرونا آغي', weapons=['L6:عربة'],
      qty=['L6:أربعة جنود أميركيين']),                                                                                          # 6
 dict(type='ATTACK', trig='L7:صدم', mod='denied', time=A25, actors=['RU'], targets=['US'], attr=MOD),                            # 7
 dict(type='TRAINING', trig='L7:الدورية', time=A25, actors=['RU'], loc='L7:الطريق الدولي M4', attr=MOD),                         # 8
 dict(type='TRAINING', trig='L8:دوريات', time='L8:منذ تشرين الأول/أكتوبر 2019', actors=['RU', 'TR'], loc='L8:ريفي الحسكة#0'),   # 9
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['US'], loc='L8:حقول النفط'),                                                     # 10
 dict(type='WITHDRAWAL', trig='L9:خفّضت', time='L9:العام الماضي', actors=['US'], loc='L9:سوريا', attr=USO),                      # 11
 dict(type='OPERATION', trig='L9:عملية', time='L9:العام الماضي', actors=['TR']),                                                 # 12
 dict(type='STATEMENT', trig='L10:قال', actors=['SDF'], attr=JM),                                                                # 13
 dict(type='TRAINING', trig='L10:دوريات', mod='planned', time='L10:خلال الأيام المقبلة', actors=['SDF', 'COALITION'],
      loc='L10:الشريط الحدودي', attr=JM),                                                                                       # 14
]
FE = (FRI, 'part-of-day')
TD = (D, 'day')
A = (AUG, 'day')
SI = ('2019-10/2020-09', 'month')
forces = [
 dict(actor='US', assets='تعزيزات عسكرية', loc=('بلدة رميلان', 'rmelan'), as_of=FE, status='reinforced', line=2, events=[1]),
 dict(actor='US', assets='قسم من الآليات', loc=('قاعدة "تل بيدر"', 'tal-baydar-base'), as_of=FE, status='arrived', source=SDFS, line=4, events=[2]),
 dict(actor='US', assets='العربات المدرعة', loc=('رميلان', 'rmelan'), as_of=FE, status='present', source=SDFS, line=4),
 dict(actor='US', assets='عربات "برادلي" ورادار "سنتينل"', loc=('شمال شرقي سوريا', 'northeast-syria'), as_of=(THU, 'day'), status='reinforced',
      source=CC, line=5, events=[4]),
 dict(actor='US', loc=('قرية ديرونا آغي', 'dayrouna-agha'), as_of=A, status='attacked', line=6, events=[6]),
 dict(actor='US', loc=('قرية ديرونا آغي', 'dayrouna-agha'), as_of=A, status='present', line=6, events=[6]),
 dict(actor='RU', loc=('قرية ديرونا آغي', 'dayrouna-agha'), as_of=A, status='present', line=6, events=[6]),
 dict(actor='RU', assets='دورية', loc=('الطريق الدولي M4', 'm4-highway'), as_of=A, status='present', source=MOD, line=7, events=[8]),
 dict(actor='RU', loc=('ريفي الحسكة', 'hasakah-countryside'), as_of=SI, status='present', line=8, events=[9]),
 dict(actor='TR', loc=('ريفي الحسكة', 'hasakah-countryside'), as_of=SI, status='present', line=8, events=[9]),
 dict(actor='US', assets='قواعد', loc=('حقول النفط', 'syria-oilfields'), as_of=TD, status='present', line=8, events=[10]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('سوريا', 'syria'), as_of=TD, status='present', source=USO, line=9),
 dict(actor='US', loc=('سوريا', 'syria'), as_of=('2019', 'year'), status='withdrawn', source=USO, line=9, events=[11]),
 dict(actor='US', loc=('المنطقة', 'northeast-syria'), as_of=TD, status='present', source=JM, line=10),
 dict(actor='SDF', loc=('الشريط الحدودي', 'syria-turkey-border'), as_of=(D + '/', 'vague'), status='planned', source=JM, line=10, events=[14]),
 dict(actor='COALITION', loc=('الشريط الحدودي', 'syria-turkey-border'), as_of=(D + '/', 'vague'), status='planned', source=JM, line=10, events=[14]),
]
build('northpress-derik-bradley-reinforcements', None, 'نورث برس', D, L, ents, times, events, forces)
