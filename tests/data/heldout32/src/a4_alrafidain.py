from build import build
L = [
'قصف حكومي عنيف على الفلوجة.. وثوار العشائر يصدّون محاولة تقدم من جهة الكرمة',
'تعرضت مدينة الفلوجة منذ فجر أمس الأحد لقصف مدفعي وصاروخي عنيف من قبل القوات الحكومية، ما أدى إلى مقتل ثمانية مدنيين بينهم ثلاثة أطفال وإصابة 23 آخرين، بحسب مصادر طبية في مستشفى الفلوجة العام.',
'وقال مراسل الرافدين في الفلوجة إن القذائف سقطت على أحياء الشهداء والجولان ونزال والعسكري، وألحقت أضراراً كبيرة بعدد من المنازل والمساجد، في وقت خلت فيه شوارع المدينة من المارة.',
'من جهته، أعلن المجلس العسكري لثوار عشائر الفلوجة في بيان أن مقاتليه صدّوا فجر اليوم محاولة تقدم لقوات الجيش والشرطة الاتحادية من جهة ناحية الكرمة شرقي المدينة، ودمروا ثلاث عربات "همفي"، وأجبروا القوة المهاجمة على التراجع نحو معسكر المزرعة.',
'ونفى المجلس في بيانه أن يكون تنظيم "داعش" يسيطر على الفلوجة، مؤكداً أن "أبناء العشائر هم من يمسكون الأرض ويحمون المدينة من بطش ميليشيات المالكي".',
'في المقابل، قال المتحدث باسم وزارة الدفاع الفريق محمد العسكري إن "قطعات الجيش تطوّق الفلوجة من جميع الجهات"، وإنها لن تقتحم المدينة "في الوقت الحاضر" لإفساح المجال أمام العشائر لطرد الإرهابيين منها.',
'وأفادت مصادر محلية بأن الحكومة دفعت خلال الأيام الماضية بتعزيزات إلى محيط الفلوجة ضمت نحو 40 دبابة وعشرات العربات المدرعة، إضافة إلى مئات العناصر من ميليشيا "عصائب أهل الحق" تمركزوا قرب منطقة الصقلاوية شمال غربي المدينة.',
'وفي واشنطن، أعلنت وزارة الدفاع الأميركية أنها ستسلم بغداد خلال الأسابيع المقبلة دفعة جديدة من صواريخ "هيلفاير" وطائرات استطلاع مسيّرة من طراز "سكان إيغل"، لدعم القوات العراقية في محافظة الأنبار.',
'وفي الرمادي، تتواصل الاشتباكات المتقطعة بين مسلحي العشائر وقوات "سوات" في أحياء الملعب والضباط والعزيزية، فيما أعلنت قيادة عمليات الأنبار استعادة السيطرة على مركز شرطة حي الضباط.',
'وتشهد الأنبار توتراً أمنياً منذ اقتحام القوات الحكومية ساحة اعتصام الرمادي في الثلاثين من كانون الأول الماضي، وما أعقبه من سحب المالكي الجيش من مدن المحافظة ثم إعادة نشره على أطرافها.',
'وتقول منظمات إغاثة إن أكثر من 13 ألف عائلة نزحت من الفلوجة منذ الثاني من كانون الثاني الجاري، وسط نقص حاد في الوقود والمواد الغذائية والأدوية.',
]
D = '2014-01-13'   # Monday; Iraqi satellite channel, web copy of its own day
SUN = '2014-01-12'
TG = 'OTHER:iraqi-tribal-gunmen'
TRB = 'OTHER:arab-tribes'
AAH = 'OTHER:asaib-ahl-al-haq'
ents = [
 ('L0:الفلوجة','LOCATION','fallujah'), ('L0:ثوار العشائر','ACTOR',TG), ('L0:الكرمة','LOCATION','al-karma'),
 ('L1:مدينة الفلوجة','LOCATION','fallujah'), ('L1:القوات الحكومية','ACTOR','IQ_GOV'), ('L1:ثمانية مدنيين','QUANTITY',None,(8,False,'killed')),
 ('L1:ثلاثة أطفال','QUANTITY',None,(3,False,'killed')), ('L1:23','QUANTITY',None,(23,False,'wounded')),
 ('L1:مستشفى الفلوجة العام','LOCATION','fallujah-general-hospital'),
 ('L2:الرافدين','ORG','alrafidain'), ('L2:الفلوجة','LOCATION','fallujah'), ('L2:القذائف','WEAPON','shells'), ('L2:أحياء الشهداء','LOCATION','al-shuhada-fallujah'),
 ('L2:الجولان','LOCATION','al-jolan-fallujah'), ('L2:نزال','LOCATION','nazzal-fallujah'), ('L2:العسكري','LOCATION','al-askari-fallujah'),
 ('L2:المدينة','LOCATION','fallujah'),
 ('L3:المجلس العسكري لثوار عشائر الفلوجة','ACTOR',TG), ('L3:قوات الجيش','ACTOR','IQ_GOV'), ('L3:الشرطة الاتحادية','ACTOR','IQ_GOV'),
 ('L3:ناحية الكرمة','LOCATION','al-karma'), ('L3:المدينة','LOCATION','fallujah'), ('L3:ثلاث عربات "همفي"','QUANTITY',None,(3,False,'vehicles')),
 ('L3:عربات "همفي"','WEAPON','humvees'), ('L3:معسكر المزرعة','LOCATION','camp-mazraa'),
 ('L4:المجلس','ACTOR',TG), ('L4:تنظيم "داعش"','ACTOR','ISIS'), ('L4:الفلوجة','LOCATION','fallujah'), ('L4:أبناء العشائر','ACTOR',TG),
 ('L4:المدينة','LOCATION','fallujah'), ('L4:ميليشيات المالكي','ACTOR','IQ_GOV'),
 ('L5:وزارة الدفاع','ACTOR','IQ_GOV'), ('L5:محمد العسكري','PERSON','mohammed-al-askari'), ('L5:قطعات الجيش','ACTOR','IQ_GOV'),
 ('L5:الفلوجة','LOCATION','fallujah'), ('L5:المدينة','LOCATION','fallujah'), ('L5:العشائر','ACTOR',TRB), ('L5:الإرهابيين','ACTOR','ISIS'),
 ('L6:الحكومة','ACTOR','IQ_GOV'), ('L6:الفلوجة','LOCATION','fallujah'), ('L6:نحو 40 دبابة','QUANTITY',None,(40,True,'vehicles')),
 ('L6:دبابة','WEAPON','tanks'), ('L6:عشرات العربات المدرعة','QUANTITY',None,([24, 99],True,'vehicles')), ('L6:العربات المدرعة','WEAPON','armoured-vehicles'),
 ('L6:مئات العناصر','QUANTITY',None,([100, 999],True,'fighters')), ('L6:عصائب أهل الحق','ACTOR',AAH),
 ('L6:منطقة الصقلاوية','LOCATION','saqlawiya'), ('L6:المدينة','LOCATION','fallujah'),
 ('L7:واشنطن','LOCATION','washington'), ('L7:وزارة الدفاع الأميركية','ACTOR','US'), ('L7:بغداد','ACTOR','IQ_GOV'),
 ('L7:صواريخ "هيلفاير"','WEAPON','hellfire'), ('L7:طائرات استطلاع مسيّرة من طراز "سكان إيغل"','WEAPON','scaneagle'),
 ('L7:القوات العراقية','ACTOR','IQ_GOV'), ('L7:محافظة الأنبار','LOCATION','anbar'),
 ('L8:الرمادي','LOCATION','ramadi'), ('L8:مسلحي العشائر','ACTOR',TG), ('L8:قوات "سوات"','ACTOR','IQ_GOV'), ('L8:أحياء الملعب','LOCATION','al-malaab-ramadi'),
 ('L8:الضباط#0','LOCATION','al-dhubbat-ramadi'), ('L8:العزيزية','LOCATION','al-aziziya-ramadi'), ('L8:قيادة عمليات الأنبار','ACTOR','IQ_GOV'),
 ('L8:مركز شرطة حي الضباط','LOCATION','al-dhubbat-police-station'),
 ('L9:الأنبار','LOCATION','anbar'), ('L9:القوات الحكومية','ACTOR','IQ_GOV'), ('L9:ساحة اعتصام الرمادي','LOCATION','ramadi-sit-in-square'),
 ('L9:المالكي','PERSON','nouri-al-maliki'), ('L9:الجيش','ACTOR','IQ_GOV'), ('L9:مدن المحافظة','LOCATION','anbar-cities'),
 ('L10:أكثر من 13 ألف عائلة','QUANTITY',None,(13000,True,'other')), ('L10:الفلوجة','LOCATION','fallujah'),
]
times = [
 ('L1:منذ فجر أمس الأحد', SUN + '/' + D, 'day'),
 ('L3:فجر اليوم', D, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الأيام الماضية', None, 'vague', {'relation': 'before'}),
 ('L7:خلال الأسابيع المقبلة', D + '/', 'vague', {'relation': 'after'}),
 ('L9:الثلاثين من كانون الأول الماضي', '2013-12-30', 'day'),
 ('L10:منذ الثاني من كانون الثاني الجاري', '2014-01-02/' + D, 'day'),
]
S = 'L1:منذ فجر أمس الأحد'
DAWN = 'L3:فجر اليوم'
MED = 'مصادر طبية في مستشفى الفلوجة العام'
COR = 'مراسل الرافدين في الفلوجة'
MC = 'المجلس العسكري لثوار عشائر الفلوجة'
ASK = 'محمد العسكري'
LOC = 'مصادر محلية'
PEN = 'وزارة الدفاع الأميركية'
AOC = 'قيادة عمليات الأنبار'
events = [
 dict(type='ATTACK', trig='L1:قصف', time=S, actors=['IQ_GOV'], loc='L1:مدينة الفلوجة',
      qty=['L1:ثمانية مدنيين', 'L1:ثلاثة أطفال', 'L1:23'], attr=MED),                                                                  # 1
 dict(type='ATTACK', trig='L2:سقطت', time=S, actors=['IQ_GOV'], loc='L2:أحياء الشهداء', weapons=['L2:القذائف'], attr=COR),             # 2
 dict(type='STATEMENT', trig='L3:أعلن', actors=[TG], attr=MC),                                                                          # 3
 dict(type='ATTACK', trig='L3:صدّوا', time=DAWN, actors=[TG], targets=['IQ_GOV'], loc='L3:ناحية الكرمة', attr=MC),                      # 4
 dict(type='MOVEMENT', trig='L3:تقدم', time=DAWN, actors=['IQ_GOV'], loc='L3:ناحية الكرمة', attr=MC),                                 # 5
 dict(type='WITHDRAWAL', trig='L3:التراجع', time=DAWN, actors=['IQ_GOV'], loc='L3:ناحية الكرمة', attr=MC),                             # 6
 dict(type='CONTROL', trig='L4:يسيطر', mod='denied', actors=['ISIS'], loc='L4:الفلوجة', attr=MC),                                      # 7
 dict(type='CONTROL', trig='L4:يمسكون الأرض', actors=[TG], loc='L4:المدينة', attr=MC),                                                 # 8
 dict(type='STATEMENT', trig='L5:قال', actors=['IQ_GOV'], attr=ASK),                                                                   # 9
 dict(type='OPERATION', trig='L5:تطوّق', actors=['IQ_GOV'], loc='L5:الفلوجة', attr=ASK),                                               # 10
 dict(type='ATTACK', trig='L5:لطرد', mod='planned', actors=[TRB], targets=['ISIS'], loc='L5:المدينة', attr=ASK),                       # 11
 dict(type='MOVEMENT', trig='L6:دفعت', time='L6:خلال الأيام الماضية', actors=['IQ_GOV'], loc='L6:الفلوجة',
      weapons=['L6:دبابة', 'L6:العربات المدرعة'], qty=['L6:نحو 40 دبابة', 'L6:عشرات العربات المدرعة'], attr=LOC),                      # 12
 dict(type='MOVEMENT', trig='L6:تمركزوا', time='L6:خلال الأيام الماضية', actors=[AAH], loc='L6:منطقة الصقلاوية',
      qty=['L6:مئات العناصر'], attr=LOC),                                                                                                 # 13
 dict(type='STATEMENT', trig='L7:أعلنت', actors=['US'], attr=PEN),                                                                     # 14
 dict(type='ATTACK', trig='L8:الاشتباكات', actors=[TG, 'IQ_GOV'], loc='L8:أحياء الملعب'),                                             # 15
 dict(type='STATEMENT', trig='L8:أعلنت', actors=['IQ_GOV'], attr=AOC),                                                                 # 16
 dict(type='CONTROL', trig='L8:استعادة', actors=['IQ_GOV'], targets=[TG], loc='L8:مركز شرطة حي الضباط', attr=AOC),                      # 17
 dict(type='ATTACK', trig='L9:اقتحام', time='L9:الثلاثين من كانون الأول الماضي', actors=['IQ_GOV'], loc='L9:ساحة اعتصام الرمادي'),     # 18
 dict(type='WITHDRAWAL', trig='L9:سحب', actors=['IQ_GOV'], loc='L9:مدن المحافظة'),                                                     # 19
 dict(type='MOVEMENT', trig='L9:إعادة نشره', actors=['IQ_GOV']),                                                                       # 20
]
DP = (D, 'part-of-day')
DD = (D, 'day')
V = (None, 'vague')
KR = ('ناحية الكرمة', 'al-karma')
forces = [
 dict(actor=TG, loc=KR, as_of=DP, status='present', source=MC, line=3, events=[4]),
 dict(actor='IQ_GOV', assets='قوات الجيش والشرطة الاتحادية', loc=KR, as_of=DP, status='present', source=MC, line=3, events=[4, 5]),
 dict(actor='IQ_GOV', loc=KR, as_of=DP, status='withdrawn', source=MC, line=3, events=[6]),
 dict(actor=TG, loc=('المدينة', 'fallujah'), as_of=DD, status='controls', source=MC, line=4, events=[8]),
 dict(actor='IQ_GOV', assets='قطعات الجيش', loc=('الفلوجة', 'fallujah'), as_of=DD, status='present', source=ASK, line=5, events=[10]),
 dict(actor='IQ_GOV', strength=(40, True, 'vehicles'), assets='نحو 40 دبابة وعشرات العربات المدرعة', loc=('الفلوجة', 'fallujah'), as_of=V,
      status='reinforced', source=LOC, line=6, events=[12]),
 dict(actor=AAH, strength=([100, 999], True, 'fighters'), loc=('منطقة الصقلاوية', 'saqlawiya'), as_of=V, status='arrived', source=LOC,
      line=6, events=[13]),
]
for place, slug in (('أحياء الملعب', 'al-malaab-ramadi'), ('الضباط', 'al-dhubbat-ramadi'), ('العزيزية', 'al-aziziya-ramadi')):
    for act in (TG, 'IQ_GOV'):
        forces.append(dict(actor=act, loc=(place, slug), as_of=DD, status='present', line=8, events=[15]))
forces += [
 dict(actor='IQ_GOV', loc=('مركز شرطة حي الضباط', 'al-dhubbat-police-station'), as_of=DD, status='controls', source=AOC, line=8, events=[17]),
 dict(actor='IQ_GOV', assets='الجيش', loc=('مدن المحافظة', 'anbar-cities'), as_of=V, status='withdrawn', line=9, events=[19]),
]
build('alrafidain-fallujah-shelling', None, 'الرافدين', D, L, ents, times, events, forces)
