"""Helpers for tests of every distribution: the read-only reference material in `../shared`.

Upstream specs and examples are never copied into this repository. Tests read them from `../shared`
(or `$HERA_SHARED_DIR`) and skip with a message naming the missing path when it is absent.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("HERA_SHARED_DIR", REPO_ROOT.parent / "shared"))

WORKFLOWS_SCHEMA = SHARED_DIR / "specs/argo-workflows/v4.1.2/schema.json"
EVENTS_SCHEMA = SHARED_DIR / "specs/argo-events/v1.9.11/schema.json"
WORKFLOWS_EXAMPLES = SHARED_DIR / "upstream-examples/argo-workflows-v4.1.2"
EVENTS_EXAMPLES = SHARED_DIR / "upstream-examples/argo-events-v1.9.11"

WORKFLOW_KINDS = {
    "Workflow",
    "WorkflowTemplate",
    "ClusterWorkflowTemplate",
    "CronWorkflow",
    "WorkflowEventBinding",
}
EVENTS_KINDS = {"EventSource", "Sensor", "EventBus"}


def require(path: Path) -> Path:
    """Skip the calling test with a clear message when a piece of `../shared` is missing."""
    if not path.exists():
        pytest.skip(f"reference material not found: {path} (set HERA_SHARED_DIR to the shared/ directory)")
    return path


@functools.lru_cache(maxsize=None)
def _schema_validator(schema_file: str, definition: str) -> Any:
    import jsonschema

    schema = json.loads(Path(schema_file).read_text())
    wrapper = {"$ref": f"#/definitions/{definition}", "definitions": schema["definitions"]}
    return jsonschema.Draft7Validator(wrapper)


def schema_errors(manifest: dict[str, Any]) -> list[str]:
    """Errors of a manifest against the pinned JSON schema for its `kind`, each with its JSON path."""
    kind = manifest.get("kind")
    if kind in WORKFLOW_KINDS:
        schema_file, definition = WORKFLOWS_SCHEMA, f"io.argoproj.workflow.v1alpha1.{kind}"
    elif kind in EVENTS_KINDS:
        schema_file, definition = EVENTS_SCHEMA, f"io.argoproj.events.v1alpha1.{kind}"
    else:
        return [f"unknown kind {kind!r}"]
    validator = _schema_validator(str(require(schema_file)), definition)
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(manifest)]


def assert_schema_valid(manifest: dict[str, Any]) -> None:
    """Assert that a manifest is valid against the pinned JSON schema of its kind."""
    errors = schema_errors(manifest)
    assert not errors, "manifest is invalid against the pinned schema:\n" + "\n".join(errors[:20])


def iter_yaml_documents(root: Path, kinds: set[str]) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """Yield `(relative file, document index, document)` for every YAML document of the given kinds."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(root.rglob("*.y*ml")):
        with path.open() as fh:
            for index, doc in enumerate(yaml.load_all(fh, Loader=loader)):
                if isinstance(doc, dict) and doc.get("kind") in kinds:
                    yield str(path.relative_to(root)), index, doc
