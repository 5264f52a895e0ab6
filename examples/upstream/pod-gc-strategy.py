"""Pod garbage collection: pods that succeeded are deleted thirty seconds after they finish."""

from hera.workflows import Container, PodGC, PodGCStrategy, Steps, Workflow

with Workflow(
    generate_name="pod-gc-strategy-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="pod-gc-strategy",
    pod_gc=PodGC(strategy=PodGCStrategy.on_pod_success, delete_delay_duration="30s"),
) as w:
    fail = Container(name="fail", image="alpine:3.23", command=["sh", "-c"], args=["exit 1"])
    succeed = Container(name="succeed", image="alpine:3.23", command=["sh", "-c"], args=["exit 0"])
    with Steps(name="pod-gc-strategy") as steps, steps.parallel():
        fail(name="fail")
        succeed(name="succeed")
