from build import build
L = [
'الجيش التركي يبدأ دوريات في المنطقة منزوعة السلاح بإدلب.. وقصف متواصل على خان شيخون',
'دبي - العربية.نت',
'أعلنت وزارة الدفاع التركية، اليوم الجمعة، أن وحدات من الجيش التركي بدأت تسيير دوريات في المنطقة منزوعة السلاح المحيطة بمحافظة إدلب شمال غربي سوريا، تنفيذاً لمذكرة التفاهم التي وقعتها أنقرة وموسكو في سوتشي في 17 سبتمبر الماضي.',
'وقال بيان الوزارة إن الدوريات انطلقت من نقاط المراقبة التركية المنتشرة في المنطقة، والبالغ عددها 12 نقطة، بهدف "رصد الخروقات ومنع أي هجمات محتملة" على المدنيين.',
'في المقابل، أوضح مركز المصالحة الروسي في قاعدة حميميم أن الشرطة العسكرية الروسية ستسيّر دوريات موازية خارج حدود المنطقة، في مناطق سيطرة قوات النظام بريفي حماة وإدلب.',
'وتزامن بدء الدوريات مع تصعيد قوات النظام قصفها على مدينة خان شيخون وبلدات ريف إدلب الجنوبي، إذ قال "الدفاع المدني السوري" إن 9 مدنيين قُتلوا أمس الخميس جراء قصف مدفعي وصاروخي طال المدينة ومحيطها.',
'وبحسب المرصد السوري لحقوق الإنسان، قصفت طائرات حربية تابعة للنظام أطراف بلدة التمانعة وقرى في ريف حماة الشمالي، بينما ردت "هيئة تحرير الشام" باستهداف مواقع لقوات النظام في بلدة صوران شمال حماة بصواريخ "غراد".',
'ونفى مصدر عسكري تركي، في حديث لوكالة "الأناضول"، أن تكون الدوريات قد تعرضت لأي استهداف، مؤكداً أنها جرت "دون حوادث".',
'وتنص مذكرة سوتشي على إقامة منطقة منزوعة السلاح بعمق 15 إلى 20 كيلومتراً، تنسحب منها الأسلحة الثقيلة ومقاتلو "هيئة تحرير الشام"، إلا أن الهيئة عززت سيطرتها على معظم محافظة إدلب مطلع العام الحالي بعد معارك مع فصائل "الجبهة الوطنية للتحرير".',
'ويقدّر مسؤولون أتراك عدد الجنود الأتراك في نقاط المراقبة بنحو 1300 جندي، مزودين بعربات مدرعة ومدافع ميدانية، في حين تنتشر قوات روسية وإيرانية في نقاط مقابلة بريف حماة الشمالي.',
'وكان الجيش التركي قد دفع، الأسبوع الماضي، بتعزيزات ضمت نحو 30 آلية عسكرية إلى نقطة المراقبة التاسعة قرب بلدة مورك، عبر معبر كفرلوسين الحدودي.',
]
D = '2019-03-08'   # Friday; Dubai-based site, web copy of its own day
THU = '2019-03-07'
ents = [
 ('L0:الجيش التركي','ACTOR','TR'), ('L0:المنطقة منزوعة السلاح','LOCATION','idlib-demilitarised-zone'), ('L0:إدلب','LOCATION','idlib-governorate'),
 ('L0:خان شيخون','LOCATION','khan-shaykhun'),
 ('L1:دبي','LOCATION','dubai'), ('L1:العربية.نت','ORG','alarabiya'),
 ('L2:وزارة الدفاع التركية','ACTOR','TR'), ('L2:الجيش التركي','ACTOR','TR'), ('L2:المنطقة منزوعة السلاح','LOCATION','idlib-demilitarised-zone'),
 ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:شمال غربي سوريا','LOCATION','northwest-syria'), ('L2:أنقرة','ACTOR','TR'),
 ('L2:موسكو','ACTOR','RU'), ('L2:سوتشي','LOCATION','sochi'),
 ('L3:الوزارة','ACTOR','TR'), ('L3:نقاط المراقبة التركية','LOCATION','turkish-observation-posts-idlib'), ('L3:المنطقة','LOCATION','idlib-demilitarised-zone'),
 ('L3:12 نقطة','QUANTITY',None,(12,False,'other')),
 ('L4:مركز المصالحة الروسي','ACTOR','RU'), ('L4:قاعدة حميميم','LOCATION','hmeimim-airbase'), ('L4:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L4:المنطقة','LOCATION','idlib-demilitarised-zone'), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:ريفي حماة','LOCATION','hama-countryside'),
 ('L4:إدلب','LOCATION','idlib-countryside'),
 ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:مدينة خان شيخون','LOCATION','khan-shaykhun'), ('L5:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L5:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L5:9 مدنيين','QUANTITY',None,(9,False,'killed')), ('L5:المدينة','LOCATION','khan-shaykhun'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L6:طائرات حربية','WEAPON','warplanes'), ('L6:لنظام#0','ACTOR','SY_GOV'),
 ('L6:بلدة التمانعة','LOCATION','al-tamanah'), ('L6:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L6:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:بلدة صوران','LOCATION','souran'), ('L6:حماة#1','LOCATION','hama'), ('L6:صواريخ "غراد"','WEAPON','grad'),
 ('L7:الأناضول','ORG','anadolu'),
 ('L8:سوتشي','LOCATION','sochi'), ('L8:منطقة منزوعة السلاح','LOCATION','idlib-demilitarised-zone'),
 ('L8:15 إلى 20 كيلومتراً','QUANTITY',None,([15, 20],False,'km')), ('L8:الأسلحة الثقيلة','WEAPON','heavy-weapons'),
 ('L8:هيئة تحرير الشام','ACTOR','NUSRA'), ('L8:الهيئة','ACTOR','NUSRA'), ('L8:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L8:فصائل "الجبهة الوطنية للتحرير"','ACTOR','FSA'),
 ('L9:الجنود الأتراك','ACTOR','TR'), ('L9:نقاط المراقبة','LOCATION','turkish-observation-posts-idlib'), ('L9:نحو 1300 جندي','QUANTITY',None,(1300,True,'troops')),
 ('L9:عربات مدرعة','WEAPON','armoured-vehicles'), ('L9:مدافع ميدانية','WEAPON','field-artillery'), ('L9:قوات روسية','ACTOR','RU'),
 ('L9:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L10:الجيش التركي','ACTOR','TR'), ('L10:نحو 30 آلية عسكرية','QUANTITY',None,(30,True,'vehicles')), ('L10:آلية عسكرية','WEAPON','military-vehicles'),
 ('L10:نقطة المراقبة التاسعة','LOCATION','turkish-post-morek'), ('L10:بلدة مورك','LOCATION','morek'), ('L10:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'),
]
times = [
 ('L2:اليوم الجمعة', D, 'day'),
 ('L2:17 سبتمبر الماضي', '2018-09-17', 'day'),
 ('L5:أمس الخميس', THU, 'day'),
 ('L8:مطلع العام الحالي', '2019-01', 'month'),
 ('L10:الأسبوع الماضي', '2019-02-25/2019-03-03', 'week'),
]
T = 'L2:اليوم الجمعة'
SEP = 'L2:17 سبتمبر الماضي'
JAN = 'L8:مطلع العام الحالي'
MOD = 'وزارة الدفاع التركية'
RC = 'مركز المصالحة الروسي'
CD = 'الدفاع المدني السوري'
SOHR = 'المرصد السوري لحقوق الإنسان'
TS = 'مصدر عسكري تركي (الأناضول)'
TO = 'مسؤولون أتراك'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['TR'], attr=MOD),                                                     # 1
 dict(type='TRAINING', trig='L2:دوريات', time=T, actors=['TR'], loc='L2:المنطقة منزوعة السلاح', attr=MOD),                     # 2
 dict(type='AGREEMENT', trig='L2:مذكرة التفاهم', time=SEP, actors=['TR', 'RU'], loc='L2:سوتشي', attr=MOD),                    # 3
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['TR'], attr=MOD),                                                       # 4
 dict(type='TRAINING', trig='L3:الدوريات', time=T, actors=['TR'], loc='L3:المنطقة', attr=MOD),                                 # 5
 dict(type='ATTACK', trig='L3:هجمات', mod='expected', attr=MOD),                                                               # 6
 dict(type='TRAINING', trig='L4:دوريات', mod='planned', actors=['RU'], loc='L4:ريفي حماة', attr=RC),                                            # 7
 dict(type='CONTROL', trig='L4:سيطرة', actors=['SY_GOV'], loc='L4:ريفي حماة', attr=RC),                                        # 8
 dict(type='ATTACK', trig='L5:قصفها', actors=['SY_GOV'], loc='L5:مدينة خان شيخون'),                                           # 9
 dict(type='ATTACK', trig='L5:قصف مدفعي', time='L5:أمس الخميس', actors=['SY_GOV'], loc='L5:المدينة', qty=['L5:9 مدنيين'], attr=CD),  # 10
 dict(type='ATTACK', trig='L6:قصفت', actors=['SY_GOV'], loc='L6:بلدة التمانعة', weapons=['L6:طائرات حربية'], attr=SOHR),      # 11
 dict(type='ATTACK', trig='L6:باستهداف', actors=['NUSRA'], targets=['SY_GOV'], loc='L6:بلدة صوران', weapons=['L6:صواريخ "غراد"'], attr=SOHR),  # 12
 dict(type='ATTACK', trig='L7:استهداف', mod='denied', targets=['TR'], attr=TS),                                               # 13
 dict(type='AGREEMENT', trig='L8:مذكرة', time=SEP, actors=['TR', 'RU']),                                                       # 14
 dict(type='WITHDRAWAL', trig='L8:تنسحب', mod='planned', actors=['NUSRA'], loc='L8:منطقة منزوعة السلاح', weapons=['L8:الأسلحة الثقيلة']),  # 15
 dict(type='CONTROL', trig='L8:سيطرتها', time=JAN, actors=['NUSRA'], loc='L8:محافظة إدلب'),                                   # 16
 dict(type='ATTACK', trig='L8:معارك', time=JAN, actors=['NUSRA', 'FSA']),                                                      # 17
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['RU', 'IR'], loc='L9:ريف حماة الشمالي', attr=TO),                             # 18
 dict(type='MOVEMENT', trig='L10:دفع', time='L10:الأسبوع الماضي', actors=['TR'], loc='L10:نقطة المراقبة التاسعة',
      weapons=['L10:آلية عسكرية'], qty=['L10:نحو 30 آلية عسكرية']),                                                             # 19
]
OD = (D, 'day')
forces = [
 dict(actor='TR', assets='دوريات', loc=('المنطقة منزوعة السلاح', 'idlib-demilitarised-zone'), as_of=OD, status='present', source=MOD, line=2, events=[2]),
 dict(actor='TR', assets='12 نقطة مراقبة', loc=('نقاط المراقبة التركية', 'turkish-observation-posts-idlib'), as_of=OD, status='present', source=MOD, line=3, events=[5]),
 dict(actor='RU', assets='مركز المصالحة', loc=('قاعدة حميميم', 'hmeimim-airbase'), as_of=OD, status='present', source=RC, line=4),
 dict(actor='RU', assets='دوريات موازية للشرطة العسكرية', loc=('ريفي حماة وإدلب', 'hama-countryside'), as_of=(D + '/', 'vague'), status='planned', source=RC, line=4, events=[7]),
 dict(actor='SY_GOV', loc=('ريفي حماة', 'hama-countryside'), as_of=OD, status='controls', source=RC, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('إدلب', 'idlib-countryside'), as_of=OD, status='controls', source=RC, line=4, events=[8]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة صوران', 'souran'), as_of=OD, status='attacked', source=SOHR, line=6, events=[12]),
 dict(actor='NUSRA', loc=('محافظة إدلب', 'idlib-governorate'), as_of=('2019-01', 'month'), status='controls', line=8, events=[16]),
 dict(actor='TR', strength=(1300, True, 'troops'), assets='عربات مدرعة ومدافع ميدانية', loc=('نقاط المراقبة', 'turkish-observation-posts-idlib'), as_of=OD,
      status='present', source=TO, line=9),
 dict(actor='RU', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=OD, status='present', source=TO, line=9, events=[18]),
 dict(actor='IR', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=OD, status='present', source=TO, line=9, events=[18]),
 dict(actor='TR', strength=(30, True, 'vehicles'), assets='آليات عسكرية', loc=('نقطة المراقبة التاسعة قرب بلدة مورك', 'turkish-post-morek'),
      as_of=('2019-02-25/2019-03-03', 'week'), status='reinforced', line=10, events=[19]),
]
build('alarabiya-idlib-dmz-patrols', None, 'العربية.نت', D, L, ents, times, events, forces)
