"""Property tests for the IKPA per-indicator calculators (domain reference §5 and §11)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip import batch
from sakip._decimal import CONTEXT, EXACT
from sakip.ikpa import deviasi_halaman_iii_dipa, penyerapan_triwulan, potongan_dispensasi_spm
from tests import strategies as s

FEW = settings(max_examples=25)
MONTHS = st.integers(min_value=1, max_value=12)
YEARS = st.sampled_from([2024, 2025, 2026])


class TestCapaianOutput:
    """§11: 30 % ketepatan waktu + 70 % mean over ROs of min(PCRO/TPCRO or RVRO/volume, 100)."""

    @FEW
    @given(ro=s.capaian_ros(), kw=s.scores(), bulan=MONTHS, tahun=YEARS)
    def test_range_and_explain(self, ro: list[sakip.CapaianRO], kw: Decimal, bulan: int,
                               tahun: int) -> None:
        """The score lies in [0, 100] and explain() re-derives it."""
        co = sakip.ikpa_capaian_output(ro, ketepatan_waktu=kw, bulan=bulan, tahun=tahun)
        assert 0 <= co.value <= 100
        assert co.explain().value == co.value

    @FEW
    @given(ro=s.capaian_ros(), kw=s.scores(), more=s.scores(), bulan=MONTHS, tahun=YEARS)
    def test_on_time_never_lowers(self, ro: list[sakip.CapaianRO], kw: Decimal, more: Decimal,
                                  bulan: int, tahun: int) -> None:
        """A better timeliness score never lowers the indicator."""
        low, high = sorted((kw, more))
        a = sakip.ikpa_capaian_output(ro, ketepatan_waktu=low, bulan=bulan, tahun=tahun)
        b = sakip.ikpa_capaian_output(ro, ketepatan_waktu=high, bulan=bulan, tahun=tahun)
        assert a.value <= b.value

    @FEW
    @given(ro=s.capaian_ros(), extra=s.decimals(0, 100, 2), index=st.integers(0, 5),
           kw=s.scores(), bulan=MONTHS)
    def test_more_realisation_never_lowers(self, ro: list[sakip.CapaianRO], extra: Decimal,
                                           index: int, kw: Decimal, bulan: int) -> None:
        """More RVRO (Formula 2) or more PCRO within Formula 1 never lowers the indicator."""
        i = index % len(ro)
        item = ro[i]
        assert item.pcro is not None and item.rvro is not None
        better = attrs.evolve(item, rvro=item.rvro + extra,
                              pcro=min(item.pcro + extra, Decimal("99.99")))
        more = [*ro[:i], better, *ro[i + 1:]]
        a = sakip.ikpa_capaian_output(ro, ketepatan_waktu=kw, bulan=bulan, tahun=2024)
        b = sakip.ikpa_capaian_output(more, ketepatan_waktu=kw, bulan=bulan, tahun=2024)
        assert a.value <= b.value

    @FEW
    @given(ro=s.capaian_ros(), khusus=s.capaian_ros(khusus=True), kw=s.scores(), bulan=MONTHS)
    def test_excluded_ros_never_change_the_result(
            self, ro: list[sakip.CapaianRO], khusus: list[sakip.CapaianRO], kw: Decimal,
            bulan: int) -> None:
        """§11 TA 2026: RO khusus (KRO FAN) are in neither numerator nor denominator."""
        a = sakip.ikpa_capaian_output(ro, ketepatan_waktu=kw, bulan=bulan, tahun=2026)
        b = sakip.ikpa_capaian_output([*ro, *khusus], ketepatan_waktu=kw, bulan=bulan,
                                      tahun=2026)
        assert a.value == b.value


class TestRevisiDIPA:
    """§11: per semester 0–1 → 110, 2 → 100, ≥ 3 → 50; the year the mean."""

    @FEW
    @given(a=s.revision_counts(), b=s.revision_counts(), fewer=s.revision_counts())
    def test_range_and_fewer_never_lower(self, a: int, b: int, fewer: int) -> None:
        """The score lies in [50, 110]; fewer revisions never lower it."""
        r = sakip.ikpa_revisi_dipa(semester_i=a, semester_ii=b)
        assert 50 <= r.value <= 110 and r.explain().value == r.value
        better = sakip.ikpa_revisi_dipa(semester_i=min(a, fewer), semester_ii=b)
        assert better.value >= r.value


class TestBelanjaKontraktual:
    """§11: 20 % distribusi + 40 % kontrak dini + 40 % akselerasi 53."""

    @FEW
    @given(share=s.scores(), more=s.scores(), dates=s.contract_dates(2025),
           pair=s.count_pairs(), lain=s.decimals(0, 110, 2))
    def test_range_and_monotone(self, share: Decimal, more: Decimal, dates: list[datetime.date],
                                pair: tuple[int, int], lain: Decimal) -> None:
        """In [0, 108]; a larger share by TW II and earlier contracts never lower it."""
        k = sakip.ikpa_belanja_kontraktual(tahun=2025, distribusi_tw2=share, kontrak_dini=dates,
                                           nilai_kontrak_lain=lain, akselerasi_53=pair)
        assert 0 <= k.value <= 108 and k.explain().value == k.value
        higher = sakip.ikpa_belanja_kontraktual(
            tahun=2025, distribusi_tw2=max(share, more), kontrak_dini=dates,
            nilai_kontrak_lain=lain, akselerasi_53=pair)
        assert higher.value >= k.value
        earlier = [d - datetime.timedelta(days=60) for d in dates]
        e = sakip.ikpa_belanja_kontraktual(tahun=2025, distribusi_tw2=share,
                                           kontrak_dini=earlier, nilai_kontrak_lain=lain,
                                           akselerasi_53=pair)
        assert e.value >= k.value


class TestUPTUP:
    """§11: 90 % tunai (50/25/25) + 10 % KKP (110 reached, 100 not)."""

    @FEW
    @given(parts=st.lists(s.scores(), min_size=3, max_size=3), up=s.positive(10**9, 0),
           real=s.cumulative(4, 10**9), extra=s.rupiah(10**9))
    def test_range_and_more_kkp_never_lowers(self, parts: list[Decimal], up: Decimal,
                                             real: list[Decimal], extra: Decimal) -> None:
        """In [0, 101]; more KKP spending never lowers the score."""
        a = sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=parts[0], gup_disebulankan=parts[1],
                                          setoran_tup=parts[2], up_kkp=up, realisasi_kkp=real)
        assert 0 <= a.value <= 101 and a.explain().value == a.value
        b = sakip.ikpa_pengelolaan_up_tup(ketepatan_waktu=parts[0], gup_disebulankan=parts[1],
                                          setoran_tup=parts[2], up_kkp=up,
                                          realisasi_kkp=[r + extra for r in real])
        assert b.value >= a.value


class TestPenyelesaianTagihan:
    """§11: SPM-LS on time ÷ all × 100."""

    @FEW
    @given(pair=s.count_pairs())
    def test_range_and_more_on_time_never_lowers(self, pair: tuple[int, int]) -> None:
        """In [0, 100]; one more on-time SPM (of the same total) never lowers it."""
        on_time, total = pair
        a = sakip.ikpa_penyelesaian_tagihan(tepat_waktu=on_time, jumlah=total)
        assert 0 <= a.value <= 100 and a.explain().value == a.value
        b = sakip.ikpa_penyelesaian_tagihan(tepat_waktu=min(on_time + 1, total), jumlah=total)
        assert b.value >= a.value


class TestPenyerapan:
    """§5, §11: quarterly absorption against cumulative targets, quarters that have ended."""

    @FEW
    @given(n=st.integers(1, 4), data=st.data())
    def test_range_more_never_lowers_and_future_quarters_ignored(self, n: int,
                                                                 data: st.DataObject) -> None:
        """In [0, 100]; more realisasi never lowers; None for later quarters changes nothing."""
        real = data.draw(s.cumulative(n, 10**6))
        pagu = max(real[-1], Decimal(1)) + data.draw(s.rupiah(10**6))
        a = penyerapan_triwulan(pagu={"52": pagu}, realisasi={"52": real})
        assert 0 <= a.value <= 100 and a.explain().value == a.value
        extra = data.draw(s.rupiah(10**6))
        b = penyerapan_triwulan(pagu={"52": pagu + extra},
                                realisasi={"52": [r + extra for r in real]})
        more = penyerapan_triwulan(pagu={"52": pagu + extra}, realisasi={"52": real})
        assert b.value >= more.value
        padded = penyerapan_triwulan(pagu={"52": pagu},
                                     realisasi={"52": [*real, *([None] * (4 - n))]}, triwulan=n)
        assert padded.value == a.value


    @FEW
    @given(n=st.integers(1, 4), data=st.data())
    def test_one_pagu_equals_the_same_pagu_every_quarter(self, n: int,
                                                         data: st.DataObject) -> None:
        """One pagu is the basis of every quarter: repeating it per quarter changes nothing,
        and a larger basis in a later quarter never raises that quarter's nilai."""
        real = data.draw(s.cumulative(n, 10**6))
        pagu = real[-1] + data.draw(s.rupiah(10**6)) + 1
        one = penyerapan_triwulan(pagu={"53": pagu}, realisasi={"53": real})
        each = penyerapan_triwulan(pagu={"53": [pagu] * n}, realisasi={"53": real})
        assert each.value == one.value and each.to_rows() == one.to_rows()
        extra = data.draw(s.rupiah(10**6))
        grown = penyerapan_triwulan(pagu={"53": [pagu] * (n - 1) + [pagu + extra]},
                                    realisasi={"53": real})
        assert grown.value <= one.value


