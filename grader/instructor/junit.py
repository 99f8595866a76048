"""`grade --junit FILE`: the results as JUnit XML, the format CI services and GitHub Classroom reporters read.

One <testsuite> per chapter, one <testcase> per problem. failed -> <failure>; error, timeout, memory -> <error>
(its type is the status); not started, manual (a self-check) and skipped (needs the reference) -> <skipped>,
so no consumer counts them as passed. Messages are the report's, in its language.
"""
from __future__ import annotations

import re
from itertools import groupby
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from grader.engine import ERROR, FAILED, MEMORY, PASSED, TIMEOUT, ProblemResult
from grader.report import status_label, to_json

# Characters XML 1.0 cannot hold at all (learner messages may carry them).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _counts(rows: list[tuple[ProblemResult, dict]]) -> dict[str, str]:
    statuses = [result.status for result, _ in rows]
    return {"tests": str(len(rows)), "failures": str(statuses.count(FAILED)),
            "errors": str(sum(s in (ERROR, TIMEOUT, MEMORY) for s in statuses)),
            "skipped": str(sum(s not in (PASSED, FAILED, ERROR, TIMEOUT, MEMORY) for s in statuses)),
            "time": f"{sum(entry['seconds'] for _, entry in rows):.3f}"}


def junit_xml(results: list[ProblemResult], lang: str, seed: int | None) -> bytes:
    rows = list(zip(results, to_json(results, lang, seed)["problems"]))
    root = Element("testsuites", name="dlscratch", **_counts(rows))
    for chapter, group in groupby(rows, key=lambda row: row[0].problem.chapter):
        group = list(group)
        suite = SubElement(root, "testsuite", name=chapter, **_counts(group))
        properties = SubElement(suite, "properties")
        SubElement(properties, "property", name="seed", value=str(seed))
        for result, entry in group:
            case = SubElement(suite, "testcase", name=_clean(f"{result.problem.id} {result.problem.title(lang)}"),
                              classname=f"dlscratch.{chapter}", time=f"{entry['seconds']:.3f}")
            details = _clean("\n\n".join(entry["messages"]))
            first = details.splitlines()[0] if details else status_label(result.status, lang)
            if result.status == FAILED:
                SubElement(case, "failure", message=first, type=FAILED).text = details
            elif result.status in (ERROR, TIMEOUT, MEMORY):
                SubElement(case, "error", message=first, type=result.status).text = details
            elif result.status != PASSED:
                SubElement(case, "skipped", message=f"{result.status}: {first}" if details else result.status)
    indent(root)
    return tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
