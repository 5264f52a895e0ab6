"""A diamond DAG whose tasks run templates of WorkflowTemplates with `template_ref`."""

from hera.workflows import DAG, TemplateRef, Workflow

print_message = TemplateRef(name="workflow-template-print-message", template="print-message")
inner_diamond = TemplateRef(name="workflow-template-inner-dag", template="inner-diamond")

with Workflow(generate_name="workflow-template-dag-diamond-", entrypoint="diamond") as w:
    with DAG(name="diamond"):
        A = print_message(name="A", arguments={"message": "A"})
        B = print_message(name="B", arguments={"message": "B"})
        C = inner_diamond(name="C")
        D = print_message(name="D", arguments={"message": "D"})
        A >> [B, C] >> D
