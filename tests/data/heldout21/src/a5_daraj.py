from build import build
L = [
'«ليلة البوعيثة»: كيف انتهت مداهمة «كتائب حزب الله» بالإفراج عن المعتقلين؟',
'لم يمضِ أسبوع على مداهمة قوة من جهاز مكافحة الإرهاب مقراً لـ«كتائب حزب الله» في منطقة البوعيثة جنوب بغداد، حتى أُطلق أمس الإثنين سراح 13 من أصل 14 عنصراً اعتُقلوا خلال العملية، في مشهد اعتبره كثيرون انكساراً لهيبة الحكومة العراقية.',
'وكانت القوة قد داهمت المقر ليل الخميس - الجمعة الماضي، وضبطت منصات لإطلاق صواريخ «كاتيوشا» قالت مصادر أمنية إنها كانت مُعدّة لاستهداف المنطقة الخضراء ومطار بغداد الدولي، في أول تحرك من نوعه ضد الفصيل منذ سنوات.',
'وبعد ساعات على الاعتقال، وتحديداً فجر الجمعة، جابت عشرات السيارات رباعية الدفع تقل مسلحين من «الكتائب» شوارع المنطقة الخضراء، وطوّقت مقراً لجهاز مكافحة الإرهاب، مطالبة بتسليم المعتقلين، في استعراض للقوة انتشرت مقاطع منه على مواقع التواصل.',
'وانتهت الأزمة، وفق مصادر سياسية تحدثت إلى «درج»، بتسوية رعاها قادة في «الحشد الشعبي» وقضت بتسليم الموقوفين إلى مديرية أمن الحشد بدل بقائهم لدى الجهاز، قبل أن يقرر قاضي التحقيق الإفراج عنهم «لعدم كفاية الأدلة».',
'في المقابل، قالت «الكتائب» في بيان إن عناصرها «لم يكونوا يعدّون لأي هجوم»، وإن الصواريخ المضبوطة «معدّة لمواجهة الاحتلال الأميركي»، متهمة الكاظمي بـ«تنفيذ أجندة واشنطن».',
'وتتهم واشنطن الفصيل المدعوم من إيران بالوقوف وراء سلسلة هجمات صاروخية استهدفت خلال الأشهر الماضية السفارة الأميركية في بغداد ومعسكر التاجي، كان آخرها سقوط صاروخ قرب السفارة فجر الأحد من دون إصابات.',
'ويأتي ذلك بعد أسبوعين من انطلاق «الحوار الاستراتيجي» بين بغداد وواشنطن، الذي تعهدت فيه الولايات المتحدة بمواصلة خفض عدد قواتها في العراق، البالغ نحو 5200 جندي، خلال الأشهر المقبلة.',
'ويرى باحثون أن الكاظمي، الذي وصل إلى رئاسة الحكومة في أيار الماضي، اختبر حدود قدرته على مواجهة «الكتائب»، التي تنتشر في مواقع حساسة من جرف النصر جنوب بغداد حتى القائم على الحدود السورية.',
]
D = '2020-06-30'   # Tuesday; web magazine, «أمس» is Monday 29 June
KH = 'OTHER:kataib-hezbollah'
PMF = 'OTHER:pmf'
ents = [
 ('L0:البوعيثة','LOCATION','al-buaitha'), ('L0:كتائب حزب الله','ACTOR',KH),
 ('L1:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L1:كتائب حزب الله','ACTOR',KH), ('L1:منطقة البوعيثة','LOCATION','al-buaitha'), ('L1:بغداد','LOCATION','baghdad'),
 ('L1:13','QUANTITY',None,(13,False,'other')), ('L1:14 عنصراً','QUANTITY',None,(14,False,'arrested')), ('L1:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L2:منصات','WEAPON','launchers'), ('L2:صواريخ «كاتيوشا»','WEAPON','katyusha'), ('L2:المنطقة الخضراء','LOCATION','green-zone'),
 ('L2:مطار بغداد الدولي','LOCATION','baghdad-airport'), ('L2:الفصيل','ACTOR',KH),
 ('L3:عشرات السيارات رباعية الدفع','QUANTITY',None,([24,99],True,'vehicles')), ('L3:السيارات رباعية الدفع','WEAPON','four-wheel-drives'),
 ('L3:الكتائب','ACTOR',KH), ('L3:المنطقة الخضراء','LOCATION','green-zone'), ('L3:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L4:درج','ORG','daraj'), ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:مديرية أمن الحشد','ACTOR',PMF), ('L4:الجهاز','ACTOR','IQ_GOV'),
 ('L5:الكتائب','ACTOR',KH), ('L5:الصواريخ','WEAPON','rockets'), ('L5:الاحتلال الأميركي','ACTOR','US'), ('L5:الكاظمي','PERSON','mustafa-al-kadhimi'),
 ('L5:واشنطن','ACTOR','US'),
 ('L6:واشنطن','ACTOR','US'), ('L6:الفصيل','ACTOR',KH), ('L6:السفارة الأميركية','LOCATION','us-embassy-baghdad'), ('L6:بغداد','LOCATION','baghdad'),
 ('L6:معسكر التاجي','LOCATION','camp-taji'), ('L6:صاروخ#1','WEAPON','rocket'), ('L6:السفارة#1','LOCATION','us-embassy-baghdad'),
 ('L7:بغداد','ACTOR','IQ_GOV'), ('L7:واشنطن','ACTOR','US'), ('L7:الولايات المتحدة','ACTOR','US'), ('L7:العراق','LOCATION','iraq'),
 ('L7:نحو 5200 جندي','QUANTITY',None,(5200,True,'troops')),
 ('L8:الكاظمي','PERSON','mustafa-al-kadhimi'), ('L8:الكتائب','ACTOR',KH), ('L8:جرف النصر','LOCATION','jurf-al-nasr'), ('L8:بغداد','LOCATION','baghdad'),
 ('L8:القائم','LOCATION','al-qaim'), ('L8:الحدود السورية','LOCATION','iraq-syria-border'),
]
times = [
 ('L1:أمس الإثنين', '2020-06-29', 'day'),
 ('L2:ليل الخميس - الجمعة الماضي', '2020-06-25', 'part-of-day', {'part': 'night'}),
 ('L3:فجر الجمعة', '2020-06-26', 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الأشهر الماضية', None, 'vague', {'relation': 'before'}),
 ('L6:فجر الأحد', '2020-06-28', 'part-of-day', {'part': 'morning'}),
 ('L7:خلال الأشهر المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L8:أيار الماضي', '2020-05', 'month'),
]
N = 'L2:ليل الخميس - الجمعة الماضي'
F = 'L3:فجر الجمعة'
SEC = 'مصادر أمنية'
POL = 'مصادر سياسية'
events = [
 dict(type='ARREST', trig='L1:مداهمة', time=N, actors=['IQ_GOV'], targets=[KH], loc='L1:منطقة البوعيثة'),                          # 1
 dict(type='ARREST', trig='L1:اعتُقلوا', time=N, actors=['IQ_GOV'], targets=[KH], qty=['L1:14 عنصراً']),                           # 2
 dict(type='OPERATION', trig='L1:العملية', time=N, actors=['IQ_GOV'], targets=[KH]),                                              # 3
 dict(type='ARREST', trig='L2:داهمت', time=N, actors=['IQ_GOV'], targets=[KH]),                                                  # 4
 dict(type='ATTACK', trig='L2:لاستهداف', mod='planned', actors=[KH], loc='L2:المنطقة الخضراء', weapons=['L2:صواريخ «كاتيوشا»'], attr=SEC),  # 5
 dict(type='ARREST', trig='L3:الاعتقال', time=N, actors=['IQ_GOV'], targets=[KH]),                                                # 6
 dict(type='MOVEMENT', trig='L3:جابت', time=F, actors=[KH], loc='L3:المنطقة الخضراء', weapons=['L3:السيارات رباعية الدفع'],
      qty=['L3:عشرات السيارات رباعية الدفع']),                                                                                   # 7
 dict(type='OPERATION', trig='L3:طوّقت', time=F, actors=[KH], targets=['IQ_GOV'], loc='L3:المنطقة الخضراء'),                       # 8
 dict(type='AGREEMENT', trig='L4:تسوية', actors=[PMF, KH, 'IQ_GOV'], attr=POL),                                                  # 9
 dict(type='STATEMENT', trig='L5:قالت', actors=[KH], attr='الكتائب'),                                                            # 10
 dict(type='ATTACK', trig='L5:هجوم', mod='denied', actors=[KH], attr='الكتائب'),                                                  # 11
 dict(type='ATTACK', trig='L5:لمواجهة', mod='planned', actors=[KH], targets=['US'], weapons=['L5:الصواريخ'], attr='الكتائب'),         # 12
 dict(type='ATTACK', trig='L6:هجمات', time='L6:خلال الأشهر الماضية', actors=[KH], targets=['US'], loc='L6:السفارة الأميركية', attr='واشنطن'),  # 13
 dict(type='ATTACK', trig='L6:سقوط', time='L6:فجر الأحد', targets=['US'], loc='L6:السفارة#1', weapons=['L6:صاروخ#1']),                # 14
 dict(type='AGREEMENT', trig='L7:الحوار', actors=['IQ_GOV', 'US']),                                                              # 15
 dict(type='WITHDRAWAL', trig='L7:خفض', mod='planned', time='L7:خلال الأشهر المقبلة', actors=['US'], loc='L7:العراق', qty=['L7:نحو 5200 جندي']),  # 16
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=[KH], loc='L8:جرف النصر'),                                                         # 17
]
TD = (D, 'day')
V = (None, 'vague')
FP = ('2020-06-26', 'part-of-day')
forces = [
 dict(actor=KH, loc=('منطقة البوعيثة', 'al-buaitha'), as_of=('2020-06-25', 'part-of-day'), status='present', line=1, events=[1]),
 dict(actor=KH, strength=([24, 99], True, 'vehicles'), loc=('المنطقة الخضراء', 'green-zone'), as_of=FP, status='arrived', line=3, events=[7]),
 dict(actor='IQ_GOV', loc=('المنطقة الخضراء', 'green-zone'), as_of=FP, status='present', line=3, events=[8]),
 dict(actor='US', loc=('السفارة الأميركية', 'us-embassy-baghdad'), as_of=V, status='attacked', source='واشنطن', line=6, events=[13]),
 dict(actor='US', loc=('معسكر التاجي', 'camp-taji'), as_of=V, status='attacked', source='واشنطن', line=6, events=[13]),
 dict(actor='US', loc=('السفارة', 'us-embassy-baghdad'), as_of=('2020-06-28', 'part-of-day'), status='attacked', line=6, events=[14]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق', 'iraq'), as_of=TD, status='present', line=7, events=[16]),
 dict(actor=KH, loc=('جرف النصر', 'jurf-al-nasr'), as_of=TD, status='present', line=8, events=[17]),
 dict(actor=KH, loc=('القائم', 'al-qaim'), as_of=TD, status='present', line=8, events=[17]),
]
build('daraj-buaitha-raid', None, 'درج', D, L, ents, times, events, forces)
