"""The change bus and the undoable store operations.

One signal carries ``(change, initiator)`` for every write: each view decides
how to refresh. :class:`StoreCommand` wraps a store write in a QUndoCommand:
the write runs before the push (so a refused write never reaches the stack),
``undo()`` calls ``store.revert`` and a later ``redo()`` calls ``store.reapply``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.store import StoreError


class ChangeBus(QObject):
    """``changed(change, initiator)``: something in the store changed.

    ``change`` is a store ``Change`` (with ``article_id``), or any object with an
    ``article_id`` attribute (``None`` = anything may have changed).
    ``error(title, message)`` asks the window to show a store error.
    ``status(message)`` is a line for the status bar.
    """

    changed = Signal(object, object)
    error = Signal(str, str)
    status = Signal(str)

    def notify(self, change: Any, initiator: Any = None) -> None:
        self.changed.emit(change, initiator)


class Refresh:
    """A change with no store Change behind it (import, re-extraction)."""

    def __init__(self, article_id: int | None = None, description: str = "") -> None:
        self.article_id = article_id
        self.description = description
        self.action = "refresh"


class StoreCommand(QUndoCommand):
    """An undoable store write; the Changes returned by the store are kept.

    Consecutive edits of one table cell (same ``merge_key``) merge into one
    command: undo reverts them newest first, redo reapplies them in order.
    """

    MERGE_ID = 4242

    def __init__(
        self, ctx: Context, change: Any, text: str, initiator: Any = None, merge_key: Any = None
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self.changes = [change]
        self._initiator = initiator
        self.merge_key = merge_key
        self._first = True

    @property
    def change(self) -> Any:
        return self.changes[-1]

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, StoreCommand) or other.merge_key != self.merge_key:
            return False
        self.changes.extend(other.changes)
        self.setText(other.text())
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            try:
                for change in self.changes:
                    self._ctx.store.reapply(change)
            except Exception as exc:  # StoreError and any store failure
                self.setObsolete(True)
                self._ctx.bus.error.emit("Redo failed", str(exc))
                return
            self._ctx.bus.status.emit(f"redone: {self.text()}")
        self._ctx.bus.notify(self.change, self._initiator)

    def undo(self) -> None:
        try:
            for change in reversed(self.changes):
                self._ctx.store.revert(change)
        except Exception as exc:
            self.setObsolete(True)
            self._ctx.bus.error.emit("Undo failed", str(exc))
            return
        self._ctx.bus.notify(self.change, self._initiator)
        self._ctx.bus.status.emit(f"undone: {self.text()}")


class Context:
    """What every view gets from the composition root: store, undo stack, bus."""

    def __init__(self, store: Any, stack: QUndoStack, bus: ChangeBus) -> None:
        self.store = store
        self.stack = stack
        self.bus = bus

    def run(
        self,
        op: Callable[[], Any],
        text: str | None = None,
        initiator: Any = None,
        merge_key: Any = None,
    ) -> Any | None:
        """Run a store write, push it on the undo stack, notify; errors go to the bus.

        ``merge_key`` (e.g. the table cell) merges consecutive edits into one undo step.
        """
        try:
            change = op()
        except StoreError as exc:
            self.bus.error.emit("The change was not saved", str(exc))
            return None
        except Exception as exc:  # a bug, not bad input: say so, and keep the traceback
            traceback.print_exc()
            self.bus.error.emit("The change was not saved", f"{type(exc).__name__}: {exc}")
            return None
        label = text or getattr(change, "description", "") or "edit"
        self.stack.push(StoreCommand(self, change, label, initiator, merge_key))
        self.bus.status.emit(label)
        return change
