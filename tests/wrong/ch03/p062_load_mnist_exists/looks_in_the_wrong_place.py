"""Mistake: looks the name up in the module's __dict__ of the builtins, not in the imported module: always False.

expect: It is always False
"""
import importlib


def has_function(module_name, name):
    module = importlib.import_module(module_name)
    return name in vars(type(module))
