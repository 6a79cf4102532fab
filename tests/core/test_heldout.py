"""Extraction quality on the held-out articles (tests/data/heldout, annotated blind).

These articles were not used to write rules; the thresholds guard against
regressions in how the extractor generalises beyond the demo article.
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
    assert scores["overall"] >= 0.65, scores


def test_heldout_entities(scores):
    assert scores["entities"] >= 0.85, scores


def test_heldout_times(scores):
    assert scores["times"] * scores["times.value"] >= 0.70, scores
