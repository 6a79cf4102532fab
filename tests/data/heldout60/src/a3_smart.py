from build import build
L = [
'قتلى وجرحى بغارات جوية على سوق شعبي في معرة النعمان جنوبي إدلب',
'إدلب (سمارت) - قُتل 31 مدنياً وجُرح أكثر من 60 آخرين، الإثنين، بغارات جوية لطائرات حربية روسية وأخرى تابعة لقوات النظام السوري استهدفت سوقاً شعبياً وسط مدينة معرة النعمان جنوبي إدلب.',
'وقال مراسل "سمارت" إن طائرة حربية نفذت أربع غارات متتالية على سوق الخضار قرابة الساعة العاشرة صباحاً، ما أدى إلى دمار واسع في المحال والمباني السكنية المحيطة، فيما تواصل فرق الدفاع المدني البحث عن عالقين تحت الأنقاض.',
'وأضاف المراسل أن الطائرات الحربية استهدفت أيضاً مدينة سراقب وبلدتي كفرنبل وحاس، ما أسفر عن مقتل ستة مدنيين بينهم طفلان، ليرتفع عدد قتلى اليوم إلى 37.',
'ووثق "الدفاع المدني السوري" مقتل أكثر من 400 مدني في الحملة العسكرية التي تشنها قوات النظام وروسيا على أرياف إدلب وحماة منذ أواخر نيسان الماضي.',
'في المقابل، نفت وزارة الدفاع الروسية، في بيان، أن تكون طائراتها نفذت أي مهام قتالية في منطقة معرة النعمان، واصفة التقارير عن الغارات بأنها "فبركات".',
'ميدانياً، تدور منذ فجر الأحد اشتباكات عنيفة بين فصائل "الجبهة الوطنية للتحرير" و"جيش العزة" من جهة، وقوات النظام من جهة أخرى، على محور بلدة الحماميات وتلتها في ريف حماة الشمالي، بحسب مصدر عسكري معارض لـ"سمارت".',
'وأوضح المصدر أن مقاتلي "جيش العزة" دمروا دبابتين بصواريخ مضادة للدروع وقتلوا أكثر من 20 عنصراً من قوات النظام، التي استقدمت تعزيزات من "الفرقة الرابعة" إلى بلدة كرناز المجاورة.',
'كذلك قصفت قوات النظام بالمدفعية الثقيلة محيط نقطة المراقبة التركية في بلدة شير مغار بجبل شحشبو، من دون ورود أنباء عن إصابات في صفوف الجنود الأتراك.',
'ويقيم في منطقة "خفض التصعيد"، التي تضم إدلب وأجزاء من أرياف حماة وحلب واللاذقية، نحو ثلاثة ملايين شخص، نزح منهم أكثر من 400 ألف منذ نهاية نيسان، بحسب الأمم المتحدة.',
'وكانت تركيا وروسيا قد اتفقتا في سوتشي، في أيلول 2018، على إنشاء منطقة منزوعة السلاح بعمق 15 إلى 20 كيلومتراً بين مناطق النظام والمعارضة، إلا أن الاتفاق لم يُطبق بشكل كامل.',
]
D = '2019-07-22'   # Monday; agency web copy of its own day: الإثنين is today
SINCE_APR = '2019-04/2019-07'
NFL = 'OTHER:national-front-for-liberation'
IZZA = 'OTHER:jaish-al-izza'
ents = [
 ('L0:معرة النعمان','LOCATION','maarat-al-numan'), ('L0:إدلب','LOCATION','idlib-governorate'),
 ('L1:إدلب#0','LOCATION','idlib'), ('L1:سمارت','ORG','smart'), ('L1:31 مدنياً','QUANTITY',None,(31,False,'killed')),
 ('L1:أكثر من 60','QUANTITY',None,(60,True,'wounded')), ('L1:طائرات حربية','WEAPON','warplanes'), ('L1:قوات النظام السوري','ACTOR','SY_GOV'),
 ('L1:مدينة معرة النعمان','LOCATION','maarat-al-numan'), ('L1:إدلب#1','LOCATION','idlib-governorate'),
 ('L2:سمارت','ORG','smart'), ('L2:طائرة حربية','WEAPON','warplanes'), ('L2:أربع غارات','QUANTITY',None,(4,False,'other')),
 ('L2:سوق الخضار','LOCATION','maarat-al-numan-vegetable-market'), ('L2:الدفاع المدني','ORG','syria-civil-defence'),
 ('L3:الطائرات الحربية','WEAPON','warplanes'), ('L3:مدينة سراقب','LOCATION','saraqib'), ('L3:بلدتي كفرنبل','LOCATION','kafranbel'),
 ('L3:حاس','LOCATION','hass'), ('L3:ستة مدنيين','QUANTITY',None,(6,False,'killed')), ('L3:طفلان','QUANTITY',None,(2,False,'killed')),
 ('L3:37','QUANTITY',None,(37,False,'killed')),
 ('L4:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L4:أكثر من 400 مدني','QUANTITY',None,(400,True,'killed')),
 ('L4:قوات النظام','ACTOR','SY_GOV'), ('L4:روسيا','ACTOR','RU'), ('L4:أرياف إدلب','LOCATION','idlib-countryside'), ('L4:حماة','LOCATION','hama-countryside'),
 ('L5:وزارة الدفاع الروسية','ACTOR','RU'), ('L5:منطقة معرة النعمان','LOCATION','maarat-al-numan'),
 ('L6:فصائل "الجبهة الوطنية للتحرير"','ACTOR',NFL), ('L6:جيش العزة','ACTOR',IZZA), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L6:بلدة الحماميات','LOCATION','al-hamamiyat'), ('L6:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L6:سمارت','ORG','smart'),
 ('L7:جيش العزة','ACTOR',IZZA), ('L7:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L7:دبابتين#0','WEAPON','tanks'),
 ('L7:صواريخ مضادة للدروع','WEAPON','atgm'), ('L7:أكثر من 20 عنصراً','QUANTITY',None,(20,True,'killed')), ('L7:قوات النظام','ACTOR','SY_GOV'),
 ('L7:الفرقة الرابعة','ACTOR','SY_GOV'), ('L7:بلدة كرناز','LOCATION','karnaz'),
 ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:المدفعية الثقيلة','WEAPON','heavy-artillery'), ('L8:محيط نقطة المراقبة التركية','LOCATION','shir-mughar-post'),
 ('L8:بلدة شير مغار','LOCATION','shir-mughar'), ('L8:جبل شحشبو','LOCATION','jabal-shahshabu'), ('L8:الجنود الأتراك','ACTOR','TR'),
 ('L9:منطقة "خفض التصعيد"','LOCATION','idlib-de-escalation-zone'), ('L9:إدلب','LOCATION','idlib-governorate'), ('L9:أرياف حماة','LOCATION','hama-countryside'),
 ('L9:حلب','LOCATION','aleppo-countryside'), ('L9:اللاذقية','LOCATION','latakia-countryside'),
 ('L9:نحو ثلاثة ملايين شخص','QUANTITY',None,(3000000,True,'people')), ('L9:أكثر من 400 ألف','QUANTITY',None,(400000,True,'people')),
 ('L9:الأمم المتحدة','ORG','un'),
 ('L10:تركيا','ACTOR','TR'), ('L10:روسيا','ACTOR','RU'), ('L10:سوتشي','LOCATION','sochi'), ('L10:منطقة منزوعة السلاح','LOCATION','idlib-demilitarised-zone'),
 ('L10:15 إلى 20 كيلومتراً','QUANTITY',None,([15,20],True,'km')), ('L10:النظام','ACTOR','SY_GOV'), ('L10:المعارضة','ACTOR','FSA'),
]
times = [
 ('L1:الإثنين', D, 'day'),
 ('L2:قرابة الساعة العاشرة صباحاً', D, 'part-of-day', {'part': 'morning'}),
 ('L3:اليوم', D, 'day'),
 ('L4:منذ أواخر نيسان الماضي', SINCE_APR, 'month'),
 ('L6:منذ فجر الأحد', '2019-07-21/' + D, 'day'),
 ('L9:منذ نهاية نيسان', SINCE_APR, 'month'),
 ('L10:أيلول 2018', '2018-09', 'month'),
]
T = 'L1:الإثنين'
COR = 'مراسل سمارت'
CD = 'الدفاع المدني السوري'
RMD = 'وزارة الدفاع الروسية'
MS = 'مصدر عسكري معارض (سمارت)'
events = [
 dict(type='ATTACK', trig='L1:قُتل', time=T, actors=['RU', 'SY_GOV'], loc='L1:مدينة معرة النعمان', weapons=['L1:طائرات حربية'],
      qty=['L1:31 مدنياً', 'L1:أكثر من 60']),                                                                                        # 1
 dict(type='ATTACK', trig='L2:غارات', time='L2:قرابة الساعة العاشرة صباحاً', loc='L2:سوق الخضار', weapons=['L2:طائرة حربية'],
      qty=['L2:أربع غارات'], attr=COR),                                                                                               # 2
 dict(type='ATTACK', trig='L3:استهدفت', time=T, actors=['RU', 'SY_GOV'], loc='L3:مدينة سراقب', weapons=['L3:الطائرات الحربية'],
      qty=['L3:ستة مدنيين', 'L3:طفلان', 'L3:37'], attr=COR),                                                                          # 3
 dict(type='ATTACK', trig='L4:مقتل', time='L4:منذ أواخر نيسان الماضي', actors=['SY_GOV', 'RU'], qty=['L4:أكثر من 400 مدني'], attr=CD),  # 4
 dict(type='OPERATION', trig='L4:الحملة العسكرية', time='L4:منذ أواخر نيسان الماضي', actors=['SY_GOV', 'RU'], loc='L4:أرياف إدلب', attr=CD),  # 5
 dict(type='STATEMENT', trig='L5:بيان', actors=['RU'], attr=RMD),                                                                   # 6
 dict(type='ATTACK', trig='L5:مهام قتالية', mod='denied', time=T, actors=['RU'], loc='L5:منطقة معرة النعمان', attr=RMD),              # 7
 dict(type='ATTACK', trig='L6:اشتباكات', time='L6:منذ فجر الأحد', actors=[NFL, IZZA, 'SY_GOV'], loc='L6:بلدة الحماميات', attr=MS),    # 8
 dict(type='ATTACK', trig='L7:دمروا', time='L6:منذ فجر الأحد', actors=[IZZA], targets=['SY_GOV'], weapons=['L7:دبابتين#0', 'L7:صواريخ مضادة للدروع'],
      qty=['L7:دبابتين'], attr=MS),                                                                                                  # 9
 dict(type='ATTACK', trig='L7:قتلوا', time='L6:منذ فجر الأحد', actors=[IZZA], targets=['SY_GOV'], qty=['L7:أكثر من 20 عنصراً'], attr=MS),  # 10
 dict(type='MOVEMENT', trig='L7:استقدمت', actors=['SY_GOV'], loc='L7:بلدة كرناز', attr=MS),                                          # 11
 dict(type='ATTACK', trig='L8:قصفت', time=T, actors=['SY_GOV'], targets=['TR'], loc='L8:محيط نقطة المراقبة التركية', weapons=['L8:المدفعية الثقيلة']),  # 12
 dict(type='AGREEMENT', trig='L10:اتفقتا', time='L10:أيلول 2018', actors=['TR', 'RU'], loc='L10:سوتشي'),                             # 13
 dict(type='AGREEMENT', trig='L10:الاتفاق', time='L10:أيلول 2018', actors=['TR', 'RU']),                                            # 14
]
DD = (D, 'day')
SINCE_SUN = ('2019-07-21/' + D, 'day')
forces = [
 dict(actor=NFL, loc=('بلدة الحماميات', 'al-hamamiyat'), as_of=SINCE_SUN, status='present', source=MS, line=6, events=[8]),
 dict(actor=IZZA, loc=('بلدة الحماميات', 'al-hamamiyat'), as_of=SINCE_SUN, status='present', source=MS, line=6, events=[8]),
 dict(actor='SY_GOV', loc=('بلدة الحماميات', 'al-hamamiyat'), as_of=SINCE_SUN, status='present', source=MS, line=6, events=[8]),
 dict(actor='SY_GOV', assets='تعزيزات من الفرقة الرابعة', loc=('بلدة كرناز', 'karnaz'), as_of=DD, status='reinforced', source=MS, line=7, events=[11]),
 dict(actor='TR', assets='نقطة المراقبة التركية', loc=('بلدة شير مغار', 'shir-mughar'), as_of=DD, status='attacked', line=8, events=[12]),
 dict(actor='TR', assets='نقطة المراقبة التركية', loc=('بلدة شير مغار', 'shir-mughar'), as_of=DD, status='present', line=8, events=[]),
]
build('smart-maarat-al-numan-market', None, 'سمارت', D, L, ents, times, events, forces)
