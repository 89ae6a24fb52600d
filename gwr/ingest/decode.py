"""Bytes → text, and the records every reader builds.

Reads bytes; returns text plus the name of the encoding actually used and any
notices (``decode_lossy``, ``truncated_multibyte``). The order is fixed:

1. a byte-order mark (utf-8-sig, utf-16 LE/BE);
2. strict UTF-8 (or UTF-8 with a few stray bytes replaced, and a ``decode_lossy`` notice);
3. the charset a page declares (gb2312/gbk are read as gb18030, a superset);
4. strict GB18030 (the text must look like Chinese);
5. charset-normalizer's best guess;
6. UTF-8 with ``errors="replace"`` and a ``decode_lossy`` notice.

A file cut inside a multi-byte character loses the incomplete trailing bytes
and gets a ``truncated_multibyte`` notice.

``normalize`` is applied once, after a reader has its text: line endings
become LF, full-width digits, ``％`` and a ``．`` between digits become ASCII,
U+00A0 becomes a space. Everything but the line endings is replaced 1:1, so
lengths match. Nothing else is touched (no NFKC, Chinese punctuation and
zero-width characters stay, and so do literal ``<U+00A0>`` strings).

The helpers at the end (``document``, ``failure``, ``where``, ``Unreadable``,
``iso_date``) are shared by every reader in this package.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from gwr.types import Failure, GwrError, Notice, Provenance, RawDocument

__all__ = ["Decoded", "decode", "decode_bytes", "looks_binary", "normalize"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels a page may declare that we read with a superset codec.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb_2312-80": "gb18030",
    "gb18030": "gb18030",
    "hz-gb-2312": "hz",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",  # what browsers do
    "latin-1": "cp1252",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
}


_SINGLE_BYTE = ("cp125", "latin", "iso8859", "koi8", "mac-", "cp437", "cp850")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    notices: tuple[Notice, ...] = ()


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``; see the module docstring.

    The text is not normalised; ``read_bytes`` does that for documents.
    """
    result = decode_bytes(data, declared)
    return result.text, result.encoding


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Like ``decode`` but also returns the notices."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict_or_truncated(data, name) or Decoded(
                data.decode(name, errors="replace"),
                name,
                (Notice("decode_lossy", f"invalid {name} bytes after the byte-order mark were replaced"),),
            )
    if not data:
        return Decoded("", "utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16:
        found = _strict_or_truncated(data, utf16)
        if found:
            return found
    found = _strict_or_truncated(data, "utf-8") or _nearly_utf8(data)
    if found:
        return found
    utf16 = _utf16_chinese(data)
    if utf16:
        found = _strict_or_truncated(data, utf16)
        if found:
            return found
    label = _codec_for(declared)
    gb = _strict_or_truncated(data, "gb18030")
    if label and label.startswith(_SINGLE_BYTE) and gb and _looks_chinese(gb.text):
        return gb  # a Chinese page mislabelled iso-8859-1: every byte is valid Latin, so check GB first
    if label and label != "utf-8":
        found = _strict_or_truncated(data, label)
        if found:
            return found
    if gb and _looks_chinese(gb.text):
        return gb
    guess = _charset_normalizer(data)
    if guess:
        return guess
    if gb:
        return gb
    return Decoded(
        data.decode("utf-8", errors="replace"),
        "utf-8",
        (
            Notice(
                "decode_lossy",
                "no encoding fits these bytes; read as UTF-8 with undecodable bytes shown as U+FFFD",
            ),
        ),
    )


def _codec_for(label: str | None) -> str | None:
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _SUPERSETS.get(key, key)
    try:
        return codecs.lookup(key).name.replace("_", "-")
    except LookupError:
        return None


def _strict_or_truncated(data: bytes, encoding: str) -> Decoded | None:
    """Decode strictly; if the only error is an incomplete character at the very
    end, drop those bytes and say so."""
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        error = exc
    tail = len(data) - error.start
    at_end = error.end == len(data) and tail <= 4
    if not at_end or not any(word in error.reason for word in ("end of data", "incomplete", "truncated")):
        return None
    try:
        text = data[: len(data) - tail].decode(encoding)
    except UnicodeDecodeError:
        return None
    notice = Notice(
        "truncated_multibyte",
        f"the file ends inside a multi-byte {encoding} character; {tail} trailing byte(s) dropped",
    )
    return Decoded(text, encoding, (notice,))


def _nearly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few stray bytes (GB18030 would read it as mojibake without an error)."""
    sample = data[:65536].decode("utf-8", errors="replace")  # a GB file fails here, cheaply
    if sample.count("\ufffd") - data[:65536].count("\ufffd".encode()) > max(4, len(sample) // 1000):
        return None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if bad > max(3, len(text) // 1000):
        return None
    wide = len(text.encode("utf-8")) - len(text)  # grows with every well-formed multi-byte character
    if wide < 40 * bad:
        return None
    notice = Notice("decode_lossy", f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
    return Decoded(text, "utf-8", (notice,))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM has NUL bytes at every other position (when mostly ASCII)."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _utf16_chinese(data: bytes) -> str | None:
    """UTF-16 Chinese text with no BOM (and so no NUL bytes): read as UTF-16, its
    first 4 KiB is almost all common Chinese, ASCII and punctuation (random bytes,
    UTF-8 and GB18030 read as UTF-16 land in Hangul, Yi, private-use and rare CJK
    ranges instead). Only asked of data that is not UTF-8."""
    if len(data) % 2 or len(data) < 16:
        return None
    sample = data[:4096]
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            try:  # the sample may end inside a surrogate pair
                text = sample[:-2].decode(name)
            except UnicodeDecodeError:
                continue
        other = len(_UTF16_TEXT.sub("", text))
        if text and other <= 0.02 * len(text):
            return name
    return None


# what UTF-16 Chinese text is made of: common Chinese, CJK and full-width punctuation, ASCII text
_UTF16_TEXT = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u203b\t\n\r\x20-\x7e]")


_COMMON = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u203b]")


def _looks_chinese(text: str) -> bool:
    """Most non-ASCII characters of a real GB text are common Chinese (a Latin-1
    file read as GB18030 gives rare CJK and symbols)."""
    sample = text[:5000]
    wide = len(sample) - len(sample.encode("ascii", "ignore"))
    if not wide:
        return True
    common = len(sample) - len(_COMMON.sub("", sample))
    return common >= 0.6 * wide


def _charset_normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * 2**20]).best()
    if best is None:
        return None
    name = _codec_for(best.encoding) or best.encoding
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    return Decoded(
        text, name, (Notice("encoding_guessed", f"encoding guessed by charset-normalizer: {name}"),)
    )


def _is_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3  # cut inside the last character
    return True


_CONTROL = bytes(range(0x01, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control bytes (UTF-16 text excepted)."""
    sample = data[:65536]
    if (
        not sample
        or any(data.startswith(bom) for bom, _ in _BOMS)
        or _utf16_without_bom(data)
        or (_utf16_chinese(data) and not _is_utf8(sample))
    ):
        return False
    nul = sample.count(0)
    control = len(sample) - len(sample.translate(None, _CONTROL))
    return nul > 0.001 * len(sample) or control > 0.05 * len(sample)


# Normalisation ------------------------------------------------------------------------------------

_FOLD = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "\u00a0": " "})
_FOLD_PAIRS = tuple((k if isinstance(k, str) else chr(k), v) for k, v in _FOLD.items())
_DOT = re.compile(r"．(?<=[0-9]．)(?=[0-9])")  # literal first: a fast scan


