import numpy as np

from grader.checks import Example, Holds, expect_equal, text
from grader.problems.common import RETURNS_NONE, nested_lists
from grader.problems.forward import NOTES_PREDICTIONS, NOTES_PREDICTIONS_GIVEN
from grader.spec import Problem

PROBLEM = Problem(
    id="p066", chapter="ch03", slug="list_to_array",
    title=text("리스트를 NumPy 배열로", "A list into a NumPy array"),
    statement=text("아래의 리스트를 numpy array 로 바꾸시오", "Convert the list below into a NumPy array."),
    given=NOTES_PREDICTIONS_GIVEN,
    example=">>> to_array(x)\narray([[0.1 , 0.05, 0.1 , 0.  , 0.05, 0.1 , 0.  , 0.1 , 0.  , 0.  ],\n       ...\n"
            "       [0.  , 0.05, 0.9 , 0.  , 0.05, 0.  , 0.  , 0.  , 0.  , 0.  ]])  # shape (9, 10)",
    names=("to_array",),
    stub='''
import numpy as np


def to_array(x: list) -> np.ndarray:
    """Return the nested list x as a NumPy array (each inner list becomes a row)."""
    raise NotImplementedError
''',
    checks=(
        Example("to_array", (NOTES_PREDICTIONS,), np.array(NOTES_PREDICTIONS), mistakes=(RETURNS_NONE,)),
        Holds("to_array", [nested_lists()], lambda args, actual: expect_equal(actual, np.array(args[0])),
              title=text("다른 깊이와 크기의 리스트", "lists of other depths and sizes"), mistakes=(RETURNS_NONE,)),
    ),
    hints=(text("np.array(x). 리스트 안의 리스트는 행이 됩니다.", "np.array(x): the inner lists become the rows."),),
)
