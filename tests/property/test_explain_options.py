"""Style ("Results explain themselves"): explain() ends on .value for every option of every formula.

Each property draws the inputs *and* the options of one public function (rounding
formula, caps, floors, clipping, means, rumus, thresholds, rule sets) and checks that
the explanation re-derives exactly the value the result holds.  A mutation that makes
an option change the result but not the explanation (or the reverse) fails here.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

import sakip
from sakip.ikpa import deviasi_halaman_iii_dipa, penyerapan_triwulan
from tests import strategies as s


def _agrees(figure: sakip.explain.Figure) -> None:
    assert figure.explain().value == figure.value


class TestCapaianOptions:
    """Capaian: every polarisasi, both minimize formulas, cap and floor."""

    @given(t=s.positive(1000), r=s.positive(3000), pol=st.sampled_from(["maximize", "minimize"]),
           rumus=st.sampled_from(["2t-r", "t/r"]),
           cap=st.none() | s.decimals(0, 300, 1), floor=st.none() | s.decimals(-100, 100, 1))
    def test_numbers(self, t: Decimal, r: Decimal, pol: str, rumus: str,
                     cap: Decimal | None, floor: Decimal | None) -> None:
        """Maximize and minimize under both formulas, with and without cap and floor."""
        assume(cap is None or floor is None or floor <= cap)
        _agrees(sakip.capaian(target=t, realisasi=r, polarisasi=pol,
                              rumus_minimize=rumus,  # type: ignore[arg-type]
                              cap=cap, floor=floor))

    @given(low=s.positive(100), width=s.decimals(0, 100), r=s.decimals(0, 300),
           cap=st.none() | s.decimals(50, 150, 1), floor=st.none() | s.decimals(-50, 50, 1))
    def test_stabilize(self, low: Decimal, width: Decimal, r: Decimal, cap: Decimal | None,
                       floor: Decimal | None) -> None:
        """Stabilize inside, below and above the range, with cap and floor."""
        _agrees(sakip.capaian(target=(low, low + width), realisasi=r, polarisasi="stabilize",
                              cap=cap, floor=floor))

    @given(t=s.predikat(), r=s.predikat(), cap=st.none() | s.decimals(100, 150, 1))
    def test_predikat(self, t: sakip.Predikat, r: sakip.Predikat, cap: Decimal | None) -> None:
        """Predikat targets by the ordinal convention."""
        _agrees(sakip.capaian(target=t, realisasi=r, cap=cap))

    @given(target=st.lists(s.positive(1000, 2), min_size=1, max_size=5),
           real=st.lists(st.none() | s.decimals(0, 1000, 2), min_size=1, max_size=5),
           kumulatif=st.booleans())
    def test_renstra(self, target: list[Decimal], real: list[Decimal | None],
                     kumulatif: bool) -> None:
        """Renstra, cumulative or level, with blank years."""
        assume(any(v is not None for v in real[: len(target)]))
        t = {2020 + i: v for i, v in enumerate(target)}
        r = {2020 + i: v for i, v in enumerate(real[: len(target)])}
        _agrees(sakip.capaian_renstra(target=t, realisasi=r, kumulatif=kumulatif))

    @given(old=s.positive(), new=s.decimals(-1000, 1000))
    def test_percent_change(self, old: Decimal, new: Decimal) -> None:
        """Percent change."""
        _agrees(sakip.percent_change(old=old, new=new))


class TestBudgetOptions:
    """Penyerapan, efisiensi (every rumus, cap_capaian, clip), NE, capaian output, konsistensi."""

    @given(outputs=st.lists(s.rincian_outputs(), min_size=1, max_size=4),
           rumus=st.sampled_from(["pmk-214-2017", "per-pagu"]),
           cap=st.none() | s.decimals(0, 150, 1), clip=st.booleans())
    def test_efisiensi(self, outputs: list[sakip.RincianOutput], rumus: str,
                       cap: Decimal | None, clip: bool) -> None:
        """E and its NE under each formula, with and without a CO cap, clipped or not."""
        try:
            e = sakip.efisiensi(outputs, rumus=rumus,  # type: ignore[arg-type]
                                cap_capaian=cap, clip=clip)
        except sakip.NotComputableError:
            assume(False)
            raise
        _agrees(e)
        _agrees(e.nilai)
        assert e.nilai.clip is clip
        assert e.kategori == e.nilai.kategori

    @given(outputs=st.lists(s.rincian_outputs(capaian=False), min_size=1, max_size=4),
           clip=st.booleans())
    def test_efisiensi_249(self, outputs: list[sakip.RincianOutput], clip: bool) -> None:
        """The unit-cost form of PMK 249/2011."""
        _agrees(sakip.efisiensi(outputs, rumus="pmk-249-2011", clip=clip))

    @given(e=s.decimals(-100, 100, 3), clip=st.booleans())
    def test_nilai_efisiensi(self, e: Decimal, clip: bool) -> None:
        """NE clipped and unclipped."""
        ne = sakip.nilai_efisiensi(e, clip=clip)
        _agrees(ne)
        if clip:
            assert 0 <= ne.value <= 100

    @given(items=st.lists(st.tuples(s.decimals(0, 200, 1), s.positive(200, 1),
                                    st.sampled_from(["statis", "dinamis"])),
                          min_size=1, max_size=5),
           metode=st.sampled_from(["geometric", "arithmetic"]),
           cap=st.none() | s.decimals(50, 150, 1), cap_statis=st.booleans())
    def test_capaian_output(self, items: list[tuple[Decimal, Decimal, str]], metode: str,
                            cap: Decimal | None, cap_statis: bool) -> None:
        """Both means, with a cap on every ratio and with or without the statis cap."""
        c = sakip.capaian_output(items, metode=metode,  # type: ignore[arg-type]
                                 cap=cap, cap_statis=cap_statis)
        _agrees(c)
        nested = sakip.capaian_output([c, c], metode=metode)  # type: ignore[arg-type]
        _agrees(nested)

    @given(pairs=st.lists(st.tuples(s.rupiah(10**6), s.rupiah(10**6)), min_size=1, max_size=12),
           rumus=st.sampled_from(["kumulatif", "bulanan"]))
    def test_konsistensi(self, pairs: list[tuple[Decimal, Decimal]], rumus: str) -> None:
        """Both konsistensi candidates."""
        assume(any(p for _, p in pairs))
        k = sakip.konsistensi(realisasi=[a for a, _ in pairs], rpd=[p for _, p in pairs],
                              rumus=rumus)  # type: ignore[arg-type]
        _agrees(k)

    @given(pagu=s.rupiah(), frac=st.fractions(0, 1))
    def test_penyerapan(self, pagu: Decimal, frac: object) -> None:
        """Penyerapan of one amount."""
        assume(pagu > 0)
        real = Decimal(int(pagu * Decimal(str(float(frac)))))  # type: ignore[arg-type]
        assume(real <= pagu)
        _agrees(sakip.penyerapan(pagu=pagu, realisasi=real))


class TestCompositeOptions:
    """EKA and NKA under each rule set, IKPA with konversi bobot and dispensasi, LKE rule sets."""

    @given(a=s.scores(), b=s.scores(), c=s.scores(), d=s.scores(),
           aturan=st.sampled_from(["pmk-214-2017", "pmk-22-2021"]))
    def test_eka(self, a: Decimal, b: Decimal, c: Decimal, d: Decimal, aturan: str) -> None:
        """EKA under both rule sets."""
        _agrees(sakip.eka(capaian_ro=a, penyerapan=b, nilai_efisiensi=c, konsistensi=d,
                          aturan=aturan))

    @given(a=s.scores(), b=s.scores())
    def test_nka(self, a: Decimal, b: Decimal) -> None:
        """NKA 60/40."""
        _agrees(sakip.nka(eka=a, ikpa=b))

    @given(a=s.decimals(0, 200, 2), w=s.decimals(0, 100, 2))
    def test_weighted_score_bounds(self, a: Decimal, w: Decimal) -> None:
        """A general composite with custom bounds."""
        _agrees(sakip.weighted_score({"a": (a, w), "b": (100, 100 - w)}, bounds=(0, 200)))

    @given(data=st.data(), aturan=st.sampled_from(["per-4-pb-2021", "per-5-pb-2022",
                                                   "per-5-pb-2024"]),
           potongan=st.none() | s.decimals(0, 1, 2))
    def test_ikpa(self, data: st.DataObject, aturan: str, potongan: Decimal | None) -> None:
        """IKPA under each rule set, some indicators not assessed, with a deduction in 2024."""
        rule = sakip.rules.find("ikpa", aturan)
        assert isinstance(rule, sakip.rules.WeightedRuleSet)
        names = [name for name, _ in rule.weights]
        scores = {n: data.draw(st.none() | s.scores(), label=n) for n in names}
        assume(any(v is not None for v in scores.values()))
        cut = potongan if aturan == "per-5-pb-2024" else None
        _agrees(sakip.ikpa(scores, aturan=aturan, dispensasi_spm=cut))

    @given(points=st.lists(s.decimals(0, 1, 2), min_size=5, max_size=5),
           aturan=st.sampled_from(["permenpanrb-88-2021", "permenpanrb-12-2015"]))
    def test_evaluasi_akip(self, points: list[Decimal], aturan: str) -> None:
        """Both LKE rule sets."""
        rule = sakip.rules.find("lke", aturan)
        assert isinstance(rule, sakip.predikat.LKERuleSet)
        komponen = {name: weight * p for (name, weight), p in zip(rule.components, points,
                                                                   strict=False)}
        e = sakip.evaluasi_akip(aturan=aturan, **komponen)
        _agrees(e)
        assert e.predikat is sakip.Predikat.from_nilai(e.value)


class TestIKPAIndicatorOptions:
    """IKPA's deviasi (ambang, months) and penyerapan per triwulan (blokir)."""

    @given(plan=st.lists(s.rupiah(1000), min_size=12, max_size=12),
           real=st.lists(s.rupiah(1000), min_size=12, max_size=12),
           bulan=st.lists(st.integers(1, 12), min_size=1, max_size=12, unique=True),
           ambang=s.decimals(0, 20, 1))
    def test_deviasi(self, plan: list[Decimal], real: list[Decimal], bulan: list[int],
                     ambang: Decimal) -> None:
        """Deviasi with any threshold over any assessed months."""
        d = deviasi_halaman_iii_dipa(rpd={"52": plan}, realisasi={"52": real},
                                     pagu={"52": 1000}, bulan=sorted(bulan), ambang=ambang)
        _agrees(d)

    @given(pagu=s.rupiah(10**6), blokir=st.none() | s.rupiah(10**5),
           real=st.lists(s.rupiah(10**6), min_size=1, max_size=4))
    def test_penyerapan_triwulan(self, pagu: Decimal, blokir: Decimal | None,
                                 real: list[Decimal]) -> None:
        """Quarterly penyerapan with and without blokir."""
        assume(pagu > (blokir or 0))
        cum = sorted(real)
        p = penyerapan_triwulan(pagu={"52": pagu}, realisasi={"52": cum},
                                blokir=None if blokir is None else {"52": blokir})
        _agrees(p)
