"""The PySide6 desktop workbench (Qt only: models, views, widgets, undo commands).

- ``app``: composition root (``python main.py``): store, QUndoStack, change bus, window.
- ``bus``: the change bus and ``StoreCommand`` (store write -> QUndoCommand).
- ``main_window``: docks, menus, import (``importer``), export, settings.
- ``article_view``: the RTL article with highlights; ``offsets``: code points <-> UTF-16.
- ``corpus``, ``entities``, ``timeline``, ``tables`` (forces, events), ``history``.

Importing this package first guards against a shiboken6 defect seen with
PySide6 6.12.0 on CPython 3.11: a C++ method returning ``void`` hands back
``None`` without taking a reference, so every such call (``setText``,
``setPen``, ``update`` ...) drops one reference to ``None`` and the process
aborts with "none_dealloc: deallocating None" after a few thousand calls.
:func:`guard_none_refcount` detects the defect with one call and, only if it
is present, gives ``None`` a reserve of references (CPython 3.12+ makes
``None`` immortal, so nothing is done there).
"""

from __future__ import annotations

import sys

_RESERVE = 1 << 40  # void calls the reserve covers; far beyond any session


def guard_none_refcount() -> bool:
    """Return True when the defect was found and ``None`` got its reserve."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtGui import QPen

    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(10):
        pen.setCosmetic(True)
    if sys.getrefcount(None) >= before:
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True


NONE_GUARDED = guard_none_refcount()
