from grader.checks import text
from grader.spec import Problem

PROBLEM = Problem(
    id="p227", chapter="ch07", slug="cnn_diagram",
    title=text("MNIST CNN 의 구조 그림", "The MNIST CNN's structure"),
    statement=text("MNIST 데이터를 CNN으로 구현했을때의 신경망을 그림으로 확인하시오",
                   "Look at the figure of the network when MNIST data is implemented with a CNN."),
    example="입력 (1, 28, 28) → Conv (필터 30개, 5x5) (30, 24, 24) → ReLU → Pool 2x2 (30, 12, 12) → Affine (100) → ReLU → Affine (10) → Softmax\n"
            "input (1, 28, 28) → Conv (30 filters, 5x5) (30, 24, 24) → ReLU → Pool 2x2 (30, 12, 12) → Affine (100) → ReLU → Affine (10) → Softmax",
    names=(),
    stub='''
# 그림을 보며 각 층을 지난 뒤의 형상을 적어 보세요 (채점하지 않습니다).
# Follow the figure and write down the shape after every layer (not graded).
#
# (N, 1, 28, 28) --Conv1--> (N, ?, ?, ?) --Relu1--> ... --Pool1--> ... --Affine1--> ... --Affine2--> (N, 10)
''',
    autograded="no",
    self_check=text("필터 수만큼 채널이 생기고 (필터 2장이면 채널 2개: 노트의 '10장에서 20장'), 풀링은 높이와 너비를 절반으로 줄인다는 것을 "
                    "그림에서 확인하세요. 28 → 24 (합성곱) → 12 (풀링) 의 계산을 문제 225, 226 과 맞춰 보세요.",
                    "See in the figure that every filter makes one channel (two filters, two channels: the notes' 'from 10 to "
                    "20'), and that pooling halves the height and width. Match 28 → 24 (convolution) → 12 (pooling) with "
                    "problems 225 and 226."),
)
