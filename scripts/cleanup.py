"""Delete the drafts a contract run left behind (`make cleanup`), as its journal lists them.

usage: python scripts/cleanup.py [--reports-dir DIR]

Reads `invoices.jsonl` in the reports directory (CONTRACT_REPORTS_DIR, default reports/), which a run against a
server or the live API appends to as it creates and deletes drafts, one line at a time (a line that is not an entry,
not UTF-8, of the wrong types or naming something that is not an invoice id is reported and skipped; the others are
still read), in the location and on the target the current settings name (the same environment as the run:
HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, CONTRACT_BASE_URL, ...). Creates journaled as pending and never confirmed
(the run was killed, or their answers were lost) are reconciled: the drafts carrying the run's id are found through
the list's search and get. Then every invoice created and not deleted is deleted; an invoice the target no longer
knows is counted as already gone. Nothing else is ever deleted.
Exit status: 0 nothing left behind; 1 some drafts could not be deleted (named), or journal lines could not be read
(named); 2 bad settings or no journal.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "generated")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports-dir", type=Path, help="where the run's reports are (default: CONTRACT_REPORTS_DIR)")
    args = parser.parse_args(argv)
    if args.reports_dir:
        os.environ["CONTRACT_REPORTS_DIR"] = str(args.reports_dir)

    from contract_tests.suite.console import ConsoleRedactor, RedactingStream

    secrets = [
        os.environ.get(name, "") for name in ("HIGHLEVEL_TOKEN", "HIGHLEVEL_AGENCY_TOKEN", "HIGHLEVEL_PIT_TOKEN")
    ]
    sys.stdout = RedactingStream(sys.stdout, ConsoleRedactor(secrets))
    sys.stderr = RedactingStream(sys.stderr, ConsoleRedactor(secrets))
    from contract_tests.suite.cleanup import cleanup_context, delete_all
    from contract_tests.suite.ledger import JOURNAL_NAME, outstanding, read_journal_lines, unconfirmed
    from contract_tests.suite.pinning import Pins
    from contract_tests.suite.reconcile import reconcile
    from contract_tests.suite.settings import SettingsError, load_settings
    from contract_tests.suite.targets import build_target, target_key

    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"cleanup: {error}", file=sys.stderr)
        return 2
    journal = settings.reports_dir / JOURNAL_NAME
    if settings.target == "emulator":
        print("cleanup: the in-process emulator keeps nothing between runs; set the run's CONTRACT_BASE_URL or token")
        return 0
    if not journal.exists():
        print(f"cleanup: no journal at {journal}: no run against a server wrote one there", file=sys.stderr)
        return 2
    reading = read_journal_lines(journal)
    for problem in reading.problems:
        print(f"cleanup: {journal.name} {problem}", file=sys.stderr)
    unreadable = (
        f"; {reading.unreadable} journal line(s) unreadable, skipped (named above): check them by hand"
        if reading.unreadable
        else ""
    )
    where = f"location {settings.identity.location_id} at {target_key(settings)}"
    left = outstanding(reading.entries, settings.identity.location_id, target_key(settings))
    pending = unconfirmed(reading.entries, settings.identity.location_id, target_key(settings))
    if not left and not pending:
        print(f"cleanup: nothing left behind in {where} by the readable entries{unreadable}")
        return 1 if reading.unreadable else 0
    target = build_target(settings, journal=True)
    target.ledger.created.extend(left)  # the journal's invoices are this suite's: the ledger may delete them
    target.ledger.adopt_pending(pending)
    pins = Pins.of(settings.identity, strict_numbers=settings.is_live, ledger=target.ledger)
    context = cleanup_context(settings, target, pins, target.recorder, len(left), pending=len(pending))
    found = reconcile(context, pending)
    outcome = delete_all(context, target.ledger.left_behind())
    remaining = target.ledger.left_behind()
    if pending:
        ids = f" ({', '.join(found.found)})" if found.found else ""
        print(
            f"cleanup: {len(pending)} create(s) journaled without an answer: {len(found.found)} draft(s) of theirs "
            f"found by reconciliation{ids}, {len(found.not_found)} not found"
        )
    print(
        f"cleanup: {len(left) + len(found.found)} left behind: {len(outcome.deleted)} deleted, "
        f"{len(outcome.gone)} already gone, {len(remaining)} remain{unreadable}"
    )
    for problem in found.problems + outcome.problems:
        print(f"cleanup: {problem}", file=sys.stderr)
    if found.not_found:
        print(
            f"cleanup: no draft was found for {len(found.not_found)} create(s) ({', '.join(found.not_found)}): "
            "most likely none was made; a later `make cleanup` searches again",
            file=sys.stderr,
        )
    return 1 if remaining or reading.unreadable else 0


if __name__ == "__main__":
    raise SystemExit(main())
