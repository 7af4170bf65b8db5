"""Saving when someone saved first, the database going away mid-edit, the source diff, history
with revert, and the office form's inline checks."""
from __future__ import annotations

import shutil

import pytest

from PySide6.QtCore import Qt

from tests.ui.studio.conftest import open_cell, open_store, type_into, use

KEY, LANGUAGE = "topic:need-go-home", "hy"


def stale_save_flow(qtbot, make_window, store=None):
    first = make_window("tamar", store)
    second = make_window("aram", store)
    open_cell(qtbot, first, KEY, LANGUAGE)
    open_cell(qtbot, second, KEY, LANGUAGE)
    theirs, mine = "Վերադարձ տուն", "Տուն վերադառնալը"
    use(qtbot, first)
    type_into(qtbot, first.editor.target_column.boxes["title"], theirs)
    assert first.editor.save()
    use(qtbot, second)
    type_into(qtbot, second.editor.target_column.boxes["title"], mine)
    qtbot.keyClick(second.editor.target_column.boxes["title"].edit, Qt.Key_S, Qt.ControlModifier)
    editor = second.editor
    # Refused, and both texts are on screen: theirs beside, mine still in the editor.
    assert editor.stale_box.isVisible()
    assert editor.theirs_column.boxes["title"].text() == theirs
    assert editor.target_column.boxes["title"].text() == mine
    assert "tamar" in editor.stale_note.text()
    assert editor.service.text(KEY, LANGUAGE).fields["title"] == theirs
    # Keeping mine saves it knowingly over theirs; theirs stays in the history.
    qtbot.mouseClick(editor.keep_mine_button, Qt.LeftButton)
    assert not editor.stale_box.isVisible()
    assert editor.service.text(KEY, LANGUAGE).fields["title"] == mine
    saved = [e.after for e in editor.service.history(KEY) if e.action == "save"]
    assert any(theirs in str(after) for after in saved)


def test_a_stale_save_shows_both_texts_and_loses_neither(qtbot, studio_window):
    stale_save_flow(qtbot, studio_window)


@pytest.fixture
def postgres_store(postgres_url):
    store = open_store(postgres_url)
    yield store
    store.close()


def test_a_stale_save_on_postgresql(qtbot, postgres_store, studio_window):
    # postgres_store comes first, so its pool closes after the windows using it are gone
    stale_save_flow(qtbot, studio_window, postgres_store)


def test_the_database_going_away_keeps_the_text_in_the_editor(qtbot, studio_window, studio_url,
                                                             tmp_path):
    window = studio_window("tamar")
    open_cell(qtbot, window, KEY, LANGUAGE)
    typed = "Ուզում եմ տուն գնալ"
    type_into(qtbot, window.editor.target_column.boxes["title"], typed)
    # The store's file goes out of reach (as a network share or server would).
    window.service.engine.dispose()
    folder = tmp_path / "studio.db"
    hidden = tmp_path / "elsewhere"
    hidden.mkdir()
    shutil.move(folder, hidden / "studio.db")
    folder.mkdir()  # a directory where the file was: SQLite cannot open it
    assert not window.editor.save()
    assert "cannot be reached" in window.editor.message.text()
    assert window.editor.target_column.boxes["title"].text() == typed
    # It comes back; the same words save.
    window.service.engine.dispose()
    folder.rmdir()
    shutil.move(hidden / "studio.db", folder)
    assert window.editor.save()
    assert window.service.text(KEY, LANGUAGE).fields["title"] == typed


def test_the_editor_shows_what_changed_in_the_source(qtbot, studio_window):
    editor_window = studio_window("nino")  # the editor writes the source (Georgian)
    source = editor_window.service.info().source_language
    open_cell(qtbot, editor_window, KEY, source)
    old_title = editor_window.editor.item.target.fields["title"]
    new_title = old_title + " ახლა"
    type_into(qtbot, editor_window.editor.target_column.boxes["title"], new_title)
    assert editor_window.editor.save()
    translator = studio_window("tamar")
    translator.grid.set_filter(language=LANGUAGE, outdated=True)
    assert translator.grid.model.index_of(KEY, LANGUAGE).isValid()
    assert "⚠" in translator.grid.model.index_of(KEY, LANGUAGE).data()
    open_cell(qtbot, translator, KEY, LANGUAGE)
    shown = translator.editor.diff_view.toHtml()
    assert translator.editor.diff_box.isVisible()
    assert "ახლა" in shown and "underline" in shown
    assert translator.editor.source_column.boxes["title"].text() == new_title
    # Outdated words go to review only once checked and saved against the new source.
    assert not translator.editor.submit_button.isEnabled()
    type_into(qtbot, translator.editor.target_column.boxes["title"], "Ուզում եմ տուն վերադառնալ")
    assert translator.editor.submit_button.isEnabled()
    assert translator.editor.submit()
    assert translator.editor.item.target.state == "in_review"
    assert not translator.editor.item.target.outdated


def test_history_reverts_to_the_exact_earlier_text(qtbot, studio_window):
    window = studio_window("tamar")
    open_cell(qtbot, window, KEY, LANGUAGE)
    before = window.editor.item.target.fields["title"]
    type_into(qtbot, window.editor.target_column.boxes["title"], "ժամանակավոր")
    assert window.editor.save()
    qtbot.mouseClick(window.editor.history_button, Qt.LeftButton)
    dialog = window.history_dialog
    assert dialog.entries[0].action == "save"
    assert "ժամանակավոր" in dialog.detail.toPlainText()
    assert dialog.revert_current(confirm=False)
    assert window.service.text(KEY, LANGUAGE).fields["title"] == before
    assert window.editor.target_column.boxes["title"].text() == before
    dialog.close()


