"""Result-mutant survivors of ``indicators``, ``budget`` and ``pemerintah_digital`` found by
their result run after the changes of session 4 (2026-12-08), each pinned by a test.

Each test names the mutation it kills.  Expected values are worked by hand from the project
reference (``shared/reference/regulations.md``, "reference §n") or are the inputs
themselves; none is produced by the code under test.
"""

from __future__ import annotations

import pytest

import sakip
from sakip.errors import InvalidTypeError


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
