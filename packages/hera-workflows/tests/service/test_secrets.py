"""No token in any exception text, repr, traceback or log line, whatever goes wrong."""

from __future__ import annotations

import asyncio
import logging
import socket
import traceback
from collections.abc import Callable
from typing import Any

import pytest

from hera.shared import global_config
from hera.shared._client import NO_RETRY, RetryPolicy
from hera.workflows.service import AsyncWorkflowsService, WorkflowsService
from tools.argo_test_server import ArgoTestServer

FAST = RetryPolicy(attempts=2, backoff=0.01, max_backoff=0.01)


def _texts(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_token_never_appears(
    argo_server: ArgoTestServer, argo_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    service = WorkflowsService(
        host=argo_server.url, token=argo_token, namespace="argo", retry=FAST, timeout=(1, 0.3)
    )
    wrong = WorkflowsService(
        host=argo_server.url, token=argo_token + "-stale", namespace="argo", retry=NO_RETRY
    )
    offline = WorkflowsService(host=f"http://127.0.0.1:{_closed_port()}", token=argo_token, retry=FAST)
    argo_server.store.add_log("argo", "wf", "wf-0", "x")
    service.create_workflow(
        {"metadata": {"name": "wf"}, "spec": {"entrypoint": "main", "templates": [{"name": "main"}]}}
    )

    failures: list[Callable[[], Any]] = []

    def echoing() -> None:
        # A server (or proxy) that repeats the credentials in its message.
        argo_server.fail_next(1, status=401, message=f"token Bearer {argo_token} is expired ({argo_token})")
        service.get_info()

    def retried_then_failed() -> None:
        argo_server.fail_next(3, message=f"overloaded, try again: {argo_token}")
        service.get_info()

    def hanging() -> None:
        argo_server.hang_next()
        service.get_info()

    def cut() -> None:
        argo_server.cut_next_stream(after_items=0)
        list(service.workflow_logs("wf"))

    def stream_error() -> None:
        argo_server.error_next_stream(after_items=0, message=f"no logs for {argo_token}")
        list(service.workflow_logs("wf"))

    failures += [
        echoing,
        retried_then_failed,
        hanging,
        cut,
        stream_error,
        lambda: wrong.list_workflows(),
        lambda: offline.get_info(),
        lambda: service.get_workflow("missing"),
        lambda: service.list_workflows(limit="not a number"),  # type: ignore[arg-type]
    ]
    texts: list[str] = []
    for failure in failures:
        with pytest.raises(Exception) as caught:
            failure()
        texts += _texts(caught.value)
    texts += [repr(service), str(service), repr(service.settings), repr(service.settings.resolve())]
    texts += [record.getMessage() for record in caplog.records]
    texts += [caplog.text]

    assert all(argo_token not in text for text in texts), [t for t in texts if argo_token in t][:1]
    assert any("token *** is expired (***)" in text for text in texts)
    assert len(caplog.records) > 0  # the retries were logged (without the token)


def test_the_token_never_appears_in_async_errors(
    argo_server: ArgoTestServer, argo_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    global_config.token = argo_token
    global_config.host = argo_server.url

    async def run() -> list[str]:
        texts: list[str] = []
        async with AsyncWorkflowsService(namespace="argo", retry=FAST, timeout=(1, 0.3)) as service:
            argo_server.fail_next(1, status=403, message=f"forbidden for {argo_token}")
            with pytest.raises(Exception) as caught:
                await service.list_workflows()
            texts += _texts(caught.value)
            argo_server.hang_next()
            with pytest.raises(Exception) as caught:
                await service.get_info()
            texts += _texts(caught.value)
            texts += [repr(service)]
        return texts

    texts = [*asyncio.run(run()), caplog.text, repr(global_config)]
    assert all(argo_token not in text for text in texts)
    assert any("forbidden for ***" in text for text in texts)
