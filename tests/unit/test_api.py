"""The API conventions of docs/explanation/architecture.md ("API conventions"), pinned.

Results are numbers where numbers are expected; composites explain their
components; error messages quote received values briefly.
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import attrs
import pytest

import sakip
from sakip._decimal import to_decimal

SCORES_2024 = {"revisi_dipa": 100, "deviasi_halaman_iii_dipa": 100,
               "penyerapan_anggaran": 100, "belanja_kontraktual": None,
               "penyelesaian_tagihan": 100, "pengelolaan_up_tup": 100, "capaian_output": 80}


def seed_eka() -> sakip.WeightedScore:
    """An EKA result whose value is the seed's EKA 97,29 (SMART), as a composite."""
    return sakip.weighted_score({"eka": ("97.29", 100)})


def test_nka_from_results_as_written_in_the_issue() -> None:
    """nka(eka=eka(...), ikpa=ikpa(...)) works and gives the same number as the plain values."""
    e = sakip.eka(capaian_ro="100", penyerapan="99.65", nilai_efisiensi="90.73", konsistensi="95")
    i = sakip.ikpa(SCORES_2024, tahun=2024)
    n = sakip.nka(eka=e, ikpa=i)
    assert n.value == sakip.nka(eka=e.value, ikpa=i.value).value
    assert [name for name, _ in n.sources] == ["eka", "ikpa"]
    assert n.sources[1][1] is i


def test_nka_explains_both_components() -> None:
    """The NKA explanation derives the EKA and the IKPA before the NKA itself."""
    e = sakip.eka(capaian_ro="100", penyerapan="99.65", nilai_efisiensi="90.73", konsistensi="95")
    i = sakip.ikpa(SCORES_2024, tahun=2024)
    n = sakip.nka(eka=e, ikpa=i)
    ex = n.explain()
    names = [step.name for step in ex.steps]
    assert names == ["eka: nilai komposit", "ikpa: nilai komposit", "nilai komposit"]
    assert ex.steps[0].value == e.value and ex.steps[1].value == i.value
    assert ex.value == n.value
    assert any(note.startswith("ikpa: kategori 'Baik'") for note in ex.notes)
    text = ex.to_text()
    assert "ikpa: nilai komposit" in text and "eka: nilai komposit" in text


def test_seed_nka_chain_prints_95_15_and_its_capaian_103_42() -> None:
    """Seed Bab III IKK 2.2: NKA 95,15 from EKA 97,29 and IKPA 91,95; capaian 95,15 / 92 = 103,42.

    Source: LKj 2023 BGP Kalsel (regulations.md §1.7: IKK 2.2 → 95,15 / 92 = 103,42 %).
    """
    n = sakip.nka(eka=seed_eka(), ikpa=sakip.parse_id("91,95"))
    assert n.printed(2) == "95,15"
    c = sakip.capaian(target=92, realisasi=n)
    assert c.printed(2, "down") == "103,42"
    assert [name for name, _ in c.sources] == ["realisasi"]
    steps = [step.name for step in c.explain().steps]
    assert steps[0] == "realisasi: eka: nilai komposit" and steps[-1] == "capaian"
    assert c.explain().value == c.value


def test_seed_percent_change_from_a_result() -> None:
    """Seed: NKA 95,15 against 91,59 last year is a change of 3,88 % (printed, truncated)."""
    p = sakip.percent_change(old="91.59", new=sakip.nka(eka="97.29", ikpa="91.95"))
    # 95,154 (exact) against 91,59 is 3,564 / 91,59 = 3,891…; the seed's 3,88 is from the
    # printed 95,15.
    assert p.printed(2, "down") == "3,89"
    assert sakip.percent_change(old="91.59", new="95.15").printed(2, "down") == "3,88"
    assert p.explain().value == p.value


