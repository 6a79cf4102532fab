"""The corpus panel: articles with counts, FTS search with snippets, source/date filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QRegularExpressionValidator,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.style import tooltip_html

IdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class CorpusModel(QAbstractTableModel):
    """ArticleSummary rows, or SearchHit rows (then a snippet column replaces the counts)."""

    LIST_COLUMNS = ("Article", "Source", "Date", "Ent.", "Ev.", "Forces")
    SEARCH_COLUMNS = ("Article", "Source", "Date", "Snippet")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.search_mode = False

    def set_rows(self, rows: list[Any], search_mode: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.search_mode = search_mode
        self.endResetModel()

    @property
    def _columns(self) -> tuple[str, ...]:
        return self.SEARCH_COLUMNS if self.search_mode else self.LIST_COLUMNS

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section]
        return None

    @staticmethod
    def title_of(r: Any) -> str:
        title = getattr(r, "title", None) or getattr(r, "first_line", None) or ""
        return title or f"article {r.id}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == IdRole:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.title_of(r)
            if col == 1:
                return r.source or ""
            if col == 2:
                return r.published or ""
            if self.search_mode:
                return r.snippet if col == 3 else None
            return str((r.n_entities, r.n_events, r.n_forces)[col - 3])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.title_of(r)
            if self.search_mode:
                text += "\n" + r.snippet
            return tooltip_html(text)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and col in (0, 1, 3)
            and (col != 3 or self.search_mode)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a search snippet into (text, matched) parts; matches are wrapped in [ ]."""
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        i = rest.find("[")
        j = rest.find("]", i + 1) if i >= 0 else -1
        if i < 0 or j < 0:
            parts.append((rest, False))
            break
        if i:
            parts.append((rest[:i], False))
        parts.append((rest[i + 1 : j], True))
        rest = rest[j + 1 :]
    return parts


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet as plain text with the matched words in bold (no markup parsing)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or "[" not in text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        text_option = QTextOption()
        text_option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        text_option.setAlignment(Qt.AlignmentFlag.AlignRight)
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        doc.setDocumentMargin(2)
        cursor = QTextCursor(doc)
        bold = QTextCharFormat()
        bold.setFontWeight(700)
        bold.setBackground(QColor("#fff2a8"))
        plain = QTextCharFormat()
        for part, matched in snippet_parts(text):
            cursor.insertText(part, bold if matched else plain)
        doc.setTextWidth(opt.rect.width())
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        doc.drawContents(painter)
        painter.restore()


class CorpusPanel(QWidget):
    """Lists the corpus; emits ``articleSelected(id)`` and ``listed(ids)`` after each refresh."""

    articleSelected = Signal(int)
    listed = Signal(list)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("search the corpus (full text)…")
        self.search.setClearButtonEnabled(True)
        self.search.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.source = QComboBox(self)
        self.source.setMinimumContentsLength(10)
        row.addWidget(self.source, 2)
        date_re = QRegularExpressionValidator(QRegularExpression(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"))
        self.date_from = QLineEdit(self)
        self.date_from.setPlaceholderText("from YYYY-MM-DD")
        self.date_to = QLineEdit(self)
        self.date_to.setPlaceholderText("to YYYY-MM-DD")
        for w in (self.date_from, self.date_to):
            w.setValidator(date_re)
            row.addWidget(w, 1)
        layout.addLayout(row)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.model = CorpusModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(3, SnippetDelegate(self.view))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_from.editingFinished.connect(self.refresh)
        self.date_to.editingFinished.connect(self.refresh)
        ctx.bus.changed.connect(self._on_change)
        self._current_id: int | None = None
        self.reload_sources()

    def reload_sources(self) -> None:
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem("all sources", None)
        for s in self.ctx.store.sources():
            self.source.addItem(s, s)
        i = self.source.findData(current)
        self.source.setCurrentIndex(max(i, 0))
        self.source.blockSignals(False)

    def _on_change(self, change: Any, _initiator: Any) -> None:
        if getattr(change, "table", None) in (None, "articles") or getattr(
            change, "action", ""
        ) in ("refresh", "import"):
            self.reload_sources()
        self.refresh()

    def filters(self) -> dict[str, Any]:
        return {
            "source": self.source.currentData(),
            "date_from": self.date_from.text().strip() or None,
            "date_to": self.date_to.text().strip() or None,
        }

    def refresh(self) -> None:
        query = self.search.text().strip()
        try:
            if query:
                rows = self.ctx.store.search(query, **self.filters())
            else:
                rows = self.ctx.store.list_articles(**self.filters())
        except Exception as exc:
            self.count.setText(f"search failed: {exc}")
            return
        keep = self._current_id
        self.model.set_rows(rows, bool(query))
        self.count.setText(f"{len(rows)} {'hits' if query else 'articles'}")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        line = self.view.fontMetrics().height()
        if query:
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            for col, width in ((0, 70), (1, 70), (2, 80)):
                self.view.setColumnWidth(col, width)
            self.view.verticalHeader().setDefaultSectionSize(3 * line + 8)
        else:
            self.view.verticalHeader().setDefaultSectionSize(line + 8)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col, width in ((1, 95), (2, 80), (3, 36), (4, 36), (5, 44)):
                self.view.setColumnWidth(col, width)
        if keep is not None:
            self.select_id(keep, emit=False)
        self.listed.emit([r.id for r in rows])

    def ids(self) -> list[int]:
        return [r.id for r in self.model.rows]

    def select_id(self, article_id: int, emit: bool = True) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == article_id:
                if not emit:
                    self._current_id = article_id
                self.view.selectRow(i)
                self._current_id = article_id
                return

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            aid = current.data(IdRole)
            if aid is not None and aid != self._current_id:
                self._current_id = aid
                self.articleSelected.emit(aid)
