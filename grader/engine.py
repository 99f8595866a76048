"""Grade problems: read each submission, run its checks against a sandboxed worker, decide a status.

Every verdict is decided here, in the trusted process, from plain data; one problem's hang, crash or
exit costs that problem alone.
"""
from __future__ import annotations

import importlib.util
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Verbosity, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from grader.checks import Check, Context, Figure, ReferenceMissing
from grader.compare import Fail, show
from grader.sandbox.session import LearnerError, NotStarted, Session, WorkerLost
from grader.spec import Problem, Text, text
from grader.status import ERROR, FAILED, MANUAL, MEMORY, NOT_STARTED, PASSED, SKIPPED, TIMEOUT  # noqa: F401 (re-exported)
from grader.workspace import Submission, read_submission

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def installed_reference() -> Path | None:
    """The folder of the installed `reference` package (found, never imported), or None in a learner install.

    It is wherever the instructor put it: in this repository, or beside the learner release as `dlscratch-reference`.
    """
    spec = importlib.util.find_spec("reference")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]).resolve() if locations else None


PROFILES = {
    "learner": dict(max_examples=20),  # a few seconds per chapter; a random seed that the report prints
    "ci": dict(max_examples=20, derandomize=True),  # the same examples on every run
    "thorough": dict(max_examples=200),
}


def property_settings(profile: str, database_dir: str | None) -> settings:
    database = DirectoryBasedExampleDatabase(database_dir) if database_dir and profile != "ci" else None
    return settings(deadline=None, suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet,
                    report_multiple_bugs=False, print_blob=False, database=database, **PROFILES[profile])


def draw_from_the_seed_alone() -> None:
    """Keep the examples a property draws a function of its seed (and profile) alone.

    hypothesis (6.131 and later) mixes into its draws the literals it finds in the source of every imported module
    that is neither installed nor standard library. In the grader those are the grader's own files (learner code
    runs in the worker, never here) and only in an editable install: the same `--seed` would draw differently there
    than in a learner's install, and after `grade ch02` than after `grade p028`. Leaving them out also spares the
    scan of every module file (20-40 ms of each `grade p001`). hypothesis has no setting for it (issue #4627), so
    its hook returns the empty set it starts from; older versions have no hook and nothing to leave out.
    """
    from hypothesis.internal.conjecture import providers

    if hasattr(providers, "_get_local_constants"):
        providers._get_local_constants = lambda: providers._local_constants


@dataclass
class CheckResult:
    title: Text
    status: str
    message: Text | None = None
    step: str | None = None
    expected: str | None = None
    actual: str | None = None
    input: str | None = None
    hint: Text | None = None
    seed: int | None = None


@dataclass
class ProblemResult:
    problem: Problem
    status: str
    messages: list[Text] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    output: str = ""
    isolation: str = ""
    seconds: float = 0.0
    source: str = ""  # the file graded (a notebook, a .py file), relative to the workspace

    @property
    def max_score(self) -> int:
        return 0 if self.problem.autograded == "no" else self.problem.points

    @property
    def score(self) -> int:
        return self.max_score if self.status == PASSED else 0


@dataclass
class Options:
    workspace: Path
    reference: bool = False  # grading the reference solutions themselves
    reference_available: bool = True  # may checks import reference solutions (instructor, CI)?
    profile: str = "learner"
    seed: int = 0
    database_dir: str | None = None


KERNEL_HISTORY = "In"  # the file name of cells from a Jupyter kernel's history: shown as In [5], as Jupyter shows them


def _place(where: Any) -> Text | None:
    """Where learner code failed, as the learner sees it: file and line, or a notebook cell and the line in it."""
    where = where if type(where) is dict else {}
    file, cell, line = str(where.get("file") or "")[:200], where.get("cell"), where.get("line")
    line = line if type(line) is int else None
    if type(cell) is int and file == KERNEL_HISTORY:
        return text(f"In [{cell}], {line}번째 줄", f"In [{cell}], line {line}") if line else text(f"In [{cell}]")
    if type(cell) is int:
        return text(f"{file} 셀 {cell}, {line}번째 줄", f"{file}, cell {cell}, line {line}") if line else \
            text(f"{file} 셀 {cell}", f"{file}, cell {cell}")
    return text(f"{file}:{line}") if line else None


