from build import build
L = [
'تعزيزات روسية إلى تل تمر وعين عيسى وسط تصاعد التهديدات التركية بعملية عسكرية جديدة',
'تل تمر – نورث برس',
'وصلت، مساء أمس الثلاثاء، تعزيزات عسكرية روسية إلى بلدة تل تمر شمال غربي الحسكة، قادمة من مطار القامشلي، في ظل تصاعد التهديدات التركية بشن عملية عسكرية جديدة في شمال شرقي سوريا.',
'وقال مصدر عسكري في مجلس تل تمر العسكري لنورث برس، إن الرتل ضم نحو 25 آلية بينها مدرعات من طراز "بي تي آر" وشاحنات تحمل معدات لوجستية، وتوزع على النقطة الروسية في البلدة وأخرى قرب قرية أبو راسين (زركان) إلى الشمال منها.',
'وأضاف المصدر أن مروحيتين روسيتين رافقتا الرتل وحلّقتا على علو منخفض فوق القرى الواقعة على خط التماس مع فصائل المعارضة الموالية لتركيا.',
'وفي الرقة، قال مراسل نورث برس، إن رتلاً روسياً آخر مؤلفاً من 12 آلية وصل صباح اليوم الأربعاء إلى بلدة عين عيسى شمالي المدينة، تزامناً مع انتشار عشرات الجنود من القوات الحكومية السورية في محيط الطريق الدولي "M4".',
'ويأتي ذلك بعد يوم من مصادقة البرلمان التركي على مذكرة تمدد التفويض الممنوح للحكومة لتنفيذ عمليات عسكرية في سوريا والعراق لمدة عامين إضافيين.',
'وكانت القوات التركية وفصائل "الجيش الوطني" الموالية لها قد قصفت، ليل الاثنين، بأكثر من 30 قذيفة مدفعية قرى تل جمعة وتل كيفجي وأم الكيف غربي تل تمر، ما تسبب بأضرار مادية في منازل المدنيين، بحسب مصادر محلية.',
'في المقابل، نفى مجلس تل تمر العسكري ما تداولته وسائل إعلام تركية عن انسحاب مقاتليه من نقاط على خط التماس، مؤكداً أن قواته "ما تزال في مواقعها".',
'وتنتشر القوات الروسية والقوات الحكومية في نقاط على خطوط التماس بين "قسد" والقوات التركية منذ توقيع اتفاق سوتشي بين موسكو وأنقرة في تشرين الأول/أكتوبر 2019، الذي أوقف عملية "نبع السلام".',
'وكان الرئيس التركي رجب طيب أردوغان قد قال، في الحادي عشر من الشهر الجاري، إن بلاده "ستتخذ الخطوات اللازمة" ضد التهديدات القادمة من شمالي سوريا، عقب مقتل شرطيين تركيين بقذيفة في مدينة مارع بريف حلب الشمالي.',
]
D = '2021-10-27'   # Wednesday; web copy of its own day
TUE = '2021-10-26'
TMC = 'OTHER:tal-tamr-military-council'
ents = [
 ('L0:تل تمر','LOCATION','tal-tamr'), ('L0:عين عيسى','LOCATION','ain-issa'),
 ('L1:تل تمر','LOCATION','tal-tamr'), ('L1:نورث برس','ORG','north-press'),
 ('L2:بلدة تل تمر','LOCATION','tal-tamr'), ('L2:الحسكة','LOCATION','hasakah'), ('L2:مطار القامشلي','LOCATION','qamishli-airport'),
 ('L2:شمال شرقي سوريا','LOCATION','northeast-syria'),
 ('L3:مجلس تل تمر العسكري','ACTOR',TMC), ('L3:نورث برس','ORG','north-press'),
 ('L3:نحو 25 آلية','QUANTITY',None,(25,True,'vehicles')), ('L3:آلية','WEAPON','military-vehicles'),
 ('L3:مدرعات من طراز "بي تي آر"','WEAPON','btr'), ('L3:شاحنات','WEAPON','trucks'), ('L3:النقطة الروسية','LOCATION','tal-tamr-russian-point'),
 ('L3:البلدة','LOCATION','tal-tamr'), ('L3:قرية أبو راسين','LOCATION','abu-rasin'), ('L3:زركان','LOCATION','abu-rasin'),
 ('L4:مروحيتين روسيتين','QUANTITY',None,(2,False,'aircraft')), ('L4:مروحيتين روسيتين#0','WEAPON','helicopters'),
 ('L4:القرى الواقعة على خط التماس','LOCATION','tal-tamr-frontline-villages'), ('L4:فصائل المعارضة الموالية لتركيا','ACTOR','FSA'),
 ('L5:الرقة','LOCATION','raqqa'), ('L5:نورث برس','ORG','north-press'), ('L5:12 آلية','QUANTITY',None,(12,False,'vehicles')),
 ('L5:آلية','WEAPON','military-vehicles'), ('L5:بلدة عين عيسى','LOCATION','ain-issa'), ('L5:المدينة','LOCATION','raqqa'),
 ('L5:عشرات الجنود','QUANTITY',None,([24, 99],True,'troops')), ('L5:القوات الحكومية السورية','ACTOR','SY_GOV'),
 ('L5:الطريق الدولي "M4"','LOCATION','m4-highway'),
 ('L6:البرلمان التركي','ORG','turkish-parliament'), ('L6:لحكومة','ACTOR','TR'), ('L6:سوريا','LOCATION','syria'), ('L6:العراق','LOCATION','iraq'),
 ('L6:عامين','QUANTITY',None,(2,False,'other')),
 ('L7:القوات التركية','ACTOR','TR'), ('L7:فصائل "الجيش الوطني" الموالية لها','ACTOR','FSA'),
 ('L7:أكثر من 30 قذيفة مدفعية','QUANTITY',None,(30,True,'other')), ('L7:قذيفة مدفعية','WEAPON','artillery-shells'),
 ('L7:قرى تل جمعة','LOCATION','tal-jumaa'), ('L7:تل كيفجي','LOCATION','tal-kefji'), ('L7:أم الكيف','LOCATION','umm-al-kaif'),
 ('L7:تل تمر','LOCATION','tal-tamr'),
 ('L8:مجلس تل تمر العسكري','ACTOR',TMC), ('L8:خط التماس','LOCATION','tal-tamr-frontline'),
 ('L9:القوات الروسية','ACTOR','RU'), ('L9:القوات الحكومية','ACTOR','SY_GOV'), ('L9:خطوط التماس','LOCATION','sdf-turkey-frontlines'),
 ('L9:قسد','ACTOR','SDF'), ('L9:القوات التركية','ACTOR','TR'), ('L9:سوتشي','LOCATION','sochi'), ('L9:موسكو','ACTOR','RU'),
 ('L9:أنقرة','ACTOR','TR'),
 ('L10:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L10:شمالي سوريا','LOCATION','north-syria'),
 ('L10:شرطيين تركيين','QUANTITY',None,(2,False,'killed')), ('L10:قذيفة','WEAPON','shell'), ('L10:مدينة مارع','LOCATION','marea'),
 ('L10:ريف حلب الشمالي','LOCATION','aleppo-north-countryside'),
]
times = [
 ('L2:مساء أمس الثلاثاء', TUE, 'part-of-day', {'part': 'evening'}),
 ('L5:صباح اليوم الأربعاء', D, 'part-of-day', {'part': 'morning'}),
 ('L7:ليل الاثنين', '2021-10-25', 'part-of-day', {'part': 'night'}),
 ('L9:تشرين الأول/أكتوبر 2019', '2019-10', 'month'),
 ('L10:الحادي عشر من الشهر الجاري', '2021-10-11', 'day'),
]
EVE = 'L2:مساء أمس الثلاثاء'
MOR = 'L5:صباح اليوم الأربعاء'
OCT19 = 'L9:تشرين الأول/أكتوبر 2019'
SRC = 'مصدر عسكري في مجلس تل تمر العسكري (نورث برس)'
COR = 'مراسل نورث برس'
events = [
 dict(type='MOVEMENT', trig='L2:وصلت', time=EVE, actors=['RU'], loc='L2:بلدة تل تمر'),                                                # 1
 dict(type='OPERATION', trig='L2:عملية عسكرية', mod='planned', actors=['TR'], loc='L2:شمال شرقي سوريا'),                               # 2
 dict(type='MOVEMENT', trig='L3:توزع', time=EVE, actors=['RU'], loc='L3:النقطة الروسية',
      weapons=['L3:آلية', 'L3:مدرعات من طراز "بي تي آر"', 'L3:شاحنات'], qty=['L3:نحو 25 آلية'], attr=SRC),                              # 3
 dict(type='MOVEMENT', trig='L4:رافقتا', time=EVE, actors=['RU'], loc='L4:القرى الواقعة على خط التماس',
      weapons=['L4:مروحيتين روسيتين#0'], qty=['L4:مروحيتين روسيتين'], attr=SRC),                                                          # 4
 dict(type='MOVEMENT', trig='L5:وصل', time=MOR, actors=['RU'], loc='L5:بلدة عين عيسى', weapons=['L5:آلية'], qty=['L5:12 آلية'], attr=COR),  # 5
 dict(type='MOVEMENT', trig='L5:انتشار', time=MOR, actors=['SY_GOV'], loc='L5:الطريق الدولي "M4"', qty=['L5:عشرات الجنود'], attr=COR),  # 6
 dict(type='OPERATION', trig='L6:عمليات عسكرية', mod='planned', actors=['TR'], loc='L6:سوريا', qty=['L6:عامين']),                     # 7
 dict(type='ATTACK', trig='L7:قصفت', time='L7:ليل الاثنين', actors=['TR', 'FSA'], loc='L7:قرى تل جمعة',
      weapons=['L7:قذيفة مدفعية'], qty=['L7:أكثر من 30 قذيفة مدفعية'], attr='مصادر محلية'),                                             # 8
 dict(type='WITHDRAWAL', trig='L8:انسحاب', mod='denied', actors=[TMC], loc='L8:خط التماس', attr='مجلس تل تمر العسكري'),               # 9
 dict(type='MOVEMENT', trig='L9:تنتشر', time=OCT19, actors=['RU', 'SY_GOV'], loc='L9:خطوط التماس'),                                  # 10
 dict(type='AGREEMENT', trig='L9:اتفاق', time=OCT19, actors=['RU', 'TR'], loc='L9:سوتشي'),                                           # 11
 dict(type='OPERATION', trig='L9:عملية', time=OCT19, actors=['TR'], targets=['SDF']),                                                # 12
 dict(type='STATEMENT', trig='L10:قال', time='L10:الحادي عشر من الشهر الجاري', actors=['TR'], attr='رجب طيب أردوغان'),               # 13
 dict(type='ATTACK', trig='L10:مقتل', targets=['TR'], loc='L10:مدينة مارع', weapons=['L10:قذيفة'], qty=['L10:شرطيين تركيين']),        # 14
]
EV = (TUE, 'part-of-day')
MO = (D, 'part-of-day')
forces = [
 dict(actor='RU', assets='تعزيزات عسكرية', loc=('بلدة تل تمر', 'tal-tamr'), as_of=EV, status='reinforced', line=2, events=[1]),
 dict(actor='RU', strength=(25, True, 'vehicles'), assets='مدرعات "بي تي آر" وشاحنات معدات لوجستية', loc=('النقطة الروسية', 'tal-tamr-russian-point'),
      as_of=EV, status='arrived', source=SRC, line=3, events=[3]),
 dict(actor='RU', assets='جزء من الرتل', loc=('قرية أبو راسين', 'abu-rasin'), as_of=EV, status='arrived', source=SRC, line=3, events=[3]),
 dict(actor='RU', strength=(12, False, 'vehicles'), assets='رتل روسي', loc=('بلدة عين عيسى', 'ain-issa'), as_of=MO, status='arrived',
      source=COR, line=5, events=[5]),
 dict(actor='SY_GOV', strength=([24, 99], True, 'troops'), loc=('الطريق الدولي "M4"', 'm4-highway'), as_of=MO, status='present',
      source=COR, line=5, events=[6]),
 dict(actor=TMC, loc=('خط التماس', 'tal-tamr-frontline'), as_of=(D, 'day'), status='present', source='مجلس تل تمر العسكري', line=8, events=[9]),
 dict(actor='RU', assets='نقاط', loc=('خطوط التماس', 'sdf-turkey-frontlines'), as_of=('2019-10/2021-10', 'month'), status='present', line=9, events=[10]),
 dict(actor='SY_GOV', assets='نقاط', loc=('خطوط التماس', 'sdf-turkey-frontlines'), as_of=('2019-10/2021-10', 'month'), status='present', line=9, events=[10]),
 dict(actor='TR', assets='شرطيان', loc=('مدينة مارع', 'marea'), as_of=(None, 'vague'), status='attacked', line=10, events=[14]),
]
build('northpress-tal-tamr-reinforcements', None, 'نورث برس', D, L, ents, times, events, forces)
