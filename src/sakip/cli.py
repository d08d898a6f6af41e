"""The ``sakip`` command.

``sakip reviu FILE`` (or ``--example NAME``) reproduces every printed figure
of a report and prints the findings; ``sakip examples`` lists the bundled
examples.  Exit status: 0 when every printed figure reproduces, 1 when some
do not, 2 for unreadable input or bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

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
