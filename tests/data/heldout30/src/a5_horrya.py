from build import build
L = [
'ميليشيات الأسد تسيطر على كفرنبل وحاس بعد انسحاب الثوار تحت وطأة القصف الروسي',
'حرية برس – إدلب: سيطرت ميليشيات الأسد، أمس الثلاثاء، على مدينة كفرنبل وبلدتي حاس وكفرسجنة في ريف إدلب الجنوبي، بعد انسحاب فصائل الثوار منها إثر يومين من القصف الجوي الروسي المكثف.',
'وقال مراسل حرية برس في ريف إدلب إن الميليشيات تقدمت على محورين من جهة بلدتي معرة حرمة والركايا، مدعومة بمقاتلين من "الفرقة 25 مهام خاصة" وبإسناد جوي روسي، في حين تمركز الثوار على خطوط دفاعية جديدة في محيط بلدتي البارة وكنصفرة في جبل الزاوية.',
'وأفاد الدفاع المدني السوري بأن طائرات حربية روسية استهدفت صباح أمس مدرستين في مدينة إدلب ومحيط بلدة معرة مصرين، ما أدى إلى مقتل تسعة مدنيين بينهم خمسة أطفال ومعلم، وإصابة أكثر من 20 آخرين.',
'في المقابل، شنت فصائل "الجبهة الوطنية للتحرير" و"الجيش الوطني السوري" مساء أمس هجوماً معاكساً على مواقع الميليشيات في محيط مدينة سراقب، بعد استعادتها بلدة النيرب يوم الاثنين بإسناد مدفعي تركي، وفق ما ذكر المتحدث باسم الجبهة النقيب ناجي مصطفى.',
'وتزامن ذلك مع دخول رتل عسكري تركي جديد يضم نحو 100 آلية بين دبابات وناقلات جند ومدافع ثقيلة عبر معبر كفرلوسين الحدودي، وصلت طلائعه فجر اليوم إلى النقاط التركية في جبل الزاوية.',
'وبحسب إحصائية لفريق "منسقو استجابة سوريا"، نزح أكثر من 950 ألف مدني من أرياف إدلب وحلب نحو الحدود التركية منذ مطلع كانون الأول الماضي.',
'وتأتي هذه التطورات قبل أيام من قمة مرتقبة تجمع الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين في موسكو في الخامس من آذار المقبل، بعدما أمهل أردوغان نظام الأسد حتى نهاية الشهر الجاري للانسحاب إلى ما وراء نقاط المراقبة التركية.',
'ميدانياً، قُتل 12 عنصراً من ميليشيات الأسد بينهم ضابط برتبة نقيب خلال صد الثوار محاولة تقدم على محور قرية الملاجة جنوب جبل الزاوية فجر اليوم، بحسب غرفة عمليات "الفتح المبين".',
]
D = '2020-02-26'   # Wednesday; Syrian opposition news site, web copy of its own day
Y = '2020-02-25'
MON = '2020-02-24'
NFL = 'OTHER:national-front-for-liberation'
FM = 'OTHER:fateh-mubin-operations-room'
ents = [
 ('L0:ميليشيات الأسد','ACTOR','SY_GOV'), ('L0:كفرنبل','LOCATION','kafranbel'), ('L0:حاس','LOCATION','hass'), ('L0:الثوار','ACTOR','FSA'),
 ('L1:حرية برس','ORG','horrya-press'), ('L1:إدلب#0','LOCATION','idlib'), ('L1:ميليشيات الأسد','ACTOR','SY_GOV'),
 ('L1:مدينة كفرنبل','LOCATION','kafranbel'), ('L1:بلدتي حاس','LOCATION','hass'), ('L1:كفرسجنة','LOCATION','kafr-sajna'),
 ('L1:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L1:فصائل الثوار','ACTOR','FSA'),
 ('L1:يومين','QUANTITY',None,(2,False,'other')),
 ('L2:حرية برس','ORG','horrya-press'), ('L2:ريف إدلب','LOCATION','idlib-countryside'), ('L2:الميليشيات','ACTOR','SY_GOV'),
 ('L2:محورين','QUANTITY',None,(2,False,'other')), ('L2:بلدتي معرة حرمة','LOCATION','maarat-harma'), ('L2:الركايا','LOCATION','al-rakaya'),
 ('L2:الفرقة 25 مهام خاصة','ACTOR','SY_GOV'), ('L2:الثوار','ACTOR','FSA'), ('L2:بلدتي البارة','LOCATION','al-bara'),
 ('L2:كنصفرة','LOCATION','kansafra'), ('L2:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L3:الدفاع المدني السوري','ORG','syria-civil-defence'), ('L3:طائرات حربية روسية','WEAPON','warplanes'),
 ('L3:مدرستين','QUANTITY',None,(2,False,'other')), ('L3:مدينة إدلب','LOCATION','idlib'), ('L3:بلدة معرة مصرين','LOCATION','maarat-misrin'),
 ('L3:تسعة مدنيين','QUANTITY',None,(9,False,'killed')), ('L3:خمسة أطفال','QUANTITY',None,(5,False,'killed')),
 ('L3:أكثر من 20','QUANTITY',None,(20,True,'wounded')),
 ('L4:فصائل "الجبهة الوطنية للتحرير"','ACTOR',NFL), ('L4:الجيش الوطني السوري','ACTOR','FSA'), ('L4:الميليشيات','ACTOR','SY_GOV'),
 ('L4:مدينة سراقب','LOCATION','saraqib'), ('L4:بلدة النيرب','LOCATION','al-nayrab'), ('L4:الجبهة#1','ACTOR',NFL),
 ('L4:ناجي مصطفى','PERSON','naji-mustafa'),
 ('L5:نحو 100 آلية','QUANTITY',None,(100,True,'vehicles')), ('L5:آلية','WEAPON','military-vehicles'), ('L5:دبابات','WEAPON','tanks'),
 ('L5:ناقلات جند','WEAPON','apcs'), ('L5:مدافع ثقيلة','WEAPON','heavy-artillery'),
 ('L5:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'), ('L5:النقاط التركية','LOCATION','turkish-posts-jabal-al-zawiya'),
 ('L5:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L6:منسقو استجابة سوريا','ORG','syria-response-coordinators'), ('L6:أكثر من 950 ألف مدني','QUANTITY',None,(950000,True,'people')),
 ('L6:أرياف إدلب','LOCATION','idlib-countryside'), ('L6:حلب','LOCATION','aleppo-countryside'), ('L6:الحدود التركية','LOCATION','syria-turkey-border'),
 ('L7:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:فلاديمير بوتين','PERSON','vladimir-putin'), ('L7:موسكو','LOCATION','moscow'),
 ('L7:أردوغان#1','PERSON','recep-tayyip-erdogan'), ('L7:نظام الأسد','ACTOR','SY_GOV'),
 ('L7:نقاط المراقبة التركية','LOCATION','turkish-observation-posts'),
 ('L8:12 عنصراً','QUANTITY',None,(12,False,'killed')), ('L8:ميليشيات الأسد','ACTOR','SY_GOV'), ('L8:الثوار','ACTOR','FSA'),
 ('L8:قرية الملاجة','LOCATION','al-malaja'), ('L8:جبل الزاوية','LOCATION','jabal-al-zawiya'),
 ('L8:غرفة عمليات "الفتح المبين"','ACTOR',FM),
]
times = [
 ('L1:أمس الثلاثاء', Y, 'day'),
 ('L3:صباح أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L4:مساء أمس', Y, 'part-of-day', {'part': 'evening'}),
 ('L4:يوم الاثنين', MON, 'day'),
 ('L5:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:منذ مطلع كانون الأول الماضي', '2019-12/2020-02', 'month'),
 ('L7:الخامس من آذار المقبل', '2020-03-05', 'day'),
 ('L7:نهاية الشهر الجاري', '2020-02', 'month'),
 ('L8:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
]
COR = 'مراسل حرية برس'
NM = 'ناجي مصطفى'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time='L1:أمس الثلاثاء', actors=['SY_GOV'], targets=['FSA'], loc='L1:مدينة كفرنبل'),           # 1
 dict(type='WITHDRAWAL', trig='L1:انسحاب', time='L1:أمس الثلاثاء', actors=['FSA'], loc='L1:مدينة كفرنبل'),                          # 2
 dict(type='ATTACK', trig='L1:القصف', actors=['RU'], targets=['FSA'], qty=['L1:يومين']),                                             # 3
 dict(type='MOVEMENT', trig='L2:تقدمت', actors=['SY_GOV'], loc='L2:بلدتي معرة حرمة', qty=['L2:محورين'], attr=COR),                   # 4
 dict(type='ATTACK', trig='L2:إسناد جوي', actors=['RU'], targets=['FSA'], attr=COR),                                                 # 5
 dict(type='MOVEMENT', trig='L2:تمركز', actors=['FSA'], loc='L2:بلدتي البارة', attr=COR),                                           # 6
 dict(type='ATTACK', trig='L3:استهدفت', time='L3:صباح أمس', actors=['RU'], loc='L3:مدينة إدلب', weapons=['L3:طائرات حربية روسية'],
      qty=['L3:مدرستين', 'L3:تسعة مدنيين', 'L3:خمسة أطفال', 'L3:أكثر من 20'], attr='الدفاع المدني السوري'),                           # 7
 dict(type='ATTACK', trig='L4:هجوماً معاكساً', time='L4:مساء أمس', actors=[NFL, 'FSA'], targets=['SY_GOV'], loc='L4:مدينة سراقب', attr=NM),  # 8
 dict(type='CONTROL', trig='L4:استعادتها', time='L4:يوم الاثنين', actors=[NFL, 'FSA'], targets=['SY_GOV'], loc='L4:بلدة النيرب', attr=NM),  # 9
 dict(type='ATTACK', trig='L4:إسناد مدفعي', time='L4:يوم الاثنين', actors=['TR'], targets=['SY_GOV'], loc='L4:بلدة النيرب', attr=NM),  # 10
 dict(type='MOVEMENT', trig='L5:دخول', actors=['TR'], loc='L5:معبر كفرلوسين الحدودي',
      weapons=['L5:آلية', 'L5:دبابات', 'L5:ناقلات جند', 'L5:مدافع ثقيلة'], qty=['L5:نحو 100 آلية']),                                   # 11
 dict(type='MOVEMENT', trig='L5:وصلت', time='L5:فجر اليوم', actors=['TR'], loc='L5:النقاط التركية'),                                 # 12
 dict(type='AGREEMENT', trig='L7:قمة', mod='planned', time='L7:الخامس من آذار المقبل', actors=['TR', 'RU'], loc='L7:موسكو'),          # 13
 dict(type='WITHDRAWAL', trig='L7:للانسحاب', mod='planned', time='L7:نهاية الشهر الجاري', actors=['SY_GOV'],
      loc='L7:نقاط المراقبة التركية'),                                                                                                 # 14
 dict(type='ATTACK', trig='L8:قُتل', time='L8:فجر اليوم', targets=['SY_GOV'], qty=['L8:12 عنصراً'], attr='غرفة عمليات "الفتح المبين"'),  # 15
 dict(type='ATTACK', trig='L8:صد', time='L8:فجر اليوم', actors=['FSA'], targets=['SY_GOV'], loc='L8:قرية الملاجة',
      attr='غرفة عمليات "الفتح المبين"'),                                                                                              # 16
 dict(type='MOVEMENT', trig='L8:تقدم', time='L8:فجر اليوم', actors=['SY_GOV'], loc='L8:قرية الملاجة', attr='غرفة عمليات "الفتح المبين"'),  # 17
]
YD = (Y, 'day')
TD = (D, 'day')
EV = (Y, 'part-of-day')
MP = (D, 'part-of-day')
FMS = 'غرفة عمليات "الفتح المبين"'
forces = [
 dict(actor='SY_GOV', loc=('مدينة كفرنبل', 'kafranbel'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('بلدتي حاس', 'hass'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='SY_GOV', loc=('كفرسجنة', 'kafr-sajna'), as_of=YD, status='controls', line=1, events=[1]),
 dict(actor='FSA', loc=('مدينة كفرنبل', 'kafranbel'), as_of=YD, status='withdrawn', line=1, events=[2]),
 dict(actor='FSA', loc=('بلدتي حاس', 'hass'), as_of=YD, status='withdrawn', line=1, events=[2]),
 dict(actor='FSA', loc=('كفرسجنة', 'kafr-sajna'), as_of=YD, status='withdrawn', line=1, events=[2]),
 dict(actor='FSA', assets='خطوط دفاعية جديدة', loc=('بلدتي البارة', 'al-bara'), as_of=TD, status='present', source=COR, line=2, events=[6]),
 dict(actor='FSA', assets='خطوط دفاعية جديدة', loc=('كنصفرة', 'kansafra'), as_of=TD, status='present', source=COR, line=2, events=[6]),
 dict(actor='SY_GOV', assets='مواقع', loc=('مدينة سراقب', 'saraqib'), as_of=EV, status='attacked', source=NM, line=4, events=[8]),
 dict(actor=NFL, loc=('مدينة سراقب', 'saraqib'), as_of=EV, status='present', source=NM, line=4, events=[8]),
 dict(actor='FSA', loc=('مدينة سراقب', 'saraqib'), as_of=EV, status='present', source=NM, line=4, events=[8]),
 dict(actor=NFL, loc=('بلدة النيرب', 'al-nayrab'), as_of=(MON, 'day'), status='controls', source=NM, line=4, events=[9]),
 dict(actor='FSA', loc=('بلدة النيرب', 'al-nayrab'), as_of=(MON, 'day'), status='controls', source=NM, line=4, events=[9]),
 dict(actor='TR', strength=(100, True, 'vehicles'), assets='دبابات وناقلات جند ومدافع ثقيلة', loc=('النقاط التركية', 'turkish-posts-jabal-al-zawiya'),
      as_of=MP, status='reinforced', line=5, events=[11, 12]),
 dict(actor='FSA', loc=('قرية الملاجة', 'al-malaja'), as_of=MP, status='present', source=FMS, line=8, events=[16]),
 dict(actor='SY_GOV', loc=('قرية الملاجة', 'al-malaja'), as_of=MP, status='present', source=FMS, line=8, events=[16, 17]),
]
build('horrya-kafranbel-hass', None, 'حرية برس', D, L, ents, times, events, forces)
