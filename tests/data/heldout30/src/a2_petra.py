from build import build
L = [
'الأردن والولايات المتحدة وروسيا تتفق على وقف لإطلاق النار في جنوب غرب سوريا',
'عمان 7 تموز (بترا)- أعلن وزير الدولة لشؤون الإعلام الدكتور محمد المومني أن المملكة الأردنية الهاشمية والولايات المتحدة الأميركية والاتحاد الروسي اتفقت اليوم الجمعة على وقف لإطلاق النار في جنوب غرب سوريا، يدخل حيز التنفيذ ظهر يوم الأحد المقبل.',
'وأوضح المومني، في تصريح لوكالة الأنباء الأردنية (بترا)، أن الاتفاق يشمل محافظات درعا والقنيطرة والسويداء، ويقضي بوقف الأعمال القتالية بين القوات الحكومية السورية والقوى المرتبطة بها من جهة، وفصائل المعارضة السورية المسلحة من جهة أخرى.',
'وجاء ذلك بالتزامن مع أول لقاء بين الرئيسين الأميركي دونالد ترامب والروسي فلاديمير بوتين على هامش قمة مجموعة العشرين في مدينة هامبورغ الألمانية، حيث قال وزير الخارجية الأميركي ريكس تيلرسون للصحفيين إن الاتفاق "أول مؤشر على قدرة البلدين على العمل معاً في سوريا".',
'من جهته، قال وزير الخارجية الروسي سيرغي لافروف إن الشرطة العسكرية الروسية ستنتشر قريباً في المنطقة لضمان الأمن حولها، بالتنسيق مع عمان وواشنطن.',
'ويأتي الاتفاق بعد أسابيع من التصعيد في محافظة درعا، حيث تشن القوات الحكومية السورية، مدعومة بمقاتلين من "حزب الله" ومجموعات مسلحة مدعومة من إيران، عملية عسكرية على مواقع فصائل المعارضة في حي المنشية بدرعا البلد منذ مطلع حزيران الماضي، وسط غارات مكثفة يشنها الطيران الروسي.',
'وكانت القيادة العامة للجيش السوري أعلنت في السابع عشر من حزيران الماضي وقفاً للعمليات القتالية في درعا مدته 48 ساعة، في حين اتهمت فصائل "الجبهة الجنوبية" القوات الحكومية بخرقه عشرات المرات.',
'وفي سياق متصل، عززت القوات المسلحة الأردنية - الجيش العربي خلال الأسابيع الماضية انتشارها على الحدود الشمالية مع سوريا بوحدات من المدفعية وناقلات الجند، تحسباً لأي طارئ.',
'وبحسب مصادر دبلوماسية، يسيطر تنظيم "داعش" عبر ما يسمى "جيش خالد بن الوليد" على منطقة حوض اليرموك غربي درعا قرب الحدود الأردنية، فيما تتحصن "هيئة تحرير الشام" في أحياء من درعا البلد.',
'يُذكر أنه يقيم في الأردن نحو 1.3 مليون سوري، بينهم أكثر من 660 ألف لاجئ مسجلين لدى المفوضية السامية للأمم المتحدة لشؤون اللاجئين.',
]
D = '2017-07-07'   # Friday; Jordan News Agency wire copy of its own day
JO = 'OTHER:jordan'
PGM = 'OTHER:pro-government-militias'
IBM = 'OTHER:iran-backed-militias'
SF = 'OTHER:southern-front'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:الأردن','ACTOR',JO), ('L0:الولايات المتحدة','ACTOR','US'), ('L0:روسيا','ACTOR','RU'), ('L0:جنوب غرب سوريا','LOCATION','southwest-syria'),
 ('L1:عمان','LOCATION','amman'), ('L1:بترا','ORG','petra'), ('L1:محمد المومني','PERSON','mohammad-momani'),
 ('L1:المملكة الأردنية الهاشمية','ACTOR',JO), ('L1:الولايات المتحدة الأميركية','ACTOR','US'), ('L1:الاتحاد الروسي','ACTOR','RU'),
 ('L1:جنوب غرب سوريا','LOCATION','southwest-syria'),
 ('L2:المومني','PERSON','mohammad-momani'), ('L2:وكالة الأنباء الأردنية','ORG','petra'), ('L2:بترا','ORG','petra'),
 ('L2:محافظات درعا','LOCATION','daraa-governorate'), ('L2:القنيطرة','LOCATION','quneitra-governorate'), ('L2:السويداء','LOCATION','suwayda-governorate'),
 ('L2:القوات الحكومية السورية','ACTOR','SY_GOV'), ('L2:القوى المرتبطة بها','ACTOR',PGM), ('L2:فصائل المعارضة السورية المسلحة','ACTOR','FSA'),
 ('L3:دونالد ترامب','PERSON','donald-trump'), ('L3:فلاديمير بوتين','PERSON','vladimir-putin'), ('L3:مجموعة العشرين','ORG','g20'),
 ('L3:مدينة هامبورغ','LOCATION','hamburg'), ('L3:ريكس تيلرسون','PERSON','rex-tillerson'), ('L3:سوريا','LOCATION','syria'),
 ('L4:سيرغي لافروف','PERSON','sergey-lavrov'), ('L4:الشرطة العسكرية الروسية','ACTOR','RU'), ('L4:المنطقة','LOCATION','southwest-syria'),
 ('L4:عمان','ACTOR',JO), ('L4:واشنطن','ACTOR','US'),
 ('L5:محافظة درعا','LOCATION','daraa-governorate'), ('L5:القوات الحكومية السورية','ACTOR','SY_GOV'), ('L5:حزب الله','ACTOR',HZ),
 ('L5:مجموعات مسلحة مدعومة من إيران','ACTOR',IBM), ('L5:فصائل المعارضة','ACTOR','FSA'), ('L5:حي المنشية','LOCATION','al-manshiya'),
 ('L5:درعا البلد','LOCATION','daraa-al-balad'), ('L5:الطيران الروسي','ACTOR','RU'),
 ('L6:القيادة العامة للجيش السوري','ACTOR','SY_GOV'), ('L6:درعا','LOCATION','daraa'), ('L6:48 ساعة','QUANTITY',None,(48,False,'other')),
 ('L6:فصائل "الجبهة الجنوبية"','ACTOR',SF), ('L6:القوات الحكومية','ACTOR','SY_GOV'),
 ('L6:عشرات المرات','QUANTITY',None,([24, 99],True,'other')),
 ('L7:القوات المسلحة الأردنية','ACTOR',JO), ('L7:الجيش العربي','ACTOR',JO), ('L7:الحدود الشمالية','LOCATION','jordan-syria-border'),
 ('L7:سوريا','LOCATION','syria'), ('L7:المدفعية','WEAPON','artillery'), ('L7:ناقلات الجند','WEAPON','apcs'),
 ('L8:تنظيم "داعش"','ACTOR','ISIS'), ('L8:جيش خالد بن الوليد','ACTOR','ISIS'), ('L8:منطقة حوض اليرموك','LOCATION','yarmouk-basin'),
 ('L8:درعا#0','LOCATION','daraa'), ('L8:الحدود الأردنية','LOCATION','jordan-syria-border'), ('L8:هيئة تحرير الشام','ACTOR','NUSRA'),
 ('L8:درعا البلد','LOCATION','daraa-al-balad'),
 ('L9:الأردن','LOCATION','jordan'), ('L9:نحو 1.3 مليون سوري','QUANTITY',None,(1300000,True,'people')),
 ('L9:أكثر من 660 ألف لاجئ','QUANTITY',None,(660000,True,'people')),
 ('L9:المفوضية السامية للأمم المتحدة لشؤون اللاجئين','ORG','unhcr'),
]
times = [
 ('L1:اليوم الجمعة', D, 'day'),
 ('L1:ظهر يوم الأحد المقبل', '2017-07-09', 'part-of-day', {'part': 'noon'}),
 ('L4:قريباً', D + '/', 'vague', {'relation': 'after'}),
 ('L5:منذ مطلع حزيران الماضي', '2017-06/2017-07', 'month'),
 ('L6:السابع عشر من حزيران الماضي', '2017-06-17', 'day'),
 ('L7:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
]
MOM = 'محمد المومني'
FRI = 'L1:اليوم الجمعة'
PARTIES = [JO, 'US', 'RU']
SINCE = 'L5:منذ مطلع حزيران الماضي'
events = [
 dict(type='STATEMENT', trig='L1:أعلن', actors=[JO], attr=MOM),                                                                    # 1
 dict(type='AGREEMENT', trig='L1:اتفقت', time=FRI, actors=PARTIES, loc='L1:جنوب غرب سوريا', attr=MOM),                               # 2
 dict(type='AGREEMENT', trig='L2:الاتفاق', time=FRI, actors=PARTIES, loc='L2:محافظات درعا', attr='المومني (بترا)'),                 # 3
 dict(type='STATEMENT', trig='L3:قال', actors=['US'], attr='ريكس تيلرسون'),                                                        # 4
 dict(type='AGREEMENT', trig='L3:الاتفاق', time=FRI, actors=PARTIES, attr='ريكس تيلرسون'),                                          # 5
 dict(type='STATEMENT', trig='L4:قال', actors=['RU'], attr='سيرغي لافروف'),                                                        # 6
 dict(type='MOVEMENT', trig='L4:ستنتشر', mod='planned', time='L4:قريباً', actors=['RU'], loc='L4:المنطقة', attr='سيرغي لافروف'),      # 7
 dict(type='AGREEMENT', trig='L5:الاتفاق', time=FRI, actors=PARTIES),                                                              # 8
 dict(type='OPERATION', trig='L5:عملية عسكرية', time=SINCE, actors=['SY_GOV', HZ, IBM], targets=['FSA'], loc='L5:حي المنشية'),      # 9
 dict(type='ATTACK', trig='L5:غارات', actors=['RU'], targets=['FSA']),                                                             # 10
 dict(type='STATEMENT', trig='L6:أعلنت', actors=['SY_GOV'], attr='القيادة العامة للجيش السوري'),                                   # 11
 dict(type='AGREEMENT', trig='L6:وقفاً للعمليات القتالية', time='L6:السابع عشر من حزيران الماضي', actors=['SY_GOV'], loc='L6:درعا',
      qty=['L6:48 ساعة'], attr='القيادة العامة للجيش السوري'),                                                                      # 12
 dict(type='ATTACK', trig='L6:بخرقه', actors=['SY_GOV'], qty=['L6:عشرات المرات'], attr='فصائل "الجبهة الجنوبية"'),                 # 13
 dict(type='MOVEMENT', trig='L7:عززت', time='L7:خلال الأسابيع الماضية', actors=[JO], loc='L7:الحدود الشمالية',
      weapons=['L7:المدفعية', 'L7:ناقلات الجند']),                                                                                    # 14
 dict(type='CONTROL', trig='L8:يسيطر', actors=['ISIS'], loc='L8:منطقة حوض اليرموك', attr='مصادر دبلوماسية'),                        # 15
]
TD = (D, 'day')
SM = ('2017-06/2017-07', 'month')
forces = [
 dict(actor='RU', assets='الشرطة العسكرية الروسية', loc=('المنطقة', 'southwest-syria'), as_of=(D + '/', 'vague'), status='planned',
      source='سيرغي لافروف', line=4, events=[7]),
 dict(actor='SY_GOV', loc=('حي المنشية', 'al-manshiya'), as_of=SM, status='present', line=5, events=[9]),
 dict(actor=HZ, loc=('حي المنشية', 'al-manshiya'), as_of=SM, status='present', line=5, events=[9]),
 dict(actor=IBM, loc=('حي المنشية', 'al-manshiya'), as_of=SM, status='present', line=5, events=[9]),
 dict(actor='FSA', assets='مواقع', loc=('حي المنشية', 'al-manshiya'), as_of=SM, status='attacked', line=5, events=[9]),
 dict(actor=JO, assets='وحدات من المدفعية وناقلات الجند', loc=('الحدود الشمالية', 'jordan-syria-border'), as_of=(None, 'vague'),
      status='reinforced', line=7, events=[14]),
 dict(actor='ISIS', loc=('منطقة حوض اليرموك', 'yarmouk-basin'), as_of=TD, status='controls', source='مصادر دبلوماسية', line=8, events=[15]),
 dict(actor='NUSRA', loc=('درعا البلد', 'daraa-al-balad'), as_of=TD, status='present', source='مصادر دبلوماسية', line=8, events=[]),
]
build('petra-southwest-ceasefire', None, 'بترا', D, L, ents, times, events, forces)
