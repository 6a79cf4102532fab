from build import build
L = [
'"جيش الفتح" يسيطر على جسر الشغور.. ومئات من عناصر النظام محاصرون في المشفى الوطني',
'زمان الوصل - خاص',
'سيطرت فصائل "جيش الفتح"، أمس السبت، على مدينة جسر الشغور في ريف إدلب الغربي بشكل كامل، بعد معارك عنيفة مع قوات النظام بدأت فجر الخميس الماضي، وذلك بعد سيطرتها على مدينة إدلب، مركز المحافظة، أواخر آذار/مارس الماضي.',
'وقال مراسل "زمان الوصل" في ريف إدلب إن مقاتلي "جبهة النصرة" و"حركة أحرار الشام" اقتحموا المدينة من محورين، بعد تمهيد بعشرات القذائف والصواريخ محلية الصنع استهدف حاجز العلاوين ومبنى الأمن العسكري.',
'وأضاف أن المعارك أسفرت عن مقتل أكثر من 60 عنصراً من قوات النظام وأسر 15 آخرين، فيما خسرت الفصائل 23 مقاتلاً، وغنمت 4 دبابات ومدفعاً ميدانياً.',
'وتحصن نحو 250 عنصراً من قوات النظام، بينهم ضباط، مع عدد من عائلاتهم داخل مبنى المشفى الوطني في الطرف الجنوبي الغربي من المدينة، حيث يحاصرهم مقاتلو "جيش الفتح" منذ مساء أمس، بحسب ناشطين.',
'في المقابل، شن الطيران المروحي التابع للنظام أكثر من 20 غارة بالبراميل المتفجرة على أحياء جسر الشغور ومواقع الفصائل في محيطها منذ صباح اليوم الأحد، كما استهدف الطيران الحربي بلدتي بداما والناجية في ريف المدينة الغربي، ما أدى إلى مقتل 7 مدنيين، وفق مركز إدلب الإعلامي.',
'ونقلت وكالة "سانا" التابعة للنظام عن مصدر عسكري قوله إن وحدات الجيش "أعادت انتشارها" في محيط جسر الشغور "حفاظاً على أرواح المدنيين"، نافياً سيطرة "الإرهابيين" على المشفى الوطني، ومؤكداً أن "تعزيزات كبيرة" في طريقها إلى المنطقة.',
'وأفادت مصادر محلية بأن رتلاً لقوات النظام يضم نحو 30 آلية، بينها دبابات وعربات "شيلكا"، وصل مساء أمس إلى معسكر القرميد قرب أريحا قادماً من معسكر المسطومة، تحسباً لهجوم متوقع لـ"جيش الفتح" على المعسكر.',
'من جهته، أعلن "جيش الفتح" في بيان أن مقاتليه "سيواصلون المعركة" باتجاه معسكر القرميد ومدينة أريحا، داعياً عناصر النظام المحاصرين في المشفى الوطني إلى "تسليم أنفسهم مقابل الأمان".',
'ويسيطر "جيش الفتح"، الذي تشكل في آذار الماضي من سبعة فصائل أبرزها "جبهة النصرة" و"أحرار الشام" و"جند الأقصى"، على معظم ريف إدلب، في حين لا تزال قوات النظام تحتفظ بمدينة أريحا ومعسكري المسطومة والقرميد وبلدتي الفوعة وكفريا.',
]
D = '2015-04-26'
Y = '2015-04-25'
JF = 'OTHER:jaish-al-fateh'
AH = 'OTHER:ahrar-al-sham'
JA = 'OTHER:jund-al-aqsa'
ents = [
 ('L0:جيش الفتح','ACTOR',JF), ('L0:جسر الشغور','LOCATION','jisr-al-shughur'), ('L0:مئات','QUANTITY',None,([100,999],True,'troops')),
 ('L0:النظام','ACTOR','SY_GOV'), ('L0:المشفى الوطني','LOCATION','jisr-national-hospital'),
 ('L1:زمان الوصل','ORG','zaman-alwasl'),
 ('L2:فصائل "جيش الفتح"','ACTOR',JF), ('L2:مدينة جسر الشغور','LOCATION','jisr-al-shughur'), ('L2:ريف إدلب الغربي','LOCATION','idlib-west-countryside'),
 ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:مدينة إدلب','LOCATION','idlib'), ('L2:المحافظة','LOCATION','idlib-governorate'),
 ('L3:زمان الوصل','ORG','zaman-alwasl'), ('L3:ريف إدلب','LOCATION','idlib-countryside'), ('L3:جبهة النصرة','ACTOR','NUSRA'),
 ('L3:حركة أحرار الشام','ACTOR',AH), ('L3:المدينة','LOCATION','jisr-al-shughur'), ('L3:محورين','QUANTITY',None,(2,False,'other')),
 ('L3:عشرات القذائف','QUANTITY',None,([24,99],True,'other')), ('L3:القذائف','WEAPON','shells'), ('L3:الصواريخ محلية الصنع','WEAPON','improvised-rockets'),
 ('L3:حاجز العلاوين','LOCATION','alawin-checkpoint'), ('L3:مبنى الأمن العسكري','LOCATION','jisr-military-security-building'),
 ('L4:أكثر من 60 عنصراً','QUANTITY',None,(60,True,'killed')), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:15 آخرين','QUANTITY',None,(15,False,'arrested')),
 ('L4:الفصائل','ACTOR',JF), ('L4:23 مقاتلاً','QUANTITY',None,(23,False,'killed')), ('L4:4 دبابات','QUANTITY',None,(4,False,'vehicles')),
 ('L4:دبابات','WEAPON','tanks'), ('L4:مدفعاً ميدانياً','WEAPON','field-gun'),
 ('L5:نحو 250 عنصراً','QUANTITY',None,(250,True,'troops')), ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:مبنى المشفى الوطني','LOCATION','jisr-national-hospital'),
 ('L5:المدينة','LOCATION','jisr-al-shughur'), ('L5:جيش الفتح','ACTOR',JF),
 ('L6:الطيران المروحي','ACTOR','SY_GOV'), ('L6:لنظام','ACTOR','SY_GOV'), ('L6:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')),
 ('L6:البراميل المتفجرة','WEAPON','barrel-bombs'), ('L6:أحياء جسر الشغور','LOCATION','jisr-al-shughur-neighbourhoods'), ('L6:الفصائل','ACTOR',JF),
 ('L6:الطيران الحربي','ACTOR','SY_GOV'), ('L6:بداما','LOCATION','bdama'), ('L6:الناجية','LOCATION','al-najiya'),
 ('L6:ريف المدينة الغربي','LOCATION','jisr-al-shughur-west-countryside'), ('L6:7 مدنيين','QUANTITY',None,(7,False,'killed')),
 ('L6:مركز إدلب الإعلامي','ORG','idlib-media-center'),
 ('L7:سانا','ORG','sana'), ('L7:الجيش','ACTOR','SY_GOV'), ('L7:جسر الشغور','LOCATION','jisr-al-shughur'), ('L7:الإرهابيين','ACTOR',JF),
 ('L7:المشفى الوطني','LOCATION','jisr-national-hospital'), ('L7:المنطقة','LOCATION','jisr-al-shughur-area'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'),
 ('L8:دبابات','WEAPON','tanks'), ('L8:عربات "شيلكا"','WEAPON','shilka'), ('L8:معسكر القرميد','LOCATION','qarmid-camp'), ('L8:أريحا','LOCATION','ariha'),
 ('L8:معسكر المسطومة','LOCATION','mastouma-camp'), ('L8:جيش الفتح','ACTOR',JF), ('L8:المعسكر','LOCATION','qarmid-camp'),
 ('L9:جيش الفتح','ACTOR',JF), ('L9:معسكر القرميد','LOCATION','qarmid-camp'), ('L9:مدينة أريحا','LOCATION','ariha'), ('L9:النظام','ACTOR','SY_GOV'),
 ('L9:المشفى الوطني','LOCATION','jisr-national-hospital'),
 ('L10:جيش الفتح','ACTOR',JF), ('L10:سبعة فصائل','QUANTITY',None,(7,False,'other')), ('L10:جبهة النصرة','ACTOR','NUSRA'),
 ('L10:أحرار الشام','ACTOR',AH), ('L10:جند الأقصى','ACTOR',JA), ('L10:ريف إدلب','LOCATION','idlib-countryside'), ('L10:قوات النظام','ACTOR','SY_GOV'),
 ('L10:مدينة أريحا','LOCATION','ariha'), ('L10:المسطومة','LOCATION','mastouma-camp'), ('L10:القرميد','LOCATION','qarmid-camp'),
 ('L10:الفوعة','LOCATION','al-fuaa'), ('L10:كفريا','LOCATION','kafraya'),
]
times = [
 ('L2:أمس السبت', Y, 'day'),
 ('L2:فجر الخميس الماضي', '2015-04-23', 'part-of-day', {'part':'morning'}),
 ('L2:أواخر آذار/مارس الماضي', '2015-03', 'month'),
 ('L5:منذ مساء أمس', Y+'/'+D, 'part-of-day', {'part':'evening'}),
 ('L6:منذ صباح اليوم الأحد', D+'/'+D, 'part-of-day', {'part':'morning'}),
 ('L8:مساء أمس', Y, 'part-of-day', {'part':'evening'}),
 ('L10:آذار الماضي', '2015-03', 'month'),
]
REP = 'مراسل زمان الوصل'
ACT = 'ناشطون'
IMC = 'مركز إدلب الإعلامي'
SAN = 'مصدر عسكري (سانا)'
LS = 'مصادر محلية'
JFS = 'جيش الفتح'
SIEGE = 'L5:منذ مساء أمس'
events = [
 dict(type='CONTROL', trig='L2:سيطرت#0', time='L2:أمس السبت', actors=[JF], targets=['SY_GOV'], loc='L2:مدينة جسر الشغور'),
 dict(type='ATTACK', trig='L2:معارك', time='L2:فجر الخميس الماضي', actors=[JF, 'SY_GOV'], loc='L2:مدينة جسر الشغور'),
 dict(type='CONTROL', trig='L2:سيطرتها', time='L2:أواخر آذار/مارس الماضي', actors=[JF], loc='L2:مدينة إدلب'),
 dict(type='ATTACK', trig='L3:اقتحموا', time='L2:أمس السبت', actors=['NUSRA', AH], targets=['SY_GOV'], loc='L3:المدينة', attr=REP, qty=['L3:محورين']),
 dict(type='ATTACK', trig='L3:تمهيد', time='L2:أمس السبت', actors=['NUSRA', AH], targets=['SY_GOV'], loc='L3:حاجز العلاوين', attr=REP,
      weapons=['L3:القذائف', 'L3:الصواريخ محلية الصنع'], qty=['L3:عشرات القذائف']),
 dict(type='ATTACK', trig='L4:المعارك', actors=[JF, 'SY_GOV'], attr=REP, qty=['L4:أكثر من 60 عنصراً', 'L4:23 مقاتلاً']),
 dict(type='ARREST', trig='L4:أسر', actors=[JF], targets=['SY_GOV'], attr=REP, qty=['L4:15 آخرين']),
 dict(type='OPERATION', trig='L5:يحاصرهم', time=SIEGE, actors=[JF], targets=['SY_GOV'], loc='L5:مبنى المشفى الوطني', attr=ACT, qty=['L5:نحو 250 عنصراً']),
 dict(type='ATTACK', trig='L6:غارة', time='L6:منذ صباح اليوم الأحد', actors=['SY_GOV'], targets=[JF], loc='L6:أحياء جسر الشغور', attr=IMC,
      weapons=['L6:البراميل المتفجرة'], qty=['L6:أكثر من 20 غارة']),
 dict(type='ATTACK', trig='L6:استهدف', actors=['SY_GOV'], loc='L6:بداما', attr=IMC, qty=['L6:7 مدنيين']),
 dict(type='MOVEMENT', trig='L7:أعادت انتشارها', actors=['SY_GOV'], loc='L7:جسر الشغور', attr=SAN),
 dict(type='CONTROL', trig='L7:سيطرة', mod='denied', actors=[JF], targets=['SY_GOV'], loc='L7:المشفى الوطني', attr=SAN),
 dict(type='MOVEMENT', trig='L7:في طريقها', mod='planned', actors=['SY_GOV'], loc='L7:المنطقة', attr=SAN),
 dict(type='MOVEMENT', trig='L8:وصل', time='L8:مساء أمس', actors=['SY_GOV'], loc='L8:معسكر القرميد', attr=LS,
      weapons=['L8:آلية', 'L8:دبابات', 'L8:عربات "شيلكا"'], qty=['L8:نحو 30 آلية']),
 dict(type='ATTACK', trig='L8:هجوم', mod='expected', actors=[JF], targets=['SY_GOV'], loc='L8:المعسكر', attr=LS),
 dict(type='STATEMENT', trig='L9:أعلن', actors=[JF], attr=JFS),
 dict(type='OPERATION', trig='L9:المعركة', mod='planned', actors=[JF], targets=['SY_GOV'], loc='L9:معسكر القرميد', attr=JFS),
 dict(type='OPERATION', trig='L9:المحاصرين', time=SIEGE, actors=[JF], targets=['SY_GOV'], loc='L9:المشفى الوطني', attr=JFS),
 dict(type='CONTROL', trig='L10:يسيطر', actors=[JF], loc='L10:ريف إدلب'),
 dict(type='AGREEMENT', trig='L10:تشكل', time='L10:آذار الماضي', actors=['NUSRA', AH, JA]),
 dict(type='CONTROL', trig='L10:تحتفظ', actors=['SY_GOV'], loc='L10:مدينة أريحا'),
]
OD = (D, 'day')
YD = (Y, 'day')
TH = ('2015-04-23', 'part-of-day')
SG = (Y+'/'+D, 'part-of-day')
forces = [
 dict(actor=JF, loc=('مدينة جسر الشغور','jisr-al-shughur'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor=JF, loc=('مدينة جسر الشغور','jisr-al-shughur'), as_of=TH, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة جسر الشغور','jisr-al-shughur'), as_of=TH, status='present', line=2, events=[2]),
 dict(actor=JF, loc=('مدينة إدلب','idlib'), as_of=('2015-03','month'), status='controls', line=2, events=[3]),
 dict(actor='NUSRA', loc=('المدينة','jisr-al-shughur'), as_of=YD, status='present', source=REP, line=3, events=[4]),
 dict(actor=AH, loc=('المدينة','jisr-al-shughur'), as_of=YD, status='present', source=REP, line=3, events=[4]),
 dict(actor='SY_GOV', assets='حاجز', loc=('حاجز العلاوين','alawin-checkpoint'), as_of=YD, status='attacked', source=REP, line=3, events=[5]),
 dict(actor='SY_GOV', assets='مبنى الأمن العسكري', loc=('مبنى الأمن العسكري','jisr-military-security-building'), as_of=YD, status='attacked', source=REP, line=3, events=[5]),
 dict(actor='SY_GOV', strength=(250,True,'troops'), assets='عناصر بينهم ضباط، مع عائلاتهم', loc=('مبنى المشفى الوطني','jisr-national-hospital'), as_of=SG, status='present', source=ACT, line=5, events=[8]),
 dict(actor=JF, loc=('مبنى المشفى الوطني','jisr-national-hospital'), as_of=SG, status='present', source=ACT, line=5, events=[8]),
 dict(actor=JF, assets='مواقع الفصائل', loc=('جسر الشغور','jisr-al-shughur'), as_of=(D+'/'+D,'part-of-day'), status='attacked', source=IMC, line=6, events=[9]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('جسر الشغور','jisr-al-shughur'), as_of=OD, status='present', source=SAN, line=7, events=[11]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة', loc=('المنطقة','jisr-al-shughur-area'), as_of=OD, status='planned', source=SAN, line=7, events=[13]),
 dict(actor='SY_GOV', assets='رتل يضم نحو 30 آلية: دبابات وعربات شيلكا', loc=('معسكر القرميد','qarmid-camp'), as_of=(Y,'part-of-day'), status='reinforced', source=LS, line=8, events=[14]),
 dict(actor='SY_GOV', loc=('المشفى الوطني','jisr-national-hospital'), as_of=OD, status='present', source=JFS, line=9, events=[18]),
 dict(actor=JF, loc=('المشفى الوطني','jisr-national-hospital'), as_of=OD, status='present', source=JFS, line=9, events=[18]),
 dict(actor=JF, loc=('ريف إدلب','idlib-countryside'), as_of=OD, status='controls', line=10, events=[19]),
 dict(actor='SY_GOV', loc=('مدينة أريحا','ariha'), as_of=OD, status='controls', line=10, events=[21]),
 dict(actor='SY_GOV', assets='معسكر', loc=('المسطومة','mastouma-camp'), as_of=OD, status='controls', line=10, events=[21]),
 dict(actor='SY_GOV', assets='معسكر', loc=('القرميد','qarmid-camp'), as_of=OD, status='controls', line=10, events=[21]),
 dict(actor='SY_GOV', loc=('الفوعة','al-fuaa'), as_of=OD, status='controls', line=10, events=[21]),
 dict(actor='SY_GOV', loc=('كفريا','kafraya'), as_of=OD, status='controls', line=10, events=[21]),
]
build('zamanalwasl-jisr-al-shughur', None, 'زمان الوصل', D, L, ents, times, events, forces)
