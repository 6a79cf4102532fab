"""Corpus subcommands over the store (import, search, list, show, export, reextract)."""

from __future__ import annotations


def register(sub) -> None:
    """Add the store's subcommands (filled in by the store work)."""
