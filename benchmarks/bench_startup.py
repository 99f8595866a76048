"""How long a learner waits for `grade p001` and `grade ch01`: the median wall time of several runs, each a fresh
`grade` process (imports, the sandbox's start, grading, the report) after one uncounted run, in a workspace from
`grade init`.

Measured: p001 as `grade init` wrote it (not started) and solved (the reference solution copied in), and ch01 with
p001 solved. Printed beside a bare `python -c pass`, as ratios, with the CPU time each run used (wall time on a
busy machine is mostly waiting). Usage: python benchmarks/bench_startup.py [runs]
"""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# As an installed grader runs: from compiled bytecode (pip writes it; the first, uncounted run writes it here).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(command: list[str], runs: int, cwd: Path) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds of the process and everything it started: zygote, workers)."""
    times, cpu = [], []
    for run in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
        if run == 0:
            continue
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    grade = [sys.executable, "-m", "grader.cli"]
    with tempfile.TemporaryDirectory(prefix="dlscratch-bench-") as folder:
        workspace = Path(folder)
        subprocess.run([*grade, "init", str(workspace)], check=True, stdout=subprocess.DEVNULL)
        python = median_seconds([sys.executable, "-c", "pass"], runs, workspace)
        rows = [("python -c pass", python), ("grade p001 (not started)", median_seconds([*grade, "p001"], runs, workspace))]
        shutil.copy(ROOT / "reference" / "ch01" / "p001_make_array.py", workspace / "ch01")
        rows.append(("grade p001 (solved)", median_seconds([*grade, "p001"], runs, workspace)))
        rows.append(("grade ch01 (p001 solved)", median_seconds([*grade, "ch01"], runs, workspace)))
    print(f"median of {runs} runs each (fresh processes); CPU: the process and its zygote and workers, all cores")
    for name, (seconds, cpu) in rows:
        print(f"  {name:<26} {seconds:6.3f} s wall ({seconds / python[0]:5.1f} x python -c pass)   {cpu:6.3f} s CPU")


if __name__ == "__main__":
    main()
