from build import build
L = [
'الحشد الشعبي: 22 شهيداً بقصف أمريكي على قطعاتنا عند الحدود.. والتحالف ينفي',
'{بغداد:الفرات نيوز} أعلنت هيئة الحشد الشعبي، اليوم الاثنين، استشهاد 22 من مقاتليها وإصابة 12 آخرين بضربة جوية استهدفت مقراً ثابتاً لقطعات اللواءين 45 و46 في منطقة الهري قرب الحدود العراقية السورية، متهمة الطيران الأمريكي بتنفيذها.',
'وأوضحت الهيئة في بيانها أن "طائرة مسيّرة أمريكية قصفت ليل الأحد مقر القطعات المرابطة لمنع تسلل عصابات داعش الإرهابية"، مشيرة إلى أن المقر يقع داخل الأراضي السورية على بعد نحو 700 متر من الحدود، وأن وجوده جاء بالتنسيق مع بغداد ودمشق.',
'في المقابل، نفى المتحدث باسم التحالف الدولي العقيد شون رايان أن تكون القوات الأمريكية أو قوات التحالف قد نفذت أي ضربة في تلك المنطقة، مؤكداً أن "التقارير التي تتحدث عن ضربة أمريكية غير دقيقة".',
'من جهته، قال رئيس الوزراء حيدر العبادي، في مؤتمره الصحفي الأسبوعي، إن "تحقيقاً فُتح في الحادث"، مؤكداً أن القوات الأمنية والحشد الشعبي "ستواصل ملاحقة فلول داعش على الشريط الحدودي".',
'ويأتي الهجوم بعد أسابيع من إعلان الحشد الشعبي مشاركته في عمليات ضد داعش داخل الأراضي السورية، فيما نفذت طائرات "إف-16" عراقية في نيسان الماضي ضربات جوية على مواقع للتنظيم في بلدة هجين شرقي دير الزور.',
'وفي سياق متصل، أفاد مصدر أمني لـ"الفرات نيوز" بأن ثلاثة من عناصر الشرطة الاتحادية قتلوا، فجر اليوم، بهجوم لخلايا داعش على نقطة تفتيش في قضاء الطارمية شمالي بغداد.',
'وتنتشر قطعات من الجيش العراقي والحشد الشعبي على امتداد نحو 600 كيلومتر من الحدود مع سوريا، من القائم في الأنبار إلى ربيعة في نينوى، فيما تخوض "قسد" المدعومة من التحالف معارك ضد داعش في جيب هجين بريف دير الزور الشرقي.',
'ويتمركز نحو ألفي جندي أمريكي في سوريا، معظمهم في مناطق سيطرة "قسد" شرق الفرات وفي قاعدة التنف قرب الحدود العراقية.',
]
D = '2018-06-18'   # Monday; web copy of its own day
SUNN = '2018-06-17'  # ليل الأحد
PMF = 'OTHER:pmf'
ents = [
 ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:22 شهيداً','QUANTITY',None,(22,False,'killed')), ('L0:الحدود','LOCATION','iraq-syria-border'),
 ('L0:التحالف','ACTOR','COALITION'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الفرات نيوز','ORG','alforat-news'), ('L1:هيئة الحشد الشعبي','ACTOR',PMF),
 ('L1:22','QUANTITY',None,(22,False,'killed')), ('L1:12 آخرين','QUANTITY',None,(12,False,'wounded')), ('L1:اللواءين 45 و46','ACTOR',PMF),
 ('L1:منطقة الهري','LOCATION','al-hari'), ('L1:الحدود العراقية السورية','LOCATION','iraq-syria-border'), ('L1:الطيران الأمريكي','ACTOR','US'),
 ('L2:الهيئة','ACTOR',PMF), ('L2:طائرة مسيّرة','WEAPON','drone'), ('L2:داعش','ACTOR','ISIS'), ('L2:الأراضي السورية','LOCATION','syria'),
 ('L2:نحو 700 متر','QUANTITY',None,(700,True,'other')), ('L2:الحدود','LOCATION','iraq-syria-border'), ('L2:بغداد','ACTOR','IQ_GOV'),
 ('L2:دمشق','ACTOR','SY_GOV'),
 ('L3:التحالف الدولي','ACTOR','COALITION'), ('L3:شون رايان','PERSON','sean-ryan'), ('L3:القوات الأمريكية','ACTOR','US'),
 ('L3:قوات التحالف','ACTOR','COALITION'),
 ('L4:حيدر العبادي','PERSON','haider-al-abadi'), ('L4:القوات الأمنية','ACTOR','IQ_GOV'), ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:داعش','ACTOR','ISIS'),
 ('L4:الشريط الحدودي','LOCATION','iraq-syria-border'),
 ('L5:الحشد الشعبي','ACTOR',PMF), ('L5:داعش','ACTOR','ISIS'), ('L5:الأراضي السورية','LOCATION','syria'), ('L5:طائرات "إف-16"','WEAPON','f-16'),
 ('L5:لتنظيم','ACTOR','ISIS'), ('L5:بلدة هجين','LOCATION','hajin'), ('L5:دير الزور','LOCATION','deir-ez-zor'),
 ('L6:الفرات نيوز','ORG','alforat-news'), ('L6:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L6:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L6:داعش','ACTOR','ISIS'), ('L6:قضاء الطارمية','LOCATION','tarmiyah'), ('L6:بغداد','LOCATION','baghdad'),
 ('L7:الجيش العراقي','ACTOR','IQ_GOV'), ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:نحو 600 كيلومتر','QUANTITY',None,(600,True,'km')),
 ('L7:الحدود','LOCATION','iraq-syria-border'), ('L7:سوريا','LOCATION','syria'), ('L7:القائم','LOCATION','al-qaim'), ('L7:الأنبار','LOCATION','anbar'),
 ('L7:ربيعة','LOCATION','rabia'), ('L7:نينوى','LOCATION','nineveh'), ('L7:قسد','ACTOR','SDF'), ('L7:التحالف','ACTOR','COALITION'),
 ('L7:داعش','ACTOR','ISIS'), ('L7:جيب هجين','LOCATION','hajin-pocket'), ('L7:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L8:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')), ('L8:سوريا','LOCATION','syria'), ('L8:قسد','ACTOR','SDF'),
 ('L8:شرق الفرات','LOCATION','east-of-euphrates'), ('L8:قاعدة التنف','LOCATION','al-tanf-base'), ('L8:الحدود العراقية','LOCATION','iraq-syria-border'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L2:ليل الأحد', SUNN, 'part-of-day', {'part':'night'}),
 ('L5:نيسان الماضي', '2018-04', 'month'),
 ('L6:فجر اليوم', D, 'part-of-day', {'part':'morning'}),
]
PMFS = 'هيئة الحشد الشعبي'
RYAN = 'شون رايان'
ABADI = 'حيدر العبادي'
SEC = 'مصدر أمني (الفرات نيوز)'
NT = 'L2:ليل الأحد'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time='L1:اليوم الاثنين', actors=[PMF], attr=PMFS),                                            # 1
 dict(type='ATTACK', trig='L1:بضربة جوية', time=NT, actors=['US'], targets=[PMF], loc='L1:منطقة الهري', attr=PMFS,
      qty=['L1:22','L1:12 آخرين']),                                                                                                     # 2
 dict(type='ATTACK', trig='L2:قصفت', time=NT, actors=['US'], targets=[PMF], loc='L2:الأراضي السورية', attr=PMFS,
      weapons=['L2:طائرة مسيّرة']),                                                                                                    # 3
 dict(type='ATTACK', trig='L3:ضربة#0', mod='denied', time=NT, actors=['US','COALITION'], attr=RYAN),                                       # 4
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=ABADI),                                                                 # 5
 dict(type='OPERATION', trig='L4:ملاحقة', mod='planned', actors=['IQ_GOV',PMF], targets=['ISIS'], loc='L4:الشريط الحدودي', attr=ABADI),  # 6
 dict(type='ATTACK', trig='L5:الهجوم', time=NT),                                                                                       # 7
 dict(type='OPERATION', trig='L5:عمليات', actors=[PMF], targets=['ISIS'], loc='L5:الأراضي السورية'),                                   # 8
 dict(type='ATTACK', trig='L5:ضربات جوية', time='L5:نيسان الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:بلدة هجين',
      weapons=['L5:طائرات "إف-16"']),                                                                                                  # 9
 dict(type='ATTACK', trig='L6:بهجوم', time='L6:فجر اليوم', actors=['ISIS'], targets=['IQ_GOV'], loc='L6:قضاء الطارمية', attr=SEC,
      qty=['L6:ثلاثة']),                                                                                                               # 10
 dict(type='MOVEMENT', trig='L7:تنتشر', actors=['IQ_GOV',PMF], loc='L7:الحدود', qty=['L7:نحو 600 كيلومتر']),                          # 11
 dict(type='ATTACK', trig='L7:معارك', actors=['SDF','ISIS'], loc='L7:جيب هجين'),                                                       # 12
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=['US'], loc='L8:سوريا', qty=['L8:نحو ألفي جندي']),                                     # 13
 dict(type='CONTROL', trig='L8:سيطرة', actors=['SDF'], loc='L8:شرق الفرات'),                                                          # 14
]
NP = (SUNN, 'part-of-day')
OD = (D, 'day')
VG = (None, 'vague')
forces = [
 dict(actor=PMF, assets='مقر ثابت للواءين 45 و46', loc=('منطقة الهري','al-hari'), as_of=NP, status='attacked', source=PMFS, line=1, events=[2]),
 dict(actor=PMF, assets='مقر ثابت للواءين 45 و46', loc=('منطقة الهري','al-hari'), as_of=NP, status='present', source=PMFS, line=1, events=[2]),
 dict(actor=PMF, assets='مقر', loc=('الأراضي السورية','syria'), as_of=NP, status='attacked', source=PMFS, line=2, events=[3]),
 dict(actor=PMF, assets='مقر', loc=('الأراضي السورية','syria'), as_of=OD, status='present', source=PMFS, line=2, events=[3]),
 dict(actor=PMF, loc=('الأراضي السورية','syria'), as_of=VG, status='present', line=5, events=[8]),
 dict(actor='ISIS', assets='مواقع', loc=('بلدة هجين','hajin'), as_of=('2018-04', 'month'), status='attacked', line=5, events=[9]),
 dict(actor='IQ_GOV', assets='نقطة تفتيش', loc=('قضاء الطارمية','tarmiyah'), as_of=(D, 'part-of-day'), status='attacked', source=SEC,
      line=6, events=[10]),
 dict(actor='IQ_GOV', assets='نقطة تفتيش', loc=('قضاء الطارمية','tarmiyah'), as_of=(D, 'part-of-day'), status='present', source=SEC,
      line=6, events=[10]),
 dict(actor='IQ_GOV', loc=('الحدود','iraq-syria-border'), as_of=OD, status='present', line=7, events=[11]),
 dict(actor=PMF, loc=('الحدود','iraq-syria-border'), as_of=OD, status='present', line=7, events=[11]),
 dict(actor='SDF', loc=('جيب هجين','hajin-pocket'), as_of=OD, status='present', line=7, events=[12]),
 dict(actor='ISIS', loc=('جيب هجين','hajin-pocket'), as_of=OD, status='present', line=7, events=[12]),
 dict(actor='US', strength=(2000, True, 'troops'), loc=('سوريا','syria'), as_of=OD, status='present', line=8, events=[13]),
 dict(actor='US', loc=('شرق الفرات','east-of-euphrates'), as_of=OD, status='present', line=8, events=[13]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة التنف','al-tanf-base'), as_of=OD, status='present', line=8, events=[13]),
 dict(actor='SDF', loc=('شرق الفرات','east-of-euphrates'), as_of=OD, status='controls', line=8, events=[14]),
]
build('alforat-hari-strike', None, 'الفرات نيوز', D, L, ents, times, events, forces)
