"""An executor plugin declared by the workflow (`executor_plugins=[ExecutorPlugin(...)]`) serving its plugin template."""

import textwrap

from hera.workflows import (
    Capabilities,
    ContainerPort,
    ExecutorPlugin,
    Plugin,
    Resources,
    SecurityContext,
    UserContainer,
    Workflow,
)

PLUGIN_NAME = "workflow-level-hello-executor-plugin"

SERVER = textwrap.dedent(
    """\
    import json
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Plugin(BaseHTTPRequestHandler):
        def args(self):
            return json.loads(self.rfile.read(int(self.headers.get("Content-Length"))))

        def reply(self, reply):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(json.dumps(reply).encode("UTF-8"))

        def unsupported(self):
            self.send_response(404)
            self.end_headers()

        def do_POST(self):
            if self.path == "/api/v1/template.execute":
                args = self.args()
                if "workflowLevelHello" in args["template"].get("plugin", {}):
                    self.reply({
                        "node": {
                            "phase": "Succeeded",
                            "message": "Hello from a workflow-level executor plugin!"
                        }
                    })
                else:
                    self.reply({})
            else:
                self.unsupported()

    if __name__ == "__main__":
        httpd = HTTPServer(("", 4356), Plugin)
        httpd.serve_forever()
    """
)

sidecar = UserContainer(
    name=PLUGIN_NAME,
    image="python:alpine3.23",
    command=["python", "-c"],
    args=[SERVER],
    ports=[ContainerPort(container_port=4356)],
    resources=Resources(cpu_request="100m", cpu_limit="200m", memory_request="32Mi", memory_limit="64Mi"),
    security_context=SecurityContext(
        allow_privilege_escalation=False,
        capabilities=Capabilities(drop=["ALL"]),
        read_only_root_filesystem=True,
        run_as_non_root=True,
    ),
)

with Workflow(
    generate_name="workflow-level-executor-plugin-",
    labels={"workflows.argoproj.io/no-test": "environment"},
    entrypoint="main",
    executor_plugins=[ExecutorPlugin(name=PLUGIN_NAME, container=sidecar)],
) as w:
    Plugin(name="main", plugin_name="workflowLevelHello")
