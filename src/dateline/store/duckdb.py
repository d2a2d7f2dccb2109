"""The embedded DuckDB store: one file holding articles, mentions, events and learned facts."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from ..merge import Copies, Known, Telling, copy_keys, finer, happening_id
from ..read import text_hash
from ..records import Article, Event, event_from_dict, event_to_json
from .base import EventQuery, IngestCounts, value_range

# a telling the sentence reports (``Event.main``); records written before the field count as
# reported, as ``records`` reads them
_REPORTED = "coalesce(record->>'$.main', 'true') = 'true'"
# told in a sentence's main clause itself (``Event.main_clause``; older records: ``main``)
_MAIN_CLAUSE = "coalesce(record->>'$.main_clause', record->>'$.main', 'true') = 'true'"
# the act its sentence leads with (``Event.lead``; older records: ``main``)
_LEAD = "coalesce(record->>'$.lead', record->>'$.main', 'true') = 'true'"


def _in_tellings(told: str, unreal: bool) -> str:
    """Some telling of the happening says ``told``: among those that neither deny the act nor
    make it a condition, unless ``--all`` lists those too."""
    return f"bool_or({told if unreal else f'({told} AND NOT negated AND NOT hypothetical)'})"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id VARCHAR PRIMARY KEY, date DATE NOT NULL, title VARCHAR, url VARCHAR,
  text VARCHAR NOT NULL, text_hash VARCHAR NOT NULL, origin VARCHAR,
  stored_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS timexes (
  article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR,
  type VARCHAR, value VARCHAR, mod VARCHAR);
CREATE TABLE IF NOT EXISTS places (
  article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR, name VARCHAR,
  geonameid BIGINT, country VARCHAR, feature VARCHAR, lat DOUBLE, lon DOUBLE);
CREATE TABLE IF NOT EXISTS actors (
  article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR, name VARCHAR,
  kind VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR);
CREATE TABLE IF NOT EXISTS events (
  id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, article_date DATE NOT NULL,
  type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR, intensity DOUBLE,
  date_value VARCHAR, day_from DATE, day_to DATE,
  status VARCHAR, certainty VARCHAR, negated BOOLEAN, hypothetical BOOLEAN,
  attribution VARCHAR, location VARCHAR, location_country VARCHAR,
  evidence VARCHAR, happening VARCHAR NOT NULL, actor_countries VARCHAR[],
  recipient_countries VARCHAR[], record JSON NOT NULL);
CREATE TABLE IF NOT EXISTS copies (
  key VARCHAR NOT NULL, happening VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
  date_value VARCHAR);
CREATE INDEX IF NOT EXISTS copies_key ON copies (key);
CREATE TABLE IF NOT EXISTS participants (
  event_id VARCHAR NOT NULL, side VARCHAR NOT NULL, name VARCHAR, country VARCHAR,
  sector VARCHAR, role VARCHAR);
CREATE TABLE IF NOT EXISTS actor_facts (
  name VARCHAR NOT NULL, country VARCHAR, sector VARCHAR, role VARCHAR, kind VARCHAR,
  start VARCHAR, "end" VARCHAR, seen VARCHAR, source VARCHAR, evidence VARCHAR);
"""

_FACT_FIELDS = (
    "name",
    "country",
    "sector",
    "role",
    "kind",
    "start",
    "end",
    "seen",
    "source",
    "evidence",
)


