from grader.checks import text
from grader.problems.optimizers import (
    ADAM_NO_BIAS_CORRECTION,
    ADAM_STEP_PER_KEY,
    ADAM_V_NOT_SQUARED,
    adam,
    optimizer_check,
    optimizer_problem,
)

PROBLEM = optimizer_problem(
    "p166", "adam", text("Adam으로 3층 신경망 학습", "Training the 3-layer network with Adam"),
    text("Adam클래스를 생성하고 위의 3층 신경망에 Adam경사 감소법을 적용해서 3층 신경망을 학습시키시오",
         "Create an Adam class, apply Adam to the 3-layer network above and train it."),
    "Adam",
    # rtol 1e-4: the paper's form (m̂ / (√v̂ + ε)) and the book's (lr_t, ε outside) differ by ε·(1 - √(1 - β2^t)) only.
    (optimizer_check("Adam", (0.1, 0.9, 0.999), adam(0.1, 0.9, 0.999),
                     [(adam(0.1, 0.9, 0.999, corrected=False), ADAM_NO_BIAS_CORRECTION),
                      (adam(0.1, 0.9, 0.999, step_per_key=True), ADAM_STEP_PER_KEY),
                      (adam(0.1, 0.9, 0.999, squared=False), ADAM_V_NOT_SQUARED)], rtol=1e-4),
     optimizer_check("Adam", (), adam(0.001, 0.9, 0.999), [(adam(0.001, 0.9, 0.999, corrected=False), ADAM_NO_BIAS_CORRECTION),
                      (adam(0.001, 0.9, 0.999, step_per_key=True), ADAM_STEP_PER_KEY),
                      (adam(0.001, 0.9, 0.999, squared=False), ADAM_V_NOT_SQUARED)],
                     rtol=1e-4)),
    hints=(text("Adam은 매개변수마다 이동 평균 두 개를 둡니다: 기울기의 m과 기울기 제곱의 v (처음엔 0). 처음 몇 번은 0 쪽으로 "
                "치우치므로 갱신 횟수 self.iter 로 학습률을 보정합니다.",
                "Adam keeps two moving averages per parameter: m of the gradient and v of its square (zeros at first). "
                "They lean towards 0 in the first steps, so the learning rate is corrected with the step count self.iter."),
           text("update마다 self.iter += 1; lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)",
                "Every update: self.iter += 1; lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)"),
           text("self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key]); self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key]); "
                "params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)",
                "self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key]); self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key]); "
                "params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)")),
)
