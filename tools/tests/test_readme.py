"""The README opens with the two newcomer commands, and CI runs exactly the test command."""

from __future__ import annotations

import re

from tools.testing import REPO_ROOT


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
