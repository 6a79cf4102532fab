from build import build
L = [
'العمليات المشتركة تطلق عملية لتفتيش سلسلة جبال حمرين وملاحقة بقايا داعش بين ديالى وكركوك',
'بغداد - واع',
'أعلنت قيادة العمليات المشتركة، اليوم الأحد، انطلاق عملية عسكرية واسعة لملاحقة بقايا عصابات داعش الإرهابية في سلسلة جبال حمرين والمناطق الممتدة بين محافظتي ديالى وكركوك، بمشاركة قطعات من الجيش العراقي والشرطة الاتحادية والحشد الشعبي.',
'وقال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول في بيان تلقته وكالة الأنباء العراقية (واع)، إن "العملية تنفذ على أربعة محاور في حمرين، بمشاركة أكثر من 5 آلاف مقاتل، وبإسناد من طيران الجيش والقوة الجوية وطيران التحالف الدولي".',
'وأضاف رسول أن "طيران الجيش نفذ صباح اليوم ثلاث ضربات جوية استهدفت أوكاراً لعناصر داعش في وادي الشاي جنوب كركوك، ما أسفر عن تدمير كهفين ومقتل ما لا يقل عن 6 إرهابيين".',
'من جانبها، ذكرت خلية الإعلام الأمني أن قوة من الفرقة الخامسة في الجيش اعتقلت، فجر اليوم، أربعة مطلوبين وفق المادة 4 إرهاب في قرية المخيسة التابعة لناحية أبي صيدا شمال شرقي بعقوبة، وضبطت بحوزتهم أسلحة خفيفة وعبوات ناسفة.',
'وأشارت الخلية إلى أن القطعات الأمنية تمكنت خلال الأسبوع الماضي من تفتيش أكثر من 40 قرية وتدمير 17 مضافة ونفقاً تابعة لداعش في منطقتي حوض الوقف ومطيبيجة على الحدود بين محافظتي صلاح الدين وديالى.',
'وفي كركوك، أفاد مصدر أمني لـ"واع" بأن قوة من جهاز مكافحة الإرهاب نفذت إنزالاً جوياً ليلة أمس في منطقة وادي زغيتون جنوب غربي المحافظة، أسفر عن مقتل قيادي بارز في التنظيم يدعى "أبو خطاب الجبوري" وثلاثة من مرافقيه.',
'ومن المقرر أن تستمر العملية عدة أيام، على أن تتولى قطعات الحشد الشعبي مسك الأرض في المناطق المحررة، بحسب المصدر، الذي نفى تعرض أي من القطعات المشاركة لهجمات أو خسائر منذ انطلاق العملية.',
'وتعد سلسلة جبال حمرين، التي تمتد لأكثر من 200 كيلومتر عبر محافظات ديالى وصلاح الدين وكركوك، من أبرز الملاذات التي تتحصن فيها خلايا داعش منذ إعلان النصر على التنظيم في كانون الأول 2017.',
'وكانت القوات الأمنية قد فقدت 8 من عناصرها، بينهم ضابط برتبة ملازم أول، في هجوم شنه مسلحو التنظيم على نقطة للجيش في ناحية العظيم شمالي ديالى منتصف كانون الثاني الماضي.',
]
D = '2023-02-19'
Y = '2023-02-18'
PMF = 'OTHER:pmf'
ents = [
 ('L0:العمليات المشتركة','ACTOR','IQ_GOV'), ('L0:سلسلة جبال حمرين','LOCATION','hamrin-mountains'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:ديالى','LOCATION','diyala'), ('L0:كركوك','LOCATION','kirkuk'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:واع','ORG','ina'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:داعش','ACTOR','ISIS'), ('L2:سلسلة جبال حمرين','LOCATION','hamrin-mountains'),
 ('L2:ديالى','LOCATION','diyala'), ('L2:كركوك','LOCATION','kirkuk'), ('L2:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L2:الحشد الشعبي','ACTOR',PMF),
 ('L3:يحيى رسول','PERSON','yahya-rasool'), ('L3:وكالة الأنباء العراقية','ORG','ina'), ('L3:واع','ORG','ina'),
 ('L3:أربعة محاور','QUANTITY',None,(4,False,'other')), ('L3:حمرين','LOCATION','hamrin-mountains'),
 ('L3:أكثر من 5 آلاف مقاتل','QUANTITY',None,(5000,True,'troops')), ('L3:طيران الجيش','ACTOR','IQ_GOV'), ('L3:القوة الجوية','ACTOR','IQ_GOV'),
 ('L3:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L4:رسول','PERSON','yahya-rasool'), ('L4:طيران الجيش','ACTOR','IQ_GOV'), ('L4:ثلاث ضربات جوية','QUANTITY',None,(3,False,'other')),
 ('L4:داعش','ACTOR','ISIS'), ('L4:وادي الشاي','LOCATION','wadi-al-shay'), ('L4:كركوك','LOCATION','kirkuk'),
 ('L4:كهفين','QUANTITY',None,(2,False,'other')), ('L4:ما لا يقل عن 6 إرهابيين','QUANTITY',None,(6,True,'killed')),
 ('L5:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L5:الفرقة الخامسة','ACTOR','IQ_GOV'), ('L5:الجيش','ACTOR','IQ_GOV'),
 ('L5:أربعة مطلوبين','QUANTITY',None,(4,False,'arrested')), ('L5:قرية المخيسة','LOCATION','al-mukhaysa'),
 ('L5:ناحية أبي صيدا','LOCATION','abu-saida'), ('L5:بعقوبة','LOCATION','baqubah'), ('L5:أسلحة خفيفة','WEAPON','light-weapons'),
 ('L5:عبوات ناسفة','WEAPON','ied'),
 ('L6:الخلية','ACTOR','IQ_GOV'), ('L6:القطعات الأمنية','ACTOR','IQ_GOV'), ('L6:أكثر من 40 قرية','QUANTITY',None,(40,True,'other')),
 ('L6:17 مضافة','QUANTITY',None,(17,False,'other')), ('L6:داعش','ACTOR','ISIS'), ('L6:حوض الوقف','LOCATION','hawd-al-waqf'),
 ('L6:مطيبيجة','LOCATION','mutaibija'), ('L6:صلاح الدين','LOCATION','salahuddin'), ('L6:ديالى','LOCATION','diyala'),
 ('L7:كركوك','LOCATION','kirkuk'), ('L7:واع','ORG','ina'), ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L7:منطقة وادي زغيتون','LOCATION','wadi-zghaytun'), ('L7:المحافظة','LOCATION','kirkuk'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:أبو خطاب الجبوري','PERSON','abu-khattab-al-jubouri'), ('L7:ثلاثة','QUANTITY',None,(3,False,'killed')),
 ('L8:الحشد الشعبي','ACTOR',PMF), ('L8:المناطق المحررة','LOCATION','hamrin-liberated-areas'), ('L8:القطعات المشاركة','ACTOR','IQ_GOV'),
 ('L9:سلسلة جبال حمرين','LOCATION','hamrin-mountains'), ('L9:أكثر من 200 كيلومتر','QUANTITY',None,(200,True,'km')),
 ('L9:ديالى','LOCATION','diyala'), ('L9:صلاح الدين','LOCATION','salahuddin'), ('L9:كركوك','LOCATION','kirkuk'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:التنظيم','ACTOR','ISIS'),
 ('L10:القوات الأمنية','ACTOR','IQ_GOV'), ('L10:8','QUANTITY',None,(8,False,'killed')), ('L10:التنظيم','ACTOR','ISIS'),
 ('L10:لجيش','ACTOR','IQ_GOV'), ('L10:ناحية العظيم','LOCATION','al-adhaim'), ('L10:ديالى','LOCATION','diyala'),
]
times = [
 ('L2:اليوم الأحد', D, 'day'),
 ('L4:صباح اليوم', D, 'part-of-day', {'part':'morning'}),
 ('L5:فجر اليوم', D, 'part-of-day', {'part':'morning'}),
 ('L6:خلال الأسبوع الماضي', '2023-02-12/'+D, 'week'),
 ('L7:ليلة أمس', Y, 'part-of-day', {'part':'night'}),
 ('L9:كانون الأول 2017', '2017-12', 'month'),
 ('L10:منتصف كانون الثاني الماضي', '2023-01', 'month'),
]
JOC = 'قيادة العمليات المشتركة'
YR = 'يحيى رسول'
SMC = 'خلية الإعلام الأمني'
SRC = 'مصدر أمني (واع)'
OP = 'L2:اليوم الأحد'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=OP, actors=['IQ_GOV'], attr=JOC),
 dict(type='OPERATION', trig='L2:عملية عسكرية', time=OP, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L2:سلسلة جبال حمرين', attr=JOC),
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=YR),
 dict(type='OPERATION', trig='L3:العملية', time=OP, actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], loc='L3:حمرين', attr=YR,
      qty=['L3:أربعة محاور','L3:أكثر من 5 آلاف مقاتل']),
 dict(type='ATTACK', trig='L4:ضربات جوية', time='L4:صباح اليوم', actors=['IQ_GOV'], targets=['ISIS'], loc='L4:وادي الشاي', attr=YR,
      qty=['L4:ثلاث ضربات جوية','L4:كهفين','L4:ما لا يقل عن 6 إرهابيين']),
 dict(type='STATEMENT', trig='L5:ذكرت', actors=['IQ_GOV'], attr=SMC),
 dict(type='ARREST', trig='L5:اعتقلت', time='L5:فجر اليوم', actors=['IQ_GOV'], loc='L5:قرية المخيسة', attr=SMC, qty=['L5:أربعة مطلوبين']),
 dict(type='OPERATION', trig='L6:تفتيش', time='L6:خلال الأسبوع الماضي', actors=['IQ_GOV'], loc='L6:حوض الوقف', attr=SMC, qty=['L6:أكثر من 40 قرية']),
 dict(type='ATTACK', trig='L6:تدمير', time='L6:خلال الأسبوع الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L6:حوض الوقف', attr=SMC, qty=['L6:17 مضافة']),
 dict(type='OPERATION', trig='L7:إنزالاً جوياً', time='L7:ليلة أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:منطقة وادي زغيتون', attr=SRC, qty=['L7:ثلاثة']),
 dict(type='OPERATION', trig='L8:تستمر', mod='planned', actors=['IQ_GOV'], attr=SRC),
 dict(type='CONTROL', trig='L8:مسك الأرض', mod='planned', actors=[PMF], loc='L8:المناطق المحررة', attr=SRC),
 dict(type='ATTACK', trig='L8:هجمات', mod='denied', actors=['ISIS'], targets=['IQ_GOV'], attr=SRC),
 dict(type='STATEMENT', trig='L9:إعلان', time='L9:كانون الأول 2017', actors=['IQ_GOV']),
 dict(type='ATTACK', trig='L10:هجوم', time='L10:منتصف كانون الثاني الماضي', actors=['ISIS'], targets=['IQ_GOV'], loc='L10:ناحية العظيم', qty=['L10:8']),
]
OD = (D, 'day')
WK = ('2023-02-12/'+D, 'week')
NT = (Y, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('سلسلة جبال حمرين','hamrin-mountains'), as_of=OD, status='present', source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('ديالى','diyala'), as_of=OD, status='present', source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('كركوك','kirkuk'), as_of=OD, status='present', source=JOC, line=2, events=[2]),
 dict(actor=PMF, loc=('سلسلة جبال حمرين','hamrin-mountains'), as_of=OD, status='present', source=JOC, line=2, events=[2]),
 dict(actor=PMF, loc=('ديالى','diyala'), as_of=OD, status='present', source=JOC, line=2, events=[2]),
 dict(actor=PMF, loc=('كركوك','kirkuk'), as_of=OD, status='present', source=JOC, line=2, events=[2]),
 dict(actor='IQ_GOV', strength=(5000,True,'troops'), assets='أربعة محاور، طيران الجيش والقوة الجوية', loc=('حمرين','hamrin-mountains'), as_of=OD, status='present', source=YR, line=3, events=[4]),
 dict(actor='ISIS', assets='أوكار', loc=('وادي الشاي','wadi-al-shay'), as_of=(D,'part-of-day'), status='attacked', source=YR, line=4, events=[5]),
 dict(actor='IQ_GOV', loc=('حوض الوقف','hawd-al-waqf'), as_of=WK, status='present', source=SMC, line=6, events=[8]),
 dict(actor='IQ_GOV', loc=('مطيبيجة','mutaibija'), as_of=WK, status='present', source=SMC, line=6, events=[8]),
 dict(actor='ISIS', assets='17 مضافة ونفقاً', loc=('حوض الوقف','hawd-al-waqf'), as_of=WK, status='attacked', source=SMC, line=6, events=[9]),
 dict(actor='ISIS', assets='17 مضافة ونفقاً', loc=('مطيبيجة','mutaibija'), as_of=WK, status='attacked', source=SMC, line=6, events=[9]),
 dict(actor='IQ_GOV', assets='قوة من جهاز مكافحة الإرهاب', loc=('منطقة وادي زغيتون','wadi-zghaytun'), as_of=NT, status='present', source=SRC, line=7, events=[10]),
 dict(actor='ISIS', loc=('منطقة وادي زغيتون','wadi-zghaytun'), as_of=NT, status='present', source=SRC, line=7, events=[10]),
 dict(actor=PMF, loc=('المناطق المحررة','hamrin-liberated-areas'), as_of=OD, status='planned', source=SRC, line=8, events=[12]),
 dict(actor='ISIS', assets='خلايا', loc=('سلسلة جبال حمرين','hamrin-mountains'), as_of=OD, status='present', line=9, events=[]),
 dict(actor='IQ_GOV', assets='نقطة', loc=('ناحية العظيم','al-adhaim'), as_of=('2023-01','month'), status='attacked', line=10, events=[15]),
]
build('ina-hamrin-sweep', None, 'وكالة الأنباء العراقية', D, L, ents, times, events, forces)
