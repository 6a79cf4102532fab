"""Time expressions: find them in Arabic news text and resolve them to ISO values.

How it works (one pass, cheap):

1. An Aho-Corasick automaton over the normalised text (``Normalized.text``)
   finds the head words that can start a time expression (اليوم، أمس، weekday
   and month names, منذ، خلال، صباح، عام ...). Hits that are inside a word are
   dropped; one or two proclitics (و ف ب ل ك) before a head are allowed and left
   out of the span.
2. At each head, the few grammar patterns that can start with it are tried
   anchored there (``pattern.match(nt, pos)``); the longest match wins and
   consumes the text it covers.
3. Each match becomes a *relative spec*: a small JSON-ready dict saying what
   the text says (``{"days": -1, "weekday": "thursday"}``, ``{"month": 10,
   "dir": -1}``, ``{"last": {"unit": "hours", "n": 48}}`` ...). :func:`resolve`
   turns a spec and the article's own day into ``(value, precision)``.
4. The article's own day is the publication date unless the text names its
   day otherwise («اليوم (الخميس)» in a paper printed on Friday): then every
   relative expression is resolved against that day.

Conventions (see shared/spec/EXTRACTION.md):

* a weekday alone is the most recent such day on or before the article's day;
  with الماضي strictly before, with المقبل/القادم strictly after;
* a month without a year is the most recent such month on or before the
  article's month; with الماضي strictly before; with المقبل strictly after;
  with الجاري/الحالي the article's year;
* a day and month without a year is in the article's year unless that puts it
  more than 60 days after the article's day (then the year before);
* weeks are day intervals with precision week: a named week (الأسبوع الماضي)
  runs Monday to Sunday (``2019-11-25/2019-12-01``), a stretch of weeks
  (خلال الأسبوع الماضي، منذ أسبوع) counts seven days a week back from the
  article's day (``2019-11-29/2019-12-06``);
* a stretch ending now (خلال الـ48 ساعة الماضية، خلال عشرة أشهر، خلال الشهر
  الماضي) is ``start/end`` at the precision of its unit, hours counted in whole
  days;
* «منذ» + a point gives ``point/article-day`` at the point's precision, a
  month-level point a month interval even in the article's month (منذ مطلع
  أيلول -> ``2019-09/2019-12``); since a point on the article's day itself
  (منذ صباح اليوم) is ``day/day``; a since-interval keeps its part of day
  (منذ مساء أمس: ``2019-12-05/2019-12-06``, part evening);
* a starting/middle/ending modifier on the current year is a month (حتى نهاية
  العام -> December, منذ مطلع العام -> January), and so is one after «منذ»
  (منذ مطلع العام 2014 -> ``2014-01/...``); on a named year it is that year
  (نهاية عام 2011 -> ``2011``، مطلع العام المقبل -> the next year);
* a relative day followed by its date (spaces between, no comma) is one
  expression valued by the date: «اليوم الأربعاء 15 من تموز»; a date in
  brackets is an expression of its own and gives the day its value: «الأحد»
  and «28 يناير» in «الأحد (28 يناير)»;
* both names of a month may stand side by side: «أكتوبر تشرين الأول»;
* ranges are intervals: «بين 13 و15 أكتوبر» -> ``2017-10-13/2017-10-15``;
  «بين 28 أيلول و3 تشرين الأول 2016»، «من آذار حتى أيار» join two points of
  the same precision (the first takes the second's year); «منذ عام 2011 وحتى
  عام 2015» ends at the second point;
* two days of one month are an interval: «يومي 3 و4 ديسمبر»، «11-12 أكتوبر»;
  «ليلة 27-28 نوفمبر» is the night of the 27th; a part of day may stand
  before a date (فجر 14 أيلول، مساء يوم 30 تشرين الثاني); «الموافق» joins a
  day and its date («اليوم الخميس، الموافق 5 ديسمبر»);
* «بعد» + units counts from the article's day only after a future verb
  (ستصل بعد يومين); otherwise it counts from an event and is left out;
* «خلال» + one unit with nothing after it (خلال أسبوع، خلال شهر) is a stretch
  ending now, and so is «خلال» + a number; after a future verb or marker in the
  sentence (ستنسحب، سوف، من المقرر) it starts on the article's day instead;
* a clock time before a day is part of it: «حوالي الساعة 00:35 من فجر اليوم»; alone
  with its part of the day («قرابة العاشرة صباحاً»، «عند الساعة 5 فجراً») it is that part
  of the day the sentence names before it, else of the article's day;
* «لليوم الثالث على التوالي» is the N days ending on the sentence's day;
* reported speech dated before the article's day («قال الوزير، أمس، إن ...») counts its
  «اليوم»، «غداً» and stretches from now from the day of speaking;
  «بعد منتصف الليلة الماضية»/«بعد منتصف ليل الخميس» are the following day's
  early hours (part night);
* «الشهر ذاته/نفسه»، «ذات الشهر»، «العام نفسه» (with or without a day) are the
  month or year the text last named, else the article's;
* soon (قريبا، خلال أيام، خلال الأيام المقبلة) is ``"<day>/"`` with precision
  vague and relation after; vague past or later (سابقا، مؤخرا، في وقت سابق،
  لاحقا، في وقت لاحق) has value null, precision vague and a relation;
* a vague expression immediately followed by a precise one (only punctuation
  or «من» between: «وفي وقت لاحق، اليوم الجمعة»، «في وقت سابق من اليوم») is
  dropped: the precise one carries the time;
* part of day: صباح/فجر/ضحى -> morning, ظهر/ظهيرة/عصر/بعد الظهر -> noon,
  مساء -> evening, ليلة/ليل/منتصف الليل -> night;
* days may be digits or ordinals (الخامس من أكتوبر، الحادي والعشرين من أيار)
  and may count in a relative month (15 من الشهر الجاري، الـ3 من الشهر الماضي);
* a modifier on a bare period is the current one (حتى نهاية العام -> the
  article's year); «المدير العام» and «عنصرا سابقا» are adjectives, not times;
* ambiguous words need evidence: «غدا» (also "became") needs tanween, a clause
  edge or a future verb; «آب» needs its madda (أب is "father"); مارس/نيسان/ماي
  alone need a preposition, a year or a qualifier; «الاثنين» after بين/كلا is
  "the two".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import ahocorasick

from workbench.core.gazetteer import get_gazetteer
from workbench.core.model import TimeExpr
from workbench.core.numbers import DIGITS_RE, NUMBER_WORD_RE, parse_digits, parse_words
from workbench.core.text import Normalized, Sentence

__all__ = ["find_times", "resolve", "article_day"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
_MONTHS = {
    "يناير": 1,
    "جانفي": 1,
    "فبراير": 2,
    "فيفري": 2,
    "مارس": 3,
    "ابريل": 4,
    "افريل": 4,
    "مايو": 5,
    "ماي": 5,
    "يونيو": 6,
    "يونيه": 6,
    "جوان": 6,
    "يوليو": 7,
    "يوليه": 7,
    "جويليه": 7,
    "يوليوز": 7,
    "اغسطس": 8,
    "اوت": 8,
    "غشت": 8,
    "سبتمبر": 9,
    "شتنبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "نونبر": 11,
    "ديسمبر": 12,
    "دجنبر": 12,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
}
_TWO_WORD_MONTHS = {
    ("كانون", "ثاني"): 1,
    ("كانون", "اول"): 12,
    ("تشرين", "اول"): 10,
    ("تشرين", "ثاني"): 11,
}
# names that are also common words (مارس "practised", أب "father", نيسان the
# car maker, ماي): only a time with a day, a year, a qualifier, شهر, a
# modifier, a paired name or a preposition before them
_AMBIGUOUS_MONTHS = {"مارس", "ماي", "اب", "نيسان", "اوت", "غشت"}
_MONTH_PREPS = {"في", "منذ", "حتي", "خلال", "قبل", "بعد", "مطلع", "اواخر", "اوايل", "نهايه"}

_PARTS = {
    "صباح": "morning",
    "صبيحه": "morning",
    "فجر": "morning",
    "ضحي": "morning",
    "ظهر": "noon",
    "ظهيره": "noon",
    "بعد ظهر": "noon",
    "عصر": "noon",
    "مساء": "evening",
    "ليله": "night",
    "ليل": "night",
    "منتصف ليل": "night",
    "منتصف ليله": "night",
}
_MODS = {
    "مطلع": "start",
    "بدايه": "start",
    "مستهل": "start",
    "اوايل": "start",
    "منتصف": "mid",
    "اواسط": "mid",
    "اواخر": "end",
    "نهايه": "end",
    "ختام": "end",
    # a season of a year is that year («صيف 2018»، «شتاء العام الماضي»; not «ربيع», a
    # Hijri month too)
    "صيف": "season",
    "شتاء": "season",
    "خريف": "season",
}
_PAST = {
    "الماضي",
    "الماضيه",
    "الفايت",
    "الفايته",
    "المنصرم",
    "المنصرمه",
    "المنقضي",
    "المنقضيه",
    "السابق",
    "السابقه",
    "الماضيين",
    "الماضيتين",
    "المنصرمين",
    "الفايتين",
    "الاخيرين",
    "الاخيرتين",
    "الاخير",  # «خلال الأسبوع الأخير»: the last one, up to the article's day
    "الاخيره",
}
_NEXT = {
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "المقبلين",
    "المقبلتين",
    "القادمين",
    "القادمتين",
}
_CUR = {"الجاري", "الجاريه", "الحالي", "الحاليه"}
_LAST_OF = {"الاخير", "الاخيره"}

_S = r"[^\S\n]+"  # spaces, never a newline
_O = r"[^\S\n]*"
_E = r"(?![\w])"  # end of word


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WD_ALT = _alt(_WD)
_MN = r"(?:(?:كانون|تشرين)" + _S + r"(?:ال)?(?:اول|ثاني)" + "|" + _alt(_MONTHS) + ")" + _E
_QUAL = "(?:" + _alt(_PAST | _NEXT | _CUR) + ")" + _E
_PART = "(?:" + _alt(_PARTS).replace("\\ ", _S) + ")" + _E
_MOD = "(?:" + _alt(_MODS) + ")" + _E
_YEAR = r"(?:19|20)\d\d(?!\d)"
_NUM = rf"(?:{DIGITS_RE}|{NUMBER_WORD_RE})"

# both names of a month written side by side (Reuters: «أكتوبر تشرين الأول»، «يونيو حزيران»)
_LEVANT_NAMES = {"شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول"}
_LEVANT_TWO = {
    1: rf"كانون{_S}(?:ال)?ثاني",
    10: rf"تشرين{_S}(?:ال)?اول",
    11: rf"تشرين{_S}(?:ال)?ثاني",
    12: rf"كانون{_S}(?:ال)?اول",
}


def _pair_alt() -> str:
    alts = []
    for k in range(1, 13):
        west = _alt(w for w, n in _MONTHS.items() if n == k and w not in _LEVANT_NAMES)
        lev = [re.escape(w) for w, n in _MONTHS.items() if n == k and w in _LEVANT_NAMES]
        if k in _LEVANT_TWO:
            lev.append(_LEVANT_TWO[k])
        lev_alt = "|".join(lev)
        alts.append(f"(?:{west}){_S}(?:{lev_alt})|(?:{lev_alt}){_S}(?:{west})")
    return "(?:" + "|".join(alts) + ")" + _E


_MONTH_PAIR = _pair_alt()
_MONTH_CORE = (
    rf"(?:(?P<shahr>شهر){_S})?(?P<m1>{_MONTH_PAIR}|{_MN})"
    rf"(?:{_O}(?:/|\\|-|–|(?P<po>\()){_O}(?P<m2>{_MN})(?(po){_O}\)))?"
)
_MONTH_SUFFIX = (
    rf"(?:{_O}[,،]?{_O}(?:من{_S})?(?:(?:عام|العام|سنه|السنه){_O})?(?P<y>{_YEAR})(?:م{_E})?"
    rf"|{_S}(?:من{_S})?(?:العام|السنه|عام){_S}(?P<ry>{_QUAL})"
    rf"|{_S}من{_S}(?P<thisyear>هذا{_S}العام|هذه{_S}السنه)"
    rf"|{_S}من{_S}(?:(?:العام|السنه){_S}(?P<sy>ذاته|نفسه|عينه)|(?:نفس|ذات){_S}(?P<sy2>العام|السنه)){_E}"
    rf"|{_S}(?P<q>{_QUAL}))?"
)

# ------------------------------------------------------------------ grammar
_G: dict[str, re.Pattern[str]] = {}

_G["deic"] = re.compile(
    rf"(?P<aftermid>بعد{_S}(?=منتصف))?"
    rf"(?:(?P<mid>منتصف){_S}(?=الليل)|(?P<part>{_PART}){_S}(?:من{_S})?(?:يوم{_S})?)?"
    rf"(?P<deic>امس{_S}الاول|اول{_S}(?:من{_S})?امس|يوم{_S}امس|امس|اليوم|يوم{_S}(?:ال)?غد|غدا|بعد{_S}غد|الغد"
    rf"|الامس|البارحه|الليله{_S}(?:الماضيه|البارحه|الفايته)|الليله|الليل){_E}"
    rf"(?:{_O}[(،,]?{_O}(?:يوم{_S})?(?P<wd>{_WD_ALT}){_E}\)?)?"
)
_G["weekday"] = re.compile(
    rf"(?P<aftermid>بعد{_S}(?=منتصف))?"
    rf"(?:(?P<part>{_PART}){_S}(?:من{_S})?)?(?:يوم{_S})?(?P<wd>{_WD_ALT}){_E}"
    rf"(?:{_O}[-–/]{_O}(?:{_WD_ALT}){_E}|{_S}(?P<wd2>{_WD_ALT}){_E})?"
    rf"(?:{_S}(?P<q>{_QUAL}))?"
)
# a part of day before a date: «فجر 28 تشرين الثاني»، «مساء يوم 5 أيار»
_PART_PRE = rf"(?:(?P<part>{_PART}){_S}(?:(?:من|يوم){_S})?)?"
# «27-28 نوفمبر»: two days (after ليلة, the night between them)
_DAY_PAIR = rf"(?:(?P<d0>[0-3]?\d)(?!\d){_O}[-–]{_O})?"
_G["date"] = re.compile(
    _PART_PRE
    + rf"(?:(?:يوم{_S})?(?P<wd>{_WD_ALT}){_E}{_O}[,،]?{_O}(?:الموافق{_S})?)?(?:يوم{_S})?"
    + _DAY_PAIR
    + rf"(?P<d>[0-3]?\d)(?!\d){_O}(?:من{_S})?"
    + _MONTH_CORE
    + _MONTH_SUFFIX
)
_ORD_UNITS = {
    "الحادي": 1,
    "الاول": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
}
_ORD = (
    r"(?P<ord>(?:الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع)"
    rf"(?:{_S}عشر|{_S}و(?:العشرين|الثلاثين))?|الاول|العاشر|العشرين|الثلاثين){_E}"
)
_DAY_PREFIX = (
    _PART_PRE + rf"(?:(?:يوم{_S})?(?P<wd>{_WD_ALT}){_E}{_O}[,،]?{_O}(?:الموافق{_S})?)?(?:يوم{_S})?"
)
_G["dateord"] = re.compile(
    _DAY_PREFIX
    + rf"(?:{_ORD}|(?:ال)?(?P<d>[0-3]?\d)(?!\d)){_O}من{_S}"
    + rf"(?:(?:هذا{_S}الشهر|الشهر{_S}(?P<mq>{_QUAL})"
    + rf"|(?P<same>الشهر{_S}(?:ذاته|نفسه|عينه)|(?:نفس|ذات){_S}الشهر)){_E}|"
    + _MONTH_CORE.replace("P<shahr>", "P<shahr2>")
    + _MONTH_SUFFIX
    + ")"
)


def _ordinal(words: str) -> int | None:
    w = words.split()
    if not w:
        return None
    if w[0] == "العاشر":
        return 10
    if w[0] == "العشرين":
        return 20
    if w[0] == "الثلاثين":
        return 30
    if w[0] == "الحادي" and len(w) == 1:
        return None
    unit = _ORD_UNITS.get(w[0])
    if unit is None:
        return None
    if len(w) == 1:
        return unit
    return unit + {"عشر": 10, "والعشرين": 20, "والثلاثين": 30}.get(w[1], 0)


_G["month"] = re.compile(rf"(?:(?P<mod>{_MOD}){_S})?" + _MONTH_CORE + _MONTH_SUFFIX)
_G["numeric"] = re.compile(
    r"(?P<a>\d{1,4})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})(?![\d]|[/.\-]\d)"
)
_G["year"] = re.compile(
    rf"(?:(?P<mod>{_MOD}){_S})?(?:(?:عام|العام|سنه|السنه|عامي){_O}|(?P<skip>في{_S})(?={_YEAR}(?![/.\-]\d)))"
    rf"(?P<y>{_YEAR})(?:م{_E})?(?:{_O}(?:و|-|–|الي{_S}|حتي{_S}){_O}(?P<y2>{_YEAR}))?"
)
_G["modyear"] = re.compile(rf"(?P<mod>{_MOD}){_S}(?P<y>{_YEAR})(?:م{_E})?")
_G["period"] = re.compile(
    rf"(?:(?P<mod>{_MOD}){_S})?(?:(?P<unit>الاسبوع|الشهر|العام|السنه){_S}"
    rf"(?:(?P<q>{_QUAL})|(?P<same>ذاته|نفسه|عينه){_E})"
    rf"|(?:هذا{_S}(?P<unit2>الاسبوع|الشهر|العام)|هذه{_S}(?P<unit3>السنه)){_E})"
)
# «حتى نهاية العام»، «مطلع الشهر»: a modifier on a bare period means the current one
_G["modperiod"] = re.compile(
    rf"(?P<mod>{_MOD}){_S}(?P<unit>الاسبوع|الشهر|العام|السنه){_E}"
    # (not «مطلع العام الدراسي»; «منذ مطلع العام آلاف الجنود» is one)
    rf"(?!{_S}ال(?!اف{_E})|{_O}[0-9])"
)
_UNITS = {
    "ساعه": ("hours", 1),
    "ساعات": ("hours", None),
    "ساعتين": ("hours", 2),
    "ساعتان": ("hours", 2),
    "يوم": ("days", 1),
    "يوما": ("days", 1),
    "ايام": ("days", None),
    "يومين": ("days", 2),
    "يومان": ("days", 2),
    "اسبوع": ("weeks", 1),
    "اسبوعا": ("weeks", 1),
    "اسابيع": ("weeks", None),
    "اسبوعين": ("weeks", 2),
    "اسبوعان": ("weeks", 2),
    "شهر": ("months", 1),
    "شهرا": ("months", 1),
    "اشهر": ("months", None),
    "شهور": ("months", None),
    "شهرين": ("months", 2),
    "شهران": ("months", 2),
    "عام": ("years", 1),
    "عاما": ("years", 1),
    "اعوام": ("years", None),
    "عامين": ("years", 2),
    "عامان": ("years", 2),
    "سنه": ("years", 1),
    "سنوات": ("years", None),
    "سنين": ("years", None),
    "سنتين": ("years", 2),
    "سنتان": ("years", 2),
}
_PLURAL_UNITS = [w for w, (_, n) in _UNITS.items() if n is None]
# «throughout/over»: with a count of units and no «الماضية» they measure a length
_OVER = frozenset(("طوال", "طيله", "على مدي", "على مدار"))
_G["duration"] = re.compile(
    rf"(?:(?P<pre>خلال|طوال|طيله|على{_S}مدي|على{_S}مدار|في{_S}غضون|في|منذ|قبل|بعد){_S})?"
    rf"(?:(?P<approx>نحو|قرابه|حوالي|زهاء|اكثر{_S}من|اقل{_S}من|ما{_S}يقارب|ما{_S}يزيد{_S}عن){_S})?"
    rf"(?:(?P<art>ال(?={_O}\d){_O})?(?P<n>{_NUM}){_O})?"
    rf"(?P<unit>(?:ال)?(?:{_alt(_UNITS)})){_E}(?!{_O}(?:19|20)\d\d)"
    rf"(?:{_S}ال(?:{_O}(?=\d))?(?P<n2>{_NUM}))?"
    rf"(?:{_S}(?:القليله{_S}|الاخيره{_S})?(?P<q>{_QUAL}))?"
    rf"(?P<tail>{_S}الاخيره{_E})?"
)
_G["soon"] = re.compile(
    rf"(?:قريبا(?!{_S}(?:من|منها|منه|منهم|علي|الي|جدا{_S}من){_E})(?:{_S}جدا{_E})?|عما{_S}قريب{_E}"
    rf"|في{_S}القريب{_S}العاجل{_E}|في{_S}المستقبل{_S}القريب{_E})"
)
_G["vague"] = re.compile(
    rf"(?:(?P<before>سابقا|موخرا|في{_S}وقت{_S}سابق|قبل{_S}قليل"
    rf"|(?:في{_S}|خلال{_S})?(?:الفتره|الاونه){_S}(?:الماضيه|الاخيره|السابقه)"
    rf"|منذ{_S}(?:فتره|مده|زمن|وقت{_S}طويل)(?:{_S}طويله)?)"
    rf"|(?P<after>لاحقا|في{_S}وقت{_S}لاحق|بعد{_S}قليل)"
    rf"|(?P<soon>(?:في{_S}|خلال{_S})?الفتره{_S}(?:المقبله|القادمه))){_E}"
)

_CLOCK_WORDS = (
    "الواحده|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره|الحاديه"
)
# «حوالي الساعة 00:35 من فجر اليوم»، «عند الساعة العاشرة من صباح أمس»: a clock time
# before a day; the day carries the value
_CLOCK = re.compile(
    rf"(?:(?:حوالي|نحو|قرابه){_S})?الساعه{_S}"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?(?!\d)|(?:{_CLOCK_WORDS})(?:{_S}عشره)?{_E})"
    rf"(?:{_S}(?:و(?:النصف|الربع|نصف|ربع)|الا{_S}(?:ربعا|ربع|الربع)){_E})?"
    rf"(?:{_S}(?P<cpart>صباحا|فجرا|مساء|مساءا|ليلا|ظهرا|عصرا){_E})?"
    rf"(?:{_S}(?:تقريبا){_E})?{_O}[،,]?{_O}(?:(?:من|بعد|في){_S})?"
)
_CLOCK_PARTS = {
    "صباحا": "morning",
    "فجرا": "morning",
    "مساء": "evening",
    "مساءا": "evening",
    "ليلا": "night",
    "ظهرا": "noon",
    "عصرا": "noon",
}
# a relative day, then its date: «اليوم الأربعاء 15 من تموز»، «أمس الثلاثاء (14 تموز/يوليو)»
# (spaces or a parenthesis only: after a comma the date is an expression of its own)
_DATE_GAP = re.compile(rf"{_O}(?P<open>\(){_O}|{_O}[,،]?{_O}الموافق{_S}|{_S}")
_CLOSE = re.compile(rf"{_O}\)")

# «بين 13 و15 أكتوبر»، «من 3 إلى 5 من الشهر الجاري»: a first day, then a full date
_RANGE = re.compile(
    rf"(?:(?:ما{_S})?(?:بين|من){_S}(?:(?:يومي|يوم){_S})?|يومي{_S}|(?P<fi>في{_S}))"
    rf"(?:ال)?(?P<d1>[0-3]?\d)(?!\d)"
    rf"{_O}(?:و|الي{_S}|حتي{_S}|[-–]){_O}"
)

# head word -> grammar patterns that may start there
_HEADS: dict[str, tuple[str, ...]] = {}


def _head(words, *gram: str) -> None:
    for w in words:
        _HEADS[w] = tuple(dict.fromkeys(_HEADS.get(w, ()) + gram))


_head(
    ["اليوم", "امس", "الامس", "اول امس", "اول من امس", "غدا", "بعد غد", "البارحه", "الليله"],
    "deic",
)
_head(_PARTS, "deic", "weekday", "date", "dateord")
_head(["يوم"], "deic", "weekday", "date", "dateord", "duration")
_head(_WD, "weekday", "date")
_head(list(_MONTHS) + ["كانون", "تشرين", "شهر"], "month")
_head(["شهر"], "duration")
_head(_MODS, "month", "modyear", "period", "year", "modperiod")
_head(["عام", "العام", "سنه", "السنه", "عامي", "في 19", "في 20"], "year")
_head(["العام", "السنه", "الاسبوع", "الشهر", "هذا", "هذه"], "period")
_head(
    ["خلال", "طوال", "طيله", "على مدي", "على مدار", "في غضون", "منذ", "قبل", "بعد", "في الايام"]
    + ["ال" + w for w in _PLURAL_UNITS]
    + ["ال" + w for w, (_, k) in _UNITS.items() if k == 2]
    + [f"ال{d}" for d in range(10)],
    "duration",
)
_head(["قريبا", "عما قريب", "في القريب", "في المستقبل"], "soon")
_head(["الساعه", "حوالي الساعه", "نحو الساعه", "قرابه الساعه"], "clock")
_head(["بعد منتصف"], "deic", "weekday")
_head(["منتصف الليل"], "deic")
_head(
    ["سابقا", "موخرا", "لاحقا", "في وقت", "قبل قليل", "بعد قليل", "خلال", "منذ"]
    + ["في الفتره", "في الاونه", "الفتره", "الاونه"],
    "vague",
)
_head(list(_ORD_UNITS) + ["العاشر", "العشرين", "الثلاثين"], "dateord")
_head(_WD, "dateord")
_head([f"ال{d}" for d in range(10)], "dateord")
_DAYREF_HEADS = [f"{d}{sep}من الشهر" for d in range(10) for sep in (" ", "")] + [
    f"{d} من {w} الشهر" for d in range(10) for w in ("هذا", "نفس", "ذات")
]
_head(_DAYREF_HEADS, "dateord")
_NUMERIC_HEADS = [f"{d}{s}" for d in range(10) for s in "/-."]
_head(_NUMERIC_HEADS, "numeric")
_head([f"{w} {p}{d}" for w in ("بين", "من") for p in ("", "ال") for d in range(10)], "range")
_head([f"{w} {d}" for w in ("بين يومي", "من يوم", "يومي", "في") for d in range(10)], "range")

_DAYREF_SET = frozenset(_DAYREF_HEADS)
# the automaton's value per head: (word, its length, how its start is found, whether it must
# end a word, grammars); starts: 0 a word start (after at most two proclitics), 1 the day
# number of «5 من الشهر», 2 the first digit of «5/12/2019»
_AUTO = ahocorasick.Automaton()
for _k, _g in _HEADS.items():
    _kind = 1 if _k in _DAYREF_SET else 2 if _g == ("numeric",) else 0
    _AUTO.add_word(_k, (_k, len(_k), _kind, _k[-1].isalpha(), _g))
_AUTO.make_automaton()

_CLITICS = "وفبلك"
_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640])


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _left_ok(s: str, i: int) -> bool:
    """True when a word starts at ``i`` (after at most two proclitics)."""
    if i == 0:
        return True
    c = s[i - 1]
    if not (c.isalnum() or c == "_"):
        return True
    if c not in _CLITICS:
        return False
    if i == 1 or not _is_word(s[i - 2]):
        return True
    if s[i - 2] not in _CLITICS:
        return False
    return i == 2 or not _is_word(s[i - 3])


# ------------------------------------------------------------------ resolution


def _week_span(d: dt.date) -> str:
    """The Monday-to-Sunday week holding ``d`` as a day interval."""
    monday = d - dt.timedelta(days=d.weekday())
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _weekday_date(base: dt.date, wd: int, direction: int) -> dt.date:
    if direction == 3:  # a future sentence: today or the next one
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    delta = (base.weekday() - wd) % 7
    if direction < 0 and delta == 0:
        delta = 7
    if direction > 0:
        ahead = (wd - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    return base - dt.timedelta(days=delta)


def _month_year(base: dt.date, m: int, direction: int) -> int:
    if direction == 2:  # الجاري: the article's year
        return base.year
    if direction > 0:
        return base.year if m > base.month else base.year + 1
    if direction < 0:
        return base.year if m < base.month else base.year - 1
    return base.year if m <= base.month else base.year - 1


def _fmt(d: dt.date, precision: str) -> str:
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "week":
        return _week_span(d)
    return d.isoformat()


_MOD_MONTH = {"start": 1, "mid": 6, "end": 12}


def _point(
    rel: dict[str, Any], base: dt.date | None, part_month: bool = False
) -> tuple[dt.date | None, str]:
    """A spec that names one point/period -> (a date inside it, precision)."""
    if "shift" in rel:
        d, prec = _point({k: v for k, v in rel.items() if k != "shift"}, base)
        return (d + dt.timedelta(days=rel["shift"]) if d else None), prec
    if "same" in rel:  # not resolved against the text: the article's month or year
        if base is None:
            return None, rel["same"]
        rest = {k: v for k, v in rel.items() if k != "same"}
        if rel["same"] == "year":
            return _point({"years": 0, **rest}, base)
        return _point({"months": 0, **rest}, base)
    if rel.get("mod") in _MOD_MONTH and "month" not in rel and "months" not in rel:
        # «حتى نهاية العام»، «منذ مطلع العام»: a part of the current year is a month; a
        # part of a named year («نهاية عام 2011»، «مطلع العام المقبل») is that year
        d, prec = _point({k: v for k, v in rel.items() if k != "mod"}, base)
        if prec == "year" and "year2" not in rel and (rel.get("years") == 0 or part_month):
            return (d.replace(month=_MOD_MONTH[rel["mod"]]) if d else None), "month"
        return d, prec
    if "date" in rel:
        return dt.date.fromisoformat(rel["date"]), "day"
    if "days" in rel:
        return (base + dt.timedelta(days=rel["days"]) if base else None), "day"
    if "weekday" in rel:
        wd = WEEKDAYS.index(rel["weekday"])
        return (_weekday_date(base, wd, rel.get("dir", 0)) if base else None), "day"
    if "weeks" in rel:
        return (base + dt.timedelta(weeks=rel["weeks"]) if base else None), "week"
    if "months" in rel and "day" in rel:
        if base is None:
            return None, "day"
        y, m = _add_months(base.year, base.month, rel["months"])
        return dt.date(y, m, rel["day"]), "day"
    if "months" in rel:
        if base is None:
            return None, "month"
        y, m = _add_months(base.year, base.month, rel["months"])
        return dt.date(y, m, 1), "month"
    if "month" in rel:
        m = rel["month"]
        y = rel.get("year")
        if y is None and "years" in rel and base is not None:
            y = base.year + rel["years"]
        if "day" in rel:
            if y is None:
                if base is None:
                    return None, "day"
                y = base.year
                direction = rel.get("dir", 0)
                try:
                    cand = dt.date(y, m, rel["day"])
                    if direction == 1 and cand <= base:
                        y += 1
                    elif direction == -1 and cand >= base:
                        y -= 1
                    elif direction == 0 and cand > base + dt.timedelta(days=60):
                        y -= 1
                except ValueError:
                    return None, "day"
            try:
                return dt.date(y, m, rel["day"]), "day"
            except ValueError:
                return None, "day"
        if y is None:
            if base is None:
                return None, "month"
            y = _month_year(base, m, rel.get("dir", 0))
        return dt.date(y, m, 1), "month"
    if "years" in rel:
        return (dt.date(base.year + rel["years"], 1, 1) if base else None), "year"
    if "year" in rel:
        return dt.date(rel["year"], 1, 1), "year"
    return None, "vague"


def _shift(d: dt.date, unit: str, n: int | float) -> dt.date:
    n = int(n)
    if unit == "hours":
        return d - dt.timedelta(days=-(-n // 24))
    if unit == "days":
        return d - dt.timedelta(days=n)
    if unit == "weeks":
        return d - dt.timedelta(weeks=n)
    if unit == "months":
        y, m = _add_months(d.year, d.month, -n)
        return dt.date(y, m, 1)
    return dt.date(max(1, d.year - n), 1, 1)


_UNIT_PRECISION = {
    "hours": "day",
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
}


def resolve(rel: dict[str, Any], base: dt.date | None) -> tuple[str | None, str]:
    """Resolve a relative spec against the article's day: ``(value, precision)``.

    ``value`` is ``None`` when the spec needs a day and ``base`` is ``None``
    (or the spec is vague). Absolute specs resolve without ``base``.
    """
    try:
        return _resolve(rel, base)
    except (ValueError, OverflowError):
        return None, "vague"


def _resolve(rel: dict[str, Any], base: dt.date | None) -> tuple[str | None, str]:
    if rel.get("soon"):
        return (f"{base.isoformat()}/" if base else None), "vague"
    if "last" in rel or "next" in rel or "ago" in rel or "in" in rel:
        key = next(k for k in ("last", "next", "ago", "in") if k in rel)
        unit, n = rel[key]["unit"], rel[key]["n"]
        prec = _UNIT_PRECISION[unit]
        if base is None:
            return None, prec
        if key in ("ago", "in"):
            return _fmt(_shift(base, unit, n if key == "ago" else -n), prec), prec
        # weeks count in days: «خلال الأسبوع الماضي» is the seven days up to the article's day
        dprec = "day" if prec == "week" else prec
        if key == "last":
            return f"{_fmt(_shift(base, unit, n), dprec)}/{_fmt(base, dprec)}", prec
        end = _shift(base, unit, -n) if unit != "hours" else base + dt.timedelta(days=-(-n // 24))
        return f"{_fmt(base, dprec)}/{_fmt(end, dprec)}", prec
    if "since" in rel:
        inner = rel["since"]
        d, prec = _point(inner, base, part_month=True)  # «منذ مطلع العام 2014»: a month
        if "year2" in inner:
            d = dt.date(inner["year"], 1, 1)
        if d is None or base is None or prec == "vague":
            return None, prec
        if prec == "week":
            return f"{d - dt.timedelta(days=d.weekday())}/{base.isoformat()}", prec
        # «منذ مطلع أيلول»: a month-level point gives a month interval, even this month
        return f"{_fmt(d, prec)}/{_fmt(base, prec)}", prec
    if "year2" in rel:
        return f"{rel['year']:04d}/{rel['year2']:04d}", "year"
    if "between" in rel:  # «بين 28 أيلول و3 تشرين الأول»، «منذ 2011 وحتى 2015»
        ends = [resolve(r, base) for r in rel["between"]]
        if not all(v for v, _ in ends):
            return None, ends[1][1]
        return f"{ends[0][0].split('/')[0]}/{ends[1][0]}", ends[1][1]
    if "from_day" in rel:  # «بين 13 و15 أكتوبر»
        d, _ = _point({k: v for k, v in rel.items() if k != "from_day"}, base)
        if d is None:
            return None, "day"
        return f"{d.replace(day=rel['from_day']).isoformat()}/{d.isoformat()}", "day"
    d, prec = _point(rel, base)
    return (_fmt(d, prec) if d else None), prec


def article_day(published: dt.date | None, found: list[tuple[str, int]]) -> dt.date | None:
    """The article's own day: the publication date, unless the text names its day.

    ``found`` holds (deictic, weekday) pairs the text states, such as
    ("اليوم", 3) for «اليوم (الخميس)» or ("امس", 2) for «أمس الأربعاء». The
    first one that disagrees with the publication date by one to three days
    moves the article's day back to match it.
    """
    if published is None:
        return None
    for deic, wd in found:
        offset = 0 if deic == "today" else 1
        today_wd = (wd + offset) % 7
        delta = (published.weekday() - today_wd) % 7
        if delta == 0:
            return published
        if delta <= 3:
            return published - dt.timedelta(days=delta)
    return published


# ------------------------------------------------------------------ matching


def _quoted_name(s: str, a: int, b: int) -> bool:
    """«"بغداد اليوم"»، «بغداد اليوم - بغداد» (a dateline): [a, b) ends an outlet's name of
    two words, a place and «اليوم», quoted or opening its line before a dash; not quoted
    words such as «"بدأت اليوم"»."""
    if b < len(s) and s[b] == '"':
        j = s.rfind('"', max(0, a - 30), a)
    elif s[b : b + 3].strip()[:1] in ("-", "–", "—"):
        j = s.rfind("\n", 0, a)  # a dateline: «بغداد اليوم - بغداد» opening its line
    else:
        return False
    if (j < 0 and s[b : b + 1] == '"') or "\n" in s[j + 1 : a]:
        return False
    words = s[j + 1 : a].split()
    if len(words) != 1:
        return False
    return any(e.type == "LOCATION" for e in get_gazetteer().lookup(words[0]))


def _words_before(s: str, i: int, n: int = 1) -> list[str]:
    return s[max(0, i - 40) : i].split()[-n:]


def _spec(name: str, m: re.Match[str], s: str) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """Turn a grammar match into (relative spec, extra fields) or (None, {}) to reject."""
    g = m.groupdict()
    extra: dict[str, Any] = {}
    part = g.get("part")
    if part:
        extra["part"] = _PARTS[" ".join(part.split())]
    if name == "deic":
        deic = " ".join(g["deic"].split())
        wd = g.get("wd")
        if deic == "اليوم" and (part or g.get("aftermid")) and not wd:
            after = _NEXT_WORD.match(s, m.end())
            if after and after.group(1) in ("نفسه", "ذاته", "عينه"):
                return None, {}  # «مساء اليوم نفسه»: the day the text last named
        if deic == "اليوم" and not wd and not part:
            after = _NEXT_WORD.match(s, m.end())
            if after and after.group(1) in _TODAY_NOT:
                return None, {}
            before = _words_before(s, m.start())
            same = after is not None and after.group(1) in ("نفسه", "ذاته", "عينه")
            if before and before[-1] in _TODAY_PRE_NOT and not same:
                return None, {}  # («في اليوم ذاته»: the day the text named last)
            if _quoted_name(s, m.start(), m.end()):
                return None, {}  # «لـ"بغداد اليوم"»: an outlet named «X اليوم»
        if deic == "الليل":
            if not (g.get("aftermid") and g.get("mid")):
                return None, {}  # «الليل» alone is no day; «بعد منتصف الليل» is early today
            days = 0
            extra["part"] = "night"
        elif deic.startswith("الليله"):
            days = -1 if deic != "الليله" else 0
            extra["part"] = "night"
        elif deic in ("اليوم",):
            days = 0
        elif deic in ("امس", "يوم امس", "البارحه", "الامس"):
            days = -1
        elif deic in ("امس الاول", "اول امس", "اول من امس"):
            days = -2
        elif deic in ("غدا", "يوم غد", "يوم الغد", "الغد"):
            if deic == "الغد" and not part:
                return None, {}  # «الغد» alone is "the future"
            if deic == "غدا" and not (wd or part) and not _tomorrow_ok(s, m):
                extra["need"] = "\u064b"  # only «غداً» with tanween is surely "tomorrow"
            days = 1
        else:  # بعد غد
            days = 2
        if g.get("aftermid"):
            # «بعد منتصف الليلة الماضية»: after midnight is the article's own day, early
            if not (g.get("mid") or (part or "").startswith("منتصف")):
                return None, {}
            days = 0 if deic in ("الليله", "الليل") else days + 1
            extra["part"] = "night"
        rel: dict[str, Any] = {"days": days}
        if wd:
            rel["weekday"] = WEEKDAYS[_WD[wd]]
            extra["named"] = (
                "today" if days == 0 else "yesterday" if days == -1 else "",
                _WD[wd],
            )
        return rel, extra
    if name == "weekday":
        wd = g["wd"]
        q = g.get("q")
        if g.get("wd2") and (_WD[g["wd2"]] - _WD[wd]) % 7 != 1:
            return None, {}  # «ليل الخميس الجمعة»: a night between two days that follow
        if not part and not q and not s[m.start() : m.start() + 4].startswith("يوم"):
            before = _words_before(s, m.start())
            if before and before[-1] in _WD_PRE_NOT:
                return None, {}
            if wd == "الاثنين":
                after = s[m.end() : m.end() + 8].split()[:1]
                if after and after[0] in ("من", "معا", "في", "الي"):
                    return None, {}
        direction = -1 if q in _PAST else 1 if q in _NEXT else 0
        if q in _CUR:
            direction = 0
        if not q and not part and _plan_before(s, m.start()):
            # «من المقرر أن يصل بنس إلى أنقرة الخميس»: the next one (the article's own
            # weekday stays that day)
            direction = 3
        rel = {"weekday": WEEKDAYS[_WD[wd]]}
        if direction:
            rel["dir"] = direction
        if g.get("aftermid"):
            if not (part or "").startswith("منتصف"):
                return None, {}
            rel["shift"] = 1  # «بعد منتصف ليل الخميس» is early Friday
        return rel, extra
    if name == "dateord":
        day = _ordinal(" ".join(g["ord"].split())) if g.get("ord") else int(g["d"])
        if day is None or not 1 <= day <= 31:
            return None, {}
        if g.get("ord") and m.start("ord") == m.start() and _ordinal_of_noun(s, m.start()):
            return None, {}  # «الأسبوع الأول من الشهر»: the ordinal counts weeks
        if g.get("same"):
            return {"day": day, "same": "month"}, extra
        if g.get("m1") is None:
            q = g.get("mq")
            k = -1 if q in _PAST else 1 if q in _NEXT else 0
            return {"day": day, "months": k}, extra
        m1 = _month_num(g["m1"])
        if m1 is None or (g.get("m2") is not None and _month_num(g["m2"]) != m1):
            return None, {}
        rel = {"month": m1, "day": day}
        if g.get("y"):
            rel["year"] = int(g["y"])
        elif g.get("ry"):
            q = g["ry"]
            rel["years"] = -1 if q in _PAST else 1 if q in _NEXT else 0
        elif g.get("thisyear"):
            rel["years"] = 0
        elif g.get("sy") or g.get("sy2"):
            rel["same"] = "year"
        elif g.get("q"):
            q = g["q"]
            if q in _PAST or q in _NEXT:
                rel["dir"] = -1 if q in _PAST else 1
        return rel, extra
    if name in ("date", "month"):
        m1 = _month_num(g["m1"])
        if m1 is None:
            return None, {}
        if g.get("m2") is not None and _month_num(g["m2"]) != m1:
            return None, {}
        rel = {"month": m1}
        if g["m1"] == "اب" and not g.get("m2"):
            extra["need"] = "آب"  # أب is "father"; the month is written with madda
        if name == "date":
            day = int(g["d"])
            if not 1 <= day <= 31:
                return None, {}
            if g.get("d0"):
                d0 = int(g["d0"])
                if extra.get("part") == "night" and day == d0 + 1:
                    day = d0  # «ليلة 27-28 نوفمبر»: the night of the 27th
                elif 1 <= d0 < day and not part:
                    rel["from_day"] = d0  # «27-28 نوفمبر»: both days
                else:
                    return None, {}
            rel["day"] = day
        elif not _month_context(s, m, g):
            return None, {}
        if g.get("mod"):
            rel["mod"] = _MODS[g["mod"]]
        if g.get("y"):
            rel["year"] = int(g["y"])
        elif g.get("ry"):
            q = g["ry"]
            rel["years"] = -1 if q in _PAST else 1 if q in _NEXT else 0
        elif g.get("thisyear"):
            rel["years"] = 0
        elif g.get("sy") or g.get("sy2"):
            rel["same"] = "year"
        elif g.get("q"):
            q = g["q"]
            rel["dir"] = -1 if q in _PAST else 1 if q in _NEXT else 2
            if "day" in rel and rel["dir"] == 2:
                rel["dir"] = 0
        return rel, extra
    if name == "numeric":
        a, b, c = g["a"], g["b"], g["c"]
        if len(a) == 4:
            y, mo, d = int(a), int(b), int(c)
        elif len(c) == 4:
            y, mo, d = int(c), int(b), int(a)
        else:
            return None, {}
        if not 1900 <= y <= 2099:
            return None, {}
        try:
            return {"date": dt.date(y, mo, d).isoformat()}, extra
        except ValueError:
            return None, {}
    if name in ("year", "modyear"):
        rel = {"year": int(g["y"])}
        if g.get("y2"):
            y2 = int(g["y2"])
            if y2 <= rel["year"]:
                return None, {}
            rel["year2"] = y2
        if g.get("mod"):
            rel["mod"] = _MODS[g["mod"]]
        if s[m.end() : m.end() + 3].strip().startswith(("ه", "%")):
            return None, {}  # hijri or a percentage
        return rel, extra
    if name in ("period", "modperiod"):
        unit = g.get("unit") or g.get("unit2") or g.get("unit3")
        if unit == "العام" and not g.get("mod"):
            prev = _words_before(s, m.start())
            if prev and prev[-1] in _GENERAL_NOUNS:
                return None, {}  # «المدير العام السابق»: العام is "general"
        if g.get("same"):
            if unit == "الاسبوع":
                return None, {}
            rel = {"same": "month" if unit == "الشهر" else "year"}
            if g.get("mod"):
                rel["mod"] = _MODS[g["mod"]]
            return rel, extra
        q = g.get("q")
        if q in _LAST_OF and s[m.end() :].lstrip().startswith("من"):
            return None, {}  # «الأسبوع الأخير من شهر شباط»: a week of that month
        k = -1 if q in _PAST else 1 if q in _NEXT else 0
        key = {"الاسبوع": "weeks", "الشهر": "months", "العام": "years", "السنه": "years"}[unit]
        rel = {key: k}
        if g.get("mod"):
            rel["mod"] = _MODS[g["mod"]]
        return rel, extra
    if name == "duration":
        unit_word = g["unit"]
        if unit_word.startswith("ال") and unit_word[2:] in _UNITS:
            unit_word = unit_word[2:]
        elif unit_word.startswith("ال"):
            return None, {}
        unit, implied = _UNITS[unit_word]
        if g.get("n2") and g["n2"].strip() in _WEEKDAY_N2:
            return None, {}  # «منذ يوم الإثنين»: the day Monday, not two days
        n = None
        for key in ("n", "n2"):
            if g.get(key):
                n = _num_value(g[key])
                if n is None:
                    return None, {}
        pre = " ".join((g.get("pre") or "").split())
        q = g.get("q")
        if n is None and g.get("n2") is None:
            n = implied
        if n is not None and implied not in (None, 1) and (g.get("n") or g.get("n2")):
            return None, {}  # «يومين» already counts
        if n is not None and n <= 0:
            return None, {}
        future = q in _NEXT
        past = q in _PAST or bool(g.get("tail"))
        if n is None and g["unit"].startswith("ال") and not (past or future):
            return None, {}  # «خلال الأيام الأولى للحرب»
        if pre == "بعد":
            # «ستصل بعد يومين»: counted from the article's day only when the sentence
            # speaks of the future; «انسحبت بعد يومين (من ...)» counts from an event
            if q or not _future_before(s, m.start()) or not _bare_unit_ends(s, m.end()):
                return None, {}
            if n is None:
                return {"soon": True}, {"relation": "after"}
            return {"in": {"unit": unit, "n": n}}, extra
        if n is None:  # a vague number of units
            if future or (pre in ("خلال", "في غضون") and not past):
                if pre == "" and not future:
                    return None, {}
                return {"soon": True}, {"relation": "after"}
            if past or pre in ("منذ", "قبل"):
                return {}, {"relation": "before"}  # «منذ أيام»، «قبل سنوات»
            return None, {}
        if not pre and not (past or future):
            return None, {}  # «ثلاثة أيام» alone is a length, not a time
        if pre == "في" and not (past or future):
            return None, {}
        if pre == "قبل":
            return {"ago": {"unit": unit, "n": n}}, extra
        if future or (pre == "في غضون" and not past):
            return {"next": {"unit": unit, "n": n}}, extra
        if pre in _OVER and not past:
            return None, {}  # «طوال/على مدى ثلاثة أيام»: a length (a QUANTITY), not a time
        if pre in ("خلال", "منذ", "في غضون", "في") or past:
            if implied == 1 and not g.get("n") and not g.get("n2") and pre not in ("منذ",):
                # «خلال أسبوع»: one unit, unless a name or a complement follows
                # («خلال شهر رمضان»، «خلال يوم الجمعة»، «خلال عام من توقيعه»)
                if not past and (pre != "خلال" or not _bare_unit_ends(s, m.end())):
                    return None, {}
            if pre == "خلال" and not past and _future_before(s, m.start()):
                return {"next": {"unit": unit, "n": n}}, extra  # «ستنسحب خلال أسبوع»
            return {"last": {"unit": unit, "n": n}}, extra
        return None, {}
    if name == "soon":
        return {"soon": True}, {"relation": "after"}
    if name == "vague":
        if g.get("soon"):
            return {"soon": True}, {"relation": "after"}
        after = s[m.end() : m.end() + 2]
        before = s[max(0, m.start() - 1) : m.start()]
        if before == "(" and after.startswith(")"):
            return None, {}  # «(سابقا)» qualifying a name: «formerly»
        word = m.group()
        if word in ("سابقا", "لاحقا"):
            prev = _words_before(s, m.start())
            if (
                prev
                and prev[-1].endswith("ا")
                and not prev[-1].endswith("وا")
                and len(prev[-1]) > 2
            ):
                return None, {}  # an adjective on an indefinite noun: «عنصرا سابقا»
        return {}, {"relation": "before" if g.get("before") else "after"}
    return None, {}


_TODAY_NOT = {
    "التالي",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الاخير",
    "العالمي",
    "الوطني",
    "الدولي",
    "الذي",
    "السابق",
    "الموعود",
    "المحدد",
    "الوحيد",
    "الواحد",
}
_TODAY_PRE_NOT = {"في", "ذلك", "ذات", "نفس", "روسيا", "المصري", "فلسطين", "اخبار", "هذا"}
# nouns that «العام» ("general", "public") qualifies
_GENERAL_NOUNS = set(
    "المدير الامين النايب المدعي الادعاء الراي القطاع الموتمر المراقب المفتش المنسق الاضراب "
    "النفير العفو الامن المال الشان النظام الصالح القايد الاتحاد الوضع الاطار المستوي التيار "
    "الموقف الانطباع الاتجاه المشهد الطابع المناخ التوجه المزاج الحق النقل التعليم البث الدين "
    "المستشار المفوض المحامي القنصل الحاكم المنسق المرشد المسوول".split()
)
_WD_PRE_NOT = {"بين", "كلا", "هذين", "هذان", "هاتين", "الطرفين", "الجانبين", "ان", "لدي"}


_HIJRI = {"رمضان", "محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "شوال", "ذي", "ذو"}
_NOT_FUTURE = (
    "سيطر",
    "سياس",
    "سيار",
    "سيد",
    "سير",
    "سيل",
    "سيول",
    "سينا",
    "سيف",
    "سته",
    "ستين",
    "ستار",
    "ستر",
    "سنه",
    "سنو",
    "سنجار",
    "سني",
    "سنت",
    "سناتور",
    "سيما",
    "ستون",
    "سيمفون",
    "سيناريو",
    "سيبير",
)
_FUTURE_WORDS = {
    "سوف",
    "المقرر",
    "المتوقع",
    "يتوقع",
    "ويتوقع",
    "المزمع",
    "المرتقب",
    "مهله",
    # a deadline given: «أمهل الجيش المسلحين 72 ساعة»
    "امهل",
    "امهلت",
    "وامهل",
    "وامهلت",
    "يمهل",
    "تمهل",
}


_NEXT_WORD = re.compile(rf"{_S}(\w+)")


def _bare_unit_ends(s: str, j: int) -> bool:
    """True when nothing names or completes the unit that ends at ``j`` («خلال أسبوع،»)."""
    nxt = _NEXT_WORD.match(s, j)
    if not nxt:
        return True
    w = nxt.group(1)
    if w[:1].isdigit() or (w.startswith("ال") and w not in ("الي", "الا")):
        return False
    if w in ("من", "علي", "او", "عن"):
        return False
    return w not in _MONTHS and w not in _HIJRI and w not in ("كانون", "تشرين")


def _plan_before(s: str, i: int) -> bool:
    """A plan word earlier in the sentence: «من المقرر»، «من المتوقع»، «سوف»."""
    lo = max(0, i - 140)
    cut = max(s.rfind(c, lo, i) for c in ".!?؟\n")
    return any(w in _FUTURE_WORDS for w in s[max(lo, cut + 1) : i].split())


def _future_before(s: str, i: int) -> bool:
    """A future verb or marker earlier in the sentence: «ستنسحب القوات خلال ...»."""
    lo = max(0, i - 80)
    cut = max(s.rfind(c, lo, i) for c in ".!?؟\n")
    for w in s[max(lo, cut + 1) : i].split():
        if w in _FUTURE_WORDS:
            return True
        if w[:1] in "وف" and len(w) > 5:
            w = w[1:]
        if len(w) > 3 and w[0] == "س" and w[1] in "يتن" and not w.startswith(_NOT_FUTURE):
            return True
    return False


# nouns an ordinal counts when it follows them («الأسبوع الأول من الشهر»)
_COUNTED_NOUNS = set(
    "الاسبوع الشهر العام السنه النصف الربع الثلث العقد القرن الجزء المرحله الجوله "
    "الدفعه الفصل الموسم اليوم الاسبوعين الايام الاسابيع الاشهر".split()
)


def _ordinal_of_noun(s: str, i: int) -> bool:
    """True when the word before ``i`` is a noun the ordinal at ``i`` qualifies."""
    prev = _words_before(s, i)
    if not prev:
        return False
    w = prev[-1]
    if w[:1] in "وف" and w[1:] in _COUNTED_NOUNS:
        return True
    if w.startswith(("بال", "كال")):
        w = w[1:]
    elif w.startswith("لل"):
        w = "ا" + w[1:]
    return w in _COUNTED_NOUNS


def _tomorrow_ok(s: str, m: re.Match[str]) -> bool:
    """«غدا» is also the verb "became": accept it at a clause edge or after a future verb."""
    nxt = s[m.end() : m.end() + 2]
    if not nxt.strip() or nxt.lstrip()[:1] in ".,;:!?)\"'-–":
        return True
    prev = _words_before(s, m.start(), 2)
    return any(len(w) > 3 and w[0] == "س" and w[1] in "يتن" for w in prev)


def _month_num(name: str) -> int | None:
    parts = name.split()
    if len(parts) == 1:
        return _MONTHS.get(name)
    if len(parts) == 2 and parts[0] in ("كانون", "تشرين"):
        second = parts[1][2:] if parts[1].startswith("ال") else parts[1]
        return _TWO_WORD_MONTHS.get((parts[0], second))
    # both names side by side: «اكتوبر تشرين الاول»، «حزيران يونيو»
    for k in range(1, len(parts)):
        a = _month_num(" ".join(parts[:k]))
        if a is not None and a == _month_num(" ".join(parts[k:])):
            return a
    return None


def _month_context(s: str, m: re.Match[str], g: dict[str, Any]) -> bool:
    """An ambiguous month name alone needs a time context around it."""
    if g.get("y") or g.get("ry") or g.get("q") or g.get("thisyear") or g.get("mod"):
        return True
    if g.get("sy") or g.get("sy2"):
        return True
    if g.get("shahr") or g.get("m2"):
        return True
    name = g["m1"]
    if name not in _AMBIGUOUS_MONTHS:
        return True
    before = _words_before(s, m.start())
    if not before:
        return False
    w = before[-1]
    for pre in ("و", "ف"):
        if w.startswith(pre) and w[1:] in _MONTH_PREPS:
            w = w[1:]
    return w in _MONTH_PREPS


def _num_value(raw: str) -> int | float | None:
    raw = raw.strip()
    if raw[:1].isdigit():
        return parse_digits(raw)
    words = raw.split()
    v, n = parse_words(words)
    if v is None or n != len(words):
        return None
    return v


def _orig_span(nt: Normalized, ns: int, ne: int) -> tuple[int, int]:
    start, end = nt.span(ns, ne)
    text = nt.original
    while end < len(text) and text[end] in _MARKS:
        end += 1
    return start, end


_GAP = re.compile(r"[\s,،;:()\-–]*(?:من[^\S\n]+)?")


def find_times(
    text: str, published: dt.date | None, nt: Normalized, sents: list[Sentence]
) -> list[TimeExpr]:
    """Return time expressions ordered by start, ids t1, t2, ..."""
    s = nt.text
    if not s:
        return []
    n = len(s)
    # (start, -length, head, grammars): sorted, the longest head first at each start
    # (one head per start and length)
    hits: list[tuple[int, int, str, tuple[str, ...]]] = []
    for end, (key, size, kind, alpha_end, grams) in _AUTO.iter(s):
        i = end - size + 1
        if kind == 1:
            i += 1
            while i > 0 and s[i - 1].isdigit():
                i -= 1
            if i > 2 and s[i - 2 : i] == "ال":
                i -= 2
            if not _left_ok(s, i):
                continue
        elif kind == 2:
            while i > 0 and s[i - 1].isdigit():
                i -= 1
            if i > 0 and (s[i - 1].isdigit() or s[i - 1] in "/.-"):
                continue
        elif i and (s[i - 1].isalnum() or s[i - 1] == "_") and not _left_ok(s, i):
            continue
        elif alpha_end and end + 1 < n and (s[end + 1].isalnum() or s[end + 1] == "_"):
            continue
        hits.append((i, -size, key, grams))
    if not hits and not any(w in s for w in _PART_ADVERBS) and _W_DECADE not in s:
        return []  # (a clock time alone has no head: «قرابة العاشرة صباحاً»)
    hits.sort()

    found: list[tuple[int, int, dict[str, Any] | None, dict[str, Any]]] = []
    pos = -1
    for i, _, key, grams in hits:
        if i < pos:
            continue
        best = _best_at(s, i, grams)
        if "month" in grams and key not in _MODS:
            dated = _date_before(s, i, pos)
            if dated is not None and dated[0] >= pos and (best is None or dated[1] >= best[1]):
                best = dated
        if best is None:
            continue
        ms, me, rel, extra = best
        if ms < pos:
            continue
        need = extra.pop("need", None)
        if need is not None:
            o0, o1 = nt.span(ms, me)
            if need not in text[o0 : o1 + 1]:
                continue
        if rel and rel.keys() <= _RELATIVE_DAY:
            dated = _date_after(s, me)
            if dated is not None and dated[2]:
                # «الأحد (28 يناير)»: two expressions; the day is the date in brackets
                extra["dated"] = dated[1]
            elif dated is not None:  # «اليوم الأربعاء 15 من تموز»: one, valued by the date
                extra["said"] = rel  # what the text says of the day, for ``relative``
                me, rel = dated[0], dated[1]
                best = (ms, me, rel, extra)
        found.append(best)
        pos = me

    # a vague expression followed directly by a precise one is subsumed by it; «قبل أيام من
    # انطلاق المفاوضات» dates nothing of its own (it is before another event, no time)
    kept = []
    for k, (ms, me, rel, extra) in enumerate(found):
        if s.startswith(_W_BEFORE_AFTER, ms) and _BEFORE_EVENT.match(s, me):
            continue
        if s[ms:me] == _W_TODAY and (
            s[max(0, ms - 4) : ms] == "راي "
            or (ms > 0 and s[ms - 1] in _QUOTE_CHARS and s[me : me + 1] in _QUOTE_CHARS)
        ):
            continue  # «رأي اليوم»، «لـ"اليوم"»: a newspaper's name
        if rel == {} and k + 1 < len(found):
            nxt = found[k + 1]
            g = _GAP.match(s, me)
            if g and g.end() >= nxt[0] and nxt[2]:
                continue
        kept.append((ms, me, rel, extra))

    named = [x[3]["named"] for x in kept if x[3].get("named") and x[3]["named"][0]]
    base = article_day(published, named)
    if len(kept) > 1 and base is not None:
        kept = _weekday_of_week(s, kept, base)
    if len(kept) > 1:
        kept = _join_ranges(s, kept, base)
    out: list[TimeExpr] = []
    ctx: tuple[int, int] | None = None  # (year, month) the text last named
    quoted = _quote_days(s, kept, base) if base is not None else {}
    if _W_STREAK in s:
        kept, quoted = _streaks(s, kept, quoted, base)
    kept, quoted = _clock_times(s, kept, quoted, base)
    if _W_DECADE in s:
        kept = _decades(s, kept, base)
    if _W_WEEK in s:
        kept = _weeks_of_month(s, kept, quoted, base)
    for ms, me, rel, extra in kept:
        start, end = _orig_span(nt, ms, me)
        part = extra.get("part")
        relation = extra.get("relation")
        if "dated" in extra and resolve(extra["dated"], base)[0]:
            rel = extra["dated"]
        if rel.get("same") and ctx is not None:
            rel = _same(rel, ctx)
        if "fixed" in extra:
            value, precision = extra["fixed"]
        elif rel:
            value, precision = resolve(rel, quoted.get(ms, base))
            if value and not (rel.keys() & {"last", "next", "ago", "in", "soon"}):
                ctx = _ym(value, ctx)
        else:
            value, precision = None, "vague"
        if rel.get("soon"):
            precision = "vague"
        if part and precision == "day":
            precision = "part-of-day"
        relative = None
        if value is None and rel:
            relative = {**extra.get("said", {}), **rel}
        out.append(
            TimeExpr(
                id=f"t{len(out) + 1}",
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                precision=precision,
                part=part,
                relation=relation,
                relative=relative,
            )
        )
    if "يوم" in text:
        out = _day_pairs(text, out)
    if "ذات" in text or "نفس" in text:
        _same_day(text, out)
    return out


_W_BEFORE_AFTER = ("قبل", "بعد")
_W_TODAY = "اليوم"
_QUOTE_CHARS = "\"'«»“”"
_BEFORE_EVENT = re.compile(r"(?:\s+قليله)?\s+من\s+(?!ال(?:ان|يوم|ساعه)\b)\w")
_SAME_AFTER = re.compile(r"\s+(?:ذاتها|ذاته|نفسها|نفسه)(?![\u0621-\u064a])")


def _same_day(text: str, times: list[TimeExpr]) -> None:
    """«في الليلة ذاتها»، «اليوم نفسه»: the day of the last dated expression before it (the
    span takes the «ذاتها»)."""
    last: str | None = None
    drop: list[TimeExpr] = []
    for t in times:
        m = _SAME_AFTER.match(text, t.end)
        if m and not last and t.text.strip() in ("اليوم", "يوم"):
            drop.append(t)  # «اليوم نفسه» with no day named before: not «today»
            continue
        if m and last and t.text.strip() in _SAME_HEADS:
            t.end = m.end()
            t.text = text[t.start : t.end]
            t.value = last
            t.precision = "part-of-day" if t.part else "day"
            t.relative = None
            continue
        if t.value and t.precision in ("day", "part-of-day"):
            last = t.value.split("/")[0]
    for t in drop:
        times.remove(t)


_SAME_HEADS = frozenset({"الليلة", "الليله", "اليوم", "ليلة", "يوم"})


_DAY_PAIR_HEAD = re.compile(r"يوم[يى]\s+$")


def _day_pairs(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """«يومي الخميس والجمعة»: two days named as a pair are one interval, from the first to
    the second (ids renumbered)."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(times):
        a = times[i]
        b = times[i + 1] if i + 1 < len(times) else None
        head = _DAY_PAIR_HEAD.search(text, max(0, a.start - 8), a.start)
        if (
            b is not None
            and head is not None
            and a.precision == b.precision == "day"
            and a.value
            and b.value
            and "/" not in a.value + b.value
            and text[a.end : b.start].strip() == "و"
        ):
            lo, hi = sorted((a.value, b.value))
            out.append(
                TimeExpr(
                    id="",
                    start=head.start(),
                    end=b.end,
                    text=text[head.start() : b.end],
                    value=f"{lo}/{hi}",
                    precision="day",
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    for k, t in enumerate(out, 1):
        t.id = f"t{k}"
    return out


# a reporting verb, then (before the reported content) the day it was said on
_SAID = re.compile(
    rf"(?:^|\s)[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|افاد|افادت|صرح|صرحت"
    rf"|اضاف|اضافت|اشار|اشارت|توقع|توقعت|تعهد|تعهدت|وعد|وعدت){_E}"
)
_CONTENT = re.compile(r"(?:^|\s)(?:ان|بان|انه|انها|بانه|بانها)(?:\s|$)|[:\"«“]")
_SENT_END = re.compile(r"[.!؟?\n]")
# relative expressions that count from the day of speaking: today, yesterday, tomorrow,
# and stretches ending or starting now
_FROM_NOW = frozenset({"days", "last", "next", "soon", "ago", "in"})


def _quote_days(s: str, kept: list[Found], base: dt.date) -> dict[int, dt.date]:
    """Start -> the day of speaking, for the relative expressions of dated reported
    speech: «قال الوزير، أمس، إن القوات ستنسحب اليوم» (the quote's «اليوم» is the day
    of the quote, EXTRACTION.md); «قال المركز، أمس، إن المسلحين شنوا خلال الـ24 ساعة
    الماضية» (the 24 hours before it)."""
    out: dict[int, dt.date] = {}
    for k, (ms, me, rel, _extra) in enumerate(kept):
        if not rel or set(rel) - _RELATIVE_DAY:
            continue  # the speaking day: a past day named relatively («أمس»، «الأحد»)
        verb = None
        for m in _SAID.finditer(s, max(0, ms - 60), ms):
            verb = m
        if verb is None or _SENT_END.search(s, verb.end(), ms):
            continue
        c = _CONTENT.search(s, me)
        if c is None or _SENT_END.search(s, me, c.start()):
            continue
        value, _ = resolve(rel, base)
        if value is None or len(value) != 10:
            continue
        day = dt.date.fromisoformat(value)
        if day >= base:
            continue
        end = _SENT_END.search(s, c.end())
        stop = end.start() if end else len(s)
        for ms2, _me2, rel2, _x in kept[k + 1 :]:
            if ms2 >= stop:
                break
            if ms2 - c.end() > 150:
                break  # the reported words, not the paragraph after them
            if ms2 >= c.start() and rel2 and set(rel2) <= _FROM_NOW and rel2.get("days", 0) >= 0:
                out[ms2] = day  # (a quoted «أمس» is mostly the writer's own)
    return out


_W_STREAK = "علي التوالي"
_ORDINALS = {
    w: k
    for k, w in enumerate(
        "الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split(), start=2
    )
}
_STREAK = re.compile(
    rf"(?:^|(?<=\s))لليوم{_S}(?:(?P<ord>{'|'.join(_ORDINALS)})|ال(?P<num>\d{{1,3}})){_S}علي{_S}التوالي{_E}"
)


# «قرابة العاشرة صباحاً»، «عند الساعة 5 فجراً»: a clock time with its part of the day and
# no day after it
_CLOCK_ALONE = re.compile(
    rf"(?:(?:قرابه|نحو|حوالي|عند|في|حتي){_S})?(?:الساعه{_S})?"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?(?!\d)|(?:{_CLOCK_WORDS})(?:{_S}عشره)?{_E})"
    rf"(?:{_S}(?:و(?:النصف|الربع|نصف|ربع)|الا{_S}(?:ربعا|ربع|الربع)){_E})?"
    rf"{_S}(?P<cpart>صباحا|فجرا|مساء|مساءا|ليلا|ظهرا|عصرا){_E}"
)


_W_WEEK = "الاسبوع"
_WEEK_OF = re.compile(rf"(?P<w>الاسبوع){_S}(?P<nth>الاول|الثاني|الثالث|الرابع|الاخير){_S}من{_S}$")
_NTH_WEEK = {"الاول": 0, "الثاني": 1, "الثالث": 2, "الرابع": 3}


def _weeks_of_month(
    s: str, kept: list[Found], quoted: dict[int, dt.date], base: dt.date | None
) -> list[Found]:
    """«الأسبوع الأول من الشهر الجاري»: days 1-7 of that month (the last week: its last
    seven days), one expression from «الأسبوع»."""
    out: list[Found] = []
    for ms, me, rel, extra in kept:
        m = _WEEK_OF.search(s, max(0, ms - 30), ms)
        value = (
            resolve(rel, quoted.get(ms, base))[0] if m and rel and "fixed" not in extra else None
        )
        if m is None or value is None or len(value) != 7:
            out.append((ms, me, rel, extra))
            continue
        y, mo = int(value[:4]), int(value[5:7])
        last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).day
        if m.group("nth") == "الاخير":
            d0, d1 = last - 6, last
        else:
            d0 = 1 + 7 * _NTH_WEEK[m.group("nth")]
            d1 = d0 + 6
        fixed = (f"{value}-{d0:02d}/{value}-{d1:02d}", "week")
        out.append((m.start("w"), me, rel, {**extra, "fixed": fixed}))
    return out


