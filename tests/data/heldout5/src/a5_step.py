from build import build
L = [
'مسيّرات تركية تضرب مواقع لـ"قسد" وقوات النظام في ريفي كوباني ومنبج.. و"قسد" تعلق عملياتها ضد "داعش"',
'ستيب نيوز - خاص',
'استهدفت طائرات مسيّرة تركية، فجر اليوم الخميس، مواقع مشتركة لـ"قسد" وقوات النظام في قرية عون الدادات شمال مدينة منبج بريف حلب الشرقي، ما أسفر عن مقتل عنصرين من قوات النظام وإصابة ثلاثة آخرين، بحسب مصادر خاصة لـ"ستيب نيوز".',
'كما قصفت المدفعية التركية بعشرات القذائف قرى تل شعير وزور مغار وبوبان غربي مدينة كوباني (عين العرب)، بالتزامن مع غارة لطائرة حربية على محيط صوامع شيران التي تتخذها "قسد" مقراً عسكرياً.',
'وتأتي هذه الضربات ضمن عملية "المخلب – السيف" الجوية التي أطلقتها تركيا يوم الأحد الماضي ضد مواقع "وحدات حماية الشعب" في شمال سوريا و"حزب العمال الكردستاني" في شمال العراق، رداً على تفجير شارع الاستقلال في إسطنبول في 13 تشرين الثاني/نوفمبر الجاري، الذي أودى بحياة 6 أشخاص.',
'وقال الرئيس التركي رجب طيب أردوغان، أمس الأربعاء، إن بلاده ستطلق عملية برية لتطهير منطقة تل رفعت ومنبج وكوباني من "الإرهابيين"، في إشارة إلى "قسد"، مؤكداً أن الضربات الجوية "مجرد بداية".',
'في المقابل، أعلن القائد العام لـ"قسد" مظلوم عبدي تعليق جميع العمليات المشتركة مع التحالف الدولي ضد خلايا تنظيم "داعش"، محذراً من أن الهجمات التركية تهدد أمن سجون تضم نحو 12 ألف عنصر من التنظيم ومخيم الهول.',
'وعلى صعيد الوساطة، التقى وفد عسكري روسي قيادات من "قسد" في مدينة القامشلي، مساء الثلاثاء، واقترح انسحاب مقاتليها مسافة 30 كيلومتراً عن الحدود التركية وانتشار قوات النظام مكانهم، وفق ما نقلت صحيفة "الوطن" الموالية.',
'ويتمركز في منطقة منبج نحو 70 عنصراً من الشرطة العسكرية الروسية في قرية العريمة، فيما عززت قوات النظام نقاطها على خطوط التماس مع فصائل "الجيش الوطني" بنحو 20 آلية بينها دبابات وراجمات صواريخ خلال الأيام الثلاثة الماضية.',
'يشار إلى أن الولايات المتحدة، التي تنشر نحو 900 جندي في شمال شرق سوريا، دعت أنقرة إلى "خفض التصعيد"، فيما أكدت وزارة الدفاع الروسية أنها تبذل جهوداً لمنع عملية برية تركية.',
]
D = '2022-11-24'
Y = '2022-11-23'
ents = [
 ('L0:قسد#0','ACTOR','SDF'), ('L0:قوات النظام','ACTOR','SY_GOV'), ('L0:ريفي كوباني','LOCATION','kobani-countryside'), ('L0:منبج','LOCATION','manbij-countryside'),
 ('L0:قسد#1','ACTOR','SDF'), ('L0:داعش','ACTOR','ISIS'),
 ('L1:ستيب نيوز','ORG','step-news'),
 ('L2:طائرات مسيّرة','WEAPON','drones'), ('L2:قسد','ACTOR','SDF'), ('L2:قوات النظام#0','ACTOR','SY_GOV'), ('L2:قرية عون الدادات','LOCATION','aoun-al-dadat'),
 ('L2:مدينة منبج','LOCATION','manbij'), ('L2:ريف حلب الشرقي','LOCATION','aleppo-east-countryside'), ('L2:عنصرين','QUANTITY',None,(2,False,'killed')),
 ('L2:قوات النظام#1','ACTOR','SY_GOV'), ('L2:ثلاثة آخرين','QUANTITY',None,(3,False,'wounded')), ('L2:ستيب نيوز','ORG','step-news'),
 ('L3:المدفعية التركية','ACTOR','TR'), ('L3:عشرات القذائف','QUANTITY',None,([24,99],True,'other')), ('L3:القذائف','WEAPON','shells'),
 ('L3:تل شعير','LOCATION','tal-shair'), ('L3:زور مغار','LOCATION','zor-maghar'), ('L3:بوبان','LOCATION','boban'), ('L3:مدينة كوباني','LOCATION','kobani'),
 ('L3:عين العرب','LOCATION','kobani'), ('L3:طائرة حربية','WEAPON','warplane'), ('L3:صوامع شيران','LOCATION','shiran-silos'), ('L3:قسد','ACTOR','SDF'),
 ('L4:تركيا','ACTOR','TR'), ('L4:وحدات حماية الشعب','ACTOR','YPG'), ('L4:شمال سوريا','LOCATION','north-syria'),
 ('L4:حزب العمال الكردستاني','ACTOR','PKK'), ('L4:شمال العراق','LOCATION','north-iraq'), ('L4:شارع الاستقلال','LOCATION','istiklal-street'),
 ('L4:إسطنبول','LOCATION','istanbul'), ('L4:6 أشخاص','QUANTITY',None,(6,False,'killed')),
 ('L5:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L5:منطقة تل رفعت','LOCATION','tal-rifaat'), ('L5:منبج','LOCATION','manbij'),
 ('L5:كوباني','LOCATION','kobani'), ('L5:الإرهابيين','ACTOR','SDF'), ('L5:قسد','ACTOR','SDF'),
 ('L6:قسد','ACTOR','SDF'), ('L6:مظلوم عبدي','PERSON','mazloum-abdi'), ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:تنظيم "داعش"','ACTOR','ISIS'),
 ('L6:نحو 12 ألف عنصر','QUANTITY',None,(12000,True,'arrested')), ('L6:التنظيم','ACTOR','ISIS'), ('L6:مخيم الهول','LOCATION','al-hol-camp'),
 ('L7:وفد عسكري روسي','ACTOR','RU'), ('L7:قسد','ACTOR','SDF'), ('L7:مدينة القامشلي','LOCATION','qamishli'), ('L7:30 كيلومتراً','QUANTITY',None,(30,False,'km')),
 ('L7:الحدود التركية','LOCATION','syria-turkey-border'), ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:صحيفة "الوطن"','ORG','al-watan'),
 ('L8:منطقة منبج','LOCATION','manbij'), ('L8:نحو 70 عنصراً','QUANTITY',None,(70,True,'troops')), ('L8:الشرطة العسكرية الروسية','ACTOR','RU'),
 ('L8:قرية العريمة','LOCATION','al-arima'), ('L8:قوات النظام','ACTOR','SY_GOV'), ('L8:خطوط التماس','LOCATION','manbij-contact-lines'),
 ('L8:فصائل "الجيش الوطني"','ACTOR','FSA'), ('L8:نحو 20 آلية','QUANTITY',None,(20,True,'vehicles')), ('L8:آلية','WEAPON','military-vehicles'),
 ('L8:دبابات','WEAPON','tanks'), ('L8:راجمات صواريخ','WEAPON','rocket-launchers'),
 ('L9:الولايات المتحدة','ACTOR','US'), ('L9:نحو 900 جندي','QUANTITY',None,(900,True,'troops')), ('L9:شمال شرق سوريا','LOCATION','northeast-syria'),
 ('L9:أنقرة','ACTOR','TR'), ('L9:وزارة الدفاع الروسية','ACTOR','RU'),
]
times = [
 ('L2:فجر اليوم الخميس', D, 'part-of-day', {'part':'morning'}),
 ('L4:يوم الأحد الماضي', '2022-11-20', 'day'),
 ('L4:13 تشرين الثاني/نوفمبر الجاري', '2022-11-13', 'day'),
 ('L5:أمس الأربعاء', Y, 'day'),
 ('L7:مساء الثلاثاء', '2022-11-22', 'part-of-day', {'part':'evening'}),
 ('L8:خلال الأيام الثلاثة الماضية', '2022-11-21/2022-11-24', 'day'),
]
SS = 'مصادر خاصة لستيب نيوز'
ER = 'رجب طيب أردوغان'
MA = 'مظلوم عبدي'
WT = 'صحيفة الوطن'
events = [
 dict(type='ATTACK', trig='L2:استهدفت', time='L2:فجر اليوم الخميس', actors=['TR'], targets=['SDF','SY_GOV'], loc='L2:قرية عون الدادات', attr=SS,
      weapons=['L2:طائرات مسيّرة'], qty=['L2:عنصرين','L2:ثلاثة آخرين']),
 dict(type='ATTACK', trig='L3:قصفت', actors=['TR'], loc='L3:تل شعير', weapons=['L3:القذائف'], qty=['L3:عشرات القذائف']),
 dict(type='ATTACK', trig='L3:غارة', actors=['TR'], targets=['SDF'], loc='L3:صوامع شيران', weapons=['L3:طائرة حربية']),
 dict(type='OPERATION', trig='L4:عملية', time='L4:يوم الأحد الماضي', actors=['TR'], targets=['YPG','PKK'], loc='L4:شمال سوريا'),
 dict(type='ATTACK', trig='L4:تفجير', time='L4:13 تشرين الثاني/نوفمبر الجاري', loc='L4:شارع الاستقلال', qty=['L4:6 أشخاص']),
 dict(type='STATEMENT', trig='L5:قال', time='L5:أمس الأربعاء', actors=['TR'], attr=ER),
 dict(type='OPERATION', trig='L5:عملية برية', mod='planned', actors=['TR'], targets=['SDF'], loc='L5:منطقة تل رفعت', attr=ER),
 dict(type='ATTACK', trig='L5:الضربات الجوية', actors=['TR'], targets=['SDF'], attr=ER),
 dict(type='STATEMENT', trig='L6:أعلن', actors=['SDF'], attr=MA),
 dict(type='OPERATION', trig='L6:العمليات المشتركة', actors=['SDF','COALITION'], targets=['ISIS'], attr=MA),
 dict(type='ATTACK', trig='L6:الهجمات', actors=['TR'], targets=['SDF'], attr=MA),
 dict(type='AGREEMENT', trig='L7:اقترح', mod='planned', time='L7:مساء الثلاثاء', actors=['RU','SDF'], loc='L7:مدينة القامشلي', attr=WT),
 dict(type='WITHDRAWAL', trig='L7:انسحاب', mod='planned', actors=['SDF'], loc='L7:الحدود التركية', attr=WT, qty=['L7:30 كيلومتراً']),
 dict(type='MOVEMENT', trig='L7:انتشار', mod='planned', actors=['SY_GOV'], loc='L7:الحدود التركية', attr=WT),
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=['RU'], loc='L8:قرية العريمة', qty=['L8:نحو 70 عنصراً']),
 dict(type='MOVEMENT', trig='L8:عززت', time='L8:خلال الأيام الثلاثة الماضية', actors=['SY_GOV'], loc='L8:خطوط التماس',
      weapons=['L8:آلية','L8:دبابات','L8:راجمات صواريخ'], qty=['L8:نحو 20 آلية']),
 dict(type='MOVEMENT', trig='L9:تنشر', actors=['US'], loc='L9:شمال شرق سوريا', qty=['L9:نحو 900 جندي']),
 dict(type='STATEMENT', trig='L9:دعت', actors=['US']),
 dict(type='STATEMENT', trig='L9:أكدت', actors=['RU'], attr='وزارة الدفاع الروسية'),
 dict(type='OPERATION', trig='L9:عملية برية', mod='expected', actors=['TR'], attr='وزارة الدفاع الروسية'),
]
forces = [
 dict(actor='SDF', assets='مواقع مشتركة', loc=('قرية عون الدادات','aoun-al-dadat'), as_of=(D,'part-of-day'), status='attacked', source=SS, line=2, events=[1]),
 dict(actor='SY_GOV', assets='مواقع مشتركة', loc=('قرية عون الدادات','aoun-al-dadat'), as_of=(D,'part-of-day'), status='attacked', source=SS, line=2, events=[1]),
 dict(actor='SDF', assets='مقر عسكري', loc=('صوامع شيران','shiran-silos'), as_of=(D,'day'), status='attacked', source=None, line=3, events=[3]),
 dict(actor='SDF', assets='مقر عسكري', loc=('صوامع شيران','shiran-silos'), as_of=(D,'day'), status='present', source=None, line=3, events=[]),
 dict(actor='YPG', assets='مواقع', loc=('شمال سوريا','north-syria'), as_of=('2022-11-20','day'), status='attacked', source=None, line=4, events=[4]),
 dict(actor='PKK', assets='مواقع', loc=('شمال العراق','north-iraq'), as_of=('2022-11-20','day'), status='attacked', source=None, line=4, events=[4]),
 dict(actor='RU', assets='وفد عسكري', loc=('مدينة القامشلي','qamishli'), as_of=('2022-11-22','part-of-day'), status='present', source=WT, line=7, events=[12]),
 dict(actor='RU', strength=(70,True,'troops'), assets='الشرطة العسكرية', loc=('منطقة منبج','manbij'), as_of=(D,'day'), status='present', source=None, line=8, events=[15]),
 dict(actor='RU', assets='الشرطة العسكرية', loc=('قرية العريمة','al-arima'), as_of=(D,'day'), status='present', source=None, line=8, events=[15]),
 dict(actor='SY_GOV', assets='نحو 20 آلية بينها دبابات وراجمات صواريخ', loc=('خطوط التماس','manbij-contact-lines'), as_of=('2022-11-21/2022-11-24','day'), status='reinforced', source=None, line=8, events=[16]),
 dict(actor='US', strength=(900,True,'troops'), loc=('شمال شرق سوريا','northeast-syria'), as_of=(D,'day'), status='present', source=None, line=9, events=[17]),
]
build('step-kobani-manbij-drones', None, 'ستيب نيوز', D, L, ents, times, events, forces)
