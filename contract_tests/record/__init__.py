"""The discrepancy record inside the curated spec and the as-documented variant derived from it.

A library with no knowledge of the suite, the emulator or the client: everything else imports from here, never
the other way round.
"""

from contract_tests.record.as_documented import as_documented, curated_without_records, restore_vendor_names
from contract_tests.record.pointers import escape_token, resolve_pointer
from contract_tests.record.spec_record import (
    CURATED_SPEC,
    DOCS_PROOF_KIND,
    KINDS,
    PROOF_KINDS,
    RECORD_KEY,
    REPO_ROOT,
    SERVER_PROOF_KINDS,
    Discrepancy,
    RecordError,
    discrepancies,
    load_spec,
    operation_pointers,
    proof_instances,
    strip_records,
)

__all__ = [
    "CURATED_SPEC",
    "DOCS_PROOF_KIND",
    "KINDS",
    "PROOF_KINDS",
    "RECORD_KEY",
    "REPO_ROOT",
    "SERVER_PROOF_KINDS",
    "Discrepancy",
    "RecordError",
    "as_documented",
    "curated_without_records",
    "discrepancies",
    "escape_token",
    "load_spec",
    "operation_pointers",
    "proof_instances",
    "resolve_pointer",
    "restore_vendor_names",
    "strip_records",
]