_PART_ADVERBS = ("صباحا", "مساء", "فجرا", "ليلا", "ظهرا", "عصرا")
# «فجراً»، «صباحاً»، «ظهراً»، «عصراً»، «ليلاً» alone, adverbs of time (not after a clock
# time: that is _CLOCK_ALONE's; annotators mark every one; bare «مساء» is also a noun)
_DAWN_ALONE = re.compile(
    r"(?:^|(?<=\s))(?<![\d])(?P<d>فجرا|صباحا|ظهرا|عصرا|ليلا|مساءا)(?=[\s.,،؛:!؟\"»”]|$)"
)
# a clock word or number right before: «في الخامسة صباحاً» (a clock time, or a habit)
_CLOCK_BEFORE = re.compile(rf"(?:\d|{_CLOCK_WORDS}|عشره|عشر)\s*$")
# «ساعات الفجر الأولى»، «ساعات المساء»: the hours of a part of the day (normalised text)
_HOURS_OF_PART = re.compile(
    rf"ساعات{_S}ال(?P<p>فجر|صباح|مساء|ليل|ظهر|عصر){_E}(?:{_S}(?:الاولي|الاخيره|المتاخره){_E})?"
)
_HOUR_PART = {
    "فجر": "فجرا",
    "صباح": "صباحا",
    "مساء": "مساء",
    "ليل": "ليلا",
    "ظهر": "ظهرا",
    "عصر": "عصرا",
}


