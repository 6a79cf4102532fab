from build import build
L = [
'غارات مجهولة تقتل 18 عنصراً من الميليشيات الإيرانية في البوكمال',
'بيروت - وكالات: قُتل 18 عنصراً على الأقل من الميليشيات الموالية لإيران، ليل الأحد - الاثنين، في غارات شنتها طائرات مجهولة الهوية على مواقع ومستودعات أسلحة تابعة لها في محيط مدينة البوكمال بريف دير الزور الشرقي قرب الحدود العراقية، بحسب المرصد السوري لحقوق الإنسان.',
'وقال مدير المرصد رامي عبدالرحمن إن الغارات طالت ثلاثة مواقع على الأقل لـ"الحرس الثوري" الإيراني وميليشيات عراقية تابعة له في قرية الحمدان وبادية الهري، بينها مستودع للصواريخ، مرجحاً أن تكون الطائرات إسرائيلية.',
'وأوضح عبدالرحمن أن الميليشيات فرضت فجر أمس طوقاً أمنياً حول المواقع المستهدفة ونقلت جثث القتلى إلى مشفى الميادين، قبل أن تسحب عشرات من عناصرها وآلياتها من البوكمال باتجاه مدينة الميادين تحسباً لغارات جديدة.',
'في المقابل، نفى التحالف الدولي لمحاربة "داعش" في بيان مقتضب أمس أن تكون طائراته قد نفذت أي ضربات في منطقة البوكمال خلال الأيام الماضية، فيما التزمت إسرائيل الصمت كعادتها.',
'وكانت شبكة "فوكس نيوز" الأمريكية قد كشفت الأسبوع الماضي، استناداً إلى صور التقطتها أقمار صناعية، أن "الحرس الثوري" يبني قرب معبر البوكمال - القائم قاعدة "الإمام علي" العسكرية، التي تضم أنفاقاً لتخزين صواريخ دقيقة.',
'وعلى الجانب العراقي من الحدود، قال مسؤول في "الحشد الشعبي" لـ"مكة" إن فصائل الحشد دفعت منذ أيام بنحو 1500 مقاتل إلى قضاء القائم لتعزيز انتشارها على الشريط الحدودي، مؤكداً أن افتتاح المعبر أمام حركة المسافرين والبضائع سيتم "نهاية الشهر الجاري" كما هو مقرر.',
'ويأتي ذلك بعد ضربة نفذتها طائرة مسيّرة في 25 أغسطس الماضي على عربتين تابعتين لـ"الحشد الشعبي" في منطقة القائم، أسفرت عن مقتل قيادي في "كتائب حزب الله"، وحمّل "الحشد" إسرائيل المسؤولية عنها.',
'وتتهم دول عربية وغربية طهران بالسعي إلى تأمين ممر بري يربطها بالبحر المتوسط عبر العراق وسوريا ولبنان، فيما تنتشر قوات أمريكية في قاعدة التنف على بعد نحو 240 كيلومتراً جنوب غربي البوكمال.',
]
D = '2019-09-10'   # Tuesday; Saudi print daily dated the day after the news: its «أمس» is Monday 9 September
Y = '2019-09-09'
SUNN = '2019-09-08'
IBM = 'OTHER:iran-backed-militias'
IQM = 'OTHER:iraqi-militias'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
IL = 'OTHER:israel'
ents = [
 ('L0:18 عنصراً','QUANTITY',None,(18,False,'killed')), ('L0:الميليشيات الإيرانية','ACTOR',IBM), ('L0:البوكمال','LOCATION','albu-kamal'),
 ('L1:بيروت','LOCATION','beirut'), ('L1:18 عنصراً على الأقل','QUANTITY',None,(18,True,'killed')),
 ('L1:الميليشيات الموالية لإيران','ACTOR',IBM), ('L1:طائرات مجهولة الهوية','WEAPON','aircraft'),
 ('L1:مدينة البوكمال','LOCATION','albu-kamal'), ('L1:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L1:الحدود العراقية','LOCATION','syria-iraq-border'), ('L1:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L2:المرصد','ORG','sohr'), ('L2:رامي عبدالرحمن','PERSON','rami-abdulrahman'),
 ('L2:ثلاثة مواقع على الأقل','QUANTITY',None,(3,True,'other')), ('L2:الحرس الثوري','ACTOR','IR'),
 ('L2:ميليشيات عراقية','ACTOR',IQM), ('L2:قرية الحمدان','LOCATION','al-hamdan'), ('L2:بادية الهري','LOCATION','al-hari-desert'),
 ('L2:الطائرات','WEAPON','aircraft'),
 ('L3:الميليشيات','ACTOR',IBM), ('L3:المواقع المستهدفة','LOCATION','albu-kamal-targeted-sites'),
 ('L3:مشفى الميادين','LOCATION','mayadin-hospital'), ('L3:عشرات','QUANTITY',None,([24, 99],True,'fighters')),
 ('L3:البوكمال','LOCATION','albu-kamal'), ('L3:مدينة الميادين','LOCATION','mayadin'),
 ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:داعش','ACTOR','ISIS'), ('L4:منطقة البوكمال','LOCATION','albu-kamal'),
 ('L4:إسرائيل','ACTOR',IL),
 ('L5:فوكس نيوز','ORG','fox-news'), ('L5:الحرس الثوري','ACTOR','IR'), ('L5:معبر البوكمال - القائم','LOCATION','albu-kamal-qaim-crossing'),
 ('L5:قاعدة "الإمام علي" العسكرية','LOCATION','imam-ali-base'), ('L5:صواريخ دقيقة','WEAPON','precision-missiles'),
 ('L6:الحدود#0','LOCATION','syria-iraq-border'), ('L6:الحشد الشعبي','ACTOR',PMF), ('L6:مكة','ORG','makkah'),
 ('L6:فصائل الحشد','ACTOR',PMF), ('L6:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')),
 ('L6:قضاء القائم','LOCATION','al-qaim'), ('L6:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L6:المعبر','LOCATION','albu-kamal-qaim-crossing'),
 ('L7:طائرة مسيّرة','WEAPON','drone'), ('L7:عربتين','QUANTITY',None,(2,False,'vehicles')), ('L7:عربتين#0','WEAPON','vehicles'),
 ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:منطقة القائم','LOCATION','al-qaim'), ('L7:كتائب حزب الله','ACTOR',KH),
 ('L7:الحشد#1','ACTOR',PMF), ('L7:إسرائيل','ACTOR',IL),
 ('L8:طهران','ACTOR','IR'), ('L8:البحر المتوسط','LOCATION','mediterranean'), ('L8:العراق','LOCATION','iraq'),
 ('L8:سوريا','LOCATION','syria'), ('L8:لبنان','LOCATION','lebanon'), ('L8:قوات أمريكية','ACTOR','US'),
 ('L8:قاعدة التنف','LOCATION','al-tanf'), ('L8:نحو 240 كيلومتراً','QUANTITY',None,(240,True,'km')), ('L8:البوكمال','LOCATION','albu-kamal'),
]
times = [
 ('L1:ليل الأحد - الاثنين', SUNN, 'part-of-day', {'part': 'night'}),
 ('L3:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L4:أمس', Y, 'day'),
 ('L4:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L5:الأسبوع الماضي', '2019-09-02/2019-09-08', 'week'),
 ('L6:منذ أيام', None, 'vague', {'relation': 'before'}),
 ('L6:نهاية الشهر الجاري', '2019-09', 'month'),
 ('L7:25 أغسطس الماضي', '2019-08-25', 'day'),
]
N = 'L1:ليل الأحد - الاثنين'
SOHR = 'المرصد السوري لحقوق الإنسان'
RAMI = 'رامي عبدالرحمن (المرصد السوري لحقوق الإنسان)'
PMFSRC = 'مسؤول في الحشد الشعبي (مكة)'
events = [
 dict(type='ATTACK', trig='L1:غارات', time=N, actors=['UNKNOWN'], targets=[IBM], loc='L1:مدينة البوكمال',
      weapons=['L1:طائرات مجهولة الهوية'], qty=['L1:18 عنصراً على الأقل'], attr=SOHR),                                           # 1
 dict(type='ATTACK', trig='L2:الغارات', time=N, actors=['UNKNOWN'], targets=['IR', IQM], loc='L2:قرية الحمدان',
      weapons=['L2:الطائرات'], qty=['L2:ثلاثة مواقع على الأقل'], attr=RAMI),                                                    # 2
 dict(type='OPERATION', trig='L3:طوقاً أمنياً', time='L3:فجر أمس', actors=[IBM], loc='L3:المواقع المستهدفة', attr=RAMI),        # 3
 dict(type='WITHDRAWAL', trig='L3:تسحب', time='L3:فجر أمس', actors=[IBM], loc='L3:البوكمال', qty=['L3:عشرات'], attr=RAMI),       # 4
 dict(type='ATTACK', trig='L3:لغارات', mod='expected', targets=[IBM], attr=RAMI),                                              # 5
 dict(type='STATEMENT', trig='L4:بيان', time='L4:أمس', actors=['COALITION'], attr='التحالف الدولي'),                            # 6
 dict(type='ATTACK', trig='L4:ضربات', mod='denied', time='L4:خلال الأيام الماضية', actors=['COALITION'], loc='L4:منطقة البوكمال',
      attr='التحالف الدولي'),                                                                                                   # 7
 dict(type='BASE', trig='L5:يبني', time='L5:الأسبوع الماضي', actors=['IR'], loc='L5:قاعدة "الإمام علي" العسكرية', attr='فوكس نيوز'),  # 8
 dict(type='MOVEMENT', trig='L6:دفعت', time='L6:منذ أيام', actors=[PMF], loc='L6:قضاء القائم', qty=['L6:نحو 1500 مقاتل'], attr=PMFSRC),  # 9
 dict(type='ATTACK', trig='L7:ضربة', time='L7:25 أغسطس الماضي', targets=[PMF, KH], loc='L7:منطقة القائم',
      weapons=['L7:طائرة مسيّرة'], qty=['L7:عربتين']),                                                                            # 10
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['US'], loc='L8:قاعدة التنف'),                                                 # 11
]
NP = (SUNN, 'part-of-day')
forces = [
 dict(actor=IBM, assets='مواقع ومستودعات أسلحة', loc=('مدينة البوكمال', 'albu-kamal'), as_of=NP, status='attacked', source=SOHR, line=1, events=[1]),
 dict(actor='IR', assets='مواقع', loc=('قرية الحمدان', 'al-hamdan'), as_of=NP, status='attacked', source=RAMI, line=2, events=[2]),
 dict(actor='IR', assets='مواقع', loc=('بادية الهري', 'al-hari-desert'), as_of=NP, status='attacked', source=RAMI, line=2, events=[2]),
 dict(actor=IQM, assets='مواقع', loc=('قرية الحمدان', 'al-hamdan'), as_of=NP, status='attacked', source=RAMI, line=2, events=[2]),
 dict(actor=IQM, assets='مواقع', loc=('بادية الهري', 'al-hari-desert'), as_of=NP, status='attacked', source=RAMI, line=2, events=[2]),
 dict(actor=IBM, assets='طوق أمني', loc=('المواقع المستهدفة', 'albu-kamal-targeted-sites'), as_of=(Y, 'part-of-day'), status='present',
      source=RAMI, line=3, events=[3]),
 dict(actor=IBM, strength=([24, 99], True, 'fighters'), assets='عناصر وآليات', loc=('البوكمال', 'albu-kamal'), as_of=(Y, 'part-of-day'),
      status='withdrawn', source=RAMI, line=3, events=[4]),
 dict(actor='IR', assets='قاعدة "الإمام علي" (قيد البناء)', loc=('قاعدة "الإمام علي" العسكرية', 'imam-ali-base'),
      as_of=('2019-09-02/2019-09-08', 'week'), status='present', source='فوكس نيوز', line=5, events=[8]),
 dict(actor=PMF, strength=(1500, True, 'fighters'), loc=('قضاء القائم', 'al-qaim'), as_of=(None, 'vague'), status='reinforced',
      source=PMFSRC, line=6, events=[9]),
 dict(actor=PMF, loc=('الشريط الحدودي', 'syria-iraq-border'), as_of=(D, 'day'), status='present', source=PMFSRC, line=6, events=[9]),
 dict(actor=PMF, assets='عربتان', loc=('منطقة القائم', 'al-qaim'), as_of=('2019-08-25', 'day'), status='attacked', line=7, events=[10]),
 dict(actor='US', loc=('قاعدة التنف', 'al-tanf'), as_of=(D, 'day'), status='present', line=8, events=[11]),
]
build('makkah-albu-kamal-strikes', None, 'مكة', D, L, ents, times, events, forces)
