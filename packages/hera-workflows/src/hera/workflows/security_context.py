"""Security settings: `SecurityContext` (one container's: `security_context=` of a `Container`, `Script`,
`UserContainer` or `ContainerNode`) and `PodSecurityContext` (the pod's: `pod_security_context=` of a template,
`security_context=` of a workflow), with the small values they hold: `Capabilities`, `SeccompProfile`,
`AppArmorProfile`, `SELinuxOptions`, `WindowsSecurityContextOptions` and `Sysctl`.

Shorthands: `seccomp_profile="RuntimeDefault"` and `app_armor_profile="RuntimeDefault"` for a profile type,
`capabilities=Capabilities(drop=["ALL"])`, `sysctls={"net.core.somaxconn": "1024"}`. Generated models and dicts are
accepted for every nested value.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from hera.workflows._k8s_value import (
    K8sValue,
    check_bool,
    check_choice,
    check_int,
    check_items,
    check_kind,
    check_str,
    check_str_list,
)
from hera.workflows._serialize import plain
from hera.workflows.exceptions import DSLError

if TYPE_CHECKING:
    from hera.workflows import models as _m

__all__ = [
    "AppArmorProfile",
    "Capabilities",
    "PodSecurityContext",
    "SELinuxOptions",
    "SeccompProfile",
    "SecurityContext",
    "Sysctl",
    "WindowsSecurityContextOptions",
]

_PROFILE_TYPES = ("Localhost", "RuntimeDefault", "Unconfined")


@dataclasses.dataclass(kw_only=True, repr=False)
class Capabilities(K8sValue):
    """Linux capabilities added to or dropped from a container: `Capabilities(drop=["ALL"], add=["NET_BIND_SERVICE"])`."""

    add: list[str] | None = None
    drop: list[str] | None = None

    def _check(self) -> None:
        for field in ("add", "drop"):
            value = getattr(self, field)
            check_str_list(value, "Capabilities", field)
            for name in value or ():
                if not name or not name.replace("_", "").isalnum():
                    raise DSLError(
                        f"Capabilities: {field} holds {name!r}, which is not a capability name; use names such as "
                        "'NET_ADMIN', 'SYS_TIME' or 'ALL'"
                    )


@dataclasses.dataclass(kw_only=True, repr=False)
class _Profile(K8sValue):
    """A seccomp or AppArmor profile: its `type` and, for `Localhost`, the profile on the node."""

    localhost_profile: str | None = None
    type: str

    def _check(self) -> None:
        where = type(self).__name__
        check_choice(self.type, where, "type", _PROFILE_TYPES)
        check_str(self.localhost_profile, where, "localhost_profile")
        if self.type == "Localhost" and not self.localhost_profile:
            raise DSLError(
                f"{where}: type 'Localhost' needs localhost_profile (the profile on the node, e.g. 'profiles/audit.json')"
            )
        if self.type != "Localhost" and self.localhost_profile is not None:
            raise DSLError(
                f"{where}: localhost_profile is only for type 'Localhost'; remove it or set type='Localhost'"
            )


@dataclasses.dataclass(kw_only=True, repr=False)
class SeccompProfile(_Profile):
    """The seccomp profile: `SeccompProfile(type="RuntimeDefault")`, `"Unconfined"`, or
    `SeccompProfile(type="Localhost", localhost_profile="profiles/audit.json")` (a file under the kubelet's
    seccomp directory)."""


@dataclasses.dataclass(kw_only=True, repr=False)
class AppArmorProfile(_Profile):
    """The AppArmor profile: `AppArmorProfile(type="RuntimeDefault")`, `"Unconfined"`, or
    `AppArmorProfile(type="Localhost", localhost_profile="k8s-deny-write")` (a profile loaded on the node)."""


@dataclasses.dataclass(kw_only=True, repr=False)
class SELinuxOptions(K8sValue):
    """The SELinux context: `SELinuxOptions(level="s0:c123,c456")`; `user`, `role`, `type` and `level` are labels."""

    level: str | None = None
    role: str | None = None
    type: str | None = None
    user: str | None = None

    def _check(self) -> None:
        for field in ("level", "role", "type", "user"):
            check_str(getattr(self, field), "SELinuxOptions", field)


@dataclasses.dataclass(kw_only=True, repr=False)
class WindowsSecurityContextOptions(K8sValue):
    """Windows settings: `WindowsSecurityContextOptions(run_as_user_name="ContainerUser")`, a GMSA credential spec
    (`gmsa_credential_spec_name`, or its content in `gmsa_credential_spec`), `host_process`."""

    gmsa_credential_spec: str | None = None
    gmsa_credential_spec_name: str | None = None
    host_process: bool | None = None
    run_as_user_name: str | None = None

    def _check(self) -> None:
        where = "WindowsSecurityContextOptions"
        for field in ("gmsa_credential_spec", "gmsa_credential_spec_name", "run_as_user_name"):
            check_str(getattr(self, field), where, field)
        check_bool(self.host_process, where, "host_process")


@dataclasses.dataclass(kw_only=True, repr=False)
class Sysctl(K8sValue):
    """A namespaced kernel parameter of the pod: `Sysctl(name="net.core.somaxconn", value="1024")`."""

    name: str
    value: str

    def _check(self) -> None:
        check_str(self.name, "Sysctl", "name", required=True)
        if not isinstance(self.value, str):
            raise DSLError(
                f"Sysctl {self.name!r}: value must be a string, got {self.value!r}; write {str(self.value)!r}"
            )


def _profile(value: Any, cls: type[_Profile], where: str, field: str) -> Any:
    if isinstance(value, str):
        try:
            return cls(type=value)
        except DSLError as error:
            raise DSLError(f"{where}: {field}: {error}") from None
    check_kind(value, where, field, cls, "a profile type such as 'RuntimeDefault'")
    return value


@dataclasses.dataclass(kw_only=True, repr=False)
class _Common(K8sValue):
    """The fields a container's and a pod's security context share."""

    app_armor_profile: AppArmorProfile | str | dict[str, Any] | _m.AppArmorProfile | None = None
    run_as_group: int | None = None
    run_as_non_root: bool | None = None
    run_as_user: int | None = None
    se_linux_options: SELinuxOptions | dict[str, Any] | _m.SELinuxOptions | None = None
    seccomp_profile: SeccompProfile | str | dict[str, Any] | _m.SeccompProfile | None = None
    windows_options: (
        WindowsSecurityContextOptions | dict[str, Any] | _m.WindowsSecurityContextOptions | None
    ) = None

    def _check(self) -> None:
        where = type(self).__name__
        if self.app_armor_profile is not None:
            self.app_armor_profile = _profile(
                self.app_armor_profile, AppArmorProfile, where, "app_armor_profile"
            )
        if self.seccomp_profile is not None:
            self.seccomp_profile = _profile(self.seccomp_profile, SeccompProfile, where, "seccomp_profile")
        check_kind(self.se_linux_options, where, "se_linux_options", SELinuxOptions)
        check_kind(self.windows_options, where, "windows_options", WindowsSecurityContextOptions)
        check_int(self.run_as_user, where, "run_as_user", minimum=0)
        check_int(self.run_as_group, where, "run_as_group", minimum=0)
        check_bool(self.run_as_non_root, where, "run_as_non_root")
        if self.run_as_non_root and self.run_as_user == 0:
            raise DSLError(
                f"{where}: run_as_non_root=True with run_as_user=0 (root) cannot start; give a non-zero run_as_user"
            )


@dataclasses.dataclass(kw_only=True, repr=False)
class SecurityContext(_Common):
    """A container's security settings: `SecurityContext(run_as_non_root=True, allow_privilege_escalation=False,
    capabilities=Capabilities(drop=["ALL"]), read_only_root_filesystem=True)`.

    For `security_context=` of a container; the pod-wide settings (fs_group, sysctls, supplemental groups, ...)
    are a `PodSecurityContext`. `proc_mount` is `"Default"` or `"Unmasked"`; `privileged=True` cannot be combined
    with `allow_privilege_escalation=False`.
    """

    allow_privilege_escalation: bool | None = None
    capabilities: Capabilities | dict[str, Any] | _m.Capabilities | None = None
    privileged: bool | None = None
    proc_mount: str | None = None
    read_only_root_filesystem: bool | None = None

    def _check(self) -> None:
        super()._check()
        where = "SecurityContext"
        for field in ("allow_privilege_escalation", "privileged", "read_only_root_filesystem"):
            check_bool(getattr(self, field), where, field)
        check_choice(self.proc_mount, where, "proc_mount", ("Default", "Unmasked"))
        check_kind(self.capabilities, where, "capabilities", Capabilities)
        if self.allow_privilege_escalation is False:
            if self.privileged:
                raise DSLError(
                    f"{where}: privileged=True cannot be combined with allow_privilege_escalation=False (a privileged "
                    "container can always escalate); drop one of them"
                )
            added = (plain(self.capabilities) or {}).get("add") or []
            if "SYS_ADMIN" in added or "CAP_SYS_ADMIN" in added:
                raise DSLError(
                    f"{where}: capabilities.add holds SYS_ADMIN, which cannot be combined with "
                    "allow_privilege_escalation=False; drop one of them"
                )


def _sysctls(value: Any, where: str) -> list[Any] | None:
    if isinstance(value, dict):
        value = [{"name": name, "value": item} for name, item in value.items()]

    def convert(item: Any, field: str) -> Any:
        if isinstance(item, dict) and set(item) == {"name", "value"}:
            try:
                return Sysctl(name=item["name"], value=item["value"])
            except DSLError as error:
                raise DSLError(f"{where}: {field}: {error}") from None
        check_kind(item, where, field, Sysctl)
        return item

    return check_items(value, where, "sysctls", convert)


@dataclasses.dataclass(kw_only=True, repr=False)
class PodSecurityContext(_Common):
    """The pod's security settings: `PodSecurityContext(run_as_user=1000, fs_group=2000,
    seccomp_profile="RuntimeDefault")`.

    For `pod_security_context=` of a template and `security_context=` of a workflow (every pod). The user, group,
    non-root, SELinux, seccomp, AppArmor and Windows settings apply to every container that does not set its own.
    `fs_group_change_policy` is `"OnRootMismatch"` or `"Always"`; `se_linux_change_policy` `"MountOption"` or
    `"Recursive"`; `supplemental_groups_policy` `"Merge"` or `"Strict"`; `sysctls` takes `{name: value}` or a list
    of `Sysctl`.
    """

    fs_group: int | None = None
    fs_group_change_policy: str | None = None
    se_linux_change_policy: str | None = None
    supplemental_groups: list[int] | None = None
    supplemental_groups_policy: str | None = None
    sysctls: dict[str, str] | list[Sysctl | dict[str, str] | _m.Sysctl] | None = None

    def _check(self) -> None:
        super()._check()
        where = "PodSecurityContext"
        check_int(self.fs_group, where, "fs_group", minimum=0)
        check_choice(
            self.fs_group_change_policy, where, "fs_group_change_policy", ("OnRootMismatch", "Always")
        )
        check_choice(
            self.se_linux_change_policy, where, "se_linux_change_policy", ("MountOption", "Recursive")
        )
        check_choice(
            self.supplemental_groups_policy, where, "supplemental_groups_policy", ("Merge", "Strict")
        )
        groups = self.supplemental_groups
        if groups is not None:
            if not isinstance(groups, (list, tuple)):
                raise DSLError(f"{where}: supplemental_groups must be a list of group ids, got {groups!r}")
            for index, group in enumerate(groups):
                check_int(group, where, f"supplemental_groups[{index}]", minimum=0)
        self.sysctls = _sysctls(self.sysctls, where)
