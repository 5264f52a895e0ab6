"""A strict, Argo-Server-compatible HTTP server for the client tests (no Argo needed, loopback only).

    with ArgoTestServer(token="t").start() as server:
        WorkflowsService(host=server.url, token="t").list_workflows(namespace="argo")

See `server.py` for validation and fault injection, `store.py` for the state it keeps, `handlers.py` for
what each operation does, and `pytest_plugin.py` for the fixtures.
"""

from __future__ import annotations

from tools.argo_test_server.server import ArgoTestServer, Fault, Recorded
from tools.argo_test_server.spec import ApiError, api_spec
from tools.argo_test_server.store import Store

__all__ = ["ApiError", "ArgoTestServer", "Fault", "Recorded", "Store", "api_spec"]
