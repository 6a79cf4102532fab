from build import build
L = [
'عملية أمنية واسعة ضد "داعش" في كركوك وصلاح الدين والأنبار',
'شفق نيوز/ أعلنت قيادة العمليات المشتركة العراقية، يوم الأحد، انطلاق عملية أمنية واسعة لملاحقة بقايا تنظيم داعش في محافظات كركوك وصلاح الدين والأنبار، بمشاركة قطعات من الجيش والشرطة الاتحادية والحشد الشعبي وبإسناد من المروحيات.',
'وقالت القيادة في بيان إن القوات الأمنية شرعت فجرا بتفتيش وادي زغيتون قرب ناحية الرياض جنوب غربي كركوك، حيث قتلت إرهابيين اثنين حاولا الفرار، وعثرت على مضافة تحتوي على أسلحة وأحزمة ناسفة.',
'وفي محافظة صلاح الدين، أفاد مصدر أمني لشفق نيوز بأن قوة من جهاز مكافحة الإرهاب نفذت إنزالا جويا في منطقة مطيبيجة، واعتقلت أربعة مطلوبين بينهم قيادي بارز في التنظيم يُدعى "أبو ياسر العيثاوي".',
'وأضاف المصدر أن طائرات التحالف الدولي شنت، مساء السبت، غارتين على أوكار للتنظيم في سلسلة جبال مكحول شمالي بيجي، من دون ورود معلومات عن الحصيلة.',
'أما في الأنبار، فقد نفى قائد عمليات الأنبار اللواء الركن ناصر الغنام ما تناقلته مواقع التواصل عن هجوم لعناصر "داعش" على مقر للجيش في صحراء الرطبة، مؤكدا أن الوضع الأمني في المحافظة "مستقر تماما".',
'وأوضح الغنام أن قطعات الفرقة السابعة في الجيش العراقي تواصل تمشيط وادي حوران منذ مطلع حزيران/يونيو الجاري، وأن القوات ستنشر نقاط مراقبة جديدة على الطريق الدولي الرابط بين الرطبة والحدود الأردنية خلال الأسبوع المقبل.',
'ويأتي ذلك بعد أيام من مقتل ثلاثة جنود بينهم ضابط بهجوم شنه مسلحو التنظيم على نقطة للجيش في قضاء الدبس شمال غربي كركوك، الثلاثاء الماضي.',
'وكان رئيس الوزراء مصطفى الكاظمي قد زار، في 30 أيار/مايو الماضي، مقر قيادة عمليات كركوك، موجها بتكثيف الجهد الاستخباري وتعزيز التنسيق مع قوات البيشمركة في المناطق المتنازع عليها.',
'وتقدر الأمم المتحدة أن ما بين 6 آلاف و10 آلاف عنصر من "داعش" ما زالوا ينشطون في العراق وسوريا، معظمهم في مناطق صحراوية وجبلية نائية.',
]
D = '2022-06-12'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:كركوك','LOCATION','kirkuk-governorate'), ('L0:صلاح الدين','LOCATION','salahuddin-governorate'), ('L0:الأنبار','LOCATION','anbar-governorate'),
 ('L1:شفق نيوز','ORG','shafaq-news'), ('L1:قيادة العمليات المشتركة العراقية','ACTOR','IQ_GOV'), ('L1:تنظيم داعش','ACTOR','ISIS'),
 ('L1:كركوك','LOCATION','kirkuk-governorate'), ('L1:صلاح الدين','LOCATION','salahuddin-governorate'), ('L1:الأنبار','LOCATION','anbar-governorate'),
 ('L1:الجيش','ACTOR','IQ_GOV'), ('L1:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L1:الحشد الشعبي','ACTOR','OTHER:pmf'), ('L1:المروحيات','WEAPON','helicopters'),
 ('L2:القيادة','ACTOR','IQ_GOV'), ('L2:القوات الأمنية','ACTOR','IQ_GOV'), ('L2:وادي زغيتون','LOCATION','wadi-zghaytun'),
 ('L2:ناحية الرياض','LOCATION','al-riyadh-subdistrict'), ('L2:كركوك','LOCATION','kirkuk'),
 ('L2:إرهابيين اثنين','QUANTITY',None,(2,False,'killed')), ('L2:أسلحة','WEAPON','weapons'), ('L2:أحزمة ناسفة','WEAPON','explosive-belts'),
 ('L3:محافظة صلاح الدين','LOCATION','salahuddin-governorate'), ('L3:شفق نيوز','ORG','shafaq-news'), ('L3:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L3:منطقة مطيبيجة','LOCATION','mutaibija'), ('L3:أربعة مطلوبين','QUANTITY',None,(4,False,'arrested')), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:أبو ياسر العيثاوي','PERSON','abu-yasser-al-issawi'),
 ('L4:طائرات','WEAPON','warplanes'), ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:غارتين','QUANTITY',None,(2,False,'other')),
 ('L4:لتنظيم','ACTOR','ISIS'), ('L4:سلسلة جبال مكحول','LOCATION','makhoul-mountains'), ('L4:بيجي','LOCATION','baiji'),
 ('L5:الأنبار#0','LOCATION','anbar-governorate'), ('L5:الأنبار#1','LOCATION','anbar-governorate'),
 ('L8:مصطفى الكاظمي','PERSON','mustafa-al-kadhimi'), ('L8:مقر قيادة عمليات كركوك','LOCATION','kirkuk-operations-command-hq'),
 ('L8:قوات البيشمركة','ACTOR','PESHMERGA'), ('L8:المناطق المتنازع عليها','LOCATION','iraq-disputed-territories'), ('L5:ناصر الغنام','PERSON','nasser-al-ghannam'), ('L5:داعش','ACTOR','ISIS'),
 ('L5:لجيش','ACTOR','IQ_GOV'), ('L5:صحراء الرطبة','LOCATION','rutba-desert'), ('L5:المحافظة','LOCATION','anbar-governorate'),
 ('L6:الغنام','PERSON','nasser-al-ghannam'), ('L6:الفرقة السابعة','ACTOR','IQ_GOV'), ('L6:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L6:وادي حوران','LOCATION','wadi-horan'), ('L6:القوات','ACTOR','IQ_GOV'), ('L6:الطريق الدولي','LOCATION','baghdad-amman-highway'),
 ('L6:الرطبة','LOCATION','rutba'), ('L6:الحدود الأردنية','LOCATION','iraq-jordan-border'),
 ('L7:ثلاثة جنود','QUANTITY',None,(3,False,'killed')), ('L7:التنظيم','ACTOR','ISIS'), ('L7:لجيش','ACTOR','IQ_GOV'),
 ('L7:قضاء الدبس','LOCATION','dibis-district'), ('L7:كركوك','LOCATION','kirkuk'),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:ما بين 6 آلاف و10 آلاف عنصر','QUANTITY',None,([6000,10000],True,'fighters')),
 ('L9:داعش','ACTOR','ISIS'), ('L9:العراق','LOCATION','iraq'), ('L9:سوريا','LOCATION','syria'),
]
times = [
 ('L1:يوم الأحد', D, 'day'),
 ('L2:فجرا', D, 'part-of-day', {'part':'morning'}),
 ('L4:مساء السبت', '2022-06-11', 'part-of-day', {'part':'evening'}),
 ('L6:منذ مطلع حزيران/يونيو الجاري', '2022-06/2022-06', 'month'),
 ('L6:خلال الأسبوع المقبل', '2022-06-13/2022-06-19', 'week'),
 ('L7:الثلاثاء الماضي', '2022-06-07', 'day'),
 ('L8:30 أيار/مايو الماضي', '2022-05-30', 'day'),
]
JOC='قيادة العمليات المشتركة العراقية'
SRC='مصدر أمني (شفق نيوز)'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time='L1:يوم الأحد', actors=['IQ_GOV'], attr=JOC),
 dict(type='OPERATION', trig='L1:عملية أمنية', time='L1:يوم الأحد', actors=['IQ_GOV','OTHER:pmf'], targets=['ISIS'], loc='L1:كركوك', attr=JOC, weapons=['L1:المروحيات']),
 dict(type='STATEMENT', trig='L2:بيان', time='L1:يوم الأحد', actors=['IQ_GOV'], attr=JOC),
 dict(type='OPERATION', trig='L2:بتفتيش', time='L2:فجرا', actors=['IQ_GOV'], targets=['ISIS'], loc='L2:وادي زغيتون', attr=JOC),
 dict(type='ATTACK', trig='L2:قتلت', time='L2:فجرا', actors=['IQ_GOV'], targets=['ISIS'], loc='L2:وادي زغيتون', attr=JOC, qty=['L2:إرهابيين اثنين']),
 dict(type='OPERATION', trig='L3:إنزالا جويا', time='L1:يوم الأحد', actors=['IQ_GOV'], targets=['ISIS'], loc='L3:منطقة مطيبيجة', attr=SRC),
 dict(type='ARREST', trig='L3:اعتقلت', time='L1:يوم الأحد', actors=['IQ_GOV'], targets=['ISIS'], loc='L3:منطقة مطيبيجة', attr=SRC, qty=['L3:أربعة مطلوبين']),
 dict(type='ATTACK', trig='L4:غارتين', time='L4:مساء السبت', actors=['COALITION'], targets=['ISIS'], loc='L4:سلسلة جبال مكحول', attr=SRC,
      weapons=['L4:طائرات'], qty=['L4:غارتين']),
 dict(type='ATTACK', trig='L5:هجوم', mod='denied', actors=['ISIS'], targets=['IQ_GOV'], loc='L5:صحراء الرطبة', attr='ناصر الغنام'),
 dict(type='OPERATION', trig='L6:تمشيط', time='L6:منذ مطلع حزيران/يونيو الجاري', actors=['IQ_GOV'], loc='L6:وادي حوران', attr='ناصر الغنام'),
 dict(type='BASE', trig='L6:نقاط مراقبة', mod='planned', time='L6:خلال الأسبوع المقبل', actors=['IQ_GOV'], loc='L6:الطريق الدولي', attr='ناصر الغنام'),
 dict(type='ATTACK', trig='L7:بهجوم', time='L7:الثلاثاء الماضي', actors=['ISIS'], targets=['IQ_GOV'], loc='L7:قضاء الدبس', qty=['L7:ثلاثة جنود']),
]
forces = []
for place, can in [('كركوك','kirkuk-governorate'), ('صلاح الدين','salahuddin-governorate'), ('الأنبار','anbar-governorate')]:
    for actor, assets in [('IQ_GOV','قطعات من الجيش والشرطة الاتحادية، المروحيات'), ('OTHER:pmf', None)]:
        forces.append(dict(actor=actor, assets=assets, loc=(place, can), as_of=(D,'day'), status='present', source=JOC, line=1, events=[2]))
