"""The project's examples: run one, and (re)write the YAML committed next to it.

    python -m tools.examples examples/upstream/dag-diamond.py ...   # write each example's .yaml from its Python

An example is a Python file that defines `w` (one workflow object) or `documents` (a list of them, for an
upstream file holding several documents). The YAML next to it is what the example must produce; tests compare
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
DSL_KINDS = ("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow")


def run_example(script: Path) -> list[Any]:
    """The workflow objects an example defines, in document order."""
    namespace = runpy.run_path(str(script), run_name=f"example_{script.stem.replace('-', '_')}")
    if "documents" in namespace:
        return list(namespace["documents"])
    return [namespace["w"]]


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
    from hera.workflows._yaml import dump_all

    objects = run_example(script)
    target = script.with_suffix(".yaml")
    target.write_text(dump_all([obj.to_dict() for obj in objects]))
    return target


def main(argv: list[str]) -> int:
    for arg in argv:
        print(write_yaml(Path(arg)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
