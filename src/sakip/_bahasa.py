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

from typing import Literal, TypeAlias

import attrs

from sakip.errors import InvalidValueError

__all__ = ["BAHASA", "DEFAULT", "Bahasa", "Teks", "check_bahasa"]

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
