from build import build
L = [
'القوات الاتحادية تبسط الأمن في كركوك وتتسلم قاعدة "كي وان" وحقول النفط',
'بغداد - كركوك / الصباح',
'بسطت القوات الاتحادية، أمس الاثنين، سيطرتها على مدينة كركوك ومبنى المحافظة ومطار كركوك العسكري وقاعدة "كي وان" شمال غربي المدينة، تنفيذاً لأوامر القائد العام للقوات المسلحة حيدر العبادي بفرض الأمن في المناطق المتنازع عليها.',
'وقال العبادي، في بيان تلقت "الصباح" نسخة منه، إن القوات الاتحادية "نفذت واجبها الدستوري في حماية المواطنين والثروة الوطنية"، داعياً قوات البيشمركة إلى "العمل تحت سلطة الحكومة الاتحادية".',
'وأوضحت قيادة العمليات المشتركة، في بيان، أن قطعات جهاز مكافحة الإرهاب والفرقة التاسعة المدرعة والشرطة الاتحادية وفرقة الرد السريع، بإسناد من الحشد الشعبي، تقدمت من محور جنوب كركوك فجر الاثنين، وتسلمت حقلي بابا كركر وهافانا النفطيين ومقر شركة نفط الشمال "من دون إطلاق رصاصة واحدة".',
'وأشار البيان إلى أن قوات البيشمركة انسحبت من مواقعها في محيط كركوك باتجاه أربيل والسليمانية، فيما رفعت القوات الاتحادية العلم العراقي فوق مبنى المحافظة.',
'في المقابل، اتهمت القيادة العامة لقوات البيشمركة، في بيان، قيادات في الاتحاد الوطني الكردستاني بـ"الخيانة" وإخلاء مواقع في جنوب كركوك، مؤكدة أن عناصرها خاضوا اشتباكات مع القوات المتقدمة فجر أمس قرب ناحية تازة.',
'غير أن المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول نفى وقوع "أي اشتباك" مع البيشمركة، مؤكداً أن القطعات "لم تدخل أي منطقة داخل حدود الإقليم".',
'وفي نينوى، أعلنت خلية الإعلام الحربي أن القوات الاتحادية انتشرت، ليل أمس، في قضاء سنجار وناحية بعشيقة وسد الموصل بعد انسحاب قوات البيشمركة منها، فيما دخلت قوات الحشد الشعبي قضاء طوزخورماتو شرقي صلاح الدين.',
'وكانت البيشمركة قد انتشرت في كركوك ومعظم المناطق المتنازع عليها منذ حزيران 2014، إثر انهيار قطعات الجيش أمام هجوم عصابات "داعش" الإرهابية، فيما رفضت الحكومة الاتحادية نتائج الاستفتاء الذي أجراه الإقليم في الخامس والعشرين من أيلول الماضي.',
'وفي واشنطن، دعت وزارة الخارجية الأميركية الطرفين إلى "تجنب التصعيد"، فيما أكد المتحدث باسم التحالف الدولي العقيد رايان ديلون أن "التحركات في كركوك منسقة وليست هجوماً"، وأن قوات التحالف لم تشارك فيها.',
]
D = '2017-10-17'
Y = '2017-10-16'
PMF = 'OTHER:pmf'
PUK = 'OTHER:puk'
KRG = 'OTHER:krg'
ents = [
 ('L0:القوات الاتحادية','ACTOR','IQ_GOV'), ('L0:كركوك','LOCATION','kirkuk'), ('L0:قاعدة "كي وان"','LOCATION','k1-base'), ('L0:حقول النفط','LOCATION','kirkuk-oilfields'),
 ('L1:بغداد','LOCATION','baghdad'), ('L1:كركوك','LOCATION','kirkuk'), ('L1:الصباح','ORG','alsabah'),
 ('L2:القوات الاتحادية','ACTOR','IQ_GOV'), ('L2:مدينة كركوك','LOCATION','kirkuk'), ('L2:مبنى المحافظة','LOCATION','kirkuk-governorate-building'),
 ('L2:مطار كركوك العسكري','LOCATION','kirkuk-airbase'), ('L2:قاعدة "كي وان"','LOCATION','k1-base'), ('L2:المدينة','LOCATION','kirkuk'),
 ('L2:حيدر العبادي','PERSON','haider-al-abadi'), ('L2:المناطق المتنازع عليها','LOCATION','disputed-territories'),
 ('L3:العبادي','PERSON','haider-al-abadi'), ('L3:الصباح','ORG','alsabah'), ('L3:القوات الاتحادية','ACTOR','IQ_GOV'), ('L3:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L3:الحكومة الاتحادية','ACTOR','IQ_GOV'),
 ('L4:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L4:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L4:الفرقة التاسعة المدرعة','ACTOR','IQ_GOV'),
 ('L4:الشرطة الاتحادية','ACTOR','IQ_GOV'), ('L4:فرقة الرد السريع','ACTOR','IQ_GOV'), ('L4:الحشد الشعبي','ACTOR',PMF), ('L4:كركوك','LOCATION','kirkuk'),
 ('L4:بابا كركر','LOCATION','baba-gurgur-field'), ('L4:هافانا','LOCATION','avana-field'), ('L4:مقر شركة نفط الشمال','LOCATION','north-oil-company-hq'),
 ('L5:قوات البيشمركة','ACTOR','PESHMERGA'), ('L5:كركوك','LOCATION','kirkuk'), ('L5:أربيل','LOCATION','erbil'), ('L5:السليمانية','LOCATION','sulaymaniyah'),
 ('L5:القوات الاتحادية','ACTOR','IQ_GOV'), ('L5:مبنى المحافظة','LOCATION','kirkuk-governorate-building'),
 ('L6:القيادة العامة لقوات البيشمركة','ACTOR','PESHMERGA'), ('L6:الاتحاد الوطني الكردستاني','ACTOR',PUK), ('L6:كركوك','LOCATION','kirkuk'),
 ('L6:القوات المتقدمة','ACTOR','IQ_GOV'), ('L6:ناحية تازة','LOCATION','taza'),
 ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L7:يحيى رسول','PERSON','yahya-rasool'), ('L7:البيشمركة','ACTOR','PESHMERGA'),
 ('L7:القطعات','ACTOR','IQ_GOV'), ('L7:حدود الإقليم','LOCATION','kurdistan-region'),
 ('L8:نينوى','LOCATION','nineveh'), ('L8:خلية الإعلام الحربي','ACTOR','IQ_GOV'), ('L8:القوات الاتحادية','ACTOR','IQ_GOV'), ('L8:قضاء سنجار','LOCATION','sinjar'),
 ('L8:ناحية بعشيقة','LOCATION','bashiqa'), ('L8:سد الموصل','LOCATION','mosul-dam'), ('L8:قوات البيشمركة','ACTOR','PESHMERGA'),
 ('L8:قوات الحشد الشعبي','ACTOR',PMF), ('L8:قضاء طوزخورماتو','LOCATION','tuz-khurmatu'), ('L8:صلاح الدين','LOCATION','salahuddin'),
 ('L9:البيشمركة','ACTOR','PESHMERGA'), ('L9:كركوك','LOCATION','kirkuk'), ('L9:المناطق المتنازع عليها','LOCATION','disputed-territories'),
 ('L9:الجيش','ACTOR','IQ_GOV'), ('L9:داعش','ACTOR','ISIS'), ('L9:الحكومة الاتحادية','ACTOR','IQ_GOV'), ('L9:الإقليم','ACTOR',KRG),
 ('L10:واشنطن','LOCATION','washington'), ('L10:وزارة الخارجية الأميركية','ACTOR','US'), ('L10:التحالف الدولي','ACTOR','COALITION'),
 ('L10:رايان ديلون','PERSON','ryan-dillon'), ('L10:كركوك','LOCATION','kirkuk'), ('L10:قوات التحالف','ACTOR','COALITION'),
]
times = [
 ('L2:أمس الاثنين', Y, 'day'),
 ('L4:فجر الاثنين', Y, 'part-of-day', {'part':'morning'}),
 ('L6:فجر أمس', Y, 'part-of-day', {'part':'morning'}),
 ('L8:ليل أمس', Y, 'part-of-day', {'part':'night'}),
 ('L9:منذ حزيران 2014', '2014-06/2017-10', 'month'),
 ('L9:الخامس والعشرين من أيلول الماضي', '2017-09-25', 'day'),
]
ABD = 'حيدر العبادي'
JOC = 'قيادة العمليات المشتركة'
PGC = 'القيادة العامة لقوات البيشمركة'
YR = 'يحيى رسول'
WMC = 'خلية الإعلام الحربي'
DIL = 'رايان ديلون'
MON = 'L2:أمس الاثنين'
events = [
 dict(type='CONTROL', trig='L2:سيطرتها', time=MON, actors=['IQ_GOV'], targets=['PESHMERGA'], loc='L2:مدينة كركوك'),
 dict(type='STATEMENT', trig='L2:أوامر', actors=['IQ_GOV'], attr=ABD),
 dict(type='OPERATION', trig='L2:فرض الأمن', time=MON, actors=['IQ_GOV'], loc='L2:المناطق المتنازع عليها', attr=ABD),
 dict(type='STATEMENT', trig='L3:قال', actors=['IQ_GOV'], attr=ABD),
 dict(type='STATEMENT', trig='L4:أوضحت', actors=['IQ_GOV'], attr=JOC),
 dict(type='MOVEMENT', trig='L4:تقدمت', time='L4:فجر الاثنين', actors=['IQ_GOV', PMF], loc='L4:كركوك', attr=JOC),
 dict(type='CONTROL', trig='L4:تسلمت', time='L4:فجر الاثنين', actors=['IQ_GOV'], loc='L4:بابا كركر', attr=JOC),
 dict(type='ATTACK', trig='L4:إطلاق رصاصة', mod='denied', actors=['IQ_GOV'], attr=JOC),
 dict(type='WITHDRAWAL', trig='L5:انسحبت', time=MON, actors=['PESHMERGA'], loc='L5:كركوك', attr=JOC),
 dict(type='CONTROL', trig='L5:رفعت', time=MON, actors=['IQ_GOV'], loc='L5:مبنى المحافظة', attr=JOC),
 dict(type='STATEMENT', trig='L6:اتهمت', actors=['PESHMERGA'], attr=PGC),
 dict(type='WITHDRAWAL', trig='L6:إخلاء', time=MON, actors=[PUK], loc='L6:كركوك', attr=PGC),
 dict(type='ATTACK', trig='L6:اشتباكات', time='L6:فجر أمس', actors=['PESHMERGA','IQ_GOV'], loc='L6:ناحية تازة', attr=PGC),
 dict(type='ATTACK', trig='L7:اشتباك', mod='denied', time='L6:فجر أمس', actors=['IQ_GOV','PESHMERGA'], attr=YR),
 dict(type='MOVEMENT', trig='L7:تدخل', mod='denied', actors=['IQ_GOV'], loc='L7:حدود الإقليم', attr=YR),
 dict(type='STATEMENT', trig='L8:أعلنت', actors=['IQ_GOV'], attr=WMC),
 dict(type='MOVEMENT', trig='L8:انتشرت', time='L8:ليل أمس', actors=['IQ_GOV'], loc='L8:قضاء سنجار', attr=WMC),
 dict(type='WITHDRAWAL', trig='L8:انسحاب', time='L8:ليل أمس', actors=['PESHMERGA'], loc='L8:قضاء سنجار', attr=WMC),
 dict(type='MOVEMENT', trig='L8:دخلت', time='L8:ليل أمس', actors=[PMF], loc='L8:قضاء طوزخورماتو', attr=WMC),
 dict(type='MOVEMENT', trig='L9:انتشرت', time='L9:منذ حزيران 2014', actors=['PESHMERGA'], loc='L9:كركوك'),
 dict(type='WITHDRAWAL', trig='L9:انهيار', time='L9:منذ حزيران 2014', actors=['IQ_GOV']),
 dict(type='ATTACK', trig='L9:هجوم', time='L9:منذ حزيران 2014', actors=['ISIS'], targets=['IQ_GOV']),
 dict(type='STATEMENT', trig='L10:دعت', actors=['US'], attr='وزارة الخارجية الأميركية'),
 dict(type='STATEMENT', trig='L10:أكد', actors=['COALITION'], attr=DIL),
 dict(type='MOVEMENT', trig='L10:التحركات', time=MON, actors=['IQ_GOV'], loc='L10:كركوك', attr=DIL),
 dict(type='ATTACK', trig='L10:هجوماً', mod='denied', actors=['IQ_GOV'], targets=['PESHMERGA'], loc='L10:كركوك', attr=DIL),
 dict(type='MOVEMENT', trig='L10:تشارك', mod='denied', actors=['COALITION'], loc='L10:كركوك', attr=DIL),
]
YD = (Y, 'day')
YM = (Y, 'part-of-day')
OD = (D, 'day')
S14 = ('2014-06/2017-10', 'month')
forces = [
 dict(actor='IQ_GOV', loc=('مدينة كركوك','kirkuk'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('مبنى المحافظة','kirkuk-governorate-building'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', loc=('مطار كركوك العسكري','kirkuk-airbase'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', assets='قاعدة', loc=('قاعدة "كي وان"','k1-base'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='IQ_GOV', assets='جهاز مكافحة الإرهاب، الفرقة التاسعة المدرعة، الشرطة الاتحادية، فرقة الرد السريع', loc=('كركوك','kirkuk'), as_of=YM, status='present', source=JOC, line=4, events=[6]),
 dict(actor=PMF, loc=('كركوك','kirkuk'), as_of=YM, status='present', source=JOC, line=4, events=[6]),
 dict(actor='IQ_GOV', loc=('بابا كركر','baba-gurgur-field'), as_of=YM, status='controls', source=JOC, line=4, events=[7]),
 dict(actor='IQ_GOV', loc=('هافانا','avana-field'), as_of=YM, status='controls', source=JOC, line=4, events=[7]),
 dict(actor='IQ_GOV', loc=('مقر شركة نفط الشمال','north-oil-company-hq'), as_of=YM, status='controls', source=JOC, line=4, events=[7]),
 dict(actor='PESHMERGA', assets='مواقع', loc=('كركوك','kirkuk'), as_of=YD, status='withdrawn', source=JOC, line=5, events=[9]),
 dict(actor='IQ_GOV', loc=('مبنى المحافظة','kirkuk-governorate-building'), as_of=YD, status='controls', source=JOC, line=5, events=[10]),
 dict(actor=PUK, assets='مواقع', loc=('كركوك','kirkuk'), as_of=YD, status='withdrawn', source=PGC, line=6, events=[12]),
 dict(actor='PESHMERGA', loc=('ناحية تازة','taza'), as_of=YM, status='present', source=PGC, line=6, events=[13]),
 dict(actor='IQ_GOV', loc=('ناحية تازة','taza'), as_of=YM, status='present', source=PGC, line=6, events=[13]),
 dict(actor='IQ_GOV', loc=('قضاء سنجار','sinjar'), as_of=YM, status='present', source=WMC, line=8, events=[17]),
 dict(actor='IQ_GOV', loc=('ناحية بعشيقة','bashiqa'), as_of=YM, status='present', source=WMC, line=8, events=[17]),
 dict(actor='IQ_GOV', loc=('سد الموصل','mosul-dam'), as_of=YM, status='present', source=WMC, line=8, events=[17]),
 dict(actor='PESHMERGA', loc=('قضاء سنجار','sinjar'), as_of=YM, status='withdrawn', source=WMC, line=8, events=[18]),
 dict(actor='PESHMERGA', loc=('ناحية بعشيقة','bashiqa'), as_of=YM, status='withdrawn', source=WMC, line=8, events=[18]),
 dict(actor='PESHMERGA', loc=('سد الموصل','mosul-dam'), as_of=YM, status='withdrawn', source=WMC, line=8, events=[18]),
 dict(actor=PMF, loc=('قضاء طوزخورماتو','tuz-khurmatu'), as_of=YM, status='arrived', source=WMC, line=8, events=[19]),
 dict(actor='PESHMERGA', loc=('كركوك','kirkuk'), as_of=S14, status='present', line=9, events=[20]),
 dict(actor='PESHMERGA', loc=('المناطق المتنازع عليها','disputed-territories'), as_of=S14, status='present', line=9, events=[20]),
 dict(actor='IQ_GOV', loc=('كركوك','kirkuk'), as_of=YD, status='present', source=DIL, line=10, events=[25]),
]
build('alsabah-kirkuk-federal-forces', None, 'الصباح', D, L, ents, times, events, forces)
