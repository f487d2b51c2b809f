"""Finding a name in a text as whole words: str.find and a look at each side, no pattern per name."""

from __future__ import annotations


def in_text(form: str, text: str) -> bool:
    """Whether a name stands in a text as whole words."""
    # As re.search(r"(?<!\w)FORM(?!\w)") would say, without compiling a pattern per name.
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at > 0 and is_word_char(text[at - 1])) and not (end < len(text) and is_word_char(text[end])):
            return True
        at = text.find(form, at + 1)
    return False


def word_spans(text: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    r"""Where re.finditer(r"\b(?:FORM|FORM2|...)\b", text) matches, without compiling a pattern
    per name: at each place the first form that stands there, then on after it."""
    found = []
    for rank, form in enumerate(f for f in forms if f):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if is_boundary(text, at) and is_boundary(text, end):
                found.append((at, rank, end))
            at = text.find(form, at + 1)
    spans: list[tuple[int, int]] = []
    for start, _, end in sorted(found):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def is_boundary(text: str, at: int) -> bool:
    r"""Whether \b holds at a place in a text: a word character on one side only."""
    return (at > 0 and is_word_char(text[at - 1])) != (at < len(text) and is_word_char(text[at]))


def is_word_char(char: str) -> bool:
    r"""A character that \w matches in a str."""
    return char.isalnum() or char == "_"
