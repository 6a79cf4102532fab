from build import build
L = [
'الجيش السوري و"حزب الله" يسيطران على القصير بعد أسبوعين من المعارك',
'بيروت - "النهار"',
'أعلنت القيادة العامة للجيش والقوات المسلحة السورية، في بيان بثه التلفزيون الرسمي أمس، أن وحداتها "أعادت الأمن والاستقرار" إلى مدينة القصير في ريف حمص الجنوبي الغربي، بعد معارك عنيفة استمرت أكثر من أسبوعين.',
'وقال مصدر ميداني قريب من "حزب الله" لـ"النهار" إن مقاتلي الحزب ووحدات الجيش دخلوا المدينة فجر الأربعاء من محوريها الجنوبي والشرقي، بعدما انسحب معظم مقاتلي المعارضة ليل الثلاثاء - الأربعاء باتجاه بلدتي الضبعة والبويضة الشرقية شمالاً.',
'وأضاف المصدر أن وحدات الهندسة بدأت تمشيط أحياء القصير وتفكيك العبوات الناسفة، فيما يتحصن "بضع مئات" من المسلحين في البويضة الشرقية التي تطوقها القوات السورية منذ ثلاثة أيام.',
'في المقابل، قال المنسق السياسي والإعلامي لـ"الجيش السوري الحر" لؤي المقداد إن انسحاب المقاتلين من القصير جاء "لحماية المدنيين والجرحى"، نافياً أن تكون قوات النظام قد دخلت البويضة الشرقية، ومؤكداً أن "الجيش الحر" ما زال يسيطر على القرى المحيطة بها.',
'وبحسب المرصد السوري لحقوق الإنسان، أسفرت المعارك في القصير وريفها منذ انطلاقها في 19 أيار الماضي عن مقتل ما لا يقل عن 450 من مقاتلي المعارضة و"جبهة النصرة"، إضافة إلى أكثر من 70 عنصراً من "حزب الله" ونحو 100 من القوات النظامية.',
'وكان الأمين العام لـ"حزب الله" السيد حسن نصر الله قد أعلن، في خطاب متلفز في 25 أيار/مايو، أن مقاتلي الحزب يشاركون في معركة القصير، متعهداً: "سنكمل هذه المعركة حتى النهاية".',
'وفي الجانب اللبناني، سقطت أمس ثلاثة صواريخ أطلقت من الأراضي السورية على أطراف مدينة الهرمل في البقاع الشمالي، من دون أن تسفر عن إصابات، وفق مصدر أمني لبناني.',
'وعزز الجيش اللبناني انتشاره في محيط بلدتي عرسال والقاع، تحسباً لتسلل مقاتلين من المعارضة السورية، فيما نقلت فرق الصليب الأحمر اللبناني نحو 30 جريحاً سورياً إلى مستشفيات البقاع.',
'ويتوقع مراقبون أن تتجه القوات النظامية و"حزب الله" بعد القصير نحو ريف حمص الشمالي وأحياء حمص القديمة، فيما توعد رئيس أركان "الجيش الحر" اللواء سليم إدريس بـ"استعادة القصير قريباً".',
'وتكتسب القصير، التي سيطرت عليها فصائل المعارضة منذ مطلع عام 2012، أهمية استراتيجية لوقوعها على طريق الإمداد بين دمشق والساحل السوري، وقربها من الحدود اللبنانية.',
]
D = '2013-06-06'   # Thursday; a print daily: its أمس is Wednesday 2013-06-05
Y = '2013-06-05'
LEB = 'OTHER:lebanon'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:حزب الله','ACTOR','HEZBOLLAH'), ('L0:القصير','LOCATION','qusayr'),
 ('L0:أسبوعين','QUANTITY',None,(2,False,'other')),
 ('L1:بيروت','LOCATION','beirut'), ('L1:النهار','ORG','annahar'),
 ('L2:القيادة العامة للجيش والقوات المسلحة السورية','ACTOR','SY_GOV'), ('L2:التلفزيون الرسمي','ORG','syrian-state-tv'),
 ('L2:مدينة القصير','LOCATION','qusayr'), ('L2:ريف حمص الجنوبي الغربي','LOCATION','homs-southwest-countryside'),
 ('L2:أكثر من أسبوعين','QUANTITY',None,(2,True,'other')),
 ('L3:حزب الله','ACTOR','HEZBOLLAH'), ('L3:النهار','ORG','annahar'), ('L3:الحزب','ACTOR','HEZBOLLAH'), ('L3:الجيش','ACTOR','SY_GOV'),
 ('L3:المدينة','LOCATION','qusayr'), ('L3:المعارضة','ACTOR','FSA'), ('L3:الضبعة','LOCATION','al-dabaa'),
 ('L3:البويضة الشرقية','LOCATION','al-buwayda-al-sharqiya'),
 ('L4:وحدات الهندسة','ACTOR','SY_GOV'), ('L4:أحياء القصير','LOCATION','qusayr'), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L4:بضع مئات','QUANTITY',None,([300,900],True,'fighters')), ('L4:المسلحين','ACTOR','FSA'),
 ('L4:البويضة الشرقية','LOCATION','al-buwayda-al-sharqiya'), ('L4:القوات السورية','ACTOR','SY_GOV'),
 ('L5:الجيش السوري الحر','ACTOR','FSA'), ('L5:لؤي المقداد','PERSON','louay-al-meqdad'), ('L5:المقاتلين','ACTOR','FSA'), ('L5:القصير','LOCATION','qusayr'),
 ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:البويضة الشرقية','LOCATION','al-buwayda-al-sharqiya'), ('L5:الجيش الحر','ACTOR','FSA'),
 ('L5:القرى المحيطة بها','LOCATION','al-buwayda-surroundings'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:القصير','LOCATION','qusayr'),
 ('L6:ما لا يقل عن 450','QUANTITY',None,(450,True,'killed')), ('L6:المعارضة','ACTOR','FSA'), ('L6:جبهة النصرة','ACTOR','NUSRA'),
 ('L6:أكثر من 70 عنصراً','QUANTITY',None,(70,True,'killed')), ('L6:حزب الله','ACTOR','HEZBOLLAH'),
 ('L6:نحو 100','QUANTITY',None,(100,True,'killed')), ('L6:القوات النظامية','ACTOR','SY_GOV'),
 ('L7:حزب الله','ACTOR','HEZBOLLAH'), ('L7:حسن نصر الله','PERSON','hassan-nasrallah'), ('L7:الحزب','ACTOR','HEZBOLLAH'),
 ('L7:القصير','LOCATION','qusayr'),
 ('L8:ثلاثة صواريخ','QUANTITY',None,(3,False,'missiles')), ('L8:صواريخ','WEAPON','rockets'), ('L8:الأراضي السورية','LOCATION','syria'),
 ('L8:مدينة الهرمل','LOCATION','hermel'), ('L8:البقاع الشمالي','LOCATION','north-bekaa'),
 ('L9:الجيش اللبناني','ACTOR',LEB), ('L9:عرسال','LOCATION','arsal'), ('L9:القاع','LOCATION','al-qaa'),
 ('L9:المعارضة السورية','ACTOR','FSA'), ('L9:الصليب الأحمر اللبناني','ORG','lebanese-red-cross'),
 ('L9:نحو 30 جريحاً','QUANTITY',None,(30,True,'wounded')), ('L9:البقاع','LOCATION','bekaa'),
 ('L10:القوات النظامية','ACTOR','SY_GOV'), ('L10:حزب الله','ACTOR','HEZBOLLAH'), ('L10:القصير#0','LOCATION','qusayr'),
 ('L10:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L10:أحياء حمص القديمة','LOCATION','homs-old-city'),
 ('L10:الجيش الحر','ACTOR','FSA'), ('L10:سليم إدريس','PERSON','salim-idris'), ('L10:القصير#1','LOCATION','qusayr'),
 ('L11:القصير','LOCATION','qusayr'), ('L11:فصائل المعارضة','ACTOR','FSA'), ('L11:دمشق','LOCATION','damascus'),
 ('L11:الساحل السوري','LOCATION','syrian-coast'), ('L11:الحدود اللبنانية','LOCATION','lebanon-syria-border'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L3:فجر الأربعاء', Y, 'part-of-day', {'part':'morning'}),
 ('L3:ليل الثلاثاء - الأربعاء', '2013-06-04', 'part-of-day', {'part':'night'}),
 ('L4:منذ ثلاثة أيام', '2013-06-03/'+D, 'day'),
 ('L6:19 أيار الماضي', '2013-05-19', 'day'),
 ('L7:25 أيار/مايو', '2013-05-25', 'day'),
 ('L8:أمس', Y, 'day'),
 ('L10:قريباً', D+'/', 'vague', {'relation':'after'}),
 ('L11:منذ مطلع عام 2012', '2012-01/2013-06', 'month'),
]
GC = 'القيادة العامة للجيش والقوات المسلحة السورية'
SRC = 'مصدر ميداني قريب من حزب الله (النهار)'
MEQ = 'لؤي المقداد'
SOHR = 'المرصد السوري لحقوق الإنسان'
NAS = 'حسن نصر الله'
START = 'L6:19 أيار الماضي'
NIGHT = 'L3:ليل الثلاثاء - الأربعاء'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:أمس', actors=['SY_GOV'], attr=GC),
 dict(type='CONTROL', trig='L2:أعادت', time='L2:أمس', actors=['SY_GOV'], loc='L2:مدينة القصير', attr=GC),
 dict(type='ATTACK', trig='L2:معارك', time=START, actors=['SY_GOV'], loc='L2:مدينة القصير', attr=GC, qty=['L2:أكثر من أسبوعين']),
 dict(type='MOVEMENT', trig='L3:دخلوا', time='L3:فجر الأربعاء', actors=['HEZBOLLAH','SY_GOV'], loc='L3:المدينة', attr=SRC),
 dict(type='WITHDRAWAL', trig='L3:انسحب', time=NIGHT, actors=['FSA'], loc='L3:المدينة', attr=SRC),
 dict(type='OPERATION', trig='L4:تمشيط', actors=['SY_GOV'], loc='L4:أحياء القصير', attr=SRC),
 dict(type='OPERATION', trig='L4:تطوقها', time='L4:منذ ثلاثة أيام', actors=['SY_GOV'], targets=['FSA'], loc='L4:البويضة الشرقية', attr=SRC,
      qty=['L4:بضع مئات']),
 dict(type='STATEMENT', trig='L5:قال', actors=['FSA'], attr=MEQ),
 dict(type='WITHDRAWAL', trig='L5:انسحاب', time=NIGHT, actors=['FSA'], loc='L5:القصير', attr=MEQ),
 dict(type='MOVEMENT', trig='L5:دخلت', mod='denied', actors=['SY_GOV'], loc='L5:البويضة الشرقية', attr=MEQ),
 dict(type='CONTROL', trig='L5:يسيطر', actors=['FSA'], loc='L5:القرى المحيطة بها', attr=MEQ),
 dict(type='ATTACK', trig='L6:المعارك', time=START, actors=['SY_GOV','HEZBOLLAH','FSA','NUSRA'], loc='L6:القصير', attr=SOHR,
      qty=['L6:ما لا يقل عن 450','L6:أكثر من 70 عنصراً','L6:نحو 100']),
 dict(type='STATEMENT', trig='L7:أعلن', time='L7:25 أيار/مايو', actors=['HEZBOLLAH'], attr=NAS),
 dict(type='OPERATION', trig='L7:معركة#0', time='L7:25 أيار/مايو', actors=['HEZBOLLAH'], targets=['FSA'], loc='L7:القصير', attr=NAS),
 dict(type='OPERATION', trig='L7:سنكمل', mod='planned', actors=['HEZBOLLAH'], loc='L7:القصير', attr=NAS),
 dict(type='ATTACK', trig='L8:سقطت', time='L8:أمس', actors=[], targets=[], loc='L8:مدينة الهرمل', attr='مصدر أمني لبناني',
      weapons=['L8:صواريخ'], qty=['L8:ثلاثة صواريخ']),
 dict(type='MOVEMENT', trig='L9:عزز', actors=[LEB], loc='L9:عرسال'),
 dict(type='MOVEMENT', trig='L9:تسلل', mod='expected', actors=['FSA']),
 dict(type='MOVEMENT', trig='L10:تتجه', mod='planned', actors=['SY_GOV','HEZBOLLAH'], loc='L10:ريف حمص الشمالي', attr='مراقبون'),
 dict(type='CONTROL', trig='L10:استعادة', mod='planned', time='L10:قريباً', actors=['FSA'], loc='L10:القصير#1', attr='سليم إدريس'),
 dict(type='CONTROL', trig='L11:سيطرت', time='L11:منذ مطلع عام 2012', actors=['FSA'], loc='L11:القصير'),
]
YD = (Y, 'day')
OD = (D, 'day')
DAWN = (Y, 'part-of-day')
NT = ('2013-06-04', 'part-of-day')
SD = ('2013-05-19', 'day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة القصير','qusayr'), as_of=YD, status='controls', source=GC, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('مدينة القصير','qusayr'), as_of=SD, status='present', source=GC, line=2, events=[3]),
 dict(actor='HEZBOLLAH', loc=('المدينة','qusayr'), as_of=DAWN, status='arrived', source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('المدينة','qusayr'), as_of=DAWN, status='arrived', source=SRC, line=3, events=[4]),
 dict(actor='FSA', loc=('المدينة','qusayr'), as_of=NT, status='withdrawn', source=SRC, line=3, events=[5]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('أحياء القصير','qusayr'), as_of=OD, status='present', source=SRC, line=4, events=[6]),
 dict(actor='FSA', strength=([300,900], True, 'fighters'), loc=('البويضة الشرقية','al-buwayda-al-sharqiya'), as_of=OD, status='present',
      source=SRC, line=4, events=[7]),
 dict(actor='SY_GOV', loc=('البويضة الشرقية','al-buwayda-al-sharqiya'), as_of=('2013-06-03/'+D, 'day'), status='present', source=SRC,
      line=4, events=[7]),
 dict(actor='FSA', loc=('القصير','qusayr'), as_of=NT, status='withdrawn', source=MEQ, line=5, events=[9]),
 dict(actor='FSA', loc=('القرى المحيطة بها','al-buwayda-surroundings'), as_of=OD, status='controls', source=MEQ, line=5, events=[11]),
 dict(actor='SY_GOV', loc=('القصير','qusayr'), as_of=SD, status='present', source=SOHR, line=6, events=[12]),
 dict(actor='HEZBOLLAH', loc=('القصير','qusayr'), as_of=SD, status='present', source=SOHR, line=6, events=[12]),
 dict(actor='FSA', loc=('القصير','qusayr'), as_of=SD, status='present', source=SOHR, line=6, events=[12]),
 dict(actor='NUSRA', loc=('القصير','qusayr'), as_of=SD, status='present', source=SOHR, line=6, events=[12]),
 dict(actor='HEZBOLLAH', loc=('القصير','qusayr'), as_of=('2013-05-25','day'), status='present', source=NAS, line=7, events=[14]),
 dict(actor=LEB, loc=('عرسال','arsal'), as_of=OD, status='reinforced', line=9, events=[17]),
 dict(actor=LEB, loc=('القاع','al-qaa'), as_of=OD, status='reinforced', line=9, events=[17]),
 dict(actor='FSA', loc=('القصير','qusayr'), as_of=('2012-01/2013-06','month'), status='controls', line=11, events=[21]),
]
build('annahar-qusayr', None, 'النهار', D, L, ents, times, events, forces)
