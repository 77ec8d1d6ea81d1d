# Held-out everyday functions, written on 2026-11-23 before the engine was run on them. Do not
# tune the engine on this set: it measures what the engine does on functions it was not built for.


def remove_spaces(s: str) -> str:
    """
    >>> remove_spaces("a b c")
    'abc'
    >>> remove_spaces("no")
    'no'
    """


def starting_with(words: list[str], letter: str) -> list[str]:
    """
    >>> starting_with(["apple", "banana", "avocado"], "a")
    ['apple', 'avocado']
    >>> starting_with(["kiwi", "lime"], "b")
    []
    >>> starting_with(["bean"], "b")
    ['bean']
    """


def triple(nums: list[int]) -> list[int]:
    """
    >>> triple([1, 2, 3])
    [3, 6, 9]
    >>> triple([])
    []
    """


def extension(filename: str) -> str:
    """
    >>> extension("photo.jpg")
    'jpg'
    >>> extension("notes.txt")
    'txt'
    """


def max_of_three(a: int, b: int, c: int) -> int:
    """
    >>> max_of_three(1, 5, 3)
    5
    >>> max_of_three(9, 2, 4)
    9
    >>> max_of_three(1, 2, 8)
    8
    """


def halve_evens(nums: list[int]) -> list[int]:
    """
    >>> halve_evens([2, 3, 4])
    [1, 2]
    >>> halve_evens([10, 7])
    [5]
    >>> halve_evens([1])
    []
    """


def reverse_each_word(text: str) -> str:
    """
    >>> reverse_each_word("abc def")
    'cba fed'
    >>> reverse_each_word("hello")
    'olleh'
    """


def title_words(words: list[str]) -> list[str]:
    """
    >>> title_words(["ada", "grace"])
    ['Ada', 'Grace']
    >>> title_words(["x"])
    ['X']
    """


def sum_odd(nums: list[int]) -> int:
    """
    >>> sum_odd([1, 2, 3])
    4
    >>> sum_odd([2, 4])
    0
    >>> sum_odd([5, 6, 7])
    12
    """


def last_digit(n: int) -> int:
    """
    >>> last_digit(123)
    3
    >>> last_digit(40)
    0
    >>> last_digit(7)
    7
    """
