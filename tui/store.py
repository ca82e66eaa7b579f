"""The library's cache store: parsed files in SQLite, never trusted and never fatal.

Each parsed file is stored in a SQLite cache in the user cache folder
(``platformdirs``), keyed by path, modification time and size: a JSON
header, then its text, quote rows and integer tables as raw sections, with a
length and CRC-32 checksum; reading it can never run code (no pickle). The
cache records its format, the Pressroom version, fingerprints of the
lexicons and of the parsing code, and the machine's array layout; any
mismatch, a failed checksum or a damaged database is detected and the cache
rebuilt. The search index is stored too (:meth:`~tui.search.SearchIndex.to_parts`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import __version__
from .content import user_content_dirs
from .index import CODE_KINDS, KIND_CODES, LocalSpeaker, QuoteSet
from .model import Article, Document, Paragraphs, Problem, Quote, Span
from .paths import content_dir

CACHE_FORMAT = 10
_KIND_LETTERS = frozenset(CODE_KINDS)

# ----------------------------------------------------------------------------
# cache location and fingerprints


def cache_dir() -> Path:
    env = os.environ.get("PRESSROOM_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("pressroom", appauthor=False))


def lexicon_fingerprint() -> str:
    h = hashlib.blake2b(digest_size=12)
    for folder in (content_dir(), *user_content_dirs()):
        for p in sorted(Path(folder).glob("*.yaml")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def code_fingerprint(package: Path, skip: tuple[str, ...] = ("ui",)) -> str:
    """A fingerprint of every module of ``package``, its sub-packages
    included, but for the sub-packages named in ``skip``."""
    h = hashlib.blake2b(digest_size=12)
    for p in sorted(package.rglob("*.py")):
        rel = p.relative_to(package)
        if rel.parts[0] in skip:
            continue
        h.update(rel.as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A fingerprint of the code that turns files into quotes (the package
    outside the UI, sub-packages included): a checkout whose parser changed,
    at the same version number, must not reuse quotes an older parser found."""
    return code_fingerprint(Path(__file__).resolve().parent)


def _library_key(roots: Sequence[str]) -> str:
    norm = sorted(os.path.abspath(r) for r in roots)
    return hashlib.blake2b("\0".join(norm).encode(), digest_size=12).hexdigest()


# ----------------------------------------------------------------------------
# documents <-> JSON (no code runs when reading)


def _span(s: Span | None) -> list[int] | None:
    return [s.start, s.end] if s is not None else None


# A cache entry (one file) is a small JSON header followed by raw sections:
# each article's text (UTF-8), its quote rows (JSON, decoded only when the
# quotes are first used) and its integer tables (machine arrays). Text kept
# out of JSON needs no escaping and decodes at memory speed.
_HEADER_LEN = 4


class _Body:
    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.size = 0

    def add(self, data: bytes) -> list[int]:
        self.parts.append(data)
        self.size += len(data)
        return [self.size - len(data), len(data)]


def _ints(code: str, values: Iterable[int]) -> bytes:
    return array(code, values).tobytes()


def document_payload(doc: Document, body: _Body) -> dict:
    """One parsed article: its header entry (sections written to ``body``).
    What the library needs up front (kinds, speakers, spans) is compact;
    the quote records are made from their rows on first use."""
    a = doc.article
    sp_pos = {s.id: i for i, s in enumerate(doc.speakers)}
    rows = [[q.id, q.start, q.end, q.kind, list(q.paragraphs), q.speaker_id, q.mention, _span(q.mention_span),
             q.cue, _span(q.cue_span), q.resolution, q.role, q.rule] for q in doc.quotes]
    return {
        "id": a.id, "title": a.title, "date": a.date,
        "published": a.published, "source": a.source, "author": a.author, "url": a.url,
        "meta": [list(kv) for kv in a.meta],
        "kinds": "".join(KIND_CODES[q.kind] for q in doc.quotes),
        "speakers": [[s.id, s.name, s.kind, list(s.roles), list(s.aliases), s.quote_count] for s in doc.speakers],
        "text": body.add(a.text.encode("utf-8", "surrogatepass")),
        # compressed: kept in memory until the quotes are first used (JSON shrinks about fourfold)
        "rows": body.add(zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
                                       .encode("utf-8", "surrogatepass"), 1)),
        "paragraphs": body.add(_ints("I", (x for p in a.paragraphs for x in (p.index, p.start, p.end, int(p.headline))))),
        "spans": body.add(_ints("I", (x for q in doc.quotes for x in (q.start, q.end)))),
        "qspk": body.add(_ints("i", (sp_pos.get(q.speaker_id, -1) if q.speaker_id else -1 for q in doc.quotes))),
    }


