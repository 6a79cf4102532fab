"""UI speed figures (a script, not a test): `python benchmarks/ui.py`.

Prints
- first start on a new database, as a user gets it: the window painted, then
  the sample article extracted in a worker and shown;
- cold start: `main.py --screenshot` in a fresh process, to a painted window
  saved as PNG (first run creates and seeds the database before painting;
  second run opens it);
- a 50 KB article with 1,000 highlights: load + highlight, and first paint;
- the timeline with 5,000 events: build + paint;
- the force table with 50,000 rows: load, sort (two columns), filter (status, actor).
Goals: start < 1.5 s, article < 150 ms, timeline < 300 ms, table sort < 200 ms.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workbench.core.model import (  # noqa: E402
    ENTITY_TYPES,
    EVENT_TYPES,
    FORCE_STATUSES,
    MODALITIES,
    Article,
    Entity,
    Event,
    Extraction,
    Force,
    Span,
    TimeExpr,
)
from workbench.core.text import tokens  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


class Clock:
    """Wall-clock and CPU time (this process, all threads) since the last ``lap``."""

    def __init__(self) -> None:
        self.lap()

    def lap(self) -> tuple[float, float]:
        now = (time.perf_counter(), time.process_time())
        prev = getattr(self, "_t", now)
        self._t = now
        return now[0] - prev[0], now[1] - prev[1]


def line(label: str, seconds: float | tuple[float, float], goal: float | None = None) -> None:
    wall, cpu = seconds if isinstance(seconds, tuple) else (seconds, None)
    verdict = ""
    if goal is not None:
        verdict = "  ok" if wall < goal else f"  SLOW (goal < {goal * 1000:.0f} ms)"
    cpu_txt = f"  (cpu {ms(cpu).strip()})" if cpu is not None else ""
    print(f"{label:<52}{ms(wall)}{cpu_txt}{verdict}")


FIRST_START = r"""
import sys, time
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication
import workbench.ui  # noqa: F401
from workbench.ui import app

