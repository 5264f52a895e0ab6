from __future__ import annotations

import re
from pathlib import Path

from tools.testing import assert_schema_valid

README = Path(__file__).resolve().parents[2] / "README.md"
MARKER = "<!-- readme-test"


def _tested_blocks() -> list[str]:
    text = README.read_text()
    return re.findall(re.escape(MARKER) + r"[^\n]*\n```python\n(.*?)\n```", text, flags=re.DOTALL)


def test_readme_builder_example_runs_and_produces_valid_manifests(capsys):
    blocks = _tested_blocks()
    assert len(blocks) == 1
    namespace: dict = {}
    exec(compile(blocks[0], str(README), "exec"), namespace)
    out = capsys.readouterr().out
    assert "kind: EventSource" in out and "kind: Sensor" in out
    sensor = namespace["sensor"].to_dict()
    assert_schema_valid(namespace["webhook"].to_dict())
    assert_schema_valid(sensor)
    param = sensor["spec"]["triggers"][0]["template"]["argoWorkflow"]["parameters"][0]
    assert param == {
        "src": {"dependencyName": "test-dep", "dataKey": "body"},
        "dest": "spec.arguments.parameters.0.value",
    }
    assert type(namespace["model"]).__name__ == "Sensor"
