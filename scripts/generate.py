"""Regenerate generated/ (an installable distribution of the `highlevel_invoices` package) from the curated spec.

Three sources make the package:
1. openapi-python-client (pinned) renders what the spec decides from the templates in spec/templates/: the models,
   one module per operation, one resource per tag, the clients' per-operation methods, the package's front door. It
   runs in this process so that the templates can also read the client facts the spec states as `x-` extensions of
   its operations, which the generator's own model drops (contract_tests/codegen/operation_extensions.py);
2. the hand-written runtime in spec/client_runtime/ (retries, pacing, errors, decoding, ...) is copied in as it is,
   replacing the generator's own `types.py` and `errors.py`;
3. this script reflows the generated docstrings to one line length (contract_tests/codegen/docstrings.py) and
   writes what neither can know: `_metadata.py` (the version, derived from the spec's info.version plus
   a digest of the spec file, and the spec's server), `py.typed`, and the distribution's pyproject.toml and README.

Everything is rendered into a scratch directory first and swapped in only when generation succeeded without a
warning, so a failed run never leaves a half-written package behind and no stale module survives a rename.

`--golden` regenerates the golden record instead: the package generated from the small fixture spec that uses every
construct the templates support (contract_tests/tests/spec/golden/), which the end-to-end test compares and runs.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run as a script: make the repository's packages importable
    sys.path.insert(0, str(REPO_ROOT))

from contract_tests.codegen.docstrings import reflow_source  # noqa: E402
from contract_tests.codegen.operation_extensions import OperationFacts  # noqa: E402

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


#: The golden record: a fixture spec using every construct the templates support, and the package made from it.
GOLDEN = REPO_ROOT / "contract_tests" / "tests" / "spec" / "golden"


@dataclass(frozen=True)
class Target:
    """What one generation makes: the distribution `output` from `spec` and the generator `config`."""

    spec: Path
    config: Path
    package_name: str
    dist_name: str
    output: Path

    @property
    def package(self) -> Path:
        return self.output / self.package_name


MAIN = Target(SPEC, CONFIG, PACKAGE_NAME, DIST_NAME, TARGET)
GOLDEN_TARGET = Target(
    GOLDEN / "fixture.openapi.yaml", GOLDEN / "generator.yaml", "golden_pets", "golden-pets", GOLDEN / "expected"
)


@dataclass(frozen=True)
class Result:
    """The outcome of a generator run: `returncode` 0 when it succeeded without a warning, and what it printed."""

    returncode: int
    stdout: str
    stderr: str


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


def _pyproject(version: str, title: str, dist_name: str = DIST_NAME, package_name: str = PACKAGE_NAME) -> str:
    dependencies = "".join(f'    "{requirement}",\n' for requirement in CLIENT_DEPENDENCIES)
    return f"""# Written by scripts/generate.py from the curated spec; do not edit.
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "{dist_name}"
version = "{version}"
description = "Python client for {title}, generated from its curated OpenAPI spec"
readme = "README.md"
requires-python = ">=3.11"
dependencies = [
{dependencies}]

[tool.hatch.build.targets.wheel]
packages = ["{package_name}"]

[tool.hatch.build.targets.sdist]
include = ["{package_name}", "README.md", "pyproject.toml"]
"""


def _readme(version: str, title: str, dist_name: str = DIST_NAME, package_name: str = PACKAGE_NAME) -> str:
    return f"""# {dist_name} {version}

A Python client for {title}, generated from the curated OpenAPI spec of the repository that contains this
directory (do not edit it: run `make generate` there). `{package_name}.__version__` is the spec's `info.version`
plus a digest of the spec (`{package_name}.SPEC_DIGEST`).

Install it (`pip install ./generated`, or the wheel `make dist` builds) or vendor it (copy the one directory
`{package_name}` into your project; it needs httpx and attrs).
"""


def _generator(package: Path, target: Target, templates: Path) -> Result:
    """Run openapi-python-client in this process, with the operations' `x-` facts as the Jinja global
    `operation_facts`; any warning fails the run (as `--fail-on-warning` does)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from ruamel.yaml import YAML

    document = YAML(typ="safe").load(target.spec.read_bytes())  # the generator's own reading of the spec
    config = Config.from_sources(
        ConfigFile.load_from_path(target.config), MetaType.NONE, target.spec, "utf-8", False, output_path=package
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return Result(1, "", f"{openapi.header}: {openapi.detail}\n")
    project = Project(openapi=openapi, config=config, custom_template_path=templates)
    project.env.globals["operation_facts"] = OperationFacts(document, config.field_prefix)
    # The post-hooks call `ruff` by name: make it the locked one next to this interpreter, whatever PATH says.
    path = os.environ.get("PATH", "")
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), path])
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            problems = list(project.build())
    except Exception as exc:  # a template that fails to render: report it like a generator error
        return Result(1, printed.getvalue(), f"{type(exc).__name__}: {exc}\n")
    finally:
        os.environ["PATH"] = path
    report = "".join(f"{problem.level.name}: {problem.header}: {problem.detail}\n" for problem in problems)
    return Result(1 if problems else 0, printed.getvalue(), report)


def render(output: Path, target: Target = MAIN, templates: Path = TEMPLATES) -> Result:
    """Render `target`'s distribution into `output` (which must not exist yet); the result of the generator run."""
    output.mkdir(parents=True)
    package = output / target.package_name
    result = _generator(package, target, templates)
    if result.returncode != 0:
        return result
    for path in sorted(package.rglob("*.py")):  # the templates' text and the spec's descriptions, wrapped as one
        source = path.read_text(encoding="utf-8")
        reflowed = reflow_source(source, LINE_LENGTH)
        if reflowed != source:
            path.write_text(reflowed, encoding="utf-8")
    for module in runtime_modules():
        shutil.copyfile(module, package / module.name)
    spec = yaml.safe_load(target.spec.read_text(encoding="utf-8"))
    info_version, title = str(spec["info"]["version"]), str(spec["info"]["title"])
    digest = spec_digest(target.spec)
    version = package_version(info_version, digest)
    server = str(spec["servers"][0]["url"])
    (package / "_metadata.py").write_text(_metadata_module(info_version, digest, server), encoding="utf-8")
    (package / "py.typed").write_text("# Marker file for PEP 561: this package ships its types.\n", encoding="utf-8")
    names = {"dist_name": target.dist_name, "package_name": target.package_name}
    (output / "pyproject.toml").write_text(_pyproject(version, title, **names), encoding="utf-8")
    (output / "README.md").write_text(_readme(version, title, **names), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--golden", action="store_true", help="regenerate the golden record instead of generated/")
    target = GOLDEN_TARGET if parser.parse_args(argv).golden else MAIN
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="highlevel-generate-") as scratch:
        output = Path(scratch) / "generated"
        result = render(output, target)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            where = target.output.relative_to(REPO_ROOT)
            print(f"generate: openapi-python-client failed; {where}/ is unchanged", file=sys.stderr)
            return 1
        shutil.rmtree(target.output, ignore_errors=True)
        shutil.copytree(output, target.output)
    modules = sum(1 for _ in target.package.rglob("*.py"))
    elapsed = time.perf_counter() - started
    print(f"generate: wrote {modules} modules to {target.package.relative_to(REPO_ROOT)} in {elapsed:.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
