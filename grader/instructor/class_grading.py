"""`grade class`: a folder of submissions (workspaces, zips, git repositories, notebooks) into a class's results.

Each learner is graded by the same sandboxed Grader as `grade`, in grading processes that hold one learner at a
time; what one submission does (or fails to be), and a grading process that dies on it, costs that learner alone.
Results are written as each learner finishes, with the content hash of what was graded, so a re-run grades only
what changed and an interrupted run resumes.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from grader.engine import ERROR, MEMORY, PASSED, TIMEOUT, Grader, Options, ProblemResult
from grader.report import to_json, write_json
from grader.spec import Problem, Text, text
from grader.workspace import MARKER, write_marker

STATE = ".state"  # in the output folder: one record per learner, written after its JSON (the "done" mark)
LEARNERS = "learners"  # in the output folder: one JSON result per learner
MAX_UNZIPPED_BYTES = 256 * 2**20  # a zip bomb is refused before anything is written
STATE_FORMAT = 1


class SubmissionError(Exception):
    """A submission that cannot be graded (not a zip, a path outside its folder...): its learner's error row."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


@dataclass(frozen=True)
class Entry:
    learner: str  # the entry's name without its suffix
    path: Path
    kind: str  # folder, zip, git, notebook


def entries(submissions: Path) -> list[Entry]:
    """One entry per learner, by name; hidden files and what is none of the four kinds are left out."""
    found = []
    for path in sorted(submissions.iterdir()):
        if path.name.startswith((".", "__")):
            continue
        if path.is_dir():
            git = (path / ".git").exists() or (path / "HEAD").is_file() and (path / "objects").is_dir()
            found.append(Entry(path.name.removesuffix(".git") if git else path.name, path, "git" if git else "folder"))
        elif path.suffix.lower() == ".zip":
            found.append(Entry(path.stem, path, "zip"))
        elif path.suffix.lower() == ".ipynb":
            found.append(Entry(path.stem, path, "notebook"))
    return found


def _git(*args: str, cwd: Path | None = None) -> bytes:
    # A learner's repository config is never read: it is cloned (fresh config) and the clone is archived.
    environment = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_TERMINAL_PROMPT": "0"}
    done = subprocess.run(["git", "-c", "safe.directory=*", "-c", "protocol.file.allow=always", *args], cwd=cwd,
                          capture_output=True, env=environment, timeout=120)
    if done.returncode:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SubmissionError(text(f"git 저장소를 읽을 수 없습니다: {message[-1] if message else done.returncode}",
                                   f"The git repository cannot be read: {message[-1] if message else done.returncode}"))
    return done.stdout


def _files(folder: Path) -> Iterator[tuple[str, Path]]:
    """A folder submission's files, by relative path: never through a symlink (a link to the reference solutions
    would earn the learner credit), never in .git or __pycache__."""
    for root, folders, names in os.walk(folder):  # os.walk does not follow folder symlinks
        folders[:] = sorted(f for f in folders if f not in (".git", "__pycache__") and not Path(root, f).is_symlink())
        for name in sorted(names):
            path = Path(root, name)
            if not path.is_symlink() and path.is_file():
                yield path.relative_to(folder).as_posix(), path


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for relative, path in _files(folder):
        digest.update(relative.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _copy_files(folder: Path, target: Path) -> None:
    for relative, path in _files(folder):
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target / relative)


def content_hash(entry: Entry) -> str:
    """What was submitted, as one hash: a folder's files, a zip's or notebook's bytes, a repository's HEAD tree."""
    if entry.kind == "folder":
        return "folder:" + _folder_digest(entry.path)
    if entry.kind == "git":
        with tempfile.TemporaryDirectory(prefix="dlscratch-git-") as scratch:
            clone = _clone(entry, Path(scratch))
            return "git:" + _git("rev-parse", "HEAD^{tree}", cwd=clone).decode().strip()
    return f"{entry.kind}:" + hashlib.sha256(entry.path.read_bytes()).hexdigest()


def _clone(entry: Entry, scratch: Path) -> Path:
    clone = scratch / "clone"
    _git("clone", "--quiet", "--no-checkout", "--no-hardlinks", "--", entry.path.resolve().as_uri(), str(clone))
    return clone