_WEEKDAY_N2 = frozenset({"الاثنين", "اثنين"})  # (normalised text)


def _sentence_day(
    s: str,
    pos: int,
    kept: list[Found],
    quoted: dict[int, dt.date],
    base: dt.date | None,
    lead: bool = False,
) -> dt.date | None:
    """The last day its sentence names before ``pos`` with a relative day («أمس»، «الأحد»),
    else ``base`` (the article's day); with ``lead``, else the first such day of the
    article before ``pos`` (a clock time alone: «انفجرت السيارة عند الساعة 5:30 صباحاً»
    in a report that opened with «فجر أمس الثلاثاء»)."""
    day = base
    sent_start = max(s.rfind(".", 0, pos), s.rfind("\n", 0, pos))
    if lead:
        for ms, _me, rel, _x in kept:
            if ms >= sent_start:
                break
            if rel and not set(rel) - _RELATIVE_DAY:
                value, _ = resolve(rel, quoted.get(ms, base))
                if value and len(value) == 10:
                    day = dt.date.fromisoformat(value)
                break
    for ms, _me, rel, _x in kept:
        if sent_start < ms < pos and rel and not set(rel) - _RELATIVE_DAY:
            value, _ = resolve(rel, quoted.get(ms, base))
            if value and len(value) == 10:
                day = dt.date.fromisoformat(value)
    return day


