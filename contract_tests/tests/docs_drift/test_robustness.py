"""Whatever the vendor does to its file, docs-drift answers with findings, never with a traceback."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.docs_drift.compare import compare
from contract_tests.record import escape_token, load_spec, resolve_pointer
from contract_tests.tests.docs_drift.conftest import VENDOR_COPY, load_common

VENDOR: dict[str, Any] = json.loads(VENDOR_COPY.read_text(encoding="utf-8"))
CURATED = load_spec()
ROOTS = [
    "/paths/~1invoices~1generate-invoice-number/get",
    "/paths/~1invoices~1text2pay/post",
    "/paths/~1invoices~1{invoiceId}/delete",
    "/components/schemas/Text2PayDto",
    "/components/schemas/InvoiceItemDto",
    "/components/schemas/DefaultInvoiceResponseDto",
    "/components/schemas/GenerateInvoiceNumberResponseDto",
    "/components/securitySchemes",
]


def _pointers(node: Any, pointer: str) -> list[str]:
    found = [pointer]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _pointers(value, f"{pointer}/{escape_token(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _pointers(value, f"{pointer}/{index}")
    return found


POINTERS = sorted({p for root in ROOTS for p in _pointers(resolve_pointer(VENDOR, root), root)})
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
DELETE = object()


def _apply(document: dict[str, Any], pointer: str, value: Any) -> None:
    parent_pointer, _, raw = pointer.rpartition("/")
    parent = resolve_pointer(document, parent_pointer)
    key: Any = raw.replace("~1", "/").replace("~0", "~")
    if isinstance(parent, list):
        key = int(key)
        if key >= len(parent):
            return
    elif not isinstance(parent, dict) or key not in parent:
        return
    if value is DELETE:
        del parent[key]
    else:
        parent[key] = value


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(st.sampled_from(POINTERS), JSON | st.just(DELETE)), min_size=1, max_size=3))
def test_any_change_to_the_vendors_file_is_classified(changes: list[tuple[str, Any]]) -> None:
    vendor = copy.deepcopy(VENDOR)
    for pointer, value in changes:
        try:
            _apply(vendor, pointer, value)
        except (KeyError, IndexError, TypeError, ValueError):
            continue  # an earlier change removed the place
    result = compare(CURATED, vendor, load_external=load_common)
    # A change may point a `$ref` at a document that does not exist: then, and only then, the comparison is an error.
    assert result.status in {"ok", "new-in-docs", "fixed-in-docs"} or (result.status, result.exit_code) == ("error", 2)
    assert (result.status == "error") == bool(result.unresolved)
    assert all(finding.path and finding.message for finding in result.findings)