def _unzip(archive: Path, target: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            for member in members:
                parts = Path(member.filename.replace("\\", "/")).parts
                if member.filename.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
                    raise SubmissionError(text(f"zip 파일에 폴더 밖을 가리키는 경로가 있어 풀지 않았습니다: {member.filename[:200]}",
                                               f"The zip holds a path outside its folder, so it was not unpacked: {member.filename[:200]}"))
            if sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
                raise SubmissionError(text(f"zip 파일을 풀면 너무 큽니다 ({MAX_UNZIPPED_BYTES >> 20} MiB 초과).",
                                           f"The zip is too large unpacked (over {MAX_UNZIPPED_BYTES >> 20} MiB)."))
            for member in members:
                if not member.is_dir():
                    destination = target / member.filename.replace("\\", "/")
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    destination.write_bytes(bundle.read(member))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise SubmissionError(text(f"zip 파일을 읽을 수 없습니다 (손상되었거나 zip이 아닙니다): {error}",
                                   f"The zip cannot be read (damaged, or not a zip): {error}")) from None


def _top(folder: Path) -> Path:
    """The workspace inside an unpacked submission: a zip of a folder holds that folder alone."""
    inside = [p for p in folder.iterdir() if not p.name.startswith((".", "__"))]
    if len(inside) == 1 and inside[0].is_dir() and not (folder / MARKER).exists():
        return _top(inside[0])
    return folder


@contextmanager
def workspace_of(entry: Entry, problems: list[Problem]) -> Iterator[Path]:
    """The submission as a workspace `grade` reads: a workspace as it is, any other layout arranged into one."""
    from grader import catalog
    from grader.instructor.gradescope import arrange

    with tempfile.TemporaryDirectory(prefix="dlscratch-class-") as scratch:
        unpacked, workspace = Path(scratch, "unpacked"), Path(scratch, "workspace")
        unpacked.mkdir()
        if entry.kind == "notebook":  # one notebook for all the chosen chapters (its cells name their problems)
            for chapter in sorted({p.chapter for p in problems}):
                (workspace / chapter).mkdir(parents=True)
                shutil.copyfile(entry.path, workspace / f"{chapter}.ipynb")
            write_marker(workspace, "notebooks")
            yield workspace
            return
        if entry.kind == "zip":
            _unzip(entry.path, unpacked)
        elif entry.kind == "git":
            clone = _clone(entry, Path(scratch))
            with tarfile.open(fileobj=io.BytesIO(_git("archive", "--format=tar", "HEAD", cwd=clone))) as tar:
                tar.extractall(unpacked, filter="data")
        else:
            _copy_files(entry.path, unpacked)
        root = _top(unpacked)
        if (root / MARKER).exists():
            yield root
        else:
            arrange(root, workspace, list(catalog.all_problems()))
            yield workspace


@dataclass(frozen=True)
class Settings:
    targets: tuple[str, ...]
    lang: str
    profile: str
    seed: int
    database_dir: str | None
    reference_available: bool

    def key(self) -> str:
        """What else decides a result: a learner graded with other targets or another profile is graded again."""
        return json.dumps([sorted(self.targets), self.lang, self.profile])


class LearnerGrader:
    """Grades one learner at a time with its own sandbox (one per grading process)."""

    def __init__(self, settings: Settings, isolate: bool = True) -> None:
        from grader.sandbox.runner import Sandbox

        self.settings, self.sandbox = settings, Sandbox(isolate=isolate)

    def grade(self, entry: Entry, problems: list[Problem], digest: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """(the learner's results JSON, the record of what was graded: `digest`, its content hash); never raises."""
        record = new_record(entry, self.settings, digest)
        try:
            with workspace_of(entry, problems) as workspace:
                options = Options(workspace=workspace, profile=self.settings.profile, seed=self.settings.seed,
                                  reference_available=self.settings.reference_available,
                                  database_dir=self.settings.database_dir)
                grader = Grader(self.sandbox, options)
                results = [grader.grade(problem) for problem in problems]
        except SubmissionError as error:
            return failed(record, error.reason, problems, self.settings)
        except Exception as error:  # noqa: BLE001  our own failure on one submission must not stop the class
            record["hash"] = None  # not the learner's fault: graded again on the next run
            return failed(record, text(f"채점기가 이 제출물에서 실패했습니다: {type(error).__name__}: {str(error)[:300]}",
                                       f"The grader failed on this submission: {type(error).__name__}: {str(error)[:300]}"),
                          problems, self.settings)
        for result in results:
            hints = [c.hint(self.settings.lang) for c in result.checks if c.hint and c.status != PASSED]
            if hints:
                record["hints"][result.problem.id] = hints
        return to_json(results, self.settings.lang, self.settings.seed), record

    def close(self) -> None:
        self.sandbox.close()


def new_record(entry: Entry, settings: Settings, digest: str | None) -> dict[str, Any]:
    return {"format": STATE_FORMAT, "learner": entry.learner, "entry": entry.path.name, "key": settings.key(),
            "hash": digest, "error": None, "hints": {}}


def failed(record: dict[str, Any], reason: Text, problems: list[Problem], settings: Settings) -> tuple[dict[str, Any], dict[str, Any]]:
    """A submission that could not be graded at all: every problem an error that says why (the `--json` schema),
    and the reason in its record, for the gradebook and the summary."""
    record["error"] = reason(settings.lang)
    return to_json([ProblemResult(p, ERROR, [reason]) for p in problems], settings.lang, settings.seed), record


# -- --jobs N: grading processes of our own, one learner at a time each ----------------------------
# Each process is trusted (its sandbox runs the learner code) and holds one learner at a time, so when one
# dies (killed, out of memory, a grader bug) or stops answering, the learner it held is known: that learner
# gets an error result, a new process takes the place of the old one, and the run goes on.

def _serve(connection: Any, settings: Settings, isolate: bool, parent: int) -> None:
    from grader.sandbox.isolation import PR_SET_PDEATHSIG, prctl

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops us cleanly
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that `finally` closes the sandbox
    prctl(PR_SET_PDEATHSIG, signal.SIGTERM)  # a killed run leaves no grading process behind
    if os.getppid() != parent:  # it was killed before that
        return
    from grader.catalog import by_id

    known = by_id()
    grader = LearnerGrader(settings, isolate)
    try:
        while True:
            entry, problem_ids, digest = connection.recv()
            connection.send(grader.grade(entry, [known[i] for i in problem_ids], digest))
    except (EOFError, OSError):  # the parent is done, or gone
        pass
    finally:
        grader.close()


class _Process:
    def __init__(self, settings: Settings, isolate: bool) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, settings, isolate, os.getpid()), daemon=True)
        self.process.start()
        theirs.close()
        self.job: tuple[Entry, str | None] | None = None
        self.deadline = 0.0

    def stop(self, now: bool) -> None:
        self.connection.close()  # an idle process ends on its own when its pipe closes
        if now:
            self.process.terminate()
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def patience(problems: list[Problem]) -> float:
    """Seconds one learner may take before its grading process counts as stuck: far above every limit."""
    return 3 * sum(p.time_limit + 5 for p in problems) + 120


