"""p079 · 내 손글씨 3을 신경망이 맞추는가 (Does the network recognise your handwritten 3?)

[문제]
흑백으로 변경한 숫자 3을 3층 신경망에 넣고 숫자 3을 컴퓨터가 맞추는지 확인하시오

[Problem]
Feed the grayscale digit 3 into the 3-layer network and check whether the computer recognises it as 3.

눈으로 확인할 것 / Check by eye:
사진을 MNIST 처럼 바꾸었나요 (검은 바탕에 흰 글씨, 0~1, 20x20 안에 가운데)? 노트처럼 채널 하나만 펴서 넣으면 흰 바탕 그대로라 신경망이 거의 틀립니다. dataset.handwriting.to_mnist 로 바꾼 뒤 3 으로 맞추나요?
Did you bring the photo to MNIST's convention (white on black, 0-1, centred in 20x20)? Flattening one channel as the notes do keeps the white paper, and the network is mostly wrong. After dataset.handwriting.to_mnist, is it recognised as 3?

채점 / Grade: grade p079
"""
# 여러분의 사진으로 하는 문제입니다: 채점하지 않습니다. 예:
# Done with your own photo: not graded. For example:
#
#   from dataset.handwriting import to_mnist
#   x = to_mnist("number3.jpg").reshape(784)  # 흰 글씨, 검은 바탕, 0~1, 가운데 / white on black, 0-1, centred
#   y = predict(init_network(), x)            # 문제 76 / problem 76
#   print(y, np.argmax(y))
