"""Running a long job (services.jobs) from the command line, its progress on stderr."""

from __future__ import annotations

import sys
from typing import TypeVar

from salon_desk.services.jobs import Job, Progress, drive

T = TypeVar("T")


def run_job(job: Job[T], quiet: bool = False, counting: str = "") -> T:
    """The job's result. Its progress is rewritten on one line of stderr, as a percentage or,
    with ``counting`` ("customers"), as "1,500/2,000 customers"; a step without a total (busy)
    leaves the line as it is. ``quiet``: nothing is printed."""

    def show(step: Progress) -> None:
        if not step.total:
            return
        if counting:
            text = f"{step.done:,}/{step.total:,} {counting}"
        else:
            text = f"{min(step.done, step.total) * 100 // step.total:3d} %"
        print(f"\r{text}", end="", file=sys.stderr, flush=True)

    result = drive(job, None if quiet else show)
    if not quiet:
        print(file=sys.stderr)
    return result
