from build import build
L = [
'درعا البلد.. معارك لليوم الثالث ضد خلايا "داعش" في حي طريق السد و"اللواء الثامن" يدخل على خط المواجهة',
'درعا – تجمع أحرار حوران',
'تتواصل لليوم الثالث على التوالي، اليوم الأربعاء 2 تشرين الثاني/نوفمبر، الاشتباكات بين مقاتلين محليين من أبناء درعا البلد وخلايا تتبع لتنظيم "داعش" في حي طريق السد ومخيم درعا، وسط نزوح عشرات العائلات نحو أحياء درعا المحطة.',
'وقال مراسل تجمع أحرار حوران إن المقاتلين المحليين، بمؤازرة مجموعات من "اللواء الثامن" وصلت فجر أمس الثلاثاء من مدينة بصرى الشام بنحو 15 سيارة مزودة برشاشات ثقيلة، سيطروا على ثلاثة منازل كانت تتحصن فيها الخلايا على أطراف حي طريق السد.',
'وأضاف المراسل أن المواجهات أسفرت حتى ظهر اليوم عن مقتل سبعة من عناصر التنظيم، بينهم قيادي يُعرف بـ"أبو سالم العراقي"، فيما قُتل خمسة من المقاتلين المحليين وأصيب تسعة آخرون، بينهم قائد مجموعة.',
'واندلعت المعارك عصر الاثنين 31 تشرين الأول، بعد ساعات من تفجير انتحاري نفسه بحزام ناسف داخل منزل أحد أعضاء اللجنة المركزية في درعا البلد، ما أدى إلى مقتل أربعة أشخاص، في هجوم تبناه التنظيم لاحقاً عبر معرّفاته.',
'وبحسب مصادر التجمع، يحاصر المقاتلون نحو 40 عنصراً من التنظيم في كتلة أبنية قرب مسجد بلال الحبشي وسط الحي، ويطالبونهم بتسليم أنفسهم، في حين يرد هؤلاء بالقناصات وقذائف "آر بي جي".',
'في المقابل، دفعت قوات الأسد بتعزيزات من "الفرقة الرابعة" إلى حي الضاحية شمال غربي المدينة دون أن تشارك في المعارك، كما استهدفت بقذائف الهاون أطراف حي طريق السد صباح اليوم، ما أدى إلى إصابة طفلين.',
'وزعمت وكالة "سانا" التابعة للنظام أن "الجهات المختصة" تنفذ عملية لـ"اجتثاث الإرهاب" في درعا البلد بالتنسيق مع "الأهالي"، دون أن تذكر أي تفاصيل عن الخسائر.',
'ويتهم ناشطون فرع الأمن العسكري بتسهيل دخول قياديين في التنظيم إلى درعا البلد عقب "التسوية" التي فرضها النظام برعاية روسية في أيلول/سبتمبر 2021، بعد حصار استمر أكثر من شهرين.',
'ويأتي ذلك بعد أسبوعين من إعلان مقاتلين محليين في مدينة جاسم بريف درعا الشمالي إنهاء وجود خلايا التنظيم فيها، إثر معارك استمرت خمسة أيام، وفرار من تبقى منها نحو منطقة اللجاة.',
]
D = '2022-11-02'   # Wednesday; opposition network, web copy of its own day
TUE = '2022-11-01'
MON = '2022-10-31'
LG = 'OTHER:local-gunmen'
EB = 'OTHER:eighth-brigade'
DCC = 'OTHER:daraa-central-committee'
TS = 'tariq-al-sadd'
ents = [
 ('L0:درعا البلد','LOCATION','daraa-al-balad'), ('L0:داعش','ACTOR','ISIS'), ('L0:حي طريق السد','LOCATION',TS), ('L0:اللواء الثامن','ACTOR',EB),
 ('L1:درعا','LOCATION','daraa'), ('L1:تجمع أحرار حوران','ORG','ahrar-horan'),
 ('L2:مقاتلين محليين','ACTOR',LG), ('L2:درعا البلد','LOCATION','daraa-al-balad'), ('L2:تنظيم "داعش"','ACTOR','ISIS'),
 ('L2:حي طريق السد','LOCATION',TS), ('L2:مخيم درعا','LOCATION','daraa-camp'),
 ('L2:عشرات العائلات','QUANTITY',None,([24, 99],True,'people')), ('L2:أحياء درعا المحطة','LOCATION','daraa-al-mahatta'),
 ('L3:تجمع أحرار حوران','ORG','ahrar-horan'), ('L3:المقاتلين المحليين','ACTOR',LG), ('L3:اللواء الثامن','ACTOR',EB),
 ('L3:مدينة بصرى الشام','LOCATION','busra-al-sham'), ('L3:نحو 15 سيارة','QUANTITY',None,(15,True,'vehicles')), ('L3:سيارة','WEAPON','vehicles'),
 ('L3:رشاشات ثقيلة','WEAPON','heavy-machine-guns'), ('L3:ثلاثة منازل','QUANTITY',None,(3,False,'other')),
 ('L3:حي طريق السد','LOCATION',TS),
 ('L4:سبعة','QUANTITY',None,(7,False,'killed')), ('L4:التنظيم','ACTOR','ISIS'), ('L4:أبو سالم العراقي','PERSON','abu-salem-al-iraqi'),
 ('L4:خمسة','QUANTITY',None,(5,False,'killed')), ('L4:المقاتلين المحليين','ACTOR',LG), ('L4:تسعة','QUANTITY',None,(9,False,'wounded')),
 ('L5:حزام ناسف','WEAPON','suicide-vest'), ('L5:اللجنة المركزية','ACTOR',DCC), ('L5:درعا البلد','LOCATION','daraa-al-balad'),
 ('L5:أربعة أشخاص','QUANTITY',None,(4,False,'killed')), ('L5:التنظيم','ACTOR','ISIS'),
 ('L6:نحو 40 عنصراً','QUANTITY',None,(40,True,'fighters')), ('L6:التنظيم','ACTOR','ISIS'), ('L6:كتلة أبنية','LOCATION','tariq-al-sadd-block'),
 ('L6:مسجد بلال الحبشي','LOCATION','bilal-al-habashi-mosque'), ('L6:الحي','LOCATION',TS), ('L6:القناصات','WEAPON','sniper-rifles'),
 ('L6:قذائف "آر بي جي"','WEAPON','rpg'),
 ('L7:قوات الأسد','ACTOR','SY_GOV'), ('L7:الفرقة الرابعة','ACTOR','SY_GOV'), ('L7:حي الضاحية','LOCATION','daraa-al-dahiya'),
 ('L7:المدينة','LOCATION','daraa'), ('L7:قذائف الهاون','WEAPON','mortars'), ('L7:حي طريق السد','LOCATION',TS),
 ('L7:طفلين','QUANTITY',None,(2,False,'wounded')),
 ('L8:سانا','ORG','sana'), ('L8:لنظام','ACTOR','SY_GOV'), ('L8:الجهات المختصة','ACTOR','SY_GOV'), ('L8:درعا البلد','LOCATION','daraa-al-balad'),
 ('L9:فرع الأمن العسكري','ACTOR','SY_GOV'), ('L9:التنظيم','ACTOR','ISIS'), ('L9:درعا البلد','LOCATION','daraa-al-balad'),
 ('L9:النظام','ACTOR','SY_GOV'), ('L9:أكثر من شهرين','QUANTITY',None,(2,True,'other')),
 ('L10:أسبوعين','QUANTITY',None,(2,False,'other')), ('L10:مقاتلين محليين','ACTOR',LG), ('L10:مدينة جاسم','LOCATION','jassem'), ('L10:ريف درعا الشمالي','LOCATION','daraa-north-countryside'),
 ('L10:التنظيم','ACTOR','ISIS'), ('L10:خمسة أيام','QUANTITY',None,(5,False,'other')), ('L10:منطقة اللجاة','LOCATION','lajat'),
]
times = [
 ('L2:اليوم الأربعاء 2 تشرين الثاني/نوفمبر', D, 'day'),
 ('L3:فجر أمس الثلاثاء', TUE, 'part-of-day', {'part': 'morning'}),
 ('L4:ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L5:عصر الاثنين 31 تشرين الأول', MON, 'part-of-day', {'part': 'noon'}),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:أيلول/سبتمبر 2021', '2021-09', 'month'),
]
T = 'L2:اليوم الأربعاء 2 تشرين الثاني/نوفمبر'
MONA = 'L5:عصر الاثنين 31 تشرين الأول'
COR = 'مراسل تجمع أحرار حوران'
SRC = 'مصادر التجمع'
events = [
 dict(type='ATTACK', trig='L2:الاشتباكات', time=T, actors=[LG, 'ISIS'], loc='L2:حي طريق السد'),                                      # 1
 dict(type='MOVEMENT', trig='L3:وصلت', time='L3:فجر أمس الثلاثاء', actors=[EB], loc='L3:حي طريق السد',
      weapons=['L3:سيارة', 'L3:رشاشات ثقيلة'], qty=['L3:نحو 15 سيارة'], attr=COR),                                                    # 2
 dict(type='CONTROL', trig='L3:سيطروا', actors=[LG, EB], loc='L3:حي طريق السد', qty=['L3:ثلاثة منازل'], attr=COR),                   # 3
 dict(type='ATTACK', trig='L4:المواجهات', time=T, actors=[LG, 'ISIS'], qty=['L4:سبعة', 'L4:خمسة', 'L4:تسعة'], attr=COR),             # 4
 dict(type='ATTACK', trig='L5:المعارك', time=MONA, actors=[LG, 'ISIS'], loc='L5:درعا البلد'),                                         # 5
 dict(type='ATTACK', trig='L5:تفجير', time=MONA, actors=['ISIS'], targets=[DCC], loc='L5:درعا البلد', weapons=['L5:حزام ناسف'],
      qty=['L5:أربعة أشخاص']),                                                                                                        # 6
 dict(type='OPERATION', trig='L6:يحاصر', time=T, actors=[LG], targets=['ISIS'], loc='L6:كتلة أبنية', qty=['L6:نحو 40 عنصراً'], attr=SRC),  # 7
 dict(type='ATTACK', trig='L6:يرد', time=T, actors=['ISIS'], targets=[LG], weapons=['L6:القناصات', 'L6:قذائف "آر بي جي"'], attr=SRC),   # 8
 dict(type='MOVEMENT', trig='L7:دفعت', actors=['SY_GOV'], loc='L7:حي الضاحية'),                                                       # 9
 dict(type='ATTACK', trig='L7:استهدفت', time='L7:صباح اليوم', actors=['SY_GOV'], loc='L7:حي طريق السد', weapons=['L7:قذائف الهاون'],
      qty=['L7:طفلين']),                                                                                                              # 10
 dict(type='OPERATION', trig='L8:عملية', actors=['SY_GOV'], loc='L8:درعا البلد', attr='سانا'),                                         # 11
 dict(type='AGREEMENT', trig='L9:التسوية', time='L9:أيلول/سبتمبر 2021', actors=['SY_GOV', 'RU'], loc='L9:درعا البلد'),                # 12
 dict(type='OPERATION', trig='L9:حصار', actors=['SY_GOV'], loc='L9:درعا البلد', qty=['L9:أكثر من شهرين'], targets=[LG]),                                                      # 13
 dict(type='ATTACK', trig='L10:معارك', actors=[LG, 'ISIS'], loc='L10:مدينة جاسم', qty=['L10:خمسة أيام']),                            # 14
 dict(type='WITHDRAWAL', trig='L10:فرار', actors=['ISIS'], loc='L10:مدينة جاسم'),                                                    # 15
]
DP = (D, 'day')
DAWN = (TUE, 'part-of-day')
V = (None, 'vague')
forces = [
 dict(actor=LG, loc=('حي طريق السد', TS), as_of=DP, status='present', line=2, events=[1]),
 dict(actor='ISIS', loc=('حي طريق السد', TS), as_of=DP, status='present', line=2, events=[1]),
 dict(actor=EB, strength=(15, True, 'vehicles'), assets='نحو 15 سيارة مزودة برشاشات ثقيلة', loc=('حي طريق السد', TS), as_of=DAWN,
      status='arrived', source=COR, line=3, events=[2]),
 dict(actor=LG, assets='ثلاثة منازل', loc=('حي طريق السد', TS), as_of=DP, status='controls', source=COR, line=3, events=[3]),
 dict(actor=LG, loc=('كتلة أبنية قرب مسجد بلال الحبشي', 'tariq-al-sadd-block'), as_of=DP, status='present', source=SRC, line=6, events=[7]),
 dict(actor='ISIS', strength=(40, True, 'fighters'), loc=('كتلة أبنية قرب مسجد بلال الحبشي', 'tariq-al-sadd-block'), as_of=DP,
      status='present', source=SRC, line=6, events=[7, 8]),
 dict(actor='SY_GOV', assets='تعزيزات من الفرقة الرابعة', loc=('حي الضاحية', 'daraa-al-dahiya'), as_of=DP, status='reinforced', line=7, events=[9]),
 dict(actor='ISIS', loc=('مدينة جاسم', 'jassem'), as_of=V, status='withdrawn', line=10, events=[15]),
]
build('horan-daraa-al-balad-isis-cells', None, 'تجمع أحرار حوران', D, L, ents, times, events, forces)
