"""The review workflow, roles, and what a source change does to the other languages."""
from __future__ import annotations

import pytest

from kiosk.authoring.errors import InvalidText, NotFound, PermissionDenied, WorkflowError
from kiosk.authoring.records import APPROVED, DRAFT, IN_REVIEW, MISSING, GridFilter

KEY = "topic:need-office"


def _edit(store, user, language, **fields):
    service = store.as_user(user)
    current = service.text(KEY, language)
    return service.save_text(KEY, language, fields, current.version)


def test_translator_to_reviewer_to_approved(store):
    saved = _edit(store, "anahit", "hy", title="Որտե՞ղ է ՄՄԿ-ի գրասենյակը")
    assert (saved.state, saved.author) == (DRAFT, "anahit")
    assert store.as_user("anahit").submit_for_review(KEY, "hy").state == IN_REVIEW
    approved = store.as_user("mariam").approve(KEY, "hy")
    assert approved.state == APPROVED
    assert store.text(KEY, "hy").fields["title"] == "Որտե՞ղ է ՄՄԿ-ի գրասենյակը"
    actions = [entry.action for entry in store.history(KEY)[:3]]
    assert actions == ["approve", "submit", "save"]


def test_a_reviewer_cannot_approve_their_own_text(store):
    _edit(store, "aram", "hy", title="Որտե՞ղ է մոտակա գրասենյակը")
    store.as_user("aram").submit_for_review(KEY, "hy")
    with pytest.raises(PermissionDenied, match="another reviewer"):
        store.as_user("aram").approve(KEY, "hy")
    assert store.text(KEY, "hy").state == IN_REVIEW
    # nor can an admin approve what the admin wrote
    admin = store.as_user("admin")
    _edit(store, "admin", "ru", title="Где находится офис?")
    admin.submit_for_review(KEY, "ru")
    with pytest.raises(PermissionDenied):
        admin.approve(KEY, "ru")
    assert store.as_user("mariam").approve(KEY, "hy").state == APPROVED


def test_roles_are_checked_by_the_service(store):
    with pytest.raises(PermissionDenied):
        _edit(store, "anahit", "ru", title="Где офис?")  # translator of hy only
    with pytest.raises(PermissionDenied):
        _edit(store, "anahit", "ka", title="სად არის ოფისი?")  # not the source editor
    with pytest.raises(PermissionDenied):
        store.as_user("nino").approve(KEY, "hy")  # reviewer of another language
    with pytest.raises(PermissionDenied):
        store.as_user("editor").create_user("intruder", ("admin",))
    with pytest.raises(PermissionDenied, match="no active studio user"):
        _edit(store, "nobody", "hy", title="Որտե՞ղ")
    store.as_user("admin").set_active("anahit", False)
    with pytest.raises(PermissionDenied):
        _edit(store, "anahit", "hy", title="Որտե՞ղ է ՄՄԿ-ի գրասենյակը")
    assert store.as_user("anahit").permissions("hy").edit_text is False
    assert store.as_user("aram").permissions("hy").review is True
    assert store.as_user("aram").permissions("ru").edit_text is False


def test_approval_needs_review_first_and_reject_returns_a_draft(store):
    _edit(store, "anahit", "hy", title="Որտե՞ղ է ՄՄԿ-ի գրասենյակը")
    with pytest.raises(WorkflowError):
        store.as_user("mariam").approve(KEY, "hy")  # still a draft
    store.as_user("anahit").submit_for_review(KEY, "hy")
    rejected = store.as_user("mariam").reject(KEY, "hy", "the title should be a question")
    assert rejected.state == DRAFT
    assert store.history(KEY)[0].action == "reject"


def test_a_source_edit_makes_the_other_eight_languages_outdated(store):
    source, languages = store.info().source_language, store.info().languages
    for language in languages:  # approve everything first
        text = store.text(KEY, language)
        store.submit_for_review(KEY, language, text.version)
        store.approve(KEY, language)
    before = {lang: store.text(KEY, lang) for lang in languages}
    assert all(t.state == APPROVED and not t.outdated for t in before.values())

    _edit(store, "editor", source, summary="IOM-ს ოფისები აქვს თბილისში, ბათუმში, ქუთაისში, ფოთსა და თელავში.")
    after = {lang: store.text(KEY, lang) for lang in languages}
    others = [lang for lang in languages if lang != source]
    assert len(others) == 8
    for lang in others:
        assert after[lang].outdated, lang
        assert after[lang].state == DRAFT, lang  # the approval is dropped
        assert after[lang].fields == before[lang].fields, lang  # the words are kept
    assert not after[source].outdated and after[source].state == DRAFT
    grid = store.grid(GridFilter(language="hy", outdated=True))
    assert [row.key for row in grid.rows] == [KEY]
    assert grid.counts["hy"].outdated == 1 and grid.counts[source].outdated == 0
    with pytest.raises(WorkflowError, match="source text changed"):
        store.submit_for_review(KEY, "hy")
    # the diff shows what changed in the source since the Armenian text was made
    diff = store.source_diff(KEY, "hy")
    assert diff.known and diff.changed
    changed = {f.name: f for f in diff.fields if f.changed}
    assert set(changed) == {"summary"}
    assert changed["summary"].old == before[source].fields["summary"]
    assert changed["summary"].new.startswith("IOM-ს ოფისები")
    # saving the translation (words unchanged) makes it current again
    resaved = _edit(store, "anahit", "hy")
    assert not resaved.outdated and resaved.state == DRAFT
    assert store.source_diff(KEY, "hy").changed is False


def test_texts_are_validated_and_unknown_things_are_not_found(store):
    text = store.text("office:batumi", "en")
    with pytest.raises(InvalidText, match="hours"):
        store.save_text("office:batumi", "en", {"hours": "25:00-18:00"}, text.version)
    saved = store.save_text("office:batumi", "en", {"hours": "Mon-Fri 09:00-18:00"}, text.version)
    assert saved.fields["hours"] == "Mon-Fri 09:00-18:00"
    assert saved.fields["name"] == text.fields["name"]  # fields not given keep their words
    with pytest.raises(NotFound):
        store.text("topic:no-such-topic", "en")
    with pytest.raises(NotFound):
        store.text(KEY, "xx")


def test_emptying_a_text_makes_it_missing(store):
    current = store.text(KEY, "fa")
    emptied = store.save_text(KEY, "fa", {name: "" for name in current.fields}, current.version)
    assert emptied.state == MISSING
    assert store.grid().counts["fa"].missing == 1
