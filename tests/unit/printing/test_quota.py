"""Quotas per visitor and per hour, on an injected clock."""
from kiosk.printing.faults import Fault
from kiosk.printing.quota import PrintQuota


def test_session_quota_until_the_visitor_goes():
    quota = PrintQuota(per_session=2, per_hour=0, clock=lambda: 0.0)
    for _ in range(2):
        assert quota.refusal() is None
        quota.count()
    assert quota.refusal() == Fault.QUOTA_SESSION
    quota.reset_session()
    assert quota.refusal() is None


def test_hour_quota_slides():
    now = [0.0]
    quota = PrintQuota(per_session=0, per_hour=3, clock=lambda: now[0])
    for minute in (0, 10, 20):
        now[0] = minute * 60.0
        quota.count()
    quota.reset_session()  # a new visitor does not reset the hour
    assert quota.refusal() == Fault.QUOTA_HOUR
    now[0] = 3600.0 + 1  # the first job is more than an hour old
    assert quota.refusal() is None
