from build import build
L = [
'العامري يعلن ديالى "محررة بالكامل" من داعش.. ونواب يطالبون بالتحقيق في أحداث بروانة',
'بغداد/ المدى',
'أعلن الأمين العام لمنظمة بدر هادي العامري، يوم أمس الاثنين، تحرير محافظة ديالى بالكامل من سيطرة تنظيم "داعش"، بعد عملية عسكرية استمرت ثلاثة أيام في حوض المخيسة شمال شرقي قضاء المقدادية، شاركت فيها قطعات الجيش والشرطة وفصائل الحشد الشعبي.',
'وقال العامري، في مؤتمر صحفي عقده في بعقوبة، إن "القوات الأمنية والحشد طهّرت أكثر من 25 قرية في الحوض وقتلت ما لا يقل عن 60 إرهابياً"، مؤكداً أن "ديالى أول محافظة عراقية تتحرر بالكامل من الدواعش".',
'وأضاف أن "من تبقى من المسلحين فرّوا من المخيسة باتجاه سلسلة جبال حمرين وناحية العظيم"، فيما تمركزت قوة من الحشد في قرى الحوض "لمسك الأرض" إلى حين تسليمها إلى الشرطة المحلية.',
'من جانبه، أفاد مصدر في قيادة عمليات دجلة لـ"المدى" بأن الفرقة الخامسة في الجيش دفعت، ليل السبت، بنحو 1500 جندي و40 عجلة مدرعة إلى أطراف المقدادية لقطع طرق الإمداد عن المسلحين، بالتزامن مع غارات نفذها طيران الجيش على تجمعاتهم في قرية المخيسة.',
'في المقابل، اتهم نواب عن تحالف القوى العراقية عناصر من "الميليشيات" بإعدام عشرات المدنيين في قرية بروانة التابعة لقضاء المقدادية بعد دخولها الاثنين، مطالبين رئيس الوزراء حيدر العبادي بفتح تحقيق عاجل.',
'غير أن المتحدث باسم الحشد الشعبي كريم النوري نفى أن تكون قوات الحشد قد "نفذت أي إعدامات" في بروانة، واصفاً تلك الاتهامات بأنها "محاولة للتشويش على النصر".',
'وكان المكتب الإعلامي لرئيس الوزراء حيدر العبادي قد ذكر، في بيان يوم الأحد، أنه وجّه بإرسال تعزيزات إضافية إلى ديالى "لمنع أي تسلل" من جهة صلاح الدين وكركوك.',
'ويسيطر تنظيم "داعش" منذ حزيران 2014 على مناطق واسعة في شمال العراق وغربه، فيما استعادت القوات العراقية وقوات البيشمركة ناحيتي السعدية وجلولاء شمالي ديالى في تشرين الثاني الماضي.',
]
D = '2015-01-27'   # Tuesday; Baghdad print daily, dated the day after the announcement
MON = '2015-01-26'
SUN = '2015-01-25'
SAT = '2015-01-24'
PMF = 'OTHER:pmf'
BADR = 'OTHER:badr'
ents = [
 ('L0:العامري','PERSON','hadi-al-amiri'), ('L0:ديالى','LOCATION','diyala'), ('L0:داعش','ACTOR','ISIS'), ('L0:بروانة','LOCATION','barwana'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:المدى','ORG','almada'),
 ('L2:منظمة بدر','ACTOR',BADR), ('L2:هادي العامري','PERSON','hadi-al-amiri'), ('L2:محافظة ديالى','LOCATION','diyala'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:ثلاثة أيام','QUANTITY',None,(3,False,'other')), ('L2:حوض المخيسة','LOCATION','al-mukhaisa-basin'),
 ('L2:قضاء المقدادية','LOCATION','muqdadiya'), ('L2:قطعات الجيش','ACTOR','IQ_GOV'), ('L2:الشرطة','ACTOR','IQ_GOV'),
 ('L2:فصائل الحشد الشعبي','ACTOR',PMF),
 ('L3:العامري','PERSON','hadi-al-amiri'), ('L3:بعقوبة','LOCATION','baquba'), ('L3:القوات الأمنية','ACTOR','IQ_GOV'), ('L3:الحشد','ACTOR',PMF),
 ('L3:أكثر من 25 قرية','QUANTITY',None,(25,True,'other')), ('L3:الحوض','LOCATION','al-mukhaisa-basin'),
 ('L3:ما لا يقل عن 60 إرهابياً','QUANTITY',None,(60,True,'killed')), ('L3:ديالى','LOCATION','diyala'), ('L3:الدواعش','ACTOR','ISIS'),
 ('L4:المخيسة','LOCATION','al-mukhaisa'), ('L4:سلسلة جبال حمرين','LOCATION','hamrin-mountains'), ('L4:ناحية العظيم','LOCATION','al-adhaim'),
 ('L4:الحشد','ACTOR',PMF), ('L4:قرى الحوض','LOCATION','al-mukhaisa-basin'), ('L4:الشرطة المحلية','ACTOR','IQ_GOV'),
 ('L5:قيادة عمليات دجلة','ACTOR','IQ_GOV'), ('L5:المدى','ORG','almada'), ('L5:الفرقة الخامسة في الجيش','ACTOR','IQ_GOV'),
 ('L5:نحو 1500 جندي','QUANTITY',None,(1500,True,'troops')), ('L5:40 عجلة مدرعة','QUANTITY',None,(40,False,'vehicles')),
 ('L5:عجلة مدرعة','WEAPON','armoured-vehicles'), ('L5:أطراف المقدادية','LOCATION','muqdadiya-outskirts'), ('L5:طيران الجيش','ACTOR','IQ_GOV'),
 ('L5:قرية المخيسة','LOCATION','al-mukhaisa'),
 ('L6:تحالف القوى العراقية','ORG','iraqi-forces-alliance'), ('L6:الميليشيات','ACTOR',PMF),
 ('L6:عشرات المدنيين','QUANTITY',None,([24, 99],True,'killed')), ('L6:قرية بروانة','LOCATION','barwana'), ('L6:قضاء المقدادية','LOCATION','muqdadiya'),
 ('L6:حيدر العبادي','PERSON','haider-al-abadi'),
 ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:كريم النوري','PERSON','karim-al-nuri'), ('L7:قوات الحشد','ACTOR',PMF), ('L7:بروانة','LOCATION','barwana'),
 ('L8:حيدر العبادي','PERSON','haider-al-abadi'), ('L8:ديالى','LOCATION','diyala'), ('L8:صلاح الدين','LOCATION','salahuddin'),
 ('L8:كركوك','LOCATION','kirkuk'),
 ('L9:تنظيم "داعش"','ACTOR','ISIS'), ('L9:العراق#0','LOCATION','iraq'), ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L9:ناحيتي السعدية','LOCATION','saadiya'), ('L9:جلولاء','LOCATION','jalawla'), ('L9:ديالى','LOCATION','diyala'),
]
times = [
 ('L2:يوم أمس الاثنين', MON, 'day'),
 ('L5:ليل السبت', SAT, 'part-of-day', {'part': 'night'}),
 ('L6:الاثنين', MON, 'day'),
 ('L8:يوم الأحد', SUN, 'day'),
 ('L9:منذ حزيران 2014', '2014-06/2015-01', 'month'),
 ('L9:تشرين الثاني الماضي', '2014-11', 'month'),
]
T = 'L2:يوم أمس الاثنين'
N = 'L5:ليل السبت'
AM = 'هادي العامري'
SRC = 'مصدر في قيادة عمليات دجلة (المدى)'
MPS = 'نواب عن تحالف القوى العراقية'
NU = 'كريم النوري'
PMO = 'المكتب الإعلامي لرئيس الوزراء حيدر العبادي'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=T, actors=[BADR], attr=AM),                                                             # 1
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L2:محافظة ديالى', attr=AM),              # 2
 dict(type='OPERATION', trig='L2:عملية', actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L2:حوض المخيسة', qty=['L2:ثلاثة أيام'], attr=AM),  # 3
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=[BADR], attr=AM),                                                              # 4
 dict(type='OPERATION', trig='L3:طهّرت', actors=['IQ_GOV', PMF], targets=['ISIS'], loc='L3:الحوض', qty=['L3:أكثر من 25 قرية'], attr=AM),  # 5
 dict(type='ATTACK', trig='L3:قتلت', actors=['IQ_GOV', PMF], targets=['ISIS'], qty=['L3:ما لا يقل عن 60 إرهابياً'], attr=AM),          # 6
 dict(type='WITHDRAWAL', trig='L4:فرّوا', actors=['ISIS'], loc='L4:المخيسة', attr=AM),                                                 # 7
 dict(type='MOVEMENT', trig='L4:تمركزت', actors=[PMF], loc='L4:قرى الحوض', attr=AM),                                                   # 8
 dict(type='MOVEMENT', trig='L5:دفعت', time=N, actors=['IQ_GOV'], loc='L5:أطراف المقدادية', weapons=['L5:عجلة مدرعة'],
      qty=['L5:نحو 1500 جندي', 'L5:40 عجلة مدرعة'], attr=SRC),                                                                    # 9
 dict(type='ATTACK', trig='L5:غارات', time=N, actors=['IQ_GOV'], targets=['ISIS'], loc='L5:قرية المخيسة', attr=SRC),                    # 10
 dict(type='ATTACK', trig='L6:إعدام', time='L6:الاثنين', actors=[PMF], loc='L6:قرية بروانة', qty=['L6:عشرات المدنيين'], attr=MPS),      # 11
 dict(type='MOVEMENT', trig='L6:دخولها', time='L6:الاثنين', actors=[PMF], loc='L6:قرية بروانة', attr=MPS),                             # 12
 dict(type='ATTACK', trig='L7:إعدامات', mod='denied', actors=[PMF], loc='L7:بروانة', attr=NU),                                         # 13
 dict(type='STATEMENT', trig='L8:بيان', time='L8:يوم الأحد', actors=['IQ_GOV'], attr=PMO),                                             # 14
 dict(type='MOVEMENT', trig='L8:إرسال', mod='planned', time='L8:يوم الأحد', actors=['IQ_GOV'], loc='L8:ديالى', attr=PMO),               # 15
 dict(type='CONTROL', trig='L9:يسيطر', time='L9:منذ حزيران 2014', actors=['ISIS'], loc='L9:العراق#0'),                                   # 16
 dict(type='CONTROL', trig='L9:استعادت', time='L9:تشرين الثاني الماضي', actors=['IQ_GOV', 'PESHMERGA'], targets=['ISIS'],
      loc='L9:ناحيتي السعدية'),                                                                                                     # 17
]
TD = (MON, 'day')
ND = (SAT, 'part-of-day')
NOV = ('2014-11', 'month')
forces = [
 dict(actor='IQ_GOV', loc=('محافظة ديالى', 'diyala'), as_of=TD, status='controls', source=AM, line=2, events=[2]),
 dict(actor=PMF, loc=('محافظة ديالى', 'diyala'), as_of=TD, status='controls', source=AM, line=2, events=[2]),
 dict(actor='IQ_GOV', assets='قطعات الجيش والشرطة', loc=('حوض المخيسة', 'al-mukhaisa-basin'), as_of=TD, status='present', source=AM, line=2, events=[3]),
 dict(actor=PMF, loc=('حوض المخيسة', 'al-mukhaisa-basin'), as_of=TD, status='present', source=AM, line=2, events=[3]),
 dict(actor='ISIS', loc=('المخيسة', 'al-mukhaisa'), as_of=TD, status='withdrawn', source=AM, line=4, events=[7]),
 dict(actor=PMF, assets='قوة من الحشد', loc=('قرى الحوض', 'al-mukhaisa-basin'), as_of=TD, status='present', source=AM, line=4, events=[8]),
 dict(actor='IQ_GOV', strength=(1500, True, 'troops'), assets='40 عجلة مدرعة', loc=('أطراف المقدادية', 'muqdadiya-outskirts'), as_of=ND,
      status='reinforced', source=SRC, line=5, events=[9]),
 dict(actor='ISIS', loc=('قرية المخيسة', 'al-mukhaisa'), as_of=ND, status='attacked', source=SRC, line=5, events=[10]),
 dict(actor=PMF, loc=('قرية بروانة', 'barwana'), as_of=TD, status='arrived', source=MPS, line=6, events=[12]),
 dict(actor='IQ_GOV', loc=('ديالى', 'diyala'), as_of=(SUN, 'day'), status='planned', source=PMO, line=8, events=[15]),
 dict(actor='IQ_GOV', loc=('ناحيتي السعدية', 'saadiya'), as_of=NOV, status='controls', line=9, events=[17]),
 dict(actor='IQ_GOV', loc=('جلولاء', 'jalawla'), as_of=NOV, status='controls', line=9, events=[17]),
 dict(actor='PESHMERGA', loc=('ناحيتي السعدية', 'saadiya'), as_of=NOV, status='controls', line=9, events=[17]),
 dict(actor='PESHMERGA', loc=('جلولاء', 'jalawla'), as_of=NOV, status='controls', line=9, events=[17]),
]
build('almada-diyala-liberation', None, 'المدى', D, L, ents, times, events, forces)
