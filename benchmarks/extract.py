"""Extraction speed: articles per second, ours vs a spaCy peer, in one run.

    python benchmarks/extract.py [--n 2000] [--anercorp ../shared/data/anercorp/train.txt]

Builds sample-sized articles (about 2,400 characters) by recombining the
paragraphs of the demo article and, where available, sentences of ANERcorp,
then times, on one core and in this one process:

- ours: the full pipeline (entities, times, events, forces), entities alone, and the
  preparation every rule needs (normalised view, sentences, gazetteer matches, word
  index), the floor under any rule-based pipeline of this design;
- peer: spaCy's blank Arabic pipeline with an EntityRuler loaded with the same
  gazetteer names (``pip install -e ".[bench]"``; skipped with a note if absent).

Prints articles/s for each and the ratios against the peer.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core import entities as _entities  # noqa: E402
from workbench.core.extract import extract  # noqa: E402
from workbench.core.gazetteer import get_gazetteer  # noqa: E402
from workbench.core.model import Article  # noqa: E402
from workbench.core.text import normalize, sentences  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "omar-oilfield.txt"


def anercorp_sentences(path: Path) -> list[str]:
    if not path.exists():
        return []
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(" ".join(cur))
                cur = []
            continue
        cur.append(line.split(" ")[0])
    return [s for s in out if 40 < len(s) < 400]


def build_articles(n: int, extra: list[str], seed: int = 1) -> list[str]:
    """Return ``n`` articles of about the sample's size, mixing its lines with other sentences."""
    rnd = random.Random(seed)
    lines = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    target = len(SAMPLE.read_text(encoding="utf-8"))
    arts = []
    for _ in range(n):
        parts: list[str] = []
        size = 0
        while size < target:
            s = rnd.choice(extra) if extra and rnd.random() < 0.5 else rnd.choice(lines)
            parts.append(s)
            size += len(s) + 1
        arts.append("\n".join(parts))
    return arts


def rate(fn, items, min_seconds: float = 2.0) -> float:
    """Articles per second of ``fn`` over ``items`` (repeated until min_seconds passed)."""
    done, t0 = 0, time.perf_counter()
    while True:
        for it in items:
            fn(it)
        done += len(items)
        el = time.perf_counter() - t0
        if el >= min_seconds:
            return done / el


def gazetteer_patterns() -> list[dict]:
    """The names our gazetteer matches, as EntityRuler phrase patterns."""
    return [{"label": label, "pattern": name} for name, label in get_gazetteer().names()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--anercorp", type=Path, default=ROOT.parent / "shared/data/anercorp/train.txt")
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()

    arts = build_articles(args.n, anercorp_sentences(args.anercorp))
    avg = sum(map(len, arts)) / len(arts)
    print(
        f"{len(arts)} articles, {avg:.0f} characters on average (sample: {len(SAMPLE.read_text())})"
    )

    def full(t: str) -> None:
        extract(Article(t, published="2019-12-06"))

    def ents_only(t: str) -> None:
        _entities.find_entities(t, normalize(t), sentences(t))

    gaz = get_gazetteer()

    def floor(t: str) -> None:
        # what every rule stage needs first: the normalised view, sentences, the
        # gazetteer's matches and the word index (no rule runs)
        nt = normalize(t)
        sentences(t)
        gaz.match(nt)
        _entities._index(t, nt, gaz)

    full(arts[0])  # warm caches (gazetteer load)
    ours_full = rate(full, arts, args.seconds)
    ours_ents = rate(ents_only, arts, args.seconds)
    ours_floor = rate(floor, arts, args.seconds)
    print(f"ours, full pipeline:     {ours_full:8.0f} articles/s")
    print(f"ours, entities only:     {ours_ents:8.0f} articles/s")
    print(
        f"ours, preparation only:  {ours_floor:8.0f} articles/s"
        " (normalise, sentences, gazetteer matches, word index; no rule)"
    )
    try:
        import spacy
    except ImportError:
        print("peer skipped: spaCy is not installed (pip install -e '.[bench]')")
        return 0
    nlp = spacy.blank("ar")
    ruler = nlp.add_pipe("entity_ruler")
    pats = gazetteer_patterns()
    t0 = time.perf_counter()
    ruler.add_patterns(pats)
    print(f"peer: {len(pats)} gazetteer patterns loaded in {time.perf_counter() - t0:.1f} s")

    def peer(t: str) -> None:
        nlp(t)

    peer_rate = rate(peer, arts, args.seconds)
    print(f"peer, spaCy blank('ar') + EntityRuler, entities only: {peer_rate:8.0f} articles/s")
    print(f"ratio ours full / peer entities: {ours_full / peer_rate:5.1f}x")
    print(f"ratio ours entities / peer entities: {ours_ents / peer_rate:5.1f}x")
    print(f"ratio ours preparation / peer entities: {ours_floor / peer_rate:5.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