def encode_payload(docs: Iterable[Document], problems: Iterable[Problem]) -> bytes:
    body = _Body()
    header = {"docs": [document_payload(d, body) for d in docs], "problems": [_problem_payload(p) for p in problems]}
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return b"".join([len(head).to_bytes(_HEADER_LEN, "little"), head, *body.parts])  # (one copy of the text, not two)


def decode_payload(payload: bytes) -> tuple[dict, memoryview]:
    """The header and the body of a cache entry (ValueError if malformed)."""
    hlen = int.from_bytes(payload[:_HEADER_LEN], "little")
    if len(payload) < _HEADER_LEN + hlen:
        raise ValueError("cache entry is short")
    header = json.loads(payload[_HEADER_LEN : _HEADER_LEN + hlen].decode("utf-8", "surrogatepass"))
    return header, memoryview(payload)[_HEADER_LEN + hlen :]


def _section(body: memoryview, where: list[int]) -> memoryview:
    off, n = where
    if off < 0 or n < 0 or off + n > len(body):
        raise ValueError("cache entry section out of range")
    return body[off : off + n]


def _array(code: str, body: memoryview, where: list[int]) -> array:
    a = array(code)
    a.frombytes(_section(body, where))
    return a


class _QuoteRows:
    """Makes an article's :class:`Quote` records from its (compressed) JSON rows, once."""

    __slots__ = ("article", "rows")

    def __init__(self, article: Article, rows: bytes):
        self.article = article
        self.rows = rows

    def __call__(self) -> tuple[Quote, ...]:
        text = self.article.text
        aid = self.article.id
        out = []
        for qid, s, e, kind, paras, sid, mention, ms, cue, cs, res, role, rule in json.loads(zlib.decompress(self.rows)):
            out.append(Quote(qid, aid, s, e, text[s:e], kind, tuple(paras), sid, mention,
                             Span(*ms) if ms else None, cue, Span(*cs) if cs else None, res, role, rule))
        return tuple(out)


def article_from_payload(d: dict, body: memoryview, path: str) -> tuple[Article, QuoteSet, tuple[LocalSpeaker, ...]]:
    """An article, its (lazy) quotes and its speakers from a cache entry."""
    art = Article(
        id=d["id"], path=path, title=d["title"], date=d["date"],
        text=str(_section(body, d["text"]), "utf-8", "surrogatepass"),
        paragraphs=Paragraphs(_array("I", body, d["paragraphs"])),
        published=d["published"], source=d["source"], author=d["author"], url=d["url"],
        meta=tuple((k, v) for k, v in d["meta"]),
    )
    aid = art.id
    speakers = tuple(LocalSpeaker(sid, name, kind, tuple(roles), tuple(aliases), aid, count)
                     for sid, name, kind, roles, aliases, count in d["speakers"])
    kinds = d["kinds"]
    qspk = _array("i", body, d["qspk"])
    spans = _array("I", body, d["spans"])
    if len(qspk) != len(kinds) or len(spans) != 2 * len(kinds) or not _KIND_LETTERS.issuperset(kinds):
        raise CacheError(f"quote table of {aid} is inconsistent")
    ids = tuple(speakers[i].id if i >= 0 else None for i in qspk)
    rows = bytes(_section(body, d["rows"]))
    return art, QuoteSet(aid, kinds, ids, spans, load=_QuoteRows(art, rows)), speakers


def _problem_payload(p: Problem) -> list:
    return [p.path, p.message, p.line, p.severity]


@dataclass
class Parsed:
    path: str
    mtime_ns: int
    size: int
    payload: bytes  # see encode_payload


def _digest(payload: bytes) -> str:
    """Checksum of a cache entry, with its length: CRC-32 catches truncation
    and damage (it is no defence against someone crafting entries, nor needs
    to be: entries are data, never code) at twice blake2b's speed."""
    return f"{len(payload):x}-{zlib.crc32(payload):08x}"


# ----------------------------------------------------------------------------
# the cache


class CacheError(Exception):
    pass


#: how long a cache operation waits for another process's write to finish
#: (they are short: a batch of files); past it, the cache is not used this time
BUSY_TIMEOUT = 3.0

#: what reading a damaged database can raise: SQLite's errors, and the
#: module's own when a damaged value does not decode (UnicodeDecodeError is a
#: ValueError) or does not fit
_DB_ERRORS = (sqlite3.Error, CacheError, OSError, ValueError, OverflowError, MemoryError)

