"""Store benchmark: bulk import + extraction, FTS search latency, bytes per article.

    python benchmarks/store.py [--n 10000] [--anercorp PATH] [--workers 2] [--batch 500]

Builds a corpus of N articles by recombining the paragraphs of the sample
article with sentences of ANERcorp's train.txt (real Arabic news), imports it
into a temporary database through ``Store.import_many`` (extraction included,
many articles per transaction), then times a set of searches.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core.model import Article  # noqa: E402
from workbench.store import open_store  # noqa: E402

SOURCES = ["العربي الجديد", "سانا", "رويترز", "الجزيرة", "عنب بلدي", "المرصد"]
QUERIES = [
    "القوات الاميركيه",
    "الرقه",
    "سوريا",
    "حقل العمر",
    "قسد",
    "داعش OR الدولة",
    '"دير الزور"',
    "روسيا",
    "الرئيس",
    "مجلس الأمن",
    "تعزيزات عسكرية",
    "القامشلي",
    "وزير الخارجية",
    "الحكومة العراقية",
    "النفط",
    "الأمم المتحدة",
    "انسحاب",
    "اسرائيل",
    "الشرطة",
    "بغداد",
]


def anercorp_sentences(path: Path) -> list[str]:
    sents: list[str] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(" ".join(cur))
                cur = []
            continue
        cur.append(parts[0])
        if parts[0] in (".", "!", "؟", "?") and len(cur) > 3:
            sents.append(" ".join(cur))
            cur = []
    if cur:
        sents.append(" ".join(cur))
    return [s for s in sents if len(s) > 20]


def build_corpus(n: int, anercorp: Path, seed: int = 7) -> list[Article]:
    rnd = random.Random(seed)
    sample = (ROOT / "resources" / "samples" / "omar-oilfield.txt").read_text(encoding="utf-8")
    paras = [p for p in sample.split("\n") if p.strip()]
    sents = anercorp_sentences(anercorp) if anercorp.exists() else []
    if not sents:
        print(f"warning: {anercorp} not found; using sample paragraphs only", file=sys.stderr)
    arts = []
    for i in range(n):
        body = rnd.sample(paras, rnd.randint(1, 3))
        if sents:
            k = rnd.randint(3, 8)
            start = rnd.randrange(0, max(1, len(sents) - k))
            body += [" ".join(sents[start : start + k][j : j + 2]) for j in range(0, k, 2)]
        rnd.shuffle(body)
        day = (
            f"20{rnd.choice(['18', '19', '20'])}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        )
        arts.append(
            Article(
                "\n".join(body) + f"\n({i})",
                title=f"خبر {i}",
                published=day,
                source=rnd.choice(SOURCES),
            )
        )
    return arts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument(
        "--anercorp", type=Path, default=ROOT / ".." / "shared" / "data" / "anercorp" / "train.txt"
    )
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--keep", type=Path, help="write the database here instead of a temp folder")
    args = ap.parse_args(argv)

    arts = build_corpus(args.n, args.anercorp)
    # the two halves apart: the extractor alone, and the store with extraction precomputed
    from workbench.core import extract as core_extract

    probe = arts[: min(len(arts), 300)]
    core_extract.extract(probe[0])  # load the extractor's resources
    t0, c0 = time.perf_counter(), time.process_time()
    done = {a.text: core_extract.extract(a) for a in probe}
    x_rate = len(probe) / (time.perf_counter() - t0)
    x_cpu = (time.process_time() - c0) * 1000 / len(probe)
    real = core_extract.extract
    core_extract.extract = lambda a: done[a.text]
    with tempfile.TemporaryDirectory() as tmp:
        s = open_store(Path(tmp) / "s.db", seed_sample=False)
        t0, c0 = time.perf_counter(), time.process_time()
        s.import_many(probe, batch_size=args.batch, workers=1)
        s_rate = len(probe) / (time.perf_counter() - t0)
        s_cpu = (time.process_time() - c0) * 1000 / len(probe)
        s.close()
    core_extract.extract = real
    print(f"extractor alone (1 process): {x_rate:.0f} articles/s, {x_cpu:.1f} ms CPU/article; "
          f"store alone (extraction precomputed): {s_rate:.0f} articles/s, {s_cpu:.2f} ms CPU/article")  # fmt: skip
    cores = os.cpu_count() or 1
    print(f"CPU bound on an idle {cores}-core machine: ~{1000 * cores / (x_cpu + s_cpu):.0f} articles/s"
          f" (load average now {os.getloadavg()[0]:.1f})")  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        store = open_store(path, seed_sample=False)
        t0 = time.perf_counter()
        rep = store.import_many(arts, batch_size=args.batch, workers=args.workers)
        dt_import = time.perf_counter() - t0
        n_items = store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size
        lat = []
        hits = {}
        for _ in range(3):
            for q in QUERIES:
                t = time.perf_counter()
                res = store.search(q, limit=20)
                lat.append((time.perf_counter() - t) * 1000)
                hits[q] = len(res)
        flt = []
        for q in QUERIES[:10]:
            t = time.perf_counter()
            store.search(q, source="سانا", date_from="2019-01-01", date_to="2019-12-31", limit=20)
            flt.append((time.perf_counter() - t) * 1000)
        store.close()
    print(
        f"articles: {len(rep.imported)} imported, {len(rep.duplicates)} duplicates, {len(rep.failed)} failed"
    )
    print(f"mentions stored: {n_items}")
    print(f"import + extraction: {len(rep.imported) / dt_import:.0f} articles/s "
          f"({dt_import:.1f} s, {args.workers} worker(s), batch {args.batch})")  # fmt: skip
    print(f"search median: {statistics.median(lat):.1f} ms (p90 {sorted(lat)[int(len(lat) * 0.9)]:.1f} ms,"
          f" {len(QUERIES)} queries x3, limit 20)")  # fmt: skip
    print(f"search with source+date filters median: {statistics.median(flt):.1f} ms")
    print(f"database: {size / 1e6:.1f} MB, {size / max(1, len(rep.imported)):.0f} bytes/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
