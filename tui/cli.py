"""The ``pressroom`` command line: the reader, and the index without the UI.

    pressroom [PATH ...]                      open the reader (default: the seeds)
    pressroom quotes [PATH ...]               every quote with its speaker
    pressroom speakers [PATH ...]             every speaker with roles and counts
    pressroom search QUERY [PATH ...]         fuzzy search, as in the reader
    pressroom check [PATH ...]                every problem with the input, per file
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .citation import attribution
from .clippings import EXPORT_FORMATS
from .content import ContentError
from .index import Index
from .ingest import sanitize
from .library import open_library
from .model import DEFAULT_KINDS, QUOTE_KINDS, Problem
from .paths import seeds_dir

COMMANDS = ("quotes", "speakers", "search", "check", "clippings", "config", "read")


class UserError(Exception):
    """A mistake in how the command was called: one line on stderr, exit 2."""


def _paths(paths: Sequence[str]) -> list[str]:
    """The paths to read (the seed library when none); ``-`` is one article
    read from standard input (``pbpaste | pressroom quotes -``)."""
    return [_stdin_file() if p == "-" else p for p in paths] if paths else [str(seeds_dir())]


_STDIN: list[str] = []  # the file standard input was saved to, once per run


def _stdin_file() -> str:
    """Standard input saved as ``stdin.txt`` in a private temporary folder
    (read once, at most ingest's file limit and one byte more: ingest then
    reports a larger input as it reports a larger file)."""
    if not _STDIN:
        import atexit
        import shutil
        import tempfile

        from .ingest import MAX_FILE_BYTES

        folder = tempfile.mkdtemp(prefix="pressroom-stdin-")
        atexit.register(shutil.rmtree, folder, True)
        path = os.path.join(folder, "stdin.txt")
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        with open(path, "wb") as fh:
            fh.write(data)
        _STDIN.append(path)
    return _STDIN[0]


def _report(problems: Sequence[Problem], stream=None) -> None:
    stream = stream or sys.stderr
    for p in problems:
        # a file name can hold control characters too: never send them to the terminal
        print(f"pressroom: {sanitize(str(p))[0]}", file=stream)


def _use_cache(args) -> bool:
    if "-" in (getattr(args, "paths", None) or ()):
        return False  # standard input is read once: nothing to keep for next time
    return not getattr(args, "no_cache", False) and not os.environ.get("PRESSROOM_NO_CACHE")


def _corrections(args):
    """The user's corrections, unless ``--no-corrections`` asks for the parser's word alone."""
    from . import corrections

    return None if getattr(args, "no_corrections", False) else corrections.load()


def _load(paths: Sequence[str], quiet: bool = False, use_cache: bool = True, reported: bool = False,
          corrections=None) -> Index:
    index, _search, _stats = open_library(_paths(paths), use_cache=use_cache, reported=reported,
                                          corrections=corrections)
    if not quiet:
        _report(index.problems)
    if not index.articles:
        raise UserError("no article could be loaded from " + ", ".join(_paths(paths)))
    return index


def _one_line(text: str) -> str:
    """``text`` on one line: backslashes, tabs and line breaks escaped."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def _format(args) -> str:
    """The format asked for; by default the readable layout on a terminal,
    one line per record when the output goes to a pipe or a file."""
    if args.format:
        return args.format
    return "pretty" if sys.stdout.isatty() else "text"


def _kinds(value: str | None) -> tuple[str, ...]:
    if not value:
        return DEFAULT_KINDS
    if value == "all":
        return QUOTE_KINDS
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in QUOTE_KINDS]
    if bad:
        raise UserError(f"unknown quote kind {bad[0]!r} (choose from {', '.join(QUOTE_KINDS)}, or 'all')")
    return kinds


# ---------------------------------------------------------------- quotes


def quote_record(index: Index, q) -> dict:
    sp = index.speakers.get(q.speaker_id) if q.speaker_id else None
    return {
        "id": q.id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "speaker": sp.name if sp else None,
        "speaker_id": sp.id if sp else None,
        "mention": q.mention,
        "resolution": q.resolution,
        "role": q.role or (sp.role_in(q.article_id) if sp else None),
        "kind": q.kind,
        "cue": q.cue,
        "rule": q.rule,
        "paragraph": q.paragraph,
        "paragraphs": list(q.paragraphs),
        "corrected": q.corrected,
    }


