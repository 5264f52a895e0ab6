"""The project's examples: run one, and (re)write the YAML committed next to it.

    python -m tools.examples examples/upstream/dag-diamond.py ...   # write each example's .yaml from its Python

An example is a Python file that defines `w` (one workflow object) or `documents` (a list of them, for an
upstream file holding several documents). An example mirroring an upstream manifest that Argo itself would reject
offline (e.g. one without a name) sets `INVALID_UPSTREAM = "<why>"`: it is then built with `validate=False`, and
the tests assert that offline validation does report a problem for it. The YAML next to it is what the example must produce; tests compare
the two, so rewrite it only after checking the new output (for `examples/upstream/`, tests also compare it with
the upstream manifest of the same name in ../shared).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

from tools.testing import WORKFLOWS_EXAMPLES

UPSTREAM_EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "upstream"
DSL_KINDS = (
    "Workflow",
    "WorkflowTemplate",
    "ClusterWorkflowTemplate",
    "CronWorkflow",
    "WorkflowEventBinding",
)


def manifests(script: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The manifests an example produces, and its `INVALID_UPSTREAM` reason (None for a valid example)."""
    namespace = runpy.run_path(str(script), run_name=f"example_{script.stem.replace('-', '_')}")
    objects = list(namespace["documents"]) if "documents" in namespace else [namespace["w"]]
    reason = namespace.get("INVALID_UPSTREAM")
    return [obj.to_dict(validate=reason is None) for obj in objects], reason


def upstream_source(script: Path) -> Path:
    """The upstream manifest an `examples/upstream/...` script mirrors (same relative path, `.yaml`)."""
    return WORKFLOWS_EXAMPLES / script.relative_to(UPSTREAM_EXAMPLES).with_suffix(".yaml")


def normalise(manifest: dict[str, Any]) -> dict[str, Any]:
    """The comparison normalisation for upstream examples: templates sorted by name. Nothing else changes
    (dict comparison already ignores key order)."""
    spec = manifest.get("spec", {})
    for holder in (spec, spec.get("workflowSpec", {})):
        if isinstance(holder.get("templates"), list):
            holder["templates"] = sorted(holder["templates"], key=lambda t: str(t.get("name", "")))
    return manifest


def write_yaml(script: Path) -> Path:
    """Write the YAML an example produces next to it."""
    from hera.shared._yaml import dump_all

    target = script.with_suffix(".yaml")
    target.write_text(dump_all(manifests(script)[0]))
    return target


def main(argv: list[str]) -> int:
    for arg in argv:
        print(write_yaml(Path(arg)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
