"""Any sequence of workflow steps by anyone keeps the store's promises (Hypothesis)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.authoring.errors import PermissionDenied, StaleEdit, WorkflowError
from kiosk.authoring.records import APPROVED

KEY = "topic:need-exploited"
PEOPLE = ("editor", "anahit", "aram", "mariam", "nino", "admin")
LANGUAGES = ("ka", "hy", "en")

steps = st.tuples(
    st.sampled_from(("save", "submit", "approve", "reject", "revert")),
    st.sampled_from(PEOPLE), st.sampled_from(LANGUAGES), st.text(max_size=12))


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(steps, min_size=1, max_size=6))
def test_any_sequence_keeps_the_promises(store, sequence):
    for language in ("hy", "en"):  # start from approved translations, where most can go wrong
        try:
            store.save_text(KEY, language, {}, store.text(KEY, language).version)
            store.submit_for_review(KEY, language)
            store.approve(KEY, language)
        except WorkflowError:
            pass  # e.g. a text emptied by an earlier example
    for action, person, language, words in sequence:
        service = store.as_user(person)
        try:
            if action == "save":
                current = service.text(KEY, language)
                service.save_text(KEY, language, {"summary": words or "…"}, current.version)
            elif action == "submit":
                service.submit_for_review(KEY, language)
            elif action == "approve":
                before = store.text(KEY, language)
                service.approve(KEY, language)
                assert before.author != person  # nobody approves their own words
            elif action == "reject":
                service.reject(KEY, language, words)
            else:
                entries = [e for e in store.history(KEY, limit=8) if e.language]
                if entries:
                    service.revert(entries[len(words) % len(entries)].id)
        except (PermissionDenied, WorkflowError, StaleEdit):
            pass  # refused steps change nothing; the checks below still hold
        for lang in LANGUAGES:
            text = store.text(KEY, lang)
            assert not (text.state == APPROVED and text.outdated), (lang, text)
    # the grid's stored summary equals one computed from scratch
    kept = store.grid()
    store.refresh_grid()
    assert store.grid() == kept
