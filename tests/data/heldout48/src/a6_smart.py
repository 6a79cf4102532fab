from build import build
L = [
'"قسد" تعلن بدء معركة "غضب الفرات" لعزل مدينة الرقة',
'الرقة (سمارت) - أعلنت "قوات سوريا الديمقراطية"، الأحد، بدء عملية عسكرية تحت اسم "غضب الفرات" بهدف عزل مدينة الرقة، معقل تنظيم "الدولة الإسلامية"، ومن ثم السيطرة عليها، بدعم من طيران التحالف الدولي بقيادة الولايات المتحدة.',
'وقالت القيادية في "قسد" جيهان شيخ أحمد، خلال مؤتمر صحفي عقدته في بلدة عين عيسى شمال الرقة، إن نحو 30 ألف مقاتل سيشاركون في المعركة، وإن "التنسيق جار مع التحالف" لتأمين الإسناد الجوي.',
'وأفاد مراسل "سمارت" في ريف الرقة أن "قسد" تقدمت منذ ساعات الصباح من محوري عين عيسى وسلوك، وسيطرت على ثلاث مزارع قرب قرية الهيشة، في حين تدور اشتباكات مع التنظيم على أطراف بلدة تل السمن.',
'وأضاف المراسل أن التنظيم فجّر سيارتين مفخختين قرب نقاط "قسد" على محور سلوك، وسط غارات مكثفة لطائرات التحالف على مواقعه في محيط بلدة تل السمن.',
'من جهته، قال المتحدث باسم التحالف الدولي الكولونيل جون دوريان، في بيان، إن "المعركة لن تكون سهلة"، مشيراً إلى أن مستشارين عسكريين أمريكيين سيرافقون "قسد" في مهام استشارية.',
'في المقابل، قال المتحدث باسم الرئاسة التركية إبراهيم قالن إن أنقرة "لن تقبل" بمشاركة "وحدات حماية الشعب" الكردية في معركة الرقة، مطالباً واشنطن بالاعتماد على فصائل "درع الفرات" التي تقاتل التنظيم في ريف حلب الشمالي.',
'ويأتي إطلاق المعركة بعد أسابيع من سيطرة فصائل "درع الفرات" المدعومة من تركيا على بلدة دابق شمال حلب، في حين تخوض القوات العراقية منذ 17 تشرين الأول الماضي معركة استعادة مدينة الموصل، المعقل الأكبر للتنظيم في العراق.',
'ويُقدّر عدد عناصر التنظيم داخل مدينة الرقة بنحو خمسة آلاف مقاتل، بحسب تقديرات "قسد"، فيما تنتشر قوات أمريكية خاصة في بلدة عين عيسى وفي قاعدة رميلان بريف الحسكة منذ مطلع العام الجاري.',
'ويسيطر التنظيم على مدينة الرقة منذ مطلع عام 2014، بعد معارك مع فصائل المعارضة و"جبهة النصرة"، واتخذها عاصمة لـ"خلافته" المزعومة.',
]
D = '2016-11-06'   # Sunday; SMART web copy of its own day
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:مدينة الرقة','LOCATION','raqqa'),
 ('L1:الرقة#0','LOCATION','raqqa'), ('L1:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L1:مدينة الرقة','LOCATION','raqqa'),
 ('L1:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L1:طيران التحالف الدولي','ACTOR','COALITION'), ('L1:الولايات المتحدة','ACTOR','US'),
 ('L2:قسد','ACTOR','SDF'), ('L2:جيهان شيخ أحمد','PERSON','cihan-sheikh-ahmed'), ('L2:بلدة عين عيسى','LOCATION','ain-issa'),
 ('L2:الرقة','LOCATION','raqqa'), ('L2:نحو 30 ألف مقاتل','QUANTITY',None,(30000,True,'fighters')), ('L2:التحالف','ACTOR','COALITION'),
 ('L3:سمارت','ORG','smart'), ('L3:ريف الرقة','LOCATION','raqqa-countryside'), ('L3:قسد','ACTOR','SDF'),
 ('L3:محوري عين عيسى','LOCATION','ain-issa'), ('L3:سلوك','LOCATION','suluk'), ('L3:ثلاث مزارع','QUANTITY',None,(3,False,'other')),
 ('L3:قرية الهيشة','LOCATION','hisha'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:بلدة تل السمن','LOCATION','tal-saman'),
 ('L4:التنظيم','ACTOR','ISIS'), ('L4:سيارتين مفخختين','QUANTITY',None,(2,False,'vehicles')), ('L4:سيارتين مفخختين#0','WEAPON','car-bombs'),
 ('L4:قسد','ACTOR','SDF'), ('L4:محور سلوك','LOCATION','suluk'), ('L4:التحالف','ACTOR','COALITION'), ('L4:بلدة تل السمن','LOCATION','tal-saman'),
 ('L5:التحالف الدولي','ACTOR','COALITION'), ('L5:جون دوريان','PERSON','john-dorrian'),
 ('L5:مستشارين عسكريين أمريكيين','ACTOR','US'), ('L5:قسد','ACTOR','SDF'),
 ('L6:الرئاسة التركية','ACTOR','TR'), ('L6:إبراهيم قالن','PERSON','ibrahim-kalin'), ('L6:أنقرة','ACTOR','TR'),
 ('L6:وحدات حماية الشعب','ACTOR','YPG'), ('L6:الرقة','LOCATION','raqqa'), ('L6:واشنطن','ACTOR','US'),
 ('L6:فصائل "درع الفرات"','ACTOR','FSA'), ('L6:التنظيم','ACTOR','ISIS'), ('L6:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
 ('L7:فصائل "درع الفرات"','ACTOR','FSA'), ('L7:تركيا','ACTOR','TR'), ('L7:بلدة دابق','LOCATION','dabiq'), ('L7:حلب','LOCATION','aleppo'),
 ('L7:القوات العراقية','ACTOR','IQ_GOV'), ('L7:مدينة الموصل','LOCATION','mosul'), ('L7:لتنظيم','ACTOR','ISIS'), ('L7:العراق#1','LOCATION','iraq'),
 ('L8:التنظيم','ACTOR','ISIS'), ('L8:مدينة الرقة','LOCATION','raqqa'), ('L8:نحو خمسة آلاف مقاتل','QUANTITY',None,(5000,True,'fighters')),
 ('L8:قسد','ACTOR','SDF'), ('L8:قوات أمريكية خاصة','ACTOR','US'), ('L8:بلدة عين عيسى','LOCATION','ain-issa'),
 ('L8:قاعدة رميلان','LOCATION','rmeilan-base'), ('L8:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:مدينة الرقة','LOCATION','raqqa'), ('L9:فصائل المعارضة','ACTOR','FSA'), ('L9:جبهة النصرة','ACTOR','NUSRA'),
]
times = [
 ('L1:الأحد', D, 'day'),
 ('L3:منذ ساعات الصباح', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ 17 تشرين الأول الماضي', '2016-10-17/' + D, 'day'),
 ('L8:منذ مطلع العام الجاري', '2016-01/2016-11', 'month'),
 ('L9:منذ مطلع عام 2014', '2014-01/2016-11', 'month'),
]
T = 'L1:الأحد'
MOR = 'L3:منذ ساعات الصباح'
COR = 'مراسل سمارت في ريف الرقة'
JSA = 'جيهان شيخ أحمد'
events = [
 dict(type='STATEMENT', trig='L1:أعلنت', time=T, actors=['SDF'], attr='قوات سوريا الديمقراطية'),                                # 1
 dict(type='OPERATION', trig='L1:عملية عسكرية', time=T, actors=['SDF', 'COALITION'], targets=['ISIS'], loc='L1:مدينة الرقة',
      attr='قوات سوريا الديمقراطية'),                                                                                        # 2
 dict(type='CONTROL', trig='L1:السيطرة', mod='planned', actors=['SDF'], targets=['ISIS'], loc='L1:مدينة الرقة',
      attr='قوات سوريا الديمقراطية'),                                                                                        # 3
 dict(type='STATEMENT', trig='L2:قالت', time=T, actors=['SDF'], attr=JSA),                                                    # 4
 dict(type='OPERATION', trig='L2:المعركة', time=T, actors=['SDF'], targets=['ISIS'], qty=['L2:نحو 30 ألف مقاتل'], attr=JSA),        # 5
 dict(type='ATTACK', trig='L2:الإسناد الجوي', mod='planned', actors=['COALITION'], targets=['ISIS'], attr=JSA),                   # 6
 dict(type='MOVEMENT', trig='L3:تقدمت', time=MOR, actors=['SDF'], loc='L3:محوري عين عيسى', attr=COR),                            # 7
 dict(type='CONTROL', trig='L3:سيطرت', time=MOR, actors=['SDF'], targets=['ISIS'], loc='L3:قرية الهيشة', qty=['L3:ثلاث مزارع'], attr=COR),  # 8
 dict(type='ATTACK', trig='L3:اشتباكات', time=T, actors=['SDF', 'ISIS'], loc='L3:بلدة تل السمن', attr=COR),                       # 9
 dict(type='ATTACK', trig='L4:فجّر', time=T, actors=['ISIS'], targets=['SDF'], loc='L4:محور سلوك', weapons=['L4:سيارتين مفخختين#0'],
      qty=['L4:سيارتين مفخختين'], attr=COR),                                                                                 # 10
 dict(type='ATTACK', trig='L4:غارات', time=T, actors=['COALITION'], targets=['ISIS'], loc='L4:بلدة تل السمن', attr=COR),           # 11
 dict(type='STATEMENT', trig='L5:قال', time=T, actors=['COALITION'], attr='جون دوريان'),                                        # 12
 dict(type='OPERATION', trig='L5:المعركة', time=T, actors=['SDF'], targets=['ISIS'], attr='جون دوريان'),                         # 13
 dict(type='MOVEMENT', trig='L5:سيرافقون', mod='planned', actors=['US'], attr='جون دوريان'),                                    # 14
 dict(type='STATEMENT', trig='L6:قال#0', time=T, actors=['TR'], attr='إبراهيم قالن'),                                             # 15
 dict(type='OPERATION', trig='L6:معركة', time=T, actors=['SDF'], targets=['ISIS'], loc='L6:الرقة', attr='إبراهيم قالن'),          # 16
 dict(type='ATTACK', trig='L6:تقاتل', actors=['FSA'], targets=['ISIS'], loc='L6:ريف حلب الشمالي'),                               # 17
 dict(type='OPERATION', trig='L7:المعركة', time=T, actors=['SDF'], targets=['ISIS']),                                          # 18
 dict(type='CONTROL', trig='L7:سيطرة', actors=['FSA', 'TR'], targets=['ISIS'], loc='L7:بلدة دابق'),                              # 19
 dict(type='OPERATION', trig='L7:معركة استعادة', time='L7:منذ 17 تشرين الأول الماضي', actors=['IQ_GOV'], targets=['ISIS'],
      loc='L7:مدينة الموصل'),                                                                                                # 20
 dict(type='MOVEMENT', trig='L8:تنتشر', time='L8:منذ مطلع العام الجاري', actors=['US'], loc='L8:بلدة عين عيسى'),                 # 21
 dict(type='CONTROL', trig='L9:يسيطر', time='L9:منذ مطلع عام 2014', actors=['ISIS'], loc='L9:مدينة الرقة'),                      # 22
 dict(type='ATTACK', trig='L9:معارك', actors=['ISIS', 'FSA', 'NUSRA']),                                                       # 23
]
TD = (D, 'day')
forces = [
 dict(actor='SDF', strength=(30000, True, 'fighters'), loc=('الرقة', 'raqqa'), as_of=TD, status='planned', source=JSA, line=2, events=[5]),
 dict(actor='SDF', loc=('بلدة تل السمن', 'tal-saman'), as_of=TD, status='present', source=COR, line=3, events=[9]),
 dict(actor='ISIS', loc=('بلدة تل السمن', 'tal-saman'), as_of=TD, status='present', source=COR, line=3, events=[9]),
 dict(actor='SDF', assets='نقاط', loc=('محور سلوك', 'suluk'), as_of=TD, status='attacked', source=COR, line=4, events=[10]),
 dict(actor='ISIS', assets='مواقع', loc=('بلدة تل السمن', 'tal-saman'), as_of=TD, status='attacked', source=COR, line=4, events=[11]),
 dict(actor='FSA', loc=('ريف حلب الشمالي', 'aleppo-north-countryside'), as_of=TD, status='present', source='إبراهيم قالن', line=6, events=[17]),
 dict(actor='ISIS', loc=('ريف حلب الشمالي', 'aleppo-north-countryside'), as_of=TD, status='present', source='إبراهيم قالن', line=6, events=[17]),
 dict(actor='FSA', loc=('بلدة دابق', 'dabiq'), as_of=(None, 'vague'), status='controls', line=7, events=[19]),
 dict(actor='IQ_GOV', loc=('مدينة الموصل', 'mosul'), as_of=('2016-10-17/' + D, 'day'), status='present', line=7, events=[20]),
 dict(actor='ISIS', loc=('مدينة الموصل', 'mosul'), as_of=TD, status='controls', line=7, events=[]),
 dict(actor='ISIS', strength=(5000, True, 'fighters'), loc=('مدينة الرقة', 'raqqa'), as_of=TD, status='present', source='تقديرات قسد', line=8, events=[]),
 dict(actor='US', assets='قوات خاصة', loc=('بلدة عين عيسى', 'ain-issa'), as_of=('2016-01/2016-11', 'month'), status='present', line=8, events=[21]),
 dict(actor='US', assets='قوات خاصة', loc=('قاعدة رميلان', 'rmeilan-base'), as_of=('2016-01/2016-11', 'month'), status='present', line=8, events=[21]),
 dict(actor='ISIS', loc=('مدينة الرقة', 'raqqa'), as_of=('2014-01/2016-11', 'month'), status='controls', line=9, events=[22]),
]
build('smart-wrath-of-euphrates', None, 'سمارت', D, L, ents, times, events, forces)
