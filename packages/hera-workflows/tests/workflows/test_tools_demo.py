"""`python -m tools.demo` prints the diamond's YAML, valid for Argo; the DSL benchmark's workloads run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hera.shared._yaml import load
from tools import demo
from tools.argo_test_server.pytest_plugin import argo_server, argo_token
from tools.argo_test_server.server import ArgoTestServer
from tools.bench import dsl as bench_dsl
from tools.testing import REPO_ROOT, WORKFLOWS_EXAMPLES, assert_schema_valid, require

__all__ = ["argo_server", "argo_token"]


def test_demo_prints_the_diamond(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main() == 0
    manifest = load(capsys.readouterr().out)
    assert_schema_valid(manifest)
    tasks = {t["name"]: t.get("depends") for t in manifest["spec"]["templates"][0]["dag"]["tasks"]}
    assert tasks == {"A": None, "B": "A", "C": "A", "D": "B && C"}
    assert manifest == load((REPO_ROOT / "examples" / "dag_diamond.yaml").read_text())


def test_demo_submits_only_when_argo_server_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []

    class Done:
        class status:
            phase = "Succeeded"

    def fake_create(self: object, wait: bool = False, poll_interval: float = 5) -> object:
        calls.append({"wait": wait})  # the real thing runs in test_demo_submits_and_waits_with_progress
        return Done()

    from hera.workflows import Workflow

    monkeypatch.setattr(Workflow, "create", fake_create)
    assert demo.main() == 0
    assert calls == []
    monkeypatch.setenv("ARGO_SERVER", "localhost:2746")
    assert demo.main() == 0
    assert calls == [{"wait": True}]


def test_benchmark_workloads_run() -> None:
    out = subprocess.run(
        [sys.executable, "-c", bench_dsl._dag_code(30)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    assert json.loads(out.stdout.strip()) > 1000
    root = str(require(WORKFLOWS_EXAMPLES))
    out = subprocess.run(
        [sys.executable, "-c", bench_dsl._round_trip_code(root)], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout.strip()) > 200


def test_demo_submits_and_waits_with_progress(
    argo_server: ArgoTestServer,
    argo_token: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ARGO_SERVER", argo_server.url)
    monkeypatch.setenv("ARGO_TOKEN", argo_token)
    monkeypatch.setenv("ARGO_NAMESPACE", "argo")
    assert demo.main(poll_interval=0.01) == 0
    err = capsys.readouterr().err
    assert "finished with phase Succeeded" in err
    assert "Running" in err and "nodes done" in err
    (created,) = argo_server.calls_of("WorkflowService_CreateWorkflow")
    assert created.path == "/api/v1/workflows/argo"
