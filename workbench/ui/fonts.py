"""Register the bundled Noto Sans Arabic font with Qt (no system font needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

ARTICLE_POINT_SIZE = 15
_family: str | None = None


def _font_files() -> list[Path]:
    try:
        import fontpkg_noto_sans_arabic as pkg
    except ImportError:  # pragma: no cover - declared dependency
        return []
    return sorted(Path(pkg.ROOT).glob("files/*.ttf"))


def arabic_family() -> str:
    """Register the font files once and return the family name to use."""
    global _family
    if _family is None:
        family = "Noto Sans Arabic"
        for path in _font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families = QFontDatabase.applicationFontFamilies(font_id)
                if families:
                    family = families[0]
        _family = family
    return _family


def article_font(point_size: int = ARTICLE_POINT_SIZE) -> QFont:
    font = QFont(arabic_family())
    font.setPointSize(point_size)
    return font
