from build import build
L = [
'قوات سوريا الديمقراطية تعلن السيطرة على بلدة الهول بريف الحسكة',
'دبي - العربية.نت',
'أعلنت "قوات سوريا الديمقراطية"، اليوم الجمعة، سيطرتها الكاملة على بلدة الهول في ريف الحسكة الجنوبي الشرقي، بعد معارك مع تنظيم "داعش" استمرت نحو أسبوعين، بإسناد من طيران التحالف الدولي.',
'وقال المتحدث باسم القوات، العقيد طلال سلو، لـ"العربية.نت"، إن وحدات من "قسد" اقتحمت البلدة فجراً من المحورين الشمالي والغربي، وإن مسلحي التنظيم فرّوا نحو الحدود العراقية بعد مقتل 73 منهم على الأقل.',
'وأضاف سلو أن الحملة التي انطلقت في 31 تشرين الأول الماضي انتزعت حتى الآن أكثر من 200 قرية ومزرعة جنوب الحسكة، من بينها قرية الخاتونية المطلة على البحيرة التي تحمل اسمها.',
'من جهتها، أفادت القيادة المركزية الأميركية في بيان بأن مقاتلات التحالف شنّت خلال الأيام العشرة الماضية 27 غارة قرب الهول، دمرت خلالها مواقع قتالية و14 آلية للتنظيم.',
'وكان البيت الأبيض قد أعلن الشهر الماضي أن واشنطن ستنشر أقل من 50 عنصراً من قواتها الخاصة في شمال سوريا لتقديم المشورة للمقاتلين الأكراد والعرب.',
'في المقابل، نفى حساب مقرب من "داعش" على موقع "تويتر" خسارة البلدة، زاعماً أن عناصر التنظيم ما زالوا يشتبكون مع المهاجمين في أطرافها الجنوبية.',
'وأفاد ناشطون بأن "قوات الصناديد"، المؤلفة من أبناء عشيرة شمر، دفعت بنحو 300 مقاتل إلى محيط الهول مساء الخميس، فيما يتمركز مقاتلو "وحدات حماية الشعب" الكردية في بلدة تل براك شمالاً.',
'وتكتسب الهول أهمية خاصة لوقوعها على طريق إمداد رئيسي يربط مناطق التنظيم في الرقة بمحافظة نينوى العراقية.',
'ولا يزال النظام السوري يحتفظ بمربع أمني في مدينة الحسكة وبمطار القامشلي، في حين تسيطر الوحدات الكردية على معظم مناطق المحافظة.',
'ويرجّح مراقبون أن تكون مدينة الشدادي، أبرز معاقل "داعش" المتبقية في المحافظة، وجهة الهجوم التالي خلال الأسابيع المقبلة.',
]
D = '2015-11-13'   # Friday; web copy of its day
THU = '2015-11-12'
SAN = 'OTHER:al-sanadid'
ents = [
 ('L0:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L0:بلدة الهول','LOCATION','al-hol'), ('L0:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L1:دبي','LOCATION','dubai'), ('L1:العربية.نت','ORG','alarabiya'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:بلدة الهول','LOCATION','al-hol'),
 ('L2:ريف الحسكة الجنوبي الشرقي','LOCATION','hasakah-southeast-countryside'), ('L2:تنظيم "داعش"','ACTOR','ISIS'),
 ('L2:نحو أسبوعين','QUANTITY',None,(2,True,'other')), ('L2:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L3:القوات','ACTOR','SDF'), ('L3:طلال سلو','PERSON','talal-silo'), ('L3:العربية.نت','ORG','alarabiya'), ('L3:قسد','ACTOR','SDF'),
 ('L3:البلدة','LOCATION','al-hol'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:الحدود العراقية','LOCATION','syria-iraq-border'),
 ('L3:73','QUANTITY',None,(73,True,'killed')),
 ('L4:سلو','PERSON','talal-silo'), ('L4:أكثر من 200 قرية ومزرعة','QUANTITY',None,(200,True,'other')),
 ('L4:جنوب الحسكة','LOCATION','south-hasakah'), ('L4:قرية الخاتونية','LOCATION','khatuniyah'), ('L4:البحيرة','LOCATION','khatuniyah-lake'),
 ('L5:القيادة المركزية الأميركية','ACTOR','US'), ('L5:مقاتلات','WEAPON','warplanes'), ('L5:التحالف','ACTOR','COALITION'),
 ('L5:27 غارة','QUANTITY',None,(27,False,'other')), ('L5:الهول','LOCATION','al-hol'),
 ('L5:14 آلية','QUANTITY',None,(14,False,'vehicles')), ('L5:آلية','WEAPON','vehicles'), ('L5:لتنظيم','ACTOR','ISIS'),
 ('L6:البيت الأبيض','ACTOR','US'), ('L6:واشنطن','ACTOR','US'), ('L6:أقل من 50 عنصراً','QUANTITY',None,(50,True,'troops')),
 ('L6:شمال سوريا','LOCATION','north-syria'),
 ('L7:داعش','ACTOR','ISIS'), ('L7:تويتر','ORG','twitter'), ('L7:البلدة','LOCATION','al-hol'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:أطرافها الجنوبية','LOCATION','al-hol-southern-outskirts'),
 ('L8:قوات الصناديد','ACTOR',SAN), ('L8:نحو 300 مقاتل','QUANTITY',None,(300,True,'fighters')), ('L8:محيط الهول','LOCATION','al-hol-surroundings'),
 ('L8:وحدات حماية الشعب','ACTOR','YPG'), ('L8:بلدة تل براك','LOCATION','tal-baraq'),
 ('L9:الهول','LOCATION','al-hol'), ('L9:التنظيم','ACTOR','ISIS'), ('L9:الرقة','LOCATION','raqqa'), ('L9:محافظة نينوى','LOCATION','nineveh-governorate'),
 ('L10:النظام السوري','ACTOR','SY_GOV'), ('L10:مربع أمني','LOCATION','hasakah-security-square'), ('L10:مدينة الحسكة','LOCATION','hasakah'),
 ('L10:مطار القامشلي','LOCATION','qamishli-airport'), ('L10:الوحدات الكردية','ACTOR','YPG'), ('L10:مناطق المحافظة','LOCATION','hasakah-governorate'),
 ('L11:مدينة الشدادي','LOCATION','shaddadi'), ('L11:داعش','ACTOR','ISIS'), ('L11:المحافظة','LOCATION','hasakah-governorate'),
]
times = [
 ('L2:اليوم الجمعة', D, 'day'),
 ('L3:فجراً', D, 'part-of-day', {'part': 'morning'}),
 ('L4:31 تشرين الأول الماضي', '2015-10-31', 'day'),
 ('L5:خلال الأيام العشرة الماضية', '2015-11-03/' + D, 'day'),
 ('L6:الشهر الماضي', '2015-10', 'month'),
 ('L8:مساء الخميس', THU, 'part-of-day', {'part': 'evening'}),
 ('L11:خلال الأسابيع المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L2:اليوم الجمعة'
SDFA = 'قوات سوريا الديمقراطية'
SILO = 'طلال سلو'
IS_ACC = 'حساب مقرب من "داعش"'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['SDF'], attr=SDFA),                                              # 1
 dict(type='CONTROL', trig='L2:سيطرتها', time=T, actors=['SDF'], targets=['ISIS'], loc='L2:بلدة الهول', attr=SDFA),        # 2
 dict(type='ATTACK', trig='L2:معارك', actors=['SDF', 'ISIS'], loc='L2:بلدة الهول', qty=['L2:نحو أسبوعين'], attr=SDFA),      # 3
 dict(type='ATTACK', trig='L2:بإسناد', actors=['COALITION'], targets=['ISIS'], loc='L2:بلدة الهول', attr=SDFA),             # 4
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['SDF'], attr=SILO),                                                # 5
 dict(type='ATTACK', trig='L3:اقتحمت', time='L3:فجراً', actors=['SDF'], targets=['ISIS'], loc='L3:البلدة', attr=SILO),     # 6
 dict(type='WITHDRAWAL', trig='L3:فرّوا', time='L3:فجراً', actors=['ISIS'], loc='L3:البلدة', attr=SILO),                   # 7
 dict(type='ATTACK', trig='L3:مقتل', actors=['SDF'], targets=['ISIS'], loc='L3:البلدة', qty=['L3:73'], attr=SILO),         # 8
 dict(type='OPERATION', trig='L4:الحملة', time='L4:31 تشرين الأول الماضي', actors=['SDF'], targets=['ISIS'], attr=SILO),   # 9
 dict(type='CONTROL', trig='L4:انتزعت', actors=['SDF'], targets=['ISIS'], loc='L4:جنوب الحسكة',
      qty=['L4:أكثر من 200 قرية ومزرعة'], attr=SILO),                                                                     # 10
 dict(type='STATEMENT', trig='L5:بيان', actors=['US'], attr='القيادة المركزية الأميركية'),                                 # 11
 dict(type='ATTACK', trig='L5:شنّت', time='L5:خلال الأيام العشرة الماضية', actors=['COALITION'], targets=['ISIS'],
      loc='L5:الهول', weapons=['L5:مقاتلات'], qty=['L5:27 غارة'], attr='القيادة المركزية الأميركية'),                       # 12
 dict(type='STATEMENT', trig='L6:أعلن', time='L6:الشهر الماضي', actors=['US'], attr='البيت الأبيض'),                        # 13
 dict(type='MOVEMENT', trig='L6:ستنشر', mod='planned', actors=['US'], loc='L6:شمال سوريا',
      qty=['L6:أقل من 50 عنصراً'], attr='البيت الأبيض'),                                                                  # 14
 dict(type='CONTROL', trig='L7:خسارة', mod='denied', time=T, targets=['ISIS'], loc='L7:البلدة', attr=IS_ACC),               # 15
 dict(type='ATTACK', trig='L7:يشتبكون', time=T, actors=['ISIS', 'SDF'], loc='L7:أطرافها الجنوبية', attr=IS_ACC),            # 16
 dict(type='MOVEMENT', trig='L8:دفعت', time='L8:مساء الخميس', actors=[SAN], loc='L8:محيط الهول', qty=['L8:نحو 300 مقاتل'],
      attr='ناشطون'),                                                                                                    # 17
 dict(type='MOVEMENT', trig='L8:يتمركز', time=T, actors=['YPG'], loc='L8:بلدة تل براك', attr='ناشطون'),                     # 18
 dict(type='CONTROL', trig='L10:يحتفظ', time=T, actors=['SY_GOV'], loc='L10:مربع أمني'),                                    # 19
 dict(type='CONTROL', trig='L10:تسيطر', time=T, actors=['YPG'], loc='L10:مناطق المحافظة'),                                  # 20
 dict(type='OPERATION', trig='L11:الهجوم', mod='planned', time='L11:خلال الأسابيع المقبلة', actors=['SDF'], targets=['ISIS'],
      loc='L11:مدينة الشدادي', attr='مراقبون'),                                                                           # 21
]
DD = (D, 'day')
forces = [
 dict(actor='SDF', loc=('بلدة الهول', 'al-hol'), as_of=DD, status='controls', source=SDFA, line=2, events=[2]),
 dict(actor='SDF', loc=('بلدة الهول', 'al-hol'), as_of=DD, status='present', source=SDFA, line=2, events=[3]),
 dict(actor='ISIS', loc=('بلدة الهول', 'al-hol'), as_of=DD, status='present', source=SDFA, line=2, events=[3]),
 dict(actor='SDF', loc=('البلدة', 'al-hol'), as_of=(D, 'part-of-day'), status='present', source=SILO, line=3, events=[6]),
 dict(actor='ISIS', loc=('البلدة', 'al-hol'), as_of=(D, 'part-of-day'), status='withdrawn', source=SILO, line=3, events=[7]),
 dict(actor='SDF', assets='أكثر من 200 قرية ومزرعة', loc=('جنوب الحسكة', 'south-hasakah'), as_of=DD, status='controls', source=SILO, line=4, events=[10]),
 dict(actor='ISIS', assets='مواقع قتالية و14 آلية', loc=('الهول', 'al-hol'), as_of=('2015-11-03/' + D, 'day'), status='attacked',
      source='القيادة المركزية الأميركية', line=5, events=[12]),
 dict(actor='US', strength=(50, True, 'troops'), assets='قوات خاصة', loc=('شمال سوريا', 'north-syria'), as_of=('2015-10', 'month'),
      status='planned', source='البيت الأبيض', line=6, events=[14]),
 dict(actor='ISIS', loc=('أطرافها الجنوبية', 'al-hol-southern-outskirts'), as_of=DD, status='present', source=IS_ACC, line=7, events=[16]),
 dict(actor='SDF', loc=('أطرافها الجنوبية', 'al-hol-southern-outskirts'), as_of=DD, status='present', source=IS_ACC, line=7, events=[16]),
 dict(actor=SAN, strength=(300, True, 'fighters'), loc=('محيط الهول', 'al-hol-surroundings'), as_of=(THU, 'part-of-day'),
      status='reinforced', source='ناشطون', line=8, events=[17]),
 dict(actor='YPG', loc=('بلدة تل براك', 'tal-baraq'), as_of=DD, status='present', source='ناشطون', line=8, events=[18]),
 dict(actor='SY_GOV', loc=('مربع أمني', 'hasakah-security-square'), as_of=DD, status='controls', line=10, events=[19]),
 dict(actor='SY_GOV', loc=('مطار القامشلي', 'qamishli-airport'), as_of=DD, status='controls', line=10, events=[19]),
 dict(actor='YPG', loc=('مناطق المحافظة', 'hasakah-governorate'), as_of=DD, status='controls', line=10, events=[20]),
]
build('alarabiya-al-hol', None, 'العربية.نت', D, L, ents, times, events, forces)
