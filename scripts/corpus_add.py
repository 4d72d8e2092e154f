"""Add the sanitized exchanges of a recorded run to the corpus, one per shape (`make corpus-add HAR=...`).

usage: python scripts/corpus_add.py RECORDING.har [--corpus DIR] [--source TEXT]

Exit status: 0 done (also when every exchange's shape was already there); 2 unreadable recording or corpus.
Review the new files (git diff) before committing them: sanitizing removes credentials and personal data it can
recognise, and a person still reads what goes into the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT)]


def main(argv: list[str] | None = None) -> int:
    from contract_tests.corpus import CORPUS_DIR, CorpusError
    from contract_tests.corpus.harvest import harvest
    from contract_tests.suite.recording import CassetteError, read_har

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording", type=Path, help="HAR file of a recorded run (reports/recording.har)")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="corpus directory (default: %(default)s)")
    parser.add_argument("--source", default=None, help="where the recording comes from (default: its file name)")
    args = parser.parse_args(argv)
    try:
        exchanges = read_har(args.recording)
        result = harvest(exchanges, source=args.source or f"recorded run {args.recording.name}", directory=args.corpus)
    except (CassetteError, CorpusError) as error:
        print(f"corpus-add: {error}", file=sys.stderr)
        return 2
    for path in result.added:
        print(f"  added {path.relative_to(args.corpus.parent) if path.is_relative_to(args.corpus.parent) else path}")
    print(
        f"corpus-add: {len(exchanges)} exchanges; {len(result.added)} added, {result.duplicates} of shapes "
        f"already in the corpus, {result.other} of other endpoints or unanswered"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