@pytest.mark.parametrize("build", [
    lambda f: sakip.weighted_score({"a": (f, 60), "b": ("80", 40)}),
    lambda f: sakip.eka(capaian_ro=f, penyerapan=f, nilai_efisiensi=f, konsistensi=f),
    lambda f: sakip.nka(eka=f, ikpa=f),
    lambda f: sakip.ikpa(dict.fromkeys(SCORES_2024, f), aturan="per-5-pb-2024"),
    lambda f: sakip.evaluasi_akip(perencanaan=sakip.weighted_score({"x": ("24.50", 100)}),
                                  pengukuran=25, pelaporan=12, evaluasi_internal=21),
    lambda f: sakip.capaian(target=100, realisasi=f),
    lambda f: sakip.percent_change(old=f, new=100),
    lambda f: sakip.penyerapan(pagu=100, realisasi=f),
    lambda f: sakip.nilai_efisiensi(f),
    lambda f: sakip.normalised_score({"a": (f, 100, 60), "b": ("80", 100, 40)}),
    lambda f: sakip.nilai_kinerja_anggaran(pengelolaan_anggaran=f, indikator_kinerja_anggaran=90),
])
def test_every_composite_takes_a_result_and_explains_it(build: object) -> None:
    """Each number-taking function accepts a result, keeps it in sources and explains it."""
    figure = sakip.penyerapan(pagu=200, realisasi=150, label="komponen")  # 75
    result = build(figure)  # type: ignore[operator]
    assert result.sources, "the component result is kept"
    ex = result.explain()
    assert ex.value == result.value
    assert any("penyerapan komponen" in step.name or "nilai komposit" in step.name
               for step in ex.steps[:-1])


def test_same_number_with_or_without_the_result() -> None:
    """A result is taken as its exact value: the figure is the one from the plain number."""
    figure = sakip.nka(eka="97.29", ikpa="91.95")  # 95.154
    assert sakip.capaian(target=92, realisasi=figure).value == \
        sakip.capaian(target=92, realisasi="95.154").value
    assert sakip.nilai_efisiensi(sakip.percent_change(old=10, new=11)).value == \
        sakip.nilai_efisiensi(10).value


def test_nilai_efisiensi_of_an_efisiensi_explains_e() -> None:
    """Efisiensi.nilai keeps the E result; its explanation derives E first."""
    ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=20844639000, realisasi=20842508719,
                             capaian="119.87")
    e = sakip.efisiensi([ro], rumus="per-pagu")
    ex = e.nilai.explain()
    assert ex.steps[-2].name == "efisiensi: efisiensi"
    assert ex.printed == "99,70"  # seed tabel efisiensi: NE 99,70
    assert sakip.nilai_efisiensi(e).value == e.nilai.value


def test_eka_still_refuses_raw_e() -> None:
    """An Efisiensi (raw E) is not the nilai efisiensi EKA weights: refused, pointing to e.nilai."""
    ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=100, realisasi=90, capaian=100)
    e = sakip.efisiensi([ro])
    with pytest.raises(sakip.InvalidTypeError, match=r"pass e\.nilai"):
        sakip.eka(capaian_ro=100, penyerapan=100, nilai_efisiensi=e, konsistensi=100)
    assert sakip.eka(capaian_ro=100, penyerapan=100, nilai_efisiensi=e.nilai,
                     konsistensi=100).sources[0][0] == "nilai_efisiensi"


def test_to_decimal_takes_a_result_and_its_checks() -> None:
    """to_decimal takes a result's exact value and applies the same checks to it."""
    figure = sakip.percent_change(old=100, new=90)  # -10
    assert to_decimal(figure, field="x") == D(-10)
    with pytest.raises(sakip.InvalidValueError, match="x: expected a number >= 0"):
        to_decimal(figure, field="x", nonnegative=True)


def test_error_messages_never_dump_a_huge_repr() -> None:
    """A result or a huge number in an error is quoted briefly, and never breaks the message."""
    big = sakip.capaian_output([(2, 1)] * 200)  # 200 %, with 200 ratios in its repr
    with pytest.raises(sakip.InvalidValueError) as info:
        sakip.nka(eka=50, ikpa=big)
    assert len(str(info.value)) < 300
    assert "ratios=<200 items>" in str(info.value)  # results' reprs count their parts
    with pytest.raises(sakip.InvalidValueError, match="received <int of about 5001 digits>"):
        sakip.nka(eka=10**5000, ikpa=1)
    assert info.value.received is not None  # the value itself is kept for programs


def _figure_examples() -> list[tuple[str, object]]:
    from tests.unit.test_rows import EXAMPLES, TYPES
    return [(cls.__name__, EXAMPLES[cls.__name__]) for cls in TYPES
            if issubclass(cls, sakip.Figure)]


