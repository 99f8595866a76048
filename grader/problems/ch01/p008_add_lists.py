from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import fixed_size_mistake, int_lists
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

ADD_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("리스트끼리 + 는 이어 붙이기입니다 (행이 늘어남). 같은 자리의 요소끼리 더하세요: m[i][j] + m2[i][j].",
                 "+ between lists joins them (more rows). Add the elements at the same place: m[i][j] + m2[i][j]."),
            like=lambda m, m2: m + m2),
    fixed_size_mistake(2, 3),
)

PROBLEM = Problem(
    id="p008", chapter="ch01", slug="add_lists",
    title=text("NumPy 없이: 행렬의 덧셈", "Without NumPy: matrix addition"),
    statement=text("위의 문제를 numpy 를 이용하지 말고 구현하시오. (문제 4의 행렬 덧셈을 리스트의 리스트로: 합을 파이썬 리스트로 돌려주세요.)",
                   "Implement the matrix addition [[1,3,7],[1,0,0]] + [[0,0,5],[7,5,0]] without NumPy. (Return the sum "
                   "as a list of lists.)"),
    given="m = [[1, 3, 7], [1, 0, 0]]\nm2 = [[0, 0, 5], [7, 5, 0]]",
    example=">>> add_lists([[1, 3, 7], [1, 0, 0]], [[0, 0, 5], [7, 5, 0]])\n[[1, 3, 12], [8, 5, 0]]",
    names=("add_lists",),
    stub='''
def add_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    """Return m + m2 element by element, as a new list of rows (m and m2 have the same size). No NumPy."""
    raise NotImplementedError
''',
    checks=(
        Example("add_lists", ([[1, 3, 7], [1, 0, 0]], [[0, 0, 5], [7, 5, 0]]), [[1, 3, 12], [8, 5, 0]], mistakes=ADD_MISTAKES),
        Holds("add_lists", [int_lists("p008"), int_lists("p008")],
              lambda args, actual: expect_equal(actual, [[x + y for x, y in zip(r, r2)] for r, r2 in zip(*args)], what="m + m2"),
              title=text("다른 크기의 행렬에서도", "matrices of other sizes"), mistakes=ADD_MISTAKES),
    ),
    hints=(text("결과를 len(m) 행, len(m[0]) 열로 만들고, 이중 for 문으로 res[i][j] = m[i][j] + m2[i][j].",
                "Make the result len(m) rows by len(m[0]) columns; in a double loop, res[i][j] = m[i][j] + m2[i][j]."),),
)
