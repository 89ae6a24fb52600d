"""cache: whole GET answers kept while the database is unchanged (an ASGI middleware).

Every page and endpoint of the app is a function of the database and the URL, so a GET that
answered 200 is kept under its path and query and served again, without routing, validation,
SQL or rendering, while ``gwr.store.reader.change_stamp`` reads the same: an ingest (in this
process or another, ``gwr ingest`` included), a correction saved or deleted, a stored upload
change the stamp, and everything kept is dropped. A POST or DELETE through the app drops it
at once. Bounded by ``MAX_BYTES`` (least recently used first out); answers over
``MAX_ONE`` bytes, errors, ``/static`` and non-GET requests are never kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BYTES = 64 * 2**20
MAX_ONE = 4 * 2**20
Answer = tuple[int, list[tuple[bytes, bytes]], bytes]  # status, headers, body


class Answers:
    """The kept answers of one database: ``get`` and ``put`` under a change stamp."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self._lock = threading.Lock()
        self._stamp: object = None
        self._items: OrderedDict[str, Answer] = OrderedDict()
        self._bytes = 0
        self.max_bytes = max_bytes

    def get(self, key: str, stamp: object) -> Answer | None:
        with self._lock:
            if stamp != self._stamp:
                self._reset(stamp)
                return None
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: str, stamp: object, answer: Answer) -> None:
        size = len(answer[2])
        if size > MAX_ONE:
            return
        with self._lock:
            if stamp != self._stamp:
                return  # the database changed while this answer was made
            old = self._items.pop(key, None)
            self._bytes += size - (len(old[2]) if old is not None else 0)
            self._items[key] = answer
            while self._bytes > self.max_bytes and self._items:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped[2])

    def clear(self) -> None:
        with self._lock:
            self._reset(None)

    def _reset(self, stamp: object) -> None:
        self._items.clear()
        self._bytes = 0
        self._stamp = stamp

    def __len__(self) -> int:
        return len(self._items)


class ResponseCache:
    """ASGI middleware serving kept GET answers; ``stamp`` reads the database's change stamp."""

    def __init__(self, app: ASGIApp, stamp: Callable[[], object], answers: Answers) -> None:
        self.app = app
        self.stamp = stamp
        self.answers = answers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET":
            try:
                await self.app(scope, receive, send)
            finally:
                self.answers.clear()  # a correction or a stored upload
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        # read in the event loop: a few indexed maxima (~0.05 ms on SQLite), cheaper than a
        # hop to a worker thread, which would cost more than the answer it saves
        stamp = self.stamp()
        kept = self.answers.get(key, stamp)
        if kept is not None:
            status, headers, body = kept
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: Message = {}
        parts: list[bytes] = []
        whole = True

        async def keep(message: Message) -> None:
            nonlocal whole
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                parts.append(bytes(message.get("body", b"")))
                whole = whole and sum(map(len, parts)) <= MAX_ONE
            await send(message)

        await self.app(scope, receive, keep)
        if start.get("status") == 200 and whole:
            headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
            self.answers.put(key, stamp, (200, headers, b"".join(parts)))
