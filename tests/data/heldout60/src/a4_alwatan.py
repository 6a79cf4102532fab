from build import build
L = [
'الرئيس الأسد من الهبيط: معركة إدلب هي الأساس لإنهاء الفوضى والإرهاب',
'إدلب - الوطن',
'زار الرئيس بشار الأسد، أمس، وحدات الجيش العربي السوري المرابطة على خطوط التماس في بلدة الهبيط بريف إدلب الجنوبي، والتقى الضباط والجنود في مواقعهم الأمامية.',
'وقال الرئيس الأسد خلال الزيارة إن "معركة إدلب هي الأساس لحسم الفوضى والإرهاب في كل مناطق سورية"، مؤكداً أن الجيش سيواصل عملياته "حتى تحرير كل شبر من الأرض السورية".',
'ووصف الرئيس الأسد نظيره التركي رجب طيب أردوغان بـ"اللص"، مؤكداً أن الدولة السورية ستدعم "أي مقاومة شعبية" في مواجهة العدوان التركي على منطقة الجزيرة، الذي بدأ في التاسع من تشرين الأول الجاري.',
'ميدانياً، قال مصدر عسكري لـ"الوطن" إن وحدات الجيش استهدفت بالمدفعية الثقيلة وراجمات الصواريخ تحركات لإرهابيي "جبهة النصرة" في محيط بلدتي كفرسجنة والتمانعة وعلى محور ركايا سجنة، وأوقعت قتلى وجرحى في صفوفهم.',
'وأضاف المصدر أن وحدات الجيش أحبطت فجر أمس محاولة تسلل لمجموعة من مسلحي "الحزب الإسلامي التركستاني" باتجاه نقاطها في قرية الزكاة بريف حماة الشمالي، وقتلت عدداً من أفرادها.',
'وأشار المصدر إلى وصول تعزيزات عسكرية جديدة إلى محاور ريف إدلب الجنوبي، تضم عشرات الآليات والدبابات ونحو 400 مقاتل من "قوات النمر"، استعداداً للمرحلة المقبلة من العمليات.',
'وكانت وحدات الجيش قد حررت بلدة الهبيط في الحادي عشر من آب الماضي، قبل أن تستعيد خان شيخون وبلدات ريف حماة الشمالي أواخر الشهر ذاته.',
'ويسري في المنطقة منذ الحادي والثلاثين من آب وقف لإطلاق النار أعلنه الجانب الروسي، إلا أن المصدر أكد أن الإرهابيين خرقوه عشرات المرات خلال الأسابيع الماضية.',
'وتحيط وحدات الجيش منذ آب الماضي بنقطة المراقبة التركية في مورك، التي لا يزال يتمركز فيها عشرات الجنود الأتراك، في حين تواصل أنقرة إرسال الأرتال العسكرية إلى إدلب تحت ذريعة "تعزيز نقاط المراقبة".',
]
D = '2019-10-23'   # Wednesday; Damascus daily dated the day after: أمس is Tuesday 22 October
Y = '2019-10-22'
TIP = 'OTHER:turkistan-islamic-party'
ents = [
 ('L0:الأسد','PERSON','bashar-al-assad'), ('L0:الهبيط','LOCATION','al-habit'), ('L0:إدلب','LOCATION','idlib'),
 ('L1:إدلب','LOCATION','idlib'), ('L1:الوطن','ORG','alwatan-syria'),
 ('L2:بشار الأسد','PERSON','bashar-al-assad'), ('L2:وحدات الجيش العربي السوري','ACTOR','SY_GOV'), ('L2:خطوط التماس','LOCATION','habit-front-lines'),
 ('L2:بلدة الهبيط','LOCATION','al-habit'), ('L2:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L3:الأسد','PERSON','bashar-al-assad'), ('L3:إدلب','LOCATION','idlib'), ('L3:سورية#0','LOCATION','syria'), ('L3:الجيش','ACTOR','SY_GOV'),
 ('L3:الأرض السورية','LOCATION','syria'),
 ('L4:الأسد','PERSON','bashar-al-assad'), ('L4:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L4:الدولة السورية','ACTOR','SY_GOV'),
 ('L4:منطقة الجزيرة','LOCATION','jazira-region'),
 ('L5:الوطن','ORG','alwatan-syria'), ('L5:وحدات الجيش','ACTOR','SY_GOV'), ('L5:المدفعية الثقيلة','WEAPON','heavy-artillery'),
 ('L5:راجمات الصواريخ','WEAPON','rocket-launchers'), ('L5:جبهة النصرة','ACTOR','NUSRA'), ('L5:محيط بلدتي كفرسجنة','LOCATION','kafr-sijnah'),
 ('L5:التمانعة','LOCATION','al-tamanah'), ('L5:محور ركايا سجنة','LOCATION','rakaya-sijnah'),
 ('L6:وحدات الجيش','ACTOR','SY_GOV'), ('L6:الحزب الإسلامي التركستاني','ACTOR',TIP), ('L6:قرية الزكاة','LOCATION','al-zakat'),
 ('L6:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L7:محاور ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L7:عشرات الآليات','QUANTITY',None,([24,99],True,'vehicles')),
 ('L7:الآليات','WEAPON','military-vehicles'), ('L7:الدبابات','WEAPON','tanks'), ('L7:نحو 400 مقاتل','QUANTITY',None,(400,True,'fighters')),
 ('L7:قوات النمر','ACTOR','SY_GOV'),
 ('L8:وحدات الجيش','ACTOR','SY_GOV'), ('L8:بلدة الهبيط','LOCATION','al-habit'), ('L8:خان شيخون','LOCATION','khan-shaykhun'),
 ('L8:بلدات ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L9:المنطقة','LOCATION','idlib-de-escalation-zone'), ('L9:الجانب الروسي','ACTOR','RU'), ('L9:الإرهابيين','ACTOR','NUSRA'),
 ('L9:عشرات المرات','QUANTITY',None,([24,99],True,'other')),
 ('L10:وحدات الجيش','ACTOR','SY_GOV'), ('L10:نقطة المراقبة التركية','LOCATION','morek-observation-post'), ('L10:مورك','LOCATION','morek'),
 ('L10:عشرات الجنود','QUANTITY',None,([24,99],True,'troops')), ('L10:الجنود الأتراك','ACTOR','TR'), ('L10:أنقرة','ACTOR','TR'),
 ('L10:إدلب','LOCATION','idlib-governorate'), ('L10:نقاط المراقبة','LOCATION','turkish-observation-posts-idlib'),
]
times = [
 ('L2:أمس', Y, 'day'),
 ('L4:التاسع من تشرين الأول الجاري', '2019-10-09', 'day'),
 ('L6:فجر أمس', Y, 'part-of-day', {'part': 'morning'}),
 ('L8:الحادي عشر من آب الماضي', '2019-08-11', 'day'),
 ('L8:أواخر الشهر ذاته', '2019-08', 'month'),
 ('L9:منذ الحادي والثلاثين من آب', '2019-08-31/' + D, 'day'),
 ('L9:خلال الأسابيع الماضية', None, 'vague', {'relation': 'before'}),
 ('L10:منذ آب الماضي', '2019-08/2019-10', 'month'),
]
T = 'L2:أمس'
AS = 'الرئيس بشار الأسد'
SRC = 'مصدر عسكري (الوطن)'
events = [
 dict(type='MOVEMENT', trig='L2:المرابطة', time=T, actors=['SY_GOV'], loc='L2:بلدة الهبيط'),                                             # 1
 dict(type='STATEMENT', trig='L3:قال', time=T, actors=['SY_GOV'], attr=AS),                                                           # 2
 dict(type='OPERATION', trig='L3:عملياته', mod='planned', actors=['SY_GOV'], attr=AS),                                                 # 3
 dict(type='CONTROL', trig='L3:تحرير', mod='planned', actors=['SY_GOV'], loc='L3:الأرض السورية', attr=AS),                             # 4
 dict(type='OPERATION', trig='L4:العدوان', time='L4:التاسع من تشرين الأول الجاري', actors=['TR'], loc='L4:منطقة الجزيرة', attr=AS),      # 5
 dict(type='ATTACK', trig='L5:استهدفت', actors=['SY_GOV'], targets=['NUSRA'], loc='L5:محيط بلدتي كفرسجنة',
      weapons=['L5:المدفعية الثقيلة', 'L5:راجمات الصواريخ'], attr=SRC),                                                                  # 6
 dict(type='ATTACK', trig='L6:أحبطت', time='L6:فجر أمس', actors=['SY_GOV'], targets=[TIP], loc='L6:قرية الزكاة', attr=SRC),             # 7
 dict(type='MOVEMENT', trig='L6:تسلل', time='L6:فجر أمس', actors=[TIP], loc='L6:قرية الزكاة', attr=SRC),                                # 8
 dict(type='ATTACK', trig='L6:قتلت', time='L6:فجر أمس', actors=['SY_GOV'], targets=[TIP], attr=SRC),                                    # 9
 dict(type='MOVEMENT', trig='L7:وصول', actors=['SY_GOV'], loc='L7:محاور ريف إدلب الجنوبي', weapons=['L7:الآليات', 'L7:الدبابات'],
      qty=['L7:عشرات الآليات', 'L7:نحو 400 مقاتل'], attr=SRC),                                                                          # 10
 dict(type='OPERATION', trig='L7:العمليات', mod='planned', actors=['SY_GOV'], attr=SRC),                                               # 11
 dict(type='CONTROL', trig='L8:حررت', time='L8:الحادي عشر من آب الماضي', actors=['SY_GOV'], loc='L8:بلدة الهبيط'),                      # 12
 dict(type='CONTROL', trig='L8:تستعيد', time='L8:أواخر الشهر ذاته', actors=['SY_GOV'], loc='L8:خان شيخون'),                             # 13
 dict(type='AGREEMENT', trig='L9:وقف لإطلاق النار', time='L9:منذ الحادي والثلاثين من آب', actors=['RU'], loc='L9:المنطقة'),             # 14
 dict(type='STATEMENT', trig='L9:أعلنه', time='L9:منذ الحادي والثلاثين من آب', actors=['RU'], attr='الجانب الروسي'),                   # 15
 dict(type='ATTACK', trig='L9:خرقوه', time='L9:خلال الأسابيع الماضية', actors=['NUSRA'], qty=['L9:عشرات المرات'], attr=SRC),             # 16
 dict(type='OPERATION', trig='L10:تحيط', time='L10:منذ آب الماضي', actors=['SY_GOV'], targets=['TR'], loc='L10:نقطة المراقبة التركية'),   # 17
 dict(type='MOVEMENT', trig='L10:يتمركز', actors=['TR'], loc='L10:مورك', qty=['L10:عشرات الجنود']),                                    # 18
 dict(type='MOVEMENT', trig='L10:إرسال', actors=['TR'], loc='L10:إدلب'),                                                              # 19
]
YD = (Y, 'day')
DD = (D, 'day')
YM = (Y, 'part-of-day')
AUG = ('2019-08', 'month')
forces = [
 dict(actor='SY_GOV', assets='وحدات مرابطة على خطوط التماس', loc=('بلدة الهبيط', 'al-habit'), as_of=YD, status='present', line=2, events=[1]),
 dict(actor='NUSRA', loc=('محيط بلدتي كفرسجنة', 'kafr-sijnah'), as_of=DD, status='attacked', source=SRC, line=5, events=[6]),
 dict(actor='NUSRA', loc=('التمانعة', 'al-tamanah'), as_of=DD, status='attacked', source=SRC, line=5, events=[6]),
 dict(actor='NUSRA', loc=('محور ركايا سجنة', 'rakaya-sijnah'), as_of=DD, status='attacked', source=SRC, line=5, events=[6]),
 dict(actor='SY_GOV', assets='نقاط', loc=('قرية الزكاة', 'al-zakat'), as_of=YM, status='present', source=SRC, line=6, events=[7]),
 dict(actor=TIP, loc=('قرية الزكاة', 'al-zakat'), as_of=YM, status='present', source=SRC, line=6, events=[8]),
 dict(actor='SY_GOV', strength=(400, True, 'fighters'), assets='عشرات الآليات والدبابات، قوات النمر', loc=('محاور ريف إدلب الجنوبي', 'idlib-south-countryside'),
      as_of=DD, status='reinforced', source=SRC, line=7, events=[10]),
 dict(actor='SY_GOV', loc=('بلدة الهبيط', 'al-habit'), as_of=('2019-08-11', 'day'), status='controls', line=8, events=[12]),
 dict(actor='SY_GOV', loc=('خان شيخون', 'khan-shaykhun'), as_of=AUG, status='controls', line=8, events=[13]),
 dict(actor='SY_GOV', loc=('بلدات ريف حماة الشمالي', 'hama-north-countryside'), as_of=AUG, status='controls', line=8, events=[13]),
 dict(actor='SY_GOV', loc=('مورك', 'morek'), as_of=('2019-08/2019-10', 'month'), status='present', line=10, events=[17]),
 dict(actor='TR', strength=([24, 99], True, 'troops'), assets='نقطة المراقبة التركية', loc=('مورك', 'morek'), as_of=DD, status='present', line=10, events=[18]),
 dict(actor='TR', assets='الأرتال العسكرية', loc=('إدلب', 'idlib-governorate'), as_of=DD, status='reinforced', line=10, events=[19]),
]
build('alwatan-habit-assad-visit', None, 'الوطن', D, L, ents, times, events, forces)
