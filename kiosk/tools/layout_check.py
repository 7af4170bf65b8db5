"""What a visitor would see wrong on the screen shown now: targets too small or too close,
text cut off (buttons, labels, the bar), languages out of sight with nothing saying the
screen scrolls, controls a screen reader cannot name.

Shared by the layout tests (offscreen and on a real X server) and `kiosk screenshots`.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QWidget

from kiosk.ui.widgets.text_lines import shows_words, text_lines

MIN_TARGET_MM = 10
PRIMARY_TARGET_MM = 15
PRIMARY_ROLES = {"primary", "emergency", "nav", "language", "tile", "quick-exit", "choice"}
MIN_SPACING_MM = 2


def visible(widgets):
    return [w for w in widgets if w.isVisible() and w.width() > 0]


def problems_on(window) -> list[str]:
    m = window.context.metrics
    found = []
    roots = [window.current_screen, window.nav_bar]
    panel = window.findChild(QWidget, "DisplayPanel")  # text size and contrast, when open
    if panel is not None and panel.isVisible():
        roots.append(panel)
    if window.countdown.isVisible():
        roots = [window.countdown]
    buttons = visible([b for root in roots for b in root.findChildren(QAbstractButton)])
    for button in buttons:
        needed = m.mm(PRIMARY_TARGET_MM if button.property("role") in PRIMARY_ROLES else MIN_TARGET_MM)
        if min(button.width(), button.height()) < needed - 1:
            found.append(f"{button.text() or button.accessibleName()!r} {button.size().toTuple()} < {needed}px")
    for label in visible([lab for root in roots for lab in root.findChildren(QLabel)]):
        if not label.text() or label.pixmap() and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"label {label.text()[:40]!r} needs {needed}px, has {label.height()}px")
        elif label.sizeHint().width() > label.width() + 1:
            found.append(f"label {label.text()[:40]!r} cut: {label.sizeHint().width()} > {label.width()}")
        found += hidden_under_action_bar(window, label)
    for button in buttons:
        found += cut_text(button)
    found += cut_by_page_edge(window) + words_under_action_bar(window)
    found += spacing_problems(buttons, m.mm(MIN_SPACING_MM))
    controls = buttons + visible([p for root in roots for p in root.findChildren(QProgressBar)])
    for control in controls:
        found += unnamed(control)
    if (not window.countdown.isVisible() and window.current_screen is window.welcome
            and window.welcome.scroll_position() == 0):  # as the visitor finds it
        found += languages_out_of_sight(window)
    return found


def cut_text(button) -> list[str]:
    """A button showing words narrower or lower than its words, padding and border need
    (the layout squeezed it below its size hint): the ends of the words are cut off.
    A tile draws its words in labels of its own, which the label checks cover."""
    if not button.text():
        return []
    hint = button.sizeHint()
    if button.width() < hint.width() - 1 or button.height() < hint.height() - 1:
        return [f"button text {button.text()!r} cut: {button.size().toTuple()} < {hint.toTuple()}"]
    return []


def hidden_under_action_bar(window, label) -> list[str]:
    """A label of the scrolling page that the page can never bring fully into view: it sits
    at the very end of the body, partly under the fixed action bar (Print, Read aloud)."""
    screen = window.current_screen
    area = getattr(screen, "scroll_area", None)
    if area is None or not screen.isAncestorOf(label) or not area.widget().isAncestorOf(label):
        return []
    body = area.widget()
    bottom = label.mapTo(body, label.rect().bottomLeft()).y()
    if bottom > body.height():
        return [f"label {label.text()[:40]!r} ends {bottom - body.height()}px below the page"]
    return []


def page_words(window) -> list[QWidget]:
    """The labels and buttons with words on the scrolling page shown now, in sight or not."""
    area = getattr(window.current_screen, "scroll_area", None)
    if area is None or window.countdown.isVisible():
        return []
    body = area.widget()
    return [w for w in visible(body.findChildren(QLabel) + body.findChildren(QAbstractButton))
            if shows_words(w)]


def cut_by_page_edge(window) -> list[str]:
    """A line of words an edge of the scrolling page cuts through, with nothing covering
    the cut: the top half of "See also" over Print and Read aloud, half a tile's title under
    the top bar once the page is scrolled to its end. Where the page goes on past an edge,
    the fade over that edge may cover the cut line entirely."""
    area = getattr(window.current_screen, "scroll_area", None)
    words = page_words(window)
    if not words:
        return []
    viewport = area.viewport()
    bottom = viewport.height()
    fade = getattr(area, "fade", None)
    clear_down_to = bottom - fade.height() if fade is not None and fade.isVisible() else bottom
    top_fade = getattr(area, "top_fade", None)
    clear_up_to = top_fade.height() if top_fade is not None and top_fade.isVisible() else 0
    found = []
    for widget in words:
        origin = widget.mapTo(viewport, QPoint(0, 0)).y()
        if origin >= bottom or origin + widget.height() <= 0:
            continue  # out of sight
        for top, end in text_lines(widget):
            top, end = top + origin, end + origin
            if top < bottom < end and top < clear_down_to:
                found.append(f"{describe(widget)} cut by the page's lower edge: "
                             f"{bottom - top}px of a {end - top}px line in sight, "
                             f"{max(0, clear_down_to - top)}px of it not faded")
                break
            if top < 0 < end and end > clear_up_to:
                found.append(f"{describe(widget)} cut by the page's upper edge: "
                             f"{end}px of a {end - top}px line in sight, "
                             f"{max(0, end - clear_up_to)}px of it not faded")
                break
    return found


def words_under_action_bar(window) -> list[str]:
    """Words of the page drawn where the fixed action bar is (a bar laid over the page
    instead of under it would hide them)."""
    bar = getattr(window.current_screen, "action_bar", None)
    if bar is None or not bar.isVisible():
        return []
    bar_rect = bar.rect().translated(bar.mapTo(window, QPoint(0, 0)))
    found = []
    for widget in page_words(window):
        shown = widget.visibleRegion().boundingRect()
        if shown.isEmpty():
            continue
        shown.translate(widget.mapTo(window, QPoint(0, 0)))
        if shown.intersects(bar_rect):
            found.append(f"{describe(widget)} under the action bar: "
                         f"{shown.intersected(bar_rect).height()}px of it")
    return found


def describe(widget) -> str:
    kind = "button" if isinstance(widget, QAbstractButton) else "label"
    return f"{kind} {widget.text()[:40]!r}"


def languages_out_of_sight(window) -> list[str]:
    """Every language on the welcome screen is on the glass, or the screen shows that it
    scrolls (the "more below" cue)."""
    screen = window.welcome
    area = screen.scroll_area
    viewport = area.viewport()
    hidden = []
    for button in screen.language_buttons():
        top_left = button.mapTo(viewport, button.rect().topLeft())
        bottom_right = button.mapTo(viewport, button.rect().bottomRight())
        if not (viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)):
            hidden.append(button.text())
    if hidden and not area.more_cue.isVisible():
        return [f"languages out of sight with no scroll cue: {', '.join(hidden)}"]
    return []


def spacing_problems(buttons, min_gap):
    """Every two interactive elements at least `min_gap` apart (edge to edge, on the window)."""
    found = []
    rects = []
    for b in buttons:  # only the part on the glass: a tile scrolled under the action bar is not
        shown = b.visibleRegion().boundingRect()
        if not shown.isEmpty():
            rects.append((b, shown.translated(b.mapTo(b.window(), shown.topLeft()) - shown.topLeft())))
    for index, (a, ra) in enumerate(rects):
        for b, rb in rects[index + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            dx = max(rb.left() - ra.right() - 1, ra.left() - rb.right() - 1, 0)
            dy = max(rb.top() - ra.bottom() - 1, ra.top() - rb.bottom() - 1, 0)
            if max(dx, dy) < min_gap - 1:
                found.append(f"{name_of(a)!r} and {name_of(b)!r} only {max(dx, dy)}px apart < {min_gap}px")
    return found


def name_of(widget):
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Name) if interface else ""


def unnamed(control):
    """A screen reader needs a name for every control, and a description for every button."""
    interface = QAccessible.queryAccessibleInterface(control)
    if interface is None or not interface.text(QAccessible.Name).strip():
        return [f"{type(control).__name__} {control.objectName()!r} has no accessible name"]
    if isinstance(control, QAbstractButton) and not interface.text(QAccessible.Description).strip():
        return [f"button {name_of(control)!r} has no accessible description"]
    return []


# The display variants a visitor can choose: (text size level, high contrast, right to left).
DISPLAYS = {"standard": (0, False, False), "largest": (2, False, False),
            "contrast": (2, True, False), "rtl": (0, False, True)}


def page_edge_problems(window) -> list[str]:
    """Only the words cut by the page's lower edge or drawn under the action bar."""
    return cut_by_page_edge(window) + words_under_action_bar(window)


