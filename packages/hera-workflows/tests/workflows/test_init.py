"""Importing `hera.workflows` is cheap and lazy; names resolve on first use."""

from __future__ import annotations

import subprocess
import sys

import hera.workflows as hw


def test_import_loads_nothing_big() -> None:
    code = (
        "import sys, hera.workflows\n"
        "big = [m for m in ('pydantic', 'yaml', 'requests', 'httpx', 'hera.workflows.models', 'hera.workflows.workflow') "
        "if m in sys.modules]\n"
        "print(','.join(big))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_building_a_manifest_does_not_import_pydantic_or_the_client() -> None:
    code = (
        "import sys\n"
        "from hera.workflows import Container, Workflow\n"
        "w = Workflow(name='w', entrypoint='c', templates=[Container(name='c', image='x')])\n"
        "w.to_yaml()\n"
        "print(','.join(m for m in ('pydantic', 'requests', 'httpx', 'hera.workflows.models') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_lazy_names_and_the_script_decorator() -> None:
    from hera.workflows import script
    from hera.workflows.script import Script

    assert callable(script) and not isinstance(script, type(hw))
    assert hw.script is script
    assert hw.Script is Script
    assert "Workflow" in dir(hw)
    assert hw.WorkflowsService.__name__ == "WorkflowsService"
    assert hw.AsyncWorkflowsService.__name__ == "AsyncWorkflowsService"


def test_unknown_names_raise_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        hw.Nope  # noqa: B018


def test_namespace_path_line_is_first() -> None:
    from pathlib import Path

    source = Path(hw.__file__).read_text()
    assert source.startswith('__path__ = __import__("pkgutil").extend_path(__path__, __name__)\n')
