"""Fuzzing the import readers: mutants of good CSV, .xlsx, .ods and .xls files are read in a
child process with its memory capped at 1.5 GB, for a few seconds; each must be read, or
refused with a message from the catalogue. A reader that crashes the process, asks for more
memory than the cap, hangs or raises anything else fails the test (the mutant is kept)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hostile_files import run_isolated

FUZZER = Path(__file__).with_name("import_fuzz.py")
# SALON_DESK_FUZZ_SEED and SALON_DESK_FUZZ_SECONDS explore further than the suite's few seconds.
SEED = int(os.environ.get("SALON_DESK_FUZZ_SEED", "2026"))
SECONDS = float(os.environ.get("SALON_DESK_FUZZ_SECONDS", "4"))


def test_mutated_files_are_read_or_refused_cleanly(tmp_path):
    run = run_isolated(f"""
        import json, pathlib, runpy
        fuzz = runpy.run_path({str(FUZZER)!r})
        report = fuzz["main"]({SEED}, {SECONDS}, pathlib.Path({str(tmp_path)!r}))
        print("REPORT " + json.dumps(report))
    """, memory_mb=1500, timeout=60 + 3 * SECONDS)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.split("REPORT ", 1)[1])
    assert report["cases"] >= 10  # a few seconds are dozens of files (fewer on a busy machine)
    assert report["failures"] == []
