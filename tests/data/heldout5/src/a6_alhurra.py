from build import build
L = [
'اشتباكات بين "قسد" ومقاتلي العشائر في ريف دير الزور.. وتعزيزات أميركية إلى حقلي كونيكو والعمر',
'الحرة - دبي',
'تتواصل لليوم الخامس على التوالي الاشتباكات بين قوات سوريا الديمقراطية (قسد) ومسلحين من العشائر العربية في ريف دير الزور الشرقي، حيث سيطر مقاتلو العشائر على بلدة ذيبان وأجزاء من بلدة الشحيل، وفق ما أفاد به المرصد السوري لحقوق الإنسان.',
'واندلعت المواجهات يوم الأحد الماضي، بعد أن اعتقلت "قسد" قائد مجلس دير الزور العسكري أحمد الخبيل، المعروف بـ"أبو خولة"، خلال اجتماع في مدينة الحسكة، بتهم تتعلق بـ"التواصل مع النظام السوري" و"تجارة المخدرات".',
'وبلغت حصيلة القتلى منذ بدء المعارك 54 شخصاً على الأقل، بينهم 9 مدنيين و27 من مقاتلي العشائر و18 عنصراً من "قسد"، بحسب المرصد، فيما نزحت عشرات العائلات من بلدة البصيرة باتجاه البادية.',
'وفي تطور متزامن، دخل رتل عسكري أميركي يضم نحو 30 شاحنة وعربات مصفحة من نوع "برادلي" من العراق عبر معبر الوليد الحدودي، فجر الأربعاء، واتجه إلى قاعدتي حقل كونيكو للغاز وحقل العمر النفطي في ريف دير الزور، بحسب مصادر محلية.',
'وقال مسؤول في وزارة الدفاع الأميركية لموقع "الحرة" إن التعزيزات "روتينية"، مؤكداً أن نحو 900 جندي أميركي ما زالوا منتشرين في سوريا لدعم مهمة هزيمة تنظيم داعش، وأن واشنطن "تتابع عن كثب" التطورات في دير الزور.',
'في المقابل، رصدت مصادر محلية وصول تعزيزات لميليشيات موالية لإيران إلى مدينة البوكمال ومنطقة الميادين على الضفة الغربية لنهر الفرات، بينها عناصر من "الحرس الثوري" ومقاتلون من "لواء فاطميون"، وسط مخاوف من استغلالها الاشتباكات للتسلل إلى مناطق شرق الفرات.',
'وكانت فصائل مدعومة من إيران قد استهدفت قاعدة حقل العمر بثلاث قذائف صاروخية مطلع الشهر الجاري، دون وقوع إصابات، فيما نفت القيادة المركزية الأميركية (سنتكوم) أن تكون القوات الأميركية قد شاركت في الاشتباكات الدائرة بين "قسد" والعشائر.',
'ومن المقرر أن يلتقي مسؤولون عسكريون أميركيون وجهاء من العشائر وقادة في "قسد" خلال الأيام المقبلة في محاولة للتوصل إلى اتفاق لوقف القتال، وفق ما ذكرته وكالة رويترز.',
]
D = '2023-08-31'
TRB, IBM = 'OTHER:arab-tribes', 'OTHER:iran-backed-militias'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:العشائر','ACTOR',TRB), ('L0:ريف دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L0:كونيكو','LOCATION','conoco-field'), ('L0:العمر','LOCATION','al-omar-oilfield'),
 ('L1:الحرة','ORG','alhurra'), ('L1:دبي','LOCATION','dubai'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:العشائر العربية','ACTOR',TRB),
 ('L2:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L2:العشائر#1','ACTOR',TRB), ('L2:بلدة ذيبان','LOCATION','dhiban'),
 ('L2:بلدة الشحيل','LOCATION','al-shuhayl'), ('L2:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:قسد','ACTOR','SDF'), ('L3:مجلس دير الزور العسكري','ACTOR','OTHER:deir-ez-zor-military-council'), ('L3:أحمد الخبيل','PERSON','ahmed-al-khabil'),
 ('L3:أبو خولة','PERSON','ahmed-al-khabil'), ('L3:مدينة الحسكة','LOCATION','hasakah'), ('L3:النظام السوري','ACTOR','SY_GOV'),
 ('L4:54 شخصاً على الأقل','QUANTITY',None,(54,True,'killed')), ('L4:9 مدنيين','QUANTITY',None,(9,False,'killed')),
 ('L4:27','QUANTITY',None,(27,False,'killed')), ('L4:العشائر','ACTOR',TRB), ('L4:18 عنصراً','QUANTITY',None,(18,False,'killed')),
 ('L4:قسد','ACTOR','SDF'), ('L4:المرصد','ORG','sohr'), ('L4:عشرات العائلات','QUANTITY',None,([24,99],True,'people')),
 ('L4:بلدة البصيرة','LOCATION','al-busayrah'), ('L4:البادية','LOCATION','syrian-badia'),
 ('L5:نحو 30 شاحنة','QUANTITY',None,(30,True,'vehicles')), ('L5:شاحنة','WEAPON','trucks'), ('L5:عربات مصفحة من نوع "برادلي"','WEAPON','bradley'),
 ('L5:العراق','LOCATION','iraq'), ('L5:معبر الوليد الحدودي','LOCATION','al-walid-crossing'), ('L5:حقل كونيكو للغاز','LOCATION','conoco-field'),
 ('L5:حقل العمر النفطي','LOCATION','al-omar-oilfield'), ('L5:ريف دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L6:وزارة الدفاع الأميركية','ACTOR','US'), ('L6:موقع "الحرة"','ORG','alhurra'), ('L6:نحو 900 جندي','QUANTITY',None,(900,True,'troops')),
 ('L6:سوريا','LOCATION','syria'), ('L6:تنظيم داعش','ACTOR','ISIS'), ('L6:واشنطن','ACTOR','US'), ('L6:دير الزور','LOCATION','deir-ez-zor'),
 ('L7:ميليشيات موالية لإيران','ACTOR',IBM), ('L7:مدينة البوكمال','LOCATION','albu-kamal'), ('L7:منطقة الميادين','LOCATION','mayadin'),
 ('L7:الضفة الغربية لنهر الفرات','LOCATION','euphrates-west-bank'), ('L7:الحرس الثوري','ACTOR','IR'), ('L7:لواء فاطميون','ACTOR','OTHER:fatemiyoun'),
 ('L7:مناطق شرق الفرات','LOCATION','east-euphrates'),
 ('L8:فصائل مدعومة من إيران','ACTOR',IBM), ('L8:قاعدة حقل العمر','LOCATION','al-omar-oilfield'), ('L8:ثلاث قذائف صاروخية','QUANTITY',None,(3,False,'missiles')),
 ('L8:قذائف صاروخية','WEAPON','rockets'), ('L8:القيادة المركزية الأميركية','ACTOR','US'), ('L8:سنتكوم','ACTOR','US'), ('L8:القوات الأميركية','ACTOR','US'),
 ('L8:قسد','ACTOR','SDF'), ('L8:العشائر','ACTOR',TRB),
 ('L9:مسؤولون عسكريون أميركيون','ACTOR','US'), ('L9:العشائر','ACTOR',TRB), ('L9:قسد','ACTOR','SDF'), ('L9:رويترز','ORG','reuters'),
]
times = [
 ('L2:لليوم الخامس على التوالي', '2023-08-27/2023-08-31', 'day'),
 ('L3:يوم الأحد الماضي', '2023-08-27', 'day'),
 ('L5:فجر الأربعاء', '2023-08-30', 'part-of-day', {'part':'morning'}),
 ('L8:مطلع الشهر الجاري', '2023-08', 'month'),
 ('L9:خلال الأيام المقبلة', D+'/', 'vague', {'relation':'after'}),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
LS = 'مصادر محلية'
PO = 'مسؤول في وزارة الدفاع الأميركية'
CC = 'القيادة المركزية الأميركية (سنتكوم)'
events = [
 dict(type='ATTACK', trig='L2:الاشتباكات', time='L2:لليوم الخامس على التوالي', actors=['SDF',TRB], loc='L2:ريف دير الزور الشرقي', attr=SOHR),
 dict(type='CONTROL', trig='L2:سيطر', actors=[TRB], loc='L2:بلدة ذيبان', attr=SOHR),
 dict(type='ATTACK', trig='L3:المواجهات', time='L3:يوم الأحد الماضي', actors=['SDF',TRB]),
 dict(type='ARREST', trig='L3:اعتقلت', time='L3:يوم الأحد الماضي', actors=['SDF'], targets=['OTHER:deir-ez-zor-military-council'], loc='L3:مدينة الحسكة'),
 dict(type='ATTACK', trig='L4:المعارك', actors=['SDF',TRB], attr='المرصد',
      qty=['L4:54 شخصاً على الأقل','L4:9 مدنيين','L4:27','L4:18 عنصراً']),
 dict(type='MOVEMENT', trig='L5:دخل', time='L5:فجر الأربعاء', actors=['US'], loc='L5:معبر الوليد الحدودي', attr=LS,
      weapons=['L5:شاحنة','L5:عربات مصفحة من نوع "برادلي"'], qty=['L5:نحو 30 شاحنة']),
 dict(type='MOVEMENT', trig='L5:اتجه', time='L5:فجر الأربعاء', actors=['US'], loc='L5:حقل كونيكو للغاز', attr=LS),
 dict(type='MOVEMENT', trig='L6:التعزيزات', actors=['US'], attr=PO),
 dict(type='MOVEMENT', trig='L6:منتشرين', actors=['US'], loc='L6:سوريا', attr=PO, qty=['L6:نحو 900 جندي']),
 dict(type='OPERATION', trig='L6:مهمة', actors=['US'], targets=['ISIS'], loc='L6:سوريا', attr=PO),
 dict(type='MOVEMENT', trig='L7:وصول', actors=[IBM,'IR','OTHER:fatemiyoun'], loc='L7:مدينة البوكمال', attr=LS),
 dict(type='ATTACK', trig='L7:الاشتباكات', actors=['SDF',TRB]),
 dict(type='MOVEMENT', trig='L7:للتسلل', mod='expected', actors=[IBM], loc='L7:مناطق شرق الفرات', attr=LS),
 dict(type='ATTACK', trig='L8:استهدفت', time='L8:مطلع الشهر الجاري', actors=[IBM], targets=['US'], loc='L8:قاعدة حقل العمر',
      weapons=['L8:قذائف صاروخية'], qty=['L8:ثلاث قذائف صاروخية']),
 dict(type='ATTACK', trig='L8:شاركت', mod='denied', actors=['US'], attr=CC),
 dict(type='ATTACK', trig='L8:الاشتباكات', actors=['SDF',TRB], attr=CC),
 dict(type='AGREEMENT', trig='L9:اتفاق', mod='planned', time='L9:خلال الأيام المقبلة', actors=['SDF',TRB,'US'], attr='رويترز'),
]
W = ('2023-08-30','part-of-day')
IN = ('2023-08-27/2023-08-31','day')
forces = [
 dict(actor='SDF', loc=('ريف دير الزور الشرقي','deir-ez-zor-east-countryside'), as_of=IN, status='present', source=SOHR, line=2, events=[1]),
 dict(actor=TRB, loc=('ريف دير الزور الشرقي','deir-ez-zor-east-countryside'), as_of=IN, status='present', source=SOHR, line=2, events=[1]),
 dict(actor=TRB, loc=('بلدة ذيبان','dhiban'), as_of=(D,'day'), status='controls', source=SOHR, line=2, events=[2]),
 dict(actor=TRB, loc=('أجزاء من بلدة الشحيل','al-shuhayl'), as_of=(D,'day'), status='controls', source=SOHR, line=2, events=[2]),
 dict(actor='US', assets='رتل: نحو 30 شاحنة وعربات مصفحة برادلي', loc=('حقل كونيكو للغاز','conoco-field'), as_of=W, status='reinforced', source=LS, line=5, events=[6, 7]),
 dict(actor='US', assets='رتل: نحو 30 شاحنة وعربات مصفحة برادلي', loc=('حقل العمر النفطي','al-omar-oilfield'), as_of=W, status='reinforced', source=LS, line=5, events=[6, 7]),
 dict(actor='US', strength=(900,True,'troops'), loc=('سوريا','syria'), as_of=(D,'day'), status='present', source=PO, line=6, events=[9]),
 dict(actor=IBM, loc=('مدينة البوكمال','albu-kamal'), as_of=(D,'day'), status='reinforced', source=LS, line=7, events=[11]),
 dict(actor=IBM, loc=('منطقة الميادين','mayadin'), as_of=(D,'day'), status='reinforced', source=LS, line=7, events=[11]),
 dict(actor='IR', assets='عناصر من الحرس الثوري', loc=('مدينة البوكمال','albu-kamal'), as_of=(D,'day'), status='reinforced', source=LS, line=7, events=[11]),
 dict(actor='IR', assets='عناصر من الحرس الثوري', loc=('منطقة الميادين','mayadin'), as_of=(D,'day'), status='reinforced', source=LS, line=7, events=[11]),
 dict(actor='OTHER:fatemiyoun', loc=('مدينة البوكمال','albu-kamal'), as_of=(D,'day'), status='reinforced', source=LS, line=7, events=[11]),
 dict(actor='OTHER:fatemiyoun', loc=('منطقة الميادين','mayadin'), as_of=(D,'day'), status='reinforced', source=LS, line=7, events=[11]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة حقل العمر','al-omar-oilfield'), as_of=('2023-08','month'), status='attacked', source=None, line=8, events=[14]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة حقل العمر','al-omar-oilfield'), as_of=(D,'day'), status='present', source=None, line=8, events=[]),
]
build('alhurra-deir-ez-zor-tribes', None, 'الحرة', D, L, ents, times, events, forces)
