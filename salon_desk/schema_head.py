"""The schema revision this version of Salon Desk writes, read from its migration files.

Alembic (a few hundred milliseconds to import) is needed only to migrate: opening a file whose
alembic_version is already this revision (models.db), and the quick command line (cli.basic),
compare with this instead. Plain Python, no SQLAlchemy.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "models" / "migrations" / "versions"

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$", re.M)


@functools.cache
def schema_head() -> str | None:
    """The newest revision; None when the files do not say it plainly (no files, a revision
    written otherwise, several heads): the caller then asks alembic."""
    revisions, parents = set(), set()
    for path in VERSIONS_DIR.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
