"""HTTP error answers, shaped like the vendor's (guards) or like NestJS's built-in exceptions."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


class HttpError(Exception):
    """Raised anywhere in request handling; the app turns it into a JSON response."""

    def __init__(self, status: int, body: Mapping[str, object], headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status} {body.get('message')!r}")
        self.status = status
        self.body = dict(body)
        self.headers = dict(headers or {})


def vendor_error(status: int, message: str) -> HttpError:
    """The guards' answers: exactly `{"statusCode", "message"}`, as observed on the live API."""
    return HttpError(status, {"statusCode": status, "message": message})


def nest_error(status: int, message: str | list[str]) -> HttpError:
    """A NestJS HttpException body: `{"statusCode", "message", "error"}`."""
    return HttpError(status, {"statusCode": status, "message": message, "error": REASONS[status]})


def route_not_found(method: str, url: str) -> HttpError:
    return nest_error(404, f"Cannot {method} {url}")


def validation_failed(status: int, messages: list[str]) -> HttpError:
    """The observed validation answer; the traceId is fresh per request."""
    return HttpError(
        status,
        {"statusCode": status, "message": messages, "error": REASONS[status], "traceId": str(uuid.uuid4())},
    )


def internal_error() -> HttpError:
    return vendor_error(500, "Internal server error")
