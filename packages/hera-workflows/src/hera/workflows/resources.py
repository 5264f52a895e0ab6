"""`Resources`: a container's resource requests and limits (CPU, memory, ephemeral storage, GPUs, others),
`PodResourceClaim`: a Dynamic Resource Allocation claim of a pod, and the Kubernetes quantity checks they use.

Quantities are checked where they are given: `Resources(memory_request="1Gb")` raises an error naming the
field and the units Kubernetes accepts. Values holding an Argo expression (`"{{inputs.parameters.mem}}"`)
are written as they are, since Argo substitutes them before Kubernetes reads them.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any

from hera.workflows._policy_checks import is_expression
from hera.workflows._serialize import plain
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = [
    "PodResourceClaim",
    "Resources",
    "check_quantity",
    "check_resource_requirements",
    "check_template_resources",
    "parse_quantity",
]

_QUANTITY = re.compile(r"^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$")
_BINARY = {"Ki": 1, "Mi": 2, "Gi": 3, "Ti": 4, "Pi": 5, "Ei": 6}
_DECIMAL = {"m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18}

CPU_UNITS = "a number of cores ('0.5', '2') or of millicores with the unit m ('500m')"
BYTE_UNITS = (
    "a number of bytes, optionally with one of the units Ki, Mi, Gi, Ti, Pi, Ei (powers of 1024) or "
    "k, M, G, T, P, E (powers of 1000), e.g. '512Mi' or '1G'"
)
COUNT_UNITS = "a whole number >= 0, e.g. '1'"
ANY_UNITS = (
    "a number >= 0, optionally with one of the units m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an "
    "exponent such as 'e3'"
)


def parse_quantity(value: Any) -> Decimal | None:
    """The number a Kubernetes quantity stands for (`"1Ki"` -> 1024, `"500m"` -> 0.5); None if it is not one.

    Ints and floats are quantities too (`0.5` is half a CPU); booleans are not.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if not isinstance(value, str):
        return None
    match = _QUANTITY.match(value)
    if match is None:
        return None
    number, suffix = Decimal(match.group(1)), match.group(2) or ""
    if suffix in _BINARY:
        return number * (Decimal(1024) ** _BINARY[suffix])
    if suffix in _DECIMAL:
        return number.scaleb(_DECIMAL[suffix])
    return number.scaleb(int(suffix[1:]))


def _kind_of(resource: str) -> str:
    if resource == "cpu":
        return "cpu"
    if resource in ("memory", "ephemeral-storage", "storage") or resource.startswith("hugepages-"):
        return "bytes"
    if "/" in resource:
        return "count"
    return "any"


def _units_for(kind: str) -> str:
    return {"cpu": CPU_UNITS, "bytes": BYTE_UNITS, "count": COUNT_UNITS}.get(kind, ANY_UNITS)


def _suffix(value: str) -> str:
    match = _QUANTITY.match(value)
    return (match.group(2) or "") if match else ""


def check_quantity(value: Any, resource: str, where: str, kind: str | None = None) -> str:
    """`value` as the string Kubernetes wants for `resource` (`cpu`, `memory`, `nvidia.com/gpu`, ...).

    Raises `DSLError` starting with `where` (the template and field) and naming the accepted units when the
    value is not a non-negative quantity of the right kind (`kind`: "cpu", "bytes", "count" or "any";
    by default it follows from `resource`). Argo expressions are returned unchanged.
    """
    if is_expression(value):
        return str(value)
    kind = kind or _kind_of(resource)
    number = parse_quantity(value)
    text = value if isinstance(value, str) else str(value)
    problem = None
    if number is None:
        problem = f"is not a valid {resource} quantity"
    elif number < 0:
        problem = "is negative"
    elif kind == "cpu" and isinstance(value, str) and _suffix(value) not in ("", "m"):
        problem = f"has the unit {_suffix(value)!r}, which is not a CPU unit"
    elif kind == "bytes" and isinstance(value, str) and _suffix(value) == "m":
        problem = "uses the unit 'm' (thousandths of a byte); did you mean 'Mi' or 'M'?"
    elif kind == "count" and number != number.to_integral_value():
        problem = "is not a whole number"
    if problem is not None:
        raise DSLError(f"{where} {value!r} {problem}; use {_units_for(kind)}")
    return text


def _check_order(requests: dict[str, Any], limits: dict[str, Any], where: str) -> None:
    for resource, request in requests.items():
        limit = limits.get(resource)
        if limit is None or is_expression(request) or is_expression(limit):
            continue
        low, high = parse_quantity(request), parse_quantity(limit)
        if low is not None and high is not None and low > high:
            raise DSLError(
                f"{where}: the {resource} request {request!r} is greater than its limit {limit!r}; a request "
                "must be less than or equal to the limit"
            )


