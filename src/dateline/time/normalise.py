"""TIMEX3 values for recognised expressions, computed against the article's date.

Each normaliser takes the rule's regex match and a :class:`Context` (article date, tense
lookup, the last dates mentioned) and returns a :class:`Norm`, or None to reject the match.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .lexicon import context, lexicon, number
from .tense import FUTURE, LOOKS_AHEAD, PAST, RECORDED

Match = re.Match[str]


@dataclass(frozen=True, slots=True)
class Norm:
    value: str
    type: str | None = None  # None: the rule's default type
    mod: str | None = None
    ref: bool = True  # may later anaphora ("the quarter", "that day") refer back to it?
    end: int | None = None  # a narrower end than the match ("three days" of "three days later")
    start: int | None = None  # a later start ("10-year" of "a 10-year sentence")


@dataclass
class Context:
    """What a normaliser may look at besides its match."""

    dct: dt.date
    text: str
    tense: Callable[[int, int], str | None] = lambda start, end: None
    ref_date: str | None = None  # the last absolute date mentioned (narrative reference)
    ref_quarter: str | None = None  # the last quarter mentioned, e.g. 1989-Q3
    ref_pos: int = -(10**9)  # where ref_date was mentioned
    ref_end: int = -(10**9)  # and where that mention ends
    # The reporting period in focus: "Q" after a quarter, "P9M" after "the nine months", "Y"
    # after "the year"/"fiscal 1989"; "a year earlier" means the same period a year before.
    focus: str | None = None
    in_order: bool = False  # the second pass, in reading order: the references are known

    @property
    def quarter_focus(self) -> bool:
        return self.focus == "Q" and self.ref_quarter is not None

    def tense_of(self, m: Match) -> str | None:
        if LOOKS_AHEAD.search(self.text, max(0, m.start() - 16), m.start()):
            return FUTURE
        return self.tense(m.start(), m.end())


# ---------------------------------------------------------------- helpers


def _raw(m: Match, name: str) -> str | None:
    """A named group as written, or None when it did not take part (or the rule has none)."""
    try:
        return m.group(name)
    except IndexError:
        return None


def _g(m: Match, name: str) -> str | None:
    try:
        v = m.group(name)
    except IndexError:
        return None
    return v.lower() if v else None


def _month(word: str) -> int:
    return int(lexicon()["months"][word.lower().rstrip(".")])


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower()).strip(" -")
    mods: dict[str, str] = lexicon()["mods"]
    if w in mods:
        return mods[w]
    for key in lexicon()["mod_keywords"]:
        if key in w:
            return mods[key]
    return None


def _capitalised_month(m: Match, group: str = "month") -> bool:
    """'may' and 'march' are verbs; a bare month name must be written with a capital."""
    raw = m.group(group)
    return raw is not None and raw[0].isupper()


# How far the nearest reading may lie on the wrong side of the article date before the tense
# of the governing verb overrides it: reporting verbs ("said") govern many future dates.
_TENSE_OVERRIDE_DAYS = 60


def _year_for(month: int, day: int | None, tense: str | None, dct: dt.date) -> int:
    """The year of an underspecified month(/day): the nearest reading, unless it lies well on
    the wrong side of the article's date for the tense of the governing verb."""
    nearest = min(
        (dct.year - 1, dct.year, dct.year + 1), key=lambda y: _cost(_gap(y, month, day, dct))
    )
    gap = _gap(nearest, month, day, dct)
    if tense == FUTURE and gap < -_TENSE_OVERRIDE_DAYS:
        return nearest + 1
    if (tense == PAST and gap > _TENSE_OVERRIDE_DAYS) or (tense == RECORDED and gap > 0):
        return nearest - 1
    return nearest


def _cost(gap: int) -> int:
    # News mostly reports what has happened: a reading ahead of the article date costs double.
    return 2 * gap if gap > 0 else -gap


def _gap(year: int, month: int, day: int | None, dct: dt.date) -> int:
    """Days from the article's date to the middle (or the day) of month/day in ``year``."""
    try:
        d = dt.date(year, month, day or 15)
    except ValueError:
        d = dt.date(year, month, 28)
    if day is None and (year, month) == (dct.year, dct.month):
        return 0
    return (d - dct).days


def _step(rel: str | None) -> int:
    """Which way a relative word points: -1 ("last", "the previous"), 1 ("next"), else 0."""
    return int(lexicon()["relative_offsets"].get(rel or "", 0))


def _shift_weekday(dct: dt.date, weekday: int, tense: str | None, rel: str | None) -> dt.date:
    """The date of a weekday (1 = Monday) near the article's date."""
    delta = weekday - dct.isoweekday()
    step = _step(rel)
    if step > 0:
        return dct + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if step < 0:
        return dct + dt.timedelta(days=delta if delta < 0 else delta - 7)
    if tense == FUTURE:
        return dct + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    if rel == "this":
        return dct + dt.timedelta(days=delta)
    # Past and tenseless: news mostly reports what already happened this week.
    return dct + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def _spoken_year(words: str) -> int | None:
    parts = re.split(r"[-\s]+", words.lower())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        tail = number(" ".join(rest)) if rest else 0
        return None if tail is None else 2000 + int(tail)
    century = number(parts[0])
    rest = [p for p in parts[1:] if p != "oh"]
    tail = 0.0 if rest == ["hundred"] else number(" ".join(rest))
    if century is None or tail is None:
        return None
    return int(century) * 100 + int(tail)


def _pod_code(word: str | None) -> str | None:
    if not word:
        return None
    return lexicon()["parts_of_day"].get(word.lower().rstrip("s"))


def _year_value(m: Match) -> int | None:
    if _g(m, "year"):
        y = int(m.group("year"))
        return y + 1900 if y < 100 and y >= 30 else (y + 2000 if y < 100 else y)
    if _g(m, "syear"):
        return _spoken_year(m.group("syear"))
    return None


# ---------------------------------------------------------------- explicit dates


def iso(m: Match, ctx: Context) -> Norm | None:
    try:
        d = dt.date(int(_raw(m, "year")), int(_raw(m, "month")), int(_raw(m, "day")))
    except ValueError:
        return None
    if _raw(m, "hour"):
        return Norm(f"{d.isoformat()}T{_raw(m, 'hour')}:{_raw(m, 'minute')}", "TIME")
    return Norm(d.isoformat())


# "12/11" with no year needs a word that introduces a date before it.
_SLASH_DATE_BEFORE = context("slash_date_before")


