"""IKPA questions: :func:`skor_ikpa_untuk`, :func:`kenaikan_ikpa` (:class:`RaiseSet`),
:func:`kenaikan_ikpa_dari_nilai`, with their forward models.

``ikpa`` is imported inside the questions that need it.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Never

import attrs

from sakip import rules
from sakip._bahasa import Pesan, Teks, tulis
from sakip._decimal import CONTEXT, HUNDRED, ZERO, Number, exact_sum
from sakip.errors import REQUIRED, InvalidTypeError, call_error, keyword_only
from sakip.explain import Figure, Trace, check_rounding, sources_of
from sakip.numbers import Rounding
from sakip.simulasi._answers import Answer, SolutionSet, Unreachable, _Rendered
from sakip.simulasi._goal import (
    GOAL,
    RAISE,
    REST_BEFORE,
    ROUNDING,
    Goal,
    _brief,
    _text,
    _value_region,
    rounding_words,
)
from sakip.simulasi._question import Question, _Constant, _Linear
from sakip.simulasi._search import _SHOWN_GOAL
from sakip.simulasi._solve import _check_range, _check_rounding, _grid

#: The questions' titles and reasons (in both languages).
#: The words of a plan's derivation.
_LEAST_DELTA = Teks(id="min(ruang {room}, Δ terkecil dengan w × Δ menutup sisanya)",
                    en="min(room {room}, least Δ with w × Δ covering the rest)")
_TOTAL_RAISED = Teks(id="total kenaikan", en="total raised")
_GREEDY = Teks(id="total poin terkecil; urutan rakus (bobot terberat lebih dulu) adalah optimal",
               en="least total points; the greedy order (heaviest weight first) is optimal")
_ANY_IKPA = Teks(id="nilai IKPA berapa pun", en="any nilai IKPA")
_LOWEST = Teks(id="kategori terendah: tidak perlu kenaikan",
               en="the lowest category: no raise is needed")
_NEEDED = Teks(id="diperlukan", en="needed")
_NEEDED_FORMULA = Teks(id="(ambang + potongan) × Σ bobot − Σ bobot × nilai",
                       en="(threshold + potongan) × Σ bobot − Σ bobot × nilai")
_NEEDED_NOTE = Teks(id="poin berbobot yang harus ditambahkan kenaikannya",
                    en="weighted points the raises must add")
_SCORE_OF = Teks(id="Nilai {name} yang diperlukan untuk IKPA {goal} (yang lain tetap)",
                 en="Score of {name} needed for IKPA {goal} (others fixed)")
_AT_MOST_100 = Teks(id="indikator bernilai paling tinggi 100", en="an indicator scores at most 100")
_PER_INDICATOR = Teks(id="IKPA {goal}: nilai yang diperlukan per indikator ({aturan})",
                      en="IKPA {goal}: score needed per indicator ({aturan})")
_LEAST_RAISES_OF = Teks(id="Total kenaikan terkecil untuk IKPA {goal} ({aturan})",
                        en="Least total raises for IKPA {goal} ({aturan})")
_LEAST_RAISES = Teks(id="Total kenaikan terkecil untuk IKPA {goal}",
                     en="Least total raises for IKPA {goal}")
_EVEN_AT_100 = Teks(id="bahkan dengan setiap indikator yang dinilai bernilai 100, IKPA adalah "
                       "{value}, bukan {goal}",
                    en="even with every assessed indicator at 100 the IKPA is {value}, not {goal}")
_RAISE_OF = Teks(id="Kenaikan {name} yang diperlukan untuk IKPA {goal} dari {current}",
                 en="Raise of {name} needed for IKPA {goal} from {current}")
_NO_RAISE_ABOVE_100 = Teks(id="kenaikan lebih dari 100 poin tidak mungkin",
                           en="a raise of more than 100 points is impossible")
#: The questions' calls and closed forms (an explanation's formulas).
_CALL_WITH = Teks(id="ikpa(nilai dengan {name}=x).value", en="ikpa(scores with {name}=x).value")
_CLOSED_SCORE = Teks(id="x = ((IKPA + potongan) × Σw − Σ lainnya) / w_{name}",
                     en="x = ((IKPA + potongan) × Σw − Σ others) / w_{name}")
_CALL_ALL_100 = Teks(id="ikpa(semua indikator yang dinilai = 100)",
                     en="ikpa(all assessed indicators = 100)")
_CLOSED_RAISE = Teks(id="x = (IKPA yang diperlukan − nilai) × Σ bobot / bobot_{name}",
                     en="x = (IKPA needed − nilai) × Σ bobot / bobot_{name}")
_RAISE_PER_INDICATOR = Teks(id="IKPA {goal} dari {current}: kenaikan per indikator ({aturan})",
                            en="IKPA {goal} from {current}: raise per indicator ({aturan})")


@attrs.frozen
class _IkpaOptions:
    """The keyword options of :func:`sakip.ikpa` a question was asked with, passed on as given."""

    aturan: str | None = None
    tahun: int | None = None
    dispensasi_spm: Any = None
    blu: Any = False
    triwulan: Any = None
    opsi: tuple[Any, ...] = ()
    di_atas_100: Any = "batasi"

    def ikpa(self, scores: Mapping[str, Any]) -> Any:
        """:func:`sakip.ikpa` of ``scores`` with these options."""
        from sakip.ikpa import ikpa

        return ikpa(scores, aturan=self.aturan, tahun=self.tahun,
                    dispensasi_spm=self.dispensasi_spm, blu=self.blu, triwulan=self.triwulan,
                    opsi=self.opsi, di_atas_100=self.di_atas_100)


def _ikpa_options(aturan: str | None, tahun: int | None, dispensasi_spm: Any, blu: Any,
                  triwulan: Any, opsi: Any, di_atas_100: Any) -> _IkpaOptions:
    if isinstance(opsi, str) or not isinstance(opsi, Sequence):
        raise InvalidTypeError(field="opsi", expected="a sequence of adjustment names "
                               "(opsi=['ta-2025-efisiensi'])", received=opsi)
    return _IkpaOptions(aturan=aturan, tahun=tahun, dispensasi_spm=dispensasi_spm, blu=blu,
                        triwulan=triwulan, opsi=tuple(opsi), di_atas_100=di_atas_100)


@attrs.frozen
class _IkpaForward:
    """:func:`sakip.ikpa` with indicator ``name`` at ``x``, the other scores as given."""

    scores: tuple[tuple[str, Any], ...]
    name: str
    options: _IkpaOptions

    def __call__(self, x: Decimal) -> Any:
        return self.options.ikpa(dict(self.scores) | {self.name: x})


@attrs.frozen
class _RaiseForward:
    """The IKPA after raising one indicator by ``x`` from a published total, as a composite.

    :func:`sakip.weighted_score` of the current nilai (weight Σw) and the raise
    (weight w) is ``(Σw·nilai + w·x) / (Σw + w)``; :class:`_RaiseMeasure` turns
    it into the new IKPA ``(Σw·nilai + w·x) / Σw``.
    """

    current: Decimal
    total_weight: Decimal
    name: str
    weight: Decimal
    citation: str

    def __call__(self, x: Decimal) -> Any:
        from sakip.composite import weighted_score

        return weighted_score({"nilai IKPA": (self.current, self.total_weight),
                               self.name: (x, self.weight)},
                              total_weight=CONTEXT.add(self.total_weight, self.weight),
                              bounds=(0, 100), sitasi=self.citation)


@attrs.frozen
class _RaiseMeasure:
    """``(Σw·nilai + w·x) / Σw``: the IKPA after the raise (see :class:`_RaiseForward`).

    Read from the composite's own components, exactly: scaling its value by
    ``(Σw + w) / Σw`` would carry the 50-digit rounding of ``/ (Σw + w)``
    (``/ 115``) into the IKPA, and 94,995 could come back as 94,99499…, one
    grid step short at a printed edge.
    """

    total_weight: Decimal
    weight: Decimal

    def __call__(self, figure: Any) -> Decimal:
        weighted_sum = exact_sum(CONTEXT.multiply(nilai, bobot)
                                 for _, nilai, bobot in figure.komponen)
        return CONTEXT.divide(weighted_sum, self.total_weight)


# --------------------------------------------------------------------- IKPA


def _ikpa_setup(scores: Mapping[str, Number | None], kategori: str, options: _IkpaOptions,
                rounding: Rounding | None) -> tuple[Any, Goal]:
    from sakip.ikpa import KATEGORI_IKPA

    # sakip.ikpa validates the scores (numbers 0–100, or its calculators' results) and options
    base = options.ikpa(scores)
    goal = Goal.from_label_bands(KATEGORI_IKPA, kategori)
    _check_range(goal, ZERO, HUNDRED, "0–100 (nilai IKPA)")
    _check_rounding(rounding)
    return base, goal


@keyword_only()
def skor_ikpa_untuk(
    scores: Mapping[str, Number | None],
    *positional: Never,
    kategori: str = "Sangat Baik",
    aturan: str | None = None,
    tahun: int | None = None,
    dispensasi_spm: Number | None = None,
    rounding: Rounding | None = None,
    grid: Number = "0.01",
    blu: bool = False,
    triwulan: int | None = None,
    opsi: Sequence[str] = (),
    di_atas_100: str = "batasi",
) -> SolutionSet:
    """For each assessed IKPA indicator, the least score (others fixed) that reaches a category.

    Parameters
    ----------
    scores, aturan, tahun, dispensasi_spm, blu, triwulan, opsi, di_atas_100:
        As for :func:`sakip.ikpa`, and passed on to it unchanged for every
        evaluation (indicators given as ``None`` are not assessed and are not
        raised; under ``opsi`` that fixes every score, no score changes the IKPA).
    kategori:
        The IKPA category to reach, *or better* (lower bounds inclusive:
        95 is Sangat Baik).
    rounding:
        How the IKPA is printed; ``None`` (default) judges the exact value, as
        :attr:`sakip.IKPA.kategori` does.
    grid:
        The precision of an indicator score (two decimals).

    Returns
    -------
    SolutionSet
        One answer per assessed indicator: the least score ≤ 100, or
        :class:`Unreachable` when even 100 on that indicator alone does not
        reach the category.  ``summary`` holds the current IKPA and category.
        When the IKPA already reaches the category, an answer below the
        current score is the least score that still keeps it.

    Notes
    -----
    ``IKPA = (Σ_others wⱼ·nilaiⱼ + wᵢ·x) / Σw − potongan`` is linear in the
    score x, so ``x = ((IKPA_needed + potongan)·Σw − Σ_others wⱼ·nilaiⱼ) / wᵢ``,
    snapped up to the grid and verified through :func:`sakip.ikpa`.

    References
    ----------
    PER-4/PB/2021; PER-5/PB/2022; PER-5/PB/2024 (weights, categories).

    Examples
    --------
    >>> s = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 90, "penyerapan_anggaran": 90,
    ...      "belanja_kontraktual": 100, "penyelesaian_tagihan": 100,
    ...      "pengelolaan_up_tup": 100, "capaian_output": 90}
    >>> needs = skor_ikpa_untuk(s, aturan="per-5-pb-2024")
    >>> needs["capaian_output"].value, needs["deviasi_halaman_iii_dipa"].value
    (Decimal('94.00'), Decimal('96.67'))
    >>> print(needs["revisi_dipa"].reason)  # doctest: +NORMALIZE_WHITESPACE
    even at revisi_dipa = 100 (an indicator scores at most 100) the exact nilai IKPA is 94,
    not Sangat Baik or better (≥ 95)

    """
    if positional:
        raise call_error(skor_ikpa_untuk, positional, locals())
    options = _ikpa_options(aturan, tahun, dispensasi_spm, blu, triwulan, opsi, di_atas_100)
    base, goal = _ikpa_setup(scores, kategori, options, rounding)
    grid_ = _grid(grid)
    total_weight = exact_sum(w for _, _, w in base.komponen)
    weighted_sum = exact_sum(CONTEXT.multiply(n, w) for _, n, w in base.komponen)
    items: list[Answer] = []
    for name, nilai, weight in base.komponen:
        potongan = base.potongan
        # Σ w·nilai of the other indicators, exact
        others = CONTEXT.subtract(weighted_sum, CONTEXT.multiply(nilai, weight))

        forward = _IkpaForward(scores=tuple(scores.items()), name=name, options=options)
        # IKPA = (others + w·x) / Σw − potongan  ⇒  x = ((v + potongan)·Σw − others) / w
        closed = _Linear(
            a=CONTEXT.divide(CONTEXT.subtract(CONTEXT.multiply(potongan, total_weight), others),
                             weight),
            b=CONTEXT.divide(total_weight, weight))

        q = Question(forward=forward, formula=Pesan(_CALL_WITH, name=name), vary=name,
                     goal=goal, grid=grid_, lower=ZERO, upper=HUNDRED, direction="least",
                     increasing=True, rounding=rounding, measure_name="nilai IKPA",
                     closed_form=closed,
                     closed_form_text=Pesan(_CLOSED_SCORE, name=name),
                     title=Pesan(_SCORE_OF, name=name, goal=goal),
                     label=name, reference=base.aturan.citation,
                     upper_reason=Pesan(_AT_MOST_100),
                     details=(("current", nilai), ("bobot", weight)),
                     sources=sources_of((n, v) for n, v in scores.items() if n != name))
        items.append(q.answer())
    return SolutionSet(title=Pesan(_PER_INDICATOR, goal=goal, aturan=base.aturan.name),
                       items=tuple(items),
                       summary=(("nilai_ikpa", base.value), ("kategori", base.kategori)))


def _raises(start: tuple[tuple[str, Decimal, Decimal], ...], needed: Decimal, inclusive: bool,
            grid: Decimal, trace: Trace | None) -> tuple[tuple[str, Decimal], ...] | None:
    """Least-total raises: ``Σ w·Δ ≥ needed`` (``>`` if not inclusive), ``Δ ≤ 100 − nilai``.

    Greedy by weight (ties: more room first, then the rule's order) fills the
    heaviest indicators first; this is optimal on the grid, because the most
    IKPA a given total of points can buy is obtained that way.
    """
    order = sorted(range(len(start)),
                   key=lambda i: (start[i][2].copy_negate(),
                                  CONTEXT.subtract(start[i][1], HUNDRED), i))
    remaining = needed
    out: list[tuple[str, Decimal]] = []
    for i in order:
        if remaining < 0 or (remaining == 0 and inclusive):
            break
        name, nilai, weight = start[i]
        room = CONTEXT.subtract(HUNDRED, nilai)
        if room <= 0 or weight == 0:
            continue
        # least grid Δ with w·Δ ≥ remaining (or > remaining)
        steps = CONTEXT.divide(remaining, CONTEXT.multiply(weight, grid))
        k = int(steps.to_integral_value(rounding=decimal.ROUND_CEILING, context=CONTEXT))
        if not inclusive and CONTEXT.multiply(Decimal(k), CONTEXT.multiply(weight, grid)) <= \
                remaining:
            k += 1
        k_room = int(CONTEXT.divide(room, grid).to_integral_value(
            rounding=decimal.ROUND_FLOOR, context=CONTEXT))
        k = min(k, k_room)
        if k <= 0:
            continue
        delta = CONTEXT.multiply(Decimal(k), grid)
        out.append((name, delta))
        remaining = CONTEXT.subtract(remaining, CONTEXT.multiply(weight, delta))
        if trace is not None:
            trace.add(Pesan(RAISE, name=name), Pesan(_LEAST_DELTA, room=room),
                      (("bobot", weight), ("nilai", nilai), (Pesan(REST_BEFORE), CONTEXT.add(
                          remaining, CONTEXT.multiply(weight, delta)))), delta)
    if remaining > 0 or (remaining == 0 and not inclusive):
        return None
    return tuple(out)


@attrs.frozen(kw_only=True)
class RaiseSet(_Rendered, Figure):
    """The least total of indicator raises that lifts the IKPA to a category.

    ``value`` is the total points raised (the objective: least total points);
    ``raises`` lists ``(indicator, from, to)``; ``figure`` is the IKPA computed
    by :func:`sakip.ikpa` with the raised scores.  Built by :func:`kenaikan_ikpa`.

    >>> import sakip
    >>> plan = sakip.simulasi.kenaikan_ikpa(
    ...     {"revisi_dipa": 80, "deviasi_halaman_iii_dipa": 80, "penyerapan_anggaran": 80,
    ...      "belanja_kontraktual": 80, "penyelesaian_tagihan": 80, "pengelolaan_up_tup": 80,
    ...      "capaian_output": 80}, aturan="per-5-pb-2024", kategori="Baik")
    >>> plan.value, plan.to_rows()[0]["indikator"], plan.figure.kategori
    (Decimal('40.00'), 'capaian_output', 'Baik')
    """

    #: The current indicator scores (``None`` where not assessed).
    scores: tuple[tuple[str, Decimal | None], ...]
    #: The IKPA rule set name.
    aturan: str
    #: The dispensasi SPM deduction, or ``None``.
    dispensasi_spm: Decimal | None
    #: The IKPA goal to reach (a category by default).
    goal: Goal
    #: The rounding under which the goal is judged, or ``None`` (exact).
    rounding: Rounding | None
    #: The score grid of the raises (``0.01`` points by default).
    grid: Decimal
    #: The scores as given (numbers or calculators' results) and the options of
    #: :func:`sakip.ikpa` they were asked with; the plan and ``figure`` are computed
    #: from them (``scores`` holds the values counted).  ``None``: ``scores`` with
    #: ``aturan`` and ``dispensasi_spm``.
    asked: tuple[tuple[tuple[str, Any], ...], _IkpaOptions] | None = attrs.field(
        default=None, repr=False)

    def _ikpa(self, raised: Mapping[str, Decimal]) -> Any:
        """:func:`sakip.ikpa` of the scores with ``raised`` replacing some of them."""
        if self.asked is None:
            options = _IkpaOptions(aturan=self.aturan, dispensasi_spm=self.dispensasi_spm)
            return options.ikpa(dict(self.scores) | dict(raised))
        given, options = self.asked
        return options.ikpa(dict(given) | dict(raised))

    @property
    def raises(self) -> tuple[tuple[str, Decimal, Decimal], ...]:
        """``(indicator, current score, raised score)`` for each raised indicator."""
        current = dict(self.scores)
        out = []
        for name, delta in _raise_plan(self, None) or ():
            before = current[name]
            assert before is not None
            out.append((name, before, CONTEXT.add(before, delta)))
        return tuple(out)

    @property
    def figure(self) -> Any:
        """The IKPA with the raised scores, through :func:`sakip.ikpa`."""
        return self._ikpa({name: after for name, _, after in self.raises})

    @property
    def reachable(self) -> bool:
        """Always True (an unreachable goal gives :class:`Unreachable`)."""
        return True

    def _derive(self, trace: Trace) -> Decimal:
        plan = _raise_plan(self, trace)
        assert plan is not None
        total = exact_sum(d for _, d in plan)
        trace.add(Pesan(_TOTAL_RAISED), "Σ Δ", tuple(plan), total, note=Pesan(_GREEDY))
        return total

    def _title(self) -> str:
        return Pesan(_LEAST_RAISES_OF, goal=self.goal, aturan=self.aturan)

    def _reference(self) -> str:
        return rules.find("ikpa", self.aturan).citation

    def to_rows(self, rounding: Rounding | None = None) -> list[dict[str, Any]]:
        """One row per raised indicator: indikator, nilai, nilai_baru, and the raise as
        ``value`` (exact) and ``rounded`` (under ``rounding``, 2 decimals half-up if None)."""
        policy = check_rounding(rounding)
        out = []
        for name, before, after in self.raises:
            delta = CONTEXT.subtract(after, before)
            out.append({"indikator": name, "nilai": before, "nilai_baru": after,
                        "value": delta, "rounded": policy.apply(delta)})
        return out

    def to_row(self, rounding: Rounding | None = None) -> dict[str, Any]:
        """The whole plan as one row: goal, aturan, the IKPA reached, the raises as text,
        and the total raised as ``value`` and ``rounded``."""
        policy = check_rounding(rounding)
        return {"goal": tulis(self.goal, "en"), "aturan": self.aturan,
                "nilai_ikpa": self.figure.value,
                "kenaikan": ", ".join(f"{n} +{_text(CONTEXT.subtract(a, b))}"
                                      for n, b, a in self.raises),
                "value": self.value, "rounded": policy.apply(self.value)}


def _raise_plan(data: RaiseSet, trace: Trace | None) -> tuple[tuple[str, Decimal], ...] | None:
    base = data._ikpa({})
    region = _value_region(data.goal, data.rounding)
    if region.lower is None:  # the table's lowest category (Kurang or better): always met
        if trace is not None:
            trace.add(Pesan(GOAL), Pesan(_SHOWN_GOAL, shown="nilai IKPA", goal=data.goal),
                      (("nilai IKPA", base.value),),
                      Pesan(_ANY_IKPA), note=Pesan(_LOWEST))
        return ()
    total_weight = exact_sum(w for _, _, w in base.komponen)
    weighted_sum = exact_sum(CONTEXT.multiply(n, w) for _, n, w in base.komponen)
    # IKPA = Σ w·nilai / Σw − potongan, so the raises must add
    # Σ w·Δ ≥ (threshold + potongan)·Σw − Σ w·nilai: exact, no division.
    needed = CONTEXT.subtract(
        CONTEXT.multiply(CONTEXT.add(region.lower, base.potongan), total_weight), weighted_sum)
    if trace is not None:
        trace.add(Pesan(GOAL), Pesan(_SHOWN_GOAL, shown="nilai IKPA", goal=data.goal),
                  (("nilai IKPA", base.value), (Pesan(ROUNDING), rounding_words(data.rounding))),
                  Pesan(_SHOWN_GOAL, shown="nilai IKPA", goal=region.bounds_text()))
        trace.add(Pesan(_NEEDED), Pesan(_NEEDED_FORMULA),
                  (("Σ bobot", total_weight), ("Σ bobot × nilai", weighted_sum),
                   ("potongan", base.potongan)),
                  needed, note=Pesan(_NEEDED_NOTE))
    return _raises(base.komponen, needed, region.lower_inclusive, data.grid, trace)


@keyword_only()
def kenaikan_ikpa(
    scores: Mapping[str, Number | None],
    *positional: Never,
    kategori: str = "Sangat Baik",
    aturan: str | None = None,
    tahun: int | None = None,
    dispensasi_spm: Number | None = None,
    rounding: Rounding | None = None,
    grid: Number = "0.01",
    blu: bool = False,
    triwulan: int | None = None,
    opsi: Sequence[str] = (),
    di_atas_100: str = "batasi",
) -> RaiseSet | Unreachable:
    """The smallest set of indicator raises (least total points) that reaches an IKPA category.

    The objective is the least total of points raised over all indicators
    (each raise on the score grid, no score above 100).  A point on an
    indicator of weight w adds ``w / Σw`` to the IKPA, so the heaviest
    indicators are raised first; ties go to the indicator with more room,
    then to the rule's order.  That greedy plan is optimal on the grid.

    The parameters are those of :func:`skor_ikpa_untuk`; ``aturan``,
    ``tahun``, ``dispensasi_spm``, ``blu``, ``triwulan``, ``opsi`` and
    ``di_atas_100`` are passed on to :func:`sakip.ikpa` unchanged.  A score
    counted above 100 (``di_atas_100="pertahankan"``) has no room and is not
    raised; a raised indicator becomes a plain score.

    Returns
    -------
    RaiseSet or Unreachable
        The plan (``value`` = total points), or the reason (every indicator at
        100 still short, e.g. because of the dispensasi deduction).

    References
    ----------
    PER-5/PB/2022 and PER-5/PB/2024 (weights, categories); the objective is
    sakip's, documented here, not a regulation's.

    Examples
    --------
    >>> s = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 90, "penyerapan_anggaran": 90,
    ...      "belanja_kontraktual": 100, "penyelesaian_tagihan": 100,
    ...      "pengelolaan_up_tup": 100, "capaian_output": 90}
    >>> plan = kenaikan_ikpa(s, aturan="per-5-pb-2024")
    >>> plan.value, [(n, str(b), str(a)) for n, b, a in plan.raises]
    (Decimal('4.00'), [('capaian_output', '90', '94.00')])
    >>> plan.figure.kategori
    'Sangat Baik'
    """
    if positional:
        raise call_error(kenaikan_ikpa, positional, locals())
    options = _ikpa_options(aturan, tahun, dispensasi_spm, blu, triwulan, opsi, di_atas_100)
    base, goal = _ikpa_setup(scores, kategori, options, rounding)
    grid_ = _grid(grid)
    # the scores as the IKPA counted them (a calculator's 110 capped at 100), None if not assessed
    counted = {name: nilai for name, nilai, _ in base.komponen}
    kept = tuple((name, counted.get(name)) for name in scores)
    dispensasi = base.potongan if base.aturan.dispensasi == "potongan" else None
    plan = RaiseSet(value=ZERO, scores=kept, aturan=base.aturan.name, dispensasi_spm=dispensasi,
                    goal=goal, rounding=rounding, grid=grid_, sources=sources_of(scores.items()),
                    asked=(tuple(scores.items()), options))
    steps = _raise_plan(plan, None)
    if steps is None:
        # every assessed indicator with room at 100 (one counted above 100 kept as given)
        best = plan._ikpa({n: HUNDRED for n, v in kept if v is not None and v < HUNDRED})
        reason = Pesan(_EVEN_AT_100, value=_brief(best.value), goal=goal)
        q = Question(forward=_Constant(best), formula=Pesan(_CALL_ALL_100),
                     vary="scores", goal=goal, grid=grid_, lower=ZERO, upper=HUNDRED,
                     increasing=True, rounding=rounding, measure_name="nilai IKPA",
                     title=Pesan(_LEAST_RAISES, goal=goal), unreachable_reason=reason,
                     reference=base.aturan.citation)
        return Unreachable(question=q, reason=reason)
    return plan._computed(exact_sum(d for _, d in steps))


@keyword_only()
def kenaikan_ikpa_dari_nilai(
    *positional: Never,
    nilai: Number,
    kategori: str = "Sangat Baik",
    aturan: str | None = None,
    tahun: int | None = None,
    rounding: Rounding | None = None,
    grid: Number = "0.01",
) -> SolutionSet:
    """From a published IKPA total alone, the raise of each indicator that would reach a category.

    When only the nilai IKPA is known (an LKj prints 91,95, not the
    indicators), the raise an indicator needs is still exact: with every
    indicator assessed, one point on an indicator of weight w adds ``w / 100``
    to the IKPA.  A raise above 100 points is impossible whatever the scores
    (:class:`Unreachable`); a smaller one is possible if the indicator's score
    is at most ``100 − raise`` (the scores are not known).

    References
    ----------
    PER-4/PB/2021; PER-5/PB/2022; PER-5/PB/2024 (weights, categories).

    Examples
    --------
    >>> r = kenaikan_ikpa_dari_nilai(nilai="91.95", tahun=2023)
    >>> r.summary[0], r["capaian_output"].value, r["dispensasi_spm"].value
    (('nilai_ikpa_diperlukan', Decimal('95')), Decimal('12.20'), Decimal('61.00'))
    """
    if positional or nilai is REQUIRED:
        raise call_error(kenaikan_ikpa_dari_nilai, positional, locals())
    from sakip.composite import check_score
    from sakip.ikpa import KATEGORI_IKPA, _rule

    # as sakip.ikpa chooses it: aturan or tahun, and with both, a year the rule set is in force
    rule = _rule(aturan, tahun, ())
    current = check_score(nilai, "nilai")
    goal = Goal.from_label_bands(KATEGORI_IKPA, kategori)
    _check_range(goal, ZERO, HUNDRED, "0–100 (nilai IKPA)")
    _check_rounding(rounding)
    grid_ = _grid(grid)
    total_weight = exact_sum(w for _, w in rule.weights)
    region = _value_region(goal, rounding)
    items: list[Answer] = []
    for name, weight in rule.weights:

        forward = _RaiseForward(current=current, total_weight=total_weight, name=name,
                                weight=weight, citation=rule.citation)
        measure = _RaiseMeasure(total_weight=total_weight, weight=weight)
        # x = (v − nilai) × Σw / w
        closed = _Linear(a=CONTEXT.divide(CONTEXT.multiply(current, total_weight),
                                          weight).copy_negate(),
                         b=CONTEXT.divide(total_weight, weight))

        q = Question(forward=forward, formula=f"nilai + bobot_{name} × x / Σ bobot", vary=name,
                     goal=goal, grid=grid_, lower=ZERO, upper=HUNDRED, direction="least",
                     increasing=True, rounding=rounding, measure=measure,
                     measure_name="nilai IKPA", closed_form=closed,
                     closed_form_text=Pesan(_CLOSED_RAISE, name=name),
                     title=Pesan(_RAISE_OF, name=name, goal=goal, current=_text(current)),
                     label=name, reference=rule.citation,
                     upper_reason=Pesan(_NO_RAISE_ABOVE_100),
                     details=(("bobot", weight),))
        items.append(q.answer())
    # the table's lowest category (Kurang or better) has no lower bound: any IKPA, from 0
    lowest = ZERO if region.lower is None else region.lower
    needed = lowest if region.lower_inclusive else None
    summary: list[tuple[str, Any]] = [("nilai_ikpa_diperlukan", needed if needed is not None
                                       else f"> {_text(lowest)}")]
    gap = CONTEXT.subtract(lowest, current)
    summary.append(("gap", gap if gap > 0 else ZERO))
    return SolutionSet(title=Pesan(_RAISE_PER_INDICATOR, goal=goal, current=_text(current),
                                   aturan=rule.name), items=tuple(items), summary=tuple(summary))
