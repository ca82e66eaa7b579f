"""Reading files and folders into :class:`~tui.model.Article` records.

Formats (see README, "Input formats"):

* the seed format: ``date YYYY-MM-DD Title`` on the first line, an optional
  ``Published: ...`` line, then one paragraph per line;
* Markdown or text with a YAML front-matter block (paragraphs separated by
  blank lines);
* plain text (title from the first line);
* JSON Lines / JSON, one article per record.

Nothing here raises for bad input: every problem becomes a
:class:`~tui.model.Problem` naming the file (and line, where it helps), and
the other files and records still load.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import Article, Paragraph, Problem

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".news"})
JSON_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES

#: Files larger than this are reported and skipped (JSON Lines are streamed
#: record by record and have no limit of their own).
MAX_FILE_BYTES = 64 * 1024 * 1024

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional
# overrides/isolates that can make a terminal show text in another order.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"

_SEED_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S[^\n]*)")
_PUBLISHED = re.compile(r"[ \t]*Published:[ \t]*(\S[^\n]*)")
_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # lines up to a blank line
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# --------------------------------------------------------------------------
# text clean-up


def sanitize(text: str) -> tuple[str, int, int]:
    """Replace control characters one-for-one, keeping every offset.

    Returns the clean text, how many characters were replaced, and the offset
    of the first one (or -1).
    """
    first = _CONTROL.search(text)
    if first is None:
        return text, 0, -1
    count = 0

    def repl(_m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return REPLACEMENT

    return _CONTROL.sub(repl, text), count, first.start()


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def decode(data: bytes, path: str, problems: list[Problem]) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            problems.append(Problem(path, f"invalid UTF-16: {exc.reason}"))
            return None
    if b"\x00" in data:
        problems.append(Problem(path, "binary file (contains NUL bytes); skipped"))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1].hex()
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            problems.append(
                Problem(path, f"not valid UTF-8 (byte 0x{bad}) nor Windows-1252; skipped", line)
            )
            return None
        problems.append(
            Problem(path, f"not valid UTF-8 (byte 0x{bad}); read as Windows-1252", line, "warning")
        )
        return text


def normalize_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# --------------------------------------------------------------------------
# paragraphs


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in pattern.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        out.append((s, e))
    return out


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Paragraph spans of ``text[start:end]``: blocks between blank lines when
    there are blank lines, otherwise one paragraph per line."""
    end = len(text) if end is None else end
    body = text[start:end].strip("\n")
    pattern = _BLOCK if "\n\n" in body or re.search(r"\n[ \t]+\n", body) else _LINE
    return _spans(pattern, text, start, end)


def _paragraphs(spans: Iterable[tuple[int, int]], headline: tuple[int, int] | None) -> tuple[Paragraph, ...]:
    out = []
    if headline is not None:
        out.append(Paragraph(0, headline[0], headline[1], headline=True))
    for n, (s, e) in enumerate(spans, 1):
        out.append(Paragraph(n, s, e))
    return tuple(out)


# --------------------------------------------------------------------------
# formats


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _clean_meta(value: object) -> str | None:
    text = _str(value)
    if text is None:
        return None
    return sanitize(normalize_newlines(text))[0].strip()


def parse_text(text: str, path: str, article_id: str, problems: list[Problem]) -> Article | None:
    """Parse one decoded text file (seed, front matter or plain)."""
    text = normalize_newlines(text)
    text, replaced, first = sanitize(text)
    if replaced:
        problems.append(
            Problem(path, f"{replaced} control character(s) replaced with U+FFFD", line_of(text, first), "warning")
        )
    if not text.strip():
        problems.append(Problem(path, "empty file; skipped"))
        return None
    header = _SEED_HEADER.match(text)
    if header:
        return _parse_seed(text, path, article_id, header)
    if text.lstrip(" \t\n").startswith("---\n") or text.startswith("---\n"):
        return _parse_front_matter(text, path, article_id, problems)
    return _parse_plain(text, path, article_id)


def _parse_seed(text: str, path: str, article_id: str, header: re.Match[str]) -> Article:
    date = header.group(1)
    ts, te = header.span(2)
    while te > ts and text[te - 1] in " \t":
        te -= 1
    pos = header.end()
    published = None
    pub = _PUBLISHED.match(text, pos + 1) if pos < len(text) else None
    if pub and text.rfind("\n", pos, pub.start()) == pos and "\n" not in text[pos + 1 : pub.start()]:
        published = pub.group(1).strip()
        pos = pub.end()
    spans = _spans(_LINE, text, pos, len(text))
    return Article(
        id=article_id, path=path, title=text[ts:te], date=date, text=text,
        paragraphs=_paragraphs(spans, (ts, te)), published=published,
    )


