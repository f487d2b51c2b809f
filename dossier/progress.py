"""Progress of long work, told now and then: nothing while the work is short."""

from __future__ import annotations

import time
from collections.abc import Callable

SAY_AFTER = 2.0
"""Seconds of work before the first word: a short build says nothing."""
SAY_EVERY = 2.0
"""Seconds between two words on the same stage."""
SAY_NEW_STAGE_AFTER = 0.5
"""Seconds between two words when the stage has changed: stages a moment long go untold."""


class Progress:
    """Tells `say` what the work is doing, once it has run SAY_AFTER seconds, then every
    SAY_EVERY seconds, or sooner at a new stage.

    A stage is what is said, with {done} and {total} where the counts go:
    progress("extracting {done}/{total} articles", 120, 840).
    """

    def __init__(self, say: Callable[[str], None], *, clock: Callable[[], float] = time.monotonic):
        self.say = say
        self.clock = clock
        self.started = clock()
        self.told: tuple[str, float] | None = None
        """The stage last told, and when."""

    def __call__(self, stage: str, done: int | None = None, total: int | None = None) -> None:
        """The work is at `stage`, `done` of `total` things if it counts them."""
        now = self.clock()
        if now - self.started < SAY_AFTER:
            return
        if self.told is not None:
            last_stage, last_time = self.told
            if now - last_time < (SAY_EVERY if stage == last_stage else SAY_NEW_STAGE_AFTER):
                return
        self.told = (stage, now)
        self.say(stage.format(done=done, total=total))


def quiet(stage: str, done: int | None = None, total: int | None = None) -> None:
    """A progress that tells no one: the default of every stage."""
