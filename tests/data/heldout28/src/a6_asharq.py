from build import build
L = [
'«جيش الفتح» يسيطر على مطار أبو الظهور العسكري... آخر معاقل النظام في إدلب',
'بيروت: «الشرق الأوسط»',
'سيطرت فصائل «جيش الفتح»، أمس، على مطار أبو الظهور العسكري في ريف إدلب الشرقي، بعد حصار دام أكثر من عامين، لتصبح محافظة إدلب بالكامل تقريباً خارج قبضة النظام السوري، باستثناء بلدتي الفوعة وكفريا.',
'وأفاد «المرصد السوري لحقوق الإنسان» بأن مقاتلين من «جبهة النصرة» و«الحزب الإسلامي التركستاني» اقتحموا المطار فجر أمس من ثلاثة محاور، بعد تفجير عربة مفخخة عند بوابته الشمالية، وأن اشتباكات عنيفة دارت مع قوات النظام داخل المهاجع والمباني قبل انهيار دفاعاتها.',
'وقال المرصد إن 56 عنصراً على الأقل من قوات النظام قُتلوا في المعارك، وأسرت الفصائل أكثر من 40 آخرين، بينما تمكن عدد من الضباط من الفرار باتجاه مناطق سيطرة النظام في ريف حماة الشرقي.',
'وأوضح قيادي في «أحرار الشام» لـ«الشرق الأوسط» أن الفصائل «غنمت طائرتين حربيتين معطّلتين وعدداً من الدبابات والمدافع»، مشيراً إلى أن حامية المطار كانت تضم نحو 300 عنصر قبل بدء الهجوم الأخير الأسبوع الماضي.',
'في المقابل، نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري أن «حامية المطار أخلت مواقعها بعد معارك بطولية استمرت أشهراً، وانتقلت إلى مواقع أخرى»، من دون أن تشير إلى أعداد القتلى أو الأسرى.',
'وتزامن الهجوم مع غارات نفذها الطيران الحربي التابع للنظام على محيط المطار وبلدتي أبو الظهور وتل سلطان، أسفرت عن مقتل 11 مدنياً، وفق ناشطين.',
'وفي سياق متصل، نقلت صحيفة «نيويورك تايمز» عن مسؤولين أميركيين أن روسيا أرسلت خلال الأيام الماضية طائرتي نقل عسكريتين وفريقاً عسكرياً متقدماً إلى مطار باسل الأسد قرب اللاذقية، إضافة إلى وحدات سكنية جاهزة تتسع لنحو ألف شخص، في خطوة قد تمهد لإقامة قاعدة جوية روسية.',
'وقال وزير الخارجية الأميركي جون كيري إنه أبلغ نظيره الروسي سيرغي لافروف، في اتصال هاتفي السبت الماضي، قلق واشنطن من تقارير «الحشد العسكري الروسي» في سوريا، فيما أكدت موسكو أن خبراءها العسكريين موجودون في سوريا منذ سنوات لتدريب الجيش السوري.',
'وكان «جيش الفتح»، الذي يضم «جبهة النصرة» و«أحرار الشام» وفصائل أخرى، قد سيطر على مدينة إدلب في 28 مارس (آذار) الماضي، ثم على جسر الشغور وأريحا، فيما يحاصر منذ أشهر بلدتي الفوعة وكفريا اللتين تدافع عنهما ميليشيات موالية للنظام.',
]
D = '2015-09-10'   # Thursday; London daily, print edition (أمس = Wednesday 9 September)
Y = '2015-09-09'
JF = 'OTHER:jaish-al-fateh'
AH = 'OTHER:ahrar-al-sham'
TIP = 'OTHER:turkistan-islamic-party'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:جيش الفتح','ACTOR',JF), ('L0:مطار أبو الظهور العسكري','LOCATION','abu-al-duhur-airbase'), ('L0:النظام','ACTOR','SY_GOV'),
 ('L0:إدلب','LOCATION','idlib-governorate'),
 ('L1:بيروت','LOCATION','beirut'), ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:فصائل «جيش الفتح»','ACTOR',JF), ('L2:مطار أبو الظهور العسكري','LOCATION','abu-al-duhur-airbase'), ('L2:ريف إدلب الشرقي','LOCATION','idlib-east-countryside'),
 ('L2:أكثر من عامين','QUANTITY',None,(2,True,'other')), ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:النظام السوري','ACTOR','SY_GOV'),
 ('L2:بلدتي الفوعة','LOCATION','al-fuaa'), ('L2:كفريا','LOCATION','kafraya'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:جبهة النصرة','ACTOR','NUSRA'), ('L3:الحزب الإسلامي التركستاني','ACTOR',TIP),
 ('L3:المطار','LOCATION','abu-al-duhur-airbase'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:عربة مفخخة','WEAPON','vbieds'),
 ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L4:المرصد','ORG','sohr'), ('L4:56 عنصراً على الأقل','QUANTITY',None,(56,True,'killed')), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L4:الفصائل','ACTOR',JF), ('L4:أكثر من 40','QUANTITY',None,(40,True,'arrested')), ('L4:النظام#1','ACTOR','SY_GOV'),
 ('L4:ريف حماة الشرقي','LOCATION','hama-east-countryside'),
 ('L5:أحرار الشام','ACTOR',AH), ('L5:الشرق الأوسط','ORG','asharq-al-awsat'), ('L5:الفصائل','ACTOR',JF),
 ('L5:طائرتين حربيتين','QUANTITY',None,(2,False,'aircraft')), ('L5:طائرتين حربيتين#0','WEAPON','warplanes'), ('L5:الدبابات','WEAPON','tanks'),
 ('L5:المدافع','WEAPON','artillery'), ('L5:حامية المطار','ACTOR','SY_GOV'), ('L5:المطار','LOCATION','abu-al-duhur-airbase'),
 ('L5:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')),
 ('L6:وكالة الأنباء الرسمية','ORG','sana'), ('L6:سانا','ORG','sana'), ('L6:حامية المطار','ACTOR','SY_GOV'), ('L6:المطار','LOCATION','abu-al-duhur-airbase'),
 ('L7:الطيران الحربي','WEAPON','warplanes'), ('L7:لنظام','ACTOR','SY_GOV'), ('L7:المطار','LOCATION','abu-al-duhur-airbase'),
 ('L7:بلدتي أبو الظهور','LOCATION','abu-al-duhur'), ('L7:تل سلطان','LOCATION','tal-sultan'), ('L7:11 مدنياً','QUANTITY',None,(11,False,'killed')),
 ('L8:نيويورك تايمز','ORG','nyt'), ('L8:روسيا','ACTOR','RU'), ('L8:طائرتي نقل عسكريتين','QUANTITY',None,(2,False,'aircraft')),
 ('L8:طائرتي نقل عسكريتين#0','WEAPON','transport-aircraft'), ('L8:مطار باسل الأسد','LOCATION','bassel-al-assad-airport'),
 ('L8:اللاذقية','LOCATION','latakia'), ('L8:نحو ألف شخص','QUANTITY',None,(1000,True,'people')),
 ('L9:جون كيري','PERSON','john-kerry'), ('L9:سيرغي لافروف','PERSON','sergey-lavrov'), ('L9:واشنطن','ACTOR','US'),
 ('L9:سوريا#0','LOCATION','syria'), ('L9:موسكو','ACTOR','RU'), ('L9:سوريا#1','LOCATION','syria'), ('L9:الجيش السوري','ACTOR','SY_GOV'),
 ('L10:جيش الفتح','ACTOR',JF), ('L10:جبهة النصرة','ACTOR','NUSRA'), ('L10:أحرار الشام','ACTOR',AH), ('L10:مدينة إدلب','LOCATION','idlib'),
 ('L10:جسر الشغور','LOCATION','jisr-al-shughur'), ('L10:أريحا','LOCATION','ariha'), ('L10:بلدتي الفوعة','LOCATION','al-fuaa'),
 ('L10:كفريا','LOCATION','kafraya'), ('L10:ميليشيات موالية للنظام','ACTOR',PGM),
]
LW = '2015-08-31/2015-09-06'
times = [
 ('L2:أمس', Y, 'day'),
 ('L3:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L5:الأسبوع الماضي', LW, 'week'),
 ('L8:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L9:السبت الماضي', '2015-09-05', 'day'),
 ('L9:منذ سنوات', None, 'vague', {'relation': 'before'}),
 ('L10:28 مارس (آذار) الماضي', '2015-03-28', 'day'),
 ('L10:منذ أشهر', None, 'vague', {'relation': 'before'}),
]
Y_ = 'L2:أمس'
F = 'L3:فجر أمس'
SOHR = 'المرصد السوري لحقوق الإنسان'
AHS = 'قيادي في أحرار الشام (الشرق الأوسط)'
SANA = 'مصدر عسكري (سانا)'
NYT = 'مسؤولون أميركيون (نيويورك تايمز)'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=Y_, actors=[JF], targets=['SY_GOV'], loc='L2:مطار أبو الظهور العسكري'),                   # 1
 dict(type='OPERATION', trig='L2:حصار', actors=[JF], targets=['SY_GOV'], loc='L2:مطار أبو الظهور العسكري', qty=['L2:أكثر من عامين']),   # 2
 dict(type='ATTACK', trig='L3:اقتحموا', time=F, actors=['NUSRA', TIP], targets=['SY_GOV'], loc='L3:المطار', qty=['L3:ثلاثة محاور'], attr=SOHR),  # 3
 dict(type='ATTACK', trig='L3:تفجير', time=F, actors=['NUSRA', TIP], targets=['SY_GOV'], weapons=['L3:عربة مفخخة'], attr=SOHR),        # 4
 dict(type='ATTACK', trig='L3:اشتباكات', time=F, actors=['NUSRA', TIP, 'SY_GOV'], loc='L3:المطار', attr=SOHR),                        # 5
 dict(type='ATTACK', trig='L4:قُتلوا', time=Y_, targets=['SY_GOV'], qty=['L4:56 عنصراً على الأقل'], attr=SOHR),                        # 6
 dict(type='ARREST', trig='L4:أسرت', time=Y_, actors=[JF], targets=['SY_GOV'], qty=['L4:أكثر من 40'], attr=SOHR),                     # 7
 dict(type='WITHDRAWAL', trig='L4:الفرار', time=Y_, actors=['SY_GOV'], attr=SOHR),                                                     # 8
 dict(type='CONTROL', trig='L4:سيطرة', actors=['SY_GOV'], loc='L4:ريف حماة الشرقي', attr=SOHR),                                        # 9
 dict(type='ATTACK', trig='L5:الهجوم', time='L5:الأسبوع الماضي', actors=[JF], targets=['SY_GOV'], loc='L5:المطار', attr=AHS),          # 10
 dict(type='WITHDRAWAL', trig='L6:أخلت', time=Y_, actors=['SY_GOV'], loc='L6:المطار', attr=SANA),                                      # 11
 dict(type='ATTACK', trig='L6:معارك', actors=['SY_GOV', JF], loc='L6:المطار', attr=SANA),                                               # 12
 dict(type='MOVEMENT', trig='L6:انتقلت', time=Y_, actors=['SY_GOV'], attr=SANA),                                                       # 13
 dict(type='ATTACK', trig='L7:الهجوم', time=F, actors=['NUSRA', TIP, JF], targets=['SY_GOV']),                                         # 14
 dict(type='ATTACK', trig='L7:غارات', time=Y_, actors=['SY_GOV'], loc='L7:بلدتي أبو الظهور', weapons=['L7:الطيران الحربي'],
      qty=['L7:11 مدنياً'], attr='ناشطون'),                                                                                          # 15
 dict(type='MOVEMENT', trig='L8:أرسلت', time='L8:خلال الأيام الماضية', actors=['RU'], loc='L8:مطار باسل الأسد',
      weapons=['L8:طائرتي نقل عسكريتين#0'], qty=['L8:طائرتي نقل عسكريتين'], attr=NYT),                                             # 16
 dict(type='BASE', trig='L8:إقامة', mod='planned', actors=['RU'], loc='L8:مطار باسل الأسد', attr=NYT),                                 # 17
 dict(type='STATEMENT', trig='L9:قال', actors=['US'], attr='جون كيري'),                                                                 # 18
 dict(type='MOVEMENT', trig='L9:الحشد العسكري', actors=['RU'], loc='L9:سوريا#0', attr='تقارير (جون كيري)'),                            # 19
 dict(type='TRAINING', trig='L9:تدريب', time='L9:منذ سنوات', actors=['RU', 'SY_GOV'], loc='L9:سوريا#1', attr='موسكو'),               # 20
 dict(type='CONTROL', trig='L10:سيطر', time='L10:28 مارس (آذار) الماضي', actors=[JF], targets=['SY_GOV'], loc='L10:مدينة إدلب'),     # 21
 dict(type='OPERATION', trig='L10:يحاصر', time='L10:منذ أشهر', actors=[JF], targets=[PGM], loc='L10:بلدتي الفوعة'),                   # 22
]
YD = (Y, 'day')
FP = (Y, 'part-of-day')
VG = (None, 'vague')
forces = [
 dict(actor=JF, loc=('مطار أبو الظهور العسكري', 'abu-al-duhur-airbase'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='NUSRA', loc=('المطار', 'abu-al-duhur-airbase'), as_of=FP, status='present', source=SOHR, line=3, events=[3, 5]),
 dict(actor=TIP, loc=('المطار', 'abu-al-duhur-airbase'), as_of=FP, status='present', source=SOHR, line=3, events=[3, 5]),
 dict(actor='SY_GOV', loc=('المطار', 'abu-al-duhur-airbase'), as_of=FP, status='present', source=SOHR, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('ريف حماة الشرقي', 'hama-east-countryside'), as_of=YD, status='controls', source=SOHR, line=4, events=[9]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), assets='حامية', loc=('المطار', 'abu-al-duhur-airbase'), as_of=(LW, 'week'),
      status='present', source=AHS, line=5),
 dict(actor='SY_GOV', assets='حامية', loc=('المطار', 'abu-al-duhur-airbase'), as_of=YD, status='withdrawn', source=SANA, line=6, events=[11]),
 dict(actor='RU', assets='طائرتا نقل عسكريتان وفريق عسكري متقدم', loc=('مطار باسل الأسد', 'bassel-al-assad-airport'), as_of=VG,
      status='arrived', source=NYT, line=8, events=[16]),
 dict(actor='RU', assets='قاعدة جوية', loc=('مطار باسل الأسد', 'bassel-al-assad-airport'), as_of=(D, 'day'), status='planned', source=NYT,
      line=8, events=[17]),
 dict(actor='RU', assets='خبراء عسكريون', loc=('سوريا', 'syria'), as_of=VG, status='present', source='موسكو', line=9, events=[20]),
 dict(actor=JF, loc=('مدينة إدلب', 'idlib'), as_of=('2015-03-28', 'day'), status='controls', line=10, events=[21]),
 dict(actor=JF, loc=('جسر الشغور', 'jisr-al-shughur'), as_of=VG, status='controls', line=10, events=[21]),
 dict(actor=JF, loc=('أريحا', 'ariha'), as_of=VG, status='controls', line=10, events=[21]),
 dict(actor=JF, loc=('بلدتي الفوعة', 'al-fuaa'), as_of=VG, status='present', line=10, events=[22]),
 dict(actor=JF, loc=('كفريا', 'kafraya'), as_of=VG, status='present', line=10, events=[22]),
 dict(actor=PGM, loc=('بلدتي الفوعة', 'al-fuaa'), as_of=VG, status='present', line=10),
 dict(actor=PGM, loc=('كفريا', 'kafraya'), as_of=VG, status='present', line=10),
]
build('asharq-abu-al-duhur-airbase', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
