from build import build
L = [
'النظام السوري يعلن استعادة «تلول الصفا» في بادية السويداء بعد أربعة أشهر من المعارك',
'دمشق – «القدس العربي»:',
'أعلنت قوات النظام السوري، أمس السبت، سيطرتها الكاملة على منطقة «تلول الصفا» البركانية في بادية السويداء الشرقية، آخر جيب لتنظيم «الدولة الإسلامية» في جنوب سوريا، بعد معارك وحصار استمرا قرابة أربعة أشهر.',
'ونقلت وكالة الأنباء الرسمية «سانا» عن مصدر عسكري قوله إن «وحدات الجيش أنهت وجود إرهابيي داعش في المنطقة بعد القضاء على أعداد كبيرة منهم»، مشيراً إلى أن عمليات التمشيط متواصلة في الكهوف والمغاور التي كانوا يتحصنون فيها.',
'في المقابل، قال «المرصد السوري لحقوق الإنسان» إن العشرات من عناصر التنظيم تمكنوا من الانسحاب خلال اليومين الماضيين باتجاه بادية حمص الشرقية، عبر ثغرة في الطوق الذي فرضته قوات النظام، وسط اتهامات لها بـ«التغاضي» عن خروجهم.',
'وأحصى المرصد مقتل 77 عنصراً من قوات النظام والمسلحين الموالين لها، و128 من عناصر التنظيم، منذ بدء العملية العسكرية في المنطقة مطلع آب/أغسطس الماضي، إلى جانب عشرات الغارات التي شنها الطيران الروسي.',
'وكان التنظيم قد شن في الخامس والعشرين من تموز/يوليو الماضي هجمات متزامنة على مدينة السويداء وقرى ريفها الشرقي، قتل فيها أكثر من 250 شخصاً، وخطف نحو 30 امرأة وطفلاً من قرية الشبكي.',
'وأُفرج عن آخر المخطوفين في الثامن من تشرين الثاني/نوفمبر الجاري، إثر عملية قالت دمشق إن قواتها نفذتها قرب «تلول الصفا»، في حين تحدثت مصادر محلية عن صفقة تبادل برعاية روسية شملت دفع فدية مالية.',
'وقال قيادي في حركة «رجال الكرامة» في السويداء لـ«القدس العربي» إن قوات النظام دفعت خلال الأيام العشرة الماضية بنحو 1500 عنصر من الفرقة الرابعة والحرس الجمهوري إلى محيط التلول، إلا أن «مقاتلي التنظيم انسحبوا قبل الاقتحام الأخير».',
'ويرى مراقبون أن خسارة «تلول الصفا» تنهي الوجود الميداني المنظم للتنظيم في الجنوب السوري، بعد طرده من حوض اليرموك في ريف درعا الغربي أواخر تموز/يوليو الماضي، وإن كانت خلاياه لا تزال تنشط في بادية دير الزور وحمص.',
]
D = '2018-11-18'   # Sunday; London-based daily, its «أمس السبت» is the news day
SAT = '2018-11-17'
PGM = 'OTHER:pro-government-militias'
RK = 'OTHER:rijal-al-karama'
ents = [
 ('L0:النظام السوري','ACTOR','SY_GOV'), ('L0:تلول الصفا','LOCATION','tulul-al-safa'), ('L0:بادية السويداء','LOCATION','suwayda-badia'),
 ('L0:أربعة أشهر','QUANTITY',None,(4,False,'other')),
 ('L1:دمشق','LOCATION','damascus'), ('L1:القدس العربي','ORG','alquds-alarabi'),
 ('L2:قوات النظام السوري','ACTOR','SY_GOV'), ('L2:منطقة «تلول الصفا» البركانية','LOCATION','tulul-al-safa'),
 ('L2:بادية السويداء الشرقية','LOCATION','suwayda-badia'), ('L2:تنظيم «الدولة الإسلامية»','ACTOR','ISIS'), ('L2:جنوب سوريا','LOCATION','southern-syria'),
 ('L2:قرابة أربعة أشهر','QUANTITY',None,(4,True,'other')),
 ('L3:وكالة الأنباء الرسمية','ORG','sana'), ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:داعش','ACTOR','ISIS'),
 ('L3:المنطقة','LOCATION','tulul-al-safa'), ('L3:الكهوف والمغاور','LOCATION','tulul-al-safa-caves'),
 ('L4:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L4:العشرات','QUANTITY',None,([24,99],True,'fighters')), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:بادية حمص الشرقية','LOCATION','homs-badia'), ('L4:قوات النظام','ACTOR','SY_GOV'),
 ('L5:المرصد','ORG','sohr'), ('L5:77 عنصراً','QUANTITY',None,(77,False,'killed')), ('L5:قوات النظام','ACTOR','SY_GOV'),
 ('L5:المسلحين الموالين لها','ACTOR',PGM), ('L5:128','QUANTITY',None,(128,False,'killed')), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:المنطقة','LOCATION','suwayda-badia'), ('L5:عشرات الغارات','QUANTITY',None,([24,99],True,'other')), ('L5:الطيران الروسي','ACTOR','RU'),
 ('L6:التنظيم','ACTOR','ISIS'), ('L6:مدينة السويداء','LOCATION','suwayda'), ('L6:قرى ريفها الشرقي','LOCATION','suwayda-east-countryside'),
 ('L6:أكثر من 250 شخصاً','QUANTITY',None,(250,True,'killed')), ('L6:نحو 30 امرأة وطفلاً','QUANTITY',None,(30,True,'people')),
 ('L6:قرية الشبكي','LOCATION','al-shbiki'),
 ('L7:دمشق','ACTOR','SY_GOV'), ('L7:تلول الصفا','LOCATION','tulul-al-safa'),
 ('L8:حركة «رجال الكرامة»','ACTOR',RK), ('L8:السويداء','LOCATION','suwayda'), ('L8:القدس العربي','ORG','alquds-alarabi'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:نحو 1500 عنصر','QUANTITY',None,(1500,True,'troops')), ('L8:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L8:الحرس الجمهوري','ACTOR','SY_GOV'), ('L8:محيط التلول','LOCATION','tulul-al-safa'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L9:تلول الصفا','LOCATION','tulul-al-safa'), ('L9:لتنظيم','ACTOR','ISIS'), ('L9:الجنوب السوري','LOCATION','southern-syria'),
 ('L9:حوض اليرموك','LOCATION','yarmouk-basin'), ('L9:ريف درعا الغربي','LOCATION','daraa-west-countryside'),
 ('L9:بادية دير الزور','LOCATION','deir-ez-zor-badia'), ('L9:حمص','LOCATION','homs-badia'),
]
times = [
 ('L2:أمس السبت', SAT, 'day'),
 ('L4:خلال اليومين الماضيين', '2018-11-16/' + D, 'day'),
 ('L5:مطلع آب/أغسطس الماضي', '2018-08', 'month'),
 ('L6:الخامس والعشرين من تموز/يوليو الماضي', '2018-07-25', 'day'),
 ('L7:الثامن من تشرين الثاني/نوفمبر الجاري', '2018-11-08', 'day'),
 ('L8:خلال الأيام العشرة الماضية', '2018-11-08/' + D, 'day'),
 ('L9:أواخر تموز/يوليو الماضي', '2018-07', 'month'),
]
T = 'L2:أمس السبت'
AUG = 'L5:مطلع آب/أغسطس الماضي'
J25 = 'L6:الخامس والعشرين من تموز/يوليو الماضي'
N8 = 'L7:الثامن من تشرين الثاني/نوفمبر الجاري'
SANA = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
LOC = 'مصادر محلية'
RKS = 'قيادي في حركة رجال الكرامة (القدس العربي)'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['SY_GOV'], attr='قوات النظام السوري'),                                       # 1
 dict(type='CONTROL', trig='L2:سيطرتها', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L2:منطقة «تلول الصفا» البركانية'),          # 2
 dict(type='ATTACK', trig='L2:معارك', actors=['SY_GOV', 'ISIS'], loc='L2:منطقة «تلول الصفا» البركانية', qty=['L2:قرابة أربعة أشهر']),  # 3
 dict(type='OPERATION', trig='L2:حصار', actors=['SY_GOV'], targets=['ISIS'], loc='L2:منطقة «تلول الصفا» البركانية'),                   # 4
 dict(type='CONTROL', trig='L3:أنهت وجود', time=T, actors=['SY_GOV'], targets=['ISIS'], loc='L3:المنطقة', attr=SANA),                 # 5
 dict(type='ATTACK', trig='L3:القضاء', actors=['SY_GOV'], targets=['ISIS'], loc='L3:المنطقة', attr=SANA),                              # 6
 dict(type='OPERATION', trig='L3:عمليات التمشيط', actors=['SY_GOV'], loc='L3:الكهوف والمغاور', attr=SANA),                             # 7
 dict(type='WITHDRAWAL', trig='L4:الانسحاب', time='L4:خلال اليومين الماضيين', actors=['ISIS'], qty=['L4:العشرات'], attr=SOHR),         # 8
 dict(type='OPERATION', trig='L4:الطوق', actors=['SY_GOV'], targets=['ISIS'], attr=SOHR),                                              # 9
 dict(type='WITHDRAWAL', trig='L4:خروجهم', time='L4:خلال اليومين الماضيين', actors=['ISIS'], attr=SOHR),                              # 10
 dict(type='ATTACK', trig='L5:مقتل', time=AUG, actors=['SY_GOV', PGM, 'ISIS'], qty=['L5:77 عنصراً', 'L5:128'], attr=SOHR),             # 11
 dict(type='OPERATION', trig='L5:العملية العسكرية', time=AUG, actors=['SY_GOV'], targets=['ISIS'], loc='L5:المنطقة', attr=SOHR),      # 12
 dict(type='ATTACK', trig='L5:الغارات', time=AUG, actors=['RU'], targets=['ISIS'], qty=['L5:عشرات الغارات'], attr=SOHR),              # 13
 dict(type='ATTACK', trig='L6:هجمات', time=J25, actors=['ISIS'], loc='L6:مدينة السويداء', qty=['L6:أكثر من 250 شخصاً']),              # 14
 dict(type='ARREST', trig='L6:خطف', time=J25, actors=['ISIS'], loc='L6:قرية الشبكي', qty=['L6:نحو 30 امرأة وطفلاً']),                 # 15
 dict(type='STATEMENT', trig='L7:قالت', time=N8, actors=['SY_GOV'], attr='دمشق'),
 dict(type='OPERATION', trig='L7:عملية', time=N8, actors=['SY_GOV'], targets=['ISIS'], loc='L7:تلول الصفا', attr='دمشق'),             # 16
 dict(type='AGREEMENT', trig='L7:صفقة', time=N8, actors=['SY_GOV', 'ISIS', 'RU'], attr=LOC),                                          # 17
 dict(type='MOVEMENT', trig='L8:دفعت', time='L8:خلال الأيام العشرة الماضية', actors=['SY_GOV'], loc='L8:محيط التلول',
      qty=['L8:نحو 1500 عنصر'], attr=RKS),                                                                                             # 19
 dict(type='WITHDRAWAL', trig='L8:انسحبوا', actors=['ISIS'], loc='L8:محيط التلول', attr=RKS),                                        # 20
 dict(type='ATTACK', trig='L8:الاقتحام', actors=['SY_GOV'], targets=['ISIS'], loc='L8:محيط التلول', attr=RKS),               # 21
 dict(type='CONTROL', trig='L9:خسارة', time=T, targets=['ISIS'], loc='L9:تلول الصفا'),                                                # 22
 dict(type='CONTROL', trig='L9:طرده', time='L9:أواخر تموز/يوليو الماضي', targets=['ISIS'], loc='L9:حوض اليرموك'),                     # 23
]
TD = (SAT, 'day')
V = (None, 'vague')
TS = ('منطقة «تلول الصفا» البركانية', 'tulul-al-safa')
forces = [
 dict(actor='SY_GOV', loc=TS, as_of=TD, status='controls', source='قوات النظام السوري', line=2, events=[2]),
 dict(actor='SY_GOV', loc=TS, as_of=TD, status='present', line=2, events=[3]),
 dict(actor='ISIS', loc=TS, as_of=TD, status='present', line=2, events=[3]),
 dict(actor='SY_GOV', loc=('المنطقة', 'tulul-al-safa'), as_of=TD, status='controls', source=SANA, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('الكهوف والمغاور', 'tulul-al-safa-caves'), as_of=(D, 'day'), status='present', source=SANA, line=3, events=[7]),
 dict(actor='SY_GOV', strength=(1500, True, 'troops'), assets='الفرقة الرابعة والحرس الجمهوري', loc=('محيط التلول', 'tulul-al-safa'),
      as_of=('2018-11-08/' + D, 'day'), status='reinforced', source=RKS, line=8, events=[19]),
 dict(actor='ISIS', loc=('محيط التلول', 'tulul-al-safa'), as_of=TD, status='withdrawn', source=RKS, line=8, events=[20]),
 dict(actor='ISIS', loc=('حوض اليرموك', 'yarmouk-basin'), as_of=('2018-07', 'month'), status='withdrawn', line=9, events=[23]),
 dict(actor='ISIS', assets='خلايا', loc=('بادية دير الزور', 'deir-ez-zor-badia'), as_of=(D, 'day'), status='present', line=9),
 dict(actor='ISIS', assets='خلايا', loc=('حمص', 'homs-badia'), as_of=(D, 'day'), status='present', line=9),
]
build('alquds-tulul-al-safa', None, 'القدس العربي', D, L, ents, times, events, forces)
