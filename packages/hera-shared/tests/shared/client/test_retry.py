"""`RetryPolicy`: what is sent again, and after how long."""

from __future__ import annotations

import pytest

from hera.shared._client import NO_RETRY, Failure, RetryPolicy


@pytest.mark.parametrize(
    ("idempotent", "failure", "retried"),
    [
        (True, Failure.NOT_SENT, True),
        (True, Failure.LOST, True),
        (True, Failure.TIMEOUT, False),
        (True, Failure.FATAL, False),
        (False, Failure.NOT_SENT, True),
        (False, Failure.LOST, False),
        (False, Failure.TIMEOUT, False),
    ],
)
def test_which_failures_are_retried(idempotent: bool, failure: Failure, retried: bool) -> None:
    assert RetryPolicy().retry_failure(idempotent, failure, attempt=1) is retried


def test_statuses_are_retried_for_idempotent_requests_only() -> None:
    policy = RetryPolicy()
    assert [s for s in (500, 502, 503, 504, 429, 404) if policy.retry_status(True, s, 1)] == [502, 503, 504]
    assert not policy.retry_status(False, 503, 1)


def test_attempts_bound_the_retries() -> None:
    policy = RetryPolicy(attempts=3)
    assert policy.retry_status(True, 503, 2)
    assert not policy.retry_status(True, 503, 3)
    assert not policy.retry_failure(True, Failure.NOT_SENT, 3)
    assert not NO_RETRY.retry_failure(True, Failure.NOT_SENT, 1)


def test_the_backoff_doubles_up_to_the_cap() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=3, jitter=0)
    assert [policy.delay(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_adds_at_most_its_fraction() -> None:
    policy = RetryPolicy(backoff=1, max_backoff=1, jitter=0.1)
    assert all(1.0 <= policy.delay(1) <= 1.1 for _ in range(50))


def test_retry_after_seconds_are_honoured_within_the_cap() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=4, jitter=0)
    assert policy.delay(1, "2") == 2.0
    assert policy.delay(1, "60") == 4.0
    assert policy.delay(1, "Wed, 21 Oct 2015 07:28:00 GMT") == 0.5


@pytest.mark.parametrize("kwargs", [{"attempts": 0}, {"backoff": -1}, {"jitter": -0.1}])
def test_invalid_policies_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="RetryPolicy"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]
