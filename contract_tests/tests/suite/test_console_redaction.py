"""No token reaches the console, echoes of the server's messages included: a server that repeats the token it was
sent in its 401 (the fault proxy answers so, on 127.0.0.1) gets the preflight's console line without it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests.suite.console import ConsoleRedactor, RedactingStream
from contract_tests.tests.suite.conftest import Served, run_suite
from contract_tests.tests.suite.fault_proxy import Fault, FaultProxy, Seen
from highlevel_invoices_emulator import tokens


def echo_the_token(seen: Seen) -> Fault | None:
    sent = (seen.header("authorization") or "").removeprefix("Bearer ")
    body = json.dumps({"statusCode": 401, "message": f"Invalid JWT: token {sent} is not valid"}).encode()
    return Fault("answer", answer=(401, body))


@pytest.fixture
def echoing_proxy(served_emulator: Served) -> Iterator[FaultProxy]:
    with FaultProxy(served_emulator.url, echo_the_token).serving() as proxy:
        yield proxy


@pytest.mark.parametrize("token", [tokens.LOCATION_TOKEN, "server-secret-token-0123456789"], ids=["jwt", "opaque"])
def test_the_preflight_line_never_prints_the_token_a_server_echoes(
    tmp_path: Path, echoing_proxy: FaultProxy, token: str
) -> None:
    run = run_suite(tmp_path, CONTRACT_BASE_URL=echoing_proxy.url, HIGHLEVEL_TOKEN=token)
    assert run.returncode == 2, run.output[-2000:]
    assert "preflight failed" in run.output
    assert "[Filtered]" in run.output, run.output[-2000:]
    assert token not in run.output
    assert token[:16] not in run.output


def test_a_stream_never_splits_a_secret_between_writes() -> None:
    out = io.StringIO()
    stream = RedactingStream(out, ConsoleRedactor(["s3cret-value"]))
    for piece in ("a s3cr", "et-val", "ue b\nnext ", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0", " end"):
        stream.write(piece)
    stream.flush()
    assert out.getvalue() == "a [Filtered] b\nnext [Filtered] end"
