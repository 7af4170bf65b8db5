"""The audit log: every change has an entry (who, when, before/after), any can be reverted."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.authoring.errors import WorkflowError
from kiosk.authoring.records import APPROVED, DRAFT, MISSING

KEY = "topic:need-medical"


def test_revert_restores_the_exact_earlier_text(store):
    original = store.text(KEY, "en")
    first = store.save_text(KEY, "en", {"summary": "  Health care: where to go.  \n"}, original.version)
    store.save_text(KEY, "en", {"summary": "Something else entirely"}, first.version)
    save_entries = [e for e in store.history(KEY) if e.action == "save"]
    assert save_entries[0].before["fields"]["summary"] == "  Health care: where to go.  \n"
    assert save_entries[0].user == "system" and isinstance(save_entries[0].at, dt.datetime)

    store.revert(save_entries[0].id)
    assert store.text(KEY, "en").fields == first.fields  # byte for byte, blanks included
    reverted = store.revert(save_entries[1].id)
    assert store.text(KEY, "en").fields == original.fields
    assert reverted.action == "revert" and reverted.reverts == save_entries[1].id
    # the log only grows: the reverted entries are still there
    actions = [e.action for e in store.history(KEY)]
    assert actions[:4] == ["revert", "revert", "save", "save"]


def test_reverting_an_approval_needs_a_reviewer_and_never_approves_your_own_text(store):
    editor = store.as_user("anahit")
    text = editor.text(KEY, "hy")
    editor.save_text(KEY, "hy", {"title": "Բժշկական օգնություն"}, text.version)
    editor.submit_for_review(KEY, "hy")
    store.as_user("mariam").approve(KEY, "hy")
    approved_text = store.text(KEY, "hy")
    # anahit changes the words again (approval dropped), then reverts her own change
    editor.save_text(KEY, "hy", {"title": "Բժշկական խնամք"}, approved_text.version)
    her_save = next(e for e in store.history(KEY) if e.action == "save")
    editor.revert(her_save.id)
    restored = store.text(KEY, "hy")
    assert restored.fields == approved_text.fields
    assert restored.state == DRAFT  # a translator cannot put an approval back
    # a reviewer who did not write it can
    store.as_user("mariam").revert(her_save.id)
    assert store.text(KEY, "hy").state == APPROVED


def test_facts_and_verify_by_are_audited_and_revertable(store):
    facts = store.facts("office:poti")
    changed = store.save_facts("office:poti", {"phone": "+995 32 200 00 00"}, facts.version)
    assert changed.facts["phone"] == "+995322000000"
    dated = store.set_verify_by("office:poti", dt.date(2027, 3, 1), changed.version)
    assert dated.verify_by == dt.date(2027, 3, 1)
    entries = store.history("office:poti")
    assert [e.action for e in entries[:2]] == ["verify_by", "facts"]
    store.revert(entries[1].id)
    back = store.facts("office:poti")
    assert back.facts == facts.facts and back.verify_by is None


def test_publish_and_user_entries_cannot_be_reverted(store):
    users = store.history("user:anahit")
    assert users and users[0].action == "users"
    with pytest.raises(WorkflowError):
        store.revert(users[0].id)


def test_reverting_an_import_entry_makes_the_text_missing(store):
    imported = next(e for e in store.history(KEY) if e.action == "import" and e.language == "tr")
    store.revert(imported.id)
    assert store.text(KEY, "tr").state == MISSING


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=5),
       pick=st.integers(min_value=0, max_value=10))
def test_any_edit_sequence_then_revert_restores_the_exact_text_before_the_chosen_edit(
        store, edits, pick):
    """Random words (blanks, newlines, any script) saved one after another; reverting the
    k-th save brings back exactly the text it replaced."""
    start = store.history(KEY, limit=1)[0].id
    befores = []
    for words in edits:
        current = store.text(KEY, "ru")
        befores.append(current.fields)
        store.save_text(KEY, "ru", {"body": words}, current.version)
    saves = [e for e in store.history(KEY) if e.id > start and e.action == "save"][::-1]
    if not saves:
        return  # every save repeated the words there: nothing changed, nothing logged
    chosen = saves[pick % len(saves)]
    store.revert(chosen.id)
    assert store.text(KEY, "ru").fields == chosen.before["fields"]
    assert chosen.before["fields"] in befores
