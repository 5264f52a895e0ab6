"""Measurement helpers shared by the benchmark sections: fresh interpreters, medians, peak RSS."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Context:
    """Where to run (our venv's and the peer's interpreters) and how often to repeat each measurement."""

    ours: Path
    peer: Path
    repeat: int = 5

    def _run(self, python: Path, code: str) -> tuple[float, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        start = time.perf_counter()
        proc = subprocess.run([str(python), "-c", code], capture_output=True, text=True, env=env)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise RuntimeError(f"benchmark code failed under {python}:\n{code}\n{proc.stderr[-2000:]}")
        return wall, proc.stdout

    def wall(self, python: Path, code: str) -> float:
        """Median wall seconds of `python -c code` over `repeat` fresh interpreters."""
        return statistics.median(self._run(python, code)[0] for _ in range(self.repeat))

    def run_json(self, python: Path, code: str) -> list[Any]:
        """Run `code` `repeat` times; each run prints one JSON document as its last stdout line."""
        results = []
        for _ in range(self.repeat):
            out = self._run(python, code)[1]
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results

    def peak_rss(self, python: Path, code: str) -> int:
        """Peak resident memory in bytes of one fresh `python -c code` (measured in the child itself)."""
        probe = (
            code
            + "\nimport resource, json; print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))"
        )
        return int(statistics.median(int(v) * 1024 for v in self.run_json(python, probe)))


def ratio(ours: float, peer: float) -> str:
    """`ours / peer` formatted for a table."""
    return f"{ours / peer:.2f}x" if peer else "n/a"
