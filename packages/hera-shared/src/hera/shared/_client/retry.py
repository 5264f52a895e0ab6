"""When a failed request is sent again, and how long to wait first.

Idempotent requests (GET, HEAD, PUT, DELETE) are retried after a connection failure, a connection lost
before the answer, or a 502/503/504 answer. Any other request (POST: create, lint, submit, ...) is retried
only when the connection could not be made at all, because once it may have reached the server, sending it
again could create a second object. Read timeouts are never retried, so a call never waits longer than
its configured read timeout for an answer.
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass, field

__all__ = ["NO_RETRY", "Failure", "RetryPolicy"]


class Failure(enum.Enum):
    """What went wrong with a request that got no answer."""

    NOT_SENT = "the connection could not be made"
    LOST = "the connection was lost before the answer"
    TIMEOUT = "no answer within the read timeout"
    FATAL = "an error that retrying cannot fix"


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff: wait `backoff * 2**(n-1)` (at most `max_backoff`) before retry n.

    Attributes:
        attempts: how many times a request is sent at most (1 disables retries).
        backoff: the first wait, in seconds.
        max_backoff: the longest wait, also the cap on a server's `Retry-After`.
        statuses: answers that are retried for idempotent requests.
        jitter: a random extra wait of up to this fraction of the wait, so clients do not retry in step.
    """

    attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 8.0
    statuses: frozenset[int] = field(default_factory=lambda: frozenset({502, 503, 504}))
    jitter: float = 0.1

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError(f"RetryPolicy.attempts={self.attempts} must be at least 1")
        if self.backoff < 0 or self.max_backoff < 0 or self.jitter < 0:
            raise ValueError("RetryPolicy.backoff, max_backoff and jitter must not be negative")

    def retry_failure(self, idempotent: bool, failure: Failure, attempt: int) -> bool:
        """Whether to send again after `attempt` (1-based) ended without an answer."""
        if attempt >= self.attempts:
            return False
        if failure is Failure.NOT_SENT:
            return True
        return idempotent and failure is Failure.LOST

    def retry_status(self, idempotent: bool, status: int, attempt: int) -> bool:
        """Whether to send again after `attempt` (1-based) was answered with `status`."""
        return idempotent and status in self.statuses and attempt < self.attempts

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before the retry that follows `attempt`."""
        wait = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        if retry_after and _is_number(retry_after):
            wait = min(self.max_backoff, max(wait, float(retry_after)))
        return wait + random.uniform(0, wait * self.jitter)


def _is_number(text: str) -> bool:
    """Whether a `Retry-After` value is seconds (it may also be an HTTP date, which we ignore)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


NO_RETRY = RetryPolicy(attempts=1)
"""Send every request once."""
