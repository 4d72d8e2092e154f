"""Command line: serve the emulator over HTTP on a loopback address with uvicorn."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .admission import DEFAULT_CAPACITY
from .app import create_app, emulator_state
from .choices import PROFILES, UnknownProfileError, choices_markdown_table
from .seeding import SeedError, seed_invoices
from .serving import BODY_TIMEOUT, FILE_DESCRIPTOR_RESERVE, HEADERS_TIMEOUT, MAX_CONNECTIONS, is_loopback
from .store import DEFAULT_MAX_INVOICES, DEFAULT_MAX_STORE_BYTES
from .tokens import MAIN_LOCATION_ID, TokenFileError

ENV_TOKENS = "EMULATOR_TOKENS"
ENV_PROFILE = "EMULATOR_PROFILE"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port out of range 0-65535: {port}")
    return port


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests.emulator",
        description="Serve an emulator of HighLevel's Invoices API (generate-invoice-number, text2pay and the "
        "invoice lifecycle: create, get, list, update, send, record-payment, void, delete).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=8765, help="port to listen on (default 8765)")
    parser.add_argument("--tokens", metavar="FILE", help=f"JSON token file (default: ${ENV_TOKENS}, else built-in set)")
    parser.add_argument(
        "--profile",
        metavar="NAME[,NAME...]",
        help=f"choice profile(s), comma-separated (default: ${ENV_PROFILE}, else 'default'); "
        f"one of: {', '.join(PROFILES)}",
    )
    parser.add_argument("--max-body-bytes", type=_positive, help="request body limit (default: the profile's)")
    parser.add_argument(
        "--max-invoices", type=_positive, default=DEFAULT_MAX_INVOICES, help="invoices kept, oldest dropped first"
    )
    parser.add_argument(
        "--seed-invoices",
        type=_non_negative,
        default=0,
        metavar="N",
        help="start with N draft invoices in --seed-location, made without the API (default 0)",
    )
    parser.add_argument(
        "--seed-location",
        default=MAIN_LOCATION_ID,
        metavar="ID",
        help=f"the location --seed-invoices fills (default {MAIN_LOCATION_ID}, the default tokens' location)",
    )
    parser.add_argument(
        "--max-store-bytes",
        type=_positive,
        default=DEFAULT_MAX_STORE_BYTES,
        help=f"bytes of invoices kept, oldest dropped first (default {DEFAULT_MAX_STORE_BYTES})",
    )
    parser.add_argument(
        "--capacity",
        type=_positive,
        default=DEFAULT_CAPACITY,
        help=f"requests handled at once; beyond, a JSON 429 (default {DEFAULT_CAPACITY})",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive,
        default=MAX_CONNECTIONS,
        help=f"connections held at once, within the open-file limit (default {MAX_CONNECTIONS})",
    )
    parser.add_argument(
        "--headers-timeout",
        type=_seconds,
        default=HEADERS_TIMEOUT,
        help=f"seconds to deliver a request head (default {HEADERS_TIMEOUT:g})",
    )
    parser.add_argument(
        "--body-timeout",
        type=_seconds,
        default=BODY_TIMEOUT,
        help=f"seconds to deliver a request body after its head (default {BODY_TIMEOUT:g})",
    )
    parser.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument("--list-choices", action="store_true", help="print every choice as a Markdown table and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.list_choices:
        print(choices_markdown_table())
        return 0
    if not is_loopback(args.host):
        print(
            f"error: refusing to bind to {args.host}: the emulator only listens on loopback addresses "
            "(127.0.0.0/8, ::1, localhost)",
            file=sys.stderr,
        )
        return 2
    tokens = args.tokens or os.environ.get(ENV_TOKENS) or None
    profile = args.profile or os.environ.get(ENV_PROFILE) or "default"
    try:
        app = create_app(
            profile=profile,
            tokens=Path(tokens) if tokens else None,
            max_body_bytes=args.max_body_bytes,
            max_invoices=args.max_invoices,
            max_store_bytes=args.max_store_bytes,
            capacity=args.capacity,
        )
        seed_invoices(emulator_state(app), args.seed_invoices, location=args.seed_location)
    except (TokenFileError, UnknownProfileError, SeedError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    import uvicorn

    from .serving import ServingLimits, raise_open_file_limit, server_config

    raise_open_file_limit(args.max_connections + FILE_DESCRIPTOR_RESERVE)
    limits = ServingLimits(
        headers_timeout=args.headers_timeout, body_timeout=args.body_timeout, max_connections=args.max_connections
    )
    print(
        f"HighLevel Invoices emulator: http://{args.host}:{args.port} "
        f"(profile {profile}; tokens {tokens or 'built-in default set'}"
        + (f"; {args.seed_invoices} invoices seeded in {args.seed_location}" if args.seed_invoices else "")
        + ")",
        flush=True,
    )
    config = server_config(app, host=args.host, port=args.port, log_level=args.log_level, limits=limits)
    server = uvicorn.Server(config)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: uvicorn has shut down cleanly, as `uvicorn.run` does
        server.run()
    return 0
