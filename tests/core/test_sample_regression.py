"""Regression: the sample article scored against its gold annotation (tests/data/seed.json)."""

import json

import pytest

from tests.conftest import GOLD, SAMPLE
from tests.scoring import score
from workbench.core.extract import extract_text


@pytest.fixture(scope="module")
def scores():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = SAMPLE.read_text(encoding="utf-8")
    pred = extract_text(text, published="2019-12-06", source="العربي الجديد")
    assert pred["article"]["sha256"] == gold["article"]["sha256"]
    return score(gold, pred)


def test_overall(scores):
    assert scores["overall"] >= 0.90, scores


def test_entities(scores):
    assert scores["entities"] >= 0.90, scores


def test_all_time_values_right(scores):
    assert scores["times"] == 1.0 and scores["times.value"] == 1.0, scores


def test_forces(scores):
    assert scores["forces"] >= 0.80, scores
