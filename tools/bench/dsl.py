"""The `hera.workflows` DSL side by side with the peer (hera==7.1.0): import, build + YAML, round trip.

Each row is the median wall time of fresh interpreters (interpreter start included). The DAG workload is
a `@script` function called N times inside one DAG, in layers of 10 where every task depends on the 10
tasks of the previous layer (`previous_layer >> task`), then one `to_yaml()`; ours validates the manifest
offline inside `to_yaml()` (the peer does not validate). The round trip loads every upstream example
document of the four workflow kinds (`from_yaml` for single-document files, `from_dict` otherwise) and
writes each back with `to_yaml()`.
"""

from __future__ import annotations

from tools import testing
from tools.bench.context import Context, ratio

SIZES = (100, 1_000, 10_000)
IMPORT_TARGET = 0.3
DAG_TARGET = 0.3
ROUND_TRIP_TARGET = 0.3
MEMORY_TARGET = 0.5

_WORKER = """
from hera.workflows import DAG, Workflow, script


@script(image="python:3.12")
def worker(i):
    print(i)


def build(n):
    with Workflow(generate_name="bench-", entrypoint="main") as w:
        with DAG(name="main"):
            previous = []
            for layer in range(n // 10):
                current = [worker(name=f"t{layer}-{j}", arguments={"i": j}) for j in range(10)]
                if previous:
                    for task in current:
                        previous >> task
                previous = current
    return w
"""


def _dag_code(n: int) -> str:
    # The @script function must live in a file (its source is read); write it to a temporary module.
    return (
        "import json, sys, tempfile, pathlib\n"
        "d = tempfile.mkdtemp()\n"
        f"pathlib.Path(d, 'bench_worker.py').write_text({_WORKER!r})\n"
        "sys.path.insert(0, d)\n"
        "import bench_worker\n"
        f"text = bench_worker.build({n}).to_yaml()\n"
        "print(json.dumps(len(text)))\n"
    )


def _round_trip_code(root: str) -> str:
    return f"""
import json, pathlib, yaml
import hera.workflows as hw
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
kinds = {{k: getattr(hw, k) for k in ("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow")}}
count = 0
for path in sorted(pathlib.Path({root!r}).rglob("*.y*ml")):
    text = path.read_text()
    docs = [d for d in yaml.load_all(text, Loader=loader) if isinstance(d, dict) and d.get("kind") in kinds]
    if not docs:
        continue
    single = len(list(yaml.load_all(text, Loader=loader))) == 1
    for doc in docs:
        cls = kinds[doc["kind"]]
        obj = cls.from_yaml(text) if single else cls.from_dict(doc)
        try:
            obj.to_yaml()
        except ValueError:  # ours refuses an invalid manifest (two upstream examples have no name)
            obj.to_yaml(validate=False)
        count += 1
print(json.dumps(count))
"""


def run(ctx: Context) -> str:
    """Measure and return the markdown section."""
    lines = [
        "## DSL: import, build + to_yaml, round trip\n",
        __doc__.split("\n\n", 1)[1].strip() + "\n",
        "| workload | ours | peer | ours / peer |",
        "| --- | --- | --- | --- |",
    ]
    results: dict[str, tuple[float, float]] = {}

    def row(label: str, code: str) -> None:
        ours, peer = ctx.wall(ctx.ours, code), ctx.wall(ctx.peer, code)
        results[label] = (ours, peer)
        lines.append(f"| {label} | {ours * 1000:.0f} ms | {peer * 1000:.0f} ms | {ratio(ours, peer)} |")

    row("`import hera.workflows`", "import hera.workflows")
    for n in SIZES:
        row(f"DAG of {n:,} tasks: build + `to_yaml()`", _dag_code(n))
    root = str(testing.require(testing.WORKFLOWS_EXAMPLES))
    count = ctx.run_json(ctx.ours, _round_trip_code(root))[0]
    row(f"round trip of the {count} upstream example documents", _round_trip_code(root))

    big = _dag_code(SIZES[-1])
    rss_ours, rss_peer = ctx.peak_rss(ctx.ours, big), ctx.peak_rss(ctx.peer, big)
    lines.append(
        f"| peak RSS, DAG of {SIZES[-1]:,} tasks | {rss_ours / 2**20:.1f} MiB | {rss_peer / 2**20:.1f} MiB | "
        f"{ratio(rss_ours, rss_peer)} |"
    )

    def target(label: str, key: str, limit: float) -> str:
        ours, peer = results[key]
        value = ours / peer
        return f"- {label} <= {limit}x the peer: {value:.2f}x ({'met' if value <= limit else 'NOT met'})."

    walls = [results[f"DAG of {n:,} tasks: build + `to_yaml()`"][0] for n in SIZES]
    # Marginal cost per task between consecutive sizes: equal (within noise) means linear growth, and the
    # fixed cost (interpreter start, imports) drops out.
    marginal = [(walls[i + 1] - walls[i]) / (SIZES[i + 1] - SIZES[i]) * 1e6 for i in range(len(SIZES) - 1)]
    memory = rss_ours / rss_peer
    lines += [
        "",
        "Targets:",
        target("`import hera.workflows`", "`import hera.workflows`", IMPORT_TARGET),
        target(f"DAG of {SIZES[-1]:,}", f"DAG of {SIZES[-1]:,} tasks: build + `to_yaml()`", DAG_TARGET),
        target("round trip", f"round trip of the {count} upstream example documents", ROUND_TRIP_TARGET),
        f"- peak RSS at {SIZES[-1]:,} tasks <= {MEMORY_TARGET}x the peer: {memory:.2f}x "
        f"({'met' if memory <= MEMORY_TARGET else 'NOT met'}).",
        "- linear growth: marginal cost per task "
        + ", ".join(f"{SIZES[i]:,} to {SIZES[i + 1]:,}: {cost:.0f} µs" for i, cost in enumerate(marginal))
        + " (about equal means linear).",
        "",
    ]
    return "\n".join(lines)
