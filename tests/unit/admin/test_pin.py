"""Operator PIN: salted scrypt hash, constant-time check, lockout with a growing delay that
survives a restart. The clock is injected: no test sleeps."""
import json

import pytest

from kiosk.admin.pin import (
    BASE_DELAY_S, FREE_TRIES, PinError, PinStore, check_pin, hash_pin, lock_delay,
)


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now


def test_hash_format_is_salted_scrypt():
    first, second = hash_pin("2468"), hash_pin("2468")
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert first != second  # a fresh salt each time
    assert "2468" not in first
    assert check_pin("2468", first) and check_pin("2468", second)
    assert not check_pin("2469", first)
    assert not check_pin("2468", "garbage")


def test_state_file_holds_only_the_hash(tmp_path):
    store = PinStore(tmp_path / "pin.json")
    assert not store.is_set
    store.set_pin("13579")
    state = json.loads((tmp_path / "pin.json").read_text())
    assert state["hash"].startswith("scrypt$") and "13579" not in json.dumps(state)
    assert (tmp_path / "pin.json").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("pin", ["12", "12ab", "1234567890123", "١٢٣٤"])
def test_bad_pins_are_refused(tmp_path, pin):
    with pytest.raises(PinError):
        PinStore(tmp_path / "pin.json").set_pin(pin)


def test_no_pin_means_no_entry(tmp_path):
    attempt = PinStore(tmp_path / "pin.json").attempt("1234")
    assert not attempt.accepted and attempt.no_pin


def test_brute_force_is_locked_out_with_a_growing_delay_that_survives_restart(tmp_path):
    clock = Clock()
    path = tmp_path / "pin.json"
    PinStore(path, clock).set_pin("4321")
    store = PinStore(path, clock)
    for tried in range(1, FREE_TRIES):
        attempt = store.attempt(f"{tried:04d}")
        assert not attempt.accepted and attempt.tries_left == FREE_TRIES - tried
    fifth = store.attempt("0005")
    assert not fifth.accepted and fifth.locked_for_s == BASE_DELAY_S

    # A restart (a new store on the same file) is still locked; even the right PIN is refused.
    restarted = PinStore(path, clock)
    clock.now += BASE_DELAY_S - 1
    locked = restarted.attempt("4321")
    assert not locked.accepted and locked.locked_for_s == pytest.approx(1)

    # After the lock, one more wrong try locks for twice as long, then four times.
    clock.now += 1
    assert restarted.attempt("0006").locked_for_s == 2 * BASE_DELAY_S
    clock.now += 2 * BASE_DELAY_S
    assert restarted.attempt("0007").locked_for_s == 4 * BASE_DELAY_S
    clock.now += 4 * BASE_DELAY_S
    assert restarted.attempt("4321").accepted
    assert restarted.locked_for() == 0
    assert restarted.attempt("0008").tries_left == FREE_TRIES - 1  # the count started again


def test_brute_force_over_every_four_digit_pin_gets_nowhere_in_a_day(tmp_path):
    """Sum the lock delays: 10,000 guesses cannot be tried in any useful time."""
    waited = sum(lock_delay(n) for n in range(1, 10_001))
    assert waited > 365 * 24 * 3600  # more than a year for all four-digit PINs
    assert lock_delay(FREE_TRIES - 1) == 0 and lock_delay(FREE_TRIES) == BASE_DELAY_S
