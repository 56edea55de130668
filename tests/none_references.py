"""Counting the references to None on every Python, for tests that guard against code dropping them.

Since Python 3.12 None is immortal (PEP 683): its reference count is pinned at a value that
Py_DECREF leaves alone, and ``sys.getrefcount(None)`` answers the same number whatever happens.
A test that compares that count before and after something can therefore not fail there, even
when that something drops a reference it does not own (which takes Python 3.11, where None is an
ordinary object, down with "deallocating None").

``counted_none()`` gives None an ordinary reference count for the length of a block, so that a
dropped reference shows in ``sys.getrefcount(None)`` on 3.11, 3.12 and 3.13 alike, and checks
first that it does (``dropped_reference_shows``): a test using it either can fail on the running
Python or says that it cannot.

Kept short on purpose: while None is counted, the interpreter's own code that hands None out
without a reference (3.12's Py_RETURN_NONE) makes the count drift, so the block should run only
the code under test.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
import sysconfig
from collections.abc import Iterator

_ORDINARY = 1 << 30  # far from zero, and below the immortal range (negative as a 32-bit int)


def _count_field() -> ctypes.c_ssize_t:
    """None's ob_refcnt: the first field of every CPython object, at the object's address."""
    if sys.implementation.name != "cpython" or sysconfig.get_config_var("Py_GIL_DISABLED"):
        raise RuntimeError("None's references are counted here only on CPython with the GIL")
    return ctypes.c_ssize_t.from_address(id(None))


_OTHER = object()  # an ordinary object, for measuring what a call does to None's count itself


def _decref_drift(target: object) -> int:
    """How sys.getrefcount(None) moves while C code drops a reference to ``target`` (given
    back at once)."""
    decref, incref = ctypes.pythonapi.Py_DecRef, ctypes.pythonapi.Py_IncRef
    decref.argtypes = incref.argtypes = [ctypes.c_void_p]
    before = sys.getrefcount(None)
    decref(id(target))
    after = sys.getrefcount(None)
    incref(id(target))
    return after - before


def dropped_reference_shows() -> bool:
    """Whether a reference to None dropped by C code shows in sys.getrefcount(None). Compared
    with the same call dropping a reference to another object: what the call itself does to
    None's count (see the module's docstring) cancels out."""
    return _decref_drift(None) - _decref_drift(_OTHER) == -1


@contextlib.contextmanager
def counted_none() -> Iterator[None]:
    """None with an ordinary reference count inside the block (it has one already before 3.12);
    raises AssertionError when a dropped reference would still not show."""
    field = _count_field()
    if dropped_reference_shows():  # an ordinary object already
        yield
        return
    immortal = field.value
    field.value = _ORDINARY
    try:
        assert dropped_reference_shows(), "None's references cannot be counted on this Python"
        yield
    finally:
        field.value = immortal
