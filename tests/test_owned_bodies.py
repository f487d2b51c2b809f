"""A body many institutions have ('General Assembly') named for the one owner its article gives."""

from __future__ import annotations

import pytest

from dossier.actors import find_actors
from dossier.model import Article, Paragraph


def bodies(*paragraphs: str) -> set[str]:
    article = Article(id="a", source="a.txt", headline="A headline",
                      paragraphs=tuple(Paragraph(i, t) for i, t in enumerate(paragraphs, 1)))
    return {m.name for m in find_actors(article) if m.kind == "organisation"}


@pytest.mark.parametrize("paragraphs, name", [
    (("The United Nations met on Monday.", "A vote of the General Assembly followed."),
     "United Nations General Assembly"),
    (("LUNDBY, Va. - Al Roe sat first in the General Assembly and later in Congress.",),
     "Virginia General Assembly"),
    (("LUNDBY, Oregon — Al Roe sat first in the General Assembly and later in Congress.",),
     "Oregon General Assembly"),
    # An article that gives no owner, or two, leaves the body as printed.
    (("Al Roe sat first in the General Assembly and later in Congress.",), "General Assembly"),
    (("LUNDBY, Va. - The United Nations met.", "A vote of the General Assembly followed."), "General Assembly"),
])
def test_a_body_many_institutions_have_is_named_for_its_article_s_one_owner(paragraphs, name):
    assert name in bodies(*paragraphs)
