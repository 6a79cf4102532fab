from build import build
L = [
'خروج مئات المسلحين من قدسيا والهامة إلى إدلب.. والجيش السوري يستعد لدخولهما',
'دمشق – إرم نيوز',
'بدأت، صباح اليوم الخميس، عملية إخراج مئات المسلحين وعائلاتهم من بلدتي قدسيا والهامة في ريف دمشق الغربي، على متن حافلات تقلهم إلى محافظة إدلب شمالي سوريا، بموجب اتفاق "تسوية" أبرمته الحكومة السورية مع وجهاء البلدتين.',
'وأفاد مراسل "إرم نيوز" بأن نحو 30 حافلة تجمعت منذ ساعات الفجر عند دوار قدسيا، وسط انتشار لفرق الهلال الأحمر العربي السوري، تمهيداً لنقل نحو 1200 شخص، بينهم قرابة 450 مسلحاً.',
'ونقلت وكالة الأنباء الرسمية "سانا" عن محافظ ريف دمشق علاء إبراهيم قوله إن المسلحين سيخرجون بأسلحتهم الفردية فقط، على أن تُسلّم الأسلحة الثقيلة والمتوسطة للجيش، وإن وحدات من الجيش ستنتشر في البلدتين فور خروج الدفعة الأخيرة.',
'وينص الاتفاق، الذي جرى التوصل إليه مساء الثلاثاء، على تسوية أوضاع الراغبين بالبقاء من المطلوبين للخدمة العسكرية، وإعادة الخدمات إلى البلدتين المحاصرتين منذ أكثر من ثلاث سنوات.',
'وكانت القوات الحكومية قد شددت حصارها على قدسيا والهامة مطلع الشهر الجاري، بعد اشتباكات مع فصائل المعارضة على أطراف الهامة، تخللها قصف مدفعي أدى إلى مقتل 7 مدنيين، وفق ناشطين.',
'في المقابل، نفى مصدر في "جبهة فتح الشام"، التي كانت تُعرف بـ"جبهة النصرة"، لـ"إرم نيوز"، أي وجود لعناصر الجبهة في البلدتين، مؤكداً أن المسلحين ينتمون إلى فصائل محلية تتبع "الجيش الحر".',
'ويأتي الاتفاق على غرار ما جرى في مدينة داريا أواخر آب/ أغسطس الماضي، حين أُفرغت المدينة من مقاتليها وسكانها، وعلى غرار اتفاق مماثل في معضمية الشام، التي تنتظر بدورها خروج نحو 600 مسلح خلال الأيام المقبلة.',
'وتتهم المعارضة السورية دمشق باتباع سياسة "الحصار والتجويع" لإجبار البلدات الثائرة في محيط العاصمة على الاستسلام، فيما تصف الحكومة هذه الاتفاقات بأنها "مصالحات وطنية".',
'في غضون ذلك، يواصل الجيش السوري وقوات الدفاع الوطني فرض طوق حول مدينة التل المجاورة، التي تضم بحسب مصادر معارضة نحو 2500 مقاتل، وسط أنباء عن مفاوضات لإخراجهم هي الأخرى.',
]
D = '2016-10-13'   # Thursday; web copy of its day
TUE = '2016-10-11'
PGM = 'OTHER:pro-government-militias'
ents = [
 ('L0:مئات المسلحين','QUANTITY',None,([100,999],True,'fighters')), ('L0:قدسيا','LOCATION','qudsaya'), ('L0:الهامة','LOCATION','al-hamah'),
 ('L0:إدلب','LOCATION','idlib-governorate'), ('L0:الجيش السوري','ACTOR','SY_GOV'),
 ('L1:دمشق','LOCATION','damascus'), ('L1:إرم نيوز','ORG','eremnews'),
 ('L2:مئات المسلحين','QUANTITY',None,([100,999],True,'fighters')), ('L2:بلدتي قدسيا','LOCATION','qudsaya'), ('L2:الهامة','LOCATION','al-hamah'),
 ('L2:ريف دمشق الغربي','LOCATION','damascus-west-countryside'), ('L2:محافظة إدلب','LOCATION','idlib-governorate'), ('L2:سوريا','LOCATION','syria'),
 ('L2:الحكومة السورية','ACTOR','SY_GOV'), ('L2:البلدتين','LOCATION','qudsaya'),
 ('L3:إرم نيوز','ORG','eremnews'), ('L3:نحو 30 حافلة','QUANTITY',None,(30,True,'vehicles')), ('L3:دوار قدسيا','LOCATION','qudsaya-roundabout'),
 ('L3:الهلال الأحمر العربي السوري','ORG','sarc'), ('L3:نحو 1200 شخص','QUANTITY',None,(1200,True,'people')),
 ('L3:قرابة 450 مسلحاً','QUANTITY',None,(450,True,'fighters')),
 ('L4:وكالة الأنباء الرسمية','ORG','sana'), ('L4:سانا','ORG','sana'), ('L4:ريف دمشق','LOCATION','damascus-countryside'),
 ('L4:علاء إبراهيم','PERSON','alaa-ibrahim'), ('L4:أسلحتهم الفردية','WEAPON','small-arms'), ('L4:الأسلحة الثقيلة والمتوسطة','WEAPON','heavy-weapons'),
 ('L4:لجيش#0','ACTOR','SY_GOV'), ('L4:وحدات من الجيش','ACTOR','SY_GOV'), ('L4:البلدتين','LOCATION','qudsaya'),
 ('L5:البلدتين','LOCATION','qudsaya'),
 ('L6:القوات الحكومية','ACTOR','SY_GOV'), ('L6:قدسيا','LOCATION','qudsaya'), ('L6:الهامة#0','LOCATION','al-hamah'),
 ('L6:فصائل المعارضة','ACTOR','FSA'), ('L6:أطراف الهامة','LOCATION','al-hamah'), ('L6:7 مدنيين','QUANTITY',None,(7,False,'killed')),
 ('L7:جبهة فتح الشام','ACTOR','NUSRA'), ('L7:جبهة النصرة','ACTOR','NUSRA'), ('L7:إرم نيوز','ORG','eremnews'),
 ('L7:الجبهة','ACTOR','NUSRA'), ('L7:البلدتين','LOCATION','qudsaya'), ('L7:فصائل محلية','ACTOR','FSA'), ('L7:الجيش الحر','ACTOR','FSA'),
 ('L8:مدينة داريا','LOCATION','darayya'), ('L8:المدينة','LOCATION','darayya'), ('L8:معضمية الشام','LOCATION','moadamiyeh'),
 ('L8:نحو 600 مسلح','QUANTITY',None,(600,True,'fighters')),
 ('L9:المعارضة السورية','ACTOR','FSA'), ('L9:دمشق','ACTOR','SY_GOV'), ('L9:البلدات الثائرة في محيط العاصمة','LOCATION','damascus-surroundings'),
 ('L9:الحكومة','ACTOR','SY_GOV'),
 ('L10:الجيش السوري','ACTOR','SY_GOV'), ('L10:قوات الدفاع الوطني','ACTOR',PGM), ('L10:مدينة التل','LOCATION','al-tall'),
 ('L10:نحو 2500 مقاتل','QUANTITY',None,(2500,True,'fighters')),
]
times = [
 ('L2:صباح اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L3:منذ ساعات الفجر', D, 'part-of-day', {'part': 'morning'}),
 ('L5:مساء الثلاثاء', TUE, 'part-of-day', {'part': 'evening'}),
 ('L5:منذ أكثر من ثلاث سنوات', '2013/2016', 'year'),
 ('L6:مطلع الشهر الجاري', '2016-10', 'month'),
 ('L8:أواخر آب/ أغسطس الماضي', '2016-08', 'month'),
 ('L8:خلال الأيام المقبلة', D + '/', 'vague', {'relation': 'after'}),
]
M = 'L2:صباح اليوم الخميس'
COR = 'مراسل إرم نيوز'
GOV = 'علاء إبراهيم (سانا)'
events = [
 dict(type='WITHDRAWAL', trig='L2:إخراج', time=M, actors=['FSA'], loc='L2:بلدتي قدسيا', qty=['L2:مئات المسلحين']),                # 1
 dict(type='AGREEMENT', trig='L2:اتفاق', time='L5:مساء الثلاثاء', actors=['SY_GOV'], loc='L2:البلدتين'),                           # 2
 dict(type='WITHDRAWAL', trig='L3:لنقل', mod='planned', time=M, actors=['FSA'], loc='L3:دوار قدسيا',
      qty=['L3:نحو 1200 شخص', 'L3:قرابة 450 مسلحاً'], attr=COR),                                                                 # 3
 dict(type='WITHDRAWAL', trig='L4:سيخرجون', mod='planned', time=M, actors=['FSA'], weapons=['L4:أسلحتهم الفردية'], attr=GOV),      # 4
 dict(type='MOVEMENT', trig='L4:ستنتشر', mod='planned', actors=['SY_GOV'], loc='L4:البلدتين', attr=GOV),                          # 5
 dict(type='AGREEMENT', trig='L5:الاتفاق', time='L5:مساء الثلاثاء', actors=['SY_GOV'], loc='L5:البلدتين'),                        # 6
 dict(type='OPERATION', trig='L5:المحاصرتين', time='L5:منذ أكثر من ثلاث سنوات', actors=['SY_GOV'], targets=['FSA'], loc='L5:البلدتين'),  # 7
 dict(type='OPERATION', trig='L6:حصارها', time='L6:مطلع الشهر الجاري', actors=['SY_GOV'], targets=['FSA'], loc='L6:قدسيا'),         # 8
 dict(type='ATTACK', trig='L6:اشتباكات', time='L6:مطلع الشهر الجاري', actors=['SY_GOV', 'FSA'], loc='L6:أطراف الهامة', attr='ناشطون'),  # 9
 dict(type='ATTACK', trig='L6:قصف', time='L6:مطلع الشهر الجاري', actors=['SY_GOV'], loc='L6:أطراف الهامة', qty=['L6:7 مدنيين'], attr='ناشطون'),  # 10
 dict(type='MOVEMENT', trig='L7:وجود', mod='denied', actors=['NUSRA'], loc='L7:البلدتين', attr='مصدر في جبهة فتح الشام'),             # 11
 dict(type='WITHDRAWAL', trig='L8:أُفرغت', time='L8:أواخر آب/ أغسطس الماضي', actors=['FSA'], loc='L8:مدينة داريا'),                 # 12
 dict(type='AGREEMENT', trig='L8:الاتفاق', time='L5:مساء الثلاثاء', actors=['SY_GOV']),                                            # 13
 dict(type='AGREEMENT', trig='L8:اتفاق#1', actors=['SY_GOV'], loc='L8:معضمية الشام'),                                              # 14
 dict(type='WITHDRAWAL', trig='L8:خروج', mod='planned', time='L8:خلال الأيام المقبلة', actors=['FSA'], loc='L8:معضمية الشام',
      qty=['L8:نحو 600 مسلح']),                                                                                                     # 15
 dict(type='OPERATION', trig='L9:الحصار', actors=['SY_GOV'], targets=['FSA'], loc='L9:البلدات الثائرة في محيط العاصمة', attr='المعارضة السورية'),  # 16
 dict(type='OPERATION', trig='L10:طوق', actors=['SY_GOV', PGM], targets=['FSA'], loc='L10:مدينة التل'),                              # 17
 dict(type='WITHDRAWAL', trig='L10:لإخراجهم', mod='planned', actors=['FSA'], loc='L10:مدينة التل', attr='أنباء'),                      # 18
]
MD = (D, 'part-of-day')
DD = (D, 'day')
forces = [
 dict(actor='FSA', strength=([100, 999], True, 'fighters'), loc=('بلدتي قدسيا', 'qudsaya'), as_of=MD, status='withdrawn', line=2, events=[1]),
 dict(actor='FSA', strength=([100, 999], True, 'fighters'), loc=('الهامة', 'al-hamah'), as_of=MD, status='withdrawn', line=2, events=[1]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('البلدتين', 'qudsaya'), as_of=(D + '/', 'vague'), status='planned', source=GOV, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('قدسيا', 'qudsaya'), as_of=('2016-10', 'month'), status='present', line=6, events=[8]),
 dict(actor='SY_GOV', loc=('الهامة', 'al-hamah'), as_of=('2016-10', 'month'), status='present', line=6, events=[8, 9]),
 dict(actor='FSA', loc=('أطراف الهامة', 'al-hamah'), as_of=('2016-10', 'month'), status='present', source='ناشطون', line=6, events=[9]),
 dict(actor='FSA', loc=('مدينة داريا', 'darayya'), as_of=('2016-08', 'month'), status='withdrawn', line=8, events=[12]),
 dict(actor='FSA', strength=(600, True, 'fighters'), loc=('معضمية الشام', 'moadamiyeh'), as_of=DD, status='present', line=8, events=[15]),
 dict(actor='SY_GOV', loc=('مدينة التل', 'al-tall'), as_of=DD, status='present', line=10, events=[17]),
 dict(actor=PGM, loc=('مدينة التل', 'al-tall'), as_of=DD, status='present', line=10, events=[17]),
 dict(actor='FSA', strength=(2500, True, 'fighters'), loc=('مدينة التل', 'al-tall'), as_of=DD, status='present', source='مصادر معارضة', line=10, events=[17]),
]
build('eremnews-qudsaya-hameh', None, 'إرم نيوز', D, L, ents, times, events, forces)
