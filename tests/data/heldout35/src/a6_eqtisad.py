from build import build
L = [
'"قسد" تنتزع حقل العمر أكبر حقول النفط السورية.. وسباق مع نظام الأسد على ثروات دير الزور',
'دير الزور - اقتصاد',
'أعلنت "قوات سوريا الديمقراطية" (قسد)، فجر اليوم الأحد، سيطرتها الكاملة على حقل العمر النفطي شرقي نهر الفرات في ريف دير الزور الشرقي، بعد انسحاب عناصر تنظيم "الدولة الإسلامية" منه إثر معارك استمرت يومين.',
'وقال مصدر عسكري في "مجلس دير الزور العسكري" التابع لـ"قسد"، لـ"اقتصاد"، إن مقاتلي المجلس تقدموا من محورين انطلاقاً من محيط حقل "كونيكو" للغاز، بغطاء جوي من طيران التحالف الدولي الذي شن أكثر من 20 غارة على مواقع التنظيم في محيط الحقل.',
'ويعد حقل العمر أكبر الحقول النفطية في سوريا، إذ كان ينتج في عام 2010 نحو 30 ألف برميل يومياً، قبل أن يتراجع إنتاجه إلى أقل من تسعة آلاف برميل خلال سيطرة التنظيم عليه منذ تموز 2014، وفق تقديرات خبراء في قطاع النفط.',
'وجاء تقدم "قسد" بعد ساعات من إعلان قوات النظام والميليشيات الإيرانية المساندة لها وصولها إلى مشارف الحقل من جهة مدينة الميادين، التي استعادتها من التنظيم في الرابع عشر من الشهر الجاري، ضمن سباق محموم بين الطرفين على حقول النفط والغاز شرقي الفرات.',
'في المقابل، نفت وكالة "سانا" التابعة للنظام أن تكون "قسد" سيطرت على الحقل، مؤكدة أن "وحدات الجيش العربي السوري تواصل تقدمها في المنطقة وكبدت إرهابيي داعش خسائر كبيرة".',
'ويرى الخبير الاقتصادي ماهر العلي، في حديث لـ"اقتصاد"، أن سيطرة "قسد" على حقل العمر "ضربة قاسية لخطط النظام في تأمين المحروقات"، موضحاً أن دمشق تعتمد حالياً على شحنات النفط الإيراني وعلى صهاريج تنقل النفط من مناطق "قسد" عبر وسطاء.',
'وكانت "قسد" قد سيطرت على حقل "كونيكو" للغاز، أكبر حقول الغاز في البلاد، في 23 أيلول الماضي، بعد أيام من إطلاقها حملة "عاصفة الجزيرة" شرق الفرات بدعم أمريكي، فيما تمكن النظام من استعادة حقل التيم النفطي جنوب مدينة دير الزور.',
'ويقع حقل العمر على بعد نحو 15 كيلومتراً شرق مدينة الميادين، وتقدر احتياطاته بعشرات ملايين البراميل، فيما لا يزال التنظيم يسيطر على حقول نفطية صغيرة في محيط مدينة البوكمال قرب الحدود العراقية.',
]
D = '2017-10-22'   # Sunday; Syrian opposition economy site, web copy of its own day
DMC = 'OTHER:deir-ez-zor-military-council'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:قسد','ACTOR','SDF'), ('L0:حقل العمر','LOCATION','al-omar-oilfield'), ('L0:نظام الأسد','ACTOR','SY_GOV'), ('L0:دير الزور','LOCATION','deir-ez-zor-governorate'),
 ('L1:دير الزور','LOCATION','deir-ez-zor'), ('L1:اقتصاد','ORG','eqtisad'),
 ('L2:قوات سوريا الديمقراطية','ACTOR','SDF'), ('L2:قسد','ACTOR','SDF'), ('L2:حقل العمر النفطي','LOCATION','al-omar-oilfield'),
 ('L2:نهر الفرات','LOCATION','euphrates'), ('L2:ريف دير الزور الشرقي','LOCATION','deir-ez-zor-east-countryside'),
 ('L2:تنظيم "الدولة الإسلامية"','ACTOR','ISIS'), ('L2:يومين','QUANTITY',None,(2,False,'other')),
 ('L3:مجلس دير الزور العسكري','ACTOR',DMC), ('L3:قسد','ACTOR','SDF'), ('L3:اقتصاد','ORG','eqtisad'), ('L3:المجلس','ACTOR',DMC),
 ('L3:محورين','QUANTITY',None,(2,False,'other')), ('L3:حقل "كونيكو" للغاز','LOCATION','conoco-gas-field'),
 ('L3:طيران التحالف الدولي','ACTOR','COALITION'), ('L3:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')),
 ('L3:التنظيم','ACTOR','ISIS'), ('L3:الحقل','LOCATION','al-omar-oilfield'),
 ('L4:حقل العمر','LOCATION','al-omar-oilfield'), ('L4:سوريا','LOCATION','syria'), ('L4:نحو 30 ألف برميل','QUANTITY',None,(30000,True,'other')),
 ('L4:أقل من تسعة آلاف برميل','QUANTITY',None,(9000,True,'other')), ('L4:التنظيم','ACTOR','ISIS'),
 ('L5:قسد','ACTOR','SDF'), ('L5:قوات النظام','ACTOR','SY_GOV'), ('L5:الميليشيات الإيرانية','ACTOR',IBM), ('L5:الحقل','LOCATION','al-omar-oilfield'),
 ('L5:مدينة الميادين','LOCATION','al-mayadin'), ('L5:التنظيم','ACTOR','ISIS'), ('L5:حقول النفط والغاز','LOCATION','east-euphrates-oil-gas-fields'),
 ('L5:الفرات','LOCATION','euphrates'),
 ('L6:سانا','ORG','sana'), ('L6:لنظام','ACTOR','SY_GOV'), ('L6:قسد','ACTOR','SDF'), ('L6:الحقل','LOCATION','al-omar-oilfield'),
 ('L6:وحدات الجيش العربي السوري','ACTOR','SY_GOV'), ('L6:المنطقة','LOCATION','al-omar-oilfield-area'), ('L6:داعش','ACTOR','ISIS'),
 ('L7:ماهر العلي','PERSON','maher-al-ali'), ('L7:اقتصاد#1','ORG','eqtisad'), ('L7:قسد#0','ACTOR','SDF'), ('L7:حقل العمر','LOCATION','al-omar-oilfield'),
 ('L7:النظام','ACTOR','SY_GOV'), ('L7:دمشق','ACTOR','SY_GOV'), ('L7:قسد#1','ACTOR','SDF'),
 ('L8:قسد','ACTOR','SDF'), ('L8:حقل "كونيكو" للغاز','LOCATION','conoco-gas-field'), ('L8:البلاد','LOCATION','syria'),
 ('L8:شرق الفرات','LOCATION','east-of-euphrates'), ('L8:النظام','ACTOR','SY_GOV'), ('L8:حقل التيم النفطي','LOCATION','al-taim-oilfield'),
 ('L8:مدينة دير الزور','LOCATION','deir-ez-zor'),
 ('L9:حقل العمر','LOCATION','al-omar-oilfield'), ('L9:نحو 15 كيلومتراً','QUANTITY',None,(15,True,'km')), ('L9:مدينة الميادين','LOCATION','al-mayadin'),
 ('L9:عشرات ملايين البراميل','QUANTITY',None,([24000000, 99000000],True,'other')), ('L9:التنظيم','ACTOR','ISIS'),
 ('L9:حقول نفطية صغيرة','LOCATION','albu-kamal-oilfields'), ('L9:مدينة البوكمال','LOCATION','albu-kamal'), ('L9:الحدود العراقية','LOCATION','syria-iraq-border'),
]
times = [
 ('L2:فجر اليوم الأحد', D, 'part-of-day', {'part': 'morning'}),
 ('L4:عام 2010', '2010', 'year'),
 ('L4:منذ تموز 2014', '2014-07/2017-10', 'month'),
 ('L5:الرابع عشر من الشهر الجاري', '2017-10-14', 'day'),
 ('L8:23 أيلول الماضي', '2017-09-23', 'day'),
]
DAWN = 'L2:فجر اليوم الأحد'
SRC = 'مصدر عسكري في مجلس دير الزور العسكري'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time=DAWN, actors=['SDF'], attr='قوات سوريا الديمقراطية'),                            # 1
 dict(type='CONTROL', trig='L2:سيطرتها', time=DAWN, actors=['SDF'], loc='L2:حقل العمر النفطي', attr='قوات سوريا الديمقراطية'),  # 2
 dict(type='WITHDRAWAL', trig='L2:انسحاب', time=DAWN, actors=['ISIS'], loc='L2:حقل العمر النفطي', attr='قوات سوريا الديمقراطية'),  # 3
 dict(type='ATTACK', trig='L2:معارك', actors=['SDF', 'ISIS'], loc='L2:حقل العمر النفطي', qty=['L2:يومين'], attr='قوات سوريا الديمقراطية'),  # 4
 dict(type='MOVEMENT', trig='L3:تقدموا', actors=[DMC], qty=['L3:محورين'], attr=SRC),                                           # 5
 dict(type='ATTACK', trig='L3:غطاء جوي', actors=['COALITION'], targets=['ISIS'], loc='L3:الحقل', qty=['L3:أكثر من 20 غارة'], attr=SRC),  # 6
 dict(type='CONTROL', trig='L4:سيطرة', time='L4:منذ تموز 2014', actors=['ISIS'], loc='L4:حقل العمر', attr='تقديرات خبراء في قطاع النفط'),  # 7
 dict(type='MOVEMENT', trig='L5:تقدم', time=DAWN, actors=['SDF']),                                                             # 8
 dict(type='STATEMENT', trig='L5:إعلان', actors=['SY_GOV', IBM], attr='قوات النظام'),                                          # 9
 dict(type='MOVEMENT', trig='L5:وصولها', actors=['SY_GOV', IBM], loc='L5:الحقل', attr='قوات النظام'),                           # 10
 dict(type='CONTROL', trig='L5:استعادتها', time='L5:الرابع عشر من الشهر الجاري', actors=['SY_GOV'], loc='L5:مدينة الميادين'),   # 11
 dict(type='CONTROL', trig='L6:سيطرت', mod='denied', actors=['SDF'], loc='L6:الحقل', attr='سانا'),                              # 12
 dict(type='MOVEMENT', trig='L6:تقدمها', actors=['SY_GOV'], loc='L6:المنطقة', attr='سانا'),                                     # 13
 dict(type='ATTACK', trig='L6:كبدت', actors=['SY_GOV'], targets=['ISIS'], loc='L6:المنطقة', attr='سانا'),                       # 14
 dict(type='CONTROL', trig='L7:سيطرة', time=DAWN, actors=['SDF'], loc='L7:حقل العمر', attr='ماهر العلي'),                       # 15
 dict(type='CONTROL', trig='L8:سيطرت', time='L8:23 أيلول الماضي', actors=['SDF'], loc='L8:حقل "كونيكو" للغاز'),                  # 16
 dict(type='OPERATION', trig='L8:حملة', actors=['SDF', 'US'], targets=['ISIS'], loc='L8:شرق الفرات'),                            # 17
 dict(type='CONTROL', trig='L8:استعادة', actors=['SY_GOV'], loc='L8:حقل التيم النفطي'),                                         # 18
 dict(type='CONTROL', trig='L9:يسيطر', actors=['ISIS'], loc='L9:حقول نفطية صغيرة'),                                             # 19
]
DP = (D, 'part-of-day')
TD = (D, 'day')
V = (None, 'vague')
SDFS = 'قوات سوريا الديمقراطية'
forces = [
 dict(actor='SDF', loc=('حقل العمر النفطي', 'al-omar-oilfield'), as_of=DP, status='controls', source=SDFS, line=2, events=[2]),
 dict(actor='ISIS', loc=('حقل العمر النفطي', 'al-omar-oilfield'), as_of=DP, status='withdrawn', source=SDFS, line=2, events=[3]),
 dict(actor='SDF', loc=('حقل العمر النفطي', 'al-omar-oilfield'), as_of=DP, status='present', source=SDFS, line=2, events=[4]),
 dict(actor='ISIS', loc=('حقل العمر النفطي', 'al-omar-oilfield'), as_of=DP, status='present', source=SDFS, line=2, events=[4]),
 dict(actor='ISIS', assets='مواقع', loc=('الحقل', 'al-omar-oilfield'), as_of=TD, status='attacked', source=SRC, line=3, events=[6]),
 dict(actor='ISIS', loc=('حقل العمر', 'al-omar-oilfield'), as_of=('2014-07/2017-10', 'month'), status='controls',
      source='تقديرات خبراء في قطاع النفط', line=4, events=[7]),
 dict(actor='SY_GOV', loc=('مدينة الميادين', 'al-mayadin'), as_of=('2017-10-14', 'day'), status='controls', line=5, events=[11]),
 dict(actor='SY_GOV', assets='وحدات الجيش العربي السوري', loc=('المنطقة', 'al-omar-oilfield-area'), as_of=TD, status='present', source='سانا', line=6, events=[13]),
 dict(actor='SDF', loc=('حقل "كونيكو" للغاز', 'conoco-gas-field'), as_of=('2017-09-23', 'day'), status='controls', line=8, events=[16]),
 dict(actor='SY_GOV', loc=('حقل التيم النفطي', 'al-taim-oilfield'), as_of=V, status='controls', line=8, events=[18]),
 dict(actor='ISIS', loc=('حقول نفطية صغيرة في محيط مدينة البوكمال', 'albu-kamal-oilfields'), as_of=TD, status='controls', line=9, events=[19]),
]
build('eqtisad-al-omar-oilfield', None, 'اقتصاد', D, L, ents, times, events, forces)
