"""Every workflow, step, task, input, output, loop, retry and metric variable of Argo used in one workflow."""

from hera.workflows import (
    DAG,
    Artifact,
    Container,
    Gauge,
    Label,
    Metrics,
    Parallel,
    Parameter,
    Probe,
    RawArtifact,
    RetryStrategy,
    Script,
    Steps,
    TCPSocketAction,
    ValueFrom,
    Workflow,
)

PREPARE = """\
set -eu
# ---- node-ctx ----
echo "node.name           = {{node.name}}"
echo "pod.name            = {{pod.name}}"
echo "steps.name          = {{steps.name}}"
# ---- identity ----
echo "workflow.name       = {{workflow.name}}"
echo "workflow.namespace  = {{workflow.namespace}}"
echo "workflow.uid        = {{workflow.uid}}"
echo "workflow.entrypoint = {{workflow.mainEntrypoint}}"
echo "workflow.sa         = {{workflow.serviceAccountName}}"
echo "workflow.priority   = {{workflow.priority}}"
# ---- timestamps ----
echo "ts.raw              = {{workflow.creationTimestamp}}"
echo "ts.RFC3339          = {{workflow.creationTimestamp.RFC3339}}"
echo "ts.epoch-seconds    = {{workflow.creationTimestamp.s}}"
echo "ts.year (strftime)  = {{workflow.creationTimestamp.Y}}"
echo "ts.scheduled        = {{workflow.scheduledTime}}"
# ---- metadata maps ----
echo "annotations.deprec  = {{workflow.annotations}}"
echo "annotations.json    = {{workflow.annotations.json}}"
echo "annotations.owner   = {{workflow.annotations.example.io/owner}}"
echo "labels.deprecated   = {{workflow.labels}}"
echo "labels.json         = {{workflow.labels.json}}"
echo "labels.app          = {{workflow.labels.app}}"
# ---- parameters ----
echo "params.deprecated   = {{workflow.parameters}}"
echo "params.json         = {{workflow.parameters.json}}"
echo "params.greeting     = {{workflow.parameters.greeting}}"
echo "params.target       = {{workflow.parameters.target}}"
# ---- runtime ----
echo "workflow.duration   = {{workflow.duration}}"
echo "workflow.status     = {{workflow.status}}"
# ---- output declared paths (pod-side) ----
echo "out.param.path      = {{outputs.parameters.greeting-out.path}}"
echo "out.artifact.path   = {{outputs.artifacts.prepared.path}}"
# The final stdout line is captured as outputs.result for this
# script node (exposed downstream as steps.prepare.outputs.result).
printf 'greeting=%s target=%s' '{{workflow.parameters.greeting}}' '{{workflow.parameters.target}}' > /tmp/out.txt
cp /tmp/out.txt /tmp/payload.txt
echo "PREPARED"
"""

PER_ITEM = """\
# Loop aggregation parses each child's stdout as JSON, so
# diagnostics go to stderr and the final line on stdout is a
# JSON value.
{
  set -eu
  # `item` and `item.<key>` are referenced at the call site
  # (main → fanout arguments) — the static validator does not
  # propagate item scope into inner template bodies.
  # ---- inputs ----
  echo "inputs.parameters   = {{inputs.parameters}}"
  echo "inputs.params.msg   = {{inputs.parameters.msg}}"
  echo "inputs.params.ctx   = {{inputs.parameters.ctx}}"
  echo "inputs.art.path     = {{inputs.artifacts.in-art.path}}"
  cat /work/in.txt
  # ---- retry ----
  echo "retries             = {{retries}}"
  echo "lastRetry.status    = {{lastRetry.status}}"
  echo "lastRetry.exitCode  = {{lastRetry.exitCode}}"
  echo "lastRetry.duration  = {{lastRetry.duration}}"
  echo "lastRetry.message   = {{lastRetry.message}}"
  # ---- node-ctx (also valid here) ----
  echo "node.name           = {{node.name}}"
  echo "pod.name            = {{pod.name}}"
  # ---- output param path ----
  echo "out.param.path      = {{outputs.parameters.echoed.path}}"
} >&2
printf '%s' '{{inputs.parameters.msg}}' > /work/echoed.txt
# outputs.result must be a JSON value for loop aggregation:
printf '{"msg":"%s"}\\n' '{{inputs.parameters.msg}}'
"""

CONSUME = """\
echo "fanout.result        = {{inputs.parameters.fanout-result}}"
echo "fanout.all-params    = {{inputs.parameters.fanout-all-params}}"
echo "fanout.echoed-param  = {{inputs.parameters.fanout-named-params}}"
echo "prepare.id           = {{inputs.parameters.prep-id}}"
echo "prepare.status       = {{inputs.parameters.prep-status}}"
echo "prepare.host         = {{inputs.parameters.prep-host}}"
echo "svc.ip               = {{inputs.parameters.svc-ip}}"
echo "prepare.startedAt    = {{inputs.parameters.prep-started}}"
echo "prepare.finishedAt   = {{inputs.parameters.prep-finished}}"
echo "prepare.exitCode     = {{inputs.parameters.prep-exit}}"
echo "prepare.result       = {{inputs.parameters.prep-result}}"
echo "prepare.param        = {{inputs.parameters.prep-param}}"
echo "current step.name    = {{inputs.parameters.step-name}}"
echo "seed-art.path        = {{inputs.artifacts.seed-art.path}}"
cat /tmp/seed.txt
"""

