from build import build
L = [
'السويداء: إصابة ثلاثة محتجين برصاص مسلحين داخل مبنى فرع حزب البعث.. وفصائل محلية تطوّق المبنى',
'السويداء 24 - خاص',
'أصيب ثلاثة متظاهرين، ظهر اليوم الأربعاء، برصاص مسلحين موالين للنظام كانوا يتحصنون داخل مبنى فرع حزب البعث في مدينة السويداء، أثناء محاولة المحتجين إغلاق المبنى بالشمع الأحمر، في اليوم الخامس والعشرين للحراك السلمي في المحافظة.',
'وقال مراسل السويداء 24 إن المسلحين أطلقوا النار من سطح المبنى ببنادق حربية ورشاش متوسط باتجاه المحتجين، ما أدى إلى إصابة رجل في قدمه وشابين بجروح طفيفة، نُقلوا جميعاً إلى المشفى الوطني بالمدينة.',
'وعلى إثر ذلك، انتشر مقاتلون من حركة "رجال الكرامة" وفصائل محلية أخرى في محيط ساحة الكرامة وسط المدينة، وطوّقوا مبنى الفرع لنحو أربع ساعات، قبل أن يُسحب المسلحون منه عصراً بسيارات تابعة لقيادة شرطة المحافظة، وفق مصادر متقاطعة.',
'في المقابل، نفت قيادة فرع الحزب، في بيان على صفحتها في "فيسبوك"، أن يكون أي من عناصر الحراسة قد أطلق النار على المتظاهرين، متهمة "مجموعات خارجة عن القانون" بمحاولة اقتحام المبنى والعبث بمحتوياته.',
'وكانت مصادر محلية قد رصدت، مساء الاثنين الفائت، وصول رتل عسكري لقوات النظام مؤلف من نحو 20 آلية، بينها ناقلات جند ومدافع ميدانية، إلى مطار الثعلة العسكري غربي السويداء، قادماً من ريف درعا الشرقي.',
'كما عزز فرع الأمن العسكري حاجزه في بلدة المتونة على طريق دمشق - السويداء بنحو 50 عنصراً إضافياً الأسبوع الماضي، وفق المصادر ذاتها.',
'وقال الشيخ حكمت الهجري، الرئيس الروحي لطائفة المسلمين الموحدين الدروز، أمام وفد من المحتجين في دارته ببلدة قنوات، إن "دماء أبنائنا خط أحمر"، محمّلاً السلطات "المسؤولية الكاملة" عن أي تصعيد.',
'وتشهد السويداء منذ 20 آب/أغسطس الماضي احتجاجات يومية تطالب برحيل النظام وتطبيق القرار الأممي 2254، اندلعت إثر قرارات حكومية برفع أسعار المحروقات، وأغلق خلالها المحتجون عشرات المقرات الحزبية في مدن المحافظة وبلداتها.',
'ولم تعلق وسائل إعلام النظام على الحادثة حتى ساعة إعداد هذا الخبر، بينما تحدثت صفحات موالية عن "هجوم" شنه "مسلحون ملثمون" على المبنى.',
]
D = '2023-09-13'   # Wednesday; local news network, web copy of its own day
MON = '2023-09-11'
LG = 'OTHER:local-gunmen'
PGM = 'OTHER:pro-government-militias'
RK = 'OTHER:rijal-al-karama'
BR = 'baath-branch-suwayda'
ents = [
 ('L0:السويداء','LOCATION','suwayda'), ('L0:مبنى فرع حزب البعث','LOCATION',BR), ('L0:فصائل محلية','ACTOR',LG), ('L0:المبنى','LOCATION',BR),
 ('L1:السويداء 24','ORG','suwayda24'),
 ('L2:ثلاثة متظاهرين','QUANTITY',None,(3,False,'wounded')), ('L2:مسلحين موالين للنظام','ACTOR',PGM),
 ('L2:مبنى فرع حزب البعث','LOCATION',BR), ('L2:مدينة السويداء','LOCATION','suwayda'), ('L2:المبنى','LOCATION',BR),
 ('L2:المحافظة','LOCATION','suwayda-governorate'),
 ('L3:السويداء 24','ORG','suwayda24'), ('L3:سطح المبنى','LOCATION',BR), ('L3:بنادق حربية','WEAPON','rifles'),
 ('L3:رشاش متوسط','WEAPON','medium-machine-gun'), ('L3:شابين','QUANTITY',None,(2,False,'wounded')),
 ('L3:المشفى الوطني','LOCATION','suwayda-national-hospital'), ('L3:المدينة','LOCATION','suwayda'),
 ('L4:حركة "رجال الكرامة"','ACTOR',RK), ('L4:فصائل محلية','ACTOR',LG), ('L4:ساحة الكرامة','LOCATION','karama-square-suwayda'),
 ('L4:المدينة','LOCATION','suwayda'), ('L4:مبنى الفرع','LOCATION',BR), ('L4:نحو أربع ساعات','QUANTITY',None,(4,True,'other')),
 ('L4:سيارات','WEAPON','vehicles'), ('L4:قيادة شرطة المحافظة','ACTOR','SY_GOV'),
 ('L5:قيادة فرع الحزب','ORG','baath-party-suwayda-branch'), ('L5:فيسبوك','ORG','facebook'),
 ('L5:مجموعات خارجة عن القانون','ACTOR',LG), ('L5:المبنى','LOCATION',BR),
 ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:نحو 20 آلية','QUANTITY',None,(20,True,'vehicles')), ('L6:آلية','WEAPON','military-vehicles'),
 ('L6:ناقلات جند','WEAPON','apcs'), ('L6:مدافع ميدانية','WEAPON','field-artillery'),
 ('L6:مطار الثعلة العسكري','LOCATION','thaala-airbase'), ('L6:السويداء','LOCATION','suwayda'),
 ('L6:ريف درعا الشرقي','LOCATION','daraa-east-countryside'),
 ('L7:فرع الأمن العسكري','ACTOR','SY_GOV'), ('L7:بلدة المتونة','LOCATION','al-mutuna'),
 ('L7:طريق دمشق - السويداء','LOCATION','damascus-suwayda-road'), ('L7:نحو 50 عنصراً','QUANTITY',None,(50,True,'troops')),
 ('L8:حكمت الهجري','PERSON','hikmat-al-hijri'), ('L8:بلدة قنوات','LOCATION','qanawat'), ('L8:السلطات','ACTOR','SY_GOV'),
 ('L9:السويداء','LOCATION','suwayda'), ('L9:النظام','ACTOR','SY_GOV'),
 ('L9:عشرات المقرات الحزبية','QUANTITY',None,([24, 99],True,'other')), ('L9:المحافظة','LOCATION','suwayda-governorate'),
 ('L10:النظام','ACTOR','SY_GOV'), ('L10:مسلحون ملثمون','ACTOR','UNKNOWN'), ('L10:المبنى','LOCATION',BR),
]
times = [
 ('L2:ظهر اليوم الأربعاء', D, 'part-of-day', {'part': 'noon'}),
 ('L4:عصراً', D, 'part-of-day', {'part': 'noon'}),
 ('L6:مساء الاثنين الفائت', MON, 'part-of-day', {'part': 'evening'}),
 ('L7:الأسبوع الماضي', '2023-09-04/2023-09-10', 'week'),
 ('L9:منذ 20 آب/أغسطس الماضي', '2023-08-20/' + D, 'day'),
]
NOON = 'L2:ظهر اليوم الأربعاء'
COR = 'مراسل السويداء 24'
SRC = 'مصادر متقاطعة'
LOC = 'مصادر محلية'
PARTY = 'قيادة فرع الحزب'
events = [
 dict(type='ATTACK', trig='L2:أصيب', time=NOON, actors=[PGM], loc='L2:مبنى فرع حزب البعث', qty=['L2:ثلاثة متظاهرين']),              # 1
 dict(type='ATTACK', trig='L3:أطلقوا النار', time=NOON, actors=[PGM], loc='L3:سطح المبنى',
      weapons=['L3:بنادق حربية', 'L3:رشاش متوسط'], qty=['L3:شابين'], attr=COR),                                                   # 2
 dict(type='MOVEMENT', trig='L4:انتشر', time=NOON, actors=[RK, LG], loc='L4:ساحة الكرامة', attr=SRC),                               # 3
 dict(type='OPERATION', trig='L4:طوّقوا', time=NOON, actors=[RK, LG], targets=[PGM], loc='L4:مبنى الفرع',
      qty=['L4:نحو أربع ساعات'], attr=SRC),                                                                                         # 4
 dict(type='WITHDRAWAL', trig='L4:يُسحب', time='L4:عصراً', actors=[PGM], loc='L4:مبنى الفرع', weapons=['L4:سيارات'], attr=SRC),     # 5
 dict(type='ATTACK', trig='L5:أطلق النار', mod='denied', time=NOON, actors=[PGM], attr=PARTY),                                       # 6
 dict(type='ATTACK', trig='L5:اقتحام', time=NOON, actors=[LG], loc='L5:المبنى', attr=PARTY),                                         # 7
 dict(type='MOVEMENT', trig='L6:وصول', time='L6:مساء الاثنين الفائت', actors=['SY_GOV'], loc='L6:مطار الثعلة العسكري',
      weapons=['L6:آلية', 'L6:ناقلات جند', 'L6:مدافع ميدانية'], qty=['L6:نحو 20 آلية'], attr=LOC),                                # 8
 dict(type='MOVEMENT', trig='L7:عزز', time='L7:الأسبوع الماضي', actors=['SY_GOV'], loc='L7:بلدة المتونة', qty=['L7:نحو 50 عنصراً'],
      attr=LOC),                                                                                                                    # 9
 dict(type='STATEMENT', trig='L8:قال', attr='حكمت الهجري'),                                                                          # 10
 dict(type='ATTACK', trig='L10:هجوم', time=NOON, actors=['UNKNOWN'], loc='L10:المبنى', attr='صفحات موالية'),                         # 11
]
NP = (D, 'part-of-day')
forces = [
 dict(actor=PGM, loc=('مبنى فرع حزب البعث', BR), as_of=NP, status='present', line=2, events=[1]),
 dict(actor=RK, loc=('ساحة الكرامة', 'karama-square-suwayda'), as_of=NP, status='present', source=SRC, line=4, events=[3]),
 dict(actor=LG, loc=('ساحة الكرامة', 'karama-square-suwayda'), as_of=NP, status='present', source=SRC, line=4, events=[3]),
 dict(actor=RK, loc=('مبنى الفرع', BR), as_of=NP, status='present', source=SRC, line=4, events=[4]),
 dict(actor=LG, loc=('مبنى الفرع', BR), as_of=NP, status='present', source=SRC, line=4, events=[4]),
 dict(actor=PGM, loc=('مبنى الفرع', BR), as_of=NP, status='withdrawn', source=SRC, line=4, events=[5]),
 dict(actor='SY_GOV', strength=(20, True, 'vehicles'), assets='رتل عسكري من نحو 20 آلية بينها ناقلات جند ومدافع ميدانية',
      loc=('مطار الثعلة العسكري', 'thaala-airbase'), as_of=(MON, 'part-of-day'), status='arrived', source=LOC, line=6, events=[8]),
 dict(actor='SY_GOV', strength=(50, True, 'troops'), assets='حاجز فرع الأمن العسكري', loc=('بلدة المتونة', 'al-mutuna'),
      as_of=('2023-09-04/2023-09-10', 'week'), status='reinforced', source=LOC, line=7, events=[9]),
]
build('suwayda24-baath-branch-shooting', None, 'السويداء 24', D, L, ents, times, events, forces)
