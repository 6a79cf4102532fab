from build import build
L = [
'هجوم لـ«الفرقة الرابعة» على درعا البلد يفجّر مواجهات في ريف درعا',
'درعا ـ «القدس العربي»',
'شنّت قوات النظام السوري، فجر أمس الخميس، هجوماً على أحياء درعا البلد المحاصرة من ثلاثة محاور، تقدمتها مجموعات من «الفرقة الرابعة» التي يقودها ماهر الأسد، بعد ساعات من تعثر المفاوضات بين «اللجنة المركزية» والجانب الروسي.',
'وقال مصدر محلي في درعا البلد لـ«القدس العربي» إن المقاتلين المحليين تصدّوا للهجوم على محوري حي المنشية وحاجز السرايا، وقتلوا ما لا يقل عن ثمانية عناصر من المهاجمين، فيما قصفت قوات النظام الأحياء السكنية بصواريخ «فيل» وقذائف الهاون، ما أدى إلى مقتل ستة مدنيين بينهم طفلان.',
'وردّاً على الهجوم، سيطر مسلحون محليون في ريف درعا الغربي على أكثر من عشرين حاجزاً ونقطة عسكرية للنظام، أبرزها في بلدات طفس والمزيريب واليادودة وتل شهاب، وأسروا قرابة 70 عنصراً من قوات النظام، بحسب «تجمع أحرار حوران».',
'كما هاجم مسلحون حاجزاً لـ«الأمن العسكري» على مدخل مدينة نوى ونقاطاً في محيط بلدة صيدا بالريف الشرقي، في حين انسحبت عناصر النظام من حاجز «المساكن» شمال مدينة جاسم دون قتال.',
'في المقابل، نقلت وكالة الأنباء الرسمية «سانا» عن مصدر عسكري قوله إن وحدات الجيش «تتعامل مع المجموعات الإرهابية» التي «اعتدت على النقاط العسكرية» في ريف درعا، نافياً سقوط أي نقطة بيد المسلحين.',
'وأفادت مصادر متطابقة بأن تعزيزات عسكرية ضخمة لقوات النظام، تضم نحو 40 آلية بينها دبابات وعربات «شيلكا»، وصلت مساء الخميس إلى مدينة درعا قادمة من دمشق، وتمركزت في محيط الملعب البلدي وحي سجنة.',
'وعلى خط موازٍ، قالت مصادر مقربة من «اللواء الثامن» المدعوم روسياً إن عناصره انتشروا في محيط مدينة بصرى الشام ولم يشاركوا في المعارك، وسط أنباء عن اجتماع مرتقب اليوم الجمعة بين وجهاء درعا وضباط روس في حي المحطة.',
'وتفرض قوات النظام حصاراً على درعا البلد منذ 24 حزيران/يونيو الماضي، بعد رفض أهلها تسليم السلاح الخفيف، ويقدّر ناشطون عدد المحاصرين فيها بنحو 50 ألف نسمة.',
'يذكر أن النظام استعاد السيطرة على محافظة درعا في تموز/يوليو 2018 بموجب اتفاقات «تسوية» رعتها موسكو، أبقت السلاح الخفيف بيد المقاتلين المحليين في عدد من البلدات.',
]
D = '2021-07-30'   # Friday; London daily, web copy of its own day
THU = '2021-07-29'
LG = 'OTHER:local-gunmen'
DCC = 'OTHER:daraa-central-committee'
EB = 'OTHER:eighth-brigade'
ents = [
 ('L0:الفرقة الرابعة','ACTOR','SY_GOV'), ('L0:درعا البلد','LOCATION','daraa-al-balad'), ('L0:ريف درعا','LOCATION','daraa-countryside'),
 ('L1:درعا','LOCATION','daraa'), ('L1:القدس العربي','ORG','alquds-alarabi'),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'), ('L2:درعا البلد','LOCATION','daraa-al-balad'), ('L2:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L2:الفرقة الرابعة','ACTOR','SY_GOV'), ('L2:ماهر الأسد','PERSON','maher-al-assad'), ('L2:اللجنة المركزية','ACTOR',DCC),
 ('L2:الجانب الروسي','ACTOR','RU'),
 ('L3:درعا البلد','LOCATION','daraa-al-balad'), ('L3:القدس العربي','ORG','alquds-alarabi'), ('L3:المقاتلين المحليين','ACTOR',LG),
 ('L3:حي المنشية','LOCATION','al-manshiya'), ('L3:حاجز السرايا','LOCATION','al-saraya-checkpoint'),
 ('L3:ما لا يقل عن ثمانية عناصر','QUANTITY',None,(8,True,'killed')), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L3:الأحياء السكنية','LOCATION','daraa-al-balad'), ('L3:صواريخ «فيل»','WEAPON','fil-rockets'), ('L3:قذائف الهاون','WEAPON','mortars'),
 ('L3:ستة مدنيين','QUANTITY',None,(6,False,'killed')),
 ('L4:مسلحون محليون','ACTOR',LG), ('L4:ريف درعا الغربي','LOCATION','daraa-west-countryside'),
 ('L4:أكثر من عشرين حاجزاً','QUANTITY',None,(20,True,'other')), ('L4:لنظام#0','ACTOR','SY_GOV'), ('L4:بلدات طفس','LOCATION','tafas'),
 ('L4:المزيريب','LOCATION','muzayrib'), ('L4:اليادودة','LOCATION','yadudah'), ('L4:تل شهاب','LOCATION','tal-shihab'),
 ('L4:قرابة 70 عنصراً','QUANTITY',None,(70,True,'arrested')), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:تجمع أحرار حوران','ORG','ahrar-horan-gathering'),
 ('L5:الأمن العسكري','ACTOR','SY_GOV'), ('L5:مدينة نوى','LOCATION','nawa'), ('L5:بلدة صيدا','LOCATION','saida-daraa'),
 ('L5:الريف الشرقي','LOCATION','daraa-east-countryside'), ('L5:النظام','ACTOR','SY_GOV'), ('L5:حاجز «المساكن»','LOCATION','al-masaken-checkpoint'),
 ('L5:مدينة جاسم','LOCATION','jasim'),
 ('L6:سانا','ORG','sana'), ('L6:وحدات الجيش','ACTOR','SY_GOV'), ('L6:المجموعات الإرهابية','ACTOR',LG), ('L6:ريف درعا','LOCATION','daraa-countryside'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L7:آلية','WEAPON','military-vehicles'),
 ('L7:دبابات','WEAPON','tanks'), ('L7:عربات «شيلكا»','WEAPON','shilka'), ('L7:مدينة درعا','LOCATION','daraa'), ('L7:دمشق','LOCATION','damascus'),
 ('L7:الملعب البلدي','LOCATION','daraa-municipal-stadium'), ('L7:حي سجنة','LOCATION','sijna'),
 ('L8:اللواء الثامن','ACTOR',EB), ('L8:مدينة بصرى الشام','LOCATION','busra-al-sham'), ('L8:درعا','LOCATION','daraa'),
 ('L8:ضباط روس','ACTOR','RU'), ('L8:حي المحطة','LOCATION','al-mahatta'),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:درعا البلد','LOCATION','daraa-al-balad'), ('L9:السلاح الخفيف','WEAPON','light-weapons'),
 ('L9:نحو 50 ألف نسمة','QUANTITY',None,(50000,True,'people')),
 ('L10:النظام','ACTOR','SY_GOV'), ('L10:محافظة درعا','LOCATION','daraa-governorate'), ('L10:موسكو','ACTOR','RU'),
 ('L10:السلاح الخفيف','WEAPON','light-weapons'), ('L10:المقاتلين المحليين','ACTOR',LG),
]
SINCE = '2021-06-24/' + D
times = [
 ('L2:فجر أمس الخميس', THU, 'part-of-day', {'part': 'morning'}),
 ('L7:مساء الخميس', THU, 'part-of-day', {'part': 'evening'}),
 ('L8:اليوم الجمعة', D, 'day'),
 ('L9:منذ 24 حزيران/يونيو الماضي', SINCE, 'day'),
 ('L10:تموز/يوليو 2018', '2018-07', 'month'),
]
F = 'L2:فجر أمس الخميس'
SRC = 'مصدر محلي في درعا البلد (القدس العربي)'
AHH = 'تجمع أحرار حوران'
SAN = 'مصدر عسكري (سانا)'
MUT = 'مصادر متطابقة'
EBS = 'مصادر مقربة من اللواء الثامن'
events = [
 dict(type='ATTACK', trig='L2:هجوماً', time=F, actors=['SY_GOV'], targets=[LG], loc='L2:درعا البلد', qty=['L2:ثلاثة محاور']),           # 1
 dict(type='AGREEMENT', trig='L2:المفاوضات', actors=[DCC, 'RU']),                                                                   # 2
 dict(type='ATTACK', trig='L3:تصدّوا', time=F, actors=[LG], targets=['SY_GOV'], loc='L3:حي المنشية', attr=SRC),                      # 3
 dict(type='ATTACK', trig='L3:لهجوم', time=F, actors=['SY_GOV'], targets=[LG], loc='L3:حي المنشية', attr=SRC),                      # 4
 dict(type='ATTACK', trig='L3:قتلوا', time=F, actors=[LG], targets=['SY_GOV'], qty=['L3:ما لا يقل عن ثمانية عناصر'], attr=SRC),      # 5
 dict(type='ATTACK', trig='L3:قصفت', time=F, actors=['SY_GOV'], loc='L3:الأحياء السكنية',
      weapons=['L3:صواريخ «فيل»', 'L3:قذائف الهاون'], qty=['L3:ستة مدنيين'], attr=SRC),                                             # 6
 dict(type='ATTACK', trig='L4:الهجوم', time=F, actors=['SY_GOV'], targets=[LG]),                                                      # 7
 dict(type='CONTROL', trig='L4:سيطر', time=F, actors=[LG], targets=['SY_GOV'], loc='L4:ريف درعا الغربي',
      qty=['L4:أكثر من عشرين حاجزاً'], attr=AHH),                                                                                   # 8
 dict(type='ARREST', trig='L4:أسروا', time=F, actors=[LG], targets=['SY_GOV'], qty=['L4:قرابة 70 عنصراً'], attr=AHH),                 # 9
 dict(type='ATTACK', trig='L5:هاجم', time=F, actors=[LG], targets=['SY_GOV'], loc='L5:مدينة نوى'),                                    # 10
 dict(type='WITHDRAWAL', trig='L5:انسحبت', time=F, actors=['SY_GOV'], loc='L5:حاجز «المساكن»'),                                       # 11
 dict(type='ATTACK', trig='L6:تتعامل', time=F, actors=['SY_GOV'], targets=[LG], loc='L6:ريف درعا', attr=SAN),                         # 12
 dict(type='ATTACK', trig='L6:اعتدت', time=F, actors=[LG], targets=['SY_GOV'], loc='L6:ريف درعا', attr=SAN),                          # 13
 dict(type='CONTROL', trig='L6:سقوط', mod='denied', time=F, actors=[LG], loc='L6:ريف درعا', attr=SAN),                                # 14
 dict(type='MOVEMENT', trig='L7:وصلت', time='L7:مساء الخميس', actors=['SY_GOV'], loc='L7:مدينة درعا',
      weapons=['L7:آلية', 'L7:دبابات', 'L7:عربات «شيلكا»'], qty=['L7:نحو 40 آلية'], attr=MUT),                                      # 15
 dict(type='MOVEMENT', trig='L7:تمركزت', time='L7:مساء الخميس', actors=['SY_GOV'], loc='L7:الملعب البلدي', attr=MUT),               # 16
 dict(type='MOVEMENT', trig='L8:انتشروا', actors=[EB], loc='L8:مدينة بصرى الشام', attr=EBS),                                        # 17
 dict(type='AGREEMENT', trig='L8:اجتماع', mod='planned', time='L8:اليوم الجمعة', actors=['RU'], loc='L8:حي المحطة', attr='أنباء'),    # 18
 dict(type='OPERATION', trig='L9:حصاراً', time='L9:منذ 24 حزيران/يونيو الماضي', actors=['SY_GOV'], loc='L9:درعا البلد'),             # 19
 dict(type='CONTROL', trig='L10:استعاد', time='L10:تموز/يوليو 2018', actors=['SY_GOV'], loc='L10:محافظة درعا'),                      # 20
 dict(type='AGREEMENT', trig='L10:اتفاقات', time='L10:تموز/يوليو 2018', actors=['RU', 'SY_GOV'], loc='L10:محافظة درعا'),             # 21
]
FP = (THU, 'part-of-day')
TD = (THU, 'day')
EP = (THU, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('درعا البلد', 'daraa-al-balad'), as_of=FP, status='present', line=2, events=[1]),
 dict(actor=LG, loc=('حي المنشية', 'al-manshiya'), as_of=FP, status='present', source=SRC, line=3, events=[3, 5]),
 dict(actor=LG, loc=('حاجز السرايا', 'al-saraya-checkpoint'), as_of=FP, status='present', source=SRC, line=3, events=[3, 5]),
 dict(actor='SY_GOV', loc=('حي المنشية', 'al-manshiya'), as_of=FP, status='present', source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('حاجز السرايا', 'al-saraya-checkpoint'), as_of=FP, status='present', source=SRC, line=3, events=[4]),
]
for place, slug in (('بلدات طفس', 'tafas'), ('المزيريب', 'muzayrib'), ('اليادودة', 'yadudah'), ('تل شهاب', 'tal-shihab')):
    forces.append(dict(actor=LG, assets='حواجز ونقاط عسكرية', loc=(place, slug), as_of=TD, status='controls', source=AHH, line=4, events=[8]))
