from build import build
L = [
'التحالف الدولي يسلّم قاعدة "كي وان" في كركوك إلى القوات العراقية',
'سلّم التحالف الدولي بقيادة الولايات المتحدة، اليوم الأحد، قاعدة "كي وان" العسكرية في محافظة كركوك شمالي العراق إلى القوات العراقية، في ثالث عملية تسليم من نوعها هذا الشهر.',
'وقالت قيادة العمليات المشتركة العراقية في بيان إن قطعات الجيش العراقي انتشرت في القاعدة فور انسحاب قوات التحالف منها، وتسلمت "بنايات ومعدات تقدر قيمتها بنحو مليون دولار".',
'وكان التحالف قد سلّم في 19 آذار/مارس قاعدة القائم قرب الحدود السورية في محافظة الأنبار، قبل أن ينسحب يوم الخميس الماضي من قاعدة القيارة الجوية جنوب الموصل.',
'وأوضح التحالف في بيان أن إعادة التموضع هذه "مخطط لها مسبقاً" ولا علاقة لها بالهجمات الأخيرة، مشيراً إلى أنه علّق أيضاً أنشطة التدريب مع القوات العراقية مؤقتاً لمنع تفشي فيروس كورونا.',
'وتأتي عمليات التسليم بعد هجوم صاروخي استهدف في 11 آذار/مارس معسكر التاجي شمال بغداد وأسفر عن مقتل جنديين أمريكيين وجندية بريطانية، ردت عليه الولايات المتحدة فجر 13 آذار/مارس بغارات جوية على خمسة مواقع لـ"كتائب حزب الله".',
'وبحسب وكالة أسوشيتد برس، بدأت القوات الأمريكية نشر منظومات دفاع جوي من طراز "باتريوت" في قاعدة عين الأسد الجوية بمحافظة الأنبار وفي أربيل، لحماية قواتها من هجمات صاروخية محتملة.',
'ويطالب البرلمان العراقي منذ كانون الثاني/يناير بانسحاب القوات الأجنبية من البلاد، إثر مقتل قائد "فيلق القدس" الإيراني قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بغارة أمريكية قرب مطار بغداد.',
'ويبلغ عدد جنود التحالف في العراق نحو 7500 جندي، بينهم نحو 5200 جندي أمريكي، ومن المقرر أن يتجمعوا خلال الأسابيع المقبلة في عدد أقل من القواعد، بعد تسليم قاعدة التقدم في الأنبار ومعسكر التاجي.',
'يُذكر أن التحالف تشكل عام 2014 لقتال تنظيم "داعش" بعد سيطرته على مساحات واسعة من العراق وسوريا، قبل أن تعلن بغداد النصر عليه نهاية عام 2017.',
]
D = '2020-03-29'
UK = 'OTHER:uk'
KH = 'OTHER:kataib-hezbollah'
PMF = 'OTHER:pmf'
ents = [
 ('L0:التحالف الدولي','ACTOR','COALITION'), ('L0:قاعدة "كي وان"','LOCATION','k1-base'), ('L0:كركوك','LOCATION','kirkuk'), ('L0:القوات العراقية','ACTOR','IQ_GOV'),
 ('L1:التحالف الدولي','ACTOR','COALITION'), ('L1:الولايات المتحدة','ACTOR','US'), ('L1:قاعدة "كي وان" العسكرية','LOCATION','k1-base'),
 ('L1:محافظة كركوك','LOCATION','kirkuk-governorate'), ('L1:العراق#0','LOCATION','iraq'), ('L1:القوات العراقية','ACTOR','IQ_GOV'),
 ('L2:قيادة العمليات المشتركة العراقية','ACTOR','IQ_GOV'), ('L2:الجيش العراقي','ACTOR','IQ_GOV'), ('L2:القاعدة','LOCATION','k1-base'),
 ('L2:قوات التحالف','ACTOR','COALITION'), ('L2:نحو مليون دولار','QUANTITY',None,(1000000,True,'other')),
 ('L3:التحالف','ACTOR','COALITION'), ('L3:قاعدة القائم','LOCATION','al-qaim-base'), ('L3:الحدود السورية','LOCATION','iraq-syria-border'),
 ('L3:محافظة الأنبار','LOCATION','anbar'), ('L3:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L3:الموصل','LOCATION','mosul'),
 ('L4:التحالف','ACTOR','COALITION'), ('L4:القوات العراقية','ACTOR','IQ_GOV'),
 ('L5:معسكر التاجي','LOCATION','camp-taji'), ('L5:بغداد','LOCATION','baghdad'), ('L5:جنديين أمريكيين','QUANTITY',None,(2,False,'killed')),
 ('L5:جنديين أمريكيين#0','ACTOR','US'), ('L5:جندية بريطانية','ACTOR',UK), ('L5:الولايات المتحدة','ACTOR','US'),
 ('L5:خمسة مواقع','QUANTITY',None,(5,False,'other')), ('L5:كتائب حزب الله','ACTOR',KH),
 ('L6:أسوشيتد برس','ORG','ap'), ('L6:القوات الأمريكية','ACTOR','US'), ('L6:منظومات دفاع جوي من طراز "باتريوت"','WEAPON','patriot'),
 ('L6:قاعدة عين الأسد الجوية','LOCATION','ain-al-asad-airbase'), ('L6:محافظة الأنبار','LOCATION','anbar'), ('L6:أربيل','LOCATION','erbil'),
 ('L7:البرلمان العراقي','ORG','iraqi-parliament'), ('L7:القوات الأجنبية','ACTOR','COALITION'), ('L7:البلاد','LOCATION','iraq'),
 ('L7:فيلق القدس','ACTOR','IR'), ('L7:قاسم سليماني','PERSON','qassem-soleimani'), ('L7:هيئة الحشد الشعبي','ACTOR',PMF),
 ('L7:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'), ('L7:مطار بغداد','LOCATION','baghdad-airport'),
 ('L8:التحالف','ACTOR','COALITION'), ('L8:العراق','LOCATION','iraq'), ('L8:نحو 7500 جندي','QUANTITY',None,(7500,True,'troops')),
 ('L8:نحو 5200 جندي','QUANTITY',None,(5200,True,'troops')), ('L8:عدد أقل من القواعد','LOCATION','coalition-bases-iraq'),
 ('L8:قاعدة التقدم','LOCATION','taqaddum-base'), ('L8:الأنبار','LOCATION','anbar'), ('L8:معسكر التاجي','LOCATION','camp-taji'),
 ('L9:التحالف','ACTOR','COALITION'), ('L9:تنظيم "داعش"','ACTOR','ISIS'), ('L9:العراق','LOCATION','iraq'), ('L9:سوريا','LOCATION','syria'),
 ('L9:بغداد','ACTOR','IQ_GOV'),
]
times = [
 ('L1:اليوم الأحد', D, 'day'),
 ('L1:هذا الشهر', '2020-03', 'month'),
 ('L3:19 آذار/مارس', '2020-03-19', 'day'),
 ('L3:يوم الخميس الماضي', '2020-03-26', 'day'),
 ('L5:11 آذار/مارس', '2020-03-11', 'day'),
 ('L5:فجر 13 آذار/مارس', '2020-03-13', 'part-of-day', {'part':'morning'}),
 ('L7:منذ كانون الثاني/يناير', '2020-01/2020-03', 'month'),
 ('L8:خلال الأسابيع المقبلة', D+'/', 'vague', {'relation':'after'}),
 ('L9:عام 2014', '2014', 'year'),
 ('L9:نهاية عام 2017', '2017', 'year'),
]
JOC = 'قيادة العمليات المشتركة العراقية'
COA = 'التحالف الدولي'
AP = 'أسوشيتد برس'
PAR = 'البرلمان العراقي'
SUN = 'L1:اليوم الأحد'
events = [
 dict(type='WITHDRAWAL', trig='L1:سلّم', time=SUN, actors=['COALITION'], loc='L1:قاعدة "كي وان" العسكرية'),
 dict(type='STATEMENT', trig='L2:قالت', actors=['IQ_GOV'], attr=JOC),
 dict(type='MOVEMENT', trig='L2:انتشرت', time=SUN, actors=['IQ_GOV'], loc='L2:القاعدة', attr=JOC),
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time=SUN, actors=['COALITION'], loc='L2:القاعدة', attr=JOC),
 dict(type='CONTROL', trig='L2:تسلمت', time=SUN, actors=['IQ_GOV'], loc='L2:القاعدة', attr=JOC, qty=['L2:نحو مليون دولار']),
 dict(type='WITHDRAWAL', trig='L3:سلّم', time='L3:19 آذار/مارس', actors=['COALITION'], loc='L3:قاعدة القائم'),
 dict(type='WITHDRAWAL', trig='L3:ينسحب', time='L3:يوم الخميس الماضي', actors=['COALITION'], loc='L3:قاعدة القيارة الجوية'),
 dict(type='STATEMENT', trig='L4:بيان', actors=['COALITION'], attr=COA),
 dict(type='WITHDRAWAL', trig='L4:إعادة التموضع', actors=['COALITION'], attr=COA),
 dict(type='ATTACK', trig='L4:الهجمات', actors=[], targets=['COALITION'], attr=COA),
 dict(type='TRAINING', trig='L4:أنشطة التدريب', actors=['COALITION','IQ_GOV'], attr=COA),
 dict(type='WITHDRAWAL', trig='L5:عمليات التسليم', actors=['COALITION']),
 dict(type='ATTACK', trig='L5:هجوم صاروخي', time='L5:11 آذار/مارس', actors=[], targets=['US', UK], loc='L5:معسكر التاجي', qty=['L5:جنديين أمريكيين']),
 dict(type='ATTACK', trig='L5:غارات جوية', time='L5:فجر 13 آذار/مارس', actors=['US'], targets=[KH], qty=['L5:خمسة مواقع']),
 dict(type='MOVEMENT', trig='L6:نشر', actors=['US'], loc='L6:قاعدة عين الأسد الجوية', attr=AP, weapons=['L6:منظومات دفاع جوي من طراز "باتريوت"']),
 dict(type='ATTACK', trig='L6:هجمات صاروخية', mod='expected', actors=[], targets=['US'], attr=AP),
 dict(type='WITHDRAWAL', trig='L7:انسحاب', mod='planned', time='L7:منذ كانون الثاني/يناير', actors=['COALITION'], loc='L7:البلاد', attr=PAR),
 dict(type='ATTACK', trig='L7:غارة', actors=['US'], targets=['IR', PMF], loc='L7:مطار بغداد'),
 dict(type='MOVEMENT', trig='L8:يتجمعوا', mod='planned', time='L8:خلال الأسابيع المقبلة', actors=['COALITION'], loc='L8:عدد أقل من القواعد'),
 dict(type='WITHDRAWAL', trig='L8:تسليم', mod='planned', time='L8:خلال الأسابيع المقبلة', actors=['COALITION'], loc='L8:قاعدة التقدم'),
 dict(type='AGREEMENT', trig='L9:تشكل', time='L9:عام 2014', actors=['COALITION']),
 dict(type='CONTROL', trig='L9:سيطرته', time='L9:عام 2014', actors=['ISIS'], loc='L9:العراق'),
 dict(type='STATEMENT', trig='L9:تعلن', time='L9:نهاية عام 2017', actors=['IQ_GOV'], attr='بغداد'),
]
OD = (D, 'day')
forces = [
 dict(actor='COALITION', loc=('قاعدة "كي وان" العسكرية','k1-base'), as_of=OD, status='withdrawn', line=1, events=[1]),
 dict(actor='IQ_GOV', loc=('قاعدة "كي وان" العسكرية','k1-base'), as_of=OD, status='controls', line=1, events=[1]),
 dict(actor='IQ_GOV', assets='قطعات الجيش العراقي', loc=('القاعدة','k1-base'), as_of=OD, status='present', source=JOC, line=2, events=[3]),
 dict(actor='COALITION', loc=('القاعدة','k1-base'), as_of=OD, status='withdrawn', source=JOC, line=2, events=[4]),
 dict(actor='IQ_GOV', assets='بنايات ومعدات', loc=('القاعدة','k1-base'), as_of=OD, status='controls', source=JOC, line=2, events=[5]),
 dict(actor='COALITION', loc=('قاعدة القائم','al-qaim-base'), as_of=('2020-03-19','day'), status='withdrawn', line=3, events=[6]),
 dict(actor='COALITION', loc=('قاعدة القيارة الجوية','qayyarah-airbase'), as_of=('2020-03-26','day'), status='withdrawn', line=3, events=[7]),
 dict(actor='US', loc=('معسكر التاجي','camp-taji'), as_of=('2020-03-11','day'), status='attacked', line=5, events=[13]),
 dict(actor=UK, loc=('معسكر التاجي','camp-taji'), as_of=('2020-03-11','day'), status='attacked', line=5, events=[13]),
 dict(actor='US', assets='منظومات دفاع جوي باتريوت', loc=('قاعدة عين الأسد الجوية','ain-al-asad-airbase'), as_of=OD, status='reinforced', source=AP, line=6, events=[15]),
 dict(actor='US', assets='منظومات دفاع جوي باتريوت', loc=('أربيل','erbil'), as_of=OD, status='reinforced', source=AP, line=6, events=[15]),
 dict(actor='COALITION', strength=(7500, True, 'troops'), loc=('العراق','iraq'), as_of=OD, status='present', line=8, events=[]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق','iraq'), as_of=OD, status='present', line=8, events=[]),
 dict(actor='COALITION', loc=('قاعدة التقدم','taqaddum-base'), as_of=OD, status='present', line=8, events=[20]),
 dict(actor='COALITION', loc=('معسكر التاجي','camp-taji'), as_of=OD, status='present', line=8, events=[20]),
 dict(actor='ISIS', assets='مساحات واسعة', loc=('العراق','iraq'), as_of=('2014','year'), status='controls', line=9, events=[22]),
 dict(actor='ISIS', assets='مساحات واسعة', loc=('سوريا','syria'), as_of=('2014','year'), status='controls', line=9, events=[22]),
]
build('euronews-k1-handover', None, 'يورونيوز عربي', D, L, ents, times, events, forces)
