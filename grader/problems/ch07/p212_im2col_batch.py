import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import IM2COL_MISTAKES, IM2COL_STUB, NO_PAD, NO_STRIDE, SHARED_PIECES, arrays, im2col
from grader.spec import Problem

# The im2col mistakes read im2col's arguments: photos_to_columns(photos) is im2col(photos, 5, 5, 1, 0), so a pad or
# a stride cannot go wrong here.
MISTAKES = [Mistake(m.says, when=lambda args, actual, m=m: m.matches((args[0], 5, 5, 1, 0), actual))
            for m in IM2COL_MISTAKES if m not in (NO_PAD, NO_STRIDE)]
PHOTOS = np.round(np.random.default_rng(212).random((10, 3, 7, 7)), 4)

PROBLEM = Problem(
    id="p212", chapter="ch07", slug="im2col_batch",
    title=text("사진 10장을 im2col로", "Ten photos through im2col"),
    statement=text("아이린 사진 10장을 im2col 함수의 넣어서 2차원 행렬로 변환하시오 (Filter : 5 x 5) "
                   "(사진 묶음 (N, C, H, W) 를 받아 5 x 5 필터, stride 1, pad 0 의 im2col 결과를 돌려주는 함수로 만드세요.)",
                   "Put the 10 Irene photos into im2col and convert them into a 2-D matrix (filter 5 x 5). (Write a function: "
                   "it takes a batch of photos (N, C, H, W) and returns im2col's result for a 5 x 5 filter, stride 1, pad 0.)"),
    given="i_lyn = np.random.rand(10, 3, 7, 7)\nim2col(i_lyn, 5, 5, stride=1, pad=0)",
    example=">>> photos_to_columns(np.random.rand(10, 3, 7, 7)).shape\n(90, 75)",
    names=("photos_to_columns",),
    stub="\nimport numpy as np\n" + SHARED_PIECES + IM2COL_STUB + '''

def photos_to_columns(photos: np.ndarray) -> np.ndarray:
    """im2col of the photos with a 5 x 5 filter, stride 1, pad 0: (N * OH * OW, C * 25)."""
    raise NotImplementedError
''',
    checks=(
        Example("photos_to_columns", (PHOTOS,), im2col(PHOTOS, 5, 5), dtype=None, mistakes=MISTAKES,
                title=text("사진 10장 (10, 3, 7, 7): (90, 75)", "ten photos (10, 3, 7, 7): (90, 75)")),
        Holds("photos_to_columns",
              [st.tuples(st.integers(1, 4), st.integers(1, 3), st.integers(5, 8), st.integers(5, 8)).flatmap(arrays)],
              lambda args, actual: expect_equal(actual, im2col(args[0], 5, 5), what="photos_to_columns(photos)", dtype=None),
              mistakes=MISTAKES,
              title=text("무작위 크기의 묶음: (N * OH * OW, C * 25) 와 그 값", "batches of generated sizes: (N * OH * OW, C * 25) and its values")),
    ),
    hints=(text("사진 한 장은 창 9개 (3 x 3) 이므로 10장은 90행입니다: 각 사진의 (9, 75) 가 아래로 이어 붙습니다.",
                "One photo has 9 windows (3 x 3), so ten photos make 90 rows: each photo's (9, 75) is stacked below the last."),),
)
