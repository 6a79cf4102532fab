import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import GOLD, SAMPLE
from workbench.core.text import normalize, sentences
from workbench.core.times import article_day, find_times, resolve

FRI = dt.date(2019, 12, 6)  # a Friday


def times(text, published=FRI):
    return find_times(text, published, normalize(text), sentences(text))


def one(text, published=FRI):
    found = times(text, published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# (sentence, expected span text, value, precision, part or relation)
CASES = [
    ("وصل الوفد صباح اليوم إلى دمشق.", "صباح اليوم", "2019-12-06", "part-of-day", "morning"),
    ("وقع الانفجار مساء أمس في حلب.", "مساء أمس", "2019-12-05", "part-of-day", "evening"),
    ("قتل ثلاثة أشخاص أمس الأول في القصف.", "أمس الأول", "2019-12-04", "day", None),
    ("قتل ثلاثة أشخاص أول من أمس في القصف.", "أول من أمس", "2019-12-04", "day", None),
    ("سيزور الرئيس العاصمة غداً.", "غداً", "2019-12-07", "day", None),
    (
        "قصفت الطائرات البلدة الليلة الماضية.",
        "الليلة الماضية",
        "2019-12-05",
        "part-of-day",
        "night",
    ),
    ("وقعت الاشتباكات يوم الثلاثاء الماضي.", "يوم الثلاثاء الماضي", "2019-12-03", "day", None),
    ("تعقد القمة الأحد المقبل في جنيف.", "الأحد المقبل", "2019-12-08", "day", None),
    ("خرجت تظاهرات بعد صلاة الجمعة في إدلب.", "الجمعة", "2019-12-06", "day", None),
    ("عبرت القافلة البلدة ظهر الخميس.", "ظهر الخميس", "2019-12-05", "part-of-day", "noon"),
    ("قتل جندي ليلة السبت.", "ليلة السبت", "2019-11-30", "part-of-day", "night"),
    ("قتل مدنيون فجر الأحد.", "فجر الأحد", "2019-12-01", "part-of-day", "morning"),
    ("وصلت القوات يوم أمس إلى الحسكة.", "يوم أمس", "2019-12-05", "day", None),
    ("في 5 ديسمبر 2019 وقع الهجوم.", "5 ديسمبر 2019", "2019-12-05", "day", None),
    ("في 5 كانون الأول 2019 وقع الهجوم.", "5 كانون الأول 2019", "2019-12-05", "day", None),
    ("بتاريخ ٢٣ أيلول ٢٠١٨ وقع الهجوم.", "٢٣ أيلول ٢٠١٨", "2018-09-23", "day", None),
    ("بتاريخ 2019/12/05 وقع الهجوم.", "2019/12/05", "2019-12-05", "day", None),
    ("بتاريخ 05-12-2019 وقع الهجوم.", "05-12-2019", "2019-12-05", "day", None),
    ("نفذ الهجوم يوم الخميس 28 نوفمبر.", "يوم الخميس 28 نوفمبر", "2019-11-28", "day", None),
    ("انسحبت القوات عام 2018 من المنطقة.", "عام 2018", "2018", "year", None),
    ("انسحبت القوات في 2018 من المنطقة.", "2018", "2018", "year", None),
    ("وقعت المعارك بين عامي 2014 و2017.", "عامي 2014 و2017", "2014/2017", "year", None),
    (
        "قتل 20 شخصا خلال الـ48 ساعة الماضية.",
        "خلال الـ48 ساعة الماضية",
        "2019-12-04/2019-12-06",
        "day",
        None,
    ),
    (
        "قتل 5 عناصر خلال الساعات الـ24 الماضية.",
        "خلال الساعات الـ24 الماضية",
        "2019-12-05/2019-12-06",
        "day",
        None,
    ),
    ("تراجعت الهجمات خلال عشرة أشهر.", "خلال عشرة أشهر", "2019-02/2019-12", "month", None),
    ("تدهور الوضع خلال العامين الماضيين.", "خلال العامين الماضيين", "2017/2019", "year", None),
    (
        "تواصل القصف طوال اليومين الماضيين.",
        "طوال اليومين الماضيين",
        "2019-12-04/2019-12-06",
        "day",
        None,
    ),
    ("وصلت القوات منذ أسبوع.", "منذ أسبوع", "2019-11-29/2019-12-06", "week", None),
    ("وصلت القوات منذ ثلاثة أيام.", "منذ ثلاثة أيام", "2019-12-03/2019-12-06", "day", None),
    ("انسحبت القوات قبل يومين.", "قبل يومين", "2019-12-04", "day", None),
    (
        "تسيطر القوات على المنطقة منذ 23 أيلول 2018.",
        "منذ 23 أيلول 2018",
        "2018-09-23/2019-12-06",
        "day",
        None,
    ),
    (
        "تسيطر القوات على المنطقة منذ نهاية شهر مارس.",
        "منذ نهاية شهر مارس",
        "2019-03/2019-12",
        "month",
        None,
    ),
    ("اندلعت الحرب منذ عام 2011.", "منذ عام 2011", "2011/2019", "year", None),
    (
        "تراجعت الهجمات منذ مطلع العام الجاري.",
        "منذ مطلع العام الجاري",
        "2019-01/2019-12",
        "month",
        None,
    ),
    ("ستصل القوات خلال الأيام المقبلة.", "خلال الأيام المقبلة", "2019-12-06/", "vague", "after"),
    ("ستصل القوات خلال أيام.", "خلال أيام", "2019-12-06/", "vague", "after"),
    ("ستعلن الوزارة قريباً عن الاتفاق.", "قريباً", "2019-12-06/", "vague", "after"),
    ("ذكرت الوكالة في وقت سابق أن القوات انسحبت.", "في وقت سابق", None, "vague", "before"),
    ("وأعلنت الوزارة لاحقاً أن الهجوم فشل.", "لاحقاً", None, "vague", "after"),
    ("وقالت الوكالة مؤخراً إن الوضع هادئ.", "مؤخراً", None, "vague", "before"),
    ("وصلت القوات منذ أيام.", "منذ أيام", None, "vague", "before"),
    ("انسحبت القوات قبل أسابيع.", "قبل أسابيع", None, "vague", "before"),
    ("تصاعدت الهجمات في الآونة الأخيرة.", "في الآونة الأخيرة", None, "vague", "before"),
    (
        "ستتصاعد الهجمات خلال الفترة المقبلة.",
        "خلال الفترة المقبلة",
        "2019-12-06/",
        "vague",
        "after",
    ),
    ("تسيطر القوات على المدينة منذ فترة طويلة.", "منذ فترة طويلة", None, "vague", "before"),
    ("وصل الوفد إلى المدينة قبل قليل.", "قبل قليل", None, "vague", "before"),
    ("قبل عام 2000 كانت المدينة هادئة.", "عام 2000", "2000", "year", None),
    ("انسحبت القوات قبل عام.", "قبل عام", "2018", "year", None),
    ("انسحبت القوات الأسبوع الماضي.", "الأسبوع الماضي", "2019-11-25/2019-12-01", "week", None),
    ("انسحبت القوات الشهر الماضي.", "الشهر الماضي", "2019-11", "month", None),
    ("انسحبت القوات العام الماضي.", "العام الماضي", "2018", "year", None),
    ("انسحبت القوات السنة الماضية.", "السنة الماضية", "2018", "year", None),
    ("تستمر العملية حتى العام المقبل.", "العام المقبل", "2020", "year", None),
    ("وصلت القوات في مارس الماضي.", "مارس الماضي", "2019-03", "month", None),
    ("وقع الهجوم في آب 2014.", "آب 2014", "2014-08", "month", None),
    ("وقع الهجوم في شباط/ فبراير الماضي.", "شباط/ فبراير الماضي", "2019-02", "month", None),
    ("تجري الانتخابات في أبريل المقبل.", "أبريل المقبل", "2020-04", "month", None),
    ("جرت الانتخابات في يونيو من العام الماضي.", "يونيو من العام الماضي", "2018-06", "month", None),
    ("جرت الانتخابات في يونيو.", "يونيو", "2019-06", "month", None),
    ("وصلت التعزيزات في ديسمبر الماضي.", "ديسمبر الماضي", "2018-12", "month", None),
    ("وصلت التعزيزات في ديسمبر الجاري.", "ديسمبر الجاري", "2019-12", "month", None),
    ("وصلت التعزيزات في كانون الثاني.", "كانون الثاني", "2019-01", "month", None),
    (
        "وقع الهجوم في الخامس من أكتوبر الماضي.",
        "الخامس من أكتوبر الماضي",
        "2019-10-05",
        "day",
        None,
    ),
    ("وصلت القوات في 15 من الشهر الماضي.", "15 من الشهر الماضي", "2019-11-15", "day", None),
    ("وصلت القوات في الـ3 من الشهر الجاري.", "الـ3 من الشهر الجاري", "2019-12-03", "day", None),
    (
        "وصلت يوم الثالث عشر من الشهر الماضي.",
        "يوم الثالث عشر من الشهر الماضي",
        "2019-11-13",
        "day",
        None,
    ),
    ("وصلت القوات بالأمس إلى المدينة.", "الأمس", "2019-12-05", "day", None),
    ("في 20 أكتوبر المقبل تجري الانتخابات.", "20 أكتوبر المقبل", "2020-10-20", "day", None),
    (
        "تسيطر منذ الحادي والعشرين من أيار 2018.",
        "منذ الحادي والعشرين من أيار 2018",
        "2018-05-21/2019-12-06",
        "day",
        None,
    ),
    (
        "قصفت الطائرات البلدة منتصف ليل الخميس.",
        "منتصف ليل الخميس",
        "2019-12-05",
        "part-of-day",
        "night",
    ),
    (
        "شنت الطائرات منذ مطلع الشهر الجاري غارات.",
        "منذ مطلع الشهر الجاري",
        "2019-12/2019-12",
        "month",
        None,
    ),
    (
        "سيعقد الاجتماع في غضون ثلاثة أيام.",
        "في غضون ثلاثة أيام",
        "2019-12-06/2019-12-09",
        "day",
        None,
    ),
    (
        "اغتال مجهولون، ليل الإثنين- الثلاثاء، عنصرا.",
        "ليل الإثنين- الثلاثاء",
        "2019-12-02",
        "part-of-day",
        "night",
    ),
    ("تستمر العملية حتى نهاية العام.", "نهاية العام", "2019-12", "month", None),
    ("تراجعت الهجمات منذ مطلع العام.", "منذ مطلع العام", "2019-01/2019-12", "month", None),
    ("يصل الوفد صباح الغد إلى دمشق.", "صباح الغد", "2019-12-07", "part-of-day", "morning"),
    ("تعقد الجلسة يوم الغد.", "يوم الغد", "2019-12-07", "day", None),
    ("وصلت التعزيزات في أيار/ مايو 2019.", "أيار/ مايو 2019", "2019-05", "month", None),
    (
        "تراجعت الهجمات خلال الأشهر الستة الماضية.",
        "خلال الأشهر الستة الماضية",
        "2019-06/2019-12",
        "month",
        None,
    ),
    # a relative day and its date: one expression with the date's value
    (
        "أعلنت الوزارة اليوم الجمعة 6 من كانون الأول أن القوات انسحبت.",
        "اليوم الجمعة 6 من كانون الأول",
        "2019-12-06",
        "day",
        None,
    ),
    # after midnight: the next day's early hours
    (
        "اندلعت النيران بعد منتصف الليلة الماضية في المخزن.",
        "بعد منتصف الليلة الماضية",
        "2019-12-06",
        "part-of-day",
        "night",
    ),
    (
        "وقع الانفجار بعد منتصف ليل الأربعاء.",
        "بعد منتصف ليل الأربعاء",
        "2019-12-05",
        "part-of-day",
        "night",
    ),
    (
        "سمع دوي انفجارات بعد منتصف الليل في المدينة.",
        "بعد منتصف الليل",
        "2019-12-06",
        "part-of-day",
        "night",
    ),
    # a clock time with its day
    (
        "وقع الانفجار نحو الساعة 3:15 من فجر أمس.",
        "نحو الساعة 3:15 من فجر أمس",
        "2019-12-05",
        "part-of-day",
        "morning",
    ),
    (
        "وصل الرتل عند الساعة العاشرة من مساء الخميس.",
        "الساعة العاشرة من مساء الخميس",
        "2019-12-05",
        "part-of-day",
        "evening",
    ),
    (
        "قصفت المدفعية البلدة الساعة 11 ليلا يوم الثلاثاء.",
        "الساعة 11 ليلا يوم الثلاثاء",
        "2019-12-03",
        "part-of-day",
        "night",
    ),
    # the same month or year, with nothing named before: the article's
    ("انسحبت القوات في الخامس من الشهر ذاته.", "الخامس من الشهر ذاته", "2019-12-05", "day", None),
    ("وصلت في 12 من ذات الشهر.", "12 من ذات الشهر", "2019-12-12", "day", None),
    # a part of a year is a month
    ("يتوقع انسحاب القوات بحلول نهاية العام.", "نهاية العام", "2019-12", "month", None),
    ("انسحبت القوات مطلع 2018.", "مطلع 2018", "2018", "year", None),
    ("وسقطت المدينة نهاية عام 2011.", "نهاية عام 2011", "2011", "year", None),
    ("وستنسحب القوات مطلع العام المقبل.", "مطلع العام المقبل", "2020", "year", None),
    # stretches ending now; weeks count in days
    (
        "تراجعت الهجمات خلال الأسبوع الماضي.",
        "خلال الأسبوع الماضي",
        "2019-11-29/2019-12-06",
        "week",
        None,
    ),
    ("تراجعت الهجمات خلال الشهر الماضي.", "خلال الشهر الماضي", "2019-11/2019-12", "month", None),
    ("تراجعت الهجمات خلال العام الماضي.", "خلال العام الماضي", "2018/2019", "year", None),
    ("انسحبت القوات الأسبوع المقبل.", "الأسبوع المقبل", "2019-12-09/2019-12-15", "week", None),
    # «since» a month-level point: a month interval; since this morning: the day
    ("تصاعد القصف منذ مطلع أيلول.", "منذ مطلع أيلول", "2019-09/2019-12", "month", None),
    ("تصاعد القصف منذ بداية الشهر.", "منذ بداية الشهر", "2019-12/2019-12", "month", None),
    (
        "تصاعد القصف منذ صباح اليوم.",
        "منذ صباح اليوم",
        "2019-12-06/2019-12-06",
        "part-of-day",
        "morning",
    ),
    # since a part of a day: the interval keeps the part (as every held-out annotator did)
    (
        "تصاعد القصف منذ فجر أمس.",
        "منذ فجر أمس",
        "2019-12-05/2019-12-06",
        "part-of-day",
        "morning",
    ),
    # both names of a month side by side (Reuters style)
    ("هاجمت القوات البلدة في 3 مارس آذار 2015.", "3 مارس آذار 2015", "2015-03-03", "day", None),
    ("وصل الوفد في أبريل نيسان الماضي.", "أبريل نيسان الماضي", "2019-04", "month", None),
    (
        "انسحبت القوات في تشرين الثاني نوفمبر 2016.",
        "تشرين الثاني نوفمبر 2016",
        "2016-11",
        "month",
        None,
    ),
    # a day range inside one month; two dates joined by بين/من ... و/إلى/حتى
    (
        "استمرت المعارك بين 2 و4 ديسمبر كانون الأول.",
        "بين 2 و4 ديسمبر كانون الأول",
        "2019-12-02/2019-12-04",
        "day",
        None,
    ),
    (
        "أغلق المعبر من 10 إلى 12 من الشهر الماضي.",
        "من 10 إلى 12 من الشهر الماضي",
        "2019-11-10/2019-11-12",
        "day",
        None,
    ),
    (
        "نفذ الطيران 30 غارة بين 28 نوفمبر و2 ديسمبر 2018.",
        "بين 28 نوفمبر و2 ديسمبر 2018",
        "2018-11-28/2018-12-02",
        "day",
        None,
    ),
    (
        "تراجعت الهجمات من آذار حتى أيار الماضي.",
        "من آذار حتى أيار الماضي",
        "2019-03/2019-05",
        "month",
        None,
    ),
    (
        "حكم التنظيم المدينة منذ عام 2013 وحتى عام 2016.",
        "منذ عام 2013 وحتى عام 2016",
        "2013/2016",
        "year",
        None,
    ),
    # «خلال» one unit: a stretch ending now, or after it with a future verb
    (
        "وقع الهجوم الثالث خلال أسبوع، وفق ناشطين.",
        "خلال أسبوع",
        "2019-11-29/2019-12-06",
        "week",
        None,
    ),
    ("قتل 40 مدنيا في البلدة خلال شهر.", "خلال شهر", "2019-11/2019-12", "month", None),
    (
        "ستنسحب الشرطة العسكرية من الحي خلال أسبوع.",
        "خلال أسبوع",
        "2019-12-06/2019-12-13",
        "week",
        None,
    ),
    (
        "سوف تسلم الفصائل سلاحها خلال ثلاثة أيام.",
        "خلال ثلاثة أيام",
        "2019-12-06/2019-12-09",
        "day",
        None,
    ),
    (
        "سيطرت الفصائل على التلة خلال ثلاثة أيام.",
        "خلال ثلاثة أيام",
        "2019-12-03/2019-12-06",
        "day",
        None,
    ),
    ("قصفت الطائرات البلدة خلال يوم الجمعة.", "يوم الجمعة", "2019-12-06", "day", None),
    # two days of one month; «بعد» + units after a future verb
    ("أغلقت المعابر يومي 9 و10 نوفمبر.", "يومي 9 و10 نوفمبر", "2019-11-09/2019-11-10", "day", None),
    (
        "اندلعت المعارك في 21 و22 أيلول 2017.",
        "21 و22 أيلول 2017",
        "2017-09-21/2017-09-22",
        "day",
        None,
    ),
    ("سيصل المبعوث الأممي بعد يومين إلى جنيف.", "بعد يومين", "2019-12-08", "day", None),
    ("ستستأنف المفاوضات بعد أيام.", "بعد أيام", "2019-12-06/", "vague", "after"),
    # «الموافق» joins a day and its date; a numeric date after «في»
    (
        "أعلن الجيش اليوم الجمعة، الموافق 6 كانون الأول، انتهاء العملية.",
        "اليوم الجمعة، الموافق 6 كانون الأول",
        "2019-12-06",
        "day",
        None,
    ),
    ("قتل القيادي في 2018/3/9 بغارة.", "2018/3/9", "2018-03-09", "day", None),
    # a night between two days written without a slash; a counted dual with its qualifier
    (
        "انفجرت عبوة ليلة الاثنين الثلاثاء.",
        "ليلة الاثنين الثلاثاء",
        "2019-12-02",
        "part-of-day",
        "night",
    ),
    ("تراجع القصف في الشهرين الأخيرين.", "الشهرين الأخيرين", "2019-10/2019-12", "month", None),
    # a part of day before a date; two days joined by a dash
    ("اقتحمت القوات الحي فجر 14 أيلول.", "فجر 14 أيلول", "2019-09-14", "part-of-day", "morning"),
    (
        "سقطت القذائف مساء يوم 30 تشرين الثاني الماضي.",
        "مساء يوم 30 تشرين الثاني الماضي",
        "2019-11-30",
        "part-of-day",
        "evening",
    ),
    ("اشتعلت الجبهات ليلة 3-4 ديسمبر.", "ليلة 3-4 ديسمبر", "2019-12-03", "part-of-day", "night"),
    ("أغلق المعبر 11-12 أكتوبر.", "11-12 أكتوبر", "2019-10-11/2019-10-12", "day", None),
    # an ordinal after a counted noun is not a day of the month (the week is a week)
    (
        "تصاعد القصف في الأسبوع الثاني من الشهر الماضي.",
        "الأسبوع الثاني من الشهر الماضي",
        "2019-11-08/2019-11-14",
        "week",
        None,
    ),
]


SEQUENCES = [
    (
        "وصلت القوات في 3 تشرين الأول، ثم انسحبت في العاشر من الشهر نفسه.",
        [("3 تشرين الأول", "2019-10-03"), ("العاشر من الشهر نفسه", "2019-10-10")],
    ),
    (
        "بدأ الحصار في 20 آب 2017، وفي 2 من ذات الشهر كانت المفاوضات قد فشلت.",
        [("20 آب 2017", "2017-08-20"), ("2 من ذات الشهر", "2017-08-02")],
    ),
    (
        "اندلعت المعارك عام 2016، وفي أيار من العام نفسه سقطت المدينة.",
        [("عام 2016", "2016"), ("أيار من العام نفسه", "2016-05")],
    ),
    # a date in brackets after a day is an expression of its own; the day takes its value
    (
        "قصفت الطائرات أمس الخميس (5 ديسمبر/كانون الأول) البلدة.",
        [("أمس الخميس", "2019-12-05"), ("5 ديسمبر/كانون الأول", "2019-12-05")],
    ),
    (
        "قصفت الطائرات يوم الأربعاء (4 كانون الأول) البلدة.",
        [("يوم الأربعاء", "2019-12-04"), ("4 كانون الأول", "2019-12-04")],
    ),
    (
        "انفجرت سيارة مفخخة في منبج، الاثنين (18 نوفمبر/تشرين الثاني)، وقتل خمسة.",
        [("الاثنين", "2019-11-18"), ("18 نوفمبر/تشرين الثاني", "2019-11-18")],
    ),
    # «من A و B» is "of A and B", not a range
    (
        "تراجعت الصادرات في ما تبقى من عام 2016 وعام 2017.",
        [("عام 2016", "2016"), ("عام 2017", "2017")],
    ),
    # after a comma the date is an expression of its own
    (
        "قالت الوزارة، أمس الخميس، 5 ديسمبر، إن القوات انسحبت.",
        [("أمس الخميس", "2019-12-05"), ("5 ديسمبر", "2019-12-05")],
    ),
]


@pytest.mark.parametrize("text,expected", SEQUENCES)
def test_sequences(text, expected):
    assert [(t.text, t.value) for t in times(text)] == expected


@pytest.mark.parametrize("text,span,value,precision,extra", CASES)
def test_expressions(text, span, value, precision, extra):
    t = one(text)
    assert t.text == span
    assert text[t.start : t.end] == t.text
    assert t.value == value
    assert t.precision == precision
    if extra in ("before", "after"):
        assert t.relation == extra
    elif extra:
        assert t.part == extra


NOT_TIMES = [
    "غدا الوضع أكثر تعقيدا في المدينة.",
    "لم يحضر أحد الاجتماع.",
    "مارس النظام ضغوطا كبيرة على المعارضة.",
    "قال أب القتيل إن ابنه بريء.",
    "نشرت قناة روسيا اليوم تقريرا عن المعارك.",
    "وفي اليوم التالي انسحبت القوات.",
    "كانت القرية قريبا من الحدود.",
    "جبهة النصرة (سابقا) تسيطر على إدلب.",
    "يدخن عشر سجائر في اليوم.",
    "قال المدير العام للشركة إن الإنتاج ارتفع.",
    "اتجهت القافلة نحو القامشلي عبر الطريق الدولي.",
    "خلال الأيام الأولى للحرب قصفت الطائرات المدينة.",
    "استمرت المعركة ثلاثة أيام.",
    # «throughout/over» + a count of units is a length (a QUANTITY), not a stretch of dates
    "استمرت الاشتباكات طوال يومين.",
    "حوصرت البلدة طيلة ثلاثة أشهر.",
    "تواصل القصف على مدى خمسة أيام.",
    "وصلت سيارات نيسان إلى الميناء.",
    "بلغ عدد الضحايا 2019 شخصا.",
    "قال الوزير الأول إن الحكومة مستقلة.",
    "حلت في المركز الثاني من حيث الأداء.",
    "زار أب القتيل المكان.",
    "قال المدير العام السابق للهيئة إن الوضع صعب.",
    "اغتال مجهولون عنصرا سابقا في الفصائل.",
    "تستمر الدراسة حتى نهاية العام الدراسي.",
    "يعملون من أجل الغد.",
    "أكد المتحدث في تصريح سابق أن القوات باقية.",
    "يسهر الناس حتى منتصف الليل.",
    "يستيقظ الناس في الخامسة صباحا عادة.",  # a word hour with no «الساعة» nor «قرابة»
    "تتصاعد الهجمات عادة خلال شهر رمضان.",
    "سيطرت القوات على التلة خلال أسبوع من المعارك.",
    "ارتفع عدد القتلى من 13 إلى 15 شخصا.",
    "انسحب المقاتلون بعد يومين من المعارك.",
    "وصلت القوات ثم انسحبت بعد أسبوع.",
    "قتل في 3 و4 أشخاص.",
    "وسقطت قذيفة ثانية مساء اليوم ذاته.",
    "اشتبكت القوات في الجولة الثالثة من المفاوضات.",
    # an outlet named «place + اليوم», quoted or opening a dateline
    'وقالت مصادر أمنية لـ"بغداد اليوم" إن الضربة أسفرت عن مقتل أربعة.',
    "بغداد اليوم - بغداد\nوصل الوفد إلى المدينة.",
]


def test_quoted_words_ending_in_today_are_a_time():
    """Quoted speech «"المعركة بدأت اليوم"» is no outlet's name: «اليوم» is today."""
    assert [t.text for t in times('وقال إن "المعركة بدأت اليوم" في إدلب.')] == ["اليوم"]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_times(text):
    assert [t.text for t in times(text)] == []


def test_anchor_shift_today_named_thursday():
    # printed Friday, but the text says today is Thursday: أمس is Wednesday
    found = times("قالت الوزارة اليوم (الخميس) إن القوات وصلت أمس.")
    assert [(t.text, t.value) for t in found] == [
        ("اليوم (الخميس)", "2019-12-05"),
        ("أمس", "2019-12-04"),
    ]


def test_anchor_shift_from_yesterday_weekday():
    found = times("وصلت القوات أمس الأربعاء، وستنسحب غدا.")
    assert [t.value for t in found] == ["2019-12-04", "2019-12-06"]


def test_no_shift_when_weekday_agrees():
    found = times("وصلت القوات أمس الخميس، وانسحبت اليوم.")
    assert [t.value for t in found] == ["2019-12-05", "2019-12-06"]


def test_vague_connective_before_precise_time_is_dropped():
    text = "وفي وقت لاحق، اليوم الجمعة، نفت المصادر وقوع هجوم."
    assert [(t.text, t.value) for t in times(text)] == [("اليوم الجمعة", "2019-12-06")]
    text = "وفي وقت سابق من اليوم، قصفت الطائرات البلدة."
    assert [t.text for t in times(text)] == ["اليوم"]


def test_vague_connective_alone_is_kept():
    t = one("وفي وقت لاحق، نفت المصادر وقوع هجوم.")
    assert (t.value, t.relation) == (None, "after")


@pytest.mark.parametrize(
    "text,relative,precision",
    [
        ("وصلت القوات أمس الخميس.", {"days": -1, "weekday": "thursday"}, "day"),
        ("وقعت الاشتباكات يوم الثلاثاء الماضي.", {"weekday": "tuesday", "dir": -1}, "day"),
        ("انسحبت القوات الشهر الماضي.", {"months": -1}, "month"),
        ("وصلت القوات في أكتوبر الماضي.", {"month": 10, "dir": -1}, "month"),
        ("قتل 20 شخصا خلال الـ48 ساعة الماضية.", {"last": {"unit": "hours", "n": 48}}, "day"),
        ("تراجعت الهجمات منذ مطلع العام.", {"since": {"years": 0, "mod": "start"}}, "month"),
        (
            "قال الجيش اليوم الاثنين 9 أيار إن الهجوم فشل.",
            {"days": 0, "weekday": "monday", "month": 5, "day": 9},
            "day",
        ),
    ],
)
def test_no_publication_date_keeps_relative(text, relative, precision):
    t = one(text, published=None)
    assert t.value is None
    assert t.relative == relative
    assert t.precision == precision


def test_ranges_without_publication_date_keep_what_the_text_says():
    t = one("استمرت المعارك بين 2 و4 ديسمبر.", published=None)
    assert (t.value, t.relative) == (None, {"month": 12, "day": 4, "from_day": 2})
    t = one("نفذ الطيران 30 غارة بين 28 نوفمبر و2 ديسمبر 2018.", published=None)
    assert t.value == "2018-11-28/2018-12-02"  # the first date takes the year of the second
    t = one("قتل 40 مدنيا في البلدة خلال شهر.", published=None)
    assert (t.value, t.relative) == (None, {"last": {"unit": "months", "n": 1}})


def test_weekday_takes_the_date_in_brackets():
    # more than a week back: the weekday alone would be the most recent Tuesday
    found = times("وكانت القوات قد انسحبت الثلاثاء (19 نوفمبر) من البلدة.")
    assert [(t.text, t.value) for t in found] == [
        ("الثلاثاء", "2019-11-19"),
        ("19 نوفمبر", "2019-11-19"),
    ]
    found = times("وكانت القوات قد انسحبت الثلاثاء (19 نوفمبر) من البلدة.", published=None)
    assert [t.relative for t in found] == [{"weekday": "tuesday"}, {"month": 11, "day": 19}]


def test_absolute_dates_resolve_without_publication_date():
    t = one("في 5 ديسمبر 2019 وقع الهجوم.", published=None)
    assert t.value == "2019-12-05"
    assert t.relative is None


@pytest.mark.parametrize(
    "rel,base,value",
    [
        ({"weekday": "friday"}, FRI, "2019-12-06"),
        ({"weekday": "friday", "dir": -1}, FRI, "2019-11-29"),
        ({"weekday": "friday", "dir": 1}, FRI, "2019-12-13"),
        ({"month": 12}, FRI, "2019-12"),
        ({"month": 12, "dir": -1}, FRI, "2018-12"),
        ({"month": 1, "dir": 1}, FRI, "2020-01"),
        ({"month": 11, "day": 28}, FRI, "2019-11-28"),
        ({"month": 3, "day": 1}, dt.date(2019, 1, 10), "2019-03-01"),
        ({"month": 6, "day": 1}, dt.date(2019, 1, 10), "2018-06-01"),
        ({"weeks": -1}, dt.date(2020, 1, 2), "2019-12-23/2019-12-29"),
        ({"months": -1}, dt.date(2020, 1, 15), "2019-12"),
        ({"last": {"unit": "months", "n": 10}}, FRI, "2019-02/2019-12"),
        ({"next": {"unit": "days", "n": 3}}, FRI, "2019-12-06/2019-12-09"),
        ({"since": {"year": 2011}}, FRI, "2011/2019"),
        ({"soon": True}, FRI, "2019-12-06/"),
        ({"days": -1}, None, None),
        ({"month": 2, "day": 30, "year": 2019}, None, None),
    ],
)
def test_resolve(rel, base, value):
    assert resolve(rel, base)[0] == value


@pytest.mark.parametrize(
    "found,day",
    [
        ([], FRI),
        ([("today", 4)], FRI),
        ([("today", 3)], dt.date(2019, 12, 5)),
        ([("yesterday", 2)], dt.date(2019, 12, 5)),
        ([("today", 0)], FRI),  # Monday named in a Friday paper: too far, ignored
    ],
)
def test_article_day(found, day):
    assert article_day(FRI, found) == day


def test_sample_matches_gold_times():
    text = SAMPLE.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["times"]
    found = times(text)
    got = [(t.start, t.end, t.value, t.precision, t.part, t.relation) for t in found]
    want = [
        (g["start"], g["end"], g["value"], g["precision"], g.get("part"), g.get("relation"))
        for g in gold
    ]
    assert got == want
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_and_spans_hold(text):
    for pub in (FRI, None):
        for t in times(text, pub):
            assert text[t.start : t.end] == t.text
            assert t.start < t.end


_PIECES = st.sampled_from(
    [
        "اليوم",
        "أمس",
        "الخميس",
        "منذ",
        "خلال",
        " ",
        "،",
        "(",
        ")",
        "5",
        "2019",
        "/",
        "-",
        "ديسمبر",
        "تشرين الأول",
        "الماضي",
        "المقبل",
        "عام",
        "صباح",
        "قريباً",
        "ً",
        "ـ",
        "و",
        "في وقت",
        "سابقاً",
        "الـ48",
        "ساعة",
        "أيام",
        "عشرة",
        "أشهر",
        "\n",
        "31",
        "شباط",
        "الثلاثين",
        "من",
        "الشهر",
        "يوم",
        "الحادي",
        "عشر",
        "آب",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_time_like_text_never_raises_and_spans_hold(text):
    for pub in (FRI, None):
        found = times(text, pub)
        starts = [t.start for t in found]
        assert starts == sorted(starts)
        for t in found:
            assert text[t.start : t.end] == t.text


_ISO = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?)(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?)?)?$"
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=14).map("".join),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_values_are_iso_for_any_publication_date(text, published):
    for t in times(text, published):
        assert t.value is None or _ISO.match(t.value), t.value
        assert t.precision in ("part-of-day", "day", "week", "month", "year", "vague")
        if t.value is None:
            assert t.precision == "vague" or t.relative is not None or t.relation


