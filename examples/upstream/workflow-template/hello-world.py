"""A step that runs a template of a WorkflowTemplate stored in the cluster, through a template reference."""

from hera.workflows import Steps, TemplateRef, Workflow

with Workflow(generate_name="workflow-template-hello-world-", entrypoint="hello-world-from-templateRef") as w:
    print_message = TemplateRef(name="workflow-template-print-message", template="print-message")
    with Steps(name="hello-world-from-templateRef"):
        print_message(name="call-print-message", arguments={"message": "hello world"})