class TestComposite:
    """§5: the composite from the calculators equals the composite from their scores."""

    @FEW
    @given(share=s.scores(), dates=s.contract_dates(2024), pair=s.count_pairs(),
           parts=st.lists(s.scores(), min_size=3, max_size=3), up=s.positive(10**9, 0),
           real=s.cumulative(2, 10**9), rpd=st.lists(s.rupiah(10**6), min_size=12,
                                                     max_size=12),
           ra=st.lists(s.rupiah(10**6), min_size=12, max_size=12),
           serapan=s.cumulative(2, 10**6), other=s.scores())
    def test_every_calculator_equals_its_score(
            self, share: Decimal, dates: list[datetime.date], pair: tuple[int, int],
            parts: list[Decimal], up: Decimal, real: list[Decimal], rpd: list[Decimal],
            ra: list[Decimal], serapan: list[Decimal], other: Decimal) -> None:
        """Kontraktual, UP/TUP, deviasi and penyerapan results give the composite of their
        values (capped at 100), and keep them with di_atas_100="pertahankan"."""
        figures = {
            "belanja_kontraktual": sakip.ikpa_belanja_kontraktual(
                tahun=2024, distribusi_tw2=share, kontrak_dini=dates, nilai_kontrak_lain=100,
                akselerasi_53=pair),
            "pengelolaan_up_tup": sakip.ikpa_pengelolaan_up_tup(
                ketepatan_waktu=parts[0], gup_disebulankan=parts[1], setoran_tup=parts[2],
                up_kkp=up, realisasi_kkp=real),
            "deviasi_halaman_iii_dipa": deviasi_halaman_iii_dipa(
                rpd={"52": rpd}, realisasi={"52": ra}, pagu={"52": 1}),
            "penyerapan_anggaran": penyerapan_triwulan(
                pagu={"53": serapan[-1] + 1}, realisasi={"53": serapan}, tahun=2024),
        }
        rest = {"revisi_dipa": other, "penyelesaian_tagihan": other, "capaian_output": other}
        from_figures = sakip.ikpa({**rest, **figures}, tahun=2024)
        capped = {k: min(v.value, Decimal(100)) for k, v in figures.items()}
        assert from_figures.value == sakip.ikpa({**rest, **capped}, tahun=2024).value
        kept = sakip.ikpa({**rest, **figures}, tahun=2024, di_atas_100="pertahankan")
        weights = dict(sakip.ikpa_rule_for(2024).weights)
        values = {**rest, **{k: v.value for k, v in figures.items()}}
        total = Decimal(0)
        for k, w in weights.items():  # the weighted sum is exact; only the quotient rounds
            total = EXACT.add(total, EXACT.multiply(w, values[k]))
        expected = CONTEXT.divide(total, Decimal(100))
        assert kept.value == expected

    @FEW
    @given(ro=s.capaian_ros(), kw=s.scores(), revisi=st.tuples(s.revision_counts(),
                                                                s.revision_counts()),
           tagihan=s.count_pairs(), other=s.scores(), blu=st.booleans())
    def test_calculators_equal_scores(self, ro: list[sakip.CapaianRO], kw: Decimal,
                                      revisi: tuple[int, int], tagihan: tuple[int, int],
                                      other: Decimal, blu: bool) -> None:
        """Same value from results and from their values (capped at 100 by default)."""
        figures = {
            "capaian_output": sakip.ikpa_capaian_output(ro, ketepatan_waktu=kw, bulan=6,
                                                        tahun=2024),
            "revisi_dipa": sakip.ikpa_revisi_dipa(semester_i=revisi[0], semester_ii=revisi[1]),
            "penyelesaian_tagihan": sakip.ikpa_penyelesaian_tagihan(tepat_waktu=tagihan[0],
                                                                    jumlah=tagihan[1]),
        }
        rest: dict[str, Decimal | None] = {
            "deviasi_halaman_iii_dipa": other, "belanja_kontraktual": other,
            "pengelolaan_up_tup": other, "penyerapan_anggaran": None if blu else other}
        from_figures = sakip.ikpa({**rest, **figures}, tahun=2024, blu=blu)
        scores = {k: min(v.value, Decimal(100)) for k, v in figures.items()}
        from_scores = sakip.ikpa({**rest, **scores}, tahun=2024, blu=blu)
        assert from_figures.value == from_scores.value
        assert from_figures.explain().value == from_figures.value
        kept = sakip.ikpa({**rest, **figures}, tahun=2024, blu=blu, di_atas_100="pertahankan")
        assert kept.value >= from_figures.value


