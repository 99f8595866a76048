import importlib


def has_function(module_name: str, name: str) -> bool:
    """True when the module named `module_name` holds a function (or any callable) called `name`."""
    module = importlib.import_module(module_name)  # the module object, found by its dotted name
    return callable(getattr(module, name, None))
