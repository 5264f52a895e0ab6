"""Template-level fields as keyword arguments (generated models or plain dicts): retries, timeouts,
scheduling, metadata, security, memoization, synchronization."""

from hera.workflows import Container, Step, Steps, Workflow
from hera.workflows import models as m

with Workflow(generate_name="template-fields-", entrypoint="main") as w:
    Container(
        name="robust",
        image="busybox",
        command=["sh", "-c", "echo robust"],
        retry_strategy=m.RetryStrategy(
            limit="3", retry_policy="OnFailure", backoff=m.Backoff(duration="5s", factor="2")
        ),
        active_deadline_seconds=120,
        timeout="5m",
        node_selector={"kubernetes.io/os": "linux"},
        tolerations=[m.Toleration(key="dedicated", operator="Equal", value="batch", effect="NoSchedule")],
        labels={"team": "data"},
        annotations={"workflows.argoproj.io/description": "retries up to three times"},
        pod_security_context=m.PodSecurityContext(run_as_user=1000, run_as_non_root=True),
        security_context=m.SecurityContext(allow_privilege_escalation=False),
        memoize={"key": "robust", "maxAge": "1h", "cache": {"configMap": {"name": "robust-cache"}}},
        synchronization=m.Synchronization(mutexes=[m.Mutex(name="robust-lock")]),
        service_account_name="runner",
        priority_class_name="high",
    )
    with Steps(name="main", parallelism=1, fail_fast=True):
        Step(name="run", template="robust")