def _where(error: LearnerError) -> Text:
    place = _place(error.where)
    code = str((error.where or {}).get("text") or "")
    code = f": {code}" if code else ""
    return text(f" ({place.ko}{code})", f" ({place.en}{code})") if place else text("")


INPUT_AT_EOF = "EOF when reading a line"  # what input() raises when stdin is closed, as the worker's is


def learner_error_text(error: LearnerError) -> Text:
    where = _where(error)
    if error.kind == "syntax":
        line = (error.where or {}).get("line")
        code = (error.where or {}).get("text", "")
        if type((error.where or {}).get("cell")) is int:
            place = _place(error.where)
            return text(f"문법 오류 ({place.ko}): {error.message}\n    {code}", f"Syntax error in {place.en}: {error.message}\n    {code}")
        return text(f"문법 오류 {line}번째 줄: {error.message}\n    {code}", f"Syntax error on line {line}: {error.message}\n    {code}")
    if error.kind == "exit":
        return text(f"코드가 sys.exit({error.message})를 호출했습니다. 채점 중에는 프로그램을 끝내지 마세요.",
                    f"Your code called sys.exit({error.message}). Do not end the program while it is graded.")
    if error.kind == "encode":
        return text(f"돌려준 값을 채점기로 보낼 수 없습니다: {error.message}", f"The returned value cannot be sent to the grader: {error.message}")
    if error.kind == "overtime":
        return text(f"셀이 너무 오래 실행되어 멈췄습니다 (Jupyter에서 중단한 것처럼){where.ko}",
                    f"The cell ran too long and was stopped, as if interrupted in Jupyter{where.en}")
    if error.type_name == "EOFError" and error.message == INPUT_AT_EOF:
        return text(f"input() 은 채점 중에는 답할 사람이 없어 멈춥니다{where.ko}. 값은 input() 으로 묻지 말고 함수의 인수로 받으세요 "
                    "(시험해 볼 값은 if __name__ == \"__main__\": 아래에 두세요).",
                    f"input() cannot be answered while grading: nobody is there to type{where.en}. Take the values as the "
                    "function's arguments instead of asking with input() (keep values to try under if __name__ == \"__main__\":).")
    if error.kind == "recursion":
        return text(f"재귀가 너무 깊습니다 (RecursionError){where.ko}", f"Recursion too deep (RecursionError){where.en}")
    return text(f"{error.type_name}: {error.message}{where.ko}", f"{error.type_name}: {error.message}{where.en}")


def _load_notes(notes: list[Any], status: str) -> list[Text]:
    """What the worker noticed while running notebook cells. Notes about the problem's own cells are always shown;
    those about cells above them (setup, other problems) only when the problem did not pass, which they may have
    caused (IPython lines left out there: only with an error)."""
    notes = [n for n in notes[:20] if type(n) is dict and (n.get("main") is True or status == ERROR or
                                                           status not in (PASSED, NOT_STARTED) and n.get("error") != "magic")]
    left_out = [(_place(n.get("where")), str((n.get("where") or {}).get("text") or "")[:80]) for n in notes if n.get("error") == "magic"]
    shown = [(p, code) for p, code in left_out if p][:5]
    messages = []
    if shown:
        more = f" (+{len(left_out) - len(shown)})" if len(left_out) > len(shown) else ""
        messages.append(text("IPython 매직과 셸 명령은 채점할 때 실행하지 않습니다: " + "; ".join(f"{p.ko} ({c})" for p, c in shown) + more,
                             "IPython magics and shell commands are not run while grading: "
                             + "; ".join(f"{p.en} ({c})" for p, c in shown) + more))
    for note in notes:
        if note.get("error") != "magic":
            error = learner_error_text(LearnerError(str(note.get("error")), str(note.get("type", "?"))[:100],
                                                    str(note.get("message", ""))[:300], note.get("where") if type(note.get("where")) is dict else None))
            messages.append(text(f"위쪽 셀 하나가 끝까지 실행되지 않았고, 그 다음 셀들은 계속 실행했습니다: {error.ko}",
                                 f"A cell above did not run to its end; the cells after it ran anyway: {error.en}"))
    return messages


