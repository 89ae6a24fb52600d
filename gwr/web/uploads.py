"""uploads: a pasted text or an uploaded file extracted for the app, in a worker process.

``extract_input`` runs in the app's ``gwr.store.pool.Solo`` worker, within the budget the
app gives it (``Budget.seconds``: SIGALRM inside the worker; past the hard limit the app kills
the worker, which no thread could do). It returns what ``gwr.pipeline`` returns: documents,
or ``Failure`` records with one line saying why.
"""

from __future__ import annotations

from typing import Literal

from gwr.types import Document, Failure

Input = tuple[Literal["text", "file"], str | bytes, str]  # kind, the text or the bytes, name


def extract_input(task: Input) -> list[Document | Failure]:
    """The documents of a pasted text (``kind`` text) or of a file's bytes (``name`` picks the
    format by its extension; it is never opened)."""
    from gwr.ingest.budget import OverBudget, deadline
    from gwr.pipeline import extract_bytes, extract_text
    from gwr.types import Provenance

    _, payload, name = task
    if isinstance(payload, bytes):  # a file
        return extract_bytes(payload, name)  # each document within the budget
    try:
        with deadline():
            return [extract_text(payload, name)]
    except OverBudget as exc:
        return [Failure(Provenance(path=name), "over_limit", f"{name}: {exc}")]
