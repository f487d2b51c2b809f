"""Run a command and measure it: wall time, and the peak memory of it and every process it starts."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE_EVERY = 0.05
"""Seconds between two looks at the process tree's memory."""


@dataclass(frozen=True)
class Run:
    """One measured run of a command."""

    seconds: float
    cpu_seconds: float
    """Processor time of the command and every process it started and waited for: what the
    work cost, nearly whatever else the machine was doing."""
    peak_bytes: int
    """Largest sum of resident memory over the process and its children, as sampled."""
    output: str


def environment() -> dict[str, str]:
    """The environment commands run in: this checkout's dossier package comes first."""
    path = os.environ.get("PYTHONPATH", "")
    # The theme's end-of-life notice is printed on every build; it is only noise here.
    return {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{path}" if path else str(REPO),
            "NO_MKDOCS_2_WARNING": "1"}


def run(command: list[str], cwd: Path | None = None) -> Run:
    """Run command to the end, timing it and sampling its process tree's memory; fail loudly."""
    used_before = children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(process.pid))
            done.wait(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    cpu_seconds = children_cpu() - used_before
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"bench: command failed ({process.returncode}): {' '.join(map(str, command))}\n{err[-3000:]}")
    return Run(seconds, cpu_seconds, peak[0], out)


def children_cpu() -> float:
    """Processor seconds used so far by the child processes this one has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, now (0 where /proc cannot tell)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    pending.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def stage(*args: str) -> dict:
    """Run one step of bench/stages.py in a fresh interpreter; its JSON answer."""
    result = run([sys.executable, str(Path(__file__).parent / "stages.py"), *args])
    return {**json.loads(result.output), "peak_bytes": result.peak_bytes}


def median(values: list[float]) -> float:
    """The median, or NaN for no values."""
    return statistics.median(values) if values else float("nan")
