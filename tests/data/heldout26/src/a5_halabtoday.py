from build import build
L = [
'ميليشيات أسد تسيطر على بلدات في ريف حلب الشمالي الغربي بغطاء جوي روسي',
'سيطرت ميليشيات أسد، أمس الأحد، على بلدات حريتان وعندان وحيان في ريف حلب الشمالي الغربي، بعد انسحاب فصائل الثوار منها إثر قصف جوي روسي ومدفعي مكثف استمر ثلاثة أيام.',
'وقال مراسل "حلب اليوم" إن الميليشيات تقدمت على محورين انطلاقاً من منطقة الليرمون ومخيم حندرات، ودخلت البلدات بعد ساعات من انسحاب المقاتلين نحو ريف حلب الغربي، ثم بدأت تمشيط الأحياء السكنية.',
'وأعلنت "الجبهة الوطنية للتحرير" أن مقاتليها صدوا فجر اليوم محاولة تقدم لميليشيات أسد على محور قرية كفر حلب غربي حلب، وقتلوا 11 عنصراً بينهم ضابط.',
'وفي سياق متصل، زعمت وسائل إعلام النظام أن ميليشياته باتت تسيطر بشكل كامل على الطريق الدولي حلب – دمشق "M5" للمرة الأولى منذ عام 2012، بعد السيطرة على بلدة خان العسل وحي جمعية الزهراء غربي حلب الأربعاء الماضي.',
'في المقابل، أدخل الجيش التركي ليل الأحد – الإثنين رتلاً عسكرياً جديداً يضم نحو 80 آلية بين دبابات وناقلات جند ومدافع ثقيلة عبر معبر كفرلوسين الحدودي، وتوجه الرتل إلى محيط مدينة الأتارب في ريف حلب الغربي.',
'بالتزامن، استهدفت طائرات حربية روسية بغارات مدينة دارة عزة وبلدة قبتان الجبل، ما أدى إلى خروج مشفى عن الخدمة ومقتل مدنيين اثنين، بحسب الدفاع المدني السوري.',
'من جهته، قال وزير الدفاع التركي خلوصي أكار، في تصريحات صحفية أمس، إن قوات بلاده لن تنسحب من نقاط المراقبة الاثنتي عشرة في إدلب، وإنها سترد "بأشد الطرق" على أي هجوم يستهدفها.',
'وتنتشر نقاط مراقبة تركية في محيط بلدة الشيخ عقيل وقرية الراشدين، وتحاصر ميليشيات أسد النقطة الأخيرة منذ العاشر من شباط الجاري.',
'وبحسب الأمم المتحدة، نزح أكثر من 800 ألف شخص من ريفي إدلب وحلب منذ مطلع كانون الأول الماضي، في أكبر موجة نزوح تشهدها سوريا منذ بدء الحرب.',
'وتشن ميليشيات أسد بدعم روسي حملة عسكرية على إدلب وأرياف حلب منذ نيسان 2019، سيطرت خلالها على مدن خان شيخون ومعرة النعمان وسراقب، وقتلت ما يزيد عن 1700 مدني.',
]
D = '2020-02-17'   # Monday; Halab Today web copy of its day
Y = '2020-02-16'   # Sunday
NFL = 'OTHER:national-front-for-liberation'
ents = [
 ('L0:ميليشيات أسد','ACTOR','SY_GOV'), ('L0:ريف حلب الشمالي الغربي','LOCATION','aleppo-northwest-countryside'),
 ('L1:ميليشيات أسد','ACTOR','SY_GOV'), ('L1:بلدات حريتان','LOCATION','haritan'), ('L1:عندان','LOCATION','anadan'), ('L1:حيان','LOCATION','hayan'),
 ('L1:ريف حلب الشمالي الغربي','LOCATION','aleppo-northwest-countryside'), ('L1:فصائل الثوار','ACTOR','FSA'),
 ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')),
 ('L2:حلب اليوم','ORG','halab-today'), ('L2:الميليشيات','ACTOR','SY_GOV'), ('L2:محورين','QUANTITY',None,(2,False,'other')),
 ('L2:منطقة الليرمون','LOCATION','layramoun'), ('L2:مخيم حندرات','LOCATION','handarat-camp'), ('L2:البلدات','LOCATION','haritan-anadan-hayan'),
 ('L2:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L3:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L3:ميليشيات أسد','ACTOR','SY_GOV'), ('L3:قرية كفر حلب','LOCATION','kafr-halab'),
 ('L3:حلب#1','LOCATION','aleppo'), ('L3:11 عنصراً','QUANTITY',None,(11,False,'killed')),
 ('L4:النظام','ACTOR','SY_GOV'), ('L4:الطريق الدولي حلب – دمشق "M5"','LOCATION','m5-highway'), ('L4:بلدة خان العسل','LOCATION','khan-al-asal'),
 ('L4:حي جمعية الزهراء','LOCATION','jamiat-al-zahraa'), ('L4:حلب#1','LOCATION','aleppo'),
 ('L5:الجيش التركي','ACTOR','TR'), ('L5:نحو 80 آلية','QUANTITY',None,(80,True,'vehicles')), ('L5:آلية','WEAPON','vehicles'),
 ('L5:دبابات','WEAPON','tanks'), ('L5:ناقلات جند','WEAPON','apcs'), ('L5:مدافع ثقيلة','WEAPON','heavy-artillery'),
 ('L5:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'), ('L5:مدينة الأتارب','LOCATION','atarib'), ('L5:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L6:طائرات حربية روسية','WEAPON','warplanes'), ('L6:مدينة دارة عزة','LOCATION','daret-azza'), ('L6:بلدة قبتان الجبل','LOCATION','qubtan-al-jabal'),
 ('L6:مدنيين اثنين','QUANTITY',None,(2,False,'killed')), ('L6:الدفاع المدني السوري','ORG','syria-civil-defence'),
 ('L7:خلوصي أكار','PERSON','hulusi-akar'), ('L7:الاثنتي عشرة','QUANTITY',None,(12,False,'other')), ('L7:إدلب','LOCATION','idlib-governorate'),
 ('L8:بلدة الشيخ عقيل','LOCATION','al-sheikh-aqil'), ('L8:قرية الراشدين','LOCATION','al-rashidin'), ('L8:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L9:الأمم المتحدة','ORG','un'), ('L9:أكثر من 800 ألف شخص','QUANTITY',None,(800000,True,'people')), ('L9:ريفي إدلب','LOCATION','idlib-countryside'),
 ('L9:حلب','LOCATION','aleppo-countryside'), ('L9:سوريا','LOCATION','syria'),
 ('L10:ميليشيات أسد','ACTOR','SY_GOV'), ('L10:إدلب','LOCATION','idlib-governorate'), ('L10:أرياف حلب','LOCATION','aleppo-countryside'),
 ('L10:مدن خان شيخون','LOCATION','khan-shaykhun'), ('L10:معرة النعمان','LOCATION','maarat-al-numan'), ('L10:سراقب','LOCATION','saraqib'),
 ('L10:ما يزيد عن 1700 مدني','QUANTITY',None,(1700,True,'killed')),
]
times = [
 ('L1:أمس الأحد', Y, 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L4:منذ عام 2012', '2012/2020', 'year'),
 ('L4:الأربعاء الماضي', '2020-02-12', 'day'),
 ('L5:ليل الأحد – الإثنين', Y, 'part-of-day', {'part': 'night'}),
 ('L7:أمس', Y, 'day'),
 ('L8:منذ العاشر من شباط الجاري', '2020-02-10/' + D, 'day'),
 ('L9:منذ مطلع كانون الأول الماضي', '2019-12/2020-02', 'month'),
 ('L10:منذ نيسان 2019', '2019-04/2020-02', 'month'),
]
T = 'L1:أمس الأحد'
N = 'L5:ليل الأحد – الإثنين'
SIN = 'L10:منذ نيسان 2019'
COR = 'مراسل حلب اليوم'
MED = 'وسائل إعلام النظام'
AK = 'خلوصي أكار'
NFLS = 'الجبهة الوطنية للتحرير'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L1:بلدات حريتان'),                           # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=T, actors=['FSA'], loc='L1:بلدات حريتان'),                                          # 2
 dict(type='ATTACK', trig='L1:قصف', actors=['RU', 'SY_GOV'], targets=['FSA'], qty=['L1:ثلاثة أيام']),                               # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', time=T, actors=['SY_GOV'], loc='L2:منطقة الليرمون', qty=['L2:محورين'], attr=COR),             # 4
 dict(type='MOVEMENT', trig='L2:دخلت', time=T, actors=['SY_GOV'], loc='L2:البلدات', attr=COR),                                      # 5
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time=T, actors=['FSA'], attr=COR),                                                       # 6
 dict(type='OPERATION', trig='L2:تمشيط', time=T, actors=['SY_GOV'], attr=COR),                                                      # 7
 dict(type='STATEMENT', trig='L3:أعلنت', actors=[NFL], attr=NFLS),                                                                # 8
 dict(type='ATTACK', trig='L3:صدوا', time='L3:فجر اليوم', actors=[NFL], targets=['SY_GOV'], loc='L3:قرية كفر حلب', attr=NFLS),      # 9
 dict(type='ATTACK', trig='L3:محاولة تقدم', time='L3:فجر اليوم', actors=['SY_GOV'], targets=[NFL], loc='L3:قرية كفر حلب', attr=NFLS),  # 10
 dict(type='ATTACK', trig='L3:قتلوا', time='L3:فجر اليوم', actors=[NFL], targets=['SY_GOV'], qty=['L3:11 عنصراً'], attr=NFLS),       # 11
 dict(type='CONTROL', trig='L4:تسيطر', actors=['SY_GOV'], loc='L4:الطريق الدولي حلب – دمشق "M5"', attr=MED),                         # 12
 dict(type='CONTROL', trig='L4:السيطرة', time='L4:الأربعاء الماضي', actors=['SY_GOV'], loc='L4:بلدة خان العسل', attr=MED),            # 13
 dict(type='MOVEMENT', trig='L5:أدخل', time=N, actors=['TR'], loc='L5:معبر كفرلوسين الحدودي',
      weapons=['L5:آلية', 'L5:دبابات', 'L5:ناقلات جند', 'L5:مدافع ثقيلة'], qty=['L5:نحو 80 آلية']),                               # 14
 dict(type='MOVEMENT', trig='L5:توجه', time=N, actors=['TR'], loc='L5:مدينة الأتارب'),                                              # 15
 dict(type='ATTACK', trig='L6:استهدفت', time=N, actors=['RU'], loc='L6:مدينة دارة عزة', weapons=['L6:طائرات حربية روسية'],
      qty=['L6:مدنيين اثنين'], attr='الدفاع المدني السوري'),                                                                        # 16
 dict(type='STATEMENT', trig='L7:قال', time='L7:أمس', actors=['TR'], attr=AK),                                                     # 17
 dict(type='WITHDRAWAL', trig='L7:تنسحب', mod='denied', actors=['TR'], loc='L7:إدلب', attr=AK),                                    # 18
 dict(type='ATTACK', trig='L7:سترد', mod='planned', actors=['TR'], attr=AK),                                                       # 19
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['TR'], loc='L8:بلدة الشيخ عقيل'),                                                   # 20
 dict(type='OPERATION', trig='L8:تحاصر', time='L8:منذ العاشر من شباط الجاري', actors=['SY_GOV'], targets=['TR'], loc='L8:قرية الراشدين'),  # 21
 dict(type='OPERATION', trig='L10:حملة عسكرية', time=SIN, actors=['SY_GOV', 'RU'], loc='L10:إدلب'),                                  # 22
 dict(type='CONTROL', trig='L10:سيطرت', time=SIN, actors=['SY_GOV'], loc='L10:مدن خان شيخون'),                                     # 23
 dict(type='ATTACK', trig='L10:قتلت', time=SIN, actors=['SY_GOV'], qty=['L10:ما يزيد عن 1700 مدني']),                               # 24
]
YD = (Y, 'day')
DD = (D, 'day')
FP = (D, 'part-of-day')
WED = ('2020-02-12', 'day')
SI = ('2019-04/2020-02', 'month')
forces = [
 dict(actor='SY_GOV', loc=('بلدات حريتان', 'haritan'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('عندان', 'anadan'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('حيان', 'hayan'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='FSA', loc=('بلدات حريتان', 'haritan'), as_of=YD, status='withdrawn', line=1, events=[2]),
 dict(actor='FSA', loc=('عندان', 'anadan'), as_of=YD, status='withdrawn', line=1, events=[2]),
 dict(actor='FSA', loc=('حيان', 'hayan'), as_of=YD, status='withdrawn', line=1, events=[2]),
 dict(actor='SY_GOV', loc=('البلدات', 'haritan-anadan-hayan'), as_of=YD, status='arrived', source=COR, line=2, events=[5]),
 dict(actor=NFL, loc=('قرية كفر حلب', 'kafr-halab'), as_of=FP, status='present', source=NFLS, line=3, events=[9, 10, 11]),
 dict(actor='SY_GOV', loc=('قرية كفر حلب', 'kafr-halab'), as_of=FP, status='present', source=NFLS, line=3, events=[9, 10, 11]),
 dict(actor='SY_GOV', loc=('الطريق الدولي حلب – دمشق "M5"', 'm5-highway'), as_of=DD, status='controls', source=MED, line=4, events=[12]),
 dict(actor='SY_GOV', loc=('بلدة خان العسل', 'khan-al-asal'), as_of=WED, status='controls', source=MED, line=4, events=[13]),
 dict(actor='SY_GOV', loc=('حي جمعية الزهراء', 'jamiat-al-zahraa'), as_of=WED, status='controls', source=MED, line=4, events=[13]),
 dict(actor='TR', strength=(80, True, 'vehicles'), assets='رتل عسكري: دبابات وناقلات جند ومدافع ثقيلة', loc=('مدينة الأتارب', 'atarib'),
      as_of=(Y, 'part-of-day'), status='reinforced', line=5, events=[14, 15]),
 dict(actor='TR', assets='نقاط المراقبة الاثنتي عشرة', loc=('إدلب', 'idlib-governorate'), as_of=YD, status='present', source=AK, line=7, events=[18]),
 dict(actor='TR', assets='نقاط مراقبة', loc=('بلدة الشيخ عقيل', 'al-sheikh-aqil'), as_of=DD, status='present', line=8, events=[20]),
 dict(actor='TR', assets='نقطة مراقبة', loc=('قرية الراشدين', 'al-rashidin'), as_of=DD, status='present', line=8, events=[20, 21]),
 dict(actor='SY_GOV', loc=('قرية الراشدين', 'al-rashidin'), as_of=('2020-02-10/' + D, 'day'), status='present', line=8, events=[21]),
 dict(actor='SY_GOV', loc=('مدن خان شيخون', 'khan-shaykhun'), as_of=SI, status='controls', line=10, events=[23]),
 dict(actor='SY_GOV', loc=('معرة النعمان', 'maarat-al-numan'), as_of=SI, status='controls', line=10, events=[23]),
 dict(actor='SY_GOV', loc=('سراقب', 'saraqib'), as_of=SI, status='controls', line=10, events=[23]),
]
build('halabtoday-west-aleppo-countryside', None, 'حلب اليوم', D, L, ents, times, events, forces)
