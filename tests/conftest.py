"""Test configuration: headless Qt for every test run."""

import os
from pathlib import Path

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# property tests check behaviour, not time (speed is measured by benchmarks/): no
# per-example deadline, which the first example's gazetteer load would otherwise miss
settings.register_profile("workbench", deadline=None)
settings.load_profile("workbench")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "omar-oilfield.txt"
GOLD = ROOT / "tests" / "data" / "seed.json"
