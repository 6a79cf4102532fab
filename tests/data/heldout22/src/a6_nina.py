from build import build
L = [
'كركوك: استمرار عمليات تطهير الأحياء من فلول داعش لليوم الثاني وتمديد حظر التجوال',
'كركوك /نينا/ - واصلت القوات الأمنية وقوات البيشمركة، اليوم السبت، عمليات تطهير عدد من أحياء مدينة كركوك من بقايا عناصر عصابات داعش الإرهابية الذين تسللوا إلى المدينة فجر أمس الجمعة.',
'وقال مصدر في شرطة كركوك لمراسل /نينا/ إن القوات الأمنية تخوض اشتباكات متقطعة مع مسلحين يتحصنون في فندق "سنوبار" وسط حي العروبة، وتمكنت من قتل خمسة منهم بينهم انتحاري فجّر حزامه الناسف قبل أن يقترب من مواقعها.',
'وأضاف المصدر أن حصيلة ضحايا الهجوم الذي استهدف مبنى المحافظة ومراكز للشرطة ومقرات أمنية ارتفعت إلى 46 قتيلاً وأكثر من 130 جريحاً معظمهم من عناصر الأمن، في حين بلغ عدد قتلى التنظيم 63 عنصراً.',
'وفي قضاء دبس شمال غربي كركوك، هاجم انتحاريون من التنظيم فجر أمس محطة كهرباء قيد الإنشاء، ما أسفر عن مقتل 16 شخصاً بينهم أربعة فنيين إيرانيين وعدد من عناصر حماية المحطة، قبل أن يفجروا أنفسهم.',
'وأعلن جهاز مكافحة الإرهاب وصول قوة من الفرقة الذهبية إلى كركوك ليل أمس على متن طائرات نقل عسكرية قادمة من بغداد، فيما دفعت وزارة الداخلية بفوجين من قوات الرد السريع من محافظة صلاح الدين لتعزيز الانتشار الأمني في المدينة.',
'من جهته، قال محافظ كركوك نجم الدين كريم في مؤتمر صحفي إن "الوضع تحت السيطرة"، وإن الهجوم "محاولة يائسة من داعش لتخفيف الضغط عن مسلحيه في الموصل"، معلناً تمديد حظر التجوال في المدينة حتى إشعار آخر.',
'ويأتي الهجوم بعد أربعة أيام من انطلاق عمليات "قادمون يا نينوى" لتحرير مدينة الموصل، حيث أعلنت خلية الإعلام الحربي اليوم أن قطعات جهاز مكافحة الإرهاب دخلت مركز قضاء الحمدانية واشتبكت مع عناصر التنظيم في أحيائه الشمالية، بعد تحرير ناحية برطلة الخميس الماضي.',
'من جانبه، ذكر التحالف الدولي في بيان أن طائراته نفذت أمس 13 ضربة جوية ضد أهداف لداعش قرب الموصل وكركوك، دمرت خلالها ثلاثة مدافع هاون وأربع عربات مفخخة.',
'ويقدر مسؤولون عسكريون عراقيون عدد مسلحي داعش المتبقين داخل الموصل بنحو خمسة آلاف مسلح، فيما ينتشر في العراق نحو 5 آلاف من العسكريين الأمريكيين يقدمون الاستشارة والإسناد الجوي للعمليات.',
]
D = '2016-10-22'   # Saturday; Iraqi national news agency, copy of its day
FRI = '2016-10-21'
PM = 'PESHMERGA'
SRC = 'مصدر في شرطة كركوك'
ents = [
 ('L0:كركوك','LOCATION','kirkuk'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:كركوك#0','LOCATION','kirkuk'), ('L1:نينا','ORG','nina'), ('L1:القوات الأمنية','ACTOR','IQ_GOV'), ('L1:قوات البيشمركة','ACTOR',PM),
 ('L1:مدينة كركوك','LOCATION','kirkuk'), ('L1:عصابات داعش','ACTOR','ISIS'), ('L1:المدينة','LOCATION','kirkuk'),
 ('L2:شرطة كركوك','ACTOR','IQ_GOV'), ('L2:نينا','ORG','nina'), ('L2:القوات الأمنية','ACTOR','IQ_GOV'), ('L2:فندق "سنوبار"','LOCATION','snowbar-hotel'),
 ('L2:حي العروبة','LOCATION','al-uruba'), ('L2:خمسة','QUANTITY',None,(5,False,'killed')), ('L2:حزامه الناسف','WEAPON','suicide-belt'),
 ('L3:مبنى المحافظة','LOCATION','kirkuk-governorate-building'), ('L3:46 قتيلاً','QUANTITY',None,(46,False,'killed')),
 ('L3:أكثر من 130 جريحاً','QUANTITY',None,(130,True,'wounded')), ('L3:التنظيم','ACTOR','ISIS'), ('L3:63 عنصراً','QUANTITY',None,(63,False,'killed')),
 ('L4:قضاء دبس','LOCATION','dibis'), ('L4:كركوك','LOCATION','kirkuk'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:محطة كهرباء','LOCATION','dibis-power-station'),
 ('L4:16 شخصاً','QUANTITY',None,(16,False,'killed')), ('L4:أربعة فنيين','QUANTITY',None,(4,False,'killed')), ('L4:المحطة','LOCATION','dibis-power-station'),
 ('L5:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L5:الفرقة الذهبية','ACTOR','IQ_GOV'), ('L5:كركوك','LOCATION','kirkuk'),
 ('L5:طائرات نقل عسكرية','WEAPON','transport-aircraft'), ('L5:بغداد','LOCATION','baghdad'), ('L5:وزارة الداخلية','ACTOR','IQ_GOV'),
 ('L5:فوجين','QUANTITY',None,(2,False,'other')), ('L5:قوات الرد السريع','ACTOR','IQ_GOV'), ('L5:محافظة صلاح الدين','LOCATION','salahuddin'),
 ('L5:المدينة','LOCATION','kirkuk'),
 ('L6:كركوك','LOCATION','kirkuk'), ('L6:نجم الدين كريم','PERSON','najmaldin-karim'), ('L6:داعش','ACTOR','ISIS'), ('L6:الموصل','LOCATION','mosul'),
 ('L6:المدينة','LOCATION','kirkuk'),
 ('L7:أربعة أيام','QUANTITY',None,(4,False,'other')), ('L7:مدينة الموصل','LOCATION','mosul'), ('L7:خلية الإعلام الحربي','ACTOR','IQ_GOV'),
 ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L7:مركز قضاء الحمدانية','LOCATION','al-hamdaniya'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:ناحية برطلة','LOCATION','bartella'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:13 ضربة جوية','QUANTITY',None,(13,False,'other')), ('L8:داعش','ACTOR','ISIS'),
 ('L8:الموصل','LOCATION','mosul'), ('L8:كركوك','LOCATION','kirkuk'), ('L8:ثلاثة مدافع هاون','QUANTITY',None,(3,False,'other')),
 ('L8:مدافع هاون','WEAPON','mortars'), ('L8:أربع عربات مفخخة','QUANTITY',None,(4,False,'vehicles')), ('L8:عربات مفخخة','WEAPON','vbieds'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:الموصل','LOCATION','mosul'), ('L9:نحو خمسة آلاف مسلح','QUANTITY',None,(5000,True,'fighters')),
 ('L9:العراق','LOCATION','iraq'), ('L9:نحو 5 آلاف','QUANTITY',None,(5000,True,'troops')), ('L9:العسكريين الأمريكيين','ACTOR','US'),
]
times = [
 ('L1:اليوم السبت', D, 'day'),
 ('L1:فجر أمس الجمعة', FRI, 'part-of-day', {'part': 'morning'}),
 ('L4:فجر أمس', FRI, 'part-of-day', {'part': 'morning'}),
 ('L5:ليل أمس', FRI, 'part-of-day', {'part': 'night'}),
 ('L7:اليوم', D, 'day'),
 ('L7:الخميس الماضي', '2016-10-20', 'day'),
 ('L8:أمس', FRI, 'day'),
]
T = 'L1:اليوم السبت'
F = 'L1:فجر أمس الجمعة'
events = [
 dict(type='OPERATION', trig='L1:تطهير', time=T, actors=['IQ_GOV', PM], targets=['ISIS'], loc='L1:مدينة كركوك'),                               # 1
 dict(type='MOVEMENT', trig='L1:تسللوا', time=F, actors=['ISIS'], loc='L1:المدينة'),                                                      # 2
 dict(type='ATTACK', trig='L2:اشتباكات', time=T, actors=['IQ_GOV', 'ISIS'], loc='L2:فندق "سنوبار"', attr=SRC),                                # 3
 dict(type='ATTACK', trig='L2:قتل', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:فندق "سنوبار"', qty=['L2:خمسة'], attr=SRC),            # 4
 dict(type='ATTACK', trig='L2:فجّر', time=T, actors=['ISIS'], targets=['IQ_GOV'], loc='L2:فندق "سنوبار"', weapons=['L2:حزامه الناسف'], attr=SRC),  # 5
 dict(type='ATTACK', trig='L3:الهجوم', time=F, actors=['ISIS'], targets=['IQ_GOV'], loc='L3:مبنى المحافظة',
      qty=['L3:46 قتيلاً', 'L3:أكثر من 130 جريحاً', 'L3:63 عنصراً'], attr=SRC),                                                            # 6
 dict(type='ATTACK', trig='L4:هاجم', time='L4:فجر أمس', actors=['ISIS'], loc='L4:محطة كهرباء', qty=['L4:16 شخصاً', 'L4:أربعة فنيين']),          # 7
 dict(type='ATTACK', trig='L4:يفجروا', time='L4:فجر أمس', actors=['ISIS'], loc='L4:المحطة'),                                                  # 8
 dict(type='STATEMENT', trig='L5:أعلن', actors=['IQ_GOV'], attr='جهاز مكافحة الإرهاب'),                                                      # 9
 dict(type='MOVEMENT', trig='L5:وصول', time='L5:ليل أمس', actors=['IQ_GOV'], loc='L5:كركوك', weapons=['L5:طائرات نقل عسكرية'],
      attr='جهاز مكافحة الإرهاب'),                                                                                                      # 10
 dict(type='MOVEMENT', trig='L5:دفعت', time='L5:ليل أمس', actors=['IQ_GOV'], loc='L5:المدينة', qty=['L5:فوجين']),                              # 11
 dict(type='STATEMENT', trig='L6:قال', actors=['IQ_GOV'], attr='نجم الدين كريم'),                                                            # 12
 dict(type='ATTACK', trig='L6:الهجوم', time=F, actors=['ISIS'], attr='نجم الدين كريم'),                                                      # 13
 dict(type='ATTACK', trig='L7:الهجوم', time=F, actors=['ISIS']),                                                                            # 14
 dict(type='OPERATION', trig='L7:عمليات', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:مدينة الموصل'),                                        # 15
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:اليوم', actors=['IQ_GOV'], attr='خلية الإعلام الحربي'),                                      # 16
 dict(type='MOVEMENT', trig='L7:دخلت', time='L7:اليوم', actors=['IQ_GOV'], loc='L7:مركز قضاء الحمدانية', attr='خلية الإعلام الحربي'),            # 17
 dict(type='ATTACK', trig='L7:اشتبكت', time='L7:اليوم', actors=['IQ_GOV', 'ISIS'], loc='L7:مركز قضاء الحمدانية', attr='خلية الإعلام الحربي'),     # 18
 dict(type='CONTROL', trig='L7:تحرير#1', time='L7:الخميس الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L7:ناحية برطلة',
      attr='خلية الإعلام الحربي'),                                                                                                      # 19
 dict(type='STATEMENT', trig='L8:بيان', actors=['COALITION'], attr='التحالف الدولي'),                                                      # 20
 dict(type='ATTACK', trig='L8:ضربة', time='L8:أمس', actors=['COALITION'], targets=['ISIS'], loc='L8:الموصل', qty=['L8:13 ضربة جوية'],
      attr='التحالف الدولي'),                                                                                                           # 21
 dict(type='ATTACK', trig='L8:دمرت', time='L8:أمس', actors=['COALITION'], targets=['ISIS'], qty=['L8:ثلاثة مدافع هاون', 'L8:أربع عربات مفخخة'],
      attr='التحالف الدولي'),                                                                                                           # 22
 dict(type='MOVEMENT', trig='L9:ينتشر', actors=['US'], loc='L9:العراق', qty=['L9:نحو 5 آلاف']),                                              # 23
]
TD = (D, 'day')
FD = (FRI, 'part-of-day')
ND = (FRI, 'part-of-day')
YD = (FRI, 'day')
MIL = 'مسؤولون عسكريون عراقيون'
forces = [
 dict(actor='IQ_GOV', loc=('مدينة كركوك', 'kirkuk'), as_of=TD, status='present', line=1, events=[1]),
 dict(actor=PM, loc=('مدينة كركوك', 'kirkuk'), as_of=TD, status='present', line=1, events=[1]),
 dict(actor='ISIS', loc=('مدينة كركوك', 'kirkuk'), as_of=TD, status='present', line=1, events=[1]),
 dict(actor='ISIS', loc=('المدينة', 'kirkuk'), as_of=FD, status='arrived', line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('فندق "سنوبار"', 'snowbar-hotel'), as_of=TD, status='present', source=SRC, line=2, events=[3]),
 dict(actor='ISIS', loc=('فندق "سنوبار"', 'snowbar-hotel'), as_of=TD, status='present', source=SRC, line=2, events=[3]),
 dict(actor='IQ_GOV', loc=('حي العروبة', 'al-uruba'), as_of=TD, status='present', source=SRC, line=2, events=[3]),
 dict(actor='ISIS', loc=('حي العروبة', 'al-uruba'), as_of=TD, status='present', source=SRC, line=2, events=[3]),
 dict(actor='IQ_GOV', assets='مبنى المحافظة ومراكز للشرطة ومقرات أمنية', loc=('مبنى المحافظة', 'kirkuk-governorate-building'), as_of=FD,
      status='attacked', source=SRC, line=3, events=[6]),
 dict(actor='IQ_GOV', assets='قوة من الفرقة الذهبية، فوجان من الرد السريع', loc=('كركوك', 'kirkuk'), as_of=ND, status='reinforced', line=5,
      events=[10, 11]),
 dict(actor='IQ_GOV', loc=('مركز قضاء الحمدانية', 'al-hamdaniya'), as_of=TD, status='arrived', source='خلية الإعلام الحربي', line=7, events=[17]),
 dict(actor='IQ_GOV', loc=('مركز قضاء الحمدانية', 'al-hamdaniya'), as_of=TD, status='present', source='خلية الإعلام الحربي', line=7, events=[18]),
 dict(actor='ISIS', loc=('مركز قضاء الحمدانية', 'al-hamdaniya'), as_of=TD, status='present', source='خلية الإعلام الحربي', line=7, events=[18]),
 dict(actor='IQ_GOV', loc=('ناحية برطلة', 'bartella'), as_of=('2016-10-20', 'day'), status='controls', source='خلية الإعلام الحربي', line=7, events=[19]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=YD, status='attacked', source='التحالف الدولي', line=8, events=[21]),
 dict(actor='ISIS', loc=('كركوك', 'kirkuk'), as_of=YD, status='attacked', source='التحالف الدولي', line=8, events=[21]),
 dict(actor='ISIS', strength=(5000, True, 'fighters'), loc=('الموصل', 'mosul'), as_of=TD, status='present', source=MIL, line=9),
 dict(actor='US', strength=(5000, True, 'troops'), loc=('العراق', 'iraq'), as_of=TD, status='present', line=9, events=[23]),
]
build('nina-kirkuk-attack', None, 'الوكالة الوطنية العراقية للأنباء', D, L, ents, times, events, forces)
