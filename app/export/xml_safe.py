"""Text that XML 1.0 can hold: SVG and GraphML readers refuse a file with a control character
(U+0000-U+001F other than tab, newline and carriage return), a lone surrogate, U+FFFE or U+FFFF
anywhere in it, and a map's titles and ids may hold any of those."""

from __future__ import annotations

import re

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"  #: shows that something was there, unlike dropping it
_REFERENCE = re.compile(r"&#(x[0-9A-Fa-f]+|[0-9]+);")


def _forbidden_reference(match: re.Match) -> str:
    """A character reference such as ``&#1;`` (some writers escape that way) to a character
    XML forbids is as fatal as the character itself."""
    number = match.group(1)
    code = int(number[1:], 16) if number[0] == "x" else int(number)
    if code > 0x10FFFF or NOT_XML.match(chr(code)):
        return "&#xFFFD;"
    return match.group()


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by U+FFFD."""
    return NOT_XML.sub(REPLACEMENT, text)


def xml_safe_document(xml: str) -> str:
    """An XML document with every forbidden character, written as itself or as a character
    reference, replaced by U+FFFD."""
    xml = xml_safe(xml)
    return _REFERENCE.sub(_forbidden_reference, xml) if "&#" in xml else xml


def xml_safe_bytes(data: bytes) -> bytes:
    """A UTF-8 XML document made well-formed as :func:`xml_safe_document` does."""
    return xml_safe_document(data.decode("utf-8", errors="replace")).encode("utf-8")
