from build import build
L = [
'«الوحدات الكردية» و«بركان الفرات» تسيطر على تل أبيض.. و«داعش» ينسحب نحو عين عيسى',
'أخبار الآن | الرقة – سوريا: سيطرت وحدات حماية الشعب الكردية وفصائل من الجيش الحر منضوية في غرفة عمليات «بركان الفرات»، أمس الإثنين، على مدينة تل أبيض الحدودية مع تركيا في ريف الرقة الشمالي، بعد انسحاب مقاتلي تنظيم «داعش» منها إثر معارك استمرت نحو أسبوعين.',
'وقال مراسل أخبار الآن إن عناصر التنظيم انسحبوا باتجاه بلدة عين عيسى جنوباً بعد أن باتت طرق إمدادهم من الرقة مقطوعة، فيما فجروا عدداً من المباني في الحي الشرقي للمدينة.',
'وأكد الناطق باسم وحدات حماية الشعب ريدور خليل في تصريح لأخبار الآن أن السيطرة على تل أبيض «تربط مقاطعتي كوباني والجزيرة للمرة الأولى»، مشيراً إلى أن المقاتلين يلاحقون فلول التنظيم في القرى المحيطة بالمدينة ويعملون على تفكيك الألغام التي زرعها.',
'وساندت طائرات التحالف الدولي الهجوم بأكثر من 40 غارة خلال الأسبوعين الماضيين على مواقع التنظيم في محيط تل أبيض وسلوك، بحسب بيانات القيادة المركزية الأمريكية.',
'في المقابل، قالت وكالة «أعماق» التابعة للتنظيم إن مقاتليه «انحازوا» من المدينة «حفاظاً على أرواح المسلمين» بعد «قصف صليبي» استمر أياماً.',
'وعلى الجانب الآخر من الحدود، أعلنت السلطات التركية أن نحو 23 ألف لاجئ عبروا معبر أقجة قلعة منذ الثالث من حزيران الجاري هرباً من المعارك، في حين عزز الجيش التركي وحداته على الشريط الحدودي المقابل لتل أبيض بنحو 20 دبابة وعربة مدرعة.',
'وفي ريف حلب الشمالي، صدت فصائل المعارضة هجوماً شنه التنظيم فجر اليوم على بلدة مارع، وقتلت ما لا يقل عن 12 من عناصره، بحسب ناشطين، فيما ألقت مروحيات النظام براميل متفجرة على حيي الشعار والمشهد في مدينة حلب.',
'وفي واشنطن، قال المتحدث باسم وزارة الدفاع الأمريكية ستيف وارن إن التحالف «سيواصل دعم القوات التي تقاتل داعش على الأرض»، مؤكداً أن نحو 60 مقاتلاً فقط من المعارضة السورية يخضعون حالياً لبرنامج التدريب الأمريكي في تركيا والأردن.',
]
D = '2015-06-16'   # Tuesday; web copy of its day
MON = '2015-06-15'
BF = 'OTHER:burkan-al-furat'
ents = [
 ('L0:الوحدات الكردية','ACTOR','YPG'), ('L0:بركان الفرات','ACTOR',BF), ('L0:تل أبيض','LOCATION','tal-abyad'), ('L0:داعش','ACTOR','ISIS'),
 ('L0:عين عيسى','LOCATION','ain-issa'),
 ('L1:أخبار الآن','ORG','akhbar-alaan'), ('L1:الرقة#0','LOCATION','raqqa'), ('L1:سوريا','LOCATION','syria'), ('L1:وحدات حماية الشعب','ACTOR','YPG'),
 ('L1:الجيش الحر','ACTOR','FSA'), ('L1:غرفة عمليات «بركان الفرات»','ACTOR',BF), ('L1:مدينة تل أبيض','LOCATION','tal-abyad'), ('L1:تركيا','LOCATION','turkey'),
 ('L1:ريف الرقة الشمالي','LOCATION','raqqa-north-countryside'), ('L1:تنظيم «داعش»','ACTOR','ISIS'), ('L1:نحو أسبوعين','QUANTITY',None,(2,True,'other')),
 ('L2:أخبار الآن','ORG','akhbar-alaan'), ('L2:التنظيم','ACTOR','ISIS'), ('L2:بلدة عين عيسى','LOCATION','ain-issa'), ('L2:الرقة','LOCATION','raqqa'),
 ('L2:لمدينة','LOCATION','tal-abyad'),
 ('L3:وحدات حماية الشعب','ACTOR','YPG'), ('L3:ريدور خليل','PERSON','redur-xelil'), ('L3:أخبار الآن','ORG','akhbar-alaan'), ('L3:تل أبيض','LOCATION','tal-abyad'),
 ('L3:مقاطعتي كوباني','LOCATION','kobani'), ('L3:الجزيرة','LOCATION','jazira-canton'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:المدينة','LOCATION','tal-abyad'),
 ('L3:الألغام','WEAPON','mines'),
 ('L4:طائرات','WEAPON','warplanes'), ('L4:التحالف الدولي','ACTOR','COALITION'), ('L4:أكثر من 40 غارة','QUANTITY',None,(40,True,'other')),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:تل أبيض','LOCATION','tal-abyad'), ('L4:سلوك','LOCATION','suluk'), ('L4:القيادة المركزية الأمريكية','ACTOR','US'),
 ('L5:أعماق','ORG','amaq'), ('L5:لتنظيم','ACTOR','ISIS'), ('L5:المدينة','LOCATION','tal-abyad'),
 ('L6:الحدود#0','LOCATION','syria-turkey-border'), ('L6:السلطات التركية','ACTOR','TR'), ('L6:نحو 23 ألف لاجئ','QUANTITY',None,(23000,True,'people')),
 ('L6:معبر أقجة قلعة','LOCATION','akcakale-crossing'), ('L6:الجيش التركي','ACTOR','TR'), ('L6:الشريط الحدودي','LOCATION','syria-turkey-border'),
 ('L6:تل أبيض','LOCATION','tal-abyad'), ('L6:نحو 20 دبابة','QUANTITY',None,(20,True,'vehicles')), ('L6:دبابة','WEAPON','tanks'),
 ('L6:عربة مدرعة','WEAPON','armoured-vehicles'),
 ('L7:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'), ('L7:فصائل المعارضة','ACTOR','FSA'), ('L7:التنظيم','ACTOR','ISIS'),
 ('L7:بلدة مارع','LOCATION','marea'), ('L7:ما لا يقل عن 12','QUANTITY',None,(12,True,'killed')), ('L7:مروحيات','WEAPON','helicopters'),
 ('L7:النظام','ACTOR','SY_GOV'), ('L7:براميل متفجرة','WEAPON','barrel-bombs'), ('L7:حيي الشعار','LOCATION','al-shaar'), ('L7:المشهد','LOCATION','al-mashhad'),
 ('L7:مدينة حلب','LOCATION','aleppo'),
 ('L8:واشنطن','LOCATION','washington'), ('L8:وزارة الدفاع الأمريكية','ACTOR','US'), ('L8:ستيف وارن','PERSON','steve-warren'),
 ('L8:التحالف','ACTOR','COALITION'), ('L8:داعش','ACTOR','ISIS'), ('L8:نحو 60 مقاتلاً','QUANTITY',None,(60,True,'fighters')),
 ('L8:المعارضة السورية','ACTOR','FSA'), ('L8:تركيا','LOCATION','turkey'), ('L8:الأردن','LOCATION','jordan'),
]
times = [
 ('L1:أمس الإثنين', MON, 'day'),
 ('L4:خلال الأسبوعين الماضيين', '2015-06-02/' + D, 'week'),
 ('L6:منذ الثالث من حزيران الجاري', '2015-06-03/' + D, 'day'),
 ('L7:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
]
T = 'L1:أمس الإثنين'
COR = 'مراسل أخبار الآن'
XEL = 'ريدور خليل'
CENT = 'القيادة المركزية الأمريكية'
AMAQ = 'وكالة أعماق'
DAWN = 'L7:فجر اليوم'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=T, actors=['YPG', 'FSA'], targets=['ISIS'], loc='L1:مدينة تل أبيض'),                    # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=T, actors=['ISIS'], loc='L1:مدينة تل أبيض'),                                       # 2
 dict(type='ATTACK', trig='L1:معارك', actors=['YPG', 'FSA', 'ISIS'], qty=['L1:نحو أسبوعين']),                                       # 3
 dict(type='WITHDRAWAL', trig='L2:انسحبوا', time=T, actors=['ISIS'], attr=COR),                                                    # 4
 dict(type='ATTACK', trig='L2:فجروا', actors=['ISIS'], loc='L2:لمدينة', attr=COR),                                                  # 5
 dict(type='CONTROL', trig='L3:السيطرة', time=T, actors=['YPG'], loc='L3:تل أبيض', attr=XEL),                                       # 6
 dict(type='OPERATION', trig='L3:يلاحقون', actors=['YPG'], targets=['ISIS'], attr=XEL),                                             # 7
 dict(type='OPERATION', trig='L3:تفكيك', actors=['YPG'], attr=XEL),                                                                # 8
 dict(type='ATTACK', trig='L4:الهجوم', actors=['YPG', 'FSA'], targets=['ISIS']),                                                    # 9
 dict(type='ATTACK', trig='L4:غارة', time='L4:خلال الأسبوعين الماضيين', actors=['COALITION'], targets=['ISIS'], loc='L4:تل أبيض',
      weapons=['L4:طائرات'], qty=['L4:أكثر من 40 غارة'], attr=CENT),                                                              # 10
 dict(type='STATEMENT', trig='L5:قالت', actors=['ISIS'], attr=AMAQ),                                                               # 11
 dict(type='WITHDRAWAL', trig='L5:انحازوا', time=T, actors=['ISIS'], loc='L5:المدينة', attr=AMAQ),                                   # 12
 dict(type='ATTACK', trig='L5:قصف', actors=['COALITION'], targets=['ISIS'], attr=AMAQ),                                             # 13
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['TR'], attr='السلطات التركية'),                                                    # 14
 dict(type='ATTACK', trig='L6:المعارك', actors=['YPG', 'FSA', 'ISIS'], attr='السلطات التركية'),                                     # 15
 dict(type='MOVEMENT', trig='L6:عزز', actors=['TR'], loc='L6:الشريط الحدودي', weapons=['L6:دبابة', 'L6:عربة مدرعة'], qty=['L6:نحو 20 دبابة']),  # 16
 dict(type='ATTACK', trig='L7:صدت', time=DAWN, actors=['FSA'], targets=['ISIS'], loc='L7:بلدة مارع', attr='ناشطين'),                   # 17
 dict(type='ATTACK', trig='L7:هجوماً', time=DAWN, actors=['ISIS'], targets=['FSA'], loc='L7:بلدة مارع', attr='ناشطين'),                # 18
 dict(type='ATTACK', trig='L7:قتلت', time=DAWN, actors=['FSA'], targets=['ISIS'], qty=['L7:ما لا يقل عن 12'], attr='ناشطين'),           # 19
 dict(type='ATTACK', trig='L7:ألقت', actors=['SY_GOV'], loc='L7:حيي الشعار', weapons=['L7:مروحيات', 'L7:براميل متفجرة']),               # 20
 dict(type='STATEMENT', trig='L8:قال', actors=['US'], attr='ستيف وارن'),                                                            # 21
 dict(type='TRAINING', trig='L8:التدريب', actors=['US', 'FSA'], loc='L8:تركيا', qty=['L8:نحو 60 مقاتلاً'], attr='ستيف وارن'),           # 22
]
MD = (MON, 'day')
TD = (D, 'day')
W2 = ('2015-06-02/' + D, 'week')
DD = (D, 'part-of-day')
forces = [
 dict(actor='YPG', loc=('مدينة تل أبيض', 'tal-abyad'), as_of=MD, status='controls', line=1, events=[1]),
 dict(actor='FSA', loc=('مدينة تل أبيض', 'tal-abyad'), as_of=MD, status='controls', line=1, events=[1]),
 dict(actor='ISIS', loc=('مدينة تل أبيض', 'tal-abyad'), as_of=MD, status='withdrawn', line=1, events=[2]),
 dict(actor='YPG', loc=('تل أبيض', 'tal-abyad'), as_of=MD, status='controls', source=XEL, line=3, events=[6]),
 dict(actor='ISIS', loc=('تل أبيض', 'tal-abyad'), as_of=W2, status='attacked', source=CENT, line=4, events=[10]),
 dict(actor='ISIS', loc=('سلوك', 'suluk'), as_of=W2, status='attacked', source=CENT, line=4, events=[10]),
 dict(actor='ISIS', loc=('المدينة', 'tal-abyad'), as_of=MD, status='withdrawn', source=AMAQ, line=5, events=[12]),
 dict(actor='TR', strength=(20, True, 'vehicles'), assets='نحو 20 دبابة وعربة مدرعة', loc=('الشريط الحدودي', 'syria-turkey-border'), as_of=TD,
      status='reinforced', line=6, events=[16]),
 dict(actor='FSA', loc=('بلدة مارع', 'marea'), as_of=DD, status='present', source='ناشطين', line=7, events=[17, 18]),
 dict(actor='ISIS', loc=('بلدة مارع', 'marea'), as_of=DD, status='present', source='ناشطين', line=7, events=[17, 18]),
]
build('akhbaralaan-tal-abyad', None, 'أخبار الآن', D, L, ents, times, events, forces)
