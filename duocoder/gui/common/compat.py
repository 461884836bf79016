"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

Shiboken 6.12 returns None from every wrapped C++ method that returns void without taking a
new reference, which is harmless on Python 3.12+ (None is immortal there) but on 3.11 drops
None's count by one per call: after a few thousand calls (opening one long transcript) the
interpreter aborts with "deallocating None". Giving None an enormous count makes it as
immortal as 3.12 does; nothing else changes."""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 60


def keep_none_alive() -> None:
    """Idempotent; a no-op where None is immortal already or on other interpreters."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if count.value < _BALLAST // 2:
        count.value += _BALLAST
