from build import build
L = [
'"جيش الفتح" يحرر بلدة فريكة ويقترب من معسكر جورين في سهل الغاب',
'أورينت نت - خاص',
'سيطر "جيش الفتح" أمس الثلاثاء على بلدة فريكة وحاجزي المحروقات والصفصافة في سهل الغاب بريف حماة الغربي، بعد معارك عنيفة مع ميليشيات أسد بدأت فجر الأحد.',
'وقال مراسل أورينت إن الثوار استهدفوا تجمعات الميليشيات في قرية الزيارة وتلة خطاب بقذائف المدفعية وصواريخ "غراد"، تزامناً مع تفجير عربة مفخخة يقودها مقاتل من "جبهة النصرة" عند حاجز المحروقات.',
'وأضاف المراسل أن ميليشيات أسد انسحبت من محيط فريكة باتجاه معسكر جورين وبلدة السقيلبية، تاركة وراءها دبابتين وعربة "شيلكا"، فيما أسر الثوار ستة عناصر بينهم ضابط برتبة ملازم.',
'وأعلن "جيش الفتح" في بيان على حسابه في "تويتر" مقتل أكثر من 50 عنصراً من ميليشيات أسد و"حزب الله"، مؤكداً أن المعركة مستمرة حتى "تحرير سهل الغاب كاملاً".',
'في المقابل، شنت طائرات النظام الحربية والمروحية أكثر من 30 غارة، ألقت خلالها براميل متفجرة على بلدات قلعة المضيق وكفرنبودة وفريكة، ما أدى إلى مقتل 9 مدنيين بينهم ثلاثة أطفال، بحسب ناشطين.',
'وأفادت مصادر ميدانية بأن ميليشيات أسد دفعت بتعزيزات تضم نحو 400 عنصر من "الدفاع الوطني" وميليشيات إيرانية إلى معسكر جورين، تحسباً لهجوم الثوار عليه.',
'ويعد معسكر جورين، الذي تسيطر عليه ميليشيات أسد منذ عام 2011، أبرز معاقل النظام في سهل الغاب، ويشرف على الطريق الواصل إلى القرداحة ومناطق الساحل.',
'ويأتي الهجوم بعد أن سيطر "جيش الفتح" على مدينة إدلب في آذار الماضي، ثم على جسر الشغور في نيسان وأريحا في أيار، لتصبح المحافظة شبه خالية من قوات النظام.',
'ويتهم ناشطون ميليشيا "حزب الله" بإرسال مقاتلين إلى الغاب، رغم انشغالها بمعارك الزبداني التي تشنها إلى جانب قوات النظام منذ الثالث من تموز الجاري.',
]
D = '2015-07-29'   # Wednesday; web copy of its own day
TUE = '2015-07-28'
SUN = '2015-07-26'
JAF = 'OTHER:jaish-al-fateh'
PGM = 'OTHER:pro-government-militias'
IBM = 'OTHER:iran-backed-militias'
HZ = 'HEZBOLLAH'
ents = [
 ('L0:جيش الفتح','ACTOR',JAF), ('L0:بلدة فريكة','LOCATION','furaykah'), ('L0:معسكر جورين','LOCATION','jurin-camp'),
 ('L0:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L1:أورينت نت','ORG','orient'),
 ('L2:جيش الفتح','ACTOR',JAF), ('L2:بلدة فريكة','LOCATION','furaykah'), ('L2:حاجزي المحروقات','LOCATION','al-mahruqat-checkpoint'),
 ('L2:الصفصافة','LOCATION','al-safsafa'), ('L2:سهل الغاب','LOCATION','al-ghab-plain'), ('L2:ريف حماة الغربي','LOCATION','hama-west-countryside'),
 ('L2:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L3:أورينت','ORG','orient'), ('L3:الثوار','ACTOR','FSA'), ('L3:الميليشيات','ACTOR','SY_GOV'), ('L3:قرية الزيارة','LOCATION','al-ziyara'),
 ('L3:تلة خطاب','LOCATION','tal-khattab'), ('L3:قذائف المدفعية','WEAPON','artillery-shells'), ('L3:صواريخ "غراد"','WEAPON','grad-rockets'),
 ('L3:عربة مفخخة','WEAPON','car-bombs'), ('L3:جبهة النصرة','ACTOR','NUSRA'), ('L3:حاجز المحروقات','LOCATION','al-mahruqat-checkpoint'),
 ('L4:ميليشيات أسد','ACTOR','SY_GOV'), ('L4:فريكة','LOCATION','furaykah'), ('L4:معسكر جورين','LOCATION','jurin-camp'),
 ('L4:بلدة السقيلبية','LOCATION','suqaylabiyah'), ('L4:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L4:دبابتين#0','WEAPON','tanks'),
 ('L4:عربة "شيلكا"','WEAPON','shilka'), ('L4:الثوار','ACTOR','FSA'), ('L4:ستة عناصر','QUANTITY',None,(6,False,'arrested')),
 ('L5:جيش الفتح','ACTOR',JAF), ('L5:تويتر','ORG','twitter'), ('L5:أكثر من 50 عنصراً','QUANTITY',None,(50,True,'killed')),
 ('L5:ميليشيات أسد','ACTOR','SY_GOV'), ('L5:حزب الله','ACTOR',HZ), ('L5:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L6:طائرات','WEAPON','warplanes'), ('L6:النظام','ACTOR','SY_GOV'), ('L6:أكثر من 30 غارة','QUANTITY',None,(30,True,'other')),
 ('L6:براميل متفجرة','WEAPON','barrel-bombs'), ('L6:بلدات قلعة المضيق','LOCATION','qalaat-al-madiq'), ('L6:كفرنبودة','LOCATION','kafr-nabudah'),
 ('L6:فريكة','LOCATION','furaykah'), ('L6:9 مدنيين','QUANTITY',None,(9,False,'killed')), ('L6:ثلاثة أطفال','QUANTITY',None,(3,False,'killed')),
 ('L7:ميليشيات أسد','ACTOR','SY_GOV'), ('L7:نحو 400 عنصر','QUANTITY',None,(400,True,'fighters')), ('L7:الدفاع الوطني','ACTOR',PGM),
 ('L7:ميليشيات إيرانية','ACTOR',IBM), ('L7:معسكر جورين','LOCATION','jurin-camp'), ('L7:الثوار','ACTOR','FSA'),
 ('L8:معسكر جورين','LOCATION','jurin-camp'), ('L8:ميليشيات أسد','ACTOR','SY_GOV'), ('L8:النظام','ACTOR','SY_GOV'),
 ('L8:سهل الغاب','LOCATION','al-ghab-plain'), ('L8:الطريق','LOCATION','ghab-qardaha-road'), ('L8:القرداحة','LOCATION','qardaha'),
 ('L8:مناطق الساحل','LOCATION','syrian-coast'),
 ('L9:جيش الفتح','ACTOR',JAF), ('L9:مدينة إدلب','LOCATION','idlib'), ('L9:جسر الشغور','LOCATION','jisr-al-shughur'),
 ('L9:أريحا','LOCATION','ariha'), ('L9:المحافظة','LOCATION','idlib-governorate'), ('L9:قوات النظام','ACTOR','SY_GOV'),
 ('L10:حزب الله','ACTOR',HZ), ('L10:الغاب','LOCATION','al-ghab-plain'), ('L10:الزبداني','LOCATION','zabadani'),
 ('L10:قوات النظام','ACTOR','SY_GOV'),
]
times = [
 ('L2:أمس الثلاثاء', TUE, 'day'),
 ('L2:فجر الأحد', SUN, 'part-of-day', {'part': 'morning'}),
 ('L8:منذ عام 2011', '2011/2015', 'year'),
 ('L9:آذار الماضي', '2015-03', 'month'),
 ('L9:نيسان', '2015-04', 'month'),
 ('L9:أيار', '2015-05', 'month'),
 ('L10:منذ الثالث من تموز الجاري', '2015-07-03/' + D, 'day'),
]
Y = 'L2:أمس الثلاثاء'
COR = 'مراسل أورينت'
JS = 'جيش الفتح'
ACT = 'ناشطون'
FIELD = 'مصادر ميدانية'
SINCE = 'L10:منذ الثالث من تموز الجاري'
events = [
 dict(type='CONTROL', trig='L2:سيطر', time=Y, actors=[JAF], targets=['SY_GOV'], loc='L2:بلدة فريكة'),                           # 1
 dict(type='ATTACK', trig='L2:معارك', time='L2:فجر الأحد', actors=[JAF, 'SY_GOV'], loc='L2:بلدة فريكة'),                        # 2
 dict(type='ATTACK', trig='L3:استهدفوا', time=Y, actors=['FSA'], targets=['SY_GOV'], loc='L3:قرية الزيارة',
      weapons=['L3:قذائف المدفعية', 'L3:صواريخ "غراد"'], attr=COR),                                                            # 3
 dict(type='ATTACK', trig='L3:تفجير', time=Y, actors=['NUSRA'], targets=['SY_GOV'], loc='L3:حاجز المحروقات', weapons=['L3:عربة مفخخة'], attr=COR),  # 4
 dict(type='WITHDRAWAL', trig='L4:انسحبت', time=Y, actors=['SY_GOV'], loc='L4:فريكة', attr=COR),                                # 5
 dict(type='ARREST', trig='L4:أسر', time=Y, actors=['FSA'], targets=['SY_GOV'], qty=['L4:ستة عناصر'], attr=COR),                 # 6
 dict(type='STATEMENT', trig='L5:أعلن', actors=[JAF], attr=JS),                                                                  # 7
 dict(type='ATTACK', trig='L5:مقتل', actors=[JAF], targets=['SY_GOV', HZ], qty=['L5:أكثر من 50 عنصراً'], attr=JS),              # 8
 dict(type='OPERATION', trig='L5:المعركة', time='L2:فجر الأحد', actors=[JAF], targets=['SY_GOV'], attr=JS),                      # 9
 dict(type='CONTROL', trig='L5:تحرير', mod='planned', actors=[JAF], loc='L5:سهل الغاب', attr=JS),                                # 10
 dict(type='ATTACK', trig='L6:غارة', actors=['SY_GOV'], loc='L6:بلدات قلعة المضيق', weapons=['L6:طائرات', 'L6:براميل متفجرة'],
      qty=['L6:أكثر من 30 غارة', 'L6:9 مدنيين', 'L6:ثلاثة أطفال'], attr='ناشطين'),                                             # 11
 dict(type='MOVEMENT', trig='L7:دفعت', actors=['SY_GOV', PGM, IBM], loc='L7:معسكر جورين', qty=['L7:نحو 400 عنصر'], attr=FIELD),  # 12
 dict(type='ATTACK', trig='L7:لهجوم', mod='expected', actors=['FSA'], targets=['SY_GOV'], loc='L7:معسكر جورين', attr=FIELD),      # 13
 dict(type='CONTROL', trig='L8:تسيطر', time='L8:منذ عام 2011', actors=['SY_GOV'], loc='L8:معسكر جورين'),                          # 14
 dict(type='OPERATION', trig='L9:الهجوم', time='L2:فجر الأحد', actors=[JAF], targets=['SY_GOV']),                                 # 15
 dict(type='CONTROL', trig='L9:سيطر', time='L9:آذار الماضي', actors=[JAF], targets=['SY_GOV'], loc='L9:مدينة إدلب'),               # 16
 dict(type='MOVEMENT', trig='L10:إرسال', actors=[HZ], loc='L10:الغاب', attr=ACT),                                               # 17
 dict(type='ATTACK', trig='L10:معارك', time=SINCE, actors=[HZ, 'SY_GOV'], loc='L10:الزبداني'),                                    # 18
]
TD = (TUE, 'day')
forces = [
 dict(actor=JAF, loc=('بلدة فريكة', 'furaykah'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor=JAF, loc=('حاجزي المحروقات', 'al-mahruqat-checkpoint'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor=JAF, loc=('الصفصافة', 'al-safsafa'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor=JAF, loc=('بلدة فريكة', 'furaykah'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('بلدة فريكة', 'furaykah'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', assets='تجمعات', loc=('قرية الزيارة', 'al-ziyara'), as_of=TD, status='attacked', source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', assets='تجمعات', loc=('تلة خطاب', 'tal-khattab'), as_of=TD, status='attacked', source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('حاجز المحروقات', 'al-mahruqat-checkpoint'), as_of=TD, status='attacked', source=COR, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('فريكة', 'furaykah'), as_of=TD, status='withdrawn', source=COR, line=4, events=[5]),
 dict(actor=PGM, strength=(400, True, 'fighters'), loc=('معسكر جورين', 'jurin-camp'), as_of=(D, 'day'), status='reinforced', source=FIELD, line=7, events=[12]),
 dict(actor=IBM, loc=('معسكر جورين', 'jurin-camp'), as_of=(D, 'day'), status='reinforced', source=FIELD, line=7, events=[12]),
 dict(actor='SY_GOV', loc=('معسكر جورين', 'jurin-camp'), as_of=(D, 'day'), status='reinforced', source=FIELD, line=7, events=[12]),
 dict(actor='SY_GOV', loc=('معسكر جورين', 'jurin-camp'), as_of=('2011/2015', 'year'), status='controls', line=8, events=[14]),
 dict(actor=JAF, loc=('مدينة إدلب', 'idlib'), as_of=('2015-03', 'month'), status='controls', line=9, events=[16]),
 dict(actor=JAF, loc=('جسر الشغور', 'jisr-al-shughur'), as_of=('2015-04', 'month'), status='controls', line=9, events=[16]),
 dict(actor=JAF, loc=('أريحا', 'ariha'), as_of=('2015-05', 'month'), status='controls', line=9, events=[16]),
 dict(actor=HZ, assets='مقاتلين', loc=('الغاب', 'al-ghab-plain'), as_of=(None, 'vague'), status='arrived', source=ACT, line=10, events=[17]),
 dict(actor=HZ, loc=('الزبداني', 'zabadani'), as_of=('2015-07-03/' + D, 'day'), status='present', line=10, events=[18]),
 dict(actor='SY_GOV', loc=('الزبداني', 'zabadani'), as_of=('2015-07-03/' + D, 'day'), status='present', line=10, events=[18]),
]
build('orient-ghab-furaykah', None, 'أورينت نت', D, L, ents, times, events, forces)
