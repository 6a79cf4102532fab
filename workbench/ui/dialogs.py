"""Small modal dialogs: canonical entity with completion, time value, new force row/event."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from workbench.core.model import EVENT_TYPES, FORCE_STATUSES, MODALITIES, PRECISIONS

PARTS = ("", "morning", "noon", "evening", "night")


def known_canonicals(store: Any, type_: str | None = None) -> list[str]:
    """Canonical ids known to the store (for completion), most frequent first."""
    try:
        known = store.known_entities(type_)
    except Exception:
        return []
    seen: dict[str, int] = {}
    for k in known:
        if k.canonical:
            seen[k.canonical] = seen.get(k.canonical, 0) + (k.count or 0)
    return sorted(seen, key=lambda c: (-seen[c], c))


def _dialog(parent: QWidget, title: str) -> tuple[QDialog, QFormLayout]:
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    form = QFormLayout(dlg)
    return dlg, form


def _buttons(dlg: QDialog, form: QFormLayout) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dlg
    )
    box.accepted.connect(dlg.accept)
    box.rejected.connect(dlg.reject)
    form.addRow(box)


def canonical_edit(parent: QWidget, store: Any, type_: str | None) -> QLineEdit:
    edit = QLineEdit(parent)
    completer = QCompleter(known_canonicals(store, type_), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


def ask_canonical(
    parent: QWidget, store: Any, type_: str | None, current: str | None, title: str
) -> str | None:
    """The canonical id typed (with completion); "" clears it; None when cancelled."""
    dlg, form = _dialog(parent, title)
    edit = canonical_edit(dlg, store, type_)
    edit.setText(current or "")
    form.addRow("Canonical id:", edit)
    _buttons(dlg, form)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.text().strip()


def ask_time(
    parent: QWidget, value: str | None, precision: str, part: str | None
) -> tuple[str | None, str, str | None] | None:
    dlg, form = _dialog(parent, "Time value")
    value_edit = QLineEdit(value or "", dlg)
    value_edit.setPlaceholderText("2019-12-05, 2019-12, 2019-12-04/2019-12-06")
    value_edit.setValidator(
        QRegularExpressionValidator(
            QRegularExpression(r"^$|^\d{4}(-\d{2}(-\d{2})?)?(/(\d{4}(-\d{2}(-\d{2})?)?)?)?$"),
            dlg,
        )
    )
    prec = QComboBox(dlg)
    prec.addItems(list(PRECISIONS))
    prec.setCurrentText(precision or "day")
    part_box = QComboBox(dlg)
    part_box.addItems(list(PARTS))
    part_box.setCurrentText(part or "")
    form.addRow("Value (ISO):", value_edit)
    form.addRow("Precision:", prec)
    form.addRow("Part of day:", part_box)
    _buttons(dlg, form)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return value_edit.text().strip() or None, prec.currentText(), part_box.currentText() or None


def ask_force(parent: QWidget, store: Any) -> dict[str, Any] | None:
    dlg, form = _dialog(parent, "New force row")
    actor = canonical_edit(dlg, store, "ACTOR")
    status = QComboBox(dlg)
    status.addItems(list(FORCE_STATUSES))
    location = QLineEdit(dlg)
    assets = QLineEdit(dlg)
    source = QLineEdit(dlg)
    form.addRow("Actor:", actor)
    form.addRow("Status:", status)
    form.addRow("Location:", location)
    form.addRow("Assets:", assets)
    form.addRow("Source:", source)
    _buttons(dlg, form)
    if dlg.exec() != QDialog.DialogCode.Accepted or not actor.text().strip():
        return None
    loc = location.text().strip()
    return {
        "actor": actor.text().strip(),
        "status": status.currentText(),
        "location": {"text": loc, "canonical": None} if loc else None,
        "assets": assets.text().strip() or None,
        "source": source.text().strip() or None,
        "strength": None,
        "as_of": None,
        "events": [],
    }


def ask_event(parent: QWidget) -> dict[str, Any] | None:
    dlg, form = _dialog(parent, "New event")
    type_box = QComboBox(dlg)
    type_box.addItems(list(EVENT_TYPES))
    modality = QComboBox(dlg)
    modality.addItems(list(MODALITIES))
    form.addRow("Type:", type_box)
    form.addRow("Modality:", modality)
    _buttons(dlg, form)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return {
        "type": type_box.currentText(),
        "modality": modality.currentText(),
        "time": None,
        "actors": [],
        "targets": [],
        "location": None,
        "weapons": [],
        "quantities": [],
        "attribution": None,
    }
