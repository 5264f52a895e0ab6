"""Helpers for tests of every distribution: the read-only reference material in `../shared`.

Upstream specs and examples are never copied into this repository. Tests read them from `../shared`
(or `$HERA_SHARED_DIR`) and skip with a message naming the missing path when it is absent.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tools import specs

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("HERA_SHARED_DIR", REPO_ROOT.parent / "shared"))

# Paths follow the pins in tools/spec_pins.json, so bumping a pin moves the tests to the new release.
_WORKFLOWS_PIN = specs.get_pin("argo-workflows", "schema.json")
_EVENTS_PIN = specs.get_pin("argo-events", "schema.json")
WORKFLOWS_SCHEMA = SHARED_DIR / "specs" / _WORKFLOWS_PIN.relative_path
EVENTS_SCHEMA = SHARED_DIR / "specs" / _EVENTS_PIN.relative_path
WORKFLOWS_EXAMPLES = SHARED_DIR / "upstream-examples" / f"argo-workflows-{_WORKFLOWS_PIN.version}"
EVENTS_EXAMPLES = SHARED_DIR / "upstream-examples" / f"argo-events-{_EVENTS_PIN.version}"

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
        import pytest  # only tests call this; the demo and benchmarks use this module without pytest

        pytest.skip(f"reference material not found: {path} (set HERA_SHARED_DIR to the shared/ directory)")
    return path


@functools.cache
def _schema_validator(schema_file: str, definition: str) -> Any:
    """A JSON-schema validator for one definition of a pinned schema, with the documented relaxations.

    The schema is `tools.schema_patches.validation_schema(project)`: the pinned file (sha256 checked) with only
    the corrections for types and `required` lists that the upstream schema gets wrong for manifests Argo
    itself accepts. Without them the raw Argo Workflows schema rejects 11 upstream example documents
    (`httpGet.port: 80`, `retryStrategy.limit: 10`, `activeDeadlineSeconds: 10`, `minAvailable: 9999`) and the
    raw Argo Events schema 12. Exactly these relaxations apply:

    - Argo Workflows: `IntOrString` and the embedded Argo Events `Int64OrString` accept an integer or a string;
      `Quantity` accepts a string or a number; `Container.image` and `ScriptTemplate.image`/`source` are not
      required (`templateDefaults` can supply them).
    - Argo Events: `Quantity` accepts a string or a number; not required: `url` of `WebhookContext` and
      `WebhookEventSource` (only needed to register a hook elsewhere), `queueName`/`topicName`/
      `subscriptionName` of Azure Service Bus sources and triggers (one of the two forms is used),
      every attribute of `EventContext` (a filter lists only what it matches), `secure`/`payload` of
      `CustomTrigger`, `payload` of `HTTPTrigger`.

    Nothing else is relaxed: unknown keys are allowed as in the upstream schema (it sets no
    `additionalProperties: false`), and e.g. a numeric `Parameter.value`, which the generated models accept
    for reading, is still reported here so produced manifests keep the canonical string form.
    """
    import jsonschema

    from tools.schema_patches import validation_schema

    path = Path(schema_file)
    schema = validation_schema(path.parent.parent.name, path)
    wrapper = {"$ref": f"#/definitions/{definition}", "definitions": schema["definitions"]}
    return jsonschema.Draft7Validator(wrapper)


def schema_errors(manifest: dict[str, Any], *, download: bool = False) -> list[str]:
    """Errors of a manifest against the pinned JSON schema for its `kind`, each with its JSON path.

    The schema is read from `../shared`; when it is absent a test is skipped, or, with `download=True` (the
    demo, outside tests), `tools.specs` fetches the pinned file and verifies its sha256.
    """
    kind = manifest.get("kind")
    if kind in WORKFLOW_KINDS:
        schema_file, definition = WORKFLOWS_SCHEMA, f"io.argoproj.workflow.v1alpha1.{kind}"
    elif kind in EVENTS_KINDS:
        schema_file, definition = EVENTS_SCHEMA, f"io.argoproj.events.v1alpha1.{kind}"
    else:
        return [f"unknown kind {kind!r}"]
    if download and not schema_file.exists():
        schema_file = specs.spec_path(schema_file.parent.parent.name, schema_file.name)
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


def public_module(package: str, definition: str) -> str:
    """The documented mapping of a schema definition to its public module: the dotted module below the
    models package, `-` as `_` (`io.argoproj.workflow.v1alpha1.Workflow` -> `<package>.io.argoproj.workflow.v1alpha1`).
    """
    return f"{package}.{definition.rpartition('.')[0].replace('-', '_')}"


def facade_name(definition: str, all_definitions: list[str], ranked: list[str]) -> str:
    """The documented collision rule of the flat models facade, stated independently of the generator.

    A short name used by one definition is kept. When several share it, the one from the first module of
    `ranked` keeps it; every other one is prefixed with the last two parts of its module, camel-cased
    (`io.k8s.api.core.v1.Event` -> `CoreV1Event`).
    """
    short = definition.rpartition(".")[2]
    sharing = [d for d in all_definitions if d.rpartition(".")[2] == short]
    if len(sharing) == 1:
        return short
    preferred = [d for d in sharing if d.rpartition(".")[0] in ranked]
    if preferred and min(preferred, key=lambda d: ranked.index(d.rpartition(".")[0])) == definition:
        return short
    parts = definition.rpartition(".")[0].replace("-", "_").split(".")[-2:]
    return "".join(p[:1].upper() + p[1:].replace("_", "") for p in parts) + short
