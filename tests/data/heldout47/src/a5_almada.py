from build import build
L = [
'غارات أميركية قرب سد حديثة.. والقوات الأمنية والعشائر تستعيد بروانة',
'بغداد/ المدى: شنت طائرات أميركية، أمس الأحد، سلسلة غارات على مواقع لتنظيم "داعش" في محيط سد حديثة غربي الأنبار، بعد أسابيع من بدء حملتها الجوية على التنظيم في شمال العراق.',
'وقال المتحدث باسم وزارة الدفاع الأميركية الأدميرال جون كيربي، في بيان، إن "الضربات نفذت بطلب من الحكومة العراقية لمنع الإرهابيين من السيطرة على السد"، مضيفاً أنها دمرت عربة همفي ومدرعة ونقطة تفتيش للتنظيم.',
'وأفاد مصدر أمني في قضاء حديثة لـ"المدى" بأن "القوات الأمنية، بمساندة مقاتلي عشيرة الجغايفة، استعادت ظهر أمس ناحية بروانة الواقعة على الضفة الشرقية لنهر الفرات، بعد معارك استمرت ست ساعات".',
'وأضاف المصدر أن "نحو 30 عنصراً من داعش قتلوا، فيما انسحب الباقون باتجاه قضاء هيت"، مشيراً إلى أن قوة من سوات وصلت إلى حديثة مساء السبت لتعزيز الدفاعات حول السد.',
'ويخضع قضاء حديثة لحصار يفرضه التنظيم منذ منتصف حزيران الماضي، إذ يسيطر على الطرق المؤدية إليه من جهتي راوة وهيت، فيما يعاني نحو 100 ألف من سكانه نقصاً حاداً في الغذاء والوقود.',
'في المقابل، نفى قائد شرطة الأنبار اللواء أحمد صداك الدليمي أنباء عن سقوط ناحية البغدادي بيد التنظيم، مؤكداً أن "الشرطة والجيش وأبناء العشائر ما زالوا يسيطرون على الناحية وعلى قاعدة عين الأسد القريبة منها".',
'وكان الرئيس الأميركي باراك أوباما قد أجاز، الثلاثاء الماضي، إرسال 350 عسكرياً إضافياً لحماية السفارة الأميركية ومطار بغداد، ليصل عدد العسكريين الأميركيين في العراق إلى نحو 1200 عسكري.',
'ويتوقع مسؤولون محليون في الأنبار أن تنطلق خلال الأيام المقبلة عملية عسكرية لفك الحصار عن حديثة بالكامل وفتح الطريق باتجاه الرمادي، بمشاركة أبناء العشائر وبإسناد جوي أميركي.',
]
D = '2014-09-08'   # Monday; print daily, its "أمس" is Sunday
SUN = '2014-09-07'
TUE = '2014-09-02'
TRB = 'OTHER:arab-tribes'
ents = [
 ('L0:سد حديثة','LOCATION','haditha-dam'), ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:العشائر','ACTOR',TRB), ('L0:بروانة','LOCATION','barwana'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المدى','ORG','almada'), ('L1:طائرات أميركية','WEAPON','warplanes'), ('L1:تنظيم "داعش"','ACTOR','ISIS'),
 ('L1:محيط سد حديثة','LOCATION','haditha-dam'), ('L1:غربي الأنبار','LOCATION','west-anbar'), ('L1:التنظيم','ACTOR','ISIS'),
 ('L1:شمال العراق','LOCATION','north-iraq'),
 ('L2:وزارة الدفاع الأميركية','ACTOR','US'), ('L2:جون كيربي','PERSON','john-kirby'), ('L2:الحكومة العراقية','ACTOR','IQ_GOV'),
 ('L2:الإرهابيين','ACTOR','ISIS'), ('L2:السد','LOCATION','haditha-dam'), ('L2:عربة همفي','WEAPON','humvee'), ('L2:مدرعة','WEAPON','armoured-vehicle'),
 ('L2:لتنظيم','ACTOR','ISIS'),
 ('L3:قضاء حديثة','LOCATION','haditha'), ('L3:المدى','ORG','almada'), ('L3:القوات الأمنية','ACTOR','IQ_GOV'), ('L3:عشيرة الجغايفة','ACTOR',TRB),
 ('L3:ناحية بروانة','LOCATION','barwana'), ('L3:الضفة الشرقية لنهر الفرات','LOCATION','euphrates-east-bank'),
 ('L3:ست ساعات','QUANTITY',None,(6,False,'other')),
 ('L4:نحو 30 عنصراً','QUANTITY',None,(30,True,'killed')), ('L4:داعش','ACTOR','ISIS'), ('L4:قضاء هيت','LOCATION','hit'), ('L4:سوات','ACTOR','IQ_GOV'),
 ('L4:حديثة','LOCATION','haditha'), ('L4:السد','LOCATION','haditha-dam'),
 ('L5:قضاء حديثة','LOCATION','haditha'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:الطرق المؤدية إليه','LOCATION','haditha-roads'),
 ('L5:راوة','LOCATION','rawa'), ('L5:هيت','LOCATION','hit'), ('L5:نحو 100 ألف','QUANTITY',None,(100000,True,'people')),
 ('L6:الأنبار','LOCATION','anbar-governorate'), ('L6:أحمد صداك الدليمي','PERSON','ahmed-saddak-al-dulaimi'), ('L6:ناحية البغدادي','LOCATION','al-baghdadi'),
 ('L6:التنظيم','ACTOR','ISIS'), ('L6:الشرطة','ACTOR','IQ_GOV'), ('L6:الجيش','ACTOR','IQ_GOV'), ('L6:أبناء العشائر','ACTOR',TRB),
 ('L6:الناحية','LOCATION','al-baghdadi'), ('L6:قاعدة عين الأسد','LOCATION','ain-al-asad-base'),
 ('L7:باراك أوباما','PERSON','barack-obama'), ('L7:350 عسكرياً','QUANTITY',None,(350,False,'troops')),
 ('L7:السفارة الأميركية','LOCATION','us-embassy-baghdad'), ('L7:مطار بغداد','LOCATION','baghdad-airport'),
 ('L7:العسكريين الأميركيين','ACTOR','US'), ('L7:العراق','LOCATION','iraq'), ('L7:نحو 1200 عسكري','QUANTITY',None,(1200,True,'troops')),
 ('L8:الأنبار','LOCATION','anbar-governorate'), ('L8:حديثة','LOCATION','haditha'), ('L8:الطريق','LOCATION','haditha-ramadi-road'),
 ('L8:الرمادي','LOCATION','ramadi'), ('L8:أبناء العشائر','ACTOR',TRB),
]
times = [
 ('L1:أمس الأحد', SUN, 'day'),
 ('L3:ظهر أمس', SUN, 'part-of-day', {'part': 'noon'}),
 ('L4:مساء السبت', '2014-09-06', 'part-of-day', {'part': 'evening'}),
 ('L5:منذ منتصف حزيران الماضي', '2014-06/2014-09', 'month'),
 ('L7:الثلاثاء الماضي', TUE, 'day'),
 ('L8:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L1:أمس الأحد'
N = 'L3:ظهر أمس'
SINCE = 'L5:منذ منتصف حزيران الماضي'
KIR = 'جون كيربي'
SRC = 'مصدر أمني في قضاء حديثة (المدى)'
DUL = 'أحمد صداك الدليمي'
LOC = 'مسؤولون محليون في الأنبار'
events = [
 dict(type='ATTACK', trig='L1:غارات', time=T, actors=['US'], targets=['ISIS'], loc='L1:محيط سد حديثة', weapons=['L1:طائرات أميركية']),      # 1
 dict(type='ATTACK', trig='L1:حملتها الجوية', actors=['US'], targets=['ISIS'], loc='L1:شمال العراق'),                                        # 2
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=['US'], attr=KIR),                                                                    # 3
 dict(type='ATTACK', trig='L2:الضربات', time=T, actors=['US'], targets=['ISIS'], attr=KIR),                                                # 4
 dict(type='CONTROL', trig='L2:السيطرة', mod='expected', actors=['ISIS'], loc='L2:السد', attr=KIR),                                         # 5
 dict(type='CONTROL', trig='L3:استعادت', time=N, actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L3:ناحية بروانة', attr=SRC),                 # 6
 dict(type='ATTACK', trig='L3:معارك', time=N, actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L3:ناحية بروانة', qty=['L3:ست ساعات'], attr=SRC),  # 7
 dict(type='ATTACK', trig='L4:قتلوا', time=N, actors=['IQ_GOV', TRB], targets=['ISIS'], qty=['L4:نحو 30 عنصراً'], attr=SRC),                 # 8
 dict(type='WITHDRAWAL', trig='L4:انسحب', time=N, actors=['ISIS'], attr=SRC),                                                               # 9
 dict(type='MOVEMENT', trig='L4:وصلت', time='L4:مساء السبت', actors=['IQ_GOV'], loc='L4:حديثة', attr=SRC),                                   # 10
 dict(type='OPERATION', trig='L5:حصار', time=SINCE, actors=['ISIS'], targets=['IQ_GOV'], loc='L5:قضاء حديثة'),                                # 11
 dict(type='CONTROL', trig='L5:يسيطر', time=SINCE, actors=['ISIS'], loc='L5:الطرق المؤدية إليه'),                                           # 12
 dict(type='CONTROL', trig='L6:سقوط', mod='denied', actors=['ISIS'], targets=['IQ_GOV'], loc='L6:ناحية البغدادي', attr=DUL),                # 13
 dict(type='CONTROL', trig='L6:يسيطرون', actors=['IQ_GOV', TRB], loc='L6:الناحية', attr=DUL),                                              # 14
 dict(type='MOVEMENT', trig='L7:إرسال', mod='planned', time='L7:الثلاثاء الماضي', actors=['US'], loc='L7:السفارة الأميركية',
      qty=['L7:350 عسكرياً'], attr='باراك أوباما'),                                                                                        # 15
 dict(type='OPERATION', trig='L8:عملية عسكرية', mod='planned', time='L8:خلال الأيام المقبلة', actors=[TRB, 'US'], targets=['ISIS'], loc='L8:حديثة', attr=LOC),  # 16
 dict(type='OPERATION', trig='L8:الحصار', time=SINCE, actors=['ISIS'], targets=['IQ_GOV'], loc='L8:حديثة', attr=LOC),                        # 17
 dict(type='ATTACK', trig='L8:بإسناد', mod='planned', time='L8:خلال الأيام المقبلة', actors=['US'], targets=['ISIS'], attr=LOC),             # 18
]
SD = (SUN, 'day')
SN = (SUN, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='ISIS', assets='مواقع', loc=('محيط سد حديثة', 'haditha-dam'), as_of=SD, status='attacked', line=1, events=[1]),
 dict(actor='IQ_GOV', loc=('ناحية بروانة', 'barwana'), as_of=SN, status='controls', source=SRC, line=3, events=[6]),
 dict(actor=TRB, assets='مقاتلو عشيرة الجغايفة', loc=('ناحية بروانة', 'barwana'), as_of=SN, status='controls', source=SRC, line=3, events=[6]),
 dict(actor='IQ_GOV', loc=('ناحية بروانة', 'barwana'), as_of=SN, status='present', source=SRC, line=3, events=[7]),
 dict(actor=TRB, loc=('ناحية بروانة', 'barwana'), as_of=SN, status='present', source=SRC, line=3, events=[7]),
 dict(actor='ISIS', loc=('ناحية بروانة', 'barwana'), as_of=SN, status='present', source=SRC, line=3, events=[7]),
 dict(actor='IQ_GOV', assets='قوة من سوات', loc=('حديثة', 'haditha'), as_of=('2014-09-06', 'part-of-day'), status='reinforced', source=SRC, line=4, events=[10]),
 dict(actor='ISIS', loc=('الطرق المؤدية إليه', 'haditha-roads'), as_of=('2014-06/2014-09', 'month'), status='controls', line=5, events=[12]),
 dict(actor='IQ_GOV', loc=('الناحية', 'al-baghdadi'), as_of=DD, status='controls', source=DUL, line=6, events=[14]),
 dict(actor=TRB, loc=('الناحية', 'al-baghdadi'), as_of=DD, status='controls', source=DUL, line=6, events=[14]),
 dict(actor='IQ_GOV', loc=('قاعدة عين الأسد', 'ain-al-asad-base'), as_of=DD, status='controls', source=DUL, line=6, events=[14]),
 dict(actor=TRB, loc=('قاعدة عين الأسد', 'ain-al-asad-base'), as_of=DD, status='controls', source=DUL, line=6, events=[14]),
 dict(actor='US', strength=(350, False, 'troops'), loc=('السفارة الأميركية', 'us-embassy-baghdad'), as_of=(TUE, 'day'), status='planned',
      source='باراك أوباما', line=7, events=[15]),
 dict(actor='US', strength=(350, False, 'troops'), loc=('مطار بغداد', 'baghdad-airport'), as_of=(TUE, 'day'), status='planned',
      source='باراك أوباما', line=7, events=[15]),
 dict(actor='US', strength=(1200, True, 'troops'), loc=('العراق', 'iraq'), as_of=(TUE, 'day'), status='present', line=7, events=[]),
]
build('almada-haditha-barwana', None, 'المدى', D, L, ents, times, events, forces)