@pytest.mark.parametrize(("name", "build"), _figure_examples(), ids=lambda x: str(x)[:20])
def test_results_refuse_evolve_with_a_pointer(name: str, build: object) -> None:
    """attrs.evolve of any result is refused, naming the function to call instead."""
    figure = build()  # type: ignore[operator]
    with pytest.raises(sakip.InvalidTypeError, match=rf"^{name}: .*attrs\.evolve.* call \S"):
        attrs.evolve(figure)
    with pytest.raises(sakip.InvalidTypeError, match="what-if is a new call"):
        attrs.evolve(figure, value=D(1))


def test_evolve_pointer_names_the_function() -> None:
    """The refusal names the public function (or functions) that compute the figure."""
    c = sakip.capaian(target=10, realisasi=12)
    with pytest.raises(sakip.InvalidTypeError, match=r"call sakip\.capaian\(\.\.\.\)"):
        attrs.evolve(c, realisasi=D(5))
    with pytest.raises(sakip.InvalidTypeError, match=r"sakip\.nka\(\.\.\.\)"):
        attrs.evolve(sakip.nka(eka=90, ikpa=90), komponen=())
    with pytest.raises(sakip.InvalidTypeError, match=r"Penyerapan\.from_outputs"):
        attrs.evolve(sakip.penyerapan(pagu=10, realisasi=5), realisasi=D(6))


def test_what_if_is_a_new_call_and_values_still_evolve() -> None:
    """A what-if on a result is a new call; value types (inputs) evolve and re-validate."""
    ro = sakip.RincianOutput(kode="5634.SCI.010", pagu=1000, realisasi=900, capaian=100)
    changed = attrs.evolve(ro, realisasi=950)
    assert sakip.efisiensi([changed]).value != sakip.efisiensi([ro]).value
    with pytest.raises(sakip.InvalidValueError, match="realisasi <= pagu"):
        attrs.evolve(ro, realisasi=1001)


def test_copies_and_pickles_of_results_still_work() -> None:
    """Refusing evolve does not refuse copies: copy.copy and pickle give equal results."""
    import copy
    import pickle
    n = sakip.nka(eka=sakip.eka(capaian_ro=100, penyerapan=100, nilai_efisiensi=100,
                                konsistensi=100), ikpa=90)
    assert copy.copy(n) == n and copy.deepcopy(n) == n
    again = pickle.loads(pickle.dumps(n))
    assert again == n and again.explain().to_text() == n.explain().to_text()


def test_laporan_error_is_importable_from_sakip_and_errors() -> None:
    """LaporanError is one class, importable from sakip, sakip.errors and sakip.lkj."""
    import sakip.errors
    import sakip.lkj
    assert sakip.LaporanError is sakip.errors.LaporanError is sakip.lkj.LaporanError
    with pytest.raises(sakip.LaporanError) as info:
        sakip.lkj.load({"schema": "sakip/lkj-1", "laporan": {"tahun": "2023"}})
    assert isinstance(info.value, sakip.SakipError) and isinstance(info.value, ValueError)
    assert len(info.value.errors) == 2


def test_composite_formula_is_bracketed() -> None:
    """The IKPA explanation writes (10×revisi_dipa + … + 25×capaian_output) / 90, bracketed."""
    step = sakip.ikpa(SCORES_2024, tahun=2024).explain().steps[-1]
    assert step.formula == (
        "Σ (bobot × nilai) / Σ bobot = (10×revisi_dipa + 15×deviasi_halaman_iii_dipa + "
        "20×penyerapan_anggaran + 10×penyelesaian_tagihan + 10×pengelolaan_up_tup + "
        "25×capaian_output) / 90")


def _public_member(name: str) -> bool:
    """Whether a class attribute is a public member (not private, not one of the copies
    of a method that mutmut adds to the class during a mutation run)."""
    return not name.startswith("_") and "__mutmut_" not in name


def _keyword_functions() -> list[tuple[str, Any]]:
    """Every public function (and classmethod) of sakip's modules that takes keywords."""
    import importlib
    import inspect
    import pkgutil

    found = {}
    for info in pkgutil.iter_modules(sakip.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"sakip.{info.name}")
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name)
            members = [(name, obj)]
            if inspect.isclass(obj):
                members = [(f"{name}.{m}", v) for m, v in vars(obj).items()
                           if isinstance(v, classmethod) and _public_member(m)]
                members = [(n, getattr(obj, n.split(".")[1])) for n, _ in members]
            for label, fn in members:
                function = inspect.unwrap(getattr(fn, "__func__", fn))  # mutmut: a trampoline
                if inspect.isfunction(function) and function.__code__.co_kwonlyargcount:
                    found[f"{function.__module__}.{label}"] = fn
    return sorted(found.items())


