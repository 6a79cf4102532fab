from build import build
L = [
'إنجاز تسوية داريا.. خروج آخر دفعات المسلحين إلى إدلب والجيش يبدأ تمشيط المدينة',
'استُكمل أمس الجمعة تنفيذ بنود اتفاق التسوية في مدينة داريا بريف دمشق الجنوبي الغربي، حيث خرجت نحو 40 حافلة تقل مسلحي ما يسمى «لواء شهداء الإسلام» وعائلاتهم عبر طريق المعضمية، تمهيداً لإعلان المدينة خالية من السلاح والمسلحين.',
'وقال محافظ ريف دمشق علاء إبراهيم لـ«البعث» إن نحو 700 مسلح سلّموا أسلحتهم الثقيلة والمتوسطة وغادروا مع عائلاتهم إلى محافظة إدلب، في حين نُقل نحو أربعة آلاف مدني إلى مراكز الإقامة المؤقتة في بلدة حرجلة.',
'وأوضح المحافظ أن الاتفاق، الذي جرى التوصل إليه الخميس الماضي، ينص على تسوية أوضاع الراغبين من المسلحين وتسليم خرائط الألغام والأنفاق، على أن تدخل وحدات الجيش العربي السوري وقوى الأمن الداخلي إلى المدينة فور خروج الدفعة الأخيرة.',
'وفي السياق، أفاد مصدر عسكري بأن وحدات الهندسة في الجيش بدأت مساء أمس تمشيط الأحياء الشرقية للمدينة وإزالة العبوات الناسفة والألغام التي زرعتها المجموعات المسلحة، بعد أن أحكمت الطوق على داريا من جهتي المعضمية وصحنايا.',
'وأشار المصدر إلى أن الجيش كان قد سيطر خلال الأسابيع الماضية على كتل أبنية واسعة في محيط جامع المصطفى وحي الجمعيات، ما دفع المسلحين إلى القبول بالتسوية بعد نحو أربع سنوات من الحصار.',
'في المقابل، زعم ما يسمى «المجلس المحلي» لداريا في بيان على صفحته أن الأهالي «أُجبروا على الخروج» تحت القصف، وأن الطيران الحربي ألقى خلال الأسبوع الأخير عشرات البراميل على المدينة، وهو ما نفاه مصدر رسمي جملة وتفصيلاً.',
'وتتجه الأنظار إلى بلدة المعضمية المجاورة، حيث تتواصل المفاوضات لإخراج من يرفض التسوية من المسلحين إلى الشمال، وسط انتشار وحدات من الحرس الجمهوري على أطراف البلدة.',
'إلى ذلك، تصدت وحدات من الجيش أمس لهجوم عنيف شنته مجموعات من «جبهة النصرة» على نقاط عسكرية في محيط كلية المدفعية بالراموسة جنوب غرب حلب، وأوقعت عشرات القتلى في صفوف المهاجمين، وفق ما ذكرت «سانا».',
'ويقدّر مصدر ميداني عدد عناصر الجيش والقوات الرديفة المنتشرين على جبهات جنوب حلب بأكثر من خمسة آلاف مقاتل، يساندهم سلاح الجو الروسي الذي نفذ خلال الأيام الماضية عشرات الطلعات على مواقع «جيش الفتح» في خان طومان والعامرية.',
]
D = '2016-08-27'   # Saturday; print daily, «أمس» is Friday 26 August
FRI = '2016-08-26'
THU = '2016-08-25'
LSI = 'OTHER:liwa-shuhada-al-islam'
PGM = 'OTHER:pro-government-militias'
JAF = 'OTHER:jaish-al-fateh'
ents = [
 ('L0:داريا','LOCATION','darayya'), ('L0:إدلب','LOCATION','idlib'), ('L0:الجيش','ACTOR','SY_GOV'), ('L0:المدينة','LOCATION','darayya'),
 ('L1:مدينة داريا','LOCATION','darayya'), ('L1:ريف دمشق الجنوبي الغربي','LOCATION','damascus-southwest-countryside'),
 ('L1:نحو 40 حافلة','QUANTITY',None,(40,True,'vehicles')), ('L1:لواء شهداء الإسلام','ACTOR',LSI), ('L1:طريق المعضمية','LOCATION','moadamiyeh-road'),
 ('L1:المدينة','LOCATION','darayya'),
 ('L2:علاء إبراهيم','PERSON','alaa-ibrahim'), ('L2:البعث','ORG','al-baath'), ('L2:نحو 700 مسلح','QUANTITY',None,(700,True,'fighters')),
 ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:نحو أربعة آلاف مدني','QUANTITY',None,(4000,True,'people')), ('L2:بلدة حرجلة','LOCATION','harjalleh'),
 ('L3:الألغام','WEAPON','mines'), ('L3:الجيش العربي السوري','ACTOR','SY_GOV'), ('L3:قوى الأمن الداخلي','ACTOR','SY_GOV'), ('L3:المدينة','LOCATION','darayya'),
 ('L4:الجيش','ACTOR','SY_GOV'), ('L4:الأحياء الشرقية للمدينة','LOCATION','darayya-east'), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L4:الألغام','WEAPON','mines'), ('L4:داريا','LOCATION','darayya'), ('L4:المعضمية','LOCATION','moadamiyeh'), ('L4:صحنايا','LOCATION','sahnaya'),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:جامع المصطفى','LOCATION','al-mustafa-mosque'), ('L5:حي الجمعيات','LOCATION','al-jamiyat-darayya'),
 ('L5:نحو أربع سنوات','QUANTITY',None,(4,True,'other')),
 ('L6:المجلس المحلي','ORG','darayya-local-council'), ('L6:داريا','LOCATION','darayya'), ('L6:الطيران الحربي','WEAPON','warplanes'),
 ('L6:عشرات البراميل','QUANTITY',None,([24,99],True,'other')), ('L6:البراميل','WEAPON','barrel-bombs'), ('L6:المدينة','LOCATION','darayya'),
 ('L7:بلدة المعضمية','LOCATION','moadamiyeh'), ('L7:الحرس الجمهوري','ACTOR','SY_GOV'), ('L7:البلدة','LOCATION','moadamiyeh'),
 ('L8:الجيش','ACTOR','SY_GOV'), ('L8:جبهة النصرة','ACTOR','NUSRA'), ('L8:كلية المدفعية','LOCATION','artillery-college-aleppo'),
 ('L8:الراموسة','LOCATION','ramouseh'), ('L8:حلب','LOCATION','aleppo'), ('L8:عشرات القتلى','QUANTITY',None,([24,99],True,'killed')), ('L8:سانا','ORG','sana'),
 ('L9:الجيش','ACTOR','SY_GOV'), ('L9:القوات الرديفة','ACTOR',PGM), ('L9:جنوب حلب','LOCATION','aleppo-south'),
 ('L9:أكثر من خمسة آلاف مقاتل','QUANTITY',None,(5000,True,'fighters')), ('L9:سلاح الجو الروسي','ACTOR','RU'),
 ('L9:عشرات الطلعات','QUANTITY',None,([24,99],True,'other')), ('L9:جيش الفتح','ACTOR',JAF), ('L9:خان طومان','LOCATION','khan-tuman'),
 ('L9:العامرية','LOCATION','al-amiriya'),
]
times = [
 ('L1:أمس الجمعة', FRI, 'day'),
 ('L3:الخميس الماضي', THU, 'day'),
 ('L4:مساء أمس', FRI, 'part-of-day', {'part': 'evening'}),
 ('L5:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
 ('L6:خلال الأسبوع الأخير', '2016-08-20/' + D, 'week'),
 ('L8:أمس', FRI, 'day'),
 ('L9:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
F = 'L1:أمس الجمعة'
TH = 'L3:الخميس الماضي'
GOV = 'علاء إبراهيم'
SRC = 'مصدر عسكري'
LC = 'المجلس المحلي لداريا'
events = [
 dict(type='AGREEMENT', trig='L1:اتفاق', time=TH, actors=['SY_GOV', LSI], loc='L1:مدينة داريا'),                                   # 1
 dict(type='WITHDRAWAL', trig='L1:خرجت', time=F, actors=[LSI], loc='L1:مدينة داريا', qty=['L1:نحو 40 حافلة']),                      # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['SY_GOV'], attr=GOV),                                                             # 3
 dict(type='WITHDRAWAL', trig='L2:غادروا', time=F, actors=[LSI], loc='L2:محافظة إدلب', qty=['L2:نحو 700 مسلح'], attr=GOV),            # 4
 dict(type='AGREEMENT', trig='L3:الاتفاق', time=TH, actors=['SY_GOV', LSI], attr=GOV),                                             # 5
 dict(type='MOVEMENT', trig='L3:تدخل', mod='planned', actors=['SY_GOV'], loc='L3:المدينة', attr=GOV),                               # 6
 dict(type='OPERATION', trig='L4:تمشيط', time='L4:مساء أمس', actors=['SY_GOV'], loc='L4:الأحياء الشرقية للمدينة', attr=SRC),          # 7
 dict(type='OPERATION', trig='L4:الطوق', actors=['SY_GOV'], targets=[LSI], loc='L4:داريا', attr=SRC),                               # 8
 dict(type='CONTROL', trig='L5:سيطر', time='L5:خلال الأسابيع الماضية', actors=['SY_GOV'], targets=[LSI], loc='L5:جامع المصطفى', attr=SRC),  # 9
 dict(type='AGREEMENT', trig='L5:بالتسوية', time=TH, actors=['SY_GOV', LSI], attr=SRC),                                           # 10
 dict(type='OPERATION', trig='L5:الحصار', actors=['SY_GOV'], targets=[LSI], qty=['L5:نحو أربع سنوات'], attr=SRC),                    # 11
 dict(type='STATEMENT', trig='L6:بيان', attr=LC),                                                                                # 12
 dict(type='ATTACK', trig='L6:القصف', actors=['SY_GOV'], attr=LC),                                                               # 13
 dict(type='ATTACK', trig='L6:ألقى', time='L6:خلال الأسبوع الأخير', actors=['SY_GOV'], loc='L6:المدينة',
      weapons=['L6:الطيران الحربي', 'L6:البراميل'], qty=['L6:عشرات البراميل'], attr=LC),                                           # 14
 dict(type='WITHDRAWAL', trig='L7:لإخراج', mod='planned', loc='L7:بلدة المعضمية'),                                                # 15
 dict(type='MOVEMENT', trig='L7:انتشار', actors=['SY_GOV'], loc='L7:البلدة'),                                                     # 16
 dict(type='ATTACK', trig='L8:تصدت', time='L8:أمس', actors=['SY_GOV'], targets=['NUSRA'], loc='L8:كلية المدفعية', qty=['L8:عشرات القتلى'], attr='سانا'),  # 17
 dict(type='ATTACK', trig='L8:لهجوم', time='L8:أمس', actors=['NUSRA'], targets=['SY_GOV'], loc='L8:كلية المدفعية', attr='سانا'),       # 18
 dict(type='MOVEMENT', trig='L9:المنتشرين', actors=['SY_GOV', PGM], loc='L9:جنوب حلب', qty=['L9:أكثر من خمسة آلاف مقاتل'], attr='مصدر ميداني'),  # 19
 dict(type='ATTACK', trig='L9:نفذ', time='L9:خلال الأيام الماضية', actors=['RU'], targets=[JAF], loc='L9:خان طومان', qty=['L9:عشرات الطلعات'], attr='مصدر ميداني'),  # 20
]
FD = (FRI, 'day')
FE = (FRI, 'part-of-day')
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor=LSI, strength=(40, True, 'vehicles'), loc=('مدينة داريا', 'darayya'), as_of=FD, status='withdrawn', line=1, events=[2]),
 dict(actor=LSI, strength=(700, True, 'fighters'), loc=('محافظة إدلب', 'idlib-governorate'), as_of=FD, status='arrived', source=GOV, line=2, events=[4]),
 dict(actor='SY_GOV', loc=('الأحياء الشرقية للمدينة', 'darayya-east'), as_of=FE, status='present', source=SRC, line=4, events=[7]),
 dict(actor='SY_GOV', loc=('المعضمية', 'moadamiyeh'), as_of=FE, status='present', source=SRC, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('صحنايا', 'sahnaya'), as_of=FE, status='present', source=SRC, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('جامع المصطفى', 'al-mustafa-mosque'), as_of=V, status='controls', source=SRC, line=5, events=[9]),
 dict(actor='SY_GOV', loc=('حي الجمعيات', 'al-jamiyat-darayya'), as_of=V, status='controls', source=SRC, line=5, events=[9]),
 dict(actor='SY_GOV', loc=('البلدة', 'moadamiyeh'), as_of=TD, status='present', line=7, events=[16]),
 dict(actor='SY_GOV', loc=('كلية المدفعية', 'artillery-college-aleppo'), as_of=FD, status='present', source='سانا', line=8, events=[17]),
 dict(actor='NUSRA', loc=('كلية المدفعية', 'artillery-college-aleppo'), as_of=FD, status='present', source='سانا', line=8, events=[18]),
 dict(actor='SY_GOV', loc=('كلية المدفعية', 'artillery-college-aleppo'), as_of=FD, status='attacked', source='سانا', line=8, events=[18]),
 dict(actor='SY_GOV', strength=(5000, True, 'fighters'), loc=('جنوب حلب', 'aleppo-south'), as_of=TD, status='present', source='مصدر ميداني', line=9, events=[19]),
 dict(actor=PGM, strength=(5000, True, 'fighters'), loc=('جنوب حلب', 'aleppo-south'), as_of=TD, status='present', source='مصدر ميداني', line=9, events=[19]),
 dict(actor=JAF, loc=('خان طومان', 'khan-tuman'), as_of=V, status='attacked', source='مصدر ميداني', line=9, events=[20]),
 dict(actor=JAF, loc=('العامرية', 'al-amiriya'), as_of=V, status='attacked', source='مصدر ميداني', line=9, events=[20]),
 dict(actor=JAF, loc=('خان طومان', 'khan-tuman'), as_of=V, status='present', source='مصدر ميداني', line=9, events=[20]),
 dict(actor=JAF, loc=('العامرية', 'al-amiriya'), as_of=V, status='present', source='مصدر ميداني', line=9, events=[20]),
]
build('albaath-darayya-settlement', None, 'البعث', D, L, ents, times, events, forces)
