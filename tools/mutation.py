"""Mutation testing of sakip's formula modules: run mutmut 3, classify, score per module.

Usage (from the repository root, with the ``mutation`` extra installed)::

    python tools/mutation.py                    # every formula module (only_mutate)
    python tools/mutation.py budget predikat    # only these modules
    python tools/mutation.py --report           # no run: the table of the last results
    python tools/mutation.py --survivors        # also print every non-text survivor's diff
    python tools/mutation.py --text             # also run the text-only mutants
    python tools/mutation.py --text-only nka    # only the text mutants (narrowed tests)
    python tools/mutation.py --changed [BASE]   # modules changed since git BASE (main), text too
    python tools/mutation.py --fresh            # forget earlier results (delete mutants/)
    python tools/mutation.py --hand             # the hand mutants of what mutmut cannot mutate

The configuration (which modules, which test directories) is ``[tool.mutmut]`` in
``pyproject.toml``; mutmut's work directory is ``mutants/`` (git-ignored).  Each
mutant runs the tests that reach the mutated function, one worker at a time, at
the lowest CPU priority, with the ``mutation`` Hypothesis profile (fewer,
derandomized examples; see ``tests/conftest.py``).

Every mutant is classified before it runs:

* **text**: the change lies only in the text of a message or an explanation --
  inside the arguments of an error being built or raised, inside the
  description arguments of ``trace.add(...)`` (not its value), or in the
  ``_title``/``_reference``/``_notes`` methods that title and cite an
  explanation;
* **result**: everything else -- a number, a comparison, a branch, a default, a
  refusal, the value an explanation ends with.

By default only *result* mutants run (text mutants are counted, not run, unless
``--text``, ``--text-only`` or ``--changed``); the score is the share of result mutants
the tests kill.  Text mutants run in a mutmut run of their own with narrowed tests
(``SAKIP_MUTATION_TEXT``: one run per module, with only the module's own unit tests and the
explanation and message tests, those first).  A run of some modules schedules and counts only
their mutants (mutmut itself would list, and count in its progress, every module's).  Earlier
verdicts are kept between runs, except that survivors are tried again (the
tests may have grown) and mutmut itself re-checks functions whose code changed.
See ``docs/how-to/mutation-testing.md`` for how to read a survivor and how to
mark a truly equivalent mutant.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"

#: mutmut's exit codes (mutmut.stats.status_by_exit_code), reduced to what the table shows.
KILLED_CODES = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9}  # killed, timeout, type check, crash

#: Methods whose whole body is explanation text (a title, a citation, notes).
TEXT_METHODS = {"_title", "_reference", "_notes"}

#: Helpers whose argument at this position is the ``field`` an error would name.
FIELD_POSITION = {"_amount": 1, "check_score": 1, "_optional_bound": 1, "_monthly": 1,
                  "_renstra_values": 1, "_ended": 1, "_amount_or_quarters": 1, "_quarters": 2,
                  "check_label_bands": 1, "_triwulan": 1, "_quarter_items": 1}

#: Calls whose arguments only name the sub-explanations a result shows.
TEXT_CALLS = {"sources_of"}

#: Lists that collect the notes of an explanation: what is appended to them is text.
NOTE_LISTS = {"catatan", "notes"}

#: Keyword arguments that a callee uses only in its explanation text.
TEXT_KEYWORDS = {("_ratio_maximize", "label"), ("_ratio_minimize", "label"),
                 ("weighted", "reference"), ("normalised", "reference")}

#: Keyword arguments that only choose what an explanation shows, in any call: the
#: ``sources`` whose derivations a composite's explanation includes, and the
#: ``citation`` a rule set shows as its reference.
TEXT_KEYWORD_NAMES = {"sources", "citation"}

#: Mutants shown, by a reason, to be equivalent: ``tools/equivalent-mutants.toml``.
EQUIVALENTS = Path(__file__).with_name("equivalent-mutants.toml")

#: Hand-written mutants of the functions mutmut leaves alone: ``tools/hand-mutants.toml``.
HAND_MUTANTS = Path(__file__).with_name("hand-mutants.toml")

#: Positional index and keyword of the value argument of ``Trace.add``.
TRACE_VALUE_INDEX = 3
TRACE_VALUE_KEYWORD = "value"

_MUTANT_NAME = re.compile(r"^(?P<base>.+)__mutmut_(?P<n>\d+)$")

#: The unit tests a text run of every module keeps: the explanation and message tests (run
#: first, see ``tests/conftest.py``), the tests written against earlier survivors, and the
#: tabular rows (which carry an explanation's labels).
COMMON_TEXT_TESTS = ("tests/unit/test_explanations.py", "tests/unit/test_refusal_messages.py",
                     "tests/unit/test_refusals.py", "tests/unit/test_errors.py",
                     "tests/unit/test_received_as_written.py", "tests/unit/test_mutation_gaps",
                     "tests/unit/test_rows.py")

#: A module's own unit tests in files not named after it (``tests/unit/test_<module>*.py``
#: always count as its own).
OWN_TESTS = {
    "indicators": ("test_capaian.py", "test_conventions.py", "test_periods.py"),
    "budget": ("test_conventions.py",),
    "composite": ("test_conventions.py", "test_budget.py"),
    "eka": ("test_budget.py", "test_nka_text.py"),
    "nka": ("test_ikpa.py",),
    "indeks_kepuasan": ("test_indeks.py",),
    "indeks_pembangunan": ("test_indeks.py",),
    "iki": ("test_indeks.py",),
    "komponen": ("test_indeks.py",),
}


def text_tests(module: str, root: Path | None = None) -> tuple[str, ...]:
    """The test paths (prefixes of pytest node ids) a text run of ``module`` keeps.

    Among the tests mutmut maps to a mutated function, a text run keeps only these: the
    common text tests (:data:`COMMON_TEXT_TESTS`) and the module's own unit tests.  A text
    mutant shows in a message or an explanation, which these pin word by word; the other
    tests reaching the function (a whole report, a property, another module's tests) would
    run in full for every surviving text mutant.
    """
    unit = (root or ROOT) / "tests" / "unit"
    own = sorted(f"tests/unit/{path.name}" for path in unit.glob(f"test_{module}*.py"))
    extra = [f"tests/unit/{name}" for name in OWN_TESTS.get(module, ())]
    return tuple(dict.fromkeys([*COMMON_TEXT_TESTS, *own, *extra]))


def only_modules(paths: Iterator[Path], modules: Sequence[str]) -> Iterator[Path]:
    """The source files among ``paths`` of the formula ``modules`` (``src/sakip/budget.py``...).

    mutmut loads, schedules and counts every mutated file it walks; the command lets it walk
    only these, so that a run of one module neither lists nor counts the others' mutants.
    """
    chosen = set(modules)
    return (path for path in paths if Path(path).stem in chosen)


def needs_mutating(source: Path, copy: Path) -> bool:
    """Whether mutmut would mutate ``source`` again: its copy in ``mutants/`` is missing or
    not newer than it (mutmut's own test: a copy with the source's time is a plain copy)."""
    return not copy.exists() or copy.stat().st_mtime <= source.stat().st_mtime


#: Runs mutmut on the formula modules named in its first argument (comma separated); the
#: other arguments are mutmut's.  mutmut walks, loads, schedules and counts only their
#: mutants (:func:`only_modules`).  Another formula module whose source changed since it
#: was mutated is not mutated again now: it is copied unmutated, with its source's time, so
#: that the tests run its current code and mutmut mutates it when a run names it (and keeps
#: the verdicts of its unchanged functions then); its test map is kept.
SELECTED_RUN = """
import shutil
import sys
from pathlib import Path
sys.path.insert(0, "tools")
import mutation
import mutmut.__main__ as main
from mutmut.utils.format_utils import get_mutant_name

modules = sys.argv[1].split(",")
walk = main.walk_mutatable_files
main.walk_mutatable_files = lambda: mutation.only_modules(walk(), modules)
mutate = main.create_file_mutants


def create_file_mutants(path):
    copy = Path("mutants") / path
    if (Path(path).stem in modules or not main.config().should_mutate(path)
            or not mutation.needs_mutating(Path(path), copy)):
        return mutate(path)
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, copy)
    data = main.SourceFileMutationData(path=path)
    data.load()
    return main.FileMutationResult(ignored=True, current_hashes={
        get_mutant_name(path, name): digest
        for name, digest in data.hash_by_function_name.items()})