def slash(m: Match, ctx: Context) -> Norm | None:
    month, day = int(_raw(m, "month")), int(_raw(m, "day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = _year_value(m)
    if year is None:
        # "12/11" with no year needs a date-like neighbour word to count as a date.
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if not _SLASH_DATE_BEFORE.search(before):
            return None
        year = _year_for(month, day, ctx.tense_of(m), ctx.dct)
    try:
        return Norm(dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def month_day(m: Match, ctx: Context) -> Norm | None:
    if _raw(m, "month").lower() in lexicon()["verb_like_months"] and not _capitalised_month(m):
        return None
    month = _month(_raw(m, "month"))
    if _raw(m, "day"):
        day = int(_raw(m, "day"))
    else:
        day = int(lexicon()["ordinals"].get(_raw(m, "dayw").lower(), 0))
    if not 1 <= day <= 31:
        return None
    year = _year_value(m)
    if year is None and _g(m, "thatyear") and ctx.ref_date:
        year = int(ctx.ref_date[:4])  # "died on 25 June that year", after "April 2009"
    if year is None:
        year = _range_end_year(m, ctx, month, day)
    if year is None:
        year = _year_for(month, day, _rel_tense(_g(m, "rel"), m, ctx), ctx.dct)
    try:
        value = dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    # "the Oct. 23 attack", "the 10 April deadline": TimeML marks the date without the article.
    lead = m.string[m.start() : m.start("month")].lower().split()
    if lead == ["the"]:
        return Norm(value, start=m.start("month"))
    if lead[:1] == ["the"] and _raw(m, "day") and m.start("day") < m.start("month"):
        return Norm(value, start=m.start("day"))
    return Norm(value)


def _rel_tense(rel: str | None, m: Match, ctx: Context) -> str | None:
    """ "next May" looks ahead and "last May" back, whatever the verb; else the verb decides."""
    step = _step(rel)
    if step:
        return FUTURE if step > 0 else PAST
    return ctx.tense_of(m)


def conjoined_day(m: Match, ctx: Context) -> Norm | None:
    """The bare day of "April 24 and 25": the month, and year, of the date it is joined to."""
    if _raw(m, "month").lower() in lexicon()["verb_like_months"] and not _capitalised_month(m):
        return None
    month, day = _month(_raw(m, "month")), int(_raw(m, "day"))
    if day <= int(_raw(m, "day1")):
        return None  # "Dec. 30 to 2" is no list of days in one month
    year = _year_value(m)
    ref = ctx.ref_date or ""
    if year is None and ctx.in_order and ctx.ref_end == m.end("first") and len(ref) == 10:
        year = int(ref[:4]) if int(ref[5:7]) == month else None
    if year is None:
        year = _year_for(month, day, ctx.tense_of(m), ctx.dct)
    try:
        return Norm(dt.date(year, month, day).isoformat())
    except ValueError:
        return None


# Between the two ends of a range: "from March 30 to Aug. 6", "Dec. 20 - Jan. 5".
_RANGE_OPENER = context("range_opener")
_RANGE_LINK = context("range_link")


def _range_end_year(m: Match, ctx: Context, month: int, day: int | None) -> int | None:
    """The year of a range's second end: the first one on or after the range's start."""
    ref = ctx.ref_date
    if not (ctx.in_order and ref and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", ref)):
        return None
    link = _RANGE_LINK.fullmatch(ctx.text, ctx.ref_end, m.start())
    if link is None:
        return None
    opener = _RANGE_OPENER.search(ctx.text, max(0, ctx.ref_pos - 12), ctx.ref_pos)
    if link.group().strip().lower() in ("to", "and") and opener is None:
        return None  # "a revision Friday to December's figures" is no range
    start = (int(ref[5:7]), int(ref[8:10]) if len(ref) == 10 else 0)
    return int(ref[:4]) + (1 if (month, day or 0) < start else 0)


def week_of(m: Match, ctx: Context) -> Norm | None:
    month, day = _month(_raw(m, "month")), int(_raw(m, "day"))
    year = _year_value(m) or _year_for(month, day, ctx.tense_of(m), ctx.dct)
    try:
        return Norm(_week(dt.date(year, month, day)))
    except ValueError:
        return None


def month_year(m: Match, ctx: Context) -> Norm | None:
    if not _capitalised_month(m):
        return None
    month = _month(_raw(m, "month"))
    year = _year_value(m)
    if year is None:
        rel = _g(m, "yrel") or "this"
        offset = _step(rel)
        base = ctx.dct.year
        if rel in ("the previous", "the following", "the same") and ctx.ref_date:
            base = int(ctx.ref_date[:4])
        year = base + offset
    return Norm(f"{year:04d}-{month:02d}", mod=_mod_of(_g(m, "mod")))


_MONTH_CONTEXT = context("month_context")


def month_rel(m: Match, ctx: Context) -> Norm | None:
    if not _capitalised_month(m):
        return None
    word = _raw(m, "month").lower()
    month = _month(word)
    rel, mod = _g(m, "rel"), _g(m, "mod")
    if word in lexicon()["ambiguous_months"] and not (rel or mod):
        # "May" alone is usually the verb: count it only after a preposition.
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not _MONTH_CONTEXT.search(before):
            return None
    if _step(rel) < 0:
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif _step(rel) > 0:
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "that" and ctx.ref_date:
        year = int(ctx.ref_date[:4])
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = _range_end_year(m, ctx, month, None) or _year_for(
            month, None, ctx.tense_of(m), ctx.dct
        )
    return Norm(f"{year:04d}-{month:02d}", mod=_mod_of(mod))


def year(m: Match, ctx: Context) -> Norm | None:
    y = _year_value(m)
    if y is None:
        return None
    text = m.group(0)
    if m.re.groupindex.get("fiscal") is None and _g(m, "syear") is None:
        # A bare four-digit number is a year only when it reads like one.
        if not _reads_like_year(m, ctx):
            return None
    mod = _mod_of(_g(m, "mod"))
    raw_mod = _g(m, "mod") or ""
    if raw_mod.startswith("pre"):
        mod = "BEFORE"
    elif raw_mod.startswith("post"):
        mod = "AFTER"
    after = _g(m, "after")
    if after:
        mod = "ON_OR_BEFORE" if "earlier" in after else "ON_OR_AFTER"
    if _g(m, "syear") and text.lower().startswith("two thousand"):
        return None  # "two thousand" alone is a number, not a year
    return Norm(f"{y:04d}", mod=mod)


_YEAR_BEFORE = context("year_before")
_YEAR_PREPOSITION = context("year_preposition")
# A count of things after the number: a plural noun, maybe after a range ("to 1500").
_COUNTED = context("counted")
# "Resolution 1973", "Flight 1549": a word that labels the number just after it.
_NUMBER_LABEL = context("number_label")


def _reads_like_year(m: Match, ctx: Context) -> bool:
    y = int(_raw(m, "year"))
    if _NUMBER_LABEL.search(ctx.text, max(0, m.start() - 16), m.start()):
        return False
    if abs(y - ctx.dct.year) <= 60:
        return True
    before = ctx.text[max(0, m.start() - 16) : m.start()]
    if _COUNTED.match(ctx.text, m.end()) and not _YEAR_PREPOSITION.search(before):
        return False  # "around 1200 to 1500 gas stations", but "in 1850 settlers came"
    return bool(_YEAR_BEFORE.search(before))


def decade(m: Match, ctx: Context) -> Norm | None:
    mod = _mod_of(_g(m, "mod"))
    if _raw(m, "dec"):
        return Norm(_raw(m, "dec")[:3], mod=mod)
    if _raw(m, "dec2"):
        century = "19" if int(_raw(m, "dec2")) > (ctx.dct.year % 100) else str(ctx.dct.year // 100)
        return Norm(century + _raw(m, "dec2")[0], mod=mod)
    if not m.group(0).lower().startswith("the"):
        return None  # "in his sixties" is an age
    tens = number(re.sub(r"ies$", "y", _raw(m, "decw").lower()))
    if tens is None:
        return None
    return Norm(f"19{int(tens) // 10}", mod=mod)


def century(m: Match, ctx: Context) -> Norm | None:
    mod = _mod_of(_g(m, "mod"))
    current = ctx.dct.year // 100
    if _raw(m, "rel"):
        rel = _raw(m, "rel").lower()
        if "next" in rel:
            return Norm(f"{current + 1:02d}", mod=mod)
        if "last" in rel or "past" in rel or "previous" in rel:
            if rel.startswith("the"):
                return Norm("P100Y", "DURATION")
            return Norm(f"{current - 1:02d}", mod=mod)
        return Norm(f"{current:02d}", mod=mod)
    ord_ = _raw(m, "ord").lower()
    n = int(re.sub(r"\D", "", ord_)) if ord_[0].isdigit() else lexicon()["ordinals"].get(ord_)
    if not n or n > 21:
        return None
    return Norm(f"{n - 1:02d}", mod=mod)


# ---------------------------------------------------------------- relative dates


def deictic(m: Match, ctx: Context) -> Norm | None:
    word = re.sub(r"\s+", " ", _raw(m, "word").lower())
    offset = lexicon()["deictic_days"][word]
    d = ctx.dct + dt.timedelta(days=offset)
    mod_word = _g(m, "mod")
    pod = _pod_code(_g(m, "pod")) or ("NI" if word == "tonight" else None)
    if mod_word:
        # "mid-afternoon yesterday", "late morning yesterday": a part of the day, maybe modified
        words = mod_word.split()
        part = _pod_code(re.sub(r"^mid-?", "", words[-1]))
        if part:
            pod = part
            mod_word = (
                "mid" if mod_word.startswith("mid") else (words[0] if len(words) > 1 else None)
            )
    mod = _mod_of(mod_word)
    # TimeML leaves the possessive out: "today's" is marked "today".
    end = m.end("word") if m.group(0).endswith("'s") else None
    if pod:
        # TimeML 1.2.1 gives parts of the day as times: "tonight" is YYYY-MM-DDTNI, like
        # "last night" and "this evening".
        return Norm(f"{d.isoformat()}T{pod}", "TIME", mod, end=end)
    return Norm(d.isoformat(), mod=mod, end=end)


def this_pod(m: Match, ctx: Context) -> Norm | None:
    pod = _pod_code(_raw(m, "pod"))
    rel = _g(m, "rel") or "this"
    d = ctx.dct
    if _raw(m, "pod").lower() == "overnight":
        # "depressed by overnight losses in New York": the night before the day in focus, when
        # that day is the news's or was just named ("On March 3, rebels seized Brega. Forces
        # retook the town overnight"), not "the embassy bombings of Aug. 7" paragraphs before
        # ("the sites struck overnight" is last night)
        since = m.start() - ctx.ref_pos
        near = abs((_ref_day(ctx) - ctx.dct).days) <= _OVERNIGHT_DAYS
        recent = since < (_CLOCK_REF_REACH if near else _OVERNIGHT_CHARS)
        base = _ref_day(ctx) if recent else ctx.dct
        return Norm(f"{base - dt.timedelta(days=1)}T{pod}", ref=False)
    if rel == "last":  # "last night": the night before the article's day
        d = d - dt.timedelta(days=1)
    elif rel == "the next":
        d = _ref_day(ctx) + dt.timedelta(days=1)
    elif rel == "the previous":
        d = _ref_day(ctx) - dt.timedelta(days=1)
    elif rel in ("that", "the same"):
        d = _ref_day(ctx)
    return Norm(f"{d.isoformat()}T{pod}", mod=_mod_of(_g(m, "mod")))


def _has_ref_day(ctx: Context) -> bool:
    return bool(ctx.ref_date and re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.ref_date[:10]))


def _ref_day(ctx: Context) -> dt.date:
    if ctx.ref_date and re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.ref_date[:10]):
        return dt.date.fromisoformat(ctx.ref_date[:10])
    return ctx.dct


def weekday(m: Match, ctx: Context) -> Norm | None:
    if not _raw(m, "weekday")[0].isupper():
        return None
    wd = lexicon()["weekdays"][_raw(m, "weekday").lower()]
    rel = _g(m, "rel")
    if rel == "that":
        return None
    if not (rel or _raw(m, "pod") or _raw(m, "poss")) and _WEEKDAY_CLASSIFIER.match(
        ctx.text, m.end()
    ):
        return None  # "the Sunday tabloid", "the Sunday talk shows": a kind, not a day
    tense = PAST if _raw(m, "poss") else (None if rel else ctx.tense_of(m))
    d = _shift_weekday(ctx.dct, wd, tense, rel)
    if rel in ("the previous", "the following", "the next") and _has_ref_day(ctx):
        # "down 4.5% from the previous Friday": the one before the day just talked about.
        base = _ref_day(ctx)
        if rel == "the previous":
            d = base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        else:
            d = base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)
    pod = _pod_code(_g(m, "pod"))
    mod = _mod_of(_g(m, "mod"))
    if pod:
        return Norm(f"{d.isoformat()}T{pod}", "TIME", mod)
    # "Friday's vote": TimeML marks "Friday", without the possessive.
    return Norm(d.isoformat(), mod=mod, end=m.end("weekday") if _raw(m, "poss") else None)


_WEEKDAY_CLASSIFIER = context("weekday_classifier")


def weekday_set(m: Match, ctx: Context) -> Norm | None:
    word = _raw(m, "weekday") or _raw(m, "weekdays") or _raw(m, "weekday2")
    wd = lexicon()["weekdays"][word.lower()]
    pod = _pod_code(_g(m, "pod") or _g(m, "pods") or _g(m, "pods2"))
    return Norm(f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))


def holiday(m: Match, ctx: Context) -> Norm | None:
    name = re.sub(r"\s+", " ", _raw(m, "holiday").lower())
    if not _raw(m, "holiday")[0].isupper():
        return None
    rule = lexicon()["holidays"][name]
    y = _year_value(m)
    rel = _g(m, "rel")
    if y is None:
        guess = _holiday_date(rule, ctx.dct.year)
        if guess is None:
            return None
        y = _year_for(guess.month, guess.day, _rel_tense(rel, m, ctx), ctx.dct)
    d = _holiday_date(rule, y)
    if d is None:
        return None
    if _g(m, "week"):
        return Norm(_week(d))
    return Norm(d.isoformat())


def _holiday_date(rule: str, y: int) -> dt.date | None:
    if rule.startswith("easter"):
        return _easter(y) + dt.timedelta(days=int(rule[6:]))
    if ":" in rule:
        month, wd, nth = rule.split(":")
        return _nth_weekday(y, int(month), int(wd), nth)
    month, day = rule.split("-")
    return dt.date(y, int(month), int(day))


def _nth_weekday(y: int, month: int, wd: int, nth: str) -> dt.date:
    if nth == "E":  # US election day: the Tuesday after the first Monday
        first_monday = _nth_weekday(y, month, 1, "1")
        return first_monday + dt.timedelta(days=1)
    n = int(nth)
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return nxt - dt.timedelta(days=(nxt.isoweekday() - wd) % 7)


def _easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _last_quarter(ctx: Context) -> tuple[int, int]:
    """The quarter in focus: the last one mentioned, unless that is still to come (a
    forecast), else the last one completed (the one an earnings report is about)."""
    q = _quarter_of(ctx.dct) - 1
    completed = (ctx.dct.year, q) if q else (ctx.dct.year - 1, 4)
    if ctx.ref_quarter:
        ref = int(ctx.ref_quarter[:4]), int(ctx.ref_quarter[-1])
        return min(ref, completed)
    return completed


def quarter(m: Match, ctx: Context) -> Norm | None:
    ago = bool(_g(m, "qago") and "year" in _g(m, "qago")) or bool(_g(m, "qago2"))
    if _raw(m, "ord"):
        q = lexicon()["quarter_ordinals"][_raw(m, "ord").lower()]
        if _raw(m, "plural"):
            return Norm(f"XXXX-Q{q}", "SET")
        y = _year_value_q(m)
        if y is None:
            if _g(m, "qrel"):
                y = ctx.dct.year + _step(_g(m, "qrel"))
            elif ago:
                y = _last_quarter(ctx)[0] - 1
            else:
                y = _quarter_year(q, m, ctx)
        # "after a flat second quarter" is an aside: the report stays on its own quarter
        # (unlike the adjective of "a third-quarter loss").
        adjective = "-quarter" in m.group(0).lower()
        aside = m.group(0)[:2].lower() in ("a ", "an") and not adjective
        return Norm(f"{y:04d}-Q{q}", ref=not (ago or aside), start=_adjective_start(m, adjective))
    if _raw(m, "plural"):
        return None
    rel = re.sub(r"\s+", " ", _g(m, "qthis") or "")
    y, q = ctx.dct.year, _quarter_of(ctx.dct)
    if _step(rel):
        y, q = _add_quarters(y, q, _step(rel))
    elif rel in ("that", "the latest", "the same"):
        y, q = _last_quarter(ctx)
    elif rel == "this" and ctx.quarter_focus and ctx.tense_of(m) != FUTURE:
        y, q = _last_quarter(ctx)  # "this quarter's loss", in the report on that quarter
    if ago:
        y -= 1
    return Norm(f"{y:04d}-Q{q}", ref=not ago and rel not in ("that", "the latest", "the same"))


_DETERMINER = context("determiner")


def _adjective_start(m: Match, adjective: bool) -> int | None:
    """TimeML leaves the noun's determiner out of "a third-quarter loss"."""
    det = _DETERMINER.match(m.group(0)) if adjective else None
    return m.start() + det.end() if det else None


def _quarter_year(q: int, m: Match, ctx: Context) -> int:
    """A quarter that has not begun by the article's date is last year's, unless the verb
    looks ahead ("profit for the fourth quarter", said in January, is the one just ended)."""
    if q > _quarter_of(ctx.dct) and ctx.tense_of(m) != FUTURE:
        return ctx.dct.year - 1
    return ctx.dct.year


def _year_value_q(m: Match) -> int | None:
    for g in ("qyear", "qyear2"):
        if m[g]:
            return int(m[g])
    return None


def _add_quarters(y: int, q: int, k: int) -> tuple[int, int]:
    idx = y * 4 + (q - 1) + k
    return idx // 4, idx % 4 + 1


def quarter_anaphor(m: Match, ctx: Context) -> Norm | None:
    what = _raw(m, "what").lower()
    modifiers = _g(m, "qago") or ""
    ago = "year" in modifiers or bool(_g(m, "qago2")) or m.group(0).lower().startswith("last year")
    if what == "period" and not (modifiers or _raw(m, "qyear") or ago):
        return None
    latest = any(w in modifiers for w in ("latest", "current", "just", "recent"))
    if what == "period" and not latest and ctx.focus and ctx.focus.startswith("P"):
        # After "the nine months": "the 1988 period" is that year, "the year-earlier period"
        # the same nine months.
        if _raw(m, "qyear"):
            return Norm(_raw(m, "qyear"), ref=False)
        return Norm(ctx.focus, "DURATION", ref=False)
    # "the quarter ended July 31" names its own quarter, unless the report has already
    # numbered it ("its fiscal first quarter"): TimeML keeps the company's numbering.
    ended = None if ctx.ref_quarter else _quarter_ended(m, ctx)
    if ended is not None and not (ago or _raw(m, "qyear")):
        return Norm(ended)
    y, q = _last_quarter(ctx)
    if "previous" in modifiers or "prior" in modifiers or "preceding" in modifiers:
        y, q = _add_quarters(y, q, -1)
    if _raw(m, "qyear"):
        y = int(_raw(m, "qyear"))
    elif ago:
        y -= 1
    return Norm(f"{y:04d}-Q{q}", ref=False)


def _quarter_ended(m: Match, ctx: Context) -> str | None:
    """The calendar quarter holding most of a three-month period that ended on a date."""
    if not _raw(m, "emonth"):
        return None
    month, day = _month(_raw(m, "emonth")), int(_raw(m, "eday"))
    try:
        end = dt.date(_year_for(month, day, PAST, ctx.dct), month, day)
    except ValueError:
        return None
    middle = end - dt.timedelta(days=45)
    return f"{middle.year:04d}-Q{_quarter_of(middle)}"


def half(m: Match, ctx: Context) -> Norm | None:
    h = 1 if _raw(m, "ord").lower() == "first" else 2
    if _raw(m, "dec"):
        return Norm(f"19{_raw(m, 'dec')[-3]}", mod="START" if h == 1 else "END")
    y = _year_value(m)
    if y is None:
        y = ctx.dct.year + _step(_g(m, "rel"))
    return Norm(f"{y:04d}-H{h}")


def year_ago(m: Match, ctx: Context) -> Norm | None:
    if ctx.quarter_focus:
        y, q = _last_quarter(ctx)
        return Norm(f"{y - 1:04d}-Q{q}", ref=False)
    return Norm(f"{ctx.dct.year - 1:04d}", ref=False)


def season(m: Match, ctx: Context) -> Norm | None:
    code = lexicon()["seasons"][_raw(m, "season").lower()]
    rel = re.sub(r"\s+", " ", _g(m, "rel") or "")
    y = _year_value(m)
    mod = _mod_of(_g(m, "mod") or _g(m, "mod2"))
    if y is None and not rel and not mod and not _bare_season(m, ctx):
        return None  # bare "fall"/"spring" are mostly not seasons
    if y is None and not rel and _INDEFINITE.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None  # "a late fall in shares", "a mid-summer": a noun, not the season
    if y is None and rel == "the":
        after = ctx.text[m.end() : m.end() + 4].lower()
        if after.startswith(" of"):
            return None  # "the fall of Rome"
    if y is None:
        y = _season_year(code, rel, ctx, m)
    return Norm(f"{y:04d}-{code}", mod=mod)


_INDEFINITE = context("indefinite")
_SEASON_PREP = context("season_prep")


def _bare_season(m: Match, ctx: Context) -> bool:
    """ "a more severe outbreak in autumn", "by summer": a season with no article, after a
    preposition of time (not "fall" or "spring", which are mostly verbs and nouns)."""
    word = _raw(m, "season").lower()
    return word not in ("fall", "spring") and bool(
        _SEASON_PREP.search(ctx.text, max(0, m.start() - 8), m.start())
    )


def _season_year(code: str, rel: str, ctx: Context, m: Match) -> int:
    month = lexicon()["season_months"][code]
    now = ctx.dct.month
    if _step(rel) < 0:
        return ctx.dct.year if month < now - 1 else ctx.dct.year - 1
    if _step(rel) > 0:
        return ctx.dct.year if month > now + 1 else ctx.dct.year + 1
    if rel == "that" and ctx.ref_date:
        return int(ctx.ref_date[:4])
    if rel == "this":
        return ctx.dct.year
    # "the autumn", "in winter": this year's season, unless the tense puts it well on the
    # other side of the article's date (the nearest-month reading would make June's "the
    # autumn" last year's)
    tense = ctx.tense_of(m)
    if tense in (PAST, RECORDED) and month > now + 1:
        return ctx.dct.year - 1
    if tense == FUTURE and month < now - 1:
        return ctx.dct.year + 1
    return ctx.dct.year


def rel_unit(m: Match, ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", _raw(m, "rel").lower())
    unit = _raw(m, "unit").lower()
    raw_mod = _g(m, "mod") or ""
    mod = _mod_of(raw_mod)
    if "rest" in raw_mod or "remainder" in raw_mod or "balance" in raw_mod:
        mod = None
    if rel == "the fiscal" and unit == "year":
        return Norm("P1Y", "DURATION")
    if "fiscal" in rel or rel in ("the full", "the latest"):
        unit_rel = rel.replace(" fiscal", "").replace("fiscal", "").strip() or "this"
        if unit != "year":
            return None
        rel = {"the": "this", "the full": "this", "the latest": "this"}.get(unit_rel, unit_rel)
    if rel == "that":
        return None if _no_day_to_refer_to(m, ctx, unit) else _anaphoric(unit, 0, ctx, mod)
    offset = _step(rel)
    if unit in ("day", "morning") and rel not in ("the past", "the last", "the next", "the coming"):
        return None
    if unit == "day":
        return Norm("P1D", "DURATION", mod)
    if unit == "morning":
        return None
    if (
        (rel, unit, mod) == ("last", "year", None)
        and ctx.quarter_focus
        and _COMPARED.search(ctx.text, max(0, m.start() - 48), m.start())
    ):
        # "profit rose to $5 million from $3 million last year": the quarter a year before.
        y, q = _last_quarter(ctx)
        return Norm(f"{y - 1:04d}-Q{q}", ref=False)
    norm = _shift_unit(ctx.dct, unit, offset, mod)
    signal = _SIGNAL.match(raw_mod)
    if norm is None or signal is None:
        return norm
    # "at the end of this week": TimeML leaves the preposition out as a SIGNAL.
    return replace(norm, start=m.start("mod") + signal.end())


_SIGNAL = context("signal")

# A comparison with an amount: "compared with a loss of $3 million last year".
_COMPARED = context("compared")


def _shift_unit(base: dt.date, unit: str, offset: int, mod: str | None) -> Norm | None:
    if unit == "week":
        return Norm(_week(base + dt.timedelta(weeks=offset)), mod=mod)
    if unit == "fortnight":
        return Norm(_week(base + dt.timedelta(weeks=2 * offset)), mod=mod)
    if unit == "weekend":
        d = base + dt.timedelta(weeks=offset)
        if offset == 0 and base.isoweekday() < 5:
            d = base - dt.timedelta(weeks=1)
        return Norm(_week(d) + "-WE", mod=mod)
    if unit == "month":
        y, mo = _add_months(base.year, base.month, offset)
        return Norm(f"{y:04d}-{mo:02d}", mod=mod)
    if unit == "year":
        return Norm(f"{base.year + offset:04d}", mod=mod)
    if unit == "decade":
        return Norm(f"{(base.year // 10) + offset:03d}", mod=mod)
    if unit == "day":
        return Norm((base + dt.timedelta(days=offset)).isoformat(), mod=mod)
    return None


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")


def _anaphoric(unit: str, offset: int, ctx: Context, mod: str | None) -> Norm | None:
    ref = ctx.ref_date
    if unit in ("year",) and ref:
        return Norm(f"{int(ref[:4]) + offset:04d}", mod=mod)
    if unit == "month" and ref and len(ref) >= 7 and ref[4] == "-" and ref[5:7].isdigit():
        y, mo = _add_months(int(ref[:4]), int(ref[5:7]), offset)
        return Norm(f"{y:04d}-{mo:02d}", mod=mod)
    if unit == "day" and ref and _MONTH_VALUE.fullmatch(ref):
        # "that same day" after "last October": a day of that month, which TIMEX3 writes
        # with its unknown digits as X ("1998-10-XX").
        return Norm(f"{ref}-XX", mod=mod)
    base = _ref_day(ctx)
    if unit in ("morning", "night", "evening", "afternoon"):
        d = base + dt.timedelta(days=offset)
        return Norm(f"{d.isoformat()}T{_pod_code(unit)}", "TIME", mod)
    return _shift_unit(base, unit, offset, mod)


def _no_day_to_refer_to(m: Match, ctx: Context, unit: str) -> bool:
    """ "strong redemptions that day": a generic day when no date was mentioned just before."""
    return ctx.in_order and unit == "day" and m.start() - ctx.ref_pos > _CLOCK_REF_REACH


def relative_ref(m: Match, ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", _raw(m, "rel").lower())
    unit = _raw(m, "unit").lower()
    if rel == "the next" and unit in ("week", "month", "year", "weekend"):
        return None  # "the next year" counts from the article's date (rel_unit)
    if rel == "that" and _no_day_to_refer_to(m, ctx, unit):
        return None
    return _anaphoric(unit, _step(rel), ctx, _mod_of(_g(m, "mod")))


def unit_part(m: Match, ctx: Context) -> Norm | None:
    """ "the end of the year" → this year, mod END ("the rest of the year" has no mod)."""
    raw = _raw(m, "mod").lower()
    mod = None if ("rest" in raw or "remainder" in raw) else _mod_of(raw)
    return _shift_unit(ctx.dct, _raw(m, "unit").lower(), 0, mod)


def in_the_unit(m: Match, ctx: Context) -> Norm | None:
    """ "earlier in the day": the day (week, ...) just talked about, else the article's."""
    recent = m.start() - ctx.ref_pos < _CLOCK_REF_REACH
    base = _ref_day(ctx) if recent else ctx.dct
    norm = _shift_unit(base, _raw(m, "unit").lower(), 0, _mod_of(_g(m, "mod")))
    return None if norm is None else Norm(norm.value, mod=norm.mod, ref=False)


def quarter_code(m: Match, ctx: Context) -> Norm | None:
    """Business shorthand: Q3 2021, 3Q, H1, FY2021."""
    if _raw(m, "fy"):
        y = int(_raw(m, "fy"))
        return Norm(f"{y + 2000 if y < 100 else y:04d}")
    if _raw(m, "year"):
        y = int(_raw(m, "year"))
    elif _raw(m, "yy"):
        y = 2000 + int(_raw(m, "yy")) if int(_raw(m, "yy")) < 50 else 1900 + int(_raw(m, "yy"))
    else:
        y = ctx.dct.year
    if _raw(m, "h"):
        return Norm(f"{y:04d}-H{_raw(m, 'h')[1]}")
    return Norm(f"{y:04d}-Q{(_raw(m, 'q') or _raw(m, 'q2'))[-1]}")


def year_end(m: Match, ctx: Context) -> Norm | None:
    word = _raw(m, "word").lower()
    if "month" in word:
        return Norm(f"{ctx.dct.year:04d}-{ctx.dct.month:02d}", mod="END")
    if "century" in word:
        return Norm(f"{ctx.dct.year // 100:02d}", mod="END")
    return Norm(f"{ctx.dct.year:04d}", mod="END")


_UNIT_CODES = {"S": ("T", "S"), "M": ("", "M"), "H": ("T", "H"), "D": ("", "D"), "W": ("", "W")}


def _unit_code(unit: str) -> tuple[str, int]:
    """(TIMEX3 letter, multiplier): 'decade' → ('Y', 10), 'minutes' → ('TM', 1)."""
    code: str = lexicon()["units"][unit.lower()]
    mult = int(code[:-1]) if len(code) > 1 else 1
    letter = code[-1]
    if unit.lower() in lexicon()["time_units"]:
        return "T" + letter, mult
    return letter, mult


def _duration_value(n: float | None, unit: str) -> str:
    letter, mult = _unit_code(unit)
    t, u = ("T", letter[1]) if letter.startswith("T") else ("", letter)
    if n is None:
        return f"P{t}X{u}"
    total = n * mult
    if total != int(total):
        # "2 1/2 years" → P2Y6M; "1 1/2 hours" → PT1H30M
        whole = int(total)
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
        if t:
            smaller = {"H": ("M", 60), "M": ("S", 60)}
        if u in smaller:
            s_unit, per = smaller[u]
            rest = round((total - whole) * per)
            if u == "D":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            return f"P{t}{whole}{u}{rest}{s_unit}" if whole else f"P{t}{rest}{s_unit}"
    return f"P{t}{int(total)}{u}"


# A rate: "twice a day", "12 million visitors a year".
_SET_BEFORE = context("set_before")
_AGE = context("age")


def duration(m: Match, ctx: Context) -> Norm | None:
    if _g(m, "adj") == "old" or _AGE.match(ctx.text, m.end()):
        return None  # ages ("the 6-year-old") are not time expressions in TimeML
    num_word = _raw(m, "num").lower()
    unit = _raw(m, "unit").lower()
    if not _is_time_unit(m, ctx, num_word, unit):
        return None
    n = None if num_word in _vague() else number(num_word)
    if num_word not in _vague() and n is None:
        return None
    if _g(m, "frac") or _g(m, "frac2"):
        n = (n or 0) + 0.5
    if n is not None and _g(m, "num2"):
        n2 = number(_g(m, "num2") or "")
        if n2 is not None and (m.group(0).lower().find(" or ") >= 0 or n2 > n):
            ranged = " to " in m.group(0).lower() or " and " in m.group(0).lower()
            n = None if ranged and n2 > n + 1 else n
    approx = _g(m, "approx")
    mod = _mod_of(approx) if approx else None
    if _g(m, "orso") or (_g(m, "num2") and " or " in m.group(0).lower()):
        mod = "APPROX"
    if num_word in ("a", "an") and not (approx or _g(m, "det") or _g(m, "dir")):
        before = ctx.text[max(0, m.start() - 40) : m.start()]
        if _SET_BEFORE.search(before):
            return Norm(_duration_value(1, unit), "SET")
    if num_word in ("a couple of", "a couple") and mod is None:
        mod = "APPROX"
    start = None
    if approx == "within":
        # TimeML makes "within" a SIGNAL, outside the expression: "within [a week]".
        start, mod = _after_word(m, "approx"), None
    elif approx in ("over", "under") and _g(m, "det"):
        # "over the past two decades": a preposition, not "more than".
        start, mod = m.start("det"), None
    if _g(m, "det") and not approx and ctx.text[m.start("unit") - 1] == "-":
        # An adjective ("a 10-year sentence"): TimeML leaves the article out.
        start = m.start("num")
    return Norm(_duration_value(n, unit), mod=mod, start=start)


def _after_word(m: Match, group: str) -> int:
    """Where the text after a group's word (and its spaces) begins."""
    end = m.end(group)
    while end < len(m.string) and m.string[end].isspace():
        end += 1
    return end


@functools.cache
def _vague() -> frozenset[str]:
    """Counts with no number: "several", "a few"."""
    return frozenset(re.sub(r"\s+", " ", w) for w in lexicon()["vague_numbers"])


_FRACTION_OF = context("fraction_of")


def _is_time_unit(m: Match, ctx: Context, num_word: str, unit: str) -> bool:
    """Rule out the fraction "a quarter of", "three-quarters" and the ordinal "a second"."""
    if unit.startswith("quarter"):
        hyphen = ctx.text[m.start("unit") - 1] == "-"
        fraction = num_word in ("a", "an", "one", "three") and _FRACTION_OF.match(ctx.text, m.end())
        return not (hyphen or fraction)
    if unit == "second" and num_word in ("a", "an"):
        return False
    return True


def bare_plural(m: Match, ctx: Context) -> Norm | None:
    unit = (_g(m, "unit") or _g(m, "unit2") or "").lower()
    if unit.endswith("-long"):
        unit = unit[:-5]
    n = None if unit.endswith("s") else 1
    mod = _mod_of(_g(m, "approx"))
    return Norm(_duration_value(n, unit), mod=mod)


def bare_ago(m: Match, ctx: Context) -> Norm | None:
    """Bare plurals: "years ago" is PAST_REF; "hours later" is the duration "hours"."""
    if _raw(m, "dir").lower() == "ago":
        return Norm("PAST_REF")
    return Norm(_duration_value(None, _raw(m, "unit") or ""), "DURATION", end=m.end("unit"))


def ago(m: Match, ctx: Context) -> Norm | None:
    num_word = _raw(m, "num").lower()
    unit = _raw(m, "unit").lower()
    direction = re.sub(r"\s+", " ", _raw(m, "dir").lower())
    approx = _g(m, "approx")
    mod = _mod_of(approx) if approx else None
    sign = int(lexicon()["ago_directions"][direction])
    if sign == 0:
        return None  # "two days after the attack": the duration rule takes it
    if "or so" in m.group(0).lower():
        mod = "APPROX"
    vague_count = num_word in _vague()
    n = None if vague_count else number(num_word)
    if n is None and not vague_count:
        return None
    if n is not None and ("half" in m.group(0).lower() or "1/2" in m.group(0)):
        n += 0.5
    letter, mult = _unit_code(unit)
    if direction in ("later", "earlier") and letter in ("D", "W", "TH", "TM", "TS"):
        # TimeML marks "three days later" as the duration "three days".
        return Norm(_duration_value(n, unit), "DURATION", mod, ref=False, end=m.end("unit"))
    if n is None:
        return Norm("FUTURE_REF" if sign > 0 else "PAST_REF")
    base = ctx.dct
    if _raw(m, "tail"):
        base += dt.timedelta(days=lexicon()["deictic_days"][_raw(m, "tail").strip().lower()])
    if direction == "later" or (direction == "earlier" and mult * n != 1):
        # "Three decades later" continues the story from the last date it gave, not from the
        # article's own date (but "a year earlier" in a report compares with the year before).
        base = _narrative_base(ctx, letter) or base
    if (letter, mult, n) == ("Y", 1, 1) and ctx.quarter_focus:
        # In an earnings report "a year ago" is the same quarter of the year before.
        y, q = _last_quarter(ctx)
        return Norm(f"{y - 1:04d}-Q{q}", mod=mod, ref=False)
    return _offset_value(base, letter, mult * n * sign, mod)


def _narrative_base(ctx: Context, letter: str) -> dt.date | None:
    """The last date mentioned, when precise enough to count ``letter`` units from."""
    ref = ctx.ref_date
    if not ctx.in_order or not ref or not (len(ref) >= 4 and ref[:4].isdigit()):
        return None
    if letter == "Y":
        return dt.date(int(ref[:4]), 7, 1)
    if letter == "M" and re.match(r"\d{4}-\d\d", ref):
        return dt.date(int(ref[:4]), int(ref[5:7]), 15)
    return None


def _offset_value(base: dt.date, letter: str, k: float, mod: str | None) -> Norm:
    if letter == "Y":
        return Norm(f"{base.year + int(round(k)):04d}", mod=mod)
    if letter == "Q":
        y, q = _add_quarters(base.year, _quarter_of(base), int(k))
        return Norm(f"{y:04d}-Q{q}", mod=mod)
    if letter == "M":
        y, mo = _add_months(base.year, base.month, int(round(k)))
        return Norm(f"{y:04d}-{mo:02d}", mod=mod)
    if letter == "W":
        return Norm(_week(base + dt.timedelta(weeks=k)), mod=mod)
    if letter == "D":
        return Norm((base + dt.timedelta(days=k)).isoformat(), mod=mod)
    # Hours, minutes, seconds: the day is as precise as a date gets without a clock time.
    return Norm(base.isoformat(), mod=mod)


def the_unit(m: Match, ctx: Context) -> Norm | None:
    unit = _raw(m, "unit").lower()
    if _raw(m, "ended"):
        return Norm(_duration_value(1, unit), "DURATION")
    if unit == "weekend":
        # "over the weekend": the one just past, unless the verb looks ahead: then the one
        # that ends the article's ISO week ("will meet at the weekend" on a Wednesday), or on
        # a Sunday the next one.
        if ctx.tense_of(m) == FUTURE:
            ahead = ctx.dct + dt.timedelta(weeks=1 if ctx.dct.isoweekday() == 7 else 0)
            return Norm(_week(ahead) + "-WE")
        return _shift_unit(ctx.dct, unit, 0, None)
    return _shift_unit(ctx.dct, unit, 0, None)


def set_word(m: Match, ctx: Context) -> Norm | None:
    word = _raw(m, "word").lower()
    if word == "annual":
        return None  # "the annual meeting": an adjective TimeML does not mark
    return Norm(lexicon()["sets"][word])


def set_every(m: Match, ctx: Context) -> Norm | None:
    q = _raw(m, "q").lower()
    if q in ("a", "an", "per") and not _raw(m, "freq") and q != "per":
        return None
    unit = _raw(m, "unit").lower()
    season = lexicon()["seasons"].get(unit)
    if season:
        return Norm(f"XXXX-{season}")
    if unit in lexicon()["months"]:
        return Norm(f"XXXX-{_month(unit):02d}")
    if unit in ("morning", "afternoon", "evening"):
        return Norm(f"XXXX-XX-XXT{_pod_code(unit)}")
    if unit == "weekend":
        return Norm("XXXX-WXX-WE")
    n = 2 if _g(m, "other") == "other" else (number(_raw(m, "num")) if _raw(m, "num") else 1)
    return Norm(_duration_value(n, "day" if unit == "night" else unit))


def vague(m: Match, ctx: Context) -> Norm | None:
    word = re.sub(r"\s+", " ", _raw(m, "word").lower())
    value: str = lexicon()["vague"][word]
    if word in _needs_noun():
        # The adjectives count when they modify a noun: "current realities", "recent sale".
        if not _ADJ_USE.match(ctx.text, m.end()):
            return None
    elif word in _needs_preposition():
        before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        if not _VAGUE_TIME_BEFORE.search(before):
            return None
    if ctx.text.startswith("-", m.end()) and " " not in word:
        return None  # "his now-shuttered tabloid": part of an adjective, not a time
    return Norm(value)


@functools.cache
def _needs_noun() -> frozenset[str]:
    return frozenset(lexicon()["vague_needs_noun"])


@functools.cache
def _needs_preposition() -> frozenset[str]:
    return frozenset(lexicon()["vague_needs_preposition"])


_ADJ_USE = context("adjective_use")
_VAGUE_TIME_BEFORE = context("vague_time_before")


_CLOCK_REF_REACH = 450  # characters: about three sentences
# "overnight" takes a day in focus within a week of the article's date as far as other times
# do; an older one only from the sentence before (about 200 characters)
_OVERNIGHT_DAYS = 7
_OVERNIGHT_CHARS = 200


def clock(m: Match, ctx: Context) -> Norm | None:
    hour, minute = _clock_time(m)
    if hour is None:
        return None
    # A bare clock time belongs to the day just talked about ("The blast, on Friday, ... at
    # 10:35 a.m."), else to the article's own day.
    d = _ref_day(ctx) if m.start() - ctx.ref_pos < _CLOCK_REF_REACH else ctx.dct
    if m.re.groupindex.get("weekday") and _raw(m, "weekday"):
        wd = lexicon()["weekdays"][_raw(m, "weekday").lower()]
        d = _shift_weekday(ctx.dct, wd, ctx.tense_of(m), None)
    elif m.re.groupindex.get("deictic") and _raw(m, "deictic"):
        d = ctx.dct + dt.timedelta(days=lexicon()["deictic_days"][_raw(m, "deictic").lower()])
    # "0100 GMT on Saturday 23 January": the date told right after the time, which is its
    # own TIMEX3 (rules.tsv military_time), gives the time its day
    next_month = _raw(m, "nextmonth") if m.re.groupindex.get("nextmonth") else None
    if next_month or (m.re.groupindex.get("month") and _raw(m, "month")):
        month = _month(next_month or _raw(m, "month"))
        day = int(_raw(m, "nextday") if next_month else _raw(m, "day"))
        try:
            d = dt.date(_year_for(month, day, ctx.tense_of(m), ctx.dct), month, day)
        except ValueError:
            return None
    mod = _mod_of(_g(m, "approx"))
    if mod is None and _g(m, "approx"):
        mod = "APPROX"
    if "named" in m.re.groupindex and _g(m, "named") == "midnight":
        return Norm(f"{d.isoformat()}T24:00", mod=mod)  # TimeML: midnight ends its day
    return Norm(f"{d.isoformat()}T{hour:02d}:{minute:02d}", mod=mod)


# prepositions before a single point in time ("at about 1100", "until 1221"), not a range's
_AT_CLOCK = frozenset({"at", "at about", "at around", "after", "before", "until", "till"})


def clock24(m: Match, ctx: Context) -> Norm | None:
    """A 24-hour time with no zone ("shortly after 1100", "between 1040 and 1050"), where a
    four-digit number could be a year: a leading zero, a zone or "local time", a number no
    news year takes (before 1300), or one before 1900 after a preposition of a point in time
    ("at 1800") make it a time; "between 1990 and 1995" stays two years."""
    raw = _raw(m, "hour24") + _raw(m, "minute24")
    prep = re.sub(r"\s+", " ", _raw(m, "prep").lower())
    value = int(raw)
    if not (
        raw.startswith("0") or _g(m, "zone") or value < 1300 or (value < 1900 and prep in _AT_CLOCK)
    ):
        return None
    return clock(m, ctx)


def _clock_time(m: Match) -> tuple[int | None, int]:
    groups = m.re.groupindex
    named = _g(m, "named") if "named" in groups else None
    if named:
        return (0 if named == "midnight" else 12), 0
    if "hour24" in groups and _raw(m, "hour24"):
        return int(_raw(m, "hour24")), int(_raw(m, "minute24"))
    raw = _raw(m, "hour") if _raw(m, "hour") else (_raw(m, "hourw") if "hourw" in groups else None)
    if raw is None:
        return None, 0
    n = number(raw)
    if n is None or not 0 <= n <= 24:
        return None, 0
    hour = int(n)
    minute = int(_raw(m, "minute")) if "minute" in groups and _raw(m, "minute") else 0
    ampm = (_g(m, "ampm") or _g(m, "ampm2") or "") if "ampm" in groups else ""
    pod = _g(m, "pod") or ""
    if ampm.startswith("p") or pod in ("afternoon", "evening", "night"):
        if hour < 12:
            hour += 12
    elif (ampm.startswith("a") or pod == "morning") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None, 0
    return hour, minute


NORMALISERS: dict[str, Callable[[Match, Context], Norm | None]] = {
    f.__name__: f
    for f in (
        iso,
        slash,
        month_day,
        clock24,
        conjoined_day,
        week_of,
        month_year,
        month_rel,
        year,
        decade,
        century,
        deictic,
        this_pod,
        weekday,
        weekday_set,
        holiday,
        quarter,
        quarter_anaphor,
        half,
        year_ago,
        season,
        rel_unit,
        year_end,
        unit_part,
        in_the_unit,
        quarter_code,
        relative_ref,
        duration,
        bare_plural,
        bare_ago,
        ago,
        the_unit,
        set_word,
        set_every,
        vague,
        clock,
    )
}
