"""The emulator in a test: `HighLevelEmulator`, what the pytest fixture `highlevel_emulator` gives (`pytest_plugin.py`),
usable from any framework. Needs the `httpx` extra.

- `local_emulator()` makes one in this process: the app on a background thread's event loop, answering the
  in-process transports and a loopback server (`base_url`, for code that opens its own connections).
- `remote_emulator(url)` drives a served one (`highlevel-emulator --control`), over loopback HTTP.

Either way the test talks to it the same way: `base_url`, `token`, `location_id`, `transport`, `requests`,
seeding, "now" and faults, all through the control channel (`control.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from highlevel_invoices_emulator.app import create_app
from highlevel_invoices_emulator.control import Location
from highlevel_invoices_emulator.control_client import IN_PROCESS_URL, EmulatorControl, Now, RecordedRequest
from highlevel_invoices_emulator.faults import DEFAULT_INTERVAL_MS, Fault
from highlevel_invoices_emulator.runtime import EmulatorRuntime
from highlevel_invoices_emulator.transport import AsyncEmulatorTransport, EmulatorTransport


class HighLevelEmulator:
    """An emulator of HighLevel's Invoices API for one test: where it is, how to reach it, what it received.

    Attributes:
        base_url: Where it listens on 127.0.0.1.
        token, location_id, company_id: The main location (sub-account) and a read-write token of it. These are
            the emulator's own fake credentials, valid nowhere else.
        transport: A sync httpx transport to it: in process (a thread runs the emulator behind it) for a local
            emulator, loopback HTTP for a remote one. `HighLevelInvoices(token, base_url=..., transport=...)`.
        async_transport: The same for `httpx.AsyncClient` and `AsyncHighLevelInvoices`.
        control: The control channel, for everything not wrapped here.
    """

    def __init__(
        self,
        control: EmulatorControl,
        *,
        base_url: str,
        transport: httpx.BaseTransport,
        async_transport: httpx.AsyncBaseTransport,
    ) -> None:
        self.control = control
        self.base_url = base_url
        self.transport = transport
        self.async_transport = async_transport
        self.token = self.location_id = self.company_id = ""
        self.tokens: list[dict[str, Any]] = []
        self._read_info()

    def _read_info(self) -> None:
        info = self.control.info()
        main = info.get("main")
        if not isinstance(main, dict):
            raise RuntimeError("the emulator has no location token with invoices.readonly and invoices.write")
        self.token, self.location_id, self.company_id = main["token"], main["locationId"], main["companyId"]
        self.tokens = list(info["tokens"])

    # --- state --------------------------------------------------------------------------------------------

    def reset(self, *, profile: str | None = None, now: Now = None, faults: tuple[Fault, ...] = ()) -> None:
        """Back to the start: no invoices, an empty journal, no faults, the real clock (or the given ones)."""
        self.control.reset(profile=profile, now=now, faults=faults)
        self._read_info()

    @property
    def requests(self) -> list[RecordedRequest]:
        """What the code under test sent since the test began, oldest first, with parsed queries and bodies."""
        return self.control.requests()

    def invoices(self, location_id: str | None = None) -> list[dict[str, Any]]:
        """The invoices the emulator holds (of one location, or all), as the API renders them."""
        return self.control.invoices(location_id)

    def seed_invoices(self, count: int, *, location_id: str | None = None) -> list[str]:
        """`count` existing drafts in the main location (or `location_id`); their ids."""
        return self.control.seed_invoices(count, location_id=location_id)

    def add_invoice(self, *, status: str = "draft", location_id: str | None = None, **fields: object) -> dict[str, Any]:
        """One existing invoice: create fields (wire names) over a valid default, in `status` (draft, sent,
        partially_paid, paid, void); the invoice as the API renders it."""
        return self.control.add_invoice(status=status, location_id=location_id, **fields)

    def add_location(self, *, location_id: str | None = None, timezone: str | None = None) -> Location:
        """A second (third, ...) location, of another company, with its own read-write token."""
        return self.control.add_location(location_id=location_id, timezone=timezone)

    def set_now(self, now: Now) -> None:
        """Fix "now" (an aware datetime, a date meaning its noon UTC, an ISO string), or None for the real clock."""
        self.control.set_now(now)

    def use_profile(self, profile: str) -> None:
        """Switch the emulator's choices to a profile (`highlevel-emulator --list-choices`)."""
        self.control.set_profile(profile)

    # --- faults -------------------------------------------------------------------------------------------

    def inject(self, *faults: Fault) -> None:
        """Add faults; the earliest that matches a request answers it."""
        self.control.add_faults(*faults)

    def clear_faults(self) -> None:
        self.control.clear_faults()

    def rate_limit(
        self,
        times: int | None = 1,
        *,
        method: str | None = None,
        path: str | None = None,
        retry_after: int | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> Fault:
        """The next `times` matching requests get the vendor's 429 (a burst); the fault."""
        fault = Fault.rate_limit(times, method=method, path=path, retry_after=retry_after, interval_ms=interval_ms)
        self.inject(fault)
        return fault

    def server_error(
        self,
        times: int | None = 1,
        *,
        status: int = 500,
        method: str | None = None,
        path: str | None = None,
        processed: bool = False,
    ) -> Fault:
        """The next `times` matching requests get `status` (having taken effect when `processed`); the fault."""
        fault = Fault.server_error(times, status=status, method=method, path=path, processed=processed)
        self.inject(fault)
        return fault

    def slow(
        self, seconds: float, times: int | None = 1, *, method: str | None = None, path: str | None = None
    ) -> Fault:
        """The next `times` matching requests take effect, then answer after `seconds`; the fault."""
        fault = Fault.slow(seconds, times, method=method, path=path)
        self.inject(fault)
        return fault

    def drop(
        self, times: int | None = 1, *, method: str | None = None, path: str | None = None, processed: bool = False
    ) -> Fault:
        """The next `times` matching requests lose their connection (after taking effect when `processed`)."""
        fault = Fault.drop(times, method=method, path=path, processed=processed)
        self.inject(fault)
        return fault


@contextmanager
def local_emulator(**app_options: Any) -> Iterator[HighLevelEmulator]:
    """An emulator in this process, for as long as the `with` lasts; `app_options` go to `create_app` (tokens,
    profile, rate_limit, ...), with the control channel on."""
    app = create_app(control=True, **app_options)
    with EmulatorRuntime(app) as runtime:
        base_url = runtime.serve()
        control = EmulatorControl(IN_PROCESS_URL, transport=EmulatorTransport(runtime))
        with control:
            yield HighLevelEmulator(
                control,
                base_url=base_url,
                transport=EmulatorTransport(runtime),
                async_transport=AsyncEmulatorTransport(runtime),
            )


def remote_emulator(base_url: str) -> HighLevelEmulator:
    """A served emulator (`highlevel-emulator --control`) at `base_url`, reached over HTTP."""
    url = base_url.rstrip("/")
    return HighLevelEmulator(
        EmulatorControl(url),
        base_url=url,
        transport=httpx.HTTPTransport(),
        async_transport=httpx.AsyncHTTPTransport(),
    )