KEYWORD_FUNCTIONS = _keyword_functions()


def test_keyword_functions_are_found() -> None:
    """The walk finds the keyword functions of the issue (and many more)."""
    names = {name for name, _ in KEYWORD_FUNCTIONS}
    assert {"sakip.budget.penyerapan", "sakip.nka.nka", "sakip.budget.Penyerapan.from_outputs",
            "sakip.indicators.capaian"} <= names
    assert len(names) >= 25


@pytest.mark.parametrize(("name", "function"), KEYWORD_FUNCTIONS,
                         ids=[n for n, _ in KEYWORD_FUNCTIONS])
def test_positional_misuse_says_how_to_call(name: str, function: Any) -> None:
    """Every keyword function answers a stray positional argument with its keyword form."""
    import inspect

    code = inspect.unwrap(getattr(function, "__func__", function)).__code__
    assert code.co_flags & inspect.CO_VARARGS and "positional" in code.co_varnames, (
        f"{name}: write *positional: Never instead of a bare *, with @keyword_only()")
    before = [p for p in inspect.signature(function).parameters.values()
              if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    args = [object()] * (len(before) + 1)
    with pytest.raises(sakip.InvalidTypeError, match=r"expected keyword arguments, as in \S+\("):
        function(*args)
    required = [p.name for p in inspect.signature(function).parameters.values()
                if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    if required and not before:
        with pytest.raises(sakip.InvalidTypeError, match=rf"expected {required[0]}=\.\.\."):
            function()


@pytest.mark.parametrize(("name", "function"), KEYWORD_FUNCTIONS,
                         ids=[n for n, _ in KEYWORD_FUNCTIONS])
def test_each_missing_keyword_is_named(name: str, function: Any) -> None:
    """The guard tests every required keyword and a stray positional on its own: a call
    missing just one is refused naming it, and a stray positional is refused even when
    every keyword is given (each part of the guard's condition counts)."""
    import inspect

    parameters = inspect.signature(function).parameters.values()
    before = [object() for p in parameters if p.kind in (p.POSITIONAL_ONLY,
                                                         p.POSITIONAL_OR_KEYWORD)]
    required = [p.name for p in parameters if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    for missing in required:
        given = {n: object() for n in required if n != missing}
        with pytest.raises(sakip.InvalidTypeError, match=rf"expected {missing}=\.\.\., as in"):
            function(*before, **given)
    with pytest.raises(sakip.InvalidTypeError, match=r"expected keyword arguments, as in"):
        function(*before, object(), **{n: object() for n in required})


def test_penyerapan_of_outputs_points_to_from_outputs() -> None:
    """penyerapan(outputs) names the keyword form and Penyerapan.from_outputs (the issue's case)."""
    outs = [sakip.RincianOutput(kode="5634.QDC.011", pagu=200, realisasi=150)]
    with pytest.raises(sakip.InvalidTypeError) as info:
        sakip.penyerapan(outs)  # type: ignore[arg-type,call-arg]  # the misuse itself
    message = str(info.value)
    assert "penyerapan(pagu=...) (options: realisasi, sisa, label)" in message
    assert "Penyerapan.from_outputs(outputs)" in message
    assert isinstance(info.value, TypeError)
    assert sakip.Penyerapan.from_outputs(outs).value == 75


def test_public_methods_use_the_keyword_guard() -> None:
    """Instance methods of public classes that take keywords use the same guard (structure)."""
    import importlib
    import inspect
    import pkgutil

    unguarded = []
    for info in pkgutil.iter_modules(sakip.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"sakip.{info.name}")
        for name in getattr(module, "__all__", []):
            cls = getattr(module, name)
            if not inspect.isclass(cls) or cls is sakip.explain.Trace:  # Trace.add: hot machinery
                continue
            for attr, value in vars(cls).items():
                if not _public_member(attr) or not inspect.isfunction(value):
                    continue
                code = inspect.unwrap(value).__code__
                if code.co_kwonlyargcount and not (
                        code.co_flags & inspect.CO_VARARGS and "positional" in code.co_varnames
                        and hasattr(value, "__sakip_hint__")):
                    unguarded.append(f"{module.__name__}.{name}.{attr}")
    assert not unguarded, f"write *positional: Never and @keyword_only() in: {unguarded}"
