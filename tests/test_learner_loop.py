"""The learner loop in a terminal: the results record, the next-step line, grade status, grade list, grade watch."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from grader import catalog, results
from grader.status import FAILED, MANUAL, NOT_STARTED, PASSED

ROOT = Path(__file__).resolve().parents[1]


def grade(*args: str, cwd=None, columns: int = 100) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=300, env={**_env(), "COLUMNS": str(columns)})


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "COLUMNS"}


def solve(workspace: Path, problem_id: str) -> None:
    problem = catalog.get(problem_id)
    (workspace / problem.path).write_text((ROOT / "reference" / problem.path).read_text(encoding="utf-8"), encoding="utf-8")


def test_a_run_keeps_each_status_in_the_record_and_ends_with_the_next_step(tmp_path):
    assert grade("init", str(tmp_path)).returncode == 0
    solve(tmp_path, "p001")
    done = grade("p001", "p002", "--workspace", str(tmp_path), "--lang", "en")
    assert results.load(tmp_path) == {"p001": PASSED, "p002": NOT_STARTED}
    assert done.stdout.rstrip().splitlines()[-1].startswith("next: grade p002 --lang en")
    assert sorted(p.name for p in (tmp_path / ".dlscratch").iterdir()) == ["results.json", "workspace.json"]  # no temp file left
    korean = grade("p001", "--workspace", str(tmp_path))  # passed again: the next is the first one not done
    assert korean.stdout.rstrip().splitlines()[-1].startswith("다음: grade p002 (")


def test_a_corrupt_record_is_ignored_and_replaced(tmp_path):
    assert grade("init", str(tmp_path)).returncode == 0
    (tmp_path / results.RECORD).write_text('{"format": 1, "problems": {"p001": ', encoding="utf-8")
    assert results.load(tmp_path) == {}
    done = grade("p003", "--workspace", str(tmp_path), "--lang", "en")
    assert "Traceback" not in done.stderr and done.stdout.rstrip().splitlines()[-1].startswith("next: grade p003")
    assert results.load(tmp_path) == {"p003": NOT_STARTED}


def test_record_reads_only_known_statuses_and_needs_a_workspace(tmp_path):
    assert not results.save(tmp_path, [("p001", PASSED)])  # no `grade init` here: nothing written
    assert not (tmp_path / results.RECORD).exists()
    (tmp_path / results.RECORD).parent.mkdir()
    for junk in ("[]", '{"format": 1, "problems": []}', '{"format": 9, "problems": {}}', "\x00\xff"):
        (tmp_path / results.RECORD).write_text(junk, encoding="utf-8")
        assert results.load(tmp_path) == {}
    (tmp_path / results.RECORD).write_text(json.dumps({"format": 1, "problems": {
        "p001": {"status": "passed"}, "p002": {"status": "cheated"}, "p003": "passed"}}), encoding="utf-8")
    assert results.load(tmp_path) == {"p001": PASSED}


def test_next_problem_skips_what_is_settled_and_wraps_around():
    course = ["p001", "p002", "p003", "p004"]
    assert results.next_problem(course, {}) == "p001"
    assert results.next_problem(course, {"p001": PASSED, "p002": MANUAL}) == "p003"
    assert results.next_problem(course, {"p003": FAILED}, first=["p003"]) == "p003"
    assert results.next_problem(course, {"p003": PASSED}, first=["p003"]) == "p004"
    assert results.next_problem(course, {"p003": PASSED, "p004": PASSED}, first=["p003"]) == "p001"
    assert results.next_problem(course, {}, gradable=lambda p: p != "p001") == "p002"
    assert results.next_problem(course, dict.fromkeys(course, PASSED)) is None


def test_status_board_counts_the_record_per_chapter_and_names_the_next_problem(tmp_path):
    assert grade("init", str(tmp_path)).returncode == 0
    fresh = grade("status", "--workspace", str(tmp_path), "--lang", "en")
    assert fresh.returncode == 0 and "Traceback" not in fresh.stderr
    total = len(catalog.index())
    totals = next(line for line in fresh.stdout.splitlines() if line.startswith("total"))
    assert [cell.strip() for cell in totals.split("│")[2:]] == ["0", "0", str(total), "0", str(total)]
    assert "No results recorded yet" in fresh.stdout
    assert fresh.stdout.rstrip().splitlines()[-1].startswith("next: grade p001 --lang en")
    ch01 = [e.id for e in catalog.index() if e.chapter == "ch01"]
    results.save(tmp_path, [(ch01[0], PASSED), (ch01[1], FAILED), (ch01[2], PASSED)])
    board = grade("status", "--workspace", str(tmp_path), "--lang", "en").stdout
    row = next(line for line in board.splitlines() if line.startswith("ch01"))
    assert [cell.strip() for cell in row.split("│")[2:]] == ["2", "1", str(len(ch01) - 3), "0", str(len(ch01))]
    assert board.rstrip().splitlines()[-2].startswith(f"next: grade {ch01[1]}")  # the failing one comes first
    korean = grade("status", "--workspace", str(tmp_path)).stdout
    assert "통과" in korean and korean.rstrip().splitlines()[-2].startswith(f"다음: grade {ch01[1]}")


def test_status_and_list_run_in_a_chapter_folder_read_the_workspace_above(tmp_path):
    assert grade("init", str(tmp_path)).returncode == 0
    ch01 = [e.id for e in catalog.index() if e.chapter == "ch01"]
    results.save(tmp_path, [(ch01[0], PASSED)])
    board = grade("status", "--lang", "en", cwd=tmp_path / "ch01").stdout
    row = next(line for line in board.splitlines() if line.startswith("ch01"))
    assert [cell.strip() for cell in row.split("│")[2:]][0] == "1"
    listed = grade("list", "--chapter", "ch01", "--lang", "en", cwd=tmp_path / "ch01", columns=160).stdout
    assert any(line.startswith(ch01[0]) and "passed" in line for line in listed.splitlines()), listed


def test_list_is_per_chapter_with_whole_file_names_and_the_last_status(tmp_path):
    assert grade("init", str(tmp_path)).returncode == 0
    results.save(tmp_path, [("p157", PASSED)])
    narrow = grade("list", "--chapter", "ch05", "--workspace", str(tmp_path), "--lang", "en", columns=80).stdout
    ch05 = [p for p in catalog.all_problems() if p.chapter == "ch05"]
    rows = [line for line in narrow.splitlines() if line.startswith("p")]
    assert [r.split()[0] for r in rows] == [p.id for p in ch05]  # one line per problem, this chapter alone
    for row, problem in zip(rows, ch05):
        assert Path(problem.path).name in row and len(row) <= 80
        assert row.rstrip().endswith("passed" if problem.id == "p157" else "not started")
    wide = grade("list", "--chapter", "ch05", "--lang", "en", "--workspace", str(tmp_path), columns=220).stdout
    assert max(map(len, wide.splitlines())) > 100  # the terminal's real width, not 100 columns
    assert all(p.title("en") in wide for p in ch05)
    everything = grade("list", columns=80).stdout
    assert len(everything.splitlines()) < 2 * len(catalog.index())
    assert all(Path(p.path).name in everything for p in catalog.all_problems())
    assert grade("list", "--chapter", "ch99").returncode == 2


class Output:
    """A child's stdout read by a thread, so the test can wait for a line with a deadline."""

    def __init__(self, process: subprocess.Popen) -> None:
        import threading

        self.text = ""
        self.reader = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self.reader.start()

    def _read(self, stream) -> None:
        for line in iter(stream.readline, ""):
            self.text += line

    def wait_for(self, *needles: str, seconds: float = 120) -> str:
        import time

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if all(n in self.text for n in needles):
                return self.text
            time.sleep(0.05)
        raise AssertionError(f"{needles} not shown within {seconds} s; the output so far:\n{self.text}")


