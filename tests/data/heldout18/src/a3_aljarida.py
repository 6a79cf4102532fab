from build import build
L = [
'فصائل «درع الفرات» تنتزع دابق من «داعش».. وانطلاق معركة الموصل',
'سيطرت فصائل المعارضة السورية المدعومة من تركيا، أمس، على بلدة دابق الاستراتيجية في ريف حلب الشمالي بعد انسحاب عناصر تنظيم «داعش» منها، في إطار عملية «درع الفرات» التي أطلقتها أنقرة في 24 أغسطس الماضي.',
'وقال القيادي في «فرقة السلطان مراد» أحمد عثمان لـ«الجريدة» إن الفصائل دخلت دابق وبلدة صوران المجاورة «بعد معارك قصيرة»، مؤكداً أن التنظيم «انهار سريعاً» تحت وطأة قصف المدفعية التركية وغارات المقاتلات التركية وطائرات التحالف الدولي.',
'وأعلنت رئاسة الأركان التركية في بيان أن «الجيش السوري الحر» سيطر خلال الساعات الـ24 الماضية على ست قرى بينها دابق وصوران واحتيملات، مشيرة إلى أن المقاتلات التركية نفذت 12 غارة دمرت خلالها 17 هدفاً لـ«داعش»، وأن جندياً تركياً أصيب بجروح في هجوم بقذائف الهاون.',
'في المقابل، زعم تنظيم «داعش» عبر وكالة «أعماق» التابعة له أن عناصره «انحازوا» من دابق بعد «قصف صليبي مكثف»، بينما قالت مصادر محلية إن التنظيم سحب معظم مقاتليه نحو مدينة الباب قبل أيام من بدء الهجوم.',
'وتحظى دابق بأهمية رمزية لدى التنظيم الذي يروج في أدبياته لـ«الملحمة الكبرى» فيها، وكان قد أطلق اسمها على مجلته الدعائية الصادرة بالإنكليزية «Dabiq».',
'وقال الرئيس التركي رجب طيب أردوغان في خطاب أمس إن «الهدف التالي هو الباب»، على بعد نحو 30 كيلومتراً جنوب شرقي دابق، مطالباً «وحدات حماية الشعب» الكردية بالانسحاب من منبج إلى شرق الفرات «في أسرع وقت».',
'وفي العراق، أعلن رئيس الوزراء حيدر العبادي فجر اليوم انطلاق عمليات تحرير مدينة الموصل من «داعش» بمشاركة الجيش والشرطة الاتحادية وقوات البيشمركة وبإسناد من التحالف الدولي، مؤكداً أن «القوات العراقية وحدها ستدخل المدينة».',
'وكانت الفصائل المدعومة من أنقرة قد سيطرت على مدينة جرابلس الحدودية في اليوم الأول للعملية، قبل أن تتقدم غرباً نحو الراعي وتفتح ممراً على طول الحدود بطول نحو 90 كيلومتراً، وسط انتقادات من دمشق التي تصف الوجود التركي بـ«الاحتلال».',
'وأحصى المرصد السوري لحقوق الإنسان مقتل ما لا يقل عن 15 عنصراً من «داعش» وسبعة من مقاتلي الفصائل في معارك محيط دابق منذ الخميس الماضي، فيما قتل ثلاثة مدنيين في قصف تركي على قرية تل مالد.',
]
D = '2016-10-17'   # Monday; Kuwaiti daily, web copy of its day
SUN = '2016-10-16'
SM = 'OTHER:sultan-murad'
ents = [
 ('L0:دابق','LOCATION','dabiq'), ('L0:داعش','ACTOR','ISIS'), ('L0:الموصل','LOCATION','mosul'),
 ('L1:فصائل المعارضة السورية','ACTOR','FSA'), ('L1:بلدة دابق','LOCATION','dabiq'), ('L1:ريف حلب الشمالي','LOCATION','north-aleppo-countryside'),
 ('L1:تنظيم «داعش»','ACTOR','ISIS'), ('L1:أنقرة','ACTOR','TR'),
 ('L2:فرقة السلطان مراد','ACTOR',SM), ('L2:أحمد عثمان','PERSON','ahmed-osman'), ('L2:الجريدة','ORG','aljarida'), ('L2:الفصائل','ACTOR','FSA'),
 ('L2:دابق','LOCATION','dabiq'), ('L2:بلدة صوران','LOCATION','sawran'), ('L2:التنظيم','ACTOR','ISIS'), ('L2:المدفعية التركية','ACTOR','TR'),
 ('L2:المقاتلات التركية','WEAPON','fighter-jets'), ('L2:طائرات','WEAPON','aircraft'), ('L2:التحالف الدولي','ACTOR','COALITION'),
 ('L3:رئاسة الأركان التركية','ACTOR','TR'), ('L3:الجيش السوري الحر','ACTOR','FSA'), ('L3:ست قرى','QUANTITY',None,(6,False,'other')),
 ('L3:دابق','LOCATION','dabiq'), ('L3:صوران','LOCATION','sawran'), ('L3:احتيملات','LOCATION','ihtaymilat'),
 ('L3:المقاتلات التركية','WEAPON','fighter-jets'), ('L3:12 غارة','QUANTITY',None,(12,False,'other')), ('L3:17 هدفاً','QUANTITY',None,(17,False,'other')),
 ('L3:داعش','ACTOR','ISIS'), ('L3:جندياً تركياً','ACTOR','TR'), ('L3:قذائف الهاون','WEAPON','mortars'),
 ('L4:تنظيم «داعش»','ACTOR','ISIS'), ('L4:أعماق','ORG','amaq'), ('L4:دابق','LOCATION','dabiq'), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:مدينة الباب','LOCATION','al-bab'),
 ('L5:دابق','LOCATION','dabiq'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:Dabiq','ORG','dabiq-magazine'),
 ('L6:رجب طيب أردوغان','PERSON','erdogan'), ('L6:الباب','LOCATION','al-bab'), ('L6:نحو 30 كيلومتراً','QUANTITY',None,(30,True,'km')),
 ('L6:دابق','LOCATION','dabiq'), ('L6:وحدات حماية الشعب','ACTOR','YPG'), ('L6:منبج','LOCATION','manbij'), ('L6:شرق الفرات','LOCATION','east-euphrates'),
 ('L7:العراق','LOCATION','iraq'), ('L7:حيدر العبادي','PERSON','haider-al-abadi'), ('L7:مدينة الموصل','LOCATION','mosul'), ('L7:داعش','ACTOR','ISIS'),
 ('L7:الجيش','ACTOR','IQ_GOV'), ('L7:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L7:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L7:التحالف الدولي','ACTOR','COALITION'), ('L7:القوات العراقية','ACTOR','IQ_GOV'),
 ('L8:الفصائل','ACTOR','FSA'), ('L8:مدينة جرابلس','LOCATION','jarabulus'), ('L8:الراعي','LOCATION','al-rai'),
 ('L8:نحو 90 كيلومتراً','QUANTITY',None,(90,True,'km')), ('L8:دمشق','ACTOR','SY_GOV'),
 ('L9:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L9:ما لا يقل عن 15 عنصراً','QUANTITY',None,(15,True,'killed')), ('L9:داعش','ACTOR','ISIS'),
 ('L9:سبعة','QUANTITY',None,(7,False,'killed')), ('L9:الفصائل','ACTOR','FSA'), ('L9:دابق','LOCATION','dabiq'),
 ('L9:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')), ('L9:قرية تل مالد','LOCATION','tal-malid'),
]
times = [
 ('L1:أمس', SUN, 'day'),
 ('L1:24 أغسطس الماضي', '2016-08-24', 'day'),
 ('L3:خلال الساعات الـ24 الماضية', '2016-10-16/2016-10-17', 'day'),
 ('L6:أمس', SUN, 'day'),
 ('L7:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L9:منذ الخميس الماضي', '2016-10-13/2016-10-17', 'day'),
]
Y = 'L1:أمس'
OS = 'أحمد عثمان'
TGS = 'رئاسة الأركان التركية'
H24 = 'L3:خلال الساعات الـ24 الماضية'
AMAQ = 'تنظيم «داعش» (أعماق)'
LOC = 'مصادر محلية'
ERD = 'رجب طيب أردوغان'
ABADI = 'حيدر العبادي'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=Y, actors=['FSA'], targets=['ISIS'], loc='L1:بلدة دابق'),                               # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time=Y, actors=['ISIS'], loc='L1:بلدة دابق'),                                            # 2
 dict(type='OPERATION', trig='L1:عملية', time='L1:24 أغسطس الماضي', actors=['TR']),                                                 # 3
 dict(type='STATEMENT', trig='L2:قال', actors=[SM], attr=OS),                                                                        # 4
 dict(type='MOVEMENT', trig='L2:دخلت', actors=['FSA'], loc='L2:دابق', attr=OS),                                                      # 5
 dict(type='ATTACK', trig='L2:معارك', actors=['FSA', 'ISIS'], loc='L2:دابق', attr=OS),                                                # 6
 dict(type='ATTACK', trig='L2:قصف', actors=['TR'], targets=['ISIS'], attr=OS),                                                      # 7
 dict(type='ATTACK', trig='L2:غارات', actors=['TR', 'COALITION'], targets=['ISIS'], attr=OS, weapons=['L2:المقاتلات التركية', 'L2:طائرات']),  # 8
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['TR'], attr=TGS),                                                                   # 9
 dict(type='CONTROL', trig='L3:سيطر', time=H24, actors=['FSA'], loc='L3:دابق', attr=TGS, qty=['L3:ست قرى']),                         # 10
 dict(type='ATTACK', trig='L3:غارة', time=H24, actors=['TR'], targets=['ISIS'], attr=TGS, weapons=['L3:المقاتلات التركية'], qty=['L3:12 غارة']),  # 11
 dict(type='ATTACK', trig='L3:دمرت', time=H24, actors=['TR'], targets=['ISIS'], attr=TGS, qty=['L3:17 هدفاً']),                      # 12
 dict(type='ATTACK', trig='L3:هجوم', targets=['TR'], attr=TGS, weapons=['L3:قذائف الهاون']),                                          # 13
 dict(type='STATEMENT', trig='L4:زعم', actors=['ISIS'], attr=AMAQ),                                                                  # 14
 dict(type='WITHDRAWAL', trig='L4:انحازوا', actors=['ISIS'], loc='L4:دابق', attr=AMAQ),                                              # 15
 dict(type='ATTACK', trig='L4:قصف', attr=AMAQ),                                                                                      # 16
 dict(type='WITHDRAWAL', trig='L4:سحب', actors=['ISIS'], attr=LOC),                                                                 # 17
 dict(type='ATTACK', trig='L4:الهجوم', attr=LOC),                                                                                    # 18
 dict(type='STATEMENT', trig='L6:قال', time='L6:أمس', actors=['TR'], attr=ERD),                                                      # 19
 dict(type='WITHDRAWAL', trig='L6:بالانسحاب', mod='planned', actors=['YPG'], loc='L6:منبج', attr=ERD),                               # 20
 dict(type='STATEMENT', trig='L7:أعلن', time='L7:فجر اليوم', actors=['IQ_GOV'], attr=ABADI),                                        # 21
 dict(type='OPERATION', trig='L7:عمليات', time='L7:فجر اليوم', actors=['IQ_GOV', 'PESHMERGA', 'COALITION'], targets=['ISIS'],
      loc='L7:مدينة الموصل', attr=ABADI),                                                                                           # 22
 dict(type='MOVEMENT', trig='L7:ستدخل', mod='planned', actors=['IQ_GOV'], attr=ABADI),                                              # 23
 dict(type='CONTROL', trig='L8:سيطرت', actors=['FSA'], loc='L8:مدينة جرابلس'),                                                       # 24
 dict(type='MOVEMENT', trig='L8:تتقدم', actors=['FSA'], loc='L8:الراعي'),                                                            # 25
 dict(type='ATTACK', trig='L9:معارك', time='L9:منذ الخميس الماضي', actors=['ISIS', 'FSA'], loc='L9:دابق', attr='المرصد السوري لحقوق الإنسان',
      qty=['L9:ما لا يقل عن 15 عنصراً', 'L9:سبعة']),                                                                               # 26
 dict(type='ATTACK', trig='L9:قصف', actors=['TR'], loc='L9:قرية تل مالد', attr='المرصد السوري لحقوق الإنسان', qty=['L9:ثلاثة مدنيين']),  # 27
]
SUND = (SUN, 'day')
V = (None, 'vague')
H24V = ('2016-10-16/2016-10-17', 'day')
forces = [
 dict(actor='FSA', loc=('بلدة دابق', 'dabiq'), as_of=SUND, status='controls', line=1, events=[1]),
 dict(actor='ISIS', loc=('بلدة دابق', 'dabiq'), as_of=SUND, status='withdrawn', line=1, events=[2]),
 dict(actor='FSA', loc=('دابق', 'dabiq'), as_of=V, status='arrived', source=OS, line=2, events=[5]),
 dict(actor='FSA', loc=('بلدة صوران', 'sawran'), as_of=V, status='arrived', source=OS, line=2, events=[5]),
 dict(actor='ISIS', loc=('دابق', 'dabiq'), as_of=V, status='present', source=OS, line=2, events=[6]),
 dict(actor='FSA', loc=('دابق', 'dabiq'), as_of=H24V, status='controls', source=TGS, line=3, events=[10]),
 dict(actor='FSA', loc=('صوران', 'sawran'), as_of=H24V, status='controls', source=TGS, line=3, events=[10]),
 dict(actor='FSA', loc=('احتيملات', 'ihtaymilat'), as_of=H24V, status='controls', source=TGS, line=3, events=[10]),
 dict(actor='ISIS', loc=('دابق', 'dabiq'), as_of=V, status='withdrawn', source=AMAQ, line=4, events=[15]),
 dict(actor='YPG', loc=('منبج', 'manbij'), as_of=SUND, status='present', source=ERD, line=6, events=[20]),
 dict(actor='FSA', loc=('مدينة جرابلس', 'jarabulus'), as_of=V, status='controls', line=8, events=[24]),
 dict(actor='ISIS', loc=('دابق', 'dabiq'), as_of=('2016-10-13/2016-10-17', 'day'), status='present', source='المرصد السوري لحقوق الإنسان', line=9, events=[26]),
 dict(actor='FSA', loc=('دابق', 'dabiq'), as_of=('2016-10-13/2016-10-17', 'day'), status='present', source='المرصد السوري لحقوق الإنسان', line=9, events=[26]),
]
build('aljarida-dabiq', None, 'الجريدة', D, L, ents, times, events, forces)
