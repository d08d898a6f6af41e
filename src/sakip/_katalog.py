"""The library's error messages in both languages: the frame and a catalog of phrases.

An error (``sakip.errors.SakipError``) is a Python exception and its
``str`` stays English, for developers.  A person reading a reviu's reason or
the command's message reads it in the chosen language instead, rendered from
the error's structured fields: the frame (``{field}: expected {expected};
received {received}``, ``{field}: not computable: {reason}``) is a
``Teks``, and the ``expected`` phrase or the reason is
looked up in ``KATALOG``, whose entries are ``Teks`` whose English template
is the phrase as the library writes it (``{name}`` fields match any text, kept
as they are).  A phrase the catalog does not hold stays English; the received
value and the field are never translated (they are the file's text and its
place).

>>> from sakip.errors import InvalidValueError, NotComputableError
>>> pesan_error(InvalidValueError(field="realisasi", expected="a number >= 0",
...                               received=-5))("id")
'realisasi: seharusnya angka >= 0; diterima -5'
>>> pesan_error(NotComputableError(field="capaian", reason="target is zero"))("id")
'capaian: tidak dapat dihitung: target nol'
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

from sakip._bahasa import Pesan, Teks
from sakip._decimal import message as _message
from sakip.errors import NotComputableError, SakipError, _compose

__all__ = ["KATALOG", "pesan_error", "phrases", "terjemah"]

#: The frame of an error composed from its fields (``SakipError``'s message), per the parts present.
_FRAME = {
    (True, True): Teks(id="{field}: seharusnya {expected}; diterima {received}",
                       en="{field}: expected {expected}; received {received}"),
    (True, False): Teks(id="{field}: diterima {received}", en="{field}: received {received}"),
    (False, True): Teks(id="seharusnya {expected}; diterima {received}",
                        en="expected {expected}; received {received}"),
    (False, False): Teks(id="diterima {received}", en="received {received}"),
}
#: The frame of a figure that is not computable (``NotComputableError``).
_NOT_COMPUTABLE = Teks(id="{field}: tidak dapat dihitung: {reason}",
                       en="{field}: not computable: {reason}")

#: Phrases of the library's errors (an ``expected``, a ``reason``, a whole message), by their
#: English text; ``{name}`` matches any text.  Longest templates are tried first.
KATALOG: tuple[Teks, ...] = (
    Teks(id="angka >= 0", en="a number >= 0"),
    Teks(id="angka > 0", en="a number > 0"),
    Teks(id="angka", en="a number"),
    Teks(id="angka berhingga", en="a finite number"),
    Teks(id="bilangan bulat", en="an integer"),
    Teks(id="hitungan (int >= 0)", en="a count (int >= 0)"),
    Teks(id="teks", en="text"),
    Teks(id="salah satu dari {names}", en="one of {names}"),
    Teks(id="target nol", en="target is zero"),
    Teks(id="target nol: {formula} tidak terdefinisi pada polarisasi {polarisasi}",
         en="target is zero: {formula} is undefined under polarisasi {polarisasi}"),
    Teks(id="realisasi nol: {formula} tidak terdefinisi pada polarisasi {polarisasi}",
         en="realisasi is zero: {formula} is undefined under polarisasi {polarisasi}"),
    Teks(id="pagu nol", en="pagu is zero"),
    Teks(id="tidak ada di berkas", en="not in the file"),
    Teks(id="tidak ada (kolom wajib: {kind})", en="missing (a required field: {kind})"),
    Teks(id="{what} tidak ada di berkas", en="no {what} in the file"),
)

#: Fields whose text is never looked up (the place in the file and the value received).
_VERBATIM = frozenset({"field", "received"})


def _pattern(template: str) -> re.Pattern[str]:
    """The regular expression matching the text ``template`` writes, its fields as groups."""
    out, seen = [], set()
    for literal, name, _spec, _conv in _formatter.parse(template):
        out.append(re.escape(literal))
        if name is not None:
            out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    return re.compile("".join(out), re.DOTALL)


_formatter = string.Formatter()
_PATTERNS: tuple[tuple[re.Pattern[str], Teks], ...] = tuple(
    sorted(((_pattern(t.en), t) for t in KATALOG), key=lambda p: -len(p[1].en)))


def terjemah(text: str, *, depth: int = 2) -> str:
    """``text`` (an English phrase of the library) as a :class:`Pesan` when the catalog holds it.

    A :class:`Pesan` is returned as it is; text the catalog does not hold is
    returned as it is (it renders unchanged in every language).

    >>> terjemah("one of 'id', 'en'")("id")
    "salah satu dari 'id', 'en'"
    >>> terjemah("something new")
    'something new'
    """
    if isinstance(text, Pesan) or not text:
        return text
    for pattern, teks in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            fields = {k: v if k in _VERBATIM or depth <= 0 else terjemah(v, depth=depth - 1)
                      for k, v in match.groupdict().items()}
            return Pesan(teks, **fields)
    return text


def pesan_error(error: SakipError, *, as_written: bool = True) -> str:
    """The error's message as a :class:`Pesan`: its frame and phrases in either language.

    Its English text is the error's message (with the value received as the
    user wrote it when ``as_written``, as :func:`sakip._decimal.message` writes
    it).  A message not composed from the fields (a custom one) is looked up
    whole in the catalog.
    """
    english = _message(error) if as_written else str(error)
    if isinstance(error, NotComputableError) and error.field and (
            str(error) == f"{error.field}: not computable: {error.reason}"):
        return Pesan(_NOT_COMPUTABLE, field=error.field, reason=terjemah(error.reason))
    if error.expected is not None and str(error) == _compose(
            error.field, error.expected, error.received):
        received = english.rsplit("received ", 1)[1]
        return Pesan(_FRAME[(bool(error.field), bool(error.expected))],
                     field=error.field or "", expected=terjemah(error.expected),
                     received=received)
    return terjemah(english)


def phrases() -> Iterable[Teks]:
    """Every text of this module (the frames and the catalog), for the tests."""
    yield from _FRAME.values()
    yield _NOT_COMPUTABLE
    yield from KATALOG
