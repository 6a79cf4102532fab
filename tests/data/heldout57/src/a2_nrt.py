from build import build
L = [
'هدوء حذر في طوزخورماتو بعد اتفاق لوقف إطلاق النار بين البيشمركة والحشد الشعبي',
'السليمانية - NRT عربية: ساد هدوء حذر، اليوم الاثنين، قضاء طوزخورماتو شرقي محافظة صلاح الدين، بعد اتفاق لوقف إطلاق النار توصلت إليه قوات البيشمركة وفصائل الحشد الشعبي مساء أمس، أنهى يومين من الاشتباكات داخل المدينة.',
'وقال مراسل NRT عربية في طوزخورماتو إن قوة من الشرطة الاتحادية قوامها نحو 500 عنصر انتشرت صباح اليوم في حي الجمهورية وسط المدينة، فيما بدأ الطرفان بإزالة السواتر الترابية من الشوارع الرئيسية.',
'وأوضح المراسل أن الاشتباكات اندلعت فجر السبت إثر خلاف عند نقطة تفتيش على الطريق الرابط بين طوزخورماتو وكركوك، قبل أن تتسع لتشمل قصفاً متبادلاً بقذائف الهاون داخل الأحياء السكنية.',
'وبحسب مصادر طبية في مستشفى طوزخورماتو العام، فإن حصيلة المواجهات بلغت 11 قتيلاً، بينهم أربعة من عناصر البيشمركة، إضافة إلى نحو 40 جريحاً.',
'وجاء الاتفاق عقب اجتماع عقده في القضاء نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس مع مسؤولين في الاتحاد الوطني الكوردستاني، ونص على انسحاب المسلحين من الشوارع وتسليم الملف الأمني إلى الشرطة المحلية.',
'من جهته، قال مسؤول محور البيشمركة في طوزخورماتو، العميد حسين شاكر، لـNRT عربية إن "قواتنا التزمت بالاتفاق وعادت إلى مقراتها"، مؤكداً أن "نحو 800 مقاتل من البيشمركة ما زالوا متمركزين على أطراف القضاء تحسباً لأي طارئ".',
'في المقابل، حمّل المتحدث باسم الحشد الشعبي في طوزخورماتو علي الحسيني قوات الأسايش مسؤولية "بدء الاستفزازات"، نافياً أن تكون فصائل الحشد "قد قصفت الأحياء الكوردية" بالهاون.',
'وتعد طوزخورماتو، التي يسكنها خليط من الكورد والتركمان والعرب، من المناطق المتنازع عليها بين بغداد وأربيل، وشهدت في تشرين الثاني 2015 اشتباكات مماثلة أوقعت قتلى من الطرفين.',
'ويأتي التوتر في وقت تستعد فيه القوات العراقية والبيشمركة لمعركة استعادة الموصل من تنظيم "داعش"، الذي لا يزال يسيطر على قرى في سلسلة جبال حمرين جنوب غربي القضاء.',
]
D = '2016-04-25'   # Monday; Sulaymaniyah-based channel's Arabic site, copy of its day
SUN = '2016-04-24'
SAT = '2016-04-23'
PMF = 'OTHER:pmf'
ASY = 'OTHER:asayish'
KRG = 'OTHER:krg'
ents = [
 ('L0:طوزخورماتو','LOCATION','tuz-khurmatu'), ('L0:البيشمركة','ACTOR','PESHMERGA'), ('L0:الحشد الشعبي','ACTOR',PMF),
 ('L1:السليمانية','LOCATION','sulaymaniyah'), ('L1:NRT عربية','ORG','nrt'), ('L1:قضاء طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L1:محافظة صلاح الدين','LOCATION','salahuddin'), ('L1:قوات البيشمركة','ACTOR','PESHMERGA'), ('L1:فصائل الحشد الشعبي','ACTOR',PMF),
 ('L1:يومين','QUANTITY',None,(2,False,'other')), ('L1:المدينة','LOCATION','tuz-khurmatu'),
 ('L2:NRT عربية','ORG','nrt'), ('L2:طوزخورماتو','LOCATION','tuz-khurmatu'), ('L2:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L2:نحو 500 عنصر','QUANTITY',None,(500,True,'troops')), ('L2:حي الجمهورية','LOCATION','al-jumhuriya-tuz'), ('L2:المدينة','LOCATION','tuz-khurmatu'),
 ('L3:نقطة تفتيش','LOCATION','checkpoint'), ('L3:الطريق','LOCATION','tuz-kirkuk-road'), ('L3:طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L3:كركوك','LOCATION','kirkuk'), ('L3:قذائف الهاون','WEAPON','mortars'), ('L3:الأحياء السكنية','LOCATION','tuz-khurmatu-districts'),
 ('L4:مستشفى طوزخورماتو العام','LOCATION','tuz-khurmatu-hospital'), ('L4:11 قتيلاً','QUANTITY',None,(11,False,'killed')),
 ('L4:أربعة','QUANTITY',None,(4,False,'killed')), ('L4:البيشمركة','ACTOR','PESHMERGA'), ('L4:نحو 40 جريحاً','QUANTITY',None,(40,True,'wounded')),
 ('L5:القضاء','LOCATION','tuz-khurmatu'), ('L5:هيئة الحشد الشعبي','ACTOR',PMF), ('L5:أبو مهدي المهندس','PERSON','abu-mahdi-al-muhandis'),
 ('L5:الاتحاد الوطني الكوردستاني','ORG','puk'), ('L5:الشرطة المحلية','ACTOR','IQ_GOV'),
 ('L6:البيشمركة#0','ACTOR','PESHMERGA'), ('L6:طوزخورماتو','LOCATION','tuz-khurmatu'), ('L6:حسين شاكر','PERSON','hussein-shakir'),
 ('L6:NRT عربية','ORG','nrt'), ('L6:نحو 800 مقاتل','QUANTITY',None,(800,True,'fighters')), ('L6:البيشمركة#1','ACTOR','PESHMERGA'),
 ('L6:أطراف القضاء','LOCATION','tuz-khurmatu-outskirts'),
 ('L7:الحشد الشعبي','ACTOR',PMF), ('L7:طوزخورماتو','LOCATION','tuz-khurmatu'), ('L7:علي الحسيني','PERSON','ali-al-husseini'),
 ('L7:قوات الأسايش','ACTOR',ASY), ('L7:فصائل الحشد','ACTOR',PMF), ('L7:الأحياء الكوردية','LOCATION','tuz-khurmatu-kurdish-districts'),
 ('L7:الهاون','WEAPON','mortars'),
 ('L8:طوزخورماتو','LOCATION','tuz-khurmatu'), ('L8:المناطق المتنازع عليها','LOCATION','disputed-territories'), ('L8:بغداد','ACTOR','IQ_GOV'),
 ('L8:أربيل','ACTOR',KRG),
 ('L9:القوات العراقية','ACTOR','IQ_GOV'), ('L9:البيشمركة','ACTOR','PESHMERGA'), ('L9:الموصل','LOCATION','mosul'), ('L9:تنظيم "داعش"','ACTOR','ISIS'),
 ('L9:سلسلة جبال حمرين','LOCATION','hamrin-mountains'), ('L9:القضاء','LOCATION','tuz-khurmatu'),
]
times = [
 ('L1:اليوم الاثنين', D, 'day'),
 ('L1:مساء أمس', SUN, 'part-of-day', {'part': 'evening'}),
 ('L2:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:فجر السبت', SAT, 'part-of-day', {'part': 'morning'}),
 ('L8:تشرين الثاني 2015', '2015-11', 'month'),
]
E = 'L1:مساء أمس'
F = 'L3:فجر السبت'
BOTH = ['PESHMERGA', PMF]
COR = 'مراسل NRT عربية في طوزخورماتو'
MED = 'مصادر طبية في مستشفى طوزخورماتو العام'
HS = 'حسين شاكر'
AH = 'علي الحسيني'
events = [
 dict(type='AGREEMENT', trig='L1:اتفاق', time=E, actors=BOTH, loc='L1:قضاء طوزخورماتو'),                                           # 1
 dict(type='ATTACK', trig='L1:الاشتباكات', actors=BOTH, loc='L1:المدينة', qty=['L1:يومين']),                                        # 2
 dict(type='MOVEMENT', trig='L2:انتشرت', time='L2:صباح اليوم', actors=['IQ_GOV'], loc='L2:حي الجمهورية', qty=['L2:نحو 500 عنصر'],
      attr=COR),                                                                                                                   # 3
 dict(type='ATTACK', trig='L3:الاشتباكات', time=F, actors=BOTH, loc='L3:نقطة تفتيش', attr=COR),                                     # 4
 dict(type='ATTACK', trig='L3:قصفاً', actors=BOTH, loc='L3:الأحياء السكنية', weapons=['L3:قذائف الهاون'], attr=COR),                 # 5
 dict(type='ATTACK', trig='L4:المواجهات', time=F, actors=BOTH, targets=BOTH,
      qty=['L4:11 قتيلاً', 'L4:أربعة', 'L4:نحو 40 جريحاً'], attr=MED),                                                              # 6
 dict(type='AGREEMENT', trig='L5:الاتفاق', time=E, actors=BOTH, loc='L5:القضاء'),                                                  # 7
 dict(type='WITHDRAWAL', trig='L5:انسحاب', mod='planned', actors=BOTH),                                                            # 8
 dict(type='STATEMENT', trig='L6:قال', actors=['PESHMERGA'], attr=HS),                                                              # 9
 dict(type='WITHDRAWAL', trig='L6:عادت', actors=['PESHMERGA'], attr=HS),                                                            # 10
 dict(type='MOVEMENT', trig='L6:متمركزين', actors=['PESHMERGA'], loc='L6:أطراف القضاء', qty=['L6:نحو 800 مقاتل'], attr=HS),          # 11
 dict(type='ATTACK', trig='L7:قصفت', mod='denied', actors=[PMF], loc='L7:الأحياء الكوردية', weapons=['L7:الهاون'], attr=AH),          # 12
 dict(type='ATTACK', trig='L8:اشتباكات', time='L8:تشرين الثاني 2015', actors=BOTH, loc='L8:طوزخورماتو'),                             # 13
 dict(type='OPERATION', trig='L9:معركة', mod='planned', actors=['IQ_GOV', 'PESHMERGA'], targets=['ISIS'], loc='L9:الموصل'),           # 14
 dict(type='CONTROL', trig='L9:يسيطر', actors=['ISIS'], loc='L9:سلسلة جبال حمرين'),                                                 # 15
]
CL = ('2016-04-23/2016-04-24', 'day')
forces = [
 dict(actor='PESHMERGA', loc=('المدينة', 'tuz-khurmatu'), as_of=CL, status='present', line=1, events=[2]),
 dict(actor=PMF, loc=('المدينة', 'tuz-khurmatu'), as_of=CL, status='present', line=1, events=[2]),
 dict(actor='IQ_GOV', strength=(500, True, 'troops'), assets='قوة من الشرطة الاتحادية', loc=('حي الجمهورية', 'al-jumhuriya-tuz'),
      as_of=(D, 'part-of-day'), status='arrived', source=COR, line=2, events=[3]),
 dict(actor='PESHMERGA', strength=(800, True, 'fighters'), loc=('أطراف القضاء', 'tuz-khurmatu-outskirts'), as_of=(D, 'day'), status='present',
      source=HS, line=6, events=[11]),
 dict(actor='PESHMERGA', loc=('طوزخورماتو', 'tuz-khurmatu'), as_of=('2015-11', 'month'), status='present', line=8, events=[13]),
 dict(actor=PMF, loc=('طوزخورماتو', 'tuz-khurmatu'), as_of=('2015-11', 'month'), status='present', line=8, events=[13]),
 dict(actor='ISIS', loc=('سلسلة جبال حمرين', 'hamrin-mountains'), as_of=(D, 'day'), status='controls', line=9, events=[15]),
]
build('nrt-tuz-khurmatu-ceasefire', None, 'NRT عربية', D, L, ents, times, events, forces)
