"""Containers → many documents: zip members, CSV/XLSX rows, JSONL lines.

ZIP: each member goes back through ``read_bytes`` (one level of nested zips);
names without the UTF-8 flag are read as GB18030 (Chinese Windows zips). A
member larger than ``max_member_bytes``, or compressed more than
``_MAX_RATIO`` times, is refused with ``too_large`` before it is inflated, and
members are inflated in chunks with a cap, whatever the header says.

CSV/XLSX: one report per row. The text column is the one with the longest
cells on average (at least 200 characters); region, year, title, URL and date
columns are found by header name, region and year also by their values. The
row document's sha256 is that of the UTF-8 bytes of its text cell.

JSONL: one object per line; the text is the longest string field; title, URL,
year, date and region fields become hints. A ``.json`` file holding a list of
objects is read the same way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from gwr.ingest.budget import current, over_chars
from gwr.ingest.decode import (
    Decoded,
    Unreadable,
    decode_bytes,
    document,
    failure,
    iso_date,
    one_line,
    sha256,
)
from gwr.types import Failure, Notice, Provenance, RawDocument

Result = RawDocument | Failure
# read_bytes(data, name, provenance, depth) for one zip member
Reader = Callable[[bytes, str, Provenance, int], Iterator[Result]]

_MAX_RATIO = 200  # deflate reaches ~1000:1 on zeros; real text stays under 20:1
_RATIO_FLOOR = 2**20  # small members may be all spaces; only judge the ratio above 1 MiB
_CHUNK = 2**20
_MIN_TEXT = 200
_EXCEL_CELL_LIMIT = 32767


# ZIP ----------------------------------------------------------------------------------------------


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name, reading legacy (non-UTF-8) names as UTF-8 or GB18030."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def bomb_check(info: zipfile.ZipInfo, max_member_bytes: int) -> str | None:
    """Why this member must not be inflated, from its header; ``None`` if it may be."""
    if info.file_size > max_member_bytes:
        return (
            f"member inflates to {info.file_size:,} bytes, over the {max_member_bytes:,}-byte limit "
            "(max_member_bytes); extract it by hand if it is genuine"
        )
    if info.file_size > _RATIO_FLOOR and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
        return (
            f"member is compressed {info.file_size // max(info.compress_size, 1):,}:1 "
            "(a zip bomb?); refused without inflating it"
        )
    return None


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, max_member_bytes: int) -> bytes:
    """Inflate one member in chunks, stopping past ``max_member_bytes``."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            total += len(chunk)
            if total > max_member_bytes:
                raise Unreadable(
                    "too_large",
                    f"member inflates past the {max_member_bytes:,}-byte limit although its header "
                    f"says {info.file_size:,}; refused",
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _unsafe(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def _skipped(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


def read_zip(
    data: bytes, prov: Provenance, max_member_bytes: int, depth: int, read: Reader
) -> Iterator[Result]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        yield failure(
            prov,
            "broken",
            f"not a readable zip ({one_line(str(exc), 120)}): the file is truncated or corrupt; "
            "re-download it or repair it with `zip -FF`",
            sha256(data),
        )
        return
    prefix = f"{prov.member}/" if prov.member else ""
    seen: dict[int, str] = {}  # local header offset -> the member first read from it
    with archive:
        for info in infos:
            if info.is_dir():
                continue
            name = member_name(info)
            here = replace(prov, member=prefix + name)
            if _unsafe(name):
                yield failure(
                    here,
                    "unsafe_name",
                    "member name leaves the archive (absolute, or with ..); not read: extract it by hand",
                )
                continue
            if _skipped(name):
                continue
            first = seen.setdefault(info.header_offset, name)
            if first != name:
                yield failure(
                    here,
                    "duplicate_member",
                    f"a second directory entry for the data of member {first!r}; read once, under that name",
                )
                continue
            if info.flag_bits & 0x1:
                yield failure(here, "encrypted", "member is password-protected; extract it by hand")
                continue
            reason = bomb_check(info, max_member_bytes)
            if reason:
                yield failure(here, "too_large", reason)
                continue
            if depth >= 1 and _is_zip_name(name):
                yield failure(here, "nested_too_deep", "zip inside a zip inside a zip; extract it by hand")
                continue
            try:
                member = read_member(archive, info, max_member_bytes)
            except Unreadable as exc:
                yield failure(here, exc.code, str(exc))
                continue
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                EOFError,
                NotImplementedError,
                RuntimeError,
            ) as exc:
                # NotImplementedError: an unsupported compression method (deflate64, ...)
                yield failure(here, "broken", f"member cannot be inflated: {type(exc).__name__}: {exc}")
                continue
            yield from read(member, name, here, depth + 1)


def _is_zip_name(name: str) -> bool:
    return name.lower().endswith(".zip")


# Tables (CSV, XLSX) --------------------------------------------------------------------------------

_REGION_HEADERS = (
    "region",
    "地区",
    "城市",
    "city",
    "county",
    "区县",
    "名称",
    "province",
    "省份",
    "省",
    "area",
)
_TEXT_HEADERS = ("full_text", "text", "content", "正文", "全文", "body")
_YEAR_HEADERS = ("year", "年份", "年度", "report_year")
_TITLE_HEADERS = ("title", "标题", "题目", "报告名称")
_URL_HEADERS = ("source_url", "url", "链接", "来源", "link", "网址", "href")
_DATE_HEADERS = ("publish_date", "发布日期", "date", "published", "发布时间", "pubdate", "日期")
_REGION_VALUE = re.compile(r"^\S{1,12}?(?:省|市|区|县|自治区|自治州|地区|盟|旗|特别行政区)$")
_YEAR_VALUE = re.compile(r"^\s*((?:19|20|21)\d\d)(?:\.0+)?\s*年?\s*$")


@dataclass(frozen=True, slots=True)
class Columns:
    text: int
    region: int | None
    year: int | None
    title: int | None
    url: int | None
    date: int | None


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _year(value: str) -> int | None:
    match = _YEAR_VALUE.match(value)
    if match and 1949 <= int(match[1]) <= 2100:
        return int(match[1])
    return None


def _by_header(header: Sequence[str], names: Sequence[str], taken: set[int]) -> int | None:
    keys = [h.strip().lower() for h in header]
    for name in names:
        for i, key in enumerate(keys):
            if key == name and i not in taken:
                return i
    return None


def _by_values(
    rows: Sequence[Sequence[str]], ok: Callable[[str], bool], taken: set[int], width: int
) -> int | None:
    for i in range(width):
        if i in taken:
            continue
        values = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        if values and sum(map(ok, values)) >= 0.8 * len(values):
            return i
    return None


def find_columns(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Columns | None:
    """Pick the text, region, year, title, URL and date columns; ``None`` if no long-text column."""
    width = max((len(r) for r in rows), default=0)
    if not rows or not width:
        return None
    averages = [sum(len(r[i]) for r in rows if i < len(r)) / len(rows) for i in range(width)]
    named = _by_header(header, _TEXT_HEADERS, set())
    if named is not None and averages[named] >= _MIN_TEXT:
        text = named  # a "full_text" column beats a longer raw-HTML column
    else:
        text = max(range(width), key=averages.__getitem__)
    if averages[text] < _MIN_TEXT:
        return None
    taken = {text}

    def pick(index: int | None) -> int | None:
        if index is not None:
            taken.add(index)
        return index

    year = pick(_by_header(header, _YEAR_HEADERS, taken))
    if year is None:
        year = pick(_by_values(rows, lambda v: _year(v) is not None, taken, width))
    title = pick(_by_header(header, _TITLE_HEADERS, taken))
    url = pick(_by_header(header, _URL_HEADERS, taken))
    date = pick(_by_header(header, _DATE_HEADERS, taken))
    region = pick(_by_header(header, _REGION_HEADERS, taken))
    if region is None:
        region = pick(_by_values(rows, lambda v: bool(_REGION_VALUE.match(v)), taken, width))
    return Columns(text, region, year, title, url, date)


def _looks_like_header(row: Sequence[str]) -> bool:
    known = {*_REGION_HEADERS, *_YEAR_HEADERS, *_TITLE_HEADERS, *_URL_HEADERS, *_DATE_HEADERS, *_TEXT_HEADERS}
    cells = [c.strip().lower() for c in row]
    return any(c in known for c in cells) or (bool(cells) and all(0 < len(c) <= 40 for c in cells))


class _Oversized(list[str]):
    """A table row whose cell was over the budget when parsed: one empty cell and the reason."""

    def __init__(self, message: str) -> None:
        super().__init__([""])
        self.message = message


def table_documents(
    rows: list[list[str]], prov: Provenance, fmt: str, encoding: str, first_row: int = 1
) -> Iterator[Result]:
    """One document per data row of ``rows`` (header included, if any)."""
    rows = [r for r in rows if isinstance(r, _Oversized) or any(c.strip() for c in r)]
    if not rows:
        yield failure(prov, "empty", f"this {fmt} has no rows")
        return
    header: list[str] = rows[0] if _looks_like_header(rows[0]) else []
    data = rows[1:] if header else rows
    cols = find_columns(header, [r for r in data if not isinstance(r, _Oversized)])
    if cols is None:
        yield failure(
            prov,
            "no_text_column",
            f"no column of this {fmt} holds long text (≥ {_MIN_TEXT} characters on average); "
            "is it a table of figures rather than reports?",
        )
        return
    for number, row in enumerate(data, first_row):
        if isinstance(row, _Oversized):  # a row the parser refused: its number is kept
            yield failure(replace(prov, row=number), "over_limit", row.message)
            continue
        yield _unit(_table_row, row, replace(prov, row=number), cols, fmt, encoding)


def _table_row(row: list[str], prov: Provenance, cols: Columns, fmt: str, encoding: str) -> Result:
    def get(index: int | None, row: list[str] = row) -> str | None:
        value = row[index].strip() if index is not None and index < len(row) else ""
        return value or None

    here = replace(
        prov,
        region_hint=prov.region_hint or get(cols.region),
        year_hint=prov.year_hint or _year(get(cols.year) or ""),
        title=prov.title or (" ".join((get(cols.title) or "").split()) or None),
        source_url=prov.source_url or get(cols.url),
        published_on=prov.published_on or iso_date(get(cols.date) or ""),
    )
    text = row[cols.text] if cols.text < len(row) else ""
    too_long = over_chars(len(text))
    if too_long:  # before hashing or normalising a 100 MB cell
        return failure(here, "over_limit", too_long)
    notices: tuple[Notice, ...] = ()
    if fmt == "xlsx" and len(text) == _EXCEL_CELL_LIMIT:
        notices = (
            Notice(
                "cell_limit",
                "the text cell holds exactly 32767 characters, Excel's limit: "
                "the report is probably cut short",
            ),
        )
    return document(text, here, sha256(text.encode("utf-8")), encoding, fmt, notices)


def read_csv(data: bytes, prov: Provenance, name: str) -> Iterator[Result]:
    decoded: Decoded = decode_bytes(data)
    text = decoded.text
    limit = current().chars
    # a cell over the budget stops the parser there (csv keeps a field as 4 bytes a character:
    # a 100 MB cell took 1.4 GB before it could be refused)
    csv.field_size_limit(limit + 1)
    first = text[: text.find("\n")] if "\n" in text else text
    if name.lower().endswith(".tsv"):
        delimiter = "\t"
    else:
        delimiter = max(",\t;|", key=first.count) if any(d in first for d in ",\t;|") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            if "field larger than field limit" not in str(exc):
                yield failure(prov, "broken", f"not a readable CSV ({exc}); check its quoting", sha256(data))
                return
            rows.append(
                _Oversized(
                    f"a cell ending on line {reader.line_num} holds more than {limit:,} characters, the "
                    "limit for one document (Budget.chars)"
                )
            )
            continue
        if row is None:
            break
        rows.append(row)
    for result in table_documents(rows, prov, "csv", decoded.encoding):
        if isinstance(result, RawDocument) and decoded.notices:
            result = replace(result, notices=decoded.notices + result.notices)
        yield result


def read_xlsx(data: bytes, prov: Provenance) -> Iterator[Result]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        yield failure(
            prov,
            "broken",
            f"not a readable .xlsx ({type(exc).__name__}: {one_line(str(exc), 120)}); "
            "open and re-save it in Excel or LibreOffice",
            sha256(data),
        )
        return
    try:
        sheets = list(book.worksheets)
        produced = False
        failures: list[Failure] = []
        for sheet in sheets:
            rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            here = prov
            if len(sheets) > 1:
                here = replace(prov, member=f"{prov.member}#{sheet.title}" if prov.member else sheet.title)
            for result in table_documents(rows, here, "xlsx", "unicode"):
                if isinstance(result, Failure) and result.provenance.row is None:
                    failures.append(result)
                else:
                    produced = True
                    yield result
        if not produced:
            yield from failures[:1] or [failure(prov, "empty", "this workbook has no sheets")]
    finally:
        book.close()


# JSONL --------------------------------------------------------------------------------------------

_JSON_TITLE = ("title", "标题", "name")
_JSON_URL = ("url", "source_url", "link", "链接", "href")
_JSON_YEAR = ("year", "年份", "report_year")
_JSON_DATE = ("publish_date", "date", "published", "发布日期", "pubdate")
_JSON_REGION = ("region", "province", "地区", "省份", "city")


def _field(obj: dict[str, object], names: Sequence[str]) -> str | None:
    for name in names:
        value = obj.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _record(obj: object, prov: Provenance, encoding: str) -> Result:
    if not isinstance(obj, dict):
        return failure(prov, "not_an_object", f"expected a JSON object, found {type(obj).__name__}")
    notices: tuple[Notice, ...] = ()
    if any(isinstance(v, str) and _SURROGATE.search(v) for v in obj.values()):
        # "\ud800" escapes a half of a UTF-16 pair: no character, and no UTF-8 either
        obj = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in obj.items()}
        notices = (Notice("decode_lossy", "lone UTF-16 surrogate escapes (\\ud800…) replaced with U+FFFD"),)
    strings = {k: v for k, v in obj.items() if isinstance(v, str)}
    if not strings:
        return failure(prov, "no_text", "this JSON object has no string field to read as the report")
    key = max(strings, key=lambda k: len(strings[k]))
    text = strings[key]
    here = replace(
        prov,
        title=prov.title or _field(obj, _JSON_TITLE),
        source_url=prov.source_url or _field(obj, _JSON_URL),
        year_hint=prov.year_hint or _year(_field(obj, _JSON_YEAR) or ""),
        published_on=prov.published_on or iso_date(_field(obj, _JSON_DATE) or ""),
        region_hint=prov.region_hint or _field(obj, _JSON_REGION),
    )
    return document(text, here, sha256(text.encode("utf-8")), encoding, "jsonl", notices)


def read_jsonl(data: bytes, prov: Provenance, name: str) -> Iterator[Result]:
    decoded = decode_bytes(data)
    text = decoded.text.lstrip("\ufeff")
    stripped = text.lstrip()
    if stripped.startswith("[") or name.lower().endswith(".json"):  # one JSON value: a list or an object
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield failure(prov, "broken", f"not valid JSON ({exc}); check the file", sha256(data))
            return
        for number, item in enumerate(items if isinstance(items, list) else [items], 1):
            yield _unit(_record, item, replace(prov, row=number), decoded.encoding)
        return
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        here = replace(prov, row=number)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield failure(
                here, "broken", f"not a JSON object ({exc.msg} at column {exc.colno}); fix or drop the line"
            )
            continue
        yield _unit(_record, obj, here, decoded.encoding)


def _unit(build: Callable[..., Result], item: object, prov: Provenance, *args: object) -> Result:
    """One row of a container is one unit: an unexpected error in it becomes that
    row's failure record, and the rows after it are still read."""
    try:
        return build(item, prov, *args)
    except Exception as exc:  # a reader's bug: this row fails, its siblings go on
        return failure(
            prov, "error", f"could not be read ({type(exc).__name__}: {exc}); please report this row"
        )
