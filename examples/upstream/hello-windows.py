"""A Windows container, placed on a Windows node by a node selector."""

from hera.workflows import Container, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="hello-windows-",
    entrypoint="hello-win",
) as w:
    Container(
        name="hello-win",
        node_selector={"kubernetes.io/os": "windows"},
        image="mcr.microsoft.com/windows/nanoserver:1809",
        command=["cmd", "/c"],
        args=["echo", "Hello from Windows Container!"],
    )
