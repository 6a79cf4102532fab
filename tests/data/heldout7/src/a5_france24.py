from build import build
L = [
'مقتل ثمانية أتراك بقصف لقوات النظام السوري قرب سراقب وأنقرة ترد بضرب عشرات الأهداف',
'قُتل سبعة جنود أتراك ومدني يعمل مع الجيش التركي، الاثنين، في قصف مدفعي لقوات النظام السوري استهدف مواقع تركية قرب مدينة سراقب في محافظة إدلب، في أخطر مواجهة مباشرة بين البلدين منذ بدء النزاع السوري عام 2011.',
'وقال الرئيس التركي رجب طيب أردوغان إن الجيش التركي رد بقصف مدفعي وجوي استهدف 46 موقعاً للنظام، ما أدى إلى "تحييد ما بين 30 و35" من عناصره، محذراً موسكو من "الوقوف في طريق" أنقرة.',
'وأوضحت وزارة الدفاع التركية أن القصف السوري طال تعزيزات أُرسلت لتوها إلى المنطقة لإقامة نقاط مراقبة جديدة حول سراقب، مؤكدة أن موسكو أُبلغت مسبقاً بإحداثيات المواقع.',
'في المقابل، قالت وزارة الدفاع الروسية إن القوات التركية "لم تبلغ" الجانب الروسي بتحركاتها ليل الأحد الاثنين، وإن الجيش السوري كان يستهدف "إرهابيين" غرب سراقب.',
'ونقل المرصد السوري لحقوق الإنسان أن 13 عنصراً من قوات النظام قتلوا في القصف التركي على مواقع في ريفي إدلب الشرقي وحلب الجنوبي الغربي، في حصيلة أقل بكثير من الأرقام التركية.',
'ميدانياً، واصلت قوات النظام، مدعومة بغطاء جوي روسي، تقدمها في ريف إدلب الجنوبي الشرقي، وباتت على بعد أقل من ثلاثة كيلومترات من سراقب، بعد أيام من سيطرتها على مدينة معرة النعمان، ثاني أكبر مدن المحافظة، في 28 كانون الثاني/يناير.',
'وتنشر تركيا 12 نقطة مراقبة في إدلب بموجب اتفاق سوتشي الموقع مع روسيا في أيلول/سبتمبر 2018، بات عدد منها، بينها نقطتا مورك والصرمان، محاصراً من قبل قوات النظام.',
'وأفاد المرصد بأن رتلاً تركياً جديداً يضم نحو 150 آلية، بينها دبابات وناقلات جند وراجمات صواريخ، دخل صباح اليوم الثلاثاء من معبر كفرلوسين الحدودي واتجه نحو مطار تفتناز العسكري وبلدة بنش.',
'ومن المقرر أن يزور وفد عسكري روسي أنقرة خلال الأيام المقبلة، لبحث التوصل إلى تهدئة جديدة في إدلب، بحسب ما أعلن المتحدث باسم الرئاسة التركية إبراهيم كالن.',
'وتقول الأمم المتحدة إن نحو 520 ألف شخص نزحوا من مناطق القتال في إدلب وريف حلب منذ مطلع كانون الأول/ديسمبر الماضي، عندما بدأت قوات النظام هجومها الأخير بدعم روسي.',
'فرانس24/ أ ف ب',
]
D = '2020-02-04'
MON = '2020-02-03'
ents = [
 ('L0:ثمانية أتراك','QUANTITY',None,(8,False,'killed')), ('L0:قوات النظام السوري','ACTOR','SY_GOV'), ('L0:سراقب','LOCATION','saraqib'),
 ('L0:أنقرة','ACTOR','TR'), ('L0:عشرات الأهداف','QUANTITY',None,([24,99],True,'other')),
 ('L1:سبعة جنود','QUANTITY',None,(7,False,'killed')), ('L1:جنود أتراك','ACTOR','TR'), ('L1:الجيش التركي','ACTOR','TR'),
 ('L1:قوات النظام السوري','ACTOR','SY_GOV'), ('L1:مدينة سراقب','LOCATION','saraqib'), ('L1:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L2:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L2:الجيش التركي','ACTOR','TR'), ('L2:46 موقعاً','QUANTITY',None,(46,False,'other')),
 ('L2:لنظام','ACTOR','SY_GOV'), ('L2:ما بين 30 و35','QUANTITY',None,([30,35],True,'killed')), ('L2:موسكو','ACTOR','RU'), ('L2:أنقرة','ACTOR','TR'),
 ('L3:وزارة الدفاع التركية','ACTOR','TR'), ('L3:المنطقة','LOCATION','saraqib-area'), ('L3:سراقب','LOCATION','saraqib'), ('L3:موسكو','ACTOR','RU'),
 ('L4:وزارة الدفاع الروسية','ACTOR','RU'), ('L4:القوات التركية','ACTOR','TR'), ('L4:الجانب الروسي','ACTOR','RU'), ('L4:الجيش السوري','ACTOR','SY_GOV'),
 ('L4:إرهابيين','ACTOR','NUSRA'), ('L4:سراقب','LOCATION','saraqib'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:13 عنصراً','QUANTITY',None,(13,False,'killed')), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:ريفي إدلب الشرقي','LOCATION','idlib-east-countryside'), ('L5:حلب الجنوبي الغربي','LOCATION','aleppo-southwest-countryside'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:ريف إدلب الجنوبي الشرقي','LOCATION','idlib-southeast-countryside'),
 ('L6:أقل من ثلاثة كيلومترات','QUANTITY',None,(3,True,'km')), ('L6:سراقب','LOCATION','saraqib'), ('L6:مدينة معرة النعمان','LOCATION','maarat-al-numan'),
 ('L6:المحافظة','LOCATION','idlib-governorate'),
 ('L7:تركيا','ACTOR','TR'), ('L7:12 نقطة مراقبة','QUANTITY',None,(12,False,'other')), ('L7:إدلب','LOCATION','idlib-governorate'), ('L7:سوتشي','LOCATION','sochi'),
 ('L7:روسيا','ACTOR','RU'), ('L7:مورك','LOCATION','morek'), ('L7:الصرمان','LOCATION','al-surman'), ('L7:قوات النظام','ACTOR','SY_GOV'),
 ('L8:المرصد','ORG','sohr'), ('L8:نحو 150 آلية','QUANTITY',None,(150,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'), ('L8:دبابات','WEAPON','tanks'),
 ('L8:ناقلات جند','WEAPON','apc'), ('L8:راجمات صواريخ','WEAPON','rocket-launchers'), ('L8:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'),
 ('L8:مطار تفتناز العسكري','LOCATION','taftanaz-airbase'), ('L8:بلدة بنش','LOCATION','binnish'),
 ('L9:وفد عسكري روسي','ACTOR','RU'), ('L9:أنقرة','LOCATION','ankara'), ('L9:إدلب','LOCATION','idlib-governorate'), ('L9:الرئاسة التركية','ACTOR','TR'),
 ('L9:إبراهيم كالن','PERSON','ibrahim-kalin'),
 ('L10:الأمم المتحدة','ORG','un'), ('L10:نحو 520 ألف شخص','QUANTITY',None,(520000,True,'people')), ('L10:إدلب','LOCATION','idlib-governorate'),
 ('L10:ريف حلب','LOCATION','aleppo-countryside'), ('L10:قوات النظام','ACTOR','SY_GOV'),
 ('L11:فرانس24','ORG','france24'), ('L11:أ ف ب','ORG','afp'),
]
times = [
 ('L1:الاثنين', MON, 'day'),
 ('L1:عام 2011', '2011', 'year'),
 ('L4:ليل الأحد الاثنين', '2020-02-02', 'part-of-day', {'part':'night'}),
 ('L6:28 كانون الثاني/يناير', '2020-01-28', 'day'),
 ('L7:أيلول/سبتمبر 2018', '2018-09', 'month'),
 ('L8:صباح اليوم الثلاثاء', D, 'part-of-day', {'part':'morning'}),
 ('L9:خلال الأيام المقبلة', D+'/', 'vague', {'relation':'after'}),
 ('L10:منذ مطلع كانون الأول/ديسمبر الماضي', '2019-12/2020-02', 'month'),
]
ERD = 'رجب طيب أردوغان'
TMOD = 'وزارة الدفاع التركية'
RMOD = 'وزارة الدفاع الروسية'
SOHR = 'المرصد السوري لحقوق الإنسان'
KAL = 'إبراهيم كالن'
NIGHT = 'L4:ليل الأحد الاثنين'
events = [
 dict(type='ATTACK', trig='L1:قصف مدفعي', time='L1:الاثنين', actors=['SY_GOV'], targets=['TR'], loc='L1:مدينة سراقب', qty=['L1:سبعة جنود']),
 dict(type='STATEMENT', trig='L2:قال', actors=['TR'], attr=ERD),
 dict(type='ATTACK', trig='L2:قصف مدفعي وجوي', time='L1:الاثنين', actors=['TR'], targets=['SY_GOV'], attr=ERD, qty=['L2:46 موقعاً','L2:ما بين 30 و35']),
 dict(type='STATEMENT', trig='L3:أوضحت', actors=['TR'], attr=TMOD),
 dict(type='ATTACK', trig='L3:القصف', time='L1:الاثنين', actors=['SY_GOV'], targets=['TR'], loc='L3:المنطقة', attr=TMOD),
 dict(type='MOVEMENT', trig='L3:أُرسلت', time=NIGHT, actors=['TR'], loc='L3:المنطقة', attr=TMOD),
 dict(type='BASE', trig='L3:إقامة نقاط مراقبة', mod='planned', actors=['TR'], loc='L3:سراقب', attr=TMOD),
 dict(type='STATEMENT', trig='L4:قالت', actors=['RU'], attr=RMOD),
 dict(type='MOVEMENT', trig='L4:تحركاتها', time=NIGHT, actors=['TR'], attr=RMOD),
 dict(type='ATTACK', trig='L4:يستهدف', time=NIGHT, actors=['SY_GOV'], targets=['NUSRA'], loc='L4:سراقب', attr=RMOD),
 dict(type='ATTACK', trig='L5:القصف', time='L1:الاثنين', actors=['TR'], targets=['SY_GOV'], loc='L5:ريفي إدلب الشرقي', attr=SOHR, qty=['L5:13 عنصراً']),
 dict(type='MOVEMENT', trig='L6:تقدمها', actors=['SY_GOV'], loc='L6:ريف إدلب الجنوبي الشرقي', qty=['L6:أقل من ثلاثة كيلومترات']),
 dict(type='CONTROL', trig='L6:سيطرتها', time='L6:28 كانون الثاني/يناير', actors=['SY_GOV'], loc='L6:مدينة معرة النعمان'),
 dict(type='BASE', trig='L7:تنشر', actors=['TR'], loc='L7:إدلب', qty=['L7:12 نقطة مراقبة']),
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:أيلول/سبتمبر 2018', actors=['TR','RU'], loc='L7:سوتشي'),
 dict(type='OPERATION', trig='L7:محاصراً', actors=['SY_GOV'], targets=['TR'], loc='L7:مورك'),
 dict(type='MOVEMENT', trig='L8:دخل', time='L8:صباح اليوم الثلاثاء', actors=['TR'], loc='L8:معبر كفرلوسين الحدودي', attr='المرصد',
      weapons=['L8:آلية','L8:دبابات','L8:ناقلات جند','L8:راجمات صواريخ'], qty=['L8:نحو 150 آلية']),
 dict(type='MOVEMENT', trig='L8:اتجه', time='L8:صباح اليوم الثلاثاء', actors=['TR'], loc='L8:مطار تفتناز العسكري', attr='المرصد'),
 dict(type='AGREEMENT', trig='L9:تهدئة', mod='planned', time='L9:خلال الأيام المقبلة', actors=['RU','TR'], loc='L9:إدلب', attr=KAL),
 dict(type='STATEMENT', trig='L9:أعلن', actors=['TR'], attr=KAL),
 dict(type='OPERATION', trig='L10:هجومها', time='L10:منذ مطلع كانون الأول/ديسمبر الماضي', actors=['SY_GOV'], loc='L10:إدلب', attr='الأمم المتحدة'),
]
MD = (MON, 'day')
OD = (D, 'day')
NT = ('2020-02-02', 'part-of-day')
TM = (D, 'part-of-day')
conv = 'رتل: نحو 150 آلية، دبابات وناقلات جند وراجمات صواريخ'
forces = [
 dict(actor='TR', assets='مواقع تركية', loc=('مدينة سراقب','saraqib'), as_of=MD, status='attacked', line=1, events=[1]),
 dict(actor='TR', assets='تعزيزات', loc=('المنطقة','saraqib-area'), as_of=NT, status='reinforced', source=TMOD, line=3, events=[6]),
 dict(actor='TR', assets='تعزيزات', loc=('المنطقة','saraqib-area'), as_of=MD, status='attacked', source=TMOD, line=3, events=[5]),
 dict(actor='TR', assets='نقاط مراقبة جديدة', loc=('سراقب','saraqib'), as_of=OD, status='planned', source=TMOD, line=3, events=[7]),
 dict(actor='NUSRA', loc=('سراقب','saraqib'), as_of=NT, status='attacked', source=RMOD, line=4, events=[10]),
 dict(actor='SY_GOV', assets='مواقع', loc=('ريفي إدلب الشرقي','idlib-east-countryside'), as_of=MD, status='attacked', source=SOHR, line=5, events=[11]),
 dict(actor='SY_GOV', assets='مواقع', loc=('حلب الجنوبي الغربي','aleppo-southwest-countryside'), as_of=MD, status='attacked', source=SOHR, line=5, events=[11]),
 dict(actor='SY_GOV', loc=('ريف إدلب الجنوبي الشرقي','idlib-southeast-countryside'), as_of=OD, status='present', line=6, events=[12]),
 dict(actor='SY_GOV', loc=('مدينة معرة النعمان','maarat-al-numan'), as_of=('2020-01-28','day'), status='controls', line=6, events=[13]),
 dict(actor='TR', assets='12 نقطة مراقبة', loc=('إدلب','idlib-governorate'), as_of=OD, status='present', line=7, events=[14]),
 dict(actor='TR', assets='نقطة مراقبة', loc=('مورك','morek'), as_of=OD, status='present', line=7, events=[16]),
 dict(actor='TR', assets='نقطة مراقبة', loc=('الصرمان','al-surman'), as_of=OD, status='present', line=7, events=[16]),
 dict(actor='SY_GOV', loc=('مورك','morek'), as_of=OD, status='present', line=7, events=[16]),
 dict(actor='SY_GOV', loc=('الصرمان','al-surman'), as_of=OD, status='present', line=7, events=[16]),
 dict(actor='TR', assets=conv, loc=('مطار تفتناز العسكري','taftanaz-airbase'), as_of=TM, status='reinforced', source='المرصد السوري لحقوق الإنسان', line=8, events=[17, 18]),
 dict(actor='TR', assets=conv, loc=('بلدة بنش','binnish'), as_of=TM, status='reinforced', source='المرصد السوري لحقوق الإنسان', line=8, events=[17, 18]),
 dict(actor='SY_GOV', loc=('إدلب','idlib-governorate'), as_of=('2019-12/2020-02','month'), status='present', source='الأمم المتحدة', line=10, events=[21]),
]
build('france24-saraqib-turkish-soldiers', None, 'فرانس 24', D, L, ents, times, events, forces)