main.create_file_mutants = create_file_mutants
sys.argv = ["mutmut", *sys.argv[2:]]
main.cli()
"""


@dataclass(frozen=True)
class Equivalent:
    """A mutant no input can tell from the original, and why (``equivalent-mutants.toml``)."""

    module: str
    function: str
    mutant: str
    reason: str

    def matches(self, mutant: Mutant) -> bool:
        """Whether ``mutant`` is this one: same module and function, this mutated line."""
        return mutant.module == self.module and mutant.function == self.function and any(
            self.mutant in line for line in mutant.added())


def function_name(mangled: str) -> str:
    """``_compute`` from ``x__compute``, ``Capaian._row`` from ``xǁCapaianǁ_row``."""
    if mangled.startswith("xǁ"):
        return mangled[2:].replace("ǁ", ".")
    return mangled[2:]


def equivalents() -> list[Equivalent]:
    """The documented equivalent mutants."""
    data = tomllib.loads(EQUIVALENTS.read_text(encoding="utf-8"))
    return [Equivalent(**entry) for entry in data.get("equivalent", [])]


@dataclass(frozen=True)
class Mutant:
    """One mutant: its mutmut name, module, kind (text or result) and source lines."""

    name: str
    module: str
    function: str
    text: bool
    assertion: bool
    original: str
    mutated: str

    def added(self) -> list[str]:
        """The mutated lines, stripped."""
        return [line[1:].strip() for line in self.diff().splitlines()
                if line.startswith("+") and not line.startswith("+++")]

    def diff(self) -> str:
        """A unified diff of the mutated function against the original."""
        lines = difflib.unified_diff(
            self.original.splitlines(), self.mutated.splitlines(), "original", "mutant",
            lineterm="", n=1,
        )
        return "\n".join(lines)


def formula_modules() -> list[str]:
    """The module names (``budget``...) that ``[tool.mutmut] only_mutate`` lists."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    paths = config["tool"]["mutmut"]["only_mutate"]
    return [Path(path).stem for path in paths]


