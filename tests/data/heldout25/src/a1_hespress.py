from build import build
L = [
'العبادي يعلن تحرير الحويجة.. ومئات الدواعش يسلمون أنفسهم لقوات البيشمركة',
'هسبريس - وكالات: أعلن رئيس الوزراء العراقي حيدر العبادي، اليوم الخميس، تحرير مدينة الحويجة، آخر معقل كبير لتنظيم "داعش" في شمال العراق، ضمن عملية عسكرية انطلقت في 21 شتنبر الماضي بمشاركة الجيش والشرطة الاتحادية وقوات الحشد الشعبي.',
'وقال العبادي، في بيان صادر عن مكتبه، إن "قواتنا البطلة حررت مركز الحويجة بالكامل"، مؤكدا أن القوات الأمنية ستواصل ملاحقة "فلول الإرهابيين" في ما تبقى من القرى المحيطة بالمدينة.',
'وأوضحت قيادة العمليات المشتركة، في بيان منفصل، أن قطعات الفرقة التاسعة والشرطة الاتحادية وفرقة الرد السريع اقتحمت المدينة فجر اليوم من محورين، بإسناد من طيران التحالف الدولي، بعد معارك مع عناصر التنظيم، ورفعت العلم العراقي فوق مبنى القائمقامية.',
'وبحسب مصادر أمنية كردية، فإن أكثر من 400 من عناصر "داعش" فروا من الحويجة باتجاه الشمال، وسلموا أنفسهم لقوات البيشمركة عند خطوط التماس في محيط ناحية دبس شمال غربي كركوك.',
'وكانت القوات العراقية قد استعادت، الأحد الماضي، ناحية الرشاد وبلدة الرياض جنوب غربي كركوك، فيما قتل أكثر من 190 من عناصر التنظيم منذ انطلاق المرحلة الثانية من العملية في 29 شتنبر، وفق حصيلة عسكرية.',
'في المقابل، نفى المتحدث باسم هيئة الحشد الشعبي أحمد الأسدي ما روجته وكالة "أعماق" التابعة لداعش عن هجوم بسيارة مفخخة على تجمع لمقاتلي الحشد قرب قضاء الشرقاط، واصفا إياه بـ"الدعاية الرخيصة".',
'وعلى صعيد آخر، دفعت قيادة العمليات المشتركة خلال الأيام الماضية بتعزيزات عسكرية إلى قاعدة عين الأسد غربي الأنبار، استعدادا لعملية مرتقبة لاستعادة قضاءي عنه وراوه ومدينة القائم، آخر المناطق التي يسيطر عليها "داعش" في العراق.',
'ويأتي ذلك وسط توتر متصاعد بين بغداد وأربيل على خلفية الاستفتاء على استقلال إقليم كردستان الذي أجري في 25 شتنبر الماضي، إذ دفعت البيشمركة بتعزيزات إلى محيط مدينة كركوك، فيما حذر العبادي من أن الحكومة "لن تسمح بتقسيم العراق".',
'ويقدر التحالف الدولي عدد مقاتلي "داعش" المتبقين في العراق وسوريا بنحو 6 آلاف مقاتل، بعد أن استعادت القوات العراقية مدينة الموصل في يوليوز الماضي وقضاء تلعفر في غشت.',
]
D = '2017-10-05'   # Thursday; Moroccan news site, web copy of its own day
SUN = '2017-10-01'
PMF = 'OTHER:pmf'
KRG = 'OTHER:krg'
ents = [
 ('L0:العبادي','PERSON','haider-al-abadi'), ('L0:الحويجة','LOCATION','hawija'), ('L0:مئات الدواعش','QUANTITY',None,([100,999],True,'arrested')),
 ('L0:الدواعش','ACTOR','ISIS'), ('L0:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L1:هسبريس','ORG','hespress'), ('L1:حيدر العبادي','PERSON','haider-al-abadi'), ('L1:مدينة الحويجة','LOCATION','hawija'),
 ('L1:تنظيم "داعش"','ACTOR','ISIS'), ('L1:شمال العراق','LOCATION','north-iraq'), ('L1:الجيش','ACTOR','IQ_GOV'),
 ('L1:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L1:قوات الحشد الشعبي','ACTOR',PMF),
 ('L2:العبادي','PERSON','haider-al-abadi'), ('L2:مركز الحويجة','LOCATION','hawija'), ('L2:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L2:الإرهابيين','ACTOR','ISIS'), ('L2:القرى المحيطة بالمدينة','LOCATION','hawija-surroundings'),
 ('L3:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L3:الفرقة التاسعة','ACTOR','IQ_GOV'), ('L3:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L3:فرقة الرد السريع','ACTOR','IQ_GOV'), ('L3:المدينة','LOCATION','hawija'), ('L3:محورين','QUANTITY',None,(2,False,'other')),
 ('L3:طيران التحالف الدولي','ACTOR','COALITION'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:مبنى القائمقامية','LOCATION','hawija-qaimaqamiya'),
 ('L4:أكثر من 400','QUANTITY',None,(400,True,'arrested')), ('L4:داعش','ACTOR','ISIS'), ('L4:الحويجة','LOCATION','hawija'),
 ('L4:قوات البيشمركة','ACTOR','PESHMERGA'), ('L4:ناحية دبس','LOCATION','dibis'), ('L4:كركوك','LOCATION','kirkuk'),
 ('L5:القوات العراقية','ACTOR','IQ_GOV'), ('L5:ناحية الرشاد','LOCATION','al-rashad'), ('L5:بلدة الرياض','LOCATION','al-riyadh-kirkuk'),
 ('L5:كركوك','LOCATION','kirkuk'), ('L5:أكثر من 190','QUANTITY',None,(190,True,'killed')), ('L5:التنظيم','ACTOR','ISIS'),
 ('L6:هيئة الحشد الشعبي','ACTOR',PMF), ('L6:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L6:أعماق','ORG','amaq'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:سيارة مفخخة','WEAPON','vbied'), ('L6:الحشد#1','ACTOR',PMF), ('L6:قضاء الشرقاط','LOCATION','shirqat'),
 ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L7:قاعدة عين الأسد','LOCATION','ain-al-asad'), ('L7:الأنبار','LOCATION','anbar'),
 ('L7:قضاءي عنه','LOCATION','anah'), ('L7:راوه','LOCATION','rawa'), ('L7:مدينة القائم','LOCATION','al-qaim'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:العراق','LOCATION','iraq'),
 ('L8:بغداد','ACTOR','IQ_GOV'), ('L8:أربيل','ACTOR',KRG), ('L8:إقليم كردستان','LOCATION','kurdistan-region'), ('L8:البيشمركة','ACTOR','PESHMERGA'),
 ('L8:مدينة كركوك','LOCATION','kirkuk'), ('L8:العبادي','PERSON','haider-al-abadi'), ('L8:الحكومة','ACTOR','IQ_GOV'), ('L8:العراق','LOCATION','iraq'),
 ('L9:التحالف الدولي','ACTOR','COALITION'), ('L9:داعش','ACTOR','ISIS'), ('L9:العراق#0','LOCATION','iraq'), ('L9:سوريا','LOCATION','syria'),
 ('L9:نحو 6 آلاف مقاتل','QUANTITY',None,(6000,True,'fighters')), ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:مدينة الموصل','LOCATION','mosul'),
 ('L9:قضاء تلعفر','LOCATION','tal-afar'),
]
times = [
 ('L1:اليوم الخميس', D, 'day'),
 ('L1:21 شتنبر الماضي', '2017-09-21', 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:الأحد الماضي', SUN, 'day'),
 ('L5:29 شتنبر', '2017-09-29', 'day'),
 ('L7:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L8:25 شتنبر الماضي', '2017-09-25', 'day'),
 ('L9:يوليوز الماضي', '2017-07', 'month'),
 ('L9:غشت', '2017-08', 'month'),
]
T = 'L1:اليوم الخميس'
DAWN = 'L3:فجر اليوم'
ABADI = 'حيدر العبادي'
JOC = 'قيادة العمليات المشتركة'
KRD = 'مصادر أمنية كردية'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time=T, actors=['IQ_GOV'], attr=ABADI),                                                   # 1
 dict(type='CONTROL', trig='L1:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L1:مدينة الحويجة', attr=ABADI),             # 2
 dict(type='OPERATION', trig='L1:عملية عسكرية', time='L1:21 شتنبر الماضي', actors=['IQ_GOV', PMF], targets=['ISIS']),               # 3
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=['IQ_GOV'], attr=ABADI),                                                     # 4
 dict(type='CONTROL', trig='L2:حررت', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:مركز الحويجة', attr=ABADI),                # 5
 dict(type='OPERATION', trig='L2:ملاحقة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L2:القرى المحيطة بالمدينة', attr=ABADI),  # 6
 dict(type='STATEMENT', trig='L3:بيان', time=T, actors=['IQ_GOV'], attr=JOC),                                                     # 7
 dict(type='ATTACK', trig='L3:اقتحمت', time=DAWN, actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], loc='L3:المدينة',
      qty=['L3:محورين'], attr=JOC),                                                                                              # 8
 dict(type='ATTACK', trig='L3:معارك', time=DAWN, actors=['IQ_GOV', 'ISIS'], loc='L3:المدينة', attr=JOC),                           # 9
 dict(type='CONTROL', trig='L3:رفعت العلم', time=DAWN, actors=['IQ_GOV'], loc='L3:مبنى القائمقامية', attr=JOC),                     # 10
 dict(type='WITHDRAWAL', trig='L4:فروا', actors=['ISIS'], loc='L4:الحويجة', attr=KRD),                                            # 11
 dict(type='ARREST', trig='L4:سلموا أنفسهم', actors=['PESHMERGA'], targets=['ISIS'], loc='L4:ناحية دبس', qty=['L4:أكثر من 400'], attr=KRD),  # 12
 dict(type='CONTROL', trig='L5:استعادت', time='L5:الأحد الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:ناحية الرشاد'),        # 13
 dict(type='ATTACK', trig='L5:قتل', time='L5:29 شتنبر', actors=['IQ_GOV'], targets=['ISIS'], qty=['L5:أكثر من 190'], attr='حصيلة عسكرية'),  # 14
 dict(type='OPERATION', trig='L5:العملية', time='L5:29 شتنبر', actors=['IQ_GOV'], targets=['ISIS']),                               # 15
 dict(type='ATTACK', trig='L6:هجوم', mod='denied', actors=['ISIS'], targets=[PMF], loc='L6:قضاء الشرقاط', weapons=['L6:سيارة مفخخة'],
      attr='أحمد الأسدي'),                                                                                                        # 16
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:خلال الأيام الماضية', actors=['IQ_GOV'], loc='L7:قاعدة عين الأسد'),                # 17
 dict(type='OPERATION', trig='L7:عملية مرتقبة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:قضاءي عنه'),            # 18
 dict(type='CONTROL', trig='L7:يسيطر', actors=['ISIS'], loc='L7:قضاءي عنه'),                                                      # 19
 dict(type='MOVEMENT', trig='L8:دفعت', actors=['PESHMERGA'], loc='L8:مدينة كركوك'),                                               # 20
 dict(type='CONTROL', trig='L9:استعادت', time='L9:يوليوز الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:مدينة الموصل'),       # 21
]
TD = (D, 'day')
DW = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('مدينة الحويجة', 'hawija'), as_of=TD, status='controls', source=ABADI, line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('مركز الحويجة', 'hawija'), as_of=TD, status='controls', source=ABADI, line=2, events=[5]),
 dict(actor='IQ_GOV', assets='قطعات الفرقة التاسعة والشرطة الاتحادية وفرقة الرد السريع', loc=('المدينة', 'hawija'), as_of=DW,
      status='present', source=JOC, line=3, events=[8, 9]),
 dict(actor='ISIS', loc=('المدينة', 'hawija'), as_of=DW, status='present', source=JOC, line=3, events=[9]),
 dict(actor='IQ_GOV', loc=('مبنى القائمقامية', 'hawija-qaimaqamiya'), as_of=DW, status='controls', source=JOC, line=3, events=[10]),
 dict(actor='ISIS', strength=(400, True, 'fighters'), loc=('الحويجة', 'hawija'), as_of=TD, status='withdrawn', source=KRD, line=4, events=[11]),
 dict(actor='PESHMERGA', loc=('ناحية دبس', 'dibis'), as_of=TD, status='present', source=KRD, line=4, events=[12]),
 dict(actor='IQ_GOV', loc=('ناحية الرشاد', 'al-rashad'), as_of=(SUN, 'day'), status='controls', line=5, events=[13]),
 dict(actor='IQ_GOV', loc=('بلدة الرياض', 'al-riyadh-kirkuk'), as_of=(SUN, 'day'), status='controls', line=5, events=[13]),
 dict(actor='IQ_GOV', assets='تعزيزات عسكرية', loc=('قاعدة عين الأسد', 'ain-al-asad'), as_of=(None, 'vague'), status='reinforced', line=7, events=[17]),
 dict(actor='ISIS', loc=('قضاءي عنه', 'anah'), as_of=TD, status='controls', line=7, events=[19]),
 dict(actor='ISIS', loc=('راوه', 'rawa'), as_of=TD, status='controls', line=7, events=[19]),
 dict(actor='ISIS', loc=('مدينة القائم', 'al-qaim'), as_of=TD, status='controls', line=7, events=[19]),
 dict(actor='PESHMERGA', assets='تعزيزات', loc=('مدينة كركوك', 'kirkuk'), as_of=TD, status='reinforced', line=8, events=[20]),
 dict(actor='ISIS', strength=(6000, True, 'fighters'), loc=('العراق', 'iraq'), as_of=TD, status='present', source='التحالف الدولي', line=9, events=[]),
 dict(actor='ISIS', strength=(6000, True, 'fighters'), loc=('سوريا', 'syria'), as_of=TD, status='present', source='التحالف الدولي', line=9, events=[]),
 dict(actor='IQ_GOV', loc=('مدينة الموصل', 'mosul'), as_of=('2017-07', 'month'), status='controls', line=9, events=[21]),
 dict(actor='IQ_GOV', loc=('قضاء تلعفر', 'tal-afar'), as_of=('2017-08', 'month'), status='controls', line=9, events=[21]),
]
build('hespress-hawija-liberation', None, 'هسبريس', D, L, ents, times, events, forces)
