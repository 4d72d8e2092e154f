"""Auto-paging iterators for list operations (the spec's `x-pagination`): `SyncPager` and `AsyncPager`.

A list method of a resource returns a pager at once, without a request. Iterating it yields the items, fetching a page
when the previous one is used up, so only one page is ever held; `.pages` yields the pages themselves (each the
operation's whole answer, e.g. with its `total`). Paging stops at the first empty page, or once as many items as the
answer's total said have been seen (a total that is missing or unreadable is not trusted: paging then goes on to the
empty page). Each page is one call of the operation, with its own retries and errors::

    for invoice in client.invoices.list(status="paid"):
        ...
    async for page in async_client.invoices.list(page_size=50).pages:
        ...
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

#: The page size of a list operation whose spec gives none.
DEFAULT_PAGE_SIZE = 100


def _count(total: object) -> int | None:
    """A page's total as an int, or None when it cannot be read as a count (the vendor may send numbers as strings)."""
    if isinstance(total, bool):
        return None
    if isinstance(total, int):
        return total
    if isinstance(total, float) and total.is_integer():
        return int(total)
    if isinstance(total, str) and total.strip().isdigit():
        return int(total)
    return None


class _Pager(Generic[PageT, ItemT]):
    def __init__(
        self,
        *,
        items: Callable[[PageT], Any],
        total: Callable[[PageT], object],
        page_size: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
    ) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if offset < 0:
            raise ValueError(f"offset must not be negative, got {offset}")
        self._items = items
        self._total = total
        self.page_size = page_size
        self.offset = offset

    def _items_of(self, page: PageT) -> Sequence[ItemT]:
        items = self._items(page)
        return items if isinstance(items, Sequence) else ()  # UNSET when a tolerant reading lost the field

    def _done(self, page: PageT, seen: int) -> bool:
        total = _count(self._total(page))
        return total is not None and seen >= total


class SyncPager(_Pager[PageT, ItemT]):
    """The items of a list operation, fetched a page at a time (see the module docstring).

    Args:
        fetch: Fetches one page: `fetch(offset, limit)`.
        items, total: Read the items and the total from a page.
        page_size: Items per page (the operation's `limit`).
        offset: Where to start.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], PageT],
        *,
        items: Callable[[PageT], Any],
        total: Callable[[PageT], object],
        page_size: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
    ) -> None:
        super().__init__(items=items, total=total, page_size=page_size, offset=offset)
        self._fetch = fetch

    @property
    def pages(self) -> Iterator[PageT]:
        """The pages, each fetched when the previous one has been yielded; empty pages are not yielded."""
        offset = self.offset
        while True:
            page = self._fetch(offset, self.page_size)
            count = len(self._items_of(page))
            if not count:
                return
            offset += count
            done = self._done(page, offset)
            yield page
            del page  # hold one page at a time: not this one while the next is fetched
            if done:
                return

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages:
            items = self._items_of(page)
            del page
            yield from items
            del items


class AsyncPager(_Pager[PageT, ItemT]):
    """The asyncio twin of `SyncPager`: `async for item in pager`, `async for page in pager.pages`."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[PageT]],
        *,
        items: Callable[[PageT], Any],
        total: Callable[[PageT], object],
        page_size: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
    ) -> None:
        super().__init__(items=items, total=total, page_size=page_size, offset=offset)
        self._fetch = fetch

    @property
    async def pages(self) -> AsyncIterator[PageT]:
        """The pages, each fetched when the previous one has been yielded; empty pages are not yielded."""
        offset = self.offset
        while True:
            page = await self._fetch(offset, self.page_size)
            count = len(self._items_of(page))
            if not count:
                return
            offset += count
            done = self._done(page, offset)
            yield page
            del page  # hold one page at a time: not this one while the next is fetched
            if done:
                return

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages:
            items = self._items_of(page)
            del page
            for item in items:
                yield item
            del items


__all__ = ["DEFAULT_PAGE_SIZE", "AsyncPager", "SyncPager"]
