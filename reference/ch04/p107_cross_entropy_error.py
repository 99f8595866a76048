from reference.functions import cross_entropy_error

__all__ = ["cross_entropy_error"]