forces += [
 dict(actor='IQ_GOV', assets='القوات الأمنية', loc=('وادي زغيتون','wadi-zghaytun'), as_of=(D,'part-of-day'), status='present', source=JOC, line=2, events=[4,5]),
 dict(actor='ISIS', loc=('وادي زغيتون','wadi-zghaytun'), as_of=(D,'part-of-day'), status='present', source=JOC, line=2, events=[5]),
 dict(actor='IQ_GOV', assets='قوة من جهاز مكافحة الإرهاب', loc=('منطقة مطيبيجة','mutaibija'), as_of=(D,'day'), status='present', source=SRC, line=3, events=[6,7]),
 dict(actor='ISIS', assets='أوكار', loc=('سلسلة جبال مكحول','makhoul-mountains'), as_of=('2022-06-11','part-of-day'), status='attacked', source=SRC, line=4, events=[8]),
 dict(actor='IQ_GOV', assets='قطعات الفرقة السابعة', loc=('وادي حوران','wadi-horan'), as_of=('2022-06/2022-06','month'), status='present', source='ناصر الغنام', line=6, events=[10]),
 dict(actor='IQ_GOV', assets='نقاط مراقبة جديدة', loc=('الطريق الدولي','baghdad-amman-highway'), as_of=('2022-06-13/2022-06-19','week'), status='planned', source='ناصر الغنام', line=6, events=[11]),
 dict(actor='IQ_GOV', assets='نقطة', loc=('قضاء الدبس','dibis-district'), as_of=('2022-06-07','day'), status='attacked', source=None, line=7, events=[12]),
 dict(actor='ISIS', strength=([6000,10000],True,'fighters'), loc=('العراق','iraq'), as_of=(D,'day'), status='present', source='الأمم المتحدة', line=9, events=[]),
 dict(actor='ISIS', strength=([6000,10000],True,'fighters'), loc=('سوريا','syria'), as_of=(D,'day'), status='present', source='الأمم المتحدة', line=9, events=[]),
]
build('shafaq-kirkuk-anbar-isis', None, 'شفق نيوز', D, L, ents, times, events, forces)
