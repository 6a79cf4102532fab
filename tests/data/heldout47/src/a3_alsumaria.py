from build import build
L = [
'افتتاح منفذ القائم الحدودي مع سوريا وسط انتشار أمني مكثف',
'السومرية نيوز/ الأنبار - افتتحت الحكومة العراقية، اليوم الاثنين، منفذ القائم الحدودي مع سوريا أمام حركة المسافرين والبضائع، بعد نحو خمس سنوات على إغلاقه، بموجب اتفاق بين بغداد ودمشق.',
'وقال رئيس هيئة المنافذ الحدودية كاظم العقابي، في مؤتمر صحفي عقده داخل المنفذ، إن "الافتتاح جاء بعد استكمال الإجراءات الأمنية والفنية بالتنسيق مع الجانب السوري"، مبيناً أن المنفذ سيعمل بدوام كامل اعتباراً من يوم غد.',
'من جانبه، أفاد مصدر أمني في قيادة عمليات الجزيرة للسومرية نيوز، بأن "فوجين من قوات حرس الحدود بواقع نحو 600 عنصر وصلا، مساء أمس الأحد، إلى محيط المنفذ لتعزيز القطعات المنتشرة على الشريط الحدودي".',
'وأضاف المصدر أن قطعات الفرقة السابعة نصبت ثلاث نقاط تفتيش جديدة على الطريق المؤدي إلى المنفذ، تحسباً لأي هجمات قد تشنها خلايا "داعش" المنتشرة في البادية السورية.',
'ومن المقرر أن تنشر وزارة الداخلية قوة من الشرطة الاتحادية داخل المنفذ خلال الأيام المقبلة، لتتولى تفتيش الشاحنات القادمة من مدينة البوكمال السورية المقابلة.',
'وكانت طائرتان مسيرتان مجهولتان قد استهدفتا، في الخامس والعشرين من آب الماضي، عجلتين تابعتين للحشد الشعبي قرب القائم، ما أسفر عن مقتل قيادي في كتائب حزب الله ومرافقه، فيما حمّلت هيئة الحشد إسرائيل مسؤولية الهجوم.',
'في المقابل، نفت وزارة الدفاع الأميركية (البنتاغون) أن تكون قواتها قد نفذت الضربة، مؤكدة أن طائرات التحالف الدولي لم تنفذ أي غارات في المنطقة ذلك اليوم.',
'وتتمركز قوات التحالف في قاعدة عين الأسد الجوية في ناحية البغدادي غربي الأنبار، على بعد نحو 200 كيلومتر من المنفذ.',
'يذكر أن القوات العراقية استعادت القائم من تنظيم "داعش" في تشرين الثاني 2017، فيما سيطر الجيش السوري على مدينة البوكمال في الشهر ذاته.',
]
D = '2019-09-30'   # Monday; web copy of its own day
AUG = '2019-08-25'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
IL = 'OTHER:israel'
X = 'al-qaim-crossing'
ents = [
 ('L0:منفذ القائم الحدودي','LOCATION',X), ('L0:سوريا','LOCATION','syria'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:الأنبار','LOCATION','anbar-governorate'), ('L1:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L1:منفذ القائم الحدودي','LOCATION',X), ('L1:سوريا','LOCATION','syria'), ('L1:نحو خمس سنوات','QUANTITY',None,(5,True,'other')),
 ('L1:بغداد','ACTOR','IQ_GOV'), ('L1:دمشق','ACTOR','SY_GOV'),
 ('L2:هيئة المنافذ الحدودية','ORG','border-ports-commission'), ('L2:كاظم العقابي','PERSON','kadhim-al-uqabi'), ('L2:المنفذ#0','LOCATION',X),
 ('L2:الجانب السوري','ACTOR','SY_GOV'), ('L2:المنفذ#1','LOCATION',X),
 ('L3:قيادة عمليات الجزيرة','ACTOR','IQ_GOV'), ('L3:لسومرية نيوز','ORG','alsumaria'), ('L3:فوجين','QUANTITY',None,(2,False,'other')),
 ('L3:قوات حرس الحدود','ACTOR','IQ_GOV'), ('L3:نحو 600 عنصر','QUANTITY',None,(600,True,'troops')), ('L3:محيط المنفذ','LOCATION',X),
 ('L3:القطعات','ACTOR','IQ_GOV'), ('L3:الشريط الحدودي','LOCATION','iraq-syria-border'),
 ('L4:الفرقة السابعة','ACTOR','IQ_GOV'), ('L4:ثلاث نقاط تفتيش','QUANTITY',None,(3,False,'other')), ('L4:الطريق','LOCATION','al-qaim-crossing-road'),
 ('L4:المنفذ','LOCATION',X), ('L4:داعش','ACTOR','ISIS'), ('L4:البادية السورية','LOCATION','syrian-badia'),
 ('L5:وزارة الداخلية','ACTOR','IQ_GOV'), ('L5:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L5:المنفذ','LOCATION',X),
 ('L5:مدينة البوكمال','LOCATION','albu-kamal'),
 ('L6:طائرتان مسيرتان','QUANTITY',None,(2,False,'aircraft')), ('L6:طائرتان مسيرتان مجهولتان','WEAPON','drones'),
 ('L6:عجلتين','QUANTITY',None,(2,False,'vehicles')), ('L6:عجلتين#0','WEAPON','vehicles'),
 ('L6:لحشد الشعبي','ACTOR',PMF), ('L6:القائم','LOCATION','al-qaim'), ('L6:كتائب حزب الله','ACTOR',KH), ('L6:هيئة الحشد','ACTOR',PMF),
 ('L6:إسرائيل','ACTOR',IL),
 ('L7:وزارة الدفاع الأميركية','ACTOR','US'), ('L7:البنتاغون','ACTOR','US'), ('L7:طائرات','WEAPON','warplanes'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:المنطقة','LOCATION','al-qaim'),
 ('L8:قوات التحالف','ACTOR','COALITION'), ('L8:قاعدة عين الأسد الجوية','LOCATION','ain-al-asad-base'), ('L8:ناحية البغدادي','LOCATION','al-baghdadi'),
 ('L8:غربي الأنبار','LOCATION','west-anbar'), ('L8:نحو 200 كيلومتر','QUANTITY',None,(200,True,'km')), ('L8:المنفذ','LOCATION',X),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:القائم','LOCATION','al-qaim'), ('L9:تنظيم "داعش"','ACTOR','ISIS'),
 ('L9:الجيش السوري','ACTOR','SY_GOV'), ('L9:مدينة البوكمال','LOCATION','albu-kamal'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L2:يوم غد', '2019-10-01', 'day'),
 ('L3:مساء أمس الأحد', '2019-09-29', 'part-of-day', {'part': 'evening'}),
 ('L5:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L6:الخامس والعشرين من آب الماضي', AUG, 'day'),
 ('L7:ذلك اليوم', AUG, 'day'),
 ('L9:تشرين الثاني 2017', '2017-11', 'month'),
 ('L9:الشهر ذاته', '2017-11', 'month'),
]
T = 'L1:اليوم الاثنين'
A = 'L6:الخامس والعشرين من آب الماضي'
SRC = 'مصدر أمني في قيادة عمليات الجزيرة (السومرية نيوز)'
PENT = 'وزارة الدفاع الأميركية (البنتاغون)'
N17 = 'L9:تشرين الثاني 2017'
events = [
 dict(type='AGREEMENT', trig='L1:اتفاق', actors=['IQ_GOV', 'SY_GOV'], loc='L1:منفذ القائم الحدودي'),                                      # 1
 dict(type='STATEMENT', trig='L2:قال', time=T, attr='كاظم العقابي'),                                                                   # 2
 dict(type='AGREEMENT', trig='L2:بالتنسيق', time=T, actors=['IQ_GOV', 'SY_GOV'], loc='L2:المنفذ#0', attr='كاظم العقابي'),                  # 3
 dict(type='MOVEMENT', trig='L3:وصلا', time='L3:مساء أمس الأحد', actors=['IQ_GOV'], loc='L3:محيط المنفذ', qty=['L3:فوجين', 'L3:نحو 600 عنصر'],
      attr=SRC),                                                                                                                     # 4
 dict(type='BASE', trig='L4:نصبت', time=T, actors=['IQ_GOV'], loc='L4:الطريق', qty=['L4:ثلاث نقاط تفتيش'], attr=SRC),                     # 5
 dict(type='ATTACK', trig='L4:هجمات', mod='expected', actors=['ISIS'], targets=['IQ_GOV'], attr=SRC),                                  # 6
 dict(type='MOVEMENT', trig='L5:تنشر', mod='planned', time='L5:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L5:المنفذ'),                  # 7
 dict(type='ATTACK', trig='L6:استهدفتا', time=A, actors=['UNKNOWN'], targets=[PMF, KH], loc='L6:القائم', weapons=['L6:طائرتان مسيرتان مجهولتان'],
      qty=['L6:طائرتان مسيرتان']),                                                                                                   # 8
 dict(type='ATTACK', trig='L6:الهجوم', time=A, actors=[IL], targets=[PMF, KH], loc='L6:القائم', attr='هيئة الحشد'),                        # 9
 dict(type='ATTACK', trig='L7:الضربة', mod='denied', time=A, actors=['US'], targets=[PMF], attr=PENT),                                   # 10
 dict(type='ATTACK', trig='L7:غارات', mod='denied', time='L7:ذلك اليوم', actors=['COALITION'], loc='L7:المنطقة', weapons=['L7:طائرات'], attr=PENT),  # 11
 dict(type='MOVEMENT', trig='L8:تتمركز', time=T, actors=['COALITION'], loc='L8:قاعدة عين الأسد الجوية'),                                 # 12
 dict(type='CONTROL', trig='L9:استعادت', time=N17, actors=['IQ_GOV'], targets=['ISIS'], loc='L9:القائم'),                                 # 13
 dict(type='CONTROL', trig='L9:سيطر', time='L9:الشهر ذاته', actors=['SY_GOV'], loc='L9:مدينة البوكمال'),                                 # 14
]
DD = (D, 'day')
AD = (AUG, 'day')
forces = [
 dict(actor='IQ_GOV', strength=(600, True, 'troops'), assets='فوجان من قوات حرس الحدود', loc=('محيط المنفذ', X),
      as_of=('2019-09-29', 'part-of-day'), status='reinforced', source=SRC, line=3, events=[4]),
 dict(actor='IQ_GOV', loc=('الشريط الحدودي', 'iraq-syria-border'), as_of=DD, status='present', source=SRC, line=3, events=[]),
 dict(actor='IQ_GOV', assets='ثلاث نقاط تفتيش جديدة', loc=('الطريق', 'al-qaim-crossing-road'), as_of=DD, status='present', source=SRC, line=4, events=[5]),
 dict(actor='ISIS', assets='خلايا', loc=('البادية السورية', 'syrian-badia'), as_of=DD, status='present', source=SRC, line=4, events=[]),
 dict(actor='IQ_GOV', assets='قوة من الشرطة الاتحادية', loc=('المنفذ', X), as_of=(D + '/', 'vague'), status='planned', line=5, events=[7]),
 dict(actor=PMF, assets='عجلتان', loc=('القائم', 'al-qaim'), as_of=AD, status='attacked', line=6, events=[8]),
 dict(actor=KH, loc=('القائم', 'al-qaim'), as_of=AD, status='attacked', line=6, events=[8]),
 dict(actor='COALITION', loc=('قاعدة عين الأسد الجوية', 'ain-al-asad-base'), as_of=DD, status='present', line=8, events=[12]),
 dict(actor='IQ_GOV', loc=('القائم', 'al-qaim'), as_of=('2017-11', 'month'), status='controls', line=9, events=[13]),
 dict(actor='SY_GOV', loc=('مدينة البوكمال', 'albu-kamal'), as_of=('2017-11', 'month'), status='controls', line=9, events=[14]),
]
build('alsumaria-qaim-crossing', None, 'السومرية نيوز', D, L, ents, times, events, forces)
