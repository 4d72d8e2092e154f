"""The README's recipe for the official TypeScript SDK (`@gohighlevel/api-client`, from npm) runs as written against
the served command: the SDK, pointed at the emulator, creates a draft after one 429 its retry waits out.

npm is already assumed by `make lint`; the SDK is installed into a scratch directory (scripts ignored), never into
the repository.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .support import served_command

REPO_ROOT = Path(__file__).resolve().parents[3]
SDK = "@gohighlevel/api-client@3.1.0"
RECIPE_URL = "http://127.0.0.1:8765"


def readme_recipe() -> str:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Other languages: the official TypeScript SDK", 1)[1]
    match = re.search(r"```js\n(.*?)```", section, re.DOTALL)
    assert match, "the README has no TypeScript SDK recipe"
    return match.group(1)


@pytest.mark.slow
def test_the_readme_recipe_for_the_typescript_sdk_runs_against_the_served_command(tmp_path: Path) -> None:
    npm = shutil.which("npm")
    node = shutil.which("node")
    assert npm, "npm is assumed (make lint needs it too)"
    assert node, "node is assumed (make lint needs it too)"
    install = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", SDK],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    recipe = readme_recipe()
    assert RECIPE_URL in recipe
    with served_command() as info:
        script = recipe.replace(RECIPE_URL, info["baseUrl"]) + ("console.log(JSON.stringify({ invoice, requests }));\n")
        (tmp_path / "recipe.mjs").write_text(script, encoding="utf-8")
        run = subprocess.run(
            [node, "recipe.mjs"], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120
        )
    assert run.returncode == 0, run.stdout + run.stderr
    answer = json.loads(run.stdout.strip().splitlines()[-1])
    assert (answer["invoice"]["status"], answer["invoice"]["liveMode"], answer["invoice"]["total"]) == (
        "draft",
        False,
        20,
    )
    assert [(r["method"], r["path"], r["status"], r["fault"]) for r in answer["requests"]] == [
        ("POST", "/invoices/text2pay", 429, "rate-limit"),
        ("POST", "/invoices/text2pay", 200, None),
    ]
