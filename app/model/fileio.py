"""Reading and writing `.oppspace` files: canonical JSON, atomic saves, clear errors."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .document import FORMAT, Document
from .errors import DocumentError, NotAMapError, describe, location
from .migrations import Migration, migrate
from .rules import check
from .portable import current_umask, fsync_folder, process_alive, replace_file
from .portable import reason as os_reason

MAX_FILE_BYTES = 64 * 1024 * 1024


def dumps(doc: Document) -> str:
    """The canonical text of ``doc``: fixed key order, 2-space indent, final newline."""
    return json.dumps(doc.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def loads(text: str | bytes, migrations: dict[int, Migration] | None = None) -> Document:
    """Parse, migrate and validate a document; raise :class:`DocumentError` if it is not one.

    ``migrations`` replaces the registered migrations (tests use a synthetic registry).
    A current, valid file takes the fast path (pydantic parses the JSON itself); anything
    else goes through the careful path, which migrates and names what is wrong.
    """
    try:
        text = _prepare(text)
        try:
            doc = Document.model_validate_json(text)
        except ValidationError:
            doc = _load_careful(text, migrations)
        check(doc)
    except DocumentError as exc:  # keys and ids from the file may hold newlines or be huge
        raise type(exc)(one_line(str(exc))) from None
    return doc


def one_line(message: str, limit: int = 300) -> str:
    """``message`` with control characters escaped (``\\n``) and cut to ``limit`` characters."""
    if any(ch < " " or ch == "\x7f" for ch in message):
        message = "".join(ch if ch >= " " and ch != "\x7f" else repr(ch)[1:-1] for ch in message)
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _prepare(text: str | bytes) -> str:
    if isinstance(text, (bytes, bytearray)):
        text = _decode(bytes(text))
    if len(text) > MAX_FILE_BYTES:
        raise DocumentError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise NotAMapError("the file is empty")
    return text


def _load_careful(text: str, migrations: dict[int, Migration] | None) -> Document:
    data = _parse_json(text)
    data = _check_header(data)
    data = migrate(data, migrations)
    _refuse_lone_surrogates(data, ())
    try:
        return Document.model_validate(data)
    except ValidationError as exc:
        raise DocumentError(describe(exc)) from None
    except RecursionError:
        raise DocumentError("the JSON is nested too deeply to be an OppSpace map") from None


def _refuse_lone_surrogates(data: Any, loc: tuple) -> None:
    """json.loads lets "\\ud800" through; such text could never be saved as UTF-8."""
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            raise DocumentError(f"{location(loc)}: the text holds an invalid character "
                                "(half of a UTF-16 surrogate pair)") from None
    elif isinstance(data, dict):
        for key, value in data.items():
            _refuse_lone_surrogates(key, loc)
            _refuse_lone_surrogates(value, loc + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            _refuse_lone_surrogates(value, loc + (i,))


def load(path: str | os.PathLike) -> Document:
    """Read the file at ``path``; errors name the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        data = path.read_bytes()
    except DocumentError as exc:
        raise DocumentError(f"{path}: {exc}") from None
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return loads(data)
    except DocumentError as exc:
        raise type(exc)(f"{path}: {exc}") from None


def save(doc: Document, path: str | os.PathLike) -> None:
    """Write ``doc`` atomically; the previous content is kept as ``NAME.bak``.

    A temporary file in the same folder is written, flushed and fsynced, then replaces the
    target, so the file on disk is always either the old or the new document.
    """
    path = Path(path)
    data = dumps(doc).encode("utf-8")
    existed = path.exists()
    try:
        if existed:
            write_atomic(path.with_name(path.name + ".bak"), path.read_bytes())
        write_atomic(path, data)
    except OSError as exc:
        reason = os_reason(exc)
        after = "; the file on disk is unchanged" if existed else ""
        raise DocumentError(f"{path}: cannot be saved ({reason}){after}") from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write via ``.NAME.PID.XXXX.tmp`` in the same folder; a kill leaves at most that file,
    which the next write of ``NAME`` removes once its writer process is gone."""
    folder = path.parent
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o666 & ~current_umask())
        replace_file(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_folder(folder)


def _remove_stale_temps(path: Path) -> None:
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.[^.]+\.tmp")
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        match = pattern.fullmatch(name)
        if match and int(match.group(1)) != os.getpid() and not process_alive(int(match.group(1))):
            try:
                os.unlink(path.parent / name)
            except OSError:
                pass


def _decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotAMapError("the file is UTF-16 text; an OppSpace map is UTF-8 (save it as UTF-8)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotAMapError(
            f"the file is not UTF-8 text (invalid byte at offset {exc.start}); "
            "is it an OppSpace map?"
        ) from None


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotAMapError(f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise DocumentError("the JSON is nested too deeply to be an OppSpace map") from None
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise NotAMapError("not valid JSON (a number is too long to read)") from None


def _check_header(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise NotAMapError(f"the file holds a JSON {type(data).__name__}, not an OppSpace map object")
    if data.get("format") != FORMAT:
        if "format" not in data:
            raise NotAMapError('format: missing; an OppSpace map starts with "format": "oppspace"')
        raise NotAMapError(f'format: {data["format"]!r:.60} is not "oppspace"; this is not an OppSpace map')
    version = data.get("version")
    if "version" not in data:
        raise DocumentError("version: missing")
    if isinstance(version, bool) or not isinstance(version, int):
        raise DocumentError(f"version: {version!r:.60} is not a whole number")
    return data
