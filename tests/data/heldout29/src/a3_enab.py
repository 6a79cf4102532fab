from build import build
L = [
'مقاتلون محليون يعلنون إنهاء وجود خلايا تنظيم "الدولة" في جاسم',
'أعلن مقاتلون محليون في مدينة جاسم بريف درعا الشمالي، اليوم الثلاثاء 18 من تشرين الأول، انتهاء العملية العسكرية التي أطلقوها ضد خلايا تنظيم "الدولة الإسلامية" في المدينة، بعد خمسة أيام من المواجهات.',
'وقال مراسل عنب بلدي في درعا، إن المقاتلين، وهم عناصر سابقون في فصائل المعارضة، حاصروا منذ الجمعة الماضي مزرعتين في حي الكاشف جنوبي المدينة، تحصنت فيهما مجموعة من عناصر التنظيم، بينهم قياديون من جنسيات غير سورية.',
'وأضاف المراسل أن الاشتباكات أسفرت عن مقتل 11 عنصراً من التنظيم، بينهم قيادي عراقي فجّر نفسه بحزام ناسف داخل إحدى المزرعتين، فيما قُتل أربعة من المقاتلين المحليين وأصيب سبعة آخرون.',
'وشارك في المعارك، بحسب المراسل، نحو 300 مقاتل من جاسم وبلدتي نمر وإنخل، إلى جانب مجموعات من "اللواء الثامن" وصلت من بصرى الشام يوم الأحد، مزودة بعشر سيارات تحمل رشاشات ثقيلة.',
'بالمقابل، اكتفت قوات النظام بنشر حواجز إضافية لـ"الأمن العسكري" على الطريق الواصل بين جاسم ونوى، دون أن تشارك في الاشتباكات، بحسب ما قاله قيادي محلي لعنب بلدي، طلب عدم ذكر اسمه.',
'من جهتها، زعمت وكالة الأنباء السورية الرسمية (سانا) أن "الجهات المختصة" بالتعاون مع "الأهالي" قضت على "مجموعة إرهابية" في جاسم، وضبطت كميات من الأسلحة والذخائر.',
'ولم يصدر عن تنظيم "الدولة" أي تعليق على المعارك حتى لحظة تحرير هذا الخبر، في حين نفت معرّفات مقربة منه عبر "تلغرام" مقتل أي من قيادييه في جاسم.',
'وتشهد جاسم منذ أشهر عمليات اغتيال متكررة طالت عناصر سابقين في المعارضة ومتعاونين مع النظام، تبنى التنظيم بعضها، وسط اتهامات محلية لأجهزة النظام الأمنية بتسهيل تحرك خلاياه.',
'وتخضع محافظة درعا لسيطرة النظام منذ تموز 2018، بموجب اتفاق "تسوية" رعته روسيا، أبقى على وجود مقاتلين محليين بأسلحتهم الخفيفة في عدد من المدن والبلدات، بينها جاسم وطفس وبصرى الشام.',
]
D = '2022-10-18'   # Tuesday; opposition outlet, web copy of its own day
FRI = '2022-10-14'
SUN = '2022-10-16'
LG = 'OTHER:local-gunmen'
EB = 'OTHER:eighth-brigade'
ents = [
 ('L0:مقاتلون محليون','ACTOR',LG), ('L0:تنظيم "الدولة"','ACTOR','ISIS'), ('L0:جاسم','LOCATION','jassem'),
 ('L1:مقاتلون محليون','ACTOR',LG), ('L1:مدينة جاسم','LOCATION','jassem'), ('L1:ريف درعا الشمالي','LOCATION','daraa-north-countryside'),
 ('L1:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L1:المدينة','LOCATION','jassem'), ('L1:خمسة أيام','QUANTITY',None,(5,False,'other')),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:درعا','LOCATION','daraa'), ('L2:فصائل المعارضة','ACTOR','FSA'),
 ('L2:مزرعتين','QUANTITY',None,(2,False,'other')), ('L2:حي الكاشف','LOCATION','al-kashef-jassem'), ('L2:المدينة','LOCATION','jassem'),
 ('L2:التنظيم','ACTOR','ISIS'),
 ('L3:11 عنصراً','QUANTITY',None,(11,False,'killed')), ('L3:التنظيم','ACTOR','ISIS'), ('L3:حزام ناسف','WEAPON','suicide-vest'),
 ('L3:أربعة','QUANTITY',None,(4,False,'killed')), ('L3:المقاتلين المحليين','ACTOR',LG), ('L3:سبعة','QUANTITY',None,(7,False,'wounded')),
 ('L4:نحو 300 مقاتل','QUANTITY',None,(300,True,'fighters')), ('L4:جاسم','LOCATION','jassem'), ('L4:بلدتي نمر','LOCATION','nimr'),
 ('L4:إنخل','LOCATION','inkhil'), ('L4:اللواء الثامن','ACTOR',EB), ('L4:بصرى الشام','LOCATION','busra-al-sham'),
 ('L4:عشر سيارات','QUANTITY',None,(10,False,'vehicles')), ('L4:سيارات','WEAPON','vehicles'), ('L4:رشاشات ثقيلة','WEAPON','heavy-machine-guns'),
 ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:الأمن العسكري','ACTOR','SY_GOV'), ('L5:الطريق','LOCATION','jassem-nawa-road'),
 ('L5:جاسم','LOCATION','jassem'), ('L5:نوى','LOCATION','nawa'), ('L5:عنب بلدي','ORG','enab-baladi'),
 ('L6:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L6:سانا','ORG','sana'), ('L6:الجهات المختصة','ACTOR','SY_GOV'),
 ('L6:مجموعة إرهابية','ACTOR','ISIS'), ('L6:جاسم','LOCATION','jassem'), ('L6:الأسلحة','WEAPON','weapons'), ('L6:الذخائر','WEAPON','ammunition'),
 ('L7:تنظيم "الدولة"','ACTOR','ISIS'), ('L7:تلغرام','ORG','telegram'), ('L7:جاسم','LOCATION','jassem'),
 ('L8:جاسم','LOCATION','jassem'), ('L8:المعارضة','ACTOR','FSA'), ('L8:النظام#0','ACTOR','SY_GOV'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:أجهزة النظام الأمنية','ACTOR','SY_GOV'),
 ('L9:محافظة درعا','LOCATION','daraa-governorate'), ('L9:النظام','ACTOR','SY_GOV'), ('L9:روسيا','ACTOR','RU'),
 ('L9:مقاتلين محليين','ACTOR',LG), ('L9:جاسم','LOCATION','jassem'), ('L9:طفس','LOCATION','tafas'), ('L9:بصرى الشام','LOCATION','busra-al-sham'),
]
SINCE_F = FRI + '/' + D
SINCE_18 = '2018-07/2022-10'
times = [
 ('L1:اليوم الثلاثاء 18 من تشرين الأول', D, 'day'),
 ('L2:منذ الجمعة الماضي', SINCE_F, 'day'),
 ('L4:يوم الأحد', SUN, 'day'),
 ('L8:منذ أشهر', None, 'vague', {'relation': 'before'}),
 ('L9:منذ تموز 2018', SINCE_18, 'month'),
]
S = 'L2:منذ الجمعة الماضي'
COR = 'مراسل عنب بلدي في درعا'
LOC = 'قيادي محلي (عنب بلدي)'
SANA = 'وكالة الأنباء السورية الرسمية (سانا)'
ISA = 'معرّفات مقربة من تنظيم الدولة (تلغرام)'
events = [
 dict(type='OPERATION', trig='L1:العملية العسكرية', time=S, actors=[LG], targets=['ISIS'], loc='L1:مدينة جاسم'),                      # 1
 dict(type='ATTACK', trig='L1:المواجهات', time=S, actors=[LG, 'ISIS'], qty=['L1:خمسة أيام']),                                        # 2
 dict(type='OPERATION', trig='L2:حاصروا', time=S, actors=[LG], targets=['ISIS'], loc='L2:حي الكاشف', qty=['L2:مزرعتين'], attr=COR),   # 3
 dict(type='ATTACK', trig='L3:الاشتباكات', time=S, actors=[LG], targets=['ISIS'], loc=None, qty=['L3:11 عنصراً'], attr=COR),           # 4
 dict(type='ATTACK', trig='L3:فجّر', actors=['ISIS'], weapons=['L3:حزام ناسف'], attr=COR),                                            # 5
 dict(type='ATTACK', trig='L3:قُتل', targets=[LG], qty=['L3:أربعة', 'L3:سبعة'], attr=COR),                                            # 6
 dict(type='ATTACK', trig='L4:المعارك', time=S, actors=[LG, EB], targets=['ISIS'], loc='L4:جاسم', qty=['L4:نحو 300 مقاتل'], attr=COR),  # 7
 dict(type='MOVEMENT', trig='L4:وصلت', time='L4:يوم الأحد', actors=[EB], weapons=['L4:سيارات', 'L4:رشاشات ثقيلة'],
      qty=['L4:عشر سيارات'], attr=COR),                                                                                              # 8
 dict(type='MOVEMENT', trig='L5:نشر', actors=['SY_GOV'], loc='L5:الطريق', attr=LOC),                                                  # 9
 dict(type='ATTACK', trig='L6:قضت', actors=['SY_GOV'], targets=['ISIS'], loc='L6:جاسم', attr=SANA),                                  # 10
 dict(type='ATTACK', trig='L7:المعارك', time=S, actors=[LG, 'ISIS']),                                                                # 11
 dict(type='ATTACK', trig='L7:مقتل', mod='denied', targets=['ISIS'], loc='L7:جاسم', attr=ISA),                                       # 12
 dict(type='ATTACK', trig='L8:عمليات اغتيال', time='L8:منذ أشهر', targets=['FSA', 'SY_GOV'], loc='L8:جاسم'),                        # 13
 dict(type='CONTROL', trig='L9:سيطرة', time='L9:منذ تموز 2018', actors=['SY_GOV'], loc='L9:محافظة درعا'),                           # 14
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:منذ تموز 2018', actors=['SY_GOV', 'RU']),                                          # 15
]
SF = (SINCE_F, 'day')
OD = (D, 'day')
forces = [
 dict(actor=LG, loc=('مدينة جاسم', 'jassem'), as_of=SF, status='present', line=1, events=[1]),
 dict(actor=LG, loc=('حي الكاشف', 'al-kashef-jassem'), as_of=SF, status='present', source=COR, line=2, events=[3]),
 dict(actor='ISIS', assets='مجموعة من عناصر التنظيم في مزرعتين', loc=('حي الكاشف', 'al-kashef-jassem'), as_of=SF, status='present', source=COR,
      line=2, events=[3]),
 dict(actor=LG, strength=(300, True, 'fighters'), loc=('جاسم', 'jassem'), as_of=SF, status='present', source=COR, line=4, events=[7]),
 dict(actor=EB, assets='عشر سيارات تحمل رشاشات ثقيلة', loc=('جاسم', 'jassem'), as_of=(SUN, 'day'), status='arrived', source=COR, line=4, events=[8]),
 dict(actor='SY_GOV', assets='حواجز إضافية للأمن العسكري', loc=('الطريق', 'jassem-nawa-road'), as_of=OD, status='reinforced', source=LOC,
      line=5, events=[9]),
 dict(actor='SY_GOV', loc=('جاسم', 'jassem'), as_of=(None, 'vague'), status='present', source=SANA, line=6, events=[10]),
 dict(actor='ISIS', loc=('جاسم', 'jassem'), as_of=(None, 'vague'), status='present', source=SANA, line=6, events=[10]),
 dict(actor='SY_GOV', loc=('محافظة درعا', 'daraa-governorate'), as_of=(SINCE_18, 'month'), status='controls', line=9, events=[14]),
 dict(actor=LG, assets='أسلحة خفيفة', loc=('جاسم', 'jassem'), as_of=OD, status='present', line=9),
 dict(actor=LG, assets='أسلحة خفيفة', loc=('طفس', 'tafas'), as_of=OD, status='present', line=9),
 dict(actor=LG, assets='أسلحة خفيفة', loc=('بصرى الشام', 'busra-al-sham'), as_of=OD, status='present', line=9),
]
build('enab-jassem-isis-cells', None, 'عنب بلدي', D, L, ents, times, events, forces)
