"""Fuzzy, typo-tolerant search over quotes, paragraphs, speakers and titles.

Scoring every candidate per keystroke is too slow for a real library
(rapidfuzz over a million paragraphs takes seconds).  Instead:

1. a word -> candidates inverted index is built once (postings are sorted
   ``array('I')`` lists, 4 bytes an entry);
2. each query word is expanded to the vocabulary words it may mean: the
   word itself, words it is a prefix of (the word being typed), and words
   within one or two typos, found through a deletion index (SymSpell-style);
   expansions are cached per word;
3. candidates are gathered from the rarest query word first; a common
   word's long posting list is not walked but probed (binary search) for
   the candidates already found, so a keystroke costs what the informative
   words cost, not what "the" costs;
4. the best few thousand survivors are rescored with the same rapidfuzz
   scorer a brute-force search would use (``partial_ratio`` on lower-cased
   text), which sets the order.

Candidates are spans of stored texts (no copies of the article text).
The matched words' character spans are returned for highlighting.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import tempfile
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .model import Paragraph, body_spans_of, headline_of, quote_id

_WORD = re.compile(r"\w+", re.UNICODE)
KINDS = ("quote", "speaker", "title", "paragraph")
_KIND_CODE = {k: i for i, k in enumerate(KINDS)}
_KIND_BONUS = (0.3, 0.5, 0.4, 0.0)  # tie-breaks only: quote, speaker, title, paragraph
#: matched words are marked within this many leading characters of a hit
HIGHLIGHT_CHARS = 600
#: how many survivors are rescored with rapidfuzz
RESCORE = 400
#: a posting list longer than this is probed, not walked
WALK_LIMIT = 20000
#: at most this many candidates are gathered from walked lists
GATHER_LIMIT = 20000
#: a common word is probed for at most this many candidates, through at most this many expansions
PROBE_CANDIDATES = 2000
#: from this many candidates on, the word index is built in two processes
PARALLEL_MIN_CANDIDATES = 150_000
PROBE_WORDS = 6
#: words longer than this (a run with no space in a botched file) are matched
#: exactly or by prefix, not with typos: a word's deletions take the square
#: of its length (a 20,000-letter word, 400 MB)
MAX_TYPO_WORD = 40
#: a word whose lists hold at most this many candidates is checked against
#: every candidate found so far (as a set), not probed for a few thousand
SET_PROBE_LIMIT = 150_000


def _norm(text: str) -> str:
    # one character for one, so offsets in the normalised text hold in the original
    return text.lower().replace("\u2019", "'")


def normalize_query(query: str) -> str:
    """A query as the scorer sees it: its words, lower-cased, one space apart."""
    return " ".join(_norm(w) for w in _WORD.findall(query))


def scorer(query: str, text: str) -> float:
    """The relevance score: rapidfuzz ``partial_ratio`` (the query found
    inside the text, typos allowed) on normalised text; a text shorter than
    the query is scored by plain ``ratio``, so that one word cannot match a
    whole query perfectly."""
    t = _norm(text)
    if len(t) < len(query):
        return fuzz.ratio(query, t)
    return fuzz.partial_ratio(query, t)


def closeness(query: str, kind: str, text: str) -> float:
    """How nearly the hit *is* the query, 0-100: a speaker's name alone (its
    role and aliases after the comma or bracket left out), a title or a
    quote whole. Of two texts that both hold the query, the one that is it
    ranks first ("Tony Blair" before "Tony Blair's official spokesman")."""
    head = text
    if kind == "speaker":
        head = re.split(r", | \(", text, maxsplit=1)[0]
    return fuzz.ratio(query, _norm(head))


#: how much the closeness counts in a hit's score (the rest: the query found in the text)
CLOSENESS_WEIGHT = 0.1
#: how much a hit loses for the query words it lacks (all of them missing: this share)
COVERAGE_WEIGHT = 0.25


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str  # quote | paragraph | speaker | title
    text: str
    article_id: str | None
    start: int  # offset of ``text`` in the article text (0 for speakers and detached titles)
    ref: str  # quote id, speaker id, or article id


@dataclass(frozen=True, slots=True)
class Hit:
    candidate: Candidate
    score: float
    #: spans within ``candidate.text`` of the words that matched
    highlights: tuple[tuple[int, int], ...]

    @property
    def kind(self) -> str:
        return self.candidate.kind


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _key(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


class DeleteIndex:
    """SymSpell-style deletion index, compact: for every vocabulary word of
    four letters or more, each of its one-letter deletions, as a sorted
    array of 32-bit keys (CRC-32 of the deletion) beside the word's position
    in the vocabulary. Two arrays, 8 bytes an entry, instead of a dict of
    strings (about ten times smaller), and stored as they are in the cache.
    A key collision only adds a candidate, which the edit-distance check
    after the lookup throws out."""

    def __init__(self, keys: array, words: array) -> None:
        self.keys = keys
        self.words = words

    @classmethod
    def build(cls, vocab: Sequence[str]) -> DeleteIndex:
        # (key, position) pairs packed in 64-bit words, in 256 buckets by the
        # key's top byte, each sorted on its own: never a list of them all
        buckets = [array("Q") for _ in range(256)]
        for i, w in enumerate(vocab):
            if 4 <= len(w) <= MAX_TYPO_WORD:
                for d in _deletes(w):
                    k = _key(d)
                    buckets[k >> 24].append(k << 32 | i)
        keys, words = array("I"), array("I")
        mask = 0xFFFFFFFF
        for b in buckets:
            packed = sorted(b)
            keys.extend(p >> 32 for p in packed)
            words.extend(p & mask for p in packed)
        return cls(keys, words)

    def lookup(self, deletion: str) -> Iterable[int]:
        """Vocabulary positions of the words that have ``deletion`` as a deletion."""
        keys = self.keys
        k = _key(deletion)
        i = bisect.bisect_left(keys, k)
        n = len(keys)
        while i < n and keys[i] == k:
            yield self.words[i]
            i += 1


def _build_arrays(items: Iterable[tuple[int, str]]) -> dict[str, array]:
    acc: dict[str, array] = {}
    for cid, text in items:
        for w in set(_WORD.findall(_norm(text))):
            a = acc.get(w)
            if a is None:
                a = acc[w] = array("I")
            a.append(cid)
    return acc


def _postings_file(texts: list[str], text_ids: array, starts: array, ends: array, first_id: int, path: str) -> None:
    """Worker process: postings of the candidates ``texts[text_ids[i]][starts[i]:ends[i]]``,
    numbered from ``first_id``, written to ``path`` (a JSON line of words and
    lengths, then the raw arrays), which the parent reads straight into its
    own arrays: no copy of the whole result is ever held in either process.
    Whole texts are sent, not a copy of every candidate (paragraphs and
    quotes overlap)."""
    items = ((first_id + i, texts[t][s:e]) for i, (t, s, e) in enumerate(zip(text_ids, starts, ends)))
    lists = _build_arrays(items)
    words = list(lists)
    with open(path, "wb") as fh:
        fh.write(json.dumps({"words": words, "lens": [len(lists[w]) for w in words]}).encode("utf-8") + b"\n")
        for w in words:
            lists[w].tofile(fh)


class Postings:
    """Word -> sorted candidate ids, one ``array('I')`` per word."""

    def __init__(self) -> None:
        self.lists: dict[str, array] = {}

    def size(self, word: str) -> int:
        a = self.lists.get(word)
        return len(a) if a is not None else 0

    def ids(self, word: str) -> Iterable[int]:
        return self.lists.get(word, ())

    def contains(self, word: str, cid: int) -> bool:
        a = self.lists.get(word)
        if a is None:
            return False
        i = bisect.bisect_left(a, cid)
        return i < len(a) and a[i] == cid

    def __contains__(self, word: str) -> bool:
        return word in self.lists


class CandidateRefs:
    """What a candidate refers to, computed rather than stored (a million
    id strings would cost more memory than the rest of the search index):
    a quote's id from its article and number, a speaker's from the speaker
    table, an article's id for titles and paragraphs."""

    __slots__ = ("speaker_ids",)

    def __init__(self, speaker_ids: list[str]):
        self.speaker_ids = speaker_ids

    def ref(self, kind: str, article_id: str | None, num: int) -> str:
        if kind == "speaker":
            return self.speaker_ids[num]
        assert article_id is not None
        return quote_id(article_id, num) if kind == "quote" else article_id


