"""One step on a Windows node and one on a Linux node, chosen by node selectors."""

from hera.workflows import Container, Steps, Workflow

with Workflow(
    labels={"workflows.argoproj.io/no-test": "environment"},
    generate_name="hello-hybrid-",
    entrypoint="mytemplate",
) as w:
    hello_win = Container(
        name="hello-win",
        node_selector={"kubernetes.io/os": "windows"},
        image="mcr.microsoft.com/windows/nanoserver:1809",
        command=["cmd", "/c"],
        args=["echo", "Hello from Windows Container!"],
    )
    hello_linux = Container(
        name="hello-linux",
        node_selector={"kubernetes.io/os": "linux"},
        image="alpine",
        command=["echo"],
        args=["Hello from Linux Container!"],
    )
    with Steps(name="mytemplate"):
        hello_win(name="step1")
        hello_linux(name="step2")
