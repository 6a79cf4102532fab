"""Store fixtures: tmp-path databases and a deterministic extractor."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GOLD, SAMPLE
from workbench.core import extract as core_extract
from workbench.core.model import Extraction


def seed_extraction(article):
    """The gold annotation for the sample text, nothing for other texts."""
    if article.text == SAMPLE.read_text(encoding="utf-8"):
        d = json.loads(GOLD.read_text(encoding="utf-8"))
        ext = Extraction.from_dict(d, article.text)
        ext.article = article
        return ext
    return Extraction(article)


@pytest.fixture
def seeded(monkeypatch):
    """Make the extractor return the gold annotation of the sample."""
    monkeypatch.setattr(core_extract, "extract", seed_extraction)
    return seed_extraction


@pytest.fixture
def store(tmp_path, seeded):
    from workbench.store import open_store

    s = open_store(tmp_path / "w.db", busy_timeout=0.2)
    yield s
    s.close()


@pytest.fixture
def empty_store(tmp_path, seeded):
    from workbench.store import open_store

    s = open_store(tmp_path / "e.db", seed_sample=False, busy_timeout=0.2)
    yield s
    s.close()