def _speaker_ids(index: Index, query: str, speaker: str | None) -> tuple[set[str] | None, str]:
    """The ids of the speakers asked for (``--speaker`` or ``@name``) and the
    query's words; a name that matches no one is the caller's mistake."""
    from .search import speakers_asked

    name, ids, words = speakers_asked(index, query, speaker)
    if ids is not None and not ids:
        raise UserError(f"no speaker matches {name!r} (see 'pressroom speakers')")
    return ids, words


def _selected_quotes(index: Index, args) -> list[tuple]:
    kinds = _kinds(args.kinds)
    wanted, _words = _speaker_ids(index, "", args.speaker)
    out = []
    for art in index.articles:
        qs = [q for q in index.quotes_of(art.id, kinds) if wanted is None or q.speaker_id in wanted]
        if qs or (wanted is None and args.format in ("jsonl", "json")):
            out.append((art, qs))
    return out


def _wants_reported(args) -> bool:
    return "indirect" in _kinds(getattr(args, "kinds", None))


def cmd_quotes(args) -> int:
    index = _load(args.paths, args.quiet, _use_cache(args), _wants_reported(args), _corrections(args))
    args.format = _format(args)
    selected = _selected_quotes(index, args)
    out = sys.stdout
    fmt = args.format
    if fmt in ("jsonl", "json"):
        records = [
            {"id": art.id, "path": art.path, "title": art.title, "date": art.date,
             "quotes": [quote_record(index, q) for q in qs]}
            for art, qs in selected
        ]
        if fmt == "jsonl":
            for rec in records:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            json.dump(records, out, ensure_ascii=False, indent=2)
            out.write("\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["article_id", "path", "title", "date", "quote_id", "start", "end", "kind",
                    "speaker", "role", "mention", "paragraph", "text"])
        for art, qs in selected:
            for q in qs:
                r = quote_record(index, q)
                w.writerow([art.id, sanitize(art.path)[0], art.title, art.date or "", q.id, q.start, q.end, q.kind,
                            r["speaker"] or "", r["role"] or "", q.mention or "", q.paragraph, q.text])
        out.write(buf.getvalue())
    elif fmt == "markdown":
        for art, qs in selected:
            out.write(f"## {art.title}\n\n")
            if art.date:
                out.write(f"*{art.date}*\n\n")
            for q in qs:
                sp = index.speakers.get(q.speaker_id) if q.speaker_id else None
                body = q.text.replace("\n", "\n> ")
                out.write(f"> {body}\n>\n> — {attribution(q, sp)}\n\n")
    elif fmt == "text":
        # one quote per line, tab-separated, for grep and cut: where it is, who, what
        for art, qs in selected:
            for q in qs:
                sp = index.speakers.get(q.speaker_id) if q.speaker_id else None
                body = _one_line(q.text)
                body = body if q.kind == "indirect" else f"“{body}”"  # reported speech has no quote marks
                out.write("\t".join((_one_line(sp.name) if sp else "-", art.date or "-", _one_line(art.id),
                                      q.kind, body)) + "\n")
    else:
        for art, qs in selected:
            out.write(f"{art.title}" + (f" ({art.date})" if art.date else "") + "\n")
            for q in qs:
                sp = index.speakers.get(q.speaker_id) if q.speaker_id else None
                tag = "" if q.kind in ("direct",) else f" [{q.kind}]"
                body = q.text if q.kind == "indirect" else f"“{q.text}”"  # reported speech has no quote marks
                out.write(f"  ¶{q.paragraph} {body}{tag}\n      — {attribution(q, sp)}\n")
            out.write("\n")
    return 0


# -------------------------------------------------------------- speakers


