"""A looped task in a DAG: the next task waits for every iteration."""

from hera.workflows import DAG, Container, Parameter, Workflow

with Workflow(
    generate_name="loops-dag-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="loops-dag",
) as w:
    print_message = Container(
        name="print-message",
        inputs=[Parameter(name="message")],
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
    )
    with DAG(name="loops-dag"):
        A = print_message(name="A", arguments={"message": "A"})
        B = print_message(name="B", arguments={"message": "{{item}}"}, with_items=["foo", "bar", "baz"])
        C = print_message(name="C", arguments={"message": "C"})
        A >> B >> C
