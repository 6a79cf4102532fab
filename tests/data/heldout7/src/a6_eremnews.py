from build import build
L = [
'اشتباكات لليوم الثالث في محيط سجن غويران بالحسكة.. و"قسد" تستعيد السيطرة على أجزاء منه',
'دمشق - إرم نيوز',
'تتواصل الاشتباكات، لليوم الثالث على التوالي، بين "قوات سوريا الديمقراطية" (قسد) وعناصر من تنظيم "داعش" في محيط سجن غويران (الصناعة) بمدينة الحسكة شمال شرقي سوريا، بعد هجوم واسع شنه التنظيم على السجن مساء الخميس الماضي.',
'وبدأ الهجوم بتفجير سيارتين مفخختين عند البوابة الرئيسية لسجن غويران، تزامناً مع استعصاء نفذه السجناء في الداخل، قبل أن تشتبك خلايا التنظيم المنتشرة في حيي غويران والزهور مع حراس السجن من قوى الأمن الداخلي (الأسايش)، وفق مصادر محلية.',
'وقال مدير المركز الإعلامي لـ"قسد"، فرهاد شامي، إن مقاتليهم "استعادوا السيطرة على أجزاء واسعة من السجن" وأعادوا اعتقال 89 من الفارين، فيما لا يزال عشرات المسلحين يتحصنون في المهاجع الشمالية ويحتجزون عدداً من العاملين في السجن رهائن.',
'وأضاف شامي أن مروحيات وطائرات التحالف الدولي شاركت في قصف مواقع المهاجمين في محيط السجن وحي الزهور، بالتزامن مع انتشار قوات أمريكية بمدرعات "برادلي" حول السجن.',
'ونفى شامي ما تداولته حسابات مقربة من التنظيم عن سيطرة عناصره على السجن بالكامل، مؤكداً أن عمليات التمشيط "ستستمر حتى القضاء على آخر المهاجمين".',
'وأكد التحالف الدولي بقيادة الولايات المتحدة، في بيان صدر أمس الجمعة، أنه نفذ ضربات جوية "دعماً لشركائه في قسد"، مشيراً إلى أن عناصر "داعش" استخدموا المدنيين "دروعاً بشرية" في حي غويران.',
'وأحصى المرصد السوري لحقوق الإنسان، حتى صباح اليوم السبت، مقتل 28 من عناصر "قسد" والأسايش، و45 من عناصر التنظيم، إضافة إلى 7 مدنيين، فيما نزحت مئات العائلات من حيي غويران والزهور.',
'وكانت قوى الأمن الداخلي قد أعلنت الأسبوع الماضي اعتقال خمسة عناصر من خلية تابعة للتنظيم في حي غويران، قالت إنهم كانوا يخططون لمهاجمة السجن.',
'وفي العراق، أعلنت قيادة قوات الحدود تعزيز الشريط الحدودي مع سوريا بقطعات إضافية وكاميرات حرارية، تحسباً لتسلل عناصر فارين من سجن الحسكة، فيما أكدت خلية الإعلام الأمني أن "الحدود مؤمنة بالكامل".',
'ويضم سجن غويران، وهو أكبر السجون الخاضعة لسيطرة "قسد"، نحو 3500 معتقل من عناصر "داعش" من جنسيات مختلفة، بينهم قرابة 700 قاصر، وسط تحذيرات متكررة من الإدارة الذاتية من عجزها عن تأمين السجون دون دعم دولي.',
]
D = '2022-01-22'
Y = '2022-01-21'
THU = '2022-01-20'
ASY = 'OTHER:asayish'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:سجن غويران','LOCATION','ghwayran-prison'), ('L0:الحسكة','LOCATION','hasakah'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:إرم نيوز','ORG','eremnews'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:سجن غويران','LOCATION','ghwayran-prison'),
 ('L2:الصناعة','LOCATION','ghwayran-prison'), ('L2:مدينة الحسكة','LOCATION','hasakah'), ('L2:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L2:التنظيم','ACTOR','ISIS'), ('L2:السجن','LOCATION','ghwayran-prison'),
 ('L3:سيارتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L3:سيارتين مفخختين#0','WEAPON','car-bombs'), ('L3:سجن غويران','LOCATION','ghwayran-prison'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:غويران#1','LOCATION','ghwayran-district'), ('L3:الزهور','LOCATION','al-zuhur'), ('L3:السجن#1','LOCATION','ghwayran-prison'),
 ('L3:قوى الأمن الداخلي','ACTOR',ASY), ('L3:الأسايش','ACTOR',ASY),
 ('L4:قسد','ACTOR','SDF'), ('L4:فرهاد شامي','PERSON','farhad-shami'), ('L4:السجن#0','LOCATION','ghwayran-prison'), ('L4:89','QUANTITY',None,(89,False,'arrested')),
 ('L4:عشرات المسلحين','QUANTITY',None,([24,99],True,'fighters')), ('L4:المسلحين','ACTOR','ISIS'),
 ('L4:المهاجع الشمالية','LOCATION','ghwayran-prison-north-dormitories'), ('L4:السجن#1','LOCATION','ghwayran-prison'),
 ('L5:شامي','PERSON','farhad-shami'), ('L5:مروحيات','WEAPON','helicopters'), ('L5:طائرات','WEAPON','warplanes'), ('L5:التحالف الدولي','ACTOR','COALITION'),
 ('L5:المهاجمين','ACTOR','ISIS'), ('L5:السجن#0','LOCATION','ghwayran-prison'), ('L5:حي الزهور','LOCATION','al-zuhur'), ('L5:قوات أمريكية','ACTOR','US'),
 ('L5:مدرعات "برادلي"','WEAPON','bradley'), ('L5:السجن#1','LOCATION','ghwayran-prison'),
 ('L6:شامي','PERSON','farhad-shami'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:السجن','LOCATION','ghwayran-prison'), ('L6:المهاجمين','ACTOR','ISIS'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:الولايات المتحدة','ACTOR','US'), ('L7:قسد','ACTOR','SDF'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:حي غويران','LOCATION','ghwayran-district'),
 ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L8:28','QUANTITY',None,(28,False,'killed')), ('L8:قسد','ACTOR','SDF'), ('L8:الأسايش','ACTOR',ASY),
 ('L8:45','QUANTITY',None,(45,False,'killed')), ('L8:التنظيم','ACTOR','ISIS'), ('L8:7 مدنيين','QUANTITY',None,(7,False,'killed')),
 ('L8:مئات العائلات','QUANTITY',None,([100,999],True,'people')), ('L8:غويران','LOCATION','ghwayran-district'), ('L8:الزهور','LOCATION','al-zuhur'),
 ('L9:قوى الأمن الداخلي','ACTOR',ASY), ('L9:خمسة عناصر','QUANTITY',None,(5,False,'arrested')), ('L9:لتنظيم','ACTOR','ISIS'),
 ('L9:حي غويران','LOCATION','ghwayran-district'), ('L9:السجن','LOCATION','ghwayran-prison'),
 ('L10:العراق','LOCATION','iraq'), ('L10:قيادة قوات الحدود','ACTOR','IQ_GOV'), ('L10:الشريط الحدودي','LOCATION','iraq-syria-border'), ('L10:سوريا','LOCATION','syria'),
 ('L10:كاميرات حرارية','WEAPON','thermal-cameras'), ('L10:سجن الحسكة','LOCATION','ghwayran-prison'), ('L10:خلية الإعلام الأمني','ACTOR','IQ_GOV'),
 ('L10:الحدود#2','LOCATION','iraq-syria-border'),
 ('L11:سجن غويران','LOCATION','ghwayran-prison'), ('L11:قسد','ACTOR','SDF'), ('L11:نحو 3500 معتقل','QUANTITY',None,(3500,True,'arrested')),
 ('L11:داعش','ACTOR','ISIS'), ('L11:قرابة 700 قاصر','QUANTITY',None,(700,True,'arrested')), ('L11:الإدارة الذاتية','ORG','aanes'),
]
times = [
 ('L2:لليوم الثالث على التوالي', THU+'/'+D, 'day'),
 ('L2:مساء الخميس الماضي', THU, 'part-of-day', {'part':'evening'}),
 ('L7:أمس الجمعة', Y, 'day'),
 ('L8:صباح اليوم السبت', D, 'part-of-day', {'part':'morning'}),
 ('L9:الأسبوع الماضي', '2022-01-10/2022-01-16', 'week'),
]
LS = 'مصادر محلية'
SH = 'فرهاد شامي'
CO = 'التحالف الدولي'
SOHR = 'المرصد السوري لحقوق الإنسان'
ASYS = 'قوى الأمن الداخلي'
BG = 'قيادة قوات الحدود'
SMC = 'خلية الإعلام الأمني'
EVE = 'L2:مساء الخميس الماضي'
events = [
 dict(type='ATTACK', trig='L2:الاشتباكات', time='L2:لليوم الثالث على التوالي', actors=['SDF','ISIS'], loc='L2:سجن غويران'),
 dict(type='ATTACK', trig='L2:هجوم', time=EVE, actors=['ISIS'], targets=['SDF'], loc='L2:السجن'),
 dict(type='ATTACK', trig='L3:تفجير', time=EVE, actors=['ISIS'], targets=[ASY], loc='L3:سجن غويران', attr=LS,
      weapons=['L3:سيارتين مفخختين#0'], qty=['L3:سيارتين مفخختين']),
 dict(type='ATTACK', trig='L3:تشتبك', time=EVE, actors=['ISIS', ASY], loc='L3:غويران#1', attr=LS),
 dict(type='STATEMENT', trig='L4:قال#0', actors=['SDF'], attr=SH),
 dict(type='CONTROL', trig='L4:استعادوا', actors=['SDF'], targets=['ISIS'], loc='L4:السجن#0', attr=SH),
 dict(type='ARREST', trig='L4:اعتقال', actors=['SDF'], attr=SH, qty=['L4:89']),
 dict(type='ARREST', trig='L4:يحتجزون', actors=['ISIS'], loc='L4:السجن#1', attr=SH),
 dict(type='ATTACK', trig='L5:قصف', actors=['COALITION'], targets=['ISIS'], loc='L5:السجن#0', attr=SH, weapons=['L5:مروحيات','L5:طائرات']),
 dict(type='MOVEMENT', trig='L5:انتشار', actors=['US'], loc='L5:السجن#1', attr=SH, weapons=['L5:مدرعات "برادلي"']),
 dict(type='CONTROL', trig='L6:سيطرة', mod='denied', actors=['ISIS'], loc='L6:السجن', attr=SH),
 dict(type='OPERATION', trig='L6:عمليات التمشيط', mod='planned', actors=['SDF'], targets=['ISIS'], loc='L6:السجن', attr=SH),
 dict(type='STATEMENT', trig='L7:أكد', time='L7:أمس الجمعة', actors=['COALITION'], attr=CO),
 dict(type='ATTACK', trig='L7:ضربات جوية', actors=['COALITION'], targets=['ISIS'], attr=CO),
 dict(type='ATTACK', trig='L8:مقتل', attr=SOHR, qty=['L8:28','L8:45','L8:7 مدنيين']),
 dict(type='STATEMENT', trig='L9:أعلنت', time='L9:الأسبوع الماضي', actors=[ASY], attr=ASYS),
 dict(type='ARREST', trig='L9:اعتقال', time='L9:الأسبوع الماضي', actors=[ASY], targets=['ISIS'], loc='L9:حي غويران', attr=ASYS, qty=['L9:خمسة عناصر']),
 dict(type='ATTACK', trig='L9:مهاجمة', mod='planned', actors=['ISIS'], targets=[ASY], loc='L9:السجن', attr=ASYS),
 dict(type='STATEMENT', trig='L10:أعلنت', actors=['IQ_GOV'], attr=BG),
 dict(type='MOVEMENT', trig='L10:تعزيز', actors=['IQ_GOV'], loc='L10:الشريط الحدودي', attr=BG, weapons=['L10:كاميرات حرارية']),
 dict(type='MOVEMENT', trig='L10:تسلل', mod='expected', actors=['ISIS'], loc='L10:الشريط الحدودي', attr=BG),
 dict(type='STATEMENT', trig='L10:أكدت', actors=['IQ_GOV'], attr=SMC),
 dict(type='CONTROL', trig='L10:مؤمنة', actors=['IQ_GOV'], loc='L10:الحدود#2', attr=SMC),
 dict(type='CONTROL', trig='L11:سيطرة', actors=['SDF'], loc='L11:سجن غويران'),
]
IN3 = (THU+'/'+D, 'day')
EV = (THU, 'part-of-day')
OD = (D, 'day')
WK = ('2022-01-10/2022-01-16', 'week')
forces = [
 dict(actor='SDF', loc=('سجن غويران','ghwayran-prison'), as_of=IN3, status='present', line=2, events=[1]),
 dict(actor='ISIS', loc=('سجن غويران','ghwayran-prison'), as_of=IN3, status='present', line=2, events=[1]),
 dict(actor='SDF', assets='السجن', loc=('السجن','ghwayran-prison'), as_of=EV, status='attacked', line=2, events=[2]),
 dict(actor=ASY, assets='حراس السجن، البوابة الرئيسية', loc=('سجن غويران','ghwayran-prison'), as_of=EV, status='attacked', source=LS, line=3, events=[3]),
 dict(actor=ASY, assets='حراس السجن', loc=('سجن غويران','ghwayran-prison'), as_of=EV, status='present', source=LS, line=3, events=[4]),
 dict(actor='ISIS', assets='خلايا التنظيم', loc=('غويران','ghwayran-district'), as_of=EV, status='present', source=LS, line=3, events=[4]),
 dict(actor='ISIS', assets='خلايا التنظيم', loc=('الزهور','al-zuhur'), as_of=EV, status='present', source=LS, line=3, events=[4]),
 dict(actor='SDF', assets='أجزاء واسعة من السجن', loc=('السجن','ghwayran-prison'), as_of=OD, status='controls', source=SH, line=4, events=[6]),
 dict(actor='ISIS', strength=([24,99],True,'fighters'), loc=('المهاجع الشمالية','ghwayran-prison-north-dormitories'), as_of=OD, status='present', source=SH, line=4, events=[8]),
 dict(actor='ISIS', assets='مواقع المهاجمين', loc=('السجن','ghwayran-prison'), as_of=OD, status='attacked', source=SH, line=5, events=[9]),
 dict(actor='ISIS', assets='مواقع المهاجمين', loc=('حي الزهور','al-zuhur'), as_of=OD, status='attacked', source=SH, line=5, events=[9]),
 dict(actor='US', assets='مدرعات برادلي', loc=('السجن','ghwayran-prison'), as_of=OD, status='present', source=SH, line=5, events=[10]),
 dict(actor='ISIS', loc=('حي غويران','ghwayran-district'), as_of=(Y,'day'), status='present', source=CO, line=7, events=[]),
 dict(actor='ISIS', assets='خلية', loc=('حي غويران','ghwayran-district'), as_of=WK, status='present', source=ASYS, line=9, events=[17]),
 dict(actor='IQ_GOV', assets='قطعات إضافية وكاميرات حرارية', loc=('الشريط الحدودي','iraq-syria-border'), as_of=OD, status='reinforced', source=BG, line=10, events=[20]),
 dict(actor='IQ_GOV', loc=('الحدود','iraq-syria-border'), as_of=OD, status='controls', source=SMC, line=10, events=[23]),
 dict(actor='SDF', assets='أكبر السجون', loc=('سجن غويران','ghwayran-prison'), as_of=OD, status='controls', line=11, events=[24]),
]
build('eremnews-ghwayran-prison', None, 'إرم نيوز', D, L, ents, times, events, forces)
