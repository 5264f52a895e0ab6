"""Pod settings reachable as keyword arguments of templates and workflows: scheduling (node selector,
tolerations, affinity, priority), security, service account, image pull secrets, pod spec patch, pod metadata,
daemon, timeouts, sidecars and init containers, together with env, resources and volumes."""

from __future__ import annotations

import json

from hera.workflows import (
    Container,
    EmptyDirVolume,
    Env,
    PodResourceClaim,
    Resources,
    Script,
    SecretEnvFrom,
    UserContainer,
    VolumeMount,
    Workflow,
)
from hera.workflows import models as m
from tools.testing import assert_schema_valid

TOLERATION = {"key": "gpu", "operator": "Exists", "effect": "NoSchedule"}
AFFINITY = {
    "nodeAffinity": {
        "requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]}]
        }
    }
}


def test_template_level_pod_settings() -> None:
    patch = {"containers": [{"name": "main", "resources": {"limits": {"cpu": "1"}}}]}
    with Workflow(generate_name="pod-", entrypoint="main") as w:
        Container(
            name="main",
            image="alpine",
            node_selector={"kubernetes.io/os": "linux"},
            tolerations=[TOLERATION, m.Toleration(key="spot", operator="Equal", value="true")],
            affinity=AFFINITY,
            priority_class_name="high",
            scheduler_name="custom",
            service_account_name="runner",
            automount_service_account_token=False,
            pod_security_context={"runAsNonRoot": True, "runAsUser": 1000},
            security_context=m.SecurityContext(allow_privilege_escalation=False),
            pod_spec_patch=json.dumps(patch),
            labels={"app": "demo"},
            annotations={"team": "a"},
            daemon=True,
            timeout="10m",
            active_deadline_seconds=600,
            host_aliases=[{"ip": "10.0.0.1", "hostnames": ["db"]}],
            env=[Env(name="MODE", value="fast")],
            env_from=[SecretEnvFrom(name="creds")],
            resources=Resources(cpu_request="250m", memory_limit="256Mi"),
            volumes=[EmptyDirVolume(name="scratch", mount_path="/scratch")],
            init_containers=[
                UserContainer(
                    name="prepare",
                    image="alpine",
                    command=["sh", "-c", "touch /scratch/ready"],
                    volume_mounts=[VolumeMount(name="scratch", mount_path="/scratch")],
                )
            ],
            sidecars=[
                UserContainer(
                    name="proxy",
                    image="envoy",
                    env=[Env(name="PORT", value=9901)],
                    resources=Resources(memory_limit="64Mi"),
                    mirror_volume_mounts=True,
                )
            ],
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    template = manifest["spec"]["templates"][0]
    assert template["nodeSelector"] == {"kubernetes.io/os": "linux"}
    assert template["tolerations"] == [TOLERATION, {"key": "spot", "operator": "Equal", "value": "true"}]
    assert template["affinity"] == AFFINITY
    assert template["priorityClassName"] == "high"
    assert template["schedulerName"] == "custom"
    assert template["serviceAccountName"] == "runner"
    assert template["automountServiceAccountToken"] is False
    assert template["securityContext"] == {"runAsNonRoot": True, "runAsUser": 1000}
    assert json.loads(template["podSpecPatch"]) == patch
    assert template["metadata"] == {"annotations": {"team": "a"}, "labels": {"app": "demo"}}
    assert (template["daemon"], template["timeout"], template["activeDeadlineSeconds"]) == (True, "10m", 600)
    assert template["hostAliases"] == [{"ip": "10.0.0.1", "hostnames": ["db"]}]
    assert template["volumes"] == [{"name": "scratch", "emptyDir": {}}]
    assert template["initContainers"][0]["volumeMounts"] == [{"name": "scratch", "mountPath": "/scratch"}]
    assert template["sidecars"][0]["env"] == [{"name": "PORT", "value": "9901"}]
    assert template["sidecars"][0]["resources"] == {"limits": {"memory": "64Mi"}}
    container = template["container"]
    assert container["securityContext"] == {"allowPrivilegeEscalation": False}
    assert container["env"] == [{"name": "MODE", "value": "fast"}]
    assert container["envFrom"] == [{"secretRef": {"name": "creds"}}]
    assert container["resources"] == {"limits": {"memory": "256Mi"}, "requests": {"cpu": "250m"}}
    assert container["volumeMounts"] == [{"name": "scratch", "mountPath": "/scratch"}]
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_workflow_level_pod_settings() -> None:
    with Workflow(
        generate_name="pod-",
        entrypoint="main",
        node_selector={"pool": "batch"},
        tolerations=[TOLERATION],
        affinity=m.Affinity(pod_anti_affinity=m.PodAntiAffinity()),
        security_context=m.PodSecurityContext(run_as_non_root=True),
        service_account_name="workflow-runner",
        automount_service_account_token=True,
        executor={"serviceAccountName": "executor"},
        image_pull_secrets=["registry", m.LocalObjectReference(name="other")],
        priority=3,
        pod_priority_class_name="batch",
        active_deadline_seconds=3600,
        pod_spec_patch='{"terminationGracePeriodSeconds": 5}',
        pod_metadata={"labels": {"team": "data"}},
        pod_resources=Resources(cpu_limit="4"),
        resource_claims=[PodResourceClaim(name="gpu", resource_claim_template_name="gpu-template")],
        host_network=False,
        dns_policy="ClusterFirst",
        dns_config={"nameservers": ["1.1.1.1"]},
        scheduler_name="batch-scheduler",
        volumes=[EmptyDirVolume(name="shared")],
    ) as w:
        Script(
            name="main", source="print(1)", volume_mounts=[VolumeMount(name="shared", mount_path="/shared")]
        )
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    spec = manifest["spec"]
    assert spec["nodeSelector"] == {"pool": "batch"}
    assert spec["tolerations"] == [TOLERATION]
    assert spec["affinity"] == {"podAntiAffinity": {}}
    assert spec["securityContext"] == {"runAsNonRoot": True}
    assert spec["serviceAccountName"] == "workflow-runner"
    assert spec["automountServiceAccountToken"] is True
    assert spec["executor"] == {"serviceAccountName": "executor"}
    assert spec["imagePullSecrets"] == [{"name": "registry"}, {"name": "other"}]
    assert (spec["priority"], spec["podPriorityClassName"], spec["activeDeadlineSeconds"]) == (
        3,
        "batch",
        3600,
    )
    assert spec["podSpecPatch"] == '{"terminationGracePeriodSeconds": 5}'
    assert spec["podMetadata"] == {"labels": {"team": "data"}}
    assert spec["podResources"] == {"limits": {"cpu": "4"}}
    assert spec["resourceClaims"] == [{"name": "gpu", "resourceClaimTemplateName": "gpu-template"}]
    assert (spec["hostNetwork"], spec["dnsPolicy"], spec["schedulerName"]) == (
        False,
        "ClusterFirst",
        "batch-scheduler",
    )
    assert spec["dnsConfig"] == {"nameservers": ["1.1.1.1"]}
    assert spec["volumes"] == [{"name": "shared", "emptyDir": {}}]
    assert spec["templates"][0]["script"]["volumeMounts"] == [{"name": "shared", "mountPath": "/shared"}]
    assert Workflow.from_dict(manifest).to_dict() == manifest
