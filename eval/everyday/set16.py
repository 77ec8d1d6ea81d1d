def hours_to_minutes(hours: int) -> int:
    """
    >>> hours_to_minutes(2)
    120
    >>> hours_to_minutes(0)
    0
    """


def size_in_kb(size: int) -> int:
    """
    >>> size_in_kb(2048)
    2
    >>> size_in_kb(1000)
    0
    >>> size_in_kb(5000)
    4
    """


def count_commas(text: str) -> int:
    """
    >>> count_commas("a,b,c")
    2
    >>> count_commas("none")
    0
    >>> count_commas(",,")
    2
    """


def last_n_chars(text: str, n: int) -> str:
    """
    >>> last_n_chars("hello", 3)
    'llo'
    >>> last_n_chars("abc", 1)
    'c'
    >>> last_n_chars("xyz", 3)
    'xyz'
    """


def first_positive(numbers: list[int]) -> int:
    """
    >>> first_positive([-1, 0, 3, 5])
    3
    >>> first_positive([2])
    2
    >>> first_positive([-5, -2, 7])
    7
    """


def is_short(word: str) -> bool:
    """
    >>> is_short("cat")
    True
    >>> is_short("elephant")
    False
    >>> is_short("tiger")
    False
    >>> is_short("dog")
    True
    """


def drop_zeros(numbers: list[int]) -> list[int]:
    """
    >>> drop_zeros([0, 1, 0, 2])
    [1, 2]
    >>> drop_zeros([3])
    [3]
    >>> drop_zeros([0, 0])
    []
    """


def bigger(a: int, b: int) -> int:
    """
    >>> bigger(3, 7)
    7
    >>> bigger(9, 2)
    9
    """


def dashed(text: str) -> str:
    """
    >>> dashed("hello big world")
    'hello-big-world'
    >>> dashed("one")
    'one'
    """


def month_of(date: str) -> int:
    """
    >>> month_of("2024-03-15")
    3
    >>> month_of("1999-12-01")
    12
    """


def squares_up_to(n: int) -> list[int]:
    """
    >>> squares_up_to(3)
    [1, 4, 9]
    >>> squares_up_to(1)
    [1]
    >>> squares_up_to(0)
    []
    """


def nth_word(text: str, n: int) -> str:
    """
    >>> nth_word("the quick brown fox", 2)
    'brown'
    >>> nth_word("a b", 0)
    'a'
    """


def abs_diff(a: int, b: int) -> int:
    """
    >>> abs_diff(3, 10)
    7
    >>> abs_diff(10, 3)
    7
    >>> abs_diff(4, 4)
    0
    """


def position_of(item: str, items: list[str]) -> int:
    """
    >>> position_of("b", ["a", "b", "c"])
    1
    >>> position_of("z", ["z"])
    0
    >>> position_of("q", ["a", "b"])
    -1
    """


def has_extension(name: str, ext: str) -> bool:
    """
    >>> has_extension("photo.png", "png")
    True
    >>> has_extension("photo.png", "jpg")
    False
    >>> has_extension("notes.txt", "txt")
    True
    """


def chomp(line: str) -> str:
    """
    >>> chomp("hello\\n")
    'hello'
    >>> chomp("bye")
    'bye'
    """


def shout_words(words: list[str]) -> list[str]:
    """
    >>> shout_words(["hi", "there"])
    ['HI!', 'THERE!']
    >>> shout_words([])
    []
    """


def mean_rounded(numbers: list[int]) -> int:
    """
    >>> mean_rounded([1, 2, 3, 4])
    2
    >>> mean_rounded([10, 20])
    15
    >>> mean_rounded([7])
    7
    """


def count_over(numbers: list[int], limit: int) -> int:
    """
    >>> count_over([1, 5, 10], 4)
    2
    >>> count_over([], 0)
    0
    >>> count_over([3, 3], 3)
    0
    """


def initials_upper(name: str) -> str:
    """
    >>> initials_upper("ada lovelace")
    'AL'
    >>> initials_upper("grace brewster hopper")
    'GBH'
    """
