"""search_tokens: clean text -> words for the FTS5 index; a user's query -> a safe FTS5 expression.

SQLite's ``unicode61`` tokenizer splits on spaces and punctuation but would keep a
run of Chinese characters as one token, so the text is segmented first with
rjieba (dictionary only, no HMM, so the same phrase is cut the same way in a
report and in a query). Indicator aliases (``gwr.taxonomy.alias_index``) and
region names and short names (``gwr.regions.names``) are added to the
dictionary as words, so ``城镇登记失业率`` and ``大连市`` stay whole.

``segment`` returns two space-separated strings: ``body`` (the words in text
order) and ``words`` (the shorter dictionary words found inside long words,
jieba's search mode: ``大连`` inside ``大连市``), which lets a one-word query
find a longer word. ``fts_query`` cuts the query the same way
and phrase-quotes every part, so user input never reaches FTS5 syntax. ``kwic``
finds the query in the clean text and returns keyword-in-context lines with
offsets into that text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import regex

from gwr.types import GwrError

_second = itemgetter(1)

_GAP = r"[\W_]{0,3}"  # what FTS5 ignores between two words of a phrase (spaces, punctuation)


@dataclass(frozen=True, slots=True)
class Tokens:
    body: str
    words: str


@dataclass(frozen=True, slots=True)
class Kwic:
    """One occurrence: ``text[start:end]`` is the match; ``left``/``right`` its context."""

    start: int
    end: int
    left: str
    match: str
    right: str

    @property
    def line(self) -> str:
        return f"{self.left}{self.match}{self.right}"


def _dictionary_words() -> list[str]:
    from gwr import regions, taxonomy

    return sorted(set(taxonomy.alias_index()) | set(regions.names()))


@functools.cache
def _jieba() -> Any:
    """The segmenter of this process, made once on first use: rjieba's own (the module's
    functions), which it builds with its dictionary at import, gwr's words added to it. A
    second ``rjieba.Jieba()`` would load the same dictionary again: 0.1 CPU s in each
    process, a tenth of what segmenting the whole DEV corpus costs."""
    import rjieba

    for word in _dictionary_words():
        rjieba.add_word(word, rjieba.suggest_freq(word), None)
    return rjieba


def _indexable(word: str) -> bool:
    return any(ch.isalnum() for ch in word)


def words(text: str) -> list[str]:
    """The words of ``text`` in order (dictionary cut, punctuation and spaces dropped)."""
    return [w for w in _jieba().cut(text, hmm=False) if _indexable(w)]


@functools.cache
def _scanner() -> Any:
    """Aho-Corasick automaton of the indicator aliases, to find them inside longer words.
    Region names are left to jieba's search mode (they are in its dictionary, so 大连 comes
    out of 大连市): an automaton of seven thousand short names scans several times slower."""
    import ahocorasick

    from gwr import taxonomy

    auto = ahocorasick.Automaton()
    for word in taxonomy.alias_index():
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


@functools.lru_cache(maxsize=200_000)
def _search_parts(word: str) -> tuple[str, ...]:
    """jieba's search-mode words of one word (the same as search mode over the whole
    text, which cuts as ``cut`` does and then splits each long word): cached, as the
    same words recur across a corpus."""
    return tuple(_jieba().cut_for_search(word, hmm=False))


@functools.lru_cache(maxsize=8)
def segment(text: str) -> Tokens:
    """Space-separated words of ``text`` for the ``body`` and ``words`` FTS columns.

    ``body`` keeps punctuation and line breaks as tokens of their own (unicode61 drops them:
    cheaper than filtering here). ``words`` lists, once each and sorted, the words found
    inside longer words and never standing alone in the text: the dictionary words of
    jieba's search mode (``大连`` in ``大连市``) and every indicator alias or region name the
    scanner finds (``生产总值`` in ``地区生产总值``). Their order does not matter: a
    one-word query finds them.

    The last eight texts are kept: a report stored twice (the same text from two sources,
    most often one after the other in a folder) is cut once, 8% of the text of the DEV
    corpus."""
    whole = _jieba().cut(text, hmm=False)
    distinct = set(whole)
    # search mode only splits words of three characters or more
    inner: set[str] = set().union(*map(_search_parts, [w for w in distinct if len(w) > 2]))
    inner.update(map(_second, _scanner().iter(text)))  # (end, alias) pairs
    inner -= distinct
    return Tokens(body=" ".join(whole), words=" ".join(sorted(inner)))


def _parts(query: str) -> list[list[str]]:
    parts = [words(part) for part in query.split()]
    parts = [p for p in parts if p]
    if not parts:
        raise GwrError(f"the query {query!r} has no words to search for (only spaces or punctuation)")
    return parts


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression for ``query``: each space-separated part becomes
    one quoted phrase of its words; all parts must occur (AND)."""
    phrases = ['"' + " ".join(w.replace('"', '""') for w in part) + '"' for part in _parts(query)]
    return " AND ".join(phrases)


def phrases(query: str) -> list[str]:
    """The space-separated words of each part of ``query`` (PostgreSQL's phraseto_tsquery)."""
    return [" ".join(part) for part in _parts(query)]


def query_parts(query: str) -> list[str]:
    """The space-separated parts of ``query`` that hold words (for substring search)."""
    return [p for p in query.split() if any(_indexable(ch) for ch in p)]


def _pattern(query: str) -> regex.Pattern[str]:
    alternatives = [_GAP.join(regex.escape(w) for w in part) for part in _parts(query)]
    return regex.compile("|".join(alternatives), regex.IGNORECASE)


def kwic(text: str, query: str, width: int = 30, limit: int | None = None) -> list[Kwic]:
    """Occurrences of ``query`` in ``text`` as keyword-in-context lines, in text order.

    A part of the query matches its words with at most three spaces or
    punctuation marks between them (what the index ignores); newlines in the
    context become spaces."""
    hits: list[Kwic] = []
    for m in _pattern(query).finditer(text):
        s, e = m.span()
        hits.append(
            Kwic(
                start=s,
                end=e,
                left=_flat(text[max(0, s - width) : s]),
                match=_flat(m.group()),
                right=_flat(text[e : e + width]),
            )
        )
        if limit is not None and len(hits) >= limit:
            break
    return hits


def _flat(text: str) -> str:
    return regex.sub(r"\s+", " ", text)
