"""WorkflowTemplates: a template library for one namespace; two of them can also be submitted."""

from hera.workflows import DAG, Container, Parallel, Parameter, RetryStrategy, Steps, WorkflowTemplate

echo_message = Container(
    name="print-message",
    inputs=[Parameter(name="message")],
    image="busybox",
    command=["echo"],
    args=["{{inputs.parameters.message}}"],
)

with WorkflowTemplate(
    name="workflow-template-print-message", entrypoint="print-message"
) as print_message_library:
    echo_message()
print_message = print_message_library.get_template_ref("print-message")

with WorkflowTemplate(name="workflow-template-random-fail-template") as random_fail:
    Container(
        name="random-fail-template",
        retry_strategy=RetryStrategy(limit=10),
        image="python:alpine3.23",
        command=["python", "-c"],
        args=["import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)"],
    )

with WorkflowTemplate(name="workflow-template-inner-steps") as inner_steps:
    echo_message()
    with Steps(name="inner-steps"):
        print_message(name="inner-hello1", arguments={"message": "inner-hello1"})
        with Parallel():
            print_message(name="inner-hello2a", arguments={"message": "inner-hello2a"})
            echo_message(name="inner-hello2b", arguments={"message": "inner-hello2b"})

with WorkflowTemplate(name="workflow-template-inner-dag") as inner_dag:
    echo_message()
    with DAG(name="inner-diamond"):
        A = print_message(name="inner-A", arguments={"message": "inner-A"})
        B = echo_message(name="inner-B", arguments={"message": "inner-B"})
        C = echo_message(name="inner-C", arguments={"message": "inner-C"})
        D = print_message(name="inner-D", arguments={"message": "inner-D"})
        A >> [B, C] >> D

with WorkflowTemplate(
    name="workflow-template-submittable",
    entrypoint="print-message",
    arguments={"message": "hello world"},
) as submittable:
    echo_message()

documents = [print_message_library, random_fail, inner_steps, inner_dag, submittable]
