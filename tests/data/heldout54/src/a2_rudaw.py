from build import build
L = [
'هجوم صاروخي جديد يستهدف حقل كورمور للغاز في جمجمال',
'أربيل (رووداو) – تعرض حقل كورمور للغاز في قضاء جمجمال التابع لمحافظة السليمانية، مساء أمس الأربعاء، لهجوم بثلاثة صواريخ من نوع كاتيوشا، سقط أحدها داخل الحقل من دون أن يسفر عن إصابات، وفق ما أعلنته وزارة الداخلية في حكومة إقليم كوردستان.',
'وقالت الوزارة في بيان إن الصواريخ أُطلقت من أطراف ناحية قادر كرم، على بعد نحو ١٥ كيلومتراً جنوب غرب الحقل، وهي منطقة تنتشر فيها قطعات من الجيش العراقي وفصائل من الحشد الشعبي.',
'وأضاف البيان أن "هذه هي المرة الرابعة التي يُستهدف فيها الحقل منذ نيسان الماضي"، محملاً "جهات خارجة عن القانون" المسؤولية، ومطالباً الحكومة الاتحادية بـ"ملاحقة الفاعلين وتقديمهم إلى القضاء".',
'وقال مدير ناحية قادر كرم، شوان محمد، لرووداو إن "دوي انفجارات متتالية سُمع قرابة الساعة التاسعة مساءً"، مشيراً إلى أن قوة من الجيش العراقي عثرت صباح اليوم على منصة الإطلاق محترقة داخل سيارة حمل قرب الطريق المؤدي إلى طوزخورماتو.',
'ويدير الحقل، الذي ينتج نحو ٤٥٠ مليون قدم مكعب من الغاز يومياً تغذي محطات الكهرباء في الإقليم، كونسورتيوم "بيرل بتروليوم" بقيادة شركة "دانة غاز" الإماراتية، التي قالت في إفصاح للسوق إن "الإنتاج لم يتأثر".',
'من جانبها، دانت القنصلية الأمريكية في أربيل الهجوم، وقالت في تغريدة على "تويتر" إن "استهداف البنية التحتية للطاقة في إقليم كوردستان يهدد استقرار العراق بأكمله"، داعية بغداد إلى "محاسبة المسؤولين".',
'وفي السياق، أفاد مصدر في وزارة شؤون البيشمركة لرووداو بأن الوزارة دفعت منذ أمس بنحو ٢٠٠ مقاتل إلى محيط الحقل لتعزيز حمايته، فيما تتمركز قوة من الآسايش على مداخل الحقل.',
'وكانت مصفاة "كار" في منطقة خبات شمال غرب أربيل قد تعرضت مطلع أيار الماضي لهجوم بستة صواريخ، فيما أطلق الحرس الثوري الإيراني في آذار الماضي ١٢ صاروخاً باليستياً على أربيل، قال إنها استهدفت "مركزاً استراتيجياً إسرائيلياً".',
'ويتهم مسؤولون كورد فصائل مسلحة موالية لإيران بالوقوف وراء الهجمات للضغط على أربيل ووقف خططها لتصدير الغاز إلى تركيا وأوروبا، فيما تنفي تلك الفصائل أي صلة لها باستهداف الحقل.',
]
D = '2022-06-23'   # Thursday; Erbil-based channel's Arabic site, copy of its own day
WED = '2022-06-22'
KRG = 'OTHER:krg'
PMF = 'OTHER:pmf'
ASY = 'OTHER:asayish'
IBM = 'OTHER:iran-backed-militias'
PM = 'PESHMERGA'
ents = [
 ('L0:حقل كورمور للغاز','LOCATION','khor-mor-gas-field'), ('L0:جمجمال','LOCATION','chamchamal'),
 ('L1:أربيل','LOCATION','erbil'), ('L1:رووداو','ORG','rudaw'), ('L1:حقل كورمور للغاز','LOCATION','khor-mor-gas-field'),
 ('L1:قضاء جمجمال','LOCATION','chamchamal'), ('L1:محافظة السليمانية','LOCATION','sulaymaniyah-governorate'),
 ('L1:ثلاثة صواريخ','QUANTITY',None,(3,False,'missiles')), ('L1:صواريخ من نوع كاتيوشا','WEAPON','katyusha'), ('L1:الحقل','LOCATION','khor-mor-gas-field'),
 ('L1:وزارة الداخلية في حكومة إقليم كوردستان','ACTOR',KRG),
 ('L2:الوزارة','ACTOR',KRG), ('L2:الصواريخ','WEAPON','katyusha'), ('L2:أطراف ناحية قادر كرم','LOCATION','qadir-karam'),
 ('L2:نحو ١٥ كيلومتراً','QUANTITY',None,(15,True,'km')), ('L2:الحقل','LOCATION','khor-mor-gas-field'), ('L2:الجيش العراقي','ACTOR','IQ_GOV'),
 ('L2:الحشد الشعبي','ACTOR',PMF),
 ('L3:الحقل','LOCATION','khor-mor-gas-field'), ('L3:جهات خارجة عن القانون','ACTOR','UNKNOWN'), ('L3:الحكومة الاتحادية','ACTOR','IQ_GOV'),
 ('L4:ناحية قادر كرم','LOCATION','qadir-karam'), ('L4:شوان محمد','PERSON','shwan-mohammed'), ('L4:رووداو','ORG','rudaw'),
 ('L4:الجيش العراقي','ACTOR','IQ_GOV'), ('L4:منصة الإطلاق','WEAPON','launcher'), ('L4:سيارة حمل','WEAPON','pickup-truck'),
 ('L4:الطريق','LOCATION','qadir-karam-tuz-road'), ('L4:طوزخورماتو','LOCATION','tuz-khurmatu'),
 ('L5:الحقل','LOCATION','khor-mor-gas-field'), ('L5:نحو ٤٥٠ مليون قدم مكعب','QUANTITY',None,(450000000,True,'other')),
 ('L5:الإقليم','LOCATION','kurdistan-region'), ('L5:بيرل بتروليوم','ORG','pearl-petroleum'), ('L5:دانة غاز','ORG','dana-gas'),
 ('L6:القنصلية الأمريكية','ACTOR','US'), ('L6:أربيل','LOCATION','erbil'), ('L6:تويتر','ORG','twitter'), ('L6:إقليم كوردستان','LOCATION','kurdistan-region'),
 ('L6:العراق','LOCATION','iraq'), ('L6:بغداد','ACTOR','IQ_GOV'),
 ('L7:وزارة شؤون البيشمركة','ACTOR',PM), ('L7:رووداو','ORG','rudaw'), ('L7:الوزارة','ACTOR',PM),
 ('L7:نحو ٢٠٠ مقاتل','QUANTITY',None,(200,True,'fighters')), ('L7:محيط الحقل','LOCATION','khor-mor-gas-field'), ('L7:الآسايش','ACTOR',ASY),
 ('L7:مداخل الحقل','LOCATION','khor-mor-gas-field'),
 ('L8:مصفاة "كار"','LOCATION','kar-refinery'), ('L8:منطقة خبات','LOCATION','khabat'), ('L8:أربيل#0','LOCATION','erbil'),
 ('L8:ستة صواريخ','QUANTITY',None,(6,False,'missiles')), ('L8:صواريخ','WEAPON','rockets'), ('L8:الحرس الثوري الإيراني','ACTOR','IR'),
 ('L8:١٢ صاروخاً باليستياً','QUANTITY',None,(12,False,'missiles')), ('L8:صاروخاً باليستياً','WEAPON','ballistic-missiles'), ('L8:أربيل#1','LOCATION','erbil'),
 ('L9:فصائل مسلحة موالية لإيران','ACTOR',IBM), ('L9:أربيل','ACTOR',KRG), ('L9:تركيا','LOCATION','turkey'), ('L9:أوروبا','LOCATION','europe'),
 ('L9:الفصائل','ACTOR',IBM), ('L9:الحقل','LOCATION','khor-mor-gas-field'),
]
times = [
 ('L1:مساء أمس الأربعاء', WED, 'part-of-day', {'part': 'evening'}),
 ('L3:منذ نيسان الماضي', '2022-04/2022-06', 'month'),
 ('L4:الساعة التاسعة مساءً', WED, 'part-of-day', {'part': 'evening'}),
 ('L4:صباح اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L7:منذ أمس', WED + '/' + D, 'day'),
 ('L8:مطلع أيار الماضي', '2022-05', 'month'),
 ('L8:آذار الماضي', '2022-03', 'month'),
]
E = 'L1:مساء أمس الأربعاء'
MOI = 'وزارة الداخلية في حكومة إقليم كوردستان'
CON = 'القنصلية الأمريكية في أربيل'
MOP = 'مصدر في وزارة شؤون البيشمركة (رووداو)'
events = [
 dict(type='ATTACK', trig='L1:هجوم', time=E, loc='L1:حقل كورمور للغاز', weapons=['L1:صواريخ من نوع كاتيوشا'], qty=['L1:ثلاثة صواريخ'], attr=MOI),  # 1
 dict(type='STATEMENT', trig='L1:أعلنته', actors=[KRG], attr=MOI),                                                                # 2
 dict(type='STATEMENT', trig='L2:قالت', actors=[KRG], attr=MOI),                                                                  # 3
 dict(type='ATTACK', trig='L2:أُطلقت', time=E, loc='L2:أطراف ناحية قادر كرم', weapons=['L2:الصواريخ'], attr=MOI),                   # 4
 dict(type='MOVEMENT', trig='L2:تنتشر', actors=['IQ_GOV', PMF], loc='L2:أطراف ناحية قادر كرم', attr=MOI),                          # 5
 dict(type='ATTACK', trig='L3:يُستهدف', time='L3:منذ نيسان الماضي', actors=['UNKNOWN'], loc='L3:الحقل', attr=MOI),                   # 6
 dict(type='OPERATION', trig='L3:ملاحقة', mod='planned', actors=['IQ_GOV'], targets=['UNKNOWN'], attr=MOI),                        # 7
 dict(type='STATEMENT', trig='L4:قال', attr='شوان محمد'),                                                                          # 8
 dict(type='STATEMENT', trig='L5:قالت', attr='دانة غاز'),                                                                          # 9
 dict(type='ATTACK', trig='L6:الهجوم', time=E, attr=CON),                                                                          # 10
 dict(type='STATEMENT', trig='L6:قالت', actors=['US'], attr=CON),                                                                  # 11
 dict(type='ATTACK', trig='L6:استهداف', time=E, loc='L6:إقليم كوردستان', attr=CON),                                                 # 12
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:منذ أمس', actors=[PM], loc='L7:محيط الحقل', qty=['L7:نحو ٢٠٠ مقاتل'], attr=MOP),    # 13
 dict(type='MOVEMENT', trig='L7:تتمركز', actors=[ASY], loc='L7:مداخل الحقل', attr=MOP),                                             # 14
 dict(type='ATTACK', trig='L8:هجوم', time='L8:مطلع أيار الماضي', loc='L8:مصفاة "كار"', weapons=['L8:صواريخ'], qty=['L8:ستة صواريخ']),  # 15
 dict(type='ATTACK', trig='L8:أطلق', time='L8:آذار الماضي', actors=['IR'], loc='L8:أربيل#1', weapons=['L8:صاروخاً باليستياً'],
      qty=['L8:١٢ صاروخاً باليستياً']),                                                                                              # 16
 dict(type='STATEMENT', trig='L8:قال', time='L8:آذار الماضي', actors=['IR'], attr='الحرس الثوري الإيراني'),                          # 17
 dict(type='ATTACK', trig='L9:الهجمات', actors=[IBM], attr='مسؤولون كورد'),                                                         # 18
 dict(type='ATTACK', trig='L9:استهداف', mod='denied', actors=[IBM], loc='L9:الحقل', attr='الفصائل'),                                 # 19
]
TD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', assets='قطعات', loc=('أطراف ناحية قادر كرم', 'qadir-karam'), as_of=TD, status='present', source=MOI, line=2, events=[5]),
 dict(actor=PMF, assets='فصائل', loc=('أطراف ناحية قادر كرم', 'qadir-karam'), as_of=TD, status='present', source=MOI, line=2, events=[5]),
 dict(actor=PM, strength=(200, True, 'fighters'), loc=('محيط الحقل', 'khor-mor-gas-field'), as_of=(WED + '/' + D, 'day'), status='reinforced',
      source=MOP, line=7, events=[13]),
 dict(actor=ASY, loc=('مداخل الحقل', 'khor-mor-gas-field'), as_of=TD, status='present', source=MOP, line=7, events=[14]),
]
build('rudaw-khor-mor-rockets', None, 'رووداو', D, L, ents, times, events, forces)
