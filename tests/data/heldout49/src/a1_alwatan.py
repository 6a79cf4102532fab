from build import build
L = [
'تعزيزات ضخمة للجيش تصل إلى درعا.. ومصادر «الوطن»: عملية الجنوب باتت مسألة أيام',
'درعا - الوطن',
'واصل الجيش العربي السوري أمس الأربعاء استقدام تعزيزات عسكرية ضخمة إلى ريف درعا الشمالي الشرقي ومحيط مدينة إزرع، تمهيداً لعملية عسكرية مرتقبة تهدف إلى إنهاء وجود التنظيمات الإرهابية في محافظتي درعا والقنيطرة.',
'وأكد مصدر ميداني لـ«الوطن» أن رتلاً يضم أكثر من 150 آلية، بينها دبابات وراجمات صواريخ وناقلات جند، وصل مساء الثلاثاء إلى محيط بلدة الشيخ مسكين قادماً من ريف حمص الشرقي، وانضم إلى وحدات «قوات النمر» المنتشرة منذ أيام على تخوم منطقة اللجاة.',
'وبيّن المصدر أن نحو أربعة آلاف مقاتل من الجيش والقوات الرديفة باتوا يتمركزون على خطوط التماس الممتدة بين إزرع وبلدة خربة غزالة، بانتظار «ساعة الصفر» التي ستحددها القيادة العسكرية «خلال أيام».',
'وفي مدينة درعا، استهدفت المجموعات المسلحة بعدد من القذائف الصاروخية حيي المحطة والسحاري الخاضعين لسيطرة الدولة، ما أدى إلى استشهاد مدنيين اثنين وإصابة سبعة آخرين، بحسب مصدر في قيادة شرطة المحافظة.',
'وردّت وحدات الجيش المرابطة في المدينة باستهداف مواقع الإرهابيين في حي طريق السد ومخيم درعا بالمدفعية الثقيلة، محققة إصابات مباشرة في صفوفهم.',
'وألقت مروحيات الجيش صباح أمس مناشير فوق بلدات الحراك وبصر الحرير وناحتة، تدعو المسلحين إلى تسليم أسلحتهم والانضمام إلى المصالحة قبل بدء العملية.',
'في المقابل، نفى مصدر عسكري ما تروجه وسائل إعلام إسرائيلية عن انتشار مقاتلين من «حزب الله» ومستشارين إيرانيين في ريف درعا، مؤكداً أن «الجيش العربي السوري وحده من سيحرر الجنوب».',
'وفي واشنطن، جددت وزارة الخارجية الأميركية تحذيرها من «إجراءات حازمة ومناسبة» رداً على أي خرق لمنطقة «خفض التصعيد» في جنوب غرب سورية، التي أُعلنت في تموز من العام الماضي باتفاق أميركي روسي أردني.',
'وفي ريف القنيطرة، عززت وحدات الجيش نقاطها في مدينة البعث وبلدة خان أرنبة بنحو 40 آلية ومئات الجنود، في حين نشر جيش الاحتلال الإسرائيلي بطاريات إضافية من منظومة «القبة الحديدية» في الجولان السوري المحتل.',
]
D = '2018-06-14'   # Thursday; Damascus print daily dated the day after the news (أمس = Wednesday 13 June)
WED = '2018-06-13'
TUE = '2018-06-12'
PGM = 'OTHER:pro-government-militias'
ISR = 'OTHER:israel'
JO = 'OTHER:jordan'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:لجيش','ACTOR','SY_GOV'), ('L0:درعا','LOCATION','daraa'), ('L0:الوطن','ORG','alwatan'), ('L0:الجنوب','LOCATION','south-syria'),
 ('L1:درعا','LOCATION','daraa'), ('L1:الوطن','ORG','alwatan'),
 ('L2:الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:ريف درعا الشمالي الشرقي','LOCATION','daraa-northeast-countryside'),
 ('L2:محيط مدينة إزرع','LOCATION','izraa'), ('L2:التنظيمات الإرهابية','ACTOR','FSA'), ('L2:محافظتي درعا','LOCATION','daraa-governorate'),
 ('L2:القنيطرة','LOCATION','quneitra-governorate'),
 ('L3:الوطن','ORG','alwatan'), ('L3:أكثر من 150 آلية','QUANTITY',None,(150,True,'vehicles')), ('L3:آلية','WEAPON','military-vehicles'),
 ('L3:دبابات','WEAPON','tanks'), ('L3:راجمات صواريخ','WEAPON','mrl'), ('L3:ناقلات جند','WEAPON','apcs'),
 ('L3:محيط بلدة الشيخ مسكين','LOCATION','sheikh-miskin'), ('L3:ريف حمص الشرقي','LOCATION','homs-east-countryside'),
 ('L3:قوات النمر','ACTOR','SY_GOV'), ('L3:تخوم منطقة اللجاة','LOCATION','lajat'),
 ('L4:نحو أربعة آلاف مقاتل','QUANTITY',None,(4000,True,'troops')), ('L4:الجيش','ACTOR','SY_GOV'), ('L4:القوات الرديفة','ACTOR',PGM),
 ('L4:خطوط التماس','LOCATION','daraa-frontline'), ('L4:إزرع','LOCATION','izraa'), ('L4:بلدة خربة غزالة','LOCATION','khirbet-ghazaleh'),
 ('L4:القيادة العسكرية','ACTOR','SY_GOV'),
 ('L5:مدينة درعا','LOCATION','daraa'), ('L5:المجموعات المسلحة','ACTOR','FSA'), ('L5:القذائف الصاروخية','WEAPON','rockets'),
 ('L5:حيي المحطة','LOCATION','al-mahatta'), ('L5:السحاري','LOCATION','al-sahari'), ('L5:الدولة','ACTOR','SY_GOV'),
 ('L5:مدنيين اثنين','QUANTITY',None,(2,False,'killed')), ('L5:سبعة','QUANTITY',None,(7,False,'wounded')),
 ('L5:قيادة شرطة المحافظة','ACTOR','SY_GOV'),
 ('L6:وحدات الجيش','ACTOR','SY_GOV'), ('L6:المدينة','LOCATION','daraa'), ('L6:الإرهابيين','ACTOR','FSA'),
 ('L6:حي طريق السد','LOCATION','tariq-al-sadd'), ('L6:مخيم درعا','LOCATION','daraa-camp'), ('L6:المدفعية الثقيلة','WEAPON','heavy-artillery'),
 ('L7:مروحيات','WEAPON','helicopters'), ('L7:الجيش','ACTOR','SY_GOV'), ('L7:بلدات الحراك','LOCATION','al-harak'),
 ('L7:بصر الحرير','LOCATION','busr-al-harir'), ('L7:ناحتة','LOCATION','nahta'),
 ('L8:حزب الله','ACTOR',HZ), ('L8:مستشارين إيرانيين','ACTOR','IR'), ('L8:ريف درعا','LOCATION','daraa-countryside'),
 ('L8:الجيش العربي السوري','ACTOR','SY_GOV'), ('L8:الجنوب','LOCATION','south-syria'),
 ('L9:واشنطن','LOCATION','washington'), ('L9:وزارة الخارجية الأميركية','ACTOR','US'),
 ('L9:منطقة «خفض التصعيد»','LOCATION','southwest-de-escalation-zone'), ('L9:جنوب غرب سورية','LOCATION','southwest-syria'),
 ('L10:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L10:وحدات الجيش','ACTOR','SY_GOV'), ('L10:مدينة البعث','LOCATION','baath-city'),
 ('L10:بلدة خان أرنبة','LOCATION','khan-arnabah'), ('L10:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L10:آلية','WEAPON','military-vehicles'),
 ('L10:مئات الجنود','QUANTITY',None,([100,999],True,'troops')), ('L10:جيش الاحتلال الإسرائيلي','ACTOR',ISR),
 ('L10:منظومة «القبة الحديدية»','WEAPON','iron-dome'), ('L10:الجولان السوري المحتل','LOCATION','golan-heights'),
]
times = [
 ('L2:أمس الأربعاء', WED, 'day'),
 ('L3:مساء الثلاثاء', TUE, 'part-of-day', {'part': 'evening'}),
 ('L3:منذ أيام', None, 'vague', {'relation': 'before'}),
 ('L4:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L7:صباح أمس', WED, 'part-of-day', {'part': 'morning'}),
 ('L9:تموز من العام الماضي', '2017-07', 'month'),
]
Y = 'L2:أمس الأربعاء'
FS = 'مصدر ميداني (الوطن)'
POL = 'مصدر في قيادة شرطة المحافظة'
MS = 'مصدر عسكري'
events = [
 dict(type='MOVEMENT', trig='L2:استقدام', time=Y, actors=['SY_GOV'], loc='L2:ريف درعا الشمالي الشرقي'),                          # 1
 dict(type='OPERATION', trig='L2:عملية عسكرية', mod='planned', actors=['SY_GOV'], targets=['FSA'], loc='L2:محافظتي درعا'),        # 2
 dict(type='MOVEMENT', trig='L3:وصل', time='L3:مساء الثلاثاء', actors=['SY_GOV'], loc='L3:محيط بلدة الشيخ مسكين',
      weapons=['L3:آلية', 'L3:دبابات', 'L3:راجمات صواريخ', 'L3:ناقلات جند'], qty=['L3:أكثر من 150 آلية'], attr=FS),                # 3
 dict(type='MOVEMENT', trig='L3:المنتشرة', time='L3:منذ أيام', actors=['SY_GOV'], loc='L3:تخوم منطقة اللجاة', attr=FS),           # 4
 dict(type='MOVEMENT', trig='L4:يتمركزون', time=Y, actors=['SY_GOV', PGM], loc='L4:خطوط التماس', qty=['L4:نحو أربعة آلاف مقاتل'], attr=FS),  # 5
 dict(type='OPERATION', trig='L4:ساعة الصفر', mod='planned', time='L4:خلال أيام', actors=['SY_GOV'], attr=FS),                     # 6
 dict(type='ATTACK', trig='L5:استهدفت', time=Y, actors=['FSA'], loc='L5:حيي المحطة', weapons=['L5:القذائف الصاروخية'],
      qty=['L5:مدنيين اثنين', 'L5:سبعة'], attr=POL),                                                                               # 7
 dict(type='CONTROL', trig='L5:لسيطرة', time=Y, actors=['SY_GOV'], loc='L5:حيي المحطة', attr=POL),                                  # 8
 dict(type='ATTACK', trig='L6:باستهداف', time=Y, actors=['SY_GOV'], targets=['FSA'], loc='L6:حي طريق السد', weapons=['L6:المدفعية الثقيلة']),  # 9
 dict(type='OPERATION', trig='L7:العملية', mod='planned', actors=['SY_GOV'], targets=['FSA']),                                     # 10
 dict(type='MOVEMENT', trig='L8:انتشار', mod='denied', actors=[HZ, 'IR'], loc='L8:ريف درعا', attr=MS),                             # 11
 dict(type='CONTROL', trig='L8:سيحرر', mod='planned', actors=['SY_GOV'], loc='L8:الجنوب', attr=MS),                                # 12
 dict(type='AGREEMENT', trig='L9:باتفاق', time='L9:تموز من العام الماضي', actors=['US', 'RU', JO], loc='L9:منطقة «خفض التصعيد»'),  # 13
 dict(type='MOVEMENT', trig='L10:عززت', time=Y, actors=['SY_GOV'], loc='L10:مدينة البعث', weapons=['L10:آلية'],
      qty=['L10:نحو 40 آلية', 'L10:مئات الجنود']),                                                                                 # 14
 dict(type='MOVEMENT', trig='L10:نشر', actors=[ISR], loc='L10:الجولان السوري المحتل', weapons=['L10:منظومة «القبة الحديدية»']),  # 15
]
YD = (WED, 'day')
TD = (D, 'day')
forces = [
 dict(actor='SY_GOV', assets='تعزيزات عسكرية ضخمة', loc=('ريف درعا الشمالي الشرقي', 'daraa-northeast-countryside'), as_of=YD, status='reinforced', line=2, events=[1]),
 dict(actor='SY_GOV', assets='تعزيزات عسكرية ضخمة', loc=('محيط مدينة إزرع', 'izraa'), as_of=YD, status='reinforced', line=2, events=[1]),
 dict(actor='SY_GOV', strength=(150, True, 'vehicles'), assets='رتل: دبابات وراجمات صواريخ وناقلات جند', loc=('محيط بلدة الشيخ مسكين', 'sheikh-miskin'),
      as_of=(TUE, 'part-of-day'), status='arrived', source=FS, line=3, events=[3]),
 dict(actor='SY_GOV', assets='قوات النمر', loc=('تخوم منطقة اللجاة', 'lajat'), as_of=(None, 'vague'), status='present', source=FS, line=3, events=[4]),
 dict(actor='SY_GOV', strength=(4000, True, 'troops'), loc=('خطوط التماس', 'daraa-frontline'), as_of=YD, status='present', source=FS, line=4, events=[5]),
 dict(actor=PGM, strength=(4000, True, 'troops'), loc=('خطوط التماس', 'daraa-frontline'), as_of=YD, status='present', source=FS, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('حيي المحطة', 'al-mahatta'), as_of=YD, status='controls', source=POL, line=5, events=[8]),
 dict(actor='SY_GOV', loc=('السحاري', 'al-sahari'), as_of=YD, status='controls', source=POL, line=5, events=[8]),
 dict(actor='SY_GOV', loc=('المدينة', 'daraa'), as_of=YD, status='present', line=6, events=[9]),
 dict(actor='FSA', assets='مواقع', loc=('حي طريق السد', 'tariq-al-sadd'), as_of=YD, status='attacked', line=6, events=[9]),
 dict(actor='FSA', assets='مواقع', loc=('مخيم درعا', 'daraa-camp'), as_of=YD, status='attacked', line=6, events=[9]),
 dict(actor='SY_GOV', strength=(40, True, 'vehicles'), assets='مئات الجنود', loc=('مدينة البعث', 'baath-city'), as_of=YD, status='reinforced', line=10, events=[14]),
 dict(actor='SY_GOV', strength=(40, True, 'vehicles'), assets='مئات الجنود', loc=('بلدة خان أرنبة', 'khan-arnabah'), as_of=YD, status='reinforced', line=10, events=[14]),
 dict(actor=ISR, assets='بطاريات إضافية من منظومة القبة الحديدية', loc=('الجولان السوري المحتل', 'golan-heights'), as_of=YD, status='reinforced', line=10, events=[15]),
]
build('alwatan-daraa-reinforcements', None, 'الوطن', D, L, ents, times, events, forces)
