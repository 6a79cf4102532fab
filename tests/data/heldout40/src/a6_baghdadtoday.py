from build import build
L = [
'الصدر يمهل أنصاره 60 دقيقة للانسحاب من الخضراء.. و"سرايا السلام" تبدأ إخلاء مواقعها',
'بغداد اليوم - بغداد',
'بدأ مسلحو "سرايا السلام"، ظهر اليوم الثلاثاء (30 آب 2022)، الانسحاب من محيط المنطقة الخضراء وسط بغداد، بعد أن أمهل زعيم التيار الصدري مقتدى الصدر أنصاره ستين دقيقة لمغادرة المنطقة، إثر ليلة من الاشتباكات الدامية.',
'وقال الصدر، في مؤتمر صحفي عقده بمدينة النجف: "إذا لم ينسحب التيار الصدري من البرلمان خلال ستين دقيقة فسأبرأ منه"، معتذراً للشعب العراقي عما جرى.',
'وأفاد مصدر أمني لـ"بغداد اليوم" بأن الاشتباكات بين "سرايا السلام" وعناصر من فصائل الحشد الشعبي والقوات الأمنية تركزت طوال الليلة الماضية عند بوابات الخضراء وجسر الجمهورية وساحة الاحتفالات، واستُخدمت فيها الأسلحة المتوسطة والقذائف الصاروخية.',
'وأضاف المصدر أن أكثر من 10 قذائف هاون وصواريخ كاتيوشا سقطت داخل المنطقة الخضراء منذ منتصف الليلة الماضية، من دون أن تسجل إصابات في صفوف البعثات الدبلوماسية.',
'وبحسب مصادر طبية في وزارة الصحة، ارتفعت حصيلة ضحايا الاشتباكات إلى 30 قتيلاً وأكثر من 570 جريحاً منذ ظهر أمس الاثنين، عقب إعلان الصدر اعتزاله العمل السياسي نهائياً.',
'وكانت قيادة العمليات المشتركة قد أعلنت حظراً شاملاً للتجوال في العاصمة ابتداءً من مساء أمس، قبل أن توسعه ليشمل جميع المحافظات، فيما دفعت بتعزيزات من الفرقة الخاصة وجهاز مكافحة الإرهاب تضم نحو 40 عربة مدرعة إلى محيط الخضراء.',
'من جهتها، أكدت خلية الإعلام الأمني، في بيان، أن القوات الأمنية "لم تطلق النار" على المتظاهرين، وأنها تعاملت "بأقصى درجات ضبط النفس".',
'وقال مصدر في "سرايا السلام" لـ"بغداد اليوم" إن نحو 300 من عناصرها انسحبوا حتى الآن من ساحة الاحتفالات وجسر الجمهورية باتجاه مدينة الصدر شرقي العاصمة، تنفيذاً لأوامر الصدر.',
'في المقابل، نفت هيئة الحشد الشعبي في بيان مشاركة أي من ألويتها في الاشتباكات، متهمة "جهات مندسة" بإطلاق النار على المتظاهرين.',
'وفي البصرة، أفاد شهود عيان بوقوع اشتباكات متقطعة الليلة الماضية بين "سرايا السلام" و"عصائب أهل الحق" قرب مقر للأخيرة وسط المدينة، من دون ورود معلومات عن إصابات.',
]
D = '2022-08-30'   # Tuesday; Baghdad news site, web copy of its own day
MON = '2022-08-29'
SAS = 'OTHER:saraya-al-salam'
SDR = 'OTHER:sadrist-movement'
PMF = 'OTHER:pmf'
AAH = 'OTHER:asaib-ahl-al-haq'
ents = [
 ('L0:الصدر','PERSON','muqtada-al-sadr'), ('L0:60 دقيقة','QUANTITY',None,(60,False,'other')), ('L0:الخضراء','LOCATION','green-zone'),
 ('L0:سرايا السلام','ACTOR',SAS),
 ('L1:بغداد اليوم','ORG','baghdad-today'), ('L1:بغداد#1','LOCATION','baghdad'),
 ('L2:سرايا السلام','ACTOR',SAS), ('L2:المنطقة الخضراء','LOCATION','green-zone'), ('L2:بغداد','LOCATION','baghdad'),
 ('L2:التيار الصدري','ACTOR',SDR), ('L2:مقتدى الصدر','PERSON','muqtada-al-sadr'), ('L2:ستين دقيقة','QUANTITY',None,(60,False,'other')),
 ('L2:المنطقة#1','LOCATION','green-zone'),
 ('L3:الصدر#0','PERSON','muqtada-al-sadr'), ('L3:مدينة النجف','LOCATION','najaf'), ('L3:التيار الصدري','ACTOR',SDR), ('L3:البرلمان','LOCATION','iraqi-parliament'),
 ('L4:بغداد اليوم','ORG','baghdad-today'), ('L4:سرايا السلام','ACTOR',SAS), ('L4:فصائل الحشد الشعبي','ACTOR',PMF), ('L4:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L4:بوابات الخضراء','LOCATION','green-zone-gates'), ('L4:جسر الجمهورية','LOCATION','jumhuriya-bridge'), ('L4:ساحة الاحتفالات','LOCATION','celebrations-square'),
 ('L4:الأسلحة المتوسطة','WEAPON','medium-weapons'), ('L4:القذائف الصاروخية','WEAPON','rocket-propelled-grenades'),
 ('L5:أكثر من 10 قذائف هاون','QUANTITY',None,(10,True,'other')), ('L5:قذائف هاون','WEAPON','mortar-shells'), ('L5:صواريخ كاتيوشا','WEAPON','katyusha'),
 ('L5:المنطقة الخضراء','LOCATION','green-zone'),
 ('L6:وزارة الصحة','ORG','iraq-health-ministry'), ('L6:30 قتيلاً','QUANTITY',None,(30,False,'killed')),
 ('L6:أكثر من 570 جريحاً','QUANTITY',None,(570,True,'wounded')), ('L6:الصدر','PERSON','muqtada-al-sadr'),
 ('L7:قيادة العمليات المشتركة','ACTOR','IQ_GOV'), ('L7:العاصمة','LOCATION','baghdad'), ('L7:المحافظات','LOCATION','iraq-governorates'),
 ('L7:الفرقة الخاصة','ACTOR','IQ_GOV'), ('L7:جهاز مكافحة الإرهاب','ACTOR','IQ_GOV'), ('L7:نحو 40 عربة مدرعة','QUANTITY',None,(40,True,'vehicles')),
 ('L7:عربة مدرعة','WEAPON','armoured-vehicles'), ('L7:الخضراء','LOCATION','green-zone'),
 ('L8:خلية الإعلام الأمني','ACTOR','IQ_GOV'), ('L8:القوات الأمنية','ACTOR','IQ_GOV'),
 ('L9:سرايا السلام','ACTOR',SAS), ('L9:بغداد اليوم','ORG','baghdad-today'), ('L9:نحو 300','QUANTITY',None,(300,True,'fighters')),
 ('L9:ساحة الاحتفالات','LOCATION','celebrations-square'), ('L9:جسر الجمهورية','LOCATION','jumhuriya-bridge'), ('L9:مدينة الصدر','LOCATION','sadr-city'),
 ('L9:العاصمة','LOCATION','baghdad'), ('L9:الصدر#1','PERSON','muqtada-al-sadr'),
 ('L10:هيئة الحشد الشعبي','ACTOR',PMF), ('L10:جهات مندسة','ACTOR','UNKNOWN'),
 ('L11:البصرة','LOCATION','basra'), ('L11:سرايا السلام','ACTOR',SAS), ('L11:عصائب أهل الحق','ACTOR',AAH), ('L11:المدينة','LOCATION','basra'),
]
times = [
 ('L2:ظهر اليوم الثلاثاء', D, 'part-of-day', {'part': 'noon'}),
 ('L2:30 آب 2022', D, 'day'),
 ('L3:خلال ستين دقيقة', D + '/', 'vague', {'relation': 'after'}),
 ('L4:طوال الليلة الماضية', MON, 'part-of-day', {'part': 'night'}),
 ('L5:منذ منتصف الليلة الماضية', MON + '/' + D, 'day'),
 ('L6:منذ ظهر أمس الاثنين', MON + '/' + D, 'day'),
 ('L7:مساء أمس', MON, 'part-of-day', {'part': 'evening'}),
 ('L11:الليلة الماضية', MON, 'part-of-day', {'part': 'night'}),
]
NOON = 'L2:ظهر اليوم الثلاثاء'
NIGHT = 'L4:طوال الليلة الماضية'
SEC = 'مصدر أمني (بغداد اليوم)'
MED = 'مصادر طبية في وزارة الصحة'
SMC = 'خلية الإعلام الأمني'
SSRC = 'مصدر في سرايا السلام (بغداد اليوم)'
PMFC = 'هيئة الحشد الشعبي'
events = [
 dict(type='WITHDRAWAL', trig='L2:الانسحاب', time=NOON, actors=[SAS], loc='L2:المنطقة الخضراء'),                                      # 1
 dict(type='ATTACK', trig='L2:الاشتباكات', time=NIGHT, actors=[SAS, PMF, 'IQ_GOV']),                                                  # 2
 dict(type='STATEMENT', trig='L3:قال', time=NOON, actors=[SDR], attr='مقتدى الصدر'),                                                  # 3
 dict(type='WITHDRAWAL', trig='L3:ينسحب', mod='planned', time='L3:خلال ستين دقيقة', actors=[SDR], loc='L3:البرلمان', attr='مقتدى الصدر'),  # 4
 dict(type='ATTACK', trig='L4:الاشتباكات', time=NIGHT, actors=[SAS, PMF, 'IQ_GOV'], loc='L4:بوابات الخضراء',
      weapons=['L4:الأسلحة المتوسطة', 'L4:القذائف الصاروخية'], attr=SEC),                                                            # 5
 dict(type='ATTACK', trig='L5:سقطت', time='L5:منذ منتصف الليلة الماضية', loc='L5:المنطقة الخضراء',
      weapons=['L5:قذائف هاون', 'L5:صواريخ كاتيوشا'], qty=['L5:أكثر من 10 قذائف هاون'], attr=SEC),                                     # 6
 dict(type='ATTACK', trig='L6:الاشتباكات', time='L6:منذ ظهر أمس الاثنين', actors=[SAS, PMF, 'IQ_GOV'],
      qty=['L6:30 قتيلاً', 'L6:أكثر من 570 جريحاً'], attr=MED),                                                                      # 7
 dict(type='STATEMENT', trig='L7:أعلنت', time='L7:مساء أمس', actors=['IQ_GOV'], attr='قيادة العمليات المشتركة'),                      # 8
 dict(type='MOVEMENT', trig='L7:دفعت', time='L7:مساء أمس', actors=['IQ_GOV'], loc='L7:الخضراء', weapons=['L7:عربة مدرعة'],
      qty=['L7:نحو 40 عربة مدرعة']),                                                                                                  # 9
 dict(type='STATEMENT', trig='L8:بيان', actors=['IQ_GOV'], attr=SMC),                                                               # 10
 dict(type='ATTACK', trig='L8:تطلق النار', mod='denied', actors=['IQ_GOV'], attr=SMC),                                               # 11
 dict(type='WITHDRAWAL', trig='L9:انسحبوا', time=NOON, actors=[SAS], loc='L9:ساحة الاحتفالات', qty=['L9:نحو 300'], attr=SSRC),       # 12
 dict(type='STATEMENT', trig='L10:بيان', actors=[PMF], attr=PMFC),                                                                  # 13
 dict(type='ATTACK', trig='L10:الاشتباكات', mod='denied', time=NIGHT, actors=[PMF], attr=PMFC),                                      # 14
 dict(type='ATTACK', trig='L10:بإطلاق النار', actors=['UNKNOWN'], attr=PMFC),                                                        # 15
 dict(type='ATTACK', trig='L11:اشتباكات', time='L11:الليلة الماضية', actors=[SAS, AAH], loc='L11:المدينة', attr='شهود عيان'),         # 16
]
NT = (MON, 'part-of-day')
NP = (D, 'part-of-day')
forces = [
 dict(actor=SAS, loc=('المنطقة الخضراء', 'green-zone'), as_of=NP, status='withdrawn', line=2, events=[1]),
]
for place, canon in (('بوابات الخضراء', 'green-zone-gates'), ('جسر الجمهورية', 'jumhuriya-bridge'), ('ساحة الاحتفالات', 'celebrations-square')):
    for actor in (SAS, PMF, 'IQ_GOV'):
        forces.append(dict(actor=actor, loc=(place, canon), as_of=NT, status='present', source=SEC, line=4, events=[5]))
forces += [
 dict(actor='IQ_GOV', strength=(40, True, 'vehicles'), assets='الفرقة الخاصة، جهاز مكافحة الإرهاب، عربات مدرعة', loc=('الخضراء', 'green-zone'),
      as_of=NT, status='reinforced', line=7, events=[9]),
 dict(actor=SAS, strength=(300, True, 'fighters'), loc=('ساحة الاحتفالات', 'celebrations-square'), as_of=NP, status='withdrawn', source=SSRC, line=9, events=[12]),
 dict(actor=SAS, loc=('جسر الجمهورية', 'jumhuriya-bridge'), as_of=NP, status='withdrawn', source=SSRC, line=9, events=[12]),
 dict(actor=SAS, loc=('المدينة', 'basra'), as_of=NT, status='present', source='شهود عيان', line=11, events=[16]),
 dict(actor=AAH, assets='مقر', loc=('المدينة', 'basra'), as_of=NT, status='present', source='شهود عيان', line=11, events=[16]),
]
build('baghdadtoday-green-zone-clashes', None, 'بغداد اليوم', D, L, ents, times, events, forces)
