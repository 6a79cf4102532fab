"""Reading article files for import: .txt, .html/.htm, .json/.jsonl, and JSON sidecars.

- Folders are walked recursively (sorted; hidden files and folders skipped;
  files with other extensions skipped). A file named explicitly is read as
  text whatever its extension.
- ``article.txt`` (or .html) + ``article.json`` beside it: the .json is a
  sidecar with metadata (title, published, source, url), not an article.
- .json holds one record or a list of records; .jsonl one record per line;
  a record has ``text`` and optionally title/published/source/url.
- HTML: scripts, styles and other non-content elements are dropped (never
  stored); block elements become line breaks; the title comes from <title>.
- Encodings by core ``decode_bytes`` (UTF-8, UTF-16, cp1256).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from workbench.core.text import DecodeError, decode_bytes
from workbench.store.records import StoreError

ARTICLE_EXTS = {".txt", ".text", ".html", ".htm"}
RECORD_EXTS = {".json", ".jsonl"}
#: one article file (.txt/.html) larger than this is refused
MAX_FILE_BYTES = 10 * 1024 * 1024
#: a .json/.jsonl file of many records may be larger
MAX_RECORDS_BYTES = 200 * 1024 * 1024
META_KEYS = ("title", "published", "source", "url")


@dataclass
class Doc:
    label: str
    text: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def _is_sidecar(p: Path) -> bool:
    if p.suffix.lower() != ".json":
        return False
    return any(p.with_suffix(ext).exists() for ext in (".txt", ".text", ".html", ".htm"))


def collect_files(
    paths: Sequence[str | os.PathLike[str]],
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders into the files to import; report missing paths."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    f = Path(root) / n
                    ext = f.suffix.lower()
                    if n.startswith(".") or ext not in ARTICLE_EXTS | RECORD_EXTS:
                        continue
                    if not f.is_file():  # FIFOs, sockets, broken links: never block on them
                        continue
                    if _is_sidecar(f):
                        continue
                    found.append(f)
            for f in found:
                if f not in seen:
                    seen.add(f)
                    files.append(f)
        elif p.exists():
            if p not in seen:
                seen.add(p)
                files.append(p)
        else:
            missing.append((str(p), "no such file or folder"))
    return files, missing


def _read_bytes(p: Path, limit: int) -> bytes:
    try:
        size = p.stat().st_size
        if size > limit:
            raise StoreError(
                f"{size / 1_048_576:.1f} MB is larger than the {limit // 1_048_576} MB limit"
                + (" for one article" if limit == MAX_FILE_BYTES else "")
            )
        return p.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read ({exc.strerror})") from exc


def _decode(data: bytes) -> str:
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        raise StoreError(str(exc)) from exc


def _sidecar(p: Path) -> dict[str, Any]:
    sc = p.with_suffix(".json")
    if not sc.exists() or sc == p:
        return {}
    try:
        d = json.loads(_decode(_read_bytes(sc, MAX_FILE_BYTES)))
    except (json.JSONDecodeError, StoreError) as exc:
        raise StoreError(f"sidecar {sc.name}: not valid JSON ({exc})") from exc
    if not isinstance(d, dict):
        raise StoreError(f"sidecar {sc.name}: expected a JSON object")
    return {k: str(d[k]) for k in META_KEYS if d.get(k) not in (None, "")}


def read_file(p: Path) -> list[Doc]:
    """The articles in one file. Raises StoreError for a file that cannot be read at all."""
    ext = p.suffix.lower()
    if ext in RECORD_EXTS:
        return _read_records(p)
    text = _decode(_read_bytes(p, MAX_FILE_BYTES))
    meta: dict[str, Any] = {}
    if ext in (".html", ".htm") or (ext not in ARTICLE_EXTS and _looks_html(text)):
        text, title = html_to_text(text)
        if title:
            meta["title"] = title
    meta.update(_sidecar(p))
    if not text.strip():
        raise StoreError(
            "the file is empty" if ext not in (".html", ".htm") else "no text in the HTML"
        )
    return [Doc(str(p), text, meta)]


def _looks_html(text: str) -> bool:
    head = text[:1000].lower()
    return "<html" in head or "<!doctype html" in head


def _record(label: str, d: Any) -> Doc:
    if not isinstance(d, dict):
        return Doc(label, error="a record must be a JSON object")
    text = d.get("text")
    if not isinstance(text, str) or not text.strip():
        return Doc(label, error="the record has no text")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        return Doc(
            label,
            error=f"the text is larger than the {MAX_FILE_BYTES // 1_048_576} MB limit for one article",
        )
    from workbench.core.text import clean_newlines

    meta = {k: str(d[k]) for k in META_KEYS if d.get(k) not in (None, "")}
    return Doc(label, clean_newlines(text), meta)


def _read_records(p: Path) -> list[Doc]:
    raw = _decode(_read_bytes(p, MAX_RECORDS_BYTES))
    if not raw.strip():
        raise StoreError("the file is empty")
    if p.suffix.lower() == ".jsonl":
        docs = []
        for n, line in enumerate(raw.split("\n"), 1):
            if not line.strip():
                continue
            label = f"{p}:{n}"
            try:
                docs.append(_record(label, json.loads(line)))
            except json.JSONDecodeError as exc:
                docs.append(Doc(label, error=f"not valid JSON ({exc.msg})"))
        return docs
    try:
        d = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StoreError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if isinstance(d, list):
        return [_record(f"{p}[{i}]", x) for i, x in enumerate(d)]
    return [_record(str(p), d)]


# ------------------------------------------------------------------ HTML

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "head",
    "canvas",
    "math",
}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "blockquote", "header", "footer", "pre", "hr", "figure",
    "figcaption", "dd", "dt", "dl", "main", "aside", "nav", "address", "td", "th",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[str] = []
        self.cur: list[str] = []
        self.skip: list[str] = []
        self.in_title = False
        self.title: list[str] = []

    def flush(self) -> None:
        s = " ".join("".join(self.cur).split())
        if s:
            self.paras.append(s)
        self.cur = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in _SKIP and tag not in _VOID:
            self.skip.append(tag)
            return
        if tag in _BLOCK:
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.cur.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of an HTML page, one paragraph a line, and its <title>."""
    p = _Text()
    p.feed(html)
    p.close()
    p.flush()
    title = " ".join("".join(p.title).split()) or None
    return "\n".join(p.paras), title
