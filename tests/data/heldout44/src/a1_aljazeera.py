from build import build
L = [
'تنظيم الدولة يسيطر على حقل الشاعر بريف حمص ويقتل العشرات',
'سيطر مقاتلو تنظيم الدولة الإسلامية على حقل الشاعر للغاز في بادية حمص الشرقية، بعد هجوم بدأه مساء الأربعاء على نقاط الحراسة في محيطه، وأسفر عن مقتل ما لا يقل عن 270 من عناصر قوات النظام والحراس والموظفين، وفق ما أفاد به المرصد السوري لحقوق الإنسان.',
'وأوضح المرصد أن المهاجمين اقتحموا أمس الخميس مباني الحقل ومساكن العاملين فيه، وأسروا نحو خمسين عنصرا، بينما فر آخرون باتجاه جبل الشاعر ومطار التيفور العسكري غربا.',
'ونشر التنظيم على حساباته في مواقع التواصل الاجتماعي صورا قال إنها لغنائم استولى عليها في الحقل، بينها دبابتان وراجمة صواريخ وعشرات صناديق الذخيرة.',
'في المقابل، قال التلفزيون السوري الرسمي إن "وحدات من الجيش تخوض اشتباكات عنيفة مع الإرهابيين في محيط حقل الشاعر"، نافيا أن يكون الإرهابيون قد سيطروا على الحقل.',
'وأضاف التلفزيون أن سلاح الجو السوري نفذ منذ صباح اليوم الجمعة أكثر من عشرين غارة على تجمعات المسلحين في منطقتي جزل وحويسيس القريبتين من الحقل.',
'وقال ناشطون في ريف حمص للجزيرة نت إن قوات النظام دفعت بتعزيزات تضم نحو ثلاثين آلية عسكرية ومئات العناصر من مدينة تدمر باتجاه الحقل، تمهيدا لهجوم مضاد متوقع خلال الساعات المقبلة.',
'ويعد حقل الشاعر من أكبر حقول الغاز في سوريا، إذ كان ينتج قرابة ثلاثة ملايين متر مكعب يوميا تغذي محطات توليد الكهرباء في المنطقة الوسطى.',
'ويأتي الهجوم بعد أسابيع من سيطرة التنظيم على معظم حقول النفط في ريف دير الزور الشرقي، إثر معارك مع جبهة النصرة وفصائل من الجيش الحر انتهت مطلع الشهر الجاري بانسحاب تلك الفصائل من المنطقة.',
'وكان التنظيم قد أعلن نهاية يونيو/حزيران الماضي قيام "الخلافة" في المناطق التي يسيطر عليها في سوريا والعراق، بعد نحو ثلاثة أسابيع من سيطرته على مدينة الموصل شمالي العراق.',
'وفي حمص أيضا، قالت شبكة شام الإخبارية إن مروحيات النظام ألقت براميل متفجرة على حي الوعر المحاصر، مما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين.',
]
D = '2014-07-18'   # Friday; web copy of its own day
WED = '2014-07-16'
THU = '2014-07-17'
ents = [
 ('L0:تنظيم الدولة','ACTOR','ISIS'), ('L0:حقل الشاعر','LOCATION','shaer-gas-field'), ('L0:ريف حمص','LOCATION','homs-countryside'),
 ('L0:العشرات','QUANTITY',None,([24, 99],True,'killed')),
 ('L1:تنظيم الدولة الإسلامية','ACTOR','ISIS'), ('L1:حقل الشاعر للغاز','LOCATION','shaer-gas-field'), ('L1:بادية حمص الشرقية','LOCATION','homs-eastern-badia'),
 ('L1:نقاط الحراسة','LOCATION','shaer-gas-field-posts'), ('L1:ما لا يقل عن 270','QUANTITY',None,(270,True,'killed')), ('L1:قوات النظام','ACTOR','SY_GOV'),
 ('L1:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L2:المرصد','ORG','sohr'), ('L2:مباني الحقل','LOCATION','shaer-gas-field'), ('L2:مساكن العاملين','LOCATION','shaer-gas-field-housing'),
 ('L2:نحو خمسين عنصرا','QUANTITY',None,(50,True,'arrested')), ('L2:جبل الشاعر','LOCATION','jabal-al-shaer'),
 ('L2:مطار التيفور العسكري','LOCATION','t4-airbase'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:الحقل','LOCATION','shaer-gas-field'), ('L3:دبابتان','WEAPON','tanks'), ('L3:دبابتان#0','QUANTITY',None,(2,False,'vehicles')),
 ('L3:راجمة صواريخ','WEAPON','mrl'), ('L3:عشرات صناديق الذخيرة','QUANTITY',None,([24, 99],True,'other')), ('L3:الذخيرة','WEAPON','ammunition'),
 ('L4:التلفزيون السوري الرسمي','ORG','syrian-tv'), ('L4:الجيش','ACTOR','SY_GOV'), ('L4:الإرهابيين','ACTOR','ISIS'),
 ('L4:محيط حقل الشاعر','LOCATION','shaer-gas-field'), ('L4:الإرهابيون','ACTOR','ISIS'), ('L4:الحقل','LOCATION','shaer-gas-field'),
 ('L5:التلفزيون','ORG','syrian-tv'), ('L5:سلاح الجو السوري','ACTOR','SY_GOV'), ('L5:أكثر من عشرين غارة','QUANTITY',None,(20,True,'other')),
 ('L5:المسلحين','ACTOR','ISIS'), ('L5:منطقتي جزل','LOCATION','jazal'), ('L5:حويسيس','LOCATION','huwaysis'), ('L5:الحقل','LOCATION','shaer-gas-field'),
 ('L6:ريف حمص','LOCATION','homs-countryside'), ('L6:لجزيرة نت','ORG','aljazeera-net'), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L6:نحو ثلاثين آلية عسكرية','QUANTITY',None,(30,True,'vehicles')), ('L6:آلية عسكرية','WEAPON','military-vehicles'),
 ('L6:مئات العناصر','QUANTITY',None,([100, 999],True,'troops')), ('L6:مدينة تدمر','LOCATION','palmyra'), ('L6:الحقل','LOCATION','shaer-gas-field'),
 ('L7:حقل الشاعر','LOCATION','shaer-gas-field'), ('L7:سوريا','LOCATION','syria'), ('L7:قرابة ثلاثة ملايين متر مكعب','QUANTITY',None,(3000000,True,'other')),
 ('L7:المنطقة الوسطى','LOCATION','central-syria'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:حقول النفط','LOCATION','deir-ez-zor-oilfields'), ('L8:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L8:جبهة النصرة','ACTOR','NUSRA'), ('L8:الجيش الحر','ACTOR','FSA'), ('L8:الفصائل','ACTOR','FSA'), ('L8:المنطقة','LOCATION','deir-ez-zor-east-countryside'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:سوريا','LOCATION','syria'), ('L9:العراق#0','LOCATION','iraq'), ('L9:نحو ثلاثة أسابيع','QUANTITY',None,(3,True,'other')),
 ('L9:مدينة الموصل','LOCATION','mosul'), ('L9:شمالي العراق','LOCATION','north-iraq'),
 ('L10:حمص','LOCATION','homs'), ('L10:شبكة شام الإخبارية','ORG','shaam-news-network'), ('L10:مروحيات','WEAPON','helicopters'),
 ('L10:النظام','ACTOR','SY_GOV'), ('L10:براميل متفجرة','WEAPON','barrel-bombs'), ('L10:حي الوعر','LOCATION','al-waer'),
 ('L10:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')),
]
times = [
 ('L1:مساء الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L2:أمس الخميس', THU, 'day'),
 ('L5:صباح اليوم الجمعة', D, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الساعات المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L8:مطلع الشهر الجاري', '2014-07', 'month'),
 ('L9:نهاية يونيو/حزيران الماضي', '2014-06', 'month'),
]
W = 'L1:مساء الأربعاء'
T = 'L2:أمس الخميس'
F = 'L5:صباح اليوم الجمعة'
JUL = 'L8:مطلع الشهر الجاري'
JUN = 'L9:نهاية يونيو/حزيران الماضي'
SOHR = 'المرصد السوري لحقوق الإنسان'
TV = 'التلفزيون السوري الرسمي'
ACT = 'ناشطون في ريف حمص (الجزيرة نت)'
events = [
 dict(type='CONTROL', trig='L1:سيطر', time=T, actors=['ISIS'], targets=['SY_GOV'], loc='L1:حقل الشاعر للغاز', attr=SOHR),                         # 1
 dict(type='ATTACK', trig='L1:هجوم', time=W, actors=['ISIS'], targets=['SY_GOV'], loc='L1:نقاط الحراسة', qty=['L1:ما لا يقل عن 270'], attr=SOHR),  # 2
 dict(type='ATTACK', trig='L2:اقتحموا', time=T, actors=['ISIS'], targets=['SY_GOV'], loc='L2:مباني الحقل', attr=SOHR),                            # 3
 dict(type='ARREST', trig='L2:أسروا', time=T, actors=['ISIS'], targets=['SY_GOV'], loc='L2:مباني الحقل', qty=['L2:نحو خمسين عنصرا'], attr=SOHR),   # 4
 dict(type='WITHDRAWAL', trig='L2:فر', time=T, actors=['SY_GOV'], loc='L2:مباني الحقل', attr=SOHR),                                               # 5
 dict(type='ATTACK', trig='L4:اشتباكات', time=F, actors=['SY_GOV', 'ISIS'], loc='L4:محيط حقل الشاعر', attr=TV),                                   # 6
 dict(type='CONTROL', trig='L4:سيطروا', mod='denied', actors=['ISIS'], targets=['SY_GOV'], loc='L4:الحقل', attr=TV),                               # 7
 dict(type='ATTACK', trig='L5:غارة', time=F, actors=['SY_GOV'], targets=['ISIS'], loc='L5:منطقتي جزل', qty=['L5:أكثر من عشرين غارة'], attr=TV),    # 8
 dict(type='MOVEMENT', trig='L6:دفعت', time=F, actors=['SY_GOV'], loc='L6:الحقل', weapons=['L6:آلية عسكرية'],
      qty=['L6:نحو ثلاثين آلية عسكرية', 'L6:مئات العناصر'], attr=ACT),                                                                            # 9
 dict(type='ATTACK', trig='L6:لهجوم مضاد', mod='expected', time='L6:خلال الساعات المقبلة', actors=['SY_GOV'], targets=['ISIS'], loc='L6:الحقل', attr=ACT),  # 10
 dict(type='ATTACK', trig='L8:الهجوم', time=W, actors=['ISIS'], targets=['SY_GOV']),                                                               # 11
 dict(type='CONTROL', trig='L8:سيطرة', time=JUL, actors=['ISIS'], targets=['NUSRA', 'FSA'], loc='L8:حقول النفط'),                                   # 12
 dict(type='ATTACK', trig='L8:معارك', time=JUL, actors=['ISIS', 'NUSRA', 'FSA'], loc='L8:ريف دير الزور الشرقي'),                                    # 13
 dict(type='WITHDRAWAL', trig='L8:بانسحاب', time=JUL, actors=['NUSRA', 'FSA'], loc='L8:المنطقة'),                                                   # 14
 dict(type='STATEMENT', trig='L9:أعلن', time=JUN, actors=['ISIS']),                                                                                 # 15
 dict(type='CONTROL', trig='L9:يسيطر', time=JUN, actors=['ISIS'], loc='L9:سوريا'),                                                                  # 16
 dict(type='CONTROL', trig='L9:سيطرته', time=JUN, actors=['ISIS'], targets=['IQ_GOV'], loc='L9:مدينة الموصل'),                                     # 17
 dict(type='ATTACK', trig='L10:ألقت', time=F, actors=['SY_GOV'], loc='L10:حي الوعر', weapons=['L10:مروحيات', 'L10:براميل متفجرة'],
      qty=['L10:ثلاثة مدنيين'], attr='شبكة شام الإخبارية'),                                                                                          # 18
]
WD = (WED, 'part-of-day')
TD = (THU, 'day')
FD = (D, 'day')
forces = [
 dict(actor='ISIS', loc=('حقل الشاعر للغاز', 'shaer-gas-field'), as_of=TD, status='controls', source=SOHR, line=1, events=[1]),
 dict(actor='ISIS', loc=('نقاط الحراسة', 'shaer-gas-field-posts'), as_of=WD, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='SY_GOV', assets='نقاط الحراسة', loc=('نقاط الحراسة', 'shaer-gas-field-posts'), as_of=WD, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='ISIS', loc=('مباني الحقل', 'shaer-gas-field'), as_of=TD, status='present', source=SOHR, line=2, events=[3]),
 dict(actor='SY_GOV', loc=('مباني الحقل', 'shaer-gas-field'), as_of=TD, status='withdrawn', source=SOHR, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('محيط حقل الشاعر', 'shaer-gas-field'), as_of=FD, status='present', source=TV, line=4, events=[6]),
 dict(actor='ISIS', loc=('محيط حقل الشاعر', 'shaer-gas-field'), as_of=FD, status='present', source=TV, line=4, events=[6]),
 dict(actor='ISIS', assets='تجمعات المسلحين', loc=('منطقتي جزل', 'jazal'), as_of=FD, status='attacked', source=TV, line=5, events=[8]),
 dict(actor='ISIS', assets='تجمعات المسلحين', loc=('حويسيس', 'huwaysis'), as_of=FD, status='attacked', source=TV, line=5, events=[8]),
 dict(actor='SY_GOV', strength=(30, True, 'vehicles'), assets='نحو ثلاثين آلية عسكرية ومئات العناصر', loc=('الحقل', 'shaer-gas-field'),
      as_of=FD, status='reinforced', source=ACT, line=6, events=[9]),
 dict(actor='ISIS', loc=('حقول النفط', 'deir-ez-zor-oilfields'), as_of=('2014-07', 'month'), status='controls', line=8, events=[12]),
 dict(actor='NUSRA', loc=('المنطقة', 'deir-ez-zor-east-countryside'), as_of=('2014-07', 'month'), status='withdrawn', line=8, events=[14]),
 dict(actor='FSA', loc=('المنطقة', 'deir-ez-zor-east-countryside'), as_of=('2014-07', 'month'), status='withdrawn', line=8, events=[14]),
 dict(actor='ISIS', loc=('سوريا', 'syria'), as_of=('2014-06', 'month'), status='controls', line=9, events=[16]),
 dict(actor='ISIS', loc=('العراق', 'iraq'), as_of=('2014-06', 'month'), status='controls', line=9, events=[16]),
 dict(actor='ISIS', loc=('مدينة الموصل', 'mosul'), as_of=('2014-06', 'month'), status='controls', line=9, events=[17]),
]
build('aljazeera-shaer-gas-field', None, 'الجزيرة نت', D, L, ents, times, events, forces)
