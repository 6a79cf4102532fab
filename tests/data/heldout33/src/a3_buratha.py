from build import build
L = [
'الحشد الشعبي يبلغ الحدود السورية لأول مرة ويحرر قرى غرب البعاج',
'نينوى – براثا نيوز: أعلنت هيئة الحشد الشعبي، اليوم الاثنين، وصول قطعاتها إلى الشريط الحدودي العراقي السوري شمال غرب قضاء البعاج، للمرة الأولى منذ سيطرة عصابات داعش الإرهابية على المنطقة في حزيران 2014، ضمن المرحلة الثانية من عمليات "محمد رسول الله".',
'وقال المتحدث باسم الحشد الشعبي أحمد الأسدي، في مؤتمر صحفي عقده قرب الحدود، إن "أبطال الحشد حرروا قريتي أم جريص وتل صفوك وباتوا يمسكون نحو 20 كيلومتراً من الشريط الحدودي"، مؤكداً أن مقاتلي الحشد "لن يعبروا إلى الأراضي السورية إلا بقرار من الحكومة العراقية".',
'وأضاف الأسدي أن المرحلة الثانية من العمليات، التي انطلقت في الثاني عشر من أيار الجاري، أسفرت حتى الآن عن تحرير مدينة القيروان وأكثر من 4500 كيلومتر مربع، وقتل أكثر من 300 من عناصر داعش، فيما تتواصل عمليات التطهير باتجاه مركز قضاء البعاج.',
'وبحسب خلية الإعلام الحربي، فإن ألوية من منظمة بدر وكتائب حزب الله وعصائب أهل الحق شاركت في الهجوم بإسناد من طيران الجيش العراقي، فيما فرّ العشرات من الدواعش باتجاه الأراضي السورية.',
'من جهته، أكد نائب رئيس هيئة الحشد أبو مهدي المهندس، خلال تفقده القطعات المرابطة على الحدود، أن الحشد سيتولى مسك الشريط الحدودي "بالتنسيق مع قيادة العمليات المشتركة وقوات حرس الحدود" لمنع أي تسلل لعناصر داعش من سوريا.',
'في المقابل، أبدى التحالف الدولي قلقه من اقتراب فصائل الحشد من الحدود، إذ قال المتحدث باسمه الكولونيل ريان ديلون إن طائرات التحالف "لم تنفذ أي ضربات" دعماً لهذه القوات، وإن تأمين الحدود "مسؤولية الحكومة العراقية".',
'وتزامن ذلك مع إعلان قيادة العمليات المشتركة، أمس الأحد، بدء عملية اقتحام المدينة القديمة في الجانب الأيمن من الموصل، آخر معاقل داعش في المدينة، بمشاركة جهاز مكافحة الإرهاب والشرطة الاتحادية والفرقة المدرعة التاسعة.',
'يذكر أن الحشد الشعبي أطلق في الخامس والعشرين من نيسان الماضي المرحلة الأولى من عمليات "محمد رسول الله"، وحرر خلالها قضاء الحضر ومئات القرى جنوب غرب الموصل.',
]
D = '2017-05-29'   # Monday; Iraqi news agency's website, web copy of its own day
SUN = '2017-05-28'
PMF = 'OTHER:pmf'
BADR = 'OTHER:badr'
KH = 'OTHER:kataib-hezbollah'
AAH = 'OTHER:asaib-ahl-al-haq'
ents = [
 ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:الحدود السورية','LOCATION','syria-iraq-border'), ('L0:البعاج','LOCATION','al-baaj'),
 ('L1:نينوى','LOCATION','nineveh'), ('L1:براثا نيوز','ORG','buratha'), ('L1:هيئة الحشد الشعبي','ACTOR',PMF),
 ('L1:الشريط الحدودي العراقي السوري','LOCATION','syria-iraq-border'), ('L1:قضاء البعاج','LOCATION','al-baaj'),
 ('L1:داعش','ACTOR','ISIS'), ('L1:المنطقة','LOCATION','al-baaj-border-area'),
 ('L2:الحشد الشعبي','ACTOR',PMF), ('L2:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L2:الحدود#0','LOCATION','syria-iraq-border'),
 ('L2:الحشد#1','ACTOR',PMF), ('L2:قريتي أم جريص','LOCATION','umm-jurays'), ('L2:تل صفوك','LOCATION','tal-safuk'),
 ('L2:نحو 20 كيلومتراً','QUANTITY',None,(20,True,'km')), ('L2:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L2:الحشد#2','ACTOR',PMF), ('L2:الأراضي السورية','LOCATION','syria'), ('L2:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L3:الأسدي','PERSON','ahmed-al-asadi'), ('L3:مدينة القيروان','LOCATION','al-qairawan'),
 ('L3:أكثر من 4500 كيلومتر مربع','QUANTITY',None,(4500,True,'other')), ('L3:أكثر من 300','QUANTITY',None,(300,True,'killed')),
 ('L3:داعش','ACTOR','ISIS'), ('L3:مركز قضاء البعاج','LOCATION','al-baaj'),
 ('L4:خلية الإعلام الحربي','ORG','pmf-war-media'), ('L4:منظمة بدر','ACTOR',BADR), ('L4:كتائب حزب الله','ACTOR',KH),
 ('L4:عصائب أهل الحق','ACTOR',AAH), ('L4:طيران الجيش العراقي','ACTOR','IQ_GOV'),
 ('L4:العشرات','QUANTITY',None,([24, 99],True,'fighters')), ('L4:الدواعش','ACTOR','ISIS'), ('L4:الأراضي السورية','LOCATION','syria'),
 ('L5:هيئة الحشد','ACTOR',PMF), ('L5:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'), ('L5:الحدود#0','LOCATION','syria-iraq-border'),
 ('L5:الحشد#1','ACTOR',PMF), ('L5:الشريط الحدودي','LOCATION','syria-iraq-border'),
 ('L5:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L5:قوات حرس الحدود','ACTOR','IQ_GOV'), ('L5:داعش','ACTOR','ISIS'),
 ('L5:سوريا','LOCATION','syria'),
 ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:فصائل الحشد','ACTOR',PMF), ('L6:الحدود#0','LOCATION','syria-iraq-border'),
 ('L6:ريان ديلون','PERSON','ryan-dillon'), ('L6:طائرات','WEAPON','aircraft'), ('L6:التحالف#1','ACTOR','COALITION'),
 ('L6:الحدود#1','LOCATION','syria-iraq-border'), ('L6:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L7:المدينة القديمة','LOCATION','mosul-old-city'),
 ('L7:الجانب الأيمن','LOCATION','west-mosul'), ('L7:الموصل','LOCATION','mosul'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:المدينة#1','LOCATION','mosul'), ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L7:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L7:الفرقة المدرعة التاسعة','ACTOR','IQ_GOV'),
 ('L8:الحشد الشعبي','ACTOR',PMF), ('L8:قضاء الحضر','LOCATION','al-hadar'), ('L8:مئات القرى','QUANTITY',None,([100, 999],True,'other')),
 ('L8:الموصل','LOCATION','mosul'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L1:حزيران 2014', '2014-06', 'month'),
 ('L3:الثاني عشر من أيار الجاري', '2017-05-12', 'day'),
 ('L7:أمس الأحد', SUN, 'day'),
 ('L8:الخامس والعشرين من نيسان الماضي', '2017-04-25', 'day'),
]
HAY = 'هيئة الحشد الشعبي'
ASA = 'أحمد الأسدي'
WM = 'خلية الإعلام الحربي'
JOC = 'قيادة العمليات المشتركة'
T = 'L1:اليوم الاثنين'
A25 = 'L8:الخامس والعشرين من نيسان الماضي'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=[PMF], attr=HAY),                                                      # 1
 dict(type='MOVEMENT', trig='L1:وصول', time=T, actors=[PMF], loc='L1:الشريط الحدودي العراقي السوري', attr=HAY),                 # 2
 dict(type='CONTROL', trig='L1:سيطرة', time='L1:حزيران 2014', actors=['ISIS'], loc='L1:المنطقة'),                              # 3
 dict(type='OPERATION', trig='L1:عمليات', actors=[PMF], targets=['ISIS'], attr=HAY),                                           # 4
 dict(type='STATEMENT', trig='L2:قال', actors=[PMF], attr=ASA),                                                                # 5
 dict(type='CONTROL', trig='L2:حرروا', actors=[PMF], targets=['ISIS'], loc='L2:قريتي أم جريص', attr=ASA),                       # 6
 dict(type='CONTROL', trig='L2:يمسكون', actors=[PMF], loc='L2:الشريط الحدودي', qty=['L2:نحو 20 كيلومتراً'], attr=ASA),          # 7
 dict(type='OPERATION', trig='L3:العمليات', time='L3:الثاني عشر من أيار الجاري', actors=[PMF], targets=['ISIS'], attr=ASA),    # 8
 dict(type='CONTROL', trig='L3:تحرير', actors=[PMF], targets=['ISIS'], loc='L3:مدينة القيروان',
      qty=['L3:أكثر من 4500 كيلومتر مربع'], attr=ASA),                                                                           # 9
 dict(type='ATTACK', trig='L3:قتل', actors=[PMF], targets=['ISIS'], qty=['L3:أكثر من 300'], attr=ASA),                          # 10
 dict(type='OPERATION', trig='L3:عمليات التطهير', actors=[PMF], targets=['ISIS'], attr=ASA),                                    # 11
 dict(type='OPERATION', trig='L4:الهجوم', actors=[BADR, KH, AAH], targets=['ISIS'], attr=WM),                                  # 12
 dict(type='ATTACK', trig='L4:إسناد', actors=['IQ_GOV'], targets=['ISIS'], attr=WM),                                          # 13
 dict(type='WITHDRAWAL', trig='L4:فرّ', actors=['ISIS'], qty=['L4:العشرات'], attr=WM),                                          # 14
 dict(type='CONTROL', trig='L5:مسك', mod='planned', actors=[PMF], loc='L5:الشريط الحدودي', attr='أبو مهدي المهندس'),           # 15
 dict(type='MOVEMENT', trig='L6:اقتراب', time=T, actors=[PMF], loc='L6:الحدود#0', attr='التحالف الدولي'),                       # 16
 dict(type='STATEMENT', trig='L6:قال', actors=['COALITION'], attr='ريان ديلون'),                                                # 17
 dict(type='ATTACK', trig='L6:ضربات', mod='denied', actors=['COALITION'], weapons=['L6:طائرات'], attr='ريان ديلون'),            # 18
 dict(type='STATEMENT', trig='L7:إعلان', time='L7:أمس الأحد', actors=['IQ_GOV'], attr=JOC),                                     # 19
 dict(type='OPERATION', trig='L7:عملية اقتحام', time='L7:أمس الأحد', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:المدينة القديمة',
      attr=JOC),                                                                                                                # 20
 dict(type='OPERATION', trig='L8:عمليات', time=A25, actors=[PMF], targets=['ISIS']),                                          # 21
 dict(type='CONTROL', trig='L8:حرر', time=A25, actors=[PMF], targets=['ISIS'], loc='L8:قضاء الحضر', qty=['L8:مئات القرى']),      # 22
]
TD = (D, 'day')
forces = [
 dict(actor=PMF, assets='قطعات الحشد', loc=('الشريط الحدودي العراقي السوري', 'syria-iraq-border'), as_of=TD, status='arrived', source=HAY,
      line=1, events=[2]),
 dict(actor='ISIS', loc=('المنطقة', 'al-baaj-border-area'), as_of=('2014-06', 'month'), status='controls', line=1, events=[3]),
 dict(actor=PMF, loc=('قريتي أم جريص', 'umm-jurays'), as_of=TD, status='controls', source=ASA, line=2, events=[6]),
 dict(actor=PMF, loc=('تل صفوك', 'tal-safuk'), as_of=TD, status='controls', source=ASA, line=2, events=[6]),
 dict(actor=PMF, assets='نحو 20 كيلومتراً من الشريط الحدودي', loc=('الشريط الحدودي', 'syria-iraq-border'), as_of=TD, status='controls',
      source=ASA, line=2, events=[7]),
 dict(actor=PMF, loc=('مدينة القيروان', 'al-qairawan'), as_of=TD, status='controls', source=ASA, line=3, events=[9]),
 dict(actor=PMF, assets='القطعات المرابطة', loc=('الحدود', 'syria-iraq-border'), as_of=TD, status='present', source='أبو مهدي المهندس',
      line=5),
 dict(actor=PMF, loc=('الشريط الحدودي', 'syria-iraq-border'), as_of=TD, status='planned', source='أبو مهدي المهندس', line=5, events=[15]),
 dict(actor='IQ_GOV', assets='جهاز مكافحة الإرهاب، الشرطة الاتحادية، الفرقة المدرعة التاسعة', loc=('المدينة القديمة', 'mosul-old-city'),
      as_of=(SUN, 'day'), status='present', source=JOC, line=7, events=[20]),
 dict(actor='ISIS', loc=('المدينة القديمة', 'mosul-old-city'), as_of=(SUN, 'day'), status='present', source=JOC, line=7, events=[20]),
 dict(actor=PMF, loc=('قضاء الحضر', 'al-hadar'), as_of=('2017-04-25', 'day'), status='controls', line=8, events=[22]),
]
build('buratha-pmf-syrian-border', None, 'براثا', D, L, ents, times, events, forces)
