from build import build
L = [
'جيشنا الباسل يحرر جرجناز ويواصل تقدمه باتجاه معرة النعمان',
'ريف إدلب – الثورة: حررت وحدات من الجيش العربي السوري، أمس، بلدة جرجناز وقريتي أم جلال والصيادي في ريف إدلب الجنوبي الشرقي، بعد معارك عنيفة مع إرهابيي "جبهة النصرة" والمجموعات المرتبطة بها، ليرتفع إلى أربعين عدد البلدات والقرى التي حررها الجيش منذ الخميس الماضي.',
'وذكر مراسل "الثورة" أن وحدات الجيش تقدمت على محورين، الأول من جهة بلدة التح والثاني من جهة تل الشيخ، وسط تمهيد ناري كثيف استهدف تحصينات الإرهابيين وخطوط إمدادهم.',
'وأضاف المراسل أن وحدات الهندسة باشرت تمشيط البلدة وتفكيك العبوات الناسفة التي زرعها الإرهابيون في الشوارع والمنازل، فيما فرّ من تبقى منهم باتجاه بلدة معصران ومدينة معرة النعمان.',
'وقُتل في المعارك أكثر من ستين إرهابياً، بينهم متزعمون ميدانيون من جنسيات أجنبية، ودُمّرت لهم ثلاث دبابات وعربة "بي إم بي" وعدد من العربات المزودة برشاشات ثقيلة، بحسب مصدر عسكري.',
'وفي السياق، استهدفت وحدات الجيش بضربات مدفعية وصاروخية مقرات المجموعات الإرهابية في بلدات تلمنس ومعرشمشة والغدفة، في حين دمّر الطيران الحربي السوري والروسي رتلاً لإرهابيي "النصرة" على الطريق الدولي بين سراقب ومعرة النعمان.',
'ونفى مصدر عسكري لـ"الثورة" ما تروجه وسائل إعلام النظام التركي عن استهداف الجيش نقطة المراقبة التركية في بلدة الصرمان، مؤكداً أن عمليات الجيش "تستهدف الإرهابيين حصراً".',
'وتقدّر مصادر ميدانية عدد الإرهابيين المتحصنين في معرة النعمان ومحيطها بنحو ثلاثة آلاف، بينهم مئات المرتزقة الأجانب المنضوين في ما يسمى "الحزب الإسلامي التركستاني".',
'وكان الجيش قد بدأ، الخميس الماضي، عملية عسكرية واسعة في ريف إدلب الجنوبي الشرقي رداً على اعتداءات الإرهابيين المتكررة على المدنيين في ريفي حماة وإدلب، بعد أن حرر في آب الماضي مدينة خان شيخون وبلدات ريف حماة الشمالي.',
'وتأتي العملية بعد أن تنصل النظام التركي من التزاماته بموجب اتفاق سوتشي الموقع في أيلول 2018، ولا سيما فصل "جبهة النصرة" عن باقي الفصائل وفتح الطريق الدولي حلب – دمشق وطريق حلب – اللاذقية.',
]
D = '2019-12-25'   # Wednesday; Damascus daily, print edition dated the day after the news
Y = '2019-12-24'   # Tuesday
THU = '2019-12-19'
TIP = 'OTHER:turkistan-islamic-party'
ents = [
 ('L0:جيشنا','ACTOR','SY_GOV'), ('L0:جرجناز','LOCATION','jarjanaz'), ('L0:معرة النعمان','LOCATION','maarat-al-numan'),
 ('L1:ريف إدلب#0','LOCATION','idlib-countryside'), ('L1:الثورة','ORG','althawra'), ('L1:الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L1:بلدة جرجناز','LOCATION','jarjanaz'), ('L1:قريتي أم جلال','LOCATION','umm-jalal'), ('L1:الصيادي','LOCATION','al-sayyadi'),
 ('L1:ريف إدلب الجنوبي الشرقي','LOCATION','idlib-countryside-south-east'), ('L1:جبهة النصرة','ACTOR','NUSRA'),
 ('L1:أربعين','QUANTITY',None,(40,False,'other')), ('L1:الجيش#1','ACTOR','SY_GOV'),
 ('L2:الثورة','ORG','althawra'), ('L2:الجيش','ACTOR','SY_GOV'), ('L2:محورين','QUANTITY',None,(2,False,'other')), ('L2:بلدة التح','LOCATION','al-tah'),
 ('L2:تل الشيخ','LOCATION','tal-al-sheikh'), ('L2:الإرهابيين','ACTOR','NUSRA'),
 ('L3:وحدات الهندسة','ACTOR','SY_GOV'), ('L3:البلدة','LOCATION','jarjanaz'), ('L3:العبوات الناسفة','WEAPON','ieds'), ('L3:الإرهابيون','ACTOR','NUSRA'),
 ('L3:بلدة معصران','LOCATION','masran'), ('L3:مدينة معرة النعمان','LOCATION','maarat-al-numan'),
 ('L4:أكثر من ستين إرهابياً','QUANTITY',None,(60,True,'killed')), ('L4:ثلاث دبابات','QUANTITY',None,(3,False,'vehicles')),
 ('L4:دبابات','WEAPON','tanks'), ('L4:عربة "بي إم بي"','WEAPON','bmp'), ('L4:العربات المزودة برشاشات ثقيلة','WEAPON','technicals'),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:المجموعات الإرهابية','ACTOR','NUSRA'), ('L5:بلدات تلمنس','LOCATION','talmenes'),
 ('L5:معرشمشة','LOCATION','maarshamsheh'), ('L5:الغدفة','LOCATION','al-ghadfa'), ('L5:الطيران الحربي السوري والروسي','WEAPON','warplanes'),
 ('L5:النصرة','ACTOR','NUSRA'), ('L5:الطريق الدولي','LOCATION','m5-highway'), ('L5:سراقب','LOCATION','saraqib'), ('L5:معرة النعمان','LOCATION','maarat-al-numan'),
 ('L6:الثورة','ORG','althawra'), ('L6:النظام التركي','ACTOR','TR'), ('L6:الجيش#0','ACTOR','SY_GOV'), ('L6:بلدة الصرمان','LOCATION','al-sarman'),
 ('L6:الجيش#1','ACTOR','SY_GOV'), ('L6:الإرهابيين','ACTOR','NUSRA'),
 ('L7:الإرهابيين','ACTOR','NUSRA'), ('L7:معرة النعمان','LOCATION','maarat-al-numan'), ('L7:نحو ثلاثة آلاف','QUANTITY',None,(3000,True,'fighters')),
 ('L7:مئات المرتزقة','QUANTITY',None,([100,999],True,'fighters')), ('L7:الحزب الإسلامي التركستاني','ACTOR',TIP),
 ('L8:الجيش','ACTOR','SY_GOV'), ('L8:ريف إدلب الجنوبي الشرقي','LOCATION','idlib-countryside-south-east'), ('L8:الإرهابيين','ACTOR','NUSRA'),
 ('L8:ريفي حماة','LOCATION','hama-countryside'), ('L8:إدلب#1','LOCATION','idlib'), ('L8:مدينة خان شيخون','LOCATION','khan-shaykhun'),
 ('L8:ريف حماة الشمالي','LOCATION','hama-countryside-north'),
 ('L9:النظام التركي','ACTOR','TR'), ('L9:سوتشي','LOCATION','sochi'), ('L9:جبهة النصرة','ACTOR','NUSRA'), ('L9:الفصائل','ACTOR','FSA'),
 ('L9:الطريق الدولي حلب – دمشق','LOCATION','m5-highway'), ('L9:طريق حلب – اللاذقية','LOCATION','m4-highway'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L1:منذ الخميس الماضي', THU + '/' + D, 'day'),
 ('L8:الخميس الماضي', THU, 'day'),
 ('L8:آب الماضي', '2019-08', 'month'),
 ('L9:أيلول 2018', '2018-09', 'month'),
]
T = 'L1:أمس'
COR = 'مراسل الثورة'
MS = 'مصدر عسكري'
events = [
 dict(type='CONTROL', trig='L1:حررت', time=T, actors=['SY_GOV'], targets=['NUSRA'], loc='L1:بلدة جرجناز'),                          # 1
 dict(type='ATTACK', trig='L1:معارك', time=T, actors=['SY_GOV', 'NUSRA'], loc='L1:بلدة جرجناز'),                                   # 2
 dict(type='CONTROL', trig='L1:حررها', time='L1:منذ الخميس الماضي', actors=['SY_GOV'], qty=['L1:أربعين']),                          # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', time=T, actors=['SY_GOV'], loc='L2:بلدة التح', qty=['L2:محورين'], attr=COR),               # 4
 dict(type='ATTACK', trig='L2:تمهيد ناري', time=T, actors=['SY_GOV'], targets=['NUSRA'], attr=COR),                                # 5
 dict(type='OPERATION', trig='L3:تمشيط', time=T, actors=['SY_GOV'], loc='L3:البلدة', attr=COR),                                    # 6
 dict(type='OPERATION', trig='L3:تفكيك', time=T, actors=['SY_GOV'], loc='L3:البلدة', attr=COR),                                    # 7
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=T, actors=['NUSRA'], loc='L3:البلدة', attr=COR),                                      # 8
 dict(type='ATTACK', trig='L4:قُتل', time=T, targets=['NUSRA'], qty=['L4:أكثر من ستين إرهابياً'], attr=MS),                         # 9
 dict(type='ATTACK', trig='L4:دُمّرت', time=T, targets=['NUSRA'], qty=['L4:ثلاث دبابات'], attr=MS),                                 # 10
 dict(type='ATTACK', trig='L5:استهدفت', time=T, actors=['SY_GOV'], targets=['NUSRA'], loc='L5:بلدات تلمنس'),                        # 11
 dict(type='ATTACK', trig='L5:دمّر', time=T, actors=['SY_GOV', 'RU'], targets=['NUSRA'], loc='L5:الطريق الدولي',
      weapons=['L5:الطيران الحربي السوري والروسي']),                                                                             # 12
 dict(type='ATTACK', trig='L6:استهداف', mod='denied', actors=['SY_GOV'], targets=['TR'], loc='L6:بلدة الصرمان', attr=MS),           # 13
 dict(type='OPERATION', trig='L6:عمليات', actors=['SY_GOV'], targets=['NUSRA'], attr=MS),                                          # 14
 dict(type='OPERATION', trig='L8:عملية عسكرية', time='L8:الخميس الماضي', actors=['SY_GOV'], targets=['NUSRA'],
      loc='L8:ريف إدلب الجنوبي الشرقي'),                                                                                          # 15
 dict(type='ATTACK', trig='L8:اعتداءات', actors=['NUSRA'], loc='L8:ريفي حماة'),                                                    # 16
 dict(type='CONTROL', trig='L8:حرر', time='L8:آب الماضي', actors=['SY_GOV'], loc='L8:مدينة خان شيخون'),                            # 17
 dict(type='OPERATION', trig='L9:العملية', time='L8:الخميس الماضي', actors=['SY_GOV']),                                            # 18
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:أيلول 2018', actors=['TR', 'RU'], loc='L9:سوتشي'),                                 # 19
]
YD = (Y, 'day')
DD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('بلدة جرجناز', 'jarjanaz'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('قريتي أم جلال', 'umm-jalal'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('الصيادي', 'al-sayyadi'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('بلدة جرجناز', 'jarjanaz'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('قريتي أم جلال', 'umm-jalal'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('الصيادي', 'al-sayyadi'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='NUSRA', loc=('بلدة جرجناز', 'jarjanaz'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='NUSRA', loc=('قريتي أم جلال', 'umm-jalal'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='NUSRA', loc=('الصيادي', 'al-sayyadi'), as_of=YD, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('البلدة', 'jarjanaz'), as_of=YD, status='present', source=COR, line=3, events=[6, 7]),
 dict(actor='NUSRA', loc=('البلدة', 'jarjanaz'), as_of=YD, status='withdrawn', source=COR, line=3, events=[8]),
 dict(actor='NUSRA', assets='مقرات', loc=('بلدات تلمنس', 'talmenes'), as_of=YD, status='attacked', line=5, events=[11]),
 dict(actor='NUSRA', assets='مقرات', loc=('معرشمشة', 'maarshamsheh'), as_of=YD, status='attacked', line=5, events=[11]),
 dict(actor='NUSRA', assets='مقرات', loc=('الغدفة', 'al-ghadfa'), as_of=YD, status='attacked', line=5, events=[11]),
 dict(actor='NUSRA', assets='رتل', loc=('الطريق الدولي', 'm5-highway'), as_of=YD, status='attacked', line=5, events=[12]),
 dict(actor='TR', assets='نقطة المراقبة التركية', loc=('بلدة الصرمان', 'al-sarman'), as_of=DD, status='present', source=MS, line=6, events=[]),
 dict(actor='NUSRA', strength=(3000, True, 'fighters'), loc=('معرة النعمان', 'maarat-al-numan'), as_of=DD, status='present',
      source='مصادر ميدانية', line=7),
 dict(actor=TIP, strength=([100, 999], True, 'fighters'), loc=('معرة النعمان', 'maarat-al-numan'), as_of=DD, status='present',
      source='مصادر ميدانية', line=7),
 dict(actor='SY_GOV', loc=('مدينة خان شيخون', 'khan-shaykhun'), as_of=('2019-08', 'month'), status='controls', line=8, events=[17]),
 dict(actor='SY_GOV', loc=('ريف حماة الشمالي', 'hama-countryside-north'), as_of=('2019-08', 'month'), status='controls', line=8, events=[17]),
]
build('althawra-jarjanaz', None, 'الثورة', D, L, ents, times, events, forces)
