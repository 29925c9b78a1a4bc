"""How the benchmarks measure: the measured process's own memory and CPU, medians of runs.

Wall time alone misleads on a shared machine (the bare echo's wall time has moved fourfold
between runs here), so every ratio is also given in CPU time of the process measured.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median

_TICKS = os.sysconf("SC_CLK_TCK")


def own_peak_mb() -> float:
    """This process's own peak resident memory (``VmHWM``), in MB.

    Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries the parent's peak across
    fork and exec into it, so a child started from a big benchmark process reported the
    parent's 127 MB rather than its own 61 MB.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status (this needs Linux)")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time used so far by process ``pid`` (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # After the command name: state is field 3, utime 14 and stime 15 (proc(5)).
    return (int(fields[11]) + int(fields[12])) / _TICKS


@dataclass(frozen=True)
class Sample:
    """One run: how many updates, and the wall and CPU seconds they took."""

    updates: int
    wall: float
    cpu: float


@dataclass(frozen=True)
class Runs:
    """Several runs of one thing; its figures are the medians."""

    samples: tuple[Sample, ...]

    @property
    def updates(self) -> int:
        return self.samples[0].updates

    @property
    def wall_ms(self) -> float:
        """Median wall time per update, in ms."""
        return median(s.wall / s.updates for s in self.samples) * 1000

    @property
    def cpu_ms(self) -> float:
        """Median CPU time per update, in ms."""
        return median(s.cpu / s.updates for s in self.samples) * 1000

    @property
    def per_second(self) -> float:
        """Median updates per wall-clock second."""
        return median(s.updates / s.wall for s in self.samples)


def runs(samples: Sequence[Sample]) -> Runs:
    return Runs(tuple(samples))
