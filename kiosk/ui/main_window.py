"""The kiosk window: the navigation bar over a stack of screens, and the idle countdown on top."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui import navigation as nav
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.screens.base import Screen, ScreenContext
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.tap_guard import TapGuard
from kiosk.ui.widgets.countdown_overlay import CountdownOverlay
from kiosk.ui.widgets.nav_bar import NavBar

log = logging.getLogger(__name__)


class Screens(dict):
    """The window's screens by name. The welcome screen is built with the window, the others
    right after its first paint (`KioskWindow.build_screens`), or here when asked for first."""

    def __init__(self, build_all):
        super().__init__()
        self._build_all = build_all

    def __missing__(self, name: str) -> Screen:
        self._build_all()
        if not dict.__contains__(self, name):
            raise KeyError(name)
        return dict.__getitem__(self, name)


class KioskWindow(QMainWindow):
    def __init__(self, context: ScreenContext, idle: IdleMonitor, languages: tuple[str, ...]):
        super().__init__()
        self.setWindowTitle("IOM Georgia")
        self.context = context
        self.idle = idle
        self.navigator = context.navigator
        root = QWidget()
        root.setObjectName("KioskRoot")
        self.nav_bar = NavBar(context.metrics)
        self.stack = QStackedWidget()
        policy = self.stack.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # hidden under the countdown, nothing moves
        self.stack.setSizePolicy(policy)
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.nav_bar)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(root)
        self.countdown = CountdownOverlay(context.metrics, root)

        # Only the welcome screen is needed for the first frame; `build_screens` makes the
        # rest (the composition root calls it right after the first paint).
        self.welcome = WelcomeScreen(context, languages)
        self.screens = Screens(self.build_screens)
        self.screens[nav.WELCOME] = self.welcome
        self.stack.addWidget(self.welcome)

        self.nav_bar.back_tapped.connect(self.navigator.back)
        self.nav_bar.home_tapped.connect(lambda: self.navigator.home(self.current_screen.scroll_position()))
        self.nav_bar.language_tapped.connect(self._choose_language)
        self.nav_bar.emergency_tapped.connect(
            lambda: self.navigator.go(nav.Location(nav.EMERGENCY), self.current_screen.scroll_position())
        )
        self.nav_bar.search_tapped.connect(
            lambda: self.navigator.go(nav.Location(nav.SEARCH), self.current_screen.scroll_position())
        )
        self.welcome.language_chosen.connect(self._language_chosen)
        self.navigator.location_changed.connect(self._show)
        context.session.language_changed.connect(self._refresh_current)
        context.content.content_changed.connect(self._content_changed)
        context.content.content_unavailable.connect(self._content_unavailable)
        idle.countdown_started.connect(self._countdown_started)
        idle.countdown_tick.connect(self.countdown.show_seconds)
        idle.countdown_cancelled.connect(self.hide_countdown)
        context.session.ended.connect(self._visit_ended)
        self.countdown.continue_tapped.connect(idle.poke)
        # A tap counts only on the view it started on (see kiosk.ui.tap_guard).
        self.tap_guard = TapGuard(self)
        self.navigator.location_changed.connect(self.tap_guard.new_view)
        idle.countdown_started.connect(self.tap_guard.new_view)
        idle.countdown_cancelled.connect(self.tap_guard.countdown_cancelled)
        self._show(self.navigator.current)

    def build_screens(self) -> None:
        """Every screen after the welcome screen; their modules are imported here too.
        Idempotent, and called on demand should a screen be wanted before."""
        if nav.HOME in self.screens:
            return
        from kiosk.ui.screens.emergency import EmergencyScreen
        from kiosk.ui.screens.home import HomeScreen
        from kiosk.ui.screens.office import OfficeScreen
        from kiosk.ui.screens.offices import OfficeListScreen
        from kiosk.ui.screens.search import SearchScreen
        from kiosk.ui.screens.topic import TopicScreen
        from kiosk.ui.screens.unavailable import UnavailableScreen

        context = self.context
        for name, screen in ((nav.HOME, HomeScreen(context)), (nav.TOPIC, TopicScreen(context)),
                             (nav.OFFICES, OfficeListScreen(context)),
                             (nav.OFFICE, OfficeScreen(context)),
                             (nav.EMERGENCY, EmergencyScreen(context)),
                             (nav.UNAVAILABLE, UnavailableScreen(context)),
                             (nav.SEARCH, SearchScreen(context))):
            self.add_screen(name, screen)

    def prepare_screens(self) -> None:
        """Ready the screens before the first visitor comes: built, styled, filled and laid
        out in the current language (a topic and an office page with the first ones home
        and the office list link to). Done at start, while the welcome screen waits: the
        first visit to each screen otherwise paid for making and styling its tiles and for
        the first layout of its words (70 ms for home)."""
        self.build_screens()
        if self.context.content.ready:
            # Each key is read when its turn comes: the links are on the pages filled before.
            for name, key_of in ((nav.HOME, str), (nav.OFFICES, str), (nav.EMERGENCY, str),
                                 (nav.TOPIC, lambda: self._first_link(nav.HOME, nav.TOPIC)),
                                 (nav.OFFICE, lambda: self._first_link(nav.OFFICES, nav.OFFICE))):
                screen, key = self.screens[name], key_of()
                if key is None or screen is self.current_screen:
                    continue
                try:
                    screen.show_key(key)
                except Exception:  # a content fault shows when the screen is opened
                    log.exception("could not prepare %s %s", name, key)
                    continue
                screen.settle_layout()
        for screen in self.screens.values():
            screen.ensurePolished()

    def _first_link(self, on: str, to: str) -> str | None:
        """The key of the first tile on screen `on` that opens screen `to`."""
        for tile in self.screens[on].findChildren(QPushButton):
            location = tile.property("location")
            if location is not None and location.screen == to and tile.isVisibleTo(self.screens[on]):
                return location.key
        return None

    def add_screen(self, name: str, screen: Screen) -> None:
        """A screen added after construction (printing adds its preview this way)."""
        self.screens[name] = screen
        self.stack.addWidget(screen)

    @property
    def current_screen(self) -> Screen:
        return self.stack.currentWidget()

    def widgets_on_glass(self) -> list:
        """What a visitor sees now (restyled at once when a display choice changes)."""
        shown = [self.current_screen]
        if self.countdown.isVisible():
            shown.append(self.countdown)
        return shown

    def _show(self, location: nav.Location) -> None:
        if not self.context.content.ready and location.screen not in (nav.WELCOME, nav.UNAVAILABLE):
            return  # content is still loading: stay where we are (a fraction of a second)
        screen = self.screens[location.screen]
        try:
            screen.show_key(location.key)
        except Exception:  # a content fault must not leave the visitor on a broken screen
            log.exception("could not show %s", location)
            safe = nav.HOME if self.context.content.ready and location.screen != nav.HOME else nav.WELCOME
            self.navigator.reset(safe)
            return
        self.stack.setCurrentWidget(screen)
        screen.settle_layout()  # its full height first, or the scroll position is cut short
        screen.set_scroll_position(location.scroll)
        unavailable = location.screen == nav.UNAVAILABLE
        self.nav_bar.setVisible(not unavailable)
        visiting = not unavailable and (location.screen != nav.WELCOME or self.navigator.can_go_back)
        self.nav_bar.back_button.setVisible(self.navigator.can_go_back)
        self.nav_bar.home_button.setVisible(visiting and location.screen != nav.HOME)
        self.nav_bar.language_button.setVisible(location.screen != nav.WELCOME)
        self.nav_bar.search_button.setVisible(location.screen not in (nav.WELCOME, nav.SEARCH)
                                              and not unavailable)
        self.idle.set_armed(visiting)

    def _choose_language(self) -> None:
        self.navigator.go(nav.Location(nav.WELCOME), self.current_screen.scroll_position())

    def _language_chosen(self, language: str) -> None:
        self.context.session.set_language(language)
        if self.navigator.can_go_back:
            self.navigator.back()  # they came to change language: return them where they were
        else:
            self.navigator.go(nav.Location(nav.HOME))

    def _refresh_current(self, _language: str = "") -> None:
        location = self.navigator.current
        if location.screen != nav.WELCOME or self.context.content.ready:
            position = self.current_screen.scroll_position()
            self._show(nav.Location(location.screen, location.key, position))

    def _content_changed(self) -> None:
        service = self.context.content.service
        offered = tuple(
            code for code in self.welcome.offered_languages
            if code in service.info.complete_languages
        )
        dropped = set(self.welcome.offered_languages) - set(offered)
        if dropped:
            log.warning("not offering incomplete language(s): %s", ", ".join(sorted(dropped)))
        if offered and offered != self.welcome.offered_languages:
            self.welcome.set_languages(offered)
        if self.navigator.current.screen == nav.UNAVAILABLE:
            self.navigator.reset()
        else:
            self._refresh_current()

    def _content_unavailable(self, reason: str) -> None:
        log.error("no content to serve: %s", reason)
        self.navigator.reset(nav.UNAVAILABLE)

    def _countdown_started(self, seconds: int) -> None:
        """The page is hidden, not just dimmed: someone watching learns nothing from it."""
        self.stack.hide()
        self.countdown.show_seconds(seconds)

    def hide_countdown(self) -> None:
        """The page comes back as it was (same screen, same scroll position)."""
        self.countdown.hide()
        self.stack.show()

    def _visit_ended(self, _reason: str) -> None:
        """The visit is over: no countdown, no history, the welcome screen (each screen
        forgets its own scroll position and anything typed)."""
        self.hide_countdown()
        self.navigator.reset()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.countdown.setGeometry(self.centralWidget().rect())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.tap_guard.watch()  # the QWindow exists now
