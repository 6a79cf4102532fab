from build import build
L = [
'«الحر» ينسحب «تكتيكياً» من صلاح الدين.. والأسد يحشد 20 ألف جندي لحسم معركة حلب',
'عواصم - القبس والوكالات',
'أعلن الجيش السوري الحر أمس انسحاب مقاتليه «انسحاباً تكتيكياً» من حي صلاح الدين جنوب غربي حلب، بعد قصف متواصل من القوات النظامية بالدبابات والمروحيات استمر نحو أسبوعين، فيما ذكر التلفزيون السوري أن الجيش «استعاد السيطرة الكاملة» على الحي وطارد «فلول الإرهابيين» في الأزقة المجاورة.',
'وقال قائد «لواء التوحيد» عبدالقادر الصالح لـ«القبس» إن نحو 800 من مقاتلي الجيش الحر خرجوا من الحي فجر الخميس باتجاه حيي السكري والمشهد، مضيفاً أن «الثوار لم يُهزموا، بل أعادوا تموضعهم بعدما سوّت طائرات الميغ والمدفعية البيوت بالأرض».',
'وأفاد المرصد السوري لحقوق الإنسان بأن القوات النظامية تقدمت أيضاً في أجزاء من حي سيف الدولة المجاور وسط اشتباكات عنيفة مع المقاتلين المعارضين، في حين تعرض حي الشعار لقصف بالطيران الحربي أسفر عن مقتل ما لا يقل عن 41 شخصاً أمس.',
'في المقابل، ذكرت مصادر أمنية سورية أن وحدات من الجيش وصلت إلى حلب خلال الأيام الثلاثة الماضية قادمة من إدلب ودمشق، ضمن تعزيزات يقدر عدد أفرادها بنحو 20 ألف جندي مدعومين بأكثر من 100 دبابة، استعداداً لاقتحام الأحياء الشرقية.',
'وفي ريف حلب الشمالي، يسيطر الجيش الحر منذ منتصف يوليو الماضي على مدينة أعزاز ومعبر باب السلامة الحدودي مع تركيا، رغم غارة شنتها مقاتلات النظام على وسط أعزاز الأربعاء وأوقعت أكثر من 30 قتيلاً، بحسب ناشطين.',
'وفي تطور لافت، قال مسؤول تركي إن أنقرة نشرت بطاريات صواريخ مضادة للطائرات قرب الحدود مع سوريا بعد إسقاط المقاتلة التركية «إف-4» في يونيو الماضي، مؤكداً أن بلاده «لن تسمح» بأي تهديد لحدودها.',
'سياسياً، وصل رئيس الوزراء المنشق رياض حجاب إلى عمّان أمس الأول، في حين أعلنت دمشق تعيين وائل الحلقي خلفاً له، وسط تقارير عن انشقاق ضباط جدد والتحاقهم بالجيش الحر في ريف إدلب.',
'يذكر أن معركة حلب اندلعت في العشرين من يوليو الماضي عندما دخل مقاتلو المعارضة أحياء عدة في المدينة، وتقول الأمم المتحدة إن أكثر من 200 ألف شخص فروا من حلب ومحيطها منذ ذلك الحين.',
]
D = '2012-08-10'   # Friday; a Kuwaiti print daily: its أمس is Thursday 2012-08-09
Y = '2012-08-09'
TAW = 'OTHER:liwa-al-tawhid'
ents = [
 ('L0:الحر','ACTOR','FSA'), ('L0:صلاح الدين','LOCATION','salaheddine'), ('L0:الأسد','ACTOR','SY_GOV'),
 ('L0:20 ألف جندي','QUANTITY',None,(20000,False,'troops')), ('L0:حلب','LOCATION','aleppo'),
 ('L1:القبس','ORG','alqabas'),
 ('L2:الجيش السوري الحر','ACTOR','FSA'), ('L2:حي صلاح الدين','LOCATION','salaheddine'), ('L2:حلب','LOCATION','aleppo'),
 ('L2:القوات النظامية','ACTOR','SY_GOV'), ('L2:الدبابات','WEAPON','tanks'), ('L2:المروحيات','WEAPON','helicopters'),
 ('L2:نحو أسبوعين','QUANTITY',None,(2,True,'other')), ('L2:التلفزيون السوري','ORG','syrian-tv'), ('L2:الجيش#1','ACTOR','SY_GOV'),
 ('L2:الحي','LOCATION','salaheddine'), ('L2:الإرهابيين','ACTOR','FSA'),
 ('L3:لواء التوحيد','ACTOR',TAW), ('L3:عبدالقادر الصالح','PERSON','abdulqader-al-saleh'), ('L3:القبس','ORG','alqabas'),
 ('L3:نحو 800','QUANTITY',None,(800,True,'fighters')), ('L3:الجيش الحر','ACTOR','FSA'), ('L3:الحي#0','LOCATION','salaheddine'),
 ('L3:حيي السكري','LOCATION','al-sukkari'), ('L3:المشهد','LOCATION','al-mashhad'), ('L3:الثوار','ACTOR','FSA'), ('L3:طائرات الميغ','WEAPON','mig-jets'),
 ('L3:المدفعية','WEAPON','artillery'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:القوات النظامية','ACTOR','SY_GOV'),
 ('L4:أجزاء من حي سيف الدولة','LOCATION','saif-al-dawla'), ('L4:المقاتلين المعارضين','ACTOR','FSA'), ('L4:حي الشعار','LOCATION','al-shaar'),
 ('L4:الطيران الحربي','ACTOR','SY_GOV'), ('L4:ما لا يقل عن 41 شخصاً','QUANTITY',None,(41,True,'killed')),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:حلب','LOCATION','aleppo'), ('L5:إدلب','LOCATION','idlib'), ('L5:دمشق','LOCATION','damascus'),
 ('L5:نحو 20 ألف جندي','QUANTITY',None,(20000,True,'troops')), ('L5:أكثر من 100 دبابة','QUANTITY',None,(100,True,'vehicles')),
 ('L5:دبابة','WEAPON','tanks'), ('L5:الأحياء الشرقية','LOCATION','aleppo-eastern-districts'),
 ('L6:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'), ('L6:الجيش الحر','ACTOR','FSA'), ('L6:مدينة أعزاز','LOCATION','azaz'),
 ('L6:معبر باب السلامة الحدودي','LOCATION','bab-al-salameh-crossing'), ('L6:تركيا','LOCATION','turkey'), ('L6:مقاتلات','WEAPON','warplanes'),
 ('L6:النظام','ACTOR','SY_GOV'), ('L6:وسط أعزاز','LOCATION','azaz-centre'), ('L6:أكثر من 30 قتيلاً','QUANTITY',None,(30,True,'killed')),
 ('L7:أنقرة','ACTOR','TR'), ('L7:بطاريات صواريخ مضادة للطائرات','WEAPON','anti-aircraft-missile-batteries'), ('L7:الحدود','LOCATION','syria-turkey-border'),
 ('L7:سوريا','LOCATION','syria'), ('L7:المقاتلة التركية «إف-4»','WEAPON','f-4'),
 ('L8:رياض حجاب','PERSON','riad-hijab'), ('L8:عمّان','LOCATION','amman'), ('L8:دمشق','ACTOR','SY_GOV'), ('L8:وائل الحلقي','PERSON','wael-al-halqi'),
 ('L8:الجيش الحر','ACTOR','FSA'), ('L8:ريف إدلب','LOCATION','idlib-countryside'),
 ('L9:حلب#0','LOCATION','aleppo'), ('L9:المعارضة','ACTOR','FSA'), ('L9:المدينة','LOCATION','aleppo'), ('L9:الأمم المتحدة','ORG','un'),
 ('L9:أكثر من 200 ألف شخص','QUANTITY',None,(200000,True,'people')), ('L9:حلب#1','LOCATION','aleppo'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L3:فجر الخميس', Y, 'part-of-day', {'part':'morning'}),
 ('L4:أمس', Y, 'day'),
 ('L5:خلال الأيام الثلاثة الماضية', '2012-08-07/2012-08-10', 'day'),
 ('L6:منذ منتصف يوليو الماضي', '2012-07/2012-08', 'month'),
 ('L6:الأربعاء', '2012-08-08', 'day'),
 ('L7:يونيو الماضي', '2012-06', 'month'),
 ('L8:أمس الأول', '2012-08-08', 'day'),
 ('L9:العشرين من يوليو الماضي', '2012-07-20', 'day'),
]
SAL = 'عبدالقادر الصالح (القبس)'
TV = 'التلفزيون السوري'
SOHR = 'المرصد السوري لحقوق الإنسان'
SEC = 'مصادر أمنية سورية'
ACT = 'ناشطين'
TRO = 'مسؤول تركي'
FSAS = 'الجيش السوري الحر'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time='L2:أمس', actors=['FSA'], attr=FSAS),                                                              # 1
 dict(type='WITHDRAWAL', trig='L2:انسحاب#0', time='L2:أمس', actors=['FSA'], loc='L2:حي صلاح الدين', attr=FSAS),                                  # 2
 dict(type='ATTACK', trig='L2:قصف', actors=['SY_GOV'], targets=['FSA'], loc='L2:حي صلاح الدين', attr=FSAS,
      weapons=['L2:الدبابات','L2:المروحيات'], qty=['L2:نحو أسبوعين']),                                                               # 3
 dict(type='CONTROL', trig='L2:استعاد', time='L2:أمس', actors=['SY_GOV'], targets=['FSA'], loc='L2:الحي', attr=TV),                 # 4
 dict(type='OPERATION', trig='L2:وطارد', time='L2:أمس', actors=['SY_GOV'], targets=['FSA'], attr=TV),                               # 5
 dict(type='STATEMENT', trig='L3:قال', actors=[TAW], attr=SAL),                                                                      # 6
 dict(type='WITHDRAWAL', trig='L3:خرجوا', time='L3:فجر الخميس', actors=['FSA'], loc='L3:الحي#0', attr=SAL, qty=['L3:نحو 800']),    # 7
 dict(type='MOVEMENT', trig='L3:أعادوا تموضعهم', time='L3:فجر الخميس', actors=['FSA'], attr=SAL),                                  # 8
 dict(type='ATTACK', trig='L3:سوّت', actors=['SY_GOV'], attr=SAL, weapons=['L3:طائرات الميغ','L3:المدفعية']),                     # 9
 dict(type='MOVEMENT', trig='L4:تقدمت', time='L4:أمس', actors=['SY_GOV'], loc='L4:أجزاء من حي سيف الدولة', attr=SOHR),             # 10
 dict(type='ATTACK', trig='L4:اشتباكات', time='L4:أمس', actors=['SY_GOV','FSA'], loc='L4:أجزاء من حي سيف الدولة', attr=SOHR),      # 11
 dict(type='ATTACK', trig='L4:لقصف', time='L4:أمس', actors=['SY_GOV'], loc='L4:حي الشعار', attr=SOHR,
      qty=['L4:ما لا يقل عن 41 شخصاً']),                                                                                             # 12
 dict(type='MOVEMENT', trig='L5:وصلت', time='L5:خلال الأيام الثلاثة الماضية', actors=['SY_GOV'], loc='L5:حلب', attr=SEC,
      weapons=['L5:دبابة'], qty=['L5:نحو 20 ألف جندي','L5:أكثر من 100 دبابة']),                                                     # 13
 dict(type='ATTACK', trig='L5:لاقتحام', mod='planned', actors=['SY_GOV'], loc='L5:الأحياء الشرقية', attr=SEC),                     # 14
 dict(type='CONTROL', trig='L6:يسيطر', time='L6:منذ منتصف يوليو الماضي', actors=['FSA'], loc='L6:مدينة أعزاز'),                   # 15
 dict(type='ATTACK', trig='L6:غارة', time='L6:الأربعاء', actors=['SY_GOV'], loc='L6:وسط أعزاز', attr=ACT,
      weapons=['L6:مقاتلات'], qty=['L6:أكثر من 30 قتيلاً']),                                                                          # 16
 dict(type='MOVEMENT', trig='L7:نشرت', actors=['TR'], loc='L7:الحدود', attr=TRO,
      weapons=['L7:بطاريات صواريخ مضادة للطائرات']),                                                                                  # 17
 dict(type='ATTACK', trig='L7:إسقاط', time='L7:يونيو الماضي', targets=['TR'], attr=TRO),                                            # 18
 dict(type='STATEMENT', trig='L8:أعلنت', actors=['SY_GOV'], attr='دمشق'),                                                                          # 19
 dict(type='OPERATION', trig='L9:معركة', time='L9:العشرين من يوليو الماضي', loc='L9:حلب#0'),                                        # 20
 dict(type='MOVEMENT', trig='L9:دخل', time='L9:العشرين من يوليو الماضي', actors=['FSA'], loc='L9:المدينة'),                       # 21
]
YD = (Y, 'day')
DAWN = (Y, 'part-of-day')
forces = [
 dict(actor='FSA', loc=('حي صلاح الدين','salaheddine'), as_of=YD, status='withdrawn', source=FSAS, line=2, events=[2]),
 dict(actor='SY_GOV', loc=('الحي','salaheddine'), as_of=YD, status='controls', source=TV, line=2, events=[4]),
 dict(actor='FSA', strength=(800, True, 'fighters'), loc=('الحي','salaheddine'), as_of=DAWN, status='withdrawn', source=SAL, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('أجزاء من حي سيف الدولة','saif-al-dawla'), as_of=YD, status='present', source=SOHR, line=4, events=[10, 11]),
 dict(actor='FSA', loc=('أجزاء من حي سيف الدولة','saif-al-dawla'), as_of=YD, status='present', source=SOHR, line=4, events=[11]),
 dict(actor='SY_GOV', strength=(20000, True, 'troops'), assets='أكثر من 100 دبابة', loc=('حلب','aleppo'),
      as_of=('2012-08-07/2012-08-10', 'day'), status='reinforced', source=SEC, line=5, events=[13]),
 dict(actor='FSA', loc=('مدينة أعزاز','azaz'), as_of=('2012-07/2012-08', 'month'), status='controls', line=6, events=[15]),
 dict(actor='FSA', loc=('معبر باب السلامة الحدودي','bab-al-salameh-crossing'), as_of=('2012-07/2012-08', 'month'), status='controls', line=6, events=[15]),
 dict(actor='TR', assets='بطاريات صواريخ مضادة للطائرات', loc=('الحدود','syria-turkey-border'), as_of=(None, 'vague'), status='present',
      source=TRO, line=7, events=[17]),
 dict(actor='FSA', loc=('المدينة','aleppo'), as_of=('2012-07-20', 'day'), status='arrived', line=9, events=[21]),
]
build('alqabas-salaheddine', None, 'القبس', D, L, ents, times, events, forces)
