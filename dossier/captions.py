"""Image captions: the credit, date and place a caption carries, split off its text."""

from __future__ import annotations

from .dates import absolute_dates
from .model import Caption
from .patterns import CAPTION_PLACE, CREDIT_PREFIX, INLINE_CREDIT

# A date that ends a caption may be followed by a full stop or a closing bracket, no more.
TRAILING = " .,;)]"


def make_caption(text: str, credit: str = "") -> Caption:
    """A Caption from its printed text and credit: date and place read from the text's end."""
    text = " ".join(text.split())
    if not credit:
        text, credit = split_inline_credit(text)
    credit = clean_credit(credit)
    day, before = trailing_date(text)
    place = caption_place(before) if day else ""
    return Caption(text=text, credit=credit, date=day, place=place)


def split_inline_credit(text: str) -> tuple[str, str]:
    """'... in Kyiv. (AP Photo/Efrem Lukatsky)' -> the text, and 'AP Photo/Efrem Lukatsky'."""
    match = INLINE_CREDIT.search(text[-200:]) if len(text) > 20 else None
    if not match:
        return text, ""
    credit = next((g for g in match.groups() if g), "")
    return text[: len(text) - len(text[-200:]) + match.start()].rstrip(), credit


def clean_credit(credit: str) -> str:
    """'Copyright  AP Photo' -> 'AP Photo'; 'Photo: Jane Doe, AP' -> 'Jane Doe, AP'."""
    credit = " ".join(credit.split()).strip(" .,;:|-–—()")
    return CREDIT_PREFIX.sub("", credit).strip(" .,;:|-–—()")


def trailing_date(text: str):
    """The date a caption ends with, and the text before it; (None, text) when it ends otherwise."""
    found = absolute_dates(text[-80:])
    if not found:
        return None, text
    last = found[-1]
    offset = len(text) - len(text[-80:])
    if text[offset + last.end:].strip(TRAILING):
        return None, text
    return last.date, text[: offset + last.start]


def caption_place(before_date: str) -> str:
    """The place named just before a caption's date: 'after a storm in Vestby region, ' -> 'Vestby region'."""
    match = CAPTION_PLACE.search(before_date[-120:])
    return match.group("place") if match else ""
