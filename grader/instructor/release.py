"""The learner release: `dlscratch` (grader, exercises, public fixtures, dataset) without any reference solution,
and `dlscratch-reference` (the reference package and the solution-only fixtures) for instructors and grading servers.

Both are built from staged copies with generated pyproject files: the repository's own files (and its editable
install) are never touched. The learner wheel and sdist are scanned before they are handed out; a release that
holds a reference path or a copy of reference code is deleted and reported, never left in OUT_DIR.
"""
from __future__ import annotations

import json
import shutil
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from grader.instructor.leaks import Leak, fingerprints, scan
from grader.spec import Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEARNER_NAME, REFERENCE_NAME = "dlscratch", "dlscratch-reference"
LEARNER_PACKAGES = ("grader", "exercises", "dataset")  # and fixtures/, file by file
REFERENCE_DIR = "instructor"  # OUT_DIR/instructor/ holds dlscratch-reference: never hand it to learners
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".hypothesis")


class ReleaseError(Exception):
    """The release cannot be built, or what was built must not be handed out."""


@dataclass
class Release:
    learner: list[Path]  # wheel, sdist
    reference: list[Path]

    @property
    def learner_wheel(self) -> Path:
        return next(p for p in self.learner if p.suffix == ".whl")

    @property
    def reference_wheel(self) -> Path:
        return next(p for p in self.reference if p.suffix == ".whl")


def split_fixtures(root: Path, problems: list[Problem]) -> tuple[list[str], list[str]]:
    """(public, solution-only) files of fixtures/: public ones are those a problem declares in `fixtures=`.

    The make_*.py scripts that drew the fixtures are the repository's tools and ship in neither.
    """
    declared = {name for problem in problems for name in problem.fixtures}
    files = sorted(p.relative_to(root / "fixtures").as_posix() for p in (root / "fixtures").rglob("*")
                   if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts)
    missing = declared - set(files)
    if missing:
        raise ReleaseError(f"declared fixtures missing from fixtures/: {', '.join(sorted(missing))}")
    return [f for f in files if f in declared], [f for f in files if f not in declared]


def _toml(tables: dict[str, dict]) -> str:
    """TOML from tables of strings, booleans and lists of strings (JSON's literals are TOML's here)."""
    lines = []
    for name, table in tables.items():
        lines.append(f"[{name}]")
        lines += [f"{json.dumps(key)} = {json.dumps(value, ensure_ascii=False)}" for key, value in table.items()]
        lines.append("")
    return "\n".join(lines)


def _pyproject(project: dict, name: str, description: str, dependencies: list[str], packages: list[str],
               package_data: dict, scripts: dict | None, readme: bool) -> str:
    metadata = {"name": name, "version": project["version"], "description": description,
                "requires-python": project["requires-python"], "dependencies": dependencies}
    if readme:
        metadata["readme"] = "README.md"
    tables = {"build-system": {"requires": ["setuptools>=68"], "build-backend": "setuptools.build_meta"},
              "project": metadata}
    if scripts:
        tables["project.scripts"] = scripts
    tables["tool.setuptools.packages.find"] = {"include": [f"{p}*" for p in packages], "namespaces": True}
    tables["tool.setuptools.package-data"] = package_data
    return _toml(tables)


def _copy_fixtures(root: Path, names: list[str], stage: Path) -> None:
    for name in names:
        target = stage / "fixtures" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / "fixtures" / name, target)


