from build import build
L = [
'الثوار يحررون الجبين وتل ملح في ريف حماة الشمالي.. وميليشيا "النمر" تستنفر على أطراف محردة',
'أورينت نت - خاص',
'سيطرت فصائل الثوار، اليوم الخميس، على بلدة الجبين وتل ملح الاستراتيجي في ريف حماة الشمالي الغربي، بعد معارك عنيفة مع ميليشيات أسد والميليشيات الإيرانية بدأت فجر الأربعاء.',
'وقال مراسل أورينت في حماة إن غرفة عمليات "الفتح المبين" أطلقت الهجوم من محورين انطلاقاً من بلدتي كفرزيتا واللطامنة، بعد تمهيد مدفعي وصاروخي مكثف على مواقع الميليشيات في الجبين وتل ملح.',
'وأضاف المراسل أن مقاتلي "جيش العزة" دمروا دبابتين وعربة "بي إم بي" بصواريخ مضادة للدروع على أطراف الجبين، فيما انسحبت الميليشيات من البلدة باتجاه مدينة محردة وبلدة الحماميات تاركة خلفها عدداً من جثث عناصرها.',
'وأكد المتحدث باسم "الجبهة الوطنية للتحرير" ناجي مصطفى لأورينت نت أن الثوار قتلوا أكثر من 40 عنصراً من ميليشيات أسد وأسروا 6 آخرين، مشيراً إلى أن المعركة "مستمرة حتى استعادة كل المناطق التي احتلتها الميليشيات منذ نهاية نيسان الماضي".',
'في المقابل، شنّت الطائرات الحربية الروسية أكثر من 60 غارة منذ فجر الأربعاء على الجبين وتل ملح وكفرزيتا واللطامنة، في حين ألقت مروحيات أسد عشرات البراميل المتفجرة على المنطقة، ما أدى إلى مقتل 4 مدنيين في اللطامنة، بحسب الدفاع المدني.',
'وأفادت مصادر محلية بأن ميليشيا "النمر" التي يقودها سهيل الحسن استقدمت تعزيزات تضم نحو 300 عنصر و20 آلية من ريف إدلب الجنوبي إلى محيط محردة والسقيلبية، تمهيداً لهجوم معاكس على المنطقة.',
'من جهتها، نفت وكالة "سانا" التابعة للنظام سقوط تل ملح، وزعمت أن قوات أسد "تصدت لهجوم إرهابي واسع" وكبدت المهاجمين خسائر فادحة، من دون أن تشير إلى خسارة الجبين.',
'وتأتي المعركة بعد أن سيطرت ميليشيات أسد، بدعم جوي روسي، على بلدتي كفرنبودة وقلعة المضيق في أيار الماضي، ضمن حملة عسكرية بدأتها نهاية نيسان الماضي على ريفي حماة وإدلب.',
]
D = '2019-06-06'   # Thursday; web copy of its own day
WED = '2019-06-05'
FMR = 'OTHER:fateh-mubin-operations-room'
IZZA = 'OTHER:jaish-al-izza'
NFL = 'OTHER:national-front-for-liberation'
IBM = 'OTHER:iran-backed-militias'
ents = [
 ('L0:الثوار','ACTOR','FSA'), ('L0:الجبين','LOCATION','al-jibin'), ('L0:تل ملح','LOCATION','tal-malah'),
 ('L0:ريف حماة الشمالي','LOCATION','hama-north-countryside'), ('L0:ميليشيا "النمر"','ACTOR','SY_GOV'), ('L0:أطراف محردة','LOCATION','mhardeh'),
 ('L1:أورينت نت','ORG','orient'),
 ('L2:فصائل الثوار','ACTOR','FSA'), ('L2:بلدة الجبين','LOCATION','al-jibin'), ('L2:تل ملح','LOCATION','tal-malah'),
 ('L2:ريف حماة الشمالي الغربي','LOCATION','hama-northwest-countryside'), ('L2:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L2:الميليشيات الإيرانية','ACTOR',IBM),
 ('L3:أورينت','ORG','orient'), ('L3:حماة','LOCATION','hama'), ('L3:غرفة عمليات "الفتح المبين"','ACTOR',FMR),
 ('L3:محورين','QUANTITY',None,(2,False,'other')), ('L3:بلدتي كفرزيتا','LOCATION','kafr-zita'), ('L3:اللطامنة','LOCATION','al-lataminah'),
 ('L3:الميليشيات','ACTOR','SY_GOV'), ('L3:الجبين','LOCATION','al-jibin'), ('L3:تل ملح','LOCATION','tal-malah'),
 ('L4:جيش العزة','ACTOR',IZZA), ('L4:دبابتين','QUANTITY',None,(2,False,'vehicles')), ('L4:دبابتين#0','WEAPON','tanks'),
 ('L4:عربة "بي إم بي"','WEAPON','bmp'), ('L4:صواريخ مضادة للدروع','WEAPON','atgm'), ('L4:أطراف الجبين','LOCATION','al-jibin'),
 ('L4:الميليشيات','ACTOR','SY_GOV'), ('L4:البلدة','LOCATION','al-jibin'), ('L4:مدينة محردة','LOCATION','mhardeh'),
 ('L4:بلدة الحماميات','LOCATION','al-hamamiyat'),
 ('L5:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L5:ناجي مصطفى','PERSON','naji-mustafa'), ('L5:أورينت نت','ORG','orient'),
 ('L5:الثوار','ACTOR','FSA'), ('L5:أكثر من 40 عنصراً','QUANTITY',None,(40,True,'killed')), ('L5:ميليشيات أسد','ACTOR','SY_GOV'),
 ('L5:6','QUANTITY',None,(6,False,'arrested')), ('L5:المناطق','LOCATION','north-hama-lost-areas'), ('L5:الميليشيات','ACTOR','SY_GOV'),
 ('L6:الطائرات الحربية الروسية','WEAPON','warplanes'), ('L6:أكثر من 60 غارة','QUANTITY',None,(60,True,'other')),
 ('L6:الجبين','LOCATION','al-jibin'), ('L6:تل ملح','LOCATION','tal-malah'), ('L6:كفرزيتا','LOCATION','kafr-zita'),
 ('L6:اللطامنة#0','LOCATION','al-lataminah'), ('L6:مروحيات','WEAPON','helicopters'), ('L6:أسد','ACTOR','SY_GOV'),
 ('L6:عشرات البراميل المتفجرة','QUANTITY',None,([24,99],True,'other')), ('L6:البراميل المتفجرة','WEAPON','barrel-bombs'),
 ('L6:المنطقة','LOCATION','north-hama-countryside'), ('L6:4 مدنيين','QUANTITY',None,(4,False,'killed')),
 ('L6:اللطامنة#1','LOCATION','al-lataminah'), ('L6:الدفاع المدني','ORG','civil-defence'),
 ('L7:ميليشيا "النمر"','ACTOR','SY_GOV'), ('L7:سهيل الحسن','PERSON','suheil-al-hassan'), ('L7:نحو 300 عنصر','QUANTITY',None,(300,True,'troops')),
 ('L7:20 آلية','QUANTITY',None,(20,False,'vehicles')), ('L7:آلية','WEAPON','military-vehicles'), ('L7:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'),
 ('L7:محيط محردة','LOCATION','mhardeh'), ('L7:السقيلبية','LOCATION','suqaylabiyah'), ('L7:المنطقة','LOCATION','north-hama-countryside'),
 ('L8:سانا','ORG','sana'), ('L8:لنظام','ACTOR','SY_GOV'), ('L8:تل ملح','LOCATION','tal-malah'), ('L8:قوات أسد','ACTOR','SY_GOV'),
 ('L8:الجبين','LOCATION','al-jibin'),
 ('L9:ميليشيات أسد','ACTOR','SY_GOV'), ('L9:بلدتي كفرنبودة','LOCATION','kafr-nabudah'), ('L9:قلعة المضيق','LOCATION','qalaat-al-madiq'),
 ('L9:ريفي حماة','LOCATION','hama-countryside'), ('L9:إدلب','LOCATION','idlib-countryside'),
]
times = [
 ('L2:اليوم الخميس', D, 'day'),
 ('L2:فجر الأربعاء', WED, 'part-of-day', {'part': 'morning'}),
 ('L5:منذ نهاية نيسان الماضي', '2019-04/2019-06', 'month'),
 ('L6:منذ فجر الأربعاء', WED + '/' + D, 'day'),
 ('L9:أيار الماضي', '2019-05', 'month'),
 ('L9:نهاية نيسان الماضي', '2019-04', 'month'),
]
T = 'L2:اليوم الخميس'
W = 'L2:فجر الأربعاء'
COR = 'مراسل أورينت'
NM = 'ناجي مصطفى'
CD = 'الدفاع المدني'
LOCAL = 'مصادر محلية'
SANA = 'سانا'
events = [
 dict(type='CONTROL', trig='L2:سيطرت', time=T, actors=['FSA'], targets=['SY_GOV', IBM], loc='L2:بلدة الجبين'),                     # 1
 dict(type='ATTACK', trig='L2:معارك', time=W, actors=['FSA', 'SY_GOV', IBM], loc='L2:بلدة الجبين'),                                # 2
 dict(type='OPERATION', trig='L3:الهجوم', time=W, actors=[FMR], targets=['SY_GOV'], qty=['L3:محورين'], attr=COR),                  # 3
 dict(type='ATTACK', trig='L3:تمهيد', time=W, actors=[FMR], targets=['SY_GOV'], loc='L3:الجبين', attr=COR),                       # 4
 dict(type='ATTACK', trig='L4:دمروا', time=T, actors=[IZZA], targets=['SY_GOV'], loc='L4:أطراف الجبين',
      weapons=['L4:صواريخ مضادة للدروع'], attr=COR),                                                                               # 5
 dict(type='WITHDRAWAL', trig='L4:انسحبت', time=T, actors=['SY_GOV'], loc='L4:البلدة', attr=COR),                                 # 6
 dict(type='ATTACK', trig='L5:قتلوا', time=T, actors=['FSA'], targets=['SY_GOV'], qty=['L5:أكثر من 40 عنصراً'], attr=NM),          # 7
 dict(type='ARREST', trig='L5:أسروا', time=T, actors=['FSA'], targets=['SY_GOV'], qty=['L5:6'], attr=NM),                          # 8
 dict(type='OPERATION', trig='L5:المعركة', time=W, actors=[FMR], targets=['SY_GOV'], attr=NM),                                     # 9
 dict(type='CONTROL', trig='L5:استعادة', mod='planned', actors=['FSA'], targets=['SY_GOV'], loc='L5:المناطق', attr=NM),            # 10
 dict(type='CONTROL', trig='L5:احتلتها', time='L5:منذ نهاية نيسان الماضي', actors=['SY_GOV'], loc='L5:المناطق', attr=NM),         # 11
 dict(type='ATTACK', trig='L6:غارة', time='L6:منذ فجر الأربعاء', actors=['RU'], targets=['FSA'], loc='L6:الجبين',
      weapons=['L6:الطائرات الحربية الروسية'], qty=['L6:أكثر من 60 غارة'], attr=CD),                                               # 12
 dict(type='ATTACK', trig='L6:ألقت', time='L6:منذ فجر الأربعاء', actors=['SY_GOV'], loc='L6:المنطقة',
      weapons=['L6:مروحيات', 'L6:البراميل المتفجرة'], qty=['L6:عشرات البراميل المتفجرة', 'L6:4 مدنيين'], attr=CD),                 # 13
 dict(type='MOVEMENT', trig='L7:استقدمت', actors=['SY_GOV'], loc='L7:محيط محردة', weapons=['L7:آلية'],
      qty=['L7:نحو 300 عنصر', 'L7:20 آلية'], attr=LOCAL),                                                                          # 14
 dict(type='ATTACK', trig='L7:لهجوم', mod='planned', actors=['SY_GOV'], targets=['FSA'], loc='L7:المنطقة', attr=LOCAL),            # 15
 dict(type='CONTROL', trig='L8:سقوط', mod='denied', time=T, actors=['FSA'], targets=['SY_GOV'], loc='L8:تل ملح', attr=SANA),       # 16
 dict(type='ATTACK', trig='L8:تصدت', time=T, actors=['SY_GOV'], targets=['FSA'], attr=SANA),                                      # 17
 dict(type='ATTACK', trig='L8:لهجوم', time=T, actors=['FSA'], targets=['SY_GOV'], attr=SANA),                                     # 18
 dict(type='OPERATION', trig='L9:المعركة', time=W, actors=[FMR], targets=['SY_GOV']),                                             # 19
 dict(type='CONTROL', trig='L9:سيطرت', time='L9:أيار الماضي', actors=['SY_GOV'], targets=['FSA'], loc='L9:بلدتي كفرنبودة'),        # 20
 dict(type='ATTACK', trig='L9:بدعم جوي', time='L9:أيار الماضي', actors=['RU'], targets=['FSA'], loc='L9:بلدتي كفرنبودة'),          # 21
 dict(type='OPERATION', trig='L9:حملة عسكرية', time='L9:نهاية نيسان الماضي', actors=['SY_GOV'], targets=['FSA'], loc='L9:ريفي حماة'),  # 22
]
TD = (D, 'day')
WD = (WED, 'part-of-day')
forces = [
 dict(actor='FSA', loc=('بلدة الجبين', 'al-jibin'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=('تل ملح', 'tal-malah'), as_of=TD, status='controls', line=2, events=[1]),
 dict(actor='FSA', loc=('بلدة الجبين', 'al-jibin'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='FSA', loc=('تل ملح', 'tal-malah'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('بلدة الجبين', 'al-jibin'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor='SY_GOV', loc=('تل ملح', 'tal-malah'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor=IBM, loc=('بلدة الجبين', 'al-jibin'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor=IBM, loc=('تل ملح', 'tal-malah'), as_of=TD, status='present', line=2, events=[2]),
 dict(actor=FMR, loc=('بلدتي كفرزيتا', 'kafr-zita'), as_of=WD, status='present', source=COR, line=3, events=[3]),
 dict(actor=FMR, loc=('اللطامنة', 'al-lataminah'), as_of=WD, status='present', source=COR, line=3, events=[3]),
 dict(actor='SY_GOV', assets='مواقع الميليشيات', loc=('الجبين', 'al-jibin'), as_of=WD, status='attacked', source=COR, line=3, events=[4]),
 dict(actor='SY_GOV', assets='مواقع الميليشيات', loc=('تل ملح', 'tal-malah'), as_of=WD, status='attacked', source=COR, line=3, events=[4]),
 dict(actor=IZZA, loc=('أطراف الجبين', 'al-jibin'), as_of=TD, status='present', source=COR, line=4, events=[5]),
 dict(actor='SY_GOV', assets='دبابتان وعربة بي إم بي', loc=('أطراف الجبين', 'al-jibin'), as_of=TD, status='present', source=COR, line=4, events=[5]),
 dict(actor='SY_GOV', loc=('البلدة', 'al-jibin'), as_of=TD, status='withdrawn', source=COR, line=4, events=[6]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), assets='20 آلية', loc=('محيط محردة', 'mhardeh'), as_of=TD, status='reinforced',
      source=LOCAL, line=7, events=[14]),
 dict(actor='SY_GOV', strength=(300, True, 'troops'), assets='20 آلية', loc=('السقيلبية', 'suqaylabiyah'), as_of=TD, status='reinforced',
      source=LOCAL, line=7, events=[14]),
 dict(actor='SY_GOV', loc=('بلدتي كفرنبودة', 'kafr-nabudah'), as_of=('2019-05', 'month'), status='controls', line=9, events=[20]),
 dict(actor='SY_GOV', loc=('قلعة المضيق', 'qalaat-al-madiq'), as_of=('2019-05', 'month'), status='controls', line=9, events=[20]),
]
build('orient-tal-malah-jibin', None, 'أورينت نت', D, L, ents, times, events, forces)
