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

import errno
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import Article, Paragraph, Problem

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".news"})
JSON_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES

#: Files larger than this are reported and skipped (JSON Lines are streamed
#: record by record: the limit holds for each line).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: A paragraph longer than this (a botched export puts a whole article, or
#: a whole archive, on one line) is read as pieces of at most this many
#: characters, cut at a sentence end where there is one: every later stage
#: (sentences, quotes, search, the reader) then works on bounded pieces.
#: Real news paragraphs stay far below it (the longest in the PolNeAR and
#: BBC corpora: 2,573 characters).
MAX_PARAGRAPH_CHARS = 20_000
#: A first line longer than this is no title (it is kept as body text, and
#: the title is its first words); metadata values are cut to this length.
MAX_TITLE_CHARS = 500
MAX_META_CHARS = 1_000
#: A YAML front-matter block larger than this is refused.
MAX_FRONT_MATTER_BYTES = 64 * 1024

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional
# overrides/isolates that can make a terminal show text in another order.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"

_SEED_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S[^\n]*)")
_PUBLISHED = re.compile(r"[ \t]*Published:[ \t]*(\S[^\n]*)")
_NONBLANK = re.compile(r"\S")
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


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return s, e


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, blank)`` of each line of ``text[start:end]`` (the first
    one from ``start``), found with ``str.find``: a scan that stays linear on
    any input (a backtracking pattern is quadratic on a line of spaces)."""
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        yield pos, line_end, _NONBLANK.search(text, pos, line_end) is None
        if nl < 0:
            return
        pos = nl + 1


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every line that is not blank, without its outer spaces and tabs."""
    return [_trimmed(text, s, e) for s, e, blank in _lines(text, start, end) if not blank]


def _block_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines that are not blank (paragraphs between blank lines)."""
    out = []
    first = last = -1
    for s, e, blank in _lines(text, start, end):
        if blank:
            if first >= 0:
                out.append(_trimmed(text, first, last))
                first = -1
        else:
            if first < 0:
                first = s
            last = e
    if first >= 0:
        out.append(_trimmed(text, first, last))
    return out


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Paragraph spans of ``text[start:end]``: blocks between blank lines when
    there are blank lines, otherwise one paragraph per line."""
    end = len(text) if end is None else end
    body = text[start:end].strip("\n")
    blocks = "\n\n" in body or re.search(r"\n[ \t]+\n", body)
    return (_block_spans if blocks else _line_spans)(text, start, end)


def _cut(text: str, s: int, e: int) -> int:
    """Where to end a piece of the over-long paragraph ``text[s:e]``: after the
    last sentence end in the second half of the allowed length, else at the
    last space there, else at the limit."""
    hi = s + MAX_PARAGRAPH_CHARS
    lo = s + MAX_PARAGRAPH_CHARS // 2
    stop = max(text.rfind(". ", lo, hi), text.rfind("? ", lo, hi), text.rfind("! ", lo, hi), text.rfind("\n", lo, hi))
    if stop >= 0:
        return stop + 1
    space = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi))
    return space if space > s else hi


def bounded(text: str, spans: Iterable[tuple[int, int]], path: str, problems: list[Problem]) -> list[tuple[int, int]]:
    """``spans`` with every paragraph over MAX_PARAGRAPH_CHARS read as pieces
    (one warning for the file, with the line of the first)."""
    out: list[tuple[int, int]] = []
    long, first = 0, -1
    for s, e in spans:
        if e - s <= MAX_PARAGRAPH_CHARS:
            out.append((s, e))
            continue
        long += 1
        first = s if first < 0 else first
        while e - s > MAX_PARAGRAPH_CHARS:
            c = _cut(text, s, e)
            end = c
            while end > s and text[end - 1].isspace():
                end -= 1
            if end > s:
                out.append((s, end))
            s = c
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    if long:
        problems.append(Problem(path, f"{long} paragraph(s) longer than {MAX_PARAGRAPH_CHARS:,} characters, "
                                      f"read in pieces of at most {MAX_PARAGRAPH_CHARS:,}", line_of(text, first), "warning"))
    return out


