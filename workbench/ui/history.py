"""The corrections history of the article (the store's append-only log), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

COLUMNS = ("When", "Action", "Item", "What", "Who")


class HistoryPanel(QWidget):
    """Every correction saved for this article (or the whole corpus): it survives sessions."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.all_box = QCheckBox("Whole corpus", self)
        self.all_box.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.all_box)
        self.model = QStandardItemModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        ctx.bus.changed.connect(lambda *_: self.refresh())

    def show_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        if not self.all_box.isChecked() and self.article_id is None:
            return
        try:
            rows = self.ctx.store.history(None if self.all_box.isChecked() else self.article_id)
        except Exception:
            return
        for r in rows:
            cells = [
                (r.at or "")[:19].replace("T", " "),
                r.action or "",
                f"{r.table or ''} {r.item_id or ''}".strip(),
                r.description or "",
                r.user or "",
            ]
            items = [QStandardItem(c) for c in cells]
            for it in items:
                it.setEditable(False)
            self.model.appendRow(items)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
