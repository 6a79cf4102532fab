from build import build
L = [
'الثوار يسيطرون على معسكري "وادي الضيف" و"الحامدية" بعد حصار دام عامين',
'إدلب - زمان الوصل',
'سيطرت "جبهة النصرة" و"حركة أحرار الشام" وكتائب من الثوار، فجر اليوم الاثنين، على معسكر "وادي الضيف" شرقي مدينة معرة النعمان، ثم على معسكر "الحامدية" جنوبها، بعد معارك عنيفة مع قوات الأسد بدأت مساء أمس الأحد.',
'وقال مراسل "زمان الوصل" في ريف إدلب إن المقاتلين اقتحموا المعسكر من ثلاثة محاور، بعد تمهيد بعشرات قذائف الهاون وصواريخ "غراد"، وتفجير عربة مفخخة عند حاجز "الدهمان" المتقدم.',
'وأضاف المراسل أن من تبقى من عناصر النظام في المعسكرين فرّوا على شكل مجموعات صغيرة باتجاه بلدة بابولين وقرى ريف حماة الشمالي، فيما لاحقهم الثوار وأسروا أكثر من 30 منهم، بينهم ضابطان برتبة عقيد.',
'وبحسب قيادي في غرفة عمليات المعركة، فإن نحو 80 عنصراً من قوات النظام لقوا مصرعهم خلال الاشتباكات، كما غنم الثوار 12 دبابة وعدداً من مدافع الميدان وكميات كبيرة من الذخائر.',
'في المقابل، شن الطيران الحربي التابع للأسد سلسلة غارات على معرة النعمان بعد ساعات من سقوط المعسكرين، فيما ألقت المروحيات ستة براميل متفجرة على أحياء المدينة، ما أدى إلى مقتل ثمانية مدنيين، بحسب ناشطين.',
'ونقلت وكالة "سانا" التابعة للنظام عن مصدر عسكري قوله إن حامية وادي الضيف "أعادت انتشارها في مواقع أخرى بعد أن صمدت عامين في وجه الإرهابيين".',
'ويعد "وادي الضيف" أكبر تجمع لقوات النظام في ريف إدلب الجنوبي، وكان الثوار قد فرضوا حصاراً عليه وعلى "الحامدية" منذ تشرين الأول/أكتوبر 2012، عقب سيطرتهم على معرة النعمان.',
'ويعني سقوط المعسكرين أن الثوار باتوا يسيطرون على الجزء المار في ريف إدلب من الطريق الدولي بين حلب ودمشق، بعد أن ظل النظام يتخذ منهما منطلقاً لقصف المدن والبلدات المحيطة.',
'وكان المرصد السوري لحقوق الإنسان قد أفاد، أمس الأحد، بأن الطيران الحربي التابع للنظام نفذ أكثر من 40 غارة على محيط المعسكرين في محاولة لوقف تقدم الفصائل، بالتزامن مع وصول تعزيزات عسكرية من ريف حماة إلى بلدة مورك.',
]
D = '2014-12-15'   # Monday; web copy of its own day
AH = 'OTHER:ahrar-al-sham'
R = ['NUSRA', AH, 'FSA']
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:معسكري "وادي الضيف"','LOCATION','wadi-al-deif'), ('L0:الحامدية','LOCATION','al-hamidiyah-camp'),
 ('L0:عامين','QUANTITY',None,(2,False,'other')),
 ('L1:إدلب','LOCATION','idlib'), ('L1:زمان الوصل','ORG','zaman-alwasl'),
 ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:حركة أحرار الشام','ACTOR',AH), ('L2:الثوار','ACTOR','FSA'),
 ('L2:معسكر "وادي الضيف"','LOCATION','wadi-al-deif'), ('L2:مدينة معرة النعمان','LOCATION','maarat-al-numan'),
 ('L2:معسكر "الحامدية"','LOCATION','al-hamidiyah-camp'), ('L2:قوات الأسد','ACTOR','SY_GOV'),
 ('L3:زمان الوصل','ORG','zaman-alwasl'), ('L3:ريف إدلب','LOCATION','idlib-countryside'), ('L3:المعسكر','LOCATION','wadi-al-deif'),
 ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')), ('L3:عشرات','QUANTITY',None,([24, 99],True,'other')),
 ('L3:قذائف الهاون','WEAPON','mortars'), ('L3:صواريخ "غراد"','WEAPON','grad'), ('L3:عربة مفخخة','WEAPON','vbied'),
 ('L3:حاجز "الدهمان"','LOCATION','al-dahman-checkpoint'),
 ('L4:النظام','ACTOR','SY_GOV'), ('L4:المعسكرين','LOCATION','wadi-al-deif'), ('L4:بلدة بابولين','LOCATION','babulin'),
 ('L4:قرى ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L4:الثوار','ACTOR','FSA'),
 ('L4:أكثر من 30','QUANTITY',None,(30,True,'arrested')), ('L4:ضابطان','QUANTITY',None,(2,False,'arrested')),
 ('L5:نحو 80 عنصراً','QUANTITY',None,(80,True,'killed')), ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:الثوار','ACTOR','FSA'),
 ('L5:12 دبابة','QUANTITY',None,(12,False,'vehicles')), ('L5:دبابة','WEAPON','tanks'), ('L5:مدافع الميدان','WEAPON','field-guns'),
 ('L5:الذخائر','WEAPON','ammunition'),
 ('L6:الطيران الحربي','WEAPON','warplanes'), ('L6:لأسد','ACTOR','SY_GOV'), ('L6:معرة النعمان','LOCATION','maarat-al-numan'),
 ('L6:المعسكرين','LOCATION','wadi-al-deif'), ('L6:المروحيات','WEAPON','helicopters'),
 ('L6:ستة براميل متفجرة','QUANTITY',None,(6,False,'other')), ('L6:براميل متفجرة','WEAPON','barrel-bombs'),
 ('L6:أحياء المدينة','LOCATION','maarat-al-numan'), ('L6:ثمانية مدنيين','QUANTITY',None,(8,False,'killed')),
 ('L7:سانا','ORG','sana'), ('L7:لنظام','ACTOR','SY_GOV'), ('L7:حامية وادي الضيف','ACTOR','SY_GOV'),
 ('L7:وادي الضيف','LOCATION','wadi-al-deif'), ('L7:عامين','QUANTITY',None,(2,False,'other')), ('L7:الإرهابيين','ACTOR','FSA'),
 ('L8:وادي الضيف','LOCATION','wadi-al-deif'), ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L8:الثوار','ACTOR','FSA'), ('L8:الحامدية','LOCATION','al-hamidiyah-camp'), ('L8:معرة النعمان','LOCATION','maarat-al-numan'),
 ('L9:المعسكرين','LOCATION','wadi-al-deif'), ('L9:الثوار','ACTOR','FSA'), ('L9:ريف إدلب','LOCATION','idlib-countryside'),
 ('L9:الطريق الدولي','LOCATION','m5-highway'), ('L9:حلب','LOCATION','aleppo'), ('L9:دمشق','LOCATION','damascus'),
 ('L9:النظام','ACTOR','SY_GOV'), ('L9:المدن والبلدات المحيطة','LOCATION','wadi-al-deif-surroundings'),
 ('L10:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L10:الطيران الحربي','WEAPON','warplanes'), ('L10:لنظام','ACTOR','SY_GOV'),
 ('L10:أكثر من 40 غارة','QUANTITY',None,(40,True,'other')), ('L10:المعسكرين','LOCATION','wadi-al-deif'),
 ('L10:الفصائل','ACTOR','FSA'), ('L10:ريف حماة','LOCATION','hama-countryside'), ('L10:بلدة مورك','LOCATION','morek'),
]
times = [
 ('L2:فجر اليوم الاثنين', D, 'part-of-day', {'part': 'morning'}),
 ('L2:مساء أمس الأحد', '2014-12-14', 'part-of-day', {'part': 'evening'}),
 ('L8:منذ تشرين الأول/أكتوبر 2012', '2012-10/2014-12', 'month'),
 ('L10:أمس الأحد', '2014-12-14', 'day'),
]
T = 'L2:فجر اليوم الاثنين'
SUNE = 'L2:مساء أمس الأحد'
SINCE = 'L8:منذ تشرين الأول/أكتوبر 2012'
COR = 'مراسل زمان الوصل'
CMD = 'قيادي في غرفة عمليات المعركة'
ACT = 'ناشطون'
SANA = 'مصدر عسكري (سانا)'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=T, actors=R, targets=['SY_GOV'], loc='L2:معسكر "وادي الضيف"'),                       # 1
 dict(type='ATTACK', trig='L2:معارك', time=SUNE, actors=R + ['SY_GOV'], loc='L2:معسكر "وادي الضيف"'),                               # 2
 dict(type='ATTACK', trig='L3:اقتحموا', time=T, actors=R, targets=['SY_GOV'], loc='L3:المعسكر', qty=['L3:ثلاثة محاور'], attr=COR),  # 3
 dict(type='ATTACK', trig='L3:تمهيد', time=T, actors=R, targets=['SY_GOV'], loc='L3:المعسكر',
      weapons=['L3:قذائف الهاون', 'L3:صواريخ "غراد"'], qty=['L3:عشرات'], attr=COR),                                                  # 4
 dict(type='ATTACK', trig='L3:تفجير', time=T, actors=R, targets=['SY_GOV'], loc='L3:حاجز "الدهمان"', weapons=['L3:عربة مفخخة'], attr=COR),  # 5
 dict(type='WITHDRAWAL', trig='L4:فرّوا', time=T, actors=['SY_GOV'], loc='L4:المعسكرين', attr=COR),                                 # 6
 dict(type='ARREST', trig='L4:أسروا', time=T, actors=['FSA'], targets=['SY_GOV'], qty=['L4:أكثر من 30', 'L4:ضابطان'], attr=COR),     # 7
 dict(type='ATTACK', trig='L5:الاشتباكات', time=SUNE, actors=R + ['SY_GOV'], qty=['L5:نحو 80 عنصراً'], attr=CMD),                    # 8
 dict(type='ATTACK', trig='L6:غارات', actors=['SY_GOV'], loc='L6:معرة النعمان', weapons=['L6:الطيران الحربي'], attr=ACT),             # 9
 dict(type='CONTROL', trig='L6:سقوط', time=T, actors=R, targets=['SY_GOV'], loc='L6:المعسكرين'),                                     # 10
 dict(type='ATTACK', trig='L6:ألقت', actors=['SY_GOV'], loc='L6:أحياء المدينة', weapons=['L6:المروحيات', 'L6:براميل متفجرة'],
      qty=['L6:ستة براميل متفجرة', 'L6:ثمانية مدنيين'], attr=ACT),                                                                    # 11
 dict(type='MOVEMENT', trig='L7:أعادت انتشارها', time=T, actors=['SY_GOV'], attr=SANA),                                              # 12
 dict(type='OPERATION', trig='L8:حصاراً', time=SINCE, actors=['FSA'], targets=['SY_GOV'], loc='L8:وادي الضيف'),                     # 13
 dict(type='CONTROL', trig='L8:سيطرتهم', time=SINCE, actors=['FSA'], loc='L8:معرة النعمان'),                                         # 14
 dict(type='CONTROL', trig='L9:سقوط', time=T, actors=R, targets=['SY_GOV'], loc='L9:المعسكرين'),                                     # 15
 dict(type='CONTROL', trig='L9:يسيطرون', time=T, actors=['FSA'], loc='L9:الطريق الدولي'),                                            # 16
 dict(type='ATTACK', trig='L9:لقصف', actors=['SY_GOV'], loc='L9:المدن والبلدات المحيطة'),                                            # 17
 dict(type='ATTACK', trig='L10:غارة', time='L10:أمس الأحد', actors=['SY_GOV'], targets=['FSA'], loc='L10:المعسكرين',
      weapons=['L10:الطيران الحربي'], qty=['L10:أكثر من 40 غارة'], attr='المرصد السوري لحقوق الإنسان'),                                # 18
 dict(type='MOVEMENT', trig='L10:تقدم', time='L10:أمس الأحد', actors=['FSA'], attr='المرصد السوري لحقوق الإنسان'),                      # 19
 dict(type='MOVEMENT', trig='L10:وصول', time='L10:أمس الأحد', actors=['SY_GOV'], loc='L10:بلدة مورك', attr='المرصد السوري لحقوق الإنسان'),  # 20
]
TM = (D, 'part-of-day')
SI = ('2012-10/2014-12', 'month')
forces = []
for a in R:
    forces.append(dict(actor=a, loc=('معسكر "وادي الضيف"', 'wadi-al-deif'), as_of=TM, status='controls', line=2, events=[1]))
    forces.append(dict(actor=a, loc=('معسكر "الحامدية"', 'al-hamidiyah-camp'), as_of=TM, status='controls', line=2, events=[1]))
