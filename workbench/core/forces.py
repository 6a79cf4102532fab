"""Force-presence rows derived from events, presence words and quantities.

One row says that an actor is (or was, or will be) somewhere, as of a time,
according to a source, with the sentence as evidence. Rules:

- MOVEMENT: reinforcements in the sentence (تعزيزات، حشود، أرسل ...) give
  ``reinforced`` (not when the reinforcements named again deploy: «إن التعزيزات
  انتشرت في X» is ``present``); an arrival (وصل، دخل، convoy) gives ``arrived``;
  a deployment (انتشر، نشر، تمركز) gives ``present``, not at the place it
  heads for (تتقدم نحو X); a convoy passing through (عبرت، اتجهت) gives no row
  of its own but joins the row of the same convoy nearby. An escort («برفقة
  ضباط من X») moves too. A planned movement or base, or one that is the topic
  of talks («لبحث إعادة انتشار ...»), gives ``planned``.
- WITHDRAWAL gives ``withdrawn``, at the places the withdrawing forces are
  said to be in («القوات المنتشرة في A وB سحبت ... إلى C» -> A, B); when the
  sentence says what was kept (أبقت على 600 جندي، تقلّص ... إلى نحو 2500
  جندي) the row is ``present`` with that strength instead. A planned or denied
  withdrawal from a place («لن تنسحب من X»، «على أن تنسحب من X»، «لن تغادر X») is
  ``present`` there.
- A present-tense deployment (تنتشر القوات في ...) is ``present`` at every
  place of its first clause and at the places listed after أبرزها/منها.
- ATTACK: ground fighting (اشتباكات، معارك، اشتبك), a ground advance (صدّوا
  محاولة تقدم، اقتحام) or a counter-attack (هجوماً معاكساً) makes each side, and the partners coordinated with it,
  ``present`` at the place; a strike makes each named target (and each named
  victim: «قتل جندي عراقي في هجوم») ``attacked``, with or without a place, at
  each place listed after a base noun («على ثلاث قواعد أميركية، هي A وB وC»).
  Without a named target the attacked side is read from the place: a base with
  its nationality (القواعد الأميركية), the ranks hit (في صفوف القوات X), a
  place hosting a force («قاعدة X، التي تستضيف قوات أميركية») or the air
  defences that shot the drones down. The holder of a shelled town is not
  guessed: «قصفت الطائرات الروسية بلدة كفرنبل» gives no row. Sites owned by
  «لـ» name it («أكثر من 15 موقعا لـX في A، بينها B وC»: a row for A and each
  listed site), and so do the victims («ما أسفر عن مقتل عنصرين من X»). A
  planned or plotted attack (a threat, «يخططون لهجمات») gives none. A
  repelled advance makes present the side whose fighters repelled it («أعلن X
  أن مقاتليه صدّوا محاولة تقدم لـY») and the advancer.
- TRAINING, OPERATION (with a place): ``present`` for each actor, for troops
  named as ground support («بمساندة 500 من جنود X») and for each participant
  («بمشاركة قطعات من الجيش والحشد الشعبي»), ``planned`` when planned
  (ستطلق عملية برية في X)؛ not at the place of the operation's aim («حملة
  لاستعادة X»، «بهدف طرد ... من X»).
- CONTROL: ``controls`` for each actor (``planned`` when announced, not for an
  aim «للسيطرة على»). BASE: ``planned`` or ``present``.
- «حيث» and a relative with a pronoun after the trigger («الأحياء التي تسيطر
  عليها X») refer to the place before them.
- Presence words (الموجودة في، المتواجدة، المنتشرة في، وجود X في، أبقت على،
  باقية في، تنشط في) give ``present`` for the actor they describe (not the
  supporter in «فصائل تدعمها إيران وتنشط في»), unless they describe what a
  withdrawal in the same clause leaves (قواعدها المنتشرة في ...); a future stay
  (سيبقون في) gives ``planned``; a counted troop noun with its nationality in a
  place («نحو 900 جندي أميركي في سوريا») is ``present`` with that strength when
  no movement, withdrawal or attack is reported in the sentence. Directly
  coordinated places give one row each.
- Noun phrases state presence too: a place hosting a force («قاعدة X، التي
  تستضيف قوات أميركية»، «البرج ... ويضم 350 عسكرياً من X»), a force named with
  its place when it has no event of its own in the sentence («رفعت القوات
  الأميركية في حقل X حالة التأهب»), flag raisers («جنود أتراك ومقاتلون ...
  يرفعون الأعلام وسط المدينة»), a base of a force near a place («قاعدة للتحالف
  الدولي قرب X»), a superlative apposition («"جيش X"، أكبر الفصائل المسلحة في
  Y»); not a force coordinated with a prepositional object («المنشآت التابعة
  لحزب X ووحدات Y في العراق»).
- Places coordinated with the event's place (A وB، C; على A وعلى B) include
  those after a container (A جنوب غربي X وB) and «A وبعض النقاط في B».
- «مناطق سيطرة X PLACE» gives X ``controls`` at the place right after it.
- Headline lines give no rows.
- No row for expected events or denied ones (but withdrawals), nor for UNKNOWN
  actors; rows other than ``attacked`` need a place.
- One row per actor, place and status in a sentence (coordinated places
  «سيطرت على A وB وC» give one row each); a presence word's row merges into
  the event row of the same actor and status, and its own places are listed
  together (وجود القوات في حقول النفط، وبعض القواعد في شمال شرق سورية). An event
  row whose time is borrowed from another sentence (a summary lead, a background
  recap) folds into the event row of the same actor, status and date that has
  its own time, unless it names a specific place of its own.
- ``as_of`` is the event's time (value and precision), else the sentence's
  time, else the article's day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from workbench.core import events as _ev
from workbench.core.gazetteer import get_gazetteer
from workbench.core.model import Entity, Event, Force, TimeExpr
from workbench.core.text import OWNER_SUFFIXES, Normalized, Sentence, norm

_ws = _ev._ws
_in = _ev._in
_stems = _ev._stems

REINFORCE = _ev.word_class(
    _ws("تعزيزات تعزيزا حشود حشد حشدت أرسلت أرسل إرسال استقدمت استقدم استقدام عززت عزز")
)
FIGHT = _ev.word_class(
    _ws(
        "اشتباكات اشتباك اشتباكا معارك معركة مواجهات اشتبك اشتبكت اشتبكوا يشتبك تشتبك "
        "مقاومتها مقاومته مقاومتهم"  # «تواصل قسد مقاومتها في وجه هجمات X»: a ground fight
    )
)
RETAIN = _ev.word_class(_ws("أبقت أبقى الإبقاء إبقاء ستبقي سيبقي يبقي تبقي المتبقية المتبقين"))
PRESENT_ADJ = _ev.word_class(
    _ws(
        "الموجودة الموجود الموجودين المتواجدة المتواجد المتواجدين المنتشرة المنتشرين المتمركزة "
        "المتمركزين المرابطة المرابطين منتشرين منتشرون منتشرة متمركزين متمركزون متمركزة "
        "موجودين موجودون متواجدين متواجدون متحصنين متحصنون متحصنة المتحصنين المتحصنة المتحصنون"
    )
)
PRESENT_NOUN = _ev.word_class(_ws("وجود تواجد تتواجد يتواجد"))
STAY = _ev.word_class(_ws("باقية باقون باقين باق"))
TROOPS = _ev.word_class(_ws("جنود جندي عسكريين جنديا"))
# «قاعدة X، التي تستضيف قوات أميركية»، «البرج يضم قرابة 350 عسكرياً من ...»: the verbs
# of events.HOST and the participle «المستضيفة» (a base hosting troops), which a force row
# takes as presence but events must not take as the verb of an attacked host
HOSTS = _ev.word_class(
    _ws("تستضيف يستضيف تضم يضم تؤوي يؤوي تضمان يضمان تستضيفان يستضيفان المستضيفة")
)
# «فصائل ... تنشط في سوريا والعراق»
ACTIVE = _ev.word_class(_ws("تنشط ينشط الناشطة الناشطين الناشط تنشطان ينشطون"))
# holding out: «يتحصن معظم عناصر داعش في ...» (presence, no event of its own)
_PRON_IN = _ws("داخله داخلها فيه فيها بها به")
ENTRENCH = _ev.word_class(_ws("يتحصن تتحصن يتحصنون تحصن تحصنت تحصنوا"))
# keeping a force somewhere: «تحتفظ الولايات المتحدة بنحو 900 جندي في سوريا»، «تحتفظ قوات
# النظام بوجود محدود في مدينة الحسكة» (read as holding out; not «تحتفظ بمدينة أريحا»)
KEEP = _ev.word_class(_ws("تحتفظ يحتفظ احتفظت احتفظ تحتفظان"))
_KEPT_FORCE = _ws("بنحو بوجود بقرابه بقرابة بحوالي بزهاء باكثر")
# «سيبقون في مبنى المخفر»: a stay announced for the future (the force is there now)
STAY_LATER = _ev.word_class(_ws("سيبقون سيبقى ستبقى ستظل سيظل سيظلون"))
# «أسقطتهما الدفاعات الجوية الأميركية»: the air defences of the attacked side
INTERCEPT = _ev.word_class(
    _ws(
        "أسقطت أسقط أسقطوا أسقطتها أسقطتهما أسقطها أسقطهما اعترضت اعترض اعترضتها "
        "اعترضتهما اعترضها اعترضهما"
    )
)
# «جنود أتراك ومقاتلون من المعارضة يرفعون الأعلام وسط المدينة»
RAISE = _ev.word_class(_ws("يرفعون يرفع ترفع رفعوا رفع رفعت يرفعان رافعين رافعة"))
_FLAGS = _ws("العلم الأعلام علم أعلام أعلامها أعلامهم أعلامه الراية رايات الرايات راية رايته")
_AT_PLACE = _ws("في وسط فوق داخل على")
# the sites an attack hits, owned by «لـ»: «مواقع لـX»، «منشآت لـX»
SITE = _ev.BASE_NOUN | _ev.word_class(
    _ws("موقع موقعا مواقع منشأة منشآت منشاة منشات مقرات مستودع مستودعات مخازن")
)
# «ما أسفر عن مقتل عنصرين من X»
# «شملت مدينتي A وB»، «طالت بلدات ...»: the places an attack reached
REACHED = _ev.word_class(_ws("شملت شمل طالت طال امتدت امتد"))
VICTIM = _ev.word_class(_ws("مقتل قتل إصابة اصابة سقوط جرح حياة"))  # «أودى بحياة»
# «رتل عسكري جديد»، «قوات إضافية»: more of a force already there
MORE = _ev.word_class(_ws("جديد جديدة جديدا جدد إضافي إضافية إضافيا إضافيين إضافيون"))
_FROM = _ws("من")
# «قاعدة للتحالف الدولي قرب الحسكة»
_NEAR = _ws("قرب بقرب في داخل")
# «لن تغادر شمال شرق سوريا»: a leave verb with its place as object
_LEAVE = re.compile(r"غادر|سلم|تسليم")  # leaving a place, handing it over
_HANDOVER = re.compile(r"^(?:و|ف)?(?:سلم|تسليم)")
_RANKS = _ws("صفوف")
_OWN_SITES = _ws(
    "مواقع موقع مقرات مقر نقاط نقطة قواعد قاعدة مراكز مركز مستودعات ثكنات معسكرات تحصينات "
    "خطوط تجمعات آليات دوريات"
)
_LIST_AFTER = _ws("هي وهي منها ومنها أبرزها وأبرزها أهمها وأهمها بينها وبينها")
_SUPPORTER = _ws(
    "تدعمها يدعمها تدعمه يدعمه المدعومة المدعوم المدعومين الموالية الموالي الموالين لدعم"
)
_FORCE_WORDS = _ws(
    "قوات القوات قواته قواتها جنود الجنود عناصر مقاتلي مقاتلو وحدات ضباط ضباطا عسكريين"
)
_NOT_SUBJECT_GOV = _ws("على ضد من ل ب")
COMPRISE = _ev.word_class(_ws("يضم تضم يضمان تضمان ضم ضمت"))
CONVOY = _ev.word_class(_ws("رتل رتلا أرتال قافلة قوافل تعزيزات تعزيزا حشود"))
_IN = _ws("في داخل ب على")
_QUOTES = "\"'«»“”"


@dataclass
class Row:
    actor: str
    status: str
    sent: int
    place: Entity | None
    places: list[Entity] = field(default_factory=list)
    as_of: dict[str, Any] | None = None
    own: bool = True
    source: str | None = None
    events: list[str] = field(default_factory=list)
    strength: dict[str, Any] | None = None
    assets: list[str] = field(default_factory=list)
    word: bool = False  # from a presence word, not an event
    pos: int = 0

    def key(self) -> tuple:
        p = self.place
        return (
            self.actor,
            self.status,
            self.sent,
            (p.canonical or _ev.cnorm(p.text)) if p else None,
        )


def _family(status: str) -> str:
    return "in" if status in ("arrived", "reinforced") else status


def derive_forces(
    text: str,
    nt: Normalized,
    sents: list[Sentence],
    entities: list[Entity],
    times: list[TimeExpr],
    events: list[Event],
    *,
    published: dt.date | str | None = None,
    analysis: _ev.Analysis | None = None,
) -> list[Force]:
    """Return force rows, ids f1, f2, ...

    ``analysis`` is what :func:`workbench.core.events.analyse_events` returned for these
    same events; without it (or for other events) the sentence analysis is redone.
    """
    if (
        analysis is not None
        and analysis.events is events
        and analysis.doc.entities is entities
        and analysis.doc.times is times
    ):
        doc = analysis.doc
    else:
        doc = _ev._analyse(text, nt, sents, entities, times, published)
        doc.cands = _ev._find_candidates(doc)
        _ev._attribution(doc)
    if published and not doc.article_day:
        doc.article_day = published if isinstance(published, str) else published.isoformat()
    ents = {e.id: e for e in entities}
    tms = {t.id: t for t in times}
    sent_of = {s.start: i for i, s in enumerate(sents)}
    rows: list[Row] = []
    transit: list[tuple[Event, int, dict | None]] = []
    untargeted: list[tuple[Event, int, Entity, dict | None, bool]] = []
    captures: dict[int, list[Event]] = {}
    for ev in events:
        if (
            ev.type in ("CONTROL", "WITHDRAWAL")
            and ev.modality == "asserted"
            and ev.actors
            and ev.location
        ):
            k = sent_of.get(ev.sentence[0])
            if k is not None:
                captures.setdefault(k, []).append(ev)
    # the parties of a truce and the captors named in a sentence: the sides of a fight in it
    # that names none («اتفاق بين X وY بعد أيام من الاشتباكات في P»، «أسرتهم خلال اشتباكات»)
    parties: dict[int, list[Event]] = {}
    for ev in events:
        if ev.modality == "asserted" and (
            (ev.type == "AGREEMENT" and len(ev.actors) >= 2) or (ev.type == "ARREST" and ev.actors)
        ):
            k = sent_of.get(ev.sentence[0])
            if k is not None:
                parties.setdefault(k, []).append(ev)
    for ev in events:
        if ev.type not in _ROW_TYPES:
            continue
        s = sent_of.get(ev.sentence[0])
        if s is None:
            s = next((i for i, x in enumerate(sents) if x.start <= ev.trigger.start < x.end), None)
        if s is None or ev.modality == "expected":
            continue
        if ev.modality == "denied" and ev.type != "WITHDRAWAL":
            continue
        as_of, own = _as_of(doc, ev, s, tms, sents)
        place = ents.get(ev.location) if ev.location else None
        made = _rows_for_event(
            doc, ev, s, place, ents, transit, as_of, captures.get(s, ()), parties.get(s, ())
        )
        if (
            not made
            and ev.type == "ATTACK"
            and ev.modality == "asserted"
            and not ev.targets
            and place is not None
            and place.canonical
            and not _civilian_object(doc, s, ev)
        ):
            untargeted.append((ev, s, place, as_of, own))
        for r in made:
            _stamp(r, ev, as_of, own)
            if r.place is None:
                continue  # (a row says where: «مقتل 28 من عناصر قسد» alone places no one)
            if not r.places:
                r.places = [r.place]
            rows.append(r)
    rows.extend(_presence_rows(doc, events, sent_of, ents, tms, sents))
    rows.extend(_noun_rows(doc, events, sent_of, tms, sents))
    for s_, _sent in enumerate(sents):
        if doc.heading[s_] or not _words_in(doc, _COUNT_BIT, *doc.sspan[s_]):
            continue
        evs = [e for e in events if sent_of.get(e.sentence[0]) == s_]
        for r in _count_rows(doc, s_):
            _word_time(doc, s_, evs, r, tms, sents)
            rows.append(r)
    rows.extend(_hosts_hit(rows, untargeted))
    rows = _merge(rows)
    _attach_transit(rows, transit)
    out: list[Force] = []
    rows.sort(key=lambda r: (sents[r.sent].start, r.pos))
    for k, r in enumerate(rows, 1):
        sent = sents[r.sent]
        loc = None
        if r.place is not None:
            loc = {
                "text": "، ".join(_uniq_text([p.text for p in r.places])),
                "canonical": r.place.canonical,
            }
        out.append(
            Force(
                id=f"f{k}",
                actor=r.actor,
                status=r.status,
                evidence={"start": sent.start, "end": sent.end},
                strength=r.strength,
                assets="، ".join(_uniq_text(r.assets)) or None,
                location=loc,
                as_of=r.as_of,
                source=r.source,
                events=sorted(r.events, key=lambda e: int(e[1:]) if e[1:].isdigit() else 0),
            )
        )
    return out


def _stamp(r: Row, ev: Event, as_of: dict | None, own: bool) -> None:
    """Give a row its event: as_of, whether the time is the event's own, source, id, position."""
    r.as_of, r.own, r.source = as_of, own, ev.attribution
    r.events = [ev.id]
    r.pos = ev.trigger.start


