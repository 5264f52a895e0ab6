"""`SecurityContext` (a container's) and `PodSecurityContext` (a pod's), with their nested values."""

from __future__ import annotations

import pytest

from hera.workflows import (
    AppArmorProfile,
    Capabilities,
    Container,
    ContainerNode,
    ContainerSet,
    PodSecurityContext,
    Script,
    SeccompProfile,
    SecurityContext,
    SELinuxOptions,
    Sysctl,
    TemplateDefaults,
    UserContainer,
    WindowsSecurityContextOptions,
    Workflow,
)
from hera.workflows import models as m
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError
from tools.testing import assert_schema_valid


def test_container_security_context_output() -> None:
    context = SecurityContext(
        allow_privilege_escalation=False,
        capabilities=Capabilities(drop=["ALL"], add=["NET_BIND_SERVICE"]),
        read_only_root_filesystem=True,
        run_as_non_root=True,
        run_as_user=1000,
        run_as_group=3000,
        proc_mount="Default",
        seccomp_profile="RuntimeDefault",
        app_armor_profile=AppArmorProfile(type="Localhost", localhost_profile="k8s-deny-write"),
        se_linux_options=SELinuxOptions(level="s0:c123,c456"),
        windows_options=WindowsSecurityContextOptions(run_as_user_name="ContainerUser", host_process=False),
    )
    assert plain(context) == {
        "allowPrivilegeEscalation": False,
        "appArmorProfile": {"localhostProfile": "k8s-deny-write", "type": "Localhost"},
        "capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]},
        "procMount": "Default",
        "readOnlyRootFilesystem": True,
        "runAsGroup": 3000,
        "runAsNonRoot": True,
        "runAsUser": 1000,
        "seLinuxOptions": {"level": "s0:c123,c456"},
        "seccompProfile": {"type": "RuntimeDefault"},
        "windowsOptions": {"hostProcess": False, "runAsUserName": "ContainerUser"},
    }
    assert context.seccomp_profile == SeccompProfile(type="RuntimeDefault")


def test_pod_security_context_output_and_sysctl_shorthand() -> None:
    context = PodSecurityContext(
        run_as_user=1000,
        fs_group=2000,
        fs_group_change_policy="OnRootMismatch",
        supplemental_groups=[4000, 5000],
        supplemental_groups_policy="Strict",
        se_linux_change_policy="Recursive",
        sysctls={"net.core.somaxconn": "1024"},
        seccomp_profile=SeccompProfile(type="Localhost", localhost_profile="profiles/audit.json"),
    )
    assert plain(context) == {
        "fsGroup": 2000,
        "fsGroupChangePolicy": "OnRootMismatch",
        "runAsUser": 1000,
        "seLinuxChangePolicy": "Recursive",
        "seccompProfile": {"localhostProfile": "profiles/audit.json", "type": "Localhost"},
        "supplementalGroups": [4000, 5000],
        "supplementalGroupsPolicy": "Strict",
        "sysctls": [{"name": "net.core.somaxconn", "value": "1024"}],
    }
    listed = PodSecurityContext(
        sysctls=[Sysctl(name="kernel.shm_rmid_forced", value="0"), m.Sysctl(name="a", value="b")]
    )
    assert plain(listed) == {
        "sysctls": [{"name": "kernel.shm_rmid_forced", "value": "0"}, {"name": "a", "value": "b"}]
    }


def test_in_templates_and_workflows_with_a_valid_manifest() -> None:
    pod = PodSecurityContext(run_as_non_root=True, run_as_user=1000, fs_group=2000)
    locked = SecurityContext(allow_privilege_escalation=False, capabilities=Capabilities(drop=["ALL"]))
    with Workflow(
        generate_name="secure-",
        entrypoint="main",
        security_context=PodSecurityContext(run_as_non_root=True, run_as_user=65534),
        template_defaults=TemplateDefaults(pod_security_context=pod),
    ) as w:
        Container(
            name="main",
            image="alpine",
            pod_security_context=pod,
            security_context=locked,
            sidecars=[
                UserContainer(name="side", image="alpine", security_context=SecurityContext(privileged=True))
            ],
        )
        Script(name="script", source="print(1)", security_context=locked)
        with ContainerSet(name="set"):
            ContainerNode(name="node", image="alpine", security_context=locked)
    manifest = w.to_dict()
    assert_schema_valid(manifest)
    spec = manifest["spec"]
    assert spec["securityContext"] == {"runAsNonRoot": True, "runAsUser": 65534}
    assert spec["templateDefaults"] == {
        "securityContext": {"fsGroup": 2000, "runAsNonRoot": True, "runAsUser": 1000}
    }
    templates = {t["name"]: t for t in spec["templates"]}
    assert templates["main"]["securityContext"] == {"fsGroup": 2000, "runAsNonRoot": True, "runAsUser": 1000}
    assert templates["main"]["container"]["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
    }
    assert templates["main"]["sidecars"][0]["securityContext"] == {"privileged": True}
    assert (
        templates["script"]["script"]["securityContext"] == templates["main"]["container"]["securityContext"]
    )
    assert templates["set"]["containerSet"]["containers"][0]["securityContext"]["capabilities"] == {
        "drop": ["ALL"]
    }
    assert Workflow.from_dict(manifest).to_dict() == manifest


