"""Everyday list helpers (held-out evaluation set for `grimoire synth`)."""


def total(amounts: list[int]) -> int:
    """
    >>> total([5, 10, 20])
    35
    >>> total([])
    0
    >>> total([-3, 3, 7])
    7
    """
    raise NotImplementedError


def odds(xs: list[int]) -> list[int]:
    """Keeps the odd numbers.

    >>> odds([1, 2, 3, 4, 5])
    [1, 3, 5]
    >>> odds([2, 4])
    []
    >>> odds([7, 10, 11])
    [7, 11]
    """
    raise NotImplementedError


def dedupe(items: list[str]) -> list[str]:
    """Removes repeated entries, keeping the first one.

    >>> dedupe(["a", "b", "a", "c", "b"])
    ['a', 'b', 'c']
    >>> dedupe(["x", "x"])
    ['x']
    >>> dedupe(["z", "y"])
    ['z', 'y']
    """
    raise NotImplementedError


# squares([1, 2, 3]) => [1, 4, 9]
# squares([-2, 5]) => [4, 25]
def squares(xs):
    pass


def longest_word(words: list[str]) -> str:
    """
    >>> longest_word(["apple", "fig", "banana"])
    'banana'
    >>> longest_word(["a", "abc", "ab"])
    'abc'
    >>> longest_word(["kiwi"])
    'kiwi'
    """
    raise NotImplementedError


def count_negatives(xs: list[int]) -> int:
    """
    >>> count_negatives([3, -1, -7, 2])
    2
    >>> count_negatives([1, 2])
    0
    >>> count_negatives([-5])
    1
    """
    raise NotImplementedError


# sort_desc([3, 1, 2]) => [3, 2, 1]
# sort_desc([10, 40, 20, 5]) => [40, 20, 10, 5]
def sort_desc(xs):
    pass