def changed_modules(base: str) -> list[str]:
    """The formula modules whose source differs from git revision ``base`` (work tree included)."""
    out = subprocess.run(["git", "diff", "--name-only", base, "--", "src/sakip"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    changed = {Path(line).stem for line in out.splitlines() if line.endswith(".py")}
    return [module for module in formula_modules() if module in changed]


# ----------------------------------------------------------------- classify


def _is_error_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""
    return name.endswith("Error")


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""


def _is_field_argument(call: ast.AST, child: ast.AST) -> bool:
    """Whether ``child`` is the ``field=`` argument (the name an error message would show)."""
    if not isinstance(call, ast.Call):
        return False
    if isinstance(child, ast.keyword):
        return child.arg == "field"
    position = FIELD_POSITION.get(_call_name(call))
    return position is not None and len(call.args) > position and child is call.args[position]


def _is_trace_add(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "add" and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "trace")


def _differences(a: ast.AST, b: ast.AST, path: tuple[ast.AST, ...]) -> Iterator[
        tuple[ast.AST, ...]]:
    """Yield the ancestor path (in ``a``) of every place where ``a`` and ``b`` differ."""
    here = (*path, a)
    if type(a) is not type(b):
        yield here
        return
    for field, value_a in ast.iter_fields(a):
        if not path and field == "name":
            continue  # the function's own (mangled) name
        value_b = getattr(b, field, None)
        if isinstance(value_a, ast.AST) and isinstance(value_b, ast.AST):
            yield from _differences(value_a, value_b, here)
        elif isinstance(value_a, list) and isinstance(value_b, list):
            if field == "keywords" and len(value_a) != len(value_b):
                # a keyword argument dropped: the difference is that keyword
                kept = {k.arg for k in value_b}
                yield from ((*here, k) for k in value_a if k.arg not in kept)
                continue
            if len(value_a) != len(value_b):
                yield here
                continue
            for item_a, item_b in zip(value_a, value_b, strict=True):
                if isinstance(item_a, ast.AST) and isinstance(item_b, ast.AST):
                    yield from _differences(item_a, item_b, here)
                elif item_a != item_b:
                    yield here
        elif isinstance(value_a, ast.AST) or isinstance(value_b, ast.AST) or value_a != value_b:
            yield here


def _in_text_context(path: tuple[ast.AST, ...]) -> bool:
    """Whether the end of ``path`` lies inside an error, a field name or a trace description."""
    for i, node in enumerate(path):
        if isinstance(node, ast.Raise) or _is_error_call(node):
            return True
        if isinstance(node, ast.Call) and _call_name(node) in TEXT_CALLS:
            return True
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend")
                and isinstance(node.func.value, ast.Name) and node.func.value.id in NOTE_LISTS):
            return True
        if i + 1 < len(path) and _is_field_argument(node, path[i + 1]):
            return True
        child = path[i + 1] if i + 1 < len(path) else None
        if (isinstance(node, ast.Call) and isinstance(child, ast.keyword)
                and ((_call_name(node), child.arg) in TEXT_KEYWORDS
                     or child.arg in TEXT_KEYWORD_NAMES)):
            return True
        if _is_trace_add(node):
            assert isinstance(node, ast.Call)
            if child is None:
                return True  # a keyword (reference=, note=) dropped from the call
            is_value = (len(node.args) > TRACE_VALUE_INDEX
                        and child is node.args[TRACE_VALUE_INDEX]) or (
                isinstance(child, ast.keyword) and child.arg == TRACE_VALUE_KEYWORD)
            # A step whose value is text ("T = 5, R = 6") shows it; it is not a number.
            return not is_value or isinstance(child, ast.JoinedStr) or (
                isinstance(child, ast.Constant) and isinstance(child.value, str))
    return False


def _paths_to(root: ast.AST, target: type[ast.AST], name: str) -> Iterator[tuple[ast.AST, ...]]:
    """The ancestor paths of every ``Name`` loading ``name`` under ``root``."""
    stack: list[tuple[ast.AST, tuple[ast.AST, ...]]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        here = (*path, node)
        if isinstance(node, target) and getattr(node, "id", None) == name and isinstance(
                getattr(node, "ctx", None), ast.Load):
            yield here
        stack.extend((child, here) for child in ast.iter_child_nodes(node))


def _text_variable(path: tuple[ast.AST, ...], function: ast.FunctionDef) -> bool:
    """Whether the end of ``path`` only sets a name (a local or a parameter default) that the
    function uses nowhere but in text: a formula string built for ``trace.add``."""
    names: list[str] = []
    for i, node in enumerate(path):
        if isinstance(node, ast.Assign) and i + 1 < len(path) and path[i + 1] is node.value:
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if len(names) != len(node.targets):
                return False
        elif isinstance(node, ast.arguments) and i + 1 < len(path):
            child = path[i + 1]
            defaults = node.defaults
            if child in defaults:
                params = node.args[len(node.args) - len(defaults):]
                names = [params[defaults.index(child)].arg]
            elif child in node.kw_defaults:
                names = [node.kwonlyargs[node.kw_defaults.index(child)].arg]
    return bool(names) and _text_names(names, function, depth=3)


def _text_names(names: list[str], function: ast.FunctionDef, depth: int) -> bool:
    """Whether every use of ``names`` is text, or sets another name that is only text."""
    for name in names:
        for use in _paths_to(function, ast.Name, name):
            path = use[1:]
            if _in_text_context(path):
                continue
            assigns = [node for node in path if isinstance(node, ast.Assign)]
            targets = [t.id for a in assigns[-1:] for t in a.targets if isinstance(t, ast.Name)]
            if not (depth and targets and name not in targets
                    and _text_names(targets, function, depth - 1)):
                return False
    return True


def _text_path(path: tuple[ast.AST, ...], function: str, node: ast.FunctionDef) -> bool:
    """Whether a difference at the end of ``path`` only changes message or explanation text."""
    if function.rsplit("ǁ", 1)[-1] in TEXT_METHODS:
        return True
    return _in_text_context(path) or _text_variable(path, node)


def _assertion_path(path: tuple[ast.AST, ...]) -> bool:
    """Whether the change lies in an assertion: an ``assert`` statement, or the ``strict=``
    of a ``zip`` (which only raises on sequences of unequal length)."""
    for i, node in enumerate(path):
        if isinstance(node, ast.Assert):
            return True
        child = path[i + 1] if i + 1 < len(path) else None
        if (isinstance(node, ast.Call) and _call_name(node) == "zip"
                and isinstance(child, ast.keyword) and child.arg == "strict"):
            return True
    return False


def _functions(tree: ast.AST) -> dict[str, ast.FunctionDef]:
    return {node.name: node for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and "__mutmut_" in node.name}


def classify(module: str) -> dict[str, Mutant]:
    """Every generated mutant of ``module`` (``sakip.<module>.<function>__mutmut_<n>``)."""
    path = MUTANTS / "src" / "sakip" / f"{module}.py"
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    functions = _functions(ast.parse(source))
    out: dict[str, Mutant] = {}
    for name, node in functions.items():
        match = _MUTANT_NAME.match(name)
        if match is None:
            continue
        original = functions[f"{match['base']}__mutmut_orig"]
        function = match["base"][1:]  # mutmut prefixes an "x"
        paths = list(_differences(original, node, ()))
        text = bool(paths) and all(_text_path(p[1:], function, original) for p in paths)
        assertion = bool(paths) and not text and all(_assertion_path(p[1:]) for p in paths)
        out[f"sakip.{module}.{name}"] = Mutant(
            name=f"sakip.{module}.{name}", module=module,
            function=function_name(match["base"]), text=text, assertion=assertion,
            original=_source(lines, original), mutated=_source(lines, node),
        )
    return out


def _source(lines: list[str], node: ast.FunctionDef) -> str:
    text = "\n".join(lines[node.lineno - 1 : node.end_lineno])
    return re.sub(r"__mutmut_(\d+|orig)\b", "", text, count=1)


def not_mutated(module: str) -> list[str]:
    """Functions mutmut leaves alone: any decorator but ``staticmethod``/``classmethod``.

    mutmut 3 does not mutate decorated functions (a decorator runs at definition
    and its trampoline would replace the decorated object); the table says which.
    """
    tree = ast.parse((ROOT / "src" / "sakip" / f"{module}.py").read_text(encoding="utf-8"))
    return [name for name, member in _decorated(tree) if not (
        len(member.decorator_list) == 1
        and isinstance(member.decorator_list[0], ast.Name)
        and member.decorator_list[0].id in ("staticmethod", "classmethod"))]


# ---------------------------------------------------------------- results


def _meta(module: str) -> Path:
    return MUTANTS / "src" / "sakip" / f"{module}.py.meta"


def exit_codes(module: str) -> dict[str, int | None]:
    """mutmut's recorded exit code per mutant of ``module`` (``None``: not run)."""
    path = _meta(module)
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    codes: dict[str, int | None] = data.get("exit_code_by_key", {})
    return codes


def reset(module: str, names: set[str]) -> None:
    """Forget the verdicts of ``names`` (survivors), so that mutmut runs them again."""
    path = _meta(module)
    if not path.exists() or not names:
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for name in names:
        if name in data["exit_code_by_key"]:
            data["exit_code_by_key"][name] = None
    path.write_text(json.dumps(data, indent=4), encoding="utf-8")


#: The environment variable that tells ``tests/conftest.py`` a run judges text mutants: the
#: test paths it keeps (comma separated, :func:`text_tests`), the explanation and message
#: tests first.
TEXT_RUN = "SAKIP_MUTATION_TEXT"


def _mutmut(args: Sequence[str], log: Path, echo: bool = False, text: Sequence[str] = (),
            modules: Sequence[str] = ()) -> int:
    """Run mutmut at the lowest priority, its output into ``log`` (and the terminal if ``echo``).

    ``text``: the mutants are text mutants, judged by these tests only (see
    :data:`TEXT_RUN`).  ``modules``: mutmut walks only these formula modules
    (:data:`SELECTED_RUN`); all of them if empty.
    """
    env = dict(os.environ, HYPOTHESIS_PROFILE="mutation")
    env.pop(TEXT_RUN, None)
    if text:
        env[TEXT_RUN] = ",".join(text)
    command = ([sys.executable, "-c", SELECTED_RUN, ",".join(modules), *args] if modules
               else [sys.executable, "-m", "mutmut", *args])

    def lowest_priority() -> None:  # pragma: no cover - runs in the child
        os.nice(19)

    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, preexec_fn=lowest_priority,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                   encoding="utf-8", errors="replace")
        stream = process.stdout
        assert stream is not None
        for chunk in iter(lambda: stream.read(256), ""):
            out.write(chunk)
            if echo:
                sys.stdout.write(chunk)
                sys.stdout.flush()
        return process.wait()


def sync_data() -> None:
    """Copy the package's non-Python files (schemas, bundled reports) into ``mutants/``.

    mutmut copies them once, when it first creates ``mutants/``, and then only
    regenerates Python files: a schema changed since would fail the tests there.
    """
    source = ROOT / "src"
    for path in source.rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in (
                path.parts):
            target = MUTANTS / "src" / path.relative_to(source)
            if not target.exists() or target.read_bytes() != path.read_bytes():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)


