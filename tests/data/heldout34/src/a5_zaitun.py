from build import build
L = [
'فصائل المعارضة تسيطر على طيبة الإمام وتقترب من قمحانة في ريف حماة الشمالي',
'زيتون – ريف حماة',
'سيطرت فصائل المعارضة، أمس الأربعاء، على مدينة طيبة الإمام في ريف حماة الشمالي بعد معارك عنيفة مع قوات الأسد والميليشيات الموالية لها، في اليوم الثالث من معركة أطلقتها الفصائل فجر الاثنين وانتزعت خلالها مدينتي حلفايا وصوران وعدداً من القرى والحواجز.',
'وقال مسؤول المكتب الإعلامي في "جيش العزة" مصطفى معراتي لـ"زيتون" إن الفصائل اقتحمت المدينة من ثلاثة محاور بعد تمهيد مدفعي وصاروخي مكثف، ما أدى إلى مقتل أكثر من 40 عنصراً من قوات الأسد وأسر سبعة آخرين، واغتنام دبابتين وعربة "شيلكا".',
'وأضاف معراتي أن قوات الأسد انسحبت باتجاه بلدة قمحانة ومدينة محردة، وأن الفصائل باتت على بعد نحو 8 كيلومترات من مطار حماة العسكري، الذي تنطلق منه المروحيات لإلقاء البراميل المتفجرة على ريفي حماة وإدلب.',
'وتشارك في المعركة فصائل "جيش العزة" و"جيش النصر" و"أجناد الشام" إلى جانب "جند الأقصى"، الذي يقاتل بنحو ألف عنصر على جبهة ريف حماة الشمالي بحسب مصادر في المعارضة، فيما تغيب "جبهة فتح الشام" و"أحرار الشام" عن المعركة حتى الآن.',
'في المقابل، شنّ الطيران الروسي وطيران النظام أكثر من 60 غارة على المناطق المحررة خلال الساعات الـ24 الماضية، تركزت على اللطامنة وكفرزيتا وطيبة الإمام، ما أدى إلى مقتل تسعة مدنيين بينهم ثلاثة أطفال، وفق مديرية الدفاع المدني في حماة.',
'وأفادت مصادر ميدانية بأن قوات النظام دفعت بتعزيزات كبيرة من "قوات النمر" بقيادة العميد سهيل الحسن من جبهات حلب إلى مدينة محردة وبلدة قمحانة، في محاولة لوقف تقدم الفصائل.',
'بينما زعمت وكالة "سانا" التابعة للنظام أن "وحدات من الجيش أحبطت هجوماً لإرهابيي جبهة النصرة على نقاط عسكرية في ريف حماة الشمالي"، من دون أن تشير إلى خسارة أي من المدن.',
'وتسببت المعارك بنزوح آلاف العائلات من قرى ريف حماة الشمالي باتجاه ريف إدلب الجنوبي، في حين تبقى مدينتا محردة والسقيلبية ذواتا الغالبية المسيحية تحت سيطرة النظام وميليشيات "الدفاع الوطني".',
]
D = '2016-09-01'   # Thursday; Syrian opposition magazine's website, web copy of its own day
WED = '2016-08-31'
MON = '2016-08-29'
PGM = 'OTHER:pro-government-militias'
IZZA = 'OTHER:jaish-al-izza'
NASR = 'OTHER:jaish-al-nasr'
AJN = 'OTHER:ajnad-al-sham'
JUND = 'OTHER:jund-al-aqsa'
AHR = 'OTHER:ahrar-al-sham'
ents = [
 ('L0:فصائل المعارضة','ACTOR','FSA'), ('L0:طيبة الإمام','LOCATION','taybat-al-imam'), ('L0:قمحانة','LOCATION','qamhana'),
 ('L0:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L1:زيتون','ORG','zaitun'), ('L1:ريف حماة','LOCATION','hama-countryside'),
 ('L2:فصائل المعارضة','ACTOR','FSA'), ('L2:مدينة طيبة الإمام','LOCATION','taybat-al-imam'),
 ('L2:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L2:قوات الأسد','ACTOR','SY_GOV'),
 ('L2:الميليشيات الموالية لها','ACTOR',PGM), ('L2:الفصائل','ACTOR','FSA'), ('L2:مدينتي حلفايا','LOCATION','halfaya'),
 ('L2:صوران','LOCATION','souran-hama'),
 ('L3:جيش العزة','ACTOR',IZZA), ('L3:مصطفى معراتي','PERSON','mustafa-maarati'), ('L3:زيتون','ORG','zaitun'), ('L3:الفصائل','ACTOR','FSA'),
 ('L3:المدينة','LOCATION','taybat-al-imam'), ('L3:ثلاثة محاور','QUANTITY',None,(3,False,'other')),
 ('L3:أكثر من 40 عنصراً','QUANTITY',None,(40,True,'killed')), ('L3:قوات الأسد','ACTOR','SY_GOV'),
 ('L3:سبعة','QUANTITY',None,(7,False,'arrested')), ('L3:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L3:دبابتين#0','WEAPON','tanks'),
 ('L3:عربة "شيلكا"','WEAPON','shilka'),
 ('L4:معراتي','PERSON','mustafa-maarati'), ('L4:قوات الأسد','ACTOR','SY_GOV'), ('L4:بلدة قمحانة','LOCATION','qamhana'),
 ('L4:مدينة محردة','LOCATION','mhardeh'), ('L4:الفصائل','ACTOR','FSA'), ('L4:نحو 8 كيلومترات','QUANTITY',None,(8,True,'km')),
 ('L4:مطار حماة العسكري','LOCATION','hama-military-airport'), ('L4:المروحيات','WEAPON','helicopters'),
 ('L4:البراميل المتفجرة','WEAPON','barrel-bombs'), ('L4:ريفي حماة','LOCATION','hama-countryside'), ('L4:إدلب','LOCATION','idlib-countryside'),
 ('L5:فصائل "جيش العزة"','ACTOR',IZZA), ('L5:جيش النصر','ACTOR',NASR), ('L5:أجناد الشام','ACTOR',AJN), ('L5:جند الأقصى','ACTOR',JUND),
 ('L5:نحو ألف عنصر','QUANTITY',None,(1000,True,'fighters')), ('L5:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L5:المعارضة','ACTOR','FSA'), ('L5:جبهة فتح الشام','ACTOR','NUSRA'), ('L5:أحرار الشام','ACTOR',AHR),
 ('L6:الطيران الروسي','ACTOR','RU'), ('L6:طيران النظام','ACTOR','SY_GOV'), ('L6:أكثر من 60 غارة','QUANTITY',None,(60,True,'other')),
 ('L6:المناطق المحررة','LOCATION','hama-north-rebel-areas'), ('L6:اللطامنة','LOCATION','al-lataminah'), ('L6:كفرزيتا','LOCATION','kafr-zita'),
 ('L6:طيبة الإمام','LOCATION','taybat-al-imam'), ('L6:تسعة مدنيين','QUANTITY',None,(9,False,'killed')),
 ('L6:ثلاثة أطفال','QUANTITY',None,(3,False,'killed')), ('L6:مديرية الدفاع المدني','ORG','syria-civil-defence'), ('L6:حماة','LOCATION','hama'),
 ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:قوات النمر','ACTOR','SY_GOV'), ('L7:سهيل الحسن','PERSON','suheil-al-hassan'),
 ('L7:جبهات حلب','LOCATION','aleppo-fronts'), ('L7:مدينة محردة','LOCATION','mhardeh'), ('L7:بلدة قمحانة','LOCATION','qamhana'),
 ('L7:الفصائل','ACTOR','FSA'),
 ('L8:سانا','ORG','sana'), ('L8:لنظام','ACTOR','SY_GOV'), ('L8:الجيش','ACTOR','SY_GOV'), ('L8:جبهة النصرة','ACTOR','NUSRA'),
 ('L8:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L9:آلاف العائلات','QUANTITY',None,([1000, 9999],True,'other')), ('L9:قرى ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L9:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L9:مدينتا محردة','LOCATION','mhardeh'),
 ('L9:السقيلبية','LOCATION','al-suqaylabiyah'), ('L9:النظام','ACTOR','SY_GOV'), ('L9:الدفاع الوطني','ACTOR',PGM),
]
times = [
 ('L2:أمس الأربعاء', WED, 'day'),
 ('L2:فجر الاثنين', MON, 'part-of-day', {'part': 'morning'}),
 ('L6:خلال الساعات الـ24 الماضية', WED + '/' + D, 'day'),
]
T = 'L2:أمس الأربعاء'
TM = 'L2:فجر الاثنين'
MAAR = 'مصطفى معراتي (زيتون)'
FLD = 'مصادر ميدانية'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L2:مدينة طيبة الإمام'),                  # 1
 dict(type='ATTACK', trig='L2:معارك', time=T, actors=['FSA', 'SY_GOV', PGM], loc='L2:مدينة طيبة الإمام'),                         # 2
 dict(type='OPERATION', trig='L2:معركة', time=TM, actors=['FSA'], targets=['SY_GOV', PGM], loc='L2:ريف حماة الشمالي'),             # 3
 dict(type='CONTROL', trig='L2:انتزعت', actors=['FSA'], targets=['SY_GOV'], loc='L2:مدينتي حلفايا'),                               # 4
 dict(type='STATEMENT', trig='L3:قال', actors=[IZZA], attr=MAAR),                                                                  # 5
 dict(type='ATTACK', trig='L3:اقتحمت', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L3:المدينة',
      qty=['L3:ثلاثة محاور', 'L3:أكثر من 40 عنصراً'], attr=MAAR),                                                                  # 6
 dict(type='ATTACK', trig='L3:تمهيد', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L3:المدينة', attr=MAAR),                   # 7
 dict(type='ARREST', trig='L3:أسر', time=T, actors=['FSA'], targets=['SY_GOV'], qty=['L3:سبعة'], attr=MAAR),                       # 8
 dict(type='WITHDRAWAL', trig='L4:انسحبت', time=T, actors=['SY_GOV'], loc='L4:بلدة قمحانة', attr=MAAR),                           # 9
 dict(type='ATTACK', trig='L4:لإلقاء', actors=['SY_GOV'], loc='L4:ريفي حماة', weapons=['L4:المروحيات', 'L4:البراميل المتفجرة'],
      attr=MAAR),                                                                                                                 # 10
 dict(type='OPERATION', trig='L5:المعركة#0', time=TM, actors=[IZZA, NASR, AJN, JUND], targets=['SY_GOV'],
      loc='L5:ريف حماة الشمالي', attr='مصادر في المعارضة'),                                                                       # 11
 dict(type='ATTACK', trig='L6:غارة', time='L6:خلال الساعات الـ24 الماضية', actors=['RU', 'SY_GOV'], loc='L6:المناطق المحررة',
      qty=['L6:أكثر من 60 غارة', 'L6:تسعة مدنيين', 'L6:ثلاثة أطفال'], attr='مديرية الدفاع المدني في حماة'),                    # 12
 dict(type='MOVEMENT', trig='L7:دفعت', actors=['SY_GOV'], loc='L7:مدينة محردة', attr=FLD),                                        # 13
 dict(type='MOVEMENT', trig='L7:تقدم', actors=['FSA'], attr=FLD),                                                                  # 14
 dict(type='ATTACK', trig='L8:أحبطت', actors=['SY_GOV'], targets=['NUSRA'], loc='L8:ريف حماة الشمالي', attr='سانا'),               # 15
 dict(type='ATTACK', trig='L8:هجوماً', actors=['NUSRA'], targets=['SY_GOV'], loc='L8:ريف حماة الشمالي', attr='سانا'),              # 16
 dict(type='ATTACK', trig='L9:المعارك', time=T, actors=['FSA', 'SY_GOV', PGM], loc='L9:قرى ريف حماة الشمالي'),                      # 17
 dict(type='CONTROL', trig='L9:سيطرة', actors=['SY_GOV', PGM], loc='L9:مدينتا محردة'),                                            # 18
]
WD = (WED, 'day')
TD = (D, 'day')
TB = ('مدينة طيبة الإمام', 'taybat-al-imam')
OPP = 'مصادر في المعارضة'
forces = [
 dict(actor='FSA', loc=TB, as_of=WD, status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=TB, as_of=WD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=TB, as_of=WD, status='present', line=2, events=[2]),
 dict(actor=PGM, loc=TB, as_of=WD, status='present', line=2, events=[2]),
 dict(actor='FSA', loc=('مدينتي حلفايا', 'halfaya'), as_of=TD, status='controls', line=2, events=[4]),
 dict(actor='FSA', loc=('صوران', 'souran-hama'), as_of=TD, status='controls', line=2, events=[4]),
 dict(actor='FSA', assets='ثلاثة محاور', loc=('المدينة', 'taybat-al-imam'), as_of=WD, status='present', source=MAAR, line=3, events=[6]),
 dict(actor='SY_GOV', loc=('المدينة', 'taybat-al-imam'), as_of=WD, status='present', source=MAAR, line=3, events=[6]),
 dict(actor='SY_GOV', assets='المروحيات', loc=('مطار حماة العسكري', 'hama-military-airport'), as_of=TD, status='present', source=MAAR,
      line=4, events=[10]),
 dict(actor=JUND, strength=(1000, True, 'fighters'), loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=TD, status='present',
      source=OPP, line=5, events=[11]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة من قوات النمر', loc=('مدينة محردة', 'mhardeh'), as_of=TD, status='reinforced', source=FLD,
      line=7, events=[13]),
 dict(actor='SY_GOV', assets='تعزيزات كبيرة من قوات النمر', loc=('بلدة قمحانة', 'qamhana'), as_of=TD, status='reinforced', source=FLD,
      line=7, events=[13]),
 dict(actor='SY_GOV', assets='نقاط عسكرية', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=TD, status='attacked', source='سانا',
      line=8, events=[16]),
 dict(actor='SY_GOV', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=TD, status='present', source='سانا', line=8, events=[15]),
 dict(actor='NUSRA', loc=('ريف حماة الشمالي', 'hama-north-countryside'), as_of=TD, status='present', source='سانا', line=8, events=[16]),
 dict(actor='SY_GOV', loc=('مدينتا محردة', 'mhardeh'), as_of=TD, status='controls', line=9, events=[18]),
 dict(actor='SY_GOV', loc=('السقيلبية', 'al-suqaylabiyah'), as_of=TD, status='controls', line=9, events=[18]),
 dict(actor=PGM, loc=('مدينتا محردة', 'mhardeh'), as_of=TD, status='controls', line=9, events=[18]),
 dict(actor=PGM, loc=('السقيلبية', 'al-suqaylabiyah'), as_of=TD, status='controls', line=9, events=[18]),
]
build('zaitun-north-hama-offensive', None, 'زيتون', D, L, ents, times, events, forces)
