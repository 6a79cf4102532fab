from build import build
L = [
'العراق يتهم تركيا بقصف منتجع سياحي في دهوك وأنقرة تنفي',
'بغداد - ميدل إيست آي',
'قُتل تسعة سياح عراقيين، بينهم أطفال، وأصيب 23 آخرون، أمس الأربعاء، في قصف مدفعي استهدف منتجعاً سياحياً في قرية برخ التابعة لقضاء زاخو بمحافظة دهوك في إقليم كردستان العراق، وفق ما أعلنت السلطات المحلية.',
'وحمّلت وزارة الخارجية العراقية الجيش التركي مسؤولية القصف، وأعلنت استدعاء القائم بالأعمال التركي في بغداد وتسليمه "مذكرة احتجاج شديدة اللهجة"، مطالبة أنقرة بـ"سحب قواتها العسكرية من جميع الأراضي العراقية".',
'كما قال رئيس الوزراء العراقي مصطفى الكاظمي في تغريدة إن "القوات التركية ارتكبت مرة أخرى انتهاكاً صريحاً لسيادة العراق"، مؤكداً أن بلاده "تحتفظ بحق الرد".',
'في المقابل، نفت وزارة الخارجية التركية، في بيان، أي علاقة للجيش التركي بالقصف، ورجحت أن يكون الهجوم "من تدبير منظمة حزب العمال الكردستاني الإرهابية"، داعية بغداد إلى "عدم الانجرار وراء دعاية الإرهابيين".',
'وقال مسؤول في وزارة الدفاع التركية لـ"ميدل إيست آي"، طالباً عدم الكشف عن هويته، إن القوات التركية "لا تستهدف المدنيين"، وإن عملياتها تقتصر على "مخابئ وكهوف" الحزب في مناطق متينا والزاب وأفاشين-باسيان.',
'وأطلقت تركيا في 17 نيسان/أبريل الماضي عملية "المخلب – القفل" ضد مسلحي الحزب في المناطق الحدودية، وأقامت منذ ذلك الحين عشرات النقاط العسكرية داخل الأراضي العراقية، بحسب مسؤولين أكراد.',
'وتنتشر القوات التركية منذ سنوات في قواعد عدة بإقليم كردستان، أبرزها قاعدة زليكان قرب بعشيقة في محافظة نينوى، التي تعرضت مراراً لهجمات بطائرات مسيرة وصواريخ تبنتها فصائل عراقية موالية لإيران.',
'وتعرضت قرى حدودية في قضاء زاخو خلال الأسابيع الماضية لقصف تركي متكرر، أجبر عشرات العائلات على النزوح، بحسب منظمة "فرق صناع السلام المسيحية".',
'وأعلن مجلس الأمن الوطني العراقي، عقب اجتماع طارئ برئاسة الكاظمي، أن بغداد ستقدم شكوى إلى مجلس الأمن الدولي، فيما خرجت اليوم الخميس تظاهرات غاضبة في بغداد والنجف وكربلاء للمطالبة بطرد السفير التركي.',
]
D = '2022-07-21'   # Thursday, web copy of its own day
W = '2022-07-20'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:العراق','ACTOR','IQ_GOV'), ('L0:تركيا','ACTOR','TR'), ('L0:دهوك','LOCATION','duhok'), ('L0:أنقرة','ACTOR','TR'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:ميدل إيست آي','ORG','mee'),
 ('L2:تسعة سياح','QUANTITY',None,(9,False,'killed')), ('L2:23 آخرون','QUANTITY',None,(23,False,'wounded')),
 ('L2:قرية برخ','LOCATION','barakh'), ('L2:قضاء زاخو','LOCATION','zakho'), ('L2:محافظة دهوك','LOCATION','duhok-governorate'),
 ('L2:إقليم كردستان العراق','LOCATION','kurdistan-region'),
 ('L3:وزارة الخارجية العراقية','ACTOR','IQ_GOV'), ('L3:الجيش التركي','ACTOR','TR'), ('L3:بغداد','LOCATION','baghdad'),
 ('L3:أنقرة','ACTOR','TR'), ('L3:الأراضي العراقية','LOCATION','iraq'),
 ('L4:مصطفى الكاظمي','PERSON','mustafa-al-kadhimi'), ('L4:القوات التركية','ACTOR','TR'), ('L4:العراق#1','LOCATION','iraq'),
 ('L5:وزارة الخارجية التركية','ACTOR','TR'), ('L5:لجيش التركي','ACTOR','TR'), ('L5:حزب العمال الكردستاني','ACTOR','PKK'),
 ('L5:بغداد','ACTOR','IQ_GOV'), ('L5:الإرهابيين','ACTOR','PKK'),
 ('L6:وزارة الدفاع التركية','ACTOR','TR'), ('L6:ميدل إيست آي','ORG','mee'), ('L6:القوات التركية','ACTOR','TR'), ('L6:الحزب','ACTOR','PKK'),
 ('L6:متينا','LOCATION','metina'), ('L6:الزاب','LOCATION','zap'), ('L6:أفاشين-باسيان','LOCATION','avashin-basyan'),
 ('L7:تركيا','ACTOR','TR'), ('L7:الحزب','ACTOR','PKK'), ('L7:المناطق الحدودية','LOCATION','iraq-turkey-border-areas'),
 ('L7:عشرات النقاط العسكرية','QUANTITY',None,([24,99],True,'other')), ('L7:الأراضي العراقية','LOCATION','iraq'),
 ('L8:القوات التركية','ACTOR','TR'), ('L8:قواعد عدة','LOCATION','turkish-bases-kurdistan-region'), ('L8:إقليم كردستان','LOCATION','kurdistan-region'),
 ('L8:قاعدة زليكان','LOCATION','zilkan-base'), ('L8:بعشيقة','LOCATION','bashiqa'), ('L8:محافظة نينوى','LOCATION','nineveh'),
 ('L8:طائرات مسيرة','WEAPON','drones'), ('L8:صواريخ','WEAPON','rockets'), ('L8:فصائل عراقية موالية لإيران','ACTOR',IBM),
 ('L9:قرى حدودية','LOCATION','zakho-border-villages'), ('L9:قضاء زاخو','LOCATION','zakho'),
 ('L9:عشرات العائلات','QUANTITY',None,([24,99],True,'people')), ('L9:فرق صناع السلام المسيحية','ORG','cpt'),
 ('L10:مجلس الأمن الوطني العراقي','ACTOR','IQ_GOV'), ('L10:الكاظمي','PERSON','mustafa-al-kadhimi'), ('L10:بغداد#0','ACTOR','IQ_GOV'),
 ('L10:مجلس الأمن الدولي','ORG','unsc'), ('L10:بغداد#1','LOCATION','baghdad'), ('L10:النجف','LOCATION','najaf'),
 ('L10:كربلاء','LOCATION','karbala'),
]
times = [
 ('L2:أمس الأربعاء', W, 'day'),
 ('L7:17 نيسان/أبريل الماضي', '2022-04-17', 'day'),
 ('L8:منذ سنوات', None, 'vague', {'relation':'before'}),
 ('L9:خلال الأسابيع الماضية', None, 'vague', {'relation':'before'}),
 ('L10:اليوم الخميس', D, 'day'),
]
MFA = 'وزارة الخارجية العراقية'
TMFA = 'وزارة الخارجية التركية'
TOFF = 'مسؤول في وزارة الدفاع التركية (ميدل إيست آي)'
KURD = 'مسؤولين أكراد'
WED = 'L2:أمس الأربعاء'
events = [
 dict(type='ATTACK', trig='L2:قصف مدفعي', time=WED, actors=[], targets=[], loc='L2:قرية برخ', attr='السلطات المحلية',
      qty=['L2:تسعة سياح','L2:23 آخرون']),
 dict(type='ATTACK', trig='L3:القصف', time=WED, actors=['TR'], targets=[], attr=MFA),
 dict(type='STATEMENT', trig='L3:أعلنت', actors=['IQ_GOV'], attr=MFA),
 dict(type='WITHDRAWAL', trig='L3:سحب', mod='planned', actors=['TR'], loc='L3:الأراضي العراقية', attr=MFA),
 dict(type='STATEMENT', trig='L4:قال', actors=['IQ_GOV'], attr='مصطفى الكاظمي'),
 dict(type='ATTACK', trig='L4:الرد', mod='planned', actors=['IQ_GOV'], targets=['TR'], attr='مصطفى الكاظمي'),
 dict(type='ATTACK', trig='L5:القصف', mod='denied', time=WED, actors=['TR'], targets=[], attr=TMFA),
 dict(type='ATTACK', trig='L5:الهجوم', time=WED, actors=['PKK'], targets=[], attr=TMFA),
 dict(type='ATTACK', trig='L6:تستهدف', mod='denied', actors=['TR'], targets=[], attr=TOFF),
 dict(type='OPERATION', trig='L6:عملياتها', actors=['TR'], targets=['PKK'], loc='L6:متينا', attr=TOFF),
 dict(type='OPERATION', trig='L7:عملية', time='L7:17 نيسان/أبريل الماضي', actors=['TR'], targets=['PKK'], loc='L7:المناطق الحدودية', attr=KURD),
 dict(type='BASE', trig='L7:أقامت', actors=['TR'], loc='L7:الأراضي العراقية', attr=KURD, qty=['L7:عشرات النقاط العسكرية']),
 dict(type='MOVEMENT', trig='L8:تنتشر', time='L8:منذ سنوات', actors=['TR'], loc='L8:إقليم كردستان'),
 dict(type='ATTACK', trig='L8:هجمات', actors=[IBM], targets=['TR'], loc='L8:قاعدة زليكان', weapons=['L8:طائرات مسيرة','L8:صواريخ']),
 dict(type='ATTACK', trig='L9:قصف', time='L9:خلال الأسابيع الماضية', actors=['TR'], targets=[], loc='L9:قضاء زاخو',
      attr='فرق صناع السلام المسيحية', qty=['L9:عشرات العائلات']),
 dict(type='STATEMENT', trig='L10:أعلن', actors=['IQ_GOV'], attr='مجلس الأمن الوطني العراقي'),
]
OD = (D, 'day')
VG = (None, 'vague')
APR = ('2022-04-17', 'day')
forces = [
 dict(actor='TR', loc=('متينا','metina'), as_of=OD, status='present', source=TOFF, line=6, events=[10]),
 dict(actor='TR', loc=('الزاب','zap'), as_of=OD, status='present', source=TOFF, line=6, events=[10]),
 dict(actor='TR', loc=('أفاشين-باسيان','avashin-basyan'), as_of=OD, status='present', source=TOFF, line=6, events=[10]),
 dict(actor='PKK', assets='مخابئ وكهوف', loc=('متينا','metina'), as_of=OD, status='attacked', source=TOFF, line=6, events=[10]),
 dict(actor='PKK', assets='مخابئ وكهوف', loc=('الزاب','zap'), as_of=OD, status='attacked', source=TOFF, line=6, events=[10]),
 dict(actor='PKK', assets='مخابئ وكهوف', loc=('أفاشين-باسيان','avashin-basyan'), as_of=OD, status='attacked', source=TOFF, line=6, events=[10]),
 dict(actor='TR', loc=('المناطق الحدودية','iraq-turkey-border-areas'), as_of=APR, status='present', source=KURD, line=7, events=[11]),
 dict(actor='PKK', loc=('المناطق الحدودية','iraq-turkey-border-areas'), as_of=APR, status='attacked', source=KURD, line=7, events=[11]),
 dict(actor='TR', assets='عشرات النقاط العسكرية', loc=('الأراضي العراقية','iraq'), as_of=OD,
      status='present', source=KURD, line=7, events=[12]),
 dict(actor='TR', assets='قواعد عدة', loc=('إقليم كردستان','kurdistan-region'), as_of=VG, status='present', line=8, events=[13]),
 dict(actor='TR', assets='قاعدة', loc=('قاعدة زليكان','zilkan-base'), as_of=VG, status='present', line=8, events=[13]),
 dict(actor='TR', loc=('قاعدة زليكان','zilkan-base'), as_of=OD, status='attacked', line=8, events=[14]),
]
build('mee-zakho-resort-shelling', None, 'ميدل إيست آي', D, L, ents, times, events, forces)
