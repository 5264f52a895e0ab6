"""Every development task of the monorepo. `nox` with no arguments runs what CI runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
PACKAGES = ROOT / "packages"
# Install order matters only for readability; the resolver sees them together.
DISTS = ["hera-shared", "hera-workflows-models", "hera-events-models", "hera-workflows", "hera-events"]
MODELS_DISTS = {"hera-workflows-models": "hera/workflows", "hera-events-models": "hera/events"}
IMPORTS = ["hera.shared", "hera.workflows", "hera.workflows.models", "hera.events", "hera.events.models"]

# Exact versions for tools whose output is compared or committed.
CODEGEN = "datamodel-code-generator==0.89.0"
RUFF = "ruff==0.17.6"
MYPY = "mypy==2.4.1"
TEST_DEPS = ["pytest>=8", "jsonschema>=4.20", "hypothesis>=6.100", "PyYAML>=6", "httpx>=0.27", RUFF]

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "typecheck", "check-generated", "packaging", "tests"]
nox.options.error_on_external_run = True


def _dist_paths() -> list[str]:
    return [str(PACKAGES / name) for name in DISTS]


def _uses_uv(session: nox.Session) -> bool:
    return getattr(session.virtualenv, "venv_backend", "") == "uv"


def _install_dists(session: nox.Session, *extra: str, editable: bool = False) -> None:
    """Install every distribution from this checkout, rebuilt from source each time."""
    if editable:
        args = [arg for path in _dist_paths() for arg in ("-e", path)]
    else:
        args = _dist_paths()
        args[DISTS.index("hera-workflows")] += "[async]"
    refresh = ["--reinstall"] if _uses_uv(session) else ["--force-reinstall"]
    session.install(*refresh, *args, *extra)


@nox.session
def tests(session: nox.Session) -> None:
    """Run every distribution's tests against the distributions installed as users install them."""
    _install_dists(session, *TEST_DEPS)
    session.run("pytest", *(session.posargs or ["-q"]))


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check (generated code excluded in pyproject.toml)."""
    session.install(RUFF)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def fmt(session: nox.Session) -> None:
    """Apply ruff's fixes and formatting to the hand-written code."""
    session.install(RUFF)
    session.run("ruff", "check", "--fix", ".")
    session.run("ruff", "format", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy on the hand-written code."""
    session.install(MYPY, "types-PyYAML", "types-requests", "pydantic>=2.6", "nox", *TEST_DEPS)
    session.run("mypy", "--config-file", str(ROOT / "pyproject.toml"), *_hand_written_sources())


def _hand_written_sources() -> list[str]:
    sources = []
    for name in DISTS:
        if name in MODELS_DISTS:
            continue  # generated
        sources.append(str(PACKAGES / name / "src" / "hera"))
    sources += [str(ROOT / "tools"), str(ROOT / "noxfile.py"), str(ROOT / "conftest.py")]
    return sources


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate the models (and other generated code) into the packages from the pinned specs."""
    session.install(CODEGEN, RUFF, "pydantic>=2.6")
    session.run("python", "-m", "tools.generate", "--out", str(ROOT))


@nox.session(name="check-generated")
def check_generated(session: nox.Session) -> None:
    """Regenerate into a temporary tree and fail on any difference with what is committed."""
    session.install(CODEGEN, RUFF, "pydantic>=2.6")
    with tempfile.TemporaryDirectory() as tmp:
        session.run("python", "-m", "tools.generate", "--out", tmp)
        session.run("python", "-m", "tools.generate", "--compare", tmp, "--with", str(ROOT))


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: build the DAG-diamond workflow, check it against the pinned schema, print its YAML."""
    _install_dists(session, "jsonschema>=4.20")
    session.run("python", "-m", "tools.demo", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with the peer (hera==7.1.0); writes docs/benchmarks.md."""
    _install_dists(session)
    peer = Path(session.create_tmp()) / "peer-venv"
    _make_venv(session, peer, "hera==7.1.0", "PyYAML>=6")
    session.run(
        "python",
        "-m",
        "tools.bench",
        "--peer-python",
        str(_venv_python(peer)),
        "--out",
        str(ROOT / "docs" / "benchmarks.md"),
        *session.posargs,
    )


# --- packaging -------------------------------------------------------------------------------------------


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def _make_venv(
    session: nox.Session, venv: Path, *requirements: str, editable: list[str] | None = None
) -> Path:
    """A fresh venv outside nox's own, with `requirements` installed (uv when available)."""
    if venv.exists():
        shutil.rmtree(venv)
    uv = shutil.which("uv")
    if uv:
        session.run(uv, "venv", "-q", str(venv), external=True)
        install = [uv, "pip", "install", "-q", "--python", str(_venv_python(venv))]
    else:
        session.run(sys.executable, "-m", "venv", str(venv), external=True)
        install = [str(_venv_python(venv)), "-m", "pip", "install", "-q"]
    args = [*requirements]
    for path in editable or []:
        args += ["-e", path]
    if args:
        session.run(*install, *args, external=True)
    return _venv_python(venv)


IMPORT_CHECK = """
import importlib, importlib.util, sys
present, absent = sys.argv[1].split(","), [n for n in sys.argv[2].split(",") if n]
for name in present:
    importlib.import_module(name)
for name in absent:
    try:
        found = importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        found = False
    assert not found, name + " should not be importable here"
print("imports ok:", ", ".join(present), "| absent:", ", ".join(absent) or "-")
"""


def _import_check(
    session: nox.Session, python: Path, present: list[str], absent: tuple[str, ...] = ()
) -> None:
    """Import `present` and assert `absent` cannot be found, in a subprocess of the given interpreter."""
    script = Path(session.create_tmp()) / "import_check.py"
    script.write_text(IMPORT_CHECK)
    session.run(str(python), str(script), ",".join(present), ",".join(absent), external=True)


def _check_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    if "hera/__init__.py" in names:
        raise RuntimeError(f"{wheel.name} ships hera/__init__.py; hera must stay a namespace package")
    for dist, parent in MODELS_DISTS.items():
        if wheel.name.startswith(dist.replace("-", "_") + "-") and f"{parent}/__init__.py" in names:
            raise RuntimeError(
                f"{wheel.name} ships {parent}/__init__.py; a models wheel may only ship {parent}/models/"
            )
    if not any(name.endswith("_version.py") for name in names):
        raise RuntimeError(f"{wheel.name} has no version module")


@nox.session
def packaging(session: nox.Session) -> None:
    """Build every wheel and sdist, check their contents, and import them from fresh venvs."""
    session.install("build", "uv")
    tmp = Path(session.create_tmp())
    dist_dir = tmp / "dist"
    shutil.rmtree(dist_dir, ignore_errors=True)
    for name in DISTS:
        session.run("uv", "build", "-q", "--out-dir", str(dist_dir), str(PACKAGES / name))
    wheels = sorted(dist_dir.glob("*.whl"))
    sdists = sorted(dist_dir.glob("*.tar.gz"))
    if len(wheels) != len(DISTS) or len(sdists) != len(DISTS):
        session.error(f"expected {len(DISTS)} wheels and sdists, got {[p.name for p in wheels + sdists]}")
    for wheel in wheels:
        _check_wheel_contents(wheel)
    session.log("wheel contents ok: no hera/__init__.py, models wheels ship only their models package")

    # 1. everything from wheels
    python = _make_venv(session, tmp / "venv-all", *map(str, wheels))
    _import_check(session, python, IMPORTS)

    # 2. hera-workflows alone (with its own dependencies) must not bring anything of Events
    def wheel_of(dist: str) -> str:
        return str(next(w for w in wheels if w.name.startswith(dist.replace("-", "_") + "-")))

    only = [wheel_of("hera-shared"), wheel_of("hera-workflows-models"), wheel_of("hera-workflows")]
    python = _make_venv(session, tmp / "venv-workflows", *only)
    _import_check(
        session,
        python,
        ["hera.shared", "hera.workflows", "hera.workflows.models"],
        absent=("hera.events", "hera.events.models"),
    )
    python = _make_venv(session, tmp / "venv-shared", wheel_of("hera-shared"))
    _import_check(session, python, ["hera.shared"], absent=("hera.workflows", "hera.workflows.models"))

    # 3. everything editable
    python = _make_venv(session, tmp / "venv-editable", editable=_dist_paths())
    _import_check(session, python, IMPORTS)

    # 4. negative control: without extend_path the editable layout cannot find hera.workflows.models
    copy = tmp / "no-extend-path"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(PACKAGES, copy, ignore=shutil.ignore_patterns("tests", "__pycache__"))
    init = copy / "hera-workflows" / "src" / "hera" / "workflows" / "__init__.py"
    lines = init.read_text().splitlines(keepends=True)
    if not lines or "extend_path" not in lines[0]:
        session.error(f"{init.relative_to(copy)} must start with the pkgutil.extend_path line")
    init.write_text("".join(lines[1:]))
    python = _make_venv(session, tmp / "venv-no-extend-path", editable=[str(copy / name) for name in DISTS])
    result = subprocess.run(
        [str(python), "-c", "import hera.workflows.models"], capture_output=True, text=True
    )
    if result.returncode == 0:
        session.error(
            "hera.workflows.models imported without extend_path: the negative control proves nothing"
        )
    session.log("negative control ok: without extend_path, editable hera.workflows.models is not importable")
