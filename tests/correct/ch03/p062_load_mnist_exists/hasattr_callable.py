"""hasattr and callable.

style: hasattr + callable
"""
import importlib


def has_function(module_name, name):
    module = importlib.import_module(module_name)
    return hasattr(module, name) and callable(getattr(module, name))
