from build import build
L = [
'القوات الأمنية ترفع العلم فوق المجمع الحكومي في الفلوجة.. والمعارك تنتقل إلى الأحياء الشمالية',
'بغداد/ المدى',
'واصلت قطعات جهاز مكافحة الإرهاب، أمس السبت، تقدمها داخل مدينة الفلوجة، بعد يوم من رفع العلم العراقي فوق المجمع الحكومي وسط المدينة، في ظل مقاومة متفرقة من عناصر داعش المتحصنين في الأحياء الشمالية.',
'وكان رئيس الوزراء حيدر العبادي قد أعلن، مساء الجمعة، في كلمة متلفزة "عودة الفلوجة إلى حضن الوطن"، مؤكداً أن ما تبقى من جيوب في المدينة سيتم تطهيره "خلال الساعات المقبلة".',
'وقال قائد عمليات تحرير الفلوجة الفريق الركن عبد الوهاب الساعدي لـ"المدى" إن قواته باتت تسيطر على أكثر من 80 في المئة من مساحة المدينة، وإن "المعارك الأعنف" تدور حالياً في حي الجولان ومنطقة الجسر الحديدي شمال غربي الفلوجة.',
'في المقابل، أكد المتحدث باسم هيئة الحشد الشعبي أحمد الأسدي أن فصائل الحشد "لن تدخل" مركز المدينة، وأنها تمسك حالياً بالأطراف الشمالية والغربية للفلوجة.',
'وكان مسؤولون محليون في الأنبار قد اتهموا عناصر في فصائل منضوية في الحشد الشعبي باحتجاز مئات الرجال الفارين من ناحية الصقلاوية شمال الفلوجة مطلع الشهر الجاري، لا يزال أكثر من 600 منهم في عداد المفقودين، وهو ما نفته قيادة الحشد.',
'وبحسب المجلس النرويجي للاجئين، فإن أكثر من 84 ألف مدني فروا من الفلوجة وأطرافها منذ انطلاق العمليات العسكرية في 23 أيار الماضي، يقيم معظمهم في مخيمات مكتظة في عامرية الفلوجة والحبانية.',
'من جانبه، قال المتحدث باسم التحالف الدولي العقيد كريستوفر غارفر إن طائرات التحالف نفذت أكثر من 100 ضربة جوية في الفلوجة ومحيطها منذ بدء الهجوم، أسفرت عن مقتل نحو 500 من عناصر التنظيم.',
'وفي سياق متصل، أفاد مصدر أمني في الأنبار بأن عناصر التنظيم هاجموا فجر أمس بسيارتين مفخختين مواقع للجيش في منطقة الحلابسة جنوب غربي الفلوجة، إلا أن القوات تمكنت من تدميرهما قبل وصولهما إلى أهدافهما.',
'ويرى مراقبون أن الحكومة ستتجه بعد حسم معركة الفلوجة إلى معركة الموصل، إذ وصلت خلال الأسابيع الماضية تعزيزات عسكرية كبيرة إلى قضاء مخمور جنوب شرقي الموصل، حيث تنتشر قوة من مشاة البحرية الأمريكية منذ آذار الماضي.',
]
D = '2016-06-19'
SAT = '2016-06-18'
FRI = '2016-06-17'
PMF = 'OTHER:pmf'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:المجمع الحكومي','LOCATION','fallujah-government-complex'), ('L0:الفلوجة','LOCATION','fallujah'),
 ('L0:الأحياء الشمالية','LOCATION','fallujah-north-neighbourhoods'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المدى','ORG','almada'),
 ('L2:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L2:مدينة الفلوجة','LOCATION','fallujah'), ('L2:المجمع الحكومي','LOCATION','fallujah-government-complex'),
 ('L2:المدينة','LOCATION','fallujah'), ('L2:داعش','ACTOR','ISIS'), ('L2:الأحياء الشمالية','LOCATION','fallujah-north-neighbourhoods'),
 ('L3:حيدر العبادي','PERSON','haider-al-abadi'), ('L3:الفلوجة','LOCATION','fallujah'), ('L3:جيوب','LOCATION','fallujah-pockets'),
 ('L3:المدينة','LOCATION','fallujah'),
 ('L4:الفلوجة#0','LOCATION','fallujah'), ('L4:عبد الوهاب الساعدي','PERSON','abdul-wahab-al-saadi'), ('L4:المدى','ORG','almada'),
 ('L4:أكثر من 80 في المئة','QUANTITY',None,(80,True,'other')), ('L4:المدينة','LOCATION','fallujah'), ('L4:حي الجولان','LOCATION','al-jolan'),
 ('L4:منطقة الجسر الحديدي','LOCATION','fallujah-iron-bridge'), ('L4:الفلوجة#1','LOCATION','fallujah'),
 ('L5:هيئة الحشد الشعبي','ACTOR',PMF), ('L5:أحمد الأسدي','PERSON','ahmed-al-asadi'), ('L5:فصائل الحشد','ACTOR',PMF),
 ('L5:مركز المدينة','LOCATION','fallujah-centre'), ('L5:الأطراف الشمالية والغربية للفلوجة','LOCATION','fallujah-north-west-outskirts'),
 ('L6:الأنبار','LOCATION','anbar'), ('L6:الحشد الشعبي','ACTOR',PMF), ('L6:مئات الرجال','QUANTITY',None,([100,999],True,'arrested')),
 ('L6:ناحية الصقلاوية','LOCATION','saqlawiya'), ('L6:الفلوجة','LOCATION','fallujah'), ('L6:أكثر من 600','QUANTITY',None,(600,True,'people')),
 ('L6:قيادة الحشد','ACTOR',PMF),
 ('L7:المجلس النرويجي للاجئين','ORG','nrc'), ('L7:أكثر من 84 ألف مدني','QUANTITY',None,(84000,True,'people')), ('L7:الفلوجة#0','LOCATION','fallujah'),
 ('L7:عامرية الفلوجة','LOCATION','amiriyat-al-fallujah'), ('L7:الحبانية','LOCATION','habbaniyah'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:كريستوفر غارفر','PERSON','christopher-garver'), ('L8:طائرات','WEAPON','warplanes'),
 ('L8:التحالف#1','ACTOR','COALITION'), ('L8:أكثر من 100 ضربة جوية','QUANTITY',None,(100,True,'other')), ('L8:الفلوجة','LOCATION','fallujah'),
 ('L8:نحو 500','QUANTITY',None,(500,True,'killed')), ('L8:التنظيم','ACTOR','ISIS'),
 ('L9:الأنبار','LOCATION','anbar'), ('L9:التنظيم','ACTOR','ISIS'), ('L9:سيارتين مفخختين','QUANTITY',None,(2,False,'vehicles')),
 ('L9:سيارتين مفخختين#0','WEAPON','car-bombs'), ('L9:لجيش','ACTOR','IQ_GOV'), ('L9:منطقة الحلابسة','LOCATION','al-halabsa'),
 ('L9:الفلوجة','LOCATION','fallujah'), ('L9:القوات','ACTOR','IQ_GOV'),
 ('L10:الحكومة','ACTOR','IQ_GOV'), ('L10:الفلوجة','LOCATION','fallujah'), ('L10:الموصل#0','LOCATION','mosul'), ('L10:قضاء مخمور','LOCATION','makhmour'),
 ('L10:الموصل#1','LOCATION','mosul'), ('L10:مشاة البحرية الأمريكية','ACTOR','US'),
]
times = [
 ('L2:أمس السبت', SAT, 'day'),
 ('L3:مساء الجمعة', FRI, 'part-of-day', {'part':'evening'}),
 ('L3:خلال الساعات المقبلة', FRI+'/', 'vague', {'relation':'after'}),
 ('L6:مطلع الشهر الجاري', '2016-06', 'month'),
 ('L7:23 أيار الماضي', '2016-05-23', 'day'),
 ('L9:فجر أمس', SAT, 'part-of-day', {'part':'morning'}),
 ('L10:خلال الأسابيع الماضية', None, 'vague', {'relation':'before'}),
 ('L10:منذ آذار الماضي', '2016-03/2016-06', 'month'),
]
ABD = 'حيدر العبادي'
SAD = 'عبد الوهاب الساعدي (المدى)'
ASA = 'أحمد الأسدي'
ACC = 'مسؤولون محليون في الأنبار'
NRC = 'المجلس النرويجي للاجئين'
GAR = 'كريستوفر غارفر'
SEC = 'مصدر أمني في الأنبار'
OBS = 'مراقبون'
events = [
 dict(type='MOVEMENT', trig='L2:تقدمها', time='L2:أمس السبت', actors=['IQ_GOV'], loc='L2:مدينة الفلوجة'),
 dict(type='CONTROL', trig='L2:رفع العلم', actors=['IQ_GOV'], targets=['ISIS'], loc='L2:المجمع الحكومي'),
 dict(type='ATTACK', trig='L2:مقاومة', time='L2:أمس السبت', actors=['ISIS'], targets=['IQ_GOV'], loc='L2:الأحياء الشمالية'),
 dict(type='STATEMENT', trig='L3:أعلن', time='L3:مساء الجمعة', actors=['IQ_GOV'], attr=ABD),
 dict(type='CONTROL', trig='L3:عودة', time='L3:مساء الجمعة', actors=['IQ_GOV'], loc='L3:الفلوجة', attr=ABD),
 dict(type='OPERATION', trig='L3:تطهيره', mod='planned', time='L3:خلال الساعات المقبلة', actors=['IQ_GOV'], targets=['ISIS'], loc='L3:جيوب', attr=ABD),
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr=SAD),
 dict(type='CONTROL', trig='L4:تسيطر', actors=['IQ_GOV'], loc='L4:المدينة', attr=SAD, qty=['L4:أكثر من 80 في المئة']),
 dict(type='ATTACK', trig='L4:المعارك', actors=['IQ_GOV','ISIS'], loc='L4:حي الجولان', attr=SAD),
 dict(type='STATEMENT', trig='L5:أكد', actors=[PMF], attr=ASA),
 dict(type='MOVEMENT', trig='L5:تدخل', mod='denied', actors=[PMF], loc='L5:مركز المدينة', attr=ASA),
 dict(type='CONTROL', trig='L5:تمسك', actors=[PMF], loc='L5:الأطراف الشمالية والغربية للفلوجة', attr=ASA),
 dict(type='ARREST', trig='L6:احتجاز', time='L6:مطلع الشهر الجاري', actors=[PMF], loc='L6:ناحية الصقلاوية', attr=ACC, qty=['L6:مئات الرجال']),
 dict(type='OPERATION', trig='L7:العمليات العسكرية', time='L7:23 أيار الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:الفلوجة#0', attr=NRC),
 dict(type='STATEMENT', trig='L8:قال', actors=['COALITION'], attr=GAR),
 dict(type='ATTACK', trig='L8:ضربة جوية', actors=['COALITION'], targets=['ISIS'], loc='L8:الفلوجة', attr=GAR,
      weapons=['L8:طائرات'], qty=['L8:أكثر من 100 ضربة جوية','L8:نحو 500']),
 dict(type='ATTACK', trig='L9:هاجموا', time='L9:فجر أمس', actors=['ISIS'], targets=['IQ_GOV'], loc='L9:منطقة الحلابسة', attr=SEC,
      weapons=['L9:سيارتين مفخختين#0'], qty=['L9:سيارتين مفخختين']),
 dict(type='ATTACK', trig='L9:تدميرهما', time='L9:فجر أمس', actors=['IQ_GOV'], targets=['ISIS'], loc='L9:منطقة الحلابسة', attr=SEC),
 dict(type='OPERATION', trig='L10:معركة#0', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:الفلوجة', attr=OBS),
 dict(type='OPERATION', trig='L10:معركة#1', mod='planned', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:الموصل#0', attr=OBS),
 dict(type='MOVEMENT', trig='L10:وصلت', time='L10:خلال الأسابيع الماضية', actors=['IQ_GOV'], loc='L10:قضاء مخمور'),
 dict(type='MOVEMENT', trig='L10:تنتشر', time='L10:منذ آذار الماضي', actors=['US'], loc='L10:قضاء مخمور'),
]
OD = (D, 'day')
SD = (SAT, 'day')
forces = [
 dict(actor='IQ_GOV', assets='قطعات جهاز مكافحة الإرهاب', loc=('مدينة الفلوجة','fallujah'), as_of=SD, status='present', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('المجمع الحكومي','fallujah-government-complex'), as_of=SD, status='controls', line=2, events=[2]),
 dict(actor='ISIS', loc=('الأحياء الشمالية','fallujah-north-neighbourhoods'), as_of=SD, status='present', line=2, events=[3]),
 dict(actor='IQ_GOV', loc=('الفلوجة','fallujah'), as_of=(FRI, 'part-of-day'), status='controls', source=ABD, line=3, events=[5]),
 dict(actor='IQ_GOV', loc=('المدينة','fallujah'), as_of=OD, status='controls', source=SAD, line=4, events=[8]),
 dict(actor='IQ_GOV', loc=('حي الجولان','al-jolan'), as_of=OD, status='present', source=SAD, line=4, events=[9]),
 dict(actor='ISIS', loc=('حي الجولان','al-jolan'), as_of=OD, status='present', source=SAD, line=4, events=[9]),
 dict(actor='IQ_GOV', loc=('منطقة الجسر الحديدي','fallujah-iron-bridge'), as_of=OD, status='present', source=SAD, line=4, events=[9]),
 dict(actor='ISIS', loc=('منطقة الجسر الحديدي','fallujah-iron-bridge'), as_of=OD, status='present', source=SAD, line=4, events=[9]),
 dict(actor=PMF, loc=('الأطراف الشمالية والغربية للفلوجة','fallujah-north-west-outskirts'), as_of=OD, status='controls', source=ASA, line=5, events=[12]),
 dict(actor='IQ_GOV', loc=('الفلوجة','fallujah'), as_of=('2016-05-23','day'), status='present', source=NRC, line=7, events=[14]),
 dict(actor='ISIS', loc=('الفلوجة','fallujah'), as_of=OD, status='attacked', source=GAR, line=8, events=[16]),
 dict(actor='IQ_GOV', assets='مواقع', loc=('منطقة الحلابسة','al-halabsa'), as_of=(SAT, 'part-of-day'), status='attacked', source=SEC, line=9, events=[17]),
 dict(actor='IQ_GOV', assets='تعزيزات عسكرية كبيرة', loc=('قضاء مخمور','makhmour'), as_of=(None, 'vague'), status='reinforced', line=10, events=[21]),
 dict(actor='US', assets='قوة من مشاة البحرية', loc=('قضاء مخمور','makhmour'), as_of=('2016-03/2016-06','month'), status='present', line=10, events=[22]),
]
build('almada-fallujah-government-complex', None, 'المدى', D, L, ents, times, events, forces)
