from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

MISTAKES = (
    RETURNS_NONE,
    Mistake(text("채널 수까지 곱했습니다: RGB 필터 하나는 (3, FH, FW) 블록 하나이고, 세 채널의 곱을 모두 더해 feature map 한 장을 만듭니다.",
                 "The channels were multiplied in too: one RGB filter is one (3, FH, FW) block; it adds the products of "
                 "all three channels into ONE feature map."),
            when=lambda args, actual: args[2] > 1 and actual == args[0] * args[1] * args[2]),
    Mistake(text("사진 한 장의 feature map 수입니다: 필터 수만큼의 feature map 이 사진마다 나오므로 사진 수를 곱하세요.",
                 "That is the count for one photo: every photo gets one feature map per filter, so multiply by the photos."),
            when=lambda args, actual: args[0] > 1 and actual == args[1]),
    Mistake(text("더했습니다: 사진마다 필터 수만큼 나오므로 곱입니다.", "That is a sum: every photo gets one map per filter, so it is a product."),
            when=lambda args, actual: actual == args[0] + args[1] and args[0] + args[1] != args[0] * args[1]),
)

PROBLEM = Problem(
    id="p208", chapter="ch07", slug="feature_map_count",
    title=text("feature map 의 개수", "How many feature maps"),
    statement=text("설현 사진 50장과 아이린 50장, 총 100장의 사진을 신경망에 입력해서 설현과 아이린을 구분하는 신경망을 만든다고 할 때 "
                   "RGB 필터를 30개를 사용하면 출력 feature map 이 총 몇 개일까? (사진 수, 필터 수, 채널 수를 받아 feature map 의 "
                   "총 개수를 돌려주는 함수로 만드세요.)",
                   "For a network that tells Seolhyun from Irene using 50 + 50 = 100 photos, how many output feature maps "
                   "are there in total with 30 RGB filters? (Write a function: it takes the number of photos, of filters "
                   "and of channels, and returns the total number of feature maps.)"),
    given="100 images, 30 filters, 3 channels (RGB)",
    example=">>> feature_map_count(100, 30, 3)\n3000",
    names=("feature_map_count",),
    stub='''
def feature_map_count(images: int, filters: int, channels: int) -> int:
    """How many feature maps come out when every image goes through every (channels, FH, FW) filter."""
    raise NotImplementedError
''',
    checks=(
        Example("feature_map_count", (100, 30, 3), 3000, mistakes=MISTAKES),
        Holds("feature_map_count", [st.integers(1, 500), st.integers(1, 64), st.integers(1, 4)],
              lambda args, actual: expect_equal(actual, args[0] * args[1], what="feature maps"),
              title=text("다른 사진 수, 필터 수, 채널 수", "other numbers of photos, filters and channels"), mistakes=MISTAKES),
    ),
    hints=(text("필터 하나는 사진 한 장에서 feature map 한 장을 만듭니다 (채널 수와 상관없이).",
                "One filter makes one feature map from one photo (whatever the number of channels)."),),
)
