from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import hera.events


def _run(code: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_import_hera_events_is_cheap():
    loaded = _run(
        """
        import json, sys
        import hera.events
        print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {"pydantic", "yaml", "requests", "hera"})))
        """
    )
    assert not [m for m in loaded if m.split(".")[0] in {"pydantic", "yaml", "requests"}]
    assert "hera.events.models" not in loaded
    assert "hera.events.sensor" not in loaded


def test_builders_never_import_hera_workflows():
    loaded = _run(
        """
        import json, sys
        from hera.events import (ArgoWorkflowTrigger, Dependency, EventSource, Sensor, TriggerParameter,
                                 WebhookSource)
        source = EventSource(name="webhook", sources=[WebhookSource(name="example", port=12000, endpoint="/x")])
        dep = Dependency("dep", source, "example")
        workflow = {"apiVersion": "argoproj.io/v1alpha1", "kind": "Workflow", "metadata": {"generateName": "w-"},
                    "spec": {"arguments": {"parameters": [{"name": "message"}]}}}
        sensor = Sensor(name="s", dependencies=[dep], triggers=[ArgoWorkflowTrigger(
            "run", workflow, parameters=[TriggerParameter(dep, data_key="body", parameter="message")])])
        source.to_yaml(); sensor.to_yaml(); source.build(); sensor.build()
        Sensor.from_yaml(sensor.to_yaml())
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("hera."))))
        """
    )
    assert "hera.events.sensor" in loaded  # the builders really ran
    assert not [m for m in loaded if m.startswith("hera.workflows")]


def test_lazy_names_resolve_and_are_listed():
    for name in hera.events.__all__:
        assert getattr(hera.events, name) is not None
    assert "Sensor" in dir(hera.events)
    try:
        hera.events.Nope  # noqa: B018
    except AttributeError as exc:
        assert "has no attribute 'Nope'" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")
