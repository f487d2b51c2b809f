"""Python's cycle collector paused while a stage makes many short-lived objects."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused():
    """Python's cycle collector off for a while, as it was after.

    Extraction leaves no reference cycles behind for the collector to find, yet makes
    so many objects (a token per word) that the collector would run a thousand times in
    a few hundred articles, now and then walking every live object; workers, which only
    extract, run without it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
