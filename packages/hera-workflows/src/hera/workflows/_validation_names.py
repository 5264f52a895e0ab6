"""Naming rules of Kubernetes and Argo, and helpers that make messages say what would be valid.

Rules applied (Kubernetes `apimachinery` validation and Argo's `workflow/validate/validate.go`):

- `metadata.name`: a DNS-1123 subdomain (lower-case letters, digits, `-` and `.`, starting and ending with a
  letter or digit, each dot-separated label likewise), at most 253 characters. Argo also caps the name of a
  Workflow at 63 characters (it becomes a label value) and of a CronWorkflow at 52 (Argo appends an
  11-character timestamp suffix to the Workflows it creates).
- `metadata.generateName`: the same rule for the prefix, with a trailing `-` allowed (Kubernetes checks
  the prefix with its last `-` masked; it shortens a long prefix itself, so no length limit applies).
- template, step and DAG task names: letters, digits and `-`, starting with a letter or digit, at most 128
  characters (Argo's `isValidWorkflowFieldName`); upper case is allowed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable

__all__ = [
    "closest",
    "field_name_problem",
    "generate_name_problem",
    "names_list",
    "object_name_problem",
]

_DNS_SUBDOMAIN = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")
_DNS_SUBDOMAIN_MAX = 253
_FIELD_NAME = re.compile(r"[a-zA-Z0-9][-a-zA-Z0-9]*")
_FIELD_NAME_MAX = 128
# Argo's caps on metadata.name per kind, on top of the DNS-1123 rule.
_ARGO_NAME_MAX = {"Workflow": 63, "CronWorkflow": 52}

_SUBDOMAIN_RULE = (
    "lower-case letters, digits, '-' and '.', starting and ending with a letter or digit "
    "(a DNS-1123 subdomain, e.g. 'my-workflow')"
)


def _lowercase_hint(name: str) -> str:
    """A corrected name when lower-casing and replacing invalid characters is enough."""
    fixed = re.sub(r"[^-a-z0-9.]+", "-", name.lower()).strip("-.")
    return f" (e.g. '{fixed}')" if fixed and fixed != name and _DNS_SUBDOMAIN.fullmatch(fixed) else ""


def object_name_problem(name: str, kind: str) -> str | None:
    """Why `name` is not a valid `metadata.name` for an object of `kind`, or None when it is valid."""
    if not _DNS_SUBDOMAIN.fullmatch(name):
        return f"'{name}' is not a valid name: use {_SUBDOMAIN_RULE}{_lowercase_hint(name)}"
    if len(name) > _DNS_SUBDOMAIN_MAX:
        return f"'{name[:40]}...' is {len(name)} characters long; the limit is {_DNS_SUBDOMAIN_MAX}"
    limit = _ARGO_NAME_MAX.get(kind)
    if limit is not None and len(name) > limit:
        return (
            f"'{name}' is {len(name)} characters long; Argo accepts at most {limit} characters "
            f"for the name of a {kind}"
        )
    return None


def generate_name_problem(prefix: str) -> str | None:
    """Why `prefix` is not a valid `metadata.generateName`, or None when it is valid."""
    masked = prefix[:-1] + "a" if prefix.endswith("-") else prefix
    if not _DNS_SUBDOMAIN.fullmatch(masked):
        return (
            f"'{prefix}' is not a valid generateName: use {_SUBDOMAIN_RULE}, optionally ending with '-'"
            f"{_lowercase_hint(prefix)}"
        )
    return None


def field_name_problem(name: str, what: str) -> str | None:
    """Why `name` is not a valid template/step/task name (`what` says which), or None when it is valid."""
    if not _FIELD_NAME.fullmatch(name):
        fixed = re.sub(r"[^-a-zA-Z0-9]+", "-", name).strip("-")
        hint = f" (e.g. '{fixed}')" if fixed and _FIELD_NAME.fullmatch(fixed) else ""
        return (
            f"{what} name '{name}' is invalid: use letters, digits and '-', "
            f"starting with a letter or digit{hint}"
        )
    if len(name) > _FIELD_NAME_MAX:
        return f"{what} name '{name[:40]}...' is {len(name)} characters long; the limit is {_FIELD_NAME_MAX}"
    return None


def closest(name: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the candidate most like `name`, or "" when none is close."""
    import difflib  # only on the error path

    matches = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


def names_list(names: Collection[str], limit: int = 20) -> str:
    """Names quoted and comma-separated, shortened after `limit` of them; `(none)` when empty."""
    if not names:
        return "(none)"
    shown = ", ".join(f"'{name}'" for name in itertools.islice(names, limit))
    return shown + (f", ... ({len(names)} in all)" if len(names) > limit else "")
