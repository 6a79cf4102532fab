from build import build
L = [
'الحشد الشعبي يعلن مقتل 27 من عناصره بكمين لـ"داعش" جنوب غربي كركوك',
'السومرية نيوز/ كركوك',
'أعلنت هيئة الحشد الشعبي، الاثنين، مقتل 27 من مقاتليها وإصابة آخرين بهجوم شنه عناصر من تنظيم "داعش" متنكرين بزي عسكري على قوة تابعة لها في منطقة السعدونية التابعة لناحية الرياض جنوب غربي كركوك، مساء أمس الأحد.',
'وذكرت الهيئة في بيان تلقت السومرية نيوز نسخة منه، أن "المسلحين أوقفوا عجلات الحشد على الطريق الرابط بين الحويجة والرياض بحجة التفتيش قبل أن يفتحوا النار على المقاتلين"، مبينة أن الاشتباكات استمرت أكثر من ساعتين.',
'وأضاف البيان أن "قوة إسناد من الحشد وصلت إلى المكان بعد نحو ساعتين ففر المهاجمون باتجاه وادي الشاي"، مشيراً إلى أن ثماني عجلات للحشد احترقت خلال الهجوم.',
'من جانبه، قال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول في تصريح للسومرية نيوز، إن "خلايا نائمة" لداعش تقف وراء الهجوم، وإن القوات الأمنية بدأت عمليات تفتيش واسعة في القرى المحيطة بالحويجة بحثاً عن المنفذين.',
'وأمر رئيس الوزراء القائد العام للقوات المسلحة حيدر العبادي، بحسب بيان لمكتبه، بـ"ملاحقة الجناة وإنزال القصاص العادل بهم"، واصفاً الهجوم بأنه "محاولة يائسة من بقايا عصابات داعش".',
'وبحسب مصدر أمني في كركوك، فإن قيادة عمليات كركوك دفعت صباح اليوم بتعزيزات من الفرقة الثامنة والشرطة الاتحادية تضم أكثر من 40 عجلة مدرعة إلى ناحية الرياض، فيما انتشر نحو ألف مقاتل من الحشد على طول الطريق بين الحويجة والرياض.',
'ومن المقرر أن تنطلق خلال الساعات المقبلة عملية عسكرية لتطهير وادي الشاي وجبال مكحول من بقايا التنظيم، بمشاركة طيران الجيش والتحالف الدولي، بحسب المصدر.',
'ويعد الهجوم الأعنف ضد الحشد منذ استعادة القوات العراقية السيطرة على الحويجة في الخامس من تشرين الأول الماضي، وإعلان العبادي في التاسع من كانون الأول النصر النهائي على داعش.',
'وكانت كركوك قد شهدت خلال كانون الثاني الماضي سلسلة هجمات تبناها التنظيم، من بينها هجوم على حقل باي حسن النفطي أسفر عن مقتل ثلاثة من الحراس، فيما تقدر مصادر أمنية عدد مسلحي داعش المتوارين في المنطقة بنحو 300 مسلح.',
]
D = '2018-02-19'   # Monday; Baghdad-based channel's news site, web copy of its own day
SUN = '2018-02-18'
PMF = 'OTHER:pmf'
ents = [
 ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:27','QUANTITY',None,(27,False,'killed')), ('L0:داعش','ACTOR','ISIS'), ('L0:كركوك','LOCATION','kirkuk'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:كركوك','LOCATION','kirkuk'),
 ('L2:هيئة الحشد الشعبي','ACTOR',PMF), ('L2:27','QUANTITY',None,(27,False,'killed')), ('L2:تنظيم "داعش"','ACTOR','ISIS'),
 ('L2:منطقة السعدونية','LOCATION','saadouniya'), ('L2:ناحية الرياض','LOCATION','al-riyadh-kirkuk'), ('L2:كركوك','LOCATION','kirkuk'),
 ('L3:الهيئة','ACTOR',PMF), ('L3:السومرية نيوز','ORG','alsumaria'), ('L3:عجلات','WEAPON','vehicles'), ('L3:الحشد','ACTOR',PMF),
 ('L3:الطريق','LOCATION','hawija-riyadh-road'), ('L3:الحويجة','LOCATION','hawija'), ('L3:الرياض','LOCATION','al-riyadh-kirkuk'),
 ('L3:أكثر من ساعتين','QUANTITY',None,(2,True,'other')),
 ('L4:الحشد#0','ACTOR',PMF), ('L4:نحو ساعتين','QUANTITY',None,(2,True,'other')), ('L4:وادي الشاي','LOCATION','wadi-al-shay'),
 ('L4:ثماني عجلات','QUANTITY',None,(8,False,'vehicles')), ('L4:عجلات','WEAPON','vehicles'), ('L4:لحشد#1','ACTOR',PMF),
 ('L5:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L5:يحيى رسول','PERSON','yahya-rasool'), ('L5:لسومرية نيوز','ORG','alsumaria'),
 ('L5:داعش','ACTOR','ISIS'), ('L5:القوات الأمنية','ACTOR','IQ_GOV'), ('L5:القرى المحيطة بالحويجة','LOCATION','hawija-villages'),
 ('L6:لقوات المسلحة','ACTOR','IQ_GOV'), ('L6:حيدر العبادي','PERSON','haider-al-abadi'), ('L6:عصابات داعش','ACTOR','ISIS'),
 ('L7:كركوك#0','LOCATION','kirkuk'), ('L7:قيادة عمليات كركوك','ACTOR','IQ_GOV'),
 ('L7:الفرقة الثامنة','ACTOR','IQ_GOV'), ('L7:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L7:أكثر من 40 عجلة مدرعة','QUANTITY',None,(40,True,'vehicles')),
 ('L7:عجلة مدرعة','WEAPON','armoured-vehicles'), ('L7:ناحية الرياض','LOCATION','al-riyadh-kirkuk'),
 ('L7:نحو ألف مقاتل','QUANTITY',None,(1000,True,'fighters')), ('L7:الحشد','ACTOR',PMF), ('L7:الطريق','LOCATION','hawija-riyadh-road'),
 ('L7:الحويجة','LOCATION','hawija'), ('L7:الرياض#1','LOCATION','al-riyadh-kirkuk'),
 ('L8:وادي الشاي','LOCATION','wadi-al-shay'), ('L8:جبال مكحول','LOCATION','makhoul-mountains'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:طيران الجيش','ACTOR','IQ_GOV'), ('L8:التحالف الدولي','ACTOR','COALITION'),
 ('L9:الحشد','ACTOR',PMF), ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:الحويجة','LOCATION','hawija'), ('L9:العبادي','PERSON','haider-al-abadi'),
 ('L9:داعش','ACTOR','ISIS'),
 ('L10:كركوك','LOCATION','kirkuk'), ('L10:التنظيم','ACTOR','ISIS'), ('L10:حقل باي حسن النفطي','LOCATION','bai-hassan-oilfield'),
 ('L10:ثلاثة','QUANTITY',None,(3,False,'killed')), ('L10:داعش','ACTOR','ISIS'), ('L10:المنطقة','LOCATION','kirkuk'),
 ('L10:نحو 300 مسلح','QUANTITY',None,(300,True,'fighters')),
]
times = [
 ('L2:الاثنين', D, 'day'),
 ('L2:مساء أمس الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L8:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L9:الخامس من تشرين الأول الماضي', '2017-10-05', 'day'),
 ('L9:التاسع من كانون الأول', '2017-12-09', 'day'),
 ('L10:خلال كانون الثاني الماضي', '2018-01', 'month'),
]
E = 'L2:مساء أمس الأحد'
PMFC = 'هيئة الحشد الشعبي'
RAS = 'يحيى رسول'
SEC = 'مصدر أمني في كركوك'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:الاثنين', actors=[PMF], attr=PMFC),                                             # 1
 dict(type='ATTACK', trig='L2:هجوم', time=E, actors=['ISIS'], targets=[PMF], loc='L2:منطقة السعدونية', qty=['L2:27'], attr=PMFC),   # 2
 dict(type='STATEMENT', trig='L3:بيان', actors=[PMF], attr=PMFC),                                                                 # 3
 dict(type='ATTACK', trig='L3:يفتحوا النار', time=E, actors=['ISIS'], targets=[PMF], loc='L3:الطريق', attr=PMFC),                   # 4
 dict(type='ATTACK', trig='L3:الاشتباكات', time=E, actors=['ISIS', PMF], loc='L3:الطريق', qty=['L3:أكثر من ساعتين'], attr=PMFC),     # 5
 dict(type='MOVEMENT', trig='L4:وصلت', time=E, actors=[PMF], attr=PMFC),                                                          # 6
 dict(type='WITHDRAWAL', trig='L4:فر', time=E, actors=['ISIS'], attr=PMFC),                                                      # 7
 dict(type='ATTACK', trig='L4:الهجوم', time=E, actors=['ISIS'], targets=[PMF], attr=PMFC),                                        # 8
 dict(type='STATEMENT', trig='L5:قال', actors=['IQ_GOV'], attr=RAS),                                                              # 9
 dict(type='ATTACK', trig='L5:الهجوم', time=E, actors=['ISIS'], targets=[PMF], attr=RAS),                                         # 10
 dict(type='OPERATION', trig='L5:عمليات تفتيش', time='L2:الاثنين', actors=['IQ_GOV'], loc='L5:القرى المحيطة بالحويجة', attr=RAS),  # 11
 dict(type='STATEMENT', trig='L6:بيان', actors=['IQ_GOV'], attr='مكتب حيدر العبادي'),                                              # 12
 dict(type='OPERATION', trig='L6:ملاحقة', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], attr='حيدر العبادي'),                # 13
 dict(type='ATTACK', trig='L6:الهجوم', time=E, actors=['ISIS'], targets=[PMF], attr='حيدر العبادي'),                               # 14
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:صباح اليوم', actors=['IQ_GOV'], loc='L7:ناحية الرياض', weapons=['L7:عجلة مدرعة'],
      qty=['L7:أكثر من 40 عجلة مدرعة'], attr=SEC),                                                                                 # 15
 dict(type='MOVEMENT', trig='L7:انتشر', time='L7:صباح اليوم', actors=[PMF], loc='L7:الطريق', qty=['L7:نحو ألف مقاتل'], attr=SEC),   # 16
 dict(type='OPERATION', trig='L8:عملية عسكرية', mod='planned', time='L8:خلال الساعات المقبلة', actors=['IQ_GOV', 'COALITION'],
      targets=['ISIS'], loc='L8:وادي الشاي', attr=SEC),                                                                             # 17
 dict(type='ATTACK', trig='L9:الهجوم', time=E, actors=['ISIS'], targets=[PMF]),                                                   # 18
 dict(type='CONTROL', trig='L9:استعادة', time='L9:الخامس من تشرين الأول الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:الحويجة'),  # 19
 dict(type='STATEMENT', trig='L9:إعلان', time='L9:التاسع من كانون الأول', actors=['IQ_GOV'], attr='العبادي'),                      # 20
 dict(type='ATTACK', trig='L10:هجمات', time='L10:خلال كانون الثاني الماضي', actors=['ISIS'], loc='L10:كركوك'),                      # 21
 dict(type='ATTACK', trig='L10:هجوم', time='L10:خلال كانون الثاني الماضي', actors=['ISIS'], loc='L10:حقل باي حسن النفطي',
      qty=['L10:ثلاثة']),                                                                                                          # 22
]
EP = (SUN, 'part-of-day')
MP = (D, 'part-of-day')
forces = [
 dict(actor=PMF, loc=('منطقة السعدونية', 'saadouniya'), as_of=EP, status='attacked', source=PMFC, line=2, events=[2]),
 dict(actor=PMF, loc=('منطقة السعدونية', 'saadouniya'), as_of=EP, status='present', source=PMFC, line=2, events=[2]),
 dict(actor='ISIS', loc=('منطقة السعدونية', 'saadouniya'), as_of=EP, status='present', source=PMFC, line=2, events=[2]),
 dict(actor=PMF, assets='عجلات', loc=('الطريق', 'hawija-riyadh-road'), as_of=EP, status='attacked', source=PMFC, line=3, events=[4]),
 dict(actor=PMF, loc=('الطريق', 'hawija-riyadh-road'), as_of=EP, status='present', source=PMFC, line=3, events=[5]),
 dict(actor='ISIS', loc=('الطريق', 'hawija-riyadh-road'), as_of=EP, status='present', source=PMFC, line=3, events=[5]),
 dict(actor='IQ_GOV', loc=('القرى المحيطة بالحويجة', 'hawija-villages'), as_of=(D, 'day'), status='present', source=RAS, line=5, events=[11]),
 dict(actor='IQ_GOV', strength=(40, True, 'vehicles'), assets='عجلات مدرعة (الفرقة الثامنة، الشرطة الاتحادية)', loc=('ناحية الرياض', 'al-riyadh-kirkuk'),
      as_of=MP, status='reinforced', source=SEC, line=7, events=[15]),
 dict(actor=PMF, strength=(1000, True, 'fighters'), loc=('الطريق', 'hawija-riyadh-road'), as_of=MP, status='present', source=SEC, line=7, events=[16]),
 dict(actor='IQ_GOV', loc=('الحويجة', 'hawija'), as_of=('2017-10-05', 'day'), status='controls', line=9, events=[19]),
 dict(actor='ISIS', strength=(300, True, 'fighters'), loc=('المنطقة', 'kirkuk'), as_of=(D, 'day'), status='present', source='مصادر أمنية',
      line=10, events=[]),
]
build('alsumaria-hawija-pmf-ambush', None, 'السومرية نيوز', D, L, ents, times, events, forces)
