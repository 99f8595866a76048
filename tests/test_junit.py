"""`grade --junit FILE`: JUnit XML that real parsers read, one testcase per problem, statuses as documented."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from junitparser import Error, Failure, JUnitXml, Skipped

from conftest import ROOT
from grader.catalog import select
from grader.instructor.publish import write as publish

TARGETS = ["p028", "p029", "p031", "p074", "p021"]  # passed, error, failed, manual, not started


def test_junit_xml_parses_and_reports_each_status(tmp_path):
    workspace = tmp_path / "ws"
    subprocess.run([sys.executable, "-m", "grader.cli", "init", str(workspace)], check=True, capture_output=True, timeout=120)
    publish(select(["p028"]), ROOT / "reference", workspace, notebooks=False)
    (workspace / select(["p029"])[0].path).write_text("def and_rows(:\n", encoding="utf-8")
    shutil.copy(ROOT / "tests/wrong/ch02/p031_nand_gate/built_like_and.py", workspace / select(["p031"])[0].path)
    report = tmp_path / "결과.xml"
    done = subprocess.run([sys.executable, "-m", "grader.cli", *TARGETS, "--workspace", str(workspace), "--junit",
                           str(report)], capture_output=True, text=True, encoding="utf-8", timeout=300, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr

    root = ElementTree.parse(report).getroot()  # a real XML parser first
    assert root.tag == "testsuites" and root.get("tests") == "5"
    assert (root.get("failures"), root.get("errors"), root.get("skipped")) == ("1", "1", "2")

    suites = list(JUnitXml.fromfile(str(report)))  # then what CI reporters use
    cases = {case.name.split()[0]: case for suite in suites for case in suite}
    assert sorted(cases) == sorted(TARGETS)
    assert [suite.name for suite in suites] == sorted({p.chapter for p in select(TARGETS)})
    assert cases["p028"].is_passed and cases["p028"].classname == "dlscratch.ch02"
    [failure] = cases["p031"].result
    assert isinstance(failure, Failure) and "NAND" in failure.text and failure.message
    [error] = cases["p029"].result
    assert isinstance(error, Error) and error.type == "error" and "문법 오류" in error.text  # Korean by default
    assert all(isinstance(r, Skipped) for pid in ("p074", "p021") for r in cases[pid].result)
    assert cases["p021"].result[0].message.startswith("not started")
    assert cases["p028"].name == f"p028 {select(['p028'])[0].title.ko}"  # Korean intact
