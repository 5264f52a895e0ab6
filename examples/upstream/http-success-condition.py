"""HTTP templates that succeed only when the response matches a condition on its status, body or headers."""

from hera.workflows import HTTP, Parameter, Steps, Workflow

with Workflow(
    generate_name="http-template-condition-",
    labels={"workflows.argoproj.io/no-test": "flaky"},
    annotations={
        "workflows.argoproj.io/description": (
            "Exemplifies usage of successCondition in HTTP template (available since v3.3)\n"
        )
    },
    entrypoint="main",
) as w:

    def http_check(name: str, condition: str) -> HTTP:
        """An HTTP template requesting its `url` input, successful when `condition` holds."""
        return HTTP(
            name=name,
            inputs=[Parameter(name="url")],
            success_condition=condition,
            url="{{inputs.parameters.url}}",
        )

    status_is_201 = http_check("http-status-is-201", "response.statusCode == 201")
    body_contains_google = http_check("http-body-contains-google", 'response.body contains "google"')
    http_check("http-headers-contains-cloudflare", 'response.headers["Server"][0] == "cloudflare"')
    with Steps(name="main") as main:
        with main.parallel():
            status_is_201(
                name="http-status-is-201-succeeds", arguments={"url": "https://httpbin.org/status/201"}
            )
            body_contains_google(
                name="http-body-contains-google-succeeds", arguments={"url": "https://google.com"}
            )