def _clock_times(
    s: str, kept: list[Found], quoted: dict[int, dt.date], base: dt.date | None
) -> tuple[list[Found], dict[int, dt.date]]:
    """A clock time and its part of the day alone («عبرت الحدود قرابة العاشرة صباحاً»): that
    part of the day the sentence names before it, else of the article's day."""
    if not any(w in s for w in _PART_ADVERBS) and "ساعات" not in s:
        return kept, quoted
    found = []
    for m in _HOURS_OF_PART.finditer(s):
        # «مع ساعات الفجر الأولى»، «حتى ساعات المساء»: that part of the sentence's day
        a = m.start()
        # («منذ ساعات الصباح»: not the vague «منذ ساعات» it starts with)
        kept = [x for x in kept if not (x[1] <= m.end() and x[1] > a and not x[2])]
        if (a > 0 and s[a - 1].isalnum()) or any(
            ms < m.end() and a < me for ms, me, _r, _x in kept
        ):
            continue
        day = _sentence_day(s, a, kept, quoted, base, lead=True)
        found.append((a, m.end(), {"days": 0}, {"part": _CLOCK_PARTS[_HOUR_PART[m.group("p")]]}))
        if day is not None:
            quoted = {**quoted, a: day}
    for m in _CLOCK_ALONE.finditer(s):
        a = m.start()
        if a > 0 and s[a - 1].isalnum():
            continue
        if any(ms < m.end() and a < me for ms, me, _r, _x in kept):
            continue
        if not any(ch.isdigit() for ch in m.group()) and "الساعه" not in m.group():
            # a word hour needs «الساعة» or an approximator: «في العاشرة صباحا»
            if not re.match(r"(?:قرابه|نحو|حوالي|عند|حتي)\s", m.group()):
                continue
        day = _sentence_day(s, a, kept, quoted, base, lead=True)
        found.append((a, m.end(), {"days": 0}, {"part": _CLOCK_PARTS[m.group("cpart")]}))
        if day is not None:
            quoted = {**quoted, a: day}
    for m in _DAWN_ALONE.finditer(s):
        # «انطلقت العملية فجراً»: that part of the sentence's day (not a clock time's part)
        a = m.start("d")
        if any(ms < m.end("d") and a < me for ms, me, _r, _x in kept + found):
            continue
        if _CLOCK_BEFORE.search(s, max(0, a - 12), a):
            continue
        day = _sentence_day(s, a, kept, quoted, base, lead=True)
        found.append((a, m.end("d"), {"days": 0}, {"part": _CLOCK_PARTS[m.group("d")]}))
        if day is not None:
            quoted = {**quoted, a: day}
    if not found:
        return kept, quoted
    return sorted(kept + found, key=lambda x: x[0]), quoted


