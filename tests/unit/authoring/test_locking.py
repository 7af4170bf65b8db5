"""Optimistic locking with two real connections: a stale save is refused, never merged."""
from __future__ import annotations

import threading

import pytest

from kiosk.authoring.errors import StaleEdit, StaleFacts
from kiosk.authoring.service import StudioService

KEY = "office:kutaisi"


@pytest.fixture
def two_people(store_url):
    """Two editors, each with a connection pool (engine) of their own."""
    first = StudioService.open(store_url, user="editor")
    second = StudioService.open(store_url, user="admin")
    yield first, second
    first.close()
    second.close()


def test_the_second_of_two_saves_of_the_same_text_is_refused_and_both_texts_survive(two_people):
    first, second = two_people
    opened_by_first = first.text(KEY, "ka")
    opened_by_second = second.text(KEY, "ka")
    assert opened_by_first.version == opened_by_second.version

    mine = {"address": "ქუთაისი, რუსთაველის გამზირი"}
    theirs = {"address": "ქუთაისი, წერეთლის ქუჩა"}
    saved = first.save_text(KEY, "ka", mine, opened_by_first.version)
    with pytest.raises(StaleEdit) as refused:
        second.save_text(KEY, "ka", theirs, opened_by_second.version)

    assert refused.value.current.fields["address"] == mine["address"]  # the other person's
    assert refused.value.current.updated_by == "editor"
    assert refused.value.yours == theirs  # and the refused text, to show beside it
    assert "editor" in str(refused.value)
    stored = second.text(KEY, "ka")
    assert stored.fields["address"] == mine["address"] and stored.version == saved.version
    # the refused person saves again on top of the newer text: nothing was lost
    again = second.save_text(KEY, "ka", theirs, stored.version)
    assert again.fields["address"] == theirs["address"]
    assert [e.user for e in second.history(KEY) if e.action == "save"][:2] == ["admin", "editor"]


def test_simultaneous_saves_race_and_exactly_one_wins(two_people):
    """Both save at the same moment with the version they opened: the database decides."""
    people = two_people
    for round_number in range(4):
        opened = people[0].text(KEY, "ka").version
        barrier = threading.Barrier(2)
        outcomes: list[str] = [""] * 2

        def save(index: int) -> None:
            barrier.wait()
            try:
                people[index].save_text(KEY, "ka", {"address": f"round {round_number} by {index}"},
                                        opened)
                outcomes[index] = "saved"
            except StaleEdit as exc:
                outcomes[index] = "refused:" + exc.current.fields["address"]
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                outcomes[index] = f"failed:{exc!r}"

        threads = [threading.Thread(target=save, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(o.split(":")[0] for o in outcomes) == ["refused", "saved"], outcomes
        winner = outcomes.index("saved")
        final = people[0].text(KEY, "ka")
        assert final.fields["address"] == f"round {round_number} by {winner}"
        assert outcomes[1 - winner] == f"refused:round {round_number} by {winner}"


def test_a_new_text_created_twice_is_refused_the_second_time(two_people):
    first, second = two_people
    first = first.as_user(None)  # the system, on the first connection pool
    current = first.text(KEY, "fa")
    first.save_text(KEY, "fa", {name: "" for name in current.fields}, current.version)
    emptied = first.text(KEY, "fa")
    assert emptied.state == "missing"
    first.save_text(KEY, "fa", {"name": "دفتر", "city": "کوتایسی"}, emptied.version)
    with pytest.raises(StaleEdit) as refused:
        second.save_text(KEY, "fa", {"name": "دفتر میدانی", "city": "کوتایسی"}, emptied.version)
    assert refused.value.current.fields["name"] == "دفتر"


def test_stale_facts_are_refused_with_the_current_facts(two_people):
    first, second = two_people
    a, b = first.facts(KEY), second.facts(KEY)
    first.save_facts(KEY, {"email": "kutaisi@example.org"}, a.version)
    with pytest.raises(StaleFacts) as refused:
        second.save_facts(KEY, {"email": "other@example.org"}, b.version)
    assert refused.value.current.facts["email"] == "kutaisi@example.org"
    assert refused.value.yours == {"email": "other@example.org"}
    assert second.facts(KEY).facts["email"] == "kutaisi@example.org"


def test_two_languages_of_one_item_saved_at_once_both_reach_the_grid(two_people):
    """Saves of different languages of one item queue on the item's row, so the grid's
    summary of that item sees both (neither overwrites the other's state)."""
    first, second = two_people[0].as_user(None), two_people[1].as_user(None)
    barrier = threading.Barrier(2)
    errors = []

    def empty(service, language):
        try:
            text = service.text(KEY, language)
            barrier.wait()
            service.save_text(KEY, language, {n: "" for n in text.fields}, text.version)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(repr(exc))

    threads = [threading.Thread(target=empty, args=(first, "tr")),
               threading.Thread(target=empty, args=(second, "az"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    row = next(r for r in first.grid().rows if r.key == KEY)
    assert (row.cells["tr"].state, row.cells["az"].state) == ("missing", "missing")
