from build import build
L = [
'دوريات روسية بين منبج وكوباني بعد انسحاب القوات الأميركية',
'أبوظبي - سكاي نيوز عربية',
'أعلنت وزارة الدفاع الروسية، الأربعاء، أن وحدات من الشرطة العسكرية الروسية تسيّر دوريات على طول خط التماس بين مواقع الجيش السوري والجيش التركي في محيط مدينة منبج في شمال سوريا، بعد انسحاب القوات الأميركية من المنطقة.',
'وقال المبعوث الرئاسي الروسي إلى سوريا ألكسندر لافرنتييف إن موسكو "لن تسمح" بأي اشتباك بين القوات التركية وقوات الجيش السوري، مضيفا أن "لا أحد مهتم" بمواجهة من هذا النوع.',
'ونقلت وكالة "رويترز" عن المتحدث باسم التحالف الدولي الكولونيل مايلز كاغينز قوله إن قوات التحالف "غادرت منبج" بالكامل، فيما أفاد مراسلون بأن رتلا من نحو 50 آلية أميركية عبر بلدة تل تمر باتجاه الحدود العراقية صباح الثلاثاء.',
'في المقابل، دخلت وحدات من الجيش السوري مدينة منبج ليل الاثنين الثلاثاء، بموجب اتفاق أُبرم برعاية روسية بين دمشق و"قوات سوريا الديمقراطية" (قسد)، وانتشرت في مدينة عين العرب (كوباني) وفي قرى تقع على خطوط التماس مع فصائل "الجيش الوطني" الموالية لأنقرة.',
'وتزامن ذلك مع إعلان الرئيس التركي رجب طيب أردوغان أن عملية "نبع السلام" التي أطلقها الجيش التركي في التاسع من تشرين الأول/أكتوبر ضد الوحدات الكردية ستتواصل "حتى تحقيق أهدافها"، رافضا دعوات أميركية لوقف إطلاق النار.',
'ومن المقرر أن يصل نائب الرئيس الأميركي مايك بنس ووزير الخارجية مايك بومبيو إلى أنقرة الخميس للقاء أردوغان، في محاولة للتوصل إلى هدنة في شمال شرق سوريا.',
'ميدانيا، تواصلت المعارك بين "قسد" والفصائل المدعومة من تركيا في محيط مدينة رأس العين، فيما نفت أنقرة تقارير كردية عن قصف طائراتها مستشفى المدينة، وذكر المرصد السوري لحقوق الإنسان أن حصيلة القتلى المدنيين منذ بدء الهجوم تجاوزت 70 مدنيا.',
]
D = '2019-10-16'
ents = [
 ('L0:منبج','LOCATION','manbij'), ('L0:كوباني','LOCATION','kobani'), ('L0:القوات الأميركية','ACTOR','US'),
 ('L1:أبوظبي','LOCATION','abu-dhabi'), ('L1:سكاي نيوز عربية','ORG','skynews-arabia'),
 ('L2:وزارة الدفاع الروسية','ACTOR','RU'), ('L2:الشرطة العسكرية الروسية','ACTOR','RU'), ('L2:الجيش السوري','ACTOR','SY_GOV'),
 ('L2:الجيش التركي','ACTOR','TR'), ('L2:مدينة منبج','LOCATION','manbij'), ('L2:شمال سوريا','LOCATION','north-syria'),
 ('L2:القوات الأميركية','ACTOR','US'), ('L2:المنطقة','LOCATION','manbij'),
 ('L3:سوريا','LOCATION','syria'), ('L3:ألكسندر لافرنتييف','PERSON','alexander-lavrentiev'), ('L3:موسكو','ACTOR','RU'),
 ('L3:القوات التركية','ACTOR','TR'), ('L3:قوات الجيش السوري','ACTOR','SY_GOV'),
 ('L4:رويترز','ORG','reuters'), ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:مايلز كاغينز','PERSON','myles-caggins'),
 ('L4:قوات التحالف','ACTOR','COALITION'), ('L4:منبج','LOCATION','manbij'),
 ('L4:نحو 50 آلية','QUANTITY',None,(50,True,'vehicles')), ('L4:آلية','WEAPON','vehicles'),
 ('L4:بلدة تل تمر','LOCATION','tal-tamr'), ('L4:الحدود العراقية','LOCATION','syria-iraq-border'),
 ('L5:الجيش السوري','ACTOR','SY_GOV'), ('L5:مدينة منبج','LOCATION','manbij'), ('L5:دمشق','ACTOR','SY_GOV'),
 ('L5:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L5:قسد','ACTOR','SDF'), ('L5:مدينة عين العرب','LOCATION','kobani'),
 ('L5:كوباني','LOCATION','kobani'), ('L5:الجيش الوطني','ACTOR','FSA'),
 ('L6:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L6:الجيش التركي','ACTOR','TR'), ('L6:الوحدات الكردية','ACTOR','YPG'),
 ('L7:مايك بنس','PERSON','mike-pence'), ('L7:مايك بومبيو','PERSON','mike-pompeo'), ('L7:أنقرة','LOCATION','ankara'),
 ('L7:أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:شمال شرق سوريا','LOCATION','northeast-syria'),
 ('L8:قسد','ACTOR','SDF'), ('L8:الفصائل المدعومة من تركيا','ACTOR','FSA'), ('L8:مدينة رأس العين','LOCATION','ras-al-ain'),
 ('L8:أنقرة','ACTOR','TR'), ('L8:طائراتها','WEAPON','warplanes'), ('L8:مستشفى المدينة','LOCATION','ras-al-ain-hospital'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L8:70 مدنيا','QUANTITY',None,(70,True,'killed')),
]
times = [
 ('L2:الأربعاء', D, 'day'),
 ('L4:صباح الثلاثاء', '2019-10-15', 'part-of-day', {'part':'morning'}),
 ('L5:ليل الاثنين الثلاثاء', '2019-10-14', 'part-of-day', {'part':'night'}),
 ('L6:التاسع من تشرين الأول/أكتوبر', '2019-10-09', 'day'),
 ('L7:الخميس', '2019-10-17', 'day'),
]
MOD='وزارة الدفاع الروسية'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:الأربعاء', actors=['RU'], attr=MOD),
 dict(type='TRAINING', trig='L2:دوريات', time='L2:الأربعاء', actors=['RU'], loc='L2:مدينة منبج', attr=MOD),
 dict(type='WITHDRAWAL', trig='L2:انسحاب', actors=['US'], loc='L2:المنطقة', attr=MOD),
 dict(type='STATEMENT', trig='L3:قال', actors=['RU'], attr='ألكسندر لافرنتييف'),
 dict(type='ATTACK', trig='L3:اشتباك', mod='denied', actors=['TR'], targets=['SY_GOV'], attr='ألكسندر لافرنتييف'),
 dict(type='STATEMENT', trig='L4:قوله', actors=['COALITION'], attr='مايلز كاغينز (رويترز)'),
 dict(type='WITHDRAWAL', trig='L4:غادرت', actors=['COALITION'], loc='L4:منبج', attr='مايلز كاغينز (رويترز)'),
 dict(type='MOVEMENT', trig='L4:عبر', time='L4:صباح الثلاثاء', actors=['US'], loc='L4:بلدة تل تمر', attr='مراسلون',
      weapons=['L4:آلية'], qty=['L4:نحو 50 آلية']),
 dict(type='MOVEMENT', trig='L5:دخلت', time='L5:ليل الاثنين الثلاثاء', actors=['SY_GOV'], loc='L5:مدينة منبج'),
 dict(type='AGREEMENT', trig='L5:اتفاق', actors=['SY_GOV','SDF']),
 dict(type='MOVEMENT', trig='L5:انتشرت', actors=['SY_GOV'], loc='L5:مدينة عين العرب'),
 dict(type='STATEMENT', trig='L6:إعلان', actors=['TR'], attr='رجب طيب أردوغان'),
 dict(type='OPERATION', trig='L6:عملية', time='L6:التاسع من تشرين الأول/أكتوبر', actors=['TR'], targets=['YPG'], attr='رجب طيب أردوغان'),
 dict(type='AGREEMENT', trig='L6:وقف إطلاق النار', mod='planned', actors=['US','TR'], attr='رجب طيب أردوغان'),
 dict(type='AGREEMENT', trig='L7:هدنة', mod='planned', time='L7:الخميس', actors=['US','TR'], loc='L7:شمال شرق سوريا'),
 dict(type='ATTACK', trig='L8:المعارك', time='L2:الأربعاء', actors=['FSA'], targets=['SDF'], loc='L8:مدينة رأس العين'),
 dict(type='ATTACK', trig='L8:قصف', mod='denied', actors=['TR'], loc='L8:مستشفى المدينة', attr='أنقرة', weapons=['L8:طائراتها']),
 dict(type='OPERATION', trig='L8:الهجوم', actors=['TR'], targets=['SDF'], attr='المرصد السوري لحقوق الإنسان', qty=['L8:70 مدنيا']),
]
forces = [
 dict(actor='RU', assets='وحدات من الشرطة العسكرية', loc=('مدينة منبج','manbij'), as_of=(D,'day'), status='present', source=MOD, line=2, events=[2]),
 dict(actor='US', loc=('المنطقة','manbij'), as_of=(D,'day'), status='withdrawn', source=MOD, line=2, events=[3]),
 dict(actor='COALITION', loc=('منبج','manbij'), as_of=(D,'day'), status='withdrawn', source='مايلز كاغينز (رويترز)', line=4, events=[7]),
 dict(actor='SY_GOV', assets='وحدات', loc=('مدينة منبج','manbij'), as_of=('2019-10-14','part-of-day'), status='arrived', source=None, line=5, events=[9]),
 dict(actor='SY_GOV', loc=('مدينة عين العرب (كوباني)','kobani'), as_of=(D,'day'), status='arrived', source=None, line=5, events=[11]),
 dict(actor='SDF', loc=('مدينة رأس العين','ras-al-ain'), as_of=(D,'day'), status='present', source=None, line=8, events=[16]),
 dict(actor='FSA', assets='الفصائل المدعومة من تركيا', loc=('مدينة رأس العين','ras-al-ain'), as_of=(D,'day'), status='present', source=None, line=8, events=[16]),
]
build('skynews-manbij-kobani', None, 'سكاي نيوز عربية', D, L, ents, times, events, forces)
