"""Fixtures: a main window over a fresh database in tmp_path (with the sample seeded)."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from workbench.store import open_store
from workbench.ui.bus import ChangeBus, Context
from workbench.ui.main_window import MainWindow


@pytest.fixture
def ctx(tmp_path):
    store = open_store(tmp_path / "t.db")
    context = Context(store, QUndoStack(), ChangeBus())
    yield context
    context.store.close()


@pytest.fixture
def window(qtbot, ctx, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ctx, settings, restore=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win
