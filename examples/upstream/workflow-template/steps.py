"""Steps that run templates of WorkflowTemplates with `template_ref`."""

from hera.workflows import Parallel, Steps, TemplateRef, Workflow

print_message = TemplateRef(name="workflow-template-print-message", template="print-message")
inner_steps = TemplateRef(name="workflow-template-inner-steps", template="inner-steps")

with Workflow(generate_name="workflow-template-steps-", entrypoint="hello-hello-hello") as w:
    with Steps(name="hello-hello-hello"):
        print_message(name="hello1", arguments={"message": "hello1"})
        with Parallel():
            inner_steps(name="hello2a", arguments={"message": "hello2a"})
            print_message(name="hello2b", arguments={"message": "hello2b"})
