"""Clippings: the quotes a user gathers, kept across sessions, exported with their citations.

The clippings file is JSON (``clippings.json`` in the user data folder:
``$XDG_DATA_HOME/pressroom`` on Linux, via platformdirs; ``PRESSROOM_CLIPPINGS``
names another file). It is meant to be read and kept::

    {"format": "pressroom-clippings", "version": 1, "clippings": [
      {"text": "…", "start": 120, "end": 180, "kind": "direct",
       "article_id": "…", "path": "…", "title": "…", "date": "2025-04-28", "source": null, "url": null,
       "speaker": "Jeon Ha-kyu", "role": "spokesperson for …", "attribution": "…",
       "citation": "“…” — …", "citation_markdown": "> …", "fingerprint": "sha256:…",
       "note": "", "added": "2026-12-02T20:00:00+00:00"}]}

Each clipping keeps the exact words clipped and the citation as it was
shown, so that it never silently changes: when its source file changes or
vanishes, :func:`status` says so and the clipping still shows what was clipped.
Writes are atomic (a temporary file in the same folder, then a rename): a
crash or a second reader never sees half a file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .citation import attribution, clean, format_citation
from .ingest import load_file
from .model import Article, Quote, Speaker
from .userfiles import user_file, write_atomically

FORMAT = "pressroom-clippings"
VERSION = 1
EXPORT_FORMATS = ("markdown", "csv", "jsonl", "csl-json")


@dataclass(frozen=True)
class Clipping:
    text: str
    start: int
    end: int
    kind: str
    article_id: str
    path: str
    title: str
    date: str | None
    source: str | None
    url: str | None
    speaker: str | None
    role: str | None
    attribution: str
    citation: str
    citation_markdown: str
    fingerprint: str
    note: str = ""
    added: str = field(default="")

    @property
    def key(self) -> tuple[str, int, int]:
        """What a clipping is: these words of this article."""
        return (self.article_id, self.start, self.end)


def fingerprint(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def clip(quote: Quote, speaker: Speaker | None, article: Article, note: str = "") -> Clipping:
    """A clipping of ``quote`` as the reader shows it now."""
    role = quote.role or (speaker.role_in(quote.article_id) if speaker else None)
    return Clipping(
        text=article.text[quote.start : quote.end], start=quote.start, end=quote.end, kind=quote.kind,
        article_id=article.id, path=article.path, title=article.title, date=article.date,
        source=article.source, url=article.url, speaker=speaker.name if speaker else None, role=role or None,
        attribution=attribution(quote, speaker), citation=format_citation(quote, speaker, article),
        citation_markdown=format_citation(quote, speaker, article, style="markdown"),
        fingerprint=fingerprint(article.text), note=note,
        added=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    )


def default_path() -> Path:
    return user_file("PRESSROOM_CLIPPINGS", "data", "clippings.json")


class ClippingsError(Exception):
    """The clippings file cannot be read: one line that names it."""


_FIELDS = {f for f in Clipping.__dataclass_fields__}


def load(path: Path | None = None) -> list[Clipping]:
    """The clippings in ``path`` (none when it does not exist yet).

    Raises :class:`ClippingsError` with one clear line when the file is not
    a clippings file; the file is left as it is (nothing is written over it)."""
    path = path or default_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise ClippingsError(f"{path}: cannot read the clippings file ({exc.__class__.__name__})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ClippingsError(f"{path}: not a clippings file (broken JSON at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("clippings"), list):
        raise ClippingsError(f"{path}: not a clippings file (no \"format\": \"{FORMAT}\")")
    out = []
    for n, item in enumerate(data["clippings"], 1):
        if not isinstance(item, dict) or not {"text", "start", "end", "article_id"} <= item.keys():
            raise ClippingsError(f"{path}: clipping {n} is incomplete")
        values = {k: v for k, v in item.items() if k in _FIELDS}
        values.setdefault("kind", "direct")
        for name in ("path", "title", "attribution", "citation", "citation_markdown", "fingerprint"):
            values.setdefault(name, "")
        for name in ("date", "source", "url", "speaker", "role"):
            values.setdefault(name, None)
        try:
            out.append(Clipping(**values))
        except TypeError:
            raise ClippingsError(f"{path}: clipping {n} is incomplete") from None
    return out


def save(clippings: list[Clipping], path: Path | None = None) -> Path:
    """Write ``clippings`` to ``path`` atomically."""
    body = json.dumps({"format": FORMAT, "version": VERSION, "clippings": [asdict(c) for c in clippings]},
                      ensure_ascii=False, indent=1) + "\n"
    return write_atomically(path or default_path(), body)


def toggle(clippings: list[Clipping], new: Clipping) -> tuple[list[Clipping], bool]:
    """``new`` added at the end, or, when those words are clipped already,
    removed; and whether it is clipped now."""
    if any(c.key == new.key for c in clippings):
        return [c for c in clippings if c.key != new.key], False
    return [*clippings, new], True


def moved(clippings: list[Clipping], index: int, delta: int) -> list[Clipping]:
    """The list with clipping ``index`` moved ``delta`` places (within bounds)."""
    to = max(0, min(len(clippings) - 1, index + delta))
    out = list(clippings)
    out.insert(to, out.pop(index))
    return out


def with_note(clippings: list[Clipping], index: int, note: str) -> list[Clipping]:
    out = list(clippings)
    out[index] = replace(out[index], note=clean(note).replace("\n", " ").strip())
    return out


#: how a stale clipping is marked in a list (tui.cli, the reader's Clippings screen)
STATUS_LABELS = {"changed": "source changed", "missing": "source missing"}


def status(c: Clipping, texts: dict[str, str] | None = None) -> str:
    """``fresh`` when the source still holds the words clipped, ``changed``
    when its text is no longer the one clipped, ``missing`` when the source
    is gone. ``texts`` (article id -> text) answers from a loaded library;
    otherwise the file at the clipping's path is read again."""
    return statuses([c], texts)[0]


