"""Generate `hera.workflows.models` and `hera.events.models` from the pinned Argo JSON schemas.

    python -m tools.generate --out ROOT      # runs `generate(ROOT)` (with the other generators)

Pipeline, for each of the two projects:

1. Load the pinned `schema.json` (sha256 checked) and apply `tools.schema_patches.PATCHES`.
2. Split the definitions into *chunks*: a chunk holds the definitions of one upstream module (say
   `io.k8s.api.core.v1`) that are needed by the same set of top-level kinds (`Workflow`, `CronWorkflow`, ...;
   definitions no kind needs, like Argo Server request types, form the chunk `other`). Loading `Workflow`
   then imports exactly the classes a Workflow can contain, not all 400+ definitions. Chunks only import
   chunks needed by a superset of their kinds, so they never import each other in a cycle.
3. Rename every definition to `<module key>.<chunk>.<Name>` and run datamodel-codegen once over the whole
   schema: it writes one Python module per chunk, below `models/_generated/`.
4. Post-process those modules: a header naming the pinned spec and its sha256, no trailing `model_rebuild()`
   calls (they would build every validator at import time; the base class defers building to first use).
5. Write the public, lazy modules: one per upstream module at the path mirroring the definition name
   (`io.argoproj.workflow.v1alpha1.Workflow` -> `hera.workflows.models.io.argoproj.workflow.v1alpha1:Workflow`,
   a `-` in a name becoming `_`), and the flat facade `hera.workflows.models` (see `short_names` for the
   collision rule). They import the defining chunk on first attribute access, so `import hera.workflows.models`
   does not import pydantic.
6. Format everything with ruff (fixed settings, so the output does not depend on where it is written).
"""

from __future__ import annotations

import json
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import schema_patches, specs

CODEGEN_VERSION = "0.89.0"
RUFF_SETTINGS = ["--isolated", "--line-length", "110", "--target-version", "py310"]
GENERATED_DIR = "_generated"
OTHER_CHUNK = "other"


@dataclass(frozen=True)
class Target:
    """One generated models package: which pinned project it comes from and how its names are laid out."""

    project: str
    package: str
    dist_dir: str
    title: str
    roots: tuple[tuple[str, str], ...]
    """Top-level kinds as `(definition, chunk tag)`; a chunk is named by the tags of the kinds needing it."""
    ranked_modules: tuple[str, ...]
    """Upstream modules in precedence order for the flat facade's short names (see `short_names`)."""
    public_tops: tuple[str, ...]
    """First path component of every public module (the generated paths below the package)."""
    extra_fields: str
    """How unknown keys are treated, mirroring the upstream decoder: Argo Workflows decodes strictly (`argo lint`
    reports unknown fields), so its models forbid them; Argo Events ignores them, and its own examples use such
    keys, so its models keep them (`allow`) and dump them back unchanged."""

    @property
    def package_dir(self) -> str:
        """The package's directory, relative to the repository root."""
        return f"{self.dist_dir}/src/{self.package.replace('.', '/')}"

    @property
    def outputs(self) -> list[str]:
        """Every path this generator owns in the package (see `tools.generate`)."""
        base = self.package_dir
        return [f"{base}/__init__.py", f"{base}/_lazy.py", f"{base}/{GENERATED_DIR}"] + [
            f"{base}/{top}" for top in self.public_tops
        ]


_WF = "io.argoproj.workflow.v1alpha1"
_EV = "io.argoproj.events.v1alpha1"
_CORE = "io.k8s.api.core.v1"
_META = "io.k8s.apimachinery.pkg.apis.meta.v1"

TARGETS = (
    Target(
        project=schema_patches.WORKFLOWS,
        package="hera.workflows.models",
        dist_dir="packages/hera-workflows-models",
        title="Argo Workflows",
        roots=(
            (f"{_WF}.Workflow", "wf"),
            (f"{_WF}.WorkflowTemplate", "wft"),
            (f"{_WF}.ClusterWorkflowTemplate", "cwft"),
            (f"{_WF}.CronWorkflow", "cron"),
            (f"{_WF}.WorkflowEventBinding", "binding"),
        ),
        ranked_modules=(_WF, _CORE, _META),
        public_tops=("io", "github", "google", "grpc", "eventsource.py", "sensor.py", "sync.py"),
        extra_fields="forbid",
    ),
    Target(
        project=schema_patches.EVENTS,
        package="hera.events.models",
        dist_dir="packages/hera-events-models",
        title="Argo Events",
        roots=((f"{_EV}.Sensor", "sensor"), (f"{_EV}.EventSource", "source"), (f"{_EV}.EventBus", "bus")),
        ranked_modules=(_EV, _CORE, _META),
        public_tops=("io",),
        extra_fields="allow",
    ),
)

OUTPUTS: list[str] = [path for target in TARGETS for path in target.outputs]


