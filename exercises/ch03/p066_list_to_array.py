"""p066 · 리스트를 NumPy 배열로 (A list into a NumPy array)

[문제]
아래의 리스트를 numpy array 로 바꾸시오

[Problem]
Convert the list below into a NumPy array.

주어진 것 / Given:
    x = [[0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0],
         [0.1, 0.05, 0.2, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
         [0.0, 0.05, 0.3, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
         [0.0, 0.05, 0.4, 0.0, 0.05, 0.0, 0.0, 0.5, 0.0, 0.0],
         [0.0, 0.05, 0.5, 0.0, 0.05, 0.0, 0.0, 0.4, 0.0, 0.0],
         [0.0, 0.05, 0.6, 0.0, 0.05, 0.0, 0.0, 0.3, 0.0, 0.0],
         [0.0, 0.05, 0.7, 0.0, 0.05, 0.0, 0.0, 0.2, 0.0, 0.0],
         [0.0, 0.1, 0.8, 0.0, 0.1, 0.0, 0.0, 0.2, 0.0, 0.0],
         [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0]]

예시 / Example:
    >>> to_array(x)
    array([[0.1 , 0.05, 0.1 , 0.  , 0.05, 0.1 , 0.  , 0.1 , 0.  , 0.  ],
           ...
           [0.  , 0.05, 0.9 , 0.  , 0.05, 0.  , 0.  , 0.  , 0.  , 0.  ]])  # shape (9, 10)

힌트 / Hints: grade hint p066

채점 / Grade: grade p066
"""
import numpy as np


def to_array(x: list) -> np.ndarray:
    """Return the nested list x as a NumPy array (each inner list becomes a row)."""
    raise NotImplementedError