def test_the_office_form_checks_inline_and_invents_nothing(qtbot, studio_window):
    window = studio_window("nino")
    key = "office:batumi"
    window.grid.select(key)
    form = window.office_form
    window.tabs.setCurrentWidget(form)
    assert form.key == key
    assert all(form.edits[name].text() == "" for name in ("phone", "email", "website"))
    phone = form.edits["phone"]
    phone.setFocus()
    qtbot.keyClicks(phone, "0322 12")
    assert form.problems["phone"].isVisible()
    assert "+995" in form.problems["phone"].text()
    qtbot.keyClicks(form.edits["latitude"], "48.1")
    qtbot.keyClicks(form.edits["longitude"], "44.8")
    assert "outside Georgia" in form.problems["latitude"].text()
    assert not form.save()
    assert form.service.facts(key).facts.get("phone", "") == ""  # nothing saved, nothing made up
    phone.clear()
    form.edits["latitude"].clear()
    form.edits["longitude"].clear()
    qtbot.keyClicks(form.edits["email"], "batumi.office@example.org")
    assert not any(p.isVisible() for p in form.problems.values())
    assert form.save()
    saved = form.service.facts(key).facts
    assert saved["email"] == "batumi.office@example.org"
    assert saved.get("phone", "") == "" and saved.get("latitude", "") == ""


def test_grid_filters_offices_missing_a_phone_and_counts_each_language(qtbot, studio_window):
    window = studio_window("nino")
    grid = window.grid
    every = grid.model.rowCount()
    window.missing_phone_action.trigger()
    keys = grid.model.keys()
    assert keys and all(k.startswith("office:") for k in keys) and len(keys) < every
    header = grid.model.headerData(1, Qt.Horizontal)
    assert "✓" in header and "∅" in header  # counts by symbol, not colour alone
    window.all_action.trigger()
    assert grid.model.rowCount() == every


def test_opening_hours_are_checked_as_they_are_typed(qtbot, studio_window):
    window = studio_window("nino")  # the editor writes the source language's texts
    source = window.service.info().source_language
    open_cell(qtbot, window, "office:batumi", source)
    hours = window.editor.target_column.boxes["hours"]
    type_into(qtbot, hours, "10:00-09:00")
    assert hours.problem.isVisible()
    assert not window.editor.save()
    assert window.service.text("office:batumi", source).fields.get("hours", "") == ""
    type_into(qtbot, hours, "")
    assert not hours.problem.isVisible()  # empty is always allowed


def answer_next_question(button):
    """Press `button` in the question box that is about to open (as a person would)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def press():
        box = QApplication.activeModalWidget()
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_opening_another_text_never_drops_unsaved_words(qtbot, studio_window):
    from PySide6.QtWidgets import QMessageBox

    window = studio_window("tamar")
    open_cell(qtbot, window, KEY, LANGUAGE)
    typed = "Ուզում եմ տուն գնալ"
    type_into(qtbot, window.editor.target_column.boxes["title"], typed)
    answer_next_question(QMessageBox.Cancel)
    assert not window.open_text("topic:need-medical", LANGUAGE)
    assert window.editor.key == KEY
    assert window.editor.target_column.boxes["title"].text() == typed
    answer_next_question(QMessageBox.Save)
    assert window.open_text("topic:need-medical", LANGUAGE)
    assert window.service.text(KEY, LANGUAGE).fields["title"] == typed
    assert window.editor.key == "topic:need-medical"


def test_a_rejection_reaches_the_translator_with_its_reason(qtbot, studio_window):
    translator = studio_window("tamar")
    open_cell(qtbot, translator, KEY, LANGUAGE)
    type_into(qtbot, translator.editor.target_column.boxes["title"], "Ուզում եմ տուն գնալ")
    assert translator.editor.submit()
    reviewer = studio_window("ani")
    open_cell(qtbot, reviewer, KEY, LANGUAGE)
    reason = "«գնալ» → «վերադառնալ», ինչպես մնացած տեքստում"
    reviewer.editor.reason_edit.setFocus()
    from tests.ui.studio.conftest import type_text

    type_text(reviewer.editor.reason_edit, reason)
    qtbot.mouseClick(reviewer.editor.reject_button, Qt.LeftButton)
    assert reviewer.editor.item.target.state == "draft"
    translator.editor.reload()
    assert reason in translator.editor.message.text()
    assert "ani" in translator.editor.message.text()
    qtbot.mouseClick(translator.editor.history_button, Qt.LeftButton)
    rows = [translator.history_dialog.tree.topLevelItem(i).text(3)
            for i in range(translator.history_dialog.tree.topLevelItemCount())]
    assert any(reason in row for row in rows)
    translator.history_dialog.close()


def test_any_item_gets_a_verify_by_date_and_the_grid_finds_it_when_due(qtbot, studio_window):
    window = studio_window("nino")
    key = "topic:need-medical"
    facts_before = window.service.facts(key).facts
    window.grid.select(key)
    form = window.office_form
    assert form.key == key and not form.edits["phone"].isVisibleTo(form)  # a topic: no contacts
    import datetime as dt

    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    form.edits["verify_by"].setText(yesterday)  # passed: someone should check it now
    assert form.save()
    saved = window.service.facts(key)
    assert saved.verify_by.isoformat() == yesterday
    assert saved.facts == facts_before  # the topic's own facts untouched
    qtbot.mouseClick(window.grid.overdue_box, Qt.LeftButton)
    assert window.grid.model.keys() == [key]
