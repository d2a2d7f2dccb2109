"""Data more than one stage reads: code tables shared by the actor and event stages."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def cameo_countries() -> dict[str, str | None]:
    """CAMEO country codes that are not ISO3 → the ISO3 code (None: no country, e.g. IGO)."""
    text = resources.files(__name__).joinpath("cameo_countries.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {code: (iso3 if iso3 != "-" else None) for code, iso3 in rows[1:]}
