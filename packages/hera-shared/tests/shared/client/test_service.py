"""`SyncServiceBase` / `AsyncServiceBase`: what a generated service inherits."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

from hera.shared import global_config
from hera.shared._client import AsyncServiceBase, ConnectionSettings, Operation, RetryPolicy, SyncServiceBase
from tools.argo_test_server import ArgoTestServer

VERSION = Operation("InfoService_GetVersion", "GET", "/api/v1/version")


class Service(SyncServiceBase):
    def version(self) -> Any:
        return self._call(VERSION, {})


class AsyncService(AsyncServiceBase):
    async def version(self) -> Any:
        return await self._call(VERSION, {})


def test_services_call_through_their_transport() -> None:
    with ArgoTestServer() as server:
        with Service(host=server.url) as service:
            assert service.version()["version"] == "v4.1.2"

        async def run() -> Any:
            async with AsyncService(host=server.url) as service:
                return await service.version()

        assert asyncio.run(run())["version"] == "v4.1.2"


def test_settings_and_retry_are_shared_by_from_settings() -> None:
    settings = ConnectionSettings(host="http://h:1", namespace="n", token="t")
    policy = RetryPolicy(attempts=2)
    twin = AsyncService.from_settings(settings, policy)
    assert twin.settings is settings and twin.retry is policy
    assert (twin.host, twin.namespace) == ("http://h:1", "n")
    assert repr(twin) == "AsyncService(host='http://h:1', namespace='n', token='***')"


def test_defaults_come_from_the_global_config() -> None:
    service = Service()
    global_config.host = "argo:2746"
    global_config.base_href = "ui"
    assert service.host == "https://argo:2746/ui"
    assert service.retry == RetryPolicy()


def test_importing_the_client_core_is_cheap() -> None:
    code = (
        "import sys, hera.shared._client\n"
        "heavy = {'requests', 'httpx', 'pydantic', 'urllib3'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
