"""The visitor's display choices (text size, high contrast), applied as a stylesheet.

Restyling every widget of the application costs a few hundred milliseconds on a kiosk's
processor, so a change restyles only what is on the glass (the bars and the current screen);
every other screen catches up when it is next shown (`style_widget`), before it is painted.

Signals:
    changed(): the stylesheet was re-applied with new choices.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.ui.theme import (COLOURS, HIGH_CONTRAST_COLOURS, TEXT_SCALE_PROPERTY, TEXT_SCALES, Metrics,
                            stylesheet)


def accessibility_stylesheet(base: Metrics, c: dict) -> str:
    """Rules for the accessibility controls, appended after the theme's stylesheet."""
    border = 3 if c is HIGH_CONTRAST_COLOURS else 2
    return f"""
    QPushButton {{ border-width: {border}px; }}
    QPushButton:pressed {{ background: {c['pressed']}; color: {c['pressed_text']}; }}
    QPushButton[role="primary"]:pressed {{ background: {c['primary_pressed']}; color: {c['on_primary']}; }}
    QPushButton[role="emergency"]:pressed {{ background: {c['emergency_pressed']}; color: {c['on_primary']}; }}
    QPushButton:disabled, QPushButton[role="primary"]:disabled {{
        background: {c['surface']}; color: {c['muted']}; border-color: {c['muted']};
    }}
    QWidget#NavBar QPushButton {{ font-size: {base.body_px}px; }}
    QPushButton[role="quick-exit"] {{
        background: {c['text']}; color: {c['on_primary']}; border-color: {c['text']};
        min-height: {base.primary_target}px; min-width: {base.primary_target}px; font-weight: bold;
    }}
    QPushButton[role="quick-exit"]:pressed {{ background: {c['primary_pressed']}; color: {c['on_primary']}; }}
    QWidget#DisplayPanel {{ background: {c['surface']}; border-bottom: 2px solid {c['border']}; }}
    QWidget#DisplayPanel QLabel {{ font-size: {base.body_px}px; }}
    QPushButton[role="choice"] {{
        min-height: {base.primary_target}px; min-width: {base.primary_target}px;
        font-size: {base.body_px}px;
    }}
    QPushButton[role="choice"][selected="true"] {{
        background: {c['primary']}; color: {c['on_primary']}; border-color: {c['primary']};
        font-weight: bold;
    }}
    QProgressBar {{ border: 2px solid {c['border']}; border-radius: {base.mm(1)}px;
                    background: {c['surface']}; }}
    QProgressBar::chunk {{ background: {c['primary']}; }}
    """


class DisplaySettings(QObject):
    changed = Signal()

    def __init__(self, metrics: Metrics, on_glass=lambda: [], parent: QObject | None = None,
                 palette=None):
        super().__init__(parent)
        self._palette = palette  # kiosk.ui.palette.Palette: told of every change
        self._on_glass = on_glass  # the widgets to restyle at once when a choice changes
        self.base = dataclasses.replace(metrics, text_scale=1.0)
        self.text_level = 0
        self.high_contrast = False
        self.version = 0  # bumped by every change; a widget styled for an older one is stale
        self._sheet = ""  # what widgets on the glass are given (see apply)
        self._chrome: list = []
        self._chrome_contrast = False

    @property
    def is_default(self) -> bool:
        return not self.text_level and not self.high_contrast

    @property
    def colours(self) -> dict:
        return HIGH_CONTRAST_COLOURS if self.high_contrast else COLOURS

    @property
    def metrics(self) -> Metrics:
        return dataclasses.replace(self.base, text_scale=TEXT_SCALES[self.text_level])

    def stylesheet(self) -> str:
        return stylesheet(self.metrics, self.colours) + accessibility_stylesheet(self.base, self.colours)

    def set_text_level(self, level: int) -> None:
        level = max(0, min(len(TEXT_SCALES) - 1, level))
        if level != self.text_level:
            self.text_level = level
            self.apply()

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            self.apply()

    def reset(self) -> None:
        """Defaults for the next visitor."""
        if self.text_level or self.high_contrast:
            self.text_level, self.high_contrast = 0, False
            self.apply()

    def install_default(self, chrome, content) -> None:
        """At start (before content fills the screens, so it is cheap), the accessibility
        rules on top of the application's theme, on the bars and on every screen.

        The bars (`chrome`) keep one type size, so only a contrast change restyles them."""
        self._chrome = list(chrome)
        self._chrome_contrast = False
        self._sheet = accessibility_stylesheet(self.base, COLOURS)
        app = QCoreApplication.instance()
        if self._sheet in (app.styleSheet() if hasattr(app, "styleSheet") else ""):
            return  # the application carries these rules from its first frame: restyling
            # the screens again after the first paint would only make them move
        for widget in self._chrome + list(content):
            widget.setStyleSheet(self._sheet)

    def apply(self) -> None:
        self.version += 1
        QCoreApplication.instance().setProperty(TEXT_SCALE_PROPERTY, TEXT_SCALES[self.text_level])
        if self.is_default:  # the application's theme, plus the rules for these controls
            self._sheet = accessibility_stylesheet(self.base, COLOURS)
        else:
            self._sheet = self.stylesheet()
        if self._chrome_contrast != self.high_contrast:
            self._chrome_contrast = self.high_contrast
            chrome_sheet = (stylesheet(self.base, self.colours) if self.high_contrast else "")
            chrome_sheet += accessibility_stylesheet(self.base, self.colours)
            for widget in self._chrome:
                widget.setStyleSheet(chrome_sheet)
        if self._palette is not None:
            self._palette.set(self.colours, self.metrics)
        for widget in self._on_glass():
            self.style_widget(widget)
        self.changed.emit()

    def style_widget(self, widget) -> None:
        """Bring `widget` and its children up to the current choices, if they are not yet."""
        if (widget.property("display_version") or 0) != self.version:
            widget.setStyleSheet(self._sheet)
            widget.setProperty("display_version", self.version)
