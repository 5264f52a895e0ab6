"""Run every benchmark section and write the report.

    python -m tools.bench --peer-python /path/to/peer/venv/bin/python --out docs/benchmarks.md [--only NAME]

The current interpreter is "ours" (our distributions installed); the peer interpreter has hera==7.1.0.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
from datetime import date
from pathlib import Path

from tools.bench.context import Context

SECTIONS = ["tools.bench.models", "tools.bench.dsl"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--peer-python", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", action="append", help="run only these sections (module suffix, e.g. dsl)")
    args = parser.parse_args(argv)
    ctx = Context(ours=Path(sys.executable), peer=args.peer_python, repeat=args.repeat)
    parts = [
        "# Benchmarks\n",
        f"Produced by `nox -s bench` on {date.today().isoformat()}: Python {platform.python_version()}, "
        f"{platform.machine()}, {len(__import__('os').sched_getaffinity(0))} cores. Medians of {args.repeat} fresh "
        "interpreters; ours and the peer (hera==7.1.0) are measured side by side in the same run, so compare "
        "the ratios, not absolute times across runs.\n",
    ]
    for name in SECTIONS:
        if args.only and name.rsplit(".", 1)[-1] not in args.only:
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        print(f"running {name} ...", file=sys.stderr)
        section = module.run(ctx)
        print(section)
        parts.append(section)
    if args.out:
        args.out.write_text("\n".join(parts))
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