_ARRAY_CODES = ("B", "I", "I", "I", "I")  # kinds, text ids, starts, ends, numbers
#: a stored search index is written in parts of about this many bytes
#: (whole arrays each), so that neither writing nor reading it ever holds
#: a copy of the whole index
PART_BYTES = 2 << 20


class PartsError(ValueError):
    """Stored parts of a search index that do not make one (damaged, or from another platform)."""


class SearchIndex:
    """Search over candidates: spans of ``texts``, each with a kind and a reference.

    Build one from an :class:`~tui.index.Index` with :meth:`from_index`, or
    from plain texts with :meth:`from_texts` (benchmarks).
    """

    def __init__(self, texts: Sequence[str], kinds: array, text_ids: array, starts: array, ends: array,
                 refs: Sequence[str] | CandidateRefs, article_ids: Sequence[str | None],
                 postings: Postings | None = None, build_postings: bool = True, nums: array | None = None):
        self.texts = texts
        self.kinds = kinds
        self.text_ids = text_ids
        self.starts = starts
        self.ends = ends
        self.nums = nums if nums is not None else array("I", bytes(4 * len(kinds)))
        self.refs = refs
        self.article_ids = article_ids  # per text
        self.postings = postings or Postings()
        self.from_cache = False
        self._vocab: list[str] | None = None
        self._deletes: DeleteIndex | None = None
        self._expand = lru_cache(maxsize=8192)(self._expand_uncached)
        self._infix = lru_cache(maxsize=1024)(self._infix_uncached)
        self._id_set = lru_cache(maxsize=32)(self._id_set_uncached)
        if postings is None and build_postings:
            self.build_postings()

    # ------------------------------------------------------------- building

    def build_postings(self, parallel: bool = False) -> None:
        """Build the word index; with ``parallel``, the second half of the
        candidates is indexed in another process at the same time (the
        halves' id ranges follow each other, so merging is concatenation)."""
        n = len(self.kinds)
        postings = Postings()
        if parallel and n >= PARALLEL_MIN_CANDIDATES:
            from .procs import POOL_ERRORS, process_pool

            mid = n // 2
            fd, path = tempfile.mkstemp(prefix="pressroom-postings-")
            os.close(fd)
            try:
                with process_pool(1) as pool:
                    used: dict[int, int] = {}
                    local = array("I", (used.setdefault(t, len(used)) for t in self.text_ids[mid:]))
                    future = pool.submit(_postings_file, [self.texts[t] for t in used], local,
                                         self.starts[mid:], self.ends[mid:], mid, path)
                    del used, local
                    lists = _build_arrays((cid, self._text(cid)) for cid in range(mid))
                    future.result()
                with open(path, "rb") as fh:
                    head = json.loads(fh.readline())
                    for w, count in zip(head["words"], head["lens"]):
                        mine = lists.get(w)
                        if mine is None:
                            mine = lists[w] = array("I")
                        mine.fromfile(fh, count)  # ids of the second half all follow the first's
                postings.lists.update(lists)
            except POOL_ERRORS:
                # no worker process to be had here: do it all in this one
                self.build_postings(parallel=False)
                return
            finally:
                os.unlink(path)
        else:
            postings.lists.update(_build_arrays((cid, self._text(cid)) for cid in range(n)))
        self.postings = postings
        self._vocab = None
        self._deletes = None
        self._expand.cache_clear()
        self._infix.cache_clear()
        self._id_set.cache_clear()

    @classmethod
    def from_index(cls, index, quote_kinds: Iterable[str] = ("direct", "mixed", "nested", "indirect"),
                   build_postings: bool = True, arrays: tuple[array, ...] | None = None) -> SearchIndex:
        """Candidates for every speaker, title, quote (of ``quote_kinds``) and
        paragraph of ``index``. ``arrays`` (kinds, text ids, starts, ends,
        numbers: see :meth:`arrays`) are a cached copy of the candidates of
        this same index, which spares walking it."""
        from .index import KIND_CODES

        texts: list[str] = []
        article_ids: list[str | None] = []
        speaker_ids: list[str] = []
        for sp in index.speakers.values():
            label = sp.name if not sp.role else f"{sp.name}, {sp.role}"
            if sp.aliases:
                label += " (" + "; ".join(sp.aliases) + ")"
            texts.append(label)
            article_ids.append(None)
            speaker_ids.append(sp.id)
        heads: list[Paragraph | None] = []
        for art in index.articles:
            texts.append(art.text)
            article_ids.append(art.id)
            head = headline_of(art.paragraphs)
            heads.append(head)
            if head is None:
                texts.append(art.title)
                article_ids.append(art.id)
        if arrays is not None:
            kinds, text_ids, starts, ends, nums = arrays
            n = len(kinds)
            if not (len(text_ids) == len(starts) == len(ends) == len(nums) == n) or (n and max(text_ids) >= len(texts)):
                raise ValueError("cached search candidates do not fit the library")
            return cls(texts, kinds, text_ids, starts, ends, CandidateRefs(speaker_ids), article_ids,
                       build_postings=build_postings, nums=nums)

        codes = {KIND_CODES[k] for k in quote_kinds}
        kinds, text_ids, starts, ends, nums = array("B"), array("I"), array("I"), array("I"), array("I")
        k_speaker, k_title, k_quote, k_para = (_KIND_CODE[k] for k in ("speaker", "title", "quote", "paragraph"))
        for si, sp_label in enumerate(texts[: len(speaker_ids)]):
            kinds.append(k_speaker)
            text_ids.append(si)
            starts.append(0)
            ends.append(len(sp_label))
            nums.append(si)
        ti = len(speaker_ids)
        copies = getattr(index, "duplicate_of", {})
        for art, head in zip(index.articles, heads):
            art_ti = ti
            if art.id in copies:
                ti += 1 if head is not None else 2  # the same text as an article before: listed once, there
                continue
            kinds.append(k_title)
            if head is not None:
                text_ids.append(art_ti)
                starts.append(head.start)
                ends.append(head.end)
                ti += 1
            else:
                text_ids.append(art_ti + 1)
                starts.append(0)
                ends.append(len(art.title))
                ti += 2
            nums.append(0)
            qset = index.quote_set(art.id)
            if qset is not None:  # spans and kinds at hand: no Quote records made
                spans = qset.spans
                for i, code in enumerate(qset.kinds):
                    if code in codes:
                        kinds.append(k_quote)
                        text_ids.append(art_ti)
                        starts.append(spans[2 * i])
                        ends.append(spans[2 * i + 1])
                        nums.append(i + 1)
            for ps, pe in body_spans_of(art.paragraphs):
                kinds.append(k_para)
                text_ids.append(art_ti)
                starts.append(ps)
                ends.append(pe)
                nums.append(0)
        return cls(texts, kinds, text_ids, starts, ends, CandidateRefs(speaker_ids), article_ids,
                   build_postings=build_postings, nums=nums)

    def arrays(self) -> tuple[array, ...]:
        """The candidate table, for the cache: kinds, text ids, starts, ends
        and numbers (a quote's number in its article, a speaker's in the
        speaker table)."""
        return (self.kinds, self.text_ids, self.starts, self.ends, self.nums)

    @classmethod
    def from_parts(cls, parts: Iterator[bytes], index) -> SearchIndex:
        """The search index of ``index`` from its stored :meth:`to_parts`
        (:class:`PartsError` if they do not make one)."""
        header = json.loads(next(parts))
        if header["itemsizes"] != [array(c).itemsize for c in _ARRAY_CODES]:
            raise PartsError("search index written on another platform")
        n = header["n"]
        words = header["words"]
        lens = header["lens"]
        n_del = header["deletes"]
        if len(words) != len(lens) or words != sorted(words):
            raise PartsError("search index header is inconsistent")
        wanted = [*zip(_ARRAY_CODES, [n] * len(_ARRAY_CODES)), *(("I", k) for k in lens), ("I", n_del), ("I", n_del)]
        got: list[array] = []
        k = 0
        for part in parts:
            mv = memoryview(part)
            pos = 0
            while pos < len(part) or (k < len(wanted) and wanted[k][1] == 0 and pos == len(part)):
                if k >= len(wanted):
                    raise PartsError("search index has more data than its header says")
                code, count = wanted[k]
                a = array(code)
                size = a.itemsize * count
                if pos + size > len(part):
                    raise PartsError("search index part is short")
                a.frombytes(mv[pos : pos + size])
                got.append(a)
                pos += size
                k += 1
        while k < len(wanted) and wanted[k][1] == 0:
            got.append(array(wanted[k][0]))
            k += 1
        if k != len(wanted):
            raise PartsError("search index is missing parts")
        table = tuple(got[: len(_ARRAY_CODES)])
        keys, positions = got[-2], got[-1]
        if n_del and max(positions) >= len(words):
            raise PartsError("deletion index points outside the vocabulary")
        postings = Postings()
        postings.lists.update(zip(words, got[len(_ARRAY_CODES) : -2]))
        search = cls.from_index(index, build_postings=False, arrays=table)
        search.postings = postings
        search._vocab = words
        search._deletes = DeleteIndex(keys, positions)
        return search

    def to_parts(self) -> Iterator[bytes]:
        """The index as parts to store (:data:`PART_BYTES` each or so): a JSON
        header (the sorted vocabulary and the length of every array), then the
        raw arrays in order: the candidate table, the word index, the deletion
        index. :meth:`from_parts` reads them back."""
        words = self.vocab
        deletes = self.deletes
        lists = self.postings.lists
        yield json.dumps({"n": len(self), "words": words, "lens": [len(lists[w]) for w in words],
                          "deletes": len(deletes.keys), "itemsizes": [array(c).itemsize for c in _ARRAY_CODES]},
                         ensure_ascii=False).encode("utf-8")
        part: list[bytes] = []
        size = 0
        arrays = (*self.arrays(), *(lists[w] for w in words), deletes.keys, deletes.words)
        for a in arrays:
            b = a.tobytes()
            if size and size + len(b) > PART_BYTES:
                yield b"".join(part)
                part, size = [], 0
            part.append(b)
            size += len(b)
        if part:
            yield b"".join(part)

    @classmethod
    def from_texts(cls, texts: Sequence[str], kind: str = "paragraph") -> SearchIndex:
        n = len(texts)
        return cls(list(texts), array("B", [_KIND_CODE[kind]]) * n, array("I", range(n)), array("I", [0]) * n,
                   array("I", (len(t) for t in texts)), [str(i) for i in range(n)], [None] * n)

    def __len__(self) -> int:
        return len(self.kinds)

    def _text(self, cid: int) -> str:
        return self.texts[self.text_ids[cid]][self.starts[cid] : self.ends[cid]]

    def candidate(self, cid: int) -> Candidate:
        kind = KINDS[self.kinds[cid]]
        ti = self.text_ids[cid]
        aid = self.article_ids[ti]
        refs = self.refs
        ref = refs.ref(kind, aid, self.nums[cid]) if isinstance(refs, CandidateRefs) else refs[cid]
        return Candidate(kind, self._text(cid), aid, self.starts[cid], ref)

    # ------------------------------------------------------------ expansion

    @property
    def vocab(self) -> list[str]:
        if self._vocab is None:
            self._vocab = sorted(self.postings.lists)
        return self._vocab

    @property
    def deletes(self) -> DeleteIndex:
        if self._deletes is None:
            self._deletes = DeleteIndex.build(self.vocab)
        return self._deletes

    def _near(self, deletion: str) -> Iterable[str]:
        vocab = self.vocab
        return (vocab[i] for i in self.deletes.lookup(deletion))

    def warm(self) -> None:
        """Build the lazily made structures now (call from a worker)."""
        _ = self.deletes

    def _prefixed(self, prefix: str, limit: int = 100) -> list[str]:
        vocab = self.vocab
        i = bisect.bisect_left(vocab, prefix)
        out = []
        while i < len(vocab) and vocab[i].startswith(prefix) and len(out) < limit:
            out.append(vocab[i])
            i += 1
        return out

    def _expand_uncached(self, word: str, last: bool) -> tuple[tuple[str, float], ...]:
        """Vocabulary words ``word`` may stand for, with a weight (1 = exact)."""
        found: dict[str, float] = {}
        postings = self.postings
        if word in postings:
            found[word] = 1.0
        if last or len(word) >= 3:
            for w in self._prefixed(word):
                found.setdefault(w, 0.9 if last else 0.6)
        if 4 <= len(word) <= MAX_TYPO_WORD:
            max_d = 1 if len(word) < 8 else 2
            cands = set(self._near(word))
            for d in _deletes(word):
                if d in postings:
                    cands.add(d)
                cands.update(self._near(d))
            for w in cands:
                if w not in found:
                    dist = OSA.distance(word, w, score_cutoff=max_d)  # a swap counts as one typo
                    if dist <= max_d:
                        found[w] = 0.8 if dist == 1 else 0.6
            if last and len(word) >= 5:
                # a typo in the word being typed: prefixes of near words
                for d in _deletes(word):
                    for w in self._prefixed(d, 20):
                        found.setdefault(w, 0.5)
        return tuple(found.items())

    # --------------------------------------------------------------- search

    def search(self, query: str, limit: int = 50, kinds: Iterable[str] | None = None) -> list[Hit]:
        hits = self._search(query, limit, kinds, loose=False)
        if len(hits) < min(limit, 10):
            # few hits: widen each word to the words sharing its first letters,
            # as a brute-force fuzzy match would, and keep the better of both
            more = self._search(query, limit, kinds, loose=True)
            seen = {(h.candidate.kind, h.candidate.ref, h.candidate.start) for h in hits}
            hits += [h for h in more if (h.candidate.kind, h.candidate.ref, h.candidate.start) not in seen]
            hits.sort(key=lambda h: -h.score)
            hits = hits[:limit]
        return hits

    def _loose(self, word: str) -> tuple[tuple[str, float], ...]:
        """Words sharing the query word's first letters, and words that hold
        it or one of its near forms inside ("terrorism" in "counterterrorism"),
        as a fuzzy substring match would find them."""
        stem = word[: max(3, len(word) - 3)] if len(word) >= 4 else word
        found = {w: 0.4 for w in self._prefixed(stem, 300)}
        if len(word) >= 3:
            near = [w for w, weight in self._expand(word, False) if weight >= 0.6][:3]
            for form in dict.fromkeys([word, *near]):
                for w in self._infix(form):
                    found.setdefault(w, 0.5)
        return tuple(found.items())

    def _id_set_uncached(self, word: str) -> frozenset[int]:
        """A word's candidates as a set, for probing many candidates at once
        (only for lists up to SET_PROBE_LIMIT long; the last few are cached)."""
        return frozenset(self.postings.ids(word))

    def _infix_uncached(self, part: str) -> tuple[str, ...]:
        """Vocabulary words that hold ``part`` after their first letter (a
        scan of the vocabulary, cached per word; only for searches that
        found few hits)."""
        out = []
        for w in self.vocab:
            if part in w and not w.startswith(part):
                out.append(w)
                if len(out) >= 300:
                    break
        return tuple(out)

    def _search(self, query: str, limit: int, kinds: Iterable[str] | None, loose: bool) -> list[Hit]:
        words = [_norm(w) for w in _WORD.findall(query)]
        if not words:
            return []
        postings = self.postings
        expanded = []
        for n, w in enumerate(words):
            last = n == len(words) - 1 and not query[-1:].isspace()
            exp = self._expand(w, last)
            if loose:
                exp = tuple({**dict(self._loose(w)), **dict(exp)}.items())
            size = sum(postings.size(vw) for vw, _ in exp)
            expanded.append((size, exp))
        expanded.sort(key=lambda e: e[0])
        counts: dict[int, float] = {}
        matched_words: set[str] = set()
        gathered = 0
        for size, exp in expanded:
            if not exp:
                continue
            matched_words.update(vw for vw, _ in exp)
            # walk the first (rarest) word; walk later ones only while few
            # candidates are known, else probe those candidates
            walk = not counts or (size <= WALK_LIMIT and len(counts) < PROBE_CANDIDATES and gathered < GATHER_LIMIT)
            if walk:
                best: dict[int, float] = {}
                for vw, weight in sorted(exp, key=lambda e: -e[1]):
                    for cid in postings.ids(vw):
                        if best.get(cid, 0.0) < weight:
                            best[cid] = weight
                        if len(best) >= GATHER_LIMIT:
                            break
                for cid, weight in best.items():
                    counts[cid] = counts.get(cid, 0.0) + weight
                gathered += len(best)
            else:
                probes = sorted(exp, key=lambda e: (-e[1], -postings.size(e[0])))[:PROBE_WORDS]
                if size <= SET_PROBE_LIMIT:
                    # lists short enough to hash: every candidate found so far is
                    # checked, not only the first few thousand (in a library of
                    # near-duplicates those can all miss the other words)
                    add: dict[int, float] = {}
                    for vw, weight in sorted(probes, key=lambda e: e[1]):  # the best expansion last
                        for cid in counts.keys() & self._id_set(vw):
                            add[cid] = weight
                    for cid, weight in add.items():
                        counts[cid] += weight
                    continue
                # a very common word: probe the candidates found so far, the best
                # of them, against its likeliest expansions (bounded work)
                if len(counts) > PROBE_CANDIDATES:
                    keep = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:PROBE_CANDIDATES]
                    counts = dict(keep)
                for cid in counts:
                    for vw, weight in probes:
                        if postings.contains(vw, cid):
                            counts[cid] += weight
                            break
        if not counts:
            return []
        need = (0.3 if loose else 0.5) * len(words)  # at least half the words, typos weighed lower
        allowed = {_KIND_CODE[k] for k in kinds} if kinds is not None else None
        kinds_arr = self.kinds
        pool = [cid for cid, c in counts.items() if c >= need * 0.99 and (allowed is None or kinds_arr[cid] in allowed)]
        if len(pool) > RESCORE:
            pool.sort(key=lambda cid: -counts[cid])
            pool = pool[:RESCORE]
        q = " ".join(words)
        scored = []
        for cid in pool:
            text = self._text(cid)
            kind = KINDS[kinds_arr[cid]]
            found = scorer(q, text)
            if kind == "speaker":
                # a name and its role in any order: "chancelor gordon brwn" is "Gordon Brown, Chancellor"
                found = max(found, fuzz.token_sort_ratio(q, _norm(text.split(" (", 1)[0])))
            score = (1 - CLOSENESS_WEIGHT) * found + CLOSENESS_WEIGHT * closeness(q, kind, text)
            # a hit with every word of the query before one with some ("yukos auction": not "… heads auction")
            score *= 1 - COVERAGE_WEIGHT * (1 - min(1.0, counts[cid] / len(words)))
            # ties: more query words, then the kind, then shorter text
            scored.append((score, counts[cid], _KIND_BONUS[kinds_arr[cid]], -len(text), -cid))
        scored.sort(reverse=True)
        out = []
        for score, _c, _b, _l, neg in scored[:limit]:
            cand = self.candidate(-neg)
            shown = _norm(cand.text[:HIGHLIGHT_CHARS])
            spans = tuple(m.span() for m in _WORD.finditer(shown) if m.group() in matched_words)
            out.append(Hit(cand, round(score, 2), spans))
        return out

    def brute_force(self, query: str, limit: int = 10, texts: Sequence[str] | None = None) -> list[tuple[float, int]]:
        """The baseline the benchmark compares with: every candidate scored by
        rapidfuzz (``partial_ratio`` over all of them in C++, then the
        short-text rule of :func:`scorer` on the best 2,000)."""
        from rapidfuzz import process

        q = normalize_query(query)
        if texts is None:
            texts = [self._text(cid) for cid in range(len(self))]
        res = process.extract(q, texts, scorer=fuzz.partial_ratio, processor=_norm, limit=max(limit, 2000))
        rescored = sorted(((scorer(q, texts[cid]), cid) for _t, _s, cid in res), key=lambda x: (-x[0], x[1]))
        return rescored[:limit]


