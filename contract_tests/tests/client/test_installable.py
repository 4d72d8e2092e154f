"""generated/ is an installable distribution: its source tree and its wheel both install into a fresh venv outside
the repository, import with the spec's version, carry their types (py.typed) and parse a recorded live invoice.

Each venv is made with the interpreter running the tests and gets httpx and attrs from the package index, as a
user's would.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from contract_tests.tests.client.test_parsing import LIVE_INVOICE
from scripts.generate import PACKAGE_NAME, REPO_ROOT, TARGET, package_version, spec_digest

UV = REPO_ROOT / ".tools" / "uv" / "bin" / "uv"

_APP = textwrap.dedent(
    """
    import json
    import sys

    import httpx

    import highlevel_invoices
    from highlevel_invoices import HighLevelInvoices, Text2PayInvoiceRequestDict

    assert "site-packages" in highlevel_invoices.__file__, highlevel_invoices.__file__
    recorded = json.load(open(sys.argv[1]))["response"]["body"]  # a live invoice document (corpus)
    document = {key: value for key, value in recorded.items() if key != "traceId"}
    answer = httpx.Response(200, json={"invoice": document, "invoiceUrl": "https://link.fastpaydirect.com/invoice/x"})
    draft: Text2PayInvoiceRequestDict = {
        "altId": "loc", "userId": "user", "name": "Installed", "currency": "USD",
        "items": [{"name": "Widget", "currency": "USD", "amount": 10, "qty": 2}],
        "issueDate": "2024-01-01", "sentTo": {"email": ["a@example.com"]}, "liveMode": False, "action": "draft",
    }
    with HighLevelInvoices("tok", transport=httpx.MockTransport(lambda request: answer)) as client:
        invoice = client.create_and_send_invoice(draft).invoice
    print(highlevel_invoices.__version__, invoice.id, invoice.invoice_number, invoice.issue_date.isoformat())
    """
)


def _venv(path: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, capture_output=True)
    return path / "bin" / "python"


def _pip(python: Path, *args: str) -> None:
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _run_app(python: Path, workdir: Path) -> str:
    app = workdir / "app.py"
    app.write_text(_APP, encoding="utf-8")
    result = subprocess.run(
        [str(python), "-I", str(app), str(LIVE_INVOICE)], capture_output=True, text=True, check=False, cwd=workdir
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip()


def _mypy(python: Path, app: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", str(python), app.name],
        capture_output=True,
        text=True,
        check=False,
        cwd=app.parent,
    )


def _spec_version() -> str:
    spec = yaml.safe_load((REPO_ROOT / "spec" / "highlevel-invoices.openapi.yaml").read_text(encoding="utf-8"))
    return package_version(str(spec["info"]["version"]), spec_digest())


@pytest.mark.slow
def test_the_source_tree_installs_outside_the_repo(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(TARGET, source, ignore=shutil.ignore_patterns("__pycache__"))
    python = _venv(tmp_path / "venv")
    _pip(python, str(source))
    version, invoice_id, number, issued = _run_app(python, tmp_path).split()
    assert version == _spec_version()
    assert (invoice_id, number, issued) == ("6837a9c00000000000000001", "1001", "2025-05-28T07:00:00+00:00")


@pytest.mark.slow
def test_the_wheel_installs_and_its_types_check_under_mypy_strict(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(TARGET, source, ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    if UV.exists():  # what `make dist` runs
        build = [str(UV), "build", str(source), "--wheel", "--out-dir", str(wheels)]
        result = subprocess.run(build, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    else:
        builder = _venv(tmp_path / "builder")
        result = subprocess.run(
            [str(builder), "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = wheels.glob("*.whl")
    assert wheel.name == f"{PACKAGE_NAME}-{_spec_version()}-py3-none-any.whl"
    python = _venv(tmp_path / "venv")
    _pip(python, str(wheel))
    assert _run_app(python, tmp_path).split()[0] == _spec_version()
    typed = tmp_path / "typed_app.py"
    typed.write_text(_APP, encoding="utf-8")
    assert _mypy(python, typed).returncode == 0, _mypy(python, typed).stdout
    typo = tmp_path / "typo_app.py"
    typo.write_text(_APP.replace('"action": "draft"', '"acton": "draft"'), encoding="utf-8")
    checked = _mypy(python, typo)
    assert checked.returncode == 1
    assert 'Extra key "acton" for TypedDict "Text2PayInvoiceRequestDict"' in checked.stdout
