from build import build
L = [
'قوات سوريا الديمقراطية تصد هجوماً لمرتزقة الاحتلال التركي على ريف عين عيسى',
'صدت قوات سوريا الديمقراطية، أمس السبت، هجوماً واسعاً شنه مرتزقة جيش الاحتلال التركي على قريتي هوشان والمشرفة في ريف ناحية عين عيسى، بعد اشتباكات استمرت أكثر من سبع ساعات، وفق بيان أصدرته القيادة العامة لقوات سوريا الديمقراطية.',
'وأوضح البيان أن المرتزقة استخدموا الدبابات والمدفعية الثقيلة بغطاء من طائرات مسيّرة تركية، وأن مقاتلي قواتنا تمكنوا من تدمير دبابة وعربة مدرعة وقتل 19 مرتزقاً، فيما استشهد ثلاثة من مقاتلينا خلال المقاومة.',
'وفي ريف ناحية تل تمر، قصف جيش الاحتلال التركي ومرتزقته صباح أمس قرى أم الكيف والدردارة وتل طويل بالأسلحة الثقيلة، ما أدى إلى إصابة أربعة مدنيين بينهم طفلة ونزوح عشرات العائلات نحو بلدة تل تمر، بحسب مراسل صحيفتنا.',
'كما استهدفت طائرة مسيّرة تركية، مساء أمس، سيارة تابعة لقوى الأمن الداخلي (الأسايش) على طريق تل تمر – الحسكة، ما أدى إلى استشهاد عنصرين.',
'وفي السياق، قالت الرئيسة المشتركة لمجلس سوريا الديمقراطية إلهام أحمد إن «الاحتلال التركي لم يلتزم يوماً بوقف إطلاق النار»، مطالبةً الضامنَين الروسي والأمريكي بـ«تحمل مسؤولياتهما» إزاء الهجمات المتكررة على المنطقة.',
'من جهة أخرى، سيّرت الشرطة العسكرية الروسية، صباح اليوم، دورية في محيط بلدة تل تمر وصولاً إلى قرية الأسدية، في حين عززت قوات حكومة دمشق نقاطها على خطوط التماس في ريف ناحية زركان بموجب تفاهم سوتشي الموقع في 22 تشرين الأول.',
'وتشن دولة الاحتلال التركي منذ التاسع من تشرين الأول الماضي هجمات على مناطق شمال وشرق سوريا، احتلت خلالها مدينتي سري كانيه وكري سبي ومساحات واسعة بينهما، فيما وثقت الإدارة الذاتية استشهاد أكثر من 500 مدني ونزوح ما يزيد عن 300 ألف شخص.',
'وكانت القوات الأمريكية قد انسحبت من نقاطها على الحدود عشية بدء الهجوم، قبل أن تعيد نشر نحو 500 جندي في مناطق حقول النفط بريف دير الزور والحسكة، بحسب البنتاغون.',
'وفي ريف عين عيسى أيضاً، أفادت مصادر محلية بأن المرتزقة حاولوا خلال الأسبوع الماضي قطع الطريق الدولي M4 قرب بلدة عين عيسى ثلاث مرات، من دون أن يتمكنوا من ذلك بسبب المقاومة التي يبديها مقاتلو قوات سوريا الديمقراطية.',
]
D = '2019-11-24'   # Sunday; AANES daily, web copy of its day
SAT = '2019-11-23'
ASY = 'OTHER:asayish'
ents = [
 ('L0:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L0:مرتزقة','ACTOR','FSA'), ('L0:الاحتلال التركي','ACTOR','TR'),
 ('L0:ريف عين عيسى','LOCATION','ain-issa-countryside'),
 ('L1:قوات سوريا الديمقراطية#0','ACTOR','SDF'), ('L1:مرتزقة','ACTOR','FSA'), ('L1:جيش الاحتلال التركي','ACTOR','TR'),
 ('L1:قريتي هوشان','LOCATION','hoshan'), ('L1:المشرفة','LOCATION','mushrifa'), ('L1:ريف ناحية عين عيسى','LOCATION','ain-issa-countryside'),
 ('L1:أكثر من سبع ساعات','QUANTITY',None,(7,True,'other')), ('L1:القيادة العامة لقوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L2:المرتزقة','ACTOR','FSA'), ('L2:الدبابات','WEAPON','tanks'), ('L2:المدفعية الثقيلة','WEAPON','heavy-artillery'),
 ('L2:طائرات مسيّرة تركية','WEAPON','drones'), ('L2:دبابة','WEAPON','tanks'), ('L2:عربة مدرعة','WEAPON','armoured-vehicle'),
 ('L2:19 مرتزقاً','QUANTITY',None,(19,False,'killed')), ('L2:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L3:ريف ناحية تل تمر','LOCATION','tal-tamr-countryside'), ('L3:جيش الاحتلال التركي','ACTOR','TR'), ('L3:قرى أم الكيف','LOCATION','umm-al-kayf'),
 ('L3:الدردارة','LOCATION','dardara'), ('L3:تل طويل','LOCATION','tal-tawil'), ('L3:الأسلحة الثقيلة','WEAPON','heavy-weapons'),
 ('L3:أربعة مدنيين','QUANTITY',None,(4,False,'wounded')), ('L3:عشرات العائلات','QUANTITY',None,([24,99],True,'other')),
 ('L3:بلدة تل تمر','LOCATION','tal-tamr'),
 ('L4:طائرة مسيّرة تركية','WEAPON','drones'), ('L4:سيارة','WEAPON','vehicles'), ('L4:قوى الأمن الداخلي','ACTOR',ASY),
 ('L4:الأسايش','ACTOR',ASY), ('L4:طريق تل تمر – الحسكة','LOCATION','tal-tamr-hasakah-road'), ('L4:عنصرين','QUANTITY',None,(2,False,'killed')),
 ('L5:مجلس سوريا الديمقراطية','ORG','msd'), ('L5:إلهام أحمد','PERSON','ilham-ahmed'), ('L5:الاحتلال التركي','ACTOR','TR'),
 ('L6:الشرطة العسكرية الروسية','ACTOR','RU'), ('L6:بلدة تل تمر','LOCATION','tal-tamr'), ('L6:قرية الأسدية','LOCATION','asadiya'),
 ('L6:قوات حكومة دمشق','ACTOR','SY_GOV'), ('L6:ريف ناحية زركان','LOCATION','zarkan-countryside'), ('L6:سوتشي','LOCATION','sochi'),
 ('L7:دولة الاحتلال التركي','ACTOR','TR'), ('L7:شمال وشرق سوريا','LOCATION','northeast-syria'), ('L7:مدينتي سري كانيه','LOCATION','ras-al-ain'),
 ('L7:كري سبي','LOCATION','tal-abyad'), ('L7:الإدارة الذاتية','ORG','aanes'), ('L7:أكثر من 500 مدني','QUANTITY',None,(500,True,'killed')),
 ('L7:ما يزيد عن 300 ألف شخص','QUANTITY',None,(300000,True,'people')),
 ('L8:القوات الأمريكية','ACTOR','US'), ('L8:الحدود','LOCATION','syria-turkey-border'), ('L8:نحو 500 جندي','QUANTITY',None,(500,True,'troops')),
 ('L8:حقول النفط','LOCATION','syria-oilfields'), ('L8:ريف دير الزور','LOCATION','deir-ez-zor-countryside'), ('L8:الحسكة','LOCATION','hasakah'),
 ('L8:البنتاغون','ACTOR','US'),
 ('L9:ريف عين عيسى','LOCATION','ain-issa-countryside'), ('L9:المرتزقة','ACTOR','FSA'), ('L9:الطريق الدولي M4','LOCATION','m4-highway'),
 ('L9:بلدة عين عيسى','LOCATION','ain-issa'), ('L9:ثلاث مرات','QUANTITY',None,(3,False,'other')), ('L9:قوات سوريا الديمقراطية','ACTOR','SDF'),
]
times = [
 ('L1:أمس السبت', SAT, 'day'),
 ('L3:صباح أمس', SAT, 'part-of-day', {'part': 'morning'}),
 ('L4:مساء أمس', SAT, 'part-of-day', {'part': 'evening'}),
 ('L6:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:22 تشرين الأول', '2019-10-22', 'day'),
 ('L7:منذ التاسع من تشرين الأول الماضي', '2019-10-09/' + D, 'day'),
 ('L9:خلال الأسبوع الماضي', '2019-11-17/' + D, 'week'),
]
Y = 'L1:أمس السبت'
SINCE = 'L7:منذ التاسع من تشرين الأول الماضي'
GC = 'القيادة العامة لقوات سوريا الديمقراطية'
COR = 'مراسل صحيفتنا'
events = [
 dict(type='ATTACK', trig='L1:صدت', time=Y, actors=['SDF'], targets=['FSA'], loc='L1:قريتي هوشان', attr=GC),              # 1
 dict(type='ATTACK', trig='L1:هجوماً', time=Y, actors=['FSA'], targets=['SDF'], loc='L1:قريتي هوشان', attr=GC),            # 2
 dict(type='ATTACK', trig='L1:اشتباكات', time=Y, actors=['SDF', 'FSA'], loc='L1:قريتي هوشان', qty=['L1:أكثر من سبع ساعات'], attr=GC),  # 3
 dict(type='STATEMENT', trig='L1:بيان', time=Y, actors=['SDF'], attr=GC),                                               # 4
 dict(type='ATTACK', trig='L2:استخدموا', time=Y, actors=['FSA', 'TR'], targets=['SDF'],
      weapons=['L2:الدبابات', 'L2:المدفعية الثقيلة', 'L2:طائرات مسيّرة تركية'], attr=GC),                                   # 5
 dict(type='ATTACK', trig='L2:تدمير', time=Y, actors=['SDF'], targets=['FSA'], attr=GC),                                   # 6
 dict(type='ATTACK', trig='L2:قتل', time=Y, actors=['SDF'], targets=['FSA'], qty=['L2:19 مرتزقاً'], attr=GC),                # 7
 dict(type='ATTACK', trig='L2:استشهد', time=Y, actors=['FSA'], targets=['SDF'], qty=['L2:ثلاثة'], attr=GC),                  # 8
 dict(type='ATTACK', trig='L3:قصف', time='L3:صباح أمس', actors=['TR', 'FSA'], loc='L3:قرى أم الكيف', weapons=['L3:الأسلحة الثقيلة'],
      qty=['L3:أربعة مدنيين'], attr=COR),                                                                               # 9
 dict(type='ATTACK', trig='L4:استهدفت', time='L4:مساء أمس', actors=['TR'], targets=[ASY], loc='L4:طريق تل تمر – الحسكة',
      weapons=['L4:طائرة مسيّرة تركية'], qty=['L4:عنصرين']),                                                             # 10
 dict(type='STATEMENT', trig='L5:قالت', attr='إلهام أحمد'),                                                               # 11
 dict(type='AGREEMENT', trig='L5:وقف إطلاق النار', actors=['TR']),                                                        # 12
 dict(type='ATTACK', trig='L5:الهجمات', time=SINCE, actors=['TR'], attr='إلهام أحمد'),                                     # 13
 dict(type='TRAINING', trig='L6:دورية', time='L6:صباح اليوم', actors=['RU'], loc='L6:بلدة تل تمر'),                          # 14
 dict(type='MOVEMENT', trig='L6:عززت', time='L6:صباح اليوم', actors=['SY_GOV'], loc='L6:ريف ناحية زركان'),                   # 15
 dict(type='AGREEMENT', trig='L6:تفاهم', time='L6:22 تشرين الأول', actors=['RU', 'TR'], loc='L6:سوتشي'),                      # 16
 dict(type='ATTACK', trig='L7:هجمات', time=SINCE, actors=['TR'], loc='L7:شمال وشرق سوريا'),                                 # 17
 dict(type='CONTROL', trig='L7:احتلت', time=SINCE, actors=['TR'], targets=['SDF'], loc='L7:مدينتي سري كانيه'),               # 18
 dict(type='WITHDRAWAL', trig='L8:انسحبت', actors=['US'], loc='L8:الحدود', attr='البنتاغون'),                               # 19
 dict(type='ATTACK', trig='L8:الهجوم', time=SINCE, actors=['TR']),                                                        # 20
 dict(type='MOVEMENT', trig='L8:تعيد نشر', actors=['US'], loc='L8:حقول النفط', qty=['L8:نحو 500 جندي'], attr='البنتاغون'),   # 21
 dict(type='ATTACK', trig='L9:قطع', time='L9:خلال الأسبوع الماضي', actors=['FSA'], targets=['SDF'], loc='L9:الطريق الدولي M4',
      qty=['L9:ثلاث مرات'], attr='مصادر محلية'),                                                                        # 22
]
SD = (SAT, 'day')
SI = ('2019-10-09/' + D, 'day')
forces = [
 dict(actor='SDF', loc=('قريتي هوشان', 'hoshan'), as_of=SD, status='present', source=GC, line=1, events=[1, 3]),
 dict(actor='SDF', loc=('المشرفة', 'mushrifa'), as_of=SD, status='present', source=GC, line=1, events=[1, 3]),
 dict(actor='FSA', loc=('قريتي هوشان', 'hoshan'), as_of=SD, status='present', source=GC, line=1, events=[2, 3]),
 dict(actor='FSA', loc=('المشرفة', 'mushrifa'), as_of=SD, status='present', source=GC, line=1, events=[2, 3]),
 dict(actor=ASY, assets='سيارة', loc=('طريق تل تمر – الحسكة', 'tal-tamr-hasakah-road'), as_of=(SAT, 'part-of-day'), status='attacked', line=4, events=[10]),
 dict(actor='RU', loc=('بلدة تل تمر', 'tal-tamr'), as_of=(D, 'part-of-day'), status='present', line=6, events=[14]),
 dict(actor='RU', loc=('قرية الأسدية', 'asadiya'), as_of=(D, 'part-of-day'), status='present', line=6, events=[14]),
 dict(actor='SY_GOV', loc=('ريف ناحية زركان', 'zarkan-countryside'), as_of=(D, 'part-of-day'), status='reinforced', line=6, events=[15]),
 dict(actor='TR', loc=('سري كانيه', 'ras-al-ain'), as_of=SI, status='controls', line=7, events=[18]),
 dict(actor='TR', loc=('كري سبي', 'tal-abyad'), as_of=SI, status='controls', line=7, events=[18]),
 dict(actor='US', loc=('الحدود', 'syria-turkey-border'), as_of=(None, 'vague'), status='withdrawn', source='البنتاغون', line=8, events=[19]),
 dict(actor='US', strength=(500, True, 'troops'), loc=('حقول النفط', 'syria-oilfields'), as_of=(D, 'day'), status='present', source='البنتاغون', line=8, events=[21]),
 dict(actor='FSA', loc=('الطريق الدولي M4', 'm4-highway'), as_of=('2019-11-17/' + D, 'week'), status='present', source='مصادر محلية', line=9, events=[22]),
 dict(actor='SDF', loc=('الطريق الدولي M4', 'm4-highway'), as_of=('2019-11-17/' + D, 'week'), status='present', source='مصادر محلية', line=9, events=[22]),
]
build('ronahi-ain-issa-tal-tamr', None, 'روناهي', D, L, ents, times, events, forces)
