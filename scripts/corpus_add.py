"""Add the sanitized exchanges of a recorded live run to the corpus, one per shape (`make corpus-add HAR=...`).

usage: python scripts/corpus_add.py RECORDING.har.gz [--corpus DIR] [--source TEXT]

Only a recording that states it was made against the vendor's API (`make contract` in live mode writes that into
the recording) is read, and of it only the exchanges that went to the vendor's host: a recording of the emulator
(in-process or `make emulator`) or of any other server adds nothing and is refused, saying why.
Exit status: 0 done (also when every exchange's shape was already there); 2 unreadable or refused recording, or
unreadable corpus.
Review the new files (git diff) before committing them: sanitizing removes credentials and personal data it can
recognise, and a person still reads what goes into the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT)]


def main(argv: list[str] | None = None) -> int:
    from contract_tests.corpus import CORPUS_DIR, CorpusError
    from contract_tests.corpus.harvest import Provenance, RefusedRecordingError, admit, harvest, recording_digest
    from contract_tests.suite.recording import CassetteError, read_recording
    from contract_tests.suite.settings import VENDOR_BASE_URL

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording", type=Path, help="HAR of a recorded live run (reports/recording.har.gz)")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="corpus directory (default: %(default)s)")
    parser.add_argument("--source", default=None, help="where the recording comes from (default: its file name)")
    args = parser.parse_args(argv)
    vendor_host = urlsplit(VENDOR_BASE_URL).hostname or ""
    try:
        exchanges, target = read_recording(args.recording)
        admitted, refused = admit(
            exchanges,
            target.kind if target else None,
            target.base_url if target else None,
            vendor_host=vendor_host,
        )
        provenance = Provenance(
            recording=args.recording.name,
            sha256=recording_digest(args.recording),
            target=(target.base_url if target else None) or "",
            source=args.source or f"recorded run {args.recording.name}",
        )
        result = harvest(admitted, provenance=provenance, directory=args.corpus, refused=refused)
    except RefusedRecordingError as error:
        print(f"corpus-add: {args.recording}: refused, nothing added: {error}", file=sys.stderr)
        return 2
    except (CassetteError, CorpusError) as error:
        print(f"corpus-add: {error}", file=sys.stderr)
        return 2
    for path in result.added:
        print(f"  added {path.relative_to(args.corpus.parent) if path.is_relative_to(args.corpus.parent) else path}")
    refused_text = ""
    if result.refused:
        hosts = ", ".join(f"{count} to {host or 'no host'}" for host, count in sorted(result.refused.items()))
        refused_text = f"; refused {sum(result.refused.values())} not sent to {vendor_host} ({hosts})"
    print(
        f"corpus-add: {len(exchanges)} exchanges; {len(result.added)} added, {result.duplicates} of shapes "
        f"already in the corpus, {result.other} of other endpoints or unanswered{refused_text}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
