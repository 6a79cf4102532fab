from build import build
L = [
'الشرطة الروسية تنتشر في دوما.. وآخر قوافل المهجّرين تغادر نحو الشمال',
'صوت العاصمة - خاص',
'انتشرت عناصر من الشرطة العسكرية الروسية، صباح اليوم الخميس، في عدة نقاط داخل مدينة دوما بالغوطة الشرقية، تزامناً مع خروج الدفعة الأخيرة من مقاتلي "جيش الإسلام" وعائلاتهم من المدينة باتجاه الشمال السوري، وفق ما أفاد به مراسل "صوت العاصمة" في دوما.',
'وقال المراسل إن نحو 40 حافلة تقل قرابة 1500 شخص، بينهم مئات المقاتلين، خرجت من دوما عبر معبر مخيم الوافدين وسط إجراءات أمنية مشددة، بعد تفتيش دقيق أجرته ميليشيات الأسد بإشراف روسي، لتنتهي بذلك عملية التهجير التي بدأت ليل الأحد الماضي بموجب اتفاق بين "جيش الإسلام" والجانب الروسي.',
'وأكد مصدر مقرّب من "جيش الإسلام" أن قائده عصام بويضاني غادر المدينة مع الدفعة الأخيرة، نافياً الأنباء التي تحدثت عن تسليم الفصيل خرائط الأنفاق ومستودعات السلاح الثقيل لقوات الأسد، ومؤكداً أن المقاتلين أتلفوا قسماً كبيراً من الذخائر قبل خروجهم.',
'وكانت وزارة الدفاع الروسية قد أعلنت ظهر اليوم رفع العلم السوري فوق أحد المباني في دوما، معتبرة أن ذلك "يعني سيطرة الحكومة السورية على كامل الغوطة الشرقية"، فيما قال رئيس هيئة الأركان الروسية فاليري غيراسيموف إن وحدات الشرطة العسكرية ستتولى حفظ الأمن في المدينة "حتى استكمال تطهيرها".',
'في المقابل، شهدت المدينة منذ ساعات الصباح حركة مكثفة لعناصر ميليشيا "الحرس الجمهوري" و"الفرقة الرابعة" الذين دخلوا الأحياء الغربية وبدأوا بعمليات دهم للمنازل، واعتقلوا أكثر من 20 شاباً ممن رفضوا الخروج إلى الشمال، بحسب ناشطين من أبناء المدينة.',
'وتأتي هذه التطورات بعد أيام من الهجوم الكيماوي الذي استهدف دوما مساء السبت الماضي وأودى بحياة أكثر من 40 مدنياً، واتهمت الدول الغربية قوات الأسد بتنفيذه، في وقت يلوّح فيه الرئيس الأمريكي دونالد ترامب بضربة عسكرية "وشيكة" ضد النظام رغم تحذيرات موسكو.',
]
D = '2018-04-12'   # Thursday; web copy of its own day
JAI = 'OTHER:jaish-al-islam'
ents = [
 ('L0:دوما','LOCATION','douma'), ('L0:الشمال','LOCATION','north-syria'),
 ('L1:صوت العاصمة','ORG','sawt-al-asima'),
 ('L2:الشرطة العسكرية الروسية','ACTOR','RU'), ('L2:مدينة دوما','LOCATION','douma'), ('L2:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L2:جيش الإسلام','ACTOR',JAI), ('L2:المدينة','LOCATION','douma'), ('L2:الشمال السوري','LOCATION','north-syria'),
 ('L2:صوت العاصمة','ORG','sawt-al-asima'), ('L2:دوما#1','LOCATION','douma'),
 ('L3:نحو 40 حافلة','QUANTITY',None,(40,True,'vehicles')), ('L3:قرابة 1500 شخص','QUANTITY',None,(1500,True,'people')),
 ('L3:مئات المقاتلين','QUANTITY',None,([100,999],True,'fighters')), ('L3:دوما','LOCATION','douma'),
 ('L3:معبر مخيم الوافدين','LOCATION','al-wafideen-crossing'), ('L3:ميليشيات الأسد','ACTOR','SY_GOV'), ('L3:جيش الإسلام','ACTOR',JAI),
 ('L3:الجانب الروسي','ACTOR','RU'),
 ('L4:جيش الإسلام','ACTOR',JAI), ('L4:عصام بويضاني','PERSON','essam-buwaydani'), ('L4:المدينة','LOCATION','douma'),
 ('L4:الفصيل','ACTOR',JAI), ('L4:السلاح الثقيل','WEAPON','heavy-weapons'), ('L4:قوات الأسد','ACTOR','SY_GOV'), ('L4:الذخائر','WEAPON','ammunition'),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:دوما','LOCATION','douma'), ('L5:الحكومة السورية','ACTOR','SY_GOV'),
 ('L5:كامل الغوطة الشرقية','LOCATION','eastern-ghouta'), ('L5:فاليري غيراسيموف','PERSON','valery-gerasimov'),
 ('L5:الشرطة العسكرية','ACTOR','RU'), ('L5:المدينة','LOCATION','douma'),
 ('L6:المدينة#0','LOCATION','douma'), ('L6:الحرس الجمهوري','ACTOR','SY_GOV'), ('L6:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L6:الأحياء الغربية','LOCATION','douma-western-districts'), ('L6:أكثر من 20 شاباً','QUANTITY',None,(20,True,'arrested')),
 ('L6:الشمال','LOCATION','north-syria'), ('L6:المدينة#1','LOCATION','douma'),
 ('L7:دوما','LOCATION','douma'), ('L7:أكثر من 40 مدنياً','QUANTITY',None,(40,True,'killed')), ('L7:قوات الأسد','ACTOR','SY_GOV'),
 ('L7:دونالد ترامب','PERSON','donald-trump'), ('L7:النظام','ACTOR','SY_GOV'), ('L7:موسكو','ACTOR','RU'),
]
times = [
 ('L2:صباح اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L3:ليل الأحد الماضي', '2018-04-08', 'part-of-day', {'part': 'night'}),
 ('L5:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L6:منذ ساعات الصباح', D, 'part-of-day', {'part': 'morning'}),
 ('L7:مساء السبت الماضي', '2018-04-07', 'part-of-day', {'part': 'evening'}),
]
MORN = 'L2:صباح اليوم الخميس'
COR = 'مراسل صوت العاصمة'
SRC = 'مصدر مقرب من جيش الإسلام'
RMOD = 'وزارة الدفاع الروسية'
GER = 'فاليري غيراسيموف'
ACT = 'ناشطون من أبناء المدينة'
events = [
 dict(type='MOVEMENT', trig='L2:انتشرت', time=MORN, actors=['RU'], loc='L2:مدينة دوما', attr=COR),                               # 1
 dict(type='WITHDRAWAL', trig='L2:خروج', time=MORN, actors=[JAI], loc='L2:المدينة', attr=COR),                                   # 2
 dict(type='WITHDRAWAL', trig='L3:خرجت', time=MORN, actors=[JAI], loc='L3:دوما', attr=COR,
      qty=['L3:نحو 40 حافلة','L3:قرابة 1500 شخص','L3:مئات المقاتلين']),                                                           # 3
 dict(type='WITHDRAWAL', trig='L3:التهجير', time='L3:ليل الأحد الماضي', actors=[JAI], attr=COR),                                  # 4
 dict(type='AGREEMENT', trig='L3:اتفاق', time='L3:ليل الأحد الماضي', actors=[JAI,'RU'], attr=COR),                                # 5
 dict(type='WITHDRAWAL', trig='L4:غادر', time=MORN, actors=[JAI], loc='L4:المدينة', attr=SRC),                                    # 6
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:ظهر اليوم', actors=['RU'], attr=RMOD),                                           # 7
 dict(type='CONTROL', trig='L5:رفع العلم', time='L5:ظهر اليوم', actors=['SY_GOV'], loc='L5:دوما', attr=RMOD),                     # 8
 dict(type='CONTROL', trig='L5:سيطرة', time='L5:ظهر اليوم', actors=['SY_GOV'], loc='L5:كامل الغوطة الشرقية', attr=RMOD),          # 9
 dict(type='STATEMENT', trig='L5:قال', actors=['RU'], attr=GER),                                                                  # 10
 dict(type='MOVEMENT', trig='L5:ستتولى حفظ الأمن', mod='planned', actors=['RU'], loc='L5:المدينة', attr=GER),                     # 11
 dict(type='MOVEMENT', trig='L6:دخلوا', time='L6:منذ ساعات الصباح', actors=['SY_GOV'], loc='L6:الأحياء الغربية', attr=ACT),       # 12
 dict(type='ARREST', trig='L6:عمليات دهم', time='L6:منذ ساعات الصباح', actors=['SY_GOV'], loc='L6:الأحياء الغربية', attr=ACT),    # 13
 dict(type='ARREST', trig='L6:اعتقلوا', time='L6:منذ ساعات الصباح', actors=['SY_GOV'], attr=ACT, qty=['L6:أكثر من 20 شاباً']),    # 14
 dict(type='ATTACK', trig='L7:الهجوم الكيماوي', time='L7:مساء السبت الماضي', actors=['SY_GOV'], loc='L7:دوما', attr='الدول الغربية',
      qty=['L7:أكثر من 40 مدنياً']),                                                                                               # 15
 dict(type='ATTACK', trig='L7:بضربة عسكرية', mod='planned', actors=['US'], targets=['SY_GOV'], attr='دونالد ترامب'),               # 16
]
OD = (D, 'day')
MP = (D, 'part-of-day')
forces = [
 dict(actor='RU', assets='عدة نقاط', loc=('مدينة دوما','douma'), as_of=MP, status='present', source=COR, line=2, events=[1]),
 dict(actor=JAI, loc=('المدينة','douma'), as_of=MP, status='withdrawn', source=COR, line=2, events=[2]),
 dict(actor=JAI, strength=([100, 999], True, 'fighters'), assets='نحو 40 حافلة', loc=('دوما','douma'), as_of=MP, status='withdrawn',
      source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('معبر مخيم الوافدين','al-wafideen-crossing'), as_of=MP, status='present', source=COR, line=3, events=[]),
 dict(actor=JAI, loc=('المدينة','douma'), as_of=MP, status='withdrawn', source=SRC, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('دوما','douma'), as_of=MP, status='controls', source=RMOD, line=5, events=[8]),
 dict(actor='SY_GOV', loc=('كامل الغوطة الشرقية','eastern-ghouta'), as_of=MP, status='controls', source=RMOD, line=5, events=[9]),
 dict(actor='RU', loc=('المدينة','douma'), as_of=(D + '/', 'vague'), status='planned', source=GER, line=5, events=[11]),
 dict(actor='SY_GOV', loc=('الأحياء الغربية','douma-western-districts'), as_of=MP, status='arrived', source=ACT, line=6, events=[12]),
]
build('sawtalasima-douma', None, 'صوت العاصمة', D, L, ents, times, events, forces)
