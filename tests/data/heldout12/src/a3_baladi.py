from build import build
L = [
'"الجبهة الوطنية للتحرير" تنهي سحب السلاح الثقيل من المنطقة منزوعة السلاح في إدلب',
'بلدي نيوز - إدلب (خاص)',
'أعلنت "الجبهة الوطنية للتحرير"، أكبر تجمع لفصائل الجيش الحر في الشمال السوري، اليوم الثلاثاء، انتهاءها من سحب السلاح الثقيل من المنطقة منزوعة السلاح المتفق عليها في اتفاق سوتشي، قبل يوم من انتهاء المهلة المحددة في العاشر من تشرين الأول الجاري.',
'وقال الناطق باسم الجبهة النقيب ناجي مصطفى لـ"بلدي نيوز" إن الفصائل سحبت الدبابات وراجمات الصواريخ والمدافع الثقيلة إلى مواقع خلفية في عمق ريفي إدلب وحماة، مؤكداً أن المقاتلين "باقون في نقاطهم على خطوط التماس بأسلحتهم الخفيفة والمتوسطة ولن ينسحبوا منها".',
'في المقابل، لم تعلن "هيئة تحرير الشام" موقفاً رسمياً من الاتفاق حتى الآن، في حين أكدت مصادر محلية لـ"بلدي نيوز" أن مقاتليها لا يزالون يتمركزون في نقاط متقدمة بمحيط بلدتي اللطامنة وكفرزيتا بريف حماة الشمالي.',
'وتزامن ذلك مع دخول رتل عسكري تركي جديد، فجر اليوم، من معبر كفرلوسين الحدودي، يضم نحو 35 آلية بينها دبابات وعربات مصفحة، اتجه إلى نقطة المراقبة التركية في بلدة مورك بريف حماة الشمالي.',
'في غضون ذلك، قصفت قوات الأسد بالمدفعية الثقيلة، مساء أمس الاثنين، أطراف بلدة التمانعة في ريف إدلب الجنوبي وقرية الزيارة في سهل الغاب، في خرق جديد للاتفاق، دون ورود أنباء عن إصابات.',
'وكان الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان قد توصلا في سوتشي، في 17 أيلول الماضي، إلى اتفاق يقضي بإنشاء منطقة منزوعة السلاح بعمق 15 إلى 20 كيلومتراً على خطوط التماس بين قوات النظام والفصائل، وسحب السلاح الثقيل منها بحلول العاشر من الشهر الجاري، وإخراج "المجموعات المتطرفة" منها بحلول منتصف الشهر.',
'ومن المقرر أن تبدأ الشرطة العسكرية الروسية والقوات التركية بعد انتهاء المهلة تسيير دوريات منسقة في المنطقة منزوعة السلاح، بحسب ما نقلت وكالة "الأناضول" عن مصادر تركية.',
'وتنشر تركيا 12 نقطة مراقبة في محافظة إدلب ومحيطها بموجب تفاهمات أستانا، فيما يقدّر عدد مقاتلي "الجبهة الوطنية للتحرير" المنتشرين في المحافظة بنحو 50 ألف مقاتل.',
]
D = '2018-10-09'   # Tuesday; web copy: its اليوم is the publication day
Y = '2018-10-08'
NFL = 'OTHER:national-front-for-liberation'
ents = [
 ('L0:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L0:السلاح الثقيل','WEAPON','heavy-weapons'),
 ('L0:المنطقة منزوعة السلاح','LOCATION','idlib-demilitarized-zone'), ('L0:إدلب','LOCATION','idlib-governorate'),
 ('L1:بلدي نيوز','ORG','baladi-news'), ('L1:إدلب','LOCATION','idlib-governorate'),
 ('L2:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L2:الجيش الحر','ACTOR','FSA'), ('L2:الشمال السوري','LOCATION','north-syria'),
 ('L2:السلاح الثقيل','WEAPON','heavy-weapons'), ('L2:المنطقة منزوعة السلاح','LOCATION','idlib-demilitarized-zone'), ('L2:سوتشي','LOCATION','sochi'),
 ('L3:الجبهة','ACTOR',NFL), ('L3:ناجي مصطفى','PERSON','naji-mustafa'), ('L3:بلدي نيوز','ORG','baladi-news'), ('L3:الفصائل','ACTOR',NFL),
 ('L3:الدبابات','WEAPON','tanks'), ('L3:راجمات الصواريخ','WEAPON','rocket-launchers'), ('L3:المدافع الثقيلة','WEAPON','heavy-artillery'),
 ('L3:ريفي إدلب','LOCATION','idlib-countryside'), ('L3:حماة','LOCATION','hama-countryside'), ('L3:المقاتلين','ACTOR',NFL),
 ('L3:خطوط التماس','LOCATION','idlib-frontlines'), ('L3:أسلحتهم الخفيفة والمتوسطة','WEAPON','light-and-medium-weapons'),
 ('L4:هيئة تحرير الشام','ACTOR','NUSRA'), ('L4:بلدي نيوز','ORG','baladi-news'), ('L4:اللطامنة','LOCATION','al-latamina'),
 ('L4:كفرزيتا','LOCATION','kafr-zita'), ('L4:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L5:معبر كفرلوسين الحدودي','LOCATION','kafr-lusin-crossing'), ('L5:نحو 35 آلية','QUANTITY',None,(35,True,'vehicles')),
 ('L5:آلية','WEAPON','military-vehicles'), ('L5:دبابات','WEAPON','tanks'), ('L5:عربات مصفحة','WEAPON','armoured-vehicles'),
 ('L5:بلدة مورك','LOCATION','morek'), ('L5:ريف حماة الشمالي','LOCATION','hama-north-countryside'),
 ('L6:قوات الأسد','ACTOR','SY_GOV'), ('L6:المدفعية الثقيلة','WEAPON','heavy-artillery'), ('L6:بلدة التمانعة','LOCATION','al-tamanah'),
 ('L6:ريف إدلب الجنوبي','LOCATION','idlib-south-countryside'), ('L6:قرية الزيارة','LOCATION','al-ziyarah'), ('L6:سهل الغاب','LOCATION','al-ghab-plain'),
 ('L7:فلاديمير بوتين','PERSON','vladimir-putin'), ('L7:رجب طيب أردوغان','PERSON','recep-tayyip-erdogan'), ('L7:سوتشي','LOCATION','sochi'),
 ('L7:منطقة منزوعة السلاح','LOCATION','idlib-demilitarized-zone'), ('L7:15 إلى 20 كيلومتراً','QUANTITY',None,([15,20],True,'km')),
 ('L7:خطوط التماس','LOCATION','idlib-frontlines'), ('L7:قوات النظام','ACTOR','SY_GOV'), ('L7:الفصائل','ACTOR','FSA'),
 ('L7:السلاح الثقيل','WEAPON','heavy-weapons'), ('L7:المجموعات المتطرفة','ACTOR','NUSRA'),
 ('L8:الشرطة العسكرية الروسية','ACTOR','RU'), ('L8:القوات التركية','ACTOR','TR'), ('L8:المنطقة منزوعة السلاح','LOCATION','idlib-demilitarized-zone'),
 ('L8:الأناضول','ORG','anadolu'),
 ('L9:تركيا','ACTOR','TR'), ('L9:12 نقطة مراقبة','QUANTITY',None,(12,False,'other')), ('L9:محافظة إدلب','LOCATION','idlib-governorate'),
 ('L9:أستانا','LOCATION','astana'), ('L9:الجبهة الوطنية للتحرير','ACTOR',NFL), ('L9:المحافظة','LOCATION','idlib-governorate'),
 ('L9:نحو 50 ألف مقاتل','QUANTITY',None,(50000,True,'fighters')),
]
times = [
 ('L2:اليوم الثلاثاء', D, 'day'),
 ('L2:العاشر من تشرين الأول الجاري', '2018-10-10', 'day'),
 ('L5:فجر اليوم', D, 'part-of-day', {'part':'morning'}),
 ('L6:مساء أمس الاثنين', Y, 'part-of-day', {'part':'evening'}),
 ('L7:17 أيلول الماضي', '2018-09-17', 'day'),
 ('L7:العاشر من الشهر الجاري', '2018-10-10', 'day'),
 ('L7:منتصف الشهر', '2018-10', 'month'),
]
NFLS = 'الجبهة الوطنية للتحرير'
NM = 'ناجي مصطفى (بلدي نيوز)'
LOC_SRC = 'مصادر محلية (بلدي نيوز)'
AA = 'مصادر تركية (الأناضول)'
SOCHI = 'L7:17 أيلول الماضي'
events = [
 dict(type='STATEMENT', trig='L2:أعلنت', time='L2:اليوم الثلاثاء', actors=[NFL], attr=NFLS),                                          # 1
 dict(type='WITHDRAWAL', trig='L2:سحب', time='L2:اليوم الثلاثاء', actors=[NFL], loc='L2:المنطقة منزوعة السلاح', attr=NFLS,
      weapons=['L2:السلاح الثقيل']),                                                                                                # 2
 dict(type='AGREEMENT', trig='L2:اتفاق', time=SOCHI, actors=['RU','TR'], loc='L2:سوتشي'),                                            # 3
 dict(type='STATEMENT', trig='L3:قال', actors=[NFL], attr=NM),                                                                      # 4
 dict(type='WITHDRAWAL', trig='L3:سحبت', actors=[NFL], attr=NM,
      weapons=['L3:الدبابات','L3:راجمات الصواريخ','L3:المدافع الثقيلة']),                                                           # 5
 dict(type='WITHDRAWAL', trig='L3:ينسحبوا', mod='denied', actors=[NFL], loc='L3:خطوط التماس', attr=NM),                              # 6
 dict(type='AGREEMENT', trig='L4:الاتفاق', time=SOCHI, actors=['RU','TR']),                                                         # 7
 dict(type='MOVEMENT', trig='L4:يتمركزون', actors=['NUSRA'], loc='L4:اللطامنة', attr=LOC_SRC),                                       # 8
 dict(type='MOVEMENT', trig='L5:دخول', time='L5:فجر اليوم', actors=['TR'], loc='L5:معبر كفرلوسين الحدودي',
      weapons=['L5:آلية','L5:دبابات','L5:عربات مصفحة'], qty=['L5:نحو 35 آلية']),                                                    # 9
 dict(type='MOVEMENT', trig='L5:اتجه', time='L5:فجر اليوم', actors=['TR'], loc='L5:بلدة مورك'),                                     # 10
 dict(type='ATTACK', trig='L6:قصفت', time='L6:مساء أمس الاثنين', actors=['SY_GOV'], loc='L6:بلدة التمانعة',
      weapons=['L6:المدفعية الثقيلة']),                                                                                             # 11
 dict(type='AGREEMENT', trig='L6:اتفاق', time=SOCHI, actors=['RU','TR']),                                                         # 12
 dict(type='AGREEMENT', trig='L7:اتفاق', time=SOCHI, actors=['RU','TR'], loc='L7:سوتشي'),                                            # 13
 dict(type='WITHDRAWAL', trig='L7:سحب', mod='planned', time='L7:العاشر من الشهر الجاري', actors=['FSA'],
      loc='L7:منطقة منزوعة السلاح', weapons=['L7:السلاح الثقيل']),                                                                  # 14
 dict(type='WITHDRAWAL', trig='L7:إخراج', mod='planned', time='L7:منتصف الشهر', actors=['NUSRA'], loc='L7:منطقة منزوعة السلاح'),     # 15
 dict(type='TRAINING', trig='L8:دوريات', mod='planned', actors=['RU','TR'], loc='L8:المنطقة منزوعة السلاح', attr=AA),                # 16
 dict(type='MOVEMENT', trig='L9:تنشر', actors=['TR'], loc='L9:محافظة إدلب', qty=['L9:12 نقطة مراقبة']),                            # 17
 dict(type='AGREEMENT', trig='L9:تفاهمات', actors=[], loc='L9:أستانا'),                                                             # 18
]
OD = (D, 'day')
forces = [
 dict(actor=NFL, assets='السلاح الثقيل', loc=('المنطقة منزوعة السلاح','idlib-demilitarized-zone'), as_of=OD, status='withdrawn', source=NFLS,
      line=2, events=[2]),
 dict(actor=NFL, assets='أسلحة خفيفة ومتوسطة', loc=('خطوط التماس','idlib-frontlines'), as_of=OD, status='present', source=NM, line=3, events=[6]),
 dict(actor='NUSRA', assets='نقاط متقدمة', loc=('اللطامنة','al-latamina'), as_of=OD, status='present', source=LOC_SRC, line=4, events=[8]),
 dict(actor='NUSRA', assets='نقاط متقدمة', loc=('كفرزيتا','kafr-zita'), as_of=OD, status='present', source=LOC_SRC, line=4, events=[8]),
 dict(actor='TR', assets='رتل عسكري: نحو 35 آلية، دبابات وعربات مصفحة', loc=('بلدة مورك','morek'), as_of=(D, 'part-of-day'), status='reinforced',
      line=5, events=[9, 10]),
 dict(actor='RU', assets='الشرطة العسكرية', loc=('المنطقة منزوعة السلاح','idlib-demilitarized-zone'), as_of=OD, status='planned', source=AA,
      line=8, events=[16]),
 dict(actor='TR', loc=('المنطقة منزوعة السلاح','idlib-demilitarized-zone'), as_of=OD, status='planned', source=AA, line=8, events=[16]),
 dict(actor='TR', assets='12 نقطة مراقبة', loc=('محافظة إدلب','idlib-governorate'), as_of=OD, status='present', line=9, events=[17]),
 dict(actor=NFL, strength=(50000, True, 'fighters'), loc=('المحافظة','idlib-governorate'), as_of=OD, status='present', line=9, events=[]),
]
build('baladi-idlib-heavy-weapons', None, 'بلدي نيوز', D, L, ents, times, events, forces)
