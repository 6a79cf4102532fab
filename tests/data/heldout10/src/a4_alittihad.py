from build import build
L = [
'"داعش" يفجر جامع النوري ومنارة الحدباء في الموصل.. والعبادي: إعلان رسمي بهزيمته',
'بغداد (الاتحاد، وكالات)',
'فجّر تنظيم داعش الإرهابي، مساء أول أمس الأربعاء، جامع النوري الكبير ومنارة الحدباء التاريخية في المدينة القديمة بالموصل، مع اقتراب قوات مكافحة الإرهاب إلى مسافة نحو 50 متراً من الجامع، بحسب قيادة العمليات المشتركة العراقية.',
'وقال رئيس الوزراء العراقي حيدر العبادي، في بيان أمس، إن "تفجير داعش لمنارة الحدباء وجامع النوري إعلان رسمي بهزيمته"، مؤكداً أن القوات العراقية "ستواصل تقدمها حتى تحرير آخر شبر من الموصل خلال أيام".',
'في المقابل، زعمت وكالة "أعماق" التابعة للتنظيم أن طائرات أميركية دمرت الجامع، وهو ما نفاه التحالف الدولي بقيادة واشنطن، مؤكداً أن طائراته "لم تنفذ أي ضربة" في تلك المنطقة.',
'وكان زعيم التنظيم أبو بكر البغدادي قد ظهر علناً للمرة الوحيدة على منبر جامع النوري في يوليو 2014، معلناً قيام "دولة الخلافة"، بعد أسابيع من سيطرة التنظيم على الموصل في العاشر من يونيو من العام نفسه.',
'وقال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول إن القوات العراقية تحاصر نحو 300 من مسلحي "داعش" في مساحة لا تتجاوز كيلومترين مربعين داخل المدينة القديمة، مشيراً إلى أن التنظيم "يحتجز آلاف المدنيين دروعاً بشرية".',
'وأطلقت القوات العراقية فجر الأحد الماضي الهجوم على المدينة القديمة، آخر معاقل التنظيم في الموصل، بعد نحو ثمانية أشهر من انطلاق عملية استعادة المدينة في 17 أكتوبر الماضي بدعم من التحالف.',
'وبالتزامن، تقدمت قوات الشرطة الاتحادية من المحور الجنوبي للمدينة القديمة وسط اشتباكات عنيفة، وأعلنت أمس استعادة سوق باب الطوب وقتل 25 مسلحاً من التنظيم.',
'وقال المتحدث باسم التحالف الدولي الكولونيل ريان ديلون إن طائرات التحالف نفذت أكثر من 100 ضربة على مواقع التنظيم في الموصل خلال الأسبوع الماضي.',
'وتقدر الأمم المتحدة عدد المدنيين العالقين في المدينة القديمة بنحو 100 ألف شخص، فيما تمكن المئات من الفرار خلال الأيام الماضية عبر ممرات فتحتها القوات الأمنية.',
'وفي غرب محافظة نينوى، أعلنت هيئة الحشد الشعبي أن فصائلها استكملت انتشارها على الحدود العراقية-السورية جنوب سنجار، بعد سيطرتها على ناحية القيروان الشهر الماضي، استعداداً لمعركة تلعفر المرتقبة.',
]
D = '2017-06-23'   # Friday; a print daily: أمس is Thursday 2017-06-22, أول أمس Wednesday 2017-06-21
Y = '2017-06-22'
W = '2017-06-21'
PMF = 'OTHER:pmf'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:جامع النوري','LOCATION','nuri-mosque'), ('L0:منارة الحدباء','LOCATION','hadba-minaret'),
 ('L0:الموصل','LOCATION','mosul'), ('L0:العبادي','PERSON','haider-al-abadi'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الاتحاد','ORG','alittihad'),
 ('L2:تنظيم داعش','ACTOR','ISIS'), ('L2:جامع النوري الكبير','LOCATION','nuri-mosque'), ('L2:منارة الحدباء','LOCATION','hadba-minaret'),
 ('L2:المدينة القديمة','LOCATION','mosul-old-city'), ('L2:الموصل','LOCATION','mosul'), ('L2:قوات مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L2:نحو 50 متراً','QUANTITY',None,(50,True,'other')), ('L2:الجامع','LOCATION','nuri-mosque'),
 ('L2:قيادة العمليات المشتركة العراقية','ACTOR','IQ_GOV'),
 ('L3:حيدر العبادي','PERSON','haider-al-abadi'), ('L3:داعش','ACTOR','ISIS'), ('L3:منارة الحدباء','LOCATION','hadba-minaret'),
 ('L3:جامع النوري','LOCATION','nuri-mosque'), ('L3:القوات العراقية','ACTOR','IQ_GOV'), ('L3:الموصل','LOCATION','mosul'),
 ('L4:أعماق','ORG','amaq'), ('L4:لتنظيم','ACTOR','ISIS'), ('L4:طائرات#0','WEAPON','warplanes'), ('L4:الجامع','LOCATION','nuri-mosque'),
 ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:واشنطن','ACTOR','US'), ('L4:طائراته','WEAPON','warplanes'),
 ('L5:التنظيم#0','ACTOR','ISIS'), ('L5:أبو بكر البغدادي','PERSON','abu-bakr-al-baghdadi'), ('L5:جامع النوري','LOCATION','nuri-mosque'),
 ('L5:دولة الخلافة','ACTOR','ISIS'), ('L5:التنظيم#1','ACTOR','ISIS'), ('L5:الموصل','LOCATION','mosul'),
 ('L6:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L6:يحيى رسول','PERSON','yahya-rasool'), ('L6:القوات العراقية','ACTOR','IQ_GOV'),
 ('L6:نحو 300','QUANTITY',None,(300,True,'fighters')), ('L6:داعش','ACTOR','ISIS'),
 ('L6:لا تتجاوز كيلومترين مربعين','QUANTITY',None,(2,True,'other')), ('L6:المدينة القديمة','LOCATION','mosul-old-city'),
 ('L6:التنظيم','ACTOR','ISIS'), ('L6:آلاف المدنيين','QUANTITY',None,([1000,9999],True,'people')),
 ('L7:القوات العراقية','ACTOR','IQ_GOV'), ('L7:المدينة القديمة','LOCATION','mosul-old-city'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:الموصل','LOCATION','mosul'), ('L7:نحو ثمانية أشهر','QUANTITY',None,(8,True,'other')), ('L7:المدينة#1','LOCATION','mosul'),
 ('L7:التحالف','ACTOR','COALITION'),
 ('L8:قوات الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L8:المحور الجنوبي للمدينة القديمة','LOCATION','mosul-old-city-south'),
 ('L8:سوق باب الطوب','LOCATION','bab-al-tob-market'), ('L8:25 مسلحاً','QUANTITY',None,(25,False,'killed')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L9:التحالف الدولي','ACTOR','COALITION'), ('L9:ريان ديلون','PERSON','ryan-dillon'), ('L9:طائرات','WEAPON','warplanes'),
 ('L9:التحالف#1','ACTOR','COALITION'), ('L9:أكثر من 100 ضربة','QUANTITY',None,(100,True,'other')), ('L9:التنظيم','ACTOR','ISIS'),
 ('L9:الموصل','LOCATION','mosul'),
 ('L10:الأمم المتحدة','ORG','un'), ('L10:المدينة القديمة','LOCATION','mosul-old-city'),
 ('L10:نحو 100 ألف شخص','QUANTITY',None,(100000,True,'people')), ('L10:المئات','QUANTITY',None,([100,999],True,'people')),
 ('L10:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L11:محافظة نينوى','LOCATION','nineveh'), ('L11:هيئة الحشد الشعبي','ACTOR',PMF), ('L11:الحدود العراقية-السورية','LOCATION','iraq-syria-border'),
 ('L11:سنجار','LOCATION','sinjar'), ('L11:ناحية القيروان','LOCATION','qayrawan'), ('L11:تلعفر','LOCATION','tal-afar'),
]
times = [
 ('L2:مساء أول أمس الأربعاء', W, 'part-of-day', {'part':'evening'}),
 ('L3:أمس', Y, 'day'),
 ('L3:خلال أيام', Y+'/', 'vague', {'relation':'after'}),
 ('L5:يوليو 2014', '2014-07', 'month'),
 ('L5:العاشر من يونيو من العام نفسه', '2014-06-10', 'day'),
 ('L7:فجر الأحد الماضي', '2017-06-18', 'part-of-day', {'part':'morning'}),
 ('L7:17 أكتوبر الماضي', '2016-10-17', 'day'),
 ('L8:أمس', Y, 'day'),
 ('L9:خلال الأسبوع الماضي', '2017-06-16/'+D, 'week'),
 ('L10:خلال الأيام الماضية', None, 'vague', {'relation':'before'}),
 ('L11:الشهر الماضي', '2017-05', 'month'),
]
JOC = 'قيادة العمليات المشتركة العراقية'
ABD = 'حيدر العبادي'
AMAQ = 'تنظيم داعش (أعماق)'
RAS = 'يحيى رسول'
FP = 'الشرطة الاتحادية'
DIL = 'ريان ديلون'
BLAST = 'L2:مساء أول أمس الأربعاء'
SUN = 'L7:فجر الأحد الماضي'
events = [
 dict(type='ATTACK', trig='L2:فجّر', time=BLAST, actors=['ISIS'], targets=[], loc='L2:جامع النوري الكبير', attr=JOC),              # 1
 dict(type='MOVEMENT', trig='L2:اقتراب', time=BLAST, actors=['IQ_GOV'], loc='L2:الجامع', attr=JOC,
      qty=['L2:نحو 50 متراً']),                                                                                                   # 2
 dict(type='STATEMENT', trig='L3:قال', time='L3:أمس', actors=['IQ_GOV'], attr=ABD),                                                # 3
 dict(type='ATTACK', trig='L3:تفجير', time=BLAST, actors=['ISIS'], targets=[], loc='L3:منارة الحدباء', attr=ABD),                  # 4
 dict(type='MOVEMENT', trig='L3:تقدمها', mod='planned', time='L3:خلال أيام', actors=['IQ_GOV'], loc='L3:الموصل', attr=ABD),      # 5
 dict(type='STATEMENT', trig='L4:زعمت', actors=['ISIS'], attr=AMAQ),                                                               # 6
 dict(type='ATTACK', trig='L4:دمرت', time=BLAST, actors=['US'], targets=[], loc='L4:الجامع', attr=AMAQ, weapons=['L4:طائرات#0']),   # 7
 dict(type='ATTACK', trig='L4:ضربة', mod='denied', time=BLAST, actors=['COALITION'], targets=[], attr='التحالف الدولي',
      weapons=['L4:طائراته']),                                                                                                     # 8
 dict(type='STATEMENT', trig='L5:معلناً', time='L5:يوليو 2014', actors=['ISIS'], attr='أبو بكر البغدادي'),                         # 9
 dict(type='CONTROL', trig='L5:سيطرة', time='L5:العاشر من يونيو من العام نفسه', actors=['ISIS'], loc='L5:الموصل'),               # 10
 dict(type='STATEMENT', trig='L6:قال', actors=['IQ_GOV'], attr=RAS),                                                               # 11
 dict(type='OPERATION', trig='L6:تحاصر', actors=['IQ_GOV'], targets=['ISIS'], loc='L6:المدينة القديمة', attr=RAS, qty=['L6:نحو 300']),  # 12
 dict(type='OPERATION', trig='L7:الهجوم', time=SUN, actors=['IQ_GOV'], targets=['ISIS'], loc='L7:المدينة القديمة'),               # 13
 dict(type='OPERATION', trig='L7:عملية', time='L7:17 أكتوبر الماضي', actors=['IQ_GOV','COALITION'], targets=['ISIS'],
      loc='L7:المدينة#1'),                                                                                                        # 14
 dict(type='MOVEMENT', trig='L8:تقدمت', actors=['IQ_GOV'], loc='L8:المحور الجنوبي للمدينة القديمة'),                              # 15
 dict(type='ATTACK', trig='L8:اشتباكات', actors=['IQ_GOV','ISIS'], loc='L8:المحور الجنوبي للمدينة القديمة'),                      # 16
 dict(type='STATEMENT', trig='L8:أعلنت', time='L8:أمس', actors=['IQ_GOV'], attr=FP),                                               # 17
 dict(type='CONTROL', trig='L8:استعادة', time='L8:أمس', actors=['IQ_GOV'], loc='L8:سوق باب الطوب', attr=FP),                       # 18
 dict(type='ATTACK', trig='L8:قتل', time='L8:أمس', actors=['IQ_GOV'], targets=['ISIS'], attr=FP, qty=['L8:25 مسلحاً']),            # 19
 dict(type='STATEMENT', trig='L9:قال', actors=['COALITION'], attr=DIL),                                                            # 20
 dict(type='ATTACK', trig='L9:ضربة', time='L9:خلال الأسبوع الماضي', actors=['COALITION'], targets=['ISIS'], loc='L9:الموصل',
      attr=DIL, weapons=['L9:طائرات'], qty=['L9:أكثر من 100 ضربة']),                                                             # 21
 dict(type='STATEMENT', trig='L11:أعلنت', actors=[PMF], attr='هيئة الحشد الشعبي'),                                                 # 22
 dict(type='MOVEMENT', trig='L11:انتشارها', actors=[PMF], loc='L11:الحدود العراقية-السورية', attr='هيئة الحشد الشعبي'),            # 23
 dict(type='CONTROL', trig='L11:سيطرتها', time='L11:الشهر الماضي', actors=[PMF], loc='L11:ناحية القيروان', attr='هيئة الحشد الشعبي'),  # 24
 dict(type='OPERATION', trig='L11:معركة', mod='planned', actors=[PMF], loc='L11:تلعفر', attr='هيئة الحشد الشعبي'),                 # 25
]
OD = (D, 'day')
YD = (Y, 'day')
EV = (W, 'part-of-day')
SD = ('2017-06-18', 'part-of-day')
forces = [
 dict(actor='IQ_GOV', assets='قوات مكافحة الإرهاب', loc=('المدينة القديمة','mosul-old-city'), as_of=EV, status='present', source=JOC,
      line=2, events=[2]),
 dict(actor='ISIS', loc=('الموصل','mosul'), as_of=('2014-06-10','day'), status='controls', line=5, events=[10]),
 dict(actor='IQ_GOV', loc=('المدينة القديمة','mosul-old-city'), as_of=OD, status='present', source=RAS, line=6, events=[12]),
 dict(actor='ISIS', strength=(300, True, 'fighters'), loc=('المدينة القديمة','mosul-old-city'), as_of=OD, status='present',
      source=RAS, line=6, events=[12]),
 dict(actor='IQ_GOV', loc=('المدينة القديمة','mosul-old-city'), as_of=SD, status='present', line=7, events=[13]),
 dict(actor='ISIS', loc=('المدينة القديمة','mosul-old-city'), as_of=SD, status='controls', line=7),
 dict(actor='IQ_GOV', loc=('المدينة','mosul'), as_of=('2016-10-17','day'), status='present', line=7, events=[14]),
 dict(actor='IQ_GOV', assets='قوات الشرطة الاتحادية', loc=('المحور الجنوبي للمدينة القديمة','mosul-old-city-south'), as_of=YD,
      status='present', source=FP, line=8, events=[15, 16]),
 dict(actor='ISIS', loc=('المحور الجنوبي للمدينة القديمة','mosul-old-city-south'), as_of=YD, status='present', source=FP, line=8,
      events=[16]),
 dict(actor='IQ_GOV', loc=('سوق باب الطوب','bab-al-tob-market'), as_of=YD, status='controls', source=FP, line=8, events=[18]),
 dict(actor='ISIS', assets='مواقع', loc=('الموصل','mosul'), as_of=('2017-06-16/'+D, 'week'), status='attacked', source=DIL,
      line=9, events=[21]),
 dict(actor=PMF, loc=('الحدود العراقية-السورية','iraq-syria-border'), as_of=OD, status='present', source='هيئة الحشد الشعبي',
      line=11, events=[23]),
 dict(actor=PMF, loc=('ناحية القيروان','qayrawan'), as_of=('2017-05','month'), status='controls', source='هيئة الحشد الشعبي',
      line=11, events=[24]),
]
build('alittihad-mosul-nuri-mosque', None, 'الاتحاد', D, L, ents, times, events, forces)
