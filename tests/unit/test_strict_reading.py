"""One strict reading of numbers, years, quarters, dates and units (issue 16 reproducers)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import sakip
from sakip import batch, lkj
from sakip._decimal import to_decimal
from sakip.errors import InvalidTypeError, InvalidValueError, ParseError, SakipError
from sakip.numbers import Rounding, format_id, format_rupiah, round_value


def _report(**indikator: Any) -> dict[str, Any]:
    row = {"kode": "I1", "nama": "n", "target": "10", "realisasi": "12", **indikator}
    return {"schema": "sakip/lkj-1", "laporan": {"instansi": "X", "tahun": 2023},
            "indikator": [row]}


def _problem(doc: dict[str, Any]) -> str:
    with pytest.raises(lkj.LaporanError) as caught:
        lkj.load(doc)
    assert len(caught.value.errors) == 1, caught.value
    return str(caught.value.errors[0])


class TestHugeAndNaN:
    """Rounding and formatting of any magnitude sakip accepts; NaN and floats refused."""

    def test_round_value_beyond_the_precision(self) -> None:
        """10^48 rounded to 2 places keeps all 49 integer digits (it raised InvalidOperation)."""
        assert round_value(Decimal(10**48), 2) == Decimal(10**48)
        assert str(round_value(Decimal("1" + "0" * 45 + ".005"), 2)) == "1" + "0" * 45 + ".01"
        # Issue 24: more significant digits than the working precision (50) are refused.
        with pytest.raises(InvalidValueError, match="at most 50 significant digits"):
            round_value(Decimal("1" + "0" * 48 + ".005"), 2)

    def test_format_huge(self) -> None:
        """format_id(10**48, places=2) and format_rupiah(10**50) are written in full."""
        assert format_id(10**48, places=2) == "1" + ".000" * 16 + ",00"
        assert format_rupiah(10**50) == "Rp 100" + ".000" * 16

    def test_nan_refused(self) -> None:
        """round_value(NaN) is the library's error (it returned NaN)."""
        with pytest.raises(InvalidValueError, match="finite"):
            round_value(Decimal("NaN"))

    def test_rounding_apply_float(self) -> None:
        """Rounding().apply(1.5) is the library's type error (it was AttributeError)."""
        with pytest.raises(InvalidTypeError, match=r"received 1\.5"):
            Rounding().apply(1.5)  # type: ignore[arg-type]

    def test_capaian_of_a_huge_realisasi(self) -> None:
        """A realisasi of 10^48 gives a capaian that rounds and prints (seed shape, 2 places)."""
        c = sakip.capaian(target=1, realisasi=10**48)
        assert c.printed(2) == "100" + ".000" * 16 + ",00"

    def test_huge_int_message(self) -> None:
        """nka(eka=10**5000, ikpa=90) raises sakip's error (building the message failed;
        issue 17 bounds the received value's text) with a message of bounded length."""
        with pytest.raises(SakipError) as caught:
            sakip.nka(eka=10**5000, ikpa=90)
        assert len(str(caught.value)) < 1000


class TestDigits:
    """ASCII digits only, in numbers, years and dates."""

    @pytest.mark.parametrize("text", ["١٠0", "９５", "1٠", "²"])
    def test_to_decimal(self, text: str) -> None:
        """Decimal() reads other scripts' digits; to_decimal refuses them."""
        with pytest.raises(InvalidValueError):
            to_decimal(text, field="x")

    @pytest.mark.parametrize("text", ["١٠0", "９５", "95,1٥", "Rp 95%"])
    def test_parse_id(self, text: str) -> None:
        """parse_id reads ASCII digits only, and one unit mark at most."""
        with pytest.raises(ParseError):
            sakip.parse_id(text)

    @pytest.mark.parametrize("text", ["١ Mei 2023", "1 Mei ٢٠٢٣", "1 Mei 1899", "1 Mei 3000"])
    def test_dates(self, text: str) -> None:
        """Dates: ASCII digits, years 1900–2999 (the period classes' range)."""
        with pytest.raises(ParseError):
            sakip.parse_dates(text)

    def test_batch_columns(self) -> None:
        """The batch fast paths refuse other scripts' digits and None like to_decimal."""
        with pytest.raises(InvalidValueError, match=r"pagu\[0\]"):
            batch.penyerapan(pagu=["١٠0"], realisasi=["1"])
        # a None capaian is an output without capaian (and here without volumes): refused
        with pytest.raises(InvalidValueError, match=r"capaian\[0\]"):
            batch.efisiensi_outputs(pagu=["10"], realisasi=["5"], capaian=[None])  # type: ignore[list-item]
        with pytest.raises(InvalidValueError, match=r"capaian\[0\]"):
            batch.efisiensi_outputs(pagu=["10"], realisasi=["5"], capaian=["９５"])


