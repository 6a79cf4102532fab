from build import build
L = [
'«قسد» تسيطر على هجين.. وأنقرة تلوّح بعملية شرقي الفرات',
'دمشق - «الخليج»، وكالات:',
'أعلنت قوات سوريا الديمقراطية «قسد»، أمس الجمعة، سيطرتها الكاملة على بلدة هجين في ريف دير الزور الشرقي، كبرى البلدات المتبقية بيد تنظيم «داعش» الإرهابي، بعد معارك ضارية استمرت أكثر من أسبوع بدعم من طيران التحالف الدولي.',
'وقال مدير المركز الإعلامي لـ«قسد» مصطفى بالي، إن مقاتلي القوات اقتحموا البلدة من ثلاثة محاور فجر الخميس، وسيطروا على أحيائها الداخلية وعلى المشفى الرئيسي، مؤكداً أن عمليات التمشيط متواصلة.',
'وأفاد المرصد السوري لحقوق الإنسان بأن عناصر «داعش» انسحبوا من هجين نحو بلدتي السوسة والشعفة شرقاً، مشيراً إلى مقتل 34 عنصراً من التنظيم و17 مقاتلاً من «قسد» خلال الساعات الـ48 الماضية.',
'ونفذت طائرات التحالف أكثر من 20 غارة على مواقع التنظيم في هجين ومحيطها منذ الاثنين الماضي، بحسب بيان أصدره التحالف أكد فيه أن نحو ألفي عنصر من «داعش» ما زالوا يتحصنون في جيب يمتد على الضفة الشرقية لنهر الفرات قرب الحدود العراقية.',
'في المقابل، نفت وكالة «أعماق» التابعة لـ«داعش» خسارة هجين، وزعمت أن مقاتلي التنظيم شنوا هجوماً معاكساً على مواقع «قسد» قرب بلدة الباغوز وقتلوا العشرات منهم.',
'وتزامن ذلك مع تصعيد تركي، إذ أعلن الرئيس رجب طيب أردوغان، الأربعاء، أن بلاده ستبدأ «خلال أيام» عملية عسكرية شرقي الفرات ضد «وحدات حماية الشعب» الكردية، التي تشكل العمود الفقري لـ«قسد».',
'وقالت واشنطن إن أي عمل عسكري أحادي في شمال سوريا «غير مقبول»، فيما كشفت وزارة الدفاع الأمريكية «البنتاغون» أن قواتها أقامت نقاط مراقبة على الحدود السورية التركية قرب تل أبيض وكوباني لمنع أي احتكاك.',
'ويتمركز نحو ألفي جندي أمريكي في شمال شرقي سوريا، أبرزهم في قاعدتي رميلان والشدادي، إضافة إلى قاعدة التنف قرب الحدود الأردنية.',
'ويأتي سقوط هجين بعد نحو ثلاثة أشهر من إطلاق «قسد» المرحلة الأخيرة من عملية «عاصفة الجزيرة» في العاشر من سبتمبر الماضي، لطرد التنظيم من آخر جيوبه في وادي الفرات.',
]
D = '2018-12-15'   # Saturday; Sharjah print daily, dated the day after the news
FRI = '2018-12-14'
WED = '2018-12-12'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:هجين','LOCATION','hajin'), ('L0:أنقرة','ACTOR','TR'), ('L0:الفرات','LOCATION','euphrates'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:الخليج','ORG','alkhaleej'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:بلدة هجين','LOCATION','hajin'),
 ('L2:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L2:تنظيم «داعش»','ACTOR','ISIS'),
 ('L2:أكثر من أسبوع','QUANTITY',None,(1,True,'other')), ('L2:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L3:قسد','ACTOR','SDF'), ('L3:مصطفى بالي','PERSON','mustafa-bali'), ('L3:القوات','ACTOR','SDF'), ('L3:البلدة','LOCATION','hajin'),
 ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:المشفى الرئيسي','LOCATION','hajin-hospital'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:داعش','ACTOR','ISIS'), ('L4:هجين','LOCATION','hajin'), ('L4:بلدتي السوسة','LOCATION','al-sousa'),
 ('L4:الشعفة','LOCATION','al-shaafa'), ('L4:34 عنصراً','QUANTITY',None,(34,False,'killed')), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:17 مقاتلاً','QUANTITY',None,(17,False,'killed')), ('L4:قسد','ACTOR','SDF'),
 ('L5:طائرات','WEAPON','warplanes'), ('L5:التحالف#0','ACTOR','COALITION'), ('L5:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')),
 ('L5:التنظيم','ACTOR','ISIS'), ('L5:هجين','LOCATION','hajin'), ('L5:التحالف#1','ACTOR','COALITION'),
 ('L5:نحو ألفي عنصر','QUANTITY',None,(2000,True,'fighters')), ('L5:داعش','ACTOR','ISIS'), ('L5:نهر الفرات','LOCATION','euphrates'),
 ('L5:الحدود العراقية','LOCATION','iraq-syria-border'),
 ('L6:أعماق','ORG','amaq'), ('L6:داعش','ACTOR','ISIS'), ('L6:هجين','LOCATION','hajin'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:قسد','ACTOR','SDF'),
 ('L6:بلدة الباغوز','LOCATION','baghouz'), ('L6:العشرات','QUANTITY',None,([24, 99],True,'killed')),
 ('L7:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:الفرات','LOCATION','euphrates'), ('L7:وحدات حماية الشعب','ACTOR','YPG'),
 ('L7:قسد','ACTOR','SDF'),
 ('L8:واشنطن','ACTOR','US'), ('L8:شمال سوريا','LOCATION','north-syria'), ('L8:وزارة الدفاع الأمريكية','ACTOR','US'), ('L8:البنتاغون','ACTOR','US'),
 ('L8:الحدود السورية التركية','LOCATION','syria-turkey-border'), ('L8:تل أبيض','LOCATION','tal-abyad'), ('L8:كوباني','LOCATION','kobani'),
 ('L9:نحو ألفي جندي أمريكي','QUANTITY',None,(2000,True,'troops')), ('L9:جندي أمريكي','ACTOR','US'), ('L9:شمال شرقي سوريا','LOCATION','north-east-syria'),
 ('L9:قاعدتي رميلان','LOCATION','rmeilan-base'), ('L9:الشدادي','LOCATION','shaddadi-base'), ('L9:قاعدة التنف','LOCATION','al-tanf-base'),
 ('L9:الحدود الأردنية','LOCATION','jordan-syria-border'),
 ('L10:هجين','LOCATION','hajin'), ('L10:نحو ثلاثة أشهر','QUANTITY',None,(3,True,'other')), ('L10:قسد','ACTOR','SDF'), ('L10:التنظيم','ACTOR','ISIS'),
 ('L10:وادي الفرات','LOCATION','euphrates-valley'),
]
times = [
 ('L2:أمس الجمعة', FRI, 'day'),
 ('L3:فجر الخميس', '2018-12-13', 'part-of-day', {'part': 'morning'}),
 ('L4:خلال الساعات الـ48 الماضية', '2018-12-13/' + D, 'day'),
 ('L5:منذ الاثنين الماضي', '2018-12-10/' + D, 'day'),
 ('L7:الأربعاء', WED, 'day'),
 ('L7:خلال أيام', WED + '/', 'vague', {'relation': 'after'}),
 ('L10:العاشر من سبتمبر الماضي', '2018-09-10', 'day'),
]
T = 'L2:أمس الجمعة'
SDFS = 'قوات سوريا الديمقراطية'
BALI = 'مصطفى بالي'
SOHR = 'المرصد السوري لحقوق الإنسان'
COAL = 'بيان التحالف'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['SDF'], attr=SDFS),                                                        # 1
 dict(type='CONTROL', trig='L2:سيطرتها', time=T, actors=['SDF'], targets=['ISIS'], loc='L2:بلدة هجين', attr=SDFS),                   # 2
 dict(type='ATTACK', trig='L2:معارك', time=T, actors=['SDF'], targets=['ISIS'], loc='L2:بلدة هجين', qty=['L2:أكثر من أسبوع'], attr=SDFS),  # 3
 dict(type='ATTACK', trig='L2:دعم', time=T, actors=['COALITION'], targets=['ISIS'], attr=SDFS),                                     # 4
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['SDF'], attr=BALI),                                                          # 5
 dict(type='ATTACK', trig='L3:اقتحموا', time='L3:فجر الخميس', actors=['SDF'], targets=['ISIS'], loc='L3:البلدة', qty=['L3:ثلاثة محاور'], attr=BALI),  # 6
 dict(type='CONTROL', trig='L3:سيطروا', time=T, actors=['SDF'], loc='L3:المشفى الرئيسي', attr=BALI),                                 # 7
 dict(type='OPERATION', trig='L3:التمشيط', actors=['SDF'], attr=BALI),                                                               # 8
 dict(type='WITHDRAWAL', trig='L4:انسحبوا', time=T, actors=['ISIS'], loc='L4:هجين', attr=SOHR),                                     # 9
 dict(type='ATTACK', trig='L4:مقتل', time='L4:خلال الساعات الـ48 الماضية', targets=['ISIS', 'SDF'], qty=['L4:34 عنصراً', 'L4:17 مقاتلاً'], attr=SOHR),  # 10
 dict(type='ATTACK', trig='L5:نفذت', time='L5:منذ الاثنين الماضي', actors=['COALITION'], targets=['ISIS'], loc='L5:هجين',
      weapons=['L5:طائرات'], qty=['L5:أكثر من 20 غارة'], attr=COAL),                                                              # 11
 dict(type='STATEMENT', trig='L5:بيان', actors=['COALITION'], attr=COAL),                                                           # 12
 dict(type='CONTROL', trig='L6:خسارة', mod='denied', time=T, loc='L6:هجين', attr='أعماق'),                                          # 13
 dict(type='ATTACK', trig='L6:هجوماً', actors=['ISIS'], targets=['SDF'], loc='L6:بلدة الباغوز', qty=['L6:العشرات'], attr='أعماق'),     # 14
 dict(type='STATEMENT', trig='L7:أعلن', time='L7:الأربعاء', actors=['TR'], attr='رجب طيب أردوغان'),                                # 15
 dict(type='OPERATION', trig='L7:عملية', mod='planned', time='L7:خلال أيام', actors=['TR'], targets=['YPG'], loc='L7:الفرات',
      attr='رجب طيب أردوغان'),                                                                                                    # 16
 dict(type='STATEMENT', trig='L8:قالت', actors=['US'], attr='واشنطن'),                                                               # 17
 dict(type='BASE', trig='L8:أقامت', actors=['US'], loc='L8:الحدود السورية التركية', attr='البنتاغون'),                               # 18
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=['US'], loc='L9:شمال شرقي سوريا', qty=['L9:نحو ألفي جندي أمريكي']),                  # 19
 dict(type='CONTROL', trig='L10:سقوط', time=T, actors=['SDF'], loc='L10:هجين'),                                                      # 20
 dict(type='OPERATION', trig='L10:عملية', time='L10:العاشر من سبتمبر الماضي', actors=['SDF'], targets=['ISIS'], loc='L10:وادي الفرات'),  # 21
]
TD = (D, 'day')
FD = (FRI, 'day')
THD = ('2018-12-13', 'part-of-day')
forces = [
 dict(actor='SDF', loc=('بلدة هجين', 'hajin'), as_of=FD, status='controls', source=SDFS, line=2, events=[2]),
 dict(actor='SDF', loc=('بلدة هجين', 'hajin'), as_of=FD, status='present', source=SDFS, line=2, events=[3]),
 dict(actor='ISIS', loc=('بلدة هجين', 'hajin'), as_of=FD, status='present', source=SDFS, line=2, events=[3]),
 dict(actor='SDF', loc=('البلدة', 'hajin'), as_of=THD, status='present', source=BALI, line=3, events=[6]),
 dict(actor='ISIS', loc=('البلدة', 'hajin'), as_of=THD, status='present', source=BALI, line=3, events=[6]),
 dict(actor='SDF', loc=('المشفى الرئيسي', 'hajin-hospital'), as_of=FD, status='controls', source=BALI, line=3, events=[7]),
 dict(actor='ISIS', loc=('هجين', 'hajin'), as_of=FD, status='withdrawn', source=SOHR, line=4, events=[9]),
 dict(actor='ISIS', loc=('هجين', 'hajin'), as_of=('2018-12-10/' + D, 'day'), status='attacked', source=COAL, line=5, events=[11]),
 dict(actor='ISIS', strength=(2000, True, 'fighters'), loc=('الضفة الشرقية لنهر الفرات', 'euphrates'), as_of=TD, status='present', source=COAL, line=5),
 dict(actor='US', assets='نقاط مراقبة', loc=('الحدود السورية التركية', 'syria-turkey-border'), as_of=TD, status='present', source='البنتاغون', line=8, events=[18]),
 dict(actor='US', strength=(2000, True, 'troops'), loc=('شمال شرقي سوريا', 'north-east-syria'), as_of=TD, status='present', line=9, events=[19]),
 dict(actor='US', loc=('قاعدتي رميلان', 'rmeilan-base'), as_of=TD, status='present', line=9, events=[19]),
 dict(actor='US', loc=('الشدادي', 'shaddadi-base'), as_of=TD, status='present', line=9, events=[19]),
 dict(actor='US', loc=('قاعدة التنف', 'al-tanf-base'), as_of=TD, status='present', line=9, events=[19]),
]
build('alkhaleej-hajin-sdf', None, 'الخليج', D, L, ents, times, events, forces)
