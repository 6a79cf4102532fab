from build import build
L = [
'الفصائل تقتحم النيرب بإسناد مدفعي تركي.. والطيران الروسي يتدخل لوقف تقدمها',
'نداء سوريا - إدلب',
'شنت فصائل "الجبهة الوطنية للتحرير" و"الجيش الوطني السوري"، صباح اليوم الخميس، هجوماً واسعاً على مواقع ميليشيات أسد في بلدة النيرب شرق مدينة إدلب، بإسناد مدفعي وصاروخي مكثف من الجيش التركي، في أول عملية برية مشتركة منذ بدء الحملة الأخيرة على المنطقة.',
'وأفاد مراسل "نداء سوريا" بأن الفصائل سيطرت خلال ساعتين على معظم أحياء البلدة وعلى تلة استراتيجية في محيط قرية قميناس، وأسرت ثلاثة عناصر من ميليشيا "الفيلق الخامس"، فيما فرّ الباقون نحو مدينة سراقب.',
'وأضاف المراسل أن الطائرات الحربية الروسية شنت بعد ظهر اليوم أكثر من 20 غارة على محاور التقدم، ما أجبر الفصائل على الانسحاب من البلدة إلى نقاط انطلاقها، في حين استعادت ميليشيات أسد مواقعها فيها.',
'من جهتها، أعلنت وزارة الدفاع التركية مقتل جنديين تركيين وإصابة خمسة آخرين في غارة جوية "للنظام" استهدفت قواتها في إدلب، مؤكدة أن المدفعية التركية ردّت بقصف أكثر من 50 هدفاً لميليشيات أسد.',
'في المقابل، زعمت وزارة الدفاع الروسية أن "مجموعات إرهابية" اخترقت خطوط قوات النظام في منطقتي النيرب وقميناس بدعم من المدفعية التركية، وأن قاذفات "سوخوي-24" استهدفتها "بناء على طلب الجيش السوري"، ما "منع" المسلحين من التقدم.',
'وقال الناطق باسم "الجبهة الوطنية للتحرير" النقيب ناجي مصطفى لـ"نداء سوريا" إن العملية "ليست إلا البداية"، وإن الفصائل "ستواصل عملياتها حتى طرد ميليشيات أسد إلى ما وراء نقاط المراقبة التركية".',
'ويأتي الهجوم بعد أيام من إحكام ميليشيات أسد سيطرتها على الطريق الدولي حلب - دمشق "M5"، إثر حملة بدأتها بدعم روسي منتصف كانون الأول الماضي، وسيطرت خلالها على مدينتي معرة النعمان وسراقب.',
'ووفق تقديرات عسكرية، أدخل الجيش التركي خلال الأسابيع الثلاثة الماضية أكثر من ألفي آلية عسكرية ونحو سبعة آلاف جندي إلى إدلب، وأقام نقاطاً جديدة أبرزها في مطار تفتناز العسكري وبلدة بنش.',
'وكان الرئيس التركي رجب طيب أردوغان قد أمهل ميليشيات أسد حتى نهاية الشهر الجاري للانسحاب إلى ما وراء نقاط المراقبة، ملوّحاً بعملية عسكرية "وشيكة" في إدلب.',
]
D = '2020-02-20'   # Thursday; opposition news site, web copy of its own day
NFL = 'OTHER:national-front-for-liberation'
ents = [
 ('L0:الفصائل','ACTOR','FSA'), ('L0:النيرب','LOCATION','nayrab'), ('L0:الطيران الروسي','ACTOR','RU'),
 ('L1:نداء سوريا','ORG','nedaa-syria'), ('L1:إدلب','LOCATION','idlib'),
 ('L2:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L2:الجيش الوطني السوري','ACTOR','FSA'), ('L2:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L2:بلدة النيرب','LOCATION','nayrab'), ('L2:مدينة إدلب','LOCATION','idlib'), ('L2:الجيش التركي','ACTOR','TR'), ('L2:المنطقة','LOCATION','idlib'),
 ('L3:نداء سوريا','ORG','nedaa-syria'), ('L3:الفصائل','ACTOR','FSA'), ('L3:ساعتين','QUANTITY',None,(2,False,'other')),
 ('L3:البلدة','LOCATION','nayrab'), ('L3:قرية قميناس','LOCATION','qaminas'), ('L3:ثلاثة عناصر','QUANTITY',None,(3,False,'arrested')),
 ('L3:الفيلق الخامس','ACTOR','SY_GOV'), ('L3:مدينة سراقب','LOCATION','saraqib'),
 ('L4:الطائرات الحربية الروسية','WEAPON','warplanes'), ('L4:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')), ('L4:الفصائل','ACTOR','FSA'),
 ('L4:البلدة','LOCATION','nayrab'), ('L4:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L5:وزارة الدفاع التركية','ACTOR','TR'), ('L5:جنديين','QUANTITY',None,(2,False,'killed')), ('L5:جنديين تركيين','ACTOR','TR'),
 ('L5:خمسة','QUANTITY',None,(5,False,'wounded')), ('L5:لنظام','ACTOR','SY_GOV'), ('L5:إدلب','LOCATION','idlib'),
 ('L5:المدفعية التركية','ACTOR','TR'), ('L5:أكثر من 50 هدفاً','QUANTITY',None,(50,True,'other')), ('L5:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L6:وزارة الدفاع الروسية','ACTOR','RU'), ('L6:مجموعات إرهابية','ACTOR','FSA'), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L6:منطقتي النيرب','LOCATION','nayrab'), ('L6:قميناس','LOCATION','qaminas'), ('L6:المدفعية التركية','ACTOR','TR'),
 ('L6:قاذفات "سوخوي-24"','WEAPON','su-24'), ('L6:الجيش السوري','ACTOR','SY_GOV'),
 ('L7:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L7:ناجي مصطفى','PERSON','naji-mustafa'), ('L7:نداء سوريا','ORG','nedaa-syria'),
 ('L7:الفصائل','ACTOR','FSA'), ('L7:ميليشيات أسد','ACTOR','SY_GOV'), ('L7:نقاط المراقبة التركية','LOCATION','turkish-observation-posts-idlib'),
 ('L8:ميليشيات أسد','ACTOR','SY_GOV'), ('L8:الطريق الدولي حلب - دمشق "M5"','LOCATION','m5-highway'),
 ('L8:مدينتي معرة النعمان','LOCATION','maarat-al-numan'), ('L8:سراقب','LOCATION','saraqib'),
 ('L9:الجيش التركي','ACTOR','TR'), ('L9:أكثر من ألفي آلية عسكرية','QUANTITY',None,(2000,True,'vehicles')), ('L9:آلية عسكرية','WEAPON','military-vehicles'),
 ('L9:نحو سبعة آلاف جندي','QUANTITY',None,(7000,True,'troops')), ('L9:إدلب','LOCATION','idlib'), ('L9:مطار تفتناز العسكري','LOCATION','taftanaz-airbase'),
 ('L9:بلدة بنش','LOCATION','binnish'),
 ('L10:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L10:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L10:نقاط المراقبة','LOCATION','turkish-observation-posts-idlib'), ('L10:إدلب','LOCATION','idlib'),
]
W3 = '2020-01-30/' + D
times = [
 ('L2:صباح اليوم الخميس', D, 'part-of-day', {'part': 'morning'}),
 ('L4:بعد ظهر اليوم', D, 'part-of-day', {'part': 'noon'}),
 ('L8:منتصف كانون الأول الماضي', '2019-12', 'month'),
 ('L9:خلال الأسابيع الثلاثة الماضية', W3, 'week'),
 ('L10:نهاية الشهر الجاري', '2020-02', 'month'),
]
M = 'L2:صباح اليوم الخميس'
A = 'L4:بعد ظهر اليوم'
COR = 'مراسل نداء سوريا'
TMOD = 'وزارة الدفاع التركية'
RMOD = 'وزارة الدفاع الروسية'
NAJI = 'ناجي مصطفى (نداء سوريا)'
EST = 'تقديرات عسكرية'
events = [
 dict(type='ATTACK', trig='L2:هجوماً', time=M, actors=[NFL, 'FSA'], targets=['SY_GOV'], loc='L2:بلدة النيرب'),                       # 1
 dict(type='ATTACK', trig='L2:إسناد مدفعي', time=M, actors=['TR'], targets=['SY_GOV'], loc='L2:بلدة النيرب'),                        # 2
 dict(type='OPERATION', trig='L2:عملية برية', time=M, actors=[NFL, 'FSA', 'TR'], targets=['SY_GOV'], loc='L2:بلدة النيرب'),           # 3
 dict(type='OPERATION', trig='L2:الحملة', actors=['SY_GOV', 'RU'], loc='L2:المنطقة'),                                                 # 4
 dict(type='CONTROL', trig='L3:سيطرت', time=M, actors=['FSA'], targets=['SY_GOV'], loc='L3:البلدة', qty=['L3:ساعتين'], attr=COR),     # 5
 dict(type='ARREST', trig='L3:أسرت', time=M, actors=['FSA'], targets=['SY_GOV'], qty=['L3:ثلاثة عناصر'], attr=COR),                  # 6
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=M, actors=['SY_GOV'], attr=COR),                                                         # 7
 dict(type='ATTACK', trig='L4:شنت', time=A, actors=['RU'], targets=['FSA'], weapons=['L4:الطائرات الحربية الروسية'],
      qty=['L4:أكثر من 20 غارة'], attr=COR),                                                                                         # 8
 dict(type='WITHDRAWAL', trig='L4:الانسحاب', time=A, actors=['FSA'], loc='L4:البلدة', attr=COR),                                     # 9
 dict(type='CONTROL', trig='L4:استعادت', time=A, actors=['SY_GOV'], targets=['FSA'], loc='L4:البلدة', attr=COR),                     # 10
 dict(type='STATEMENT', trig='L5:أعلنت', actors=['TR'], attr=TMOD),                                                                   # 11
 dict(type='ATTACK', trig='L5:غارة جوية', actors=['SY_GOV'], targets=['TR'], loc='L5:إدلب', qty=['L5:جنديين', 'L5:خمسة'], attr=TMOD),  # 12
 dict(type='ATTACK', trig='L5:قصف', actors=['TR'], targets=['SY_GOV'], qty=['L5:أكثر من 50 هدفاً'], attr=TMOD),                     # 13
 dict(type='ATTACK', trig='L6:اخترقت', time=M, actors=['FSA', 'TR'], targets=['SY_GOV'], loc='L6:منطقتي النيرب', attr=RMOD),          # 14
 dict(type='ATTACK', trig='L6:استهدفتها', time=M, actors=['RU'], targets=['FSA'], weapons=['L6:قاذفات "سوخوي-24"'], attr=RMOD),      # 15
 dict(type='STATEMENT', trig='L7:قال', actors=[NFL], attr=NAJI),                                                                      # 16
 dict(type='OPERATION', trig='L7:العملية', time=M, actors=[NFL, 'FSA', 'TR'], targets=['SY_GOV'], attr=NAJI),                        # 17
 dict(type='OPERATION', trig='L7:عملياتها', mod='planned', actors=['FSA'], targets=['SY_GOV'], attr=NAJI),                           # 18
 dict(type='ATTACK', trig='L7:طرد', mod='planned', actors=['FSA'], targets=['SY_GOV'], attr=NAJI),                                   # 19
 dict(type='ATTACK', trig='L8:الهجوم', time=M, actors=[NFL, 'FSA'], targets=['SY_GOV']),                                             # 20
 dict(type='CONTROL', trig='L8:سيطرتها', actors=['SY_GOV'], loc='L8:الطريق الدولي حلب - دمشق "M5"'),                                # 21
 dict(type='OPERATION', trig='L8:حملة', time='L8:منتصف كانون الأول الماضي', actors=['SY_GOV', 'RU']),                                 # 22
 dict(type='CONTROL', trig='L8:سيطرت#1', actors=['SY_GOV'], loc='L8:مدينتي معرة النعمان'),                                              # 23
 dict(type='MOVEMENT', trig='L9:أدخل', time='L9:خلال الأسابيع الثلاثة الماضية', actors=['TR'], loc='L9:إدلب', weapons=['L9:آلية عسكرية'],
      qty=['L9:أكثر من ألفي آلية عسكرية', 'L9:نحو سبعة آلاف جندي'], attr=EST),                                                      # 24
 dict(type='BASE', trig='L9:أقام', time='L9:خلال الأسابيع الثلاثة الماضية', actors=['TR'], loc='L9:مطار تفتناز العسكري', attr=EST),  # 25
 dict(type='WITHDRAWAL', trig='L10:انسحاب', mod='planned', time='L10:نهاية الشهر الجاري', actors=['SY_GOV'], loc='L10:نقاط المراقبة',
      attr='رجب طيب أردوغان'),                                                                                                      # 26
 dict(type='OPERATION', trig='L10:عملية عسكرية', mod='planned', actors=['TR'], targets=['SY_GOV'], loc='L10:إدلب', attr='رجب طيب أردوغان'),  # 27
]
MP = (D, 'part-of-day')
AP = (D, 'part-of-day')
VG = (None, 'vague')
WK = (W3, 'week')
forces = [
 dict(actor=NFL, loc=('بلدة النيرب', 'nayrab'), as_of=MP, status='present', line=2, events=[1]),
 dict(actor='FSA', loc=('بلدة النيرب', 'nayrab'), as_of=MP, status='present', line=2, events=[1]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة النيرب', 'nayrab'), as_of=MP, status='present', line=2, events=[1]),
 dict(actor='SY_GOV', assets='مواقع', loc=('بلدة النيرب', 'nayrab'), as_of=MP, status='attacked', line=2, events=[1, 2]),
 dict(actor='FSA', loc=('البلدة', 'nayrab'), as_of=MP, status='controls', source=COR, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('البلدة', 'nayrab'), as_of=MP, status='withdrawn', source=COR, line=3, events=[7]),
 dict(actor='FSA', loc=('البلدة', 'nayrab'), as_of=AP, status='withdrawn', source=COR, line=4, events=[9]),
 dict(actor='SY_GOV', assets='مواقع', loc=('البلدة', 'nayrab'), as_of=AP, status='controls', source=COR, line=4, events=[10]),
 dict(actor='TR', assets='قوات', loc=('إدلب', 'idlib'), as_of=(D, 'day'), status='attacked', source=TMOD, line=5, events=[12]),
 dict(actor='TR', assets='قوات', loc=('إدلب', 'idlib'), as_of=(D, 'day'), status='present', source=TMOD, line=5, events=[12]),
 dict(actor='FSA', loc=('منطقتي النيرب', 'nayrab'), as_of=MP, status='present', source=RMOD, line=6, events=[14]),
 dict(actor='FSA', loc=('قميناس', 'qaminas'), as_of=MP, status='present', source=RMOD, line=6, events=[14]),
 dict(actor='SY_GOV', assets='خطوط', loc=('منطقتي النيرب', 'nayrab'), as_of=MP, status='present', source=RMOD, line=6, events=[14]),
 dict(actor='SY_GOV', assets='خطوط', loc=('قميناس', 'qaminas'), as_of=MP, status='present', source=RMOD, line=6, events=[14]),
 dict(actor='FSA', loc=('منطقتي النيرب', 'nayrab'), as_of=MP, status='attacked', source=RMOD, line=6, events=[15]),
 dict(actor='FSA', loc=('قميناس', 'qaminas'), as_of=MP, status='attacked', source=RMOD, line=6, events=[15]),
 dict(actor='SY_GOV', loc=('الطريق الدولي حلب - دمشق "M5"', 'm5-highway'), as_of=VG, status='controls', line=8, events=[21]),
 dict(actor='SY_GOV', loc=('مدينتي معرة النعمان', 'maarat-al-numan'), as_of=VG, status='controls', line=8, events=[23]),
 dict(actor='SY_GOV', loc=('سراقب', 'saraqib'), as_of=VG, status='controls', line=8, events=[23]),
 dict(actor='TR', strength=(7000, True, 'troops'), assets='أكثر من ألفي آلية عسكرية', loc=('إدلب', 'idlib'), as_of=WK, status='reinforced',
      source=EST, line=9, events=[24]),
 dict(actor='TR', assets='نقاط', loc=('مطار تفتناز العسكري', 'taftanaz-airbase'), as_of=WK, status='present', source=EST, line=9, events=[25]),
 dict(actor='TR', assets='نقاط', loc=('بلدة بنش', 'binnish'), as_of=WK, status='present', source=EST, line=9, events=[25]),
]
build('nedaa-nayrab-assault', None, 'نداء سوريا', D, L, ents, times, events, forces)
