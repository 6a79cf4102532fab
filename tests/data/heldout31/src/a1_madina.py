from build import build
L = [
'الثوار يسيطرون على الرقة ويأسرون محافظها.. ومقتل 48 جندياً سورياً في كمين بالأنبار',
'عواصم - وكالات',
'أحكم مقاتلو الجيش السوري الحر و«جبهة النصرة» أمس سيطرتهم على معظم أحياء مدينة الرقة في شمال سوريا، لتصبح أول مركز محافظة يخرج من قبضة نظام الأسد منذ اندلاع الثورة في مارس 2011.',
'وذكر المرصد السوري لحقوق الإنسان أن المقاتلين اقتحموا مبنى المحافظة ظهر أمس وأسروا محافظ الرقة حسن جلالي وأمين فرع حزب البعث سليمان السليمان، فيما بث ناشطون مقاطع مصورة تظهر شباناً يحطمون تمثالاً للرئيس الراحل حافظ الأسد في ساحة الإطفائية وسط المدينة.',
'وأضاف المرصد أن اشتباكات عنيفة لا تزال تدور بين الثوار والقوات النظامية في محيط مبنى الأمن العسكري، وعند مقر الفرقة 17 شمالي المدينة حيث يتحصن مئات الجنود، مشيراً إلى مقتل 39 شخصاً على الأقل، بينهم 14 من عناصر النظام، خلال اليومين الماضيين.',
'وفي الأثناء، شنت طائرات حربية تابعة للنظام بعد ظهر أمس غارات على أحياء الرميلة والدرعية والمشلب في الرقة، ما أدى إلى مقتل مدنيين بينهم أطفال، بحسب ناشطين.',
'وكان الثوار قد سيطروا في 11 فبراير الماضي على سد الفرات قرب مدينة الطبقة، أكبر سدود سوريا، بعد معارك مع القوات النظامية استمرت أياماً، ما مهّد لتقدمهم نحو الرقة من جهة الغرب.',
'في المقابل، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري أن «وحدات من الجيش العربي السوري تلاحق فلول الإرهابيين في عدد من أحياء الرقة»، نافياً أن يكون المسلحون قد سيطروا على المدينة.',
'وفي إسطنبول، قال رئيس هيئة أركان الجيش الحر اللواء سليم إدريس إن مقاتليه «سيواصلون المعركة حتى آخر موقع للنظام في الرقة»، داعياً الدول الداعمة للشعب السوري إلى تزويد الثوار بأسلحة مضادة للطائرات.',
'وفي العراق، قُتل 48 جندياً سورياً وتسعة عسكريين عراقيين أمس في كمين نصبه مسلحون مجهولون لقافلة كانت تقلهم في منطقة عكاشات بمحافظة الأنبار، بحسب مسؤولين عراقيين.',
'وكان الجنود السوريون قد لجؤوا إلى الأراضي العراقية السبت الماضي عبر منفذ اليعربية الحدودي، إثر سيطرة الجيش الحر على المعبر من الجانب السوري بعد معارك استمرت يومين.',
]
D = '2013-03-05'   # Tuesday; Saudi print daily dated the day after the news
Y = '2013-03-04'   # Monday: the paper's «أمس»
SAT = '2013-03-02'
FEB = '2013-02-11'
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:الرقة','LOCATION','raqqa'), ('L0:48 جندياً','QUANTITY',None,(48,False,'killed')),
 ('L0:جندياً سورياً','ACTOR','SY_GOV'), ('L0:الأنبار','LOCATION','anbar-governorate'),
 ('L2:الجيش السوري الحر','ACTOR','FSA'), ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:مدينة الرقة','LOCATION','raqqa'),
 ('L2:شمال سوريا','LOCATION','north-syria'), ('L2:نظام الأسد','ACTOR','SY_GOV'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:مبنى المحافظة','LOCATION','raqqa-governorate-building'), ('L3:الرقة','LOCATION','raqqa'),
 ('L3:حسن جلالي','PERSON','hassan-jalali'), ('L3:حزب البعث','ORG','baath-party'), ('L3:سليمان السليمان','PERSON','suleiman-al-suleiman'),
 ('L3:حافظ الأسد','PERSON','hafez-al-assad'), ('L3:ساحة الإطفائية','LOCATION','raqqa-itfaiya-square'), ('L3:المدينة','LOCATION','raqqa'),
 ('L4:المرصد','ORG','sohr'), ('L4:الثوار','ACTOR','FSA'), ('L4:القوات النظامية','ACTOR','SY_GOV'),
 ('L4:مبنى الأمن العسكري','LOCATION','raqqa-military-security'), ('L4:مقر الفرقة 17','LOCATION','division-17-base'), ('L4:المدينة','LOCATION','raqqa'),
 ('L4:مئات الجنود','QUANTITY',None,([100, 999],True,'troops')), ('L4:39 شخصاً على الأقل','QUANTITY',None,(39,True,'killed')),
 ('L4:14','QUANTITY',None,(14,False,'killed')), ('L4:النظام#1','ACTOR','SY_GOV'),
 ('L5:طائرات حربية','WEAPON','warplanes'), ('L5:لنظام','ACTOR','SY_GOV'), ('L5:أحياء الرميلة','LOCATION','raqqa-rumaila'),
 ('L5:الدرعية','LOCATION','raqqa-dariya'), ('L5:المشلب','LOCATION','raqqa-mashlab'), ('L5:الرقة','LOCATION','raqqa'),
 ('L6:الثوار','ACTOR','FSA'), ('L6:سد الفرات','LOCATION','euphrates-dam'), ('L6:مدينة الطبقة','LOCATION','tabqa'), ('L6:سوريا','LOCATION','syria'),
 ('L6:القوات النظامية','ACTOR','SY_GOV'), ('L6:الرقة','LOCATION','raqqa'),
 ('L7:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L7:سانا','ORG','sana'), ('L7:الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L7:الإرهابيين','ACTOR','FSA'), ('L7:الرقة','LOCATION','raqqa'), ('L7:المدينة','LOCATION','raqqa'),
 ('L8:إسطنبول','LOCATION','istanbul'), ('L8:الجيش الحر','ACTOR','FSA'), ('L8:سليم إدريس','PERSON','salim-idris'), ('L8:لنظام','ACTOR','SY_GOV'),
 ('L8:الرقة','LOCATION','raqqa'), ('L8:الثوار','ACTOR','FSA'), ('L8:أسلحة مضادة للطائرات','WEAPON','anti-aircraft-weapons'),
 ('L9:العراق','LOCATION','iraq'), ('L9:48 جندياً','QUANTITY',None,(48,False,'killed')), ('L9:جندياً سورياً','ACTOR','SY_GOV'),
 ('L9:تسعة عسكريين','QUANTITY',None,(9,False,'killed')), ('L9:عسكريين عراقيين','ACTOR','IQ_GOV'), ('L9:مسلحون مجهولون','ACTOR','UNKNOWN'),
 ('L9:منطقة عكاشات','LOCATION','akashat'), ('L9:محافظة الأنبار','LOCATION','anbar-governorate'),
 ('L10:الجنود السوريون','ACTOR','SY_GOV'), ('L10:الأراضي العراقية','LOCATION','iraq'), ('L10:منفذ اليعربية الحدودي','LOCATION','yarubiyah-crossing'),
 ('L10:الجيش الحر','ACTOR','FSA'), ('L10:المعبر','LOCATION','yarubiyah-crossing'), ('L10:يومين','QUANTITY',None,(2,False,'other')),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:مارس 2011', '2011-03', 'month'),
 ('L3:ظهر أمس', Y, 'part-of-day', {'part': 'noon'}),
 ('L4:خلال اليومين الماضيين', '2013-03-03/' + D, 'day'),
 ('L5:بعد ظهر أمس', Y, 'part-of-day', {'part': 'noon'}),
 ('L6:11 فبراير الماضي', FEB, 'day'),
 ('L9:أمس', Y, 'day'),
 ('L10:السبت الماضي', SAT, 'day'),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
ACT = 'ناشطون'
SANA = 'مصدر عسكري (سانا)'
IDR = 'سليم إدريس'
IQO = 'مسؤولون عراقيون'
NOON = 'L3:ظهر أمس'
T11 = 'L6:11 فبراير الماضي'
TSAT = 'L10:السبت الماضي'
R = ['FSA', 'NUSRA']
events = [
 dict(type='CONTROL', trig='L2:أحكم', time='L2:أمس', actors=R, targets=['SY_GOV'], loc='L2:مدينة الرقة'),                             # 1
 dict(type='ATTACK', trig='L3:اقتحموا', time=NOON, actors=R, targets=['SY_GOV'], loc='L3:مبنى المحافظة', attr=SOHR),                 # 2
 dict(type='ARREST', trig='L3:أسروا', time=NOON, actors=R, targets=['SY_GOV'], loc='L3:مبنى المحافظة', attr=SOHR),                   # 3
 dict(type='ATTACK', trig='L4:اشتباكات', actors=['FSA', 'SY_GOV'], loc='L4:مبنى الأمن العسكري', attr=SOHR),                          # 4
 dict(type='ATTACK', trig='L4:مقتل', time='L4:خلال اليومين الماضيين', targets=['SY_GOV'], qty=['L4:39 شخصاً على الأقل', 'L4:14'],
      attr=SOHR),                                                                                                                     # 5
 dict(type='ATTACK', trig='L5:شنت', time='L5:بعد ظهر أمس', actors=['SY_GOV'], loc='L5:أحياء الرميلة', weapons=['L5:طائرات حربية'],
      attr=ACT),                                                                                                                      # 6
 dict(type='CONTROL', trig='L6:سيطروا', time=T11, actors=['FSA'], targets=['SY_GOV'], loc='L6:سد الفرات'),                            # 7
 dict(type='ATTACK', trig='L6:معارك', time=T11, actors=['FSA', 'SY_GOV'], loc='L6:سد الفرات'),                                       # 8
 dict(type='MOVEMENT', trig='L6:تقدمهم', actors=['FSA'], loc='L6:الرقة'),                                                             # 9
 dict(type='OPERATION', trig='L7:تلاحق', actors=['SY_GOV'], targets=['FSA'], loc='L7:الرقة', attr=SANA),                             # 10
 dict(type='CONTROL', trig='L7:سيطروا', mod='denied', actors=['FSA'], loc='L7:المدينة', attr=SANA),                                  # 11
 dict(type='STATEMENT', trig='L8:قال', actors=['FSA'], attr=IDR),                                                                     # 12
 dict(type='OPERATION', trig='L8:المعركة', mod='planned', actors=['FSA'], targets=['SY_GOV'], loc='L8:الرقة', attr=IDR),             # 13
 dict(type='ATTACK', trig='L9:كمين', time='L9:أمس', actors=['UNKNOWN'], targets=['SY_GOV', 'IQ_GOV'], loc='L9:منطقة عكاشات',
      qty=['L9:48 جندياً', 'L9:تسعة عسكريين'], attr=IQO),                                                                             # 14
 dict(type='WITHDRAWAL', trig='L10:لجؤوا', time=TSAT, actors=['SY_GOV'], loc='L10:منفذ اليعربية الحدودي'),                           # 15
 dict(type='CONTROL', trig='L10:سيطرة', time=TSAT, actors=['FSA'], targets=['SY_GOV'], loc='L10:المعبر'),                            # 16
 dict(type='ATTACK', trig='L10:معارك', time=TSAT, actors=['FSA', 'SY_GOV'], loc='L10:المعبر', qty=['L10:يومين']),                    # 17
]
YD = (Y, 'day')
YN = (Y, 'part-of-day')
RQ = ('مدينة الرقة', 'raqqa')
GB = ('مبنى المحافظة', 'raqqa-governorate-building')
MS = ('مبنى الأمن العسكري', 'raqqa-military-security')
DV = ('مقر الفرقة 17', 'division-17-base')
DAM = ('سد الفرات', 'euphrates-dam')
XING = ('المعبر', 'yarubiyah-crossing')
forces = [
 dict(actor='FSA', loc=RQ, as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='NUSRA', loc=RQ, as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=GB, as_of=YN, status='present', source=SOHR, line=3, events=[2]),
 dict(actor='NUSRA', loc=GB, as_of=YN, status='present', source=SOHR, line=3, events=[2]),
 dict(actor='FSA', loc=MS, as_of=YD, status='present', source=SOHR, line=4, events=[4]),
 dict(actor='SY_GOV', loc=MS, as_of=YD, status='present', source=SOHR, line=4, events=[4]),
 dict(actor='FSA', loc=DV, as_of=YD, status='present', source=SOHR, line=4, events=[4]),
 dict(actor='SY_GOV', strength=([100, 999], True, 'troops'), loc=DV, as_of=YD, status='present', source=SOHR, line=4, events=[4]),
 dict(actor='FSA', loc=DAM, as_of=(FEB, 'day'), status='controls', line=6, events=[7]),
 dict(actor='FSA', loc=DAM, as_of=(FEB, 'day'), status='present', line=6, events=[8]),
 dict(actor='SY_GOV', loc=DAM, as_of=(FEB, 'day'), status='present', line=6, events=[8]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('الرقة', 'raqqa'), as_of=(D, 'day'), status='present', source=SANA, line=7, events=[10]),
 dict(actor='FSA', assets='فلول', loc=('الرقة', 'raqqa'), as_of=(D, 'day'), status='present', source=SANA, line=7, events=[10]),
 dict(actor='SY_GOV', assets='قافلة تقل جنوداً فروا إلى العراق', loc=('منطقة عكاشات', 'akashat'), as_of=YD, status='attacked', source=IQO,
      line=9, events=[14]),
 dict(actor='IQ_GOV', assets='عسكريون مرافقون للقافلة', loc=('منطقة عكاشات', 'akashat'), as_of=YD, status='attacked', source=IQO,
      line=9, events=[14]),
 dict(actor='SY_GOV', loc=('منفذ اليعربية الحدودي', 'yarubiyah-crossing'), as_of=(SAT, 'day'), status='withdrawn', line=10, events=[15]),
 dict(actor='FSA', loc=XING, as_of=(SAT, 'day'), status='controls', line=10, events=[16]),
 dict(actor='FSA', loc=XING, as_of=(SAT, 'day'), status='present', line=10, events=[17]),
 dict(actor='SY_GOV', loc=XING, as_of=(SAT, 'day'), status='present', line=10, events=[17]),
]
build('madina-raqqa-governor', None, 'المدينة', D, L, ents, times, events, forces)
