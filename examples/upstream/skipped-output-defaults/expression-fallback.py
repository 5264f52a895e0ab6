"""A DAG output computed by an expression that falls back (`??`) when the producer was skipped."""

from hera.workflows import DAG, Container, Parameter, ValueFrom, Workflow

with Workflow(generate_name="expression-fallback-", entrypoint="main") as w:
    produce = Container(
        name="produce",
        outputs=[Parameter(name="msg", value_from=ValueFrom(path="/tmp/out.txt"))],
        image="argoproj/argosay:v2",
        args=["echo", "real-value", "/tmp/out.txt"],
    )
    with DAG(
        name="main",
        outputs=[
            Parameter(
                name="result",
                value_from=ValueFrom(expression="tasks.producer.outputs.parameters.msg ?? 'expr-fallback'"),
            )
        ],
    ):
        produce(name="producer", when="false")
