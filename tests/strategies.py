"""The one source of generated data for property tests."""

from __future__ import annotations

import decimal
from decimal import Decimal

from hypothesis import strategies as st

from sakip import Predikat, RincianOutput, Rounding


def decimals(
    min_value: int | str | Decimal = 0, max_value: int | str | Decimal = 10**6, places: int = 4
) -> st.SearchStrategy[Decimal]:
    """Finite Decimals in a range with at most ``places`` decimals."""
    return st.decimals(
        min_value=Decimal(min_value), max_value=Decimal(max_value), places=places,
        allow_nan=False, allow_infinity=False,
    )


def positive(max_value: int = 10**6, places: int = 4) -> st.SearchStrategy[Decimal]:
    """Strictly positive Decimals."""
    return decimals(Decimal(1).scaleb(-places), max_value, places)


def rupiah(max_value: int = 10**13) -> st.SearchStrategy[Decimal]:
    """Whole-rupiah amounts."""
    return st.integers(min_value=0, max_value=max_value).map(Decimal)


def roundings() -> st.SearchStrategy[Rounding]:
    """Every rounding policy sakip offers."""
    return st.builds(
        Rounding,
        places=st.integers(min_value=0, max_value=6),
        mode=st.sampled_from(["half_up", "down", "half_even", "up"]),
    )


def predikat() -> st.SearchStrategy[Predikat]:
    """Any predikat."""
    return st.sampled_from(list(Predikat))


def scores() -> st.SearchStrategy[Decimal]:
    """Scores 0–100 with up to three decimals."""
    return decimals(0, 100, 3)


#: Every signal of the decimal module, for traps and flags.
SIGNALS = (decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.InvalidOperation,
           decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow,
           decimal.FloatOperation)


def foreign_contexts() -> st.SearchStrategy[dict[str, object]]:
    """Keyword arguments of a hostile caller decimal context: every attribute of
    ``decimal.Context`` (prec, rounding, Emin, Emax, capitals, clamp, traps, flags)."""
    return st.fixed_dictionaries({
        "prec": st.integers(min_value=1, max_value=60),
        "rounding": st.sampled_from([decimal.ROUND_DOWN, decimal.ROUND_CEILING,
                                     decimal.ROUND_HALF_EVEN, decimal.ROUND_UP,
                                     decimal.ROUND_FLOOR, decimal.ROUND_05UP,
                                     decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN]),
        "Emin": st.sampled_from([-1, -2, -5, -30]) | st.integers(-999_999, 0),
        "Emax": st.sampled_from([0, 1, 2, 5, 30]) | st.integers(0, 999_999),
        "capitals": st.sampled_from([0, 1]),
        "clamp": st.sampled_from([0, 1]),
        "traps": st.lists(st.sampled_from(SIGNALS), unique=True) | st.just(list(SIGNALS)),
        "flags": st.lists(st.sampled_from(SIGNALS), unique=True),
    })


#: The most hostile context of all: one digit, exponents -1..1, every trap, lower case,
#: clamping, every flag already raised.
HOSTILE_CONTEXT = {"prec": 1, "rounding": decimal.ROUND_05UP, "Emin": -1, "Emax": 1,
                   "capitals": 0, "clamp": 1, "traps": list(SIGNALS), "flags": list(SIGNALS)}


def rincian_outputs(
    max_pagu: int = 10**12, capaian: bool = True
) -> st.SearchStrategy[RincianOutput]:
    """Valid budget outputs: realisasi ≤ pagu, capaian 0–200 %, or volumes."""

    @st.composite
    def build(draw: st.DrawFn) -> RincianOutput:
        pagu = draw(st.integers(min_value=1, max_value=max_pagu))
        realisasi = draw(st.integers(min_value=0, max_value=pagu))
        kode = draw(st.from_regex(r"[0-9]{4}\.[A-Z]{3}\.[0-9]{3}", fullmatch=True))
        if capaian:
            co = draw(decimals(0, 200, 2))
            return RincianOutput(kode=kode, pagu=pagu, realisasi=realisasi, capaian=co)
        target = draw(st.integers(min_value=1, max_value=10**4))
        real = draw(st.integers(min_value=1, max_value=2 * 10**4))
        return RincianOutput(kode=kode, pagu=pagu, realisasi=realisasi, realisasi_volume=real,
                             target_volume=target)

    return build()


def close(a: Decimal, b: Decimal, rel: str = "1e-40") -> bool:
    """Whether ``a`` and ``b`` agree to a relative ``rel``, computed in a 120-digit context."""
    with decimal.localcontext(decimal.Context(prec=120)):
        return abs(a - b) <= Decimal(rel) * (1 + abs(a) + abs(b))


def output_columns(max_rows: int = 20) -> st.SearchStrategy[dict[str, list[str]]]:
    """Columns pagu, realisasi (≤ pagu) and capaian of valid outputs, as text from a CSV file."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, list[str]]:
        n = draw(st.integers(min_value=1, max_value=max_rows))
        pagu, realisasi, capaian = [], [], []
        for _ in range(n):
            p = draw(st.integers(min_value=1, max_value=10**13))
            pagu.append(str(p))
            realisasi.append(str(draw(st.integers(min_value=0, max_value=p))))
            capaian.append(str(draw(decimals("0.01", 250, 2))))
        return {"pagu": pagu, "realisasi": realisasi, "capaian": capaian}

    return build()


def ikpa_columns(names: list[str], max_rows: int = 10) -> st.SearchStrategy[
        dict[str, list[Decimal | None]]]:
    """One column per indicator; some cells None (not assessed), never a whole row."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, list[Decimal | None]]:
        n = draw(st.integers(min_value=1, max_value=max_rows))
        cols: dict[str, list[Decimal | None]] = {name: [] for name in names}
        for _ in range(n):
            keep = draw(st.integers(min_value=0, max_value=len(names) - 1))
            for i, name in enumerate(names):
                blank = i != keep and draw(st.booleans()) and draw(st.booleans())
                cols[name].append(None if blank else draw(scores()))
        return cols

    return build()