def check_resource_requirements(value: Any, where: str) -> None:
    """Check the quantities of a ResourceRequirements given as a dict or a generated model.

    `where` names the place (`template 'build': resources`); a `Resources` object checks itself.
    """
    if value is None or isinstance(value, Resources):
        return
    data = plain(value)
    if not isinstance(data, dict):
        raise DSLError(
            f"{where} must be a Resources(...) object, a dict or a models.ResourceRequirements, got "
            f"{type(value).__name__}"
        )
    maps: dict[str, dict[str, Any]] = {}
    for section in ("requests", "limits"):
        entries = data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, dict):
            raise DSLError(f"{where}.{section} must map resource names to quantities, got {entries!r}")
        for resource, quantity in entries.items():
            check_quantity(quantity, resource, f"{where}.{section}.{resource}")
        maps[section] = entries
    _check_order(maps.get("requests", {}), maps.get("limits", {}), where)


def check_template_resources(template: Any) -> None:
    """Check the `resources` and `pod_resources` a template was given as dicts or models (a `Resources`
    checks itself), naming the template in the error."""
    owner = template._owner()
    check_resource_requirements(template.resources, f"{owner}: resources")
    check_resource_requirements(template.pod_resources, f"{owner}: pod_resources")


_FIELDS = (
    ("cpu_request", "requests", "cpu"),
    ("cpu_limit", "limits", "cpu"),
    ("memory_request", "requests", "memory"),
    ("memory_limit", "limits", "memory"),
    ("ephemeral_request", "requests", "ephemeral-storage"),
    ("ephemeral_limit", "limits", "ephemeral-storage"),
)
_CUSTOM_KEYS = ("requests", "limits", "claims")
_FIELD_OF = {(section, resource): attr for attr, section, resource in _FIELDS}


