def word_lengths(sentence: str) -> list[int]:
    """
    >>> word_lengths("the cat sat")
    [3, 3, 3]
    >>> word_lengths("a bb ccc")
    [1, 2, 3]
    """

def longest_word(sentence: str) -> str:
    """
    >>> longest_word("the quick brown fox")
    'quick'
    >>> longest_word("a bb c")
    'bb'
    """

def count_char(text: str, ch: str) -> int:
    """
    >>> count_char("banana", "a")
    3
    >>> count_char("hello", "l")
    2
    >>> count_char("xyz", "a")
    0
    """

def replace_vowels(text: str) -> str:
    """
    >>> replace_vowels("hello")
    'h*ll*'
    >>> replace_vowels("banana")
    'b*n*n*'
    """

def max_diff(nums: list[int]) -> int:
    """
    >>> max_diff([1, 5, 3])
    4
    >>> max_diff([10, 2, 8, 4])
    8
    >>> max_diff([7])
    0
    """

def second(items: list[str]) -> str:
    """
    >>> second(["a", "b", "c"])
    'b'
    >>> second(["x", "y"])
    'y'
    """

def cube(n: int) -> int:
    """
    >>> cube(2)
    8
    >>> cube(3)
    27
    >>> cube(-1)
    -1
    """

def is_multiple(n: int, k: int) -> bool:
    """
    >>> is_multiple(10, 5)
    True
    >>> is_multiple(10, 3)
    False
    >>> is_multiple(9, 3)
    True
    >>> is_multiple(7, 2)
    False
    """

def odd_positions(items: list[int]) -> list[int]:
    """
    >>> odd_positions([10, 20, 30, 40])
    [20, 40]
    >>> odd_positions([1, 2, 3])
    [2]
    >>> odd_positions([5])
    []
    """

def pairs_to_strings(nums: list[int]) -> list[str]:
    """
    >>> pairs_to_strings([1, 2, 3])
    ['1', '2', '3']
    >>> pairs_to_strings([10])
    ['10']
    """

def total_length(words: list[str]) -> int:
    """
    >>> total_length(["ab", "c"])
    3
    >>> total_length([])
    0
    >>> total_length(["hello", "world"])
    10
    """

def starts_with_capital(word: str) -> bool:
    """
    >>> starts_with_capital("Hello")
    True
    >>> starts_with_capital("hello")
    False
    >>> starts_with_capital("World")
    True
    >>> starts_with_capital("abc")
    False
    """

def join_lines(lines: list[str]) -> str:
    """
    >>> join_lines(["a", "b"])
    'a\\nb'
    >>> join_lines(["one"])
    'one'
    """

def non_empty(strings: list[str]) -> list[str]:
    """
    >>> non_empty(["a", "", "b"])
    ['a', 'b']
    >>> non_empty(["", ""])
    []
    >>> non_empty(["x"])
    ['x']
    """

def double_odds(nums: list[int]) -> list[int]:
    """
    >>> double_odds([1, 2, 3])
    [2, 2, 6]
    >>> double_odds([5, 4])
    [10, 4]
    >>> double_odds([8])
    [8]
    """

def last_char_upper(word: str) -> str:
    """
    >>> last_char_upper("hello")
    'hellO'
    >>> last_char_upper("abc")
    'abC'
    """

def sum_of_evens(nums: list[int]) -> int:
    """
    >>> sum_of_evens([1, 2, 3, 4])
    6
    >>> sum_of_evens([1, 3])
    0
    >>> sum_of_evens([10, 11])
    10
    """

def first_and_last(s: str) -> str:
    """
    >>> first_and_last("hello")
    'ho'
    >>> first_and_last("ab")
    'ab'
    >>> first_and_last("python")
    'pn'
    """

def remove_duplicates(items: list[int]) -> list[int]:
    """
    >>> remove_duplicates([1, 2, 2, 3, 1])
    [1, 2, 3]
    >>> remove_duplicates([5, 5])
    [5]
    """

def distance(a: int, b: int) -> int:
    """
    >>> distance(3, 7)
    4
    >>> distance(7, 3)
    4
    >>> distance(5, 5)
    0
    """
