"""The renderings of simulasi answers in both languages, Bahasa Indonesia by default.

Structured asserts (rows, codes, the answer's value) and the word-list check of
``test_bahasa`` (no English word of the library in the Indonesian rendering).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip import simulasi
from sakip._bahasa import tulis
from sakip.errors import InvalidValueError
from sakip.simulasi._answers import KOLOM
from tests.unit.test_bahasa import ENGLISH, _english_left

SCORES_2024 = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 90, "penyerapan_anggaran": 90,
               "belanja_kontraktual": 100, "penyelesaian_tagihan": 100,
               "pengelolaan_up_tup": 100, "capaian_output": 90}
RO = sakip.RincianOutput(kode="5635.EBA.962", pagu=105768000, realisasi=104133250, capaian=100)

#: One question of each family (answers, unreachable answers, sets, plans).
QUESTIONS: dict[str, Callable[[], Any]] = {
    # reference, rounding in published reports: 101,10 printed by truncation for 1189 / 1176
    "capaian": lambda: simulasi.realisasi_untuk(target=1176, capaian="101.10",
                                                rounding=sakip.Rounding(2, "down")),
    "capaian capped": lambda: simulasi.realisasi_untuk(target=100, capaian=130, cap=120),
    "capaian predikat": lambda: simulasi.realisasi_untuk(target="B", capaian=100),
    "solve": lambda: simulasi.solve(sakip.penyerapan, vary="realisasi",
                                    fixed={"pagu": 36716642000}, goal=95, upper=36716642000),
    "batas efisiensi": simulasi.batas_efisiensi,
    "realisasi maksimum": lambda: simulasi.realisasi_maksimum(RO, rumus="per-pagu"),
    "capaian output minimum": lambda: simulasi.capaian_output_minimum(RO, rumus="per-pagu"),
    "skor ikpa": lambda: simulasi.skor_ikpa_untuk(SCORES_2024, aturan="per-5-pb-2024"),
    "kenaikan ikpa": lambda: simulasi.kenaikan_ikpa(SCORES_2024, aturan="per-5-pb-2024"),
    "kenaikan ikpa unreachable": lambda: simulasi.kenaikan_ikpa(
        {**SCORES_2024, "revisi_dipa": 0, "deviasi_halaman_iii_dipa": 0}, tahun=2024),
    "kenaikan dari nilai": lambda: simulasi.kenaikan_ikpa_dari_nilai(nilai="91.95", tahun=2023),
    "lke": lambda: simulasi.poin_lke_untuk(perencanaan="24.50", pengukuran="25.00",
                                           pelaporan="12.00", evaluasi_internal="21.20"),
    "triwulan": lambda: simulasi.realisasi_triwulan_untuk(pagu={"52": 1000000},
                                                          realisasi={"52": 120000}, triwulan=1),
    "ikm": lambda: simulasi.kenaikan_ikm(nilai_unsur=[100] * 9, responden=29, mutu="A"),
    "pemdi": lambda: simulasi.kenaikan_pemdi(indikator=dict.fromkeys(range(1, 21), 3),
                                            predikat="Sangat Baik"),
    "renja": lambda: simulasi.realisasi_tw4_untuk(target=5, realisasi_triwulan=[2, "0.8", "1.2"],
                                                  capaian=100),
}


def _answers(result: Any) -> list[Any]:
    """The result and, for a set, each of its answers."""
    return [result, *result] if isinstance(result, simulasi.SolutionSet) else [result]


def _codes(result: Any) -> list[str]:
    """Codes a rendering writes as they are: labels, inputs, rule sets' names, attributes."""
    own = {".value", ".nilai", "maximize", "minimize", "stabilize", "value)"}
    for answer in _answers(result):
        question = getattr(answer, "question", None)
        if question is not None:
            own |= {question.label, question.vary}
        own |= {str(row.get(key) or "") for row in answer.to_rows()
                for key in ("label", "indikator", "masukan", "vary")}
    own |= {str(getattr(result, "aturan", "") or "")}
    own |= set(re.findall(r"\((?:per|pmk|permenpanrb)[-\w]*\)", tulis(result.judul("en"))))
    return sorted((c.lower() for c in own if c), key=len, reverse=True)


def _renderings(result: Any, bahasa: Any) -> dict[str, str]:
    out = {"to_text": result.to_text(bahasa), "to_html": result.to_html(bahasa),
           "judul": result.judul(bahasa), "explain": result.explain().to_text(bahasa)}
    for n, answer in enumerate(_answers(result)):
        if isinstance(answer, (simulasi.Solution, simulasi.Unreachable)):
            out[f"keterangan {n}"] = answer.keterangan(bahasa)
            out[f"explain {n}"] = answer.explain().to_text(bahasa)
    return out


