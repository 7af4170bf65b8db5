"""The idle warning: covers the screen, shows the seconds left; any touch keeps the session.

It is a child widget, not a dialog, so nothing can escape to the desktop through it.

Signals:
    continue_tapped()
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.locale_format import number
from kiosk.ui.theme import Metrics


class CountdownOverlay(QWidget):
    continue_tapped = Signal()

    def __init__(self, metrics: Metrics, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("CountdownOverlay")
        self.setAttribute(Qt.WA_StyledBackground)
        self._seconds = 0
        panel = QWidget(self)
        panel.setObjectName("CountdownPanel")
        panel.setAttribute(Qt.WA_StyledBackground)
        self._panel = panel
        panel.installEventFilter(self)
        self._panel_width = metrics.mm(170)
        self.question = QLabel(alignment=Qt.AlignCenter, wordWrap=True)
        # A big number reads at a glance, in any script, by people who read little.
        self.seconds_label = QLabel(alignment=Qt.AlignCenter)
        self.seconds_label.setProperty("role", "countdown")
        self.explanation = QLabel(alignment=Qt.AlignCenter, wordWrap=True)
        self.explanation.setProperty("role", "note")
        self.continue_button = QPushButton()
        self.continue_button.setProperty("role", "language")
        self.continue_button.setFocusPolicy(Qt.NoFocus)
        self.continue_button.clicked.connect(self.continue_tapped)
        inner = QVBoxLayout(panel)
        pad = metrics.mm(8)
        inner.setContentsMargins(pad, pad, pad, pad)
        inner.setSpacing(metrics.mm(5))
        inner.addWidget(self.question)
        inner.addWidget(self.seconds_label)
        inner.addWidget(self.explanation)
        inner.addWidget(self.continue_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate_ui()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._panel.setFixedWidth(min(self._panel_width, event.size().width() - 40))
        super().resizeEvent(event)
        self._fit_panel_height()

    def _fit_panel_height(self) -> None:
        """The wrapped lines need this height at the panel's width (larger text: more lines);
        a centred panel would otherwise get the height of its unwrapped size hint."""
        layout = self._panel.layout()
        if layout is not None and self._panel.width() > 0:
            self._panel.setMinimumHeight(layout.totalHeightForWidth(self._panel.width()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self._panel and event.type() == QEvent.LayoutRequest:
            self._fit_panel_height()  # a label grew (text size, language)
        return False

    def show_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self._update_seconds()
        self.setGeometry(self.parentWidget().rect())
        self._panel.setFixedWidth(min(self._panel_width, self.width() - 40))
        self.raise_()
        self.show()

    def _update_seconds(self) -> None:
        # The visitor's locale (the session sets the default), Western digits in every
        # language (kiosk.ui.locale_format.WESTERN_DIGITS).
        self.seconds_label.setText(number(self._seconds))

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.explanation.setText(
            self.tr("When the count reaches zero, the screen is cleared for the next person.")
        )
        self.continue_button.setText(self.tr("Yes, continue"))
        self.continue_button.setAccessibleDescription(
            self.tr("Keeps what you are looking at; the screen is not cleared"))
        self._update_seconds()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
