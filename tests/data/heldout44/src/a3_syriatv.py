from build import build
L = [
'قتلى بقصف لقوات الأسد على مشفى الأتارب.. وغارات روسية قرب معبر باب الهوى',
'قُتل ستة مدنيين، بينهم طفل، وأصيب 17 آخرون، صباح اليوم الأحد، جراء قصف مدفعي لقوات النظام استهدف المشفى الجراحي في مدينة الأتارب بريف حلب الغربي، بحسب ما أفاد مراسل تلفزيون سوريا.',
'وأوضح المراسل أن القذائف أُطلقت من مواقع قوات النظام والميليشيات الإيرانية في الفوج 46 وبلدة كفر عمة، وتسببت بخروج المشفى عن الخدمة بشكل كامل.',
'وقالت "الجمعية الطبية السورية الأمريكية" (سامز) الداعمة للمشفى إن إحداثياته كانت مشاركة مع الأمم المتحدة ضمن آلية "تحييد المنشآت الإنسانية"، واصفة الهجوم بأنه "متعمد".',
'وبالتزامن، شنت طائرات حربية روسية ثلاث غارات بصواريخ شديدة الانفجار على محيط معبر باب الهوى الحدودي مع تركيا، استهدفت ساحة لتجمع الشاحنات ومعملاً للغاز قرب بلدة قاح شمالي إدلب.',
'وأفاد "الدفاع المدني السوري" (الخوذ البيضاء) بأن فرقه أخمدت الحرائق التي اندلعت في الموقع بعد نحو ثلاث ساعات، مشيراً إلى أن الغارات هي الأقرب إلى الحدود التركية منذ اتفاق موسكو لوقف إطلاق النار في 5 من آذار 2020.',
'من جهتها، قالت "الجبهة الوطنية للتحرير" إن مدفعيتها ردت باستهداف مواقع قوات النظام في الفوج 46 وقرية تقاد، محققة "إصابات مباشرة".',
'في المقابل، زعمت وكالة "سانا" أن وحدات من "الجيش العربي السوري" ردت على "خروقات الإرهابيين" في ريف حلب الغربي، من دون أن تأتي على ذكر المشفى.',
'وفي سياق متصل، دخل رتل عسكري تركي مؤلف من نحو 25 آلية من معبر كفرلوسين صباح اليوم، واتجه نحو النقاط التركية في منطقة جبل الزاوية جنوبي إدلب، بحسب مراسلنا.',
'وينتشر الجيش التركي في أكثر من 60 نقطة وقاعدة عسكرية في إدلب وريف حلب الغربي، بعد أن دفع بآلاف الجنود إلى المنطقة منذ شباط 2020.',
'ويأتي التصعيد بعد أيام من الذكرى العاشرة للثورة السورية، في حين تتعرض مناطق جبل الزاوية لقصف شبه يومي من قبل قوات النظام رغم سريان الهدنة.',
]
D = '2021-03-21'   # Sunday; web copy of its own day
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:مشفى الأتارب','LOCATION','atarib-hospital'), ('L0:معبر باب الهوى','LOCATION','bab-al-hawa-crossing'),
 ('L1:ستة مدنيين','QUANTITY',None,(6,False,'killed')), ('L1:17','QUANTITY',None,(17,False,'wounded')), ('L1:قوات النظام','ACTOR','SY_GOV'),
 ('L1:المشفى الجراحي','LOCATION','atarib-hospital'), ('L1:مدينة الأتارب','LOCATION','al-atarib'), ('L1:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L1:تلفزيون سوريا','ORG','syria-tv'),
 ('L2:القذائف','WEAPON','shells'), ('L2:قوات النظام','ACTOR','SY_GOV'), ('L2:الميليشيات الإيرانية','ACTOR',IBM), ('L2:الفوج 46','LOCATION','regiment-46'),
 ('L2:بلدة كفر عمة','LOCATION','kafr-amma'), ('L2:المشفى','LOCATION','atarib-hospital'),
 ('L3:الجمعية الطبية السورية الأمريكية','ORG','sams'), ('L3:سامز','ORG','sams'), ('L3:لمشفى','LOCATION','atarib-hospital'), ('L3:الأمم المتحدة','ORG','un'),
 ('L4:طائرات حربية روسية','WEAPON','warplanes'), ('L4:ثلاث غارات','QUANTITY',None,(3,False,'other')), ('L4:صواريخ شديدة الانفجار','WEAPON','missiles'),
 ('L4:معبر باب الهوى الحدودي','LOCATION','bab-al-hawa-crossing'), ('L4:تركيا','LOCATION','turkey'), ('L4:ساحة لتجمع الشاحنات','LOCATION','bab-al-hawa-truck-park'),
 ('L4:معملاً للغاز','LOCATION','qah-gas-plant'), ('L4:بلدة قاح','LOCATION','qah'), ('L4:إدلب','LOCATION','idlib-governorate'),
 ('L5:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L5:الخوذ البيضاء','ORG','syria-civil-defence'), ('L5:الموقع','LOCATION','bab-al-hawa-truck-park'),
 ('L5:نحو ثلاث ساعات','QUANTITY',None,(3,True,'other')), ('L5:الحدود التركية','LOCATION','syria-turkey-border'), ('L5:موسكو','LOCATION','moscow'),
 ('L6:الجبهة الوطنية للتحرير','ACTOR','FSA'), ('L6:قوات النظام','ACTOR','SY_GOV'), ('L6:الفوج 46','LOCATION','regiment-46'), ('L6:قرية تقاد','LOCATION','taqad'),
 ('L7:سانا','ORG','sana'), ('L7:الجيش العربي السوري','ACTOR','SY_GOV'), ('L7:الإرهابيين','ACTOR','FSA'), ('L7:ريف حلب الغربي','LOCATION','aleppo-west-countryside'),
 ('L7:المشفى','LOCATION','atarib-hospital'),
 ('L8:نحو 25 آلية','QUANTITY',None,(25,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'), ('L8:معبر كفرلوسين','LOCATION','kafr-lusin-crossing'),
 ('L8:النقاط التركية','LOCATION','turkish-posts-jabal-al-zawiya'), ('L8:منطقة جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L8:إدلب','LOCATION','idlib-governorate'),
 ('L9:الجيش التركي','ACTOR','TR'), ('L9:أكثر من 60 نقطة','QUANTITY',None,(60,True,'other')), ('L9:إدلب','LOCATION','idlib-governorate'),
 ('L9:ريف حلب الغربي','LOCATION','aleppo-west-countryside'), ('L9:آلاف الجنود','QUANTITY',None,([1000, 9999],True,'troops')),
 ('L9:المنطقة','LOCATION','idlib-governorate'),
 ('L10:مناطق جبل الزاوية','LOCATION','jabal-al-zawiya'), ('L10:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L1:صباح اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L5:5 من آذار 2020', '2020-03-05', 'day'),
 ('L8:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:منذ شباط 2020', '2020-02/2021-03', 'month'),
]
T = 'L1:صباح اليوم الأحد'
COR = 'مراسل تلفزيون سوريا'
SAMS = 'الجمعية الطبية السورية الأمريكية (سامز)'
CD = 'الدفاع المدني السوري'
NFL = 'الجبهة الوطنية للتحرير'
events = [
 dict(type='ATTACK', trig='L1:قصف', time=T, actors=['SY_GOV'], loc='L1:المشفى الجراحي', qty=['L1:ستة مدنيين', 'L1:17'], attr=COR),                    # 1
 dict(type='ATTACK', trig='L2:أُطلقت', time=T, actors=['SY_GOV', IBM], loc='L2:المشفى', weapons=['L2:القذائف'], attr=COR),                             # 2
 dict(type='ATTACK', trig='L3:الهجوم', time=T, actors=['SY_GOV'], loc='L3:لمشفى', attr=SAMS),                                                          # 3
 dict(type='ATTACK', trig='L4:غارات', time=T, actors=['RU'], loc='L4:معبر باب الهوى الحدودي', weapons=['L4:طائرات حربية روسية', 'L4:صواريخ شديدة الانفجار'],
      qty=['L4:ثلاث غارات'], attr=COR),                                                                                                                 # 4
 dict(type='ATTACK', trig='L5:الغارات', time=T, actors=['RU'], loc='L5:الموقع', attr=CD),                                                               # 5
 dict(type='AGREEMENT', trig='L5:اتفاق', time='L5:5 من آذار 2020', actors=['RU', 'TR'], loc='L5:موسكو', attr=CD),                                      # 6
 dict(type='STATEMENT', trig='L6:قالت', time=T, actors=['FSA'], attr=NFL),                                                                             # 7
 dict(type='ATTACK', trig='L6:باستهداف', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L6:الفوج 46', attr=NFL),                                     # 8
 dict(type='ATTACK', trig='L7:ردت', time=T, actors=['SY_GOV'], targets=['FSA'], loc='L7:ريف حلب الغربي', attr='سانا'),                                # 9
 dict(type='ATTACK', trig='L7:خروقات', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L7:ريف حلب الغربي', attr='سانا'),                             # 10
 dict(type='MOVEMENT', trig='L8:دخل', time='L8:صباح اليوم', actors=['TR'], loc='L8:معبر كفرلوسين', weapons=['L8:آلية'], qty=['L8:نحو 25 آلية'], attr=COR),  # 11
 dict(type='MOVEMENT', trig='L8:اتجه', time='L8:صباح اليوم', actors=['TR'], loc='L8:منطقة جبل الزاوية', attr=COR),                                    # 12
 dict(type='MOVEMENT', trig='L9:ينتشر', time=T, actors=['TR'], loc='L9:إدلب', qty=['L9:أكثر من 60 نقطة']),                                            # 13
 dict(type='MOVEMENT', trig='L9:دفع', time='L9:منذ شباط 2020', actors=['TR'], loc='L9:المنطقة', qty=['L9:آلاف الجنود']),                             # 14
 dict(type='ATTACK', trig='L10:لقصف', time=T, actors=['SY_GOV'], loc='L10:مناطق جبل الزاوية'),                                                         # 15
 dict(type='AGREEMENT', trig='L10:الهدنة', actors=['RU', 'TR']),                                                                                       # 16
]
TD = (D, 'day')
SINCE = ('2020-02/2021-03', 'month')
forces = [
 dict(actor='SY_GOV', assets='مواقع', loc=('الفوج 46', 'regiment-46'), as_of=TD, status='present', source=COR, line=2, events=[2]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة كفر عمة', 'kafr-amma'), as_of=TD, status='present', source=COR, line=2, events=[2]),
 dict(actor=IBM, assets='مواقع', loc=('الفوج 46', 'regiment-46'), as_of=TD, status='present', source=COR, line=2, events=[2]),
 dict(actor=IBM, assets='مواقع', loc=('بلدة كفر عمة', 'kafr-amma'), as_of=TD, status='present', source=COR, line=2, events=[2]),
 dict(actor='SY_GOV', assets='مواقع', loc=('الفوج 46', 'regiment-46'), as_of=TD, status='attacked', source=NFL, line=6, events=[8]),
 dict(actor='SY_GOV', assets='مواقع', loc=('قرية تقاد', 'taqad'), as_of=TD, status='attacked', source=NFL, line=6, events=[8]),
 dict(actor='TR', strength=(25, True, 'vehicles'), assets='رتل عسكري', loc=('منطقة جبل الزاوية', 'jabal-al-zawiya'), as_of=TD, status='reinforced',
      source=COR, line=8, events=[11, 12]),
 dict(actor='TR', strength=([1000, 9999], True, 'troops'), assets='أكثر من 60 نقطة وقاعدة عسكرية', loc=('إدلب', 'idlib-governorate'), as_of=TD,
      status='present', line=9, events=[13]),
 dict(actor='TR', strength=([1000, 9999], True, 'troops'), assets='أكثر من 60 نقطة وقاعدة عسكرية', loc=('ريف حلب الغربي', 'aleppo-west-countryside'),
      as_of=TD, status='present', line=9, events=[13]),
 dict(actor='TR', strength=([1000, 9999], True, 'troops'), loc=('المنطقة', 'idlib-governorate'), as_of=SINCE, status='reinforced', line=9, events=[14]),
]
build('syriatv-atarib-hospital', None, 'تلفزيون سوريا', D, L, ents, times, events, forces)
