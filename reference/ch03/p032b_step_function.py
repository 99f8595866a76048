"""p032b: the step function, 1 where x > 0 and 0 elsewhere (the book's step_function, as ints)."""
from reference.functions import step_function as step_func

__all__ = ["step_func"]
