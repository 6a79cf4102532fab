from build import build
L = [
'أكثر من 200 قتيل بهجمات لـ"داعش" في السويداء.. واتهامات لنظام أسد بتسهيلها',
'أورينت نت - خاص',
'شن تنظيم "داعش" فجر أمس الأربعاء سلسلة هجمات انتحارية على مدينة السويداء، واقتحم عناصره عدداً من القرى في ريف المحافظة الشرقي، ما أسفر عن مقتل أكثر من 200 شخص معظمهم مدنيون وإصابة العشرات، في أعنف هجوم تشهده المحافظة منذ عام 2011.',
'وقال مراسل أورينت في السويداء إن ثلاثة انتحاريين فجروا أحزمة ناسفة في أحياء المدينة، بينها حي المسلخ وساحة السير، فيما اقتحم عشرات من عناصر التنظيم قرى الشبكي والشريحي ورامي وطربا وغيضة حمايل، وقتلوا عائلات بأكملها داخل منازلها.',
'وأضاف المراسل أن أبناء القرى ومسلحين من "حركة رجال الكرامة" خاضوا اشتباكات عنيفة مع المهاجمين، وتمكنوا من استعادة معظم القرى، في حين انسحب عناصر التنظيم من قرية الشبكي باتجاه منطقة تلول الصفا في البادية الشرقية، مصطحبين معهم أكثر من 30 امرأة وطفلاً من أهالي القرية.',
'وبحسب المرصد السوري لحقوق الإنسان، فإن حصيلة القتلى ارتفعت إلى 221 شخصاً، بينهم 127 مدنياً و94 من المسلحين المحليين وعناصر قوات النظام، في حين قُتل 56 من عناصر "داعش"، بينهم الانتحاريون.',
'واتهم ناشطون وأهالٍ من السويداء نظام أسد بتسهيل وصول عناصر التنظيم إلى ريف المحافظة، مشيرين إلى أن قوات النظام سحبت قبل أسابيع عدداً من حواجزها في الريف الشرقي، وجمعت السلاح الفردي من أبناء القرى.',
'وكان نحو 1600 من عناصر "داعش" وعائلاتهم قد نُقلوا في أيار/مايو الماضي بحافلات من مخيم اليرموك والحجر الأسود جنوب دمشق إلى بادية السويداء الشرقية، بموجب اتفاق بين التنظيم ونظام أسد برعاية روسية.',
'في المقابل، زعمت وسائل إعلام النظام أن "الجيش العربي السوري" أرسل تعزيزات كبيرة إلى الريف الشرقي للسويداء، وأن الطيران الحربي شن غارات على تجمعات التنظيم في تلول الصفا، بينما أكدت مصادر محلية أن الغارات لم تبدأ إلا بعد انسحاب المهاجمين.',
'ويسيطر نظام أسد على مدينة السويداء ومعظم ريفها، فيما تنتشر فصائل محلية مسلحة أبرزها "رجال الكرامة" في عدد من البلدات، ويرفض آلاف من شبان المحافظة الالتحاق بالخدمة العسكرية في جيش النظام.',
]
D = '2018-07-26'
Y = '2018-07-25'
LG = 'OTHER:local-gunmen'
KAR = 'OTHER:rijal-al-karama'
ents = [
 ('L0:أكثر من 200 قتيل','QUANTITY',None,(200,True,'killed')), ('L0:داعش','ACTOR','ISIS'), ('L0:السويداء','LOCATION','suwayda'), ('L0:نظام أسد','ACTOR','SY_GOV'),
 ('L1:أورينت نت','ORG','orient'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:مدينة السويداء','LOCATION','suwayda'), ('L2:ريف المحافظة الشرقي','LOCATION','suwayda-east-countryside'),
 ('L2:أكثر من 200 شخص','QUANTITY',None,(200,True,'killed')), ('L2:العشرات','QUANTITY',None,([24,99],True,'wounded')),
 ('L2:المحافظة#1','LOCATION','suwayda-governorate'),
 ('L3:أورينت','ORG','orient'), ('L3:السويداء','LOCATION','suwayda'), ('L3:ثلاثة انتحاريين','QUANTITY',None,(3,False,'fighters')),
 ('L3:أحزمة ناسفة','WEAPON','suicide-belts'), ('L3:أحياء المدينة','LOCATION','suwayda-neighbourhoods'), ('L3:حي المسلخ','LOCATION','al-maslakh'),
 ('L3:ساحة السير','LOCATION','sahat-al-sir'), ('L3:عشرات','QUANTITY',None,([24,99],True,'fighters')), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:الشبكي','LOCATION','al-shbiki'), ('L3:الشريحي','LOCATION','al-shrayhi'), ('L3:رامي','LOCATION','rami'), ('L3:طربا','LOCATION','tarba'),
 ('L3:غيضة حمايل','LOCATION','ghaydat-hamayel'),
 ('L4:أبناء القرى','ACTOR',LG), ('L4:حركة رجال الكرامة','ACTOR',KAR), ('L4:المهاجمين','ACTOR','ISIS'), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:قرية الشبكي','LOCATION','al-shbiki'), ('L4:منطقة تلول الصفا','LOCATION','tulul-al-safa'), ('L4:البادية الشرقية','LOCATION','suwayda-eastern-badia'),
 ('L4:أكثر من 30 امرأة وطفلاً','QUANTITY',None,(30,True,'arrested')), ('L4:القرية','LOCATION','al-shbiki'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:221 شخصاً','QUANTITY',None,(221,False,'killed')), ('L5:127 مدنياً','QUANTITY',None,(127,False,'killed')),
 ('L5:94','QUANTITY',None,(94,False,'killed')), ('L5:المسلحين المحليين','ACTOR',LG), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:56','QUANTITY',None,(56,False,'killed')), ('L5:داعش','ACTOR','ISIS'),
 ('L6:السويداء','LOCATION','suwayda'), ('L6:نظام أسد','ACTOR','SY_GOV'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:ريف المحافظة','LOCATION','suwayda-countryside'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:الريف الشرقي','LOCATION','suwayda-east-countryside'), ('L6:السلاح الفردي','WEAPON','small-arms'),
 ('L6:أبناء القرى','ACTOR',LG),
 ('L7:نحو 1600','QUANTITY',None,(1600,True,'people')), ('L7:داعش','ACTOR','ISIS'), ('L7:مخيم اليرموك','LOCATION','yarmouk-camp'),
 ('L7:الحجر الأسود','LOCATION','al-hajar-al-aswad'), ('L7:دمشق','LOCATION','damascus'), ('L7:بادية السويداء الشرقية','LOCATION','suwayda-eastern-badia'),
 ('L7:التنظيم','ACTOR','ISIS'), ('L7:نظام أسد','ACTOR','SY_GOV'),
 ('L8:الجيش العربي السوري','ACTOR','SY_GOV'), ('L8:الريف الشرقي للسويداء','LOCATION','suwayda-east-countryside'), ('L8:الطيران الحربي','ACTOR','SY_GOV'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:تلول الصفا','LOCATION','tulul-al-safa'), ('L8:المهاجمين','ACTOR','ISIS'),
 ('L9:نظام أسد','ACTOR','SY_GOV'), ('L9:مدينة السويداء','LOCATION','suwayda'), ('L9:فصائل محلية مسلحة','ACTOR',LG), ('L9:رجال الكرامة','ACTOR',KAR),
 ('L9:آلاف','QUANTITY',None,([1000,9999],True,'people')), ('L9:المحافظة','LOCATION','suwayda-governorate'), ('L9:جيش النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:فجر أمس الأربعاء', Y, 'part-of-day', {'part':'morning'}),
 ('L2:منذ عام 2011', '2011/2018', 'year'),
 ('L6:قبل أسابيع', None, 'vague', {'relation':'before'}),
 ('L7:أيار/مايو الماضي', '2018-05', 'month'),
]
REP = 'مراسل أورينت'
SOHR = 'المرصد السوري لحقوق الإنسان'
ACC = 'ناشطون وأهال من السويداء'
MED = 'وسائل إعلام النظام'
LS = 'مصادر محلية'
WED = 'L2:فجر أمس الأربعاء'
events = [
 dict(type='ATTACK', trig='L2:هجمات انتحارية', time=WED, actors=['ISIS'], loc='L2:مدينة السويداء', qty=['L2:أكثر من 200 شخص','L2:العشرات']),
 dict(type='ATTACK', trig='L2:اقتحم', time=WED, actors=['ISIS'], loc='L2:ريف المحافظة الشرقي'),
 dict(type='ATTACK', trig='L3:فجروا', time=WED, actors=['ISIS'], loc='L3:أحياء المدينة', attr=REP, weapons=['L3:أحزمة ناسفة'], qty=['L3:ثلاثة انتحاريين']),
 dict(type='ATTACK', trig='L3:اقتحم', time=WED, actors=['ISIS'], loc='L3:الشبكي', attr=REP, qty=['L3:عشرات']),
 dict(type='ATTACK', trig='L3:قتلوا', time=WED, actors=['ISIS'], attr=REP),
 dict(type='ATTACK', trig='L4:اشتباكات', time=WED, actors=[LG, KAR, 'ISIS'], attr=REP),
 dict(type='CONTROL', trig='L4:استعادة', time=WED, actors=[LG, KAR], targets=['ISIS'], attr=REP),
 dict(type='WITHDRAWAL', trig='L4:انسحب', time=WED, actors=['ISIS'], loc='L4:قرية الشبكي', attr=REP),
 dict(type='ARREST', trig='L4:مصطحبين', time=WED, actors=['ISIS'], loc='L4:قرية الشبكي', attr=REP, qty=['L4:أكثر من 30 امرأة وطفلاً']),
 dict(type='ATTACK', trig='L5:القتلى', time=WED, actors=['ISIS'], attr=SOHR, qty=['L5:221 شخصاً','L5:127 مدنياً','L5:94']),
 dict(type='ATTACK', trig='L5:قُتل', time=WED, targets=['ISIS'], attr=SOHR, qty=['L5:56']),
 dict(type='MOVEMENT', trig='L6:وصول', actors=['ISIS'], loc='L6:ريف المحافظة', attr=ACC),
 dict(type='WITHDRAWAL', trig='L6:سحبت', time='L6:قبل أسابيع', actors=['SY_GOV'], loc='L6:الريف الشرقي', attr=ACC),
 dict(type='WITHDRAWAL', trig='L7:نُقلوا', time='L7:أيار/مايو الماضي', actors=['ISIS'], loc='L7:مخيم اليرموك', qty=['L7:نحو 1600']),
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:أيار/مايو الماضي', actors=['ISIS','SY_GOV']),
 dict(type='MOVEMENT', trig='L8:أرسل', actors=['SY_GOV'], loc='L8:الريف الشرقي للسويداء', attr=MED),
 dict(type='ATTACK', trig='L8:غارات#0', actors=['SY_GOV'], targets=['ISIS'], loc='L8:تلول الصفا', attr=MED),
 dict(type='ATTACK', trig='L8:الغارات', actors=['SY_GOV'], targets=['ISIS'], attr=LS),
 dict(type='WITHDRAWAL', trig='L8:انسحاب', time=WED, actors=['ISIS'], attr=LS),
 dict(type='CONTROL', trig='L9:يسيطر', actors=['SY_GOV'], loc='L9:مدينة السويداء'),
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=[LG, KAR]),
]
W = (Y, 'part-of-day')
OD = (D, 'day')
M5 = ('2018-05', 'month')
forces = [
 dict(actor='ISIS', loc=('ريف المحافظة الشرقي','suwayda-east-countryside'), as_of=W, status='present', line=2, events=[2]),
 dict(actor='ISIS', assets='عشرات من عناصر التنظيم', loc=('الشبكي','al-shbiki'), as_of=W, status='present', source=REP, line=3, events=[4]),
 dict(actor='ISIS', assets='عشرات من عناصر التنظيم', loc=('الشريحي','al-shrayhi'), as_of=W, status='present', source=REP, line=3, events=[4]),
 dict(actor='ISIS', assets='عشرات من عناصر التنظيم', loc=('رامي','rami'), as_of=W, status='present', source=REP, line=3, events=[4]),
 dict(actor='ISIS', assets='عشرات من عناصر التنظيم', loc=('طربا','tarba'), as_of=W, status='present', source=REP, line=3, events=[4]),
 dict(actor='ISIS', assets='عشرات من عناصر التنظيم', loc=('غيضة حمايل','ghaydat-hamayel'), as_of=W, status='present', source=REP, line=3, events=[4]),
 dict(actor='ISIS', loc=('قرية الشبكي','al-shbiki'), as_of=W, status='withdrawn', source=REP, line=4, events=[8]),
 dict(actor='ISIS', loc=('ريف المحافظة','suwayda-countryside'), as_of=(Y,'day'), status='arrived', source=ACC, line=6, events=[12]),
 dict(actor='SY_GOV', assets='حواجز', loc=('الريف الشرقي','suwayda-east-countryside'), as_of=(None,'vague'), status='withdrawn', source=ACC, line=6, events=[13]),
 dict(actor='ISIS', strength=(1600,True,'people'), assets='عناصر وعائلاتهم، حافلات', loc=('مخيم اليرموك','yarmouk-camp'), as_of=M5, status='withdrawn', line=7, events=[14]),
 dict(actor='ISIS', strength=(1600,True,'people'), assets='عناصر وعائلاتهم، حافلات', loc=('الحجر الأسود','al-hajar-al-aswad'), as_of=M5, status='withdrawn', line=7, events=[14]),
 dict(actor='ISIS', strength=(1600,True,'people'), loc=('بادية السويداء الشرقية','suwayda-eastern-badia'), as_of=M5, status='arrived', line=7, events=[14]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة', loc=('الريف الشرقي للسويداء','suwayda-east-countryside'), as_of=OD, status='reinforced', source=MED, line=8, events=[16]),
 dict(actor='ISIS', assets='تجمعات التنظيم', loc=('تلول الصفا','tulul-al-safa'), as_of=OD, status='attacked', source=MED, line=8, events=[17]),
 dict(actor='SY_GOV', loc=('مدينة السويداء','suwayda'), as_of=OD, status='controls', line=9, events=[20]),
]
build('orient-suwayda-isis-attacks', None, 'أورينت نيوز', D, L, ents, times, events, forces)