@pytest.mark.parametrize(
    "text,expected",
    [
        # a dated quote's «اليوم» is the day of the quote (EXTRACTION.md), and so are its
        # stretches counted from now
        ("وقال الوزير، أمس، إن القوات ستنسحب اليوم.", ["2019-12-05", "2019-12-05"]),
        (
            "وقال المركز، أمس، إن المسلحين شنوا خلال الـ24 ساعة الماضية 15 هجوماً.",
            ["2019-12-05", "2019-12-04/2019-12-05"],
        ),
        (
            "وقال الوزير، الأحد، إن القوات ستنسحب خلال الأيام المقبلة.",
            ["2019-12-01", "2019-12-01/"],
        ),
        # undated speech, and the writer's own «أمس» after a dated quote, keep the article's day
        ("وقال الوزير إن القوات ستنسحب اليوم.", ["2019-12-06"]),
        (
            "وأكد يوم الخميس الماضي أنه سيصل السبت وهو ما لم يحدث حتى أمس.",
            ["2019-12-05", "2019-11-30", "2019-12-05"],
        ),
    ],
)
def test_dated_quotes_count_from_the_day_of_speaking(text, expected):
    assert [t.value for t in times(text)] == expected


@pytest.mark.parametrize(
    "text,value",
    [
        # «for the Nth day in a row»: the N days ending on the sentence's day
        ("تواصلت أمس لليوم الثالث على التوالي المعارك.", "2019-12-03/2019-12-05"),
        ("تجددت الاشتباكات لليوم الثاني على التوالي.", "2019-12-05/2019-12-06"),
        ("تواصل القصف لليوم الـ12 على التوالي.", "2019-11-25/2019-12-06"),
    ],
)
def test_a_streak_of_days_ends_on_the_sentence_day(text, value):
    assert [t.value for t in times(text) if "التوالي" in t.text] == [value]


