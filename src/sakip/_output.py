"""Output that never destroys: atomic file writes, and text made safe for its medium.

* ``write_atomic()`` writes a report to a temporary file in the target's
  directory, flushes it to disk and renames it into place, so a reader (or the
  next run) sees either the previous report or the new one, never a part; it
  refuses to overwrite the input report, and any other existing file unless
  ``force`` is given.
* ``text_cell()`` makes input text safe for a terminal: control characters
  (ESC, CR, newlines, C1 controls), bidirectional overrides, zero-width
  characters and lone surrogates are written as visible escapes (``\\x1b``,
  ``\\n``, ``\\u200b``, ``\\ud800``).
* ``markdown_cell()`` makes input text safe inside a Markdown table cell:
  backslashes, pipes and HTML are escaped, line breaks become ``<br>``.
* ``encode()`` turns any rendering into UTF-8 bytes; a lone surrogate from
  the input (possible in JSON) is written as its ``\\uXXXX`` escape, which in
  JSON output is the standard escape of the same character.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from sakip.errors import InvalidValueError

__all__ = ["encode", "html_text", "markdown_cell", "text_cell", "write_atomic"]

# C0 controls, DEL, C1 controls, bidirectional embeddings/overrides/isolates and marks,
# zero-width characters (a code "IKU\u200b1" would look like "IKU1"), the line and
# paragraph separators, the BOM, and surrogates (lone ones only reach here).
_INVISIBLE = "\u200b-\u200f\u2060-\u2064\ufeff"
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                     + _INVISIBLE + "]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def text_cell(text: str) -> str:
    """Text with every control character written as a visible escape (for terminals).

    >>> text_cell("IKK\\x1b[31m 1\\n2")
    'IKK\\\\x1b[31m 1\\\\n2'
    """
    return _UNSAFE.sub(_visible, text)


_UNSAFE_KEEP_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
    + _INVISIBLE + "]")


def html_text(text: str) -> str:
    """``html.escape(text)`` with control characters (newlines and tabs aside) made visible.

    >>> html_text("<b>\\x1b[2J</b>\\n")
    '&lt;b&gt;\\\\x1b[2J&lt;/b&gt;\\n'
    """
    return html.escape(_UNSAFE_KEEP_LINES.sub(_visible, text))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARKDOWN = str.maketrans({"\\": "\\\\", "|": "\\|", "&": "&amp;", "<": "&lt;", ">": "&gt;",
                           "`": "\\`"})


def markdown_cell(text: str) -> str:
    """Text safe inside a Markdown table cell or heading.

    Backslashes, pipes and backticks are backslash-escaped, ``&``, ``<`` and
    ``>`` become HTML entities (no raw HTML passes), line breaks become
    ``<br>`` (so no input can end the table or start a heading), and other
    control characters are written as visible escapes.

    >>> markdown_cell("a|b\\n# c <script>")
    'a\\\\|b<br># c &lt;script&gt;'
    """
    escaped = text.translate(_MARKDOWN)
    return text_cell(_LINE_BREAK.sub("<br>", escaped))


def encode(text: str) -> bytes:
    """UTF-8 bytes of ``text``; a lone surrogate becomes its visible ``\\uXXXX`` escape."""
    return text.encode("utf-8", errors="backslashreplace")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _refuse(target: Path, expected: str, received: str) -> InvalidValueError:
    return InvalidValueError(field=f"output {target}", expected=expected, received=received)


def write_atomic(target: str | os.PathLike[str], data: bytes, *, force: bool = False,
                 inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Write ``data`` to ``target`` so that the previous file survives any failure.

    The bytes go to a new temporary file in the target's directory, are flushed
    with ``fsync``, and the file is renamed over the target (``os.replace``:
    atomic on POSIX and Windows).  Without ``force`` the new file is linked into
    place only if no file of that name exists (``os.link`` fails rather than
    replace), so two runs can never silently overwrite one another's report.

    Raises
    ------
    InvalidValueError
        The target is one of ``inputs`` (even with ``force``), exists and
        ``force`` is not given, or exists and is not a regular file.
    OSError
        The directory cannot be written; the previous file is untouched and
        the temporary file removed.
    """
    path = Path(target)
    for source in inputs:
        if _same_file(path, Path(source)):
            raise _refuse(path, "a file other than the input report", "the input report")
    existing: os.stat_result | None
    try:
        existing = path.stat()
    except FileNotFoundError:
        existing = None
    if existing is not None:
        if not stat.S_ISREG(existing.st_mode):
            raise _refuse(path, "a regular file or a new name", "not a regular file")
        if not force:
            raise _refuse(path, "a new file name (or --force to replace the file)",
                          "an existing file")
    directory = path.parent
    fd, temporary = _create_temporary(directory, path.name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if existing is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, stat.S_IMODE(existing.st_mode))  # keep the replaced file's mode
            os.fsync(fd)
        finally:
            os.close(fd)
        if force:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_directory(directory)


def _create_temporary(directory: Path, name: str) -> tuple[int, str]:
    """A new file next to the target, created exclusively with mode 0o666 less the umask.

    (``tempfile.mkstemp`` would create it 0o600, and the report would keep that mode.)
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = str(directory / f".{name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
    raise FileExistsError(f"no free temporary name in {directory}")  # pragma: no cover


def _link_new(temporary: str, path: Path) -> None:
    """Put ``temporary`` in place as ``path`` only if ``path`` does not exist."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise _refuse(path, "a new file name (or --force to replace the file)",
                      "an existing file") from None
    except OSError:
        # A file system without hard links: check once more, then rename.
        if path.exists():
            raise _refuse(path, "a new file name (or --force to replace the file)",
                          "an existing file") from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _sync_directory(directory: Path) -> None:
    """Flush the rename to disk where the platform allows it (POSIX)."""
    if os.name != "posix":  # pragma: no cover
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - unreadable directory: the rename is done anyway
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
