"""Mistake: importing the module is taken as proof; the name is never looked up.

expect: It is always True
"""
import importlib


def has_function(module_name, name):
    importlib.import_module(module_name)
    return True
