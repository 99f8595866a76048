"""Mistake: opens the book's pickle from another folder (../dataset/): while grading it is in the current folder.

expect: While grading, the practice weights are in the current folder and beside your code
"""
import pickle


def init_network():
    with open("../dataset/sample_weight.pkl", "rb") as f:
        return pickle.load(f)