def scrolled_problems(window) -> list[str]:
    """What scrolling a page can change: words at its edge or under the bar, and targets
    brought close to the bars' buttons. (Sizes, words and names stay as they were.)"""
    buttons = visible(window.current_screen.findChildren(QAbstractButton)
                      + window.nav_bar.findChildren(QAbstractButton))
    return page_edge_problems(window) + spacing_problems(
        buttons, window.context.metrics.mm(MIN_SPACING_MM))


def settle_until_clean(window, timeout_s: float = 1.0, check=problems_on) -> list[str]:
    """Layouts settle over a few event-loop passes (LanguageChange, LayoutRequest): wait for
    them as a visitor's eye would (at most `timeout_s`), then judge what is on screen."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while True:
        QApplication.processEvents()
        found = check(window)
        if not found or time.monotonic() > deadline:
            return found


def at_the_end(window, check=scrolled_problems) -> list[str]:
    """What is wrong once the page is scrolled as far as it goes (the last tiles above the
    action bar), then back at the top as the visitor found it."""
    screen = window.current_screen
    area = getattr(screen, "scroll_area", None)
    if area is None or area.verticalScrollBar().maximum() == 0:
        return []
    screen.set_scroll_position(area.verticalScrollBar().maximum())
    try:
        return settle_until_clean(window, check=check)
    finally:
        screen.set_scroll_position(0)


def tour(window) -> list[tuple[str, object]]:
    """(name, location) for one of each screen, chosen from the loaded content."""
    from kiosk.ui import navigation as nav

    service = window.context.content.service
    lang = window.context.session.language
    stops = [("welcome", nav.Location(nav.WELCOME)), ("home", nav.Location(nav.HOME))]
    for kind in ("need", "programme", "intro", "section"):
        cards = [c for c in service.topics(kind, lang) if not c.opens]
        if cards:
            stops.append((f"topic-{cards[0].id}", nav.Location(nav.TOPIC, cards[0].id)))
    stops.append(("offices", nav.Location(nav.OFFICES)))
    offices = service.offices(lang)
    if offices:
        stops.append((f"office-{offices[0].id}", nav.Location(nav.OFFICE, offices[0].id)))
    stops.append(("emergency", nav.Location(nav.EMERGENCY)))
    stops.append(("search", nav.Location(nav.SEARCH)))
    return stops


def tour_problems(kiosk, language: str, display: str, check=problems_on,
                  end_check=scrolled_problems) -> list[str]:
    """Every screen of the tour (and the display panel and the countdown over the last one)
    in `language` with the `display` choices; what `check` finds wrong on each as the
    visitor finds it, and `end_check` once it is scrolled to its end."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.session import EndReason

    window = kiosk.window
    kiosk.session.end(EndReason.IDLE)  # as between two visitors
    kiosk.session.set_language(language)
    QApplication.processEvents()  # the catalogue's LanguageChange
    level, contrast, rtl = DISPLAYS[display]
    kiosk.display.set_text_level(level)
    kiosk.display.set_high_contrast(contrast)
    if rtl:
        QApplication.instance().setLayoutDirection(Qt.RightToLeft)
    found = []
    try:
        for name, location in tour(window):
            window.navigator.go(location)
            found += [f"{name}: {p}" for p in settle_until_clean(window, check=check)]
            found += [f"{name} scrolled to the end: {p}" for p in at_the_end(window, end_check)]
        kiosk.accessibility.panel.show()  # the display choices, over the last screen
        found += [f"display panel: {p}" for p in settle_until_clean(window, check=check)]
        kiosk.accessibility.panel.hide()
        window.idle.countdown_started.emit(20)  # the idle warning over the last screen
        found += [f"countdown: {p}" for p in settle_until_clean(window, check=check)]
        window.hide_countdown()
    finally:
        if rtl:
            QApplication.instance().setLayoutDirection(Qt.LeftToRight)
    return found


