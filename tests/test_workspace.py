"""A learner's workspace as learners use it: files of one chapter import each other; notebooks and stubs."""
from __future__ import annotations

from conftest import feedback
from grader.catalog import by_id
from grader.engine import PASSED, Grader, Options

LAYERS = """
class MulLayer:
    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y

    def backward(self, dout):
        return dout * self.y, dout * self.x


class AddLayer:
    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout, dout
"""

APPLE_ORANGE = """from p136_apple_price import MulLayer
from p137_add_layer import AddLayer


def buy_apple_orange(apple, apple_num, orange, orange_num, tax):
    apple_price = MulLayer().forward(apple, apple_num)
    orange_price = MulLayer().forward(orange, orange_num)
    return MulLayer().forward(AddLayer().forward(apple_price, orange_price), tax)
"""


def test_a_file_can_import_the_learners_own_earlier_files(sandbox, tmp_path):
    problems = by_id()
    for problem_id, source in (("p136", LAYERS), ("p137", LAYERS), ("p138", APPLE_ORANGE)):
        path = tmp_path / problems[problem_id].path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    result = Grader(sandbox, Options(workspace=tmp_path, profile="ci")).grade(problems["p138"])
    assert result.status == PASSED, feedback(result)
