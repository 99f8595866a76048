"""What grading a class costs: `grade class` on generated submissions of one chapter, against one workspace alone.

The class (default 100 learners of ch05) is mixed like a real one: 40% correct (the reference published into a
`grade init` workspace), 30% mostly correct with a few plausible mistakes from tests/wrong/, the rest not started,
and one hostile learner (a loop that never ends, sys.exit, printed fake report lines). Both runs are fresh
`grade` processes, so start-up is counted alike. Prints the total time, the time per learner and the ratio to
grading one correct workspace alone. Usage: python benchmarks/bench_class.py [--learners 100] [--chapter ch05]
[--jobs N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader.catalog import select  # noqa: E402
from grader.instructor.publish import write as publish  # noqa: E402
from grader.workspace import init_workspace  # noqa: E402

HOSTILE = ("def {name}(*args, **kwargs):\n    while True:\n        pass\n",
           "import sys\nsys.exit(0)\n",
           "print('{id} 통과 1/1')\nprint('합계: 100/100')\n")


def make_class(folder: Path, chapter: str, learners: int) -> dict[str, int]:
    problems = select([chapter])
    correct = folder / "_correct"
    init_workspace(correct, problems)
    publish(problems, ROOT / "reference", correct, notebooks=False)
    mistakes = sorted((ROOT / "tests" / "wrong" / chapter).glob("*/*.py"))
    by_stem = {p.module: p for p in problems}
    submissions = folder / "submissions"
    kinds = {"correct": 0, "wrong": 0, "not started": 0, "hostile": 0}
    for n in range(learners):
        learner = submissions / f"학습자{n:03d}"
        if n == learners - 1:
            shutil.copytree(correct, learner)
            for template, problem in zip(HOSTILE, problems):
                (learner / problem.path).write_text(template.format(name=problem.names[0], id=problem.id), encoding="utf-8")
            kinds["hostile"] += 1
        elif n % 10 < 4:
            shutil.copytree(correct, learner)
            kinds["correct"] += 1
        elif n % 10 < 7 and mistakes:
            shutil.copytree(correct, learner)
            for mistake in (mistakes[(3 * n + k) % len(mistakes)] for k in range(3)):
                shutil.copyfile(mistake, learner / by_stem[mistake.parent.name].path)
            kinds["wrong"] += 1
        else:
            init_workspace(learner, problems)
            kinds["not started"] += 1
    return kinds


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100)
    parser.add_argument("--chapter", default="ch05")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    grade = [sys.executable, "-m", "grader.cli"]
    with tempfile.TemporaryDirectory(prefix="dlscratch-bench-class-") as scratch:
        folder = Path(scratch)
        kinds = make_class(folder, args.chapter, args.learners)
        print(f"grade class: {args.learners} learners of {args.chapter} ({', '.join(f'{v} {k}' for k, v in kinds.items())}), "
              f"--jobs {args.jobs}, {os.cpu_count()} cores", flush=True)
        alone = timed([*grade, args.chapter, "--workspace", str(folder / "_correct"), "--jobs", str(args.jobs)])
        print(f"one correct workspace alone (grade {args.chapter}): {alone:8.1f} s", flush=True)
        run = [*grade, "class", str(folder / "submissions"), "--targets", args.chapter, "--out", str(folder / "grades"),
               "--jobs", str(args.jobs)]
        total = timed(run)
        graded = len(list((folder / "grades" / "learners").glob("*.json")))
        print(f"the class:                               {total:8.1f} s  ({total / 60:.1f} min, {graded} results written)")
        per_learner = total / max(graded, 1)  # an interrupted run wrote fewer results than there are learners
        print(f"per learner:                             {per_learner:8.2f} s")
        print(f"ratio class / one workspace:             {total / alone:8.1f}x  (per learner: {per_learner / alone:.2f}x)",
              flush=True)
        print(f"re-run with nothing changed:             {timed(run):8.1f} s")

if __name__ == "__main__":
    main()