def _streaks(
    s: str, kept: list[Found], quoted: dict[int, dt.date], base: dt.date | None
) -> tuple[list[Found], dict[int, dt.date]]:
    """«تواصلت أمس لليوم الثالث على التوالي المعارك»: the N days ending on the day the
    sentence names before it (else the article's day)."""
    found = []
    for m in _STREAK.finditer(s):
        if any(ms < m.end() and m.start() < me for ms, me, _r, _x in kept):
            continue
        n = _ORDINALS[m.group("ord")] if m.group("ord") else int(m.group("num"))
        if not 2 <= n <= 400:
            continue
        end_day = _sentence_day(s, m.start(), kept, quoted, base)
        found.append((m.start(), m.end(), {"last": {"unit": "days", "n": n - 1}}, {}))
        if end_day is not None:
            quoted = {**quoted, m.start(): end_day}
    if not found:
        return kept, quoted
    return sorted(kept + found, key=lambda x: x[0]), quoted


_RELATIVE_DAY = frozenset({"days", "weekday", "dir"})
_RANGE_PRE = re.compile(rf"(?:^|\s)[وف]?(?P<w>(?:ما{_S})?بين|من){_S}$")
_RANGE_GAP = re.compile(rf"{_O}(?:و|(?:و{_O})?(?:الي|حتي){_S}|[-–]){_O}$")
_SINCE_GAP = re.compile(rf"{_O}[,،]?{_O}(?:و{_O})?(?:الي|حتي){_S}$")
_NOT_POINT = frozenset(
    {"last", "next", "ago", "in", "soon", "same", "from_day", "between", "year2"}
)

