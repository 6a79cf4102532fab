from build import build
L = [
'سقوط منبج يقرّب الأكراد من غرب الفرات.. وأنقرة تحشد لمعركة جرابلس',
'منبج (سوريا) - أعلنت قوات سوريا الديمقراطية، أمس الجمعة، سيطرتها الكاملة على مدينة منبج في ريف حلب الشمالي الشرقي، بعد أكثر من شهرين على إطلاق هجومها بدعم من طيران التحالف الدولي بقيادة الولايات المتحدة، إثر انسحاب آخر مقاتلي تنظيم الدولة الإسلامية من المدينة باتجاه مدينة جرابلس الحدودية مع تركيا.',
'وقال شرفان درويش، المتحدث باسم مجلس منبج العسكري المنضوي في قوات سوريا الديمقراطية، إن عناصر التنظيم خرجوا من حي السرب، آخر جيوبهم في المدينة، في رتل من نحو 500 آلية، واتخذوا من قرابة ألفي مدني دروعاً بشرية، مضيفاً "لم نستهدف الرتل حرصاً على حياة المدنيين، وقد أطلق التنظيم سراح معظمهم لاحقاً قرب بلدة الغندورة".',
'وقال التحالف الدولي في بيان إن طائراته نفذت أكثر من 700 غارة على مواقع التنظيم في منبج ومحيطها منذ بدء العملية في نهاية مايو الماضي، فيما وثّق المرصد السوري لحقوق الإنسان مقتل 437 مدنياً بينهم 105 أطفال خلال المعارك، إضافة إلى أكثر من ألف من عناصر التنظيم ونحو 300 من مقاتلي قوات سوريا الديمقراطية.',
'وانتشر مقاتلو مجلس منبج العسكري في أحياء المدينة وبدأوا عمليات تمشيط بحثاً عن عناصر متوارية وعبوات ناسفة، في حين خرج مئات الأهالي إلى الشوارع احتفالاً، وأحرقت نساء النقاب وحلق رجال لحاهم، بحسب صور بثتها وكالة "رويترز".',
'وتعني السيطرة على منبج قطع آخر طريق إمداد رئيسي للتنظيم بين معقله في الرقة والحدود التركية، لكنها تثير في الوقت ذاته مخاوف أنقرة من تمدد وحدات حماية الشعب الكردية، العمود الفقري لقوات سوريا الديمقراطية، في غرب الفرات.',
'وكان الرئيس التركي رجب طيب أردوغان قد طالب واشنطن مراراً بضمان انسحاب المقاتلين الأكراد إلى شرق الفرات فور انتهاء المعركة، فيما قالت مصادر في المعارضة السورية لـ"العرب" إن أنقرة تستعد لإطلاق عملية برية بمشاركة فصائل من الجيش السوري الحر لانتزاع جرابلس من التنظيم "خلال أيام".',
'في غضون ذلك، تواصل قوات النظام السوري مدعومة بالطيران الروسي هجماتها المضادة جنوب غربي حلب لاستعادة منطقة الكليات العسكرية في الراموسة، التي سيطرت عليها فصائل المعارضة مطلع الشهر الجاري وكسرت بها الحصار عن الأحياء الشرقية للمدينة.',
]
D = '2016-08-13'   # Saturday; print daily, أمس = Friday 12 August
FRI = '2016-08-12'
MMC = 'OTHER:manbij-military-council'
ents = [
 ('L0:منبج','LOCATION','manbij'), ('L0:الأكراد','ACTOR','YPG'), ('L0:غرب الفرات','LOCATION','west-of-euphrates'),
 ('L0:أنقرة','ACTOR','TR'), ('L0:جرابلس','LOCATION','jarabulus'),
 ('L1:منبج#0','LOCATION','manbij'), ('L1:سوريا#0','LOCATION','syria'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L1:مدينة منبج','LOCATION','manbij'), ('L1:ريف حلب الشمالي الشرقي','LOCATION','aleppo-northeast-countryside'),
 ('L1:أكثر من شهرين','QUANTITY',None,(2,True,'other')), ('L1:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L1:الولايات المتحدة','ACTOR','US'), ('L1:تنظيم الدولة الإسلامية','ACTOR','ISIS'), ('L1:المدينة','LOCATION','manbij'),
 ('L1:مدينة جرابلس','LOCATION','jarabulus'), ('L1:تركيا','LOCATION','turkey'),
 ('L2:شرفان درويش','PERSON','sharfan-darwish'), ('L2:مجلس منبج العسكري','ACTOR',MMC), ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L2:التنظيم#0','ACTOR','ISIS'), ('L2:حي السرب','LOCATION','manbij-sirb'), ('L2:المدينة','LOCATION','manbij'),
 ('L2:نحو 500 آلية','QUANTITY',None,(500,True,'vehicles')), ('L2:آلية','WEAPON','vehicles'),
 ('L2:قرابة ألفي مدني','QUANTITY',None,(2000,True,'arrested')), ('L2:التنظيم#1','ACTOR','ISIS'), ('L2:بلدة الغندورة','LOCATION','ghandoura'),
 ('L3:التحالف الدولي','ACTOR','COALITION'), ('L3:أكثر من 700 غارة','QUANTITY',None,(700,True,'other')), ('L3:التنظيم#0','ACTOR','ISIS'),
 ('L3:منبج','LOCATION','manbij'), ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:437 مدنياً','QUANTITY',None,(437,False,'killed')), ('L3:105 أطفال','QUANTITY',None,(105,False,'killed')),
 ('L3:أكثر من ألف','QUANTITY',None,(1000,True,'killed')), ('L3:التنظيم#1','ACTOR','ISIS'),
 ('L3:نحو 300','QUANTITY',None,(300,True,'killed')), ('L3:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L4:مجلس منبج العسكري','ACTOR',MMC), ('L4:أحياء المدينة','LOCATION','manbij-districts'), ('L4:عبوات ناسفة','WEAPON','ied'),
 ('L4:مئات الأهالي','QUANTITY',None,([100,999],True,'people')), ('L4:رويترز','ORG','reuters'),
 ('L5:منبج','LOCATION','manbij'), ('L5:لتنظيم','ACTOR','ISIS'), ('L5:الرقة','LOCATION','raqqa'), ('L5:الحدود التركية','LOCATION','syria-turkey-border'),
 ('L5:أنقرة','ACTOR','TR'), ('L5:وحدات حماية الشعب','ACTOR','YPG'), ('L5:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L5:غرب الفرات','LOCATION','west-of-euphrates'),
 ('L6:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L6:واشنطن','ACTOR','US'), ('L6:المقاتلين الأكراد','ACTOR','YPG'),
 ('L6:شرق الفرات','LOCATION','east-of-euphrates'), ('L6:المعارضة السورية','ACTOR','FSA'), ('L6:العرب','ORG','alarab'),
 ('L6:أنقرة','ACTOR','TR'), ('L6:الجيش السوري الحر','ACTOR','FSA'), ('L6:جرابلس','LOCATION','jarabulus'), ('L6:التنظيم','ACTOR','ISIS'),
 ('L7:قوات النظام السوري','ACTOR','SY_GOV'), ('L7:الطيران الروسي','ACTOR','RU'), ('L7:حلب','LOCATION','aleppo'),
 ('L7:منطقة الكليات العسكرية','LOCATION','aleppo-military-academies'), ('L7:الراموسة','LOCATION','ramouseh'),
 ('L7:فصائل المعارضة','ACTOR','FSA'), ('L7:الأحياء الشرقية للمدينة','LOCATION','eastern-aleppo'),
]
times = [
 ('L1:أمس الجمعة', FRI, 'day'),
 ('L3:نهاية مايو الماضي', '2016-05', 'month'),
 ('L6:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L7:مطلع الشهر الجاري', '2016-08', 'month'),
]
YEST = 'L1:أمس الجمعة'
MAY = 'L3:نهاية مايو الماضي'
SDFA = 'قوات سوريا الديمقراطية'
DAR = 'شرفان درويش'
COAL = 'التحالف الدولي'
SOHR = 'المرصد السوري لحقوق الإنسان'
REU = 'رويترز'
OPP = 'مصادر في المعارضة السورية (العرب)'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=YEST, actors=['SDF'], attr=SDFA),                                                  # 1
 dict(type='CONTROL', trig='L1:سيطرتها', time=YEST, actors=['SDF'], targets=['ISIS'], loc='L1:مدينة منبج', attr=SDFA),             # 2
 dict(type='OPERATION', trig='L1:هجومها', time=MAY, actors=['SDF','COALITION'], targets=['ISIS'], loc='L1:مدينة منبج'),           # 3
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=YEST, actors=['ISIS'], loc='L1:المدينة', attr=SDFA),                               # 4
 dict(type='STATEMENT', trig='L2:قال', actors=[MMC], attr=DAR),                                                                   # 5
 dict(type='WITHDRAWAL', trig='L2:خرجوا', time=YEST, actors=['ISIS'], loc='L2:حي السرب', attr=DAR,
      weapons=['L2:آلية'], qty=['L2:نحو 500 آلية']),                                                                                # 6
 dict(type='ARREST', trig='L2:اتخذوا', time=YEST, actors=['ISIS'], attr=DAR, qty=['L2:قرابة ألفي مدني']),                           # 7
 dict(type='ATTACK', trig='L2:نستهدف', mod='denied', time=YEST, actors=[MMC], targets=['ISIS'], attr=DAR),                         # 8
 dict(type='STATEMENT', trig='L3:قال', actors=['COALITION'], attr=COAL),                                                          # 9
 dict(type='ATTACK', trig='L3:غارة', time=MAY, actors=['COALITION'], targets=['ISIS'], loc='L3:منبج', attr=COAL,
      qty=['L3:أكثر من 700 غارة']),                                                                                                 # 10
 dict(type='OPERATION', trig='L3:العملية', time=MAY, actors=['SDF'], targets=['ISIS'], attr=COAL),                                 # 11
 dict(type='ATTACK', trig='L3:المعارك', time=MAY, actors=['SDF','ISIS'], loc='L3:منبج', attr=SOHR,
      qty=['L3:437 مدنياً','L3:105 أطفال','L3:أكثر من ألف','L3:نحو 300']),                                                         # 12
 dict(type='MOVEMENT', trig='L4:انتشر', time=YEST, actors=[MMC], loc='L4:أحياء المدينة', attr=REU),                                # 13
 dict(type='OPERATION', trig='L4:عمليات تمشيط', time=YEST, actors=[MMC], loc='L4:أحياء المدينة', attr=REU),                         # 14
 dict(type='CONTROL', trig='L5:السيطرة', time=YEST, actors=['SDF'], targets=['ISIS'], loc='L5:منبج'),                              # 15
 dict(type='MOVEMENT', trig='L5:تمدد', mod='expected', actors=['YPG'], loc='L5:غرب الفرات'),                                         # 16
 dict(type='WITHDRAWAL', trig='L6:انسحاب', mod='planned', actors=['YPG'], attr='رجب طيب أردوغان'),                                   # 17
 dict(type='OPERATION', trig='L6:المعركة', time=MAY),                                                                              # 18
 dict(type='OPERATION', trig='L6:عملية برية', mod='planned', time='L6:خلال أيام', actors=['TR','FSA'], targets=['ISIS'],
      loc='L6:جرابلس', attr=OPP),                                                                                                   # 19
 dict(type='ATTACK', trig='L7:هجماتها المضادة', actors=['SY_GOV','RU'], targets=['FSA'], loc='L7:حلب'),                               # 20
 dict(type='CONTROL', trig='L7:سيطرت', time='L7:مطلع الشهر الجاري', actors=['FSA'], targets=['SY_GOV'], loc='L7:منطقة الكليات العسكرية'),  # 21
 dict(type='OPERATION', trig='L7:الحصار', actors=['SY_GOV'], targets=['FSA'], loc='L7:الأحياء الشرقية للمدينة'),                     # 22
]
OD = (D, 'day')
FRID = (FRI, 'day')
SINCE = ('2016-05/2016-08', 'month')
forces = [
 dict(actor='SDF', loc=('مدينة منبج','manbij'), as_of=FRID, status='controls', source=SDFA, line=1, events=[2]),
 dict(actor='ISIS', loc=('المدينة','manbij'), as_of=FRID, status='withdrawn', source=SDFA, line=1, events=[4]),
 dict(actor='ISIS', strength=(500, True, 'vehicles'), assets='رتل من نحو 500 آلية', loc=('حي السرب','manbij-sirb'),
      as_of=FRID, status='withdrawn', source=DAR, line=2, events=[6]),
 dict(actor='ISIS', loc=('منبج','manbij'), as_of=SINCE, status='attacked', source=COAL, line=3, events=[10]),
 dict(actor='SDF', loc=('منبج','manbij'), as_of=SINCE, status='present', source=SOHR, line=3, events=[12]),
 dict(actor='ISIS', loc=('منبج','manbij'), as_of=SINCE, status='present', source=SOHR, line=3, events=[12]),
 dict(actor=MMC, loc=('أحياء المدينة','manbij-districts'), as_of=OD, status='present', source=REU, line=4, events=[13, 14]),
 dict(actor='SDF', loc=('منبج','manbij'), as_of=OD, status='controls', line=5, events=[15]),
 dict(actor='ISIS', loc=('الرقة','raqqa'), as_of=OD, status='controls', line=5, events=[]),
 dict(actor='SY_GOV', loc=('جنوب غربي حلب','aleppo'), as_of=OD, status='present', line=7, events=[20]),
 dict(actor='FSA', loc=('منطقة الكليات العسكرية','aleppo-military-academies'), as_of=('2016-08', 'month'), status='controls', line=7, events=[21]),
]
build('alarab-manbij', None, 'العرب', D, L, ents, times, events, forces)
