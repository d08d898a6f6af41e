"""The languages of sakip's own text: Bahasa Indonesia (the default) and English.

Every piece of text sakip writes for a person -- a reviu's statuses, reasons
and summary, the working paper, an explanation's framework words, the
command's messages -- exists in both languages as one ``Teks``, and each
rendering takes ``bahasa="id" | "en"``.  Text taken from the report file (an
indicator's name, a note the author wrote) is never translated; JSON keys and
machine-readable codes (a finding's ``status``, a convention's name, an error's
``field``) stay as they are in both languages.

The default is Bahasa Indonesia: the people who prepare and review a Laporan
Kinerja are Indonesian officials, and the reviu's working paper is attached to a
Laporan Hasil Reviu written in Indonesian.  ``bahasa="en"`` gives the English
text (for developers and for tests written against it).

>>> from sakip._bahasa import Teks
>>> tidak_sesuai = Teks(id="tercetak {p}, hasil hitung {r}", en="printed {p}, recomputed {r}")
>>> tidak_sesuai("id", p="71,34", r="71,36")
'tercetak 71,34, hasil hitung 71,36'
>>> tidak_sesuai("en", p="71,34", r="71,36")
'printed 71,34, recomputed 71,36'
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

from sakip.errors import InvalidValueError

__all__ = ["BAHASA", "DEFAULT", "Bahasa", "Pesan", "Teks", "check_bahasa", "gabung", "pisah",
           "tulis"]

#: A language of sakip's own text: ``"id"`` (Bahasa Indonesia) or ``"en"`` (English).
Bahasa: TypeAlias = Literal["id", "en"]

#: The languages, the default first.
BAHASA: tuple[Bahasa, ...] = ("id", "en")

#: The default language of every rendering and of the command's messages.
DEFAULT: Bahasa = "id"


@attrs.frozen
class Teks:
    """One piece of sakip's own text in both languages.

    ``id`` and ``en`` are :meth:`str.format` templates with the same named
    fields; calling the text with a language and the fields gives the text in
    that language.  A test checks that both templates name the same fields.

    >>> Teks(id="sesuai", en="match")("en")
    'match'
    """

    #: The Bahasa Indonesia template.
    id: str
    #: The English template.
    en: str

    def __call__(self, bahasa: Bahasa = DEFAULT, /, **fields: object) -> str:
        """The text in ``bahasa`` with ``fields`` filled in."""
        template = self.id if bahasa == "id" else self.en
        return template.format(**fields) if fields else template


def check_bahasa(value: object, *, field: str = "bahasa") -> Bahasa:
    """``value`` if it is one of :data:`BAHASA`, else the library's error naming ``field``.

    >>> check_bahasa("en")
    'en'
    >>> check_bahasa("jv")
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: bahasa: expected one of 'id', 'en'; received 'jv'
    """
    if value == "id" or value == "en":
        return value
    raise InvalidValueError(field=field, expected="one of 'id', 'en'", received=value)


class Pesan(str):
    """A message of sakip's own text: a :class:`Teks` with its fields, kept for any language.

    The string itself is the English text (so a ``Finding.reason`` stays the
    English sentence it always was); calling the message with a language
    renders it there.  A field may itself be a :class:`Pesan` or a
    :class:`Teks` (rendered in the same language) or anything else (written
    with ``str``: a number, a field name, text from the report file, which is
    never translated).

    >>> beda = Pesan(Teks(id="tercetak {p}, hasil hitung {r}", en="printed {p}, recomputed {r}"),
    ...              p="71,34", r="71,36")
    >>> beda, beda("id")
    ('printed 71,34, recomputed 71,36', 'tercetak 71,34, hasil hitung 71,36')
    """

    teks: Teks
    fields: dict[str, object]

    def __new__(cls, teks: Teks, /, **fields: object) -> Pesan:
        """The message ``teks`` with ``fields``; its string value is the English text."""
        self = super().__new__(cls, teks.en.format(**{k: tulis(v, "en")
                                                     for k, v in fields.items()}))
        self.teks = teks
        self.fields = fields
        return self

    def __call__(self, bahasa: Bahasa = DEFAULT, /) -> str:
        """The message in ``bahasa``."""
        template = self.teks.id if bahasa == "id" else self.teks.en
        return template.format(**{k: tulis(v, bahasa) for k, v in self.fields.items()})

    def __reduce__(self) -> tuple[Any, ...]:
        return (_pesan, (self.teks, self.fields))


def _pesan(teks: Teks, fields: dict[str, object]) -> Pesan:
    """Unpickle a :class:`Pesan`."""
    return Pesan(teks, **fields)


def tulis(value: object, bahasa: Bahasa = DEFAULT) -> str:
    """``value`` written in ``bahasa``: a :class:`Pesan` or :class:`Teks` rendered, else ``str``.

    Text that is neither (a note the report's author wrote, a number) is
    written as it is, never translated.

    >>> tulis(Teks(id="sesuai", en="match"), "id"), tulis("catatan penulis", "en")
    ('sesuai', 'catatan penulis')
    """
    if isinstance(value, (Pesan, Teks)):
        return value(bahasa)
    text = str(value)  # an object whose str is a Pesan (a goal in words) renders in bahasa
    return text(bahasa) if isinstance(text, Pesan) else text


#: Two parts of a message, one after the other.
_DUA = Teks(id="{a}; {b}", en="{a}; {b}")


def gabung(*parts: str) -> str:
    """The non-empty ``parts`` joined by ``"; "``, as a :class:`Pesan` (each part kept).

    Empty parts are left out, so a note appended to nothing is the note alone.

    >>> gabung(Pesan(Teks(id="tidak sesuai", en="mismatch")), "", "catatan")("id")
    'tidak sesuai; catatan'
    >>> gabung("a", "b"), gabung()
    ('a; b', '')
    """
    kept = [p for p in parts if p]
    if not kept:
        return ""
    out = kept[0]
    for part in kept[1:]:
        out = Pesan(_DUA, a=out, b=part)
    return out


def pisah(text: str) -> list[str]:
    """The parts :func:`gabung` joined (``[text]`` for text it did not join).

    >>> pisah(gabung("a", "b", "c"))
    ['a', 'b', 'c']
    """
    if isinstance(text, Pesan) and text.teks is _DUA:
        a, b = text.fields["a"], text.fields["b"]
        assert isinstance(a, str) and isinstance(b, str)  # gabung joins text
        return [*pisah(a), b]
    return [text]
