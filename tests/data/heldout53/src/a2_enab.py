from build import build
L = [
'اشتباكات ومسيّرات تركية في محيط سد تشرين.. و"قسد" تتحدث عن صد ثلاث هجمات',
'تجددت الاشتباكات بين فصائل "الجيش الوطني السوري" و"قوات سوريا الديمقراطية" (قسد) في محيط سد تشرين وجسر قره قوزاق بريف حلب الشرقي، أمس الاثنين 13 من كانون الثاني، وسط قصف متبادل بالمدفعية والطائرات المسيّرة.',
'وقال مراسل عنب بلدي في منبج إن فصائل "الجيش الوطني" حاولت التقدم نحو قرية خربة زمالة جنوب السد بعد تمهيد مدفعي استمر ساعات، في حين استهدفت طائرات مسيّرة تركية مواقع لـ"قسد" على التلال المحيطة بالسد وعربة عسكرية قرب قرية أبو قلقل.',
'بالمقابل، قالت "قسد" في بيان إن مقاتليها صدّوا ثلاث هجمات على محور السد والجسر، ما أسفر عن مقتل 22 من عناصر الفصائل وتدمير دبابة وثلاث عربات مدرعة، نافية سيطرة الفصائل على أي موقع في المنطقة.',
'وأضاف البيان أن المسيّرات التركية قصفت، ليل الأحد- الاثنين، قافلة لمدنيين متجهين إلى السد للمشاركة في "الاعتصام" المستمر منذ الأربعاء الماضي، ما أدى إلى مقتل ثلاثة مدنيين وجرح 15 آخرين.',
'من جهتها، نفت وزارة الدفاع التركية استهداف مدنيين، وقالت إن قواتها "حيّدت" 32 "إرهابياً" من "وحدات حماية الشعب" في شمالي سوريا خلال الـ24 ساعة الماضية.',
'ودفعت فصائل "الجيش الوطني"، خلال اليومين الماضيين، بتعزيزات عسكرية من مدينتي جرابلس والباب إلى محيط بلدة دير حافر، تضم نحو 40 آلية وعشرات المقاتلين، بحسب ما رصده مراسل عنب بلدي.',
'وتسيطر "قسد" على سد تشرين منذ عام 2015، بعد معارك مع تنظيم "الدولة الإسلامية" بدعم من التحالف الدولي، فيما سيطرت فصائل "الجيش الوطني" على مدينة منبج في 9 من كانون الأول الماضي.',
'وتجري وزارة الدفاع في الحكومة السورية الجديدة مفاوضات مع "قسد" حول دمج قواتها في الجيش، في حين قال وزير الدفاع مرهف أبو قصرة، في مقابلة صحفية الأسبوع الماضي، إن الوزارة "لن تقبل بوجود كتل عسكرية مستقلة".',
'وتسيّر قوات أمريكية تعمل ضمن التحالف الدولي دوريات في مدينة عين العرب (كوباني)، بينما نقلت وكالة "رويترز" عن مسؤول أمريكي أن واشنطن تسعى إلى تمديد وقف إطلاق النار في محيط منبج "خلال أيام".',
]
D = '2025-01-14'   # Tuesday; web copy of its own day
MON = '2025-01-13'
ents = [
 ('L0:سد تشرين','LOCATION','tishrin-dam'), ('L0:قسد','ACTOR','SDF'), ('L0:ثلاث هجمات','QUANTITY',None,(3,False,'other')),
 ('L1:فصائل "الجيش الوطني السوري"','ACTOR','FSA'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:قسد','ACTOR','SDF'),
 ('L1:سد تشرين','LOCATION','tishrin-dam'), ('L1:جسر قره قوزاق','LOCATION','qara-qozak-bridge'), ('L1:ريف حلب الشرقي','LOCATION','aleppo-east-countryside'),
 ('L1:المدفعية','WEAPON','artillery'), ('L1:الطائرات المسيّرة','WEAPON','drones'),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:منبج','LOCATION','manbij'), ('L2:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L2:قرية خربة زمالة','LOCATION','khirbet-zamala'),
 ('L2:السد#0','LOCATION','tishrin-dam'), ('L2:طائرات مسيّرة تركية','WEAPON','drones'), ('L2:قسد','ACTOR','SDF'),
 ('L2:التلال المحيطة بالسد','LOCATION','tishrin-dam-hills'), ('L2:عربة عسكرية','WEAPON','military-vehicles'), ('L2:قرية أبو قلقل','LOCATION','abu-qalqal'),
 ('L3:قسد','ACTOR','SDF'), ('L3:ثلاث هجمات','QUANTITY',None,(3,False,'other')), ('L3:السد','LOCATION','tishrin-dam'), ('L3:الجسر','LOCATION','qara-qozak-bridge'),
 ('L3:22','QUANTITY',None,(22,False,'killed')), ('L3:الفصائل#0','ACTOR','FSA'), ('L3:دبابة','WEAPON','tanks'),
 ('L3:ثلاث عربات مدرعة','QUANTITY',None,(3,False,'vehicles')), ('L3:عربات مدرعة','WEAPON','armoured-vehicles'), ('L3:الفصائل#1','ACTOR','FSA'),
 ('L3:المنطقة','LOCATION','tishrin-dam'),
 ('L4:المسيّرات التركية','WEAPON','drones'), ('L4:السد','LOCATION','tishrin-dam'), ('L4:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')),
 ('L4:15','QUANTITY',None,(15,False,'wounded')),
 ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:32','QUANTITY',None,(32,False,'killed')), ('L5:إرهابياً','ACTOR','YPG'), ('L5:وحدات حماية الشعب','ACTOR','YPG'),
 ('L5:سوريا','LOCATION','syria'),
 ('L6:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L6:مدينتي جرابلس','LOCATION','jarablus'), ('L6:الباب','LOCATION','al-bab'), ('L6:بلدة دير حافر','LOCATION','deir-hafer'),
 ('L6:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L6:آلية','WEAPON','military-vehicles'), ('L6:عشرات المقاتلين','QUANTITY',None,([24, 99],True,'fighters')),
 ('L6:عنب بلدي','ORG','enab-baladi'),
 ('L7:قسد','ACTOR','SDF'), ('L7:سد تشرين','LOCATION','tishrin-dam'), ('L7:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L7:التحالف الدولي','ACTOR','COALITION'),
 ('L7:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L7:مدينة منبج','LOCATION','manbij'),
 ('L8:وزارة الدفاع في الحكومة السورية الجديدة','ACTOR','SY_GOV'), ('L8:قسد','ACTOR','SDF'), ('L8:الجيش','ACTOR','SY_GOV'),
 ('L8:مرهف أبو قصرة','PERSON','murhaf-abu-qasra'), ('L8:الوزارة','ACTOR','SY_GOV'),
 ('L9:قوات أمريكية','ACTOR','US'), ('L9:التحالف الدولي','ACTOR','COALITION'), ('L9:مدينة عين العرب','LOCATION','kobani'), ('L9:كوباني','LOCATION','kobani'),
 ('L9:رويترز','ORG','reuters'), ('L9:واشنطن','ACTOR','US'), ('L9:منبج','LOCATION','manbij'),
]
times = [
 ('L1:أمس الاثنين 13 من كانون الثاني', MON, 'day'),
 ('L4:ليل الأحد- الاثنين', '2025-01-12', 'part-of-day', {'part': 'night'}),
 ('L4:منذ الأربعاء الماضي', '2025-01-08/' + D, 'day'),
 ('L5:خلال الـ24 ساعة الماضية', MON + '/' + D, 'day'),
 ('L6:خلال اليومين الماضيين', '2025-01-12/' + D, 'day'),
 ('L7:منذ عام 2015', '2015/2025', 'year'),
 ('L7:9 من كانون الأول الماضي', '2024-12-09', 'day'),
 ('L8:الأسبوع الماضي', '2025-01-06/2025-01-12', 'week'),
 ('L9:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
]
M = 'L1:أمس الاثنين 13 من كانون الثاني'
COR = 'مراسل عنب بلدي في منبج'
SDFS = 'بيان قسد'
TMOD = 'وزارة الدفاع التركية'
RT = 'مسؤول أمريكي (رويترز)'
events = [
 dict(type='ATTACK', trig='L1:الاشتباكات', time=M, actors=['FSA', 'SDF'], loc='L1:سد تشرين'),                                           # 1
 dict(type='ATTACK', trig='L1:قصف', time=M, actors=['FSA', 'SDF'], weapons=['L1:المدفعية', 'L1:الطائرات المسيّرة']),                  # 2
 dict(type='MOVEMENT', trig='L2:التقدم', time=M, actors=['FSA'], targets=['SDF'], loc='L2:قرية خربة زمالة', attr=COR),                 # 3
 dict(type='ATTACK', trig='L2:تمهيد مدفعي', time=M, actors=['FSA'], targets=['SDF'], attr=COR),                                         # 4
 dict(type='ATTACK', trig='L2:استهدفت', time=M, actors=['TR'], targets=['SDF'], loc='L2:التلال المحيطة بالسد',
      weapons=['L2:طائرات مسيّرة تركية'], attr=COR),                                                                                      # 5
 dict(type='STATEMENT', trig='L3:قالت', actors=['SDF'], attr='قسد'),                                                                    # 6
 dict(type='ATTACK', trig='L3:صدّوا', actors=['SDF'], targets=['FSA'], loc='L3:السد', qty=['L3:22'], attr=SDFS),                        # 7
 dict(type='ATTACK', trig='L3:هجمات', actors=['FSA'], targets=['SDF'], loc='L3:السد', qty=['L3:ثلاث هجمات'], attr=SDFS),               # 8
 dict(type='CONTROL', trig='L3:سيطرة', mod='denied', actors=['FSA'], targets=['SDF'], loc='L3:المنطقة', attr=SDFS),                     # 9
 dict(type='ATTACK', trig='L4:قصفت', time='L4:ليل الأحد- الاثنين', actors=['TR'], loc='L4:السد', weapons=['L4:المسيّرات التركية'],
      qty=['L4:ثلاثة مدنيين', 'L4:15'], attr=SDFS),                                                                                      # 10
 dict(type='ATTACK', trig='L5:استهداف', mod='denied', actors=['TR'], attr=TMOD),                                                        # 11
 dict(type='STATEMENT', trig='L5:قالت', actors=['TR'], attr=TMOD),                                                                      # 12
 dict(type='ATTACK', trig='L5:حيّدت', time='L5:خلال الـ24 ساعة الماضية', actors=['TR'], targets=['YPG'], loc='L5:سوريا', qty=['L5:32'],
      attr=TMOD),                                                                                                                        # 13
 dict(type='MOVEMENT', trig='L6:دفعت', time='L6:خلال اليومين الماضيين', actors=['FSA'], loc='L6:بلدة دير حافر', weapons=['L6:آلية'],
      qty=['L6:نحو 40 آلية', 'L6:عشرات المقاتلين'], attr='مراسل عنب بلدي'),                                                             # 14
 dict(type='CONTROL', trig='L7:تسيطر', time='L7:منذ عام 2015', actors=['SDF'], loc='L7:سد تشرين'),                                    # 15
 dict(type='ATTACK', trig='L7:معارك', actors=['SDF', 'COALITION'], targets=['ISIS']),                                                   # 16
 dict(type='CONTROL', trig='L7:سيطرت', time='L7:9 من كانون الأول الماضي', actors=['FSA'], targets=['SDF'], loc='L7:مدينة منبج'),       # 17
 dict(type='AGREEMENT', trig='L8:مفاوضات', mod='planned', actors=['SY_GOV', 'SDF']),                                                    # 18
 dict(type='STATEMENT', trig='L8:قال', time='L8:الأسبوع الماضي', actors=['SY_GOV'], attr='مرهف أبو قصرة'),                             # 19
 dict(type='TRAINING', trig='L9:دوريات', actors=['US', 'COALITION'], loc='L9:مدينة عين العرب'),                                        # 20
 dict(type='AGREEMENT', trig='L9:وقف إطلاق النار', mod='planned', time='L9:خلال أيام', actors=['US'], loc='L9:منبج', attr=RT),           # 21
]
MD = (MON, 'day')
TD = (D, 'day')
forces = [
 dict(actor='FSA', loc=('سد تشرين', 'tishrin-dam'), as_of=MD, status='present', line=1, events=[1]),
 dict(actor='SDF', loc=('سد تشرين', 'tishrin-dam'), as_of=MD, status='present', line=1, events=[1]),
 dict(actor='FSA', loc=('جسر قره قوزاق', 'qara-qozak-bridge'), as_of=MD, status='present', line=1, events=[1]),
 dict(actor='SDF', loc=('جسر قره قوزاق', 'qara-qozak-bridge'), as_of=MD, status='present', line=1, events=[1]),
 dict(actor='SDF', assets='مواقع', loc=('التلال المحيطة بالسد', 'tishrin-dam-hills'), as_of=MD, status='attacked', source=COR, line=2, events=[5]),
 dict(actor='SDF', assets='عربة عسكرية', loc=('قرية أبو قلقل', 'abu-qalqal'), as_of=MD, status='attacked', source=COR, line=2, events=[5]),
 dict(actor='SDF', loc=('السد', 'tishrin-dam'), as_of=MD, status='present', source=SDFS, line=3, events=[7]),
 dict(actor='FSA', loc=('السد', 'tishrin-dam'), as_of=MD, status='present', source=SDFS, line=3, events=[8]),
 dict(actor='SDF', loc=('الجسر', 'qara-qozak-bridge'), as_of=MD, status='present', source=SDFS, line=3, events=[7]),
 dict(actor='FSA', loc=('الجسر', 'qara-qozak-bridge'), as_of=MD, status='present', source=SDFS, line=3, events=[8]),
 dict(actor='YPG', loc=('شمالي سوريا', 'syria'), as_of=('2025-01-13/2025-01-14', 'day'), status='attacked', source=TMOD, line=5, events=[13]),
 dict(actor='FSA', strength=(40, True, 'vehicles'), loc=('بلدة دير حافر', 'deir-hafer'), as_of=('2025-01-12/2025-01-14', 'day'), status='reinforced',
      source='مراسل عنب بلدي', line=6, events=[14]),
 dict(actor='SDF', loc=('سد تشرين', 'tishrin-dam'), as_of=('2015/2025', 'year'), status='controls', line=7, events=[15]),
 dict(actor='FSA', loc=('مدينة منبج', 'manbij'), as_of=('2024-12-09', 'day'), status='controls', line=7, events=[17]),
 dict(actor='US', loc=('مدينة عين العرب', 'kobani'), as_of=TD, status='present', line=9, events=[20]),
 dict(actor='COALITION', loc=('مدينة عين العرب', 'kobani'), as_of=TD, status='present', line=9, events=[20]),
]
build('enab-tishrin-dam', None, 'عنب بلدي', D, L, ents, times, events, forces)
