from build import build
L = [
'59 صاروخ "توماهوك" أمريكي تدك مطار الشعيرات.. وموسكو تعلّق التنسيق الجوي مع واشنطن',
'قاسيون - متابعات',
'استهدفت البحرية الأمريكية، فجر اليوم الجمعة، مطار الشعيرات العسكري في ريف حمص الشرقي بـ59 صاروخاً من طراز "توماهوك" أُطلقت من مدمرتين في شرق البحر المتوسط، رداً على الهجوم الكيماوي الذي نفذته قوات الأسد على مدينة خان شيخون بريف إدلب الجنوبي يوم الثلاثاء الماضي.',
'وقال البنتاغون في بيان إن الضربة استهدفت طائرات وحظائر محصنة ومستودعات وقود وذخيرة ومنظومات دفاع جوي في المطار، الذي انطلقت منه الطائرات التي نفذت الهجوم الكيماوي.',
'وأعلن الرئيس الأمريكي دونالد ترامب، في كلمة من منتجعه في ولاية فلوريدا، أنه أمر بالضربة لأن "من المصلحة الوطنية الحيوية لأمريكا منع انتشار واستخدام الأسلحة الكيماوية الفتاكة".',
'في المقابل، أعلنت موسكو تعليق العمل بمذكرة تفادي الحوادث في الأجواء السورية الموقعة مع واشنطن عام 2015، فيما قالت وزارة الدفاع الروسية إن 23 صاروخاً فقط وصلت إلى المطار، واصفة فاعلية الضربة بأنها "متدنية للغاية".',
'وقال محافظ حمص طلال البرازي إن الضربة أسفرت عن مقتل سبعة أشخاص وإصابة تسعة آخرين، فيما أفاد ناشطون بأن طائرات حربية تابعة لقوات الأسد أقلعت من المطار مساء اليوم ونفذت غارات على بلدة خان شيخون.',
'وكان الهجوم بغاز السارين على خان شيخون قد أودى بحياة 86 شخصاً بينهم 30 طفلاً، وفق مديرية صحة إدلب الحرة، في حين نفى نظام الأسد استخدام أي أسلحة كيماوية، زاعماً أن طيرانه استهدف مستودعاً لـ"الإرهابيين" يحوي ذخائر كيماوية.',
'وتسيطر على خان شيخون فصائل من الجيش السوري الحر و"هيئة تحرير الشام"، فيما تنتشر في مطار الشعيرات، بحسب مصادر معارضة، عناصر من الحرس الثوري الإيراني وميليشيا "حزب الله" إلى جانب قوات الأسد ومستشارين روس.',
'وأكد مسؤولون أمريكيون أن واشنطن أبلغت القوات الروسية مسبقاً بالضربة لتجنب إصابة جنود روس في القاعدة، مشيرين إلى أن البنتاغون لا يخطط حالياً لضربات أخرى.',
]
D = '2017-04-07'   # Friday; web copy of its own day
TUE = '2017-04-04'
ents = [
 ('L0:59 صاروخ','QUANTITY',None,(59,False,'missiles')), ('L0:صاروخ "توماهوك"','WEAPON','tomahawk'), ('L0:مطار الشعيرات','LOCATION','shayrat-airbase'),
 ('L0:موسكو','ACTOR','RU'), ('L0:واشنطن','ACTOR','US'),
 ('L1:قاسيون','ORG','qasioun'),
 ('L2:البحرية الأمريكية','ACTOR','US'), ('L2:مطار الشعيرات العسكري','LOCATION','shayrat-airbase'), ('L2:ريف حمص الشرقي','LOCATION','homs-east-countryside'),
 ('L2:59 صاروخاً','QUANTITY',None,(59,False,'missiles')), ('L2:صاروخاً من طراز "توماهوك"','WEAPON','tomahawk'),
 ('L2:مدمرتين','QUANTITY',None,(2,False,'other')), ('L2:مدمرتين#0','WEAPON','destroyers'), ('L2:شرق البحر المتوسط','LOCATION','eastern-mediterranean'),
 ('L2:قوات الأسد','ACTOR','SY_GOV'), ('L2:مدينة خان شيخون','LOCATION','khan-shaykhun'), ('L2:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L3:البنتاغون','ACTOR','US'), ('L3:طائرات#0','WEAPON','warplanes'), ('L3:منظومات دفاع جوي','WEAPON','air-defence-systems'),
 ('L3:المطار','LOCATION','shayrat-airbase'), ('L3:الطائرات','WEAPON','warplanes'),
 ('L4:دونالد ترامب','PERSON','donald-trump'), ('L4:ولاية فلوريدا','LOCATION','florida'), ('L4:أمريكا','ACTOR','US'),
 ('L4:الأسلحة الكيماوية','WEAPON','chemical-weapons'),
 ('L5:موسكو','ACTOR','RU'), ('L5:الأجواء السورية','LOCATION','syrian-airspace'), ('L5:واشنطن','ACTOR','US'), ('L5:وزارة الدفاع الروسية','ACTOR','RU'),
 ('L5:23 صاروخاً','QUANTITY',None,(23,False,'missiles')), ('L5:المطار','LOCATION','shayrat-airbase'),
 ('L6:حمص','LOCATION','homs'), ('L6:طلال البرازي','PERSON','talal-al-barazi'), ('L6:سبعة أشخاص','QUANTITY',None,(7,False,'killed')),
 ('L6:تسعة آخرين','QUANTITY',None,(9,False,'wounded')), ('L6:طائرات حربية','WEAPON','warplanes'), ('L6:قوات الأسد','ACTOR','SY_GOV'),
 ('L6:المطار','LOCATION','shayrat-airbase'), ('L6:بلدة خان شيخون','LOCATION','khan-shaykhun'),
 ('L7:غاز السارين','WEAPON','sarin'), ('L7:خان شيخون','LOCATION','khan-shaykhun'), ('L7:86 شخصاً','QUANTITY',None,(86,False,'killed')),
 ('L7:30 طفلاً','QUANTITY',None,(30,False,'killed')), ('L7:مديرية صحة إدلب الحرة','ORG','idlib-free-health-directorate'),
 ('L7:نظام الأسد','ACTOR','SY_GOV'), ('L7:أسلحة كيماوية','WEAPON','chemical-weapons'), ('L7:الإرهابيين','ACTOR','FSA'),
 ('L7:ذخائر كيماوية','WEAPON','chemical-munitions'),
 ('L8:خان شيخون','LOCATION','khan-shaykhun'), ('L8:الجيش السوري الحر','ACTOR','FSA'), ('L8:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L8:مطار الشعيرات','LOCATION','shayrat-airbase'), ('L8:الحرس الثوري','ACTOR','IR'), ('L8:حزب الله','ACTOR','HEZBOLLAH'),
 ('L8:قوات الأسد','ACTOR','SY_GOV'), ('L8:مستشارين روس','ACTOR','RU'),
 ('L9:واشنطن','ACTOR','US'), ('L9:القوات الروسية','ACTOR','RU'), ('L9:جنود روس','ACTOR','RU'), ('L9:القاعدة','LOCATION','shayrat-airbase'),
 ('L9:البنتاغون','ACTOR','US'),
]
times = [
 ('L2:فجر اليوم الجمعة', D, 'part-of-day', {'part':'morning'}),
 ('L2:يوم الثلاثاء الماضي', TUE, 'day'),
 ('L5:عام 2015', '2015', 'year'),
 ('L6:مساء اليوم', D, 'part-of-day', {'part':'evening'}),
]
PENT = 'البنتاغون'
TRUMP = 'دونالد ترامب'
MOS = 'موسكو'
RMOD = 'وزارة الدفاع الروسية'
BAR = 'طلال البرازي'
ACT = 'ناشطون'
IHD = 'مديرية صحة إدلب الحرة'
REG = 'نظام الأسد'
OPP = 'مصادر معارضة'
USO = 'مسؤولون أمريكيون'
DAWN = 'L2:فجر اليوم الجمعة'
CW = 'L2:يوم الثلاثاء الماضي'
events = [
 dict(type='ATTACK', trig='L2:استهدفت', time=DAWN, actors=['US'], targets=['SY_GOV'], loc='L2:مطار الشعيرات العسكري',
      weapons=['L2:صاروخاً من طراز "توماهوك"','L2:مدمرتين#0'], qty=['L2:59 صاروخاً','L2:مدمرتين']),                                  # 1
 dict(type='ATTACK', trig='L2:الهجوم الكيماوي', time=CW, actors=['SY_GOV'], loc='L2:مدينة خان شيخون'),                                # 2
 dict(type='STATEMENT', trig='L3:قال', actors=['US'], attr=PENT),                                                                     # 3
 dict(type='ATTACK', trig='L3:الضربة', time=DAWN, actors=['US'], targets=['SY_GOV'], loc='L3:المطار', attr=PENT),                     # 4
 dict(type='ATTACK', trig='L3:الهجوم الكيماوي', time=CW, attr=PENT, weapons=['L3:الطائرات']),                                         # 5
 dict(type='STATEMENT', trig='L4:أعلن', actors=['US'], attr=TRUMP),                                                                   # 6
 dict(type='ATTACK', trig='L4:بالضربة', time=DAWN, actors=['US'], targets=['SY_GOV'], attr=TRUMP),                                    # 7
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['RU'], attr=MOS),                                                                    # 8
 dict(type='AGREEMENT', trig='L5:بمذكرة', time='L5:عام 2015', actors=['RU','US'], attr=MOS),                                           # 9
 dict(type='STATEMENT', trig='L5:قالت', actors=['RU'], attr=RMOD),                                                                    # 10
 dict(type='ATTACK', trig='L5:الضربة', time=DAWN, actors=['US'], targets=['SY_GOV'], loc='L5:المطار', attr=RMOD, qty=['L5:23 صاروخاً']),  # 11
 dict(type='STATEMENT', trig='L6:قال', actors=['SY_GOV'], attr=BAR),                                                                  # 12
 dict(type='ATTACK', trig='L6:الضربة', time=DAWN, targets=['SY_GOV'], attr=BAR, qty=['L6:سبعة أشخاص','L6:تسعة آخرين']),              # 13
 dict(type='ATTACK', trig='L6:غارات', time='L6:مساء اليوم', actors=['SY_GOV'], loc='L6:بلدة خان شيخون', attr=ACT,
      weapons=['L6:طائرات حربية']),                                                                                                   # 14
 dict(type='ATTACK', trig='L7:الهجوم', time=CW, loc='L7:خان شيخون', attr=IHD, weapons=['L7:غاز السارين'], qty=['L7:86 شخصاً','L7:30 طفلاً']),  # 15
 dict(type='ATTACK', trig='L7:استخدام', mod='denied', time=CW, actors=['SY_GOV'], attr=REG, weapons=['L7:أسلحة كيماوية']),            # 16
 dict(type='ATTACK', trig='L7:استهدف', time=CW, actors=['SY_GOV'], targets=['FSA'], attr=REG),                                       # 17
 dict(type='CONTROL', trig='L8:تسيطر', actors=['FSA','NUSRA'], loc='L8:خان شيخون'),                                                   # 18
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['IR','HEZBOLLAH','SY_GOV','RU'], loc='L8:مطار الشعيرات', attr=OPP),                   # 19
 dict(type='ATTACK', trig='L9:بالضربة', time=DAWN, actors=['US'], targets=['SY_GOV'], attr=USO),                                      # 20
 dict(type='ATTACK', trig='L9:لضربات', mod='denied', actors=['US'], attr=USO),                                                        # 21
]
MORN = (D, 'part-of-day')
OD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=('مطار الشعيرات العسكري','shayrat-airbase'), as_of=MORN, status='attacked', line=2, events=[1]),
 dict(actor='US', strength=(2, False, 'other'), assets='مدمرتين', loc=('شرق البحر المتوسط','eastern-mediterranean'), as_of=MORN,
      status='present', line=2, events=[1]),
 dict(actor='SY_GOV', assets='طائرات وحظائر محصنة ومستودعات وقود وذخيرة ومنظومات دفاع جوي', loc=('المطار','shayrat-airbase'), as_of=MORN,
      status='attacked', source=PENT, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('المطار','shayrat-airbase'), as_of=MORN, status='attacked', source=RMOD, line=5, events=[11]),
 dict(actor='SY_GOV', assets='طائرات حربية', loc=('المطار','shayrat-airbase'), as_of=(D, 'part-of-day'), status='present', source=ACT,
      line=6, events=[14]),
 dict(actor='FSA', loc=('خان شيخون','khan-shaykhun'), as_of=OD, status='controls', line=8, events=[18]),
 dict(actor='NUSRA', loc=('خان شيخون','khan-shaykhun'), as_of=OD, status='controls', line=8, events=[18]),
 dict(actor='IR', loc=('مطار الشعيرات','shayrat-airbase'), as_of=OD, status='present', source=OPP, line=8, events=[19]),
 dict(actor='HEZBOLLAH', loc=('مطار الشعيرات','shayrat-airbase'), as_of=OD, status='present', source=OPP, line=8, events=[19]),
 dict(actor='SY_GOV', loc=('مطار الشعيرات','shayrat-airbase'), as_of=OD, status='present', source=OPP, line=8, events=[19]),
 dict(actor='RU', assets='مستشارون', loc=('مطار الشعيرات','shayrat-airbase'), as_of=OD, status='present', source=OPP, line=8, events=[19]),
 dict(actor='RU', assets='جنود', loc=('القاعدة','shayrat-airbase'), as_of=OD, status='present', source=USO, line=9, events=[]),
]
build('qasioun-shayrat-strike', None, 'قاسيون', D, L, ents, times, events, forces)
