from build import build
L = [
'الجيش يتسلم حواجز سهل نينوى من "اللواء 30" وسط احتجاجات الشبك على طريق أربيل - الموصل',
'بغداد/ المدى',
'تسلّمت قطعات من الجيش العراقي، أمس الأحد، ثلاثة حواجز رئيسة على الطريق الرابط بين أربيل والموصل كانت خاضعة لسيطرة "اللواء 30" في الحشد الشعبي، تنفيذاً لأمر ديواني أصدره رئيس الوزراء عادل عبد المهدي الأسبوع الماضي.',
'وقال مصدر أمني في نينوى لـ(المدى) إن قوة من الفرقة 16 انتشرت صباح أمس في حاجز بازوايا شرقي الموصل ونقطتين قرب ناحية برطلة، بعد انسحاب عناصر اللواء منها باتجاه مقراتهم داخل الناحية.',
'وجاء ذلك بعد أربعة أيام من احتجاجات نظمها مئات من أبناء المكون الشبكي، قطعوا خلالها الطريق بين أربيل والموصل بالإطارات المحترقة، رفضاً لقرار إخراج اللواء من المنطقة.',
'وكانت وزارة الخزانة الأميركية قد فرضت، في 18 تموز الماضي، عقوبات على قائد اللواء وعد القدو بتهمة التورط في انتهاكات ضد المدنيين في سهل نينوى، وهو ما عدّته هيئة الحشد "تدخلاً في الشأن العراقي".',
'في المقابل، نفى المتحدث باسم "اللواء 30" علي حسين الشبكي أن تكون قوات اللواء قد انسحبت من سهل نينوى، مؤكداً لـ(المدى) أن "ما جرى هو إعادة انتشار بالتنسيق مع قيادة العمليات، ومقاتلونا باقون في برطلة والحمدانية".',
'من جهتها، أعلنت قيادة العمليات المشتركة في بيان أن قطعات الجيش ستتولى مسك جميع الحواجز على الطريق خلال الأيام المقبلة، على أن يبقى اللواء في مقراته داخل النواحي ذات الغالبية الشبكية.',
'ويعد سهل نينوى، الذي استعادته القوات العراقية من تنظيم داعش في تشرين الأول 2016، من المناطق المتنازع عليها، وتنتشر فيه فصائل من الحشد، بينها اللواء 30 و"كتائب بابليون" المسيحية.',
'وفي سياق متصل، أعلنت خلية الإعلام الأمني مقتل ثلاثة عناصر من تنظيم داعش بضربة جوية نفذتها طائرات "إف 16" العراقية، مساء السبت، على وكر لهم في جبال قرة جوغ جنوبي مخمور.',
'ويأتي ذلك في وقت ينتشر فيه نحو 5200 جندي أميركي في قواعد عراقية، بينها قاعدة القيارة الجوية جنوبي الموصل، ضمن التحالف الدولي لمحاربة داعش.',
]
D = '2019-08-05'   # Monday; Baghdad print daily, dated the day after the news
SUN = '2019-08-04'
PMF = 'OTHER:pmf'
BAB = 'OTHER:babylon-brigades'
SRC = 'مصدر أمني في نينوى'
SPK = 'علي حسين الشبكي'
JOC = 'قيادة العمليات المشتركة'
ents = [
 ('L0:الجيش','ACTOR','IQ_GOV'), ('L0:سهل نينوى','LOCATION','nineveh-plains'), ('L0:اللواء 30','ACTOR',PMF),
 ('L0:طريق أربيل - الموصل','LOCATION','erbil-mosul-road'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المدى','ORG','almada'),
 ('L2:الجيش العراقي','ACTOR','IQ_GOV'), ('L2:ثلاثة حواجز','QUANTITY',None,(3,False,'other')), ('L2:الطريق','LOCATION','erbil-mosul-road'),
 ('L2:أربيل','LOCATION','erbil'), ('L2:الموصل','LOCATION','mosul'), ('L2:اللواء 30','ACTOR',PMF), ('L2:الحشد الشعبي','ACTOR',PMF),
 ('L2:عادل عبد المهدي','PERSON','adil-abdul-mahdi'),
 ('L3:نينوى','LOCATION','nineveh'), ('L3:المدى','ORG','almada'), ('L3:الفرقة 16','ACTOR','IQ_GOV'),
 ('L3:حاجز بازوايا','LOCATION','bazwaya-checkpoint'), ('L3:الموصل','LOCATION','mosul'), ('L3:نقطتين','QUANTITY',None,(2,False,'other')),
 ('L3:ناحية برطلة','LOCATION','bartella'), ('L3:اللواء','ACTOR',PMF), ('L3:الناحية','LOCATION','bartella'),
 ('L4:أربعة أيام','QUANTITY',None,(4,False,'other')), ('L4:مئات','QUANTITY',None,([100, 999],True,'people')),
 ('L4:الطريق','LOCATION','erbil-mosul-road'), ('L4:أربيل','LOCATION','erbil'), ('L4:الموصل','LOCATION','mosul'),
 ('L4:اللواء','ACTOR',PMF), ('L4:المنطقة','LOCATION','nineveh-plains'),
 ('L5:وزارة الخزانة الأميركية','ACTOR','US'), ('L5:اللواء','ACTOR',PMF), ('L5:وعد القدو','PERSON','waad-qado'),
 ('L5:سهل نينوى','LOCATION','nineveh-plains'), ('L5:هيئة الحشد','ACTOR',PMF),
 ('L6:اللواء 30','ACTOR',PMF), ('L6:علي حسين الشبكي','PERSON','ali-hussein-al-shabaki'), ('L6:قوات اللواء','ACTOR',PMF),
 ('L6:سهل نينوى','LOCATION','nineveh-plains'), ('L6:المدى','ORG','almada'), ('L6:قيادة العمليات','ACTOR','IQ_GOV'),
 ('L6:برطلة','LOCATION','bartella'), ('L6:الحمدانية','LOCATION','hamdaniya'),
 ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L7:قطعات الجيش','ACTOR','IQ_GOV'), ('L7:الطريق','LOCATION','erbil-mosul-road'),
 ('L7:اللواء','ACTOR',PMF), ('L7:النواحي ذات الغالبية الشبكية','LOCATION','shabak-majority-subdistricts'),
 ('L8:سهل نينوى','LOCATION','nineveh-plains'), ('L8:القوات العراقية','ACTOR','IQ_GOV'), ('L8:تنظيم داعش','ACTOR','ISIS'),
 ('L8:المناطق المتنازع عليها','LOCATION','disputed-territories'), ('L8:الحشد','ACTOR',PMF), ('L8:اللواء 30','ACTOR',PMF),
 ('L8:كتائب بابليون','ACTOR',BAB),
 ('L9:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L9:ثلاثة عناصر','QUANTITY',None,(3,False,'killed')), ('L9:تنظيم داعش','ACTOR','ISIS'),
 ('L9:طائرات "إف 16" العراقية','WEAPON','f-16'), ('L9:جبال قرة جوغ','LOCATION','qarachogh-mountains'), ('L9:مخمور','LOCATION','makhmour'),
 ('L10:نحو 5200 جندي أميركي','QUANTITY',None,(5200,True,'troops')), ('L10:جندي أميركي','ACTOR','US'),
 ('L10:قواعد عراقية','LOCATION','iraqi-bases'), ('L10:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L10:الموصل','LOCATION','mosul'),
 ('L10:التحالف الدولي','ACTOR','COALITION'), ('L10:داعش','ACTOR','ISIS'),
]
times = [
 ('L2:أمس الأحد', SUN, 'day'),
 ('L2:الأسبوع الماضي', '2019-07-29/2019-08-04', 'week'),
 ('L3:صباح أمس', SUN, 'part-of-day', {'part': 'morning'}),
 ('L5:18 تموز الماضي', '2019-07-18', 'day'),
 ('L7:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L8:تشرين الأول 2016', '2016-10', 'month'),
 ('L9:مساء السبت', '2019-08-03', 'part-of-day', {'part': 'evening'}),
]
events = [
 dict(type='CONTROL', trig='L2:تسلّمت', time='L2:أمس الأحد', actors=['IQ_GOV'], loc='L2:الطريق', qty=['L2:ثلاثة حواجز']),            # 1
 dict(type='CONTROL', trig='L2:خاضعة لسيطرة', actors=[PMF], loc='L2:الطريق'),                                                         # 2
 dict(type='MOVEMENT', trig='L3:انتشرت', time='L3:صباح أمس', actors=['IQ_GOV'], loc='L3:حاجز بازوايا', qty=['L3:نقطتين'], attr=SRC),  # 3
 dict(type='WITHDRAWAL', trig='L3:انسحاب', time='L3:صباح أمس', actors=[PMF], loc='L3:حاجز بازوايا', attr=SRC),                        # 4
 dict(type='WITHDRAWAL', trig='L4:إخراج', mod='planned', actors=[PMF], loc='L4:المنطقة'),                                              # 5
 dict(type='WITHDRAWAL', trig='L6:انسحبت', mod='denied', actors=[PMF], loc='L6:سهل نينوى', attr=SPK),                                  # 6
 dict(type='MOVEMENT', trig='L6:إعادة انتشار', actors=[PMF], attr=SPK),                                                                 # 7
 dict(type='STATEMENT', trig='L7:أعلنت', actors=['IQ_GOV'], attr=JOC),                                                                  # 8
 dict(type='CONTROL', trig='L7:مسك', mod='planned', time='L7:خلال الأيام المقبلة', actors=['IQ_GOV'], loc='L7:الطريق', attr=JOC),       # 9
 dict(type='CONTROL', trig='L8:استعادته', time='L8:تشرين الأول 2016', actors=['IQ_GOV'], loc='L8:سهل نينوى'),                          # 10
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=[PMF, BAB], loc='L8:سهل نينوى'),                                                        # 11
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['IQ_GOV'], attr='خلية الإعلام الأمني'),                                              # 12
 dict(type='ATTACK', trig='L9:ضربة جوية', time='L9:مساء السبت', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:جبال قرة جوغ',
      weapons=['L9:طائرات "إف 16" العراقية'], qty=['L9:ثلاثة عناصر'], attr='خلية الإعلام الأمني'),                                  # 13
 dict(type='MOVEMENT', trig='L10:ينتشر', actors=['US'], loc='L10:قواعد عراقية', qty=['L10:نحو 5200 جندي أميركي']),                         # 14
]
SD = (SUN, 'day')
SM = (SUN, 'part-of-day')
TD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', assets='ثلاثة حواجز رئيسة', loc=('الطريق', 'erbil-mosul-road'), as_of=SD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', assets='قوة من الفرقة 16', loc=('حاجز بازوايا', 'bazwaya-checkpoint'), as_of=SM, status='arrived', source=SRC, line=3, events=[3]),
 dict(actor=PMF, loc=('حاجز بازوايا', 'bazwaya-checkpoint'), as_of=SM, status='withdrawn', source=SRC, line=3, events=[4]),
 dict(actor=PMF, loc=('برطلة', 'bartella'), as_of=TD, status='present', source=SPK, line=6, events=[7]),
 dict(actor=PMF, loc=('الحمدانية', 'hamdaniya'), as_of=TD, status='present', source=SPK, line=6, events=[7]),
 dict(actor='IQ_GOV', assets='قطعات الجيش', loc=('الطريق', 'erbil-mosul-road'), as_of=(D + '/', 'vague'), status='planned', source=JOC, line=7, events=[9]),
 dict(actor='IQ_GOV', loc=('سهل نينوى', 'nineveh-plains'), as_of=('2016-10', 'month'), status='controls', line=8, events=[10]),
 dict(actor=PMF, loc=('سهل نينوى', 'nineveh-plains'), as_of=TD, status='present', line=8, events=[11]),
 dict(actor=BAB, loc=('سهل نينوى', 'nineveh-plains'), as_of=TD, status='present', line=8, events=[11]),
 dict(actor='ISIS', loc=('جبال قرة جوغ', 'qarachogh-mountains'), as_of=('2019-08-03', 'part-of-day'), status='attacked', source='خلية الإعلام الأمني', line=9, events=[13]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('قواعد عراقية', 'iraqi-bases'), as_of=TD, status='present', line=10, events=[14]),
 dict(actor='US', loc=('قاعدة القيارة الجوية', 'qayyarah-airbase'), as_of=TD, status='present', line=10, events=[14]),
]
build('almada-nineveh-plains-brigade-30', None, 'المدى', D, L, ents, times, events, forces)
