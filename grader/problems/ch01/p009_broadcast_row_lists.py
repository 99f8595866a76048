import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import (
    fixed_size_mistake,
    int_arrays,
    int_lists,
    shared_shape,
)
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

ROW_LIST_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("축을 잘못 골랐습니다: m2[0][i] (행 번호)를 곱했습니다. 행 벡터는 열마다 다른 값이니 m2[0][j] 를 곱하세요.",
                 "The wrong axis: it multiplies by m2[0][i] (the row number). A row vector has one value per column: "
                 "use m2[0][j]."),
            like=lambda m, m2: [[v * m2[0][i] for v in row] for i, row in enumerate(m)]),
    fixed_size_mistake(2, 2),
)

PROBLEM = Problem(
    id="p009", chapter="ch01", slug="broadcast_row_lists",
    title=text("NumPy 없이: 브로드캐스트 (행렬 × 행 벡터)", "Without NumPy: broadcasting a row"),
    statement=text("numpy 의 브로드캐스트를 사용한 연산을 numpy 를 이용하지 않고 구현해보시오. "
                   "(m 의 각 행에 한 행짜리 m2 를 요소별로 곱한 결과를 리스트의 리스트로 돌려주세요.)",
                   "Implement the NumPy broadcast operation ([[1,2],[3,4]] * [10,20]) without NumPy. (Multiply every "
                   "row of m by the one-row m2, element by element; return a list of lists.)"),
    given="m = [[1, 2], [3, 4]]\nm2 = [[10, 20]]   # 한 행, m 의 열 수만큼 / one row, one value per column of m",
    example=">>> broadcast_row_lists([[1, 2], [3, 4]], [[10, 20]])\n[[10, 40], [30, 80]]",
    names=("broadcast_row_lists",),
    stub='''
def broadcast_row_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    """Return m * m2 as NumPy would broadcast it: m2 is one row, reused for every row of m. No NumPy."""
    raise NotImplementedError
''',
    checks=(
        Example("broadcast_row_lists", ([[1, 2], [3, 4]], [[10, 20]]), [[10, 40], [30, 80]], mistakes=ROW_LIST_MISTAKES),
        Holds("broadcast_row_lists",
              [int_lists("p009"), shared_shape("p009").flatmap(lambda shape: int_arrays((1, shape[1]))).map(np.ndarray.tolist)],
              lambda args, actual: expect_equal(actual, [[v * w for v, w in zip(row, args[1][0])] for row in args[0]],
                                                what="m * m2"),
              title=text("다른 크기에서도 (예: 3행 2열, 1행 4열)", "other sizes (e.g. 3 rows x 2, 1 row x 4)"),
              mistakes=ROW_LIST_MISTAKES),
    ),
    hints=(text("res[i][j] = m[i][j] * m2[0][j]: 행은 하나뿐이니 m2 의 행 번호는 항상 0 입니다.",
                "res[i][j] = m[i][j] * m2[0][j]: m2 has a single row, so its row index is always 0."),),
)
