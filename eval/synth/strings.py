"""Everyday string helpers (held-out evaluation set for `grimoire synth`)."""


def title_case(text: str) -> str:
    """Capitalizes every word.

    >>> title_case("hello world")
    'Hello World'
    >>> title_case("the old man and the sea")
    'The Old Man And The Sea'
    """
    raise NotImplementedError


def file_stem(name: str) -> str:
    """The file name without its extension.

    >>> file_stem("report.pdf")
    'report'
    >>> file_stem("notes.txt")
    'notes'
    >>> file_stem("photo_2024.jpeg")
    'photo_2024'
    """
    raise NotImplementedError


def url_domain(url: str) -> str:
    """
    >>> url_domain("https://www.python.org/downloads/")
    'www.python.org'
    >>> url_domain("http://example.com/index.html")
    'example.com'
    >>> url_domain("https://docs.github.com/en")
    'docs.github.com'
    """
    raise NotImplementedError


# initials("Ada Lovelace") => "AL"
# initials("grace brewster hopper") => "GBH"
# initials("Alan Turing") => "AT"
def initials(name: str) -> str:
    raise NotImplementedError


def is_blank(text: str) -> bool:
    """True when a form field holds only whitespace.

    >>> is_blank("   ")
    True
    >>> is_blank("")
    True
    >>> is_blank("  hi ")
    False
    """
    raise NotImplementedError


def kebab_case(title):
    """
    >>> kebab_case("Hello World")
    'hello-world'
    >>> kebab_case("My First Blog Post")
    'my-first-blog-post'
    """
    raise NotImplementedError


def count_char(text: str, ch: str) -> int:
    """
    >>> count_char("mississippi", "s")
    4
    >>> count_char("banana", "a")
    3
    >>> count_char("hello", "z")
    0
    """
    raise NotImplementedError


# first_word("hello big world") => "hello"
# first_word("python") => "python"
def first_word(sentence):
    pass


def shout(message: str) -> str:
    """
    >>> shout("hello")
    'HELLO!'
    >>> shout("watch out")
    'WATCH OUT!'
    """
    raise NotImplementedError


def left_pad(text: str, width: int) -> str:
    """Right-aligns text in a column of the given width.

    >>> left_pad("42", 5)
    '   42'
    >>> left_pad("abc", 4)
    ' abc'
    >>> left_pad("hello", 3)
    'hello'
    """
    raise NotImplementedError
