from build import build
L = [
'تعليق إجلاء المقاتلين والمدنيين من شرق حلب وسط تبادل للاتهامات',
'علّقت السلطات السورية عمليات إجلاء مقاتلي المعارضة والمدنيين من آخر جيب تسيطر عليه الفصائل في شرق حلب، متهمة المسلحين بخرق الاتفاق، فيما أعلنت موسكو أن الجيش السوري "سيطهّر" ما تبقى من المدينة.',
'وقال مصدر عسكري سوري لوكالة فرانس برس اليوم الجمعة (16 كانون الأول/ ديسمبر 2016) إن عمليات الإجلاء "عُلّقت لأن المسلحين أطلقوا النار على معبر الراموسة وحاولوا تهريب أسرى وأسلحة ثقيلة في الحافلات".',
'وكانت عمليات الإجلاء قد بدأت أمس الخميس بخروج قافلة أولى ضمت نحو 20 حافلة و13 سيارة إسعاف من حي العامرية باتجاه منطقة الراشدين في ريف حلب الغربي، الخاضعة لسيطرة الفصائل، بموجب اتفاق رعته روسيا وتركيا.',
'وذكرت اللجنة الدولية للصليب الأحمر أن نحو 6 آلاف شخص، بينهم مئات الجرحى، خرجوا من شرق حلب منذ صباح الخميس، في حين قالت وزارة الدفاع الروسية إن 9500 شخص غادروا المدينة، بينهم أكثر من 4500 مسلح.',
'وأوضحت الوزارة الروسية أن الشرطة العسكرية الروسية رافقت الحافلات حتى خطوط التماس، وأن الجيش السوري "سيستأنف العمليات" ضد الجيوب المتبقية في المدينة.',
'في المقابل، اتهم مسؤول في المعارضة ميليشيات موالية لإيران باحتجاز نحو 800 شخص كانوا على متن إحدى القوافل عند حاجز قرب الراموسة، وبالمطالبة بضم بلدتي الفوعة وكفريا، اللتين تحاصرهما فصائل معارضة في ريف إدلب، إلى الاتفاق.',
'وقال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة وموسكو تعملان على استئناف الإجلاء "خلال ساعات".',
'من جهته، أعلن الرئيس الروسي فلاديمير بوتين من طوكيو أنه اتفق مع نظيره التركي رجب طيب أردوغان على السعي إلى وقف شامل لإطلاق النار في سوريا، وعلى إطلاق مفاوضات سلام جديدة في العاصمة الكازاخية أستانا.',
'وكان الجيش السوري وحلفاؤه قد سيطروا خلال الأسابيع الأربعة الماضية على أكثر من 90 في المئة من الأحياء الشرقية، التي حاصرتها قوات النظام منذ تموز/ يوليو الماضي، بدعم من الطيران الروسي ومقاتلين من "حزب الله" اللبناني وميليشيات عراقية.',
'وتقول الأمم المتحدة إن ما بين 40 و50 ألف شخص ما زالوا عالقين في الجيب الذي تحاصره القوات الحكومية، وسط مخاوف من "عمليات انتقامية" بحقهم.',
'وكان مكتب حقوق الإنسان التابع للأمم المتحدة قد أعلن الثلاثاء الماضي أن قوات موالية للحكومة قتلت 82 مدنياً على الأقل داخل منازلهم في أحياء استعادتها القوات الحكومية.',
'ع.ش/ ح.ز (أ ف ب، رويترز، د ب أ)',
]
D = '2016-12-16'
Y = '2016-12-15'
IBM = 'OTHER:iran-backed-militias'
IQM = 'OTHER:iraqi-militias'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:المقاتلين','ACTOR','FSA'), ('L0:شرق حلب','LOCATION','east-aleppo'),
 ('L1:السلطات السورية','ACTOR','SY_GOV'), ('L1:المعارضة','ACTOR','FSA'), ('L1:الفصائل','ACTOR','FSA'), ('L1:شرق حلب','LOCATION','east-aleppo'),
 ('L1:المسلحين','ACTOR','FSA'), ('L1:موسكو','ACTOR','RU'), ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:المدينة','LOCATION','aleppo'),
 ('L2:فرانس برس','ORG','afp'), ('L2:المسلحين','ACTOR','FSA'), ('L2:معبر الراموسة','LOCATION','ramousa-crossing'), ('L2:أسلحة ثقيلة','WEAPON','heavy-weapons'),
 ('L3:نحو 20 حافلة','QUANTITY',None,(20,True,'vehicles')), ('L3:13 سيارة إسعاف','QUANTITY',None,(13,False,'vehicles')),
 ('L3:حي العامرية','LOCATION','al-amiriya'), ('L3:منطقة الراشدين','LOCATION','al-rashideen'), ('L3:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L3:الفصائل','ACTOR','FSA'), ('L3:روسيا','ACTOR','RU'), ('L3:تركيا','ACTOR','TR'),
 ('L4:اللجنة الدولية للصليب الأحمر','ORG','icrc'), ('L4:نحو 6 آلاف شخص','QUANTITY',None,(6000,True,'people')),
 ('L4:مئات الجرحى','QUANTITY',None,([100,999],True,'wounded')), ('L4:شرق حلب','LOCATION','east-aleppo'), ('L4:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L4:9500 شخص','QUANTITY',None,(9500,False,'people')), ('L4:المدينة','LOCATION','aleppo'), ('L4:أكثر من 4500 مسلح','QUANTITY',None,(4500,True,'fighters')),
 ('L5:الوزارة الروسية','ACTOR','RU'), ('L5:الشرطة العسكرية الروسية','ACTOR','RU'), ('L5:خطوط التماس','LOCATION','aleppo-frontlines'),
 ('L5:الجيش السوري','ACTOR','SY_GOV'), ('L5:الجيوب المتبقية','LOCATION','east-aleppo-pocket'), ('L5:المدينة','LOCATION','aleppo'),
 ('L6:المعارضة','ACTOR','FSA'), ('L6:ميليشيات موالية لإيران','ACTOR',IBM), ('L6:نحو 800 شخص','QUANTITY',None,(800,True,'arrested')),
 ('L6:الراموسة','LOCATION','ramousa'), ('L6:الفوعة','LOCATION','al-fuaa'), ('L6:كفريا','LOCATION','kafraya'), ('L6:فصائل معارضة','ACTOR','FSA'),
 ('L6:ريف إدلب','LOCATION','idlib-countryside'),
 ('L7:مولود جاويش أوغلو','PERSON','mevlut-cavusoglu'), ('L7:أنقرة','ACTOR','TR'), ('L7:موسكو','ACTOR','RU'),
 ('L8:فلاديمير بوتين','PERSON','vladimir-putin'), ('L8:طوكيو','LOCATION','tokyo'), ('L8:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'),
 ('L8:سوريا','LOCATION','syria'), ('L8:أستانا','LOCATION','astana'),
 ('L9:الجيش السوري','ACTOR','SY_GOV'), ('L9:أكثر من 90 في المئة','QUANTITY',None,(90,True,'other')), ('L9:الأحياء الشرقية','LOCATION','east-aleppo'),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:الطيران الروسي','ACTOR','RU'), ('L9:حزب الله','ACTOR','HEZBOLLAH'), ('L9:ميليشيات عراقية','ACTOR',IQM),
 ('L10:الأمم المتحدة','ORG','un'), ('L10:ما بين 40 و50 ألف شخص','QUANTITY',None,([40000,50000],True,'people')),
 ('L10:الجيب','LOCATION','east-aleppo-pocket'), ('L10:القوات الحكومية','ACTOR','SY_GOV'),
 ('L11:مكتب حقوق الإنسان التابع للأمم المتحدة','ORG','ohchr'), ('L11:قوات موالية للحكومة','ACTOR',PGM),
 ('L11:82 مدنياً على الأقل','QUANTITY',None,(82,True,'killed')), ('L11:القوات الحكومية','ACTOR','SY_GOV'),
 ('L12:أ ف ب','ORG','afp'), ('L12:رويترز','ORG','reuters'), ('L12:د ب أ','ORG','dpa'),
]
times = [
 ('L2:اليوم الجمعة', D, 'day'),
 ('L2:16 كانون الأول/ ديسمبر 2016', D, 'day'),
 ('L3:أمس الخميس', Y, 'day'),
 ('L4:منذ صباح الخميس', Y+'/'+D, 'part-of-day', {'part':'morning'}),
 ('L7:خلال ساعات', D+'/', 'vague', {'relation':'after'}),
 ('L9:خلال الأسابيع الأربعة الماضية', '2016-11-18/'+D, 'week'),
 ('L9:منذ تموز/ يوليو الماضي', '2016-07/2016-12', 'month'),
 ('L11:الثلاثاء الماضي', '2016-12-13', 'day'),
]
MOS = 'موسكو'
SRC = 'مصدر عسكري سوري (فرانس برس)'
ICRC = 'اللجنة الدولية للصليب الأحمر'
MOD = 'وزارة الدفاع الروسية'
OPP = 'مسؤول في المعارضة'
CAV = 'مولود جاويش أوغلو'
PUT = 'فلاديمير بوتين'
UN = 'الأمم المتحدة'
OHC = 'مكتب حقوق الإنسان التابع للأمم المتحدة'
SINCE = 'L4:منذ صباح الخميس'
WK = 'L9:خلال الأسابيع الأربعة الماضية'
events = [
 dict(type='WITHDRAWAL', trig='L1:إجلاء', actors=['FSA'], loc='L1:شرق حلب'),
 dict(type='CONTROL', trig='L1:تسيطر', actors=['FSA'], loc='L1:شرق حلب'),
 dict(type='AGREEMENT', trig='L1:الاتفاق', actors=['RU','TR']),
 dict(type='STATEMENT', trig='L1:أعلنت', actors=['RU'], attr=MOS),
 dict(type='OPERATION', trig='L1:سيطهّر', mod='planned', actors=['SY_GOV'], loc='L1:المدينة', attr=MOS),
 dict(type='WITHDRAWAL', trig='L2:الإجلاء', time='L2:اليوم الجمعة', actors=['FSA'], attr=SRC),
 dict(type='ATTACK', trig='L2:أطلقوا النار', time='L2:اليوم الجمعة', actors=['FSA'], loc='L2:معبر الراموسة', attr=SRC),
 dict(type='WITHDRAWAL', trig='L3:خروج', time='L3:أمس الخميس', actors=['FSA'], loc='L3:حي العامرية', qty=['L3:نحو 20 حافلة','L3:13 سيارة إسعاف']),
 dict(type='CONTROL', trig='L3:سيطرة', actors=['FSA'], loc='L3:منطقة الراشدين'),
 dict(type='AGREEMENT', trig='L3:اتفاق', actors=['RU','TR']),
 dict(type='WITHDRAWAL', trig='L4:خرجوا', time=SINCE, actors=['FSA'], loc='L4:شرق حلب', attr=ICRC, qty=['L4:نحو 6 آلاف شخص','L4:مئات الجرحى']),
 dict(type='STATEMENT', trig='L4:قالت', actors=['RU'], attr=MOD),
 dict(type='WITHDRAWAL', trig='L4:غادروا', time=SINCE, actors=['FSA'], loc='L4:المدينة', attr=MOD, qty=['L4:9500 شخص','L4:أكثر من 4500 مسلح']),
 dict(type='MOVEMENT', trig='L5:رافقت', actors=['RU'], loc='L5:خطوط التماس', attr=MOD),
 dict(type='OPERATION', trig='L5:العمليات', mod='planned', actors=['SY_GOV'], loc='L5:الجيوب المتبقية', attr=MOD),
 dict(type='ARREST', trig='L6:احتجاز', actors=[IBM], loc='L6:الراموسة', attr=OPP, qty=['L6:نحو 800 شخص']),
 dict(type='AGREEMENT', trig='L6:الاتفاق', mod='planned', actors=[IBM], loc='L6:الفوعة', attr=OPP),
 dict(type='OPERATION', trig='L6:تحاصرهما', actors=['FSA'], loc='L6:الفوعة'),
 dict(type='STATEMENT', trig='L7:قال', actors=['TR'], attr=CAV),
 dict(type='WITHDRAWAL', trig='L7:الإجلاء', mod='planned', time='L7:خلال ساعات', actors=['FSA'], attr=CAV),
 dict(type='STATEMENT', trig='L8:أعلن', actors=['RU'], attr=PUT),
 dict(type='AGREEMENT', trig='L8:اتفق', actors=['RU','TR'], attr=PUT),
 dict(type='AGREEMENT', trig='L8:وقف شامل لإطلاق النار', mod='planned', actors=['RU','TR'], loc='L8:سوريا', attr=PUT),
 dict(type='AGREEMENT', trig='L8:مفاوضات سلام', mod='planned', actors=['RU','TR'], loc='L8:أستانا', attr=PUT),
 dict(type='CONTROL', trig='L9:سيطروا', time=WK, actors=['SY_GOV','RU','HEZBOLLAH',IQM], loc='L9:الأحياء الشرقية', qty=['L9:أكثر من 90 في المئة']),
 dict(type='OPERATION', trig='L9:حاصرتها', time='L9:منذ تموز/ يوليو الماضي', actors=['SY_GOV'], loc='L9:الأحياء الشرقية'),
 dict(type='OPERATION', trig='L10:تحاصره', actors=['SY_GOV'], loc='L10:الجيب', attr=UN),
 dict(type='ATTACK', trig='L10:عمليات انتقامية', mod='expected', actors=['SY_GOV'], loc='L10:الجيب', attr=UN),
 dict(type='ATTACK', trig='L11:قتلت', actors=[PGM], attr=OHC, qty=['L11:82 مدنياً على الأقل']),
 dict(type='CONTROL', trig='L11:استعادتها', actors=['SY_GOV'], attr=OHC),
]
OD = (D, 'day')
YD = (Y, 'day')
SM = (Y+'/'+D, 'part-of-day')
W4 = ('2016-11-18/'+D, 'week')
forces = [
 dict(actor='FSA', assets='آخر جيب', loc=('شرق حلب','east-aleppo'), as_of=OD, status='controls', line=1, events=[2]),
 dict(actor='FSA', loc=('شرق حلب','east-aleppo'), as_of=OD, status='withdrawn', line=1, events=[1]),
 dict(actor='FSA', assets='قافلة أولى: نحو 20 حافلة و13 سيارة إسعاف', loc=('حي العامرية','al-amiriya'), as_of=YD, status='withdrawn', line=3, events=[8]),
 dict(actor='FSA', loc=('منطقة الراشدين','al-rashideen'), as_of=YD, status='controls', line=3, events=[9]),
 dict(actor='FSA', loc=('شرق حلب','east-aleppo'), as_of=SM, status='withdrawn', source=ICRC, line=4, events=[11]),
 dict(actor='FSA', strength=(4500,True,'fighters'), loc=('المدينة','aleppo'), as_of=SM, status='withdrawn', source=MOD, line=4, events=[13]),
 dict(actor='RU', assets='الشرطة العسكرية الروسية', loc=('خطوط التماس','aleppo-frontlines'), as_of=OD, status='present', source=MOD, line=5, events=[14]),
 dict(actor=IBM, assets='حاجز', loc=('الراموسة','ramousa'), as_of=OD, status='present', source=OPP, line=6, events=[16]),
 dict(actor='FSA', loc=('الفوعة','al-fuaa'), as_of=OD, status='present', line=6, events=[18]),
 dict(actor='FSA', loc=('كفريا','kafraya'), as_of=OD, status='present', line=6, events=[18]),
 dict(actor='SY_GOV', loc=('الأحياء الشرقية','east-aleppo'), as_of=W4, status='controls', line=9, events=[25]),
 dict(actor='SY_GOV', loc=('الأحياء الشرقية','east-aleppo'), as_of=('2016-07/2016-12','month'), status='present', line=9, events=[26]),
 dict(actor='HEZBOLLAH', loc=('الأحياء الشرقية','east-aleppo'), as_of=W4, status='present', line=9, events=[25]),
 dict(actor=IQM, loc=('الأحياء الشرقية','east-aleppo'), as_of=W4, status='present', line=9, events=[25]),
 dict(actor='SY_GOV', loc=('الجيب','east-aleppo-pocket'), as_of=OD, status='present', source=UN, line=10, events=[27]),
]
build('dw-aleppo-evacuation', None, 'DW عربية', D, L, ents, times, events, forces)