def _paragraphs(spans: Iterable[tuple[int, int]], headline: tuple[int, int] | None) -> tuple[Paragraph, ...]:
    out = []
    if headline is not None:
        out.append(Paragraph(0, headline[0], headline[1], headline=True))
    for n, (s, e) in enumerate(spans, 1):
        out.append(Paragraph(n, s, e))
    return tuple(out)


def _first_words(text: str, limit: int = 80) -> str:
    """The first words of ``text`` as a title, cut at a word, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "\u2026"


# --------------------------------------------------------------------------
# formats


def _str(value: object, limit: int = MAX_META_CHARS) -> str | None:
    """A metadata value as text: scalars as they are, lists and mappings
    flattened (``a, b``; ``k: v``), at most ``limit`` characters. The walk
    shares one budget of nodes and characters: YAML aliases can make a small
    file describe billions of items (a "billion laughs" bomb)."""
    if value is None:
        return None
    budget = [2000, limit + 1]  # nodes, characters

    def flat(node: object, depth: int) -> str:
        if budget[0] <= 0 or budget[1] <= 0 or depth > 20:
            return ""
        budget[0] -= 1
        if isinstance(node, dict):
            text = ", ".join(f"{k}: {flat(v, depth + 1)}" for k, v in list(node.items())[:50])
        elif isinstance(node, (list, tuple)):
            text = ", ".join(flat(item, depth + 1) for item in node[:200])
        else:
            text = (node if isinstance(node, str) else str(node))[: budget[1]]
        budget[1] -= len(text)
        return text

    text = flat(value, 0)
    return text if len(text) <= limit else text[:limit] + "\u2026"


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
        return _parse_seed(text, path, article_id, header, problems)
    if text.lstrip(" \t\n").startswith("---\n") or text.startswith("---\n"):
        return _parse_front_matter(text, path, article_id, problems)
    return _parse_plain(text, path, article_id, problems)


def _title_line(text: str, ts: int, te: int) -> tuple[str, tuple[int, int] | None]:
    """The title a first line gives, and its span as the headline; a line too
    long to be a title (a whole article on one line) is body text, and the
    title is its first words."""
    if te - ts > MAX_TITLE_CHARS:
        return _first_words(text[ts : ts + MAX_TITLE_CHARS]), None
    return text[ts:te], (ts, te)


def _parse_seed(text: str, path: str, article_id: str, header: re.Match[str], problems: list[Problem]) -> Article:
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
    title, headline = _title_line(text, ts, te)
    spans = ([] if headline else [(ts, te)]) + _line_spans(text, pos, len(text))
    return Article(
        id=article_id, path=path, title=title, date=date, text=text,
        paragraphs=_paragraphs(bounded(text, spans, path, problems), headline), published=published,
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
    if len(block) > MAX_FRONT_MATTER_BYTES:
        problems.append(Problem(path, f"front matter is longer than {MAX_FRONT_MATTER_BYTES // 1024} KiB; skipped", open_line))
        return None
    try:
        meta = yaml.safe_load(block) if block.strip() else {}
    except RecursionError:
        problems.append(Problem(path, "broken YAML front matter: nested too deeply; skipped", open_line))
        return None
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
        if heading and "\n" not in first and e - s <= MAX_TITLE_CHARS:
            headline = (s + heading.end(), e)
            spans = spans[1:]
            title = title or text[headline[0] : headline[1]]
    if not title:
        if spans:
            s, e = spans[0]
            nl = text.find("\n", s, e)
            title = _title_line(text, s, e if nl < 0 else nl)[0]  # the first line of the first paragraph
        else:
            title = Path(path).stem
    date = meta.get("date")
    known = {"title", "date", "source", "outlet", "publisher", "author", "authors", "byline", "url", "link", "published"}
    extra = tuple((k, _clean_meta(v) or "") for k, v in meta.items() if k not in known)
    return Article(
        id=article_id, path=path, title=title, date=_norm_date(date), text=text,
        paragraphs=_paragraphs(bounded(text, spans, path, problems), headline),
        published=_clean_meta(meta.get("published")),
        source=_clean_meta(meta.get("source") or meta.get("outlet") or meta.get("publisher")),
        author=_clean_meta(meta.get("author") or meta.get("authors") or meta.get("byline")),
        url=_clean_meta(meta.get("url") or meta.get("link")),
        meta=extra,
    )


def _norm_date(value: object) -> str | None:
    if value is None:
        return None
    text = (_str(value) or "").strip()
    m = _DATE.search(text)
    return m.group(0) if m else (_clean_meta(text) or None)


def _parse_plain(text: str, path: str, article_id: str, problems: list[Problem]) -> Article:
    ts, te = next(_trimmed(text, s, e) for s, e, blank in _lines(text, 0, len(text)) if not blank)  # (not blank: checked)
    title, headline = _title_line(text, ts, te)
    spans = split_paragraphs(text, te if headline else ts)
    return Article(
        id=article_id, path=path, title=title, date=None, text=text,
        paragraphs=_paragraphs(bounded(text, spans, path, problems), headline),
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
    spans = bounded(text, split_paragraphs(text), path, problems)
    title = _clean_meta(rec.get("title") or rec.get("headline")) or text[spans[0][0] : spans[0][1]][:80]
    rid = _str(rec.get("id"), 200)
    known = {"id", "title", "headline", "date", "source", "outlet", "publisher", "url", "link", "author", "published", *_TEXT_KEYS}
    extra = tuple((k, _clean_meta(v) or "") for k, v in rec.items() if k not in known and isinstance(v, (str, int, float)))
    return Article(
        id=sanitize(rid)[0] if rid not in (None, "") else article_id, path=path, title=title,
        date=_norm_date(rec.get("date") or rec.get("published")), text=text,
        paragraphs=_paragraphs(spans, None),
        source=_clean_meta(rec.get("source") or rec.get("outlet") or rec.get("publisher")),
        author=_clean_meta(rec.get("author")), url=_clean_meta(rec.get("url") or rec.get("link")),
        meta=extra,
    )


_FILE_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _kind_of(mode: int) -> str:
    return next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")


def _not_regular(path: str, mode: int) -> Problem:
    return Problem(path, f"not a regular file ({_kind_of(mode)}); skipped")


def _cannot_read(path: str, exc: OSError) -> Problem:
    if exc.errno == errno.ENOENT and os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return Problem(path, f"broken symbolic link (to {sanitize(target)[0]}); skipped")
    return Problem(path, f"cannot read: {exc.strerror or exc}")


def _open_regular(path: str, problems: list[Problem]) -> tuple[int, int] | None:
    """A regular file's descriptor, open for reading, and its size; or None
    with the reason in ``problems``. Opened without blocking and checked on
    the open descriptor: a named pipe (or a file replaced by one) never makes
    a read wait."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        problems.append(_cannot_read(path, exc))
        return None
    try:
        st = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        problems.append(_cannot_read(path, exc))
        return None
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        problems.append(_not_regular(path, st.st_mode))
        return None
    return fd, st.st_size


