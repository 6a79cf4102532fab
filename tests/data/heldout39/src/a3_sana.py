from build import build
L = [
'وحدات الجيش تحرر بلدة الهبيط بريف إدلب الجنوبي بعد القضاء على آخر تجمعات الإرهابيين فيها',
'إدلب-سانا',
'حررت وحدات من الجيش العربي السوري اليوم بلدة الهبيط في ريف إدلب الجنوبي، بعد معارك عنيفة مع المجموعات الإرهابية التابعة لتنظيم "جبهة النصرة" أسفرت عن القضاء على العشرات منهم وتدمير أسلحتهم وعتادهم.',
'وأفاد مراسل سانا بأن وحدات الجيش العاملة في ريف إدلب الجنوبي تقدمت فجر اليوم على محورين من جهة بلدة سكيك وتل سكيك، اللذين حررتهما يوم الجمعة الماضي، وأحكمت سيطرتها على البلدة والتلال المحيطة بها بعد فرار من تبقى من الإرهابيين باتجاه بلدة كفرسجنة.',
'وأشار المراسل إلى أن سلاح الجو في الجيش العربي السوري نفذ ضربات مركزة على تحصينات الإرهابيين وخطوط إمدادهم في محيط الهبيط وعابدين ومدايا، ما أدى إلى تدمير عدد من العربات المزودة برشاشات ثقيلة ومقر قيادة.',
'وبيّن المراسل أن وحدات الهندسة بدأت بتمشيط البلدة وتفكيك الألغام والعبوات الناسفة التي زرعها الإرهابيون في الشوارع والمنازل، تمهيداً لعودة الأهالي إليها.',
'وفي تصريح لمراسل سانا، قال مصدر عسكري إن "الإرهابيين استقدموا خلال الأيام الثلاثة الماضية نحو 300 مسلح من منطقة جسر الشغور لتعزيز مواقعهم في الهبيط، إلا أن ضربات الجيش أفشلت محاولاتهم".',
'وأضاف المصدر أن وحدات الجيش تصدت مساء أمس لهجوم شنته مجموعات إرهابية على نقاطها في محيط قرية الحماميات بريف حماة الشمالي، وأوقعت في صفوف المهاجمين قتلى ومصابين.',
'وكانت وحدات الجيش قد استأنفت عملياتها في الخامس من آب الجاري بعد رفض المجموعات الإرهابية الالتزام بوقف إطلاق النار ومواصلتها استهداف المناطق الآمنة وقاعدة حميميم بالقذائف والطائرات المسيرة.',
'وفي السياق ذاته، دفع الجيش بتعزيزات جديدة تضم دبابات وراجمات صواريخ ونحو 500 عنصر إلى محاور بلدة الهبيط، استعداداً لمتابعة العمليات باتجاه مدينة خان شيخون.',
'يذكر أن الجيش العربي السوري حرر خلال الأيام الماضية عدداً من البلدات والقرى في ريفي حماة الشمالي وإدلب الجنوبي، أبرزها تل ملح والجبين والزكاة والأربعين، بعد معارك عنيفة مع تنظيم جبهة النصرة والمجموعات المرتبطة به.',
]
D = '2019-08-11'   # Sunday; state news agency, web copy of its own day
SAT = '2019-08-10'
FRI = '2019-08-09'
N = 'NUSRA'
ents = [
 ('L0:وحدات الجيش','ACTOR','SY_GOV'), ('L0:بلدة الهبيط','LOCATION','al-habit'), ('L0:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L0:الإرهابيين','ACTOR',N),
 ('L1:إدلب','LOCATION','idlib'), ('L1:سانا','ORG','sana'),
 ('L2:وحدات من الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:بلدة الهبيط','LOCATION','al-habit'), ('L2:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L2:المجموعات الإرهابية','ACTOR',N), ('L2:تنظيم "جبهة النصرة"','ACTOR',N), ('L2:العشرات','QUANTITY',None,([24,99],True,'killed')),
 ('L2:أسلحتهم','WEAPON','weapons'),
 ('L3:سانا','ORG','sana'), ('L3:وحدات الجيش','ACTOR','SY_GOV'), ('L3:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L3:محورين','QUANTITY',None,(2,False,'other')), ('L3:بلدة سكيك','LOCATION','sukayk'), ('L3:تل سكيك','LOCATION','tal-sukayk'),
 ('L3:البلدة','LOCATION','al-habit'), ('L3:التلال المحيطة بها','LOCATION','al-habit-hills'), ('L3:الإرهابيين','ACTOR',N),
 ('L3:بلدة كفرسجنة','LOCATION','kafr-sajna'),
 ('L4:سلاح الجو في الجيش العربي السوري','ACTOR','SY_GOV'), ('L4:الإرهابيين','ACTOR',N), ('L4:الهبيط','LOCATION','al-habit'),
 ('L4:عابدين','LOCATION','abdin-idlib'), ('L4:مدايا','LOCATION','madaya-idlib'), ('L4:العربات المزودة برشاشات ثقيلة','WEAPON','technicals'),
 ('L5:وحدات الهندسة','ACTOR','SY_GOV'), ('L5:البلدة','LOCATION','al-habit'), ('L5:الألغام','WEAPON','mines'),
 ('L5:العبوات الناسفة','WEAPON','ieds'), ('L5:الإرهابيون','ACTOR',N),
 ('L6:سانا','ORG','sana'), ('L6:الإرهابيين','ACTOR',N), ('L6:نحو 300 مسلح','QUANTITY',None,(300,True,'fighters')),
 ('L6:منطقة جسر الشغور','LOCATION','jisr-al-shughur'), ('L6:الهبيط','LOCATION','al-habit'), ('L6:الجيش','ACTOR','SY_GOV'),
 ('L7:وحدات الجيش','ACTOR','SY_GOV'), ('L7:مجموعات إرهابية','ACTOR',N), ('L7:قرية الحماميات','LOCATION','al-hamamiyat'),
 ('L7:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L8:وحدات الجيش','ACTOR','SY_GOV'), ('L8:المجموعات الإرهابية','ACTOR',N), ('L8:المناطق الآمنة','LOCATION','safe-areas'),
 ('L8:قاعدة حميميم','LOCATION','hmeimim'), ('L8:القذائف','WEAPON','shells'), ('L8:الطائرات المسيرة','WEAPON','drones'),
 ('L9:الجيش','ACTOR','SY_GOV'), ('L9:دبابات','WEAPON','tanks'), ('L9:راجمات صواريخ','WEAPON','mrl'),
 ('L9:نحو 500 عنصر','QUANTITY',None,(500,True,'troops')), ('L9:بلدة الهبيط','LOCATION','al-habit'), ('L9:مدينة خان شيخون','LOCATION','khan-shaykhun'),
 ('L10:الجيش العربي السوري','ACTOR','SY_GOV'), ('L10:ريفي حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L10:إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L10:تل ملح','LOCATION','tal-malah'), ('L10:الجبين','LOCATION','al-jubayn'),
 ('L10:الزكاة','LOCATION','al-zakah'), ('L10:الأربعين','LOCATION','al-arbaeen'), ('L10:تنظيم جبهة النصرة','ACTOR',N),
 ('L10:المجموعات المرتبطة به','ACTOR',N),
]
times = [
 ('L2:اليوم', D, 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L3:يوم الجمعة الماضي', FRI, 'day'),
 ('L6:خلال الأيام الثلاثة الماضية', '2019-08-08/' + D, 'day'),
 ('L7:مساء أمس', SAT, 'part-of-day', {'part': 'evening'}),
 ('L8:الخامس من آب الجاري', '2019-08-05', 'day'),
 ('L10:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
]
T = 'L2:اليوم'
DAWN = 'L3:فجر اليوم'
COR = 'مراسل سانا'
SRC = 'مصدر عسكري (سانا)'
events = [
 dict(type='CONTROL', trig='L2:حررت', time=T, actors=['SY_GOV'], targets=[N], loc='L2:بلدة الهبيط'),                                  # 1
 dict(type='ATTACK', trig='L2:معارك', time=T, actors=['SY_GOV', N], loc='L2:بلدة الهبيط'),                                             # 2
 dict(type='ATTACK', trig='L2:القضاء', time=T, actors=['SY_GOV'], targets=[N], loc='L2:بلدة الهبيط', qty=['L2:العشرات']),             # 3
 dict(type='MOVEMENT', trig='L3:تقدمت', time=DAWN, actors=['SY_GOV'], loc='L3:بلدة سكيك', qty=['L3:محورين'], attr=COR),               # 4
 dict(type='CONTROL', trig='L3:حررتهما', time='L3:يوم الجمعة الماضي', actors=['SY_GOV'], targets=[N], loc='L3:بلدة سكيك', attr=COR),  # 5
 dict(type='CONTROL', trig='L3:أحكمت سيطرتها', time=DAWN, actors=['SY_GOV'], targets=[N], loc='L3:البلدة', attr=COR),                # 6
 dict(type='WITHDRAWAL', trig='L3:فرار', time=DAWN, actors=[N], loc='L3:البلدة', attr=COR),                                           # 7
 dict(type='ATTACK', trig='L4:ضربات', actors=['SY_GOV'], targets=[N], loc='L4:الهبيط', attr=COR),                                      # 8
 dict(type='OPERATION', trig='L5:تمشيط', actors=['SY_GOV'], loc='L5:البلدة', attr=COR),                                               # 9
 dict(type='OPERATION', trig='L5:تفكيك', actors=['SY_GOV'], loc='L5:البلدة', weapons=['L5:الألغام', 'L5:العبوات الناسفة'], attr=COR),  # 10
 dict(type='STATEMENT', trig='L6:قال', actors=['SY_GOV'], attr=SRC),                                                                   # 11
 dict(type='MOVEMENT', trig='L6:استقدموا', time='L6:خلال الأيام الثلاثة الماضية', actors=[N], loc='L6:الهبيط',
      qty=['L6:نحو 300 مسلح'], attr=SRC),                                                                                              # 12
 dict(type='ATTACK', trig='L6:ضربات', actors=['SY_GOV'], targets=[N], loc='L6:الهبيط', attr=SRC),                                      # 13
 dict(type='ATTACK', trig='L7:تصدت', time='L7:مساء أمس', actors=['SY_GOV'], targets=[N], loc='L7:قرية الحماميات', attr=SRC),          # 14
 dict(type='ATTACK', trig='L7:لهجوم', time='L7:مساء أمس', actors=[N], targets=['SY_GOV'], loc='L7:قرية الحماميات', attr=SRC),         # 15
 dict(type='OPERATION', trig='L8:عملياتها', time='L8:الخامس من آب الجاري', actors=['SY_GOV'], targets=[N]),                          # 16
 dict(type='AGREEMENT', trig='L8:وقف إطلاق النار', actors=[N]),                                                                        # 17
 dict(type='ATTACK', trig='L8:استهداف', actors=[N], loc='L8:قاعدة حميميم', weapons=['L8:القذائف', 'L8:الطائرات المسيرة']),            # 18
 dict(type='MOVEMENT', trig='L9:دفع', actors=['SY_GOV'], loc='L9:بلدة الهبيط', weapons=['L9:دبابات', 'L9:راجمات صواريخ'],
      qty=['L9:نحو 500 عنصر']),                                                                                                        # 19
 dict(type='OPERATION', trig='L9:لمتابعة العمليات', mod='planned', actors=['SY_GOV'], targets=[N], loc='L9:مدينة خان شيخون'),         # 20
 dict(type='CONTROL', trig='L10:حرر', time='L10:خلال الأيام الماضية', actors=['SY_GOV'], targets=[N], loc='L10:تل ملح'),              # 21
 dict(type='ATTACK', trig='L10:معارك', time='L10:خلال الأيام الماضية', actors=['SY_GOV', N], loc='L10:تل ملح'),                       # 22
]
TD = (D, 'day')
TP = (D, 'part-of-day')
V = (None, 'vague')
forces = [
 dict(actor='SY_GOV', loc=('بلدة الهبيط', 'al-habit'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor='SY_GOV', loc=('بلدة الهبيط', 'al-habit'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor=N, loc=('بلدة الهبيط', 'al-habit'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('بلدة سكيك', 'sukayk'), as_of=(FRI, 'day'), status='controls', source=COR, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('تل سكيك', 'tal-sukayk'), as_of=(FRI, 'day'), status='controls', source=COR, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('البلدة', 'al-habit'), as_of=TP, status='controls', source=COR, line=3, events=[6]),
 dict(actor='SY_GOV', loc=('التلال المحيطة بها', 'al-habit-hills'), as_of=TP, status='controls', source=COR, line=3, events=[6]),
 dict(actor=N, loc=('البلدة', 'al-habit'), as_of=TP, status='withdrawn', source=COR, line=3, events=[7]),
 dict(actor=N, assets='تحصينات وخطوط إمداد', loc=('الهبيط', 'al-habit'), as_of=TD, status='attacked', source=COR, line=4, events=[8]),
 dict(actor=N, assets='تحصينات وخطوط إمداد', loc=('عابدين', 'abdin-idlib'), as_of=TD, status='attacked', source=COR, line=4, events=[8]),
 dict(actor=N, assets='تحصينات وخطوط إمداد', loc=('مدايا', 'madaya-idlib'), as_of=TD, status='attacked', source=COR, line=4, events=[8]),
 dict(actor=N, strength=(300, True, 'fighters'), loc=('الهبيط', 'al-habit'), as_of=('2019-08-08/' + D, 'day'), status='reinforced',
      source=SRC, line=6, events=[12]),
 dict(actor='SY_GOV', assets='نقاط', loc=('قرية الحماميات', 'al-hamamiyat'), as_of=(SAT, 'part-of-day'), status='attacked', source=SRC,
      line=7, events=[15]),
 dict(actor='SY_GOV', loc=('قرية الحماميات', 'al-hamamiyat'), as_of=(SAT, 'part-of-day'), status='present', source=SRC, line=7, events=[14]),
 dict(actor=N, loc=('قرية الحماميات', 'al-hamamiyat'), as_of=(SAT, 'part-of-day'), status='present', source=SRC, line=7, events=[15]),
 dict(actor='SY_GOV', strength=(500, True, 'troops'), assets='دبابات وراجمات صواريخ', loc=('بلدة الهبيط', 'al-habit'), as_of=TD,
      status='reinforced', line=9, events=[19]),
]
for place, slug in (('تل ملح', 'tal-malah'), ('الجبين', 'al-jubayn'), ('الزكاة', 'al-zakah'), ('الأربعين', 'al-arbaeen')):
    forces.append(dict(actor='SY_GOV', loc=(place, slug), as_of=V, status='controls', line=10, events=[21]))
build('sana-habit', None, 'سانا', D, L, ents, times, events, forces)
