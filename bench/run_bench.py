"""Run ``dateline bench`` as a script: ``python bench/run_bench.py --n 100 --workers 2``."""

from __future__ import annotations

import sys

from dateline.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["bench", *sys.argv[1:]]))
