"""The command line: token files, profiles, loopback-only binding, and serving over real HTTP."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from highlevel_invoices_emulator.cli import main
from highlevel_invoices_emulator.serving import is_loopback
from highlevel_invoices_emulator.tokens import LOCATION_TOKEN, MAIN_COMPANY_ID, MAIN_LOCATION_ID

from .support import GENERATE, auth, free_port, location_query, served_command

REPO_ROOT = Path(__file__).resolve().parents[3]
CUSTOM_TOKEN = "pit-cli-test-token"


def write_tokens(path: Path) -> Path:
    details = {
        "type": "location",
        "locationId": MAIN_LOCATION_ID,
        "companyId": MAIN_COMPANY_ID,
        "scopes": ["invoices.readonly"],
    }
    path.write_text(json.dumps({CUSTOM_TOKEN: details}))
    return path


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "highlevel_invoices_emulator", *args],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_serves_over_loopback(tmp_path: Path) -> None:
    port = free_port()
    tokens = write_tokens(tmp_path / "tokens.json")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "highlevel_invoices_emulator",
            "--port",
            str(port),
            "--tokens",
            str(tokens),
            "--profile",
            "invoice-number-as-number",
        ],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        with httpx.Client(base_url=base_url, timeout=5) as client:
            while True:
                try:
                    response = client.get(GENERATE, params=location_query(), headers=auth(CUSTOM_TOKEN))
                    break
                except httpx.TransportError:
                    assert process.poll() is None, process.communicate()
                    assert time.monotonic() < deadline, "the emulator did not start listening"
                    time.sleep(0.05)
            assert response.status_code == 200
            assert response.json()["invoiceNumber"] == 1
            assert response.headers["X-RateLimit-Max"] == "100"
            # The token file replaces the default set.
            refused = client.get(GENERATE, params=location_query(), headers=auth(LOCATION_TOKEN))
            assert refused.status_code == 401
            assert refused.json() == {"statusCode": 401, "message": "Invalid JWT"}
    finally:
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=15)
    assert process.returncode == 0, stderr
    assert f"http://127.0.0.1:{port}" in stdout
    assert "invoice-number-as-number" in stdout
    assert "Traceback" not in stderr


def test_a_bad_token_file_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "tokens.json"
    bad.write_text('{"not-a-token": {"type": "location"}}')
    result = run_cli("--port", "1", "--tokens", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: token file {bad}: token 'not-a-token'")
    assert "neither a private integration token" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "no such file"),
        ("{", "invalid JSON at line 1 column 2"),
        ("[]", "expected a JSON object"),
        ('{"pit-x": {"type": "agency", "companyId": "c", "locationId": "l", "scopes": []}}', "no locationId"),
    ],
)
def test_token_file_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, fragment: str
) -> None:
    path = tmp_path / "tokens.json"
    if content is not None:
        path.write_text(content)
    assert main(["--tokens", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: token file")
    assert fragment in err


def test_environment_fallbacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMULATOR_TOKENS", str(tmp_path / "from-env.json"))
    assert main([]) == 2
    assert f"token file {tmp_path / 'from-env.json'}: no such file" in capsys.readouterr().err
    monkeypatch.setenv("EMULATOR_TOKENS", str(write_tokens(tmp_path / "ok.json")))
    monkeypatch.setenv("EMULATOR_PROFILE", "retry-after,nope")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "unknown profile nope; valid profiles: default," in err


def test_an_unknown_profile_lists_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--profile", "nightly"]) == 2
    err = capsys.readouterr().err
    assert "unknown profile nightly" in err
    assert "invoice-number-as-number" in err
    assert "drift-renamed-amount-due" in err


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.com", "10.0.0.1"])
def test_refuses_non_loopback_hosts(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--host", host]) == 2
    assert f"refusing to bind to {host}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("", False),
        ("127.0.0.1.example.com", False),
    ],
)
def test_is_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


def test_list_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-choices"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| choice | kind | default |")
    assert "`invoice_number_type`" in out


def test_the_overload_settings_reach_the_server() -> None:
    port = free_port()
    settings = ["--capacity", "1", "--max-connections", "50", "--body-timeout", "0.5", "--max-store-bytes", "100000"]
    process = subprocess.Popen(
        [sys.executable, "-m", "highlevel_invoices_emulator", "--port", str(port), *settings],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the emulator did not start listening"
                time.sleep(0.05)
        with sock:
            sock.sendall(
                b"POST /invoices/text2pay HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/json\r\nContent-Length: 10\r\n\r\n{"
            )
            time.sleep(0.3)  # let the server take it in
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
                refused = client.get(GENERATE, params=location_query(), headers=auth())  # capacity 1, taken
            started = time.monotonic()
            raw = sock.recv(65536)
            waited = time.monotonic() - started
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)
    assert (refused.status_code, refused.json()) == (429, {"statusCode": 429, "message": "Too Many Requests"})
    assert raw.startswith(b"HTTP/1.1 408")
    assert waited < 3
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--port", "70000"],
        ["--port", "http"],
        ["--max-body-bytes", "0"],
        ["--capacity", "0"],
        ["--max-connections", "-1"],
        ["--body-timeout", "0"],
        ["--headers-timeout", "nan"],
        ["--max-store-bytes", "x"],
    ],
)
def test_argument_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(args)
    assert excinfo.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_seeded_invoices_are_served(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "highlevel_invoices_emulator", "--port", str(port), "--seed-invoices", "250"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        params = {**location_query(), "limit": "100", "offset": "200"}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
            while True:
                try:
                    response = client.get("/invoices/", params=params, headers=auth(LOCATION_TOKEN))
                    break
                except httpx.TransportError:
                    assert process.poll() is None, process.communicate()
                    assert time.monotonic() < deadline, "the emulator did not start listening"
                    time.sleep(0.05)
            assert response.status_code == 200, response.text
            page = response.json()
            assert (page["total"], len(page["invoices"])) == (250, 50)
            assert page["invoices"][-1]["name"] == "Seeded invoice 1"  # newest first
            peek = client.get(GENERATE, params=location_query(), headers=auth(LOCATION_TOKEN))
            assert peek.json()["invoiceNumber"] == "251"  # seeded drafts took numbers 1-250
    finally:
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=15)
    assert process.returncode == 0, stderr
    assert f"250 invoices seeded in {MAIN_LOCATION_ID}" in stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--seed-invoices", "5", "--max-invoices", "3"], "cannot seed 5 invoices: the store keeps at most 3"),
        (["--seed-invoices", "-1"], "must not be negative: -1"),
        (["--seed-invoices", "2", "--seed-location", "NoSuchLocation"], "no location token of the token set"),
    ],
)
def test_a_seed_the_emulator_cannot_hold_exits_2(args: list[str], fragment: str) -> None:
    result = run_cli("--port", "1", *args)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_the_served_command_prints_where_it_listens_and_its_fake_credentials() -> None:
    with served_command("--fault", "rate-limit:times=1") as info:
        base_url = info["baseUrl"]
        with httpx.Client(base_url=base_url, timeout=5) as client:
            assert client.get("/__emulator").json()["faults"][0]["kind"] == "rate-limit"
            first = client.get(GENERATE, params=location_query(), headers=auth(info["main"]["token"]))
    returncode, stdout, stderr = info["output"]
    assert (returncode, first.status_code) == (0, 429)
    assert f"listening on {base_url}" in stdout
    assert f"control channel {base_url}/__emulator" in stdout
    assert "fake, valid only against this emulator, never HighLevel's" in stdout
    assert LOCATION_TOKEN in stdout  # the built-in tokens are printed whole
    assert f"{MAIN_LOCATION_ID}  company {MAIN_COMPANY_ID}" in stdout
    assert info["main"] == {
        "locationId": MAIN_LOCATION_ID,
        "companyId": MAIN_COMPANY_ID,
        "token": LOCATION_TOKEN,
        "timezone": None,
    }
    assert "Traceback" not in stderr


def test_tokens_from_a_file_are_printed_shortened_and_the_info_file_is_private(tmp_path: Path) -> None:
    secretish = "pit-00000000-1111-2222-3333-444444444444"
    details = {"type": "location", "locationId": "Loc1", "companyId": "Co1", "scopes": ["invoices.readonly"]}
    (tmp_path / "tokens.json").write_text(json.dumps({secretish: details}))
    with served_command("--tokens", str(tmp_path / "tokens.json")) as info:
        pass
    _, stdout, _ = info["output"]
    assert secretish not in stdout
    assert "pit-0000...4444" in stdout
    assert info["main"] is None  # no token with both scopes
    assert info["tokens"][0]["token"] == secretish  # the info file has them whole, for the test that reads it


def test_the_info_file_is_written_with_mode_0600(tmp_path: Path) -> None:
    from highlevel_invoices_emulator.cli import _write_info

    _write_info(tmp_path / "info.json", {"baseUrl": "http://127.0.0.1:1"})
    assert (tmp_path / "info.json").stat().st_mode & 0o777 == 0o600
    assert json.loads((tmp_path / "info.json").read_text()) == {"baseUrl": "http://127.0.0.1:1"}


def test_a_bad_fault_exits_2_naming_it() -> None:
    result = run_cli("--port", "1", "--fault", "server-error:status=418")
    assert result.returncode == 2
    assert "status must be one of 500, 502, 503, 504" in result.stderr
    assert "Traceback" not in result.stderr