class DuckDBStore:
    """Articles, mentions and events in one DuckDB file (``:memory:`` for none)."""

    def __init__(self, path: str | Path = "dateline.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise FileNotFoundError(f"{self.path}: no such store (run `dateline ingest` first)")
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            had_copies = self._has_table("copies")
            self.con.execute(_SCHEMA)
            if not had_copies:
                self._fill_copies()

    def _has_table(self, name: str) -> bool:
        found = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        ).fetchone()
        return bool(found and found[0])

    def _fill_copies(self) -> None:
        """A store written before the ``copies`` table existed gets its rows once, when the
        table is made, from the stored records, so its events are found by their sentences
        too."""
        found = self.con.execute(
            "SELECT record, happening, article_id, date_value FROM events"
        ).fetchall()
        rows = [
            [key, happening, article_id, day]
            for record, happening, article_id, day in found
            for key in _record_copy_keys(record)
        ]
        if rows:
            self.con.begin()
            self._insert_rows("copies", rows)
            self.con.commit()

    # -- writing -------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> IngestCounts:
        counts = IngestCounts()
        con = self.con
        con.begin()
        try:
            batch = list(articles)
            rows = _Rows(self._tellings(batch), self._copies(batch))
            known = self._hashes([a.id for a in batch])
            for article in batch:
                digest = text_hash(article.text)
                if article.id in known:
                    if known[article.id] == digest:
                        counts.present += 1
                    else:
                        counts.skipped += 1
                        reason = "duplicate id with different text (already in the store)"
                        counts.reasons[reason] = counts.reasons.get(reason, 0) + 1
                    continue
                known[article.id] = digest
                rows.add(article, digest)
                counts.stored += 1
                counts.events += len(article.events)
            for table, table_rows in rows.tables.items():
                self._insert_rows(table, table_rows)
            con.commit()
        except BaseException:
            con.rollback()  # nothing half-written stays
            raise
        return counts

    def _tellings(self, batch: list[Article]) -> dict[str, Known]:
        """The stored tellings on the days this batch's events fall on, by day."""
        days = sorted({e.date.value for a in batch for e in a.events if e.date and e.date.value})
        by_day: dict[str, Known] = defaultdict(list)
        if days:
            found = self.con.execute(
                "SELECT e.type, e.date_value, e.actor_countries, e.recipient_countries,"
                " e.happening, e.article_id, list(p.name) FILTER (WHERE p.name IS NOT NULL)"
                " FROM events e LEFT JOIN participants p ON p.event_id = e.id"
                " WHERE e.date_value IN (SELECT unnest(?))"
                " GROUP BY ALL",
                [days],
            ).fetchall()
            for type_, day, actors, recipients, happening, article_id, names in found:
                telling = Telling(
                    type_, day, frozenset(actors or ()), frozenset(recipients or ()),
                    frozenset(names or ()),
                )  # fmt: skip
                by_day[day].append((telling, happening, article_id))
        return by_day

    def _copies(self, batch: list[Article]) -> Copies:
        """The stored events told in a sentence this batch's events are told in too, by copy
        key (table ``copies``: one row per event and sentence, looked up by key, so a batch
        reads only its own sentences' rows however large the store grows)."""
        keys = sorted({k for a in batch for e in a.events for k in copy_keys(e)})
        copies: Copies = {}
        if not keys:
            return copies
        found = self.con.execute(
            "SELECT key, happening, article_id, date_value FROM copies"
            " WHERE key IN (SELECT unnest(?)) ORDER BY key, happening, article_id",
            [keys],
        ).fetchall()
        for key, happening, article_id, day in found:
            first = copies.setdefault(key, (happening, article_id, day))
            if first[0] == happening:  # the most precise date the happening is told with
                copies[key] = (happening, first[1], finer(day, first[2]))
        return copies

    def _hashes(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        found = self.con.execute(
            "SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return dict(found)

    def _insert_rows(self, table: str, rows: list[list[Any]], chunk: int = 500) -> None:
        """Many rows per statement: DuckDB's executemany runs one statement a row."""
        if not rows:
            return
        width = len(rows[0])
        one = "(" + ", ".join("?" * width) + ")"
        for i in range(0, len(rows), chunk):
            part = rows[i : i + chunk]
            sql = f"INSERT INTO {table} VALUES " + ", ".join([one] * len(part))
            self.con.execute(sql, [v for row in part for v in row])

    def add_actor_facts(self, facts: Iterable[dict[str, Any]]) -> int:
        rows = [[f.get(k) for k in _FACT_FIELDS] for f in facts]
        self._insert_rows("actor_facts", rows)
        return len(rows)

    # -- reading -------------------------------------------------------------------------

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        where, params = [], []
        if query.actor:
            where.append(
                "e.id IN (SELECT event_id FROM participants WHERE country = ? OR name ILIKE ?)"
            )
            params += [query.actor.upper(), f"%{query.actor}%"]
        if query.type:
            where.append("e.type = ?")
            params.append(query.type.upper())
        if query.status:
            where.append("e.status = ?")
            params.append(query.status)
        if not query.unreal:
            where.append("NOT e.negated AND NOT e.hypothetical")
        if query.main:
            # a happening some article reports, shown by its first telling as every answer is;
            # records written before the field count as reported, as ``records`` reads them
            where.append("s.reported")
        if query.main_clause:
            where.append("s.main_clause")
        if query.lead:
            where.append("s.lead")
        if query.since:
            where.append("e.day_to >= ?")
            params.append(query.since)
        if query.until:
            where.append("e.day_from <= ?")
            params.append(query.until)
        # One row per happening: its first telling, with every article that tells it.
        sql = (
            "SELECT e.record, e.article_id, e.article_date, s.sources, s.reported FROM events e"
            " JOIN ("
            "  SELECT happening, list(struct_pack(article_id := article_id, event_id := id)"
            "    ORDER BY article_date, article_id) AS sources,"
            f"   {_in_tellings(_REPORTED, query.unreal)} AS reported,"
            f"   {_in_tellings(_MAIN_CLAUSE, query.unreal)} AS main_clause,"
            f"   {_in_tellings(_LEAD, query.unreal)} AS lead"
            "  FROM events GROUP BY happening"
            ") s USING (happening)"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " QUALIFY row_number() OVER (PARTITION BY e.happening ORDER BY e.article_date, e.id) = 1"
        sql += " ORDER BY e.day_from, e.article_date, e.id"
        if query.limit:
            sql += f" LIMIT {int(query.limit)}"
        return [self._event_row(*row) for row in self.con.execute(sql, params).fetchall()]

    @staticmethod
    def _event_row(
        record: str,
        article_id: str,
        article_date: dt.date,
        sources: list[dict[str, str]],
        reported: bool | None = None,
    ) -> dict[str, Any]:
        event = json.loads(record)
        event["article_id"] = article_id
        event["article_date"] = article_date.isoformat()
        event["sources"] = sources
        if reported is not None:
            event["reported"] = reported  # some article reports the happening (``--main``)
        return event

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self.con.execute(
            "SELECT e.record, e.article_id, e.article_date, list(struct_pack("
            "  article_id := o.article_id, event_id := o.id) ORDER BY o.article_date, o.article_id)"
            " FROM events e JOIN events o USING (happening) WHERE e.id = ?"
            " GROUP BY e.record, e.article_id, e.article_date",
            [event_id],
        ).fetchone()
        return self._event_row(*row) if row else None

    def actor_facts(self) -> Iterator[dict[str, Any]]:
        cols = ", ".join(f'"{k}"' for k in _FACT_FIELDS)
        for row in self.con.execute(f"SELECT {cols} FROM actor_facts").fetchall():
            yield dict(zip(_FACT_FIELDS, row, strict=True))

    def counts(self) -> dict[str, int]:
        tables = ("articles", "events", "actors", "places", "timexes", "actor_facts")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def close(self) -> None:
        self.con.close()


class _Rows:
    """The rows one batch of articles adds, table by table, in the tables' column order."""

    def __init__(self, tellings: dict[str, Known], copies: Copies) -> None:
        self.tellings = tellings  # grows as this batch adds happenings
        self.copies = copies  # so does this
        self.tables: dict[str, list[list[Any]]] = {
            "articles": [], "timexes": [], "places": [], "actors": [], "events": [], "participants": [],
            "copies": [],
        }  # fmt: skip

    def add(self, a: Article, digest: str) -> None:
        t = self.tables
        t["articles"].append(
            [a.id, a.date, a.title, a.url, a.text, digest, a.origin, dt.datetime.now()]
        )
        t["timexes"] += [[a.id, x.start, x.end, x.text, x.type, x.value, x.mod] for x in a.timexes]
        t["places"] += [
            [a.id, p.start, p.end, p.text, p.name, p.geonameid, p.country, p.feature, p.lat, p.lon]
            for p in a.places
        ]
        t["actors"] += [
            [a.id, x.start, x.end, x.text, x.name, x.kind, x.country, x.sector, x.role]
            for x in a.actors
        ]
        for event in a.events:
            self._event(a, event)

    def _event(self, a: Article, e: Event) -> None:
        value = e.date.value if e.date else None
        days = value_range(value) or value_range(a.date)
        loc = e.location
        happening = happening_id(e, a.id, self.tellings[value] if value else [], self.copies)
        self.tables["events"].append([
            e.id, a.id, a.date, e.type, e.mode, e.cameo, e.intensity,
            value, days[0], days[1],
            e.status, e.certainty, e.negated, e.hypothetical, e.attribution,
            loc.name if loc else None, loc.country if loc else None,
            e.evidence.text, happening,
            sorted({p.country for p in e.actors if p.country}),
            sorted({p.country for p in e.recipients if p.country}),
            json.dumps(event_to_json(e), ensure_ascii=False),
        ])  # fmt: skip
        self.tables["copies"] += [[key, happening, a.id, value] for key in copy_keys(e)]
        parts = self.tables["participants"]
        parts += [[e.id, "actor", p.name, p.country, p.sector, p.role] for p in e.actors]
        parts += [[e.id, "recipient", p.name, p.country, p.sector, p.role] for p in e.recipients]


def _record_copy_keys(record: str) -> list[str]:
    """The copy keys of a stored event record (``records.event_to_json``)."""
    return copy_keys(event_from_dict(json.loads(record)))
