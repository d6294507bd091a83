"""Text that XML 1.0 can hold: SVG and GraphML readers refuse a file with a control character
(U+0000-U+001F other than tab, newline and carriage return), a lone surrogate, U+FFFE or U+FFFF
anywhere in it, and a map's titles and ids may hold any of those."""

from __future__ import annotations

import re

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"  #: shows that something was there, unlike dropping it


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by U+FFFD."""
    return NOT_XML.sub(REPLACEMENT, text)


def xml_safe_bytes(data: bytes) -> bytes:
    """A UTF-8 XML document with every forbidden character replaced (see :func:`xml_safe`)."""
    return xml_safe(data.decode("utf-8", errors="replace")).encode("utf-8")
