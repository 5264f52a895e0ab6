"""A workflow-level PodDisruptionBudget protecting the workflow's pods from voluntary eviction."""

from hera.workflows import Container, PodDisruptionBudget, Workflow

with Workflow(
    generate_name="default-pdb-support-",
    entrypoint="pdbcreate",
    service_account_name="default",
    pod_disruption_budget=PodDisruptionBudget(min_available=9999),
) as w:
    Container(name="pdbcreate", image="busybox", command=["sh", "-c"], args=["sleep 10"])
