"""The gazetteer: places, actors, organisations and weapons, matched over normalised text.

Data lives in ``resources/gazetteer/`` (see its README for sources and licences).
:func:`get_gazetteer` loads it once; :meth:`Gazetteer.match` finds every name in a
:class:`~workbench.core.text.Normalized` text and returns matches with original
offsets. A match starts at a word start or right after proclitics written on the
word (و ف ب ك ل لل، لـ, also before a quote: لـ"قسد") and ends at a word end;
quote marks and brackets inside a name are ignored (تنظيم "داعش" matches
تنظيم داعش); the longest match wins.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from workbench.core.text import OWNER_SUFFIXES, Normalized, norm

__all__ = ["Place", "Entry", "Match", "Gazetteer", "get_gazetteer", "data_dir"]


def data_dir() -> Path:
    """The folder of the gazetteer files (``WORKBENCH_GAZETTEER`` overrides it)."""
    env = os.environ.get("WORKBENCH_GAZETTEER")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "resources" / "gazetteer"


@dataclass(frozen=True)
class Place:
    id: str
    name_ar: str
    name_en: str
    lat: float | None
    lon: float | None
    kind: str
    country: str
    admin1: str
    population: int = 0


@dataclass(frozen=True)
class Entry:
    """What a name can be: ``type`` is ACTOR, LOCATION, ORG, WEAPON or PERSON."""

    type: str
    canonical: str
    flags: frozenset[str] = frozenset()


@dataclass(slots=True, eq=False)
class Match:
    """A gazetteer name found in a text (made by the thousand: not frozen, slotted)."""

    start: int  # original offsets
    end: int
    key: str  # the normalised name matched
    entries: tuple[Entry, ...]
    prefix: str  # normalised proclitics before the match in its word ("" if none)
    by_type: dict[str, Entry] | None = None  # first entry of each type

    def first(self, type_: str) -> Entry | None:
        if self.by_type is not None:
            return self.by_type.get(type_)
        for e in self.entries:
            if e.type == type_:
                return e
        return None


# characters ignored while matching (quotes and brackets inside names)
_SKIP = frozenset("\"'()[]{}")
# quotes and brackets, and a dash between words with the space before it
_SKIP_TABLE = {ord(c): None for c in _SKIP}
_SKIP_ANY_RE = re.compile(r"[\"'()\[\]{}\-–—]")
_PREFIXES = frozenset(
    ["", "و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "ولل", "فلل"]
)
# a key made from "ال" + X written as "لل" + X after the preposition ل (للقامشلي):
# proclitics before that "لل"
_LL_PREFIXES = frozenset(["", "و", "ف"])
_DERIVED_SUFFIXES = (
    "countryside",
    "governorate",
    "desert",
    "airport",
    "oilfield",
    "base",
    "crossing",
)
_DIRECTIONS = (
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north",
    "south",
    "east",
    "west",
    "central",
)
# ambiguous place names: prefer the places of the conflict's region
_COUNTRY_RANK = {"SY": 2, "IQ": 3, "LB": 4, "JO": 4, "TR": 4, "PS": 5, "IL": 5, "IR": 5}
_QUOTES = "\"'«»“”„‘’"
_MARKS_RE = re.compile("[\"'«»“”„‘’()\\[\\]]")


def _rows(path: Path) -> Iterable[list[str]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        header_seen = False
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen and cols[0] in ("id", "iso", "name", "alias"):
                header_seen = True
                continue
            header_seen = True
            yield cols


def _key(name: str) -> str:
    k = norm(name).translate(_SKIP_TABLE)
    for dash in ("-", "–", "—"):
        k = k.replace(" " + dash + " ", " ")
    return " ".join(k.split())


# the rules look up the same quoted names article after article
_lookup_key = functools.lru_cache(maxsize=16384)(_key)


def _with_article(name: str) -> list[str]:
    words = name.split()
    if not words or words[0].startswith("ال"):
        return [name]
    out = [name, " ".join(["ال" + words[0]] + words[1:])]
    if len(words) > 1:
        out.append(
            " ".join(w if w.startswith("ال") or not w[0].isalpha() else "ال" + w for w in words)
        )
    return out


_EMBASSY = frozenset({"embassy", "amb"})
_BASES = frozenset({"base"})


def _possessed(name: str) -> list[str]:
    """Forms of a weapon name whose first word is a feminine plural (-ات), or a single word
    in -ة, with a possessive suffix: طائرات -> طائراتها، الدفاعات الجوية -> دفاعاتها
    الجوية، أسلحة -> أسلحتهم."""
    words = name.split()
    w = words[0][2:] if words[0].startswith("ال") else words[0]
    if w.endswith("ة") and len(w) >= 5:
        w = w[:-1] + "ت"  # الأسلحة الثقيلة -> أسلحتهم الثقيلة
    elif not w.endswith("ات") or len(w) < 5:
        return []
    rest = words[1:]
    if rest and not words[0].startswith("ال"):
        return []  # an indefinite phrase (طائرات حربية): its adjective has no article
    if not rest:
        # «طائراته»، «أسلحتهم» alone are the side's aircraft or arms in general: most
        # annotators leave them (only «أسلحتهم الثقيلة»، «دفاعاتها الجوية» are weapons)
        return []
    return [" ".join([w + s, *rest]) for s in OWNER_SUFFIXES]


# the government forces of the countries the articles are about, by ISO code: a bare
# «الجيش» or a governor of one of their provinces speaks for them
GOVERNMENT_OF = {"IQ": "IQ_GOV", "SY": "SY_GOV", "LB": "OTHER:lebanon", "JO": "OTHER:jordan"}

# first words that outlets write joined to the name or apart: «كفر نبودة»/«كفرنبودة»
_JOINABLE = ("كفر", "دير")


def _spellings(name: str) -> list[str]:
    """A place name and its other usual spelling: «كفر X» joined as «كفرX» and back."""
    for w in _JOINABLE:
        if name.startswith(w + " ") and " " not in name[len(w) + 1 :]:
            return [name, w + name[len(w) + 1 :]]
        if name.startswith(w) and len(name) > len(w) + 2 and " " not in name:
            return [name, w + " " + name[len(w) :]]
    return [name]


class Gazetteer:
    """Loaded gazetteer data and its automaton."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or data_dir()
        self.folder = folder
        self.places: dict[str, Place] = {}
        self.actor_names: dict[str, str] = {}
        self._entries: dict[str, list[Entry]] = {}
        self._names: list[tuple[str, str]] = []
        self.country_actor: dict[str, str] = {}  # country place id -> actor id
        self.nationality: dict[str, tuple[str, str]] = {}  # norm adj -> (actor, gender)
        self._load_places(folder)
        self._load_actors(folder)
        self._load_simple(folder / "orgs.tsv", "ORG")
        self._load_simple(folder / "weapons.tsv", "WEAPON", article=True)
        self._load_simple(folder / "persons.tsv", "PERSON")
        self.hosts = self._load_hosts(folder / "hosts.tsv")
        self.person_sides = self._load_hosts(folder / "person_sides.tsv")
        self.first_names = self._words(folder / "person_names.txt")
        self.common_words = self._words(folder / "common_words.txt")
        self._build()

    # ------------------------------------------------------------ loading

    @staticmethod
    def _words(path: Path) -> frozenset[str]:
        if not path.exists():
            return frozenset()
        # generated files, already normalised
        return frozenset(
            w.strip()
            for w in path.read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")
        )

    @staticmethod
    def _load_hosts(path: Path) -> dict[str, list[tuple[str, int, int | None]]]:
        """id -> [(actor, first year, last year or None)] of hosts.tsv and person_sides.tsv."""
        out: dict[str, list[tuple[str, int, int | None]]] = {}
        if not path.exists():
            return out
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") + ["", ""]
            to = int(cols[3]) if cols[3].strip() else None
            out.setdefault(cols[0], []).append((cols[1], int(cols[2]), to))
        return out

    def side_of(self, person_id: str | None, year: int | None) -> str | None:
        """The side a known person (persons.tsv id) spoke for in ``year`` (any year when
        None), from person_sides.tsv, or None."""
        for a, y0, y1 in self.person_sides.get(person_id or "", ()):
            if year is None or (y0 <= year and (y1 is None or year <= y1)):
                return a
        return None

    def host_of(self, place_id: str | None, year: int | None) -> list[str]:
        """The foreign forces ``place_id`` hosted in ``year`` (any year when None)."""
        return [
            a
            for a, y0, y1 in self.hosts.get(place_id or "", ())
            if year is None or (y0 <= year and (y1 is None or year <= y1))
        ]

    def _add(self, name: str, entry: Entry) -> None:
        k = _key(name)
        if len(k) < 2:
            return
        self._names.append((name, entry.type))
        lst = self._entries.setdefault(k, [])
        if entry not in lst:
            lst.append(entry)

    def _load_places(self, folder: Path) -> None:
        def place(cols: list[str]) -> Place | None:
            if len(cols) < 9:
                return None
            pid, kind, cc, a1, lat, lon, pop, en, names = cols[:9]
            ar = [x.lstrip("~") for x in names.split("|")]
            return Place(
                pid,
                ar[0],
                en,
                float(lat) if lat else None,
                float(lon) if lon else None,
                kind,
                cc,
                a1,
                int(pop or 0),
            )

        manual_rows = [c for c in _rows(folder / "places_manual.tsv") if len(c) >= 9]
        manual_ids = {c[0] for c in manual_rows}
        self._manual_ids = manual_ids
        geo_rows = [c for c in _rows(folder / "places_geonames.tsv") if len(c) >= 9]
        geo_rows += [c for c in _rows(folder / "places_anergazet.tsv") if len(c) >= 9]
        geo_rows += [c for c in _rows(folder / "places_syria_extra.tsv") if len(c) >= 9]
        for cols in geo_rows + manual_rows:
            p = place(cols)
            if p is None or (p.id in manual_ids and cols not in manual_rows):
                continue
            self.places[p.id] = p
            for n in cols[8].split("|"):
                amb = n.startswith("~")  # also a common word: only in place contexts
                flags = frozenset({p.kind, "amb"} if amb else {p.kind})
                for v in _spellings(n.lstrip("~")):
                    self._add(v, Entry("LOCATION", p.id, flags))
        iso_to_id: dict[str, str] = {}
        for cols in _rows(folder / "countries.tsv"):
            if len(cols) < 6:
                continue
            iso, pid, en, lat, lon, names = cols[:6]
            iso_to_id[iso] = pid
            self.places[pid] = Place(
                pid,
                names.split("|")[0],
                en,
                float(lat) if lat else None,
                float(lon) if lon else None,
                "country",
                iso,
                "",
            )
            for n in names.split("|"):
                self._add(n, Entry("LOCATION", pid, frozenset({"country"})))
        for cols in _rows(folder / "country_aliases.tsv"):
            if len(cols) >= 2 and cols[0] in iso_to_id:
                for n in cols[1].split("|"):
                    self._add(n, Entry("LOCATION", iso_to_id[cols[0]], frozenset({"country"})))

    def _load_actors(self, folder: Path) -> None:
        force: dict[str, list[str]] = {
            "*m": [],
            "*f": [],
            "*p": [],
            "*mi": [],
            "*fi": [],
            "*pi": [],
        }
        for cols in _rows(folder / "actors.tsv"):
            if len(cols) < 2:
                continue
            alias, aid = cols[0], cols[1]
            if aid in force:
                force[aid].append(alias)
                continue
            flags = frozenset(f for f in (cols[2].split(",") if len(cols) > 2 else []) if f)
            self._add(alias, Entry("ACTOR", aid, flags))
            if not aid.startswith("*"):  # «*gov»: resolved per article by the entity rules
                self.actor_names.setdefault(aid, alias)
        for cols in _rows(folder / "nationalities.tsv"):
            if len(cols) < 3:
                continue
            aid = cols[0]
            masc = [x for x in cols[1].split("|") if x]
            fem = [x for x in cols[2].split("|") if x]
            plur = [x for x in (cols[3].split("|") if len(cols) > 3 else []) if x]
            for adj in masc:
                self.nationality[norm(adj)] = (aid, "m")
            for adj in fem:
                self.nationality[norm(adj)] = (aid, "f")
            for adj in plur:
                self.nationality[norm(adj)] = (aid, "p")
                self._add(adj, Entry("ACTOR", aid, frozenset({"people"})))
            # a state's embassy as a place (قرب السفارة الأمريكية): only in place
            # contexts ("amb"), since the embassy also speaks (قالت السفارة التركية)
            state = aid.lower().replace("other:", "")
            embassy = Entry("LOCATION", "embassy-" + state, _EMBASSY)
            bases = Entry("LOCATION", state + "-bases", _BASES)
            for adj in fem:
                if adj.startswith("ال"):
                    self._add(f"السفارة {adj}", embassy)
                    # a state's bases, named as a set (على القواعد الأميركية في العراق)
                    self._add(f"القواعد {adj}", bases)
            for noun in force["*m"]:
                for adj in masc:
                    self._add(f"{noun} {adj}", Entry("ACTOR", aid, frozenset({"force"})))
            for noun in force["*f"]:
                for adj in fem:
                    self._add(f"{noun} {adj}", Entry("ACTOR", aid, frozenset({"force"})))
            for noun in force["*p"]:
                for adj in plur:
                    self._add(f"{noun} {adj}", Entry("ACTOR", aid, frozenset({"force"})))
            # indefinite: قوات روسية، جنود أمريكيين، وفد عسكري روسي
            for noun in force["*mi"]:
                for adj in masc:
                    if adj.startswith("ال"):
                        # the accusative agrees: «جندياً تركياً»
                        a = adj[2:] + "ا" if noun.endswith("ا") else adj[2:]
                        self._add(f"{noun} {a}", Entry("ACTOR", aid, frozenset({"force"})))
            for noun in force["*fi"]:
                for adj in fem:
                    if adj.startswith("ال"):
                        self._add(f"{noun} {adj[2:]}", Entry("ACTOR", aid, frozenset({"force"})))
            for noun in force["*pi"]:
                for adj in plur:
                    if adj.startswith("ال"):
                        self._add(f"{noun} {adj[2:]}", Entry("ACTOR", aid, frozenset({"force"})))
                        if not adj.endswith(("ين", "ون")):
                            # a broken plural takes the accusative's alef: «جنوداً روساً»
                            self._add(
                                f"{noun} {adj[2:]}ا", Entry("ACTOR", aid, frozenset({"force"}))
                            )
        for cols in _rows(folder / "actors.tsv"):
            if len(cols) > 2 and "state" in cols[2]:
                for e in self._entries.get(_key(cols[0]), []):
                    if e.type == "LOCATION" and e.canonical not in self.country_actor:
                        self.country_actor[e.canonical] = cols[1]
        # countries not in actors.tsv act as OTHER:<id>
        for p in self.places.values():
            if p.kind == "country":
                self.country_actor.setdefault(p.id, f"OTHER:{p.id}")

    def _load_simple(self, path: Path, type_: str, article: bool = False) -> None:
        for cols in _rows(path):
            if len(cols) < 2:
                continue
            name, cid = cols[0], cols[1]
            flags = frozenset(f for f in (cols[2].split(",") if len(cols) > 2 else []) if f)
            for n in _with_article(name) if article else [name]:
                self._add(n, Entry(type_, cid, flags))
            if article:
                # a possessed plural is the owner's instrument: طائراتها، دفاعاتها الجوية
                for n in _possessed(name):
                    self._add(n, Entry(type_, cid, flags))

    def _rank(self, e: Entry) -> tuple[int, int]:
        if e.type != "LOCATION":
            return (0, 0)
        p = self.places.get(e.canonical)
        if p is None:
            return (3, 0)
        if p.kind == "country":
            return (0, 0)
        if p.id in self._manual_ids:
            return (1, -p.population)
        return (_COUNTRY_RANK.get(p.country, 6), -p.population)

    def _build(self) -> None:
        for lst in self._entries.values():
            lst.sort(key=self._rank)
        auto = ahocorasick.Automaton()
        self._keys: list[tuple[str, tuple[Entry, ...], bool]] = []
        for k, entries in self._entries.items():
            idx = len(self._keys)
            self._keys.append((k, tuple(entries), False))
            auto.add_word(k, (len(k), idx))
        for k, entries in self._entries.items():
            # "ال" + X written "لل" + X after the preposition ل (للقامشلي)
            if k.startswith("ال") and len(k) > 3:
                if k[1:] in self._entries or "ل" + k[1:] in self._entries:
                    continue
                alt = "ل" + k[1:]
                idx = len(self._keys)
                self._keys.append((k, tuple(entries), True))
                auto.add_word(alt, (len(alt), idx))
        auto.make_automaton()
        self._auto = auto
        # place id -> the other places of its names in other countries (سنجار: Iraq, Syria)
        alts: dict[str, set[str]] = {}
        for entries in self._entries.values():
            locs = [e.canonical for e in entries if e.type == "LOCATION"]
            if len(locs) < 2:
                continue
            ps = [self.places.get(c) for c in locs]
            if len({p.country for p in ps if p is not None and p.kind != "country"}) < 2:
                continue
            for p in ps:
                if p is not None and p.kind != "country":
                    alts.setdefault(p.id, set()).update(
                        q.id for q in ps if q is not None and q.kind != "country" and q.id != p.id
                    )
        self.place_alts: dict[str, tuple[str, ...]] = {k: tuple(sorted(v)) for k, v in alts.items()}
        # the first entry of each type per key, for Match.first
        self._firsts: list[dict[str, Entry]] = []
        for _, entries, _ in self._keys:
            d: dict[str, Entry] = {}
            for en in entries:
                d.setdefault(en.type, en)
            self._firsts.append(d)

    # ------------------------------------------------------------ queries

    def place(self, canonical: str) -> Place | None:
        """The place record of a LOCATION canonical id, or None.

        Ids the entity rules derive from a known place (``deir-ez-zor-east-countryside``,
        ``northeast-syria``, ``raqqa-governorate``) get the base place's coordinates,
        their own id and a kind (countryside, region, governorate ...).
        """
        p = self.places.get(canonical)
        if p is not None or not canonical:
            return p
        base, kind = canonical, None
        for suffix in _DERIVED_SUFFIXES:
            if base.endswith("-" + suffix):
                base, kind = base[: -len(suffix) - 1], suffix
                break
        for d in _DIRECTIONS:
            if base.endswith("-" + d):
                base = base[: -len(d) - 1]
                break
        for d in _DIRECTIONS:
            if base.startswith(d + "-") and base[len(d) + 1 :] in self.places:
                base, kind = base[len(d) + 1 :], kind or "region"
                break
        q = self.places.get(base)
        if q is None or base == canonical:
            return None
        return Place(
            canonical, q.name_ar, q.name_en, q.lat, q.lon, kind or q.kind, q.country, q.admin1
        )

    @functools.cached_property
    def state_actor_ids(self) -> frozenset[str]:
        """Actor ids of states and their governments (those with a country or capital
        alias): IQ_GOV, RU, TR, US, OTHER:jordan ..."""
        return frozenset(
            e.canonical
            for ents in self._entries.values()
            for e in ents
            if e.type == "ACTOR" and "state" in e.flags and e.canonical
        )

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Entries of an exact name (any spelling variant normalisation allows)."""
        return tuple(self._entries.get(_lookup_key(name), ()))

    def names(self) -> list[tuple[str, str]]:
        """Every (name as written in the data, entity type), e.g. for other matchers."""
        seen: set[tuple[str, str]] = set()
        out = []
        for nt in self._names:
            if nt not in seen:
                seen.add(nt)
                out.append(nt)
        return out

    def list_actors(self) -> list[tuple[str, str]]:
        """(id, an Arabic alias) of every known actor, for completion."""
        return sorted(self.actor_names.items())

    def list_places(self, kinds: Iterable[str] | None = None) -> list[Place]:
        """Every place (optionally only some kinds), sorted by Arabic name."""
        ks = set(kinds) if kinds else None
        return sorted(
            (p for p in self.places.values() if ks is None or p.kind in ks),
            key=lambda p: p.name_ar,
        )

    def match(self, nt: Normalized) -> list[Match]:
        """Longest non-overlapping gazetteer matches in ``nt``, in text order."""
        t = nt.text
        dels: list[int] = []
        for mm in _SKIP_ANY_RE.finditer(t):
            i = mm.start()
            if t[i] in "-–—":
                # a dash between words: طريق حلب - دمشق
                if i + 1 < len(t) and t[i + 1] == " ":
                    if i > 0 and t[i - 1] == " " and (not dels or dels[-1] != i - 1):
                        dels.append(i - 1)
                    dels.append(i)
            else:
                dels.append(i)
        if dels:
            pieces = []
            prev = 0
            for d in dels:
                pieces.append(t[prev:d])
                prev = d + 1
            pieces.append(t[prev:])
            m = "".join(pieces)
            dadj = [d - i for i, d in enumerate(dels)]
        else:
            m = t
            dadj = []
        n = len(m)
        cands: list[tuple[int, int, int, int, str]] = []
        keys = self._keys
        common = self.common_words
        for end_i, (length, idx) in self._auto.iter(m):
            end = end_i + 1
            if end < n and m[end].isalnum():
                continue
            start = end - length
            if start == 0 or not m[start - 1].isalnum():
                prefix = ""
                ws = start
            else:
                ws = start - 1
                while ws > 0 and m[ws - 1].isalnum() and start - ws < 4:
                    ws -= 1
                if start - ws > 3:
                    continue
                prefix = m[ws:start]
            if keys[idx][2]:  # "ال" + X written "لل" + X
                if prefix not in _LL_PREFIXES:
                    continue
                start += 1
                length -= 1
                prefix += "ل"
            elif prefix not in _PREFIXES:
                continue
            if prefix and length <= 4 and (m[ws:end] in common or prefix[-1] in "فك"):
                continue  # بلاد is not ب + لاد, ورقة is not و + رقة, فرقة is not ف + رقة
            cands.append((start - end, start, end, idx, prefix))
        cands.sort()  # longest first, then leftmost (one key per span)
        chosen: list[tuple[int, int, int, str]] = []
        taken = bytearray(n + 1)
        for _, start, end, idx, prefix in cands:
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, idx, prefix))
        chosen.sort()
        out: list[Match] = []
        firsts = self._firsts
        orig = nt.original
        to = nt.to_orig
        marks = _MARKS_RE.search
        br = bisect.bisect_right
        for start, end, idx, prefix in chosen:
            if dadj:
                ns = start + br(dadj, start)
                ne = end - 1 + br(dadj, end - 1) + 1
            else:
                ns, ne = start, end
            s, e = to[ns], to[ne - 1] + 1
            if marks(orig, s, e):
                s, e = _balance(orig, s, e)
            key, entries, _ = keys[idx]
            out.append(Match(s, e, key, entries, prefix, firsts[idx]))
        return out


def _balance(text: str, s: int, e: int) -> tuple[int, int]:
    """Include a closing quote or bracket when the span opened one inside itself."""
    inner = text[s:e]
    if not _MARKS_RE.search(inner):
        return s, e
    for op, cl in (("(", ")"), ("[", "]")):
        if inner.count(op) > inner.count(cl) and e < len(text) and text[e] == cl:
            e += 1
            inner = text[s:e]
    q = sum(map(inner.count, _QUOTES))
    if q % 2 == 1:
        if s > 0 and text[s - 1] in _QUOTES and inner[0] not in _QUOTES:
            # «"وحدات حماية الشعب" الكردية»: the name ends at its closing quote
            cut = min(inner.index(c) for c in _QUOTES if c in inner)
            e = s + cut
            while e > s and text[e - 1].isspace():
                e -= 1
        elif e < len(text) and text[e] in _QUOTES:
            e += 1
        elif inner and inner[0] in _QUOTES:
            s += 1
        elif inner and inner[-1] in _QUOTES:
            e -= 1
    return s, e


@functools.lru_cache(maxsize=4)
def _cached(folder: str) -> Gazetteer:
    return Gazetteer(Path(folder))


_DEFAULT: list[tuple[str | None, Gazetteer]] = []


def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (per data folder)."""
    env = os.environ.get("WORKBENCH_GAZETTEER")
    if _DEFAULT and _DEFAULT[0][0] == env:
        return _DEFAULT[0][1]
    g = _cached(str(data_dir()))
    _DEFAULT[:] = [(env, g)]
    return g
