"""Golden-record checks of generated/: regenerating gives the committed files byte for byte, they type-check, the
runtime is copied as it is, imports go one way, and the package says which spec it comes from."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import openapi_python_client
import pytest
import yaml

from scripts.generate import (
    CLIENT_DEPENDENCIES,
    PACKAGE,
    REPO_ROOT,
    SPEC,
    TARGET,
    TEMPLATES,
    package_version,
    render,
    runtime_modules,
    spec_digest,
)

#: Templates with no upstream original: macros of our own (the property kinds are in their own directory).
OUR_OWN_TEMPLATES = frozenset({"decoder_imports.jinja", "resource_macros.py.jinja"})


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def fresh_render(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("render") / "generated"
    result = render(output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_generated_package_is_up_to_date_with_the_spec(fresh_render: Path) -> None:
    expected, committed = _tree(fresh_render), _tree(TARGET)
    stale = sorted(name for name in expected.keys() | committed.keys() if expected.get(name) != committed.get(name))
    assert stale == [], f"generated/ is stale against the spec (run `make generate`): {stale}"


def test_generation_is_deterministic(fresh_render: Path, tmp_path: Path) -> None:
    second = tmp_path / "generated"
    result = render(second)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _tree(second) == _tree(fresh_render)


def test_generated_package_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(PACKAGE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_operation_specific_version_enums(fresh_render: Path) -> None:
    models = {path.stem for path in (fresh_render / "highlevel_invoices" / "models").glob("*.py")}
    assert "api_version" in models
    assert not {name for name in models if name.endswith("_version") and name != "api_version"}


def test_the_runtime_is_copied_as_it_is() -> None:
    for module in runtime_modules():
        assert (PACKAGE / module.name).read_bytes() == module.read_bytes(), module.name


def test_overridden_templates_keep_their_upstream_originals_for_three_way_merges() -> None:
    """spec/templates/upstream/ holds the generator's own version of every template we override (or replace with a
    runtime module), as shipped by the pinned generator: after an upgrade this fails until they are re-merged."""
    installed = Path(openapi_python_client.__file__).parent / "templates"
    ours = {path.name for path in TEMPLATES.glob("*.jinja")} - OUR_OWN_TEMPLATES
    replaced_by_runtime = {f"{module.stem}.py.jinja" for module in runtime_modules()} & {
        path.name for path in installed.glob("*.jinja")
    }
    kept = {path.name: path.read_bytes() for path in (TEMPLATES / "upstream").glob("*.jinja")}
    assert set(kept) == ours | replaced_by_runtime
    for name, content in kept.items():
        assert (installed / name).read_bytes() == content, f"{name} changed upstream: re-merge spec/templates/{name}"


def _top_level_imports(path: Path) -> set[str]:
    """The package modules `path` imports when it is imported (not under `if TYPE_CHECKING` / `if not ...`)."""
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package_parts[: len(package_parts) - node.level])
            if path.name == "__init__.py":
                base = list(package_parts[: len(package_parts) - node.level + 1])
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def test_the_package_imports_in_one_direction() -> None:
    modules = {
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"): path
        for path in PACKAGE.rglob("*.py")
    }
    graph = {
        name: {target for target in _top_level_imports(path) if target in modules} for name, path in modules.items()
    }
    for name, targets in graph.items():  # a package's __init__ importing its own submodules is not a cycle
        graph[name] = {target for target in targets if not target.startswith(f"{name}.")}
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph[name]):
            assert state.get(target) != "open", f"import cycle: {' -> '.join([*trail, name, target])}"
            if target not in state:
                visit(target, [*trail, name])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    client = (PACKAGE / "client.py").read_text(encoding="utf-8")
    assert "if not TYPE_CHECKING" not in client
    assert all("from ...client import" not in path.read_text() for path in (PACKAGE / "api").rglob("*.py"))


def test_the_package_says_which_spec_it_was_generated_from() -> None:
    import highlevel_invoices

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert spec_digest() == highlevel_invoices.SPEC_DIGEST
    assert spec["info"]["version"] == highlevel_invoices.SPEC_VERSION
    assert highlevel_invoices.__version__ == package_version(spec["info"]["version"], spec_digest())
    assert (PACKAGE / "py.typed").exists()
    dist = tomllib.loads((TARGET / "pyproject.toml").read_text(encoding="utf-8"))
    assert dist["project"]["version"] == highlevel_invoices.__version__
    assert dist["project"]["dependencies"] == list(CLIENT_DEPENDENCIES)


def test_the_project_installs_what_the_client_needs() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(CLIENT_DEPENDENCIES) <= set(project["project"]["dependencies"])


@pytest.mark.parametrize(
    ("info_version", "expected"), [("2021-07-28", "2021.7.28+spec.0123456789ab"), ("1.4", "1.4+spec.0123456789ab")]
)
def test_package_version(info_version: str, expected: str) -> None:
    assert package_version(info_version, "0123456789abcdef") == expected
    with pytest.raises(ValueError, match="neither"):
        package_version("v3", "0123456789abcdef")


def test_endpoint_modules_state_their_facts_in_under_80_lines() -> None:
    """Under 80 lines, and two more for each parameter beyond the third (a parameter is a line of the signature and
    one of the request it builds: the list's thirteen filters and page are facts, not overhead)."""
    for path in sorted((PACKAGE / "api").rglob("*.py")):
        if path.name != "__init__.py":
            text = path.read_text(encoding="utf-8")
            lines = len(text.splitlines())
            signature = text.split("def call(", 1)[1].split(") ->", 1)[0]
            # Less the four every call takes: client, version, timeout, headers.
            parameters = sum(1 for line in signature.splitlines() if ":" in line) - 4
            allowed = 80 + 2 * max(0, parameters - 3)
            assert lines < allowed, f"{path.relative_to(PACKAGE)}: {lines} lines ({parameters} parameters)"


def test_no_template_dispatches_on_a_class_name() -> None:
    """Templates choose by property kind (`property.template`, kinds/), never by `__class__.__name__`."""
    for path in TEMPLATES.rglob("*.jinja"):
        if "upstream" not in path.parts:
            assert "__class__" not in path.read_text(encoding="utf-8"), path.relative_to(TEMPLATES)