def _civilian_object(doc: _ev.Doc, s: int, ev: Event) -> bool:
    """Whether an attack's object, in the eight words after its trigger and its clause, is
    civilians («قصفت ... قافلة لمدنيين»، «استهدفت منازل المدنيين»)."""
    i = _tok_of(doc, ev)
    b = min(doc.sspan[s][1], i + 9)
    return any(
        doc.clause[k] == doc.clause[i]
        and doc.masks[k] & _ev._CIVILIANS
        and _THOUSANDS.isdisjoint(_stems(doc.tw[k]))  # («بأكثر من ألف قذيفة»: a count)
        for k in range(i + 1, b)
    )


_THOUSANDS = _ws("الف الاف الالاف")


def _hosts_hit(rows: list[Row], untargeted: list) -> list[Row]:
    """An attack on a place without a named target hits the side the article places there
    («تنشر الولايات المتحدة ... جندي في قاعدة التنف» ... «هجمات على قاعدة التنف»): one
    ``attacked`` row per side present at (or controlling) that place, not the attacker."""
    if not untargeted:
        return []
    there: dict[str, list[str]] = {}
    for r in rows:
        if r.status in _THERE:
            for p in r.places or ([r.place] if r.place is not None else []):
                if p.canonical and r.actor not in there.setdefault(p.canonical, []):
                    there[p.canonical].append(r.actor)
    out: list[Row] = []
    for ev, s, place, as_of, own in untargeted:
        if not _facility(place):
            continue  # a town or a region holds more than one side
        for a in there.get(place.canonical, ()):
            if a in ev.actors or a == "UNKNOWN":
                continue
            r = Row(a, "attacked", s, place)
            r.places = [place]
            _stamp(r, ev, as_of, own)
            out.append(r)
    return out


_THERE = frozenset(("present", "arrived", "reinforced", "controls"))
_FACILITY_KINDS = frozenset(
    ("airbase", "airport", "base", "oilfield", "gasfield", "camp", "dam", "crossing")
)
_FACILITY_HEADS = _ws("قاعدة قاعده مطار حقل معسكر مقر نقطة نقطه معبر سد منشأة ثكنة")


def _facility(p: Entity) -> bool:
    """A base, airport, field, camp, crossing ...: a place one side holds."""
    if _place_kind(p) in _FACILITY_KINDS:
        return True
    head = norm(p.text.split()[0]) if p.text.split() else ""
    return head in _FACILITY_HEADS or head[1:] in _FACILITY_HEADS


_FROM_IT = _ws("منها منه")


def _resumed_place(doc: _ev.Doc, s: int, ev: Event) -> Entity | None:
    """The place «منها/منه» within six words after the trigger points back to: the last
    one named before the trigger in the sentence."""
    i = _tok_of(doc, ev)
    b = min(doc.sspan[s][1], i + 7)
    if not any(doc.tw[k] in _FROM_IT for k in range(i + 1, b)):
        return None
    before = [m.ent for m in doc.places[s] if m.t1 <= i]
    return before[-1] if before else None


def _air(doc: _ev.Doc, ev: Event) -> bool:
    """The operation is an air one: «الجوية» in the trigger or within its next four words."""
    i = _tok_of(doc, ev)
    if i >= len(doc.tw):
        return False
    b = min(doc.sspan[doc.tsent[i]][1], i + 5)
    return any(_stems(doc.tw[k])[-1] in _AIR for k in range(i, b))


_AIR = _ws("الجوية الجويه جوية جويه")


def _in_clause(doc: _ev.Doc, bits: int, i: int, s0: int, s1: int) -> bool:
    """A word of the class in the clause of token ``i`` («يتمركز ... نحو 70 عنصراً، فيما عززت
    قوات النظام نقاطها»: the second clause's reinforcement is not the first's)."""
    c = doc.clause[i] if i < len(doc.clause) else -1
    # (not a word of a name: «الحشد» in «الحشد الشعبي» is no build-up)
    named = doc.named
    return any(doc.clause[k] == c and k not in named for k in _words_in(doc, bits, s0, s1))


