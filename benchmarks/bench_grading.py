"""What the worker process costs: grade ch01 ch02 --reference in the sandbox and in-process, in one run.

Each mode runs in its own fresh Python process (so imports and peak memory are measured alike) and reports
wall time and peak resident memory (its own plus its children's, i.e. the zygote and workers). Prints both
and their ratios. Usage: python benchmarks/bench_grading.py [targets...]   (default: ch01 ch02)
"""
from __future__ import annotations

import json
import subprocess
import sys

MEASURE = r"""
import json, resource, sys, time
from pathlib import Path
from grader.catalog import select
from grader.engine import Grader, Options
from grader.sandbox.runner import InProcess, Sandbox

mode, targets = sys.argv[1], sys.argv[2:]
problems = select(targets)
options = Options(workspace=Path("reference"), reference=True, profile="ci")
started = time.perf_counter()
runner = Sandbox() if mode == "sandbox" else InProcess()
startup = time.perf_counter() - started
results = [Grader(runner, options).grade(p) for p in problems]
runner.close()
seconds = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "startup": startup, "peak_mib": peak_kib / 1024, "problems": len(problems),
                  "passed": sum(r.status == "passed" for r in results)}))
"""


def measure(mode: str, targets: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURE, mode, *targets], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    targets = sys.argv[1:] or ["ch01", "ch02"]
    sandbox, in_process = measure("sandbox", targets), measure("in-process", targets)
    print(f"grading {' '.join(targets)} --reference: {sandbox['problems']} problems "
          f"({sandbox['passed']} passed in the sandbox, {in_process['passed']} in-process)")
    print(f"{'mode':12} {'seconds':>9} {'startup':>9} {'per problem':>12} {'peak MiB':>9}")
    for name, m in (("sandbox", sandbox), ("in-process", in_process)):
        per_problem = (m["seconds"] - m["startup"]) / max(m["problems"], 1)
        print(f"{name:12} {m['seconds']:9.2f} {m['startup']:9.2f} {per_problem:12.4f} {m['peak_mib']:9.1f}")
    print(f"ratio sandbox / in-process: time {sandbox['seconds'] / in_process['seconds']:.2f}x "
          f"(after start-up {(sandbox['seconds'] - sandbox['startup']) / (in_process['seconds'] - in_process['startup']):.2f}x), "
          f"peak memory {sandbox['peak_mib'] / in_process['peak_mib']:.2f}x")


if __name__ == "__main__":
    main()
