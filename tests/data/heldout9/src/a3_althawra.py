from build import build
L = [
'جيشنا الباسل يكسر طوق "داعش" عن دير الزور ويلتقي بالقوات المرابطة في اللواء 137',
'دمشق - الثورة',
'كسرت وحدات من الجيش العربي السوري، بالتعاون مع القوات الرديفة والحليفة، أمس، الطوق الذي فرضه تنظيم "داعش" الإرهابي على مدينة دير الزور منذ مطلع عام 2015، والتقت بالقوات المرابطة في مقر اللواء 137 على الأطراف الغربية للمدينة.',
'وأوضح مصدر عسكري لـ"الثورة" أن وحدات "قوات النمر" بقيادة العميد سهيل الحسن تقدمت على محور كباجب – الشولا وقطعت نحو 20 كيلومتراً خلال الأيام الثلاثة الماضية، بإسناد من الطيران الحربي السوري والطيران الروسي.',
'وأضاف المصدر أن وحدات الهندسة تعمل على تفكيك الألغام والعبوات الناسفة التي زرعها الإرهابيون على جانبي الطريق، تمهيداً لإيصال المواد الغذائية والطبية إلى نحو 93 ألف مدني محاصرين في الأحياء الغربية من المدينة.',
'وفي السياق، أعلنت وزارة الدفاع الروسية أن الفرقاطة "الأميرال إيسن" أطلقت من شرق البحر المتوسط صواريخ مجنحة من طراز "كاليبر" على مواقع لتنظيم "داعش" في محيط دير الزور، ما أدى إلى تدمير مراكز قيادة واتصالات ومستودعات أسلحة.',
'وأجرى السيد الرئيس بشار الأسد اتصالاً هاتفياً بقادة القوات العاملة في دير الزور، مؤكداً أن الجيش "سيواصل معركته حتى تحرير كل شبر من الأراضي السورية".',
'كما تلقى الرئيس الأسد برقية تهنئة من الرئيس الروسي فلاديمير بوتين، أكد فيها استمرار دعم روسيا لسورية في "مكافحة الإرهاب"، بحسب ما أفاد الكرملين.',
'في المقابل، زعم تنظيم "داعش"، عبر وكالة "أعماق"، أن مسلحيه شنوا هجوماً معاكساً على نقاط الجيش في محيط مطار دير الزور العسكري، وهو ما نفاه المصدر العسكري، مؤكداً أن "الوضع في المطار مستقر بالكامل".',
'ويتحصن في المطار، المحاصر منذ كانون الثاني 2016، نحو ألفي عنصر من الحرس الجمهوري بقيادة اللواء عصام زهر الدين، يتصدون لهجمات متكررة يشنها التنظيم بالسيارات المفخخة.',
'وتوقع المصدر أن تتابع وحدات الجيش تقدمها خلال الأيام المقبلة لفك الحصار عن المطار وتأمين طريق دير الزور – تدمر بالكامل، تمهيداً لعبور نهر الفرات نحو ريف المحافظة الشرقي.',
]
D = '2017-09-06'   # Wednesday; a print daily: its أمس is Tuesday 2017-09-05
Y = '2017-09-05'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:دير الزور','LOCATION','deir-ez-zor'), ('L0:القوات المرابطة','ACTOR','SY_GOV'),
 ('L0:اللواء 137','LOCATION','brigade-137-base'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:الثورة','ORG','althawra'),
 ('L2:الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:القوات الرديفة','ACTOR',PGM), ('L2:تنظيم "داعش"','ACTOR','ISIS'),
 ('L2:مدينة دير الزور','LOCATION','deir-ez-zor'), ('L2:القوات المرابطة','ACTOR','SY_GOV'), ('L2:مقر اللواء 137','LOCATION','brigade-137-base'),
 ('L2:الأطراف الغربية للمدينة','LOCATION','deir-ez-zor-western-outskirts'),
 ('L3:الثورة','ORG','althawra'), ('L3:قوات النمر','ACTOR','SY_GOV'), ('L3:سهيل الحسن','PERSON','suheil-al-hassan'),
 ('L3:كباجب','LOCATION','kabajib'), ('L3:الشولا','LOCATION','al-shula'), ('L3:نحو 20 كيلومتراً','QUANTITY',None,(20,True,'km')),
 ('L3:الطيران الحربي السوري','ACTOR','SY_GOV'), ('L3:الطيران الروسي','ACTOR','RU'),
 ('L4:وحدات الهندسة','ACTOR','SY_GOV'), ('L4:الألغام','WEAPON','mines'), ('L4:العبوات الناسفة','WEAPON','ieds'), ('L4:الإرهابيون','ACTOR','ISIS'),
 ('L4:الطريق','LOCATION','palmyra-deir-ez-zor-road'), ('L4:نحو 93 ألف مدني','QUANTITY',None,(93000,True,'people')),
 ('L4:الأحياء الغربية','LOCATION','deir-ez-zor-western-districts'), ('L4:المدينة','LOCATION','deir-ez-zor'),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:الفرقاطة "الأميرال إيسن"','WEAPON','admiral-essen-frigate'),
 ('L5:شرق البحر المتوسط','LOCATION','eastern-mediterranean'), ('L5:صواريخ مجنحة من طراز "كاليبر"','WEAPON','kalibr'),
 ('L5:تنظيم "داعش"','ACTOR','ISIS'), ('L5:دير الزور','LOCATION','deir-ez-zor'),
 ('L6:بشار الأسد','PERSON','bashar-al-assad'), ('L6:القوات العاملة','ACTOR','SY_GOV'), ('L6:دير الزور','LOCATION','deir-ez-zor'),
 ('L6:الجيش','ACTOR','SY_GOV'), ('L6:الأراضي السورية','LOCATION','syria'),
 ('L7:الأسد','PERSON','bashar-al-assad'), ('L7:فلاديمير بوتين','PERSON','vladimir-putin'), ('L7:روسيا','ACTOR','RU'),
 ('L7:سورية','ACTOR','SY_GOV'), ('L7:الكرملين','ACTOR','RU'),
 ('L8:تنظيم "داعش"','ACTOR','ISIS'), ('L8:أعماق','ORG','amaq'), ('L8:الجيش','ACTOR','SY_GOV'),
 ('L8:مطار دير الزور العسكري','LOCATION','deir-ez-zor-airbase'), ('L8:المطار','LOCATION','deir-ez-zor-airbase'),
 ('L9:المطار','LOCATION','deir-ez-zor-airbase'), ('L9:نحو ألفي عنصر','QUANTITY',None,(2000,True,'troops')),
 ('L9:الحرس الجمهوري','ACTOR','SY_GOV'), ('L9:عصام زهر الدين','PERSON','issam-zahreddine'), ('L9:التنظيم','ACTOR','ISIS'),
 ('L9:السيارات المفخخة','WEAPON','car-bombs'),
 ('L10:الجيش','ACTOR','SY_GOV'), ('L10:المطار','LOCATION','deir-ez-zor-airbase'), ('L10:دير الزور','LOCATION','deir-ez-zor'),
 ('L10:تدمر','LOCATION','palmyra'), ('L10:نهر الفرات','LOCATION','euphrates'), ('L10:ريف المحافظة الشرقي','LOCATION','deir-ez-zor-east-countryside'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:منذ مطلع عام 2015', '2015-01/2017-09', 'month'),
 ('L3:خلال الأيام الثلاثة الماضية', '2017-09-03/'+D, 'day'),
 ('L9:منذ كانون الثاني 2016', '2016-01/2017-09', 'month'),
 ('L10:خلال الأيام المقبلة', D+'/', 'vague', {'relation':'after'}),
]
SRC = 'مصدر عسكري (الثورة)'
MOD = 'وزارة الدفاع الروسية'
AMAQ = 'تنظيم داعش (أعماق)'
events = [
 dict(type='OPERATION', trig='L2:كسرت', time='L2:أمس', actors=['SY_GOV', PGM], targets=['ISIS'], loc='L2:مدينة دير الزور'),
 dict(type='OPERATION', trig='L2:الطوق', time='L2:منذ مطلع عام 2015', actors=['ISIS'], targets=['SY_GOV'], loc='L2:مدينة دير الزور'),
 dict(type='MOVEMENT', trig='L2:التقت', time='L2:أمس', actors=['SY_GOV'], loc='L2:مقر اللواء 137'),
 dict(type='MOVEMENT', trig='L3:تقدمت', time='L3:خلال الأيام الثلاثة الماضية', actors=['SY_GOV','RU'], loc='L3:الشولا', attr=SRC,
      qty=['L3:نحو 20 كيلومتراً']),
 dict(type='OPERATION', trig='L4:تفكيك', actors=['SY_GOV'], loc='L4:الطريق', attr=SRC),
 dict(type='OPERATION', trig='L4:محاصرين', time='L2:منذ مطلع عام 2015', actors=['ISIS'], targets=['SY_GOV'], loc='L4:الأحياء الغربية', attr=SRC, qty=['L4:نحو 93 ألف مدني']),
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['RU'], attr=MOD),
 dict(type='ATTACK', trig='L5:أطلقت', actors=['RU'], targets=['ISIS'], loc='L5:دير الزور', attr=MOD,
      weapons=['L5:الفرقاطة "الأميرال إيسن"','L5:صواريخ مجنحة من طراز "كاليبر"']),
 dict(type='STATEMENT', trig='L6:مؤكداً', actors=['SY_GOV'], attr='بشار الأسد'),
 dict(type='OPERATION', trig='L6:معركته', mod='planned', actors=['SY_GOV'], targets=['ISIS'], loc='L6:الأراضي السورية', attr='بشار الأسد'),
 dict(type='STATEMENT', trig='L7:أكد', actors=['RU'], attr='فلاديمير بوتين (الكرملين)'),
 dict(type='STATEMENT', trig='L8:زعم', actors=['ISIS'], attr=AMAQ),
 dict(type='ATTACK', trig='L8:هجوماً معاكساً', actors=['ISIS'], targets=['SY_GOV'], loc='L8:مطار دير الزور العسكري', attr=AMAQ),
 dict(type='OPERATION', trig='L9:المحاصر', time='L9:منذ كانون الثاني 2016', actors=['ISIS'], targets=['SY_GOV'], loc='L9:المطار'),
 dict(type='ATTACK', trig='L9:يتصدون', actors=['SY_GOV'], targets=['ISIS'], loc='L9:المطار'),
 dict(type='ATTACK', trig='L9:هجمات', actors=['ISIS'], targets=['SY_GOV'], loc='L9:المطار', weapons=['L9:السيارات المفخخة']),
 dict(type='MOVEMENT', trig='L10:تقدمها', mod='planned', time='L10:خلال الأيام المقبلة', actors=['SY_GOV'], loc='L10:المطار', attr=SRC),
]
YD = (Y, 'day')
OD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة دير الزور','deir-ez-zor'), as_of=YD, status='present', line=2, events=[1]),
 dict(actor=PGM, loc=('مدينة دير الزور','deir-ez-zor'), as_of=YD, status='present', line=2, events=[1]),
 dict(actor='ISIS', assets='طوق', loc=('مدينة دير الزور','deir-ez-zor'), as_of=('2015-01/2017-09','month'), status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مقر اللواء 137','brigade-137-base'), as_of=YD, status='arrived', line=2, events=[3]),
 dict(actor='SY_GOV', assets='القوات المرابطة', loc=('مقر اللواء 137','brigade-137-base'), as_of=YD, status='present', line=2, events=[3]),
 dict(actor='SY_GOV', assets='قوات النمر', loc=('محور كباجب – الشولا','kabajib-shula-axis'), as_of=('2017-09-03/'+D, 'day'), status='present',
      source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('الطريق','palmyra-deir-ez-zor-road'), as_of=OD, status='present', source=SRC, line=4, events=[5]),
 dict(actor='ISIS', loc=('الأحياء الغربية','deir-ez-zor-western-districts'), as_of=('2015-01/2017-09','month'), status='present', source=SRC, line=4, events=[6]),
 dict(actor='ISIS', assets='مواقع', loc=('دير الزور','deir-ez-zor'), as_of=OD, status='attacked', source=MOD, line=5, events=[8]),
 dict(actor='SY_GOV', loc=('دير الزور','deir-ez-zor'), as_of=OD, status='present', source='بشار الأسد', line=6, events=[]),
 dict(actor='SY_GOV', assets='نقاط', loc=('مطار دير الزور العسكري','deir-ez-zor-airbase'), as_of=OD, status='attacked', source=AMAQ, line=8, events=[13]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), assets='الحرس الجمهوري', loc=('المطار','deir-ez-zor-airbase'), as_of=OD, status='present',
      line=9, events=[15]),
 dict(actor='ISIS', loc=('المطار','deir-ez-zor-airbase'), as_of=('2016-01/2017-09','month'), status='present', line=9, events=[14, 16]),
 dict(actor='SY_GOV', loc=('المطار','deir-ez-zor-airbase'), as_of=OD, status='attacked', line=9, events=[16]),
]
build('althawra-deir-ez-zor-siege', None, 'الثورة', D, L, ents, times, events, forces)
