"""`Toleration`: lets a pod run on nodes with a matching taint (`tolerations=[...]` of a template or workflow)."""

from __future__ import annotations

import dataclasses

from hera.workflows._k8s_value import K8sValue, check_choice, check_int, check_str
from hera.workflows.exceptions import DSLError

__all__ = ["Toleration"]

_OPERATORS = ("Equal", "Exists", "Lt", "Gt")
_EFFECTS = ("NoSchedule", "PreferNoSchedule", "NoExecute")


@dataclasses.dataclass(kw_only=True, repr=False)
class Toleration(K8sValue):
    """`Toleration(key="nvidia.com/gpu", operator="Exists", effect="NoSchedule")`.

    `operator` is `"Equal"` (the default: the taint's value must equal `value`), `"Exists"` (any value; no
    `value` then; without a `key` it tolerates every taint), `"Lt"` or `"Gt"` (numeric comparison). `effect`
    (`"NoSchedule"`, `"PreferNoSchedule"`, `"NoExecute"`) limits it to taints of that effect; for `"NoExecute"`,
    `toleration_seconds` is how long the pod stays on a node once the taint is added.
    """

    effect: str | None = None
    key: str | None = None
    operator: str | None = None
    toleration_seconds: int | None = None
    value: str | None = None

    def _label(self) -> str:
        return f"Toleration {self.key!r}" if self.key else "Toleration"

    def _check(self) -> None:
        where = self._label()
        check_str(self.key, where, "key")
        check_str(self.value, where, "value")
        check_choice(self.operator, where, "operator", _OPERATORS)
        check_choice(self.effect, where, "effect", _EFFECTS)
        check_int(self.toleration_seconds, where, "toleration_seconds")
        if not self.key and self.operator != "Exists":
            raise DSLError(
                f"{where}: a toleration without a key matches every taint and needs operator='Exists' "
                f"(got operator={self.operator!r}); or give key="
            )
        if self.operator == "Exists" and self.value:
            raise DSLError(f"{where}: operator 'Exists' matches any value; remove value={self.value!r}")
        if self.toleration_seconds is not None and self.effect != "NoExecute":
            raise DSLError(
                f"{where}: toleration_seconds applies to effect 'NoExecute' only; set effect='NoExecute' or remove it"
            )
