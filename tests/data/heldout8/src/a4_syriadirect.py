from build import build
L = [
'الباغوز: "قسد" تستأنف الهجوم على آخر جيب لتنظيم الدولة شرق الفرات',
'عمّان- سوريا على طول',
'استأنفت قوات سوريا الديمقراطية (قسد)، مساء الأحد، هجومها على بلدة الباغوز في ريف دير الزور الشرقي، آخر جيب لتنظيم الدولة شرق نهر الفرات، بعد انتهاء مهلة منحتها لمقاتلي التنظيم للاستسلام.',
'وقال مدير المركز الإعلامي لـ"قسد"، مصطفى بالي، إن مقاتلي التنظيم شنوا ليل الاثنين هجوماً معاكساً مستخدمين انتحاريين وسيارات مفخخة، إلا أن قواته تمكنت من صده بإسناد من طيران التحالف الدولي.',
'وأضاف بالي أن نحو 3 آلاف من عناصر التنظيم وعائلاتهم سلّموا أنفسهم لـ"قسد" منذ صباح الاثنين، فيما خرج أكثر من 60 ألف شخص من الجيب منذ مطلع كانون الثاني/يناير الماضي، نُقل معظمهم إلى مخيم الهول في ريف الحسكة.',
'وقال قيادي ميداني في "قسد" لـ"سوريا على طول"، طالباً عدم الكشف عن اسمه، إن مئات المقاتلين المتبقين في صفوف التنظيم، ومعظمهم من الأجانب، باتوا محاصرين في مساحة لا تتجاوز نصف كيلومتر مربع على ضفة النهر، ويتحصنون في شبكة من الأنفاق والخنادق.',
'من جهته، قال المتحدث باسم التحالف الدولي، العقيد شون رايان، إن طائرات التحالف نفذت عشرات الضربات على مواقع التنظيم في الباغوز منذ مساء الأحد، مؤكداً أن الضربات "ستستمر حتى القضاء على آخر جيب".',
'ويأتي الهجوم بعد أسابيع من إعلان البيت الأبيض أن نحو 400 جندي أمريكي سيبقون في سوريا بعد الانسحاب الذي أعلنه الرئيس دونالد ترامب في كانون الأول/ديسمبر الماضي، نصفهم في شمال شرق البلاد والنصف الآخر في قاعدة التنف.',
'وعلى الجانب العراقي من الحدود، عززت قيادة العمليات المشتركة انتشار قطعاتها في قضاء القائم المحاذي للباغوز، تحسباً لتسلل عناصر فارين من الجيب، بحسب بيان لخلية الإعلام الأمني.',
'ووثق المرصد السوري لحقوق الإنسان مقتل 38 عنصراً من التنظيم و7 من مقاتلي "قسد" في اشتباكات يوم الاثنين على أطراف الباغوز.',
'ويرجّح محللون أن تسيطر "قسد" على الجيب بالكامل خلال أيام، لكنهم يحذرون من أن خلايا التنظيم ستواصل شن هجمات في دير الزور والرقة بعد سقوط الباغوز.',
]
D = '2019-03-12'
SUN = '2019-03-10'
MON = '2019-03-11'
ents = [
 ('L0:الباغوز','LOCATION','baghouz'), ('L0:قسد','ACTOR','SDF'), ('L0:تنظيم الدولة','ACTOR','ISIS'), ('L0:شرق الفرات','LOCATION','east-of-euphrates'),
 ('L1:عمّان','LOCATION','amman'), ('L1:سوريا على طول','ORG','syria-direct'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:بلدة الباغوز','LOCATION','baghouz'),
 ('L2:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'), ('L2:تنظيم الدولة','ACTOR','ISIS'), ('L2:شرق نهر الفرات','LOCATION','east-of-euphrates'),
 ('L2:التنظيم','ACTOR','ISIS'),
 ('L3:قسد','ACTOR','SDF'), ('L3:مصطفى بالي','PERSON','mustafa-bali'), ('L3:التنظيم','ACTOR','ISIS'), ('L3:سيارات مفخخة','WEAPON','car-bombs'),
 ('L3:طيران التحالف الدولي','ACTOR','COALITION'),
 ('L4:بالي','PERSON','mustafa-bali'), ('L4:نحو 3 آلاف','QUANTITY',None,(3000,True,'arrested')), ('L4:التنظيم','ACTOR','ISIS'), ('L4:قسد','ACTOR','SDF'),
 ('L4:أكثر من 60 ألف شخص','QUANTITY',None,(60000,True,'people')), ('L4:الجيب','LOCATION','baghouz-pocket'), ('L4:مخيم الهول','LOCATION','al-hol-camp'),
 ('L4:ريف الحسكة','LOCATION','hasakah-countryside'),
 ('L5:قسد','ACTOR','SDF'), ('L5:سوريا على طول','ORG','syria-direct'), ('L5:مئات المقاتلين','QUANTITY',None,([100,999],True,'fighters')),
 ('L5:التنظيم','ACTOR','ISIS'), ('L5:نصف كيلومتر مربع','QUANTITY',None,(0.5,True,'other')), ('L5:ضفة النهر','LOCATION','baghouz-euphrates-bank'),
 ('L6:التحالف الدولي','ACTOR','COALITION'), ('L6:شون رايان','PERSON','sean-ryan'), ('L6:طائرات','WEAPON','warplanes'), ('L6:التحالف#1','ACTOR','COALITION'),
 ('L6:عشرات الضربات','QUANTITY',None,([24,99],True,'other')), ('L6:التنظيم','ACTOR','ISIS'), ('L6:الباغوز','LOCATION','baghouz'),
 ('L7:البيت الأبيض','ACTOR','US'), ('L7:نحو 400 جندي','QUANTITY',None,(400,True,'troops')), ('L7:سوريا','LOCATION','syria'),
 ('L7:دونالد ترامب','PERSON','donald-trump'), ('L7:شمال شرق البلاد','LOCATION','northeast-syria'), ('L7:قاعدة التنف','LOCATION','al-tanf-base'),
 ('L8:الحدود','LOCATION','iraq-syria-border'), ('L8:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L8:قضاء القائم','LOCATION','al-qaim'),
 ('L8:لباغوز','LOCATION','baghouz'), ('L8:الجيب','LOCATION','baghouz-pocket'), ('L8:خلية الإعلام الأمني','ACTOR','IQ_GOV'),
 ('L9:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L9:38 عنصراً','QUANTITY',None,(38,False,'killed')), ('L9:التنظيم','ACTOR','ISIS'),
 ('L9:7','QUANTITY',None,(7,False,'killed')), ('L9:قسد','ACTOR','SDF'), ('L9:الباغوز','LOCATION','baghouz'),
 ('L10:قسد','ACTOR','SDF'), ('L10:الجيب','LOCATION','baghouz-pocket'), ('L10:التنظيم','ACTOR','ISIS'), ('L10:دير الزور','LOCATION','deir-ez-zor'),
 ('L10:الرقة','LOCATION','raqqa'), ('L10:الباغوز','LOCATION','baghouz'),
]
times = [
 ('L2:مساء الأحد', SUN, 'part-of-day', {'part':'evening'}),
 ('L3:ليل الاثنين', MON, 'part-of-day', {'part':'night'}),
 ('L4:منذ صباح الاثنين', MON+'/'+D, 'part-of-day', {'part':'morning'}),
 ('L4:منذ مطلع كانون الثاني/يناير الماضي', '2019-01/2019-03', 'month'),
 ('L6:منذ مساء الأحد', SUN+'/'+D, 'part-of-day', {'part':'evening'}),
 ('L7:كانون الأول/ديسمبر الماضي', '2018-12', 'month'),
 ('L9:يوم الاثنين', MON, 'day'),
 ('L10:خلال أيام', D+'/', 'vague', {'relation':'after'}),
]
BALI = 'مصطفى بالي'
CMD = 'قيادي ميداني في قسد (سوريا على طول)'
RYAN = 'شون رايان'
WH = 'البيت الأبيض'
SMC = 'خلية الإعلام الأمني'
SOHR = 'المرصد السوري لحقوق الإنسان'
AN = 'محللون'
events = [
 dict(type='OPERATION', trig='L2:هجومها', time='L2:مساء الأحد', actors=['SDF'], targets=['ISIS'], loc='L2:بلدة الباغوز'),
 dict(type='STATEMENT', trig='L3:قال', actors=['SDF'], attr=BALI),
 dict(type='ATTACK', trig='L3:هجوماً معاكساً', time='L3:ليل الاثنين', actors=['ISIS'], targets=['SDF'], attr=BALI, weapons=['L3:سيارات مفخخة']),
 dict(type='ATTACK', trig='L3:صده', time='L3:ليل الاثنين', actors=['SDF','COALITION'], targets=['ISIS'], attr=BALI),
 dict(type='ARREST', trig='L4:سلّموا أنفسهم', time='L4:منذ صباح الاثنين', actors=['SDF'], targets=['ISIS'], attr=BALI, qty=['L4:نحو 3 آلاف']),
 dict(type='OPERATION', trig='L5:محاصرين', actors=['SDF'], targets=['ISIS'], loc='L5:ضفة النهر', attr=CMD,
      qty=['L5:مئات المقاتلين','L5:نصف كيلومتر مربع']),
 dict(type='STATEMENT', trig='L6:قال', actors=['COALITION'], attr=RYAN),
 dict(type='ATTACK', trig='L6:الضربات#0', time='L6:منذ مساء الأحد', actors=['COALITION'], targets=['ISIS'], loc='L6:الباغوز', attr=RYAN,
      weapons=['L6:طائرات'], qty=['L6:عشرات الضربات']),
 dict(type='ATTACK', trig='L6:الضربات#1', mod='planned', actors=['COALITION'], targets=['ISIS'], attr=RYAN),
 dict(type='OPERATION', trig='L7:الهجوم', time='L2:مساء الأحد', actors=['SDF'], targets=['ISIS']),
 dict(type='STATEMENT', trig='L7:إعلان', actors=['US'], attr=WH),
 dict(type='WITHDRAWAL', trig='L7:الانسحاب', mod='planned', time='L7:كانون الأول/ديسمبر الماضي', actors=['US'], loc='L7:سوريا', attr='دونالد ترامب'),
 dict(type='STATEMENT', trig='L7:أعلنه', time='L7:كانون الأول/ديسمبر الماضي', actors=['US'], attr='دونالد ترامب'),
 dict(type='MOVEMENT', trig='L8:عززت', actors=['IQ_GOV'], loc='L8:قضاء القائم', attr=SMC),
 dict(type='MOVEMENT', trig='L8:تسلل', mod='expected', actors=['ISIS'], loc='L8:قضاء القائم', attr=SMC),
 dict(type='STATEMENT', trig='L8:بيان', actors=['IQ_GOV'], attr=SMC),
 dict(type='ATTACK', trig='L9:اشتباكات', time='L9:يوم الاثنين', actors=['SDF','ISIS'], loc='L9:الباغوز', attr=SOHR, qty=['L9:38 عنصراً','L9:7']),
 dict(type='CONTROL', trig='L10:تسيطر', mod='planned', time='L10:خلال أيام', actors=['SDF'], loc='L10:الجيب', attr=AN),
 dict(type='ATTACK', trig='L10:هجمات', mod='expected', actors=['ISIS'], loc='L10:دير الزور', attr=AN),
]
SE = (SUN, 'part-of-day')
OD = (D, 'day')
forces = [
 dict(actor='SDF', loc=('بلدة الباغوز','baghouz'), as_of=SE, status='present', line=2, events=[1]),
 dict(actor='ISIS', assets='آخر جيب', loc=('بلدة الباغوز','baghouz'), as_of=SE, status='present', line=2, events=[1]),
 dict(actor='ISIS', strength=([100,999], True, 'fighters'), assets='أنفاق وخنادق', loc=('ضفة النهر','baghouz-euphrates-bank'), as_of=OD,
      status='present', source=CMD, line=5, events=[6]),
 dict(actor='SDF', loc=('ضفة النهر','baghouz-euphrates-bank'), as_of=OD, status='present', source=CMD, line=5, events=[6]),
 dict(actor='ISIS', assets='مواقع', loc=('الباغوز','baghouz'), as_of=(SUN+'/'+D, 'part-of-day'), status='attacked', source=RYAN, line=6, events=[8]),
 dict(actor='US', strength=(400, True, 'troops'), loc=('سوريا','syria'), as_of=OD, status='present', source=WH, line=7, events=[11]),
 dict(actor='US', loc=('شمال شرق البلاد','northeast-syria'), as_of=OD, status='present', source=WH, line=7, events=[11]),
 dict(actor='US', assets='قاعدة', loc=('قاعدة التنف','al-tanf-base'), as_of=OD, status='present', source=WH, line=7, events=[11]),
 dict(actor='IQ_GOV', assets='قطعات', loc=('قضاء القائم','al-qaim'), as_of=OD, status='reinforced', source=SMC, line=8, events=[14]),
 dict(actor='SDF', loc=('الباغوز','baghouz'), as_of=(MON, 'day'), status='present', source=SOHR, line=9, events=[17]),
 dict(actor='ISIS', loc=('الباغوز','baghouz'), as_of=(MON, 'day'), status='present', source=SOHR, line=9, events=[17]),
]
build('syriadirect-baghouz-assault', None, 'سوريا على طول', D, L, ents, times, events, forces)