def grade_learners(todo: list[tuple[Entry, str | None]], problems: list[Problem], settings: Settings, jobs: int,
                   isolate: bool, finished: Callable[[dict[str, Any], dict[str, Any]], None],
                   seconds: Callable[[list[Problem]], float] = patience) -> None:
    """Grade each (entry, digest) on `jobs` processes and hand each result to `finished` (here) as it arrives."""
    from multiprocessing.connection import wait

    queue, ids = deque(todo), [p.id for p in problems]
    processes = [_Process(settings, isolate) for _ in range(max(1, min(jobs, len(queue))))]

    def give(worker: _Process) -> None:
        worker.job, worker.deadline = queue.popleft(), time.monotonic() + seconds(problems)
        worker.connection.send((worker.job[0], ids, worker.job[1]))

    try:
        for worker in processes:
            give(worker)
        while any(w.job for w in processes):
            busy = [w for w in processes if w.job]
            wait([w.connection for w in busy] + [w.process.sentinel for w in busy],
                 max(0.0, min(w.deadline for w in busy) - time.monotonic()))
            for worker in busy:
                done = None
                try:
                    done = worker.connection.recv() if worker.connection.poll() else None
                except (EOFError, OSError):
                    pass
                if done is None and (not worker.process.is_alive() or time.monotonic() > worker.deadline):
                    why = (f"exit code {worker.process.exitcode}" if not worker.process.is_alive() else
                           f"no answer after {seconds(problems):.0f} s")
                    entry, digest = worker.job
                    done = failed(new_record(entry, settings, None), text(
                        f"이 제출물을 채점하던 프로세스가 멈췄습니다 ({why}). 다시 실행하면 다시 채점합니다.",
                        f"The process grading this submission stopped ({why}). Run again to grade it again."), problems, settings)
                    worker.stop(now=True)
                    place = processes.index(worker)
                    worker = processes[place] = _Process(settings, isolate)
                if done is None:
                    continue
                worker.job = None
                finished(*done)
                if queue:
                    give(worker)
    finally:
        for worker in processes:
            worker.stop(now=worker.job is not None)