DAG_LEAF = """\
# Same JSON-on-stdout convention as per-item: c-loop calls this
# template via withParam, so its result is loop-aggregated.
{
  set -eu
  mkdir -p /work
  # tasks.name is substituted by the controller's local-params pass
  # to the calling task's name (e.g. "a", "b", "c-loop[0]").
  echo "tag={{inputs.parameters.tag}} tasks.name={{tasks.name}}"
  echo "a-id={{inputs.parameters.a-id}} status={{inputs.parameters.a-status}}"
  echo "a-host={{inputs.parameters.a-host}} svc-ip={{inputs.parameters.svc-ip}}"
  echo "a-started={{inputs.parameters.a-started}} finished={{inputs.parameters.a-finished}}"
  echo "a-exit={{inputs.parameters.a-exit}} result={{inputs.parameters.a-result}}"
  echo "a-param={{inputs.parameters.a-param}}"
} >&2
printf 'tag=%s' '{{inputs.parameters.tag}}' > /work/out.txt
cp /work/out.txt /work/bundle.txt
printf '{"tag":"%s"}\\n' '{{inputs.parameters.tag}}'
"""

GATHER = """\
echo "c-loop.result       = {{inputs.parameters.loop-result}}"
echo "c-loop.all-params   = {{inputs.parameters.loop-all-params}}"
echo "c-loop.named-params = {{inputs.parameters.loop-named-params}}"
"""

REPORT = """\
echo "workflow.status                  = {{inputs.parameters.final-status}}"
echo "workflow.duration                = {{inputs.parameters.final-duration}}"
echo "workflow.failures                = {{inputs.parameters.failures}}"
echo "workflow.outputs.params.prepared = {{inputs.parameters.global-param}}"
cat /tmp/global.txt
"""

LEAF_EXTRAS = (
    "a-id",
    "a-status",
    "a-host",
    "svc-ip",
    "a-started",
    "a-finished",
    "a-exit",
    "a-result",
    "a-param",
)
CONSUMED = (
    "fanout-result",
    "fanout-all-params",
    "fanout-named-params",
    "prep-id",
    "prep-status",
    "prep-host",
    "svc-ip",
    "prep-started",
    "prep-finished",
    "prep-exit",
    "prep-result",
    "prep-param",
    "step-name",
)


def args(**values: str) -> list[Parameter]:
    """Argument parameters from keyword arguments, with `_` in a name written as `-`."""
    return [Parameter(name=name.replace("_", "-"), value=value) for name, value in values.items()]


