from build import build
L = [
'الثوار يطلقون "ملحمة حلب الكبرى" ويسيطرون على معظم ضاحية الأسد غربي المدينة',
'أورينت نت - خاص',
'أطلقت فصائل "جيش الفتح" وغرفة عمليات "فتح حلب" أمس الجمعة معركة واسعة لكسر الحصار المفروض على الأحياء الشرقية لمدينة حلب، انطلاقاً من ريف حلب الغربي، تحت اسم "ملحمة حلب الكبرى".',
'وقال مراسل أورينت إن الثوار تمكنوا خلال الساعات الأولى من المعركة من السيطرة على معظم أجزاء ضاحية الأسد ونقاط في محيط مشروع 3000 شقة، بعد تفجير ثلاث عربات مفخخة استهدفت تحصينات ميليشيات أسد عند مدخل الضاحية الغربي.',
'وأضاف المراسل أن الثوار استهدفوا بعشرات صواريخ "غراد" مواقع الميليشيات في الأكاديمية العسكرية وحي الحمدانية، بالتزامن مع اشتباكات عنيفة على محور بلدة منيان.',
'وأعلنت غرفة عمليات "فتح حلب" في بيان مساء أمس مقتل أكثر من 60 عنصراً من ميليشيات أسد والميليشيات الإيرانية، وتدمير دبابتين وعربة "بي إم بي"، فيما قتل 22 من الثوار وفق مصادر ميدانية.',
'في المقابل، زعمت وسائل إعلام النظام أن "الجيش العربي السوري" أحبط الهجوم و"أعاد التموضع" في ضاحية الأسد، متهمة "المجموعات الإرهابية" باستخدام غاز الكلور في قصف حي الحمدانية، وهو ما نفاه قادة في "جيش الفتح" بشكل قاطع.',
'وشنت طائرات حربية تابعة للنظام أكثر من 40 غارة على بلدات خان العسل وكفرناها وأورم الكبرى في ريف حلب الغربي فجر اليوم السبت، ما أسفر عن مقتل 7 مدنيين بحسب الدفاع المدني.',
'ونقلت وكالة "إنترفاكس" عن المتحدث باسم الكرملين ديمتري بيسكوف أن الرئيس فلاديمير بوتين رفض طلب وزارة الدفاع استئناف الغارات على حلب، معتبراً أن "الهدنة الإنسانية" لا تزال ضرورية.',
'ودفعت ميليشيات أسد والميليشيات الإيرانية بتعزيزات تضم نحو 300 عنصر من "حزب الله" و"لواء القدس" إلى حي حلب الجديدة، وسط مخاوف من هجوم معاكس على ضاحية الأسد، بحسب مصادر ميدانية.',
'وتفرض ميليشيات أسد حصاراً خانقاً على نحو 275 ألف مدني في الأحياء الشرقية لحلب منذ مطلع أيلول الماضي، عندما استعادت السيطرة على منطقة الكليات العسكرية في الراموسة.',
]
D = '2016-10-29'   # Saturday; web copy of its own day
FRI = '2016-10-28'
JAF = 'OTHER:jaish-al-fateh'
FH = 'OTHER:fatah-halab'
IBM = 'OTHER:iran-backed-militias'
HZ = 'HEZBOLLAH'
LQ = 'OTHER:liwa-al-quds'
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:ضاحية الأسد','LOCATION','dahiyat-al-assad'), ('L0:المدينة','LOCATION','aleppo'),
 ('L1:أورينت نت','ORG','orient'),
 ('L2:فصائل "جيش الفتح"','ACTOR',JAF), ('L2:غرفة عمليات "فتح حلب"','ACTOR',FH), ('L2:الأحياء الشرقية لمدينة حلب','LOCATION','east-aleppo'),
 ('L2:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L3:أورينت','ORG','orient'), ('L3:الثوار','ACTOR','FSA'), ('L3:ضاحية الأسد','LOCATION','dahiyat-al-assad'),
 ('L3:مشروع 3000 شقة','LOCATION','project-3000-apartments'), ('L3:ثلاث عربات مفخخة','QUANTITY',None,(3,False,'vehicles')),
 ('L3:عربات مفخخة','WEAPON','car-bombs'), ('L3:ميليشيات أسد','ACTOR','SY_GOV'), ('L3:مدخل الضاحية الغربي','LOCATION','dahiyat-al-assad-west-entrance'),
 ('L4:الثوار','ACTOR','FSA'), ('L4:عشرات صواريخ "غراد"','QUANTITY',None,([24, 99],True,'missiles')), ('L4:صواريخ "غراد"','WEAPON','grad-rockets'),
 ('L4:الميليشيات','ACTOR','SY_GOV'), ('L4:الأكاديمية العسكرية','LOCATION','aleppo-military-academy'), ('L4:حي الحمدانية','LOCATION','al-hamdaniya'),
 ('L4:بلدة منيان','LOCATION','minyan'),
 ('L5:غرفة عمليات "فتح حلب"','ACTOR',FH), ('L5:أكثر من 60 عنصراً','QUANTITY',None,(60,True,'killed')), ('L5:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L5:الميليشيات الإيرانية','ACTOR',IBM), ('L5:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L5:دبابتين#0','WEAPON','tanks'),
 ('L5:عربة "بي إم بي"','WEAPON','bmp'), ('L5:22','QUANTITY',None,(22,False,'killed')), ('L5:الثوار','ACTOR','FSA'),
 ('L6:النظام','ACTOR','SY_GOV'), ('L6:الجيش العربي السوري','ACTOR','SY_GOV'), ('L6:ضاحية الأسد','LOCATION','dahiyat-al-assad'),
 ('L6:المجموعات الإرهابية','ACTOR','FSA'), ('L6:غاز الكلور','WEAPON','chlorine'), ('L6:حي الحمدانية','LOCATION','al-hamdaniya'),
 ('L6:جيش الفتح','ACTOR',JAF),
 ('L7:طائرات حربية','WEAPON','warplanes'), ('L7:لنظام','ACTOR','SY_GOV'), ('L7:أكثر من 40 غارة','QUANTITY',None,(40,True,'other')),
 ('L7:بلدات خان العسل','LOCATION','khan-al-asal'), ('L7:كفرناها','LOCATION','kafr-naha'), ('L7:أورم الكبرى','LOCATION','urum-al-kubra'),
 ('L7:ريف حلب الغربي','LOCATION','aleppo-west-countryside'), ('L7:7 مدنيين','QUANTITY',None,(7,False,'killed')),
 ('L7:الدفاع المدني','ORG','syria-civil-defence'),
 ('L8:إنترفاكس','ORG','interfax'), ('L8:الكرملين','ACTOR','RU'), ('L8:ديمتري بيسكوف','PERSON','dmitry-peskov'),
 ('L8:فلاديمير بوتين','PERSON','vladimir-putin'), ('L8:وزارة الدفاع','ACTOR','RU'), ('L8:حلب','LOCATION','aleppo'),
 ('L9:ميليشيات أسد','ACTOR','SY_GOV'), ('L9:الميليشيات الإيرانية','ACTOR',IBM), ('L9:نحو 300 عنصر','QUANTITY',None,(300,True,'fighters')),
 ('L9:حزب الله','ACTOR',HZ), ('L9:لواء القدس','ACTOR',LQ), ('L9:حي حلب الجديدة','LOCATION','new-aleppo'), ('L9:ضاحية الأسد','LOCATION','dahiyat-al-assad'),
 ('L10:ميليشيات أسد','ACTOR','SY_GOV'), ('L10:نحو 275 ألف مدني','QUANTITY',None,(275000,True,'people')),
 ('L10:الأحياء الشرقية لحلب','LOCATION','east-aleppo'), ('L10:منطقة الكليات العسكرية','LOCATION','ramouseh-military-colleges'),
 ('L10:الراموسة','LOCATION','al-ramouseh'),
]
times = [
 ('L2:أمس الجمعة', FRI, 'day'),
 ('L5:مساء أمس', FRI, 'part-of-day', {'part': 'evening'}),
 ('L7:فجر اليوم السبت', D, 'part-of-day', {'part': 'morning'}),
 ('L10:منذ مطلع أيلول الماضي', '2016-09/2016-10', 'month'),
]
T = 'L2:أمس الجمعة'
SEP = 'L10:منذ مطلع أيلول الماضي'
COR = 'مراسل أورينت'
FHS = 'غرفة عمليات فتح حلب'
FIELD = 'مصادر ميدانية'
MEDIA = 'وسائل إعلام النظام'
CD = 'الدفاع المدني'
PES = 'ديمتري بيسكوف (إنترفاكس)'
events = [
 dict(type='OPERATION', trig='L2:معركة', time=T, actors=[JAF, FH], loc='L2:ريف حلب الغربي'),                                     # 1
 dict(type='OPERATION', trig='L2:الحصار', loc='L2:الأحياء الشرقية لمدينة حلب'),                                                   # 2
 dict(type='CONTROL', trig='L3:السيطرة', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L3:ضاحية الأسد', attr=COR),              # 3
 dict(type='ATTACK', trig='L3:تفجير', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L3:مدخل الضاحية الغربي',
      weapons=['L3:عربات مفخخة'], qty=['L3:ثلاث عربات مفخخة'], attr=COR),                                                      # 4
 dict(type='ATTACK', trig='L4:استهدفوا', actors=['FSA'], targets=['SY_GOV'], loc='L4:الأكاديمية العسكرية',
      weapons=['L4:صواريخ "غراد"'], qty=['L4:عشرات صواريخ "غراد"'], attr=COR),                                                  # 5
 dict(type='ATTACK', trig='L4:اشتباكات', actors=['FSA', 'SY_GOV'], loc='L4:بلدة منيان', attr=COR),                               # 6
 dict(type='STATEMENT', trig='L5:بيان', time='L5:مساء أمس', actors=[FH], attr=FHS),                                                                # 7
 dict(type='ATTACK', trig='L5:مقتل', actors=[FH], targets=['SY_GOV', IBM], qty=['L5:أكثر من 60 عنصراً'], attr=FHS),                # 8
 dict(type='ATTACK', trig='L5:تدمير', actors=[FH], targets=['SY_GOV'], attr=FHS),                                               # 9
 dict(type='ATTACK', trig='L5:قتل#1', actors=['SY_GOV'], targets=['FSA'], qty=['L5:22'], attr=FIELD),                          # 10
 dict(type='ATTACK', trig='L6:أحبط', actors=['SY_GOV'], targets=['FSA'], attr=MEDIA),                                           # 11
 dict(type='ATTACK', trig='L6:الهجوم', time=T, actors=['FSA'], targets=['SY_GOV'], attr=MEDIA),                                 # 12
 dict(type='MOVEMENT', trig='L6:أعاد التموضع', actors=['SY_GOV'], loc='L6:ضاحية الأسد', attr=MEDIA),                            # 13
 dict(type='ATTACK', trig='L6:قصف', actors=['FSA'], loc='L6:حي الحمدانية', weapons=['L6:غاز الكلور'], attr=MEDIA),               # 14
 dict(type='ATTACK', trig='L7:غارة', time='L7:فجر اليوم السبت', actors=['SY_GOV'], loc='L7:بلدات خان العسل', weapons=['L7:طائرات حربية'],
      qty=['L7:أكثر من 40 غارة', 'L7:7 مدنيين'], attr=CD),                                                                     # 15
 dict(type='AGREEMENT', trig='L8:الهدنة الإنسانية', actors=['RU'], attr=PES),                                                   # 16
 dict(type='MOVEMENT', trig='L9:دفعت', actors=['SY_GOV', IBM, HZ, LQ], loc='L9:حي حلب الجديدة', qty=['L9:نحو 300 عنصر'], attr=FIELD),  # 17
 dict(type='ATTACK', trig='L9:هجوم معاكس', mod='expected', actors=['SY_GOV', IBM], targets=['FSA'], loc='L9:ضاحية الأسد', attr=FIELD),  # 18
 dict(type='OPERATION', trig='L10:حصاراً', time=SEP, actors=['SY_GOV'], loc='L10:الأحياء الشرقية لحلب', qty=['L10:نحو 275 ألف مدني']),  # 19
 dict(type='CONTROL', trig='L10:استعادت السيطرة', time=SEP, actors=['SY_GOV'], loc='L10:منطقة الكليات العسكرية'),                 # 20
]
FD = (FRI, 'day')
TD = (D, 'day')
SM = ('2016-09/2016-10', 'month')
forces = [
 dict(actor='FSA', loc=('ضاحية الأسد', 'dahiyat-al-assad'), as_of=FD, status='controls', source=COR, line=3, events=[3]),
 dict(actor='FSA', assets='نقاط', loc=('مشروع 3000 شقة', 'project-3000-apartments'), as_of=FD, status='controls', source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', assets='تحصينات', loc=('مدخل الضاحية الغربي', 'dahiyat-al-assad-west-entrance'), as_of=FD, status='attacked',
      source=COR, line=3, events=[4]),
 dict(actor='SY_GOV', assets='مواقع', loc=('الأكاديمية العسكرية', 'aleppo-military-academy'), as_of=FD, status='attacked', source=COR, line=4, events=[5]),
 dict(actor='SY_GOV', assets='مواقع', loc=('حي الحمدانية', 'al-hamdaniya'), as_of=FD, status='attacked', source=COR, line=4, events=[5]),
 dict(actor='FSA', loc=('بلدة منيان', 'minyan'), as_of=FD, status='present', source=COR, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('بلدة منيان', 'minyan'), as_of=FD, status='present', source=COR, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('ضاحية الأسد', 'dahiyat-al-assad'), as_of=TD, status='present', source=MEDIA, line=6, events=[13]),
 dict(actor=HZ, strength=(300, True, 'fighters'), loc=('حي حلب الجديدة', 'new-aleppo'), as_of=TD, status='reinforced', source=FIELD, line=9, events=[17]),
 dict(actor=LQ, loc=('حي حلب الجديدة', 'new-aleppo'), as_of=TD, status='reinforced', source=FIELD, line=9, events=[17]),
 dict(actor='SY_GOV', loc=('الأحياء الشرقية لحلب', 'east-aleppo'), as_of=SM, status='present', line=10, events=[19]),
 dict(actor='SY_GOV', loc=('منطقة الكليات العسكرية', 'ramouseh-military-colleges'), as_of=SM, status='controls', line=10, events=[20]),
]
build('orient-aleppo-assad-suburb', None, 'أورينت نت', D, L, ents, times, events, forces)