Found = tuple[int, int, dict[str, Any], dict[str, Any]]


_OF_GAP = re.compile(rf"{_S}من{_S}")
_W_DECADE = "ينيات"
_DECADE_NUM = {  # (looked up without the article: «التسعينيات» -> «تسعين»)
    "عشرين": 20,
    "ثلاثين": 30,
    "اربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
}
# «تسعينيات القرن الماضي»، «منذ ثمانينيات القرن العشرين» (normalised text)
_DECADE = re.compile(
    rf"(?:^|(?<=\s))(?:(?P<since>منذ){_S})?(?:في{_S})?(?P<d>(?:ال)?(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)ينيات)"
    rf"{_S}القرن{_S}(?:الماضي|العشرين){_E}"
)


def _decades(s: str, kept: list[Found], base: dt.date | None) -> list[Found]:
    """«تسعينيات القرن الماضي»: the decade (1990/1999); after «منذ» from its start to the
    article's year."""
    found = []
    for m in _DECADE.finditer(s):
        # («القرن الماضي» inside it gives way)
        kept = [x for x in kept if not (m.start() <= x[0] and x[1] <= m.end())]
        if any(ms < m.end() and m.start() < me for ms, me, _r, _x in kept):
            continue
        d = m.group("d")
        key = d[2:] if d.startswith("ال") else d
        n = _DECADE_NUM.get(key.replace("ينيات", "ين"))
        if n is None:
            continue
        y = 1900 + n
        if m.group("since"):
            value = f"{y}/{base.year}" if base is not None else None
        else:
            value = f"{y}/{y + 9}"
        if value is None:
            continue
        found.append((m.start(), m.end(), {}, {"fixed": (value, "year")}))
    if not found:
        return kept
    return sorted(kept + found, key=lambda x: x[0])


