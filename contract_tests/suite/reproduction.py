"""Reproductions a person can run: the curl commands in failure texts, aimed at the real target, with the token as
a shell variable.

Schemathesis writes each failure's `Reproduce with:` curl command against the base URL of the app it called
(`http://testserver`: the suite calls its guarded stack in-process, even when that stack forwards to a server)
and with the `Authorization` header filtered. `Reproduction.apply` rewrites both: the server the run judged (or,
for an in-process run, the emulator `make emulator` serves), and `Authorization: Bearer $HIGHLEVEL_TOKEN`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contract_tests.operations import registry
from contract_tests.suite.schemas import ASGI_BASE_URL
from contract_tests.suite.settings import RunSettings

TOKEN_VARIABLE = "HIGHLEVEL_TOKEN"
EMULATOR_URL = "http://127.0.0.1:8765"  # `make emulator`'s default address
_AUTHORIZATION = re.compile(r"""-H (['"])Authorization: [^'"]*\1""", re.IGNORECASE)
_EMULATOR_TOKEN = (
    f'export {TOKEN_VARIABLE}="$(.venv/bin/python -c '
    "'from highlevel_invoices_emulator.tokens import LOCATION_TOKEN; print(LOCATION_TOKEN)')\""
)


@dataclass(frozen=True)
class Reproduction:
    base_url: str
    setup: tuple[str, ...]  # what to do before running a reproduction, one step a line

    def apply(self, text: str) -> str:
        text = text.replace(ASGI_BASE_URL, self.base_url.rstrip("/"))
        return _AUTHORIZATION.sub(f'-H "Authorization: Bearer ${TOKEN_VARIABLE}"', text)

    def preamble(self) -> str:
        steps = "\n".join(f"  {step}" for step in self.setup)
        return f"To reproduce a failure, run its `Reproduce with:` curl command after:\n{steps}\n"


def for_settings(settings: RunSettings) -> Reproduction:
    """Where this run's reproductions go: the server it judged, or the emulator for an in-process run."""
    if settings.base_url is None:
        profile = settings.emulator_profile
        serve = "make emulator" + (f" PROFILE={profile}" if profile != "default" else "")
        return Reproduction(
            EMULATOR_URL,
            (
                f"1. in another terminal, from the repository root: {serve}   (serves {EMULATOR_URL})",
                f"2. {_EMULATOR_TOKEN}",
                "3. an invoice id of the run's own drafts is unknown to a fresh emulator: create a draft first "
                f"({registry.fresh_drafts().label}) and put its _id in the command",
            ),
        )
    where = "the live API" if settings.is_live else "the server"
    steps = [
        f"1. export {TOKEN_VARIABLE}=...   (the token the run used; it is never written to a report)",
        f"2. the commands go to {where} at {settings.base_url}",
    ]
    if settings.is_live:
        created, deleted = registry.fresh_drafts().label, registry.cleanup().label
        steps.append(f"3. a {created} command creates a draft in the test location: delete it afterwards ({deleted})")
    return Reproduction(settings.base_url, tuple(steps))
