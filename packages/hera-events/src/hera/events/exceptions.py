"""The error the `hera.events` builders raise for a manifest that cannot be built."""

from __future__ import annotations

from hera.shared.exceptions import HeraError

__all__ = ["EventsDSLError"]


class EventsDSLError(HeraError, ValueError):
    """An EventSource or Sensor (or one of its parts) is not valid.

    The message names the object (`EventSource 'webhook'`, `Sensor 'x', trigger 'y'`), the field at fault, and
    what would be valid.
    """