#: ``@blair iraq``, ``@"tony blair" iraq``: a speaker, then what they said
_SPEAKER_PREFIX = re.compile(r'\s*@(?:"([^"]+)"|(\S+))\s*')


def split_speaker(query: str) -> tuple[str | None, str]:
    """``("blair", "iraq")`` for ``@blair iraq``; ``(None, query)`` without an ``@``."""
    m = _SPEAKER_PREFIX.match(query)
    if m is None:
        return None, query
    return (m.group(1) or m.group(2)).replace("_", " ").strip() or None, query[m.end() :]


def speakers_asked(index, query: str, speaker: str | None = None) -> tuple[str | None, set[str] | None, str]:
    """The name a query asks for (``@name`` in it, or ``speaker``), the ids
    of the speakers it names and the query's words: ``(None, None, query)``
    without a name; an empty set when the name matches no one (typos
    forgiven: :meth:`tui.index.Index.speakers_named`)."""
    name, words = split_speaker(query)
    name = speaker or name
    if name is None:
        return None, None, words
    return name, {sp.id for sp in index.speakers_named(name)}, words


def search_said(search: SearchIndex, index, query: str, limit: int = 20, kinds: Iterable[str] | None = None,
                speaker_ids: set[str] | None = None) -> list[Hit]:
    """``search.search(query)``, or with ``speaker_ids`` what those speakers
    said about it: only their quotes (all of them, in library order, for an
    empty query)."""
    if speaker_ids is None:
        return search.search(query, limit=limit, kinds=kinds) if query.strip() else []
    if not query.strip():
        out = []
        for art in index.articles:
            for q in index.quotes_of(art.id):
                if q.speaker_id in speaker_ids:
                    out.append(Hit(Candidate("quote", q.text, art.id, q.start, q.id), 0.0, ()))
                    if len(out) >= limit:
                        return out
        return out
    hits = search.search(query, limit=max(limit * 50, 1000), kinds=["quote"])
    out = [h for h in hits if index.quote(h.candidate.ref).speaker_id in speaker_ids]
    return out[:limit]
