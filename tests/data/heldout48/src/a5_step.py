from build import build
L = [
'الطيران الروسي يعود إلى سماء إدلب بعشرات الغارات.. وتعزيزات تركية إلى نقاط المراقبة',
'خاص – ستيب نيوز',
'شنّت الطائرات الحربية الروسية، صباح اليوم الثلاثاء، أكثر من 30 غارة جوية على قرى وبلدات في ريف جسر الشغور الغربي وريف إدلب الجنوبي، بعد توقف دام نحو 22 يوماً، ما أسفر عن مقتل 13 مدنياً بينهم أطفال، وفق ما أفاد مراسلنا.',
'وأوضح مراسلنا أن الغارات تركزت على بلدة محمبل وقرى جبل الأربعين، فيما استهدفت المدفعية التابعة لميليشيات أسد بعشرات القذائف أطراف مدينة خان شيخون وبلدة الهبيط.',
'وفي السياق، دخل رتل عسكري تركي جديد، مساء أمس، من معبر كفرلوسين الحدودي، يضم نحو 50 آلية بينها دبابات ومدافع ثقيلة وعربات مصفحة، واتجه نحو نقطتي المراقبة في الصرمان وتل الطوقان بريف إدلب الشرقي.',
'وقال مصدر عسكري في "الجبهة الوطنية للتحرير" لستيب نيوز إن الجيش التركي عزز نقاطه الاثنتي عشرة في منطقة "خفض التصعيد" خلال الأسبوعين الماضيين بأكثر من 200 آلية، تحسباً لهجوم محتمل من قوات الأسد.',
'في المقابل، تواصل قوات الأسد والميليشيات الإيرانية حشد قواتها على محوري جورين في سهل الغاب غربي حماة وأبو الضهور شرقي إدلب، حيث وصلت خلال الأيام الماضية تعزيزات من "الفرقة الرابعة" و"قوات النمر" تضم مئات العناصر، بحسب ناشطين.',
'كما اعتقلت "هيئة تحرير الشام"، خلال الأيام الماضية، أكثر من 60 شخصاً في بلدات سرمين ومعرة النعمان وكفرنبل بتهمة "التواصل مع النظام" والترويج لـ"المصالحات"، وفق ما أكده ناشطون لستيب نيوز.',
'وكان وزير الخارجية الروسي سيرغي لافروف قد قال، أمس الاثنين، إن بلاده "ستواصل ضرب الإرهابيين في إدلب"، واصفاً المحافظة بأنها "آخر بؤرة للإرهاب" في سوريا، فيما تستضيف طهران يوم الجمعة المقبل قمة تجمع رؤساء روسيا وتركيا وإيران لبحث مصير المنطقة.',
'ويقطن في محافظة إدلب ومحيطها قرابة ثلاثة ملايين نسمة، بينما تسيطر "تحرير الشام" على نحو 60 في المئة من مساحة المحافظة، وتتقاسم فصائل "الجبهة الوطنية للتحرير" السيطرة على بقية المناطق، بحسب تقديرات محلية.',
]
D = '2018-09-04'   # Tuesday; web copy of its own day
MON = '2018-09-03'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:الطيران الروسي','ACTOR','RU'), ('L0:إدلب','LOCATION','idlib-governorate'), ('L0:عشرات الغارات','QUANTITY',None,([24, 99],True,'other')),
 ('L0:نقاط المراقبة','LOCATION','turkish-observation-posts-idlib'),
 ('L1:ستيب نيوز','ORG','step-news'),
 ('L2:الطائرات الحربية الروسية','WEAPON','warplanes'), ('L2:أكثر من 30 غارة جوية','QUANTITY',None,(30,True,'other')),
 ('L2:ريف جسر الشغور الغربي','LOCATION','jisr-al-shughur-west-countryside'), ('L2:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L2:نحو 22 يوماً','QUANTITY',None,(22,True,'other')), ('L2:13 مدنياً','QUANTITY',None,(13,False,'killed')),
 ('L3:بلدة محمبل','LOCATION','muhambal'), ('L3:قرى جبل الأربعين','LOCATION','jabal-al-arbaeen'), ('L3:المدفعية','WEAPON','artillery'),
 ('L3:ميليشيات أسد','ACTOR','SY_GOV'), ('L3:عشرات القذائف','QUANTITY',None,([24, 99],True,'other')), ('L3:القذائف','WEAPON','shells'),
 ('L3:مدينة خان شيخون','LOCATION','khan-shaykhun'), ('L3:بلدة الهبيط','LOCATION','habit'),
 ('L4:معبر كفرلوسين','LOCATION','kafr-lusin-crossing'), ('L4:نحو 50 آلية','QUANTITY',None,(50,True,'vehicles')), ('L4:آلية','WEAPON','military-vehicles'),
 ('L4:دبابات','WEAPON','tanks'), ('L4:مدافع ثقيلة','WEAPON','heavy-artillery'), ('L4:عربات مصفحة','WEAPON','armoured-vehicles'),
 ('L4:نقطتي المراقبة في الصرمان','LOCATION','surman-post'), ('L4:تل الطوقان','LOCATION','tal-tuqan-post'),
 ('L4:ريف إدلب الشرقي','LOCATION','idlib-east-countryside'),
 ('L5:الجبهة الوطنية للتحرير','ACTOR','FSA'), ('L5:ستيب نيوز','ORG','step-news'), ('L5:الجيش التركي','ACTOR','TR'),
 ('L5:الاثنتي عشرة','QUANTITY',None,(12,False,'other')), ('L5:منطقة "خفض التصعيد"','LOCATION','idlib-de-escalation-zone'),
 ('L5:أكثر من 200 آلية','QUANTITY',None,(200,True,'vehicles')), ('L5:آلية','WEAPON','military-vehicles'), ('L5:قوات الأسد','ACTOR','SY_GOV'),
 ('L6:قوات الأسد','ACTOR','SY_GOV'), ('L6:الميليشيات الإيرانية','ACTOR',IBM), ('L6:محوري جورين','LOCATION','jurin'),
 ('L6:سهل الغاب','LOCATION','ghab-plain'), ('L6:حماة','LOCATION','hama'), ('L6:أبو الضهور','LOCATION','abu-al-duhur'), ('L6:إدلب','LOCATION','idlib'),
 ('L6:الفرقة الرابعة','ACTOR','SY_GOV'), ('L6:قوات النمر','ACTOR','SY_GOV'), ('L6:مئات العناصر','QUANTITY',None,([100, 999],True,'troops')),
 ('L7:هيئة تحرير الشام','ACTOR','NUSRA'), ('L7:أكثر من 60 شخصاً','QUANTITY',None,(60,True,'arrested')), ('L7:بلدات سرمين','LOCATION','sarmin'),
 ('L7:معرة النعمان','LOCATION','maarat-al-numan'), ('L7:كفرنبل','LOCATION','kafranbel'), ('L7:النظام','ACTOR','SY_GOV'),
 ('L7:ستيب نيوز','ORG','step-news'),
 ('L8:سيرغي لافروف','PERSON','sergey-lavrov'), ('L8:الإرهابيين','ACTOR','NUSRA'), ('L8:إدلب','LOCATION','idlib-governorate'),
 ('L8:المحافظة','LOCATION','idlib-governorate'), ('L8:سوريا','LOCATION','syria'), ('L8:طهران','LOCATION','tehran'),
 ('L8:روسيا','ACTOR','RU'), ('L8:تركيا','ACTOR','TR'), ('L8:إيران','ACTOR','IR'), ('L8:المنطقة','LOCATION','idlib-governorate'),
 ('L9:محافظة إدلب','LOCATION','idlib-governorate'), ('L9:قرابة ثلاثة ملايين نسمة','QUANTITY',None,(3000000,True,'people')),
 ('L9:تحرير الشام','ACTOR','NUSRA'), ('L9:نحو 60 في المئة','QUANTITY',None,(60,True,'other')), ('L9:المحافظة','LOCATION','idlib-governorate'),
 ('L9:فصائل "الجبهة الوطنية للتحرير"','ACTOR','FSA'), ('L9:بقية المناطق','LOCATION','idlib-rest'),
]
times = [
 ('L2:صباح اليوم الثلاثاء', D, 'part-of-day', {'part': 'morning'}),
 ('L4:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L5:خلال الأسبوعين الماضيين', '2018-08-21/' + D, 'week'),
 ('L6:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L7:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L8:أمس الاثنين', MON, 'day'),
 ('L8:يوم الجمعة المقبل', '2018-09-07', 'day'),
]
T = 'L2:صباح اليوم الثلاثاء'
COR = 'مراسل ستيب نيوز'
NFL = 'مصدر عسكري في الجبهة الوطنية للتحرير (ستيب نيوز)'
events = [
 dict(type='ATTACK', trig='L2:شنّت', time=T, actors=['RU'], loc='L2:ريف جسر الشغور الغربي', weapons=['L2:الطائرات الحربية الروسية'],
      qty=['L2:أكثر من 30 غارة جوية', 'L2:13 مدنياً'], attr=COR),                                                              # 1
 dict(type='ATTACK', trig='L3:الغارات', time=T, actors=['RU'], loc='L3:بلدة محمبل', attr=COR),                                  # 2
 dict(type='ATTACK', trig='L3:استهدفت', actors=['SY_GOV'], loc='L3:مدينة خان شيخون', weapons=['L3:المدفعية', 'L3:القذائف'],
      qty=['L3:عشرات القذائف'], attr=COR),                                                                                   # 3
 dict(type='MOVEMENT', trig='L4:دخل', time='L4:مساء أمس', actors=['TR'], loc='L4:معبر كفرلوسين',
      weapons=['L4:آلية', 'L4:دبابات', 'L4:مدافع ثقيلة', 'L4:عربات مصفحة'], qty=['L4:نحو 50 آلية']),                              # 4
 dict(type='MOVEMENT', trig='L5:عزز', time='L5:خلال الأسبوعين الماضيين', actors=['TR'], loc='L5:منطقة "خفض التصعيد"',
      weapons=['L5:آلية'], qty=['L5:الاثنتي عشرة', 'L5:أكثر من 200 آلية'], attr=NFL),                                            # 5
 dict(type='ATTACK', trig='L5:هجوم', mod='expected', actors=['SY_GOV'], attr=NFL),                                             # 6
 dict(type='MOVEMENT', trig='L6:حشد', actors=['SY_GOV', IBM], loc='L6:محوري جورين', attr='ناشطين'),                              # 7
 dict(type='MOVEMENT', trig='L6:وصلت', time='L6:خلال الأيام الماضية', actors=['SY_GOV'], loc='L6:محوري جورين',
      qty=['L6:مئات العناصر'], attr='ناشطين'),                                                                                # 8
 dict(type='ARREST', trig='L7:اعتقلت', time='L7:خلال الأيام الماضية', actors=['NUSRA'], loc='L7:بلدات سرمين',
      qty=['L7:أكثر من 60 شخصاً'], attr='ناشطون'),                                                                           # 9
 dict(type='STATEMENT', trig='L8:قال', time='L8:أمس الاثنين', actors=['RU'], attr='سيرغي لافروف'),                                # 10
 dict(type='ATTACK', trig='L8:ضرب', mod='planned', actors=['RU'], targets=['NUSRA'], loc='L8:إدلب', attr='سيرغي لافروف'),          # 11
 dict(type='AGREEMENT', trig='L8:قمة', mod='planned', time='L8:يوم الجمعة المقبل', actors=['RU', 'TR', 'IR'], loc='L8:طهران'),      # 12
 dict(type='CONTROL', trig='L9:تسيطر', actors=['NUSRA'], loc='L9:المحافظة', attr='تقديرات محلية'),                                # 13
 dict(type='CONTROL', trig='L9:تتقاسم', actors=['FSA'], loc='L9:بقية المناطق', attr='تقديرات محلية'),                             # 14
]
TD = (D, 'day')
EV = (MON, 'part-of-day')
forces = [
 dict(actor='TR', strength=(50, True, 'vehicles'), assets='رتل: دبابات ومدافع ثقيلة وعربات مصفحة', loc=('نقطتي المراقبة في الصرمان', 'surman-post'),
      as_of=EV, status='reinforced', line=4, events=[4]),
 dict(actor='TR', strength=(50, True, 'vehicles'), assets='رتل: دبابات ومدافع ثقيلة وعربات مصفحة', loc=('تل الطوقان', 'tal-tuqan-post'),
      as_of=EV, status='reinforced', line=4, events=[4]),
 dict(actor='TR', strength=(200, True, 'vehicles'), assets='النقاط الاثنتا عشرة', loc=('منطقة "خفض التصعيد"', 'idlib-de-escalation-zone'),
      as_of=('2018-08-21/' + D, 'week'), status='reinforced', source=NFL, line=5, events=[5]),
 dict(actor='SY_GOV', strength=([100, 999], True, 'troops'), assets='الفرقة الرابعة وقوات النمر', loc=('محوري جورين', 'jurin'), as_of=TD,
      status='reinforced', source='ناشطون', line=6, events=[7, 8]),
 dict(actor='SY_GOV', strength=([100, 999], True, 'troops'), assets='الفرقة الرابعة وقوات النمر', loc=('أبو الضهور', 'abu-al-duhur'), as_of=TD,
      status='reinforced', source='ناشطون', line=6, events=[7, 8]),
 dict(actor=IBM, loc=('محوري جورين', 'jurin'), as_of=TD, status='reinforced', source='ناشطون', line=6, events=[7]),
 dict(actor=IBM, loc=('أبو الضهور', 'abu-al-duhur'), as_of=TD, status='reinforced', source='ناشطون', line=6, events=[7]),
 dict(actor='NUSRA', loc=('محافظة إدلب', 'idlib-governorate'), as_of=TD, status='controls', source='تقديرات محلية', line=9, events=[13]),
 dict(actor='FSA', loc=('بقية المناطق', 'idlib-rest'), as_of=TD, status='controls', source='تقديرات محلية', line=9, events=[14]),
]
build('step-idlib-russian-strikes', None, 'ستيب نيوز', D, L, ents, times, events, forces)
