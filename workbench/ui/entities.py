"""The entities panel: mentions grouped by canonical entity, with counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import ENTITY_TYPES, Extraction
from workbench.ui.style import color

SpansRole = Qt.ItemDataRole.UserRole + 1


def build_entity_model(model: QStandardItemModel, extraction: Extraction | None) -> None:
    """Fill ``model``: type > canonical entity (count) > mentions (text, offset)."""
    model.clear()
    model.setHorizontalHeaderLabels(["Entity", "Mentions"])
    if extraction is None:
        return
    groups: dict[str, dict[str, list[Any]]] = {t: {} for t in ENTITY_TYPES}
    for e in extraction.entities:
        key = e.canonical or e.text
        groups.setdefault(e.type, {}).setdefault(key, []).append(e)
    root = model.invisibleRootItem()
    for etype, entities in groups.items():
        if not entities:
            continue
        n = sum(len(v) for v in entities.values())
        type_item = QStandardItem(etype)
        type_item.setBackground(QBrush(color(etype)))
        type_item.setEditable(False)
        all_spans = []
        for key in sorted(entities, key=lambda k: (-len(entities[k]), k)):
            mentions = sorted(entities[key], key=lambda e: e.start)
            spans = [(e.start, e.end) for e in mentions]
            all_spans += spans
            names = sorted({m.text for m in mentions})
            label = key if key in names else f"{key} — {' / '.join(names[:3])}"
            ent_item = QStandardItem(label)
            ent_item.setEditable(False)
            ent_item.setData(spans, SpansRole)
            ent_item.setToolTip(", ".join(names))
            count = QStandardItem(str(len(mentions)))
            count.setEditable(False)
            count.setData(spans, SpansRole)
            for m in mentions:
                child = QStandardItem(m.text)
                child.setEditable(False)
                child.setData([(m.start, m.end)], SpansRole)
                where = QStandardItem(f"@{m.start} {m.origin}")
                where.setEditable(False)
                where.setData([(m.start, m.end)], SpansRole)
                ent_item.appendRow([child, where])
            type_item.appendRow([ent_item, count])
        type_item.setData(sorted(all_spans), SpansRole)
        type_count = QStandardItem(str(n))
        type_count.setEditable(False)
        type_count.setData(sorted(all_spans), SpansRole)
        root.appendRow([type_item, type_count])


class EntitiesPanel(QWidget):
    """A tree of entities; clicking one asks the article view to select its mentions."""

    spansSelected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("find entity…")
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._clicked)
        layout.addWidget(self.tree, 1)

    def set_extraction(self, extraction: Extraction | None) -> None:
        """Rebuild the tree; groups the analyst opened or closed stay so."""
        root = self.model.invisibleRootItem()
        had_tree = root.rowCount() > 0
        expanded = set()
        for i in range(root.rowCount()):
            type_item = root.child(i)
            if self.tree.isExpanded(type_item.index()):
                expanded.add(type_item.text())
            for j in range(type_item.rowCount()):
                ent = type_item.child(j)
                if self.tree.isExpanded(ent.index()):
                    expanded.add((type_item.text(), ent.text()))
        build_entity_model(self.model, extraction)
        root = self.model.invisibleRootItem()
        for i in range(root.rowCount()):
            type_item = root.child(i)
            if not had_tree or type_item.text() in expanded:
                self.tree.expand(type_item.index())
            for j in range(type_item.rowCount()):
                ent = type_item.child(j)
                if (type_item.text(), ent.text()) in expanded:
                    self.tree.expand(ent.index())
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._filter(self.filter.text())

    def _clicked(self, index: Any) -> None:
        spans = index.data(SpansRole)
        if spans:
            self.spansSelected.emit(list(spans))

    def _filter(self, text: str) -> None:
        text = text.strip().lower()
        root = self.model.invisibleRootItem()
        for i in range(root.rowCount()):
            type_item = root.child(i)
            for j in range(type_item.rowCount()):
                ent = type_item.child(j)
                hide = (
                    bool(text)
                    and text not in ent.text().lower()
                    and not any(text in ent.child(k).text().lower() for k in range(ent.rowCount()))
                )
                self.tree.setRowHidden(j, type_item.index(), hide)
