from build import build
L = [
'«داعش» يستولي على تدمر الأثرية.. ومخاوف دولية على كنوزها',
'عواصم - وكالات الأنباء',
'أحكم تنظيم داعش الإرهابي سيطرته أمس على مدينة تدمر الأثرية وسط سوريا، بعد انسحاب وحدات الجيش السوري منها مساء الأربعاء إثر معارك عنيفة استمرت ثمانية أيام، وفقاً للمرصد السوري لحقوق الإنسان.',
'وقال مدير المرصد رامي عبد الرحمن إن عناصر التنظيم انتشروا في أحياء المدينة كافة وفي مطار تدمر العسكري وسجن تدمر، مشيراً إلى أن داعش بات يسيطر على نصف مساحة سوريا تقريباً، أي أكثر من 95 ألف كيلومتر مربع.',
'في المقابل، ذكر التلفزيون السوري الرسمي أن «معظم الأهالي» أُجلوا قبل انسحاب الجيش من المدينة، فيما قال مصدر عسكري إن الوحدات «أعادت تموضعها» على تخوم المدينة الغربية، وإن الطيران الحربي نفذ أمس عشرات الغارات على تجمعات الإرهابيين في تدمر ومحيطها.',
'وأعربت المديرة العامة لمنظمة «يونسكو» إيرينا بوكوفا عن «قلق بالغ» على مصير آثار تدمر المدرجة على لائحة التراث العالمي، داعية إلى حماية المدينة، بعدما دمر التنظيم مواقع أثرية في نمرود والحضر بالعراق في مارس الماضي.',
'وفي العراق، تواصل قوات الحشد الشعبي التحشد على مشارف مدينة الرمادي تمهيداً لعملية واسعة لاستعادتها من داعش الذي سيطر عليها الأحد الماضي، بينما شن طيران التحالف الدولي بقيادة الولايات المتحدة 22 غارة على مواقع التنظيم في سوريا والعراق خلال الـ24 ساعة الماضية، بحسب بيان للقيادة المركزية الأمريكية.',
'من جانبها، وصفت وزارة الخارجية الأمريكية سيطرة داعش على تدمر بأنها «نكسة»، مؤكدة أن استراتيجية واشنطن لهزيمة التنظيم «لم تتغير»، وأن التحالف سيواصل استهداف مقاتليه في سوريا والعراق.',
'يذكر أن تدمر، التي تبعد نحو 215 كيلومتراً شمال شرقي دمشق، تعد بوابة البادية السورية نحو حمص ودير الزور، حيث يحاصر التنظيم منذ مطلع العام الجاري مطار دير الزور العسكري الذي تتمركز فيه قوات النظام.',
]
D = '2015-05-22'   # Friday; a Cairo print daily: its أمس is Thursday 2015-05-21
Y = '2015-05-21'
PMF = 'OTHER:pmf'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:تدمر الأثرية','LOCATION','palmyra'),
 ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:مدينة تدمر الأثرية','LOCATION','palmyra'), ('L2:وسط سوريا','LOCATION','central-syria'),
 ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:ثمانية أيام','QUANTITY',None,(8,False,'other')),
 ('L2:لمرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:المرصد','ORG','sohr'), ('L3:رامي عبد الرحمن','PERSON','rami-abdel-rahman'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:أحياء المدينة','LOCATION','palmyra-districts'), ('L3:مطار تدمر العسكري','LOCATION','palmyra-airbase'), ('L3:سجن تدمر','LOCATION','palmyra-prison'),
 ('L3:داعش','ACTOR','ISIS'), ('L3:نصف مساحة سوريا','LOCATION','half-of-syria'),
 ('L3:أكثر من 95 ألف كيلومتر مربع','QUANTITY',None,(95000,True,'other')),
 ('L4:التلفزيون السوري','ORG','syrian-tv'), ('L4:الجيش','ACTOR','SY_GOV'), ('L4:المدينة#0','LOCATION','palmyra'),
 ('L4:تخوم المدينة الغربية','LOCATION','palmyra-western-edges'), ('L4:الطيران الحربي','ACTOR','SY_GOV'),
 ('L4:عشرات الغارات','QUANTITY',None,([24,99],True,'other')), ('L4:الإرهابيين','ACTOR','ISIS'), ('L4:تدمر','LOCATION','palmyra'),
 ('L5:يونسكو','ORG','unesco'), ('L5:إيرينا بوكوفا','PERSON','irina-bokova'), ('L5:تدمر','LOCATION','palmyra'), ('L5:المدينة','LOCATION','palmyra'),
 ('L5:التنظيم','ACTOR','ISIS'), ('L5:نمرود','LOCATION','nimrud'), ('L5:الحضر','LOCATION','hatra'), ('L5:العراق','LOCATION','iraq'),
 ('L6:العراق#0','LOCATION','iraq'), ('L6:قوات الحشد الشعبي','ACTOR',PMF), ('L6:مدينة الرمادي','LOCATION','ramadi'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:طيران التحالف الدولي','ACTOR','COALITION'), ('L6:الولايات المتحدة','ACTOR','US'), ('L6:22 غارة','QUANTITY',None,(22,False,'other')),
 ('L6:التنظيم','ACTOR','ISIS'), ('L6:سوريا','LOCATION','syria'), ('L6:العراق#1','LOCATION','iraq'), ('L6:لقيادة المركزية الأمريكية','ACTOR','US'),
 ('L7:وزارة الخارجية الأمريكية','ACTOR','US'), ('L7:داعش','ACTOR','ISIS'), ('L7:تدمر','LOCATION','palmyra'), ('L7:واشنطن','ACTOR','US'),
 ('L7:التنظيم','ACTOR','ISIS'), ('L7:التحالف','ACTOR','COALITION'), ('L7:سوريا','LOCATION','syria'), ('L7:العراق','LOCATION','iraq'),
 ('L8:تدمر','LOCATION','palmyra'), ('L8:نحو 215 كيلومتراً','QUANTITY',None,(215,True,'km')), ('L8:دمشق','LOCATION','damascus'),
 ('L8:البادية السورية','LOCATION','syrian-desert'), ('L8:حمص','LOCATION','homs'), ('L8:دير الزور#0','LOCATION','deir-ez-zor'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:مطار دير الزور العسكري','LOCATION','deir-ez-zor-airbase'), ('L8:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:مساء الأربعاء', '2015-05-20', 'part-of-day', {'part':'evening'}),
 ('L4:أمس', Y, 'day'),
 ('L5:مارس الماضي', '2015-03', 'month'),
 ('L6:الأحد الماضي', '2015-05-17', 'day'),
 ('L6:خلال الـ24 ساعة الماضية', '2015-05-21/2015-05-22', 'day'),
 ('L8:منذ مطلع العام الجاري', '2015-01/2015-05', 'month'),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
RAMI = 'رامي عبد الرحمن (المرصد السوري لحقوق الإنسان)'
TV = 'التلفزيون السوري'
MIL = 'مصدر عسكري'
CENT = 'القيادة المركزية الأمريكية'
STATE = 'وزارة الخارجية الأمريكية'
events = [
 dict(type='CONTROL', trig='L2:أحكم', time='L2:أمس', actors=['ISIS'], targets=['SY_GOV'], loc='L2:مدينة تدمر الأثرية', attr=SOHR),   # 1
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time='L2:مساء الأربعاء', actors=['SY_GOV'], loc='L2:مدينة تدمر الأثرية', attr=SOHR),     # 2
 dict(type='ATTACK', trig='L2:معارك', actors=['ISIS','SY_GOV'], loc='L2:مدينة تدمر الأثرية', attr=SOHR, qty=['L2:ثمانية أيام']),     # 3
 dict(type='MOVEMENT', trig='L3:انتشروا', time='L2:أمس', actors=['ISIS'], loc='L3:أحياء المدينة', attr=RAMI),                          # 4
 dict(type='CONTROL', trig='L3:يسيطر', actors=['ISIS'], loc='L3:نصف مساحة سوريا', attr=RAMI,
      qty=['L3:أكثر من 95 ألف كيلومتر مربع']),                                                                                         # 5
 dict(type='WITHDRAWAL', trig='L4:انسحاب', time='L2:مساء الأربعاء', actors=['SY_GOV'], loc='L4:المدينة#0', attr=TV),                  # 6
 dict(type='MOVEMENT', trig='L4:أعادت تموضعها', actors=['SY_GOV'], loc='L4:تخوم المدينة الغربية', attr=MIL),                          # 7
 dict(type='ATTACK', trig='L4:الغارات', time='L4:أمس', actors=['SY_GOV'], targets=['ISIS'], loc='L4:تدمر', attr=MIL,
      qty=['L4:عشرات الغارات']),                                                                                                        # 8
 dict(type='ATTACK', trig='L5:دمر#1', time='L5:مارس الماضي', actors=['ISIS'], loc='L5:نمرود'),                                          # 9
 dict(type='MOVEMENT', trig='L6:التحشد', actors=[PMF], loc='L6:مدينة الرمادي'),                                                      # 10
 dict(type='OPERATION', trig='L6:لعملية', mod='planned', actors=[PMF], targets=['ISIS'], loc='L6:مدينة الرمادي'),                    # 11
 dict(type='CONTROL', trig='L6:سيطر', time='L6:الأحد الماضي', actors=['ISIS'], loc='L6:مدينة الرمادي'),                              # 12
 dict(type='ATTACK', trig='L6:غارة', time='L6:خلال الـ24 ساعة الماضية', actors=['COALITION'], targets=['ISIS'], loc='L6:سوريا',
      attr=CENT, qty=['L6:22 غارة']),                                                                                                   # 13
 dict(type='STATEMENT', trig='L7:وصفت', actors=['US'], attr=STATE),                                                                    # 14
 dict(type='CONTROL', trig='L7:سيطرة', time='L2:أمس', actors=['ISIS'], loc='L7:تدمر', attr=STATE),                                   # 15
 dict(type='ATTACK', trig='L7:سيواصل استهداف', mod='planned', actors=['COALITION'], targets=['ISIS'], loc='L7:سوريا', attr=STATE),    # 16
 dict(type='OPERATION', trig='L8:يحاصر', time='L8:منذ مطلع العام الجاري', actors=['ISIS'], targets=['SY_GOV'],
      loc='L8:مطار دير الزور العسكري'),                                                                                                 # 17
 dict(type='MOVEMENT', trig='L8:تتمركز', actors=['SY_GOV'], loc='L8:مطار دير الزور العسكري'),                                         # 18
]
YD = (Y, 'day')
OD = (D, 'day')
WED = ('2015-05-20', 'part-of-day')
H24 = ('2015-05-21/2015-05-22', 'day')
SINCE = ('2015-01/2015-05', 'month')
forces = [
 dict(actor='ISIS', loc=('مدينة تدمر الأثرية','palmyra'), as_of=YD, status='controls', source=SOHR, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة تدمر الأثرية','palmyra'), as_of=WED, status='withdrawn', source=SOHR, line=2, events=[2]),
 dict(actor='ISIS', loc=('مدينة تدمر الأثرية','palmyra'), as_of=YD, status='present', source=SOHR, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('مدينة تدمر الأثرية','palmyra'), as_of=YD, status='present', source=SOHR, line=2, events=[3]),
 dict(actor='ISIS', loc=('أحياء المدينة','palmyra-districts'), as_of=YD, status='present', source=RAMI, line=3, events=[4]),
 dict(actor='ISIS', loc=('مطار تدمر العسكري','palmyra-airbase'), as_of=YD, status='present', source=RAMI, line=3, events=[4]),
 dict(actor='ISIS', loc=('سجن تدمر','palmyra-prison'), as_of=YD, status='present', source=RAMI, line=3, events=[4]),
 dict(actor='ISIS', loc=('نصف مساحة سوريا','half-of-syria'), as_of=OD, status='controls', source=RAMI, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('المدينة','palmyra'), as_of=WED, status='withdrawn', source=TV, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('تخوم المدينة الغربية','palmyra-western-edges'), as_of=OD, status='present', source=MIL, line=4, events=[7]),
 dict(actor='ISIS', assets='تجمعات', loc=('تدمر','palmyra'), as_of=YD, status='attacked', source=MIL, line=4, events=[8]),
 dict(actor=PMF, loc=('مدينة الرمادي','ramadi'), as_of=OD, status='present', line=6, events=[10]),
 dict(actor='ISIS', loc=('مدينة الرمادي','ramadi'), as_of=('2015-05-17', 'day'), status='controls', line=6, events=[12]),
 dict(actor='ISIS', assets='مواقع', loc=('سوريا','syria'), as_of=H24, status='attacked', source=CENT, line=6, events=[13]),
 dict(actor='ISIS', assets='مواقع', loc=('العراق','iraq'), as_of=H24, status='attacked', source=CENT, line=6, events=[13]),
 dict(actor='ISIS', loc=('تدمر','palmyra'), as_of=YD, status='controls', source=STATE, line=7, events=[15]),
 dict(actor='ISIS', loc=('مطار دير الزور العسكري','deir-ez-zor-airbase'), as_of=SINCE, status='present', line=8, events=[17]),
 dict(actor='SY_GOV', loc=('مطار دير الزور العسكري','deir-ez-zor-airbase'), as_of=OD, status='present', line=8, events=[17, 18]),
]
build('alahram-palmyra', None, 'الأهرام', D, L, ents, times, events, forces)
