from build import build
L = [
'القوات الأمنية والحشد الشعبي يحرران جرف الصخر بالكامل من عصابات داعش الإرهابية',
'{بابل:الفرات نيوز} أعلن قائد عمليات بابل اللواء الركن علي جاسم الفريجي، اليوم السبت، تحرير ناحية جرف الصخر شمالي محافظة بابل بالكامل من عصابات داعش الإرهابية، بعد عملية عسكرية واسعة انطلقت فجر أمس الجمعة.',
'وقال الفريجي لمراسل الفرات نيوز إن "قطعات الجيش والشرطة الاتحادية وفصائل الحشد الشعبي اقتحمت الناحية من أربعة محاور، وطهّرت قريتي الفاضلية والحجير، ورفعت العلم العراقي فوق مبنى مديرية الناحية".',
'وأضاف أن "أكثر من 100 إرهابي قُتلوا خلال العملية، فيما فرّ العشرات منهم باتجاه عامرية الفلوجة في محافظة الأنبار"، مبيناً أن "قواتنا دمّرت 12 عجلة مفخخة كانت معدّة لاستهداف القطعات".',
'من جهته، ذكر مصدر في سرايا عاشوراء للفرات نيوز أن "نحو سبعة آلاف من مقاتلي الحشد الشعبي، بينهم مقاتلو السرايا وسرايا الجهاد وعصائب أهل الحق، شاركوا في معارك جرف الصخر إلى جانب القوات الأمنية"، لافتاً إلى أن "فرق الهندسة العسكرية تعمل على تفكيك مئات العبوات الناسفة التي زرعتها العصابات في الطرق والبساتين".',
'وأشار المصدر إلى أن "طيران الجيش نفذ منذ صباح أمس 16 طلعة جوية على تجمعات داعش في البساتين المحيطة بالناحية، فيما قصفت المدفعية مواقع القناصين على ضفاف نهر الفرات".',
'في السياق، قال محافظ بابل صادق مدلول السلطاني إن "تحرير جرف الصخر يؤمّن الطريق الرابط بين بغداد وكربلاء قبل زيارة عاشوراء"، مؤكداً أن "قوات من الشرطة المحلية ستنتشر في الناحية لمسك الأرض خلال الأيام المقبلة".',
'وكانت عصابات داعش قد سيطرت على جرف الصخر في حزيران الماضي، واتخذت منها منطلقاً لشن هجمات بالسيارات المفخخة على محافظات بابل وكربلاء والعاصمة بغداد.',
'وفي محافظة الأنبار، أفاد مصدر أمني للفرات نيوز بأن عصابات داعش هاجمت فجر اليوم مواقع للجيش في محيط ناحية عامرية الفلوجة، وأن القوات الأمنية ومقاتلي العشائر صدّوا الهجوم وقتلوا 15 من عناصر التنظيم.',
'إلى ذلك، أعلنت القيادة المركزية الأمريكية أن طائرات التحالف الدولي نفذت خلال اليومين الماضيين خمس غارات على مواقع لداعش قرب الفلوجة وبيجي، فيما يبلغ عدد المستشارين العسكريين الأمريكيين في العراق نحو 1400 مستشار يتوزعون على بغداد وأربيل.',
]
D = '2014-10-25'   # Saturday; Baghdad TV news site, web copy of its own day
FRI = '2014-10-24'
PMF = 'OTHER:pmf'
ASH = 'OTHER:saraya-ashura'
SJ = 'OTHER:saraya-al-jihad'
AAH = 'OTHER:asaib-ahl-al-haq'
TRB = 'OTHER:arab-tribes'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:جرف الصخر','LOCATION','jurf-al-sakhar'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:بابل#0','LOCATION','babil'), ('L1:الفرات نيوز','ORG','alforat-news'), ('L1:بابل#1','LOCATION','babil'),
 ('L1:علي جاسم الفريجي','PERSON','ali-jasim-al-fraiji'), ('L1:ناحية جرف الصخر','LOCATION','jurf-al-sakhar'), ('L1:محافظة بابل','LOCATION','babil'),
 ('L1:داعش','ACTOR','ISIS'),
 ('L2:الفريجي','PERSON','ali-jasim-al-fraiji'), ('L2:الفرات نيوز','ORG','alforat-news'), ('L2:قطعات الجيش','ACTOR','IQ_GOV'),
 ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L2:فصائل الحشد الشعبي','ACTOR',PMF), ('L2:الناحية#0','LOCATION','jurf-al-sakhar'),
 ('L2:أربعة محاور','QUANTITY',None,(4,False,'other')), ('L2:قريتي الفاضلية','LOCATION','al-fadiliya'), ('L2:الحجير','LOCATION','al-hujayr'),
 ('L2:مبنى مديرية الناحية','LOCATION','jurf-al-sakhar-district-building'),
 ('L3:أكثر من 100','QUANTITY',None,(100,True,'killed')), ('L3:العشرات','QUANTITY',None,([24, 99],True,'fighters')),
 ('L3:عامرية الفلوجة','LOCATION','amiriyat-al-fallujah'), ('L3:محافظة الأنبار','LOCATION','anbar'),
 ('L3:12 عجلة مفخخة','QUANTITY',None,(12,False,'vehicles')), ('L3:عجلة مفخخة','WEAPON','vbieds'), ('L3:القطعات','ACTOR','IQ_GOV'),
 ('L4:سرايا عاشوراء','ACTOR',ASH), ('L4:لفرات نيوز','ORG','alforat-news'), ('L4:نحو سبعة آلاف','QUANTITY',None,(7000,True,'fighters')),
 ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:السرايا','ACTOR',ASH), ('L4:سرايا الجهاد','ACTOR',SJ), ('L4:عصائب أهل الحق','ACTOR',AAH),
 ('L4:جرف الصخر','LOCATION','jurf-al-sakhar'), ('L4:القوات الأمنية','ACTOR','IQ_GOV'), ('L4:فرق الهندسة العسكرية','ACTOR','IQ_GOV'),
 ('L4:مئات العبوات الناسفة','QUANTITY',None,([100, 999],True,'other')), ('L4:العبوات الناسفة','WEAPON','ieds'), ('L4:العصابات','ACTOR','ISIS'),
 ('L5:طيران الجيش','ACTOR','IQ_GOV'), ('L5:16 طلعة جوية','QUANTITY',None,(16,False,'other')), ('L5:داعش','ACTOR','ISIS'),
 ('L5:البساتين المحيطة بالناحية','LOCATION','jurf-al-sakhar-orchards'), ('L5:المدفعية','WEAPON','artillery'), ('L5:نهر الفرات','LOCATION','euphrates'),
 ('L6:بابل','LOCATION','babil'), ('L6:صادق مدلول السلطاني','PERSON','sadiq-madloul-al-sultani'), ('L6:جرف الصخر','LOCATION','jurf-al-sakhar'),
 ('L6:الطريق','LOCATION','baghdad-karbala-road'), ('L6:بغداد','LOCATION','baghdad'), ('L6:كربلاء','LOCATION','karbala'),
 ('L6:الشرطة المحلية','ACTOR','IQ_GOV'), ('L6:الناحية','LOCATION','jurf-al-sakhar'),
 ('L7:داعش','ACTOR','ISIS'), ('L7:جرف الصخر','LOCATION','jurf-al-sakhar'), ('L7:السيارات المفخخة','WEAPON','vbieds'),
 ('L7:محافظات بابل','LOCATION','babil'), ('L7:كربلاء','LOCATION','karbala'), ('L7:العاصمة بغداد','LOCATION','baghdad'),
 ('L8:محافظة الأنبار','LOCATION','anbar'), ('L8:لفرات نيوز','ORG','alforat-news'), ('L8:داعش','ACTOR','ISIS'), ('L8:لجيش','ACTOR','IQ_GOV'),
 ('L8:ناحية عامرية الفلوجة','LOCATION','amiriyat-al-fallujah'), ('L8:القوات الأمنية','ACTOR','IQ_GOV'), ('L8:مقاتلي العشائر','ACTOR',TRB),
 ('L8:15','QUANTITY',None,(15,False,'killed')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L9:القيادة المركزية الأمريكية','ACTOR','US'), ('L9:طائرات','WEAPON','warplanes'), ('L9:التحالف الدولي','ACTOR','COALITION'),
 ('L9:خمس غارات','QUANTITY',None,(5,False,'other')), ('L9:داعش','ACTOR','ISIS'), ('L9:الفلوجة','LOCATION','fallujah'), ('L9:بيجي','LOCATION','baiji'),
 ('L9:المستشارين العسكريين الأمريكيين','ACTOR','US'), ('L9:العراق','LOCATION','iraq'), ('L9:نحو 1400 مستشار','QUANTITY',None,(1400,True,'troops')),
 ('L9:بغداد','LOCATION','baghdad'), ('L9:أربيل','LOCATION','erbil'),
]
D2 = '2014-10-23/' + D
times = [
 ('L1:اليوم السبت', D, 'day'),
 ('L1:فجر أمس الجمعة', FRI, 'part-of-day', {'part': 'morning'}),
 ('L5:منذ صباح أمس', FRI + '/' + D, 'day'),
 ('L6:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L7:حزيران الماضي', '2014-06', 'month'),
 ('L8:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:خلال اليومين الماضيين', D2, 'day'),
]
T = 'L1:اليوم السبت'
F = 'L1:فجر أمس الجمعة'
FR = 'علي جاسم الفريجي'
ASHS = 'مصدر في سرايا عاشوراء (الفرات نيوز)'
GOV = 'صادق مدلول السلطاني'
SEC = 'مصدر أمني (الفرات نيوز)'
CENT = 'القيادة المركزية الأمريكية'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['IQ_GOV'], attr=FR),                                                           # 1
 dict(type='CONTROL', trig='L1:تحرير', time=T, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L1:ناحية جرف الصخر', attr=FR),         # 2
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=F, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L1:ناحية جرف الصخر'),        # 3
 dict(type='STATEMENT', trig='L2:قال', actors=['IQ_GOV'], attr=FR),                                                                    # 4
 dict(type='ATTACK', trig='L2:اقتحمت', time=F, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L2:الناحية#0', qty=['L2:أربعة محاور'], attr=FR),  # 5
 dict(type='OPERATION', trig='L2:طهّرت', actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L2:قريتي الفاضلية', attr=FR),                # 6
 dict(type='CONTROL', trig='L2:رفعت العلم', actors=['IQ_GOV', PMF], loc='L2:مبنى مديرية الناحية', attr=FR),                          # 7
 dict(type='ATTACK', trig='L3:قُتلوا', targets=['ISIS'], qty=['L3:أكثر من 100'], attr=FR),                                            # 8
 dict(type='OPERATION', trig='L3:العملية', time=F, actors=['IQ_GOV', PMF], targets=['ISIS'], attr=FR),                                # 9
 dict(type='WITHDRAWAL', trig='L3:فرّ', actors=['ISIS'], qty=['L3:العشرات'], attr=FR),                                                # 10
 dict(type='ATTACK', trig='L3:دمّرت', actors=['IQ_GOV'], targets=['ISIS'], attr=FR),                                                  # 11
 dict(type='ATTACK', trig='L4:معارك', time=F, actors=[PMF, ASH, SJ, AAH, 'IQ_GOV'], targets=['ISIS'], loc='L4:جرف الصخر',
      qty=['L4:نحو سبعة آلاف'], attr=ASHS),                                                                                          # 12
 dict(type='OPERATION', trig='L4:تفكيك', actors=['IQ_GOV'], weapons=['L4:العبوات الناسفة'], qty=['L4:مئات العبوات الناسفة'], attr=ASHS),  # 13
 dict(type='ATTACK', trig='L5:نفذ', time='L5:منذ صباح أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:البساتين المحيطة بالناحية',
      qty=['L5:16 طلعة جوية'], attr=ASHS),                                                                                           # 14
 dict(type='ATTACK', trig='L5:قصفت', time='L5:منذ صباح أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:نهر الفرات',
      weapons=['L5:المدفعية'], attr=ASHS),                                                                                           # 15
 dict(type='STATEMENT', trig='L6:قال', actors=['IQ_GOV'], attr=GOV),                                                                   # 16
 dict(type='CONTROL', trig='L6:تحرير', time=T, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L6:جرف الصخر', attr=GOV),              # 17
 dict(type='MOVEMENT', trig='L6:ستنتشر', mod='planned', time='L6:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L6:الناحية', attr=GOV),  # 18
 dict(type='CONTROL', trig='L7:سيطرت', time='L7:حزيران الماضي', actors=['ISIS'], loc='L7:جرف الصخر'),                                 # 19
 dict(type='ATTACK', trig='L7:هجمات', actors=['ISIS'], loc='L7:محافظات بابل', weapons=['L7:السيارات المفخخة']),                       # 20
 dict(type='ATTACK', trig='L8:هاجمت', time='L8:فجر اليوم', actors=['ISIS'], targets=['IQ_GOV'], loc='L8:ناحية عامرية الفلوجة', attr=SEC),  # 21
 dict(type='ATTACK', trig='L8:صدّوا', time='L8:فجر اليوم', actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L8:ناحية عامرية الفلوجة', attr=SEC),  # 22
 dict(type='ATTACK', trig='L8:الهجوم', time='L8:فجر اليوم', actors=['ISIS'], targets=['IQ_GOV'], attr=SEC),                           # 23
 dict(type='ATTACK', trig='L8:قتلوا', time='L8:فجر اليوم', actors=['IQ_GOV', TRB], targets=['ISIS'], qty=['L8:15'], attr=SEC),          # 24
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['US'], attr=CENT),                                                                     # 25
 dict(type='ATTACK', trig='L9:نفذت', time='L9:خلال اليومين الماضيين', actors=['COALITION'], targets=['ISIS'], loc='L9:الفلوجة',
      weapons=['L9:طائرات'], qty=['L9:خمس غارات'], attr=CENT),                                                                     # 26
]
OD = (D, 'day')
FP = (FRI, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية جرف الصخر', 'jurf-al-sakhar'), as_of=OD, status='controls', source=FR, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('الناحية', 'jurf-al-sakhar'), as_of=FP, status='present', source=FR, line=2, events=[5]),
 dict(actor=PMF, loc=('الناحية', 'jurf-al-sakhar'), as_of=FP, status='present', source=FR, line=2, events=[5]),
]
for place, slug in (('قريتي الفاضلية', 'al-fadiliya'), ('الحجير', 'al-hujayr'), ('مبنى مديرية الناحية', 'jurf-al-sakhar-district-building')):
    for act in ('IQ_GOV', PMF):
        forces.append(dict(actor=act, loc=(place, slug), as_of=OD, status='controls', source=FR, line=2, events=[6, 7]))
forces += [
 dict(actor=PMF, strength=(7000, True, 'fighters'), loc=('جرف الصخر', 'jurf-al-sakhar'), as_of=OD, status='present', source=ASHS, line=4, events=[12]),
 dict(actor=ASH, loc=('جرف الصخر', 'jurf-al-sakhar'), as_of=OD, status='present', source=ASHS, line=4, events=[12]),
 dict(actor=SJ, loc=('جرف الصخر', 'jurf-al-sakhar'), as_of=OD, status='present', source=ASHS, line=4, events=[12]),
 dict(actor=AAH, loc=('جرف الصخر', 'jurf-al-sakhar'), as_of=OD, status='present', source=ASHS, line=4, events=[12]),
 dict(actor='IQ_GOV', loc=('جرف الصخر', 'jurf-al-sakhar'), as_of=OD, status='present', source=ASHS, line=4, events=[12]),
 dict(actor='ISIS', assets='تجمعات', loc=('البساتين المحيطة بالناحية', 'jurf-al-sakhar-orchards'), as_of=(FRI + '/' + D, 'day'),
      status='attacked', source=ASHS, line=5, events=[14]),
 dict(actor='ISIS', assets='مواقع القناصين', loc=('نهر الفرات', 'euphrates'), as_of=(FRI + '/' + D, 'day'), status='attacked', source=ASHS,
      line=5, events=[15]),
 dict(actor='IQ_GOV', assets='الشرطة المحلية', loc=('الناحية', 'jurf-al-sakhar'), as_of=(D + '/', 'vague'), status='planned', source=GOV,
      line=6, events=[18]),
 dict(actor='ISIS', loc=('جرف الصخر', 'jurf-al-sakhar'), as_of=('2014-06', 'month'), status='controls', line=7, events=[19]),
 dict(actor='IQ_GOV', assets='مواقع', loc=('ناحية عامرية الفلوجة', 'amiriyat-al-fallujah'), as_of=(D, 'part-of-day'), status='attacked',
      source=SEC, line=8, events=[21]),
 dict(actor='IQ_GOV', assets='مواقع', loc=('ناحية عامرية الفلوجة', 'amiriyat-al-fallujah'), as_of=(D, 'part-of-day'), status='present',
      source=SEC, line=8, events=[21, 22]),
 dict(actor=TRB, loc=('ناحية عامرية الفلوجة', 'amiriyat-al-fallujah'), as_of=(D, 'part-of-day'), status='present', source=SEC, line=8, events=[22]),
 dict(actor='ISIS', loc=('ناحية عامرية الفلوجة', 'amiriyat-al-fallujah'), as_of=(D, 'part-of-day'), status='present', source=SEC, line=8, events=[21]),
 dict(actor='ISIS', assets='مواقع', loc=('الفلوجة', 'fallujah'), as_of=(D2, 'day'), status='attacked', source=CENT, line=9, events=[26]),
 dict(actor='ISIS', assets='مواقع', loc=('بيجي', 'baiji'), as_of=(D2, 'day'), status='attacked', source=CENT, line=9, events=[26]),
 dict(actor='US', strength=(1400, True, 'troops'), assets='مستشارون عسكريون', loc=('العراق', 'iraq'), as_of=OD, status='present', line=9),
 dict(actor='US', assets='مستشارون عسكريون', loc=('بغداد', 'baghdad'), as_of=OD, status='present', line=9),
 dict(actor='US', assets='مستشارون عسكريون', loc=('أربيل', 'erbil'), as_of=OD, status='present', line=9),
]
build('alforat-jurf-al-sakhar', None, 'الفرات نيوز', D, L, ents, times, events, forces)