@dataclasses.dataclass(kw_only=True)
class Resources(ValueObject):
    """Requests and limits of a container: `Resources(cpu_request="500m", memory_limit="1Gi", gpus=1)`.

    CPU takes cores or millicores (`0.5`, `"2"`, `"500m"`); memory and ephemeral storage bytes with an
    optional unit (`"512Mi"`, `"1G"`). `gpus` is a whole number of GPUs, requested and limited under the
    resource name `gpu_flag` (default `"nvidia.com/gpu"`, e.g. `"amd.com/gpu"`). `custom_resources` is
    merged into the result as in hera: `{"limits": {"example.com/fpga": "1"}}`. `claims` names the pod's
    resource claims the container uses (`claims=["accelerator"]`; dicts or models also work). A request
    greater than its limit, a negative value or an unknown unit is an error naming the field.
    """

    cpu_request: int | float | str | None = None
    cpu_limit: int | float | str | None = None
    memory_request: int | str | None = None
    memory_limit: int | str | None = None
    ephemeral_request: int | str | None = None
    ephemeral_limit: int | str | None = None
    gpus: int | str | None = None
    gpu_flag: str = "nvidia.com/gpu"
    custom_resources: dict[str, Any] | None = None
    claims: list[Any] | None = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)
    _inner_order: dict[str, tuple[str, ...]] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        self._sections()

    def _sections(self) -> dict[str, Any]:
        """The `requests`, `limits` and `claims` sections, checking every value."""
        requests: dict[str, str] = {}
        limits: dict[str, str] = {}
        targets = {"requests": requests, "limits": limits}
        for attr, section, resource in _FIELDS:
            value = getattr(self, attr)
            if value is not None:
                targets[section][resource] = check_quantity(value, resource, f"Resources: {attr}")
        if self.gpus is not None:
            if not isinstance(self.gpu_flag, str) or not self.gpu_flag:
                raise DSLError(
                    f"Resources: gpu_flag must be the GPU resource name, such as 'nvidia.com/gpu', "
                    f"got {self.gpu_flag!r}"
                )
            if isinstance(self.gpus, bool) or not isinstance(self.gpus, (int, str)):
                raise DSLError(f"Resources: gpus {self.gpus!r} must be a whole number >= 0, e.g. gpus=1")
            gpus = check_quantity(self.gpus, self.gpu_flag, "Resources: gpus", kind="count")
            requests[self.gpu_flag] = limits[self.gpu_flag] = gpus
        _check_order(requests, limits, "Resources")
        out: dict[str, Any] = {}
        if self.custom_resources is not None:
            self._merge_custom(out, requests, limits)
        if limits:
            out["limits"] = limits
        if requests:
            out["requests"] = requests
        if self.claims is not None:
            out["claims"] = [*out.get("claims", []), *self._claims()]
        return out

    def _merge_custom(self, out: dict[str, Any], requests: dict[str, str], limits: dict[str, str]) -> None:
        custom = plain(self.custom_resources)
        if not isinstance(custom, dict) or any(key not in _CUSTOM_KEYS for key in custom):
            raise DSLError(
                f"Resources: custom_resources {self.custom_resources!r} must be a dict with the keys requests, "
                "limits and/or claims, e.g. custom_resources={'limits': {'example.com/fpga': '1'}}"
            )
        for section, target in (("requests", requests), ("limits", limits)):
            for resource, quantity in (custom.get(section) or {}).items():
                where = f"Resources: custom_resources[{section!r}][{resource!r}]"
                if resource in target:
                    raise DSLError(f"{where} sets {resource!r} a second time; give it in one place only")
                target[resource] = check_quantity(quantity, resource, where)
        if "claims" in custom:
            out["claims"] = list(custom["claims"])

    def _claims(self) -> list[Any]:
        claims = self.claims
        if isinstance(claims, (str, dict)) or not isinstance(claims, (list, tuple)):
            raise DSLError(
                f"Resources: claims must be a list of claim names, got {claims!r}; e.g. claims=['gpu']"
            )
        out = []
        for claim in claims:
            if isinstance(claim, str):
                if not claim:
                    raise DSLError(
                        "Resources: claims holds an empty name; name one of the pod's resource claims"
                    )
                out.append({"name": claim})
            else:
                out.append(plain(claim))
        return out

    def _build(self) -> dict[str, Any]:
        out = self._sections()
        if self._order is None:
            return out
        from hera.workflows._template import reorder

        for section, order in (self._inner_order or {}).items():
            if isinstance(out.get(section), dict):
                out[section] = reorder(out[section], order)
        return reorder(out, self._order)

    @classmethod
    def _load(cls, data: Any) -> Any:
        """A Resources holding a container's manifest `resources` exactly: cpu, memory and ephemeral-storage
        become their fields, other resources `custom_resources`, name-only claims `claims`. The data itself
        is returned when it does not fit (other keys, quantities that are not strings, request > limit, ...)."""
        from hera.workflows._value import load_exact

        if not isinstance(data, dict) or not data.keys() <= set(_CUSTOM_KEYS):
            return data
        fields: dict[str, Any] = {}
        custom: dict[str, Any] = {}
        inner: dict[str, tuple[str, ...]] = {}
        for section in ("requests", "limits"):
            entries = data.get(section)
            if entries is None:
                continue
            if not isinstance(entries, dict):
                return data
            inner[section] = tuple(entries)
            for resource, quantity in entries.items():
                attr = _FIELD_OF.get((section, resource))
                if attr is None:
                    custom.setdefault(section, {})[resource] = quantity
                else:
                    fields[attr] = quantity
        claims = data.get("claims")
        if claims is not None:
            if isinstance(claims, list) and all(
                isinstance(c, dict) and c.keys() == {"name"} and isinstance(c["name"], str) for c in claims
            ):
                fields["claims"] = [c["name"] for c in claims]
            else:
                custom["claims"] = claims
        if custom:
            fields["custom_resources"] = custom
        return load_exact(cls, data, fields, _order=tuple(data), _inner_order=inner)


@dataclasses.dataclass(kw_only=True)
class PodResourceClaim(ValueObject):
    """A resource claim of a pod (Kubernetes Dynamic Resource Allocation), for `resource_claims=[...]` of a
    template or workflow: `PodResourceClaim(name="gpu", resource_claim_template_name="one-gpu")`.

    Give exactly one of `resource_claim_template_name` (a claim made for each pod from that template) or
    `resource_claim_name` (an existing claim shared by the pods). Containers use it by name:
    `Resources(claims=["gpu"])`.
    """

    name: str | None = None
    resource_claim_template_name: str | None = None
    resource_claim_name: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.name, str) or not self.name:
            raise DSLError(f"PodResourceClaim: name must be a non-empty string, got {self.name!r}")
        given = [v for v in (self.resource_claim_template_name, self.resource_claim_name) if v is not None]
        if len(given) != 1:
            raise DSLError(
                f"PodResourceClaim {self.name!r}: give exactly one of resource_claim_template_name (a claim per "
                "pod) or resource_claim_name (an existing claim)"
            )

    def _build(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.resource_claim_name is not None:
            out["resourceClaimName"] = self.resource_claim_name
        if self.resource_claim_template_name is not None:
            out["resourceClaimTemplateName"] = self.resource_claim_template_name
        return out
