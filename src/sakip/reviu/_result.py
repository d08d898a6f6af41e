"""``Reviu``: the findings of one report.

Verdict, counts, conventions, summary, rows and the JSON document; its
renderings are the format modules'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip._bahasa import DEFAULT, Bahasa, Teks, check_bahasa, tulis
from sakip._decimal import text as _str
from sakip.errors import SakipError, call_error, keyword_only
from sakip.explain import Explanation, Tabular, check_rounding
from sakip.lkj import Laporan
from sakip.numbers import Rounding
from sakip.reviu import _html, _markdown, _svg, _text
from sakip.reviu._builder import _display_mark, _grouped, _rounding, _show
from sakip.reviu._builder import _printed as _read_printed
from sakip.reviu._findings import (
    _AGREGAT_TOPIC,
    _BASIS_TOPIC,
    _DEFAULTS,
    _KATEGORI_RASIO_TOPIC,
    _KATEGORI_TOPIC,
    _RENSTRA,
    _RENSTRA_TOPIC,
    _RUMUS_TOPIC,
    STATUS_TEKS,
    STATUSES,
    Convention,
    Finding,
    Input,
    topic_teks,
)
from sakip.reviu._schema import REVIU_SCHEMA
from sakip.reviu._svg import _SVG


@attrs.frozen(kw_only=True)
class Reviu(Tabular):
    """The findings of a reviu, renderable as text, Markdown, JSON and HTML.

    Notes
    -----
    ``ok`` is true when no finding is a ``mismatch``; :meth:`exit_status` is 0
    then, else 1 (``strict=True`` fails not-computable findings too).
    ``r[id]`` is the finding of one printed figure; :meth:`problems` the ones
    that do not reproduce, in the report's order.  Built by :func:`reviu`.

    References
    ----------
    PermenPANRB 53/2014 (reviu atas laporan kinerja).

    Examples
    --------
    The seed LKj 2023 (BGP Kalimantan Selatan), bundled: its NKA 95,15
    reproduces (0,6 × 97,29 + 0,4 × 91,95 = 95,154), but the report has
    inconsistent figures, the first being IKK 1.1's Renstra capaian (see
    :class:`Finding`), so the reviu fails:

    >>> import sakip
    >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
    >>> r.ok, r.exit_status(), r["nka.nilai"].status, r["nka.nilai"].recomputed
    (False, 1, 'match', Decimal('95.154'))
    >>> r.problems()[0].id
    'indikator.IKK 1.1.renstra'
    """

    #: The report reviewed.
    laporan: Laporan
    #: One finding per printed figure, in the report's order.
    findings: tuple[Finding, ...]
    #: The printed values used as inputs that nothing recomputes (no findings; ``strict``
    #: does not fail them), in the report's order.
    inputs: tuple[Input, ...] = ()
    #: What the renderings share, computed once from the findings (``counts``,
    #: ``conventions``): every rendering asks for them, each pass is over every finding.
    _once: dict[str, Any] = attrs.field(init=False, eq=False, repr=False, factory=dict)

    @property
    def ok(self) -> bool:
        """Whether no printed figure contradicts its inputs (no ``mismatch``).

        Not-computable findings do not make a reviu fail (use
        ``exit_status(strict=True)`` for that).
        """
        return not any(f.status == "mismatch" for f in self.findings)

    @keyword_only()
    def exit_status(self, *positional: Never, strict: bool = False) -> int:
        """The verdict as the command's exit status: 0 pass, 1 fail.

        0 when no finding is a ``mismatch`` (with ``strict=True``: and none is
        ``not-computable``, and the report prints at least one figure), else 1.
        (The command exits 2 for unreadable input.)  A report with no printed
        figure contradicts nothing, so it passes by default; ``strict`` fails
        it, since nothing in it was checked (an empty or truncated extraction,
        say).

        >>> import sakip
        >>> sakip.reviu(sakip.examples.path("bgp-kalsel-2023")).exit_status()
        1
        >>> empty = sakip.reviu({"schema": "sakip/lkj-1",
        ...                      "laporan": {"instansi": "X", "tahun": 2023}})
        >>> empty.exit_status(), empty.exit_status(strict=True)
        (0, 1)
        """
        if positional:
            raise call_error(type(self).exit_status, positional, locals())
        if strict and not self.findings:
            return 1
        fail = {"mismatch", "not-computable"} if strict else {"mismatch"}
        return 1 if any(f.status in fail for f in self.findings) else 0

    def __repr__(self) -> str:
        """One line: the report, the findings per status, the exit status.

        >>> import sakip
        >>> print(repr(sakip.reviu(sakip.examples.path("bgp-kalsel-2023")))[40:])
        2023: 200 findings (match 163, mismatch 34, not-computable 3), exit status 1)
        """
        counts = ", ".join(f"{status} {n}" for status, n in self.counts().items() if n)
        where = self.laporan.instansi
        where = where if len(where) <= 60 else f"{where[:59]}…"
        return (f"Reviu({where!r} {self.laporan.tahun}: {len(self.findings)} findings"
                f"{f' ({counts})' if counts else ''}, exit status {self.exit_status()})")

    def counts(self) -> dict[str, int]:
        """Number of findings per status."""
        if "counts" not in self._once:
            counts = dict.fromkeys(STATUSES, 0)
            for f in self.findings:
                if f.status in counts:
                    counts[f.status] += 1
            self._once["counts"] = counts
        return dict(self._once["counts"])

    def problems(self) -> tuple[Finding, ...]:
        """The findings that do not reproduce (mismatch or not computable)."""
        return tuple(f for f in self.findings if not f.ok)

    def conventions(self) -> list[dict[str, Any]]:
        """The conventions the report appears to follow, per topic.

        One entry per topic and convention under which some printed figures
        reproduce: ``topic``, ``name``, ``figures`` (how many reproduce under it;
        a figure may reproduce under two conventions that coincide for it),
        ``other_rounding`` (how many of those ``figures`` reproduce under it only
        with another rounding mode than the report's, or the figure's own: weaker
        evidence, since the report would then depart from its rounding too),
        ``of`` (how many figures of the topic were compared), ``declared``
        (whether the file declares it) and ``source``: ``declared``, ``default``
        (the library's default on a topic the file declares nothing on) or
        ``detected`` (found by trying the conventions the reviu knows).  Most
        figures under the report's rounding (``figures − other_rounding``) first.

        A half-up report printing 98,90 for a minimize target 90,5 and
        realisasi 91,5: (2T − R) / T = 98,895… gives 98,90 half-up, T / R =
        98,907… only truncated, so ``t/r`` counts 1 figure, 1 under another
        rounding:

        >>> import sakip
        >>> r = sakip.reviu({"schema": "sakip/lkj-1",
        ...                  "laporan": {"instansi": "X", "tahun": 2024},
        ...                  "indikator": [{"kode": "I", "nama": "n", "target": "90,5",
        ...                                 "realisasi": "91,5", "capaian": "98,90",
        ...                                 "polarisasi": "minimize"}]})
        >>> [(c["name"], c["figures"], c["other_rounding"]) for c in r.conventions()
        ...  if c["topic"] == "capaian minimize"]
        [('2t-r', 1, 0), ('t/r', 1, 1)]

        Topic ``rounding`` counts the printed figures whose digits tell
        truncation and half-up apart (101,10 for 101,105…: ``down``; 101,11:
        ``half_up``); ``declared`` marks the report's mode (``[laporan] rounding``).

        >>> for c in sakip.reviu(sakip.examples.path("bgp-kalsel-2023")).conventions():
        ...     print(c["topic"], "|", c["name"], c["figures"], "of", c["of"])
        basis pagu | PK revisi (lampiran) total 1 of 1
        basis pagu | total pagu 1 of 1
        capaian renstra | kumulatif 2 of 5
        capaian renstra | tahun-akhir 2 of 5
        efisiensi | per-pagu 4 of 8
        efisiensi | pmk-214-2017 2 of 8
        rounding | half_up 11 of 16
        rounding | down 5 of 16
        """
        if "conventions" not in self._once:
            self._once["conventions"] = self._conventions()
        return [dict(c) for c in self._once["conventions"]]

    def _conventions(self) -> list[dict[str, Any]]:
        """The body of :meth:`conventions` (computed once per reviu)."""
        topics: dict[str, int] = {}
        names: dict[tuple[str, str], int] = {}
        other: dict[tuple[str, str], int] = {}  # of names: only under another rounding
        for f in self.findings:
            if f.convention is None or f.status == "not-computable":
                continue
            # compared once for each topic it belongs to (a rerata efisiensi reproduces under
            # an agregat and an efisiensi rumus): a count never exceeds its topic's total
            for topic in {f.convention.topic} | {c.topic for c in f.reproduces_under}:
                topics[topic] = topics.get(topic, 0) + 1
            for c in f.reproduces_under:
                names[(c.topic, c.name)] = names.get((c.topic, c.name), 0) + 1
            for c in f.other_rounding:
                other[(c.topic, c.name)] = other.get((c.topic, c.name), 0) + 1
        self._roundings(topics, names)
        declared = self._declared()
        out = [{"topic": t, "name": n, "figures": count, "other_rounding": other.get((t, n), 0),
                "of": topics[t], "declared": n in declared.get(t, ()),
                "source": _source(declared, t, n)}
               for (t, n), count in names.items()]
        return sorted(out, key=lambda c: (c["topic"], c["other_rounding"] - c["figures"],
                                          -c["figures"], c["name"]))

    def _roundings(self, topics: dict[str, int], names: dict[tuple[str, str], int]) -> None:
        """Count the rounding modes of the figures whose digits tell them apart."""
        angka = self.laporan.angka
        # the mode each printed text, value and places tell (None: not told apart), once each
        told: dict[tuple[Any, ...], str | None] = {}
        for f in self.findings:
            if not (f.ok and f.printed and f.rounding and isinstance(f.recomputed, Decimal)):
                continue
            mark = getattr(f.printed, "angka", None)
            key = (f.printed, mark, f.recomputed, f.rounding.places)
            if key in told:
                mode = told[key]
            else:
                try:
                    shown = _read_printed(f.printed, mark, angka)[1]
                except SakipError:  # pragma: no cover - a finding's printed text was read
                    continue
                modes = [m for m in ("half_up", "down")
                         if _rounding(f.rounding.places, m).apply(f.recomputed) == shown]
                mode = modes[0] if len(modes) == 1 else None
                if len(told) < 4096:
                    told[key] = mode
            if mode is None:
                continue
            topics["rounding"] = topics.get("rounding", 0) + 1
            names[("rounding", mode)] = names.get(("rounding", mode), 0) + 1

    def _declared(self) -> dict[str, set[str]]:
        """The conventions the file declares, per topic (several where each indicator may)."""
        out: dict[str, set[str]] = {}

        def add(topic: str, name: str) -> None:
            out.setdefault(topic, set()).add(name)

        ang = self.laporan.anggaran or {}
        if "rumus_efisiensi" in ang:
            add("efisiensi", ang["rumus_efisiensi"])
        for ind in self.laporan.indikator:
            if ind.rumus_minimize_declared:
                add("capaian minimize", ind.rumus_minimize)
            if ind.rentang_declared:
                add("capaian rentang", ind.rentang)
            renstra = ind.renstra or {}
            if "kumulatif" in renstra:
                add(_RENSTRA_TOPIC, _RENSTRA[renstra["kumulatif"]])
        for tab in self.laporan.efisiensi_kinerja:
            for key, topic in (("rumus", _RUMUS_TOPIC), ("agregat", _AGREGAT_TOPIC),
                               ("kategori", _KATEGORI_TOPIC)):
                if key in tab:
                    add(topic, tab[key])
        if "basis" in ang.get("pagu", {}):
            add(_BASIS_TOPIC, ang["pagu"]["basis"])
        if "kategori_aturan" in ang.get("pagu", {}):
            add(_KATEGORI_RASIO_TOPIC, ang["pagu"]["kategori_aturan"])
        if self.laporan.rounding_declared:
            add("rounding", self.laporan.rounding.mode)
        return out

    @keyword_only()
    def summary(self, *positional: Never, strict: bool = False, bahasa: Bahasa = DEFAULT) -> str:
        """The one-line count of the findings, then the verdict and the conventions.

        In ``bahasa`` (Bahasa Indonesia by default); the conventions' topics and
        names are codes, the same in both languages.

        >>> import sakip
        >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
        >>> print(r.summary().splitlines()[0].replace(", ", ",\\n"))
        200 angka tercetak: 163 sesuai,
        0 sesuai (selisih pembulatan),
        0 sesuai (konvensi berbeda),
        34 tidak sesuai,
        3 tidak dapat dihitung
        >>> lines = r.summary(bahasa="en").splitlines()
        >>> print(lines[0].replace(", ", ",\\n"))
        200 printed figures: 163 reproduce,
        0 under another rounding,
        0 under another convention,
        34 do not reproduce,
        3 could not be checked
        >>> print(lines[1]); print(lines[2].replace("follow: ", "follow:\\n").replace("; ", ";\\n"))
        exit status 1: 34 printed figures do not reproduce
        conventions the report appears to follow:
        basis pagu: PK revisi (lampiran) total (1 of 1 figures, indistinguishable);
        basis pagu: total pagu (1 of 1 figures, indistinguishable);
        capaian renstra: kumulatif (2 of 5 figures, declared);
        capaian renstra: tahun-akhir (2 of 5 figures, declared);
        efisiensi: per-pagu (4 of 8 figures, declared);
        efisiensi: pmk-214-2017 (2 of 8 figures, indistinguishable);
        rounding: half_up (11 of 16 figures, detected);
        rounding: down (5 of 16 figures, declared)
        """
        if positional:
            raise call_error(type(self).summary, positional, locals())
        bahasa = check_bahasa(bahasa)
        c = self.counts()
        n, k = len(self.findings), c["not-computable"]
        lines = [_COUNTS[n == 1](bahasa, n=n, match=c["match"],
                                 rounding=c["match-other-rounding"],
                                 convention=c["match-other-convention"],
                                 mismatch=c["mismatch"], nc=k)]
        status = self.exit_status(strict=strict)
        if c["mismatch"]:
            lines.append(_EXIT_MISMATCH[c["mismatch"] == 1](bahasa, status=status,
                                                             m=c["mismatch"]))
        elif status and not self.findings:
            lines.append(_EXIT_STRICT_EMPTY(bahasa))
        elif status:
            lines.append(_EXIT_STRICT[k == 1](bahasa, k=k))
        else:
            lines.append(_EXIT_OK(bahasa) + (_EXIT_OK_NC(bahasa, k=k) if k else ""))
        conventions = self._convention_lines(bahasa)
        if conventions:
            lines.append(_CONVENTIONS(bahasa) + "; ".join(conventions))
        if self.inputs:
            m = len(self.inputs)
            lines.append(_INPUTS[m == 1](bahasa, m=m,
                                         fields=", ".join(i.field for i in self.inputs)))
        return "\n".join(lines)

    def _convention_lines(self, bahasa: Bahasa) -> list[str]:
        """Each convention of :meth:`conventions` in words (the summary's, the working paper's).

        A detected convention none of whose figures reproduces under it alone (every one
        reproduces under another convention of its topic too: IKK 2.1's 120 % lies in no gap
        of the five-band table, so ``celah`` ``bawah`` and ``atas`` both give it) is said to be
        *indistinguishable* rather than detected: its figures are no evidence for it.
        """
        alone = self._alone()
        return [_CONVENTION(bahasa, topic=tulis(topic_teks(x["topic"]), bahasa), name=x["name"],
                            figures=x["figures"],
                            of=x["of"], source=(_INDISTINCT if x["source"] == "detected" and (
                                x["topic"], x["name"]) not in alone else _SOURCE[x["source"]])(
                                    bahasa),
                            other=_OTHER_ROUNDING(bahasa, o=x["other_rounding"])
                            if x["other_rounding"] else "")
                for x in self.conventions()]

    def _alone(self) -> set[tuple[str, str]]:
        """The (topic, name) pairs under which some figure reproduces and under no other name
        of the topic (the rounding topic counts only such figures: always in)."""
        if "alone" not in self._once:
            alone = {(c["topic"], c["name"]) for c in self.conventions()
                     if c["topic"] == "rounding"}
            seen: set[tuple[Convention, ...]] = set()  # each tuple once (findings share them)
            for f in self.findings:
                if f.convention is None or f.status == "not-computable" or (
                        f.reproduces_under in seen):
                    continue
                seen.add(f.reproduces_under)
                names: dict[str, set[str]] = {}
                for c in f.reproduces_under:
                    names.setdefault(c.topic, set()).add(c.name)
                alone.update((topic, next(iter(only))) for topic, only in names.items()
                             if len(only) == 1)
            self._once["alone"] = alone
        return self._once["alone"]  # type: ignore[no-any-return]

    def _by_id(self) -> dict[str, Finding]:
        """The findings by their id (built once; the first finding of an id wins)."""
        if "by_id" not in self._once:
            index: dict[str, Finding] = {}
            for finding in self.findings:
                index.setdefault(finding.id, finding)
            self._once["by_id"] = index
        return self._once["by_id"]  # type: ignore[no-any-return]

    def __getitem__(self, id: str) -> Finding:
        """The finding of the printed figure ``id``; ``KeyError`` when there is none."""
        return self._by_id()[id]

    def __contains__(self, item: object) -> bool:
        """Whether ``item`` -- a finding's id, or a :class:`Finding` -- is in the reviu.

        >>> import sakip
        >>> r = sakip.reviu(sakip.examples.path("bgp-kalsel-2023"))
        >>> "nka.nilai" in r, "nka.tidak-ada" in r, r["nka.nilai"] in r
        (True, False, True)
        """
        if isinstance(item, str):
            return item in self._by_id()
        return item in self.findings

    def get(self, id: str, default: Finding | None = None) -> Finding | None:
        """The finding of ``id``, or ``default`` when the reviu has none (as ``dict.get``).

        >>> import sakip
        >>> sakip.reviu(sakip.examples.path("bgp-kalsel-2023")).get("nka.tidak-ada") is None
        True
        """
        return self._by_id().get(id, default)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The reviu as one row: the report (instansi, tahun, judul), ``ok``, counts per status."""
        check_rounding(rounding)
        lap = self.laporan
        return {"instansi": lap.instansi, "tahun": lap.tahun, "judul": lap.judul,
                "sumber": lap.sumber, "ok": self.ok, "exit_status": self.exit_status(),
                "findings": len(self.findings), **self.counts()}

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per finding, for ``pandas.DataFrame(reviu.to_rows())``."""
        return [f.to_row(rounding) for f in self.findings]

    @keyword_only()
    def to_json(self, *positional: Never, strict: bool = False,
                bahasa: Bahasa = DEFAULT) -> dict[str, Any]:
        """The stable JSON document (schema ``sakip/reviu-2``, see the docs).

        Its keys and codes are the same in every language; the messages (each
        finding's ``reason``) are in ``bahasa``.
        """
        if positional:
            raise call_error(type(self).to_json, positional, locals())
        document = self._document(strict=strict, bahasa=bahasa,
                                  explained=lambda explanation: explanation.to_text(bahasa))
        document["findings"] = list(document["findings"])
        document["inputs"] = list(document["inputs"])
        return document

    def _document(self, *, strict: bool, bahasa: Bahasa,
                  explained: Callable[[Explanation], str],
                  shared: Callable[[Any, Callable[[Any], Any]], Any] | None = None,
                  ) -> dict[str, Any]:
        """:meth:`to_json` with the findings and inputs as iterators (``dumps`` streams them),
        each explanation's text from ``explained`` (a rendering's memo), the findings'
        roundings and conventions from ``shared`` (see ``Finding._json``)."""
        lap = self.laporan
        return {
            "schema": REVIU_SCHEMA,
            "laporan": {"instansi": lap.instansi, "tahun": lap.tahun, "judul": lap.judul,
                        "sumber": lap.sumber, "angka": lap.angka,
                        "rounding": {"places": lap.rounding.places, "mode": lap.rounding.mode}},
            "ok": self.ok,
            "strict": strict,
            "exit_status": self.exit_status(strict=strict),
            "counts": self.counts(),
            "conventions": self.conventions(),
            "findings": (f._json(explained, check_bahasa(bahasa), shared)
                         for f in self.findings),
            "inputs": (i.to_json(check_bahasa(bahasa)) for i in self.inputs),
        }

    def _table(self, bahasa: Bahasa = DEFAULT) -> list[tuple[str, str, str, str, str]]:
        """One row per finding: status (the code), id, printed, recomputed as shown, keterangan."""
        rows: list[tuple[str, str, str, str, str]] = []
        angka = self.laporan.angka
        # each value shown once per rounding, mark and grouping (rows repeat their figures)
        shown_as: dict[tuple[Decimal, int, str, str, bool], str] = {}
        for f in self.findings:
            if isinstance(f.recomputed, Decimal) and f.rounding is not None:
                # in the printed figure's own mark (a section's ``angka``, ``campuran``)
                key = (f.recomputed, f.rounding.places, f.rounding.mode,
                       _display_mark(f.printed, angka), _grouped(f.printed or "", angka))
                shown = shown_as.get(key) or _show(f.recomputed, f.rounding.places,
                                                   f.rounding.mode, angka=key[3],
                                                   thousands=key[4])
                if len(shown_as) < 4096:
                    shown_as[key] = shown
            else:
                shown = "-" if f.recomputed is None else _str(f.recomputed)
            rows.append((f.status, f.id, f.printed or "-", shown, f.keterangan(bahasa)))
        return rows

    @keyword_only()
    def to_text(self, *positional: Never, strict: bool = False,
                       bahasa: Bahasa = DEFAULT) -> str:
        """A readable table of every finding, then the summary (:meth:`summary`).

        Control characters from the file (ESC, newlines, CR) are written as
        visible escapes (``\\x1b``), so no input can drive the terminal.
        """
        if positional:
            raise call_error(type(self).to_text, positional, locals())
        return _text.to_text(self, strict=strict, bahasa=check_bahasa(bahasa))

    @keyword_only()
    def to_markdown(self, *positional: Never, strict: bool = False,
                           bahasa: Bahasa = DEFAULT) -> str:
        """A Markdown table of every finding, then the summary.

        Text from the file is escaped (pipes, backslashes, HTML; line breaks as
        ``<br>``), so no input can add a row, end the table or start a heading.
        """
        if positional:
            raise call_error(type(self).to_markdown, positional, locals())
        return _markdown.to_markdown(self, strict=strict, bahasa=check_bahasa(bahasa))

    @keyword_only()
    def chart_svg(self, *positional: Never, bahasa: Bahasa = DEFAULT) -> str:
        """An inline SVG bar chart of the recomputed capaian per indicator against 100 %.

        The bars are the capaian recomputed from the printed target and
        realisasi, not the printed capaian; where the printed one differs, the
        bar's label says ``≠ tercetak …`` (``bahasa="en"``: ``≠ printed …``).
        The chart's words follow ``bahasa``.
        """
        if positional:
            raise call_error(type(self).chart_svg, positional, locals())
        return _svg.chart_svg(self, check_bahasa(bahasa))

    @keyword_only()
    def chart(self, *positional: Never, bahasa: Bahasa = DEFAULT) -> _SVG:
        """The chart as an object Jupyter displays (``_repr_svg_``), its words in ``bahasa``."""
        if positional:
            raise call_error(type(self).chart, positional, locals())
        return _SVG(self.chart_svg(bahasa=bahasa))

    @keyword_only()
    def to_html(self, *positional: Never, strict: bool = False,
                       bahasa: Bahasa = DEFAULT) -> str:
        """A standalone HTML page (no external assets) for working papers."""
        if positional:
            raise call_error(type(self).to_html, positional, locals())
        return _html.to_html(self, strict=strict, bahasa=check_bahasa(bahasa))

    def _repr_html_(self) -> str:
        return _html.repr_html(self)

    def __str__(self) -> str:
        return self.to_text()


#: The summary's words (:meth:`Reviu.summary`), by whether the count is one; in Bahasa
#: Indonesia each count is named by its status's words (one vocabulary: the status column's).
_COUNTS = {n == 1: Teks(
    id="{n} angka tercetak: " + ", ".join(
        f"{{{count}}} {STATUS_TEKS[status].id}" for count, status in zip(
            ("match", "rounding", "convention", "mismatch", "nc"), STATUSES, strict=True)),
    en="{n} printed figure" + ("" if n == 1 else "s") + ": {match} reproduce, {rounding} under "
       "another rounding, {convention} under another convention, {mismatch} do not reproduce, "
       "{nc} could not be checked") for n in (1, 2)}
_EXIT_MISMATCH = {m == 1: Teks(
    id="status keluar {status}: {m} angka tercetak tidak sesuai",
    en="exit status {status}: {m} printed figure" + (" does" if m == 1 else "s do")
       + " not reproduce") for m in (1, 2)}
_EXIT_STRICT = {k == 1: Teks(
    id="status keluar 1 (--strict): {k} angka tercetak tidak dapat dihitung",
    en="exit status 1 (--strict): {k} printed figure" + ("" if k == 1 else "s")
       + " could not be checked") for k in (1, 2)}
_EXIT_STRICT_EMPTY = Teks(
    id="status keluar 1 (--strict): laporan tidak memuat angka tercetak yang dapat diperiksa",
    en="exit status 1 (--strict): the report prints no figure that could be checked")
_EXIT_OK = Teks(id="status keluar 0: tidak ada angka tercetak yang bertentangan dengan "
                   "masukannya",
                en="exit status 0: no printed figure contradicts its inputs")
_EXIT_OK_NC = Teks(id=" ({k} tidak dapat dihitung; --strict menggagalkannya)",
                   en=" ({k} could not be checked; --strict fails them)")
_CONVENTIONS = Teks(id="konvensi yang tampaknya diikuti laporan: ",
                    en="conventions the report appears to follow: ")
_CONVENTION = Teks(id="{topic}: {name} ({figures} dari {of} angka{other}, {source})",
                   en="{topic}: {name} ({figures} of {of} figures{other}, {source})")
_OTHER_ROUNDING = Teks(id=", {o} di antaranya " + STATUS_TEKS["match-other-rounding"].id,
                       en=", {o} of them only under another rounding")
#: Why a convention is named (the JSON's ``source`` codes), in words.
_SOURCE = {"declared": Teks(id="dinyatakan", en="declared"),
           "default": Teks(id="bawaan", en="default"),
           "detected": Teks(id="terdeteksi", en="detected")}
#: A detected convention whose figures all reproduce under another of its topic too.
_INDISTINCT = Teks(id="tak terbedakan", en="indistinguishable")
_INPUTS = {m == 1: Teks(
    id="{m} nilai tercetak hanya dipakai sebagai masukan (tidak ada yang menghitungnya ulang; "
       "bukan angka yang diperiksa): {fields}",
    en="{m} printed value" + ("" if m == 1 else "s") + " only used as input"
       + ("" if m == 1 else "s") + " (nothing recomputes them; not figures): {fields}")
    for m in (1, 2)}


def _source(declared: dict[str, set[str]], topic: str, name: str) -> str:
    """Why a convention is named: ``declared`` by the file; the library's ``default`` for a
    topic the file declares nothing on; otherwise ``detected`` (it reproduces figures).

    >>> _source({"rounding": {"down"}}, "rounding", "down"), _source({}, "rounding", "half_up")
    ('declared', 'default')
    >>> _source({}, "rounding", "down"), _source({"rounding": {"down"}}, "rounding", "half_up")
    ('detected', 'detected')
    """
    if name in declared.get(topic, ()):
        return "declared"
    return "default" if topic not in declared and _DEFAULTS.get(topic) == name else "detected"
