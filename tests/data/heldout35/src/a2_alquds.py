from build import build
L = [
'مسلحو "النصرة" يحتجزون 43 جندياً دولياً في الجولان ويحاصرون 81 آخرين بعد السيطرة على معبر القنيطرة',
'عواصم - وكالات: أعلنت الأمم المتحدة، أمس الخميس، أن مقاتلين من المعارضة السورية المسلحة احتجزوا 43 من جنود حفظ السلام التابعين لقوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) في المنطقة العازلة بهضبة الجولان، فيما حوصر 81 جندياً آخرين في موقعين قرب بلدتي الرويحينة وبريقة.',
'وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك في نيويورك إن "الاحتجاز جرى خلال اشتباكات بين مسلحي المعارضة والجيش السوري عند معبر القنيطرة"، مطالباً بالإفراج "غير المشروط" عن الجنود المحتجزين، وهم من فيجي.',
'وكانت "جبهة النصرة" وفصائل من "الجيش الحر" قد سيطرت، صباح الأربعاء، على معبر القنيطرة، بعد معارك عنيفة مع قوات النظام استمرت عدة ساعات، بحسب المرصد السوري لحقوق الإنسان، الذي أشار إلى مقتل 20 عنصراً على الأقل من الطرفين.',
'وفي بيان نشرته على حساباتها في موقع "تويتر"، تبنت "النصرة" احتجاز الجنود، وقالت إنهم "في مكان آمن ويلقون معاملة حسنة"، مطالبة بشطب اسمها من قائمة الأمم المتحدة للمنظمات الإرهابية.',
'وعلى الجانب الآخر من خط وقف إطلاق النار، أصيب ضابط إسرائيلي بشظايا قذيفة هاون سقطت على موقع عسكري في الجولان المحتل الأربعاء، وقال الجيش الإسرائيلي إن دبابات تابعة له "ردت بقصف موقعين للجيش السوري" في ريف القنيطرة، قبل أن يعلن المنطقة منطقة عسكرية مغلقة.',
'ميدانياً، أفاد المرصد بأن الطيران الحربي التابع للنظام شن أمس أربع غارات على بلدتي مسحرة وجباتا الخشب، فيما تدور اشتباكات بين قوات النظام ومقاتلي المعارضة في بلدة الحميدية، وسط أنباء عن وصول تعزيزات من "اللواء 90" إلى البلدة.',
'من جهتها، حمّلت وزارة الخارجية السورية، في رسالة إلى مجلس الأمن، "المجموعات الإرهابية المدعومة من إسرائيل" مسؤولية احتجاز الجنود، مؤكدة أن الجيش "سيواصل عملياته حتى استعادة المعبر".',
'ويتمركز في المنطقة العازلة نحو 1200 جندي من ست دول ضمن قوة "أندوف"، التي أنشئت بموجب اتفاق فض الاشتباك الموقع بين سوريا وإسرائيل عام 1974.',
'وذكرت وزارة الدفاع الفلبينية أن جنودها المحاصرين "يرفضون تسليم أسلحتهم"، وأن مفاوضات تجري عبر الأمم المتحدة لتأمين خروجهم بسلام.',
]
D = '2014-08-29'   # Friday; Jerusalem print daily, dated the day after the news
THU = '2014-08-28'
WED = '2014-08-27'
ISR = 'OTHER:israel'
UN = 'الأمم المتحدة'
SOHR = 'المرصد السوري لحقوق الإنسان'
ents = [
 ('L0:النصرة','ACTOR','NUSRA'), ('L0:43 جندياً','QUANTITY',None,(43,False,'arrested')), ('L0:الجولان','LOCATION','golan'),
 ('L0:81','QUANTITY',None,(81,False,'troops')), ('L0:معبر القنيطرة','LOCATION','quneitra-crossing'),
 ('L1:الأمم المتحدة#0','ORG','un'), ('L1:المعارضة السورية المسلحة','ACTOR','FSA'), ('L1:43','QUANTITY',None,(43,False,'arrested')),
 ('L1:قوة الأمم المتحدة لمراقبة فض الاشتباك','ORG','undof'), ('L1:أندوف','ORG','undof'), ('L1:المنطقة العازلة','LOCATION','golan-buffer-zone'),
 ('L1:هضبة الجولان','LOCATION','golan'), ('L1:81 جندياً','QUANTITY',None,(81,False,'troops')), ('L1:موقعين','QUANTITY',None,(2,False,'other')),
 ('L1:بلدتي الرويحينة','LOCATION','al-ruwayhina'), ('L1:بريقة','LOCATION','bariqa'),
 ('L2:الأمم المتحدة','ORG','un'), ('L2:ستيفان دوجاريك','PERSON','stephane-dujarric'), ('L2:نيويورك','LOCATION','new-york'),
 ('L2:المعارضة','ACTOR','FSA'), ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:معبر القنيطرة','LOCATION','quneitra-crossing'),
 ('L2:فيجي','LOCATION','fiji'),
 ('L3:جبهة النصرة','ACTOR','NUSRA'), ('L3:الجيش الحر','ACTOR','FSA'), ('L3:معبر القنيطرة','LOCATION','quneitra-crossing'),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:عدة ساعات','QUANTITY',None,([3, 9],True,'other')), ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:20 عنصراً على الأقل','QUANTITY',None,(20,True,'killed')),
 ('L4:تويتر','ORG','twitter'), ('L4:النصرة','ACTOR','NUSRA'), ('L4:الأمم المتحدة','ORG','un'),
 ('L5:خط وقف إطلاق النار','LOCATION','golan-ceasefire-line'), ('L5:ضابط إسرائيلي','ACTOR',ISR), ('L5:قذيفة هاون','WEAPON','mortar'),
 ('L5:الجولان المحتل','LOCATION','occupied-golan'), ('L5:الجيش الإسرائيلي','ACTOR',ISR), ('L5:دبابات','WEAPON','tanks'),
 ('L5:موقعين','QUANTITY',None,(2,False,'other')), ('L5:لجيش السوري','ACTOR','SY_GOV'), ('L5:ريف القنيطرة','LOCATION','quneitra-countryside'),
 ('L5:المنطقة#0','LOCATION','golan-ceasefire-line'),
 ('L6:المرصد','ORG','sohr'), ('L6:الطيران الحربي','WEAPON','warplanes'), ('L6:لنظام#0','ACTOR','SY_GOV'),
 ('L6:أربع غارات','QUANTITY',None,(4,False,'other')), ('L6:بلدتي مسحرة','LOCATION','masharah'), ('L6:جباتا الخشب','LOCATION','jubata-al-khashab'),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:المعارضة','ACTOR','FSA'), ('L6:بلدة الحميدية','LOCATION','al-hamidiyah'),
 ('L6:اللواء 90','ACTOR','SY_GOV'), ('L6:البلدة','LOCATION','al-hamidiyah'),
 ('L7:وزارة الخارجية السورية','ACTOR','SY_GOV'), ('L7:مجلس الأمن','ORG','unsc'), ('L7:المجموعات الإرهابية','ACTOR','NUSRA'),
 ('L7:إسرائيل','ACTOR',ISR), ('L7:الجيش','ACTOR','SY_GOV'), ('L7:المعبر','LOCATION','quneitra-crossing'),
 ('L8:المنطقة العازلة','LOCATION','golan-buffer-zone'), ('L8:نحو 1200 جندي','QUANTITY',None,(1200,True,'troops')),
 ('L8:ست دول','QUANTITY',None,(6,False,'other')), ('L8:أندوف','ORG','undof'), ('L8:سوريا','ACTOR','SY_GOV'), ('L8:إسرائيل','ACTOR',ISR),
 ('L9:وزارة الدفاع الفلبينية','ORG','philippine-defence-ministry'), ('L9:الأمم المتحدة','ORG','un'),
]
times = [
 ('L1:أمس الخميس', THU, 'day'),
 ('L3:صباح الأربعاء', WED, 'part-of-day', {'part': 'morning'}),
 ('L5:الأربعاء', WED, 'day'),
 ('L6:أمس', THU, 'day'),
 ('L8:عام 1974', '1974', 'year'),
]
T1 = 'L1:أمس الخميس'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T1, attr=UN),                                                                  # 1
 dict(type='ARREST', trig='L1:احتجزوا', time=T1, actors=['FSA'], loc='L1:المنطقة العازلة', qty=['L1:43'], attr=UN),             # 2
 dict(type='OPERATION', trig='L1:حوصر', time=T1, loc='L1:بلدتي الرويحينة', qty=['L1:81 جندياً', 'L1:موقعين'], attr=UN),         # 3
 dict(type='STATEMENT', trig='L2:قال', attr='ستيفان دوجاريك'),                                                               # 4
 dict(type='ARREST', trig='L2:الاحتجاز', time=T1, actors=['FSA'], attr='ستيفان دوجاريك'),                                      # 5
 dict(type='ATTACK', trig='L2:اشتباكات', time=T1, actors=['FSA', 'SY_GOV'], loc='L2:معبر القنيطرة', attr='ستيفان دوجاريك'),     # 6
 dict(type='CONTROL', trig='L3:سيطرت', time='L3:صباح الأربعاء', actors=['NUSRA', 'FSA'], loc='L3:معبر القنيطرة', attr=SOHR),    # 7
 dict(type='ATTACK', trig='L3:معارك', time='L3:صباح الأربعاء', actors=['NUSRA', 'FSA', 'SY_GOV'], loc='L3:معبر القنيطرة',
      qty=['L3:عدة ساعات', 'L3:20 عنصراً على الأقل'], attr=SOHR),                                                             # 8
 dict(type='ARREST', trig='L4:احتجاز', time=T1, actors=['NUSRA'], attr='النصرة'),                                             # 9
 dict(type='STATEMENT', trig='L4:قالت', actors=['NUSRA'], attr='النصرة'),                                                     # 10
 dict(type='ATTACK', trig='L5:أصيب', time='L5:الأربعاء', targets=[ISR], loc='L5:الجولان المحتل', weapons=['L5:قذيفة هاون']),      # 11
 dict(type='STATEMENT', trig='L5:قال', actors=[ISR], attr='الجيش الإسرائيلي'),                                                # 12
 dict(type='ATTACK', trig='L5:قصف', time='L5:الأربعاء', actors=[ISR], targets=['SY_GOV'], loc='L5:ريف القنيطرة',
      weapons=['L5:دبابات'], qty=['L5:موقعين'], attr='الجيش الإسرائيلي'),                                                      # 13
 dict(type='ATTACK', trig='L6:غارات', time='L6:أمس', actors=['SY_GOV'], loc='L6:بلدتي مسحرة', weapons=['L6:الطيران الحربي'],
      qty=['L6:أربع غارات'], attr='المرصد'),                                                                                  # 14
 dict(type='ATTACK', trig='L6:اشتباكات', time='L6:أمس', actors=['SY_GOV', 'FSA'], loc='L6:بلدة الحميدية', attr='المرصد'),       # 15
 dict(type='MOVEMENT', trig='L6:وصول', time='L6:أمس', actors=['SY_GOV'], loc='L6:البلدة', attr='المرصد'),                        # 16
 dict(type='ARREST', trig='L7:احتجاز', time=T1, actors=['NUSRA'], attr='وزارة الخارجية السورية'),                              # 17
 dict(type='OPERATION', trig='L7:عملياته', mod='planned', actors=['SY_GOV'], attr='وزارة الخارجية السورية'),                   # 18
 dict(type='CONTROL', trig='L7:استعادة', mod='planned', actors=['SY_GOV'], loc='L7:المعبر', attr='وزارة الخارجية السورية'),     # 19
 dict(type='MOVEMENT', trig='L8:يتمركز', loc='L8:المنطقة العازلة', qty=['L8:نحو 1200 جندي']),                                   # 20
 dict(type='AGREEMENT', trig='L8:اتفاق فض الاشتباك', time='L8:عام 1974', actors=['SY_GOV', ISR]),                              # 21
 dict(type='AGREEMENT', trig='L9:مفاوضات', attr='وزارة الدفاع الفلبينية'),                                                   # 22
]
THUD = (THU, 'day')
WEDM = (WED, 'part-of-day')
WEDD = (WED, 'day')
forces = [
 dict(actor='FSA', loc=('المنطقة العازلة', 'golan-buffer-zone'), as_of=THUD, status='present', source=UN, line=1, events=[2]),
 dict(actor='FSA', loc=('معبر القنيطرة', 'quneitra-crossing'), as_of=THUD, status='present', source='ستيفان دوجاريك', line=2, events=[6]),
 dict(actor='SY_GOV', loc=('معبر القنيطرة', 'quneitra-crossing'), as_of=THUD, status='present', source='ستيفان دوجاريك', line=2, events=[6]),
 dict(actor='NUSRA', loc=('معبر القنيطرة', 'quneitra-crossing'), as_of=WEDM, status='controls', source=SOHR, line=3, events=[7]),
 dict(actor='FSA', loc=('معبر القنيطرة', 'quneitra-crossing'), as_of=WEDM, status='controls', source=SOHR, line=3, events=[7]),
 dict(actor='NUSRA', loc=('معبر القنيطرة', 'quneitra-crossing'), as_of=WEDM, status='present', source=SOHR, line=3, events=[8]),
 dict(actor='FSA', loc=('معبر القنيطرة', 'quneitra-crossing'), as_of=WEDM, status='present', source=SOHR, line=3, events=[8]),
 dict(actor='SY_GOV', loc=('معبر القنيطرة', 'quneitra-crossing'), as_of=WEDM, status='present', source=SOHR, line=3, events=[8]),
 dict(actor=ISR, assets='موقع عسكري', loc=('الجولان المحتل', 'occupied-golan'), as_of=WEDD, status='attacked', line=5, events=[11]),
 dict(actor='SY_GOV', assets='موقعين', loc=('ريف القنيطرة', 'quneitra-countryside'), as_of=WEDD, status='attacked', source='الجيش الإسرائيلي', line=5, events=[13]),
 dict(actor='SY_GOV', loc=('بلدة الحميدية', 'al-hamidiyah'), as_of=THUD, status='present', source='المرصد', line=6, events=[15]),
 dict(actor='FSA', loc=('بلدة الحميدية', 'al-hamidiyah'), as_of=THUD, status='present', source='المرصد', line=6, events=[15]),
 dict(actor='SY_GOV', assets='تعزيزات من اللواء 90', loc=('البلدة', 'al-hamidiyah'), as_of=THUD, status='reinforced', source='المرصد', line=6, events=[16]),
]
build('alquds-quneitra-crossing-undof', None, 'القدس', D, L, ents, times, events, forces)