def stage(root: Path, staging: Path, problems: list[Problem]) -> tuple[Path, Path]:
    """Lay out the two distributions' sources under staging/; returns (learner, reference) folders."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project, package_data = config["project"], config["tool"]["setuptools"]["package-data"]
    public, solution_only = split_fixtures(root, problems)
    learner, reference = staging / "learner", staging / "reference"
    for package in LEARNER_PACKAGES:
        shutil.copytree(root / package, learner / package, ignore=_IGNORE)
    _copy_fixtures(root, public, learner)
    shutil.copy2(root / "README.md", learner / "README.md")
    (learner / "pyproject.toml").write_text(_pyproject(
        project, LEARNER_NAME, project["description"], project["dependencies"],
        [*LEARNER_PACKAGES, "fixtures"], package_data, project["scripts"], readme=True), encoding="utf-8")
    shutil.copytree(root / "reference", reference / "reference", ignore=_IGNORE)
    _copy_fixtures(root, solution_only, reference)
    (reference / "pyproject.toml").write_text(_pyproject(
        project, REFERENCE_NAME, "Reference solutions of dlscratch: for instructors and grading servers only",
        [f"{LEARNER_NAME}=={project['version']}"], ["reference", "fixtures"] if solution_only else ["reference"],
        package_data, None, readme=False), encoding="utf-8")
    return learner, reference


def build(source: Path, out: Path) -> list[Path]:
    """An sdist and a wheel of `source`, with the build backend installed here (no download, no isolation)."""
    import pyproject_hooks
    from build import BuildException, ProjectBuilder

    builder = ProjectBuilder(source, runner=pyproject_hooks.quiet_subprocess_runner)
    missing = builder.check_dependencies("wheel")
    if missing:
        raise ReleaseError("to build a release, install the instructor tools: pip install -e \".[instructor]\" "
                           f"(missing: {', '.join(sorted(str(m[0]) for m in missing))})")
    out.mkdir(parents=True, exist_ok=True)
    try:
        return [Path(builder.build(kind, out)) for kind in ("sdist", "wheel")]
    except BuildException as error:
        raise ReleaseError(f"building {source.name} failed: {error}") from None


def archive_files(path: Path) -> dict[str, bytes]:
    """Every file of a wheel or sdist by its path inside the package (an sdist's top folder left out)."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return {info.filename: wheel.read(info) for info in wheel.infolist() if not info.is_dir()}
    with tarfile.open(path) as sdist:
        return {member.name.split("/", 1)[1]: sdist.extractfile(member).read()
                for member in sdist.getmembers() if member.isfile() and "/" in member.name}


def forbidden_paths(files: dict[str, bytes], public_fixtures: list[str]) -> list[str]:
    """Paths a learner distribution must not hold: reference/, and fixtures no problem declares."""
    wrong = []
    for name in files:
        if name.startswith("reference/") or "/reference/" in name:
            wrong.append(f"{name}: the reference package")
        elif name.startswith("fixtures/") and name.removeprefix("fixtures/") not in public_fixtures:
            wrong.append(f"{name}: a fixture no problem declares (solution-only)")
    return wrong


def check_learner(artifacts: list[Path], root: Path, problems: list[Problem]) -> tuple[list[str], list[Leak]]:
    public, _ = split_fixtures(root, problems)
    prints = fingerprints(root / "reference", [p.render_stub() for p in problems])
    paths, leaks = [], []
    for artifact in artifacts:
        files = archive_files(artifact)
        paths += [f"{artifact.name}: {line}" for line in forbidden_paths(files, public)]
        leaks += [Leak(f"{artifact.name}: {leak.file}", leak.origin) for leak in scan(files, prints)]
    return paths, leaks


def build_release(root: Path, out: Path, problems: list[Problem]) -> Release:
    if not (root / "pyproject.toml").is_file() or not (root / "reference").is_dir():
        raise ReleaseError(f"{root} is not the course repository (no pyproject.toml and reference/): "
                           "build the release from a clone, with `pip install -e \".[instructor]\"`")
    with tempfile.TemporaryDirectory(prefix="dlscratch-release-") as staging:
        learner_source, reference_source = stage(root, Path(staging), problems)
        learner = build(learner_source, out)
        paths, leaks = check_learner(learner, root, problems)
        if paths or leaks:
            for artifact in learner:
                artifact.unlink()
            found = paths + [f"{leak.file} copies {leak.origin}" for leak in leaks]
            raise ReleaseError("the learner release would hand out solutions; nothing was written:\n  " + "\n  ".join(found))
        reference = build(reference_source, out / REFERENCE_DIR)
    return Release(learner, reference)

