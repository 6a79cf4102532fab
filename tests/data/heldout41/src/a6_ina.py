from build import build
L = [
'الشمري وإسبر يبحثان مصير القوات الأمريكية القادمة من سوريا.. والعمليات المشتركة تنفي وجود اتفاق على بقائها',
'بغداد - واع',
'بحث وزير الدفاع نجاح حسن الشمري، اليوم الأربعاء، مع نظيره الأمريكي مارك إسبر في بغداد، ملف القوات الأمريكية القادمة من سوريا، مؤكداً أن "العراق لن يسمح باستخدام أراضيه منطلقاً لأي عمل عسكري ضد دول الجوار".',
'وذكر بيان لوزارة الدفاع تلقته وكالة الأنباء العراقية (واع)، أن الجانبين اتفقا على أن تغادر تلك القوات الأراضي العراقية "خلال أربعة أسابيع"، بعد أن دخلت إقليم كردستان عبر منفذ فيشخابور الحدودي.',
'وكانت قيادة العمليات المشتركة قد نفت، أمس الثلاثاء، وجود أي اتفاق على بقاء هذه القوات داخل العراق، مؤكدة أنها حصلت على موافقة لعبور أراضيه فقط تمهيداً لنقلها إلى خارج البلاد.',
'من جهته، قال إسبر في مؤتمر صحفي عقب اللقاء إن الجنود الذين غادروا شمال سوريا سيتمركزون "مؤقتاً" في قاعدة عين الأسد غربي الأنبار وقاعدة حرير في أربيل، مبيناً أن "نحو 200 جندي سيبقون قرب حقول النفط في دير الزور".',
'في المقابل، أكد النائب عن تحالف الفتح محمد كريم الساعدي أن "وجود أي قوات أجنبية على الأراضي العراقية من دون موافقة البرلمان يعد احتلالاً"، مطالباً الحكومة بإخراج جميع القوات الأمريكية من البلاد.',
'ودخلت أول قافلة من القوات الأمريكية القادمة من سوريا، تضم أكثر من 100 آلية، إلى محافظة دهوك صباح الاثنين الماضي عبر منفذ فيشخابور، قبل أن تتوجه إلى قاعدة حرير شمالي أربيل، بحسب مصدر أمني.',
'وتأتي الزيارة بعد نحو عشرة أيام من إعلان واشنطن سحب نحو ألف جندي من شمال شرق سوريا، إثر إطلاق تركيا عملية "نبع السلام" العسكرية ضد "قوات سوريا الديمقراطية" في التاسع من تشرين الأول الجاري.',
'وتنشر الولايات المتحدة نحو 5200 جندي في العراق ضمن التحالف الدولي لمحاربة تنظيم داعش، يتوزعون على قواعد أبرزها عين الأسد في الأنبار وحرير في أربيل والتاجي شمالي بغداد، بطلب من الحكومة العراقية منذ عام 2014.',
]
D = '2019-10-23'   # Wednesday; agency copy of its own day
TUE = '2019-10-22'
MON = '2019-10-21'
ents = [
 ('L0:الشمري','PERSON','najah-al-shammari'), ('L0:إسبر','PERSON','mark-esper'), ('L0:القوات الأمريكية','ACTOR','US'), ('L0:سوريا','LOCATION','syria'),
 ('L0:العمليات المشتركة','ACTOR','IQ_GOV'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:واع','ORG','ina'),
 ('L2:نجاح حسن الشمري','PERSON','najah-al-shammari'), ('L2:مارك إسبر','PERSON','mark-esper'), ('L2:بغداد','LOCATION','baghdad'),
 ('L2:القوات الأمريكية','ACTOR','US'), ('L2:سوريا','LOCATION','syria'), ('L2:العراق','ACTOR','IQ_GOV'),
 ('L3:وزارة الدفاع','ACTOR','IQ_GOV'), ('L3:وكالة الأنباء العراقية','ORG','ina'), ('L3:واع','ORG','ina'), ('L3:القوات','ACTOR','US'),
 ('L3:الأراضي العراقية','LOCATION','iraq'), ('L3:أربعة أسابيع','QUANTITY',None,(4,False,'other')),
 ('L3:إقليم كردستان','LOCATION','kurdistan-region-iraq'), ('L3:منفذ فيشخابور الحدودي','LOCATION','fishkhabour-crossing'),
 ('L4:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:القوات','ACTOR','US'), ('L4:العراق','LOCATION','iraq'),
 ('L5:إسبر','PERSON','mark-esper'), ('L5:شمال سوريا','LOCATION','north-syria'), ('L5:قاعدة عين الأسد','LOCATION','ain-al-asad-base'),
 ('L5:الأنبار','LOCATION','anbar'), ('L5:قاعدة حرير','LOCATION','harir-base'), ('L5:أربيل','LOCATION','erbil'),
 ('L5:نحو 200 جندي','QUANTITY',None,(200,True,'troops')), ('L5:حقول النفط','LOCATION','deir-ez-zor-oilfields'), ('L5:دير الزور','LOCATION','deir-ez-zor'),
 ('L6:تحالف الفتح','ORG','fatah-alliance'), ('L6:محمد كريم الساعدي','PERSON','mohammed-karim-al-saadi'), ('L6:الأراضي العراقية','LOCATION','iraq'),
 ('L6:البرلمان','ORG','iraqi-parliament'), ('L6:الحكومة','ACTOR','IQ_GOV'), ('L6:القوات الأمريكية','ACTOR','US'), ('L6:البلاد','LOCATION','iraq'),
 ('L7:القوات الأمريكية','ACTOR','US'), ('L7:سوريا','LOCATION','syria'), ('L7:أكثر من 100 آلية','QUANTITY',None,(100,True,'vehicles')),
 ('L7:آلية','WEAPON','military-vehicles'), ('L7:محافظة دهوك','LOCATION','duhok-governorate'), ('L7:منفذ فيشخابور','LOCATION','fishkhabour-crossing'),
 ('L7:قاعدة حرير','LOCATION','harir-base'), ('L7:أربيل','LOCATION','erbil'),
 ('L8:نحو عشرة أيام','QUANTITY',None,(10,True,'other')), ('L8:واشنطن','ACTOR','US'), ('L8:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')),
 ('L8:شمال شرق سوريا','LOCATION','northeast-syria'), ('L8:تركيا','ACTOR','TR'), ('L8:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L9:الولايات المتحدة','ACTOR','US'), ('L9:نحو 5200 جندي','QUANTITY',None,(5200,True,'troops')), ('L9:العراق#0','LOCATION','iraq'),
 ('L9:التحالف الدولي','ACTOR','COALITION'), ('L9:تنظيم داعش','ACTOR','ISIS'), ('L9:عين الأسد','LOCATION','ain-al-asad-base'),
 ('L9:الأنبار','LOCATION','anbar'), ('L9:حرير','LOCATION','harir-base'), ('L9:أربيل','LOCATION','erbil'), ('L9:التاجي','LOCATION','taji-base'),
 ('L9:بغداد','LOCATION','baghdad'), ('L9:الحكومة العراقية','ACTOR','IQ_GOV'),
]
times = [
 ('L2:اليوم الأربعاء', D, 'day'),
 ('L3:خلال أربعة أسابيع', D + '/2019-11-20', 'week'),
 ('L4:أمس الثلاثاء', TUE, 'day'),
 ('L7:صباح الاثنين الماضي', MON, 'part-of-day', {'part': 'morning'}),
 ('L8:التاسع من تشرين الأول الجاري', '2019-10-09', 'day'),
 ('L9:منذ عام 2014', '2014/2019', 'year'),
]
T = 'L2:اليوم الأربعاء'
MOD = 'وزارة الدفاع'
JOC = 'قيادة العمليات المشتركة'
ESP = 'مارك إسبر'
SAA = 'محمد كريم الساعدي'
SEC = 'مصدر أمني'
events = [
 dict(type='STATEMENT', trig='L3:بيان', time=T, actors=['IQ_GOV'], attr=MOD),                                                   # 1
 dict(type='AGREEMENT', trig='L3:اتفقا', time=T, actors=['IQ_GOV', 'US'], attr=MOD),                                             # 2
 dict(type='WITHDRAWAL', trig='L3:تغادر', mod='planned', time='L3:خلال أربعة أسابيع', actors=['US'], loc='L3:الأراضي العراقية',
      qty=['L3:أربعة أسابيع'], attr=MOD),                                                                                         # 3
 dict(type='MOVEMENT', trig='L3:دخلت', actors=['US'], loc='L3:إقليم كردستان', attr=MOD),                                        # 4
 dict(type='AGREEMENT', trig='L4:اتفاق', mod='denied', time='L4:أمس الثلاثاء', actors=['IQ_GOV', 'US'], loc='L4:العراق', attr=JOC),  # 5
 dict(type='MOVEMENT', trig='L4:عبور', actors=['US'], attr=JOC),                                                                 # 6
 dict(type='WITHDRAWAL', trig='L4:نقلها', mod='planned', actors=['US'], attr=JOC),                                               # 7
 dict(type='STATEMENT', trig='L5:قال', time=T, actors=['US'], attr=ESP),                                                         # 8
 dict(type='WITHDRAWAL', trig='L5:غادروا', actors=['US'], loc='L5:شمال سوريا', attr=ESP),                                        # 9
 dict(type='MOVEMENT', trig='L5:سيتمركزون', mod='planned', actors=['US'], loc='L5:قاعدة عين الأسد', attr=ESP),                    # 10
 dict(type='WITHDRAWAL', trig='L6:بإخراج', mod='planned', actors=['US'], loc='L6:البلاد', attr=SAA),                              # 11
 dict(type='MOVEMENT', trig='L7:دخلت', time='L7:صباح الاثنين الماضي', actors=['US'], loc='L7:محافظة دهوك', weapons=['L7:آلية'],
      qty=['L7:أكثر من 100 آلية'], attr=SEC),                                                                                    # 12
 dict(type='MOVEMENT', trig='L7:تتوجه', time='L7:صباح الاثنين الماضي', actors=['US'], loc='L7:قاعدة حرير', attr=SEC),            # 13
 dict(type='WITHDRAWAL', trig='L8:سحب', actors=['US'], loc='L8:شمال شرق سوريا', qty=['L8:نحو ألف جندي']),                       # 14
 dict(type='OPERATION', trig='L8:عملية', time='L8:التاسع من تشرين الأول الجاري', actors=['TR'], targets=['SDF']),                # 15
 dict(type='MOVEMENT', trig='L9:تنشر', time='L9:منذ عام 2014', actors=['US'], loc='L9:العراق#0', qty=['L9:نحو 5200 جندي']),         # 16
]
TD = (D, 'day')
V = (None, 'vague')
forces = [
 dict(actor='US', loc=('إقليم كردستان', 'kurdistan-region-iraq'), as_of=V, status='arrived', source=MOD, line=3, events=[4]),
 dict(actor='US', loc=('شمال سوريا', 'north-syria'), as_of=V, status='withdrawn', source=ESP, line=5, events=[9]),
 dict(actor='US', loc=('قاعدة عين الأسد', 'ain-al-asad-base'), as_of=TD, status='planned', source=ESP, line=5, events=[10]),
 dict(actor='US', loc=('قاعدة حرير', 'harir-base'), as_of=TD, status='planned', source=ESP, line=5, events=[10]),
 dict(actor='US', strength=(200, True, 'troops'), loc=('حقول النفط', 'deir-ez-zor-oilfields'), as_of=TD, status='planned', source=ESP, line=5),
 dict(actor='US', assets='قافلة تضم أكثر من 100 آلية', loc=('محافظة دهوك', 'duhok-governorate'), as_of=(MON, 'part-of-day'), status='arrived',
      source=SEC, line=7, events=[12]),
 dict(actor='US', strength=(1000, True, 'troops'), loc=('شمال شرق سوريا', 'northeast-syria'), as_of=V, status='withdrawn', line=8, events=[14]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق', 'iraq'), as_of=TD, status='present', line=9, events=[16]),
 dict(actor='US', loc=('عين الأسد', 'ain-al-asad-base'), as_of=TD, status='present', line=9, events=[16]),
 dict(actor='US', loc=('حرير', 'harir-base'), as_of=TD, status='present', line=9, events=[16]),
 dict(actor='US', loc=('التاجي', 'taji-base'), as_of=TD, status='present', line=9, events=[16]),
]
build('ina-us-troops-from-syria', None, 'وكالة الأنباء العراقية', D, L, ents, times, events, forces)
