"""Gradescope's side, in parts: where a submission's files go, and how results map to results.json.
The bundle itself is run end to end in tests/test_release.py, on the release learners install."""
from __future__ import annotations

from grader.catalog import select


def test_submission_files_are_found_in_any_layout(tmp_path):
    from grader.instructor.gradescope import arrange

    upload = tmp_path / "submission"
    for relative in ("dlscratch-work/ch05/p157_softmax_with_loss_use.py", "p140_relu_layer.ipynb", "mylayers.py", "ch05.ipynb",
                     "__MACOSX/dlscratch-work/ch05/._p157_softmax_with_loss_use.py", ".git/p136_apple_price.py"):
        (upload / relative).parent.mkdir(parents=True, exist_ok=True)
        (upload / relative).write_text("# mine\n", encoding="utf-8")
    arrange(upload, tmp_path / "ws", select(["p157", "p140", "p136"]))
    found = sorted(p.relative_to(tmp_path / "ws").as_posix() for p in (tmp_path / "ws").rglob("*") if p.is_file())
    assert found == ["ch05.ipynb", "ch05/mylayers.py", "ch05/p140_relu_layer.ipynb", "ch05/p157_softmax_with_loss_use.py"]


def test_results_of_a_self_check_carry_no_pass_or_fail():
    from grader.catalog import by_id
    from grader.instructor.gradescope import results

    data = {"score": 1, "max_score": 1, "seed": 7, "problems": [
        {"id": "p028", "status": "passed", "score": 1, "max_score": 1, "messages": [], "seconds": 0.1},
        {"id": "p074", "status": "manual", "score": 0, "max_score": 0, "messages": ["눈으로 확인"], "seconds": 0.0}]}
    converted = results(data, by_id(), "ko", 3.4)
    assert converted["score"] == 1 and converted["execution_time"] == 3
    manual = converted["tests"][1]
    assert "status" not in manual and manual["max_score"] == 0 and "자가 확인" in manual["output"]
    assert converted["tests"][0]["status"] == "passed"
