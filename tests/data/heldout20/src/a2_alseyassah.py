from build import build
L = [
'خروج الدفعة الأولى من مقاتلي داريا نحو إدلب.. وقوات الأسد تدخل المدينة المدمرة',
'دمشق - وكالات: بدأت أمس عملية إخلاء مدينة داريا في ريف دمشق الغربي من المقاتلين والمدنيين، تنفيذاً لاتفاق أبرم بين فصائل المعارضة ونظام الأسد الخميس الماضي، ينهي حصاراً خانقاً فرضته قوات النظام على المدينة منذ تشرين الثاني 2012.',
'وأفاد مراسلون بأن نحو 20 حافلة تقل مقاتلين وعائلاتهم غادرت المدينة ظهر أمس الجمعة بإشراف الهلال الأحمر العربي السوري، متجهة إلى محافظة إدلب شمال البلاد، بينما نقل المدنيون إلى مراكز إيواء في بلدة حرجلة بريف دمشق.',
'وقال المجلس المحلي لمدينة داريا في بيان إن الاتفاق يقضي بخروج نحو 700 مقاتل مع الأسلحة الخفيفة إلى إدلب، ونقل قرابة أربعة آلاف مدني إلى مراكز الإيواء، على أن تتسلم قوات النظام المدينة بعد ذلك.',
'من جانبه، قال قائد «لواء شهداء الإسلام» أبو جمال لـ«السياسة» إن المقاتلين «لم يخرجوا مهزومين»، وإن قوات الأسد «أحرقت ما تبقى من المدينة» بالبراميل المتفجرة والقنابل الحارقة، مشيراً إلى أن مروحيات النظام ألقت أكثر من 60 برميلاً على داريا خلال الأسبوع الأخير.',
'في المقابل، ذكرت وكالة الأنباء السورية الرسمية (سانا) أن وحدات من الجيش دخلت مساء أمس أحياء في المدينة عقب خروج الدفعة الأولى من «الإرهابيين»، وبدأت بتفكيك العبوات الناسفة وتمشيط الأبنية.',
'وقال المبعوث الأممي إلى سوريا ستيفان دي ميستورا إن الأمم المتحدة «لم تكن طرفاً» في الاتفاق ولم تُستشر بشأنه، معرباً عن قلقه من «إفراغ» المدن المحاصرة من سكانها.',
'وتزامن ذلك مع غارات جوية روسية على مدينة إدلب وبلدة معرة النعمان أسفرت عن مقتل 14 مدنياً، بحسب المرصد السوري لحقوق الإنسان، في حين نفت وزارة الدفاع الروسية استهداف أي مناطق سكنية.',
'وفي معضمية الشام المجاورة، أفاد ناشطون بأن قوات النظام استقدمت تعزيزات تضم نحو 15 دبابة إلى محيط البلدة، وسط مخاوف من أن تلقى مصير داريا نفسه.',
'وفي حلب، تواصلت الاشتباكات بين فصائل «جيش الفتح» وقوات النظام والميليشيات الموالية لها في محيط مشروع 1070 شقة وكلية المدفعية في حي الراموسة، في محاولة لإعادة فرض الحصار على الأحياء الشرقية الذي كسرته الفصائل مطلع الشهر الجاري.',
]
D = '2016-08-27'   # Saturday; Kuwaiti print daily, edition of its day
FRI = '2016-08-26'
THU = '2016-08-25'
LSI = 'OTHER:liwa-shuhada-al-islam'
JF = 'OTHER:jaish-al-fateh'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:داريا','LOCATION','darayya'), ('L0:إدلب','LOCATION','idlib'), ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:المدينة','LOCATION','darayya'),
 ('L1:دمشق#0','LOCATION','damascus'), ('L1:مدينة داريا','LOCATION','darayya'), ('L1:ريف دمشق الغربي','LOCATION','damascus-west-countryside'),
 ('L1:فصائل المعارضة','ACTOR','FSA'), ('L1:نظام الأسد','ACTOR','SY_GOV'), ('L1:قوات النظام','ACTOR','SY_GOV'), ('L1:المدينة','LOCATION','darayya'),
 ('L2:نحو 20 حافلة','QUANTITY',None,(20,True,'vehicles')), ('L2:المدينة','LOCATION','darayya'), ('L2:الهلال الأحمر العربي السوري','ORG','sarc'),
 ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:بلدة حرجلة','LOCATION','harjalla'), ('L2:ريف دمشق','LOCATION','damascus-countryside'),
 ('L3:المجلس المحلي لمدينة داريا','ORG','darayya-local-council'), ('L3:نحو 700 مقاتل','QUANTITY',None,(700,True,'fighters')),
 ('L3:الأسلحة الخفيفة','WEAPON','light-weapons'), ('L3:إدلب','LOCATION','idlib'), ('L3:قرابة أربعة آلاف مدني','QUANTITY',None,(4000,True,'people')),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:المدينة','LOCATION','darayya'),
 ('L4:لواء شهداء الإسلام','ACTOR',LSI), ('L4:أبو جمال','PERSON','abu-jamal'), ('L4:السياسة','ORG','alseyassah'), ('L4:قوات الأسد','ACTOR','SY_GOV'),
 ('L4:المدينة','LOCATION','darayya'), ('L4:البراميل المتفجرة','WEAPON','barrel-bombs'), ('L4:القنابل الحارقة','WEAPON','incendiary-bombs'),
 ('L4:مروحيات','WEAPON','helicopters'), ('L4:النظام','ACTOR','SY_GOV'), ('L4:أكثر من 60 برميلاً','QUANTITY',None,(60,True,'other')),
 ('L4:برميلاً','WEAPON','barrel-bombs'), ('L4:داريا','LOCATION','darayya'),
 ('L5:وكالة الأنباء السورية','ORG','sana'), ('L5:سانا','ORG','sana'), ('L5:الجيش','ACTOR','SY_GOV'), ('L5:المدينة','LOCATION','darayya'),
 ('L5:الإرهابيين','ACTOR','FSA'), ('L5:العبوات الناسفة','WEAPON','ieds'),
 ('L6:سوريا','LOCATION','syria'), ('L6:ستيفان دي ميستورا','PERSON','staffan-de-mistura'), ('L6:الأمم المتحدة','ORG','un'),
 ('L7:مدينة إدلب','LOCATION','idlib'), ('L7:بلدة معرة النعمان','LOCATION','maarat-al-numan'), ('L7:14 مدنياً','QUANTITY',None,(14,False,'killed')),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L7:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L8:معضمية الشام','LOCATION','moadamiyeh'), ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:نحو 15 دبابة','QUANTITY',None,(15,True,'vehicles')),
 ('L8:دبابة','WEAPON','tanks'), ('L8:البلدة','LOCATION','moadamiyeh'), ('L8:داريا','LOCATION','darayya'),
 ('L9:حلب','LOCATION','aleppo'), ('L9:فصائل «جيش الفتح»','ACTOR',JF), ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:الميليشيات الموالية لها','ACTOR',PGM),
 ('L9:مشروع 1070 شقة','LOCATION','1070-apartments'), ('L9:كلية المدفعية','LOCATION','artillery-academy'), ('L9:حي الراموسة','LOCATION','ramouseh'),
 ('L9:الأحياء الشرقية','LOCATION','aleppo-east'), ('L9:الفصائل','ACTOR',JF),
]
times = [
 ('L1:أمس', FRI, 'day'),
 ('L1:الخميس الماضي', THU, 'day'),
 ('L1:منذ تشرين الثاني 2012', '2012-11/2016-08', 'month'),
 ('L2:ظهر أمس الجمعة', FRI, 'part-of-day', {'part': 'noon'}),
 ('L4:خلال الأسبوع الأخير', '2016-08-20/' + D, 'week'),
 ('L5:مساء أمس', FRI, 'part-of-day', {'part': 'evening'}),
 ('L9:مطلع الشهر الجاري', '2016-08', 'month'),
]
T = 'L1:أمس'
TH = 'L1:الخميس الماضي'
NOON = 'L2:ظهر أمس الجمعة'
COUN = 'المجلس المحلي لمدينة داريا'
ABUJ = 'أبو جمال'
SANA = 'وكالة الأنباء السورية الرسمية (سانا)'
events = [
 dict(type='WITHDRAWAL', trig='L1:إخلاء', time=T, actors=['FSA'], loc='L1:مدينة داريا'),                                        # 1
 dict(type='AGREEMENT', trig='L1:اتفاق', time=TH, actors=['FSA', 'SY_GOV']),                                                    # 2
 dict(type='OPERATION', trig='L1:حصاراً', time='L1:منذ تشرين الثاني 2012', actors=['SY_GOV'], targets=['FSA'], loc='L1:المدينة'),   # 3
 dict(type='WITHDRAWAL', trig='L2:غادرت', time=NOON, actors=['FSA'], loc='L2:المدينة', qty=['L2:نحو 20 حافلة'], attr='مراسلون'),      # 4
 dict(type='STATEMENT', trig='L3:بيان', attr=COUN),                                                                           # 5
 dict(type='AGREEMENT', trig='L3:الاتفاق', time=TH, actors=['FSA', 'SY_GOV'], attr=COUN),                                        # 6
 dict(type='WITHDRAWAL', trig='L3:خروج', mod='planned', actors=['FSA'], weapons=['L3:الأسلحة الخفيفة'], qty=['L3:نحو 700 مقاتل'], attr=COUN),  # 7
 dict(type='CONTROL', trig='L3:تتسلم', mod='planned', actors=['SY_GOV'], loc='L3:المدينة', attr=COUN),                          # 8
 dict(type='STATEMENT', trig='L4:قال', actors=[LSI], attr=ABUJ),                                                                # 9
 dict(type='ATTACK', trig='L4:أحرقت', actors=['SY_GOV'], loc='L4:المدينة', weapons=['L4:البراميل المتفجرة', 'L4:القنابل الحارقة'], attr=ABUJ),  # 10
 dict(type='ATTACK', trig='L4:ألقت', time='L4:خلال الأسبوع الأخير', actors=['SY_GOV'], loc='L4:داريا', weapons=['L4:مروحيات', 'L4:برميلاً'],
      qty=['L4:أكثر من 60 برميلاً'], attr=ABUJ),                                                                                # 11
 dict(type='MOVEMENT', trig='L5:دخلت', time='L5:مساء أمس', actors=['SY_GOV'], loc='L5:المدينة', attr=SANA),                         # 12
 dict(type='WITHDRAWAL', trig='L5:خروج', time=NOON, actors=['FSA'], attr=SANA),                                                  # 13
 dict(type='OPERATION', trig='L5:تفكيك', actors=['SY_GOV'], attr=SANA),                                                          # 14
 dict(type='STATEMENT', trig='L6:قال', attr='ستيفان دي ميستورا'),                                                                 # 15
 dict(type='AGREEMENT', trig='L6:الاتفاق', time=TH, actors=['FSA', 'SY_GOV'], attr='ستيفان دي ميستورا'),                           # 16
 dict(type='ATTACK', trig='L7:غارات', actors=['RU'], loc='L7:مدينة إدلب', qty=['L7:14 مدنياً'], attr='المرصد السوري لحقوق الإنسان'),   # 17
 dict(type='ATTACK', trig='L7:استهداف', mod='denied', actors=['RU'], attr='وزارة الدفاع الروسية'),                                  # 18
 dict(type='MOVEMENT', trig='L8:استقدمت', actors=['SY_GOV'], loc='L8:البلدة', weapons=['L8:دبابة'], qty=['L8:نحو 15 دبابة'], attr='ناشطون'),  # 19
 dict(type='ATTACK', trig='L9:الاشتباكات', actors=[JF, 'SY_GOV', PGM], loc='L9:مشروع 1070 شقة'),                                   # 20
 dict(type='OPERATION', trig='L9:كسرته', time='L9:مطلع الشهر الجاري', actors=[JF], targets=['SY_GOV'], loc='L9:الأحياء الشرقية'),     # 21
]
FD = (FRI, 'day')
NOOND = (FRI, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='FSA', loc=('مدينة داريا', 'darayya'), as_of=FD, status='withdrawn', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('المدينة', 'darayya'), as_of=('2012-11/2016-08', 'month'), status='present', line=1, events=[3]),
 dict(actor='FSA', strength=(20, True, 'vehicles'), loc=('المدينة', 'darayya'), as_of=NOOND, status='withdrawn', source='مراسلون', line=2, events=[4]),
 dict(actor='SY_GOV', loc=('المدينة', 'darayya'), as_of=NOOND, status='arrived', source=SANA, line=5, events=[12]),
 dict(actor='SY_GOV', strength=(15, True, 'vehicles'), assets='نحو 15 دبابة', loc=('البلدة', 'moadamiyeh'), as_of=TD, status='reinforced',
      source='ناشطون', line=8, events=[19]),
 dict(actor=JF, loc=('مشروع 1070 شقة', '1070-apartments'), as_of=TD, status='present', line=9, events=[20]),
 dict(actor='SY_GOV', loc=('مشروع 1070 شقة', '1070-apartments'), as_of=TD, status='present', line=9, events=[20]),
 dict(actor=PGM, loc=('مشروع 1070 شقة', '1070-apartments'), as_of=TD, status='present', line=9, events=[20]),
 dict(actor=JF, loc=('كلية المدفعية', 'artillery-academy'), as_of=TD, status='present', line=9, events=[20]),
 dict(actor='SY_GOV', loc=('كلية المدفعية', 'artillery-academy'), as_of=TD, status='present', line=9, events=[20]),
 dict(actor=PGM, loc=('كلية المدفعية', 'artillery-academy'), as_of=TD, status='present', line=9, events=[20]),
]
build('alseyassah-darayya-evacuation', None, 'السياسة', D, L, ents, times, events, forces)