def generate(modules: Sequence[str] = ()) -> None:
    """Let mutmut write the mutants (and its test map) without running any.

    mutmut has no "generate only" command: it is asked to run a mutant that does
    not exist, which it refuses after generating and collecting its test map.
    """
    if MUTANTS.exists():
        sync_data()
    log = ROOT / "mutants-generate.log"
    print("generating mutants and the test map (log: mutants-generate.log) ...", flush=True)
    _mutmut(["run", "--max-children", "1", "sakip._generate_only_.nothing"], log=log,
            modules=modules)
    output = log.read_text(encoding="utf-8")
    if not any((MUTANTS / "src" / "sakip").glob("*.py.meta")):
        print(output[-3000:])
        raise SystemExit("mutmut generated no mutants")
    failure = clean_run_failure(output)
    if failure:
        print(output[-3000:])
        raise SystemExit(f"mutmut could not run the unmutated tests ({failure}); no mutant "
                         f"can be judged. Fix the failing tests above, or, if the test map is "
                         f"stale, delete mutants/mutmut-stats.json (or run with --fresh).")
    log.unlink()


#: What mutmut prints when the tests fail, or reach nothing, before any mutant runs.
CLEAN_RUN_FAILURES = ("failed to collect stats", "Failed to run clean test", "Stopping early",
                      "forced fail test did not fail")


