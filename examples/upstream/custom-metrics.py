"""Prometheus metrics at workflow and template level: real-time duration gauges, a histogram of a step's
output emitted only on success, and a counter of results by status."""

from hera.workflows import Container, Counter, Gauge, Histogram, Parameter, Steps, ValueFrom, Workflow


def duration_gauge(name: str, value: str) -> Gauge:
    """The real-time duration gauge each level emits, labelled with its name."""
    return Gauge(
        name="duration_gauge",
        labels={"name": name},
        help="Duration gauge by name",
        realtime=True,
        value=value,
    )


with Workflow(
    generate_name="hello-world-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    entrypoint="steps",
    metrics=[duration_gauge("workflow", "{{workflow.duration}}")],
) as w:
    random_int = Container(
        name="random-int",
        metrics=[
            Histogram(
                name="random_int_step_histogram",
                help="Value of the int emitted by random-int at step level",
                when="{{status}} == Succeeded",
                buckets=[2.01, 4.01, 6.01, 8.01, 10.01],
                value="{{outputs.parameters.rand-int-value}}",
            ),
            duration_gauge("random-int", "{{duration}}"),
        ],
        outputs=[
            Parameter(
                name="rand-int-value",
                global_name="rand-int-value",
                value_from=ValueFrom(path="/tmp/rand_int.txt"),
            )
        ],
        image="busybox",
        command=["sh", "-c"],
        args=["RAND_INT=$((1 + RANDOM % 10)); echo $RAND_INT; echo $RAND_INT > /tmp/rand_int.txt"],
    )
    flakey = Container(
        name="flakey",
        metrics=[
            Counter(
                name="result_counter",
                help="Count of step execution by result status",
                labels={"name": "flakey", "status": "{{status}}"},
                value="1",
            )
        ],
        image="python:alpine3.23",
        command=["python", "-c"],
        args=["import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)"],
    )
    with Steps(name="steps", metrics=[duration_gauge("steps", "{{duration}}")]):
        random_int(name="random-int")
        flakey(name="flakey")
