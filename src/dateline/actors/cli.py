"""`dateline actors NAME|ISO3 [--on DATE] [--db PATH]`: who an actor is on a date, and why.

A country (ISO3 code or name) lists its head of state, head of government, foreign and defence
ministers on the date; a name lists who it can be, best first, with the rows and articles behind it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from .knowledge import IGO_CODES, Fact, KnowledgeBase, valid_on
from .lexicon import lexicon

__all__ = ["country_code", "describe_country", "describe_name", "main"]


def country_code(query: str) -> str | None:
    """ISO3 for "JPN", "Japan", "Japanese", "US"; None if the query is not a country."""
    lex = lexicon()
    if query.upper() in lex.country_names or query.upper() in IGO_CODES:
        return query.upper()
    form = lex.countries.get(query.strip())
    return form.iso3 if form else None


def _why(fact: Fact, kb: KnowledgeBase, on: dt.date) -> str:
    if fact.seen is None:
        period = f"{fact.start or '?'}..{fact.end or 'now'}"
        return f"{fact.source} row {period}; source: {fact.evidence or 'n/a'}"
    same = [
        f
        for f in kb.lookup_name(fact.name, on)
        if f.seen is not None
        and f.country == fact.country
        and f.role == fact.role
        and valid_on(f, on)
    ]
    sources = sorted({f.source for f in same}) or [fact.source]
    return f"read in {len(sources)} article(s) near {on}: {', '.join(sources[:5])}; e.g. {fact.evidence!r} ({fact.seen})"


def describe_country(iso3: str, kb: KnowledgeBase, on: dt.date) -> list[dict[str, object]]:
    """The holders of the offices on the date (None where nothing vouches for anyone)."""
    rows = []
    for office in kb.offices(iso3):
        fact = kb.holder(iso3, office, on)
        rows.append(
            {
                "office": office,
                "name": fact.name if fact else None,
                "title": fact.role if fact else kb.title(iso3, office, on),
                "why": _why(fact, kb, on)
                if fact
                else "no table row or learned fact covers this date",
            }
        )
    return rows


def describe_name(name: str, kb: KnowledgeBase, on: dt.date) -> list[dict[str, object]]:
    """Who the name can be on the date, best first, one line per person, country and role."""
    out, seen = [], set()
    for fact in kb.lookup_name(name, on):
        ident = (fact.name, fact.country, fact.role)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(
            {
                "name": fact.name,
                "country": fact.country,
                "sector": fact.sector,
                "role": fact.role,
                "in_office_on_date": valid_on(fact, on),
                "why": _why(fact, kb, on),
            }
        )
    return out


def _load_store(kb: KnowledgeBase, path: str) -> str | None:
    """Add facts learned by earlier ingests; an error message if the store cannot give them."""
    try:
        from ..store import open_store
    except ImportError:
        return "this dateline has no store module with open_store(); cannot read --db"
    try:
        store = open_store(path, read_only=True)
    except Exception as exc:  # noqa: BLE001 - any backend error is reported, not raised
        return f"{path}: cannot open the store ({exc})"
    try:
        kb.add(list(store.actor_facts()))
    except Exception as exc:  # noqa: BLE001
        return f"{path}: cannot read learned actor facts ({exc})"
    finally:
        close = getattr(store, "close", None)
        if close is not None:
            close()
    return None


def _print(rows: list[dict[str, object]], as_json: bool, header: str) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    print(header)
    for row in rows:
        if "office" in row:
            label = str(row["office"]).replace("_", " ")
            print(
                f"  {label:<19} {row['name'] or '-'}  ({row['title'] or '?'})\n      why: {row['why']}"
            )
        else:
            mark = "in office" if row["in_office_on_date"] else "not in office on that date"
            print(
                f"  {row['name']}  {row['country']} {row['sector']} {row['role']}  [{mark}]\n      why: {row['why']}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="dateline actors",
        description="Who an actor is on a date, and why (shipped office-holder table + learned facts).",
        epilog="examples:\n  dateline actors JPN --on 2021-12-15\n  dateline actors Hayashi --on 2021-12-15",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", help="a country (ISO3 code or name) or a person's name")
    parser.add_argument("--on", default=None, help="the date, YYYY-MM-DD (default: today)")
    parser.add_argument(
        "--db", default=None, help="a dateline store whose learned facts to use too"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        on = dt.date.fromisoformat(args.on) if args.on else dt.date.today()
    except ValueError:
        print(f"dateline actors: --on {args.on!r}: not a YYYY-MM-DD date", file=sys.stderr)
        return 2
    kb = KnowledgeBase.from_table()
    if args.db:
        error = _load_store(kb, args.db)
        if error:
            print(f"dateline actors: {error}", file=sys.stderr)
            return 2
    iso3 = country_code(args.query)
    if iso3 is not None:
        name = lexicon().country_names.get(iso3, iso3)
        _print(describe_country(iso3, kb, on), args.json, f"{name} ({iso3}) on {on}:")
        return 0
    rows = describe_name(args.query, kb, on)
    if not rows:
        print(
            f"dateline actors: {args.query!r}: no office-holder row or learned fact names it",
            file=sys.stderr,
        )
        return 1
    _print(rows, args.json, f"{args.query} on {on}:")
    return 0
