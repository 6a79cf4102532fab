from build import build
L = [
'"داعش" يسيطر على بلدة مهين بريف حمص ويستولي على أكبر مستودعات الأسلحة',
'كتبت - منى يوسف والوكالات',
'أعلن تنظيم "داعش" الإرهابي، أمس الأحد، سيطرته الكاملة على بلدة مهين في ريف حمص الجنوبي الشرقي وسط سوريا، بعد هجوم بدأه فجراً بثلاث سيارات مفخخة استهدفت حواجز الجيش السوري عند مداخل البلدة.',
'وقال المرصد السوري لحقوق الإنسان، ومقره لندن، إن مسلحي التنظيم سيطروا أيضاً على قرية حوارين المجاورة، بعد معارك عنيفة مع قوات النظام والمسلحين الموالين لها أسفرت عن مقتل 50 عنصراً على الأقل من الطرفين.',
'وأضاف المرصد أن التنظيم سيطر على مستودعات مهين، التي تعد من أكبر مستودعات الأسلحة التابعة للجيش السوري في البلاد، واستولى على كميات كبيرة من الصواريخ والذخائر وقذائف الدبابات.',
'في المقابل، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري أن وحدات من الجيش "أعادت تموضعها" في محيط مهين، وأنها قتلت عشرات الإرهابيين، من دون أن تشير إلى خسارة البلدة.',
'وتقع مهين على بعد نحو 20 كيلومتراً من بلدة صدد ذات الغالبية المسيحية، التي دفع الجيش إليها، مساء الأحد، بتعزيزات من الفرقة الثالثة والحرس الجمهوري خشية تقدم التنظيم نحوها، بحسب مصادر محلية.',
'وأفادت شبكة "حمص الإخبارية" المعارضة بأن عشرات العائلات نزحت من صدد وبلدة الحفر المجاورة باتجاه مدينة حمص، فيما تستمر الاشتباكات المتقطعة على أطراف حوارين.',
'وتأتي سيطرة "داعش" على مهين بعد أسابيع من بدء الجيش السوري، بإسناد جوي روسي، هجوماً برياً واسعاً في ريف حماة الشمالي وريف حلب الجنوبي، عقب بدء موسكو غاراتها في سوريا في 30 سبتمبر الماضي.',
'وفي موسكو، أعلنت وزارة الدفاع الروسية أن طائراتها نفذت 94 طلعة جوية خلال الساعات الـ48 الماضية، استهدفت 237 هدفاً لتنظيم "داعش" في محافظتي حمص وحماة.',
'ويسيطر التنظيم منذ مايو الماضي على مدينة تدمر الأثرية شرقي حمص، كما سيطر في أغسطس الماضي على بلدة القريتين التي لا تبعد عن مهين سوى نحو 30 كيلومتراً.',
]
D = '2015-11-02'   # Monday; Egyptian daily, web copy of its own day
SUN = '2015-11-01'
PGM = 'OTHER:pro-government-militias'
SOHR = 'المرصد السوري لحقوق الإنسان'
SANA = 'مصدر عسكري (سانا)'
ents = [
 ('L0:داعش','ACTOR','ISIS'), ('L0:بلدة مهين','LOCATION','mahin'), ('L0:ريف حمص','LOCATION','homs-countryside'),
 ('L0:مستودعات الأسلحة','LOCATION','mahin-depots'),
 ('L1:منى يوسف','PERSON','mona-youssef'),
 ('L2:تنظيم "داعش"','ACTOR','ISIS'), ('L2:بلدة مهين','LOCATION','mahin'), ('L2:ريف حمص الجنوبي الشرقي','LOCATION','homs-southeast-countryside'),
 ('L2:وسط سوريا','LOCATION','central-syria'), ('L2:ثلاث سيارات مفخخة','QUANTITY',None,(3,False,'vehicles')),
 ('L2:سيارات مفخخة','WEAPON','car-bombs'), ('L2:الجيش السوري','ACTOR','SY_GOV'), ('L2:البلدة','LOCATION','mahin'),
 ('L3:المرصد السوري لحقوق الإنسان','ORG','sohr'), ('L3:لندن','LOCATION','london'), ('L3:التنظيم','ACTOR','ISIS'),
 ('L3:قرية حوارين','LOCATION','hawarin'), ('L3:قوات النظام','ACTOR','SY_GOV'), ('L3:المسلحين الموالين لها','ACTOR',PGM),
 ('L3:50 عنصراً على الأقل','QUANTITY',None,(50,True,'killed')),
 ('L4:المرصد','ORG','sohr'), ('L4:التنظيم','ACTOR','ISIS'), ('L4:مستودعات مهين','LOCATION','mahin-depots'),
 ('L4:لجيش السوري','ACTOR','SY_GOV'), ('L4:البلاد','LOCATION','syria'), ('L4:الصواريخ','WEAPON','missiles'),
 ('L4:الذخائر','WEAPON','ammunition'), ('L4:قذائف الدبابات','WEAPON','tank-shells'),
 ('L5:وكالة الأنباء السورية الرسمية','ORG','sana'), ('L5:سانا','ORG','sana'), ('L5:الجيش','ACTOR','SY_GOV'),
 ('L5:مهين','LOCATION','mahin'), ('L5:عشرات','QUANTITY',None,([24, 99],True,'killed')), ('L5:الإرهابيين','ACTOR','ISIS'),
 ('L5:البلدة','LOCATION','mahin'),
 ('L6:مهين','LOCATION','mahin'), ('L6:نحو 20 كيلومتراً','QUANTITY',None,(20,True,'km')), ('L6:بلدة صدد','LOCATION','sadad'),
 ('L6:الجيش','ACTOR','SY_GOV'), ('L6:الفرقة الثالثة','ACTOR','SY_GOV'), ('L6:الحرس الجمهوري','ACTOR','SY_GOV'),
 ('L6:التنظيم','ACTOR','ISIS'),
 ('L7:حمص الإخبارية','ORG','homs-news-network'), ('L7:عشرات العائلات','QUANTITY',None,([24, 99],True,'other')),
 ('L7:صدد','LOCATION','sadad'), ('L7:بلدة الحفر','LOCATION','al-hafar'), ('L7:مدينة حمص','LOCATION','homs'), ('L7:حوارين','LOCATION','hawarin'),
 ('L8:داعش','ACTOR','ISIS'), ('L8:مهين','LOCATION','mahin'), ('L8:الجيش السوري','ACTOR','SY_GOV'),
 ('L8:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L8:ريف حلب الجنوبي','LOCATION','aleppo-south-countryside'),
 ('L8:موسكو','ACTOR','RU'), ('L8:سوريا','LOCATION','syria'),
 ('L9:موسكو','LOCATION','moscow'), ('L9:وزارة الدفاع الروسية','ACTOR','RU'), ('L9:94 طلعة جوية','QUANTITY',None,(94,False,'other')),
 ('L9:237 هدفاً','QUANTITY',None,(237,False,'other')), ('L9:تنظيم "داعش"','ACTOR','ISIS'),
 ('L9:محافظتي حمص','LOCATION','homs-governorate'), ('L9:حماة','LOCATION','hama-governorate'),
 ('L10:التنظيم','ACTOR','ISIS'), ('L10:مدينة تدمر الأثرية','LOCATION','palmyra'), ('L10:حمص','LOCATION','homs'),
 ('L10:بلدة القريتين','LOCATION','al-qaryatayn'), ('L10:مهين','LOCATION','mahin'), ('L10:نحو 30 كيلومتراً','QUANTITY',None,(30,True,'km')),
]
times = [
 ('L2:أمس الأحد', SUN, 'day'),
 ('L2:فجراً', SUN, 'part-of-day', {'part': 'morning'}),
 ('L6:مساء الأحد', SUN, 'part-of-day', {'part': 'evening'}),
 ('L8:30 سبتمبر الماضي', '2015-09-30', 'day'),
 ('L9:خلال الساعات الـ48 الماضية', '2015-10-31/' + D, 'day'),
 ('L10:منذ مايو الماضي', '2015-05/2015-11', 'month'),
 ('L10:أغسطس الماضي', '2015-08', 'month'),
]
Y = 'L2:أمس الأحد'
events = [
 dict(type='STATEMENT', trig='L2:أعلن', time=Y, actors=['ISIS'], attr='تنظيم "داعش"'),                                        # 1
 dict(type='CONTROL', trig='L2:سيطرته', time=Y, actors=['ISIS'], loc='L2:بلدة مهين', attr='تنظيم "داعش"'),                       # 2
 dict(type='ATTACK', trig='L2:هجوم', time='L2:فجراً', actors=['ISIS'], targets=['SY_GOV'], loc='L2:البلدة',
      weapons=['L2:سيارات مفخخة'], qty=['L2:ثلاث سيارات مفخخة'], attr='تنظيم "داعش"'),                                           # 3
 dict(type='CONTROL', trig='L3:سيطروا', time=Y, actors=['ISIS'], loc='L3:قرية حوارين', attr=SOHR),                               # 4
 dict(type='ATTACK', trig='L3:معارك', time=Y, actors=['ISIS', 'SY_GOV', PGM], loc='L3:قرية حوارين',
      qty=['L3:50 عنصراً على الأقل'], attr=SOHR),                                                                                 # 5
 dict(type='CONTROL', trig='L4:سيطر', time=Y, actors=['ISIS'], loc='L4:مستودعات مهين', attr=SOHR),                               # 6
 dict(type='MOVEMENT', trig='L5:أعادت تموضعها', actors=['SY_GOV'], loc='L5:مهين', attr=SANA),                                   # 7
 dict(type='ATTACK', trig='L5:قتلت', actors=['SY_GOV'], targets=['ISIS'], qty=['L5:عشرات'], attr=SANA),                        # 8
 dict(type='MOVEMENT', trig='L6:دفع', time='L6:مساء الأحد', actors=['SY_GOV'], loc='L6:بلدة صدد', attr='مصادر محلية'),           # 9
 dict(type='MOVEMENT', trig='L6:تقدم', mod='expected', actors=['ISIS'], loc='L6:بلدة صدد', attr='مصادر محلية'),                  # 10
 dict(type='ATTACK', trig='L7:الاشتباكات', time=Y, loc='L7:حوارين', attr='حمص الإخبارية'),                                     # 11
 dict(type='CONTROL', trig='L8:سيطرة', time=Y, actors=['ISIS'], loc='L8:مهين'),                                                  # 12
 dict(type='ATTACK', trig='L8:إسناد', actors=['RU']),                                                                             # 13
 dict(type='OPERATION', trig='L8:هجوماً', actors=['SY_GOV'], loc='L8:ريف حماة الشمالي'),                                          # 14
 dict(type='ATTACK', trig='L8:غاراتها', time='L8:30 سبتمبر الماضي', actors=['RU'], loc='L8:سوريا'),                               # 15
 dict(type='STATEMENT', trig='L9:أعلنت', actors=['RU'], attr='وزارة الدفاع الروسية'),                                            # 16
 dict(type='ATTACK', trig='L9:نفذت', time='L9:خلال الساعات الـ48 الماضية', actors=['RU'], targets=['ISIS'], loc='L9:محافظتي حمص',
      qty=['L9:94 طلعة جوية', 'L9:237 هدفاً'], attr='وزارة الدفاع الروسية'),                                                     # 17
 dict(type='CONTROL', trig='L10:يسيطر', time='L10:منذ مايو الماضي', actors=['ISIS'], loc='L10:مدينة تدمر الأثرية'),                 # 18
 dict(type='CONTROL', trig='L10:سيطر#1', time='L10:أغسطس الماضي', actors=['ISIS'], loc='L10:بلدة القريتين'),                        # 19
]
SD = (SUN, 'day')
SM = (SUN, 'part-of-day')
V = (None, 'vague')
H48 = ('2015-10-31/' + D, 'day')
forces = [
 dict(actor='ISIS', loc=('بلدة مهين', 'mahin'), as_of=SD, status='controls', source='تنظيم "داعش"', line=2, events=[2]),
 dict(actor='SY_GOV', assets='حواجز', loc=('البلدة', 'mahin'), as_of=SM, status='attacked', source='تنظيم "داعش"', line=2, events=[3]),
 dict(actor='ISIS', loc=('قرية حوارين', 'hawarin'), as_of=SD, status='controls', source=SOHR, line=3, events=[4]),
 dict(actor='ISIS', loc=('قرية حوارين', 'hawarin'), as_of=SD, status='present', source=SOHR, line=3, events=[5]),
 dict(actor='SY_GOV', loc=('قرية حوارين', 'hawarin'), as_of=SD, status='present', source=SOHR, line=3, events=[5]),
 dict(actor=PGM, loc=('قرية حوارين', 'hawarin'), as_of=SD, status='present', source=SOHR, line=3, events=[5]),
 dict(actor='ISIS', loc=('مستودعات مهين', 'mahin-depots'), as_of=SD, status='controls', source=SOHR, line=4, events=[6]),
 dict(actor='SY_GOV', assets='وحدات من الجيش', loc=('مهين', 'mahin'), as_of=SD, status='present', source=SANA, line=5, events=[7]),
 dict(actor='SY_GOV', assets='تعزيزات من الفرقة الثالثة والحرس الجمهوري', loc=('بلدة صدد', 'sadad'), as_of=(SUN, 'part-of-day'),
      status='reinforced', source='مصادر محلية', line=6, events=[9]),
 dict(actor='SY_GOV', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=V, status='present', line=8, events=[14]),
 dict(actor='SY_GOV', loc=('ريف حلب الجنوبي', 'aleppo-south-countryside'), as_of=V, status='present', line=8, events=[14]),
 dict(actor='ISIS', loc=('محافظتي حمص', 'homs-governorate'), as_of=H48, status='attacked', source='وزارة الدفاع الروسية', line=9, events=[17]),
 dict(actor='ISIS', loc=('حماة', 'hama-governorate'), as_of=H48, status='attacked', source='وزارة الدفاع الروسية', line=9, events=[17]),
 dict(actor='ISIS', loc=('مدينة تدمر الأثرية', 'palmyra'), as_of=('2015-05/2015-11', 'month'), status='controls', line=10, events=[18]),
 dict(actor='ISIS', loc=('بلدة القريتين', 'al-qaryatayn'), as_of=('2015-08', 'month'), status='controls', line=10, events=[19]),
]
build('dustour-mahin-isis', None, 'الدستور', D, L, ents, times, events, forces)
