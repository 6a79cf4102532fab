from build import build
L = [
'طائرات التحالف تلقي 40 طناً من القنابل على جزيرة قانوص.. والقوات الخاصة تبدأ التفتيش',
'بغداد/ المدى',
'شنت طائرات أمريكية من طراز "إف-15" و"إف-35"، يوم أمس الثلاثاء، سلسلة غارات مكثفة على جزيرة قانوص الواقعة في نهر دجلة شمالي محافظة صلاح الدين، أسقطت خلالها نحو 36 ألف كيلوغرام من الذخائر على أوكار لعصابات داعش، بحسب بيان للتحالف الدولي.',
'وذكر البيان أن الجزيرة تحولت إلى "ممر رئيسي" لعناصر التنظيم القادمين من سوريا وصحراء الجزيرة باتجاه الموصل ومخمور وكركوك، وأن كثافة الأشجار فيها كانت توفر لهم ملاذاً يصعب رصده.',
'وعقب الغارات، بدأت قوة من الفوج الثاني في جهاز مكافحة الإرهاب عمليات تفتيش وتطهير على الجزيرة بإسناد من طيران الجيش العراقي، فيما شاركت طائرات "إف-16" عراقية في القصف.',
'وقال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي لـ(المدى) إن القوات "لم تعثر حتى الآن على مقاومة تذكر"، مبيناً أن القصف أسفر عن تدمير 11 نفقاً ومخبأً وقتل ما لا يقل عن 25 إرهابياً.',
'وأضاف الخفاجي أن العملية تأتي ضمن المرحلة الثالثة من عمليات "إرادة النصر" التي انطلقت مطلع تموز الماضي لملاحقة فلول داعش في صحارى صلاح الدين ونينوى والأنبار.',
'من جانبه، نفى مصدر في الحشد الشعبي لـ(المدى) أن تكون فصائله قد شاركت في العملية، مشيراً إلى أن ألوية الحشد تمسك قاطع جبال مكحول القريب من الجزيرة منذ عام 2017.',
'ويأتي ذلك بعد أيام من هجوم شنه مسلحون يُعتقد أنهم من داعش على نقطة للجيش في قرية مطيبيجة شرقي سامراء، أسفر عن مقتل جنديين وإصابة ثلاثة آخرين، بحسب خلية الإعلام الأمني.',
'وتحتفظ الولايات المتحدة بنحو 5200 جندي في العراق ضمن مهمة التحالف، يتمركز جزء منهم في قاعدة القيارة الجوية جنوبي الموصل، على بعد نحو 50 كيلومتراً من الجزيرة.',
'وكانت عصابات داعش قد فرضت سيطرتها على الجزيرة والقرى المحيطة بها في حزيران 2014، قبل أن تستعيد القوات العراقية قضاء الشرقاط القريب في أيلول 2016.',
]
D = '2019-09-11'   # Wednesday; Baghdad print daily, dated the day after the strikes
TUE = '2019-09-10'
PMF = 'OTHER:pmf'
ents = [
 ('L0:التحالف','ACTOR','COALITION'), ('L0:40 طناً','QUANTITY',None,(40,False,'other')), ('L0:القنابل','WEAPON','bombs'),
 ('L0:جزيرة قانوص','LOCATION','qanus-island'), ('L0:القوات الخاصة','ACTOR','IQ_GOV'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المدى','ORG','almada'),
 ('L2:طائرات أمريكية من طراز "إف-15"','WEAPON','f-15'), ('L2:إف-35','WEAPON','f-35'), ('L2:جزيرة قانوص','LOCATION','qanus-island'),
 ('L2:نهر دجلة','LOCATION','tigris'), ('L2:محافظة صلاح الدين','LOCATION','salahuddin-governorate'),
 ('L2:نحو 36 ألف كيلوغرام','QUANTITY',None,(36000,True,'other')), ('L2:الذخائر','WEAPON','munitions'), ('L2:داعش','ACTOR','ISIS'),
 ('L2:لتحالف الدولي','ACTOR','COALITION'),
 ('L3:الجزيرة#0','LOCATION','qanus-island'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:سوريا','LOCATION','syria'), ('L3:صحراء الجزيرة','LOCATION','jazira-desert'),
 ('L3:الموصل','LOCATION','mosul'), ('L3:مخمور','LOCATION','makhmour'), ('L3:كركوك','LOCATION','kirkuk'),
 ('L4:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L4:الجزيرة','LOCATION','qanus-island'), ('L4:طيران الجيش العراقي','ACTOR','IQ_GOV'),
 ('L4:إف-16','WEAPON','f-16'),
 ('L5:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L5:تحسين الخفاجي','PERSON','tahseen-al-khafaji'), ('L5:المدى','ORG','almada'),
 ('L5:القوات','ACTOR','IQ_GOV'), ('L5:11 نفقاً','QUANTITY',None,(11,False,'other')), ('L5:ما لا يقل عن 25','QUANTITY',None,(25,True,'killed')),
 ('L6:الخفاجي','PERSON','tahseen-al-khafaji'), ('L6:داعش','ACTOR','ISIS'), ('L6:صحارى صلاح الدين','LOCATION','salahuddin-desert'),
 ('L6:نينوى','LOCATION','nineveh-desert'), ('L6:الأنبار','LOCATION','anbar-desert'),
 ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:المدى','ORG','almada'), ('L7:ألوية الحشد','ACTOR',PMF), ('L7:جبال مكحول','LOCATION','makhoul-mountains'),
 ('L7:الجزيرة','LOCATION','qanus-island'),
 ('L8:داعش','ACTOR','ISIS'), ('L8:لجيش','ACTOR','IQ_GOV'), ('L8:قرية مطيبيجة','LOCATION','mutaibija'), ('L8:سامراء','LOCATION','samarra'),
 ('L8:جنديين','QUANTITY',None,(2,False,'killed')), ('L8:ثلاثة','QUANTITY',None,(3,False,'wounded')), ('L8:خلية الإعلام الأمني','ACTOR','IQ_GOV'),
 ('L9:الولايات المتحدة','ACTOR','US'), ('L9:نحو 5200 جندي','QUANTITY',None,(5200,True,'troops')), ('L9:العراق','LOCATION','iraq'),
 ('L9:التحالف','ACTOR','COALITION'), ('L9:قاعدة القيارة الجوية','LOCATION','qayyarah-airbase'), ('L9:الموصل','LOCATION','mosul'),
 ('L9:نحو 50 كيلومتراً','QUANTITY',None,(50,True,'km')), ('L9:الجزيرة','LOCATION','qanus-island'),
 ('L10:داعش','ACTOR','ISIS'), ('L10:الجزيرة','LOCATION','qanus-island'), ('L10:القرى المحيطة بها','LOCATION','qanus-island-surroundings'),
 ('L10:القوات العراقية','ACTOR','IQ_GOV'), ('L10:قضاء الشرقاط','LOCATION','shirqat'),
]
times = [
 ('L2:يوم أمس الثلاثاء', TUE, 'day'),
 ('L6:مطلع تموز الماضي', '2019-07', 'month'),
 ('L7:منذ عام 2017', '2017/2019', 'year'),
 ('L10:حزيران 2014', '2014-06', 'month'),
 ('L10:أيلول 2016', '2016-09', 'month'),
]
Y = 'L2:يوم أمس الثلاثاء'
CO = 'بيان التحالف الدولي'
KH = 'تحسين الخفاجي'
PS = 'مصدر في الحشد الشعبي (المدى)'
SMC = 'خلية الإعلام الأمني'
events = [
 dict(type='ATTACK', trig='L2:غارات', time=Y, actors=['US', 'COALITION'], targets=['ISIS'], loc='L2:جزيرة قانوص',
      weapons=['L2:طائرات أمريكية من طراز "إف-15"', 'L2:إف-35', 'L2:الذخائر'], qty=['L2:نحو 36 ألف كيلوغرام'], attr=CO),          # 1
 dict(type='STATEMENT', trig='L2:بيان', time=Y, actors=['COALITION'], attr=CO),                                                  # 2
 dict(type='STATEMENT', trig='L3:البيان', time=Y, actors=['COALITION'], attr=CO),                                                # 3
 dict(type='ATTACK', trig='L4:الغارات', time=Y, actors=['US', 'COALITION'], targets=['ISIS'], loc='L4:الجزيرة'),                 # 4
 dict(type='OPERATION', trig='L4:عمليات تفتيش وتطهير', time=Y, actors=['IQ_GOV'], targets=['ISIS'], loc='L4:الجزيرة'),           # 5
 dict(type='ATTACK', trig='L4:بإسناد', time=Y, actors=['IQ_GOV'], targets=['ISIS'], loc='L4:الجزيرة'),                          # 6
 dict(type='ATTACK', trig='L4:القصف', time=Y, actors=['IQ_GOV'], targets=['ISIS'], loc='L4:الجزيرة', weapons=['L4:إف-16']),    # 7
 dict(type='STATEMENT', trig='L5:قال', actors=['IQ_GOV'], attr=KH),                                                              # 8
 dict(type='ATTACK', trig='L5:مقاومة', mod='denied', actors=['ISIS'], targets=['IQ_GOV'], attr=KH),                              # 9
 dict(type='ATTACK', trig='L5:القصف', time=Y, actors=['US', 'COALITION'], targets=['ISIS'],
      qty=['L5:11 نفقاً', 'L5:ما لا يقل عن 25'], attr=KH),                                                                        # 10
 dict(type='OPERATION', trig='L6:العملية', time=Y, actors=['IQ_GOV'], targets=['ISIS'], attr=KH),                                # 11
 dict(type='OPERATION', trig='L6:عمليات', time='L6:مطلع تموز الماضي', actors=['IQ_GOV'], targets=['ISIS'],
      loc='L6:صحارى صلاح الدين', attr=KH),                                                                                        # 12
 dict(type='OPERATION', trig='L7:العملية', mod='denied', time=Y, actors=[PMF], attr=PS),                                         # 13
 dict(type='CONTROL', trig='L7:تمسك', time='L7:منذ عام 2017', actors=[PMF], loc='L7:جبال مكحول', attr=PS),                      # 14
 dict(type='ATTACK', trig='L8:هجوم', actors=['ISIS'], targets=['IQ_GOV'], loc='L8:قرية مطيبيجة', qty=['L8:جنديين', 'L8:ثلاثة'], attr=SMC),  # 15
 dict(type='MOVEMENT', trig='L9:يتمركز', actors=['US'], loc='L9:قاعدة القيارة الجوية'),                                         # 16
 dict(type='CONTROL', trig='L10:فرضت سيطرتها', time='L10:حزيران 2014', actors=['ISIS'], loc='L10:الجزيرة'),                       # 17
 dict(type='CONTROL', trig='L10:تستعيد', time='L10:أيلول 2016', actors=['IQ_GOV'], targets=['ISIS'], loc='L10:قضاء الشرقاط'),     # 18
]
YD = (TUE, 'day')
OD = (D, 'day')
forces = [
 dict(actor='ISIS', assets='أوكار', loc=('جزيرة قانوص', 'qanus-island'), as_of=YD, status='attacked', source=CO, line=2, events=[1]),
 dict(actor='ISIS', loc=('الجزيرة', 'qanus-island'), as_of=(None, 'vague'), status='present', source=CO, line=3),
 dict(actor='IQ_GOV', assets='قوة من الفوج الثاني في جهاز مكافحة الإرهاب', loc=('الجزيرة', 'qanus-island'), as_of=YD, status='present', line=4, events=[5]),
 dict(actor=PMF, assets='ألوية الحشد', loc=('جبال مكحول', 'makhoul-mountains'), as_of=('2017/2019', 'year'), status='controls', source=PS, line=7, events=[14]),
 dict(actor='IQ_GOV', assets='نقطة', loc=('قرية مطيبيجة', 'mutaibija'), as_of=(None, 'vague'), status='attacked', source=SMC, line=8, events=[15]),
 dict(actor='US', strength=(5200, True, 'troops'), loc=('العراق', 'iraq'), as_of=OD, status='present', line=9),
 dict(actor='US', loc=('قاعدة القيارة الجوية', 'qayyarah-airbase'), as_of=OD, status='present', line=9, events=[16]),
 dict(actor='ISIS', loc=('الجزيرة', 'qanus-island'), as_of=('2014-06', 'month'), status='controls', line=10, events=[17]),
 dict(actor='ISIS', loc=('القرى المحيطة بها', 'qanus-island-surroundings'), as_of=('2014-06', 'month'), status='controls', line=10, events=[17]),
 dict(actor='IQ_GOV', loc=('قضاء الشرقاط', 'shirqat'), as_of=('2016-09', 'month'), status='controls', line=10, events=[18]),
]
build('almada-qanus-island', None, 'المدى', D, L, ents, times, events, forces)
