"""Workflow-level fields: metadata, volumes and claims, garbage collection, TTL, scheduling, pull secrets."""

from hera.workflows import Container, Steps, Workflow
from hera.workflows import models as m

with Workflow(
    generate_name="workflow-spec-fields-",
    namespace="argo",
    labels={"app": "reports"},
    annotations={"workflows.argoproj.io/description": "every spec field is a keyword argument"},
    entrypoint="main",
    service_account_name="reporter",
    parallelism=4,
    priority=10,
    active_deadline_seconds=3600,
    image_pull_secrets="registry-credentials",
    node_selector={"kubernetes.io/arch": "amd64"},
    pod_gc=m.PodGC(strategy="OnPodSuccess"),
    ttl_strategy=m.TTLStrategy(seconds_after_completion=600),
    volume_claim_gc=m.VolumeClaimGC(strategy="OnWorkflowCompletion"),
    pod_metadata=m.Metadata(labels={"workload": "batch"}),
    workflow_metadata=m.WorkflowMetadata(labels={"owner": "reports"}),
    volume_claim_templates=[
        m.PersistentVolumeClaim(
            metadata=m.ObjectMeta(name="workdir"),
            spec=m.PersistentVolumeClaimSpec(
                access_modes=["ReadWriteOnce"],
                resources=m.VolumeResourceRequirements(requests={"storage": "1Gi"}),
            ),
        )
    ],
    volumes=[m.Volume(name="config", config_map=m.ConfigMapVolumeSource(name="report-config"))],
) as w:
    write = Container(
        name="write",
        image="busybox",
        command=["sh", "-c", "cp /config/* /work/"],
        volume_mounts=[
            m.VolumeMount(name="workdir", mount_path="/work"),
            m.VolumeMount(name="config", mount_path="/config"),
        ],
    )
    with Steps(name="main"):
        write(name="write")
