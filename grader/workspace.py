"""A learner's workspace: where each problem's file lives, reading it safely, and `grade init`."""
from __future__ import annotations

import codecs
import io
import json
import tokenize
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from grader.spec import Problem, Text, text

MARKER = Path(".dlscratch") / "workspace.json"  # written by `grade init`; found upward from a sub-folder, as git finds .git
MAX_SOURCE_BYTES = 512 * 1024
MAX_SIBLINGS = 200
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LAYOUTS = ("py", "notebooks", "per-problem")  # a .py file per problem, a notebook per chapter, a notebook per problem
# When several files hold work for one problem, the workspace's own layout wins, then the others in this order.
PREFERENCE = {"py": ("py", "per-problem", "notebooks"), "per-problem": ("per-problem", "py", "notebooks"),
              "notebooks": ("notebooks", "per-problem", "py")}
MAX_NOTEBOOK_BYTES = 32 * 2**20  # outputs (plots) make notebooks large; the code in them is held to MAX_SOURCE_BYTES


@dataclass
class Submission:
    """The learner's code for one problem, or why there is none to run."""

    cells: list[dict[str, Any]] = field(default_factory=list)  # what the worker runs, in order (a .py file is one cell)
    filename: str = ""  # the file graded, relative to the workspace
    files: dict[str, bytes] = field(default_factory=dict)  # copied into the worker's scratch folder
    missing: bool = False
    untouched: bool = False  # exactly the stub `grade init` wrote: not started, nothing to run
    problem: Text | None = None  # a file that exists but cannot be run (not UTF-8, bad notebook...)
    notes: list[Text] = field(default_factory=list)  # shown with the result (which file was graded and why)


def find_workspace(start: Path) -> Path | None:
    """The nearest folder from `start` upward holding the marker `grade init` wrote, as git finds `.git`; else
    `start` itself when it looks like a workspace made before the marker existed (chNN folders or notebooks)."""
    start = start.resolve()
    found = next((folder for folder in (start, *start.parents) if (folder / MARKER).is_file()), None)
    if found is None and (any(start.glob("ch[0-9][0-9]/p*.py")) or any(start.glob("ch[0-9][0-9]*.ipynb"))):
        return start
    return found


def layout_of(workspace: Path) -> str:
    """The layout `grade init` or `grade convert` recorded in the workspace marker ("py" without one)."""
    try:
        layout = json.loads((workspace / MARKER).read_text(encoding="utf-8")).get("layout")
    except (OSError, ValueError, AttributeError):
        return "py"
    return layout if layout in LAYOUTS else "py"


def file_for(problem: Problem, layout: str) -> str:
    """Where a problem's code lives in a workspace of that layout, relative to it."""
    return {"py": problem.path, "per-problem": problem.path[:-3] + ".ipynb", "notebooks": f"{problem.chapter}.ipynb"}[layout]


RESAVE_AS_UTF8 = text("VS Code: 아래 상태 표시줄의 인코딩을 눌러 'Reopen with Encoding' → Korean (EUC-KR)로 다시 연 뒤, "
                      "다시 눌러 'Save with Encoding' → UTF-8. 메모장: 다른 이름으로 저장 → 인코딩: UTF-8.",
                      "VS Code: click the encoding in the status bar, 'Reopen with Encoding' → Korean (EUC-KR), then click it "
                      "again, 'Save with Encoding' → UTF-8. Notepad: File → Save As → Encoding: UTF-8.")


def _not_utf8(raw: bytes, name: str, start: int) -> Text:
    """Why `raw` is not UTF-8 where it breaks, naming cp949 (EUC-KR) when it reads as that: Korean Windows' default."""
    line = raw[:start].count(b"\n") + 1
    try:
        korean = any("\uac00" <= c <= "\ud7a3" for c in raw.decode("cp949"))
    except UnicodeDecodeError:
        korean = False
    if korean:
        return text(f"{name} 파일이 UTF-8이 아니라 cp949 (EUC-KR, 한글 윈도우의 기본 인코딩)로 저장되어 있습니다 ({line}번째 줄). "
                    f"UTF-8로 다시 저장하세요. {RESAVE_AS_UTF8.ko}",
                    f"{name} is saved in cp949 (EUC-KR, the default of Korean Windows), not UTF-8 (line {line}). "
                    f"Save it again as UTF-8. {RESAVE_AS_UTF8.en}")
    return text(f"{name} 파일이 UTF-8이 아닙니다 ({line}번째 줄, 바이트 {raw[start]:#04x}). 편집기에서 UTF-8로 다시 저장하세요.",
                f"{name} is not UTF-8 (line {line}, byte {raw[start]:#04x}). Save it again as UTF-8.")


