"""How every ``oppspace`` command prints: text from a map, a file name or a network peer may
hold control characters (ESC and OSC sequences could drive the terminal, a newline could fake
a line of output), so everything printed goes through :func:`say` or :func:`say_json`, which
escape them (``\\x1b``). Qt-free; used by app/cli.py and the app/cli_*.py command modules.
"""

from __future__ import annotations

import json
import re
import sys

# Bidirectional controls (Trojan Source): they make a terminal show text in another order than
# it is, so a title could make a line read as something it does not say.
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_BIDI}]")
_CONTROL_OR_NEWLINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_JSON_ESCAPED = re.compile(f"[\x7f-\x9f{_BIDI}]")
_BIDI_UTF8 = tuple(chr(c).encode("utf-8") for c in
                   (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)))


_C0_AND_DEL = bytes(range(0x20)) + b"\x7f"
_C0_AND_DEL_BUT_NEWLINE = _C0_AND_DEL.replace(b"\n", b"")


def printable(text: str, newlines: bool = False) -> str:
    """``text`` with control characters (C0, DEL, C1, bidirectional controls) written as escapes
    like ``\\x1b`` or ``\\u202e``; with ``newlines``, line breaks stay (for output the program
    lays out itself)."""
    if _plain(text, newlines):
        return text
    pattern = _CONTROL if newlines else _CONTROL_OR_NEWLINE
    return pattern.sub(lambda m: repr(m.group())[1:-1], text)


def _plain(text: str, newlines: bool) -> bool:
    """Whether ``text`` surely holds no control character, told at C speed (twice as fast as
    the regular expression on the 30 MB a big map's findings print): in UTF-8 a C0 character
    or DEL is that byte, and C1 ones begin with 0xC2, as a few printable ones do (those texts
    are left to the regular expression); bidirectional controls are looked for by their bytes."""
    data = text.encode("utf-8", "surrogatepass")
    control = _C0_AND_DEL_BUT_NEWLINE if newlines else _C0_AND_DEL
    if b"\xc2" in data or len(data.translate(None, control)) != len(data):
        return False
    return not any(mark in data for mark in _BIDI_UTF8)


def say(text: str, err: bool = False) -> None:
    """Print a line (or lines laid out by the program) with control characters escaped."""
    print(printable(text, newlines=True), file=sys.stderr if err else sys.stdout)


def say_error(message: object) -> None:
    """The one-line error every command ends with: ``oppspace: error: ...`` on stderr."""
    say(f"oppspace: error: {printable(str(message))}", err=True)


def say_json(value: object) -> None:
    """Print ``value`` as JSON; json escapes C0 itself, DEL, C1 and bidirectional controls are
    escaped here too."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    print(_JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