for a in R + ['SY_GOV']:
    forces.append(dict(actor=a, loc=('المعسكر', 'wadi-al-deif'), as_of=TM, status='present', source=COR, line=3, events=[3]))
forces += [
 dict(actor='SY_GOV', loc=('حاجز "الدهمان"', 'al-dahman-checkpoint'), as_of=TM, status='attacked', source=COR, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('المعسكرين', 'wadi-al-deif'), as_of=TM, status='withdrawn', source=COR, line=4, events=[6]),
 dict(actor='SY_GOV', loc=('وادي الضيف', 'wadi-al-deif'), as_of=SI, status='present', line=8, events=[13]),
 dict(actor='FSA', loc=('وادي الضيف', 'wadi-al-deif'), as_of=SI, status='present', line=8, events=[13]),
 dict(actor='FSA', loc=('الحامدية', 'al-hamidiyah-camp'), as_of=SI, status='present', line=8, events=[13]),
 dict(actor='FSA', loc=('معرة النعمان', 'maarat-al-numan'), as_of=SI, status='controls', line=8, events=[14]),
 dict(actor='FSA', loc=('الطريق الدولي', 'm5-highway'), as_of=(D, 'day'), status='controls', line=9, events=[16]),
 dict(actor='FSA', loc=('المعسكرين', 'wadi-al-deif'), as_of=('2014-12-14', 'day'), status='attacked', source='المرصد السوري لحقوق الإنسان', line=10, events=[18]),
 dict(actor='SY_GOV', assets='تعزيزات عسكرية من ريف حماة', loc=('بلدة مورك', 'morek'), as_of=('2014-12-14', 'day'), status='reinforced',
      source='المرصد السوري لحقوق الإنسان', line=10, events=[20]),
]
build('zamanalwasl-wadi-al-deif', None, 'زمان الوصل', D, L, ents, times, events, forces)
