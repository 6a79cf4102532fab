from build import build
L = [
'نجاة الكاظمي من محاولة اغتيال بطائرات مسيّرة استهدفت منزله في المنطقة الخضراء',
'بغداد - الحدث',
'نجا رئيس الوزراء العراقي مصطفى الكاظمي، فجر اليوم الأحد، من محاولة اغتيال بثلاث طائرات مسيّرة مفخخة استهدفت مقر إقامته في المنطقة الخضراء وسط بغداد، بحسب ما أعلنت خلية الإعلام الأمني.',
'وقالت الخلية في بيان إن قوات الدفاع الجوي أسقطت طائرتين، فيما أصابت الثالثة المنزل، ما أدى إلى إصابة ستة من عناصر الحماية الشخصية، من دون أن يصاب الكاظمي بأذى.',
'وقال الكاظمي في كلمة متلفزة بعد ساعات من الهجوم إن "الصواريخ والطائرات المسيّرة الجبانة لا تبني أوطاناً"، داعياً الجميع إلى "التهدئة وضبط النفس".',
'ولم تعلن أي جهة مسؤوليتها حتى الآن، فيما قلّل المسؤول الأمني في "كتائب حزب الله" أبو علي العسكري من الحادثة، معتبراً في تغريدة على "تويتر" أن "لا أحد في العراق لديه الرغبة في خسارة طائرة مسيّرة على منزل رئيس وزراء سابق".',
'ويأتي الاستهداف بعد مواجهات اندلعت يوم الجمعة بين القوات الأمنية وأنصار الفصائل المسلحة الموالية لإيران عند بوابات المنطقة الخضراء، أسفرت عن مقتل محتج وإصابة العشرات، احتجاجاً على نتائج الانتخابات التشريعية التي جرت في العاشر من تشرين الأول الماضي.',
'وأفاد مراسل "الحدث" بأن قوات من جهاز مكافحة الإرهاب والفرقة الخاصة انتشرت منذ صباح اليوم في محيط المنطقة الخضراء وعلى جسري الجمهورية والسنك، فيما أغلقت القوات الأمنية الطرق المؤدية إلى المنطقة.',
'وأمر الكاظمي بتشكيل لجنة تحقيق عليا، فيما أعلنت قيادة العمليات المشتركة أنها ستنشر تعزيزات إضافية في بغداد خلال الساعات المقبلة "لتأمين المؤسسات الحكومية والبعثات الدبلوماسية".',
'وفي طهران، قال المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده إن بلاده تدين "أي عمل يهدد أمن العراق واستقراره"، متهماً "مراكز فكر أجنبية" بالسعي إلى إثارة الفتنة.',
'وفي واشنطن، قال المتحدث باسم الخارجية الأمريكية نيد برايس إن ما جرى "عمل إرهابي"، مؤكداً أن الولايات المتحدة "على تواصل وثيق" مع قوات الأمن العراقية لتقديم المساعدة في التحقيق.',
]
D = '2021-11-07'   # Sunday; Saudi TV channel's website, web copy of its own day
FRI = '2021-11-05'
KH = 'OTHER:kataib-hezbollah'
IBM = 'OTHER:iran-backed-militias'
SMC = 'خلية الإعلام الأمني'
ents = [
 ('L0:الكاظمي','PERSON','mustafa-al-kadhimi'), ('L0:طائرات مسيّرة','WEAPON','drones'), ('L0:منزله','LOCATION','kadhimi-residence'),
 ('L0:المنطقة الخضراء','LOCATION','green-zone'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الحدث','ORG','alhadath'),
 ('L2:مصطفى الكاظمي','PERSON','mustafa-al-kadhimi'), ('L2:ثلاث طائرات مسيّرة مفخخة','QUANTITY',None,(3,False,'aircraft')),
 ('L2:طائرات مسيّرة مفخخة','WEAPON','drones'), ('L2:مقر إقامته','LOCATION','kadhimi-residence'), ('L2:المنطقة الخضراء','LOCATION','green-zone'),
 ('L2:بغداد','LOCATION','baghdad'), ('L2:خلية الإعلام الأمني','ACTOR','IQ_GOV'),
 ('L3:الخلية','ACTOR','IQ_GOV'), ('L3:قوات الدفاع الجوي','ACTOR','IQ_GOV'), ('L3:طائرتين','QUANTITY',None,(2,False,'aircraft')),
 ('L3:طائرتين#0','WEAPON','drones'), ('L3:المنزل','LOCATION','kadhimi-residence'), ('L3:ستة','QUANTITY',None,(6,False,'wounded')),
 ('L3:الكاظمي','PERSON','mustafa-al-kadhimi'),
 ('L4:الكاظمي','PERSON','mustafa-al-kadhimi'), ('L4:الصواريخ','WEAPON','missiles'), ('L4:الطائرات المسيّرة','WEAPON','drones'),
 ('L5:كتائب حزب الله','ACTOR',KH), ('L5:أبو علي العسكري','PERSON','abu-ali-al-askari'), ('L5:تويتر','ORG','twitter'),
 ('L5:العراق','LOCATION','iraq'), ('L5:طائرة مسيّرة','WEAPON','drones'),
 ('L6:القوات الأمنية','ACTOR','IQ_GOV'), ('L6:الفصائل المسلحة الموالية لإيران','ACTOR',IBM), ('L6:المنطقة الخضراء','LOCATION','green-zone'),
 ('L6:العشرات','QUANTITY',None,([24, 99],True,'wounded')),
 ('L7:الحدث','ORG','alhadath'), ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L7:الفرقة الخاصة','ACTOR','IQ_GOV'),
 ('L7:المنطقة الخضراء','LOCATION','green-zone'), ('L7:جسري الجمهورية','LOCATION','jumhuriya-bridge'), ('L7:السنك','LOCATION','sinak-bridge'),
 ('L7:القوات الأمنية','ACTOR','IQ_GOV'), ('L7:المنطقة#1','LOCATION','green-zone'),
 ('L8:الكاظمي','PERSON','mustafa-al-kadhimi'), ('L8:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L8:بغداد','LOCATION','baghdad'),
 ('L9:طهران','LOCATION','tehran'), ('L9:الخارجية الإيرانية','ACTOR','IR'), ('L9:سعيد خطيب زاده','PERSON','saeed-khatibzadeh'),
 ('L9:العراق','LOCATION','iraq'),
 ('L10:واشنطن','LOCATION','washington'), ('L10:الخارجية الأمريكية','ACTOR','US'), ('L10:نيد برايس','PERSON','ned-price'),
 ('L10:الولايات المتحدة','ACTOR','US'), ('L10:قوات الأمن العراقية','ACTOR','IQ_GOV'),
]
times = [
 ('L2:فجر اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L6:يوم الجمعة', FRI, 'day'),
 ('L6:العاشر من تشرين الأول الماضي', '2021-10-10', 'day'),
 ('L7:منذ صباح اليوم', D + '/' + D, 'part-of-day', {'part': 'morning'}),
 ('L8:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
DAWN = 'L2:فجر اليوم الأحد'
events = [
 dict(type='ATTACK', trig='L2:محاولة اغتيال', time=DAWN, targets=['IQ_GOV'], loc='L2:مقر إقامته',
      weapons=['L2:طائرات مسيّرة مفخخة'], qty=['L2:ثلاث طائرات مسيّرة مفخخة'], attr=SMC),                                        # 1
 dict(type='STATEMENT', trig='L2:أعلنت', actors=['IQ_GOV'], attr=SMC),                                                          # 2
 dict(type='STATEMENT', trig='L3:قالت', actors=['IQ_GOV'], attr=SMC),                                                           # 3
 dict(type='ATTACK', trig='L3:أسقطت', time=DAWN, actors=['IQ_GOV'], loc='L3:المنزل', qty=['L3:طائرتين'], attr=SMC),            # 4
 dict(type='ATTACK', trig='L3:أصابت', time=DAWN, targets=['IQ_GOV'], loc='L3:المنزل', qty=['L3:ستة'], attr=SMC),               # 5
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr='مصطفى الكاظمي'),                                                # 6
 dict(type='ATTACK', trig='L4:الهجوم', time=DAWN, targets=['IQ_GOV']),                                                          # 7
 dict(type='ATTACK', trig='L6:الاستهداف', time=DAWN, targets=['IQ_GOV']),                                                       # 8
 dict(type='ATTACK', trig='L6:مواجهات', time='L6:يوم الجمعة', actors=['IQ_GOV', IBM], loc='L6:المنطقة الخضراء', qty=['L6:العشرات']),  # 9
 dict(type='MOVEMENT', trig='L7:انتشرت', time='L7:منذ صباح اليوم', actors=['IQ_GOV'], loc='L7:المنطقة الخضراء', attr='مراسل الحدث'),  # 10
 dict(type='STATEMENT', trig='L8:أعلنت', actors=['IQ_GOV'], attr='قيادة العمليات المشتركة'),                                   # 11
 dict(type='MOVEMENT', trig='L8:ستنشر', mod='planned', time='L8:خلال الساعات المقبلة', actors=['IQ_GOV'], loc='L8:بغداد',
      attr='قيادة العمليات المشتركة'),                                                                                            # 12
 dict(type='STATEMENT', trig='L9:قال', actors=['IR'], attr='سعيد خطيب زاده'),                                                  # 13
 dict(type='STATEMENT', trig='L10:قال', actors=['US'], attr='نيد برايس'),                                                        # 14
]
DW = (D, 'part-of-day')
forces = [
 dict(actor='IQ_GOV', loc=('مقر إقامته', 'kadhimi-residence'), as_of=DW, status='attacked', source=SMC, line=2, events=[1]),
 dict(actor='IQ_GOV', assets='عناصر الحماية الشخصية', loc=('المنزل', 'kadhimi-residence'), as_of=DW, status='attacked', source=SMC, line=3, events=[5]),
 dict(actor='IQ_GOV', loc=('المنطقة الخضراء', 'green-zone'), as_of=(FRI, 'day'), status='present', line=6, events=[9]),
 dict(actor=IBM, loc=('المنطقة الخضراء', 'green-zone'), as_of=(FRI, 'day'), status='present', line=6, events=[9]),
 dict(actor='IQ_GOV', assets='قوات من جهاز مكافحة الإرهاب والفرقة الخاصة', loc=('المنطقة الخضراء', 'green-zone'), as_of=DW,
      status='arrived', source='مراسل الحدث', line=7, events=[10]),
 dict(actor='IQ_GOV', assets='قوات من جهاز مكافحة الإرهاب والفرقة الخاصة', loc=('جسري الجمهورية', 'jumhuriya-bridge'), as_of=DW,
      status='arrived', source='مراسل الحدث', line=7, events=[10]),
 dict(actor='IQ_GOV', assets='قوات من جهاز مكافحة الإرهاب والفرقة الخاصة', loc=('السنك', 'sinak-bridge'), as_of=DW,
      status='arrived', source='مراسل الحدث', line=7, events=[10]),
 dict(actor='IQ_GOV', assets='تعزيزات إضافية', loc=('بغداد', 'baghdad'), as_of=(D + '/', 'vague'), status='planned',
      source='قيادة العمليات المشتركة', line=8, events=[12]),
]
build('alhadath-kadhimi-residence-drones', None, 'الحدث', D, L, ents, times, events, forces)
