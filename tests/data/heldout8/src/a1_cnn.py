from build import build
L = [
'الأكراد يعلنون طرد "داعش" من كوباني بعد أكثر من أربعة أشهر من المعارك',
'بيروت، لبنان (CNN)-- أعلنت وحدات حماية الشعب الكردية، الاثنين، سيطرتها على معظم مدينة عين العرب، المعروفة كردياً باسم كوباني، على الحدود السورية التركية، بعد طرد مسلحي تنظيم "داعش" منها إثر معارك استمرت أكثر من أربعة أشهر.',
'وقال المتحدث باسم الوحدات، ريدور خليل، لـCNN إن المقاتلين الأكراد "يلاحقون فلول التنظيم" في القرى الواقعة شرقي المدينة، مؤكداً أن "أكثر من 90 في المئة" من كوباني بات تحت سيطرتهم.',
'وبحسب المرصد السوري لحقوق الإنسان، ومقره بريطانيا، فإن المقاتلين الأكراد سيطروا الأسبوع الماضي على تلة مشتى النور الاستراتيجية جنوب المدينة، قبل أن يتقدموا نحو منطقة الصناعة وحي مقتلة في الجهة الشرقية.',
'وأشار المرصد إلى أن المعارك أسفرت منذ منتصف سبتمبر/ أيلول الماضي عن مقتل أكثر من 1600 شخص، بينهم نحو 1100 من مسلحي التنظيم وأكثر من 400 من المقاتلين الأكراد.',
'في غضون ذلك، قالت القيادة المركزية الأمريكية إن طائرات التحالف الدولي نفذت 17 غارة جوية على مواقع لـ"داعش" قرب كوباني خلال الساعات الـ24 الماضية، ليرتفع عدد الغارات على المدينة ومحيطها إلى أكثر من 700 غارة منذ بدء الحملة.',
'وكانت قوة من البيشمركة الكردية العراقية، تضم نحو 150 مقاتلاً مزودين بمدافع وأسلحة ثقيلة، قد دخلت كوباني أواخر أكتوبر/ تشرين الأول الماضي عبر معبر مرشد بينار التركي، بعد أن سمحت أنقرة بعبورها أراضيها.',
'وفي أنقرة، قال الرئيس التركي رجب طيب أردوغان إن بلاده "لا تريد شمال عراق جديداً في سوريا"، في إشارة إلى مخاوف تركيا من قيام كيان كردي على حدودها الجنوبية.',
'في المقابل، نفت حسابات مقربة من "داعش" على مواقع التواصل الاجتماعي انسحاب مسلحي التنظيم من المدينة، مؤكدة أن المعارك "ما زالت مستمرة" في الأحياء الشرقية.',
'وكان التنظيم قد بدأ هجومه على كوباني في 16 سبتمبر/ أيلول، وسيطر مسلحوه في ذروة تقدمهم مطلع أكتوبر/ تشرين الأول على أكثر من 300 قرية في ريف المدينة، ما دفع أكثر من 200 ألف شخص إلى النزوح نحو تركيا.',
'ويقول مسؤولون أكراد إن الأولوية الآن هي إزالة الألغام والعبوات التي خلّفها التنظيم قبل السماح بعودة السكان، فيما تعهدت الوحدات بمواصلة عملياتها حتى استعادة جميع القرى المحيطة بالمدينة.',
]
D = '2015-01-26'
ents = [
 ('L0:الأكراد','ACTOR','YPG'), ('L0:داعش','ACTOR','ISIS'), ('L0:كوباني','LOCATION','kobani'), ('L0:أكثر من أربعة أشهر','QUANTITY',None,(4,True,'other')),
 ('L1:بيروت','LOCATION','beirut'), ('L1:لبنان','LOCATION','lebanon'), ('L1:CNN','ORG','cnn'),
 ('L1:وحدات حماية الشعب','ACTOR','YPG'), ('L1:مدينة عين العرب','LOCATION','kobani'), ('L1:كوباني','LOCATION','kobani'),
 ('L1:الحدود السورية التركية','LOCATION','syria-turkey-border'), ('L1:تنظيم "داعش"','ACTOR','ISIS'),
 ('L1:أكثر من أربعة أشهر','QUANTITY',None,(4,True,'other')),
 ('L2:الوحدات','ACTOR','YPG'), ('L2:ريدور خليل','PERSON','redur-khalil'), ('L2:CNN','ORG','cnn'), ('L2:المقاتلين الأكراد','ACTOR','YPG'),
 ('L2:التنظيم','ACTOR','ISIS'), ('L2:القرى الواقعة شرقي المدينة','LOCATION','kobani-east-villages'),
 ('L2:أكثر من 90 في المئة','QUANTITY',None,(90,True,'other')), ('L2:كوباني','LOCATION','kobani'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:بريطانيا','LOCATION','uk'), ('L3:المقاتلين الأكراد','ACTOR','YPG'),
 ('L3:تلة مشتى النور','LOCATION','mishtenour-hill'), ('L3:المدينة','LOCATION','kobani'), ('L3:منطقة الصناعة','LOCATION','kobani-industrial-area'),
 ('L3:حي مقتلة','LOCATION','maqtala'),
 ('L4:المرصد','ORG','sohr'), ('L4:أكثر من 1600 شخص','QUANTITY',None,(1600,True,'killed')), ('L4:نحو 1100','QUANTITY',None,(1100,True,'killed')),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:أكثر من 400','QUANTITY',None,(400,True,'killed')), ('L4:المقاتلين الأكراد','ACTOR','YPG'),
 ('L5:القيادة المركزية الأمريكية','ACTOR','US'), ('L5:طائرات','WEAPON','warplanes'), ('L5:التحالف الدولي','ACTOR','COALITION'),
 ('L5:17 غارة جوية','QUANTITY',None,(17,False,'other')), ('L5:داعش','ACTOR','ISIS'), ('L5:كوباني','LOCATION','kobani'),
 ('L5:المدينة','LOCATION','kobani'), ('L5:أكثر من 700 غارة','QUANTITY',None,(700,True,'other')),
 ('L6:البيشمركة','ACTOR','PESHMERGA'), ('L6:نحو 150 مقاتلاً','QUANTITY',None,(150,True,'fighters')), ('L6:مدافع','WEAPON','artillery'),
 ('L6:أسلحة ثقيلة','WEAPON','heavy-weapons'), ('L6:كوباني','LOCATION','kobani'), ('L6:معبر مرشد بينار','LOCATION','mursitpinar-crossing'),
 ('L6:أنقرة','ACTOR','TR'),
 ('L7:أنقرة','LOCATION','ankara'), ('L7:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:سوريا','LOCATION','syria'), ('L7:تركيا','ACTOR','TR'),
 ('L8:داعش','ACTOR','ISIS'), ('L8:التنظيم','ACTOR','ISIS'), ('L8:المدينة','LOCATION','kobani'), ('L8:الأحياء الشرقية','LOCATION','kobani-east-neighbourhoods'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:كوباني','LOCATION','kobani'), ('L9:أكثر من 300 قرية','QUANTITY',None,(300,True,'other')),
 ('L9:ريف المدينة','LOCATION','kobani-countryside'), ('L9:أكثر من 200 ألف شخص','QUANTITY',None,(200000,True,'people')), ('L9:تركيا','LOCATION','turkey'),
 ('L10:الألغام','WEAPON','mines'), ('L10:العبوات','WEAPON','ieds'), ('L10:التنظيم','ACTOR','ISIS'), ('L10:الوحدات','ACTOR','YPG'),
 ('L10:القرى المحيطة بالمدينة','LOCATION','kobani-surrounding-villages'),
]
times = [
 ('L1:الاثنين', D, 'day'),
 ('L3:الأسبوع الماضي', '2015-01-19/2015-01-25', 'week'),
 ('L4:منذ منتصف سبتمبر/ أيلول الماضي', '2014-09/2015-01', 'month'),
 ('L5:خلال الساعات الـ24 الماضية', '2015-01-25/2015-01-26', 'day'),
 ('L6:أواخر أكتوبر/ تشرين الأول الماضي', '2014-10', 'month'),
 ('L9:16 سبتمبر/ أيلول', '2014-09-16', 'day'),
 ('L9:مطلع أكتوبر/ تشرين الأول', '2014-10', 'month'),
]
YPGS = 'وحدات حماية الشعب'
RK = 'ريدور خليل'
SOHR = 'المرصد السوري لحقوق الإنسان'
CENT = 'القيادة المركزية الأمريكية'
ERD = 'رجب طيب أردوغان'
ISA = 'حسابات مقربة من داعش'
MON = 'L1:الاثنين'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=MON, actors=['YPG'], attr=YPGS),
 dict(type='CONTROL', trig='L1:سيطرتها', time=MON, actors=['YPG'], targets=['ISIS'], loc='L1:مدينة عين العرب', attr=YPGS),
 dict(type='WITHDRAWAL', trig='L1:طرد', time=MON, actors=['ISIS'], loc='L1:مدينة عين العرب', attr=YPGS),
 dict(type='ATTACK', trig='L1:معارك', actors=['YPG','ISIS'], loc='L1:مدينة عين العرب', attr=YPGS, qty=['L1:أكثر من أربعة أشهر']),
 dict(type='STATEMENT', trig='L2:قال', actors=['YPG'], attr=RK),
 dict(type='OPERATION', trig='L2:يلاحقون', actors=['YPG'], targets=['ISIS'], loc='L2:القرى الواقعة شرقي المدينة', attr=RK),
 dict(type='CONTROL', trig='L2:سيطرتهم', actors=['YPG'], loc='L2:كوباني', attr=RK, qty=['L2:أكثر من 90 في المئة']),
 dict(type='CONTROL', trig='L3:سيطروا', time='L3:الأسبوع الماضي', actors=['YPG'], targets=['ISIS'], loc='L3:تلة مشتى النور', attr=SOHR),
 dict(type='MOVEMENT', trig='L3:يتقدموا', actors=['YPG'], loc='L3:منطقة الصناعة', attr=SOHR),
 dict(type='ATTACK', trig='L4:المعارك', time='L4:منذ منتصف سبتمبر/ أيلول الماضي', actors=['YPG','ISIS'], attr='المرصد السوري لحقوق الإنسان',
      qty=['L4:أكثر من 1600 شخص','L4:نحو 1100','L4:أكثر من 400']),
 dict(type='STATEMENT', trig='L5:قالت', actors=['US'], attr=CENT),
 dict(type='ATTACK', trig='L5:غارة جوية', time='L5:خلال الساعات الـ24 الماضية', actors=['COALITION'], targets=['ISIS'], loc='L5:كوباني', attr=CENT,
      weapons=['L5:طائرات'], qty=['L5:17 غارة جوية']),
 dict(type='ATTACK', trig='L5:الغارات', actors=['COALITION'], targets=['ISIS'], loc='L5:المدينة', attr=CENT, qty=['L5:أكثر من 700 غارة']),
 dict(type='MOVEMENT', trig='L6:دخلت', time='L6:أواخر أكتوبر/ تشرين الأول الماضي', actors=['PESHMERGA'], loc='L6:كوباني',
      weapons=['L6:مدافع','L6:أسلحة ثقيلة'], qty=['L6:نحو 150 مقاتلاً']),
 dict(type='STATEMENT', trig='L7:قال', actors=['TR'], attr=ERD),
 dict(type='WITHDRAWAL', trig='L8:انسحاب', mod='denied', actors=['ISIS'], loc='L8:المدينة', attr=ISA),
 dict(type='ATTACK', trig='L8:المعارك', actors=['ISIS','YPG'], loc='L8:الأحياء الشرقية', attr=ISA),
 dict(type='OPERATION', trig='L9:هجومه', time='L9:16 سبتمبر/ أيلول', actors=['ISIS'], targets=['YPG'], loc='L9:كوباني'),
 dict(type='CONTROL', trig='L9:سيطر', time='L9:مطلع أكتوبر/ تشرين الأول', actors=['ISIS'], loc='L9:ريف المدينة', qty=['L9:أكثر من 300 قرية']),
 dict(type='OPERATION', trig='L10:إزالة الألغام', mod='planned', actors=[], attr='مسؤولون أكراد', weapons=[]),
 dict(type='OPERATION', trig='L10:عملياتها', mod='planned', actors=['YPG'], targets=['ISIS'], loc='L10:القرى المحيطة بالمدينة', attr='الوحدات'),
 dict(type='CONTROL', trig='L10:استعادة', mod='planned', actors=['YPG'], loc='L10:القرى المحيطة بالمدينة', attr='الوحدات'),
]
OD = (D, 'day')
forces = [
 dict(actor='YPG', loc=('مدينة عين العرب','kobani'), as_of=OD, status='controls', source=YPGS, line=1, events=[2]),
 dict(actor='ISIS', loc=('مدينة عين العرب','kobani'), as_of=OD, status='withdrawn', source=YPGS, line=1, events=[3]),
 dict(actor='YPG', loc=('مدينة عين العرب','kobani'), as_of=OD, status='present', source=YPGS, line=1, events=[4]),
 dict(actor='ISIS', loc=('مدينة عين العرب','kobani'), as_of=OD, status='present', source=YPGS, line=1, events=[4]),
 dict(actor='YPG', loc=('القرى الواقعة شرقي المدينة','kobani-east-villages'), as_of=OD, status='present', source=RK, line=2, events=[6]),
 dict(actor='ISIS', assets='فلول', loc=('القرى الواقعة شرقي المدينة','kobani-east-villages'), as_of=OD, status='present', source=RK, line=2, events=[6]),
 dict(actor='YPG', loc=('كوباني','kobani'), as_of=OD, status='controls', source=RK, line=2, events=[7]),
 dict(actor='YPG', loc=('تلة مشتى النور','mishtenour-hill'), as_of=('2015-01-19/2015-01-25','week'), status='controls', source=SOHR, line=3, events=[8]),
 dict(actor='ISIS', assets='مواقع', loc=('كوباني','kobani'), as_of=('2015-01-25/2015-01-26','day'), status='attacked', source=CENT, line=5, events=[12, 13]),
 dict(actor='PESHMERGA', strength=(150, True, 'fighters'), assets='مدافع وأسلحة ثقيلة', loc=('كوباني','kobani'), as_of=('2014-10','month'),
      status='arrived', line=6, events=[14]),
 dict(actor='ISIS', loc=('المدينة','kobani'), as_of=OD, status='present', source=ISA, line=8, events=[16]),
 dict(actor='ISIS', loc=('الأحياء الشرقية','kobani-east-neighbourhoods'), as_of=OD, status='present', source=ISA, line=8, events=[17]),
 dict(actor='YPG', loc=('الأحياء الشرقية','kobani-east-neighbourhoods'), as_of=OD, status='present', source=ISA, line=8, events=[17]),
 dict(actor='ISIS', loc=('كوباني','kobani'), as_of=('2014-09-16','day'), status='present', line=9, events=[18]),
 dict(actor='ISIS', strength=None, assets='أكثر من 300 قرية', loc=('ريف المدينة','kobani-countryside'), as_of=('2014-10','month'), status='controls', line=9, events=[19]),
]
build('cnn-kobani-liberation', None, 'سي إن إن بالعربية', D, L, ents, times, events, forces)
