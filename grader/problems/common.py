"""Check pieces that every chapter meets: printed-not-returned, NumPy errors explained, small arrays."""
from __future__ import annotations

from typing import Sequence

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (
    Check,
    Context,
    Custom,
    Fail,
    Mistake,
    text,
)
from grader.compare import RETURNED_NOTHING
from grader.sandbox.session import LearnerError
from grader.spec import Text

# The lengths of a training history, named in both languages
PER_ITERATION = text("len(history['train_loss']) (반복마다 하나)", "len(history['train_loss']) (one per iteration)")
PER_EPOCH = text("len(history['test_acc']) (에폭마다 하나)", "len(history['test_acc']) (one per epoch)")

# -- a value that was printed instead of returned ---------------------------------------------------

RETURNS_NONE = Mistake(RETURNED_NOTHING, when=lambda args, actual: actual is None)


def explain_errors(check: Check, known: Sequence[tuple[str, Text]]) -> Custom:
    """`check`, but a learner exception whose message holds a known phrase fails with that phrase's lesson.

    NumPy's own words ("operands could not be broadcast together") name the symptom; the lesson names the cause.
    """
    def run(ctx: Context) -> None:
        try:
            check.run(ctx)
        except LearnerError as error:
            lesson = next((says for phrase, says in known if phrase in error.message), None)
            if lesson is None:
                raise
            fail = Fail("error", text(f"{error.type_name}: {error.message}"), hint=lesson)
            fail.input = error.input if error.input is not None else getattr(check, "args", None)
            fail.seed = error.seed
            raise fail from None

    return Custom(run, check.title, needs_reference=check.needs_reference)

def float_arrays(bound: float = 10.0) -> st.SearchStrategy:
    """Small 1-D or 2-D float arrays in [-bound, bound] (a vector, or a small batch of them)."""
    return hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, max_side=5),
                      elements=st.floats(-bound, bound, allow_nan=False, allow_subnormal=False))


def nested_lists(min_dims: int = 1, max_dims: int = 3) -> st.SearchStrategy:
    """Nested Python lists of floats (rectangular), 1 to 3 levels deep, a few elements per level."""
    return hnp.arrays(np.float64, hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=1, max_side=4),
                      elements=st.floats(0, 1, width=64)).map(lambda a: a.tolist())
