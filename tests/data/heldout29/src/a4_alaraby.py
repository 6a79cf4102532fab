from build import build
L = [
'القوات العراقية تعلن استعادة مركز بيجي.. ومخاوف من انتهاكات "الحشد"',
'بغداد ــ العربي الجديد',
'أعلنت قيادة العمليات المشتركة العراقية، أمس الثلاثاء، استعادة السيطرة على مدينة بيجي وحي التأميم شمالي محافظة صلاح الدين، بعد استعادة مصفاة بيجي النفطية، الجمعة الماضي، من تنظيم "الدولة الإسلامية" (داعش)، بمشاركة مليشيات "الحشد الشعبي" وبإسناد من طيران التحالف الدولي.',
'وقال قائد عمليات صلاح الدين الفريق الركن جمعة عناد، لـ"العربي الجديد"، إن "قطعات الجيش والشرطة الاتحادية وجهاز مكافحة الإرهاب دخلت مركز المدينة من ثلاثة محاور"، مضيفاً أن "عناصر داعش انسحبوا باتجاه مناطق جزيرة الثرثار وقضاء الشرقاط".',
'وأشار عناد إلى أن "أكثر من 170 عنصراً من التنظيم قتلوا منذ انطلاق عملية (لبيك يا رسول الله) الأسبوع الماضي"، من دون أن يكشف عن حجم خسائر القوات العراقية.',
'من جهتها، قالت "كتائب حزب الله" في بيان إن مقاتليها "كانوا رأس الحربة" في معارك المصفاة، إلى جانب نحو ثلاثة آلاف مقاتل من فصائل "الحشد" الأخرى، بينها "منظمة بدر" و"عصائب أهل الحق".',
'وأفاد شهود عيان من أهالي بيجي لـ"العربي الجديد" بأن عناصر من المليشيات أضرموا النيران في منازل ومحال تجارية في حي العصري بعد دخول المدينة، واعتقلوا نحو 20 شاباً كانوا قد بقوا فيها.',
'في المقابل، نفى المتحدث باسم "الحشد الشعبي" أحمد الأسدي أن تكون فصائله قد "اعتقلت أي مدني" في بيجي، معتبراً أن هذه الاتهامات "تخدم داعش وحواضنه".',
'وبحسب بيان للتحالف الدولي، فإن طائراته نفذت منذ 12 تشرين الأول/أكتوبر الجاري 42 غارة على مواقع التنظيم في بيجي ومحيطها، دمرت خلالها 18 موقعاً قتالياً وست عربات مفخخة.',
'وكان التنظيم قد سيطر على بيجي في حزيران/يونيو 2014، وتبادل السيطرة عليها مع القوات العراقية مرات عدة، فيما بقيت المصفاة، أكبر مصافي العراق، محاصرة لأشهر قبل أن يقتحمها التنظيم في نيسان/إبريل الماضي.',
'ويرى مراقبون أن استعادة بيجي تفتح الطريق أمام القوات العراقية للتقدم نحو الشرقاط ومن ثم الموصل، فيما تحاصر القوات العراقية من ثلاث جهات مدينة الرمادي التي يسيطر عليها التنظيم منذ أيار/مايو الماضي.',
]
D = '2015-10-21'   # Wednesday; London-based outlet, web copy of its own day
TUE = '2015-10-20'
FRI = '2015-10-16'
PMF = 'OTHER:pmf'
KH = 'OTHER:kataib-hezbollah'
BADR = 'OTHER:badr'
AAH = 'OTHER:asaib-ahl-al-haq'
ents = [
 ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:بيجي','LOCATION','baiji'), ('L0:الحشد','ACTOR',PMF),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:العربي الجديد','ORG','alaraby-aljadeed'),
 ('L2:قيادة العمليات المشتركة العراقية','ACTOR','IQ_GOV'), ('L2:مدينة بيجي','LOCATION','baiji'), ('L2:حي التأميم','LOCATION','al-tamim-baiji'),
 ('L2:محافظة صلاح الدين','LOCATION','salahuddin'), ('L2:مصفاة بيجي النفطية','LOCATION','baiji-refinery'),
 ('L2:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L2:داعش','ACTOR','ISIS'), ('L2:مليشيات "الحشد الشعبي"','ACTOR',PMF),
 ('L2:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L3:صلاح الدين','LOCATION','salahuddin'), ('L3:جمعة عناد','PERSON','jumaa-enad'), ('L3:العربي الجديد','ORG','alaraby-aljadeed'),
 ('L3:قطعات الجيش','ACTOR','IQ_GOV'), ('L3:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L3:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L3:المدينة','LOCATION','baiji'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:داعش','ACTOR','ISIS'),
 ('L3:مناطق جزيرة الثرثار','LOCATION','tharthar-island'), ('L3:قضاء الشرقاط','LOCATION','shirqat'),
 ('L4:عناد','PERSON','jumaa-enad'), ('L4:أكثر من 170 عنصراً','QUANTITY',None,(170,True,'killed')), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:القوات العراقية','ACTOR','IQ_GOV'),
 ('L5:كتائب حزب الله','ACTOR',KH), ('L5:المصفاة','LOCATION','baiji-refinery'), ('L5:نحو ثلاثة آلاف مقاتل','QUANTITY',None,(3000,True,'fighters')),
 ('L5:فصائل "الحشد"','ACTOR',PMF), ('L5:منظمة بدر','ACTOR',BADR), ('L5:عصائب أهل الحق','ACTOR',AAH),
 ('L6:بيجي','LOCATION','baiji'), ('L6:العربي الجديد','ORG','alaraby-aljadeed'), ('L6:المليشيات','ACTOR',PMF), ('L6:حي العصري','LOCATION','al-asri-baiji'),
 ('L6:المدينة','LOCATION','baiji'), ('L6:نحو 20 شاباً','QUANTITY',None,(20,True,'arrested')),
 ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L7:بيجي','LOCATION','baiji'), ('L7:داعش','ACTOR','ISIS'),
 ('L8:لتحالف الدولي','ACTOR','COALITION'), ('L8:42 غارة','QUANTITY',None,(42,False,'other')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:بيجي','LOCATION','baiji'), ('L8:18 موقعاً','QUANTITY',None,(18,False,'other')), ('L8:ست عربات مفخخة','QUANTITY',None,(6,False,'vehicles')),
 ('L8:عربات مفخخة','WEAPON','vbieds'),
 ('L9:التنظيم#0','ACTOR','ISIS'), ('L9:بيجي','LOCATION','baiji'), ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:المصفاة','LOCATION','baiji-refinery'),
 ('L9:العراق#1','LOCATION','iraq'), ('L9:التنظيم#1','ACTOR','ISIS'),
 ('L10:بيجي','LOCATION','baiji'), ('L10:القوات العراقية#0','ACTOR','IQ_GOV'), ('L10:الشرقاط','LOCATION','shirqat'), ('L10:الموصل','LOCATION','mosul'),
 ('L10:القوات العراقية#1','ACTOR','IQ_GOV'), ('L10:ثلاث جهات','QUANTITY',None,(3,False,'other')), ('L10:مدينة الرمادي','LOCATION','ramadi'),
 ('L10:التنظيم','ACTOR','ISIS'),
]
times = [
 ('L2:أمس الثلاثاء', TUE, 'day'),
 ('L2:الجمعة الماضي', FRI, 'day'),
 ('L4:الأسبوع الماضي', '2015-10-12/2015-10-18', 'week'),
 ('L8:منذ 12 تشرين الأول/أكتوبر الجاري', '2015-10-12/' + D, 'day'),
 ('L9:حزيران/يونيو 2014', '2014-06', 'month'),
 ('L9:نيسان/إبريل الماضي', '2015-04', 'month'),
 ('L10:منذ أيار/مايو الماضي', '2015-05/2015-10', 'month'),
]
T = 'L2:أمس الثلاثاء'
F = 'L2:الجمعة الماضي'
JOC = 'قيادة العمليات المشتركة العراقية'
EN = 'جمعة عناد'
KHS = 'كتائب حزب الله'
WIT = 'شهود عيان من أهالي بيجي (العربي الجديد)'
ASA = 'أحمد الأسدي'
CO = 'بيان التحالف الدولي'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=JOC),                                                        # 1
 dict(type='CONTROL', trig='L2:استعادة#0', time=T, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L2:مدينة بيجي', attr=JOC),          # 2
 dict(type='CONTROL', trig='L2:استعادة#1', time=F, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L2:مصفاة بيجي النفطية', attr=JOC),  # 3
 dict(type='ATTACK', trig='L2:إسناد', actors=['COALITION'], targets=['ISIS'], attr=JOC),                                              # 4
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=EN),                                                                   # 5
 dict(type='MOVEMENT', trig='L3:دخلت', time=T, actors=['IQ_GOV'], loc='L3:المدينة', qty=['L3:ثلاثة محاور'], attr=EN),                # 6
 dict(type='WITHDRAWAL', trig='L3:انسحبوا', time=T, actors=['ISIS'], loc='L3:المدينة', attr=EN),                                    # 7
 dict(type='ATTACK', trig='L4:قتلوا', targets=['ISIS'], qty=['L4:أكثر من 170 عنصراً'], attr=EN),                                     # 8
 dict(type='OPERATION', trig='L4:عملية', time='L4:الأسبوع الماضي', actors=['IQ_GOV', PMF], targets=['ISIS'], attr=EN),               # 9
 dict(type='STATEMENT', trig='L5:قالت', actors=[KH], attr=KHS),                                                                       # 10
 dict(type='ATTACK', trig='L5:معارك', time=F, actors=[KH, PMF, BADR, AAH], targets=['ISIS'], loc='L5:المصفاة',
      qty=['L5:نحو ثلاثة آلاف مقاتل'], attr=KHS),                                                                                     # 11
 dict(type='ATTACK', trig='L6:أضرموا', time=T, actors=[PMF], loc='L6:حي العصري', attr=WIT),                                         # 12
 dict(type='MOVEMENT', trig='L6:دخول', time=T, actors=[PMF], loc='L6:المدينة', attr=WIT),                                           # 13
 dict(type='ARREST', trig='L6:اعتقلوا', time=T, actors=[PMF], loc='L6:المدينة', qty=['L6:نحو 20 شاباً'], attr=WIT),                 # 14
 dict(type='ARREST', trig='L7:اعتقلت', mod='denied', actors=[PMF], loc='L7:بيجي', attr=ASA),                                        # 15
 dict(type='STATEMENT', trig='L8:بيان', actors=['COALITION'], attr=CO),                                                               # 16
 dict(type='ATTACK', trig='L8:نفذت', time='L8:منذ 12 تشرين الأول/أكتوبر الجاري', actors=['COALITION'], targets=['ISIS'], loc='L8:بيجي',
      qty=['L8:42 غارة'], attr=CO),                                                                                                   # 17
 dict(type='ATTACK', trig='L8:دمرت', time='L8:منذ 12 تشرين الأول/أكتوبر الجاري', actors=['COALITION'], targets=['ISIS'],
      qty=['L8:18 موقعاً', 'L8:ست عربات مفخخة'], attr=CO),                                                                           # 18
 dict(type='CONTROL', trig='L9:سيطر#0', time='L9:حزيران/يونيو 2014', actors=['ISIS'], loc='L9:بيجي'),                                  # 19
 dict(type='CONTROL', trig='L9:السيطرة', actors=['ISIS', 'IQ_GOV'], loc='L9:بيجي'),                                                  # 20
 dict(type='OPERATION', trig='L9:محاصرة', actors=['ISIS'], targets=['IQ_GOV'], loc='L9:المصفاة'),                                    # 21
 dict(type='ATTACK', trig='L9:يقتحمها', time='L9:نيسان/إبريل الماضي', actors=['ISIS'], targets=['IQ_GOV'], loc='L9:المصفاة'),        # 22
 dict(type='CONTROL', trig='L10:استعادة', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L10:بيجي'),                              # 23
 dict(type='OPERATION', trig='L10:تحاصر', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:مدينة الرمادي', qty=['L10:ثلاث جهات']),     # 24
 dict(type='CONTROL', trig='L10:يسيطر', time='L10:منذ أيار/مايو الماضي', actors=['ISIS'], loc='L10:مدينة الرمادي'),                  # 25
]
TD = (TUE, 'day')
FD = (FRI, 'day')
forces = []
for place, slug in (('مدينة بيجي', 'baiji'), ('حي التأميم', 'al-tamim-baiji')):
    for act in ('IQ_GOV', PMF):
        forces.append(dict(actor=act, loc=(place, slug), as_of=TD, status='controls', source=JOC, line=2, events=[2]))
forces += [
 dict(actor='IQ_GOV', loc=('مصفاة بيجي النفطية', 'baiji-refinery'), as_of=FD, status='controls', source=JOC, line=2, events=[3]),
 dict(actor=PMF, loc=('مصفاة بيجي النفطية', 'baiji-refinery'), as_of=FD, status='controls', source=JOC, line=2, events=[3]),
 dict(actor='IQ_GOV', assets='قطعات الجيش والشرطة الاتحادية وجهاز مكافحة الإرهاب', loc=('المدينة', 'baiji'), as_of=TD, status='arrived',
      source=EN, line=3, events=[6]),
 dict(actor='ISIS', loc=('المدينة', 'baiji'), as_of=TD, status='withdrawn', source=EN, line=3, events=[7]),
 dict(actor=KH, loc=('المصفاة', 'baiji-refinery'), as_of=FD, status='present', source=KHS, line=5, events=[11]),
 dict(actor=PMF, strength=(3000, True, 'fighters'), loc=('المصفاة', 'baiji-refinery'), as_of=FD, status='present', source=KHS, line=5, events=[11]),
 dict(actor=BADR, loc=('المصفاة', 'baiji-refinery'), as_of=FD, status='present', source=KHS, line=5, events=[11]),
 dict(actor=AAH, loc=('المصفاة', 'baiji-refinery'), as_of=FD, status='present', source=KHS, line=5, events=[11]),
 dict(actor=PMF, loc=('المدينة', 'baiji'), as_of=TD, status='arrived', source=WIT, line=6, events=[13]),
 dict(actor='ISIS', assets='مواقع', loc=('بيجي', 'baiji'), as_of=('2015-10-12/' + D, 'day'), status='attacked', source=CO, line=8, events=[17]),
 dict(actor='ISIS', loc=('بيجي', 'baiji'), as_of=('2014-06', 'month'), status='controls', line=9, events=[19]),
 dict(actor='IQ_GOV', loc=('مدينة الرمادي', 'ramadi'), as_of=(D, 'day'), status='present', line=10, events=[24]),
 dict(actor='ISIS', loc=('مدينة الرمادي', 'ramadi'), as_of=('2015-05/2015-10', 'month'), status='controls', line=10, events=[25]),
]
build('alaraby-baiji-refinery', None, 'العربي الجديد', D, L, ents, times, events, forces)
