"""The promise of the cards: a new operation is a spec entry, a card and an emulator endpoint (plus its line in the
emulator's route order), and nothing else.

In a copy of the repository the test adds a throwaway operation (`throwaway/`: a read of one invoice, the invoice
in the path and the location in the query), runs the generator of `make generate` over the copy's spec, then the
suite's conformance over every operation (the new one included, its invoice checks reading the location from the
query) and the cards' own rules (one card per operation, one place per operation, the route matcher). Any other
file the new operation needed would make one of them fail. It reports what the operation cost in files and lines.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[3]
FIXTURES = Path(__file__).parent / "throwaway"
SPEC = Path("spec/highlevel-invoices.openapi.yaml")
CARD = Path("contract_tests/operations/probe_invoice.py")
ENDPOINT = Path("contract_tests/emulator/highlevel_invoices_emulator/endpoints/probe_invoice.py")
ROUTE_ORDER = Path("contract_tests/emulator/highlevel_invoices_emulator/handlers.py")
LABEL = "GET /invoices/{invoiceId}/contract-probe"
LEFT_OUT = (".git", ".venv", ".tools", "reports", "dist", "build", ".benchmarks", ".hypothesis")  # at the top
ANYWHERE = ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules")


def _copy_repository(into: Path) -> Path:
    copy = into / "repo"
    top, anywhere = shutil.ignore_patterns(*LEFT_OUT, *ANYWHERE), shutil.ignore_patterns(*ANYWHERE)
    shutil.copytree(
        REPO_ROOT,
        copy,
        ignore=lambda d, names: top(d, names) if Path(d) == REPO_ROOT else anywhere(d, names),
    )
    return copy


def _add_operation(copy: Path) -> dict[str, int]:
    """Add the throwaway operation to the copy; return the lines each touched file gained."""
    fragment = (FIXTURES / "spec_fragment.yaml").read_text(encoding="utf-8")
    spec = copy / SPEC
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    document["paths"].update(yaml.safe_load(fragment))
    spec.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    shutil.copyfile(FIXTURES / "card.py", copy / CARD)
    shutil.copyfile(FIXTURES / "endpoint.py", copy / ENDPOINT)
    handlers = copy / ROUTE_ORDER
    text = handlers.read_text(encoding="utf-8")
    # The import, as its own statement after the endpoints' (one line or a parenthesised list).
    endpoints_import = r"(from highlevel_invoices_emulator\.endpoints import (?:\([^)]*\)|[^\n]+)\n)"
    text = re.sub(
        endpoints_import, r"\1from highlevel_invoices_emulator.endpoints import probe_invoice\n", text, count=1
    )
    text = text.replace("    delete_invoice.ENDPOINT,\n", "    delete_invoice.ENDPOINT,\n    probe_invoice.ENDPOINT,\n")
    assert "probe_invoice.ENDPOINT" in text
    assert "import probe_invoice" in text
    handlers.write_text(text, encoding="utf-8")
    return {
        str(SPEC): sum(1 for line in fragment.splitlines() if line.strip() and not line.lstrip().startswith("#")),
        str(CARD): lines(copy / CARD),
        str(ENDPOINT): lines(copy / ENDPOINT),
        str(ROUTE_ORDER): 1,
    }


def lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _run(copy: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("CONTRACT_", "HIGHLEVEL_", "PYTEST"))}
    # The copy's emulator, not the one the venv has installed (editable, from this checkout).
    environment.update(env or {}, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(copy / "contract_tests" / "emulator"))
    return subprocess.run(
        [sys.executable, *args], cwd=copy, env=environment, capture_output=True, text=True, check=False, timeout=900
    )


WIRING = """
from contract_tests.corpus.harvest import operation_of
from contract_tests.suite.request_policy import OutgoingRequest, Policy, RefusedRequestError, check

path = "/Invoices/65f0000000000000000000aa/Contract-Probe/"
assert operation_of("GET", path) == "probeInvoice"
mine = Policy(live=True, owns=lambda invoice: invoice == "65f0000000000000000000aa")
assert check(OutgoingRequest("GET", path, (), b""), mine).path == path.rstrip("/")
try:
    check(OutgoingRequest("GET", path, (), b""), Policy(live=True))
except RefusedRequestError as error:
    assert "did not create" in str(error), error
else:
    raise AssertionError("a live read of another's invoice went out")
"""


@pytest.mark.slow
def test_a_new_operation_is_a_spec_entry_a_card_and_an_emulator_endpoint(tmp_path: Path) -> None:
    copy = _copy_repository(tmp_path)
    cost = _add_operation(copy)

    generated = _run(copy, "scripts/generate.py")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    module = copy / "generated" / "highlevel_invoices" / "api" / "invoices" / "probe_invoice.py"
    assert module.exists(), sorted(p.name for p in module.parent.iterdir())
    assert "def probe_invoice(" in (copy / "generated" / "highlevel_invoices" / "client.py").read_text()

    rules = _run(
        copy,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "contract_tests/tests/operations/test_cards.py",
        "contract_tests/tests/operations/test_one_place.py",
        "contract_tests/tests/operations/test_routes.py",
    )
    assert rules.returncode == 0, rules.stdout[-3000:] + rules.stderr[-2000:]

    # The live-safety guard and corpus harvesting know the new operation from its card alone.
    wiring = _run(copy, "-c", WIRING)
    assert wiring.returncode == 0, wiring.stdout + wiring.stderr

    reports = tmp_path / "reports"
    run = _run(
        copy,
        "scripts/contract.py",
        "-k",
        "test_conformance",
        env={"CONTRACT_MAX_EXAMPLES": "15", "CONTRACT_REPORTS_DIR": str(reports), "COLUMNS": "100"},
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert re.search(rf"passed\s+conformance {re.escape(LABEL)}\s+\d+ cases", run.stdout), run.stdout[-3000:]
    cases = [c for c in ET.parse(reports / "junit.xml").iter("testcase") if LABEL in c.get("name", "")]
    assert cases, run.stdout[-3000:]
    verdicts = [child.tag for case in cases for child in case if child.tag in ("failure", "error", "skipped")]
    assert verdicts == [], run.stdout[-3000:]
    # The invoice checks judged the new operation's answers (the location read from its query).
    report = (reports / "contract-report.md").read_text(encoding="utf-8")
    judged = rf"\| {re.escape(LABEL)} \| invoice_belongs_to_requested_location \| [1-9]\d* \| 0 \|"
    assert re.search(judged, report), report[report.index(LABEL) :][:1500]

    print(f"\na new operation: {len(cost)} files, {sum(cost.values())} lines: {cost}")
