"""`workbench extract`: JSON and table output, and one-line errors for bad input."""

import json
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE
from workbench.cli import main


def test_json_output_is_the_contract(capsys):
    assert (
        main(["extract", str(SAMPLE), "--published", "2019-12-06", "--source", "العربي الجديد"])
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "workbench.extraction/1"
    assert doc["article"]["published"] == "2019-12-06"
    text = SAMPLE.read_text(encoding="utf-8")
    assert doc["article"]["chars"] == len(text)
    for e in doc["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    assert doc["events"] and doc["forces"]


def test_table_output_shapes_arabic_unless_asked_not_to(capsys):
    assert main(["extract", str(SAMPLE), "--published", "2019-12-06", "--format", "table"]) == 0
    shaped = capsys.readouterr().out
    assert "== entities" in shaped and "== forces" in shaped
    assert "\ufe8e" in shaped or any(
        "\ufe70" <= ch <= "\ufeff" for ch in shaped
    )  # presentation forms
    assert main(["extract", str(SAMPLE), "--format", "table", "--no-shape"]) == 0
    plain = capsys.readouterr().out
    assert "قسد" in plain and not any("\ufe70" <= ch <= "\ufeff" for ch in plain)


def test_cp1256_file(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_bytes("قصفت الطائرات الروسية مدينة إدلب أمس.".encode("cp1256"))
    assert main(["extract", str(p), "--published", "2020-01-02"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert any(e["text"].endswith("إدلب") and e["type"] == "LOCATION" for e in doc["entities"])


@pytest.mark.parametrize(
    "content,args,message",
    [
        (None, [], "no such file"),
        (b"", [], "empty"),
        (b"   \n\n", [], "empty"),
        (bytes(range(256)) * 8, [], "binary"),
        ("نص".encode(), ["--published", "2019-02-30"], "not a date"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path, content, args, message):
    p = tmp_path / "in.txt"
    if content is not None:
        p.write_bytes(content)
    r = subprocess.run(
        [sys.executable, "-m", "workbench", "extract", str(p), *args],
        capture_output=True,
        text=True,
    )
    assert r.returncode != 0
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr
    assert r.stdout == ""
