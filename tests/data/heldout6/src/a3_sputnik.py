from build import build
L = [
'بوتين من حميميم: الجزء الأكبر من القوات الروسية يعود إلى الوطن',
'موسكو — سبوتنيك.',
'أمر الرئيس الروسي، فلاديمير بوتين، خلال زيارة مفاجئة إلى قاعدة حميميم الجوية في سوريا، أمس الاثنين، وزير الدفاع سيرغي شويغو ورئيس الأركان العامة فاليري غيراسيموف ببدء سحب جزء كبير من القوات الروسية من الأراضي السورية.',
'وقال بوتين، في كلمة أمام العسكريين الروس في القاعدة، إن «المهمة الأساسية في دحر تنظيم داعش أُنجزت»، بعد أكثر من عامين على بدء العملية العسكرية الروسية في سوريا في 30 سبتمبر/أيلول 2015، مضيفاً: «إذا رفع الإرهابيون رؤوسهم مجدداً فسنوجه إليهم ضربات لم يروا مثلها».',
'وأوضح وزير الدفاع الروسي، سيرغي شويغو، أن القوات الروسية ستبقي على مركز المصالحة في حميميم وعلى نقطة الإمداد المادي والتقني التابعة للأسطول الروسي في طرطوس، وأنهما ستعملان «بشكل دائم» وفق الاتفاقيات الموقعة مع دمشق.',
'وأعلنت وزارة الدفاع الروسية، اليوم الثلاثاء، أن المجموعة الأولى من الطائرات العائدة من سوريا، وتضم 12 قاذفة من طراز «سو-24» و6 مقاتلات «سو-34»، هبطت في مطارات جنوب روسيا، على أن تعود كتيبة من الشرطة العسكرية الروسية قوامها نحو 200 عسكري خلال الأيام المقبلة.',
'ونفى مصدر عسكري روسي، في تصريح لـ«سبوتنيك»، أن تكون موسكو قد قررت سحب منظومات الدفاع الجوي «إس-400» من حميميم، مؤكداً أنها ستبقى لحماية القاعدة والعسكريين الروس المتبقين.',
'وبحسب تقديرات غربية، يبلغ عدد العسكريين الروس في سوريا قرابة 4 آلاف عسكري، إضافة إلى نحو 40 طائرة حربية ومروحية، في حين لم تكشف موسكو عن حجم القوات التي ستبقى في القاعدتين.',
'وكان بوتين قد أعلن في مارس/آذار 2016 سحب القسم الأكبر من القوات الروسية من سوريا، قبل أن تعزز موسكو وجودها العسكري مجدداً لدعم هجوم الجيش السوري على حلب نهاية ذلك العام.',
'وتوجه بوتين من حميميم إلى القاهرة ثم أنقرة، حيث بحث مع نظيره التركي رجب طيب أردوغان التحضير لمؤتمر الحوار الوطني السوري المقرر عقده في سوتشي مطلع العام المقبل.',
]
D = '2017-12-12'
Y = '2017-12-11'
ents = [
 ('L0:بوتين','PERSON','vladimir-putin'), ('L0:حميميم','LOCATION','hmeimim'), ('L0:القوات الروسية','ACTOR','RU'),
 ('L1:موسكو','LOCATION','moscow'), ('L1:سبوتنيك','ORG','sputnik'),
 ('L2:فلاديمير بوتين','PERSON','vladimir-putin'), ('L2:قاعدة حميميم الجوية','LOCATION','hmeimim'), ('L2:سوريا','LOCATION','syria'),
 ('L2:سيرغي شويغو','PERSON','sergei-shoigu'), ('L2:فاليري غيراسيموف','PERSON','valery-gerasimov'), ('L2:القوات الروسية','ACTOR','RU'),
 ('L2:الأراضي السورية','LOCATION','syria'),
 ('L3:بوتين','PERSON','vladimir-putin'), ('L3:العسكريين الروس','ACTOR','RU'), ('L3:القاعدة','LOCATION','hmeimim'), ('L3:تنظيم داعش','ACTOR','ISIS'),
 ('L3:أكثر من عامين','QUANTITY',None,(2,True,'other')), ('L3:سوريا','LOCATION','syria'), ('L3:الإرهابيون','ACTOR','ISIS'),
 ('L4:سيرغي شويغو','PERSON','sergei-shoigu'), ('L4:القوات الروسية','ACTOR','RU'), ('L4:مركز المصالحة','ACTOR','RU'), ('L4:حميميم','LOCATION','hmeimim'),
 ('L4:نقطة الإمداد المادي والتقني','LOCATION','tartus-naval-facility'), ('L4:لأسطول الروسي','ACTOR','RU'), ('L4:طرطوس','LOCATION','tartus'),
 ('L4:دمشق','ACTOR','SY_GOV'),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:الطائرات','WEAPON','warplanes'), ('L5:سوريا','LOCATION','syria'),
 ('L5:12 قاذفة','QUANTITY',None,(12,False,'aircraft')), ('L5:قاذفة من طراز «سو-24»','WEAPON','su-24'),
 ('L5:6 مقاتلات','QUANTITY',None,(6,False,'aircraft')), ('L5:مقاتلات «سو-34»','WEAPON','su-34'),
 ('L5:مطارات جنوب روسيا','LOCATION','south-russia-airfields'), ('L5:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L5:نحو 200 عسكري','QUANTITY',None,(200,True,'troops')),
 ('L6:سبوتنيك','ORG','sputnik'), ('L6:موسكو','ACTOR','RU'), ('L6:منظومات الدفاع الجوي «إس-400»','WEAPON','s-400'), ('L6:حميميم','LOCATION','hmeimim'),
 ('L6:القاعدة','LOCATION','hmeimim'), ('L6:العسكريين الروس','ACTOR','RU'),
 ('L7:العسكريين الروس','ACTOR','RU'), ('L7:سوريا','LOCATION','syria'), ('L7:قرابة 4 آلاف عسكري','QUANTITY',None,(4000,True,'troops')),
 ('L7:نحو 40 طائرة حربية ومروحية','QUANTITY',None,(40,True,'aircraft')), ('L7:طائرة حربية','WEAPON','warplanes'), ('L7:مروحية','WEAPON','helicopters'),
 ('L7:موسكو','ACTOR','RU'), ('L7:القاعدتين','LOCATION','russian-bases-syria'),
 ('L8:بوتين','PERSON','vladimir-putin'), ('L8:القوات الروسية','ACTOR','RU'), ('L8:سوريا','LOCATION','syria'), ('L8:موسكو','ACTOR','RU'),
 ('L8:الجيش السوري','ACTOR','SY_GOV'), ('L8:حلب','LOCATION','aleppo'),
 ('L9:بوتين','PERSON','vladimir-putin'), ('L9:حميميم','LOCATION','hmeimim'), ('L9:القاهرة','LOCATION','cairo'), ('L9:أنقرة','LOCATION','ankara'),
 ('L9:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L9:سوتشي','LOCATION','sochi'),
]
times = [
 ('L2:أمس الاثنين', Y, 'day'),
 ('L3:30 سبتمبر/أيلول 2015', '2015-09-30', 'day'),
 ('L5:اليوم الثلاثاء', D, 'day'),
 ('L5:خلال الأيام المقبلة', D+'/', 'vague', {'relation':'after'}),
 ('L8:مارس/آذار 2016', '2016-03', 'month'),
 ('L8:نهاية ذلك العام', '2016', 'year'),
 ('L9:مطلع العام المقبل', '2018', 'year'),
]
PU = 'فلاديمير بوتين'
SH = 'سيرغي شويغو'
MOD = 'وزارة الدفاع الروسية'
SRC = 'مصدر عسكري روسي (سبوتنيك)'
WE = 'تقديرات غربية'
events = [
 dict(type='STATEMENT', trig='L2:أمر', time='L2:أمس الاثنين', actors=['RU'], attr=PU),
 dict(type='WITHDRAWAL', trig='L2:سحب', mod='planned', actors=['RU'], loc='L2:الأراضي السورية', attr=PU),
 dict(type='STATEMENT', trig='L3:قال', time='L2:أمس الاثنين', actors=['RU'], attr=PU),
 dict(type='OPERATION', trig='L3:العملية العسكرية', time='L3:30 سبتمبر/أيلول 2015', actors=['RU'], loc='L3:سوريا'),
 dict(type='ATTACK', trig='L3:ضربات', mod='planned', actors=['RU'], targets=['ISIS'], attr=PU),
 dict(type='STATEMENT', trig='L4:أوضح', actors=['RU'], attr=SH),
 dict(type='BASE', trig='L4:ستبقي', mod='planned', actors=['RU'], loc='L4:حميميم', attr=SH),
 dict(type='AGREEMENT', trig='L4:الاتفاقيات', actors=['RU','SY_GOV'], attr=SH),
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:اليوم الثلاثاء', actors=['RU'], attr=MOD),
 dict(type='WITHDRAWAL', trig='L5:العائدة', time='L5:اليوم الثلاثاء', actors=['RU'], loc='L5:سوريا', attr=MOD,
      weapons=['L5:قاذفة من طراز «سو-24»','L5:مقاتلات «سو-34»'], qty=['L5:12 قاذفة','L5:6 مقاتلات']),
 dict(type='WITHDRAWAL', trig='L5:تعود', mod='planned', time='L5:خلال الأيام المقبلة', actors=['RU'], attr=MOD, qty=['L5:نحو 200 عسكري']),
 dict(type='WITHDRAWAL', trig='L6:سحب', mod='denied', actors=['RU'], loc='L6:حميميم', attr=SRC, weapons=['L6:منظومات الدفاع الجوي «إس-400»']),
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:مارس/آذار 2016', actors=['RU'], attr='بوتين'),
 dict(type='WITHDRAWAL', trig='L8:سحب', time='L8:مارس/آذار 2016', actors=['RU'], loc='L8:سوريا'),
 dict(type='MOVEMENT', trig='L8:تعزز', time='L8:نهاية ذلك العام', actors=['RU'], loc='L8:سوريا'),
 dict(type='ATTACK', trig='L8:هجوم', time='L8:نهاية ذلك العام', actors=['SY_GOV'], loc='L8:حلب'),
 dict(type='AGREEMENT', trig='L9:مؤتمر الحوار', mod='planned', time='L9:مطلع العام المقبل', actors=['RU','TR'], loc='L9:سوتشي'),
]
forces = [
 dict(actor='RU', assets='جزء كبير من القوات الروسية', loc=('الأراضي السورية','syria'), as_of=(Y,'day'), status='present', source=PU, line=2, events=[2]),
 dict(actor='RU', loc=('قاعدة حميميم الجوية','hmeimim'), as_of=(Y,'day'), status='present', source=PU, line=2, events=[]),
 dict(actor='RU', assets='العسكريين الروس', loc=('القاعدة','hmeimim'), as_of=(Y,'day'), status='present', source=PU, line=3, events=[]),
 dict(actor='RU', assets='مركز المصالحة', loc=('حميميم','hmeimim'), as_of=(D,'day'), status='present', source=SH, line=4, events=[7]),
 dict(actor='RU', assets='نقطة الإمداد المادي والتقني التابعة للأسطول الروسي', loc=('طرطوس','tartus'), as_of=(D,'day'), status='present', source=SH, line=4, events=[7]),
 dict(actor='RU', assets='12 قاذفة سو-24 و6 مقاتلات سو-34', loc=('سوريا','syria'), as_of=(D,'day'), status='withdrawn', source=MOD, line=5, events=[10]),
 dict(actor='RU', assets='منظومات الدفاع الجوي إس-400', loc=('حميميم','hmeimim'), as_of=(D,'day'), status='present', source=SRC, line=6, events=[12]),
 dict(actor='RU', strength=(4000,True,'troops'), assets='نحو 40 طائرة حربية ومروحية', loc=('سوريا','syria'), as_of=(D,'day'), status='present', source=WE, line=7, events=[]),
 dict(actor='RU', loc=('القاعدتين','russian-bases-syria'), as_of=(D,'day'), status='present', source=WE, line=7, events=[]),
 dict(actor='RU', loc=('سوريا','syria'), as_of=('2016-03','month'), status='withdrawn', line=8, events=[14]),
 dict(actor='RU', loc=('سوريا','syria'), as_of=('2016','year'), status='reinforced', line=8, events=[15]),
 dict(actor='SY_GOV', loc=('حلب','aleppo'), as_of=('2016','year'), status='present', line=8, events=[16]),
]
build('sputnik-hmeimim-withdrawal', None, 'سبوتنيك عربي', D, L, ents, times, events, forces)
