"""The ``dateline`` command: thin verbs over the importable functions."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TextIO

from .read import Skip, read_inputs
from .records import Article, article_to_json

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
EVAL_STAGES = ("time", "actors", "places", "events", "status", "merge")


class UsageError(Exception):
    """Bad arguments: exit status 2."""


class StrictStop(Exception):
    """--strict met a bad article: exit status 1, after the summary."""


@dataclass
class RunReport:
    """What a run read, kept and skipped; printed at the end of every run."""

    read: int = 0
    written: int = 0
    present: int = 0
    repeated: int = 0
    events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, skip: Skip) -> None:
        print(f"dateline: {skip}", file=sys.stderr)
        self.skipped[_reason_kind(skip.reason)] += 1

    def summary(self, verb: str) -> str:
        total_skipped = sum(self.skipped.values())
        parts = [f"read {self.read}", f"{verb} {self.written}"]
        if verb == "stored":
            parts.append(f"already present {self.present + self.repeated}")
        elif self.repeated:
            parts.append(f"repeated {self.repeated}")
        parts.append(f"skipped {total_skipped}")
        line = ", ".join(parts) + f"; {self.events} events"
        if total_skipped:
            line += (
                " (skipped: " + ", ".join(f"{r} {n}" for r, n in self.skipped.most_common()) + ")"
            )
        return line


def _reason_kind(reason: str) -> str:
    """Group reasons for the summary: 'invalid date '2021-13-01'...' -> 'invalid date'."""
    for kind in (
        "missing date", "invalid date", "empty text", "missing text", "undecodable bytes",
        "broken JSON", "duplicate id", "over the", "internal error", "no such file",
        "not in the form",
    ):  # fmt: skip
        if kind in reason:
            return "too large" if kind == "over the" else kind
    return reason.split(":")[0][:40]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


# -- extract and ingest ------------------------------------------------------------------


def _progress(items: Iterable[Any], enabled: bool | None) -> Iterable[Any]:
    from tqdm import tqdm

    # disable=None: shown when stderr is a terminal, so logs and pipes stay clean.
    return tqdm(items, unit=" articles", file=sys.stderr, disable=enabled, smoothing=0.1)


def _results(args: argparse.Namespace, report: RunReport) -> Iterator[Article]:
    """Finished articles; skips reported as they come. --strict stops at the first error."""
    from .pipeline import extract

    items = extract(read_inputs(args.inputs), workers=args.workers)
    for item in _progress(items, None if not args.quiet else True):
        if isinstance(item, Skip) and item.kind == "repeat":
            report.repeated += 1
            continue
        report.read += 1
        if isinstance(item, Skip):
            report.skip(item)
            if args.strict:
                raise StrictStop(str(item))
            continue
        yield item


def cmd_extract(args: argparse.Namespace) -> int:
    report = RunReport()
    out: TextIO = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for article in _results(args, report):
            out.write(article_to_json(article) + "\n")
            report.written += 1
            report.events += len(article.events)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
        print(f"dateline extract: {report.summary('written')}", file=sys.stderr)
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from .store import open_store

    report = RunReport()
    store = open_store(args.db)
    _recall_learned(store)
    results = _results(args, report)
    try:
        while batch := list(islice(results, args.batch)):
            counts = store.add(batch)
            report.written += counts.stored
            report.present += counts.present
            report.events += counts.events
            for reason, n in counts.reasons.items():
                report.skipped[reason] += n
            _persist_learned(store)
    finally:
        # a run ended or stopped early (--strict) settles what its last blocks taught: saved
        # with the records it stored
        results.close()
        try:
            _persist_learned(store)
        finally:
            store.close()
            print(f"dateline ingest: {report.summary('stored')} -> {args.db}", file=sys.stderr)
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def _recall_learned(store: Any) -> None:
    """What earlier runs learned about actors is known to this run too."""
    from .actors.knowledge import default_kb

    default_kb().add(store.actor_facts())


def _persist_learned(store: Any) -> None:
    """Save what the actor stage learned in this process, so later runs know it too."""
    from .actors.knowledge import default_kb

    store.add_actor_facts(default_kb().drain_learned())


# -- querying ----------------------------------------------------------------------------

_TABLE_COLUMNS = (
    "id", "type", "date", "status", "certainty", "actors", "recipients", "location", "sources",
)  # fmt: skip


# the fields every stored row has, for the CSV header whether or not a row matches
_EMPTY_ROW: dict[str, Any] = {
    "id": "", "type": "", "status": "", "certainty": "", "actors": [], "recipients": [],
    "evidence": {"text": ""},
}  # fmt: skip


def _names(parts: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{p['name']} ({p['country']})" if p.get("country") else p["name"] for p in parts
    )


def _flat(event: dict[str, Any]) -> dict[str, str]:
    return {
        "id": event["id"],
        "type": event["type"],
        "date": (event.get("date") or {}).get("value") or "",
        "status": event["status"],
        "certainty": event["certainty"],
        "actors": _names(event["actors"]),
        "recipients": _names(event["recipients"]),
        "location": (event.get("location") or {}).get("name") or "",
        "article": event.get("article_id", ""),
        "sources": str(len(event.get("sources") or [event])),
        # some article reports the happening, or every article names it only in passing
        "reported": "yes" if event.get("reported", event.get("main", True)) else "no",
        "evidence": event["evidence"]["text"],
    }


def _print_table(rows: list[dict[str, str]], columns: tuple[str, ...]) -> None:
    widths = {c: min(36, max([len(c)] + [len(r[c]) for r in rows])) for c in columns}

    def cut(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    print("  ".join(c.upper().ljust(widths[c]) for c in columns).rstrip())
    for row in rows:
        print("  ".join(cut(row[c], widths[c]).ljust(widths[c]) for c in columns).rstrip())


def cmd_events(args: argparse.Namespace) -> int:
    from .store import EventQuery, open_store

    try:
        query = EventQuery(
            actor=args.actor, type=args.type, status=args.status,
            since=args.since, until=args.until, limit=args.limit, unreal=args.all,
            main=args.main, main_clause=args.main_clause, lead=args.lead,
        )  # fmt: skip
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    store = open_store(args.db, read_only=True)
    try:
        events = store.events(query)
    finally:
        store.close()
    if args.format == "json":
        for event in events:
            print(json.dumps(event, ensure_ascii=False))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_flat(_EMPTY_ROW)))
        writer.writeheader()
        writer.writerows(_flat(e) for e in events)
    else:
        _print_table([_flat(e) for e in events], _TABLE_COLUMNS)
        print(f"({len(events)} events)", file=sys.stderr)
    return EXIT_OK


def _highlighted(evidences: list[dict[str, Any]], colour: bool) -> list[str]:
    """Each evidence sentence once, with every trigger it holds marked."""
    left, right = ("\033[1;33m", "\033[0m") if colour else ("[", "]")
    sentences: dict[tuple[int, int], tuple[str, set[tuple[int, int]]]] = {}
    for ev in evidences:
        text, marks = sentences.setdefault((ev["start"], ev["end"]), (ev["text"], set()))
        trigger = ev.get("trigger") or {}
        if trigger.get("start") is not None:
            a, b = trigger["start"] - ev["start"], trigger["end"] - ev["start"]
            if 0 <= a <= b <= len(text):
                marks.add((a, b))
    lines = []
    for text, marks in sentences.values():
        for a, b in sorted(marks, reverse=True):  # from the end, so offsets stay right
            text = f"{text[:a]}{left}{text[a:b]}{right}{text[b:]}"
        lines.append(" ".join(text.split()))
    return lines


def _participant_lines(parts: list[dict[str, Any]]) -> list[str]:
    out = []
    for p in parts:
        detail = ", ".join(x for x in (p.get("country"), p.get("sector"), p.get("role")) if x)
        out.append(f"    {p['name']}" + (f" ({detail})" if detail else ""))
    return out or ["    -"]


def cmd_show(args: argparse.Namespace) -> int:
    from .store import open_store

    store = open_store(args.db, read_only=True)
    try:
        event = store.event(args.event_id)
    finally:
        store.close()
    if event is None:
        print(f"dateline show: no event {args.event_id!r} in {args.db}", file=sys.stderr)
        return EXIT_SKIPPED
    if args.format == "json":
        print(json.dumps(event, ensure_ascii=False, indent=2))
        return EXIT_OK
    date = event.get("date") or {}
    loc = event.get("location") or {}
    lines = [
        f"event {event['id']}  {event['type']}"
        + (f" ({event['mode']})" if event.get("mode") else "")
        + (f"  CAMEO {event['cameo']}" if event.get("cameo") else ""),
        f"  date        {date.get('value') or 'unknown'}   (article {event['article_id']}, {event['article_date']})",
        f"  status      {event['status']}, {event['certainty']}"
        + (", negated" if event.get("negated") else "")
        + (", hypothetical" if event.get("hypothetical") else "")
        + ("" if event.get("main", True) else ", told in passing"),
        f"  place       {loc.get('name') or '-'}"
        + (f" ({loc['country']}, geonames {loc['geonameid']})" if loc.get("geonameid") else ""),
        f"  attribution {event.get('attribution') or '-'}"
        + (f" -> {_names(event['attributed_to'])}" if event.get("attributed_to") else ""),
        f"  told by     {', '.join(s['article_id'] for s in event.get('sources') or [])}",
        "  actors",
        *_participant_lines(event["actors"]),
        "  recipients",
        *_participant_lines(event["recipients"]),
        "  evidence",
    ]
    evidences = event.get("evidences") or [event["evidence"]]
    lines += [f"    {line}" for line in _highlighted(evidences, sys.stdout.isatty())]
    print("\n".join(lines))
    return EXIT_OK


# -- delegated verbs ---------------------------------------------------------------------


def cmd_eval(args: argparse.Namespace) -> int:
    module = importlib.import_module(f"dateline.evaluate.{args.stage}")
    return int(module.main(args.rest) or 0)


def cmd_actors(args: argparse.Namespace) -> int:
    module = importlib.import_module("dateline.actors.cli")
    return int(module.main(args.rest) or 0)


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run_bench

    return run_bench(args)


# -- the parser --------------------------------------------------------------------------


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="JSON Lines or 'date YYYY-MM-DD <text>' files, folders, or - for stdin",
    )
    p.add_argument("--workers", type=_positive, default=1, help="worker processes (default 1)")
    p.add_argument("--strict", action="store_true", help="stop at the first bad article")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Dated news articles in; who did what to whom, when and where out.",
        epilog="example:\n  dateline extract examples/articles --out events.jsonl\n"
        "  dateline ingest examples/articles && dateline events --actor JPN",
        formatter_class=fmt,
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="write the article record (JSON Lines) for each input article",
                       formatter_class=fmt,
                       epilog="example:\n  dateline extract ../shared/examples/seed.txt --out -")  # fmt: skip
    _add_run_options(p)
    p.add_argument("--out", default="-", help="output file, - for stdout (default)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract and store articles, mentions and events",
                       formatter_class=fmt,
                       epilog="example:\n  dateline ingest articles.jsonl --db news.duckdb")  # fmt: skip
    _add_run_options(p)
    p.add_argument("--db", default="dateline.duckdb", help="the store (default dateline.duckdb)")
    p.add_argument("--batch", type=_positive, default=64, help="articles per transaction")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("events", help="list stored events", formatter_class=fmt,
                       epilog="example:\n  dateline events --actor JPN --status planned --since 2022-01-01")  # fmt: skip
    p.add_argument("--actor", help="actor name (any part) or ISO3 country code")
    p.add_argument("--type", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--status", choices=("planned", "occurred", "ongoing"))
    p.add_argument("--since", type=_date, help="events on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="events on or before this day (YYYY-MM-DD)")
    p.add_argument("--limit", type=_positive)
    p.add_argument("--all", action="store_true", help="include negated and hypothetical events")
    p.add_argument("--main", action="store_true",
                   help="only events an article reports, not acts it names in passing "
                   "(a relative clause, a purpose, a background phrase)")  # fmt: skip
    p.add_argument("--main-clause", action="store_true",
                   help="only events an article tells in a sentence's main clause (stricter "
                   "than --main, as readers judge what a sentence reports)")  # fmt: skip
    p.add_argument("--lead", action="store_true",
                   help="only the one event each sentence leads with, as one-event-per-sentence "
                   "coders (ICEWS, the PLOVER gold) record them")  # fmt: skip
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--db", default="dateline.duckdb")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("show", help="one event with its actors, date, place and evidence",
                       formatter_class=fmt, epilog="example:\n  dateline show 3f2a9c0d1e4b5a67")  # fmt: skip
    p.add_argument("event_id")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--db", default="dateline.duckdb")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("actors", help="who an actor is on a date, and why", add_help=False,
                       formatter_class=fmt, epilog="example:\n  dateline actors JPN --on 2021-12-15")  # fmt: skip
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("eval", help="score a stage against gold data", formatter_class=fmt,
                       epilog="example:\n  dateline eval time --gold ../shared/data/timex/timebank.jsonl")  # fmt: skip
    p.add_argument("stage", choices=EVAL_STAGES)
    p.add_argument("rest", nargs=argparse.REMAINDER, help="--gold FILE [--errors] [--limit N]")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="articles/s, words/s and memory against bare spaCy",
                       formatter_class=fmt, epilog="example:\n  dateline bench --n 100 --workers 2")  # fmt: skip
    p.add_argument(
        "--input", default=None, help="JSON Lines (.gz) of articles (default: T17 from ../shared)"
    )
    p.add_argument("--n", type=_positive, default=100, help="articles to run (default 100)")
    p.add_argument("--workers", type=_positive, default=1)
    p.add_argument("--repeat", type=_positive, default=2, help="alternating runs; best kept")
    p.set_defaults(func=cmd_bench)
    return parser


def _delegated(argv: list[str]) -> int | None:
    """`actors` and `eval STAGE` hand all their arguments (``--help`` too) to their module."""
    # argparse would take their --help for its own, so they are routed before it parses.
    if argv[:1] == ["actors"]:
        return cmd_actors(argparse.Namespace(rest=argv[1:]))
    if argv[:1] == ["eval"] and len(argv) > 1 and argv[1] in EVAL_STAGES:
        return cmd_eval(argparse.Namespace(stage=argv[1], rest=argv[2:]))
    return None


# the commands whose output is read by another program ("dateline events | head"), where a
# reader that stops early is no error
_OUTPUT_COMMANDS = frozenset({"events", "show", "extract"})


def _reader_gone() -> int:
    """ "dateline events | head": the reader has what it wanted. Python's own flush of stdout
    at exit would raise again, so stdout goes to the null device."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        delegated = _delegated(argv)
        if delegated is not None:
            sys.stdout.flush()  # "dateline eval status --errors | head"
    except SystemExit as exc:  # their argparse: --help exits 0, usage errors 2
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _reader_gone()
        return int(exc.code or 0)
    except BrokenPipeError:
        return _reader_gone()
    if delegated is not None:
        return delegated
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse's own usage errors exit 2 already
        return int(exc.code or 0)
    try:
        status = args.func(args)
        if args.command in _OUTPUT_COMMANDS:
            sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        return status
    except BrokenPipeError:
        if args.command not in _OUTPUT_COMMANDS:
            raise  # not the reader of our output: a worker's pipe, say
        return _reader_gone()
    except UsageError as exc:
        print(f"dateline {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FileNotFoundError as exc:
        print(f"dateline {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StrictStop:
        return EXIT_SKIPPED
    except KeyboardInterrupt:
        print("dateline: interrupted; what was committed stays, re-run to finish", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