LOST_TEXT = {
    TIMEOUT: text("시간 제한({limit:g}초)을 넘었습니다. 무한 루프가 없는지 확인하세요.",
                  "Over the time limit ({limit:g} s). Look for an infinite loop."),
    MEMORY: text("메모리 제한({memory} MiB)을 넘었습니다. 너무 큰 배열을 만들고 있지 않은지 확인하세요.",
                 "Over the memory limit ({memory} MiB). Look for an array that is far too large."),
}


def _crash_text(end: dict[str, Any]) -> Text:
    if end.get("signal"):
        return text(f"작업 프로세스가 신호 {end['signal']}로 중단되었습니다 (충돌).",
                    f"The worker process was ended by signal {end['signal']} (a crash).")
    return text(f"코드가 파이썬 프로세스를 끝냈습니다 (종료 코드 {end.get('exit_code')}, 예: os._exit). 채점 중에는 프로그램을 끝내지 마세요.",
                f"Your code ended the Python process (exit code {end.get('exit_code')}, e.g. os._exit). Do not end the program while it is graded.")


def _signature_problems(problem: Problem, found: dict[str, Any]) -> list[Text]:
    """Each name the stub declares must exist, be of the same kind, and accept the stub's arguments."""
    complaints = []
    for name in problem.names:
        want, have = problem.signatures.get(name), found.get(name, {"kind": "missing"})
        if have.get("kind") == "missing":
            complaints.append(text(f"'{name}' 이(가) 정의되어 있지 않습니다.", f"'{name}' is not defined."))
        elif want and want["kind"] != have.get("kind"):
            kind_ko = {"function": "함수", "class": "클래스"}[want["kind"]]
            complaints.append(text(f"'{name}' 은(는) {kind_ko}여야 합니다.", f"'{name}' should be a {want['kind']}."))
        elif want and want["kind"] == "function":
            wrong = _arity(name, want["params"], have.get("params"))
            complaints += wrong + [says for book, says in problem.book_signatures if wrong and book == name]
        elif want:
            for method, params in want["methods"].items():
                if method in (have.get("methods") or {}):
                    complaints += _arity(f"{name}.{method}", params, (have["methods"][method] or [])[1:] or [])
    return complaints