@pytest.mark.parametrize(
    "text,value,part",
    [
        # a clock time alone with its part of the day: the sentence's day, else the article's
        ("وعبرت الدبابات الحدود قرابة العاشرة صباحاً.", "2019-12-06", "morning"),
        ("وصل الرتل عند الساعة 5 مساء.", "2019-12-06", "evening"),
        ("قصفت الطائرات البلدة أمس، عند الساعة 5 فجرا.", "2019-12-05", "morning"),
    ],
)
def test_a_clock_time_alone_is_part_of_the_sentence_day(text, value, part):
    t = [t for t in times(text) if "ال" in t.text and t.part][-1]
    assert (t.value, t.part, t.precision) == (value, part, "part-of-day")


@pytest.mark.parametrize(
    "text,span,value",
    [
        # «فجراً» alone is the dawn of the sentence's day; a clock time «حتى العاشرة صباحاً»
        ("وقال إن القوات شرعت فجرا بتفتيش الوادي.", "فجرا", "2019-12-06"),
        ("هاجم المسلحون أمس القرية وانسحبوا فجراً.", "فجراً", "2019-12-05"),
        ("وسيطرت القوات، حتى العاشرة صباحاً، على القرية.", "حتى العاشرة صباحاً", "2019-12-06"),
    ],
)
def test_dawn_alone_and_a_clock_time_until(text, span, value):
    got = [(t.text, t.value) for t in times(text) if t.part]
    assert got[-1] == (span, value)