with Workflow(
    generate_name="variables-showcase-",
    annotations={
        "workflows.argoproj.io/scheduled-time": "2026-04-29T00:00:00Z",
        "workflows.argoproj.io/description": "Showcase of every non-cronworkflow variable",
        "example.io/owner": "platform-team",
    },
    labels={"app": "variables-demo", "tier": "example"},
    entrypoint="main",
    service_account_name="default",
    priority=5,
    on_exit="exit-handler",
    arguments=[
        Parameter(name="greeting", value="hello"),
        Parameter(name="target", value="world"),
        RawArtifact(name="seed", data="seed-content"),
    ],
) as w:
    prepare = Script(
        name="prepare",
        metrics=Metrics(
            metrics=[
                Gauge(
                    name="prepare_seconds",
                    help="Elapsed seconds for the prepare node.",
                    labels=[
                        Label(key="phase", value="{{status}}"),
                        Label(key="code", value="{{exitCode}}"),
                        Label(key="param", value="{{outputs.parameters.greeting-out}}"),
                        Label(key="result", value="{{outputs.result}}"),
                        Label(key="cpu", value="{{resourcesDuration.cpu}}"),
                        Label(key="mem", value="{{resourcesDuration.memory}}"),
                    ],
                    realtime=False,
                    value="{{duration}}",
                )
            ]
        ),
        outputs=[
            Parameter(
                name="greeting-out", value_from=ValueFrom(path="/tmp/out.txt"), global_name="prepared-param"
            ),
            Artifact(name="prepared", path="/tmp/payload.txt", global_name="prepared"),
        ],
        image="alpine:3.23",
        command=["sh"],
        source=PREPARE,
    )
    per_item = Script(
        name="per-item",
        inputs=[Parameter(name="msg"), Parameter(name="ctx"), Artifact(name="in-art", path="/work/in.txt")],
        retry_strategy=RetryStrategy(limit="2", retry_policy="OnError"),
        outputs=[Parameter(name="echoed", value_from=ValueFrom(path="/work/echoed.txt"))],
        image="alpine:3.23",
        command=["sh"],
        source=PER_ITEM,
    )
    consume = Container(
        name="consume",
        inputs=[
            *(Parameter(name=name) for name in CONSUMED),
            Artifact(name="seed-art", path="/tmp/seed.txt"),
        ],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[CONSUME],
    )
    svc_daemon = Container(
        name="svc-daemon",
        daemon=True,
        image="alpine:3.23",
        command=["sh", "-c"],
        args=["nc -lk -p 9999 -e /bin/true"],
        readiness_probe=Probe(
            tcp_socket=TCPSocketAction(port=9999), initial_delay_seconds=1, timeout_seconds=1
        ),
    )
    dag_leaf = Script(
        name="dag-leaf",
        inputs=[
            Parameter(name="tag"),
            *(Parameter(name=name, value="") for name in LEAF_EXTRAS),
            Artifact(name="in-art", path="/work/in", optional=True),
        ],
        outputs=[
            Parameter(name="echoed", value_from=ValueFrom(path="/work/out.txt")),
            Artifact(name="bundle", path="/work/bundle.txt"),
        ],
        image="alpine:3.23",
        command=["sh"],
        source=DAG_LEAF,
    )
    dag_gather = Container(
        name="dag-gather",
        inputs=[
            Parameter(name="loop-result"),
            Parameter(name="loop-all-params"),
            Parameter(name="loop-named-params"),
        ],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[GATHER],
    )
    exit_report = Container(
        name="exit-report",
        inputs=[
            Parameter(name="final-status"),
            Parameter(name="final-duration"),
            Parameter(name="failures"),
            Parameter(name="global-param"),
            Artifact(name="global-art", path="/tmp/global.txt"),
        ],
        image="alpine:3.23",
        command=["sh", "-c"],
        args=[REPORT],
    )

    with DAG(name="dag") as dag:
        svc = svc_daemon(name="svc")
        a = dag_leaf(name="a", arguments={"tag": "a"})
        b = dag_leaf(
            name="b",
            arguments=[
                *args(
                    tag="b",
                    a_id=a.id,
                    a_status=a.status,
                    a_host="{{tasks.a.hostNodeName}}",
                    svc_ip=svc.ip,
                    a_started="{{tasks.a.startedAt}}",
                    a_finished="{{tasks.a.finishedAt}}",
                    a_exit=a.exit_code,
                    a_result=a.result,
                    a_param=a.get_parameter("echoed").value,
                ),
                Artifact(name="in-art", from_="{{tasks.a.outputs.artifacts.bundle}}"),
            ],
        )
        c_loop = dag_leaf(name="c-loop", arguments={"tag": "{{item}}"}, with_param='["x","y","z"]')
        gather = dag_gather(
            name="gather",
            arguments=args(
                loop_result="{{tasks.c-loop.outputs.result}}",
                loop_all_params="{{tasks.c-loop.outputs.parameters}}",
                loop_named_params="{{tasks.c-loop.outputs.parameters.echoed}}",
            ),
        )
        (a & svc) >> b
        b >> c_loop >> gather

    with Steps(name="main", inputs=[Artifact(name="seed")]):
        with Parallel():
            prepare(name="prepare")
            svc_daemon(name="svc")
        per_item(
            name="fanout",
            arguments=[
                Parameter(name="msg", value="{{item.k}}={{item.v}}"),
                Parameter(name="ctx", value="{{item}}"),
                Artifact(name="in-art", from_="{{steps.prepare.outputs.artifacts.prepared}}"),
            ],
            with_items=[{"k": "alpha", "v": "1"}, {"k": "beta", "v": "2"}],
        )
        consume(
            name="consume",
            arguments=[
                *args(
                    fanout_result="{{steps.fanout.outputs.result}}",
                    fanout_all_params="{{steps.fanout.outputs.parameters}}",
                    fanout_named_params="{{steps.fanout.outputs.parameters.echoed}}",
                    prep_id="{{steps.prepare.id}}",
                    prep_status="{{steps.prepare.status}}",
                    prep_host="{{steps.prepare.hostNodeName}}",
                    svc_ip="{{steps.svc.ip}}",
                    prep_started="{{steps.prepare.startedAt}}",
                    prep_finished="{{steps.prepare.finishedAt}}",
                    prep_exit="{{steps.prepare.exitCode}}",
                    prep_result="{{steps.prepare.outputs.result}}",
                    prep_param="{{steps.prepare.outputs.parameters.greeting-out}}",
                    step_name="{{steps.name}}",
                ),
                Artifact(name="seed-art", from_="{{inputs.artifacts.seed}}"),
            ],
        )
        dag(name="dag-stage")

    with Steps(name="exit-handler"):
        exit_report(
            name="report",
            arguments=[
                *args(
                    final_status="{{workflow.status}}",
                    final_duration="{{workflow.duration}}",
                    failures="{{workflow.failures}}",
                    global_param="{{workflow.outputs.parameters.prepared-param}}",
                ),
                Artifact(name="global-art", from_="{{workflow.outputs.artifacts.prepared}}"),
            ],
        )