# --- naming ------------------------------------------------------------------------------------------


def split_name(definition: str) -> tuple[str, str]:
    """`io.k8s.api.core.v1.Container` -> (`io.k8s.api.core.v1`, `Container`)."""
    module, _, short = definition.rpartition(".")
    return module, short


def module_parts(module: str) -> list[str]:
    """Python package path of an upstream module: `io.k8s.kube-aggregator.x` -> `[io, k8s, kube_aggregator, x]`."""
    parts = [re.sub(r"\W", "_", part) for part in module.split(".")]
    return [f"{part}_" if keyword.iskeyword(part) else part for part in parts]


def module_key(module: str) -> str:
    """Flat name of an upstream module below `_generated`: `io.k8s.api.core.v1` -> `io_k8s_api_core_v1`."""
    return "_".join(module_parts(module))


def prefix_of(module: str) -> str:
    """The facade prefix of a module's renamed short names: the last two components in PascalCase."""
    parts = module_parts(module)[-2:]
    return "".join(part[:1].upper() + part[1:].replace("_", "") for part in parts)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[-1]
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def chunks(definitions: dict[str, Any], roots: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """`{definition: chunk name}`: the tags of the top-level kinds that need the definition, or `other`."""
    needed_by: dict[str, list[str]] = defaultdict(list)
    for root, tag in roots:
        seen: set[str] = set()
        stack = [root]
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(_refs(definitions[name]))
        for name in seen:
            needed_by[name].append(tag)
    return {name: "_".join(needed_by[name]) or OTHER_CHUNK for name in definitions}


def _rewrite_refs(node: Any, renamed: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {
            key: (
                f"#/definitions/{renamed[value.rsplit('/', 1)[-1]]}"
                if key == "$ref" and isinstance(value, str)
                else _rewrite_refs(value, renamed)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(value, renamed) for value in node]
    return node


def chunked_schema(schema: dict[str, Any], chunk_of: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The schema with definitions renamed to `<module key>.<chunk>.<Name>`, and that renaming."""
    renamed = {}
    for name in schema["definitions"]:
        module, short = split_name(name)
        renamed[name] = f"{module_key(module)}.{chunk_of[name]}.{short}"
    definitions = {
        renamed[name]: _rewrite_refs(body, renamed) for name, body in schema["definitions"].items()
    }
    # The root `oneOf` over the kinds is not generated (it would be a union model importing everything).
    return {"$schema": "http://json-schema.org/draft-07/schema#", "definitions": definitions}, renamed


# --- running datamodel-codegen -----------------------------------------------------------------------

CODEGEN_ARGS = [
    "--input-file-type", "jsonschema",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--base-class", "hera.shared.base_model.BaseModel",
    "--target-python-version", "3.10",
    "--skip-root-model",
    "--use-type-alias",              # Quantity, IntOrString, Time, ...: plain aliases, no RootModel wrappers
    "--snake-case-field",            # snake_case attributes, the camelCase name as alias
    "--enum-field-as-literal", "all",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-double-quotes",
    "--disable-future-imports",      # real annotations: no string evaluation at class creation
    "--use-field-description",       # descriptions become attribute docstrings (free at import)
    "--use-default-kwarg",           # `Field(default=None, ...)`: type checkers see the field as optional
    "--output-datetime-class", "datetime",
    "--disable-timestamp",
    "--no-formatters",               # ruff runs afterwards with fixed settings
]  # fmt: skip


def run_codegen(schema_file: Path, out_dir: Path, extra_fields: str) -> None:
    """Run datamodel-codegen on a (patched, chunked) JSON schema into `out_dir`."""
    from importlib.metadata import version

    found = version("datamodel-code-generator")
    if found != CODEGEN_VERSION:
        raise RuntimeError(
            f"datamodel-code-generator {found} is installed; the committed models come from {CODEGEN_VERSION} "
            f"(run `nox -s generate`, which installs it)"
        )
    cmd = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        "--input",
        str(schema_file),
        "--output",
        str(out_dir),
    ]
    extra = (
        [] if extra_fields == "forbid" else ["--extra-fields", extra_fields]
    )  # forbid: the base class default
    proc = subprocess.run([*cmd, *CODEGEN_ARGS, *extra], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"datamodel-codegen failed on {schema_file}:\n{proc.stderr[-4000:]}")


def ruff_format(paths: list[Path]) -> None:
    """Sort imports and format with ruff, independent of any configuration found near the files."""
    files = [str(p) for p in paths]
    for args in (["check", "--fix", "--select", "I,RUF022", "--exit-zero", "--quiet"], ["format", "--quiet"]):
        proc = subprocess.run(
            [sys.executable, "-m", "ruff", *args, *RUFF_SETTINGS, "--no-cache", *files],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"ruff {args[0]} failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")


_REBUILD = re.compile(r"^\w+\.model_rebuild\(\)\n", re.MULTILINE)
_CLASS = re.compile(r"^class (\w+)\(", re.MULTILINE)
_ALIAS = re.compile(r"^(\w+) = TypeAliasType\(", re.MULTILINE)


def postprocess(source: str, header: str) -> str:
    """Replace datamodel-codegen's header, drop `model_rebuild()` calls, refuse anything forcing a build."""
    body = source.split("\n\n", 1)[1] if source.startswith("# generated by datamodel-codegen") else source
    body = _REBUILD.sub("", body)
    for forbidden in ("RootModel", "model_rebuild", "update_forward_refs"):
        if forbidden in body:
            raise RuntimeError(f"generated code contains {forbidden}, which builds validators at import time")
    return header + body


def defined_names(source: str) -> list[str]:
    """Classes and type aliases defined at the top level of a generated module."""
    return _CLASS.findall(source) + _ALIAS.findall(source)


# --- the lazy public modules -------------------------------------------------------------------------

LAZY_HELPER = '''"""Lazy attribute loading shared by the public model modules.

Generated by tools/codegen_models.py; do not edit.
"""

from __future__ import annotations

import importlib
from typing import Any


def load(namespace: dict[str, Any], exports: dict[str, str], name: str) -> Any:
    """Import the module defining `name` (an `exports` value is `module:attribute` below `_generated`),
    bind the value in the requesting module's `namespace` and return it."""
    target = exports.get(name)
    if target is None:
        raise AttributeError(unknown(namespace["__name__"], name, exports))
    module, _, attribute = target.partition(":")
    value = getattr(importlib.import_module(f"{__package__}._generated.{module}"), attribute)
    namespace[name] = value
    return value


def unknown(module: str, name: str, exports: dict[str, str]) -> str:
    """The message for a name a module does not have, with the closest names it does have."""
    message = f"module {module!r} has no attribute {name!r}"
    if name.startswith("__"):
        return message
    import difflib

    close = difflib.get_close_matches(name, list(exports), n=3)
    if close:
        return message + "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    return message + f" (it exports {len(exports)} generated models; see dir({module}))"
'''


def _public_module(docstring: str, package: str, exports: dict[str, str], extra_doc: str = "") -> str:
    """Source of a lazy module re-exporting `exports` (`{name: 'chunk:attribute'}`)."""
    by_module: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, target in exports.items():
        chunk, _, attribute = target.partition(":")
        by_module[chunk].append((attribute, name))
    type_imports = []
    for chunk in sorted(by_module):
        names = ", ".join(
            attribute if attribute == name else f"{attribute} as {name}"
            for attribute, name in sorted(by_module[chunk])
        )
        type_imports.append(f"    from {package}.{GENERATED_DIR}.{chunk} import {names}\n")
    entries = "".join(f"    {name!r}: {target!r},\n" for name, target in sorted(exports.items()))
    all_names = "".join(f"    {name!r},\n" for name in sorted(exports))
    return (
        f'"""{docstring}{extra_doc}\n\nGenerated by tools/codegen_models.py; do not edit.\n"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        f"from {package} import _lazy\n\n"
        "if TYPE_CHECKING:\n" + "".join(type_imports) + f"\n__all__ = [\n{all_names}]\n\n"
        f"_EXPORTS: dict[str, str] = {{\n{entries}}}\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        "    return _lazy.load(globals(), _EXPORTS, name)\n\n\n"
        "def __dir__() -> list[str]:\n"
        "    return sorted(set(globals()) | set(__all__))\n"
    )


def short_names(target: Target, exports: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The facade's names: `{name: definition}` for `exports` = `{definition: (chunk, attribute)}`.

    Rule: a definition is available under its short name unless a definition of the same short name lives
    in a module ranked higher in `target.ranked_modules`; modules not ranked come after all ranked ones,
    and two unranked modules sharing a short name both lose it. A definition without its short name is
    available as `<Prefix><Name>`, Prefix being the last two components of its module in PascalCase
    (`io.k8s.api.core.v1` -> `CoreV1`, `github.com.argoproj.argo_events.pkg.apis.events.v1alpha1` ->
    `EventsV1alpha1`, `sensor` -> `Sensor`).
    """
    rank = {module: index for index, module in enumerate(target.ranked_modules)}
    unranked = len(rank)
    by_short: dict[str, list[str]] = defaultdict(list)
    for definition, (_, attribute) in exports.items():
        by_short[attribute].append(definition)
    names: dict[str, str] = {}
    for short, definitions in by_short.items():
        ordered = sorted(definitions, key=lambda d: (rank.get(split_name(d)[0], unranked), d))
        best = rank.get(split_name(ordered[0])[0], unranked)
        winner = ordered[0] if len(ordered) == 1 or best < unranked else None
        for definition in ordered:
            name = short if definition == winner else prefix_of(split_name(definition)[0]) + short
            if name in names or (name != short and name in by_short):
                raise RuntimeError(
                    f"facade name {name!r} for {definition} collides with {names.get(name, name)}"
                )
            names[name] = definition
    return names


# --- putting it together -----------------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def generate_target(target: Target, out_root: Path) -> list[Path]:
    """Generate one models package below `out_root`; returns the written Python files."""
    pin = specs.get_pin(target.project, "schema.json")
    schema = schema_patches.patched(target.project, schema_patches.load_schema(target.project))
    chunk_of = chunks(schema["definitions"], target.roots)
    chunked, renamed = chunked_schema(schema, chunk_of)
    package_dir = out_root / target.package_dir
    for output in target.outputs:
        path = out_root / output
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    written: list[Path] = []
    header = (
        f"# Generated by tools/codegen_models.py from the pinned {target.title} {pin.version} JSON schema\n"
        f"# ({pin.url}, sha256 {pin.sha256}),\n"
        f"# patched by tools/schema_patches.py, with datamodel-code-generator {CODEGEN_VERSION}. Do not edit.\n\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        schema_file = Path(tmp) / "schema.json"
        schema_file.write_text(json.dumps(chunked, indent=1, sort_keys=True))
        run_codegen(schema_file, Path(tmp) / "out", target.extra_fields)
        defined: dict[str, set[str]] = {}
        for source in sorted((Path(tmp) / "out").rglob("*.py")):
            rel = source.relative_to(Path(tmp) / "out")
            text = source.read_text()
            if rel.name != "__init__.py":
                chunk = ".".join(rel.with_suffix("").parts)
                defined[chunk] = set(defined_names(text))
                text = postprocess(text, header)
            else:
                text = '"""Generated model chunks; import them through the public modules."""\n'
            written.append(_write(package_dir / GENERATED_DIR / rel, text))
    written.append(
        _write(
            package_dir / GENERATED_DIR / "__init__.py",
            f'"""Generated model chunks of {target.package}."""\n',
        )
    )

    exports: dict[str, tuple[str, str]] = {}
    for definition, new_name in renamed.items():
        chunk, _, short = new_name.rpartition(".")
        if short not in defined.get(chunk, set()):
            raise RuntimeError(f"{definition}: datamodel-codegen wrote no {short} in {chunk} ({new_name})")
        exports[definition] = (chunk, short)

    written.append(_write(package_dir / "_lazy.py", LAZY_HELPER))
    by_module: dict[str, dict[str, str]] = defaultdict(dict)
    for definition, (chunk, attribute) in exports.items():
        module, short = split_name(definition)
        by_module[module][short] = f"{chunk}:{attribute}"
    for module, module_exports in sorted(by_module.items()):
        parts = module_parts(module)
        if parts[0] not in {top.removesuffix(".py") for top in target.public_tops}:
            raise RuntimeError(
                f"{module}: add {parts[0]!r} to the public_tops (and OUTPUTS) of {target.package}"
            )
        for depth in range(1, len(parts)):
            init = package_dir.joinpath(*parts[:depth], "__init__.py")
            if not init.exists():
                dotted = ".".join(parts[:depth])
                written.append(_write(init, f'"""Namespace of the generated modules below `{dotted}`."""\n'))
        doc = f"The `{module}` definitions of the {target.title} {pin.version} schema, loaded on first use."
        written.append(
            _write(
                package_dir.joinpath(*parts[:-1], parts[-1] + ".py"),
                _public_module(doc, target.package, module_exports),
            )
        )

    facade = short_names(target, exports)
    facade_exports = {name: "{}:{}".format(*exports[definition]) for name, definition in facade.items()}
    renamed_doc = "".join(
        f"- `{name}`: `{definition}`\n"
        for name, definition in sorted(facade.items())
        if not definition.endswith("." + name)
    )
    doc = (
        f"Every definition of the {target.title} {pin.version} schema as a pydantic model, by short name.\n\n"
        "Names are loaded on first access, so importing this package does not import pydantic. A short name\n"
        "shared by several definitions belongs to the one whose module comes first in:\n"
        + "".join(f"{index}. `{module}`\n" for index, module in enumerate(target.ranked_modules, 1))
        + "(no definition keeps it when none of them is in this list). The others are available as\n"
        "`<Prefix><Name>`, Prefix being the last two components of their module in PascalCase"
        + (":\n" + renamed_doc if renamed_doc else ".")
    )
    written.append(_write(package_dir / "__init__.py", _public_module(doc, target.package, facade_exports)))
    return written


def generate(out_root: Path) -> None:
    """Generate both models packages below `out_root` (a repository root or a scratch directory)."""
    written: list[Path] = []
    for target in TARGETS:
        written += generate_target(target, out_root)
    ruff_format(written)
