"""Opening a library: assembly of the index from the cache (:mod:`tui.store`) and the parser (:mod:`tui.parsing`).

``open_library(paths)`` returns the :class:`~tui.index.Index` (and, on
request, the :class:`~tui.search.SearchIndex`) for the files under
``paths``; ``build_index(paths)`` is the same with no cache and no worker
processes, as tests and scripts want it:

* files are parsed in worker processes when there are many (both cores of
  the machine), streamed file by file, so the whole library is never held
  as raw text on top of the parsed one; with no cache and no worker, parsed
  documents go straight into the index;
* each parsed file is stored in a SQLite cache in the user cache folder
  (``platformdirs``), keyed by path, modification time and size: a JSON
  header, then its text, quote rows and integer tables as raw sections,
  with a length and CRC-32 checksum; reading it can never run code (no
  pickle). Only changed, added or removed files are parsed again;
* a re-opened article makes its quote and paragraph records only when they
  are first asked for (:class:`~tui.index.QuoteSet`, :class:`~tui.model.Paragraphs`);
* the cache records its format, the Pressroom version, fingerprints of the
  lexicons and of the parsing code, and the machine's array layout; any mismatch, a failed checksum
  or a damaged database is detected and the cache rebuilt, never trusted;
* the search index (candidates, word lists, typo index) is cached too, for
  an unchanged library, as raw arrays in checksummed parts.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .content import Lexicon
from .corrections import Corrections
from .corrections import apply as apply_corrections
from .index import Index, IndexBuilder
from .ingest import iter_file_ids
from .model import Document, Problem
from .parsing import in_workers, parse_file, parse_many
from .store import CacheError, LibraryCache, Parsed, article_from_payload, decode_payload

__all__ = ["CacheError", "LibraryCache", "OpenStats", "Parsed", "build_index", "build_search", "open_library",
           "parse_file"]

Progress = Callable[[int, int, str], None]


# ----------------------------------------------------------------------------
# opening a library


@dataclass
class OpenStats:
    files: int = 0
    parsed: int = 0
    from_cache: int = 0
    removed: int = 0
    search_from_cache: bool = False


def open_library(paths: Sequence[str | os.PathLike[str]], *, progress: Progress | None = None, use_cache: bool = True,
                 workers: int | None = None, with_search: bool = False, cache_folder: Path | None = None,
                 reported: bool = False, lexicon: Lexicon | None = None, corrections: Corrections | None = None):
    """Parse (or load from the cache) every file under ``paths``; with
    ``reported``, reported speech too (quotes of kind ``indirect``: a second
    pass that roughly doubles the parsing time). ``lexicon`` replaces the
    one in ``content/`` (and the cache, which is keyed by that one).
    ``corrections`` (the user's, :mod:`tui.corrections`) are applied to the
    index as built; those that find nothing to correct are warnings on it.

    Returns ``(index, search_index_or_None, stats)``.
    """
    if lexicon is not None:
        use_cache = False
    roots = [os.fspath(p) for p in paths]
    problems: list[Problem] = []
    file_ids = dict(iter_file_ids(roots, problems))
    files = list(file_ids)
    stats = OpenStats(files=len(files))
    cache = LibraryCache(roots, cache_folder, reported) if use_cache else None
    if cache is not None:
        cache.open()  # (a cache that cannot be used says so, and reads as empty)
    stat: dict[str, tuple[int, int]] = {}
    for f in files:
        try:
            st = os.stat(f)
            stat[f] = (st.st_mtime_ns, st.st_size)
        except OSError:
            stat[f] = (0, -1)
    fresh: set[str] = set()
    removed: list[str] = []
    if cache is not None:
        known = cache.known()
        fresh = {f for f in files if known.get(f) == stat[f]}
        present = set(files)
        removed = [p for p in known if p not in present]
    stats.removed = len(removed)
    builder = IndexBuilder(lexicon, reported)
    builder.problems.extend(problems)
    was_enabled = gc.isenabled()
    gc.disable()  # millions of new objects: the collector would rescan them again and again
    try:
        _assemble(files, file_ids, fresh, cache, builder, stats, progress, workers, reported)
        index = builder.finish()
    finally:
        if was_enabled:
            gc.enable()
    if cache is not None and removed:
        cache.store([], removed)
    if corrections is not None:
        index.problems += tuple(corrections.problems) + tuple(apply_corrections(index, corrections, reported))

    search = None
    if with_search:
        gc.disable()
        try:
            search = build_search(index, cache, stat, corrections.fingerprint() if corrections else "")
        finally:
            if was_enabled:
                gc.enable()
        stats.search_from_cache = getattr(search, "from_cache", False)
    if cache is not None:
        note = cache.problem()
        if note is not None:  # one line, however many things went wrong
            index.problems += (Problem(str(cache.path), note, None, "warning"),)
        cache.close()
    return index, search, stats


def build_index(paths: Iterable[str | os.PathLike[str]], lexicon: Lexicon | None = None,
                progress: Progress | None = None, reported: bool = False) -> Index:
    """The index of every file under ``paths``, parsed here and now (no
    cache, no worker processes): :func:`open_library` as tests and scripts
    want it."""
    return open_library(list(paths), progress=progress, use_cache=False, workers=1, reported=reported,
                        lexicon=lexicon)[0]


def _assemble(files, file_ids, fresh, cache, builder, stats, progress, workers, reported) -> None:
    """Add every file's documents to ``builder`` in file order, from the cache
    or freshly parsed, streaming: payloads are dropped as soon as they are
    used and written to the cache in batches."""
    total = len(files)
    todo = [f for f in files if f not in fresh]
    if cache is None and not in_workers(len(todo), workers):
        # nothing to store and no process boundary: the parsed documents go
        # straight into the index, with no payload in between
        for n, f in enumerate(files, 1):
            builder.add_file(f, file_ids[f])
            stats.parsed += 1
            if progress is not None and (n % 100 == 0 or n == total):
                progress(n, total, "parsing")
        return

    stream = parse_many(todo, file_ids, workers, reported)
    batch: list[Parsed] = []
    cached: dict[str, bytes] = {}
    loaded_to = 0  # files[:loaded_to] had their entries asked of the cache
    for n, f in enumerate(files, 1):
        payload = None
        if f in fresh:
            if n > loaded_to and cache is not None:
                loaded_to = n - 1 + 500
                cached = cache.load([x for x in files[n - 1 : loaded_to] if x in fresh])
            payload = cached.pop(f, None)
            if payload is None:  # failed its checksum: parse it here
                parsed = parse_file(f, file_ids[f], reported=reported)
                batch.append(parsed)
                payload = parsed.payload
                stats.parsed += 1
            else:
                stats.from_cache += 1
        else:
            parsed = next(stream)
            batch.append(parsed)
            payload = parsed.payload
            stats.parsed += 1
        try:
            entries, problems = _entries(payload, f)
        except (CacheError, ValueError, KeyError, TypeError, IndexError, OverflowError, RecursionError):
            if cache is not None:
                cache.bad_entries += 1  # (counted: one line at the end says how many)
            parsed = parse_file(f, file_ids[f], reported=reported)
            batch.append(parsed)
            entries, problems = _entries(parsed.payload, f)
        for art, qset, speakers in entries:
            if builder.has_id(art.id):  # a duplicate id: renamed, its records made now
                builder.add_document(Document(art, qset.quotes(), tuple(s.speaker() for s in speakers)), check_id=True)
            else:
                builder.add_lazy(art, qset, speakers)
        builder.problems.extend(problems)
        if cache is not None and len(batch) >= 500:
            _store(cache, batch)
            batch = []
        if progress is not None and (n % 100 == 0 or n == total):
            progress(n, total, "from cache" if f in fresh else "parsing")
    if cache is not None and batch:
        _store(cache, batch)


def _entries(payload: bytes, path: str):
    header, body = decode_payload(payload)
    entries = [article_from_payload(d, body, path) for d in header["docs"]]
    problems = [Problem(p, m, line, sev) for p, m, line, sev in header["problems"]]
    return entries, problems


def _store(cache: LibraryCache, batch: list[Parsed]) -> None:
    cache.store(batch, [])


def build_search(index: Index, cache: LibraryCache | None, stat: dict[str, tuple[int, int]], corrected: str = ""):
    """The search index, from the cache when the library (its files, and
    ``corrected``, the corrections' fingerprint) is unchanged."""
    from .search import SearchIndex

    fp = hashlib.blake2b(digest_size=16)
    fp.update(f"corrections\0{corrected}\n".encode())
    for f in sorted(stat):
        fp.update(f"{f}\0{stat[f][0]}\0{stat[f][1]}\n".encode())
    fingerprint = fp.hexdigest()
    if cache is not None:
        try:
            parts = cache.load_search(fingerprint)
            if parts is not None:
                search = SearchIndex.from_parts(parts, index)
                search.from_cache = True
                return search
        except (CacheError, ValueError, KeyError, TypeError, IndexError, OverflowError, StopIteration) as exc:
            cache.problems.append(f"cached search index unusable ({exc}); it is built again")
    skeleton = SearchIndex.from_index(index, build_postings=False)
    skeleton.build_postings(parallel=True)
    if cache is not None:
        cache.store_search(fingerprint, skeleton.to_parts())
    return skeleton
