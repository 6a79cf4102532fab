from build import build
L = [
'وقف إطلاق النار يدخل حيز التنفيذ في إدلب.. ودوريات روسية تركية مشتركة على طريق M4 منتصف الشهر',
'بدأ عند منتصف ليل الخميس الجمعة سريان وقف إطلاق النار في منطقة خفض التصعيد بإدلب، بموجب الاتفاق الذي توصل إليه الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان أمس الخميس في موسكو، بعد محادثات استمرت أكثر من 6 ساعات.',
'وينص البروتوكول الإضافي لمذكرة سوتشي، الذي تلاه وزيرا خارجية البلدين سيرغي لافروف ومولود جاويش أوغلو، على إنشاء ممر آمن بعمق 6 كيلومترات شمال الطريق الدولي M4 و6 كيلومترات جنوبه.',
'ومن المقرر أن تبدأ الشرطة العسكرية الروسية والقوات التركية في 15 مارس الجاري تسيير دوريات مشتركة على امتداد الطريق من بلدة ترنبة غرب سراقب حتى بلدة عين الحور في ريف اللاذقية.',
'وقال الرئيس بوتين في مؤتمر صحفي مشترك إن "الجانبين اتفقا على وقف الأعمال القتالية على طول خط التماس"، معرباً عن أمله في أن يشكل الاتفاق "أساساً جيداً لإنهاء القتال" في المنطقة.',
'من جانبه، أكد أردوغان أن تركيا "تحتفظ بحق الرد على أي هجوم" يشنه الجيش السوري على نقاط المراقبة التركية، مشيراً إلى أن قوات بلاده ستبقى في مواقعها بإدلب.',
'وفي سياق متصل، أعلن مركز المصالحة الروسي في قاعدة حميميم أنه سجل خلال الـ24 ساعة الماضية 9 عمليات قصف من قبل مسلحي "هيئة تحرير الشام" على مواقع الجيش السوري في ريفي إدلب وحلب، نفذت قبل دخول الهدنة حيز التنفيذ.',
'وأضاف المركز أن منطقة خفض التصعيد تشهد هدوءاً حذراً منذ صباح اليوم الجمعة، مع غياب أي غارات للطيران السوري والطيران الروسي.',
'وكانت تركيا قد دفعت منذ مطلع فبراير الماضي بنحو 9 آلاف جندي وأكثر من 2500 آلية عسكرية إلى إدلب، فيما قتل 34 جندياً تركياً في غارة استهدفت رتلاً لهم قرب بلدة بليون في 27 فبراير، حملت أنقرة مسؤوليتها للجيش السوري.',
'وبحسب وزارة الدفاع الروسية، عاد أكثر من 320 ألف نازح إلى مناطقهم في ريف حلب الغربي بعد أن استعاد الجيش السوري السيطرة على الطريق الدولي M5 الشهر الماضي.',
]
D = '2020-03-06'
Y = '2020-03-05'
ents = [
 ('L0:إدلب','LOCATION','idlib'), ('L0:طريق M4','LOCATION','m4-highway'),
 ('L1:منطقة خفض التصعيد','LOCATION','idlib-deescalation-zone'), ('L1:إدلب','LOCATION','idlib'), ('L1:فلاديمير بوتين','PERSON','vladimir-putin'),
 ('L1:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L1:موسكو','LOCATION','moscow'), ('L1:أكثر من 6 ساعات','QUANTITY',None,(6,True,'other')),
 ('L2:سوتشي','LOCATION','sochi'), ('L2:سيرغي لافروف','PERSON','sergey-lavrov'), ('L2:مولود جاويش أوغلو','PERSON','mevlut-cavusoglu'),
 ('L2:6 كيلومترات#0','QUANTITY',None,(6,False,'km')), ('L2:الطريق الدولي M4','LOCATION','m4-highway'), ('L2:6 كيلومترات#1','QUANTITY',None,(6,False,'km')),
 ('L3:الشرطة العسكرية الروسية','ACTOR','RU'), ('L3:القوات التركية','ACTOR','TR'), ('L3:الطريق','LOCATION','m4-highway'),
 ('L3:بلدة ترنبة','LOCATION','tarnaba'), ('L3:سراقب','LOCATION','saraqib'), ('L3:بلدة عين الحور','LOCATION','ain-al-hour'), ('L3:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L4:بوتين','PERSON','vladimir-putin'), ('L4:خط التماس','LOCATION','idlib-contact-line'), ('L4:المنطقة','LOCATION','idlib'),
 ('L5:أردوغان','PERSON','recep-tayyip-erdogan'), ('L5:تركيا','ACTOR','TR'), ('L5:الجيش السوري','ACTOR','SY_GOV'),
 ('L5:نقاط المراقبة','LOCATION','turkish-observation-posts'), ('L5:قوات بلاده','ACTOR','TR'), ('L5:إدلب','LOCATION','idlib'),
 ('L6:مركز المصالحة الروسي','ACTOR','RU'), ('L6:قاعدة حميميم','LOCATION','hmeimim-base'), ('L6:9 عمليات قصف','QUANTITY',None,(9,False,'other')),
 ('L6:هيئة تحرير الشام','ACTOR','NUSRA'), ('L6:الجيش السوري','ACTOR','SY_GOV'), ('L6:ريفي إدلب','LOCATION','idlib-countryside'), ('L6:حلب','LOCATION','aleppo-countryside'),
 ('L7:منطقة خفض التصعيد','LOCATION','idlib-deescalation-zone'), ('L7:لطيران السوري','ACTOR','SY_GOV'), ('L7:الطيران الروسي','ACTOR','RU'),
 ('L8:تركيا#0','ACTOR','TR'), ('L8:نحو 9 آلاف جندي','QUANTITY',None,(9000,True,'troops')),
 ('L8:أكثر من 2500 آلية عسكرية','QUANTITY',None,(2500,True,'vehicles')), ('L8:آلية عسكرية','WEAPON','military-vehicles'), ('L8:إدلب','LOCATION','idlib'),
 ('L8:34 جندياً','QUANTITY',None,(34,False,'killed')), ('L8:بلدة بليون','LOCATION','balyun'), ('L8:أنقرة','ACTOR','TR'), ('L8:لجيش السوري','ACTOR','SY_GOV'),
 ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:أكثر من 320 ألف نازح','QUANTITY',None,(320000,True,'people')),
 ('L9:ريف حلب الغربي','LOCATION','aleppo-west-countryside'), ('L9:الجيش السوري','ACTOR','SY_GOV'), ('L9:الطريق الدولي M5','LOCATION','m5-highway'),
]
times = [
 ('L1:منتصف ليل الخميس الجمعة', Y, 'part-of-day', {'part':'night'}),
 ('L1:أمس الخميس', Y, 'day'),
 ('L3:15 مارس الجاري', '2020-03-15', 'day'),
 ('L6:خلال الـ24 ساعة الماضية', Y+'/'+D, 'day'),
 ('L7:منذ صباح اليوم الجمعة', D+'/'+D, 'part-of-day', {'part':'morning'}),
 ('L8:منذ مطلع فبراير الماضي', '2020-02/2020-03', 'month'),
 ('L8:27 فبراير', '2020-02-27', 'day'),
 ('L9:الشهر الماضي', '2020-02', 'month'),
]
MRC = 'مركز المصالحة الروسي'
MOD = 'وزارة الدفاع الروسية'
events = [
 dict(type='AGREEMENT', trig='L1:وقف إطلاق النار', time='L1:منتصف ليل الخميس الجمعة', actors=['RU','TR'], loc='L1:منطقة خفض التصعيد'),
 dict(type='AGREEMENT', trig='L1:الاتفاق', time='L1:أمس الخميس', actors=['RU','TR'], loc='L1:موسكو'),
 dict(type='AGREEMENT', trig='L2:مذكرة', actors=['RU','TR']),
 dict(type='AGREEMENT', trig='L2:البروتوكول الإضافي', time=None, actors=['RU','TR'], loc='L2:الطريق الدولي M4', qty=['L2:6 كيلومترات#0','L2:6 كيلومترات#1']),
 dict(type='TRAINING', trig='L3:دوريات', mod='planned', time='L3:15 مارس الجاري', actors=['RU','TR'], loc='L3:الطريق'),
 dict(type='STATEMENT', trig='L4:قال', actors=['RU'], attr='بوتين'),
 dict(type='AGREEMENT', trig='L4:اتفقا', actors=['RU','TR'], loc='L4:خط التماس', attr='بوتين'),
 dict(type='STATEMENT', trig='L5:أكد', actors=['TR'], attr='أردوغان'),
 dict(type='ATTACK', trig='L5:الرد', mod='planned', actors=['TR'], targets=['SY_GOV'], attr='أردوغان'),
 dict(type='ATTACK', trig='L5:هجوم', mod='expected', actors=['SY_GOV'], targets=['TR'], loc='L5:نقاط المراقبة', attr='أردوغان'),
 dict(type='STATEMENT', trig='L6:أعلن', actors=['RU'], attr=MRC),
 dict(type='ATTACK', trig='L6:قصف', time='L6:خلال الـ24 ساعة الماضية', actors=['NUSRA'], targets=['SY_GOV'], loc='L6:ريفي إدلب', attr=MRC, qty=['L6:9 عمليات قصف']),
 dict(type='ATTACK', trig='L7:غارات', mod='denied', time='L7:منذ صباح اليوم الجمعة', actors=['SY_GOV','RU'], loc='L7:منطقة خفض التصعيد', attr=MRC),
 dict(type='MOVEMENT', trig='L8:دفعت', time='L8:منذ مطلع فبراير الماضي', actors=['TR'], loc='L8:إدلب', weapons=['L8:آلية عسكرية'],
      qty=['L8:نحو 9 آلاف جندي','L8:أكثر من 2500 آلية عسكرية']),
 dict(type='ATTACK', trig='L8:غارة', time='L8:27 فبراير', actors=['SY_GOV'], targets=['TR'], loc='L8:بلدة بليون', attr='أنقرة', qty=['L8:34 جندياً']),
 dict(type='CONTROL', trig='L9:استعاد', time='L9:الشهر الماضي', actors=['SY_GOV'], loc='L9:الطريق الدولي M5', attr=MOD),
]
forces = [
 dict(actor='RU', loc=('الطريق','m4-highway'), as_of=('2020-03-15','day'), status='planned', source=None, line=3, events=[5]),
 dict(actor='TR', loc=('الطريق','m4-highway'), as_of=('2020-03-15','day'), status='planned', source=None, line=3, events=[5]),
 dict(actor='TR', assets='نقاط المراقبة', loc=('نقاط المراقبة','turkish-observation-posts'), as_of=(D,'day'), status='present', source='أردوغان', line=5, events=[]),
 dict(actor='TR', assets='مواقع', loc=('إدلب','idlib'), as_of=(D,'day'), status='present', source='أردوغان', line=5, events=[]),
 dict(actor='RU', assets='مركز المصالحة', loc=('قاعدة حميميم','hmeimim-base'), as_of=(D,'day'), status='present', source=MRC, line=6, events=[]),
 dict(actor='SY_GOV', assets='مواقع', loc=('ريفي إدلب','idlib-countryside'), as_of=(Y+'/'+D,'day'), status='attacked', source=MRC, line=6, events=[12]),
 dict(actor='SY_GOV', assets='مواقع', loc=('حلب','aleppo-countryside'), as_of=(Y+'/'+D,'day'), status='attacked', source=MRC, line=6, events=[12]),
 dict(actor='TR', strength=(9000,True,'troops'), assets='أكثر من 2500 آلية عسكرية', loc=('إدلب','idlib'), as_of=('2020-02/2020-03','month'), status='reinforced', source=None, line=8, events=[14]),
 dict(actor='TR', assets='رتل', loc=('بلدة بليون','balyun'), as_of=('2020-02-27','day'), status='attacked', source='أنقرة', line=8, events=[15]),
 dict(actor='SY_GOV', loc=('الطريق الدولي M5','m5-highway'), as_of=('2020-02','month'), status='controls', source=MOD, line=9, events=[16]),
]
build('rt-idlib-moscow-ceasefire', None, 'روسيا اليوم', D, L, ents, times, events, forces)
