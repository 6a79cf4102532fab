from build import build
L = [
'خروج الدفعة الأولى من مهجري ريف حمص الشمالي نحو الشمال السوري',
'ريف حمص (سمارت) - خرجت، مساء الإثنين، الدفعة الأولى من مقاتلي فصائل الجيش السوري الحر وعائلاتهم من مدينتي الرستن وتلبيسة في ريف حمص الشمالي باتجاه الشمال السوري، تنفيذا للاتفاق المبرم بين الفصائل والجانب الروسي.',
'وقال مراسل "سمارت" إن قافلة من 62 حافلة تقل نحو 3200 شخص، بينهم قرابة 800 مقاتل بأسلحتهم الفردية، انطلقت من نقطة التجمع في بلدة الدار الكبيرة وسط مرافقة من الشرطة العسكرية الروسية، وعبرت حاجزا لقوات النظام عند جسر الرستن.',
'وأضاف المراسل أن القافلة ستتجه إلى بلدة قلعة المضيق في ريف حماة الغربي، ومنها إلى مدينة إدلب وريف حلب الشمالي، على أن تخرج الدفعات المتبقية تباعا خلال الأيام المقبلة.',
'ونص الاتفاق، الذي توصلت إليه "هيئة التفاوض" عن ريف حمص الشمالي مع ضباط روس في الثاني من أيار الجاري، على تسليم الفصائل سلاحها الثقيل والمتوسط، وخروج من لا يرغب بالبقاء، ودخول الشرطة العسكرية الروسية إلى المنطقة لحفظ الأمن.',
'وبالتزامن، انتشرت عناصر من الشرطة العسكرية الروسية، صباح اليوم الثلاثاء، عند مداخل مدينة تلبيسة، فيما دخلت وحدات من قوات النظام قرية حربنفسه في ريف حماة الجنوبي بعد خروج مقاتلي المعارضة منها، بحسب ناشطين.',
'في المقابل، قصفت قوات النظام بالمدفعية الثقيلة، ليل الأحد، أطراف بلدة الحولة في ريف حمص الشمالي الغربي، ما أدى إلى إصابة ثلاثة مدنيين، رغم سريان وقف إطلاق النار، وفق "الدفاع المدني السوري".',
'ويتحصن في مدينة الرستن نحو 2000 مقاتل من "جيش التوحيد"، أكبر فصائل المنطقة، قرر عدد منهم البقاء وإجراء "تسوية" لأوضاعهم مع النظام، بحسب مصدر في الفصيل تحدث لـ"سمارت".',
'وتأتي عملية التهجير بعد خروج آلاف المقاتلين والمدنيين من الغوطة الشرقية ومدن القلمون الشرقي نحو الشمال السوري خلال نيسان الماضي، في حين تواصل قوات النظام منذ 19 نيسان حملتها العسكرية على جيب تنظيم "داعش" في مخيم اليرموك والحجر الأسود جنوبي دمشق.',
]
D = '2018-05-08'   # Tuesday; opposition news agency, web copy of its own day
MON = '2018-05-07'
JT = 'OTHER:jaish-al-tawhid'
ents = [
 ('L0:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L0:الشمال السوري','LOCATION','north-syria'),
 ('L1:ريف حمص#0','LOCATION','homs-countryside'), ('L1:سمارت','ORG','smart'), ('L1:الجيش السوري الحر','ACTOR','FSA'),
 ('L1:مدينتي الرستن','LOCATION','rastan'), ('L1:تلبيسة','LOCATION','talbiseh'), ('L1:ريف حمص الشمالي','LOCATION','homs-north-countryside'),
 ('L1:الشمال السوري','LOCATION','north-syria'), ('L1:الفصائل','ACTOR','FSA'), ('L1:الجانب الروسي','ACTOR','RU'),
 ('L2:سمارت','ORG','smart'), ('L2:62 حافلة','QUANTITY',None,(62,False,'vehicles')), ('L2:نحو 3200 شخص','QUANTITY',None,(3200,True,'people')),
 ('L2:قرابة 800 مقاتل','QUANTITY',None,(800,True,'fighters')), ('L2:أسلحتهم الفردية','WEAPON','small-arms'),
 ('L2:بلدة الدار الكبيرة','LOCATION','al-dar-al-kabira'), ('L2:الشرطة العسكرية الروسية','ACTOR','RU'), ('L2:قوات النظام','ACTOR','SY_GOV'),
 ('L2:جسر الرستن','LOCATION','rastan-bridge'),
 ('L3:بلدة قلعة المضيق','LOCATION','qalaat-al-madiq'), ('L3:ريف حماة الغربي','LOCATION','hama-west-countryside'), ('L3:مدينة إدلب','LOCATION','idlib'),
 ('L3:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L4:هيئة التفاوض','ORG','north-homs-negotiation-committee'), ('L4:ريف حمص الشمالي','LOCATION','homs-north-countryside'), ('L4:ضباط روس','ACTOR','RU'),
 ('L4:الفصائل','ACTOR','FSA'), ('L4:سلاحها الثقيل والمتوسط','WEAPON','heavy-weapons'), ('L4:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L4:المنطقة','LOCATION','homs-north-countryside'),
 ('L5:الشرطة العسكرية الروسية','ACTOR','RU'), ('L5:مدينة تلبيسة','LOCATION','talbiseh'), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:قرية حربنفسه','LOCATION','harbinafsah'), ('L5:ريف حماة الجنوبي','LOCATION','hama-south-countryside'), ('L5:المعارضة','ACTOR','FSA'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:المدفعية الثقيلة','WEAPON','heavy-artillery'), ('L6:بلدة الحولة','LOCATION','al-houla'),
 ('L6:ريف حمص الشمالي الغربي','LOCATION','homs-northwest-countryside'), ('L6:ثلاثة مدنيين','QUANTITY',None,(3,False,'wounded')),
 ('L6:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L7:مدينة الرستن','LOCATION','rastan'), ('L7:نحو 2000 مقاتل','QUANTITY',None,(2000,True,'fighters')), ('L7:جيش التوحيد','ACTOR',JT),
 ('L7:المنطقة','LOCATION','homs-north-countryside'), ('L7:النظام','ACTOR','SY_GOV'), ('L7:الفصيل','ACTOR',JT), ('L7:سمارت','ORG','smart'),
 ('L8:آلاف المقاتلين','QUANTITY',None,([1000,9999],True,'fighters')), ('L8:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L8:مدن القلمون الشرقي','LOCATION','eastern-qalamoun'), ('L8:الشمال السوري','LOCATION','north-syria'), ('L8:قوات النظام','ACTOR','SY_GOV'),
 ('L8:تنظيم "داعش"','ACTOR','ISIS'), ('L8:مخيم اليرموك','LOCATION','yarmouk-camp'), ('L8:الحجر الأسود','LOCATION','al-hajar-al-aswad'),
 ('L8:دمشق','LOCATION','damascus'),
]
times = [
 ('L1:مساء الإثنين', MON, 'part-of-day', {'part': 'evening'}),
 ('L3:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L4:الثاني من أيار الجاري', '2018-05-02', 'day'),
 ('L5:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L6:ليل الأحد', '2018-05-06', 'part-of-day', {'part': 'night'}),
 ('L8:نيسان الماضي', '2018-04', 'month'),
 ('L8:منذ 19 نيسان', '2018-04-19/' + D, 'day'),
]
EVE = 'L1:مساء الإثنين'
MORN = 'L5:صباح اليوم الثلاثاء'
COR = 'مراسل سمارت'
ACT = 'ناشطين'
JTS = 'مصدر في جيش التوحيد'
events = [
 dict(type='WITHDRAWAL', trig='L1:خرجت', time=EVE, actors=['FSA'], loc='L1:مدينتي الرستن'),                                          # 1
 dict(type='AGREEMENT', trig='L1:لاتفاق', time='L4:الثاني من أيار الجاري', actors=['FSA', 'RU']),                                    # 2
 dict(type='WITHDRAWAL', trig='L2:انطلقت', time=EVE, actors=['FSA'], loc='L2:بلدة الدار الكبيرة', weapons=['L2:أسلحتهم الفردية'],
      qty=['L2:62 حافلة', 'L2:نحو 3200 شخص', 'L2:قرابة 800 مقاتل'], attr=COR),                                                     # 3
 dict(type='MOVEMENT', trig='L2:مرافقة', time=EVE, actors=['RU'], attr=COR),                                                         # 4
 dict(type='MOVEMENT', trig='L2:عبرت', time=EVE, actors=['FSA'], loc='L2:جسر الرستن', attr=COR),                                      # 5
 dict(type='MOVEMENT', trig='L3:ستتجه', mod='planned', actors=['FSA'], loc='L3:بلدة قلعة المضيق', attr=COR),                          # 6
 dict(type='WITHDRAWAL', trig='L3:تخرج', mod='planned', time='L3:خلال الأيام المقبلة', actors=['FSA'], attr=COR),                      # 7
 dict(type='AGREEMENT', trig='L4:الاتفاق', time='L4:الثاني من أيار الجاري', actors=['FSA', 'RU']),                                    # 8
 dict(type='WITHDRAWAL', trig='L4:خروج', mod='planned', actors=['FSA']),                                                             # 9
 dict(type='MOVEMENT', trig='L4:دخول', mod='planned', actors=['RU'], loc='L4:المنطقة'),                                              # 10
 dict(type='MOVEMENT', trig='L5:انتشرت', time=MORN, actors=['RU'], loc='L5:مدينة تلبيسة', attr=ACT),                                  # 11
 dict(type='MOVEMENT', trig='L5:دخلت', time=MORN, actors=['SY_GOV'], loc='L5:قرية حربنفسه', attr=ACT),                               # 12
 dict(type='WITHDRAWAL', trig='L5:خروج', actors=['FSA'], loc='L5:قرية حربنفسه', attr=ACT),                                          # 13
 dict(type='ATTACK', trig='L6:قصفت', time='L6:ليل الأحد', actors=['SY_GOV'], loc='L6:بلدة الحولة', weapons=['L6:المدفعية الثقيلة'],
      qty=['L6:ثلاثة مدنيين'], attr='الدفاع المدني السوري'),                                                                      # 14
 dict(type='AGREEMENT', trig='L6:وقف إطلاق النار', actors=['FSA', 'RU']),                                                           # 15
 dict(type='AGREEMENT', trig='L7:تسوية', mod='planned', actors=[JT, 'SY_GOV'], attr=JTS),                                           # 16
 dict(type='WITHDRAWAL', trig='L8:التهجير', time=EVE, actors=['FSA']),                                                             # 17
 dict(type='WITHDRAWAL', trig='L8:خروج', time='L8:نيسان الماضي', actors=['FSA'], loc='L8:الغوطة الشرقية', qty=['L8:آلاف المقاتلين']),  # 18
 dict(type='OPERATION', trig='L8:حملتها العسكرية', time='L8:منذ 19 نيسان', actors=['SY_GOV'], targets=['ISIS'], loc='L8:مخيم اليرموك'),  # 19
]
EV = (MON, 'part-of-day')
MP = (D, 'part-of-day')
TD = (D, 'day')
V = (None, 'vague')
APR = ('2018-04', 'month')
SINCE = ('2018-04-19/' + D, 'day')
forces = [
 dict(actor='FSA', loc=('مدينتي الرستن', 'rastan'), as_of=EV, status='withdrawn', line=1, events=[1]),
 dict(actor='FSA', loc=('تلبيسة', 'talbiseh'), as_of=EV, status='withdrawn', line=1, events=[1]),
 dict(actor='FSA', strength=(800, True, 'fighters'), assets='62 حافلة', loc=('بلدة الدار الكبيرة', 'al-dar-al-kabira'), as_of=EV,
      status='withdrawn', source=COR, line=2, events=[3]),
 dict(actor='SY_GOV', assets='حاجز', loc=('جسر الرستن', 'rastan-bridge'), as_of=EV, status='present', source=COR, line=2, events=[]),
 dict(actor='RU', assets='عناصر من الشرطة العسكرية', loc=('مدينة تلبيسة', 'talbiseh'), as_of=MP, status='arrived', source=ACT, line=5, events=[11]),
 dict(actor='SY_GOV', assets='وحدات', loc=('قرية حربنفسه', 'harbinafsah'), as_of=MP, status='arrived', source=ACT, line=5, events=[12]),
 dict(actor='FSA', loc=('قرية حربنفسه', 'harbinafsah'), as_of=V, status='withdrawn', source=ACT, line=5, events=[13]),
 dict(actor=JT, strength=(2000, True, 'fighters'), loc=('مدينة الرستن', 'rastan'), as_of=TD, status='present', source=JTS, line=7, events=[]),
 dict(actor='FSA', strength=([1000, 9999], True, 'fighters'), loc=('الغوطة الشرقية', 'eastern-ghouta'), as_of=APR, status='withdrawn', line=8, events=[18]),
 dict(actor='FSA', strength=([1000, 9999], True, 'fighters'), loc=('مدن القلمون الشرقي', 'eastern-qalamoun'), as_of=APR, status='withdrawn', line=8, events=[18]),
 dict(actor='SY_GOV', loc=('مخيم اليرموك', 'yarmouk-camp'), as_of=SINCE, status='present', line=8, events=[19]),
 dict(actor='SY_GOV', loc=('الحجر الأسود', 'al-hajar-al-aswad'), as_of=SINCE, status='present', line=8, events=[19]),
 dict(actor='ISIS', loc=('مخيم اليرموك', 'yarmouk-camp'), as_of=SINCE, status='present', line=8, events=[19]),
 dict(actor='ISIS', loc=('الحجر الأسود', 'al-hajar-al-aswad'), as_of=SINCE, status='present', line=8, events=[19]),
]
build('smart-north-homs-evacuation', None, 'سمارت', D, L, ents, times, events, forces)
