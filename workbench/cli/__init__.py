"""The command line: `workbench SUBCOMMAND ...` over core and store.

Each subcommand module exposes ``register(subparsers)``; errors a user can
cause are reported as one line on stderr with a non-zero exit, no traceback.
"""

from __future__ import annotations

import argparse
import sys

from workbench import __version__


class UserError(Exception):
    """An error caused by input: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    from workbench.cli import corpus, extract

    parser = argparse.ArgumentParser(
        prog="workbench", description="Offline workbench for Arabic conflict news."
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract.register(sub)
    corpus.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
