"""Peak memory of one step of a benchmark, from /proc (Linux).

Unlike ru_maxrss, the peak (VmHWM) starts afresh in an exec'd child and can be reset, so
a worker process can measure one step alone: `reset_peak()`, run it, `status_mb("VmHWM")`.
"""

from __future__ import annotations


def status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MB (NaN when absent)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> None:
    """Reset VmHWM to the current RSS (a no-op where the kernel does not allow it)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
