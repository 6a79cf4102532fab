"""Extraction quality on the held-out articles (tests/data/heldout, annotated blind).

The set was annotated blind, before the extractor was run on it; later rule
work measured against it (fixing general patterns with other test sentences),
so it is now a regression guard more than a true held-out figure.
"""

import json
from pathlib import Path

import pytest

from tests.scoring import score_many
from workbench.core.extract import extract_text

HELDOUT = Path(__file__).resolve().parent.parent / "data" / "heldout"


@pytest.fixture(scope="module")
def scores():
    pairs = []
    for gold_path in sorted(HELDOUT.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        a = gold["article"]
        pred = extract_text(text, published=a["published"], source=a.get("source"))
        assert pred["article"]["sha256"] == a["sha256"]
        pairs.append((gold, pred))
    assert len(pairs) >= 6
    return score_many(pairs)


def test_heldout_overall(scores):
    assert scores["overall"] >= 0.85, scores


def test_heldout_entities(scores):
    assert scores["entities"] >= 0.93, scores


def test_heldout_times(scores):
    assert scores["times"] * scores["times.value"] >= 0.90, scores


def test_heldout_events_and_forces(scores):
    assert scores["events"] >= 0.85, scores
    assert scores["forces"] >= 0.65, scores
