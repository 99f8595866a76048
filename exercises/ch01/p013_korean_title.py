"""p013 · 한글 제목 붙이기 (A Korean title)

[문제]
위의 그래프에서 한글로 제목을 붙이시오. (문제 12의 하트에 제목 '광록이에 대한 현수의 마음' 을 붙이세요.)

[Problem]
Add a Korean title to the graph above. (Give p012's heart the title '광록이에 대한 현수의 마음'.)

주어진 것 / Given:
    title: '광록이에 대한 현수의 마음'
    lower = [6, 4, 2, 0, 2, 4, 6]
    upper = [6, 8, 8, 6, 8, 8, 6]

눈으로 확인할 것 / Check by eye:
창에 보이는 제목이 네모(□□□)가 아니라 한글로 보이나요?
Is the title shown in Hangul, not as boxes (□□□)?

힌트 / Hints: grade hint p013

채점 / Grade: grade p013
"""
import matplotlib.pyplot as plt

from grader.fonts import use_korean_font

use_korean_font()  # 한글이 네모(□)로 깨지지 않게 / so that Korean is not drawn as boxes (None: no Korean font found)


def draw_titled_heart(lower: list[int], upper: list[int]) -> None:
    """p012's heart (two red lines and a grid), with the Korean title given above."""
    raise NotImplementedError
