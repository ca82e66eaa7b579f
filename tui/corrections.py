"""Corrections: the user's fixes to quotes and speakers, kept in a file and applied on every load.

``corrections.yaml`` in the user data folder (``$XDG_DATA_HOME/pressroom``
on Linux, via platformdirs; ``PRESSROOM_CORRECTIONS`` names another file)
is a list of corrections, applied in the order they were made, by the
reader and by every command of the CLI::

    - quote: {article: 001_blair, span: [120, 188], was: direct, text: "We will not back down"}
      speaker: Tony Blair          # another speaker (one of the library's, or a new one)
    - quote: {article: 001_blair, span: [410, 422], was: direct, text: "New Labour"}
      not_a_quote: true            # marks that are not a quotation: kind scare, no speaker
    - quote: {article: 002_fox, span: [80, 150], was: mixed, text: "…"}
      kind: direct                 # another kind
    - rename: Tories Ken Clarke
      to: Ken Clarke               # the name of a speaker the reader got wrong
    - merge: Cable
      into: Vince Cable            # two speakers who are one person
    - split: Sir Ian Blair
      from: Tony Blair             # an alias that is someone else

A quote is named by its article id, its span and its exact words, never by
an internal number, so that a correction survives re-parsing with a newer
parser: when the span moved (the parser now takes a word more or less, or
the file was edited), the quote holding the same words is the one
corrected. A correction whose quote is gone, or whose speaker no longer
exists, is a warning on the index (``pressroom check`` lists it), never
dropped silently. A speaker is named by the name the reader shows; where
several speakers share it (a description such as "spokesman" is its own
speaker in each article), ``article:`` says which.

Corrected quotes and speakers carry ``corrected=True`` (the reader's status
line, the CLI's JSON). A broken file is one warning naming the file and
line, and nothing of it is applied; the reader never writes over it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .model import PERSON, QUOTE_KINDS, Problem, Quote, Speaker
from .speakers import normalize_name, slug
from .userfiles import user_file, write_atomically

#: the kinds a quote with quote marks has; "not a quotation" makes such a quote ``scare``
MARKED_KINDS = ("direct", "mixed", "nested", "scare")

HEADER = """\
# Pressroom corrections: applied in order on every load, by the reader and the CLI.
# Each entry fixes a quote (named by article id, span and exact words) or a speaker
# (named as the reader shows it). Edit freely; `pressroom check` reports entries that
# no longer find their quote or speaker. See the README, "Corrections".
"""


class CorrectionsError(Exception):
    """The corrections file cannot be read (with where)."""


@dataclass(frozen=True)
class QuoteFix:
    """A change to one quote: another ``speaker``, another ``kind``, or ``not_a_quote``."""

    article: str
    start: int
    end: int
    text: str
    was: str | None = None
    speaker: str | None = None
    kind: str | None = None
    not_a_quote: bool = False
    line: int | None = None

    def record(self) -> dict:
        quote = {"article": self.article, "span": [self.start, self.end]}
        if self.was:
            quote["was"] = self.was
        quote["text"] = self.text
        rec: dict = {"quote": quote}
        if self.speaker is not None:
            rec["speaker"] = self.speaker
        if self.kind is not None:
            rec["kind"] = self.kind
        if self.not_a_quote:
            rec["not_a_quote"] = True
        return rec

    def describe(self) -> str:
        words = " ".join(self.text.split())
        words = words if len(words) <= 50 else words[:49] + "…"
        return f"{self.article} [{self.start}:{self.end}] “{words}”"


#: speaker corrections: the key naming the speaker acted on, and the key of the other name
SPEAKER_ACTIONS = {"rename": "to", "merge": "into", "split": "from"}


@dataclass(frozen=True)
class SpeakerFix:
    """``rename`` NAME ``to`` OTHER; ``merge`` NAME ``into`` OTHER;
    ``split`` NAME (an alias) ``from`` OTHER (the speaker it leaves)."""

    action: str
    name: str
    other: str
    article: str | None = None
    line: int | None = None

    def record(self) -> dict:
        rec = {self.action: self.name, SPEAKER_ACTIONS[self.action]: self.other}
        if self.article:
            rec["article"] = self.article
        return rec

    def describe(self) -> str:
        return f"{self.action} {self.name!r} {SPEAKER_ACTIONS[self.action]} {self.other!r}"


Fix = QuoteFix | SpeakerFix


@dataclass
class Corrections:
    fixes: list[Fix] = field(default_factory=list)
    path: Path | None = None
    #: what could not be read (one line each); a file with problems is never written over
    problems: list[Problem] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.fixes)

    @property
    def writable(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def fingerprint(self) -> str:
        """Changes when the corrections change (the cached search index holds speakers' names)."""
        h = hashlib.blake2b(digest_size=8)
        for fix in self.fixes:
            h.update(repr(fix.record()).encode("utf-8"))
        return h.hexdigest()

    def add(self, fix: Fix) -> None:
        self.fixes.append(fix)

    def save(self) -> Path:
        if self.path is None:
            self.path = default_path()
        if not self.writable:
            raise CorrectionsError(f"{self.path} could not be read; it is not written over (mend it by hand)")
        body = yaml.safe_dump([f.record() for f in self.fixes], allow_unicode=True, sort_keys=False, width=100)
        return write_atomically(self.path, HEADER + ("" if not self.fixes else body))


def default_path() -> Path:
    return user_file("PRESSROOM_CORRECTIONS", "data", "corrections.yaml")


# ---------------------------------------------------------------- reading


def load(path: Path | None = None) -> Corrections:
    """The corrections in ``path`` (none when there is no file). A file that
    is not YAML, or not a list, is one error and nothing of it applies; an
    entry that makes no sense is one warning and the others apply."""
    path = path or default_path()
    out = Corrections(path=path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return out
    except (OSError, UnicodeDecodeError) as exc:
        out.problems.append(Problem(str(path), f"cannot read the corrections ({exc.__class__.__name__}); "
                                    "none are applied"))
        return out
    loader = yaml.SafeLoader(raw)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        why = getattr(exc, "problem", None) or "syntax error"
        out.problems.append(Problem(str(path), f"not valid YAML ({why}); no correction is applied",
                                    mark.line + 1 if mark is not None else None))
        return out
    finally:
        loader.dispose()
    if data is None:
        return out
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        out.problems.append(Problem(str(path), "the corrections are a list of entries (see the README, "
                                    "\"Corrections\"); no correction is applied", 1))
        return out
    for entry, entry_node in zip(data, node.value):
        line = entry_node.start_mark.line + 1
        try:
            out.fixes.append(_fix(entry, line))
        except ValueError as exc:
            out.problems.append(Problem(str(path), f"{exc}; this correction is ignored", line, "warning"))
    return out


def _text(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} is not a name")
    return value.strip()


def _fix(entry, line: int) -> Fix:
    if not isinstance(entry, dict):
        raise ValueError("an entry is a mapping (quote: … or rename:/merge:/split: …)")
    if "quote" in entry:
        q = entry["quote"]
        if not isinstance(q, dict):
            raise ValueError("quote: is a mapping of article, span and text")
        article, span, text = q.get("article"), q.get("span"), q.get("text")
        if not isinstance(article, (str, int)) or not str(article):
            raise ValueError("quote: names no article")
        if (not isinstance(span, list) or len(span) != 2 or not all(isinstance(x, int) and x >= 0 for x in span)
                or span[0] >= span[1]):
            raise ValueError("quote: span is [start, end], two offsets")
        if not isinstance(text, str) or not text:
            raise ValueError("quote: text is the quote's exact words")
        was = q.get("was")
        if was is not None and was not in QUOTE_KINDS:
            raise ValueError(f"quote: was {was!r} is not a quote kind ({', '.join(QUOTE_KINDS)})")
        speaker = entry.get("speaker")
        kind = entry.get("kind")
        not_a_quote = entry.get("not_a_quote", False)
        if speaker is not None:
            speaker = _text(speaker, "speaker:")
        if kind is not None and kind not in QUOTE_KINDS:
            raise ValueError(f"kind {kind!r} is not a quote kind ({', '.join(QUOTE_KINDS)})")
        if not isinstance(not_a_quote, bool):
            raise ValueError("not_a_quote is true or false")
        if speaker is None and kind is None and not not_a_quote:
            raise ValueError("the entry changes nothing (speaker:, kind: or not_a_quote: true)")
        return QuoteFix(str(article), span[0], span[1], text, was, speaker, kind, not_a_quote, line)
    for action, other_key in SPEAKER_ACTIONS.items():
        if action in entry:
            if other_key not in entry:
                raise ValueError(f"{action}: needs {other_key}:")
            article = entry.get("article")
            return SpeakerFix(action, _text(entry[action], f"{action}:"), _text(entry[other_key], f"{other_key}:"),
                              str(article) if article is not None else None, line)
    raise ValueError("an entry is quote: (with speaker:, kind: or not_a_quote:), rename:, merge: or split:")


# --------------------------------------------------------------- applying


class _Work:
    """The index while corrections are applied: the quotes of the articles
    touched and the speakers, changed in place, handed back at the end."""

    def __init__(self, index):
        self.index = index
        self.speakers: dict[str, Speaker] = dict(index.speakers)
        self.quotes: dict[str, list[Quote]] = {}
        self.order = {a.id: n for n, a in enumerate(index.articles)}
        self.touched_speakers: set[str] = set()
        self.corrected_speakers: set[str] = set()

    def quotes_of(self, article_id: str) -> list[Quote]:
        if article_id not in self.quotes:
            self.quotes[article_id] = list(self.index.quotes_of(article_id))
        return self.quotes[article_id]

    def articles_of(self, speaker_id: str) -> list[str]:
        sp = self.speakers.get(speaker_id)
        aids = [aid for aid, _n in sp.articles] if sp is not None else []
        # (and the articles where a correction already gave it quotes)
        aids += [aid for aid, qs in self.quotes.items() if aid not in aids and any(q.speaker_id == speaker_id for q in qs)]
        return aids

    def named(self, name: str, article: str | None = None) -> list[Speaker]:
        """The speakers called ``name``: by their name, else by an alias;
        only those quoted in ``article`` when it is given."""
        key = normalize_name(name)
        pool = list(self.speakers.values())
        if article is not None:
            pool = [sp for sp in pool if article in self.articles_of(sp.id)]
        by_name = [sp for sp in pool if normalize_name(sp.name) == key]
        return by_name or [sp for sp in pool if key in (normalize_name(a) for a in sp.aliases)]

    def new_speaker(self, name: str, kind: str = PERSON) -> Speaker:
        base = slug(name)
        sid, n = base, 2
        while sid in self.speakers:
            sid, n = f"{base}~{n}", n + 1
        sp = Speaker(id=sid, name=name, kind=kind)
        self.speakers[sid] = sp
        self.corrected_speakers.add(sid)
        return sp

    def move_quotes(self, source: str, target: str, only=None) -> None:
        """``source``'s quotes become ``target``'s (those ``only`` accepts)."""
        for aid in self.articles_of(source):
            qs = self.quotes_of(aid)
            for i, q in enumerate(qs):
                if q.speaker_id == source and (only is None or only(q)):
                    qs[i] = replace(q, speaker_id=target)
        self.touched_speakers.update((source, target))

    def finish(self) -> tuple[dict[str, tuple[Quote, ...]], dict[str, Speaker]]:
        """The changed quotes per article, and the speakers with their
        articles and counts made again from the quotes."""
        counts: dict[str, dict[str, int]] = {}
        for aid, qs in self.quotes.items():
            for q in qs:
                if q.speaker_id:
                    per = counts.setdefault(q.speaker_id, {})
                    per[aid] = per.get(aid, 0) + 1
        touched = self.touched_speakers | self.corrected_speakers
        for qs in self.quotes.values():
            touched.update(q.speaker_id for q in qs if q.speaker_id)
        for sid in touched:
            sp = self.speakers.get(sid)
            if sp is None:
                continue
            per = {aid: n for aid, n in sp.articles if aid not in self.quotes}
            per.update(counts.get(sid, {}))
            if not per:
                del self.speakers[sid]  # no quote names it any more
                continue
            arts = tuple(sorted(per.items(), key=lambda kv: self.order.get(kv[0], len(self.order))))
            sp = replace(sp, articles=arts, quote_count=sum(n for _a, n in arts),
                         article_roles=tuple((a, r) for a, r in sp.article_roles if a in per))
            if sid in self.corrected_speakers:
                sp = replace(sp, corrected=True)
            self.speakers[sid] = sp
        return {aid: tuple(qs) for aid, qs in self.quotes.items()}, self.speakers


def apply(index, corrections: Corrections | Iterable[Fix], reported: bool = True) -> list[Problem]:
    """Apply the corrections to ``index``, in order; one warning for each
    that found nothing to correct (its quote or its speaker is gone).
    Quotes of articles the library does not hold are not its to correct;
    nor, in an index built without reported speech (``reported`` false),
    corrections of reported speech."""
    path = str(corrections.path) if isinstance(corrections, Corrections) and corrections.path else "corrections"
    fixes = list(corrections.fixes if isinstance(corrections, Corrections) else corrections)
    if not fixes:
        return []
    work = _Work(index)
    known = {a.id for a in index.articles}
    problems: list[Problem] = []
    for fix in fixes:
        if isinstance(fix, QuoteFix):
            if fix.article not in known or (fix.was == "indirect" and not reported):
                continue
            why = _apply_quote(work, fix)
        else:
            why = _apply_speaker(work, fix)
        if why:
            problems.append(Problem(path, f"correction {fix.describe()}: {why}", fix.line, "warning"))
    quotes, speakers = work.finish()
    index.amend(quotes, speakers)
    return problems


def find_quote(quotes: list[Quote], text: str, fix: QuoteFix) -> int | None:
    """The position in ``quotes`` of the quote ``fix`` names: the same span
    and words; else the quote holding the same words nearest the old span
    (the text moved); else the quote that overlaps the words most, one
    holding the other (the parser now takes a word more or less)."""
    for i, q in enumerate(quotes):
        if q.start == fix.start and q.end == fix.end and q.text == fix.text:
            return i
    same = [i for i, q in enumerate(quotes) if q.text == fix.text]
    if same:
        return min(same, key=lambda i: abs(quotes[i].start - fix.start))
    # where the words are in the article now (nearest the old place)
    spots, at = [], text.find(fix.text)
    while at != -1 and len(spots) < 1000:
        spots.append(at)
        at = text.find(fix.text, at + 1)
    best, best_key = None, None
    for s in spots:
        e = s + len(fix.text)
        for i, q in enumerate(quotes):
            if q.start < e and s < q.end and ((q.start <= s and e <= q.end) or (s <= q.start and q.end <= e)):
                overlap = min(e, q.end) - max(s, q.start)
                if overlap * 2 < max(e - s, q.end - q.start):
                    continue  # not the same quote, only a piece of it
                key = (-overlap, abs(s - fix.start))
                if best_key is None or key < best_key:
                    best, best_key = i, key
    return best


def _apply_quote(work: _Work, fix: QuoteFix) -> str | None:
    qs = work.quotes_of(fix.article)
    i = find_quote(qs, work.index.article(fix.article).text, fix)
    if i is None:
        return "the quote is no longer found"
    q = qs[i]
    old = q.speaker_id
    if fix.not_a_quote:
        if q.kind in MARKED_KINDS:
            q = replace(q, kind="scare", speaker_id=None, mention=None, mention_span=None, resolution=None,
                        role=None, rule="corrected", corrected=True)
        else:  # reported speech that is none: nothing of it stays
            del qs[i]
            if old:
                work.touched_speakers.add(old)
            return None
    if fix.kind is not None and fix.kind != q.kind:
        q = replace(q, kind=fix.kind, corrected=True)
    if fix.speaker is not None:
        here = [sp for sp in work.named(fix.speaker) if fix.article in work.articles_of(sp.id)]
        found = here or sorted(work.named(fix.speaker), key=lambda sp: -sp.quote_count)
        sp = found[0] if found else work.new_speaker(fix.speaker)
        if sp.id != q.speaker_id:
            q = replace(q, speaker_id=sp.id, mention=None, mention_span=None, resolution="corrected", role=None,
                        rule="corrected", corrected=True)
            work.touched_speakers.add(sp.id)
    if old:
        work.touched_speakers.add(old)
    qs[i] = replace(q, corrected=True)
    return None


def _one(work: _Work, name: str, article: str | None) -> Speaker | str:
    found = work.named(name, article)
    if not found:
        return f"no speaker is called {name!r}" + (f" in {article}" if article else "")
    if len(found) > 1:
        return f"{len(found)} speakers are called {name!r}; article: says which"
    return found[0]


def _join(first: Iterable[str], more: Iterable[str], leave: str) -> tuple[str, ...]:
    out: list[str] = []
    for n in (*first, *more):
        if n != leave and n not in out:
            out.append(n)
    return tuple(out)


def _merge(work: _Work, source: Speaker, target: Speaker) -> None:
    work.move_quotes(source.id, target.id)
    roles = dict(target.article_roles)
    for aid, role in source.article_roles:
        roles.setdefault(aid, role)
    work.speakers[target.id] = replace(
        target, aliases=_join(target.aliases, (source.name, *source.aliases), target.name),
        roles=_join(target.roles, source.roles, ""),
        articles=tuple((*target.articles, *((a, n) for a, n in source.articles if a not in dict(target.articles)))),
        article_roles=tuple(roles.items()))
    work.corrected_speakers.add(target.id)
    del work.speakers[source.id]


def _apply_speaker(work: _Work, fix: SpeakerFix) -> str | None:
    if fix.action == "split":
        owner = _one(work, fix.other, fix.article)
        if isinstance(owner, str):
            return owner
        key = normalize_name(fix.name)
        if key not in (normalize_name(a) for a in owner.aliases):
            return f"{owner.name!r} has no alias {fix.name!r}"
        others = {normalize_name(n) for n in (owner.name, *owner.aliases)} - {key}
        new = work.new_speaker(fix.name, owner.kind)
        # where the alias is the only name the speaker is given, all its quotes there are the other's;
        # where another of its names is given too, those the alias names, unless the alias is a
        # part of that other name ("Brown" beside "Gordon Brown" is him)
        part_of_other = any(f" {key} " in f" {n} " for n in others)
        whole = set()
        for aid in work.articles_of(owner.id):
            named = {normalize_name(q.mention) for q in work.quotes_of(aid)
                     if q.speaker_id == owner.id and q.mention and q.resolution in ("name", "alias")}
            if key in named and not named & others:
                whole.add(aid)

        def moves(q: Quote) -> bool:
            if q.article_id in whole:
                return True
            return not part_of_other and q.mention is not None and normalize_name(q.mention) == key

        work.move_quotes(owner.id, new.id, moves)
        work.speakers[owner.id] = replace(owner, aliases=tuple(a for a in owner.aliases if normalize_name(a) != key))
        work.corrected_speakers.add(owner.id)
        return None
    sp = _one(work, fix.name, fix.article)
    if isinstance(sp, str):
        return sp
    if fix.action == "merge":
        target = _one(work, fix.other, None)
        if isinstance(target, str):
            return target
        if target.id != sp.id:
            _merge(work, sp, target)
        return None
    # rename: to a name another speaker has is a merge into that one
    taken = [t for t in work.speakers.values() if t.id != sp.id and normalize_name(t.name) == normalize_name(fix.other)]
    if len(taken) == 1 and taken[0].kind == sp.kind:
        _merge(work, sp, taken[0])
        return None
    work.speakers[sp.id] = replace(sp, name=fix.other, aliases=_join(sp.aliases, (), fix.other))
    work.corrected_speakers.add(sp.id)
    return None
