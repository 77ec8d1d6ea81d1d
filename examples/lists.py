"""Everyday list functions, written as stubs with doctests. Try:

    npx grimoire synth examples/lists.py
"""


def evens(xs: list[int]) -> list[int]:
    """Keeps the even numbers.

    >>> evens([1, 2, 3, 4])
    [2, 4]
    >>> evens([7, 8, 10])
    [8, 10]
    >>> evens([5])
    []
    >>> evens([6, 7, 8, 9])
    [6, 8]
    """
    raise NotImplementedError


def sum_of_squares(xs: list[int]) -> int:
    """
    >>> sum_of_squares([1, 2, 3])
    14
    >>> sum_of_squares([4])
    16
    >>> sum_of_squares([2, 2])
    8
    """
    ...


# largest([3, 9, 2]) => 9
# largest([-4, -1]) => -1
def largest(xs):
    pass


def changes(readings: list[int]) -> list[int]:
    """How much each reading changed from the one before.

    >>> changes([3, 5, 4, 10])
    [2, -1, 6]
    >>> changes([1, 1])
    [0]
    >>> changes([7, 2, 2])
    [-5, 0]
    """
    raise NotImplementedError


def numbered(lines: list[str]) -> list[str]:
    """Numbers the lines, from 1.

    >>> numbered(["milk", "eggs"])
    ['1. milk', '2. eggs']
    >>> numbered(["tea"])
    ['1. tea']
    >>> numbered(["a", "b", "c"])
    ['1. a', '2. b', '3. c']
    """
    raise NotImplementedError


def digits(xs: list[int]) -> list[int]:
    """The two digits of each number, in order.

    >>> digits([42, 17])
    [4, 2, 1, 7]
    >>> digits([90])
    [9, 0]
    >>> digits([35, 61, 88])
    [3, 5, 6, 1, 8, 8]
    """
    raise NotImplementedError


def parity(xs: list[int]) -> list[str]:
    """Labels each number even or odd.

    >>> parity([4, 7, 10])
    ['even', 'odd', 'even']
    >>> parity([1, 3])
    ['odd', 'odd']
    >>> parity([8, 5, 2, 9])
    ['even', 'odd', 'even', 'odd']
    """
    raise NotImplementedError


def even_indices(xs: list[int]) -> list[int]:
    """Where the even numbers are.

    >>> even_indices([1, 2, 4, 5])
    [1, 2]
    >>> even_indices([3, 8])
    [1]
    >>> even_indices([6, 7, 8])
    [0, 2]
    """
    raise NotImplementedError
