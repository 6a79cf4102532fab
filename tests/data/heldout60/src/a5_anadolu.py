from build import build
L = [
'استشهاد 5 جنود أتراك بقصف للنظام السوري في إدلب.. والجيش التركي يرد',
'أنقرة/ الأناضول',
'أعلنت وزارة الدفاع التركية، الإثنين، استشهاد 5 جنود وإصابة 5 آخرين، جراء قصف مدفعي مكثف لقوات النظام السوري استهدف تعزيزات تركية أُرسلت إلى منطقة تفتناز في إدلب لمنع تقدم النظام.',
'وقالت الوزارة في بيان إن القوات التركية ردت على الفور "بالمثل" على مصادر النيران، واستهدفت 115 هدفاً للنظام، ما أسفر عن "تحييد 101 عنصر" وتدمير 3 دبابات ومدفعين ومروحية.',
'وفي تصريحات للصحفيين، قال الرئيس التركي رجب طيب أردوغان إن النظام "تلقى الرد الذي يستحقه"، مجدداً مطالبته بانسحاب قوات النظام إلى ما وراء نقاط المراقبة التركية قبل نهاية شباط الجاري، وإلا فإن تركيا "ستتكفل بذلك".',
'وأفاد مراسل الأناضول بأن رتلاً عسكرياً تركياً يضم نحو 150 آلية، بينها دبابات وناقلات جند ومدافع، دخل ليلة الأحد عبر معبر كفرلوسين الحدودي، واتجه نحو مطار تفتناز العسكري وبلدة بنش.',
'ويأتي الهجوم بعد أسبوع من مقتل 7 جنود أتراك ومدني يعمل مع الجيش التركي بقصف مماثل لقوات النظام قرب مدينة سراقب، في الثالث من شباط الجاري، ردت عليه أنقرة باستهداف عشرات المواقع.',
'وفي ريف حلب الغربي، واصلت قوات النظام وميليشيات مدعومة من إيران هجومها بإسناد جوي روسي، وسيطرت على بلدتي خان العسل وأورم الصغرى، بحسب مصادر في "الجيش الوطني السوري".',
'وأقام الجيش التركي خلال الأيام الماضية نقاطاً عسكرية جديدة في محيط مدينة سراقب وقرب بلدة الأتارب، ليصل عدد نقاطه في المنطقة إلى نحو 20 نقطة.',
'في المقابل، اتهمت وزارة الدفاع الروسية الجانب التركي بتحريك قواته داخل إدلب دون إبلاغ موسكو، مؤكدة أن قوات النظام "تقاتل الإرهابيين" في منطقة خفض التصعيد.',
'وتنتشر في منطقة خفض التصعيد 12 نقطة مراقبة تركية أُقيمت بموجب اتفاق أستانا، تحاصر قوات النظام عدداً منها، أبرزها نقاط مورك والصرمان وتل الطوقان.',
]
D = '2020-02-10'   # Monday; agency web copy of its own day: الإثنين is today
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:5 جنود','QUANTITY',None,(5,False,'killed')), ('L0:لنظام السوري','ACTOR','SY_GOV'), ('L0:إدلب','LOCATION','idlib-governorate'),
 ('L0:الجيش التركي','ACTOR','TR'),
 ('L1:أنقرة','LOCATION','ankara'), ('L1:الأناضول','ORG','anadolu'),
 ('L2:وزارة الدفاع التركية','ACTOR','TR'), ('L2:5 جنود','QUANTITY',None,(5,False,'killed')), ('L2:5#1','QUANTITY',None,(5,False,'wounded')),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'), ('L2:منطقة تفتناز','LOCATION','taftanaz'), ('L2:إدلب','LOCATION','idlib-governorate'),
 ('L2:النظام#1','ACTOR','SY_GOV'),
 ('L3:الوزارة','ACTOR','TR'), ('L3:القوات التركية','ACTOR','TR'), ('L3:115 هدفاً','QUANTITY',None,(115,False,'other')), ('L3:لنظام','ACTOR','SY_GOV'),
 ('L3:101 عنصر','QUANTITY',None,(101,False,'killed')), ('L3:3 دبابات','QUANTITY',None,(3,False,'vehicles')), ('L3:دبابات','WEAPON','tanks'),
 ('L3:مدفعين','QUANTITY',None,(2,False,'other')), ('L3:مدفعين#0','WEAPON','artillery'), ('L3:مروحية','WEAPON','helicopters'),
 ('L4:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L4:النظام#0','ACTOR','SY_GOV'), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L4:نقاط المراقبة التركية','LOCATION','turkish-observation-posts-idlib'), ('L4:تركيا','ACTOR','TR'),
 ('L5:الأناضول','ORG','anadolu'), ('L5:نحو 150 آلية','QUANTITY',None,(150,True,'vehicles')), ('L5:آلية','WEAPON','military-vehicles'),
 ('L5:دبابات','WEAPON','tanks'), ('L5:ناقلات جند','WEAPON','apc'), ('L5:مدافع','WEAPON','artillery'),
 ('L5:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'), ('L5:مطار تفتناز العسكري','LOCATION','taftanaz-airbase'), ('L5:بلدة بنش','LOCATION','binnish'),
 ('L6:7 جنود','QUANTITY',None,(7,False,'killed')), ('L6:الجيش التركي','ACTOR','TR'), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L6:مدينة سراقب','LOCATION','saraqib'), ('L6:أنقرة','ACTOR','TR'), ('L6:عشرات المواقع','QUANTITY',None,([24,99],True,'other')),
 ('L7:ريف حلب الغربي','LOCATION','aleppo-west-countryside'), ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:ميليشيات مدعومة من إيران','ACTOR',IBM),
 ('L7:بلدتي خان العسل','LOCATION','khan-al-asal'), ('L7:أورم الصغرى','LOCATION','urum-al-sughra'), ('L7:الجيش الوطني السوري','ACTOR','FSA'),
 ('L8:الجيش التركي','ACTOR','TR'), ('L8:محيط مدينة سراقب','LOCATION','saraqib'), ('L8:بلدة الأتارب','LOCATION','al-atarib'),
 ('L8:المنطقة','LOCATION','idlib-de-escalation-zone'), ('L8:نحو 20 نقطة','QUANTITY',None,(20,True,'other')),
 ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:الجانب التركي','ACTOR','TR'), ('L9:إدلب','LOCATION','idlib-governorate'), ('L9:موسكو','ACTOR','RU'),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:الإرهابيين','ACTOR','NUSRA'), ('L9:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'),
 ('L10:منطقة خفض التصعيد','LOCATION','idlib-de-escalation-zone'), ('L10:12 نقطة','QUANTITY',None,(12,False,'other')), ('L10:أستانا','LOCATION','astana'),
 ('L10:قوات النظام','ACTOR','SY_GOV'), ('L10:نقاط مورك','LOCATION','morek-observation-post'), ('L10:الصرمان','LOCATION','al-surman-post'),
 ('L10:تل الطوقان','LOCATION','tal-al-tuqan-post'),
]
times = [
 ('L2:الإثنين', D, 'day'),
 ('L4:نهاية شباط الجاري', '2020-02', 'month'),
 ('L5:ليلة الأحد', '2020-02-09', 'part-of-day', {'part': 'night'}),
 ('L6:الثالث من شباط الجاري', '2020-02-03', 'day'),
 ('L8:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
T = 'L2:الإثنين'
FEB3 = 'L6:الثالث من شباط الجاري'
TMOD = 'وزارة الدفاع التركية'
ER = 'رجب طيب أردوغان'
AA = 'مراسل الأناضول'
SNA = 'مصادر في الجيش الوطني السوري'
RMD = 'وزارة الدفاع الروسية'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['TR'], attr=TMOD),                                                          # 1
 dict(type='ATTACK', trig='L2:استشهاد', time=T, actors=['SY_GOV'], targets=['TR'], loc='L2:منطقة تفتناز', qty=['L2:5 جنود', 'L2:5#1'], attr=TMOD),  # 2
 dict(type='MOVEMENT', trig='L2:أُرسلت', actors=['TR'], loc='L2:منطقة تفتناز', attr=TMOD),                                             # 3
 dict(type='STATEMENT', trig='L3:قالت', time=T, actors=['TR'], attr=TMOD),                                                           # 4
 dict(type='ATTACK', trig='L3:ردت', time=T, actors=['TR'], targets=['SY_GOV'], attr=TMOD),                                           # 5
 dict(type='ATTACK', trig='L3:استهدفت', time=T, actors=['TR'], targets=['SY_GOV'], qty=['L3:115 هدفاً'], attr=TMOD),                  # 6
 dict(type='ATTACK', trig='L3:تحييد', time=T, actors=['TR'], targets=['SY_GOV'], qty=['L3:101 عنصر'], attr=TMOD),                    # 7
 dict(type='ATTACK', trig='L3:تدمير', time=T, actors=['TR'], targets=['SY_GOV'], weapons=['L3:دبابات', 'L3:مدفعين#0', 'L3:مروحية'],
      qty=['L3:3 دبابات', 'L3:مدفعين'], attr=TMOD),                                                                                  # 8
 dict(type='STATEMENT', trig='L4:قال', actors=['TR'], attr=ER),                                                                    # 9
 dict(type='ATTACK', trig='L4:الرد', time=T, actors=['TR'], targets=['SY_GOV'], attr=ER),                                            # 10
 dict(type='WITHDRAWAL', trig='L4:بانسحاب', mod='planned', time='L4:نهاية شباط الجاري', actors=['SY_GOV'],
      loc='L4:نقاط المراقبة التركية', attr=ER),                                                                                       # 11
 dict(type='MOVEMENT', trig='L5:دخل', time='L5:ليلة الأحد', actors=['TR'], loc='L5:معبر كفرلوسين الحدودي',
      weapons=['L5:آلية', 'L5:دبابات', 'L5:ناقلات جند', 'L5:مدافع'], qty=['L5:نحو 150 آلية'], attr=AA),                                 # 12
 dict(type='MOVEMENT', trig='L5:اتجه', time='L5:ليلة الأحد', actors=['TR'], loc='L5:مطار تفتناز العسكري', attr=AA),                   # 13
 dict(type='ATTACK', trig='L6:الهجوم', time=T, actors=['SY_GOV'], targets=['TR']),                                                   # 14
 dict(type='ATTACK', trig='L6:مقتل', time=FEB3, actors=['SY_GOV'], targets=['TR'], loc='L6:مدينة سراقب', qty=['L6:7 جنود']),            # 15
 dict(type='ATTACK', trig='L6:باستهداف', time=FEB3, actors=['TR'], targets=['SY_GOV'], qty=['L6:عشرات المواقع']),                    # 16
 dict(type='OPERATION', trig='L7:هجومها', actors=['SY_GOV', IBM], loc='L7:ريف حلب الغربي', attr=SNA),                                 # 17
 dict(type='ATTACK', trig='L7:بإسناد جوي', actors=['RU'], loc='L7:ريف حلب الغربي', attr=SNA),                                        # 18
 dict(type='CONTROL', trig='L7:سيطرت', actors=['SY_GOV', IBM], loc='L7:بلدتي خان العسل', attr=SNA),                                   # 19
 dict(type='BASE', trig='L8:أقام', time='L8:خلال الأيام الماضية', actors=['TR'], loc='L8:محيط مدينة سراقب', qty=['L8:نحو 20 نقطة']),     # 20
 dict(type='MOVEMENT', trig='L9:بتحريك', actors=['TR'], loc='L9:إدلب', attr=RMD),                                                     # 21
 dict(type='ATTACK', trig='L9:تقاتل', actors=['SY_GOV'], targets=['NUSRA'], loc='L9:منطقة خفض التصعيد', attr=RMD),                   # 22
 dict(type='BASE', trig='L10:أُقيمت', actors=['TR'], loc='L10:منطقة خفض التصعيد', qty=['L10:12 نقطة']),                               # 23
 dict(type='AGREEMENT', trig='L10:اتفاق', loc='L10:أستانا'),                                                                       # 24
 dict(type='OPERATION', trig='L10:تحاصر', actors=['SY_GOV'], targets=['TR'], loc='L10:نقاط مورك'),                                   # 25
]
DD = (D, 'day')
forces = [
 dict(actor='TR', assets='تعزيزات', loc=('منطقة تفتناز', 'taftanaz'), as_of=DD, status='attacked', source=TMOD, line=2, events=[2]),
 dict(actor='TR', assets='تعزيزات', loc=('منطقة تفتناز', 'taftanaz'), as_of=DD, status='reinforced', source=TMOD, line=2, events=[3]),
 dict(actor='TR', strength=(150, True, 'vehicles'), assets='رتل عسكري: دبابات وناقلات جند ومدافع', loc=('مطار تفتناز العسكري', 'taftanaz-airbase'),
      as_of=('2020-02-09', 'part-of-day'), status='reinforced', source=AA, line=5, events=[12, 13]),
 dict(actor='TR', strength=(150, True, 'vehicles'), assets='رتل عسكري: دبابات وناقلات جند ومدافع', loc=('بلدة بنش', 'binnish'),
      as_of=('2020-02-09', 'part-of-day'), status='reinforced', source=AA, line=5, events=[12, 13]),
 dict(actor='TR', loc=('مدينة سراقب', 'saraqib'), as_of=('2020-02-03', 'day'), status='attacked', line=6, events=[15]),
 dict(actor='SY_GOV', loc=('بلدتي خان العسل', 'khan-al-asal'), as_of=DD, status='controls', source=SNA, line=7, events=[19]),
 dict(actor='SY_GOV', loc=('أورم الصغرى', 'urum-al-sughra'), as_of=DD, status='controls', source=SNA, line=7, events=[19]),
 dict(actor=IBM, loc=('بلدتي خان العسل', 'khan-al-asal'), as_of=DD, status='controls', source=SNA, line=7, events=[19]),
 dict(actor=IBM, loc=('أورم الصغرى', 'urum-al-sughra'), as_of=DD, status='controls', source=SNA, line=7, events=[19]),
 dict(actor='TR', assets='نقاط عسكرية جديدة', loc=('محيط مدينة سراقب', 'saraqib'), as_of=(None, 'vague'), status='present', line=8, events=[20]),
 dict(actor='TR', assets='نقاط عسكرية جديدة', loc=('بلدة الأتارب', 'al-atarib'), as_of=(None, 'vague'), status='present', line=8, events=[20]),
 dict(actor='TR', assets='نحو 20 نقطة', loc=('المنطقة', 'idlib-de-escalation-zone'), as_of=DD, status='present', line=8, events=[20]),
 dict(actor='SY_GOV', loc=('منطقة خفض التصعيد', 'idlib-de-escalation-zone'), as_of=DD, status='present', source=RMD, line=9, events=[22]),
 dict(actor='TR', assets='12 نقطة مراقبة', loc=('منطقة خفض التصعيد', 'idlib-de-escalation-zone'), as_of=DD, status='present', line=10, events=[23]),
 dict(actor='SY_GOV', loc=('مورك', 'morek-observation-post'), as_of=DD, status='present', line=10, events=[25]),
 dict(actor='SY_GOV', loc=('الصرمان', 'al-surman-post'), as_of=DD, status='present', line=10, events=[25]),
 dict(actor='SY_GOV', loc=('تل الطوقان', 'tal-al-tuqan-post'), as_of=DD, status='present', line=10, events=[25]),
]
build('anadolu-taftanaz-turkish-soldiers', None, 'الأناضول', D, L, ents, times, events, forces)