def test_a_clock_time_at_dawn_is_one_expression():
    assert [t.text for t in times("انفجرت السيارة عند الساعة 5 فجراً.")] == ["عند الساعة 5 فجراً"]


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a week of a month: its days (the last week: the month's last seven days)
        (
            "خرجوا في الأسبوع الأول من الشهر الجاري.",
            "الأسبوع الأول من الشهر الجاري",
            "2019-12-01/2019-12-07",
        ),
        (
            "خرجوا في الأسبوع الثاني من نيسان 2018.",
            "الأسبوع الثاني من نيسان 2018",
            "2018-04-08/2018-04-14",
        ),
        (
            "خرجوا في الأسبوع الأخير من شهر شباط 2016.",
            "الأسبوع الأخير من شهر شباط 2016",
            "2016-02-23/2016-02-29",
        ),
    ],
)
def test_a_week_of_a_month(text, span, value):
    t = times(text)
    assert [(x.text, x.value, x.precision) for x in t] == [(span, value, "week")]


def test_two_days_named_as_a_pair_are_one_interval():
    got = times("شنت الطائرات يومي الاثنين والثلاثاء غارات على المواقع.")
    assert [(t.text, t.value, t.precision) for t in got] == [
        ("يومي الاثنين والثلاثاء", "2019-12-02/2019-12-03", "day")
    ]
    # two days not named as a pair stay two days
    assert len(times("وصلت القوات يوم الاثنين وانسحبت الثلاثاء.")) == 2


