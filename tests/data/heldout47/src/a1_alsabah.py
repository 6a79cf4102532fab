from build import build
L = [
'القوات المشتركة تحرر عنة وتطارد فلول "داعش" نحو راوة',
'الأنبار ـ الصباح: أعلن قائد عمليات تحرير غرب الأنبار الفريق الركن عبد الأمير رشيد يارالله، أمس الخميس، تحرير قضاء عنة بالكامل من عصابات "داعش" الإرهابية ورفع العلم العراقي فوق مبنى القائممقامية.',
'وذكر يارالله في بيان تلقته "الصباح"، أن قطعات الفرقة السابعة وقيادة عمليات الجزيرة، بمساندة الحشد العشائري، دخلت مركز القضاء من محورين بعد يومين من المعارك العنيفة في المجمع السكني الجديد.',
'وأضاف البيان أن "العدو تكبد خسائر فادحة، إذ قُتل أكثر من 80 إرهابياً ودُمرت سبع عجلات مفخخة قبل وصولها إلى قطعاتنا"، فيما فرّ من تبقى من عناصره من المدينة باتجاه قضاء راوة على الضفة المقابلة لنهر الفرات.',
'من جانبه، قال مصدر في قيادة عمليات الجزيرة لـ"الصباح"، إن طيران الجيش والقوة الجوية العراقية نفذا منذ فجر الثلاثاء الماضي 26 ضربة جوية على تجمعات العدو في عنة ومحيطها، بإسناد من طائرات التحالف الدولي.',
'وأوضح المصدر أن نحو 1500 مقاتل من الحشد العشائري وصلوا مساء أمس إلى القضاء لمسك الأرض، في حين تواصل فرق الجهد الهندسي رفع العبوات الناسفة من الشوارع والدوائر الحكومية.',
'في غضون ذلك، نفت قيادة العمليات المشتركة ما تناقلته مواقع موالية للتنظيم عن شن هجوم معاكس على محطة كي 3 النفطية قرب حديثة، مؤكدة أن "القطعات ماسكة للأرض والأوضاع مستقرة تماماً".',
'وكان رئيس الوزراء حيدر العبادي قد أعلن، في التاسع عشر من أيلول الجاري، انطلاق عمليات تحرير عنة وراوة والقائم، فيما انطلقت فجر أمس عمليات تحرير الحويجة والمناطق المحيطة بها في محافظة كركوك.',
'يشار إلى أن عصابات "داعش" اجتاحت عنة وراوة والقائم في حزيران 2014، ولا تزال تسيطر على القضاءين الأخيرين.',
'ويرجح مراقبون أن تبدأ معركة تحرير راوة خلال الأيام المقبلة، بعد أن استكملت القطعات حشد قواتها على تخوم القضاء.',
]
D = '2017-09-22'   # Friday; print daily, its "أمس" is Thursday
THU = '2017-09-21'
TRB = 'OTHER:arab-tribes'
ents = [
 ('L0:القوات المشتركة','ACTOR','IQ_GOV'), ('L0:عنة','LOCATION','anah'), ('L0:داعش','ACTOR','ISIS'), ('L0:راوة','LOCATION','rawa'),
 ('L1:الأنبار#0','LOCATION','anbar-governorate'), ('L1:الصباح','ORG','alsabah'), ('L1:غرب الأنبار','LOCATION','west-anbar'),
 ('L1:عبد الأمير رشيد يارالله','PERSON','abdul-amir-yarallah'), ('L1:قضاء عنة','LOCATION','anah'),
 ('L1:عصابات "داعش" الإرهابية','ACTOR','ISIS'), ('L1:مبنى القائممقامية','LOCATION','anah-district-building'),
 ('L2:يارالله','PERSON','abdul-amir-yarallah'), ('L2:الصباح','ORG','alsabah'), ('L2:الفرقة السابعة','ACTOR','IQ_GOV'),
 ('L2:قيادة عمليات الجزيرة','ACTOR','IQ_GOV'), ('L2:الحشد العشائري','ACTOR',TRB), ('L2:مركز القضاء','LOCATION','anah'),
 ('L2:محورين','QUANTITY',None,(2,False,'other')), ('L2:يومين','QUANTITY',None,(2,False,'other')),
 ('L2:المجمع السكني الجديد','LOCATION','anah-new-residential-complex'),
 ('L3:العدو','ACTOR','ISIS'), ('L3:أكثر من 80 إرهابياً','QUANTITY',None,(80,True,'killed')),
 ('L3:سبع عجلات مفخخة','QUANTITY',None,(7,False,'vehicles')), ('L3:عجلات مفخخة','WEAPON','car-bombs'),
 ('L3:المدينة','LOCATION','anah'), ('L3:قضاء راوة','LOCATION','rawa'), ('L3:نهر الفرات','LOCATION','euphrates'),
 ('L4:قيادة عمليات الجزيرة','ACTOR','IQ_GOV'), ('L4:الصباح','ORG','alsabah'), ('L4:طيران الجيش','ACTOR','IQ_GOV'),
 ('L4:القوة الجوية العراقية','ACTOR','IQ_GOV'), ('L4:26 ضربة جوية','QUANTITY',None,(26,False,'other')), ('L4:العدو','ACTOR','ISIS'),
 ('L4:عنة','LOCATION','anah'), ('L4:طائرات','WEAPON','warplanes'), ('L4:التحالف الدولي','ACTOR','COALITION'),
 ('L5:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')), ('L5:الحشد العشائري','ACTOR',TRB), ('L5:القضاء','LOCATION','anah'),
 ('L5:فرق الجهد الهندسي','ACTOR','IQ_GOV'), ('L5:العبوات الناسفة','WEAPON','ieds'), ('L5:الشوارع والدوائر الحكومية','LOCATION','anah-streets'),
 ('L6:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L6:لتنظيم','ACTOR','ISIS'), ('L6:محطة كي 3 النفطية','LOCATION','k3-station'),
 ('L6:حديثة','LOCATION','haditha'), ('L6:القطعات','ACTOR','IQ_GOV'),
 ('L7:حيدر العبادي','PERSON','haider-al-abadi'), ('L7:عنة','LOCATION','anah'), ('L7:راوة','LOCATION','rawa'), ('L7:القائم','LOCATION','al-qaim'),
 ('L7:الحويجة','LOCATION','hawija'), ('L7:المناطق المحيطة بها','LOCATION','hawija-surroundings'), ('L7:محافظة كركوك','LOCATION','kirkuk-governorate'),
 ('L8:عصابات "داعش"','ACTOR','ISIS'), ('L8:عنة','LOCATION','anah'), ('L8:راوة','LOCATION','rawa'), ('L8:القائم','LOCATION','al-qaim'),
 ('L8:القضاءين الأخيرين','LOCATION','rawa-al-qaim'),
 ('L9:راوة','LOCATION','rawa'), ('L9:القطعات','ACTOR','IQ_GOV'), ('L9:تخوم القضاء','LOCATION','rawa-outskirts'),
]
times = [
 ('L1:أمس الخميس', THU, 'day'),
 ('L4:منذ فجر الثلاثاء الماضي', '2017-09-19/2017-09-22', 'day'),
 ('L5:مساء أمس', THU, 'part-of-day', {'part': 'evening'}),
 ('L7:التاسع عشر من أيلول الجاري', '2017-09-19', 'day'),
 ('L7:فجر أمس', THU, 'part-of-day', {'part': 'morning'}),
 ('L8:حزيران 2014', '2014-06', 'month'),
 ('L9:خلال الأيام المقبلة', '2017-09-22/', 'vague', {'relation': 'after'}),
]
T = 'L1:أمس الخميس'
SINCE = 'L4:منذ فجر الثلاثاء الماضي'
Y = 'عبد الأمير رشيد يارالله'
YB = 'يارالله (بيان)'
SRC = 'مصدر في قيادة عمليات الجزيرة (الصباح)'
JOC = 'قيادة العمليات المشتركة'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['IQ_GOV'], attr=Y),                                                          # 1
 dict(type='CONTROL', trig='L1:تحرير#1', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L1:قضاء عنة', attr=Y),                        # 2
 dict(type='STATEMENT', trig='L2:بيان', time=T, actors=['IQ_GOV'], attr=YB),                                                         # 3
 dict(type='MOVEMENT', trig='L2:دخلت', time=T, actors=['IQ_GOV', TRB], loc='L2:مركز القضاء', qty=['L2:محورين'], attr=YB),              # 4
 dict(type='ATTACK', trig='L2:المعارك', actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L2:المجمع السكني الجديد', qty=['L2:يومين'], attr=YB),  # 5
 dict(type='ATTACK', trig='L3:قُتل', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L3:أكثر من 80 إرهابياً'], attr=YB),            # 6
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=T, actors=['ISIS'], loc='L3:المدينة', attr=YB),                                           # 7
 dict(type='ATTACK', trig='L4:ضربة جوية', time=SINCE, actors=['IQ_GOV'], targets=['ISIS'], loc='L4:عنة', qty=['L4:26 ضربة جوية'], attr=SRC),  # 8
 dict(type='ATTACK', trig='L4:بإسناد', time=SINCE, actors=['COALITION'], targets=['ISIS'], loc='L4:عنة', weapons=['L4:طائرات'], attr=SRC),  # 9
 dict(type='MOVEMENT', trig='L5:وصلوا', time='L5:مساء أمس', actors=[TRB], loc='L5:القضاء', qty=['L5:نحو 1500 مقاتل'], attr=SRC),        # 10
 dict(type='OPERATION', trig='L5:رفع', actors=['IQ_GOV'], loc='L5:الشوارع والدوائر الحكومية', attr=SRC),                                # 11
 dict(type='ATTACK', trig='L6:هجوم معاكس', mod='denied', actors=['ISIS'], targets=['IQ_GOV'], loc='L6:محطة كي 3 النفطية', attr=JOC),     # 12
 dict(type='STATEMENT', trig='L7:أعلن', time='L7:التاسع عشر من أيلول الجاري', actors=['IQ_GOV'], attr='حيدر العبادي'),                  # 13
 dict(type='OPERATION', trig='L7:عمليات تحرير#0', time='L7:التاسع عشر من أيلول الجاري', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:عنة',
      attr='حيدر العبادي'),                                                                                                           # 14
 dict(type='OPERATION', trig='L7:عمليات تحرير#1', time='L7:فجر أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الحويجة'),            # 15
 dict(type='CONTROL', trig='L8:اجتاحت', time='L8:حزيران 2014', actors=['ISIS'], targets=['IQ_GOV'], loc='L8:عنة'),                     # 16
 dict(type='CONTROL', trig='L8:تسيطر', actors=['ISIS'], loc='L8:القضاءين الأخيرين'),                                            # 17
 dict(type='OPERATION', trig='L9:معركة تحرير', mod='planned', time='L9:خلال الأيام المقبلة', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:راوة',
      attr='مراقبون'),                                                                                                                # 18
 dict(type='MOVEMENT', trig='L9:حشد', actors=['IQ_GOV'], loc='L9:تخوم القضاء', attr='مراقبون'),                                        # 19
]
TD = (THU, 'day')
JUN = ('2014-06', 'month')
forces = [
 dict(actor='IQ_GOV', loc=('قضاء عنة', 'anah'), as_of=TD, status='controls', source=Y, line=1, events=[2]),
 dict(actor='IQ_GOV', assets='قطعات الفرقة السابعة وقيادة عمليات الجزيرة', loc=('مركز القضاء', 'anah'), as_of=TD, status='arrived', source=YB, line=2, events=[4]),
 dict(actor=TRB, loc=('مركز القضاء', 'anah'), as_of=TD, status='arrived', source=YB, line=2, events=[4]),
 dict(actor='IQ_GOV', loc=('المجمع السكني الجديد', 'anah-new-residential-complex'), as_of=TD, status='present', source=YB, line=2, events=[5]),
 dict(actor=TRB, loc=('المجمع السكني الجديد', 'anah-new-residential-complex'), as_of=TD, status='present', source=YB, line=2, events=[5]),
 dict(actor='ISIS', loc=('المجمع السكني الجديد', 'anah-new-residential-complex'), as_of=TD, status='present', source=YB, line=2, events=[5]),
 dict(actor='ISIS', loc=('المدينة', 'anah'), as_of=TD, status='withdrawn', source=YB, line=3, events=[7]),
 dict(actor='ISIS', assets='تجمعات العدو', loc=('عنة', 'anah'), as_of=('2017-09-19/2017-09-22', 'day'), status='attacked', source=SRC, line=4, events=[8, 9]),
 dict(actor=TRB, strength=(1500, True, 'fighters'), loc=('القضاء', 'anah'), as_of=(THU, 'part-of-day'), status='arrived', source=SRC, line=5, events=[10]),
 dict(actor='ISIS', loc=('عنة', 'anah'), as_of=JUN, status='controls', line=8, events=[16]),
 dict(actor='ISIS', loc=('راوة', 'rawa'), as_of=JUN, status='controls', line=8, events=[16]),
 dict(actor='ISIS', loc=('القائم', 'al-qaim'), as_of=JUN, status='controls', line=8, events=[16]),
 dict(actor='ISIS', loc=('القضاءين الأخيرين', 'rawa-al-qaim'), as_of=(D, 'day'), status='controls', line=8, events=[17]),
 dict(actor='IQ_GOV', loc=('تخوم القضاء', 'rawa-outskirts'), as_of=(D, 'day'), status='reinforced', source='مراقبون', line=9, events=[19]),
]
build('alsabah-anah-liberation', None, 'الصباح', D, L, ents, times, events, forces)
