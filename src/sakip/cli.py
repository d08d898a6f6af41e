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
    rev.add_argument("--output", "-o", help="write to this file instead of standard output "
                     "(written to a temporary file, then renamed into place; never the "
                     "input report)")
    rev.add_argument("--force", "-f", action="store_true",
                     help="replace the --output file if it exists")
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
    try:
        return _reviu(args)
    except Exception as error:  # no traceback ever reaches a CLI user: a crash is exit 2
        detail = str(error).splitlines()[0] if str(error) else ""
        _say(f"internal error ({type(error).__name__}{': ' + detail if detail else ''}); "
             "please report it")
        return 2


def _say(message: str) -> None:
    """Print ``sakip: message`` on standard error, control characters made visible."""
    from sakip._output import encode, text_cell

    line = "sakip: " + "\n".join(text_cell(part) for part in message.split("\n")) + "\n"
    stream = getattr(sys.stderr, "buffer", None)
    if stream is not None:
        sys.stderr.flush()
        stream.write(encode(line))
        stream.flush()
    else:
        sys.stderr.write(encode(line).decode("utf-8"))


def _reviu(args: argparse.Namespace) -> int:
    from sakip import examples
    from sakip._output import encode, write_atomic
    from sakip.errors import SakipError
    from sakip.reviu import dumps, reviu

    try:
        source = examples.path(args.example) if args.example else args.file
        result = reviu(source)
    except SakipError as error:
        _say(str(error))
        return 2
    except RecursionError:
        _say(f"{args.file or args.example}: nested too deeply to read")
        return 2
    if args.format == "json":
        text = dumps(result)
    elif args.format == "markdown":
        text = result.to_markdown()
    elif args.format == "html":
        text = result.to_html()
    else:
        text = result.to_text()
    data = encode(text + ("" if text.endswith("\n") else "\n"))
    if args.output:
        try:
            write_atomic(args.output, data, force=args.force,
                         inputs=[args.file] if args.file else [])
        except SakipError as error:
            _say(str(error))
            return 2
        except OSError as error:
            _say(f"cannot write {args.output}: {error.strerror or error}")
            return 2
    else:
        stream = getattr(sys.stdout, "buffer", None)
        if stream is not None:
            sys.stdout.flush()
            stream.write(data)
            stream.flush()
        else:
            sys.stdout.write(data.decode("utf-8"))
    return 0 if result.ok else 1
