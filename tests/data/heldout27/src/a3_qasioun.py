from build import build
L = [
'خروج الدفعة الأولى من مقاتلي "أحرار الشام" وعائلاتهم من حرستا نحو الشمال السوري',
'ريف دمشق – قاسيون',
'بدأت، صباح اليوم الخميس، عملية تهجير مقاتلي حركة "أحرار الشام الإسلامية" وعائلاتهم من مدينة حرستا في الغوطة الشرقية، بموجب اتفاق أبرمته الحركة مع الاحتلال الروسي مساء أمس الأربعاء.',
'وقال مراسل "قاسيون" في الغوطة إن 25 حافلة تقل نحو 1500 شخص، بينهم قرابة أربعمئة مقاتل، خرجت من المدينة عبر الأوتوستراد الدولي بمرافقة سيارات الشرطة العسكرية الروسية، وسط انتشار لعناصر ميليشيات الأسد على جانبي الطريق.',
'ومن المقرر أن تصل الحافلات إلى بلدة قلعة المضيق في ريف حماة الغربي خلال ساعات، ومنها إلى محافظة إدلب، على أن تخرج الدفعة الثانية والأخيرة غداً الجمعة، بحسب المراسل.',
'ونص الاتفاق، وفق بيان أصدرته الحركة، على خروج المقاتلين بسلاحهم الفردي ومن يرغب من المدنيين، مقابل وقف القصف ودخول الشرطة العسكرية الروسية إلى المدينة و"تسوية أوضاع" الراغبين في البقاء.',
'وكانت قوات الأسد قد قسّمت الغوطة الشرقية، في العاشر من آذار الجاري، إلى ثلاثة جيوب معزولة، هي دوما شمالاً وحرستا غرباً والقطاع الأوسط جنوباً، إثر سيطرتها على بلدتي مسرابا ومديرا.',
'وبالتزامن، تتواصل المفاوضات بين "فيلق الرحمن" والجانب الروسي بشأن بلدات القطاع الأوسط، في حين قصفت طائرات النظام وروسيا بلدات عربين وزملكا وعين ترما، ما أسفر عن مقتل 17 مدنياً صباح اليوم، بحسب الدفاع المدني.',
'ويقدّر ناشطون عدد مقاتلي "جيش الإسلام" المتحصنين في مدينة دوما بنحو ثمانية آلاف مقاتل، فيما لا يزال الفصيل يرفض الخروج من المدينة، وسط أنباء عن مفاوضات مباشرة مع ضباط روس.',
'من جهتها، أعلنت وزارة الدفاع الروسية أن أكثر من 79 ألف مدني غادروا الغوطة الشرقية عبر "الممرات الإنسانية" منذ بدء "الهدنة الإنسانية" اليومية في 27 شباط الماضي.',
'ويحاصر النظام الغوطة الشرقية منذ عام 2013، وكان عدد المدنيين فيها قبل الحملة الأخيرة يُقدّر بنحو 400 ألف نسمة.',
]
D = '2018-03-22'   # Thursday; opposition news agency, web copy of its own day
WED = '2018-03-21'
AH = 'OTHER:ahrar-al-sham'
FR = 'OTHER:faylaq-al-rahman'
JAI = 'OTHER:jaish-al-islam'
COR = 'مراسل قاسيون'
ents = [
 ('L0:أحرار الشام','ACTOR',AH), ('L0:حرستا','LOCATION','harasta'), ('L0:الشمال السوري','LOCATION','north-syria'),
 ('L1:ريف دمشق','LOCATION','damascus-countryside'), ('L1:قاسيون','ORG','qasioun'),
 ('L2:حركة "أحرار الشام الإسلامية"','ACTOR',AH), ('L2:مدينة حرستا','LOCATION','harasta'), ('L2:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L2:الحركة','ACTOR',AH), ('L2:الاحتلال الروسي','ACTOR','RU'),
 ('L3:قاسيون','ORG','qasioun'), ('L3:الغوطة','LOCATION','eastern-ghouta'), ('L3:25 حافلة','QUANTITY',None,(25,False,'vehicles')),
 ('L3:نحو 1500 شخص','QUANTITY',None,(1500,True,'people')), ('L3:قرابة أربعمئة مقاتل','QUANTITY',None,(400,True,'fighters')),
 ('L3:المدينة','LOCATION','harasta'), ('L3:الأوتوستراد الدولي','LOCATION','damascus-homs-highway'), ('L3:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L3:ميليشيات الأسد','ACTOR','SY_GOV'), ('L3:الطريق','LOCATION','damascus-homs-highway'),
 ('L4:بلدة قلعة المضيق','LOCATION','qalaat-al-madiq'), ('L4:ريف حماة الغربي','LOCATION','hama-countryside-west'), ('L4:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L5:الحركة','ACTOR',AH), ('L5:سلاحهم الفردي','WEAPON','small-arms'), ('L5:الشرطة العسكرية الروسية','ACTOR','RU'), ('L5:المدينة','LOCATION','harasta'),
 ('L6:قوات الأسد','ACTOR','SY_GOV'), ('L6:الغوطة الشرقية','LOCATION','eastern-ghouta'), ('L6:ثلاثة جيوب','QUANTITY',None,(3,False,'other')),
 ('L6:دوما','LOCATION','douma'), ('L6:حرستا','LOCATION','harasta'), ('L6:القطاع الأوسط','LOCATION','ghouta-middle-sector'),
 ('L6:بلدتي مسرابا','LOCATION','misraba'), ('L6:مديرا','LOCATION','mudayra'),
 ('L7:فيلق الرحمن','ACTOR',FR), ('L7:الجانب الروسي','ACTOR','RU'), ('L7:بلدات القطاع الأوسط','LOCATION','ghouta-middle-sector'),
 ('L7:طائرات','WEAPON','warplanes'), ('L7:النظام','ACTOR','SY_GOV'), ('L7:روسيا','ACTOR','RU'), ('L7:بلدات عربين','LOCATION','arbin'),
 ('L7:زملكا','LOCATION','zamalka'), ('L7:عين ترما','LOCATION','ein-tarma'), ('L7:17 مدنياً','QUANTITY',None,(17,False,'killed')),
 ('L7:الدفاع المدني','ORG','syria-civil-defence'),
 ('L8:جيش الإسلام','ACTOR',JAI), ('L8:مدينة دوما','LOCATION','douma'), ('L8:نحو ثمانية آلاف مقاتل','QUANTITY',None,(8000,True,'fighters')),
 ('L8:الفصيل','ACTOR',JAI), ('L8:المدينة','LOCATION','douma'), ('L8:ضباط روس','ACTOR','RU'),
 ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:أكثر من 79 ألف مدني','QUANTITY',None,(79000,True,'people')), ('L9:الغوطة الشرقية','LOCATION','eastern-ghouta'),
 ('L10:النظام','ACTOR','SY_GOV'), ('L10:الغوطة الشرقية','LOCATION','eastern-ghouta'), ('L10:نحو 400 ألف نسمة','QUANTITY',None,(400000,True,'people')),
]
times = [
 ('L2:صباح اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L2:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L4:خلال ساعات', D + '/', 'vague', {'relation': 'after'}),
 ('L4:غداً الجمعة', '2018-03-23', 'day'),
 ('L6:العاشر من آذار الجاري', '2018-03-10', 'day'),
 ('L7:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:27 شباط الماضي', '2018-02-27', 'day'),
 ('L10:منذ عام 2013', '2013/2018', 'year'),
]
M = 'L2:صباح اليوم الخميس'
A = 'L2:مساء أمس الأربعاء'
events = [
 dict(type='WITHDRAWAL', trig='L2:تهجير', time=M, actors=[AH], loc='L2:مدينة حرستا'),                                             # 1
 dict(type='AGREEMENT', trig='L2:اتفاق', time=A, actors=[AH, 'RU']),                                                              # 2
 dict(type='WITHDRAWAL', trig='L3:خرجت', time=M, actors=[AH], loc='L3:المدينة',
      qty=['L3:25 حافلة', 'L3:نحو 1500 شخص', 'L3:قرابة أربعمئة مقاتل'], attr=COR),                                                # 3
 dict(type='MOVEMENT', trig='L3:مرافقة', time=M, actors=['RU'], loc='L3:الأوتوستراد الدولي', attr=COR),                            # 4
 dict(type='MOVEMENT', trig='L3:انتشار', time=M, actors=['SY_GOV'], loc='L3:الطريق', attr=COR),                                   # 5
 dict(type='MOVEMENT', trig='L4:تصل', mod='planned', time='L4:خلال ساعات', actors=[AH], loc='L4:بلدة قلعة المضيق', attr=COR),      # 6
 dict(type='WITHDRAWAL', trig='L4:تخرج', mod='planned', time='L4:غداً الجمعة', actors=[AH], attr=COR),                             # 7
 dict(type='AGREEMENT', trig='L5:الاتفاق', time=A, actors=[AH, 'RU'], attr='حركة أحرار الشام'),                                    # 8
 dict(type='STATEMENT', trig='L5:بيان', actors=[AH], attr='حركة أحرار الشام'),                                                    # 9
 dict(type='WITHDRAWAL', trig='L5:خروج', mod='planned', actors=[AH], loc='L5:المدينة', weapons=['L5:سلاحهم الفردي'],
      attr='حركة أحرار الشام'),                                                                                                  # 10
 dict(type='MOVEMENT', trig='L5:دخول', mod='planned', actors=['RU'], loc='L5:المدينة', attr='حركة أحرار الشام'),                    # 11
 dict(type='OPERATION', trig='L6:قسّمت', time='L6:العاشر من آذار الجاري', actors=['SY_GOV'], loc='L6:الغوطة الشرقية'),            # 12
 dict(type='CONTROL', trig='L6:سيطرتها', time='L6:العاشر من آذار الجاري', actors=['SY_GOV'], loc='L6:بلدتي مسرابا'),              # 13
 dict(type='AGREEMENT', trig='L7:المفاوضات', actors=[FR, 'RU'], loc='L7:بلدات القطاع الأوسط'),                                    # 14
 dict(type='ATTACK', trig='L7:قصفت', time='L7:صباح اليوم', actors=['SY_GOV', 'RU'], loc='L7:بلدات عربين', weapons=['L7:طائرات'],
      qty=['L7:17 مدنياً'], attr='الدفاع المدني'),                                                                               # 15
 dict(type='WITHDRAWAL', trig='L8:الخروج', mod='denied', actors=[JAI], loc='L8:المدينة', attr='ناشطون'),                          # 16
 dict(type='AGREEMENT', trig='L8:مفاوضات', actors=[JAI, 'RU'], attr='أنباء'),                                                     # 17
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['RU'], attr='وزارة الدفاع الروسية'),                                             # 18
 dict(type='AGREEMENT', trig='L9:الهدنة الإنسانية', time='L9:27 شباط الماضي', actors=['RU'], loc='L9:الغوطة الشرقية',
      attr='وزارة الدفاع الروسية'),                                                                                              # 19
 dict(type='OPERATION', trig='L10:يحاصر', time='L10:منذ عام 2013', actors=['SY_GOV'], loc='L10:الغوطة الشرقية'),                  # 20
 dict(type='OPERATION', trig='L10:الحملة', actors=['SY_GOV'], loc='L10:الغوطة الشرقية'),                                          # 21
]
MP = (D, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor=AH, loc=('مدينة حرستا', 'harasta'), as_of=MP, status='withdrawn', line=2, events=[1]),
 dict(actor=AH, strength=(400, True, 'fighters'), assets='25 حافلة', loc=('المدينة', 'harasta'), as_of=MP, status='withdrawn',
      source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('الطريق', 'damascus-homs-highway'), as_of=MP, status='present', source=COR, line=3, events=[5]),
 dict(actor='RU', loc=('المدينة', 'harasta'), as_of=(D + '/', 'vague'), status='planned', source='حركة أحرار الشام', line=5, events=[11]),
 dict(actor='SY_GOV', loc=('بلدتي مسرابا', 'misraba'), as_of=('2018-03-10', 'day'), status='controls', line=6, events=[13]),
 dict(actor='SY_GOV', loc=('مديرا', 'mudayra'), as_of=('2018-03-10', 'day'), status='controls', line=6, events=[13]),
 dict(actor=JAI, strength=(8000, True, 'fighters'), loc=('مدينة دوما', 'douma'), as_of=DD, status='present', source='ناشطون', line=8),
 dict(actor='SY_GOV', loc=('الغوطة الشرقية', 'eastern-ghouta'), as_of=('2013/2018', 'year'), status='present', line=10, events=[20]),
]
build('qasioun-harasta-evacuation', None, 'قاسيون', D, L, ents, times, events, forces)
