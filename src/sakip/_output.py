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
import functools
import html
import os
import re
import secrets
import stat
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from sakip.errors import InvalidValueError

T = TypeVar("T")

__all__ = ["by_identity", "encode", "encoded", "html_text", "json_safe", "markdown_cell",
           "text_cell", "write_atomic"]

# Characters a reader cannot see or that change how the text around them is shown:
# C0 controls, DEL, C1 controls (U+0085 among them), every format character
# (Unicode category Cf: the bidirectional marks, embeddings, overrides and isolates,
# U+061C, zero-width joiners, the BOM, tags), the other default-ignorable characters
# (soft hyphen, combining grapheme joiner, Hangul fillers, variation selectors), the
# line and paragraph separators, and surrogates (lone ones only reach here).  A code
# "IKU\u200b1" would look like "IKU1"; U+202E would reverse the text after it.
_INVISIBLE = ("\xad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2"
              "\u115f-\u1160\u17b4-\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e"
              "\u2060-\u206f\u3164\ud800-\udfff\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
              "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
              "\U0001d173-\U0001d17a\U000e0000-\U000e0fff")
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f" + _INVISIBLE + "]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def text_cell(text: str) -> str:
    """Text with every control character written as a visible escape (for terminals).

    >>> text_cell("IKK\\x1b[31m 1\\n2")
    'IKK\\\\x1b[31m 1\\\\n2'
    """
    return _UNSAFE.sub(_visible, text)


_UNSAFE_KEEP_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _INVISIBLE + "]")


def html_text(text: str) -> str:
    """``html.escape(text)`` with control characters (newlines and tabs aside) made visible.

    >>> html_text("<b>\\x1b[2J</b>\\n")
    '&lt;b&gt;\\\\x1b[2J&lt;/b&gt;\\n'
    """
    if len(text) <= 120:  # a cell: a page repeats its few hundred texts (issue 24)
        return _html_cell(str(text))
    return _html_escaped(text)


def _html_escaped(text: str) -> str:
    if text.isascii() and text.isprintable():  # nothing to make visible (cheaply, issue 24)
        return html.escape(text)
    return html.escape(_UNSAFE_KEEP_LINES.sub(_visible, text))


#: :func:`html_text` of a short text, once per text.
_html_cell = functools.lru_cache(maxsize=4096)(_html_escaped)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARKDOWN = str.maketrans({"\\": "\\\\", "|": "\\|", "&": "&amp;", "<": "&lt;", ">": "&gt;",
                           "`": "\\`", "[": "\\[", "]": "\\]"})


def markdown_cell(text: str) -> str:
    """Text safe inside a Markdown table cell or heading.

    Backslashes, pipes, backticks and square brackets are backslash-escaped (no
    link or image, ``[text](url)`` or ``![alt](url)``, can be formed), ``&``, ``<`` and
    ``>`` become HTML entities (no raw HTML passes), line breaks become
    ``<br>`` (so no input can end the table or start a heading), and other
    control characters are written as visible escapes.

    >>> markdown_cell("a|b\\n# c <script>")
    'a\\\\|b<br># c &lt;script&gt;'
    >>> print(markdown_cell("![x](https://e.example/p.png)"))
    !\\[x\\](https://e.example/p.png)
    """
    escaped = text.translate(_MARKDOWN)
    if escaped.isascii() and escaped.isprintable():  # no line break, nothing to make visible
        return escaped
    return text_cell(_LINE_BREAK.sub("<br>", escaped))


# In a JSON document such characters can only stand inside strings (its structure is
# ASCII, its whitespace spaces and line feeds), where ``\uXXXX`` is the same character.
_JSON_UNSAFE = re.compile("[\x7f-\x9f<>&" + _INVISIBLE + "]")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_safe(document: str) -> str:
    """A JSON document (from ``json.dumps(..., ensure_ascii=False)``) safe to embed and show.

    Every character that :func:`text_cell` makes visible and that ``json.dumps``
    leaves raw (DEL and C1 controls such as U+0085, U+2028 and U+2029, which end
    a line in JavaScript, the bidirectional controls, zero-width and other format
    characters, lone surrogates), and ``<``, ``>`` and ``&`` (so that no
    ``</script>`` ends a script element holding it), is written as its standard
    ``\\uXXXX`` escape: the same JSON value, now inert in HTML, JavaScript and
    a terminal.  Other text stays readable UTF-8.

    >>> import json
    >>> json_safe(json.dumps({"kode": "IKU\u202e1</script>"}, ensure_ascii=False))
    '{"kode": "IKU\\\\u202e1\\\\u003c/script\\\\u003e"}'
    >>> json.loads(json_safe(json.dumps(["\u2028\x85"], ensure_ascii=False))) == ["\u2028\x85"]
    True
    """
    return _JSON_UNSAFE.sub(_json_escape, document)


def by_identity(function: Callable[[T], str], size: int = 256) -> Callable[[T], str]:
    """``function``, remembering its text for the last ``size`` objects given, by identity.

    Findings share explanations (every ``rerata`` row's figure shares the mean's
    derivation): a rendering made with one such function renders each shared
    one once, and holds at most ``size`` texts (each object is kept while its
    text is, so that its ``id`` cannot be reused meanwhile).

    >>> calls = []
    >>> upper = by_identity(lambda word: calls.append(word) or word.upper())
    >>> word = "sesuai"
    >>> upper(word), upper(word), len(calls)
    ('SESUAI', 'SESUAI', 1)
    """
    seen: OrderedDict[int, tuple[T, str]] = OrderedDict()

    def once(value: T) -> str:
        key = id(value)
        found = seen.get(key)
        if found is not None and found[0] is value:
            seen.move_to_end(key)
            return found[1]
        text = function(value)
        seen[key] = (value, text)
        if len(seen) > size:
            seen.popitem(last=False)
        return text

    return once


def encoded(pieces: Iterable[str], *, slice_chars: int = 1 << 20) -> Iterator[bytes]:
    """The UTF-8 bytes of ``"".join(pieces)`` ending with one line feed (:func:`encode`).

    A line feed is added unless the text ends with one, as the command's output
    always has.  A long piece is encoded a slice at a time, so that a rendering of
    hundreds of megabytes is never held twice (as text and as bytes) while it is
    written.

    >>> b"".join(encoded(["a\\u00e9", "", "b"])), b"".join(encoded([]))
    (b'a\\xc3\\xa9b\\n', b'\\n')
    """
    last = ""
    for piece in pieces:
        for start in range(0, len(piece), slice_chars):
            yield encode(piece[start:start + slice_chars])
        last = piece[-1:] or last
    if last != "\n":
        yield b"\n"


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


def write_atomic(target: str | os.PathLike[str], data: bytes | Iterable[bytes], *,
                 force: bool = False,
                 inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Write ``data`` to ``target`` so that the previous file survives any failure.

    ``data`` is the bytes, or pieces of them written as they come (a large
    rendering streamed, never held whole).  The bytes go to a new temporary file
    in the target's directory, are flushed with ``fsync``, and the file is renamed
    over the target (``os.replace``: atomic on POSIX and Windows).  Without ``force``
    the new file is linked into place only if no file of that name exists
    (``os.link`` fails rather than replace), so two runs can never silently
    overwrite one another's report.

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
            for chunk in (data,) if isinstance(data, bytes) else data:
                view = memoryview(chunk)
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
