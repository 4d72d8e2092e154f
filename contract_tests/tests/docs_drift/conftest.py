"""The vendor's 2025-08-13 OpenAPI (the copy in spec/vendor/) and the curated spec, fresh for every test."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from contract_tests.record import REPO_ROOT, load_spec

VENDOR_COPY = REPO_ROOT / "spec" / "vendor" / "invoices.2025-08-13.json"
# Not the vendor's file: what the pages show of the error bodies it defines (see the file's description).
COMMON_FROM_PAGES = Path(__file__).parent / "fixtures" / "common-schemas.from-pages.json"


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
