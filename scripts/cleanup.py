"""Delete the drafts a contract run left behind (`make cleanup`), as its journal lists them.

usage: python scripts/cleanup.py [--reports-dir DIR]

Reads `invoices.jsonl` in the reports directory (CONTRACT_REPORTS_DIR, default reports/), which a run against a
server or the live API appends to as it creates and deletes drafts, and deletes every invoice created there and not
deleted, in the location and on the target the current settings name (the same environment as the run:
HIGHLEVEL_TOKEN, HIGHLEVEL_LOCATION_ID, CONTRACT_BASE_URL, ...). Nothing else is ever deleted.
Exit status: 0 nothing left behind; 1 some drafts could not be deleted (named); 2 bad settings or no journal.
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

    from contract_tests.suite.cleanup import cleanup_context, delete_all
    from contract_tests.suite.ledger import JOURNAL_NAME, outstanding, read_journal
    from contract_tests.suite.pinning import Pins
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
    left = outstanding(read_journal(journal), settings.identity.location_id, target_key(settings))
    if not left:
        print(f"cleanup: nothing left behind in location {settings.identity.location_id} at {target_key(settings)}")
        return 0
    target = build_target(settings, journal=True)
    target.ledger.created.extend(left)  # the journal's invoices are this suite's: the ledger may delete them
    pins = Pins.of(settings.identity, strict_numbers=settings.is_live, ledger=target.ledger)
    context = cleanup_context(settings, target, pins, target.recorder, len(left))
    outcome = delete_all(context, left)
    remaining = target.ledger.left_behind()
    print(
        f"cleanup: {len(left)} left behind: {len(outcome.deleted)} deleted, {len(outcome.gone)} already gone, "
        f"{len(remaining)} remain"
    )
    for problem in outcome.problems:
        print(f"cleanup: {problem}", file=sys.stderr)
    return 1 if remaining else 0


if __name__ == "__main__":
    raise SystemExit(main())
