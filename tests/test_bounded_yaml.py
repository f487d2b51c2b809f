"""The bounded YAML reader: what stays inside its bounds reads as PyYAML reads it, and
what goes past one is a problem at path:line:column, word for word."""

from __future__ import annotations

import pytest
import yaml

from dossier.bounded_yaml import Bounds, compose

BOUNDS = Bounds("the test file", max_bytes=400, too_large_hint="write less", max_depth=4, max_repeated=20)

WITHIN = {
    "no YAML at all": "",
    "a mapping of lists": "actors:\n  Ann Lee: [mayor, teacher]\n",
    "as deep as allowed": "a:\n  b: [c]\n",
    "aliases repeating a few values": "roles: &roles [mayor, teacher]\nmore: [*roles, *roles, *roles]\n",
}


@pytest.mark.parametrize("text", WITHIN.values(), ids=WITHIN)
def test_yaml_within_its_bounds_reads_as_pyyaml_reads_it(text):
    root, problem = compose(text, "test.yml", BOUNDS)
    assert problem is None
    expected = yaml.compose(text, Loader=yaml.SafeLoader)
    assert (root is None and expected is None) or \
        yaml.safe_load(yaml.serialize(root)) == yaml.safe_load(yaml.serialize(expected))


PAST = {
    "too large": ("words: " + "a" * 400, 1,
                  "test.yml:1: too large: 407 bytes, more than the 400 read\n  hint: write less"),
    "too deep in brackets": ("a: [[[[b]]]]", 1,
                             "test.yml:1:7: nested more than 4 levels deep\n  hint: the test file needs a few "
                             "levels at most: look for a bracket left open, or indentation that keeps growing"),
    "too deep in indentation": ("a:\n  b:\n    c:\n      d: e\n", 1,
                                "test.yml:4:7: nested more than 4 levels deep\n  hint: the test file needs a few "
                                "levels at most: look for a bracket left open, or indentation that keeps growing"),
    "aliases repeating too much": ("a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n", 1,
                                   "test.yml:3:4: aliases repeat more than 20 values\n  hint: each '*name' "
                                   "repeats all that '&name' holds: write the values out, or repeat fewer"),
    "an alias inside its own value": ("a: &a [x, *a]\n", 1,
                                      "test.yml:1:4: an alias repeats the value that holds it\n"
                                      "  hint: a value cannot contain itself; write the values out"),
    "a control character, counted from the first line": ("a: b\x07\n", 5,
                                                         "test.yml:5: the control character U+0007 cannot be in a "
                                                         "YAML file\n  hint: delete it, or write it as an escape "
                                                         "inside double quotes"),
    "a syntax error, counted from the first line": ("a: [b, c\n", 3,
                                                    "test.yml:4:1: expected ',' or ']', but got '<stream end>'\n"
                                                    "  hint: the list opened with '[' at line 3, column 4 needs "
                                                    "',' between items and ']' at its end"),
}


@pytest.mark.parametrize("text, first_line, expected", PAST.values(), ids=PAST)
def test_yaml_past_a_bound_is_a_problem_at_its_line(text, first_line, expected):
    root, problem = compose(text, "test.yml", BOUNDS, first_line)
    assert root is None
    assert str(problem) == expected
    assert problem.severity == "error"
