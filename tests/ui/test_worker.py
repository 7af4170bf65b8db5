"""The worker runs jobs off the GUI thread and answers on it; synchronously for tests."""
import threading

from kiosk.ui.worker import Worker


def test_the_worker_answers_on_the_gui_thread(qtbot):
    worker = Worker("test")
    threads = []
    done = []
    with qtbot.waitSignal(worker.ready, timeout=2000) as ready:
        worker.run(lambda: threading.current_thread(), lambda t: (threads.append(t), done.append(
            threading.current_thread())))
    assert threads[0] is not threading.main_thread()  # the work ran on the worker
    assert done[0] is threading.main_thread()  # the answer came back to the GUI thread
    assert ready.args == [threads[0]] and not worker.busy
    errors = []
    with qtbot.waitSignal(worker.failed, timeout=2000) as failed:
        worker.run(lambda: 1 / 0, on_failed=errors.append)
    assert isinstance(errors[0], ZeroDivisionError) and failed.args == [errors[0]]
    with qtbot.waitSignal(worker.progress, timeout=2000) as progress:
        worker.run(lambda: worker.report(("half", threading.current_thread())))
    assert progress.args[0][0] == "half" and progress.args[0][1] is not threading.main_thread()
    worker.shutdown()


def test_a_synchronous_worker_answers_before_run_returns(qtbot):
    worker = Worker("test", synchronous=True)
    answers = []
    with qtbot.waitSignal(worker.ready, timeout=0):
        worker.run(lambda: threading.current_thread(), answers.append)
    assert answers == [threading.main_thread()] and not worker.busy