# -- the output folder -----------------------------------------------------------------------------

def learner_json(out: Path, learner: str) -> Path:
    return out / LEARNERS / f"{learner}.json"


def record_path(out: Path, learner: str) -> Path:
    return out / STATE / f"{learner}.json"


def read_record(out: Path, learner: str) -> dict[str, Any] | None:
    try:
        record = json.loads(record_path(out, learner).read_text(encoding="utf-8"))
        json.loads(learner_json(out, learner).read_text(encoding="utf-8"))  # its result is there and whole
    except (OSError, ValueError):
        return None
    return record if type(record) is dict and record.get("format") == STATE_FORMAT else None


def digest_of(entry: Entry) -> str | None:
    """The content hash, or None when the submission cannot even be read (it is graded, into its error row)."""
    try:
        return content_hash(entry)
    except (SubmissionError, OSError):
        return None


def is_current(out: Path, entry: Entry, digest: str | None, settings: Settings) -> bool:
    """Was this submission, as it is now, already graded with these settings?"""
    record = read_record(out, entry.learner)
    return bool(record and digest and record.get("key") == settings.key() and record.get("hash") == digest)


def save(out: Path, data: dict[str, Any], record: dict[str, Any]) -> None:
    """The result, then its record: a run killed between the two grades that learner again."""
    learner = record["learner"]
    for folder in (LEARNERS, STATE):
        (out / folder).mkdir(parents=True, exist_ok=True)
    write_json(learner_json(out, learner), data)
    write_json(record_path(out, learner), record)


# -- the class: gradebook, summary, chart ----------------------------------------------------------

@dataclass
class Row:
    learner: str
    data: dict[str, Any]
    record: dict[str, Any]


def rows(out: Path, learners: list[str]) -> list[Row]:
    found = []
    for learner in learners:
        record = read_record(out, learner)
        if record is not None:
            found.append(Row(learner, json.loads(learner_json(out, learner).read_text(encoding="utf-8")), record))
    return found


def gradebook(rows_: list[Row], problems: list[Problem]) -> str:
    """The CSV: one row per learner, one column per graded problem, the total, and why a learner has no score."""
    import csv

    graded = [p for p in problems if p.autograded != "no"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["learner", *(p.id for p in graded), "total", "max", "error"])
    for row in rows_:
        scores = {p["id"]: p["score"] for p in row.data.get("problems", [])}
        writer.writerow([row.learner, *(scores.get(p.id, "") for p in graded), row.data["score"], row.data["max_score"],
                         row.record.get("error") or ""])
    return buffer.getvalue()


@dataclass
class ProblemSummary:
    problem: Problem
    passed: int
    graded: int
    mistakes: list[tuple[str, int]]  # hint text, how many learners were shown it

    @property
    def rate(self) -> float:
        return self.passed / self.graded if self.graded else 0.0


def summarize(rows_: list[Row], problems: list[Problem], top: int = 3) -> tuple[list[ProblemSummary], list[tuple[str, str]]]:
    """Per problem: pass rate over the learners whose submission could be read, the most frequent hints; and the
    learners with trouble (a submission that could not be read, or problems with errors and timeouts)."""
    summaries = []
    readable = [r for r in rows_ if not r.record.get("error")]
    for problem in (p for p in problems if p.autograded != "no"):
        statuses = [e["status"] for r in readable for e in r.data.get("problems", []) if e["id"] == problem.id]
        mistakes: Counter[str] = Counter()
        for r in rows_:
            mistakes.update(set(r.record.get("hints", {}).get(problem.id, [])))
        summaries.append(ProblemSummary(problem, statuses.count(PASSED), len(statuses), mistakes.most_common(top)))
    trouble = []
    for r in rows_:
        if r.record.get("error"):
            trouble.append((r.learner, r.record["error"]))
            continue
        bad = [f"{e['id']} {e['status']}" for e in r.data.get("problems", []) if e["status"] in (ERROR, TIMEOUT, MEMORY)]
        if bad:
            trouble.append((r.learner, ", ".join(bad)))
    return summaries, trouble


