"""YAML someone else may have written, read within bounds: size, nesting and aliases, errors at path:line.

Front matter comes with any seed, and an override file through any pull request. PyYAML
unbounded can be made to recurse until Python gives up (a few hundred '[' do it), or to
hand back a value that aliases repeat a billion times (a few hundred bytes do it): every
walk over such a value, even printing it, then takes minutes and gigabytes. Read here,
such a text is a Problem saying where, and no node comes back.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from .model import Problem


@dataclass(frozen=True)
class Bounds:
    """How much YAML of one kind is read, and how a problem with it is put."""

    what: str
    """The text, as a message names it ('the front matter', 'the override file')."""
    max_bytes: int
    too_large_hint: str
    """What to do instead of writing this much."""
    max_depth: int = 50
    """Mappings and lists inside each other: a handful is all any real file needs."""
    max_repeated: int = 10_000
    """Values that aliases repeat, beyond those written out once."""
    severity: str = "error"


# Hints for the YAML parser's own messages, by a phrase they contain.
YAML_HINTS = {
    "found character '\\t'": "YAML indents with spaces, not tabs",
    "could not find expected ':'": "each line of a mapping is 'key: value'; a value with a colon "
                                   "needs quotes",
    "mapping values are not allowed here": "a line above may lack the ':' after its key, or a value "
                                           "that contains ': ' needs quotes",
    "expected <block end>": "the keys of one mapping must line up: check this line's indentation",
    "found undefined alias": "'*' starts an alias in YAML; put text that starts with '*' in quotes",
}

# Hints for what the parser was in the middle of, by its own words; {where} is where that began.
YAML_CONTEXT_HINTS = {
    "while parsing a flow sequence": "the list opened with '[' at {where} needs ',' between items "
                                     "and ']' at its end",
    "while parsing a flow mapping": "the mapping opened with '{{' at {where} needs ',' between keys "
                                    "and '}}' at its end",
    "while scanning a quoted scalar": "the quotation opened at {where} is not closed",
}


class OutOfBounds(yaml.MarkedYAMLError):
    """The text goes past one of its bounds at problem_mark; `hint` says what to do."""

    def __init__(self, mark: yaml.Mark, problem: str, hint: str):
        super().__init__(problem=problem, problem_mark=mark)
        self.hint = hint


class BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, stopping at a node nested deeper than the bounds allow.

    The composer recurses once per level (the parser and scanner do not), so this is
    the one place depth must be counted.
    """

    def __init__(self, text: str, bounds: Bounds):
        super().__init__(text)
        self.bounds = bounds
        self.depth = 0

    def compose_node(self, parent, index):
        """The next node, or OutOfBounds where nesting goes past the bounds."""
        if self.depth >= self.bounds.max_depth:
            raise OutOfBounds(self.peek_event().start_mark, f"nested more than {self.bounds.max_depth} levels deep",
                              f"{self.bounds.what} needs a few levels at most: look for a bracket left "
                              "open, or indentation that keeps growing")
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def compose(text: str, path: str, bounds: Bounds, first_line: int = 1) -> tuple[yaml.Node | None, Problem | None]:
    """The text's YAML nodes (None for an empty text), or the problem that keeps it from being read.

    first_line is the line of the file the text starts on, for the line numbers problems give.
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > bounds.max_bytes:
        return None, too_large(path, size, bounds, first_line)
    loader = None
    try:
        loader = BoundedLoader(text, bounds)     # which reads the text for control characters
        root = loader.get_single_node()
        if root is not None:
            check_repeats(root, bounds)
    except yaml.MarkedYAMLError as exc:
        return None, yaml_problem(path, exc, bounds.severity, first_line)
    except yaml.reader.ReaderError as exc:
        line = text[:exc.position].count("\n") + first_line
        code = ord(exc.character) if isinstance(exc.character, str) else exc.character
        return None, Problem(path, line, f"the control character U+{code:04X} cannot be in a YAML file",
                             hint="delete it, or write it as an escape inside double quotes",
                             severity=bounds.severity)
    finally:
        if loader is not None:
            loader.dispose()
    return root, None


def too_large(path: str, size: int, bounds: Bounds, line: int | None = None) -> Problem:
    """The problem with a text of `size` bytes, more than the bounds read."""
    return Problem(path, line, f"too large: {size:,} bytes, more than the {bounds.max_bytes:,} read",
                   hint=bounds.too_large_hint, severity=bounds.severity)


def check_repeats(root: yaml.Node, bounds: Bounds) -> None:
    """OutOfBounds at the first value whose aliases repeat more values than the bounds allow.

    Each node's size, with what its aliases repeat, is counted once: a bomb of nine
    aliases nine levels deep costs a few dozen steps to find, not the billion it repeats.
    """
    sizes: dict[int, int] = {}
    written = 0

    def size(node: yaml.Node) -> int:
        nonlocal written
        known = sizes.get(id(node))
        if known is not None:
            if known < 0:   # an alias inside the value it names
                raise OutOfBounds(node.start_mark, "an alias repeats the value that holds it",
                                  "a value cannot contain itself; write the values out")
            return known
        written += 1
        sizes[id(node)] = -1
        children = node.value if isinstance(node, yaml.SequenceNode) else \
            [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else ()
        total = 1 + sum(size(child) for child in children)
        if total - written > bounds.max_repeated:
            raise OutOfBounds(node.start_mark, f"aliases repeat more than {bounds.max_repeated:,} values",
                              "each '*name' repeats all that '&name' holds: write the values out, "
                              "or repeat fewer")
        sizes[id(node)] = total
        return total

    size(root)


def yaml_problem(path: str, exc: yaml.MarkedYAMLError, severity: str = "error", first_line: int = 1) -> Problem:
    """A parser error as path:line:column: what it expected. first_line is the line of the
    file the YAML starts on."""
    mark = exc.problem_mark or exc.context_mark
    shift = first_line - 1
    message = exc.problem or exc.context or "not valid YAML"
    hint = getattr(exc, "hint", "") or next((text for phrase, text in YAML_HINTS.items() if phrase in message), "")
    if not hint and exc.context and exc.context_mark and exc.problem_mark:
        where = f"line {exc.context_mark.line + 1 + shift}, column {exc.context_mark.column + 1}"
        hint = YAML_CONTEXT_HINTS.get(exc.context, f"{exc.context} at {{where}}").format(where=where)
    return Problem(path, mark.line + 1 + shift if mark else None, message, hint, severity=severity,
                   column=mark.column + 1 if mark else None)
