"""The ``sakip`` command.

``sakip reviu FILE`` (or ``--example NAME``) reproduces every printed figure
of a report and prints the findings; ``sakip examples`` lists the bundled
examples.  Exit status: 0 when every printed figure reproduces, 1 when some
do not, 2 for unreadable input or bad arguments.

``sakip simulasi capaian`` and ``sakip simulasi ikpa`` answer what it takes
(see :mod:`sakip.simulasi`): exit status 0 when the goal can be reached, 1
when it cannot, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from decimal import Decimal

__all__ = ["main"]

_FORMATS = ("text", "markdown", "json", "html")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sakip", description="Indonesian government performance-accounting formulas.")
    sub = parser.add_subparsers(dest="command", required=True)
    rev = sub.add_parser("reviu", help="reproduce every printed figure of a report")
    source = rev.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help="a sakip/lkj-1 report file (TOML or .json)")
    source.add_argument("--example", help="a bundled example (see 'sakip examples')")
    rev.add_argument("--format", choices=_FORMATS, default="text", help="output format")
    rev.add_argument("--output", "-o", help="write to this file instead of standard output")
    sub.add_parser("examples", help="list the bundled example reports")
    _simulasi_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``sakip`` command with ``argv``; returns the exit status (0, 1 or 2)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    from sakip import examples

    if args.command == "examples":
        print("\n".join(examples.names()))
        return 0
    if args.command == "simulasi":
        return _simulasi(args)
    from sakip.errors import SakipError
    from sakip.reviu import dumps, reviu

    try:
        source = examples.path(args.example) if args.example else args.file
        result = reviu(source)
    except SakipError as error:
        print(f"sakip: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        text = dumps(result)
    elif args.format == "markdown":
        text = result.to_markdown()
    elif args.format == "html":
        text = result.to_html()
    else:
        text = result.to_text()
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text + ("" if text.endswith("\n") else "\n"))
        except OSError as error:
            print(f"sakip: cannot write {args.output}: {error}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    return 0 if result.ok else 1


# ----------------------------------------------------------------- simulasi


def _simulasi_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sim = sub.add_parser("simulasi", help="what it takes: the realisasi or scores that reach "
                         "a target (see sakip.simulasi)")
    which = sim.add_subparsers(dest="question", required=True)
    cap = which.add_parser("capaian", help="the realisasi needed for a capaian")
    cap.add_argument("--target", required=True,
                     help="the target (Python notation, '1176'; 'L,U' for stabilize)")
    cap.add_argument("--capaian", required=True, help="the capaian to reach, in percent")
    cap.add_argument("--polarisasi", default="maximize",
                     choices=("maximize", "minimize", "stabilize"))
    cap.add_argument("--rumus-minimize", default="2t-r", choices=("2t-r", "t/r"))
    cap.add_argument("--cap", help="cap on capaian (off by default)")
    cap.add_argument("--floor", help="floor on capaian (off by default)")
    cap.add_argument("--direction", choices=("least", "greatest"),
                     help="stabilize only: from below (least) or above (greatest)")
    cap.add_argument("--grid", help="precision of realisasi (default: the target's)")
    ikpa = which.add_parser("ikpa", help="the scores that reach an IKPA category")
    ikpa.add_argument("--skor", action="append", default=[], metavar="INDIKATOR=NILAI",
                      help="an indicator score; NILAI '-' means not assessed (repeat for each)")
    rule = ikpa.add_mutually_exclusive_group(required=True)
    rule.add_argument("--aturan", help="IKPA rule set, e.g. per-5-pb-2024")
    rule.add_argument("--tahun", type=int, help="fiscal year whose rule set applies")
    ikpa.add_argument("--kategori", default="Sangat Baik", help="category to reach")
    ikpa.add_argument("--dispensasi-spm", help="deduction in points (PER-5/PB/2024)")
    for question in (cap, ikpa):
        question.add_argument("--places", type=int,
                              help="decimals of the printed figure (with --mode)")
        question.add_argument("--mode", choices=("half_up", "down", "half_even", "up"),
                              default="half_up", help="rounding of the printed figure")
        question.add_argument("--format", choices=("text", "json"), default="text")


def _simulasi(args: argparse.Namespace) -> int:
    import json

    from sakip import simulasi
    from sakip.errors import SakipError
    from sakip.numbers import Rounding

    try:
        rounding = None if args.places is None else Rounding(args.places, args.mode)
        if args.question == "capaian":
            parts = args.target.split(",")
            target: object = (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else \
                args.target
            answer = simulasi.realisasi_untuk(
                target=target, capaian=args.capaian,  # type: ignore[arg-type]
                polarisasi=args.polarisasi, rumus_minimize=args.rumus_minimize, cap=args.cap,
                floor=args.floor, rounding=rounding, grid=args.grid, direction=args.direction)
            reached = answer.reachable
            data: dict[str, object] = {"question": "capaian", "answer": answer.to_row()}
            text = answer.explain().to_text()
        else:
            scores: dict[str, str | None] = {}
            for item in args.skor:
                name, sep, value = item.partition("=")
                if not sep or not name:
                    raise SakipError(f"--skor: expected INDIKATOR=NILAI; received {item!r}",
                                     field="skor", received=item)
                scores[name.strip()] = None if value.strip() == "-" else value.strip()
            options = {"kategori": args.kategori, "aturan": args.aturan, "tahun": args.tahun,
                       "dispensasi_spm": args.dispensasi_spm, "rounding": rounding}
            needs = simulasi.skor_ikpa_untuk(scores, **options)
            plan = simulasi.kenaikan_ikpa(scores, **options)
            reached = plan.reachable
            data = {"question": "ikpa", "title": needs.title,
                    "summary": dict(needs.summary), "per_indikator": needs.to_rows(),
                    "rencana": plan.to_rows() if isinstance(plan, simulasi.RaiseSet) else [],
                    "total_kenaikan": plan.value if isinstance(plan, simulasi.RaiseSet)
                    else None, "reason": plan.reason if isinstance(plan, simulasi.Unreachable)
                    else ""}
            text = _ikpa_text(needs, plan)
    except SakipError as error:
        print(f"sakip: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    return 0 if reached else 1


def _ikpa_text(needs: object, plan: object) -> str:
    from sakip.simulasi import RaiseSet, SolutionSet, Unreachable, _brief

    assert isinstance(needs, SolutionSet)
    lines = [needs.title]
    lines.extend(f"  {name}: {_brief(value) if isinstance(value, Decimal) else value}"
                 for name, value in needs.summary)
    lines.append("  score needed per indicator (others fixed):")
    for item in needs:
        label = item.question.label
        if isinstance(item, Unreachable):
            lines.append(f"    {label}: cannot alone ({item.reason})")
        else:
            lines.append(f"    {label}: {item.value}")
    if isinstance(plan, RaiseSet):
        lines.append(f"  least total raises: {plan.value} points")
        lines.extend(f"    {name}: {before} -> {after}" for name, before, after in plan.raises)
    elif isinstance(plan, Unreachable):
        lines.append(f"  unreachable: {plan.reason}")
    return "\n".join(lines)