def statuses(clippings: list[Clipping], texts: dict[str, str] | None = None) -> list[str]:
    """:func:`status` of each clipping, each source file read at most once."""
    read: dict[str, set[str]] = {}  # path -> the fingerprints of its articles (none: gone or empty)
    out = []
    for c in clippings:
        if texts is not None and c.article_id in texts:
            out.append("fresh" if fingerprint(texts[c.article_id]) == c.fingerprint else "changed")
            continue
        if c.path not in read:
            read[c.path] = ({fingerprint(a.text) for a in load_file(c.path).articles}
                            if c.path and os.path.isfile(c.path) else set())
        found = read[c.path]
        out.append("fresh" if c.fingerprint in found else "changed" if found else "missing")
    return out


# ------------------------------------------------------------------ export

def export(clippings: list[Clipping], fmt: str, marks: list[str] | None = None) -> str:
    """The clippings as ``markdown`` (blockquotes with their citations),
    ``csv``, ``jsonl`` or ``csl-json`` (type ``article-newspaper``, for
    reference managers: Zotero imports it); ``marks``: each one's
    :func:`status`, noted beside it."""
    if fmt == "markdown":
        parts = []
        for i, c in enumerate(clippings):
            block = c.citation_markdown
            notes = [n for n in (c.note, _stale_note(marks, i)) if n]
            if notes:
                block += "\n\n" + "\n".join(f"*{n}*" for n in notes)
            parts.append(block)
        return "\n\n".join(parts) + ("\n" if parts else "")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["speaker", "role", "kind", "quote", "title", "date", "source", "url", "article_id", "path",
                    "start", "end", "note", "status"])
        for i, c in enumerate(clippings):
            w.writerow([c.speaker or "", c.role or "", c.kind, c.text, c.title, c.date or "", c.source or "",
                        c.url or "", c.article_id, c.path, c.start, c.end, c.note, _status_of(marks, i)])
        return buf.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps({**asdict(c), "status": _status_of(marks, i)}, ensure_ascii=False) + "\n"
                       for i, c in enumerate(clippings))
    if fmt == "csl-json":
        items = []
        for c in clippings:
            item = {"id": f"{c.article_id}:{c.start}-{c.end}", "type": "article-newspaper", "title": c.title}
            if c.source:
                item["container-title"] = c.source
            if c.url:
                item["URL"] = c.url
            parts = _date_parts(c.date)
            if parts:
                item["issued"] = {"date-parts": [parts]}
            note = f"{c.attribution}: {c.text}" + (f" ({c.note})" if c.note else "")
            item["note"] = note
            items.append(item)
        return json.dumps(items, ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")


def _status_of(marks: list[str] | None, i: int) -> str:
    return marks[i] if marks is not None else ""


def _stale_note(marks: list[str] | None, i: int) -> str:
    s = _status_of(marks, i)
    return {"changed": "The source has changed since this was clipped.",
            "missing": "The source is no longer where it was clipped."}.get(s, "")


def _date_parts(date: str | None) -> list[int] | None:
    if not date:
        return None
    parts = []
    for piece in date[:10].split("-"):
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return parts or None