@pytest.mark.parametrize("name", QUESTIONS)
def test_no_english_word_in_the_indonesian_renderings(name: str) -> None:
    """Every rendering in Bahasa Indonesia (the default): no English word of the library
    once codes (indicator names, inputs, rule sets) are removed."""
    result = QUESTIONS[name]()
    own = _codes(result)
    for what, text in _renderings(result, "id").items():
        assert text.strip() or what.startswith("keterangan"), what
        text = re.sub(r"<[^>]+>", " ", text)  # the HTML's tags
        assert not _english_left(text, own), (what, _english_left(text, own))


@pytest.mark.parametrize("name", QUESTIONS)
def test_the_default_is_indonesian_and_english_is_one_option_away(name: str) -> None:
    """``str()`` and the notebook's HTML are the ``"id"`` renderings; ``bahasa="en"`` gives
    the English title (the title's string value) and English column heads."""
    result = QUESTIONS[name]()
    assert str(result) == result.to_text() == result.to_text("id")
    assert result._repr_html_() == result.to_html() == result.to_html("id")
    assert result.judul("en") == tulis(result._title(), "en")
    assert result.judul() != result.judul("en")
    head = result.to_text("en").splitlines()[1].split()
    assert head[0] == "answer" and result.to_text().splitlines()[1].split()[0] == "jawaban"


@pytest.mark.parametrize("name", QUESTIONS)
def test_rows_are_the_same_data_in_either_language(name: str) -> None:
    """Rows are data: keys are codes and do not depend on a language; summary names are codes
    (snake_case); every key a rendering shows has its words (or is an Indonesian term)."""
    result = QUESTIONS[name]()
    rows = result.to_rows()
    keys = {key for row in rows for key in row}
    summary = dict(getattr(result, "summary", ()))
    assert all(re.fullmatch(r"[a-z_]+", key) for key in (*keys, *summary)), (keys, summary)
    for key in (*keys, *summary):
        words = KOLOM.get(key)
        if words is None:  # an Indonesian term, written the same in both languages
            assert not _english_left(key.replace("_", " "), []), key
        else:
            assert not _english_left(words.id, []), key


def test_summary_names_are_codes_with_words_in_both_languages() -> None:
    """The LKE worked example of the how-to (82,70, A): 7,31 points to AA, under the codes
    nilai_diperlukan / poin_diperlukan; the summary lines in words in each language."""
    r = simulasi.poin_lke_untuk(perencanaan="24.50", pengukuran="25.00", pelaporan="12.00",
                                evaluasi_internal="21.20")
    assert dict(r.summary) == {"nilai": Decimal("82.70"), "predikat": "A",
                               "nilai_diperlukan": Decimal("90.01"),
                               "poin_diperlukan": Decimal("7.31")}
    assert "  poin yang diperlukan: 7.31" in r.to_text().splitlines()
    assert "  points needed: 7.31" in r.to_text("en").splitlines()
    assert "<p>poin yang diperlukan: 7.31</p>" in r.to_html()
    assert "  catatan: poin yang diperlukan: 7.31" in r.explain().to_text().splitlines()
    assert "  note: points needed: 7.31" in r.explain().to_text("en").splitlines()


def test_keterangan_is_the_reason_in_a_language() -> None:
    """An unreachable answer's reason: English in ``reason`` (kept), either language through
    ``keterangan``; a reached answer has none."""
    u = QUESTIONS["capaian capped"]()
    assert isinstance(u, simulasi.Unreachable) and not u.reachable
    assert u.keterangan("en") == u.reason == u.to_row()["reason"]
    assert u.keterangan() == u.keterangan("id") != u.reason
    assert "120" in u.keterangan() and "130" in u.keterangan()
    reached = QUESTIONS["capaian"]()
    assert reached.value == Decimal("1189")
    assert reached.keterangan() == reached.keterangan("en") == reached.reason == ""


def test_a_row_is_plain_english_data_and_renders_in_indonesian() -> None:
    """``to_rows()`` holds plain cells, its prose (goal, reason) the English text, as a reviu's
    rows; the renderings (and the command's JSON) take the same rows with that prose in the
    language; codes (direction) and numbers are the same."""
    result = QUESTIONS["kenaikan dari nilai"]()
    row, said = result.to_rows()[0], result._said_rows("id")[0]
    assert type(row["goal"]) is str and row["goal"] == "Sangat Baik or better (≥ 95)"
    assert said["goal"] == "Sangat Baik atau lebih baik (≥ 95)"
    assert result._said_rows("en") == result.to_rows()
    assert {k: v for k, v in said.items() if k != "goal"} == \
        {k: v for k, v in row.items() if k != "goal"}
    assert (row["direction"], row["reachable"], row["value"]) == ("least", True, Decimal("30.50"))


@pytest.mark.parametrize("method", ["to_text", "to_html", "judul"])
def test_a_bad_language_is_refused(method: str) -> None:
    result = QUESTIONS["batas efisiensi"]()
    with pytest.raises(InvalidValueError) as caught:
        getattr(result, method)("jv")
    assert (caught.value.field, caught.value.received) == ("bahasa", "jv")


def test_the_word_list_is_the_reviu_s() -> None:
    """The check above uses test_bahasa's list (one list of the library's English words)."""
    assert "value" in ENGLISH and "reason" in ENGLISH
