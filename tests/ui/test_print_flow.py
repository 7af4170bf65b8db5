"""Topic -> Print leaflet -> preview of the real PDF pages -> Print -> done, by taps."""
import pytest
from PySide6.QtCore import Qt

from kiosk.printing.faults import Fault, JobState
from kiosk.ui import navigation as nav
from kiosk.ui.printing_setup import PrintButton
from tests.helpers.printing import pdf_page_count
from tests.helpers.taps import tap


def open_topic(window, topic="need-go-home", language="en"):
    window.context.session.set_language(language)
    window.navigator.go(nav.Location(nav.HOME))
    window.navigator.go(nav.Location(nav.TOPIC, topic))
    return window.screens[nav.TOPIC]


def print_button(screen) -> PrintButton:
    [button] = screen.findChildren(PrintButton)
    return button


def test_topic_print_preview_confirm_done(qtbot, make_print_window, cups):
    calls = []

    def leaflet_pdf(leaflet_id, language, paper):
        from tests.helpers.printing import make_pdf

        calls.append((leaflet_id, language, paper))
        return make_pdf(2, leaflet_id)

    window = make_print_window(leaflet_pdf=leaflet_pdf)
    topic = open_topic(window)
    tap(qtbot, print_button(topic))
    preview = window.screens[nav.PREVIEW]
    assert window.current_screen is preview
    assert preview.status.text() == "Preparing the preview…"  # rendering is off the GUI thread
    qtbot.waitUntil(lambda: len(preview.page_images()) == 2, timeout=5000)
    assert calls == [("topic:need-go-home", "en", "a4")]
    for page in preview.page_images():
        image = page.pixmap().toImage()
        assert image.width() > 300 and image.height() > image.width()  # A4, portrait
    assert [p.accessibleName() for p in preview.page_images()] == ["Page 1 of 2", "Page 2 of 2"]
    tap(qtbot, preview.confirm_button)
    qtbot.waitUntil(lambda: preview.job is not None and preview.job.state == JobState.DONE,
                    timeout=10_000)
    assert preview.status.text() == "Done"
    assert not preview.qr.isVisible()
    qtbot.waitUntil(lambda: bool(cups.output_pdfs()), timeout=5000)
    assert pdf_page_count(cups.output_pdfs()[0]) == 2


def test_office_failure_shows_the_reason_and_a_qr_code(qtbot, make_print_window, cups):
    window = make_print_window()
    window.context.session.set_language("en")
    window.navigator.go(nav.Location(nav.OFFICE, "tbilisi"))
    office = window.screens[nav.OFFICE]
    cups.run("cupsdisable", cups.queue)
    tap(qtbot, print_button(office))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.confirm_button.isVisible(), timeout=5000)
    tap(qtbot, preview.confirm_button)
    qtbot.waitUntil(lambda: preview.job.state == JobState.FAILED, timeout=2000)
    assert preview.job.fault == Fault.QUEUE_STOPPED
    assert preview.message.text().startswith("The printer has been stopped.")
    assert preview.qr.isVisible() and not preview.qr.pixmap().isNull()
    assert preview.qr_text().startswith("IOM Central Office")


def test_quota_reached_says_so_and_prints_nothing(qtbot, make_print_window, cups):
    window = make_print_window(print_quota_session=1)
    topic = open_topic(window)
    preview = window.screens[nav.PREVIEW]
    window.screens[nav.PREVIEW].queue.quota.count()  # this visitor has printed one already
    jobs_before = cups.run("lpstat", "-W", "all", "-o", cups.queue).stdout
    tap(qtbot, print_button(topic))
    qtbot.waitUntil(lambda: preview.confirm_button.isVisible(), timeout=5000)
    tap(qtbot, preview.confirm_button)
    assert preview.job.fault == Fault.QUOTA_SESSION
    assert "as many leaflets as one visit allows" in preview.message.text()
    assert cups.run("lpstat", "-W", "all", "-o", cups.queue).stdout == jobs_before


def test_idle_reset_cancels_the_pending_job(qtbot, make_print_window, cups):
    cups.run("lpadmin", "-p", cups.queue, "-o", "job-hold-until-default=indefinite")
    window = make_print_window(countdown_s=0.2)
    topic = open_topic(window)
    tap(qtbot, print_button(topic))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.confirm_button.isVisible(), timeout=5000)
    tap(qtbot, preview.confirm_button)
    qtbot.waitUntil(lambda: preview.job.state == JobState.QUEUED, timeout=2000)
    window.idle.set_idle_ms(300)  # only now: a slow preview must not meet the time-out
    window.idle.poke()
    with qtbot.waitSignal(window.idle.timed_out, timeout=3000):
        pass
    assert window.current_screen is window.welcome
    qtbot.waitUntil(lambda: cups.run("lpstat", "-W", "not-completed", "-o", cups.queue).stdout == "",
                    timeout=2000)


