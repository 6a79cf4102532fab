from build import build
L = [
'النظام يرفع علمه في درعا البلد ومعبر نصيب.. وأولى قوافل المهجرين تتجه إلى إدلب',
'عمان ـ «القدس العربي»',
'دخلت قوات النظام السوري، أمس الأحد، أحياء درعا البلد في مدينة درعا جنوب سوريا، ورفعت علمها في ساحة المسجد العمري، برفقة عناصر من الشرطة العسكرية الروسية، بعد اتفاق «تسوية» أبرمته فصائل المعارضة مع الجانب الروسي الأسبوع الماضي.',
'وجاء ذلك بعد أيام من سيطرة قوات النظام على معبر نصيب الحدودي مع الأردن، في السادس من تموز/يوليو الجاري، إثر انسحاب مقاتلي المعارضة منه تحت وطأة غارات مكثفة للطيران الروسي استمرت قرابة أسبوعين على بلدات ريف درعا الشرقي.',
'وقال مصدر في «غرفة العمليات المركزية في الجنوب» لـ«القدس العربي» إن 15 حافلة تقل نحو 450 مقاتلاً مع عائلاتهم غادرت درعا البلد فجر اليوم الاثنين باتجاه الشمال السوري، عبر معبر قلعة المضيق بريف حماة الغربي، على أن تصل إلى إدلب مساء اليوم.',
'وأوضح المصدر أن الاتفاق نص على تسليم السلاح الثقيل والمتوسط، وتسوية أوضاع من يرغب بالبقاء، مقابل انسحاب قوات النظام من محيط الأحياء السكنية وانتشار الشرطة العسكرية الروسية فيها.',
'في المقابل، نفى مصدر عسكري روسي، نقلت عنه وكالة «سبوتنيك»، أن يكون الطيران الروسي قد قصف مخيمات النازحين قرب الحدود الأردنية، مؤكداً أن الضربات استهدفت «مواقع الإرهابيين» فقط.',
'ويشهد معبر نصيب، المغلق منذ نيسان/أبريل 2015، انتشاراً لنحو 300 عنصر من «الفرقة الرابعة»، فيما رصد الجيش الأردني نحو 200 ألف نازح تجمعوا قرب الشريط الحدودي منذ بدء الحملة العسكرية في 19 حزيران/يونيو الماضي.',
'وكانت الولايات المتحدة قد أبلغت فصائل «الجيش الحر» في الجنوب مطلع الشهر الجاري أنها لن تتدخل عسكرياً لوقف هجوم النظام، رغم أن المنطقة مشمولة باتفاق «خفض التصعيد» الذي رعته واشنطن وموسكو وعمّان في تموز/يوليو 2017.',
]
D = '2018-07-16'
Y = '2018-07-15'
ents = [
 ('L0:النظام','ACTOR','SY_GOV'), ('L0:درعا البلد','LOCATION','daraa-al-balad'), ('L0:معبر نصيب','LOCATION','nasib-crossing'), ('L0:إدلب','LOCATION','idlib'),
 ('L1:عمان','LOCATION','amman'), ('L1:القدس العربي','ORG','alquds-alarabi'),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'), ('L2:درعا البلد','LOCATION','daraa-al-balad'), ('L2:مدينة درعا','LOCATION','daraa'),
 ('L2:جنوب سوريا','LOCATION','south-syria'), ('L2:ساحة المسجد العمري','LOCATION','omari-mosque'), ('L2:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L2:فصائل المعارضة','ACTOR','FSA'), ('L2:الجانب الروسي','ACTOR','RU'),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:معبر نصيب الحدودي','LOCATION','nasib-crossing'), ('L3:الأردن','LOCATION','jordan'),
 ('L3:المعارضة','ACTOR','FSA'), ('L3:لطيران الروسي','ACTOR','RU'), ('L3:قرابة أسبوعين','QUANTITY',None,(2,True,'other')),
 ('L3:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L4:غرفة العمليات المركزية في الجنوب','ACTOR','OTHER:southern-operations-room'), ('L4:القدس العربي','ORG','alquds-alarabi'),
 ('L4:15 حافلة','QUANTITY',None,(15,False,'vehicles')), ('L4:نحو 450 مقاتلاً','QUANTITY',None,(450,True,'fighters')),
 ('L4:درعا البلد','LOCATION','daraa-al-balad'), ('L4:الشمال السوري','LOCATION','north-syria'), ('L4:معبر قلعة المضيق','LOCATION','qalaat-al-madiq-crossing'),
 ('L4:ريف حماة الغربي','LOCATION','hama-west-countryside'), ('L4:إدلب','LOCATION','idlib'),
 ('L5:السلاح الثقيل والمتوسط','WEAPON','heavy-weapons'), ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:الأحياء السكنية','LOCATION','daraa-al-balad'),
 ('L5:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L6:سبوتنيك','ORG','sputnik'), ('L6:الطيران الروسي','ACTOR','RU'), ('L6:مخيمات النازحين','LOCATION','daraa-idp-camps'),
 ('L6:الحدود الأردنية','LOCATION','syria-jordan-border'), ('L6:الإرهابيين','ACTOR','FSA'),
 ('L7:معبر نصيب','LOCATION','nasib-crossing'), ('L7:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L7:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L7:الجيش الأردني','ACTOR','OTHER:jordan'), ('L7:نحو 200 ألف نازح','QUANTITY',None,(200000,True,'people')),
 ('L7:الشريط الحدودي','LOCATION','syria-jordan-border'),
 ('L8:الولايات المتحدة','ACTOR','US'), ('L8:الجيش الحر','ACTOR','FSA'), ('L8:الجنوب','LOCATION','south-syria'), ('L8:النظام','ACTOR','SY_GOV'),
 ('L8:المنطقة','LOCATION','south-syria'), ('L8:واشنطن','ACTOR','US'), ('L8:موسكو','ACTOR','RU'), ('L8:عمّان','ACTOR','OTHER:jordan'),
]
times = [
 ('L2:أمس الأحد', Y, 'day'),
 ('L2:الأسبوع الماضي', '2018-07-09/2018-07-15', 'week'),
 ('L3:السادس من تموز/يوليو الجاري', '2018-07-06', 'day'),
 ('L4:فجر اليوم الاثنين', D, 'part-of-day', {'part':'morning'}),
 ('L4:مساء اليوم', D, 'part-of-day', {'part':'evening'}),
 ('L7:منذ نيسان/أبريل 2015', '2015-04/2018-07', 'month'),
 ('L7:19 حزيران/يونيو الماضي', '2018-06-19', 'day'),
 ('L8:مطلع الشهر الجاري', '2018-07', 'month'),
 ('L8:تموز/يوليو 2017', '2017-07', 'month'),
]
SRC = 'مصدر في غرفة العمليات المركزية في الجنوب'
RS = 'مصدر عسكري روسي (سبوتنيك)'
events = [
 dict(type='MOVEMENT', trig='L2:دخلت', time='L2:أمس الأحد', actors=['SY_GOV','RU'], loc='L2:درعا البلد'),
 dict(type='CONTROL', trig='L2:رفعت علمها', time='L2:أمس الأحد', actors=['SY_GOV'], loc='L2:درعا البلد'),
 dict(type='AGREEMENT', trig='L2:اتفاق', time='L2:الأسبوع الماضي', actors=['FSA','RU'], loc='L2:درعا البلد'),
 dict(type='CONTROL', trig='L3:سيطرة', time='L3:السادس من تموز/يوليو الجاري', actors=['SY_GOV'], loc='L3:معبر نصيب الحدودي'),
 dict(type='WITHDRAWAL', trig='L3:انسحاب', time='L3:السادس من تموز/يوليو الجاري', actors=['FSA'], loc='L3:معبر نصيب الحدودي'),
 dict(type='ATTACK', trig='L3:غارات', actors=['RU'], loc='L3:ريف درعا الشرقي'),
 dict(type='WITHDRAWAL', trig='L4:غادرت', time='L4:فجر اليوم الاثنين', actors=['FSA'], loc='L4:درعا البلد', attr=SRC, qty=['L4:15 حافلة','L4:نحو 450 مقاتلاً']),
 dict(type='MOVEMENT', trig='L4:تصل', mod='planned', time='L4:مساء اليوم', actors=['FSA'], loc='L4:إدلب', attr=SRC),
 dict(type='AGREEMENT', trig='L5:الاتفاق', actors=['FSA','RU'], attr=SRC),
 dict(type='WITHDRAWAL', trig='L5:انسحاب', mod='planned', actors=['SY_GOV'], loc='L5:الأحياء السكنية', attr=SRC),
 dict(type='MOVEMENT', trig='L5:انتشار', mod='planned', actors=['RU'], loc='L5:الأحياء السكنية', attr=SRC),
 dict(type='ATTACK', trig='L6:قصف', mod='denied', actors=['RU'], loc='L6:مخيمات النازحين', attr=RS),
 dict(type='ATTACK', trig='L6:الضربات', actors=['RU'], targets=['FSA'], attr=RS),
 dict(type='MOVEMENT', trig='L7:انتشاراً', actors=['SY_GOV'], loc='L7:معبر نصيب', qty=['L7:نحو 300 عنصر']),
 dict(type='OPERATION', trig='L7:الحملة العسكرية', time='L7:19 حزيران/يونيو الماضي', actors=['SY_GOV'], targets=['FSA']),
 dict(type='STATEMENT', trig='L8:أبلغت', time='L8:مطلع الشهر الجاري', actors=['US']),
 dict(type='ATTACK', trig='L8:هجوم', actors=['SY_GOV'], targets=['FSA'], loc='L8:الجنوب'),
 dict(type='AGREEMENT', trig='L8:باتفاق', time='L8:تموز/يوليو 2017', actors=['US','RU','OTHER:jordan'], loc='L8:المنطقة'),
]
forces = [
 dict(actor='SY_GOV', loc=('درعا البلد','daraa-al-balad'), as_of=(Y,'day'), status='arrived', source=None, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('درعا البلد','daraa-al-balad'), as_of=(Y,'day'), status='controls', source=None, line=2, events=[2]),
 dict(actor='RU', assets='الشرطة العسكرية', loc=('درعا البلد','daraa-al-balad'), as_of=(Y,'day'), status='arrived', source=None, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('معبر نصيب الحدودي','nasib-crossing'), as_of=('2018-07-06','day'), status='controls', source=None, line=3, events=[4]),
 dict(actor='FSA', loc=('معبر نصيب الحدودي','nasib-crossing'), as_of=('2018-07-06','day'), status='withdrawn', source=None, line=3, events=[5]),
 dict(actor='FSA', strength=(450,True,'fighters'), assets='15 حافلة', loc=('درعا البلد','daraa-al-balad'), as_of=(D,'part-of-day'), status='withdrawn', source=SRC, line=4, events=[7]),
 dict(actor='FSA', strength=(450,True,'fighters'), loc=('إدلب','idlib'), as_of=(D,'part-of-day'), status='planned', source=SRC, line=4, events=[8]),
 dict(actor='RU', assets='الشرطة العسكرية', loc=('الأحياء السكنية','daraa-al-balad'), as_of=(D,'day'), status='planned', source=SRC, line=5, events=[11]),
 dict(actor='SY_GOV', strength=(300,True,'troops'), assets='الفرقة الرابعة', loc=('معبر نصيب','nasib-crossing'), as_of=(D,'day'), status='present', source=None, line=7, events=[14]),
]
build('quds-daraa-nasib', None, 'القدس العربي', D, L, ents, times, events, forces)
