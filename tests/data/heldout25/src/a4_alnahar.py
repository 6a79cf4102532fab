from build import build
L = [
'قوات الأسد تكسر حصار «كويرس» بغطاء جوي روسي',
'عواصم - وكالات: تمكنت قوات النظام السوري، أمس، من فك الحصار الذي يفرضه تنظيم «داعش» على مطار كويرس العسكري في ريف حلب الشرقي منذ أبريل 2013، بعد معارك عنيفة خاضتها بإسناد من الطيران الروسي.',
'ونقل التلفزيون الرسمي السوري عن مصدر عسكري أن وحدات الجيش «التقت بالحامية المرابطة في المطار بعد أن قضت على أعداد كبيرة من إرهابيي داعش»، فيما تعمل وحدات الهندسة على تفكيك العبوات الناسفة المزروعة على الطريق المؤدي إليه.',
'من جهته، أفاد المرصد السوري لحقوق الإنسان بأن قوات النظام، مدعومة بمقاتلين من «حزب الله» اللبناني، تقدمت من محور بلدة السفيرة، وسيطرت خلال الأيام الماضية على قريتي الشيخ أحمد وتل سبعين القريبتين من المطار.',
'وأضاف المرصد أن الطائرات الحربية الروسية شنت خلال الساعات الـ24 الماضية أكثر من 30 غارة على مواقع التنظيم في محيط المطار وفي مدينتي الباب ودير حافر، ما أسفر عن مقتل 17 من عناصره على الأقل.',
'وفي موسكو، أعلنت وزارة الدفاع الروسية أن طائراتها نفذت 131 طلعة قتالية منذ الأحد، أصابت خلالها 472 هدفا «إرهابيا» في محافظات حلب وإدلب واللاذقية وحماة.',
'في المقابل، نفى تنظيم «داعش»، في بيان نشرته وكالة «أعماق» التابعة له، انسحاب مقاتليه من محيط المطار، مؤكدا أنهم «ما زالوا يخوضون معارك ضارية» مع قوات النظام عند أطرافه الشرقية.',
'ويقع مطار كويرس على بعد نحو 35 كيلومترا شرق مدينة حلب، وكان يتحصن فيه طوال فترة الحصار نحو 300 عنصر من قوات النظام، بحسب مصادر معارضة.',
'ويأتي هذا التقدم بعد أيام من قرار واشنطن إرسال نحو 50 عنصرا من قواتها الخاصة إلى شمال سورية لتقديم المشورة لفصائل محلية، فيما تواصل روسيا حملتها الجوية التي بدأتها في 30 سبتمبر الماضي.',
'وفي ريف حلب الجنوبي، تواصلت الاشتباكات بين قوات النظام والميليشيات الإيرانية من جهة، وفصائل المعارضة من جهة أخرى، في محيط بلدة الحاضر وتلة العيس، وسط قصف مدفعي متبادل.',
]
D = '2015-11-11'   # Wednesday; Kuwaiti print daily: its أمس is Tuesday 2015-11-10
Y = '2015-11-10'
HZ = 'HEZBOLLAH'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:كويرس','LOCATION','kuweires-airbase'),
 ('L1:قوات النظام السوري','ACTOR','SY_GOV'), ('L1:تنظيم «داعش»','ACTOR','ISIS'), ('L1:مطار كويرس العسكري','LOCATION','kuweires-airbase'),
 ('L1:ريف حلب الشرقي','LOCATION','aleppo-east-countryside'), ('L1:الطيران الروسي','ACTOR','RU'),
 ('L2:التلفزيون الرسمي السوري','ORG','syrian-tv'), ('L2:الجيش','ACTOR','SY_GOV'), ('L2:المطار','LOCATION','kuweires-airbase'),
 ('L2:داعش','ACTOR','ISIS'), ('L2:وحدات الهندسة','ACTOR','SY_GOV'), ('L2:العبوات الناسفة','WEAPON','ieds'), ('L2:الطريق','LOCATION','kuweires-road'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:حزب الله','ACTOR',HZ),
 ('L3:بلدة السفيرة','LOCATION','al-safira'), ('L3:قريتي الشيخ أحمد','LOCATION','sheikh-ahmad'), ('L3:تل سبعين','LOCATION','tal-sabein'),
 ('L3:المطار','LOCATION','kuweires-airbase'),
 ('L4:المرصد','ORG','sohr'), ('L4:الطائرات الحربية الروسية','WEAPON','russian-warplanes'), ('L4:أكثر من 30 غارة','QUANTITY',None,(30,True,'other')),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:المطار','LOCATION','kuweires-airbase'), ('L4:مدينتي الباب','LOCATION','al-bab'),
 ('L4:دير حافر','LOCATION','deir-hafer'), ('L4:17','QUANTITY',None,(17,True,'killed')),
 ('L5:موسكو','LOCATION','moscow'), ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:131 طلعة','QUANTITY',None,(131,False,'other')),
 ('L5:472 هدفا','QUANTITY',None,(472,False,'other')), ('L5:محافظات حلب','LOCATION','aleppo-governorate'), ('L5:إدلب','LOCATION','idlib-governorate'),
 ('L5:اللاذقية','LOCATION','latakia-governorate'), ('L5:حماة','LOCATION','hama-governorate'),
 ('L6:تنظيم «داعش»','ACTOR','ISIS'), ('L6:أعماق','ORG','amaq'), ('L6:المطار','LOCATION','kuweires-airbase'), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L7:مطار كويرس','LOCATION','kuweires-airbase'), ('L7:نحو 35 كيلومترا','QUANTITY',None,(35,True,'km')), ('L7:مدينة حلب','LOCATION','aleppo'),
 ('L7:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L7:قوات النظام','ACTOR','SY_GOV'),
 ('L8:واشنطن','ACTOR','US'), ('L8:نحو 50 عنصرا','QUANTITY',None,(50,True,'troops')), ('L8:شمال سورية','LOCATION','north-syria'),
 ('L8:روسيا','ACTOR','RU'),
 ('L9:ريف حلب الجنوبي','LOCATION','aleppo-south-countryside'), ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:الميليشيات الإيرانية','ACTOR',IBM),
 ('L9:فصائل المعارضة','ACTOR','FSA'), ('L9:بلدة الحاضر','LOCATION','al-hader'), ('L9:تلة العيس','LOCATION','tal-al-eis'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L1:منذ أبريل 2013', '2013-04/2015-11', 'month'),
 ('L3:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L4:خلال الساعات الـ24 الماضية', Y + '/' + D, 'day'),
 ('L5:منذ الأحد', '2015-11-08/' + D, 'day'),
 ('L8:30 سبتمبر الماضي', '2015-09-30', 'day'),
]
T = 'L1:أمس'
SIEGE = 'L1:منذ أبريل 2013'
TV = 'مصدر عسكري (التلفزيون الرسمي السوري)'
SOHR = 'المرصد السوري لحقوق الإنسان'
MOD = 'وزارة الدفاع الروسية'
IS = 'تنظيم داعش (أعماق)'
events = [
 dict(type='OPERATION', trig='L1:فك', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L1:مطار كويرس العسكري'),                     # 1
 dict(type='OPERATION', trig='L1:الحصار', time=SIEGE, actors=['ISIS'], loc='L1:مطار كويرس العسكري'),                                 # 2
 dict(type='ATTACK', trig='L1:معارك', actors=['SY_GOV', 'RU', 'ISIS'], loc='L1:مطار كويرس العسكري'),                                 # 3
 dict(type='MOVEMENT', trig='L2:التقت', time=T, actors=['SY_GOV'], loc='L2:المطار', attr=TV),                                        # 4
 dict(type='ATTACK', trig='L2:قضت', time=T, actors=['SY_GOV'], targets=['ISIS'], attr=TV),                                           # 5
 dict(type='OPERATION', trig='L2:تفكيك', actors=['SY_GOV'], loc='L2:الطريق', attr=TV),                                   # 6
 dict(type='MOVEMENT', trig='L3:تقدمت', actors=['SY_GOV', HZ], loc='L3:بلدة السفيرة', attr=SOHR),                                    # 7
 dict(type='CONTROL', trig='L3:سيطرت', time='L3:خلال الأيام الماضية', actors=['SY_GOV', HZ], targets=['ISIS'], loc='L3:قريتي الشيخ أحمد', attr=SOHR),  # 8
 dict(type='ATTACK', trig='L4:شنت', time='L4:خلال الساعات الـ24 الماضية', actors=['RU'], targets=['ISIS'], loc='L4:المطار',
      weapons=['L4:الطائرات الحربية الروسية'], qty=['L4:أكثر من 30 غارة', 'L4:17'], attr=SOHR),                                      # 9
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['RU'], attr=MOD),                                                                  # 10
 dict(type='ATTACK', trig='L5:أصابت', time='L5:منذ الأحد', actors=['RU'], loc='L5:محافظات حلب', qty=['L5:131 طلعة', 'L5:472 هدفا'], attr=MOD),  # 11
 dict(type='STATEMENT', trig='L6:بيان', actors=['ISIS'], attr=IS),                                                                  # 12
 dict(type='WITHDRAWAL', trig='L6:انسحاب', mod='denied', actors=['ISIS'], loc='L6:المطار', attr=IS),                                # 13
 dict(type='ATTACK', trig='L6:معارك', actors=['ISIS', 'SY_GOV'], loc='L6:المطار', attr=IS),                                          # 14
 dict(type='OPERATION', trig='L7:الحصار', time=SIEGE, actors=['ISIS'], loc='L7:مطار كويرس'),                                         # 15
 dict(type='MOVEMENT', trig='L8:التقدم', time=T, actors=['SY_GOV']),                                                                 # 16
 dict(type='MOVEMENT', trig='L8:إرسال', mod='planned', actors=['US'], loc='L8:شمال سورية', qty=['L8:نحو 50 عنصرا']),                   # 17
 dict(type='OPERATION', trig='L8:حملتها الجوية', time='L8:30 سبتمبر الماضي', actors=['RU']),                                           # 18
 dict(type='ATTACK', trig='L9:الاشتباكات', actors=['SY_GOV', IBM, 'FSA'], loc='L9:بلدة الحاضر'),                                      # 19
 dict(type='ATTACK', trig='L9:قصف', actors=['SY_GOV', IBM, 'FSA'], loc='L9:بلدة الحاضر'),                                            # 20
]
YD = (Y, 'day')
TD = (D, 'day')
SM = ('2013-04/2015-11', 'month')
V = (None, 'vague')
H24 = (Y + '/' + D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مطار كويرس العسكري', 'kuweires-airbase'), as_of=YD, status='present', line=1, events=[1, 3]),
 dict(actor='ISIS', loc=('مطار كويرس العسكري', 'kuweires-airbase'), as_of=SM, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('المطار', 'kuweires-airbase'), as_of=YD, status='arrived', source=TV, line=2, events=[4]),
 dict(actor='SY_GOV', assets='الحامية المرابطة', loc=('المطار', 'kuweires-airbase'), as_of=YD, status='present', source=TV, line=2, events=[4]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('الطريق', 'kuweires-road'), as_of=TD, status='present', source=TV, line=2, events=[6]),
 dict(actor='SY_GOV', loc=('قريتي الشيخ أحمد', 'sheikh-ahmad'), as_of=V, status='controls', source=SOHR, line=3, events=[8]),
 dict(actor='SY_GOV', loc=('تل سبعين', 'tal-sabein'), as_of=V, status='controls', source=SOHR, line=3, events=[8]),
 dict(actor=HZ, loc=('قريتي الشيخ أحمد', 'sheikh-ahmad'), as_of=V, status='controls', source=SOHR, line=3, events=[8]),
 dict(actor=HZ, loc=('تل سبعين', 'tal-sabein'), as_of=V, status='controls', source=SOHR, line=3, events=[8]),
 dict(actor='ISIS', loc=('المطار', 'kuweires-airbase'), as_of=H24, status='attacked', source=SOHR, line=4, events=[9]),
 dict(actor='ISIS', loc=('مدينتي الباب', 'al-bab'), as_of=H24, status='attacked', source=SOHR, line=4, events=[9]),
 dict(actor='ISIS', loc=('دير حافر', 'deir-hafer'), as_of=H24, status='attacked', source=SOHR, line=4, events=[9]),
 dict(actor='ISIS', loc=('المطار', 'kuweires-airbase'), as_of=TD, status='present', source=IS, line=6, events=[14]),
 dict(actor='SY_GOV', loc=('المطار', 'kuweires-airbase'), as_of=TD, status='present', source=IS, line=6, events=[14]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), loc=('مطار كويرس', 'kuweires-airbase'), as_of=SM, status='present',
      source='مصادر معارضة', line=7, events=[]),
 dict(actor='US', strength=(50, True, 'troops'), assets='قوات خاصة', loc=('شمال سورية', 'north-syria'), as_of=TD, status='planned', line=8, events=[17]),
 dict(actor='SY_GOV', loc=('بلدة الحاضر', 'al-hader'), as_of=TD, status='present', line=9, events=[19, 20]),
 dict(actor='SY_GOV', loc=('تلة العيس', 'tal-al-eis'), as_of=TD, status='present', line=9, events=[19, 20]),
 dict(actor=IBM, loc=('بلدة الحاضر', 'al-hader'), as_of=TD, status='present', line=9, events=[19, 20]),
 dict(actor=IBM, loc=('تلة العيس', 'tal-al-eis'), as_of=TD, status='present', line=9, events=[19, 20]),
 dict(actor='FSA', loc=('بلدة الحاضر', 'al-hader'), as_of=TD, status='present', line=9, events=[19, 20]),
 dict(actor='FSA', loc=('تلة العيس', 'tal-al-eis'), as_of=TD, status='present', line=9, events=[19, 20]),
]
build('alnaharkw-kuweires-siege', None, 'النهار الكويتية', D, L, ents, times, events, forces)
