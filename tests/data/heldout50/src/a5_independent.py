from build import build
L = [
'انفجار يستهدف دورية روسية - تركية على طريق "إم 4" في ريف إدلب',
'إدلب - إندبندنت عربية',
'تعرضت دورية عسكرية روسية - تركية مشتركة، صباح الثلاثاء 14 يوليو (تموز)، لانفجار عبوة ناسفة على الطريق الدولي حلب - اللاذقية المعروف بـ"إم 4"، قرب قرية مشمشان غرب مدينة أريحا في ريف إدلب الجنوبي.',
'وقالت وزارة الدفاع الروسية إن ثلاثة من عسكرييها وجنديين تركيين أصيبوا بجروح طفيفة، وإن عربة مدرعة روسية من طراز "بي تي آر-82" تضررت.',
'وأضافت الوزارة أن الطيران الروسي ردّ بتنفيذ غارات على مواقع قالت إنها تابعة لـ"هيئة تحرير الشام" في جبل الزاوية، من دون أن تحدد عددها.',
'من جهتها، أكدت وزارة الدفاع التركية أن الدورية أتمّت مهمتها بعد الانفجار، وأن الجانبين سيواصلان تسيير الدوريات المشتركة وفق البروتوكول الموقع في موسكو في الخامس من مارس (آذار) الماضي.',
'وهذه ليست المرة الأولى التي تُستهدف فيها الدوريات، إذ تبنّت مجموعة تطلق على نفسها "كتائب خطاب الشيشاني" هجمات على الطريق نفسه في يونيو (حزيران) الماضي.',
'وفي سياق متصل، أفاد "المرصد السوري لحقوق الإنسان" بدخول رتل عسكري تركي يضم نحو 35 آلية من معبر كفرلوسين الحدودي، اتجه إلى النقاط التركية في جبل الزاوية وجنوب الطريق الدولي.',
'ويقدّر المرصد عدد الجنود الأتراك في محافظة إدلب ومحيطها بأكثر من 10 آلاف جندي، ينتشرون في نحو 60 نقطة وقاعدة عسكرية.',
'في المقابل، نفت "هيئة تحرير الشام" أي صلة لها بالتفجير، فيما اتهم ناشطون معارضون قوات النظام بالسعي إلى تقويض الاتفاق الروسي - التركي.',
'وتزامن ذلك مع قصف مدفعي لقوات النظام استهدف بلدتي كنصفرة والبارة في جبل الزاوية، وفق الدفاع المدني السوري الذي أحصى إصابة أربعة مدنيين.',
'ويسري في إدلب منذ السادس من مارس وقف لإطلاق النار توصلت إليه موسكو وأنقرة، بعد هجوم واسع لقوات النظام بدعم روسي سيطرت خلاله على مدينتي معرة النعمان وسراقب.',
]
D = '2020-07-14'   # Tuesday; web copy of its day
ents = [
 ('L0:طريق "إم 4"','LOCATION','m4-highway'), ('L0:ريف إدلب','LOCATION','idlib-countryside'),
 ('L1:إدلب','LOCATION','idlib'), ('L1:إندبندنت عربية','ORG','independent-arabia'),
 ('L2:عبوة ناسفة','WEAPON','ied'), ('L2:الطريق الدولي','LOCATION','m4-highway'), ('L2:حلب','LOCATION','aleppo'), ('L2:اللاذقية','LOCATION','latakia'),
 ('L2:إم 4','LOCATION','m4-highway'), ('L2:قرية مشمشان','LOCATION','mashmashan'), ('L2:مدينة أريحا','LOCATION','ariha'),
 ('L2:ريف إدلب الجنوبي','LOCATION','south-idlib-countryside'),
 ('L3:وزارة الدفاع الروسية','ACTOR','RU'), ('L3:ثلاثة','QUANTITY',None,(3,False,'wounded')), ('L3:جنديين','QUANTITY',None,(2,False,'wounded')),
 ('L3:عربة مدرعة روسية من طراز "بي تي آر-82"','WEAPON','btr-82'),
 ('L4:الوزارة','ACTOR','RU'), ('L4:الطيران الروسي','ACTOR','RU'), ('L4:هيئة تحرير الشام','ACTOR','NUSRA'), ('L4:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:موسكو','LOCATION','moscow'),
 ('L6:كتائب خطاب الشيشاني','ACTOR','OTHER:khattab-al-shishani-brigades'), ('L6:الطريق','LOCATION','m4-highway'),
 ('L7:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L7:نحو 35 آلية','QUANTITY',None,(35,True,'vehicles')), ('L7:آلية','WEAPON','vehicles'),
 ('L7:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'), ('L7:النقاط التركية','LOCATION','turkish-posts-idlib'),
 ('L7:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L7:جنوب الطريق الدولي','LOCATION','south-of-m4'),
 ('L8:المرصد','ORG','sohr'), ('L8:محافظة إدلب','LOCATION','idlib-governorate'), ('L8:محيطها','LOCATION','idlib-surroundings'),
 ('L8:أكثر من 10 آلاف جندي','QUANTITY',None,(10000,True,'troops')), ('L8:نحو 60 نقطة وقاعدة عسكرية','QUANTITY',None,(60,True,'other')),
 ('L9:هيئة تحرير الشام','ACTOR','NUSRA'), ('L9:قوات النظام','ACTOR','SY_GOV'),
 ('L10:قوات النظام','ACTOR','SY_GOV'), ('L10:بلدتي كنصفرة','LOCATION','kansafra'), ('L10:البارة','LOCATION','al-bara'),
 ('L10:جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L10:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L10:أربعة مدنيين','QUANTITY',None,(4,False,'wounded')),
 ('L11:إدلب','LOCATION','idlib'), ('L11:موسكو','ACTOR','RU'), ('L11:أنقرة','ACTOR','TR'), ('L11:قوات النظام','ACTOR','SY_GOV'),
 ('L11:مدينتي معرة النعمان','LOCATION','maarat-al-numan'), ('L11:سراقب','LOCATION','saraqib'),
]
times = [
 ('L2:صباح الثلاثاء 14 يوليو (تموز)', D, 'part-of-day', {'part': 'morning'}),
 ('L5:الخامس من مارس (آذار) الماضي', '2020-03-05', 'day'),
 ('L6:يونيو (حزيران) الماضي', '2020-06', 'month'),
 ('L11:منذ السادس من مارس', '2020-03-06/' + D, 'day'),
]
T = 'L2:صباح الثلاثاء 14 يوليو (تموز)'
RMOD = 'وزارة الدفاع الروسية'
TMOD = 'وزارة الدفاع التركية'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='TRAINING', trig='L2:دورية', time=T, actors=['RU', 'TR'], loc='L2:الطريق الدولي'),                             # 1
 dict(type='ATTACK', trig='L2:انفجار', time=T, targets=['RU', 'TR'], loc='L2:قرية مشمشان', weapons=['L2:عبوة ناسفة']),     # 2
 dict(type='STATEMENT', trig='L3:قالت', time=T, actors=['RU'], attr=RMOD),                                               # 3
 dict(type='ATTACK', trig='L3:أصيبوا', time=T, targets=['RU', 'TR'], qty=['L3:ثلاثة', 'L3:جنديين'], attr=RMOD),             # 4
 dict(type='ATTACK', trig='L4:غارات', time=T, actors=['RU'], targets=['NUSRA'], loc='L4:جبل الزاوية', attr=RMOD),          # 5
 dict(type='ATTACK', trig='L5:الانفجار', time=T, targets=['RU', 'TR']),                                                   # 6
 dict(type='TRAINING', trig='L5:تسيير الدوريات', mod='planned', actors=['RU', 'TR'], attr=TMOD),                         # 7
 dict(type='AGREEMENT', trig='L5:البروتوكول', time='L5:الخامس من مارس (آذار) الماضي', actors=['RU', 'TR'], loc='L5:موسكو'),  # 8
 dict(type='ATTACK', trig='L6:هجمات', time='L6:يونيو (حزيران) الماضي', actors=['OTHER:khattab-al-shishani-brigades'],
      targets=['RU', 'TR'], loc='L6:الطريق'),                                                                            # 9
 dict(type='MOVEMENT', trig='L7:بدخول', time=T, actors=['TR'], loc='L7:معبر كفرلوسين الحدودي', weapons=['L7:آلية'],
      qty=['L7:نحو 35 آلية'], attr=SOHR),                                                                               # 10
 dict(type='MOVEMENT', trig='L8:ينتشرون', time=T, actors=['TR'], loc='L8:محافظة إدلب', qty=['L8:أكثر من 10 آلاف جندي',
      'L8:نحو 60 نقطة وقاعدة عسكرية'], attr='المرصد'),                                                                   # 11
 dict(type='ATTACK', trig='L9:التفجير', mod='denied', time=T, actors=['NUSRA'], targets=['RU', 'TR'], attr='هيئة تحرير الشام'),  # 12
 dict(type='AGREEMENT', trig='L9:الاتفاق', time='L5:الخامس من مارس (آذار) الماضي', actors=['RU', 'TR']),                  # 13
 dict(type='ATTACK', trig='L10:قصف', time=T, actors=['SY_GOV'], loc='L10:بلدتي كنصفرة', qty=['L10:أربعة مدنيين'],
      attr='الدفاع المدني السوري'),                                                                                     # 14
 dict(type='AGREEMENT', trig='L11:وقف لإطلاق النار', time='L11:منذ السادس من مارس', actors=['RU', 'TR'], loc='L11:إدلب'),    # 15
 dict(type='OPERATION', trig='L11:هجوم', actors=['SY_GOV', 'RU']),                                                        # 16
 dict(type='CONTROL', trig='L11:سيطرت', actors=['SY_GOV'], loc='L11:مدينتي معرة النعمان'),                                 # 17
]
DP = (D, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='RU', assets='دورية عسكرية مشتركة', loc=('قرية مشمشان', 'mashmashan'), as_of=DP, status='attacked', line=2, events=[2]),
 dict(actor='TR', assets='دورية عسكرية مشتركة', loc=('قرية مشمشان', 'mashmashan'), as_of=DP, status='attacked', line=2, events=[2]),
 dict(actor='NUSRA', assets='مواقع', loc=('جبل الزاوية', 'jabal-al-zawiya'), as_of=DD, status='attacked', source=RMOD, line=4, events=[5]),
 dict(actor='TR', strength=(35, True, 'vehicles'), assets='رتل عسكري', loc=('جبل الزاوية', 'jabal-al-zawiya'), as_of=DD,
      status='reinforced', source=SOHR, line=7, events=[10]),
 dict(actor='TR', strength=(35, True, 'vehicles'), assets='رتل عسكري', loc=('جنوب الطريق الدولي', 'south-of-m4'), as_of=DD,
      status='reinforced', source=SOHR, line=7, events=[10]),
 dict(actor='TR', strength=(10000, True, 'troops'), assets='نحو 60 نقطة وقاعدة عسكرية', loc=('محافظة إدلب', 'idlib-governorate'), as_of=DD,
      status='present', source='المرصد السوري لحقوق الإنسان', line=8, events=[11]),
 dict(actor='TR', strength=(10000, True, 'troops'), assets='نحو 60 نقطة وقاعدة عسكرية', loc=('محيطها', 'idlib-surroundings'), as_of=DD,
      status='present', source='المرصد السوري لحقوق الإنسان', line=8, events=[11]),
 dict(actor='SY_GOV', loc=('مدينتي معرة النعمان', 'maarat-al-numan'), as_of=(None, 'vague'), status='controls', line=11, events=[17]),
 dict(actor='SY_GOV', loc=('سراقب', 'saraqib'), as_of=(None, 'vague'), status='controls', line=11, events=[17]),
]
build('independent-m4-joint-patrol', None, 'إندبندنت عربية', D, L, ents, times, events, forces)
