from reference.functions import mean_squared_error

__all__ = ["mean_squared_error"]
