from reference.functions import identity_function

__all__ = ["identity_function"]