def test_watch_regrades_a_saved_solution_moves_on_and_ends_cleanly_on_ctrl_c(tmp_path):
    import signal

    assert grade("init", str(tmp_path)).returncode == 0
    watch = subprocess.Popen([sys.executable, "-m", "grader.cli", "watch", "ch01", "--workspace", str(tmp_path),
                              "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             encoding="utf-8", env={**_env(), "COLUMNS": "100"})
    try:
        output = Output(watch)
        output.wait_for("p001: not started")  # the first problem, graded once at the start
        solve(tmp_path, "p001")
        shown = output.wait_for("p001: passed", "p001 passed! next problem: p002", "p002: not started")
        assert shown.index("p001: passed") < shown.index("next problem: p002")
        assert results.load(tmp_path)["p001"] == PASSED
        watch.send_signal(signal.SIGINT)
        assert watch.wait(timeout=60) == 0
        output.reader.join(timeout=10)
        errors = watch.stderr.read()
        assert "Traceback" not in errors and "KeyboardInterrupt" not in errors, errors
        assert "Stopped watching" in output.text
    finally:
        if watch.poll() is None:
            watch.kill()
            watch.wait()


def test_grading_one_problem_loads_that_problem_alone(tmp_path):
    # `grade p001` runs hundreds of times: it imports p001's declaration (and p002's, the next step it names), not
    # the 223 others, nor matplotlib.
    assert grade("init", str(tmp_path)).returncode == 0
    solve(tmp_path, "p001")
    code = ("import sys; from grader.cli import main; status = main(['p001', '--workspace', sys.argv[1]]); "
            "print([m for m in sys.modules if m.startswith('grader.problems.ch') and m.count('.') == 3]); "
            "print('matplotlib' in sys.modules, status)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, encoding="utf-8",
                          timeout=300)
    assert done.stdout.splitlines()[-2:] == \
        ["['grader.problems.ch01.p001_make_array', 'grader.problems.ch01.p002_add_five']", "False 0"], done.stdout + done.stderr