def test_a_pod_context_given_to_a_container_and_the_reverse_are_errors() -> None:
    with pytest.raises(
        DSLError,
        match=r"template 'main': security_context takes the container's SecurityContext\(\.\.\.\), got a "
        r"PodSecurityContext; pod-wide settings go in pod_security_context=",
    ):
        Container(name="main", image="alpine", security_context=PodSecurityContext(fs_group=1))
    with pytest.raises(DSLError, match=r"UserContainer 'side': security_context takes the container's"):
        UserContainer(name="side", image="alpine", security_context=PodSecurityContext(fs_group=1))
    template = Container(name="main", image="alpine", pod_security_context=SecurityContext(privileged=True))
    with pytest.raises(DSLError, match=r"template 'main': the pod security context .* got a SecurityContext"):
        template._build()
    w = Workflow(name="w", entrypoint="main", security_context=SecurityContext(run_as_user=1), templates=[])
    with pytest.raises(DSLError, match=r"workflow 'w': the pod security context"):
        w.to_dict(validate=False)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: SecurityContext(privileged=True, allow_privilege_escalation=False),
            r"SecurityContext: privileged=True cannot be combined with allow_privilege_escalation=False",
        ),
        (
            lambda: SecurityContext(
                allow_privilege_escalation=False, capabilities=Capabilities(add=["SYS_ADMIN"])
            ),
            r"SecurityContext: capabilities.add holds SYS_ADMIN",
        ),
        (
            lambda: SecurityContext(run_as_non_root=True, run_as_user=0),
            r"SecurityContext: run_as_non_root=True with run_as_user=0 \(root\) cannot start",
        ),
        (lambda: SecurityContext(run_as_user=-1), r"SecurityContext: run_as_user -1 is out of range"),
        (lambda: SecurityContext(privileged="yes"), r"SecurityContext: privileged must be True or False"),
        (lambda: SecurityContext(proc_mount="Masked"), r"SecurityContext: proc_mount 'Masked' is not valid"),
        (
            lambda: SecurityContext(seccomp_profile="runtime/default"),
            r"SecurityContext: seccomp_profile: SeccompProfile: type 'runtime/default' is not valid; use one of "
            r"'Localhost', 'RuntimeDefault', 'Unconfined'",
        ),
        (
            lambda: SecurityContext(capabilities=SeccompProfile(type="Unconfined")),
            r"SecurityContext: capabilities must be a Capabilities",
        ),
        (
            lambda: SeccompProfile(type="Localhost"),
            r"SeccompProfile: type 'Localhost' needs localhost_profile",
        ),
        (
            lambda: AppArmorProfile(type="RuntimeDefault", localhost_profile="x"),
            r"AppArmorProfile: localhost_profile is only for type 'Localhost'",
        ),
        (
            lambda: Capabilities(drop="ALL"),
            r"Capabilities: drop must be a list of strings, got the string 'ALL'",
        ),
        (
            lambda: Capabilities(add=["NET ADMIN"]),
            r"Capabilities: add holds 'NET ADMIN', which is not a capability",
        ),
        (
            lambda: PodSecurityContext(fs_group_change_policy="Never"),
            r"fs_group_change_policy 'Never' is not valid",
        ),
        (
            lambda: PodSecurityContext(supplemental_groups=[1, "2"]),
            r"supplemental_groups\[1\] must be a whole number",
        ),
        (
            lambda: PodSecurityContext(sysctls={"a": 1}),
            r"PodSecurityContext: sysctls\[0\]: Sysctl 'a': value must be a",
        ),
        (lambda: PodSecurityContext(sysctls="a=1"), r"PodSecurityContext: sysctls must be a list"),
        (lambda: WindowsSecurityContextOptions(host_process=1), r"host_process must be True or False"),
    ],
)
def test_bad_values_name_the_class_and_field(make: object, message: str) -> None:
    with pytest.raises(DSLError, match=message):
        make()  # type: ignore[operator]
