from build import build
L = [
'قوات الأسد تسيطر على مطار أبو الظهور العسكري بعد انسحاب الفصائل',
'سيطرت قوات الأسد على مطار أبو الظهور العسكري في ريف إدلب الشرقي، أمس السبت 20 من كانون الثاني، بعد معارك مع "هيئة تحرير الشام" وفصائل "الجيش الحر" استمرت نحو أسبوعين، بغطاء جوي روسي.',
'وقال مراسل عنب بلدي في ريف إدلب إن "قوات النمر" بقيادة العميد سهيل الحسن دخلت المطار صباح أمس من جهة قرية تل سلمو، بعد أن فرضت طوقاً عليه من ثلاث جهات.',
'وأعلنت "تحرير الشام"، في بيان نشرته عبر معرفاتها في "تلغرام"، أن مقاتليها "انحازوا" من المطار إلى خطوط دفاعية جديدة غربه، بعد "قصف روسي هستيري" بأكثر من 300 غارة منذ الخميس الماضي.',
'من جهتها، نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري أن وحدات الجيش "أحكمت سيطرتها" على المطار بعد "القضاء على أعداد كبيرة من الإرهابيين"، وأن وحدات الهندسة تعمل على تفكيك الألغام في أرجاء المطار.',
'وبحسب "المرصد السوري لحقوق الإنسان"، قتل 41 عنصراً من قوات الأسد والميليشيات المساندة لها، مقابل 57 مقاتلاً من الفصائل و"الهيئة"، منذ بدء الهجوم على محيط المطار في 8 من كانون الثاني الجاري.',
'وفي الريف الشرقي ذاته، سيطر تنظيم "الدولة الإسلامية" على قريتي الخوين والزرزور جنوب المطار، بعد تقدمه من جيب في ريف حماة الشمالي الشرقي، وسط اتهامات من "تحرير الشام" لقوات الأسد بفتح الطريق أمام عناصره.',
'بالمقابل، دفعت فصائل "الجيش الحر"، ومنها "جيش النصر" و"فيلق الشام"، بتعزيزات تضم نحو 40 آلية و600 مقاتل إلى جبهات سراقب وتل مرديخ، لصد أي تقدم نحو الطريق الدولي حلب- دمشق.',
'وتزامنت السيطرة على المطار مع إطلاق الجيش التركي، أمس، عملية "غصن الزيتون" ضد "وحدات حماية الشعب" الكردية في منطقة عفرين شمال حلب، بقصف جوي ومدفعي طال أكثر من 100 هدف.',
'وكان المطار قد خرج عن سيطرة النظام في أيلول 2015، حين سيطر عليه "جيش الفتح" بعد حصار استمر نحو عامين.',
'ويقع المطار ضمن منطقة "خفض التصعيد" المتفق عليها في أستانة أيار الماضي، والتي نشرت تركيا بموجبها ثلاث نقاط مراقبة في ريفي إدلب وحلب الغربي، وتعتزم إقامة نقطة رابعة قرب تلة العيس جنوب حلب خلال الأيام المقبلة.',
]
D = '2018-01-21'   # Sunday; web copy of its own day (the capture was on Saturday)
SAT = '2018-01-20'
PGM = 'OTHER:pro-government-militias'
JF = 'OTHER:jaish-al-fateh'
NSR = 'OTHER:jaish-al-nasr'
FSH = 'OTHER:faylaq-al-sham'
ents = [
 ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:مطار أبو الظهور العسكري','LOCATION','abu-al-duhur-airbase'), ('L0:الفصائل','ACTOR','FSA'),
 ('L1:قوات الأسد','ACTOR','SY_GOV'), ('L1:مطار أبو الظهور العسكري','LOCATION','abu-al-duhur-airbase'), ('L1:ريف إدلب الشرقي','LOCATION','idlib-east-countryside'),
 ('L1:هيئة تحرير الشام','ACTOR','NUSRA'), ('L1:فصائل "الجيش الحر"','ACTOR','FSA'), ('L1:نحو أسبوعين','QUANTITY',None,(2,True,'other')),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:ريف إدلب','LOCATION','idlib-countryside'), ('L2:قوات النمر','ACTOR','SY_GOV'),
 ('L2:سهيل الحسن','PERSON','suhail-al-hassan'), ('L2:المطار','LOCATION','abu-al-duhur-airbase'), ('L2:قرية تل سلمو','LOCATION','tal-salmo'),
 ('L2:ثلاث جهات','QUANTITY',None,(3,False,'other')),
 ('L3:تحرير الشام','ACTOR','NUSRA'), ('L3:تلغرام','ORG','telegram'), ('L3:المطار','LOCATION','abu-al-duhur-airbase'),
 ('L3:خطوط دفاعية جديدة','LOCATION','abu-al-duhur-west-lines'), ('L3:أكثر من 300 غارة','QUANTITY',None,(300,True,'other')),
 ('L4:وكالة الأنباء الرسمية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:وحدات الجيش','ACTOR','SY_GOV'), ('L4:المطار#0','LOCATION','abu-al-duhur-airbase'),
 ('L4:الإرهابيين','ACTOR','NUSRA'), ('L4:وحدات الهندسة','ACTOR','SY_GOV'), ('L4:الألغام','WEAPON','mines'), ('L4:المطار#1','LOCATION','abu-al-duhur-airbase'),
 ('L5:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L5:41 عنصراً','QUANTITY',None,(41,False,'killed')), ('L5:قوات الأسد','ACTOR','SY_GOV'),
 ('L5:الميليشيات المساندة لها','ACTOR',PGM), ('L5:57 مقاتلاً','QUANTITY',None,(57,False,'killed')), ('L5:الفصائل','ACTOR','FSA'),
 ('L5:الهيئة','ACTOR','NUSRA'), ('L5:المطار','LOCATION','abu-al-duhur-airbase'),
 ('L6:الريف الشرقي','LOCATION','idlib-east-countryside'), ('L6:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L6:قريتي الخوين','LOCATION','al-khuwayn'),
 ('L6:الزرزور','LOCATION','al-zarzur'), ('L6:المطار','LOCATION','abu-al-duhur-airbase'), ('L6:ريف حماة الشمالي الشرقي','LOCATION','hama-northeast-countryside'),
 ('L6:تحرير الشام','ACTOR','NUSRA'), ('L6:قوات الأسد','ACTOR','SY_GOV'),
 ('L7:فصائل "الجيش الحر"','ACTOR','FSA'), ('L7:جيش النصر','ACTOR',NSR), ('L7:فيلق الشام','ACTOR',FSH),
 ('L7:نحو 40 آلية','QUANTITY',None,(40,True,'vehicles')), ('L7:آلية','WEAPON','military-vehicles'), ('L7:600 مقاتل','QUANTITY',None,(600,True,'fighters')),
 ('L7:جبهات سراقب','LOCATION','saraqib'), ('L7:تل مرديخ','LOCATION','tal-mardikh'), ('L7:الطريق الدولي','LOCATION','aleppo-damascus-highway'),
 ('L7:حلب','LOCATION','aleppo'), ('L7:دمشق','LOCATION','damascus'),
 ('L8:المطار','LOCATION','abu-al-duhur-airbase'), ('L8:الجيش التركي','ACTOR','TR'), ('L8:وحدات حماية الشعب','ACTOR','YPG'),
 ('L8:منطقة عفرين','LOCATION','afrin'), ('L8:حلب','LOCATION','aleppo'), ('L8:أكثر من 100 هدف','QUANTITY',None,(100,True,'other')),
 ('L9:المطار','LOCATION','abu-al-duhur-airbase'), ('L9:النظام','ACTOR','SY_GOV'), ('L9:جيش الفتح','ACTOR',JF), ('L9:نحو عامين','QUANTITY',None,(2,True,'other')),
 ('L10:المطار','LOCATION','abu-al-duhur-airbase'), ('L10:منطقة "خفض التصعيد"','LOCATION','idlib-de-escalation-zone'), ('L10:أستانة','LOCATION','astana'),
 ('L10:تركيا','ACTOR','TR'), ('L10:ثلاث نقاط مراقبة','QUANTITY',None,(3,False,'other')), ('L10:ريفي إدلب','LOCATION','idlib-countryside'),
 ('L10:حلب الغربي','LOCATION','aleppo-west-countryside'), ('L10:تلة العيس','LOCATION','tal-al-eis'), ('L10:حلب#1','LOCATION','aleppo'),
]
times = [
 ('L1:أمس السبت 20 من كانون الثاني', SAT, 'day'),
 ('L2:صباح أمس', SAT, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ الخميس الماضي', '2018-01-18/' + D, 'day'),
 ('L5:8 من كانون الثاني الجاري', '2018-01-08', 'day'),
 ('L8:أمس', SAT, 'day'),
 ('L9:أيلول 2015', '2015-09', 'month'),
 ('L10:أيار الماضي', '2017-05', 'month'),
 ('L10:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
T = 'L1:أمس السبت 20 من كانون الثاني'
COR = 'مراسل عنب بلدي في ريف إدلب'
HTS = 'هيئة تحرير الشام'
SANA = 'مصدر عسكري (سانا)'
SOHR = 'المرصد السوري لحقوق الإنسان'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=T, actors=['SY_GOV'], targets=['NUSRA', 'FSA'], loc='L1:مطار أبو الظهور العسكري'),          # 1
 dict(type='ATTACK', trig='L1:معارك', time=T, actors=['SY_GOV', 'NUSRA', 'FSA'], loc='L1:مطار أبو الظهور العسكري', qty=['L1:نحو أسبوعين']),  # 2
 dict(type='ATTACK', trig='L1:غطاء جوي', time=T, actors=['RU'], targets=['NUSRA', 'FSA']),                                            # 3
 dict(type='MOVEMENT', trig='L2:دخلت', time='L2:صباح أمس', actors=['SY_GOV'], loc='L2:المطار', attr=COR),                              # 4
 dict(type='OPERATION', trig='L2:طوقاً', actors=['SY_GOV'], loc='L2:المطار', qty=['L2:ثلاث جهات'], attr=COR),                         # 5
 dict(type='STATEMENT', trig='L3:أعلنت', time=T, actors=['NUSRA'], attr=HTS),                                                       # 6
 dict(type='WITHDRAWAL', trig='L3:انحازوا', time=T, actors=['NUSRA'], loc='L3:المطار', attr=HTS),                                    # 7
 dict(type='ATTACK', trig='L3:قصف', time='L3:منذ الخميس الماضي', actors=['RU'], targets=['NUSRA'], qty=['L3:أكثر من 300 غارة'], attr=HTS),  # 8
 dict(type='CONTROL', trig='L4:أحكمت سيطرتها', time=T, actors=['SY_GOV'], targets=['NUSRA'], loc='L4:المطار#0', attr=SANA),          # 9
 dict(type='ATTACK', trig='L4:القضاء', time=T, actors=['SY_GOV'], targets=['NUSRA'], attr=SANA),                                     # 10
 dict(type='OPERATION', trig='L4:تفكيك', actors=['SY_GOV'], loc='L4:المطار#1', weapons=['L4:الألغام'], attr=SANA),                    # 11
 dict(type='ATTACK', trig='L5:قتل', targets=['SY_GOV', PGM, 'FSA', 'NUSRA'], qty=['L5:41 عنصراً', 'L5:57 مقاتلاً'], attr=SOHR),         # 12
 dict(type='OPERATION', trig='L5:الهجوم', time='L5:8 من كانون الثاني الجاري', actors=['SY_GOV', PGM], targets=['FSA', 'NUSRA'],
      loc='L5:المطار', attr=SOHR),                                                                                                   # 13
 dict(type='CONTROL', trig='L6:سيطر', actors=['ISIS'], loc='L6:قريتي الخوين'),                                                       # 14
 dict(type='MOVEMENT', trig='L6:تقدمه', actors=['ISIS'], loc='L6:ريف حماة الشمالي الشرقي'),                                           # 15
 dict(type='MOVEMENT', trig='L7:دفعت', actors=['FSA', NSR, FSH], loc='L7:جبهات سراقب', weapons=['L7:آلية'],
      qty=['L7:نحو 40 آلية', 'L7:600 مقاتل']),                                                                                       # 16
 dict(type='CONTROL', trig='L8:السيطرة', time=T, actors=['SY_GOV'], loc='L8:المطار'),                                                 # 17
 dict(type='OPERATION', trig='L8:عملية', time='L8:أمس', actors=['TR'], targets=['YPG'], loc='L8:منطقة عفرين'),                        # 18
 dict(type='ATTACK', trig='L8:بقصف', time='L8:أمس', actors=['TR'], targets=['YPG'], loc='L8:منطقة عفرين', qty=['L8:أكثر من 100 هدف']),  # 19
 dict(type='CONTROL', trig='L9:خرج عن سيطرة', time='L9:أيلول 2015', targets=['SY_GOV'], loc='L9:المطار'),                             # 20
 dict(type='CONTROL', trig='L9:سيطر عليه', time='L9:أيلول 2015', actors=[JF], targets=['SY_GOV'], loc='L9:المطار'),                   # 21
 dict(type='OPERATION', trig='L9:حصار', actors=[JF], targets=['SY_GOV'], loc='L9:المطار', qty=['L9:نحو عامين']),                      # 22
 dict(type='AGREEMENT', trig='L10:المتفق عليها', time='L10:أيار الماضي', loc='L10:أستانة'),                                          # 23
 dict(type='BASE', trig='L10:نشرت', actors=['TR'], loc='L10:ريفي إدلب', qty=['L10:ثلاث نقاط مراقبة']),                                 # 24
 dict(type='BASE', trig='L10:إقامة', mod='planned', time='L10:خلال الأيام المقبلة', actors=['TR'], loc='L10:تلة العيس'),               # 25
]
TS = (SAT, 'day')
AP = ('مطار أبو الظهور العسكري', 'abu-al-duhur-airbase')
forces = [
 dict(actor='SY_GOV', loc=AP, as_of=TS, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=AP, as_of=TS, status='present', line=1, events=[2]),
 dict(actor='NUSRA', loc=AP, as_of=TS, status='present', line=1, events=[2]),
 dict(actor='FSA', loc=AP, as_of=TS, status='present', line=1, events=[2]),
 dict(actor='SY_GOV', assets='قوات النمر', loc=('المطار', 'abu-al-duhur-airbase'), as_of=(SAT, 'part-of-day'), status='arrived', source=COR, line=2, events=[4]),
 dict(actor='NUSRA', loc=('المطار', 'abu-al-duhur-airbase'), as_of=TS, status='withdrawn', source=HTS, line=3, events=[7]),
 dict(actor='SY_GOV', loc=('المطار', 'abu-al-duhur-airbase'), as_of=TS, status='controls', source=SANA, line=4, events=[9]),
 dict(actor='ISIS', loc=('قريتي الخوين', 'al-khuwayn'), as_of=(None, 'vague'), status='controls', line=6, events=[14]),
 dict(actor='ISIS', loc=('الزرزور', 'al-zarzur'), as_of=(None, 'vague'), status='controls', line=6, events=[14]),
 dict(actor='FSA', strength=(600, True, 'fighters'), assets='نحو 40 آلية', loc=('جبهات سراقب', 'saraqib'), as_of=(None, 'vague'), status='reinforced', line=7, events=[16]),
 dict(actor=NSR, loc=('جبهات سراقب', 'saraqib'), as_of=(None, 'vague'), status='reinforced', line=7, events=[16]),
 dict(actor=FSH, loc=('جبهات سراقب', 'saraqib'), as_of=(None, 'vague'), status='reinforced', line=7, events=[16]),
 dict(actor='FSA', loc=('تل مرديخ', 'tal-mardikh'), as_of=(None, 'vague'), status='reinforced', line=7, events=[16]),
 dict(actor=NSR, loc=('تل مرديخ', 'tal-mardikh'), as_of=(None, 'vague'), status='reinforced', line=7, events=[16]),
 dict(actor=FSH, loc=('تل مرديخ', 'tal-mardikh'), as_of=(None, 'vague'), status='reinforced', line=7, events=[16]),
 dict(actor='YPG', loc=('منطقة عفرين', 'afrin'), as_of=TS, status='attacked', line=8, events=[19]),
 dict(actor=JF, loc=('المطار', 'abu-al-duhur-airbase'), as_of=('2015-09', 'month'), status='controls', line=9, events=[21]),
 dict(actor='TR', assets='نقاط مراقبة', loc=('ريفي إدلب', 'idlib-countryside'), as_of=(None, 'vague'), status='present', line=10, events=[24]),
 dict(actor='TR', assets='نقاط مراقبة', loc=('حلب الغربي', 'aleppo-west-countryside'), as_of=(None, 'vague'), status='present', line=10, events=[24]),
 dict(actor='TR', assets='نقطة مراقبة رابعة', loc=('تلة العيس', 'tal-al-eis'), as_of=(D + '/', 'vague'), status='planned', line=10, events=[25]),
]
build('enab-abu-al-duhur-airbase', None, 'عنب بلدي', D, L, ents, times, events, forces)