def _parse_front_matter(text: str, path: str, article_id: str, problems: list[Problem]) -> Article | None:
    lead = len(text) - len(text.lstrip(" \t\n"))
    open_line = line_of(text, lead)
    body_start = lead + 4
    close = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M).search(text, body_start)
    if close is None:
        problems.append(Problem(path, "front matter opened with '---' is never closed; skipped", open_line))
        return None
    block = text[body_start : close.start()]
    try:
        meta = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = open_line + 1 + mark.line if mark is not None else open_line
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(path, f"broken YAML front matter: {reason}; skipped", line))
        return None
    if not isinstance(meta, dict):
        problems.append(Problem(path, "front matter is not a mapping of keys to values; skipped", open_line))
        return None
    meta = {str(k).lower(): v for k, v in meta.items()}
    rest = close.end()
    spans = split_paragraphs(text, rest)
    headline = None
    title = _clean_meta(meta.get("title"))
    if spans:
        s, e = spans[0]
        first = text[s:e]
        heading = re.match(r"#{1,6}[ \t]+", first)
        if heading and "\n" not in first:
            headline = (s + heading.end(), e)
            spans = spans[1:]
            title = title or text[headline[0] : headline[1]]
    if not title:
        title = text[spans[0][0] : spans[0][1]].split("\n")[0] if spans else Path(path).stem
    date = meta.get("date")
    known = {"title", "date", "source", "outlet", "publisher", "author", "authors", "byline", "url", "link", "published"}
    extra = tuple((k, _clean_meta(v) or "") for k, v in meta.items() if k not in known)
    return Article(
        id=article_id, path=path, title=title, date=_norm_date(date), text=text,
        paragraphs=_paragraphs(spans, headline),
        published=_clean_meta(meta.get("published")),
        source=_clean_meta(meta.get("source") or meta.get("outlet") or meta.get("publisher")),
        author=_clean_meta(meta.get("author") or meta.get("authors") or meta.get("byline")),
        url=_clean_meta(meta.get("url") or meta.get("link")),
        meta=extra,
    )


