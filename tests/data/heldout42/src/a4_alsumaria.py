from build import build
L = [
'القوات الأمنية تحرر مركز قضاء هيت بالكامل وترفع العلم العراقي فوق مبنى القائممقامية',
'السومرية نيوز/ الأنبار',
'أعلنت خلية الإعلام الحربي، الخميس، تحرير مركز قضاء هيت غربي الأنبار بالكامل من سيطرة عصابات "داعش" الإرهابية، ورفع العلم العراقي فوق مبنى القائممقامية، بعد نحو أسبوعين من المعارك داخل أحياء المدينة.',
'وقالت الخلية في بيان تلقت السومرية نيوز، نسخة منه، إن "قوات جهاز مكافحة الإرهاب وقطعات الفرقة السابعة ومقاتلي الحشد العشائري اقتحموا أحياء البكر والجمعية والمعلمين، وتمكنوا من قتل 45 إرهابياً وتدمير خمس عجلات مفخخة".',
'وأضاف البيان أن "طيران الجيش وطيران التحالف الدولي قدما إسناداً جوياً مكثفاً للقطعات المتقدمة"، مشيراً إلى أن "فرق الجهد الهندسي باشرت رفع العبوات الناسفة من الشوارع والمباني الحكومية".',
'من جانبه، قال قائد عمليات الأنبار اللواء الركن إسماعيل المحلاوي، في حديث للسومرية نيوز، إن "عناصر التنظيم فروا عبر نهر الفرات باتجاه منطقة الخفاجية وجزيرة هيت مستخدمين زوارق صغيرة"، مؤكداً أن "القوات الأمنية تلاحقهم".',
'وأشار المحلاوي إلى أن "نحو ألفي عائلة تمكنت من الخروج من أحياء المدينة خلال الأيام الثلاثة الماضية، ونقلت إلى مخيمات في ناحية البغدادي وقاعدة عين الأسد".',
'في سياق متصل، أفاد مصدر في مجلس محافظة الأنبار للسومرية نيوز، بأن رتلاً من الحشد العشائري يضم نحو ألف مقاتل وصل، ليل الأربعاء، إلى ناحية كبيسة لمسك الأرض بعد انسحاب قطعات جهاز مكافحة الإرهاب منها باتجاه محيط هيت.',
'وكانت القوات الأمنية قد أطلقت عمليات تحرير هيت في الثالث والعشرين من آذار الماضي، بعد أيام من استعادة ناحية كبيسة المجاورة، فيما لا يزال التنظيم يسيطر على مدينتي الفلوجة والقائم في المحافظة.',
'وكانت هيت، الواقعة على بعد نحو 70 كم غرب الرمادي، أحد أبرز معاقل التنظيم في وادي الفرات منذ سقوطها بيده في تشرين الأول 2014.',
]
D = '2016-04-14'   # Thursday; web copy of its own day
TRB = 'OTHER:iraqi-tribal-gunmen'
ents = [
 ('L0:القوات الأمنية','ACTOR','IQ_GOV'), ('L0:مركز قضاء هيت','LOCATION','hit'), ('L0:مبنى القائممقامية','LOCATION','hit-qaimaqamiya'),
 ('L1:السومرية نيوز','ORG','alsumaria'), ('L1:الأنبار','LOCATION','anbar-governorate'),
 ('L2:خلية الإعلام الحربي','ACTOR','IQ_GOV'), ('L2:مركز قضاء هيت','LOCATION','hit'), ('L2:الأنبار','LOCATION','anbar-governorate'),
 ('L2:عصابات "داعش"','ACTOR','ISIS'), ('L2:مبنى القائممقامية','LOCATION','hit-qaimaqamiya'),
 ('L2:نحو أسبوعين','QUANTITY',None,(2,True,'other')), ('L2:أحياء المدينة','LOCATION','hit'),
 ('L3:الخلية','ACTOR','IQ_GOV'), ('L3:السومرية نيوز','ORG','alsumaria'), ('L3:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'),
 ('L3:الفرقة السابعة','ACTOR','IQ_GOV'), ('L3:الحشد العشائري','ACTOR',TRB), ('L3:أحياء البكر','LOCATION','al-bakr-hit'),
 ('L3:الجمعية','LOCATION','al-jamiya-hit'), ('L3:المعلمين','LOCATION','al-muallimin-hit'),
 ('L3:45 إرهابياً','QUANTITY',None,(45,False,'killed')), ('L3:خمس عجلات مفخخة','QUANTITY',None,(5,False,'vehicles')),
 ('L3:عجلات مفخخة','WEAPON','vbied'),
 ('L4:طيران الجيش','ACTOR','IQ_GOV'), ('L4:طيران التحالف الدولي','ACTOR','COALITION'), ('L4:فرق الجهد الهندسي','ACTOR','IQ_GOV'),
 ('L4:العبوات الناسفة','WEAPON','ieds'),
 ('L5:الأنبار','LOCATION','anbar-governorate'), ('L5:إسماعيل المحلاوي','PERSON','ismail-al-mahlawi'), ('L5:لسومرية نيوز','ORG','alsumaria'),
 ('L5:التنظيم','ACTOR','ISIS'), ('L5:نهر الفرات','LOCATION','euphrates'), ('L5:منطقة الخفاجية','LOCATION','al-khafajiya'),
 ('L5:جزيرة هيت','LOCATION','hit-island'), ('L5:زوارق صغيرة','WEAPON','boats'), ('L5:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L6:المحلاوي','PERSON','ismail-al-mahlawi'), ('L6:نحو ألفي عائلة','QUANTITY',None,(2000,True,'people')),
 ('L6:أحياء المدينة','LOCATION','hit'), ('L6:ناحية البغدادي','LOCATION','al-baghdadi'), ('L6:قاعدة عين الأسد','LOCATION','ain-al-asad-base'),
 ('L7:مجلس محافظة الأنبار','ORG','anbar-provincial-council'), ('L7:لسومرية نيوز','ORG','alsumaria'), ('L7:الحشد العشائري','ACTOR',TRB),
 ('L7:نحو ألف مقاتل','QUANTITY',None,(1000,True,'fighters')), ('L7:ناحية كبيسة','LOCATION','kubaysa'),
 ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L7:هيت','LOCATION','hit'),
 ('L8:القوات الأمنية','ACTOR','IQ_GOV'), ('L8:هيت','LOCATION','hit'), ('L8:ناحية كبيسة','LOCATION','kubaysa'), ('L8:التنظيم','ACTOR','ISIS'),
 ('L8:مدينتي الفلوجة','LOCATION','fallujah'), ('L8:القائم','LOCATION','al-qaim'), ('L8:المحافظة','LOCATION','anbar-governorate'),
 ('L9:هيت','LOCATION','hit'), ('L9:نحو 70 كم','QUANTITY',None,(70,True,'km')), ('L9:الرمادي','LOCATION','ramadi'),
 ('L9:التنظيم','ACTOR','ISIS'), ('L9:وادي الفرات','LOCATION','euphrates-valley'),
]
times = [
 ('L2:الخميس', D, 'day'),
 ('L6:خلال الأيام الثلاثة الماضية', '2016-04-11/2016-04-14', 'day'),
 ('L7:ليل الأربعاء', '2016-04-13', 'part-of-day', {'part': 'night'}),
 ('L8:الثالث والعشرين من آذار الماضي', '2016-03-23', 'day'),
 ('L9:تشرين الأول 2014', '2014-10', 'month'),
]
T = 'L2:الخميس'
CELL = 'خلية الإعلام الحربي'
MAH = 'إسماعيل المحلاوي'
SRC = 'مصدر في مجلس محافظة الأنبار (السومرية نيوز)'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=T, actors=['IQ_GOV'], attr=CELL),                                                       # 1
 dict(type='CONTROL', trig='L2:تحرير', time=T, actors=['IQ_GOV'], targets=['ISIS'], loc='L2:مركز قضاء هيت', attr=CELL),               # 2
 dict(type='ATTACK', trig='L2:المعارك', actors=['IQ_GOV', 'ISIS'], loc='L2:أحياء المدينة', qty=['L2:نحو أسبوعين'], attr=CELL),        # 3
 dict(type='STATEMENT', trig='L3:قالت', time=T, actors=['IQ_GOV'], attr=CELL),                                                        # 4
 dict(type='ATTACK', trig='L3:اقتحموا', actors=['IQ_GOV', TRB], targets=['ISIS'], loc='L3:أحياء البكر', qty=['L3:45 إرهابياً'], attr=CELL),  # 5
 dict(type='ATTACK', trig='L4:إسناداً جوياً', actors=['IQ_GOV', 'COALITION'], targets=['ISIS'], attr=CELL),                           # 6
 dict(type='OPERATION', trig='L4:رفع العبوات', actors=['IQ_GOV'], weapons=['L4:العبوات الناسفة'], attr=CELL),                        # 7
 dict(type='STATEMENT', trig='L5:قال', time=T, actors=['IQ_GOV'], attr=MAH),                                                          # 8
 dict(type='WITHDRAWAL', trig='L5:فروا', time=T, actors=['ISIS'], loc='L5:منطقة الخفاجية', weapons=['L5:زوارق صغيرة'], attr=MAH),    # 9
 dict(type='OPERATION', trig='L5:تلاحقهم', time=T, actors=['IQ_GOV'], targets=['ISIS'], attr=MAH),                                   # 10
 dict(type='MOVEMENT', trig='L7:وصل', time='L7:ليل الأربعاء', actors=[TRB], loc='L7:ناحية كبيسة', qty=['L7:نحو ألف مقاتل'], attr=SRC),  # 11
 dict(type='WITHDRAWAL', trig='L7:انسحاب', time='L7:ليل الأربعاء', actors=['IQ_GOV'], loc='L7:ناحية كبيسة', attr=SRC),               # 12
 dict(type='OPERATION', trig='L8:عمليات تحرير', time='L8:الثالث والعشرين من آذار الماضي', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:هيت'),  # 13
 dict(type='CONTROL', trig='L8:استعادة', actors=['IQ_GOV'], targets=['ISIS'], loc='L8:ناحية كبيسة'),                                 # 14
 dict(type='CONTROL', trig='L8:يسيطر', time=T, actors=['ISIS'], loc='L8:مدينتي الفلوجة'),                                            # 15
 dict(type='CONTROL', trig='L9:سقوطها', time='L9:تشرين الأول 2014', actors=['ISIS'], loc='L9:هيت'),                                  # 16
]
TD = (D, 'day')
forces = [
 dict(actor='IQ_GOV', loc=('مركز قضاء هيت', 'hit'), as_of=TD, status='controls', source=CELL, line=2, events=[2]),
 dict(actor='IQ_GOV', loc=('أحياء المدينة', 'hit'), as_of=TD, status='present', source=CELL, line=2, events=[3]),
 dict(actor='ISIS', loc=('أحياء المدينة', 'hit'), as_of=TD, status='present', source=CELL, line=2, events=[3]),
]
for a in ('IQ_GOV', TRB, 'ISIS'):
    for p, c in (('أحياء البكر', 'al-bakr-hit'), ('الجمعية', 'al-jamiya-hit'), ('المعلمين', 'al-muallimin-hit')):
        forces.append(dict(actor=a, loc=(p, c), as_of=TD, status='present', source=CELL, line=3, events=[5]))
forces += [
 dict(actor=TRB, strength=(1000, True, 'fighters'), assets='رتل من الحشد العشائري', loc=('ناحية كبيسة', 'kubaysa'),
      as_of=('2016-04-13', 'part-of-day'), status='arrived', source=SRC, line=7, events=[11]),
 dict(actor='IQ_GOV', assets='قطعات جهاز مكافحة الإرهاب', loc=('ناحية كبيسة', 'kubaysa'), as_of=('2016-04-13', 'part-of-day'),
      status='withdrawn', source=SRC, line=7, events=[12]),
 dict(actor='ISIS', loc=('مدينتي الفلوجة', 'fallujah'), as_of=TD, status='controls', line=8, events=[15]),
 dict(actor='ISIS', loc=('القائم', 'al-qaim'), as_of=TD, status='controls', line=8, events=[15]),
 dict(actor='IQ_GOV', loc=('ناحية كبيسة', 'kubaysa'), as_of=(None, 'vague'), status='controls', line=8, events=[14]),
 dict(actor='ISIS', loc=('هيت', 'hit'), as_of=('2014-10', 'month'), status='controls', line=9, events=[16]),
]
build('alsumaria-hit-liberation', None, 'السومرية نيوز', D, L, ents, times, events, forces)
