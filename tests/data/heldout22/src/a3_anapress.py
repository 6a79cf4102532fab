from build import build
L = [
'رتل عسكري تركي يدخل إدلب ويتمركز على جبل الشيخ بركات المطل على عفرين',
'دخل رتل عسكري تركي، مساء أمس الخميس، إلى محافظة إدلب شمالي سوريا عبر الحدود قرب بلدة أطمة، واتجه نحو جبل الشيخ بركات في ريف حلب الغربي، المطل على مناطق سيطرة "وحدات حماية الشعب" الكردية في عفرين، وفق ما أفاد مراسل "أنا برس".',
'وأوضح المراسل أن الرتل ضم نحو 30 آلية بينها عربات مدرعة وجرافات، ونحو 100 جندي من القوات الخاصة التركية، ورافقته سيارات تابعة لـ"هيئة تحرير الشام" حتى وصوله إلى قمة الجبل فجر اليوم.',
'من جهته، أعلن الجيش التركي في بيان اليوم الجمعة أن قواته بدأت إقامة نقاط مراقبة في إدلب، في إطار اتفاق "خفض التصعيد" الذي توصلت إليه تركيا وروسيا وإيران خلال اجتماعات أستانا الشهر الماضي.',
'وكان الرئيس التركي رجب طيب أردوغان قد أعلن، السبت الماضي، أن بلاده ستطلق عملية "جدية" في إدلب بمشاركة فصائل من "الجيش السوري الحر"، مؤكداً أن أنقرة "لن تسمح بإقامة ممر إرهابي" على حدودها الجنوبية.',
'في المقابل، نفى مصدر في "هيئة تحرير الشام" لـ"أنا برس" وجود أي اتفاق مكتوب مع أنقرة، موضحاً أن ما جرى "تفاهم ميداني" لتجنب الاشتباك مع الرتل التركي، وأن عناصر الهيئة ما زالوا يسيطرون على كامل الطريق من أطمة إلى دارة عزة.',
'وتزامن دخول الرتل مع قصف نفذته "الوحدات" الكردية بقذائف الهاون على أطراف بلدة دارة عزة القريبة من الشيخ بركات، دون أن يسفر عن إصابات، بحسب ناشطين محليين.',
'وفي ريف حماة الشمالي الشرقي، تتواصل الاشتباكات بين قوات النظام و"هيئة تحرير الشام" في محيط قرية أبو دالي، وسط غارات مكثفة تشنها الطائرات الروسية على قرى المنطقة، أسفرت عن مقتل تسعة مدنيين بينهم أربعة أطفال.',
'وكانت فصائل من "الجيش السوري الحر" قد حشدت، السبت الماضي، نحو ألف مقاتل في ولاية هاتاي التركية استعداداً لدخول إدلب، قبل أن يتأجل دخولها إثر التفاهم مع "الهيئة".',
'وتسيطر "هيئة تحرير الشام" على معظم محافظة إدلب، بما فيها مدينة إدلب ومعبر باب الهوى، منذ معاركها مع حركة "أحرار الشام" في تموز الماضي.',
]
D = '2017-10-13'   # Friday; Syrian opposition news agency, copy of its day
THU = '2017-10-12'
SAT = '2017-10-07'
AH = 'OTHER:ahrar-al-sham'
COR = 'مراسل "أنا برس"'
ents = [
 ('L0:إدلب','LOCATION','idlib'), ('L0:جبل الشيخ بركات','LOCATION','sheikh-barakat'), ('L0:عفرين','LOCATION','afrin'),
 ('L1:محافظة إدلب','LOCATION','idlib'), ('L1:سوريا','LOCATION','syria'), ('L1:الحدود','LOCATION','syria-turkey-border'), ('L1:بلدة أطمة','LOCATION','atmeh'),
 ('L1:جبل الشيخ بركات','LOCATION','sheikh-barakat'), ('L1:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L1:وحدات حماية الشعب','ACTOR','YPG'), ('L1:عفرين','LOCATION','afrin'), ('L1:أنا برس','ORG','anapress'),
 ('L2:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L2:آلية','WEAPON','vehicles'), ('L2:عربات مدرعة','WEAPON','armoured-vehicles'),
 ('L2:جرافات','WEAPON','bulldozers'), ('L2:نحو 100 جندي','QUANTITY',None,(100,True,'troops')), ('L2:القوات الخاصة التركية','ACTOR','TR'),
 ('L2:سيارات','WEAPON','cars'), ('L2:هيئة تحرير الشام','ACTOR','NUSRA'), ('L2:قمة الجبل','LOCATION','sheikh-barakat'),
 ('L3:الجيش التركي','ACTOR','TR'), ('L3:إدلب','LOCATION','idlib'), ('L3:تركيا','ACTOR','TR'), ('L3:روسيا','ACTOR','RU'), ('L3:إيران','ACTOR','IR'),
 ('L3:أستانا','LOCATION','astana'),
 ('L4:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L4:إدلب','LOCATION','idlib'), ('L4:الجيش السوري الحر','ACTOR','FSA'), ('L4:أنقرة','ACTOR','TR'),
 ('L5:هيئة تحرير الشام','ACTOR','NUSRA'), ('L5:أنا برس','ORG','anapress'), ('L5:أنقرة','ACTOR','TR'), ('L5:الهيئة','ACTOR','NUSRA'),
 ('L5:أطمة','LOCATION','atmeh'), ('L5:دارة عزة','LOCATION','daret-azza'),
 ('L6:الوحدات','ACTOR','YPG'), ('L6:قذائف الهاون','WEAPON','mortar-shells'), ('L6:بلدة دارة عزة','LOCATION','daret-azza'),
 ('L6:الشيخ بركات','LOCATION','sheikh-barakat'),
 ('L7:ريف حماة الشمالي الشرقي','LOCATION','hama-northeast-countryside'), ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L7:قرية أبو دالي','LOCATION','abu-dali'), ('L7:الطائرات الروسية','WEAPON','russian-aircraft'), ('L7:تسعة مدنيين','QUANTITY',None,(9,False,'killed')),
 ('L7:أربعة أطفال','QUANTITY',None,(4,False,'killed')),
 ('L8:الجيش السوري الحر','ACTOR','FSA'), ('L8:نحو ألف مقاتل','QUANTITY',None,(1000,True,'fighters')), ('L8:ولاية هاتاي','LOCATION','hatay'),
 ('L8:إدلب','LOCATION','idlib'), ('L8:الهيئة','ACTOR','NUSRA'),
 ('L9:هيئة تحرير الشام','ACTOR','NUSRA'), ('L9:محافظة إدلب','LOCATION','idlib'), ('L9:مدينة إدلب','LOCATION','idlib-city'),
 ('L9:معبر باب الهوى','LOCATION','bab-al-hawa'), ('L9:أحرار الشام','ACTOR',AH),
]
times = [
 ('L1:مساء أمس الخميس', THU, 'part-of-day', {'part': 'evening'}),
 ('L2:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:اليوم الجمعة', D, 'day'),
 ('L3:الشهر الماضي', '2017-09', 'month'),
 ('L4:السبت الماضي', SAT, 'day'),
 ('L8:السبت الماضي', SAT, 'day'),
 ('L9:تموز الماضي', '2017-07', 'month'),
]
E = 'L1:مساء أمس الخميس'
HTS_SRC = 'مصدر في هيئة تحرير الشام'
events = [
 dict(type='MOVEMENT', trig='L1:دخل', time=E, actors=['TR'], loc='L1:محافظة إدلب', attr=COR),                                               # 1
 dict(type='MOVEMENT', trig='L1:اتجه', time=E, actors=['TR'], loc='L1:جبل الشيخ بركات', attr=COR),                                           # 2
 dict(type='CONTROL', trig='L1:سيطرة', actors=['YPG'], loc='L1:عفرين', attr=COR),                                                           # 3
 dict(type='MOVEMENT', trig='L2:رافقته', time='L2:فجر اليوم', actors=['NUSRA'], loc='L2:قمة الجبل', weapons=['L2:سيارات'], attr=COR),           # 4
 dict(type='MOVEMENT', trig='L2:وصوله', time='L2:فجر اليوم', actors=['TR'], loc='L2:قمة الجبل',
      weapons=['L2:آلية', 'L2:عربات مدرعة', 'L2:جرافات'], qty=['L2:نحو 30 آلية', 'L2:نحو 100 جندي'], attr=COR),                             # 5
 dict(type='STATEMENT', trig='L3:أعلن', time='L3:اليوم الجمعة', actors=['TR'], attr='الجيش التركي'),                                        # 6
 dict(type='BASE', trig='L3:إقامة', time='L3:اليوم الجمعة', actors=['TR'], loc='L3:إدلب', attr='الجيش التركي'),                                # 7
 dict(type='AGREEMENT', trig='L3:اتفاق', time='L3:الشهر الماضي', actors=['TR', 'RU', 'IR'], loc='L3:أستانا', attr='الجيش التركي'),             # 8
 dict(type='STATEMENT', trig='L4:أعلن', time='L4:السبت الماضي', actors=['TR'], attr='رجب طيب أردوغان'),                                     # 9
 dict(type='OPERATION', trig='L4:عملية', mod='planned', actors=['TR', 'FSA'], loc='L4:إدلب', attr='رجب طيب أردوغان'),                           # 10
 dict(type='AGREEMENT', trig='L5:اتفاق', mod='denied', actors=['NUSRA', 'TR'], attr=HTS_SRC),                                              # 11
 dict(type='AGREEMENT', trig='L5:تفاهم', actors=['NUSRA', 'TR'], attr=HTS_SRC),                                                            # 12
 dict(type='CONTROL', trig='L5:يسيطرون', actors=['NUSRA'], loc='L5:أطمة', attr=HTS_SRC),                                                    # 13
 dict(type='MOVEMENT', trig='L6:دخول', time=E, actors=['TR']),                                                                             # 14
 dict(type='ATTACK', trig='L6:قصف', actors=['YPG'], loc='L6:بلدة دارة عزة', weapons=['L6:قذائف الهاون'], attr='ناشطين محليين'),                # 15
 dict(type='ATTACK', trig='L7:الاشتباكات', actors=['SY_GOV', 'NUSRA'], loc='L7:قرية أبو دالي'),                                               # 16
 dict(type='ATTACK', trig='L7:غارات', actors=['RU'], loc='L7:ريف حماة الشمالي الشرقي', weapons=['L7:الطائرات الروسية'],
      qty=['L7:تسعة مدنيين', 'L7:أربعة أطفال']),                                                                                         # 17
 dict(type='MOVEMENT', trig='L8:حشدت', time='L8:السبت الماضي', actors=['FSA'], loc='L8:ولاية هاتاي', qty=['L8:نحو ألف مقاتل']),                 # 18
 dict(type='AGREEMENT', trig='L8:التفاهم', actors=['TR', 'NUSRA']),                                                                        # 19
 dict(type='CONTROL', trig='L9:تسيطر', time='L9:تموز الماضي', actors=['NUSRA'], loc='L9:محافظة إدلب'),                                        # 20
 dict(type='ATTACK', trig='L9:معاركها', time='L9:تموز الماضي', actors=['NUSRA', AH]),                                                        # 21
]
TD = (D, 'day')
ED = (THU, 'part-of-day')
DAWN = (D, 'part-of-day')
forces = [
 dict(actor='TR', loc=('محافظة إدلب', 'idlib'), as_of=ED, status='arrived', source=COR, line=1, events=[1]),
 dict(actor='YPG', loc=('عفرين', 'afrin'), as_of=TD, status='controls', source=COR, line=1, events=[3]),
 dict(actor='TR', strength=(100, True, 'troops'), assets='نحو 30 آلية بينها عربات مدرعة وجرافات', loc=('قمة الجبل', 'sheikh-barakat'), as_of=DAWN,
      status='arrived', source=COR, line=2, events=[5]),
 dict(actor='TR', assets='نقاط مراقبة', loc=('إدلب', 'idlib'), as_of=TD, status='present', source='الجيش التركي', line=3, events=[7]),
 dict(actor='NUSRA', loc=('الطريق من أطمة إلى دارة عزة', 'atmeh-daret-azza-road'), as_of=TD, status='controls', source=HTS_SRC, line=5, events=[13]),
 dict(actor='SY_GOV', loc=('قرية أبو دالي', 'abu-dali'), as_of=TD, status='present', line=7, events=[16]),
 dict(actor='NUSRA', loc=('قرية أبو دالي', 'abu-dali'), as_of=TD, status='present', line=7, events=[16]),
 dict(actor='FSA', strength=(1000, True, 'fighters'), loc=('ولاية هاتاي', 'hatay'), as_of=(SAT, 'day'), status='present', line=8, events=[18]),
 dict(actor='NUSRA', loc=('محافظة إدلب', 'idlib'), as_of=TD, status='controls', line=9, events=[20]),
 dict(actor='NUSRA', loc=('مدينة إدلب', 'idlib-city'), as_of=TD, status='controls', line=9, events=[20]),
 dict(actor='NUSRA', loc=('معبر باب الهوى', 'bab-al-hawa'), as_of=TD, status='controls', line=9, events=[20]),
]
build('anapress-sheikh-barakat', None, 'أنا برس', D, L, ents, times, events, forces)
