"""Which built-in checks had something to judge in an exchange.

Built-in checks return None (a pass) on cases they have nothing to say about, e.g. `negative_data_rejection` on a
positive case; only a check returning True counts as skipped. The per-check table counts a pass only when the
check applied, per these predicates (checks not listed always apply once Schemathesis runs them).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from schemathesis import Case, Response


def _success(response: Response) -> bool:
    return 200 <= response.status_code < 300


def _mode_is(case: Case[Any], negative: bool) -> bool:
    meta = case.meta
    return meta is not None and (meta.generation.mode.is_negative if negative else meta.generation.mode.is_positive)


def _missing_header_case(case: Case[Any]) -> bool:
    from schemathesis.core.parameters import ParameterLocation
    from schemathesis.generation.meta import CoveragePhaseData, CoverageScenario
    from schemathesis.specs.openapi.checks import is_unexpected_http_status_case

    data = case.meta.phase.data if case.meta is not None else None
    return (
        isinstance(data, CoveragePhaseData)
        and not is_unexpected_http_status_case(case)
        and bool(data.parameter)
        and data.parameter_location == ParameterLocation.HEADER
        and data.scenario == CoverageScenario.MISSING_PARAMETER
    )


def _has_delete(case: Case[Any]) -> bool:
    paths = case.operation.schema.raw_schema.get("paths", {})
    return any(isinstance(item, dict) and "delete" in item for item in paths.values())


def _stateful(case: Case[Any]) -> bool:
    return case.meta is not None and str(case.meta.phase.name) == "stateful"


APPLICABLE: Mapping[str, Callable[[Case[Any], Response], bool]] = {
    "negative_data_rejection": lambda case, response: _mode_is(case, negative=True),
    "positive_data_acceptance": lambda case, response: _mode_is(case, negative=False),
    "missing_required_header": lambda case, response: _missing_header_case(case),
    # judges authentication only when the answer is a success (then it probes without credentials)
    "ignored_auth": lambda case, response: _success(response),
    # needs a DELETE operation whose deleted resource is read afterwards (in a stateful sequence)
    "use_after_free": lambda case, response: _has_delete(case) and 200 <= response.status_code < 400,
    # needs a 404 to a request built from a POST's answer (a stateful link)
    "ensure_resource_availability": lambda case, response: response.status_code == 404 and _stateful(case),
    # replays a GET as a second identity; the suite configures no second identity (Schemathesis auth peers)
    "object_level_authorization": lambda case, response: False,
}


def applies(name: str, case: Case[Any], response: Response) -> bool:
    """Whether a passing check had something to judge in this exchange."""
    predicate = APPLICABLE.get(name)
    return predicate is None or predicate(case, response)
