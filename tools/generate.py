"""Run every code generator into a tree, or compare two trees' generated files.

    python -m tools.generate --out DIR                  # write generated files below DIR (the repo root, or a temp dir)
    python -m tools.generate --compare TMP --with ROOT  # fail on any difference in generated files

Each generator is a module with `OUTPUTS` (paths relative to the repository root that it owns: every file
below an owned directory is generated) and `generate(out_root: Path) -> None`.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import sys
from pathlib import Path
from types import ModuleType

GENERATORS = ["tools.codegen_models", "tools.codegen_client"]


def generators() -> list[ModuleType]:
    """The generator modules that exist in this checkout, in a fixed order."""
    found = []
    for name in GENERATORS:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found


def owned_files(root: Path, outputs: list[str]) -> set[str]:
    """Relative paths of every file below `root` that the given outputs own (ignoring caches)."""
    files: set[str] = set()
    for output in outputs:
        path = root / output
        if path.is_file():
            files.add(output)
        elif path.is_dir():
            files.update(
                str(p.relative_to(root))
                for p in path.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts
            )
    return files


def compare(generated: Path, committed: Path) -> list[str]:
    """Differences between freshly generated files and the committed ones, as readable messages."""
    problems: list[str] = []
    for module in generators():
        fresh = owned_files(generated, module.OUTPUTS)
        present = owned_files(committed, module.OUTPUTS)
        for rel in sorted(present - fresh):
            problems.append(
                f"{rel}: committed but no longer generated (delete it, or rerun `nox -s generate`)"
            )
        for rel in sorted(fresh - present):
            problems.append(f"{rel}: generated but not committed (run `nox -s generate`)")
        for rel in sorted(fresh & present):
            a = (committed / rel).read_text().splitlines(keepends=True)
            b = (generated / rel).read_text().splitlines(keepends=True)
            if a != b:
                diff = "".join(list(difflib.unified_diff(a, b, f"committed/{rel}", f"generated/{rel}"))[:40])
                problems.append(f"{rel}: differs from a fresh generation (run `nox -s generate`)\n{diff}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, help="generate into this root")
    parser.add_argument("--compare", type=Path, help="a root holding a fresh generation")
    parser.add_argument("--with", dest="with_", type=Path, help="the committed root to compare against")
    args = parser.parse_args(argv)
    if args.out:
        for module in generators():
            module.generate(args.out)
            print(f"{module.__name__}: generated {len(owned_files(args.out, module.OUTPUTS))} files")
        return 0
    if args.compare and args.with_:
        problems = compare(args.compare, args.with_)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{len(problems)} generated file(s) out of date", file=sys.stderr)
            return 1
        print("generated code is up to date")
        return 0
    parser.error("give --out, or --compare with --with")
    return 2


if __name__ == "__main__":
    sys.exit(main())