forces += [
 dict(actor='SY_GOV', assets='حاجز', loc=('مدينة نوى', 'nawa'), as_of=TD, status='attacked', line=5, events=[10]),
 dict(actor='SY_GOV', assets='حاجز', loc=('مدينة نوى', 'nawa'), as_of=TD, status='present', line=5, events=[10]),
 dict(actor=LG, loc=('مدينة نوى', 'nawa'), as_of=TD, status='present', line=5, events=[10]),
 dict(actor='SY_GOV', assets='نقاط', loc=('بلدة صيدا', 'saida-daraa'), as_of=TD, status='attacked', line=5, events=[10]),
 dict(actor='SY_GOV', assets='نقاط', loc=('بلدة صيدا', 'saida-daraa'), as_of=TD, status='present', line=5, events=[10]),
 dict(actor=LG, loc=('بلدة صيدا', 'saida-daraa'), as_of=TD, status='present', line=5, events=[10]),
 dict(actor='SY_GOV', assets='حاجز', loc=('حاجز «المساكن»', 'al-masaken-checkpoint'), as_of=TD, status='withdrawn', line=5, events=[11]),
 dict(actor='SY_GOV', strength=(40, True, 'vehicles'), assets='دبابات وعربات «شيلكا»', loc=('مدينة درعا', 'daraa'), as_of=EP,
      status='reinforced', source=MUT, line=7, events=[15]),
 dict(actor='SY_GOV', loc=('الملعب البلدي', 'daraa-municipal-stadium'), as_of=EP, status='present', source=MUT, line=7, events=[16]),
 dict(actor='SY_GOV', loc=('حي سجنة', 'sijna'), as_of=EP, status='present', source=MUT, line=7, events=[16]),
 dict(actor=EB, loc=('مدينة بصرى الشام', 'busra-al-sham'), as_of=(D, 'day'), status='present', source=EBS, line=8, events=[17]),
 dict(actor='SY_GOV', loc=('درعا البلد', 'daraa-al-balad'), as_of=(SINCE, 'day'), status='present', line=9, events=[19]),
 dict(actor='SY_GOV', loc=('محافظة درعا', 'daraa-governorate'), as_of=('2018-07', 'month'), status='controls', line=10, events=[20]),
]
build('alquds-daraa-al-balad-escalation', None, 'القدس العربي', D, L, ents, times, events, forces)