def _uniq_text(xs: list[str]) -> list[str]:
    if len(xs) < 2:
        return xs
    out: list[str] = []
    seen: set[str] = set()
    for x in xs:
        k = _ev.cnorm(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _as_of(
    doc: _ev.Doc, ev: Event, s: int, tms: dict[str, TimeExpr], sents: list[Sentence]
) -> tuple[dict[str, Any] | None, bool]:
    t = tms.get(ev.time) if ev.time else None
    if t is not None:
        own = sents[s].start <= t.start < sents[s].end
        return {"value": _since(doc, t) if own else t.value, "precision": t.precision}, own
    if doc.article_day:
        return {"value": doc.article_day, "precision": "day"}, False
    return None, False


def _since(doc: _ev.Doc, t: TimeExpr) -> str | None:
    """«منذ بدء موجة الهجمات في 17 أكتوبر»: a day after «منذ ...» runs to the article's day."""
    v = t.value
    if not v or "/" in v or not doc.article_day or v >= doc.article_day:
        return v
    i = doc.tok_at(bisect.bisect_left(doc.nt.to_orig, t.start))
    a = doc.sspan[doc.tsent[i]][0] if i < len(doc.tsent) else i
    if any(doc.tw[k] == _SINCE for k in range(max(a, i - 5), i)):
        return f"{v}/{doc.article_day}"
    return v


_SINCE = norm("منذ")
_INFILTRATE = re.compile(norm("تسلل"))
_CLEARED = frozenset(norm(w) for w in ("طهر", "طهرت", "طهروا"))


def _tok_of(doc: _ev.Doc, ev: Event) -> int:
    return doc.tok_at(bisect.bisect_left(doc.nt.to_orig, ev.trigger.start))


def _words_in(doc: _ev.Doc, bits: int, a: int, b: int) -> list[int]:
    """Token indices in [a, b) of any of the word classes ``bits``."""
    parts = _SPLIT.get(bits)
    if parts is None:
        parts = _SPLIT[bits] = tuple(b for b in _ev._BITS if b & bits)
    out: list[int] = []
    where = doc.where
    for bit in parts:
        lst = where.get(bit)
        if lst:
            lo = bisect.bisect_left(lst, a)
            if lo < len(lst) and lst[lo] < b:
                out.extend(lst[lo : bisect.bisect_left(lst, b, lo)])
    return sorted(set(out)) if len(parts) > 1 else out


_SPLIT: dict[int, tuple[int, ...]] = {}


@lru_cache(maxsize=4096)
def _trigger_words_of(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", norm(text)))


def _trigger_words(doc: _ev.Doc, ev: Event) -> tuple[str, ...]:
    return _trigger_words_of(ev.trigger.text)


def _strength(
    doc: _ev.Doc, s: int, ev: Event | None, actor: str | None = None
) -> dict[str, Any] | None:
    """The count of troops or fighters nearest the event in sentence ``s``, or None: not a
    toll («قتل 7 عناصر»، «إن 7 عناصر من X قتلوا»), nor, for ``actor``, a count of another
    side's («حيث يتحصن نحو ألف عنصر من تنظيم داعش»)."""
    best = None
    for m in doc.others[s]:
        e = m.ent
        if e.type == "QUANTITY" and e.unit in ("troops", "fighters") and e.value is not None:
            if _toll(doc, s, m):
                continue
            if actor is not None:
                owners = _count_owners(doc, s, m)
                # (what reinforcements comprise is theirs: «تعزيزات تضم 400 عنصر من X»)
                if (
                    owners
                    and actor not in owners
                    and not _ev._has(doc, COMPRISE, max(doc.sspan[s][0], m.t0 - 6), m.t0)
                ):
                    continue
            d = abs(m.ns - bisect.bisect_left(doc.nt.to_orig, ev.trigger.start)) if ev else 0
            if best is None or d < best[0]:
                best = (d, {"value": e.value, "approx": bool(e.approx), "unit": e.unit})
    return best[1] if best else None


def _count_owners(doc: _ev.Doc, s: int, m: _ev.Mention) -> list[str]:
    """The sides a count is of: «نحو 300 مقاتل من X»، «300 من مقاتلي X وY» (X within two
    words after «من», and the sides joined to it by «و»); empty when it names none."""
    b = doc.sspan[s][1]
    k = m.t1
    if k < b and doc.tw[k] != "من":
        k += 1  # «300 مقاتل من»: the count's noun outside its span
    if k >= b or doc.tw[k] != "من":
        return []
    acts = doc.actors[s]
    first = next((x for x in acts if k < x.t0 <= k + 2 and x.value != "UNKNOWN"), None)
    if first is None:
        return []
    return [first.value] + [x.value for x in _ev._joined(doc, acts, first, _ev._named_side)]


def _toll(doc: _ev.Doc, s: int, m: _ev.Mention) -> bool:
    """Whether the count ``m`` is of the killed or wounded: a casualty word right before it
    («مقتل 7 عناصر») or within four words after it («7 عناصر من X قتلوا»)."""
    a, b = doc.sspan[s]
    return _ev._has(doc, _ev.CASUALTY, max(a, m.t0 - 2), m.t0) or _ev._has(
        doc, _ev.CASUALTY, m.t1, min(b, m.t1 + 4)
    )


def _count_before(doc: _ev.Doc, s: int, a: int, b: int) -> dict[str, Any] | None:
    """The troops or fighters counted between tokens ``a`` and ``b`` of sentence ``s``:
    «نحو ألفي عنصر من X» (the last such count), or None."""
    out = None
    for m in doc.others[s]:
        e = m.ent
        if a < m.t0 < b and e.type == "QUANTITY" and e.unit in ("troops", "fighters"):
            if e.value is not None:
                out = {"value": e.value, "approx": bool(e.approx), "unit": e.unit}
    return out


_QUOTE_RE = re.compile(r"[\"«»“”]")


def _noun_phrases(doc: _ev.Doc, s: int) -> list[str]:
    """Convoy/reinforcement noun phrases of a sentence (رتل من الشاحنات، تعزيزات عسكرية)."""
    a, b = doc.sspan[s]
    out = []
    heads = _words_in(doc, CONVOY, a, b)  # only the convoy nouns are visited
    i = a
    for h in heads:
        if h < i:
            continue
        i = h
        w = doc.tw[i]
        if not w.startswith("ال") and not _stems(w)[-1].startswith("ال"):
            j = i + 1
            while j < b and j < i + 5 and not doc.comma[j]:
                nw = doc.tw[j]
                if nw == "من" and j + 1 < b:
                    j += 2
                    continue
                st = _stems(nw)[-1]
                if st.endswith(("يه", "ي", "يين")) and len(st) > 3:
                    j += 1
                    continue
                break
            o0, o1 = doc.nt.span(doc.ts[i], doc.te[j - 1])
            while o1 < len(doc.text) and doc.text[o1] in _ev._MARKS:
                o1 += 1
            phrase = doc.text[o0:o1]
            # drop a clitic written on the first word (بتعزيزات -> تعزيزات)
            k = len(_stems(w)[0]) - len(_stems(w)[-1]) if not w.startswith("ال") else 0
            if w[:1] in "وفبل" and k:
                phrase = phrase[k:] if phrase[k : k + 1] != "ـ" else phrase[k + 1 :]
            out.append(_QUOTE_RE.sub("", phrase).strip())
            i = j
            continue
        i += 1
    return out


def _rows_for_event(
    doc: _ev.Doc,
    ev: Event,
    s: int,
    place: Entity | None,
    ents: dict[str, Entity],
    transit: list,
    as_of: dict | None,
    captures: list[Event] | tuple = (),
    parties: list[Event] | tuple = (),
) -> list[Row]:
    if ev.type not in _ROW_TYPES:
        return []
    actors = [a for a in ev.actors if a != "UNKNOWN"]
    targets = [a for a in ev.targets if a != "UNKNOWN"]
    s0, s1 = doc.sspan[s]
    # «لبحث إعادة انتشار قوات البيشمركة»: the topic of talks is no fact yet
    planned = ev.modality == "planned" or _topic_of_talks(doc, ev)
    if planned and (_forecast(doc, s) or (ev.type == "OPERATION" and not _ground(ev))):
        # «يتوقع مراقبون أن تتجه القوات نحو X»: observers' forecast, no one's plan; a
        # planned offensive («ستشن عملية على تل رفعت») is a threat, no force row (a ground
        # operation announced, «سيطلق عملية برية في X», puts troops there: planned)
        return []
    rows: list[Row] = []
    where = _where_before(doc, s, ev)
    if where is not None:
        place = where

    def mk(actor: str, status: str, p: Entity | None = place) -> Row:
        return Row(actor, status, s, p)

    # one row per place: «سيطرت على خان العسل وكفرناها والراشدين» (only the rows of
    # actors and targets use them)
    places = (_coordinated(doc, s, place) or [place]) if actors or targets else [place]

    if ev.type == "MOVEMENT":
        hints = _ev.trigger_hints(ev.trigger.text)
        if planned:
            status = "planned"
        elif "reinforced" in hints or (
            _in_clause(doc, REINFORCE, _tok_of(doc, ev), s0, s1)
            and not ("deployed" in hints and _anaphoric_reinforcement(doc, s0, s1))
            # «حيث تتمركز قوات للنظام، وسط أنباء عن حشود لمقاتليه في X»: a build-up far
            # after a deployment verb is another side's
            and not (
                "deployed" in hints
                and min(_words_in(doc, REINFORCE, s0, s1)) > _tok_of(doc, ev) + 6
            )
        ):
            status = "reinforced"
        elif "deployed" in hints:
            status = "present"
        elif "arrived" in hints and (
            _ev._has(doc, MORE, s0, s1)
            # «دخل رتل عسكري أميركي يضم نحو 30 شاحنة»: a convoy of that size reinforces
            or (_ev._has(doc, CONVOY, s0, s1) and _ev._has(doc, COMPRISE, s0, s1))
        ):
            status = "reinforced"
        elif hints == {"transit"} and not _crossed_into(doc, s, ev, place):
            transit.append((ev, s, as_of))
            if actors and not planned and place is not None and _took_off_from_base(doc, s, place):
                # «مقاتلات روسية انطلقت من قاعدة حميميم»، «طائرات أقلعت من المطار»: the
                # side is at the base it sets out from
                return [mk(a, "present", place) for a in actors]
            return []
        else:
            # (a crossing into a place arrives there: «عبروا منفذ القائم إلى الأراضي العراقية»)
            status = "arrived"
        if not actors:
            return []
        if status in ("arrived", "reinforced") or (
            status == "present" and _INFILTRATE.search(norm(ev.trigger.text))
        ):
            # «تسللوا من سوريا»: where they came from is not where they are; «دخل رتل من
            # العراق ... واتجه إلى حقل X»: where it went is
            kept = [p for p in places if p is None or _gov_of(doc, s, p) != "من"]
            if not kept and places:
                i = _tok_of(doc, ev)
                dest = [
                    m.ent
                    for m in doc.places[s]
                    if m.t0 > i
                    and (m.gov in _DEST or (m.t0 >= 2 and _stems(doc.tw[m.t0 - 2])[-1] in _DEST))
                ]
                kept = (_coordinated(doc, s, dest[0]) or dest[:1]) if dest else []
            places = kept
            if not places:
                return []
        if status == "present" and "deployed" in hints:
            places = _deployed_places(doc, s, ev, places)
            # «تتقدم القوات نحو حقول النفط»: not there yet
            places = [
                p for p in places if p is None or p is where or _gov_of(doc, s, p) not in _TOWARD
            ]
        assets = _noun_phrases(doc, s)
        for w in ev.weapons:
            if w in ents and not any(_ev.cnorm(ents[w].text) in _ev.cnorm(a) for a in assets):
                assets.append(ents[w].text)
        # «دخلت دورية روسية ... برفقة ضباط من اللجنة الأمنية»: the escort moves too;
        # «دفعت بتعزيزات تضم نحو 400 عنصر من "الدفاع الوطني" وميليشيات إيرانية»: and the
        # forces the reinforcements are made of
        movers = actors + _ground_support(doc, s, ev, actors)
        if status in ("reinforced", "arrived"):
            movers += [a for a in _comprised(doc, s, ev) if a not in movers]
        for a in movers:
            for p in places:
                r = mk(a, status, p)
                r.assets = assets
                r.strength = _strength(doc, s, ev, a)
                rows.append(r)
    elif ev.type == "WITHDRAWAL":
        if not actors:
            return []
        if place is None:
            # «سيطروا على الموصل بعد انسحاب مفاجئ لقوات الجيش منها»: «منها» is the place
            # named before
            place = _resumed_place(doc, s, ev)
            places = [place]
        if planned or ev.modality == "denied":
            # «لن تنسحب من سنجار»، «على أن تنسحب ... من محيط الأحياء»: still there
            if place is None or not (
                _gov_of(doc, s, place) == "من" or _left_object(doc, s, ev, place)
            ):
                return []
            return [mk(a, "present", p) for a in actors for p in places]
        # «انسحبت القوة باتجاه الجولان»: the destination is no place left («انسحب عناصر
        # التنظيم منها باتجاه الباب»: «منها», the place named before, is)
        places = [p for p in places if p is None or not _toward(doc, s, p)]
        if not places:
            place = _resumed_place(doc, s, ev) or _left_before_heading(doc, s, ev)
            if place is None:
                return []
            places = [place]
        retain = _retained(doc, s0, s1) or _reduced_to(doc, s)
        # where the withdrawing forces were: «القوات المنتشرة في A وB سحبت ... إلى C»
        held = _presence_places(doc, s, actors)
        if held and not retain and not (place is not None and _gov_of(doc, s, place) == "من"):
            places = held
        for a in actors:
            for p in places:
                r = mk(a, "present" if retain else "withdrawn", p)
                r.strength = _strength(doc, s, ev, a)
                rows.append(r)
        if _HANDOVER.search(norm(ev.trigger.text)):
            # «سلّم التحالف قاعدة K1 إلى القوات العراقية»: the side it went to holds it
            i = _tok_of(doc, ev)
            for m in doc.actors[s]:
                if m.t0 > i and m.gov in ("الي", "ل") and m.value not in actors + ["UNKNOWN"]:
                    rows.extend(mk(m.value, "controls", p) for p in places if p is not None)
                    break
    elif ev.type == "ATTACK":
        if planned or _plotted(doc, ev):
            return []  # a threat («سترد»، «تهديد ... باقتحام المنطقة») puts no one anywhere
        words = _trigger_words(doc, ev)
        # ground fighting, or a ground advance («صدّوا محاولة تقدم لقوات النظام»); repelling
        # an assault or an attempt is fought on the ground («صدت الفصائل هجوماً على مارع»)
        fight = (
            any(_in(w, FIGHT) for w in words)
            or any(st in _ADVANCE for w in words for st in _stems(w))
            or any(_in(w, _ev.REPEL) for w in words)
        )
        # an assault word (هجوم، اقتحام): the tests below say whether it was fought on the ground
        ground = any(st in _GROUND for w in words for st in _stems(w))
        # «شنت هجوما على المدينة، وسط اشتباكات عنيفة مع فصائل المعارضة»: a ground assault
        clashes = _words_in(doc, FIGHT, s0, s1)
        if clashes and not fight:
            fight = ground
        if not fight and ground:
            # «شنوا هجوماً معاكساً على مواقع الحزب»، «تواصل هجماتها المضادة»: a
            # counter-attack retakes ground, it is fought on the ground
            i = _tok_of(doc, ev)
            fight = i + 1 < s1 and doc.tw[i + 1] in _COUNTER
        if not fight and ground:
            # «صدّت وحدات الجيش هجوماً شنه X على البلدة»، «المقاتلين الذين يتصدون لهجوم X
            # على المدينة»: an assault repelled was fought on the ground
            i = _tok_of(doc, ev)
            # (the repellers' name and the time between do not count: «أحبطت وحدات من الجيش
            # العربي السوري اليوم هجوماً»)
            fight = _ev._has(doc, _ev.REPEL, max(s0, _ev._back_words(doc, i, 6, s0)), i)
        if not fight and ground:
            # «شارك مقاتلون من X في الهجوم على P»: those who took part were there
            fight = _took_part_in(doc, s, ev)
        if not fight and not targets:
            targets = _attacked_owner(doc, s, ev, place) or _speaker_hit(doc, s, ev)
            if targets:
                places = _coordinated(doc, s, place) or [place]
            else:
                # «تعرضت قاعدة عين الأسد ومطار بغداد لهجمات»: the garrisons the places host
                hosted = _host_rows(doc, s, ev, place, actors)
                if hosted:
                    return [mk(a, "attacked", p) for a, p in hosted]
        rep = _repeller(doc, s, ev) if fight else None
        if fight and not actors and not targets and not rep:
            # «أسفرت المعارك في القصير عن مقتل 450 من مقاتلي المعارضة و"النصرة" و70 من "حزب
            # الله"»: the sides that lost fighters there fought there
            targets = _victim_sides(doc, s, _tok_of(doc, ev))
        if fight and not actors and not targets and not rep:
            # «توصلت X وY إلى اتفاق ...، بعد ثلاثة أيام من الاشتباكات في P»، «أسرتهم
            # الفصائل خلال اشتباكات في P»: the parties of the truce, the captors and captured
            for o in parties:
                targets += [a for a in o.actors + o.targets if a != "UNKNOWN" and a not in targets]
        if not actors and not targets and not rep:
            return []
        won = _won_after(doc, ev, captures) if fight else None
        if won is not None:
            # «سيطرت X على P بعد معارك مع Y»: the captors fought there, at the place taken
            actors = [a for a in won.actors if a != "UNKNOWN"] + [
                a for a in actors if a not in won.actors
            ]
            targets = [t for t in targets if t not in actors]
            p = ents.get(won.location or "")
            if p is not None:
                places = _coordinated(doc, s, p) or [p]
        if fight:
            # «بغطاء جوي من الطيران الروسي»: air cover is no one on the ground
            cover = _air_cover(doc, s, _tok_of(doc, ev)) - set(won.actors if won else ())
            actors = [a for a in actors if a not in cover]
            targets = [t for t in targets if t not in cover]
            sides = actors + [t for t in targets if t not in actors]
            if rep and rep not in sides:
                sides.append(rep)
            # «محاولة تقدم لقوات النظام»: the side that advanced
            adv = _owner_after(
                doc, [m for m in doc.actors[s] if m.value != "UNKNOWN"], _tok_of(doc, ev)
            )
            if rep and adv and adv not in sides:
                sides.append(adv)
            # «اشتباكات ... مع X»: the other side
            for k in clashes:
                for m in doc.actors[s]:
                    if k < m.t0 <= k + 5 and m.gov == "مع" and m.value not in sides:
                        if m.value != "UNKNOWN":
                            sides.append(m.value)
            sides += [x for x in _partners(doc, s, sides, _tok_of(doc, ev)) if x not in sides]
            sides += [x for x in _participants(doc, s) if x not in sides]
            # «ميليشيا الدفاع الوطني الموالية لنظام الأسد»: a backer named only as such
            backed = _backers_only(doc, s)
            sides = [x for x in sides if x not in cover and x not in backed]
            for a in sides:
                for p in places:
                    rows.append(mk(a, "present", p))
        else:
            # «هجمات على ثلاث قواعد أميركية، هي A وB وC»: one row per listed place
            places = _listed_places(doc, s, ev) or places
            origin = _fired_from(doc, s, ev)
            if origin:
                # «أُطلقت القذائف من مواقع قوات النظام في الفوج 46 وبلدة كفر عمة»: the
                # firing side is at its positions, and those places are no target's
                sides, where = origin
                rows.extend(mk(a, "present", p) for a in sides for p in where)
                places = [p for p in places if p not in where] or (places if targets else [])
            for a in targets:
                for p in places:
                    rows.append(mk(a, "attacked", p))
    elif ev.type == "OPERATION" and not planned and targets and _air(doc, ev):
        # «عملية "المخلب" الجوية ... ضد مواقع X في A»: an air campaign hits its targets and
        # puts no one of its own there
        for a in targets:
            for p in places:
                rows.append(mk(a, "attacked", p))
    elif ev.type == "OPERATION" and _PLACE_BESIEGED.issuperset(_trigger_words(doc, ev)):
        return []  # «دير الزور المحاصرة»: a place described as besieged, by no one named
    elif ev.type in ("TRAINING", "OPERATION"):
        # «ستطلق عملية برية في شمال سوريا»، «من المقرر أن تستكمل الدوريات حتى X»: planned
        helpers = _ground_support(doc, s, ev, actors)
        # «حملة عسكرية لاستعادة الأحياء الشرقية»، «العملية بهدف طرد X من Y»، «ستطلق عملية
        # برية لتطهير منطقة تل رفعت»: the aim is no place it is (or will be) in
        places = [p for p in places if p is None or not _aimed_at(doc, s, ev, p)]
        # a siege: the besieged are there too («تحاصر قوات النظام بلدتي الفوعة وكفريا»
        # has the besieger present; «النقاط التركية محاصرة من قبل قوات النظام» both)
        held = []
        if _siege(ev) and not planned:
            i = _tok_of(doc, ev)
            near = {m.value for m in doc.actors[s] if abs(m.t0 - i) <= 8}
            held = [t for t in targets if t not in actors and t in near]
        # «بدأت قوات النظام بدعم جوي روسي حملتها»: air support is no one on the ground
        cover = _air_cover(doc, s, _tok_of(doc, ev))
        if any(a not in cover for a in actors):
            actors = [a for a in actors if a not in cover]
        # «طهّرت القوات قريتي X وY»: an area cleared is held
        status = "present"
        if not planned and _CLEARED.intersection(_trigger_words(doc, ev)):
            status = "controls"
        for a in actors + helpers + held:
            for p in places:
                rows.append(mk(a, "planned" if planned else status, p))
    elif ev.type == "BASE":
        t = ev.trigger.text.split(maxsplit=1)
        asset = t[1] if len(t) > 1 else ev.trigger.text
        for a in actors:
            r = mk(a, "planned" if planned else "present")
            r.assets = [asset]
            rows.append(r)
    elif ev.type == "CONTROL":
        if _place_modifier(doc, ev):
            # «في مناطق سيطرة قسد شمال شرقي سوريا»: the place right after the controller
            i = _tok_of(doc, ev)
            # (counted from the end of the controller's name: «الخاضعة لسيطرة الدولة السورية
            # في مدينة دير الزور»)
            ctl = next((m for m in doc.actors[s] if i < m.t0 <= i + 3), None)
            base = max(i, ctl.t1 - 1) if ctl is not None else i
            near = [m.ent for m in doc.places[s] if i < m.t0 <= base + 4]
            places = near[:1]
        # «سيبسط الجيش سيطرته على المحافظة»: planned; not an aim («معارك للسيطرة على X»)
        if planned and _purpose(doc, ev):
            return []
        # «استعاد خلالها أكثر من 200 بلدة وقرية، بينها دير حافر ومطار الجراح»: each place
        # listed after the count of those taken
        listed = _counted_list(doc, s, ev)
        if listed:
            places = listed
        for a in actors:
            for p in places:
                rows.append(mk(a, "planned" if planned else "controls", p))
    return rows


_AFTER_WORDS = _ws("بعد اثر عقب اثناء خلال")
_SPANS = _ws("يوما يوم أيام ايام يومين أسبوع أسابيع اسبوعين شهر أشهر شهرين ساعات ساعة ساعتين")
# the support words of events (بغطاء، بإسناد، بدعم، بمساندة), with «و» too
_COVER = _ev._SUPPORT | frozenset("و" + w for w in _ev._SUPPORT)


def _won_after(doc: _ev.Doc, ev: Event, captures: list[Event] | tuple) -> Event | None:
    """The capture or withdrawal a fight comes after in its sentence: «سيطرت X على P، بعد
    معارك مع Y»، «انسحب X من P بعد 11 يوماً من المعارك مع Y»."""
    i = _tok_of(doc, ev)
    a = doc.sspan[doc.tsent[i]][0] if i < len(doc.tsent) else 0
    # «بعد معارك»، «بعد 11 يوماً من المعارك»: «بعد» right before, or before a length
    k = i - 1
    while (
        k > a
        and k >= i - 4
        and (k in doc.skip or doc.tw[k] == "من" or doc.tw[k].isdigit() or doc.tw[k] in _SPANS)
    ):
        k -= 1
    if k < a or doc.tw[k] not in _AFTER_WORDS:
        return None
    for c in captures:
        if c.trigger.start < ev.trigger.start:
            return c
    return None


TAKE_PART = _ev.TAKE_PART
_IN_IT = _ev._IN_IT


def _took_part_in(doc: _ev.Doc, s: int, ev: Event) -> bool:
    """Whether the event's noun is what a participation verb's sides took part in:
    «شارك مقاتلون من X في الهجوم على P»، «يشارك في العملية نحو 4 آلاف»، «اقتحام شارك فيه نحو
    400 مسلح»."""
    i = _tok_of(doc, ev)
    a, b = doc.sspan[s]
    for k in _words_in(doc, TAKE_PART, a, b):
        if k < i:
            # the verb, its subject perhaps, then «في» right before the noun
            if i - k <= 8 and doc.tw[i - 1] == "في" and doc.clause[k] == doc.clause[i]:
                return True
        elif k <= i + 2 and k + 1 < b and doc.tw[k + 1] in _IN_IT:
            return True
    return False


def _counted_list(doc: _ev.Doc, s: int, ev: Event) -> list[Entity]:
    """«استعاد خلالها أكثر من 200 بلدة وقرية، بينها A وB»: the places listed («بينها»،
    «منها»، «أبرزها») after a count right after the trigger; [] when there is none."""
    i = _tok_of(doc, ev)
    b = doc.sspan[s][1]
    k = i + 1
    while k < b and k - i <= 6 and k not in doc.skip and doc.clause[k] == doc.clause[i]:
        k += 1  # (the subject, «خلالها», the object's preposition)
    if k >= b or k not in doc.skip:
        return []
    while k < b and k in doc.skip:
        k += 1
    if k < b and doc.tw[k][:1] == "و" and doc.tw[k] not in _LISTING:
        k += 1  # «بلدة وقرية»
    if k >= b or doc.tw[k] not in _LISTING:
        return []
    m = next((m for m in doc.places[s] if k < m.t0 <= k + 2), None)
    return _coordinated(doc, s, m.ent) if m is not None else []


def _fired_from(doc: _ev.Doc, s: int, ev: Event) -> tuple[list[str], list[Entity]] | None:
    """«أُطلقت من مواقع قوات النظام والميليشيات الإيرانية في الفوج 46 وبلدة كفر عمة»: the
    sides whose positions an attack was fired from, and the places of those positions;
    None when the trigger is not followed (within three words) by «من» + a site noun."""
    i = _tok_of(doc, ev)
    a, b = doc.sspan[s]
    k = next((k for k in range(i + 1, min(b - 2, i + 4)) if doc.tw[k] == "من"), None)
    if k is None or not doc.masks[k + 1] & SITE or doc.clause[k] != doc.clause[i]:
        return None
    known = _known_side
    head = next((m for m in doc.actors[s] if m.t0 > k + 1 and known(m)), None)
    if head is None or head.t0 > k + 3:
        return None
    chain = [head, *_ev._joined(doc, doc.actors[s], head, known)]
    last = chain[-1]
    first = next(
        (m for m in doc.places[s] if last.t1 <= m.t0 <= last.t1 + 2 and m.gov in _IN), None
    )
    if first is None:
        return None
    return list(dict.fromkeys(m.value for m in chain)), _coordinated(doc, s, first.ent)


def _known_side(m: _ev.Mention) -> bool:
    return m.value != "UNKNOWN"


def _side_not_pronoun(m: _ev.Mention) -> bool:
    return m.value != "UNKNOWN" and m.kind != "ana"


def _comprised(doc: _ev.Doc, s: int, ev: Event) -> list[str]:
    """«تعزيزات تضم نحو 400 عنصر من "الدفاع الوطني" وميليشيات إيرانية»: the sides a
    convoy or reinforcement after the trigger is made of (after «تضم» and a count or unit
    noun, «من» X and those coordinated with it)."""
    i = _tok_of(doc, ev)
    b = doc.sspan[s][1]
    for k in _words_in(doc, COMPRISE, i + 1, min(b, i + 6))[:1]:
        if doc.clause[k] != doc.clause[i]:
            break
        head = next((m for m in doc.actors[s] if m.t0 > k and _side_not_pronoun(m)), None)
        if head is None or head.t0 > k + 6 or head.gov != "من":
            break
        return [m.value for m in (head, *_ev._joined(doc, doc.actors[s], head, _side_not_pronoun))]
    return []


def _participants(doc: _ev.Doc, s: int) -> list[str]:
    """The sides a participation verb names in sentence ``s``: «، شارك فيها مقاتلون من
    "حزب الله" و"لواء أبو الفضل العباس"» (within six words of the verb, then those
    coordinated with the first)."""
    a, b = doc.sspan[s]
    out: list[str] = []
    x = doc.nt.text
    for k in _words_in(doc, TAKE_PART, a, b):
        last = None
        for m in doc.actors[s]:
            if m.value == "UNKNOWN" or m.t0 <= k:
                continue
            if last is None:
                if m.t0 > k + 6:
                    break
            else:
                gap = x[last.ne : m.ns].strip(" " + _QUOTES).split()
                if len(gap) > 1 and gap[0].startswith("ال") and gap[0].endswith(("ي", "يه")):
                    gap = gap[1:]  # «"حزب الله" اللبناني و"لواء ..."»
                if not gap or not gap[0].startswith("و") or len(gap) > 3:
                    break
            if m.value not in out:
                out.append(m.value)
            last = m
    return out


def _backers_only(doc: _ev.Doc, s: int) -> set[str]:
    """The sides sentence ``s`` names only as a backer («الموالية لنظام الأسد»، «المدعومة من
    إيران»)."""
    backer, other = set(), set()
    for m in doc.actors[s]:
        if m.t0 > 0 and doc.tw[m.t0 - 1] in _SUPPORTER:
            backer.add(m.value)
        else:
            other.add(m.value)
    return backer - other


def _air_cover(doc: _ev.Doc, s: int, i: int) -> set[str]:
    """The sides named as air cover or fire support in sentence ``s``: «بغطاء جوي من سلاح
    الجو والطيران الروسي»، «بإسناد من طيران التحالف» (the support word, then within three
    words the side and those coordinated with it)."""
    a, b = doc.sspan[s]
    out: set[str] = set()
    for k in range(a, b):
        if doc.tw[k] not in _COVER:
            continue
        last = None
        for m in doc.actors[s]:
            if last is None and k < m.t0 <= k + 3:
                out.add(m.value)
                last = m
            elif last is not None and m.t0 == last.t1 and doc.tw[m.t0][:1] == "و":
                out.add(m.value)
                last = m
    return out


# the event types that can give rows (AGREEMENT, ARREST, STATEMENT give none)
_ROW_TYPES = frozenset(
    ("MOVEMENT", "WITHDRAWAL", "ATTACK", "TRAINING", "OPERATION", "BASE", "CONTROL")
)
_LISTING = frozenset(_ws("أبرزها أهمها منها بينها ومنها وبينها وأبرزها وأهمها"))


def _partners(doc: _ev.Doc, s: int, sides: list[str], i: int | None = None) -> list[str]:
    """The actors coordinated with a side of a fight: «لقوات النظام و"حزب الله" اللبناني
    ومليشيا "النجباء" العراقية» (a nationality adjective right after a name is skipped)."""
    ms = doc.actors[s]
    x = doc.nt.text
    out: list[str] = []
    for k, last in enumerate(ms):
        if last.value not in sides or last.kind != "ent":
            continue
        if i is not None and (
            abs(last.t0 - i) > 12 or True in doc.comma[min(i, last.t0) + 1 : max(i, last.t0) + 1]
        ):
            continue  # («... للاتفاق الذي توصلت إليه أنقرة وواشنطن»: far from the fight)
        for m in ms[k + 1 :]:
            gap = x[last.ne : m.ns].strip(" " + _QUOTES)
            if m.kind == "adj" and not gap:
                last = m
                continue
            w = gap.split()
            if len(w) > 1 and w[0].startswith("ال") and w[0].endswith(("ي", "يه")):
                w = w[1:]  # «"حزب الله" اللبناني ومليشيا ...»: an adjective of the name
            if not w or not w[0].startswith("و") or len(w) > 2 or m.value == "UNKNOWN":
                break
            if m.value not in sides and m.value not in out:
                out.append(m.value)
            last = m
    return out


def _aimed_at(doc: _ev.Doc, s: int, ev: Event, place: Entity) -> bool:
    """The place is named in the aim of the trigger, after «بهدف/لاستعادة/لطرد ...»."""
    i = _tok_of(doc, ev)
    m = next((m for m in doc.places[s] if m.ent is place), None)
    return m is not None and any(doc.tw[k] in _AIM for k in range(i + 1, m.t0))


_AIM = _ws(
    "بهدف لاستعادة لطرد للسيطرة لانتزاع لتحرير بغية لإخراج لاستعادتها لاقتحام لدخول لإبعاد لتطهير"
)


def _topic_of_talks(doc: _ev.Doc, ev: Event) -> bool:
    i = _tok_of(doc, ev)
    lo = doc.sspan[doc.tsent[i]][0] if i < len(doc.tsent) else 0
    for k in range(i - 1, max(lo - 1, i - 3), -1):
        if doc.tw[k] in _TOPIC:
            return True
        if doc.tw[k] not in _AGAIN:
            return False
    return False


# «لبحث إعادة انتشار ...»، «على جدول زمني لانسحاب ...»، «خطة لنشر ...»
_TOPIC = _ws("لبحث بحث لمناقشة مناقشة بشأن لدراسة دراسة للتفاوض التفاوض زمني خطة خطط مهلة")
_AGAIN = _ws("إعادة اعادة")


def _purpose(doc: _ev.Doc, ev: Event) -> bool:
    """The trigger written with the ل of purpose: «للسيطرة»، «لاستعادة»."""
    tok = doc.tw[_tok_of(doc, ev)]
    trig = (_trigger_words(doc, ev) or ("",))[0]
    tok = tok[1:] if tok[:1] in "وف" and len(tok) > 3 else tok
    return tok[:2] == "لل" or (tok[:1] == "ل" and not trig.startswith("ل"))


_PLACE_BESIEGED = _ws("محاصر محاصرة المحاصر المحاصرة محاصرتين المحاصرتين محاصرتان المحاصرتان")
_SIEGE = _ev.word_class(
    _ws(
        "حاصر حاصرت حاصروا يحاصر تحاصر يحاصرون محاصرين محاصرون محاصرا محاصر محاصرة "
        "المحاصرين المحاصرون حصار حصارا طوق طوقت طوقوا يطوق تطوق يطوقون تطويق الطوق"
    )
)


def _siege(ev: Event) -> bool:
    """The event is a siege (its trigger a form of «حاصر»)."""
    return any(_in(w, _SIEGE) for w in _trigger_words_of(ev.trigger.text))


_CROSS = _ev.word_class(_ws("عبر عبرت عبروا"))


def _crossed_into(doc: _ev.Doc, s: int, ev: Event, place: Entity | None) -> bool:
    """A crossing («عبرت ... الحدود إلى X») whose place is where it crossed into."""
    if place is None or not any(_in(w, _CROSS) for w in _trigger_words(doc, ev)):
        return False
    return _gov_of(doc, s, place) in ("الي", "إلى")


def _ground(ev: Event) -> bool:
    """The operation is a ground one («عملية برية»، «هجوم بري»)."""
    return any(w.startswith(("بري", "البري")) for w in _trigger_words_of(ev.trigger.text)[1:])


# (and fears: «ويخشى ناشطون أن يتجه التنظيم نحو X»)
_FORECAST_VERB = _ev.word_class(_ws("يتوقع توقع يرجح رجح يرى رأى ترجح تتوقع يخشى خشي تخشى يخشون"))
_FORECASTERS = _ws("مراقبون مراقبين محللون محللين خبراء متابعون متابعين ناشطون ناشطين سكان أهالي")


def _forecast(doc: _ev.Doc, s: int) -> bool:
    """The sentence reports observers' or analysts' forecast («يتوقع مراقبون أن ...»،
    «يرجّح محللون أن ...»)."""
    a, b = doc.sspan[s]
    return any(
        not _FORECASTERS.isdisjoint(doc.tw[k + 1 : min(b, k + 3)])
        for k in _words_in(doc, _FORECAST_VERB, a, b)
    )


def _ground_support(doc: _ev.Doc, s: int, ev: Event, actors: list[str]) -> list[str]:
    """Troops of another side named as support on the ground or as an escort: «طوقت الرقة
    بمساندة نحو 500 من جنود القوات الخاصة الأمريكية»، «برفقة ضباط من اللجنة الأمنية» (a
    support word, then within a few words a troop noun and the actor)."""
    i = _tok_of(doc, ev)
    b = doc.sspan[s][1]
    out: list[str] = []
    for j in range(i + 1, min(b, i + 20)):
        if doc.clause[j] != doc.clause[i]:
            break
        if doc.tw[j] not in _ev.COAGENT:
            continue
        if doc.tw[j] in _TAKE_PART:
            # «بمشاركة قطعات من الجيش والشرطة الاتحادية والحشد الشعبي»: each participant
            end = next((k for k in range(j + 1, min(b, j + 10)) if doc.tw[k][1:] in _ev.COAGENT), b)
            for x in doc.actors[s]:
                if j < x.t0 < min(end, j + 10) and doc.clause[x.t0] == doc.clause[j]:
                    if x.value not in actors and x.value not in out and x.value != "UNKNOWN":
                        out.append(x.value)
            break
        for x in doc.actors[s]:
            if not j < x.t0 <= j + 6 or x.value in actors or x.value == "UNKNOWN":
                continue
            span = range(j + 1, x.t1)
            if any(st in _FORCE_WORDS for k in span for st in _stems(doc.tw[k])):
                out.append(x.value)
            break
        break
    return out


_TAKE_PART = _ws("بمشاركة")
# pronoun-suffixed force nouns without the suffix: «مقاتليه»، «عناصرها»، «قواته»
_OWN_FORCE = _ws("مقاتلي مقاتلو عناصر قوات جنود وحدات")
_ADVANCE = _ws("تقدم التقدم اقتحام الاقتحام تسلل التسلل توغل التوغل اقتحم اقتحمت اقتحموا")
# attacks on the ground when clashes go with them (not strikes from afar)
_COUNTER = _ws("معاكس معاكسا معاكسة المعاكس المعاكسة مضاد مضادا مضادة المضاد المضادة")
_GROUND = _ws("هجوم الهجوم هجوما هجمات الهجمات هاجم هاجمت هاجموا يهاجم تهاجم اقتحم اقتحمت")


_RELATIVE = _ws("الذي التي الذين اللذين اللتين اللواتي")


def _repeller(doc: _ev.Doc, s: int, ev: Event) -> str | None:
    """«أعلن X أن مقاتليه صدّوا محاولة تقدم لـY»: the side whose forces (a pronoun-suffixed
    force noun) repelled an advance is the actor named before them."""
    i = _tok_of(doc, ev)
    a = doc.sspan[s][0]
    r = next((k for k in range(i - 1, max(a, i - 6) - 1, -1) if doc.masks[k] & _ev.REPEL), None)
    if r is None:
        return None
    ms = [x for x in doc.actors[s] if x.kind == "ent" and x.value != "UNKNOWN"]
    # «المقاتلين الأكراد الذين يتصدون لهجوم X»: the antecedent of the relative pronoun;
    # «قوات X صدت هجوماً»، «صدت وحدات X هجوماً»: the subject before or right after the verb
    k = r - 1 if r - 1 >= a and doc.tw[r - 1] in _RELATIVE else r
    m = next((x for x in ms if x.t1 == k), None) or next(
        (x for x in ms if r < x.t0 <= r + 2 and x.gov is None), None
    )
    if m is not None:
        return m.value
    for f in range(r - 1, max(a, r - 2) - 1, -1):
        w = doc.tw[f]
        bare = re.sub("(?:ه|ها|هم)$", "", w)
        if bare != w and (bare in _FORCE_WORDS or bare + "ن" in _FORCE_WORDS or bare in _OWN_FORCE):
            before = [x for x in doc.actors[s] if x.t1 <= f and x.kind == "ent"]
            before = [x for x in before if x.value != "UNKNOWN"]
            return before[-1].value if before else None
    return None


def _object_before(doc: _ev.Doc, s: int, h: int) -> bool:
    """An actor right before token ``h`` governed by a preposition (the list it starts is an
    object, not a subject)."""
    a = doc.sspan[s][0]
    for x in doc.actors[s]:
        if x.t1 == h:
            g = x.gov if x.kind == "ent" else None
            clitic = doc.nt.text[doc.ts[x.t0] : x.ns] if x.ns > doc.ts[x.t0] else ""
            return (
                g in _NOT_SUBJECT_GOV
                or clitic.endswith(("ل", "ب"))
                or (x.t0 > a and doc.tw[x.t0 - 1] in _ev.PREPS)
            )
    return False


def _apposed_place(doc: _ev.Doc, s: int, x: _ev.Mention) -> _ev.Mention | None:
    """«"جيش X"، أكبر الفصائل المسلحة في دوما»: the place of a superlative apposition of
    the actor (a group noun, then «في» and a place)."""
    j, b = x.t1, doc.sspan[s][1]
    if j >= b or doc.tw[j] not in _APPOS or not re.search("[،,]", doc.nt.text[x.ne : doc.ts[j]]):
        return None
    if not any(doc.tw[k] in _GROUPS for k in range(j + 1, min(b, j + 3))):
        return None
    for k in range(j + 1, min(b, j + 5)):
        if doc.tw[k] == "في":
            return next((m for m in doc.places[s] if m.t0 == k + 1), None)
    return None


_APPOS = _ws("أكبر أبرز أقوى أحد إحدى كبرى")
_GROUPS = _ws("الفصائل الفصيل الجماعات الجماعة الفصايل القوى الميليشيات المليشيات التنظيمات")


def _plotted(doc: _ev.Doc, ev: Event) -> bool:
    """«كانوا يخططون لهجمات ضد X»: an attack that is only plotted."""
    i = _tok_of(doc, ev)
    a = doc.sspan[doc.tsent[i]][0]
    return any(doc.tw[k] in _PLOT for k in range(max(a, i - 2), i))


_PLOT = _ws("يخططون يخطط تخطط خططوا خطط خططت يعتزمون يعتزم تعتزم يعدون يعد تعد")


def _where_before(doc: _ev.Doc, s: int, ev: Event) -> Entity | None:
    """The place «حيث» or a relative with a pronoun after the trigger refers back to:
    «نحو مدينة منبج، حيث تنتشر قوات أمريكية»، «الأحياء التي تسيطر عليها الفصائل»."""
    i = _tok_of(doc, ev)
    a, b = doc.sspan[s]
    if i - 1 <= a:
        return None
    w = doc.tw[i - 1]
    if w != _HAITHU and not (
        w in _ev.RELATIVE and any(doc.tw[k] in _ev.PRON_PREP for k in range(i + 1, min(b, i + 3)))
    ):
        return None
    last = next((m for m in doc.places[s] if m.t1 == i - 1), None)
    if last is None:
        return None
    if (
        w == _HAITHU
        and ev.type == "CONTROL"
        and any(m.t0 > i and m.ent.id == ev.location for m in doc.places[s])
    ):
        return None  # «مدينة الزبداني، حيث سيطرا على محيط ساحة المحطة»: what was taken
    # «نحو مطار "التيفور" ومدينة تدمر، حيث تتمركز قوات النظام»: a deployment is at the
    # first of the places coordinated up to «حيث» (its rows take the others)
    if ev.type != "MOVEMENT":
        return last.ent
    for m in doc.places[s]:
        if i - 12 <= m.t0 < last.t0 and last.ent in _coordinated(doc, s, m.ent):
            return m.ent
    return last.ent


_HAITHU = norm("حيث")
_QURB = norm("قرب")
_TOWARD = _ws("نحو باتجاه صوب تجاه")
_DEST = _ws("إلى الى نحو باتجاه صوب")


def _after_landmark_word(doc: _ev.Doc, m: _ev.Mention) -> bool:
    """Whether the place mention m follows a direction word or «قرب»: it names a
    landmark another place is placed by («شمال بغداد»، «قرب الحدود العراقية»)."""
    w = doc.tw[m.t0 - 1]
    return w == _QURB or _DIRECTION.match(w) is not None


def _attacked_owner(doc: _ev.Doc, s: int, ev: Event, place: Entity | None) -> list[str]:
    """The side an attack without a named target hits, from the attacked place: a base with
    its nationality («على القواعد الأميركية»، «استهداف قاعدة روسية»), the ranks of a force
    («قتلى في صفوف القوات الأميركية»), a place hosting a force («قاعدة X، التي تستضيف
    قوات أميركية») or the air defences that shot the drones down («أسقطتها الدفاعات الجوية
    الأميركية»)."""
    i = _tok_of(doc, ev)
    a, b = doc.sspan[s]
    acts = [m for m in doc.actors[s] if m.value != "UNKNOWN"]
    c = doc.clause[i] if i < len(doc.clause) else -1
    for j in range(i, min(b, i + 10)):
        if doc.clause[j] != c:
            break
        if doc.masks[j] & _ev.BASE_NOUN:
            own = [m.value for m in acts if m.kind == "adj" and j < m.t0 <= j + 2]
            if own:
                return own[:1]
        elif doc.tw[j] in _RANKS:
            own = [m.value for m in acts if m.t0 == j + 1]
            if own:
                return own[:1]
    if place is not None:
        m = next((m for m in doc.places[s] if m.ent is place), None)
        if m is not None:
            host = _hosted(doc, s, m)
            if host:
                return [host]
    for k in _words_in(doc, INTERCEPT, i + 1, min(b, i + 10)):
        own = [m.value for m in acts if k < m.t0 <= k + 3]
        if own:
            return own[:1]
    # «استهدفت ... أكثر من 20 موقعا لـX»: the owner of the sites hit
    for j in _words_in(doc, SITE, i + 1, min(b, i + 12)):
        if doc.clause[j] != c:
            break
        own = _owner_after(doc, acts, j)
        if own:
            return [own]
    # «اتهمت "قسد" قوات النظام بقصف مواقعها»: the sites are those of the other side named
    # before the attack (the accuser, the ministry reporting it)
    for j in range(i + 1, min(b, i + 4)):
        w = doc.tw[j]
        if any(w.endswith(p) and w[: -len(p)] in _OWN_SITES for p in OWNER_SUFFIXES):
            own = [m.value for m in acts if m.t1 <= i and m.value not in ev.actors]
            if own:
                return own[:1]
            break
    # «غارة استهدفت سيارة ...، ما أسفر عن مقتل عنصرين من X»: the side of the victims
    # («أودى بحياة 33 جنديا تركيا»: the nationality of the soldiers killed)
    # («قتل 34 جنديا تركيا في غارة استهدفت ...»: the victims named just before)
    lo = i
    while lo > max(a, i - 8) and not doc.comma[lo - 1]:
        lo -= 1
    for k in _words_in(doc, VICTIM, lo, b):
        own = [
            m.value
            for m in acts
            if k < m.t0 <= k + 5
            and (
                doc.tw[m.t0 - 1] in _FROM
                or (m.kind == "adj" and doc.masks[m.t0 - 1] & (TROOPS | _ev.MIL))
            )
        ]
        if own:
            return own[:1]
        # «33 جنديا تركيا»: a nationality adjective in the accusative, spelled as the
        # country (no entity of its own)
        for j in range(k + 1, min(b, k + 5)):
            if doc.masks[j] & TROOPS and j + 1 < b:
                nat = _ev.NAT_WORDS.get(doc.tw[j + 1])  # (it holds the accusative forms)
                if nat:
                    return [nat]
    return []


def _speaker_hit(doc: _ev.Doc, s: int, ev: Event) -> list[str]:
    """«وقالت "قسد" في بيان إن القوات التركية أطلقت 120 قذيفة على قرى X»: a force that
    reports strikes of another side on places it does not name the owner of is the side hit
    (a force or its ministry, not a state speaking of others: «قالت واشنطن إن روسيا قصفت
    ...»)."""
    c0 = doc.content[s]
    i = _tok_of(doc, ev)
    if c0 <= doc.sspan[s][0] or i < c0 or doc.tw[c0 - 1] not in _THAT:
        return []
    attackers = [a for a in ev.actors if a != "UNKNOWN"]
    if not attackers:
        return []
    g = get_gazetteer()
    for m in doc.actors[s]:
        if m.t1 > c0:
            break
        if m.kind != "ent" or m.value in ("UNKNOWN", *attackers) or m.ent is None:
            continue
        if any("state" in e.flags for e in g.lookup(m.ent.text)):
            continue
        # «أعلنت وزارة الدفاع الأميركية أن مقاتلة أميركية أسقطت ...»: its own act
        if any(x.value == m.value for x in doc.actors[s] if c0 <= x.t0 < i):
            return []
        return [m.value]
    return []


_THAT = _ws("إن أن بأن")


def _victim_sides(doc: _ev.Doc, s: int, i: int) -> list[str]:
    """The sides whose dead or wounded a sentence counts after token ``i`` (after a victim
    word: مقتل، إصابة), in text order."""
    a, b = doc.sspan[s]
    ks = _words_in(doc, VICTIM, i + 1, b)
    if not ks:
        return []
    out: list[str] = []
    for m in doc.actors[s]:
        if m.t0 > ks[0] and m.value != "UNKNOWN" and m.kind != "ana" and m.value not in out:
            out.append(m.value)
    return out


def _owner_after(doc: _ev.Doc, acts: list[_ev.Mention], j: int) -> str | None:
    """The actor a noun belongs to by «لـ»: «موقعا لـ"قسد"»، «قاعدة للتحالف الدولي»."""
    for m in acts:
        if m.kind != "ent":
            continue
        if m.t0 == j + 1 and doc.tw[m.t0].startswith("ل") and not doc.tw[m.t0].startswith("ال"):
            return m.value
        if m.t0 == j + 2 and doc.tw[j + 1] == "ل":
            return m.value
    return None


def _left_object(doc: _ev.Doc, s: int, ev: Event, place: Entity) -> bool:
    """«لن تغادر شمال شرق سوريا»: the place is the object of a leave verb."""
    if not _LEAVE.search(norm(ev.trigger.text)):
        return False
    i = _tok_of(doc, ev)
    m = next((m for m in doc.places[s] if m.ent is place), None)
    return m is not None and i < m.t0 <= i + 2 and m.gov is None


def _contained(doc: _ev.Doc, s: int, m: _ev.Mention) -> _ev.Mention | None:
    """«قاعدة بلد الجوية شمال بغداد»: for the container (بغداد) the place it contains (None
    when that place is not named as a place)."""
    if m.t0 - 1 > doc.sspan[s][0] and _DIRECTION.match(doc.tw[m.t0 - 1]):
        return next((x for x in doc.places[s] if x.t1 == m.t0 - 1), None)
    return m


_W_WHERE = norm("حيث")
_STATIONED = _ev.word_class(_ws("تتمركز يتمركز تنتشر ينتشر توجد يوجد تتواجد يتواجد ترابط يرابط"))


def _host_rows(
    doc: _ev.Doc, s: int, ev: Event, place: Entity | None, actors: list[str]
) -> list[tuple[str, Entity]]:
    """(force, place) for each attacked place (and those coordinated with it) that the
    gazetteer knows hosted a foreign force in the article's year (hosts.tsv), not the
    attacker itself."""
    if place is None:
        return []
    g = get_gazetteer()
    day = doc.article_day or ""
    year = int(day[:4]) if day[:4].isdigit() else None
    chain = [place]
    for m in doc.places[s]:  # the list the place is in, from its first place
        c = _coordinated(doc, s, m.ent)
        if any(p is place or p.id == place.id for p in c):
            chain = c
            break
    named = _hosts_named(doc)
    out = []
    for p in chain:
        hosts = [named[p.canonical]] if p.canonical in named else g.host_of(p.canonical, year)
        for a in hosts:
            if a not in actors:
                out.append((a, p))
    return out


def _hosts_named(doc: _ev.Doc) -> dict[str, str]:
    """place id -> the force the text says it hosts («مطار أربيل، حيث تتمركز قوات من
    التحالف»), anywhere in the article: that name wins over the gazetteer's."""
    out: dict[str, str] = {}
    for s in range(len(doc.sents)):
        for m in doc.places[s]:
            cid = m.ent.canonical
            if cid and cid not in out:
                h = _hosted(doc, s, m, strict=True)
                if h:
                    out[cid] = h
    return out


def _hosted(doc: _ev.Doc, s: int, m: _ev.Mention, strict: bool = False) -> str | None:
    """The actor a place hosts: «قاعدة عين الأسد، التي تستضيف قوات أميركية» (``strict``:
    only with «التي» or «حيث» before the verb)."""
    j = m.t1
    b = doc.sspan[s][1]
    if j + 1 < b and _DIRECTION.match(doc.tw[j]):
        # «قاعدة بلد الجوية شمال بغداد، التي تضم ...»: skip the container
        nxt = next((x for x in doc.places[s] if x.t0 == j + 1), None)
        if nxt is not None:
            j = nxt.t1
    elif j + 1 < b and doc.tw[j] == "في":
        # «مطار أربيل الدولي في إقليم كردستان، حيث ...»: skip the container
        nxt = next((x for x in doc.places[s] if x.t0 == j + 1), None)
        if nxt is not None:
            j = nxt.t1
    rel = j < b and doc.tw[j] in _ev.RELATIVE
    if rel:
        j += 1
    elif strict and not (j < b and doc.tw[j] == _W_WHERE):
        return None
    if j + 1 < b and doc.tw[j] == _W_WHERE and doc.masks[j + 1] & _STATIONED:
        j += 1  # «مطار أربيل، حيث تتمركز قوات من التحالف»
    elif j >= b or not doc.masks[j] & HOSTS:
        return None
    return next(
        (x.value for x in doc.actors[s] if j < x.t0 <= j + 8 and x.value != "UNKNOWN"), None
    )


def _listed_places(doc: _ev.Doc, s: int, ev: Event) -> list[Entity]:
    """«على ثلاث قواعد أميركية، هي A وB وC»: the places listed after a base noun."""
    i = _tok_of(doc, ev)
    a, b = doc.sspan[s]
    for j in _words_in(doc, _ev.BASE_NOUN, i + 1, min(b, i + 8)):
        for k in range(j + 1, min(b, j + 4)):
            if doc.tw[k] in _LIST_AFTER:
                m = next((m for m in doc.places[s] if k < m.t0 <= k + 2), None)
                if m is not None:
                    return _coordinated(doc, s, m.ent)
    # «أكثر من 15 موقعا لـX في محافظة Y، بينها A وB وC»: the area and each listed site
    for j in _words_in(doc, SITE, i + 1, min(b, i + 12)):
        if doc.clause[j] != doc.clause[i]:
            break
        for k in range(j + 1, min(b, j + 12)):
            if doc.tw[k] in _LIST_AFTER:
                m = next((m for m in doc.places[s] if k < m.t0 <= k + 2), None)
                if m is None:
                    break
                area = [x.ent for x in doc.places[s] if j < x.t0 and x.t1 <= k]
                return area[-1:] + _coordinated(doc, s, m.ent)
    # «غارات على مواقع في دير الزور، شملت مدينتي البوكمال والميادين»: the area and the
    # places the strikes reached
    for k in _words_in(doc, REACHED, i + 1, b):
        m = next((m for m in doc.places[s] if k < m.t0 <= k + 3), None)
        if m is None:
            continue
        area = [x.ent for x in doc.places[s] if i < x.t0 and x.t1 <= k]
        return area[-1:] + _coordinated(doc, s, m.ent)
    return []


def _anaphoric_reinforcement(doc: _ev.Doc, a: int, b: int) -> bool:
    """«إن التعزيزات انتشرت في X»: the reinforcements named are those of an earlier sentence
    (every reinforcement word of the sentence is definite), so the deployment is ``present``."""
    return all(
        _stems(doc.tw[i])[-1].startswith("ال") or doc.tw[i].startswith("ال")
        for i in _words_in(doc, REINFORCE, a, b)
    )


def _place_modifier(doc: _ev.Doc, ev: Event) -> bool:
    """«في مناطق سيطرة قسد»: control named inside a place phrase states no row."""
    i = _tok_of(doc, ev)
    return i > 0 and bool(doc.masks[i - 1] & _ev.PLACE_NOUN)


def _deployed_places(
    doc: _ev.Doc, s: int, ev: Event, places: list[Entity | None]
) -> list[Entity | None]:
    """«تنتشر القوات في نحو 10 قواعد في مناطق X شمال شرقي سوريا، أبرزها A وB»: the region
    and the places listed after «أبرزها/منها» (not their containers)."""
    i = _tok_of(doc, ev)
    a, b = doc.sspan[s]
    out = [p for p in places if p is not None]
    ms = doc.places[s]
    for k, m in enumerate(ms):
        if m.t0 <= i:
            continue
        if any(doc.comma[j] for j in range(i + 1, m.t0 + 1)) and not any(
            doc.tw[j] in _LISTING for j in range(max(a, m.t0 - 2), m.t0)
        ):
            continue
        if k > 0 and m.t0 > 0 and doc.tw[m.t0 - 1] == "في" and ms[k - 1].t1 == m.t0 - 1:
            continue  # «كونيكو في ريف دير الزور»: a container
        if k > 0 and ms[k - 1].t1 == m.t0 and _DIRECTION.match(doc.tw[m.t0]):
            continue  # «حقول النفط شرقي نهر الفرات»: a container
        if k > 0 and ms[k - 1].t1 == m.t0 - 1 and _after_landmark_word(doc, m):
            continue  # «قاعدة التاجي شمال بغداد»، «البوكمال قرب الحدود العراقية»: a landmark
        if _ev._specificity(doc, m) < 0 or any(m.ent.id == p.id for p in out):
            continue
        if m.t0 > 0 and _stems(doc.tw[m.t0 - 1])[-1] in _PACT_NAMES:
            continue  # «بموجب تفاهمات أستانا»: an agreement's name
        if any(doc.tw[j] in _LISTING for j in range(max(a, m.t0 - 2), m.t0)):
            out.extend(p for p in _coordinated(doc, s, m.ent) if all(p.id != q.id for q in out))
        else:
            out.append(m.ent)
    return out or places


_WHO = _ws("من ما لمن فيمن بمن")
_PACT_NAMES = _ws(
    "اتفاق الاتفاق اتفاقية تفاهمات تفاهم مسار مؤتمر قمة محادثات مفاوضات مذكرة اجتماعات"
)


def _retained(doc: _ev.Doc, a: int, b: int) -> bool:
    """A word of keeping forces in tokens [a, b) («أبقت على»، «ستبقي»), not «من تبقى من
    المدنيين» (whoever remained: «تبقى» normalises as «تبقي», it keeps)."""
    return any(k == a or doc.tw[k - 1] not in _WHO for k in _words_in(doc, RETAIN, a, b))


def _reduced_to(doc: _ev.Doc, s: int) -> bool:
    """«تقلّص عدد القوات إلى نحو 2500 جندي»: a troop count after «إلى» is what remains."""
    for m in doc.others[s]:
        e = m.ent
        if e.type == "QUANTITY" and e.unit in ("troops", "fighters") and m.t0 > 0:
            if any(doc.tw[i] == "الي" for i in range(max(0, m.t0 - 2), m.t0)):
                return True
    return False


def _left_before_heading(doc: _ev.Doc, s: int, ev: Event) -> Entity | None:
    """«انسحبت من مواقعها في محيط كركوك باتجاه أربيل»: the place between the trigger and
    the heading is the one left."""
    i = _tok_of(doc, ev)
    for m in doc.places[s]:
        if m.t0 <= i:
            continue
        if _toward(doc, s, m.ent):
            return None
        if m.t0 - i <= 8:
            return m.ent
    return None


def _toward(doc: _ev.Doc, s: int, place: Entity) -> bool:
    """The place is a heading: «باتجاه X»، «نحو قرى X» (a head noun between)."""
    m = next((m for m in doc.places[s] if m.ent is place), None)
    if m is None:
        return False
    if m.gov in _TOWARD:
        return True
    return m.gov is None and m.t0 >= 2 and doc.tw[m.t0 - 2] in _TOWARD


def _gov_of(doc: _ev.Doc, s: int, place: Entity) -> str | None:
    return next((m.gov for m in doc.places[s] if m.ent is place), None)


def _presence_places(doc: _ev.Doc, s: int, actors: list[str]) -> list[Entity]:
    """The places a presence adjective right after one of ``actors`` names: «القوات الروسية
    المنتشرة في عين عيسى وتل السمن»."""
    a, b = doc.sspan[s]
    for i in _words_in(doc, PRESENT_ADJ, a, b):
        if not any(m.t1 <= i and i - m.t1 <= 2 and m.value in actors for m in doc.actors[s]):
            continue
        for m in doc.places[s]:
            if i < m.t0 <= i + 3 and m.gov in _IN:
                return _coordinated(doc, s, m.ent)
    return []


def _coordinated(doc: _ev.Doc, s: int, place: Entity | None) -> list[Entity]:
    """The place and the places coordinated with it (A و B، C)."""
    if place is None:
        return []
    ms = doc.places[s]
    pid = place.id
    for idx in range(len(ms)):
        e = ms[idx].ent
        if e is place or e.id == pid:
            break
    else:
        return [place]
    out = [place]
    x = doc.nt.text
    # «على مدينة البعث وبلدة خان أرنبة» with the second as the event's place: the ones
    # coordinated before it too
    first = idx
    while first > 0:
        gap = x[ms[first - 1].ne : ms[first].ns].strip(" " + _QUOTES)
        if not (gap == "و" or _COORD_HEAD.match(gap)):
            break
        first -= 1
        out.insert(0, ms[first].ent)
    last = ms[idx]
    passed = False  # containers after «في كل من» are being passed over
    for j in range(idx + 1, len(ms)):
        gap = x[last.ne : ms[j].ns].strip(" " + _QUOTES)
        if passed and gap == "و":
            last = ms[j]  # «في كل من الحسكة والقامشلي»: another container
            continue
        passed = False
        if gap in ("و", ",", ", و", ",و") or (gap.startswith(",") and gap[1:].strip() == "و"):
            out.append(ms[j].ent)
            last = ms[j]
        elif _COORD_IN.match(gap) or _COORD_PREP.match(gap):
            out.append(ms[j].ent)  # «محيط المطار وبعض النقاط في ريف دمشق»
            last = ms[j]
        elif _DIRECTION.match(gap) or _CONTAINER_GAP.match(gap):
            # «وادي الشاي جنوب غربي كركوك وسلسلة جبال حمرين»، «عين الأسد في الأنبار وقاعدة
            # حرير في أربيل»: a container
            last = ms[j]
        elif _COORD_INCL.match(gap):
            out.append(ms[j].ent)  # «معظم أحياء حلب، بما فيها قلعة حلب ومطارها»
            last = ms[j]
        elif _COORD_ALSO.match(gap):
            out.append(ms[j].ent)  # «المربع الأمني، إضافة إلى مطار القامشلي»
            last = ms[j]
        elif _EACH_OF.match(gap):
            # «المربع الأمني في كل من الحسكة والقامشلي»: the containers of the place (not
            # held whole) are passed over
            last = ms[j]
            passed = True
        elif _COORD_HEAD.match(gap):
            out.append(ms[j].ent)  # «تل رفعت وقرى منغ ومرعناز»: a head noun before the name
            last = ms[j]
        else:
            break
    return out


_DIRECTION = re.compile(r"^(?:(?:ب?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?|ريف)\s*)+$")
_COORD_PREP = re.compile(r"^و\s*(?:في|علي|على|داخل|قرب|من|الي)$")  # «داخل A وعلى B»، «من A ومن B»
# places a list includes: «، بما فيها»، «، بينها»، «، ومن بينها»، «، منها»، «، أبرزها»
_COORD_INCL = re.compile(
    r"^,?\s*(?:بما\s+(?:فيها|فيه|في\s+ذلك)|و?(?:من\s+)?بينها|و?منها|ابرزها|اهمها)$"
)
# «، إضافة إلى»، «، بالإضافة إلى»، «، إلى جانب»، «، فضلاً عن»: and also
_COORD_ALSO = re.compile(
    r"^,?\s*(?:و?(?:ب?الاضافه|اضافه)\s+(?:الي|الى)|الي\s+جانب|فضلا\s+عن|وكذلك)$"
)
_EACH_OF = re.compile(r"^في\s+كل\s+من$")  # «في كل من A وB»
_COORD_IN = re.compile(r"^و\s*(?:[\u0621-\u064a]+\s+){1,2}في$")
_CONTAINER_GAP = re.compile(r"^(?:في|ب|قرب|بمحافظه|بريف)$")
_COORD_HEAD = re.compile(
    r"^و\s*(?:قري|قريه|بلده|بلدات|مدينه|مدن|بلدتي|قريتي|مدينتي|منطقه|مناطق|حي|احياء|معسكر|معسكري)$"
)


def _presence_rows(
    doc: _ev.Doc,
    events: list[Event],
    sent_of: dict[int, int],
    ents: dict[str, Entity],
    tms: dict[str, TimeExpr],
    sents: list[Sentence],
) -> list[Row]:
    rows: list[Row] = []
    by_sent: dict[int, list[Event]] = {}
    for ev in events:
        s = sent_of.get(ev.sentence[0])
        if s is not None:
            by_sent.setdefault(s, []).append(ev)
    # the tokens of the presence words (and troop nouns) of the whole text, once
    words = _PRESENCE | TROOPS
    cand = _words_in(doc, words, 0, len(doc.tw))
    for s, _sent in enumerate(doc.sents):
        if doc.heading[s]:
            continue
        a, b = doc.sspan[s]
        lo = bisect.bisect_left(cand, a)
        hi = bisect.bisect_left(cand, b, lo)
        if lo == hi:
            continue
        evs = by_sent.get(s, [])
        count = any(m.ent.type == "QUANTITY" and m.ent.unit == "troops" for m in doc.others[s])
        counted = count and not any(e.type in ("MOVEMENT", "WITHDRAWAL", "ATTACK") for e in evs)
        for i in cand[lo:hi]:
            mk = doc.masks[i]
            if mk & RETAIN and not mk & (_PRESENCE & ~RETAIN) and doc.tw[i - 1] in _WHO:
                continue  # «من تبقى من المدنيين»: whoever remained
            if not counted and not mk & _PRESENCE:
                continue  # a troop noun counts only in a sentence with a troop count
            if mk & KEEP:
                if _KEPT_FORCE.isdisjoint(doc.tw[i + 1 : min(b, i + 5)]):
                    continue
                mk |= ENTRENCH
            later = bool(mk & STAY_LATER)
            stay = bool(mk & STAY) or later
            troops = not stay and bool(mk & TROOPS) and counted
            adj = stay or (not troops and bool(mk & (PRESENT_ADJ | ACTIVE)))
            noun = not adj and not troops and bool(mk & (PRESENT_NOUN | ENTRENCH))
            keep = troops or (not adj and not noun)
            pos = doc.ts[i]
            if troops:
                # «نحو 900 جندي أميركي في سوريا»، «عدد الجنود الأميركيين في سوريا يبلغ 900»
                nxt = [m for m in doc.actors[s] if m.t0 in (i, i + 1)]
                if not nxt or not (nxt[0].t1 < b and doc.tw[nxt[0].t1] == "في"):
                    continue
            # what a withdrawal in the same clause leaves is not presence
            if adj and any(
                e.type == "WITHDRAWAL"
                and _tok_of(doc, e) < i
                and doc.clause[_tok_of(doc, e)] == doc.clause[i]
                for e in evs
            ):
                continue
            if not stay and any(
                e.modality in ("denied", "expected") for e in evs if e.type == "WITHDRAWAL"
            ):
                continue
            actor = None
            if troops:
                actor = nxt[0].value
            elif adj:
                prev = [m for m in doc.actors[s] if m.t1 <= i and i - m.t1 <= 2]
                # «فصائل تدعمها إيران وتنشط في ...»: the supporter is not the one present
                if prev and prev[-1].t0 > a and doc.tw[prev[-1].t0 - 1] in _SUPPORTER:
                    prev = []
                actor = prev[-1].value if prev else None
            elif noun:
                # «تحصن نحو 250 عنصراً من قوات X»، «يتحصن في مطار X نحو ألفي عنصر من Y»
                # (the words of a place between do not count)
                reach = 6 if mk & ENTRENCH else 3
                nxt = [
                    m
                    for m in doc.actors[s]
                    if m.t0 > i
                    and m.t0 - i - _place_words(doc, s, i, m.t0) <= reach
                    and True not in doc.comma[i + 1 : m.t0 + 1]  # not «، بحسب تقديرات X»
                ]
                actor = nxt[0].value if nxt else None
                if actor is None and mk & ENTRENCH:
                    # «عناصر داعش ...، يتحصن معظمهم في»: the force named before
                    prev = [m for m in doc.actors[s] if m.t1 <= i and m.kind != "ana"]
                    actor = prev[-1].value if prev else None
            else:
                src = [e for e in evs if e.actors and e.type in ("WITHDRAWAL", "MOVEMENT")]
                if src:
                    actor = src[0].actors[0]
                else:
                    prev = [m for m in doc.actors[s] if m.t1 <= i]
                    actor = prev[-1].value if prev else None
            if not actor or actor == "UNKNOWN":
                continue
            places = []
            vague = None
            far = 16 if mk & ENTRENCH else 10
            for m in doc.places[s]:
                if i < m.t0 <= i + far and m.gov in _IN:
                    sp = _ev._specificity(doc, m)
                    # a country is a place for «باقية في»، «ينشط في»، a troop count
                    # («نحو 900 جندي أميركي ما زالوا منتشرين في سوريا»)
                    if sp < 0 and (sp <= -1 or not (stay or troops or mk & ACTIVE or count)):
                        vague = vague or m.ent
                        continue
                    places = [m.ent]
                    # other places listed after it: «في حقول النفط، وبعض القواعد في X»
                    for m2 in doc.places[s]:
                        if m.t1 <= m2.t0 <= m.t1 + 6 and m2 is not m:
                            if _after_landmark_word(doc, m2):
                                continue  # «قرب الحدود العراقية»: a landmark
                            places.append(m2.ent)
                    break
            if not places and i + 1 < len(doc.tw) and doc.tw[i + 1] in _PRON_IN:
                # «أطبقوا الحصار على المطار، فيما تحصن داخله نحو 200 عنصر»: the place the
                # pronoun after the word points back to
                back = [m for m in doc.places[s] if m.t1 <= i and _ev._specificity(doc, m) >= 0]
                if back:
                    places = [back[-1].ent]
            pending: list[Row] = []
            coord = _coordinated(doc, s, places[0]) if places else []
            if len(coord) > 1:
                # «المنتشرة في عين عيسى وتل السمن»: one row per coordinated place
                for p in coord[1:]:
                    extra = Row(actor, "present", s, p, [p])
                    extra.word = True
                    extra.pos = doc.nt.to_orig[pos]
                    pending.append(extra)
                places = [places[0]] + [p for p in places[1:] if p not in coord]
            # «سيبقون في سوريا»: those who will stay are there now (most annotators)
            row = Row(actor, "present", s, places[0] if places else None, places)
            row.word = True
            row.pos = doc.nt.to_orig[pos]
            if vague is not None:
                row.assets = [vague.text]
            if keep and not places:
                # «أبقت على ... في بعض القواعد»: the place of the withdrawal it qualifies
                src = [e for e in evs if e.location and actor in e.actors]
                if src:
                    row.place = ents.get(src[0].location)
                    row.places = [row.place] if row.place else []
            if keep or later:
                row.strength = _strength(doc, s, evs[0] if evs else None, actor)
            elif mk & ENTRENCH and nxt:
                # «يتحصن في X نحو ألفي عنصر من Y»: the count right before the force
                row.strength = _count_before(doc, s, i, nxt[0].t0)
            if row.place is None:
                continue
            _word_time(doc, s, evs, row, tms, sents)
            rows.append(row)
            for extra in pending:
                extra.as_of, extra.own, extra.source = row.as_of, row.own, row.source
                rows.append(extra)
    return rows


_COUNT_BIT = _ev.word_class(_ws("عدد تعداد"))
_COUNT_THERE = _ev.word_class(
    _ws("ينتشرون يتمركزون يتوزعون موزعين موزعون يتحصنون يتواجدون ينشطون يرابطون")
)
_COUNTED = _ws("مقاتلي مسلحي عناصر جنود قوات افراد مقاتلو مسلحو")
_COUNTED_OWN = frozenset(
    w + suf for w in ("مقاتلي", "مسلحي", "عناصر", "جنود", "قوات", "افراد") for suf in OWNER_SUFFIXES
)
_IN_FRONT = _ws("على في")
_FRONTS = _ws("جبهات جبهة محاور محور خطوط")
_COMPASS = _ws("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي")
_COUNT_ADJ = _ws("المتبقين المتبقيين المنتشرين الموجودين المتمركزين المتحصنين المقيمين")


def _and_before(doc: _ev.Doc, m: _ev.Mention) -> bool:
    """The mention is joined to the one before it by «و» («و"داعش"»، «والقوات»)."""
    x = doc.nt.text
    k = m.ns
    while k > 0 and x[k - 1] in _QUOTES:
        k -= 1
    return k > 1 and x[k - 1] == "و" and x[k - 2] in " " + _QUOTES


def _qty(e: Entity) -> dict[str, Any] | None:
    if e.value is None:
        return None
    return {"value": e.value, "approx": bool(e.approx), "unit": e.unit or "fighters"}


_EDGES = _ws("أطراف اطراف محيط تخوم مشارف ضواحي وسط")


def _count_rows(doc: _ev.Doc, s: int) -> list[Row]:
    """«يقدر عدد مقاتلي X في P بنحو 8 آلاف مقاتل»، «يبلغ عدد جنود X في P نحو 7500 جندي،
    بينهم نحو 5200 جندي أمريكي»، «عدد مقاتليها داخل P ...، إلى جانب مئات من عناصر Y»: a
    stated count of a side's fighters somewhere is its presence there, with that strength;
    a count of another side given with it is that side's."""
    a, b = doc.sspan[s]
    out: list[Row] = []
    for i in _words_in(doc, _COUNT_BIT, a, b - 2):
        j = i + 1
        w = doc.tw[j]
        actor = None
        also: list[str] = []
        if w in _COUNTED_OWN:
            # «ويقدر عدد مقاتليه»: the side the sentence is about, named before
            prev = [m for m in doc.actors[s] if m.t1 <= i and m.value != "UNKNOWN"]
            if prev:
                actor = prev[0].value
            k = j + 1
        else:
            m = next((m for m in doc.actors[s] if m.t0 in (j, j + 1)), None)
            if m is None or (m.t0 == j + 1 and w not in _COUNTED):
                continue
            actor, k = m.value, m.t1
            # «عدد مسلحي "النصرة" و"داعش"»، «عدد عناصر الجيش والقوات الرديفة»
            while True:
                m2 = next(
                    (
                        o
                        for o in doc.actors[s]
                        if (o.t0 == k or (o.t0 == k + 1 and doc.tw[k] == "و"))
                        and o.value != "UNKNOWN"
                    ),
                    None,
                )
                if m2 is None or not _and_before(doc, m2):
                    break
                also.append(m2.value)
                k = m2.t1
        while k < b and doc.tw[k] in _COUNT_ADJ:
            k += 1
        govs: tuple[str | None, ...] = ("في", "داخل", "علي")
        if k + 2 < b and doc.tw[k] in _IN_FRONT and doc.tw[k + 1] in _FRONTS:
            # «المنتشرين على جبهات جنوب حلب»
            k += 2
            while k < b and doc.tw[k] in _COMPASS:
                k += 1
            govs = (None, *govs)
            k -= 1
        place = next(
            (m for m in doc.places[s] if m.t0 in (k, k + 1) and m.gov in govs),
            None,
        )
        if place is None and k + 2 < b and doc.tw[k] in govs and doc.tw[k + 1] in _EDGES:
            # «المنتشرين على أطراف الحي»، «في محيط المدينة»: the edges of a place
            place = next((m for m in doc.places[s] if m.t0 == k + 2), None)
        start = place.t1 if place else k
        q = next(
            (
                m
                for m in doc.others[s]
                if m.ent is not None and m.ent.type == "QUANTITY" and start <= m.t0 <= start + 8
            ),
            None,
        )
        if q is None or q.ent.unit not in (None, "troops", "fighters", "people"):
            continue
        if place is None:
            # «ويقدر عدد مقاتليه بنحو 8 آلاف مقاتل ينتشرون في ريفي إدلب وحلب»
            if q.t1 >= b or not doc.masks[q.t1] & (PRESENT_ADJ | ACTIVE | ENTRENCH | _COUNT_THERE):
                continue
            place = next(
                (
                    m
                    for m in doc.places[s]
                    if q.t1 < m.t0 <= q.t1 + 3 and (m.gov in _IN or doc.tw[q.t1 + 1] in _IN)
                ),
                None,
            )
            if place is None:
                continue
        if actor is None:
            # «عدد مقاتليها ... بنحو 8 آلاف مقاتل، معظمهم من فصائل "الجيش الحر"»
            m = next((m for m in doc.actors[s] if q.t1 <= m.t0 <= q.t1 + 4), None)
            actor = m.value if m else None
        if actor is None or actor == "UNKNOWN":
            continue
        pos = doc.nt.to_orig[doc.ts[i]]
        places = _coordinated(doc, s, place.ent)
        row = Row(actor, "present", s, places[0], places[:1])
        # a count given for two sides together is the strength of neither alone
        row.strength, row.word, row.pos = None if also else _qty(q.ent), True, pos
        out.append(row)
        for p in places[1:]:
            extra = Row(actor, "present", s, p, [p])
            extra.strength, extra.word, extra.pos = row.strength, True, pos
            out.append(extra)
        for other in also:
            for p in places:
                extra = Row(other, "present", s, p, [p])
                extra.word, extra.pos = True, pos
                out.append(extra)
        # «، بينهم نحو 5200 جندي أمريكي»، «، إلى جانب نحو 10 آلاف من "هيئة تحرير الشام"»
        for q2 in doc.others[s]:
            e2 = q2.ent
            if e2 is None or e2.type != "QUANTITY" or q2.t0 <= q.t0 or q2.t0 > q.t1 + 8:
                continue
            m2 = next(
                (m for m in doc.actors[s] if q2.t1 - 1 <= m.t0 <= q2.t1 + 2 and m.value != actor),
                None,
            )
            if m2 is None or m2.value == "UNKNOWN":
                continue
            for p in places:
                extra = Row(m2.value, "present", s, p, [p])
                extra.strength, extra.word, extra.pos = _qty(e2), True, pos
                out.append(extra)
    return out


def _place_words(doc: _ev.Doc, s: int, a: int, b: int) -> int:
    """How many tokens between ``a`` and ``b`` belong to the places of sentence ``s``."""
    return sum(max(0, min(b, m.t1) - max(a, m.t0)) for m in doc.places[s])


_PRESENCE = PRESENT_ADJ | PRESENT_NOUN | RETAIN | STAY | ACTIVE | STAY_LATER | ENTRENCH | KEEP


def _word_time(
    doc: _ev.Doc,
    s: int,
    evs: list[Event],
    row: Row,
    tms: dict[str, TimeExpr],
    sents: list[Sentence],
) -> None:
    """as_of and source of a row stated without an event: an event's time in the sentence,
    else the sentence's own time, else the article's day."""
    t_ev = next((e for e in evs if e.time), None)
    if t_ev is not None:
        row.as_of, row.own = _as_of(doc, t_ev, s, tms, sents)
        row.source = t_ev.attribution
        return
    own = [t for t, _, _, ts in doc.tspans if ts == s]
    if own:
        row.as_of = {"value": own[0].value, "precision": own[0].precision}
    elif doc.article_day:
        row.as_of = {"value": doc.article_day, "precision": "day"}
        row.own = False
    row.source = doc.attribution[s] if s < len(doc.attribution) else None


def _flag_rows(doc: _ev.Doc, s: int, i: int) -> list[Row]:
    """«جنود أتراك ومقاتلون من المعارضة يرفعون الأعلام وسط المدينة»: the flag raisers (the
    actor right before the verb and those coordinated with it) are present at the place."""
    a, b = doc.sspan[s]
    if not any(st in _FLAGS for k in range(i + 1, min(b, i + 3)) for st in _stems(doc.tw[k])):
        return []
    place = next(
        (
            m.ent
            for m in doc.places[s]
            if i + 2 <= m.t0 <= i + 6 and m.t0 > a and doc.tw[m.t0 - 1] in _AT_PLACE
        ),
        None,
    )
    if place is None:
        return []
    before = [x for x in doc.actors[s] if x.t1 <= i and x.value != "UNKNOWN"]
    if not before or i - before[-1].t1 > 2 or doc.clause[before[-1].t0] != doc.clause[i]:
        return []
    chain = [before[-1]]
    for x in reversed(before[:-1]):
        gap = doc.nt.text[x.ne : chain[-1].ns].strip(" " + _QUOTES)
        if not gap.startswith("و") or chain[-1].t0 - x.t1 > 3:
            break
        chain.append(x)
    out = []
    for x in reversed(chain):
        if all(r.actor != x.value for r in out):
            r = Row(x.value, "present", s, place, [place])
            r.pos = doc.nt.to_orig[doc.ts[i]]
            out.append(r)
    return out


def _noun_rows(
    doc: _ev.Doc,
    events: list[Event],
    sent_of: dict[int, int],
    tms: dict[str, TimeExpr],
    sents: list[Sentence],
) -> list[Row]:
    hosts = {doc.tsent[i] for i in doc.where.get(HOSTS, ())}
    hosts.update(doc.tsent[i] for i in doc.where.get(RAISE, ()))
    by_sent: dict[int, list[Event]] = {}
    for ev in events:
        s = sent_of.get(ev.sentence[0])
        if s is not None:
            by_sent.setdefault(s, []).append(ev)
    out: list[Row] = []
    tw = doc.tw
    for s, acts in enumerate(doc.actors):
        if doc.heading[s] or not acts:
            continue
        if (
            s in hosts
            or any(x.t1 < len(tw) and tw[x.t1] == "في" for x in acts)
            or any(x.t0 > 0 and doc.masks[x.t0 - 1] & _ev.BASE_NOUN for x in acts)
            or any(x.t0 > 1 and doc.masks[x.t0 - 2] & _ev.BASE_NOUN for x in acts)
            or any(x.t1 < len(tw) and tw[x.t1] in _APPOS for x in acts)
        ):
            out.extend(_force_in_rows(doc, s, by_sent.get(s, []), tms, sents))
    return out


def _force_in_rows(
    doc: _ev.Doc,
    s: int,
    evs: list[Event],
    tms: dict[str, TimeExpr],
    sents: list[Sentence],
) -> list[Row]:
    """Presence stated by a noun phrase: a place hosting a force («قاعدة X، التي تستضيف
    قوات أميركية»، «البرج ... ويضم قرابة 350 عسكرياً من الجيش الأميركي») or a force named
    with its place («رفعت القوات الأميركية في حقل X حالة التأهب»), unless the force is
    attacked, withdraws or moves in the sentence."""
    a, b = doc.sspan[s]
    out: list[Row] = []
    # a force with an event of its own in the sentence gets the event's rows
    busy = {
        x
        for e in evs
        if e.type in _ROW_TYPES and e.modality not in ("denied", "expected")
        for x in e.actors
    }
    busy.update(x for e in evs if e.type == "ATTACK" for x in e.targets)
    ms = doc.places[s]
    for i in _words_in(doc, HOSTS, a, b):
        actor = next((x for x in doc.actors[s] if i < x.t0 <= i + 8 and x.value != "UNKNOWN"), None)
        if actor is None:
            continue
        if i > a and doc.tw[i - 1] in _ev.RELATIVE:
            near = [m for m in ms if m.t1 == i - 1]
            inner = _contained(doc, s, near[0]) if near else None
            near = [inner] if inner is not None else []
        else:
            near = [
                m
                for m in ms
                if m.t1 <= i
                and i - m.t1 <= 12
                and m.gov not in _ev.PREPS
                and not (m.t0 > a and _DIRECTION.match(doc.tw[m.t0 - 1]))
                and doc.clause[m.t0] == doc.clause[i]
            ][-1:]
        if not near:
            continue
        r = Row(actor.value, "present", s, near[0].ent, [near[0].ent])
        r.pos = doc.nt.to_orig[doc.ts[i]]
        for m in doc.others[s]:
            e = m.ent
            if e.type == "QUANTITY" and e.unit in ("troops", "fighters") and i < m.t0 <= actor.t0:
                r.strength = {"value": e.value, "approx": bool(e.approx), "unit": e.unit}
                break
        out.append(r)
    for x in doc.actors[s]:
        # «نفى "جيش X"، أكبر الفصائل المسلحة في دوما»: an apposition placing the group
        if x.kind == "ent" and x.value != "UNKNOWN" and x.value not in busy:
            m = _apposed_place(doc, s, x)
            if m is not None:
                r = Row(x.value, "present", s, m.ent, [m.ent])
                r.pos = doc.nt.to_orig[doc.ts[x.t0]]
                out.append(r)
                continue
        if x.value == "UNKNOWN" or x.value in busy or x.t1 + 1 >= b or doc.tw[x.t1] != "في":
            continue
        h = x.t0 if x.kind == "ent" else x.t0 - 1
        if h < a or not any(st in _FORCE_WORDS for st in _stems(doc.tw[h])):
            continue
        gov = x.gov if x.kind == "ent" else _ev._gov(doc, doc.ts[h], h)
        if gov in _NOT_SUBJECT_GOV or (h > a and doc.tw[h - 1] in _ev.PREPS):
            continue
        if h > a and (doc.tw[h - 1] in _RANKS or doc.masks[h - 1] & _ev.BASE_NOUN):
            continue
        # «المنشآت التابعة لحزب X ووحدات Y في العراق»: coordinated with an object
        if doc.tw[h].startswith("و") and _object_before(doc, s, h):
            continue
        m = next((m for m in ms if m.t0 == x.t1 + 1), None)
        if m is None or _ev._specificity(doc, m) <= -1:
            continue
        r = Row(x.value, "present", s, m.ent, [m.ent])
        r.pos = doc.nt.to_orig[doc.ts[x.t0]]
        out.append(r)
    # «قاعدة للتحالف الدولي قرب الحسكة»: a base of a force near a place
    acts = [x for x in doc.actors[s] if x.value != "UNKNOWN"]
    for j in _words_in(doc, _ev.BASE_NOUN, a, b):
        own = _owner_after(doc, acts, j)
        x = next((x for x in acts if x.value == own and j < x.t0 <= j + 2), None)
        if x is None or own in busy or x.t1 + 1 >= b or doc.tw[x.t1] not in _NEAR:
            continue
        m = next((m for m in ms if m.t0 == x.t1 + 1), None)
        if m is None:
            continue
        r = Row(own, "present", s, m.ent, [m.ent])
        r.pos = doc.nt.to_orig[doc.ts[j]]
        out.append(r)
    for i in _words_in(doc, RAISE, a, b):
        out.extend(_flag_rows(doc, s, i))
    for r in out:
        r.word = True
        _word_time(doc, s, evs, r, tms, sents)
    return out


def _absorb(into: Row, r: Row, places: bool = True) -> None:
    for e in r.events:
        if e not in into.events:
            into.events.append(e)
    for p in r.places if places else ():
        if all(p.id != q.id for q in into.places):
            into.places.append(p)
    into.assets = into.assets + [a for a in r.assets if a not in into.assets]
    into.strength = into.strength or r.strength
    into.source = into.source or r.source


def _merge(rows: list[Row]) -> list[Row]:
    out: list[Row] = []
    # 1. event rows: one per actor, status, sentence and place
    keyed: dict[tuple, Row] = {}
    for r in rows:
        if r.word:
            continue
        k = r.key()
        if k in keyed:
            _absorb(keyed[k], r)
        else:
            keyed[k] = r
            out.append(r)
    # 2. presence-word rows join an event row of the same actor and status in the sentence
    # (the rows so far by actor, status and sentence, in order)
    same: dict[tuple, list[Row]] = {}
    for o in out:
        same.setdefault((o.actor, o.status, o.sent), []).append(o)
    for r in rows:
        if not r.word:
            continue
        k = (r.actor, r.status, r.sent)
        host = next((o for o in same.get(k, ()) if not o.word or o.key() == r.key()), None)
        if host is not None:
            _absorb(host, r, places=False)
        else:
            out.append(r)
            same.setdefault(k, []).append(r)
    # 3. a row with a borrowed time folds into the same claim that has its own time
    # (the rows with their own time by actor, status family and time value, in order)
    owned: dict[tuple, list[Row]] = {}
    for o in out:
        if o.own and o.as_of and o.as_of.get("value"):
            owned.setdefault((o.actor, _family(o.status), o.as_of.get("value")), []).append(o)
    final: list[Row] = []
    for r in out:
        if r.own or r.word or not r.as_of or not r.as_of.get("value"):
            final.append(r)
            continue
        k = (r.actor, _family(r.status), r.as_of.get("value"))
        twin = next(
            (o for o in owned.get(k, ()) if o.sent != r.sent and not o.word and _same_place(o, r)),
            None,
        )
        if twin is None:
            final.append(r)
        else:
            for e in r.events:
                if e not in twin.events:
                    twin.events.append(e)
    return final


def _same_place(a: Row, b: Row) -> bool:
    """Row ``b`` (a borrowed time) can be the claim of row ``a``: ``b`` names no place, a
    place of ``a``, or a broad one («شمال شرق سورية» recapping «شمال سورية»). A specific
    place of its own («هجمات على قواعد أميركية، هي A وB» after «قتل ثلاثة جنود أميركيين
    في هجوم على موقع X») is news of its own."""
    if b.place is None:
        return True
    keys = {p.canonical or _ev.cnorm(p.text) for p in a.places or ([a.place] if a.place else [])}
    if any((p.canonical or _ev.cnorm(p.text)) in keys for p in b.places or [b.place]):
        return True
    return a.place is not None and all(_broad(p) for p in b.places or [b.place])


_BROAD = frozenset(("country", "region", "governorate", "countryside", "continent", "border"))


def _place_kind(p: Entity) -> str | None:
    """The gazetteer kind of a LOCATION entity's place (city, base, region ...), or None."""
    if not p.canonical:
        return None
    q = get_gazetteer().place(p.canonical)
    return q.kind if q is not None else None


def _broad(p: Entity) -> bool:
    return _place_kind(p) in _BROAD


_BASE_KINDS = frozenset(("airbase", "airport", "base"))
_BASE_HEADS = _ws("قاعدة قاعده مطار المطار القاعدة القاعده")


def _took_off_from_base(doc: _ev.Doc, s: int, place: Entity) -> bool:
    """The place is a base or an airport the movement sets out from («من قاعدة X»)."""
    if _gov_of(doc, s, place) != "من":
        return False
    p = get_gazetteer().place(place.canonical) if place.canonical else None
    if p is not None and p.kind in _BASE_KINDS:
        return True
    words = _ev.cnorm(place.text).split()
    return bool(words) and words[0] in _BASE_HEADS


def _attach_transit(rows: list[Row], transit: list) -> None:
    for ev, s, as_of in transit:
        for r in rows:
            if (
                _family(r.status) == "in"
                and r.actor in ev.actors
                and abs(r.sent - s) <= 3
                and as_of
                and r.as_of
                and r.as_of.get("value") == as_of.get("value")
            ):
                if ev.id not in r.events:
                    r.events.append(ev.id)
                break
