"""Kiosk lockdown inside the app: the keys and gestures that leave or disturb a kiosk do
nothing, there are no context menus and no links to other programs, and an unhandled
exception is logged and sends the kiosk back to the welcome screen instead of ending it.

The compositor (cage) does the rest: it has no task switcher and no desktop behind the kiosk.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                 QEvent.Type.MouseButtonDblClick)
# Always swallowed: context menus (right-click and long-press both become one), "What's This?".
_ALWAYS_BLOCKED = (QEvent.Type.ContextMenu, QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis,
                   QEvent.Type.EnterWhatsThisMode)
# Every event type the filter looks at, as ints: one set lookup for all other events.
_WATCHED = frozenset(int(t.value) for t in (*_KEY_EVENTS, *_MOUSE_EVENTS, *_ALWAYS_BLOCKED))
_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier
_BLOCKED_KEYS = frozenset({
    Qt.Key.Key_Escape, Qt.Key.Key_Menu, Qt.Key.Key_Help, Qt.Key.Key_Print, Qt.Key.Key_SysReq,
    Qt.Key.Key_Close, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta,
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
    *(Qt.Key(Qt.Key.Key_F1.value + n) for n in range(35)),
})
LINK_SCHEMES = ("http", "https", "file", "mailto", "tel", "ftp", "sms")


def blocked_key(event: QKeyEvent) -> bool:
    """Function keys, Escape, Tab, the menu key and any Ctrl/Alt/Meta combination."""
    return bool(event.modifiers() & _COMMAND_MODIFIERS) or event.key() in _BLOCKED_KEYS


class Lockdown(QObject):
    """An application-wide event filter; cheap for the events it does not block."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in _WATCHED:  # an IntEnum: hashes like its int
            return False
        if kind in _ALWAYS_BLOCKED:
            return True
        if kind in _KEY_EVENTS:
            if not blocked_key(event):
                return False
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # accepted, the key is not a shortcut; the KeyPress is eaten below
            return True
        # Only the left button (a finger) acts; right and middle clicks do nothing.
        return isinstance(event, QMouseEvent) and event.button() not in (
            Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton)

    @Slot(QUrl)
    def url_opened(self, url: QUrl) -> None:
        """Slot for every link scheme: nothing opens another program."""
        log.warning("a link to %s was not opened (kiosk lockdown)", url.scheme())


def lock_window(window: QWidget, fullscreen: bool) -> None:
    """Frameless and always on top when full-screen; no context menu on the window itself."""
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if fullscreen:
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)


def install_lockdown(app: QApplication) -> Lockdown:
    lockdown = Lockdown(app)
    app.installEventFilter(lockdown)
    for scheme in LINK_SCHEMES:
        QDesktopServices.setUrlHandler(scheme, lockdown, "url_opened")
    return lockdown


def remove_lockdown(app: QApplication, lockdown: Lockdown) -> None:
    app.removeEventFilter(lockdown)
    for scheme in LINK_SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


class CrashGuard:
    """`sys.excepthook` (Qt slots end up there) and `threading.excepthook`: log the error,
    count it, and return the visitor to the welcome screen; the kiosk keeps running."""

    def __init__(self, recover: Callable[[], None], count: Callable[[str], None] | None = None):
        self._recover = recover
        self._count = count
        self._previous = None
        self._previous_thread = None
        self._recovering = False

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self.handle
        self._previous_thread, threading.excepthook = threading.excepthook, self.handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            threading.excepthook = self._previous_thread
            self._previous = None

    def handle(self, kind, value, trace) -> None:
        log.critical("unhandled error; back to the welcome screen\n%s",
                     "".join(traceback.format_exception(kind, value, trace)).rstrip())
        self._note(kind)
        if self._recovering:
            return  # the recovery itself failed: do not loop
        self._recovering = True
        try:
            self._recover()
        except Exception:
            log.exception("could not return to the welcome screen")
        finally:
            self._recovering = False

    def handle_thread(self, args) -> None:
        log.critical("unhandled error in thread %s\n%s", getattr(args.thread, "name", "?"),
                     "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                        args.exc_traceback)).rstrip())
        self._note(args.exc_type)

    def _note(self, kind) -> None:
        if self._count is not None:
            try:
                self._count(getattr(kind, "__name__", "Exception"))
            except Exception:
                log.exception("could not count the error")