def cmd_speakers(args) -> int:
    index = _load(args.paths, args.quiet, _use_cache(args), _wants_reported(args), _corrections(args))
    kinds = set(_kinds(args.kinds))
    rows = []
    for sp in index.speakers.values():
        qs = [q for q in index.quotes_by(sp.id) if q.kind in kinds]
        if not qs:
            continue
        arts: dict[str, int] = {}
        for q in qs:
            arts[q.article_id] = arts.get(q.article_id, 0) + 1
        rows.append((sp, len(qs), arts))
    rows.sort(key=lambda r: (-r[1], r[0].name.lower()))
    fmt = _format(args)
    data = [
        {"id": sp.id, "name": sp.name, "kind": sp.kind, "roles": list(sp.roles), "aliases": list(sp.aliases),
         "quotes": n, "articles": [{"id": a, "quotes": c} for a, c in arts.items()], "corrected": sp.corrected}
        for sp, n, arts in rows
    ]
    if fmt == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if fmt == "jsonl":
        for rec in data:
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return 0
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(["id", "name", "kind", "role", "quotes", "articles", "aliases"])
        for rec in data:
            w.writerow([rec["id"], rec["name"], rec["kind"], rec["roles"][0] if rec["roles"] else "", rec["quotes"],
                        len(rec["articles"]), "; ".join(rec["aliases"])])
        return 0
    if fmt == "text":
        for sp, n, arts in rows:  # one speaker per line
            print("\t".join((_one_line(sp.name), sp.kind, str(n), str(len(arts)), _one_line(sp.roles[0]) if sp.roles else "-")))
        return 0
    for sp, n, arts in rows:
        line = f"{sp.name} ({sp.kind})"
        if sp.roles:
            line += f" — {sp.roles[0]}"
        print(line)
        detail = f"  {n} quote{'s' if n != 1 else ''} in {len(arts)} article{'s' if len(arts) != 1 else ''}"
        if sp.aliases:
            detail += "; also: " + ", ".join(sp.aliases)
        print(detail)
    return 0


# ---------------------------------------------------------------- search


def cmd_search(args) -> int:
    from .search import SearchIndex, search_said

    index = _load(args.paths, args.quiet, _use_cache(args), corrections=_corrections(args))
    wanted, query = _speaker_ids(index, args.query, args.speaker)
    kinds = args.type.split(",") if args.type else None
    hits = search_said(SearchIndex.from_index(index), index, query, args.limit, kinds, wanted)
    for h in hits:
        c = h.candidate
        q = index.quote(c.ref) if c.kind == "quote" else None
        sp = index.speakers.get(q.speaker_id) if q is not None and q.speaker_id else None
        title = index.article(c.article_id).title if c.article_id else None
        tag = "reported" if q is not None and q.kind == "indirect" else c.kind
        if args.format == "jsonl":
            rec = {"type": c.kind, "kind": q.kind if q is not None else None, "score": h.score, "text": c.text,
                   "snippet": _snippet(c.text, h.highlights), "speaker": sp.name if sp else None,
                   "article": c.article_id, "title": title, "start": c.start if c.article_id else None,
                   "end": c.start + len(c.text) if c.article_id else None, "ref": c.ref}
            print(json.dumps(rec, ensure_ascii=False))
        else:
            who = f" — {sp.name}" if sp else ""
            where = f"  [{_one_line(title)}]" if title and c.kind != "title" else ""
            print(f"{tag:<9} {h.score:6.1f}  {_one_line(_snippet(c.text, h.highlights))}{who}{where}")
    return 0 if hits else 1