def test_a_renderer_may_read_the_content_database_on_the_worker(qtbot, make_print_window):
    # the real renderer (kiosk/leaflets) collects texts from the ContentService; it is called
    # on the preview's worker thread, where a read must work too
    titles = []
    holder = {}

    def leaflet_pdf(leaflet_id, language, paper):
        from tests.helpers.printing import make_pdf

        page = holder["window"].context.content.service.topic_page(
            leaflet_id.partition(":")[2], language)
        titles.append(page.card.title)
        return make_pdf(1, page.card.title)

    window = holder["window"] = make_print_window(leaflet_pdf=leaflet_pdf)
    tap(qtbot, print_button(open_topic(window)))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: len(preview.page_images()) == 1, timeout=5000)
    assert titles == ["I want to go home"]


def test_a_renderer_failure_is_a_message_and_a_qr_not_a_traceback(qtbot, make_print_window):
    def broken(leaflet_id, language, paper):
        raise RuntimeError("font missing")

    window = make_print_window(leaflet_pdf=broken)
    tap(qtbot, print_button(open_topic(window)))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.qr.isVisible(), timeout=5000)
    assert preview.status.text() == "This leaflet cannot be printed at the moment."
    assert not preview.confirm_button.isVisible()
    assert preview.qr_text().startswith("I want to go home\n")


def zbar_decode(pixmap, tmp_path, name) -> str:
    """What a phone reads: the code as shown, decoded by zbarimg (ECI-aware, UTF-8)."""
    import shutil
    import subprocess

    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg is not installed (scripts/setup --test installs zbar-tools)")
    path = tmp_path / f"{name}.png"
    pixmap.save(str(path))
    result = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sbinary", str(path)],
                            capture_output=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8").rstrip("\n")


@pytest.mark.parametrize("language", ["ka", "en", "hy", "ar", "fa"])
def test_when_printing_fails_the_codes_hold_the_page_and_call_112(qtbot, make_print_window,
                                                                   tmp_path, language):
    def broken(leaflet_id, language, paper):
        raise RuntimeError("printer gone")

    window = make_print_window(leaflet_pdf=broken)
    topic = open_topic(window, language=language)
    tap(qtbot, print_button(topic))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.qr.isVisible(), timeout=5000)
    assert preview.call_qr.isVisible()
    page = window.context.content.service.topic_page(topic.key, language)
    text = zbar_decode(preview.qr.pixmap(), tmp_path, "page")
    lines = text.split("\n")
    assert lines[0] == page.card.title and lines[1] == page.card.summary
    assert len(lines) > 2, "what to do: the page's own text follows"
    first_block = page.blocks[0]
    expected = f"• {first_block.items[0]}" if first_block.items else first_block.text
    assert lines[2] == expected or (lines[2].endswith("…") and expected.startswith(lines[2][:-1]))
    assert len(text.encode()) > 250  # as much as fits, not just the title
    assert text == preview.qr_text()
    assert zbar_decode(preview.call_qr.pixmap(), tmp_path, "call") == "tel:112"


def test_80mm_paper_previews_a_narrow_roll(qtbot, make_print_window):
    from tests.helpers.printing import make_pdf

    window = make_print_window(paper="80mm", leaflet_pdf=lambda *args: make_pdf(1))
    tap(qtbot, print_button(open_topic(window)))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: len(preview.page_images()) == 1, timeout=5000)
    assert preview.page_images()[0].width() <= window.context.metrics.mm(90) + 4


def test_a_running_job_stays_in_view_through_a_language_change(qtbot, make_print_window, cups):
    cups.run("lpadmin", "-p", cups.queue, "-o", "job-hold-until-default=indefinite")
    window = make_print_window()
    tap(qtbot, print_button(open_topic(window)))
    preview = window.screens[nav.PREVIEW]
    qtbot.waitUntil(lambda: preview.confirm_button.isVisible(), timeout=5000)
    tap(qtbot, preview.confirm_button)
    qtbot.waitUntil(lambda: preview.job.state == JobState.QUEUED, timeout=2000)
    window.context.session.set_language("ka")
    assert preview.status.text() == "პრინტერს ველოდებით…"  # same job, now in Georgian
    # another leaflet meanwhile gets its own preview
    window.navigator.go(nav.Location(nav.PREVIEW, "office:tbilisi"))
    assert preview.status.text() == "წინასწარი ხედი მზადდება…"


def test_no_renderer_no_print_button(window):
    assert window.screens[nav.TOPIC].findChildren(PrintButton) == []
    assert nav.PREVIEW not in window.screens
