from build import build
L = [
'الوعر: الدفعة الأولى من المسلحين إلى ريف حماة.. والتسوية على المحك',
'خرجت أمس الدفعة الأولى من المسلحين وعائلاتهم من حي الوعر في مدينة حمص، تنفيذاً للتسوية التي رعتها الأمم المتحدة، بعد نحو عامين من الحصار الذي يفرضه الجيش السوري على الحي.',
'وانطلقت 15 حافلة تقل نحو 300 مسلح و420 مدنياً من دوار المهندسين عند مدخل الحي، وسط انتشار كثيف لوحدات الجيش والشرطة العسكرية، باتجاه بلدة قلعة المضيق في ريف حماة الشمالي الغربي، بعد تأخير دام ست ساعات.',
'وقال محافظ حمص طلال البرازي لـ«الأخبار» إن «الحافلات وصلت مساءً إلى قلعة المضيق بمواكبة من الهلال الأحمر العربي السوري ومندوبين عن الأمم المتحدة»، مؤكداً أن الدفعة الثانية ستخرج «خلال أسبوعين».',
'وبحسب بنود الاتفاق الذي وُقّع في الأول من كانون الأول الجاري، يسلّم المسلحون سلاحهم الثقيل والمتوسط إلى الجيش، وتدخل الشرطة المدنية إلى الحي بعد خروج آخر دفعة، على أن يبقى فيه من يرغب من المدنيين.',
'وأكد مصدر عسكري لـ«الأخبار» أن وحدات الجيش تسلّمت صباح أمس دبابتين وقذائف هاون من المسلحين عند الأطراف الغربية للحي، فيما تنتشر قوات «الدفاع الوطني» على الحواجز المحيطة بالوعر، ولا سيما عند جسر الوعر ومنطقة البساتين.',
'وكان انطلاق الحافلات قد تأخر بعد سقوط قذيفتي هاون قرب نقطة التجمع، اتهم مصدر أمني «جبهة النصرة» بإطلاقهما من أطراف الحي الشمالية لعرقلة التسوية، من دون أن تسفر عن إصابات.',
'في المقابل، نفى ناشطون من داخل الحي أن يكون عناصر «النصرة» قد خرجوا ضمن الدفعة الأولى، مؤكدين أن نحو 150 منهم لا يزالون ينتشرون في الجزيرة السابعة ويرفضون الاتفاق.',
'ويُعدّ الوعر آخر معاقل المعارضة في مدينة حمص، بعدما استعاد الجيش أحياء حمص القديمة في أيار 2014 إثر اتفاق مماثل خرج بموجبه نحو ألفي مسلح إلى الريف الشمالي.',
'وتتحدث مصادر مطلعة عن مساعٍ لإبرام اتفاقات مماثلة في الرستن وتلبيسة بالريف الشمالي، حيث تنتشر فصائل من «الجيش الحر» و«أحرار الشام» و«النصرة»، فيما يواصل الطيران الروسي منذ نهاية أيلول الماضي غاراته على البلدتين.',
]
D = '2015-12-10'   # Thursday; Beirut print daily, «أمس» is Wednesday 9 December
Y = '2015-12-09'
PGM = 'OTHER:pro-government-militias'
AH = 'OTHER:ahrar-al-sham'
ents = [
 ('L0:الوعر','LOCATION','al-waer'), ('L0:المسلحين','ACTOR','FSA'), ('L0:ريف حماة','LOCATION','hama-countryside'),
 ('L1:المسلحين','ACTOR','FSA'), ('L1:حي الوعر','LOCATION','al-waer'), ('L1:مدينة حمص','LOCATION','homs'), ('L1:الأمم المتحدة','ORG','united-nations'),
 ('L1:نحو عامين','QUANTITY',None,(2,True,'other')), ('L1:الجيش السوري','ACTOR','SY_GOV'), ('L1:الحي','LOCATION','al-waer'),
 ('L2:15 حافلة','QUANTITY',None,(15,False,'vehicles')), ('L2:نحو 300 مسلح','QUANTITY',None,(300,True,'fighters')),
 ('L2:420 مدنياً','QUANTITY',None,(420,False,'people')), ('L2:دوار المهندسين','LOCATION','al-muhandiseen-roundabout'), ('L2:الحي','LOCATION','al-waer'),
 ('L2:وحدات الجيش','ACTOR','SY_GOV'), ('L2:الشرطة العسكرية','ACTOR','SY_GOV'), ('L2:بلدة قلعة المضيق','LOCATION','qalaat-al-madiq'),
 ('L2:ريف حماة الشمالي الغربي','LOCATION','hama-northwest-countryside'), ('L2:ست ساعات','QUANTITY',None,(6,False,'other')),
 ('L3:حمص','LOCATION','homs'), ('L3:طلال البرازي','PERSON','talal-al-barazi'), ('L3:الأخبار','ORG','alakhbar'), ('L3:قلعة المضيق','LOCATION','qalaat-al-madiq'),
 ('L3:الهلال الأحمر العربي السوري','ORG','sarc'), ('L3:الأمم المتحدة','ORG','united-nations'),
 ('L4:المسلحون','ACTOR','FSA'), ('L4:سلاحهم الثقيل والمتوسط','WEAPON','heavy-weapons'), ('L4:الجيش','ACTOR','SY_GOV'),
 ('L4:الشرطة المدنية','ACTOR','SY_GOV'), ('L4:الحي','LOCATION','al-waer'),
 ('L5:الأخبار','ORG','alakhbar'), ('L5:وحدات الجيش','ACTOR','SY_GOV'), ('L5:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L5:دبابتين#0','WEAPON','tanks'),
 ('L5:قذائف هاون','WEAPON','mortar-shells'), ('L5:المسلحين','ACTOR','FSA'), ('L5:الأطراف الغربية للحي','LOCATION','al-waer-western-edges'),
 ('L5:الدفاع الوطني','ACTOR',PGM), ('L5:الحواجز المحيطة بالوعر','LOCATION','al-waer-checkpoints'), ('L5:جسر الوعر','LOCATION','al-waer-bridge'),
 ('L5:منطقة البساتين','LOCATION','al-basatin'),
 ('L6:قذيفتي هاون','QUANTITY',None,(2,False,'other')), ('L6:قذيفتي هاون#0','WEAPON','mortar-shells'), ('L6:نقطة التجمع','LOCATION','al-muhandiseen-roundabout'),
 ('L6:جبهة النصرة','ACTOR','NUSRA'), ('L6:أطراف الحي الشمالية','LOCATION','al-waer-northern-edges'),
 ('L7:الحي','LOCATION','al-waer'), ('L7:النصرة','ACTOR','NUSRA'), ('L7:نحو 150','QUANTITY',None,(150,True,'fighters')),
 ('L7:الجزيرة السابعة','LOCATION','al-waer-seventh-island'),
 ('L8:الوعر','LOCATION','al-waer'), ('L8:المعارضة','ACTOR','FSA'), ('L8:مدينة حمص','LOCATION','homs'), ('L8:الجيش','ACTOR','SY_GOV'),
 ('L8:أحياء حمص القديمة','LOCATION','homs-old-city'), ('L8:نحو ألفي مسلح','QUANTITY',None,(2000,True,'fighters')), ('L8:الريف الشمالي','LOCATION','homs-north-countryside'),
 ('L9:الرستن','LOCATION','rastan'), ('L9:تلبيسة','LOCATION','talbiseh'), ('L9:الريف الشمالي','LOCATION','homs-north-countryside'),
 ('L9:الجيش الحر','ACTOR','FSA'), ('L9:أحرار الشام','ACTOR',AH), ('L9:النصرة','ACTOR','NUSRA'), ('L9:الطيران الروسي','ACTOR','RU'),
 ('L9:البلدتين','LOCATION','rastan'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L3:مساءً', Y, 'part-of-day', {'part': 'evening'}),
 ('L3:خلال أسبوعين', D + '/', 'vague', {'relation': 'after'}),
 ('L4:الأول من كانون الأول الجاري', '2015-12-01', 'day'),
 ('L5:صباح أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L8:أيار 2014', '2014-05', 'month'),
 ('L9:منذ نهاية أيلول الماضي', '2015-09/2015-12', 'month'),
]
T = 'L1:أمس'
DEAL = 'L4:الأول من كانون الأول الجاري'
GOV = 'طلال البرازي'
MIL = 'مصدر عسكري'
ACT = 'ناشطون من داخل الحي'
events = [
 dict(type='WITHDRAWAL', trig='L1:خرجت', time=T, actors=['FSA'], loc='L1:حي الوعر'),                                                  # 1
 dict(type='AGREEMENT', trig='L1:للتسوية', time=DEAL, actors=['SY_GOV', 'FSA']),                                                        # 2
 dict(type='OPERATION', trig='L1:الحصار', actors=['SY_GOV'], targets=['FSA'], loc='L1:الحي', qty=['L1:نحو عامين']),                       # 3
 dict(type='WITHDRAWAL', trig='L2:انطلقت', time=T, actors=['FSA'], loc='L2:دوار المهندسين',
      qty=['L2:15 حافلة', 'L2:نحو 300 مسلح', 'L2:420 مدنياً']),                                                                       # 4
 dict(type='MOVEMENT', trig='L2:انتشار', time=T, actors=['SY_GOV'], loc='L2:دوار المهندسين'),                                           # 5
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['SY_GOV'], attr=GOV),                                                            # 6
 dict(type='MOVEMENT', trig='L3:وصلت', time='L3:مساءً', actors=['FSA'], loc='L3:قلعة المضيق', attr=GOV),                                 # 7
 dict(type='WITHDRAWAL', trig='L3:ستخرج', mod='planned', time='L3:خلال أسبوعين', actors=['FSA'], attr=GOV),                              # 8
 dict(type='AGREEMENT', trig='L4:الاتفاق', time=DEAL, actors=['SY_GOV', 'FSA']),                                                        # 9
 dict(type='MOVEMENT', trig='L4:تدخل', mod='planned', actors=['SY_GOV'], loc='L4:الحي'),                                                 # 10
 dict(type='WITHDRAWAL', trig='L4:خروج', mod='planned', actors=['FSA'], loc='L4:الحي'),                                                  # 11
 dict(type='MOVEMENT', trig='L5:تنتشر', actors=[PGM], loc='L5:الحواجز المحيطة بالوعر', attr=MIL),                                       # 12
 dict(type='WITHDRAWAL', trig='L6:انطلاق', time=T, actors=['FSA']),                                                                      # 13
 dict(type='ATTACK', trig='L6:سقوط', time=T, actors=['NUSRA'], loc='L6:نقطة التجمع', weapons=['L6:قذيفتي هاون#0'], qty=['L6:قذيفتي هاون'],
      attr='مصدر أمني'),                                                                                                                # 14
 dict(type='WITHDRAWAL', trig='L7:خرجوا', mod='denied', time=T, actors=['NUSRA'], loc='L7:الحي', attr=ACT),                              # 15
 dict(type='MOVEMENT', trig='L7:ينتشرون', actors=['NUSRA'], loc='L7:الجزيرة السابعة', qty=['L7:نحو 150'], attr=ACT),                     # 16
 dict(type='AGREEMENT', trig='L7:الاتفاق', time=DEAL, actors=['SY_GOV', 'FSA']),                                                        # 17
 dict(type='CONTROL', trig='L8:معاقل', actors=['FSA'], loc='L8:الوعر'),                                                                  # 18
 dict(type='CONTROL', trig='L8:استعاد', time='L8:أيار 2014', actors=['SY_GOV'], targets=['FSA'], loc='L8:أحياء حمص القديمة'),             # 19
 dict(type='AGREEMENT', trig='L8:اتفاق', time='L8:أيار 2014', actors=['SY_GOV', 'FSA']),                                                # 20
 dict(type='WITHDRAWAL', trig='L8:خرج', time='L8:أيار 2014', actors=['FSA'], loc='L8:أحياء حمص القديمة', qty=['L8:نحو ألفي مسلح']),       # 21
 dict(type='AGREEMENT', trig='L9:اتفاقات', mod='planned', loc='L9:الرستن', attr='مصادر مطلعة'),                                          # 22
 dict(type='MOVEMENT', trig='L9:تنتشر', actors=['FSA', AH, 'NUSRA'], loc='L9:الرستن'),                                                   # 23
 dict(type='ATTACK', trig='L9:غاراته', time='L9:منذ نهاية أيلول الماضي', actors=['RU'], loc='L9:البلدتين'),                               # 24
]
YD = (Y, 'day')
TD = (D, 'day')
EV = (Y, 'part-of-day')
MAY = ('2014-05', 'month')
forces = [
 dict(actor='FSA', loc=('حي الوعر', 'al-waer'), as_of=YD, status='withdrawn', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('الحي', 'al-waer'), as_of=TD, status='present', line=1, events=[3]),
 dict(actor='FSA', strength=(300, True, 'fighters'), assets='15 حافلة', loc=('دوار المهندسين', 'al-muhandiseen-roundabout'), as_of=YD, status='withdrawn', line=2, events=[4]),
 dict(actor='SY_GOV', loc=('دوار المهندسين', 'al-muhandiseen-roundabout'), as_of=YD, status='present', line=2, events=[5]),
 dict(actor='FSA', strength=(300, True, 'fighters'), loc=('قلعة المضيق', 'qalaat-al-madiq'), as_of=EV, status='arrived', source=GOV, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('الأطراف الغربية للحي', 'al-waer-western-edges'), as_of=(Y, 'part-of-day'), status='present', source=MIL, line=5, events=[]),
 dict(actor=PGM, assets='حواجز', loc=('الحواجز المحيطة بالوعر', 'al-waer-checkpoints'), as_of=TD, status='present', source=MIL, line=5, events=[12]),
 dict(actor=PGM, loc=('جسر الوعر', 'al-waer-bridge'), as_of=TD, status='present', source=MIL, line=5, events=[12]),
 dict(actor=PGM, loc=('منطقة البساتين', 'al-basatin'), as_of=TD, status='present', source=MIL, line=5, events=[12]),
 dict(actor='NUSRA', loc=('أطراف الحي الشمالية', 'al-waer-northern-edges'), as_of=YD, status='present', source='مصدر أمني', line=6, events=[14]),
 dict(actor='NUSRA', strength=(150, True, 'fighters'), loc=('الجزيرة السابعة', 'al-waer-seventh-island'), as_of=TD, status='present', source=ACT, line=7, events=[16]),
 dict(actor='FSA', loc=('الوعر', 'al-waer'), as_of=TD, status='controls', line=8, events=[18]),
 dict(actor='SY_GOV', loc=('أحياء حمص القديمة', 'homs-old-city'), as_of=MAY, status='controls', line=8, events=[19]),
 dict(actor='FSA', strength=(2000, True, 'fighters'), loc=('أحياء حمص القديمة', 'homs-old-city'), as_of=MAY, status='withdrawn', line=8, events=[21]),
]
for place, can in (('الرستن', 'rastan'), ('تلبيسة', 'talbiseh')):
    for a in ('FSA', AH, 'NUSRA'):
        forces.append(dict(actor=a, loc=(place, can), as_of=TD, status='present', line=9, events=[23]))
build('alakhbar-waer-first-batch', None, 'الأخبار', D, L, ents, times, events, forces)
