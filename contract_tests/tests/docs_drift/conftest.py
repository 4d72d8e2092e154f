"""The vendor's 2025-08-13 OpenAPI and the common file its error bodies refer to (the copies in spec/vendor/, laid
out like the vendor's repository), its 2026-06 v3 file, and the curated spec, fresh for every test."""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

import pytest

from contract_tests.record import REPO_ROOT, load_spec

VENDOR_DIR = REPO_ROOT / "spec" / "vendor"
VENDOR_COPY = VENDOR_DIR / "apps" / "invoices.2025-08-13.json"
COMMON_COPY = VENDOR_DIR / "common" / "common-schemas.json"
V3_COPY = VENDOR_DIR / "apps" / "v3" / "invoices-v3.2026-06-19.json"
V3_COMMON_COPY = VENDOR_DIR / "apps" / "v3" / "common" / "common-schemas.json"
COMMON_REFERENCE = "../common/common-schemas.json"


@cache
def _common() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(COMMON_COPY.read_text(encoding="utf-8"))
    return document


def load_common(reference: str) -> dict[str, Any] | None:
    """The loader of the vendor file's references: its one referenced document, the vendor's common file."""
    return copy.deepcopy(_common()) if reference == COMMON_REFERENCE else None


@cache
def _vendor() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(VENDOR_COPY.read_text(encoding="utf-8"))
    return document


@cache
def _curated() -> dict[str, Any]:
    return load_spec()


@pytest.fixture
def vendor() -> dict[str, Any]:
    return copy.deepcopy(_vendor())


@pytest.fixture
def curated() -> dict[str, Any]:
    return copy.deepcopy(_curated())
