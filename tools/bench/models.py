"""Import cost of the generated models, side by side with the peer (hera==7.1.0).

Each row is the median wall time of fresh interpreters running one statement. The "first validation" rows
import the models and validate one upstream example (embedded in the command as JSON, so YAML parsing is
not measured); our models build their validators on that first use, the peer's at import.
"""

from __future__ import annotations

import json
from pathlib import Path

from tools.bench.context import Context, ratio
from tools.testing import EVENTS_EXAMPLES, WORKFLOWS_EXAMPLES

WORKFLOW_EXAMPLE = "dag-diamond.yaml"
SENSOR_EXAMPLE = "sensors/webhook.yaml"
IMPORT_TARGET = 1.5  # `import hera.workflows.models` <= 1.5x `import pydantic`
VALIDATE_TARGET = 0.5  # import + first Workflow validation < 0.5x the peer's


def _example(root: Path, name: str) -> str:
    import yaml

    path = root / name
    if not path.is_file():
        raise FileNotFoundError(
            f"upstream example {path} not found (set HERA_SHARED_DIR to the shared/ directory)"
        )
    return json.dumps(yaml.safe_load(path.read_text()))


def _validate(package: str, kind: str, document: str) -> str:
    return f"import json\nfrom {package} import {kind}\n{kind}.model_validate(json.loads({document!r}))"


def run(ctx: Context) -> str:
    """Measure and return the markdown section."""
    workflow = _example(WORKFLOWS_EXAMPLES, WORKFLOW_EXAMPLE)
    sensor = _example(EVENTS_EXAMPLES, SENSOR_EXAMPLE)
    rows = [
        ("`python -c pass`", "pass"),
        ("`import pydantic`", "import pydantic"),
        ("`import hera.workflows.models`", "import hera.workflows.models"),
        ("`from hera.workflows.models import Workflow`", "from hera.workflows.models import Workflow"),
        (
            f"import + first `Workflow.model_validate` ({WORKFLOW_EXAMPLE})",
            _validate("hera.workflows.models", "Workflow", workflow),
        ),
        ("`import hera.events.models`", "import hera.events.models"),
        (
            f"import + first `Sensor.model_validate` ({SENSOR_EXAMPLE})",
            _validate("hera.events.models", "Sensor", sensor),
        ),
    ]
    walls = {code: (ctx.wall(ctx.ours, code), ctx.wall(ctx.peer, code)) for _, code in rows}
    lines = [
        "## Generated models: import cost\n",
        __doc__.split("\n\n", 1)[1].strip() + "\n",
        "| statement | ours | peer | ours / peer |",
        "| --- | --- | --- | --- |",
    ]
    for label, code in rows:
        ours, peer = walls[code]
        lines.append(f"| {label} | {ours * 1000:.0f} ms | {peer * 1000:.0f} ms | {ratio(ours, peer)} |")

    validate_code = rows[4][1]
    rss_ours, rss_peer = ctx.peak_rss(ctx.ours, validate_code), ctx.peak_rss(ctx.peer, validate_code)
    lines.append(
        f"| peak RSS of import + first `Workflow.model_validate` | {rss_ours / 2**20:.1f} MiB | "
        f"{rss_peer / 2**20:.1f} MiB | {ratio(rss_ours, rss_peer)} |"
    )

    facade, pydantic_import = walls["import hera.workflows.models"][0], walls["import pydantic"][0]
    ours_validate, peer_validate = walls[validate_code]
    import_ok = facade <= IMPORT_TARGET * pydantic_import
    validate_ok = ours_validate < VALIDATE_TARGET * peer_validate
    lines += [
        "",
        "Targets:",
        f"- `import hera.workflows.models` <= {IMPORT_TARGET}x `import pydantic`: "
        f"{facade / pydantic_import:.2f}x ({'met' if import_ok else 'NOT met'}; the facade does not import pydantic).",
        f"- import + first `Workflow.model_validate` < {VALIDATE_TARGET}x the peer: "
        f"{ours_validate / peer_validate:.2f}x ({'met' if validate_ok else 'NOT met'}).",
        "",
    ]
    return "\n".join(lines)
