"""Long jobs: generators that yield their progress and return their result. No Qt here.

Every long piece of work of the services (an import, an export, the duplicate scan, the demo
salon, a change to thousands of ticked customers) is a generator function:

    def export_customers(db, path) -> Job[ExportResult]:
        ...
        yield done, total, "Writing customers…"
        ...
        return result

Progress
    Each ``yield`` is ``(done, total)`` or ``(done, total, label)``; ``progress(step)`` reads
    either as a ``Progress``. A total of 0 means "busy, no count yet". The label is either an
    English literal written in the ``yield`` itself (scripts/i18n_extract.py finds it there and
    the interface translates it, context BackgroundTask) or a services.texts.Text.
Result
    What the generator returns (``StopIteration.value``); ``run(job)`` gives it.
Cancel
    By ``job.close()``, nothing else (no cancel token): whoever drives the job stops at a
    yield and closes the generator, which raises ``GeneratorExit`` at that yield inside the
    job. A job that writes in one transaction (``with db.transaction() as session:`` around
    its yields) is rolled back whole; a job that commits in batches keeps the batches it
    committed. A job must not yield inside ``except GeneratorExit``.
Errors
    Raised out of ``next(job)`` as they are; the driver reports them.

``drive`` is the one loop that runs a job: the interface's runner (ui.tasks.BackgroundTask, on a
worker thread with a progress dialog), the command line (cli.jobs.run_job, printing progress)
and ``run`` (tests, benchmarks, callers that want only the result) all go through it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")

Step = tuple  # (done, total) or (done, total, label)
Job = Generator[Step, None, T]


class Progress(NamedTuple):
    done: int
    total: int  # 0: busy, no count
    label: str = ""  # an English source text or a services.texts.Text; "" for none


class Cancelled(Exception):
    """The job was stopped at a yield and closed (its transaction rolled back)."""


def progress(step: Step) -> Progress:
    """A yielded step, ``(done, total)`` or ``(done, total, label)``, as a Progress."""
    done, total, *rest = step
    return Progress(int(done), int(total), (rest[0] or "") if rest else "")


def drive(job: Job[T], on_progress: Callable[[Progress], Any] | None = None,
          cancelled: Callable[[], bool] | None = None) -> T:
    """Run ``job`` to its end and return its result, telling ``on_progress`` each step.

    When ``cancelled()`` is true at a step, the job is closed there (GeneratorExit inside it)
    and Cancelled is raised.
    """
    while True:
        try:
            step = next(job)
        except StopIteration as end:
            return end.value
        if cancelled is not None and cancelled():
            job.close()
            raise Cancelled()
        if on_progress is not None:
            on_progress(progress(step))


def run(job: Job[T]) -> T:
    """The job's result, its progress unread."""
    return drive(job)
