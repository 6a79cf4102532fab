from build import build
L = [
'اتفاق لإخراج مقاتلي المعارضة من خان الشيح إلى إدلب.. والنظام يطبق الحصار على الغوطة الغربية',
'بيروت: «الشرق الأوسط»',
'توصلت فصائل المعارضة في بلدة خان الشيح بريف دمشق الغربي، أمس، إلى اتفاق مع النظام السوري يقضي بخروج مقاتليها وعائلاتهم إلى محافظة إدلب، بعد أشهر من الحصار والقصف، في خطوة تعيد إلى الأذهان «تسوية» داريا التي أُنجزت في أغسطس (آب) الماضي.',
'وقال مصدر معارض في الغوطة الغربية لـ«الشرق الأوسط» إن الاتفاق، الذي رعته لجنة من وجهاء البلدة، ينص على خروج نحو 1500 مقاتل مع عائلاتهم بأسلحتهم الخفيفة خلال الأيام المقبلة، وتسليم السلاح الثقيل لقوات النظام.',
'وأوضح المصدر أن الفصائل رضخت للشروط بعدما سيطرت قوات النظام، الأسبوع الماضي، على المزارع الواقعة بين خان الشيح وبلدة زاكية، وقطعت آخر طرق الإمداد، ما أدى إلى عزل البلدة ومخيمها عن محيطهما بالكامل.',
'من جهته، أفاد «المرصد السوري لحقوق الإنسان» بأن الطائرات الحربية التابعة للنظام شنت خلال الساعات الـ24 الماضية 14 غارة على خان الشيح، تزامناً مع قصف بالبراميل المتفجرة وصواريخ أرض - أرض، ما أدى إلى مقتل 5 مدنيين بينهم طفلان.',
'وأضاف «المرصد» أن قوات النظام، مدعومة بمقاتلين من «حزب الله» اللبناني، تحاصر البلدة من ثلاث جهات منذ مطلع أكتوبر (تشرين الأول) الماضي، بعد سيطرتها على بلدة الديرخبية المجاورة.',
'في المقابل، نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري أن وحدات من الجيش «أحكمت سيطرتها على كتلة المزارع الغربية لخان الشيح» بعد اشتباكات مع «المجموعات الإرهابية» أسفرت عن مقتل عدد من أفرادها.',
'ونفى مصدر معارض ما أوردته وسائل إعلام موالية عن بدء خروج الحافلات من البلدة مساء أمس، مؤكداً أن التنفيذ «لم يبدأ بعد»، وأن الفرقة الرابعة ما زالت تنتشر على أطراف مخيم خان الشيح للاجئين الفلسطينيين.',
'ويأتي اتفاق خان الشيح بعد اتفاقات مماثلة في داريا والمعضمية وقدسيا والهامة خلال الأشهر الثلاثة الماضية، فيما تتواصل المفاوضات بشأن بلدة التل شمال دمشق، حيث يتحصن نحو ألفي مسلح وسط حصار مستمر منذ أكثر من ثلاث سنوات.',
]
D = '2016-11-27'   # Sunday; London print daily dated the day after the news (أمس = Saturday 26 November)
SAT = '2016-11-26'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:المعارضة','ACTOR','FSA'), ('L0:خان الشيح','LOCATION','khan-al-shih'), ('L0:إدلب','LOCATION','idlib-governorate'),
 ('L0:النظام','ACTOR','SY_GOV'), ('L0:الغوطة الغربية','LOCATION','western-ghouta'),
 ('L1:بيروت','LOCATION','beirut'), ('L1:الشرق الأوسط','ORG','asharq-al-awsat'),
 ('L2:فصائل المعارضة','ACTOR','FSA'), ('L2:بلدة خان الشيح','LOCATION','khan-al-shih'), ('L2:ريف دمشق الغربي','LOCATION','damascus-west-countryside'),
 ('L2:النظام السوري','ACTOR','SY_GOV'), ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:داريا','LOCATION','darayya'),
 ('L3:الغوطة الغربية','LOCATION','western-ghouta'), ('L3:الشرق الأوسط','ORG','asharq-al-awsat'), ('L3:البلدة','LOCATION','khan-al-shih'),
 ('L3:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')), ('L3:أسلحتهم الخفيفة','WEAPON','light-weapons'),
 ('L3:السلاح الثقيل','WEAPON','heavy-weapons'), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L4:الفصائل','ACTOR','FSA'), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:المزارع','LOCATION','khan-al-shih-zakiyah-farms'),
 ('L4:خان الشيح','LOCATION','khan-al-shih'), ('L4:بلدة زاكية','LOCATION','zakiyah'), ('L4:البلدة','LOCATION','khan-al-shih'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:الطائرات الحربية','WEAPON','warplanes'), ('L5:لنظام','ACTOR','SY_GOV'),
 ('L5:14 غارة','QUANTITY',None,(14,False,'other')), ('L5:خان الشيح','LOCATION','khan-al-shih'), ('L5:البراميل المتفجرة','WEAPON','barrel-bombs'),
 ('L5:صواريخ أرض - أرض','WEAPON','surface-to-surface-missiles'), ('L5:5 مدنيين','QUANTITY',None,(5,False,'killed')),
 ('L5:طفلان','QUANTITY',None,(2,False,'killed')),
 ('L6:المرصد','ORG','sohr'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:حزب الله','ACTOR',HZ), ('L6:البلدة','LOCATION','khan-al-shih'),
 ('L6:ثلاث جهات','QUANTITY',None,(3,False,'other')), ('L6:بلدة الديرخبية','LOCATION','deir-khabiyah'),
 ('L7:وكالة الأنباء الرسمية','ORG','sana'), ('L7:سانا','ORG','sana'), ('L7:وحدات من الجيش','ACTOR','SY_GOV'),
 ('L7:كتلة المزارع الغربية لخان الشيح','LOCATION','khan-al-shih-western-farms'), ('L7:المجموعات الإرهابية','ACTOR','FSA'),
 ('L8:البلدة','LOCATION','khan-al-shih'), ('L8:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L8:أطراف مخيم خان الشيح للاجئين الفلسطينيين','LOCATION','khan-al-shih-camp'),
 ('L9:خان الشيح','LOCATION','khan-al-shih'), ('L9:داريا','LOCATION','darayya'), ('L9:المعضمية','LOCATION','moadamiyeh'),
 ('L9:قدسيا','LOCATION','qudsaya'), ('L9:الهامة','LOCATION','al-hameh'), ('L9:بلدة التل','LOCATION','al-tall'), ('L9:دمشق','LOCATION','damascus'),
 ('L9:نحو ألفي مسلح','QUANTITY',None,(2000,True,'fighters')),
]
times = [
 ('L2:أمس', SAT, 'day'),
 ('L2:أغسطس (آب) الماضي', '2016-08', 'month'),
 ('L3:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L4:الأسبوع الماضي', '2016-11-14/2016-11-20', 'week'),
 ('L5:خلال الساعات الـ24 الماضية', SAT + '/' + D, 'day'),
 ('L6:منذ مطلع أكتوبر (تشرين الأول) الماضي', '2016-10/2016-11', 'month'),
 ('L8:مساء أمس', SAT, 'part-of-day', {'part': 'evening'}),
 ('L9:خلال الأشهر الثلاثة الماضية', '2016-08/2016-11', 'month'),
 ('L9:منذ أكثر من ثلاث سنوات', '2013/2016', 'year'),
]
Y = 'L2:أمس'
OPP = 'مصدر معارض في الغوطة الغربية (الشرق الأوسط)'
SOHR = 'المرصد السوري لحقوق الإنسان'
H24 = 'L5:خلال الساعات الـ24 الماضية'
WK = 'L4:الأسبوع الماضي'
OCT = 'L6:منذ مطلع أكتوبر (تشرين الأول) الماضي'
SANA = 'مصدر عسكري (سانا)'
events = [
 dict(type='AGREEMENT', trig='L2:اتفاق', time=Y, actors=['FSA', 'SY_GOV'], loc='L2:بلدة خان الشيح'),                                # 1
 dict(type='WITHDRAWAL', trig='L2:خروج', mod='planned', actors=['FSA'], loc='L2:بلدة خان الشيح'),                                  # 2
 dict(type='OPERATION', trig='L2:الحصار', actors=['SY_GOV'], targets=['FSA'], loc='L2:بلدة خان الشيح'),                            # 3
 dict(type='ATTACK', trig='L2:القصف', actors=['SY_GOV'], targets=['FSA'], loc='L2:بلدة خان الشيح'),                                # 4
 dict(type='AGREEMENT', trig='L2:تسوية', time='L2:أغسطس (آب) الماضي', actors=['SY_GOV', 'FSA'], loc='L2:داريا'),                  # 5
 dict(type='AGREEMENT', trig='L3:الاتفاق', time=Y, actors=['FSA', 'SY_GOV'], attr=OPP),                                           # 6
 dict(type='WITHDRAWAL', trig='L3:خروج', mod='planned', time='L3:خلال الأيام المقبلة', actors=['FSA'], loc='L3:البلدة',
      weapons=['L3:أسلحتهم الخفيفة'], qty=['L3:نحو 1500 مقاتل'], attr=OPP),                                                       # 7
 dict(type='CONTROL', trig='L4:سيطرت', time=WK, actors=['SY_GOV'], targets=['FSA'], loc='L4:المزارع', attr=OPP),                    # 8
 dict(type='OPERATION', trig='L4:قطعت', time=WK, actors=['SY_GOV'], targets=['FSA'], loc='L4:البلدة', attr=OPP),                  # 9
 dict(type='ATTACK', trig='L5:غارة', time=H24, actors=['SY_GOV'], loc='L5:خان الشيح', weapons=['L5:الطائرات الحربية'],
      qty=['L5:14 غارة', 'L5:5 مدنيين', 'L5:طفلان'], attr=SOHR),                                                                  # 10
 dict(type='ATTACK', trig='L5:قصف', time=H24, actors=['SY_GOV'], loc='L5:خان الشيح',
      weapons=['L5:البراميل المتفجرة', 'L5:صواريخ أرض - أرض'], attr=SOHR),                                                        # 11
 dict(type='OPERATION', trig='L6:تحاصر', time=OCT, actors=['SY_GOV', HZ], targets=['FSA'], loc='L6:البلدة', qty=['L6:ثلاث جهات'], attr=SOHR),  # 12
 dict(type='CONTROL', trig='L6:سيطرتها', actors=['SY_GOV'], targets=['FSA'], loc='L6:بلدة الديرخبية', attr=SOHR),                   # 13
 dict(type='CONTROL', trig='L7:أحكمت سيطرتها', actors=['SY_GOV'], targets=['FSA'], loc='L7:كتلة المزارع الغربية لخان الشيح', attr=SANA),  # 14
 dict(type='ATTACK', trig='L7:اشتباكات', actors=['SY_GOV', 'FSA'], loc='L7:كتلة المزارع الغربية لخان الشيح', attr=SANA),           # 15
 dict(type='WITHDRAWAL', trig='L8:خروج', mod='denied', time='L8:مساء أمس', actors=['FSA'], loc='L8:البلدة', attr='مصدر معارض'),    # 16
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['SY_GOV'], loc='L8:أطراف مخيم خان الشيح للاجئين الفلسطينيين', attr='مصدر معارض'),  # 17
 dict(type='AGREEMENT', trig='L9:اتفاق#0', time=Y, actors=['FSA', 'SY_GOV'], loc='L9:خان الشيح'),                                 # 18
 dict(type='AGREEMENT', trig='L9:اتفاقات', time='L9:خلال الأشهر الثلاثة الماضية', actors=['SY_GOV', 'FSA'], loc='L9:داريا'),      # 19
 dict(type='AGREEMENT', trig='L9:المفاوضات', mod='planned', actors=['SY_GOV', 'FSA'], loc='L9:بلدة التل'),                         # 20
 dict(type='OPERATION', trig='L9:حصار', time='L9:منذ أكثر من ثلاث سنوات', actors=['SY_GOV'], targets=['FSA'], loc='L9:بلدة التل'),  # 21
]
YD = (SAT, 'day')
TD = (D, 'day')
forces = [
 dict(actor='FSA', loc=('بلدة خان الشيح', 'khan-al-shih'), as_of=YD, status='present', line=2, events=[1]),
 dict(actor='FSA', strength=(1500, True, 'fighters'), assets='أسلحة خفيفة وسلاح ثقيل', loc=('البلدة', 'khan-al-shih'), as_of=YD, status='present',
      source=OPP, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('المزارع', 'khan-al-shih-zakiyah-farms'), as_of=('2016-11-14/2016-11-20', 'week'), status='controls', source=OPP, line=4, events=[8]),
 dict(actor='SY_GOV', loc=('البلدة', 'khan-al-shih'), as_of=('2016-10/2016-11', 'month'), status='present', source=SOHR, line=6, events=[12]),
 dict(actor=HZ, assets='مقاتلون', loc=('البلدة', 'khan-al-shih'), as_of=('2016-10/2016-11', 'month'), status='present', source=SOHR, line=6, events=[12]),
 dict(actor='SY_GOV', loc=('بلدة الديرخبية', 'deir-khabiyah'), as_of=(None, 'vague'), status='controls', source=SOHR, line=6, events=[13]),
 dict(actor='SY_GOV', loc=('كتلة المزارع الغربية لخان الشيح', 'khan-al-shih-western-farms'), as_of=YD, status='controls', source=SANA, line=7, events=[14]),
 dict(actor='SY_GOV', loc=('كتلة المزارع الغربية لخان الشيح', 'khan-al-shih-western-farms'), as_of=YD, status='present', source=SANA, line=7, events=[15]),
 dict(actor='FSA', loc=('كتلة المزارع الغربية لخان الشيح', 'khan-al-shih-western-farms'), as_of=YD, status='present', source=SANA, line=7, events=[15]),
 dict(actor='SY_GOV', assets='الفرقة الرابعة', loc=('أطراف مخيم خان الشيح للاجئين الفلسطينيين', 'khan-al-shih-camp'), as_of=YD, status='present',
      source='مصدر معارض', line=8, events=[17]),
 dict(actor='FSA', strength=(2000, True, 'fighters'), loc=('بلدة التل', 'al-tall'), as_of=TD, status='present', line=9, events=[21]),
 dict(actor='SY_GOV', loc=('بلدة التل', 'al-tall'), as_of=('2013/2016', 'year'), status='present', line=9, events=[21]),
]
build('asharq-khan-al-shih', None, 'الشرق الأوسط', D, L, ents, times, events, forces)
