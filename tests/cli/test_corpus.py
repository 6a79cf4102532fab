"""`workbench import/search/list/show/export/reextract` with --db."""

from __future__ import annotations

import json

import pytest

from workbench.cli import main


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    return str(tmp_path / "c.db")


def test_list_creates_and_seeds(db, capsys):
    assert main(["list", "--db", db, "--no-shape"]) == 0
    out = capsys.readouterr().out
    assert "2019-12-06" in out and "العربي الجديد" in out


def test_import_search_show_export(db, tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("اشتباكات بين قسد وقوات النظام في الرقة", encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\x00\x00\x01binary\x00" * 40)
    assert (
        main(["import", str(src), "--db", db, "--source", "سانا", "--published", "2020-03-01"]) == 0
    )
    cap = capsys.readouterr()
    assert "imported 1, skipped 0 duplicates, 1 failed" in cap.out
    assert "failed:" in cap.err and "bad.txt" in cap.err
    assert main(["import", str(src / "a.txt"), "--db", db]) == 0
    cap = capsys.readouterr()
    assert "skipped 1 duplicate," in cap.out and "duplicate" in cap.err

    assert main(["search", "الرقه", "--db", db, "--no-shape", "--source", "سانا"]) == 0
    out = capsys.readouterr().out
    assert "[الرقة]" in out and "2020-03-01" in out
    assert main(["search", "الرقة", "--db", db, "--from", "2021-01-01"]) == 1
    capsys.readouterr()

    assert main(["show", "1", "--db", db, "--no-shape"]) == 0
    out = capsys.readouterr().out
    assert "== entities" in out and "== forces" in out and "العربي الجديد" in out

    out_file = tmp_path / "x.json"
    assert (
        main(["export", "--format", "json", "--out", str(out_file), "--article", "1", "--db", db])
        == 0
    )
    assert json.loads(out_file.read_text(encoding="utf-8"))["article"]["published"] == "2019-12-06"
    assert main(["export", "--format", "json", "--out", str(out_file), "--db", db]) == 2
    assert "exists (use --force" in capsys.readouterr().err
    assert main(["export", "--format", "json", "--out", str(out_file), "--db", db, "--force"]) == 0
    assert len(json.loads(out_file.read_text(encoding="utf-8"))) == 2


def test_reextract(db, capsys):
    assert main(["reextract", "1", "--db", db]) == 0
    assert "article 1:" in capsys.readouterr().out
    assert main(["reextract", "--all", "--db", db]) == 0
    assert "re-extracted 1 article" in capsys.readouterr().out
    assert main(["reextract", "42", "--db", db]) == 2
    assert "no article 42" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["search", '"القوات'],
        ["search", "الرقة", "--from", "last week"],
        ["show", "99"],
        ["import", "x.txt", "--published", "06/12/2019"],
    ],
)
def test_user_errors_are_one_line(db, capsys, argv):
    assert main([*argv, "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: ") and err.count("\n") == 1


def test_bad_database_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite")
    assert main(["list", "--db", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not a workbench database" in err and err.count("\n") == 1


def test_default_db_from_env(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "env.db"))
    assert main(["list", "--no-shape"]) == 0
    assert (tmp_path / "env.db").exists()


def test_progress_bar_only_on_a_terminal():
    import io

    from workbench.cli.corpus import _Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        bar = _Progress(stream)
        bar(0, 4, "a.txt")
        bar(4, 4, "")
        bar.end()
    assert "[" in tty.getvalue() and "4/4" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_ctrl_c_stops_after_the_current_article(db, tmp_path, capsys, monkeypatch):
    import os
    import signal

    from workbench.core import extract as core_extract

    src = tmp_path / "many"
    src.mkdir()
    for i in range(5):
        (src / f"{i}.txt").write_text(f"خبر رقم {i} عن حماة", encoding="utf-8")
    real = core_extract.extract
    calls = []

    def extract_then_ctrl_c(article):
        calls.append(article)
        if len(calls) == 3:  # the seed sample, then two articles
            os.kill(os.getpid(), signal.SIGINT)
        return real(article)

    monkeypatch.setattr(core_extract, "extract", extract_then_ctrl_c)
    assert main(["import", str(src), "--db", db]) == 0
    cap = capsys.readouterr()
    assert "interrupted" in cap.err and "imported 2," in cap.out
    assert main(["import", str(src), "--db", db]) == 0
    assert "imported 3, skipped 2 duplicates" in capsys.readouterr().out
