"""The README tells the truth: its generated parts match the code they describe."""

from __future__ import annotations

import re
from pathlib import Path

from highlevel_invoices_emulator.choices import choices_markdown_table

REPO_ROOT = Path(__file__).resolve().parents[2]
README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_choices_table_matches_the_emulator() -> None:
    table = README.split("<!-- choices:begin -->\n", 1)[1].split("<!-- choices:end -->", 1)[0]
    assert table.strip() == choices_markdown_table().strip()


def test_quick_start_is_the_file_the_tests_run() -> None:
    block = re.search(r"### Quick start.*?```python\n(.*?)```", README, re.DOTALL)
    assert block is not None
    tested = (REPO_ROOT / "contract_tests" / "tests" / "client" / "quickstart.py").read_text(encoding="utf-8")
    code = tested.split('"""', 2)[2].lstrip("\n")
    assert block.group(1) == code


def test_every_make_target_in_the_readme_exists() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.MULTILINE))
    mentioned = set(re.findall(r"`make ([a-z][a-z-]*)", README))
    assert mentioned, "the README names no make target"
    assert mentioned <= targets, f"README mentions missing targets: {sorted(mentioned - targets)}"
