from grader.checks import text
from grader.problems.basics import HEART, SMALL_HEART, heart_figure
from grader.spec import Problem

TITLE = "광록이에 대한 현수의 마음"

PROBLEM = Problem(
    id="p013", chapter="ch01", slug="korean_title",
    title=text("한글 제목 붙이기", "A Korean title"),
    statement=text(f"위의 그래프에서 한글로 제목을 붙이시오. (문제 12의 하트에 제목 '{TITLE}' 을 붙이세요.)",
                   f"Add a Korean title to the graph above. (Give p012's heart the title '{TITLE}'.)"),
    given=f"title: '{TITLE}'\nlower = [6, 4, 2, 0, 2, 4, 6]\nupper = [6, 8, 8, 6, 8, 8, 6]",
    names=("draw_titled_heart",),
    stub='''
import matplotlib.pyplot as plt

from grader.fonts import use_korean_font

use_korean_font()  # 한글이 네모(□)로 깨지지 않게 / so that Korean is not drawn as boxes (None: no Korean font found)


def draw_titled_heart(lower: list[int], upper: list[int]) -> None:
    """p012's heart (two red lines and a grid), with the Korean title given above."""
    raise NotImplementedError
''',
    checks=(heart_figure("draw_titled_heart", *HEART, title=TITLE), heart_figure("draw_titled_heart", *SMALL_HEART, title=TITLE)),
    hints=(text("plt.title('...') 로 제목을 붙입니다. 채점은 제목 글자를 비교하므로 글꼴이 없어도 됩니다.",
                "plt.title('...') sets the title. The grader compares the title's text, so a missing font does not matter."),
           text("노트처럼 C:/Windows/Fonts/... 경로를 쓰면 다른 컴퓨터에서 깨집니다. grader.fonts.use_korean_font() 가 설치된 한글 글꼴을 찾아 줍니다.",
                "A path like the notes' C:/Windows/Fonts/... breaks on other machines. grader.fonts.use_korean_font() finds an installed Korean font.")),
    autograded="partly",
    self_check=text("창에 보이는 제목이 네모(□□□)가 아니라 한글로 보이나요?", "Is the title shown in Hangul, not as boxes (□□□)?"),
)
