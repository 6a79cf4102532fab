from build import build
L = [
'قوات الأسد و«حزب الله» تسيطر على قريتين في ريف القصير.. و«الحر» يقصف الهرمل',
'عواصم - وكالات: سيطرت قوات النظام السوري مدعومة بعناصر من «حزب الله» اللبناني، أمس الأحد، على قريتي الرضوانية وتل النبي مندو في ريف القصير بمحافظة حمص، بعد معارك عنيفة استمرت يومين مع مقاتلي «الجيش السوري الحر»، وفق ما أفاد المرصد السوري لحقوق الإنسان.',
'وقال ناشطون إن الطيران الحربي التابع للنظام شن منذ فجر السبت أكثر من 20 غارة على قرى أبو حوري والبرهانية والسقرجة، فيما استخدمت قوات الأسد راجمات الصواريخ والمدفعية الثقيلة في قصف مدينة القصير ومحيطها.',
'وأكد قائد ميداني في «كتائب الفاروق» لـ«الوطن» أن مقاتليه انسحبوا من الرضوانية «انسحاباً تكتيكياً» بعد نفاد الذخيرة، مشيراً إلى أن نحو 1500 عنصر من «حزب الله» يشاركون في الهجوم على ريف القصير انطلاقاً من الأراضي اللبنانية عبر معابر غير شرعية قرب بلدة القصر.',
'في المقابل، نفى مصدر مقرب من الحزب في بيروت مشاركة مقاتليه في المعارك، مؤكداً أن «أهالي القرى الحدودية يدافعون عن أنفسهم» في وجه «المجموعات المسلحة».',
'وسقطت ثلاثة صواريخ، مساء أمس، على مدينة الهرمل في البقاع اللبناني مصدرها الأراضي السورية، ما أدى إلى إصابة شخصين بجروح، وتبنى «الجيش الحر» القصف، قائلاً إنه استهدف «مواقع حزب الله» رداً على مشاركته في معارك القصير.',
'وأحصى المرصد مقتل 27 عنصراً من قوات النظام و«جيش الدفاع الوطني» و19 مقاتلاً معارضاً في معارك ريف القصير خلال الـ48 ساعة الماضية، بينما قتل سبعة مدنيين بينهم طفلان في قصف مدفعي على بلدة الضبعة.',
'وفي حلب، قصف مقاتلو المعارضة بقذائف الهاون مطار حلب الدولي ومطار النيرب العسكري المجاور، في إطار حصار تفرضه الكتائب على المطارين منذ مطلع شباط الماضي، بينما ردت قوات النظام بغارات جوية على منطقتي جبرين والنقارين.',
'وفي واشنطن، أفادت مصادر في وزارة الدفاع الأمريكية (البنتاغون) بأن الولايات المتحدة ستنشر قريباً نحو 200 جندي في الأردن قرب الحدود مع سورية، في خطوة وصفتها بـ«الاحترازية».',
'وتحدثت مصادر معارضة عن وصول تعزيزات لقوات النظام ليل الأحد - الاثنين من حمص إلى بلدة شنشار على طريق حمص - القصير، تضم نحو 30 آلية بينها دبابات، تمهيداً لاقتحام مدينة القصير التي يتحصن فيها آلاف المقاتلين.',
]
D = '2013-04-15'   # Monday; Kuwaiti daily, web copy of its day
SUN = '2013-04-14'
HZ = 'HEZBOLLAH'
NDF = 'OTHER:ndf'
ents = [
 ('L0:قوات الأسد','ACTOR','SY_GOV'), ('L0:حزب الله','ACTOR',HZ), ('L0:ريف القصير','LOCATION','qusayr-countryside'),
 ('L0:الحر','ACTOR','FSA'), ('L0:الهرمل','LOCATION','hermel'),
 ('L1:قوات النظام السوري','ACTOR','SY_GOV'), ('L1:حزب الله','ACTOR',HZ), ('L1:قريتي الرضوانية','LOCATION','radwaniyah'),
 ('L1:تل النبي مندو','LOCATION','tal-nabi-mando'), ('L1:ريف القصير','LOCATION','qusayr-countryside'), ('L1:محافظة حمص','LOCATION','homs-gov'),
 ('L1:يومين','QUANTITY',None,(2,False,'other')), ('L1:الجيش السوري الحر','ACTOR','FSA'),
 ('L1:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L2:الطيران الحربي','WEAPON','warplanes'), ('L2:لنظام','ACTOR','SY_GOV'), ('L2:أكثر من 20 غارة','QUANTITY',None,(20,True,'other')),
 ('L2:قرى أبو حوري','LOCATION','abu-hawri'), ('L2:البرهانية','LOCATION','burhaniyah'), ('L2:السقرجة','LOCATION','saqarja'),
 ('L2:قوات الأسد','ACTOR','SY_GOV'), ('L2:راجمات الصواريخ','WEAPON','mrl'), ('L2:المدفعية الثقيلة','WEAPON','heavy-artillery'),
 ('L2:مدينة القصير','LOCATION','qusayr'),
 ('L3:كتائب الفاروق','ACTOR','FSA'), ('L3:الوطن','ORG','alwatan-kw'), ('L3:الرضوانية','LOCATION','radwaniyah'),
 ('L3:نحو 1500 عنصر','QUANTITY',None,(1500,True,'fighters')), ('L3:حزب الله','ACTOR',HZ), ('L3:ريف القصير','LOCATION','qusayr-countryside'),
 ('L3:الأراضي اللبنانية','LOCATION','lebanon'), ('L3:بلدة القصر','LOCATION','qasr'),
 ('L4:الحزب','ACTOR',HZ), ('L4:بيروت','LOCATION','beirut'), ('L4:المجموعات المسلحة','ACTOR','FSA'),
 ('L5:ثلاثة صواريخ','QUANTITY',None,(3,False,'missiles')), ('L5:صواريخ','WEAPON','rockets'), ('L5:مدينة الهرمل','LOCATION','hermel'),
 ('L5:البقاع','LOCATION','bekaa'), ('L5:الأراضي السورية','LOCATION','syria'), ('L5:شخصين','QUANTITY',None,(2,False,'wounded')),
 ('L5:الجيش الحر','ACTOR','FSA'), ('L5:حزب الله','ACTOR',HZ), ('L5:القصير','LOCATION','qusayr'),
 ('L6:المرصد','ORG','sohr'), ('L6:27 عنصراً','QUANTITY',None,(27,False,'killed')), ('L6:قوات النظام','ACTOR','SY_GOV'),
 ('L6:جيش الدفاع الوطني','ACTOR',NDF), ('L6:19 مقاتلاً','QUANTITY',None,(19,False,'killed')), ('L6:ريف القصير','LOCATION','qusayr-countryside'),
 ('L6:سبعة مدنيين','QUANTITY',None,(7,False,'killed')), ('L6:طفلان','QUANTITY',None,(2,False,'killed')), ('L6:بلدة الضبعة','LOCATION','dabaa'),
 ('L7:حلب','LOCATION','aleppo'), ('L7:المعارضة','ACTOR','FSA'), ('L7:قذائف الهاون','WEAPON','mortars'),
 ('L7:مطار حلب الدولي','LOCATION','aleppo-airport'), ('L7:مطار النيرب العسكري','LOCATION','nayrab-airbase'), ('L7:الكتائب','ACTOR','FSA'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:منطقتي جبرين','LOCATION','jibrin'), ('L7:النقارين','LOCATION','naqqarin'),
 ('L8:واشنطن','LOCATION','washington'), ('L8:وزارة الدفاع الأمريكية','ACTOR','US'), ('L8:البنتاغون','ACTOR','US'),
 ('L8:الولايات المتحدة','ACTOR','US'), ('L8:نحو 200 جندي','QUANTITY',None,(200,True,'troops')), ('L8:الأردن','LOCATION','jordan'),
 ('L8:سورية','LOCATION','syria'),
 ('L9:قوات النظام','ACTOR','SY_GOV'), ('L9:حمص','LOCATION','homs'), ('L9:بلدة شنشار','LOCATION','shinshar'),
 ('L9:طريق حمص - القصير','LOCATION','homs-qusayr-road'), ('L9:نحو 30 آلية','QUANTITY',None,(30,True,'vehicles')), ('L9:آلية','WEAPON','vehicles'),
 ('L9:دبابات','WEAPON','tanks'), ('L9:مدينة القصير','LOCATION','qusayr'), ('L9:آلاف المقاتلين','QUANTITY',None,([1000,9999],True,'fighters')),
]
times = [
 ('L1:أمس الأحد', SUN, 'day'),
 ('L2:منذ فجر السبت', '2013-04-13/2013-04-15', 'day'),
 ('L5:مساء أمس', SUN, 'part-of-day', {'part': 'evening'}),
 ('L6:خلال الـ48 ساعة الماضية', '2013-04-13/2013-04-15', 'day'),
 ('L7:منذ مطلع شباط الماضي', '2013-02/2013-04', 'month'),
 ('L8:قريباً', D + '/', 'vague'),
 ('L9:ليل الأحد - الاثنين', SUN, 'part-of-day', {'part': 'night'}),
]
Y = 'L1:أمس الأحد'
SOHR = 'المرصد السوري لحقوق الإنسان'
CMD = 'قائد ميداني في «كتائب الفاروق»'
PEN = 'مصادر في وزارة الدفاع الأمريكية (البنتاغون)'
events = [
 dict(type='CONTROL', trig='L1:سيطرت', time=Y, actors=['SY_GOV', HZ], targets=['FSA'], loc='L1:قريتي الرضوانية', attr=SOHR),        # 1
 dict(type='ATTACK', trig='L1:معارك', time=Y, actors=['SY_GOV', HZ, 'FSA'], loc='L1:ريف القصير', attr=SOHR, qty=['L1:يومين']),      # 2
 dict(type='ATTACK', trig='L2:غارة', time='L2:منذ فجر السبت', actors=['SY_GOV'], loc='L2:قرى أبو حوري', attr='ناشطون',
      weapons=['L2:الطيران الحربي'], qty=['L2:أكثر من 20 غارة']),                                                                  # 3
 dict(type='ATTACK', trig='L2:قصف', actors=['SY_GOV'], loc='L2:مدينة القصير', attr='ناشطون',
      weapons=['L2:راجمات الصواريخ', 'L2:المدفعية الثقيلة']),                                                                      # 4
 dict(type='WITHDRAWAL', trig='L3:انسحبوا', actors=['FSA'], loc='L3:الرضوانية', attr=CMD),                                          # 5
 dict(type='ATTACK', trig='L3:الهجوم', actors=[HZ], loc='L3:ريف القصير', attr=CMD, qty=['L3:نحو 1500 عنصر']),                        # 6
 dict(type='ATTACK', trig='L4:المعارك', mod='denied', actors=[HZ], attr='مصدر مقرب من الحزب'),                                       # 7
 dict(type='ATTACK', trig='L5:سقطت', time='L5:مساء أمس', actors=['FSA'], targets=[HZ], loc='L5:مدينة الهرمل',
      weapons=['L5:صواريخ'], qty=['L5:ثلاثة صواريخ', 'L5:شخصين']),                                                                 # 8
 dict(type='ATTACK', trig='L5:القصف', time='L5:مساء أمس', actors=['FSA'], loc='L5:مدينة الهرمل', attr='الجيش الحر'),                 # 9
 dict(type='ATTACK', trig='L5:استهدف', time='L5:مساء أمس', actors=['FSA'], targets=[HZ], loc='L5:مدينة الهرمل', attr='الجيش الحر'),  # 10
 dict(type='ATTACK', trig='L5:معارك', actors=[HZ], loc='L5:القصير', attr='الجيش الحر'),                                              # 11
 dict(type='ATTACK', trig='L6:معارك', time='L6:خلال الـ48 ساعة الماضية', actors=['SY_GOV', NDF], loc='L6:ريف القصير', attr='المرصد',
      qty=['L6:27 عنصراً', 'L6:19 مقاتلاً']),                                                                                     # 12
 dict(type='ATTACK', trig='L6:قصف', loc='L6:بلدة الضبعة', attr='المرصد', qty=['L6:سبعة مدنيين', 'L6:طفلان']),                       # 13
 dict(type='ATTACK', trig='L7:قصف', actors=['FSA'], targets=['SY_GOV'], loc='L7:مطار حلب الدولي', weapons=['L7:قذائف الهاون']),        # 14
 dict(type='OPERATION', trig='L7:حصار', time='L7:منذ مطلع شباط الماضي', actors=['FSA'], targets=['SY_GOV'], loc='L7:مطار حلب الدولي'), # 15
 dict(type='ATTACK', trig='L7:ردت', actors=['SY_GOV'], targets=['FSA'], loc='L7:منطقتي جبرين'),                                      # 16
 dict(type='MOVEMENT', trig='L8:ستنشر', mod='planned', time='L8:قريباً', actors=['US'], loc='L8:الأردن', attr=PEN,
      qty=['L8:نحو 200 جندي']),                                                                                                   # 17
 dict(type='MOVEMENT', trig='L9:وصول', time='L9:ليل الأحد - الاثنين', actors=['SY_GOV'], loc='L9:بلدة شنشار', attr='مصادر معارضة',
      weapons=['L9:آلية', 'L9:دبابات'], qty=['L9:نحو 30 آلية']),                                                                     # 18
 dict(type='ATTACK', trig='L9:لاقتحام', mod='planned', actors=['SY_GOV'], loc='L9:مدينة القصير', attr='مصادر معارضة'),                # 19
]
SUND = (SUN, 'day')
OD = (D, 'day')
V = (None, 'vague')
H48 = ('2013-04-13/2013-04-15', 'day')
forces = [
 dict(actor='SY_GOV', loc=('الرضوانية', 'radwaniyah'), as_of=SUND, status='controls', source=SOHR, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('تل النبي مندو', 'tal-nabi-mando'), as_of=SUND, status='controls', source=SOHR, line=1, events=[1]),
 dict(actor='SY_GOV', loc=('ريف القصير', 'qusayr-countryside'), as_of=SUND, status='present', source=SOHR, line=1, events=[2]),
 dict(actor=HZ, loc=('ريف القصير', 'qusayr-countryside'), as_of=SUND, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='FSA', loc=('ريف القصير', 'qusayr-countryside'), as_of=SUND, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='FSA', loc=('الرضوانية', 'radwaniyah'), as_of=V, status='withdrawn', source=CMD, line=3, events=[5]),
 dict(actor=HZ, strength=(1500, True, 'fighters'), loc=('ريف القصير', 'qusayr-countryside'), as_of=OD, status='present', source=CMD, line=3, events=[6]),
 dict(actor=HZ, loc=('مدينة الهرمل', 'hermel'), as_of=(SUN, 'part-of-day'), status='attacked', source='الجيش الحر', line=5, events=[8, 10]),
 dict(actor='SY_GOV', loc=('ريف القصير', 'qusayr-countryside'), as_of=H48, status='present', source='المرصد', line=6, events=[12]),
 dict(actor=NDF, loc=('ريف القصير', 'qusayr-countryside'), as_of=H48, status='present', source='المرصد', line=6, events=[12]),
 dict(actor='SY_GOV', loc=('مطار حلب الدولي', 'aleppo-airport'), as_of=OD, status='attacked', line=7, events=[14]),
 dict(actor='SY_GOV', loc=('مطار النيرب العسكري', 'nayrab-airbase'), as_of=OD, status='attacked', line=7, events=[14]),
 dict(actor='SY_GOV', loc=('مطار حلب الدولي', 'aleppo-airport'), as_of=OD, status='present', line=7, events=[14]),
 dict(actor='SY_GOV', loc=('مطار النيرب العسكري', 'nayrab-airbase'), as_of=OD, status='present', line=7, events=[14]),
 dict(actor='FSA', loc=('مطار حلب الدولي', 'aleppo-airport'), as_of=('2013-02/2013-04', 'month'), status='present', line=7, events=[15]),
 dict(actor='US', strength=(200, True, 'troops'), loc=('الأردن', 'jordan'), as_of=(D + '/', 'vague'), status='planned', source=PEN, line=8, events=[17]),
 dict(actor='SY_GOV', strength=(30, True, 'vehicles'), assets='دبابات', loc=('بلدة شنشار', 'shinshar'), as_of=(SUN, 'part-of-day'), status='reinforced', source='مصادر معارضة', line=9, events=[18]),
]
build('alwatankw-qusayr-villages', None, 'الوطن', D, L, ents, times, events, forces)
