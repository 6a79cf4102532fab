"""Test configuration: headless Qt for every test run."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "omar-oilfield.txt"
GOLD = ROOT / "tests" / "data" / "seed.json"
