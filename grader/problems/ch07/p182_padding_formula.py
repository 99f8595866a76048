from grader.checks import text
from grader.spec import Problem

PROBLEM = Problem(
    id="p182", chapter="ch07", slug="padding_formula",
    title=text("출력 크기 공식을 패딩 P 에 대해 풀기", "Solve the output-size formula for P"),
    statement=text("패딩을 답으로 해서 위의 식을 풀어보시오", "Solve the output-size formula above for the padding P."),
    given="OH = (H + 2P - FH) / S + 1",
    example="P = ((OH - 1) S - H + FH) / 2",
    names=(),
    stub='''
# 손으로 푸는 문제입니다: 채점하지 않습니다 (함수로 만든 것은 p184 에서 채점합니다).
# Solved by hand: not graded (its function form is graded in p184).
#
#   OH = (H + 2P - FH) / S + 1
#   1) 양변에서 1 을 빼고 S 를 곱한다 / subtract 1, multiply by S:   (OH - 1) S = H + 2P - FH
#   2) 2P 만 남긴다 / keep 2P alone:                                 2P = ...
#   3) 2 로 나눈다 / divide by 2:                                     P  = ...
''',
    autograded="no",
    self_check=text("P = ((OH - 1) S - H + FH) / 2 가 나왔나요? (노트의 식 ((OH-1)S - (1-F)H)/2 는 오타입니다.) "
                    "H = 4, FH = 3, OH = 4, S = 1 을 넣으면 1 이 되는지 확인해 보세요.",
                    "Did you get P = ((OH - 1) S - H + FH) / 2? (The notes' ((OH-1)S - (1-F)H)/2 is a typo.) Check that "
                    "H = 4, FH = 3, OH = 4, S = 1 gives 1."),
)