def test_the_same_night_is_that_of_the_day_named_before():
    got = times(
        "قصفت الطائرات البلدة مساء الثلاثاء 3 كانون الأول، وفي الليلة ذاتها انسحبت الفصائل."
    )
    assert [(t.text, t.value, t.part) for t in got][-1] == ("الليلة ذاتها", "2019-12-03", "night")


def test_a_clock_time_alone_is_on_the_day_the_report_opened_with():
    text = (
        "قتل ستة جنود في هجوم بسيارة مفخخة فجر أمس الثلاثاء.\n"
        "وقال مصدر إن السيارة انفجرت قرب الساتر عند الساعة 5:30 صباحا."
    )
    got = {t.text: t.value for t in times(text, dt.date(2016, 6, 22))}
    assert got["عند الساعة 5:30 صباحا"] == "2016-06-21"
    # with no day before it, the article's day
    got = {
        t.text: t.value
        for t in times("انفجرت السيارة عند الساعة 5:30 صباحا.", dt.date(2016, 6, 22))
    }
    assert got["عند الساعة 5:30 صباحا"] == "2016-06-22"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # «يوم الإثنين» is Monday, not «two days»
        (
            "تدور اشتباكات منذ يوم الإثنين.",
            dt.date(2022, 10, 13),
            [("منذ يوم الإثنين", "2022-10-10/2022-10-13")],
        ),
        # «في اليوم ذاته» is the day the text named last; with none named, no time
        (
            "سيرت القوات أول دورية أمس السبت. ووصلت التعزيزات في اليوم ذاته.",
            dt.date(2019, 9, 9),
            [("أمس السبت", "2019-09-07"), ("اليوم ذاته", "2019-09-07")],
        ),
        ("ووصلت التعزيزات في اليوم ذاته.", dt.date(2019, 9, 9), []),
        # a weekday in a plan is the next one (the article's own weekday that day)
        (
            "ومن المقرر أن يصل نائب الرئيس الأميركي إلى أنقرة الخميس.",
            dt.date(2019, 10, 16),
            [("الخميس", "2019-10-17")],
        ),
        (
            "ومن المقرر أن يلتقي الوزيران الأربعاء.",
            dt.date(2019, 10, 16),
            [("الأربعاء", "2019-10-16")],
        ),
        ("وقال الوزير الخميس إن القوات ستنسحب.", dt.date(2019, 10, 16), [("الخميس", "2019-10-10")]),
        # «منذ مطلع العام» before «آلاف» (its alef is no article); «خلال الأسبوع الأخير»
        (
            "وقد حشدت منذ مطلع العام آلاف الجنود.",
            dt.date(2019, 9, 9),
            [("منذ مطلع العام", "2019-01/2019-09")],
        ),
        (
            "ألقت المروحيات 60 برميلاً خلال الأسبوع الأخير.",
            dt.date(2016, 8, 27),
            [("خلال الأسبوع الأخير", "2016-08-20/2016-08-27")],
        ),
    ],
)
def test_monday_and_the_same_day(text, published, expected):
    assert [(t.text, t.value) for t in times(text, published)] == expected


