"""Wires the accessibility features into the kiosk window: read aloud on topic and office
pages, the display panel (text size, contrast), and the quick exit.

Built once by the composition root; everything here lives and dies with the window.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.ui import navigation as nav
from kiosk.ui.display import DisplaySettings
from kiosk.ui.read_aloud import SPEAKING, ReadAloud
from kiosk.ui.session import EndReason
from kiosk.ui.widgets.display_panel import DisplayPanel
from kiosk.ui.widgets.read_aloud_control import ReadAloudControl

SENTENCE_ENDS = (".", "!", "?", ":", "…", "։", "؟", "。")


def _sentence(text: str) -> str:
    """A pause after every title and list item, so the voice does not run them together."""
    text = text.strip()
    return text if not text or text.endswith(SENTENCE_ENDS) else text + "."


def topic_speech(page) -> tuple[str, str]:
    """(text, language) of a topic page, as it reads on screen."""
    parts = [page.card.title, page.card.summary]
    for block in page.blocks:
        parts.extend(block.items or (block.text,))
    return "\n".join(_sentence(p) for p in parts if p), page.card.language


def office_speech(screen) -> tuple[str, str]:
    """(text, language) of an office page: name, city, the known details or the notice."""
    detail = screen.detail  # the record the screen shows (set by OfficeScreen.fill)
    parts = [detail.card.name, detail.card.city]
    labelled = [("Address", detail.address), ("Phone", detail.phone), ("E-mail", detail.email),
                ("Website", detail.website), ("Opening hours", detail.hours)]
    # The row names as the office screen shows them (its own translations).
    known = [f"{QCoreApplication.translate('OfficeScreen', name)}: {value}"
             for name, value in labelled if value]
    parts.extend(known or [screen.no_details.text()])
    parts.append(screen.emergency_note.text())
    return "\n".join(_sentence(p) for p in parts if p), detail.language


class Accessibility(QObject):
    """Puts the display panel under the nav bar and a read-aloud control on the topic and
    office pages; keeps the voice and the display choices to the visit."""

    def __init__(self, window, display: DisplaySettings, speech: ReadAloud):
        super().__init__(window)
        self.window = window
        self.display = display
        self.speech = speech
        self.panel = DisplayPanel(self.display)
        window.centralWidget().layout().insertWidget(1, self.panel)  # under the nav bar
        self.controls: dict[str, ReadAloudControl] = {}
        readers = {nav.TOPIC: self.topic_text, nav.OFFICE: self.office_text}
        for name, reader in readers.items():
            control = ReadAloudControl(self.speech, window.context.metrics)
            control.start_requested.connect(lambda r=reader: self._read(r))
            window.screens[name].add_action(control)
            self.controls[name] = control
        self.display.install_default([window.nav_bar, self.panel],
                                     [*window.screens.values(), window.countdown])
        bar = window.nav_bar
        bar.display_tapped.connect(lambda: self.panel.setVisible(not self.panel.isVisible()))
        bar.quick_exit_tapped.connect(self.quick_exit)
        window.navigator.location_changed.connect(self._moved)
        window.context.session.language_changed.connect(lambda _lang: self.speech.stop())
        window.context.session.ended.connect(self._visit_ended)
        # Someone listening does not touch the screen: while the voice advances, they are there.
        self.speech.progress_changed.connect(lambda _percent: self._listening())
        self.speech.state_changed.connect(lambda _state: self._listening())
        window.idle.countdown_started.connect(
            lambda _seconds: self.display.style_widget(window.countdown))  # before it is painted

    def _listening(self) -> None:
        if self.speech.state == SPEAKING:
            self.window.idle.poke()

    def topic_text(self) -> tuple[str, str]:
        return topic_speech(self.window.screens[nav.TOPIC].page)

    def office_text(self) -> tuple[str, str]:
        return office_speech(self.window.screens[nav.OFFICE])

    def _read(self, reader) -> None:
        text, language = reader()
        self.speech.speak(text, language)

    def _moved(self, location: nav.Location) -> None:
        """Leaving a page silences it; the new page's control says if its language has a voice."""
        self.speech.stop()
        self.panel.hide()
        self.display.style_widget(self.window.current_screen)  # before it is painted
        control = self.controls.get(location.screen)
        if control is not None and self.window.current_screen is self.window.screens[location.screen]:
            reader = self.topic_text if location.screen == nav.TOPIC else self.office_text
            try:
                _text, language = reader()
            except AttributeError:  # nothing filled yet (content still loading)
                return
            control.set_voice_available(self.speech.available(language))

    def _visit_ended(self, _reason: str) -> None:
        """For the next visitor: silence, default text size and colours, panel closed."""
        self.speech.stop()
        self.panel.hide()
        self.display.reset()

    def quick_exit(self) -> None:
        """Hide everything at once (no fade), forget the session, paint the welcome screen now."""
        window = self.window
        window.stack.hide()  # nothing of the page may linger while the reset runs
        window.context.session.end(EndReason.QUICK_EXIT)
        window.stack.show()
        window.repaint()  # the welcome screen is on the glass before this tap returns
