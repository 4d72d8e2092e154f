"""A Python client of the control channel (`control.py`), for tests in any framework. Needs the `httpx` extra.

`EmulatorControl("http://127.0.0.1:8765")` drives a served emulator started with `--control`;
`EmulatorControl(transport=...)` one in process. The pytest fixture (`testing.py`) is built on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Any

import httpx

from highlevel_invoices_emulator.control import Location
from highlevel_invoices_emulator.faults import Fault

DEFAULT_URL = "http://127.0.0.1:8765"
IN_PROCESS_URL = "http://emulator.invalid"  # never resolved: in-process requests never leave the transport
Now = datetime | date | str | float | None


class EmulatorControlError(RuntimeError):
    """The control channel refused a request, or is not there (an emulator started without `--control`)."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request the emulator received, as its journal holds it: never a header, so never a token.

    `status` is what the emulator answered (0 when a `drop` fault closed the connection instead), `fault` the
    kind of the fault that answered it, `unsafe` whether the body asked to notify a customer, for a live invoice or
    for an auto-payment.
    """

    method: str
    path: str
    query: dict[str, object]
    body: Any
    status: int
    unsafe: bool = False
    fault: str | None = None

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> RecordedRequest:
        return cls(
            method=str(raw["method"]),
            path=str(raw["path"]),
            query=dict(raw.get("query") or {}),
            body=raw.get("body"),
            status=int(raw["status"]),
            unsafe=bool(raw.get("unsafe")),
            fault=raw.get("fault"),
        )


def now_json(now: Now) -> str | float | None:
    """A "now" as the control channel takes it (an aware datetime, a date, an ISO string, epoch seconds, None)."""
    if isinstance(now, datetime):
        if now.tzinfo is None:
            raise ValueError(f"now {now!r} has no time zone: pass an aware datetime (tzinfo=UTC)")
        return now.isoformat()
    if isinstance(now, date):
        return now.isoformat()
    return now


class EmulatorControl:
    """The control channel of one emulator."""

    def __init__(
        self, base_url: str = DEFAULT_URL, *, transport: httpx.BaseTransport | None = None, timeout: float = 30.0
    ) -> None:
        self._http = httpx.Client(base_url=base_url, transport=transport, timeout=timeout)

    def _call(self, method: str, path: str, body: object = None, params: dict[str, str] | None = None) -> Any:
        try:
            response = self._http.request(method, "/__emulator" + path, json=body, params=params)
        except httpx.HTTPError as exc:
            raise EmulatorControlError(f"the emulator at {self._http.base_url} cannot be reached: {exc}") from None
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if response.status_code == 404 and isinstance(answer, dict) and "Cannot" in str(answer.get("message")):
            raise EmulatorControlError(
                f"the emulator at {self._http.base_url} has no control channel: start it with --control"
            )
        if response.status_code >= 400 or not isinstance(answer, dict):
            message = answer.get("message") if isinstance(answer, dict) else response.text[:200]
            raise EmulatorControlError(f"{method} /__emulator{path}: {response.status_code} {message}")
        return answer

    def info(self) -> dict[str, Any]:
        """Version, profile, now, the main location and its token, every token and location, faults, invoices."""
        answer: dict[str, Any] = self._call("GET", "")
        return answer

    def reset(self, *, profile: str | None = None, now: Now = None, faults: Iterable[Fault] = ()) -> None:
        """Back to the start (no invoices, an empty journal, the start's tokens), then `profile`, `now`, `faults`."""
        body: dict[str, object] = {"now": now_json(now), "faults": [fault.to_json() for fault in faults]}
        if profile is not None:
            body["profile"] = profile
        self._call("POST", "/reset", body)

    def requests(self) -> list[RecordedRequest]:
        """What the emulator received since the last reset, oldest first."""
        return [RecordedRequest.from_json(raw) for raw in self._call("GET", "/requests")["requests"]]

    def clear_requests(self) -> None:
        self._call("DELETE", "/requests")

    def invoices(self, location_id: str | None = None) -> list[dict[str, Any]]:
        """The stored invoices (of one location, or all), as the API renders them."""
        params = {"locationId": location_id} if location_id else None
        invoices: list[dict[str, Any]] = self._call("GET", "/invoices", params=params)["invoices"]
        return invoices

    def seed_invoices(self, count: int, *, location_id: str | None = None) -> list[str]:
        """`count` drafts made without the API (numbers from the location's sequence); their ids."""
        body: dict[str, object] = {"count": count}
        if location_id:
            body["locationId"] = location_id
        ids: list[str] = self._call("POST", "/invoices", body)["ids"]
        return ids

    def add_invoice(self, *, status: str = "draft", location_id: str | None = None, **fields: object) -> dict[str, Any]:
        """One invoice that exists before the test: the create's fields (wire names, e.g. `name`, `items`,
        `issueDate`) over a valid default, moved to `status` (draft, sent, partially_paid, paid, void)."""
        body: dict[str, object] = {"status": status, "invoice": fields}
        if location_id:
            body["locationId"] = location_id
        invoice: dict[str, Any] = self._call("POST", "/invoices", body)["invoice"]
        return invoice

    def add_location(
        self,
        *,
        location_id: str | None = None,
        company_id: str | None = None,
        timezone: str | None = None,
        scopes: list[str] | None = None,
    ) -> Location:
        """Another location (sub-account) and a location token for it."""
        body: dict[str, object] = {"locationId": location_id, "companyId": company_id, "timezone": timezone}
        if scopes is not None:
            body["scopes"] = scopes
        return Location.from_json(self._call("POST", "/locations", {k: v for k, v in body.items() if v is not None}))

    def set_faults(self, *faults: Fault) -> None:
        """Replace the faults in force."""
        self._call("PUT", "/faults", {"faults": [fault.to_json() for fault in faults]})

    def add_faults(self, *faults: Fault) -> None:
        """Add to the faults in force (the earlier ones answer first)."""
        self._call("POST", "/faults", {"faults": [fault.to_json() for fault in faults]})

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    def faults(self) -> list[dict[str, Any]]:
        """The faults in force, each with how many requests it still answers (`remaining`, None: every one)."""
        faults: list[dict[str, Any]] = self._call("GET", "/faults")["faults"]
        return faults

    def set_profile(self, profile: str) -> None:
        """Another choice profile (`--list-choices`); invoices and journal stay."""
        self._call("PUT", "/profile", {"profile": profile})

    def set_now(self, now: Now) -> None:
        """Fix "now" (what `createdAt`, payments and seeded dates read), or follow the real clock with None."""
        self._call("PUT", "/now", {"now": now_json(now)})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EmulatorControl:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