def _weekday_of_week(s: str, kept: list[Found], base: dt.date) -> list[Found]:
    """«يوم الأربعاء من الأسبوع الماضي»: one day, that weekday of the week named (its
    Monday-to-Sunday week), not two expressions."""
    out: list[Found] = []
    k = 0
    while k < len(kept):
        a = kept[k]
        if k + 1 < len(kept):
            b = kept[k + 1]
            ra, rb = a[2], b[2]
            if (
                set(ra) == {"weekday"}
                and set(rb) == {"weeks"}
                and _OF_GAP.fullmatch(s[a[1] : b[0]])
            ):
                monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=rb["weeks"])
                day = monday + dt.timedelta(days=WEEKDAYS.index(ra["weekday"]))
                extra = {**a[3], "fixed": (day.isoformat(), "day")}
                out.append((a[0], b[1], ra, extra))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _join_ranges(s: str, kept: list[Found], base: dt.date | None) -> list[Found]:
    """Join «بين A و B»، «من A إلى B»، «منذ A حتى B» into one interval A/B.

    Both ends must be points at the same precision, A before B; a «since» A
    ends at B instead of the article's day.
    """
    out: list[Found] = []
    k = 0
    while k < len(kept):
        cur = kept[k]
        if k + 1 < len(kept):
            nxt = kept[k + 1]
            joined = _join(s, cur, nxt, base)
            if joined is not None:
                out.append(joined)
                k += 2
                continue
        out.append(cur)
        k += 1
    return out


