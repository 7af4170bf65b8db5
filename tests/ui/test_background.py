"""Background calls back on the GUI thread."""
import threading

from kiosk.ui.background import Background


def test_background_calls_back_on_the_gui_thread(qtbot):
    worker = Background("test")
    threads = []
    done = []
    worker.run(lambda: threading.current_thread(), lambda t: (threads.append(t), done.append(
        threading.current_thread())), lambda exc: None)
    qtbot.waitUntil(lambda: bool(done), timeout=2000)
    assert threads[0] is not threading.main_thread()  # the work ran on the worker
    assert done[0] is threading.main_thread()  # the answer came back to the GUI thread
    errors = []
    worker.run(lambda: 1 / 0, lambda v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert isinstance(errors[0], ZeroDivisionError)
    worker.shutdown()
