from build import build
L = [
'البيشمركة تستعيد معبر ربيعة من "داعش" بغطاء جوي أميركي ومشاركة مقاتلي شمّر',
'أربيل (العراق) - استعادت قوات البيشمركة الكردية، أمس الثلاثاء، السيطرة على ناحية ربيعة ومنفذها الحدودي مع سوريا غرب الموصل، بعد معارك ضارية مع مسلحي تنظيم "الدولة الإسلامية" استمرت منذ فجر الأحد.',
'وقال المتحدث باسم وزارة البيشمركة هلكورد حكمت لـ"العرب" إن القوات تقدمت نحو ربيعة على ثلاثة محاور انطلاقاً من منطقة فيشخابور، وتمكنت من تطهير الناحية وعشر قرى محيطة بها، مشيراً إلى مقتل أكثر من 60 مسلحاً من التنظيم وفرار العشرات منهم باتجاه الأراضي السورية.',
'وأوضح حكمت أن مقاتلين من عشيرة شمّر العربية قاتلوا إلى جانب البيشمركة، وأن "طائرات التحالف شنت 11 غارة على الأقل على مواقع التنظيم وآلياته في ربيعة ومحيطها خلال اليومين الماضيين، ما مهد الطريق أمام تقدم قواتنا".',
'في المقابل، نفى حساب على "تويتر" مقرب من التنظيم سقوط ربيعة، مؤكداً أن مقاتليه "انحازوا" إلى قرى جنوب الناحية بعد أن "أثخنوا في المرتدين" بعشرات المفخخات.',
'وفي ريف الحسكة، أفادت مصادر كردية بأن "وحدات حماية الشعب" صدت أمس هجوماً شنه التنظيم على قرى قريبة من معبر اليعربية (تل كوجر) المقابل لربيعة، وهو معبر تسيطر عليه الوحدات منذ تشرين الأول/أكتوبر 2013.',
'وفي الأنبار، قالت مصادر أمنية إن مسلحي التنظيم هاجموا أمس مواقع الجيش العراقي قرب ناحية البغدادي غرب الرمادي، ما أدى إلى مقتل ستة جنود، فيما يواصل الجيش ومقاتلو العشائر التصدي لمحاولات التنظيم اقتحام ناحية عامرية الفلوجة المحاصرة منذ أسابيع.',
'وتنتشر في العراق منذ حزيران/يونيو الماضي مجموعات من المستشارين العسكريين الأميركيين، ارتفع عددهم إلى نحو 1600 عسكري بحسب وزارة الدفاع الأميركية (البنتاغون)، فيما تشن طائرات أميركية غارات على مواقع التنظيم منذ الثامن من آب/أغسطس الماضي.',
'ويقول قادة في البيشمركة إن الهدف التالي سيكون استعادة ناحية زمار، التي سيطر عليها التنظيم في الثالث من آب/أغسطس الماضي، وصولاً إلى جبل سنجار حيث لا يزال مئات الإيزيديين محاصرين.',
]
D = '2014-10-01'   # Wednesday; London print daily, dated the day after the news
TUE = '2014-09-30'
SHM = 'OTHER:shammar'
TRB = 'OTHER:arab-tribes'
HIK = 'هلكورد حكمت'
TW = 'حساب على تويتر مقرب من التنظيم'
ents = [
 ('L0:البيشمركة','ACTOR','PESHMERGA'), ('L0:معبر ربيعة','LOCATION','rabia-crossing'), ('L0:داعش','ACTOR','ISIS'), ('L0:شمّر','ACTOR',SHM),
 ('L1:أربيل','LOCATION','erbil'), ('L1:العراق','LOCATION','iraq'), ('L1:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L1:ناحية ربيعة','LOCATION','rabia'), ('L1:منفذها الحدودي','LOCATION','rabia-crossing'), ('L1:سوريا','LOCATION','syria'),
 ('L1:الموصل','LOCATION','mosul'), ('L1:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'),
 ('L2:وزارة البيشمركة','ACTOR','PESHMERGA'), ('L2:هلكورد حكمت','PERSON','halgurd-hikmat'), ('L2:العرب','ORG','alarab'),
 ('L2:ربيعة','LOCATION','rabia'), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L2:منطقة فيشخابور','LOCATION','fishkhabur'),
 ('L2:الناحية','LOCATION','rabia'), ('L2:عشر قرى','QUANTITY',None,(10,False,'other')), ('L2:قرى محيطة بها','LOCATION','rabia-villages'),
 ('L2:أكثر من 60 مسلحاً','QUANTITY',None,(60,True,'killed')), ('L2:التنظيم','ACTOR','ISIS'),
 ('L2:العشرات','QUANTITY',None,([24,99],True,'fighters')), ('L2:الأراضي السورية','LOCATION','syria'),
 ('L3:حكمت','PERSON','halgurd-hikmat'), ('L3:عشيرة شمّر','ACTOR',SHM), ('L3:البيشمركة','ACTOR','PESHMERGA'),
 ('L3:طائرات','WEAPON','warplanes'), ('L3:التحالف','ACTOR','COALITION'), ('L3:11 غارة على الأقل','QUANTITY',None,(11,True,'other')),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:ربيعة','LOCATION','rabia'),
 ('L4:تويتر','ORG','twitter'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:ربيعة','LOCATION','rabia'), ('L4:قرى جنوب الناحية','LOCATION','rabia-south-villages'),
 ('L4:المرتدين','ACTOR','PESHMERGA'), ('L4:عشرات المفخخات','QUANTITY',None,([24,99],True,'vehicles')), ('L4:المفخخات','WEAPON','car-bombs'),
 ('L5:ريف الحسكة','LOCATION','hasakah-countryside'), ('L5:وحدات حماية الشعب','ACTOR','YPG'), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:معبر اليعربية','LOCATION','yarubiyah-crossing'), ('L5:تل كوجر','LOCATION','yarubiyah-crossing'), ('L5:ربيعة','LOCATION','rabia'),
 ('L5:الوحدات','ACTOR','YPG'),
 ('L6:الأنبار','LOCATION','anbar'), ('L6:التنظيم#0','ACTOR','ISIS'), ('L6:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L6:ناحية البغدادي','LOCATION','al-baghdadi'), ('L6:الرمادي','LOCATION','ramadi'), ('L6:ستة جنود','QUANTITY',None,(6,False,'killed')),
 ('L6:الجيش#1','ACTOR','IQ_GOV'), ('L6:مقاتلو العشائر','ACTOR',TRB), ('L6:التنظيم#1','ACTOR','ISIS'),
 ('L6:ناحية عامرية الفلوجة','LOCATION','amiriyat-al-fallujah'),
 ('L7:العراق','LOCATION','iraq'), ('L7:المستشارين العسكريين الأميركيين','ACTOR','US'),
 ('L7:نحو 1600 عسكري','QUANTITY',None,(1600,True,'troops')), ('L7:وزارة الدفاع الأميركية','ACTOR','US'), ('L7:البنتاغون','ACTOR','US'),
 ('L7:طائرات أميركية','WEAPON','warplanes'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L8:البيشمركة','ACTOR','PESHMERGA'), ('L8:ناحية زمار','LOCATION','zumar'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:جبل سنجار','LOCATION','mount-sinjar'), ('L8:مئات الإيزيديين','QUANTITY',None,([100,999],True,'people')),
]
times = [
 ('L1:أمس الثلاثاء', TUE, 'day'),
 ('L1:منذ فجر الأحد', '2014-09-28/' + D, 'day'),
 ('L3:خلال اليومين الماضيين', '2014-09-29/' + D, 'day'),
 ('L5:أمس', TUE, 'day'),
 ('L5:منذ تشرين الأول/أكتوبر 2013', '2013-10/2014-10', 'month'),
 ('L6:أمس', TUE, 'day'),
 ('L6:منذ أسابيع', None, 'vague', {'relation': 'before'}),
 ('L7:منذ حزيران/يونيو الماضي', '2014-06/2014-10', 'month'),
 ('L7:منذ الثامن من آب/أغسطس الماضي', '2014-08-08/' + D, 'day'),
 ('L8:الثالث من آب/أغسطس الماضي', '2014-08-03', 'day'),
]
Y = 'L1:أمس الثلاثاء'
SINCE = 'L1:منذ فجر الأحد'
events = [
 dict(type='CONTROL', trig='L1:استعادت', time=Y, actors=['PESHMERGA'], targets=['ISIS'], loc='L1:ناحية ربيعة'),         # 1
 dict(type='ATTACK', trig='L1:معارك', time=SINCE, actors=['PESHMERGA', 'ISIS'], loc='L1:ناحية ربيعة'),                         # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['PESHMERGA'], attr=HIK),                                                        # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', time=SINCE, actors=['PESHMERGA'], loc='L2:ربيعة', qty=['L2:ثلاثة محاور'], attr=HIK),     # 4
 dict(type='OPERATION', trig='L2:تطهير', time=Y, actors=['PESHMERGA'], targets=['ISIS'], loc='L2:الناحية', qty=['L2:عشر قرى'], attr=HIK),  # 5
 dict(type='ATTACK', trig='L2:مقتل', time=SINCE, actors=['PESHMERGA'], targets=['ISIS'], qty=['L2:أكثر من 60 مسلحاً'], attr=HIK),  # 6
 dict(type='WITHDRAWAL', trig='L2:فرار', time=Y, actors=['ISIS'], loc='L2:الناحية', qty=['L2:العشرات'], attr=HIK),             # 7
 dict(type='ATTACK', trig='L3:قاتلوا', time=SINCE, actors=[SHM, 'PESHMERGA'], targets=['ISIS'], attr=HIK),                     # 8
 dict(type='ATTACK', trig='L3:غارة', time='L3:خلال اليومين الماضيين', actors=['COALITION'], targets=['ISIS'], loc='L3:ربيعة',
      weapons=['L3:طائرات'], qty=['L3:11 غارة على الأقل'], attr=HIK),                                                          # 9
 dict(type='MOVEMENT', trig='L3:تقدم', time=SINCE, actors=['PESHMERGA'], attr=HIK),                                            # 10
 dict(type='CONTROL', trig='L4:سقوط', mod='denied', time=Y, actors=['PESHMERGA'], targets=['ISIS'], loc='L4:ربيعة', attr=TW),    # 11
 dict(type='WITHDRAWAL', trig='L4:انحازوا', actors=['ISIS'], loc='L4:ربيعة', attr=TW),                                         # 12
 dict(type='ATTACK', trig='L4:أثخنوا', actors=['ISIS'], targets=['PESHMERGA'], weapons=['L4:المفخخات'], qty=['L4:عشرات المفخخات'], attr=TW),  # 13
 dict(type='ATTACK', trig='L5:صدت', time='L5:أمس', actors=['YPG'], targets=['ISIS'], loc='L5:معبر اليعربية', attr='مصادر كردية'),  # 14
 dict(type='ATTACK', trig='L5:هجوماً', time='L5:أمس', actors=['ISIS'], targets=['YPG'], loc='L5:معبر اليعربية', attr='مصادر كردية'),  # 15
 dict(type='CONTROL', trig='L5:تسيطر', time='L5:منذ تشرين الأول/أكتوبر 2013', actors=['YPG'], loc='L5:معبر اليعربية'),           # 16
 dict(type='ATTACK', trig='L6:هاجموا', time='L6:أمس', actors=['ISIS'], targets=['IQ_GOV'], loc='L6:ناحية البغدادي',
      qty=['L6:ستة جنود'], attr='مصادر أمنية'),                                                                                # 17
 dict(type='ATTACK', trig='L6:التصدي', actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L6:ناحية عامرية الفلوجة', attr='مصادر أمنية'),  # 18
 dict(type='ATTACK', trig='L6:اقتحام', actors=['ISIS'], targets=['IQ_GOV', TRB], loc='L6:ناحية عامرية الفلوجة', attr='مصادر أمنية'),  # 19
 dict(type='OPERATION', trig='L6:المحاصرة', time='L6:منذ أسابيع', actors=['ISIS'], loc='L6:ناحية عامرية الفلوجة', attr='مصادر أمنية'),  # 20
 dict(type='MOVEMENT', trig='L7:تنتشر', time='L7:منذ حزيران/يونيو الماضي', actors=['US'], loc='L7:العراق',
      qty=['L7:نحو 1600 عسكري'], attr='البنتاغون'),                                                                             # 21
 dict(type='ATTACK', trig='L7:غارات', time='L7:منذ الثامن من آب/أغسطس الماضي', actors=['US'], targets=['ISIS'],
      weapons=['L7:طائرات أميركية']),                                                                                          # 22
 dict(type='CONTROL', trig='L8:استعادة', mod='planned', actors=['PESHMERGA'], targets=['ISIS'], loc='L8:ناحية زمار', attr='قادة في البيشمركة'),  # 23
 dict(type='CONTROL', trig='L8:سيطر', time='L8:الثالث من آب/أغسطس الماضي', actors=['ISIS'], loc='L8:ناحية زمار'),                # 24
]
TD = (TUE, 'day')
SI = ('2014-09-28/' + D, 'day')
forces = [
 dict(actor='PESHMERGA', loc=('ناحية ربيعة', 'rabia'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor='PESHMERGA', loc=('منفذها الحدودي', 'rabia-crossing'), as_of=TD, status='controls', line=1, events=[1]),
 dict(actor='PESHMERGA', loc=('ناحية ربيعة', 'rabia'), as_of=SI, status='present', line=1, events=[2]),
 dict(actor='ISIS', loc=('ناحية ربيعة', 'rabia'), as_of=SI, status='present', line=1, events=[2]),
 dict(actor='PESHMERGA', loc=('الناحية', 'rabia'), as_of=TD, status='present', source=HIK, line=2, events=[5]),
 dict(actor='ISIS', loc=('الناحية', 'rabia'), as_of=TD, status='withdrawn', source=HIK, line=2, events=[7]),
 dict(actor=SHM, loc=('ربيعة', 'rabia'), as_of=SI, status='present', source=HIK, line=3, events=[8]),
 dict(actor='ISIS', assets='مواقع وآليات', loc=('ربيعة', 'rabia'), as_of=('2014-09-29/' + D, 'day'), status='attacked', source=HIK, line=3, events=[9]),
 dict(actor='ISIS', loc=('ربيعة', 'rabia'), as_of=TD, status='withdrawn', source=TW, line=4, events=[12]),
 dict(actor='YPG', loc=('معبر اليعربية', 'yarubiyah-crossing'), as_of=('2013-10/2014-10', 'month'), status='controls', line=5, events=[16]),
 dict(actor='IQ_GOV', assets='مواقع', loc=('ناحية البغدادي', 'al-baghdadi'), as_of=TD, status='attacked', source='مصادر أمنية', line=6, events=[17]),
 dict(actor='IQ_GOV', loc=('ناحية البغدادي', 'al-baghdadi'), as_of=TD, status='present', source='مصادر أمنية', line=6, events=[17]),
 dict(actor='ISIS', loc=('ناحية البغدادي', 'al-baghdadi'), as_of=TD, status='present', source='مصادر أمنية', line=6, events=[17]),
 dict(actor='IQ_GOV', loc=('ناحية عامرية الفلوجة', 'amiriyat-al-fallujah'), as_of=(D, 'day'), status='present', source='مصادر أمنية', line=6, events=[18]),
 dict(actor=TRB, loc=('ناحية عامرية الفلوجة', 'amiriyat-al-fallujah'), as_of=(D, 'day'), status='present', source='مصادر أمنية', line=6, events=[18]),
 dict(actor='ISIS', loc=('ناحية عامرية الفلوجة', 'amiriyat-al-fallujah'), as_of=(D, 'day'), status='present', source='مصادر أمنية', line=6, events=[19, 20]),
 dict(actor='US', strength=(1600, True, 'troops'), assets='مستشارون عسكريون', loc=('العراق', 'iraq'), as_of=('2014-06/2014-10', 'month'),
      status='present', source='البنتاغون', line=7, events=[21]),
 dict(actor='ISIS', loc=('ناحية زمار', 'zumar'), as_of=('2014-08-03', 'day'), status='controls', line=8, events=[24]),
]
build('alarab-rabia-crossing', None, 'العرب', D, L, ents, times, events, forces)
