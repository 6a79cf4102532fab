from build import build
L = [
'الجيش يحرر خان شيخون ويطبق الطوق على جيب ريف حماة الشمالي',
'حماة - الوطن',
'أعادت وحدات الجيش العربي السوري، أمس، الأمن والاستقرار إلى مدينة خان شيخون في ريف إدلب الجنوبي، بعد معارك عنيفة خاضتها منذ فجر الإثنين مع تنظيم "جبهة النصرة" الإرهابي والميليشيات المتحالفة معه.',
'وقال مصدر ميداني لـ"الوطن" إن وحدات الجيش وصلت إلى الطريق الدولي حلب - دمشق شمال المدينة، وأطبقت بذلك الطوق على بلدات مورك واللطامنة وكفرزيتا ولطمين في ريف حماة الشمالي.',
'وأوضح المصدر أن وحدات الهندسة بدأت بتمشيط أحياء خان شيخون وتفكيك العبوات الناسفة والألغام التي زرعها الإرهابيون، في حين فر العشرات منهم باتجاه معرة النعمان شمالاً.',
'وكان رتل عسكري تركي يضم نحو 50 آلية، بينها ناقلات جند ودبابات، قد دخل الأراضي السورية فجر الإثنين عبر معبر كفرلوسين متجهاً نحو خان شيخون، قبل أن يتوقف في بلدة معر حطاط جنوب معرة النعمان إثر غارة استهدفت الطريق أمامه.',
'وأدانت وزارة الخارجية والمغتربين، في بيان، دخول الآليات التركية "المحملة بالذخائر والأسلحة" إلى الأراضي السورية "لنجدة الإرهابيين المهزومين"، معتبرة ذلك "عدواناً سافراً" على سيادة سورية.',
'في المقابل، قالت وزارة الدفاع التركية إن غارة جوية استهدفت الرتل وأسفرت عن مقتل ثلاثة مدنيين وإصابة 12 آخرين، مؤكدة أن نقاط المراقبة التركية في إدلب "ستواصل مهامها" ولن يتم إخلاؤها.',
'وبحسب المصدر، فإن نحو 1500 مسلح من "النصرة" و"جيش العزة" ما زالوا داخل الجيب المحاصر، يتحصن معظمهم في بلدة اللطامنة، فيما يتمركز نحو 200 جندي تركي في نقطة المراقبة التاسعة في مورك.',
'وكانت وحدات الجيش قد استأنفت عملياتها العسكرية في ريفي حماة الشمالي وإدلب الجنوبي في الخامس من آب الجاري، بعد أن خرقت "النصرة" وقف إطلاق النار الذي أُعلن مطلع الشهر.',
'ويعد تحرير خان شيخون، التي سيطر عليها الإرهابيون منذ عام 2014، خطوة أساسية نحو فتح الطريق الدولي حلب - دمشق، الذي تسعى الدولة السورية لاستعادته بالكامل.',
]
D = '2019-08-22'
Y = '2019-08-21'
MON = '2019-08-19'
IZZA = 'OTHER:jaish-al-izza'
ents = [
 ('L0:الجيش','ACTOR','SY_GOV'), ('L0:خان شيخون','LOCATION','khan-shaykhun'), ('L0:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L1:حماة','LOCATION','hama'), ('L1:الوطن','ORG','alwatan-syria'),
 ('L2:الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:مدينة خان شيخون','LOCATION','khan-shaykhun'), ('L2:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L2:تنظيم "جبهة النصرة"','ACTOR','NUSRA'), ('L2:الميليشيات المتحالفة معه','ACTOR','FSA'),
 ('L3:الوطن','ORG','alwatan-syria'), ('L3:الجيش','ACTOR','SY_GOV'), ('L3:الطريق الدولي','LOCATION','m5-highway'), ('L3:حلب','LOCATION','aleppo'),
 ('L3:دمشق','LOCATION','damascus'), ('L3:المدينة','LOCATION','khan-shaykhun'), ('L3:مورك','LOCATION','morek'), ('L3:اللطامنة','LOCATION','al-latamina'),
 ('L3:كفرزيتا','LOCATION','kafr-zita'), ('L3:لطمين','LOCATION','latmin'), ('L3:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L4:وحدات الهندسة','ACTOR','SY_GOV'), ('L4:أحياء خان شيخون','LOCATION','khan-shaykhun'), ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L4:الألغام','WEAPON','mines'), ('L4:الإرهابيون','ACTOR','NUSRA'), ('L4:العشرات','QUANTITY',None,([24,99],True,'fighters')),
 ('L4:معرة النعمان','LOCATION','maarat-al-numan'),
 ('L5:نحو 50 آلية','QUANTITY',None,(50,True,'vehicles')), ('L5:آلية','WEAPON','military-vehicles'), ('L5:ناقلات جند','WEAPON','apc'),
 ('L5:دبابات','WEAPON','tanks'), ('L5:الأراضي السورية','LOCATION','syria'), ('L5:معبر كفرلوسين','LOCATION','kafr-lusin-crossing'),
 ('L5:خان شيخون','LOCATION','khan-shaykhun'), ('L5:بلدة معر حطاط','LOCATION','maar-hattat'), ('L5:معرة النعمان','LOCATION','maarat-al-numan'),
 ('L5:الطريق','LOCATION','m5-highway'),
 ('L6:وزارة الخارجية والمغتربين','ACTOR','SY_GOV'), ('L6:الآليات','WEAPON','military-vehicles'), ('L6:الذخائر','WEAPON','ammunition'),
 ('L6:الأسلحة','WEAPON','weapons'), ('L6:الأراضي السورية','LOCATION','syria'), ('L6:الإرهابيين','ACTOR','NUSRA'), ('L6:سورية#1','LOCATION','syria'),
 ('L7:وزارة الدفاع التركية','ACTOR','TR'), ('L7:ثلاثة مدنيين','QUANTITY',None,(3,False,'killed')), ('L7:12 آخرين','QUANTITY',None,(12,False,'wounded')),
 ('L7:إدلب','LOCATION','idlib-governorate'),
 ('L8:نحو 1500 مسلح','QUANTITY',None,(1500,True,'fighters')), ('L8:النصرة','ACTOR','NUSRA'), ('L8:جيش العزة','ACTOR',IZZA),
 ('L8:الجيب المحاصر','LOCATION','hama-north-pocket'), ('L8:بلدة اللطامنة','LOCATION','al-latamina'), ('L8:نحو 200 جندي','QUANTITY',None,(200,True,'troops')),
 ('L8:نقطة المراقبة التاسعة','LOCATION','morek-observation-post'), ('L8:مورك','LOCATION','morek'),
 ('L9:الجيش','ACTOR','SY_GOV'), ('L9:ريفي حماة الشمالي','LOCATION','hama-north-countryside'), ('L9:إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L9:النصرة','ACTOR','NUSRA'),
 ('L10:خان شيخون','LOCATION','khan-shaykhun'), ('L10:الإرهابيون','ACTOR','NUSRA'), ('L10:الطريق الدولي','LOCATION','m5-highway'),
 ('L10:حلب','LOCATION','aleppo'), ('L10:دمشق','LOCATION','damascus'), ('L10:الدولة السورية','ACTOR','SY_GOV'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L2:منذ فجر الإثنين', MON+'/'+D, 'part-of-day', {'part':'morning'}),
 ('L5:فجر الإثنين', MON, 'part-of-day', {'part':'morning'}),
 ('L9:الخامس من آب الجاري', '2019-08-05', 'day'),
 ('L9:مطلع الشهر', '2019-08', 'month'),
 ('L10:منذ عام 2014', '2014/2019', 'year'),
]
SRC = 'مصدر ميداني (الوطن)'
MFA = 'وزارة الخارجية والمغتربين'
TMOD = 'وزارة الدفاع التركية'
FM = 'L5:فجر الإثنين'
events = [
 dict(type='CONTROL', trig='L2:أعادت', time='L2:أمس', actors=['SY_GOV'], targets=['NUSRA','FSA'], loc='L2:مدينة خان شيخون'),
 dict(type='ATTACK', trig='L2:معارك', time='L2:منذ فجر الإثنين', actors=['SY_GOV','NUSRA','FSA'], loc='L2:مدينة خان شيخون'),
 dict(type='MOVEMENT', trig='L3:وصلت', actors=['SY_GOV'], loc='L3:الطريق الدولي', attr=SRC),
 dict(type='OPERATION', trig='L3:أطبقت', actors=['SY_GOV'], targets=['NUSRA'], loc='L3:مورك', attr=SRC),
 dict(type='OPERATION', trig='L4:تمشيط', actors=['SY_GOV'], loc='L4:أحياء خان شيخون', attr=SRC),
 dict(type='WITHDRAWAL', trig='L4:فر', actors=['NUSRA'], loc='L4:أحياء خان شيخون', attr=SRC, qty=['L4:العشرات']),
 dict(type='MOVEMENT', trig='L5:دخل', time=FM, actors=['TR'], loc='L5:معبر كفرلوسين',
      weapons=['L5:آلية','L5:ناقلات جند','L5:دبابات'], qty=['L5:نحو 50 آلية']),
 dict(type='MOVEMENT', trig='L5:متجهاً', time=FM, actors=['TR'], loc='L5:خان شيخون'),
 dict(type='ATTACK', trig='L5:غارة', time=FM, actors=[], targets=[], loc='L5:الطريق'),
 dict(type='STATEMENT', trig='L6:أدانت', actors=['SY_GOV'], attr=MFA),
 dict(type='MOVEMENT', trig='L6:دخول', time=FM, actors=['TR'], loc='L6:الأراضي السورية', attr=MFA, weapons=['L6:الآليات']),
 dict(type='STATEMENT', trig='L7:قالت', actors=['TR'], attr=TMOD),
 dict(type='ATTACK', trig='L7:غارة جوية', time=FM, actors=[], targets=['TR'], attr=TMOD, qty=['L7:ثلاثة مدنيين','L7:12 آخرين']),
 dict(type='WITHDRAWAL', trig='L7:إخلاؤها', mod='denied', actors=['TR'], loc='L7:إدلب', attr=TMOD),
 dict(type='OPERATION', trig='L8:المحاصر', actors=['SY_GOV'], targets=['NUSRA', IZZA], loc='L8:الجيب المحاصر', attr=SRC),
 dict(type='MOVEMENT', trig='L8:يتمركز', actors=['TR'], loc='L8:مورك', attr=SRC, qty=['L8:نحو 200 جندي']),
 dict(type='OPERATION', trig='L9:عملياتها العسكرية', time='L9:الخامس من آب الجاري', actors=['SY_GOV'], targets=['NUSRA'], loc='L9:ريفي حماة الشمالي'),
 dict(type='AGREEMENT', trig='L9:وقف إطلاق النار', time='L9:مطلع الشهر', actors=[]),
 dict(type='CONTROL', trig='L10:تحرير', time='L2:أمس', actors=['SY_GOV'], loc='L10:خان شيخون'),
 dict(type='CONTROL', trig='L10:سيطر', time='L10:منذ عام 2014', actors=['NUSRA'], loc='L10:خان شيخون'),
 dict(type='CONTROL', trig='L10:استعادته', mod='planned', actors=['SY_GOV'], loc='L10:الطريق الدولي'),
]
YD = (Y, 'day')
SM = (MON+'/'+D, 'part-of-day')
OD = (D, 'day')
MM = (MON, 'part-of-day')
forces = [
 dict(actor='SY_GOV', loc=('مدينة خان شيخون','khan-shaykhun'), as_of=YD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('مدينة خان شيخون','khan-shaykhun'), as_of=SM, status='present', line=2, events=[2]),
 dict(actor='NUSRA', loc=('مدينة خان شيخون','khan-shaykhun'), as_of=SM, status='present', line=2, events=[2]),
 dict(actor='FSA', loc=('مدينة خان شيخون','khan-shaykhun'), as_of=SM, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('الطريق الدولي حلب - دمشق','m5-highway'), as_of=OD, status='arrived', source=SRC, line=3, events=[3]),
 dict(actor='SY_GOV', loc=('مورك','morek'), as_of=OD, status='present', source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('اللطامنة','al-latamina'), as_of=OD, status='present', source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('كفرزيتا','kafr-zita'), as_of=OD, status='present', source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', loc=('لطمين','latmin'), as_of=OD, status='present', source=SRC, line=3, events=[4]),
 dict(actor='SY_GOV', assets='وحدات الهندسة', loc=('أحياء خان شيخون','khan-shaykhun'), as_of=OD, status='present', source=SRC, line=4, events=[5]),
 dict(actor='NUSRA', strength=([24,99], True, 'fighters'), loc=('أحياء خان شيخون','khan-shaykhun'), as_of=OD, status='withdrawn', source=SRC, line=4, events=[6]),
 dict(actor='TR', assets='رتل عسكري: نحو 50 آلية، ناقلات جند ودبابات', loc=('بلدة معر حطاط','maar-hattat'), as_of=MM, status='arrived', line=5, events=[7]),
 dict(actor='TR', assets='الآليات التركية', loc=('الأراضي السورية','syria'), as_of=MM, status='arrived', source=MFA, line=6, events=[11]),
 dict(actor='TR', assets='نقاط المراقبة التركية', loc=('إدلب','idlib-governorate'), as_of=OD, status='present', source=TMOD, line=7, events=[14]),
 dict(actor='NUSRA', strength=(1500, True, 'fighters'), loc=('الجيب المحاصر','hama-north-pocket'), as_of=OD, status='present', source=SRC, line=8, events=[15]),
 dict(actor=IZZA, strength=(1500, True, 'fighters'), loc=('الجيب المحاصر','hama-north-pocket'), as_of=OD, status='present', source=SRC, line=8, events=[15]),
 dict(actor='NUSRA', loc=('بلدة اللطامنة','al-latamina'), as_of=OD, status='present', source=SRC, line=8, events=[]),
 dict(actor=IZZA, loc=('بلدة اللطامنة','al-latamina'), as_of=OD, status='present', source=SRC, line=8, events=[]),
 dict(actor='SY_GOV', loc=('الجيب المحاصر','hama-north-pocket'), as_of=OD, status='present', source=SRC, line=8, events=[15]),
 dict(actor='TR', strength=(200, True, 'troops'), assets='نقطة المراقبة التاسعة', loc=('مورك','morek'), as_of=OD, status='present', source=SRC, line=8, events=[16]),
 dict(actor='SY_GOV', loc=('ريفي حماة الشمالي','hama-north-countryside'), as_of=('2019-08-05','day'), status='present', line=9, events=[17]),
 dict(actor='SY_GOV', loc=('إدلب الجنوبي','idlib-south-countryside'), as_of=('2019-08-05','day'), status='present', line=9, events=[17]),
 dict(actor='NUSRA', loc=('خان شيخون','khan-shaykhun'), as_of=('2014/2019','year'), status='controls', line=10, events=[20]),
]
build('alwatan-khan-shaykhun', None, 'الوطن', D, L, ents, times, events, forces)