class TestBatch:
    """The batch calculators give the per-figure digits, satker by satker."""

    @FEW
    @given(data=st.data(), bulan=MONTHS, tahun=YEARS)
    def test_capaian_output_digit_identity(self, data: st.DataObject, bulan: int,
                                           tahun: int) -> None:
        """Each satker's value equals ikpa_capaian_output on its rows."""
        per_satker = {key: data.draw(s.capaian_ros(max_size=4)) for key in ("A", "B", "C")}
        if tahun == 2026:
            per_satker["A"] = per_satker["A"] + data.draw(s.capaian_ros(max_size=2, khusus=True))
        kw = {key: data.draw(s.scores()) for key in per_satker}
        rows = [(key, ro) for key, ros in per_satker.items() for ro in ros]
        rows = data.draw(st.permutations(rows))
        got = batch.ikpa_capaian_output_satker(
            satker=[k for k, _ in rows], kode=[r.kode for _, r in rows],
            pcro=[r.pcro for _, r in rows], tpcro=[r.tpcro for _, r in rows],
            rvro=[r.rvro for _, r in rows], volume=[r.volume for _, r in rows],
            terkonfirmasi=[r.terkonfirmasi for _, r in rows],
            ketepatan_waktu=kw, bulan=bulan, tahun=tahun)
        for key in per_satker:
            ordered = [r for k, r in rows if k == key]
            expected = sakip.ikpa_capaian_output(ordered, ketepatan_waktu=kw[key], bulan=bulan,
                                                 tahun=tahun).value
            assert str(got[key]) == str(expected)

    @FEW
    @given(data=st.data(), n=st.integers(1, 4))
    def test_penyerapan_digit_identity(self, data: st.DataObject, n: int) -> None:
        """Each satker's value equals penyerapan_triwulan on its summed rows."""
        keys = data.draw(st.lists(st.sampled_from(["A", "B"]), min_size=1, max_size=8))
        jenis = [data.draw(st.sampled_from(["51", "52", "53", "57"])) for _ in keys]
        real = [data.draw(s.cumulative(n, 10**6)) for _ in keys]
        pagu = [r[-1] + data.draw(s.rupiah(10**6)) + 1 for r in real]
        got = batch.penyerapan_triwulan_satker(satker=keys, jenis_belanja=jenis, pagu=pagu,
                                               realisasi=real)
        for key in set(keys):
            sums: dict[str, tuple[Decimal, list[Decimal]]] = {}
            for k, j, p, r in zip(keys, jenis, pagu, real, strict=True):
                if k == key:
                    old_p, old_r = sums.get(j, (Decimal(0), [Decimal(0)] * n))
                    sums[j] = (old_p + p, [a + b for a, b in zip(old_r, r, strict=True)])
            expected = penyerapan_triwulan(pagu={j: v[0] for j, v in sums.items()},
                                           realisasi={j: v[1] for j, v in sums.items()}).value
            assert str(got[key]) == str(expected)


    @FEW
    @given(data=st.data())
    def test_ikpa_satker_blu_and_dispensasi_digit_identity(self, data: st.DataObject) -> None:
        """Row i of ikpa_satker with BLU and dispensasi columns equals sakip.ikpa on row i."""
        names = list(sakip.ikpa_rule_for(2024).names)
        cols = data.draw(s.ikpa_columns(names))
        n = len(cols[names[0]])
        # A BLU row has no penyerapan; flag only rows with another indicator assessed.
        blu = [data.draw(st.booleans()) and any(cols[k][i] is not None for k in names
                                                if k != "penyerapan_anggaran")
               for i in range(n)]
        cols["penyerapan_anggaran"] = [None if flag else v for flag, v in
                                       zip(blu, cols["penyerapan_anggaran"], strict=True)]
        potongan = [data.draw(st.sampled_from(["0", "0.25", "0.50", "0.75", "1"]))
                    for _ in range(n)]
        got = batch.ikpa_satker(cols, aturan="per-5-pb-2024", dispensasi_spm=potongan, blu=blu)
        for i, value in enumerate(got):
            one = sakip.ikpa({k: cols[k][i] for k in names}, aturan="per-5-pb-2024",
                             dispensasi_spm=potongan[i], blu=blu[i])
            assert str(value) == str(one.value)
            row = batch.ikpa_row(i, cols, aturan="per-5-pb-2024", dispensasi_spm=potongan,
                                 blu=blu)
            assert row.value == value


