def initials(full_name: str) -> str:
    """
    >>> initials("Ada Lovelace")
    'AL'
    >>> initials("grace brewster hopper")
    'GBH'
    >>> initials("Linus")
    'L'
    """

def count_words(sentence: str) -> int:
    """
    >>> count_words("the cat sat")
    3
    >>> count_words("hello")
    1
    >>> count_words("a b c d e")
    5
    """

def average(scores: list[int]) -> float:
    """
    >>> average([2, 4, 6])
    4.0
    >>> average([1, 2])
    1.5
    >>> average([10])
    10.0
    """

def longest_word(sentence: str) -> str:
    """
    >>> longest_word("a quick fox")
    'quick'
    >>> longest_word("hello world again")
    'hello'
    >>> longest_word("xy z")
    'xy'
    """

def strip_punctuation(text: str) -> str:
    """
    >>> strip_punctuation("hi, there!")
    'hi there'
    >>> strip_punctuation("ok.")
    'ok'
    >>> strip_punctuation("what?!")
    'what'
    """

def mask_email(email: str) -> str:
    """
    >>> mask_email("alice@example.com")
    'a***@example.com'
    >>> mask_email("bob@mail.org")
    'b***@mail.org'
    """

def to_celsius(fahrenheit: int) -> float:
    """
    >>> to_celsius(212)
    100.0
    >>> to_celsius(32)
    0.0
    >>> to_celsius(50)
    10.0
    """

def is_even_length(word: str) -> bool:
    """
    >>> is_even_length("ab")
    True
    >>> is_even_length("abc")
    False
    >>> is_even_length("")
    True
    >>> is_even_length("hello")
    False
    """

def flatten(rows: list[list[int]]) -> list[int]:
    """
    >>> flatten([[1, 2], [3]])
    [1, 2, 3]
    >>> flatten([[], [4, 5], [6]])
    [4, 5, 6]
    """

def evens_first(xs: list[int]) -> list[int]:
    """
    >>> evens_first([1, 2, 3, 4])
    [2, 4, 1, 3]
    >>> evens_first([5, 6])
    [6, 5]
    >>> evens_first([7, 9, 8])
    [8, 7, 9]
    """

def max_index(xs: list[int]) -> int:
    """
    >>> max_index([3, 9, 2])
    1
    >>> max_index([7, 1, 0])
    0
    >>> max_index([1, 2, 3, 4])
    3
    """

def count_upper(text: str) -> int:
    """
    >>> count_upper("Hello World")
    2
    >>> count_upper("abc")
    0
    >>> count_upper("ABC")
    3
    """

def repeat_chars(word: str) -> str:
    """
    >>> repeat_chars("abc")
    'aabbcc'
    >>> repeat_chars("hi")
    'hhii'
    >>> repeat_chars("")
    ''
    """

def last_word_length(sentence: str) -> int:
    """
    >>> last_word_length("hello world")
    5
    >>> last_word_length("a bc")
    2
    >>> last_word_length("single")
    6
    """

def sum_of_lengths(words: list[str]) -> int:
    """
    >>> sum_of_lengths(["a", "bb", "ccc"])
    6
    >>> sum_of_lengths([])
    0
    >>> sum_of_lengths(["hello"])
    5
    """

def without_first_and_last(xs: list[int]) -> list[int]:
    """
    >>> without_first_and_last([1, 2, 3, 4])
    [2, 3]
    >>> without_first_and_last([5, 6, 7])
    [6]
    >>> without_first_and_last([8, 9])
    []
    """

def format_name(first: str, last: str) -> str:
    """
    >>> format_name("ada", "lovelace")
    'Lovelace, Ada'
    >>> format_name("alan", "turing")
    'Turing, Alan'
    """

def pairs_sum(xs: list[int]) -> list[int]:
    """
    >>> pairs_sum([1, 2, 3])
    [3, 5]
    >>> pairs_sum([10, 20])
    [30]
    >>> pairs_sum([1, 1, 1, 1])
    [2, 2, 2]
    """

def multiply_all(xs: list[int]) -> int:
    """
    >>> multiply_all([2, 3, 4])
    24
    >>> multiply_all([5])
    5
    >>> multiply_all([1, 7])
    7
    """

def is_palindrome_number(n: int) -> bool:
    """
    >>> is_palindrome_number(121)
    True
    >>> is_palindrome_number(123)
    False
    >>> is_palindrome_number(7)
    True
    >>> is_palindrome_number(1221)
    True
    >>> is_palindrome_number(10)
    False
    """

def greet_all(names: list[str]) -> list[str]:
    """
    >>> greet_all(["Ann", "Bo"])
    ['Hello, Ann!', 'Hello, Bo!']
    >>> greet_all(["Cy"])
    ['Hello, Cy!']
    """

def middle_char(word: str) -> str:
    """
    >>> middle_char("abc")
    'b'
    >>> middle_char("hello")
    'l'
    >>> middle_char("x")
    'x'
    """

def count_a(text: str) -> int:
    """
    >>> count_a("banana")
    3
    >>> count_a("apple")
    1
    >>> count_a("xyz")
    0
    """

def smallest(xs: list[int]) -> int:
    """
    >>> smallest([4, 2, 8])
    2
    >>> smallest([9])
    9
    >>> smallest([-1, 5])
    -1
    """
