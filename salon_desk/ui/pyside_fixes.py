"""Work-arounds for defects of the Qt binding, applied once when salon_desk.ui is imported.

PySide6 6.12 drops one reference to ``None`` each time an item model written in Python answers
``data()`` with ``None`` to Qt (which views ask for many roles of every visible cell). Under
Python 3.11, ``None`` is an ordinary reference-counted object: scrolling a long list for a
minute takes its count to zero and the interpreter aborts with "deallocating None". Python
3.12 made ``None`` immortal; before that, ``None`` is given a reference count that no session
can use up (2**48: over 10**14 answers).
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 48


def protect_none() -> bool:
    """Raise None's reference count once; True when it was needed and done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if getattr(sys, "_salon_desk_none_protected", False):
        return True
    # ob_refcnt is the first field of every CPython object, at the object's address.
    ctypes.c_ssize_t.from_address(id(None)).value += _EXTRA_REFERENCES
    sys._salon_desk_none_protected = True
    return True


protect_none()
