"""How deeply a JSON text nests, measured without recursion.

Python's JSON parser descends by recursion, so text from outside (a coach
package's blocks, a journal export) is measured before it is parsed: a hostile
file of 100,000 brackets then gets one clear message, never a stack overflow.
Strings are cut out first, in C (one left open runs to the end, as the parser
would stop there), so only the brackets the parser would descend are counted.
"""

from __future__ import annotations

import re
from itertools import accumulate

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)  # cannot backtrack
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def nesting(text: str) -> tuple[int, int]:
    """The deepest nesting of brackets outside strings, and the shallowest.

    The shallowest is below 0 when a bracket closes that was never opened.
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depths = list(accumulate(map(_STEP.__getitem__, brackets)))
    return (max(depths), min(depths)) if depths else (0, 0)
