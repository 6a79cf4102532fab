"""`workbench extract FILE`: run the extractor on one file, print JSON or a table."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from workbench.cli import UserError
from workbench.cli.shape import shape
from workbench.core.extract import BadDate, extract, parse_published
from workbench.core.model import Article, Extraction
from workbench.core.text import DecodeError, decode_bytes

MAX_BYTES = 50 * 1024 * 1024


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract entities, times, events and forces from a file")
    p.add_argument("file", help="article text file (UTF-8, UTF-16 or cp1256)")
    p.add_argument("--published", help="publication date YYYY-MM-DD (resolves relative times)")
    p.add_argument("--title")
    p.add_argument("--source", help="publishing outlet")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.add_argument(
        "--no-shape", action="store_true", help="do not reshape Arabic (terminal shapes)"
    )
    p.set_defaults(func=run)


def read_article_file(path: str) -> str:
    """Read and decode an article file, raising UserError with one clear line."""
    p = Path(path)
    if not p.exists():
        raise UserError(f"{path}: no such file")
    if p.is_dir():
        raise UserError(f"{path}: is a folder, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise UserError(f"{path}: {size // 1_048_576} MB is larger than the 50 MB limit")
        data = p.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        raise UserError(f"{path}: {exc}") from exc
    if not text.strip():
        raise UserError(f"{path}: the file is empty")
    return text


def run(args) -> int:
    try:
        parse_published(args.published)
    except BadDate as exc:
        raise UserError(str(exc)) from exc
    text = read_article_file(args.file)
    doc = extract(Article(text, title=args.title, published=args.published, source=args.source))
    if args.format == "json":
        json.dump(doc.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_table(doc, shaped=not args.no_shape))
    return 0


def _cut(s: str | None, n: int) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def render_table(doc: Extraction, shaped: bool = True) -> str:
    """A readable terminal view of an extraction, Arabic shaped unless ``shaped`` is False."""
    sh = lambda s: shape(s or "", shaped)  # noqa: E731
    text = doc.article.text
    ents = {e.id: e for e in doc.entities}
    lines = [f"== entities ({len(doc.entities)})"]
    for e in doc.entities:
        extra = ""
        if e.type == "QUANTITY":
            extra = f" value={e.value} approx={e.approx} unit={e.unit}"
        lines.append(
            f"  {e.id:>4} {e.type:<9} {e.start:>5}-{e.end:<5} {sh(e.text)}"
            f"  [{e.canonical or ''}]{extra}"
        )
    lines.append(f"== times ({len(doc.times)})")
    for t in doc.times:
        lines.append(
            f"  {t.id:>4} {t.start:>5}-{t.end:<5} {sh(t.text)}  -> {t.value} ({t.precision}"
            + (f", {t.part}" if t.part else "")
            + (f", {t.relation}" if t.relation else "")
            + ")"
        )
    lines.append(f"== events ({len(doc.events)})")
    for ev in doc.events:
        loc = ents[ev.location].text if ev.location in ents else ""
        lines.append(
            f"  {ev.id:>4} {ev.type:<10} {sh(ev.trigger.text)}  {ev.modality}"
            f"  actors={','.join(ev.actors)} targets={','.join(ev.targets)}"
            f"  at={sh(loc)} time={ev.time or ''}"
            + (f"  by={sh(ev.attribution)}" if ev.attribution else "")
        )
    lines.append(f"== forces ({len(doc.forces)})")
    for f in doc.forces:
        strength = ""
        if f.strength:
            strength = f"{'~' if f.strength.get('approx') else ''}{f.strength.get('value')} {f.strength.get('unit')}"
        loc = (f.location or {}).get("text")
        as_of = (f.as_of or {}).get("value")
        ev = text[f.evidence["start"] : f.evidence["end"]]
        lines.append(
            f"  {f.id:>4} {f.actor:<8} {f.status:<10} {strength:<14} at={sh(loc)} as_of={as_of}"
            + (f" source={sh(f.source)}" if f.source else "")
        )
        lines.append(f"        {sh(_cut(ev, 70))}")
    return "\n".join(lines) + "\n"