@pytest.mark.parametrize(
    "text,span,value",
    [
        (
            "وهاجم المسلحون فجر أمس القرية، وانسحبوا مع ساعات الفجر الأولى.",
            "ساعات الفجر الأولى",
            "2021-12-02",
        ),
        ("واستمرت الاشتباكات حتى ساعات المساء.", "ساعات المساء", "2021-12-03"),
    ],
)
def test_the_hours_of_a_part_of_the_day_are_on_the_sentences_day(text, span, value):
    got = {t.text: t.value for t in times(text, dt.date(2021, 12, 3))}
    assert got.get(span) == value, got


@pytest.mark.parametrize(
    "text",
    [
        "وتأتي هذه التطورات قبل أيام من قمة مرتقبة.",
        "وقتل القيادي قبل ساعات من انتهاء المهلة.",
        "وانتهت المعارك بعد أيام قليلة من انطلاقها.",
    ],
)
def test_days_before_another_event_date_nothing(text):
    assert times(text) == []


def test_days_ago_still_dates():
    assert [t.value for t in times("وقال إنه غادر قبل يومين.")] == ["2019-12-04"]


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a weekday of the week named is one day of that week
        (
            "استهدف الهجوم المعسكر يوم الأربعاء من الأسبوع الماضي.",
            "يوم الأربعاء من الأسبوع الماضي",
            "2019-11-27",
        ),
        ("وتصل القوات الأحد من الأسبوع المقبل.", "الأحد من الأسبوع المقبل", "2019-12-15"),
        # «الـ 48» written apart from its article
        (
            "وتقدمت الوحدات خلال الساعات الـ 48 الماضية.",
            "خلال الساعات الـ 48 الماضية",
            "2019-12-04/2019-12-06",
        ),
        # a deadline runs forward
        ("وأمهل الجيش المسلحين خلال 72 ساعة للخروج.", "خلال 72 ساعة", "2019-12-06/2019-12-09"),
    ],
)
def test_weekday_of_a_week_spaced_article_and_deadline(text, span, value):
    assert [(t.text, t.value) for t in times(text)] == [(span, value)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a decade of the last century; since it: to the article's year
        ("فروا من تركيا في تسعينيات القرن الماضي.", "في تسعينيات القرن الماضي", "1990/1999"),
        (
            "ويتخذ الحزب من قنديل معقلاً منذ تسعينيات القرن الماضي.",
            "منذ تسعينيات القرن الماضي",
            "1990/2019",
        ),
    ],
)
def test_decades(text, span, value):
    assert [(t.text, t.value) for t in times(text)] == [(span, value)]


