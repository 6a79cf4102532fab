from build import build
L = [
'أول دورية برية أميركية - تركية شمال شرق سورية.. وأردوغان يلوّح بالتحرك منفرداً',
'سيّرت القوات الأميركية والجيش التركي، أمس، أول دورية برية مشتركة في "المنطقة الآمنة" المزمع إقامتها شمال شرق سورية، تنفيذاً لاتفاق توصل إليه البلدان في السابع من أغسطس الماضي، وأُنشئ بموجبه مركز عمليات مشترك في ولاية شانلي أورفا جنوب تركيا.',
'وعبرت ست عربات مدرعة تركية الحدود قرب بلدة أقجة قلعة باتجاه مدينة تل أبيض، وجالت مع عربات أميركية على مدى أربع ساعات في قريتي حمام التركمان وتل فندر، بحسب وكالة "الأناضول" التركية.',
'لكن الرئيس التركي رجب طيب أردوغان قال، في كلمة ألقاها بإسطنبول أمس، إن بلاده "ستبدأ عمليتها الخاصة" شرق الفرات إذا لم يتمكن الجنود الأتراك من الانتشار في المنطقة قبل نهاية سبتمبر الجاري.',
'في المقابل، أعلنت "قوات سوريا الديمقراطية" (قسد) أنها سحبت مقاتلي "وحدات حماية الشعب" الكردية والأسلحة الثقيلة من نقاط على الشريط الحدودي بين رأس العين وتل أبيض، بعمق يصل إلى 14 كيلومتراً، التزاماً بـ"الآلية الأمنية" المتفق عليها.',
'وفي دمشق، دانت وزارة الخارجية السورية الدورية المشتركة، واعتبرتها "انتهاكاً سافراً" للسيادة السورية، مؤكدة رفضها القاطع لما يسمى "المنطقة الآمنة".',
'وفي إدلب، ساد هدوء حذر في ظل الهدنة التي أعلنتها موسكو من جانب واحد في 31 أغسطس الماضي، رغم قصف مدفعي لقوات النظام استهدف أمس بلدات في ريف إدلب الجنوبي، بحسب "المرصد السوري لحقوق الإنسان".',
'وكانت طائرات أميركية قد استهدفت، في اليوم ذاته، اجتماعاً لقياديين في تنظيم "حراس الدين" المرتبط بـ"القاعدة" شمال مدينة إدلب، ما أسفر عن مقتل أكثر من 40 عنصراً، وفق المرصد.',
'ويبلغ عدد الجنود الأميركيين في سورية نحو ألف جندي، يتمركز معظمهم في قواعد بمحافظتي الحسكة ودير الزور، إضافة إلى قاعدة التنف قرب الحدود مع الأردن والعراق.',
'وتعتبر أنقرة "وحدات حماية الشعب" امتداداً لحزب العمال الكردستاني المحظور، وقد حشدت منذ مطلع العام آلاف الجنود على الحدود مع سورية استعداداً لعملية عسكرية محتملة.',
]
D = '2019-09-09'   # Monday; Dubai daily, dated the day after the patrol
Y = '2019-09-08'   # Sunday
HD = 'OTHER:hurras-al-din'
AQ = 'OTHER:al-qaeda'
ents = [
 ('L0:سورية','LOCATION','syria'), ('L0:أردوغان','PERSON','recep-tayyip-erdogan'),
 ('L1:القوات الأميركية','ACTOR','US'), ('L1:الجيش التركي','ACTOR','TR'), ('L1:المنطقة الآمنة','LOCATION','safe-zone'),
 ('L1:شمال شرق سورية','LOCATION','northeast-syria'), ('L1:ولاية شانلي أورفا','LOCATION','sanliurfa'), ('L1:تركيا','LOCATION','turkey'),
 ('L2:ست عربات مدرعة','QUANTITY',None,(6,False,'vehicles')), ('L2:عربات مدرعة','WEAPON','armoured-vehicles'), ('L2:الحدود','LOCATION','syria-turkey-border'),
 ('L2:بلدة أقجة قلعة','LOCATION','akcakale'), ('L2:مدينة تل أبيض','LOCATION','tal-abyad'), ('L2:عربات أميركية','WEAPON','armoured-vehicles'),
 ('L2:أربع ساعات','QUANTITY',None,(4,False,'other')), ('L2:قريتي حمام التركمان','LOCATION','hammam-al-turkman'), ('L2:تل فندر','LOCATION','tal-fender'),
 ('L2:الأناضول','ORG','anadolu'),
 ('L3:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L3:إسطنبول','LOCATION','istanbul'), ('L3:شرق الفرات','LOCATION','east-euphrates'),
 ('L3:الجنود الأتراك','ACTOR','TR'), ('L3:المنطقة','LOCATION','safe-zone'),
 ('L4:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L4:قسد','ACTOR','SDF'), ('L4:وحدات حماية الشعب','ACTOR','YPG'),
 ('L4:الأسلحة الثقيلة','WEAPON','heavy-weapons'), ('L4:الشريط الحدودي','LOCATION','syria-turkey-border-strip'), ('L4:رأس العين','LOCATION','ras-al-ain'),
 ('L4:تل أبيض','LOCATION','tal-abyad'), ('L4:يصل إلى 14 كيلومتراً','QUANTITY',None,(14,True,'km')),
 ('L5:دمشق','LOCATION','damascus'), ('L5:وزارة الخارجية السورية','ACTOR','SY_GOV'), ('L5:المنطقة الآمنة','LOCATION','safe-zone'),
 ('L6:إدلب#0','LOCATION','idlib'), ('L6:موسكو','ACTOR','RU'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L6:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L7:طائرات أميركية','WEAPON','warplanes'), ('L7:تنظيم "حراس الدين"','ACTOR',HD), ('L7:القاعدة','ACTOR',AQ), ('L7:مدينة إدلب','LOCATION','idlib'),
 ('L7:أكثر من 40 عنصراً','QUANTITY',None,(40,True,'killed')), ('L7:المرصد','ORG','sohr'),
 ('L8:الجنود الأميركيين','ACTOR','US'), ('L8:سورية','LOCATION','syria'), ('L8:نحو ألف جندي','QUANTITY',None,(1000,True,'troops')),
 ('L8:محافظتي الحسكة','LOCATION','hasakah-governorate'), ('L8:دير الزور','LOCATION','deir-ez-zor-governorate'), ('L8:قاعدة التنف','LOCATION','al-tanf'),
 ('L8:الحدود','LOCATION','syria-jordan-iraq-border'), ('L8:الأردن','LOCATION','jordan'), ('L8:العراق','LOCATION','iraq'),
 ('L9:أنقرة','ACTOR','TR'), ('L9:وحدات حماية الشعب','ACTOR','YPG'), ('L9:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L9:آلاف الجنود','QUANTITY',None,([1000,9999],True,'troops')), ('L9:الحدود','LOCATION','syria-turkey-border'), ('L9:سورية','LOCATION','syria'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L1:السابع من أغسطس الماضي', '2019-08-07', 'day'),
 ('L3:أمس', Y, 'day'),
 ('L3:نهاية سبتمبر الجاري', '2019-09', 'month'),
 ('L6:31 أغسطس الماضي', '2019-08-31', 'day'),
 ('L6:أمس', Y, 'day'),
 ('L7:اليوم ذاته', '2019-08-31', 'day'),
 ('L9:منذ مطلع العام', '2019-01/2019-09', 'month'),
]
T = 'L1:أمس'
AUG7 = 'L1:السابع من أغسطس الماضي'
AA = 'الأناضول'
ERD = 'رجب طيب أردوغان'
SDFS = 'قوات سوريا الديمقراطية (قسد)'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='TRAINING', trig='L1:دورية', time=T, actors=['US', 'TR'], loc='L1:المنطقة الآمنة'),                                       # 1
 dict(type='AGREEMENT', trig='L1:اتفاق', time=AUG7, actors=['US', 'TR']),                                                           # 2
 dict(type='BASE', trig='L1:أُنشئ', actors=['US', 'TR'], loc='L1:ولاية شانلي أورفا'),                                                # 3
 dict(type='MOVEMENT', trig='L2:عبرت', time=T, actors=['TR'], loc='L2:الحدود', weapons=['L2:عربات مدرعة'], qty=['L2:ست عربات مدرعة'], attr=AA),  # 4
 dict(type='TRAINING', trig='L2:جالت', time=T, actors=['TR', 'US'], loc='L2:قريتي حمام التركمان', weapons=['L2:عربات مدرعة', 'L2:عربات أميركية'],
      qty=['L2:أربع ساعات'], attr=AA),                                                                                              # 5
 dict(type='STATEMENT', trig='L3:قال', time='L3:أمس', actors=['TR'], attr=ERD),                                                    # 6
 dict(type='OPERATION', trig='L3:عمليتها', mod='planned', actors=['TR'], loc='L3:شرق الفرات', attr=ERD),                           # 7
 dict(type='STATEMENT', trig='L4:أعلنت', actors=['SDF'], attr=SDFS),                                                              # 8
 dict(type='WITHDRAWAL', trig='L4:سحبت', actors=['SDF', 'YPG'], loc='L4:الشريط الحدودي', weapons=['L4:الأسلحة الثقيلة'],
      qty=['L4:يصل إلى 14 كيلومتراً'], attr=SDFS),                                                                                  # 9
 dict(type='AGREEMENT', trig='L4:الآلية الأمنية', time=AUG7, actors=['US', 'TR']),                                                  # 10
 dict(type='TRAINING', trig='L5:الدورية', time=T, actors=['US', 'TR']),                                                             # 11
 dict(type='AGREEMENT', trig='L6:الهدنة', time='L6:31 أغسطس الماضي', actors=['RU'], loc='L6:إدلب#0'),                                  # 12
 dict(type='ATTACK', trig='L6:قصف', time='L6:أمس', actors=['SY_GOV'], loc='L6:ريف إدلب الجنوبي', attr=SOHR),                       # 13
 dict(type='ATTACK', trig='L7:استهدفت', time='L7:اليوم ذاته', actors=['US'], targets=[HD], loc='L7:مدينة إدلب',
      weapons=['L7:طائرات أميركية'], qty=['L7:أكثر من 40 عنصراً'], attr=SOHR),                                                      # 14
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=['US'], loc='L8:محافظتي الحسكة', qty=['L8:نحو ألف جندي']),                          # 15
 dict(type='MOVEMENT', trig='L9:حشدت', time='L9:منذ مطلع العام', actors=['TR'], loc='L9:الحدود', qty=['L9:آلاف الجنود']),           # 16
 dict(type='OPERATION', trig='L9:عملية عسكرية', mod='planned', actors=['TR'], targets=['YPG']),                                   # 17
]
YD = (Y, 'day')
DD = (D, 'day')
forces = [
 dict(actor='US', loc=('المنطقة الآمنة', 'safe-zone'), as_of=YD, status='present', line=1, events=[1]),
 dict(actor='TR', loc=('المنطقة الآمنة', 'safe-zone'), as_of=YD, status='present', line=1, events=[1]),
 dict(actor='US', assets='مركز عمليات مشترك', loc=('ولاية شانلي أورفا', 'sanliurfa'), as_of=DD, status='present', line=1, events=[3]),
 dict(actor='TR', assets='مركز عمليات مشترك', loc=('ولاية شانلي أورفا', 'sanliurfa'), as_of=DD, status='present', line=1, events=[3]),
 dict(actor='TR', strength=(6, False, 'vehicles'), assets='عربات مدرعة', loc=('قريتي حمام التركمان', 'hammam-al-turkman'), as_of=YD, status='present', source=AA, line=2, events=[5]),
 dict(actor='TR', strength=(6, False, 'vehicles'), assets='عربات مدرعة', loc=('تل فندر', 'tal-fender'), as_of=YD, status='present', source=AA, line=2, events=[5]),
 dict(actor='US', assets='عربات', loc=('قريتي حمام التركمان', 'hammam-al-turkman'), as_of=YD, status='present', source=AA, line=2, events=[5]),
 dict(actor='US', assets='عربات', loc=('تل فندر', 'tal-fender'), as_of=YD, status='present', source=AA, line=2, events=[5]),
 dict(actor='YPG', assets='الأسلحة الثقيلة', loc=('الشريط الحدودي', 'syria-turkey-border-strip'), as_of=(None, 'vague'), status='withdrawn', source=SDFS, line=4, events=[9]),
 dict(actor='SDF', loc=('الشريط الحدودي', 'syria-turkey-border-strip'), as_of=(None, 'vague'), status='withdrawn', source=SDFS, line=4, events=[9]),
 dict(actor=HD, assets='اجتماع لقياديين', loc=('مدينة إدلب', 'idlib'), as_of=('2019-08-31', 'day'), status='attacked', source=SOHR, line=7, events=[14]),
 dict(actor='US', strength=(1000, True, 'troops'), loc=('سورية', 'syria'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('محافظتي الحسكة', 'hasakah-governorate'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('دير الزور', 'deir-ez-zor-governorate'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='US', loc=('قاعدة التنف', 'al-tanf'), as_of=DD, status='present', line=8),
 dict(actor='TR', strength=([1000, 9999], True, 'troops'), loc=('الحدود', 'syria-turkey-border'), as_of=('2019-01/2019-09', 'month'), status='reinforced', line=9, events=[16]),
]
build('emaratalyoum-tal-abyad-patrol', None, 'الإمارات اليوم', D, L, ents, times, events, forces)
