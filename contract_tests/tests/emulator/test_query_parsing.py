"""Query strings and urlencoded bodies parse as Express's `qs` parses them."""

from __future__ import annotations

import pytest

from highlevel_invoices_emulator.request_parsing import parse_query_string


@pytest.mark.parametrize(
    ("query", "parsed"),
    [
        ("a[1]=b&a[0]=c", {"a": ["c", "b"]}),
        ("a[1]=b&a[15]=c", {"a": ["b", "c"]}),
        ("a[21]=x", {"a": {"21": "x"}}),
        ("a[]=b&a[]=c", {"a": ["b", "c"]}),
        ("a=b&a=c", {"a": ["b", "c"]}),
        ("a[0]=x&a[foo]=y", {"a": {"0": "x", "foo": "y"}}),
        ("a[0][b]=1&a[0][c]=2&a[1][b]=3", {"a": [{"b": "1", "c": "2"}, {"b": "3"}]}),
        ("a[b][c][d][e][f][g][h]=i", {"a": {"b": {"c": {"d": {"e": {"f": {"[g][h]": "i"}}}}}}}),
        ("a=2&a[b]=1", {"a": ["2", {"b": "1"}]}),
        ("flag&x=", {"flag": "", "x": ""}),
    ],
)
def test_query_strings_parse_like_qs(query: str, parsed: dict[str, object]) -> None:
    assert parse_query_string(query) == parsed
