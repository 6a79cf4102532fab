from build import build
L = [
'الجيش السوري يسيطر على تل الحارة الاستراتيجي شمال غربي درعا',
'عمون - سيطرت قوات النظام السوري، أمس الأحد، على تل الحارة، أعلى مرتفعات محافظة درعا، بعد معارك مع فصائل المعارضة سبقها قصف جوي ومدفعي مكثف استمر ثلاثة أيام، ليصبح الجيش على بعد نحو 12 كيلومتراً من خط فصل القوات في الجولان المحتل.',
'وقال مصدر في المعارضة لـ«عمون» إن فصائل «الجيش الحر» انسحبت من التل ومن بلدة الحارة المجاورة فجر الأحد، بعد أن نفذت الطائرات الروسية أكثر من 150 غارة على المنطقة خلال 48 ساعة، مؤكداً أن المقاتلين أعادوا تموضعهم في ريف القنيطرة.',
'وبث التلفزيون الرسمي السوري صوراً لجنود يرفعون العلم فوق التل، فيما قال مراسله إن وحدات الهندسة بدأت تمشيط المواقع التي خلّفها المسلحون وتفكيك الألغام المزروعة في محيطه.',
'ويطل التل، الذي يرتفع نحو 1100 متر عن سطح البحر، على ريفي درعا والقنيطرة، وكانت فصائل المعارضة قد انتزعته من قوات النظام في تشرين الأول/أكتوبر 2014، وعثرت داخله حينها على مركز تنصت كان يستخدمه ضباط روس.',
'وفي عمّان، قال مصدر عسكري أردني لـ«عمون» إن وحدات حرس الحدود المنتشرة على الواجهة الشمالية «في أعلى درجات الجاهزية»، مؤكداً أن الحدود مع سوريا ستبقى مغلقة أمام النازحين، وأن الأوضاع على الشريط الحدودي هادئة.',
'وكانت قوات النظام قد استعادت في السادس من تموز الجاري معبر نصيب الحدودي مع الأردن، بموجب اتفاق رعته روسيا مع فصائل ريف درعا الشرقي، قضى بتسليم السلاح الثقيل وخروج الرافضين للتسوية إلى إدلب.',
'وفي الجولان، أعلن الجيش الإسرائيلي أنه قصف الأربعاء الماضي ثلاثة مواقع عسكرية سورية في ريف القنيطرة، رداً على تسلل طائرة مسيّرة سورية إلى الأجواء الإسرائيلية، مؤكداً أنه «لن يتسامح» مع أي خرق لاتفاق فك الاشتباك الموقع عام 1974.',
'ميدانياً، تواصل قوات النظام، مدعومة بغطاء جوي روسي، حشد تعزيزاتها على أطراف مدينة نوى وبلدة جاسم في ريف درعا الشمالي الغربي، تمهيداً لعملية تستهدف آخر مناطق المعارضة، فيما تحدثت مصادر محلية عن مفاوضات يجريها ضباط روس مع وجهاء نوى.',
'ومنذ بدء الهجوم على ريف درعا الشرقي في 19 حزيران الماضي، باتت قوات النظام تسيطر على أكثر من 80 في المئة من مساحة المحافظة، وفق المرصد السوري لحقوق الإنسان، فيما نزح أكثر من 230 ألف شخص بحسب الأمم المتحدة.',
]
D = '2018-07-16'   # Monday; Amman news site, web copy of its own day
SUN = '2018-07-15'
JO = 'OTHER:jordan'
IL = 'OTHER:israel'
ents = [
 ('L0:الجيش السوري','ACTOR','SY_GOV'), ('L0:تل الحارة','LOCATION','tal-al-harra'), ('L0:درعا','LOCATION','daraa'),
 ('L1:عمون','ORG','ammon'), ('L1:قوات النظام السوري','ACTOR','SY_GOV'), ('L1:تل الحارة','LOCATION','tal-al-harra'),
 ('L1:محافظة درعا','LOCATION','daraa-governorate'), ('L1:فصائل المعارضة','ACTOR','FSA'), ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L1:الجيش','ACTOR','SY_GOV'), ('L1:نحو 12 كيلومتراً','QUANTITY',None,(12,True,'km')), ('L1:خط فصل القوات','LOCATION','golan-disengagement-line'),
 ('L1:الجولان المحتل','LOCATION','golan'),
 ('L2:المعارضة','ACTOR','FSA'), ('L2:عمون','ORG','ammon'), ('L2:فصائل «الجيش الحر»','ACTOR','FSA'), ('L2:التل','LOCATION','tal-al-harra'),
 ('L2:بلدة الحارة','LOCATION','al-harra'), ('L2:الطائرات الروسية','WEAPON','warplanes'),
 ('L2:أكثر من 150 غارة','QUANTITY',None,(150,True,'other')), ('L2:المنطقة','LOCATION','tal-al-harra-area'),
 ('L2:48 ساعة','QUANTITY',None,(48,False,'other')), ('L2:ريف القنيطرة','LOCATION','quneitra-countryside'),
 ('L3:التلفزيون الرسمي السوري','ORG','syrian-state-tv'), ('L3:التل#1','LOCATION','tal-al-harra'), ('L3:وحدات الهندسة','ACTOR','SY_GOV'),
 ('L3:الألغام','WEAPON','mines'),
 ('L4:التل','LOCATION','tal-al-harra'), ('L4:نحو 1100 متر','QUANTITY',None,(1100,True,'other')), ('L4:ريفي درعا','LOCATION','daraa-countryside'),
 ('L4:القنيطرة','LOCATION','quneitra-governorate'), ('L4:فصائل المعارضة','ACTOR','FSA'), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L4:ضباط روس','ACTOR','RU'),
 ('L5:عمّان','LOCATION','amman'), ('L5:عمون','ORG','ammon'), ('L5:وحدات حرس الحدود','ACTOR',JO), ('L5:الواجهة الشمالية','LOCATION','jordan-northern-front'),
 ('L5:الحدود#1','LOCATION','syria-jordan-border'), ('L5:سوريا','LOCATION','syria'), ('L5:الشريط الحدودي','LOCATION','syria-jordan-border'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:معبر نصيب الحدودي','LOCATION','nassib-crossing'), ('L6:الأردن','LOCATION','jordan'),
 ('L6:روسيا','ACTOR','RU'), ('L6:فصائل','ACTOR','FSA'), ('L6:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L6:السلاح الثقيل','WEAPON','heavy-weapons'), ('L6:إدلب','LOCATION','idlib'),
 ('L7:الجولان','LOCATION','golan'), ('L7:الجيش الإسرائيلي','ACTOR',IL), ('L7:ثلاثة مواقع','QUANTITY',None,(3,False,'other')),
 ('L7:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L7:طائرة مسيّرة سورية','WEAPON','drone'),
 ('L7:الأجواء الإسرائيلية','LOCATION','israeli-airspace'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:مدينة نوى','LOCATION','nawa'), ('L8:بلدة جاسم','LOCATION','jassem'),
 ('L8:ريف درعا الشمالي الغربي','LOCATION','daraa-northwest-countryside'), ('L8:المعارضة','ACTOR','FSA'), ('L8:ضباط روس','ACTOR','RU'),
 ('L8:نوى#1','LOCATION','nawa'),
 ('L9:ريف درعا الشرقي','LOCATION','daraa-east-countryside'), ('L9:قوات النظام','ACTOR','SY_GOV'),
 ('L9:أكثر من 80 في المئة','QUANTITY',None,(80,True,'other')), ('L9:المحافظة','LOCATION','daraa-governorate'),
 ('L9:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L9:أكثر من 230 ألف شخص','QUANTITY',None,(230000,True,'people')),
 ('L9:الأمم المتحدة','ORG','un'),
]
times = [
 ('L1:أمس الأحد', SUN, 'day'),
 ('L2:فجر الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L4:تشرين الأول/أكتوبر 2014', '2014-10', 'month'),
 ('L6:السادس من تموز الجاري', '2018-07-06', 'day'),
 ('L7:الأربعاء الماضي', '2018-07-11', 'day'),
 ('L7:عام 1974', '1974', 'year'),
 ('L9:19 حزيران الماضي', '2018-06-19', 'day'),
]
Y = 'L1:أمس الأحد'
OPP = 'مصدر في المعارضة (عمون)'
TV = 'التلفزيون الرسمي السوري'
JSRC = 'مصدر عسكري أردني (عمون)'
IDF = 'الجيش الإسرائيلي'
LOC = 'مصادر محلية'
SOHR = 'المرصد السوري لحقوق الإنسان'
W11 = 'L7:الأربعاء الماضي'
J6 = 'L6:السادس من تموز الجاري'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=Y, actors=['SY_GOV'], targets=['FSA'], loc='L1:تل الحارة'),                               # 1
 dict(type='ATTACK', trig='L1:معارك', time=Y, actors=['SY_GOV', 'FSA'], loc='L1:تل الحارة'),                                            # 2
 dict(type='ATTACK', trig='L1:قصف', actors=['SY_GOV'], targets=['FSA'], loc='L1:تل الحارة', qty=['L1:ثلاثة أيام']),                    # 3
 dict(type='WITHDRAWAL', trig='L2:انسحبت', time='L2:فجر الأحد', actors=['FSA'], loc='L2:التل', attr=OPP),                              # 4
 dict(type='ATTACK', trig='L2:نفذت', actors=['RU'], targets=['FSA'], loc='L2:المنطقة', weapons=['L2:الطائرات الروسية'],
      qty=['L2:أكثر من 150 غارة', 'L2:48 ساعة'], attr=OPP),                                                                           # 5
 dict(type='MOVEMENT', trig='L2:أعادوا تموضعهم', time='L2:فجر الأحد', actors=['FSA'], loc='L2:ريف القنيطرة', attr=OPP),               # 6
 dict(type='CONTROL', trig='L3:يرفعون العلم', time=Y, actors=['SY_GOV'], loc='L3:التل#1', attr=TV),                                      # 7
 dict(type='OPERATION', trig='L3:تمشيط', actors=['SY_GOV'], loc='L3:التل#1', attr=TV),                                                   # 8
 dict(type='OPERATION', trig='L3:تفكيك', actors=['SY_GOV'], weapons=['L3:الألغام'], attr=TV),                                          # 9
 dict(type='CONTROL', trig='L4:انتزعته', time='L4:تشرين الأول/أكتوبر 2014', actors=['FSA'], targets=['SY_GOV'], loc='L4:التل'),       # 10
 dict(type='CONTROL', trig='L6:استعادت', time=J6, actors=['SY_GOV'], targets=['FSA'], loc='L6:معبر نصيب الحدودي'),                   # 11
 dict(type='AGREEMENT', trig='L6:اتفاق', time=J6, actors=['RU', 'FSA'], loc='L6:ريف درعا الشرقي'),                                     # 12
 dict(type='WITHDRAWAL', trig='L6:خروج', mod='planned', actors=['FSA'], loc='L6:ريف درعا الشرقي'),                                    # 13
 dict(type='STATEMENT', trig='L7:أعلن', actors=[IL], attr=IDF),                                                                        # 14
 dict(type='ATTACK', trig='L7:قصف', time=W11, actors=[IL], targets=['SY_GOV'], loc='L7:ريف القنيطرة', qty=['L7:ثلاثة مواقع'], attr=IDF),  # 15
 dict(type='MOVEMENT', trig='L7:تسلل', time=W11, actors=['SY_GOV'], loc='L7:الأجواء الإسرائيلية', weapons=['L7:طائرة مسيّرة سورية'],
      attr=IDF),                                                                                                                      # 16
 dict(type='AGREEMENT', trig='L7:اتفاق فك الاشتباك', time='L7:عام 1974', actors=[IL, 'SY_GOV'], loc='L7:الجولان'),                   # 17
 dict(type='MOVEMENT', trig='L8:حشد', actors=['SY_GOV'], loc='L8:مدينة نوى'),                                                          # 18
 dict(type='OPERATION', trig='L8:عملية', mod='planned', actors=['SY_GOV'], targets=['FSA'], loc='L8:ريف درعا الشمالي الغربي'),        # 19
 dict(type='AGREEMENT', trig='L8:مفاوضات', actors=['RU'], loc='L8:نوى#1', attr=LOC),                                                   # 20
 dict(type='OPERATION', trig='L9:الهجوم', time='L9:19 حزيران الماضي', actors=['SY_GOV'], loc='L9:ريف درعا الشرقي'),                  # 21
 dict(type='CONTROL', trig='L9:تسيطر', actors=['SY_GOV'], loc='L9:المحافظة', qty=['L9:أكثر من 80 في المئة'], attr=SOHR),              # 22
]
YD = (SUN, 'day')
TH = ('تل الحارة', 'tal-al-harra')
OD = (D, 'day')
forces = [
 dict(actor='SY_GOV', loc=TH, as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=TH, as_of=YD, status='present', line=1, events=[2]),
 dict(actor='FSA', loc=TH, as_of=YD, status='present', line=1, events=[2]),
 dict(actor='FSA', assets='مواقع الفصائل على التل', loc=TH, as_of=YD, status='attacked', line=1, events=[3]),
 dict(actor='FSA', loc=('التل', 'tal-al-harra'), as_of=(SUN, 'part-of-day'), status='withdrawn', source=OPP, line=2, events=[4]),
 dict(actor='FSA', loc=('بلدة الحارة', 'al-harra'), as_of=(SUN, 'part-of-day'), status='withdrawn', source=OPP, line=2, events=[4]),
 dict(actor='FSA', loc=('ريف القنيطرة', 'quneitra-countryside'), as_of=(SUN, 'part-of-day'), status='present', source=OPP, line=2, events=[6]),
 dict(actor='FSA', loc=('التل', 'tal-al-harra'), as_of=('2014-10', 'month'), status='controls', line=4, events=[10]),
 dict(actor=JO, assets='وحدات حرس الحدود', loc=('الواجهة الشمالية', 'jordan-northern-front'), as_of=OD, status='present', source=JSRC,
      line=5),
 dict(actor='SY_GOV', loc=('معبر نصيب الحدودي', 'nassib-crossing'), as_of=('2018-07-06', 'day'), status='controls', line=6, events=[11]),
 dict(actor='SY_GOV', assets='ثلاثة مواقع عسكرية', loc=('ريف القنيطرة', 'quneitra-countryside'), as_of=('2018-07-11', 'day'),
      status='attacked', source=IDF, line=7, events=[15]),
 dict(actor='SY_GOV', assets='تعزيزات', loc=('مدينة نوى', 'nawa'), as_of=OD, status='reinforced', line=8, events=[18]),
 dict(actor='SY_GOV', assets='تعزيزات', loc=('بلدة جاسم', 'jassem'), as_of=OD, status='reinforced', line=8, events=[18]),
 dict(actor='SY_GOV', assets='أكثر من 80 في المئة من مساحة المحافظة', loc=('المحافظة', 'daraa-governorate'), as_of=OD, status='controls',
      source=SOHR, line=9, events=[22]),
]
build('ammon-tal-al-harra', None, 'عمون', D, L, ents, times, events, forces)
