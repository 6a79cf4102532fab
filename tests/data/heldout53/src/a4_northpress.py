from build import build
L = [
'خروج الدفعة الأولى من مقاتلي "قسد" من الشيخ مقصود والأشرفية بموجب اتفاق مع دمشق',
'حلب – نورث برس',
'غادرت، صباح اليوم الجمعة، الدفعة الأولى من مقاتلي "قوات سوريا الديمقراطية" (قسد) حيي الشيخ مقصود والأشرفية في مدينة حلب، متجهة إلى مناطق شمال شرقي سوريا، تنفيذاً للاتفاق الموقّع مطلع الشهر الجاري بين المجلس العام للحيين والحكومة السورية الانتقالية.',
'وقال مراسل نورث برس إن نحو 500 مقاتل استقلوا قرابة 60 حافلة وآلية عسكرية، برفقة دوريات من "الأمن العام" التابع لوزارة الداخلية، ووصلت طلائعهم ظهراً إلى مدينة الطبقة عبر بلدة دير حافر.',
'وأضاف المراسل أن عناصر "الأمن العام" انتشروا عند مداخل الحيين ودوار الشيحان، بينما بقيت قوى الأمن الداخلي (الأسايش) داخل الحيين لتتولى حفظ الأمن بالتنسيق مع وزارة الداخلية.',
'وكانت "قسد" والحكومة قد أجرتا، أمس الخميس، عملية تبادل للأسرى قرب دير حافر، أفرجت خلالها "قسد" عن 97 عنصراً من القوات الحكومية، مقابل إطلاق سراح 146 من عناصرها ومن المدنيين المحتجزين لدى الحكومة.',
'وينص الاتفاق، المؤلف من 14 بنداً، على انسحاب جميع التشكيلات العسكرية لـ"قسد" والأسلحة الثقيلة من الحيين إلى شرق الفرات خلال شهر، وتشكيل لجنة مشتركة لمتابعة التنفيذ.',
'ويأتي ذلك استكمالاً لاتفاق العاشر من آذار الماضي، الذي وقّعه الرئيس السوري أحمد الشرع وقائد "قسد" مظلوم عبدي، ونصّ على دمج المؤسسات المدنية والعسكرية في شمال شرقي سوريا ضمن مؤسسات الدولة.',
'وقال القيادي في "قسد" دلوفان محمد لنورث برس إن قواتهم "باقية" في محيط سد تشرين إلى حين التوصل إلى تفاهمات نهائية مع دمشق، مشيراً إلى أن الهجمات على المنطقة "تراجعت بشكل ملحوظ" منذ مطلع آذار.',
'وتشهد جبهة سد تشرين هدوءاً حذراً، بعد أشهر من المعارك بين "قسد" وفصائل "الجيش الوطني" المدعومة من تركيا، والتي انضمت لاحقاً إلى وزارة الدفاع السورية.',
'وتقدّر مصادر في المجلس العام عدد المقاتلين المشمولين بالاتفاق بنحو ألفي مقاتل، يُنتظر خروجهم على ثلاث دفعات خلال الأسابيع المقبلة.',
]
D = '2025-04-04'   # Friday; web copy of its own day
ASY = 'OTHER:asayish'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:الشيخ مقصود','LOCATION','sheikh-maqsoud'), ('L0:الأشرفية','LOCATION','ashrafiyah-aleppo'), ('L0:دمشق','ACTOR','SY_GOV'),
 ('L1:حلب','LOCATION','aleppo'), ('L1:نورث برس','ORG','north-press'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:حيي الشيخ مقصود','LOCATION','sheikh-maqsoud'),
 ('L2:الأشرفية','LOCATION','ashrafiyah-aleppo'), ('L2:مدينة حلب','LOCATION','aleppo'), ('L2:سوريا#1','LOCATION','syria'),
 ('L2:المجلس العام للحيين','ORG','sheikh-maqsoud-general-council'), ('L2:الحكومة السورية الانتقالية','ACTOR','SY_GOV'),
 ('L3:نورث برس','ORG','north-press'), ('L3:نحو 500 مقاتل','QUANTITY',None,(500,True,'fighters')),
 ('L3:قرابة 60 حافلة وآلية عسكرية','QUANTITY',None,(60,True,'vehicles')), ('L3:آلية عسكرية','WEAPON','military-vehicles'),
 ('L3:الأمن العام','ACTOR','SY_GOV'), ('L3:وزارة الداخلية','ACTOR','SY_GOV'), ('L3:مدينة الطبقة','LOCATION','tabqa'), ('L3:بلدة دير حافر','LOCATION','deir-hafer'),
 ('L4:الأمن العام','ACTOR','SY_GOV'), ('L4:مداخل الحيين','LOCATION','sheikh-maqsoud'), ('L4:دوار الشيحان','LOCATION','shihan-roundabout'),
 ('L4:قوى الأمن الداخلي','ACTOR',ASY), ('L4:الأسايش','ACTOR',ASY), ('L4:الحيين#1','LOCATION','sheikh-maqsoud'), ('L4:وزارة الداخلية','ACTOR','SY_GOV'),
 ('L5:قسد#0','ACTOR','SDF'), ('L5:الحكومة#0','ACTOR','SY_GOV'), ('L5:دير حافر','LOCATION','deir-hafer'), ('L5:قسد#1','ACTOR','SDF'),
 ('L5:97','QUANTITY',None,(97,False,'people')), ('L5:القوات الحكومية','ACTOR','SY_GOV'), ('L5:146','QUANTITY',None,(146,False,'people')),
 ('L5:الحكومة#1','ACTOR','SY_GOV'),
 ('L6:14 بنداً','QUANTITY',None,(14,False,'other')), ('L6:قسد','ACTOR','SDF'), ('L6:الأسلحة الثقيلة','WEAPON','heavy-weapons'), ('L6:الحيين','LOCATION','sheikh-maqsoud'),
 ('L6:شرق الفرات','LOCATION','east-of-euphrates'),
 ('L7:أحمد الشرع','PERSON','ahmed-al-sharaa'), ('L7:قسد','ACTOR','SDF'), ('L7:مظلوم عبدي','PERSON','mazloum-abdi'), ('L7:سوريا','LOCATION','syria'),
 ('L8:قسد','ACTOR','SDF'), ('L8:دلوفان محمد','PERSON','dilovan-mohammed'), ('L8:نورث برس','ORG','north-press'), ('L8:سد تشرين','LOCATION','tishrin-dam'),
 ('L8:دمشق','ACTOR','SY_GOV'), ('L8:المنطقة','LOCATION','tishrin-dam'),
 ('L10:المجلس العام','ORG','sheikh-maqsoud-general-council'), ('L10:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')),
 ('L10:ثلاث دفعات','QUANTITY',None,(3,False,'other')),
 ('L9:سد تشرين','LOCATION','tishrin-dam'), ('L9:قسد','ACTOR','SDF'), ('L9:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L9:وزارة الدفاع السورية','ACTOR','SY_GOV'),
]
times = [
 ('L2:صباح اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L2:مطلع الشهر الجاري', '2025-04', 'month'),
 ('L3:ظهراً', D, 'part-of-day', {'part': 'noon'}),
 ('L5:أمس الخميس', '2025-04-03', 'day'),
 ('L6:خلال شهر', D + '/', 'vague', {'relation': 'after'}),
 ('L7:العاشر من آذار الماضي', '2025-03-10', 'day'),
 ('L8:منذ مطلع آذار', '2025-03/2025-04', 'month'),
 ('L10:خلال الأسابيع المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L2:صباح اليوم الجمعة'
COR = 'مراسل نورث برس'
DLV = 'دلوفان محمد (قسد)'
events = [
 dict(type='WITHDRAWAL', trig='L2:غادرت', time=T, actors=['SDF'], loc='L2:حيي الشيخ مقصود'),                                        # 1
 dict(type='AGREEMENT', trig='L2:للاتفاق', time='L2:مطلع الشهر الجاري', actors=['SY_GOV']),                                         # 2
 dict(type='TRAINING', trig='L3:دوريات', time=T, actors=['SY_GOV'], attr=COR),                                                       # 3
 dict(type='MOVEMENT', trig='L3:وصلت', time='L3:ظهراً', actors=['SDF'], loc='L3:مدينة الطبقة', weapons=['L3:آلية عسكرية'],
      qty=['L3:نحو 500 مقاتل', 'L3:قرابة 60 حافلة وآلية عسكرية'], attr=COR),                                                          # 4
 dict(type='MOVEMENT', trig='L4:انتشروا', time=T, actors=['SY_GOV'], loc='L4:مداخل الحيين', attr=COR),                               # 5
 dict(type='AGREEMENT', trig='L5:تبادل', time='L5:أمس الخميس', actors=['SDF', 'SY_GOV'], loc='L5:دير حافر', qty=['L5:97', 'L5:146']),  # 6
 dict(type='AGREEMENT', trig='L6:الاتفاق', actors=['SY_GOV']),                                                                        # 7
 dict(type='WITHDRAWAL', trig='L6:انسحاب', mod='planned', time='L6:خلال شهر', actors=['SDF'], loc='L6:الحيين',
      weapons=['L6:الأسلحة الثقيلة']),                                                                                                 # 8
 dict(type='AGREEMENT', trig='L7:اتفاق', time='L7:العاشر من آذار الماضي', actors=['SY_GOV', 'SDF']),                                  # 9
 dict(type='STATEMENT', trig='L8:قال', actors=['SDF'], attr=DLV),                                                                    # 10
 dict(type='AGREEMENT', trig='L8:تفاهمات', mod='planned', actors=['SDF', 'SY_GOV'], attr=DLV),                                       # 11
 dict(type='ATTACK', trig='L8:الهجمات', time='L8:منذ مطلع آذار', targets=['SDF'], loc='L8:المنطقة', attr=DLV),                       # 12
 dict(type='ATTACK', trig='L9:المعارك', actors=['SDF', 'FSA'], loc='L9:سد تشرين'),                                                  # 13
 dict(type='WITHDRAWAL', trig='L10:خروجهم', mod='planned', time='L10:خلال الأسابيع المقبلة', actors=['SDF'],
      qty=['L10:نحو ألفي مقاتل', 'L10:ثلاث دفعات'], attr='مصادر في المجلس العام'),                                                    # 14
]
MO = (D, 'part-of-day')
V = (None, 'vague')
forces = [
 dict(actor='SDF', loc=('حيي الشيخ مقصود', 'sheikh-maqsoud'), as_of=MO, status='withdrawn', line=2, events=[1]),
 dict(actor='SDF', loc=('الأشرفية', 'ashrafiyah-aleppo'), as_of=MO, status='withdrawn', line=2, events=[1]),
 dict(actor='SDF', strength=(500, True, 'fighters'), loc=('مدينة الطبقة', 'tabqa'), as_of=MO, status='arrived', source=COR, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('مداخل الحيين', 'sheikh-maqsoud'), as_of=(D, 'day'), status='present', source=COR, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('دوار الشيحان', 'shihan-roundabout'), as_of=(D, 'day'), status='present', source=COR, line=4, events=[5]),
 dict(actor=ASY, loc=('الحيين', 'sheikh-maqsoud'), as_of=(D, 'day'), status='present', source=COR, line=4, events=[]),
 dict(actor='SDF', loc=('محيط سد تشرين', 'tishrin-dam'), as_of=(D, 'day'), status='present', source=DLV, line=8, events=[10]),
 dict(actor='SDF', loc=('سد تشرين', 'tishrin-dam'), as_of=V, status='present', line=9, events=[13]),
 dict(actor='FSA', loc=('سد تشرين', 'tishrin-dam'), as_of=V, status='present', line=9, events=[13]),
]
build('northpress-sheikh-maqsoud-withdrawal', None, 'نورث برس', D, L, ents, times, events, forces)