class TestDateRanges:
    """A range that ends before it starts is an error, never a silent year shift."""

    @pytest.mark.parametrize("text", ["12 Mei - 11 Mei 2023", "31 Des - 1 Des 2024",
                                      "13 s.d 11 Mei 2023", "30 Des - 2 Jan 1900"])
    def test_refused(self, text: str) -> None:
        """These were read as 2022–2023, a 336-day range, refused, and a start in 1899."""
        with pytest.raises(ParseError):
            sakip.parse_dates(text)

    def test_new_year(self) -> None:
        """A start month later than the end month crosses New Year (documented rule)."""
        assert sakip.parse_dates("30 Des - 2 Jan 2024") == (date(2023, 12, 30), date(2024, 1, 2))


class TestReportFile:
    """The report file: canonical keys, ranges, units and unique JSON keys."""

    def test_year_keys_canonical(self) -> None:
        """'02023' is refused, not merged with '2023' by int()."""
        doc = _report(realisasi_sebelumnya={"2023": "100", "02023": "50"})
        assert _problem(doc).startswith("indikator[1].realisasi_sebelumnya.02023: expected a "
                                        "year 1900–2999")

    @pytest.mark.parametrize("key", ["²", "1899", "3000", " 2022", "2022 "])
    def test_year_keys(self, key: str) -> None:
        """Superscripts, years out of range and padded keys are refused."""
        assert "realisasi_sebelumnya" in _problem(_report(realisasi_sebelumnya={key: "1"}))

    @pytest.mark.parametrize("key", ["0", "5", "9", "04", "٤"])
    def test_quarters(self, key: str) -> None:
        """Triwulan keys are 1–4 written canonically ('04' was read as TW IV, '9' ignored)."""
        doc = _report(triwulan={"target": {key: "1"}})
        assert _problem(doc).startswith(f"indikator[1].triwulan.target.{key}: expected a "
                                        "quarter 1–4")

    @pytest.mark.parametrize("tahun", [-5, 0, 1899, 3000, 2**63 - 1])
    def test_laporan_tahun(self, tahun: int) -> None:
        """laporan.tahun lies in 1900–2999."""
        doc = _report()
        doc["laporan"]["tahun"] = tahun
        assert _problem(doc) == f"laporan.tahun: expected an integer 1900–2999; received {tahun}"

    def test_contradicting_units(self) -> None:
        """A target of '100%' with a realisasi of 'Rp 95' is refused at the realisasi."""
        assert _problem(_report(target="100%", realisasi="Rp 95")) == (
            "indikator[1].realisasi: expected the unit of indikator[1].target ('%'); "
            "received 'Rp 95'")
        assert "no 'Rp'" in _problem(_report(capaian="Rp 120"))

    def test_units_agree(self) -> None:
        """Percent on both sides, or no marks, is accepted."""
        assert lkj.load(_report(target="100%", realisasi="95,5%", capaian="95,50%"))

    def test_digit_limit(self) -> None:
        """A printed number of more than 30 digits is refused by its length."""
        assert "at most 30 digits" in _problem(_report(realisasi="1" + "0" * 48))

    def test_json_duplicate_keys(self, tmp_path: Path) -> None:
        """JSON duplicate keys are refused, as TOML refuses them (the last one won)."""
        path = tmp_path / "r.json"
        text = json.dumps(_report())
        path.write_text(text.replace('"tahun": 2023', '"tahun": 2023, "tahun": 2024'),
                        encoding="utf-8")
        with pytest.raises(lkj.LaporanError, match="'tahun'"):
            lkj.load(path)


class TestApiYears:
    """Year keys passed to the API: ints within the period classes' range, checked first."""

    @pytest.mark.parametrize("target", [{1899: 1}, {3000: 1}, {2023: 1, "x": 2}])
    def test_capaian_renstra(self, target: dict[Any, int]) -> None:
        """Out-of-range or mixed keys are sakip's error (mixed keys crashed sorted())."""
        with pytest.raises(SakipError):
            sakip.capaian_renstra(target=target, realisasi={2023: 1}, kumulatif=True)


class _Int64:
    """An exact integer of another library (as numpy.int64 is): it has ``__index__``."""

    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


def test_an_integer_of_another_library_is_its_exact_value() -> None:
    """Found by a new user: numpy.int64 from a DataFrame was refused with the float advice."""
    from sakip._decimal import to_decimal

    assert to_decimal(_Int64(36716642000), field="pagu") == 36716642000
    # the seed prints IKK 1.3's capaian 748 / 447 as 167,33
    assert sakip.capaian(target=_Int64(447), realisasi=748).value.quantize(  # type: ignore[arg-type]
        Decimal("0.01"), rounding="ROUND_DOWN") == Decimal("167.33")


def test_nan_is_named_an_empty_cell_not_a_float() -> None:
    """pandas shows an empty cell as NaN: the message says so, not 'convert a float'."""
    with pytest.raises(sakip.errors.InvalidTypeError) as caught:
        sakip.capaian(target=float("nan"), realisasi=1)  # type: ignore[arg-type]
    assert caught.value.field == "target" and "empty cell" in (caught.value.expected or "")
    assert str(caught.value.received) == "nan"
    with pytest.raises(sakip.errors.InvalidTypeError) as caught:
        sakip.capaian(target=True, realisasi=1)  # a bool is no integer here
    assert "Decimal(str(x))" in (caught.value.expected or "")