def _read_bounded(fd: int, size: int) -> bytes:
    """The file's bytes, at most MAX_FILE_BYTES + 1 of them: its size as it
    was opened, and more in pieces if it grew meanwhile (asking for the limit
    at once would allocate it for every file). Read straight from the
    descriptor: a buffered reader would only copy them again."""
    parts: list[bytes] = []
    total = 0
    want = min(size, MAX_FILE_BYTES) + 1
    while total <= MAX_FILE_BYTES:
        ask = want - total if total < want else 1 << 20  # (past its size as opened: it grew)
        chunk = os.read(fd, min(ask, MAX_FILE_BYTES + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _records(fh, path: str, problems: list[Problem]) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` of a JSON Lines file, each line read with a
    bound: a line over MAX_FILE_BYTES is reported and skipped, never held."""
    lineno = 0
    while True:
        raw = fh.readline(MAX_FILE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)  # the rest of the line, a piece at a time
            problems.append(Problem(path, f"line longer than {MAX_FILE_BYTES // 2**20} MiB; line skipped", lineno))
            continue
        yield lineno, raw


def _load_jsonl(fh, path: str, stem: str, result: LoadResult) -> None:
    n = 0
    with fh:
        for lineno, raw in _records(fh, path, result.problems):
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
            except RecursionError:
                result.problems.append(Problem(path, "invalid JSON: nested too deeply; line skipped", lineno))
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
    except RecursionError:
        result.problems.append(Problem(path, "invalid JSON: nested too deeply; skipped"))
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    for n, rec in enumerate(records, 1):
        art = article_from_record(rec, path, f"{stem}:{n}" if len(records) > 1 else stem, result.problems, None)
        if art is not None:
            result.articles.append(art)


def load_file(path: str | os.PathLike[str], article_id: str | None = None) -> LoadResult:
    """Load one file. Never raises for bad input, never blocks on a named
    pipe or a device; see ``LoadResult.problems``."""
    path = os.fspath(path)
    result = LoadResult()
    stem = article_id or Path(path).stem
    suffix = Path(path).suffix.lower()
    opened = _open_regular(path, result.problems)
    if opened is None:
        return result
    fd, size = opened
    if suffix in (".jsonl", ".ndjson"):
        _load_jsonl(os.fdopen(fd, "rb"), path, stem, result)
        return result
    try:
        data = _read_bounded(fd, size)  # (a file growing while it is read stops at the limit too)
    except OSError as exc:
        os.close(fd)
        result.problems.append(_cannot_read(path, exc))
        return result
    os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        size = max(len(data), size)
        result.problems.append(
            Problem(path, f"file too large ({size / 2**20:.0f} MiB, limit {MAX_FILE_BYTES // 2**20} MiB); skipped")
        )
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


def _walk(top: str, problems: list[Problem]) -> Iterator[tuple[str, str]]:
    """``(path, id)`` of the files with a known suffix under folder ``top``, in
    the order ``os.walk`` gives them (each folder's files by name, then its
    sub-folders by name; hidden entries and links to folders skipped).
    Entries that are no regular file (named pipes, sockets, devices) are
    named in ``problems`` and skipped; broken links are left to
    :func:`load_file`, which names them."""
    stack = [(top, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(exc.filename or folder, f"cannot read folder: {exc.strerror}"))
            continue
        subdirs = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                try:
                    link = entry.is_symlink()
                except OSError:
                    link = True
                if not link:
                    subdirs.append(entry)
                continue
            stem, suffix = os.path.splitext(name)  # os.path, not pathlib: this runs per file
            if suffix.lower() not in SUFFIXES:
                continue
            try:
                regular = entry.is_file()
            except OSError:
                regular = False
            if not regular:
                try:
                    mode = entry.stat().st_mode
                except OSError:
                    mode = None  # a broken link: load_file says so
                if mode is not None:
                    problems.append(_not_regular(entry.path, mode))
                    continue
            yield entry.path, sanitize(prefix + stem)[0]
        for entry in reversed(subdirs):  # (a stack: the first sub-folder is walked first)
            stack.append((entry.path, prefix + entry.name + "/"))


def iter_file_ids(paths: Iterable[str | os.PathLike[str]], problems: list[Problem]) -> Iterator[tuple[str, str]]:
    """``(path, article id)`` for the files named or found (recursively, hidden
    entries skipped) under ``paths``.

    A file named explicitly is always read, and its id is its name without
    the suffix; inside folders only known suffixes are read (``.txt``,
    ``.md``, ``.jsonl``, ``.json`` ...), and the id is the path below the
    folder without the suffix (``2016/politics/story``), unique and stable.
    Only regular files are read: a named pipe, socket or device is named in
    ``problems`` and skipped.
    """
    for p in paths:
        p = os.fspath(p)
        if os.path.isfile(p):
            yield p, sanitize(Path(p).stem)[0]
        elif os.path.isdir(p):
            yield from _walk(p, problems)
        else:
            try:
                mode = os.stat(p).st_mode
            except OSError as exc:
                problems.append(_cannot_read(p, exc) if os.path.islink(p) else Problem(p, "no such file or folder"))
                continue
            problems.append(_not_regular(p, mode))
def iter_files(paths: Iterable[str | os.PathLike[str]], problems: list[Problem]) -> Iterator[str]:
    """The paths of :func:`iter_file_ids`."""
    for path, _id in iter_file_ids(paths, problems):
        yield path
