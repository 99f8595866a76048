"""The instructor's side of `grade`: the learner release, published solutions, and the formats grading services read."""