def _decode(raw: bytes, name: str) -> tuple[str | None, Text | None]:
    """A notebook's text: UTF-8 as JSON must be (a byte-order mark is accepted)."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, _not_utf8(raw, name, error.start + (3 if raw.startswith(codecs.BOM_UTF8) else 0))


def decode_python(raw: bytes, name: str) -> tuple[str | None, Text | None]:
    """A .py file's text as Python reads it (importlib.util.decode_source): a byte-order mark or a coding line
    chooses the encoding, UTF-8 otherwise; CRLF and CR line ends become \\n, so line numbers are the editor's."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    except SyntaxError as error:  # an unknown coding line, or bytes in the first two lines that are not UTF-8
        if "unknown encoding" in str(error):
            return None, text(f"{name} 의 coding 줄이 모르는 인코딩을 적고 있습니다 ({error}). 그 줄을 지우고 UTF-8로 저장하세요.",
                              f"The coding line of {name} names an unknown encoding ({error}). Delete that line and save "
                              "the file as UTF-8.")
        encoding = "utf-8"
    try:
        source = raw.decode(encoding)
    except UnicodeDecodeError as error:
        if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
            return None, _not_utf8(raw, name, error.start + (3 if encoding == "utf-8-sig" else 0))
        line = raw[:error.start].count(b"\n") + 1
        return None, text(f"{name} 은(는) coding 줄에 {encoding} 라고 적었지만 {line}번째 줄이 {encoding} 가 아닙니다.",
                          f"{name} says coding: {encoding}, but line {line} is not {encoding}.")
    return io.IncrementalNewlineDecoder(None, translate=True).decode(source, final=True), None


@lru_cache(maxsize=8)
def _parsed_notebook(path: str, mtime_ns: int, size: int) -> tuple[Any, Text | None]:
    """A notebook read and validated once per grading run, however many of its problems are graded."""
    from grader import ipynb

    source, problem = _decode(Path(path).read_bytes(), Path(path).name)
    if problem:
        return None, problem
    try:
        return ipynb.read(source, Path(path).name), None
    except ipynb.NotebookError as error:
        return None, error.reason


def _too_large(name: str, limit: int) -> Text:
    return text(f"{name} 이(가) 너무 큽니다 ({limit // 1024} KiB 초과).", f"{name} is too large (over {limit // 1024} KiB).")


def _read(workspace: Path, problem: Problem, layout: str) -> Submission | None:
    """The problem's code in the file a workspace of `layout` keeps it in; None when there is no such file."""
    relative = file_for(problem, layout)
    path = workspace / relative
    if not path.is_file():
        return None
    stat = path.stat()
    if stat.st_size > (MAX_SOURCE_BYTES if layout == "py" else MAX_NOTEBOOK_BYTES):
        return Submission(filename=relative, problem=_too_large(path.name, MAX_SOURCE_BYTES if layout == "py" else MAX_NOTEBOOK_BYTES))
    if layout == "py":
        source, problem_text = decode_python(path.read_bytes(), path.name)
        return Submission(cells=[{"source": source, "file": relative, "cell": None, "main": True}], filename=relative,
                          untouched=source == problem.render_stub(), problem=problem_text)
    from grader import ipynb

    notebook, problem_text = _parsed_notebook(str(path), stat.st_mtime_ns, stat.st_size)
    if problem_text:
        return Submission(filename=relative, problem=problem_text)
    found = ipynb.section(notebook.cells, problem.id)
    if found is None and layout == "notebooks":  # a chapter notebook without this problem's cells
        return Submission(missing=True, filename=relative, notes=[text(
            f"{relative} 에 {problem.id} 의 셀이 없습니다 (셀 메타데이터 dlscratch.problem = {problem.id} 인 코드 셀, "
            f"또는 check(\"{problem.id}\") 셀 바로 위의 코드 셀).",
            f"{relative} has no cell for {problem.id} (a code cell whose metadata has dlscratch.problem = {problem.id}, "
            f"or the code cell just above a check(\"{problem.id}\") cell).")])
    cells = ipynb.cells_to_run(notebook.cells, relative, found)
    if sum(len(c["source"]) for c in cells) > MAX_SOURCE_BYTES:
        return Submission(filename=relative, problem=text(f"{relative} 의 코드 셀이 너무 깁니다 (모두 합쳐 512 KiB 초과).",
                                                          f"The code cells of {relative} are too long (over 512 KiB together)."))
    return Submission(cells=cells, filename=relative, untouched=bool(found) and ipynb.untouched(notebook.cells, found, problem))


