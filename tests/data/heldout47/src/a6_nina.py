from build import build
L = [
'الجيش ينتشر في سنجار بعد إعلان "العمال الكردستاني" سحب مقاتليه',
'نينوى / نينا / أفاد مصدر أمني في محافظة نينوى، اليوم السبت، بأن قطعات من الفرقة الخامسة عشرة في الجيش العراقي بدأت الانتشار في مركز قضاء سنجار والمجمعات المحيطة به، عقب إعلان حزب العمال الكردستاني سحب مقاتليه من المنطقة.',
'وقال المصدر للوكالة الوطنية العراقية للأنباء /نينا/ إن "قوة من الجيش قوامها نحو 1200 جندي دخلت صباح اليوم مجمع سنوني شمالي الجبل، وتسلمت مقرات كان يشغلها مقاتلو الحزب".',
'وكان حزب العمال الكردستاني قد أعلن في بيان، أمس الجمعة، أن "مهمة مستشاريه العسكريين في سنجار انتهت" وأنهم سيغادرون القضاء، بعد أن ساعدوا الأيزيديين على صد هجمات داعش منذ آب 2014.',
'إلا أن مصدراً في وحدات مقاومة سنجار أكد لـ/نينا/ أن مقاتلي الوحدات "باقون في مواقعهم على جبل سنجار"، نافياً أن تكون قد سلّمت أي موقع للجيش.',
'وأوضح المصدر أن نحو 500 مقاتل من الوحدات ما زالوا يتمركزون في مقرات على السفح الشمالي للجبل وفي بلدة خانصور، وأنهم ينسقون مع قطعات الجيش المنتشرة في المنطقة.',
'ويأتي ذلك بعد أيام من تهديد الرئيس التركي رجب طيب أردوغان بشن عملية عسكرية ضد مسلحي الحزب في سنجار، إذا لم تتحرك بغداد لإخراجهم.',
'من جانبه، قال رئيس الوزراء حيدر العبادي في مؤتمره الصحفي الأسبوعي، الثلاثاء الماضي، إن "القوات العراقية ستتولى مسك الحدود مع سوريا ولن تسمح بأي وجود مسلح أجنبي في سنجار".',
'وفي سياق متصل، قصفت طائرات حربية تركية، ليلة الخميس، مواقع للحزب في منطقة قنديل على الحدود العراقية الإيرانية، بحسب مصادر كردية.',
'يشار إلى أن قوات البيشمركة انسحبت من سنجار في السابع عشر من تشرين الأول الماضي، لتنتشر فيه قوات الجيش والحشد الشعبي، فيما يحتفظ مقاتلو الحزب والوحدات الموالية له بمواقع على الجبل منذ عام 2014.',
]
D = '2018-03-24'   # Saturday; agency copy of its own day
FRI = '2018-03-23'
YBS = 'OTHER:ybs'
PMF = 'OTHER:pmf'
ents = [
 ('L0:الجيش','ACTOR','IQ_GOV'), ('L0:سنجار','LOCATION','sinjar'), ('L0:العمال الكردستاني','ACTOR','PKK'),
 ('L1:نينوى#0','LOCATION','nineveh-governorate'), ('L1:نينا','ORG','nina'), ('L1:محافظة نينوى','LOCATION','nineveh-governorate'),
 ('L1:الفرقة الخامسة عشرة','ACTOR','IQ_GOV'), ('L1:الجيش العراقي','ACTOR','IQ_GOV'), ('L1:مركز قضاء سنجار','LOCATION','sinjar'),
 ('L1:المجمعات المحيطة به','LOCATION','sinjar-complexes'), ('L1:حزب العمال الكردستاني','ACTOR','PKK'), ('L1:المنطقة','LOCATION','sinjar'),
 ('L2:لوكالة الوطنية العراقية للأنباء','ORG','nina'), ('L2:نينا','ORG','nina'), ('L2:الجيش','ACTOR','IQ_GOV'),
 ('L2:نحو 1200 جندي','QUANTITY',None,(1200,True,'troops')), ('L2:مجمع سنوني','LOCATION','sinuni'), ('L2:شمالي الجبل','LOCATION','north-mount-sinjar'),
 ('L2:الحزب','ACTOR','PKK'),
 ('L3:حزب العمال الكردستاني','ACTOR','PKK'), ('L3:سنجار','LOCATION','sinjar'), ('L3:القضاء','LOCATION','sinjar'), ('L3:داعش','ACTOR','ISIS'),
 ('L4:وحدات مقاومة سنجار','ACTOR',YBS), ('L4:نينا','ORG','nina'), ('L4:الوحدات','ACTOR',YBS), ('L4:جبل سنجار','LOCATION','mount-sinjar'),
 ('L4:لجيش','ACTOR','IQ_GOV'),
 ('L5:نحو 500 مقاتل','QUANTITY',None,(500,True,'fighters')), ('L5:الوحدات','ACTOR',YBS), ('L5:السفح الشمالي للجبل','LOCATION','mount-sinjar-north-slope'),
 ('L5:بلدة خانصور','LOCATION','khanasor'), ('L5:الجيش','ACTOR','IQ_GOV'), ('L5:المنطقة','LOCATION','sinjar'),
 ('L6:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L6:الحزب','ACTOR','PKK'), ('L6:سنجار','LOCATION','sinjar'), ('L6:بغداد','ACTOR','IQ_GOV'),
 ('L7:حيدر العبادي','PERSON','haider-al-abadi'), ('L7:القوات العراقية','ACTOR','IQ_GOV'), ('L7:الحدود','LOCATION','iraq-syria-border'),
 ('L7:سوريا','LOCATION','syria'), ('L7:سنجار','LOCATION','sinjar'),
 ('L8:طائرات حربية تركية','WEAPON','warplanes'), ('L8:لحزب','ACTOR','PKK'), ('L8:منطقة قنديل','LOCATION','qandil'),
 ('L8:الحدود العراقية الإيرانية','LOCATION','iraq-iran-border'),
 ('L9:قوات البيشمركة','ACTOR','PESHMERGA'), ('L9:سنجار','LOCATION','sinjar'), ('L9:قوات الجيش','ACTOR','IQ_GOV'), ('L9:الحشد الشعبي','ACTOR',PMF),
 ('L9:الحزب','ACTOR','PKK'), ('L9:الوحدات','ACTOR',YBS), ('L9:الجبل','LOCATION','mount-sinjar'),
]
times = [
 ('L1:اليوم السبت', D, 'day'),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:أمس الجمعة', FRI, 'day'),
 ('L3:منذ آب 2014', '2014-08/2018-03', 'month'),
 ('L7:الثلاثاء الماضي', '2018-03-20', 'day'),
 ('L8:ليلة الخميس', '2018-03-22', 'part-of-day', {'part': 'night'}),
 ('L9:السابع عشر من تشرين الأول الماضي', '2017-10-17', 'day'),
 ('L9:منذ عام 2014', '2014/2018', 'year'),
]
T = 'L1:اليوم السبت'
SRC = 'مصدر أمني في محافظة نينوى (نينا)'
PKKS = 'حزب العمال الكردستاني (بيان)'
YS = 'مصدر في وحدات مقاومة سنجار (نينا)'
O17 = 'L9:السابع عشر من تشرين الأول الماضي'
AUG = 'L3:منذ آب 2014'
events = [
 dict(type='MOVEMENT', trig='L1:الانتشار', time=T, actors=['IQ_GOV'], loc='L1:مركز قضاء سنجار', attr=SRC),                               # 1
 dict(type='WITHDRAWAL', trig='L1:سحب', actors=['PKK'], loc='L1:المنطقة', attr=SRC),                                                    # 2
 dict(type='MOVEMENT', trig='L2:دخلت', time='L2:صباح اليوم', actors=['IQ_GOV'], loc='L2:مجمع سنوني', qty=['L2:نحو 1200 جندي'], attr=SRC),  # 3
 dict(type='CONTROL', trig='L2:تسلمت', time='L2:صباح اليوم', actors=['IQ_GOV'], targets=['PKK'], attr=SRC),                              # 4
 dict(type='STATEMENT', trig='L3:أعلن', time='L3:أمس الجمعة', actors=['PKK'], attr=PKKS),                                                # 5
 dict(type='WITHDRAWAL', trig='L3:سيغادرون', mod='planned', actors=['PKK'], loc='L3:القضاء', attr=PKKS),                                 # 6
 dict(type='ATTACK', trig='L3:صد', time=AUG, actors=['PKK'], targets=['ISIS'], loc='L3:سنجار', attr=PKKS),                               # 7
 dict(type='ATTACK', trig='L3:هجمات', time=AUG, actors=['ISIS'], loc='L3:سنجار', attr=PKKS),                                             # 8
 dict(type='WITHDRAWAL', trig='L4:سلّمت', mod='denied', actors=[YBS], attr=YS),                                                          # 9
 dict(type='MOVEMENT', trig='L5:يتمركزون', time=T, actors=[YBS], loc='L5:السفح الشمالي للجبل', qty=['L5:نحو 500 مقاتل'], attr=YS),                   # 10
 dict(type='OPERATION', trig='L6:عملية عسكرية', mod='planned', actors=['TR'], targets=['PKK'], loc='L6:سنجار', attr='رجب طيب أردوغان'),   # 11
 dict(type='WITHDRAWAL', trig='L6:لإخراجهم', mod='planned', actors=['PKK'], loc='L6:سنجار', attr='رجب طيب أردوغان'),                     # 12
 dict(type='STATEMENT', trig='L7:قال', time='L7:الثلاثاء الماضي', actors=['IQ_GOV'], attr='حيدر العبادي'),                              # 13
 dict(type='MOVEMENT', trig='L7:مسك', mod='planned', time='L7:الثلاثاء الماضي', actors=['IQ_GOV'], loc='L7:الحدود', attr='حيدر العبادي'),  # 14
 dict(type='ATTACK', trig='L8:قصفت', time='L8:ليلة الخميس', actors=['TR'], targets=['PKK'], loc='L8:منطقة قنديل',
      weapons=['L8:طائرات حربية تركية'], attr='مصادر كردية'),                                                                             # 15
 dict(type='WITHDRAWAL', trig='L9:انسحبت', time=O17, actors=['PESHMERGA'], loc='L9:سنجار'),                                              # 16
 dict(type='MOVEMENT', trig='L9:تنتشر', time=O17, actors=['IQ_GOV', PMF], loc='L9:سنجار'),                                               # 17
 dict(type='AGREEMENT', trig='L5:ينسقون', time=T, actors=[YBS, 'IQ_GOV'], attr=YS),                                                      # 18
]
DD = (D, 'day')
OD = ('2017-10-17', 'day')
forces = [
 dict(actor='IQ_GOV', assets='قطعات من الفرقة الخامسة عشرة', loc=('مركز قضاء سنجار', 'sinjar'), as_of=DD, status='arrived', source=SRC, line=1, events=[1]),
 dict(actor='IQ_GOV', assets='قطعات من الفرقة الخامسة عشرة', loc=('المجمعات المحيطة به', 'sinjar-complexes'), as_of=DD, status='arrived', source=SRC,
      line=1, events=[1]),
 dict(actor='PKK', loc=('المنطقة', 'sinjar'), as_of=DD, status='withdrawn', source=SRC, line=1, events=[2]),
 dict(actor='IQ_GOV', strength=(1200, True, 'troops'), loc=('مجمع سنوني', 'sinuni'), as_of=(D, 'part-of-day'), status='arrived', source=SRC, line=2, events=[3]),
 dict(actor='PKK', assets='مستشارون عسكريون', loc=('سنجار', 'sinjar'), as_of=(FRI, 'day'), status='present', source=PKKS, line=3, events=[7]),
 dict(actor=YBS, loc=('جبل سنجار', 'mount-sinjar'), as_of=DD, status='present', source=YS, line=4, events=[]),
 dict(actor=YBS, strength=(500, True, 'fighters'), loc=('السفح الشمالي للجبل', 'mount-sinjar-north-slope'), as_of=DD, status='present', source=YS, line=5, events=[10]),
 dict(actor=YBS, strength=(500, True, 'fighters'), loc=('بلدة خانصور', 'khanasor'), as_of=DD, status='present', source=YS, line=5, events=[10]),
 dict(actor='IQ_GOV', loc=('المنطقة', 'sinjar'), as_of=DD, status='present', source=YS, line=5, events=[]),
 dict(actor='IQ_GOV', loc=('الحدود', 'iraq-syria-border'), as_of=('2018-03-20', 'day'), status='planned', source='حيدر العبادي', line=7, events=[14]),
 dict(actor='PKK', assets='مواقع', loc=('منطقة قنديل', 'qandil'), as_of=('2018-03-22', 'part-of-day'), status='attacked', source='مصادر كردية', line=8, events=[15]),
 dict(actor='PESHMERGA', loc=('سنجار', 'sinjar'), as_of=OD, status='withdrawn', line=9, events=[16]),
 dict(actor='IQ_GOV', loc=('سنجار', 'sinjar'), as_of=OD, status='arrived', line=9, events=[17]),
 dict(actor=PMF, loc=('سنجار', 'sinjar'), as_of=OD, status='arrived', line=9, events=[17]),
 dict(actor='PKK', assets='مواقع', loc=('الجبل', 'mount-sinjar'), as_of=('2014/2018', 'year'), status='present', line=9, events=[]),
 dict(actor=YBS, assets='مواقع', loc=('الجبل', 'mount-sinjar'), as_of=('2014/2018', 'year'), status='present', line=9, events=[]),
]
build('nina-sinjar-pkk-withdrawal', None, 'الوكالة الوطنية العراقية للأنباء (نينا)', D, L, ents, times, events, forces)