def painted():  # instead of the event loop: paint the window, report, wait for the seeding
    for _ in range(5):
        QApplication.processEvents()
    (win,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"]
    win.grab()
    print("painted", time.time(), flush=True)
    while win._workers:
        QApplication.processEvents()
        time.sleep(0.005)
    print("sample", time.time(), win.corpus.model.rowCount(), flush=True)
    return 0

QApplication.exec = lambda self=None: painted()
sys.exit(app.main(["--db", sys.argv[1]]))
"""


def first_start(tmp: str) -> None:
    """The interactive first start: window painted, then the sample seeded in a worker."""
    db = Path(tmp) / "first.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_START, str(db), str(ROOT)],
        capture_output=True, text=True, cwd=ROOT, env=env,
    )  # fmt: skip
    marks = {ln.split()[0]: ln.split()[1:] for ln in proc.stdout.splitlines() if ln.strip()}
    if proc.returncode != 0 or "sample" not in marks or marks["sample"][1] != "1":
        print(f"first start: failed: {proc.stderr.strip()[-300:]} {proc.stdout[-200:]}")
        return
    line("first start, new database: window painted", float(marks["painted"][0]) - t0, 1.5)
    line("first start: sample extracted and shown", float(marks["sample"][0]) - t0)


def cold_start() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first_start(tmp)
        db = Path(tmp) / "bench.db"
        for label in ("cold start, new database (seeds the sample)", "cold start, existing db"):
            t0 = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--screenshot",
                 str(Path(tmp) / "s.png")],
                capture_output=True, text=True, cwd=ROOT,
            )  # fmt: skip
            dt = time.perf_counter() - t0
            if proc.returncode != 0:
                print(f"{label}: failed: {proc.stderr.strip()[-300:]}")
                return
            line(label + " (to PNG)", dt, 1.5)
        startup_breakdown(db)


BREAKDOWN = r"""
import os, sys, time
t0 = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
out = []
def mark(label):
    out.append((label, time.perf_counter() - t0))
from PySide6.QtWidgets import QApplication
import workbench.ui
mark("import PySide6.QtWidgets")
from workbench.store import open_store
mark("import workbench.store (sqlite-utils, core extraction)")
from PySide6.QtGui import QUndoStack
from workbench.ui.bus import ChangeBus, Context
from workbench.ui.fonts import arabic_family
from workbench.ui.main_window import MainWindow
mark("import workbench.ui")
app = QApplication([])
arabic_family()
store = open_store(sys.argv[1])
mark("QApplication, font, open_store")
win = MainWindow(Context(store, QUndoStack(), ChangeBus()), None, restore=False)
mark("build the main window (sample article loaded)")
win.resize(1600, 1000)
win.show()
app.processEvents()
win.grab()
mark("first paint")
prev = 0.0
for label, t in out:
    print(f"{label}\t{(t - prev) * 1000:.1f}\t{t * 1000:.1f}")
    prev = t
"""


def startup_breakdown(db: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", BREAKDOWN, str(db), str(ROOT)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    if proc.returncode != 0:
        print("startup breakdown failed:", proc.stderr.strip()[-300:])
        return
    print("  startup, in process (step / since interpreter start):")
    for row in proc.stdout.strip().splitlines():
        label, step, total = row.split("\t")
        print(f"    {label:<50}{float(step):8.1f} ms {float(total):8.1f} ms")


def big_article() -> Extraction:
    sample = (ROOT / "resources" / "samples" / "omar-oilfield.txt").read_text(encoding="utf-8")
    text = sample
    while len(text) < 50_000:
        text += "\n" + sample
    text = text[:50_000]
    toks = [t for t in tokens(text) if len(t.text) >= 3]
    rng = random.Random(1)
    picked = sorted(rng.sample(range(len(toks)), 1000))
    ents = []
    for n, i in enumerate(picked):
        t = toks[i]
        ents.append(
            Entity(f"m{n}", t.start, t.end, t.text, ENTITY_TYPES[n % 6],
                   origin="manual" if n % 7 == 0 else "auto", confidence=0.9)
        )  # fmt: skip
    return Extraction(Article(text, published="2019-12-06"), ents)


def article_view(app: QApplication) -> None:
    from workbench.ui.article_view import ArticleView

    ext = big_article()
    sample = ext.article.text[:2400]
    view = ArticleView()
    view.resize(1000, 900)
    view.show()
    # the running app has shown an article already (fonts loaded, shaper warm)
    view.set_extraction(Extraction(Article(sample), []))
    view.text.viewport().repaint()
    app.processEvents()
    runs = []
    for _ in range(3):
        view.set_extraction(Extraction(Article(sample), []))
        app.processEvents()
        clock = Clock()
        view.set_extraction(ext)
        load = clock.lap()
        view.text.viewport().repaint()
        paint = clock.lap()
        runs.append((load, paint))
    load, paint = sorted(runs)[1]
    n = len(ext.entities)
    line(f"article {len(ext.article.text) // 1000} KB, {n} highlights: load (median of 3)", load)
    line("article: first paint", paint)
    line("article: load + first paint", (load[0] + paint[0], load[1] + paint[1]), 0.150)
    clock = Clock()
    view.set_kind_visible("LOCATION", False)
    view.text.viewport().repaint()
    line("article: toggle one type + repaint", clock.lap())
    view.close()


def timeline(app: QApplication) -> None:
    from workbench.ui.timeline import TimelinePanel

    rng = random.Random(2)
    rows = []
    for i in range(5000):
        y, m, d = 2019 + rng.randrange(2), 1 + rng.randrange(12), 1 + rng.randrange(28)
        kind = rng.random()
        if kind < 0.6:
            value, prec = f"{y}-{m:02d}-{d:02d}", "day"
        elif kind < 0.8:
            value, prec = f"{y}-{m:02d}", "month"
        else:
            value, prec = f"{y}-{m:02d}-{d:02d}", "part-of-day"
        tx = TimeExpr(
            f"t{i}", 0, 1, "x", value, prec, part="night" if prec == "part-of-day" else None
        )
        ev = Event(f"e{i}", EVENT_TYPES[i % 10], Span(0, 1, "x"), (0, 1),
                   modality=MODALITIES[i % 4], time=tx.id)  # fmt: skip
        rows.append((1 + i % 50, ev, tx))
    panel = TimelinePanel()
    panel.resize(1400, 400)
    panel.show()
    # the running app has drawn a timeline already (the sample's)
    panel.set_rows(rows[:50])
    panel.view.viewport().repaint()
    app.processEvents()
    runs = []
    for _ in range(3):
        panel.set_rows(rows[:50])
        app.processEvents()
        clock = Clock()
        panel.set_rows(rows)
        build = clock.lap()
        panel.view.viewport().repaint()
        paint = clock.lap()
        runs.append((build, paint))
    build, paint = sorted(runs)[1]
    line(f"timeline {len(panel.view.event_items)} events: build (median of 3)", build)
    line("timeline: first paint", paint)
    line("timeline: build + paint", (build[0] + paint[0], build[1] + paint[1]), 0.300)
    panel.close()


def table(app: QApplication) -> None:
    from workbench.ui.tables import ForcePanel

    rng = random.Random(3)
    actors = ["US", "RU", "TR", "SY_GOV", "SDF", "YPG", "ISIS", "UNKNOWN"]
    rows = []
    for i in range(50_000):
        f = Force(
            f"f{i}", rng.choice(actors), rng.choice(FORCE_STATUSES), {"start": 0, "end": 10},
            strength={"value": rng.randrange(1, 5000), "approx": bool(i % 2), "unit": "troops"},
            assets="رتل من الشاحنات", location={"text": "حقل العمر", "canonical": None},
            as_of={"value": f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}", "precision": "day"},
            source="رويترز", origin="auto" if i % 3 else "manual",
        )  # fmt: skip
        rows.append((1 + i % 300, f))
    panel = ForcePanel()
    panel.resize(1400, 600)
    panel.show()
    app.processEvents()
    clock = Clock()
    panel.model.set_rows(rows)
    app.processEvents()
    line("table 50,000 force rows: load", clock.lap())
    for col, name in ((1, "actor"), (2, "strength"), (5, "as of")):
        clock.lap()
        panel.view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
        panel.view.viewport().repaint()
        line(f"table: sort by {name} + repaint", clock.lap(), 0.200)
    clock.lap()
    panel.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    panel.view.viewport().repaint()
    line("table: sort by strength again, descending", clock.lap(), 0.200)
    clock.lap()
    panel.filters[6].setCurrentText("withdrawn")
    panel.view.viewport().repaint()
    line(f"table: filter status ({panel.proxy.rowCount()} rows)", clock.lap(), 0.200)
    panel.filters[1].setCurrentText("RU")
    panel.view.viewport().repaint()
    line(f"table: + filter actor ({panel.proxy.rowCount()} rows)", clock.lap(), 0.200)
    panel.filters[6].setCurrentText("")
    panel.filters[1].setCurrentText("")
    panel.view.viewport().repaint()
    line("table: clear filters", clock.lap(), 0.200)
    panel.close()


def main() -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    cpus = os.cpu_count() or 1
    print(
        f"machine: {cpus} CPUs, load average {load:.1f}"
        + ("  (busy: wall-clock figures are inflated)" if load > cpus else "")
    )
    cold_start()
    app = QApplication.instance() or QApplication([])
    from workbench.ui.fonts import arabic_family

    arabic_family()
    article_view(app)
    timeline(app)
    table(app)


if __name__ == "__main__":
    main()