def learner_files(workspace: Path, problem: Problem, *folders: Path) -> dict[str, bytes]:
    """What the worker's scratch folder gets: the chapter's .py files (they may import each other), those of
    `folders` (a notebook's own folder) at the top, and the problem's fixtures."""
    files = {}
    for folder, prefix in ((workspace / problem.chapter, f"{problem.chapter}/"), *((f, "") for f in folders)):
        for path in sorted(folder.glob("*.py"))[:MAX_SIBLINGS]:
            if path.stat().st_size <= MAX_SOURCE_BYTES:
                files[prefix + path.name] = path.read_bytes()
    for name in problem.fixtures:
        files[f"fixtures/{name}"] = (FIXTURES / name).read_bytes()
        if name == "sample_weight.npz":
            # The book opens sample_weight.pkl from the current folder with pickle.load: offer the practice weights
            # under that name, in the worker's current folder and beside the code, so that the book's way works too.
            files["sample_weight.pkl"] = files[f"{problem.chapter}/sample_weight.pkl"] = _book_pickle(name)
    return files


@lru_cache(maxsize=None)
def _book_pickle(name: str) -> bytes:
    """A fixture of plain arrays (.npz) as the book ships its weights: a pickled dict of arrays (written, never read, here)."""
    import pickle

    import numpy as np

    with np.load(FIXTURES / name, allow_pickle=False) as arrays:
        return pickle.dumps({key: arrays[key] for key in arrays.files}, protocol=4)


def read_submission(workspace: Path, problem: Problem) -> Submission:
    """The problem's code: from the first file that holds work, the workspace's own layout first (PREFERENCE);
    when none does, the first file there is (the untouched stub: not started)."""
    layout = layout_of(workspace)
    found = [s for kind in PREFERENCE[layout] if (s := _read(workspace, problem, kind))]
    present = [s for s in found if not s.missing]
    if not present:
        return Submission(missing=True, filename=file_for(problem, layout), notes=[n for s in found for n in s.notes])
    working = [s for s in present if not s.untouched]
    chosen = (working or present)[0]
    if len(working) > 1:
        others = ", ".join(s.filename for s in working[1:])
        chosen.notes.insert(0, text(
            f"{chosen.filename} 와(과) {others} 에 모두 {problem.id} 의 코드가 있습니다. 이 작업 공간의 형식({layout})에 따라 "
            f"{chosen.filename} 을(를) 채점했습니다. 쓰지 않는 파일은 지우거나 이름을 바꾸세요.",
            f"Both {chosen.filename} and {others} hold code for {problem.id}; graded {chosen.filename} (this workspace's "
            f"layout is {layout}). Delete or rename the one you do not use."))
    at_top = [workspace] if chosen.filename == file_for(problem, "notebooks") else []
    chosen.files = learner_files(workspace, problem, *at_top)
    return chosen


def write_marker(target: Path, layout: str) -> None:
    marker = target / MARKER
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({"format": 1, "layout": layout}) + "\n", encoding="utf-8")


def init_workspace(target: Path, problems: list[Problem], layout: str = "py") -> list[Path]:
    """Write every problem's file in `layout`, and the workspace marker; an existing file is never overwritten
    (it may hold the learner's work)."""
    if not (target / MARKER).exists():
        write_marker(target, layout)
    written = []
    if layout == "py":
        for problem in problems:
            path = target / problem.path
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(problem.render_stub(), encoding="utf-8")
                written.append(path)
        return written
    from grader import ipynb

    notebooks = ({file_for(p, layout): [p] for p in problems} if layout == "per-problem" else
                 {file_for(p, layout): [q for q in problems if q.chapter == p.chapter] for p in problems})
    for relative, members in notebooks.items():
        path = target / relative
        if not path.exists():
            ipynb.write(path, ipynb.chapter_notebook(members[0].chapter, members) if layout == "notebooks"
                        else ipynb.new_notebook(ipynb.problem_cells(members[0])))
            written.append(path)
    return written
