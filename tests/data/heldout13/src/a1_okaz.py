from build import build
L = [
'قوات الأسد تستعيد السفيرة بمساندة "حزب الله".. والجيش الحر: انسحاب تكتيكي',
'عكاظ (بيروت)',
'سيطرت قوات نظام الأسد، أمس (الجمعة)، على مدينة السفيرة في ريف حلب الجنوبي الشرقي، بعد معارك استمرت نحو ثلاثة أسابيع مع كتائب الجيش السوري الحر، شارك فيها مقاتلون من ميليشيا "حزب الله" اللبناني و"لواء أبو الفضل العباس" العراقي، بحسب المرصد السوري لحقوق الإنسان.',
'وقال قائد ميداني في "لواء التوحيد" لـ"عكاظ" إن الثوار انسحبوا من المدينة فجر الجمعة باتجاه قرى الريف الشرقي "حفاظاً على أرواح من تبقى من المدنيين"، بعد حصار خانق فرضته قوات النظام عليها من ثلاث جهات.',
'وأضاف أن نحو 1500 مقاتل من قوات النظام والميليشيات الموالية لها شاركوا في الهجوم الأخير على المدينة، بغطاء من الطيران الحربي الذي شن عشرات الغارات على أحيائها ليل الخميس.',
'في المقابل، نقلت وكالة الأنباء الرسمية "سانا" عن مصدر عسكري أن وحدات الجيش "أعادت الأمن والاستقرار" إلى السفيرة بعد أن "قضت على أعداد كبيرة من الإرهابيين"، وباشرت تفكيك العبوات الناسفة المزروعة في شوارعها.',
'وتكتسب السفيرة أهمية استراتيجية لملاصقتها معامل الدفاع، أكبر المنشآت العسكرية في شمال سوريا والخاضعة لسيطرة النظام، والتي يحاصرها الثوار جزئياً منذ أغسطس الماضي.',
'ورجح مصدر في الجيش الحر أن تواصل قوات النظام تقدمها خلال الأيام المقبلة نحو تل عرن وتل حاصل لتأمين طريق مطار حلب الدولي، مشيراً إلى أن الفصائل عززت مواقعها في المنطقة بمئات المقاتلين.',
'من جهته، قال رئيس هيئة الأركان في الجيش الحر اللواء سليم إدريس إن "معركة حلب لم تنته بعد"، متهماً إيران بإرسال آلاف المقاتلين من العراق ولبنان إلى ريف حلب.',
'وأفادت الأمم المتحدة بأن أكثر من 130 ألف شخص نزحوا من السفيرة والقرى المحيطة بها منذ بدء الهجوم مطلع أكتوبر الماضي، لجأ معظمهم إلى مناطق قريبة من الحدود التركية.',
'وكان مسؤول أمريكي قد أكد لشبكة "سي إن إن" أن طائرات إسرائيلية أغارت ليل الأربعاء - الخميس على قاعدة للدفاع الجوي قرب مدينة اللاذقية، مستهدفة شحنة صواريخ روسية الصنع يعتقد أنها كانت معدة لـ"حزب الله".',
]
D = '2013-11-02'   # Saturday; a Jeddah print daily: its أمس (الجمعة) is 2013-11-01
Y = '2013-11-01'
AFA = 'OTHER:abu-al-fadl-al-abbas'
TAW = 'OTHER:liwa-al-tawhid'
PGM = 'OTHER:pro-government-militias'
ISR = 'OTHER:israel'
ents = [
 ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:السفيرة','LOCATION','al-safira'), ('L0:حزب الله','ACTOR','HEZBOLLAH'), ('L0:الجيش الحر','ACTOR','FSA'),
 ('L1:عكاظ','ORG','okaz'), ('L1:بيروت','LOCATION','beirut'),
 ('L2:قوات نظام الأسد','ACTOR','SY_GOV'), ('L2:مدينة السفيرة','LOCATION','al-safira'), ('L2:ريف حلب الجنوبي الشرقي','LOCATION','aleppo-southeast-countryside'),
 ('L2:نحو ثلاثة أسابيع','QUANTITY',None,(3,True,'other')), ('L2:الجيش السوري الحر','ACTOR','FSA'), ('L2:حزب الله','ACTOR','HEZBOLLAH'),
 ('L2:لواء أبو الفضل العباس','ACTOR',AFA), ('L2:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L3:لواء التوحيد','ACTOR',TAW), ('L3:عكاظ','ORG','okaz'), ('L3:الثوار','ACTOR','FSA'), ('L3:المدينة','LOCATION','al-safira'),
 ('L3:قرى الريف الشرقي','LOCATION','aleppo-east-countryside-villages'), ('L3:قوات النظام','ACTOR','SY_GOV'),
 ('L4:نحو 1500 مقاتل','QUANTITY',None,(1500,True,'fighters')), ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:الميليشيات الموالية لها','ACTOR',PGM),
 ('L4:المدينة','LOCATION','al-safira'), ('L4:الطيران الحربي','ACTOR','SY_GOV'), ('L4:عشرات الغارات','QUANTITY',None,([24,99],True,'other')),
 ('L5:سانا','ORG','sana'), ('L5:الجيش','ACTOR','SY_GOV'), ('L5:السفيرة','LOCATION','al-safira'), ('L5:الإرهابيين','ACTOR','FSA'),
 ('L5:العبوات الناسفة','WEAPON','ieds'),
 ('L6:السفيرة','LOCATION','al-safira'), ('L6:معامل الدفاع','LOCATION','aleppo-defence-factories'), ('L6:شمال سوريا','LOCATION','north-syria'),
 ('L6:النظام','ACTOR','SY_GOV'), ('L6:الثوار','ACTOR','FSA'),
 ('L7:الجيش الحر','ACTOR','FSA'), ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:تل عرن','LOCATION','tal-aran'), ('L7:تل حاصل','LOCATION','tal-hasil'),
 ('L7:طريق مطار حلب الدولي','LOCATION','aleppo-airport-road'), ('L7:الفصائل','ACTOR','FSA'), ('L7:المنطقة','LOCATION','al-safira-area'),
 ('L7:مئات المقاتلين','QUANTITY',None,([100,999],True,'fighters')),
 ('L8:الجيش الحر','ACTOR','FSA'), ('L8:سليم إدريس','PERSON','salim-idris'), ('L8:حلب#0','LOCATION','aleppo'), ('L8:إيران','ACTOR','IR'),
 ('L8:آلاف المقاتلين','QUANTITY',None,([1000,9999],True,'fighters')), ('L8:العراق','LOCATION','iraq'), ('L8:لبنان','LOCATION','lebanon'),
 ('L8:ريف حلب','LOCATION','aleppo-countryside'),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:أكثر من 130 ألف شخص','QUANTITY',None,(130000,True,'people')), ('L9:السفيرة','LOCATION','al-safira'),
 ('L9:القرى المحيطة بها','LOCATION','al-safira-surrounding-villages'), ('L9:مناطق قريبة من الحدود التركية','LOCATION','syria-turkey-border-areas'),
 ('L10:سي إن إن','ORG','cnn'), ('L10:طائرات','WEAPON','warplanes'), ('L10:مدينة اللاذقية','LOCATION','latakia'), ('L10:صواريخ','WEAPON','missiles'),
 ('L10:حزب الله','ACTOR','HEZBOLLAH'),
]
SINCE = '2013-08/2013-11'
times = [
 ('L2:أمس (الجمعة)', Y, 'day'),
 ('L3:فجر الجمعة', Y, 'part-of-day', {'part':'morning'}),
 ('L4:ليل الخميس', '2013-10-31', 'part-of-day', {'part':'night'}),
 ('L6:منذ أغسطس الماضي', SINCE, 'month'),
 ('L7:خلال الأيام المقبلة', D+'/', 'vague', {'relation':'after'}),
 ('L9:مطلع أكتوبر الماضي', '2013-10', 'month'),
 ('L10:ليل الأربعاء - الخميس', '2013-10-30', 'part-of-day', {'part':'night'}),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
TAWS = 'قائد ميداني في لواء التوحيد (عكاظ)'
SANA = 'مصدر عسكري (سانا)'
FSAS = 'مصدر في الجيش الحر'
IDR = 'سليم إدريس'
UN = 'الأمم المتحدة'
USO = 'مسؤول أمريكي (سي إن إن)'
FRI = 'L2:أمس (الجمعة)'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=FRI, actors=['SY_GOV'], targets=['FSA'], loc='L2:مدينة السفيرة', attr=SOHR),                 # 1
 dict(type='ATTACK', trig='L2:معارك', actors=['SY_GOV','FSA','HEZBOLLAH',AFA], loc='L2:مدينة السفيرة', attr=SOHR,
      qty=['L2:نحو ثلاثة أسابيع']),                                                                                                  # 2
 dict(type='WITHDRAWAL', trig='L3:انسحبوا', time='L3:فجر الجمعة', actors=['FSA'], loc='L3:المدينة', attr=TAWS),                       # 3
 dict(type='OPERATION', trig='L3:حصار', actors=['SY_GOV'], targets=['FSA'], loc='L3:المدينة', attr=TAWS),                           # 4
 dict(type='ATTACK', trig='L4:الهجوم', actors=['SY_GOV',PGM], targets=['FSA'], loc='L4:المدينة', attr=TAWS, qty=['L4:نحو 1500 مقاتل']),  # 5
 dict(type='ATTACK', trig='L4:الغارات', time='L4:ليل الخميس', actors=['SY_GOV'], attr=TAWS, qty=['L4:عشرات الغارات']),              # 6
 dict(type='CONTROL', trig='L5:أعادت الأمن', time=FRI, actors=['SY_GOV'], loc='L5:السفيرة', attr=SANA),                              # 7
 dict(type='ATTACK', trig='L5:قضت على', actors=['SY_GOV'], targets=['FSA'], attr=SANA),                                              # 8
 dict(type='OPERATION', trig='L5:تفكيك', actors=['SY_GOV'], attr=SANA),                                                              # 9
 dict(type='CONTROL', trig='L6:الخاضعة لسيطرة', actors=['SY_GOV'], loc='L6:معامل الدفاع'),                                           # 10
 dict(type='OPERATION', trig='L6:يحاصرها', time='L6:منذ أغسطس الماضي', actors=['FSA'], targets=['SY_GOV'], loc='L6:معامل الدفاع'),   # 11
 dict(type='MOVEMENT', trig='L7:تقدمها', mod='planned', time='L7:خلال الأيام المقبلة', actors=['SY_GOV'], loc='L7:تل عرن', attr=FSAS),  # 12
 dict(type='MOVEMENT', trig='L7:عززت', actors=['FSA'], loc='L7:المنطقة', attr=FSAS, qty=['L7:مئات المقاتلين']),                      # 13
 dict(type='STATEMENT', trig='L8:قال', actors=['FSA'], attr=IDR),                                                                    # 14
 dict(type='OPERATION', trig='L8:معركة', loc='L8:حلب#0', attr=IDR),                                                                  # 15
 dict(type='MOVEMENT', trig='L8:بإرسال', actors=['IR'], loc='L8:ريف حلب', attr=IDR, qty=['L8:آلاف المقاتلين']),                       # 16
 dict(type='OPERATION', trig='L9:الهجوم', time='L9:مطلع أكتوبر الماضي', loc='L9:السفيرة', attr=UN),                                  # 17
 dict(type='ATTACK', trig='L10:أغارت', time='L10:ليل الأربعاء - الخميس', actors=[ISR], targets=['SY_GOV'], loc='L10:مدينة اللاذقية',
      attr=USO, weapons=['L10:طائرات']),                                                                                              # 18
]
YD = (Y, 'day')
OD = (D, 'day')
VG = (None, 'vague')
SG = (SINCE, 'month')
forces = [
 dict(actor='SY_GOV', loc=('مدينة السفيرة','al-safira'), as_of=YD, status='controls', source=SOHR, line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة السفيرة','al-safira'), as_of=YD, status='present', source=SOHR, line=2, events=[2]),
 dict(actor='FSA', loc=('مدينة السفيرة','al-safira'), as_of=YD, status='present', source=SOHR, line=2, events=[2]),
 dict(actor='HEZBOLLAH', loc=('مدينة السفيرة','al-safira'), as_of=YD, status='present', source=SOHR, line=2, events=[2]),
 dict(actor=AFA, loc=('مدينة السفيرة','al-safira'), as_of=YD, status='present', source=SOHR, line=2, events=[2]),
 dict(actor='FSA', loc=('المدينة','al-safira'), as_of=(Y, 'part-of-day'), status='withdrawn', source=TAWS, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('المدينة','al-safira'), as_of=VG, status='present', source=TAWS, line=3, events=[4]),
 dict(actor='FSA', loc=('المدينة','al-safira'), as_of=VG, status='present', source=TAWS, line=3, events=[4]),
 dict(actor='SY_GOV', strength=(1500, True, 'fighters'), loc=('المدينة','al-safira'), as_of=VG, status='present', source=TAWS, line=4, events=[5]),
 dict(actor=PGM, loc=('المدينة','al-safira'), as_of=VG, status='present', source=TAWS, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('السفيرة','al-safira'), as_of=YD, status='controls', source=SANA, line=5, events=[7]),
 dict(actor='SY_GOV', loc=('معامل الدفاع','aleppo-defence-factories'), as_of=OD, status='controls', line=6, events=[10]),
 dict(actor='FSA', loc=('معامل الدفاع','aleppo-defence-factories'), as_of=SG, status='present', line=6, events=[11]),
 dict(actor='SY_GOV', loc=('معامل الدفاع','aleppo-defence-factories'), as_of=SG, status='present', line=6, events=[11]),
 dict(actor='FSA', strength=([100, 999], True, 'fighters'), assets='مواقع', loc=('المنطقة','al-safira-area'), as_of=VG, status='reinforced',
      source=FSAS, line=7, events=[13]),
 dict(actor='IR', strength=([1000, 9999], True, 'fighters'), assets='مقاتلون من العراق ولبنان', loc=('ريف حلب','aleppo-countryside'), as_of=VG,
      status='reinforced', source=IDR, line=8, events=[16]),
 dict(actor='SY_GOV', assets='قاعدة للدفاع الجوي', loc=('مدينة اللاذقية','latakia'), as_of=('2013-10-30', 'part-of-day'), status='attacked',
      source=USO, line=10, events=[18]),
]
build('okaz-safira', None, 'عكاظ', D, L, ents, times, events, forces)