def _norm_date(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    m = _DATE.search(text)
    return m.group(0) if m else (_clean_meta(text) or None)


def _parse_plain(text: str, path: str, article_id: str) -> Article:
    first = _LINE.search(text)
    assert first is not None  # the text is not blank
    ts, te = first.span()
    while ts < te and text[ts] in " \t":
        ts += 1
    while te > ts and text[te - 1] in " \t":
        te -= 1
    spans = split_paragraphs(text, te)
    return Article(
        id=article_id, path=path, title=text[ts:te], date=None, text=text,
        paragraphs=_paragraphs(spans, (ts, te)),
    )


_TEXT_KEYS = ("text", "body", "content", "article", "story")


def article_from_record(rec: object, path: str, article_id: str, problems: list[Problem], line: int | None) -> Article | None:
    if not isinstance(rec, dict):
        problems.append(Problem(path, "record is not a JSON object; skipped", line))
        return None
    rec = {str(k).lower(): v for k, v in rec.items()}
    body = next((rec[k] for k in _TEXT_KEYS if isinstance(rec.get(k), str)), None)
    if body is None:
        problems.append(Problem(path, "record has no text (expected 'text', 'body' or 'content'); skipped", line))
        return None
    text, replaced, first = sanitize(normalize_newlines(body))
    if replaced:
        problems.append(Problem(path, f"{replaced} control character(s) replaced with U+FFFD", line, "warning"))
    if not text.strip():
        problems.append(Problem(path, "record has empty text; skipped", line))
        return None
    spans = split_paragraphs(text)
    title = _clean_meta(rec.get("title") or rec.get("headline")) or text[spans[0][0] : spans[0][1]][:80]
    rid = rec.get("id")
    known = {"id", "title", "headline", "date", "source", "outlet", "publisher", "url", "link", "author", "published", *_TEXT_KEYS}
    extra = tuple((k, _clean_meta(v) or "") for k, v in rec.items() if k not in known and isinstance(v, (str, int, float)))
    return Article(
        id=str(rid) if rid not in (None, "") else article_id, path=path, title=title,
        date=_norm_date(rec.get("date") or rec.get("published")), text=text,
        paragraphs=_paragraphs(spans, None),
        source=_clean_meta(rec.get("source") or rec.get("outlet") or rec.get("publisher")),
        author=_clean_meta(rec.get("author")), url=_clean_meta(rec.get("url") or rec.get("link")),
        meta=extra,
    )


def _load_jsonl(path: str, stem: str, result: LoadResult) -> None:
    n = 0
    try:
        fh = open(path, "rb")
    except OSError as exc:
        result.problems.append(Problem(path, f"cannot read: {exc.strerror or exc}"))
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            line = decode(raw, path, result.problems)
            if line is None:
                p = result.problems.pop()
                result.problems.append(Problem(path, p.message.replace("; skipped", "") + "; line skipped", lineno))
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                result.problems.append(Problem(path, f"invalid JSON: {exc.msg}; line skipped", lineno))
                continue
            n += 1
            art = article_from_record(rec, path, f"{stem}:{n}", result.problems, lineno)
            if art is not None:
                result.articles.append(art)
    if n == 0 and not result.problems:
        result.problems.append(Problem(path, "no records in file; skipped"))


def _load_json(text: str, path: str, stem: str, result: LoadResult) -> None:
    try:
        data = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        result.problems.append(Problem(path, f"invalid JSON: {getattr(exc, 'msg', exc)}; skipped", line))
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    for n, rec in enumerate(records, 1):
        art = article_from_record(rec, path, f"{stem}:{n}" if len(records) > 1 else stem, result.problems, None)
        if art is not None:
            result.articles.append(art)


def load_file(path: str | os.PathLike[str], article_id: str | None = None) -> LoadResult:
    """Load one file. Never raises for bad input; see ``LoadResult.problems``."""
    path = os.fspath(path)
    result = LoadResult()
    stem = article_id or Path(path).stem
    suffix = Path(path).suffix.lower()
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        result.problems.append(Problem(path, f"cannot read: {exc.strerror or exc}"))
        return result
    if suffix in (".jsonl", ".ndjson"):
        _load_jsonl(path, stem, result)
        return result
    if size > MAX_FILE_BYTES:
        result.problems.append(
            Problem(path, f"file too large ({size / 2**20:.0f} MiB, limit {MAX_FILE_BYTES // 2**20} MiB); skipped")
        )
        return result
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        result.problems.append(Problem(path, f"cannot read: {exc.strerror or exc}"))
        return result
    if not data.strip():
        result.problems.append(Problem(path, "empty file; skipped"))
        return result
    text = decode(data, path, result.problems)
    if text is None:
        return result
    if suffix == ".json":
        _load_json(text, path, stem, result)
        return result
    art = parse_text(text, path, stem, result.problems)
    if art is not None:
        result.articles.append(art)
    return result


def iter_file_ids(paths: Iterable[str | os.PathLike[str]], problems: list[Problem]) -> Iterator[tuple[str, str]]:
    """``(path, article id)`` for the files named or found (recursively, hidden
    entries skipped) under ``paths``.

    A file named explicitly is always read, and its id is its name without
    the suffix; inside folders only known suffixes are read (``.txt``,
    ``.md``, ``.jsonl``, ``.json`` ...), and the id is the path below the
    folder without the suffix (``2016/politics/story``), unique and stable.
    """
    for p in paths:
        p = os.fspath(p)
        if os.path.isfile(p):
            yield p, sanitize(Path(p).stem)[0]
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p, onerror=lambda e: problems.append(Problem(e.filename or p, f"cannot read folder: {e.strerror}"))):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                rel = os.path.relpath(root, p)
                prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
                for name in sorted(files):
                    stem, suffix = os.path.splitext(name)  # os.path, not pathlib: this runs per file
                    if name.startswith(".") or suffix.lower() not in SUFFIXES:
                        continue
                    yield os.path.join(root, name), sanitize(prefix + stem)[0]
        else:
            problems.append(Problem(p, "no such file or folder"))


def iter_files(paths: Iterable[str | os.PathLike[str]], problems: list[Problem]) -> Iterator[str]:
    """The paths of :func:`iter_file_ids`."""
    for path, _id in iter_file_ids(paths, problems):
        yield path