def clean_run_failure(output: str) -> str | None:
    """Which of mutmut's clean-run failures ``output`` reports, or None if it reports none.

    mutmut first runs the unmutated tests (to map tests to functions, then the
    tests of the chosen mutants); when that fails it exits without running a
    mutant, and every mutant would stay "not run".
    """
    return next((text for text in CLEAN_RUN_FAILURES if text.lower() in output.lower()), None)


# ------------------------------------------------------------- hand mutants


@dataclass(frozen=True)
class HandMutant:
    """A mutation of a function mutmut does not mutate (``hand-mutants.toml``)."""

    module: str
    function: str
    original: str
    mutated: str

    def apply(self, source: str) -> str | None:
        """``source`` with the mutation made inside the function, or None if it is stale.

        Stale: the function is gone, or ``original`` does not occur in it exactly once.
        """
        tree = ast.parse(source)
        lines = source.splitlines(keepends=True)
        for name, node in _decorated(tree):
            if name != self.function:
                continue
            start, end = node.lineno, node.end_lineno or node.lineno
            body = "".join(lines[start - 1:end])
            if body.count(self.original) != 1:
                return None
            return "".join(lines[:start - 1]) + body.replace(self.original, self.mutated) + (
                "".join(lines[end:]))
        return None


def _decorated(tree: ast.AST) -> Iterator[tuple[str, ast.FunctionDef]]:
    """``(Class.method or function, its node)`` of every decorated function of a module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            members = [(f"{node.name}.", n) for n in node.body]
        elif isinstance(node, ast.Module):
            members = [("", n) for n in node.body]
        else:
            continue
        for prefix, member in members:
            if isinstance(member, ast.FunctionDef) and member.decorator_list:
                yield prefix + member.name, member


def hand_mutants() -> list[HandMutant]:
    """The hand-written mutants."""
    data = tomllib.loads(HAND_MUTANTS.read_text(encoding="utf-8"))
    return [HandMutant(**entry) for entry in data.get("mutant", [])]


def run_hand(modules: Sequence[str]) -> int:
    """Apply each hand mutant of ``modules`` to a copy of ``src/``, run the tests, print a table.

    0 if every mutant is killed and none is stale, and every function mutmut
    leaves alone has at least one hand mutant; 1 otherwise.
    """
    import tempfile

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    selection = config["tool"]["mutmut"]["pytest_add_cli_args_test_selection"]
    mutants = [m for m in hand_mutants() if m.module in modules]
    failed = False
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        copy = Path(directory) / "src"
        shutil.copytree(ROOT / "src", copy, ignore=shutil.ignore_patterns("__pycache__"))
        env = dict(os.environ, HYPOTHESIS_PROFILE="mutation", PYTHONPATH=str(copy))
        where = subprocess.run([sys.executable, "-c", "import sakip; print(sakip.__file__)"],
                               env=env, capture_output=True, text=True, check=True).stdout
        if not where.strip().startswith(str(copy)):
            raise SystemExit(f"the tests would not import the copy of src/ (they import {where})")
        for mutant in mutants:
            path = copy / "sakip" / f"{mutant.module}.py"
            source = path.read_text(encoding="utf-8")
            mutated = mutant.apply(source)
            if mutated is None:
                rows.append((mutant, "stale: not found once in the function"))
                failed = True
                continue
            path.write_text(mutated, encoding="utf-8")
            try:
                status = subprocess.call(
                    [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                     *selection], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL, preexec_fn=lambda: os.nice(19))
            finally:
                path.write_text(source, encoding="utf-8")
            verdict = "killed" if status == 1 else "SURVIVED" if status == 0 else (
                f"error (pytest exit {status})")
            failed = failed or verdict != "killed"
            rows.append((mutant, verdict))
            print(f"{verdict:>8}  {mutant.module}.{mutant.function}: {mutant.mutated}", flush=True)
    print("\n| module | function | mutation | verdict |\n|---|---|---|---|")
    for mutant, verdict in rows:
        print(f"| {mutant.module} | {mutant.function} | `{mutant.mutated}` | {verdict} |")
    covered = {(m.module, m.function) for m in mutants}
    for module in modules:
        bare = [name for name in not_mutated(module) if (module, name) not in covered]
        if bare:
            print(f"no hand mutant for {module}: {', '.join(bare)}")
            failed = True
    return 1 if failed else 0


# ------------------------------------------------------------------ table


@dataclass
class Row:
    """Counts of one module."""

    module: str
    text: int = 0
    text_killed: int = 0
    text_survived: int = 0
    #: Surviving text mutants documented in the equivalents file (with their reason).
    text_equivalent: int = 0
    result: int = 0
    killed: int = 0
    survived: int = 0
    equivalent: int = 0
    not_run: int = 0

    @property
    def score(self) -> float:
        """Killed result mutants as a share of the result mutants that ran (less equivalents)."""
        ran = self.killed + self.survived
        return self.killed / ran if ran else 1.0


def survived(code: int | None) -> bool:
    """Whether an exit code means the mutant survived (or no test reached it)."""
    return code is not None and code not in KILLED_CODES


def tally(module: str, mutants: dict[str, Mutant], codes: dict[str, int | None],
          known: list[Equivalent]) -> Row:
    """The counts of one module."""
    row = Row(module=module)
    for name, mutant in mutants.items():
        code = codes.get(name)
        killed = code in KILLED_CODES
        if mutant.text:
            row.text += 1
            row.text_killed += killed
            if survived(code) and any(e.matches(mutant) for e in known):
                row.text_equivalent += 1
            else:
                row.text_survived += survived(code)
            continue
        row.result += 1
        row.killed += killed
        row.not_run += code is None
        if survived(code):
            if mutant.assertion or any(e.matches(mutant) for e in known):
                row.equivalent += 1
            else:
                row.survived += 1
    return row


def _percent(score: float) -> str:
    """A score as a percentage with one decimal, cut (not rounded): 99.96 % is ``99.9%``."""
    return f"{math.floor(score * 1000) / 10:.1f}%"


def render(rows: list[Row]) -> str:
    """The per-module table, Markdown."""
    head = ("| module | mutants | text (killed/survived) | result | killed | survived "
            "| equivalent | not run | score (result) |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    lines = [head]
    total = Row(module="**total**")
    for row in rows:
        for field in ("text", "text_killed", "text_survived", "text_equivalent", "result",
                      "killed", "survived",
                      "equivalent", "not_run"):
            setattr(total, field, getattr(total, field) + getattr(row, field))
    for row in [*rows, total]:
        lines.append(
            f"| {row.module} | {row.text + row.result} | {row.text} "
            f"({row.text_killed}/{row.text_survived}"
            f"{f'/{row.text_equivalent}' if row.text_equivalent else ''}) | {row.result} "
            f"| {row.killed} "
            f"| {row.survived} | {row.equivalent} | {row.not_run} "
            f"| {_percent(row.score)}{' (incomplete)' if row.not_run else ''} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run mutation testing and print the per-module scores; 0 if every module reaches 90 %."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="formula modules (default: all of only_mutate)")
    parser.add_argument("--report", action="store_true", help="print the last results, run none")
    parser.add_argument("--survivors", action="store_true",
                        help="print the diff of every surviving result mutant (with --text or "
                        "--text-only, of every surviving text mutant too)")
    parser.add_argument("--text", action="store_true", help="also run the text-only mutants")
    parser.add_argument("--text-only", action="store_true",
                        help="run only the text-only mutants (result mutants keep their verdicts)")
    parser.add_argument("--changed", metavar="BASE", nargs="?", const="main", default=None,
                        help="only the formula modules changed since git BASE (default main), "
                        "text mutants included")
    parser.add_argument("--fresh", action="store_true", help="delete mutants/ first")
    parser.add_argument("--hand", action="store_true",
                        help="run the hand mutants of the functions mutmut leaves alone")
    parser.add_argument("--threshold", type=float, default=0.90,
                        help="minimum score per module for exit status 0 (default 0.90)")
    args = parser.parse_args(argv)
    known = formula_modules()
    equivalent = equivalents()
    args.text = args.text or args.text_only
    if args.changed is not None:
        args.text = True
        modules = args.modules or changed_modules(args.changed)
        if not modules:
            print(f"no formula module changed since {args.changed}")
            return 0
    else:
        modules = args.modules or known
    unknown = sorted(set(modules) - set(known))
    if unknown:
        parser.error(f"not a formula module: {', '.join(unknown)} (known: {', '.join(known)})")
    if args.hand:
        return run_hand(modules)
    if args.fresh and MUTANTS.exists():
        shutil.rmtree(MUTANTS)
    if not args.report:
        generate(modules)
        todo: list[str] = []
        text_todo: dict[str, list[str]] = {}
        for module in modules:
            mutants = classify(module)
            codes = exit_codes(module)
            again = {name for name, code in codes.items()
                     if survived(code) and name in mutants and not mutants[name].assertion
                     and (args.text or not mutants[name].text)  # keep what will not run
                     and not any(e.matches(mutants[name]) for e in equivalent)}
            reset(module, again)
            pending = [name for name, mutant in mutants.items()
                       if (args.text or not mutant.text)
                       and (name in again or codes.get(name) is None)]
            todo.extend(name for name in pending if not mutants[name].text and not args.text_only)
            text_todo[module] = [name for name in pending if mutants[name].text]
        # Result mutants with every test that reaches them; text mutants module by module,
        # each with its own narrowed tests (the explanation and message tests first).
        runs = [(todo, (), modules),
                *((names, text_tests(module), [module]) for module, names in text_todo.items())]
        for names, tests, walked in runs:
            if not names:
                continue
            log = ROOT / "mutants-run.log"
            status = _mutmut(["run", "--max-children", "1", *names], log=log, echo=True,
                             text=tests, modules=walked)
            output = log.read_text(encoding="utf-8")
            failure = clean_run_failure(output)
            if status != 0 or failure:
                print(f"\nmutmut stopped (exit status {status}"
                      f"{'; ' + failure if failure else ''}); the results are incomplete. "
                      f"Its output is in mutants-run.log. If the unmutated tests pass on their "
                      f"own, the test map may be stale: delete mutants/mutmut-stats.json (or "
                      f"run with --fresh).", file=sys.stderr)
                return 2
            log.unlink()
    rows = []
    used: set[Equivalent] = set()
    unmutated = []
    for module in modules:
        mutants = classify(module)
        codes = exit_codes(module)
        if not mutants and codes:
            unmutated.append(module)
            print(f"{module}: its source changed since it was last mutated (a run of other "
                  f"modules left it unmutated); run the command on {module} to see its mutants",
                  file=sys.stderr)
        rows.append(tally(module, mutants, codes, equivalent))
        for name, mutant in sorted(mutants.items()):
            if mutant.text and survived(codes.get(name)):
                documented = [e for e in equivalent if e.matches(mutant)]
                used.update(documented)
                if args.survivors and args.text and not documented:
                    print(f"\n# text: {name}\n{mutant.diff()}")
            if mutant.text or not survived(codes.get(name)):
                continue
            matched = [e for e in equivalent if e.matches(mutant)]
            used.update(matched)
            if args.survivors and not matched and not mutant.assertion:
                print(f"\n# {name}\n{mutant.diff()}")
    print(render(rows))
    for module in modules:
        skipped = not_mutated(module)
        if skipped:
            print(f"not mutated (decorated) in {module}: {', '.join(skipped)} "
                  f"(their hand mutants: --hand)")
    stale = [e for e in equivalent if e.module in modules and e not in used]
    for entry in stale:
        print(f"note: equivalent entry matched no surviving mutant: {entry.module}.{entry.function}"
              f" {entry.mutant!r}")
    if unmutated:
        return 1
    if args.text_only:  # the text mutants were asked for: the run is complete when all ran
        unrun = [row.module for row in rows
                 if row.text_killed + row.text_survived + row.text_equivalent < row.text]
        for module in unrun:
            print(f"{module}: some text mutants have not run", file=sys.stderr)
        return 1 if unrun else 0
    incomplete = [row for row in rows if row.not_run]
    for row in incomplete:
        print(f"{row.module}: {row.not_run} result mutants have not run, so its score is not a "
              f"measurement (run the command without --report)", file=sys.stderr)
    if incomplete:
        return 1
    return 0 if all(row.score >= args.threshold for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
