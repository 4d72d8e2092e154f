"""Regenerate generated/highlevel_invoices from the curated spec with the pinned openapi-python-client.

The package is rendered into a scratch directory first and swapped in only when generation succeeded without a
warning, so a failed run never leaves a half-written package behind and no stale module survives a rename.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC = REPO_ROOT / "spec" / "highlevel-invoices.openapi.yaml"
CONFIG = REPO_ROOT / "spec" / "generator.yaml"
TEMPLATES = REPO_ROOT / "spec" / "templates"
TARGET = REPO_ROOT / "generated" / "highlevel_invoices"


def render(output: Path) -> subprocess.CompletedProcess[str]:
    """Render the package into `output` (which must not exist yet)."""
    generator = Path(sys.executable).with_name("openapi-python-client")
    command = [
        str(generator),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--fail-on-warning",
    ]
    # The post-hooks call `ruff` by name: make it the locked one next to this interpreter, whatever PATH says.
    env = {**os.environ, "PATH": os.pathsep.join([str(generator.parent), os.environ.get("PATH", "")])}
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=output.parent, env=env)


def main() -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="highlevel-generate-") as scratch:
        output = Path(scratch) / "highlevel_invoices"
        result = render(output)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            print("generate: openapi-python-client failed; generated/ is unchanged", file=sys.stderr)
            return 1
        shutil.rmtree(TARGET, ignore_errors=True)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(output, TARGET)
    modules = sum(1 for _ in TARGET.rglob("*.py"))
    print(
        f"generate: wrote {modules} modules to {TARGET.relative_to(REPO_ROOT)} in {time.perf_counter() - started:.2f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