def normalize(text: str) -> str:
    """Line endings → LF; full-width digits, ％, ． between digits and U+00A0 → ASCII (1:1)."""
    if "\r" in text:  # CR CR LF, CR LF, then lone CR: str.replace is faster than a regex here
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    for wide, narrow in _FOLD_PAIRS:  # str.replace per present character beats translate(dict)
        if wide in text:
            text = text.replace(wide, narrow)
    if "．" in text:
        text = _DOT.sub(".", text)
    return text


# Records shared by every reader ------------------------------------------------------------------


class Unreadable(GwrError):
    """Raised by a reader for an input it cannot read; becomes a ``Failure``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def where(prov: Provenance) -> str:
    """The place a message starts with: ``path``, ``path::member``, ``… row N``."""
    place = prov.path
    if prov.member:
        place += f"::{prov.member}"
    if prov.row is not None:
        place += f" row {prov.row}"
    return place


def one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def failure(prov: Provenance, code: str, detail: str, sha: str | None = None) -> Failure:
    """A ``Failure`` whose one-line message starts with where it happened."""
    return Failure(prov, code, one_line(f"{where(prov)}: {detail}", 500), sha)


def document(
    text: str,
    prov: Provenance,
    sha: str,
    encoding: str,
    fmt: str,
    notices: tuple[Notice, ...] = (),
) -> RawDocument | Failure:
    """Normalise ``text`` into a ``RawDocument``, or an ``empty`` Failure if nothing is left
    (or an ``over_limit`` one if it has more characters than the budget allows)."""
    from gwr.ingest.budget import over_chars

    too_long = over_chars(len(text))
    if too_long:
        return failure(prov, "over_limit", too_long, sha)
    text = normalize(text)
    if not text.strip():
        return failure(prov, "empty", f"no text found in this {fmt} input; check that it is a report", sha)
    return RawDocument(text, prov, sha, encoding, fmt, notices)


_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_COMPACT_DATE = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)")


def iso_date(value: object) -> str | None:
    """``2018-02-27``, ``2018/2/27 08:16``, ``2018年2月27日``, ``20180227`` or a date → ISO date."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return None
    text = normalize(value).strip()
    match = _DATE.search(text) or _COMPACT_DATE.match(text)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None
