"""The README opens with the two newcomer commands, and CI runs exactly the test command."""

from __future__ import annotations

import re
from pathlib import Path

from tools.testing import REPO_ROOT, assert_schema_valid


def readme_commands() -> list[str]:
    text = (REPO_ROOT / "README.md").read_text()
    blocks = re.findall(r"```bash\n(.*?)\n```", text, flags=re.S)
    return [block.strip() for block in blocks[:2]]


def test_readme_opens_with_the_demo_and_the_test_command() -> None:
    head = (REPO_ROOT / "README.md").read_text().split("## ", 1)[0]
    assert head.count("```bash") == 2, "the README must open with exactly two commands"
    demo, suite = readme_commands()
    assert demo.endswith("nox -s demo")
    assert suite.startswith("python3 -m pip install") and "nox" in suite


def test_ci_runs_exactly_the_readme_test_command() -> None:
    suite = readme_commands()[1]
    ci_lines = [
        line.strip()
        for line in (REPO_ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith(("#", "set ", "cd "))
    ]
    assert ci_lines == [suite]


def test_the_readme_example_runs_and_prints_the_diamond(tmp_path: Path) -> None:
    import subprocess
    import sys

    import yaml

    text = (REPO_ROOT / "README.md").read_text()
    code = re.findall(r"```python\n(.*?)\n```", text, flags=re.S)[0]
    script = tmp_path / "readme_example.py"  # @script reads the function's source, so it must be a file
    script.write_text(code)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True).stdout
    expected = yaml.safe_load((REPO_ROOT / "examples" / "dag_diamond.yaml").read_text())
    assert yaml.safe_load(out) == expected
    assert_schema_valid(expected)
