"""A ClusterWorkflowTemplate: the same as a WorkflowTemplate, for every namespace of the cluster."""

from hera.workflows import ClusterWorkflowTemplate, Container, Parameter

with ClusterWorkflowTemplate(name="cluster-library", entrypoint="print-message") as w:
    Container(
        name="print-message",
        image="busybox",
        command=["echo"],
        args=["{{inputs.parameters.message}}"],
        inputs=[Parameter(name="message", default="hello from the cluster")],
    )
