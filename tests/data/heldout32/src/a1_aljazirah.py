from build import build
L = [
'تنظيم "داعش" يقتحم أحياء جنوب الحسكة.. ونزوح عشرات الآلاف نحو القامشلي',
'الحسكة - وكالات: واصل تنظيم "داعش" أمس الجمعة هجومه على مدينة الحسكة في شمال شرق سوريا لليوم الثاني على التوالي، وسيطر على أجزاء واسعة من حي النشوة الغربية وحي الشريعة جنوب المدينة، وفق المرصد السوري لحقوق الإنسان.',
'وقال مدير المرصد رامي عبد الرحمن إن مقاتلي التنظيم شنوا الهجوم فجر الخميس من ثلاثة محاور انطلاقاً من ريف الحسكة الجنوبي وبلدة الهول، بعد تفجير سيارتين مفخختين عند حاجزين لقوات النظام قرب سجن الأحداث.',
'وأضاف أن المعارك أسفرت خلال 48 ساعة عن مقتل 30 عنصراً على الأقل من قوات النظام ومسلحي "الدفاع الوطني" الموالين له، و20 من عناصر التنظيم بينهم خمسة انتحاريين.',
'في المقابل، نقلت وكالة الأنباء السورية "سانا" عن مصدر عسكري أن وحدات الجيش "أحبطت محاولة تسلل" لإرهابيي "داعش" إلى حي النشوة، نافية أن يكون التنظيم قد سيطر على أي حي في المدينة.',
'وأفاد ناشطون بأن النظام نقل جواً نحو 300 عنصر من قوات النخبة من مطار القامشلي إلى فوج كوكب شرق الحسكة، فيما شن الطيران الحربي عشرات الغارات على مواقع التنظيم في حي النشوة الغربية ومحيط قرية الداوودية.',
'من جهتها، أعلنت "وحدات حماية الشعب" الكردية أنها دفعت بنحو 500 مقاتل إلى حي تل حجر وأطراف حي الصالحية، مؤكدة أن مقاتليها "لن يسمحوا لداعش بالتقدم" نحو مركز المدينة.',
'وفي السياق ذاته، قالت القيادة المركزية الأميركية إن طائرات التحالف الدولي نفذت خلال الساعات الـ24 الماضية أربع ضربات جوية قرب الحسكة، دمرت خلالها موقعاً قتالياً وعربتين للتنظيم.',
'وعلى الصعيد الإنساني، قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن نحو 60 ألف شخص نزحوا من أحياء الحسكة الجنوبية منذ الخميس، غالبيتهم باتجاه القامشلي وعامودا.',
'وتزامن الهجوم مع تسلل عناصر من التنظيم فجر الخميس إلى مدينة عين العرب (كوباني) قرب الحدود التركية، حيث قتلوا أكثر من 140 مدنياً قبل أن تحاصرهم الوحدات الكردية في عدد من المباني وسط المدينة.',
'ويتقاسم النظام و"وحدات حماية الشعب" السيطرة على مدينة الحسكة منذ عام 2012، وكان "داعش" قد بلغ أطرافها الجنوبية أواخر أيار (مايو) الماضي قبل أن يتراجع تحت ضربات التحالف.',
]
D = '2015-06-27'   # Saturday; Riyadh print daily dated the day after the news
FRI = '2015-06-26'
THU = '2015-06-25'
NDF = 'OTHER:pro-government-militias'
ents = [
 ('L0:تنظيم "داعش"','ACTOR','ISIS'), ('L0:الحسكة','LOCATION','hasakah'), ('L0:عشرات الآلاف','QUANTITY',None,([24000, 99000],True,'people')),
 ('L0:القامشلي','LOCATION','qamishli'),
 ('L1:الحسكة#0','LOCATION','hasakah'), ('L1:تنظيم "داعش"','ACTOR','ISIS'), ('L1:مدينة الحسكة','LOCATION','hasakah'),
 ('L1:شمال شرق سوريا','LOCATION','northeast-syria'), ('L1:حي النشوة الغربية','LOCATION','al-nashwa-al-gharbiya'),
 ('L1:حي الشريعة','LOCATION','al-sharia-hasakah'), ('L1:المدينة','LOCATION','hasakah'), ('L1:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L2:المرصد','ORG','sohr'), ('L2:رامي عبد الرحمن','PERSON','rami-abdulrahman'), ('L2:التنظيم','ACTOR','ISIS'),
 ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:ريف الحسكة الجنوبي','LOCATION','hasakah-south-countryside'), ('L2:بلدة الهول','LOCATION','al-hol'),
 ('L2:سيارتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L2:سيارتين مفخختين#0','WEAPON','vbieds'),
 ('L2:حاجزين','QUANTITY',None,(2,False,'other')), ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:سجن الأحداث','LOCATION','hasakah-juvenile-prison'),
 ('L3:48 ساعة','QUANTITY',None,(48,False,'other')), ('L3:30 عنصراً على الأقل','QUANTITY',None,(30,True,'killed')),
 ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:الدفاع الوطني','ACTOR',NDF), ('L3:20','QUANTITY',None,(20,False,'killed')),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:خمسة انتحاريين','QUANTITY',None,(5,False,'killed')),
 ('L4:وكالة الأنباء السورية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:وحدات الجيش','ACTOR','SY_GOV'), ('L4:داعش','ACTOR','ISIS'),
 ('L4:حي النشوة','LOCATION','al-nashwa'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:المدينة','LOCATION','hasakah'),
 ('L5:النظام','ACTOR','SY_GOV'), ('L5:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L5:قوات النخبة','ACTOR','SY_GOV'),
 ('L5:مطار القامشلي','LOCATION','qamishli-airport'), ('L5:فوج كوكب','LOCATION','kawkab-regiment'), ('L5:الحسكة','LOCATION','hasakah'),
 ('L5:الطيران الحربي','WEAPON','warplanes'), ('L5:عشرات الغارات','QUANTITY',None,([24, 99],True,'other')), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:حي النشوة الغربية','LOCATION','al-nashwa-al-gharbiya'), ('L5:قرية الداوودية','LOCATION','al-dawudiya'),
 ('L6:وحدات حماية الشعب','ACTOR','YPG'), ('L6:نحو 500 مقاتل','QUANTITY',None,(500,True,'fighters')), ('L6:حي تل حجر','LOCATION','tal-hajar'),
 ('L6:حي الصالحية','LOCATION','al-salihiya-hasakah'), ('L6:داعش','ACTOR','ISIS'), ('L6:مركز المدينة','LOCATION','hasakah-centre'),
 ('L7:القيادة المركزية الأميركية','ACTOR','US'), ('L7:طائرات','WEAPON','warplanes'), ('L7:التحالف الدولي','ACTOR','COALITION'),
 ('L7:أربع ضربات جوية','QUANTITY',None,(4,False,'other')), ('L7:الحسكة','LOCATION','hasakah'),
 ('L7:عربتين','QUANTITY',None,(2,False,'vehicles')), ('L7:عربتين#0','WEAPON','vehicles'), ('L7:لتنظيم','ACTOR','ISIS'),
 ('L8:المفوضية السامية للأمم المتحدة لشؤون اللاجئين','ORG','unhcr'), ('L8:نحو 60 ألف شخص','QUANTITY',None,(60000,True,'people')),
 ('L8:أحياء الحسكة الجنوبية','LOCATION','hasakah-south-districts'), ('L8:القامشلي','LOCATION','qamishli'), ('L8:عامودا','LOCATION','amuda'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:مدينة عين العرب','LOCATION','kobani'), ('L9:كوباني','LOCATION','kobani'),
 ('L9:الحدود التركية','LOCATION','turkish-border'), ('L9:أكثر من 140 مدنياً','QUANTITY',None,(140,True,'killed')),
 ('L9:الوحدات الكردية','ACTOR','YPG'), ('L9:وسط المدينة','LOCATION','kobani-centre'),
 ('L10:النظام','ACTOR','SY_GOV'), ('L10:وحدات حماية الشعب','ACTOR','YPG'), ('L10:مدينة الحسكة','LOCATION','hasakah'),
 ('L10:داعش','ACTOR','ISIS'), ('L10:التحالف','ACTOR','COALITION'),
]
times = [
 ('L1:أمس الجمعة', FRI, 'day'),
 ('L2:فجر الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L7:خلال الساعات الـ24 الماضية', FRI + '/' + D, 'day'),
 ('L8:منذ الخميس', THU + '/' + D, 'day'),
 ('L9:فجر الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L10:منذ عام 2012', '2012/2015', 'year'),
 ('L10:أواخر أيار (مايو) الماضي', '2015-05', 'month'),
]
Y = 'L1:أمس الجمعة'
DAWN = 'L2:فجر الخميس'
SOHR = 'المرصد السوري لحقوق الإنسان'
RA = 'رامي عبد الرحمن'
SANA = 'مصدر عسكري (سانا)'
ACT = 'ناشطون'
YPGS = 'وحدات حماية الشعب'
CENT = 'القيادة المركزية الأميركية'
UNHCR = 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين'
events = [
 dict(type='ATTACK', trig='L1:هجومه', time=Y, actors=['ISIS'], targets=['SY_GOV'], loc='L1:مدينة الحسكة', attr=SOHR),                  # 1
 dict(type='CONTROL', trig='L1:سيطر', time=Y, actors=['ISIS'], targets=['SY_GOV'], loc='L1:حي النشوة الغربية', attr=SOHR),              # 2
 dict(type='ATTACK', trig='L2:شنوا', time=DAWN, actors=['ISIS'], targets=['SY_GOV'], qty=['L2:ثلاثة محاور'], attr=RA),                 # 3
 dict(type='ATTACK', trig='L2:تفجير', time=DAWN, actors=['ISIS'], targets=['SY_GOV'], loc='L2:سجن الأحداث',
      weapons=['L2:سيارتين مفخختين#0'], qty=['L2:سيارتين مفخختين', 'L2:حاجزين'], attr=RA),                                              # 4
 dict(type='ATTACK', trig='L3:المعارك', time=Y, actors=['ISIS', 'SY_GOV', NDF],
      qty=['L3:30 عنصراً على الأقل', 'L3:20', 'L3:خمسة انتحاريين'], attr=RA),                                                             # 5
 dict(type='ATTACK', trig='L4:أحبطت', actors=['SY_GOV'], targets=['ISIS'], loc='L4:حي النشوة', attr=SANA),                               # 6
 dict(type='MOVEMENT', trig='L4:تسلل', actors=['ISIS'], loc='L4:حي النشوة', attr=SANA),                                                # 7
 dict(type='CONTROL', trig='L4:سيطر', mod='denied', actors=['ISIS'], loc='L4:المدينة', attr=SANA),                                     # 8
 dict(type='MOVEMENT', trig='L5:نقل', actors=['SY_GOV'], loc='L5:فوج كوكب', qty=['L5:نحو 300 عنصر'], attr=ACT),                         # 9
 dict(type='ATTACK', trig='L5:شن', actors=['SY_GOV'], targets=['ISIS'], loc='L5:حي النشوة الغربية', weapons=['L5:الطيران الحربي'],
      qty=['L5:عشرات الغارات'], attr=ACT),                                                                                               # 10
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['YPG'], attr=YPGS),                                                                    # 11
 dict(type='MOVEMENT', trig='L6:دفعت', actors=['YPG'], loc='L6:حي تل حجر', qty=['L6:نحو 500 مقاتل'], attr=YPGS),                        # 12
 dict(type='STATEMENT', trig='L7:قالت', actors=['US'], attr=CENT),                                                                      # 13
 dict(type='ATTACK', trig='L7:نفذت', time='L7:خلال الساعات الـ24 الماضية', actors=['COALITION'], targets=['ISIS'], loc='L7:الحسكة',
      weapons=['L7:طائرات'], qty=['L7:أربع ضربات جوية'], attr=CENT),                                                                    # 14
 dict(type='ATTACK', trig='L7:دمرت', time='L7:خلال الساعات الـ24 الماضية', actors=['COALITION'], targets=['ISIS'],
      qty=['L7:عربتين'], attr=CENT),                                                                                                      # 15
 dict(type='STATEMENT', trig='L8:قالت', attr=UNHCR),                                                                                      # 16
 dict(type='ATTACK', trig='L9:الهجوم', time=Y, actors=['ISIS'], targets=['SY_GOV']),                                                     # 17
 dict(type='MOVEMENT', trig='L9:تسلل', time='L9:فجر الخميس', actors=['ISIS'], loc='L9:مدينة عين العرب'),                                # 18
 dict(type='ATTACK', trig='L9:قتلوا', time='L9:فجر الخميس', actors=['ISIS'], loc='L9:مدينة عين العرب', qty=['L9:أكثر من 140 مدنياً']),  # 19
 dict(type='OPERATION', trig='L9:تحاصرهم', actors=['YPG'], targets=['ISIS'], loc='L9:وسط المدينة'),                                    # 20
 dict(type='CONTROL', trig='L10:يتقاسم', time='L10:منذ عام 2012', actors=['SY_GOV', 'YPG'], loc='L10:مدينة الحسكة'),                    # 21
 dict(type='MOVEMENT', trig='L10:بلغ', time='L10:أواخر أيار (مايو) الماضي', actors=['ISIS']),                                           # 22
 dict(type='WITHDRAWAL', trig='L10:يتراجع', time='L10:أواخر أيار (مايو) الماضي', actors=['ISIS']),                                      # 23
 dict(type='ATTACK', trig='L10:ضربات', time='L10:أواخر أيار (مايو) الماضي', actors=['COALITION'], targets=['ISIS']),                      # 24
]
YD = (FRI, 'day')
TP = (THU, 'part-of-day')
V = (None, 'vague')
HS = ('مدينة الحسكة', 'hasakah')
forces = [
 dict(actor='ISIS', loc=HS, as_of=YD, status='present', source=SOHR, line=1, events=[1]),
 dict(actor='SY_GOV', loc=HS, as_of=YD, status='present', source=SOHR, line=1, events=[1]),
 dict(actor='ISIS', loc=('حي النشوة الغربية', 'al-nashwa-al-gharbiya'), as_of=YD, status='controls', source=SOHR, line=1, events=[2]),
 dict(actor='ISIS', loc=('حي الشريعة', 'al-sharia-hasakah'), as_of=YD, status='controls', source=SOHR, line=1, events=[2]),
 dict(actor='SY_GOV', assets='حاجزان', loc=('سجن الأحداث', 'hasakah-juvenile-prison'), as_of=TP, status='attacked', source=RA, line=2, events=[4]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('حي النشوة', 'al-nashwa'), as_of=V, status='present', source=SANA, line=4, events=[6]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), assets='قوات النخبة', loc=('فوج كوكب', 'kawkab-regiment'), as_of=V, status='reinforced',
      source=ACT, line=5, events=[9]),
 dict(actor='ISIS', assets='مواقع', loc=('حي النشوة الغربية', 'al-nashwa-al-gharbiya'), as_of=V, status='attacked', source=ACT, line=5, events=[10]),
 dict(actor='ISIS', loc=('قرية الداوودية', 'al-dawudiya'), as_of=V, status='attacked', source=ACT, line=5, events=[10]),
 dict(actor='YPG', strength=(500, True, 'fighters'), loc=('حي تل حجر', 'tal-hajar'), as_of=V, status='reinforced', source=YPGS, line=6, events=[12]),
 dict(actor='YPG', strength=(500, True, 'fighters'), loc=('حي الصالحية', 'al-salihiya-hasakah'), as_of=V, status='reinforced', source=YPGS, line=6, events=[12]),
 dict(actor='ISIS', loc=('مدينة عين العرب', 'kobani'), as_of=TP, status='present', line=9, events=[18, 19]),
 dict(actor='YPG', loc=('مدينة عين العرب', 'kobani'), as_of=(D, 'day'), status='present', line=9, events=[20]),
 dict(actor='SY_GOV', loc=HS, as_of=('2012/2015', 'year'), status='controls', line=10, events=[21]),
 dict(actor='YPG', loc=HS, as_of=('2012/2015', 'year'), status='controls', line=10, events=[21]),
]
build('aljazirah-hasakah-nashwa', None, 'الجزيرة', D, L, ents, times, events, forces)