def _arity(name: str, wanted: list[str], params: list[list[Any]] | None) -> list[Text]:
    if params is None:
        return []
    positional = [p for p in params if p[1] in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")]
    required = sum(1 for p in positional if not p[2])
    variadic = any(p[1] == "VAR_POSITIONAL" for p in params)
    if required <= len(wanted) and (variadic or len(positional) >= len(wanted)):
        return []
    theirs = ", ".join(p[0] for p in params)
    return [text(f"'{name}' 의 매개변수가 다릅니다: ({', '.join(wanted)}) 이어야 하는데 ({theirs}) 입니다.",
                 f"'{name}' has the wrong parameters: expected ({', '.join(wanted)}), got ({theirs}).")]


def warm_modules(problem: Problem, submission: Submission) -> tuple[str, ...]:
    """What the worker should find imported: matplotlib when the problem draws (its stub or a Figure check) or the
    learner's code names it; other problems' workers start without paying for it."""
    draws = "matplotlib" in problem.stub or any(isinstance(check, Figure) for check in problem.checks)
    return ("matplotlib",) if draws or any("matplotlib" in cell["source"] for cell in submission.cells) else ()


def _run_check(check: Check, ctx: Context) -> CheckResult:
    try:
        check.run(ctx)
        return CheckResult(check.title, PASSED)
    except Fail as fail:
        return CheckResult(check.title, FAILED, fail.message, fail.step,
                           show(fail.expected) if fail.show_values and fail.expected is not None else None,
                           show(fail.actual) if fail.show_values and fail.actual is not None else None,
                           show(fail.input) if fail.input not in (None, ()) else None, fail.hint, fail.seed)
    except LearnerError as error:
        return CheckResult(check.title, ERROR, learner_error_text(error),
                           input=show(error.input) if error.input not in (None, ()) else None, seed=error.seed)
    except ReferenceMissing:
        return CheckResult(check.title, SKIPPED, text("참조 답안이 설치된 곳(강사, CI)에서만 실행됩니다.",
                                                      "Runs only where the reference solutions are installed (instructor, CI)."))
    except NotStarted:
        return CheckResult(check.title, NOT_STARTED)
    except Exception as error:  # noqa: BLE001  e.g. hypothesis' Flaky when learner code gives different answers
        message = f"{type(error).__name__}: {str(error).splitlines()[0][:300] if str(error) else ''}"
        return CheckResult(check.title, ERROR, text(
            f"이 검사를 끝내지 못했습니다 ({message}). 같은 입력에 다른 답을 내는 코드(전역 상태, 시드 없는 난수)인지 확인하세요.",
            f"This check could not be completed ({message}). Check whether your code answers the same input "
            "differently from call to call (global state, unseeded randomness)."))


def _decide(results: list[CheckResult]) -> str:
    statuses = {r.status for r in results}
    if NOT_STARTED in statuses:
        return NOT_STARTED if statuses <= {NOT_STARTED, SKIPPED} else FAILED
    for status in (ERROR, FAILED):
        if status in statuses:
            return status
    return PASSED if PASSED in statuses else SKIPPED


class Grader:
    def __init__(self, runner: Any, options: Options) -> None:
        from grader.cache import keep_hypothesis_state_here

        keep_hypothesis_state_here()  # before any property runs: hypothesis would write .hypothesis/ into the learner's folder
        draw_from_the_seed_alone()
        self.runner, self.options = runner, options
        self.settings = property_settings(options.profile, options.database_dir)

    def grade(self, problem: Problem, submission: Submission | None = None) -> ProblemResult:
        """Grade the problem's code in the workspace, or `submission` when given (a notebook kernel's cells)."""
        started = time.monotonic()
        result = self._grade(problem, submission or self._submission(problem))
        result.seconds = time.monotonic() - started
        if problem.autograded == "partly" and problem.self_check and result.status != NOT_STARTED:
            result.messages.append(text(f"눈으로 확인할 것: {problem.self_check.ko}", f"Check by eye: {problem.self_check.en}"))
        return result

    def _submission(self, problem: Problem) -> Submission:
        if self.options.reference:
            return read_submission(installed_reference() or PROJECT_ROOT / "reference", problem)
        return read_submission(self.options.workspace, problem)

    def _grade(self, problem: Problem, submission: Submission) -> ProblemResult:
        if problem.autograded == "no":
            return ProblemResult(problem, MANUAL, [problem.self_check])
        if submission.missing:
            return ProblemResult(problem, NOT_STARTED, submission.notes or [text(
                f"파일이 없습니다: {submission.filename} (grade init 으로 만드세요)",
                f"No file at {submission.filename} (create it with grade init)")])
        if submission.problem:
            return ProblemResult(problem, ERROR, [*submission.notes, submission.problem], source=submission.filename)
        if submission.untouched:
            return ProblemResult(problem, NOT_STARTED, submission.notes, source=submission.filename)
        solutions = installed_reference()
        hidden = [str(solutions)] if solutions and not self.options.reference else []
        readonly = [str(PROJECT_ROOT), os.path.dirname(os.__file__)]
        if not self.options.reference:
            readonly.append(str(self.options.workspace.resolve()))
        session, isolation, _scratch = self.runner.open(submission.files, [problem.chapter, ""], problem.time_limit,
                                                       problem.memory_mb, readonly, hidden, warm_modules(problem, submission))
        result = ProblemResult(problem, PASSED, list(submission.notes), isolation=isolation, source=submission.filename)
        try:
            self._run(problem, submission, session, result)
        except WorkerLost as lost:
            result.status = lost.status if lost.status in (TIMEOUT, MEMORY) else ERROR
        finally:
            end = session.close()
            result.output = end.get("output", "")
        if session.lost:
            limits = {"limit": problem.time_limit, "memory": problem.memory_mb}
            result.messages.append(LOST_TEXT[result.status].format(**limits) if result.status in LOST_TEXT else _crash_text(end))
        result.messages += _load_notes(session.notes, result.status)
        return result

    def _run(self, problem: Problem, submission: Submission, session: Session, result: ProblemResult) -> None:
        try:
            session.load(submission.cells)
        except LearnerError as error:
            result.status = ERROR
            result.messages.append(learner_error_text(error))
            return
        except NotStarted:
            result.status = NOT_STARTED
            return
        complaints = _signature_problems(problem, session.describe(list(problem.names)))
        if complaints:
            result.status = ERROR
            result.messages += complaints
            return
        ctx = Context(session, problem, self.settings, self.options.seed,
                      "reference" if self.options.reference_available else None)
        for number, check in enumerate(problem.checks):
            ctx.check_key = f"dlscratch:{problem.id}:{number}"
            ctx.changed_inputs.clear()
            result.checks.append(_run_check(check, ctx))
        result.status = _decide(result.checks)


def default_database_dir() -> str:
    from grader.cache import hypothesis_home

    return str(hypothesis_home() / "examples")


# -- many problems, spread over the cores ----------------------------------------------------------
# Each grading process is trusted (it never runs learner code) and owns its own zygote.

_process_grader: Grader | None = None


def _start_process(options: Options, isolate: bool) -> None:
    global _process_grader
    import atexit
    import gc

    from grader.sandbox.runner import Sandbox

    _process_grader = Grader(Sandbox(isolate=isolate), options)
    gc.freeze()  # what this process has loaded stays: out of every collection, as in grade's own process (commands/grading)
    # Its results have all been sent when the pool ends it: leave without tearing down NumPy's and hypothesis'
    # modules, which the pool (and so `grade ch01`) would wait for. Its zygote goes with it (PR_SET_PDEATHSIG).
    atexit.register(os._exit, 0)


def _grade_in_process(problem_id: str) -> ProblemResult:
    from grader import catalog

    result = _process_grader.grade(catalog.get(problem_id))
    result.problem = None  # declarations hold lambdas: the parent re-attaches its own copy
    return result


def grade_all(problems: list[Problem], options: Options, jobs: int, isolate: bool = True,
              on_result: Any = lambda result: None, sandbox: Any = None) -> list[ProblemResult]:
    """Grade problems in catalog order of results, on `jobs` processes (one process for small runs, in `sandbox`
    when one was started early; grade_all closes it)."""
    from grader.sandbox.runner import Sandbox, in_one_process

    if in_one_process(len(problems), jobs):
        sandbox = sandbox or Sandbox(isolate=isolate)
        try:
            grader = Grader(sandbox, options)
            results = []
            for problem in problems:
                results.append(grader.grade(problem))
                on_result(results[-1])
            return results
        finally:
            sandbox.close()
    if sandbox:
        sandbox.close()  # each grading process starts its own
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    results: dict[str, ProblemResult] = {}
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_process, initargs=(options, isolate)) as pool:
        # Longest first (the training problems have the long time limits): a long problem started last would
        # keep one process busy after the others have finished. Results still come back in catalog order.
        longest_first = sorted(problems, key=lambda p: -p.time_limit)
        futures = {pool.submit(_grade_in_process, p.id): p for p in longest_first}
        for future in as_completed(futures):
            result = future.result()
            result.problem = futures[future]
            results[result.problem.id] = result
            on_result(result)
    return [results[p.id] for p in problems]
