from build import build
L = [
'القوات الأمنية والحشد الشعبي يفكان الحصار عن آمرلي.. وغارات أمريكية على مواقع داعش',
'بغداد – الزمان: تمكنت القوات الأمنية العراقية مدعومة بقوات الحشد الشعبي والبيشمركة، أمس الأحد، من فك الحصار الذي فرضه تنظيم داعش على ناحية آمرلي التابعة لقضاء طوزخورماتو في محافظة صلاح الدين منذ منتصف حزيران الماضي.',
'وقال قائد عمليات دجلة الفريق الركن عبد الأمير الزيدي لـ«الزمان» إن القوات العراقية دخلت الناحية من محورين، الأول من قرية ينكجة جنوباً والثاني من طريق طوزخورماتو شمالاً، بعد معارك عنيفة استمرت منذ فجر السبت.',
'وأضاف أن «أكثر من 60 إرهابياً قتلوا ودمرت 11 عجلة مفخخة» خلال العملية، مشيراً إلى أن من تبقى من عناصر التنظيم فروا باتجاه ناحية سليمان بيك تحت ضربات طيران الجيش.',
'وكانت طائرات أمريكية قد شنت ليل السبت أربع غارات على مواقع للتنظيم قرب آمرلي، بالتزامن مع إسقاط مساعدات إنسانية جواً على الأهالي المحاصرين، بحسب بيان للقيادة المركزية الأمريكية.',
'وقال المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) الأدميرال جون كيربي إن الضربات التي أذن بها الرئيس باراك أوباما تهدف إلى «منع وقوع مجزرة» بحق نحو 15 ألف تركماني شيعي، وأسفرت عن تدمير ثلاث عربات همر ونقطة تفتيش للتنظيم.',
'من جانبه، قال رئيس الوزراء المنتهية ولايته نوري المالكي في بيان إن «ما تحقق في آمرلي بداية النهاية لداعش»، داعياً القوات الأمنية إلى مواصلة الزحف نحو تكريت والموصل.',
'في غضون ذلك، أفاد مصدر أمني في كركوك بأن البيشمركة عززت مواقعها في محيط قضاء طوزخورماتو بنحو 500 مقاتل وعشرات العجلات المدرعة، تحسباً لهجوم مضاد قد يشنه التنظيم من جهة سليمان بيك.',
'وفي الأنبار، قال مصدر أمني إن مسلحي التنظيم هاجموا مساء أمس مقراً لشرطة الطوارئ في ناحية البغدادي بعجلتين مفخختين، ما أدى إلى مقتل أربعة من عناصر الشرطة وإصابة سبعة آخرين.',
'ويسيطر التنظيم منذ العاشر من حزيران الماضي على مدينة الموصل ومساحات واسعة من محافظات نينوى وصلاح الدين والأنبار، فيما قدر مسؤولون أمريكيون عدد مقاتليه في العراق بنحو عشرة آلاف مقاتل.',
]
D = '2014-09-01'   # Monday; Iraqi print daily, edition of its day
SUN = '2014-08-31'
SAT = '2014-08-30'
PMF = 'OTHER:pmf'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:الحشد الشعبي','ACTOR',PMF), ('L0:آمرلي','LOCATION','amerli'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:الزمان','ORG','azzaman'), ('L1:القوات الأمنية العراقية','ACTOR','IQ_GOV'), ('L1:قوات الحشد الشعبي','ACTOR',PMF), ('L1:البيشمركة','ACTOR','PESHMERGA'),
 ('L1:تنظيم داعش','ACTOR','ISIS'), ('L1:ناحية آمرلي','LOCATION','amerli'), ('L1:قضاء طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L1:محافظة صلاح الدين','LOCATION','salahuddin'),
 ('L2:عمليات دجلة','ACTOR','IQ_GOV'), ('L2:عبد الأمير الزيدي','PERSON','abdul-amir-al-zaidi'), ('L2:الزمان','ORG','azzaman'),
 ('L2:القوات العراقية','ACTOR','IQ_GOV'), ('L2:الناحية','LOCATION','amerli'), ('L2:قرية ينكجة','LOCATION','yengija'), ('L2:طريق طوزخورماتو','LOCATION','tuz-khurmatu-road'),
 ('L3:أكثر من 60','QUANTITY',None,(60,True,'killed')), ('L3:11 عجلة مفخخة','QUANTITY',None,(11,False,'vehicles')), ('L3:عجلة مفخخة','WEAPON','vbied'),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:ناحية سليمان بيك','LOCATION','sulaiman-bek'), ('L3:طيران الجيش','ACTOR','IQ_GOV'),
 ('L4:طائرات أمريكية','WEAPON','warplanes'), ('L4:أربع غارات','QUANTITY',None,(4,False,'other')), ('L4:لتنظيم','ACTOR','ISIS'), ('L4:آمرلي','LOCATION','amerli'),
 ('L4:لقيادة المركزية الأمريكية','ACTOR','US'),
 ('L5:وزارة الدفاع الأمريكية','ACTOR','US'), ('L5:البنتاغون','ACTOR','US'), ('L5:جون كيربي','PERSON','john-kirby'), ('L5:باراك أوباما','PERSON','barack-obama'),
 ('L5:نحو 15 ألف تركماني','QUANTITY',None,(15000,True,'people')), ('L5:ثلاث عربات همر','QUANTITY',None,(3,False,'vehicles')), ('L5:عربات همر','WEAPON','humvee'),
 ('L5:لتنظيم','ACTOR','ISIS'),
 ('L6:نوري المالكي','PERSON','nouri-al-maliki'), ('L6:آمرلي','LOCATION','amerli'), ('L6:داعش','ACTOR','ISIS'), ('L6:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L6:تكريت','LOCATION','tikrit'), ('L6:الموصل','LOCATION','mosul'),
 ('L7:كركوك','LOCATION','kirkuk'), ('L7:البيشمركة','ACTOR','PESHMERGA'), ('L7:قضاء طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L7:نحو 500 مقاتل','QUANTITY',None,(500,True,'fighters')), ('L7:عشرات العجلات المدرعة','QUANTITY',None,([24,99],True,'vehicles')),
 ('L7:العجلات المدرعة','WEAPON','armoured-vehicles'), ('L7:التنظيم','ACTOR','ISIS'), ('L7:سليمان بيك','LOCATION','sulaiman-bek'),
 ('L8:الأنبار','LOCATION','anbar'), ('L8:التنظيم','ACTOR','ISIS'), ('L8:شرطة الطوارئ','ACTOR','IQ_GOV'), ('L8:ناحية البغدادي','LOCATION','al-baghdadi'),
 ('L8:عجلتين','QUANTITY',None,(2,False,'vehicles')), ('L8:عجلتين مفخختين','WEAPON','vbied'), ('L8:أربعة','QUANTITY',None,(4,False,'killed')),
 ('L8:الشرطة','ACTOR','IQ_GOV'), ('L8:سبعة','QUANTITY',None,(7,False,'wounded')),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:مدينة الموصل','LOCATION','mosul'), ('L9:محافظات نينوى','LOCATION','nineveh'), ('L9:صلاح الدين','LOCATION','salahuddin'),
 ('L9:الأنبار','LOCATION','anbar'), ('L9:العراق','LOCATION','iraq'), ('L9:نحو عشرة آلاف مقاتل','QUANTITY',None,(10000,True,'fighters')),
]
times = [
 ('L1:أمس الأحد', SUN, 'day'),
 ('L1:منذ منتصف حزيران الماضي', '2014-06/2014-09', 'month'),
 ('L2:منذ فجر السبت', SAT + '/' + D, 'day'),
 ('L4:ليل السبت', SAT, 'part-of-day', {'part': 'night'}),
 ('L8:مساء أمس', SUN, 'part-of-day', {'part': 'evening'}),
 ('L9:منذ العاشر من حزيران الماضي', '2014-06-10/' + D, 'day'),
]
T = 'L1:أمس الأحد'
N = 'L4:ليل السبت'
ZAIDI = 'عبد الأمير الزيدي'
CENT = 'القيادة المركزية الأمريكية'
KIRBY = 'جون كيربي'
KRK = 'مصدر أمني في كركوك'
events = [
 dict(type='OPERATION', trig='L1:فك', time=T, actors=['IQ_GOV', PMF, 'PESHMERGA'], targets=['ISIS'], loc='L1:ناحية آمرلي'),            # 1
 dict(type='OPERATION', trig='L1:الحصار', time='L1:منذ منتصف حزيران الماضي', actors=['ISIS'], loc='L1:ناحية آمرلي'),                      # 2
 dict(type='STATEMENT', trig='L2:قال', actors=['IQ_GOV'], attr=ZAIDI),                                                               # 3
 dict(type='MOVEMENT', trig='L2:دخلت', time=T, actors=['IQ_GOV'], loc='L2:الناحية', attr=ZAIDI),                                     # 4
 dict(type='ATTACK', trig='L2:معارك', time='L2:منذ فجر السبت', actors=['IQ_GOV', 'ISIS'], attr=ZAIDI),                                 # 5
 dict(type='ATTACK', trig='L3:قتلوا', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L3:أكثر من 60'], attr=ZAIDI),                 # 6
 dict(type='ATTACK', trig='L3:دمرت', time=T, actors=['IQ_GOV'], targets=['ISIS'], qty=['L3:11 عجلة مفخخة'], attr=ZAIDI),               # 7
 dict(type='OPERATION', trig='L3:العملية', time=T, actors=['IQ_GOV', PMF, 'PESHMERGA'], targets=['ISIS'], attr=ZAIDI),                 # 8
 dict(type='WITHDRAWAL', trig='L3:فروا', time=T, actors=['ISIS'], attr=ZAIDI),                                                      # 9
 dict(type='ATTACK', trig='L3:ضربات', time=T, actors=['IQ_GOV'], targets=['ISIS'], attr=ZAIDI),                                      # 10
 dict(type='ATTACK', trig='L4:غارات', time=N, actors=['US'], targets=['ISIS'], loc='L4:آمرلي', weapons=['L4:طائرات أمريكية'],
      qty=['L4:أربع غارات'], attr=CENT),                                                                                          # 11
 dict(type='STATEMENT', trig='L4:بيان', actors=['US'], attr=CENT),                                                                  # 12
 dict(type='STATEMENT', trig='L5:قال', actors=['US'], attr=KIRBY),                                                                  # 13
 dict(type='ATTACK', trig='L5:الضربات', time=N, actors=['US'], targets=['ISIS'], attr=KIRBY),                                        # 14
 dict(type='ATTACK', trig='L5:تدمير', time=N, actors=['US'], targets=['ISIS'], qty=['L5:ثلاث عربات همر'], attr=KIRBY),                 # 15
 dict(type='STATEMENT', trig='L6:قال', actors=['IQ_GOV'], attr='نوري المالكي'),                                                      # 16
 dict(type='MOVEMENT', trig='L6:الزحف', mod='planned', actors=['IQ_GOV'], loc='L6:تكريت', attr='نوري المالكي'),                       # 17
 dict(type='MOVEMENT', trig='L7:عززت', actors=['PESHMERGA'], loc='L7:قضاء طوزخورماتو', weapons=['L7:العجلات المدرعة'],
      qty=['L7:نحو 500 مقاتل', 'L7:عشرات العجلات المدرعة'], attr=KRK),                                                            # 18
 dict(type='ATTACK', trig='L7:هجوم مضاد', mod='expected', actors=['ISIS'], targets=['PESHMERGA'], attr=KRK),                        # 19
 dict(type='ATTACK', trig='L8:هاجموا', time='L8:مساء أمس', actors=['ISIS'], targets=['IQ_GOV'], loc='L8:ناحية البغدادي',
      weapons=['L8:عجلتين مفخختين'], qty=['L8:عجلتين', 'L8:أربعة', 'L8:سبعة'], attr='مصدر أمني'),                                 # 20
 dict(type='CONTROL', trig='L9:يسيطر', time='L9:منذ العاشر من حزيران الماضي', actors=['ISIS'], loc='L9:مدينة الموصل'),               # 21
]
SD = (SUN, 'day')
TD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', loc=('ناحية آمرلي', 'amerli'), as_of=SD, status='present', line=1, events=[1]),
 dict(actor=PMF, loc=('ناحية آمرلي', 'amerli'), as_of=SD, status='present', line=1, events=[1]),
 dict(actor='PESHMERGA', loc=('ناحية آمرلي', 'amerli'), as_of=SD, status='present', line=1, events=[1]),
 dict(actor='ISIS', loc=('ناحية آمرلي', 'amerli'), as_of=('2014-06/2014-09', 'month'), status='present', line=1, events=[2]),
 dict(actor='IQ_GOV', loc=('الناحية', 'amerli'), as_of=SD, status='arrived', source=ZAIDI, line=2, events=[4]),
 dict(actor='ISIS', loc=('آمرلي', 'amerli'), as_of=(SAT, 'part-of-day'), status='attacked', source=CENT, line=4, events=[11]),
 dict(actor='PESHMERGA', strength=(500, True, 'fighters'), assets='عشرات العجلات المدرعة', loc=('قضاء طوزخورماتو', 'tuz-khurmatu'),
      as_of=TD, status='reinforced', source=KRK, line=7, events=[18]),
 dict(actor='IQ_GOV', loc=('ناحية البغدادي', 'al-baghdadi'), as_of=(SUN, 'part-of-day'), status='present', source='مصدر أمني', line=8, events=[20]),
 dict(actor='IQ_GOV', loc=('ناحية البغدادي', 'al-baghdadi'), as_of=(SUN, 'part-of-day'), status='attacked', source='مصدر أمني', line=8, events=[20]),
 dict(actor='ISIS', loc=('مدينة الموصل', 'mosul'), as_of=('2014-06-10/' + D, 'day'), status='controls', line=9, events=[21]),
 dict(actor='ISIS', strength=(10000, True, 'fighters'), loc=('العراق', 'iraq'), as_of=TD, status='present', source='مسؤولون أمريكيون', line=9, events=[]),
]
build('azzaman-amerli-siege', None, 'الزمان', D, L, ents, times, events, forces)