#: SQLite's answers that say the cache cannot be used here and now (another
#: process holds it, the folder is read-only or full), not that it is damaged
_ELSEWHERE_CODES = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY", "SQLITE_FULL", "SQLITE_CANTOPEN",
                    "SQLITE_PERM", "SQLITE_AUTH")
_ELSEWHERE_WORDS = ("locked", "busy", "readonly", "read-only", "disk is full", "unable to open", "permission")


def _not_damage(exc: BaseException) -> bool:
    """Does ``exc`` say the cache is out of reach here (locked, read-only,
    full), rather than damaged? A damaged cache is rebuilt; one out of reach
    is left alone and not used this time."""
    if isinstance(exc, OSError):
        return True
    name = getattr(exc, "sqlite_errorname", None) or ""  # (Python 3.11 and later)
    if name:
        return name.startswith(_ELSEWHERE_CODES)
    text = str(exc).lower()
    return any(w in text for w in _ELSEWHERE_WORDS)


class LibraryCache:
    """One SQLite file per library (its set of root paths).

    Never trusted and never fatal: every entry is checked (length and
    CRC-32) before use, and any error from the database ends its use for
    this run, with one line in :meth:`problem`. A damaged database is
    deleted and started afresh; one out of reach (locked by another
    process, a read-only or full folder) is left as it is. The library is
    then read as it would be without a cache: the results are the same.
    """

    def __init__(self, roots: Sequence[str], folder: Path | None = None, reported: bool = False):
        self.folder = folder or cache_dir()
        kind = "-reported" if reported else ""
        self.path = self.folder / f"library-{_library_key(roots)}{kind}.sqlite"
        self.db: sqlite3.Connection | None = None
        #: what went wrong, most important first (reported as one line, whose path is the cache file)
        self.problems: list[str] = []
        self.rebuilt = False
        #: entries that failed their checksum or could not be read (parsed again)
        self.bad_entries = 0

    # ------------------------------------------------------------ lifecycle

    def open(self) -> bool:
        """Open (or create) the cache; False if it cannot be used at all."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.db = self._connect()
            self._check()
            return True
        except _DB_ERRORS as exc:
            return self._failed(exc, "opening it")

    def _failed(self, exc: BaseException, doing: str) -> bool:
        """An error while ``doing`` something: stop using the database; if it
        is damaged, delete it and start a fresh one (once). Returns whether
        the cache can still be used."""
        self._disconnect()
        if _not_damage(exc):
            self.problems.append(f"cache: {exc} while {doing}; not used for the rest of this run")
            return False
        if self.rebuilt:
            self.problems.append(f"cache not used: damaged again ({exc} while {doing})")
            return False
        self.problems.append(f"cache was damaged ({exc} while {doing}); it is built afresh")
        self.rebuilt = True
        self._remove_files()
        try:
            self.db = self._connect()
            self._check()
            return True
        except _DB_ERRORS as exc2:
            self._disconnect()
            self.problems.append(f"cache could not be built afresh ({exc2})")
            return False

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, "
                       "size INTEGER NOT NULL, digest TEXT NOT NULL, payload BLOB NOT NULL)")
            db.execute("DROP TABLE IF EXISTS search")  # one blob per index (format 6 and before)
            db.execute("CREATE TABLE IF NOT EXISTS search_parts (fingerprint TEXT NOT NULL, seq INTEGER NOT NULL, "
                       "digest TEXT NOT NULL, blob BLOB NOT NULL, PRIMARY KEY (fingerprint, seq))")
        except BaseException:
            db.close()
            raise
        return db

    def _check(self) -> None:
        assert self.db is not None
        want = {"format": str(CACHE_FORMAT), "version": __version__, "lexicon": lexicon_fingerprint(),
                "parser": parser_fingerprint(),
                # packed integer arrays are in this machine's layout
                "arrays": f"{sys.byteorder}-{array('I').itemsize}-{array('i').itemsize}"}
        rows = self.db.execute("SELECT key, value FROM meta").fetchall()
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in rows):
            raise CacheError("its version table is unreadable")
        have = dict(rows)
        if have != want:
            if have:
                self.problems.append("cache is from another version, parser or lexicon; rebuilt")
            self._write(lambda db: (db.execute("DELETE FROM files"), db.execute("DELETE FROM search_parts"),
                                    db.execute("DELETE FROM meta"),
                                    db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(want.items()))))

    def _disconnect(self) -> None:
        if self.db is not None:
            try:
                self.db.close()
            except _DB_ERRORS:
                pass
            self.db = None

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                os.unlink(str(self.path) + suffix)
            except OSError:
                pass

    def close(self) -> None:
        self._disconnect()

    def problem(self) -> str | None:
        """Everything that went wrong with the cache in this run, as one line."""
        notes = list(self.problems)
        if self.bad_entries:
            one = self.bad_entries == 1
            notes.append(f"{self.bad_entries} cache entr{'y' if one else 'ies'} failed {'its' if one else 'their'} "
                         f"checksum or could not be read; {'that file was' if one else 'those files were'} parsed again")
        if not notes:
            return None
        more = len(notes) - 1
        return notes[0] + (f" (and {more} more cache problem{'s' if more > 1 else ''})" if more else "")

    # ---------------------------------------------------------- operations

    def _write(self, work: Callable[[sqlite3.Connection], object]) -> None:
        assert self.db is not None
        self.db.execute("BEGIN IMMEDIATE")
        try:
            work(self.db)
            self.db.execute("COMMIT")
        except BaseException:
            try:
                self.db.execute("ROLLBACK")
            except _DB_ERRORS:
                pass
            raise

    def known(self) -> dict[str, tuple[int, int]]:
        """``path -> (mtime_ns, size)`` of every cached file ({} when the cache cannot be read)."""
        if self.db is None:
            return {}
        try:
            return {p: (m, s) for p, m, s in self.db.execute("SELECT path, mtime_ns, size FROM files")
                    if isinstance(p, str)}
        except _DB_ERRORS as exc:
            self._failed(exc, "listing its files")
            return {}

    def load(self, paths: Sequence[str]) -> dict[str, bytes]:
        """Payloads whose checksum holds; a row that fails is left out (and re-parsed)."""
        out: dict[str, bytes] = {}
        if self.db is None:
            return out
        bad = 0
        try:
            for i in range(0, len(paths), 500):
                part = paths[i : i + 500]
                marks = ",".join("?" * len(part))
                for path, digest, payload in self.db.execute(
                    f"SELECT path, digest, payload FROM files WHERE path IN ({marks})", part
                ):
                    if isinstance(payload, bytes) and isinstance(digest, str) and _digest(payload) == digest:
                        out[path] = payload
                    else:
                        bad += 1
        except _DB_ERRORS as exc:
            self._failed(exc, "reading entries")
            return {}
        missing = sum(1 for p in paths if p not in out) - bad  # listed by known(), not found by their key
        if bad or missing:
            # nothing but damage makes an entry fail its checksum, or its key index lose it (a damaged
            # index would go on losing it, and REPLACE through it would add duplicates): start afresh,
            # keeping the entries that were sound; the others are parsed again
            what = f"{bad + missing} of {len(paths)} entries failed their checksum or were missing"
            self._failed(CacheError(what), "reading entries")
        return out

    def store(self, parsed: Iterable[Parsed], removed: Iterable[str]) -> None:
        if self.db is None:
            return
        rows = [(p.path, p.mtime_ns, p.size, _digest(p.payload), p.payload) for p in parsed]
        removed = list(removed)
        if not rows and not removed:
            return
        try:
            self._write(lambda db: (db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", rows),
                                    db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in removed]),
                                    db.execute("DELETE FROM search_parts")))
        except _DB_ERRORS as exc:
            self._failed(exc, "writing entries")

    def load_search(self, fingerprint: str) -> Iterator[bytes] | None:
        """The parts of the cached search index, one at a time (a part that
        fails its checksum or is missing raises CacheError; so does an error
        of the database while reading them)."""
        if self.db is None:
            return None
        try:
            cur = self.db.execute("SELECT seq, digest, blob FROM search_parts WHERE fingerprint = ? ORDER BY seq",
                                  (fingerprint,))
            first = cur.fetchone()
        except _DB_ERRORS as exc:
            self._failed(exc, "reading the search index")
            return None
        if first is None:
            return None

        def parts() -> Iterator[bytes]:
            row = first
            expect = 0
            while row is not None:
                seq, digest, blob = row
                if seq != expect or not isinstance(blob, bytes) or not isinstance(digest, str) or _digest(blob) != digest:
                    raise CacheError("cached search index failed its checksum")
                yield blob
                expect += 1
                try:
                    row = cur.fetchone()
                except _DB_ERRORS as exc:
                    raise CacheError(f"cached search index unreadable ({exc})") from exc

        return parts()

    def store_search(self, fingerprint: str, parts: Iterable[bytes]) -> None:
        if self.db is None:
            return

        def work(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM search_parts")
            for seq, part in enumerate(parts):
                db.execute("INSERT INTO search_parts VALUES (?, ?, ?, ?)", (fingerprint, seq, _digest(part), part))

        try:
            self._write(work)
        except _DB_ERRORS as exc:
            self._failed(exc, "writing the search index")