WORDS = {
    "ko": {"title": "반 채점 요약", "learners": "학습자", "problem": "문제", "rate": "통과율", "mistakes": "자주 나온 실수 (힌트)",
           "trouble": "오류·시간 초과가 있는 학습자", "none": "없음", "mean": "평균 점수", "scores": "총점 분포",
           "count": "학습자 수", "total": "총점"},
    "en": {"title": "Class summary", "learners": "learners", "problem": "problem", "rate": "pass rate",
           "mistakes": "most frequent mistakes (hints)", "trouble": "learners with errors or timeouts", "none": "none",
           "mean": "mean score", "scores": "distribution of total scores", "count": "learners", "total": "total score"},
}


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def summary_markdown(rows_: list[Row], problems: list[Problem], lang: str) -> str:
    words = WORDS[lang]
    summaries, trouble = summarize(rows_, problems)
    mean = sum(r.data["score"] for r in rows_) / len(rows_) if rows_ else 0.0
    top = rows_[0].data["max_score"] if rows_ else 0
    lines = [f"# {words['title']}", "", f"{words['learners']}: {len(rows_)} · {words['mean']}: {mean:.1f}/{top}", "",
             f"| {words['problem']} | {words['rate']} | {words['mistakes']} |", "|---|---:|---|"]
    for s in summaries:
        mistakes = "<br>".join(f"{_cell(hint)} ({count})" for hint, count in s.mistakes)
        lines.append(f"| {s.problem.id} {_cell(s.problem.title(lang))} | {s.passed}/{s.graded} ({100 * s.rate:.0f}%) | {mistakes} |")
    lines += ["", f"## {words['trouble']}", ""]
    lines += [f"- {_cell(learner)}: {_cell(what)}" for learner, what in trouble] or [f"- {words['none']}"]
    return "\n".join(lines) + "\n"


def print_summary(rows_: list[Row], problems: list[Problem], lang: str, console: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    words = WORDS[lang]
    summaries, trouble = summarize(rows_, problems)
    table = Table(title=f"{words['title']} ({words['learners']}: {len(rows_)})", title_justify="left", expand=True)
    table.add_column(words["problem"], ratio=2, overflow="ellipsis")
    table.add_column(words["rate"], width=14, justify="right", no_wrap=True)
    table.add_column(words["mistakes"], ratio=3)
    for s in summaries:
        style = "green" if s.rate >= 0.8 else "yellow" if s.rate >= 0.5 else "red"
        table.add_row(escape(f"{s.problem.id} {s.problem.title(lang)}"), f"[{style}]{s.passed}/{s.graded} {100 * s.rate:.0f}%[/]",
                      escape("\n".join(f"{hint} ({count})" for hint, count in s.mistakes)))
    console.print(table)
    if trouble:
        console.print(f"[bold]{words['trouble']}[/]")
        for learner, what in trouble:
            console.print(f"  [red]{escape(learner)}[/]: {escape(what)}")


def summary_chart(rows_: list[Row], problems: list[Problem], lang: str, target: Path) -> str:
    """summary.png: pass rate per problem and the histogram of total scores. Korean labels when a Korean font
    is installed (else English); returns the language drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from grader.fonts import use_korean_font

    lang = lang if lang == "en" or use_korean_font() else "en"
    words = WORDS[lang]
    summaries, _ = summarize(rows_, problems)
    figure, (rates, scores) = plt.subplots(2, 1, figsize=(max(8, 0.35 * len(summaries) + 2), 8), layout="constrained")
    rates.bar([s.problem.id for s in summaries], [100 * s.rate for s in summaries], color="tab:green")
    rates.set_ylim(0, 100)
    rates.set_ylabel(f"{words['rate']} (%)")
    rates.set_title(f"{words['rate']} · {words['learners']}: {len(rows_)}")
    rates.tick_params(axis="x", labelrotation=90)
    top = max((r.data["max_score"] for r in rows_), default=0)
    scores.hist([r.data["score"] for r in rows_], bins=range(0, top + 2), color="tab:blue", edgecolor="white", align="left")
    scores.set_xlabel(words["total"])
    scores.set_ylabel(words["count"])
    scores.set_title(words["scores"])
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", suffix=".png", delete=False) as tmp:
        figure.savefig(tmp, format="png", dpi=100)
    plt.close(figure)
    os.replace(tmp.name, target)
    return lang
