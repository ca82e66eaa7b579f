"""Parsing files for the library: one file into a stored payload, many in worker processes.

:func:`parse_file` reads and parses one file into a :class:`~tui.store.Parsed`
(the payload the cache stores and the index is assembled from).
:func:`parse_many` does it for a list of files, in worker processes when
there are many (:data:`PARALLEL_MIN_FILES`), in file order, with a sliding
window of chunks in flight so that finished payloads never pile up; where no
worker process can be had, it parses the rest in this process.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Mapping, Sequence

from .content import Lexicon, load_lexicon
from .ingest import load_file
from .parser import parse_article
from .procs import POOL_ERRORS, process_pool
from .store import Parsed, encode_payload

#: below this many files to parse, parsing stays in this process
PARALLEL_MIN_FILES = 400
#: files per task handed to a worker process
CHUNK = 200


def parse_file(path: str, article_id: str | None = None, lexicon: Lexicon | None = None,
               reported: bool = False) -> Parsed:
    """Read and parse one file into the payload the cache stores."""
    try:
        st = os.stat(path)
        mtime, size = st.st_mtime_ns, st.st_size
    except OSError:
        mtime, size = 0, -1
    res = load_file(path, article_id)
    lex = lexicon or load_lexicon()
    docs = [parse_article(a, lex, reported=reported) for a in res.articles]
    return Parsed(path, mtime, size, encode_payload(docs, [*res.problems, *(n for d in docs for n in d.notes)]))


def _parse_chunk(items: list[tuple[str, str]], reported: bool = False) -> list[Parsed]:
    lex = load_lexicon()
    return [parse_file(p, i, lex, reported) for p, i in items]


def in_workers(n_files: int, workers: int | None) -> bool:
    """Whether ``n_files`` are worth parsing in worker processes."""
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    return n_files >= PARALLEL_MIN_FILES and n_workers > 1


def parse_many(todo: Sequence[str], file_ids: Mapping[str, str], workers: int | None,
               reported: bool) -> Iterator[Parsed]:
    """Every file of ``todo`` parsed, in order."""
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    done = 0
    if in_workers(len(todo), workers):
        chunks = [[(f, file_ids[f]) for f in todo[i : i + CHUNK]] for i in range(0, len(todo), CHUNK)]
        try:
            with process_pool(n_workers) as pool:
                # a sliding window of chunks in flight: results waiting to be
                # used would otherwise pile up in memory (pool.map submits all)
                window = 2 * n_workers
                pending = deque(pool.submit(_parse_chunk, c, reported) for c in chunks[:window])
                submitted = len(pending)
                while pending:
                    chunk_result = pending.popleft().result()
                    if submitted < len(chunks):
                        pending.append(pool.submit(_parse_chunk, chunks[submitted], reported))
                        submitted += 1
                    done += len(chunk_result)
                    yield from chunk_result
            return
        except POOL_ERRORS:
            pass  # no worker processes to be had here: parse the rest in this one
    lex = load_lexicon()
    for f in todo[done:]:
        yield parse_file(f, file_ids[f], lex, reported)
