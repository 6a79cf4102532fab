from build import build
L = [
'مقتل جنود أمريكيين بتفجير انتحاري تبنّاه "داعش" وسط منبج',
'منبج – خبر24',
'قُتل أربعة أمريكيين، بينهم جنديان، إضافة إلى عدد من المدنيين ومقاتلي مجلس منبج العسكري، ظهر اليوم الأربعاء، في تفجير انتحاري استهدف دورية مشتركة لقوات التحالف الدولي ومجلس منبج العسكري أمام مطعم "قصر الأمراء" في شارع السوق وسط مدينة منبج.',
'وتبنّى مرتزقة داعش التفجير عبر وكالة "أعماق" التابعة لهم، زاعمين أن أحد عناصرهم فجّر حزاماً ناسفاً وسط تجمع للقوات الأمريكية.',
'من جهتها، أكدت القيادة المركزية الأمريكية في بيان مقتل جنديين أمريكيين وموظف مدني في وزارة الدفاع ومتعاقد، وإصابة ثلاثة جنود آخرين، خلال «دورية روتينية» في منبج.',
'وقال الناطق باسم مجلس منبج العسكري شرفان درويش لخبر24 إن قوات المجلس فرضت طوقاً أمنياً حول موقع التفجير وأغلقت مداخل المدينة، وبدأت حملة تمشيط في الأحياء الشرقية بحثاً عن خلايا متورطة، واعتقلت ثلاثة مشتبهين.',
'وأكد درويش أن "الحياة عادت إلى طبيعتها في المدينة"، محمّلاً دولة الاحتلال التركي مسؤولية تسهيل تحرك خلايا داعش عبر مناطق سيطرة مرتزقتها في جرابلس والباب.',
'ويأتي التفجير بعد أقل من شهر على إعلان الرئيس الأمريكي دونالد ترامب، في 19 كانون الأول الماضي، سحب قوات بلاده من سوريا والبالغ عددها نحو ألفي جندي، وهو القرار الذي رحبت به أنقرة.',
'وفي الأثناء، يواصل جيش الاحتلال التركي ومرتزقة ما يسمى "الجيش الوطني" حشد قواتهم على ضفاف نهر الساجور شمالي منبج، حيث وصلت خلال الأيام الماضية تعزيزات تضم نحو 60 آلية عسكرية، وفق مصادر محلية.',
'في المقابل، انتشرت وحدات من قوات الحكومة السورية والشرطة العسكرية الروسية منذ أواخر كانون الأول الماضي في محيط بلدة العريمة غربي منبج، بموجب تفاهم مع مجلس منبج العسكري لحماية المنطقة من أي هجوم تركي.',
'ويسيطر مجلس منبج العسكري على المدينة منذ آب 2016، بعد طرد مرتزقة داعش منها في معركة قادتها قوات سوريا الديمقراطية بدعم من التحالف الدولي.',
]
D = '2019-01-16'   # Wednesday; Kurdish news site (Arabic), web copy of its own day
MMC = 'OTHER:manbij-military-council'
ents = [
 ('L0:جنود أمريكيين','ACTOR','US'), ('L0:داعش','ACTOR','ISIS'), ('L0:منبج','LOCATION','manbij'),
 ('L1:منبج','LOCATION','manbij'), ('L1:خبر24','ORG','xeber24'),
 ('L2:أربعة أمريكيين','QUANTITY',None,(4,False,'killed')), ('L2:أمريكيين','ACTOR','US'), ('L2:جنديان','QUANTITY',None,(2,False,'killed')),
 ('L2:مجلس منبج العسكري#0','ACTOR',MMC), ('L2:قوات التحالف الدولي','ACTOR','COALITION'), ('L2:مجلس منبج العسكري#1','ACTOR',MMC),
 ('L2:مطعم "قصر الأمراء"','LOCATION','manbij-qasr-al-umara-restaurant'), ('L2:شارع السوق','LOCATION','manbij-market-street'),
 ('L2:مدينة منبج','LOCATION','manbij'),
 ('L3:داعش','ACTOR','ISIS'), ('L3:أعماق','ORG','amaq'), ('L3:حزاماً ناسفاً','WEAPON','suicide-vest'), ('L3:لقوات الأمريكية','ACTOR','US'),
 ('L4:القيادة المركزية الأمريكية','ACTOR','US'), ('L4:جنديين','QUANTITY',None,(2,False,'killed')), ('L4:جنديين أمريكيين','ACTOR','US'),
 ('L4:وزارة الدفاع','ACTOR','US'), ('L4:ثلاثة جنود','QUANTITY',None,(3,False,'wounded')), ('L4:منبج','LOCATION','manbij'),
 ('L5:مجلس منبج العسكري','ACTOR',MMC), ('L5:شرفان درويش','PERSON','sharfan-darwish'), ('L5:خبر24','ORG','xeber24'),
 ('L5:قوات المجلس','ACTOR',MMC), ('L5:موقع التفجير','LOCATION','manbij-qasr-al-umara-restaurant'), ('L5:المدينة','LOCATION','manbij'),
 ('L5:الأحياء الشرقية','LOCATION','manbij-eastern-districts'), ('L5:ثلاثة مشتبهين','QUANTITY',None,(3,False,'arrested')),
 ('L6:درويش','PERSON','sharfan-darwish'), ('L6:المدينة','LOCATION','manbij'), ('L6:دولة الاحتلال التركي','ACTOR','TR'), ('L6:داعش','ACTOR','ISIS'),
 ('L6:جرابلس','LOCATION','jarabulus'), ('L6:الباب','LOCATION','al-bab'),
 ('L7:دونالد ترامب','PERSON','donald-trump'), ('L7:سوريا','LOCATION','syria'), ('L7:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')),
 ('L7:أنقرة','ACTOR','TR'),
 ('L8:جيش الاحتلال التركي','ACTOR','TR'), ('L8:الجيش الوطني','ACTOR','FSA'), ('L8:نهر الساجور','LOCATION','sajur-river'), ('L8:منبج','LOCATION','manbij'),
 ('L8:نحو 60 آلية عسكرية','QUANTITY',None,(60,True,'vehicles')), ('L8:آلية عسكرية','WEAPON','military-vehicles'),
 ('L9:قوات الحكومة السورية','ACTOR','SY_GOV'), ('L9:الشرطة العسكرية الروسية','ACTOR','RU'), ('L9:بلدة العريمة','LOCATION','al-arima'),
 ('L9:منبج#0','LOCATION','manbij'), ('L9:مجلس منبج العسكري','ACTOR',MMC), ('L9:المنطقة','LOCATION','manbij-area'),
 ('L10:مجلس منبج العسكري','ACTOR',MMC), ('L10:المدينة','LOCATION','manbij'), ('L10:داعش','ACTOR','ISIS'),
 ('L10:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L10:التحالف الدولي','ACTOR','COALITION'),
]
times = [
 ('L2:ظهر اليوم الأربعاء', D, 'part-of-day', {'part': 'noon'}),
 ('L7:19 كانون الأول الماضي', '2018-12-19', 'day'),
 ('L8:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L9:منذ أواخر كانون الأول الماضي', '2018-12/2019-01', 'month'),
 ('L10:منذ آب 2016', '2016-08/2019-01', 'month'),
]
T = 'L2:ظهر اليوم الأربعاء'
AMQ = 'داعش (أعماق)'
DAR = 'شرفان درويش (خبر24)'
LOC = 'مصادر محلية'
CC = 'القيادة المركزية الأمريكية'
SO8 = 'L9:منذ أواخر كانون الأول الماضي'
SO9 = 'L10:منذ آب 2016'
events = [
 dict(type='ATTACK', trig='L2:تفجير انتحاري', time=T, targets=['COALITION', MMC], loc='L2:مطعم "قصر الأمراء"',
      qty=['L2:أربعة أمريكيين', 'L2:جنديان']),
 dict(type='TRAINING', trig='L2:دورية', time=T, actors=['COALITION', MMC], loc='L2:شارع السوق'),
 dict(type='ATTACK', trig='L3:التفجير', time=T, actors=['ISIS'], targets=['COALITION', MMC], attr=AMQ),
 dict(type='ATTACK', trig='L3:فجّر', time=T, actors=['ISIS'], targets=['US'], weapons=['L3:حزاماً ناسفاً'], attr=AMQ),
 dict(type='STATEMENT', trig='L4:بيان', actors=['US'], attr=CC),
 dict(type='ATTACK', trig='L4:مقتل', time=T, targets=['US'], loc='L4:منبج', qty=['L4:جنديين', 'L4:ثلاثة جنود'], attr=CC),
 dict(type='TRAINING', trig='L4:دورية', time=T, actors=['US'], loc='L4:منبج', attr=CC),
 dict(type='STATEMENT', trig='L5:قال', actors=[MMC], attr=DAR),
 dict(type='OPERATION', trig='L5:طوقاً أمنياً', time=T, actors=[MMC], loc='L5:موقع التفجير', attr=DAR),
 dict(type='OPERATION', trig='L5:حملة تمشيط', time=T, actors=[MMC], targets=['ISIS'], loc='L5:الأحياء الشرقية', attr=DAR),
 dict(type='ARREST', trig='L5:اعتقلت', time=T, actors=[MMC], qty=['L5:ثلاثة مشتبهين'], attr=DAR),
 dict(type='MOVEMENT', trig='L6:تحرك', actors=['ISIS'], loc='L6:جرابلس', attr=DAR),
 dict(type='CONTROL', trig='L6:سيطرة', actors=['FSA'], loc='L6:جرابلس', attr=DAR),
 dict(type='ATTACK', trig='L7:التفجير', time=T, targets=['COALITION', MMC]),
 dict(type='STATEMENT', trig='L7:إعلان', time='L7:19 كانون الأول الماضي', actors=['US'], attr='دونالد ترامب'),
 dict(type='WITHDRAWAL', trig='L7:سحب', mod='planned', time='L7:19 كانون الأول الماضي', actors=['US'], loc='L7:سوريا',
      qty=['L7:نحو ألفي جندي'], attr='دونالد ترامب'),
 dict(type='MOVEMENT', trig='L8:حشد', actors=['TR', 'FSA'], loc='L8:نهر الساجور'),
 dict(type='MOVEMENT', trig='L8:وصلت', time='L8:خلال الأيام الماضية', actors=['TR', 'FSA'], loc='L8:نهر الساجور',
      weapons=['L8:آلية عسكرية'], qty=['L8:نحو 60 آلية عسكرية'], attr=LOC),
 dict(type='MOVEMENT', trig='L9:انتشرت', time=SO8, actors=['SY_GOV', 'RU'], loc='L9:بلدة العريمة'),
 dict(type='AGREEMENT', trig='L9:تفاهم', time=SO8, actors=['SY_GOV', 'RU', MMC], loc='L9:بلدة العريمة'),
 dict(type='CONTROL', trig='L10:يسيطر', time=SO9, actors=[MMC], loc='L10:المدينة'),
 dict(type='ATTACK', trig='L10:طرد', time=SO9, actors=['SDF', MMC], targets=['ISIS'], loc='L10:المدينة'),
 dict(type='OPERATION', trig='L10:معركة', time=SO9, actors=['SDF', 'COALITION'], targets=['ISIS'], loc='L10:المدينة'),
]
OD = (D, 'day')
NP = (D, 'part-of-day')
V = (None, 'vague')
forces = [
 dict(actor='COALITION', assets='دورية مشتركة', loc=('مطعم "قصر الأمراء"', 'manbij-qasr-al-umara-restaurant'), as_of=NP, status='attacked',
      line=2, events=[1]),
 dict(actor=MMC, assets='دورية مشتركة', loc=('مطعم "قصر الأمراء"', 'manbij-qasr-al-umara-restaurant'), as_of=NP, status='attacked',
      line=2, events=[1]),
 dict(actor='COALITION', assets='دورية مشتركة', loc=('مدينة منبج', 'manbij'), as_of=NP, status='present', line=2, events=[2]),
 dict(actor=MMC, assets='دورية مشتركة', loc=('مدينة منبج', 'manbij'), as_of=NP, status='present', line=2, events=[2]),
 dict(actor='US', assets='«دورية روتينية»', loc=('منبج', 'manbij'), as_of=NP, status='attacked', source=CC, line=4, events=[6]),
 dict(actor='US', assets='«دورية روتينية»', loc=('منبج', 'manbij'), as_of=NP, status='present', source=CC, line=4, events=[7]),
 dict(actor=MMC, assets='طوق أمني', loc=('موقع التفجير', 'manbij-qasr-al-umara-restaurant'), as_of=OD, status='present', source=DAR, line=5,
      events=[9]),
 dict(actor=MMC, assets='حملة تمشيط', loc=('الأحياء الشرقية', 'manbij-eastern-districts'), as_of=OD, status='present', source=DAR, line=5,
      events=[10]),
 dict(actor='FSA', loc=('جرابلس', 'jarabulus'), as_of=OD, status='controls', source=DAR, line=6, events=[13]),
 dict(actor='FSA', loc=('الباب', 'al-bab'), as_of=OD, status='controls', source=DAR, line=6, events=[13]),
 dict(actor='US', strength=(2000, True, 'troops'), loc=('سوريا', 'syria'), as_of=('2018-12-19', 'day'), status='present', line=7, events=[16]),
 dict(actor='TR', strength=(60, True, 'vehicles'), assets='آليات عسكرية', loc=('نهر الساجور', 'sajur-river'), as_of=V, status='reinforced',
      source=LOC, line=8, events=[17, 18]),
 dict(actor='FSA', loc=('نهر الساجور', 'sajur-river'), as_of=V, status='reinforced', source=LOC, line=8, events=[17, 18]),
 dict(actor='SY_GOV', loc=('بلدة العريمة', 'al-arima'), as_of=('2018-12/2019-01', 'month'), status='present', line=9, events=[19]),
 dict(actor='RU', loc=('بلدة العريمة', 'al-arima'), as_of=('2018-12/2019-01', 'month'), status='present', line=9, events=[19]),
 dict(actor=MMC, loc=('المدينة', 'manbij'), as_of=('2016-08/2019-01', 'month'), status='controls', line=10, events=[21]),
]
build('xeber24-manbij-bombing', None, 'خبر24', D, L, ents, times, events, forces)
