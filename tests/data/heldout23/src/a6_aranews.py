from build import build
L = [
'الأسايش ووحدات الحماية تسيطر على حي غويران.. وقوات النظام تتحصن في المربع الأمني بالحسكة',
'الحسكة – ARA News: سيطرت قوات الأسايش ووحدات حماية الشعب (YPG)، أمس الأحد، على حي غويران، أكبر أحياء القسم الجنوبي من مدينة الحسكة، بعد اشتباكات عنيفة مع ميليشيا «الدفاع الوطني» الموالية للنظام السوري مستمرة منذ فجر الثلاثاء الماضي.',
'وقال مصدر في القيادة العامة للأسايش لـARA News إن مقاتليهم باتوا يسيطرون على نحو 90 بالمئة من المدينة، بما فيها حيا النشوة والعزيزية، بعد انسحاب عناصر «الدفاع الوطني» منهما باتجاه المربع الأمني وسط المدينة.',
'وأضاف المصدر أن مقاتلي الأسايش أسروا 15 عنصراً من قوات النظام خلال الاشتباكات، واستولوا على دبابتين في محيط دوار الباسل، مشيراً إلى أنهم يلاحقون عناصر «الدفاع الوطني» في حي الليلية.',
'وكانت طائرات حربية تابعة للنظام قد شنت، الخميس، غارات على مواقع للأسايش في أحياء تل حجر والمفتي والصالحية، في أول استهداف جوي لمناطق الإدارة الذاتية منذ بدء الأزمة، ما أدى إلى مقتل تسعة مدنيين بينهم أطفال.',
'وفي تطور غير مسبوق، أعلنت وزارة الدفاع الأمريكية (البنتاغون)، الجمعة، أنها أرسلت مقاتلات إلى أجواء الحسكة لحماية قوات خاصة أمريكية تعمل مع المقاتلين الأكراد في المنطقة، محذرة النظام السوري من «تعريض القوات الأمريكية للخطر».',
'في المقابل، نقلت وكالة الأنباء السورية «سانا» عن مصدر عسكري أن «وحدات الجيش تتصدى لاعتداءات ميليشيا الأسايش» على المؤسسات الحكومية، متهماً إياها بمحاولة «فرض أمر واقع» في المدينة.',
'سياسياً، قالت مصادر كردية مطلعة إن وفداً من الأسايش ووحدات الحماية يجري منذ أمس مفاوضات مع ممثلين عن النظام في قاعدة حميميم بوساطة روسية، تتضمن خروج «الدفاع الوطني» من المدينة وإبقاء المربع الأمني تحت سيطرة النظام.',
'ويُقدّر ناشطون عدد عناصر «الدفاع الوطني» في الحسكة بنحو ألفي عنصر، في حين دفع النظام بتعزيزات من مطار القامشلي إلى فوج كوكب شرقي المدينة خلال الأيام الماضية، بحسب مراسل ARA News.',
]
D = '2016-08-22'   # Monday; Kurdish-run Syrian news agency, web copy of its day
SUN = '2016-08-21'
ASY = 'OTHER:asayish'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الأسايش','ACTOR',ASY), ('L0:وحدات الحماية','ACTOR','YPG'), ('L0:حي غويران','LOCATION','ghuwayran'), ('L0:قوات النظام','ACTOR','SY_GOV'),
 ('L0:المربع الأمني','LOCATION','hasakah-security-square'), ('L0:الحسكة','LOCATION','hasakah'),
 ('L1:الحسكة#0','LOCATION','hasakah'), ('L1:ARA News','ORG','aranews'), ('L1:قوات الأسايش','ACTOR',ASY), ('L1:وحدات حماية الشعب','ACTOR','YPG'),
 ('L1:YPG','ACTOR','YPG'), ('L1:حي غويران','LOCATION','ghuwayran'), ('L1:مدينة الحسكة','LOCATION','hasakah'), ('L1:الدفاع الوطني','ACTOR',PGM),
 ('L1:لنظام السوري','ACTOR','SY_GOV'),
 ('L2:القيادة العامة للأسايش','ACTOR',ASY), ('L2:ARA News','ORG','aranews'), ('L2:نحو 90 بالمئة','QUANTITY',None,(90,True,'other')),
 ('L2:المدينة#0','LOCATION','hasakah'), ('L2:حيا النشوة','LOCATION','al-nashwa'), ('L2:العزيزية','LOCATION','al-aziziyah'), ('L2:الدفاع الوطني','ACTOR',PGM),
 ('L2:المربع الأمني','LOCATION','hasakah-security-square'), ('L2:المدينة#1','LOCATION','hasakah'),
 ('L3:الأسايش','ACTOR',ASY), ('L3:15 عنصراً','QUANTITY',None,(15,False,'arrested')), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L3:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L3:دبابتين#0','WEAPON','tanks'), ('L3:دوار الباسل','LOCATION','al-basel-roundabout'),
 ('L3:الدفاع الوطني','ACTOR',PGM), ('L3:حي الليلية','LOCATION','al-layliyah'),
 ('L4:طائرات حربية','WEAPON','warplanes'), ('L4:لنظام','ACTOR','SY_GOV'), ('L4:لأسايش','ACTOR',ASY), ('L4:أحياء تل حجر','LOCATION','tal-hajar'),
 ('L4:المفتي','LOCATION','al-mufti'), ('L4:الصالحية','LOCATION','al-salihiyah'), ('L4:الإدارة الذاتية','ORG','aanes'),
 ('L4:تسعة مدنيين','QUANTITY',None,(9,False,'killed')),
 ('L5:وزارة الدفاع الأمريكية','ACTOR','US'), ('L5:البنتاغون','ACTOR','US'), ('L5:مقاتلات','WEAPON','warplanes'), ('L5:أجواء الحسكة','LOCATION','hasakah-airspace'),
 ('L5:قوات خاصة أمريكية','ACTOR','US'), ('L5:المقاتلين الأكراد','ACTOR','YPG'), ('L5:المنطقة','LOCATION','hasakah'), ('L5:النظام السوري','ACTOR','SY_GOV'),
 ('L5:القوات الأمريكية','ACTOR','US'),
 ('L6:وكالة الأنباء السورية','ORG','sana'), ('L6:سانا','ORG','sana'), ('L6:الجيش','ACTOR','SY_GOV'), ('L6:الأسايش','ACTOR',ASY),
 ('L6:المدينة','LOCATION','hasakah'),
 ('L7:الأسايش','ACTOR',ASY), ('L7:وحدات الحماية','ACTOR','YPG'), ('L7:النظام#0','ACTOR','SY_GOV'), ('L7:قاعدة حميميم','LOCATION','hmeimim'),
 ('L7:الدفاع الوطني','ACTOR',PGM), ('L7:المدينة','LOCATION','hasakah'), ('L7:المربع الأمني','LOCATION','hasakah-security-square'),
 ('L7:النظام#1','ACTOR','SY_GOV'),
 ('L8:الدفاع الوطني','ACTOR',PGM), ('L8:الحسكة','LOCATION','hasakah'), ('L8:نحو ألفي عنصر','QUANTITY',None,(2000,True,'fighters')),
 ('L8:النظام','ACTOR','SY_GOV'), ('L8:مطار القامشلي','LOCATION','qamishli-airport'), ('L8:فوج كوكب','LOCATION','kawkab-regiment'),
 ('L8:المدينة','LOCATION','hasakah'), ('L8:ARA News','ORG','aranews'),
]
SINCE = '2016-08-16/' + D
times = [
 ('L1:أمس الأحد', SUN, 'day'),
 ('L1:منذ فجر الثلاثاء الماضي', SINCE, 'day'),
 ('L4:الخميس', '2016-08-18', 'day'),
 ('L5:الجمعة', '2016-08-19', 'day'),
 ('L7:منذ أمس', SUN + '/' + D, 'day'),
 ('L8:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
S = 'L1:أمس الأحد'
FROM = 'L1:منذ فجر الثلاثاء الماضي'
ASYS = 'مصدر في القيادة العامة للأسايش'
PENT = 'البنتاغون'
SANA = 'مصدر عسكري (سانا)'
KUR = 'مصادر كردية مطلعة'
COR = 'مراسل ARA News'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=S, actors=[ASY, 'YPG'], targets=[PGM], loc='L1:حي غويران'),                            # 1
 dict(type='ATTACK', trig='L1:اشتباكات', time=FROM, actors=[ASY, 'YPG', PGM]),                                                     # 2
 dict(type='CONTROL', trig='L2:يسيطرون', actors=[ASY], loc='L2:المدينة#0', qty=['L2:نحو 90 بالمئة'], attr=ASYS),                    # 3
 dict(type='WITHDRAWAL', trig='L2:انسحاب', actors=[PGM], loc='L2:حيا النشوة', attr=ASYS),                                          # 4
 dict(type='ARREST', trig='L3:أسروا', actors=[ASY], targets=['SY_GOV'], qty=['L3:15 عنصراً'], attr=ASYS),                           # 5
 dict(type='ATTACK', trig='L3:الاشتباكات', time=FROM, actors=[ASY, 'YPG', PGM], attr=ASYS),                                        # 6
 dict(type='OPERATION', trig='L3:يلاحقون', actors=[ASY], targets=[PGM], loc='L3:حي الليلية', attr=ASYS),                            # 7
 dict(type='ATTACK', trig='L4:غارات', time='L4:الخميس', actors=['SY_GOV'], targets=[ASY], loc='L4:أحياء تل حجر',
      weapons=['L4:طائرات حربية'], qty=['L4:تسعة مدنيين']),                                                                      # 8
 dict(type='STATEMENT', trig='L5:أعلنت', time='L5:الجمعة', actors=['US'], attr=PENT),                                             # 9
 dict(type='MOVEMENT', trig='L5:أرسلت', time='L5:الجمعة', actors=['US'], loc='L5:أجواء الحسكة', weapons=['L5:مقاتلات'], attr=PENT),  # 10
 dict(type='ATTACK', trig='L6:تتصدى', actors=['SY_GOV'], targets=[ASY], attr=SANA),                                               # 11
 dict(type='ATTACK', trig='L6:اعتداءات', actors=[ASY], targets=['SY_GOV'], attr=SANA),                                            # 12
 dict(type='AGREEMENT', trig='L7:مفاوضات', mod='planned', time='L7:منذ أمس', actors=[ASY, 'YPG', 'SY_GOV'], loc='L7:قاعدة حميميم', attr=KUR),  # 13
 dict(type='WITHDRAWAL', trig='L7:خروج', mod='planned', actors=[PGM], loc='L7:المدينة', attr=KUR),                                 # 14
 dict(type='CONTROL', trig='L7:سيطرة', mod='planned', actors=['SY_GOV'], loc='L7:المربع الأمني', attr=KUR),                          # 15
 dict(type='MOVEMENT', trig='L8:دفع', time='L8:خلال الأيام الماضية', actors=['SY_GOV'], loc='L8:فوج كوكب', attr=COR),               # 16
]
SD = (SUN, 'day')
DD = (D, 'day')
TH = ('2016-08-18', 'day')
V = (None, 'vague')
forces = [
 dict(actor=ASY, loc=('حي غويران', 'ghuwayran'), as_of=SD, status='controls', line=1, events=[1]),
 dict(actor='YPG', loc=('حي غويران', 'ghuwayran'), as_of=SD, status='controls', line=1, events=[1]),
 dict(actor=ASY, loc=('المدينة', 'hasakah'), as_of=DD, status='controls', source=ASYS, line=2, events=[3]),
 dict(actor=ASY, loc=('حيا النشوة', 'al-nashwa'), as_of=DD, status='controls', source=ASYS, line=2, events=[3]),
 dict(actor=ASY, loc=('العزيزية', 'al-aziziyah'), as_of=DD, status='controls', source=ASYS, line=2, events=[3]),
 dict(actor=PGM, loc=('حيا النشوة', 'al-nashwa'), as_of=V, status='withdrawn', source=ASYS, line=2, events=[4]),
 dict(actor=PGM, loc=('العزيزية', 'al-aziziyah'), as_of=V, status='withdrawn', source=ASYS, line=2, events=[4]),
 dict(actor=ASY, loc=('حي الليلية', 'al-layliyah'), as_of=DD, status='present', source=ASYS, line=3, events=[7]),
 dict(actor=PGM, loc=('حي الليلية', 'al-layliyah'), as_of=DD, status='present', source=ASYS, line=3, events=[7]),
 dict(actor=ASY, loc=('أحياء تل حجر', 'tal-hajar'), as_of=TH, status='attacked', line=4, events=[8]),
 dict(actor=ASY, loc=('المفتي', 'al-mufti'), as_of=TH, status='attacked', line=4, events=[8]),
 dict(actor=ASY, loc=('الصالحية', 'al-salihiyah'), as_of=TH, status='attacked', line=4, events=[8]),
 dict(actor='US', assets='قوات خاصة', loc=('المنطقة', 'hasakah'), as_of=('2016-08-19', 'day'), status='present', source=PENT, line=5),
 dict(actor=PGM, strength=(2000, True, 'fighters'), loc=('الحسكة', 'hasakah'), as_of=DD, status='present', source='ناشطون', line=8),
 dict(actor='SY_GOV', loc=('فوج كوكب', 'kawkab-regiment'), as_of=V, status='reinforced', source=COR, line=8, events=[16]),
]
build('aranews-hasakah-asayish', None, 'آرا نيوز', D, L, ents, times, events, forces)
