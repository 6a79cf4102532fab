from build import build
L = [
'القوات العراقية ترفع العلم فوق المجمع الحكومي في الرمادي.. و"داعش" يفر شرقاً',
'بغداد – عكاظ، وكالات: أعلنت القوات العراقية، أمس (الإثنين)، تحرير المجمع الحكومي وسط مدينة الرمادي، مركز محافظة الأنبار، ورفعت العلم العراقي فوق مبانيه، بعد أكثر من سبعة أشهر على سيطرة تنظيم "داعش" على المدينة.',
'وقال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول في بيان متلفز إن "قوات جهاز مكافحة الإرهاب، بإسناد من طيران التحالف الدولي والقوة الجوية العراقية، طهّرت المجمع بالكامل"، مشيراً إلى أن فلول التنظيم فرّت باتجاه منطقتي الصوفية والسجارية شرقي المدينة.',
'وأضاف رسول أن نحو 400 مسلح من التنظيم كانوا يتحصنون في المجمع ومحيطه، قُتل معظمهم خلال المعارك التي انطلقت فجر الثلاثاء الماضي، فيما فجّر انتحاريون سبع عجلات مفخخة على محاور التقدم.',
'في المقابل، زعمت وكالة "أعماق" التابعة للتنظيم أن مقاتليه "انحازوا" من المجمع بعد "معارك ضارية"، ونفت سقوط المدينة، مؤكدة أنهم ما زالوا يسيطرون على مناطق البوفراج والسجارية وجويبة شمال المدينة وشرقها.',
'ميدانياً، أوضح ضابط في قيادة عمليات الأنبار لـ"عكاظ" أن وحدات من الجيش والشرطة المحلية تنتشر في حيي الحوز والضباط المحاذيين للمجمع، وتعمل على تفكيك مئات العبوات الناسفة التي زرعها التنظيم في الشوارع والمنازل، متوقعاً إعلان تحرير المدينة بالكامل "خلال أيام".',
'وأشار الضابط إلى أن نحو ألفي مقاتل من أبناء العشائر سيتولون مسك الأرض في المدينة، فيما تتمركز فصائل الحشد الشعبي في محيط قاعدة الحبانية وقضاء الخالدية شرقي الرمادي.',
'من جهته، قال المتحدث باسم التحالف الدولي الكولونيل ستيف وارن إن طائرات التحالف نفذت أكثر من 600 غارة على مواقع "داعش" في الرمادي ومحيطها منذ يوليو الماضي، واصفاً استعادة المجمع بأنها "إنجاز كبير للقوات العراقية".',
'بدوره، قال رئيس الوزراء حيدر العبادي في كلمة متلفزة إن عام 2016 سيكون "عام الانتصار النهائي" على التنظيم، مؤكداً أن القوات العراقية ستتوجه بعد الأنبار لتحرير الموصل.',
'وكان "داعش" قد سيطر على الرمادي في 17 مايو الماضي، إثر انسحاب القوات الحكومية منها، في أكبر انتكاسة للجيش العراقي منذ سقوط الموصل في يونيو 2014.',
'وفي محافظة صلاح الدين، أحبطت القوات الأمنية هجوماً بعجلتين مفخختين على قاطع بيجي ليل الأحد، فيما قصفت طائرات التحالف، فجر أمس، تجمعات للتنظيم قرب قضاء الشرقاط، بحسب مصدر أمني.',
]
D = '2015-12-29'   # Tuesday; Saudi print daily, dated the day after the capture
Y = '2015-12-28'   # Monday
TUE = '2015-12-22'
SUN = '2015-12-27'
TRB = 'OTHER:arab-tribes'
PMF = 'OTHER:pmf'
ents = [
 ('L0:القوات العراقية','ACTOR','IQ_GOV'), ('L0:المجمع الحكومي','LOCATION','ramadi-government-complex'), ('L0:الرمادي','LOCATION','ramadi'),
 ('L0:داعش','ACTOR','ISIS'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:عكاظ','ORG','okaz'), ('L1:القوات العراقية','ACTOR','IQ_GOV'),
 ('L1:المجمع الحكومي','LOCATION','ramadi-government-complex'), ('L1:مدينة الرمادي','LOCATION','ramadi'), ('L1:محافظة الأنبار','LOCATION','anbar'),
 ('L1:أكثر من سبعة أشهر','QUANTITY',None,(7,True,'other')), ('L1:تنظيم "داعش"','ACTOR','ISIS'), ('L1:المدينة','LOCATION','ramadi'),
 ('L2:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L2:يحيى رسول','PERSON','yahya-rasool'), ('L2:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L2:طيران','WEAPON','aircraft'), ('L2:التحالف الدولي','ACTOR','COALITION'), ('L2:القوة الجوية العراقية','ACTOR','IQ_GOV'),
 ('L2:المجمع','LOCATION','ramadi-government-complex'), ('L2:التنظيم','ACTOR','ISIS'), ('L2:منطقتي الصوفية','LOCATION','al-sufiya'),
 ('L2:السجارية','LOCATION','al-sijariya'), ('L2:المدينة','LOCATION','ramadi'),
 ('L3:رسول','PERSON','yahya-rasool'), ('L3:نحو 400 مسلح','QUANTITY',None,(400,True,'fighters')), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:المجمع','LOCATION','ramadi-government-complex'), ('L3:سبع عجلات مفخخة','QUANTITY',None,(7,False,'vehicles')),
 ('L3:عجلات مفخخة','WEAPON','vbied'),
 ('L4:أعماق','ORG','amaq'), ('L4:لتنظيم','ACTOR','ISIS'), ('L4:المجمع','LOCATION','ramadi-government-complex'), ('L4:المدينة#0','LOCATION','ramadi'),
 ('L4:مناطق البوفراج','LOCATION','albu-faraj'), ('L4:السجارية','LOCATION','al-sijariya'), ('L4:جويبة','LOCATION','juwayba'),
 ('L4:المدينة#1','LOCATION','ramadi'),
 ('L5:قيادة عمليات الأنبار','ACTOR','IQ_GOV'), ('L5:عكاظ','ORG','okaz'), ('L5:الجيش','ACTOR','IQ_GOV'), ('L5:الشرطة المحلية','ACTOR','IQ_GOV'),
 ('L5:حيي الحوز','LOCATION','al-hawz'), ('L5:الضباط','LOCATION','al-dhubbat'), ('L5:لمجمع','LOCATION','ramadi-government-complex'),
 ('L5:مئات العبوات الناسفة','QUANTITY',None,([100,999],True,'other')), ('L5:العبوات الناسفة','WEAPON','ieds'), ('L5:التنظيم','ACTOR','ISIS'),
 ('L5:المدينة','LOCATION','ramadi'),
 ('L6:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')), ('L6:أبناء العشائر','ACTOR',TRB), ('L6:المدينة','LOCATION','ramadi'),
 ('L6:فصائل الحشد الشعبي','ACTOR',PMF), ('L6:قاعدة الحبانية','LOCATION','habbaniyah-base'), ('L6:قضاء الخالدية','LOCATION','khalidiya'),
 ('L6:الرمادي','LOCATION','ramadi'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:ستيف وارن','PERSON','steve-warren'), ('L7:طائرات','WEAPON','warplanes'),
 ('L7:التحالف#1','ACTOR','COALITION'), ('L7:أكثر من 600 غارة','QUANTITY',None,(600,True,'other')), ('L7:داعش','ACTOR','ISIS'),
 ('L7:الرمادي','LOCATION','ramadi'), ('L7:المجمع','LOCATION','ramadi-government-complex'), ('L7:لقوات العراقية','ACTOR','IQ_GOV'),
 ('L8:حيدر العبادي','PERSON','haider-al-abadi'), ('L8:التنظيم','ACTOR','ISIS'), ('L8:القوات العراقية','ACTOR','IQ_GOV'),
 ('L8:الأنبار','LOCATION','anbar'), ('L8:الموصل','LOCATION','mosul'),
 ('L9:داعش','ACTOR','ISIS'), ('L9:الرمادي','LOCATION','ramadi'), ('L9:القوات الحكومية','ACTOR','IQ_GOV'), ('L9:لجيش العراقي','ACTOR','IQ_GOV'),
 ('L9:الموصل','LOCATION','mosul'),
 ('L10:محافظة صلاح الدين','LOCATION','salahuddin'), ('L10:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L10:عجلتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L10:عجلتين مفخختين#0','WEAPON','vbied'), ('L10:قاطع بيجي','LOCATION','baiji-sector'),
 ('L10:طائرات','WEAPON','warplanes'), ('L10:التحالف','ACTOR','COALITION'), ('L10:لتنظيم','ACTOR','ISIS'), ('L10:قضاء الشرقاط','LOCATION','shirqat'),
]
SINCE = '2015-07/2015-12'
times = [
 ('L1:أمس (الإثنين)', Y, 'day'),
 ('L3:فجر الثلاثاء الماضي', TUE, 'part-of-day', {'part': 'morning'}),
 ('L5:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L7:منذ يوليو الماضي', SINCE, 'month'),
 ('L8:عام 2016', '2016', 'year'),
 ('L9:17 مايو الماضي', '2015-05-17', 'day'),
 ('L9:يونيو 2014', '2014-06', 'month'),
 ('L10:ليل الأحد', SUN, 'part-of-day', {'part': 'night'}),
 ('L10:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
]
T = 'L1:أمس (الإثنين)'
BAT = 'L3:فجر الثلاثاء الماضي'
MAY = 'L9:17 مايو الماضي'
IQF = 'القوات العراقية'
RAS = 'يحيى رسول'
AMAQ = 'وكالة أعماق'
OFF = 'ضابط في قيادة عمليات الأنبار (عكاظ)'
WAR = 'ستيف وارن'
ABA = 'حيدر العبادي'
SEC = 'مصدر أمني'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['IQ_GOV'], attr=IQF),                                                      # 1
 dict(type='CONTROL', trig='L1:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L1:المجمع الحكومي', attr=IQF),              # 2
 dict(type='CONTROL', trig='L1:رفعت', time=T, actors=['IQ_GOV'], loc='L1:المجمع الحكومي', attr=IQF),                                # 3
 dict(type='CONTROL', trig='L1:سيطرة', time=MAY, actors=['ISIS'], loc='L1:المدينة', qty=['L1:أكثر من سبعة أشهر']),                  # 4
 dict(type='STATEMENT', trig='L2:قال', time=T, actors=['IQ_GOV'], attr=RAS),                                                        # 5
 dict(type='OPERATION', trig='L2:طهّرت', time=T, actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], loc='L2:المجمع',
      weapons=['L2:طيران'], attr=RAS),                                                                                           # 6
 dict(type='WITHDRAWAL', trig='L2:فرّت', time=T, actors=['ISIS'], attr=RAS),                                                        # 7
 dict(type='ATTACK', trig='L3:المعارك', time=BAT, actors=['IQ_GOV', 'ISIS'], loc='L3:المجمع', qty=['L3:نحو 400 مسلح'], attr=RAS),    # 8
 dict(type='ATTACK', trig='L3:فجّر', actors=['ISIS'], targets=['IQ_GOV'], weapons=['L3:عجلات مفخخة'], qty=['L3:سبع عجلات مفخخة'], attr=RAS),  # 9
 dict(type='WITHDRAWAL', trig='L4:انحازوا', time=T, actors=['ISIS'], loc='L4:المجمع', attr=AMAQ),                                    # 10
 dict(type='ATTACK', trig='L4:معارك', time=BAT, actors=['IQ_GOV', 'ISIS'], loc='L4:المجمع', attr=AMAQ),                               # 11
 dict(type='CONTROL', trig='L4:سقوط', mod='denied', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L4:المدينة#0', attr=AMAQ),     # 12
 dict(type='CONTROL', trig='L4:يسيطرون', actors=['ISIS'], loc='L4:مناطق البوفراج', attr=AMAQ),                                       # 13
 dict(type='MOVEMENT', trig='L5:تنتشر', actors=['IQ_GOV'], loc='L5:حيي الحوز', attr=OFF),                                            # 14
 dict(type='OPERATION', trig='L5:تفكيك', actors=['IQ_GOV'], qty=['L5:مئات العبوات الناسفة'], attr=OFF),                              # 15
 dict(type='CONTROL', trig='L5:تحرير', mod='planned', time='L5:خلال أيام', actors=['IQ_GOV'], targets=['ISIS'], loc='L5:المدينة', attr=OFF),  # 16
 dict(type='CONTROL', trig='L6:مسك الأرض', mod='planned', actors=[TRB], loc='L6:المدينة', qty=['L6:نحو ألفي مقاتل'], attr=OFF),       # 17
 dict(type='MOVEMENT', trig='L6:تتمركز', actors=[PMF], loc='L6:قاعدة الحبانية', attr=OFF),                                          # 18
 dict(type='STATEMENT', trig='L7:قال', actors=['COALITION'], attr=WAR),                                                             # 19
 dict(type='ATTACK', trig='L7:غارة', time='L7:منذ يوليو الماضي', actors=['COALITION'], targets=['ISIS'], loc='L7:الرمادي',
      weapons=['L7:طائرات'], qty=['L7:أكثر من 600 غارة'], attr=WAR),                                                             # 20
 dict(type='CONTROL', trig='L7:استعادة', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L7:المجمع', attr=WAR),                    # 21
 dict(type='STATEMENT', trig='L8:قال', actors=['IQ_GOV'], attr=ABA),                                                                # 22
 dict(type='CONTROL', trig='L8:لتحرير', mod='planned', time='L8:عام 2016', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:الموصل', attr=ABA),  # 23
 dict(type='CONTROL', trig='L9:سيطر', time=MAY, actors=['ISIS'], targets=['IQ_GOV'], loc='L9:الرمادي'),                              # 24
 dict(type='WITHDRAWAL', trig='L9:انسحاب', time=MAY, actors=['IQ_GOV'], loc='L9:الرمادي'),                                           # 25
 dict(type='CONTROL', trig='L9:سقوط', time='L9:يونيو 2014', actors=['ISIS'], targets=['IQ_GOV'], loc='L9:الموصل'),                  # 26
 dict(type='ATTACK', trig='L10:أحبطت', time='L10:ليل الأحد', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:قاطع بيجي', attr=SEC),      # 27
 dict(type='ATTACK', trig='L10:هجوماً', time='L10:ليل الأحد', actors=['ISIS'], targets=['IQ_GOV'], loc='L10:قاطع بيجي',
      weapons=['L10:عجلتين مفخختين#0'], qty=['L10:عجلتين مفخختين'], attr=SEC),                                                    # 28
 dict(type='ATTACK', trig='L10:قصفت', time='L10:فجر أمس', actors=['COALITION'], targets=['ISIS'], loc='L10:قضاء الشرقاط',
      weapons=['L10:طائرات'], attr=SEC),                                                                                         # 29
]
YD = (Y, 'day')
DD = (D, 'day')
VG = (None, 'vague')
MY = ('2015-05-17', 'day')
forces = [
 dict(actor='IQ_GOV', loc=('المجمع الحكومي', 'ramadi-government-complex'), as_of=YD, status='controls', source=IQF, line=1, events=[2, 3]),
 dict(actor='IQ_GOV', assets='قوات جهاز مكافحة الإرهاب', loc=('المجمع', 'ramadi-government-complex'), as_of=YD, status='controls', source=RAS, line=2, events=[6]),
 dict(actor='ISIS', strength=(400, True, 'fighters'), loc=('المجمع', 'ramadi-government-complex'), as_of=VG, status='present', source=RAS, line=3, events=[8]),
 dict(actor='ISIS', loc=('المجمع', 'ramadi-government-complex'), as_of=YD, status='withdrawn', source=AMAQ, line=4, events=[10]),
 dict(actor='ISIS', loc=('مناطق البوفراج', 'albu-faraj'), as_of=DD, status='controls', source=AMAQ, line=4, events=[13]),
 dict(actor='ISIS', loc=('السجارية', 'al-sijariya'), as_of=DD, status='controls', source=AMAQ, line=4, events=[13]),
 dict(actor='ISIS', loc=('جويبة', 'juwayba'), as_of=DD, status='controls', source=AMAQ, line=4, events=[13]),
 dict(actor='IQ_GOV', assets='وحدات من الجيش والشرطة المحلية', loc=('حيي الحوز', 'al-hawz'), as_of=DD, status='present', source=OFF, line=5, events=[14]),
 dict(actor='IQ_GOV', assets='وحدات من الجيش والشرطة المحلية', loc=('الضباط', 'al-dhubbat'), as_of=DD, status='present', source=OFF, line=5, events=[14]),
 dict(actor=TRB, strength=(2000, True, 'fighters'), loc=('المدينة', 'ramadi'), as_of=DD, status='planned', source=OFF, line=6, events=[17]),
 dict(actor=PMF, loc=('قاعدة الحبانية', 'habbaniyah-base'), as_of=DD, status='present', source=OFF, line=6, events=[18]),
 dict(actor=PMF, loc=('قضاء الخالدية', 'khalidiya'), as_of=DD, status='present', source=OFF, line=6, events=[18]),
 dict(actor='ISIS', loc=('الرمادي', 'ramadi'), as_of=(SINCE, 'month'), status='attacked', source=WAR, line=7, events=[20]),
 dict(actor='ISIS', loc=('الرمادي', 'ramadi'), as_of=MY, status='controls', line=9, events=[24]),
 dict(actor='IQ_GOV', loc=('الرمادي', 'ramadi'), as_of=MY, status='withdrawn', line=9, events=[25]),
 dict(actor='ISIS', loc=('الموصل', 'mosul'), as_of=('2014-06', 'month'), status='controls', line=9, events=[26]),
 dict(actor='IQ_GOV', loc=('قاطع بيجي', 'baiji-sector'), as_of=(SUN, 'part-of-day'), status='attacked', source=SEC, line=10, events=[28]),
 dict(actor='IQ_GOV', loc=('قاطع بيجي', 'baiji-sector'), as_of=(SUN, 'part-of-day'), status='present', source=SEC, line=10, events=[27, 28]),
 dict(actor='ISIS', loc=('قضاء الشرقاط', 'shirqat'), as_of=(Y, 'part-of-day'), status='attacked', source=SEC, line=10, events=[29]),
]
build('okaz-ramadi-complex', None, 'عكاظ', D, L, ents, times, events, forces)
