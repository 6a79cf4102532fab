from build import build
L = [
'"أحرار الشام" تسيطر على أجزاء من إدارة المركبات في حرستا.. والنظام يرد بقصف الغوطة',
'ريف دمشق - روزنة',
'سيطرت "حركة أحرار الشام الإسلامية"، اليوم الخميس، على عدة مبانٍ داخل إدارة المركبات العسكرية في مدينة حرستا بالغوطة الشرقية، في اليوم الثالث من معركة "فإنهم ظُلموا" التي أطلقتها فجر الثلاثاء الماضي.',
'وقال مراسل روزنة في الغوطة إن مقاتلي الحركة تقدموا في مبنى "الرحبة" والمباني المحيطة به، بعد اشتباكات عنيفة مع قوات النظام استمرت طوال الليلة الماضية، قُتل خلالها 14 عنصراً من قوات النظام بينهم ضابط برتبة عميد.',
'وأضاف المراسل أن قوات النظام استقدمت تعزيزات من الفرقة الرابعة والحرس الجمهوري، تضم نحو 300 عنصر وعدداً من الدبابات، إلى محيط الإدارة عبر أوتوستراد دمشق - حمص الدولي.',
'في المقابل، شنّ الطيران الحربي التابع للنظام والطيران الروسي أكثر من 40 غارة جوية خلال الأيام الثلاثة الماضية على مدن وبلدات الغوطة، تركزت على مسرابا وعربين وحرستا ودوما، ما أدى إلى مقتل 17 مدنياً بينهم خمسة أطفال، بحسب الدفاع المدني.',
'ونقلت وكالة "سانا" عن مصدر عسكري أن وحدات الجيش "أحبطت هجوماً للمجموعات الإرهابية على إدارة المركبات وأوقعت في صفوفها عشرات القتلى"، نافياً سقوط أي موقع داخل الإدارة.',
'وتعد إدارة المركبات أكبر ثكنة عسكرية للنظام داخل الغوطة الشرقية التي يحاصرها منذ عام 2013، ويستخدمها في قصف المدن والبلدات المجاورة بالمدفعية وراجمات الصواريخ.',
'وتقع إدارة المركبات على الطرف الشمالي الغربي لمدينة حرستا، على بعد نحو خمسة كيلومترات من ساحة العباسيين بدمشق، وتضم مدرسة لتأهيل فنيي الآليات ومستودعات للذخيرة.',
'وكانت روسيا قد أعلنت في تموز الماضي التوصل إلى اتفاق "خفض التصعيد" في الغوطة الشرقية، إلا أن "أحرار الشام" لم تكن طرفاً فيه.',
'وفي سياق متصل، قال المتحدث باسم "فيلق الرحمن" وائل علوان لروزنة إن مقاتلي الفيلق صدّوا ليل الأربعاء محاولة تقدم لقوات النظام على جبهة عين ترما، وقتلوا ستة عناصر منها.',
]
D = '2017-11-16'   # Thursday; Syrian radio's website, web copy of its own day
WED = '2017-11-15'
AH = 'OTHER:ahrar-al-sham'
FR = 'OTHER:faylaq-al-rahman'
COR = 'مراسل روزنة'
SANA = 'مصدر عسكري (سانا)'
ents = [
 ('L0:أحرار الشام','ACTOR',AH), ('L0:إدارة المركبات','LOCATION','harasta-vehicles-base'), ('L0:حرستا','LOCATION','harasta'),
 ('L0:النظام','ACTOR','SY_GOV'), ('L0:الغوطة','LOCATION','eastern-ghouta'),
 ('L1:ريف دمشق','LOCATION','rif-dimashq'), ('L1:روزنة','ORG','rozana'),
 ('L2:حركة أحرار الشام الإسلامية','ACTOR',AH), ('L2:عدة مبانٍ','QUANTITY',None,([3, 9],True,'other')),
 ('L2:إدارة المركبات العسكرية','LOCATION','harasta-vehicles-base'), ('L2:مدينة حرستا','LOCATION','harasta'),
 ('L2:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L3:روزنة','ORG','rozana'), ('L3:الغوطة','LOCATION','eastern-ghouta'), ('L3:الحركة','ACTOR',AH),
 ('L3:مبنى "الرحبة"','LOCATION','al-rahba-building'), ('L3:المباني المحيطة به','LOCATION','al-rahba-surroundings'),
 ('L3:قوات النظام#0','ACTOR','SY_GOV'), ('L3:14 عنصراً','QUANTITY',None,(14,False,'killed')), ('L3:قوات النظام#1','ACTOR','SY_GOV'),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:الفرقة الرابعة','ACTOR','SY_GOV'), ('L4:الحرس الجمهوري','ACTOR','SY_GOV'),
 ('L4:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')), ('L4:الدبابات','WEAPON','tanks'), ('L4:الإدارة','LOCATION','harasta-vehicles-base'),
 ('L4:أوتوستراد دمشق - حمص الدولي','LOCATION','damascus-homs-highway'),
 ('L5:الطيران الحربي','WEAPON','warplanes'), ('L5:لنظام','ACTOR','SY_GOV'), ('L5:الطيران الروسي','ACTOR','RU'),
 ('L5:أكثر من 40 غارة جوية','QUANTITY',None,(40,True,'other')), ('L5:مدن وبلدات الغوطة','LOCATION','eastern-ghouta'),
 ('L5:مسرابا','LOCATION','misraba'), ('L5:عربين','LOCATION','arbin'), ('L5:حرستا','LOCATION','harasta'), ('L5:دوما','LOCATION','douma'),
 ('L5:17 مدنياً','QUANTITY',None,(17,False,'killed')), ('L5:خمسة أطفال','QUANTITY',None,(5,False,'killed')),
 ('L5:الدفاع المدني','ORG','syria-civil-defence'),
 ('L6:سانا','ORG','sana'), ('L6:وحدات الجيش','ACTOR','SY_GOV'), ('L6:لمجموعات الإرهابية','ACTOR',AH),
 ('L6:إدارة المركبات','LOCATION','harasta-vehicles-base'), ('L6:عشرات القتلى','QUANTITY',None,([24, 99],True,'killed')),
 ('L6:الإدارة','LOCATION','harasta-vehicles-base'),
 ('L7:إدارة المركبات','LOCATION','harasta-vehicles-base'), ('L7:لنظام','ACTOR','SY_GOV'), ('L7:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L7:المدن والبلدات المجاورة','LOCATION','harasta-surroundings'), ('L7:المدفعية','WEAPON','artillery'),
 ('L7:راجمات الصواريخ','WEAPON','mrl'),
 ('L8:إدارة المركبات','LOCATION','harasta-vehicles-base'), ('L8:مدينة حرستا','LOCATION','harasta'),
 ('L8:نحو خمسة كيلومترات','QUANTITY',None,(5,True,'km')), ('L8:ساحة العباسيين','LOCATION','abbasiyin-square'), ('L8:دمشق','LOCATION','damascus'),
 ('L8:مدرسة لتأهيل فنيي الآليات','LOCATION','harasta-vehicles-base-school'), ('L8:مستودعات للذخيرة','LOCATION','harasta-vehicles-base-depots'),
 ('L9:روسيا','ACTOR','RU'), ('L9:الغوطة الشرقية','LOCATION','eastern-ghouta'), ('L9:أحرار الشام','ACTOR',AH),
 ('L10:فيلق الرحمن','ACTOR',FR), ('L10:وائل علوان','PERSON','wael-olwan'), ('L10:روزنة','ORG','rozana'), ('L10:الفيلق','ACTOR',FR),
 ('L10:قوات النظام','ACTOR','SY_GOV'), ('L10:عين ترما','LOCATION','ain-tarma'), ('L10:ستة عناصر','QUANTITY',None,(6,False,'killed')),
]
times = [
 ('L2:اليوم الخميس', D, 'day'),
 ('L2:فجر الثلاثاء الماضي', '2017-11-14', 'part-of-day', {'part': 'morning'}),
 ('L3:الليلة الماضية', WED, 'part-of-day', {'part': 'night'}),
 ('L5:خلال الأيام الثلاثة الماضية', '2017-11-13/' + D, 'day'),
 ('L7:منذ عام 2013', '2013/2017', 'year'),
 ('L9:تموز الماضي', '2017-07', 'month'),
 ('L10:ليل الأربعاء', WED, 'part-of-day', {'part': 'night'}),
]
NIGHT = 'L3:الليلة الماضية'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time='L2:اليوم الخميس', actors=[AH], loc='L2:إدارة المركبات العسكرية', qty=['L2:عدة مبانٍ']),   # 1
 dict(type='OPERATION', trig='L2:معركة', time='L2:فجر الثلاثاء الماضي', actors=[AH], targets=['SY_GOV'], loc='L2:إدارة المركبات العسكرية'),  # 2
 dict(type='MOVEMENT', trig='L3:تقدموا', time=NIGHT, actors=[AH], loc='L3:مبنى "الرحبة"', attr=COR),                                   # 3
 dict(type='ATTACK', trig='L3:اشتباكات', time=NIGHT, actors=[AH, 'SY_GOV'], loc='L3:مبنى "الرحبة"', qty=['L3:14 عنصراً'], attr=COR),  # 4
 dict(type='MOVEMENT', trig='L4:استقدمت', actors=['SY_GOV'], loc='L4:الإدارة', weapons=['L4:الدبابات'], qty=['L4:نحو 300 عنصر'], attr=COR),  # 5
 dict(type='ATTACK', trig='L5:شنّ', time='L5:خلال الأيام الثلاثة الماضية', actors=['SY_GOV', 'RU'], loc='L5:مدن وبلدات الغوطة',
      weapons=['L5:الطيران الحربي'], qty=['L5:أكثر من 40 غارة جوية', 'L5:17 مدنياً', 'L5:خمسة أطفال'], attr='الدفاع المدني'),          # 6
 dict(type='ATTACK', trig='L6:أحبطت', actors=['SY_GOV'], targets=[AH], loc='L6:إدارة المركبات', qty=['L6:عشرات القتلى'], attr=SANA),  # 7
 dict(type='ATTACK', trig='L6:هجوماً', actors=[AH], targets=['SY_GOV'], loc='L6:إدارة المركبات', attr=SANA),                           # 8
 dict(type='CONTROL', trig='L6:سقوط', mod='denied', loc='L6:الإدارة', attr=SANA),                                                      # 9
 dict(type='OPERATION', trig='L7:يحاصرها', time='L7:منذ عام 2013', actors=['SY_GOV'], loc='L7:الغوطة الشرقية'),                        # 10
 dict(type='ATTACK', trig='L7:قصف', actors=['SY_GOV'], loc='L7:المدن والبلدات المجاورة', weapons=['L7:المدفعية', 'L7:راجمات الصواريخ']),  # 11
 dict(type='STATEMENT', trig='L9:أعلنت', time='L9:تموز الماضي', actors=['RU'], attr='روسيا'),                                          # 12
 dict(type='AGREEMENT', trig='L9:اتفاق', time='L9:تموز الماضي', actors=['RU'], loc='L9:الغوطة الشرقية'),                               # 13
 dict(type='STATEMENT', trig='L10:قال', actors=[FR], attr='وائل علوان'),                                                                # 14
 dict(type='ATTACK', trig='L10:صدّوا', time='L10:ليل الأربعاء', actors=[FR], targets=['SY_GOV'], loc='L10:عين ترما',
      qty=['L10:ستة عناصر'], attr='وائل علوان'),                                                                                       # 15
 dict(type='MOVEMENT', trig='L10:تقدم', time='L10:ليل الأربعاء', actors=['SY_GOV'], loc='L10:عين ترما', attr='وائل علوان'),               # 16
]
TD = (D, 'day')
NT = (WED, 'part-of-day')
forces = [
 dict(actor=AH, assets='عدة مبانٍ', loc=('إدارة المركبات العسكرية', 'harasta-vehicles-base'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor=AH, loc=('مبنى "الرحبة"', 'al-rahba-building'), as_of=NT, status='present', source=COR, line=3, events=[3, 4]),
 dict(actor='SY_GOV', loc=('مبنى "الرحبة"', 'al-rahba-building'), as_of=NT, status='present', source=COR, line=3, events=[4]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), assets='تعزيزات من الفرقة الرابعة والحرس الجمهوري، دبابات',
      loc=('الإدارة', 'harasta-vehicles-base'), as_of=TD, status='reinforced', source=COR, line=4, events=[5]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('إدارة المركبات', 'harasta-vehicles-base'), as_of=TD, status='present', source=SANA, line=6, events=[7, 8]),
 dict(actor=AH, loc=('إدارة المركبات', 'harasta-vehicles-base'), as_of=TD, status='present', source=SANA, line=6, events=[8]),
 dict(actor='SY_GOV', assets='ثكنة عسكرية', loc=('إدارة المركبات', 'harasta-vehicles-base'), as_of=TD, status='present', line=7, events=[]),
 dict(actor='SY_GOV', loc=('الغوطة الشرقية', 'eastern-ghouta'), as_of=('2013/2017', 'year'), status='present', line=7, events=[10]),
 dict(actor=FR, loc=('عين ترما', 'ain-tarma'), as_of=NT, status='present', source='وائل علوان', line=10, events=[15]),
 dict(actor='SY_GOV', loc=('عين ترما', 'ain-tarma'), as_of=NT, status='present', source='وائل علوان', line=10, events=[15, 16]),
]
build('rozana-harasta-vehicles-base', None, 'روزنة', D, L, ents, times, events, forces)