class TestExistingCalculators:
    """§5: deviasi halaman III in [0, 100]; the dispensasi deduction in [0, 1] and monotone."""

    @FEW
    @given(rpd=st.lists(s.rupiah(10**6), min_size=12, max_size=12),
           ra=st.lists(s.rupiah(10**6), min_size=12, max_size=12))
    def test_deviasi_range(self, rpd: list[Decimal], ra: list[Decimal]) -> None:
        """The deviasi score lies in [0, 100] and explain() re-derives it."""
        d = deviasi_halaman_iii_dipa(rpd={"52": rpd}, realisasi={"52": ra}, pagu={"52": 1})
        assert 0 <= d.value <= 100 and d.explain().value == d.value

    @FEW
    @given(pair=s.count_pairs(10**6), aturan=st.sampled_from(["paparan-djpb-2024",
                                                              "per-5-pb-2024"]))
    def test_dispensasi_range_and_monotone(self, pair: tuple[int, int], aturan: str) -> None:
        """More dispensation SPMs (of the same total) never lower the deduction."""
        n, total = pair
        a = potongan_dispensasi_spm(jumlah_dispensasi=n, jumlah_spm=total, aturan=aturan)
        b = potongan_dispensasi_spm(jumlah_dispensasi=min(n + 1, total), jumlah_spm=total,
                                    aturan=aturan)
        assert 0 <= a <= b <= 1


class TestRoKhususPenyerapan:
    """§11 TA 2026: RO khusus in neither numerator nor denominator of penyerapan."""

    @FEW
    @given(data=st.data(), n=st.integers(1, 4))
    def test_excluded_ros_never_change_the_result(self, data: st.DataObject, n: int) -> None:
        """Adding an RO khusus to the totals and to ro_khusus leaves the value unchanged."""
        real = data.draw(s.cumulative(n, 10**6))
        pagu = real[-1] + data.draw(s.rupiah(10**6)) + 1
        k_real = data.draw(s.cumulative(n, 10**6))
        k_pagu = k_real[-1] + data.draw(s.rupiah(10**6))
        base = penyerapan_triwulan(pagu={"53": pagu}, realisasi={"53": real}, tahun=2026,
                                   blokir={})
        with_khusus = penyerapan_triwulan(
            pagu={"53": pagu + k_pagu}, realisasi={"53": [a + b for a, b in zip(real, k_real,
                                                                                  strict=True)]},
            tahun=2026, blokir={}, ro_khusus={("5634.FAN.ZZ1", "53"): (k_pagu, k_real)})
        assert with_khusus.value == base.value
