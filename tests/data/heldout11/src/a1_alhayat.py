from build import build
L = [
'مقاتلو المعارضة يسيطرون على مطار منغ العسكري بعد حصار عشرة أشهر.. ومعارك لليوم الثالث في ريف اللاذقية',
'لندن، بيروت - «الحياة»، أ ف ب - سيطر مقاتلو المعارضة السورية أمس على مطار منّغ العسكري في ريف حلب الشمالي قرب الحدود التركية، بعد حصار استمر نحو عشرة أشهر، وفق «المرصد السوري لحقوق الإنسان».',
'وقال «المرصد» إن مقاتلين من «الدولة الإسلامية في العراق والشام» (داعش) و«جبهة النصرة» وكتائب من «الجيش الحر» اقتحموا المطار فجر الثلاثاء، بعد أن فجّر انتحاري من «الدولة» عربة مدرعة مفخخة عند مبنى القيادة.',
'وأضاف أن ما لا يقل عن 25 عنصراً من القوات النظامية قُتلوا وأُسر نحو عشرة آخرين، فيما فرّ من تبقى من عناصر الحامية خارج المطار.',
'وظهر قائد «المجلس العسكري الثوري» في حلب العقيد عبد الجبار العكيدي في شريط مصور من داخل المطار، معلناً أن «المعركة المقبلة ستكون في مطار كويرس العسكري» شرق حلب، الذي يحاصره المقاتلون منذ نيسان (أبريل) الماضي.',
'في المقابل، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري أن وحدات الجيش «نفذت عملية نوعية» في محيط المطار «أوقعت عشرات القتلى في صفوف الإرهابيين»، من دون أن تشير إلى سقوطه.',
'وكان مقاتلو المعارضة قد أطبقوا الحصار على المطار منذ تشرين الأول (أكتوبر) الماضي، فيما تحصن داخله نحو 200 عنصر من القوات النظامية.',
'وفي ريف اللاذقية، تواصلت أمس لليوم الثالث على التوالي المعارك بين القوات النظامية ومقاتلي المعارضة الذين سيطروا منذ الأحد على قرى بارودا ونباتة وأبو مكة في جبل الأكراد، بحسب ناشطين.',
'وأفادت مصادر في المعارضة بأن نحو ألفي مقاتل يشاركون في «معركة تحرير الساحل»، في حين وصلت أمس تعزيزات من القوات النظامية تضم دبابات وناقلات جند إلى بلدة صلنفة المطلة على جبل الأكراد.',
'وأحصى المرصد مقتل أكثر من 100 ألف شخص منذ اندلاع النزاع في آذار (مارس) 2011، بينهم نحو 36 ألف مدني.',
]
D = '2013-08-07'   # Wednesday; a London print daily: its أمس is Tuesday 2013-08-06
Y = '2013-08-06'
ents = [
 ('L0:المعارضة','ACTOR','FSA'), ('L0:مطار منغ العسكري','LOCATION','menagh-airbase'),
 ('L0:عشرة أشهر','QUANTITY',None,(10,False,'other')), ('L0:ريف اللاذقية','LOCATION','latakia-countryside'),
 ('L1:لندن','LOCATION','london'), ('L1:بيروت','LOCATION','beirut'), ('L1:الحياة','ORG','alhayat'), ('L1:أ ف ب','ORG','afp'),
 ('L1:المعارضة السورية','ACTOR','FSA'), ('L1:مطار منّغ العسكري','LOCATION','menagh-airbase'),
 ('L1:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'), ('L1:الحدود التركية','LOCATION','syria-turkey-border'),
 ('L1:نحو عشرة أشهر','QUANTITY',None,(10,True,'other')), ('L1:المرصد السوري لحقوق الإنسان','ORG','sohr'),
 ('L2:المرصد','ORG','sohr'), ('L2:الدولة الإسلامية في العراق والشام','ACTOR','ISIS'), ('L2:داعش','ACTOR','ISIS'),
 ('L2:جبهة النصرة','ACTOR','NUSRA'), ('L2:الجيش الحر','ACTOR','FSA'), ('L2:المطار','LOCATION','menagh-airbase'),
 ('L2:الدولة#1','ACTOR','ISIS'), ('L2:عربة مدرعة مفخخة','WEAPON','vbied'),
 ('L3:ما لا يقل عن 25 عنصراً','QUANTITY',None,(25,True,'killed')), ('L3:القوات النظامية','ACTOR','SY_GOV'),
 ('L3:نحو عشرة آخرين','QUANTITY',None,(10,True,'arrested')), ('L3:المطار','LOCATION','menagh-airbase'),
 ('L4:المجلس العسكري الثوري','ACTOR','FSA'), ('L4:حلب#0','LOCATION','aleppo'), ('L4:عبد الجبار العكيدي','PERSON','abdul-jabbar-al-oqaidi'),
 ('L4:المطار','LOCATION','menagh-airbase'), ('L4:مطار كويرس العسكري','LOCATION','kuweires-airbase'), ('L4:حلب#1','LOCATION','aleppo'),
 ('L4:المقاتلون','ACTOR','FSA'),
 ('L5:سانا','ORG','sana'), ('L5:الجيش','ACTOR','SY_GOV'), ('L5:المطار','LOCATION','menagh-airbase'),
 ('L5:عشرات القتلى','QUANTITY',None,([24,99],True,'killed')), ('L5:الإرهابيين','ACTOR','FSA'),
 ('L6:المعارضة','ACTOR','FSA'), ('L6:المطار','LOCATION','menagh-airbase'), ('L6:نحو 200 عنصر','QUANTITY',None,(200,True,'troops')),
 ('L6:القوات النظامية','ACTOR','SY_GOV'),
 ('L7:ريف اللاذقية','LOCATION','latakia-countryside'), ('L7:القوات النظامية','ACTOR','SY_GOV'), ('L7:المعارضة','ACTOR','FSA'),
 ('L7:بارودا','LOCATION','barouda'), ('L7:نباتة','LOCATION','nabata'), ('L7:أبو مكة','LOCATION','abu-makkah'),
 ('L7:جبل الأكراد','LOCATION','jabal-al-akrad'),
 ('L8:المعارضة','ACTOR','FSA'), ('L8:نحو ألفي مقاتل','QUANTITY',None,(2000,True,'fighters')), ('L8:الساحل','LOCATION','syrian-coast'),
 ('L8:القوات النظامية','ACTOR','SY_GOV'), ('L8:دبابات','WEAPON','tanks'), ('L8:ناقلات جند','WEAPON','apcs'),
 ('L8:بلدة صلنفة','LOCATION','slinfah'), ('L8:جبل الأكراد','LOCATION','jabal-al-akrad'),
 ('L9:المرصد','ORG','sohr'), ('L9:أكثر من 100 ألف شخص','QUANTITY',None,(100000,True,'killed')),
 ('L9:نحو 36 ألف مدني','QUANTITY',None,(36000,True,'killed')),
]
SINCE = '2012-10/2013-08'
SUN = '2013-08-04/2013-08-07'
times = [
 ('L1:أمس', Y, 'day'),
 ('L2:فجر الثلاثاء', Y, 'part-of-day', {'part':'morning'}),
 ('L4:منذ نيسان (أبريل) الماضي', '2013-04/2013-08', 'month'),
 ('L6:منذ تشرين الأول (أكتوبر) الماضي', SINCE, 'month'),
 ('L7:أمس', Y, 'day'),
 ('L7:لليوم الثالث على التوالي', '2013-08-04/'+Y, 'day'),
 ('L7:منذ الأحد', SUN, 'day'),
 ('L8:أمس', Y, 'day'),
 ('L9:آذار (مارس) 2011', '2011-03', 'month'),
]
SOHR = 'المرصد السوري لحقوق الإنسان'
OQ = 'عبد الجبار العكيدي'
SANA = 'مصدر عسكري (سانا)'
ACT = 'ناشطين'
OPP = 'مصادر في المعارضة'
TUE = 'L1:أمس'
DAWN = 'L2:فجر الثلاثاء'
SIEGE = 'L6:منذ تشرين الأول (أكتوبر) الماضي'
events = [
 dict(type='CONTROL', trig='L1:سيطر', time=TUE, actors=['FSA'], loc='L1:مطار منّغ العسكري', attr=SOHR),                         # 1
 dict(type='OPERATION', trig='L1:حصار', time=SIEGE, actors=['FSA'], loc='L1:مطار منّغ العسكري', attr=SOHR,
      qty=['L1:نحو عشرة أشهر']),                                                                                                  # 2
 dict(type='ATTACK', trig='L2:اقتحموا', time=DAWN, actors=['ISIS','NUSRA','FSA'], loc='L2:المطار', attr=SOHR),                    # 3
 dict(type='ATTACK', trig='L2:فجّر', time=DAWN, actors=['ISIS'], attr=SOHR, weapons=['L2:عربة مدرعة مفخخة']),                    # 4
 dict(type='ATTACK', trig='L3:قُتلوا', time=TUE, targets=['SY_GOV'], attr=SOHR, qty=['L3:ما لا يقل عن 25 عنصراً']),             # 5
 dict(type='ARREST', trig='L3:أُسر', time=TUE, targets=['SY_GOV'], attr=SOHR, qty=['L3:نحو عشرة آخرين']),                         # 6
 dict(type='WITHDRAWAL', trig='L3:فرّ', time=TUE, actors=['SY_GOV'], loc='L3:المطار', attr=SOHR),                                  # 7
 dict(type='STATEMENT', trig='L4:معلناً', actors=['FSA'], attr=OQ),                                                                 # 8
 dict(type='OPERATION', trig='L4:المعركة', mod='planned', actors=['FSA'], loc='L4:مطار كويرس العسكري', attr=OQ),                   # 9
 dict(type='OPERATION', trig='L4:يحاصره', time='L4:منذ نيسان (أبريل) الماضي', actors=['FSA'], loc='L4:مطار كويرس العسكري'),      # 10
 dict(type='OPERATION', trig='L5:عملية نوعية', actors=['SY_GOV'], targets=['FSA'], loc='L5:المطار', attr=SANA),                  # 11
 dict(type='OPERATION', trig='L6:الحصار', time=SIEGE, actors=['FSA'], targets=['SY_GOV'], loc='L6:المطار', qty=['L6:نحو 200 عنصر']),  # 12
 dict(type='ATTACK', trig='L7:المعارك', time='L7:أمس', actors=['SY_GOV','FSA'], loc='L7:ريف اللاذقية', attr=ACT),                 # 13
 dict(type='CONTROL', trig='L7:سيطروا', time='L7:منذ الأحد', actors=['FSA'], loc='L7:بارودا', attr=ACT),                           # 14
 dict(type='OPERATION', trig='L8:معركة', actors=['FSA'], loc='L8:الساحل', attr=OPP, qty=['L8:نحو ألفي مقاتل']),                   # 15
 dict(type='MOVEMENT', trig='L8:وصلت', time='L8:أمس', actors=['SY_GOV'], loc='L8:بلدة صلنفة', weapons=['L8:دبابات','L8:ناقلات جند']),  # 16
]
YD = (Y, 'day')
SG = (SINCE, 'month')
forces = [
 dict(actor='FSA', loc=('مطار منّغ العسكري','menagh-airbase'), as_of=YD, status='controls', source=SOHR, line=1, events=[1]),
 dict(actor='FSA', loc=('مطار منّغ العسكري','menagh-airbase'), as_of=SG, status='present', source=SOHR, line=1, events=[2]),
 dict(actor='ISIS', loc=('المطار','menagh-airbase'), as_of=(Y,'part-of-day'), status='present', source=SOHR, line=2, events=[3, 4]),
 dict(actor='NUSRA', loc=('المطار','menagh-airbase'), as_of=(Y,'part-of-day'), status='present', source=SOHR, line=2, events=[3]),
 dict(actor='FSA', loc=('المطار','menagh-airbase'), as_of=(Y,'part-of-day'), status='present', source=SOHR, line=2, events=[3]),
 dict(actor='SY_GOV', assets='عناصر الحامية', loc=('المطار','menagh-airbase'), as_of=YD, status='withdrawn', source=SOHR, line=3, events=[7]),
 dict(actor='FSA', loc=('مطار كويرس العسكري','kuweires-airbase'), as_of=('2013-04/2013-08','month'), status='present', line=4, events=[10]),
 dict(actor='SY_GOV', assets='وحدات الجيش', loc=('المطار','menagh-airbase'), as_of=(None,'vague'), status='present', source=SANA,
      line=5, events=[11]),
 dict(actor='FSA', loc=('المطار','menagh-airbase'), as_of=SG, status='present', line=6, events=[12]),
 dict(actor='SY_GOV', strength=(200, True, 'troops'), loc=('المطار','menagh-airbase'), as_of=SG, status='present', line=6, events=[12]),
 dict(actor='SY_GOV', loc=('ريف اللاذقية','latakia-countryside'), as_of=YD, status='present', source=ACT, line=7, events=[13]),
 dict(actor='FSA', loc=('ريف اللاذقية','latakia-countryside'), as_of=YD, status='present', source=ACT, line=7, events=[13]),
 dict(actor='FSA', loc=('بارودا','barouda'), as_of=(SUN,'day'), status='controls', source=ACT, line=7, events=[14]),
 dict(actor='FSA', loc=('نباتة','nabata'), as_of=(SUN,'day'), status='controls', source=ACT, line=7, events=[14]),
 dict(actor='FSA', loc=('أبو مكة','abu-makkah'), as_of=(SUN,'day'), status='controls', source=ACT, line=7, events=[14]),
 dict(actor='FSA', strength=(2000, True, 'fighters'), loc=('الساحل','syrian-coast'), as_of=(D,'day'), status='present', source=OPP,
      line=8, events=[15]),
 dict(actor='SY_GOV', assets='تعزيزات: دبابات وناقلات جند', loc=('بلدة صلنفة','slinfah'), as_of=YD, status='reinforced', line=8, events=[16]),
]
build('alhayat-menagh-airbase', None, 'الحياة', D, L, ents, times, events, forces)
