from build import build
L = [
'فرار المئات من عوائل مرتزقة داعش من مخيم عين عيسى إثر قصف الاحتلال التركي',
'عين عيسى – أعلنت الإدارة الذاتية لشمال وشرق سوريا، اليوم الأحد، فرار 785 شخصاً من عوائل مرتزقة داعش الأجانب من مخيم عين عيسى، بعد أن استهدف جيش الاحتلال التركي ومرتزقته محيط المخيم بالقذائف المدفعية.',
'وقال الرئيس المشترك لإدارة المخيم محمود الخلف لوكالتنا إن نحو 12 قذيفة سقطت قرب القسم المخصص للعوائل الأجنبية صباح اليوم، قبل أن تهاجم خلايا تابعة لمرتزقة داعش البوابة الرئيسية وتفتح الطريق أمام فرار العوائل.',
'وأوضح الخلف أن قوى الأمن الداخلي اشتبكت مع المهاجمين نحو ساعتين، قبل أن تنسحب من المخيم إثر اقتراب المرتزقة إلى مسافة 3 كيلومترات منه.',
'وفي ريف عين عيسى، شن مرتزقة الاحتلال التركي فجر اليوم هجوماً على قريتي المعلق وجهبل شمال البلدة، وتمكنوا من الوصول إلى الطريق الدولي M4 قرب مفرق الترويزية، وسط مقاومة من مقاتلي قوات سوريا الديمقراطية.',
'وكان المرتزقة قد أعدموا أمس السبت، على الطريق ذاته قرب الترويزية، الأمينة العامة لحزب سوريا المستقبل هفرين خلف وسائقها.',
'وقالت القيادة العامة لقوات سوريا الديمقراطية في بيان إن مقاتليها صدّوا خلال الساعات الـ24 الماضية هجمات متكررة على محاور عين عيسى وكري سبي، وقتلوا 23 مرتزقاً، فيما استشهد 6 من مقاتليها.',
'وفي مدينة سري كانيه، تتواصل المعارك لليوم الخامس على التوالي، حيث يتصدى مقاتلو قوات سوريا الديمقراطية لمحاولات جيش الاحتلال التركي ومرتزقته اقتحام المدينة من جهتها الشرقية، بحسب مراسل وكالتنا.',
'في غضون ذلك، أعلن وزير الدفاع الأمريكي مارك إسبر، اليوم، أن الرئيس دونالد ترامب أمر بسحب نحو 1000 جندي أمريكي من شمال سوريا، قائلاً إن القوات الأمريكية باتت "عالقة بين جيشين متقابلين".',
'من جهتها، زعمت وزارة الدفاع التركية أن جيشها "حيّد" 480 مقاتلاً منذ بدء الهجوم في التاسع من تشرين الأول، وأنه سيطر على مركز مدينة كري سبي.',
'وتسبب الهجوم، بحسب الأمم المتحدة، بنزوح أكثر من 130 ألف شخص من المناطق الحدودية خلال خمسة أيام.',
]
D = '2019-10-13'   # Sunday; ANHA web copy of its own day
SAT = '2019-10-12'
ASY = 'OTHER:asayish'
ents = [
 ('L0:المئات','QUANTITY',None,([100,999],True,'people')), ('L0:مرتزقة داعش','ACTOR','ISIS'),
 ('L0:مخيم عين عيسى','LOCATION','ain-issa-camp'), ('L0:الاحتلال التركي','ACTOR','TR'),
 ('L1:عين عيسى#0','LOCATION','ain-issa'), ('L1:الإدارة الذاتية لشمال وشرق سوريا','ORG','aanes'),
 ('L1:785 شخصاً','QUANTITY',None,(785,False,'people')), ('L1:مرتزقة داعش','ACTOR','ISIS'),
 ('L1:مخيم عين عيسى','LOCATION','ain-issa-camp'), ('L1:جيش الاحتلال التركي','ACTOR','TR'), ('L1:محيط المخيم','LOCATION','ain-issa-camp-surroundings'),
 ('L1:القذائف المدفعية','WEAPON','artillery-shells'),
 ('L2:محمود الخلف','PERSON','mahmoud-al-khalaf'), ('L2:نحو 12 قذيفة','QUANTITY',None,(12,True,'other')), ('L2:قذيفة','WEAPON','artillery-shells'),
 ('L2:القسم المخصص للعوائل الأجنبية','LOCATION','ain-issa-camp-foreigners-section'), ('L2:مرتزقة داعش','ACTOR','ISIS'),
 ('L2:البوابة الرئيسية','LOCATION','ain-issa-camp-gate'),
 ('L3:الخلف','PERSON','mahmoud-al-khalaf'), ('L3:قوى الأمن الداخلي','ACTOR',ASY), ('L3:نحو ساعتين','QUANTITY',None,(2,True,'other')),
 ('L3:المخيم','LOCATION','ain-issa-camp'), ('L3:المرتزقة','ACTOR','FSA'), ('L3:3 كيلومترات','QUANTITY',None,(3,False,'km')),
 ('L4:ريف عين عيسى','LOCATION','ain-issa-countryside'), ('L4:مرتزقة','ACTOR','FSA'), ('L4:الاحتلال التركي','ACTOR','TR'),
 ('L4:قريتي المعلق','LOCATION','muallaq'), ('L4:جهبل','LOCATION','jahbal'), ('L4:البلدة','LOCATION','ain-issa'),
 ('L4:الطريق الدولي M4','LOCATION','m4-highway'), ('L4:مفرق الترويزية','LOCATION','tirwaziya-junction'),
 ('L4:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L5:المرتزقة','ACTOR','FSA'), ('L5:الطريق','LOCATION','m4-highway'), ('L5:الترويزية','LOCATION','tirwaziya-junction'),
 ('L5:حزب سوريا المستقبل','ORG','future-syria-party'), ('L5:هفرين خلف','PERSON','hevrin-khalaf'),
 ('L6:القيادة العامة لقوات سوريا الديمقراطية','ACTOR','SDF'), ('L6:محاور عين عيسى','LOCATION','ain-issa-fronts'),
 ('L6:كري سبي','LOCATION','tal-abyad'), ('L6:23 مرتزقاً','QUANTITY',None,(23,False,'killed')), ('L6:6','QUANTITY',None,(6,False,'killed')),
 ('L7:مدينة سري كانيه','LOCATION','ras-al-ain'), ('L7:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L7:جيش الاحتلال التركي','ACTOR','TR'),
 ('L7:المدينة','LOCATION','ras-al-ain'),
 ('L8:مارك إسبر','PERSON','mark-esper'), ('L8:دونالد ترامب','PERSON','donald-trump'),
 ('L8:نحو 1000 جندي','QUANTITY',None,(1000,True,'troops')), ('L8:جندي أمريكي','ACTOR','US'), ('L8:شمال سوريا','LOCATION','north-syria'),
 ('L8:القوات الأمريكية','ACTOR','US'),
 ('L9:وزارة الدفاع التركية','ACTOR','TR'), ('L9:480 مقاتلاً','QUANTITY',None,(480,False,'killed')),
 ('L9:مركز مدينة كري سبي','LOCATION','tal-abyad'),
 ('L10:الأمم المتحدة','ORG','un'), ('L10:أكثر من 130 ألف شخص','QUANTITY',None,(130000,True,'people')),
 ('L10:المناطق الحدودية','LOCATION','syria-turkey-border-areas'),
]
times = [
 ('L1:اليوم الأحد', D, 'day'),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L5:أمس السبت', SAT, 'day'),
 ('L6:خلال الساعات الـ24 الماضية', SAT + '/' + D, 'day'),
 ('L7:لليوم الخامس على التوالي', '2019-10-09/' + D, 'day'),
 ('L8:اليوم', D, 'day'),
 ('L9:التاسع من تشرين الأول', '2019-10-09', 'day'),
 ('L10:خلال خمسة أيام', '2019-10-09/' + D, 'day'),
]
T = 'L1:اليوم الأحد'
MOR = 'L2:صباح اليوم'
KH = 'محمود الخلف'
GC = 'القيادة العامة لقوات سوريا الديمقراطية'
TMOD = 'وزارة الدفاع التركية'
H24 = 'L6:خلال الساعات الـ24 الماضية'
D5 = 'L7:لليوم الخامس على التوالي'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, attr='الإدارة الذاتية لشمال وشرق سوريا'),                                     # 1
 dict(type='ATTACK', trig='L1:استهدف', time=T, actors=['TR', 'FSA'], loc='L1:محيط المخيم', weapons=['L1:القذائف المدفعية'],
      attr='الإدارة الذاتية لشمال وشرق سوريا'),                                                                                # 2
 dict(type='STATEMENT', trig='L2:قال', time=T, attr=KH),                                                                      # 3
 dict(type='ATTACK', trig='L2:سقطت', time=MOR, actors=['TR', 'FSA'], loc='L2:القسم المخصص للعوائل الأجنبية',
      weapons=['L2:قذيفة'], qty=['L2:نحو 12 قذيفة'], attr=KH),                                                                   # 4
 dict(type='ATTACK', trig='L2:تهاجم', time=MOR, actors=['ISIS'], targets=[ASY], loc='L2:البوابة الرئيسية', attr=KH),             # 5
 dict(type='ATTACK', trig='L3:اشتبكت', time=MOR, actors=[ASY, 'ISIS'], loc='L3:المخيم', qty=['L3:نحو ساعتين'], attr=KH),        # 6
 dict(type='WITHDRAWAL', trig='L3:تنسحب', time=T, actors=[ASY], loc='L3:المخيم', attr=KH),                                    # 7
 dict(type='MOVEMENT', trig='L3:اقتراب', time=T, actors=['FSA'], loc='L3:المخيم', qty=['L3:3 كيلومترات'], attr=KH),             # 8
 dict(type='ATTACK', trig='L4:هجوماً', time='L4:فجر اليوم', actors=['FSA', 'TR'], targets=['SDF'], loc='L4:قريتي المعلق'),       # 9
 dict(type='MOVEMENT', trig='L4:الوصول', time='L4:فجر اليوم', actors=['FSA', 'TR'], loc='L4:الطريق الدولي M4'),                  # 10
 dict(type='ATTACK', trig='L5:أعدموا', time='L5:أمس السبت', actors=['FSA'], loc='L5:الطريق'),                                   # 11
 dict(type='STATEMENT', trig='L6:قالت', actors=['SDF'], attr=GC),                                                             # 12
 dict(type='ATTACK', trig='L6:صدّوا', time=H24, actors=['SDF'], targets=['FSA'], loc='L6:محاور عين عيسى', attr=GC),              # 13
 dict(type='ATTACK', trig='L6:هجمات', time=H24, actors=['FSA'], targets=['SDF'], loc='L6:محاور عين عيسى', attr=GC),              # 14
 dict(type='ATTACK', trig='L6:قتلوا', time=H24, actors=['SDF'], targets=['FSA'], qty=['L6:23 مرتزقاً'], attr=GC),               # 15
 dict(type='ATTACK', trig='L6:استشهد', time=H24, actors=['FSA'], targets=['SDF'], qty=['L6:6'], attr=GC),                       # 16
 dict(type='ATTACK', trig='L7:المعارك', time=D5, actors=['SDF', 'TR', 'FSA'], loc='L7:مدينة سري كانيه', attr='مراسل وكالتنا'),   # 17
 dict(type='ATTACK', trig='L7:يتصدى', time=D5, actors=['SDF'], targets=['TR', 'FSA'], loc='L7:مدينة سري كانيه', attr='مراسل وكالتنا'),  # 18
 dict(type='ATTACK', trig='L7:اقتحام', time=D5, actors=['TR', 'FSA'], targets=['SDF'], loc='L7:المدينة', attr='مراسل وكالتنا'),  # 19
 dict(type='STATEMENT', trig='L8:أعلن', time='L8:اليوم', actors=['US'], attr='مارك إسبر'),                                       # 20
 dict(type='WITHDRAWAL', trig='L8:بسحب', time='L8:اليوم', mod='planned', actors=['US'], loc='L8:شمال سوريا',
      qty=['L8:نحو 1000 جندي'], attr='مارك إسبر'),                                                                             # 21
 dict(type='ATTACK', trig='L9:حيّد', time='L9:التاسع من تشرين الأول', actors=['TR'], targets=['SDF'], qty=['L9:480 مقاتلاً'], attr=TMOD),  # 22
 dict(type='ATTACK', trig='L9:الهجوم', time='L9:التاسع من تشرين الأول', actors=['TR'], targets=['SDF'], attr=TMOD),              # 23
 dict(type='CONTROL', trig='L9:سيطر', time=T, actors=['TR'], targets=['SDF'], loc='L9:مركز مدينة كري سبي', attr=TMOD),           # 24
 dict(type='ATTACK', trig='L10:الهجوم', time='L9:التاسع من تشرين الأول', actors=['TR'], loc='L10:المناطق الحدودية', attr='الأمم المتحدة'),  # 25
]
TD = (D, 'day')
TM = (D, 'part-of-day')
forces = [
 dict(actor=ASY, loc=('المخيم', 'ain-issa-camp'), as_of=TM, status='present', source=KH, line=3, events=[6]),
 dict(actor='ISIS', loc=('المخيم', 'ain-issa-camp'), as_of=TM, status='present', source=KH, line=3, events=[6]),
 dict(actor=ASY, loc=('المخيم', 'ain-issa-camp'), as_of=TD, status='withdrawn', source=KH, line=3, events=[7]),
 dict(actor='FSA', loc=('قريتي المعلق', 'muallaq'), as_of=TM, status='present', line=4, events=[9]),
 dict(actor='FSA', loc=('جهبل', 'jahbal'), as_of=TM, status='present', line=4, events=[9]),
 dict(actor='SDF', loc=('قريتي المعلق', 'muallaq'), as_of=TM, status='present', line=4, events=[9]),
 dict(actor='SDF', loc=('جهبل', 'jahbal'), as_of=TM, status='present', line=4, events=[9]),
 dict(actor='FSA', loc=('الطريق الدولي M4', 'm4-highway'), as_of=TM, status='arrived', line=4, events=[10]),
 dict(actor='SDF', loc=('محاور عين عيسى', 'ain-issa-fronts'), as_of=(SAT + '/' + D, 'day'), status='present', source=GC, line=6, events=[13, 14]),
 dict(actor='FSA', loc=('محاور عين عيسى', 'ain-issa-fronts'), as_of=(SAT + '/' + D, 'day'), status='present', source=GC, line=6, events=[13, 14]),
 dict(actor='SDF', loc=('كري سبي', 'tal-abyad'), as_of=(SAT + '/' + D, 'day'), status='present', source=GC, line=6, events=[13, 14]),
 dict(actor='FSA', loc=('كري سبي', 'tal-abyad'), as_of=(SAT + '/' + D, 'day'), status='present', source=GC, line=6, events=[13, 14]),
 dict(actor='SDF', loc=('مدينة سري كانيه', 'ras-al-ain'), as_of=('2019-10-09/' + D, 'day'), status='present', source='مراسل وكالتنا', line=7, events=[17, 18]),
 dict(actor='TR', loc=('مدينة سري كانيه', 'ras-al-ain'), as_of=('2019-10-09/' + D, 'day'), status='present', source='مراسل وكالتنا', line=7, events=[17, 19]),
 dict(actor='FSA', loc=('مدينة سري كانيه', 'ras-al-ain'), as_of=('2019-10-09/' + D, 'day'), status='present', source='مراسل وكالتنا', line=7, events=[17, 19]),
 dict(actor='US', strength=(1000, True, 'troops'), loc=('شمال سوريا', 'north-syria'), as_of=TD, status='present', source='مارك إسبر', line=8, events=[21]),
 dict(actor='TR', loc=('مركز مدينة كري سبي', 'tal-abyad'), as_of=TD, status='controls', source=TMOD, line=9, events=[24]),
]
build('hawar-ain-issa-camp', None, 'هاوار', D, L, ents, times, events, forces)
