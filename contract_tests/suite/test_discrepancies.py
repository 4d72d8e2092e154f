"""Every `x-discrepancies` entry proven against the target, per its `proof`; parametrized by entry id.

A resolved discrepancy (the target no longer differs from the documentation) fails its test: the record, and
probably the curated spec, must be updated. A contradicted one (the curated side fails, or the proof breaks) fails
too, is recorded as `contradicted` and counts as a new violation in the summary. An unprovable one (the target
lacks what the scenario needs, e.g. an agency token in live mode, or its answer was a 429 or a 5xx) is skipped with
the reason, and listed as such in the run's summary.
"""

from __future__ import annotations

import pytest

from contract_tests.record import Discrepancy, proof_instances
from contract_tests.suite.proofs import ProofContradicted, Prover
from contract_tests.suite.results import ProofOutcome
from contract_tests.suite.runtime import current_run

RUN = current_run()
# One proof per entry, and one per operation for a document-level rule (`undocumented-403[getInvoice]`, ...).
# Claims about the vendor's docs alone are proven by `make docs-drift` (contract_tests/tests/docs_drift/).
ENTRIES = [entry for entry in proof_instances(RUN.raw_spec()) if entry.proven_by_a_server]


@pytest.fixture(scope="module")
def prover() -> Prover:
    return RUN.prover()


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_discrepancy(prover: Prover, entry: Discrepancy) -> None:
    kind = str(entry.proof.get("kind", "?"))
    try:
        outcome = prover.prove(entry)
    except ProofContradicted as error:
        RUN.results.record_proof(ProofOutcome(entry.id, kind, "contradicted", str(error)))
        raise
    except Exception as error:
        detail = f"the proof broke: {type(error).__name__}: {error}"
        RUN.results.record_proof(ProofOutcome(entry.id, kind, "contradicted", detail))
        raise
    RUN.results.record_proof(outcome)
    if outcome.status == "unproven":
        pytest.skip(f"unproven against {RUN.target.description}: {outcome.detail}")
    assert outcome.status == "present", (
        f"RESOLVED: {entry.id} no longer shows against {RUN.target.description} ({outcome.detail}); "
        "update the record and the curated spec"
    )
