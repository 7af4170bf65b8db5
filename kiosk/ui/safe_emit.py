"""`emit(signal, *args)`: Signal.emit() without PySide6 6.12.0's lost reference to True.

On Python 3.11, every `signal.emit()` made from Python code in PySide6 6.12.0 drops one
reference to the `True` it returns; after a few thousand emits the interpreter aborts with
"bool_dealloc: deallocating True or False" (see tests/ui/test_safe_emit.py). Taking the reference back is harmless if a later PySide6 fixes it, and a no-op on
Python 3.12+ where True is immortal.
"""
from __future__ import annotations

import ctypes

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit(signal, *args):
    result = signal.emit(*args)
    if result is True or result is False:
        _incref(result)
    return result
