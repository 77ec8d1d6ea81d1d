def is_weekday(day: str) -> bool:
    """
    >>> is_weekday("Mon")
    True
    >>> is_weekday("Sat")
    False
    >>> is_weekday("Wed")
    True
    >>> is_weekday("Sun")
    False
    """


def strip_comment(line: str) -> str:
    """
    >>> strip_comment("x = 1 # set x")
    'x = 1 '
    >>> strip_comment("# only")
    ''
    >>> strip_comment("no comment")
    'no comment'
    """


def total_cost(prices: list[int], quantity: int) -> int:
    """
    >>> total_cost([1, 2, 3], 2)
    12
    >>> total_cost([5], 3)
    15
    >>> total_cost([], 4)
    0
    """


def count_a(text: str) -> int:
    """
    >>> count_a("banana")
    3
    >>> count_a("xyz")
    0
    >>> count_a("Alpha")
    1
    """


def is_valid_percent(n: int) -> bool:
    """
    >>> is_valid_percent(0)
    True
    >>> is_valid_percent(100)
    True
    >>> is_valid_percent(101)
    False
    >>> is_valid_percent(-1)
    False
    >>> is_valid_percent(50)
    True
    """


def remove_prefix_http(url: str) -> str:
    """
    >>> remove_prefix_http("http://example.com")
    'example.com'
    >>> remove_prefix_http("example.org")
    'example.org'
    >>> remove_prefix_http("http://a.b")
    'a.b'
    """


def last_word(sentence: str) -> str:
    """
    >>> last_word("the quick fox")
    'fox'
    >>> last_word("hello")
    'hello'
    """


def to_cents(dollars: int, cents: int) -> int:
    """
    >>> to_cents(1, 50)
    150
    >>> to_cents(0, 99)
    99
    >>> to_cents(3, 0)
    300
    """


def count_long(words: list[str], n: int) -> int:
    """
    >>> count_long(["a", "abc", "abcd"], 2)
    2
    >>> count_long(["hi"], 5)
    0
    >>> count_long(["hello", "world"], 4)
    2
    """


def is_red(color: str) -> bool:
    """
    >>> is_red("red")
    True
    >>> is_red("blue")
    False
    >>> is_red("green")
    False
    """


def double_it(xs: list[int]) -> list[int]:
    """
    >>> double_it([1, 2, 3])
    [2, 4, 6]
    >>> double_it([])
    []
    """


def first_upper(words: list[str]) -> list[str]:
    """
    >>> first_upper(["apple", "bob"])
    ['Apple', 'Bob']
    >>> first_upper(["x"])
    ['X']
    """


def max_minus_min(xs: list[int]) -> int:
    """
    >>> max_minus_min([3, 1, 4])
    3
    >>> max_minus_min([7])
    0
    >>> max_minus_min([10, -2, 5])
    12
    """


def in_range(x: int, low: int, high: int) -> bool:
    """
    >>> in_range(5, 1, 10)
    True
    >>> in_range(0, 1, 10)
    False
    >>> in_range(10, 1, 10)
    True
    >>> in_range(11, 1, 10)
    False
    """


def count_words_with(words: list[str], letter: str) -> int:
    """
    >>> count_words_with(["apple", "berry", "grape"], "p")
    2
    >>> count_words_with(["kiwi"], "z")
    0
    >>> count_words_with(["aa", "ab", "bb"], "a")
    2
    """


def kilometers(miles: int) -> float:
    """
    >>> kilometers(0)
    0.0
    >>> kilometers(10)
    16.09
    >>> kilometers(100)
    160.9
    """


def weekly_pay(hours: int, rate: int) -> int:
    """
    >>> weekly_pay(40, 10)
    400
    >>> weekly_pay(10, 20)
    200
    >>> weekly_pay(0, 15)
    0
    """


def points(wins: int, draws: int, losses: int) -> int:
    """
    >>> points(3, 1, 0)
    10
    >>> points(0, 2, 5)
    2
    >>> points(1, 0, 1)
    3
    """


def exclaim(text: str) -> str:
    """
    >>> exclaim("hi")
    'hi!'
    >>> exclaim("wow")
    'wow!'
    """


def ends_with_dot(text: str) -> bool:
    """
    >>> ends_with_dot("done.")
    True
    >>> ends_with_dot("done")
    False
    >>> ends_with_dot(".")
    True
    """
