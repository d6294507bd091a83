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
from .files import NotReadable, kind_of, read_regular, stale_temps, temp_prefix, write_target
from .headroom import collector_paused, fast_parse_fits
from .migrations import Migration, migrate
from .rules import check
from .portable import current_umask, fsync_folder, process_alive, replace_file
from .portable import reason as os_reason

MAX_FILE_BYTES = 64 * 1024 * 1024
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def dumps(doc: Document) -> str:
    """The canonical text of ``doc``: fixed key order, 2-space indent, final newline."""
    return json.dumps(doc.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def loads(text: str | bytes, migrations: dict[int, Migration] | None = None) -> Document:
    """Parse, migrate and validate a document; raise :class:`DocumentError` if it is not one.

    ``migrations`` replaces the registered migrations (tests use a synthetic registry).
    A current, valid file takes the fast path (pydantic parses the JSON itself) when the memory
    left allows (see :mod:`.headroom`); anything else goes through the careful path, which
    migrates and names what is wrong.
    """
    try:
        text = _prepare(text)
        with collector_paused():
            doc = _parse(text, migrations)
        check(doc)
    except DocumentError as exc:  # keys and ids from the file may hold newlines or be huge
        raise type(exc)(one_line(str(exc))) from None
    return doc


def _parse(text: str, migrations: dict[int, Migration] | None) -> Document:
    if not fast_parse_fits(len(text)):  # python's parser fails with MemoryError, not an abort
        return _load_careful(text, migrations)
    try:
        return Document.model_validate_json(text)
    except ValidationError as exc:
        if not _needs_careful_path(exc):
            raise DocumentError(describe(exc)) from None  # validated once, stopped early
    return _load_careful(text, migrations)


def _needs_careful_path(exc: ValidationError) -> bool:
    """Whether the fast path's first error needs the careful path: JSON it could not parse
    (json.loads names line and column, or lets a lone surrogate through to be named), a
    header to explain or migrate, or a top level that is no object. Any other error is
    reported as pydantic found it: the careful path would only validate everything again."""
    first = exc.errors(include_url=False, include_context=False, include_input=False)[0]
    loc = first["loc"]  # none for JSON it could not parse, or for a top level that is no object
    return not loc or loc[0] in ("format", "version")


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
    try:
        data = _parse_json(text)
        data = _check_header(data)
        data = migrate(data, migrations)
        if _SURROGATE_ESCAPE.search(text):  # only an escape can smuggle one in
            _refuse_lone_surrogates(data, ())
        return Document.model_validate(data)
    except ValidationError as exc:
        raise DocumentError(describe(exc)) from None
    except RecursionError:
        raise DocumentError("the JSON is nested too deeply to be an OppSpace map") from None
    except MemoryError:
        raise DocumentError(f"not enough memory to read a file of {len(text) // (1024 * 1024)} MiB "
                            "here") from None


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
    """Read the file at ``path``; errors name the file. Only a regular file is read, and never
    more than :data:`MAX_FILE_BYTES` (+1) of it."""
    path = Path(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except NotReadable as exc:  # a folder, FIFO or device: no map at all
        raise NotAMapError(f"{path}: {exc}") from None
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return loads(data)
    except DocumentError as exc:
        raise type(exc)(f"{path}: {exc}") from None


def save(doc: Document, path: str | os.PathLike) -> None:
    """Write ``doc`` atomically; the previous content is kept as ``NAME.bak``.

    A temporary file in the same folder is written, flushed and fsynced, then replaces the
    target, so the file on disk is always either the old or the new document. Through a
    symlink, the link's target is replaced (beside it) and the link stays. The ``.bak`` and
    the new file keep the mode of the file they replace.
    """
    path = Path(path)
    data = dumps(doc).encode("utf-8")
    target = write_target(path)
    existed = target.exists()
    try:
        if existed:
            old = read_regular(target, MAX_FILE_BYTES)
            if len(old) > MAX_FILE_BYTES:
                raise DocumentError(f"{path}: cannot be saved (the file there is larger than "
                                    f"{MAX_FILE_BYTES // (1024 * 1024)} MiB, so no map); "
                                    "it is left as it is")
            write_atomic(target.with_name(target.name + ".bak"), old, mode=_mode(target))
        write_atomic(target, data)
    except NotReadable as exc:
        raise DocumentError(f"{path}: cannot be saved ({exc}); it is left as it is") from None
    except OSError as exc:
        reason = os_reason(exc)
        after = "; the file on disk is unchanged" if existed else ""
        raise DocumentError(f"{path}: cannot be saved ({reason}){after}") from None


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write via ``.NAME.HOST.PID.XXXX.tmp`` in the same folder; a kill leaves at most that
    file, which the next write of ``NAME`` on this host removes once its writer is gone.

    The new file gets ``mode``, else the mode of the file it replaces, else the umask's
    default; the temp is private (0600) until then. A symlink's target is replaced, not the
    link."""
    path = write_target(Path(path))
    if path.exists() and not path.is_file():  # never swap out a device, FIFO or folder
        raise NotReadable(kind_of(path.stat().st_mode))
    folder = path.parent
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            mode = _mode(path) if path.exists() else 0o666 & ~current_umask()
        os.chmod(tmp, mode)
        replace_file(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_folder(folder)


def _remove_stale_temps(path: Path) -> None:
    for stale in stale_temps(path.parent, path.name, process_alive):
        try:
            os.unlink(stale)
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
