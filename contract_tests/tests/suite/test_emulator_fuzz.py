"""Fuzz the emulator with Schemathesis positive and negative data from the curated spec: no server errors.

2,000 derandomized cases, ids pinned so requests reach validation and handlers. text2pay bodies are about four
times slower to generate than queries, so generate-invoice-number gets 800 cases per mode and text2pay 200,
which keeps the test near a minute on two cores.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis import Case, GenerationMode

from contract_tests.suite.hooks import pin_case
from contract_tests.suite.pinning import Pins
from contract_tests.suite.schemas import spec_document
from contract_tests.suite.settings import emulator_identity
from contract_tests.suite.targets import build_emulator

CASES = {"GET": 800, "POST": 200}
PATHS = [("/invoices/generate-invoice-number", "GET"), ("/invoices/text2pay", "POST")]


@pytest.fixture(scope="module")
def counts() -> Counter[str]:
    return Counter()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["positive", "negative"])
@pytest.mark.parametrize(("path", "method"), PATHS, ids=["generate-number", "text2pay"])
def test_no_server_errors(path: str, method: str, mode: GenerationMode, counts: Counter[str]) -> None:
    app = build_emulator("default")
    schema = schemathesis.openapi.from_dict(spec_document("curated"))
    schema.app = app
    operation = schema[path][method]
    pins = Pins.of(emulator_identity(), strict_numbers=False)
    headers = {"Authorization": f"Bearer {emulator_identity().token}"}
    errors: list[str] = []

    @hypothesis.settings(
        max_examples=CASES[method],
        derandomize=True,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
    def fuzz(case: Case[Any]) -> None:
        pin_case(case, pins)
        response = case.call(headers=headers)
        counts[f"{method} {mode.value}"] += 1
        if response.status_code >= 500:
            errors.append(f"{response.status_code} for {case.as_curl_command()[:400]}")

    fuzz()
    assert errors == []
    assert counts[f"{method} {mode.value}"] >= CASES[method] * 0.9


def test_at_least_two_thousand_cases_ran(counts: Counter[str]) -> None:
    assert sum(counts.values()) >= 2000 * 0.95, counts
