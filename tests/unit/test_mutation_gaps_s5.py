"""Result-mutant survivors of ``indicators``, ``budget`` and ``pemerintah_digital`` found by
their result run after the changes of session 4 (2026-12-08), each pinned by a test.

Each test names the mutation it kills.  Expected values are worked by hand from the project
reference (``shared/reference/regulations.md``, "reference §n") or are the inputs
themselves; none is produced by the code under test.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

import sakip
from sakip.errors import InvalidTypeError, InvalidValueError


def test_renstra_row_names_the_rentang_of_a_range_target_only() -> None:
    """Kills ``is`` for ``is not`` in ``CapaianRenstra._row``: the row of a stabilize
    indicator (a range target, reference §1 item 3) carries its ``rentang`` rule; a maximize
    indicator's row has none (as ``Capaian``'s row)."""
    stabil = sakip.capaian_renstra(target={2020: (80, 90), 2021: (80, 90)},
                                   realisasi={2020: 85, 2021: 85}, agregasi="stock",
                                   polarisasi="stabilize")
    naik = sakip.capaian_renstra(target={2020: 10, 2021: 20}, realisasi={2020: 12},
                                 agregasi="flow")
    assert stabil.to_row()["rentang"] == "stabilize"
    assert stabil.to_row()["value"] == 100  # 85 inside [80, 90] (reference §1)
    assert "rentang" not in naik.to_row()


@pytest.mark.parametrize("domain", [{}, [3, 3, 3, 3], "3"], ids=["empty", "list", "text"])
def test_spbe_domain_not_a_mapping_refused_as_domain(domain: object) -> None:
    """Kills the ``field`` of ``_check_mapping(domain, "domain")`` changed in ``indeks_spbe``
    (``None``, ``"XXdomainXX"``, ``"DOMAIN"``): the refusal names ``domain`` and the value."""
    with pytest.raises(InvalidTypeError) as caught:
        sakip.indeks_spbe(domain=domain)  # type: ignore[arg-type]
    assert caught.value.field == "domain"
    assert caught.value.received == domain


def test_spbe_index_says_its_inputs_are_domains() -> None:
    """Kills ``masukan`` changed (``None``, ``"XXdomainXX"``, ``"DOMAIN"``) in
    ``indeks_spbe``: an Indeks SPBE is computed from the four domain indices (PermenPANRB
    59/2020, reference §13), which its ``masukan`` names."""
    s = sakip.indeks_spbe(domain={"kebijakan_internal": 3, "tata_kelola": 3, "manajemen": 3,
                                  "layanan": 3})
    assert s.masukan == "domain"
    assert s.value == 3  # every domain 3: 13 % + 25 % + 16,5 % + 45,5 % of 3


def test_renstra_explanation_keeps_rumus_minimize() -> None:
    """Kills ``rumus_minimize`` dropped or ``None`` in ``CapaianRenstra._derive``: a level
    minimize indicator under ``t/r`` is explained as T / R = 8 / 10 = 80 % (reference §1),
    not (2T − R) / T = 75 %."""
    c = sakip.capaian_renstra(target={2020: 10, 2021: 8}, realisasi={2020: 9, 2021: 10},
                              agregasi="stock", polarisasi="minimize", rumus_minimize="t/r")
    assert c.value == 80
    assert c.explain().steps[-1].value == 80


def test_renstra_explanation_keeps_rentang() -> None:
    """Kills ``rentang`` dropped or ``None`` in ``CapaianRenstra._derive``: 95 above the
    range 80–90 evaluated ``maximize`` is R / U = 95 / 90 (reference §1 item 3 with the
    maximize rule), not the default (2U − R) / U = 85 / 90."""
    c = sakip.capaian_renstra(target={2020: (80, 90), 2021: (80, 90)},
                              realisasi={2020: 85, 2021: 95}, agregasi="stock",
                              polarisasi="stabilize", rentang="maximize")
    expected = F(95, 90) * 100
    assert abs(F(c.value) - expected) < F(1, 10**20)
    assert abs(F(c.explain().steps[-1].value) - expected) < F(1, 10**20)


#: The seven aspects of PermenPANRB 8/2026 (reference §13), by the names the library uses.
PEMDI_ASPEK = ("tata_kelola_dan_manajemen", "penyelenggara", "data", "keamanan", "teknologi",
               "keterpaduan_layanan", "kepuasan_pengguna")


@pytest.mark.parametrize(("aspek", "field", "error"), [
    ([3] * 7, "aspek", InvalidTypeError),
    (dict.fromkeys(PEMDI_ASPEK, 3) | {"x": 3}, "aspek[x]", InvalidValueError),
    (dict.fromkeys(PEMDI_ASPEK[1:], 3), "aspek", InvalidValueError),
], ids=["not-a-mapping", "unknown", "missing"])
def test_pemdi_aspek_refusals_name_aspek(aspek: object, field: str,
                                         error: type[Exception]) -> None:
    """Kills the ``field`` of ``_check_mapping(aspek, "aspek")`` and of ``_check_keys(...,
    "aspek", rule)`` changed in ``indeks_pemdi`` (``None``, ``"XXaspekXX"``, ``"ASPEK"``)."""
    with pytest.raises(error) as caught:
        sakip.indeks_pemdi(aspek=aspek)  # type: ignore[arg-type]
    assert getattr(caught.value, "field", None) == field


def test_cumulative_minimize_renstra_under_t_r() -> None:
    """Kills ``rumus_minimize`` → ``None`` and ``trace`` → ``None`` in ``_renstra``'s
    cumulative minimize path: Σ T = 20, Σ R = 25, T / R = 80 % (reference §1; 2T − R gives
    75 %), and the explanation ends with that step."""
    c = sakip.capaian_renstra(target={2020: 10, 2021: 10}, realisasi={2020: 12, 2021: 13},
                              agregasi="flow", polarisasi="minimize", rumus_minimize="t/r")
    assert c.value == 80
    steps = c.explain().steps
    assert [s.value for s in steps] == [20, 25, 80]


def test_renstra_level_step_shows_the_final_range() -> None:
    """Kills the range shown otherwise in ``_renstra`` (the tuple itself, ``high–high``, or
    ``latest / range``): the level step shows the latest realisasi against ``low–high``."""
    c = sakip.capaian_renstra(target={2020: (80, 90), 2021: (80, 90)},
                              realisasi={2020: 85, 2021: 95}, agregasi="stock",
                              polarisasi="stabilize")
    level = c.explain().steps[0].value
    assert isinstance(level, str)
    assert level.startswith("95 ") and level.endswith(" 80–90") and "/" not in level


def test_renstra_degenerate_range_accepted() -> None:
    """Kills ``>=`` for ``>`` in ``_renstra_values``: a range whose ends are equal satisfies
    ``low <= high``; a realisasi on it is inside the range, 100 % (reference §1 item 3)."""
    c = sakip.capaian_renstra(target={2020: (80, 80)}, realisasi={2020: 80}, agregasi="stock",
                              polarisasi="stabilize")
    assert c.value == 100


def test_range_minimize_below_low_under_t_r() -> None:
    """Kills ``rumus_minimize`` → ``None`` below the range in ``_compute``: with ``rentang=
    "minimize"`` and ``t/r``, 70 below 80–90 is L / R = 80 / 70 (reference §1 item 3 with the
    minimize rule), not (2L − R) / L = 112,5 %."""
    c = sakip.capaian(target=(80, 90), realisasi=70, polarisasi="stabilize",
                      rentang="minimize", rumus_minimize="t/r")
    assert abs(F(c.value) - F(80, 70) * 100) < F(1, 10**20)
