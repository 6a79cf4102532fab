from build import build
L = [
'الثوار يبلغون البحر المتوسط بعد السيطرة على السمرا.. ودمشق تتهم أنقرة بـ"عدوان سافر"',
'دمشق، أنقرة - وكالات: سيطر مقاتلو المعارضة السورية، أمس، على قرية السمرا الساحلية في ريف اللاذقية الشمالي، لتصبح لهم للمرة الأولى إطلالة على البحر المتوسط، في اليوم الرابع من معركة أطلقوها يوم الجمعة الماضي تحت اسم "الأنفال".',
'وقال المرصد السوري لحقوق الإنسان إن مقاتلين من "جبهة النصرة" وحركة "شام الإسلام" اقتحموا القرية فجر أمس بعد اشتباكات عنيفة مع قوات النظام، فيما تتواصل المعارك بين الطرفين على أطراف تلة "المرصد 45" الاستراتيجية المشرفة على مدينة كسب.',
'وكانت فصائل المعارضة قد سيطرت على معبر كسب الحدودي مع تركيا يوم الجمعة 21 مارس، قبل أن تنتزع صباح الأحد مدينة كسب ذات الغالبية الأرمنية، ما دفع مئات العائلات إلى النزوح نحو مدينة اللاذقية.',
'وظهر الأحد، أسقطت مقاتلة تركية من طراز "إف-16" طائرة حربية سورية من طراز "ميغ-23" فوق منطقة كسب، وقالت رئاسة الأركان التركية إن الطائرة تجاهلت أربعة تحذيرات قبل استهدافها.',
'وفيما هنأ رئيس الوزراء التركي رجب طيب أردوغان الجيش التركي أمام أنصاره في مهرجان انتخابي، دانت وزارة الخارجية السورية ما وصفته بـ"العدوان التركي السافر"، متهمة أنقرة بتأمين "غطاء مدفعي" لمقاتلي المعارضة الذين تسللوا عبر الحدود.',
'في السياق، نعى التلفزيون الرسمي السوري هلال الأسد، قائد ميليشيا "الدفاع الوطني" في اللاذقية وابن عم بشار الأسد، الذي قُتل مساء الأحد مع سبعة من عناصره في اشتباكات مع مقاتلي المعارضة على تلة "المرصد 45".',
'في المقابل، قالت مصادر ميدانية إن قوات النظام دفعت ليل أمس بتعزيزات تضم نحو ألفي جندي من الفرقة الرابعة والحرس الجمهوري إلى بلدة قسطل معاف جنوب كسب، استعداداً لهجوم معاكس.',
'كما شن سلاح الجو السوري منذ صباح أمس أكثر من عشرين غارة على مواقع المعارضة في قريتي النبعين والسمرا، ما أسفر عن مقتل 11 مقاتلاً على الأقل، بحسب ناشطين.',
'وأفادت وكالة "الأناضول" بأن الجيش التركي عزز أمس وحداته في ولاية هاتاي الحدودية بعشر دبابات وبطاريات صواريخ مضادة للطائرات.',
]
D = '2014-03-25'   # Tuesday; Saudi print daily dated the day after the news: its «أمس» is Monday 24 March
Y = '2014-03-24'
FRI = '2014-03-21'
SUN = '2014-03-23'
SAI = 'OTHER:sham-al-islam'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:البحر المتوسط','LOCATION','mediterranean'), ('L0:السمرا','LOCATION','al-samra'),
 ('L0:دمشق','ACTOR','SY_GOV'), ('L0:أنقرة','ACTOR','TR'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:أنقرة','LOCATION','ankara'), ('L1:المعارضة السورية','ACTOR','FSA'),
 ('L1:قرية السمرا','LOCATION','al-samra'), ('L1:ريف اللاذقية الشمالي','LOCATION','latakia-north-countryside'),
 ('L1:البحر المتوسط','LOCATION','mediterranean'),
 ('L2:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:حركة "شام الإسلام"','ACTOR',SAI),
 ('L2:القرية','LOCATION','al-samra'), ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:تلة "المرصد 45"','LOCATION','observatory-45'),
 ('L2:مدينة كسب','LOCATION','kessab'),
 ('L3:فصائل المعارضة','ACTOR','FSA'), ('L3:معبر كسب الحدودي','LOCATION','kessab-crossing'), ('L3:تركيا','LOCATION','turkey'),
 ('L3:مدينة كسب','LOCATION','kessab'), ('L3:مئات العائلات','QUANTITY',None,([100, 999],True,'other')),
 ('L3:مدينة اللاذقية','LOCATION','latakia'),
 ('L4:مقاتلة تركية من طراز "إف-16"','WEAPON','f-16'), ('L4:طائرة حربية سورية من طراز "ميغ-23"','WEAPON','mig-23'),
 ('L4:منطقة كسب','LOCATION','kessab'), ('L4:رئاسة الأركان التركية','ACTOR','TR'), ('L4:الطائرة','WEAPON','mig-23'),
 ('L4:أربعة تحذيرات','QUANTITY',None,(4,False,'other')),
 ('L5:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L5:الجيش التركي','ACTOR','TR'), ('L5:وزارة الخارجية السورية','ACTOR','SY_GOV'),
 ('L5:أنقرة','ACTOR','TR'), ('L5:المعارضة','ACTOR','FSA'), ('L5:الحدود','LOCATION','syria-turkey-border'),
 ('L6:التلفزيون الرسمي السوري','ORG','syrian-tv'), ('L6:هلال الأسد','PERSON','hilal-al-assad'), ('L6:الدفاع الوطني','ACTOR',PGM),
 ('L6:اللاذقية','LOCATION','latakia'), ('L6:بشار الأسد','PERSON','bashar-al-assad'), ('L6:سبعة','QUANTITY',None,(7,False,'killed')),
 ('L6:المعارضة','ACTOR','FSA'), ('L6:تلة "المرصد 45"','LOCATION','observatory-45'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:نحو ألفي جندي','QUANTITY',None,(2000,True,'troops')), ('L7:الفرقة الرابعة','ACTOR','SY_GOV'),
 ('L7:الحرس الجمهوري','ACTOR','SY_GOV'), ('L7:بلدة قسطل معاف','LOCATION','qastal-maaf'), ('L7:كسب','LOCATION','kessab'),
 ('L8:سلاح الجو السوري','ACTOR','SY_GOV'), ('L8:أكثر من عشرين غارة','QUANTITY',None,(20,True,'other')), ('L8:المعارضة','ACTOR','FSA'),
 ('L8:قريتي النبعين','LOCATION','al-nabeen'), ('L8:السمرا','LOCATION','al-samra'),
 ('L8:11 مقاتلاً على الأقل','QUANTITY',None,(11,True,'killed')),
 ('L9:الأناضول','ORG','anadolu'), ('L9:الجيش التركي','ACTOR','TR'), ('L9:ولاية هاتاي','LOCATION','hatay'),
 ('L9:عشر دبابات','QUANTITY',None,(10,False,'vehicles')), ('L9:دبابات','WEAPON','tanks'),
 ('L9:بطاريات صواريخ مضادة للطائرات','WEAPON','air-defence-batteries'),
]
times = [
 ('L1:أمس', Y, 'day'),
 ('L1:يوم الجمعة الماضي', FRI, 'day'),
 ('L2:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L3:يوم الجمعة 21 مارس', FRI, 'day'),
 ('L3:صباح الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L4:ظهر الأحد', SUN, 'part-of-day', {'part': 'noon'}),
 ('L6:مساء الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L7:ليل أمس', Y, 'part-of-day', {'part': 'night'}),
 ('L8:منذ صباح أمس', Y + '/' + D, 'day'),
 ('L9:أمس', Y, 'day'),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
MFA = 'وزارة الخارجية السورية'
GS = 'رئاسة الأركان التركية'
FLD = 'مصادر ميدانية'
NOON = 'L4:ظهر الأحد'
events = [
 dict(type='CONTROL', trig='L1:سيطر', time='L1:أمس', actors=['FSA'], loc='L1:قرية السمرا'),                                          # 1
 dict(type='OPERATION', trig='L1:معركة', time='L1:يوم الجمعة الماضي', actors=['FSA'], loc='L1:ريف اللاذقية الشمالي'),                # 2
 dict(type='ATTACK', trig='L2:اقتحموا', time='L2:فجر أمس', actors=['NUSRA', SAI], targets=['SY_GOV'], loc='L2:القرية', attr=SOHR),    # 3
 dict(type='ATTACK', trig='L2:اشتباكات', time='L2:فجر أمس', actors=['NUSRA', SAI, 'SY_GOV'], loc='L2:القرية', attr=SOHR),            # 4
 dict(type='ATTACK', trig='L2:المعارك', actors=['NUSRA', SAI, 'SY_GOV'], loc='L2:تلة "المرصد 45"', attr=SOHR),                      # 5
 dict(type='CONTROL', trig='L3:سيطرت', time='L3:يوم الجمعة 21 مارس', actors=['FSA'], targets=['SY_GOV'], loc='L3:معبر كسب الحدودي'),       # 6
 dict(type='CONTROL', trig='L3:تنتزع', time='L3:صباح الأحد', actors=['FSA'], targets=['SY_GOV'], loc='L3:مدينة كسب'),               # 7
 dict(type='ATTACK', trig='L4:أسقطت', time=NOON, actors=['TR'], targets=['SY_GOV'], loc='L4:منطقة كسب',
      weapons=['L4:مقاتلة تركية من طراز "إف-16"']),                                                                                   # 8
 dict(type='STATEMENT', trig='L4:قالت', actors=['TR'], attr=GS),                                                                     # 9
 dict(type='ATTACK', trig='L5:العدوان', time=NOON, actors=['TR'], targets=['SY_GOV'], attr=MFA),                                     # 10
 dict(type='ATTACK', trig='L5:غطاء مدفعي', actors=['TR'], targets=['SY_GOV'], attr=MFA),                                             # 11
 dict(type='MOVEMENT', trig='L5:تسللوا', actors=['FSA'], loc='L5:الحدود', attr=MFA),                                                 # 12
 dict(type='ATTACK', trig='L6:قُتل', time='L6:مساء الأحد', actors=['FSA'], targets=[PGM], loc='L6:تلة "المرصد 45"', qty=['L6:سبعة']),  # 13
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:ليل أمس', actors=['SY_GOV'], loc='L7:بلدة قسطل معاف', qty=['L7:نحو ألفي جندي'], attr=FLD),  # 14
 dict(type='ATTACK', trig='L7:لهجوم معاكس', mod='planned', actors=['SY_GOV'], targets=['FSA'], attr=FLD),                           # 15
 dict(type='ATTACK', trig='L8:غارة', time='L8:منذ صباح أمس', actors=['SY_GOV'], targets=['FSA'], loc='L8:قريتي النبعين',
      qty=['L8:أكثر من عشرين غارة', 'L8:11 مقاتلاً على الأقل'], attr='ناشطين'),                                                        # 16
 dict(type='MOVEMENT', trig='L9:عزز', time='L9:أمس', actors=['TR'], loc='L9:ولاية هاتاي',
      weapons=['L9:دبابات', 'L9:بطاريات صواريخ مضادة للطائرات'], qty=['L9:عشر دبابات'], attr='الأناضول'),                              # 17
]
YD = (Y, 'day')
YM = (Y, 'part-of-day')
TD = (D, 'day')
SP = (SUN, 'part-of-day')
forces = [
 dict(actor='FSA', loc=('قرية السمرا', 'al-samra'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='NUSRA', loc=('القرية', 'al-samra'), as_of=YM, status='present', source=SOHR, line=2, events=[3, 4]),
 dict(actor=SAI, loc=('القرية', 'al-samra'), as_of=YM, status='present', source=SOHR, line=2, events=[3, 4]),
 dict(actor='SY_GOV', loc=('القرية', 'al-samra'), as_of=YM, status='present', source=SOHR, line=2, events=[4]),
 dict(actor='NUSRA', loc=('تلة "المرصد 45"', 'observatory-45'), as_of=TD, status='present', source=SOHR, line=2, events=[5]),
 dict(actor=SAI, loc=('تلة "المرصد 45"', 'observatory-45'), as_of=TD, status='present', source=SOHR, line=2, events=[5]),
 dict(actor='SY_GOV', loc=('تلة "المرصد 45"', 'observatory-45'), as_of=TD, status='present', source=SOHR, line=2, events=[5]),
 dict(actor='FSA', loc=('معبر كسب الحدودي', 'kessab-crossing'), as_of=(FRI, 'day'), status='controls', line=3, events=[6]),
 dict(actor='FSA', loc=('مدينة كسب', 'kessab'), as_of=SP, status='controls', line=3, events=[7]),
 dict(actor='SY_GOV', assets='طائرة حربية من طراز "ميغ-23"', loc=('منطقة كسب', 'kessab'), as_of=SP, status='attacked', line=4, events=[8]),
 dict(actor=PGM, loc=('تلة "المرصد 45"', 'observatory-45'), as_of=SP, status='present', source='التلفزيون الرسمي السوري',
      line=6, events=[13]),
 dict(actor='FSA', loc=('تلة "المرصد 45"', 'observatory-45'), as_of=SP, status='present', source='التلفزيون الرسمي السوري', line=6, events=[13]),
 dict(actor='SY_GOV', strength=(2000, True, 'troops'), assets='الفرقة الرابعة والحرس الجمهوري', loc=('بلدة قسطل معاف', 'qastal-maaf'),
      as_of=YM, status='reinforced', source=FLD, line=7, events=[14]),
 dict(actor='FSA', assets='مواقع', loc=('قريتي النبعين', 'al-nabeen'), as_of=(Y + '/' + D, 'day'), status='attacked', source='ناشطين',
      line=8, events=[16]),
 dict(actor='FSA', assets='مواقع', loc=('السمرا', 'al-samra'), as_of=(Y + '/' + D, 'day'), status='attacked', source='ناشطين',
      line=8, events=[16]),
 dict(actor='TR', strength=(10, False, 'vehicles'), assets='دبابات، بطاريات صواريخ مضادة للطائرات', loc=('ولاية هاتاي', 'hatay'),
      as_of=YD, status='reinforced', source='الأناضول', line=9, events=[17]),
]
build('alriyadh-kessab-samra', None, 'الرياض', D, L, ents, times, events, forces)
