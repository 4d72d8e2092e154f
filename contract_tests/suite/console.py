"""Console output without credentials: every line a contract run prints passes `ConsoleRedactor`.

The reports and the recording are scrubbed by the run's `Redactor`; the console needs it too, because it quotes
what servers say (the preflight's verdict, a cleanup's failed delete, a failing check) and a server may echo the
token it was sent (a 401 `Invalid token: <token>`). The redactor replaces every secret the run knows, and any text
shaped like a bearer token (a JWT, even cut short by a line that was shortened; a private integration token,
`pit-...`), whatever wrote it. `RedactingStream` applies it to a whole stream, a line at a time, so a secret is never
split between two writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

FILTERED = "[Filtered]"
# A JWT (base64url header starting `eyJ`, cut anywhere after 12 characters) and a private integration token.
TOKEN_SHAPES = re.compile(r"eyJ[A-Za-z0-9_-]{12,}(?:\.[A-Za-z0-9_-]*){0,2}|pit-[A-Za-z0-9-]{8,}")


class ConsoleRedactor:
    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, FILTERED)
        return TOKEN_SHAPES.sub(FILTERED, text)


class RedactingStream:
    """A text stream writing `redact(line)` to `stream` for each complete line (the rest at `flush`)."""

    def __init__(self, stream: TextIO, redact: ConsoleRedactor) -> None:
        self._stream = stream
        self._redact = redact
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        if "\n" in self._pending:
            complete, _, self._pending = self._pending.rpartition("\n")
            self._stream.write(self._redact(complete) + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._redact(self._pending))
            self._pending = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return self._stream.encoding

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
