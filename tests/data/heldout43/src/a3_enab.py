from build import build
L = [
'"الجيش الوطني" يعلن السيطرة على منبج بعد معارك مع "قسد"',
'أعلنت غرفة عمليات "فجر الحرية" التابعة لـ"الجيش الوطني السوري"، أمس الاثنين 9 من كانون الأول، سيطرتها الكاملة على مدينة منبج شرقي حلب، بعد معارك استمرت ثلاثة أيام مع "قوات سوريا الديمقراطية" (قسد) و"مجلس منبج العسكري".',
'وقال مراسل عنب بلدي في ريف حلب، اليوم الثلاثاء، إن مقاتلي الفصائل دخلوا أحياء المدينة من محورين، الأول من جهة قرية العريمة غربًا والثاني عبر الطريق الواصل إلى جرابلس شمالًا، وسط اشتباكات متقطعة مع مجموعات من "قسد" تحصنت في الحي الشرقي.',
'وأضاف المراسل أن طائرات مسيّرة تركية استهدفت، ليل الأحد- الاثنين، مواقع لـ"قسد" داخل المدينة وفي قرية الخفسة جنوبها، ما أسفر عن مقتل 12 مقاتلًا وتدمير عربتين عسكريتين.',
'في المقابل، قال "مجلس منبج العسكري" في بيان إن مقاتليه "صدّوا عدة هجمات" على الأحياء الشرقية، متهمًا الطيران التركي بقصف المدنيين، ونافيًا انسحاب قواته من المدينة بشكل كامل.',
'وتزامنت المعارك مع سقوط العاصمة دمشق بيد فصائل المعارضة فجر الأحد 8 من كانون الأول، بعد انسحاب قوات النظام السوري منها دون قتال.',
'وكانت فصائل "الجيش الوطني" قد سيطرت، مطلع الشهر الحالي، على مدينة تل رفعت وعشرات القرى في ريف حلب الشمالي، بعد انسحاب "قسد" منها نحو مناطق شرق الفرات.',
'ونقلت وكالة "رويترز" عن مسؤول أمريكي أن واشنطن تجري اتصالات مع أنقرة لترتيب هدنة في منبج، تنسحب بموجبها "قسد" إلى شرق نهر الفرات خلال أيام.',
'وتنتشر قوات أمريكية في قواعد بريفي الحسكة ودير الزور ضمن التحالف الدولي، ويقدر عددها بنحو 900 جندي، في حين لا تملك واشنطن أي وجود عسكري في منبج منذ عام 2019.',
'وبحسب ناشطين محليين، نزح آلاف المدنيين من منبج خلال اليومين الماضيين باتجاه مدينتي الطبقة والرقة، خشية تجدد القتال.',
'وفي أنقرة، قال وزير الخارجية التركي هاكان فيدان، اليوم، إن بلاده "لن تسمح" بوجود "وحدات حماية الشعب" قرب حدودها، داعيًا مقاتليها الأجانب إلى مغادرة سوريا فورًا.',
]
D = '2024-12-10'   # Tuesday; opposition outlet, web copy of its own day
MON = '2024-12-09'
SUN = '2024-12-08'
MMC = 'OTHER:manbij-military-council'
ents = [
 ('L0:الجيش الوطني','ACTOR','FSA'), ('L0:منبج','LOCATION','manbij'), ('L0:قسد','ACTOR','SDF'),
 ('L1:غرفة عمليات "فجر الحرية"','ACTOR','FSA'), ('L1:الجيش الوطني السوري','ACTOR','FSA'), ('L1:مدينة منبج','LOCATION','manbij'),
 ('L1:حلب','LOCATION','aleppo'), ('L1:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'),
 ('L1:قسد','ACTOR','SDF'), ('L1:مجلس منبج العسكري','ACTOR',MMC),
 ('L2:عنب بلدي','ORG','enab-baladi'), ('L2:ريف حلب','LOCATION','aleppo-countryside'), ('L2:الفصائل','ACTOR','FSA'),
 ('L2:أحياء المدينة','LOCATION','manbij'), ('L2:محورين','QUANTITY',None,(2,False,'other')), ('L2:قرية العريمة','LOCATION','al-arima'),
 ('L2:الطريق','LOCATION','manbij-jarablus-road'), ('L2:جرابلس','LOCATION','jarablus'), ('L2:قسد','ACTOR','SDF'),
 ('L2:الحي الشرقي','LOCATION','manbij-east-district'),
 ('L3:طائرات مسيّرة تركية','WEAPON','drones'), ('L3:قسد','ACTOR','SDF'), ('L3:المدينة','LOCATION','manbij'), ('L3:قرية الخفسة','LOCATION','al-khafsa'),
 ('L3:12 مقاتلًا','QUANTITY',None,(12,False,'killed')), ('L3:عربتين عسكريتين','QUANTITY',None,(2,False,'vehicles')),
 ('L3:عربتين عسكريتين#0','WEAPON','military-vehicles'),
 ('L4:مجلس منبج العسكري','ACTOR',MMC), ('L4:عدة هجمات','QUANTITY',None,([3, 9],True,'other')), ('L4:الأحياء الشرقية','LOCATION','manbij-east-district'),
 ('L4:الطيران التركي','ACTOR','TR'), ('L4:المدينة','LOCATION','manbij'),
 ('L5:العاصمة دمشق','LOCATION','damascus'), ('L5:فصائل المعارضة','ACTOR','FSA'), ('L5:قوات النظام السوري','ACTOR','SY_GOV'),
 ('L6:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L6:مدينة تل رفعت','LOCATION','tal-rifaat'), ('L6:عشرات القرى','QUANTITY',None,([24, 99],True,'other')),
 ('L6:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'), ('L6:قسد','ACTOR','SDF'), ('L6:مناطق شرق الفرات','LOCATION','east-of-euphrates'),
 ('L7:رويترز','ORG','reuters'), ('L7:واشنطن','ACTOR','US'), ('L7:أنقرة','ACTOR','TR'), ('L7:منبج','LOCATION','manbij'), ('L7:قسد','ACTOR','SDF'),
 ('L7:شرق نهر الفرات','LOCATION','east-of-euphrates'),
 ('L8:قوات أمريكية','ACTOR','US'), ('L8:ريفي الحسكة','LOCATION','hasakah-countryside'), ('L8:دير الزور','LOCATION','deir-ez-zor-countryside'),
 ('L8:التحالف الدولي','ACTOR','COALITION'), ('L8:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L8:واشنطن','ACTOR','US'),
 ('L8:منبج','LOCATION','manbij'),
 ('L9:آلاف المدنيين','QUANTITY',None,([1000, 9999],True,'people')), ('L9:منبج','LOCATION','manbij'), ('L9:مدينتي الطبقة','LOCATION','tabqa'),
 ('L9:الرقة','LOCATION','raqqa'),
 ('L10:أنقرة','LOCATION','ankara'), ('L10:هاكان فيدان','PERSON','hakan-fidan'), ('L10:وحدات حماية الشعب','ACTOR','YPG'), ('L10:سوريا','LOCATION','syria'),
]
times = [
 ('L1:أمس الاثنين 9 من كانون الأول', MON, 'day'),
 ('L2:اليوم الثلاثاء', D, 'day'),
 ('L3:ليل الأحد- الاثنين', SUN, 'part-of-day', {'part': 'night'}),
 ('L5:فجر الأحد 8 من كانون الأول', SUN, 'part-of-day', {'part': 'morning'}),
 ('L6:مطلع الشهر الحالي', '2024-12', 'month'),
 ('L7:خلال أيام', D + '/', 'vague', {'relation': 'after'}),
 ('L8:منذ عام 2019', '2019/2024', 'year'),
 ('L9:خلال اليومين الماضيين', SUN + '/' + D, 'day'),
 ('L10:اليوم', D, 'day'),
]
M = 'L1:أمس الاثنين 9 من كانون الأول'
T = 'L2:اليوم الثلاثاء'
N = 'L3:ليل الأحد- الاثنين'
S8 = 'L5:فجر الأحد 8 من كانون الأول'
DEC = 'L6:مطلع الشهر الحالي'
FH = 'غرفة عمليات "فجر الحرية"'
COR = 'مراسل عنب بلدي في ريف حلب'
MMS = 'مجلس منبج العسكري'
RT = 'مسؤول أمريكي (رويترز)'
ACT = 'ناشطون محليون'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=M, actors=['FSA'], attr=FH),                                                        # 1
 dict(type='CONTROL', trig='L1:سيطرتها', time=M, actors=['FSA'], targets=['SDF', MMC], loc='L1:مدينة منبج', attr=FH),            # 2
 dict(type='ATTACK', trig='L1:معارك', time=M, actors=['FSA', 'SDF', MMC], loc='L1:مدينة منبج', qty=['L1:ثلاثة أيام'], attr=FH),  # 3
 dict(type='MOVEMENT', trig='L2:دخلوا', time=M, actors=['FSA'], loc='L2:أحياء المدينة', qty=['L2:محورين'], attr=COR),             # 4
 dict(type='ATTACK', trig='L2:اشتباكات', time=T, actors=['FSA', 'SDF'], loc='L2:الحي الشرقي', attr=COR),                          # 5
 dict(type='ATTACK', trig='L3:استهدفت', time=N, actors=['TR'], targets=['SDF'], loc='L3:المدينة', weapons=['L3:طائرات مسيّرة تركية'],
      qty=['L3:12 مقاتلًا'], attr=COR),                                                                                            # 6
 dict(type='STATEMENT', trig='L4:قال', actors=[MMC], attr=MMS),                                                                    # 7
 dict(type='ATTACK', trig='L4:صدّوا', actors=[MMC], targets=['FSA'], loc='L4:الأحياء الشرقية', attr=MMS),                         # 8
 dict(type='ATTACK', trig='L4:هجمات', actors=['FSA'], targets=[MMC], loc='L4:الأحياء الشرقية', qty=['L4:عدة هجمات'], attr=MMS),  # 9
 dict(type='ATTACK', trig='L4:بقصف', actors=['TR'], attr=MMS),                                                                      # 10
 dict(type='WITHDRAWAL', trig='L4:انسحاب', mod='denied', actors=[MMC], loc='L4:المدينة', attr=MMS),                                # 11
 dict(type='ATTACK', trig='L5:المعارك', time=M, actors=['FSA', 'SDF', MMC]),                                                       # 12
 dict(type='CONTROL', trig='L5:سقوط', time=S8, actors=['FSA'], targets=['SY_GOV'], loc='L5:العاصمة دمشق'),                        # 13
 dict(type='WITHDRAWAL', trig='L5:انسحاب', time=S8, actors=['SY_GOV'], loc='L5:العاصمة دمشق'),                                    # 14
 dict(type='CONTROL', trig='L6:سيطرت', time=DEC, actors=['FSA'], targets=['SDF'], loc='L6:مدينة تل رفعت', qty=['L6:عشرات القرى']),  # 15
 dict(type='WITHDRAWAL', trig='L6:انسحاب', time=DEC, actors=['SDF'], loc='L6:مدينة تل رفعت'),                                      # 16
 dict(type='AGREEMENT', trig='L7:هدنة', mod='planned', actors=['US', 'TR'], loc='L7:منبج', attr=RT),                               # 17
 dict(type='WITHDRAWAL', trig='L7:تنسحب', mod='planned', time='L7:خلال أيام', actors=['SDF'], loc='L7:منبج', attr=RT),              # 18
 dict(type='MOVEMENT', trig='L8:تنتشر', actors=['US', 'COALITION'], loc='L8:ريفي الحسكة', qty=['L8:نحو 900 جندي']),              # 19
 dict(type='ATTACK', trig='L9:القتال', mod='expected', loc='L9:منبج', attr=ACT),                                                    # 20
 dict(type='STATEMENT', trig='L10:قال', time='L10:اليوم', actors=['TR'], attr='هاكان فيدان'),                                       # 21
 dict(type='WITHDRAWAL', trig='L10:مغادرة', mod='planned', actors=['YPG'], loc='L10:سوريا', attr='هاكان فيدان'),                   # 22
]
MD = (MON, 'day')
TD = (D, 'day')
forces = [
 dict(actor='FSA', loc=('مدينة منبج', 'manbij'), as_of=MD, status='controls', source=FH, line=1, events=[2]),
 dict(actor='FSA', loc=('أحياء المدينة', 'manbij'), as_of=MD, status='arrived', source=COR, line=2, events=[4]),
 dict(actor='FSA', loc=('الحي الشرقي', 'manbij-east-district'), as_of=TD, status='present', source=COR, line=2, events=[5]),
 dict(actor='SDF', loc=('الحي الشرقي', 'manbij-east-district'), as_of=TD, status='present', source=COR, line=2, events=[5]),
 dict(actor='SDF', assets='مواقع', loc=('المدينة', 'manbij'), as_of=(SUN, 'part-of-day'), status='attacked', source=COR, line=3, events=[6]),
 dict(actor='SDF', assets='مواقع', loc=('قرية الخفسة', 'al-khafsa'), as_of=(SUN, 'part-of-day'), status='attacked', source=COR, line=3, events=[6]),
 dict(actor=MMC, loc=('الأحياء الشرقية', 'manbij-east-district'), as_of=TD, status='present', source=MMS, line=4, events=[8]),
 dict(actor='FSA', loc=('الأحياء الشرقية', 'manbij-east-district'), as_of=TD, status='present', source=MMS, line=4, events=[9]),
 dict(actor='FSA', loc=('العاصمة دمشق', 'damascus'), as_of=(SUN, 'part-of-day'), status='controls', line=5, events=[13]),
 dict(actor='SY_GOV', loc=('العاصمة دمشق', 'damascus'), as_of=(SUN, 'part-of-day'), status='withdrawn', line=5, events=[14]),
 dict(actor='FSA', loc=('مدينة تل رفعت', 'tal-rifaat'), as_of=('2024-12', 'month'), status='controls', line=6, events=[15]),
 dict(actor='SDF', loc=('مدينة تل رفعت', 'tal-rifaat'), as_of=('2024-12', 'month'), status='withdrawn', line=6, events=[16]),
 dict(actor='US', strength=(900, True, 'troops'), assets='قواعد', loc=('ريفي الحسكة', 'hasakah-countryside'), as_of=TD, status='present', line=8, events=[19]),
 dict(actor='US', strength=(900, True, 'troops'), assets='قواعد', loc=('دير الزور', 'deir-ez-zor-countryside'), as_of=TD, status='present', line=8, events=[19]),
]
build('enab-manbij-dawn-of-freedom', None, 'عنب بلدي', D, L, ents, times, events, forces)
