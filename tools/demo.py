"""The main job: build the DAG-diamond workflow with the DSL, check it against the pinned schema, print its YAML.

    python -m tools.demo            (or `nox -s demo`)

When ARGO_SERVER is set, the workflow is also submitted to that Argo Server and waited for.
"""

from __future__ import annotations

import os
import sys

from hera.workflows import DAG, Workflow, script


@script(add_cwd_to_sys_path=False, image="python:alpine3.6")
def say(message):  # type: ignore[no-untyped-def]
    print(message)


def build() -> Workflow:
    """The diamond, exactly as a hera user writes it."""
    with Workflow(generate_name="dag-diamond-", entrypoint="diamond") as w:
        with DAG(name="diamond"):
            A = say(name="A", arguments={"message": "A"})
            B = say(name="B", arguments={"message": "B"})
            C = say(name="C", arguments={"message": "C"})
            D = say(name="D", arguments={"message": "D"})
            A >> [B, C] >> D
    return w


def _pinned_version() -> str:
    from tools.specs import get_pin

    return get_pin("argo-workflows", "schema.json").version


def main(poll_interval: float = 2.0) -> int:
    """Build, check, print; submit and wait (polling every `poll_interval` seconds) when ARGO_SERVER is set.
    Returns the process exit code."""
    from tools.testing import schema_errors

    w = build()
    manifest = w.to_dict()  # also validates offline (raises InvalidWorkflowError on a problem)
    errors = schema_errors(manifest, download=True)
    if errors:
        print(
            f"the manifest is invalid against the pinned Argo Workflows {_pinned_version()} schema:",
            *errors,
            sep="\n  ",
            file=sys.stderr,
        )
        return 1
    print(w.to_yaml(), end="")
    print(f"# valid against the pinned Argo Workflows {_pinned_version()} schema", file=sys.stderr)
    # --- submission hook: runs only when an Argo Server is configured ------------------------------
    if os.environ.get("ARGO_SERVER"):
        import logging

        # wait() reports progress (phase, nodes done/total, elapsed) at INFO on this logger.
        progress, handler = logging.getLogger("hera.workflows.service"), logging.StreamHandler(sys.stderr)
        progress.setLevel(logging.INFO)
        progress.addHandler(handler)
        try:
            result = w.create(wait=True, poll_interval=poll_interval)
        finally:
            progress.removeHandler(handler)
        phase = getattr(getattr(result, "status", None), "phase", None)
        print(f"# submitted to {os.environ['ARGO_SERVER']}: finished with phase {phase}", file=sys.stderr)
        return 0 if phase == "Succeeded" else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
