from build import build
L = [
'قوة إسرائيلية تعتقل شاباً في ريف القنيطرة.. وأعمال تحصين قرب خط وقف إطلاق النار',
'أعلن الجيش الإسرائيلي، أمس الأحد 3 من تشرين الثاني، أن قوة خاصة تابعة له نفذت عملية داخل الأراضي السورية، اعتقلت خلالها مواطناً سورياً قال إنه "يعمل لمصلحة إيران" ويجمع معلومات عن مواقع الجيش في هضبة الجولان المحتل.',
'وقال مراسل عنب بلدي في القنيطرة، إن قوة إسرائيلية مؤلفة من نحو 30 جندياً تسللت ليل السبت- الأحد إلى أطراف قرية طرنجة في ريف القنيطرة الشمالي، وطوقت منزل الشاب بعربات مدرعة قبل أن تقتاده إلى داخل الجولان.',
'وأضاف المراسل أن جرافات إسرائيلية، ترافقها دبابتان من طراز "ميركافا"، تواصل منذ أسابيع حفر خندق وإقامة ساتر ترابي بطول نحو ستة كيلومترات شرقي خط وقف إطلاق النار، بين قريتي كودنة والرفيد في ريف القنيطرة الجنوبي.',
'ودخلت الجرافات، بحسب المراسل، لمسافة تصل إلى 200 متر داخل المنطقة العازلة، في حين أخلت قوات النظام نقطتين عسكريتين قرب بلدة الحميدية منتصف تشرين الأول الماضي، دون أي رد.',
'من جهتها، قالت قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) في بيان، إن الأعمال الإسرائيلية "تشكل انتهاكاً لاتفاق فض الاشتباك"، مشيرة إلى أنها أبلغت الجانب الإسرائيلي احتجاجها.',
'ولم يصدر تعليق عن حكومة النظام السوري على عملية الاعتقال، فيما نقلت إذاعة "شام إف إم" عن مصدر عسكري نفيه أن تكون القوات الإسرائيلية قد تجاوزت خط الحدود، واصفاً الأعمال بأنها "داخل الأراضي المحتلة".',
'وتصاعدت الضربات الإسرائيلية على الجنوب السوري منذ أيلول الماضي، إذ استهدفت طائرة مسيّرة، الخميس الماضي، سيارة على طريق خان أرنبة- جباتا الخشب، ما أدى إلى مقتل شخصين قالت مصادر محلية إنهما يعملان مع "حزب الله" اللبناني.',
'كما قصفت المدفعية الإسرائيلية، بحسب "المرصد السوري لحقوق الإنسان"، أطراف بلدة حضر في ريف القنيطرة الشمالي مرتين خلال الأسبوع الماضي، بعد رصد تحركات قرب الشريط الحدودي.',
'وتنتشر في ريف القنيطرة نحو عشر نقاط للشرطة العسكرية الروسية، أُقيمت عقب سيطرة النظام على المحافظة صيف 2018، في حين تتمركز قوات إسرائيلية على تل أبو الندى المقابل.',
]
D = '2024-11-04'   # Monday; web copy of its own day
SUN = '2024-11-03'
SAT = '2024-11-02'
IL = 'OTHER:israel'
ents = [
 ('L0:قوة إسرائيلية','ACTOR',IL), ('L0:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L0:خط وقف إطلاق النار','LOCATION','golan-ceasefire-line'),
 ('L1:الجيش الإسرائيلي','ACTOR',IL), ('L1:الأراضي السورية','LOCATION','syria'), ('L1:إيران','ACTOR','IR'),
 ('L1:هضبة الجولان المحتل','LOCATION','golan'),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:القنيطرة#0','LOCATION','quneitra'), ('L2:قوة إسرائيلية','ACTOR',IL),
 ('L2:نحو 30 جندياً','QUANTITY',None,(30,True,'troops')), ('L2:قرية طرنجة','LOCATION','turnjah'),
 ('L2:ريف القنيطرة الشمالي','LOCATION','quneitra-north-countryside'), ('L2:عربات مدرعة','WEAPON','armoured-vehicles'),
 ('L2:الجولان','LOCATION','golan'),
 ('L3:جرافات','WEAPON','bulldozers'), ('L3:دبابتان','QUANTITY',None,(2,False,'vehicles')), ('L3:دبابتان من طراز "ميركافا"','WEAPON','merkava'),
 ('L3:نحو ستة كيلومترات','QUANTITY',None,(6,True,'km')), ('L3:خط وقف إطلاق النار','LOCATION','golan-ceasefire-line'),
 ('L3:قريتي كودنة','LOCATION','kudnah'), ('L3:الرفيد','LOCATION','al-rafid'), ('L3:ريف القنيطرة الجنوبي','LOCATION','quneitra-south-countryside'),
 ('L4:الجرافات','WEAPON','bulldozers'), ('L4:200 متر','QUANTITY',None,(200,False,'other')), ('L4:المنطقة العازلة','LOCATION','golan-buffer-zone'),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:نقطتين عسكريتين','QUANTITY',None,(2,False,'other')), ('L4:بلدة الحميدية','LOCATION','al-hamidiyah'),
 ('L5:قوة الأمم المتحدة لمراقبة فض الاشتباك','ORG','undof'), ('L5:أندوف','ORG','undof'), ('L5:الجانب الإسرائيلي','ACTOR',IL),
 ('L6:حكومة النظام السوري','ACTOR','SY_GOV'), ('L6:شام إف إم','ORG','sham-fm'), ('L6:القوات الإسرائيلية','ACTOR',IL),
 ('L6:خط الحدود','LOCATION','golan-ceasefire-line'), ('L6:الأراضي المحتلة','LOCATION','golan'),
 ('L7:الجنوب السوري','LOCATION','south-syria'), ('L7:طائرة مسيّرة','WEAPON','drone'), ('L7:سيارة','WEAPON','vehicles'),
 ('L7:خان أرنبة','LOCATION','khan-arnabah'), ('L7:جباتا الخشب','LOCATION','jubata-al-khashab'),
 ('L7:شخصين','QUANTITY',None,(2,False,'killed')), ('L7:حزب الله','ACTOR','HEZBOLLAH'),
 ('L8:المدفعية الإسرائيلية','ACTOR',IL), ('L8:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L8:بلدة حضر','LOCATION','hadar'),
 ('L8:ريف القنيطرة الشمالي','LOCATION','quneitra-north-countryside'), ('L8:مرتين','QUANTITY',None,(2,False,'other')),
 ('L8:الشريط الحدودي','LOCATION','golan-ceasefire-line'),
 ('L9:ريف القنيطرة','LOCATION','quneitra-countryside'), ('L9:نحو عشر نقاط','QUANTITY',None,(10,True,'other')),
 ('L9:لشرطة العسكرية الروسية','ACTOR','RU'), ('L9:النظام','ACTOR','SY_GOV'), ('L9:المحافظة','LOCATION','quneitra-governorate'),
 ('L9:قوات إسرائيلية','ACTOR',IL), ('L9:تل أبو الندى','LOCATION','tal-abu-al-nada'),
]
times = [
 ('L1:أمس الأحد 3 من تشرين الثاني', SUN, 'day'),
 ('L2:ليل السبت- الأحد', SAT, 'part-of-day', {'part': 'night'}),
 ('L3:منذ أسابيع', None, 'vague', {'relation': 'before'}),
 ('L4:منتصف تشرين الأول الماضي', '2024-10', 'month'),
 ('L7:منذ أيلول الماضي', '2024-09/2024-11', 'month'),
 ('L7:الخميس الماضي', '2024-10-31', 'day'),
 ('L8:خلال الأسبوع الماضي', '2024-10-28/2024-11-03', 'week'),
 ('L9:صيف 2018', '2018', 'year'),
]
NIGHT = 'L2:ليل السبت- الأحد'
IDF = 'الجيش الإسرائيلي'
COR = 'مراسل عنب بلدي في القنيطرة'
WEEKS = 'L3:منذ أسابيع'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', time='L1:أمس الأحد 3 من تشرين الثاني', actors=[IL], attr=IDF),                               # 1
 dict(type='OPERATION', trig='L1:عملية', time=NIGHT, actors=[IL], loc='L1:الأراضي السورية', attr=IDF),                              # 2
 dict(type='ARREST', trig='L1:اعتقلت', time=NIGHT, actors=[IL], loc='L1:الأراضي السورية', attr=IDF),                                  # 3
 dict(type='MOVEMENT', trig='L2:تسللت', time=NIGHT, actors=[IL], loc='L2:قرية طرنجة', qty=['L2:نحو 30 جندياً'], attr=COR),            # 4
 dict(type='OPERATION', trig='L2:طوقت', time=NIGHT, actors=[IL], loc='L2:قرية طرنجة', weapons=['L2:عربات مدرعة'], attr=COR),          # 5
 dict(type='ARREST', trig='L2:تقتاده', time=NIGHT, actors=[IL], loc='L2:قرية طرنجة', attr=COR),                                      # 6
 dict(type='BASE', trig='L3:إقامة', time=WEEKS, actors=[IL], loc='L3:قريتي كودنة',
      weapons=['L3:جرافات', 'L3:دبابتان من طراز "ميركافا"'], qty=['L3:دبابتان', 'L3:نحو ستة كيلومترات'], attr=COR),                  # 7
 dict(type='MOVEMENT', trig='L4:دخلت', time=WEEKS, actors=[IL], loc='L4:المنطقة العازلة', weapons=['L4:الجرافات'], qty=['L4:200 متر'],
      attr=COR),                                                                                                                      # 8
 dict(type='WITHDRAWAL', trig='L4:أخلت', time='L4:منتصف تشرين الأول الماضي', actors=['SY_GOV'], loc='L4:بلدة الحميدية',
      qty=['L4:نقطتين عسكريتين'], attr=COR),                                                                                          # 9
 dict(type='STATEMENT', trig='L5:قالت', attr='أندوف'),                                                                               # 10
 dict(type='MOVEMENT', trig='L6:تجاوزت', mod='denied', actors=[IL], loc='L6:خط الحدود', attr='مصدر عسكري (شام إف إم)'),              # 11
 dict(type='ATTACK', trig='L7:الضربات', time='L7:منذ أيلول الماضي', actors=[IL], loc='L7:الجنوب السوري'),                            # 12
 dict(type='ATTACK', trig='L7:استهدفت', time='L7:الخميس الماضي', actors=[IL], targets=['HEZBOLLAH'], loc='L7:خان أرنبة',
      weapons=['L7:طائرة مسيّرة'], qty=['L7:شخصين'], attr='مصادر محلية'),                                                             # 13
 dict(type='ATTACK', trig='L8:قصفت', time='L8:خلال الأسبوع الماضي', actors=[IL], loc='L8:بلدة حضر', qty=['L8:مرتين'],
      attr='المرصد السوري لحقوق الإنسان'),                                                                                           # 14
 dict(type='BASE', trig='L9:أُقيمت', time='L9:صيف 2018', actors=['RU'], loc='L9:ريف القنيطرة', qty=['L9:نحو عشر نقاط']),             # 15
 dict(type='CONTROL', trig='L9:سيطرة', time='L9:صيف 2018', actors=['SY_GOV'], loc='L9:المحافظة'),                                     # 16
 dict(type='MOVEMENT', trig='L9:تتمركز', actors=[IL], loc='L9:تل أبو الندى'),                                                        # 17
]
NP = (SAT, 'part-of-day')
OD = (D, 'day')
forces = [
 dict(actor=IL, strength=(30, True, 'troops'), assets='قوة خاصة وعربات مدرعة', loc=('قرية طرنجة', 'turnjah'), as_of=NP, status='arrived',
      source=COR, line=2, events=[4, 5, 6]),
 dict(actor=IL, assets='جرافات ودبابتان من طراز ميركافا', loc=('خط وقف إطلاق النار', 'golan-ceasefire-line'), as_of=OD, status='present',
      source=COR, line=3, events=[7]),
 dict(actor=IL, assets='جرافات', loc=('المنطقة العازلة', 'golan-buffer-zone'), as_of=OD, status='arrived', source=COR, line=4, events=[8]),
 dict(actor='SY_GOV', assets='نقطتان عسكريتان', loc=('بلدة الحميدية', 'al-hamidiyah'), as_of=('2024-10', 'month'), status='withdrawn',
      source=COR, line=4, events=[9]),
 dict(actor='HEZBOLLAH', assets='سيارة', loc=('طريق خان أرنبة- جباتا الخشب', 'khan-arnabah'), as_of=('2024-10-31', 'day'), status='attacked',
      source='مصادر محلية', line=7, events=[13]),
 dict(actor='RU', strength=(10, True, 'other'), assets='نحو عشر نقاط للشرطة العسكرية الروسية', loc=('ريف القنيطرة', 'quneitra-countryside'),
      as_of=OD, status='present', line=9, events=[15]),
 dict(actor='SY_GOV', loc=('المحافظة', 'quneitra-governorate'), as_of=('2018', 'year'), status='controls', line=9, events=[16]),
 dict(actor=IL, loc=('تل أبو الندى', 'tal-abu-al-nada'), as_of=OD, status='present', line=9, events=[17]),
]
build('enab-quneitra-israeli-raid', None, 'عنب بلدي', D, L, ents, times, events, forces)
