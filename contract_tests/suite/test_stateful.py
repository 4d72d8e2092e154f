"""Stateful phase: sequences that follow the `CreateInvoiceWithThisNumber` link (number -> draft invoice)."""

from __future__ import annotations

from typing import Any

import hypothesis
from schemathesis import Case, Response
from schemathesis.core.failures import FailureGroup

from contract_tests.suite.checks import checks_for
from contract_tests.suite.runtime import current_run
from contract_tests.suite.schemas import STATEFUL_MAX_STEPS, active_profile

RUN = current_run()


class ContractStateMachine(RUN.schema().as_state_machine()):  # type: ignore[misc]
    def before_call(self, case: Case[Any]) -> None:
        RUN.results.record_case(case.operation.label)

    def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
        return RUN.call_kwargs()

    def validate_response(
        self, response: Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
    ) -> None:
        try:
            super().validate_response(response, case, additional_checks=checks_for(case.operation.label), **kwargs)
        except FailureGroup:
            if RUN.only_recorded_differences(case):
                return
            raise


TestStateful = ContractStateMachine.TestCase
# Each stateful example is a sequence of up to STATEFUL_MAX_STEPS calls, so a quarter of the run's examples sends
# about as many requests as the fuzzing of one operation (see budget.py for budgeted runs).
TestStateful.settings = hypothesis.settings(
    active_profile(),
    max_examples=RUN.stateful_examples,
    stateful_step_count=STATEFUL_MAX_STEPS,
)