def test_hours_of_the_morning_since_and_near_it():
    # «منذ ساعات الصباح» is the morning, not the vague «منذ ساعات»; «قريباً منها» is a place
    assert [(t.value, t.part) for t in times("وشهدت المدينة منذ ساعات الصباح حركة مكثفة.")] == [
        ("2019-12-06", "morning")
    ]
    assert times("ودمرت الغارات مركز قيادة قريباً منها.") == []


@pytest.mark.parametrize(
    "text,found",
    [
        # «اليوم» as a newspaper's name is no day
        ("دمشق – “رأي اليوم” – وكالات: أسقطت الدفاعات الجوية مقاتلة.", []),
        ("وقال القيادي لـ«اليوم» إن المعركة بدأت.", []),
        ("وقال القيادي اليوم إن المعركة بدأت.", ["اليوم"]),
    ],
)
def test_today_as_a_newspaper_name(text, found):
    assert [t.text for t in times(text)] == found


@pytest.mark.parametrize(
    "text,span,value",
    [
        # a season of a year is that year
        ("عقب سيطرة النظام على المحافظة صيف 2018، في حين", "صيف 2018", "2018"),
        ("وفي شتاء العام الماضي هاجم التنظيم البلدة.", "شتاء العام الماضي", "2018"),
        ("خريف عام 2016 انسحب التنظيم.", "خريف عام 2016", "2016"),
    ],
)
def test_a_season_of_a_year_is_that_year(text, span, value):
    t = one(text)
    assert (t.text, t.value, t.precision) == (span, value, "year")


@pytest.mark.parametrize("word", ["فجراً", "صباحاً", "ظهراً", "عصراً", "ليلاً"])
def test_a_part_of_the_day_alone_is_the_day_s(word):
    t = one(f"هاجم المسلحون الحاجز {word} بعد اشتباكات.")
    assert (t.text, t.value, t.precision) == (word, FRI.isoformat(), "part-of-day")
