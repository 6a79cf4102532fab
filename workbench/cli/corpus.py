"""Corpus subcommands over the store: import, search, list, show, export, reextract.

Every subcommand takes ``--db PATH`` (default: ``$WORKBENCH_DB`` or the user
data folder, see ``workbench.store.default_db_path``).
"""

from __future__ import annotations

import signal
import sys
import threading

from workbench.cli import UserError
from workbench.cli.extract import render_table
from workbench.cli.shape import shape


def _db_arg(p) -> None:
    p.add_argument("--db", metavar="PATH", help="the database file (default: user data folder)")


def register(sub) -> None:
    p = sub.add_parser("import", help="import article files and folders into the database")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .json, .jsonl or folders")
    p.add_argument("--published", help="publication date YYYY-MM-DD (overrides sidecars/records)")
    p.add_argument("--source", help="publishing outlet (overrides sidecars/records)")
    p.add_argument("--title", help="title (overrides sidecars/records)")
    _db_arg(p)
    p.set_defaults(func=run_import)

    p = sub.add_parser("search", help="full-text search (spelling variants folded)")
    p.add_argument("query", nargs="+")
    p.add_argument("--source")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--no-shape", action="store_true", help="do not reshape Arabic")
    _db_arg(p)
    p.set_defaults(func=run_search)

    p = sub.add_parser("list", help="list the articles in the database")
    p.add_argument("--source")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--no-shape", action="store_true", help="do not reshape Arabic")
    _db_arg(p)
    p.set_defaults(func=run_list)

    p = sub.add_parser("show", help="show one article and its (corrected) extraction")
    p.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    p.add_argument("--no-shape", action="store_true", help="do not reshape Arabic")
    p.add_argument("--no-text", action="store_true", help="do not print the article text")
    _db_arg(p)
    p.set_defaults(func=run_show)

    p = sub.add_parser("export", help="export extractions (json, csv, acled, geojson, timesketch)")
    p.add_argument(
        "--format", required=True, choices=("json", "csv", "acled", "geojson", "timesketch")
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="output file (.jsonl for JSON lines; csv: prefix or folder for three files)",
    )
    p.add_argument("--article", type=int, metavar="ID", help="only this article")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    _db_arg(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser(
        "reextract", help="run the extractor again, keeping the analyst's corrections"
    )
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("article_id", nargs="?", type=int, metavar="ARTICLE_ID")
    g.add_argument("--all", action="store_true", help="every article")
    _db_arg(p)
    p.set_defaults(func=run_reextract)


def _open(args):
    from workbench.store import StoreError, open_store

    try:
        return open_store(args.db)
    except StoreError as exc:
        raise UserError(str(exc)) from exc


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.shown = False

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total < 2:
            return
        width = 30
        fill = width * done // max(1, total)
        name = path[-40:]
        self.stream.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {done}/{total} {name:<40}")
        self.stream.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 90 + "\r")
            self.stream.flush()


def run_import(args) -> int:
    from workbench.core.extract import BadDate, parse_published
    from workbench.store import StoreError

    try:
        parse_published(args.published)
    except BadDate as exc:
        raise UserError(str(exc)) from exc
    store = _open(args)
    bar = _Progress()
    # first Ctrl+C: finish the current article and stop; a second one interrupts at once
    interrupts = [0]

    def on_sigint(signum, frame) -> None:
        interrupts[0] += 1
        if interrupts[0] > 1:
            raise KeyboardInterrupt

    old_handler = None
    if threading.current_thread() is threading.main_thread():
        old_handler = signal.signal(signal.SIGINT, on_sigint)
    try:
        report = store.import_paths(
            args.paths,
            title=args.title,
            source=args.source,
            published=args.published,
            progress=bar,
            cancelled=lambda: interrupts[0] > 0,
        )
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        if old_handler is not None:
            signal.signal(signal.SIGINT, old_handler)
        bar.end()
        store.close()
    if report.cancelled:
        print(
            "interrupted: what is listed below was imported; run again to finish", file=sys.stderr
        )
    for label in report.duplicates:
        print(f"duplicate (already in the database): {label}", file=sys.stderr)
    for label, reason in report.failed:
        print(f"failed: {label}: {reason}", file=sys.stderr)
    for label, reason in report.warnings:
        print(f"warning: {label}: {reason}", file=sys.stderr)
    n_dup = len(report.duplicates)
    print(
        f"imported {len(report.imported)}, skipped {n_dup} duplicate{'s' if n_dup != 1 else ''},"
        f" {len(report.failed)} failed"
    )
    return 1 if report.failed and not report.imported else 0


def run_search(args) -> int:
    from workbench.store import StoreError

    store = _open(args)
    try:
        hits = store.search(
            " ".join(args.query),
            source=args.source,
            date_from=args.date_from,
            date_to=args.date_to,
            limit=args.limit,
        )
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()
    sh = not args.no_shape
    for h in hits:
        head = f"#{h.id}  {h.published or '----------'}  {shape(h.source or '', sh)}"
        if h.title:
            head += f"  {shape(h.title, sh)}"
        print(head)
        print(f"    {shape(h.snippet, sh)}")
    print(f"{len(hits)} result{'s' if len(hits) != 1 else ''}", file=sys.stderr)
    return 0 if hits else 1


def run_list(args) -> int:
    from workbench.store import StoreError

    store = _open(args)
    try:
        rows = store.list_articles(args.source, args.date_from, args.date_to)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()
    sh = not args.no_shape
    print(f"{'id':>5}  {'published':<10}  {'ent':>4} {'evt':>4} {'frc':>4}  source / title")
    for r in rows:
        label = r.title or r.first_line
        label = label if len(label) <= 60 else label[:59] + "…"
        src = (r.source or "")[:20]
        print(
            f"{r.id:>5}  {r.published or '-':<10}  {r.n_entities:>4} {r.n_events:>4} {r.n_forces:>4}"
            f"  {shape(src, sh)} | {shape(label, sh)}"
        )
    return 0


def run_show(args) -> int:
    from workbench.store import StoreError

    store = _open(args)
    try:
        art = store.get_article(args.article_id)
        doc = store.get_extraction(args.article_id)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()
    sh = not args.no_shape
    print(f"article {art.id}: {shape(art.title or '', sh)}")
    print(f"  source: {shape(art.source or '', sh)}  published: {art.published or '-'}")
    if art.url:
        print(f"  url: {art.url}")
    print(
        f"  sha256: {art.sha256}  imported: {art.imported_at}  extractor: {art.extractor_version}"
    )
    if not args.no_text:
        print()
        print(shape(art.text, sh))
        print()
    sys.stdout.write(render_table(doc, shaped=sh))
    return 0


def run_export(args) -> int:
    from workbench.store import StoreError
    from workbench.store.export import export

    store = _open(args)
    try:
        n = export(store, args.format, args.out, article_id=args.article, overwrite=args.force)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()
    print(f"wrote {n} record{'s' if n != 1 else ''} ({args.format}) to {args.out}", file=sys.stderr)
    return 0


def run_reextract(args) -> int:
    from workbench.store import StoreError

    store = _open(args)
    try:
        ids = store.article_ids() if args.all else [args.article_id]
        bar = _Progress()
        for i, aid in enumerate(ids):
            bar(i, len(ids), f"article {aid}")
            rep = store.reextract(aid)
            if not args.all:
                print(rep.summary())
        bar.end()
        if args.all:
            print(f"re-extracted {len(ids)} article{'s' if len(ids) != 1 else ''}")
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    finally:
        store.close()
    return 0
