"""A consumer's own input default applies when the producer it reads from was skipped."""

from hera.workflows import DAG, Container, Parameter, ValueFrom, Workflow

with Workflow(generate_name="consumer-input-default-", entrypoint="main") as w:
    produce = Container(
        name="produce",
        outputs=[Parameter(name="msg", value_from=ValueFrom(path="/tmp/out.txt"))],
        image="argoproj/argosay:v2",
        args=["echo", "real-value", "/tmp/out.txt"],
    )
    consume = Container(
        name="consume",
        inputs=[Parameter(name="in", default="fallback-from-input")],
        image="argoproj/argosay:v2",
        args=["echo", "consumer got: [{{inputs.parameters.in}}]"],
    )
    with DAG(name="main"):
        producer = produce(name="producer", when="false")
        consume(
            name="consumer",
            depends="producer.Succeeded || producer.Skipped",
            arguments={"in": producer.get_parameter("msg")},
        )