def _snippet(text: str, highlights, width: int = 100) -> str:
    """``text`` on one line, cut to ``width`` around its first matched word (…
    where it was cut): the reason the hit matched stays in view."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    start = highlights[0][0] if highlights else 0
    # the offset in the flattened text: whitespace runs shrink to one space
    pos = len(" ".join(text[:start].split())) + (1 if start and text[start - 1].isspace() else 0)
    lo = max(0, min(pos - width // 3, len(flat) - width))
    hi = lo + width
    if lo > 0 and " " in flat[lo : lo + 15]:
        lo = flat.index(" ", lo) + 1  # whole words at both ends
    if hi < len(flat) and " " in flat[hi - 15 : hi]:
        hi = flat.rindex(" ", 0, hi)
    return ("…" if lo > 0 else "") + flat[lo:hi] + ("…" if hi < len(flat) else "")


# ----------------------------------------------------------------- check


def cmd_check(args) -> int:
    corrections = _corrections(args)
    # a correction of reported speech is checked against reported speech (parsed for it)
    reported = corrections is not None and any(getattr(f, "was", None) == "indirect" for f in corrections.fixes)
    index, _search, _stats = open_library(_paths(args.paths), use_cache=_use_cache(args), reported=reported,
                                          corrections=corrections)
    _report(index.problems, sys.stdout)
    dups = index.duplicate_of
    for aid, first in dups.items():
        print(f"pressroom: {sanitize(index.article(aid).path)[0]}: the same text as "
              f"{sanitize(index.article(first).path)[0]} (listed once in search)")
    errors = [p for p in index.problems if p.severity == "error"]
    n_q = index.quote_count
    print(f"{len(index.articles)} article(s) loaded, {n_q} quote(s); "
          f"{len(errors)} error(s), {len(index.problems) - len(errors)} warning(s)"
          + (f", {len(dups)} duplicate article(s)" if dups else ""))
    return 1 if errors else 0


# ------------------------------------------------------------------ read


def cmd_read(args) -> int:
    if "-" in args.paths:
        raise UserError("- (standard input) is for quotes, speakers, search and check: the reader needs the "
                        "terminal for its keys; save the text to a file and open that")
    try:
        from .ui.app import run
    except ImportError as exc:  # pragma: no cover - textual missing
        raise UserError(f"the reader needs Textual: {exc}") from exc
    return run(_paths(args.paths), use_cache=_use_cache(args))


# ------------------------------------------------------------- clippings


def cmd_clippings(args) -> int:
    from . import clippings as clips

    path = Path(args.file) if args.file else clips.default_path()
    if args.action == "path":
        print(path)  # (whatever the file holds)
        return 0
    try:
        items = clips.load(path)
    except clips.ClippingsError as exc:
        raise UserError(str(exc)) from None
    marks = clips.statuses(items)
    if args.action == "export":
        sys.stdout.write(clips.export(items, args.format or "markdown", marks))
        return 0
    if not items:
        print(f"no clippings yet (c in the reader clips a quote; they are kept in {path})", file=sys.stderr)
        return 0
    for n, (c, st) in enumerate(zip(items, marks), 1):
        flag = f" [{clips.STATUS_LABELS[st]}]" if st in clips.STATUS_LABELS else ""
        line = "\t".join([str(n), c.speaker or "unattributed", c.date or "", c.title, _one_line(c.text)])
        print(sanitize(line)[0] + flag + (f"\t# {sanitize(c.note)[0]}" if c.note else ""))
    return 0


# ---------------------------------------------------------------- config


def cmd_config(args) -> int:
    from . import config as user_config

    path = user_config.default_path()
    if args.action == "path":
        print(path)
        return 0
    themes = None
    try:
        from textual.theme import BUILTIN_THEMES

        themes = frozenset(BUILTIN_THEMES)
    except ImportError:  # pragma: no cover - textual missing
        pass
    cfg, problems = user_config.load(path, themes)
    for line in problems:
        print(f"pressroom: {sanitize(line)[0]}", file=sys.stderr)
    if args.action == "show":
        sys.stdout.write(user_config.show(cfg))
    elif not problems:
        print(f"{path}: {'no config file (the defaults are used)' if not path.exists() else 'fine'}")
    return 1 if problems else 0


# ------------------------------------------------------------------ main


def _commands(top: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Each command's own parser (argparse reads options between positionals
    only one parser at a time: ``parse_intermixed_args`` takes no sub-parsers)."""
    (sub,) = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def build_parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="pressroom",
        description="A terminal reader for news that knows who said what. "
        "With no command, opens the reader on PATHs (default: the bundled seed library).",
        epilog="Commands: quotes, speakers, search, check, clippings, config (pressroom COMMAND --help). "
        "Lexicons can be extended: see README, 'Extending content/'.",
    )
    top.add_argument("--version", action="version", version=f"pressroom {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    def common(p, kinds=True):
        p.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders (default: the seed library); - reads one article from standard input")
        p.add_argument("-q", "--quiet", action="store_true", help="do not report problems with input files")
        p.add_argument("--no-cache", action="store_true", help="parse every file again, neither reading nor writing the cache")
        p.add_argument("--no-corrections", action="store_true",
                       help="the parser's attributions alone, without the corrections made in the reader")
        if kinds:
            p.add_argument("--kinds", help="quote kinds, comma-separated: direct,mixed,nested,scare,indirect or 'all' "
                           "(default: direct,mixed)")

    p = sub.add_parser("quotes", help="list every quote with its speaker", description="List every quote with its speaker.")
    common(p)
    p.add_argument("--speaker", help="only quotes by this speaker (name or alias; typos forgiven)")
    p.add_argument("--format", choices=("jsonl", "json", "csv", "markdown", "text", "pretty"),
                   help="text: one quote per line, tab-separated (speaker, date, article, kind, quote; line breaks "
                   "escaped); pretty: grouped by article (default on a terminal; text when piped)")
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("speakers", help="list speakers with roles and quote counts",
                       description="List speakers with kind, roles, aliases and quote counts.")
    common(p)
    p.add_argument("--format", choices=("json", "jsonl", "csv", "text", "pretty"),
                   help="text: one speaker per line, tab-separated (name, kind, quotes, articles, role); "
                   "pretty: with aliases (default on a terminal; text when piped)")
    p.set_defaults(func=cmd_speakers)

    p = sub.add_parser("search", help="fuzzy search quotes, paragraphs, speakers and titles",
                       description="Fuzzy, typo-tolerant search, as in the reader. Exit status 1 when nothing matches.")
    p.add_argument("query")
    common(p, kinds=False)
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default: 20)")
    p.add_argument("--type", help="only these result types: quote,paragraph,speaker,title")
    p.add_argument("--speaker", help="only quotes by this speaker (typos forgiven): what X said about QUERY; "
                   "also written in the query: '@blair iraq', '@\"tony blair\" iraq'")
    p.add_argument("--format", choices=("text", "jsonl"), default="text",
                   help="text: one result per line (type, score, snippet, speaker, article title); jsonl: records")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("check", help="report every problem with the input",
                       description="Load every file and report every problem; exit status 1 if any file could not be loaded.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the seed library)")
    p.add_argument("--no-cache", action="store_true", help="parse every file again")
    p.add_argument("--no-corrections", action="store_true", help="do not check the corrections made in the reader")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("clippings", help="list or export the quotes clipped in the reader",
                       description="The clippings kept by the reader (c clips a quote): list them, export them "
                       "with their citations, or print where the file is.")
    p.add_argument("action", nargs="?", choices=("list", "export", "path"), default="list",
                   help="list (default): one per line, marked when the source changed; export: to standard output; "
                   "path: the clippings file")
    p.add_argument("--format", choices=EXPORT_FORMATS,
                   help="export format: markdown (default: blockquotes with citations), csv, jsonl, csl-json "
                   "(for reference managers such as Zotero)")
    p.add_argument("--file", help="another clippings file (default: the user data folder's, or $PRESSROOM_CLIPPINGS)")
    p.set_defaults(func=cmd_clippings)

    p = sub.add_parser("config", help="where the reader's settings are, what they are, and their problems",
                       description="The reader's settings (config.yaml: keys by action id, theme, kinds).")
    p.add_argument("action", nargs="?", choices=("path", "show", "check"), default="show",
                   help="path: the file; show (default): the effective settings, as YAML; check: its problems "
                   "(exit status 1 when there are any)")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("read", help="open the reader (the default command)", description="Open the reader.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the seed library)")
    p.add_argument("--no-cache", action="store_true", help="parse every file again")
    p.set_defaults(func=cmd_read)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["read", *argv]  # the reader is the default command: `pressroom --no-cache PATH`
    parser = build_parser()
    if argv[0] in COMMANDS:
        # options anywhere, before or after the paths: `pressroom search "blair iraq" --type quote PATH`
        args = _commands(parser)[argv[0]].parse_intermixed_args(argv[1:])
    else:
        args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except UserError as exc:
        print(f"pressroom: {exc}", file=sys.stderr)
        return 2
    except ContentError as exc:
        print(f"pressroom: content: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `pressroom quotes | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