def _join(s: str, a: Found, b: Found, base: dt.date | None) -> Found | None:
    ra, rb = a[2], b[2]
    if not ra or not rb or rb.keys() & _NOT_POINT or "since" in rb:
        return None
    since = "since" in ra
    if since:
        if ra["since"].keys() & _NOT_POINT or not _SINCE_GAP.match(s[a[1] : b[0]]):
            return None
        start = a[0]
    else:
        gap = _RANGE_GAP.match(s[a[1] : b[0]])
        if ra.keys() & _NOT_POINT or not gap:
            return None
        pre = _RANGE_PRE.search(s, max(0, a[0] - 12), a[0])
        if pre is None or (pre.group("w") == "من" and gap.group().strip() == "و"):
            return None  # «من A و B» is "of A and B"; a range from A needs إلى/حتى
        start = pre.start("w")
    if since:
        ra = ra["since"]
    if "month" in ra and "year" not in ra and "years" not in ra and "year" in rb and "month" in rb:
        # «بين 28 أيلول و3 تشرين الأول 2016»: the first end takes the year the second names
        ra = {k: v for k, v in ra.items() if k != "dir"}
        ra["year"] = rb["year"] - (ra["month"] > rb["month"])
    va, pa = resolve(ra, base)
    vb, pb = resolve(rb, base)
    if pa != pb or pa not in ("day", "month", "year"):
        return None
    if va and vb and not va < vb:
        return None
    return start, b[1], {"between": [ra, rb]}, {}


def _ym(value: str, ctx: tuple[int, int] | None) -> tuple[int, int] | None:
    """(year, month) a resolved value names (its start); a bare year keeps month 0."""
    v = value.split("/", 1)[0]
    if len(v) >= 7 and v[4] == "-" and v[5:7].isdigit():
        return int(v[:4]), int(v[5:7])
    if len(v) == 4 and v.isdigit():
        return int(v), 0
    return ctx


def _same(rel: dict[str, Any], ctx: tuple[int, int]) -> dict[str, Any]:
    """«السابع من الشهر ذاته»، «العام نفسه»: the month or year the text last named."""
    y, m = ctx
    out = {k: v for k, v in rel.items() if k != "same"}
    if rel["same"] == "year":
        out["year"] = y
        return out
    if m == 0:
        return rel
    out.update(year=y, month=m)
    return out


def _best_at(
    s: str, i: int, grams: tuple[str, ...], allow_since: bool = True
) -> tuple[int, int, dict[str, Any], dict[str, Any]] | None:
    best = None
    for name in grams:
        if name == "clock":
            c = _clock_at(s, i)
            if c is not None and (best is None or c[1] > best[1]):
                best = c
            continue
        if name == "range":
            c = _range_at(s, i)
            if c is not None and (best is None or c[1] > best[1]):
                best = c
            continue
        if name == "dateord" and s.find("من", i, i + 40) < 0:
            continue  # «الخامس من ...»: no «من» ahead, no ordinal date
        m = _G[name].match(s, i)
        if not m or m.end() == i:
            continue
        if best is not None and m.end() <= best[1]:
            continue
        rel, extra = _spec(name, m, s)
        if rel is None:
            continue
        best = (
            m.end("skip") if m.re.groupindex.get("skip") and m.group("skip") else i,
            m.end(),
            rel,
            extra,
        )
    if allow_since and s.startswith("منذ", i):
        j = i + 3
        while j < len(s) and s[j] in " \t\u00a0":
            j += 1
        if j > i + 3:
            inner = _point_at(s, j)
            if inner is not None and (best is None or inner[1] > best[1]):
                _, ie, irel, iextra = inner
                if irel and "soon" not in irel and "last" not in irel:
                    keep = {k: v for k, v in iextra.items() if k in ("part", "named")}
                    best = (i, ie, {"since": irel}, keep)
    return best


def _range_at(s: str, i: int) -> tuple[int, int, dict[str, Any], dict[str, Any]] | None:
    """«بين 13 و15 أكتوبر»: a day interval inside the month the second day names."""
    m = _RANGE.match(s, i)
    if not m:
        return None
    inner = _best_at(s, m.end(), ("date", "dateord"), allow_since=False)
    if inner is None or inner[0] != m.end() or "day" not in inner[2]:
        return None
    _, ie, irel, iextra = inner
    d1 = int(m.group("d1"))
    if not 1 <= d1 < irel["day"]:
        return None
    return m.end("fi") if m.group("fi") else i, ie, {**irel, "from_day": d1}, iextra


def _clock_at(s: str, i: int) -> tuple[int, int, dict[str, Any], dict[str, Any]] | None:
    """A clock time and the day it is on: one expression valued as the day."""
    m = _CLOCK.match(s, i)
    if not m:
        return None
    inner = _best_at(s, m.end(), ("deic", "weekday", "date", "dateord"), allow_since=False)
    if inner is None or inner[0] != m.end():
        return None
    _, ie, irel, iextra = inner
    extra = dict(iextra)
    if m.group("cpart") and "part" not in extra:
        extra["part"] = _CLOCK_PARTS[m.group("cpart")]
    return i, ie, irel, extra


def _date_after(s: str, j: int) -> tuple[int, dict[str, Any], bool] | None:
    """(end, spec, in brackets) of an explicit date right after a relative day (_DATE_GAP)."""
    g = _DATE_GAP.match(s, j)
    if not g or g.end() >= len(s) or not s[g.end()].isalnum():
        return None
    k = g.end()
    d = _best_at(s, k, ("date", "dateord", "numeric"), allow_since=False)
    if d is None or d[0] != k:
        return None
    _, de, drel, _ = d
    if "day" not in drel and "date" not in drel:
        return None
    if g.group("open") and s[de - 1] != ")":
        c = _CLOSE.match(s, de)
        if not c:
            return None
        de = c.end()
    return de, drel, bool(g.group("open"))


_POINT_GRAMS = (
    "deic",
    "weekday",
    "date",
    "dateord",
    "month",
    "numeric",
    "year",
    "modyear",
    "period",
    "modperiod",
)
_SINCE_YEAR = re.compile(rf"(?P<y>{_YEAR})(?:م{_E})?")


def _point_at(s: str, j: int) -> tuple[int, int, dict[str, Any], dict[str, Any]] | None:
    best = _best_at(s, j, _POINT_GRAMS, allow_since=False)
    m = _SINCE_YEAR.match(s, j)
    if m and (best is None or m.end() > best[1]):
        best = (j, m.end(), {"year": int(m.group("y"))}, {})
    return best


_DAY_BEFORE = re.compile(
    rf"(?:{_PART}{_S}(?:(?:من|يوم){_S})?)?"
    rf"(?:(?:(?:يوم{_S})?(?:{_WD_ALT}){_O}[,،]?{_O}(?:الموافق{_S})?)?(?:يوم{_S})?)"
    rf"(?:(?<!\d)[0-3]?\d{_O}[-–]{_O})?(?<!\d)[0-3]?\d{_O}(?:من{_S})?$"
)


def _date_before(
    s: str, i: int, floor: int = 0
) -> tuple[int, int, dict[str, Any], dict[str, Any]] | None:
    """A day number (and weekday) before a month name: «5 ديسمبر»، «الخميس 5 من ديسمبر»."""
    near = s[max(0, i - 9) : i]
    if not any(c.isdigit() for c in near):
        return None  # the day number sits right before the month name
    lo = max(0, i - 32)
    m = _DAY_BEFORE.search(s, lo, i)
    if not m:
        return None
    starts = [m.start()]
    d = re.search(r"(?<!\d)[0-3]?\d", s[m.start() : i])
    if d and d.start():
        starts.append(m.start() + d.start())
    for st in starts:
        if st < floor or not _left_ok(s, st):
            continue
        best = _best_at(s, st, ("date",), allow_since=False)
        if best and best[1] > i:
            return best
    return None
