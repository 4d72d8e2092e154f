"""Command line (`highlevel-emulator`, `python -m highlevel_invoices_emulator`): serve the emulator over HTTP on a
loopback address with uvicorn, printing where it listens and the fake credentials it accepts."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import uvicorn

from highlevel_invoices_emulator.admission import DEFAULT_CAPACITY
from highlevel_invoices_emulator.app import create_app, emulator_state
from highlevel_invoices_emulator.choices import PROFILES, UnknownProfileError, choices_markdown_table
from highlevel_invoices_emulator.control import describe
from highlevel_invoices_emulator.endpoints import generate_invoice_number
from highlevel_invoices_emulator.faults import FAULT_KINDS, Fault, FaultError, parse_fault
from highlevel_invoices_emulator.seeding import SeedError, seed_invoices
from highlevel_invoices_emulator.serving import (
    BODY_TIMEOUT,
    FILE_DESCRIPTOR_RESERVE,
    HEADERS_TIMEOUT,
    MAX_CONNECTIONS,
    is_loopback,
)
from highlevel_invoices_emulator.store import DEFAULT_MAX_INVOICES, DEFAULT_MAX_STORE_BYTES
from highlevel_invoices_emulator.tokens import MAIN_LOCATION_ID, TokenFileError
from highlevel_invoices_emulator.version import __version__

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


def _fault(text: str) -> Fault:
    try:
        return parse_fault(text)
    except FaultError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="highlevel-emulator",
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
    parser.add_argument(
        "--control",
        action="store_true",
        help="open the control channel under /__emulator (reset, seed, faults, profile, now, the request journal)",
    )
    parser.add_argument(
        "--fault",
        type=_fault,
        action="append",
        default=[],
        metavar="KIND[:name=value,...]",
        help=f"a fault in force from the start, repeatable; KIND is one of {', '.join(FAULT_KINDS)} "
        "(e.g. rate-limit:times=3,method=POST or slow:seconds=2,times=all)",
    )
    parser.add_argument(
        "--info-file",
        metavar="FILE",
        help="once listening, write the base URL, tokens and locations there as JSON (mode 0600), e.g. with --port 0",
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
            control=args.control,
            faults=args.fault,
        )
        seed_invoices(emulator_state(app), args.seed_invoices, location=args.seed_location)
    except (TokenFileError, UnknownProfileError, SeedError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    from highlevel_invoices_emulator.serving import ServingLimits, raise_open_file_limit, server_config

    raise_open_file_limit(args.max_connections + FILE_DESCRIPTOR_RESERVE)
    limits = ServingLimits(
        headers_timeout=args.headers_timeout, body_timeout=args.body_timeout, max_connections=args.max_connections
    )
    info = describe(emulator_state(app))
    source = f"token file {tokens}" if tokens else "the built-in set"

    def announce(port: int) -> None:
        host = f"[{args.host}]" if ":" in args.host else args.host
        base_url = f"http://{host}:{port}"
        if args.info_file:
            _write_info(Path(args.info_file), {"baseUrl": base_url, "control": args.control, **info})
        seeded = f"; {args.seed_invoices} invoices seeded in {args.seed_location}" if args.seed_invoices else ""
        print(banner(base_url, info, source=source, control=args.control, seeded=seeded, masked=bool(tokens)))
        sys.stdout.flush()

    config = server_config(app, host=args.host, port=args.port, log_level=args.log_level, limits=limits)
    server = _AnnouncingServer(config, announce)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: uvicorn has shut down cleanly, as `uvicorn.run` does
        server.run()
    return 0 if server.started else 1


def _mask(token: str) -> str:
    return token if len(token) <= 12 else f"{token[:8]}...{token[-4:]}"


def banner(base_url: str, info: dict[str, Any], *, source: str, control: bool, seeded: str, masked: bool) -> str:
    """What the command prints once it listens: where, with which profile, and the credentials it accepts.

    The built-in tokens are the emulator's own fakes and are printed whole; tokens from a token file are shown
    shortened (whoever wrote the file knows them, and a real token pasted there stays out of CI logs).
    """
    lines = [
        f"HighLevel Invoices emulator {__version__} listening on {base_url}",
        f"  profile {info['profile']}{seeded}; control channel "
        + (f"{base_url}/__emulator" if control else "off (--control opens it)"),
        "  faults: " + (", ".join(str(fault["kind"]) for fault in info["faults"]) or "none"),
        f"  tokens ({source}; fake, valid only against this emulator, never HighLevel's):",
    ]
    for token in info["tokens"]:
        where = token["locationId"] or f"company {token['companyId']}"
        shown = _mask(token["token"]) if masked else token["token"]
        lines.append(f"    {shown}  {token['type']:<8} {where}  {' '.join(token['scopes'])}")
    lines.append("  locations:")
    for location in info["locations"]:
        zone = f", time zone {location['timezone']}" if location["timezone"] else ""
        lines.append(f"    {location['locationId']}  company {location['companyId']}{zone}")
    main = info.get("main")
    if main:
        token = _mask(main["token"]) if masked else main["token"]
        lines.append(f"  try: curl -H 'Authorization: Bearer {token}' -H 'Version: 2021-07-28' \\")
        lines.append(
            f"         '{base_url}{generate_invoice_number.ENDPOINT.path}?altId={main['locationId']}&altType=location'"
        )
    return "\n".join(lines)


def _write_info(path: Path, info: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(info, file, indent=2)
    os.replace(temporary, path)  # whole or not at all: a script polling for the file never reads half of it


class _AnnouncingServer(uvicorn.Server):
    """uvicorn's server, announcing the port it bound once it listens (so `--port 0` can be used)."""

    def __init__(self, config: uvicorn.Config, announce: Callable[[int], None]) -> None:
        super().__init__(config)
        self._announce = announce

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets)
        if self.started and self.servers and self.servers[0].sockets:
            self._announce(int(self.servers[0].sockets[0].getsockname()[1]))
