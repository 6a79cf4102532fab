from build import build
L = [
'جيشنا الباسل بالتعاون مع المقاومة اللبنانية يحكم سيطرته على حي الجمعيات في الزبداني',
'دمشق - تشرين - سانا',
'أحكمت وحدات من الجيش العربي السوري، بالتعاون مع المقاومة اللبنانية، أمس، سيطرتها الكاملة على حي الجمعيات في غرب مدينة الزبداني بريف دمشق الشمالي الغربي، بعد معارك عنيفة مع إرهابيي "جبهة النصرة" وما يسمى "حركة أحرار الشام".',
'وذكر مصدر عسكري لـ"تشرين" أن وحدات الجيش تقدمت انطلاقاً من السهل الغربي باتجاه ساحة المحطة وسط المدينة، وقضت على أكثر من 40 إرهابياً ودمرت 6 آليات بعضها مزود برشاشات ثقيلة، إضافة إلى تفكيك عشرات العبوات الناسفة التي زرعها الإرهابيون في الأبنية والطرقات.',
'وأضاف المصدر أن سلاح الجو نفذ خلال الساعات الـ24 الماضية أكثر من 30 طلعة على أوكار الإرهابيين وتحصيناتهم داخل الزبداني وفي جرود مضايا، ما أدى إلى تدمير مقرات ومستودعات للذخيرة.',
'وتطوّق وحدات الجيش والمقاومة المدينة من جهاتها الأربع منذ انطلاق العملية العسكرية في الرابع من تموز الجاري، حيث يتحصن فيها، بحسب المصدر، نحو 1200 مسلح معظمهم من "جبهة النصرة".',
'ونفى المصدر ما تروّجه حسابات تابعة لـ"جبهة النصرة" على مواقع التواصل عن سيطرة مسلحيها على حاجز للجيش في بلدة مضايا المجاورة، مؤكداً أن وحدات الجيش "ستواصل عملياتها حتى إعادة الأمن والاستقرار إلى كل شبر من الزبداني".',
'وفي ريف إدلب، استهدف إرهابيو ما يسمى "جيش الفتح" بأكثر من 200 قذيفة صاروخية وهاون بلدتي الفوعة وكفريا المحاصرتين منذ آذار الماضي، ما أدى إلى استشهاد 4 مدنيين وإصابة 11 آخرين، في حين تصدت لجان الدفاع الشعبية لمحاولة تسلل على أطراف الفوعة.',
'وأفاد مراسل "تشرين" بوصول تعزيزات جديدة للجيش إلى بلدة بلودان المطلة على الزبداني، تضم دبابات وراجمات صواريخ، استعداداً للمرحلة الأخيرة من العملية.',
'يذكر أن إرهابيي "النصرة" و"أحرار الشام" يسيطرون على الزبداني منذ مطلع عام 2012، ويتخذون منها ممراً لتهريب السلاح من الأراضي اللبنانية عبر جرود السلسلة الشرقية.',
]
D = '2015-07-16'   # Thursday; a print daily: its أمس is Wednesday 2015-07-15
Y = '2015-07-15'
AHRAR = 'OTHER:ahrar-al-sham'
JF = 'OTHER:jaish-al-fateh'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:المقاومة اللبنانية','ACTOR','HEZBOLLAH'), ('L0:حي الجمعيات','LOCATION','zabadani-jamiyat'), ('L0:الزبداني','LOCATION','zabadani'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:تشرين','ORG','tishreen'), ('L1:سانا','ORG','sana'),
 ('L2:الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:المقاومة اللبنانية','ACTOR','HEZBOLLAH'), ('L2:حي الجمعيات','LOCATION','zabadani-jamiyat'),
 ('L2:مدينة الزبداني','LOCATION','zabadani'), ('L2:ريف دمشق الشمالي الغربي','LOCATION','rif-dimashq-northwest'),
 ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:حركة أحرار الشام','ACTOR',AHRAR),
 ('L3:تشرين','ORG','tishreen'), ('L3:الجيش','ACTOR','SY_GOV'), ('L3:السهل الغربي','LOCATION','zabadani-western-plain'),
 ('L3:ساحة المحطة','LOCATION','zabadani-station-square'), ('L3:وسط المدينة','LOCATION','zabadani-centre'),
 ('L3:أكثر من 40 إرهابياً','QUANTITY',None,(40,True,'killed')), ('L3:6 آليات','QUANTITY',None,(6,False,'vehicles')),
 ('L3:آليات','WEAPON','military-vehicles'), ('L3:رشاشات ثقيلة','WEAPON','heavy-machine-guns'),
 ('L3:عشرات العبوات الناسفة','QUANTITY',None,([24,99],True,'other')), ('L3:العبوات الناسفة','WEAPON','ieds'),
 ('L3:الإرهابيون','ACTOR','NUSRA'),
 ('L4:سلاح الجو','ACTOR','SY_GOV'), ('L4:أكثر من 30 طلعة','QUANTITY',None,(30,True,'other')), ('L4:الإرهابيين','ACTOR','NUSRA'),
 ('L4:الزبداني','LOCATION','zabadani'), ('L4:جرود مضايا','LOCATION','madaya-outskirts'),
 ('L5:الجيش','ACTOR','SY_GOV'), ('L5:المقاومة','ACTOR','HEZBOLLAH'), ('L5:المدينة','LOCATION','zabadani'),
 ('L5:نحو 1200 مسلح','QUANTITY',None,(1200,True,'fighters')), ('L5:جبهة النصرة','ACTOR','NUSRA'),
 ('L6:جبهة النصرة','ACTOR','NUSRA'), ('L6:لجيش#0','ACTOR','SY_GOV'), ('L6:بلدة مضايا','LOCATION','madaya'), ('L6:الجيش','ACTOR','SY_GOV'),
 ('L6:الزبداني','LOCATION','zabadani'),
 ('L7:ريف إدلب','LOCATION','idlib-countryside'), ('L7:جيش الفتح','ACTOR',JF),
 ('L7:أكثر من 200 قذيفة','QUANTITY',None,(200,True,'other')), ('L7:قذيفة صاروخية وهاون','WEAPON','rockets-and-mortars'),
 ('L7:الفوعة#0','LOCATION','al-fuaa'), ('L7:كفريا','LOCATION','kafraya'),
 ('L7:4 مدنيين','QUANTITY',None,(4,False,'killed')), ('L7:11 آخرين','QUANTITY',None,(11,False,'wounded')),
 ('L7:لجان الدفاع الشعبية','ACTOR',PGM), ('L7:الفوعة#1','LOCATION','al-fuaa'),
 ('L8:تشرين','ORG','tishreen'), ('L8:لجيش','ACTOR','SY_GOV'), ('L8:بلدة بلودان','LOCATION','bloudan'), ('L8:الزبداني','LOCATION','zabadani'),
 ('L8:دبابات','WEAPON','tanks'), ('L8:راجمات صواريخ','WEAPON','rocket-launchers'),
 ('L9:النصرة','ACTOR','NUSRA'), ('L9:أحرار الشام','ACTOR',AHRAR), ('L9:الزبداني','LOCATION','zabadani'), ('L9:السلاح','WEAPON','weapons'),
 ('L9:الأراضي اللبنانية','LOCATION','lebanon'), ('L9:جرود السلسلة الشرقية','LOCATION','anti-lebanon-outskirts'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L4:خلال الساعات الـ24 الماضية', Y+'/'+D, 'day'),
 ('L5:الرابع من تموز الجاري', '2015-07-04', 'day'),
 ('L7:منذ آذار الماضي', '2015-03/2015-07', 'month'),
 ('L9:منذ مطلع عام 2012', '2012-01/2015-07', 'month'),
]
SRC = 'مصدر عسكري (تشرين)'
REP = 'مراسل تشرين'
T4 = 'L5:الرابع من تموز الجاري'
events = [
 dict(type='CONTROL', trig='L2:أحكمت', time='L2:أمس', actors=['SY_GOV','HEZBOLLAH'], targets=['NUSRA',AHRAR], loc='L2:حي الجمعيات'),      # 1
 dict(type='ATTACK', trig='L2:معارك', time='L2:أمس', actors=['SY_GOV','HEZBOLLAH','NUSRA',AHRAR], loc='L2:حي الجمعيات'),              # 2
 dict(type='MOVEMENT', trig='L3:تقدمت', time='L2:أمس', actors=['SY_GOV'], loc='L3:ساحة المحطة', attr=SRC),                            # 3
 dict(type='ATTACK', trig='L3:قضت', actors=['SY_GOV'], targets=['NUSRA'], attr=SRC, qty=['L3:أكثر من 40 إرهابياً','L3:6 آليات']),     # 4
 dict(type='OPERATION', trig='L3:تفكيك', actors=['SY_GOV'], attr=SRC, qty=['L3:عشرات العبوات الناسفة']),                             # 5
 dict(type='ATTACK', trig='L4:طلعة', time='L4:خلال الساعات الـ24 الماضية', actors=['SY_GOV'], targets=['NUSRA'], loc='L4:الزبداني',
      attr=SRC, qty=['L4:أكثر من 30 طلعة']),                                                                                          # 6
 dict(type='OPERATION', trig='L5:تطوّق', time=T4, actors=['SY_GOV','HEZBOLLAH'], targets=['NUSRA'], loc='L5:المدينة', attr=SRC),    # 7
 dict(type='OPERATION', trig='L5:العملية العسكرية', time=T4, actors=['SY_GOV','HEZBOLLAH'], targets=['NUSRA'], loc='L5:المدينة',
      attr=SRC),                                                                                                                      # 8
 dict(type='CONTROL', trig='L6:سيطرة', mod='denied', actors=['NUSRA'], targets=['SY_GOV'], loc='L6:بلدة مضايا', attr=SRC),           # 9
 dict(type='OPERATION', trig='L6:عملياتها', mod='planned', actors=['SY_GOV'], targets=['NUSRA'], loc='L6:الزبداني', attr=SRC),       # 10
 dict(type='ATTACK', trig='L7:استهدف', actors=[JF], loc='L7:الفوعة#0', weapons=['L7:قذيفة صاروخية وهاون'],
      qty=['L7:أكثر من 200 قذيفة','L7:4 مدنيين','L7:11 آخرين']),                                                                     # 11
 dict(type='OPERATION', trig='L7:المحاصرتين', time='L7:منذ آذار الماضي', actors=[JF], loc='L7:الفوعة#0'),                           # 12
 dict(type='ATTACK', trig='L7:تصدت', actors=[PGM], targets=[JF], loc='L7:الفوعة#1'),                                                 # 13
 dict(type='MOVEMENT', trig='L7:تسلل', actors=[JF], loc='L7:الفوعة#1'),                                                              # 14
 dict(type='MOVEMENT', trig='L8:بوصول', actors=['SY_GOV'], loc='L8:بلدة بلودان', attr=REP, weapons=['L8:دبابات','L8:راجمات صواريخ']),  # 15
 dict(type='OPERATION', trig='L8:العملية', mod='planned', actors=['SY_GOV'], targets=['NUSRA'], loc='L8:الزبداني', attr=REP),        # 16
 dict(type='CONTROL', trig='L9:يسيطرون', time='L9:منذ مطلع عام 2012', actors=['NUSRA',AHRAR], loc='L9:الزبداني'),                    # 17
]
YD = (Y, 'day')
OD = (D, 'day')
SINCE = ('2015-07-04', 'day')
forces = [
 dict(actor='SY_GOV', loc=('حي الجمعيات','zabadani-jamiyat'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='HEZBOLLAH', loc=('حي الجمعيات','zabadani-jamiyat'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('حي الجمعيات','zabadani-jamiyat'), as_of=YD, status='present', line=2, events=[2]),
 dict(actor='HEZBOLLAH', loc=('حي الجمعيات','zabadani-jamiyat'), as_of=YD, status='present', line=2, events=[2]),
 dict(actor='NUSRA', loc=('حي الجمعيات','zabadani-jamiyat'), as_of=YD, status='present', line=2, events=[2]),
 dict(actor=AHRAR, loc=('حي الجمعيات','zabadani-jamiyat'), as_of=YD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('السهل الغربي','zabadani-western-plain'), as_of=YD, status='present', source=SRC, line=3, events=[3]),
 dict(actor='NUSRA', assets='أوكار وتحصينات', loc=('الزبداني','zabadani'), as_of=(Y+'/'+D,'day'), status='attacked', source=SRC, line=4, events=[6]),
 dict(actor='NUSRA', assets='أوكار وتحصينات', loc=('جرود مضايا','madaya-outskirts'), as_of=(Y+'/'+D,'day'), status='attacked', source=SRC, line=4, events=[6]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('المدينة','zabadani'), as_of=SINCE, status='present', source=SRC, line=5, events=[7, 8]),
 dict(actor='HEZBOLLAH', loc=('المدينة','zabadani'), as_of=SINCE, status='present', source=SRC, line=5, events=[7, 8]),
 dict(actor='NUSRA', strength=(1200, True, 'fighters'), loc=('المدينة','zabadani'), as_of=OD, status='present', source=SRC, line=5, events=[7]),
 dict(actor=JF, loc=('الفوعة','al-fuaa'), as_of=('2015-03/2015-07','month'), status='present', line=7, events=[12, 13]),
 dict(actor=JF, loc=('كفريا','kafraya'), as_of=('2015-03/2015-07','month'), status='present', line=7, events=[12]),
 dict(actor=PGM, assets='لجان الدفاع الشعبية', loc=('الفوعة','al-fuaa'), as_of=OD, status='present', line=7, events=[13]),
 dict(actor='SY_GOV', assets='تعزيزات: دبابات وراجمات صواريخ', loc=('بلدة بلودان','bloudan'), as_of=OD, status='reinforced', source=REP, line=8, events=[15]),
 dict(actor='NUSRA', loc=('الزبداني','zabadani'), as_of=('2012-01/2015-07','month'), status='controls', line=9, events=[17]),
 dict(actor=AHRAR, loc=('الزبداني','zabadani'), as_of=('2012-01/2015-07','month'), status='controls', line=9, events=[17]),
]
build('tishreen-zabadani-jamiyat', None, 'تشرين', D, L, ents, times, events, forces)