def main(argv: list[str] | None = None) -> int:
    """`python -m kiosk.tools.layout_check --size 1280x720 --language ka --display contrast
    --database-url sqlite:///...`: one window per size, every combination toured; prints
    each problem as `size language display: screen: problem` and exits 1 if there is one.
    Runs on whatever Qt platform the environment chooses (xcb under Xvfb, or offscreen)."""
    import argparse
    import tempfile
    from pathlib import Path

    from kiosk.app import SlowParts, application, build_kiosk, load_content
    from kiosk.paths import CONTENT_PACK
    from kiosk.settings import Settings

    parser = argparse.ArgumentParser(prog="layout_check")
    parser.add_argument("--size", action="append", required=True, help="WIDTHxHEIGHT")
    parser.add_argument("--language", action="append", required=True)
    parser.add_argument("--display", action="append", default=None, choices=sorted(DISPLAYS))
    parser.add_argument("--database-url", default="")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(content_dir=CONTENT_PACK, data_dir=Path(data_dir), fullscreen=False,
                            screen_dpi=96, idle_timeout_s=600, database_url=args.database_url)
        app = application()
        kiosk = build_kiosk(app, settings, SlowParts(leaflet_pdf=lambda *_: b""))
        load_content(kiosk)
        window = kiosk.window
        window.show()
        failures = 0
        for size in args.size:
            width, height = (int(n) for n in size.split("x"))
            window.resize(width, height)
            for language in args.language:
                for display in args.display or ["standard"]:
                    for problem in tour_problems(kiosk, language, display):
                        print(f"{size} {language} {display}: {problem}")
                        failures += 1
        kiosk.session.set_language("en")
        kiosk.close()
        window.close()
    print(f"{app.platformName()}: {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
