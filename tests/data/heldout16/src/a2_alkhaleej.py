from build import build
L = [
'«قسد» تعلن القضاء على «دولة داعش» في الباغوز.. وخلايا التنظيم تتوارى في البادية',
'عواصم - «الخليج»، وكالات:',
'أعلنت قوات سوريا الديمقراطية «قسد»، أمس السبت، القضاء التام على ما يسمى «دولة الخلافة» التي أعلنها تنظيم «داعش» الإرهابي قبل نحو خمس سنوات، بعد سيطرتها على آخر جيب للتنظيم في بلدة الباغوز بريف دير الزور الشرقي، إثر معارك استمرت أسابيع بدعم من التحالف الدولي بقيادة واشنطن.',
'وقال المتحدث باسم «قسد» مصطفى بالي في تغريدة على «تويتر» إن «الباغوز تحررت والنصر العسكري على داعش تحقق»، مشيراً إلى أن المقاتلين يمشطون الضفة الشرقية لنهر الفرات بحثاً عن مسلحين متوارين في الأنفاق، بعد استسلام مئات المسلحين مع عائلاتهم خلال الأيام الثلاثة الماضية.',
'وفي حقل العمر النفطي، أقامت «قسد» احتفالاً رسمياً بحضور ممثلين عن التحالف الدولي، تحدث فيه قائدها العام مظلوم عبدي، معلناً «مرحلة جديدة» لملاحقة خلايا التنظيم النائمة، وداعياً إلى إنشاء محكمة دولية لمحاكمة آلاف المعتقلين من عناصره، ومنهم نحو ألف أجنبي.',
'من جهته، قال البيت الأبيض في بيان إن «الخلافة الإقليمية» لداعش أزيلت بنسبة 100%، فيما أكد مسؤول عسكري أمريكي أن نحو 400 جندي أمريكي سيبقون في سوريا «لفترة من الوقت» بعد انسحاب بقية القوات، موزعين بين شمال شرقي البلاد وقاعدة التنف قرب الحدود مع الأردن والعراق.',
'في المقابل، جددت دمشق رفضها لوجود القوات الأمريكية «غير الشرعي» على الأراضي السورية، واتهمت وزارة الخارجية السورية «قسد» بالعمل «أداة» بيد واشنطن، فيما أفادت وكالة الأنباء السورية «سانا» بأن وحدات من الجيش العربي السوري تصدت مساء أمس لهجوم شنته خلايا «داعش» على نقاط عسكرية في بادية الميادين، وقتلت عدداً من المهاجمين.',
'ويرى مراقبون أن إعلان النصر لا يعني نهاية خطر التنظيم، إذ لا يزال آلاف من عناصره ينتشرون في البادية السورية الممتدة بين حمص ودير الزور وفي مناطق بالعراق، ويشنون هجمات متفرقة بأسلوب حرب العصابات.',
]
D = '2019-03-24'   # Sunday; print daily, أمس = Saturday 23 March
SAT = '2019-03-23'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:داعش','ACTOR','ISIS'), ('L0:الباغوز','LOCATION','baghouz'), ('L0:التنظيم','ACTOR','ISIS'),
 ('L0:البادية','LOCATION','syrian-badia'),
 ('L1:الخليج','ORG','alkhaleej'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:تنظيم «داعش»','ACTOR','ISIS'),
 ('L2:نحو خمس سنوات','QUANTITY',None,(5,True,'other')), ('L2:لتنظيم','ACTOR','ISIS'), ('L2:بلدة الباغوز','LOCATION','baghouz'),
 ('L2:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L2:التحالف الدولي','ACTOR','COALITION'), ('L2:واشنطن','ACTOR','US'),
 ('L3:قسد','ACTOR','SDF'), ('L3:مصطفى بالي','PERSON','mustafa-bali'), ('L3:تويتر','ORG','twitter'), ('L3:الباغوز','LOCATION','baghouz'),
 ('L3:داعش','ACTOR','ISIS'), ('L3:الضفة الشرقية لنهر الفرات','LOCATION','euphrates-east-bank'),
 ('L3:مئات المسلحين','QUANTITY',None,([100,999],True,'arrested')),
 ('L4:حقل العمر النفطي','LOCATION','al-omar-oilfield'), ('L4:قسد','ACTOR','SDF'), ('L4:التحالف الدولي','ACTOR','COALITION'),
 ('L4:مظلوم عبدي','PERSON','mazloum-abdi'), ('L4:التنظيم','ACTOR','ISIS'),
 ('L4:آلاف المعتقلين','QUANTITY',None,([1000,9999],True,'arrested')), ('L4:نحو ألف أجنبي','QUANTITY',None,(1000,True,'arrested')),
 ('L5:البيت الأبيض','ACTOR','US'), ('L5:داعش','ACTOR','ISIS'), ('L5:100%','QUANTITY',None,(100,False,'other')),
 ('L5:نحو 400 جندي','QUANTITY',None,(400,True,'troops')), ('L5:سوريا','LOCATION','syria'), ('L5:شمال شرقي البلاد','LOCATION','northeast-syria'),
 ('L5:قاعدة التنف','LOCATION','al-tanf-base'), ('L5:الحدود','LOCATION','syria-jordan-iraq-border'), ('L5:الأردن','LOCATION','jordan'),
 ('L5:العراق','LOCATION','iraq'),
 ('L6:دمشق','ACTOR','SY_GOV'), ('L6:القوات الأمريكية','ACTOR','US'), ('L6:الأراضي السورية','LOCATION','syria'),
 ('L6:وزارة الخارجية السورية','ACTOR','SY_GOV'), ('L6:قسد','ACTOR','SDF'), ('L6:واشنطن','ACTOR','US'),
 ('L6:وكالة الأنباء السورية','ORG','sana'), ('L6:سانا','ORG','sana'), ('L6:الجيش العربي السوري','ACTOR','SY_GOV'),
 ('L6:داعش','ACTOR','ISIS'), ('L6:بادية الميادين','LOCATION','mayadin-desert'),
 ('L7:التنظيم','ACTOR','ISIS'), ('L7:آلاف','QUANTITY',None,([1000,9999],True,'fighters')), ('L7:البادية السورية','LOCATION','syrian-badia'),
 ('L7:حمص','LOCATION','homs'), ('L7:دير الزور','LOCATION','deir-ez-zor'), ('L7:العراق','LOCATION','iraq'),
]
times = [
 ('L2:أمس السبت', SAT, 'day'),
 ('L3:خلال الأيام الثلاثة الماضية', '2019-03-21/2019-03-24', 'day'),
 ('L6:مساء أمس', SAT, 'part-of-day', {'part': 'evening'}),
]
YEST = 'L2:أمس السبت'
SDFA = 'قوات سوريا الديمقراطية'
BALI = 'مصطفى بالي'
WH = 'البيت الأبيض'
USO = 'مسؤول عسكري أمريكي'
SANA = 'سانا'
OBS = 'مراقبون'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=YEST, actors=['SDF'], attr=SDFA),                                                   # 1
 dict(type='ATTACK', trig='L2:القضاء التام', time=YEST, actors=['SDF'], targets=['ISIS'], attr=SDFA),                              # 2
 dict(type='CONTROL', trig='L2:سيطرتها', time=YEST, actors=['SDF'], targets=['ISIS'], loc='L2:بلدة الباغوز', attr=SDFA),            # 3
 dict(type='ATTACK', trig='L2:معارك', actors=['SDF','ISIS','COALITION'], loc='L2:بلدة الباغوز', attr=SDFA),                          # 4
 dict(type='STATEMENT', trig='L3:قال', time=YEST, actors=['SDF'], attr=BALI),                                                      # 5
 dict(type='CONTROL', trig='L3:تحررت', time=YEST, actors=['SDF'], targets=['ISIS'], loc='L3:الباغوز', attr=BALI),                   # 6
 dict(type='OPERATION', trig='L3:يمشطون', actors=['SDF'], targets=['ISIS'], loc='L3:الضفة الشرقية لنهر الفرات', attr=BALI),          # 7
 dict(type='ARREST', trig='L3:استسلام', time='L3:خلال الأيام الثلاثة الماضية', actors=['SDF'], targets=['ISIS'], attr=BALI,
      qty=['L3:مئات المسلحين']),                                                                                                     # 8
 dict(type='OPERATION', trig='L4:لملاحقة', mod='planned', actors=['SDF'], targets=['ISIS'], attr='مظلوم عبدي'),                     # 9
 dict(type='STATEMENT', trig='L5:قال', actors=['US'], attr=WH),                                                                    # 10
 dict(type='WITHDRAWAL', trig='L5:انسحاب', mod='planned', actors=['US'], loc='L5:سوريا', attr=USO),                                  # 11
 dict(type='ATTACK', trig='L6:تصدت', time='L6:مساء أمس', actors=['SY_GOV'], targets=['ISIS'], loc='L6:بادية الميادين', attr=SANA),   # 12
 dict(type='ATTACK', trig='L6:لهجوم', time='L6:مساء أمس', actors=['ISIS'], targets=['SY_GOV'], loc='L6:بادية الميادين', attr=SANA),  # 13
 dict(type='ATTACK', trig='L6:قتلت', time='L6:مساء أمس', actors=['SY_GOV'], targets=['ISIS'], loc='L6:بادية الميادين', attr=SANA),   # 14
 dict(type='MOVEMENT', trig='L7:ينتشرون', actors=['ISIS'], loc='L7:البادية السورية', attr=OBS, qty=['L7:آلاف']),                   # 15
 dict(type='ATTACK', trig='L7:هجمات', actors=['ISIS'], attr=OBS),                                                                  # 16
]
OD = (D, 'day')
SATD = (SAT, 'day')
EVE = (SAT, 'part-of-day')
forces = [
 dict(actor='SDF', loc=('بلدة الباغوز','baghouz'), as_of=SATD, status='controls', source=SDFA, line=2, events=[3]),
 dict(actor='SDF', loc=('بلدة الباغوز','baghouz'), as_of=(None, 'vague'), status='present', source=SDFA, line=2, events=[4]),
 dict(actor='ISIS', loc=('بلدة الباغوز','baghouz'), as_of=(None, 'vague'), status='present', source=SDFA, line=2, events=[4]),
 dict(actor='SDF', loc=('الباغوز','baghouz'), as_of=SATD, status='controls', source=BALI, line=3, events=[6]),
 dict(actor='SDF', loc=('الضفة الشرقية لنهر الفرات','euphrates-east-bank'), as_of=OD, status='present', source=BALI, line=3, events=[7]),
 dict(actor='SDF', assets='احتفال رسمي', loc=('حقل العمر النفطي','al-omar-oilfield'), as_of=SATD, status='present', line=4, events=[]),
 dict(actor='US', strength=(400, True, 'troops'), loc=('سوريا','syria'), as_of=OD, status='present', source=USO, line=5, events=[]),
 dict(actor='US', loc=('شمال شرقي البلاد','northeast-syria'), as_of=OD, status='present', source=USO, line=5, events=[]),
 dict(actor='US', loc=('قاعدة التنف','al-tanf-base'), as_of=OD, status='present', source=USO, line=5, events=[]),
 dict(actor='US', loc=('الأراضي السورية','syria'), as_of=OD, status='present', source='دمشق', line=6, events=[]),
 dict(actor='SY_GOV', assets='نقاط عسكرية', loc=('بادية الميادين','mayadin-desert'), as_of=EVE, status='attacked', source=SANA, line=6, events=[13]),
 dict(actor='SY_GOV', assets='نقاط عسكرية', loc=('بادية الميادين','mayadin-desert'), as_of=EVE, status='present', source=SANA, line=6, events=[12, 13]),
 dict(actor='ISIS', loc=('بادية الميادين','mayadin-desert'), as_of=EVE, status='present', source=SANA, line=6, events=[13]),
 dict(actor='ISIS', strength=([1000, 9999], True, 'fighters'), loc=('البادية السورية','syrian-badia'), as_of=OD, status='present', source=OBS, line=7, events=[15]),
 dict(actor='ISIS', strength=([1000, 9999], True, 'fighters'), loc=('العراق','iraq'), as_of=OD, status='present', source=OBS, line=7, events=[15]),
]
build('alkhaleej-baghouz', None, 'الخليج', D, L, ents, times, events, forces)
