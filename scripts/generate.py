"""Regenerate generated/ (an installable distribution of the `highlevel_invoices` package) from the curated spec.

Three sources make the package:
1. openapi-python-client (pinned) renders what the spec decides from the templates in spec/templates/: the models,
   one module per operation, the clients' per-operation methods, the package's front door;
2. the hand-written runtime in spec/client_runtime/ (retries, pacing, errors, decoding, ...) is copied in as it is,
   replacing the generator's own `types.py` and `errors.py`;
3. this script reflows the generated docstrings to one line length (contract_tests/codegen/docstrings.py) and
   writes what neither can know: `_metadata.py` (the version, derived from the spec's info.version plus
   a digest of the spec file, and the spec's server), `py.typed`, and the distribution's pyproject.toml and README.

Everything is rendered into a scratch directory first and swapped in only when generation succeeded without a
warning, so a failed run never leaves a half-written package behind and no stale module survives a rename.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run as a script: make the repository's packages importable
    sys.path.insert(0, str(REPO_ROOT))

from contract_tests.codegen.docstrings import reflow_source  # noqa: E402

SPEC = REPO_ROOT / "spec" / "highlevel-invoices.openapi.yaml"
CONFIG = REPO_ROOT / "spec" / "generator.yaml"
TEMPLATES = REPO_ROOT / "spec" / "templates"
RUNTIME = REPO_ROOT / "spec" / "client_runtime"
PACKAGE_NAME = "highlevel_invoices"
DIST_NAME = "highlevel-invoices"
#: The distribution generated/ holds (pyproject.toml, README.md and the package).
TARGET = REPO_ROOT / "generated"
#: The package itself: the one directory to copy when vendoring.
PACKAGE = TARGET / PACKAGE_NAME
#: The one line length of generated code (the generator's ruff post-hooks use it too) and of the runtime.
LINE_LENGTH = 120
#: What the package imports at run time (the project's own dependencies include them; a test checks that).
CLIENT_DEPENDENCIES = ("attrs>=23.2", "httpx>=0.27,<0.30")


def runtime_modules() -> list[Path]:
    """The hand-written modules copied into the package (the directory's own `__init__.py` is not one)."""
    return sorted(path for path in RUNTIME.glob("*.py") if path.name != "__init__.py")


def spec_digest(spec: Path = SPEC) -> str:
    return hashlib.sha256(spec.read_bytes()).hexdigest()


def package_version(info_version: str, digest: str) -> str:
    """A PEP 440 version from the spec's info.version (a date `YYYY-MM-DD` becomes `YYYY.M.D`) and its digest."""
    date = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", info_version)
    if date:
        base = ".".join(str(int(part)) for part in date.groups())
    elif re.fullmatch(r"\d+(\.\d+)*", info_version):
        base = info_version
    else:
        raise ValueError(f"info.version {info_version!r} is neither a release number nor a date (YYYY-MM-DD)")
    return f"{base}+spec.{digest[:12]}"


def _metadata_module(info_version: str, digest: str, server: str) -> str:
    return f'''"""Which spec this package was generated from (written by scripts/generate.py)."""

#: The spec's info.version as a PEP 440 release, plus the first 12 digits of SPEC_DIGEST as a local label.
__version__ = "{package_version(info_version, digest)}"
#: The spec's info.version.
SPEC_VERSION = "{info_version}"
#: SHA-256 of the spec file the package was generated from.
SPEC_DIGEST = "{digest}"
#: The spec's first server.
SERVER_URL = "{server}"
'''


def _pyproject(version: str, title: str) -> str:
    dependencies = "".join(f'    "{requirement}",\n' for requirement in CLIENT_DEPENDENCIES)
    return f"""# Written by scripts/generate.py from the curated spec; do not edit.
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "{DIST_NAME}"
version = "{version}"
description = "Python client for {title}, generated from its curated OpenAPI spec"
readme = "README.md"
requires-python = ">=3.11"
dependencies = [
{dependencies}]

[tool.hatch.build.targets.wheel]
packages = ["{PACKAGE_NAME}"]

[tool.hatch.build.targets.sdist]
include = ["{PACKAGE_NAME}", "README.md", "pyproject.toml"]
"""


def _readme(version: str, title: str) -> str:
    return f"""# {DIST_NAME} {version}

A Python client for {title}, generated from the curated OpenAPI spec of the repository that contains this
directory (do not edit it: run `make generate` there). `{PACKAGE_NAME}.__version__` is the spec's `info.version`
plus a digest of the spec (`{PACKAGE_NAME}.SPEC_DIGEST`).

Install it (`pip install ./generated`, or the wheel `make dist` builds) or vendor it (copy the one directory
`{PACKAGE_NAME}` into your project; it needs httpx and attrs).
"""


def _generator(output: Path) -> subprocess.CompletedProcess[str]:
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


def render(output: Path) -> subprocess.CompletedProcess[str]:
    """Render the distribution into `output` (which must not exist yet); the result of the generator run."""
    output.mkdir(parents=True)
    package = output / PACKAGE_NAME
    result = _generator(package)
    if result.returncode != 0:
        return result
    for path in sorted(package.rglob("*.py")):  # the templates' text and the spec's descriptions, wrapped as one
        source = path.read_text(encoding="utf-8")
        reflowed = reflow_source(source, LINE_LENGTH)
        if reflowed != source:
            path.write_text(reflowed, encoding="utf-8")
    for module in runtime_modules():
        shutil.copyfile(module, package / module.name)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    info_version, title = str(spec["info"]["version"]), str(spec["info"]["title"])
    digest = spec_digest()
    version = package_version(info_version, digest)
    server = str(spec["servers"][0]["url"])
    (package / "_metadata.py").write_text(_metadata_module(info_version, digest, server), encoding="utf-8")
    (package / "py.typed").write_text("# Marker file for PEP 561: this package ships its types.\n", encoding="utf-8")
    (output / "pyproject.toml").write_text(_pyproject(version, title), encoding="utf-8")
    (output / "README.md").write_text(_readme(version, title), encoding="utf-8")
    return result


def main() -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="highlevel-generate-") as scratch:
        output = Path(scratch) / "generated"
        result = render(output)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            print("generate: openapi-python-client failed; generated/ is unchanged", file=sys.stderr)
            return 1
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(output, TARGET)
    modules = sum(1 for _ in PACKAGE.rglob("*.py"))
    elapsed = time.perf_counter() - started
    print(f"generate: wrote {modules} modules to {PACKAGE.relative_to(REPO_ROOT)} in {elapsed:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
